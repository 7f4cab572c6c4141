// SPDX-License-Identifier: GPL-2.0-or-later
#include "streetgraph.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace vigie::plugin
{
  namespace
  {
    double distanceBetween( const QPointF &a, const QPointF &b )
    {
      return std::hypot( a.x() - b.x(), a.y() - b.y() );
    }

    //! A node waiting in the A* queue: estimated total, cost so far.
    struct Waiting
    {
      double estimate;
      double cost;
      int node;
      //! Reversed for std::priority_queue (smallest estimate first); ties by node: deterministic.
      bool operator<( const Waiting &other ) const
      {
        return estimate > other.estimate || ( estimate == other.estimate && node > other.node );
      }
    };
  } // namespace

  StreetGraph::StreetGraph( const StreetIndex &streets, double snap )
  {
    const double grid = snap > 0 ? snap : 1.0;
    QHash<qint64, int> nodeOfCell;
    auto nodeAt = [&]( const QPointF &p )
    {
      const qint64 cx = std::llround( p.x() / grid ), cy = std::llround( p.y() / grid );
      const qint64 key = ( cx << 32 ) ^ static_cast<quint32>( cy );
      const auto it = nodeOfCell.constFind( key );
      if ( it != nodeOfCell.constEnd() )
        return it.value();
      // the first vertex seen in a cell stands for all of them: streets are read in a fixed order
      mNodes.append( p );
      nodeOfCell.insert( key, mNodes.size() - 1 );
      return static_cast<int>( mNodes.size() - 1 );
    };

    mPartEdges.resize( streets.streets().size() );
    for ( int s = 0; s < streets.streets().size(); ++s )
    {
      const Street &street = streets.streets()[s];
      for ( const QVector<QPointF> &part : street.parts )
      {
        PartEdges edges;
        edges.first = mEdges.size();
        for ( int i = 1; i < part.size(); ++i )
        {
          Edge edge;
          edge.a = nodeAt( part[i - 1] );
          edge.b = nodeAt( part[i] );
          // measured between the snapped nodes, so the straight-line heuristic stays consistent
          edge.length = distanceBetween( mNodes[edge.a], mNodes[edge.b] );
          mEdges.append( edge );
        }
        edges.count = mEdges.size() - edges.first;
        mPartEdges[s].append( edges );
      }
    }

    // T-junctions: a street often ends on the middle of another one's segment, where that one has no
    // vertex. A dangling end within kJunctionTolerance of a segment is joined to both ends of it.
    {
      constexpr double kJunctionTolerance = 2.0;
      constexpr double kCell = 50.0;
      QVector<int> degree( mNodes.size(), 0 );
      for ( const Edge &edge : std::as_const( mEdges ) )
      {
        if ( edge.a == edge.b )
          continue;
        ++degree[edge.a];
        ++degree[edge.b];
      }
      auto cellKey = []( qint64 cx, qint64 cy ) { return ( cx << 32 ) ^ static_cast<quint32>( cy ); };
      QHash<qint64, QVector<int>> cells;
      const int segmentEdges = mEdges.size();
      for ( int e = 0; e < segmentEdges; ++e )
      {
        const QPointF &a = mNodes[mEdges[e].a], &b = mNodes[mEdges[e].b];
        const qint64 x0 = static_cast<qint64>( std::floor( std::min( a.x(), b.x() ) / kCell ) ),
                     x1 = static_cast<qint64>( std::floor( std::max( a.x(), b.x() ) / kCell ) );
        const qint64 y0 = static_cast<qint64>( std::floor( std::min( a.y(), b.y() ) / kCell ) ),
                     y1 = static_cast<qint64>( std::floor( std::max( a.y(), b.y() ) / kCell ) );
        for ( qint64 cx = x0; cx <= x1; ++cx )
          for ( qint64 cy = y0; cy <= y1; ++cy )
            cells[cellKey( cx, cy )].append( e );
      }
      for ( int n = 0; n < mNodes.size(); ++n )
      {
        if ( degree[n] != 1 )
          continue;
        const QPointF &p = mNodes[n];
        const qint64 cx = static_cast<qint64>( std::floor( p.x() / kCell ) ), cy = static_cast<qint64>( std::floor( p.y() / kCell ) );
        int bestEdge = -1;
        double best = kJunctionTolerance;
        for ( qint64 dx = -1; dx <= 1; ++dx )
        {
          for ( qint64 dy = -1; dy <= 1; ++dy )
          {
            const auto it = cells.constFind( cellKey( cx + dx, cy + dy ) );
            if ( it == cells.constEnd() )
              continue;
            for ( const int e : *it )
            {
              const Edge &edge = mEdges[e];
              if ( edge.a == n || edge.b == n || edge.a == edge.b )
                continue;
              const QPointF ab = mNodes[edge.b] - mNodes[edge.a];
              const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
              const double t =
                  std::clamp( ( ( p.x() - mNodes[edge.a].x() ) * ab.x() + ( p.y() - mNodes[edge.a].y() ) * ab.y() ) / len2, 0.0, 1.0 );
              const double d = distanceBetween( p, mNodes[edge.a] + ab * t );
              // ties by the lower edge index: the same graph whatever the hash order
              if ( d < best || ( d == best && bestEdge >= 0 && e < bestEdge ) )
              {
                best = d;
                bestEdge = e;
              }
            }
          }
        }
        if ( bestEdge < 0 )
          continue;
        const int a = mEdges[bestEdge].a, b = mEdges[bestEdge].b;
        mEdges.append( Edge{ n, a, distanceBetween( p, mNodes[a] ) } );
        mEdges.append( Edge{ n, b, distanceBetween( p, mNodes[b] ) } );
        ++mJunctions;
      }
    }

    // compressed adjacency lists (a segment shorter than the grid is a loop on one node: left out)
    QVector<int> degree( mNodes.size() + 1, 0 );
    for ( const Edge &edge : std::as_const( mEdges ) )
    {
      if ( edge.a == edge.b )
        continue;
      ++degree[edge.a];
      ++degree[edge.b];
    }
    mAdjacencyStart.resize( mNodes.size() + 1 );
    int total = 0;
    for ( int n = 0; n < mNodes.size(); ++n )
    {
      mAdjacencyStart[n] = total;
      total += degree[n];
    }
    mAdjacencyStart[mNodes.size()] = total;
    mAdjacency.resize( total );
    QVector<int> fill = mAdjacencyStart;
    for ( const Edge &edge : std::as_const( mEdges ) )
    {
      if ( edge.a == edge.b )
        continue;
      mAdjacency[fill[edge.a]++] = Adjacent{ edge.b, edge.length };
      mAdjacency[fill[edge.b]++] = Adjacent{ edge.a, edge.length };
    }

    // connected components: a path between two components is refused without exploring a whole component
    mComponent.fill( -1, mNodes.size() );
    int component = 0;
    QVector<int> stack;
    for ( int n = 0; n < mNodes.size(); ++n )
    {
      if ( mComponent[n] >= 0 )
        continue;
      mComponent[n] = component;
      stack.append( n );
      while ( !stack.isEmpty() )
      {
        const int current = stack.takeLast();
        for ( int k = mAdjacencyStart[current]; k < mAdjacencyStart[current + 1]; ++k )
        {
          const int next = mAdjacency[k].node;
          if ( mComponent[next] < 0 )
          {
            mComponent[next] = component;
            stack.append( next );
          }
        }
      }
      ++component;
    }

    mCost.resize( mNodes.size() );
    mPrevious.resize( mNodes.size() );
    mStamp.fill( 0, mNodes.size() );
  }

  StreetGraph::Position StreetGraph::locate( int street, int part, double distance ) const
  {
    Position position;
    if ( street < 0 || street >= mPartEdges.size() || part < 0 || part >= mPartEdges[street].size() )
      return position;
    const PartEdges &edges = mPartEdges[street][part];
    if ( edges.count == 0 )
      return position;
    double remaining = std::max( 0.0, distance );
    for ( int e = edges.first; e < edges.first + edges.count; ++e )
    {
      const double length = mEdges[e].length;
      if ( remaining <= length && length > 0 )
      {
        position.edge = e;
        position.t = remaining / length;
        return position;
      }
      remaining -= length;
    }
    position.edge = edges.first + edges.count - 1;
    position.t = 1;
    return position;
  }

  QPointF StreetGraph::point( const Position &position ) const
  {
    if ( !position.isValid() || position.edge >= mEdges.size() )
      return QPointF();
    const Edge &edge = mEdges[position.edge];
    return mNodes[edge.a] + ( mNodes[edge.b] - mNodes[edge.a] ) * position.t;
  }

  double StreetGraph::path( const Position &from, const Position &to, QVector<QPointF> *points ) const
  {
    if ( !from.isValid() || !to.isValid() || from.edge >= mEdges.size() || to.edge >= mEdges.size() )
      return -1;
    const Edge &start = mEdges[from.edge];
    const Edge &goal = mEdges[to.edge];
    if ( mComponent[start.a] != mComponent[goal.a] )
      return -1;
    const QPointF origin = point( from ), target = point( to );
    auto append = [points]( const QPointF &p )
    {
      if ( points && ( points->isEmpty() || points->constLast() != p ) )
        points->append( p );
    };
    if ( from.edge == to.edge )
    {
      append( origin );
      append( target );
      return std::abs( from.t - to.t ) * start.length;
    }

    if ( ++mCurrentStamp == 0 )
    {
      mStamp.fill( 0 );
      mCurrentStamp = 1;
    }
    std::priority_queue<Waiting> queue;
    auto reach = [&]( int node, double cost, int previous )
    {
      if ( mStamp[node] == mCurrentStamp && mCost[node] <= cost )
        return;
      mStamp[node] = mCurrentStamp;
      mCost[node] = cost;
      mPrevious[node] = previous;
      queue.push( Waiting{ cost + distanceBetween( mNodes[node], target ), cost, node } );
    };
    reach( start.a, from.t * start.length, -1 );
    reach( start.b, ( 1 - from.t ) * start.length, -1 );

    // the path ends along the goal edge from one of its nodes
    const double tailA = to.t * goal.length, tailB = ( 1 - to.t ) * goal.length;
    double best = std::numeric_limits<double>::max();
    int bestNode = -1;
    while ( !queue.empty() )
    {
      const Waiting current = queue.top();
      queue.pop();
      // every path through what is left is at least this long: the best one is final
      if ( current.estimate >= best )
        break;
      if ( current.cost > mCost[current.node] )
        continue; // superseded by a shorter way in
      if ( current.node == goal.a && current.cost + tailA < best )
      {
        best = current.cost + tailA;
        bestNode = goal.a;
      }
      if ( current.node == goal.b && current.cost + tailB < best )
      {
        best = current.cost + tailB;
        bestNode = goal.b;
      }
      for ( int k = mAdjacencyStart[current.node]; k < mAdjacencyStart[current.node + 1]; ++k )
        reach( mAdjacency[k].node, current.cost + mAdjacency[k].length, current.node );
    }
    if ( bestNode < 0 )
      return -1;

    QVector<int> nodes;
    for ( int n = bestNode; n >= 0; n = mPrevious[n] )
      nodes.append( n );
    append( origin );
    for ( int k = nodes.size() - 1; k >= 0; --k )
      append( mNodes[nodes[k]] );
    append( target );
    return best;
  }
} // namespace vigie::plugin
