// SPDX-License-Identifier: GPL-2.0-or-later
// The roadmap file: round trip, stable layout, atomic writes, and errors naming the place.

#include "demoroadmap.h"
#include "roadmapfile.h"
#include "roadmaptestutil.h"
#include "vigietest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vigie::roadmap;

class TestRoadmapFile : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void yearMonth_data();
  void yearMonth();
  void roundTrip();
  void stableLayout();
  void writeAtomicallyWithAccents();
  void demoIsValid();
  void fieldErrors_data();
  void fieldErrors();
  void malformedJson_data();
  void malformedJson();
  void unreadableFileKeepsOutput();
};

void TestRoadmapFile::yearMonth_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<bool>( "valid" );
  QTest::addColumn<int>( "plus13Year" );
  QTest::addColumn<int>( "plus13Month" );
  QTest::newRow( "january" ) << "2026-01" << true << 2027 << 2;
  QTest::newRow( "december" ) << "2025-12" << true << 2027 << 1;
  QTest::newRow( "month 13" ) << "2025-13" << false << 0 << 0;
  QTest::newRow( "month 0" ) << "2025-00" << false << 0 << 0;
  QTest::newRow( "day given" ) << "2025-01-01" << false << 0 << 0;
  QTest::newRow( "text" ) << "soon" << false << 0 << 0;
}

void TestRoadmapFile::yearMonth()
{
  QFETCH( QString, text );
  QFETCH( bool, valid );
  const YearMonth ym = YearMonth::fromString( text );
  QCOMPARE( ym.isValid(), valid );
  if ( !valid )
  {
    QVERIFY( ym.toString().isEmpty() );
    return;
  }
  QCOMPARE( ym.toString(), text );
  QFETCH( int, plus13Year );
  QFETCH( int, plus13Month );
  QCOMPARE( ym.addMonths( 13 ).year, plus13Year );
  QCOMPARE( ym.addMonths( 13 ).month, plus13Month );
  QCOMPARE( ym.addMonths( 13 ).addMonths( -13 ), ym );
}

void TestRoadmapFile::roundTrip()
{
  Roadmap r = demoRoadmap();
  QVERIFY( r.projects.size() >= 30 );
  const QByteArray bytes = serializeRoadmap( r );
  Roadmap back;
  QString error;
  QVERIFY2( parseRoadmap( bytes, &back, &error ), qPrintable( error ) );
  QVERIFY( back == r );
  QCOMPARE( serializeRoadmap( back ), bytes );
  // every field of a project survives, including lists and the map link
  const Project *p = back.project( r.projects.at( 3 ).id );
  QVERIFY( p );
  QCOMPARE( p->toJson(), r.projects.at( 3 ).toJson() );
  QCOMPARE( back.baseline.entries.size(), r.baseline.entries.size() );
  QCOMPARE( back.changes, r.changes );
}

void TestRoadmapFile::stableLayout()
{
  Roadmap r;
  r.name = QStringLiteral( "Test" );
  r.projects = { vigie::test::makeProject( QStringLiteral( "c" ) ), vigie::test::makeProject( QStringLiteral( "a" ) ),
                 vigie::test::makeProject( QStringLiteral( "b" ) ) };
  const QByteArray bytes = serializeRoadmap( r );
  const QJsonObject root = QJsonDocument::fromJson( bytes ).object();
  QCOMPARE( root.value( QStringLiteral( "format" ) ).toString(), QStringLiteral( "vigie-roadmap" ) );
  QCOMPARE( root.value( QStringLiteral( "version" ) ).toInt(), 1 );
  const QJsonArray projects = root.value( QStringLiteral( "projects" ) ).toArray();
  QCOMPARE( projects.size(), 3 );
  QCOMPARE( projects.at( 0 ).toObject().value( QStringLiteral( "id" ) ).toString(), QStringLiteral( "a" ) );
  QCOMPARE( projects.at( 2 ).toObject().value( QStringLiteral( "id" ) ).toString(), QStringLiteral( "c" ) );
  // the order of the input does not matter, and one field change is a one-line diff
  std::reverse( r.projects.begin(), r.projects.end() );
  QCOMPARE( serializeRoadmap( r ), bytes );
  r.project( QStringLiteral( "b" ) )->capex = 123456;
  const QList<QByteArray> before = bytes.split( '\n' );
  const QList<QByteArray> after = serializeRoadmap( r ).split( '\n' );
  QCOMPARE( before.size(), after.size() );
  int differing = 0;
  for ( int i = 0; i < before.size(); ++i )
    differing += before.at( i ) != after.at( i ) ? 1 : 0;
  QCOMPARE( differing, 1 );
}

void TestRoadmapFile::writeAtomicallyWithAccents()
{
  const QString path = tempPath( QStringLiteral( "feuille de route été.json" ) );
  Roadmap r = demoRoadmap( QStringLiteral( "Saint-Étienne" ) );
  QString error;
  QVERIFY2( writeRoadmap( path, r, &error ), qPrintable( error ) );
  Roadmap back;
  QVERIFY2( readRoadmap( path, &back, &error ), qPrintable( error ) );
  QCOMPARE( back.territory, QStringLiteral( "Saint-Étienne" ) );
  QVERIFY( back == r );
  // no temporary file left beside it
  QCOMPARE( QDir( QFileInfo( path ).absolutePath() ).entryList( QDir::Files ).size(), 1 );
}

void TestRoadmapFile::demoIsValid()
{
  const Roadmap r = demoRoadmap();
  QStringList domains;
  QSet<QString> ids;
  int funded = 0;
  for ( const Project &p : r.projects )
  {
    QVERIFY( !ids.contains( p.id ) );
    ids.insert( p.id );
    domains.append( domainKey( p.domain ) );
    QVERIFY( p.capex > 0 );
    QVERIFY( !p.benefits.isEmpty() );
    QVERIFY( !p.owner.isEmpty() );
    // the funding plan covers the investment exactly
    QVERIFY2( qAbs( p.fundingTotal() - p.capex ) < 1 || p.id == stableProjectId( QStringLiteral( "demo/solaire-ecoles" ) ),
              qPrintable( p.title ) );
    funded += p.funding.size() > 1 ? 1 : 0;
    for ( const QString &d : p.dependencies )
      QVERIFY( r.project( d ) );
  }
  domains.removeDuplicates();
  QCOMPARE( domains.size(), domainKeys().size() );
  QVERIFY( funded >= 20 );
  QVERIFY( !r.baseline.isEmpty() );
  // deterministic
  QCOMPARE( serializeRoadmap( demoRoadmap() ), serializeRoadmap( r ) );
}

void TestRoadmapFile::fieldErrors_data()
{
  QTest::addColumn<QString>( "field" );
  QTest::addColumn<QJsonValue>( "value" );
  QTest::addColumn<QString>( "expected" );
  QTest::newRow( "capex text" ) << "capex" << QJsonValue( QStringLiteral( "cher" ) ) << "field \"capex\": must be a number";
  QTest::newRow( "capex negative" ) << "capex" << QJsonValue( -5 ) << "field \"capex\"";
  QTest::newRow( "domain" ) << "domain" << QJsonValue( QStringLiteral( "spatial" ) ) << "field \"domain\": \"spatial\" is not one of";
  QTest::newRow( "status" ) << "status" << QJsonValue( QStringLiteral( "maybe" ) ) << "field \"status\"";
  QTest::newRow( "start" ) << "start" << QJsonValue( QStringLiteral( "2026-13" ) ) << "field \"start\": \"2026-13\" is not a month";
  QTest::newRow( "duration zero" ) << "durationMonths" << QJsonValue( 0 ) << "field \"durationMonths\"";
  QTest::newRow( "duration fraction" ) << "durationMonths" << QJsonValue( 2.5 ) << "field \"durationMonths\": must be a whole number";
  QTest::newRow( "impact" ) << "impact" << QJsonValue( 11 ) << "field \"impact\"";
  QTest::newRow( "self dependency" ) << "dependencies" << QJsonValue( QJsonArray{ QStringLiteral( "p1" ) } ) << "cannot depend on itself";
  QTest::newRow( "funding" ) << "funding"
                             << QJsonValue( QJsonArray{ QJsonObject{ { QStringLiteral( "source" ), QStringLiteral( "DSIL" ) } } } )
                             << "field \"funding\": item 1";
  QTest::newRow( "benefits" ) << "benefits" << QJsonValue( QStringLiteral( "beaucoup" ) ) << "field \"benefits\"";
  QTest::newRow( "unknown" ) << "colour" << QJsonValue( QStringLiteral( "red" ) ) << "field \"colour\": unknown field";
  QTest::newRow( "title empty" ) << "title" << QJsonValue( QString() ) << "field \"title\": must not be empty";
}

void TestRoadmapFile::fieldErrors()
{
  QFETCH( QString, field );
  QFETCH( QJsonValue, value );
  QFETCH( QString, expected );
  Roadmap r;
  r.projects = { vigie::test::makeProject( QStringLiteral( "p0" ) ), vigie::test::makeProject( QStringLiteral( "p1" ) ) };
  QJsonObject root = QJsonDocument::fromJson( serializeRoadmap( r ) ).object();
  QJsonArray projects = root.value( QStringLiteral( "projects" ) ).toArray();
  QJsonObject p1 = projects.at( 1 ).toObject();
  p1.insert( field, value );
  projects.replace( 1, p1 );
  root.insert( QStringLiteral( "projects" ), projects );
  Roadmap out;
  out.name = QStringLiteral( "untouched" );
  QString error;
  QVERIFY( !parseRoadmap( QJsonDocument( root ).toJson(), &out, &error, QStringLiteral( "plan.json" ) ) );
  QVERIFY2( error.contains( QStringLiteral( "project p1" ) ), qPrintable( error ) );
  QVERIFY2( error.contains( expected ), qPrintable( error ) );
  QVERIFY2( error.startsWith( QStringLiteral( "plan.json" ) ), qPrintable( error ) );
  QCOMPARE( out.name, QStringLiteral( "untouched" ) );
}

void TestRoadmapFile::malformedJson_data()
{
  QTest::addColumn<QByteArray>( "data" );
  QTest::addColumn<QString>( "expected" );
  QTest::newRow( "missing comma" ) << QByteArray( "{\n  \"format\": \"vigie-roadmap\"\n  \"version\": 1\n}" ) << "plan.json:3:";
  QTest::newRow( "truncated" ) << QByteArray( "{\n \"format\": \"vigie-roadmap\",\n \"projects\": [\n" ) << "plan.json:4:";
  QTest::newRow( "not a roadmap" ) << QByteArray( "{\"format\": \"other\"}" ) << "not a roadmap";
  QTest::newRow( "newer version" ) << QByteArray( "{\"format\": \"vigie-roadmap\", \"version\": 7, \"projects\": []}" ) << "newer Vigie";
  QTest::newRow( "array" ) << QByteArray( "[]" ) << "not an object";
  QTest::newRow( "duplicate id" )
      << QByteArray(
             "{\"format\":\"vigie-roadmap\",\"version\":1,\"projects\":[{\"id\":\"a\",\"title\":\"A\",\"domain\":\"water\",\"start\":"
             "\"2026-01\","
             "\"durationMonths\":3},{\"id\":\"a\",\"title\":\"B\",\"domain\":\"water\",\"start\":\"2026-01\",\"durationMonths\":3}]}" )
      << "project a, field \"id\"";
  QTest::newRow( "missing start" ) << QByteArray( "{\"format\":\"vigie-roadmap\",\"version\":1,\"projects\":[{\"id\":\"a\",\"title\":\"A\","
                                                  "\"domain\":\"water\",\"durationMonths\":3}]}" )
                                   << "project a, field \"start\": missing";
}

void TestRoadmapFile::malformedJson()
{
  QFETCH( QByteArray, data );
  QFETCH( QString, expected );
  Roadmap out;
  QString error;
  QVERIFY( !parseRoadmap( data, &out, &error, QStringLiteral( "plan.json" ) ) );
  QVERIFY2( error.contains( expected ), qPrintable( error ) );
}

void TestRoadmapFile::unreadableFileKeepsOutput()
{
  Roadmap out;
  out.name = QStringLiteral( "kept" );
  QString error;
  QVERIFY( !readRoadmap( tempPath( QStringLiteral( "absent.json" ) ), &out, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "absent.json" ) ), qPrintable( error ) );
  QCOMPARE( out.name, QStringLiteral( "kept" ) );
}

QTEST_GUILESS_MAIN( TestRoadmapFile )
#include "tst_roadmapfile.moc"
