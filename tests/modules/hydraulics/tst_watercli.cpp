// SPDX-License-Identifier: GPL-2.0-or-later
// `vigie-cli water ...`: the command the water plugin registers, run in-process.
#include "domainplugin.h"
#include "clitest.h"
#include "vigietest.h"
#include "watercli.h"

#include <QtTest>

using namespace vigie::hydraulics;

class TestWaterCli : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void exitCodes_data();
  void exitCodes();
  void simulateNet1();
  void durationOption();
};

namespace
{
  //! The command as vigie-cli sees it.
  vigie::CliCommand command()
  {
    return vigie::CliCommand{ QStringLiteral( "water" ), waterCommandSummary(), &runWaterCommand };
  }

  int run( const QStringList &args, QString *out, QString *err )
  {
    const vigie::test::CliResult r = vigie::test::runCliCommand( command(), args );
    *out = r.out;
    *err = r.err;
    return r.code;
  }

  QString net1()
  {
    return vigie::test::sharedDataPath( QStringLiteral( "water/networks/Net1.inp" ) );
  }
} // namespace

void TestWaterCli::exitCodes_data()
{
  QTest::addColumn<QStringList>( "args" );
  QTest::addColumn<int>( "code" );
  QTest::addColumn<QString>( "message" );
  QTest::newRow( "help" ) << QStringList{ QStringLiteral( "--help" ) } << 0 << "Usage: vigie-cli water simulate";
  QTest::newRow( "simulate help" ) << QStringList{ QStringLiteral( "simulate" ), QStringLiteral( "-h" ) } << 0 << "nodes.csv";
  QTest::newRow( "no args" ) << QStringList{} << 2 << "Usage";
  QTest::newRow( "unknown command" ) << QStringList{ QStringLiteral( "boil" ) } << 2 << "unknown command \"boil\"";
  QTest::newRow( "no out" ) << QStringList{ QStringLiteral( "simulate" ), QStringLiteral( "x.inp" ) } << 2 << "--out DIR are required";
  QTest::newRow( "bad duration" ) << QStringList{ QStringLiteral( "simulate" ), QStringLiteral( "x.inp" ),      QStringLiteral( "--out" ),
                                                  QStringLiteral( "o" ),        QStringLiteral( "--duration" ), QStringLiteral( "ten" ) }
                                  << 2 << "--duration needs a number";
  QTest::newRow( "unknown option" ) << QStringList{ QStringLiteral( "simulate" ), QStringLiteral( "--fast" ) } << 2
                                    << "unknown option \"--fast\"";
  QTest::newRow( "missing input" ) << QStringList{ QStringLiteral( "simulate" ), QStringLiteral( "absent é.inp" ),
                                                   QStringLiteral( "--out" ), QStringLiteral( "o" ) }
                                   << 3 << "absent é.inp: cannot open";
}

void TestWaterCli::exitCodes()
{
  QFETCH( QStringList, args );
  QFETCH( int, code );
  QFETCH( QString, message );
  // relative paths are resolved against the temporary directory
  QDir::setCurrent( tempPath( QString() ) );
  QString out, err;
  QCOMPARE( run( args, &out, &err ), code );
  const QString all = out + err;
  QVERIFY2( all.contains( message ), qPrintable( all ) );
  QVERIFY( !QFileInfo::exists( tempPath( QStringLiteral( "o/nodes.csv" ) ) ) );
}

void TestWaterCli::simulateNet1()
{
  if ( !QFileInfo::exists( net1() ) )
    QSKIP( "shared networks not available" );
  const QString outDir = tempPath( QStringLiteral( "out dir é" ) );
  QString out, err;
  QCOMPARE( run( { QStringLiteral( "simulate" ), net1(), QStringLiteral( "--out" ), outDir }, &out, &err ), 0 );
  QVERIFY2( out.contains( QStringLiteral( "27 hydraulic solutions" ) ), qPrintable( out ) );
  QFile nodes( outDir + QStringLiteral( "/nodes.csv" ) );
  QFile links( outDir + QStringLiteral( "/links.csv" ) );
  QVERIFY( nodes.open( QIODevice::ReadOnly ) );
  QVERIFY( links.open( QIODevice::ReadOnly ) );
  const QStringList nodeLines = QString::fromUtf8( nodes.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
  const QStringList linkLines = QString::fromUtf8( links.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
  QCOMPARE( nodeLines.first(), QStringLiteral( "time_s,node_id,demand,head,pressure" ) );
  QCOMPARE( linkLines.first(), QStringLiteral( "time_s,link_id,flow,velocity,headloss,status" ) );
  QCOMPARE( nodeLines.size(), 1 + 11 * 25 );
  QCOMPARE( linkLines.size(), 1 + 13 * 25 );
  // energy report: one line per pump (Net1 has pump 9) and the demand charge
  QFile energy( outDir + QStringLiteral( "/energy.csv" ) );
  QVERIFY( energy.open( QIODevice::ReadOnly ) );
  const QStringList energyLines = QString::fromUtf8( energy.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
  QCOMPARE( energyLines.size(), 3 );
  QCOMPARE( energyLines.at( 0 ),
            QStringLiteral( "pump_id,utilization_pct,efficiency_pct,kwh_per_volume,average_kw,peak_kw,kwh,cost,cost_per_day" ) );
  const QStringList pump = energyLines.at( 1 ).split( QLatin1Char( ',' ) );
  QCOMPARE( pump.size(), 9 );
  QCOMPARE( pump.at( 0 ), QStringLiteral( "9" ) );
  const double utilization = pump.at( 1 ).toDouble(), averageKw = pump.at( 4 ).toDouble(), kwh = pump.at( 6 ).toDouble();
  QVERIFY2( utilization > 0 && utilization < 100, qPrintable( energyLines.at( 1 ) ) ); // Net1's pump stops on tank level
  QCOMPARE( pump.at( 2 ).toDouble(), 75.0 );                                          // [ENERGY] Global Efficiency 75
  QVERIFY( averageKw > 0 && pump.at( 5 ).toDouble() >= averageKw );
  QVERIFY( std::abs( kwh - averageKw * utilization / 100 * 24 ) < 1e-6 * kwh );
  QVERIFY( energyLines.at( 2 ).startsWith( QStringLiteral( "DEMAND CHARGE," ) ) );
  // same rows, same order, as EPANET's reference; values within the acceptance tolerances
  QFile ref( vigie::test::sharedDataPath( QStringLiteral( "water/reference/Net1_nodes.csv" ) ) );
  if ( ref.open( QIODevice::ReadOnly ) )
  {
    const QStringList refLines = QString::fromUtf8( ref.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    QCOMPARE( refLines.size(), nodeLines.size() );
    for ( int i = 1; i < refLines.size(); ++i )
    {
      const QStringList a = nodeLines.at( i ).split( QLatin1Char( ',' ) );
      const QStringList b = refLines.at( i ).split( QLatin1Char( ',' ) );
      QCOMPARE( a.mid( 0, 2 ), b.mid( 0, 2 ) );
      QVERIFY2( std::abs( a.at( 3 ).toDouble() - b.at( 3 ).toDouble() ) < 0.01,
                qPrintable( nodeLines.at( i ) + QStringLiteral( " / " ) + refLines.at( i ) ) );
    }
  }
}

void TestWaterCli::durationOption()
{
  if ( !QFileInfo::exists( net1() ) )
    QSKIP( "shared networks not available" );
  const QString outDir = tempPath( QStringLiteral( "short" ) );
  QString out, err;
  QCOMPARE( run( { QStringLiteral( "simulate" ), net1(), QStringLiteral( "--out" ), outDir, QStringLiteral( "--duration" ),
                   QStringLiteral( "3" ) },
                 &out, &err ),
            0 );
  QFile nodes( outDir + QStringLiteral( "/nodes.csv" ) );
  QVERIFY( nodes.open( QIODevice::ReadOnly ) );
  const QStringList lines = QString::fromUtf8( nodes.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
  QCOMPARE( lines.size(), 1 + 11 * 4 ); // 0, 1, 2, 3 h
  QVERIFY( lines.last().startsWith( QStringLiteral( "10800," ) ) );
}

QTEST_GUILESS_MAIN( TestWaterCli )
#include "tst_watercli.moc"
