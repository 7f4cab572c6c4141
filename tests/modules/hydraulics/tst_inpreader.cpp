// SPDX-License-Identifier: GPL-2.0-or-later
// EPANET .inp topology reader: real networks (counts as parsed by EPANET 2.2, see
// ../shared/data/water/networks/SOURCES.md) and every error path.
#include "inpreader.h"
#include "inpwriter.h"
#include "vigietest.h"

#include <QtTest>

using namespace vigie::hydraulics;

class TestInpReader : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void realNetworks_data();
  void realNetworks();
  void sharedNetworks_data();
  void sharedNetworks();
  void roundTrip_data();
  void roundTrip();
  void sections();
  void times_data();
  void times();
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
                           "[COORDINATES]\n j1 0 0\n j2 10 0\n r1 -10 0\n\n[PATTERNS]\n pat 1 1.5\n\n[END]\n" );
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
  // the [DEMANDS] categories replace the [JUNCTIONS] demands; 5-minute patterns of one week
  int demands = 0;
  for ( const Junction &j : std::as_const( network.junctions ) )
    demands += j.demands.size();
  QVERIFY2( demands > 750, qPrintable( QString::number( demands ) ) );
  QVERIFY( network.patternIndex( QStringLiteral( "P-Residential" ) ) >= 0 );
  QCOMPARE( network.patterns.at( network.patternIndex( QStringLiteral( "P-Residential" ) ) ).factors.size(), 2016 );
  QCOMPARE( network.controls.size(), 2 );
  QCOMPARE( network.controls.at( 0 ).condition, Control::Condition::NodeAbove );
  QCOMPARE( network.controls.at( 0 ).value, 3.9 );
  QCOMPARE( network.curves.at( network.curveIndex( QStringLiteral( "1" ) ) ).points.size(), 3 );
  QCOMPARE( network.time( QStringLiteral( "HYDRAULIC TIMESTEP" ) ), QStringLiteral( "0:05" ) );
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

namespace
{
  struct Figures
  {
    int junctions, reservoirs, tanks, pipes, cvs, pumps, valves, controls;
    const char *units;
  };
} // namespace

void TestInpReader::sharedNetworks_data()
{
  QTest::addColumn<QString>( "path" );
  QTest::addColumn<QVector<int>>( "figures" );
  QTest::addColumn<QString>( "units" );
  // "Key figures (as parsed by EPANET 2.2)" of ../shared/data/water/networks/SOURCES.md:
  // junctions, reservoirs, tanks, pipes, of which CV, pumps, valves, simple controls
  const struct
  {
    const char *file;
    QVector<int> figures;
    const char *units;
  } rows[] = {
      { "Net1.inp", { 9, 1, 1, 12, 0, 1, 0, 2 }, "GPM" },         { "Net2.inp", { 35, 0, 1, 40, 0, 0, 0, 0 }, "GPM" },
      { "Net3.inp", { 92, 2, 3, 117, 0, 2, 0, 6 }, "GPM" },       { "Anytown.inp", { 19, 3, 0, 40, 0, 1, 0, 0 }, "GPM" },
      { "Modena.inp", { 268, 4, 0, 317, 0, 0, 0, 0 }, "LPS" },    { "Richmond_standard.inp", { 865, 1, 6, 949, 21, 7, 1, 16 }, "LPS" },
      { "D-Town.inp", { 399, 1, 7, 443, 1, 11, 5, 24 }, "LPS" },  { "L-TOWN.inp", { 782, 2, 1, 905, 0, 1, 3, 2 }, "CMH" },
      { "Net6.inp", { 3323, 1, 32, 3829, 1, 61, 2, 124 }, "GPM" } };
  for ( const auto &row : rows )
    QTest::newRow( row.file ) << vigie::test::sharedDataPath( QStringLiteral( "water/networks/" ) + QLatin1String( row.file ) )
                              << row.figures << QString::fromLatin1( row.units );
}

void TestInpReader::sharedNetworks()
{
  QFETCH( QString, path );
  QFETCH( QVector<int>, figures );
  QFETCH( QString, units );
  if ( !QFileInfo::exists( path ) )
    QSKIP( "shared water networks not available" );
  Network network;
  QString error;
  QVERIFY2( InpReader::readFile( path, network, &error ), qPrintable( error ) );
  int cvs = 0;
  for ( const Pipe &p : std::as_const( network.pipes ) )
    cvs += p.status == PipeStatus::CheckValve ? 1 : 0;
  const QVector<int> actual = { static_cast<int>( network.junctions.size() ),
                                static_cast<int>( network.reservoirs.size() ),
                                static_cast<int>( network.tanks.size() ),
                                static_cast<int>( network.pipes.size() ),
                                cvs,
                                static_cast<int>( network.pumps.size() ),
                                static_cast<int>( network.valves.size() ),
                                static_cast<int>( network.controls.size() ) };
  QCOMPARE( actual, figures );
  QCOMPARE( flowUnitsName( network.flowUnits ), units );
  // every pump has a known curve, every pattern reference resolves (checked by the reader)
  for ( const Pump &p : std::as_const( network.pumps ) )
    QVERIFY( p.headCurve.isEmpty() || network.curveIndex( p.headCurve ) >= 0 );
}

namespace
{
  //! Every interpreted field of two networks, as text (QCOMPARE shows the first difference).
  QStringList describe( const Network &n )
  {
    QStringList out;
    auto num = []( double v ) { return QString::number( v, 'g', 17 ); };
    out << n.title << flowUnitsName( n.flowUnits ) << n.headloss;
    for ( const auto &o : n.options )
      out << QStringLiteral( "option %1=%2" ).arg( o.first, o.second );
    for ( const auto &o : n.times )
      out << QStringLiteral( "time %1=%2" ).arg( o.first, o.second );
    for ( const Junction &j : n.junctions )
    {
      out << QStringLiteral( "J %1 %2 %3 %4 %5 %6" )
                 .arg( j.id, num( j.elevation ), num( j.baseDemand ), j.pattern, j.comment, num( j.emitterCoefficient ) );
      for ( const Demand &d : j.demands )
        out << QStringLiteral( "  D %1 %2 %3" ).arg( num( d.base ), d.pattern, d.category );
    }
    for ( const Reservoir &r : n.reservoirs )
      out << QStringLiteral( "R %1 %2 %3 %4" ).arg( r.id, num( r.head ), r.pattern, r.comment );
    for ( const Tank &t : n.tanks )
      out << QStringLiteral( "T %1 %2 %3 %4 %5 %6 %7 %8 %9" )
                 .arg( t.id, num( t.elevation ), num( t.initLevel ), num( t.minLevel ), num( t.maxLevel ), num( t.diameter ),
                       num( t.minVolume ), t.volumeCurve, t.overflow ? QStringLiteral( "yes" ) : QStringLiteral( "no" ) );
    for ( const Pipe &p : n.pipes )
      out << QStringLiteral( "P %1 %2 %3 %4 %5 %6 %7 %8 %9" )
                 .arg( p.id, p.node1, p.node2, num( p.length ), num( p.diameter ), num( p.roughness ), num( p.minorLoss ) )
                 .arg( static_cast<int>( p.status ) )
                 .arg( p.comment );
    for ( const Pump &p : n.pumps )
      out << QStringLiteral( "U %1 %2 %3 %4 %5 %6 %7" )
                 .arg( p.id, p.node1, p.node2, p.headCurve, num( p.power ), num( p.speed ), p.pattern );
    for ( const Valve &v : n.valves )
      out << QStringLiteral( "V %1 %2 %3 %4 %5 %6 %7" )
                 .arg( v.id, v.node1, v.node2, num( v.diameter ), valveTypeName( v.type ), v.setting, num( v.minorLoss ) );
    for ( const Pattern &p : n.patterns )
    {
      QStringList f;
      for ( double v : p.factors )
        f << num( v );
      out << QStringLiteral( "PAT %1 %2" ).arg( p.id, f.join( QLatin1Char( ' ' ) ) );
    }
    for ( const Curve &c : n.curves )
    {
      QStringList f;
      for ( const QPointF &v : c.points )
        f << num( v.x() ) << num( v.y() );
      out << QStringLiteral( "CUR %1 %2 %3" ).arg( c.id, c.type, f.join( QLatin1Char( ' ' ) ) );
    }
    for ( const StatusEntry &s : n.statuses )
      out << QStringLiteral( "ST %1 %2" ).arg( s.linkId, s.value );
    for ( const Control &c : n.controls )
      out << QStringLiteral( "C %1 %2 %3 %4 %5 %6 %7" )
                 .arg( c.linkId )
                 .arg( static_cast<int>( c.action ) )
                 .arg( num( c.setting ) )
                 .arg( static_cast<int>( c.condition ) )
                 .arg( c.nodeId, num( c.value ) )
                 .arg( c.seconds );
    for ( const Rule &r : n.rules )
    {
      out << QStringLiteral( "RULE %1 %2" ).arg( r.id, num( r.priority ) );
      for ( const Rule::Premise &p : r.premises )
        out << QStringList{ p.logic, p.object, p.id, p.attribute, p.relation, p.value }.join( QLatin1Char( ' ' ) );
      for ( const Rule::Action &a : r.thenActions )
        out << QStringLiteral( "THEN " ) + QStringList{ a.object, a.id, a.attribute, a.value }.join( QLatin1Char( ' ' ) );
      for ( const Rule::Action &a : r.elseActions )
        out << QStringLiteral( "ELSE " ) + QStringList{ a.object, a.id, a.attribute, a.value }.join( QLatin1Char( ' ' ) );
    }
    for ( const RawSection &s : n.rawSections )
      out << QStringLiteral( "[%1]" ).arg( s.name ) << s.lines;
    QStringList coordinates;
    for ( auto it = n.coordinates.constBegin(); it != n.coordinates.constEnd(); ++it )
      coordinates << QStringLiteral( "XY %1 %2 %3" ).arg( it.key(), num( it->x() ), num( it->y() ) );
    coordinates.sort();
    out << coordinates;
    QStringList vertices;
    for ( auto it = n.vertices.constBegin(); it != n.vertices.constEnd(); ++it )
    {
      for ( const QPointF &p : *it )
        vertices << QStringLiteral( "VX %1 %2 %3" ).arg( it.key(), num( p.x() ), num( p.y() ) );
    }
    out << vertices;
    return out;
  }
} // namespace

void TestInpReader::roundTrip_data()
{
  QTest::addColumn<QString>( "path" );
  const QDir dir( vigie::test::sharedDataPath( QStringLiteral( "water/networks" ) ) );
  const QStringList files = dir.entryList( { QStringLiteral( "*.inp" ) }, QDir::Files, QDir::Name );
  for ( const QString &file : files )
    QTest::newRow( qPrintable( file ) ) << dir.filePath( file );
  QTest::newRow( "demo L-TOWN" ) << lTownPath();
}

void TestInpReader::roundTrip()
{
  QFETCH( QString, path );
  Network first;
  QString error;
  QVERIFY2( InpReader::readFile( path, first, &error ), qPrintable( error ) );
  const QString written = tempPath( QStringLiteral( "round trip é.inp" ) );
  QVERIFY2( InpWriter::writeFile( first, written, &error ), qPrintable( error ) );
  Network second;
  QVERIFY2( InpReader::readFile( written, second, &error ), qPrintable( error ) );
  const QStringList a = describe( first );
  const QStringList b = describe( second );
  QCOMPARE( b.size(), a.size() );
  for ( int i = 0; i < a.size(); ++i )
    QCOMPARE( b.at( i ), a.at( i ) );
  // and the writer is stable: writing the re-read network gives the same text
  QCOMPARE( InpWriter::toText( second ), InpWriter::toText( first ) );
}

void TestInpReader::sections()
{
  const QString text = QStringLiteral(
      "[JUNCTIONS]\n j1 10 5 pat\n j2 12\n[RESERVOIRS]\n r1 50\n[TANKS]\n t1 20 3 1 6 10 0 vol\n"
      "[PIPES]\n p1 r1 j1 100 150 130\n p2 j1 j2 100 150 130 0 CV\n p3 j2 t1 100 150 130\n"
      "[VALVES]\n v1 j1 j2 100 PRV 30 0\n[PUMPS]\n u1 r1 j2 HEAD pc SPEED 0.9\n"
      "[DEMANDS]\n j2 2.5 pat ;Domestic\n j2 1\n[EMITTERS]\n j1 0.7\n"
      "[PATTERNS]\n pat 1 2\n pat 3\n[CURVES]\n;PUMP: pump curve\n pc 10 40\n;VOLUME:\n vol 0 0\n vol 6 300\n"
      "[STATUS]\n p1 Closed\n v1 45\n[CONTROLS]\n LINK u1 0.8 AT CLOCKTIME 6 PM\n Link p1 OPEN IF Node t1 ABOVE 5.5\n"
      "[RULES]\nRULE r1\nIF TANK t1 LEVEL > 5\nAND SYSTEM CLOCKTIME >= 8 PM\nTHEN PUMP u1 STATUS = CLOSED\nAND VALVE v1 SETTING = 25\n"
      "ELSE PUMP u1 STATUS = OPEN\nPRIORITY 2\n"
      "[TIMES]\n Duration 1.5 hours\n Start ClockTime 3 pm\n[OPTIONS]\n Units LPS\n Headloss D-W\n" );
  Network n;
  QString error;
  QVERIFY2( InpReader::readText( text, QStringLiteral( "s.inp" ), n, &error ), qPrintable( error ) );
  QCOMPARE( n.junctions.at( 0 ).emitterCoefficient, 0.7 );
  QCOMPARE( n.junctions.at( 1 ).demands.size(), 2 );
  QCOMPARE( n.junctions.at( 1 ).demands.at( 0 ).category, QStringLiteral( "Domestic" ) );
  QCOMPARE( n.patterns.at( 0 ).factors, ( QVector<double>{ 1, 2, 3 } ) );
  QCOMPARE( n.curves.at( 0 ).type, QStringLiteral( "PUMP" ) );
  QCOMPARE( n.curves.at( 1 ).type, QStringLiteral( "VOLUME" ) );
  QCOMPARE( n.statuses.size(), 2 );
  QCOMPARE( n.statuses.at( 0 ).value, QStringLiteral( "CLOSED" ) );
  QCOMPARE( n.controls.at( 0 ).condition, Control::Condition::ClockTime );
  QCOMPARE( n.controls.at( 0 ).seconds, 18LL * 3600 );
  QCOMPARE( n.controls.at( 0 ).setting, 0.8 );
  QCOMPARE( n.controls.at( 1 ).nodeId, QStringLiteral( "t1" ) );
  QCOMPARE( n.rules.size(), 1 );
  QCOMPARE( n.rules.at( 0 ).premises.size(), 2 );
  QCOMPARE( n.rules.at( 0 ).premises.at( 1 ).value, QStringLiteral( "8 PM" ) );
  QCOMPARE( n.rules.at( 0 ).thenActions.size(), 2 );
  QCOMPARE( n.rules.at( 0 ).elseActions.size(), 1 );
  QCOMPARE( n.rules.at( 0 ).priority, 2.0 );
  QCOMPARE( n.headloss, QStringLiteral( "D-W" ) );
  long long seconds = 0;
  QVERIFY( parseEpanetTime( QStringLiteral( "1.5" ), QStringLiteral( "hours" ), &seconds ) );
  QCOMPARE( seconds, 5400LL );
  // and it survives a write / read cycle
  Network again;
  QVERIFY2( InpReader::readText( InpWriter::toText( n ), QStringLiteral( "again.inp" ), again, &error ), qPrintable( error ) );
  QCOMPARE( describe( again ), describe( n ) );
}

void TestInpReader::times_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<QString>( "unit" );
  QTest::addColumn<long long>( "seconds" );
  QTest::addColumn<bool>( "ok" );
  QTest::newRow( "h:mm" ) << "24:00"
                          << "" << 86400LL << true;
  QTest::newRow( "h:mm:ss" ) << "0:05:30"
                             << "" << 330LL << true;
  QTest::newRow( "decimal hours" ) << "2.5"
                                   << "" << 9000LL << true;
  QTest::newRow( "minutes" ) << "90"
                             << "MIN" << 5400LL << true;
  QTest::newRow( "seconds" ) << "45"
                             << "SECONDS" << 45LL << true;
  QTest::newRow( "days" ) << "2"
                          << "DAYS" << 172800LL << true;
  QTest::newRow( "midnight" ) << "12"
                              << "am" << 0LL << true;
  QTest::newRow( "noon" ) << "12"
                          << "PM" << 43200LL << true;
  QTest::newRow( "3 pm" ) << "3:30"
                          << "PM" << 55800LL << true;
  QTest::newRow( "bad unit" ) << "3"
                              << "WEEKS" << 0LL << false;
  QTest::newRow( "bad text" ) << "x"
                              << "" << 0LL << false;
  QTest::newRow( "13 pm" ) << "13"
                           << "PM" << 0LL << false;
}

void TestInpReader::times()
{
  QFETCH( QString, text );
  QFETCH( QString, unit );
  QFETCH( long long, seconds );
  QFETCH( bool, ok );
  long long value = -1;
  QCOMPARE( parseEpanetTime( text, unit, &value ), ok );
  if ( ok )
    QCOMPARE( value, seconds );
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
  QTest::newRow( "undefined pattern" ) << " j2 12 2 pat"
                                       << " j2 12 2 nopat" << 6 << "undefined pattern \"nopat\"";
  QTest::newRow( "bad control" ) << "[OPTIONS]"
                                 << "[CONTROLS]\n LINK p1 OPEN IF NODE j1 NEAR 3\n[OPTIONS]" << 16 << "control must read";
  QTest::newRow( "control unknown link" ) << "[OPTIONS]"
                                          << "[CONTROLS]\n LINK p9 OPEN AT TIME 3\n[OPTIONS]" << 16 << "unknown link \"p9\"";
  QTest::newRow( "bad curve order" ) << "[OPTIONS]"
                                     << "[CURVES]\n c 10 5\n c 5 3\n[OPTIONS]" << 17 << "x values must increase";
  QTest::newRow( "demand unknown junction" ) << "[OPTIONS]"
                                             << "[DEMANDS]\n r1 3\n[OPTIONS]" << 16 << "unknown junction \"r1\"";
  QTest::newRow( "bad time" ) << "[OPTIONS]"
                              << "[TIMES]\n Duration 3 weeks\n[OPTIONS]" << 16 << "bad time";
  QTest::newRow( "bad status" ) << "[OPTIONS]"
                                << "[STATUS]\n p1 HALF\n[OPTIONS]" << 16 << "bad number \"HALF\"";
  QTest::newRow( "rule without RULE" ) << "[OPTIONS]"
                                       << "[RULES]\nIF TANK 1 LEVEL > 3\n[OPTIONS]" << 16 << "before any RULE";
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
