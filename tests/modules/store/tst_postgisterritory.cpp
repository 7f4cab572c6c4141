// SPDX-License-Identifier: GPL-2.0-or-later
// PostGIS territories ("PG:CONNINFO") against a real throwaway PostgreSQL + PostGIS cluster
// (tools/pgcluster): create, open, migrate, validate, and the copy GeoPackage <-> PostGIS.
#include "pgtestcluster.h"
#include "sqlconnection.h"
#include "storetestplugin.h"
#include "territory.h"
#include "territorycopy.h"
#include "territoryroles.h"
#include "vigietest.h"

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogrsf_frmts.h>

#include <QDate>
#include <QDateTime>

using namespace vigie;
using vigie::test::StoreTestPlugin;

namespace
{
  //! A layer's content, fid -> geometry (ISO WKB, hex) and attributes as text: what a lossless copy keeps.
  QMap<qint64, QStringList> layerContent( const QString &path, const QString &table, QString *error )
  {
    QMap<qint64, QStringList> content;
    const char *drivers[] = { SqlConnection::isPostgres( path ) ? "PostgreSQL" : "GPKG", nullptr };
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::FromHandle( GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr ) ) );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( table.toUtf8().constData() ) : nullptr;
    if ( !layer )
    {
      *error = QStringLiteral( "%1: no layer %2" ).arg( path, table );
      return content;
    }
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    layer->ResetReading();
    while ( OGRFeature *feature = layer->GetNextFeature() )
    {
      QStringList values;
      if ( const OGRGeometry *geometry = feature->GetGeometryRef() )
      {
        QByteArray wkb( static_cast<int>( geometry->WkbSize() ), '\0' );
        geometry->exportToWkb( wkbNDR, reinterpret_cast<unsigned char *>( wkb.data() ), wkbVariantIso );
        values << QString::fromLatin1( wkb.toHex() );
      }
      else
        values << QStringLiteral( "<no geometry>" );
      for ( int i = 0; i < defn->GetFieldCount(); ++i )
        values << QStringLiteral( "%1=%2" ).arg( QString::fromUtf8( defn->GetFieldDefn( i )->GetNameRef() ),
                                                 feature->IsFieldSetAndNotNull( i ) ? QString::fromUtf8( feature->GetFieldAsString( i ) )
                                                                                    : QStringLiteral( "NULL" ) );
      content.insert( feature->GetFID(), values );
      OGRFeature::DestroyFeature( feature );
    }
    return content;
  }

  //! Rows of a plain table ordered by its first column, as text.
  QList<QStringList> tableRows( const QString &path, const QString &table, QString *error )
  {
    QList<QStringList> result;
    std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadOnly, error );
    QList<SqlConnection::Row> rows;
    if ( !db || !db->query( QStringLiteral( "SELECT * FROM %1 ORDER BY 1, 2" ).arg( table ), QVariantList(), &rows, error ) )
      return result;
    for ( const SqlConnection::Row &row : std::as_const( rows ) )
    {
      QStringList values;
      for ( const QVariant &value : row )
        values << ( value.isNull()                              ? QStringLiteral( "NULL" )
                    : value.userType() == QMetaType::QByteArray ? QString::fromLatin1( value.toByteArray().toHex() )
                    : value.userType() == QMetaType::Double     ? QString::number( value.toDouble(), 'g', 17 )
                                                                : value.toString() );
      result << values;
    }
    return result;
  }
} // namespace

class TestPostgisTerritory : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  bool mAvailable = false;
  QString mSkipReason;

  TerritoryInfo sampleInfo() const
  {
    TerritoryInfo info;
    info.name = QStringLiteral( "Saint-Jean-de-V\u00e9das" );
    info.communes = QStringList{ QStringLiteral( "34270" ), QStringLiteral( "34172" ) };
    info.description = QStringLiteral( "PostGIS test, quote ' inside" );
    return info;
  }

  QList<Feature> sampleFeatures() const
  {
    Feature a;
    a.wkb = vigie::test::pointWkb( 770000.125, 6280000.5 );
    a.attributes = { { QStringLiteral( "name" ), QStringLiteral( "Lampe \u00e9t\u00e9 'A'" ) },
                     { QStringLiteral( "power_w" ), 70 },
                     { QStringLiteral( "installed" ), QDate( 2019, 3, 14 ) },
                     { QStringLiteral( "active" ), true },
                     { QStringLiteral( "last_seen" ), QDateTime( QDate( 2026, 1, 2 ), QTime( 3, 4, 5 ), Qt::UTC ) } };
    Feature b;
    b.wkb = vigie::test::pointWkb( 771000, 6281000 );
    b.attributes = { { QStringLiteral( "name" ), QStringLiteral( "B" ) }, { QStringLiteral( "active" ), false } };
    Feature c; // no geometry
    c.attributes = { { QStringLiteral( "name" ), QStringLiteral( "C" ) } };
    return { a, b, c };
  }

#define REQUIRE_POSTGIS()                                                                                                                  \
  if ( !mAvailable )                                                                                                                       \
    QSKIP( qPrintable( mSkipReason ) );

private Q_SLOTS:
  void initTestCase()
  {
    QString error;
    mAvailable = mCluster.start( &mSkipReason, &error );
    if ( !mAvailable && mSkipReason.isEmpty() )
      QFAIL( qPrintable( error ) );
  }

  void pathKinds()
  {
    QVERIFY( SqlConnection::isPostgres( QStringLiteral( "PG:dbname=x" ) ) );
    QVERIFY( SqlConnection::isPostgres( QStringLiteral( "pg:service=vigie" ) ) );
    QVERIFY( !SqlConnection::isPostgres( QStringLiteral( "/tmp/PG:x.gpkg" ) ) );
    QCOMPARE( SqlConnection::connectionInfo( QStringLiteral( "PG:service=vigie" ) ), QStringLiteral( "service=vigie" ) );
  }

  void createOpenAndWrite()
  {
    REQUIRE_POSTGIS();
    QString error;
    const QString path = mCluster.newDatabase( QStringLiteral( "create" ), &error );
    QVERIFY2( !path.isEmpty(), qPrintable( error ) );
    StoreTestPlugin plugin;
    {
      std::unique_ptr<Territory> territory = Territory::create( path, sampleInfo(), { &plugin }, &error );
      QVERIFY2( territory, qPrintable( error ) );
      QVERIFY2( territory->addFeatures( QStringLiteral( "water:assets" ), sampleFeatures(), &error ), qPrintable( error ) );
      Bookmark bookmark;
      bookmark.name = QStringLiteral( "Mairie" );
      bookmark.extent = QRectF( QPointF( 770000.5, 6280000.25 ), QPointF( 771000.75, 6281000.125 ) );
      QVERIFY2( territory->addBookmark( bookmark, &error ), qPrintable( error ) );
      QVERIFY( bookmark.id > 0 );
      QVERIFY2( territory->renameBookmark( bookmark.id, QStringLiteral( "Hôtel de ville" ), &error ), qPrintable( error ) );
      QCOMPARE( territory->bookmarks().value( 0 ).name, QStringLiteral( "Hôtel de ville" ) );
      QCOMPARE( territory->bookmarks().value( 0 ).id, bookmark.id );
    }
    std::unique_ptr<Territory> territory = Territory::open( path, { &plugin }, Territory::Mode::ReadOnly, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QCOMPARE( territory->info().name, sampleInfo().name );
    QCOMPARE( territory->info().communes, sampleInfo().communes );
    QCOMPARE( territory->info().description, sampleInfo().description );
    QCOMPARE( territory->schemaVersions().value( QStringLiteral( "territory" ) ), Territory::kSchemaVersion );
    QCOMPARE( territory->schemaVersions().value( QStringLiteral( "water" ) ), 1 );
    QCOMPARE( territory->layers().size(), Territory::baseLayers().size() + 1 );
    QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), 3 );
    QCOMPARE( territory->featureCount( QStringLiteral( "territory:streets" ) ), 0 );
    const QRectF extent = territory->extent();
    QCOMPARE( extent.left(), 770000.125 );
    QCOMPARE( extent.bottom(), 6281000.0 );
    const QList<Bookmark> bookmarks = territory->bookmarks();
    QCOMPARE( bookmarks.size(), 1 );
    QCOMPARE( bookmarks.constFirst().name, QStringLiteral( "Hôtel de ville" ) ); // renamed in place above
    QCOMPARE( bookmarks.constFirst().extent.left(), 770000.5 ); // double precision, not PostgreSQL's single REAL
    QCOMPARE( bookmarks.constFirst().extent.bottom(), 6281000.125 );
    const QList<Feature> features = territory->features( QStringLiteral( "water:assets" ), &error );
    QCOMPARE( features.size(), 3 );
    QStringList names;
    for ( const Feature &feature : features )
      names << feature.attributes.value( QStringLiteral( "name" ) ).toString();
    QVERIFY( names.contains( QStringLiteral( "Lampe \u00e9t\u00e9 'A'" ) ) );

    // read-only is enforced: the connection refuses writes
    QVERIFY( !territory->addFeatures( QStringLiteral( "water:assets" ), sampleFeatures(), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "read-only" ) ), qPrintable( error ) );

    QStringList problems;
    QVERIFY2( Territory::validate( path, { &plugin }, &problems ), qPrintable( problems.join( QLatin1Char( '\n' ) ) ) );
  }

  void setInfoUpsert()
  {
    REQUIRE_POSTGIS();
    QString error;
    const QString path = mCluster.newDatabase( QStringLiteral( "setinfo" ), &error );
    QVERIFY2( !path.isEmpty(), qPrintable( error ) );
    std::unique_ptr<Territory> territory = Territory::create( path, sampleInfo(), {}, &error );
    QVERIFY2( territory, qPrintable( error ) );
    TerritoryInfo info = sampleInfo();
    info.name = QStringLiteral( "Renamed" );
    QVERIFY2( territory->setInfo( info, &error ), qPrintable( error ) );
    territory.reset();
    territory = Territory::open( path, {}, Territory::Mode::ReadOnly, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QCOMPARE( territory->info().name, QStringLiteral( "Renamed" ) );
  }

  void neverOverwritten()
  {
    REQUIRE_POSTGIS();
    QString error;
    const QString path = mCluster.newDatabase( QStringLiteral( "twice" ), &error );
    QVERIFY2( !path.isEmpty(), qPrintable( error ) );
    QVERIFY2( Territory::create( path, sampleInfo(), {}, &error ), qPrintable( error ) );
    QVERIFY( !Territory::create( path, sampleInfo(), {}, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "never overwritten" ) ), qPrintable( error ) );
  }

  void migrationOnPostgis()
  {
    REQUIRE_POSTGIS();
    QString error;
    const QString path = mCluster.newDatabase( QStringLiteral( "migrate" ), &error );
    QVERIFY2( !path.isEmpty(), qPrintable( error ) );
    StoreTestPlugin v1;
    {
      std::unique_ptr<Territory> territory = Territory::create( path, sampleInfo(), { &v1 }, &error );
      QVERIFY2( territory, qPrintable( error ) );
      QVERIFY2( territory->addFeatures( QStringLiteral( "water:assets" ), sampleFeatures(), &error ), qPrintable( error ) );
    }
    // the same migration SQL as on the GeoPackage (DOUBLE PRECISION: both dialects accept it)
    StoreTestPlugin v2( QStringLiteral( "water" ), 2,
                        { QStringLiteral( "ALTER TABLE water_assets ADD COLUMN height_m DOUBLE PRECISION" ) } );
    std::unique_ptr<Territory> territory = Territory::open( path, { &v2 }, Territory::Mode::ReadWrite, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QCOMPARE( territory->schemaVersions().value( QStringLiteral( "water" ) ), 2 );
    Feature tall;
    tall.wkb = vigie::test::pointWkb( 770500, 6280500 );
    tall.attributes = { { QStringLiteral( "name" ), QStringLiteral( "tall" ) }, { QStringLiteral( "height_m" ), 12.75 } };
    QVERIFY2( territory->addFeatures( QStringLiteral( "water:assets" ), { tall }, &error ), qPrintable( error ) );
    QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), 4 );
    QStringList problems;
    QVERIFY2( Territory::validate( path, { &v2 }, &problems ), qPrintable( problems.join( QLatin1Char( '\n' ) ) ) );

    // a newer schema in the database than in this build is refused, nothing changed
    territory.reset();
    QVERIFY( !Territory::open( path, { &v1 }, Territory::Mode::ReadWrite, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "newer Vigie" ) ), qPrintable( error ) );
  }

  void badDatabases_data()
  {
    QTest::addColumn<QString>( "kind" );
    QTest::addColumn<QString>( "expected" );
    QTest::newRow( "no server" ) << QStringLiteral( "noserver" ) << QStringLiteral( "cannot connect to PostgreSQL" );
    QTest::newRow( "not a territory" ) << QStringLiteral( "empty" ) << QStringLiteral( "not a Vigie territory" );
    QTest::newRow( "no database" ) << QStringLiteral( "nodatabase" ) << QStringLiteral( "does not exist" );
  }

  void badDatabases()
  {
    REQUIRE_POSTGIS();
    QFETCH( QString, kind );
    QFETCH( QString, expected );
    QString error;
    QString path;
    if ( kind == QLatin1String( "noserver" ) )
      path = QStringLiteral( "PG:host=127.0.0.1 port=1 dbname=x user=postgres password=s3cret connect_timeout=2" );
    else if ( kind == QLatin1String( "nodatabase" ) )
      path = QStringLiteral( "PG:%1" ).arg( mCluster.conninfo( QStringLiteral( "no_such_database" ) ) );
    else
      path = mCluster.newDatabase( kind, &error );
    QVERIFY2( !path.isEmpty(), qPrintable( error ) );
    QVERIFY( !Territory::open( path, {}, Territory::Mode::ReadOnly, &error ) );
    QVERIFY2( error.contains( expected ), qPrintable( error ) );
    QVERIFY2( !error.contains( QStringLiteral( "s3cret" ) ), qPrintable( error ) ); // never a password in a message
    QStringList problems;
    QVERIFY( !Territory::validate( path, {}, &problems ) );
    QVERIFY( !problems.isEmpty() );
  }

  void copyRoundTrip()
  {
    REQUIRE_POSTGIS();
    QString error;
    StoreTestPlugin plugin;
    // a GeoPackage with assets, a bookmark and module tables as the feeds and roadmap write them
    const QString source = tempPath( QStringLiteral( "source \u00e9.gpkg" ) );
    {
      std::unique_ptr<Territory> territory = Territory::create( source, sampleInfo(), { &plugin }, &error );
      QVERIFY2( territory, qPrintable( error ) );
      QVERIFY2( territory->addFeatures( QStringLiteral( "water:assets" ), sampleFeatures(), &error ), qPrintable( error ) );
      Bookmark bookmark;
      bookmark.name = QStringLiteral( "Gare" );
      bookmark.extent = QRectF( 1.5, 2.25, 3, 4 );
      QVERIFY2( territory->addBookmark( bookmark, &error ), qPrintable( error ) );
      QVERIFY2( territory->executeInTransaction(
                    { QStringLiteral( "CREATE TABLE feeds_observations (sensor TEXT NOT NULL, t INTEGER NOT NULL, value REAL NOT NULL, "
                                      "flags INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (sensor, t)) WITHOUT ROWID" ),
                      QStringLiteral( "CREATE TABLE feeds_alarms (id INTEGER PRIMARY KEY AUTOINCREMENT, sensor TEXT NOT NULL, "
                                      "state TEXT NOT NULL DEFAULT 'open', raised_at INTEGER NOT NULL, note TEXT, payload BLOB)" ),
                      QStringLiteral( "CREATE INDEX feeds_alarms_open ON feeds_alarms (state, sensor)" ),
                      QStringLiteral( "INSERT INTO feeds_observations VALUES ('p1', 1700000000, 3.25, 0), ('p1', 1700000060, 0.1, 1), "
                                      "('q\u00e9', 1700000000, -1e-300, 0)" ),
                      QStringLiteral( "INSERT INTO feeds_alarms (id, sensor, state, raised_at, note, payload) VALUES "
                                      "(7, 'p1', 'acknowledged', 1700000100, 'l''op\u00e9rateur', X'00FF10'), "
                                      "(9, 'p2', 'open', 1700000200, NULL, NULL)" ),
                      QStringLiteral( "INSERT INTO vigie_schema (component, version) VALUES ('feeds', 1)" ) },
                    &error ),
                qPrintable( error ) );
    }
    const QString postgis = mCluster.newDatabase( QStringLiteral( "copy" ), &error );
    QVERIFY2( !postgis.isEmpty(), qPrintable( error ) );
    const QString back = tempPath( QStringLiteral( "back.gpkg" ) );

    TerritoryCopyResult result;
    QVERIFY2( TerritoryCopy::copy( source, postgis, { &plugin }, &result, &error ), qPrintable( error ) );
    QCOMPARE( result.features, 3 );
    QVERIFY( result.tables.contains( QStringLiteral( "feeds_observations" ) ) );
    QVERIFY( result.tables.contains( QStringLiteral( "vigie_bookmarks" ) ) );
    QStringList problems;
    QVERIFY2( Territory::validate( postgis, { &plugin }, &problems ), qPrintable( problems.join( QLatin1Char( '\n' ) ) ) );
    QVERIFY2( TerritoryCopy::copy( postgis, back, { &plugin }, &result, &error ), qPrintable( error ) );
    QVERIFY2( Territory::validate( back, { &plugin }, &problems ), qPrintable( problems.join( QLatin1Char( '\n' ) ) ) );

    for ( const LayerSchema &layer : Territory::baseLayers() + plugin.layers() )
    {
      const QMap<qint64, QStringList> original = layerContent( source, layer.tableName(), &error );
      QCOMPARE( layerContent( postgis, layer.tableName(), &error ), original );
      QCOMPARE( layerContent( back, layer.tableName(), &error ), original );
    }
    QCOMPARE( layerContent( back, QStringLiteral( "water_assets" ), &error ).size(), 3 );
    for ( const QString &table :
          { QStringLiteral( "vigie_territory" ), QStringLiteral( "vigie_schema" ), QStringLiteral( "vigie_bookmarks" ),
            QStringLiteral( "feeds_observations" ), QStringLiteral( "feeds_alarms" ) } )
    {
      const QList<QStringList> original = tableRows( source, table, &error );
      QVERIFY2( !original.isEmpty(), qPrintable( table + QStringLiteral( ": " ) + error ) );
      QCOMPARE( tableRows( postgis, table, &error ), original );
      QCOMPARE( tableRows( back, table, &error ), original );
    }

    // keys keep counting after the copied ones, on both sides
    for ( const QString &path : { postgis, back } )
    {
      std::unique_ptr<Territory> territory = Territory::open( path, { &plugin }, Territory::Mode::ReadWrite, &error );
      QVERIFY2( territory, qPrintable( error ) );
      QVERIFY2( territory->addFeatures( QStringLiteral( "water:assets" ), { sampleFeatures().constFirst() }, &error ),
                qPrintable( error ) );
      QVERIFY2( territory->executeInTransaction(
                    { QStringLiteral( "INSERT INTO feeds_alarms (sensor, raised_at) VALUES ('p3', 1700000300)" ) }, &error ),
                qPrintable( error ) );
      QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), 4 );
      const QList<QStringList> alarms = tableRows( path, QStringLiteral( "feeds_alarms" ), &error );
      QCOMPARE( alarms.constLast().value( 0 ), QStringLiteral( "10" ) );
      QCOMPARE( alarms.constLast().value( 2 ), QStringLiteral( "open" ) ); // the column default was copied
    }
  }

  void copyRefusals()
  {
    REQUIRE_POSTGIS();
    QString error;
    StoreTestPlugin plugin;
    const QString source = tempPath( QStringLiteral( "refusals.gpkg" ) );
    QVERIFY2( Territory::create( source, sampleInfo(), { &plugin }, &error ), qPrintable( error ) );
    const QString postgis = mCluster.newDatabase( QStringLiteral( "refusals" ), &error );
    QVERIFY2( TerritoryCopy::copy( source, postgis, { &plugin }, nullptr, &error ), qPrintable( error ) );
    // into a database that holds a territory: refused, the territory there untouched
    QVERIFY( !TerritoryCopy::copy( source, postgis, { &plugin }, nullptr, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "never overwritten" ) ), qPrintable( error ) );
    QVERIFY( Territory::open( postgis, { &plugin }, Territory::Mode::ReadOnly, &error ) );
    // onto an existing file: refused
    QVERIFY( !TerritoryCopy::copy( postgis, source, { &plugin }, nullptr, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "never overwritten" ) ), qPrintable( error ) );
    // a source whose layers have no loaded plugin: refused (not silently dropped), nothing left behind
    const QString other = mCluster.newDatabase( QStringLiteral( "noplugin" ), &error );
    QVERIFY( !TerritoryCopy::copy( source, other, {}, nullptr, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "no loaded plugin" ) ), qPrintable( error ) );
    std::unique_ptr<SqlConnection> db = SqlConnection::open( other, SqlConnection::Mode::ReadOnly, &error );
    QVERIFY( db );
    QVERIFY( !db->hasTable( QStringLiteral( "vigie_territory" ) ) );
  }

  void rolesEnforcedByTheDatabase()
  {
    REQUIRE_POSTGIS();
    QString error;
    StoreTestPlugin plugin;
    const QString path = mCluster.newDatabase( QStringLiteral( "roles" ), &error );
    QVERIFY2( !path.isEmpty(), qPrintable( error ) );
    QVERIFY2( Territory::create( path, sampleInfo(), { &plugin }, &error ), qPrintable( error ) );
    {
      std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadWrite, &error );
      QVERIFY2( db, qPrintable( error ) );
      QVERIFY2( db->execute( QStringLiteral( "CREATE TABLE roadmap_documents (name TEXT PRIMARY KEY, json TEXT NOT NULL)" ), {}, &error ),
                qPrintable( error ) );
    }
    const QString prefix = QStringLiteral( "r%1" ).arg( QCoreApplication::applicationPid() );
    QStringList granted;
    QVERIFY2( TerritoryRoles::apply( path, prefix, &granted, &error ), qPrintable( error ) );
    QCOMPARE( granted.size(), 4 );
    QVERIFY2( TerritoryRoles::apply( path, prefix, nullptr, &error ), qPrintable( error ) ); // idempotent
    QVERIFY( !TerritoryRoles::apply( path, QStringLiteral( "Bad-Prefix" ), nullptr, &error ) );
    QVERIFY( !TerritoryRoles::apply( tempPath( QStringLiteral( "x.gpkg" ) ), prefix, nullptr, &error ) );

    // one login per role (trust authentication on the test cluster)
    std::unique_ptr<SqlConnection> admin = SqlConnection::open( path, SqlConnection::Mode::ReadWrite, &error );
    QVERIFY2( admin, qPrintable( error ) );
    for ( const QString &role : TerritoryRoles::roles() )
    {
      const QString login = prefix + QStringLiteral( "_login_" ) + role;
      QVERIFY2( admin->execute( QStringLiteral( "DROP ROLE IF EXISTS %1" ).arg( login ), {}, &error ), qPrintable( error ) );
      QVERIFY2( admin->execute( QStringLiteral( "CREATE ROLE %1 LOGIN IN ROLE %2" ).arg( login, TerritoryRoles::roleName( prefix, role ) ),
                                {}, &error ),
                qPrintable( error ) );
    }
    auto as = [&]( const QString &role ) -> QString
    { return path + QStringLiteral( " user=" ) + prefix + QStringLiteral( "_login_" ) + role; };

    // viewer: reads, and its write is refused by PostgreSQL with its message
    {
      std::unique_ptr<Territory> territory =
          Territory::open( as( QStringLiteral( "viewer" ) ), { &plugin }, Territory::Mode::ReadWrite, &error );
      QVERIFY2( territory, qPrintable( error ) );
      QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), 0 );
      QVERIFY( !territory->addFeatures( QStringLiteral( "water:assets" ), sampleFeatures(), &error ) );
      QVERIFY2( error.contains( QStringLiteral( "permission denied" ) ), qPrintable( error ) );
      QVERIFY( !territory->executeInTransaction( { QStringLiteral( "INSERT INTO roadmap_documents VALUES ('a', '{}')" ) }, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "permission denied" ) ), qPrintable( error ) );
    }
    // operator: edits assets, not the roadmap
    {
      std::unique_ptr<Territory> territory =
          Territory::open( as( QStringLiteral( "operator" ) ), { &plugin }, Territory::Mode::ReadWrite, &error );
      QVERIFY2( territory, qPrintable( error ) );
      QVERIFY2( territory->addFeatures( QStringLiteral( "water:assets" ), sampleFeatures(), &error ), qPrintable( error ) );
      QVERIFY( !territory->executeInTransaction( { QStringLiteral( "INSERT INTO roadmap_documents VALUES ('a', '{}')" ) }, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "permission denied" ) ), qPrintable( error ) );
    }
    // planner: the roadmap and bookmarks, not the assets
    {
      std::unique_ptr<Territory> territory =
          Territory::open( as( QStringLiteral( "planner" ) ), { &plugin }, Territory::Mode::ReadWrite, &error );
      QVERIFY2( territory, qPrintable( error ) );
      QVERIFY2( territory->executeInTransaction( { QStringLiteral( "INSERT INTO roadmap_documents VALUES ('a', '{}')" ) }, &error ),
                qPrintable( error ) );
      Bookmark bookmark;
      bookmark.name = QStringLiteral( "Chantier" );
      bookmark.extent = QRectF( 0, 0, 10, 10 );
      QVERIFY2( territory->addBookmark( bookmark, &error ), qPrintable( error ) );
      QVERIFY( !territory->addFeatures( QStringLiteral( "water:assets" ), sampleFeatures(), &error ) );
      QVERIFY2( error.contains( QStringLiteral( "permission denied" ) ), qPrintable( error ) );
    }
    // admin: everything, metadata included
    {
      std::unique_ptr<Territory> territory =
          Territory::open( as( QStringLiteral( "admin" ) ), { &plugin }, Territory::Mode::ReadWrite, &error );
      QVERIFY2( territory, qPrintable( error ) );
      TerritoryInfo info = territory->info();
      info.description = QStringLiteral( "changed by the admin" );
      QVERIFY2( territory->setInfo( info, &error ), qPrintable( error ) );
      QVERIFY2( territory->addFeatures( QStringLiteral( "water:assets" ), sampleFeatures(), &error ), qPrintable( error ) );
    }
    for ( const QString &role : TerritoryRoles::roles() )
      admin->execute( QStringLiteral( "DROP ROLE IF EXISTS %1" ).arg( prefix + QStringLiteral( "_login_" ) + role ) );
  }
};

QTEST_GUILESS_MAIN( TestPostgisTerritory )
#include "tst_postgisterritory.moc"
