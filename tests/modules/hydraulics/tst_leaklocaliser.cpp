// SPDX-License-Identifier: GPL-2.0-or-later
// Leak localisation: the least-squares ranking (leak size prior, nuisance direction, areas) on
// hand-made sensitivities, the solver's direct sensitivities behind a pressure reducing valve
// (where reciprocity gives nothing), and the detect options that choose them.
#include "inpreader.h"
#include "leakdetector.h"
#include "leaklocaliser.h"
#include "scada.h"
#include "watercli.h"
#include "watertools.h"

#include <QTextStream>
#include <QtTest>

#include <cmath>

using namespace vigie::hydraulics;

namespace
{
  //! R1 - P1 (metered) - J1 - P2 - J2 - PRV V1 (40 m) - J3 - P3 - J4; sensors at J1 and J4.
  const char *kPrvNetwork = "[JUNCTIONS]\n J1 10 1\n J2 10 1\n J3 10 1\n J4 10 1\n"
                            "[RESERVOIRS]\n R1 100\n"
                            "[PIPES]\n P1 R1 J1 500 150 100 0 Open\n P2 J1 J2 500 150 100 0 Open\n P3 J3 J4 500 150 100 0 Open\n"
                            "[VALVES]\n V1 J2 J3 150 PRV 40 0\n"
                            "[OPTIONS]\n Units LPS\n[END]\n";

  ScadaData layout()
  {
    ScadaData data;
    data.pressures.columns = QStringList{ QStringLiteral( "J1" ), QStringLiteral( "J4" ) };
    data.flows.columns = QStringList{ QStringLiteral( "P1" ) };
    return data;
  }

  //! Three pipes, four sensors: B's signature is A's tripled (same shape, three times closer).
  LeakLocaliser threePipes()
  {
    LeakLocaliser localiser;
    const QVector<double> a{ -0.01, -0.02, -0.005, -0.001 };
    QVector<double> b = a;
    for ( double &v : b )
      v *= 3;
    const QVector<double> c{ -0.001, -0.004, -0.02, -0.01 };
    localiser.setSensitivity( { QStringLiteral( "B" ), QStringLiteral( "A" ), QStringLiteral( "C" ) }, { b, a, c }, { 0, 0, 1 } );
    localiser.setNoise( QVector<double>( 4, 0.01 ) );
    return localiser;
  }
} // namespace

class TestLeakLocaliser : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void leakSizeSeparatesSameShape_data();
  void leakSizeSeparatesSameShape();
  void nuisanceDirection();
  void areaFilterAndCount();
  void pressureEvidence();
  void directSensitivityBehindPrv();
  void detectOptions_data();
  void detectOptions();
};

void TestLeakLocaliser::leakSizeSeparatesSameShape_data()
{
  QTest::addColumn<double>( "flow" );
  QTest::addColumn<QString>( "expected" );
  // observed change = 10 m³/h on A = 3.33 m³/h on B: the balance's size decides
  QTest::newRow( "size of A" ) << 10.0 << "A";
  QTest::newRow( "size of B" ) << 10.0 / 3 << "B";
}

void TestLeakLocaliser::leakSizeSeparatesSameShape()
{
  QFETCH( double, flow );
  QFETCH( QString, expected );
  LeakLocaliser localiser = threePipes();
  QVector<double> change = localiser.row( 1 ); // A
  for ( double &v : change )
    v *= 10;
  localiser.setFlowUncertainty( 0.1 );
  const QVector<LeakCandidate> ranked = localiser.rank( change, flow, -1, 3 );
  QCOMPARE( ranked.size(), 3 );
  QCOMPARE( ranked.first().pipe, expected );
  QVERIFY( ranked.last().pipe == QLatin1String( "C" ) );
  QVERIFY( ranked.at( 0 ).misfit < ranked.at( 1 ).misfit );
  // the cosine cannot tell A from B (same shape): both at 1, whatever the leak size
  localiser.setMethod( LocaliserMethod::Cosine );
  const QVector<LeakCandidate> cosine = localiser.rank( change, flow, -1, 3 );
  QCOMPARE( cosine.last().pipe, QStringLiteral( "C" ) );
  QVERIFY( std::abs( cosine.at( 0 ).similarity - 1 ) < 1e-9 && std::abs( cosine.at( 1 ).similarity - 1 ) < 1e-9 );
}

void TestLeakLocaliser::nuisanceDirection()
{
  // a consumption error along D hides the leak on C unless D is fitted alongside it
  LeakLocaliser localiser = threePipes();
  const QVector<double> d{ -0.05, -0.05, -0.01, -0.05 };
  QVector<double> change( 4 );
  for ( int s = 0; s < 4; ++s )
    change[s] = 2 * localiser.row( 2 ).at( s ) + 0.8 * d.at( s );
  localiser.setNuisance( d, 2 );
  const QVector<LeakCandidate> ranked = localiser.rank( change, 2, -1, 3 );
  QCOMPARE( ranked.first().pipe, QStringLiteral( "C" ) );
  QVERIFY2( std::abs( ranked.first().flow - 2 ) < 0.05, qPrintable( QString::number( ranked.first().flow ) ) );
  QVERIFY2( ranked.first().misfit < 0.2, qPrintable( QString::number( ranked.first().misfit ) ) ); // the ridge term only
  localiser.setNuisance( {}, 0 );
  const QVector<LeakCandidate> without = localiser.rank( change, 2, -1, 3 );
  QVERIFY2( without.first().misfit > 10 * ranked.first().misfit, qPrintable( QString::number( without.first().misfit ) ) );
}

void TestLeakLocaliser::areaFilterAndCount()
{
  const LeakLocaliser localiser = threePipes();
  const QVector<double> change = localiser.row( 2 );
  const QVector<LeakCandidate> area0 = localiser.rank( change, 1, 0, 10 );
  QCOMPARE( area0.size(), 2 ); // B and A only
  for ( const LeakCandidate &c : area0 )
    QVERIFY( c.pipe != QLatin1String( "C" ) );
  QCOMPARE( localiser.rank( change, 1, 1, 10 ).first().pipe, QStringLiteral( "C" ) );
  QCOMPARE( localiser.rank( change, 1, -1, 1 ).size(), 1 );
  // no sensor change at all: a finite ranking, no leak fitted
  const QVector<LeakCandidate> none = localiser.rank( QVector<double>( 4, 0.0 ), 0, -1, 3 );
  QCOMPARE( none.size(), 3 );
  for ( const LeakCandidate &c : none )
    QVERIFY( std::isfinite( c.misfit ) && c.flow == 0 );
}

void TestLeakLocaliser::pressureEvidence()
{
  // the evidence for a leak = misfit without a leak - best misfit with one (no flow prior)
  LeakLocaliser localiser = threePipes();
  QVector<double> change = localiser.row( 2 );
  for ( double &v : change )
    v *= 2; // 2 m³/h on C
  const double without = localiser.misfitWithoutLeak( change );
  const QVector<LeakCandidate> best = localiser.rank( change, 0, -1, 1 );
  QCOMPARE( best.first().pipe, QStringLiteral( "C" ) );
  QVERIFY2( best.first().misfit < 1e-9, qPrintable( QString::number( best.first().misfit ) ) );
  double expected = 0; // sum (change / sigma)^2 with sigma 0.01
  for ( double v : change )
    expected += v * v / 1e-4;
  QVERIFY2( std::abs( without - expected ) < 1e-9 * expected, qPrintable( QString::number( without ) ) );
  // a doubled noise quarters the evidence
  QVERIFY( std::abs( localiser.misfitWithoutLeak( change, 2 ) - expected / 4 ) < 1e-9 * expected );
  // a change along the nuisance direction is no evidence: the nuisance explains it (up to its ridge prior)
  const QVector<double> d{ -0.05, -0.05, -0.01, -0.05 };
  localiser.setNuisance( d, 2 );
  QVector<double> consumption = d;
  for ( double &v : consumption )
    v *= 0.8;
  QVERIFY2( localiser.misfitWithoutLeak( consumption ) < 0.2, qPrintable( QString::number( localiser.misfitWithoutLeak( consumption ) ) ) );
  QCOMPARE( localiser.misfitWithoutLeak( QVector<double>( 4, 0.0 ) ), 0.0 );
}

void TestLeakLocaliser::directSensitivityBehindPrv()
{
  Network net;
  QString error;
  QVERIFY2( InpReader::readText( QString::fromLatin1( kPrvNetwork ), QStringLiteral( "prv.inp" ), net, &error ), qPrintable( error ) );
  auto rowOf = [&]( bool direct, const QString &pipe, QVector<double> *row )
  {
    LeakDetectorOptions options;
    options.directSensitivity = direct;
    options.sensitivityHour = 0;
    LeakDetector detector( net, options );
    QString message;
    if ( !detector.prepare( layout(), &message ) )
      return false;
    const int index = detector.localiser().pipes().indexOf( pipe );
    if ( index < 0 )
      return false;
    *row = detector.localiser().row( index );
    return true;
  };
  QVector<double> direct, reciprocal, upstream;
  QVERIFY( rowOf( true, QStringLiteral( "P3" ), &direct ) );
  QVERIFY( rowOf( false, QStringLiteral( "P3" ), &reciprocal ) );
  QVERIFY( rowOf( true, QStringLiteral( "P2" ), &upstream ) );
  QCOMPARE( direct.size(), 2 );
  // a leak behind the PRV draws more water through P1 and P2: J1 drops; J4 is held by the valve
  // up to the leak's own head loss in P3
  QVERIFY2( direct.at( 0 ) < -1e-4, qPrintable( QString::number( direct.at( 0 ) ) ) );
  QVERIFY2( direct.at( 1 ) < 0, qPrintable( QString::number( direct.at( 1 ) ) ) );
  // reciprocity sees nothing upstream (a leak at J1 does not move the regulated pressures)
  QVERIFY2( std::abs( reciprocal.at( 0 ) ) < 1e-6, qPrintable( QString::number( reciprocal.at( 0 ) ) ) );
  // a leak upstream of the valve does not reach J4 (regulated), but lowers J1 like any leak downstream of P1
  QVERIFY2( std::abs( upstream.at( 1 ) ) < 1e-6, qPrintable( QString::number( upstream.at( 1 ) ) ) );
  QVERIFY( upstream.at( 0 ) < -1e-4 );
}

void TestLeakLocaliser::detectOptions_data()
{
  QTest::addColumn<QStringList>( "extra" );
  QTest::addColumn<QString>( "message" );
  QTest::newRow( "unknown localiser" ) << QStringList{ QStringLiteral( "--localiser" ), QStringLiteral( "kriging" ) } << "kriging";
  QTest::newRow( "negative delay" ) << QStringList{ QStringLiteral( "--report-delay" ), QStringLiteral( "-1" ) } << "--report-delay";
  QTest::newRow( "delay not a number" ) << QStringList{ QStringLiteral( "--report-delay" ), QStringLiteral( "soon" ) } << "soon";
  QTest::newRow( "delay without value" ) << QStringList{ QStringLiteral( "--report-delay" ) } << "--report-delay";
  QTest::newRow( "negative deferral" ) << QStringList{ QStringLiteral( "--defer-days" ), QStringLiteral( "-3" ) } << "--defer-days";
  QTest::newRow( "deferral not a number" ) << QStringList{ QStringLiteral( "--defer-days" ), QStringLiteral( "month" ) } << "month";
  QTest::newRow( "deferral too long" ) << QStringList{ QStringLiteral( "--defer-days" ), QStringLiteral( "400" ) } << "from 0 to 365";
}

void TestLeakLocaliser::detectOptions()
{
  QFETCH( QStringList, extra );
  QFETCH( QString, message );
  QString outText, errText;
  QTextStream out( &outText ), err( &errText );
  const QStringList args = QStringList{ QStringLiteral( "--network" ), QStringLiteral( "none.inp" ), QStringLiteral( "--scada" ),
                                        QStringLiteral( "none" ),      QStringLiteral( "--out" ),    QStringLiteral( "none.csv" ) } +
                           extra;
  QCOMPARE( runWaterToolCommand( QStringLiteral( "detect" ), args, out, err ), static_cast<int>( WaterUsage ) );
  err.flush();
  QVERIFY2( errText.contains( message ), qPrintable( errText ) );
  QVERIFY( !QFile::exists( QStringLiteral( "none.csv" ) ) );
}

QTEST_GUILESS_MAIN( TestLeakLocaliser )
#include "tst_leaklocaliser.moc"
