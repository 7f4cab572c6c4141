// SPDX-License-Identifier: GPL-2.0-or-later
// TerritoryCopy streaming (issue 8): tables and layers larger than one chunk go through whole and
// equal (GeoPackage -> GeoPackage, GeoPackage -> PostGIS -> GeoPackage), the progress counts up to
// the total, and a cancelled copy leaves nothing at the destination (no half territory).
#include "pgtestcluster.h"
#include "sqlconnection.h"
#include "storetestplugin.h"
#include "territory.h"
#include "territorycopy.h"
#include "vigietest.h"

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogrsf_frmts.h>

#include <QDir>

#include <algorithm>

using namespace vigie;
using vigie::test::StoreTestPlugin;

namespace
{
  //! A layer's content as sorted text lines: fid, geometry (ISO WKB hex) and attributes.
  QStringList layerContent( const QString &path, const QString &table )
  {
    QStringList content;
    const char *drivers[] = { SqlConnection::isPostgres( path ) ? "PostgreSQL" : "GPKG", nullptr };
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::FromHandle( GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr ) ) );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( table.toUtf8().constData() ) : nullptr;
    if ( !layer )
      return { QStringLiteral( "no layer %1 in %2" ).arg( table, path ) };
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    layer->ResetReading();
    while ( OGRFeature *feature = layer->GetNextFeature() )
    {
      QStringList values{ QString::number( feature->GetFID() ) };
      if ( const OGRGeometry *geometry = feature->GetGeometryRef() )
      {
        QByteArray wkb( static_cast<int>( geometry->WkbSize() ), '\0' );
        geometry->exportToWkb( wkbNDR, reinterpret_cast<unsigned char *>( wkb.data() ), wkbVariantIso );
        values << QString::fromLatin1( wkb.toHex() );
      }
      for ( int i = 0; i < defn->GetFieldCount(); ++i )
        values << ( feature->IsFieldSetAndNotNull( i ) ? QString::fromUtf8( feature->GetFieldAsString( i ) ) : QStringLiteral( "NULL" ) );
      content << values.join( QLatin1Char( '|' ) );
      OGRFeature::DestroyFeature( feature );
    }
    content.sort();
    return content;
  }

  //! A plain table's rows as sorted text lines (blobs in hex, reals exact).
  QStringList tableContent( const QString &path, const QString &table )
  {
    QString error;
    QStringList content;
    std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadOnly, &error );
    QList<SqlConnection::Row> rows;
    if ( !db || !db->query( QStringLiteral( "SELECT * FROM %1" ).arg( table ), QVariantList(), &rows, &error ) )
      return { error };
    for ( const SqlConnection::Row &row : std::as_const( rows ) )
    {
      QStringList values;
      for ( const QVariant &value : row )
        values << ( value.isNull()                              ? QStringLiteral( "NULL" )
                    : value.userType() == QMetaType::QByteArray ? QStringLiteral( "x" ) + QString::fromLatin1( value.toByteArray().toHex() )
                    : value.userType() == QMetaType::Double     ? QString::number( value.toDouble(), 'g', 17 )
                                                                : value.toString() );
      content << values.join( QLatin1Char( '|' ) );
    }
    content.sort();
    return content;
  }

  //! The files of \a folder (no partial copy may stay behind).
  QStringList filesIn( const QString &folder )
  {
    return QDir( folder ).entryList( QDir::Files | QDir::Hidden, QDir::Name );
  }
} // namespace

class TestTerritoryCopy : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  bool mAvailable = false;
  QString mSkipReason;
  QString mSource;
  StoreTestPlugin mPlugin;
  qint64 mFeatures = 0;
  qint64 mRows = 0;

  //! Where a copy goes: a GeoPackage in a folder of its own, or a new PostGIS database.
  QString destination( const QString &kind, const QString &name, QString *error )
  {
    if ( kind == QLatin1String( "pg" ) )
      return mCluster.newDatabase( name, error );
    QDir( tempPath( QString() ) ).mkpath( name );
    return tempPath( QStringLiteral( "%1/%1 \u00e9.gpkg" ).arg( name ) );
  }

#define REQUIRE_POSTGIS_FOR( kind )                                                                                                        \
  if ( kind == QLatin1String( "pg" ) && !mAvailable )                                                                                      \
    QSKIP( qPrintable( mSkipReason ) );

private Q_SLOTS:
  void initTestCase()
  {
    QString error;
    mAvailable = mCluster.start( &mSkipReason, &error );
    if ( !mAvailable && mSkipReason.isEmpty() )
      QFAIL( qPrintable( error ) );

    // a source larger than a chunk everywhere: a layer, a table keyed on two columns (WITHOUT ROWID),
    // a table without key, with the values COPY text format must escape
    const int chunk = TerritoryCopy::chunkRows();
    mSource = tempPath( QStringLiteral( "source.gpkg" ) );
    TerritoryInfo info;
    info.name = QStringLiteral( "Copie" );
    std::unique_ptr<Territory> territory = Territory::create( mSource, info, { &mPlugin }, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QList<Feature> features;
    for ( int i = 0; i < chunk + 17; ++i )
    {
      Feature feature;
      if ( i % 5 != 0 )
        feature.wkb = vigie::test::pointWkb( 770000 + i * 0.125, 6280000 - i );
      feature.attributes = { { QStringLiteral( "name" ), QStringLiteral( "n\u00b0%1\t'x'" ).arg( i ) },
                             { QStringLiteral( "power_w" ), i % 7 ? QVariant( i ) : QVariant() },
                             { QStringLiteral( "active" ), i % 2 == 0 } };
      features << feature;
    }
    QVERIFY2( territory->addFeatures( QStringLiteral( "water:assets" ), features, &error ), qPrintable( error ) );
    const int observations = 2 * chunk + 7;
    const int logLines = chunk + 3;
    QVERIFY2( territory->executeInTransaction(
                  { QStringLiteral( "CREATE TABLE big_observations (sensor TEXT NOT NULL, t INTEGER NOT NULL, value REAL, "
                                    "PRIMARY KEY (sensor, t)) WITHOUT ROWID" ),
                    QStringLiteral( "INSERT INTO big_observations WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n "
                                    "WHERE i < %1) SELECT 's' || (i % 3), i, i * 0.1 FROM n" )
                        .arg( observations - 6 ),
                    QStringLiteral( "INSERT INTO big_observations VALUES ('z', 1, 1e-300), ('z', 2, 9e999), ('z', 3, -9e999), "
                                    "('z', 4, NULL), ('\u00e9t\u00e9', -5, -0.0)" ),
                    QStringLiteral( "CREATE TABLE big_log (message TEXT, payload BLOB, level INTEGER DEFAULT 3)" ),
                    QStringLiteral( "INSERT INTO big_log (message, payload) WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 "
                                    "FROM n WHERE i < %1) SELECT 'line ' || i, CASE WHEN i % 4 = 0 THEN NULL ELSE randomblob(i % 9) END "
                                    "FROM n" )
                        .arg( logLines - 3 ),
                    QStringLiteral( "INSERT INTO big_log VALUES ('tab\there, new\nline, back\\slash \\N \u00e9', X'005C0A09FF', 1), "
                                    "('\\N', X'', NULL)" ) },
                  &error ),
              qPrintable( error ) );
    territory.reset();
    // the totals, counted independently of the copy
    std::unique_ptr<Territory> source = Territory::open( mSource, { &mPlugin }, Territory::Mode::ReadOnly, &error );
    QVERIFY2( source, qPrintable( error ) );
    mFeatures = 0;
    for ( const LayerSchema &layer : source->layers() )
      mFeatures += source->featureCount( layer.qualifiedName() );
    QCOMPARE( source->featureCount( QStringLiteral( "water:assets" ) ), chunk + 17 );
    mRows = 0;
    std::unique_ptr<SqlConnection> db = SqlConnection::open( mSource, SqlConnection::Mode::ReadOnly, &error );
    QVERIFY2( db, qPrintable( error ) );
    for ( const QString &table : db->tables() )
    {
      if ( table.startsWith( QLatin1String( "gpkg_" ) ) || table.startsWith( QLatin1String( "rtree_" ) ) ||
           table.startsWith( QLatin1String( "sqlite_" ) ) || table.startsWith( QLatin1String( "water_" ) ) ||
           table.startsWith( QLatin1String( "territory_" ) ) )
        continue;
      QList<SqlConnection::Row> rows;
      QVERIFY2( db->query( QStringLiteral( "SELECT COUNT(*) FROM %1" ).arg( table ), QVariantList(), &rows, &error ), qPrintable( error ) );
      mRows += rows.value( 0 ).value( 0 ).toLongLong();
    }
    QVERIFY( mRows >= observations + logLines );
  }

  void roundTripInChunks_data()
  {
    QTest::addColumn<QString>( "through" );
    QTest::newRow( "GeoPackage to GeoPackage" ) << QStringLiteral( "gpkg" );
    QTest::newRow( "GeoPackage to PostGIS and back" ) << QStringLiteral( "pg" );
  }

  void roundTripInChunks()
  {
    QFETCH( QString, through );
    REQUIRE_POSTGIS_FOR( through );
    QString error;
    const QString middle = destination( through, QStringLiteral( "middle" ), &error );
    QVERIFY2( !middle.isEmpty(), qPrintable( error ) );
    QList<TerritoryCopyProgress> reports;
    bool destinationSeen = false;
    TerritoryCopyResult result;
    QVERIFY2( TerritoryCopy::copy( mSource, middle, { &mPlugin }, &result, &error,
                                   [&]( const TerritoryCopyProgress &progress )
                                   {
                                     reports << progress;
                                     // a GeoPackage appears under its name only when complete
                                     destinationSeen =
                                         destinationSeen || ( through == QLatin1String( "gpkg" ) && QFileInfo::exists( middle ) );
                                     return true;
                                   } ),
              qPrintable( error ) );
    QVERIFY( !destinationSeen );
    QCOMPARE( result.features, mFeatures );
    QCOMPARE( result.rows, mRows );
    // the progress only grows, reports every chunk and ends at the total
    QVERIFY( reports.size() > result.layers.size() + result.tables.size() + 3 );
    for ( int i = 1; i < reports.size(); ++i )
      QVERIFY( reports.at( i ).done >= reports.at( i - 1 ).done );
    QCOMPARE( reports.constLast().done, mFeatures + mRows );
    QCOMPARE( reports.constLast().total, mFeatures + mRows );
    QVERIFY( std::any_of( reports.cbegin(), reports.cend(),
                          []( const TerritoryCopyProgress &p ) { return p.step.contains( QStringLiteral( "big_observations" ) ); } ) );

    QString back = middle;
    if ( through == QLatin1String( "pg" ) )
    {
      back = destination( QStringLiteral( "gpkg" ), QStringLiteral( "back" ), &error );
      QVERIFY2( TerritoryCopy::copy( middle, back, { &mPlugin }, &result, &error ), qPrintable( error ) );
      QCOMPARE( result.rows, mRows );
      QCOMPARE( result.features, mFeatures );
    }
    if ( through == QLatin1String( "pg" ) )
    {
      // SqlConnection reads PostgreSQL's Infinity as 0: the special reals checked as the server's text
      std::unique_ptr<SqlConnection> db = SqlConnection::open( middle, SqlConnection::Mode::ReadOnly, &error );
      QList<QStringList> rows;
      QVERIFY2( db && db->queryText( QStringLiteral( "SELECT value::text FROM big_observations WHERE sensor = 'z' ORDER BY t" ), {}, &rows,
                                     &error ),
                qPrintable( error ) );
      QCOMPARE( rows.size(), 4 );
      QCOMPARE( rows.at( 0 ).value( 0 ), QStringLiteral( "1e-300" ) );
      QCOMPARE( rows.at( 1 ).value( 0 ), QStringLiteral( "Infinity" ) );
      QCOMPARE( rows.at( 2 ).value( 0 ), QStringLiteral( "-Infinity" ) );
      QVERIFY( rows.at( 3 ).value( 0 ).isNull() );
      QCOMPARE( tableContent( middle, QStringLiteral( "big_log" ) ), tableContent( mSource, QStringLiteral( "big_log" ) ) );
    }
    // the copy that ends as a GeoPackage: every value as in the source
    {
      const QString &path = back;
      QCOMPARE( layerContent( path, QStringLiteral( "water_assets" ) ), layerContent( mSource, QStringLiteral( "water_assets" ) ) );
      for ( const QString &table :
            { QStringLiteral( "big_observations" ), QStringLiteral( "big_log" ), QStringLiteral( "vigie_territory" ) } )
      {
        const QStringList original = tableContent( mSource, table );
        QVERIFY( !original.isEmpty() );
        QCOMPARE( tableContent( path, table ), original );
      }
    }
    QCOMPARE( tableContent( back, QStringLiteral( "big_observations" ) ).size(), 2 * TerritoryCopy::chunkRows() + 7 );
    // nothing left next to the GeoPackage but the GeoPackage itself
    QCOMPARE( filesIn( QFileInfo( back ).absolutePath() ), QStringList{ QFileInfo( back ).fileName() } );
  }

  void cancelLeavesNothing_data()
  {
    QTest::addColumn<QString>( "kind" );
    QTest::addColumn<bool>( "inTable" ); // cancelled in a layer, or in a plain table
    QTest::newRow( "GeoPackage, in a layer" ) << QStringLiteral( "gpkg" ) << false;
    QTest::newRow( "GeoPackage, in a table" ) << QStringLiteral( "gpkg" ) << true;
    QTest::newRow( "PostGIS, in a layer" ) << QStringLiteral( "pg" ) << false;
    QTest::newRow( "PostGIS, in a table" ) << QStringLiteral( "pg" ) << true;
  }

  void cancelLeavesNothing()
  {
    QFETCH( QString, kind );
    QFETCH( bool, inTable );
    REQUIRE_POSTGIS_FOR( kind );
    QString error;
    const QString target = destination( kind, QStringLiteral( "cancel%1" ).arg( inTable ? 1 : 0 ), &error );
    QVERIFY2( !target.isEmpty(), qPrintable( error ) );
    int calls = 0;
    QVERIFY( !TerritoryCopy::copy( mSource, target, { &mPlugin }, nullptr, &error,
                                   [&]( const TerritoryCopyProgress &progress )
                                   {
                                     ++calls;
                                     const bool table = progress.step.contains( QStringLiteral( "big_observations" ) );
                                     return !( progress.done > 0 && ( inTable ? table : !table ) );
                                   } ) );
    QVERIFY2( error.contains( QStringLiteral( "cancelled" ) ), qPrintable( error ) );
    QVERIFY( calls > 1 );
    if ( kind == QLatin1String( "gpkg" ) )
    {
      QVERIFY( !QFileInfo::exists( target ) );
      QCOMPARE( filesIn( QFileInfo( target ).absolutePath() ), QStringList() );
    }
    else
    {
      std::unique_ptr<SqlConnection> db = SqlConnection::open( target, SqlConnection::Mode::ReadOnly, &error );
      QVERIFY2( db, qPrintable( error ) );
      QVERIFY( !db->hasTable( QStringLiteral( "vigie_territory" ) ) );
      QVERIFY( !db->hasTable( QStringLiteral( "water_assets" ) ) );
      QVERIFY( !db->hasTable( QStringLiteral( "big_observations" ) ) );
    }
    // and the same destination takes a complete copy afterwards
    QVERIFY2( TerritoryCopy::copy( mSource, target, { &mPlugin }, nullptr, &error ), qPrintable( error ) );
    QCOMPARE( tableContent( target, QStringLiteral( "big_log" ) ), tableContent( mSource, QStringLiteral( "big_log" ) ) );
  }
};

QTEST_GUILESS_MAIN( TestTerritoryCopy )
#include "tst_territorycopy.moc"
