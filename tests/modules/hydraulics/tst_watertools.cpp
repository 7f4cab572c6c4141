// SPDX-License-Identifier: GPL-2.0-or-later
// SCADA reader (both conventions, errors naming file/line/column), BattLeDIM scoring and
// distances, metered zones, valve isolation and the IWA balance figures, on hand-made data.
#include "inpreader.h"
#include "leakscore.h"
#include "scada.h"
#include "vigietest.h"
#include "waterbalance.h"
#include "waterisolation.h"
#include "waternetworkgraph.h"

#include <QtTest>

#include <cmath>

using namespace vigie;
using namespace vigie::hydraulics;

namespace
{
  //! R1 - P1 - J1 - P2 - J2 - P3 - J3 - P4 - J4, and J2 - P5 - J5; P2 and P4 tagged as valves.
  const char *kNetwork = "[JUNCTIONS]\n J1 10 1\n J2 10 2\n J3 10 0\n J4 10 3\n J5 10 4\n"
                         "[RESERVOIRS]\n R1 60\n"
                         "[PIPES]\n P1 R1 J1 100 200 100 0 Open\n P2 J1 J2 100 200 100 0 Open\n P3 J2 J3 100 200 100 0 Open\n"
                         " P4 J3 J4 100 200 100 0 Open\n P5 J2 J5 200 200 100 0 Open\n"
                         "[TAGS]\n LINK P2 isolation-valve\n LINK P4 valve\n"
                         "[OPTIONS]\n Units LPS\n[END]\n";

  bool writeText( const QString &path, const QByteArray &text )
  {
    QFile f( path );
    return f.open( QIODevice::WriteOnly ) && f.write( text ) == text.size();
  }
} // namespace

class TestWaterTools : public test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void times_data();
  void times();
  void scadaConventions();
  void scadaErrors_data();
  void scadaErrors();
  void distances();
  void scoring();
  void isolation();
  void isolationEveryPipeEnd();
  void balance();
  void zonesLTown();
};

void TestWaterTools::times_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<bool>( "ok" );
  QTest::addColumn<QString>( "formatted" );
  QTest::newRow( "minutes" ) << "2018-03-05 15:45" << true << "2018-03-05 15:45";
  QTest::newRow( "seconds" ) << "2019-12-31T23:55:00" << true << "2019-12-31 23:55";
  QTest::newRow( "leap day" ) << "2020-02-29 00:00" << true << "2020-02-29 00:00";
  QTest::newRow( "not leap" ) << "2019-02-29 00:00" << false << "";
  QTest::newRow( "hour 24" ) << "2019-01-01 24:00" << false << "";
  QTest::newRow( "slashes" ) << "2019/01/01 00:00" << false << "";
  QTest::newRow( "date only" ) << "2019-01-01" << false << "";
}

void TestWaterTools::times()
{
  QFETCH( QString, text );
  QFETCH( bool, ok );
  QFETCH( QString, formatted );
  const QByteArray utf8 = text.toUtf8();
  qint64 t = 0;
  QCOMPARE( parseScadaTime( utf8.constData(), utf8.constData() + utf8.size(), &t ), ok );
  if ( ok )
    QCOMPARE( formatScadaTime( t ), formatted );
}

void TestWaterTools::scadaConventions()
{
  // simulated convention in one folder, official one (';' and decimal commas) in another
  QDir( tempPath( QString() ) ).mkpath( QStringLiteral( "sim" ) );
  QDir( tempPath( QString() ) ).mkpath( QStringLiteral( "official" ) );
  QVERIFY( writeText( tempPath( QStringLiteral( "sim/Pressures.csv" ) ), "Timestamp,n1,n4\n2018-01-01 00:00,28.91,33.78\n2018-01-01 00:05,29.00,33.50\n" ) );
  QVERIFY( writeText( tempPath( QStringLiteral( "sim/Flows.csv" ) ), "Timestamp,p1\n2018-01-01 00:00,80.5\n2018-01-01 00:05,81\n" ) );
  QVERIFY( writeText( tempPath( QStringLiteral( "sim/Levels.csv" ) ), "Timestamp,T1\n2018-01-01 00:00,3.5\n2018-01-01 00:05,3.49\n" ) );
  QVERIFY( writeText( tempPath( QStringLiteral( "official/2018_SCADA_Pressures.csv" ) ),
                      "Timestamp;n1;n4\n2018-01-01 00:00;28,91;33,78\n2018-01-01 00:05;29,00;33,50\n" ) );
  QVERIFY( writeText( tempPath( QStringLiteral( "official/2018_SCADA_Flows.csv" ) ), "Timestamp;p1\n2018-01-01 00:00;80,5\n2018-01-01 00:05;81\n" ) );
  QVERIFY( writeText( tempPath( QStringLiteral( "official/2018_SCADA_Levels.csv" ) ), "Timestamp;T1\n2018-01-01 00:00;3,5\n2018-01-01 00:05;3,49\n" ) );
  ScadaData sim, official;
  QString error;
  QVERIFY2( sim.read( tempPath( QStringLiteral( "sim" ) ), true, &error ), qPrintable( error ) );
  QVERIFY2( official.read( tempPath( QStringLiteral( "official" ) ), true, &error ), qPrintable( error ) );
  QCOMPARE( sim.rowCount(), 2 );
  QCOMPARE( sim.step(), 300 );
  QCOMPARE( sim.pressures.columns, QStringList( { QStringLiteral( "n1" ), QStringLiteral( "n4" ) } ) );
  QCOMPARE( sim.pressures.values, official.pressures.values );
  QCOMPARE( sim.flows.values, official.flows.values );
  QCOMPARE( sim.times, official.times );
  QCOMPARE( sim.levels.value( 1, 0 ), 3.49 );
  QVERIFY( sim.demands.isEmpty() );
}

void TestWaterTools::scadaErrors_data()
{
  QTest::addColumn<QByteArray>( "pressures" );
  QTest::addColumn<QString>( "expected" );
  QTest::newRow( "missing column" ) << QByteArray( "Timestamp,n1,n4\n2018-01-01 00:00,28.91,33.78\n2018-01-01 00:05,29.00\n" )
                                    << "Pressures.csv:3: column 3 (n4): missing value";
  QTest::newRow( "wrong time" ) << QByteArray( "Timestamp,n1,n4\n2018-01-01 00:00,28.91,33.78\n01/01/2018 00:05,29.00,1\n" )
                                << "Pressures.csv:3: column 1 (Timestamp): \"01/01/2018 00:05\" is not a time";
  QTest::newRow( "not a number" ) << QByteArray( "Timestamp,n1,n4\n2018-01-01 00:00,28.91,abc\n" )
                                  << "Pressures.csv:2: column 3 (n4): \"abc\" is not a number";
  QTest::newRow( "no timestamp" ) << QByteArray( "Time,n1\n2018-01-01 00:00,1\n" ) << "Pressures.csv:1: column 1 is \"Time\"";
  QTest::newRow( "time backwards" ) << QByteArray( "Timestamp,n1\n2018-01-01 00:05,1\n2018-01-01 00:00,1\n" )
                                    << "Pressures.csv:3: column 1 (Timestamp): 2018-01-01 00:00 is not after";
  QTest::newRow( "extra column" ) << QByteArray( "Timestamp,n1\n2018-01-01 00:00,1,2\n" ) << "Pressures.csv:2: more than 2 columns";
}

void TestWaterTools::scadaErrors()
{
  QFETCH( QByteArray, pressures );
  QFETCH( QString, expected );
  const QString dir = tempPath( QStringLiteral( "bad" ) );
  QDir().mkpath( dir );
  QVERIFY( writeText( dir + QStringLiteral( "/Pressures.csv" ), pressures ) );
  QVERIFY( writeText( dir + QStringLiteral( "/Flows.csv" ), "Timestamp,p1\n2018-01-01 00:00,1\n2018-01-01 00:05,1\n" ) );
  QVERIFY( writeText( dir + QStringLiteral( "/Levels.csv" ), "Timestamp,T1\n2018-01-01 00:00,1\n2018-01-01 00:05,1\n" ) );
  ScadaData data;
  data.directory = QStringLiteral( "unchanged" );
  QString error;
  QVERIFY( !data.read( dir, true, &error ) );
  QVERIFY2( error.contains( expected ), qPrintable( error ) );
  QCOMPARE( data.directory, QStringLiteral( "unchanged" ) );
  // a missing file is named too
  QFile::remove( dir + QStringLiteral( "/Levels.csv" ) );
  QVERIFY( writeText( dir + QStringLiteral( "/Pressures.csv" ), "Timestamp,n1\n2018-01-01 00:00,1\n2018-01-01 00:05,1\n" ) );
  QVERIFY( !data.read( dir, true, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "no Levels file" ) ), qPrintable( error ) );
}

void TestWaterTools::distances()
{
  Network network;
  QString error;
  QVERIFY2( InpReader::readText( QString::fromLatin1( kNetwork ), QStringLiteral( "<net>" ), network, &error ), qPrintable( error ) );
  const PipeDistance d( network );
  QCOMPARE( d.distance( QStringLiteral( "P3" ), QStringLiteral( "P3" ) ), 0.0 );
  QCOMPARE( d.distance( QStringLiteral( "P2" ), QStringLiteral( "P3" ) ), 100.0 );  // adjacent: 50 + 50
  QCOMPARE( d.distance( QStringLiteral( "P1" ), QStringLiteral( "P3" ) ), 200.0 );  // J1-J2 100 + 50 + 50
  QCOMPARE( d.distance( QStringLiteral( "P1" ), QStringLiteral( "P5" ) ), 250.0 );  // 100 + 50 + 100
  QCOMPARE( d.distance( QStringLiteral( "P1" ), QStringLiteral( "nope" ) ), -1.0 );
}

void TestWaterTools::scoring()
{
  Network network;
  QString error;
  QVERIFY( InpReader::readText( QString::fromLatin1( kNetwork ), QStringLiteral( "<net>" ), network, &error ) );
  const QString truthPath = tempPath( QStringLiteral( "truth.csv" ) );
  QVERIFY( writeText( truthPath, "link_id,start_time,end_time,leak_diameter_m,leak_type,peak_time\n"
                                 "P3,2019-01-10 00:00,2019-01-20 00:00,0.01,abrupt,2019-01-10 00:00\n"
                                 "P5,2018-12-01 00:00,2019-12-31 23:55,0.01,abrupt,2018-12-01 00:00\n" ) );
  const QString reportPath = tempPath( QStringLiteral( "report.csv" ) );
  QVERIFY( writeText( reportPath, "P1, 2019-01-11 00:00\n"   // P3 at 200 m
                                  "P4, 2019-01-05 00:00\n"   // before P3 starts, P5 is 250 m away: P5 at 250 m
                                  "P2, 2019-01-12 00:00\n"   // P3 and P5 both detected: repeat
                                  "P1, 2019-02-01 00:00\n"   // P3 repaired, P5 detected: repeat
                                  "P9, 2018-06-01 00:00\n" ) ); // before the year: ignored
  QVector<LeakReport> reports;
  QVector<KnownLeak> truth;
  QVERIFY2( readLeakReports( reportPath, &reports, &error ), qPrintable( error ) );
  QVERIFY2( readKnownLeaks( truthPath, &truth, &error ), qPrintable( error ) );
  QCOMPARE( reports.size(), 5 );
  QCOMPARE( truth.size(), 2 );
  qint64 yearStart = 0, yearEnd = 0;
  const QByteArray s = "2019-01-01 00:00", e = "2020-01-01 00:00";
  QVERIFY( parseScadaTime( s.constData(), s.constData() + s.size(), &yearStart ) );
  QVERIFY( parseScadaTime( e.constData(), e.constData() + e.size(), &yearEnd ) );
  LeakScorer scorer( network );
  LeakScore score;
  QVERIFY2( scorer.score( reports, truth, yearStart, yearEnd, &score, &error ), qPrintable( error ) );
  QCOMPARE( score.truePositives, 2 );
  QCOMPARE( score.falsePositives, 0 );
  QCOMPARE( score.repeats, 2 );
  QCOMPARE( score.falseNegatives, 0 );
  // orifice law at 40 m: q = 0.75 pi (d/2)^2 sqrt(2 g p)
  const double q = 0.75 * 3.14159265358979 * 0.005 * 0.005 * std::sqrt( 2 * 9.80665 * 40 ) * 3600;
  const double volumeP3 = q * ( 9 * 24 + 5.0 / 60 );       // 01-11 00:00 .. 01-20 00:00 included
  const double volumeP5 = q * ( 360 * 24 + 23 + 60.0 / 60 ); // 01-05 00:00 .. 12-31 23:55 included
  QVERIFY( std::abs( score.leaks.at( 0 ).volume - volumeP3 ) < 1e-6 * volumeP3 );
  QVERIFY( std::abs( score.leaks.at( 1 ).volume - volumeP5 ) < 1e-6 * volumeP5 );
  const double expected = 0.8 * volumeP3 - 200.0 / 300 * 500 + 0.8 * volumeP5 - 250.0 / 300 * 500;
  QVERIFY2( std::abs( score.score - expected ) < 1e-6 * expected, qPrintable( QString::number( score.score ) ) );
  QVERIFY( score.perfectScore > score.score );
  // a report far in time is a false positive
  reports = { { QStringLiteral( "P3" ), yearStart + 86400 * 100 } };
  truth.removeLast();
  QVERIFY( scorer.score( reports, truth, yearStart, yearEnd, &score, &error ) );
  QCOMPARE( score.falsePositives, 1 );
  QCOMPARE( score.score, -500.0 );
  // bad report lines name the line and column
  QVERIFY( writeText( reportPath, "P1, 2019-01-11 00:00\nP2, 11/01/2019\n" ) );
  QVERIFY( !readLeakReports( reportPath, &reports, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "report.csv:2: column 2" ) ), qPrintable( error ) );
}

void TestWaterTools::isolation()
{
  Network network;
  QString error;
  QVERIFY( InpReader::readText( QString::fromLatin1( kNetwork ), QStringLiteral( "<net>" ), network, &error ) );
  const IsolationValves valves = IsolationValves::fromNetwork( network );
  QVERIFY( valves.closableLinks.contains( QStringLiteral( "P2" ) ) );
  QVERIFY( valves.closableLinks.contains( QStringLiteral( "P4" ) ) );
  IsolationResult r;
  QVERIFY2( isolatePipe( network, QStringLiteral( "P3" ), valves, &r, &error ), qPrintable( error ) );
  QStringList close = r.valvesToClose;
  close.sort();
  QCOMPARE( close, QStringList( { QStringLiteral( "P2" ), QStringLiteral( "P4" ) } ) );
  QStringList segment = r.segmentPipes;
  segment.sort();
  QCOMPARE( segment, QStringList( { QStringLiteral( "P3" ), QStringLiteral( "P5" ) } ) );
  QStringList cut = r.cutOffJunctions;
  cut.sort();
  QCOMPARE( cut, QStringList( { QStringLiteral( "J2" ), QStringLiteral( "J3" ), QStringLiteral( "J4" ), QStringLiteral( "J5" ) } ) );
  QCOMPARE( r.customers, 3 ); // J3 has no demand
  QCOMPARE( r.demandLost, 9.0 );
  QVERIFY( r.isolated );
  const QJsonObject geo = isolationGeoJson( network, r );
  QCOMPARE( geo.value( QStringLiteral( "type" ) ).toString(), QStringLiteral( "FeatureCollection" ) );
  // a burst next to the source cannot be isolated
  QVERIFY( isolatePipe( network, QStringLiteral( "P1" ), valves, &r, &error ) );
  QVERIFY( !r.isolated );
  QVERIFY( !isolatePipe( network, QStringLiteral( "nope" ), valves, &r, &error ) );
  QVERIFY( error.contains( QStringLiteral( "nope" ) ) );
}

void TestWaterTools::isolationEveryPipeEnd()
{
  Network network;
  QString error;
  QVERIFY( InpReader::readText( QString::fromLatin1( kNetwork ), QStringLiteral( "<net>" ), network, &error ) );
  IsolationValves valves;
  valves.everyPipeEnd = true;
  IsolationResult r;
  QVERIFY( isolatePipe( network, QStringLiteral( "P5" ), valves, &r, &error ) );
  QStringList close = r.valvesToClose;
  close.sort();
  QCOMPARE( close, QStringList( { QStringLiteral( "P5@J2" ), QStringLiteral( "P5@J5" ) } ) );
  QCOMPARE( r.cutOffJunctions, QStringList( { QStringLiteral( "J5" ) } ) ); // the dead end loses its supply
  QCOMPARE( r.segmentPipes, QStringList( { QStringLiteral( "P5" ) } ) );
}

void TestWaterTools::balance()
{
  // 10 km of mains, 1000 connections, 50 m: UARL = (18*10 + 0.8*1000) * 50 = 49,000 L/day
  BalanceAsset asset;
  asset.mainsKm = 10;
  asset.connections = 1000;
  asset.pressure = 50;
  QCOMPARE( unavoidableRealLosses( asset ), 49000.0 );
  QVector<BalanceDay> days;
  for ( int i = 0; i < 4; ++i )
  {
    BalanceDay d;
    d.day = i * 86400;
    d.inflow = 1000;
    d.metered = 700;
    d.consumption = 802; // + 102 m³ unmetered authorised
    d.minimumNightFlow = 10;
    days.append( d );
  }
  const BalanceSummary s = summariseBalance( QStringLiteral( "A" ), days, asset );
  QCOMPARE( s.realLosses, 198.0 );
  QCOMPARE( s.nonRevenuePercent, 30.0 );
  QCOMPARE( s.uarl, 49.0 );
  QVERIFY( std::abs( s.ili - 198.0 / 49.0 ) < 1e-12 );
  QCOMPARE( s.days.at( 2 ).realLosses, 198.0 );
}

void TestWaterTools::zonesLTown()
{
  const QString path = test::sharedDataPath( QStringLiteral( "water/networks/L-TOWN.inp" ) );
  if ( !QFileInfo::exists( path ) )
    QSKIP( "../shared/data/water/networks/L-TOWN.inp is missing" );
  Network network;
  QString error;
  QVERIFY2( InpReader::readFile( path, network, &error ), qPrintable( error ) );
  const QVector<Zone> dmas = deriveZones( network );
  QCOMPARE( dmas.size(), 3 );
  // BattLeDIM: A fed through PRV-1/PRV-2, B through PRV-3, C through the pump and tank T1
  QCOMPARE( dmas.at( 0 ).name, QStringLiteral( "A" ) );
  QVERIFY( dmas.at( 1 ).boundary.contains( qMakePair( QStringLiteral( "PRV-3" ), 1 ) ) );
  QVERIFY( dmas.at( 2 ).tanks.contains( QStringLiteral( "T1" ) ) );
  QVERIFY( dmas.at( 2 ).boundary.contains( qMakePair( QStringLiteral( "PUMP_1" ), 1 ) ) );
  const QVector<Zone> metered =
      deriveZones( network, { QStringLiteral( "p227" ), QStringLiteral( "p235" ), QStringLiteral( "PUMP_1" ) }, false );
  QCOMPARE( metered.size(), 2 ); // A+B behind the reservoir meters, C behind the pump
}

QTEST_GUILESS_MAIN( TestWaterTools )
#include "tst_watertools.moc"
