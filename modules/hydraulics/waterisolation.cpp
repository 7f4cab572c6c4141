// SPDX-License-Identifier: GPL-2.0-or-later
#include "waterisolation.h"

#include "inpreader.h"
#include "watercli.h"
#include "waterterritory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <queue>

namespace vigie::hydraulics
{
  namespace
  {

    struct Edge
    {
      QString link;
      QString node1;
      QString node2;
      bool pipe = true;
    };

    bool taggedAsValve( const QString &text )
    {
      return text.contains( QLatin1String( "valve" ), Qt::CaseInsensitive ) ||
             text.contains( QLatin1String( "isolation" ), Qt::CaseInsensitive );
    }
  } // namespace

  IsolationValves IsolationValves::fromNetwork( const Network &network )
  {
    IsolationValves valves;
    for ( const Valve &v : network.valves )
      valves.closableLinks.insert( v.id );
    for ( const Pump &p : network.pumps )
      valves.closableLinks.insert( p.id );
    for ( const Pipe &p : network.pipes )
    {
      if ( taggedAsValve( p.comment ) )
        valves.closableLinks.insert( p.id );
    }
    for ( const RawSection &section : network.rawSections )
    {
      if ( section.name != QLatin1String( "TAGS" ) )
        continue;
      for ( const QString &line : section.lines )
      {
        const QStringList fields = line.split( QLatin1Char( ';' ) ).first().simplified().split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
        if ( fields.size() >= 3 && fields.at( 0 ).compare( QLatin1String( "LINK" ), Qt::CaseInsensitive ) == 0 &&
             taggedAsValve( fields.at( 2 ) ) )
          valves.closableLinks.insert( fields.at( 1 ) );
      }
    }
    return valves;
  }

  bool isolatePipe( const Network &network, const QString &pipe, const IsolationValves &valves, IsolationResult *result,
                    QString *errorMessage )
  {
    LinkType type;
    if ( !network.hasLink( pipe, &type ) || type != LinkType::Pipe )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::hydraulics", "pipe \"%1\" is not in the network" ).arg( pipe );
      return false;
    }
    QVector<Edge> edges;
    for ( const Pipe &p : network.pipes )
      edges.append( { p.id, p.node1, p.node2, true } );
    for ( const Pump &p : network.pumps )
      edges.append( { p.id, p.node1, p.node2, false } );
    for ( const Valve &v : network.valves )
      edges.append( { v.id, v.node1, v.node2, false } );
    QHash<QString, QVector<int>> incident;
    for ( int i = 0; i < edges.size(); ++i )
    {
      incident[edges.at( i ).node1].append( i );
      incident[edges.at( i ).node2].append( i );
    }
    auto hasEndValve = [&]( const Edge &e, const QString &node )
    { return ( valves.everyPipeEnd && e.pipe ) || valves.endValves.contains( qMakePair( e.link, node ) ); };

    IsolationResult out;
    out.burstPipe = pipe;
    QSet<QString> segmentLinks, segmentNodes, closed;
    QStringList closeOrder;
    auto close = [&]( const QString &name )
    {
      if ( !closed.contains( name ) )
      {
        closed.insert( name );
        closeOrder << name;
      }
    };
    // grow the segment: (link, the node it is entered from)
    std::queue<int> queue;
    int burst = -1;
    for ( int i = 0; i < edges.size(); ++i )
    {
      if ( edges.at( i ).link == pipe )
        burst = i;
    }
    segmentLinks.insert( pipe );
    queue.push( burst );
    QSet<QString> sources;
    for ( const Reservoir &r : network.reservoirs )
      sources.insert( r.id );
    for ( const Tank &t : network.tanks )
      sources.insert( t.id );
    while ( !queue.empty() )
    {
      const Edge e = edges.at( queue.front() );
      queue.pop();
      for ( const QString &node : { e.node1, e.node2 } )
      {
        if ( hasEndValve( e, node ) )
        {
          close( QStringLiteral( "%1@%2" ).arg( e.link, node ) );
          continue;
        }
        if ( segmentNodes.contains( node ) )
          continue;
        segmentNodes.insert( node );
        if ( sources.contains( node ) )
          out.isolated = false; // a source cannot be shut: the segment stays fed
        for ( int other : incident.value( node ) )
        {
          const Edge &o = edges.at( other );
          if ( segmentLinks.contains( o.link ) )
            continue;
          if ( valves.closableLinks.contains( o.link ) )
          {
            close( o.link );
            continue;
          }
          if ( hasEndValve( o, node ) )
          {
            close( QStringLiteral( "%1@%2" ).arg( o.link, node ) );
            continue;
          }
          segmentLinks.insert( o.link );
          queue.push( other );
        }
      }
    }
    // what stays connected to a source once the segment and the closed links are out
    QSet<QString> reached;
    std::queue<QString> nodes;
    for ( const QString &s : std::as_const( sources ) )
    {
      if ( !segmentNodes.contains( s ) || !out.isolated )
      {
        reached.insert( s );
        nodes.push( s );
      }
    }
    while ( !nodes.empty() )
    {
      const QString node = nodes.front();
      nodes.pop();
      for ( int i : incident.value( node ) )
      {
        const Edge &e = edges.at( i );
        if ( segmentLinks.contains( e.link ) || closed.contains( e.link ) )
          continue;
        const QString next = e.node1 == node ? e.node2 : e.node1;
        if ( hasEndValve( e, node ) && closed.contains( QStringLiteral( "%1@%2" ).arg( e.link, node ) ) )
          continue;
        if ( hasEndValve( e, next ) && closed.contains( QStringLiteral( "%1@%2" ).arg( e.link, next ) ) )
          continue;
        if ( !reached.contains( next ) )
        {
          reached.insert( next );
          nodes.push( next );
        }
      }
    }
    out.valvesToClose = closeOrder;
    for ( const Edge &e : edges )
    {
      if ( segmentLinks.contains( e.link ) && e.pipe )
        out.segmentPipes << e.link;
      if ( e.pipe && ( segmentLinks.contains( e.link ) || !reached.contains( e.node1 ) || !reached.contains( e.node2 ) ) )
        out.cutOffPipes << e.link;
    }
    for ( const Junction &j : network.junctions )
    {
      if ( segmentNodes.contains( j.id ) )
        out.segmentNodes << j.id;
      if ( reached.contains( j.id ) )
        continue;
      out.cutOffJunctions << j.id;
      double demand = j.demands.isEmpty() ? j.baseDemand : 0;
      for ( const Demand &d : j.demands )
        demand += d.base;
      if ( demand > 0 )
      {
        ++out.customers;
        out.demandLost += demand;
      }
    }
    *result = out;
    return true;
  }

  QJsonObject IsolationResult::toJson() const
  {
    return QJsonObject{ { QStringLiteral( "burst_pipe" ), burstPipe },
                        { QStringLiteral( "isolated" ), isolated },
                        { QStringLiteral( "valves_to_close" ), QJsonArray::fromStringList( valvesToClose ) },
                        { QStringLiteral( "segment_pipes" ), QJsonArray::fromStringList( segmentPipes ) },
                        { QStringLiteral( "segment_nodes" ), QJsonArray::fromStringList( segmentNodes ) },
                        { QStringLiteral( "cut_off_pipes" ), QJsonArray::fromStringList( cutOffPipes ) },
                        { QStringLiteral( "cut_off_junctions" ), QJsonArray::fromStringList( cutOffJunctions ) },
                        { QStringLiteral( "customers" ), customers },
                        { QStringLiteral( "demand_lost" ), demandLost } };
  }

  QJsonObject isolationGeoJson( const Network &network, const IsolationResult &result )
  {
    QJsonArray features;
    auto point = []( const QPointF &p ) { return QJsonArray{ p.x(), p.y() }; };
    auto linkFeature = [&]( const QString &id, const QString &role )
    {
      QJsonObject geometry;
      LinkType type;
      if ( network.hasLink( id, &type ) )
      {
        const auto index = network.linkIndex.value( id );
        const LinkBase *link = type == LinkType::Pipe   ? static_cast<const LinkBase *>( &network.pipes.at( index.second ) )
                               : type == LinkType::Pump ? static_cast<const LinkBase *>( &network.pumps.at( index.second ) )
                                                        : static_cast<const LinkBase *>( &network.valves.at( index.second ) );
        QJsonArray coordinates;
        for ( const QPointF &p : network.linkPath( *link ) )
          coordinates.append( point( p ) );
        if ( !coordinates.isEmpty() )
          geometry =
              QJsonObject{ { QStringLiteral( "type" ), QStringLiteral( "LineString" ) }, { QStringLiteral( "coordinates" ), coordinates } };
      }
      features.append( QJsonObject{
          { QStringLiteral( "type" ), QStringLiteral( "Feature" ) },
          { QStringLiteral( "geometry" ), geometry.isEmpty() ? QJsonValue() : QJsonValue( geometry ) },
          { QStringLiteral( "properties" ), QJsonObject{ { QStringLiteral( "id" ), id }, { QStringLiteral( "role" ), role } } } } );
    };
    const QSet<QString> segment( result.segmentPipes.cbegin(), result.segmentPipes.cend() );
    for ( const QString &p : result.cutOffPipes )
      linkFeature( p, p == result.burstPipe   ? QStringLiteral( "burst" )
                      : segment.contains( p ) ? QStringLiteral( "segment" )
                                              : QStringLiteral( "cut_off" ) );
    for ( const QString &v : result.valvesToClose )
    {
      const int at = v.indexOf( QLatin1Char( '@' ) );
      if ( at < 0 )
      {
        linkFeature( v, QStringLiteral( "valve" ) );
        continue;
      }
      const QString node = v.mid( at + 1 );
      features.append(
          QJsonObject{ { QStringLiteral( "type" ), QStringLiteral( "Feature" ) },
                       { QStringLiteral( "geometry" ),
                         network.coordinates.contains( node )
                             ? QJsonValue( QJsonObject{ { QStringLiteral( "type" ), QStringLiteral( "Point" ) },
                                                        { QStringLiteral( "coordinates" ), point( network.coordinates.value( node ) ) } } )
                             : QJsonValue() },
                       { QStringLiteral( "properties" ),
                         QJsonObject{ { QStringLiteral( "id" ), v }, { QStringLiteral( "role" ), QStringLiteral( "valve" ) } } } } );
    }
    for ( const QString &j : result.cutOffJunctions )
    {
      features.append( QJsonObject{
          { QStringLiteral( "type" ), QStringLiteral( "Feature" ) },
          { QStringLiteral( "geometry" ),
            network.coordinates.contains( j )
                ? QJsonValue( QJsonObject{ { QStringLiteral( "type" ), QStringLiteral( "Point" ) },
                                           { QStringLiteral( "coordinates" ), point( network.coordinates.value( j ) ) } } )
                : QJsonValue() },
          { QStringLiteral( "properties" ),
            QJsonObject{ { QStringLiteral( "id" ), j }, { QStringLiteral( "role" ), QStringLiteral( "cut_off_junction" ) } } } } );
    }
    return QJsonObject{ { QStringLiteral( "type" ), QStringLiteral( "FeatureCollection" ) }, { QStringLiteral( "features" ), features } };
  }

  int runWaterIsolateCommand( const QStringList &args, QTextStream &out, QTextStream &err )
  {
    QString input, pipe, jsonPath, geoPath, networkName;
    bool everyPipeEnd = false;
    for ( int i = 0; i < args.size(); ++i )
    {
      const QString &a = args.at( i );
      if ( a == QLatin1String( "--pipe" ) || a == QLatin1String( "--json" ) || a == QLatin1String( "--out" ) ||
           a == QLatin1String( "--network-name" ) )
      {
        if ( i + 1 >= args.size() )
        {
          err << QCoreApplication::translate( "vigie::hydraulics", "water isolate: %1 needs a value" ).arg( a ) << '\n';
          return WaterUsage;
        }
        const QString v = args.at( ++i );
        ( a == QLatin1String( "--pipe" )   ? pipe
          : a == QLatin1String( "--json" ) ? jsonPath
          : a == QLatin1String( "--out" )  ? geoPath
                                           : networkName ) = v;
      }
      else if ( a == QLatin1String( "--valves-on-pipes" ) )
        everyPipeEnd = true;
      else if ( a.startsWith( QLatin1Char( '-' ) ) )
      {
        err << QCoreApplication::translate( "vigie::hydraulics", "water isolate: unknown option \"%1\"" ).arg( a ) << '\n';
        return WaterUsage;
      }
      else if ( input.isEmpty() )
        input = a;
      else
      {
        err << QCoreApplication::translate( "vigie::hydraulics", "water isolate: unexpected argument \"%1\"" ).arg( a ) << '\n';
        return WaterUsage;
      }
    }
    if ( input.isEmpty() || pipe.isEmpty() )
    {
      err << QCoreApplication::translate( "vigie::hydraulics", "water isolate: NET.inp or TERRITORY and --pipe ID are required" ) << '\n';
      return WaterUsage;
    }
    Network network;
    QString error;
    const bool territory = input.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive );
    if ( territory ? !territoryNetwork( input, networkName, &network, &error ) : !InpReader::readFile( input, network, &error ) )
    {
      err << error << '\n';
      return WaterBadInput;
    }
    IsolationValves valves = IsolationValves::fromNetwork( network );
    valves.everyPipeEnd = everyPipeEnd;
    IsolationResult result;
    if ( !isolatePipe( network, pipe, valves, &result, &error ) )
    {
      err << QDir::toNativeSeparators( input ) << ": " << error << '\n';
      return WaterBadInput;
    }
    auto save = [&]( const QString &path, const QJsonObject &object )
    {
      QSaveFile file( path );
      if ( !file.open( QIODevice::WriteOnly ) )
        return false;
      file.write( QJsonDocument( object ).toJson( QJsonDocument::Indented ) );
      return file.commit();
    };
    if ( !jsonPath.isEmpty() && !save( jsonPath, result.toJson() ) )
    {
      err << QCoreApplication::translate( "vigie::hydraulics", "%1: cannot write" ).arg( QDir::toNativeSeparators( jsonPath ) ) << '\n';
      return WaterFailed;
    }
    if ( !geoPath.isEmpty() && !save( geoPath, isolationGeoJson( network, result ) ) )
    {
      err << QCoreApplication::translate( "vigie::hydraulics", "%1: cannot write" ).arg( QDir::toNativeSeparators( geoPath ) ) << '\n';
      return WaterFailed;
    }
    out << QCoreApplication::translate( "vigie::hydraulics", "burst on %1: close %2 valve(s): %3" )
               .arg( pipe )
               .arg( result.valvesToClose.size() )
               .arg( result.valvesToClose.join( QStringLiteral( ", " ) ) )
        << '\n';
    out << QCoreApplication::translate( "vigie::hydraulics",
                                        "segment: %1 pipe(s); out of service: %2 pipe(s), %3 junction(s), %4 customer node(s), demand %5" )
               .arg( result.segmentPipes.size() )
               .arg( result.cutOffPipes.size() )
               .arg( result.cutOffJunctions.size() )
               .arg( result.customers )
               .arg( result.demandLost, 0, 'g', 6 )
        << '\n';
    if ( !result.isolated )
      out << QCoreApplication::translate( "vigie::hydraulics",
                                          "warning: the segment contains a reservoir or tank: it cannot be fully isolated" )
          << '\n';
    return WaterOk;
  }
} // namespace vigie::hydraulics
