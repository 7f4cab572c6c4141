// SPDX-License-Identifier: GPL-2.0-or-later
// EPANET .inp topology reader: real networks (counts as parsed by EPANET 2.2, see
// ../shared/data/water/networks/SOURCES.md) and every error path.
#include "inpreader.h"
#include "vigietest.h"

#include <QtTest>

using namespace vigie::hydraulics;

class TestInpReader : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void realNetworks_data();
  void realNetworks();
  void lTownDetails();
  void net1Details();
  void sectionsInAnyOrder();
  void errors_data();
  void errors();
  void missingFile();
  void errorLeavesNetworkUnchanged();
};

namespace
{
  QString lTownPath()
  {
    return vigie::test::demoSourcePath( QStringLiteral( "water/L-TOWN.inp" ) );
  }
  QString net1Path()
  {
    return QStringLiteral( VIGIE_HYDRAULICS_TEST_DATA "/Net1.inp" );
  }

  //! A small valid network the error cases alter.
  QString minimalNetwork()
  {
    return QStringLiteral( "[TITLE]\nTiny\n\n[JUNCTIONS]\n j1 10 1\n j2 12 2 pat ; comment\n\n[RESERVOIRS]\n r1 50\n\n"
                           "[PIPES]\n p1 r1 j1 100 150 130\n p2 j1 j2 100 150 130 0 CV\n\n[OPTIONS]\n Units LPS\n\n"
                           "[COORDINATES]\n j1 0 0\n j2 10 0\n r1 -10 0\n\n[END]\n" );
  }
} // namespace

void TestInpReader::realNetworks_data()
{
  QTest::addColumn<QString>( "path" );
  QTest::addColumn<int>( "junctions" );
  QTest::addColumn<int>( "reservoirs" );
  QTest::addColumn<int>( "tanks" );
  QTest::addColumn<int>( "pipes" );
  QTest::addColumn<int>( "pumps" );
  QTest::addColumn<int>( "valves" );
  QTest::addColumn<QString>( "units" );
  QTest::addColumn<bool>( "metric" );
  // figures from the EPANET 2.2 toolkit (SOURCES.md), not from our own reader
  QTest::newRow( "L-TOWN" ) << lTownPath() << 782 << 2 << 1 << 905 << 1 << 3 << "CMH" << true;
  QTest::newRow( "Net1" ) << net1Path() << 9 << 1 << 1 << 12 << 1 << 0 << "GPM" << false;
}

void TestInpReader::realNetworks()
{
  QFETCH( QString, path );
  QFETCH( int, junctions );
  QFETCH( int, reservoirs );
  QFETCH( int, tanks );
  QFETCH( int, pipes );
  QFETCH( int, pumps );
  QFETCH( int, valves );
  QFETCH( QString, units );
  QFETCH( bool, metric );

  Network network;
  QString error;
  QVERIFY2( InpReader::readFile( path, network, &error ), qPrintable( error ) );
  QCOMPARE( network.junctions.size(), junctions );
  QCOMPARE( network.reservoirs.size(), reservoirs );
  QCOMPARE( network.tanks.size(), tanks );
  QCOMPARE( network.pipes.size(), pipes );
  QCOMPARE( network.pumps.size(), pumps );
  QCOMPARE( network.valves.size(), valves );
  QCOMPARE( flowUnitsName( network.flowUnits ), units );
  QCOMPARE( isMetric( network.flowUnits ), metric );
  QCOMPARE( network.headloss, QStringLiteral( "H-W" ) );
  // every node has coordinates and every link a drawable path
  QCOMPARE( network.coordinates.size(), network.nodeCount() );
  for ( const Pipe &p : std::as_const( network.pipes ) )
    QVERIFY( network.linkPath( p ).size() >= 2 );
  // [REACTIONS] appears twice in both files: each occurrence kept verbatim
  int reactions = 0;
  for ( const RawSection &s : std::as_const( network.rawSections ) )
    reactions += s.name == QLatin1String( "REACTIONS" ) ? 1 : 0;
  QCOMPARE( reactions, 2 );
}

void TestInpReader::lTownDetails()
{
  Network network;
  QString error;
  QVERIFY2( InpReader::readFile( lTownPath(), network, &error ), qPrintable( error ) );
  QVERIFY( network.title.startsWith( QLatin1String( "L-TOWN v1.2" ) ) );
  NodeType type;
  QVERIFY( network.hasNode( QStringLiteral( "T1" ), &type ) );
  QCOMPARE( type, NodeType::Tank );
  const Tank &t1 = network.tanks.at( 0 );
  QCOMPARE( t1.elevation, 98.68 );
  QCOMPARE( t1.maxLevel, 4.0 );
  QCOMPARE( t1.diameter, 16.0 );
  QCOMPARE( t1.comment, QStringLiteral( "LEVEL SENSOR" ) );
  QCOMPARE( network.junctions.at( 0 ).comment, QStringLiteral( "AMR & PRESSURE SENSOR" ) );
  QCOMPARE( network.pumps.at( 0 ).headCurve, QStringLiteral( "1" ) );
  QCOMPARE( network.pumps.at( 0 ).node2, QStringLiteral( "T1" ) );
  for ( const Valve &v : std::as_const( network.valves ) )
    QCOMPARE( v.type, ValveType::Prv );
  QCOMPARE( network.valves.at( 1 ).setting, QStringLiteral( "50.0000" ) );
  const Pipe &p1 = network.pipes.at( 0 );
  QCOMPARE( p1.id, QStringLiteral( "p1" ) );
  QCOMPARE( p1.node1, QStringLiteral( "n62" ) );
  QCOMPARE( p1.diameter, 200.0 );
  QCOMPARE( network.coordinates.value( QStringLiteral( "R1" ) ), QPointF( 2760.32, 1079.74 ) );
  QCOMPARE( network.option( QStringLiteral( "DEMAND MULTIPLIER" ) ), QStringLiteral( "1.0000" ) );
  QCOMPARE( network.option( QStringLiteral( "UNBALANCED" ) ), QStringLiteral( "Continue 10" ) );
  // the 2,348 [DEMANDS] lines and the patterns are kept for the solver
  bool hasDemands = false;
  for ( const RawSection &s : std::as_const( network.rawSections ) )
    hasDemands |= s.name == QLatin1String( "DEMANDS" ) && s.lines.size() > 2000;
  QVERIFY( hasDemands );
}

void TestInpReader::net1Details()
{
  Network network;
  QString error;
  QVERIFY2( InpReader::readFile( net1Path(), network, &error ), qPrintable( error ) );
  // node "9" (reservoir) and link "9" (pump) share an id: separate namespaces, as in EPANET
  NodeType nodeType;
  LinkType linkType;
  QVERIFY( network.hasNode( QStringLiteral( "9" ), &nodeType ) );
  QCOMPARE( nodeType, NodeType::Reservoir );
  QVERIFY( network.hasLink( QStringLiteral( "9" ), &linkType ) );
  QCOMPARE( linkType, LinkType::Pump );
  QVERIFY( network.title.startsWith( QLatin1String( "EPANET Example Network 1" ) ) );
  QCOMPARE( network.tanks.at( 0 ).diameter, 50.5 );
}

void TestInpReader::sectionsInAnyOrder()
{
  // links before the nodes they join, CRLF line ends, quoted ids with spaces
  const QString text =
      QStringLiteral( "[PIPES]\r\n \"main pipe\" \"node a\" b 10 100 120\r\n[JUNCTIONS]\r\n \"node a\" 1\r\n b 2\r\n[VERTICES]\r\n"
                      " \"main pipe\" 5 5\r\n \"main pipe\" 6 6\r\n[COORDINATES]\r\n \"node a\" 0 0\r\n b 10 10\r\n" );
  Network network;
  QString error;
  QVERIFY2( InpReader::readText( text, QStringLiteral( "order.inp" ), network, &error ), qPrintable( error ) );
  QCOMPARE( network.pipes.size(), 1 );
  QCOMPARE( network.pipes.at( 0 ).node1, QStringLiteral( "node a" ) );
  QCOMPARE( network.linkPath( network.pipes.at( 0 ) ).size(), 4 );
  QCOMPARE( network.flowUnits, FlowUnits::Gpm ); // EPANET's default when [OPTIONS] has no Units
}

void TestInpReader::errors_data()
{
  QTest::addColumn<QString>( "from" );
  QTest::addColumn<QString>( "to" );
  QTest::addColumn<int>( "line" );
  QTest::addColumn<QString>( "reason" );

  QTest::newRow( "valid" ) << QString() << QString() << 0 << QString();
  QTest::newRow( "bad number" ) << " j1 10 1\n"
                                << " j1 1O 1\n"
                                << 5 << "bad number \"1O\" for elevation of j1";
  QTest::newRow( "bad pipe number" ) << "p1 r1 j1 100 150 130"
                                     << "p1 r1 j1 100 1,5 130" << 12 << "bad number \"1,5\"";
  QTest::newRow( "unknown node in pipe" ) << "p2 j1 j2"
                                          << "p2 j1 j9" << 13 << "unknown node \"j9\"";
  QTest::newRow( "duplicate node" ) << " j2 12 2 pat"
                                    << " j1 12 2 pat" << 6 << "duplicate node id \"j1\"";
  QTest::newRow( "duplicate link" ) << "p2 j1 j2"
                                    << "p1 j1 j2" << 13 << "duplicate link id \"p1\"";
  QTest::newRow( "too few values" ) << "p1 r1 j1 100 150 130"
                                    << "p1 r1 j1 100" << 12 << "at least 6 values";
  QTest::newRow( "bad status" ) << "0 CV"
                                << "0 HALF" << 13 << "unknown status \"HALF\"";
  QTest::newRow( "bad units" ) << "Units LPS"
                               << "Units BUCKETS" << 16 << "unknown flow units \"BUCKETS\"";
  QTest::newRow( "coordinates of unknown node" ) << " r1 -10 0"
                                                 << " r9 -10 0" << 21 << "unknown node \"r9\"";
  QTest::newRow( "data outside section" ) << "[TITLE]"
                                          << "stray line\n[TITLE]" << 1 << "outside of any section";
  QTest::newRow( "missing junctions" ) << "[JUNCTIONS]\n j1 10 1\n j2 12 2 pat ; comment\n\n[RESERVOIRS]\n r1 50\n"
                                       << "" << -1 << "missing section [JUNCTIONS]";
  QTest::newRow( "missing pipes" ) << "[PIPES]\n p1 r1 j1 100 150 130\n p2 j1 j2 100 150 130 0 CV\n"
                                   << "" << -1 << "missing section [PIPES]";
  QTest::newRow( "unclosed header" ) << "[OPTIONS]"
                                     << "[OPTIONS" << 15 << "no closing bracket";
}

void TestInpReader::errors()
{
  QFETCH( QString, from );
  QFETCH( QString, to );
  QFETCH( int, line );
  QFETCH( QString, reason );

  QString text = minimalNetwork();
  if ( !from.isEmpty() )
  {
    QVERIFY2( text.contains( from ), qPrintable( from ) );
    text.replace( from, to );
  }
  Network network;
  QString error;
  const bool ok = InpReader::readText( text, QStringLiteral( "bad net.inp" ), network, &error );
  if ( reason.isEmpty() )
  {
    QVERIFY2( ok, qPrintable( error ) );
    QCOMPARE( network.junctions.size(), 2 );
    QCOMPARE( network.pipes.at( 1 ).status, PipeStatus::CheckValve );
    QCOMPARE( network.junctions.at( 1 ).comment, QStringLiteral( "comment" ) );
    return;
  }
  QVERIFY( !ok );
  QVERIFY2( error.contains( reason ), qPrintable( error ) );
  // the message names the source and, for line errors, the line
  const QString prefix = line > 0 ? QStringLiteral( "bad net.inp:%1: " ).arg( line ) : QStringLiteral( "bad net.inp: " );
  QVERIFY2( error.startsWith( prefix ), qPrintable( error ) );
}

void TestInpReader::missingFile()
{
  Network network;
  QString error;
  QVERIFY( !InpReader::readFile( tempPath( QStringLiteral( "absent é.inp" ) ), network, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "absent é.inp" ) ), qPrintable( error ) );

  QFile binary( tempPath( QStringLiteral( "binary.inp" ) ) );
  QVERIFY( binary.open( QIODevice::WriteOnly ) );
  binary.write( QByteArray( "[JUNCTIONS]\n\0\0\0", 15 ) );
  binary.close();
  QVERIFY( !InpReader::readFile( binary.fileName(), network, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "binary" ) ), qPrintable( error ) );
}

void TestInpReader::errorLeavesNetworkUnchanged()
{
  Network network;
  QString error;
  QVERIFY2( InpReader::readFile( net1Path(), network, &error ), qPrintable( error ) );
  QString broken = minimalNetwork();
  broken.replace( QStringLiteral( "p2 j1 j2" ), QStringLiteral( "p2 j1 nowhere" ) );
  QVERIFY( !InpReader::readText( broken, QStringLiteral( "x.inp" ), network, &error ) );
  QCOMPARE( network.junctions.size(), 9 );
  QCOMPARE( network.pipes.size(), 12 );
}

QTEST_GUILESS_MAIN( TestInpReader )
#include "tst_inpreader.moc"
