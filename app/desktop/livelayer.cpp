// SPDX-License-Identifier: GPL-2.0-or-later
#include "livelayer.h"

#include "qgiscompat.h"
#include "territorylayers.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsmapsettings.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QRegion>
#include <QSet>

#include <cmath>
#include <cstring>
#include <optional>

namespace vigie
{
  namespace
  {
    constexpr int kStampSize = 12; //!< symbol diameter, device-independent pixels
    constexpr int kPickRadius = 8;
    constexpr int kMaxRegionTiles = 24; //!< more dirty tiles than this: repaint the whole view

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

    //! Source-over of a premultiplied stamp at device pixel (x0, y0) of a premultiplied image, inside \a clip.
    void blend( QImage &target, const QImage &stamp, int x0, int y0, const QRect &clip )
    {
      const int xs = std::max( 0, clip.left() - x0 );
      const int ys = std::max( 0, clip.top() - y0 );
      const int xe = std::min( stamp.width(), clip.right() + 1 - x0 );
      const int ye = std::min( stamp.height(), clip.bottom() + 1 - y0 );
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
    mFlushTimer.setSingleShot( true );
    QObject::connect( &mFlushTimer, &QTimer::timeout, &mFlushTimer, [this] { flush(); } );
    updatePosition();
  }

  bool LiveLayer::ViewKey::operator==( const ViewKey &other ) const
  {
    return extent == other.extent && mapUnitsPerPixel == other.mapUnitsPerPixel && rotation == other.rotation && size == other.size && dpr == other.dpr;
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
    ++mGeneration;
    invalidate();
  }

  void LiveLayer::updateSensors( const QList<feeds::SensorInfo> &changed )
  {
    if ( changed.isEmpty() )
      return;
    ++mGeneration;
    // the overlay can be patched only if it was drawn for the view the canvas shows now
    const bool patch = mOverlayValid && currentKey( mKey.dpr ) == mKey;
    bool full = !patch;
    std::optional<QFontMetrics> metrics;
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
      const int i = *it;
      Sensor &s = mSensors[i];
      s.state = info.state;
      s.hasValue = info.hasLastValue;
      s.value = info.lastValue;
      s.unit = info.unit;
      if ( !info.isBound() && s.positioned )
      {
        s.positioned = false;
        full = true;
      }
      if ( full || i >= mDrawnState.size() || mDrawnState.at( i ) < 0 )
        continue; // not drawn: nothing on screen changes
      if ( mDrawnState.at( i ) != stateIndex( s.state ) )
        markDirty( stampRect( i ) );
      if ( !mLabelsOn )
        continue;
      const int slot = mLabelOf.at( i );
      if ( slot == -2 && s.hasValue )
        full = true; // a first value: it may take a free place on the label grid
      else if ( slot >= 0 )
      {
        const QString text = s.label();
        if ( text == mDrawnLabel.at( i ) )
          continue;
        if ( !metrics )
          metrics.emplace( mLabelFont );
        const LabelSlot &l = mLabels.at( slot );
        if ( l.box.left() + metrics->horizontalAdvance( text ) + 6 <= l.maxRight )
          markDirty( deviceRect( QRectF( l.box.left(), l.box.top(), l.maxRight - l.box.left(), l.box.height() ) ) );
        else
          full = true; // too long for its place: lay the labels out again
      }
    }
    if ( full )
      invalidate();
    else if ( !mScreenTiles.isEmpty() )
      scheduleFlush();
    else if ( !mFullUpdatePending && !mFlushTimer.isActive() && mDirtyTiles.isEmpty() )
      mShownGeneration = mGeneration; // nothing visible changed
  }

  bool LiveLayer::setPosition( const QString &id, const QgsPointXY &point )
  {
    auto it = mIndex.constFind( id );
    if ( it == mIndex.constEnd() )
      return false;
    mSensors[*it].point = point;
    mSensors[*it].positioned = true;
    ++mGeneration;
    invalidate();
    return true;
  }

  void LiveLayer::clear()
  {
    mSensors.clear();
    mIndex.clear();
    mSelected.clear();
    ++mGeneration;
    invalidate();
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
    update(); // the ring is drawn over the overlay, which stays as it is
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

  LiveLayer::ViewKey LiveLayer::currentKey( qreal dpr ) const
  {
    const QgsMapSettings &settings = mMapCanvas->mapSettings();
    ViewKey key;
    key.extent = settings.visibleExtent();
    key.mapUnitsPerPixel = settings.mapUnitsPerPixel();
    key.rotation = settings.rotation();
    key.size = mMapCanvas->viewport()->size();
    key.dpr = dpr;
    return key;
  }

  void LiveLayer::invalidate()
  {
    mOverlayValid = false;
    mFullUpdatePending = true;
    scheduleFlush();
  }

  QRect LiveLayer::stampRect( int sensor ) const
  {
    const int size = mStamps[0].width();
    const QPoint &p = mPixel.at( sensor );
    return QRect( p.x() - size / 2, p.y() - size / 2, size, size );
  }

  QRect LiveLayer::deviceRect( const QRectF &canvasRect ) const
  {
    const qreal dpr = mKey.dpr;
    return QRectF( canvasRect.x() * dpr, canvasRect.y() * dpr, canvasRect.width() * dpr, canvasRect.height() * dpr ).toAlignedRect();
  }

  void LiveLayer::markDirty( const QRect &rect )
  {
    const QRect r = rect & mOverlay.rect();
    if ( r.isEmpty() )
      return;
    for ( int ty = r.top() / kTileSize; ty <= r.bottom() / kTileSize && ty < mTilesY; ++ty )
    {
      for ( int tx = r.left() / kTileSize; tx <= r.right() / kTileSize && tx < mTilesX; ++tx )
      {
        const int t = ty * mTilesX + tx;
        quint8 &flags = mTileFlags[t];
        if ( !( flags & 1 ) )
          mDirtyTiles << t;
        if ( !( flags & 2 ) )
          mScreenTiles << t;
        flags |= 3;
      }
    }
  }

  void LiveLayer::scheduleFlush()
  {
    if ( mFlushTimer.isActive() )
      return;
    // at most 30 repaints a second; the first one after a quiet period right away, so that it is
    // painted in the next window repaint (the sensor table's repaint is coalesced apart, see
    // LiveSensorModel::kNotifyMs, so that it does not add its ~10 ms to this one)
    const qint64 since = mSinceFlush.isValid() ? mSinceFlush.elapsed() : 1000;
    if ( since >= 33 )
      flush();
    else
      mFlushTimer.start( static_cast<int>( 33 - since ) );
  }

  void LiveLayer::flush()
  {
    mSinceFlush.start();
    if ( mFullUpdatePending || mScreenTiles.size() > kMaxRegionTiles )
    {
      for ( int t : std::as_const( mScreenTiles ) )
        mTileFlags[t] &= ~2;
      mScreenTiles.clear();
      mFullUpdatePending = false;
      update();
      return;
    }
    // only the dirty tiles: QGraphicsItem::update(rect) would merge them into one bounding rectangle,
    // the viewport takes a region and the view repaints (map image included) only there. A region of
    // many rectangles costs more to paint than the whole view (measured: 200 squares of 32 px took
    // longer than the full 1600x1000 viewport), hence kMaxRegionTiles.
    std::sort( mScreenTiles.begin(), mScreenTiles.end() );
    QRegion region;
    const QPointF origin = pos();
    const qreal dpr = mKey.dpr > 0 ? mKey.dpr : 1.0;
    for ( int k = 0; k < mScreenTiles.size(); )
    {
      const int t = mScreenTiles.at( k );
      int run = 1; // neighbours on the same row make one rectangle
      while ( k + run < mScreenTiles.size() && mScreenTiles.at( k + run ) == t + run && ( t + run ) % mTilesX != 0 )
        ++run;
      for ( int j = 0; j < run; ++j )
        mTileFlags[t + j] &= ~2;
      const QRectF device( ( t % mTilesX ) * kTileSize, ( t / mTilesX ) * kTileSize, run * kTileSize, kTileSize );
      region += QRectF( device.x() / dpr + origin.x(), device.y() / dpr + origin.y(), device.width() / dpr, device.height() / dpr ).toAlignedRect();
      k += run;
    }
    mScreenTiles.clear();
    mMapCanvas->viewport()->update( region );
  }

  void LiveLayer::drawLabel( QPainter *painter, const LabelSlot &slot )
  {
    const Sensor &s = mSensors.at( slot.sensor );
    const QString text = s.label();
    mDrawnLabel[slot.sensor] = text;
    if ( text.isEmpty() )
      return;
    const QFontMetrics metrics( mLabelFont );
    const QRectF box( slot.box.left(), slot.box.top(), metrics.horizontalAdvance( text ) + 6, slot.box.height() );
    painter->fillRect( box, QColor( 255, 255, 255, 215 ) );
    painter->setPen( s.state == feeds::SensorState::Ok ? QColor( 30, 30, 30 ) : stateColor( s.state ).darker( 130 ) );
    painter->drawText( box.adjusted( 3, 0, -3, 0 ), Qt::AlignVCenter | Qt::AlignLeft, text );
  }

  void LiveLayer::fullRedraw( const ViewKey &key )
  {
    ++mFullRedraws;
    mKey = key;
    const qreal dpr = key.dpr;
    const QSize size( static_cast<int>( std::ceil( key.size.width() * dpr ) ), static_cast<int>( std::ceil( key.size.height() * dpr ) ) );
    if ( mOverlay.size() != size )
      mOverlay = QImage( size, QImage::Format_ARGB32_Premultiplied );
    mOverlay.setDevicePixelRatio( dpr );
    mOverlay.fill( Qt::transparent );
    stamp( feeds::SensorState::Ok, dpr ); // the stamps of this pixel ratio
    const int n = static_cast<int>( mSensors.size() );
    mPixel.resize( n );
    mDrawnState.fill( -1, n );
    mLabelOf.fill( -1, n );
    mDrawnLabel = QVector<QString>( n );
    mSymbolMark.fill( 0, n );
    mLabels.clear();
    const int tilesX = ( size.width() + kTileSize - 1 ) / kTileSize;
    const int tilesY = ( size.height() + kTileSize - 1 ) / kTileSize;
    if ( tilesX != mTilesX || tilesY != mTilesY )
    {
      mTilesX = tilesX;
      mTilesY = tilesY;
      mTileSymbols = QVector<QVector<int>>( tilesX * tilesY );
      mTileLabels = QVector<QVector<int>>( tilesX * tilesY );
      mTileFlags.fill( 0, tilesX * tilesY );
      mFullUpdatePending = mFullUpdatePending || !mScreenTiles.isEmpty();
      mScreenTiles.clear();
    }
    else
    {
      for ( QVector<int> &tile : mTileSymbols )
        tile.clear();
      for ( QVector<int> &tile : mTileLabels )
        tile.clear();
      for ( quint8 &flags : mTileFlags )
        flags &= ~1;
    }
    mDirtyTiles.clear();

    // symbols of the sensors in view (alarms last, on top), and the tiles each one crosses
    const double half = kStampSize / 2.0;
    const QSizeF view( key.size );
    QVector<int> visible;
    QVector<QPointF> canvasPoints;
    visible.reserve( n );
    canvasPoints.reserve( n );
    for ( int i = 0; i < n; ++i )
    {
      const Sensor &s = mSensors.at( i );
      if ( !s.positioned )
        continue;
      const QPointF p = toCanvasCoordinates( s.point );
      if ( p.x() < -half || p.y() < -half || p.x() > view.width() + half || p.y() > view.height() + half )
        continue;
      mPixel[i] = QPoint( static_cast<int>( std::lround( p.x() * dpr ) ), static_cast<int>( std::lround( p.y() * dpr ) ) );
      mDrawnState[i] = static_cast<qint8>( stateIndex( s.state ) );
      visible << i;
      canvasPoints << p;
    }
    mVisible = static_cast<int>( visible.size() );
    const QRect all = mOverlay.rect();
    for ( int i : std::as_const( visible ) )
    {
      const QRect r = stampRect( i ) & all;
      if ( r.isEmpty() )
        continue;
      for ( int ty = r.top() / kTileSize; ty <= r.bottom() / kTileSize; ++ty )
        for ( int tx = r.left() / kTileSize; tx <= r.right() / kTileSize; ++tx )
          mTileSymbols[ty * mTilesX + tx] << i;
    }
    for ( int pass = 0; pass < 2; ++pass )
    {
      for ( int i : std::as_const( visible ) )
      {
        const Sensor &s = mSensors.at( i );
        if ( ( s.state == feeds::SensorState::Alarm ) != ( pass == 1 ) )
          continue;
        const QRect r = stampRect( i );
        blend( mOverlay, stamp( s.state, dpr ), r.x(), r.y(), all );
      }
    }

    // labels, only when they can be read; a coarse screen grid keeps them apart
    mLabelsOn = mVisible <= mMaxLabels;
    if ( mLabelsOn )
    {
      mLabelFont = mMapCanvas->font();
      mLabelFont.setPixelSize( std::max( 6, static_cast<int>( std::lround( 8.5 * mMapCanvas->logicalDpiY() / 72.0 ) ) ) );
      const QFontMetrics metrics( mLabelFont );
      const int cellW = 60;
      const int cellH = metrics.height() + 2;
      QSet<qint64> taken;
      for ( int k = 0; k < visible.size(); ++k )
      {
        const int i = visible.at( k );
        const QString label = mSensors.at( i ).label();
        if ( label.isEmpty() )
        {
          mLabelOf[i] = -2;
          continue;
        }
        const QPointF &p = canvasPoints.at( k );
        const int w = metrics.horizontalAdvance( label ) + 6;
        const QRectF box( p.x() + half + 1, p.y() - cellH / 2.0, w, cellH );
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
        LabelSlot slot;
        slot.sensor = i;
        slot.box = box;
        slot.maxRight = ( c1 + 1.0 ) * cellW;
        const int index = static_cast<int>( mLabels.size() );
        mLabelOf[i] = index;
        mLabels << slot;
        const QRect reserved = deviceRect( QRectF( box.left(), box.top(), slot.maxRight - box.left(), box.height() ) ) & all;
        for ( int ty = reserved.top() / kTileSize; ty <= reserved.bottom() / kTileSize && !reserved.isEmpty(); ++ty )
          for ( int tx = reserved.left() / kTileSize; tx <= reserved.right() / kTileSize; ++tx )
            mTileLabels[ty * mTilesX + tx] << index;
      }
      mLabelMark.fill( 0, static_cast<int>( mLabels.size() ) );
      QPainter painter( &mOverlay );
      painter.setFont( mLabelFont );
      for ( const LabelSlot &slot : std::as_const( mLabels ) )
        drawLabel( &painter, slot );
    }
    mOverlayValid = true;
  }

  void LiveLayer::redrawRect( const QRect &rect, QPainter *labels )
  {
    const QRect r = rect & mOverlay.rect();
    if ( r.isEmpty() )
      return;
    for ( int y = r.top(); y <= r.bottom(); ++y )
      std::memset( mOverlay.scanLine( y ) + static_cast<qsizetype>( r.left() ) * 4, 0, static_cast<size_t>( r.width() ) * 4 );
    // every symbol and label crossing the rectangle once, in drawing order
    ++mMarkStamp;
    QVector<int> symbols;
    QVector<int> slotsHere;
    for ( int ty = r.top() / kTileSize; ty <= r.bottom() / kTileSize; ++ty )
    {
      for ( int tx = r.left() / kTileSize; tx <= r.right() / kTileSize; ++tx )
      {
        const int t = ty * mTilesX + tx;
        for ( int i : mTileSymbols.at( t ) )
        {
          if ( mSymbolMark.at( i ) != mMarkStamp )
          {
            mSymbolMark[i] = mMarkStamp;
            symbols << i;
          }
        }
        for ( int slot : mTileLabels.at( t ) )
        {
          if ( mLabelMark.at( slot ) != mMarkStamp )
          {
            mLabelMark[slot] = mMarkStamp;
            slotsHere << slot;
          }
        }
      }
    }
    std::sort( symbols.begin(), symbols.end() );
    for ( int pass = 0; pass < 2; ++pass )
    {
      for ( int i : std::as_const( symbols ) )
      {
        const Sensor &s = mSensors.at( i );
        if ( ( s.state == feeds::SensorState::Alarm ) != ( pass == 1 ) )
          continue;
        const QRect stampAt = stampRect( i );
        blend( mOverlay, stamp( s.state, mKey.dpr ), stampAt.x(), stampAt.y(), r );
        mDrawnState[i] = static_cast<qint8>( stateIndex( s.state ) );
      }
    }
    if ( labels && !slotsHere.isEmpty() )
    {
      std::sort( slotsHere.begin(), slotsHere.end() );
      const qreal dpr = mKey.dpr;
      labels->setClipRect( QRectF( r.x() / dpr, r.y() / dpr, r.width() / dpr, r.height() / dpr ) );
      for ( int slot : std::as_const( slotsHere ) )
        drawLabel( labels, mLabels.at( slot ) );
    }
  }

  void LiveLayer::paint( QPainter *painter )
  {
    ++mPaints;
    const QPointF origin = pos();
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const double half = kStampSize / 2.0;
    const ViewKey key = currentKey( dpr );
    if ( !mOverlayValid || !( key == mKey ) )
      fullRedraw( key );
    else if ( !mDirtyTiles.isEmpty() )
    {
      QPainter labels;
      if ( mLabelsOn && labels.begin( &mOverlay ) )
        labels.setFont( mLabelFont );
      // neighbouring dirty tiles of a row make one rectangle: a symbol or label crossing them is drawn once
      std::sort( mDirtyTiles.begin(), mDirtyTiles.end() );
      for ( int k = 0; k < mDirtyTiles.size(); )
      {
        const int t = mDirtyTiles.at( k );
        int run = 1;
        while ( k + run < mDirtyTiles.size() && mDirtyTiles.at( k + run ) == t + run && ( t + run ) % mTilesX != 0 )
          ++run;
        for ( int j = 0; j < run; ++j )
          mTileFlags[t + j] &= ~1;
        redrawRect( QRect( ( t % mTilesX ) * kTileSize, ( t / mTilesX ) * kTileSize, run * kTileSize, kTileSize ), labels.isActive() ? &labels : nullptr );
        mTilesRedrawn += run;
        k += run;
      }
      mDirtyTiles.clear();
    }
    if ( mScreenTiles.isEmpty() && !mFullUpdatePending )
      mShownGeneration = mGeneration;
    mLastSymbols = mVisible;
    mLastLabels = mLabelsOn ? static_cast<int>( mLabels.size() ) : 0;
    if ( mVisible > 0 )
      painter->drawImage( -origin, mOverlay );

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
