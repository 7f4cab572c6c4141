// SPDX-License-Identifier: GPL-2.0-or-later
// The PDF report of a roadmap (the code behind `vigie-cli roadmap report` and the panel's
// PDF button): one page per section, the project titles in the text, atomic, errors named.

#include "clitest.h"
#include "demoroadmap.h"
#include "roadmapcli.h"
#include "roadmapfile.h"
#include "roadmapreport.h"
#include "roadmapstore.h"
#include "roadmaptestutil.h"
#include "vigietest.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace vigie;
using namespace vigie::roadmap;

class TestRoadmapReport : public test::Test
{
  Q_OBJECT

private:
  //! The PDF's text through pdftotext (poppler-utils), each page separated by a form feed.
  QString pdfText( const QString &path )
  {
    const QString tool = QStandardPaths::findExecutable( QStringLiteral( "pdftotext" ) );
    if ( tool.isEmpty() )
      return QString();
    QProcess process;
    process.start( tool, { QStringLiteral( "-enc" ), QStringLiteral( "UTF-8" ), path, QStringLiteral( "-" ) } );
    if ( !process.waitForFinished( 60000 ) || process.exitCode() != 0 )
      return QString();
    return QString::fromUtf8( process.readAllStandardOutput() );
  }

  //! Normalises what text extraction changes: ligatures, spaces.
  static QString simplified( QString text )
  {
    text.replace( QChar( 0xfb01 ), QStringLiteral( "fi" ) ).replace( QChar( 0xfb02 ), QStringLiteral( "fl" ) );
    return text.simplified();
  }

private Q_SLOTS:
  void demoReport()
  {
    if ( QStandardPaths::findExecutable( QStringLiteral( "pdftotext" ) ).isEmpty() )
      QFAIL( "pdftotext is missing: install poppler-utils (tools/dev packages)" );
    const Roadmap roadmap = demoRoadmap();
    RoadmapSettings settings = demoRoadmapSettings( roadmap );
    const QString path = tempPath( QStringLiteral( "rapport feuille de route é.pdf" ) );
    QList<int> progress;
    QString error;
    QVERIFY2( writeRoadmapReport( roadmap, settings, path, &error, [&progress]( int p ) { progress << p; } ), qPrintable( error ) );
    QVERIFY( !progress.isEmpty() );
    QCOMPARE( progress.last(), 100 );
    QVERIFY( std::is_sorted( progress.cbegin(), progress.cend() ) );

    const QString text = pdfText( path );
    const QStringList pages = text.split( QLatin1Char( '\f' ), Qt::SkipEmptyParts );
    const QStringList sections = reportSectionTitles();
    QCOMPARE( pages.size(), sections.size() ); // 35 projects: the ranking fits one page
    for ( int i = 0; i < sections.size(); ++i )
      QVERIFY2( pages.at( i ).trimmed().startsWith( sections.at( i ) ), qPrintable( QStringLiteral( "page %1: %2" ).arg( i + 1 ).arg( pages.at( i ).left( 80 ) ) ) );
    // every title is in the Gantt (elided ones by their beginning)
    const QString gantt = simplified( pages.at( 1 ) );
    const QString ranking = simplified( pages.at( 3 ) );
    for ( const Project &p : roadmap.projects )
    {
      const QString start = simplified( p.title.left( 30 ) );
      QVERIFY2( gantt.contains( start ), qPrintable( p.title ) );
      // the ranking holds the projects still to do (neither done nor cancelled)
      QCOMPARE( ranking.contains( start ), p.status != Status::Done && p.status != Status::Cancelled );
    }
    // the budget table holds each capped year and its cap
    const QString budget = simplified( pages.at( 2 ) );
    for ( auto it = settings.caps.constBegin(); it != settings.caps.constEnd(); ++it )
    {
      QVERIFY( budget.contains( QString::number( it.key() ) ) );
      QVERIFY2( budget.contains( QLocale::c().toString( it.value(), 'f', 0 ).replace( QLatin1Char( ',' ), QString() ) ) ||
                    budget.contains( QLocale( QLocale::English ).toString( it.value(), 'f', 0 ) ),
                qPrintable( budget.left( 400 ) ) );
    }
    // the critical path page names the projects of the path
    CriticalPath cp;
    QVERIFY( computeCriticalPath( roadmap, &cp, &error ) );
    QVERIFY( !cp.path.isEmpty() );
    for ( const QString &id : cp.path )
      QVERIFY( simplified( pages.at( 4 ) ).contains( simplified( roadmap.project( id )->title.left( 30 ) ) ) );
  }

  void manyProjectsContinueTheRanking()
  {
    Roadmap r;
    r.name = QStringLiteral( "Grande feuille de route" );
    for ( int i = 0; i < 45; ++i )
      r.projects << test::makeProject( QStringLiteral( "p%1" ).arg( i, 2, 10, QLatin1Char( '0' ) ), QStringLiteral( "2026-%1" ).arg( i % 12 + 1, 2, 10, QLatin1Char( '0' ) ) );
    const QString path = tempPath( QStringLiteral( "big.pdf" ) );
    QString error;
    QVERIFY2( writeRoadmapReport( r, RoadmapSettings(), path, &error ), qPrintable( error ) );
    const QStringList pages = pdfText( path ).split( QLatin1Char( '\f' ), Qt::SkipEmptyParts );
    QCOMPARE( pages.size(), reportSectionTitles().size() + 1 );
    QVERIFY( pages.at( 4 ).contains( QLatin1String( "(continued)" ) ) );
  }

  void errors()
  {
    QString error;
    // a cycle: no file, the message names the field
    Roadmap cyclic;
    cyclic.projects << test::makeProject( QStringLiteral( "a" ), QStringLiteral( "2026-01" ), 12, 1, { QStringLiteral( "b" ) } )
                    << test::makeProject( QStringLiteral( "b" ), QStringLiteral( "2026-01" ), 12, 1, { QStringLiteral( "a" ) } );
    const QString path = tempPath( QStringLiteral( "cycle.pdf" ) );
    QVERIFY( !writeRoadmapReport( cyclic, RoadmapSettings(), path, &error ) );
    QVERIFY2( error.contains( QLatin1String( "dependencies" ) ), qPrintable( error ) );
    QVERIFY( !QFile::exists( path ) );
    // an unwritable place
    const QString bad = tempPath( QStringLiteral( "no/such/folder/r.pdf" ) );
    QVERIFY( !writeRoadmapReport( demoRoadmap(), RoadmapSettings(), bad, &error ) );
    QVERIFY2( error.contains( QLatin1String( "r.pdf" ) ), qPrintable( error ) );
  }

  void cliReport()
  {
    const CliCommand command = roadmapCliCommand();
    const QString file = tempPath( QStringLiteral( "demo.json" ) );
    QString error;
    QVERIFY( writeRoadmap( file, demoRoadmap(), &error ) );
    const QString out = tempPath( QStringLiteral( "cli.pdf" ) );
    test::CliResult r = test::runCliCommand( command, { QStringLiteral( "report" ), file, QStringLiteral( "--out" ), out, QStringLiteral( "--cap" ), QStringLiteral( "2026=9000000" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QCOMPARE( pdfText( out ).split( QLatin1Char( '\f' ), Qt::SkipEmptyParts ).size(), reportSectionTitles().size() );
    QCOMPARE( test::runCliCommand( command, { QStringLiteral( "report" ), file } ).code, 2 );
    QCOMPARE( test::runCliCommand( command, { QStringLiteral( "report" ), tempPath( QStringLiteral( "absent.json" ) ), QStringLiteral( "--out" ), out } ).code, 3 );
  }
};

QTEST_MAIN( TestRoadmapReport )
#include "tst_roadmapreport.moc"
