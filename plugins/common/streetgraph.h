// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_STREETGRAPH_H
#define VIGIE_STREETGRAPH_H

#include "streetindex.h"

#include <QPointF>
#include <QVector>

namespace vigie::plugin
{
  /**
   * \brief The territory's streets as an undirected graph, for "drive along the streets
   * from here to there" (collection rounds, maintenance tours).
   *
   * Nodes are the street vertices snapped on a grid (1 m by default), so streets that
   * meet at a shared end or vertex are connected; a street end within 2 m of another
   * street's segment (a T-junction without a shared vertex) is joined to it; edges are
   * the street segments weighted by their length. One-way streets are NOT respected: the source data has a direction
   * of traffic, but a demo round only has to look plausible, not be drivable.
   * Shortest paths use A* with the straight-line distance (consistent: an edge is never
   * shorter than the straight line between its nodes), stopping as soon as the target is
   * settled; streets in another connected component are refused without a search.
   */
  class StreetGraph
  {
  public:
    //! A point on a street: on edge \a edge at \a t (0 at its first node, 1 at its second).
    struct Position
    {
      int edge = -1;
      double t = 0;
      bool isValid() const { return edge >= 0; }
    };

    explicit StreetGraph( const StreetIndex &streets, double snap = 1.0 );

    int nodeCount() const { return mNodes.size(); }
    int edgeCount() const { return mEdges.size(); }
    //! Street ends joined to the middle of another street's segment (T-junctions without a shared vertex).
    int junctionCount() const { return mJunctions; }

    //! The position \a distance metres along part \a part of street \a street (clamped to the part); invalid when there is no such part.
    Position locate( int street, int part, double distance ) const;
    //! Coordinates of a position (on the snapped graph, within the snap distance of the street).
    QPointF point( const Position &position ) const;

    /**
     * Shortest path along the streets from \a from to \a to, appended to \a points
     * (both ends included; the first point is skipped when it equals the last one
     * already there). Returns its length, or a negative value when the streets of
     * the two positions are not connected (nothing appended).
     */
    double path( const Position &from, const Position &to, QVector<QPointF> *points ) const;

  private:
    struct Edge
    {
      int a = 0;
      int b = 0;
      double length = 0;
    };
    struct Adjacent
    {
      int node = 0;
      double length = 0;
    };

    QVector<QPointF> mNodes;
    QVector<Edge> mEdges; //!< street segments in street order, then the T-junction connectors
    int mJunctions = 0;
    QVector<int> mComponent;      //!< connected component of each node
    QVector<int> mAdjacencyStart; //!< compressed adjacency: neighbours of n in [start[n], start[n + 1])
    QVector<Adjacent> mAdjacency;
    struct PartEdges
    {
      int first = 0;
      int count = 0;
    };
    QVector<QVector<PartEdges>> mPartEdges; //!< edges of each street part, per street

    // search state reused between queries; a node's entries are valid when its stamp is the current one
    mutable QVector<double> mCost;
    mutable QVector<int> mPrevious;
    mutable QVector<quint32> mStamp;
    mutable quint32 mCurrentStamp = 0;
  };
} // namespace vigie::plugin

#endif
