// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_PLUGINUTIL_H
#define VIGIE_PLUGINUTIL_H

#include "schema.h"

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <initializer_list>
#include <memory>

class OGRGeometry;

namespace vigie::plugin
{
  /**
   * \name Deterministic pseudo-randomness
   * Demo attributes are derived from a hash of a stable key (a source id) and a salt,
   * never from rand() or std:: distributions, whose output differs between standard
   * libraries: the same demo file comes out on every run and platform.
   */
  //! 64-bit FNV-1a of \a key mixed with \a salt through splitmix64.
  quint64 hash64( const QString &key, quint64 salt );
  //! Uniform value in [0, 1) from \a key and \a salt.
  double unit( const QString &key, quint64 salt );
  //! Index drawn from cumulative-free \a weights (need not sum to 1) with the uniform value \a u.
  int pickWeighted( const QVector<double> &weights, double u );
  //! Integer in [low, high] from \a u.
  int pickInt( int low, int high, double u );

  //! ISO WKB of a 2D point.
  QByteArray pointWkb( const QPointF &point );
  //! ISO WKB of a 2D line string.
  QByteArray lineWkb( const QVector<QPointF> &points );
  //! ISO WKB of a polygon with one exterior ring (closed automatically).
  QByteArray polygonWkb( const QVector<QPointF> &ring );
  //! OGR geometry from WKB; nullptr when empty or invalid.
  std::unique_ptr<OGRGeometry> geometryFromWkb( const QByteArray &wkb );
  //! Points of a (multi)line geometry's parts, each part as one vector.
  QVector<QVector<QPointF>> lineParts( const OGRGeometry *geometry );
  //! A point inside a surface geometry (OGR PointOnSurface); false when there is none.
  bool pointOnSurface( const OGRGeometry *geometry, QPointF *point );

  /**
   * \brief A (multi)polygon as rings for fast point-in-polygon tests (even-odd rule,
   * so holes work), without a GEOS round trip per point.
   */
  class Area
  {
  public:
    Area() = default;
    explicit Area( const QByteArray &wkb ) { add( wkb ); }
    //! Adds the rings of another (multi)polygon that does not overlap the ones already in.
    void add( const QByteArray &wkb );
    bool isEmpty() const { return mRings.isEmpty(); }
    bool contains( const QPointF &point ) const;
    QRectF boundingRect() const { return mBounds; }

  private:
    QVector<QVector<QPointF>> mRings;
    QRectF mBounds;
  };

  //! Attribute of \a feature under the first of \a names present (case-insensitive).
  QVariant attribute( const Feature &feature, std::initializer_list<const char *> names );

  //! A field of a layer schema.
  FieldSchema field( const char *name, FieldType type, const QString &title, bool notNull = false );

  //! Text of a Qt resource (a QML style); empty when missing.
  QString resourceText( const QString &path );

  //! Position of a point along a Hilbert curve over \a extent (2^16 cells a side): nearby points get nearby indexes.
  quint64 hilbertIndex( const QPointF &point, const QRectF &extent );

  //! The point at \a distance along \a line and the unit direction there; false when the line is shorter.
  bool pointAlong( const QVector<QPointF> &line, double distance, QPointF *point, QPointF *direction );
  //! Length of a polyline.
  double lineLength( const QVector<QPointF> &line );
} // namespace vigie::plugin

#endif
