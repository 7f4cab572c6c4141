// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_WATERSIMULATION_H
#define VIGIE_WATERSIMULATION_H

#include "network.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>

namespace vigie
{
  /**
   * \brief The reporting steps of an extended-period simulation, as the module's solver
   * returned them (the values `vigie-cli water simulate` writes to nodes.csv and links.csv),
   * kept in memory for the time slider and the charts. Nodes in the solver's order
   * (junctions, reservoirs, tanks), links too (pipes, pumps, valves).
   */
  struct WaterSimulationResult
  {
    QString units; //!< the network's flow units ("CMH")
    QStringList nodeIds;
    QStringList linkIds;
    QVector<long long> times;          //!< seconds since the start, one per reporting step
    QVector<QVector<double>> demand;   //!< [step][node]
    QVector<QVector<double>> head;     //!< [step][node]
    QVector<QVector<double>> pressure; //!< [step][node]
    QVector<QVector<double>> flow;     //!< [step][link]
    QVector<QVector<double>> velocity; //!< [step][link]
    QVector<QVector<double>> headloss; //!< [step][link]
    QVector<QVector<int>> status;      //!< [step][link]
    int solutions = 0;
    int trials = 0;
    QStringList warnings;

    int stepCount() const { return times.size(); }
    int nodeIndex( const QString &id ) const { return nodeIds.indexOf( id ); }
    int linkIndex( const QString &id ) const { return linkIds.indexOf( id ); }
  };

  /**
   * Runs hydraulics::HydraulicSimulation over \a network for \a durationSeconds (negative: the
   * file's [TIMES] duration), storing every reporting step. \a progress receives the simulated
   * time in thousandths of the duration; \a cancel stops it between two hydraulic solutions
   * (false, "cancelled"). False with the solver's reason (time, worst-balanced node).
   */
  bool runWaterSimulation( const hydraulics::Network &network, long long durationSeconds, WaterSimulationResult *result,
                           std::atomic<int> *progress, const std::atomic<bool> *cancel, QString *errorMessage );
} // namespace vigie

#endif
