// SPDX-License-Identifier: GPL-2.0-or-later
// The live layer's cached overlay (app/desktop/livelayer): an update repaints only what changed,
// never re-renders the base layers, shows the new colour at the sensor's pixel, and the patched
// overlay is the same picture as one drawn from scratch.

#include "livelayer.h"
#include "vigieqgistest.h"

#include <qgsapplication.h>
#include <qgscoordinatereferencesystem.h>
#include <qgsmapcanvas.h>

#include <QtTest>

using namespace vigie;

class TestLiveLayer : public QObject
{
  Q_OBJECT

private:
  QgsMapCanvas *mCanvas = nullptr;
  LiveLayer *mLayer = nullptr;
  int mRenders = 0;

  //! A grid of \a columns × \a rows sensors over the extent 0..1000 × 0..1000, 40 px apart on a 600 × 400 view.
  QVector<LiveLayer::Sensor> grid( int columns, int rows ) const
  {
    QVector<LiveLayer::Sensor> sensors;
    for ( int r = 0; r < rows; ++r )
    {
      for ( int c = 0; c < columns; ++c )
      {
        LiveLayer::Sensor s;
        s.id = QStringLiteral( "s-%1-%2" ).arg( c ).arg( r );
        s.point = QgsPointXY( 50 + c * 100, 950 - r * 100 );
        s.positioned = true;
        s.unit = QStringLiteral( "m" );
        sensors << s;
      }
    }
    return sensors;
  }

  static feeds::SensorInfo info( const QString &id, feeds::SensorState state, double value = 0, bool hasValue = false )
  {
    feeds::SensorInfo i;
    i.id = id;
    i.kind = feeds::SensorKind::Pressure;
    i.unit = QStringLiteral( "m" );
    i.layer = QStringLiteral( "water_junctions" );
    i.fid = 1;
    i.state = state;
    i.hasLastValue = hasValue;
    i.lastValue = value;
    return i;
  }

  QImage grab() const { return mCanvas->viewport()->grab().toImage().convertToFormat( QImage::Format_RGB32 ); }

  //! The colour left of the centre of \a id's symbol (alarm symbols have a dark core).
  QColor colourAt( const QImage &image, const QString &id ) const
  {
    const LiveLayer::Sensor *s = mLayer->sensor( id );
    const QPointF p = mLayer->toCanvasCoordinates( s->point );
    return image.pixelColor( QPoint( qRound( p.x() ) - 3, qRound( p.y() ) ) );
  }

  static bool sameColour( const QColor &a, const QColor &b )
  {
    return std::abs( a.red() - b.red() ) < 12 && std::abs( a.green() - b.green() ) < 12 && std::abs( a.blue() - b.blue() ) < 12;
  }

  void waitIdle()
  {
    QTRY_VERIFY_WITH_TIMEOUT( !mCanvas->isDrawing(), 10000 );
    QTest::qWait( 150 );
    QTRY_VERIFY_WITH_TIMEOUT( !mCanvas->isDrawing(), 10000 );
  }

private Q_SLOTS:
  void init()
  {
    mCanvas = new QgsMapCanvas();
    mCanvas->resize( 600, 400 );
    mCanvas->setDestinationCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:2154" ) ) );
    mCanvas->show();
    QVERIFY( QTest::qWaitForWindowExposed( mCanvas ) );
    mCanvas->setExtent( QgsRectangle( 0, 0, 1000, 1000 ) );
    mCanvas->refresh();
    waitIdle();
    mLayer = new LiveLayer( mCanvas );
    mRenders = 0;
    connect( mCanvas, &QgsMapCanvas::renderStarting, this, [this] { ++mRenders; } );
  }

  void cleanup()
  {
    delete mCanvas; // owns the item
    mCanvas = nullptr;
    mLayer = nullptr;
  }

  void updateRepaintsOnlyTheChangedSymbol()
  {
    mLayer->setSensors( grid( 10, 10 ) );
    mCanvas->viewport()->repaint();
    QImage before = grab();
    QVERIFY( sameColour( colourAt( before, QStringLiteral( "s-3-4" ) ), LiveLayer::stateColor( feeds::SensorState::Ok ) ) );
    const int full = mLayer->fullRedrawCount();
    const int paints = mLayer->paintCount();
    const int tiles = mLayer->tilesRedrawnCount();
    mRenders = 0;

    mLayer->updateSensors(
        { info( QStringLiteral( "s-3-4" ), feeds::SensorState::Alarm ), info( QStringLiteral( "s-7-1" ), feeds::SensorState::Stale ) } );
    QVERIFY( mLayer->shownGeneration() < mLayer->generation() );
    QTRY_VERIFY_WITH_TIMEOUT( mLayer->paintCount() > paints, 5000 );
    QTRY_COMPARE_WITH_TIMEOUT( mLayer->shownGeneration(), mLayer->generation(), 5000 );
    QCOMPARE( mRenders, 0 );                        // the base layers were not rendered again
    QCOMPARE( mLayer->fullRedrawCount(), full );    // the overlay was patched, not redrawn
    QVERIFY( mLayer->tilesRedrawnCount() > tiles ); // in a few tiles
    QVERIFY( mLayer->tilesRedrawnCount() - tiles <= 8 );

    // what the user sees: the new colours exactly there, the others unchanged
    const QImage after = grab();
    QVERIFY2( sameColour( colourAt( after, QStringLiteral( "s-3-4" ) ), LiveLayer::stateColor( feeds::SensorState::Alarm ) ),
              qPrintable( colourAt( after, QStringLiteral( "s-3-4" ) ).name() ) );
    QVERIFY( sameColour( colourAt( after, QStringLiteral( "s-7-1" ) ), LiveLayer::stateColor( feeds::SensorState::Stale ) ) );
    int changed = 0;
    for ( const LiveLayer::Sensor &s : grid( 10, 10 ) )
    {
      if ( s.id == QLatin1String( "s-3-4" ) || s.id == QLatin1String( "s-7-1" ) )
        continue;
      QVERIFY( sameColour( colourAt( after, s.id ), LiveLayer::stateColor( feeds::SensorState::Ok ) ) );
      changed += colourAt( after, s.id ) != colourAt( before, s.id );
    }
    QCOMPARE( changed, 0 );
  }

  void valueWithoutLabelCostsNoRepaint()
  {
    mLayer->setMaxLabels( 10 ); // 100 sensors in view: no labels
    mLayer->setSensors( grid( 10, 10 ) );
    mCanvas->viewport()->repaint();
    QTest::qWait( 100 );
    const int paints = mLayer->paintCount();
    mLayer->updateSensors( { info( QStringLiteral( "s-1-1" ), feeds::SensorState::Ok, 42, true ) } );
    QCOMPARE( mLayer->shownGeneration(), mLayer->generation() ); // nothing on screen to change
    QTest::qWait( 150 );
    QCOMPARE( mLayer->paintCount(), paints );
    QVERIFY( mLayer->sensor( QStringLiteral( "s-1-1" ) )->label().startsWith( QStringLiteral( "42" ) ) );
  }

  void patchedOverlayEqualsFullRedraw_data()
  {
    QTest::addColumn<int>( "maxLabels" );
    QTest::newRow( "symbols" ) << 10;
    QTest::newRow( "symbols and labels" ) << 1500;
  }

  void patchedOverlayEqualsFullRedraw()
  {
    QFETCH( int, maxLabels );
    mLayer->setMaxLabels( maxLabels );
    // crowded: 20 × 20 sensors 30 px apart, symbols and labels overlapping tile edges
    QVector<LiveLayer::Sensor> sensors;
    for ( int r = 0; r < 20; ++r )
      for ( int c = 0; c < 20; ++c )
      {
        LiveLayer::Sensor s;
        s.id = QStringLiteral( "c-%1-%2" ).arg( c ).arg( r );
        s.point = QgsPointXY( 20 + c * 48.7, 980 - r * 48.3 );
        s.positioned = true;
        s.unit = QStringLiteral( "m" );
        s.hasValue = true;
        s.value = 10 + c + r; // "12.0 m": the changes below keep the width
        sensors << s;
      }
    mLayer->setSensors( sensors );
    mCanvas->viewport()->repaint();
    const int full = mLayer->fullRedrawCount();
    // three rounds of changes: states and values (same width, so the labels stay in place)
    for ( int round = 0; round < 3; ++round )
    {
      QList<feeds::SensorInfo> changes;
      for ( int k = 0; k < 40; ++k )
      {
        const int i = ( k * 37 + round * 11 ) % sensors.size();
        const feeds::SensorState state = static_cast<feeds::SensorState>( ( k + round ) % 4 );
        changes << info( sensors.at( i ).id, state, 10 + ( k + round ) % 9 + 0.25, true );
      }
      mLayer->updateSensors( changes );
      QTRY_COMPARE_WITH_TIMEOUT( mLayer->shownGeneration(), mLayer->generation(), 5000 );
    }
    QCOMPARE( mLayer->fullRedrawCount(), full );
    const QImage patched = grab();
    // the same sensors drawn from scratch
    QVector<LiveLayer::Sensor> now;
    for ( const LiveLayer::Sensor &s : std::as_const( sensors ) )
      now << *mLayer->sensor( s.id );
    mLayer->setSensors( now );
    mCanvas->viewport()->repaint();
    QCOMPARE( mLayer->fullRedrawCount(), full + 1 );
    const QImage fresh = grab();
    QCOMPARE( patched.size(), fresh.size() );
    int differing = 0;
    for ( int y = 0; y < fresh.height(); ++y )
      for ( int x = 0; x < fresh.width(); ++x )
        differing += patched.pixel( x, y ) != fresh.pixel( x, y );
    QVERIFY2( differing == 0, qPrintable( QStringLiteral( "%1 pixels differ" ).arg( differing ) ) );
    QCOMPARE( mRenders, 0 );
  }

  void viewChangeRedrawsAtTheNewPlace()
  {
    mLayer->setSensors( grid( 3, 3 ) );
    mCanvas->viewport()->repaint();
    const int full = mLayer->fullRedrawCount();
    mCanvas->setExtent( QgsRectangle( 0, 500, 500, 1000 ) ); // zoom on the upper left quarter
    mCanvas->refresh();
    waitIdle();
    mCanvas->viewport()->repaint();
    QVERIFY( mLayer->fullRedrawCount() > full );
    const QImage image = grab();
    const QPointF p = mLayer->toCanvasCoordinates( mLayer->sensor( QStringLiteral( "s-1-1" ) )->point );
    QVERIFY( QRectF( 0, 0, 600, 400 ).contains( p ) );
    QVERIFY( sameColour( colourAt( image, QStringLiteral( "s-1-1" ) ), LiveLayer::stateColor( feeds::SensorState::Ok ) ) );
  }
};

VIGIE_QGIS_TEST_MAIN( TestLiveLayer )
#include "tst_livelayer.moc"
