// SPDX-License-Identifier: GPL-2.0-or-later
// Interop: CSV round trip and import errors with line and column, iCalendar (RFC 5545 folding,
// escaping, UIDs), GanttProject XML.

#include "demoroadmap.h"
#include "interop.h"
#include "roadmaptestutil.h"
#include "vigietest.h"

#include <QXmlStreamReader>

using namespace vigie::roadmap;
using vigie::test::makeProject;

namespace
{
  //! RFC 5545 unfolding: CRLF followed by a space or tab is removed.
  QString unfold( const QByteArray &ics )
  {
    QByteArray b = ics;
    b.replace( "\r\n ", "" );
    b.replace( "\r\n\t", "" );
    return QString::fromUtf8( b );
  }

  const QByteArray kHeader = "id,title,domain,start,duration_months,capex_eur,funding,benefits\n";
} // namespace

class TestInterop : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void csvRoundTrip();
  void csvTrickyText();
  void csvSemicolonsAndDecimalComma();
  void csvErrors_data();
  void csvErrors();
  void iCalendar();
  void ganttProject();
  void exportFile_data();
  void exportFile();
};

void TestInterop::csvRoundTrip()
{
  const Roadmap r = demoRoadmap();
  const QByteArray csv = exportCsv( r );
  QVERIFY( csv.startsWith( "\xEF\xBB\xBF" ) );
  Roadmap back;
  QString error;
  QVERIFY2( importCsv( csv, &back, &error, QStringLiteral( "demo.csv" ) ), qPrintable( error ) );
  QCOMPARE( back.projects.size(), r.projects.size() );
  for ( int i = 0; i < r.projects.size(); ++i )
    QCOMPARE( back.projects.at( i ).toJson(), r.projects.at( i ).toJson() );
  QCOMPARE( exportCsv( back ), csv );
}

void TestInterop::csvTrickyText()
{
  Roadmap r;
  Project p = makeProject( QStringLiteral( "x1" ) );
  p.title = QStringLiteral( "Rénovation \"LED\", phase 1; quartier Nord" );
  p.description = QStringLiteral( "Ligne 1\nLigne 2, avec virgule\r\n« guillemets »" );
  p.funding = { FundingSource{ QStringLiteral( "Fonds=vert; 2025" ), 1234.5 }, FundingSource{ QStringLiteral( "DSIL" ), 10 } };
  p.benefits = { Benefit{ QStringLiteral( "kWh|an; économisés" ), -12.25, QStringLiteral( "kWh/an" ) } };
  p.stakeholders = QStringList{ QStringLiteral( "Élus; commission" ), QStringLiteral( "Habitants" ) };
  p.areaWkt = QStringLiteral( "POLYGON((0 0,1 0,1 1,0 0))" );
  r.projects = { p, makeProject( QStringLiteral( "x2" ), QStringLiteral( "2027-05" ), 3, 0, { QStringLiteral( "x1" ) } ) };
  Roadmap back;
  QString error;
  QVERIFY2( importCsv( exportCsv( r ), &back, &error ), qPrintable( error ) );
  QCOMPARE( back.projects.size(), 2 );
  // a CR inside a quoted field is data: kept as written
  QCOMPARE( back.projects.at( 0 ).title, p.title );
  QCOMPARE( back.projects.at( 0 ).funding, p.funding );
  QCOMPARE( back.projects.at( 0 ).benefits, p.benefits );
  QCOMPARE( back.projects.at( 0 ).stakeholders, p.stakeholders );
  QCOMPARE( back.projects.at( 0 ).areaWkt, p.areaWkt );
  QCOMPARE( back.projects.at( 0 ).description, p.description );
  QCOMPARE( back.projects.at( 1 ).dependencies, QStringList{ QStringLiteral( "x1" ) } );
}

void TestInterop::csvSemicolonsAndDecimalComma()
{
  const QByteArray csv = "title;domain;start;duration_months;capex_eur\n"
                         "Abri vélo;mobility;2026-04;3;\"12 500,50\"\n"
                         "\n"
                         "Capteurs;water;2026-09;6;80000\n";
  Roadmap r;
  QString error;
  QVERIFY2( importCsv( csv, &r, &error ), qPrintable( error ) );
  QCOMPARE( r.projects.size(), 2 );
  const Project *abri = nullptr;
  for ( const Project &p : r.projects )
    if ( p.title == QStringLiteral( "Abri vélo" ) )
      abri = &p;
  QVERIFY( abri );
  QCOMPARE( abri->capex, 12500.5 );
  QCOMPARE( abri->domain, Domain::Mobility );
  // no id column: a stable id, the same on every import
  Roadmap again;
  QVERIFY( importCsv( csv, &again, &error ) );
  QCOMPARE( again.projects.first().id, r.projects.first().id );
}

void TestInterop::csvErrors_data()
{
  QTest::addColumn<QByteArray>( "csv" );
  QTest::addColumn<QString>( "expected" );
  QTest::newRow( "unknown column" ) << QByteArray( "title,domain,start,duration_months,colour\n" )
                                    << "plan.csv:1, column 5: unknown column \"colour\"";
  QTest::newRow( "missing column" ) << QByteArray( "title,domain,start\n" ) << "plan.csv:1: the header has no \"duration_months\" column";
  QTest::newRow( "bad number" ) << QByteArray( kHeader + "a,A,water,2026-01,3,cher,,\n" )
                                << "plan.csv:2, column 6 (\"capex_eur\"): \"cher\" is not a number";
  QTest::newRow( "bad domain" ) << QByteArray( kHeader + "a,A,water,2026-01,3,1,,\nb,B,space,2026-01,3,1,,\n" )
                                << "plan.csv:3, column 3 (\"domain\")";
  QTest::newRow( "bad start" ) << QByteArray( kHeader + "a,A,water,janvier,3,1,,\n" ) << "plan.csv:2, column 4 (\"start\")";
  QTest::newRow( "bad funding" ) << QByteArray( kHeader + "a,A,water,2026-01,3,1,DSIL,\n" )
                                 << "plan.csv:2, column 7 (\"funding\"): \"DSIL\" is not SOURCE=EUROS";
  QTest::newRow( "bad benefit" ) << QByteArray( kHeader + "a,A,water,2026-01,3,1,,kWh|beaucoup|kWh\n" )
                                 << "plan.csv:2, column 8 (\"benefits\")";
  QTest::newRow( "duplicate id" ) << QByteArray( kHeader + "a,A,water,2026-01,3,1,,\na,B,water,2026-01,3,1,,\n" )
                                  << "plan.csv:3, column 1 (\"id\"): project id a is used by an earlier row";
  QTest::newRow( "unclosed quote" ) << QByteArray( kHeader + "a,A,water,2026-01,3,1,,\nb,\"B,water,2026-01,3,1,,\n" )
                                    << "plan.csv:3: a quoted field is never closed";
  QTest::newRow( "line after multiline field" ) << QByteArray( kHeader + "a,\"A\nsuite\",water,2026-01,3,1,,\nb,B,water,2026-01,x,1,,\n" )
                                                << "plan.csv:4, column 5 (\"duration_months\")";
  QTest::newRow( "too many fields" ) << QByteArray( kHeader + "a,A,water,2026-01,3,1,,,extra\n" ) << "plan.csv:2: 9 fields";
  QTest::newRow( "not utf-8" ) << QByteArray( "title,domain\n\xe9t\xe9,water\n" ) << "not UTF-8";
  QTest::newRow( "empty" ) << QByteArray() << "empty file";
}

void TestInterop::csvErrors()
{
  QFETCH( QByteArray, csv );
  QFETCH( QString, expected );
  Roadmap r;
  r.projects = { makeProject( QStringLiteral( "kept" ) ) };
  QString error;
  QVERIFY( !importCsv( csv, &r, &error, QStringLiteral( "plan.csv" ) ) );
  QVERIFY2( error.contains( expected ), qPrintable( error ) );
  QCOMPARE( r.projects.size(), 1 );
  QCOMPARE( r.projects.first().id, QStringLiteral( "kept" ) );
}

void TestInterop::iCalendar()
{
  Roadmap r = demoRoadmap();
  Project &long_ = r.projects[0];
  long_.title = QStringLiteral( "Très long intitulé accentué — éèàùç — pour vérifier le pliage des lignes; avec, des virgules\\ et plus" );
  r.projects[1].status = Status::Cancelled;
  const QDateTime stamp( QDate( 2025, 3, 14 ), QTime( 9, 30 ), Qt::UTC );
  const QByteArray ics = exportICalendar( r, stamp );
  // CRLF everywhere, no physical line over 75 octets, no line cut inside a UTF-8 character
  const QList<QByteArray> lines = ics.split( '\n' );
  QVERIFY( ics.endsWith( "END:VCALENDAR\r\n" ) );
  for ( int i = 0; i + 1 < lines.size(); ++i )
  {
    QVERIFY2( lines.at( i ).endsWith( '\r' ), qPrintable( QStringLiteral( "line %1 has no CR" ).arg( i + 1 ) ) );
    QVERIFY2( lines.at( i ).size() - 1 <= 75,
              qPrintable( QStringLiteral( "line %1 is %2 octets" ).arg( i + 1 ).arg( lines.at( i ).size() - 1 ) ) );
    QVERIFY( !QString::fromUtf8( lines.at( i ) ).contains( QChar::ReplacementCharacter ) );
  }
  const QString text = unfold( ics );
  QCOMPARE( text.count( QStringLiteral( "BEGIN:VEVENT" ) ), 2 * ( static_cast<int>( r.projects.size() ) - 1 ) );
  QCOMPARE( text.count( QStringLiteral( "DTSTAMP:20250314T093000Z" ) ), 2 * ( static_cast<int>( r.projects.size() ) - 1 ) );
  QVERIFY( !text.contains( r.projects[1].id ) );
  QVERIFY( text.contains( QStringLiteral( "UID:%1-start@roadmap.vigie" ).arg( long_.id ) ) );
  QVERIFY( text.contains( QStringLiteral( "UID:%1-end@roadmap.vigie" ).arg( long_.id ) ) );
  QVERIFY2( text.contains( QStringLiteral( "lignes\\; avec\\, des virgules\\\\ et plus" ) ), qPrintable( text.left( 2000 ) ) );
  // start milestone on the first day, end milestone on the last day of the last month
  const Project &p = r.projects[0];
  QVERIFY( text.contains( QStringLiteral( "DTSTART;VALUE=DATE:" ) +
                          QDate( p.start.year, p.start.month, 1 ).toString( QStringLiteral( "yyyyMMdd" ) ) ) );
  const QDate last = QDate( p.end().year, p.end().month, 1 ).addDays( -1 );
  QVERIFY( text.contains( QStringLiteral( "DTSTART;VALUE=DATE:" ) + last.toString( QStringLiteral( "yyyyMMdd" ) ) ) );
  // descriptions with newlines are escaped, not raw
  QVERIFY( !text.contains( QStringLiteral( "\n\n" ) ) );
  QCOMPARE( exportICalendar( r, stamp ), ics );
}

void TestInterop::ganttProject()
{
  Roadmap r;
  r.name = QStringLiteral( "Feuille de route" );
  r.projects = { makeProject( QStringLiteral( "a" ), QStringLiteral( "2026-01" ), 2 ),
                 makeProject( QStringLiteral( "b" ), QStringLiteral( "2026-03" ), 1, 5, { QStringLiteral( "a" ) } ),
                 makeProject( QStringLiteral( "c" ), QStringLiteral( "2026-03" ), 1, 5, { QStringLiteral( "a" ), QStringLiteral( "b" ) } ),
                 makeProject( QStringLiteral( "z" ) ) };
  r.projects[0].description = QStringLiteral( "Note with ]]> inside & <tags>" );
  r.projects[3].status = Status::Cancelled;
  const QByteArray gan = exportGanttProject( r );
  QXmlStreamReader xml( gan );
  QStringList names;
  QMap<QString, QStringList> depends;
  QMap<QString, QString> starts, durations, vigieIds;
  QString currentTask;
  QString notes;
  while ( !xml.atEnd() )
  {
    xml.readNext();
    if ( xml.isStartElement() && xml.name() == QLatin1String( "project" ) )
      QCOMPARE( xml.attributes().value( QLatin1String( "name" ) ).toString(), r.name );
    if ( xml.isStartElement() && xml.name() == QLatin1String( "task" ) )
    {
      currentTask = xml.attributes().value( QLatin1String( "id" ) ).toString();
      names.append( xml.attributes().value( QLatin1String( "name" ) ).toString() );
      starts.insert( currentTask, xml.attributes().value( QLatin1String( "start" ) ).toString() );
      durations.insert( currentTask, xml.attributes().value( QLatin1String( "duration" ) ).toString() );
    }
    if ( xml.isStartElement() && xml.name() == QLatin1String( "notes" ) )
      notes = xml.readElementText();
    if ( xml.isStartElement() && xml.name() == QLatin1String( "depend" ) )
    {
      QCOMPARE( xml.attributes().value( QLatin1String( "type" ) ).toString(), QStringLiteral( "2" ) );
      depends[currentTask].append( xml.attributes().value( QLatin1String( "id" ) ).toString() );
    }
    if ( xml.isStartElement() && xml.name() == QLatin1String( "customproperty" ) &&
         xml.attributes().value( QLatin1String( "taskproperty-id" ) ) == QLatin1String( "tpc0" ) )
      vigieIds.insert( currentTask, xml.attributes().value( QLatin1String( "value" ) ).toString() );
  }
  QVERIFY2( !xml.hasError(), qPrintable( xml.errorString() ) );
  QCOMPARE( names, ( QStringList{ QStringLiteral( "Projet a" ), QStringLiteral( "Projet b" ), QStringLiteral( "Projet c" ) } ) );
  // successors listed under their predecessor
  QCOMPARE( depends.value( QStringLiteral( "0" ) ), ( QStringList{ QStringLiteral( "1" ), QStringLiteral( "2" ) } ) );
  QCOMPARE( depends.value( QStringLiteral( "1" ) ), QStringList{ QStringLiteral( "2" ) } );
  QCOMPARE( starts.value( QStringLiteral( "1" ) ), QStringLiteral( "2026-03-01" ) );
  // January and February 2026: 22 + 20 working days
  QCOMPARE( durations.value( QStringLiteral( "0" ) ), QStringLiteral( "42" ) );
  QCOMPARE( vigieIds.value( QStringLiteral( "2" ) ), QStringLiteral( "c" ) );
  QVERIFY( notes.contains( QStringLiteral( "& <tags>" ) ) );
}

void TestInterop::exportFile_data()
{
  QTest::addColumn<QString>( "name" );
  QTest::addColumn<bool>( "ok" );
  QTest::addColumn<QByteArray>( "begins" );
  QTest::newRow( "csv" ) << "plan été.csv" << true
                         << QByteArray( "\xEF\xBB\xBF"
                                        "id,title" );
  QTest::newRow( "ics" ) << "plan.ICS" << true << QByteArray( "BEGIN:VCALENDAR\r\n" );
  QTest::newRow( "gan" ) << "plan.gan" << true << QByteArray( "<?xml" );
  QTest::newRow( "unknown" ) << "plan.xlsx" << false << QByteArray();
}

void TestInterop::exportFile()
{
  QFETCH( QString, name );
  QFETCH( bool, ok );
  QFETCH( QByteArray, begins );
  const QString path = tempPath( name );
  QString error;
  QCOMPARE( exportRoadmapFile( demoRoadmap(), path, &error ), ok );
  if ( !ok )
  {
    QVERIFY( error.contains( QStringLiteral( "xlsx" ) ) );
    QVERIFY( !QFile::exists( path ) );
    return;
  }
  QFile f( path );
  QVERIFY( f.open( QIODevice::ReadOnly ) );
  QVERIFY( f.readAll().startsWith( begins ) );
}

QTEST_GUILESS_MAIN( TestInterop )
#include "tst_interop.moc"
