// SPDX-License-Identifier: GPL-2.0-or-later
#include "pluginutil.h"

#include <QFile>

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace vigie::plugin
{
  namespace
  {
    quint64 splitmix64( quint64 x )
    {
      x += 0x9E3779B97F4A7C15ULL;
      x = ( x ^ ( x >> 30 ) ) * 0xBF58476D1CE4E5B9ULL;
      x = ( x ^ ( x >> 27 ) ) * 0x94D049BB133111EBULL;
      return x ^ ( x >> 31 );
    }

    void appendUInt32( QByteArray &out, quint32 value )
    {
      for ( int i = 0; i < 4; ++i )
        out.append( static_cast<char>( ( value >> ( 8 * i ) ) & 0xFF ) );
    }

    void appendDouble( QByteArray &out, double value )
    {
      quint64 bits = 0;
      static_assert( sizeof( bits ) == sizeof( value ), "IEEE 754 double expected" );
      std::memcpy( &bits, &value, sizeof( bits ) );
      for ( int i = 0; i < 8; ++i )
        out.append( static_cast<char>( ( bits >> ( 8 * i ) ) & 0xFF ) );
    }

    //! WKB header: little endian, ISO type code.
    QByteArray header( quint32 type )
    {
      QByteArray out;
      out.append( char( 1 ) );
      appendUInt32( out, type );
      return out;
    }
  } // namespace

  quint64 hash64( const QString &key, quint64 salt )
  {
    quint64 h = 0xCBF29CE484222325ULL;
    const QByteArray bytes = key.toUtf8();
    for ( const char c : bytes )
    {
      h ^= static_cast<quint8>( c );
      h *= 0x100000001B3ULL;
    }
    return splitmix64( h ^ splitmix64( salt ) );
  }

  double unit( const QString &key, quint64 salt )
  {
    return static_cast<double>( hash64( key, salt ) >> 11 ) * ( 1.0 / 9007199254740992.0 );
  }

  int pickWeighted( const QVector<double> &weights, double u )
  {
    double total = 0;
    for ( const double w : weights )
      total += w;
    double target = u * total;
    for ( int i = 0; i < weights.size(); ++i )
    {
      if ( target < weights[i] )
        return i;
      target -= weights[i];
    }
    return weights.size() - 1;
  }

  int pickInt( int low, int high, double u )
  {
    const int value = low + static_cast<int>( std::floor( u * ( high - low + 1 ) ) );
    return std::min( value, high );
  }

  QByteArray pointWkb( const QPointF &point )
  {
    QByteArray out = header( 1 );
    appendDouble( out, point.x() );
    appendDouble( out, point.y() );
    return out;
  }

  QByteArray lineWkb( const QVector<QPointF> &points )
  {
    QByteArray out = header( 2 );
    appendUInt32( out, static_cast<quint32>( points.size() ) );
    for ( const QPointF &p : points )
    {
      appendDouble( out, p.x() );
      appendDouble( out, p.y() );
    }
    return out;
  }

  QByteArray polygonWkb( const QVector<QPointF> &ring )
  {
    QVector<QPointF> closed = ring;
    if ( !closed.isEmpty() && closed.first() != closed.last() )
      closed.append( closed.first() );
    QByteArray out = header( 3 );
    appendUInt32( out, 1 );
    appendUInt32( out, static_cast<quint32>( closed.size() ) );
    for ( const QPointF &p : std::as_const( closed ) )
    {
      appendDouble( out, p.x() );
      appendDouble( out, p.y() );
    }
    return out;
  }

  std::unique_ptr<OGRGeometry> geometryFromWkb( const QByteArray &wkb )
  {
    if ( wkb.isEmpty() )
      return nullptr;
    OGRGeometry *geometry = nullptr;
    if ( OGRGeometryFactory::createFromWkb( reinterpret_cast<const unsigned char *>( wkb.constData() ), nullptr, &geometry, wkb.size() ) !=
         OGRERR_NONE )
      return nullptr;
    return std::unique_ptr<OGRGeometry>( geometry );
  }

  QVector<QVector<QPointF>> lineParts( const OGRGeometry *geometry )
  {
    QVector<QVector<QPointF>> parts;
    if ( !geometry )
      return parts;
    auto addLine = [&parts]( const OGRLineString *line )
    {
      QVector<QPointF> points;
      points.reserve( line->getNumPoints() );
      for ( int i = 0; i < line->getNumPoints(); ++i )
        points.append( QPointF( line->getX( i ), line->getY( i ) ) );
      if ( points.size() >= 2 )
        parts.append( points );
    };
    const OGRwkbGeometryType type = wkbFlatten( geometry->getGeometryType() );
    if ( type == wkbLineString )
      addLine( geometry->toLineString() );
    else if ( type == wkbMultiLineString )
    {
      for ( const OGRLineString *line : *geometry->toMultiLineString() )
        addLine( line );
    }
    return parts;
  }

  bool pointOnSurface( const OGRGeometry *geometry, QPointF *point )
  {
    if ( !geometry )
      return false;
    // the C API accepts any surface (multi-polygons included) and computes it with GEOS
    OGRGeometryH handle = OGR_G_PointOnSurface( OGRGeometry::ToHandle( const_cast<OGRGeometry *>( geometry ) ) );
    std::unique_ptr<OGRGeometry> result( OGRGeometry::FromHandle( handle ) );
    if ( !result || result->IsEmpty() || wkbFlatten( result->getGeometryType() ) != wkbPoint )
      return false;
    *point = QPointF( result->toPoint()->getX(), result->toPoint()->getY() );
    return true;
  }

  void Area::add( const QByteArray &wkb )
  {
    const std::unique_ptr<OGRGeometry> geometry = geometryFromWkb( wkb );
    if ( !geometry )
      return;
    auto addPolygon = [this]( const OGRPolygon *polygon )
    {
      for ( const OGRLinearRing *ring : *polygon )
      {
        QVector<QPointF> points;
        points.reserve( ring->getNumPoints() );
        OGREnvelope envelope;
        ring->getEnvelope( &envelope );
        for ( int i = 0; i < ring->getNumPoints(); ++i )
          points.append( QPointF( ring->getX( i ), ring->getY( i ) ) );
        const QRectF bounds( QPointF( envelope.MinX, envelope.MinY ), QPointF( envelope.MaxX, envelope.MaxY ) );
        mBounds = mBounds.isNull() ? bounds : mBounds.united( bounds );
        mRings.append( points );
      }
    };
    const OGRwkbGeometryType type = wkbFlatten( geometry->getGeometryType() );
    if ( type == wkbPolygon )
      addPolygon( geometry->toPolygon() );
    else if ( type == wkbMultiPolygon )
    {
      for ( const OGRPolygon *polygon : *geometry->toMultiPolygon() )
        addPolygon( polygon );
    }
  }

  bool Area::contains( const QPointF &point ) const
  {
    if ( point.x() < mBounds.left() || point.x() > mBounds.right() || point.y() < mBounds.top() || point.y() > mBounds.bottom() )
      return false;
    // even-odd crossing count over every ring (holes included)
    bool inside = false;
    for ( const QVector<QPointF> &ring : mRings )
    {
      for ( int i = 0, j = ring.size() - 1; i < ring.size(); j = i++ )
      {
        const QPointF &a = ring[i];
        const QPointF &b = ring[j];
        if ( ( a.y() > point.y() ) != ( b.y() > point.y() ) &&
             point.x() < ( b.x() - a.x() ) * ( point.y() - a.y() ) / ( b.y() - a.y() ) + a.x() )
          inside = !inside;
      }
    }
    return inside;
  }

  QVariant attribute( const Feature &feature, std::initializer_list<const char *> names )
  {
    for ( const char *name : names )
    {
      const QString key = QLatin1String( name );
      const auto it = feature.attributes.constFind( key );
      if ( it != feature.attributes.constEnd() )
        return *it;
      for ( auto a = feature.attributes.constBegin(); a != feature.attributes.constEnd(); ++a )
      {
        if ( a.key().compare( key, Qt::CaseInsensitive ) == 0 )
          return a.value();
      }
    }
    return QVariant();
  }

  FieldSchema field( const char *name, FieldType type, const QString &title, bool notNull )
  {
    FieldSchema f;
    f.name = QLatin1String( name );
    f.type = type;
    f.title = title;
    f.notNull = notNull;
    return f;
  }

  QString resourceText( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return QString();
    return QString::fromUtf8( file.readAll() );
  }

  quint64 hilbertIndex( const QPointF &point, const QRectF &extent )
  {
    constexpr quint32 n = 1u << 16;
    const double w = std::max( extent.width(), 1e-9 );
    const double h = std::max( extent.height(), 1e-9 );
    quint32 x = static_cast<quint32>( std::clamp( ( point.x() - extent.left() ) / w, 0.0, 1.0 ) * ( n - 1 ) );
    quint32 y = static_cast<quint32>( std::clamp( ( point.y() - extent.top() ) / h, 0.0, 1.0 ) * ( n - 1 ) );
    quint64 d = 0;
    for ( quint32 s = n / 2; s > 0; s /= 2 )
    {
      const quint32 rx = ( x & s ) > 0 ? 1 : 0;
      const quint32 ry = ( y & s ) > 0 ? 1 : 0;
      d += static_cast<quint64>( s ) * s * ( ( 3 * rx ) ^ ry );
      if ( ry == 0 )
      {
        if ( rx == 1 )
        {
          x = n - 1 - x;
          y = n - 1 - y;
        }
        std::swap( x, y );
      }
    }
    return d;
  }

  double lineLength( const QVector<QPointF> &line )
  {
    double length = 0;
    for ( int i = 1; i < line.size(); ++i )
      length += std::hypot( line[i].x() - line[i - 1].x(), line[i].y() - line[i - 1].y() );
    return length;
  }

  bool pointAlong( const QVector<QPointF> &line, double distance, QPointF *point, QPointF *direction )
  {
    double walked = 0;
    for ( int i = 1; i < line.size(); ++i )
    {
      const QPointF a = line[i - 1];
      const QPointF b = line[i];
      const double length = std::hypot( b.x() - a.x(), b.y() - a.y() );
      if ( length <= 0 )
        continue;
      if ( walked + length >= distance )
      {
        const double t = ( distance - walked ) / length;
        *point = a + ( b - a ) * t;
        *direction = ( b - a ) / length;
        return true;
      }
      walked += length;
    }
    return false;
  }
} // namespace vigie::plugin
