// SPDX-License-Identifier: GPL-2.0-or-later
// Pabulib .pb reader and writer: every file of shared/data/pabulib, the format quirks
// (tests/data/budget), every malformed case with its line, pseudonymised voter ids.

#include "pabulib.h"
#include "rules.h"
#include "vigietest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>

using namespace vigie::budget;

class TestPabulib : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void realFiles_data();
  void realFiles();
  void quirks();
  void cumulative();
  void carriageReturns();
  void longLines_data();
  void longLines();
  void malformed_data();
  void malformed();
  void missingFile();
  void pseudonyms();
  void privateByDefault();
  void writeToAccentedPath();
};

void TestPabulib::realFiles_data()
{
  QTest::addColumn<QString>( "path" );
  const QDir dir( vigie::test::sharedDataPath( QStringLiteral( "pabulib" ) ) );
  const QStringList files = dir.entryList( { QStringLiteral( "*.pb" ) }, QDir::Files, QDir::Name );
  if ( files.isEmpty() )
    QSKIP( "shared/data/pabulib is missing" );
  for ( const QString &file : files )
    QTest::newRow( qPrintable( file ) ) << dir.filePath( file );
}

void TestPabulib::realFiles()
{
  // every real file reads, matches its META counts and the publisher's vote counts, and
  // read -> write -> read gives the same election
  QFETCH( QString, path );
  Election e;
  QString error;
  QElapsedTimer timer;
  timer.start();
  QVERIFY2( PabulibReader::readFile( path, e, &error ), qPrintable( error ) );
  const qint64 ms = timer.elapsed();
  QCOMPARE( QString::number( e.projectCount() ), e.metaText( QStringLiteral( "num_projects" ) ) );
  QCOMPARE( QString::number( e.voterCount() ), e.metaText( QStringLiteral( "num_votes" ) ) );
  QCOMPARE( voteTypeName( e.voteType ), e.metaText( QStringLiteral( "vote_type" ) ) );
  QVERIFY( e.budget > 0 );
  std::vector<std::int64_t> votes( static_cast<size_t>( e.projectCount() ), 0 );
  for ( const int p : e.ballotProjects )
    ++votes[static_cast<size_t>( p )];
  if ( e.projectColumn( "votes" ) >= 0 )
  {
    for ( int p = 0; p < e.projectCount(); ++p )
      QCOMPARE( e.projectCell( p, "votes" ).toLongLong(), votes[static_cast<size_t>( p )] );
  }
  if ( QFileInfo( path ).size() > 3'000'000 )
    qInfo( "%s: %lld ms", qPrintable( QFileInfo( path ).fileName() ), ms );

  WriteOptions all;
  all.exportBallots = true;
  all.exportPersonalFields = true;
  const QByteArray written = PabulibWriter::toData( e, all );
  Election again;
  QVERIFY2( PabulibReader::readData( written, QStringLiteral( "written" ), again, &error ), qPrintable( error ) );
  QString difference;
  QVERIFY2( Election::sameData( e, again, &difference ), qPrintable( difference ) );
  // and a second round trip is byte-identical
  QCOMPARE( PabulibWriter::toData( again, all ), written );
}

void TestPabulib::quirks()
{
  Election e;
  QString error;
  QVERIFY2( PabulibReader::readFile( vigie::test::testDataPath( QStringLiteral( "budget/quirks.pb" ) ), e, &error ), qPrintable( error ) );
  // BOM, CRLF, lower-case "meta", "Votes", a blank row made of spaces
  QCOMPARE( e.metaText( QStringLiteral( "description" ) ), QStringLiteral( "Quirks: BOM, CRLF, quotes; none cells" ) );
  // comma decimal in the budget, dot decimal in a cost: one scale for money
  QCOMPARE( e.formatMoney( e.budget ), QStringLiteral( "100.5" ) );
  QCOMPARE( e.costScale, qint64( 10 ) );
  QCOMPARE( e.projectCount(), 4 );
  // the id is trimmed, the other cells kept as read (quotes decoded)
  QCOMPARE( e.projectId( 0 ), QStringLiteral( "A1" ) );
  QCOMPARE( e.projects[0].cost, qint64( 405 ) );
  QCOMPARE( e.projectCell( 0, "name" ), QStringLiteral( "Parc \"Jean Jaurès\"; aire de jeux" ) );
  QCOMPARE( e.projectCell( 1, "category" ), QStringLiteral( "none" ) );
  QCOMPARE( e.voterCount(), 4 );
  QCOMPARE( QString::fromStdString( e.voterIds[0] ), QStringLiteral( "15-52" ) );
  // "B/2,B/2,,10": a repeated approval counts once, empty items are skipped
  QCOMPARE( e.ballotSize( 1 ), 2 );
  // "none" as the vote: an empty ballot, which still counts as a voter
  QCOMPARE( e.ballotSize( 2 ), 0 );
  QCOMPARE( e.extraCells[static_cast<size_t>( 1 * e.extraColumns.size() )], std::string() ); // age "none"
  QCOMPARE( e.voterLines[3], 20 );

  RuleSpec spec;
  QVERIFY( RuleSpec::parse( QStringLiteral( "greedy-cost" ), QString(), e, spec ) );
  // A1 and B/2 have 2 supporters (tie: "A1" first), 9 does not fit, the free project "10" does
  QCOMPARE( allocate( e, spec ).sortedIds( e ),
            ( QStringList{ QStringLiteral( "10" ), QStringLiteral( "A1" ), QStringLiteral( "B/2" ) } ) );
}

void TestPabulib::cumulative()
{
  Election e;
  QString error;
  QVERIFY2( PabulibReader::readFile( vigie::test::testDataPath( QStringLiteral( "budget/cumulative.pb" ) ), e, &error ),
            qPrintable( error ) );
  QCOMPARE( e.voteType, VoteType::Cumulative );
  QCOMPARE( e.pointsScale, qint64( 10 ) );
  QCOMPARE( e.formatPoints( e.ballotPoints[3] ), QStringLiteral( "1.5" ) );
  // a cumulative row without points is an empty ballot
  QCOMPARE( e.ballotSize( 3 ), 0 );
  RuleSpec spec;
  QVERIFY( RuleSpec::parse( QStringLiteral( "greedy-points" ), QString(), e, spec ) );
  // points per cost: p1 3/60, p2 3.5/40, p3 4.5/30 -> p3, p2, then p1 does not fit
  QCOMPARE( allocate( e, spec ).sortedIds( e ), ( QStringList{ QStringLiteral( "p2" ), QStringLiteral( "p3" ) } ) );
  QVERIFY( RuleSpec::parse( QStringLiteral( "greedy-cost" ), QString(), e, spec ) );
  // Cost_Sat ignores the points: p2 and p3 have 2 supporters each, p1 one
  QCOMPARE( allocate( e, spec ).sortedIds( e ), ( QStringList{ QStringLiteral( "p2" ), QStringLiteral( "p3" ) } ) );
}

void TestPabulib::carriageReturns()
{
  Election e;
  QString error;
  QVERIFY2( PabulibReader::readFile( vigie::test::testDataPath( QStringLiteral( "budget/ordinal-cr.pb" ) ), e, &error ),
            qPrintable( error ) );
  QCOMPARE( e.voteType, VoteType::Ordinal );
  QCOMPARE( e.voterCount(), 2 );
  // ranking order kept, most preferred first
  QCOMPARE( e.projectId( e.ballotProjects[0] ), QStringLiteral( "c" ) );
  QCOMPARE( e.voterLines[1], 13 );
}

void TestPabulib::longLines_data()
{
  QTest::addColumn<QString>( "newline" );
  QTest::addColumn<bool>( "finalNewline" );
  QTest::newRow( "LF" ) << QStringLiteral( "\n" ) << true;
  QTest::newRow( "CRLF" ) << QStringLiteral( "\r\n" ) << true;
  QTest::newRow( "CR" ) << QStringLiteral( "\r" ) << true;
  QTest::newRow( "LF, none at the end" ) << QStringLiteral( "\n" ) << false;
}

void TestPabulib::longLines()
{
  // rows longer than the 16 bytes the reader scans at a time: cell ends, quotes and line ends fall
  // anywhere in a block, and the last row may end without a newline
  QFETCH( QString, newline );
  QFETCH( bool, finalNewline );
  const QStringList rows = {
      QStringLiteral( "META" ),
      QStringLiteral( "key;value" ),
      QStringLiteral( "budget;1000" ),
      QStringLiteral( "vote_type;approval" ),
      QStringLiteral( "description;\"a long description; with a semicolon, in quotes\"" ),
      QStringLiteral( "PROJECTS" ),
      QStringLiteral( "project_id;cost;name" ),
      QStringLiteral( "project-number-one;400;\"Parc; aire de jeux\"" ),
      QStringLiteral( "project-number-two;300;Piste cyclable du quartier nord" ),
      QStringLiteral( "p3;200;x" ),
      QStringLiteral( "VOTES" ),
      QStringLiteral( "voter_id;vote;neighborhood;age" ),
      QStringLiteral( "voter-identifier-000001;project-number-one,project-number-two,p3;Quartier des Beaux-Arts;42" ),
      QStringLiteral( "2;p3;\"Quartier; Nord\";none" ),
      QStringLiteral( "voter-identifier-000003;project-number-two;Centre-ville historique;" ),
  };
  QString content = rows.join( newline );
  if ( finalNewline )
    content += newline;
  Election e;
  QString error;
  QVERIFY2( PabulibReader::readData( content.toUtf8(), QStringLiteral( "long.pb" ), e, &error ), qPrintable( error ) );
  QCOMPARE( e.metaText( QStringLiteral( "description" ) ), QStringLiteral( "a long description; with a semicolon, in quotes" ) );
  QCOMPARE( e.projectCount(), 3 );
  QCOMPARE( e.projects[1].cost, qint64( 300 ) );
  QCOMPARE( e.projectCell( 0, "name" ), QStringLiteral( "Parc; aire de jeux" ) );
  QCOMPARE( e.projectCell( 1, "name" ), QStringLiteral( "Piste cyclable du quartier nord" ) );
  QCOMPARE( e.voterCount(), 3 );
  QCOMPARE( QString::fromStdString( e.voterIds[2] ), QStringLiteral( "voter-identifier-000003" ) );
  QCOMPARE( e.ballotSize( 0 ), 3 );
  QCOMPARE( e.projectId( e.ballotProjects[2] ), QStringLiteral( "p3" ) );
  QCOMPARE( e.ballotSize( 2 ), 1 );
  QCOMPARE( e.projectId( e.ballotProjects[4] ), QStringLiteral( "project-number-two" ) );
  const int neighborhood = e.extraColumn( "neighborhood" );
  const int age = e.extraColumn( "age" );
  QVERIFY( neighborhood >= 0 && age >= 0 );
  auto extra = [&]( int voter, int column )
  { return e.extraCells[static_cast<size_t>( voter ) * e.extraColumns.size() + static_cast<size_t>( column )]; };
  QCOMPARE( extra( 0, neighborhood ), std::string( "Quartier des Beaux-Arts" ) );
  QCOMPARE( extra( 0, age ), std::string( "42" ) );
  QCOMPARE( extra( 1, neighborhood ), std::string( "Quartier; Nord" ) );
  QCOMPARE( extra( 1, age ), std::string() ); // "none"
  QCOMPARE( extra( 2, neighborhood ), std::string( "Centre-ville historique" ) );
  QCOMPARE( extra( 2, age ), std::string() );
  QCOMPARE( e.voterLines[2], 15 );
}

void TestPabulib::malformed_data()
{
  QTest::addColumn<QString>( "content" );
  QTest::addColumn<int>( "line" );
  QTest::addColumn<QString>( "reason" );

  const QString meta = QStringLiteral( "META\nkey;value\nbudget;100\nvote_type;approval\n" ); // lines 1-4
  const QString projects = QStringLiteral( "PROJECTS\nproject_id;cost\na;10\nb;20\n" );       // lines 5-8
  const QString votes = QStringLiteral( "VOTES\nvoter_id;vote\n" );                           // lines 9-10
  const QString head = meta + projects + votes;

  QTest::newRow( "empty file" ) << QString() << 1 << "missing section META";
  QTest::newRow( "data before META" ) << QStringLiteral( "hello\n" ) + head << 1 << "data before the META section";
  QTest::newRow( "missing META" ) << projects + votes << 1 << "missing section META";
  QTest::newRow( "missing PROJECTS" ) << meta + votes + QStringLiteral( "1;a\n" ) << 5 << "missing section PROJECTS";
  QTest::newRow( "missing VOTES" ) << meta + projects << 8 << "missing section VOTES";
  QTest::newRow( "out of order" ) << meta + votes + projects << 5 << "missing section PROJECTS";
  QTest::newRow( "section twice" ) << meta + projects + QStringLiteral( "PROJECTS\n" ) << 9 << "appears twice";
  QTest::newRow( "no budget" ) << QStringLiteral( "META\nkey;value\nvote_type;approval\n" ) + projects + votes << 4 << "META has no budget";
  QTest::newRow( "bad budget" ) << QStringLiteral( "META\nkey;value\nbudget;12k\n" ) + projects + votes << 3 << "bad number \"12k\"";
  QTest::newRow( "duplicate META key" ) << meta + QStringLiteral( "budget;5\n" ) + projects + votes << 5 << "duplicate META key \"budget\"";
  QTest::newRow( "META row without value" ) << QStringLiteral( "META\nkey;value\nbudget\n" ) << 3 << "needs a key and a value";
  QTest::newRow( "unknown vote type" ) << QStringLiteral( "META\nkey;value\nbudget;1\nvote_type;borda\n" ) + projects + votes << 4
                                       << "unknown vote_type \"borda\"";
  QTest::newRow( "bad max_length" ) << meta + QStringLiteral( "max_length;two\n" ) + projects + votes << 5
                                    << "bad number \"two\" for META max_length";
  QTest::newRow( "no cost column" ) << meta + QStringLiteral( "PROJECTS\nproject_id;price\na;10\n" ) + votes << 6 << "no cost column";
  QTest::newRow( "bad cost" ) << meta + QStringLiteral( "PROJECTS\nproject_id;cost\na;10\nb;1O0\n" ) + votes << 8
                              << "bad number \"1O0\" for the cost of project \"b\"";
  QTest::newRow( "negative cost" ) << meta + QStringLiteral( "PROJECTS\nproject_id;cost\na;-10\n" ) + votes << 7 << "negative cost";
  QTest::newRow( "missing cost" ) << meta + QStringLiteral( "PROJECTS\nproject_id;cost\na;none\n" ) + votes << 7 << "has no cost";
  QTest::newRow( "duplicate project" ) << meta + QStringLiteral( "PROJECTS\nproject_id;cost\na;10\n a ;20\n" ) + votes << 8
                                       << "duplicate project id \"a\" (first on line 7)";
  QTest::newRow( "too many fields" ) << meta + QStringLiteral( "PROJECTS\nproject_id;cost\na;10;x\n" ) + votes << 7
                                     << "3 fields but the PROJECTS header has 2";
  QTest::newRow( "no vote column" ) << meta + projects + QStringLiteral( "VOTES\nvoter_id;ballot\n" ) << 10 << "no vote column";
  QTest::newRow( "unknown project" ) << head + QStringLiteral( "1;a\n2;a,c\n" ) << 12 << "vote for unknown project \"c\"";
  QTest::newRow( "untrimmed vote item" ) << head + QStringLiteral( "1;a, b\n" ) << 11 << "vote for unknown project \" b\"";
  QTest::newRow( "duplicate voter" ) << head + QStringLiteral( "1;a\n2;b\n1;b\n" ) << 13 << "duplicate voter id \"1\"";
  // the id is looked up once the ballot is read: a duplicate is still the error a bad ballot reports
  QTest::newRow( "duplicate voter, bad ballot" ) << head + QStringLiteral( "1;a\n1;a,c\n" ) << 12 << "duplicate voter id \"1\"";
  QTest::newRow( "duplicate quoted voter" ) << head + QStringLiteral( "\"7\";a\n7;b\n" ) << 12 << "duplicate voter id \"7\"";
  QTest::newRow( "max_length" ) << meta + QStringLiteral( "max_length;1\n" ) + projects + votes + QStringLiteral( "1;a\n2;a,b\n" ) << 13
                                << "ballot lists 2 projects, more than max_length 1 (META line 5)";
  QTest::newRow( "min_length" ) << meta + QStringLiteral( "min_length;1\n" ) + projects + votes + QStringLiteral( "1;a\n2;\n" ) << 13
                                << "fewer than min_length 1";
  QTest::newRow( "max_sum_cost" ) << meta + QStringLiteral( "max_sum_cost;25\n" ) + projects + votes + QStringLiteral( "1;a,b\n" ) << 12
                                  << "ballot costs 30 in total, more than max_sum_cost";
  const QString cumulative = QStringLiteral( "META\nkey;value\nbudget;100\nvote_type;cumulative\nmax_sum_points;5\nmin_points;1\n" ) +
                             projects + QStringLiteral( "VOTES\nvoter_id;vote;points\n" ); // lines 1-12
  QTest::newRow( "max_sum_points" ) << cumulative + QStringLiteral( "1;a,b;2,3\n2;a,b;3,3\n" ) << 14
                                    << "more points in total than max_sum_points (META line 5)";
  QTest::newRow( "min_points" ) << cumulative + QStringLiteral( "1;a,b;2,0\n" ) << 13 << "fewer points than min_points (META line 6)";
  QTest::newRow( "points count" ) << cumulative + QStringLiteral( "1;a,b;2\n" ) << 13 << "points for more projects";
  QTest::newRow( "extra points" ) << cumulative + QStringLiteral( "1;a;2,1\n" ) << 13 << "1 projects in the vote but 2 points";
  QTest::newRow( "bad points" ) << cumulative + QStringLiteral( "1;a;two\n" ) << 13 << "bad number \"two\" in points";
  QTest::newRow( "comma points" ) << cumulative + QStringLiteral( "1;a;1,5\n" ) << 13 << "1 projects in the vote but 2 points";
  QTest::newRow( "twice in cumulative" ) << cumulative + QStringLiteral( "1;a,a;1,1\n" ) << 13 << "appears twice";
  QTest::newRow( "no points column" ) << QStringLiteral( "META\nkey;value\nbudget;100\nvote_type;scoring\n" ) + projects + votes << 10
                                      << "no points column";
}

void TestPabulib::malformed()
{
  QFETCH( QString, content );
  QFETCH( int, line );
  QFETCH( QString, reason );
  Election e;
  e.budget = 42; // must be left alone
  QString error;
  QVERIFY( !PabulibReader::readData( content.toUtf8(), QStringLiteral( "bad.pb" ), e, &error ) );
  const QString prefix = QStringLiteral( "bad.pb:%1: " ).arg( line );
  QVERIFY2( error.startsWith( prefix ), qPrintable( QStringLiteral( "expected \"%1\", got \"%2\"" ).arg( prefix, error ) ) );
  QVERIFY2( error.contains( reason ), qPrintable( error ) );
  QCOMPARE( e.budget, qint64( 42 ) );
  QCOMPARE( e.projectCount(), 0 );
}

void TestPabulib::missingFile()
{
  Election e;
  QString error;
  const QString path = tempPath( QStringLiteral( "nowhere/absent.pb" ) );
  QVERIFY( !PabulibReader::readFile( path, e, &error ) );
  QVERIFY2( error.startsWith( QDir::toNativeSeparators( path ) ), qPrintable( error ) );
}

void TestPabulib::pseudonyms()
{
  const QString path = vigie::test::testDataPath( QStringLiteral( "budget/quirks.pb" ) );
  ReadOptions options;
  options.pseudonymKey = QByteArrayLiteral( "a key held by the town hall" );
  Election a, b, c;
  QVERIFY( PabulibReader::readFile( path, a, nullptr, options ) );
  QVERIFY( PabulibReader::readFile( path, b, nullptr, options ) );
  options.pseudonymKey = QByteArrayLiteral( "another key" );
  QVERIFY( PabulibReader::readFile( path, c, nullptr, options ) );
  const QRegularExpression hex( QStringLiteral( "^[0-9a-f]{32}$" ) );
  for ( size_t v = 0; v < a.voterIds.size(); ++v )
  {
    QVERIFY( hex.match( QString::fromStdString( a.voterIds[v] ) ).hasMatch() );
    QCOMPARE( a.voterIds[v], b.voterIds[v] );  // same key: same pseudonym (counts can be merged)
    QVERIFY( a.voterIds[v] != c.voterIds[v] ); // other key: unlinkable
  }
  WriteOptions all;
  all.exportBallots = true;
  const QByteArray written = PabulibWriter::toData( a, all );
  QVERIFY( !written.contains( "15-52" ) );
  QVERIFY( !written.contains( "a key held" ) );
}

void TestPabulib::privateByDefault()
{
  Election e;
  QVERIFY( PabulibReader::readFile( vigie::test::testDataPath( QStringLiteral( "budget/quirks.pb" ) ), e ) );
  // default export: META and PROJECTS, no individual ballot, no personal field
  const QByteArray data = PabulibWriter::toData( e );
  QVERIFY( !data.contains( "15-52" ) );
  QVERIFY( !data.contains( ";age" ) ); // the VOTES header keeps voter_id;vote only
  Election again;
  QString error;
  QVERIFY2( PabulibReader::readData( data, QStringLiteral( "export" ), again, &error ), qPrintable( error ) );
  QCOMPARE( again.voterCount(), 0 );
  QCOMPARE( again.projectCount(), 4 );
  // ballots without personal fields
  WriteOptions ballots;
  ballots.exportBallots = true;
  const QByteArray withBallots = PabulibWriter::toData( e, ballots );
  QVERIFY( withBallots.contains( "15-52" ) );
  QVERIFY( !withBallots.contains( ";42" ) );
}

void TestPabulib::writeToAccentedPath()
{
  Election e;
  QVERIFY( PabulibReader::readFile( vigie::test::testDataPath( QStringLiteral( "budget/cumulative.pb" ) ), e ) );
  QVERIFY( QDir( tempPath( QString() ) ).mkpath( QStringLiteral( "budget participatif é" ) ) );
  const QString path = tempPath( QStringLiteral( "budget participatif é/vote n°1.pb" ) );
  WriteOptions all;
  all.exportBallots = true;
  all.exportPersonalFields = true;
  QString error;
  QVERIFY2( PabulibWriter::writeFile( path, e, &error, all ), qPrintable( error ) );
  Election again;
  QVERIFY2( PabulibReader::readFile( path, again, &error ), qPrintable( error ) );
  QString difference;
  QVERIFY2( Election::sameData( e, again, &difference ), qPrintable( difference ) );
}

QTEST_GUILESS_MAIN( TestPabulib )
#include "tst_pabulib.moc"
