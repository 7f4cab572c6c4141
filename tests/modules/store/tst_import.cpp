// SPDX-License-Identifier: GPL-2.0-or-later
#include "importer.h"
#include "storetestplugin.h"
#include "territory.h"
#include "vigietest.h"

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>

using namespace vigie;
using vigie::test::StoreTestPlugin;

namespace
{
  //! Reference points (WGS 84 lon/lat -> RGF93 / Lambert-93).
  struct Reference
  {
    double lon, lat, x, y;
  };
  // The Lambert-93 projection origin: by the definition of EPSG:2154 (false easting 700 000 m,
  // false northing 6 600 000 m at 3°E 46.5°N) it maps exactly to (700000, 6600000).
  const Reference kOrigin{ 3.0, 46.5, 700000.0, 6600000.0 };
  // Place de la Comédie, Montpellier. Reference from PROJ's cs2cs (proj-bin, PROJ 9.1.1):
  //   echo "43.6083 3.8797" | cs2cs -f %.4f EPSG:4326 EPSG:2154  ->  771040.8510 6279200.9974
  const Reference kComedie{ 3.8797, 43.6083, 771040.8510, 6279200.9974 };

  struct SourceRow
  {
    double x;
    double y;
    QString name;
    QString power;
    QString installed;
  };

  //! Writes a point source with OGR (fields as strings, like most exchange files).
  void writePoints( const QString &path, const char *driver, int epsg, const QList<SourceRow> &rows, const QStringList &fieldNames = {} )
  {
    GDALAllRegister();
    GDALDriver *gdalDriver = GetGDALDriverManager()->GetDriverByName( driver );
    QVERIFY( gdalDriver );
    std::unique_ptr<GDALDataset> dataset( gdalDriver->Create( path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr ) );
    QVERIFY( dataset );
    OGRSpatialReference srs;
    srs.importFromEPSG( epsg );
    srs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    OGRLayer *layer = dataset->CreateLayer( "points", &srs, wkbPoint, nullptr );
    QVERIFY( layer );
    const QStringList names = fieldNames.isEmpty()
                                  ? QStringList{ QStringLiteral( "name" ), QStringLiteral( "power_w" ), QStringLiteral( "installed" ) }
                                  : fieldNames;
    for ( const QString &name : names )
    {
      OGRFieldDefn defn( name.toUtf8().constData(), OFTString );
      QCOMPARE( layer->CreateField( &defn ), OGRERR_NONE );
    }
    for ( const SourceRow &row : rows )
    {
      OGRFeature feature( layer->GetLayerDefn() );
      OGRPoint point( row.x, row.y );
      feature.SetGeometry( &point );
      const QStringList values{ row.name, row.power, row.installed };
      for ( int i = 0; i < names.size() && i < values.size(); ++i )
      {
        if ( !values.at( i ).isNull() )
          feature.SetField( i, values.at( i ).toUtf8().constData() );
      }
      QCOMPARE( layer->CreateFeature( &feature ), OGRERR_NONE );
    }
  }

  void writeText( const QString &path, const QByteArray &text )
  {
    QFile file( path );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( text );
  }

  //! x, y of a point WKB.
  QPointF pointOf( const QByteArray &wkb )
  {
    OGRGeometry *geometry = nullptr;
    if ( OGRGeometryFactory::createFromWkb( wkb.constData(), nullptr, &geometry, wkb.size() ) != OGRERR_NONE || !geometry )
      return QPointF( qQNaN(), qQNaN() );
    QPointF p;
    if ( wkbFlatten( geometry->getGeometryType() ) == wkbPoint )
      p = QPointF( geometry->toPoint()->getX(), geometry->toPoint()->getY() );
    else
      p = QPointF( qQNaN(), qQNaN() );
    OGRGeometryFactory::destroyGeometry( geometry );
    return p;
  }
} // namespace

class TestImport : public vigie::test::Test
{
  Q_OBJECT

private:
  StoreTestPlugin mPlugin;

  std::unique_ptr<Territory> newTerritory( const QString &name )
  {
    TerritoryInfo info;
    info.name = name;
    QString error;
    std::unique_ptr<Territory> territory = Territory::create( tempPath( name + QStringLiteral( ".gpkg" ) ), info, { &mPlugin }, &error );
    if ( !territory )
      qFatal( "%s", qPrintable( error ) );
    return territory;
  }

  ImportOptions assets() const
  {
    ImportOptions options;
    options.targetLayer = QStringLiteral( "water:assets" );
    return options;
  }

private Q_SLOTS:
  void importFormats_data()
  {
    QTest::addColumn<QString>( "format" );
    QTest::newRow( "geopackage" ) << QStringLiteral( "gpkg" );
    QTest::newRow( "geopackage lambert-93" ) << QStringLiteral( "gpkg-l93" );
    QTest::newRow( "geojson" ) << QStringLiteral( "geojson" );
    QTest::newRow( "shapefile" ) << QStringLiteral( "shp" );
    QTest::newRow( "flatgeobuf" ) << QStringLiteral( "fgb" );
    QTest::newRow( "csv lon/lat" ) << QStringLiteral( "csv" );
    QTest::newRow( "csv wkt" ) << QStringLiteral( "csv-wkt" );
  }

  void importFormats()
  {
    QFETCH( QString, format );
    const QList<SourceRow> wgs84{
        { kOrigin.lon, kOrigin.lat, QStringLiteral( "origin" ), QStringLiteral( "70" ), QStringLiteral( "2020-05-04" ) },
        { kComedie.lon, kComedie.lat, QStringLiteral( "Com\u00e9die" ), QStringLiteral( "150" ), QString() } };
    QString source;
    if ( format == QLatin1String( "gpkg" ) )
      writePoints( source = tempPath( QStringLiteral( "src.gpkg" ) ), "GPKG", 4326, wgs84 );
    else if ( format == QLatin1String( "gpkg-l93" ) )
      writePoints( source = tempPath( QStringLiteral( "src93.gpkg" ) ), "GPKG", 2154,
                   { { kOrigin.x, kOrigin.y, QStringLiteral( "origin" ), QStringLiteral( "70" ), QStringLiteral( "2020-05-04" ) },
                     { kComedie.x, kComedie.y, QStringLiteral( "Com\u00e9die" ), QStringLiteral( "150" ), QString() } } );
    else if ( format == QLatin1String( "geojson" ) )
      writePoints( source = tempPath( QStringLiteral( "src.geojson" ) ), "GeoJSON", 4326, wgs84 );
    else if ( format == QLatin1String( "shp" ) )
      writePoints( source = tempPath( QStringLiteral( "src dir \u00e9.shp" ) ), "ESRI Shapefile", 4326, wgs84 );
    else if ( format == QLatin1String( "fgb" ) )
      writePoints( source = tempPath( QStringLiteral( "src.fgb" ) ), "FlatGeobuf", 4326, wgs84 );
    else if ( format == QLatin1String( "csv" ) )
      writeText( source = tempPath( QStringLiteral( "src.csv" ) ),
                 "Longitude,Latitude,name,POWER_W,installed\n3,46.5,origin,70,2020-05-04\n3.8797,43.6083,Com\xc3\xa9"
                 "die,150,\n" );
    else if ( format == QLatin1String( "csv-wkt" ) )
      writeText( source = tempPath( QStringLiteral( "src-wkt.csv" ) ),
                 "WKT,name,power_w,installed\n\"POINT (3 46.5)\",origin,70,2020-05-04\n\"POINT (3.8797 43.6083)\",Com\xc3\xa9"
                 "die,150,\n" );
    if ( QTest::currentTestFailed() )
      return;

    std::unique_ptr<Territory> territory = newTerritory( QStringLiteral( "formats-" ) + format );
    QString error;
    const QMap<QString, QStringList> layers = Importer::inspect( source, &error );
    QVERIFY2( layers.size() == 1, qPrintable( error ) );
    QVERIFY( layers.first().contains( QStringLiteral( "name" ) ) );

    const ImportResult result = Importer::run( *territory, source, assets() );
    QVERIFY2( result.ok, qPrintable( result.error ) );
    QCOMPARE( result.imported, qint64( 2 ) );
    QVERIFY( result.issues.isEmpty() );
    QVERIFY2( result.unmappedSourceFields.isEmpty(), qPrintable( result.unmappedSourceFields.join( QLatin1Char( ',' ) ) ) );

    QList<Feature> features = territory->features( QStringLiteral( "water:assets" ) );
    QCOMPARE( features.size(), 2 );
    // FlatGeobuf stores features in spatial-index order
    if ( features.at( 0 ).attributes.value( QStringLiteral( "name" ) ).toString() != QLatin1String( "origin" ) )
      std::swap( features[0], features[1] );
    const QPointF origin = pointOf( features.at( 0 ).wkb );
    QVERIFY2( qAbs( origin.x() - kOrigin.x ) < 1e-6 && qAbs( origin.y() - kOrigin.y ) < 1e-6,
              qPrintable( QStringLiteral( "%1 %2" ).arg( origin.x(), 0, 'f', 6 ).arg( origin.y(), 0, 'f', 6 ) ) );
    const QPointF comedie = pointOf( features.at( 1 ).wkb );
    QVERIFY2( qAbs( comedie.x() - kComedie.x ) < 1e-3 && qAbs( comedie.y() - kComedie.y ) < 1e-3,
              qPrintable( QStringLiteral( "%1 %2" ).arg( comedie.x(), 0, 'f', 4 ).arg( comedie.y(), 0, 'f', 4 ) ) );
    QCOMPARE( features.at( 0 ).attributes.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "origin" ) );
    QCOMPARE( features.at( 1 ).attributes.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "Com\u00e9die" ) );
    QCOMPARE( features.at( 0 ).attributes.value( QStringLiteral( "power_w" ) ).toInt(), 70 );
    QCOMPARE( features.at( 0 ).attributes.value( QStringLiteral( "installed" ) ).toDate(), QDate( 2020, 5, 4 ) );
    QVERIFY( !features.at( 1 ).attributes.value( QStringLiteral( "installed" ) ).isValid() );
  }

  void fieldMap()
  {
    const QString source = tempPath( QStringLiteral( "mapped.csv" ) );
    writeText( source, "lon,lat,label,watts,colour\n3,46.5,a,10,red\n3.1,46.6,b,20,blue\n" );
    std::unique_ptr<Territory> territory = newTerritory( QStringLiteral( "fieldmap" ) );

    ImportOptions options = assets();
    // unmapped: the required 'name' has no source
    ImportResult result = Importer::run( *territory, source, options );
    QVERIFY( !result.ok );
    QVERIFY2( result.error.contains( QStringLiteral( "field 'name' of layer water:assets is required" ) ), qPrintable( result.error ) );

    options.fieldMap.insert( QStringLiteral( "label" ), QStringLiteral( "name" ) );
    options.fieldMap.insert( QStringLiteral( "watts" ), QStringLiteral( "colour_code" ) );
    result = Importer::run( *territory, source, options );
    QVERIFY( !result.ok );
    QVERIFY2( result.error.contains( QStringLiteral( "has no field 'colour_code'" ) ), qPrintable( result.error ) );

    options.fieldMap.remove( QStringLiteral( "watts" ) );
    options.fieldMap.insert( QStringLiteral( "wats" ), QStringLiteral( "power_w" ) );
    result = Importer::run( *territory, source, options );
    QVERIFY( !result.ok );
    QVERIFY2( result.error.contains( QStringLiteral( "has no field 'wats'" ) ), qPrintable( result.error ) );

    options.fieldMap.remove( QStringLiteral( "wats" ) );
    options.fieldMap.insert( QStringLiteral( "watts" ), QStringLiteral( "power_w" ) );
    result = Importer::run( *territory, source, options );
    QVERIFY2( result.ok, qPrintable( result.error ) );
    QCOMPARE( result.imported, qint64( 2 ) );
    QCOMPARE( result.unmappedSourceFields, QStringList( QStringLiteral( "colour" ) ) );
    const QList<Feature> features = territory->features( QStringLiteral( "water:assets" ) );
    QCOMPARE( features.at( 1 ).attributes.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "b" ) );
    QCOMPARE( features.at( 1 ).attributes.value( QStringLiteral( "power_w" ) ).toInt(), 20 );
  }

  void badRows_data()
  {
    QTest::addColumn<bool>( "skipInvalid" );
    QTest::newRow( "rollback" ) << false;
    QTest::newRow( "skip invalid" ) << true;
  }

  void badRows()
  {
    QFETCH( bool, skipInvalid );
    const QString source = tempPath( QStringLiteral( "bad.csv" ) );
    writeText( source, "lon,lat,name,power_w,installed,active\n"
                       "3,46.5,good,10,2020-01-01,yes\n"
                       "3,46.5,bad number,abc,,\n"
                       "3,46.5,bad date,1,2024-02-30,no\n"
                       ",,no geometry,1,,\n"
                       "3,46.5,bad boolean,1,,maybe\n"
                       "3.1,46.6,also good,,,0\n" );
    std::unique_ptr<Territory> territory = newTerritory( QStringLiteral( "bad-%1" ).arg( skipInvalid ) );
    ImportOptions options = assets();
    options.skipInvalid = skipInvalid;
    const ImportResult result = Importer::run( *territory, source, options );
    QStringList issues;
    for ( const ImportIssue &issue : result.issues )
      issues << issue.toString();
    const QString all = issues.join( QLatin1Char( '\n' ) );
    QCOMPARE( result.issues.size(), 4 );
    QCOMPARE( result.issues.at( 0 ).row, qint64( 2 ) );
    QCOMPARE( result.issues.at( 0 ).field, QStringLiteral( "power_w" ) );
    QCOMPARE( issues.at( 0 ), QStringLiteral( "row 2, field 'power_w': 'abc' is not an integer" ) );
    QCOMPARE( result.issues.at( 1 ).row, qint64( 3 ) );
    QCOMPARE( result.issues.at( 1 ).field, QStringLiteral( "installed" ) );
    QCOMPARE( result.issues.at( 2 ).row, qint64( 4 ) );
    QCOMPARE( result.issues.at( 2 ).field, QStringLiteral( "geometry" ) );
    QCOMPARE( result.issues.at( 3 ).row, qint64( 5 ) );
    QCOMPARE( result.issues.at( 3 ).field, QStringLiteral( "active" ) );
    if ( skipInvalid )
    {
      QVERIFY2( result.ok, qPrintable( result.error ) );
      QCOMPARE( result.imported, qint64( 2 ) );
      QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), qint64( 2 ) );
      const QList<Feature> features = territory->features( QStringLiteral( "water:assets" ) );
      QCOMPARE( features.at( 0 ).attributes.value( QStringLiteral( "active" ) ).toBool(), true );
      QCOMPARE( features.at( 1 ).attributes.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "also good" ) );
      QCOMPARE( features.at( 1 ).attributes.value( QStringLiteral( "active" ) ).toBool(), false );
    }
    else
    {
      QVERIFY( !result.ok );
      QCOMPARE( result.imported, qint64( 0 ) );
      QVERIFY2( result.error.contains( QStringLiteral( "nothing imported" ) ), qPrintable( result.error ) );
      QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), qint64( 0 ) );
    }
    Q_UNUSED( all )
  }

  void geometryChecks()
  {
    std::unique_ptr<Territory> territory = newTerritory( QStringLiteral( "geometry" ) );
    // a polygon is promoted into the MultiPolygon communes layer; a bow tie is refused as invalid
    const QString polygons = tempPath( QStringLiteral( "polygons.geojson" ) );
    writeText( polygons, R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"insee_code":"34172","name":"square"},
         "geometry":{"type":"Polygon","coordinates":[[[3.8,43.6],[3.9,43.6],[3.9,43.65],[3.8,43.65],[3.8,43.6]]]}},
        {"type":"Feature","properties":{"insee_code":"34173","name":"bow tie"},
         "geometry":{"type":"Polygon","coordinates":[[[3.8,43.6],[3.9,43.65],[3.9,43.6],[3.8,43.65],[3.8,43.6]]]}},
        {"type":"Feature","properties":{"insee_code":"3417299","name":"too long code"},
         "geometry":{"type":"Polygon","coordinates":[[[3.8,43.6],[3.9,43.6],[3.9,43.65],[3.8,43.6]]]}}]})" );
    ImportOptions options;
    options.targetLayer = QStringLiteral( "territory:communes" );
    options.skipInvalid = true;
    ImportResult result = Importer::run( *territory, polygons, options );
    QVERIFY2( result.ok, qPrintable( result.error ) );
    QCOMPARE( result.imported, qint64( 1 ) );
    QCOMPARE( result.issues.size(), 2 );
    QCOMPARE( result.issues.at( 0 ).row, qint64( 2 ) );
    // GEOS names the reason
    QVERIFY2( result.issues.at( 0 ).reason.startsWith( QStringLiteral( "invalid geometry: Self-intersection" ) ),
              qPrintable( result.issues.at( 0 ).reason ) );
    QCOMPARE( result.issues.at( 1 ).field, QStringLiteral( "insee_code" ) );
    QVERIFY( result.issues.at( 1 ).reason.contains( QStringLiteral( "longer than 5" ) ) );
    const QList<Feature> communes = territory->features( QStringLiteral( "territory:communes" ) );
    QCOMPARE( static_cast<quint8>( communes.at( 0 ).wkb.at( 1 ) ), quint8( 6 ) ); // MultiPolygon

    // a line cannot go into a point layer
    const QString lines = tempPath( QStringLiteral( "lines.geojson" ) );
    writeText( lines, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a line"},
         "geometry":{"type":"LineString","coordinates":[[3.8,43.6],[3.9,43.6]]}}]})" );
    result = Importer::run( *territory, lines, assets() );
    QVERIFY( !result.ok );
    QCOMPARE( result.issues.size(), 1 );
    QCOMPARE( result.issues.at( 0 ).toString(),
              QStringLiteral( "row 1, field 'geometry': geometry type LineString does not fit a Point layer" ) );
  }

  void badSources()
  {
    std::unique_ptr<Territory> territory = newTerritory( QStringLiteral( "badsources" ) );
    ImportResult result = Importer::run( *territory, tempPath( QStringLiteral( "missing.geojson" ) ), assets() );
    QVERIFY( !result.ok );
    QVERIFY2( result.error.contains( QStringLiteral( "does not exist" ) ), qPrintable( result.error ) );
    const QString garbage = tempPath( QStringLiteral( "garbage.fgb" ) );
    writeText( garbage, QByteArray( 300, 'z' ) );
    result = Importer::run( *territory, garbage, assets() );
    QVERIFY( !result.ok );
    QVERIFY2( result.error.contains( QDir::toNativeSeparators( garbage ) ), qPrintable( result.error ) );
    ImportOptions options = assets();
    options.targetLayer = QStringLiteral( "water:nothing" );
    const QString csv = tempPath( QStringLiteral( "one.csv" ) );
    writeText( csv, "lon,lat,name\n3,46.5,a\n" );
    result = Importer::run( *territory, csv, options );
    QVERIFY( !result.ok );
    QVERIFY2( result.error.contains( QStringLiteral( "no layer 'water:nothing'" ) ), qPrintable( result.error ) );
    options = assets();
    options.sourceLayer = QStringLiteral( "nope" );
    result = Importer::run( *territory, csv, options );
    QVERIFY( !result.ok );
    QVERIFY2( result.error.contains( QStringLiteral( "has no layer 'nope'" ) ), qPrintable( result.error ) );
    options = assets();
    options.sourceCrs = QStringLiteral( "EPSG:0" );
    result = Importer::run( *territory, csv, options );
    QVERIFY( !result.ok );
    QVERIFY2( result.error.contains( QStringLiteral( "source CRS" ) ), qPrintable( result.error ) );
    QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), qint64( 0 ) );
  }

  void cancelThroughProgress()
  {
    QByteArray csv = "lon,lat,name,power_w\n";
    for ( int i = 0; i < 1600; ++i )
      csv += QByteArray( "3.8,43.6,asset " ) + QByteArray::number( i ) + ',' + QByteArray::number( i ) + '\n';
    const QString source = tempPath( QStringLiteral( "many.csv" ) );
    writeText( source, csv );
    std::unique_ptr<Territory> territory = newTerritory( QStringLiteral( "cancel" ) );

    QList<double> fractions;
    ImportResult result = Importer::run( *territory, source, assets(),
                                         [&fractions]( double f )
                                         {
                                           fractions << f;
                                           return fractions.size() < 2; // cancel at the second report
                                         } );
    QVERIFY( !result.ok );
    QVERIFY( result.cancelled );
    QCOMPARE( result.imported, qint64( 0 ) );
    QCOMPARE( fractions.size(), 2 );
    QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), qint64( 0 ) );

    fractions.clear();
    result = Importer::run( *territory, source, assets(),
                            [&fractions]( double f )
                            {
                              fractions << f;
                              return true;
                            } );
    QVERIFY2( result.ok, qPrintable( result.error ) );
    QVERIFY( !result.cancelled );
    QCOMPARE( result.imported, qint64( 1600 ) );
    QVERIFY( fractions.size() >= 3 );
    QVERIFY( std::is_sorted( fractions.cbegin(), fractions.cend() ) );
    QCOMPARE( fractions.constLast(), 1.0 );
    QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), qint64( 1600 ) );
  }

  void exportRoundTrip_data()
  {
    QTest::addColumn<QString>( "fileName" );
    QTest::addColumn<double>( "tolerance" );
    QTest::newRow( "geopackage" ) << QStringLiteral( "export.gpkg" ) << 1e-6;
    QTest::newRow( "geojson" ) << QStringLiteral( "export.geojson" ) << 0.05; // RFC 7946: 7 decimals of a degree
    QTest::newRow( "shapefile" ) << QStringLiteral( "export \u00e9t\u00e9.shp" ) << 1e-6;
  }

  void exportRoundTrip()
  {
    QFETCH( QString, fileName );
    QFETCH( double, tolerance );
    std::unique_ptr<Territory> territory = newTerritory( QStringLiteral( "export-" ) + QFileInfo( fileName ).suffix() );
    Feature a;
    a.wkb = vigie::test::pointWkb( kComedie.x, kComedie.y );
    a.attributes = { { QStringLiteral( "name" ), QStringLiteral( "Com\u00e9die" ) },
                     { QStringLiteral( "power_w" ), 150 },
                     { QStringLiteral( "installed" ), QDate( 2019, 7, 14 ) },
                     { QStringLiteral( "active" ), true } };
    Feature b;
    b.wkb = vigie::test::pointWkb( kOrigin.x, kOrigin.y );
    b.attributes = { { QStringLiteral( "name" ), QStringLiteral( "origin" ) }, { QStringLiteral( "active" ), false } };
    QString error;
    QVERIFY2( territory->addFeatures( QStringLiteral( "water:assets" ), { a, b }, &error ), qPrintable( error ) );

    QDir folder( tempPath( QStringLiteral( "out-" ) + QFileInfo( fileName ).suffix() ) );
    QVERIFY( folder.mkpath( QStringLiteral( "." ) ) );
    const QString destination = folder.filePath( fileName );
    // twice: the second export replaces the first
    QVERIFY2( exportLayer( *territory, QStringLiteral( "water:assets" ), destination, &error ), qPrintable( error ) );
    QVERIFY2( exportLayer( *territory, QStringLiteral( "water:assets" ), destination, &error ), qPrintable( error ) );
    const QStringList files = folder.entryList( QDir::Files | QDir::Hidden );
    for ( const QString &file : files )
      QVERIFY2( QFileInfo( file ).completeBaseName() == QFileInfo( fileName ).completeBaseName(), qPrintable( file ) );

    if ( fileName.endsWith( QLatin1String( ".geojson" ) ) )
    {
      // RFC 7946: WGS 84 longitude, latitude
      const QMap<QString, QStringList> layers = Importer::inspect( destination, &error );
      QCOMPARE( layers.size(), 1 );
      GDALAllRegister();
      std::unique_ptr<GDALDataset> json( GDALDataset::Open( destination.toUtf8().constData(), GDAL_OF_VECTOR ) );
      QVERIFY( json );
      std::unique_ptr<OGRFeature> first( json->GetLayer( 0 )->GetNextFeature() );
      QVERIFY( first && first->GetGeometryRef() );
      QVERIFY( qAbs( first->GetGeometryRef()->toPoint()->getX() - kComedie.lon ) < 1e-6 );
      QVERIFY( qAbs( first->GetGeometryRef()->toPoint()->getY() - kComedie.lat ) < 1e-6 );
    }

    // re-import into a fresh territory
    std::unique_ptr<Territory> copy = newTerritory( QStringLiteral( "reimport-" ) + QFileInfo( fileName ).suffix() );
    const ImportResult result = Importer::run( *copy, destination, assets() );
    QVERIFY2( result.ok, qPrintable( result.error ) );
    QCOMPARE( result.imported, qint64( 2 ) );
    const QList<Feature> features = copy->features( QStringLiteral( "water:assets" ) );
    QCOMPARE( features.size(), 2 );
    QCOMPARE( features.at( 0 ).attributes.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "Com\u00e9die" ) );
    QCOMPARE( features.at( 0 ).attributes.value( QStringLiteral( "power_w" ) ).toInt(), 150 );
    QCOMPARE( features.at( 0 ).attributes.value( QStringLiteral( "installed" ) ).toDate(), QDate( 2019, 7, 14 ) );
    QCOMPARE( features.at( 0 ).attributes.value( QStringLiteral( "active" ) ).toBool(), true );
    QCOMPARE( features.at( 1 ).attributes.value( QStringLiteral( "active" ) ).toBool(), false );
    QVERIFY( !features.at( 1 ).attributes.value( QStringLiteral( "power_w" ) ).isValid() );
    const QPointF p = pointOf( features.at( 0 ).wkb );
    QVERIFY2( qAbs( p.x() - kComedie.x ) < tolerance && qAbs( p.y() - kComedie.y ) < tolerance,
              qPrintable( QStringLiteral( "%1 %2" ).arg( p.x(), 0, 'f', 4 ).arg( p.y(), 0, 'f', 4 ) ) );
  }

  void exportErrors()
  {
    std::unique_ptr<Territory> territory = newTerritory( QStringLiteral( "exporterrors" ) );
    QString error;
    QVERIFY( !exportLayer( *territory, QStringLiteral( "water:assets" ), tempPath( QStringLiteral( "out.xlsx" ) ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "unsupported export format" ) ), qPrintable( error ) );
    QVERIFY( !exportLayer( *territory, QStringLiteral( "water:nothing" ), tempPath( QStringLiteral( "out.gpkg" ) ), &error ) );
    QVERIFY( error.contains( QStringLiteral( "water:nothing" ) ) );
    QVERIFY( !exportLayer( *territory, QStringLiteral( "water:assets" ), tempPath( QStringLiteral( "no/folder/out.gpkg" ) ), &error ) );
    QVERIFY( error.contains( QStringLiteral( "folder does not exist" ) ) );
    QVERIFY( !exportLayer( *territory, QStringLiteral( "water:assets" ), territory->path(), &error ) );
  }
};

QTEST_GUILESS_MAIN( TestImport )
#include "tst_import.moc"
