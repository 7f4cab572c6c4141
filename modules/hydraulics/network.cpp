// SPDX-License-Identifier: GPL-2.0-or-later
#include "network.h"

namespace vigie::hydraulics
{
  namespace
  {
    struct UnitsName
    {
      FlowUnits units;
      const char *name;
    };
    constexpr UnitsName kUnits[] = { { FlowUnits::Cfs, "CFS" },   { FlowUnits::Gpm, "GPM" }, { FlowUnits::Mgd, "MGD" },
                                     { FlowUnits::Imgd, "IMGD" }, { FlowUnits::Afd, "AFD" }, { FlowUnits::Lps, "LPS" },
                                     { FlowUnits::Lpm, "LPM" },   { FlowUnits::Mld, "MLD" }, { FlowUnits::Cmh, "CMH" },
                                     { FlowUnits::Cmd, "CMD" } };

    struct ValveName
    {
      ValveType type;
      const char *name;
    };
    constexpr ValveName kValves[] = { { ValveType::Prv, "PRV" }, { ValveType::Psv, "PSV" }, { ValveType::Pbv, "PBV" },
                                      { ValveType::Fcv, "FCV" }, { ValveType::Tcv, "TCV" }, { ValveType::Gpv, "GPV" } };
  } // namespace

  QString flowUnitsName( FlowUnits units )
  {
    for ( const UnitsName &u : kUnits )
    {
      if ( u.units == units )
        return QLatin1String( u.name );
    }
    return QString();
  }

  bool parseFlowUnits( const QString &text, FlowUnits *units )
  {
    for ( const UnitsName &u : kUnits )
    {
      if ( text.compare( QLatin1String( u.name ), Qt::CaseInsensitive ) == 0 )
      {
        *units = u.units;
        return true;
      }
    }
    return false;
  }

  bool isMetric( FlowUnits units )
  {
    switch ( units )
    {
    case FlowUnits::Lps:
    case FlowUnits::Lpm:
    case FlowUnits::Mld:
    case FlowUnits::Cmh:
    case FlowUnits::Cmd:
      return true;
    case FlowUnits::Cfs:
    case FlowUnits::Gpm:
    case FlowUnits::Mgd:
    case FlowUnits::Imgd:
    case FlowUnits::Afd:
      return false;
    }
    return false;
  }

  QString valveTypeName( ValveType type )
  {
    for ( const ValveName &v : kValves )
    {
      if ( v.type == type )
        return QLatin1String( v.name );
    }
    return QString();
  }

  bool parseValveType( const QString &text, ValveType *type )
  {
    for ( const ValveName &v : kValves )
    {
      if ( text.compare( QLatin1String( v.name ), Qt::CaseInsensitive ) == 0 )
      {
        *type = v.type;
        return true;
      }
    }
    return false;
  }

  bool Network::hasNode( const QString &id, NodeType *type ) const
  {
    const auto it = nodeIndex.constFind( id );
    if ( it == nodeIndex.constEnd() )
      return false;
    if ( type )
      *type = it->first;
    return true;
  }

  bool Network::hasLink( const QString &id, LinkType *type ) const
  {
    const auto it = linkIndex.constFind( id );
    if ( it == linkIndex.constEnd() )
      return false;
    if ( type )
      *type = it->first;
    return true;
  }

  QString Network::option( const QString &key, const QString &defaultValue ) const
  {
    for ( const auto &entry : options )
    {
      if ( entry.first == key )
        return entry.second;
    }
    return defaultValue;
  }

  QVector<QPointF> Network::linkPath( const LinkBase &link ) const
  {
    const auto from = coordinates.constFind( link.node1 );
    const auto to = coordinates.constFind( link.node2 );
    if ( from == coordinates.constEnd() || to == coordinates.constEnd() )
      return {};
    QVector<QPointF> path;
    path << *from;
    path << vertices.value( link.id );
    path << *to;
    return path;
  }

  void Network::reindex()
  {
    nodeIndex.clear();
    linkIndex.clear();
    for ( int i = 0; i < junctions.size(); ++i )
      nodeIndex.insert( junctions[i].id, qMakePair( NodeType::Junction, i ) );
    for ( int i = 0; i < reservoirs.size(); ++i )
      nodeIndex.insert( reservoirs[i].id, qMakePair( NodeType::Reservoir, i ) );
    for ( int i = 0; i < tanks.size(); ++i )
      nodeIndex.insert( tanks[i].id, qMakePair( NodeType::Tank, i ) );
    for ( int i = 0; i < pipes.size(); ++i )
      linkIndex.insert( pipes[i].id, qMakePair( LinkType::Pipe, i ) );
    for ( int i = 0; i < pumps.size(); ++i )
      linkIndex.insert( pumps[i].id, qMakePair( LinkType::Pump, i ) );
    for ( int i = 0; i < valves.size(); ++i )
      linkIndex.insert( valves[i].id, qMakePair( LinkType::Valve, i ) );
  }
} // namespace vigie::hydraulics
