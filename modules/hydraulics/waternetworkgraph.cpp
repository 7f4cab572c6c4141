// SPDX-License-Identifier: GPL-2.0-or-later
#include "waternetworkgraph.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace vigie::hydraulics
{
  double flowToCubicMetresPerHour( FlowUnits units )
  {
    switch ( units )
    {
    case FlowUnits::Cfs:
      return 0.028316846592 * 3600;
    case FlowUnits::Gpm:
      return 0.003785411784 * 60;
    case FlowUnits::Mgd:
      return 3785.411784 / 24;
    case FlowUnits::Imgd:
      return 4546.09 / 24;
    case FlowUnits::Afd:
      return 1233.48183754752 / 24;
    case FlowUnits::Lps:
      return 3.6;
    case FlowUnits::Lpm:
      return 0.06;
    case FlowUnits::Mld:
      return 1000.0 / 24;
    case FlowUnits::Cmh:
      return 1;
    case FlowUnits::Cmd:
      return 1.0 / 24;
    }
    return 1;
  }

  double lengthToMetres( FlowUnits units )
  {
    return isMetric( units ) ? 1.0 : 0.3048;
  }

  PipeDistance::PipeDistance( const Network &network )
  {
    auto node = [this]( const QString &id )
    {
      auto it = mNodeIndex.constFind( id );
      if ( it != mNodeIndex.constEnd() )
        return it.value();
      const int index = mNodeIndex.size();
      mNodeIndex.insert( id, index );
      mAdjacency.append( QVector<QPair<int, double>>() );
      return index;
    };
    const double toMetres = lengthToMetres( network.flowUnits );
    for ( const Pipe &p : network.pipes )
    {
      PipeEnds ends;
      ends.node1 = node( p.node1 );
      ends.node2 = node( p.node2 );
      ends.length = p.length * toMetres;
      mPipes.insert( p.id, ends );
      mAdjacency[ends.node1].append( { ends.node2, ends.length } );
      mAdjacency[ends.node2].append( { ends.node1, ends.length } );
    }
  }

  QVector<double> PipeDistance::fromNode( int start ) const
  {
    auto cached = mCache.constFind( start );
    if ( cached != mCache.constEnd() )
      return cached.value();
    QVector<double> dist( mAdjacency.size(), std::numeric_limits<double>::infinity() );
    using Item = QPair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    dist[start] = 0;
    queue.push( { 0, start } );
    while ( !queue.empty() )
    {
      const Item item = queue.top();
      queue.pop();
      if ( item.first > dist.at( item.second ) )
        continue;
      for ( const auto &edge : mAdjacency.at( item.second ) )
      {
        const double d = item.first + edge.second;
        if ( d < dist.at( edge.first ) )
        {
          dist[edge.first] = d;
          queue.push( { d, edge.first } );
        }
      }
    }
    if ( mCache.size() > 4096 )
      mCache.clear();
    mCache.insert( start, dist );
    return dist;
  }

  double PipeDistance::distance( const QString &pipeA, const QString &pipeB ) const
  {
    auto a = mPipes.constFind( pipeA );
    auto b = mPipes.constFind( pipeB );
    if ( a == mPipes.constEnd() || b == mPipes.constEnd() )
      return -1;
    if ( pipeA == pipeB )
      return 0;
    double best = std::numeric_limits<double>::infinity();
    for ( int from : { a->node1, a->node2 } )
    {
      const QVector<double> dist = fromNode( from );
      best = std::min( { best, dist.at( b->node1 ), dist.at( b->node2 ) } );
    }
    if ( !std::isfinite( best ) )
      return -1;
    return best + a->length / 2 + b->length / 2;
  }

  QVector<Zone> deriveZones( const Network &network, const QStringList &cutLinks, bool cutDevices )
  {
    QSet<QString> cut( cutLinks.cbegin(), cutLinks.cend() );
    if ( cutDevices )
    {
      for ( const Valve &v : network.valves )
        cut.insert( v.id );
      for ( const Pump &p : network.pumps )
        cut.insert( p.id );
    }
    QHash<QString, int> index;
    QStringList ids;
    for ( const Junction &j : network.junctions )
      ids << j.id;
    for ( const Reservoir &r : network.reservoirs )
      ids << r.id;
    for ( const Tank &t : network.tanks )
      ids << t.id;
    for ( int i = 0; i < ids.size(); ++i )
      index.insert( ids.at( i ), i );
    // union-find over pipes that are not cut
    QVector<int> parent( ids.size() );
    for ( int i = 0; i < parent.size(); ++i )
      parent[i] = i;
    auto find = [&parent]( int x )
    {
      while ( parent.at( x ) != x )
      {
        parent[x] = parent.at( parent.at( x ) );
        x = parent.at( x );
      }
      return x;
    };
    auto join = [&]( const LinkBase &link )
    {
      if ( cut.contains( link.id ) )
        return;
      const int a = find( index.value( link.node1 ) );
      const int b = find( index.value( link.node2 ) );
      if ( a != b )
        parent[a] = b;
    };
    for ( const Pipe &p : network.pipes )
      join( p );
    for ( const Valve &v : network.valves )
      join( v );
    for ( const Pump &p : network.pumps )
      join( p );
    QHash<int, int> componentOf; // root -> zone slot
    QVector<Zone> zones;
    QVector<bool> source;
    QVector<int> firstNode;
    for ( int i = 0; i < ids.size(); ++i )
    {
      const int root = find( i );
      if ( !componentOf.contains( root ) )
      {
        componentOf.insert( root, zones.size() );
        zones.append( Zone() );
        source.append( false );
        firstNode.append( i );
      }
      Zone &zone = zones[componentOf.value( root )];
      zone.nodes << ids.at( i );
    }
    for ( const Junction &j : network.junctions )
    {
      double demand = 0;
      if ( j.demands.isEmpty() )
        demand = j.baseDemand;
      for ( const Demand &d : j.demands )
        demand += d.base;
      zones[componentOf.value( find( index.value( j.id ) ) )].baseDemand += std::max( 0.0, demand );
    }
    for ( const Reservoir &r : network.reservoirs )
    {
      const int z = componentOf.value( find( index.value( r.id ) ) );
      zones[z].reservoirs << r.id;
      source[z] = true;
    }
    for ( const Tank &t : network.tanks )
      zones[componentOf.value( find( index.value( t.id ) ) )].tanks << t.id;
    for ( const Pipe &p : network.pipes )
    {
      const int a = componentOf.value( find( index.value( p.node1 ) ) );
      const int b = componentOf.value( find( index.value( p.node2 ) ) );
      if ( a == b && !cut.contains( p.id ) )
        zones[a].pipes << p.id;
    }
    // boundary links and their kind (0 pipe, 1 valve, 2 pump)
    QVector<QList<QPair<int, int>>> feeders( zones.size() ); // zone -> (from zone, kind)
    auto boundary = [&]( const LinkBase &link, int kind )
    {
      if ( !cut.contains( link.id ) )
        return;
      const int a = componentOf.value( find( index.value( link.node1 ) ) );
      const int b = componentOf.value( find( index.value( link.node2 ) ) );
      if ( a == b )
        return;
      zones[a].boundary.append( { link.id, -1 } );
      zones[b].boundary.append( { link.id, +1 } );
      feeders[b].append( { a, kind } );
      feeders[a].append( { b, kind } );
    };
    for ( const Pipe &p : network.pipes )
      boundary( p, 0 );
    for ( const Valve &v : network.valves )
      boundary( v, 1 );
    for ( const Pump &p : network.pumps )
      boundary( p, 2 );
    // depth from the sources (BFS over boundary links)
    QVector<int> depth( zones.size(), std::numeric_limits<int>::max() );
    QVector<int> feedKind( zones.size(), 3 );
    std::queue<int> queue;
    for ( int z = 0; z < zones.size(); ++z )
    {
      if ( source.at( z ) )
      {
        depth[z] = 0;
        queue.push( z );
      }
    }
    while ( !queue.empty() )
    {
      const int z = queue.front();
      queue.pop();
      for ( const auto &f : feeders.at( z ) )
      {
        if ( depth.at( f.first ) > depth.at( z ) + 1 )
        {
          depth[f.first] = depth.at( z ) + 1;
          feedKind[f.first] = f.second;
          queue.push( f.first );
        }
        else if ( depth.at( f.first ) == depth.at( z ) + 1 )
          feedKind[f.first] = std::min( feedKind.at( f.first ), f.second );
      }
    }
    QVector<int> order;
    for ( int z = 0; z < zones.size(); ++z )
    {
      if ( !source.at( z ) && zones.at( z ).baseDemand > 0 )
        order.append( z );
    }
    std::stable_sort( order.begin(), order.end(),
                      [&]( int a, int b )
                      {
                        if ( depth.at( a ) != depth.at( b ) )
                          return depth.at( a ) < depth.at( b );
                        if ( feedKind.at( a ) != feedKind.at( b ) )
                          return feedKind.at( a ) < feedKind.at( b );
                        if ( zones.at( a ).nodes.size() != zones.at( b ).nodes.size() )
                          return zones.at( a ).nodes.size() > zones.at( b ).nodes.size();
                        return firstNode.at( a ) < firstNode.at( b );
                      } );
    QVector<Zone> result;
    for ( int z : std::as_const( order ) )
    {
      Zone zone = zones.at( z );
      const int n = result.size();
      zone.name = n < 26 ? QString( QChar( 'A' + n ) ) : QStringLiteral( "Z%1" ).arg( n + 1 );
      result.append( zone );
    }
    return result;
  }
} // namespace vigie::hydraulics
