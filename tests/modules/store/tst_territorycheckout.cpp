// SPDX-License-Identifier: GPL-2.0-or-later
// Offline checkout and sync (issue 8, item 5): part of a territory copied into a GeoPackage,
// edited offline and on the server, merged back three-way. Every case runs GeoPackage ->
// GeoPackage and PostGIS -> GeoPackage -> PostGIS (the "pgcluster" fixture).
#include "demoroadmap.h"
#include "pgtestcluster.h"
#include "roadmapstore.h"
#include "roadmapsync.h"
#include "sqlconnection.h"
#include "storetestplugin.h"
#include "territory.h"
#include "territorycheckout.h"
#include "territorycopy.h"
#include "vigietest.h"

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QJsonDocument>

using namespace vigie;
using vigie::test::StoreTestPlugin;

namespace
{
  const QString kTable = QStringLiteral( "water_assets" );

  std::unique_ptr<GDALDataset> openDataset( const QString &path )
  {
    const char *drivers[] = { SqlConnection::isPostgres( path ) ? "PostgreSQL" : "GPKG", nullptr };
    return std::unique_ptr<GDALDataset>(
        GDALDataset::FromHandle( GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr ) ) );
  }

  //! A field of feature \a fid as text; "<gone>" when there is no such feature.
  QString field( const QString &path, qint64 fid, const QString &name )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.toUtf8().constData() ) : nullptr;
    if ( !layer )
      return QStringLiteral( "<no layer>" );
    std::unique_ptr<OGRFeature> feature( layer->GetFeature( fid ) );
    if ( !feature )
      return QStringLiteral( "<gone>" );
    return QString::fromUtf8( feature->GetFieldAsString( name.toUtf8().constData() ) );
  }

  bool setField( const QString &path, qint64 fid, const QString &name, const QString &value )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.toUtf8().constData() ) : nullptr;
    std::unique_ptr<OGRFeature> feature( layer ? layer->GetFeature( fid ) : nullptr );
    if ( !feature )
      return false;
    feature->SetField( name.toUtf8().constData(), value.toUtf8().constData() );
    return layer->SetFeature( feature.get() ) == OGRERR_NONE;
  }

  //! Moves feature \a fid to (x, y); read back with geometryOf().
  bool moveFeature( const QString &path, qint64 fid, double x, double y )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.toUtf8().constData() ) : nullptr;
    std::unique_ptr<OGRFeature> feature( layer ? layer->GetFeature( fid ) : nullptr );
    if ( !feature )
      return false;
    feature->SetGeometryDirectly( new OGRPoint( x, y ) );
    return layer->SetFeature( feature.get() ) == OGRERR_NONE;
  }

  QString geometryOf( const QString &path, qint64 fid )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.toUtf8().constData() ) : nullptr;
    std::unique_ptr<OGRFeature> feature( layer ? layer->GetFeature( fid ) : nullptr );
    const OGRPoint *point = feature && feature->GetGeometryRef() ? feature->GetGeometryRef()->toPoint() : nullptr;
    return point ? QStringLiteral( "%1 %2" ).arg( point->getX() ).arg( point->getY() ) : QStringLiteral( "<none>" );
  }

  bool deleteFeature( const QString &path, qint64 fid )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.toUtf8().constData() ) : nullptr;
    return layer && layer->DeleteFeature( fid ) == OGRERR_NONE;
  }

  QList<qint64> fids( const QString &path )
  {
    QList<qint64> result;
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.toUtf8().constData() ) : nullptr;
    if ( !layer )
      return result;
    layer->ResetReading();
    while ( OGRFeature *feature = layer->GetNextFeature() )
    {
      result << feature->GetFID();
      OGRFeature::DestroyFeature( feature );
    }
    std::sort( result.begin(), result.end() );
    return result;
  }

  QJsonObject conflictFor( const SyncReport &report, const QString &table, const QJsonValue &key )
  {
    for ( const QJsonValue &value : report.conflicts )
    {
      const QJsonObject conflict = value.toObject();
      if ( conflict.value( QStringLiteral( "table" ) ).toString() == table && conflict.value( QStringLiteral( "key" ) ) == key )
        return conflict;
    }
    return QJsonObject();
  }

  QString roadmapTitle( const QString &path, int index )
  {
    roadmap::StoredRoadmap stored;
    QString error;
    if ( !roadmap::loadRoadmapFromTerritory( path, &stored, &error ) || index >= stored.roadmap.projects.size() )
      return QStringLiteral( "<error %1>" ).arg( error );
    return stored.roadmap.projects.at( index ).title;
  }

  bool setRoadmapTitle( const QString &path, int index, const QString &title, QString *error )
  {
    roadmap::StoredRoadmap stored;
    if ( !roadmap::loadRoadmapFromTerritory( path, &stored, error ) )
      return false;
    stored.roadmap.projects[index].title = title;
    return roadmap::saveRoadmapToTerritory( path, stored.roadmap, stored.settings, error );
  }
} // namespace

class TestTerritoryCheckout : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  bool mPgAvailable = false;
  QString mSkipReason;
  StoreTestPlugin mPlugin;
  int mCounter = 0;

  QList<DomainPlugin *> plugins() { return { &mPlugin }; }
  QMap<QString, RowMerger> mergers() const { return { { roadmap::roadmapDocumentsTable(), &roadmap::mergeRoadmapRows } }; }

  //! A source territory with 10 assets on a line (fids 1..10, x = 1000 + 100 * i) and the demo roadmap.
  QString makeSource( bool postgres, QString *error )
  {
    const QString gpkg = tempPath( QStringLiteral( "source %1 \u00e9t\u00e9.gpkg" ).arg( ++mCounter ) );
    {
      TerritoryInfo info;
      info.name = QStringLiteral( "Checkout test" );
      std::unique_ptr<Territory> territory = Territory::create( gpkg, info, plugins(), error );
      if ( !territory )
        return QString();
      QList<Feature> features;
      for ( int i = 0; i < 10; ++i )
      {
        Feature feature;
        feature.wkb = vigie::test::pointWkb( 1000 + 100 * i, 2000 );
        feature.attributes = { { QStringLiteral( "name" ), QStringLiteral( "a%1" ).arg( i + 1 ) },
                               { QStringLiteral( "power_w" ), 10 * ( i + 1 ) },
                               { QStringLiteral( "installed" ), QDate( 2020, 1, 1 + i ) },
                               { QStringLiteral( "active" ), i % 2 == 0 } };
        features << feature;
      }
      if ( !territory->addFeatures( QStringLiteral( "water:assets" ), features, error ) )
        return QString();
    }
    if ( !roadmap::saveRoadmapToTerritory( gpkg, roadmap::demoRoadmap(), roadmap::RoadmapSettings(), error ) )
      return QString();
    if ( !postgres )
      return gpkg;
    const QString pg = mCluster.newDatabase( QStringLiteral( "checkout" ), error );
    if ( pg.isEmpty() || !TerritoryCopy::copy( gpkg, pg, plugins(), nullptr, error ) )
      return QString();
    return pg;
  }

  static CheckoutFilter extent( double xMin, double xMax )
  {
    CheckoutFilter filter;
    filter.hasExtent = true;
    filter.xMin = xMin;
    filter.xMax = xMax;
    filter.yMin = 1900;
    filter.yMax = 2100;
    return filter;
  }

  void backends()
  {
    QTest::addColumn<bool>( "postgres" );
    QTest::newRow( "gpkg" ) << false;
    QTest::newRow( "postgis" ) << true;
  }

#define REQUIRE_BACKEND()                                                                                                                  \
  QFETCH( bool, postgres );                                                                                                                \
  if ( postgres && !mPgAvailable )                                                                                                         \
    QSKIP( qPrintable( mSkipReason ) );

private Q_SLOTS:
  void initTestCase()
  {
    QString error;
    mPgAvailable = mCluster.start( &mSkipReason, &error );
    if ( !mPgAvailable && mSkipReason.isEmpty() )
      QFAIL( qPrintable( error ) );
  }

  void checkoutFiltersExtent_data()
  {
    backends();
  }
  void checkoutFiltersExtent()
  {
    REQUIRE_BACKEND();
    QString error;
    const QString source = makeSource( postgres, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = tempPath( QStringLiteral( "offline %1.gpkg" ).arg( mCounter ) );
    CheckoutResult result;
    QVERIFY2( TerritoryCheckout::checkout( source + ( postgres ? QStringLiteral( " password=secret" ) : QString() ), out, plugins(),
                                           extent( 950, 1450 ), &result, &error ),
              qPrintable( error ) );
    QCOMPARE( result.features, 5 );
    QCOMPARE( result.removed, 5 );
    QVERIFY( result.rows >= 1 ); // the roadmap document
    QCOMPARE( fids( out ), ( QList<qint64>{ 1, 2, 3, 4, 5 } ) );
    QCOMPARE( fids( source ).size(), 10 ); // the source is untouched
    const QString recorded = TerritoryCheckout::sourceOf( out, &error );
    QVERIFY2( !recorded.isEmpty(), qPrintable( error ) );
    QVERIFY2( !recorded.contains( QStringLiteral( "secret" ) ) && !recorded.contains( QStringLiteral( "password" ) ),
              qPrintable( recorded ) );
    QCOMPARE( roadmapTitle( out, 0 ), roadmapTitle( source, 0 ) );

    // nothing edited: a sync changes nothing, on either side
    const QByteArray before = vigie::test::fileChecksum( out );
    SyncReport report;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ), qPrintable( error ) );
    QVERIFY2( report.isNoOp(), QJsonDocument( report.toJson() ).toJson().constData() );
    QVERIFY( report.conflicts.isEmpty() );
    QCOMPARE( vigie::test::fileChecksum( out ), before );

    // an existing file is never overwritten; a bad extent or an unknown commune leaves no file
    QVERIFY( !TerritoryCheckout::checkout( source, out, plugins(), extent( 950, 1450 ), nullptr, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "already exists" ) ), qPrintable( error ) );
    const QString other = tempPath( QStringLiteral( "other %1.gpkg" ).arg( mCounter ) );
    QVERIFY( !TerritoryCheckout::checkout( source, other, plugins(), extent( 1450, 950 ), nullptr, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "xmin" ) ), qPrintable( error ) );
    QVERIFY( !QFile::exists( other ) );
    CheckoutFilter commune;
    commune.commune = QStringLiteral( "99999" );
    QVERIFY( !TerritoryCheckout::checkout( source, other, plugins(), commune, nullptr, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "99999" ) ), qPrintable( error ) );
    QVERIFY( !QFile::exists( other ) );
  }

  void syncMergesThreeWay_data()
  {
    backends();
  }
  void syncMergesThreeWay()
  {
    REQUIRE_BACKEND();
    QString error;
    const QString source = makeSource( postgres, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = tempPath( QStringLiteral( "offline %1.gpkg" ).arg( mCounter ) );
    QVERIFY2( TerritoryCheckout::checkout( source, out, plugins(), extent( 950, 1650 ), nullptr, &error ), qPrintable( error ) );
    QCOMPARE( fids( out ), ( QList<qint64>{ 1, 2, 3, 4, 5, 6, 7 } ) );

    // offline and server edits
    QVERIFY( setField( out, 1, QStringLiteral( "power_w" ), QStringLiteral( "999" ) ) ); // local only
    QVERIFY( setField( out, 2, QStringLiteral( "name" ), QStringLiteral( "local" ) ) );  // same field both sides
    QVERIFY( setField( source, 2, QStringLiteral( "name" ), QStringLiteral( "server" ) ) );
    QVERIFY( setField( source, 2, QStringLiteral( "power_w" ), QStringLiteral( "222" ) ) ); // server only, same row
    QVERIFY( setField( source, 3, QStringLiteral( "power_w" ), QStringLiteral( "333" ) ) ); // server only
    QVERIFY( deleteFeature( out, 4 ) );                                                     // deleted offline ...
    QVERIFY( setField( source, 4, QStringLiteral( "name" ), QStringLiteral( "edited" ) ) ); // ... edited on the server
    QVERIFY( deleteFeature( source, 5 ) );                                                  // deleted on the server ...
    QVERIFY( setField( out, 5, QStringLiteral( "name" ), QStringLiteral( "kept" ) ) );      // ... edited offline
    QVERIFY( deleteFeature( out, 6 ) );                                                     // deleted offline only
    QVERIFY( moveFeature( out, 7, 1601.5, 2002.25 ) );                                      // moved offline
    {
      std::unique_ptr<Territory> local = Territory::open( out, plugins(), Territory::Mode::ReadWrite, &error );
      QVERIFY2( local, qPrintable( error ) );
      Feature feature;
      feature.wkb = vigie::test::pointWkb( 1050, 2000 );
      feature.attributes = { { QStringLiteral( "name" ), QStringLiteral( "new offline" ) }, { QStringLiteral( "power_w" ), 5 } };
      QVERIFY2( local->addFeatures( QStringLiteral( "water:assets" ), { feature }, &error ), qPrintable( error ) );
    }
    const QList<qint64> localFids = fids( out );
    const qint64 newLocalFid = localFids.constLast();
    QVERIFY( newLocalFid >= 8 );
    // roadmap: project 0 offline, project 1 on the server, project 2 on both (a roadmap conflict)
    const QString title2 = roadmapTitle( source, 2 );
    QVERIFY2( setRoadmapTitle( out, 0, QStringLiteral( "Offline title" ), &error ), qPrintable( error ) );
    QVERIFY2( setRoadmapTitle( out, 2, QStringLiteral( "Offline 2" ), &error ), qPrintable( error ) );
    QVERIFY2( setRoadmapTitle( source, 1, QStringLiteral( "Server title" ), &error ), qPrintable( error ) );
    QVERIFY2( setRoadmapTitle( source, 2, QStringLiteral( "Server 2" ), &error ), qPrintable( error ) );

    // dry run: the same report, nothing written
    const QByteArray localBefore = vigie::test::fileChecksum( out );
    SyncReport dry;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), true, &dry, &error, mergers() ), qPrintable( error ) );
    QVERIFY( dry.dryRun );
    QCOMPARE( dry.updated, 3 ); // fids 1 and 7, the roadmap
    QCOMPARE( field( source, 1, QStringLiteral( "power_w" ) ), QStringLiteral( "10" ) );
    QCOMPARE( vigie::test::fileChecksum( out ), localBefore );

    SyncReport report;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ), qPrintable( error ) );
    const QByteArray json = QJsonDocument( report.toJson() ).toJson();
    QCOMPARE( report.updated, dry.updated );
    QCOMPARE( report.inserted, 1 );
    QCOMPARE( report.deleted, 1 );

    // local edit arrives; server edit kept and refreshed offline
    QCOMPARE( field( source, 1, QStringLiteral( "power_w" ) ), QStringLiteral( "999" ) );
    QCOMPARE( field( source, 3, QStringLiteral( "power_w" ) ), QStringLiteral( "333" ) );
    QCOMPARE( field( out, 3, QStringLiteral( "power_w" ) ), QStringLiteral( "333" ) );
    // same field: not applied, reported with both values; the other field of that row merged
    QCOMPARE( field( source, 2, QStringLiteral( "name" ) ), QStringLiteral( "server" ) );
    QCOMPARE( field( out, 2, QStringLiteral( "name" ) ), QStringLiteral( "local" ) );
    QCOMPARE( field( out, 2, QStringLiteral( "power_w" ) ), QStringLiteral( "222" ) );
    const QJsonObject fieldConflict = conflictFor( report, kTable, 2 );
    QCOMPARE( fieldConflict.value( QStringLiteral( "kind" ) ).toString(), QStringLiteral( "field" ) );
    const QJsonObject nameConflict = fieldConflict.value( QStringLiteral( "fields" ) ).toArray().at( 0 ).toObject();
    QCOMPARE( nameConflict.value( QStringLiteral( "field" ) ).toString(), QStringLiteral( "name" ) );
    QCOMPARE( nameConflict.value( QStringLiteral( "base" ) ).toString(), QStringLiteral( "a2" ) );
    QCOMPARE( nameConflict.value( QStringLiteral( "local" ) ).toString(), QStringLiteral( "local" ) );
    QCOMPARE( nameConflict.value( QStringLiteral( "server" ) ).toString(), QStringLiteral( "server" ) );
    // delete / edit both ways: conflicts, nothing removed
    QCOMPARE( field( source, 4, QStringLiteral( "name" ) ), QStringLiteral( "edited" ) );
    QCOMPARE( conflictFor( report, kTable, 4 ).value( QStringLiteral( "kind" ) ).toString(),
              QStringLiteral( "deleted-locally-edited-on-server" ) );
    QCOMPARE( field( source, 5, QStringLiteral( "name" ) ), QStringLiteral( "<gone>" ) );
    QCOMPARE( field( out, 5, QStringLiteral( "name" ) ), QStringLiteral( "kept" ) );
    QCOMPARE( conflictFor( report, kTable, 5 ).value( QStringLiteral( "kind" ) ).toString(),
              QStringLiteral( "edited-locally-deleted-on-server" ) );
    QCOMPARE( geometryOf( source, 7 ), QStringLiteral( "1601.5 2002.25" ) );
    // deleted offline only: deleted on the server
    QCOMPARE( field( source, 6, QStringLiteral( "name" ) ), QStringLiteral( "<gone>" ) );
    // the new feature: on the server with a new fid, renumbered offline, the mapping reported
    QCOMPARE( report.newIds.size(), 1 );
    const qint64 serverFid = report.newIds.at( 0 ).toObject().value( QStringLiteral( "server" ) ).toVariant().toLongLong();
    QCOMPARE( report.newIds.at( 0 ).toObject().value( QStringLiteral( "local" ) ).toVariant().toLongLong(), newLocalFid );
    QCOMPARE( serverFid, 11 );
    QCOMPARE( field( source, serverFid, QStringLiteral( "name" ) ), QStringLiteral( "new offline" ) );
    QCOMPARE( field( out, serverFid, QStringLiteral( "name" ) ), QStringLiteral( "new offline" ) );
    // roadmap: merged by its own rules, the conflict kept in the document and reported
    QCOMPARE( roadmapTitle( source, 0 ), QStringLiteral( "Offline title" ) );
    QCOMPARE( roadmapTitle( source, 1 ), QStringLiteral( "Server title" ) );
    QCOMPARE( roadmapTitle( source, 2 ), QStringLiteral( "Server 2" ) );
    QCOMPARE( roadmapTitle( out, 1 ), QStringLiteral( "Server title" ) );
    QVERIFY( title2 != QStringLiteral( "Server 2" ) );
    roadmap::StoredRoadmap stored;
    QVERIFY2( roadmap::loadRoadmapFromTerritory( source, &stored, &error ), qPrintable( error ) );
    QCOMPARE( stored.roadmap.conflicts.size(), 1 );
    int documentConflicts = 0;
    for ( const QJsonValue &value : std::as_const( report.conflicts ) )
    {
      if ( value.toObject().value( QStringLiteral( "kind" ) ).toString() == QLatin1String( "document" ) )
      {
        ++documentConflicts;
        QVERIFY2( QJsonDocument( value.toObject() ).toJson().contains( "Offline 2" ), json.constData() );
      }
    }
    QCOMPARE( documentConflicts, 1 );
    QCOMPARE( report.conflicts.size(), 4 );

    // a second sync applies nothing new; the open conflicts are reported again (nothing lost)
    const QByteArray sourceState = postgres ? QByteArray() : vigie::test::fileChecksum( source );
    SyncReport again;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &again, &error, mergers() ), qPrintable( error ) );
    QVERIFY2( again.isNoOp(), QJsonDocument( again.toJson() ).toJson().constData() );
    QCOMPARE( again.conflicts.size(), 3 );
    if ( !postgres )
      QCOMPARE( vigie::test::fileChecksum( source ), sourceState );
  }

  void badInput_data()
  {
    backends();
  }
  void badInput()
  {
    REQUIRE_BACKEND();
    QString error;
    const QString source = makeSource( postgres, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = tempPath( QStringLiteral( "offline %1.gpkg" ).arg( mCounter ) );
    QVERIFY2( TerritoryCheckout::checkout( source, out, plugins(), extent( 950, 1450 ), nullptr, &error ), qPrintable( error ) );
    QVERIFY( setField( out, 1, QStringLiteral( "power_w" ), QStringLiteral( "999" ) ) );
    const QByteArray checkoutState = vigie::test::fileChecksum( out );
    SyncReport report;

    // not a checkout (a plain territory), a missing file
    if ( !postgres )
    {
      QVERIFY( !TerritoryCheckout::sync( source, plugins(), false, &report, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "not an offline checkout" ) ), qPrintable( error ) );
    }
    QVERIFY( !TerritoryCheckout::sync( tempPath( QStringLiteral( "missing.gpkg" ) ), plugins(), false, &report, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "missing.gpkg" ) ), qPrintable( error ) );

    // the source gone: nothing changed
    if ( postgres )
      QVERIFY( !TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers(),
                                         QStringLiteral( "PG:host=127.0.0.1 port=1 dbname=gone connect_timeout=2" ) ) );
    else
    {
      QVERIFY( QFile::rename( source, source + QStringLiteral( ".moved" ) ) );
      QVERIFY( !TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ) );
      QVERIFY( QFile::rename( source + QStringLiteral( ".moved" ), source ) );
    }
    QVERIFY2( error.contains( QStringLiteral( "nothing was changed" ) ), qPrintable( error ) );
    QCOMPARE( vigie::test::fileChecksum( out ), checkoutState );
    QCOMPARE( field( source, 1, QStringLiteral( "power_w" ) ), QStringLiteral( "10" ) );

    // the server migrated to a newer schema since the checkout: refused, nothing changed
    StoreTestPlugin newer( QStringLiteral( "water" ), 2 );
    {
      std::unique_ptr<Territory> migrated = Territory::open( source, { &newer }, Territory::Mode::ReadWrite, &error );
      QVERIFY2( migrated, qPrintable( error ) );
    }
    QVERIFY( !TerritoryCheckout::sync( out, { &newer }, false, &report, &error, mergers() ) );
    QVERIFY2( error.contains( QStringLiteral( "schema" ) ), qPrintable( error ) );
    QCOMPARE( vigie::test::fileChecksum( out ), checkoutState );
    QCOMPARE( field( source, 1, QStringLiteral( "power_w" ) ), QStringLiteral( "10" ) );
  }
};

QTEST_GUILESS_MAIN( TestTerritoryCheckout )
#include "tst_territorycheckout.moc"
