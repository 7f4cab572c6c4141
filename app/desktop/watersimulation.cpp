// SPDX-License-Identifier: GPL-2.0-or-later
#include "watersimulation.h"

#include "solver.h"

#include <QCoreApplication>

namespace vigie
{
  bool runWaterSimulation( const hydraulics::Network &network, long long durationSeconds, WaterSimulationResult *result,
                           std::atomic<int> *progress, const std::atomic<bool> *cancel, QString *errorMessage )
  {
    // the loop of `vigie-cli water simulate` (modules/hydraulics/watercli.cpp), into memory
    hydraulics::HydraulicSimulation simulation( network );
    if ( durationSeconds >= 0 )
      simulation.setDuration( durationSeconds );
    QString error;
    if ( !simulation.initialize( &error ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    *result = WaterSimulationResult();
    result->units = hydraulics::flowUnitsName( network.flowUnits );
    for ( int i = 0; i < simulation.nodeCount(); ++i )
      result->nodeIds << simulation.nodeId( i );
    for ( int i = 0; i < simulation.linkCount(); ++i )
      result->linkIds << simulation.linkId( i );
    const long long duration = simulation.duration();
    for ( ;; )
    {
      if ( cancel && cancel->load() )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::WaterPanel", "cancelled" );
        return false;
      }
      if ( !simulation.solve( &error ) )
      {
        if ( errorMessage )
          *errorMessage = error;
        return false;
      }
      ++result->solutions;
      result->trials += simulation.lastStep().iterations;
      if ( !simulation.lastStep().warning.isEmpty() )
        result->warnings << QCoreApplication::translate( "vigie::WaterPanel", "time %1 s: %2" )
                                .arg( simulation.currentTime() )
                                .arg( simulation.lastStep().warning );
      if ( simulation.isReportTime() )
      {
        const int nodes = simulation.nodeCount(), links = simulation.linkCount();
        QVector<double> demand( nodes ), head( nodes ), pressure( nodes ), flow( links ), velocity( links ), headloss( links );
        QVector<int> status( links );
        for ( int i = 0; i < nodes; ++i )
        {
          demand[i] = simulation.nodeDemand( i );
          head[i] = simulation.nodeHead( i );
          pressure[i] = simulation.nodePressure( i );
        }
        for ( int i = 0; i < links; ++i )
        {
          flow[i] = simulation.linkFlow( i );
          velocity[i] = simulation.linkVelocity( i );
          headloss[i] = simulation.linkHeadloss( i );
          status[i] = simulation.linkStatus( i );
        }
        result->times << simulation.currentTime();
        result->demand << demand;
        result->head << head;
        result->pressure << pressure;
        result->flow << flow;
        result->velocity << velocity;
        result->headloss << headloss;
        result->status << status;
      }
      if ( progress && duration > 0 )
        progress->store( static_cast<int>( 1000 * simulation.currentTime() / duration ) );
      if ( simulation.advance() == 0 )
        break;
    }
    return true;
  }
} // namespace vigie
