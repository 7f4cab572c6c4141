// SPDX-License-Identifier: GPL-2.0-or-later
#include "livelayer.h"

#include "qgiscompat.h"
#include "territorylayers.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QSet>

#include <cmath>

namespace vigie
{
  namespace
  {
    constexpr int kStampSize = 12; //!< symbol diameter, device-independent pixels
    constexpr int kPickRadius = 8;

    //! x * a / 255 on the four premultiplied channels at once (the raster engine's BYTE_MUL)
    inline quint32 byteMul( quint32 x, quint32 a )
    {
      quint32 t = ( x & 0xff00ff ) * a;
      t = ( t + ( ( t >> 8 ) & 0xff00ff ) + 0x800080 ) >> 8;
      t &= 0xff00ff;
      x = ( ( x >> 8 ) & 0xff00ff ) * a;
      x = ( x + ( ( x >> 8 ) & 0xff00ff ) + 0x800080 );
      x &= 0xff00ff00;
      return x | t;
    }

    //! Source-over of a premultiplied stamp at device pixel (x0, y0) of a premultiplied image.
    void blend( QImage &target, const QImage &stamp, int x0, int y0 )
    {
      const int w = stamp.width();
      const int h = stamp.height();
      const int xs = std::max( 0, -x0 );
      const int ys = std::max( 0, -y0 );
      const int xe = std::min( w, target.width() - x0 );
      const int ye = std::min( h, target.height() - y0 );
      if ( xs >= xe || ys >= ye )
        return;
      uchar *bits = target.bits();
      const qsizetype stride = target.bytesPerLine();
      for ( int y = ys; y < ye; ++y )
      {
        const quint32 *src = reinterpret_cast<const quint32 *>( stamp.constScanLine( y ) );
        quint32 *dst = reinterpret_cast<quint32 *>( bits + static_cast<qsizetype>( y0 + y ) * stride ) + x0;
        for ( int x = xs; x < xe; ++x )
        {
          const quint32 s = src[x];
          const quint32 alpha = s >> 24;
          if ( alpha == 255 )
            dst[x] = s;
          else if ( alpha )
            dst[x] = s + byteMul( dst[x], 255 - alpha );
        }
      }
    }

    int stateIndex( feeds::SensorState state )
    {
      switch ( state )
      {
        case feeds::SensorState::Ok:
          return 0;
        case feeds::SensorState::Alarm:
          return 1;
        case feeds::SensorState::Stale:
          return 2;
        case feeds::SensorState::Offline:
          return 3;
      }
      return 0;
    }
  } // namespace

  LiveLayer::LiveLayer( QgsMapCanvas *canvas )
    : QgsMapCanvasItem( canvas )
  {
    setZValue( 100 ); // over the other canvas items (rubber bands, vertex markers)
    updatePosition();
  }

  LiveLayer::~LiveLayer() = default;

  QColor LiveLayer::stateColor( feeds::SensorState state )
  {
    // colour-blind safe: blue / vermillion / amber / grey (Okabe-Ito), told apart by lightness too
    switch ( state )
    {
      case feeds::SensorState::Ok:
        return QColor( 0, 114, 178 );
      case feeds::SensorState::Alarm:
        return QColor( 213, 94, 0 );
      case feeds::SensorState::Stale:
        return QColor( 230, 159, 0 );
      case feeds::SensorState::Offline:
        return QColor( 120, 120, 120 );
    }
    return QColor( Qt::black );
  }

  namespace
  {
    QString formatValue( bool hasValue, double v, const QString &unit )
    {
      if ( !hasValue )
        return QString();
      const int decimals = std::fabs( v ) >= 100 ? 0 : ( std::fabs( v ) >= 10 ? 1 : 2 );
      const QString number = QLocale().toString( v, 'f', decimals );
      return unit.isEmpty() ? number : QStringLiteral( "%1 %2" ).arg( number, unit );
    }
  } // namespace

  QString LiveLayer::valueLabel( const feeds::SensorInfo &info )
  {
    return formatValue( info.hasLastValue, info.lastValue, info.unit );
  }

  QString LiveLayer::Sensor::label() const
  {
    return formatValue( hasValue, value, unit );
  }

  void LiveLayer::setSensors( const QVector<Sensor> &sensors )
  {
    mSensors = sensors;
    mIndex.clear();
    mIndex.reserve( static_cast<int>( mSensors.size() ) );
    for ( int i = 0; i < mSensors.size(); ++i )
      mIndex.insert( mSensors.at( i ).id, i );
    update();
  }

  void LiveLayer::updateSensors( const QList<feeds::SensorInfo> &changed )
  {
    for ( const feeds::SensorInfo &info : changed )
    {
      auto it = mIndex.constFind( info.id );
      if ( it == mIndex.constEnd() )
      {
        Sensor s;
        s.id = info.id;
        it = mIndex.insert( info.id, static_cast<int>( mSensors.size() ) );
        mSensors.append( s );
      }
      Sensor &s = mSensors[*it];
      s.state = info.state;
      s.hasValue = info.hasLastValue;
      s.value = info.lastValue;
      s.unit = info.unit;
      if ( !info.isBound() )
        s.positioned = false;
    }
    if ( !changed.isEmpty() )
      update();
  }

  bool LiveLayer::setPosition( const QString &id, const QgsPointXY &point )
  {
    auto it = mIndex.constFind( id );
    if ( it == mIndex.constEnd() )
      return false;
    mSensors[*it].point = point;
    mSensors[*it].positioned = true;
    update();
    return true;
  }

  void LiveLayer::clear()
  {
    mSensors.clear();
    mIndex.clear();
    mSelected.clear();
    update();
  }

  int LiveLayer::positionedCount() const
  {
    int n = 0;
    for ( const Sensor &s : mSensors )
      n += s.positioned ? 1 : 0;
    return n;
  }

  const LiveLayer::Sensor *LiveLayer::sensor( const QString &id ) const
  {
    auto it = mIndex.constFind( id );
    return it == mIndex.constEnd() ? nullptr : &mSensors.at( *it );
  }

  int LiveLayer::countInState( feeds::SensorState state ) const
  {
    int n = 0;
    for ( const Sensor &s : mSensors )
      n += s.positioned && s.state == state ? 1 : 0;
    return n;
  }

  QString LiveLayer::sensorAt( const QPointF &canvasPixel ) const
  {
    QString best;
    double bestDistance = kPickRadius * kPickRadius;
    for ( const Sensor &s : mSensors )
    {
      if ( !s.positioned )
        continue;
      const QPointF p = toCanvasCoordinates( s.point );
      const double dx = p.x() - canvasPixel.x();
      const double dy = p.y() - canvasPixel.y();
      const double d = dx * dx + dy * dy;
      if ( d <= bestDistance )
      {
        bestDistance = d;
        best = s.id;
      }
    }
    return best;
  }

  void LiveLayer::setSelectedSensor( const QString &id )
  {
    mSelected = id;
    update();
  }

  void LiveLayer::updatePosition()
  {
    // the item covers the whole view: positions are computed at paint time from the current map settings
    setRect( mMapCanvas->extent() );
  }

  const QImage &LiveLayer::stamp( feeds::SensorState state, qreal dpr )
  {
    if ( dpr != mStampDpr )
    {
      for ( feeds::SensorState s : { feeds::SensorState::Ok, feeds::SensorState::Alarm, feeds::SensorState::Stale, feeds::SensorState::Offline } )
      {
        // premultiplied ARGB: what the raster paint engine blends fastest
        QImage pixmap( static_cast<int>( std::ceil( kStampSize * dpr ) ), static_cast<int>( std::ceil( kStampSize * dpr ) ), QImage::Format_ARGB32_Premultiplied );
        pixmap.setDevicePixelRatio( dpr );
        pixmap.fill( Qt::transparent );
        QPainter p( &pixmap );
        p.setRenderHint( QPainter::Antialiasing );
        p.setPen( QPen( Qt::white, 1.5 ) );
        p.setBrush( stateColor( s ) );
        p.drawEllipse( QRectF( 1, 1, kStampSize - 2, kStampSize - 2 ) );
        if ( s == feeds::SensorState::Alarm )
        {
          // a dark centre: alarms stay visible to readers who cannot tell the colours apart
          p.setPen( Qt::NoPen );
          p.setBrush( QColor( 60, 20, 0 ) );
          p.drawEllipse( QRectF( kStampSize / 2.0 - 2, kStampSize / 2.0 - 2, 4, 4 ) );
        }
        mStamps[stateIndex( s )] = pixmap;
      }
      mStampDpr = dpr;
    }
    return mStamps[stateIndex( state )];
  }

  void LiveLayer::paint( QPainter *painter )
  {
    ++mPaints;
    mLastSymbols = 0;
    mLastLabels = 0;
    const QRectF view( QPointF( 0, 0 ), mMapCanvas->viewport()->size() );
    const QPointF origin = pos();
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const double half = kStampSize / 2.0;

    // pass 1: symbols of the sensors in view (alarms last, on top)
    QVector<QPair<QPointF, int>> visible;
    visible.reserve( static_cast<int>( mSensors.size() ) );
    for ( int i = 0; i < mSensors.size(); ++i )
    {
      const Sensor &s = mSensors.at( i );
      if ( !s.positioned )
        continue;
      const QPointF p = toCanvasCoordinates( s.point );
      if ( p.x() < -half || p.y() < -half || p.x() > view.width() + half || p.y() > view.height() + half )
        continue;
      visible.append( qMakePair( p - origin, i ) );
    }
    if ( !visible.isEmpty() )
    {
      const QSize size( static_cast<int>( std::ceil( view.width() * dpr ) ), static_cast<int>( std::ceil( view.height() * dpr ) ) );
      if ( mOverlay.size() != size )
        mOverlay = QImage( size, QImage::Format_ARGB32_Premultiplied );
      mOverlay.setDevicePixelRatio( dpr );
      mOverlay.fill( Qt::transparent );
      for ( int pass = 0; pass < 2; ++pass )
      {
        for ( const auto &v : std::as_const( visible ) )
        {
          const Sensor &s = mSensors.at( v.second );
          if ( ( s.state == feeds::SensorState::Alarm ) != ( pass == 1 ) )
            continue;
          const QImage &image = stamp( s.state, dpr );
          blend( mOverlay, image, static_cast<int>( std::lround( ( v.first.x() + origin.x() ) * dpr ) ) - image.width() / 2,
                 static_cast<int>( std::lround( ( v.first.y() + origin.y() ) * dpr ) ) - image.height() / 2 );
          ++mLastSymbols;
        }
      }
      painter->drawImage( -origin, mOverlay );
    }

    if ( !mSelected.isEmpty() )
    {
      const Sensor *s = sensor( mSelected );
      if ( s && s->positioned )
      {
        painter->save();
        painter->setRenderHint( QPainter::Antialiasing );
        painter->setBrush( Qt::NoBrush );
        painter->setPen( QPen( QColor( 255, 255, 255 ), 5 ) );
        const QPointF p = toCanvasCoordinates( s->point ) - origin;
        painter->drawEllipse( p, half + 5, half + 5 );
        painter->setPen( QPen( QColor( 20, 20, 20 ), 2.5 ) );
        painter->drawEllipse( p, half + 5, half + 5 );
        painter->restore();
      }
    }

    // pass 2: labels, only when they can be read; a coarse screen grid keeps them apart
    if ( visible.size() > mMaxLabels )
      return;
    painter->save();
    QFont font = painter->font();
    font.setPointSizeF( 8.5 );
    painter->setFont( font );
    const QFontMetrics metrics( font );
    const int cellW = 60;
    const int cellH = metrics.height() + 2;
    QSet<qint64> taken;
    for ( const auto &v : std::as_const( visible ) )
    {
      const Sensor &s = mSensors.at( v.second );
      const QString label = s.label();
      if ( label.isEmpty() )
        continue;
      const int w = metrics.horizontalAdvance( label ) + 6;
      const QRectF box( v.first.x() + half + 1, v.first.y() - cellH / 2.0, w, cellH );
      const int c0 = static_cast<int>( std::floor( box.left() / cellW ) );
      const int c1 = static_cast<int>( std::floor( box.right() / cellW ) );
      const int r = static_cast<int>( std::floor( box.center().y() / cellH ) );
      bool free = true;
      for ( int c = c0; c <= c1 && free; ++c )
        free = !taken.contains( ( static_cast<qint64>( r ) << 32 ) ^ static_cast<quint32>( c ) );
      if ( !free )
        continue;
      for ( int c = c0; c <= c1; ++c )
        taken.insert( ( static_cast<qint64>( r ) << 32 ) ^ static_cast<quint32>( c ) );
      painter->fillRect( box, QColor( 255, 255, 255, 215 ) );
      painter->setPen( s.state == feeds::SensorState::Ok ? QColor( 30, 30, 30 ) : stateColor( s.state ).darker( 130 ) );
      painter->drawText( box.adjusted( 3, 0, -3, 0 ), Qt::AlignVCenter | Qt::AlignLeft, label );
      ++mLastLabels;
    }
    painter->restore();
  }

  QgsVectorLayer *LivePositions::layer( const QgsProject *project, const QString &name )
  {
    if ( !project || name.isEmpty() )
      return nullptr;
    const QMap<QString, QgsMapLayer *> all = project->mapLayers();
    for ( QgsMapLayer *mapLayer : all )
    {
      QgsVectorLayer *layer = qobject_cast<QgsVectorLayer *>( mapLayer );
      if ( !layer )
        continue;
      QString qualified = layer->customProperty( TerritoryLayers::qualifiedNameProperty() ).toString();
      if ( !qualified.isEmpty() && ( qualified == name || qualified.replace( QLatin1Char( ':' ), QLatin1Char( '_' ) ) == name ) )
        return layer;
    }
    return nullptr;
  }

  bool LivePositions::zoomToAsset( QgsMapCanvas *canvas, const QgsProject *project, const QString &layerName, qint64 fid )
  {
    QgsVectorLayer *layer = LivePositions::layer( project, layerName );
    if ( !canvas || !layer || fid < 0 )
      return false;
    QgsFeature feature;
    if ( !layer->getFeatures( QgsFeatureRequest( fid ).setNoAttributes() ).nextFeature( feature ) || feature.geometry().isNull() )
      return false;
    QgsRectangle box = feature.geometry().boundingBox();
    try
    {
      box = QgsCoordinateTransform( layer->crs(), canvas->mapSettings().destinationCrs(), project->transformContext() ).transformBoundingBox( box );
    }
    catch ( const QgsCsException & )
    {
      return false;
    }
    const double minimum = canvas->mapSettings().destinationCrs().isGeographic() ? 0.003 : 300.0; // about 300 m
    if ( box.width() < minimum && box.height() < minimum )
    {
      const QgsPointXY c = box.center();
      box = QgsRectangle( c.x() - minimum / 2, c.y() - minimum / 2, c.x() + minimum / 2, c.y() + minimum / 2 );
    }
    else
      box.scale( 1.2 );
    canvas->setExtent( box );
    canvas->refresh();
    canvas->flashFeatureIds( layer, QgsFeatureIds() << fid );
    return true;
  }

  QHash<QString, QgsPointXY> LivePositions::resolve( const QgsProject *project, const QgsCoordinateReferenceSystem &destination,
                                                     const QList<feeds::SensorInfo> &sensors )
  {
    QHash<QString, QgsPointXY> positions;
    if ( !project )
      return positions;
    // table name "domain_name" -> layer
    QHash<QString, QgsVectorLayer *> layers;
    const QMap<QString, QgsMapLayer *> all = project->mapLayers();
    for ( QgsMapLayer *mapLayer : all )
    {
      QgsVectorLayer *layer = qobject_cast<QgsVectorLayer *>( mapLayer );
      if ( !layer )
        continue;
      QString name = layer->customProperty( TerritoryLayers::qualifiedNameProperty() ).toString();
      if ( name.isEmpty() )
        continue;
      layers.insert( name, layer );
      layers.insert( name.replace( QLatin1Char( ':' ), QLatin1Char( '_' ) ), layer );
    }
    QHash<QgsVectorLayer *, QHash<qint64, QStringList>> wanted;
    for ( const feeds::SensorInfo &info : sensors )
    {
      if ( !info.isBound() )
        continue;
      QgsVectorLayer *layer = layers.value( info.layer );
      if ( layer )
        wanted[layer][info.fid] << info.id;
    }
    for ( auto it = wanted.constBegin(); it != wanted.constEnd(); ++it )
    {
      QgsVectorLayer *layer = it.key();
      QgsFeatureIds fids;
      for ( auto f = it.value().constBegin(); f != it.value().constEnd(); ++f )
        fids.insert( f.key() );
      const QgsCoordinateTransform transform( layer->crs(), destination.isValid() ? destination : layer->crs(), project->transformContext() );
      QgsFeatureIterator features = layer->getFeatures( QgsFeatureRequest().setFilterFids( fids ).setNoAttributes() );
      QgsFeature feature;
      while ( features.nextFeature( feature ) )
      {
        const QgsGeometry geometry = feature.geometry();
        if ( geometry.isNull() )
          continue;
        QgsPointXY point;
        switch ( geometry.type() )
        {
          case compat::PointGeometry:
            point = geometry.isMultipart() ? geometry.asMultiPoint().value( 0 ) : geometry.asPoint();
            break;
          case compat::LineGeometry:
            point = geometry.interpolate( geometry.length() / 2 ).asPoint();
            break;
          default:
            point = geometry.pointOnSurface().asPoint();
            break;
        }
        try
        {
          point = transform.transform( point );
        }
        catch ( const QgsCsException & )
        {
          continue;
        }
        for ( const QString &id : it.value().value( feature.id() ) )
          positions.insert( id, point );
      }
    }
    return positions;
  }
} // namespace vigie
