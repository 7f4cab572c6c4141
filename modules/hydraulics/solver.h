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

    //! Largest continuity error over junctions at the current solution (flow units) and its node.
    double maxImbalance( QString *nodeId = nullptr ) const;

    class Private;

  private:
    std::unique_ptr<Private> d;
  };
} // namespace vigie::hydraulics

#endif
