// SPDX-License-Identifier: GPL-2.0-or-later
#include "network.h"

#include <cmath>

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

  QString Network::time( const QString &key, const QString &defaultValue ) const
  {
    for ( const auto &entry : times )
    {
      if ( entry.first == key )
        return entry.second;
    }
    return defaultValue;
  }

  int Network::patternIndex( const QString &id ) const
  {
    for ( int i = 0; i < patterns.size(); ++i )
    {
      if ( patterns.at( i ).id.compare( id, Qt::CaseInsensitive ) == 0 )
        return i;
    }
    return -1;
  }

  int Network::curveIndex( const QString &id ) const
  {
    for ( int i = 0; i < curves.size(); ++i )
    {
      if ( curves.at( i ).id.compare( id, Qt::CaseInsensitive ) == 0 )
        return i;
    }
    return -1;
  }

  bool parseEpanetTime( const QString &text, const QString &unit, long long *seconds )
  {
    const QString u = unit.trimmed().toUpper();
    double value = 0;
    if ( text.contains( QLatin1Char( ':' ) ) )
    {
      const QStringList parts = text.split( QLatin1Char( ':' ) );
      if ( parts.size() > 3 )
        return false;
      double factor = 3600;
      for ( const QString &part : parts )
      {
        bool ok = false;
        const double v = part.toDouble( &ok );
        if ( !ok || v < 0 )
          return false;
        value += v * factor;
        factor /= 60;
      }
    }
    else
    {
      bool ok = false;
      const double v = text.toDouble( &ok );
      if ( !ok || v < 0 || !std::isfinite( v ) )
        return false;
      if ( u.isEmpty() || u.startsWith( QLatin1String( "HOUR" ) ) || u == QLatin1String( "AM" ) || u == QLatin1String( "PM" ) )
        value = v * 3600;
      else if ( u.startsWith( QLatin1String( "MIN" ) ) )
        value = v * 60;
      else if ( u.startsWith( QLatin1String( "SEC" ) ) )
        value = v;
      else if ( u.startsWith( QLatin1String( "DAY" ) ) )
        value = v * 86400;
      else
        return false;
    }
    if ( u == QLatin1String( "AM" ) || u == QLatin1String( "PM" ) )
    {
      if ( value >= 13 * 3600 )
        return false;
      if ( value >= 12 * 3600 )
        value -= 12 * 3600; // 12 am is midnight, 12 pm is noon
      if ( u == QLatin1String( "PM" ) )
        value += 12 * 3600;
    }
    else if ( !u.isEmpty() && text.contains( QLatin1Char( ':' ) ) )
      return false;
    *seconds = static_cast<long long>( std::llround( value ) );
    return true;
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
