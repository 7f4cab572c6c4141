// SPDX-License-Identifier: GPL-2.0-or-later
// Explanations (why each project was funded or not, voter satisfaction, representation by
// category and district) and privacy (pseudonyms, personal fields only aggregated).

#include "explanation.h"
#include "pabulib.h"
#include "privacy.h"
#include "vigietest.h"

#include <QJsonArray>

using namespace vigie::budget;

namespace
{
  //! 4 projects with category and district, 24 voters with age, sex and neighbourhood.
  Election sample()
  {
    QString text = QStringLiteral( "META\nkey;value\nbudget;100\nvote_type;approval\n"
                                   "PROJECTS\nproject_id;cost;name;category;district\n"
                                   "a;60;Parc;green,sport;Nord\nb;50;Piste;mobility;Sud\nc;40;Bancs;green;Nord\nd;10;Fontaine;none;\n"
                                   "VOTES\nvoter_id;vote;age;sex;neighborhood\n" );
    // 12 voters for a,c (Nord), 10 for b (Sud), 2 for b from a tiny hamlet
    int id = 0;
    for ( int i = 0; i < 12; ++i )
      text += QStringLiteral( "%1;a,c;%2;F;Nord\n" ).arg( ++id ).arg( 20 + i );
    for ( int i = 0; i < 10; ++i )
      text += QStringLiteral( "%1;b;%2;M;Sud\n" ).arg( ++id ).arg( 50 + i );
    for ( int i = 0; i < 2; ++i )
      text += QStringLiteral( "%1;b;80;M;Hameau\n" ).arg( ++id );
    Election e;
    QString error;
    if ( !PabulibReader::readData( text.toUtf8(), QStringLiteral( "sample.pb" ), e, &error ) )
      qFatal( "%s", qPrintable( error ) );
    return e;
  }

  const ProjectExplanation &find( const Explanation &x, const char *id )
  {
    for ( const ProjectExplanation &p : x.projects )
    {
      if ( p.id == QLatin1String( id ) )
        return p;
    }
    qFatal( "no project %s", id );
  }

  Outcome run( const Election &e, const char *rule )
  {
    RuleSpec spec;
    if ( !RuleSpec::parse( QString::fromLatin1( rule ), QString(), e, spec ) )
      qFatal( "bad rule" );
    return allocate( e, spec );
  }
} // namespace

class TestExplanation : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void greedy();
  void equalShares();
  void satisfaction();
  void groups();
  void text();
  void pseudonymMatchesReader();
  void aggregates_data();
  void aggregates();
  void ageBands_data();
  void ageBands();
};

void TestExplanation::greedy()
{
  const Election e = sample();
  const Explanation x = explain( e, run( e, "greedy-cost" ) );
  // a and c have 12 supporters (tie: a), b 12 too -> order a, b, c: a funded, b does not fit (40 left), c fits exactly
  QCOMPARE( x.projects.size(), size_t( 4 ) );
  QCOMPARE( x.projects[0].id, QStringLiteral( "a" ) );
  QVERIFY( find( x, "a" ).funded );
  QCOMPARE( find( x, "b" ).status, QStringLiteral( "did-not-fit" ) );
  QVERIFY2( find( x, "b" ).reason.contains( QLatin1String( "costs 50 but only 40 was left" ) ), qPrintable( find( x, "b" ).reason ) );
  QVERIFY( find( x, "c" ).funded );
  QCOMPARE( find( x, "d" ).status, QStringLiteral( "no-support" ) );
}

void TestExplanation::equalShares()
{
  const Election e = sample();
  // 24 voters x 100/24: a (60) is out of reach of its 12 supporters (50) in round 1; b and c both
  // cost 1/12 per unit of cost to their 12 supporters: tie, b first (id order), c in round 2
  const Explanation x = explain( e, run( e, "mes-cost" ) );
  QCOMPARE( x.projects[0].id, QStringLiteral( "b" ) );
  QCOMPARE( find( x, "b" ).trace.step, 1 );
  QCOMPARE( find( x, "b" ).trace.rhoExact, QStringLiteral( "1/12" ) );
  QCOMPARE( find( x, "c" ).trace.step, 2 );
  const ProjectExplanation &a = find( x, "a" );
  QCOMPARE( a.status, QStringLiteral( "unaffordable" ) );
  QCOMPARE( a.trace.step, 1 );
  QVERIFY( qAbs( a.trace.supportersMoney - 50.0 ) < 1e-9 );
  QVERIFY2( a.reason.contains( QLatin1String( "in round 1 its 12 supporters held 50.00 together, less than its cost 60" ) ),
            qPrintable( a.reason ) );
  QVERIFY2( find( x, "c" ).reason.contains( QLatin1String( "funded in round 2" ) ), qPrintable( find( x, "c" ).reason ) );
}

void TestExplanation::satisfaction()
{
  const Election e = sample();
  const Explanation x = explain( e, run( e, "greedy-cost" ) ); // a, c funded
  const SatisfactionStatistics &s = x.satisfaction;
  QCOMPARE( s.voters, 24 );
  QCOMPARE( s.votersWithFunded, 12 );
  QCOMPARE( s.shareWithFunded, 0.5 );
  QCOMPARE( s.fundedCountHistogram, ( std::vector<int>{ 12, 0, 12 } ) );
  QCOMPARE( s.meanFundedPerVoter, 1.0 );
  QCOMPARE( s.meanFundedCostShare, 0.5 );
}

void TestExplanation::groups()
{
  const Election e = sample();
  const Explanation x = explain( e, run( e, "greedy-cost" ) );
  // categories are comma-separated lists: "green" counts a and c
  QCOMPARE( x.byCategory.front().value, QStringLiteral( "green" ) );
  QCOMPARE( x.byCategory.front().fundedCost, qint64( 100 ) );
  QCOMPARE( x.byCategory.front().funded, 2 );
  bool sawNord = false;
  for ( const ProjectGroup &g : x.byDistrict )
  {
    if ( g.value == QLatin1String( "Nord" ) )
    {
      sawNord = true;
      QCOMPARE( g.fundedCost, qint64( 100 ) );
    }
  }
  QVERIFY( sawNord );
  // voters by neighbourhood: the 2-voter hamlet is never shown on its own
  for ( const auto &entry : x.voterGroups )
  {
    for ( const VoterGroup &g : entry.second )
    {
      QVERIFY2( g.value != QLatin1String( "Hameau" ), "a group under the minimum size is shown" );
      QVERIFY( g.voters >= kMinimumGroupSize );
    }
  }
}

void TestExplanation::text()
{
  const Election e = sample();
  const Explanation x = explain( e, run( e, "greedy-cost" ) );
  const QString t = explanationText( e, x );
  QVERIFY( t.startsWith( QLatin1String( "Rule greedy-cost: 100 of 100 spent, 2 projects funded" ) ) );
  QVERIFY( t.contains( QLatin1String( "12 (50.0 %) have at least one funded project" ) ) );
  const QJsonObject json = explanationJson( e, x );
  QCOMPARE( json.value( QStringLiteral( "projects" ) ).toArray().size(), 4 );
  QCOMPARE( json.value( QStringLiteral( "satisfaction" ) ).toObject().value( QStringLiteral( "votersWithFunded" ) ).toInt(), 12 );
}

void TestExplanation::pseudonymMatchesReader()
{
  ReadOptions options;
  options.pseudonymKey = QByteArrayLiteral( "secret" );
  Election e;
  QVERIFY( PabulibReader::readData(
      QByteArrayLiteral( "META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\na;1\nVOTES\nvoter_id;vote\nalice;a\n" ),
      QStringLiteral( "x.pb" ), e, nullptr, options ) );
  QCOMPARE( QString::fromStdString( e.voterIds[0] ), pseudonym( QByteArrayLiteral( "secret" ), QByteArrayLiteral( "alice" ) ) );
  QVERIFY( pseudonym( QByteArrayLiteral( "secret" ), QByteArrayLiteral( "alice" ) ) !=
           pseudonym( QByteArrayLiteral( "secret" ), QByteArrayLiteral( "bob" ) ) );
}

void TestExplanation::aggregates_data()
{
  QTest::addColumn<QString>( "column" );
  QTest::addColumn<QStringList>( "values" );
  QTest::addColumn<QList<int>>( "voters" );
  QTest::addColumn<QList<int>>( "withFunded" );
  // greedy-cost funds a and c: the Nord voters
  QTest::newRow( "neighbourhood" ) << "neighborhood" << QStringList{ QStringLiteral( "Nord" ), QStringLiteral( "other" ) }
                                   << QList<int>{ 12, 12 } << QList<int>{ 12, 0 };
  QTest::newRow( "sex" ) << "sex" << QStringList{ QStringLiteral( "F" ), QStringLiteral( "M" ) } << QList<int>{ 12, 12 }
                         << QList<int>{ 12, 0 };
  // ages 20-31 -> 18-29 (10) and 30-44 (2); 50-59 (10); 80 (2): the small bands (4 voters) are
  // too small even together, so they are folded with the smallest shown band under "other"
  QTest::newRow( "age" ) << "age" << QStringList{ QStringLiteral( "18-29" ), QStringLiteral( "other" ) } << QList<int>{ 10, 14 }
                         << QList<int>{ 10, 2 };
  QTest::newRow( "unknown column" ) << "income" << QStringList() << QList<int>() << QList<int>();
}

void TestExplanation::aggregates()
{
  QFETCH( QString, column );
  QFETCH( QStringList, values );
  QFETCH( QList<int>, voters );
  QFETCH( QList<int>, withFunded );
  const Election e = sample();
  const Outcome o = run( e, "greedy-cost" );
  std::vector<char> funded( static_cast<size_t>( e.projectCount() ), 0 );
  for ( const int p : o.selected )
    funded[static_cast<size_t>( p )] = 1;
  const std::vector<VoterGroup> groups = aggregateVoterField( e, column.toStdString(), funded );
  QCOMPARE( static_cast<int>( groups.size() ), values.size() );
  for ( int i = 0; i < values.size(); ++i )
  {
    QCOMPARE( groups[static_cast<size_t>( i )].value, values[i] );
    QCOMPARE( groups[static_cast<size_t>( i )].voters, voters[i] );
    QCOMPARE( groups[static_cast<size_t>( i )].votersWithFunded, withFunded[i] );
  }
}

void TestExplanation::ageBands_data()
{
  QTest::addColumn<QString>( "age" );
  QTest::addColumn<QString>( "band" );
  QTest::newRow( "child" ) << "0"
                           << "0-17";
  QTest::newRow( "adult" ) << " 18 "
                           << "18-29";
  QTest::newRow( "senior" ) << "75"
                            << "75+";
  QTest::newRow( "not a number" ) << "unknown"
                                  << "";
  QTest::newRow( "negative" ) << "-3"
                              << "";
}

void TestExplanation::ageBands()
{
  QFETCH( QString, age );
  QFETCH( QString, band );
  QCOMPARE( ageBand( age ), band );
}

QTEST_GUILESS_MAIN( TestExplanation )
#include "tst_explanation.moc"
