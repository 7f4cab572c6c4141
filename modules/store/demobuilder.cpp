// SPDX-License-Identifier: GPL-2.0-or-later
#include "demobuilder.h"

#include "log.h"
#include "storeutil.h"
#include "territory.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTextStream>

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <functional>

#ifndef VIGIE_SOURCE_DEMO_DIR
#define VIGIE_SOURCE_DEMO_DIR ""
#endif

namespace vigie
{
  using store::displayPath;
  using store::GdalErrorCapture;

  namespace
  {
    const QString kTopic = QStringLiteral( "demo" );

    //! The store's side of what a plugin sees while it adds its demo assets.
    class StoreDemoContext : public DemoContext
    {
    public:
      StoreDemoContext( Territory &territory, const QString &name, const QString &sourceDirectory )
          : mTerritory( territory ), mName( name ), mSourceDirectory( sourceDirectory )
      {
      }
      QString demoName() const override { return mName; }
      QString sourceDirectory() const override { return mSourceDirectory; }
      QString crs() const override { return mTerritory.info().crs; }
      QList<Feature> features( const QString &qualifiedLayer ) const override
      {
        QString error;
        const QList<Feature> result = mTerritory.features( qualifiedLayer, &error );
        if ( !error.isEmpty() )
          logMessage( LogLevel::Warning, kTopic, error );
        return result;
      }
      bool addFeatures( const QString &qualifiedLayer, const QList<Feature> &features, QString *errorMessage ) override
      {
        return mTerritory.addFeatures( qualifiedLayer, features, errorMessage );
      }

    private:
      Territory &mTerritory;
      QString mName;
      QString mSourceDirectory;
    };

    QByteArray toWkb( const OGRGeometry &geometry )
    {
      QByteArray wkb( static_cast<int>( geometry.WkbSize() ), Qt::Uninitialized );
      geometry.exportToWkb( wkbNDR, reinterpret_cast<unsigned char *>( wkb.data() ), wkbVariantIso );
      return wkb;
    }

    using FeatureVisitor = std::function<bool( const OGRFeature &feature, const OGRGeometry *geometry, QString *error )>;

    /**
     * Reads the first layer of \a path, reprojects each geometry to \a crs and hands
     * feature and geometry to \a visit. False with a message naming the file on failure.
     */
    bool readVector( const QString &path, const QString &crs, const FeatureVisitor &visit, QString *error )
    {
      store::ensureGdal();
      GdalErrorCapture capture;
      store::DatasetPtr dataset( GDALDataset::FromHandle(
          GDALOpenEx( store::gdalPath( path ).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) ) );
      if ( !dataset || dataset->GetLayerCount() < 1 )
      {
        *error = QCoreApplication::translate( "vigie", "%1: cannot read: %2" ).arg( displayPath( path ), capture.lastMessage() );
        return false;
      }
      OGRLayer *layer = dataset->GetLayer( 0 );
      OGRSpatialReference target;
      if ( !store::parseCrs( crs, target, error ) )
        return false;
      std::unique_ptr<OGRCoordinateTransformation> transform;
      if ( const OGRSpatialReference *source = layer->GetSpatialRef() )
      {
        OGRSpatialReference sourceSrs( *source );
        sourceSrs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
        if ( !sourceSrs.IsSame( &target ) )
        {
          transform.reset( OGRCreateCoordinateTransformation( &sourceSrs, &target ) );
          if ( !transform )
          {
            *error = QCoreApplication::translate( "vigie", "%1: no transformation to %2: %3" )
                         .arg( displayPath( path ), crs, capture.lastMessage() );
            return false;
          }
        }
      }
      layer->ResetReading();
      while ( store::FeaturePtr feature{ layer->GetNextFeature() } )
      {
        OGRGeometry *geometry = feature->GetGeometryRef();
        if ( geometry && transform && geometry->transform( transform.get() ) != OGRERR_NONE )
        {
          *error = QCoreApplication::translate( "vigie", "%1, feature %2: reprojection failed: %3" )
                       .arg( displayPath( path ) )
                       .arg( feature->GetFID() )
                       .arg( capture.lastMessage() );
          return false;
        }
        if ( !visit( *feature, geometry, error ) )
        {
          if ( !error->startsWith( displayPath( path ) ) )
            *error = QCoreApplication::translate( "vigie", "%1, feature %2: %3" )
                         .arg( displayPath( path ) )
                         .arg( feature->GetFID() )
                         .arg( *error );
          return false;
        }
      }
      if ( capture.hasFailure() )
      {
        *error = QCoreApplication::translate( "vigie", "%1: %2" ).arg( displayPath( path ), capture.lastMessage() );
        return false;
      }
      return true;
    }

    QString stringField( const OGRFeature &feature, const char *name )
    {
      const int index = feature.GetFieldIndex( name );
      if ( index < 0 || !feature.IsFieldSetAndNotNull( index ) )
        return QString();
      return QString::fromUtf8( feature.GetFieldAsString( index ) ).trimmed();
    }

    //! Splits one CSV line (comma separated, double quotes, "" inside quotes).
    QStringList splitCsvLine( const QString &line )
    {
      QStringList fields;
      QString current;
      bool quoted = false;
      for ( int i = 0; i < line.size(); ++i )
      {
        const QChar c = line.at( i );
        if ( quoted )
        {
          if ( c == QLatin1Char( '"' ) )
          {
            if ( i + 1 < line.size() && line.at( i + 1 ) == QLatin1Char( '"' ) )
            {
              current += c;
              ++i;
            }
            else
              quoted = false;
          }
          else
            current += c;
        }
        else if ( c == QLatin1Char( '"' ) )
          quoted = true;
        else if ( c == QLatin1Char( ',' ) )
        {
          fields << current;
          current.clear();
        }
        else
          current += c;
      }
      fields << current;
      return fields;
    }

    /**
     * Reads a CSV exported from a DBF ("NAME,N,10,0" headers): one map per row, keyed by
     * the column name before the first comma of its header.
     */
    bool readDbfCsv( const QString &path, QList<QHash<QString, QString>> *rows, QString *error )
    {
      QFile file( path );
      if ( !file.open( QIODevice::ReadOnly | QIODevice::Text ) )
      {
        *error = QCoreApplication::translate( "vigie", "%1: cannot read: %2" ).arg( displayPath( path ), file.errorString() );
        return false;
      }
      QTextStream stream( &file );
#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
      stream.setCodec( "UTF-8" );
#endif
      QStringList header;
      int lineNumber = 0;
      while ( !stream.atEnd() )
      {
        const QString line = stream.readLine();
        ++lineNumber;
        if ( line.trimmed().isEmpty() )
          continue;
        const QStringList fields = splitCsvLine( line );
        if ( header.isEmpty() )
        {
          for ( const QString &field : fields )
            header << field.section( QLatin1Char( ',' ), 0, 0 ).trimmed().toUpper();
          continue;
        }
        if ( fields.size() != header.size() )
        {
          *error = QCoreApplication::translate( "vigie", "%1, line %2: %3 columns, expected %4" )
                       .arg( displayPath( path ) )
                       .arg( lineNumber )
                       .arg( fields.size() )
                       .arg( header.size() );
          return false;
        }
        QHash<QString, QString> row;
        for ( int i = 0; i < header.size(); ++i )
          row.insert( header.at( i ), fields.at( i ).trimmed() );
        rows->append( row );
      }
      if ( header.isEmpty() )
      {
        *error = QCoreApplication::translate( "vigie", "%1: empty file" ).arg( displayPath( path ) );
        return false;
      }
      return true;
    }

    //! One traffic count of a street segment.
    struct TrafficCount
    {
      qint64 objectId = 0;
      QDate start;
      int aadt = 0;
      int peakMorning = 0;
      int peakEvening = 0;
      int speedLimit = 0; //!< 0: not given (9999 in the source)
      int year = 0;
    };

    /**
     * The most recent count of each street segment (IDARC): the link file
     * filaire_comptage_lien_voies.csv lists the segments that carry a count section;
     * each count (comptage_vehicules_montpellier.csv) names its segment in IDENTSIG.
     * When several counts link to one segment, the latest start date wins (then the
     * highest OBJECTID).
     */
    bool readTrafficCounts( const QString &directory, QHash<qint64, TrafficCount> *counts, QString *error )
    {
      QList<QHash<QString, QString>> links;
      const QString linkPath = QDir( directory ).filePath( QStringLiteral( "filaire_comptage_lien_voies.csv" ) );
      if ( !readDbfCsv( linkPath, &links, error ) )
        return false;
      QSet<qint64> linkedArcs;
      for ( const auto &link : std::as_const( links ) )
      {
        bool ok = false;
        const qint64 arc = link.value( QStringLiteral( "IDARC" ) ).toLongLong( &ok );
        if ( ok )
          linkedArcs.insert( arc );
      }

      QList<QHash<QString, QString>> rows;
      const QString countPath = QDir( directory ).filePath( QStringLiteral( "comptage_vehicules_montpellier.csv" ) );
      if ( !readDbfCsv( countPath, &rows, error ) )
        return false;
      for ( const QString &column :
            { QStringLiteral( "IDENTSIG" ), QStringLiteral( "TJM" ), QStringLiteral( "PHJM" ), QStringLiteral( "PHJS" ),
              QStringLiteral( "VLEGALE" ), QStringLiteral( "DDEBUT" ), QStringLiteral( "OBJECTID" ) } )
      {
        if ( !rows.isEmpty() && !rows.constFirst().contains( column ) )
        {
          *error = QCoreApplication::translate( "vigie", "%1: column %2 is missing" ).arg( displayPath( countPath ), column );
          return false;
        }
      }
      auto number = []( const QString &text )
      {
        bool ok = false;
        const double value = text.toDouble( &ok );
        return ok ? static_cast<int>( std::lround( value ) ) : -1;
      };
      for ( const auto &row : std::as_const( rows ) )
      {
        bool ok = false;
        const qint64 arc = static_cast<qint64>( row.value( QStringLiteral( "IDENTSIG" ) ).toDouble( &ok ) );
        if ( !ok || !linkedArcs.contains( arc ) )
          continue;
        TrafficCount count;
        count.objectId = row.value( QStringLiteral( "OBJECTID" ) ).toLongLong();
        count.start = QDate::fromString( row.value( QStringLiteral( "DDEBUT" ) ), QStringLiteral( "dd/MM/yy" ) );
        if ( count.start.isValid() && count.start.year() < 1950 )
          count.start = count.start.addYears( 100 ); // two-digit years: counts run from 1997 to 2013
        count.aadt = number( row.value( QStringLiteral( "TJM" ) ) );
        count.peakMorning = number( row.value( QStringLiteral( "PHJM" ) ) );
        count.peakEvening = number( row.value( QStringLiteral( "PHJS" ) ) );
        const int speed = number( row.value( QStringLiteral( "VLEGALE" ) ) );
        count.speedLimit = ( speed > 0 && speed <= 130 ) ? speed : 0;
        count.year = number( row.value( QStringLiteral( "ANNEE" ) ) );
        if ( count.year <= 0 && count.start.isValid() )
          count.year = count.start.year();
        if ( count.aadt < 0 )
          continue;
        auto it = counts->find( arc );
        if ( it == counts->end() || it->start < count.start || ( it->start == count.start && it->objectId < count.objectId ) )
          counts->insert( arc, count );
      }
      return true;
    }

    /**
     * Speed limit when no count gives it, by the road type of the Montpellier street
     * register (TYPVOI): 50 km/h, the French urban default (Code de la route R413-3),
     * on avenues, boulevards, roads, roundabouts, quays, bridges, tunnels, viaducts
     * and other through roads; 30 km/h on streets, squares, alleys, dead ends and the
     * other local ways (Montpellier's "ville apaisée" 30 zones).
     */
    int defaultSpeedLimit( const QString &roadType )
    {
      static const QSet<QString> main{ QStringLiteral( "AV" ),   QStringLiteral( "BD" ),   QStringLiteral( "RTE" ),
                                       QStringLiteral( "RDPT" ), QStringLiteral( "QUAI" ), QStringLiteral( "PONT" ),
                                       QStringLiteral( "AUTO" ), QStringLiteral( "TUN" ),  QStringLiteral( "VIAD" ),
                                       QStringLiteral( "CHEM" ), QStringLiteral( "VOIE" ), QStringLiteral( "DESC" ) };
      return main.contains( roadType.toUpper() ) ? 50 : 30;
    }

    bool buildCommunes( Territory &territory, const QString &path, const std::function<void( const OGRFeature &, Feature & )> &attributes,
                        QString *error )
    {
      QList<Feature> features;
      const bool ok = readVector(
          path, territory.info().crs,
          [&]( const OGRFeature &feature, const OGRGeometry *geometry, QString * )
          {
            Feature out;
            if ( geometry )
              out.wkb = toWkb( *geometry );
            attributes( feature, out );
            features << out;
            return true;
          },
          error );
      return ok && territory.addFeatures( QStringLiteral( "territory:communes" ), features, error );
    }

    bool buildMontpellier( Territory &territory, const QString &directory, QString *error )
    {
      const QDir dir( directory );
      logMessage( LogLevel::Info, kTopic, QCoreApplication::translate( "vigie", "montpellier: commune boundary" ) );
      if ( !buildCommunes(
               territory, dir.filePath( QStringLiteral( "limite_commune_montpellier.geojson" ) ),
               []( const OGRFeature &, Feature &out )
               {
                 out.attributes.insert( QStringLiteral( "insee_code" ), QStringLiteral( "34172" ) );
                 out.attributes.insert( QStringLiteral( "name" ), QStringLiteral( "Montpellier" ) );
               },
               error ) )
        return false;

      logMessage( LogLevel::Info, kTopic, QCoreApplication::translate( "vigie", "montpellier: districts" ) );
      QList<Feature> districts;
      if ( !readVector(
               dir.filePath( QStringLiteral( "quartiers_montpellier.geojson" ) ), territory.info().crs,
               [&]( const OGRFeature &feature, const OGRGeometry *geometry, QString * )
               {
                 Feature out;
                 if ( geometry )
                   out.wkb = toWkb( *geometry );
                 out.attributes.insert( QStringLiteral( "code" ), stringField( feature, "QUARTMNO" ) );
                 out.attributes.insert( QStringLiteral( "name" ), stringField( feature, "LIBQUART" ) );
                 districts << out;
                 return true;
               },
               error ) ||
           !territory.addFeatures( QStringLiteral( "territory:districts" ), districts, error ) )
        return false;

      logMessage( LogLevel::Info, kTopic, QCoreApplication::translate( "vigie", "montpellier: traffic counts" ) );
      QHash<qint64, TrafficCount> counts;
      if ( !readTrafficCounts( directory, &counts, error ) )
        return false;

      logMessage( LogLevel::Info, kTopic, QCoreApplication::translate( "vigie", "montpellier: streets" ) );
      QList<Feature> streets;
      int measured = 0;
      if ( !readVector(
               dir.filePath( QStringLiteral( "filaire_voies_montpellier.gpkg" ) ), territory.info().crs,
               [&]( const OGRFeature &feature, const OGRGeometry *geometry, QString * )
               {
                 Feature out;
                 if ( geometry )
                   out.wkb = toWkb( *geometry );
                 const qint64 arc = feature.GetFieldAsInteger64( feature.GetFieldIndex( "IDARC" ) );
                 const QString roadType = stringField( feature, "TYPVOI" );
                 const QString direction = stringField( feature, "SENS_CIRCU" );
                 double length = feature.GetFieldAsDouble( feature.GetFieldIndex( "LONGUEUR" ) );
                 if ( length <= 0 && geometry && OGR_GT_Flatten( geometry->getGeometryType() ) == wkbLineString )
                   length = geometry->toLineString()->get_Length();
                 QVariantMap &a = out.attributes;
                 a.insert( QStringLiteral( "street_id" ), arc );
                 a.insert( QStringLiteral( "street_code" ), stringField( feature, "CODE_VOIE" ) );
                 a.insert( QStringLiteral( "name" ), stringField( feature, "LIB_OFF" ) );
                 a.insert( QStringLiteral( "road_type" ), roadType );
                 if ( direction == QLatin1String( "SENS UNIQUE" ) )
                   a.insert( QStringLiteral( "one_way" ), true );
                 else if ( direction == QLatin1String( "DOUBLE SENS" ) )
                   a.insert( QStringLiteral( "one_way" ), false );
                 a.insert( QStringLiteral( "length_m" ), std::round( length * 100.0 ) / 100.0 );
                 const auto count = counts.constFind( arc );
                 if ( count != counts.constEnd() )
                 {
                   ++measured;
                   a.insert( QStringLiteral( "traffic_aadt" ), count->aadt );
                   if ( count->peakMorning >= 0 )
                     a.insert( QStringLiteral( "peak_morning" ), count->peakMorning );
                   if ( count->peakEvening >= 0 )
                     a.insert( QStringLiteral( "peak_evening" ), count->peakEvening );
                   if ( count->year > 0 )
                     a.insert( QStringLiteral( "count_year" ), count->year );
                   a.insert( QStringLiteral( "traffic_source" ), QStringLiteral( "measured" ) );
                   a.insert( QStringLiteral( "speed_limit_kmh" ),
                             count->speedLimit > 0 ? count->speedLimit : defaultSpeedLimit( roadType ) );
                 }
                 else
                 {
                   a.insert( QStringLiteral( "traffic_source" ), QString( QLatin1String( "" ) ) );
                   a.insert( QStringLiteral( "speed_limit_kmh" ), defaultSpeedLimit( roadType ) );
                 }
                 streets << out;
                 return true;
               },
               error ) )
        return false;
      if ( !territory.addFeatures( QStringLiteral( "territory:streets" ), streets, error ) )
        return false;
      logMessage( LogLevel::Info, kTopic,
                  QCoreApplication::translate( "vigie", "montpellier: %1 streets, %2 with a traffic count" )
                      .arg( streets.size() )
                      .arg( measured ) );
      return true;
    }

    bool buildFinistere( Territory &territory, const QString &directory, QString *error )
    {
      logMessage( LogLevel::Info, kTopic, QCoreApplication::translate( "vigie", "finistere: communes" ) );
      return buildCommunes(
          territory, QDir( directory ).filePath( QStringLiteral( "communes-29-finistere.geojson" ) ),
          []( const OGRFeature &feature, Feature &out )
          {
            out.attributes.insert( QStringLiteral( "insee_code" ), stringField( feature, "code" ) );
            out.attributes.insert( QStringLiteral( "name" ), stringField( feature, "nom" ) );
          },
          error );
    }

    //! INSEE codes of the communes of a GeoJSON file ("code" property).
    QStringList communeCodes( const QString &path, QString *error )
    {
      QStringList codes;
      readVector(
          path, QStringLiteral( "EPSG:4326" ),
          [&]( const OGRFeature &feature, const OGRGeometry *, QString * )
          {
            codes << stringField( feature, "code" );
            return true;
          },
          error );
      return codes;
    }
    //! Steps of the modules the store does not depend on (DemoBuilder::registerStep), by id.
    QMap<QString, DemoBuilder::Step> &demoSteps()
    {
      static QMap<QString, DemoBuilder::Step> steps;
      return steps;
    }
  } // namespace

  void DemoBuilder::registerStep( const QString &id, const Step &step )
  {
    demoSteps().insert( id, step );
  }

  QStringList DemoBuilder::stepIds()
  {
    return demoSteps().keys();
  }

  QStringList DemoBuilder::demoNames()
  {
    return { QStringLiteral( "montpellier" ), QStringLiteral( "finistere" ) };
  }

  QString DemoBuilder::defaultSourceDirectory()
  {
    const QString fromEnvironment = qEnvironmentVariable( "VIGIE_DEMO_DATA" );
    if ( !fromEnvironment.isEmpty() )
      return fromEnvironment;
    if ( QCoreApplication::instance() )
    {
      const QString installed = QDir( QCoreApplication::applicationDirPath() ).filePath( QStringLiteral( "../share/vigie/demo" ) );
      if ( QFileInfo( installed ).isDir() )
        return QDir::cleanPath( installed );
    }
    return QStringLiteral( VIGIE_SOURCE_DEMO_DIR );
  }

  bool DemoBuilder::build( const QString &name, const QString &path, const QList<DomainPlugin *> &plugins, const QString &sourceDirectory,
                           QString *errorMessage )
  {
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      logMessage( LogLevel::Warning, kTopic, message );
      return false;
    };
    if ( !demoNames().contains( name ) )
      return fail(
          QCoreApplication::translate( "vigie", "unknown demo '%1' (known: %2)" ).arg( name, demoNames().join( QStringLiteral( ", " ) ) ) );
    if ( QFileInfo::exists( path ) )
      return fail( QCoreApplication::translate( "vigie", "%1 already exists; a demo is never built over an existing file" )
                       .arg( displayPath( path ) ) );
    const QString source = sourceDirectory.isEmpty() ? defaultSourceDirectory() : sourceDirectory;
    const QString demoDirectory = QDir( source ).filePath( name );
    if ( !QFileInfo( demoDirectory ).isDir() )
      return fail( QCoreApplication::translate( "vigie", "demo source folder %1 does not exist" ).arg( displayPath( demoDirectory ) ) );

    TerritoryInfo info;
    info.crs = QStringLiteral( "EPSG:2154" );
    info.demo = name;
    QString error;
    if ( name == QLatin1String( "montpellier" ) )
    {
      info.name = QStringLiteral( "Montpellier" );
      info.communes = QStringList( QStringLiteral( "34172" ) );
      info.description = QCoreApplication::translate( "vigie", "Demo territory built from the Montpellier open data (Licence Ouverte)" );
    }
    else
    {
      info.name = QStringLiteral( "Finist\u00e8re" );
      info.communes = communeCodes( QDir( demoDirectory ).filePath( QStringLiteral( "communes-29-finistere.geojson" ) ), &error );
      if ( info.communes.isEmpty() )
        return fail( error.isEmpty() ? QCoreApplication::translate( "vigie", "no commune in the Finist\u00e8re source" ) : error );
      info.description =
          QCoreApplication::translate( "vigie", "Demo territory of the 279 communes of the Finist\u00e8re d\u00e9partement" );
    }

    // built in a temporary file next to the target, renamed at the end: a failed build leaves nothing
    const QFileInfo target( path );
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral( ".%1.building-%2.gpkg" ).arg( target.completeBaseName() ).arg( QCoreApplication::applicationPid() ) );
    auto removeTemporary = [&temporary]()
    {
      for ( const QString &suffix : { QString(), QStringLiteral( "-wal" ), QStringLiteral( "-shm" ), QStringLiteral( "-journal" ) } )
        QFile::remove( temporary + suffix );
    };
    removeTemporary();

    logMessage( LogLevel::Info, kTopic,
                QCoreApplication::translate( "vigie", "building demo %1 into %2" ).arg( name, displayPath( path ) ) );
    bool ok = false;
    {
      std::unique_ptr<Territory> territory = Territory::create( temporary, info, plugins, &error );
      if ( territory )
      {
        ok = name == QLatin1String( "montpellier" ) ? buildMontpellier( *territory, demoDirectory, &error )
                                                    : buildFinistere( *territory, demoDirectory, &error );
        StoreDemoContext context( *territory, name, source );
        for ( DomainPlugin *plugin : plugins )
        {
          if ( !ok )
            break;
          logMessage( LogLevel::Info, kTopic, QCoreApplication::translate( "vigie", "%1: assets of %2" ).arg( name, plugin->id() ) );
          QString pluginError;
          if ( !plugin->buildDemo( context, &pluginError ) )
          {
            error =
                QCoreApplication::translate( "vigie", "plugin %1: %2" )
                    .arg( plugin->id(), pluginError.isEmpty() ? QCoreApplication::translate( "vigie", "demo build failed" ) : pluginError );
            ok = false;
          }
        }
      }
    }
    // the steps of the other modules, on the closed file
    for ( auto it = demoSteps().constBegin(); ok && it != demoSteps().constEnd(); ++it )
    {
      QElapsedTimer timer;
      timer.start();
      QString stepError;
      if ( !it.value()( name, temporary, source, &stepError ) )
      {
        error = QCoreApplication::translate( "vigie", "%1: %2" )
                    .arg( it.key(), stepError.isEmpty() ? QCoreApplication::translate( "vigie", "demo build failed" ) : stepError );
        ok = false;
      }
      else
        logMessage( LogLevel::Info, kTopic,
                    QStringLiteral( "%1: step %2 in %3 s" ).arg( name, it.key() ).arg( timer.elapsed() / 1000.0, 0, 'f', 2 ) );
    }
    if ( !ok )
    {
      removeTemporary();
      return fail( QCoreApplication::translate( "vigie", "demo %1 not built: %2" ).arg( name, error ) );
    }
    if ( QFileInfo::exists( path ) || !QFile::rename( temporary, path ) )
    {
      removeTemporary();
      return fail( QCoreApplication::translate( "vigie", "%1: cannot move the built demo into place" ).arg( displayPath( path ) ) );
    }
    removeTemporary();
    logMessage( LogLevel::Info, kTopic, QCoreApplication::translate( "vigie", "demo %1 built: %2" ).arg( name, displayPath( path ) ) );
    return true;
  }
} // namespace vigie
