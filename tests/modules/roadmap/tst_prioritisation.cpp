// SPDX-License-Identifier: GPL-2.0-or-later
// Prioritisation: weights parsing, the score as the sum of explained contributions, the
// impact/effort matrix, weights changing the ranking.

#include "demoroadmap.h"
#include "prioritisation.h"
#include "roadmaptestutil.h"
#include "vigietest.h"

#include <cmath>

using namespace vigie::roadmap;
using vigie::test::makeProject;

class TestPrioritisation : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void weights_data();
  void weights();
  void contributionsAddUp();
  void weightsChangeRanking_data();
  void weightsChangeRanking();
  void matrix_data();
  void matrix();
  void excludesDoneAndCancelled();
};

void TestPrioritisation::weights_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<bool>( "ok" );
  QTest::addColumn<double>( "impact" );
  QTest::newRow( "all four" ) << "impact=1,cost=2,feasibility=3,demand=4" << true << 1.0;
  QTest::newRow( "one" ) << "demand=0.5" << true << 0.4;
  QTest::newRow( "unknown" ) << "beauty=1" << false << 0.0;
  QTest::newRow( "negative" ) << "impact=-1" << false << 0.0;
  QTest::newRow( "all zero" ) << "impact=0,cost=0,feasibility=0,demand=0" << false << 0.0;
  QTest::newRow( "no value" ) << "impact" << false << 0.0;
}

void TestPrioritisation::weights()
{
  QFETCH( QString, text );
  QFETCH( bool, ok );
  QFETCH( double, impact );
  Weights w;
  QString error;
  QCOMPARE( Weights::fromString( text, &w, &error ), ok );
  if ( ok )
    QCOMPARE( w.impact, impact );
  else
  {
    QVERIFY( !error.isEmpty() );
    QCOMPARE( w.impact, Weights().impact );
  }
}

void TestPrioritisation::contributionsAddUp()
{
  const Roadmap r = demoRoadmap();
  QList<RankedProject> ranking;
  QString error;
  QVERIFY2( rankProjects( r, Weights(), &ranking, &error ), qPrintable( error ) );
  QVERIFY( ranking.size() >= 25 );
  for ( int i = 0; i < ranking.size(); ++i )
  {
    const RankedProject &p = ranking.at( i );
    QCOMPARE( p.rank, i + 1 );
    const double sum = p.impact.contribution + p.cost.contribution + p.feasibility.contribution + p.demand.contribution;
    QVERIFY( std::abs( sum - p.score ) < 1e-9 );
    QVERIFY( p.score >= 0 && p.score <= 100 );
    for ( const CriterionScore *c : { &p.impact, &p.cost, &p.feasibility, &p.demand } )
      QVERIFY( c->normalised >= 0 && c->normalised <= 1 );
    if ( i > 0 )
      QVERIFY( ranking.at( i - 1 ).score >= p.score - 1e-9 );
    QVERIFY( p.explanation.contains( p.title ) );
    QVERIFY( p.explanation.contains( QString::number( p.score, 'f', 1 ) ) );
  }
  // the cheapest project gets the full cost criterion, the dearest none
  double maxCost = 0, minCost = 1;
  for ( const RankedProject &p : ranking )
  {
    maxCost = std::max( maxCost, p.cost.normalised );
    minCost = std::min( minCost, p.cost.normalised );
  }
  QCOMPARE( maxCost, 1.0 );
  QCOMPARE( minCost, 0.0 );
}

void TestPrioritisation::weightsChangeRanking_data()
{
  QTest::addColumn<QString>( "weights" );
  QTest::addColumn<QString>( "first" );
  QTest::newRow( "impact only" ) << "impact=1,cost=0,feasibility=0,demand=0"
                                 << "big";
  QTest::newRow( "demand only" ) << "impact=0,cost=0,feasibility=0,demand=1"
                                 << "popular";
  QTest::newRow( "cost only" ) << "impact=0,cost=1,feasibility=0,demand=0"
                               << "cheap";
}

void TestPrioritisation::weightsChangeRanking()
{
  QFETCH( QString, weights );
  QFETCH( QString, first );
  Project big = makeProject( QStringLiteral( "big" ), QStringLiteral( "2026-01" ), 24, 5000000 );
  big.impact = 10;
  Project popular = makeProject( QStringLiteral( "popular" ), QStringLiteral( "2026-01" ), 12, 400000 );
  popular.impact = 4;
  popular.citizenVotes = 900;
  Project cheap = makeProject( QStringLiteral( "cheap" ), QStringLiteral( "2026-01" ), 2, 10000 );
  cheap.impact = 3;
  Roadmap r;
  r.projects = { big, popular, cheap };
  Weights w;
  QString error;
  QVERIFY( Weights::fromString( weights, &w, &error ) );
  QList<RankedProject> ranking;
  QVERIFY( rankProjects( r, w, &ranking, &error ) );
  QCOMPARE( ranking.first().id, first );
}

void TestPrioritisation::matrix_data()
{
  QTest::addColumn<double>( "impact" );
  QTest::addColumn<double>( "capex" );
  QTest::addColumn<int>( "months" );
  QTest::addColumn<QString>( "expected" );
  QTest::newRow( "quick win" ) << 8.0 << 20000.0 << 3 << "quick-win";
  QTest::newRow( "structural" ) << 9.0 << 4000000.0 << 30 << "structural";
  QTest::newRow( "fill-in" ) << 2.0 << 15000.0 << 2 << "fill-in";
  QTest::newRow( "questionable" ) << 2.0 << 3500000.0 << 28 << "questionable";
}

void TestPrioritisation::matrix()
{
  QFETCH( double, impact );
  QFETCH( double, capex );
  QFETCH( int, months );
  QFETCH( QString, expected );
  // anchors spanning the cost and duration ranges
  Roadmap r;
  r.projects = { makeProject( QStringLiteral( "low" ), QStringLiteral( "2026-01" ), 1, 10000 ),
                 makeProject( QStringLiteral( "high" ), QStringLiteral( "2026-01" ), 36, 5000000 ) };
  Project p = makeProject( QStringLiteral( "tested" ), QStringLiteral( "2026-01" ), months, capex );
  p.impact = impact;
  r.projects.append( p );
  QList<RankedProject> ranking;
  QString error;
  QVERIFY( rankProjects( r, Weights(), &ranking, &error ) );
  for ( const RankedProject &x : ranking )
    if ( x.id == QLatin1String( "tested" ) )
    {
      QCOMPARE( matrixClassKey( x.matrixClass ), expected );
      QVERIFY( x.explanation.contains( matrixClassDisplayName( x.matrixClass ) ) );
      return;
    }
  QFAIL( "project not ranked" );
}

void TestPrioritisation::excludesDoneAndCancelled()
{
  Roadmap r;
  r.projects = { makeProject( QStringLiteral( "a" ) ), makeProject( QStringLiteral( "b" ) ), makeProject( QStringLiteral( "c" ) ) };
  r.projects[1].status = Status::Done;
  r.projects[2].status = Status::Cancelled;
  QList<RankedProject> ranking;
  QString error;
  QVERIFY( rankProjects( r, Weights(), &ranking, &error ) );
  QCOMPARE( ranking.size(), 1 );
  Weights zero{ 0, 0, 0, 0 };
  QVERIFY( !rankProjects( r, zero, &ranking, &error ) );
  QVERIFY( error.contains( QStringLiteral( "weight" ) ) );
}

QTEST_GUILESS_MAIN( TestPrioritisation )
#include "tst_prioritisation.moc"
