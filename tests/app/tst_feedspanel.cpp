// SPDX-License-Identifier: GPL-2.0-or-later
// The live parts of the app, offscreen, on the Montpellier demo: the live layer over the map
// (sensor count, state colours, updates that do not re-render the base layers), the alarm
// list (acknowledge and clear persisted in the territory, click zooms to the asset), the
// history chart (raw values and 15-minute aggregates), the replay feed from the Feeds panel,
// binding an unbound sensor by clicking an asset, and MQTT credentials from the QGIS
// authentication manager.
#include "alarmspanel.h"
#include "demobuilder.h"
#include "feedsauth.h"
#include "feedshistorychart.h"
#include "feedspanel.h"
#include "feedsservice.h"
#include "livebindtool.h"
#include "livelayer.h"
#include "mainwindow.h"
#include "observationstore.h"
#include "pluginmanager.h"
#include "territorylayers.h"
#include "vigieqgistest.h"

#include <qgsapplication.h>
#include <qgsauthconfig.h>
#include <qgsauthmanager.h>
#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDirIterator>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

#include <algorithm>
#include <functional>
#include <memory>

using namespace vigie;

class TestFeedsPanel : public vigie::test::Test
{
  Q_OBJECT
private:
  std::unique_ptr<PluginManager> mPlugins;
  std::unique_ptr<MainWindow> mWindow;
  QString mDemoPath;
  FeedsPanel *mPanel = nullptr;
  AlarmsPanel *mAlarms = nullptr;
  FeedsHistoryChart *mHistory = nullptr;
  FeedsService *mService = nullptr;
  QgsVectorLayer *mLamps = nullptr;
  QList<qint64> mLampFids;
  QgsRectangle mLampsExtent;

  //! Runs \a work with the app's store on its worker thread; fails the test on error.
  bool onWorker( const std::function<bool( feeds::ObservationStore *, QString * )> &work, QString *error )
  {
    bool ok = false;
    mService->runOnWorker( [&]( feeds::ObservationStore *store ) { ok = store && work( store, error ); } );
    return ok;
  }

  //! Canvas pixel of the lamp with feature id \a fid.
  QPointF pixelOf( qint64 fid ) const
  {
    QgsFeature feature;
    mLamps->getFeatures( QgsFeatureRequest( fid ) ).nextFeature( feature );
    const QgsPointXY p = mWindow->mapCanvas()->mapSettings().layerToMapCoordinates( mLamps, feature.geometry().asPoint() );
    return mWindow->mapCanvas()->getCoordinateTransform()->transform( p ).toQPointF();
  }

  QList<feeds::Observation> values( const QString &sensor, double base, int count, const QDateTime &start, int stepSeconds ) const
  {
    QList<feeds::Observation> list;
    for ( int i = 0; i < count; ++i )
    {
      feeds::Observation o;
      o.sensorId = sensor;
      o.time = start.addSecs( static_cast<qint64>( i ) * stepSeconds );
      o.value = base + i % 7;
      o.unit = QStringLiteral( "W" );
      o.quantity = QStringLiteral( "power" );
      list << o;
    }
    return list;
  }

  struct Answer
  {
    QString action;
    bool ok = false;
    QString message;
  };
  QList<Answer> mAnswers; //!< FeedsService::actionFinished, in order

  //! Waits for the next answer of the worker to \a action; false on timeout.
  bool waitAnswer( const QString &action, Answer *answer, int timeoutMs = 5000 )
  {
    QElapsedTimer timer;
    timer.start();
    while ( timer.elapsed() < timeoutMs )
    {
      for ( int i = 0; i < mAnswers.size(); ++i )
      {
        if ( mAnswers.at( i ).action == action )
        {
          *answer = mAnswers.takeAt( i );
          return true;
        }
      }
      QTest::qWait( 20 );
    }
    return false;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QSettings::setPath( QSettings::NativeFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
    QSettings::setPath( QSettings::IniFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
    QSettings( QStringLiteral( "Vigie" ), QStringLiteral( "vigie" ) ).clear();
    mPlugins = std::make_unique<PluginManager>();
    mPlugins->loadFrom( { vigie::test::pluginDirectory() } );
    QVERIFY2( !mPlugins->plugins().isEmpty(), "domain plugins are built" );
    mDemoPath = tempPath( QStringLiteral( "démo live.gpkg" ) );
    QString error;
    QVERIFY2( DemoBuilder::build( QStringLiteral( "montpellier" ), mDemoPath, mPlugins->plugins(), vigie::test::demoSourcePath(), &error ),
              qPrintable( error ) );

    mWindow = std::make_unique<MainWindow>( *mPlugins );
    mWindow->setErrorDialogsEnabled( false );
    mWindow->setPersistSettings( false );
    mWindow->resize( 1400, 900 );
    mWindow->show();
    QVERIFY( QTest::qWaitForWindowExposed( mWindow.get() ) );
    mPanel = mWindow->findChild<FeedsPanel *>( QStringLiteral( "feedsPanel" ) );
    mAlarms = mWindow->findChild<AlarmsPanel *>( QStringLiteral( "alarmsPanel" ) );
    mHistory = mWindow->findChild<FeedsHistoryChart *>( QStringLiteral( "historyChart" ) );
    QVERIFY( mPanel && mAlarms && mHistory );
    QVERIFY2( !mPanel->autoReplay(), "no replay started by itself offscreen" );
    mService = mPanel->service();
    mService->setUpdateInterval( 100 );
    mService->setRetentionSchedule( 10000, 0 ); // the history tests store 2024 values: no automatic retention here (tst_feedsretention)
    connect( mService, &FeedsService::actionFinished, this,
             [this]( const QString &action, bool ok, const QString &message ) {
               mAnswers << Answer{ action, ok, message };
             } );

    bool opened = false;
    QString openError;
    QObject guard;
    connect( mService, &FeedsService::opened, &guard,
             [&]( bool ok, const QString &message )
             {
               opened = true;
               openError = ok ? QString() : message;
             } );
    QVERIFY( mWindow->openTerritory( mDemoPath, &error ) );
    QTRY_VERIFY_WITH_TIMEOUT( opened, 10000 );
    QVERIFY2( openError.isEmpty(), qPrintable( openError ) );
    mLamps = TerritoryLayers::layer( mWindow->project(), QStringLiteral( "lighting:luminaires" ) );
    QVERIFY( mLamps );
    // 40 lamps close to each other near the middle of the view, and a view where they are apart
    const QgsRectangle middle = mWindow->mapCanvas()->extent().buffered( -mWindow->mapCanvas()->extent().width() / 3 );
    QgsFeature feature;
    QVERIFY( mLamps
                 ->getFeatures( QgsFeatureRequest().setNoAttributes().setFilterRect(
                     mWindow->mapCanvas()->mapSettings().mapToLayerCoordinates( mLamps, middle ) ) )
                 .nextFeature( feature ) );
    const QgsPointXY seed = feature.geometry().asPoint();
    QList<QPair<double, qint64>> near;
    QgsFeatureIterator it = mLamps->getFeatures( QgsFeatureRequest().setNoAttributes() );
    while ( it.nextFeature( feature ) )
      near << qMakePair( feature.geometry().asPoint().sqrDist( seed ), feature.id() );
    std::sort( near.begin(), near.end() );
    QgsRectangle box;
    for ( int i = 0; i < 40 && i < near.size(); ++i )
    {
      mLampFids << near.at( i ).second;
      mLamps->getFeatures( QgsFeatureRequest( near.at( i ).second ) ).nextFeature( feature );
      const QgsPointXY p = mWindow->mapCanvas()->mapSettings().layerToMapCoordinates( mLamps, feature.geometry().asPoint() );
      if ( box.isNull() )
        box = QgsRectangle( p, p );
      else
        box.combineExtentWith( p.x(), p.y() );
    }
    box.scale( 1.2 );
    mLampsExtent = box;
    QCOMPARE( mLampFids.size(), 40 );
  }

  void cleanupTestCase() { mWindow.reset(); }

  void liveLayerShowsSensorsWithStateColours()
  {
    // 40 sensors on 40 lamps, ten in each state
    const QList<feeds::SensorState> states = { feeds::SensorState::Ok, feeds::SensorState::Alarm, feeds::SensorState::Stale,
                                               feeds::SensorState::Offline };
    QString error;
    QVERIFY2( onWorker(
                  [&]( feeds::ObservationStore *store, QString *e )
                  {
                    QList<feeds::SensorInfo> sensors;
                    for ( int i = 0; i < mLampFids.size(); ++i )
                    {
                      feeds::SensorInfo info;
                      info.id = QStringLiteral( "test-lamp-%1" ).arg( i );
                      info.kind = feeds::SensorKind::Power;
                      info.layer = QStringLiteral( "lighting_luminaires" );
                      info.fid = mLampFids.at( i );
                      sensors << info;
                    }
                    if ( !store->registerSensors( sensors, e ) )
                      return false;
                    feeds::StoreResult result;
                    QList<feeds::Observation> all;
                    for ( int i = 0; i < mLampFids.size(); ++i )
                      all << values( QStringLiteral( "test-lamp-%1" ).arg( i ), 40 + i, 1, QDateTime::currentDateTimeUtc().addSecs( -60 ),
                                     60 );
                    if ( !store->store( all, &result, e ) )
                      return false;
                    for ( int i = 0; i < mLampFids.size(); ++i )
                    {
                      if ( !store->setSensorState( QStringLiteral( "test-lamp-%1" ).arg( i ), states.at( i % 4 ), e ) )
                        return false;
                    }
                    return true;
                  },
                  &error ),
              qPrintable( error ) );
    LiveLayer *layer = mPanel->liveLayer();
    // the demo may hold other sensors (the replay week stored at build time): count the test's own
    const auto testSensors = [layer]( int state )
    {
      int n = 0;
      for ( int i = 0; i < 40; ++i )
      {
        const LiveLayer::Sensor *s = layer->sensor( QStringLiteral( "test-lamp-%1" ).arg( i ) );
        n += s && s->positioned && ( state < 0 || static_cast<int>( s->state ) == state ) ? 1 : 0;
      }
      return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT( testSensors( -1 ), 40, 5000 );
    QTRY_COMPARE_WITH_TIMEOUT( testSensors( static_cast<int>( feeds::SensorState::Alarm ) ), 10, 5000 );
    for ( feeds::SensorState state : states )
      QCOMPARE( testSensors( static_cast<int>( state ) ), 10 );
    QVERIFY( mPanel->sensorModel()->rowCount() >= 40 );

    // what the user sees: the symbol's colour at each lamp's pixel (left of the centre: alarms have a dark core)
    mWindow->mapCanvas()->setExtent( mLampsExtent );
    mWindow->mapCanvas()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT( !mWindow->mapCanvas()->isDrawing(), 10000 );
    QTest::qWait( 100 );
    QTRY_VERIFY_WITH_TIMEOUT( !mWindow->mapCanvas()->isDrawing(), 10000 );
    mWindow->mapCanvas()->viewport()->repaint();
    const QImage image = mWindow->mapCanvas()->viewport()->grab().toImage();
    if ( qEnvironmentVariableIsSet( "VIGIE_TEST_DUMP" ) )
    {
      image.save( QStringLiteral( "/tmp/fgui/colours.png" ) );
      qDebug() << "lamp 0 at" << pixelOf( mLampFids.at( 0 ) ) << "image" << image.size() << "dpr" << image.devicePixelRatio();
    }
    QVERIFY( layer->lastPaintedSymbols() >= 40 );
    for ( int i = 0; i < mLampFids.size(); ++i )
    {
      const QPointF p = pixelOf( mLampFids.at( i ) );
      const LiveLayer::Sensor *sensor = layer->sensor( QStringLiteral( "test-lamp-%1" ).arg( i ) );
      QVERIFY( sensor && sensor->positioned );
      QCOMPARE( sensor->state, states.at( i % 4 ) );
      const QColor expected = LiveLayer::stateColor( states.at( i % 4 ) );
      // another symbol may overlap this one: accept the colour of any sensor drawn there, but it must be a state colour
      const QColor seen = image.pixelColor( QPoint( qRound( p.x() - 3 ), qRound( p.y() ) ) );
      bool isStateColour = false;
      for ( feeds::SensorState s : states )
      {
        const QColor c = LiveLayer::stateColor( s );
        isStateColour = isStateColour || ( std::abs( c.red() - seen.red() ) < 12 && std::abs( c.green() - seen.green() ) < 12 &&
                                           std::abs( c.blue() - seen.blue() ) < 12 );
      }
      QVERIFY2(
          isStateColour,
          qPrintable( QStringLiteral( "lamp %1: %2 is no state colour (expected %3)" ).arg( i ).arg( seen.name(), expected.name() ) ) );
    }
    // a lone sensor shows exactly its own colour
    int exact = 0;
    for ( int i = 0; i < mLampFids.size(); ++i )
    {
      const QPointF p = pixelOf( mLampFids.at( i ) );
      const QColor seen = image.pixelColor( QPoint( qRound( p.x() - 3 ), qRound( p.y() ) ) );
      const QColor expected = LiveLayer::stateColor( states.at( i % 4 ) );
      exact += std::abs( expected.red() - seen.red() ) < 12 && std::abs( expected.green() - seen.green() ) < 12 &&
               std::abs( expected.blue() - seen.blue() ) < 12;
    }
    QVERIFY2( exact >= 30, qPrintable( QStringLiteral( "%1 of 40 symbols in their own colour" ).arg( exact ) ) );
  }

  //! The sensor table takes new values at once but tells its views at most every kNotifyMs, in one
  //! dataChanged() covering every changed row (its repaint stays out of the live map's frame).
  void sensorTableNotificationsCoalesced()
  {
    LiveSensorModel model;
    QList<feeds::SensorInfo> sensors;
    for ( int i = 0; i < 5; ++i )
    {
      feeds::SensorInfo s;
      s.id = QStringLiteral( "coalesce-%1" ).arg( i );
      s.kind = feeds::SensorKind::Pressure;
      s.hasLastValue = true;
      s.lastValue = i;
      sensors << s;
    }
    QSignalSpy inserted( &model, &QAbstractItemModel::rowsInserted );
    model.apply( sensors, true );
    QCOMPARE( model.rowCount(), 5 );
    QSignalSpy changed( &model, &QAbstractItemModel::dataChanged );
    QElapsedTimer clock;
    clock.start();
    for ( int round = 1; round <= 3; ++round )
    {
      QList<feeds::SensorInfo> update{ sensors.at( round ) };
      update.first().lastValue = 100 + round;
      model.apply( update, false );
      // the row holds the new value at once
      QVERIFY( model.data( model.index( round, LiveSensorModel::ValueColumn ) ).toString().contains( QString::number( 100 + round ) ) );
    }
    QVERIFY( model.changesPending() );
    QCOMPARE( changed.count(), 0 );
    QVERIFY( changed.wait( 2000 ) );
    QVERIFY2( clock.elapsed() >= LiveSensorModel::kNotifyMs - 20, qPrintable( QString::number( clock.elapsed() ) ) );
    QCOMPARE( changed.count(), 1 );
    const QList<QVariant> args = changed.takeFirst();
    QCOMPARE( args.at( 0 ).toModelIndex().row(), 1 );
    QCOMPARE( args.at( 1 ).toModelIndex().row(), 3 );
    QVERIFY( !model.changesPending() );
    QTest::qWait( LiveSensorModel::kNotifyMs + 50 );
    QCOMPARE( changed.count(), 0 ); // nothing more without new values
  }

  void updateDoesNotRerenderBaseLayers()
  {
    QgsMapCanvas *canvas = mWindow->mapCanvas();
    canvas->refresh();
    QTRY_VERIFY_WITH_TIMEOUT( !canvas->isDrawing(), 10000 );
    QTest::qWait( 200 );
    QTRY_VERIFY_WITH_TIMEOUT( !canvas->isDrawing(), 10000 );
    int renders = 0;
    QObject guard; // the counter lives as long as this test function
    connect( canvas, &QgsMapCanvas::renderStarting, &guard, [&renders] { ++renders; } );
    LiveLayer *layer = mPanel->liveLayer();
    const int paintsBefore = layer->paintCount();
    const QString before = layer->sensor( QStringLiteral( "test-lamp-0" ) )->label();
    QString error;
    QVERIFY2( onWorker(
                  [&]( feeds::ObservationStore *store, QString *e )
                  {
                    feeds::StoreResult result;
                    QList<feeds::Observation> all;
                    for ( int i = 0; i < 40; ++i )
                      all << values( QStringLiteral( "test-lamp-%1" ).arg( i ), 100 + i, 1, QDateTime::currentDateTimeUtc(), 1 );
                    return store->store( all, &result, e );
                  },
                  &error ),
              qPrintable( error ) );
    QTRY_VERIFY_WITH_TIMEOUT( layer->sensor( QStringLiteral( "test-lamp-0" ) )->label() != before, 5000 );
    QTRY_VERIFY_WITH_TIMEOUT( layer->paintCount() > paintsBefore, 5000 );
    QTest::qWait( 300 );
    QCOMPARE( renders, 0 ); // the base layers were not rendered again
    QVERIFY( !canvas->isDrawing() );
    QVERIFY( layer->sensor( QStringLiteral( "test-lamp-0" ) )->label().startsWith( QStringLiteral( "100" ) ) );
    // a real refresh does render: the counter works
    canvas->refresh();
    QTRY_VERIFY_WITH_TIMEOUT( renders > 0, 5000 );
    QTRY_VERIFY_WITH_TIMEOUT( !canvas->isDrawing(), 10000 );
  }

  void alarmAcknowledgeAndClearPersist()
  {
    QString error;
    qint64 alarmId = 0;
    QVERIFY2( onWorker(
                  [&]( feeds::ObservationStore *store, QString *e )
                  {
                    feeds::AlarmRule rule;
                    rule.name = QStringLiteral( "lamp overload" );
                    rule.type = feeds::AlarmRuleType::Above;
                    rule.sensorId = QStringLiteral( "test-lamp-5" );
                    rule.threshold = 500;
                    rule.severity = feeds::AlarmSeverity::Critical;
                    if ( !store->alarms()->addRule( rule, e ) )
                      return false;
                    feeds::StoreResult result;
                    QList<feeds::Observation> list =
                        values( QStringLiteral( "test-lamp-5" ), 900, 1, QDateTime::currentDateTimeUtc().addSecs( 1 ), 1 );
                    if ( !store->store( list, &result, e ) )
                      return false;
                    const QList<feeds::Alarm> alarms = store->alarms()->alarms();
                    for ( const feeds::Alarm &a : alarms )
                      if ( a.sensorId == QLatin1String( "test-lamp-5" ) )
                        alarmId = a.id;
                    return alarmId > 0;
                  },
                  &error ),
              qPrintable( error ) );
    QTRY_VERIFY_WITH_TIMEOUT( mAlarms->rowOf( alarmId ) >= 0, 5000 );
    QTableWidget *table = mAlarms->table();
    const int row = mAlarms->rowOf( alarmId );
    QVERIFY( table->item( row, 0 )->text().contains( QStringLiteral( "Critical" ) ) );
    QVERIFY( table->item( row, 2 )->text().contains( QStringLiteral( "lighting_luminaires" ) ) );
    table->selectRow( row );
    mAlarms->setUserName( QStringLiteral( "Opérateur Test" ) );
    mAnswers.clear();
    Answer answer;
    QVERIFY( mAlarms->acknowledgeSelected() );
    QVERIFY( waitAnswer( QStringLiteral( "acknowledge" ), &answer ) );
    QVERIFY2( answer.ok, qPrintable( answer.message ) );
    {
      // read back from the file with a connection of its own
      std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( mDemoPath, &error );
      QVERIFY2( store, qPrintable( error ) );
      feeds::Alarm alarm;
      QVERIFY( store->alarms()->alarm( alarmId, &alarm ) );
      QCOMPARE( alarm.state, feeds::AlarmState::Acknowledged );
      QCOMPARE( alarm.acknowledgedBy, QStringLiteral( "Opérateur Test" ) );
    }
    QTRY_VERIFY_WITH_TIMEOUT( table->item( mAlarms->rowOf( alarmId ), 5 )->text().contains( QStringLiteral( "Acknowledged" ) ), 5000 );
    table->selectRow( mAlarms->rowOf( alarmId ) );
    QVERIFY( mAlarms->clearSelected() );
    QVERIFY( waitAnswer( QStringLiteral( "clear" ), &answer ) );
    QVERIFY2( answer.ok, qPrintable( answer.message ) );
    {
      std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( mDemoPath, &error );
      QVERIFY2( store, qPrintable( error ) );
      feeds::Alarm alarm;
      QVERIFY( store->alarms()->alarm( alarmId, &alarm ) );
      QCOMPARE( alarm.state, feeds::AlarmState::Cleared );
      QCOMPARE( alarm.clearedBy, QStringLiteral( "Opérateur Test" ) );
    }
    // cleared alarms leave the list unless asked for
    QTRY_COMPARE_WITH_TIMEOUT( mAlarms->rowOf( alarmId ), -1, 5000 );
    mAlarms->setShowCleared( true );
    QVERIFY( mAlarms->rowOf( alarmId ) >= 0 );
    // an empty operator name is refused, nothing changes
    mAlarms->setUserName( QString() );
    table->selectRow( mAlarms->rowOf( alarmId ) );
    QSignalSpy refused( mAlarms, &AlarmsPanel::errorOccurred );
    QVERIFY( !mAlarms->clearSelected() );
    QCOMPARE( refused.size(), 1 );
    mAlarms->setShowCleared( false );
    mAlarms->setUserName( QStringLiteral( "Opérateur Test" ) );
  }

  void clickOnAlarmZoomsToAsset()
  {
    QString error;
    qint64 alarmId = 0;
    QVERIFY2( onWorker(
                  [&]( feeds::ObservationStore *store, QString *e )
                  {
                    feeds::StoreResult result;
                    if ( !store->store( values( QStringLiteral( "test-lamp-5" ), 950, 1, QDateTime::currentDateTimeUtc().addSecs( 2 ), 1 ),
                                        &result, e ) )
                      return false;
                    for ( const feeds::Alarm &a : store->alarms()->alarms() )
                      if ( a.sensorId == QLatin1String( "test-lamp-5" ) )
                        alarmId = a.id;
                    return alarmId > 0;
                  },
                  &error ),
              qPrintable( error ) );
    QgsMapCanvas *canvas = mWindow->mapCanvas();
    canvas->zoomToFullExtent();
    const QgsRectangle full = canvas->extent();
    QTRY_VERIFY_WITH_TIMEOUT( mAlarms->rowOf( alarmId ) >= 0, 5000 );
    QTableWidget *table = mAlarms->table();
    const QRect cell = table->visualItemRect( table->item( mAlarms->rowOf( alarmId ), 1 ) );
    QSignalSpy selected( mAlarms, &AlarmsPanel::sensorSelected );
    QTest::mouseClick( table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center() );
    QCOMPARE( selected.size(), 1 );
    QCOMPARE( selected.first().at( 0 ).toString(), QStringLiteral( "test-lamp-5" ) );
    QgsFeature feature;
    mLamps->getFeatures( QgsFeatureRequest( mLampFids.at( 5 ) ) ).nextFeature( feature );
    const QgsPointXY lamp = canvas->mapSettings().layerToMapCoordinates( mLamps, feature.geometry().asPoint() );
    QVERIFY( canvas->extent().contains( lamp ) );
    QVERIFY2( canvas->extent().width() < full.width() / 10, "zoomed in on the asset" );
    QCOMPARE( mPanel->selectedSensor(), QStringLiteral( "test-lamp-5" ) ); // the alarm's sensor is charted
    canvas->zoomToFullExtent();
  }

  void historyChartMatchesObservations_data()
  {
    QTest::addColumn<int>( "days" );
    QTest::addColumn<bool>( "aggregated" );
    QTest::newRow( "one day: raw values" ) << 1 << false;
    QTest::newRow( "ten days: 15-minute aggregates" ) << 10 << true;
  }

  void historyChartMatchesObservations()
  {
    QFETCH( int, days );
    QFETCH( bool, aggregated );
    const QString sensor = QStringLiteral( "test-lamp-7" );
    const QDateTime end = QDateTime( QDate( 2024, 3, 20 ), QTime( 0, 0 ), Qt::UTC );
    QString error;
    static bool stored = false;
    if ( !stored )
    {
      // 12 days of readings every 10 minutes
      QVERIFY2( onWorker(
                    [&]( feeds::ObservationStore *store, QString *e )
                    {
                      feeds::StoreResult result;
                      return store->store( values( sensor, 50, 12 * 144, end.addDays( -12 ), 600 ), &result, e );
                    },
                    &error ),
                qPrintable( error ) );
      stored = true;
    }
    const QDateTime from = end.addDays( -days );
    int loaded = 0;
    QObject guard; // the counter lives as long as this test function
    connect( mHistory, &FeedsHistoryChart::loaded, &guard, [&loaded] { ++loaded; } );
    mHistory->showSensor( sensor, from, end );
    QTRY_VERIFY_WITH_TIMEOUT( loaded > 0 && mHistory->sensorId() == sensor, 5000 );
    QCOMPARE( mHistory->isAggregated(), aggregated );
    std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( mDemoPath, &error );
    QVERIFY2( store, qPrintable( error ) );
    const QList<feeds::Observation> raw = store->observations( sensor, from, end );
    QVERIFY( !raw.isEmpty() );
    if ( !aggregated )
    {
      QCOMPARE( mHistory->seriesCount(), 1 );
      QCOMPARE( mHistory->pointCount(), raw.size() );
    }
    else
    {
      QSet<qint64> buckets;
      for ( const feeds::Observation &o : raw )
        buckets.insert( o.time.toMSecsSinceEpoch() / ( 15 * 60 * 1000 ) );
      QCOMPARE( mHistory->seriesCount(), 2 ); // min-max band and mean
      QCOMPARE( mHistory->pointCount(), buckets.size() );
    }
    // zooming with the wheel narrows the range and queries again
    const qint64 span = mHistory->from().secsTo( mHistory->to() );
    loaded = 0;
    QWheelEvent wheel( QPointF( mHistory->width() / 2.0, mHistory->height() / 2.0 ),
                       mHistory->mapToGlobal( QPoint( mHistory->width() / 2, mHistory->height() / 2 ) ), QPoint(), QPoint( 0, 120 ),
                       Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false );
    QApplication::sendEvent( mHistory->viewport(), &wheel );
    QTRY_VERIFY_WITH_TIMEOUT( loaded > 0, 5000 );
    QVERIFY( mHistory->from().secsTo( mHistory->to() ) < span );
  }

  void bindUnboundSensorOnMap()
  {
    const QString sensor = QStringLiteral( "stray-device-1" );
    QString error;
    QVERIFY2( onWorker(
                  [&]( feeds::ObservationStore *store, QString *e )
                  {
                    feeds::StoreResult result;
                    if ( !store->store( values( sensor, 10, 1, QDateTime::currentDateTimeUtc(), 1 ), &result, e ) )
                      return false;
                    return result.unboundRegistered == 1;
                  },
                  &error ),
              qPrintable( error ) );
    QTRY_VERIFY_WITH_TIMEOUT( mPanel->liveLayer()->sensor( sensor ), 5000 );
    QVERIFY( !mPanel->liveLayer()->sensor( sensor )->positioned ); // listed apart, not on the map
    QVERIFY( mPanel->sensorModel()->rowOf( sensor ) >= 0 );

    QgsMapCanvas *canvas = mWindow->mapCanvas();
    const qint64 fid = mLampFids.at( 20 );
    LivePositions::zoomToAsset( canvas, mWindow->project(), QStringLiteral( "lighting:luminaires" ), fid );
    QTRY_VERIFY_WITH_TIMEOUT( !canvas->isDrawing(), 10000 );
    mPanel->selectSensor( sensor );
    mPanel->startBinding( sensor );
    QCOMPARE( canvas->mapTool(), static_cast<QgsMapTool *>( mPanel->bindTool() ) );
    const QPoint click = pixelOf( fid ).toPoint();
    QString layer;
    qint64 picked = -1;
    QVERIFY( mPanel->bindTool()->assetAt( click, &layer, &picked ) );
    mAnswers.clear();
    QTest::mouseClick( canvas->viewport(), Qt::LeftButton, Qt::NoModifier, click );
    Answer answer;
    QVERIFY( waitAnswer( QStringLiteral( "bind" ), &answer ) );
    QVERIFY2( answer.ok, qPrintable( answer.message ) );
    QVERIFY( canvas->mapTool() != static_cast<QgsMapTool *>( mPanel->bindTool() ) );
    QTRY_VERIFY_WITH_TIMEOUT( mPanel->liveLayer()->sensor( sensor )->positioned, 5000 );
    std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( mDemoPath, &error );
    feeds::SensorInfo info;
    QVERIFY( store && store->sensor( sensor, &info ) );
    QCOMPARE( info.fid, picked );
    QVERIFY( info.isBound() );
    canvas->zoomToFullExtent();
  }

  void replayFeedStoresAndCountersMove()
  {
    std::unique_ptr<feeds::ObservationStore> reader;
    QString error;
    reader = feeds::ObservationStore::open( mDemoPath, &error );
    QVERIFY2( reader, qPrintable( error ) );
    const qint64 before = reader->count();
    reader.reset();
    mPanel->setReplaySpeed( 3600 );
    mAnswers.clear();
    mPanel->startReplay();
    Answer answer;
    QVERIFY( waitAnswer( QStringLiteral( "replay" ), &answer, 60000 ) );
    QVERIFY2( answer.ok, qPrintable( answer.message ) );
    QTRY_VERIFY_WITH_TIMEOUT( mService->feed( QStringLiteral( "replay" ) ).observations > 0, 15000 );
    QVERIFY( mService->feed( QStringLiteral( "replay" ) ).running );
    // the panel shows the counters moving
    QTRY_VERIFY_WITH_TIMEOUT( mPanel->feedTable()->item( 0, 4 )->text() != QStringLiteral( "0" ), 5000 );
    const qint64 first = mService->feed( QStringLiteral( "replay" ) ).messages;
    QTRY_VERIFY_WITH_TIMEOUT( mService->feed( QStringLiteral( "replay" ) ).messages > first, 10000 );
    QVERIFY( mPanel->feedTable()->item( 0, 1 )->text().contains( QStringLiteral( "Running" ) ) );
    // the replay's sensors reach the map
    QTRY_VERIFY_WITH_TIMEOUT( mPanel->liveLayer()->positionedCount() > 100, 10000 );
    mPanel->stopReplay();
    QTRY_VERIFY_WITH_TIMEOUT( !mService->feed( QStringLiteral( "replay" ) ).running, 5000 );
    reader = feeds::ObservationStore::open( mDemoPath, &error );
    QVERIFY2( reader, qPrintable( error ) );
    QVERIFY( reader->count() > before ); // stored in the territory through the decode-and-store path
  }

  void mqttCredentialsFromAuthManager()
  {
    QgsAuthManager *manager = QgsApplication::authManager();
    QVERIFY( manager );
    if ( manager->isDisabled() )
      QSKIP( "QGIS authentication manager disabled in this build (no QCA)" );
    manager->setPasswordHelperEnabled( false );
    QVERIFY( manager->setMasterPassword( QStringLiteral( "test master" ), true ) );
    QgsAuthMethodConfig config;
    config.setName( QStringLiteral( "broker" ) );
    config.setMethod( QStringLiteral( "Basic" ) );
    config.setConfig( QStringLiteral( "username" ), QStringLiteral( "vigie" ) );
    config.setConfig( QStringLiteral( "password" ), QStringLiteral( "s3cret é" ) );
    QVERIFY( manager->storeAuthenticationConfig( config ) );
    const QString id = config.id();
    QVERIFY( !id.isEmpty() );

    const QString path = tempPath( QStringLiteral( "feed with authcfg.json" ) );
    QFile file( path );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write(
        QStringLiteral( "{\"name\": \"water\", \"broker\": \"mqtt://127.0.0.1:1\", \"topics\": [\"scada/#\"], \"authcfg\": \"%1\"}" )
            .arg( id )
            .toUtf8() );
    file.close();
    feeds::FeedConfig feed;
    QString authcfg;
    QString error;
    QVERIFY2( FeedsAuth::loadFeedConfig( path, &feed, &authcfg, &error ), qPrintable( error ) );
    QCOMPARE( authcfg, id );
    QCOMPARE( feed.topics, QStringList{ QStringLiteral( "scada/#" ) } );
    QString user, password;
    QVERIFY2( FeedsAuth::credentials( authcfg, &user, &password, &error ), qPrintable( error ) );
    QCOMPARE( user, QStringLiteral( "vigie" ) );
    QCOMPARE( password, QStringLiteral( "s3cret é" ) );

    // the feed added through the panel (remembered in the settings, journaled next to the territory):
    // the password is in no file written for it, in no encoding (the broker at port 1 never answers)
    QVERIFY2( mPanel->addMqttFeed( path, &error ), qPrintable( error ) );
    const QString feedId = QFileInfo( path ).absoluteFilePath();
    QTRY_VERIFY_WITH_TIMEOUT( mService->feed( feedId ).running, 5000 );
    QSettings settings( QStringLiteral( "Vigie" ), QStringLiteral( "vigie" ) );
    settings.sync();
    const QString settingsFile = settings.fileName();
    const QList<QByteArray> secrets = { QStringLiteral( "s3cret" ).toUtf8(), password.toUtf8(),
                                        QByteArray( reinterpret_cast<const char *>( QStringLiteral( "s3cret" ).utf16() ), 12 ) };
    auto readAll = []( const QString &name )
    {
      QFile f( name );
      return f.open( QIODevice::ReadOnly ) ? f.readAll() : QByteArray();
    };
    // the files this feed may have touched must exist and be read, else the check proves nothing
    const QByteArray territoryBytes = readAll( mDemoPath );
    QVERIFY2( territoryBytes.startsWith( "SQLite format 3" ), qPrintable( mDemoPath ) );
    const QByteArray settingsBytes = readAll( settingsFile );
    QVERIFY2( settingsBytes.contains( QFileInfo( path ).fileName().toUtf8() ) || settingsBytes.contains( "authcfg" ),
              qPrintable( QStringLiteral( "%1 does not list the feed: %2" ).arg( settingsFile, QString::fromUtf8( settingsBytes ) ) ) );
    QVERIFY( readAll( path ).contains( id.toUtf8() ) );
    QStringList scanned;
    for ( const QString &name : QStringList{ mDemoPath, mDemoPath + QStringLiteral( "-wal" ), settingsFile, path } )
    {
      const QByteArray bytes = readAll( name );
      for ( const QByteArray &secret : secrets )
        QVERIFY2( !bytes.contains( secret ), qPrintable( QStringLiteral( "password in clear in %1" ).arg( name ) ) );
      if ( !bytes.isEmpty() )
        scanned << name;
    }
    // and in nothing else written under the test folder (journal, Paho persistence, logs)
    QDirIterator files( QFileInfo( mDemoPath ).absolutePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories );
    while ( files.hasNext() )
    {
      const QString name = files.next();
      const QByteArray bytes = readAll( name );
      for ( const QByteArray &secret : secrets )
        QVERIFY2( !bytes.contains( secret ), qPrintable( QStringLiteral( "password in clear in %1" ).arg( name ) ) );
      scanned << name;
    }
    QVERIFY2( scanned.contains( mDemoPath ) && scanned.contains( settingsFile ), qPrintable( scanned.join( QLatin1Char( ',' ) ) ) );
    mPanel->removeMqttFeed( feedId );
    QTRY_VERIFY_WITH_TIMEOUT( !mService->feed( feedId ).running, 5000 );

    // unknown id, password in the file, bad authcfg type: clear errors
    QVERIFY( !FeedsAuth::credentials( QStringLiteral( "nope123" ), &user, &password, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "nope123" ) ), qPrintable( error ) );
    QVERIFY( file.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
    file.write( "{\"broker\": \"mqtt://127.0.0.1:1\", \"topics\": [\"a\"], \"password\": \"x\"}" );
    file.close();
    QVERIFY( !FeedsAuth::loadFeedConfig( path, &feed, &authcfg, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "password" ) ), qPrintable( error ) );
    QVERIFY( file.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
    file.write( "{\"broker\": \"mqtt://127.0.0.1:1\", \"topics\": [\"a\"], \"authcfg\": 12}" );
    file.close();
    QVERIFY( !FeedsAuth::loadFeedConfig( path, &feed, &authcfg, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "authcfg" ) ), qPrintable( error ) );
  }
};

VIGIE_QGIS_TEST_MAIN( TestFeedsPanel )
#include "tst_feedspanel.moc"
