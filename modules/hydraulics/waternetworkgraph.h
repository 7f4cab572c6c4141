// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_WATERNETWORKGRAPH_H
#define VIGIE_HYDRAULICS_WATERNETWORKGRAPH_H

#include "network.h"
#include "vigie_hydraulics_export.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace vigie::hydraulics
{
  //! Flow in \a units -> m³/h.
  VIGIE_HYDRAULICS_EXPORT double flowToCubicMetresPerHour( FlowUnits units );
  //! Length in the network's units -> m (feet for US units).
  VIGIE_HYDRAULICS_EXPORT double lengthToMetres( FlowUnits units );

  /**
   * \brief Network distances between pipes as BattLeDIM measures them: 0 for the same pipe,
   * else the shortest path along pipes (lengths in metres, pumps and valves excluded)
   * between the closest pair of their end nodes plus half of each pipe's length.
   */
  class VIGIE_HYDRAULICS_EXPORT PipeDistance
  {
  public:
    explicit PipeDistance( const Network &network );
    //! Distance in metres; a negative value when a pipe is unknown or unreachable.
    double distance( const QString &pipeA, const QString &pipeB ) const;
    //! Shortest distances (m) from a node to every node index (infinity when unreachable).
    QVector<double> fromNode( int node ) const;
    int nodeIndex( const QString &id ) const { return mNodeIndex.value( id, -1 ); }
    bool hasPipe( const QString &id ) const { return mPipes.contains( id ); }

  private:
    struct PipeEnds
    {
      int node1 = -1;
      int node2 = -1;
      double length = 0;
    };
    QHash<QString, int> mNodeIndex;
    QHash<QString, PipeEnds> mPipes;
    QVector<QVector<QPair<int, double>>> mAdjacency;
    mutable QHash<int, QVector<double>> mCache;
  };

  /**
   * \brief A metered zone: the part of the network enclosed by flow meters (and pumps and
   * valves when they are the boundary), with the meters that cross its boundary.
   */
  struct VIGIE_HYDRAULICS_EXPORT Zone
  {
    QString name;
    QStringList nodes;    //!< every node id inside (junctions, tanks)
    QStringList pipes;    //!< pipes with both ends inside
    QStringList tanks;
    QStringList reservoirs;
    //! Boundary links with +1 when positive flow (node1 -> node2) enters the zone, -1 when it leaves.
    QList<QPair<QString, int>> boundary;
    double baseDemand = 0; //!< sum of the junctions' base demands (network flow units)
  };

  /**
   * Splits a network into zones: connected components of the network graph once the links in
   * \a cutLinks are removed, and every pump and valve too when \a cutDevices (DMAs); with
   * \a cutDevices false and the flow meters as \a cutLinks, the zones are the metered areas. Components holding a
   * reservoir are sources, not zones, and are left out, as are components without demand.
   * Zones are named A, B, C, ... ordered by their number of boundary links from a source,
   * then zones fed by valves or pipes before those fed by pumps, then by size — the order
   * that gives BattLeDIM's areas A, B and C for L-TOWN.
   */
  VIGIE_HYDRAULICS_EXPORT QVector<Zone> deriveZones( const Network &network, const QStringList &cutLinks = QStringList(),
                                                      bool cutDevices = true );
} // namespace vigie::hydraulics

#endif
