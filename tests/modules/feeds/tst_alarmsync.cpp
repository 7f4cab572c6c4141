// SPDX-License-Identifier: GPL-2.0-or-later
// Alarms shared between connections (issue 8 item 2, issue 3 item 7): the app and a running
// `vigie-cli ingest` each hold an ObservationStore and an AlarmEngine on the same territory; an
// alarm acknowledged or cleared in one reaches the other's engine (GeoPackage: data_version;
// PostGIS: change notifications) and is neither duplicated nor kept open by mistake.

#include "../store/pgtestcluster.h"
#include "alarms.h"
#include "feedstestutil.h"
#include "ingestservice.h"
#include "observationstore.h"
#include "vigietest.h"

#include <QElapsedTimer>
#include <QThread>

using namespace vigie::feeds;

class TestAlarmSync : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  bool mClusterTried = false;
  QString mSkip;
  QString mClusterError;

  static Observation obs( const QString &sensor, int second, double value )
  {
    Observation o;
    o.sensorId = sensor;
    o.time = QDateTime( QDate( 2026, 3, 1 ), QTime( 8, 0 ), Qt::UTC ).addSecs( second );
    o.value = value;
    o.unit = QStringLiteral( "m" );
    o.quantity = QStringLiteral( "pressure" );
    return o;
  }

  //! A new territory of \a kind ("geopackage" or "postgis"); empty with QSKIP/QFAIL done by the caller.
  QString newTerritory( const QString &kind, const QString &name, QString *error )
  {
    QString path;
    if ( kind == QLatin1String( "geopackage" ) )
      path = tempPath( name + QStringLiteral( ".gpkg" ) );
    else
    {
      if ( !mClusterTried )
      {
        mClusterTried = true;
        mCluster.start( &mSkip, &mClusterError );
      }
      if ( !mSkip.isEmpty() || !mClusterError.isEmpty() )
      {
        *error = mSkip.isEmpty() ? mClusterError : QString();
        return QString();
      }
      path = mCluster.newDatabase( name, error );
      if ( path.isEmpty() )
        return QString();
    }
    *error = vigie::test::createFeedsTerritory( path );
    return error->isEmpty() ? path : QString();
  }

  static int alarmRows( ObservationStore *store, const QString &sensor, bool includeCleared = true )
  {
    int n = 0;
    for ( const Alarm &a : store->alarms()->alarms( includeCleared ) )
      n += a.sensorId == sensor ? 1 : 0;
    return n;
  }

  //! Calls refresh() every 50 ms until the engine reloads; the time it took, -1 after \a timeoutMs.
  static qint64 waitReload( AlarmEngine *engine, int timeoutMs, QString *error )
  {
    QElapsedTimer clock;
    clock.start();
    while ( clock.elapsed() < timeoutMs )
    {
      bool changed = false;
      if ( !engine->refresh( &changed, error ) )
        return -1;
      if ( changed )
        return clock.elapsed();
      QThread::msleep( 50 );
    }
    return -1;
  }

private Q_SLOTS:
  void sharedAlarms_data()
  {
    QTest::addColumn<QString>( "kind" );
    QTest::newRow( "geopackage" ) << QStringLiteral( "geopackage" );
    QTest::newRow( "postgis" ) << QStringLiteral( "postgis" );
  }

  //! "ingest" stores a feed, "app" acknowledges and clears (and stores its replay): one alarm per episode, seen by both.
  void sharedAlarms()
  {
    QFETCH( QString, kind );
    QString error;
    const QString path = newTerritory( kind, QStringLiteral( "alarmsync" ), &error );
    if ( path.isEmpty() && error.isEmpty() )
      QSKIP( qPrintable( mSkip ) );
    QVERIFY2( !path.isEmpty(), qPrintable( error ) );

    std::unique_ptr<ObservationStore> ingest = ObservationStore::open( path, &error );
    QVERIFY2( ingest, qPrintable( error ) );
    std::unique_ptr<ObservationStore> app = ObservationStore::open( path, &error );
    QVERIFY2( app, qPrintable( error ) );
    // the ingest service listens to the PostGIS notifications; the app's engine polls (every 2 s) or is told by its window
    AlarmChangeListener listener( ingest->alarms() );
    if ( kind == QLatin1String( "postgis" ) )
    {
      QVERIFY2( listener.start( path, &error ), qPrintable( error ) );
      QVERIFY( listener.isListening() );
      QVERIFY( waitReload( ingest->alarms(), 3000, &error ) >= 0 ); // the initial mark
    }
    else
      QVERIFY( !listener.start( path, &error ) );

    // a rule added in the app (after the ingest opened): the ingest's next batch uses it
    AlarmRule rule;
    rule.name = QStringLiteral( "high pressure" );
    rule.type = AlarmRuleType::Above;
    rule.kind = SensorKind::Pressure;
    rule.threshold = 10;
    QVERIFY2( app->alarms()->addRule( rule, &error ), qPrintable( error ) );
    QVERIFY2( waitReload( ingest->alarms(), 3000, &error ) >= 0, qPrintable( error ) );
    StoreResult result;
    QVERIFY2( ingest->store( { obs( QStringLiteral( "p1" ), 0, 5 ), obs( QStringLiteral( "p1" ), 60, 20 ) }, &result, &error ),
              qPrintable( error ) );
    QCOMPARE( ingest->alarms()->rules().size(), 1 );
    QCOMPARE( alarmRows( ingest.get(), QStringLiteral( "p1" ) ), 1 );
    const qint64 first = ingest->alarms()->alarms().first().id;
    // the notifications of the ingest's own writes arrive too: let them pass, to time the acknowledgement alone
    QThread::msleep( 300 );
    QVERIFY( ingest->alarms()->refresh( nullptr, &error ) );

    // the app acknowledges it, and its own replay stores an out-of-range value of the same sensor at once: no duplicate
    QElapsedTimer sinceAck;
    sinceAck.start();
    QVERIFY2( app->alarms()->acknowledge( first, QStringLiteral( "alice" ), &error ), qPrintable( error ) );
    QVERIFY2( app->store( { obs( QStringLiteral( "p1" ), 90, 22 ) }, &result, &error ), qPrintable( error ) );
    QCOMPARE( alarmRows( app.get(), QStringLiteral( "p1" ) ), 1 );

    // the ingest's engine learns it within 3 s, then its next out-of-range value raises nothing new
    const qint64 seenAfter = waitReload( ingest->alarms(), 3000, &error );
    QVERIFY2( seenAfter >= 0, qPrintable( error.isEmpty() ? QStringLiteral( "the ingest's engine did not reload within 3 s" ) : error ) );
    const qint64 latency = sinceAck.elapsed();
    qInfo( "%s: acknowledgement seen by the other engine %lld ms after it (at most)", qPrintable( kind ), latency );
    QVERIFY( latency < 3000 );
    QVERIFY2( ingest->store( { obs( QStringLiteral( "p1" ), 120, 25 ) }, &result, &error ), qPrintable( error ) );
    QCOMPARE( alarmRows( ingest.get(), QStringLiteral( "p1" ) ), 1 );
    Alarm seen;
    QVERIFY( ingest->alarms()->alarm( first, &seen ) );
    QCOMPARE( seen.state, AlarmState::Acknowledged );
    QCOMPARE( seen.acknowledgedBy, QStringLiteral( "alice" ) );
    QVERIFY( seen.active );

    // cleared in the app while the value is still high: the ingest's next high value is a new alarm (not swallowed
    // by the cleared one), raised once
    QVERIFY2( app->alarms()->clear( first, QStringLiteral( "alice" ), &error ), qPrintable( error ) );
    QVERIFY( waitReload( ingest->alarms(), 3000, &error ) >= 0 );
    QVERIFY2( ingest->store( { obs( QStringLiteral( "p1" ), 180, 26 ) }, &result, &error ), qPrintable( error ) );
    QCOMPARE( alarmRows( ingest.get(), QStringLiteral( "p1" ) ), 2 );
    QCOMPARE( alarmRows( ingest.get(), QStringLiteral( "p1" ), false ), 1 );
    const qint64 second = ingest->alarms()->alarms().first().id;
    QVERIFY( second != first );
    QVERIFY( ingest->alarms()->alarm( first, &seen ) );
    QCOMPARE( seen.state, AlarmState::Cleared );
    // the cleared alarm got no "active"/"normal" line after its clearance
    QCOMPARE( ingest->alarms()->history( first ).last().event, QStringLiteral( "cleared" ) );

    // and the app, storing the same sensor without waiting: still that one alarm
    QVERIFY2( app->store( { obs( QStringLiteral( "p1" ), 200, 27 ) }, &result, &error ), qPrintable( error ) );
    QCOMPARE( alarmRows( app.get(), QStringLiteral( "p1" ), false ), 1 );
    // back to normal in the app, high again at the ingest: the same alarm becomes active again (no third alarm)
    QVERIFY2( app->store( { obs( QStringLiteral( "p1" ), 240, 4 ) }, &result, &error ), qPrintable( error ) );
    QVERIFY( waitReload( ingest->alarms(), 3000, &error ) >= 0 );
    QVERIFY2( ingest->store( { obs( QStringLiteral( "p1" ), 300, 30 ) }, &result, &error ), qPrintable( error ) );
    QCOMPARE( alarmRows( ingest.get(), QStringLiteral( "p1" ) ), 2 );
    QVERIFY( ingest->alarms()->alarm( second, &seen ) );
    QVERIFY( seen.active );
    listener.stop();
  }

  //! A rule removed in one engine no longer raises in the other; an idle engine costs nothing (GeoPackage: no reload).
  void ruleRemovedElsewhere()
  {
    QString error;
    const QString path = newTerritory( QStringLiteral( "geopackage" ), QStringLiteral( "rules" ), &error );
    QVERIFY2( !path.isEmpty(), qPrintable( error ) );
    std::unique_ptr<ObservationStore> ingest = ObservationStore::open( path, &error );
    QVERIFY2( ingest, qPrintable( error ) );
    AlarmRule rule;
    rule.name = QStringLiteral( "low" );
    rule.type = AlarmRuleType::Below;
    rule.threshold = 2;
    QVERIFY2( ingest->alarms()->addRule( rule, &error ), qPrintable( error ) );
    std::unique_ptr<ObservationStore> app = ObservationStore::open( path, &error );
    QVERIFY2( app, qPrintable( error ) );
    const qint64 revision = ingest->alarms()->revision();
    bool changed = true;
    QVERIFY( ingest->alarms()->refresh( &changed, &error ) );
    QVERIFY( !changed );
    QCOMPARE( ingest->alarms()->revision(), revision );

    QVERIFY2( app->alarms()->removeRule( rule.id, &error ), qPrintable( error ) );
    StoreResult result;
    QVERIFY2( ingest->store( { obs( QStringLiteral( "p9" ), 0, 1 ) }, &result, &error ), qPrintable( error ) );
    QCOMPARE( result.stored, 1 );
    QVERIFY( ingest->alarms()->rules().isEmpty() );
    QCOMPARE( alarmRows( ingest.get(), QStringLiteral( "p9" ) ), 0 );
    QVERIFY( ingest->alarms()->revision() > revision );
  }
};

QTEST_GUILESS_MAIN( TestAlarmSync )
#include "tst_alarmsync.moc"
