// SPDX-License-Identifier: GPL-2.0-or-later
#include "decoder.h"
#include "feedssql.h"
#include "feedstestutil.h"
#include "observationstore.h"
#include "replayfeed.h"
#include "vigietest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;
using namespace vigie::feeds;

class TestReplayFeed : public vigie::test::Test
{
  Q_OBJECT

private:
  // a Monday: the replay week is aligned on the week of the simulated time
  const QDateTime mMonday = QDateTime( QDate( 2024, 1, 8 ), QTime( 0, 0 ), Qt::UTC );
  int mFiles = 0;

  //! A territory with a few assets named like the Montpellier demo's (L-Town ids, luminaires, containers).
  QString demoLikeTerritory()
  {
    const QString path = tempPath( QStringLiteral( "replay-%1.gpkg" ).arg( ++mFiles ) );
    const QString error = vigie::test::createFeedsTerritory( path );
    if ( !error.isEmpty() )
      qFatal( "%s", qPrintable( error ) );
    const QString assets = vigie::test::addDemoLikeAssets( path );
    if ( !assets.isEmpty() )
      qFatal( "%s", qPrintable( assets ) );
    return path;
  }

  //! First data row of the built-in SCADA week: column name -> value.
  QHash<QString, double> firstScadaRow()
  {
    QFile file( ReplayFeed::defaultScadaPath() );
    if ( !file.open( QIODevice::ReadOnly ) )
      qFatal( "no built-in replay data" );
    const QStringList header = QString::fromUtf8( file.readLine() ).trimmed().split( QLatin1Char( ',' ) );
    const QStringList row = QString::fromUtf8( file.readLine() ).trimmed().split( QLatin1Char( ',' ) );
    QHash<QString, double> values;
    for ( int i = 1; i < header.size(); ++i )
      values.insert( header.at( i ), row.value( i ).toDouble() );
    return values;
  }

  //! The first time step of the built-in customer meter week as the replay plays it: junction -> L/h.
  QHash<QString, double> firstMeterRow()
  {
    QFile file( ReplayFeed::defaultCustomerMeterPath() );
    if ( !file.open( QIODevice::ReadOnly ) || !file.read( 2 ).startsWith( "\x1f\x8b" ) )
      qFatal( "the built-in customer meter week is missing or not gzip" );
    ReplayFeed feed;
    QString error;
    if ( !feed.loadCustomerMeters( ReplayFeed::defaultCustomerMeterPath(), &error ) )
      qFatal( "%s", qPrintable( error ) );
    const QList<QByteArray> payloads = feed.payloads( mMonday, mMonday.addSecs( 1 ) );
    if ( payloads.size() != 1 )
      qFatal( "one customer meter payload expected" );
    QHash<QString, double> values;
    for ( const QJsonValue &v : QJsonDocument::fromJson( payloads.first() ).array() )
    {
      const QJsonObject o = v.toObject();
      if ( o.value( QStringLiteral( "unit" ) ).toString() != QLatin1String( "L/h" ) )
        qFatal( "customer meters in L/h expected" );
      values.insert( o.value( QStringLiteral( "sensor" ) ).toString().mid( 10 ), o.value( QStringLiteral( "value" ) ).toDouble() );
    }
    return values;
  }

private Q_SLOTS:
  void boundedRunStoresExpectedCounts()
  {
    const QString path = demoLikeTerritory();
    QString error;
    std::unique_ptr<ObservationStore> store = ObservationStore::open( path, &error );
    QVERIFY2( store, qPrintable( error ) );
    ReplayFeed feed;
    QVERIFY2( feed.prepare( *store, &error ), qPrintable( error ) );
    const QHash<QString, double> first = firstScadaRow();
    const int scada = static_cast<int>( first.size() );
    QCOMPARE( scada, 37 ); // 33 pressures, 3 flows, 1 level
    const int meters = 82; // the customer meters (AMR) of L-Town's area C
    QCOMPARE( feed.sensorIds().size(), scada + meters + 2 + 2 );
    // n1, n4, n31, p227, PUMP_1, T1, two lamps, two bins; customer meters at n1, n2, n4, n31
    QCOMPARE( feed.boundSensors(), 14 );

    std::unique_ptr<Decoder> decoder = createDecoder( QStringLiteral( "json" ) );
    ReplayStats stats;
    const QDateTime to = mMonday.addSecs( 2 * 3600 );
    QVERIFY2( feed.run( *store, *decoder, mMonday, to, &stats, &error ), qPrintable( error ) );
    const qint64 steps = 2 * 12, lampSteps = 2 * 4, binSteps = 2;
    const qint64 expected = steps * ( scada + meters ) + lampSteps * 2 + binSteps * 2;
    QCOMPARE( stats.observations, expected );
    QCOMPARE( stats.stored, expected );
    QCOMPARE( stats.rejected, qint64( 0 ) );
    QCOMPARE( store->count(), expected );
    QCOMPARE( store->count( QStringLiteral( "ltown-pressure-n1" ) ), steps );
    QCOMPARE( store->count( QStringLiteral( "lamp-S1" ) ), lampSteps );
    QCOMPARE( store->count( QStringLiteral( "lamp-S3" ) ), qint64( 0 ) ); // not dimmable: no controller
    QCOMPARE( store->count( QStringLiteral( "bin-C3" ) ), binSteps );
    QCOMPARE( store->count( QStringLiteral( "ltown-amr-n2" ) ), steps );
    QCOMPARE( store->count( QStringLiteral( "ltown-amr-n389" ) ), steps ); // stored even when its junction is not in the territory

    // the values are the SCADA week's, at the same time of the week
    const Observation n1 = store->observations( QStringLiteral( "ltown-pressure-n1" ), mMonday, mMonday.addSecs( 1 ) ).value( 0 );
    QCOMPARE( n1.value, first.value( QStringLiteral( "pressure:n1" ) ) );
    QCOMPARE( n1.unit, QStringLiteral( "m" ) );
    const Observation t1 = store->observations( QStringLiteral( "ltown-level-T1" ), mMonday, mMonday.addSecs( 1 ) ).value( 0 );
    QCOMPARE( t1.value, first.value( QStringLiteral( "level:T1" ) ) );
    // Monday 00:00 UTC is night: the lamp burns dimmed at about half its power
    const Observation lamp = store->observations( QStringLiteral( "lamp-S1" ), mMonday, mMonday.addSecs( 1 ) ).value( 0 );
    QVERIFY2( lamp.value > 45 && lamp.value < 55, qPrintable( QString::number( lamp.value ) ) );
    const Observation bin = store->observations( QStringLiteral( "bin-C1" ), mMonday, mMonday.addSecs( 1 ) ).value( 0 );
    QVERIFY( bin.value >= 0 && bin.value <= 100 );
    QCOMPARE( bin.unit, QStringLiteral( "%" ) );
    // a customer meter: the week's L/h, stored in the flow unit (m³/h) like any flow
    const QHash<QString, double> meterRow = firstMeterRow();
    QCOMPARE( meterRow.size(), meters );
    QVERIFY( meterRow.value( QStringLiteral( "n2" ) ) > 0 );
    const Observation amr = store->observations( QStringLiteral( "ltown-amr-n2" ), mMonday, mMonday.addSecs( 1 ) ).value( 0 );
    QCOMPARE( amr.unit, QStringLiteral( "m³/h" ) );
    QVERIFY2( std::abs( amr.value * 1000 - meterRow.value( QStringLiteral( "n2" ) ) ) < 1e-9, qPrintable( QString::number( amr.value ) ) );

    SensorInfo info;
    QVERIFY( store->sensor( QStringLiteral( "ltown-pressure-n31" ), &info ) );
    QCOMPARE( info.kind, SensorKind::Pressure );
    QCOMPARE( info.layer, QStringLiteral( "water_junctions" ) );
    QCOMPARE( info.fid, qint64( 3 ) );
    QVERIFY( store->sensor( QStringLiteral( "ltown-flow-p227" ), &info ) );
    QCOMPARE( info.layer, QStringLiteral( "water_pipes" ) );
    QVERIFY( store->sensor( QStringLiteral( "ltown-flow-PUMP_1" ), &info ) );
    QCOMPARE( info.layer, QStringLiteral( "water_pumps" ) );
    QVERIFY( store->sensor( QStringLiteral( "lamp-S2" ), &info ) );
    QCOMPARE( info.kind, SensorKind::Power );
    QCOMPARE( info.fid, qint64( 2 ) );
    QVERIFY( store->sensor( QStringLiteral( "ltown-pressure-n54" ), &info ) );
    QVERIFY( !info.isBound() ); // no such junction in this territory
    QVERIFY( store->sensor( QStringLiteral( "ltown-amr-n2" ), &info ) );
    QCOMPARE( info.kind, SensorKind::Flow );
    QCOMPARE( info.layer, QStringLiteral( "water_junctions" ) );
    QCOMPARE( info.fid, qint64( 4 ) );
    QVERIFY( store->sensor( QStringLiteral( "ltown-amr-n389" ), &info ) );
    QVERIFY( !info.isBound() );

    // replaying the same hours again stores nothing twice
    ReplayStats again;
    QVERIFY( feed.run( *store, *decoder, mMonday, to, &again, &error ) );
    QCOMPARE( again.stored, qint64( 0 ) );
    QCOMPARE( again.duplicates, expected );
    QCOMPARE( store->integrityCheck(), QStringLiteral( "ok" ) );
  }

  void weekLoops()
  {
    ReplayFeed feed;
    QString error;
    QVERIFY( feed.loadScada( ReplayFeed::defaultScadaPath(), &error ) );
    // same time of the week, one week apart: the same payload but for the time
    const QList<QByteArray> a = feed.payloads( mMonday.addSecs( 3600 ), mMonday.addSecs( 3600 + 300 ) );
    const QList<QByteArray> b = feed.payloads( mMonday.addDays( 7 ).addSecs( 3600 ), mMonday.addDays( 7 ).addSecs( 3600 + 300 ) );
    QCOMPARE( a.size(), 1 );
    QCOMPARE( b.size(), 1 );
    QByteArray bFixed = b.at( 0 );
    bFixed.replace( "2024-01-15T01:00:00Z", "2024-01-08T01:00:00Z" );
    QCOMPARE( bFixed, a.at( 0 ) );
    std::unique_ptr<Decoder> decoder = createDecoder( QStringLiteral( "json" ) );
    QCOMPARE( decoder->decode( a.at( 0 ), QString(), &error ).size(), 37 );

    // with the customer meters: their own message at every step, looped the same way
    QVERIFY2( feed.loadCustomerMeters( ReplayFeed::defaultCustomerMeterPath(), &error ), qPrintable( error ) );
    const QList<QByteArray> c = feed.payloads( mMonday.addSecs( 3600 ), mMonday.addSecs( 3600 + 300 ) );
    const QList<QByteArray> d = feed.payloads( mMonday.addDays( 14 ).addSecs( 3600 ), mMonday.addDays( 14 ).addSecs( 3600 + 300 ) );
    QCOMPARE( c.size(), 2 );
    QCOMPARE( c.at( 0 ), a.at( 0 ) );
    QByteArray dFixed = d.at( 1 );
    dFixed.replace( "2024-01-22T01:00:00Z", "2024-01-08T01:00:00Z" );
    QCOMPARE( dFixed, c.at( 1 ) );
    QCOMPARE( decoder->decode( c.at( 1 ), QString(), &error ).size(), 82 );
  }

  void badCustomerMetersRefused_data()
  {
    QTest::addColumn<QByteArray>( "content" );
    QTest::addColumn<bool>( "gzip" );
    QTest::addColumn<QString>( "message" );
    QTest::newRow( "header" ) << QByteArray( "time,n1\n2018-01-22 00:00,1\n" ) << false << ":1: the header";
    QTest::newRow( "not a Monday" ) << QByteArray( "Timestamp,n1\n2018-01-23 00:00,1\n" ) << false << ":2: the first row must be a Monday";
    QTest::newRow( "gap" ) << QByteArray( "Timestamp,n1\n2018-01-22 00:00,1\n2018-01-22 00:10,1\n" ) << false << ":3: \"2018-01-22 00:10\"";
    QTest::newRow( "number" ) << QByteArray( "Timestamp,n1,n2\n2018-01-22 00:00,1,x\n" ) << false << "column n2: \"x\"";
    QTest::newRow( "columns" ) << QByteArray( "Timestamp,n1,n2\n2018-01-22 00:00,1\n" ) << false << ":2: 2 values, expected 3";
    QTest::newRow( "empty" ) << QByteArray( "Timestamp,n1\n" ) << false << "no readings";
    QTest::newRow( "truncated gzip" ) << QByteArray( "Timestamp,n1\n2018-01-22 00:00,1\n" ) << true << "truncated gzip";
  }

  void badCustomerMetersRefused()
  {
    QFETCH( QByteArray, content );
    QFETCH( bool, gzip );
    QFETCH( QString, message );
    QByteArray bytes = content;
    if ( gzip )
    {
      // the first half of the built-in gzip file
      QFile builtIn( ReplayFeed::defaultCustomerMeterPath() );
      QVERIFY( builtIn.open( QIODevice::ReadOnly ) );
      bytes = builtIn.readAll();
      bytes.truncate( bytes.size() / 2 );
    }
    const QString path = tempPath( QStringLiteral( "compteurs %1.csv" ).arg( QString::fromUtf8( QTest::currentDataTag() ) ) );
    QFile file( path );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( bytes );
    file.close();
    ReplayFeed feed;
    QString error;
    QVERIFY( !feed.loadCustomerMeters( path, &error ) );
    QVERIFY2( error.contains( QDir::toNativeSeparators( path ) ) && error.contains( message ), qPrintable( error ) );
    QVERIFY( feed.payloads( mMonday, mMonday.addSecs( 600 ) ).isEmpty() ); // nothing loaded
  }

  void badDataRefused()
  {
    const QString path = tempPath( QStringLiteral( "bad scada é.csv" ) );
    QFile file( path );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( "time,pressure:n1,flow:p1\n2018-01-01 00:00,1.0,2.0\n2018-01-01 00:05,abc,2.0\n" );
    file.close();
    ReplayFeed feed;
    QString error;
    QVERIFY( !feed.loadScada( path, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "bad scada é.csv:3" ) ) && error.contains( QStringLiteral( "abc" ) ), qPrintable( error ) );
    QVERIFY( !feed.loadScada( tempPath( QStringLiteral( "none.csv" ) ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "none.csv" ) ), qPrintable( error ) );
  }

  void driverPlaysInRealTimeTimesSpeed()
  {
    QString error;
    std::unique_ptr<ObservationStore> store = ObservationStore::open( demoLikeTerritory(), &error );
    QVERIFY( store );
    ReplayDriver driver( store.get() );
    driver.setSpeed( 3600 ); // an hour per second
    QSignalSpy stored( &driver, &ReplayDriver::stored );
    QVERIFY2( driver.start( &error, mMonday ), qPrintable( error ) );
    QVERIFY( stored.wait( 5000 ) );
    driver.stop();
    QVERIFY( store->count() > 0 );
    QCOMPARE( store->count(), driver.stats().stored );
    QVERIFY( driver.simulatedTime() > mMonday.addSecs( 1800 ) );
  }
};

QTEST_GUILESS_MAIN( TestReplayFeed )
#include "tst_replayfeed.moc"
