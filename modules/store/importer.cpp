// SPDX-License-Identifier: GPL-2.0-or-later
#include "importer.h"

#include "log.h"
#include "storeutil.h"
#include "territory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <system_error>
#include <vector>

namespace vigie
{
  using store::displayPath;
  using store::GdalErrorCapture;

  namespace
  {
    const QString kTopic = QStringLiteral( "import" );
    //! Issues kept in an ImportResult; the rest are counted in one last line.
    constexpr int kMaxIssues = 1000;
    //! Progress is reported every this many features.
    constexpr int kProgressStep = 500;

    bool isCsv( const QString &path )
    {
      const QString suffix = QFileInfo( path ).suffix().toLower();
      return suffix == QLatin1String( "csv" ) || suffix == QLatin1String( "tsv" );
    }

    //! Opens any vector source GDAL reads; CSV with coordinate columns (x/lon/...) or a WKT column.
    store::DatasetPtr openSource( const QString &source, QString *error )
    {
      store::ensureGdal();
      if ( !QFileInfo::exists( source ) )
      {
        *error = QCoreApplication::translate( "vigie", "%1 does not exist" ).arg( displayPath( source ) );
        return store::DatasetPtr();
      }
      const char *csvOptions[] = { "X_POSSIBLE_NAMES=x,lon,lng,long,longitude,easting",
                                   "Y_POSSIBLE_NAMES=y,lat,latitude,northing",
                                   "GEOM_POSSIBLE_NAMES=wkt,geom,geometry,the_geom",
                                   "KEEP_GEOM_COLUMNS=NO",
                                   "AUTODETECT_TYPE=NO",
                                   nullptr };
      GdalErrorCapture capture;
      store::DatasetPtr dataset(
          GDALDataset::FromHandle( GDALOpenEx( store::gdalPath( source ).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                               isCsv( source ) ? csvOptions : nullptr, nullptr ) ) );
      if ( !dataset )
        *error = QCoreApplication::translate( "vigie", "%1: not a vector data source GDAL can read: %2" )
                     .arg( displayPath( source ), capture.lastMessage() );
      return dataset;
    }

    ImportIssue issue( qint64 row, const QString &field, const QString &reason )
    {
      ImportIssue i;
      i.row = row;
      i.field = field;
      i.reason = reason;
      return i;
    }

    //! std::filesystem path of a QString path (UTF-8 on POSIX, UTF-16 on Windows).
    std::filesystem::path fsPath( const QString &path )
    {
#ifdef Q_OS_WIN
      return std::filesystem::path( path.toStdWString() );
#else
      return std::filesystem::path( QFile::encodeName( path ).toStdString() );
#endif
    }
  } // namespace

  QString ImportIssue::toString() const
  {
    if ( field.isEmpty() )
      return QCoreApplication::translate( "vigie", "row %1: %2" ).arg( row ).arg( reason );
    return QCoreApplication::translate( "vigie", "row %1, field '%2': %3" ).arg( row ).arg( field, reason );
  }

  QMap<QString, QStringList> Importer::inspect( const QString &source, QString *errorMessage )
  {
    QMap<QString, QStringList> layers;
    QString error;
    store::DatasetPtr dataset = openSource( source, &error );
    if ( !dataset )
    {
      if ( errorMessage )
        *errorMessage = error;
      return layers;
    }
    for ( int i = 0; i < dataset->GetLayerCount(); ++i )
    {
      OGRLayer *layer = dataset->GetLayer( i );
      QStringList fields;
      OGRFeatureDefn *defn = layer->GetLayerDefn();
      for ( int f = 0; f < defn->GetFieldCount(); ++f )
        fields << QString::fromUtf8( defn->GetFieldDefn( f )->GetNameRef() );
      layers.insert( QString::fromUtf8( layer->GetName() ), fields );
    }
    return layers;
  }

  ImportResult Importer::run( Territory &territory, const QString &source, const ImportOptions &options, const Progress &progress )
  {
    ImportResult result;
    auto fail = [&result]( const QString &message )
    {
      result.ok = false;
      result.error = message;
      return result;
    };
    if ( territory.isReadOnly() )
      return fail( QCoreApplication::translate( "vigie", "%1 is open read-only" ).arg( displayPath( territory.path() ) ) );
    const LayerSchema *schema = territory.layer( options.targetLayer );
    if ( !schema )
      return fail( QCoreApplication::translate( "vigie", "the territory has no layer '%1'" ).arg( options.targetLayer ) );
    OGRLayer *target = territory.dataset()->GetLayerByName( schema->tableName().toUtf8().constData() );
    if ( !target )
      return fail( QCoreApplication::translate( "vigie", "the territory has no table %1" ).arg( schema->tableName() ) );

    QString error;
    store::DatasetPtr dataset = openSource( source, &error );
    if ( !dataset )
      return fail( error );
    OGRLayer *layer = nullptr;
    if ( options.sourceLayer.isEmpty() )
      layer = dataset->GetLayerCount() > 0 ? dataset->GetLayer( 0 ) : nullptr;
    else
      layer = dataset->GetLayerByName( options.sourceLayer.toUtf8().constData() );
    if ( !layer )
    {
      QStringList names;
      for ( int i = 0; i < dataset->GetLayerCount(); ++i )
        names << QString::fromUtf8( dataset->GetLayer( i )->GetName() );
      return fail( QCoreApplication::translate( "vigie", "%1 has no layer '%2' (layers: %3)" )
                       .arg( displayPath( source ), options.sourceLayer, names.join( QStringLiteral( ", " ) ) ) );
    }

    // ---- field mapping: source index -> target index
    OGRFeatureDefn *sourceDefn = layer->GetLayerDefn();
    OGRFeatureDefn *targetDefn = target->GetLayerDefn();
    QStringList sourceFields;
    for ( int i = 0; i < sourceDefn->GetFieldCount(); ++i )
      sourceFields << QString::fromUtf8( sourceDefn->GetFieldDefn( i )->GetNameRef() );
    struct Mapping
    {
      int source;
      int target;
      FieldSchema field;
    };
    QList<Mapping> mappings;
    QSet<int> mappedTargets;
    QSet<int> mappedSources;
    auto targetIndex = [&]( const QString &name ) { return targetDefn->GetFieldIndex( name.toUtf8().constData() ); };
    auto fieldSchema = [&]( int index ) { return store::storedFieldSchema( *schema, *targetDefn->GetFieldDefn( index ) ); };
    for ( auto it = options.fieldMap.constBegin(); it != options.fieldMap.constEnd(); ++it )
    {
      const int s = static_cast<int>( sourceFields.indexOf( it.key() ) );
      if ( s < 0 )
        return fail( QCoreApplication::translate( "vigie", "field map: %1 has no field '%2' (fields: %3)" )
                         .arg( displayPath( source ), it.key(), sourceFields.join( QStringLiteral( ", " ) ) ) );
      const int t = targetIndex( it.value() );
      if ( t < 0 )
        return fail(
            QCoreApplication::translate( "vigie", "field map: layer %1 has no field '%2'" ).arg( schema->qualifiedName(), it.value() ) );
      if ( mappedTargets.contains( t ) )
        return fail( QCoreApplication::translate( "vigie", "field map: field '%1' of layer %2 is mapped twice" )
                         .arg( it.value(), schema->qualifiedName() ) );
      mappings.append( { s, t, fieldSchema( t ) } );
      mappedTargets.insert( t );
      mappedSources.insert( s );
    }
    for ( int s = 0; s < sourceFields.size(); ++s )
    {
      if ( mappedSources.contains( s ) )
        continue;
      int found = -1;
      for ( int t = 0; t < targetDefn->GetFieldCount(); ++t )
      {
        if ( QString::fromUtf8( targetDefn->GetFieldDefn( t )->GetNameRef() ).compare( sourceFields.at( s ), Qt::CaseInsensitive ) == 0 )
          found = t;
      }
      if ( found < 0 || mappedTargets.contains( found ) )
      {
        result.unmappedSourceFields << sourceFields.at( s );
        continue;
      }
      mappings.append( { s, found, fieldSchema( found ) } );
      mappedTargets.insert( found );
    }
    for ( int t = 0; t < targetDefn->GetFieldCount(); ++t )
    {
      const FieldSchema field = fieldSchema( t );
      if ( field.notNull && !mappedTargets.contains( t ) )
        return fail( QCoreApplication::translate( "vigie", "field '%1' of layer %2 is required but no source field maps to it" )
                         .arg( field.name, schema->qualifiedName() ) );
    }

    // ---- reprojection
    const bool hasGeometry = schema->geometry != GeometryType::None;
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if ( hasGeometry )
    {
      OGRSpatialReference targetSrs;
      if ( !store::parseCrs( territory.info().crs, targetSrs, &error ) )
        return fail( QCoreApplication::translate( "vigie", "territory CRS: %1" ).arg( error ) );
      OGRSpatialReference sourceSrs;
      if ( !options.sourceCrs.isEmpty() )
      {
        if ( !store::parseCrs( options.sourceCrs, sourceSrs, &error ) )
          return fail( QCoreApplication::translate( "vigie", "source CRS: %1" ).arg( error ) );
      }
      else if ( const OGRSpatialReference *own = layer->GetSpatialRef() )
      {
        sourceSrs = *own;
        sourceSrs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
      }
      else
        store::parseCrs( QStringLiteral( "EPSG:4326" ), sourceSrs, &error );
      if ( !sourceSrs.IsSame( &targetSrs ) )
      {
        GdalErrorCapture capture;
        transform.reset( OGRCreateCoordinateTransformation( &sourceSrs, &targetSrs ) );
        if ( !transform )
          return fail( QCoreApplication::translate( "vigie", "no coordinate transformation from the source CRS to %1: %2" )
                           .arg( territory.info().crs, capture.lastMessage() ) );
      }
    }

    // ---- features, in one transaction
    GdalErrorCapture capture;
    GDALDataset *territoryDataset = territory.dataset();
    if ( territoryDataset->StartTransaction() != OGRERR_NONE )
      return fail( QCoreApplication::translate( "vigie", "%1: cannot start a transaction: %2" )
                       .arg( displayPath( territory.path() ), capture.lastMessage() ) );

    const GIntBig total = layer->GetFeatureCount( TRUE );
    qint64 row = 0;
    qint64 rejectedIssues = 0;
    qint64 written = 0;
    auto addIssue = [&]( const ImportIssue &i )
    {
      if ( result.issues.size() < kMaxIssues )
        result.issues << i;
      else
        ++rejectedIssues;
    };
    bool anyIssue = false;
    layer->ResetReading();
    while ( store::FeaturePtr feature{ layer->GetNextFeature() } )
    {
      ++row;
      bool featureOk = true;
      store::FeaturePtr out( OGRFeature::CreateFeature( targetDefn ) );
      if ( hasGeometry )
      {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if ( !geometry || geometry->IsEmpty() )
        {
          addIssue( issue( row, QStringLiteral( "geometry" ), QCoreApplication::translate( "vigie", "no geometry" ) ) );
          featureOk = false;
        }
        else
        {
          store::GeometryPtr copy( geometry->clone() );
          QString reason;
          if ( transform && copy->transform( transform.get() ) != OGRERR_NONE )
          {
            addIssue( issue( row, QStringLiteral( "geometry" ),
                             QCoreApplication::translate( "vigie", "reprojection failed: %1" ).arg( capture.lastMessage() ) ) );
            featureOk = false;
          }
          else if ( !( copy = store::conformGeometry( std::move( copy ), schema->geometry, &reason ) ) )
          {
            addIssue( issue( row, QStringLiteral( "geometry" ), reason ) );
            featureOk = false;
          }
          else
          {
            capture.clear();
            if ( !copy->IsValid() )
            {
              const QStringList messages = capture.messages();
              addIssue( issue( row, QStringLiteral( "geometry" ),
                               messages.isEmpty()
                                   ? QCoreApplication::translate( "vigie", "invalid geometry" )
                                   : QCoreApplication::translate( "vigie", "invalid geometry: %1" ).arg( messages.constLast() ) ) );
              featureOk = false;
            }
            else
              out->SetGeometryDirectly( copy.release() );
          }
        }
      }
      else if ( feature->GetGeometryRef() && !feature->GetGeometryRef()->IsEmpty() )
      {
        // a geometry for a table without one: dropped, not an error
      }
      for ( const Mapping &mapping : std::as_const( mappings ) )
      {
        QVariant value = store::fieldValue( *feature, mapping.source );
        QString reason;
        if ( !store::setFieldValue( *out, mapping.target, mapping.field, value, &reason ) )
        {
          addIssue( issue( row, sourceFields.at( mapping.source ), reason ) );
          featureOk = false;
        }
      }
      if ( !featureOk )
        anyIssue = true;
      else if ( !anyIssue || options.skipInvalid )
      {
        capture.clear();
        if ( target->CreateFeature( out.get() ) != OGRERR_NONE )
        {
          addIssue( issue( row, QString(), capture.lastMessage() ) );
          anyIssue = true;
        }
        else
          ++written;
      }
      if ( progress && row % kProgressStep == 0 )
      {
        if ( !progress( total > 0 ? std::min( 1.0, double( row ) / double( total ) ) : 0.0 ) )
        {
          territoryDataset->RollbackTransaction();
          result.cancelled = true;
          result.imported = 0;
          return fail( QCoreApplication::translate( "vigie", "import of %1 cancelled at row %2; nothing imported" )
                           .arg( displayPath( source ) )
                           .arg( row ) );
        }
      }
    }
    if ( rejectedIssues > 0 )
      result.issues << issue( 0, QString(), QCoreApplication::translate( "vigie", "%1 more issues not listed" ).arg( rejectedIssues ) );

    if ( anyIssue && !options.skipInvalid )
    {
      territoryDataset->RollbackTransaction();
      result.imported = 0;
      return fail( QCoreApplication::translate( "vigie", "%1: %2 issues, nothing imported (first: %3)" )
                       .arg( displayPath( source ) )
                       .arg( result.issues.size() + rejectedIssues - ( rejectedIssues > 0 ? 1 : 0 ) )
                       .arg( result.issues.constFirst().toString() ) );
    }
    if ( progress && !progress( 1.0 ) )
    {
      territoryDataset->RollbackTransaction();
      result.cancelled = true;
      return fail( QCoreApplication::translate( "vigie", "import of %1 cancelled; nothing imported" ).arg( displayPath( source ) ) );
    }
    capture.clear();
    if ( territoryDataset->CommitTransaction() != OGRERR_NONE )
    {
      territoryDataset->RollbackTransaction();
      return fail(
          QCoreApplication::translate( "vigie", "%1: cannot commit: %2" ).arg( displayPath( territory.path() ), capture.lastMessage() ) );
    }
    result.ok = true;
    result.imported = written;
    logMessage( LogLevel::Info, kTopic,
                QCoreApplication::translate( "vigie", "imported %1 features from %2 into %3 (%4 skipped)" )
                    .arg( written )
                    .arg( displayPath( source ), schema->qualifiedName() )
                    .arg( row - written ) );
    return result;
  }

  bool exportLayer( const Territory &territory, const QString &qualifiedLayer, const QString &destination, QString *errorMessage )
  {
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    const LayerSchema *schema = territory.layer( qualifiedLayer );
    if ( !schema )
      return fail( QCoreApplication::translate( "vigie", "the territory has no layer '%1'" ).arg( qualifiedLayer ) );
    const QFileInfo target( destination );
    const QString suffix = target.suffix().toLower();
    QString driver;
    QStringList arguments;
    if ( suffix == QLatin1String( "gpkg" ) )
      driver = QStringLiteral( "GPKG" );
    else if ( suffix == QLatin1String( "geojson" ) || suffix == QLatin1String( "json" ) )
    {
      driver = QStringLiteral( "GeoJSON" );
      arguments << QStringLiteral( "-t_srs" ) << QStringLiteral( "EPSG:4326" ) << QStringLiteral( "-lco" )
                << QStringLiteral( "RFC7946=YES" );
    }
    else if ( suffix == QLatin1String( "shp" ) )
    {
      driver = QStringLiteral( "ESRI Shapefile" );
      arguments << QStringLiteral( "-lco" ) << QStringLiteral( "ENCODING=UTF-8" );
    }
    else
      return fail( QCoreApplication::translate( "vigie", "%1: unsupported export format '%2' (use .gpkg, .geojson or .shp)" )
                       .arg( displayPath( destination ), suffix ) );
    if ( !target.absoluteDir().exists() )
      return fail( QCoreApplication::translate( "vigie", "%1: the folder does not exist" ).arg( displayPath( destination ) ) );
    if ( target.absoluteFilePath() == QFileInfo( territory.path() ).absoluteFilePath() )
      return fail(
          QCoreApplication::translate( "vigie", "%1: cannot export a layer over its own territory" ).arg( displayPath( destination ) ) );

    // written under a temporary name in the same folder, then renamed over the target
    const QString base = QStringLiteral( ".%1.export-%2" ).arg( target.completeBaseName() ).arg( QCoreApplication::applicationPid() );
    const QString temporary = target.absoluteDir().filePath( base + QLatin1Char( '.' ) + target.suffix() );
    static const QStringList shapefileParts{ QStringLiteral( "shp" ), QStringLiteral( "shx" ), QStringLiteral( "dbf" ),
                                             QStringLiteral( "prj" ), QStringLiteral( "cpg" ), QStringLiteral( "qix" ),
                                             QStringLiteral( "sbn" ), QStringLiteral( "sbx" ) };
    const QStringList parts = driver == QLatin1String( "ESRI Shapefile" ) ? shapefileParts : QStringList( target.suffix() );
    auto partPath = [&]( const QString &name, const QString &extension )
    { return target.absoluteDir().filePath( name + QLatin1Char( '.' ) + extension ); };
    auto removeTemporary = [&]()
    {
      for ( const QString &extension : parts )
        QFile::remove( partPath( base, extension ) );
    };
    removeTemporary();

    arguments.prepend( driver );
    arguments.prepend( QStringLiteral( "-f" ) );
    const QString layerName = driver == QLatin1String( "ESRI Shapefile" ) ? base : schema->tableName();
    arguments << QStringLiteral( "-nln" ) << layerName << schema->tableName();
    QList<QByteArray> storage;
    for ( const QString &argument : std::as_const( arguments ) )
      storage << argument.toUtf8();
    std::vector<char *> argv;
    for ( QByteArray &argument : storage )
      argv.push_back( argument.data() );
    argv.push_back( nullptr );

    GdalErrorCapture capture;
    GDALVectorTranslateOptions *translateOptions = GDALVectorTranslateOptionsNew( argv.data(), nullptr );
    if ( !translateOptions )
      return fail( QCoreApplication::translate( "vigie", "%1: %2" ).arg( displayPath( destination ), capture.lastMessage() ) );
    GDALDatasetH sourceHandle = GDALDataset::ToHandle( territory.dataset() );
    int usageError = FALSE;
    GDALDatasetH out =
        GDALVectorTranslate( store::gdalPath( temporary ).constData(), nullptr, 1, &sourceHandle, translateOptions, &usageError );
    GDALVectorTranslateOptionsFree( translateOptions );
    const bool written = out != nullptr;
    if ( out )
      GDALClose( out );
    if ( !written || capture.hasFailure() )
    {
      removeTemporary();
      return fail(
          QCoreApplication::translate( "vigie", "%1: export failed: %2" ).arg( displayPath( destination ), capture.lastMessage() ) );
    }

    // move every part into place; for a shapefile, stale sidecars of an older export go
    const QString finalBase = target.completeBaseName();
    for ( const QString &extension : parts )
    {
      const QString from = partPath( base, extension );
      const QString to = parts.size() > 1 ? partPath( finalBase, extension ) : target.absoluteFilePath();
      if ( !QFileInfo::exists( from ) )
      {
        QFile::remove( to );
        continue;
      }
      std::error_code code;
      std::filesystem::rename( fsPath( from ), fsPath( to ), code );
      if ( code )
      {
        removeTemporary();
        return fail( QCoreApplication::translate( "vigie", "%1: cannot move the export into place: %2" )
                         .arg( displayPath( to ), QString::fromStdString( code.message() ) ) );
      }
    }
    logMessage( LogLevel::Info, kTopic,
                QCoreApplication::translate( "vigie", "exported %1 to %2" ).arg( schema->qualifiedName(), displayPath( destination ) ) );
    return true;
  }
} // namespace vigie
