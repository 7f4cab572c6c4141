// SPDX-License-Identifier: GPL-2.0-or-later
#include "territory.h"

#include "log.h"
#include "sqlconnection.h"
#include "storeutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>

#ifndef VIGIE_VERSION_STRING
#define VIGIE_VERSION_STRING "0"
#endif

namespace vigie
{
  using store::displayPath;
  using store::GdalErrorCapture;

  namespace
  {
    const QString kTopic = QStringLiteral( "store" );

    //! What the read-only inspection of a file found.
    struct Inspection
    {
      QMap<QString, int> versions;
      QMap<QString, QString> metadata;
      QSet<QString> tables;
    };

    //! Runs a read-only query; each row as a list of strings.
    bool queryStrings( SqlConnection &db, const QString &sql, QList<QStringList> *rows, QString *error )
    {
      QList<SqlConnection::Row> values;
      if ( !db.query( sql, QVariantList(), &values, error ) )
        return false;
      for ( const SqlConnection::Row &value : std::as_const( values ) )
      {
        QStringList row;
        for ( const QVariant &column : value )
          row << column.toString();
        rows->append( row );
      }
      return true;
    }

    /**
     * Inspects \a path read-only: SQLite, GeoPackage, territory tables and their content
     * (or the PostGIS database of a "PG:" path). With \a integrityProblems, runs the full
     * integrity_check (SQLite) and lists what it reports.
     */
    bool inspect( const QString &path, Inspection *result, QString *error, QStringList *integrityProblems = nullptr )
    {
      const QString shownPath = displayPath( path );
      const bool postgres = SqlConnection::isPostgres( path );
      auto corrupt = [&]( const QString &reason )
      {
        *error = postgres ? QCoreApplication::translate( "vigie", "%1: cannot read the PostGIS database: %2" ).arg( shownPath, reason )
                          : QCoreApplication::translate( "vigie", "%1: not a GeoPackage or corrupt: %2" ).arg( shownPath, reason );
        return false;
      };
      QString reason;
      std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadOnly, &reason );
      if ( !db )
      {
        if ( postgres )
        {
          *error = QCoreApplication::translate( "vigie", "%1: cannot connect to PostgreSQL: %2" ).arg( shownPath, reason );
          return false;
        }
        return corrupt( reason );
      }
      const QStringList tables = db->tables( &reason );
      if ( !reason.isEmpty() )
        return corrupt( reason );
      for ( const QString &table : tables )
        result->tables.insert( table );

      QList<QStringList> rows;
      if ( postgres )
      {
        if ( !queryStrings( *db, QStringLiteral( "SELECT extversion FROM pg_extension WHERE extname = 'postgis'" ), &rows, &reason ) )
          return corrupt( reason );
        if ( rows.isEmpty() )
          return corrupt( QCoreApplication::translate( "vigie", "the PostGIS extension is not installed in this database" ) );
      }
      else
      {
        const QString check =
            integrityProblems ? QStringLiteral( "PRAGMA integrity_check(100)" ) : QStringLiteral( "PRAGMA quick_check(1)" );
        if ( !queryStrings( *db, check, &rows, &reason ) )
          return corrupt( reason );
        if ( rows.isEmpty() || rows.constFirst().value( 0 ) != QLatin1String( "ok" ) )
        {
          QStringList lines;
          for ( const QStringList &row : std::as_const( rows ) )
            lines << row.value( 0 );
          if ( integrityProblems )
          {
            for ( const QString &line : std::as_const( lines ) )
              integrityProblems->append( QCoreApplication::translate( "vigie", "integrity check: %1" ).arg( line ) );
          }
          return corrupt( lines.value( 0, QCoreApplication::translate( "vigie", "integrity check failed" ) ) );
        }

        if ( !result->tables.contains( QStringLiteral( "gpkg_contents" ) ) ||
             !result->tables.contains( QStringLiteral( "gpkg_spatial_ref_sys" ) ) )
          return corrupt( QCoreApplication::translate( "vigie", "no GeoPackage tables (gpkg_contents, gpkg_spatial_ref_sys)" ) );
      }

      if ( !result->tables.contains( QStringLiteral( "vigie_territory" ) ) || !result->tables.contains( QStringLiteral( "vigie_schema" ) ) )
      {
        *error = postgres ? QCoreApplication::translate( "vigie", "%1 is a PostGIS database but not a Vigie territory" ).arg( shownPath )
                          : QCoreApplication::translate( "vigie", "%1 is a GeoPackage but not a Vigie territory" ).arg( shownPath );
        return false;
      }

      rows.clear();
      if ( !queryStrings( *db, QStringLiteral( "SELECT component, version FROM vigie_schema" ), &rows, &reason ) )
        return corrupt( reason );
      for ( const QStringList &row : std::as_const( rows ) )
        result->versions.insert( row.value( 0 ), row.value( 1 ).toInt() );
      rows.clear();
      if ( !queryStrings( *db, QStringLiteral( "SELECT key, value FROM vigie_territory" ), &rows, &reason ) )
        return corrupt( reason );
      for ( const QStringList &row : std::as_const( rows ) )
        result->metadata.insert( row.value( 0 ), row.value( 1 ) );
      return true;
    }

    //! Components of Vigie's own modules (Territory::registerModuleComponent), with their schema version.
    QMap<QString, int> &moduleComponents()
    {
      static QMap<QString, int> components;
      return components;
    }

    //! The schema version this build knows for \a component, -1 when no loaded plugin has it.
    int knownVersion( const QString &component, const QList<DomainPlugin *> &plugins )
    {
      if ( component == Territory::coreComponent() )
        return Territory::kSchemaVersion;
      if ( moduleComponents().contains( component ) )
        return moduleComponents().value( component );
      for ( DomainPlugin *plugin : plugins )
      {
        if ( plugin && plugin->id() == component )
          return plugin->schemaVersion();
      }
      return -1;
    }

    //! Refuses a file with a component newer than this build; warns about components without plugin.
    bool checkVersions( const QString &path, const Inspection &inspection, const QList<DomainPlugin *> &plugins, QString *error, bool log )
    {
      if ( !inspection.versions.contains( Territory::coreComponent() ) )
      {
        *error = QCoreApplication::translate( "vigie", "%1: vigie_schema has no row for component '%2'" )
                     .arg( displayPath( path ), Territory::coreComponent() );
        return false;
      }
      for ( auto it = inspection.versions.constBegin(); it != inspection.versions.constEnd(); ++it )
      {
        const int known = knownVersion( it.key(), plugins );
        if ( known < 0 )
        {
          if ( log )
            logMessage( LogLevel::Warning, kTopic,
                        QCoreApplication::translate(
                            "vigie", "%1: component '%2' (schema %3) has no loaded plugin; its layers are kept but not shown" )
                            .arg( displayPath( path ), it.key() )
                            .arg( it.value() ) );
          continue;
        }
        if ( it.value() > known )
        {
          *error =
              QCoreApplication::translate( "vigie", "%1 was written by a newer Vigie (component %2 schema %3, this version supports %4)" )
                  .arg( displayPath( path ), it.key() )
                  .arg( it.value() )
                  .arg( known );
          return false;
        }
      }
      return true;
    }

    TerritoryInfo infoFromMetadata( const QMap<QString, QString> &metadata )
    {
      TerritoryInfo info;
      info.name = metadata.value( QStringLiteral( "name" ) );
      const QString communes = metadata.value( QStringLiteral( "communes" ) );
      info.communes = communes.isEmpty() ? QStringList() : communes.split( QLatin1Char( ',' ) );
      info.crs = metadata.value( QStringLiteral( "crs" ) );
      info.description = metadata.value( QStringLiteral( "description" ) );
      info.demo = metadata.value( QStringLiteral( "demo" ) );
      return info;
    }

    //! Runs one SQL statement on \a dataset; false with the GDAL message.
    bool execute( GDALDataset *dataset, const QString &sql, QString *error )
    {
      GdalErrorCapture capture;
      OGRLayer *result = dataset->ExecuteSQL( sql.toUtf8().constData(), nullptr, nullptr );
      if ( result )
        dataset->ReleaseResultSet( result );
      if ( capture.hasFailure() )
      {
        *error = QCoreApplication::translate( "vigie", "SQL failed (%1): %2" ).arg( sql.left( 200 ), capture.lastMessage() );
        return false;
      }
      return true;
    }

    bool writeMetadata( GDALDataset *dataset, const TerritoryInfo &info, QString *error )
    {
      const QList<QPair<QString, QString>> values{
          { QStringLiteral( "name" ), info.name }, { QStringLiteral( "communes" ), info.communes.join( QLatin1Char( ',' ) ) },
          { QStringLiteral( "crs" ), info.crs },   { QStringLiteral( "description" ), info.description },
          { QStringLiteral( "demo" ), info.demo },
      };
      for ( const auto &value : values )
      {
        if ( !execute( dataset,
                       QStringLiteral( "INSERT INTO vigie_territory (key, value) VALUES (%1, %2) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value" )
                           .arg( store::sqlQuote( value.first ), store::sqlQuote( value.second ) ),
                       error ) )
          return false;
      }
      return true;
    }

    void removeDatabaseFiles( const QString &path )
    {
      QFile::remove( path );
      QFile::remove( path + QStringLiteral( "-wal" ) );
      QFile::remove( path + QStringLiteral( "-shm" ) );
      QFile::remove( path + QStringLiteral( "-journal" ) );
    }

    store::DatasetPtr openDataset( const QString &path, bool update, QString *error )
    {
      store::ensureGdal();
      GdalErrorCapture capture;
      const bool postgres = SqlConnection::isPostgres( path );
      const char *drivers[] = { postgres ? "PostgreSQL" : "GPKG", nullptr };
      const unsigned flags = GDAL_OF_VECTOR | ( update ? GDAL_OF_UPDATE : GDAL_OF_READONLY );
      store::DatasetPtr dataset(
          GDALDataset::FromHandle( GDALOpenEx( store::gdalPath( path ).constData(), flags, drivers, nullptr, nullptr ) ) );
      if ( !dataset )
        *error = postgres ? QCoreApplication::translate( "vigie", "%1: cannot open the PostGIS database: %2" )
                                .arg( displayPath( path ), capture.lastMessage() )
                          : QCoreApplication::translate( "vigie", "%1: cannot open the GeoPackage: %2" )
                                .arg( displayPath( path ), capture.lastMessage() );
      return dataset;
    }

    //! Layers of \a dataset; on PostGIS, the tables of the database (GDAL lists only the spatial ones).
    QSet<QString> layerNames( GDALDataset *dataset, const Inspection &inspection )
    {
      if ( store::isPostgresDataset( dataset ) )
        return inspection.tables;
      QSet<QString> names;
      for ( int i = 0; i < dataset->GetLayerCount(); ++i )
        names.insert( QString::fromUtf8( dataset->GetLayer( i )->GetName() ) );
      return names;
    }

    /**
     * Brings the file up to the loaded plugins, in one transaction: forward migrations
     * of each plugin, then the layers of plugins not yet in the file.
     */
    bool upgrade( const QString &path, const Inspection &inspection, const QList<DomainPlugin *> &plugins, QString *error )
    {
      store::DatasetPtr dataset = openDataset( path, true, error );
      if ( !dataset )
        return false;
      OGRSpatialReference srs;
      if ( !store::parseCrs( inspection.metadata.value( QStringLiteral( "crs" ) ), srs, error ) )
      {
        *error = QCoreApplication::translate( "vigie", "%1: %2" ).arg( displayPath( path ), *error );
        return false;
      }
      {
        GdalErrorCapture capture;
        if ( dataset->StartTransaction() != OGRERR_NONE )
        {
          *error = QCoreApplication::translate( "vigie", "%1: cannot start a transaction: %2" )
                       .arg( displayPath( path ), capture.lastMessage() );
          return false;
        }
      }
      const QSet<QString> existing = layerNames( dataset.get(), inspection );
      auto fail = [&]( const QString &message )
      {
        GdalErrorCapture capture;
        dataset->RollbackTransaction();
        *error = QCoreApplication::translate( "vigie", "%1: %2" ).arg( displayPath( path ), message );
        return false;
      };
      QString reason;
      for ( DomainPlugin *plugin : plugins )
      {
        const QString id = plugin->id();
        if ( inspection.versions.contains( id ) )
        {
          const int stored = inspection.versions.value( id );
          const int current = plugin->schemaVersion();
          if ( stored >= current )
            continue;
          const QList<Migration> migrations = plugin->migrations();
          for ( int version = stored + 1; version <= current; ++version )
          {
            auto it =
                std::find_if( migrations.cbegin(), migrations.cend(), [version]( const Migration &m ) { return m.version == version; } );
            if ( it == migrations.cend() )
              return fail( QCoreApplication::translate( "vigie", "plugin %1 declares schema %2 but has no migration to version %3" )
                               .arg( id )
                               .arg( current )
                               .arg( version ) );
            for ( const QString &sql : it->sql )
            {
              if ( !execute( dataset.get(), sql, &reason ) )
                return fail( QCoreApplication::translate( "vigie", "migration of %1 to schema %2 (%3) failed: %4" )
                                 .arg( id )
                                 .arg( version )
                                 .arg( it->description, reason ) );
            }
            logMessage( LogLevel::Info, kTopic,
                        QCoreApplication::translate( "vigie", "%1: migrated %2 to schema %3 (%4)" )
                            .arg( displayPath( path ), id )
                            .arg( version )
                            .arg( it->description ) );
          }
          // layers a new schema version adds: created as for a new plugin
          for ( const LayerSchema &layer : plugin->layers() )
          {
            if ( !existing.contains( layer.tableName() ) && !store::createLayer( dataset.get(), layer, srs, &reason ) )
              return fail( reason );
          }
          if ( !execute( dataset.get(),
                         QStringLiteral( "UPDATE vigie_schema SET version = %1 WHERE component = %2" )
                             .arg( current )
                             .arg( store::sqlQuote( id ) ),
                         &reason ) )
            return fail( reason );
        }
        else
        {
          for ( const LayerSchema &layer : plugin->layers() )
          {
            if ( existing.contains( layer.tableName() ) )
              continue;
            if ( !store::createLayer( dataset.get(), layer, srs, &reason ) )
              return fail( reason );
          }
          if ( !execute( dataset.get(),
                         QStringLiteral( "INSERT INTO vigie_schema (component, version) VALUES (%1, %2)" )
                             .arg( store::sqlQuote( id ) )
                             .arg( plugin->schemaVersion() ),
                         &reason ) )
            return fail( reason );
          logMessage( LogLevel::Info, kTopic,
                      QCoreApplication::translate( "vigie", "%1: added the layers of %2" ).arg( displayPath( path ), id ) );
        }
      }
      GdalErrorCapture capture;
      if ( dataset->CommitTransaction() != OGRERR_NONE )
        return fail( QCoreApplication::translate( "vigie", "cannot commit: %1" ).arg( capture.lastMessage() ) );
      return true;
    }

    bool needsUpgrade( const Inspection &inspection, const QList<DomainPlugin *> &plugins )
    {
      for ( DomainPlugin *plugin : plugins )
      {
        if ( !inspection.versions.contains( plugin->id() ) || inspection.versions.value( plugin->id() ) < plugin->schemaVersion() )
          return true;
      }
      return false;
    }
  } // namespace

  struct Territory::Private
  {
    QString path;
    store::DatasetPtr dataset;
    bool readOnly = false;
    TerritoryInfo info;
    QMap<QString, int> versions;
    QList<LayerSchema> layers;
    OGRSpatialReference srs;

    const LayerSchema *find( const QString &qualifiedName ) const
    {
      for ( const LayerSchema &layer : layers )
      {
        if ( layer.qualifiedName() == qualifiedName || layer.tableName() == qualifiedName )
          return &layer;
      }
      return nullptr;
    }
    OGRLayer *ogrLayer( const LayerSchema &layer ) const { return dataset->GetLayerByName( layer.tableName().toUtf8().constData() ); }
  };

  Territory::Territory() : d( new Private ) {}

  Territory::~Territory() = default;

  QList<LayerSchema> Territory::baseLayers()
  {
    auto field = []( const char *name, FieldType type, const QString &title, int width = 0 )
    {
      FieldSchema f;
      f.name = QString::fromLatin1( name );
      f.type = type;
      f.title = title;
      f.width = width;
      return f;
    };

    LayerSchema communes;
    communes.domain = coreComponent();
    communes.name = QStringLiteral( "communes" );
    communes.title = QCoreApplication::translate( "vigie", "Communes" );
    communes.geometry = GeometryType::MultiPolygon;
    communes.fields = { field( "insee_code", FieldType::String, QCoreApplication::translate( "vigie", "INSEE code" ), 5 ),
                        field( "name", FieldType::String, QCoreApplication::translate( "vigie", "Name" ) ) };

    LayerSchema districts;
    districts.domain = coreComponent();
    districts.name = QStringLiteral( "districts" );
    districts.title = QCoreApplication::translate( "vigie", "Districts" );
    districts.geometry = GeometryType::MultiPolygon;
    districts.fields = { field( "code", FieldType::String, QCoreApplication::translate( "vigie", "Code" ) ),
                         field( "name", FieldType::String, QCoreApplication::translate( "vigie", "Name" ) ) };

    LayerSchema streets;
    streets.domain = coreComponent();
    streets.name = QStringLiteral( "streets" );
    streets.title = QCoreApplication::translate( "vigie", "Streets" );
    streets.geometry = GeometryType::MultiLineString;
    streets.fields = {
        field( "street_id", FieldType::Integer64, QCoreApplication::translate( "vigie", "Street segment id" ) ),
        field( "street_code", FieldType::String, QCoreApplication::translate( "vigie", "Street code" ) ),
        field( "name", FieldType::String, QCoreApplication::translate( "vigie", "Name" ) ),
        field( "road_type", FieldType::String, QCoreApplication::translate( "vigie", "Road type" ) ),
        field( "one_way", FieldType::Boolean, QCoreApplication::translate( "vigie", "One way" ) ),
        field( "length_m", FieldType::Real, QCoreApplication::translate( "vigie", "Length (m)" ) ),
        field( "speed_limit_kmh", FieldType::Integer, QCoreApplication::translate( "vigie", "Speed limit (km/h)" ) ),
        field( "traffic_aadt", FieldType::Integer, QCoreApplication::translate( "vigie", "Traffic (vehicles/day)" ) ),
        field( "peak_morning", FieldType::Integer, QCoreApplication::translate( "vigie", "Morning peak hour (vehicles)" ) ),
        field( "peak_evening", FieldType::Integer, QCoreApplication::translate( "vigie", "Evening peak hour (vehicles)" ) ),
        field( "count_year", FieldType::Integer, QCoreApplication::translate( "vigie", "Count year" ) ),
        field( "traffic_source", FieldType::String, QCoreApplication::translate( "vigie", "Traffic source" ) ),
    };
    return { communes, districts, streets };
  }

  namespace
  {
    /**
     * Writes the territory tables, metadata and layers into an empty \a dataset, in one
     * transaction (DDL is transactional on SQLite and PostgreSQL: a failure leaves nothing).
     */
    bool populate( GDALDataset *dataset, const TerritoryInfo &info, const QList<DomainPlugin *> &plugins, const OGRSpatialReference &srs,
                   QString *error )
    {
      GdalErrorCapture capture;
      const bool postgres = store::isPostgresDataset( dataset );
      if ( dataset->StartTransaction() != OGRERR_NONE )
      {
        *error = QCoreApplication::translate( "vigie", "cannot start a transaction: %1" ).arg( capture.lastMessage() );
        return false;
      }
      auto fail = [&]()
      {
        GdalErrorCapture rollbackCapture;
        dataset->RollbackTransaction();
        return false;
      };
      // REAL is single precision on PostgreSQL; the key is filled by the database on both
      const QStringList tables{
          QStringLiteral( "CREATE TABLE vigie_territory (key TEXT PRIMARY KEY, value TEXT)" ),
          QStringLiteral( "CREATE TABLE vigie_schema (component TEXT PRIMARY KEY, version INTEGER NOT NULL)" ),
          // xmin and xmax are system columns on PostgreSQL (SqlConnection::columnName)
          postgres ? QStringLiteral( "CREATE TABLE vigie_bookmarks (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, "
                                     "xmin_ DOUBLE PRECISION NOT NULL, ymin DOUBLE PRECISION NOT NULL, "
                                     "xmax_ DOUBLE PRECISION NOT NULL, ymax DOUBLE PRECISION NOT NULL)" )
                   : QStringLiteral( "CREATE TABLE vigie_bookmarks (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
                                     "xmin REAL NOT NULL, ymin REAL NOT NULL, xmax REAL NOT NULL, ymax REAL NOT NULL)" ),
      };
      for ( const QString &sql : tables )
      {
        if ( !execute( dataset, sql, error ) )
          return fail();
      }
      if ( !writeMetadata( dataset, info, error ) )
        return fail();
      if ( !execute( dataset,
                     QStringLiteral( "INSERT INTO vigie_territory (key, value) VALUES ('created_with', %1)" )
                         .arg( store::sqlQuote( QStringLiteral( "Vigie " VIGIE_VERSION_STRING ) ) ),
                     error ) )
        return fail();
      if ( !execute( dataset,
                     QStringLiteral( "INSERT INTO vigie_schema (component, version) VALUES (%1, %2)" )
                         .arg( store::sqlQuote( Territory::coreComponent() ) )
                         .arg( Territory::kSchemaVersion ),
                     error ) )
        return fail();
      for ( const LayerSchema &layer : Territory::baseLayers() )
      {
        if ( !store::createLayer( dataset, layer, srs, error ) )
          return fail();
      }
      QSet<QString> tablesSeen;
      for ( const LayerSchema &layer : Territory::baseLayers() )
        tablesSeen.insert( layer.tableName() );
      for ( DomainPlugin *plugin : plugins )
      {
        for ( const LayerSchema &layer : plugin->layers() )
        {
          if ( tablesSeen.contains( layer.tableName() ) )
          {
            *error = QCoreApplication::translate( "vigie", "layer %1 of plugin %2 is declared twice" )
                         .arg( layer.qualifiedName(), plugin->id() );
            return fail();
          }
          tablesSeen.insert( layer.tableName() );
          if ( !store::createLayer( dataset, layer, srs, error ) )
            return fail();
        }
        if ( !execute( dataset,
                       QStringLiteral( "INSERT INTO vigie_schema (component, version) VALUES (%1, %2)" )
                           .arg( store::sqlQuote( plugin->id() ) )
                           .arg( plugin->schemaVersion() ),
                       error ) )
          return fail();
      }
      if ( dataset->CommitTransaction() != OGRERR_NONE )
      {
        *error = QCoreApplication::translate( "vigie", "cannot commit: %1" ).arg( capture.lastMessage() );
        return fail();
      }
      return true;
    }

    //! Creates the territory in the PostGIS database of \a path ("PG:CONNINFO"): refuses a database that holds one.
    bool createPostgres( const QString &path, const TerritoryInfo &info, const QList<DomainPlugin *> &plugins,
                         const OGRSpatialReference &srs, QString *error )
    {
      QString reason;
      {
        std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadWrite, &reason );
        if ( !db )
        {
          *error = QCoreApplication::translate( "vigie", "%1: cannot connect to PostgreSQL: %2" ).arg( displayPath( path ), reason );
          return false;
        }
        const QStringList tables = db->tables( &reason );
        if ( !reason.isEmpty() )
        {
          *error = QCoreApplication::translate( "vigie", "%1: %2" ).arg( displayPath( path ), reason );
          return false;
        }
        if ( tables.contains( QStringLiteral( "vigie_territory" ) ) )
        {
          *error = QCoreApplication::translate( "vigie", "%1 already holds a territory; a territory is never overwritten" )
                       .arg( displayPath( path ) );
          return false;
        }
        for ( const LayerSchema &layer : Territory::baseLayers() )
        {
          if ( tables.contains( layer.tableName() ) )
          {
            *error = QCoreApplication::translate( "vigie", "%1: the database already has a table %2; use an empty database" )
                         .arg( displayPath( path ), layer.tableName() );
            return false;
          }
        }
        QList<SqlConnection::Row> rows;
        if ( !db->query( QStringLiteral( "SELECT 1 FROM pg_extension WHERE extname = 'postgis'" ), QVariantList(), &rows, &reason ) ||
             ( rows.isEmpty() && !db->execute( QStringLiteral( "CREATE EXTENSION IF NOT EXISTS postgis" ), QVariantList(), &reason ) ) )
        {
          *error = QCoreApplication::translate( "vigie", "%1: PostGIS is not available in the database (CREATE EXTENSION postgis: %2)" )
                       .arg( displayPath( path ), reason );
          return false;
        }
      }
      store::DatasetPtr dataset = openDataset( path, true, error );
      if ( !dataset )
        return false;
      if ( !populate( dataset.get(), info, plugins, srs, &reason ) )
      {
        *error = QCoreApplication::translate( "vigie", "%1: %2" ).arg( displayPath( path ), reason );
        return false;
      }
      return true;
    }
  } // namespace

  std::unique_ptr<Territory> Territory::create( const QString &path, const TerritoryInfo &info, const QList<DomainPlugin *> &plugins,
                                                QString *errorMessage )
  {
    store::ensureGdal();
    QString error;
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return nullptr;
    };
    const bool postgres = SqlConnection::isPostgres( path );
    if ( !postgres )
    {
      if ( QFileInfo::exists( path ) )
        return fail(
            QCoreApplication::translate( "vigie", "%1 already exists; a territory is never overwritten" ).arg( displayPath( path ) ) );
      if ( !QFileInfo( path ).absoluteDir().exists() )
        return fail( QCoreApplication::translate( "vigie", "%1: the folder does not exist" ).arg( displayPath( path ) ) );
    }
    OGRSpatialReference srs;
    if ( !store::parseCrs( info.crs, srs, &error ) )
      return fail( QCoreApplication::translate( "vigie", "%1: %2" ).arg( displayPath( path ), error ) );

    if ( postgres )
    {
      if ( !createPostgres( path, info, plugins, srs, &error ) )
        return fail( error );
    }
    else
    {
      GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
      if ( !driver )
        return fail( QCoreApplication::translate( "vigie", "the GDAL GeoPackage driver is not available" ) );

      bool ok = false;
      {
        GdalErrorCapture capture;
        store::DatasetPtr dataset( driver->Create( store::gdalPath( path ).constData(), 0, 0, 0, GDT_Unknown, nullptr ) );
        if ( !dataset )
          return fail( QCoreApplication::translate( "vigie", "%1: cannot create the GeoPackage: %2" )
                           .arg( displayPath( path ), capture.lastMessage() ) );
        ok = execute( dataset.get(), QStringLiteral( "PRAGMA journal_mode=WAL" ), &error ) &&
             populate( dataset.get(), info, plugins, srs, &error );
      }
      if ( !ok )
      {
        removeDatabaseFiles( path );
        return fail( QCoreApplication::translate( "vigie", "%1: %2" ).arg( displayPath( path ), error ) );
      }
    }
    logMessage( LogLevel::Info, kTopic,
                QCoreApplication::translate( "vigie", "created territory %1 (%2)" ).arg( displayPath( path ), info.name ) );
    return open( path, plugins, Mode::ReadWrite, errorMessage );
  }

  std::unique_ptr<Territory> Territory::open( const QString &path, const QList<DomainPlugin *> &plugins, Mode mode, QString *errorMessage )
  {
    store::ensureGdal();
    QString error;
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return nullptr;
    };
    const QFileInfo fileInfo( path );
    if ( !SqlConnection::isPostgres( path ) && !fileInfo.exists() )
      return fail( QCoreApplication::translate( "vigie", "%1 does not exist" ).arg( displayPath( path ) ) );
    if ( !SqlConnection::isPostgres( path ) && !fileInfo.isFile() )
      return fail( QCoreApplication::translate( "vigie", "%1 is not a file" ).arg( displayPath( path ) ) );

    Inspection inspection;
    if ( !inspect( path, &inspection, &error ) )
      return fail( error );
    if ( !checkVersions( path, inspection, plugins, &error, true ) )
      return fail( error );
    const TerritoryInfo info = infoFromMetadata( inspection.metadata );
    std::unique_ptr<Territory> territory( new Territory );
    if ( !store::parseCrs( info.crs, territory->d->srs, &error ) )
      return fail( QCoreApplication::translate( "vigie", "%1: %2" ).arg( displayPath( path ), error ) );

    if ( needsUpgrade( inspection, plugins ) )
    {
      if ( mode == Mode::ReadWrite )
      {
        if ( !upgrade( path, inspection, plugins, &error ) )
          return fail( error );
        inspection = Inspection();
        if ( !inspect( path, &inspection, &error ) )
          return fail( error );
      }
      else
        logMessage( LogLevel::Warning, kTopic,
                    QCoreApplication::translate( "vigie", "%1 opened read-only: schema migrations and new plugin layers are not applied" )
                        .arg( displayPath( path ) ) );
    }

    territory->d->dataset = openDataset( path, mode == Mode::ReadWrite, &error );
    if ( !territory->d->dataset )
      return fail( error );
    territory->d->path = path;
    territory->d->readOnly = mode == Mode::ReadOnly;
    territory->d->info = info;
    territory->d->versions = inspection.versions;

    const QSet<QString> present = layerNames( territory->d->dataset.get(), inspection );
    for ( const LayerSchema &layer : baseLayers() )
    {
      if ( present.contains( layer.tableName() ) )
        territory->d->layers << layer;
      else
        logMessage(
            LogLevel::Warning, kTopic,
            QCoreApplication::translate( "vigie", "%1: base layer %2 is missing" ).arg( displayPath( path ), layer.qualifiedName() ) );
    }
    for ( DomainPlugin *plugin : plugins )
    {
      for ( const LayerSchema &layer : plugin->layers() )
      {
        if ( present.contains( layer.tableName() ) )
          territory->d->layers << layer;
      }
    }
    return territory;
  }

  void Territory::registerModuleComponent( const QString &component, int schemaVersion )
  {
    moduleComponents().insert( component, schemaVersion );
  }

  bool Territory::validate( const QString &path, const QList<DomainPlugin *> &plugins, QStringList *problems )
  {
    store::ensureGdal();
    QStringList found;
    auto finish = [&]()
    {
      if ( problems )
        *problems = found;
      return found.isEmpty();
    };
    if ( !SqlConnection::isPostgres( path ) && !QFileInfo( path ).isFile() )
    {
      found << QCoreApplication::translate( "vigie", "%1 does not exist" ).arg( displayPath( path ) );
      return finish();
    }
    Inspection inspection;
    QString error;
    QStringList integrity;
    if ( !inspect( path, &inspection, &error, &integrity ) )
    {
      found << integrity;
      if ( integrity.isEmpty() )
        found << error;
      return finish();
    }
    if ( !checkVersions( path, inspection, plugins, &error, false ) )
    {
      found << error;
      return finish();
    }
    for ( const char *key : { "name", "crs" } )
    {
      if ( inspection.metadata.value( QString::fromLatin1( key ) ).isEmpty() )
        found << QCoreApplication::translate( "vigie", "vigie_territory: metadata '%1' is missing" ).arg( QString::fromLatin1( key ) );
    }
    OGRSpatialReference srs;
    if ( !inspection.metadata.value( QStringLiteral( "crs" ) ).isEmpty() &&
         !store::parseCrs( inspection.metadata.value( QStringLiteral( "crs" ) ), srs, &error ) )
      found << QCoreApplication::translate( "vigie", "vigie_territory: %1" ).arg( error );

    store::DatasetPtr dataset = openDataset( path, false, &error );
    if ( !dataset )
    {
      found << error;
      return finish();
    }
    QList<LayerSchema> expected = baseLayers();
    for ( DomainPlugin *plugin : plugins )
    {
      if ( inspection.versions.contains( plugin->id() ) )
        expected << plugin->layers();
    }
    for ( const LayerSchema &schema : std::as_const( expected ) )
    {
      OGRLayer *layer = dataset->GetLayerByName( schema.tableName().toUtf8().constData() );
      if ( !layer )
      {
        found << QCoreApplication::translate( "vigie", "layer %1: missing (table %2)" ).arg( schema.qualifiedName(), schema.tableName() );
        continue;
      }
      OGRFeatureDefn *defn = layer->GetLayerDefn();
      const OGRwkbGeometryType geometryType = wkbFlatten( layer->GetGeomType() );
      if ( geometryType != store::toOgrGeometryType( schema.geometry ) )
        found << QCoreApplication::translate( "vigie", "layer %1: geometry type %2, expected %3" )
                     .arg( schema.qualifiedName(), store::ogrGeometryTypeName( geometryType ), geometryTypeName( schema.geometry ) );
      for ( const FieldSchema &field : schema.fields )
      {
        const int index = defn->GetFieldIndex( field.name.toUtf8().constData() );
        if ( index < 0 )
        {
          found << QCoreApplication::translate( "vigie", "layer %1: field '%2' is missing" ).arg( schema.qualifiedName(), field.name );
          continue;
        }
        const OGRFieldDefn *fieldDefn = defn->GetFieldDefn( index );
        if ( !store::fieldMatches( field, *fieldDefn ) )
          found << QCoreApplication::translate( "vigie", "layer %1: field '%2' has type %3, expected %4" )
                       .arg( schema.qualifiedName(), field.name,
                             QString::fromUtf8( OGRFieldDefn::GetFieldTypeName( fieldDefn->GetType() ) ), fieldTypeName( field.type ) );
      }
      if ( schema.geometry == GeometryType::None )
        continue;
      layer->ResetReading();
      int invalid = 0;
      while ( store::FeaturePtr feature{ layer->GetNextFeature() } )
      {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if ( !geometry )
          continue;
        GdalErrorCapture capture;
        if ( !geometry->IsValid() )
        {
          ++invalid;
          if ( invalid <= 100 )
          {
            const QStringList messages = capture.messages();
            const QString reason = messages.isEmpty()
                                       ? QCoreApplication::translate( "vigie", "invalid geometry" )
                                       : QCoreApplication::translate( "vigie", "invalid geometry: %1" ).arg( messages.constLast() );
            found << QCoreApplication::translate( "vigie", "layer %1, fid %2: %3" )
                         .arg( schema.qualifiedName() )
                         .arg( feature->GetFID() )
                         .arg( reason );
          }
        }
      }
      if ( invalid > 100 )
        found << QCoreApplication::translate( "vigie", "layer %1: %2 more invalid geometries" )
                     .arg( schema.qualifiedName() )
                     .arg( invalid - 100 );
    }
    return finish();
  }

  QString Territory::displayPath( const QString &path )
  {
    return store::displayPath( path );
  }

  bool Territory::isPostgres( const QString &path )
  {
    return SqlConnection::isPostgres( path );
  }

  QString Territory::path() const
  {
    return d->path;
  }

  TerritoryInfo Territory::info() const
  {
    return d->info;
  }

  bool Territory::setInfo( const TerritoryInfo &info, QString *errorMessage )
  {
    if ( d->readOnly )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "%1 is open read-only" ).arg( displayPath( d->path ) );
      return false;
    }
    if ( info.crs != d->info.crs )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "%1: the CRS of an existing territory cannot be changed (%2 -> %3)" )
                            .arg( displayPath( d->path ), d->info.crs, info.crs );
      return false;
    }
    QString error;
    GdalErrorCapture capture;
    if ( d->dataset->StartTransaction() != OGRERR_NONE )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "%1: cannot start a transaction: %2" )
                            .arg( displayPath( d->path ), capture.lastMessage() );
      return false;
    }
    if ( !writeMetadata( d->dataset.get(), info, &error ) || d->dataset->CommitTransaction() != OGRERR_NONE )
    {
      d->dataset->RollbackTransaction();
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "%1: %2" ).arg( displayPath( d->path ), error.isEmpty() ? capture.lastMessage() : error );
      return false;
    }
    d->info = info;
    return true;
  }

  QMap<QString, int> Territory::schemaVersions() const
  {
    return d->versions;
  }

  QList<LayerSchema> Territory::layers() const
  {
    return d->layers;
  }

  const LayerSchema *Territory::layer( const QString &qualifiedName ) const
  {
    return d->find( qualifiedName );
  }

  qint64 Territory::featureCount( const QString &qualifiedName ) const
  {
    const LayerSchema *schema = d->find( qualifiedName );
    if ( !schema )
      return -1;
    OGRLayer *layer = d->ogrLayer( *schema );
    return layer ? layer->GetFeatureCount( TRUE ) : -1;
  }

  QRectF Territory::extent( const QString &qualifiedName ) const
  {
    OGREnvelope total;
    bool any = false;
    for ( const LayerSchema &schema : std::as_const( d->layers ) )
    {
      if ( !qualifiedName.isEmpty() && schema.qualifiedName() != qualifiedName && schema.tableName() != qualifiedName )
        continue;
      if ( schema.geometry == GeometryType::None )
        continue;
      OGRLayer *layer = d->ogrLayer( schema );
      if ( !layer || layer->GetFeatureCount( TRUE ) <= 0 )
        continue;
      OGREnvelope envelope;
      GdalErrorCapture capture;
      if ( layer->GetExtent( &envelope, TRUE ) != OGRERR_NONE )
        continue;
      total.Merge( envelope );
      any = true;
    }
    if ( !any )
      return QRectF();
    return QRectF( QPointF( total.MinX, total.MinY ), QPointF( total.MaxX, total.MaxY ) );
  }

  QList<Feature> Territory::features( const QString &qualifiedName, QString *errorMessage ) const
  {
    QList<Feature> result;
    const LayerSchema *schema = d->find( qualifiedName );
    OGRLayer *layer = schema ? d->ogrLayer( *schema ) : nullptr;
    if ( !layer )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "%1: no layer %2" ).arg( displayPath( d->path ), qualifiedName );
      return result;
    }
    GdalErrorCapture capture;
    layer->ResetReading();
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    while ( store::FeaturePtr feature{ layer->GetNextFeature() } )
    {
      Feature out;
      if ( const OGRGeometry *geometry = feature->GetGeometryRef() )
      {
        out.wkb.resize( static_cast<int>( geometry->WkbSize() ) );
        geometry->exportToWkb( wkbNDR, reinterpret_cast<unsigned char *>( out.wkb.data() ), wkbVariantIso );
      }
      for ( int i = 0; i < defn->GetFieldCount(); ++i )
        out.attributes.insert( QString::fromUtf8( defn->GetFieldDefn( i )->GetNameRef() ), store::fieldValue( *feature, i ) );
      result << out;
    }
    if ( capture.hasFailure() && errorMessage )
      *errorMessage =
          QCoreApplication::translate( "vigie", "%1: reading %2: %3" ).arg( displayPath( d->path ), qualifiedName, capture.lastMessage() );
    return result;
  }

  bool Territory::addFeatures( const QString &qualifiedName, const QList<Feature> &features, QString *errorMessage )
  {
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    if ( d->readOnly )
      return fail( QCoreApplication::translate( "vigie", "%1 is open read-only" ).arg( displayPath( d->path ) ) );
    const LayerSchema *schema = d->find( qualifiedName );
    OGRLayer *layer = schema ? d->ogrLayer( *schema ) : nullptr;
    if ( !layer )
      return fail( QCoreApplication::translate( "vigie", "%1: no layer %2" ).arg( displayPath( d->path ), qualifiedName ) );

    GdalErrorCapture capture;
    if ( d->dataset->StartTransaction() != OGRERR_NONE )
      return fail( QCoreApplication::translate( "vigie", "%1: cannot start a transaction: %2" )
                       .arg( displayPath( d->path ), capture.lastMessage() ) );
    auto rollback = [&]( int row, const QString &reason )
    {
      d->dataset->RollbackTransaction();
      return fail(
          QCoreApplication::translate( "vigie", "layer %1, feature %2: %3" ).arg( schema->qualifiedName() ).arg( row ).arg( reason ) );
    };

    OGRFeatureDefn *defn = layer->GetLayerDefn();
    // fields of the file (a migration may have added some)
    QList<FieldSchema> fileFields;
    for ( int i = 0; i < defn->GetFieldCount(); ++i )
      fileFields << store::storedFieldSchema( *schema, *defn->GetFieldDefn( i ) );

    int row = 0;
    for ( const Feature &feature : features )
    {
      ++row;
      store::FeaturePtr out( OGRFeature::CreateFeature( defn ) );
      if ( !feature.wkb.isEmpty() )
      {
        if ( schema->geometry == GeometryType::None )
          return rollback( row, QCoreApplication::translate( "vigie", "the layer has no geometry" ) );
        OGRGeometry *raw = nullptr;
        if ( OGRGeometryFactory::createFromWkb( feature.wkb.constData(), nullptr, &raw, feature.wkb.size(), wkbVariantIso ) != OGRERR_NONE )
          return rollback( row, QCoreApplication::translate( "vigie", "unreadable WKB geometry" ) );
        QString reason;
        store::GeometryPtr geometry = store::conformGeometry( store::GeometryPtr( raw ), schema->geometry, &reason );
        if ( !geometry )
          return rollback( row, reason );
        out->SetGeometryDirectly( geometry.release() );
      }
      for ( auto it = feature.attributes.constBegin(); it != feature.attributes.constEnd(); ++it )
      {
        const int index = defn->GetFieldIndex( it.key().toUtf8().constData() );
        if ( index < 0 )
          return rollback( row, QCoreApplication::translate( "vigie", "layer has no field '%1'" ).arg( it.key() ) );
        QString reason;
        if ( !store::setFieldValue( *out, index, fileFields.at( index ), it.value(), &reason ) )
          return rollback( row, QCoreApplication::translate( "vigie", "field '%1': %2" ).arg( it.key(), reason ) );
      }
      for ( int i = 0; i < fileFields.size(); ++i )
      {
        if ( fileFields.at( i ).notNull && !out->IsFieldSetAndNotNull( i ) )
          return rollback( row, QCoreApplication::translate( "vigie", "field '%1': a value is required" ).arg( fileFields.at( i ).name ) );
      }
      if ( layer->CreateFeature( out.get() ) != OGRERR_NONE )
        return rollback( row, capture.lastMessage() );
    }
    if ( d->dataset->CommitTransaction() != OGRERR_NONE )
    {
      d->dataset->RollbackTransaction();
      return fail( QCoreApplication::translate( "vigie", "%1: cannot commit: %2" ).arg( displayPath( d->path ), capture.lastMessage() ) );
    }
    return true;
  }

  QList<Bookmark> Territory::bookmarks() const
  {
    QList<Bookmark> result;
    GdalErrorCapture capture;
    OGRLayer *rows =
        d->dataset->ExecuteSQL( store::isPostgresDataset( d->dataset.get() )
                                    ? "SELECT CAST(id AS INTEGER) AS bid, name, xmin_, ymin, xmax_, ymax FROM vigie_bookmarks ORDER BY id"
                                    : "SELECT CAST(id AS INTEGER) AS bid, name, xmin, ymin, xmax, ymax FROM vigie_bookmarks ORDER BY id",
                                nullptr, nullptr );
    if ( !rows )
      return result;
    while ( store::FeaturePtr feature{ rows->GetNextFeature() } )
    {
      Bookmark bookmark;
      bookmark.id = feature->GetFieldAsInteger64( 0 );
      bookmark.name = QString::fromUtf8( feature->GetFieldAsString( 1 ) );
      bookmark.extent = QRectF( QPointF( feature->GetFieldAsDouble( 2 ), feature->GetFieldAsDouble( 3 ) ),
                                QPointF( feature->GetFieldAsDouble( 4 ), feature->GetFieldAsDouble( 5 ) ) );
      result << bookmark;
    }
    d->dataset->ReleaseResultSet( rows );
    return result;
  }

  bool Territory::addBookmark( Bookmark &bookmark, QString *errorMessage )
  {
    if ( bookmark.name.trimmed().isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "a bookmark needs a name" );
      return false;
    }
    const QRectF e = bookmark.extent.normalized();
    const QString columns = store::isPostgresDataset( d->dataset.get() ) ? QStringLiteral( "name, xmin_, ymin, xmax_, ymax" )
                                                                         : QStringLiteral( "name, xmin, ymin, xmax, ymax" );
    const QStringList sql{ QStringLiteral( "INSERT INTO vigie_bookmarks (%1) VALUES (%2, %3, %4, %5, %6)" )
                               .arg( columns, store::sqlQuote( bookmark.name ) )
                               .arg( e.left(), 0, 'g', 17 )
                               .arg( e.top(), 0, 'g', 17 )
                               .arg( e.right(), 0, 'g', 17 )
                               .arg( e.bottom(), 0, 'g', 17 ) };
    if ( !executeInTransaction( sql, errorMessage ) )
      return false;
    qint64 id = 0;
    OGRLayer *rows = d->dataset->ExecuteSQL( "SELECT CAST(MAX(id) AS INTEGER) AS bid FROM vigie_bookmarks", nullptr, nullptr );
    if ( rows )
    {
      if ( store::FeaturePtr feature{ rows->GetNextFeature() } )
        id = feature->GetFieldAsInteger64( 0 );
      d->dataset->ReleaseResultSet( rows );
    }
    bookmark.id = id;
    return true;
  }

  bool Territory::renameBookmark( qint64 id, const QString &name, QString *errorMessage )
  {
    auto fail = [errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    if ( name.trimmed().isEmpty() )
      return fail( QCoreApplication::translate( "vigie", "a bookmark needs a name" ) );
    const QList<Bookmark> all = bookmarks();
    if ( std::none_of( all.cbegin(), all.cend(), [id]( const Bookmark &b ) { return b.id == id; } ) )
      return fail( QCoreApplication::translate( "vigie", "no bookmark %1 in %2" ).arg( id ).arg( displayPath( d->path ) ) );
    return executeInTransaction(
        { QStringLiteral( "UPDATE vigie_bookmarks SET name = %1 WHERE id = %2" ).arg( store::sqlQuote( name ) ).arg( id ) }, errorMessage );
  }

  bool Territory::removeBookmark( qint64 id, QString *errorMessage )
  {
    return executeInTransaction( { QStringLiteral( "DELETE FROM vigie_bookmarks WHERE id = %1" ).arg( id ) }, errorMessage );
  }

  bool Territory::executeInTransaction( const QStringList &sql, QString *errorMessage )
  {
    if ( d->readOnly )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "%1 is open read-only" ).arg( displayPath( d->path ) );
      return false;
    }
    GdalErrorCapture capture;
    if ( d->dataset->StartTransaction() != OGRERR_NONE )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "%1: cannot start a transaction: %2" )
                            .arg( displayPath( d->path ), capture.lastMessage() );
      return false;
    }
    QString error;
    for ( const QString &statement : sql )
    {
      if ( !execute( d->dataset.get(), statement, &error ) )
      {
        d->dataset->RollbackTransaction();
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie", "%1: %2" ).arg( displayPath( d->path ), error );
        return false;
      }
    }
    if ( d->dataset->CommitTransaction() != OGRERR_NONE )
    {
      d->dataset->RollbackTransaction();
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "%1: cannot commit: %2" ).arg( displayPath( d->path ), capture.lastMessage() );
      return false;
    }
    return true;
  }

  GDALDataset *Territory::dataset() const
  {
    return d->dataset.get();
  }

  bool Territory::isReadOnly() const
  {
    return d->readOnly;
  }
} // namespace vigie
