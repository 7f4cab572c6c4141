// SPDX-License-Identifier: GPL-2.0-or-later
// CSV import of Decidim/CONSUL-style exports (projects, votes), paper votes merged with the
// online ones, and `vigie-cli budget import`. Fixtures are written in the test.

#include "budgetcli.h"
#include "csvimport.h"
#include "pabulib.h"
#include "privacy.h"
#include "rules.h"
#include "clitest.h"
#include "vigietest.h"

#include <QFile>
#include <QTextStream>

#include <map>

using namespace vigie::budget;

namespace
{
  const QByteArray kKey( "town-hall-secret" );

  //! A QStringList from UTF-8 literals (the tests build with QT_NO_CAST_FROM_ASCII).
  QStringList sl( std::initializer_list<const char *> items )
  {
    QStringList list;
    for ( const char *item : items )
      list.append( QString::fromUtf8( item ) );
    return list;
  }

  //! Three projects for the vote tests: A 600, B 500, C 400, budget 1000.
  const QByteArray kProjects( "id,title,cost\nA,Park,600\nB,Bench,500\nC,Trees,400\n" );

  Election projects( const QByteArray &data = kProjects, const QString &budget = QStringLiteral( "1000" ) )
  {
    Election e;
    QString error;
    if ( !CsvImporter::importProjects( data, QStringLiteral( "p.csv" ), budget, e, &error ) )
      qWarning( "%s", qPrintable( error ) );
    return e;
  }

  //! "pseudonym -> sorted project ids" of every ballot.
  std::map<QString, QStringList> ballots( const Election &e )
  {
    std::map<QString, QStringList> result;
    for ( int v = 0; v < e.voterCount(); ++v )
    {
      QStringList ids;
      for ( int i = e.ballotStart[static_cast<size_t>( v )]; i < e.ballotStart[static_cast<size_t>( v ) + 1]; ++i )
        ids.append( e.projectId( e.ballotProjects[static_cast<size_t>( i )] ) );
      ids.sort();
      result[QString::fromStdString( e.voterIds[static_cast<size_t>( v )] )] = ids;
    }
    return result;
  }

  QStringList selectedIds( const Election &e, const QString &rule )
  {
    RuleSpec spec;
    QString error;
    if ( !RuleSpec::parse( rule, QString(), e, spec, &error ) )
      return { QStringLiteral( "error: " ) + error };
    return allocate( e, spec ).sortedIds( e );
  }

  using CliResult = vigie::test::CliResult;

  CliResult runCli( const QStringList &args )
  {
    return vigie::test::runCliCommand( budgetCliCommand(), args );
  }

  void writeFile( const QString &path, const QByteArray &data )
  {
    QFile f( path );
    QVERIFY( f.open( QIODevice::WriteOnly ) );
    f.write( data );
  }
} // namespace

class TestCsvImport : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void projects_data();
  void projects();
  void projectErrors_data();
  void projectErrors();
  void votes_data();
  void votes();
  void voteErrors_data();
  void voteErrors();
  void pointsAndRanks_data();
  void pointsAndRanks();
  void paperCounts();
  void paperCountsEqualSingleBallots_data();
  void paperCountsEqualSingleBallots();
  void paperBallots();
  void paperErrors_data();
  void paperErrors();
  void cliImport();
  void cliImportErrors_data();
  void cliImportErrors();
};

void TestCsvImport::projects_data()
{
  QTest::addColumn<QByteArray>( "data" );
  QTest::addColumn<QString>( "budget" );
  QTest::addColumn<QStringList>( "ids" );
  QTest::addColumn<QStringList>( "costs" );
  QTest::addColumn<QStringList>( "names" );
  QTest::addColumn<QStringList>( "categories" );
  QTest::addColumn<QStringList>( "districts" );
  QTest::addColumn<QString>( "formattedBudget" );

  QTest::newRow( "english, comma" ) << QByteArray(
                                           "id,title,budget_amount,category,scope\n1,Park,1000,Green,North\n2,Bench,250.50,Urban,South\n" )
                                    << "5000" << sl( { "1", "2" } ) << sl( { "1000", "250.5" } ) << sl( { "Park", "Bench" } )
                                    << sl( { "Green", "Urban" } ) << sl( { "North", "South" } ) << "5000";
  QTest::newRow( "french, semicolon, BOM, decimal comma" )
      << QByteArray( "\xEF\xBB\xBFid;Titre;Co\xC3\xBBt;Cat\xC3\xA9gorie;Quartier\n1;Parc;1 000,00;Vert;Nord\n2;Banc;250,5 "
                     "\xE2\x82\xAC;Urbain;Sud\n" )
      << "4 500,25" << sl( { "1", "2" } ) << sl( { "1000", "250.5" } ) << sl( { "Parc", "Banc" } ) << sl( { "Vert", "Urbain" } )
      << sl( { "Nord", "Sud" } ) << "4500.25";
  QTest::newRow( "decidim columns with language suffixes, quotes" )
      << QByteArray( "id,category/id,category/name/fr,scope/name/fr,title/fr,budget_amount\r\n"
                     "7,3,Nature,\"Centre, est\",\"Jardin \"\"partagé\"\"\",\"12,000.75\"\r\n"
                     "\r\n"
                     "8,4,Culture,Ouest,\"Kiosque\nà musique\",300\r\n" )
      << "20000" << sl( { "7", "8" } ) << sl( { "12000.75", "300" } )
      << QStringList{ QStringLiteral( "Jardin \"partagé\"" ), QStringLiteral( "Kiosque à musique" ) } << sl( { "Nature", "Culture" } )
      << sl( { "Centre, est", "Ouest" } ) << "20000";
  QTest::newRow( "tab, montant, thousands dots, no category" )
      << QByteArray( "projet_id\tnom\tmontant\n10\tA\t1.234.567\n11\tB\t0\n" ) << "2000000" << sl( { "10", "11" } )
      << sl( { "1234567", "0" } ) << sl( { "A", "B" } ) << sl( { "", "" } ) << sl( { "", "" } ) << "2000000";
}

void TestCsvImport::projects()
{
  QFETCH( QByteArray, data );
  QFETCH( QString, budget );
  QFETCH( QStringList, ids );
  QFETCH( QStringList, costs );
  QFETCH( QStringList, names );
  QFETCH( QStringList, categories );
  QFETCH( QStringList, districts );
  QFETCH( QString, formattedBudget );
  Election e;
  QString error;
  QVERIFY2( CsvImporter::importProjects( data, QStringLiteral( "p.csv" ), budget, e, &error ), qPrintable( error ) );
  QCOMPARE( e.projectCount(), ids.size() );
  QCOMPARE( e.formatMoney( e.budget ), formattedBudget );
  for ( int p = 0; p < e.projectCount(); ++p )
  {
    QCOMPARE( e.projectId( p ), ids.at( p ) );
    QCOMPARE( e.formatMoney( e.projects[static_cast<size_t>( p )].cost ), costs.at( p ) );
    QCOMPARE( e.projectCell( p, "name" ), names.at( p ) );
    QCOMPARE( e.projectCell( p, "category" ), categories.at( p ) );
    QCOMPARE( e.projectCell( p, "district" ), districts.at( p ) );
  }
  // the election is a valid .pb: written and read back, it is the same
  Election back;
  QVERIFY2( PabulibReader::readData( PabulibWriter::toData( e ), QStringLiteral( "out.pb" ), back, &error ), qPrintable( error ) );
  QVERIFY2( Election::sameData( e, back, &error ), qPrintable( error ) );
}

void TestCsvImport::projectErrors_data()
{
  QTest::addColumn<QByteArray>( "data" );
  QTest::addColumn<QString>( "budget" );
  QTest::addColumn<QString>( "message" );
  QTest::newRow( "missing cost column" ) << QByteArray( "id,title\n1,Park\n" ) << "100"
                                         << "p.csv:1: missing column for the project cost";
  QTest::newRow( "missing id column" ) << QByteArray( "titre;montant\nParc;100\n" ) << "100"
                                       << "p.csv:1: missing column for the project id";
  QTest::newRow( "bad number" ) << QByteArray( "id,title,cost\n1,Park,100\n2,Bench,12a\n" ) << "100"
                                << "p.csv:3: column \"cost\": bad number \"12a\" for the cost of project \"2\"";
  QTest::newRow( "negative cost" ) << QByteArray( "id;coût\n1;-5\n" ) << "100"
                                   << QStringLiteral( "p.csv:2: column \"coût\": bad number \"-5\"" );
  QTest::newRow( "duplicate id" ) << QByteArray( "id,cost\n1,10\n2,10\n1,20\n" ) << "100"
                                  << "p.csv:4: column \"id\": duplicate project id \"1\" (first on line 2)";
  QTest::newRow( "line after a quoted newline" ) << QByteArray( "id,title,cost\n1,\"two\nlines\",10\n2,x,ten\n" ) << "100"
                                                 << "p.csv:4: column \"cost\": bad number \"ten\"";
  QTest::newRow( "empty id" ) << QByteArray( "id,cost\n1,10\n,5\n" ) << "100"
                              << "p.csv:3: column \"id\": empty project id";
  QTest::newRow( "unclosed quote" ) << QByteArray( "id,title,cost\n1,\"Park,10\n" ) << "100"
                                    << "p.csv:2: quoted field never closed";
  QTest::newRow( "empty file" ) << QByteArray( "\n\n" ) << "100"
                                << "p.csv:1: empty file";
  QTest::newRow( "bad budget" ) << QByteArray( "id,cost\n1,10\n" ) << "lots"
                                << "bad budget \"lots\"";
}

void TestCsvImport::projectErrors()
{
  QFETCH( QByteArray, data );
  QFETCH( QString, budget );
  QFETCH( QString, message );
  Election e = ::projects();
  QCOMPARE( e.projectCount(), 3 );
  QString error;
  QVERIFY( !CsvImporter::importProjects( data, QStringLiteral( "p.csv" ), budget, e, &error ) );
  QVERIFY2( error.contains( message ), qPrintable( error ) );
  QCOMPARE( e.projectCount(), 3 ); // unchanged
}

void TestCsvImport::votes_data()
{
  QTest::addColumn<QByteArray>( "data" );
  QTest::addColumn<int>( "voters" );
  QTest::addColumn<QString>( "alice" ); // Alice's projects, sorted, joined by ','
  QTest::addColumn<QString>( "bob" );
  QTest::addColumn<QStringList>( "votes" ); // the PROJECTS votes column
  QTest::newRow( "one row per voter x project" ) << QByteArray( "voter_id,project_id\nalice,A\nbob,B\nalice,C\n" ) << 2 << "A,C"
                                                 << "B" << sl( { "1", "1", "1" } );
  QTest::newRow( "french, semicolon" ) << QByteArray( "votant;projet\nalice;A\nbob;A\nbob;C\n" ) << 2 << "A"
                                       << "A,C" << sl( { "2", "0", "1" } );
  QTest::newRow( "one row per voter, list" ) << QByteArray( "user_id;projects;age\nalice;A,C;34\nbob;\"B | C\";70\n" ) << 2 << "A,C"
                                             << "B,C" << sl( { "1", "1", "2" } );
  QTest::newRow( "list with semicolons in a comma file" ) << QByteArray( "voter,vote\nalice,\"C;A\"\nbob,B\n" ) << 2 << "A,C"
                                                          << "B" << sl( { "1", "1", "1" } );
}

void TestCsvImport::votes()
{
  QFETCH( QByteArray, data );
  QFETCH( int, voters );
  QFETCH( QString, alice );
  QFETCH( QString, bob );
  QFETCH( QStringList, votes );
  Election e = ::projects();
  QString error;
  QVERIFY2( CsvImporter::importVotes( data, QStringLiteral( "v.csv" ), kKey, e, &error ), qPrintable( error ) );
  QCOMPARE( e.voterCount(), voters );
  const std::map<QString, QStringList> b = ballots( e );
  const QString alicePseudonym = pseudonym( kKey, QByteArray( "alice" ) );
  QVERIFY( b.count( alicePseudonym ) );
  QCOMPARE( b.at( alicePseudonym ).join( QLatin1Char( ',' ) ), alice );
  QCOMPARE( b.at( pseudonym( kKey, QByteArray( "bob" ) ) ).join( QLatin1Char( ',' ) ), bob );
  for ( int p = 0; p < e.projectCount(); ++p )
    QCOMPARE( e.projectCell( p, "votes" ), votes.at( p ) );
  // raw ids never reach the election nor the file written from it; the key is not stored
  const QByteArray pb = PabulibWriter::toData( e, WriteOptions{ true, true } );
  QVERIFY( !pb.contains( "alice" ) );
  QVERIFY( !pb.contains( "bob" ) );
  QVERIFY( !pb.contains( kKey ) );
  QCOMPARE( e.metaText( QStringLiteral( "num_votes" ) ), QString::number( voters ) );
  // another key gives other pseudonyms
  Election other = ::projects();
  QVERIFY( CsvImporter::importVotes( data, QStringLiteral( "v.csv" ), QByteArray( "another key" ), other, &error ) );
  QVERIFY( !ballots( other ).count( alicePseudonym ) );
  // the .pb read back is the same election
  Election back;
  QVERIFY2( PabulibReader::readData( pb, QStringLiteral( "out.pb" ), back, &error ), qPrintable( error ) );
  QVERIFY2( Election::sameData( e, back, &error ), qPrintable( error ) );
}

void TestCsvImport::voteErrors_data()
{
  QTest::addColumn<QByteArray>( "data" );
  QTest::addColumn<QByteArray>( "key" );
  QTest::addColumn<QString>( "message" );
  QTest::newRow( "unknown project" ) << QByteArray( "voter_id,project_id\nalice,A\nbob,Z\n" ) << kKey
                                     << "v.csv:3: column \"project_id\": vote for unknown project \"Z\"";
  QTest::newRow( "unknown project in a list" ) << QByteArray( "voter_id;projects\nalice;A,B\nbob;C,Q\n" ) << kKey
                                               << "v.csv:3: column \"projects\": vote for unknown project \"Q\"";
  QTest::newRow( "missing voter column" ) << QByteArray( "project_id\nA\n" ) << kKey << "v.csv:1: missing column for the voter id";
  QTest::newRow( "missing project column" ) << QByteArray( "voter_id,age\nalice,30\n" ) << kKey
                                            << "v.csv:1: missing column for the voted projects";
  QTest::newRow( "duplicate voter in list format" ) << QByteArray( "voter_id;projects\nalice;A\nbob;B\nalice;C\n" ) << kKey
                                                    << "v.csv:4: column \"voter_id\": duplicate voter (first on line 2)";
  QTest::newRow( "project twice" ) << QByteArray( "voter_id,project_id\nalice,A\nalice,A\n" ) << kKey
                                   << "v.csv:3: column \"project_id\": project \"A\" appears twice in the ballot";
  QTest::newRow( "empty voter" ) << QByteArray( "voter_id,project_id\nalice,A\n,B\n" ) << kKey
                                 << "v.csv:3: column \"voter_id\": empty voter id";
  QTest::newRow( "no key" ) << QByteArray( "voter_id,project_id\nalice,A\n" ) << QByteArray() << "v.csv: no pseudonymisation key";
  QTest::newRow( "points not a number" ) << QByteArray( "voter_id,project_id,points\nalice,A,3\nalice,B,two\n" ) << kKey
                                         << "v.csv:3: column \"points\": \"two\" is not a number of points";
  QTest::newRow( "negative points" ) << QByteArray( "voter_id,project_id,points\nalice,A,-1\n" ) << kKey
                                     << "v.csv:2: column \"points\": \"-1\" is not a number of points";
  QTest::newRow( "rank zero" ) << QByteArray( "voter_id;project_id;rank\nalice;A;1\nbob;B;0\n" ) << kKey
                               << "v.csv:3: column \"rank\": \"0\" is not a rank";
  QTest::newRow( "rank twice" ) << QByteArray( "voter_id,project_id,ranking\nalice,A,1\nbob,A,1\nalice,C,1\n" ) << kKey
                                << "v.csv:4: column \"ranking\": rank 1 given twice by this voter (first on line 2)";
}

void TestCsvImport::voteErrors()
{
  QFETCH( QByteArray, data );
  QFETCH( QByteArray, key );
  QFETCH( QString, message );
  Election e = ::projects();
  QString error;
  QVERIFY( !CsvImporter::importVotes( data, QStringLiteral( "v.csv" ), key, e, &error ) );
  QVERIFY2( error.contains( message ), qPrintable( error ) );
  QCOMPARE( e.voterCount(), 0 );
  QCOMPARE( e.projectCell( 0, "votes" ), QStringLiteral( "0" ) );
}

void TestCsvImport::pointsAndRanks_data()
{
  QTest::addColumn<QByteArray>( "data" );
  QTest::addColumn<int>( "type" );
  QTest::addColumn<QString>( "alice" ); // Alice's ballot in stored order, "id=points" on cumulative and scoring ballots
  QTest::addColumn<QString>( "greedyPoints" );
  // Decidim cumulative export: A gets 1 + 1 points, B 4 + 0, C 3: points per cost A 2/600, B 4/500, C 3/400
  QTest::newRow( "cumulative points" ) << QByteArray( "voter_id,project_id,points\nalice,A,1\nalice,B,4\nbob,A,1\nbob,C,3\nbob,B,0\n" )
                                       << int( VoteType::Cumulative ) << "A=1,B=4"
                                       << "B,C";
  // CONSUL-style scores, French header: "note"
  QTest::newRow( "scoring" ) << QByteArray( "votant;projet;note\nalice;C;5\nalice;A;2\nbob;A;10\n" ) << int( VoteType::Scoring ) << "C=5,A=2"
                             << "A,C";
  // ordinal ballots stored most preferred first, whatever the row order; gaps allowed; they count as
  // approvals (as in pabutools): B 2 votes / 500, C 1 / 400, A 1 / 600 -> B, C, and A no longer fits
  QTest::newRow( "ranking" ) << QByteArray( "voter_id,project_id,rank\nalice,C,3\nalice,A,1\nalice,B,2\nbob,B,5\n" )
                             << int( VoteType::Ordinal ) << "A,B,C"
                             << "B,C";
}

void TestCsvImport::pointsAndRanks()
{
  QFETCH( QByteArray, data );
  QFETCH( int, type );
  QFETCH( QString, alice );
  QFETCH( QString, greedyPoints );
  Election e = ::projects();
  QString error;
  QVERIFY2( CsvImporter::importVotes( data, QStringLiteral( "v.csv" ), kKey, e, &error ), qPrintable( error ) );
  QCOMPARE( int( e.voteType ), type );
  QCOMPARE( e.metaText( QStringLiteral( "vote_type" ) ), voteTypeName( e.voteType ) );
  const std::string alicePseudonym = pseudonym( kKey, QByteArray( "alice" ) ).toStdString();
  const int v = static_cast<int>( std::find( e.voterIds.begin(), e.voterIds.end(), alicePseudonym ) - e.voterIds.begin() );
  QVERIFY( v < e.voterCount() );
  QStringList items;
  for ( int i = e.ballotStart[static_cast<size_t>( v )]; i < e.ballotStart[static_cast<size_t>( v ) + 1]; ++i )
  {
    QString item = e.projectId( e.ballotProjects[static_cast<size_t>( i )] );
    if ( e.hasPoints() )
      item += QLatin1Char( '=' ) + e.formatPoints( e.ballotPoints[static_cast<size_t>( i )] );
    items.append( item );
  }
  QCOMPARE( items.join( QLatin1Char( ',' ) ), alice );
  QCOMPARE( selectedIds( e, QStringLiteral( "greedy-points" ) ), greedyPoints.split( QLatin1Char( ',' ) ) );
  // written as a .pb (with its points column) and read back: the same election, the same outcome
  const QByteArray pb = PabulibWriter::toData( e, WriteOptions{ true, true } );
  Election back;
  QVERIFY2( PabulibReader::readData( pb, QStringLiteral( "out.pb" ), back, &error ), qPrintable( error ) );
  QVERIFY2( Election::sameData( e, back, &error ), qPrintable( error ) );
  QCOMPARE( selectedIds( back, QStringLiteral( "greedy-points" ) ), greedyPoints.split( QLatin1Char( ',' ) ) );
  // a second file of another kind is refused, naming it, and changes nothing
  const QByteArray approvals( "voter_id,project_id\ncarol,A\n" );
  Election copy = e;
  QVERIFY( !CsvImporter::importVotes( approvals, QStringLiteral( "more.csv" ), kKey, copy, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "more.csv" ) ) && error.contains( QStringLiteral( "approval" ) ), qPrintable( error ) );
  QCOMPARE( copy.voterCount(), e.voterCount() );
}

void TestCsvImport::paperCounts()
{
  // online: A 2, B 1, C 1. Greedy by votes funds A (600), then C (400): B (500) no longer fits.
  Election e = ::projects();
  QString error;
  QVERIFY( CsvImporter::importVotes( "voter_id;projects\nv1;A,C\nv2;A\nv3;B\n", QStringLiteral( "v.csv" ), kKey, e, &error ) );
  QCOMPARE( selectedIds( e, QStringLiteral( "greedy-cost" ) ), ( sl( { "A", "C" } ) ) );
  QVERIFY( !selectedIds( e, QStringLiteral( "mes-cost" ) ).first().startsWith( QLatin1String( "error" ) ) );
  // paper: B +5 -> B 6, A 2, C 1: B (500) first, A no longer fits, C does
  PaperKind kind = PaperKind::Ballots;
  QVERIFY2( CsvImporter::mergePaper( "projet;voix\nB;5\nA;0\n", QStringLiteral( "paper.csv" ), e, &kind, &error ), qPrintable( error ) );
  QVERIFY( kind == PaperKind::Counts );
  QVERIFY( e.hasPaperVotes() );
  QCOMPARE( e.voterCount(), 3 ); // counts are not ballots
  QCOMPARE( e.projectCell( 1, "votes" ), QStringLiteral( "6" ) );
  QCOMPARE( e.projectCell( 1, "paper_votes" ), QStringLiteral( "5" ) );
  QCOMPARE( selectedIds( e, QStringLiteral( "greedy-cost" ) ), ( sl( { "B", "C" } ) ) );
  QCOMPARE( selectedIds( e, QStringLiteral( "greedy-score" ) ), ( sl( { "B", "C" } ) ) );
  // MES and Phragmén need individual ballots: refused, with the reason
  for ( const QString &rule : { QStringLiteral( "mes-cost" ), QStringLiteral( "mes-cardinality" ), QStringLiteral( "phragmen" ) } )
  {
    const QString result = selectedIds( e, rule ).join( QLatin1Char( ' ' ) );
    QVERIFY2( result.startsWith( QLatin1String( "error" ) ) && result.contains( QLatin1String( "individual ballots" ) ),
              qPrintable( result ) );
  }
  // a second paper file adds up
  QVERIFY( CsvImporter::mergePaper( "project_id,votes\nC,10\n", QStringLiteral( "paper2.csv" ), e, nullptr, &error ) );
  QCOMPARE( e.projectCell( 2, "paper_votes" ), QStringLiteral( "10" ) );
  QCOMPARE( e.projectCell( 1, "paper_votes" ), QStringLiteral( "5" ) );
  // the counts survive write -> read, and the rules see them there too
  Election back;
  QVERIFY2( PabulibReader::readData( PabulibWriter::toData( e, WriteOptions{ true, false } ), QStringLiteral( "out.pb" ), back, &error ),
            qPrintable( error ) );
  QVERIFY2( Election::sameData( e, back, &error ), qPrintable( error ) );
  QCOMPARE( selectedIds( back, QStringLiteral( "greedy-cost" ) ), selectedIds( e, QStringLiteral( "greedy-cost" ) ) );
  QVERIFY( selectedIds( back, QStringLiteral( "mes-cost" ) ).first().startsWith( QLatin1String( "error" ) ) );
  // a hand-edited paper count that is not a whole number is refused with its line
  QByteArray pb = PabulibWriter::toData( e, WriteOptions{ true, false } );
  const int row = pb.indexOf( "\nC;" );
  QVERIFY( row > 0 );
  pb.replace( pb.indexOf( ";10\n", row ), 4, ";1x\n" );
  QVERIFY( !PabulibReader::readData( pb, QStringLiteral( "edited.pb" ), back, &error ) );
  QVERIFY2( error.contains( QLatin1String( "edited.pb:" ) ) &&
                error.contains( QLatin1String( "bad number \"1x\" in paper_votes of project \"C\"" ) ),
            qPrintable( error ) );
}

void TestCsvImport::paperCountsEqualSingleBallots_data()
{
  QTest::addColumn<QString>( "rule" );
  for ( const char *rule : { "greedy-cost", "greedy-cardinality", "greedy-points", "greedy-score", "greedy-no-skip" } )
    QTest::newRow( rule ) << QString::fromLatin1( rule );
}

void TestCsvImport::paperCountsEqualSingleBallots()
{
  // greedy rules only depend on per-project totals: k paper votes for p must count exactly as k
  // one-project ballots for p, whatever the satisfaction (a tie and a zero-cost project included)
  QFETCH( QString, rule );
  const QByteArray projectsCsv( "id,cost\nA,300\nB,450\nC,0\nD,250\nE,700\n" );
  const QByteArray online( "voter_id;projects\nv1;A,B\nv2;B,D\nv3;E\nv4;A,D,E\n" );
  const QByteArray counts( "project_id;votes\nB;2\nC;1\nD;3\nE;1\n" );
  QByteArray single( "voter_id;projects\n" );
  int n = 0;
  for ( const auto &entry : std::vector<std::pair<const char *, int>>{ { "B", 2 }, { "C", 1 }, { "D", 3 }, { "E", 1 } } )
  {
    for ( int k = 0; k < entry.second; ++k )
      single += "paper" + QByteArray::number( ++n ) + ';' + entry.first + '\n';
  }
  for ( const QString &budget : { QStringLiteral( "1000" ), QStringLiteral( "700" ), QStringLiteral( "1450" ) } )
  {
    Election withCounts = ::projects( projectsCsv, budget );
    Election withBallots = ::projects( projectsCsv, budget );
    QString error;
    QVERIFY( CsvImporter::importVotes( online, QStringLiteral( "v.csv" ), kKey, withCounts, &error ) );
    QVERIFY( CsvImporter::mergePaper( counts, QStringLiteral( "paper.csv" ), withCounts, nullptr, &error ) );
    QVERIFY( CsvImporter::importVotes( online + single.mid( single.indexOf( '\n' ) + 1 ), QStringLiteral( "v.csv" ), kKey, withBallots,
                                       &error ) );
    const QStringList expected = selectedIds( withBallots, rule );
    QVERIFY( !expected.value( 0 ).startsWith( QLatin1String( "error" ) ) );
    QCOMPARE( selectedIds( withCounts, rule ), expected );
  }
}

void TestCsvImport::paperBallots()
{
  // anonymous paper ballots are ordinary ballots: every rule, MES included, counts them exactly
  // as the same ballots cast online
  Election online = ::projects();
  Election merged = ::projects();
  QString error;
  QVERIFY( CsvImporter::importVotes( "voter_id;projects\nv1;A,C\nv2;A\nv3;B\nv4;B,C\nv5;C\n", QStringLiteral( "v.csv" ), kKey, online,
                                     &error ) );
  QVERIFY( CsvImporter::importVotes( "voter_id;projects\nv1;A,C\nv2;A\n", QStringLiteral( "v.csv" ), kKey, merged, &error ) );
  PaperKind kind = PaperKind::Counts;
  QVERIFY2( CsvImporter::mergePaper( "bulletin\nB\n\"B,C\"\nC\n", QStringLiteral( "paper.csv" ), merged, &kind, &error ),
            qPrintable( error ) );
  QVERIFY( kind == PaperKind::Ballots );
  QVERIFY( !merged.hasPaperVotes() );
  QCOMPARE( merged.voterCount(), 5 );
  QCOMPARE( QString::fromStdString( merged.voterIds[2] ), QStringLiteral( "paper-1" ) );
  QCOMPARE( merged.metaText( QStringLiteral( "paper_ballots" ) ), QStringLiteral( "3" ) );
  for ( const QString &rule : { QStringLiteral( "greedy-cost" ), QStringLiteral( "mes-cost" ), QStringLiteral( "mes-cardinality" ),
                                QStringLiteral( "phragmen" ) } )
    QCOMPARE( selectedIds( merged, rule ), selectedIds( online, rule ) );
  // a second paper file continues the numbering
  QVERIFY( CsvImporter::mergePaper( "projects\nA\n", QStringLiteral( "paper2.csv" ), merged, &kind, &error ) );
  QCOMPARE( QString::fromStdString( merged.voterIds.back() ), QStringLiteral( "paper-4" ) );
  Election back;
  QVERIFY2(
      PabulibReader::readData( PabulibWriter::toData( merged, WriteOptions{ true, false } ), QStringLiteral( "out.pb" ), back, &error ),
      qPrintable( error ) );
  QVERIFY2( Election::sameData( merged, back, &error ), qPrintable( error ) );
}

void TestCsvImport::paperErrors_data()
{
  QTest::addColumn<QByteArray>( "data" );
  QTest::addColumn<QString>( "message" );
  QTest::newRow( "unknown project" ) << QByteArray( "project_id,votes\nA,3\nX,2\n" )
                                     << "paper.csv:3: column \"project_id\": unknown project \"X\"";
  QTest::newRow( "bad count" ) << QByteArray( "projet;voix\nA;3,5\n" ) << "paper.csv:2: column \"voix\": bad number \"3,5\"";
  QTest::newRow( "negative count" ) << QByteArray( "projet;voix\nA;-1\n" ) << "paper.csv:2: column \"voix\": bad number \"-1\"";
  QTest::newRow( "duplicate project" ) << QByteArray( "project_id,votes\nA,3\nB,1\nA,2\n" )
                                       << "paper.csv:4: column \"project_id\": duplicate project id \"A\" (first on line 2)";
  QTest::newRow( "missing count column" ) << QByteArray( "project_id,title\nA,x\n" )
                                          << "paper.csv:1: missing column for the paper vote count";
  QTest::newRow( "missing columns" ) << QByteArray( "foo,bar\n1,2\n" ) << "paper.csv:1: missing column for the project id and vote count";
  QTest::newRow( "unknown project on a ballot" )
      << QByteArray( "ballot\nA,B\nC,Y\n" ) << "paper.csv:3: column \"ballot\": vote for unknown project \"Y\"";
}

void TestCsvImport::paperErrors()
{
  QFETCH( QByteArray, data );
  QFETCH( QString, message );
  Election e = ::projects();
  QString error;
  QVERIFY( CsvImporter::importVotes( "voter_id,project_id\nv1,A\n", QStringLiteral( "v.csv" ), kKey, e, &error ) );
  const Election before = e;
  QVERIFY( !CsvImporter::mergePaper( data, QStringLiteral( "paper.csv" ), e, nullptr, &error ) );
  QVERIFY2( error.contains( message ), qPrintable( error ) );
  QVERIFY( Election::sameData( before, e ) );
}

void TestCsvImport::cliImport()
{
  const QString projectsPath = tempPath( QStringLiteral( "projets été.csv" ) );
  const QString votesPath = tempPath( QStringLiteral( "votes.csv" ) );
  const QString paperPath = tempPath( QStringLiteral( "papier.csv" ) );
  const QString out = tempPath( QStringLiteral( "vote.pb" ) );
  writeFile(
      projectsPath,
      "\xEF\xBB\xBFid;titre;montant;catégorie;quartier\nA;Parc;600;Nature;Nord\nB;Banc;500;Urbain;Sud\nC;Arbres;400,00;Nature;Sud\n" );
  writeFile( votesPath,
             "voter_id,project_id,age\nalice@example.org,A,34\nalice@example.org,C,34\nbob@example.org,A,70\ncarol@example.org,B,21\n" );
  writeFile( paperPath, "projet;voix\nB;5\n" );
  qputenv( "VIGIE_TEST_BUDGET_KEY", kKey );

  CliResult r = runCli( { QStringLiteral( "import" ), QStringLiteral( "--projects" ), projectsPath, QStringLiteral( "--votes" ), votesPath,
                          QStringLiteral( "--paper=" ) + paperPath, QStringLiteral( "--budget" ), QStringLiteral( "1000" ),
                          QStringLiteral( "--out" ), out, QStringLiteral( "--key-env" ), QStringLiteral( "VIGIE_TEST_BUDGET_KEY" ) } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  QVERIFY( r.out.contains( QLatin1String( "3 projects, 3 ballots" ) ) );
  QVERIFY( r.out.contains( QLatin1String( "greedy" ) ) );
  QFile f( out );
  QVERIFY( f.open( QIODevice::ReadOnly ) );
  const QByteArray pb = f.readAll();
  QVERIFY( !pb.contains( "alice" ) );
  QVERIFY( !pb.contains( kKey ) );
  QVERIFY( !pb.contains( "age" ) ); // personal fields only with --personal-fields
  Election e;
  QString error;
  QVERIFY2( PabulibReader::readFile( out, e, &error ), qPrintable( error ) );
  QCOMPARE( e.voterCount(), 3 );
  QVERIFY( ballots( e ).count( pseudonym( kKey, QByteArray( "alice@example.org" ) ) ) );
  QCOMPARE( e.projectCell( 2, "category" ), QStringLiteral( "Nature" ) );
  // counted from the file: B 6 votes (1 online + 5 paper)
  r = runCli( { QStringLiteral( "allocate" ), out, QStringLiteral( "--rule" ), QStringLiteral( "greedy-cost" ) } );
  QCOMPARE( r.code, 0 );
  QVERIFY2( r.out.contains( QLatin1String( "  B\n" ) ) && r.out.contains( QLatin1String( "  C\n" ) ) &&
                !r.out.contains( QLatin1String( "  A\n" ) ),
            qPrintable( r.out ) );
  r = runCli( { QStringLiteral( "allocate" ), out, QStringLiteral( "--rule" ), QStringLiteral( "mes-cost" ) } );
  QCOMPARE( r.code, 2 );
  QVERIFY( r.err.contains( QLatin1String( "individual ballots" ) ) );

  // default variable, personal fields on request
  qputenv( "VIGIE_BUDGET_KEY", "default key" );
  r = runCli( { QStringLiteral( "import" ), QStringLiteral( "--projects" ), projectsPath, QStringLiteral( "--votes" ), votesPath,
                QStringLiteral( "--budget" ), QStringLiteral( "1000" ), QStringLiteral( "--out" ), out,
                QStringLiteral( "--personal-fields" ) } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  QVERIFY( PabulibReader::readFile( out, e, &error ) );
  QVERIFY( ballots( e ).count( pseudonym( QByteArray( "default key" ), QByteArray( "bob@example.org" ) ) ) );
  QVERIFY( e.extraColumn( "age" ) >= 0 );
  QVERIFY( !e.hasPaperVotes() );
  qunsetenv( "VIGIE_BUDGET_KEY" );

  const CliResult help = runCli( { QStringLiteral( "--help" ) } );
  QVERIFY( help.out.contains( QLatin1String( "import --projects P.csv --votes V.csv" ) ) );
  QVERIFY( help.out.contains( QLatin1String( "VIGIE_BUDGET_KEY" ) ) );
}

void TestCsvImport::cliImportErrors_data()
{
  QTest::addColumn<QStringList>( "extra" );
  QTest::addColumn<QString>( "keyEnv" );
  QTest::addColumn<int>( "code" );
  QTest::addColumn<QString>( "message" );
  QTest::newRow( "no key" ) << QStringList() << "" << 1 << "VIGIE_BUDGET_KEY holds no pseudonymisation key";
  QTest::newRow( "empty key variable" ) << sl( { "--key-env", "VIGIE_TEST_EMPTY" } ) << "" << 1
                                        << "VIGIE_TEST_EMPTY holds no pseudonymisation key";
  QTest::newRow( "missing votes" ) << sl( { "--votes" } ) << "VIGIE_BUDGET_KEY" << 2 << "option --votes needs a value";
  QTest::newRow( "unknown option" ) << sl( { "--frobnicate" } ) << "VIGIE_BUDGET_KEY" << 2 << "unknown option --frobnicate";
  QTest::newRow( "bad votes file" ) << sl( { "--votes", "BADVOTES" } ) << "VIGIE_BUDGET_KEY" << 3
                                    << "bad-votes.csv:3: column \"project_id\": vote for unknown project \"Z\"";
  QTest::newRow( "missing file" ) << sl( { "--paper", "MISSING" } ) << "VIGIE_BUDGET_KEY" << 3 << "cannot open";
}

void TestCsvImport::cliImportErrors()
{
  QFETCH( QStringList, extra );
  QFETCH( QString, keyEnv );
  QFETCH( int, code );
  QFETCH( QString, message );
  const QString projectsPath = tempPath( QStringLiteral( "p.csv" ) );
  const QString votesPath = tempPath( QStringLiteral( "v.csv" ) );
  const QString badVotes = tempPath( QStringLiteral( "bad-votes.csv" ) );
  const QString out = tempPath( QStringLiteral( "never.pb" ) );
  writeFile( projectsPath, kProjects );
  writeFile( votesPath, "voter_id,project_id\nalice,A\n" );
  writeFile( badVotes, "voter_id,project_id\nalice,A\nbob,Z\n" );
  qunsetenv( "VIGIE_BUDGET_KEY" );
  qputenv( "VIGIE_TEST_EMPTY", "" );
  if ( !keyEnv.isEmpty() )
    qputenv( keyEnv.toLatin1().constData(), kKey );
  QStringList args{ QStringLiteral( "import" ), QStringLiteral( "--projects" ), projectsPath, QStringLiteral( "--budget" ),
                    QStringLiteral( "1000" ),   QStringLiteral( "--out" ),      out };
  if ( !extra.contains( QLatin1String( "--votes" ) ) )
    args << QStringLiteral( "--votes" ) << votesPath;
  for ( const QString &e : extra )
    args << ( e == QLatin1String( "BADVOTES" )  ? badVotes
              : e == QLatin1String( "MISSING" ) ? tempPath( QStringLiteral( "missing.csv" ) )
                                                : e );
  const CliResult r = runCli( args );
  qunsetenv( "VIGIE_BUDGET_KEY" );
  QCOMPARE( r.code, code );
  QVERIFY2( r.err.contains( message ), qPrintable( r.err ) );
  QVERIFY( !QFile::exists( out ) );
}

QTEST_GUILESS_MAIN( TestCsvImport )
#include "tst_csvimport.moc"
