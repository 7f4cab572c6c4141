// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_STREETINDEX_H
#define VIGIE_STREETINDEX_H

#include "schema.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace vigie::plugin
{
  //! Broad class of a street, from its French type of way (AV, BD, RUE, IMP, ...).
  enum class RoadClass
  {
    Expressway, //!< autoroute, tunnel, viaduct: no frontage (no containers, no buildings)
    Major,      //!< avenue, boulevard, route, quai, rond-point: wide, busy
    Local,      //!< rue, place, chemin: ordinary streets
    Residential //!< impasse, allée, cour, passage, square: narrow, quiet
  };

  //! One street of the territory, as the plugins need it.
  struct Street
  {
    QString id; //!< stable id (the territory's street id, else its position in the layer)
    QString name;
    QString type; //!< French type of way as in the source ("RUE", "AV", ...), may be empty
    RoadClass roadClass = RoadClass::Local;
    QVector<QVector<QPointF>> parts;
    double length = 0;
  };

  /**
   * \brief The territory's streets with a uniform-grid index of their segments, for
   * "nearest street" queries on tens of thousands of points in milliseconds.
   */
  class StreetIndex
  {
  public:
    //! Reads "territory:streets" features (line or multi-line WKB).
    explicit StreetIndex( const QList<Feature> &streets, double cellSize = 100 );

    const QVector<Street> &streets() const { return mStreets; }
    QRectF extent() const { return mExtent; }
    //! Index of the street nearest to \a point (-1 when there are none) and the distance.
    int nearest( const QPointF &point, double *distance = nullptr ) const;

    static RoadClass roadClass( const QString &type );

  private:
    struct Segment
    {
      QPointF a;
      QPointF b;
      int street = 0;
    };
    qint64 cellKey( int cx, int cy ) const { return ( static_cast<qint64>( cx ) << 32 ) ^ static_cast<quint32>( cy ); }
    int cellX( double x ) const;
    int cellY( double y ) const;

    QVector<Street> mStreets;
    QVector<Segment> mSegments;
    QHash<qint64, QVector<int>> mCells;
    QRectF mExtent;
    double mCellSize = 100;
  };
} // namespace vigie::plugin

#endif
