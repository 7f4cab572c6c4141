// SPDX-License-Identifier: GPL-2.0-or-later
// `vigie-cli budget`, called as a function with text streams: JSON output against the
// pabutools references, explain, compare, usage errors and unreadable files.

#include "audit.h"
#include "budgetcli.h"
#include "pabulib.h"
#include "clitest.h"
#include "vigietest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace
{
  using Result = vigie::test::CliResult;

  Result runCli( const QStringList &args )
  {
    return vigie::test::runCliCommand( vigie::budget::budgetCliCommand(), args );
  }

  QString grochow()
  {
    return vigie::test::sharedDataPath( QStringLiteral( "pabulib/Poland_Warszawa_2019_Grochow_Poludniowy.pb" ) );
  }
} // namespace

class TestBudgetCli : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void command();
  void allocateJson_data();
  void allocateJson();
  void allocateText();
  void allocateWithOverrides();
  void explain();
  void compare();
  void errors_data();
  void errors();
};

void TestBudgetCli::command()
{
  const vigie::CliCommand c = vigie::budget::budgetCliCommand();
  QCOMPARE( c.name, QStringLiteral( "budget" ) );
  QVERIFY( !c.summary.isEmpty() );
  const Result help = runCli( { QStringLiteral( "--help" ) } );
  QCOMPARE( help.code, 0 );
  QVERIFY( help.out.contains( QLatin1String( "allocate FILE.pb --rule" ) ) );
  QVERIFY( help.out.contains( QLatin1String( "mes-cardinality" ) ) );
  QVERIFY( help.out.contains( QLatin1String( "Exit codes" ) ) );
}

void TestBudgetCli::allocateJson_data()
{
  QTest::addColumn<QString>( "file" );
  QTest::addColumn<QString>( "rule" );
  QTest::addColumn<QString>( "reference" );
  if ( !QFile::exists( grochow() ) )
    QSKIP( "shared/data/pabulib is missing" );
  QTest::newRow( "grochow greedy" ) << "Poland_Warszawa_2019_Grochow_Poludniowy.pb"
                                    << "greedy-cost"
                                    << "Poland_Warszawa_2019_Grochow_Poludniowy__greedy_cost_sat.json";
  QTest::newRow( "grochow mes" ) << "Poland_Warszawa_2019_Grochow_Poludniowy.pb"
                                 << "mes-cost"
                                 << "Poland_Warszawa_2019_Grochow_Poludniowy__mes_cost_sat.json";
  QTest::newRow( "czestochowa mes" ) << "Poland_Czestochowa_2020_Stare_Miasto.pb"
                                     << "mes-cost"
                                     << "Poland_Czestochowa_2020_Stare_Miasto__mes_cost_sat.json";
}

void TestBudgetCli::allocateJson()
{
  QFETCH( QString, file );
  QFETCH( QString, rule );
  QFETCH( QString, reference );
  const Result r = runCli( { QStringLiteral( "allocate" ), vigie::test::sharedDataPath( QStringLiteral( "pabulib/" ) + file ),
                             QStringLiteral( "--rule" ), rule, QStringLiteral( "--json" ) } );
  QCOMPARE( r.code, 0 );
  QVERIFY( r.err.isEmpty() );
  // the keys in the documented order
  QVERIFY2( r.out.startsWith( QLatin1String( "{\"selected\": [" ) ), qPrintable( r.out ) );
  QVERIFY( r.out.indexOf( QLatin1String( "\"cost\"" ) ) < r.out.indexOf( QLatin1String( "\"budget\"" ) ) );
  QVERIFY( r.out.indexOf( QLatin1String( "\"rule\"" ) ) < r.out.indexOf( QLatin1String( "\"seconds\"" ) ) );
  QJsonParseError error;
  const QJsonObject o = QJsonDocument::fromJson( r.out.toUtf8(), &error ).object();
  QCOMPARE( error.error, QJsonParseError::NoError );

  QFile refFile( vigie::test::sharedDataPath( QStringLiteral( "pabulib/reference/" ) + reference ) );
  QVERIFY( refFile.open( QIODevice::ReadOnly ) );
  const QJsonObject ref = QJsonDocument::fromJson( refFile.readAll() ).object();
  QStringList expected;
  for ( const QJsonValue &v : ref.value( QStringLiteral( "selected" ) ).toArray() )
    expected.append( v.toString() );
  std::sort( expected.begin(), expected.end() ); // sorted as strings
  QStringList selected;
  for ( const QJsonValue &v : o.value( QStringLiteral( "selected" ) ).toArray() )
    selected.append( v.toString() );
  QCOMPARE( selected, expected );
  QCOMPARE( o.value( QStringLiteral( "cost" ) ).toDouble(), ref.value( QStringLiteral( "total_cost" ) ).toString().toDouble() );
  QCOMPARE( o.value( QStringLiteral( "budget" ) ).toDouble(), ref.value( QStringLiteral( "budget" ) ).toString().toDouble() );
  QCOMPARE( o.value( QStringLiteral( "rule" ) ).toString(), rule );
  QVERIFY( o.value( QStringLiteral( "seconds" ) ).toDouble() >= 0 );
  // the budget is printed exactly, decimals included
  if ( file.contains( QLatin1String( "Grochow" ) ) )
    QVERIFY( r.out.contains( QLatin1String( "\"budget\": 804828.79" ) ) );
}

void TestBudgetCli::allocateText()
{
  if ( !QFile::exists( grochow() ) )
    QSKIP( "shared/data/pabulib is missing" );
  const Result r = runCli( { QStringLiteral( "allocate" ), grochow(), QStringLiteral( "--rule=mes-cost" ), QStringLiteral( "--completion" ),
                             QStringLiteral( "add1-greedy" ) } );
  QCOMPARE( r.code, 0 );
  QVERIFY2( r.out.startsWith( QLatin1String( "mes-cost+add1-greedy: " ) ), qPrintable( r.out ) );
}

//! The overrides recorded by the app's budget panel give the same outcome through the CLI.
void TestBudgetCli::allocateWithOverrides()
{
  auto selectedOf = []( const Result &r ) {
    QStringList ids;
    const QJsonObject o = QJsonDocument::fromJson( r.out.toUtf8() ).object();
    for ( const QJsonValue &v : o.value( QStringLiteral( "selected" ) ).toArray() )
      ids.append( v.toString() );
    return ids;
  };
  const QStringList base = { QStringLiteral( "allocate" ), grochow(), QStringLiteral( "--rule" ), QStringLiteral( "greedy-cost" ),
                             QStringLiteral( "--json" ) };
  const Result plain = runCli( base );
  QCOMPARE( plain.code, 0 );
  const QStringList funded = selectedOf( plain );
  QVERIFY( funded.size() > 2 );

  // exclude one funded project, include one that was not funded
  vigie::budget::Election election;
  QString error;
  QVERIFY2( vigie::budget::PabulibReader::readFile( grochow(), election, &error ), qPrintable( error ) );
  QString notFunded;
  for ( int p = 0; p < election.projectCount() && notFunded.isEmpty(); ++p )
  {
    if ( !funded.contains( election.projectId( p ) ) )
      notFunded = election.projectId( p );
  }
  QVERIFY( !notFunded.isEmpty() );
  vigie::BudgetAuditLog log;
  vigie::BudgetAuditEntry exclude;
  exclude.user = QStringLiteral( "test" );
  exclude.when = QDateTime::currentDateTimeUtc();
  exclude.projectId = funded.first();
  exclude.include = false;
  exclude.rule = QStringLiteral( "greedy-cost" );
  exclude.reason = QStringLiteral( "site not available" );
  QVERIFY( log.append( exclude ) );
  vigie::BudgetAuditEntry include = exclude;
  include.projectId = notFunded;
  include.include = true;
  include.reason = QStringLiteral( "council vote" );
  QVERIFY( log.append( include ) );
  const QString auditPath = tempPath( QStringLiteral( "grochow.pb.audit.json" ) );
  QVERIFY( log.save( auditPath, &error ) );

  const Result overridden = runCli( base + QStringList{ QStringLiteral( "--audit" ), auditPath } );
  QCOMPARE( overridden.code, 0 );
  QStringList expected = funded;
  expected.removeAll( funded.first() );
  expected.append( notFunded );
  std::sort( expected.begin(), expected.end() );
  QCOMPARE( selectedOf( overridden ), expected );

  // a missing or broken audit log is an input error, named
  const Result missing = runCli( base + QStringList{ QStringLiteral( "--audit" ), tempPath( QStringLiteral( "none.json" ) ) } );
  QCOMPARE( missing.code, 3 );
  QVERIFY( missing.err.contains( QLatin1String( "none.json" ) ) );
  QFile broken( tempPath( QStringLiteral( "broken.json" ) ) );
  QVERIFY( broken.open( QIODevice::WriteOnly ) );
  broken.write( "{\"overrides\": [{\"project\": \"1\"}]}" );
  broken.close();
  const Result bad = runCli( base + QStringList{ QStringLiteral( "--audit" ), broken.fileName() } );
  QCOMPARE( bad.code, 3 );
  QVERIFY2( bad.err.contains( QLatin1String( "broken.json" ) ), qPrintable( bad.err ) );
}

void TestBudgetCli::explain()
{
  if ( !QFile::exists( grochow() ) )
    QSKIP( "shared/data/pabulib is missing" );
  const Result text = runCli( { QStringLiteral( "explain" ), grochow(), QStringLiteral( "--rule" ), QStringLiteral( "mes-cost" ) } );
  QCOMPARE( text.code, 0 );
  QVERIFY( text.out.contains( QLatin1String( "funded in round 1" ) ) );
  QVERIFY( text.out.contains( QLatin1String( "supporters held" ) ) );
  QVERIFY( text.out.contains( QLatin1String( "Funded by category:" ) ) );
  const Result json = runCli(
      { QStringLiteral( "explain" ), grochow(), QStringLiteral( "--rule" ), QStringLiteral( "greedy-cost" ), QStringLiteral( "--json" ) } );
  QCOMPARE( json.code, 0 );
  const QJsonObject o = QJsonDocument::fromJson( json.out.toUtf8() ).object();
  const QJsonArray projects = o.value( QStringLiteral( "projects" ) ).toArray();
  QCOMPARE( projects.size(), 32 );
  int funded = 0;
  for ( const QJsonValue &p : projects )
    funded += p.toObject().value( QStringLiteral( "funded" ) ).toBool() ? 1 : 0;
  QCOMPARE( funded, 6 ); // the greedy reference funds 6 projects
  // personal fields only as aggregates: no voter id anywhere
  QVERIFY( !json.out.contains( QLatin1String( "voter_id" ) ) );
  QVERIFY( o.value( QStringLiteral( "voterGroups" ) ).toObject().contains( QStringLiteral( "age" ) ) );
}

void TestBudgetCli::compare()
{
  if ( !QFile::exists( grochow() ) )
    QSKIP( "shared/data/pabulib is missing" );
  const Result r = runCli( { QStringLiteral( "compare" ), grochow(), QStringLiteral( "--rules" ), QStringLiteral( "greedy-cost,mes-cost" ),
                             QStringLiteral( "--json" ) } );
  QCOMPARE( r.code, 0 );
  const QJsonObject o = QJsonDocument::fromJson( r.out.toUtf8() ).object();
  const int both = o.value( QStringLiteral( "both" ) ).toArray().size();
  QCOMPARE( both + o.value( QStringLiteral( "onlyFirst" ) ).toArray().size(), 6 );
  QCOMPARE( both + o.value( QStringLiteral( "onlySecond" ) ).toArray().size(), 13 );
  const Result text =
      runCli( { QStringLiteral( "compare" ), grochow(), QStringLiteral( "--rules" ), QStringLiteral( "greedy-cost,mes-cost" ) } );
  QCOMPARE( text.code, 0 );
  QVERIFY( text.out.contains( QLatin1String( "Only with mes-cost:" ) ) );
}

void TestBudgetCli::errors_data()
{
  QTest::addColumn<QStringList>( "args" );
  QTest::addColumn<int>( "code" );
  QTest::addColumn<QString>( "message" );
  const QString file = grochow();
  QTest::newRow( "no command" ) << QStringList() << 2 << "missing command";
  QTest::newRow( "unknown command" ) << QStringList{ QStringLiteral( "count" ), file } << 2 << "unknown command \"count\"";
  QTest::newRow( "no file" ) << QStringList{ QStringLiteral( "allocate" ), QStringLiteral( "--rule" ), QStringLiteral( "mes-cost" ) } << 2
                             << "missing FILE.pb";
  QTest::newRow( "no rule" ) << QStringList{ QStringLiteral( "allocate" ), file } << 2 << "needs --rule";
  QTest::newRow( "rule without value" ) << QStringList{ QStringLiteral( "allocate" ), file, QStringLiteral( "--rule" ) } << 2
                                        << "needs a value";
  QTest::newRow( "unknown option" ) << QStringList{ QStringLiteral( "allocate" ), file, QStringLiteral( "--fast" ) } << 2
                                    << "unknown option --fast";
  QTest::newRow( "one rule to compare" ) << QStringList{ QStringLiteral( "compare" ), file, QStringLiteral( "--rules" ),
                                                         QStringLiteral( "mes-cost" ) }
                                         << 2 << "two rules";
  QTest::newRow( "missing file" ) << QStringList{ QStringLiteral( "allocate" ), QStringLiteral( "/nowhere/none.pb" ),
                                                  QStringLiteral( "--rule" ), QStringLiteral( "mes-cost" ) }
                                  << 3 << "cannot open";
  QTest::newRow( "malformed file" ) << QStringList{ QStringLiteral( "allocate" ),
                                                    vigie::test::testDataPath( QStringLiteral( "budget/bad-vote.pb" ) ),
                                                    QStringLiteral( "--rule" ), QStringLiteral( "mes-cost" ) }
                                    << 3 << "bad-vote.pb:12: vote for unknown project \"z\"";
  if ( QFile::exists( file ) )
  {
    QTest::newRow( "unknown rule" ) << QStringList{ QStringLiteral( "allocate" ), file, QStringLiteral( "--rule" ),
                                                    QStringLiteral( "borda" ) }
                                    << 2 << "unknown rule \"borda\"";
    QTest::newRow( "completion on greedy" ) << QStringList{ QStringLiteral( "allocate" ),     file,
                                                            QStringLiteral( "--rule" ),       QStringLiteral( "greedy-cost" ),
                                                            QStringLiteral( "--completion" ), QStringLiteral( "greedy" ) }
                                            << 2 << "mes-* rules only";
  }
}

void TestBudgetCli::errors()
{
  QFETCH( QStringList, args );
  QFETCH( int, code );
  QFETCH( QString, message );
  const Result r = runCli( args );
  QCOMPARE( r.code, code );
  QVERIFY( r.out.isEmpty() );
  QVERIFY2( r.err.contains( message ), qPrintable( r.err ) );
}

QTEST_GUILESS_MAIN( TestBudgetCli )
#include "tst_budgetcli.moc"
