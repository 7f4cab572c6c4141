// SPDX-License-Identifier: GPL-2.0-or-later
// The roadmap kept in the territory GeoPackage: round trip, one transaction, refusals that
// change nothing, the schema component, the CLI (export-from, import-into) and the demo roadmap.

#include "clitest.h"
#include "demobuilder.h"
#include "demoroadmap.h"
#include "roadmapcli.h"
#include "roadmapfile.h"
#include "roadmapstore.h"
#include "roadmaptestutil.h"
#include "territory.h"
#include "vigietest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QtTest>

#include <sqlite3.h>

using namespace vigie;
using namespace vigie::roadmap;

namespace
{
  //! Runs one SQL statement on a file (test set-up and checks); the first column of each row.
  QStringList sql( const QString &path, const QString &statement )
  {
    sqlite3 *db = nullptr;
    QStringList rows;
    if ( sqlite3_open_v2( QFile::encodeName( path ).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr ) != SQLITE_OK )
      return { QStringLiteral( "OPEN FAILED" ) };
    sqlite3_stmt *st = nullptr;
    if ( sqlite3_prepare_v2( db, statement.toUtf8().constData(), -1, &st, nullptr ) == SQLITE_OK )
    {
      while ( sqlite3_step( st ) == SQLITE_ROW )
        rows << QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( st, 0 ) ) );
      sqlite3_finalize( st );
    }
    else
      rows << QStringLiteral( "PREPARE FAILED: %1" ).arg( QString::fromUtf8( sqlite3_errmsg( db ) ) );
    sqlite3_close( db );
    return rows;
  }

  QByteArray digest( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return {};
    return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
  }

  Roadmap smallRoadmap()
  {
    Roadmap r;
    r.name = QStringLiteral( "Feuille de route test" );
    r.territory = QStringLiteral( "Test" );
    r.projects << test::makeProject( QStringLiteral( "a" ), QStringLiteral( "2026-01" ), 12, 100000 )
               << test::makeProject( QStringLiteral( "b" ), QStringLiteral( "2027-01" ), 6, 50000, { QStringLiteral( "a" ) } );
    r.projects[0].status = Status::InProgress;
    r.normalise();
    return r;
  }
} // namespace

class TestRoadmapStore : public test::Test
{
  Q_OBJECT

private:
  QString newTerritory( const QString &name )
  {
    const QString path = tempPath( name );
    TerritoryInfo info;
    info.name = QStringLiteral( "Test" );
    QString error;
    std::unique_ptr<Territory> territory = Territory::create( path, info, {}, &error );
    if ( !territory )
      qWarning( "%s", qPrintable( error ) );
    return path;
  }

private Q_SLOTS:
  void roundTrip()
  {
    const QString path = newTerritory( QStringLiteral( "terr itoire é.gpkg" ) );
    StoredRoadmap stored;
    bool found = true;
    QString error;
    QVERIFY2( loadRoadmapFromTerritory( path, &stored, &error, &found ), qPrintable( error ) );
    QVERIFY( !found );
    QVERIFY( sql( path, QStringLiteral( "SELECT version FROM vigie_schema WHERE component = 'roadmap'" ) ).isEmpty() );

    const Roadmap r = smallRoadmap();
    RoadmapSettings settings;
    settings.caps = { { 2026, 500000 }, { 2027, 400000 } };
    settings.weights.impact = 0.7;
    settings.kpiActuals[QStringLiteral( "a" )].insert( QStringLiteral( "kWh" ), 1234.5 );
    QVERIFY2( saveRoadmapToTerritory( path, r, settings, &error ), qPrintable( error ) );
    QCOMPARE( sql( path, QStringLiteral( "SELECT version FROM vigie_schema WHERE component = 'roadmap'" ) ), QStringList{ QString::number( kRoadmapStoreSchemaVersion ) } );
    QVERIFY2( loadRoadmapFromTerritory( path, &stored, &error, &found ), qPrintable( error ) );
    QVERIFY( found );
    QCOMPARE( stored.roadmap, r );
    QCOMPARE( stored.settings, settings );
    QVERIFY( !stored.updated.isEmpty() );
    QCOMPARE( storedRoadmapNames( path, &error ), QStringList{ defaultRoadmapName() } );

    // a second save replaces the document, the schema row stays single
    Roadmap changed = r;
    changed.projects[1].title = QStringLiteral( "Nouveau titre" );
    QVERIFY2( saveRoadmapToTerritory( path, changed, settings, &error ), qPrintable( error ) );
    QVERIFY( loadRoadmapFromTerritory( path, &stored, &error, &found ) );
    QCOMPARE( stored.roadmap.projects[1].title, QStringLiteral( "Nouveau titre" ) );
    QCOMPARE( sql( path, QStringLiteral( "SELECT count(*) FROM vigie_schema WHERE component = 'roadmap'" ) ), QStringList{ QStringLiteral( "1" ) } );

    // the territory stays valid and opens without complaint about the new component
    QStringList problems;
    QVERIFY2( Territory::validate( path, {}, &problems ), qPrintable( problems.join( QLatin1Char( '\n' ) ) ) );
    std::unique_ptr<Territory> territory = Territory::open( path, {}, Territory::Mode::ReadWrite, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QCOMPARE( territory->schemaVersions().value( roadmapStoreComponent() ), kRoadmapStoreSchemaVersion );
  }

  void refusalsChangeNothing_data()
  {
    QTest::addColumn<int>( "kind" );
    QTest::addColumn<QString>( "expected" );
    QTest::newRow( "cycle" ) << 0 << QStringLiteral( "dependencies" );
    QTest::newRow( "unknown dependency" ) << 1 << QStringLiteral( "dependencies" );
    QTest::newRow( "cap below committed" ) << 2 << QStringLiteral( "2026" );
  }

  void refusalsChangeNothing()
  {
    QFETCH( int, kind );
    QFETCH( QString, expected );
    const QString path = newTerritory( QStringLiteral( "refus-%1.gpkg" ).arg( kind ) );
    QString error;
    QVERIFY2( saveRoadmapToTerritory( path, smallRoadmap(), RoadmapSettings(), &error ), qPrintable( error ) );
    const QByteArray before = digest( path );
    Roadmap bad = smallRoadmap();
    RoadmapSettings settings;
    if ( kind == 0 )
      bad.projects[0].dependencies << QStringLiteral( "b" );
    else if ( kind == 1 )
      bad.projects[1].dependencies << QStringLiteral( "missing" );
    else
      settings.caps.insert( 2026, 1000 ); // project a (in progress) spends 100 000 in 2026
    QVERIFY( !saveRoadmapToTerritory( path, bad, settings, &error ) );
    QVERIFY2( error.contains( expected ), qPrintable( error ) );
    QVERIFY2( error.contains( QStringLiteral( "refus-%1.gpkg" ).arg( kind ) ), qPrintable( error ) );
    if ( kind != 2 )
      QVERIFY2( error.contains( QLatin1String( "Projet " ) ), qPrintable( error ) ); // names the project
    else
      QVERIFY2( error.contains( QLatin1String( "Projet a" ) ), qPrintable( error ) ); // names the committing project
    QCOMPARE( digest( path ), before );
  }

  void badFiles()
  {
    QString error;
    StoredRoadmap stored;
    // not a file, not a territory
    QVERIFY( !loadRoadmapFromTerritory( tempPath( QStringLiteral( "absent.gpkg" ) ), &stored, &error ) );
    QVERIFY2( error.contains( QLatin1String( "absent.gpkg" ) ), qPrintable( error ) );
    const QString plain = tempPath( QStringLiteral( "plain.sqlite" ) );
    sql( plain, QStringLiteral( "CREATE TABLE t (x)" ) );
    QVERIFY( !saveRoadmapToTerritory( plain, smallRoadmap(), RoadmapSettings(), &error ) );
    QVERIFY2( error.contains( QLatin1String( "not a Vigie territory" ) ), qPrintable( error ) );

    // a newer roadmap schema is refused, nothing changes
    const QString newer = newTerritory( QStringLiteral( "newer.gpkg" ) );
    QVERIFY( saveRoadmapToTerritory( newer, smallRoadmap(), RoadmapSettings(), &error ) );
    sql( newer, QStringLiteral( "UPDATE vigie_schema SET version = 99 WHERE component = 'roadmap'" ) );
    const QByteArray before = digest( newer );
    QVERIFY( !saveRoadmapToTerritory( newer, smallRoadmap(), RoadmapSettings(), &error ) );
    QVERIFY2( error.contains( QLatin1String( "newer" ) ), qPrintable( error ) );
    QCOMPARE( digest( newer ), before );

    // a malformed stored document: the message names the territory and the document
    const QString broken = newTerritory( QStringLiteral( "broken.gpkg" ) );
    QVERIFY( saveRoadmapToTerritory( broken, smallRoadmap(), RoadmapSettings(), &error ) );
    sql( broken, QStringLiteral( "UPDATE roadmap_documents SET json = '{\"format\": \"vigie-roadmap\", \"version\": 1, \"projects\": [' " ) );
    QVERIFY( !loadRoadmapFromTerritory( broken, &stored, &error ) );
    QVERIFY2( error.contains( QLatin1String( "broken.gpkg" ) ) && error.contains( QLatin1String( "main" ) ), qPrintable( error ) );
  }

  void cliExportImport()
  {
    const CliCommand command = roadmapCliCommand();
    const QString territory = newTerritory( QStringLiteral( "cli.gpkg" ) );
    const QString file = tempPath( QStringLiteral( "in.json" ) );
    QString error;
    QVERIFY( writeRoadmap( file, smallRoadmap(), &error ) );

    test::CliResult r = test::runCliCommand( command, { QStringLiteral( "export-from" ), territory, QStringLiteral( "--out" ), tempPath( QStringLiteral( "none.json" ) ) } );
    QCOMPARE( r.code, 1 ); // no roadmap yet
    QVERIFY( !QFile::exists( tempPath( QStringLiteral( "none.json" ) ) ) );

    r = test::runCliCommand( command, { QStringLiteral( "import-into" ), territory, file, QStringLiteral( "--cap" ), QStringLiteral( "2026=900000" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QString out = tempPath( QStringLiteral( "out.json" ) );
    r = test::runCliCommand( command, { QStringLiteral( "export-from" ), territory, QStringLiteral( "--out" ), out } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    Roadmap back;
    QVERIFY( readRoadmap( out, &back, &error ) );
    QCOMPARE( back, smallRoadmap() );
    StoredRoadmap stored;
    QVERIFY( loadRoadmapFromTerritory( territory, &stored, &error ) );
    QCOMPARE( stored.settings.caps.value( 2026 ), 900000.0 );

    // a cycle in the file: refused, named, territory unchanged
    Roadmap cyclic = smallRoadmap();
    cyclic.projects[0].dependencies << QStringLiteral( "b" );
    QVERIFY( writeRoadmap( file, cyclic, &error ) );
    const QByteArray before = digest( territory );
    r = test::runCliCommand( command, { QStringLiteral( "import-into" ), territory, file } );
    QCOMPARE( r.code, 1 );
    QVERIFY2( r.err.contains( QLatin1String( "dependencies" ) ), qPrintable( r.err ) );
    QCOMPARE( digest( territory ), before );
    // a malformed file: input error naming it
    QFile bad( file );
    QVERIFY( bad.open( QIODevice::WriteOnly ) );
    bad.write( "{ not json" );
    bad.close();
    r = test::runCliCommand( command, { QStringLiteral( "import-into" ), territory, file } );
    QCOMPARE( r.code, 3 );
    QVERIFY2( r.err.contains( QLatin1String( "in.json" ) ), qPrintable( r.err ) );
    QCOMPARE( digest( territory ), before );
    // usage
    QCOMPARE( test::runCliCommand( command, { QStringLiteral( "export-from" ), territory, QStringLiteral( "--out" ), territory } ).code, 2 );
    QCOMPARE( test::runCliCommand( command, { QStringLiteral( "import-into" ), territory } ).code, 2 );
  }

  void demoTerritoryHasTheDemoRoadmap()
  {
    // the Montpellier base layers (no plugin: quicker), then what `territory create --demo` adds
    const QString path = tempPath( QStringLiteral( "montpellier.gpkg" ) );
    QString error;
    QVERIFY2( DemoBuilder::build( QStringLiteral( "montpellier" ), path, {}, QStringLiteral( VIGIE_SOURCE_DIR "/resources/demo" ), &error ), qPrintable( error ) );
    QVERIFY2( addDemoRoadmap( path, QStringLiteral( "montpellier" ), &error ), qPrintable( error ) );
    StoredRoadmap stored;
    bool found = false;
    QVERIFY2( loadRoadmapFromTerritory( path, &stored, &error, &found ), qPrintable( error ) );
    QVERIFY( found );
    QVERIFY( stored.roadmap.projects.size() >= 30 );
    QSet<int> domains;
    for ( const Project &p : std::as_const( stored.roadmap.projects ) )
      domains.insert( int( p.domain ) );
    QCOMPARE( domains.size(), domainKeys().size() );
    QVERIFY( !stored.settings.caps.isEmpty() );
    QVERIFY( !stored.settings.kpiActuals.isEmpty() );

    // every link names a real feature of the territory; the named districts and street are linked
    int districtLinks = 0;
    int streetLinks = 0;
    bool checkedStreet = false;
    for ( const Project &p : std::as_const( stored.roadmap.projects ) )
    {
      QVERIFY2( !p.assetIds.isEmpty(), qPrintable( p.title ) );
      for ( const QString &id : p.assetIds )
      {
        QString table;
        qint64 fid = 0;
        QVERIFY2( parseAssetId( id, &table, &fid ), qPrintable( id ) );
        QCOMPARE( sql( path, QStringLiteral( "SELECT count(*) FROM \"%1\" WHERE fid = %2" ).arg( table ).arg( fid ) ), QStringList{ QStringLiteral( "1" ) } );
        districtLinks += table == QLatin1String( "territory_districts" );
        streetLinks += table == QLatin1String( "territory_streets" );
      }
      if ( p.title.contains( QLatin1String( "Croix d'Argent" ) ) )
        QVERIFY( p.assetIds.contains( QStringLiteral( "territory:districts/%1" ).arg( sql( path, QStringLiteral( "SELECT fid FROM territory_districts WHERE name = 'CROIX D''ARGENT'" ) ).value( 0 ) ) ) );
      if ( p.title.contains( QStringLiteral( "avenue de la Libert\u00e9" ) ) )
      {
        const QStringList sections = sql( path, QStringLiteral( "SELECT fid FROM territory_streets WHERE name = 'Avenue de la Libert\u00e9'" ) );
        QVERIFY( sections.size() > 1 );
        for ( const QString &fid : sections )
          QVERIFY( p.assetIds.contains( QStringLiteral( "territory:streets/%1" ).arg( fid ) ) );
        checkedStreet = true;
      }
    }
    QVERIFY( districtLinks >= 4 );
    QVERIFY( streetLinks >= 1 );
    QVERIFY( checkedStreet );
    QStringList problems;
    QVERIFY2( Territory::validate( path, {}, &problems ), qPrintable( problems.join( QLatin1Char( '\n' ) ) ) );
    // another demo gets no roadmap and is left as it is
    QVERIFY( addDemoRoadmap( path, QStringLiteral( "finistere" ), &error ) );
  }
};

QTEST_GUILESS_MAIN( TestRoadmapStore )
#include "tst_roadmapstore.moc"
