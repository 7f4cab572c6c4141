// SPDX-License-Identifier: GPL-2.0-or-later
// Allocation rules: every reference outcome of pabutools in shared/data/pabulib/reference,
// the city rules against the PROJECTS "selected" column, and small hand-checked cases.

#include "pabulib.h"
#include "rules.h"
#include "vigietest.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace vigie::budget;

namespace
{
  //! A small election built in code: projects "id:cost", ballots of ids (points after '=' on cumulative ballots).
  Election makeElection( std::int64_t budget, const QStringList &projects, const QList<QStringList> &ballots,
                         VoteType type = VoteType::Approval )
  {
    Election e;
    e.voteType = type;
    e.budget = budget;
    e.projectColumns = { "project_id", "cost" };
    for ( const QString &spec : projects )
    {
      Project p;
      p.id = spec.section( QLatin1Char( ':' ), 0, 0 ).toStdString();
      p.cost = spec.section( QLatin1Char( ':' ), 1, 1 ).toLongLong();
      p.cells = { p.id, std::to_string( p.cost ) };
      e.projects.push_back( p );
    }
    int voter = 0;
    for ( const QStringList &ballot : ballots )
    {
      std::vector<int> indices;
      std::vector<std::int64_t> points;
      for ( const QString &item : ballot )
      {
        indices.push_back( e.projectIndex( item.section( QLatin1Char( '=' ), 0, 0 ).toStdString() ) );
        points.push_back( item.contains( QLatin1Char( '=' ) ) ? item.section( QLatin1Char( '=' ), 1, 1 ).toLongLong() : 1 );
      }
      e.addBallot( std::to_string( ++voter ), indices, points );
    }
    return e;
  }

  QStringList run( const Election &e, const QString &rule, const QString &completion = QString() )
  {
    RuleSpec spec;
    QString error;
    if ( !RuleSpec::parse( rule, completion, e, spec, &error ) )
      qFatal( "%s", qPrintable( error ) );
    return allocate( e, spec ).sortedIds( e );
  }

  QStringList ids( const char *list )
  {
    return QString::fromLatin1( list ).split( QLatin1Char( ',' ), Qt::SkipEmptyParts );
  }
} // namespace

class TestRules : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void reference_data();
  void reference();
  void cityRule_data();
  void cityRule();
  void handChecked_data();
  void handChecked();
  void completion();
  void add1Incremental_data();
  void add1Incremental();
  void add1FastProperty_data();
  void add1FastProperty();
  void traces();
  void parseRule_data();
  void parseRule();
};

void TestRules::reference_data()
{
  QTest::addColumn<QString>( "jsonPath" );
  const QDir dir( vigie::test::sharedDataPath( QStringLiteral( "pabulib/reference" ) ) );
  const QStringList files = dir.entryList( { QStringLiteral( "*.json" ) }, QDir::Files, QDir::Name );
  if ( files.isEmpty() )
    QSKIP( "shared/data/pabulib/reference is missing" );
  for ( const QString &file : files )
    QTest::newRow( qPrintable( file ) ) << dir.filePath( file );
}

void TestRules::reference()
{
  QFETCH( QString, jsonPath );
  QFile file( jsonPath );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  const QJsonObject ref = QJsonDocument::fromJson( file.readAll() ).object();
  QCOMPARE( ref.value( QStringLiteral( "status" ) ).toString(), QStringLiteral( "ok" ) );

  // "mes_cost_sat_add1__greedy_cost_sat" -> rule mes-cost, completion add1-greedy
  const QString name = ref.value( QStringLiteral( "rule" ) ).toString();
  const QRegularExpression pattern(
      QStringLiteral( "^(greedy|mes)_(cost|cardinality|additive_cardinal)_sat(_add1)?(__greedy_\\2_sat)?$" ) );
  const QRegularExpressionMatch match = pattern.match( name );
  QVERIFY2( match.hasMatch(), qPrintable( name ) );
  const QString satisfaction =
      match.captured( 2 ) == QLatin1String( "additive_cardinal" ) ? QStringLiteral( "points" ) : match.captured( 2 );
  const QString rule = match.captured( 1 ) + QLatin1Char( '-' ) + satisfaction;
  const QString completion = !match.captured( 3 ).isEmpty()   ? QStringLiteral( "add1-greedy" )
                             : !match.captured( 4 ).isEmpty() ? QStringLiteral( "greedy" )
                                                              : QStringLiteral( "none" );

  Election e;
  QString error;
  QVERIFY2( PabulibReader::readFile(
                vigie::test::sharedDataPath( QStringLiteral( "pabulib/" ) + ref.value( QStringLiteral( "instance_file" ) ).toString() ), e,
                &error ),
            qPrintable( error ) );
  QCOMPARE( e.voterCount(), ref.value( QStringLiteral( "num_voters" ) ).toInt() );
  QCOMPARE( e.formatMoney( e.budget ), ref.value( QStringLiteral( "budget" ) ).toString() );

  RuleSpec spec;
  QVERIFY2( RuleSpec::parse( rule, completion, e, spec, &error ), qPrintable( error ) );
  const Outcome outcome = allocate( e, spec );
  QStringList expected;
  for ( const QJsonValue &v : ref.value( QStringLiteral( "selected" ) ).toArray() )
    expected.append( v.toString() );
  std::sort( expected.begin(), expected.end() );
  QCOMPARE( outcome.sortedIds( e ), expected );
  QCOMPARE( e.formatMoney( outcome.cost ), ref.value( QStringLiteral( "total_cost" ) ).toString() );

  // the selection order too (the MES part comes first in completions)
  QStringList order;
  for ( const int p : outcome.selected )
    order.append( e.projectId( p ) );
  QStringList expectedOrder;
  for ( const QJsonValue &v : ref.value( QStringLiteral( "selection_order" ) ).toArray() )
    expectedOrder.append( v.toString() );
  QCOMPARE( order, expectedOrder );
}

void TestRules::cityRule_data()
{
  QTest::addColumn<QString>( "fileName" );
  const QDir dir( vigie::test::sharedDataPath( QStringLiteral( "pabulib" ) ) );
  if ( !dir.exists() )
    QSKIP( "shared/data/pabulib is missing" );
  for ( const QString &file : dir.entryList( { QStringLiteral( "*.pb" ) }, QDir::Files, QDir::Name ) )
    QTest::newRow( qPrintable( file ) ) << dir.filePath( file );
}

void TestRules::cityRule()
{
  // the city's own rule (META rule) reproduces the projects funded in reality (PROJECTS "selected")
  QFETCH( QString, fileName );
  Election e;
  QString error;
  QVERIFY2( PabulibReader::readFile( fileName, e, &error ), qPrintable( error ) );
  if ( e.projectColumn( "selected" ) < 0 )
    QSKIP( "no selected column" );
  RuleSpec spec;
  if ( !RuleSpec::parse( QStringLiteral( "city" ), QString(), e, spec, &error ) )
    QSKIP( qPrintable( error ) );
  QStringList expected;
  for ( int p = 0; p < e.projectCount(); ++p )
  {
    if ( e.projectCell( p, "selected" ).trimmed() == QLatin1String( "1" ) )
      expected.append( e.projectId( p ) );
  }
  std::sort( expected.begin(), expected.end() );
  QCOMPARE( allocate( e, spec ).sortedIds( e ), expected );
}

void TestRules::handChecked_data()
{
  QTest::addColumn<qint64>( "budget" );
  QTest::addColumn<QStringList>( "projects" );
  QTest::addColumn<QList<QStringList>>( "ballots" );
  QTest::addColumn<QString>( "rule" );
  QTest::addColumn<QStringList>( "expected" );

  const QStringList abc = { QStringLiteral( "a:10" ), QStringLiteral( "b:10" ), QStringLiteral( "c:10" ) };
  const QList<QStringList> tie = { ids( "a" ), ids( "b" ), ids( "c" ) };
  // one vote each: every rule must break the tie by the smaller id, and 10 more fits exactly
  QTest::newRow( "tie greedy" ) << qint64( 20 ) << abc << tie << "greedy-cost" << ids( "a,b" );
  QTest::newRow( "tie mes" ) << qint64( 30 ) << abc << tie << "mes-cost" << ids( "a,b,c" );
  QTest::newRow( "tie mes short" ) << qint64( 20 ) << abc << tie << "mes-cost" << ids( "" );
  QTest::newRow( "tie phragmen" ) << qint64( 20 ) << abc << tie << "phragmen" << ids( "a,b" );
  // ids compare as strings: "10" < "9"
  QTest::newRow( "string ids" ) << qint64( 5 ) << QStringList{ QStringLiteral( "9:5" ), QStringLiteral( "10:5" ) }
                                << QList<QStringList>{ ids( "9" ), ids( "10" ) } << "greedy-cost" << ids( "10" );
  // a project that fits exactly is taken; greedy skips what does not fit and goes on
  QTest::newRow( "fits exactly" ) << qint64( 100 )
                                  << QStringList{ QStringLiteral( "a:60" ), QStringLiteral( "b:50" ), QStringLiteral( "c:40" ) }
                                  << QList<QStringList>{ ids( "a,b,c" ), ids( "a,b" ), ids( "a" ) } << "greedy-cost" << ids( "a,c" );
  // cardinality: supporters per unit of cost
  QTest::newRow( "cardinality" ) << qint64( 100 )
                                 << QStringList{ QStringLiteral( "a:100" ), QStringLiteral( "b:30" ), QStringLiteral( "c:30" ) }
                                 << QList<QStringList>{ ids( "a,b" ), ids( "a,c" ), ids( "a" ) } << "greedy-cardinality" << ids( "b,c" );
  // a zero-cost project: MES never takes it under Cost_Sat (utility 0), greedy does at the end
  const QStringList free = { QStringLiteral( "a:10" ), QStringLiteral( "z:0" ) };
  const QList<QStringList> freeBallots = { ids( "a,z" ), ids( "z" ) };
  QTest::newRow( "zero cost greedy" ) << qint64( 10 ) << free << freeBallots << "greedy-cost" << ids( "a,z" );
  QTest::newRow( "zero cost mes cost" ) << qint64( 10 ) << free << freeBallots << "mes-cost" << ids( "" );
  QTest::newRow( "zero cost mes cardinality" ) << qint64( 10 ) << free << freeBallots << "mes-cardinality" << ids( "z" );
  // empty ballots still get their share of the budget in MES: 2 of 4 voters hold 50, a costs 60
  const QList<QStringList> withEmpty = { ids( "a" ), ids( "a" ), QStringList(), QStringList() };
  QTest::newRow( "empty ballots mes" ) << qint64( 100 ) << QStringList{ QStringLiteral( "a:60" ) } << withEmpty << "mes-cost" << ids( "" );
  QTest::newRow( "empty ballots greedy" ) << qint64( 100 ) << QStringList{ QStringLiteral( "a:60" ) } << withEmpty << "greedy-cost"
                                          << ids( "a" );
  // a single voter owns the whole budget
  QTest::newRow( "single voter mes" ) << qint64( 100 )
                                      << QStringList{ QStringLiteral( "a:60" ), QStringLiteral( "b:40" ), QStringLiteral( "c:1" ) }
                                      << QList<QStringList>{ ids( "a,b,c" ) } << "mes-cost" << ids( "a,b" );
  QTest::newRow( "no voters" ) << qint64( 100 ) << QStringList{ QStringLiteral( "a:60" ) } << QList<QStringList>() << "mes-cost"
                               << ids( "" );
  // MES: a group pays for its project with its share only (3 voters, 300): {a: 2 voters, 200} and {b: 1 voter, 100}
  QTest::newRow( "mes proportional" ) << qint64( 300 )
                                      << QStringList{ QStringLiteral( "a:200" ), QStringLiteral( "b:100" ), QStringLiteral( "c:150" ) }
                                      << QList<QStringList>{ ids( "a,c" ), ids( "a,c" ), ids( "b" ) } << "mes-cost" << ids( "a,b" );
  // a (120) costs 40 to each of the 3 voters; then b (150) finds voters 2-3 with 60 each: 120 < 150
  QTest::newRow( "mes exact share" ) << qint64( 300 ) << QStringList{ QStringLiteral( "a:120" ), QStringLiteral( "b:150" ) }
                                     << QList<QStringList>{ ids( "a" ), ids( "a,b" ), ids( "a,b" ) } << "mes-cost" << ids( "a" );
  // greedy-points on cumulative ballots: 5 points for b beat 3 for a per unit of cost
  QTest::newRow( "points" ) << qint64( 10 ) << QStringList{ QStringLiteral( "a:10" ), QStringLiteral( "b:10" ) }
                            << QList<QStringList>{ ids( "a=3" ), ids( "a=1,b=5" ) } << "greedy-points" << ids( "b" );
  // Phragmén: a (2 voters) loads each with 5, then b alone would load 10 but c shares with a's voters: (5+5+10)/2 = 10
  QTest::newRow( "phragmen" ) << qint64( 20 ) << QStringList{ QStringLiteral( "a:10" ), QStringLiteral( "b:10" ), QStringLiteral( "c:10" ) }
                              << QList<QStringList>{ ids( "a,c" ), ids( "a,c" ), ids( "b" ) } << "phragmen" << ids( "a,b" );
}

void TestRules::handChecked()
{
  QFETCH( qint64, budget );
  QFETCH( QStringList, projects );
  QFETCH( QList<QStringList>, ballots );
  QFETCH( QString, rule );
  QFETCH( QStringList, expected );
  const bool points = rule.endsWith( QLatin1String( "points" ) );
  const Election e = makeElection( budget, projects, ballots, points ? VoteType::Cumulative : VoteType::Approval );
  std::sort( expected.begin(), expected.end() );
  QCOMPARE( run( e, rule ), expected );
}

void TestRules::completion()
{
  // MES leaves money; greedy completion spends it in density order; Add1 raises the voters' money first
  const Election e =
      makeElection( 300, { QStringLiteral( "a:200" ), QStringLiteral( "b:100" ), QStringLiteral( "c:90" ), QStringLiteral( "d:150" ) },
                    { ids( "a,c" ), ids( "a,c" ), ids( "b,d" ), ids( "d" ) } );
  // 75 per voter: a (2 voters, 150 < 200) and b (75 < 100) are dropped; c and d tie at rho 1/2 and are both bought;
  // greedy completion finds nothing that fits in the 60 left
  QCOMPARE( run( e, QStringLiteral( "mes-cost" ) ), ids( "c,d" ) );
  QCOMPARE( run( e, QStringLiteral( "mes-cost" ), QStringLiteral( "greedy" ) ), ids( "c,d" ) );
  const Election loose =
      makeElection( 100, { QStringLiteral( "a:60" ), QStringLiteral( "b:30" ) }, { ids( "a" ), ids( "a" ), ids( "b" ), QStringList() } );
  // 25 each: a has 50 < 60, b has 25 < 30: MES takes nothing
  QCOMPARE( run( loose, QStringLiteral( "mes-cost" ) ), ids( "" ) );
  QCOMPARE( run( loose, QStringLiteral( "mes-cost" ), QStringLiteral( "greedy" ) ), ids( "a,b" ) );
  // Add1: at 30 per voter a (60 = 60) and b (30 = 30) are both affordable: exhaustive
  RuleSpec spec;
  QVERIFY( RuleSpec::parse( QStringLiteral( "mes-cost" ), QStringLiteral( "add1-greedy" ), loose, spec ) );
  const Outcome outcome = allocate( loose, spec );
  QCOMPARE( outcome.sortedIds( loose ), ids( "a,b" ) );
  QCOMPARE( outcome.ruleSelectedCount, 2 );
  QCOMPARE( outcome.add1Steps, 6 ); // 25, 26, ..., 30
  QCOMPARE( outcome.voterBudget, QStringLiteral( "30" ) );
}

void TestRules::add1Incremental_data()
{
  QTest::addColumn<QString>( "path" );
  QTest::addColumn<QString>( "rule" );
  const QDir dir( vigie::test::sharedDataPath( QStringLiteral( "pabulib" ) ) );
  if ( !dir.exists() )
    QSKIP( "shared/data/pabulib is missing" );
  for ( const QString &file : dir.entryList( { QStringLiteral( "*.pb" ) }, QDir::Files, QDir::Name ) )
  {
    if ( QFileInfo( dir.filePath( file ) ).size() > 1'000'000 )
      continue; // the city-wide files are for the benchmark
    for ( const char *rule : { "mes-cost", "mes-cardinality", "mes-points" } )
      QTest::newRow( qPrintable( file + QLatin1Char( ' ' ) + QLatin1String( rule ) ) )
          << dir.filePath( file ) << QString::fromLatin1( rule );
  }
}

void TestRules::add1Incremental()
{
  // Add1 with its steps in certified double precision gives what pabutools' exact rerun at every
  // step gives, on the real small and medium files (and each double-precision step agrees with
  // the exact MES at that money)
  QFETCH( QString, path );
  QFETCH( QString, rule );
  Election e;
  QString error;
  QVERIFY2( PabulibReader::readFile( path, e, &error ), qPrintable( error ) );
  RuleSpec spec;
  QVERIFY( RuleSpec::parse( rule, QStringLiteral( "add1-greedy" ), e, spec, &error ) );
  spec.add1Verify = true;
  const Outcome incremental = allocate( e, spec );
  spec.add1Verify = false;
  spec.add1Incremental = false;
  const Outcome rerun = allocate( e, spec );
  QCOMPARE( incremental.sortedIds( e ), rerun.sortedIds( e ) );
  QCOMPARE( incremental.selected, rerun.selected );
  QCOMPARE( incremental.add1Steps, rerun.add1Steps );
  QCOMPARE( incremental.voterBudget, rerun.voterBudget );
  QVERIFY( incremental.add1Runs <= rerun.add1Runs );
  QCOMPARE( incremental.add1Mismatches, 0 );
  // each step is one run, fast or exact, plus at most one exact run to confirm the result
  QVERIFY( incremental.add1FastRuns + incremental.add1Runs <= incremental.add1Steps + 1 );
  QVERIFY( incremental.cost <= e.budget );
}

void TestRules::add1FastProperty_data()
{
  QTest::addColumn<QString>( "rule" );
  QTest::newRow( "cost" ) << QStringLiteral( "mes-cost" );
  QTest::newRow( "cardinality" ) << QStringLiteral( "mes-cardinality" );
  QTest::newRow( "points" ) << QStringLiteral( "mes-points" );
}

void TestRules::add1FastProperty()
{
  // Add1 with the certified double-precision MES against the exact MES rerun at every step, on
  // random small votes built to tie: few distinct costs (equal prices), copied ballots, budgets
  // that are multiples of the voter count (supporters holding exactly a project's cost)
  QFETCH( QString, rule );
  const bool points = rule == QLatin1String( "mes-points" );
  QRandomGenerator rng( 20261126u + static_cast<quint32>( qHash( rule ) ) );
  const int instances = 250;
  int fastSteps = 0;
  int exactSteps = 0;
  for ( int i = 0; i < instances; ++i )
  {
    const int m = rng.bounded( 2, 9 );
    QStringList projects;
    for ( int p = 0; p < m; ++p )
    {
      // a free project now and then (cardinality and points count it)
      const int cost = rng.bounded( 12 ) == 0 ? 0 : 10 * rng.bounded( 1, 5 );
      projects << QStringLiteral( "%1:%2" ).arg( QChar( 'a' + p ) ).arg( cost );
    }
    const int n = rng.bounded( 1, 25 );
    QList<QStringList> ballots;
    for ( int v = 0; v < n; ++v )
    {
      if ( !ballots.isEmpty() && rng.bounded( 3 ) == 0 )
      {
        ballots << ballots[rng.bounded( ballots.size() )];
        continue;
      }
      QStringList ballot;
      for ( int p = 0; p < m; ++p )
      {
        if ( rng.bounded( 5 ) < 2 )
          ballot << ( points ? QStringLiteral( "%1=%2" ).arg( QChar( 'a' + p ) ).arg( rng.bounded( 1, 4 ) ) : QString( QChar( 'a' + p ) ) );
      }
      ballots << ballot;
    }
    const qint64 budget = rng.bounded( 2 ) == 0 ? qint64( n ) * rng.bounded( 2, 30 ) : rng.bounded( 10, 400 );
    const Election e = makeElection( budget, projects, ballots, points ? VoteType::Cumulative : VoteType::Approval );
    RuleSpec spec;
    QString error;
    QVERIFY2( RuleSpec::parse( rule, QStringLiteral( "add1-greedy" ), e, spec, &error ), qPrintable( error ) );
    spec.add1Verify = true;
    const Outcome fast = allocate( e, spec );
    spec.add1Incremental = false;
    spec.add1Verify = false;
    const Outcome exact = allocate( e, spec );
    QStringList ballotText;
    for ( const QStringList &b : ballots )
      ballotText << b.join( QLatin1Char( ',' ) );
    const QString what = QStringLiteral( "instance %1: budget %2, projects %3, ballots %4" )
                             .arg( i )
                             .arg( budget )
                             .arg( projects.join( QLatin1Char( ' ' ) ), ballotText.join( QLatin1String( " | " ) ) );
    QVERIFY2( fast.selected == exact.selected, qPrintable( what ) );
    QVERIFY2( fast.cost == exact.cost, qPrintable( what ) );
    QVERIFY2( fast.add1Steps == exact.add1Steps, qPrintable( what ) );
    QVERIFY2( fast.voterBudget == exact.voterBudget, qPrintable( what ) );
    QVERIFY2( fast.add1Mismatches == 0, qPrintable( what ) );
    QCOMPARE( fast.add1Steps, exact.add1Runs );
    fastSteps += fast.add1FastRuns;
    exactSteps += fast.add1Steps - fast.add1FastRuns;
  }
  // both paths ran: steps settled in double precision, and close calls (ties) left to the exact MES
  QVERIFY( fastSteps > 0 );
  QVERIFY( exactSteps > 0 );
  qInfo( "%s: %d steps in double precision, %d left to the exact MES", qPrintable( rule ), fastSteps, exactSteps );
}

void TestRules::traces()
{
  const Election e =
      makeElection( 100, { QStringLiteral( "a:60" ), QStringLiteral( "b:50" ), QStringLiteral( "c:40" ), QStringLiteral( "d:10" ) },
                    { ids( "a,b,c" ), ids( "a,b" ), ids( "a" ) } );
  RuleSpec spec;
  QVERIFY( RuleSpec::parse( QStringLiteral( "greedy-cost" ), QString(), e, spec ) );
  const Outcome greedy = allocate( e, spec );
  QCOMPARE( greedy.traces[1].status, ProjectTrace::Status::DidNotFit );
  QCOMPARE( greedy.traces[1].budgetLeft, qint64( 40 ) );
  QCOMPARE( greedy.traces[3].status, ProjectTrace::Status::NoSupport );
  QVERIFY( RuleSpec::parse( QStringLiteral( "mes-cost" ), QString(), e, spec ) );
  const Outcome mes = allocate( e, spec );
  // 3 voters x 33.3: a (3 supporters, 100 >= 60) first at 20 each; then b: voters 1-2 hold 2 x 13.3 < 50
  QCOMPARE( mes.sortedIds( e ), ids( "a" ) );
  QCOMPARE( mes.traces[0].status, ProjectTrace::Status::Selected );
  QCOMPARE( mes.traces[0].rhoExact, QStringLiteral( "1/3" ) );
  QCOMPARE( mes.traces[1].status, ProjectTrace::Status::Unaffordable );
  QCOMPARE( mes.traces[1].step, 2 );
  QVERIFY( qAbs( mes.traces[1].supportersMoney - 80.0 / 3.0 ) < 1e-9 );
}

void TestRules::parseRule_data()
{
  QTest::addColumn<QString>( "rule" );
  QTest::addColumn<QString>( "completion" );
  QTest::addColumn<bool>( "valid" );
  QTest::newRow( "mes add1" ) << "mes-points"
                              << "add1-greedy" << true;
  QTest::newRow( "greedy completion" ) << "greedy-cost"
                                       << "greedy" << false;
  QTest::newRow( "unknown rule" ) << "mes-borda"
                                  << "" << false;
  QTest::newRow( "unknown completion" ) << "mes-cost"
                                        << "add2" << false;
  QTest::newRow( "phragmen" ) << "phragmen"
                              << "none" << true;
}

void TestRules::parseRule()
{
  QFETCH( QString, rule );
  QFETCH( QString, completion );
  QFETCH( bool, valid );
  RuleSpec spec;
  QString error;
  QCOMPARE( RuleSpec::parse( rule, completion, Election(), spec, &error ), valid );
  QCOMPARE( error.isEmpty(), valid );
  if ( valid )
    QCOMPARE( spec.name(), rule );
}

QTEST_GUILESS_MAIN( TestRules )
#include "tst_rules.moc"
