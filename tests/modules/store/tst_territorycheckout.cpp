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
#include "territorytenants.h"
#include "vigietest.h"

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

  //! How many features of the layer are named \a name.
  int countNamed( const QString &path, const QString &name )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.toUtf8().constData() ) : nullptr;
    if ( !layer )
      return -1;
    int count = 0;
    layer->ResetReading();
    while ( OGRFeature *feature = layer->GetNextFeature() )
    {
      count += QString::fromUtf8( feature->GetFieldAsString( "name" ) ) == name ? 1 : 0;
      OGRFeature::DestroyFeature( feature );
    }
    return count;
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

  //! A feature named \a name at (x, y) added to \a path (the server or the checkout).
  bool addAsset( const QString &path, const QString &name, double x, double y, QString *error )
  {
    std::unique_ptr<Territory> territory = Territory::open( path, plugins(), Territory::Mode::ReadWrite, error );
    if ( !territory )
      return false;
    Feature feature;
    feature.wkb = vigie::test::pointWkb( x, y );
    feature.attributes = { { QStringLiteral( "name" ), name }, { QStringLiteral( "power_w" ), 7 } };
    return territory->addFeatures( QStringLiteral( "water:assets" ), { feature }, error );
  }

  void syncPullsServerFeatures_data()
  {
    backends();
  }
  void syncPullsServerFeatures()
  {
    REQUIRE_BACKEND();
    QString error;
    const QString source = makeSource( postgres, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = tempPath( QStringLiteral( "offline %1.gpkg" ).arg( mCounter ) );
    QVERIFY2( TerritoryCheckout::checkout( source, out, plugins(), extent( 950, 1650 ), nullptr, &error ), qPrintable( error ) );
    QCOMPARE( fids( out ), ( QList<qint64>{ 1, 2, 3, 4, 5, 6, 7 } ) );

    // offline: a new feature; the checkout gives it fid 11 (fids are not reused), which the server gives to another feature
    QVERIFY2( addAsset( out, QStringLiteral( "new offline" ), 1060, 2000, &error ), qPrintable( error ) );
    QCOMPARE( fids( out ).constLast(), 11 );
    // server: one new inside the area (fid 11), one outside (fid 12), fid 8 moved into the area, fid 3 moved out of it
    QVERIFY2( addAsset( source, QStringLiteral( "new on server" ), 1250, 2010, &error ), qPrintable( error ) );
    QVERIFY2( addAsset( source, QStringLiteral( "far away" ), 1250, 9000, &error ), qPrintable( error ) );
    QVERIFY( moveFeature( source, 8, 1150, 2050 ) );
    QVERIFY( moveFeature( source, 3, 5000, 5000 ) );
    QCOMPARE( fids( source ).constLast(), 12 );

    SyncReport dry;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), true, &dry, &error, mergers() ), qPrintable( error ) );
    QCOMPARE( dry.pulled, 2 );
    QCOMPARE( fids( out ), ( QList<qint64>{ 1, 2, 3, 4, 5, 6, 7, 11 } ) );

    SyncReport report;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ), qPrintable( error ) );
    const QByteArray json = QJsonDocument( report.toJson() ).toJson();
    QCOMPARE( report.pulled, 2 );
    QCOMPARE( report.toJson().value( QStringLiteral( "pulled" ) ).toInt(), 2 );
    QCOMPARE( report.inserted, 1 );
    QCOMPARE( report.refreshed, 1 ); // fid 3 moved out: kept, refreshed (still the same row)
    QVERIFY2( report.conflicts.isEmpty(), json.constData() );
    // the offline feature: fid 13 on the server, renumbered offline; fid 11 offline is now the server's feature 11
    QCOMPARE( report.newIds.size(), 1 );
    QCOMPARE( report.newIds.at( 0 ).toObject().value( QStringLiteral( "local" ) ).toVariant().toLongLong(), 11 );
    QCOMPARE( report.newIds.at( 0 ).toObject().value( QStringLiteral( "server" ) ).toVariant().toLongLong(), 13 );
    QCOMPARE( field( source, 13, QStringLiteral( "name" ) ), QStringLiteral( "new offline" ) );
    QCOMPARE( countNamed( source, QStringLiteral( "new offline" ) ), 1 );
    QCOMPARE( fids( out ), ( QList<qint64>{ 1, 2, 3, 4, 5, 6, 7, 8, 11, 13 } ) );
    QCOMPARE( field( out, 8, QStringLiteral( "name" ) ), QStringLiteral( "a8" ) );
    QCOMPARE( geometryOf( out, 8 ), QStringLiteral( "1150 2050" ) );
    QCOMPARE( field( out, 11, QStringLiteral( "name" ) ), QStringLiteral( "new on server" ) );
    QCOMPARE( field( out, 13, QStringLiteral( "name" ) ), QStringLiteral( "new offline" ) );
    QCOMPARE( geometryOf( out, 3 ), QStringLiteral( "5000 5000" ) );
    QCOMPARE( field( out, 12, QStringLiteral( "name" ) ), QStringLiteral( "<gone>" ) );

    // in the base now: a pulled feature edited offline goes back; a second sync has nothing to do
    QVERIFY( setField( out, 11, QStringLiteral( "power_w" ), QStringLiteral( "111" ) ) );
    SyncReport again;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &again, &error, mergers() ), qPrintable( error ) );
    QCOMPARE( again.updated, 1 );
    QCOMPARE( again.pulled, 0 );
    QCOMPARE( again.inserted, 0 );
    QCOMPARE( field( source, 11, QStringLiteral( "power_w" ) ), QStringLiteral( "111" ) );
    const QByteArray before = vigie::test::fileChecksum( out );
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &again, &error, mergers() ), qPrintable( error ) );
    QVERIFY2( again.isNoOp(), QJsonDocument( again.toJson() ).toJson().constData() );
    QCOMPARE( vigie::test::fileChecksum( out ), before );
  }

  void concurrentEditBecomesConflict_data()
  {
    backends();
  }
  void concurrentEditBecomesConflict()
  {
    REQUIRE_BACKEND();
    QString error;
    const QString source = makeSource( postgres, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = tempPath( QStringLiteral( "offline %1.gpkg" ).arg( mCounter ) );
    QVERIFY2( TerritoryCheckout::checkout( source, out, plugins(), extent( 950, 1450 ), nullptr, &error ), qPrintable( error ) );
    QVERIFY( setField( out, 1, QStringLiteral( "name" ), QStringLiteral( "offline" ) ) );
    QVERIFY( setField( out, 2, QStringLiteral( "power_w" ), QStringLiteral( "999" ) ) );
    QVERIFY( deleteFeature( out, 3 ) );
    QVERIFY2( setRoadmapTitle( out, 0, QStringLiteral( "Offline title" ), &error ), qPrintable( error ) );

    // between the sync's read of the server and its write, another desktop edits the same fields and deletes fid 3's row
    // edit: each becomes a conflict (or a merge), never an overwrite
    int calls = 0;
    SyncOptions options;
    options.mergers = mergers();
    options.afterServerRead = [&]( int attempt )
    {
      ++calls;
      if ( attempt != 0 )
        return;
      QVERIFY( setField( source, 1, QStringLiteral( "name" ), QStringLiteral( "concurrent" ) ) );
      QVERIFY( setField( source, 3, QStringLiteral( "name" ), QStringLiteral( "concurrent 3" ) ) );
      QString hookError;
      QVERIFY2( setRoadmapTitle( source, 0, QStringLiteral( "Concurrent title" ), &hookError ), qPrintable( hookError ) );
    };
    SyncReport report;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), options, &report, &error ), qPrintable( error ) );
    const QByteArray json = QJsonDocument( report.toJson() ).toJson();
    QCOMPARE( field( source, 1, QStringLiteral( "name" ) ), QStringLiteral( "concurrent" ) );
    QCOMPARE( field( out, 1, QStringLiteral( "name" ) ), QStringLiteral( "offline" ) );
    QCOMPARE( conflictFor( report, kTable, 1 ).value( QStringLiteral( "kind" ) ).toString(), QStringLiteral( "field" ) );
    QCOMPARE( field( source, 3, QStringLiteral( "name" ) ), QStringLiteral( "concurrent 3" ) );
    QCOMPARE( conflictFor( report, kTable, 3 ).value( QStringLiteral( "kind" ) ).toString(),
              QStringLiteral( "deleted-locally-edited-on-server" ) );
    QCOMPARE( roadmapTitle( source, 0 ), QStringLiteral( "Concurrent title" ) );
    // the untouched row still arrives
    QCOMPARE( field( source, 2, QStringLiteral( "power_w" ) ), QStringLiteral( "999" ) );
    QCOMPARE( report.updated, 2 ); // fid 2, the roadmap (merged: its conflict kept in the document)
    QVERIFY2( report.conflicts.size() >= 3, json.constData() );
    QCOMPARE( calls, 2 ); // planned again once
    QCOMPARE( report.retries, 1 );
  }

  void interruptedSyncIsFinished_data()
  {
    QTest::addColumn<bool>( "postgres" );
    QTest::addColumn<bool>( "serverCommits" );
    QTest::newRow( "gpkg, checkout update fails" ) << false << true;
    QTest::newRow( "gpkg, server commit fails" ) << false << false;
    QTest::newRow( "postgis, checkout update fails" ) << true << true;
    QTest::newRow( "postgis, server commit fails" ) << true << false;
  }
  void interruptedSyncIsFinished()
  {
    REQUIRE_BACKEND();
    QFETCH( bool, serverCommits );
    QString error;
    const QString source = makeSource( postgres, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = tempPath( QStringLiteral( "offline %1.gpkg" ).arg( mCounter ) );
    QVERIFY2( TerritoryCheckout::checkout( source, out, plugins(), extent( 950, 1450 ), nullptr, &error ), qPrintable( error ) );
    QVERIFY( setField( out, 1, QStringLiteral( "power_w" ), QStringLiteral( "999" ) ) );
    QVERIFY( setField( source, 2, QStringLiteral( "power_w" ), QStringLiteral( "222" ) ) );
    QVERIFY2( addAsset( out, QStringLiteral( "new offline" ), 1050, 2000, &error ), qPrintable( error ) );
    const qint64 localFid = fids( out ).constLast();

    SyncOptions options;
    options.mergers = mergers();
    if ( serverCommits )
      options.beforeLocalCommit = [] { return false; };
    else
      options.beforeServerCommit = [] { return false; };
    SyncReport report;
    QVERIFY( !TerritoryCheckout::sync( out, plugins(), options, &report, &error ) );
    QVERIFY( TerritoryCheckout::hasPendingSync( out ) );
    if ( serverCommits )
    {
      QVERIFY2( error.contains( QStringLiteral( "next territory sync finishes it" ) ), qPrintable( error ) );
      QCOMPARE( countNamed( source, QStringLiteral( "new offline" ) ), 1 );
      QCOMPARE( field( source, 1, QStringLiteral( "power_w" ) ), QStringLiteral( "999" ) );
    }
    else
    {
      QVERIFY2( error.contains( QStringLiteral( "nothing was changed" ) ), qPrintable( error ) );
      QCOMPARE( countNamed( source, QStringLiteral( "new offline" ) ), 0 );
      QCOMPARE( field( source, 1, QStringLiteral( "power_w" ) ), QStringLiteral( "10" ) );
    }
    // the checkout is as before the sync: its feature keeps its offline fid, the server's edit not yet there
    QCOMPARE( fids( out ).constLast(), localFid );
    QCOMPARE( field( out, 2, QStringLiteral( "power_w" ) ), QStringLiteral( "20" ) );
    // edited offline after the failure: not lost
    QVERIFY( setField( out, localFid, QStringLiteral( "power_w" ), QStringLiteral( "77" ) ) );

    // the next sync finishes (or drops) it: no duplicate on the server, no lost edit
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ), qPrintable( error ) );
    const QByteArray json = QJsonDocument( report.toJson() ).toJson();
    QCOMPARE( report.finishedPending, serverCommits );
    QVERIFY( !TerritoryCheckout::hasPendingSync( out ) );
    QCOMPARE( countNamed( source, QStringLiteral( "new offline" ) ), 1 );
    QCOMPARE( countNamed( out, QStringLiteral( "new offline" ) ), 1 );
    QCOMPARE( field( source, 1, QStringLiteral( "power_w" ) ), QStringLiteral( "999" ) );
    QCOMPARE( field( out, 2, QStringLiteral( "power_w" ) ), QStringLiteral( "222" ) );
    const qint64 serverFid = fids( out ).constLast();
    QVERIFY( serverFid >= 11 ); // PostgreSQL: a rolled-back insert used up 11
    QCOMPARE( field( source, serverFid, QStringLiteral( "name" ) ), QStringLiteral( "new offline" ) );
    QCOMPARE( field( source, serverFid, QStringLiteral( "power_w" ) ), QStringLiteral( "77" ) );
    QVERIFY2( report.conflicts.isEmpty(), json.constData() );
    if ( !postgres )
    {
      std::unique_ptr<SqlConnection> db = SqlConnection::open( source, SqlConnection::Mode::ReadOnly, &error );
      QVERIFY2( db, qPrintable( error ) );
      QList<SqlConnection::Row> rows;
      QVERIFY( db->query( QStringLiteral( "SELECT key FROM vigie_territory WHERE key LIKE 'checkout_sync:%'" ), QVariantList(), &rows,
                          &error ) );
      QCOMPARE( rows.size(), 0 ); // the marker is gone
    }
    // and then nothing more to do
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ), qPrintable( error ) );
    QVERIFY2( report.isNoOp(), QJsonDocument( report.toJson() ).toJson().constData() );
  }

  // ---- progress and cancel (pg-sync2)

  void checkoutProgressAndCancel_data()
  {
    backends();
  }
  void checkoutProgressAndCancel()
  {
    REQUIRE_BACKEND();
    QString error;
    const QString source = makeSource( postgres, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    struct Call
    {
      QString step;
      qint64 done;
      qint64 total;
    };
    QList<Call> calls;
    CheckoutOptions options;
    options.filter = extent( 950, 1450 );
    options.progress = [&calls]( const QString &step, qint64 done, qint64 total )
    {
      calls << Call{ step, done, total };
      return true;
    };
    const QString out = tempPath( QStringLiteral( "progress %1.gpkg" ).arg( mCounter ) );
    CheckoutResult result;
    QVERIFY2( TerritoryCheckout::checkout( source, out, plugins(), options, &result, &error ), qPrintable( error ) );
    QCOMPARE( result.features, 5 );
    QVERIFY2( calls.size() >= 4, qPrintable( QString::number( calls.size() ) ) );
    qint64 total = 0;
    qint64 done = 0;
    bool layerStep = false;
    for ( const Call &call : std::as_const( calls ) )
    {
      QVERIFY2( !call.step.isEmpty(), "every report names its step" );
      if ( total > 0 )
        QCOMPARE( call.total, total ); // the total stays once known
      total = call.total;
      QVERIFY2( call.done >= done, qPrintable( QStringLiteral( "%1: %2 after %3" ).arg( call.step ).arg( call.done ).arg( done ) ) );
      QVERIFY( total == 0 || call.done <= total );
      done = call.done;
      layerStep = layerStep || call.step.contains( kTable );
    }
    QVERIFY( layerStep );
    QVERIFY( total > 0 );
    QCOMPARE( calls.constLast().done, total );

    // cancelled at the first, a middle and the last cancellable report: no file, the source untouched
    const int count = static_cast<int>( calls.size() );
    for ( const int stopAt : { 1, count / 2, count - 1 } )
    {
      int seen = 0;
      options.progress = [&seen, stopAt]( const QString &, qint64, qint64 ) { return ++seen < stopAt; };
      const QString cancelled = tempPath( QStringLiteral( "cancelled %1 %2.gpkg" ).arg( mCounter ).arg( stopAt ) );
      QVERIFY( !TerritoryCheckout::checkout( source, cancelled, plugins(), options, nullptr, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "cancelled" ) ), qPrintable( error ) );
      QCOMPARE( seen, stopAt ); // stopped at once
      const QStringList left =
          QDir( QFileInfo( cancelled ).absolutePath() )
              .entryList( { QStringLiteral( "*cancelled %1 %2*" ).arg( mCounter ).arg( stopAt ) }, QDir::Files | QDir::Hidden );
      QVERIFY2( left.isEmpty(), qPrintable( left.join( QStringLiteral( ", " ) ) ) );
    }
    QCOMPARE( fids( source ).size(), 10 );
  }

  void syncProgressAndCancel_data()
  {
    backends();
  }
  void syncProgressAndCancel()
  {
    REQUIRE_BACKEND();
    QString error;
    const QString source = makeSource( postgres, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = tempPath( QStringLiteral( "offline %1.gpkg" ).arg( mCounter ) );
    QVERIFY2( TerritoryCheckout::checkout( source, out, plugins(), extent( 950, 1450 ), nullptr, &error ), qPrintable( error ) );
    QVERIFY( setField( out, 1, QStringLiteral( "power_w" ), QStringLiteral( "999" ) ) );    // goes to the server
    QVERIFY( setField( source, 3, QStringLiteral( "power_w" ), QStringLiteral( "333" ) ) ); // comes offline
    const QByteArray checkoutState = vigie::test::fileChecksum( out );

    // cancelled at each report in turn: nothing changed on either side; at last the sync runs through
    int stopAt = 1;
    for ( ;; ++stopAt )
    {
      QVERIFY( stopAt < 200 );
      int seen = 0;
      qint64 done = 0;
      qint64 total = 0;
      bool monotonic = true;
      SyncOptions options;
      options.mergers = mergers();
      options.progress = [&]( const QString &, qint64 now, qint64 all )
      {
        monotonic = monotonic && now >= done && ( total == 0 || all == total ) && now <= all;
        done = now;
        total = all;
        return ++seen < stopAt;
      };
      SyncReport report;
      const bool ok = TerritoryCheckout::sync( out, plugins(), options, &report, &error );
      QVERIFY2( monotonic, "done never goes back, the total stays" );
      if ( ok )
      {
        // the cancel point was past the last cancellable report: applied, and reported to the end
        QVERIFY( seen < stopAt || done == total );
        QCOMPARE( done, total );
        QCOMPARE( report.updated, 1 );
        QCOMPARE( report.refreshed, 1 );
        break;
      }
      QVERIFY2( error.contains( QStringLiteral( "cancelled" ) ), qPrintable( error ) );
      QCOMPARE( seen, stopAt );
      QCOMPARE( vigie::test::fileChecksum( out ), checkoutState );
      QCOMPARE( field( source, 1, QStringLiteral( "power_w" ) ), QStringLiteral( "10" ) );
      QVERIFY( !TerritoryCheckout::hasPendingSync( out ) );
    }
    QVERIFY2( stopAt >= 4, qPrintable( QString::number( stopAt ) ) ); // several reports, each one a cancel point
    QCOMPARE( field( source, 1, QStringLiteral( "power_w" ) ), QStringLiteral( "999" ) );
    QCOMPARE( field( out, 3, QStringLiteral( "power_w" ) ), QStringLiteral( "333" ) );
  }

  // ---- conflicts resolved (pg-sync2)

  void resolveKeepOffline_data()
  {
    backends();
  }
  void resolveKeepOffline()
  {
    REQUIRE_BACKEND();
    QString error;
    const QString source = makeSource( postgres, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = tempPath( QStringLiteral( "offline %1.gpkg" ).arg( mCounter ) );
    QVERIFY2( TerritoryCheckout::checkout( source, out, plugins(), extent( 950, 1650 ), nullptr, &error ), qPrintable( error ) );
    QVERIFY( setField( out, 2, QStringLiteral( "name" ), QStringLiteral( "local" ) ) ); // same field both sides
    QVERIFY( setField( source, 2, QStringLiteral( "name" ), QStringLiteral( "server" ) ) );
    QVERIFY( deleteFeature( out, 4 ) ); // deleted offline, edited on the server
    QVERIFY( setField( source, 4, QStringLiteral( "name" ), QStringLiteral( "edited" ) ) );
    QVERIFY( deleteFeature( source, 5 ) ); // deleted on the server, edited offline
    QVERIFY( setField( out, 5, QStringLiteral( "name" ), QStringLiteral( "kept" ) ) );
    SyncReport report;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ), qPrintable( error ) );
    QCOMPARE( report.conflicts.size(), 3 );

    QVERIFY2(
        TerritoryCheckout::resolveConflict( out, kTable, QStringLiteral( "2" ), QStringLiteral( "name" ), ConflictSide::Offline, &error ),
        qPrintable( error ) );
    QVERIFY2( TerritoryCheckout::resolveConflict( out, kTable, QStringLiteral( "4" ), QString(), ConflictSide::Offline, &error ),
              qPrintable( error ) );
    QVERIFY2( TerritoryCheckout::resolveConflict( out, kTable, QStringLiteral( "5" ), QString(), ConflictSide::Offline, &error ),
              qPrintable( error ) );
    // the server is only read
    QCOMPARE( field( source, 2, QStringLiteral( "name" ) ), QStringLiteral( "server" ) );
    QCOMPARE( field( out, 2, QStringLiteral( "name" ) ), QStringLiteral( "local" ) );

    // the next sync sends the offline values: the name, the deletion, the row the server had deleted
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ), qPrintable( error ) );
    QVERIFY2( report.conflicts.isEmpty(), QJsonDocument( report.toJson() ).toJson().constData() );
    QCOMPARE( field( source, 2, QStringLiteral( "name" ) ), QStringLiteral( "local" ) );
    QCOMPARE( field( source, 4, QStringLiteral( "name" ) ), QStringLiteral( "<gone>" ) );
    QCOMPARE( countNamed( source, QStringLiteral( "kept" ) ), 1 );
    QCOMPARE( report.updated, 1 );
    QCOMPARE( report.deleted, 1 );
    QCOMPARE( report.inserted, 1 );
    QCOMPARE( countNamed( out, QStringLiteral( "kept" ) ), 1 );
    // and then nothing more to do
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ), qPrintable( error ) );
    QVERIFY2( report.isNoOp() && report.conflicts.isEmpty(), QJsonDocument( report.toJson() ).toJson().constData() );
  }

  void resolveKeepServer_data()
  {
    backends();
  }
  void resolveKeepServer()
  {
    REQUIRE_BACKEND();
    QString error;
    const QString source = makeSource( postgres, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    {
      std::unique_ptr<Territory> server = Territory::open( source, plugins(), Territory::Mode::ReadWrite, &error );
      QVERIFY2( server, qPrintable( error ) );
      Bookmark bookmark;
      bookmark.name = QStringLiteral( "Harbour" );
      bookmark.extent = QRectF( 1000, 2000, 100, 100 );
      QVERIFY2( server->addBookmark( bookmark, &error ), qPrintable( error ) );
    }
    const QString out = tempPath( QStringLiteral( "offline %1.gpkg" ).arg( mCounter ) );
    QVERIFY2( TerritoryCheckout::checkout( source, out, plugins(), extent( 950, 1650 ), nullptr, &error ), qPrintable( error ) );
    QVERIFY( setField( out, 2, QStringLiteral( "name" ), QStringLiteral( "local" ) ) );
    QVERIFY( setField( source, 2, QStringLiteral( "name" ), QStringLiteral( "server" ) ) );
    QVERIFY( deleteFeature( out, 4 ) );
    QVERIFY( setField( source, 4, QStringLiteral( "name" ), QStringLiteral( "edited" ) ) );
    QVERIFY( deleteFeature( source, 5 ) );
    QVERIFY( setField( out, 5, QStringLiteral( "name" ), QStringLiteral( "kept" ) ) );
    // a plain table: the bookmark renamed on both sides
    auto renameBookmark = [&]( const QString &path, const QString &name )
    {
      std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadWrite, &error );
      return db && db->execute( QStringLiteral( "UPDATE vigie_bookmarks SET name = ?" ), { name }, &error );
    };
    QVERIFY2( renameBookmark( out, QStringLiteral( "Offline harbour" ) ), qPrintable( error ) );
    QVERIFY2( renameBookmark( source, QStringLiteral( "Server harbour" ) ), qPrintable( error ) );
    SyncReport report;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ), qPrintable( error ) );
    QCOMPARE( report.conflicts.size(), 4 );
    const QJsonObject bookmarkConflict = conflictFor( report, QStringLiteral( "vigie_bookmarks" ), 1 );
    QVERIFY2( !bookmarkConflict.isEmpty(), QJsonDocument( report.toJson() ).toJson().constData() );

    QVERIFY2(
        TerritoryCheckout::resolveConflict( out, kTable, QStringLiteral( "2" ), QStringLiteral( "name" ), ConflictSide::Server, &error ),
        qPrintable( error ) );
    QCOMPARE( field( out, 2, QStringLiteral( "name" ) ), QStringLiteral( "server" ) );
    QVERIFY2( TerritoryCheckout::resolveConflict( out, kTable, QStringLiteral( "4" ), QString(), ConflictSide::Server, &error ),
              qPrintable( error ) );
    QCOMPARE( field( out, 4, QStringLiteral( "name" ) ), QStringLiteral( "edited" ) );
    QVERIFY2( TerritoryCheckout::resolveConflict( out, kTable, QStringLiteral( "5" ), QString(), ConflictSide::Server, &error ),
              qPrintable( error ) );
    QCOMPARE( field( out, 5, QStringLiteral( "name" ) ), QStringLiteral( "<gone>" ) );
    QVERIFY2( TerritoryCheckout::resolveConflict( out, QStringLiteral( "vigie_bookmarks" ), QStringLiteral( "1" ), QStringLiteral( "name" ),
                                                  ConflictSide::Server, &error ),
              qPrintable( error ) );
    QCOMPARE( Territory::open( out, plugins(), Territory::Mode::ReadOnly, &error )->bookmarks().value( 0 ).name,
              QStringLiteral( "Server harbour" ) );

    // nothing left to merge: no conflict, no write on the server
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ), qPrintable( error ) );
    QVERIFY2( report.conflicts.isEmpty() && report.updated == 0 && report.inserted == 0 && report.deleted == 0,
              QJsonDocument( report.toJson() ).toJson().constData() );
    QCOMPARE( field( source, 2, QStringLiteral( "name" ) ), QStringLiteral( "server" ) );
    QCOMPARE( field( source, 4, QStringLiteral( "name" ) ), QStringLiteral( "edited" ) );
  }

  void resolveRefusesUnknown_data()
  {
    QTest::addColumn<bool>( "postgres" );
    QTest::addColumn<QString>( "table" );
    QTest::addColumn<QString>( "key" );
    QTest::addColumn<QString>( "column" );
    QTest::addColumn<QString>( "named" ); //!< what the message must name
    for ( const bool postgres : { false, true } )
    {
      const char *backend = postgres ? "postgis" : "gpkg";
      QTest::addRow( "%s: unknown table", backend )
          << postgres << QStringLiteral( "nope_table" ) << QStringLiteral( "2" ) << QString() << QStringLiteral( "nope_table" );
      QTest::addRow( "%s: unknown fid", backend ) << postgres << kTable << QStringLiteral( "999" ) << QString() << QStringLiteral( "999" );
      QTest::addRow( "%s: key not a fid", backend )
          << postgres << kTable << QStringLiteral( "abc" ) << QString() << QStringLiteral( "abc" );
      QTest::addRow( "%s: unknown field", backend )
          << postgres << kTable << QStringLiteral( "2" ) << QStringLiteral( "nofield" ) << QStringLiteral( "nofield" );
      QTest::addRow( "%s: unknown bookmark", backend )
          << postgres << QStringLiteral( "vigie_bookmarks" ) << QStringLiteral( "77" ) << QString() << QStringLiteral( "77" );
      QTest::addRow( "%s: checkout table", backend ) << postgres << QStringLiteral( "vigie_checkout_base" ) << QStringLiteral( "1" )
                                                     << QString() << QStringLiteral( "vigie_checkout_base" );
    }
  }
  void resolveRefusesUnknown()
  {
    REQUIRE_BACKEND();
    QFETCH( QString, table );
    QFETCH( QString, key );
    QFETCH( QString, column );
    QFETCH( QString, named );
    QString error;
    const QString source = makeSource( postgres, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = tempPath( QStringLiteral( "offline %1.gpkg" ).arg( mCounter ) );
    QVERIFY2( TerritoryCheckout::checkout( source, out, plugins(), extent( 950, 1650 ), nullptr, &error ), qPrintable( error ) );
    QVERIFY( setField( out, 2, QStringLiteral( "name" ), QStringLiteral( "local" ) ) );
    QVERIFY( setField( source, 2, QStringLiteral( "name" ), QStringLiteral( "server" ) ) );
    const QByteArray checkoutState = vigie::test::fileChecksum( out );
    for ( const ConflictSide side : { ConflictSide::Offline, ConflictSide::Server } )
    {
      error.clear();
      QVERIFY( !TerritoryCheckout::resolveConflict( out, table, key, column, side, &error ) );
      QVERIFY2( error.contains( named ) && error.contains( QStringLiteral( "nothing was changed" ) ), qPrintable( error ) );
      QCOMPARE( vigie::test::fileChecksum( out ), checkoutState );
    }
    QCOMPARE( field( source, 2, QStringLiteral( "name" ) ), QStringLiteral( "server" ) );
    // not a checkout at all
    QVERIFY( !TerritoryCheckout::resolveConflict( tempPath( QStringLiteral( "missing.gpkg" ) ), kTable, QStringLiteral( "2" ), QString(),
                                                  ConflictSide::Offline, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "missing.gpkg" ) ), qPrintable( error ) );
  }

  void recordedSource()
  {
    // the source to record replaces the one opened (a PostGIS connection keeps its authcfg=ID, never a password);
    // a sync with the recorded source leaves authcfg out (libpq does not know it) or takes a resolved override
    QString error;
    const QString source = makeSource( false, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    CheckoutOptions options;
    options.recordedSource = QStringLiteral( "PG:service=vigie authcfg=abc1234 password=secret" );
    const QString out = tempPath( QStringLiteral( "recorded %1.gpkg" ).arg( mCounter ) );
    QVERIFY( !TerritoryCheckout::checkout( source, out, plugins(), options, nullptr, &error ) ); // a file recorded as PostGIS: refused
    QVERIFY2( error.contains( QStringLiteral( "same kind" ) ), qPrintable( error ) );
    QVERIFY( !QFile::exists( out ) );
    if ( !mPgAvailable )
      QSKIP( qPrintable( mSkipReason ) );
    const QString pg = makeSource( true, &error );
    QVERIFY2( !pg.isEmpty(), qPrintable( error ) );
    options.recordedSource = pg + QStringLiteral( " authcfg=abc1234 password=secret" );
    QVERIFY2( TerritoryCheckout::checkout( pg, out, plugins(), options, nullptr, &error ), qPrintable( error ) );
    const QString recorded = TerritoryCheckout::sourceOf( out, &error );
    QVERIFY2( recorded.contains( QStringLiteral( "authcfg=abc1234" ) ) && !recorded.contains( QStringLiteral( "secret" ) ),
              qPrintable( recorded ) );
    // the command line: the recorded source without authcfg (libpq refuses the keyword), credentials from ~/.pgpass
    QVERIFY( setField( out, 2, QStringLiteral( "power_w" ), QStringLiteral( "222" ) ) );
    SyncReport plain;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &plain, &error ), qPrintable( error ) );
    QCOMPARE( plain.updated, 1 );
    QCOMPARE( field( pg, 2, QStringLiteral( "power_w" ) ), QStringLiteral( "222" ) );
    QVERIFY( setField( out, 1, QStringLiteral( "power_w" ), QStringLiteral( "999" ) ) );
    SyncOptions syncOptions;
    syncOptions.sourceOverride = pg; // what the desktop passes once QGIS resolved authcfg
    SyncReport report;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), syncOptions, &report, &error ), qPrintable( error ) );
    QCOMPARE( report.updated, 1 );
    QCOMPARE( field( pg, 1, QStringLiteral( "power_w" ) ), QStringLiteral( "999" ) );
  }

  void tenantsCommuneRole()
  {
    // a PostGIS territory with communes as tenants (`territory tenants`): a commune's staff check out
    // their commune, edit offline and sync back; the tenant column stays the server's (trigger), and
    // a write that row-level security refuses fails the sync with nothing changed
    if ( !mPgAvailable )
      QSKIP( qPrintable( mSkipReason ) );
    QString error;
    const QString source = makeSource( true, &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString prefix = QStringLiteral( "k%1" ).arg( QCoreApplication::applicationPid() );
    const QString staff = prefix + QStringLiteral( "_ouest" );
    {
      std::unique_ptr<SqlConnection> admin = SqlConnection::open( source, SqlConnection::Mode::ReadWrite, &error );
      QVERIFY2( admin, qPrintable( error ) );
      // commune 29001 holds fids 1..5 (x 1000..1400), 29002 fids 6..10
      QVERIFY2( admin->execute( QStringLiteral( "INSERT INTO territory_communes (insee_code, name, geom) VALUES "
                                                "('29001', 'Ouest', ST_Multi(ST_MakeEnvelope(950, 1900, 1450, 2100, "
                                                "(SELECT srid FROM geometry_columns WHERE f_table_name = 'territory_communes')))), "
                                                "('29002', 'Est', ST_Multi(ST_MakeEnvelope(1450, 1900, 2000, 2100, "
                                                "(SELECT srid FROM geometry_columns WHERE f_table_name = 'territory_communes'))))" ),
                                {}, &error ),
                qPrintable( error ) );
      TerritoryTenants::Options options;
      options.prefix = prefix;
      QVERIFY2( TerritoryTenants::apply( source, options, nullptr, &error ), qPrintable( error ) );
      QVERIFY2( admin->execute( QStringLiteral( "CREATE ROLE %1 LOGIN IN ROLE %2" )
                                    .arg( staff, TerritoryTenants::communeRole( prefix, QStringLiteral( "29001" ) ) ),
                                {}, &error ),
                qPrintable( error ) );
    }
    const QString column = TerritoryTenants::communeColumn();
    QCOMPARE( field( source, 1, column ), QStringLiteral( "29001" ) );

    const QString asStaff = source + QStringLiteral( " user=" ) + staff;
    const QString out = tempPath( QStringLiteral( "commune %1.gpkg" ).arg( mCounter ) );
    CheckoutFilter commune;
    commune.commune = QStringLiteral( "29001" );
    CheckoutResult result;
    QVERIFY2( TerritoryCheckout::checkout( asStaff, out, plugins(), commune, &result, &error ), qPrintable( error ) );
    QCOMPARE( fids( out ), ( QList<qint64>{ 1, 2, 3, 4, 5 } ) );
    {
      std::unique_ptr<GDALDataset> dataset = openDataset( out );
      OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.toUtf8().constData() ) : nullptr;
      QVERIFY( layer );
      QCOMPARE( layer->GetLayerDefn()->GetFieldIndex( column.toUtf8().constData() ), -1 ); // the server's column is not carried
    }

    // offline: an edit, a move inside the commune, a new feature
    QVERIFY( setField( out, 1, QStringLiteral( "power_w" ), QStringLiteral( "999" ) ) );
    QVERIFY( moveFeature( out, 2, 1120.5, 2010 ) );
    {
      std::unique_ptr<Territory> local = Territory::open( out, plugins(), Territory::Mode::ReadWrite, &error );
      QVERIFY2( local, qPrintable( error ) );
      Feature feature;
      feature.wkb = vigie::test::pointWkb( 1250, 2050 );
      feature.attributes = { { QStringLiteral( "name" ), QStringLiteral( "new in commune" ) }, { QStringLiteral( "power_w" ), 7 } };
      QVERIFY2( local->addFeatures( QStringLiteral( "water:assets" ), { feature }, &error ), qPrintable( error ) );
    }
    SyncReport report;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &report, &error, mergers() ), qPrintable( error ) );
    QVERIFY2( report.conflicts.isEmpty(), QJsonDocument( report.toJson() ).toJson().constData() );
    QCOMPARE( report.updated, 2 );
    QCOMPARE( report.inserted, 1 );
    QCOMPARE( field( source, 1, QStringLiteral( "power_w" ) ), QStringLiteral( "999" ) );
    QCOMPARE( geometryOf( source, 2 ), QStringLiteral( "1120.5 2010" ) );
    QCOMPARE( countNamed( source, QStringLiteral( "new in commune" ) ), 1 );
    for ( qint64 fid = 1; fid <= 5; ++fid )
      QCOMPARE( field( source, fid, column ), QStringLiteral( "29001" ) );
    QCOMPARE( report.newIds.size(), 1 );
    const qint64 serverFid = report.newIds.at( 0 ).toObject().value( QStringLiteral( "server" ) ).toVariant().toLongLong();
    QCOMPARE( field( source, serverFid, column ), QStringLiteral( "29001" ) ); // set by the server's trigger
    SyncReport again;
    QVERIFY2( TerritoryCheckout::sync( out, plugins(), false, &again, &error, mergers() ), qPrintable( error ) );
    QVERIFY2( again.isNoOp(), QJsonDocument( again.toJson() ).toJson().constData() );

    // moving a feature into the other commune: refused by row-level security, nothing changed on either side
    QVERIFY( setField( out, 4, QStringLiteral( "power_w" ), QStringLiteral( "444" ) ) );
    QVERIFY( moveFeature( out, 3, 1700, 2000 ) );
    const QByteArray checkoutState = vigie::test::fileChecksum( out );
    const QString geometry3 = geometryOf( source, 3 );
    SyncReport refused;
    QVERIFY( !TerritoryCheckout::sync( out, plugins(), false, &refused, &error, mergers() ) );
    QVERIFY2( error.contains( QStringLiteral( "row-level security" ) ) && error.contains( QStringLiteral( "nothing was changed" ) ),
              qPrintable( error ) );
    QVERIFY2( !error.contains( column ), qPrintable( error ) ); // the sync never writes the tenant column
    QCOMPARE( vigie::test::fileChecksum( out ), checkoutState );
    QCOMPARE( geometryOf( source, 3 ), geometry3 );
    QCOMPARE( field( source, 3, column ), QStringLiteral( "29001" ) );
    QCOMPARE( field( source, 4, QStringLiteral( "power_w" ) ), QStringLiteral( "40" ) );

    // a checkout taken by the owner (every commune) synchronised as the commune's staff: that role
    // does not see the other commune's features, which the sync would take as deleted on the server;
    // refused, naming both roles, nothing changed on either side
    const QString wide = tempPath( QStringLiteral( "owner %1.gpkg" ).arg( mCounter ) );
    QVERIFY2( TerritoryCheckout::checkout( source, wide, plugins(), CheckoutFilter(), nullptr, &error ), qPrintable( error ) );
    QVERIFY( fids( wide ).contains( 6 ) ); // the other commune's features are in it
    QVERIFY( setField( wide, 7, QStringLiteral( "power_w" ), QStringLiteral( "777" ) ) );
    const QByteArray wideState = vigie::test::fileChecksum( wide );
    SyncOptions asOtherRole;
    asOtherRole.mergers = mergers();
    asOtherRole.sourceOverride = asStaff;
    SyncReport otherRole;
    QVERIFY( !TerritoryCheckout::sync( wide, plugins(), asOtherRole, &otherRole, &error ) );
    QVERIFY2( error.contains( staff ) && error.contains( QStringLiteral( "synchronise as" ) ) &&
                  error.contains( QStringLiteral( "nothing was changed" ) ),
              qPrintable( error ) );
    asOtherRole.dryRun = true;
    QVERIFY( !TerritoryCheckout::sync( wide, plugins(), asOtherRole, &otherRole, &error ) );
    QVERIFY2( error.contains( staff ), qPrintable( error ) );
    QCOMPARE( vigie::test::fileChecksum( wide ), wideState );
    QVERIFY( fids( wide ).contains( 6 ) );
    QCOMPARE( field( source, 7, QStringLiteral( "power_w" ) ), QStringLiteral( "70" ) );
    // as the role that took it, the sync goes through
    SyncReport asOwner;
    QVERIFY2( TerritoryCheckout::sync( wide, plugins(), false, &asOwner, &error, mergers() ), qPrintable( error ) );
    QCOMPARE( field( source, 7, QStringLiteral( "power_w" ) ), QStringLiteral( "777" ) );
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
