// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms.h"
#include "decoder.h"
#include "feedssql.h"
#include "feedstestutil.h"
#include "observationstore.h"
#include "replayfeed.h"
#include "vigietest.h"

#include <QtTest>

using namespace vigie;
using namespace vigie::feeds;
using vigie::test::observation;

class TestAlarms : public vigie::test::Test
{
  Q_OBJECT

private:
  const QDateTime mT0 = QDateTime( QDate( 2024, 6, 1 ), QTime( 8, 0 ), Qt::UTC );
  int mFiles = 0;

  QString newTerritory()
  {
    const QString path = tempPath( QStringLiteral( "alarms-%1.gpkg" ).arg( ++mFiles ) );
    const QString error = vigie::test::createFeedsTerritory( path );
    if ( !error.isEmpty() )
      qFatal( "%s", qPrintable( error ) );
    return path;
  }

  std::unique_ptr<ObservationStore> openStore( const QString &path )
  {
    QString error;
    std::unique_ptr<ObservationStore> store = ObservationStore::open( path, &error );
    if ( !store )
      qFatal( "%s", qPrintable( error ) );
    return store;
  }

  static AlarmRule rule( AlarmRuleType type, double threshold, SensorKind kind = SensorKind::Pressure )
  {
    AlarmRule r;
    r.name = alarmRuleTypeName( type );
    r.type = type;
    r.kind = kind;
    r.threshold = threshold;
    r.severity = AlarmSeverity::Critical;
    return r;
  }

  bool put( ObservationStore &store, const QString &sensor, int minutes, double value )
  {
    StoreResult result;
    QString error;
    const bool ok =
        store.store( { observation( sensor, mT0.addSecs( 60 * minutes ), value, QStringLiteral( "m" ), QStringLiteral( "pressure" ) ) },
                     &result, &error );
    if ( !ok )
      qWarning( "%s", qPrintable( error ) );
    return ok && result.stored == 1;
  }

  SensorState stateOf( ObservationStore &store, const QString &sensor )
  {
    SensorInfo info;
    store.sensor( sensor, &info );
    return info.state;
  }

private Q_SLOTS:
  void thresholds_data()
  {
    QTest::addColumn<int>( "type" );
    QTest::addColumn<double>( "threshold" );
    QTest::addColumn<QList<double>>( "values" );
    QTest::addColumn<QStringList>( "events" );
    QTest::addColumn<QList<int>>( "states" ); // sensor state after each value
    const int ok = int( SensorState::Ok ), alarm = int( SensorState::Alarm );
    QTest::newRow( "above" ) << int( AlarmRuleType::Above ) << 50.0 << QList<double>{ 40, 55, 60, 45, 52 }
                             << QStringList{ QStringLiteral( "raised" ), QStringLiteral( "normal" ), QStringLiteral( "active" ) }
                             << QList<int>{ ok, alarm, alarm, ok, alarm };
    QTest::newRow( "below" ) << int( AlarmRuleType::Below ) << 20.0 << QList<double>{ 25, 19, 30 }
                             << QStringList{ QStringLiteral( "raised" ), QStringLiteral( "normal" ) } << QList<int>{ ok, alarm, ok };
    // one value per minute: the rate is the difference
    QTest::newRow( "rate of change" ) << int( AlarmRuleType::RateOfChange ) << 2.0 << QList<double>{ 30, 31, 35, 36 }
                                      << QStringList{ QStringLiteral( "raised" ), QStringLiteral( "normal" ) }
                                      << QList<int>{ ok, ok, alarm, ok };
  }

  void thresholds()
  {
    QFETCH( int, type );
    QFETCH( double, threshold );
    QFETCH( QList<double>, values );
    QFETCH( QStringList, events );
    QFETCH( QList<int>, states );
    auto store = openStore( newTerritory() );
    AlarmRule r = rule( AlarmRuleType( type ), threshold );
    QString error;
    QVERIFY2( store->alarms()->addRule( r, &error ), qPrintable( error ) );
    QVERIFY( r.id > 0 );
    for ( int i = 0; i < values.size(); ++i )
    {
      QVERIFY( put( *store, QStringLiteral( "p1" ), i, values.at( i ) ) );
      QCOMPARE( int( stateOf( *store, QStringLiteral( "p1" ) ) ), states.at( i ) );
    }
    const QList<Alarm> alarms = store->alarms()->alarms();
    QCOMPARE( alarms.size(), 1 );
    QCOMPARE( alarms.at( 0 ).sensorId, QStringLiteral( "p1" ) );
    QCOMPARE( alarms.at( 0 ).severity, AlarmSeverity::Critical );
    QCOMPARE( alarms.at( 0 ).state, AlarmState::Raised );
    QVERIFY( alarms.at( 0 ).message.contains( QStringLiteral( "p1" ) ) );
    QStringList seen;
    const QList<AlarmEvent> history = store->alarms()->history( alarms.at( 0 ).id );
    for ( const AlarmEvent &e : history )
      seen << e.event;
    QCOMPARE( seen, events );

    // other kinds are not concerned
    StoreResult result;
    QVERIFY( store->store( { observation( QStringLiteral( "f1" ), mT0, 1000, QStringLiteral( "m3/h" ) ) }, &result, &error ) );
    QCOMPARE( store->alarms()->alarms().size(), 1 );
  }

  void scopeBySensorAndAsset()
  {
    auto store = openStore( newTerritory() );
    QString error;
    QVERIFY( put( *store, QStringLiteral( "a" ), 0, 10 ) );
    QVERIFY( put( *store, QStringLiteral( "b" ), 0, 10 ) );
    QVERIFY( put( *store, QStringLiteral( "c" ), 0, 10 ) );
    QVERIFY( store->bindSensor( QStringLiteral( "b" ), QStringLiteral( "territory:districts" ), 1, &error ) );
    AlarmRule bySensor = rule( AlarmRuleType::Above, 50, SensorKind::Unknown );
    bySensor.sensorId = QStringLiteral( "a" );
    AlarmRule byAsset = rule( AlarmRuleType::Above, 50, SensorKind::Unknown );
    byAsset.layer = QStringLiteral( "territory:districts" );
    byAsset.fid = 1;
    QVERIFY( store->alarms()->addRule( bySensor, &error ) );
    QVERIFY( store->alarms()->addRule( byAsset, &error ) );
    for ( const QString &sensor : { QStringLiteral( "a" ), QStringLiteral( "b" ), QStringLiteral( "c" ) } )
      QVERIFY( put( *store, sensor, 1, 70 ) );
    QList<Alarm> alarms = store->alarms()->alarms();
    QCOMPARE( alarms.size(), 2 );
    QStringList sensors{ alarms.at( 0 ).sensorId, alarms.at( 1 ).sensorId };
    sensors.sort();
    QCOMPARE( sensors, ( QStringList{ QStringLiteral( "a" ), QStringLiteral( "b" ) } ) );
    for ( const Alarm &a : std::as_const( alarms ) )
    {
      if ( a.sensorId == QLatin1String( "b" ) )
      {
        QCOMPARE( a.layer, QStringLiteral( "territory_districts" ) );
        QCOMPARE( a.fid, qint64( 1 ) );
      }
    }
    QCOMPARE( stateOf( *store, QStringLiteral( "c" ) ), SensorState::Ok );
  }

  void staleAndOffline()
  {
    auto store = openStore( newTerritory() );
    QString error;
    AlarmRule stale = rule( AlarmRuleType::Stale, 0 );
    stale.minutes = 10;
    QVERIFY( store->alarms()->addRule( stale, &error ) );
    store->alarms()->setOfflineMinutes( 60 );
    QVERIFY( put( *store, QStringLiteral( "p" ), 0, 30 ) );
    QVERIFY( store->registerSensor( QStringLiteral( "never" ), SensorKind::Pressure, &error ) );

    QCOMPARE( store->alarms()->evaluateStale( mT0.addSecs( 5 * 60 ), &error ), 0 );
    QCOMPARE( stateOf( *store, QStringLiteral( "p" ) ), SensorState::Ok );
    QCOMPARE( stateOf( *store, QStringLiteral( "never" ) ), SensorState::Offline );
    QCOMPARE( store->alarms()->evaluateStale( mT0.addSecs( 11 * 60 ), &error ), 1 );
    QCOMPARE( stateOf( *store, QStringLiteral( "p" ) ), SensorState::Stale );
    QCOMPARE( store->alarms()->evaluateStale( mT0.addSecs( 12 * 60 ), &error ), 0 ); // raised once
    QCOMPARE( store->alarms()->alarms().size(), 1 );
    QCOMPARE( store->alarms()->evaluateStale( mT0.addSecs( 61 * 60 ), &error ), 0 );
    QCOMPARE( stateOf( *store, QStringLiteral( "p" ) ), SensorState::Offline );

    // a value arrives: back to normal, the alarm waits for an operator
    QVERIFY( put( *store, QStringLiteral( "p" ), 62, 30 ) );
    QCOMPARE( stateOf( *store, QStringLiteral( "p" ) ), SensorState::Ok );
    const Alarm a = store->alarms()->alarms().value( 0 );
    QVERIFY( !a.active );
    QCOMPARE( a.state, AlarmState::Raised );
  }

  void acknowledgeClearAndPersistence()
  {
    const QString path = newTerritory();
    qint64 id = 0;
    {
      auto store = openStore( path );
      QString error;
      AlarmRule above = rule( AlarmRuleType::Above, 50 );
      QVERIFY( store->alarms()->addRule( above, &error ) );
      QVERIFY( put( *store, QStringLiteral( "p" ), 0, 60 ) );
      id = store->alarms()->alarms().value( 0 ).id;
      QVERIFY( id > 0 );

      QVERIFY( !store->alarms()->acknowledge( id, QString(), &error ) );
      QVERIFY2( error.contains( QStringLiteral( "user" ) ), qPrintable( error ) );
      QVERIFY( !store->alarms()->acknowledge( 999, QStringLiteral( "alice" ), &error ) );
      QVERIFY2( error.contains( QStringLiteral( "999" ) ), qPrintable( error ) );
      QVERIFY2( store->alarms()->acknowledge( id, QStringLiteral( "alice" ), &error, mT0.addSecs( 120 ) ), qPrintable( error ) );
      QVERIFY( !store->alarms()->acknowledge( id, QStringLiteral( "alice" ), &error ) );
      QVERIFY2( error.contains( QStringLiteral( "alice" ) ), qPrintable( error ) );
    }
    {
      // kept across a restart, and the open alarm is not raised a second time
      auto store = openStore( path );
      QCOMPARE( store->alarms()->rules().size(), 1 );
      Alarm a;
      QVERIFY( store->alarms()->alarm( id, &a ) );
      QCOMPARE( a.state, AlarmState::Acknowledged );
      QCOMPARE( a.acknowledgedBy, QStringLiteral( "alice" ) );
      QCOMPARE( a.acknowledgedAt, mT0.addSecs( 120 ) );
      QVERIFY( put( *store, QStringLiteral( "p" ), 1, 70 ) );
      QCOMPARE( store->alarms()->alarms().size(), 1 );
      QCOMPARE( stateOf( *store, QStringLiteral( "p" ) ), SensorState::Alarm );

      QString error;
      QVERIFY( store->alarms()->clear( id, QStringLiteral( "bob" ), &error, mT0.addSecs( 180 ) ) );
      QVERIFY( !store->alarms()->clear( id, QStringLiteral( "bob" ), &error ) );
      QVERIFY2( error.contains( QStringLiteral( "bob" ) ), qPrintable( error ) );
      QVERIFY( !store->alarms()->acknowledge( id, QStringLiteral( "carol" ), &error ) );
      QCOMPARE( stateOf( *store, QStringLiteral( "p" ) ), SensorState::Ok );
      QCOMPARE( store->alarms()->alarms().size(), 0 );
      QCOMPARE( store->alarms()->alarms( true ).size(), 1 );
      // the condition persists: a new value raises a new alarm
      QVERIFY( put( *store, QStringLiteral( "p" ), 2, 80 ) );
      QCOMPARE( store->alarms()->alarms().size(), 1 );
      QVERIFY( store->alarms()->alarms().value( 0 ).id != id );
    }
    auto store = openStore( path );
    Alarm a;
    QVERIFY( store->alarms()->alarm( id, &a ) );
    QCOMPARE( a.state, AlarmState::Cleared );
    QCOMPARE( a.clearedBy, QStringLiteral( "bob" ) );
    QStringList trail;
    const QList<AlarmEvent> history = store->alarms()->history( id );
    for ( const AlarmEvent &e : history )
      trail << e.event + QLatin1Char( '/' ) + e.user;
    QCOMPARE( trail,
              ( QStringList{ QStringLiteral( "raised/" ), QStringLiteral( "acknowledged/alice" ), QStringLiteral( "cleared/bob" ) } ) );
  }

  void badRulesRefused()
  {
    auto store = openStore( newTerritory() );
    QString error;
    AlarmRule rate = rule( AlarmRuleType::RateOfChange, 0 );
    QVERIFY( !store->alarms()->addRule( rate, &error ) );
    QVERIFY( !error.isEmpty() );
    AlarmRule stale = rule( AlarmRuleType::Stale, 0 );
    QVERIFY( !store->alarms()->addRule( stale, &error ) );
    AlarmRule asset = rule( AlarmRuleType::Above, 1 );
    asset.layer = QStringLiteral( "territory:districts" );
    QVERIFY( !store->alarms()->addRule( asset, &error ) );
    QCOMPARE( store->alarms()->rules().size(), 0 );
  }

  void alarmsRolledBackWithTheirBatch()
  {
    auto store = openStore( newTerritory() );
    QString error;
    AlarmRule above = rule( AlarmRuleType::Above, 50 );
    QVERIFY( store->alarms()->addRule( above, &error ) );
    QVERIFY( sql::exec( store->handle(),
                        QStringLiteral( "CREATE TRIGGER boom BEFORE INSERT ON feeds_observations WHEN NEW.value = 666 "
                                        "BEGIN SELECT RAISE(ABORT, 'boom'); END" ),
                        &error ) );
    StoreResult result;
    QVERIFY( !store->store( { observation( QStringLiteral( "p" ), mT0, 60, QStringLiteral( "m" ), QStringLiteral( "pressure" ) ),
                              observation( QStringLiteral( "p" ), mT0.addSecs( 60 ), 666, QStringLiteral( "m" ) ) },
                            &result, &error ) );
    QCOMPARE( store->alarms()->alarms( true ).size(), 0 );
    QCOMPARE( store->alarms()->history().size(), 0 );
    QVERIFY( sql::exec( store->handle(), QStringLiteral( "DROP TRIGGER boom" ), &error ) );
    QVERIFY( put( *store, QStringLiteral( "p" ), 0, 60 ) );
    QCOMPARE( store->alarms()->alarms().size(), 1 );
  }
  void replayDefaultRulesCreatedOnce()
  {
    const QList<AlarmRule> defaults = ReplayFeed::defaultAlarmRules();
    QVERIFY( defaults.size() >= 3 );
    const QString path = newTerritory();
    QString error;
    {
      std::unique_ptr<ObservationStore> store = openStore( path );
      QVERIFY( store->alarms()->rules().isEmpty() );
      ReplayFeed feed;
      QVERIFY2( feed.prepare( *store, &error ), qPrintable( error ) );
      const QList<AlarmRule> rules = store->alarms()->rules();
      QCOMPARE( rules.size(), defaults.size() );
      for ( int i = 0; i < defaults.size(); ++i )
      {
        bool found = false;
        for ( const AlarmRule &r : rules )
          found = found ||
                  ( r.name == defaults.at( i ).name && r.type == defaults.at( i ).type && r.kind == defaults.at( i ).kind && r.id > 0 );
        QVERIFY2( found, qPrintable( defaults.at( i ).name ) );
      }
      // a simulated day of the replay raises alarms from them (the demo shows some)
      std::unique_ptr<Decoder> decoder = createDecoder( QStringLiteral( "json" ) );
      ReplayStats stats;
      const QDateTime monday( QDate( 2026, 1, 5 ), QTime( 0, 0 ), Qt::UTC );
      QVERIFY2( feed.run( *store, *decoder, monday, monday.addDays( 1 ), &stats, &error ), qPrintable( error ) );
      const QList<Alarm> alarms = store->alarms()->alarms();
      QVERIFY( !alarms.isEmpty() );
      bool fromDefault = false;
      for ( const Alarm &a : alarms )
        fromDefault = fromDefault || a.ruleName == defaults.first().name;
      QVERIFY2( fromDefault, "a low-pressure alarm in a simulated day" );
      // the user deletes one: it does not come back
      QVERIFY2( store->alarms()->removeRule( rules.first().id, &error ), qPrintable( error ) );
    }
    {
      std::unique_ptr<ObservationStore> store = openStore( path );
      ReplayFeed feed;
      QVERIFY2( feed.prepare( *store, &error ), qPrintable( error ) );
      QCOMPARE( store->alarms()->rules().size(), defaults.size() - 1 );
    }
    // a territory that has its own rules before the first replay keeps only them
    const QString own = newTerritory();
    std::unique_ptr<ObservationStore> store = openStore( own );
    AlarmRule mine = rule( AlarmRuleType::Above, 70 );
    QVERIFY2( store->alarms()->addRule( mine, &error ), qPrintable( error ) );
    ReplayFeed feed;
    QVERIFY2( feed.prepare( *store, &error ), qPrintable( error ) );
    QCOMPARE( store->alarms()->rules().size(), 1 );
  }
};

QTEST_GUILESS_MAIN( TestAlarms )
#include "tst_alarms.moc"
