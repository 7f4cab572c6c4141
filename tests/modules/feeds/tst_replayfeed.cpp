// SPDX-License-Identifier: GPL-2.0-or-later
#include "decoder.h"
#include "feedssql.h"
#include "feedstestutil.h"
#include "observationstore.h"
#include "replayfeed.h"
#include "vigietest.h"

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
    QCOMPARE( feed.sensorIds().size(), scada + 2 + 2 );
    // n1, n4, n31, p227, PUMP_1, T1, two lamps, two bins
    QCOMPARE( feed.boundSensors(), 10 );

    std::unique_ptr<Decoder> decoder = createDecoder( QStringLiteral( "json" ) );
    ReplayStats stats;
    const QDateTime to = mMonday.addSecs( 2 * 3600 );
    QVERIFY2( feed.run( *store, *decoder, mMonday, to, &stats, &error ), qPrintable( error ) );
    const qint64 steps = 2 * 12, lampSteps = 2 * 4, binSteps = 2;
    const qint64 expected = steps * scada + lampSteps * 2 + binSteps * 2;
    QCOMPARE( stats.observations, expected );
    QCOMPARE( stats.stored, expected );
    QCOMPARE( stats.rejected, qint64( 0 ) );
    QCOMPARE( store->count(), expected );
    QCOMPARE( store->count( QStringLiteral( "ltown-pressure-n1" ) ), steps );
    QCOMPARE( store->count( QStringLiteral( "lamp-S1" ) ), lampSteps );
    QCOMPARE( store->count( QStringLiteral( "lamp-S3" ) ), qint64( 0 ) ); // not dimmable: no controller
    QCOMPARE( store->count( QStringLiteral( "bin-C3" ) ), binSteps );

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
