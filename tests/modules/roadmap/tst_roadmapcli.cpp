// SPDX-License-Identifier: GPL-2.0-or-later
// `vigie-cli roadmap`, called as a function with text streams: merge exit codes and outputs,
// schedule, rank, export, import, help and usage errors.

#include "demoroadmap.h"
#include "roadmapcli.h"
#include "roadmapfile.h"
#include "roadmaptestutil.h"
#include "scheduling.h"
#include "clitest.h"
#include "vigietest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace vigie::roadmap;

namespace
{
  using Result = vigie::test::CliResult;

  Result runCli( const QStringList &args )
  {
    return vigie::test::runCliCommand( vigie::roadmapCliCommand(), args );
  }

  QByteArray fileBytes( const QString &path )
  {
    QFile f( path );
    return f.open( QIODevice::ReadOnly ) ? f.readAll() : QByteArray();
  }
} // namespace

class TestRoadmapCli : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase();
  void help_data();
  void help();
  void usageErrors_data();
  void usageErrors();
  void mergeClean();
  void mergeConflicts();
  void mergeUnreadable();
  void schedule();
  void scheduleErrors();
  void rank();
  void exportImport();

private:
  QString mBase, mOurs, mTheirs, mConflicting, mDemo;
};

void TestRoadmapCli::initTestCase()
{
  Roadmap base;
  base.name = QStringLiteral( "Plan" );
  base.projects = { vigie::test::makeProject( QStringLiteral( "a" ) ), vigie::test::makeProject( QStringLiteral( "b" ) ) };
  Roadmap ours = base;
  ours.project( QStringLiteral( "a" ) )->capex = 1;
  Roadmap theirs = base;
  theirs.project( QStringLiteral( "b" ) )->capex = 2;
  Roadmap conflicting = base;
  conflicting.project( QStringLiteral( "a" ) )->capex = 3;
  mBase = tempPath( QStringLiteral( "base.json" ) );
  mOurs = tempPath( QStringLiteral( "ours.json" ) );
  mTheirs = tempPath( QStringLiteral( "theirs.json" ) );
  mConflicting = tempPath( QStringLiteral( "conflicting.json" ) );
  mDemo = tempPath( QStringLiteral( "démo roadmap.json" ) );
  QString error;
  QVERIFY( writeRoadmap( mBase, base, &error ) && writeRoadmap( mOurs, ours, &error ) && writeRoadmap( mTheirs, theirs, &error ) &&
           writeRoadmap( mConflicting, conflicting, &error ) && writeRoadmap( mDemo, demoRoadmap(), &error ) );
}

void TestRoadmapCli::help_data()
{
  QTest::addColumn<QStringList>( "args" );
  QTest::addColumn<QString>( "expected" );
  QTest::newRow( "general" ) << QStringList{ QStringLiteral( "--help" ) } << "Commands:";
  QTest::newRow( "merge" ) << QStringList{ QStringLiteral( "merge" ), QStringLiteral( "--help" ) } << "roadmap merge BASE OURS THEIRS";
  QTest::newRow( "schedule" ) << QStringList{ QStringLiteral( "schedule" ), QStringLiteral( "-h" ) } << "--cap YEAR=EUR";
  QTest::newRow( "rank" ) << QStringList{ QStringLiteral( "rank" ), QStringLiteral( "--help" ) } << "--weights";
  QTest::newRow( "export" ) << QStringList{ QStringLiteral( "export" ), QStringLiteral( "--help" ) } << "X.gan";
  QTest::newRow( "import" ) << QStringList{ QStringLiteral( "import" ), QStringLiteral( "--help" ) } << "duration_months";
}

void TestRoadmapCli::help()
{
  QFETCH( QStringList, args );
  QFETCH( QString, expected );
  const vigie::CliCommand c = vigie::roadmapCliCommand();
  QCOMPARE( c.name, QStringLiteral( "roadmap" ) );
  QVERIFY( !c.summary.isEmpty() );
  const Result r = runCli( args );
  QCOMPARE( r.code, 0 );
  QVERIFY2( r.out.contains( expected ), qPrintable( r.out ) );
  QVERIFY( r.err.isEmpty() );
}

void TestRoadmapCli::usageErrors_data()
{
  QTest::addColumn<QStringList>( "args" );
  QTest::addColumn<QString>( "expected" );
  QTest::newRow( "nothing" ) << QStringList() << "Usage";
  QTest::newRow( "unknown command" ) << QStringList{ QStringLiteral( "fly" ) } << "unknown command \"fly\"";
  QTest::newRow( "unknown option" ) << QStringList{ QStringLiteral( "rank" ), QStringLiteral( "x" ), QStringLiteral( "--fast" ) }
                                    << "unknown option --fast";
  QTest::newRow( "merge without out" ) << QStringList{ QStringLiteral( "merge" ), QStringLiteral( "a" ), QStringLiteral( "b" ),
                                                       QStringLiteral( "c" ) }
                                       << "--out MERGED";
  QTest::newRow( "merge two files" ) << QStringList{ QStringLiteral( "merge" ), QStringLiteral( "a" ), QStringLiteral( "b" ),
                                                     QStringLiteral( "--out" ), QStringLiteral( "m" ) }
                                     << "BASE OURS THEIRS";
  QTest::newRow( "option without value" ) << QStringList{ QStringLiteral( "export" ), QStringLiteral( "a" ), QStringLiteral( "--out" ) }
                                          << "needs a value";
  QTest::newRow( "schedule without cap" ) << QStringList{ QStringLiteral( "schedule" ), QStringLiteral( "a" ) } << "--cap";
  QTest::newRow( "schedule bad cap" ) << QStringList{ QStringLiteral( "schedule" ), QStringLiteral( "a" ), QStringLiteral( "--cap" ),
                                                      QStringLiteral( "2026:5" ) }
                                      << "YEAR=EUROS";
  QTest::newRow( "bad weights" ) << QStringList{ QStringLiteral( "rank" ), QStringLiteral( "x" ), QStringLiteral( "--weights=speed=1" ) }
                                 << "unknown criterion";
  QTest::newRow( "export format" ) << QStringList{ QStringLiteral( "export" ), QStringLiteral( "a" ), QStringLiteral( "--out" ),
                                                   QStringLiteral( "a.pdf" ) }
                                   << "unknown format";
}

void TestRoadmapCli::usageErrors()
{
  QFETCH( QStringList, args );
  QFETCH( QString, expected );
  // "x" exists so that the failure comes from the arguments, not the file
  QStringList a = args;
  for ( QString &s : a )
    if ( s == QLatin1String( "x" ) )
      s = mDemo;
  const Result r = runCli( a );
  QCOMPARE( r.code, 2 );
  QVERIFY2( r.err.contains( expected ), qPrintable( r.err ) );
}

void TestRoadmapCli::mergeClean()
{
  const QString out = tempPath( QStringLiteral( "merged clean.json" ) );
  const QByteArray oursBefore = fileBytes( mOurs );
  const Result r = runCli( { QStringLiteral( "merge" ), mBase, mOurs, mTheirs, QStringLiteral( "--out" ), out } );
  QCOMPARE( r.code, 0 );
  QVERIFY2( r.out.contains( QStringLiteral( "No conflict" ) ), qPrintable( r.out ) );
  Roadmap merged;
  QString error;
  QVERIFY( readRoadmap( out, &merged, &error ) );
  QCOMPARE( merged.project( QStringLiteral( "a" ) )->capex, 1.0 );
  QCOMPARE( merged.project( QStringLiteral( "b" ) )->capex, 2.0 );
  QCOMPARE( fileBytes( mOurs ), oursBefore );
  // refused: overwrite an input
  const Result refused = runCli( { QStringLiteral( "merge" ), mBase, mOurs, mTheirs, QStringLiteral( "--out" ), mOurs } );
  QCOMPARE( refused.code, 2 );
  QVERIFY( refused.err.contains( QStringLiteral( "never overwrites" ) ) );
  QCOMPARE( fileBytes( mOurs ), oursBefore );
}

void TestRoadmapCli::mergeConflicts()
{
  const QString out = tempPath( QStringLiteral( "merged-conflicts.json" ) );
  const Result text = runCli( { QStringLiteral( "merge" ), mBase, mOurs, mConflicting, QStringLiteral( "--out" ), out } );
  QCOMPARE( text.code, 1 );
  QVERIFY2( text.out.contains( QStringLiteral( "project a \u00abProjet a\u00bb, field \"capex\": base 100000, ours 1, theirs 3" ) ),
            qPrintable( text.out ) );
  Roadmap merged;
  QString error;
  QVERIFY( readRoadmap( out, &merged, &error ) );
  QCOMPARE( merged.conflicts.size(), 1 );
  const Result json =
      runCli( { QStringLiteral( "merge" ), mBase, mOurs, mConflicting, QStringLiteral( "--out" ), out, QStringLiteral( "--json" ) } );
  QCOMPARE( json.code, 1 );
  const QJsonObject o = QJsonDocument::fromJson( json.out.toUtf8() ).object();
  QCOMPARE( o.value( QStringLiteral( "clean" ) ).toBool( true ), false );
  const QJsonArray conflicts = o.value( QStringLiteral( "conflicts" ) ).toArray();
  QCOMPARE( conflicts.size(), 1 );
  QCOMPARE( conflicts.at( 0 ).toObject().value( QStringLiteral( "field" ) ).toString(), QStringLiteral( "capex" ) );
  QCOMPARE( conflicts.at( 0 ).toObject().value( QStringLiteral( "theirs" ) ).toDouble(), 3.0 );
}

void TestRoadmapCli::mergeUnreadable()
{
  const QString broken = tempPath( QStringLiteral( "broken.json" ) );
  QFile f( broken );
  QVERIFY( f.open( QIODevice::WriteOnly ) );
  f.write( "{\n  \"format\": \"vigie-roadmap\",\n  oops\n}" );
  f.close();
  const QString out = tempPath( QStringLiteral( "never.json" ) );
  const Result r = runCli( { QStringLiteral( "merge" ), mBase, broken, mTheirs, QStringLiteral( "--out" ), out } );
  QCOMPARE( r.code, 3 );
  QVERIFY2( r.err.contains( QStringLiteral( "broken.json:3:" ) ), qPrintable( r.err ) );
  QVERIFY( !QFile::exists( out ) );
}

void TestRoadmapCli::schedule()
{
  QStringList caps;
  const QMap<int, double> demoCaps = demoBudgetCaps();
  for ( auto it = demoCaps.constBegin(); it != demoCaps.constEnd(); ++it )
    caps.append( QStringLiteral( "%1=%2" ).arg( it.key() ).arg( it.value(), 0, 'f', 0 ) );
  const QString planned = tempPath( QStringLiteral( "planned.json" ) );
  const Result json = runCli( { QStringLiteral( "schedule" ), mDemo, QStringLiteral( "--cap" ), caps.join( QLatin1Char( ',' ) ),
                                QStringLiteral( "--json" ), QStringLiteral( "--out" ), planned } );
  QCOMPARE( json.code, 0 );
  const QJsonObject o = QJsonDocument::fromJson( json.out.toUtf8() ).object();
  const QJsonArray years = o.value( QStringLiteral( "years" ) ).toArray();
  QVERIFY( !years.isEmpty() );
  for ( const QJsonValue &y : years )
  {
    const QJsonObject yo = y.toObject();
    if ( !yo.value( QStringLiteral( "cap" ) ).isNull() )
      QVERIFY( yo.value( QStringLiteral( "committed" ) ).toDouble() + yo.value( QStringLiteral( "planned" ) ).toDouble() <=
               yo.value( QStringLiteral( "cap" ) ).toDouble() + 0.01 );
  }
  QVERIFY( !o.value( QStringLiteral( "criticalPath" ) ).toArray().isEmpty() );
  Roadmap r;
  QString error;
  QVERIFY2( readRoadmap( planned, &r, &error ), qPrintable( error ) );
  const Result text = runCli( { QStringLiteral( "schedule" ), mDemo, QStringLiteral( "--cap=" ) + caps.join( QLatin1Char( ',' ) ) } );
  QCOMPARE( text.code, 0 );
  QVERIFY( text.out.contains( QStringLiteral( "Critical path" ) ) );
  QVERIFY( text.out.contains( QStringLiteral( "(committed)" ) ) );
}

void TestRoadmapCli::scheduleErrors()
{
  // a cap below what is committed in 2025: exit 1, the year and a project named, nothing written
  const QString out = tempPath( QStringLiteral( "not-written.json" ) );
  const Result r = runCli( { QStringLiteral( "schedule" ), mDemo, QStringLiteral( "--cap" ), QStringLiteral( "2025=1000,2026=9000000" ),
                             QStringLiteral( "--out" ), out } );
  QCOMPARE( r.code, 1 );
  QVERIFY2( r.err.contains( QStringLiteral( "budget cap for 2025" ) ), qPrintable( r.err ) );
  QVERIFY2( r.err.contains( QStringLiteral( "Sectorisation" ) ), qPrintable( r.err ) );
  QVERIFY( !QFile::exists( out ) );
  const Result missing = runCli( { QStringLiteral( "schedule" ), tempPath( QStringLiteral( "absent.json" ) ), QStringLiteral( "--cap" ),
                                   QStringLiteral( "2026=1" ) } );
  QCOMPARE( missing.code, 3 );
}

void TestRoadmapCli::rank()
{
  const Result json = runCli( { QStringLiteral( "rank" ), mDemo, QStringLiteral( "--json" ), QStringLiteral( "--weights" ),
                                QStringLiteral( "impact=1,cost=0,feasibility=0,demand=0" ) } );
  QCOMPARE( json.code, 0 );
  const QJsonArray ranking = QJsonDocument::fromJson( json.out.toUtf8() ).object().value( QStringLiteral( "ranking" ) ).toArray();
  QVERIFY( ranking.size() >= 25 );
  double previous = 11;
  for ( const QJsonValue &v : ranking )
  {
    // impact only: the ranking follows the impact
    const double impact = v.toObject().value( QStringLiteral( "impact" ) ).toObject().value( QStringLiteral( "raw" ) ).toDouble();
    QVERIFY( impact <= previous );
    previous = impact;
    QVERIFY( !v.toObject().value( QStringLiteral( "explanation" ) ).toString().isEmpty() );
  }
  const Result text = runCli( { QStringLiteral( "rank" ), mDemo } );
  QCOMPARE( text.code, 0 );
  QVERIFY( text.out.contains( QStringLiteral( "#1 " ) ) );
}

void TestRoadmapCli::exportImport()
{
  const QString csv = tempPath( QStringLiteral( "projets été.csv" ) );
  Result r = runCli( { QStringLiteral( "export" ), mDemo, QStringLiteral( "--out" ), csv } );
  QCOMPARE( r.code, 0 );
  for ( const char *suffix : { "ics", "gan" } )
  {
    const QString path = tempPath( QStringLiteral( "plan." ) + QLatin1String( suffix ) );
    QCOMPARE( runCli( { QStringLiteral( "export" ), mDemo, QStringLiteral( "--out" ), path } ).code, 0 );
    QVERIFY( QFileInfo( path ).size() > 1000 );
  }
  const QString imported = tempPath( QStringLiteral( "imported.json" ) );
  r = runCli( { QStringLiteral( "import" ), csv, QStringLiteral( "--out" ), imported } );
  QCOMPARE( r.code, 0 );
  Roadmap a, b;
  QString error;
  QVERIFY( readRoadmap( mDemo, &a, &error ) && readRoadmap( imported, &b, &error ) );
  QCOMPARE( b.projects.size(), a.projects.size() );
  for ( int i = 0; i < a.projects.size(); ++i )
    QVERIFY( a.projects.at( i ) == b.projects.at( i ) );
  // a bad CSV: exit 3, line and column named, the existing output untouched
  const QString bad = tempPath( QStringLiteral( "bad.csv" ) );
  QFile f( bad );
  QVERIFY( f.open( QIODevice::WriteOnly ) );
  f.write( "title,domain,start,duration_months\nA,water,2026-01,3\nB,water,2026-02,trois\n" );
  f.close();
  const QByteArray before = fileBytes( imported );
  r = runCli( { QStringLiteral( "import" ), bad, QStringLiteral( "--out" ), imported } );
  QCOMPARE( r.code, 3 );
  QVERIFY2( r.err.contains( QStringLiteral( "bad.csv:3, column 4 (\"duration_months\")" ) ), qPrintable( r.err ) );
  QCOMPARE( fileBytes( imported ), before );
}

QTEST_GUILESS_MAIN( TestRoadmapCli )
#include "tst_roadmapcli.moc"
