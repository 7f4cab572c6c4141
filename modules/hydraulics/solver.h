// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_SOLVER_H
#define VIGIE_HYDRAULICS_SOLVER_H

#include "network.h"
#include "vigie_hydraulics_export.h"

#include <QString>
#include <QVector>

#include <memory>

namespace vigie::hydraulics
{
  //! What one hydraulic solution took (one row of EPANET's status report).
  struct VIGIE_HYDRAULICS_EXPORT StepInfo
  {
    long long time = 0;       //!< seconds since the start
    int iterations = 0;       //!< GGA trials
    double relativeError = 0; //!< sum |dQ| / sum |Q| of the last trial
    bool reportPeriod = false;
    bool converged = true; //!< false when UNBALANCED CONTINUE accepted an unbalanced solution
    //! Non-empty when a check valve that kept changing status was held in a state its final flow or
    //! head loss contradicts (see the solver's kMaxFlips): names the valve, in English.
    QString warning;
  };

  //! Energy used by one pump over the simulated time (EPANET's energy report), from [ENERGY].
  struct VIGIE_HYDRAULICS_EXPORT PumpEnergy
  {
    QString pumpId;
    double utilization = 0;  //!< % of the simulated time the pump ran
    double efficiency = 0;   //!< average efficiency while running, %
    double kwhPerVolume = 0; //!< kWh per million US gallons (US units) or per m3 (SI units)
    double averageKw = 0;    //!< average power while running
    double peakKw = 0;
    double kwh = 0;        //!< energy over the simulated time
    double cost = 0;       //!< price x energy over the simulated time (price patterns applied)
    double costPerDay = 0; //!< cost scaled to 24 h
  };

  /**
   * \brief Extended-period hydraulic simulation of a Network by the Global Gradient Algorithm.
   *
   * Written from the published method (Todini & Pilati 1988; Rossman, EPANET 2.2 manual,
   * "Analysis Algorithms"): Newton iterations on link flows and junction heads, the head
   * system solved by a sparse LDL^T factorisation (Eigen, AMD ordering) whose symbolic
   * analysis is done once. Internally US units (ft, cfs) as in the manual's formulas;
   * every value read or returned is in the network's own units.
   *
   * Usage mirrors EPANET's hydraulic loop: initialize(), then repeat solve() and
   * advance() until advance() returns a zero step.
   */
  class VIGIE_HYDRAULICS_EXPORT HydraulicSimulation
  {
  public:
    explicit HydraulicSimulation( const Network &network );
    ~HydraulicSimulation();
    HydraulicSimulation( const HydraulicSimulation & ) = delete;
    HydraulicSimulation &operator=( const HydraulicSimulation & ) = delete;

    //! Checks the network and builds the model; false with the reason in \a errorMessage.
    bool initialize( QString *errorMessage = nullptr );
    //! Replaces the [TIMES] duration (seconds); call before initialize().
    void setDuration( long long seconds );
    long long duration() const;

    //! Solves the network at the current time (controls applied first); false on non-convergence
    //! (UNBALANCED STOP) or a singular system, with the time and worst-balanced node in \a errorMessage.
    bool solve( QString *errorMessage = nullptr );
    //! Moves to the next hydraulic event (tank levels updated); returns the step in seconds, 0 at the end.
    long long advance();

    long long currentTime() const;
    //! True when the current time is a reporting time (report start + k * report step).
    bool isReportTime() const;
    const StepInfo &lastStep() const;

    int nodeCount() const;
    int linkCount() const;
    //! Nodes in the order junctions, reservoirs, tanks; links pipes, pumps, valves.
    QString nodeId( int index ) const;
    QString linkId( int index ) const;

    // results at the current time, in the network's units
    double nodeDemand( int index ) const; //!< junction: served demand + emitter; tank/reservoir: net inflow
    double nodeHead( int index ) const;
    double nodePressure( int index ) const;
    double linkFlow( int index ) const;     //!< 0 for a closed link
    double linkVelocity( int index ) const; //!< 0 for pumps
    double linkHeadloss( int index ) const; //!< pipes: per 1000 length units; pumps: -gain; valves: loss
    int linkStatus( int index ) const;      //!< 1 open (or active), 0 closed

    //! Energy per pump, accumulated by advance() over the time simulated so far (pumps in file order).
    QVector<PumpEnergy> pumpEnergy() const;
    //! Demand charge: [ENERGY] DEMAND CHARGE times the peak of the total pump power (kW).
    double demandCharge() const;

    //! Largest continuity error over junctions at the current solution (flow units) and its node.
    double maxImbalance( QString *nodeId = nullptr ) const;

    class Private;

  private:
    std::unique_ptr<Private> d;
  };
} // namespace vigie::hydraulics

#endif
