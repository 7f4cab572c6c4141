// SPDX-License-Identifier: GPL-2.0-or-later
#include "streetindex.h"

#include "pluginutil.h"

#include <ogr_geometry.h>

#include <cmath>
#include <limits>

namespace vigie::plugin
{
  namespace
  {
    double segmentDistance( const QPointF &p, const QPointF &a, const QPointF &b )
    {
      const QPointF ab = b - a;
      const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
      double t = 0;
      if ( len2 > 0 )
        t = std::clamp( ( ( p.x() - a.x() ) * ab.x() + ( p.y() - a.y() ) * ab.y() ) / len2, 0.0, 1.0 );
      const QPointF q = a + ab * t;
      return std::hypot( p.x() - q.x(), p.y() - q.y() );
    }
  } // namespace

  RoadClass StreetIndex::roadClass( const QString &type )
  {
    const QString t = type.trimmed().toUpper();
    static const QStringList major = { QStringLiteral( "AV" ),   QStringLiteral( "BD" ),   QStringLiteral( "RTE" ),
                                       QStringLiteral( "RDPT" ), QStringLiteral( "QUAI" ), QStringLiteral( "CRS" ),
                                       QStringLiteral( "ECH" ),  QStringLiteral( "PONT" ) };
    static const QStringList residential = { QStringLiteral( "IMP" ), QStringLiteral( "ALL" ),  QStringLiteral( "COUR" ),
                                             QStringLiteral( "PAS" ), QStringLiteral( "SQ" ),   QStringLiteral( "CITE" ),
                                             QStringLiteral( "RLE" ), QStringLiteral( "SENT" ), QStringLiteral( "PARV" ),
                                             QStringLiteral( "ESC" ), QStringLiteral( "HAM" ),  QStringLiteral( "CLOS" ) };
    if ( t == QLatin1String( "AUTO" ) || t == QLatin1String( "TUN" ) || t == QLatin1String( "VIAD" ) )
      return RoadClass::Expressway;
    if ( major.contains( t ) )
      return RoadClass::Major;
    if ( residential.contains( t ) )
      return RoadClass::Residential;
    return RoadClass::Local;
  }

  StreetIndex::StreetIndex( const QList<Feature> &streets, double cellSize ) : mCellSize( cellSize )
  {
    mStreets.reserve( streets.size() );
    for ( int i = 0; i < streets.size(); ++i )
    {
      const Feature &f = streets.at( i );
      const std::unique_ptr<OGRGeometry> geometry = geometryFromWkb( f.wkb );
      Street street;
      const QVariant id = attribute( f, { "street_id", "id", "idarc", "fid" } );
      street.id = id.isValid() && !id.toString().isEmpty() ? id.toString() : QString::number( i + 1 );
      street.name = attribute( f, { "name", "nom", "lib_off", "nomvoi" } ).toString();
      street.type = attribute( f, { "type", "road_type", "street_type", "typvoi" } ).toString();
      street.roadClass = roadClass( street.type );
      // a measured busy street is a main road whatever its name says (10,000 vehicles/day: urban arterial)
      bool counted = false;
      const int traffic = attribute( f, { "traffic_aadt" } ).toInt( &counted );
      if ( counted && traffic >= 10000 && street.roadClass != RoadClass::Expressway )
        street.roadClass = RoadClass::Major;
      street.parts = lineParts( geometry.get() );
      for ( const QVector<QPointF> &part : std::as_const( street.parts ) )
      {
        street.length += lineLength( part );
        for ( const QPointF &p : part )
          mExtent = mExtent.isNull() ? QRectF( p, QSizeF( 1e-6, 1e-6 ) ) : mExtent.united( QRectF( p, QSizeF( 1e-6, 1e-6 ) ) );
      }
      mStreets.append( street );
    }
    for ( int s = 0; s < mStreets.size(); ++s )
    {
      for ( const QVector<QPointF> &part : std::as_const( mStreets[s].parts ) )
      {
        for ( int i = 1; i < part.size(); ++i )
        {
          const int index = mSegments.size();
          mSegments.append( Segment{ part[i - 1], part[i], s } );
          const int x0 = cellX( std::min( part[i - 1].x(), part[i].x() ) ), x1 = cellX( std::max( part[i - 1].x(), part[i].x() ) );
          const int y0 = cellY( std::min( part[i - 1].y(), part[i].y() ) ), y1 = cellY( std::max( part[i - 1].y(), part[i].y() ) );
          for ( int cx = x0; cx <= x1; ++cx )
            for ( int cy = y0; cy <= y1; ++cy )
              mCells[cellKey( cx, cy )].append( index );
        }
      }
    }
  }

  int StreetIndex::cellX( double x ) const
  {
    return static_cast<int>( std::floor( ( x - mExtent.left() ) / mCellSize ) );
  }
  int StreetIndex::cellY( double y ) const
  {
    return static_cast<int>( std::floor( ( y - mExtent.top() ) / mCellSize ) );
  }

  int StreetIndex::nearest( const QPointF &point, double *distance ) const
  {
    if ( mSegments.isEmpty() )
      return -1;
    const int cx = cellX( point.x() );
    const int cy = cellY( point.y() );
    double best = std::numeric_limits<double>::max();
    int bestStreet = -1;
    const int maxRing =
        static_cast<int>( std::ceil( std::max( mExtent.width(), mExtent.height() ) / mCellSize ) ) + 2 +
        static_cast<int>( std::ceil( std::hypot( point.x() - mExtent.center().x(), point.y() - mExtent.center().y() ) / mCellSize ) );
    for ( int ring = 0; ring <= maxRing; ++ring )
    {
      // every point of a ring-r cell is at least (r - 1) cells away
      if ( bestStreet >= 0 && ( ring - 1 ) * mCellSize > best )
        break;
      for ( int dx = -ring; dx <= ring; ++dx )
      {
        for ( int dy = -ring; dy <= ring; ++dy )
        {
          if ( std::max( std::abs( dx ), std::abs( dy ) ) != ring )
            continue;
          const auto it = mCells.constFind( cellKey( cx + dx, cy + dy ) );
          if ( it == mCells.constEnd() )
            continue;
          for ( const int s : *it )
          {
            const Segment &segment = mSegments[s];
            const double d = segmentDistance( point, segment.a, segment.b );
            // ties broken by the lower street index: deterministic whatever the hash order
            if ( d < best || ( d == best && segment.street < bestStreet ) )
            {
              best = d;
              bestStreet = segment.street;
            }
          }
        }
      }
    }
    if ( distance )
      *distance = best;
    return bestStreet;
  }
} // namespace vigie::plugin
