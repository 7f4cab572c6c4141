// SPDX-License-Identifier: GPL-2.0-or-later
// The built-in vigie-cli commands. Each one checks its arguments first (usage error, exit 2,
// naming the option and the reason), then opens its inputs (exit 3 when they cannot be
// opened), then works (exit 1 on failure).
#include "cli.h"
#include "demobuilder.h"
#include "importer.h"
#include "maprender.h"
#include "pluginmanager.h"
#include "qgisinit.h"
#include "roadmapstore.h"
#include "roadmapsync.h"
#include "territory.h"
#include "territorycheckout.h"
#include "territorycopy.h"
#include "territorylayers.h"
#include "territorynotify.h"
#include "territoryroles.h"
#include "territorytenants.h"

#include <qgsmapsettings.h>
#include <qgsproject.h>

#include <ogr_srs_api.h>

#include <QColor>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

namespace vigie
{
  namespace
  {
    //! A path for messages: native separators, or a "PG:" connection string without its password.
    QString native( const QString &path )
    {
      return Territory::displayPath( path );
    }

    //! The absolute path of a territory file, or the "PG:" connection string (password hidden).
    QString territoryLocation( const QString &path )
    {
      return Territory::isPostgres( path ) ? Territory::displayPath( path ) : QFileInfo( path ).absoluteFilePath();
    }

    //! True when PROJ (through GDAL's OSR) understands \a definition.
    bool isKnownCrs( const QString &definition )
    {
      OGRSpatialReferenceH srs = OSRNewSpatialReference( nullptr );
      const bool ok = OSRSetFromUserInput( srs, definition.toUtf8().constData() ) == OGRERR_NONE;
      OSRDestroySpatialReference( srs );
      return ok;
    }

    QJsonArray rectToJson( const QRectF &rect )
    {
      return QJsonArray{ rect.left(), rect.top(), rect.right(), rect.bottom() };
    }

    QList<DomainPlugin *> pluginList( const PluginManager &plugins )
    {
      return plugins.plugins();
    }
  } // namespace

  int Cli::printTerritory( const QString &path )
  {
    QString error;
    const std::unique_ptr<Territory> territory = Territory::open( path, pluginList( *mPlugins ), Territory::Mode::ReadOnly, &error );
    if ( !territory )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    const TerritoryInfo info = territory->info();
    const QList<LayerSchema> layers = territory->layers();
    const QMap<QString, int> versions = territory->schemaVersions();
    const QRectF extent = territory->extent();
    if ( mJson )
    {
      QJsonObject object;
      object.insert( QStringLiteral( "path" ), territoryLocation( path ) );
      object.insert( QStringLiteral( "name" ), info.name );
      object.insert( QStringLiteral( "crs" ), info.crs );
      object.insert( QStringLiteral( "description" ), info.description );
      object.insert( QStringLiteral( "demo" ), info.demo );
      object.insert( QStringLiteral( "communes" ), QJsonArray::fromStringList( info.communes ) );
      QJsonObject schema;
      for ( auto it = versions.constBegin(); it != versions.constEnd(); ++it )
        schema.insert( it.key(), it.value() );
      object.insert( QStringLiteral( "schemaVersions" ), schema );
      QJsonArray layerArray;
      QJsonObject counts;
      for ( const LayerSchema &layer : layers )
      {
        const qint64 count = territory->featureCount( layer.qualifiedName() );
        QJsonObject item;
        item.insert( QStringLiteral( "name" ), layer.qualifiedName() );
        item.insert( QStringLiteral( "domain" ), layer.domain );
        item.insert( QStringLiteral( "table" ), layer.tableName() );
        item.insert( QStringLiteral( "title" ), layer.title );
        item.insert( QStringLiteral( "geometry" ), geometryTypeName( layer.geometry ) );
        item.insert( QStringLiteral( "features" ), static_cast<double>( count ) );
        layerArray << item;
        counts.insert( layer.qualifiedName(), static_cast<double>( count ) );
      }
      object.insert( QStringLiteral( "layers" ), layerArray );
      object.insert( QStringLiteral( "featureCounts" ), counts );
      if ( !extent.isNull() )
        object.insert( QStringLiteral( "extent" ), rectToJson( extent ) );
      printJson( object );
      return Success;
    }
    mOut << tr( "Territory: %1" ).arg( info.name ) << '\n';
    if ( Territory::isPostgres( path ) )
      mOut << tr( "Database: %1" ).arg( native( path ) ) << '\n';
    else
      mOut << tr( "File: %1" ).arg( native( QFileInfo( path ).absoluteFilePath() ) ) << '\n';
    mOut << tr( "CRS: %1" ).arg( info.crs ) << '\n';
    if ( !info.description.isEmpty() )
      mOut << tr( "Description: %1" ).arg( info.description ) << '\n';
    if ( !info.demo.isEmpty() )
      mOut << tr( "Demo: %1" ).arg( info.demo ) << '\n';
    mOut << tr( "Communes: %1" ).arg( info.communes.size() ) << '\n';
    QStringList schemaText;
    for ( auto it = versions.constBegin(); it != versions.constEnd(); ++it )
      schemaText << QStringLiteral( "%1 %2" ).arg( it.key() ).arg( it.value() );
    mOut << tr( "Schema versions: %1" ).arg( schemaText.join( QStringLiteral( ", " ) ) ) << '\n';
    if ( !extent.isNull() )
      mOut << tr( "Extent: %1, %2, %3, %4" )
                  .arg( extent.left(), 0, 'f', 1 )
                  .arg( extent.top(), 0, 'f', 1 )
                  .arg( extent.right(), 0, 'f', 1 )
                  .arg( extent.bottom(), 0, 'f', 1 )
           << '\n';
    mOut << tr( "Layers:" ) << '\n';
    int width = 0;
    for ( const LayerSchema &layer : layers )
      width = std::max( width, static_cast<int>( layer.qualifiedName().size() ) );
    for ( const LayerSchema &layer : layers )
    {
      mOut << QStringLiteral( "  %1  %2  %3  %4\n" )
                  .arg( layer.qualifiedName().leftJustified( width ) )
                  .arg( territory->featureCount( layer.qualifiedName() ), 9 )
                  .arg( geometryTypeName( layer.geometry ).leftJustified( 15 ), layer.title );
    }
    mOut.flush();
    return Success;
  }

  int Cli::territoryCreate( QCommandLineParser &parser )
  {
    const QString name = QStringLiteral( "territory create" );
    if ( const int code = requirePositional( name, parser, { tr( "OUT.gpkg" ) } ); code >= 0 )
      return code;
    const QString path = parser.positionalArguments().constFirst();
    const QString demo = parser.value( QStringLiteral( "demo" ) );
    const bool postgres = Territory::isPostgres( path );
    if ( !postgres && QFileInfo::exists( path ) )
    {
      mErr << tr( "%1 already exists: a territory is never overwritten; choose another name or remove it first." ).arg( native( path ) )
           << Qt::endl;
      return Failure;
    }
    QString error;
    if ( !demo.isEmpty() )
    {
      for ( const QString &other :
            { QStringLiteral( "name" ), QStringLiteral( "crs" ), QStringLiteral( "communes" ), QStringLiteral( "description" ) } )
      {
        if ( parser.isSet( other ) )
          return usageError( name, tr( "--%1 cannot be used with --demo (the demo defines it)." ).arg( other ) );
      }
      if ( !DemoBuilder::demoNames().contains( demo ) )
        return usageError(
            name, tr( "--demo: unknown demo '%1' (available: %2)." ).arg( demo, DemoBuilder::demoNames().join( QStringLiteral( ", " ) ) ) );
      const QString source = parser.isSet( QStringLiteral( "demo-source" ) ) ? parser.value( QStringLiteral( "demo-source" ) )
                                                                             : DemoBuilder::defaultSourceDirectory();
      if ( !QDir( source ).exists() )
      {
        mErr << tr( "The demo source folder %1 does not exist." ).arg( native( source ) ) << Qt::endl;
        return InputError;
      }
      mErr << tr( "Building the %1 demo territory into %2..." ).arg( demo, native( path ) ) << Qt::endl;
      QElapsedTimer timer;
      timer.start();
      // a PostGIS demo is built as a GeoPackage first, then copied (the builders and the roadmap write GeoPackages)
      QTemporaryDir staging;
      const QString built = postgres ? staging.filePath( QStringLiteral( "demo.gpkg" ) ) : path;
      if ( postgres && !staging.isValid() )
      {
        mErr << tr( "Cannot create a temporary folder to build the demo: %1" ).arg( staging.errorString() ) << Qt::endl;
        return Failure;
      }
      if ( !DemoBuilder::build( demo, built, pluginList( *mPlugins ), source, &error ) )
      {
        mErr << tr( "Cannot build the demo territory: %1" ).arg( error ) << Qt::endl;
        return Failure;
      }
      // the demo roadmap: added here, not by the store, which does not depend on the roadmap module
      if ( !roadmap::addDemoRoadmap( built, demo, &error ) )
      {
        mErr << tr( "Cannot add the demo roadmap: %1" ).arg( error ) << Qt::endl;
        return Failure;
      }
      if ( postgres && !TerritoryCopy::copy( built, path, pluginList( *mPlugins ), nullptr, &error ) )
      {
        mErr << tr( "Cannot copy the demo territory to PostGIS: %1" ).arg( error ) << Qt::endl;
        return Failure;
      }
      mErr << tr( "Built in %1 s." ).arg( timer.elapsed() / 1000.0, 0, 'f', 1 ) << Qt::endl;
    }
    else
    {
      if ( parser.isSet( QStringLiteral( "demo-source" ) ) )
        return usageError( name, tr( "--demo-source needs --demo." ) );
      TerritoryInfo info;
      info.name = parser.value( QStringLiteral( "name" ) ).trimmed();
      if ( info.name.isEmpty() )
        return usageError( name, tr( "--name is required without --demo." ) );
      if ( parser.isSet( QStringLiteral( "crs" ) ) )
      {
        info.crs = parser.value( QStringLiteral( "crs" ) ).trimmed();
        if ( !isKnownCrs( info.crs ) )
          return usageError( name, tr( "--crs: '%1' is not a coordinate reference system known to PROJ." ).arg( info.crs ) );
      }
      const QStringList communes = parser.value( QStringLiteral( "communes" ) ).split( QLatin1Char( ',' ), Qt::SkipEmptyParts );
      static const QRegularExpression insee( QStringLiteral( "^(\\d{5}|2[AB]\\d{3})$" ) );
      for ( const QString &commune : communes )
      {
        if ( !insee.match( commune.trimmed() ).hasMatch() )
          return usageError( name,
                             tr( "--communes: '%1' is not an INSEE commune code (5 characters, e.g. 34172)." ).arg( commune.trimmed() ) );
        info.communes << commune.trimmed();
      }
      info.description = parser.value( QStringLiteral( "description" ) );
      if ( !Territory::create( path, info, pluginList( *mPlugins ), &error ) )
      {
        mErr << tr( "Cannot create the territory: %1" ).arg( error ) << Qt::endl;
        return Failure;
      }
    }
    if ( !mJson )
      mOut << tr( "Created %1" ).arg( native( path ) ) << '\n';
    return printTerritory( path );
  }

  int Cli::territoryInfo( QCommandLineParser &parser )
  {
    if ( const int code = requirePositional( QStringLiteral( "territory info" ), parser, { tr( "TERRITORY" ) } ); code >= 0 )
      return code;
    return printTerritory( parser.positionalArguments().constFirst() );
  }

  int Cli::territoryValidate( QCommandLineParser &parser )
  {
    if ( const int code = requirePositional( QStringLiteral( "territory validate" ), parser, { tr( "TERRITORY" ) } ); code >= 0 )
      return code;
    const QString path = parser.positionalArguments().constFirst();
    QString error;
    // an input that cannot even be opened is exit code 3, not a list of problems
    if ( !Territory::open( path, pluginList( *mPlugins ), Territory::Mode::ReadOnly, &error ) )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    QStringList problems;
    const bool valid = Territory::validate( path, pluginList( *mPlugins ), &problems );
    if ( mJson )
    {
      QJsonObject object;
      object.insert( QStringLiteral( "path" ), territoryLocation( path ) );
      object.insert( QStringLiteral( "valid" ), valid );
      object.insert( QStringLiteral( "problems" ), QJsonArray::fromStringList( problems ) );
      printJson( object );
    }
    else if ( valid )
    {
      mOut << tr( "%1: valid." ).arg( native( path ) ) << Qt::endl;
    }
    else
    {
      mOut << tr( "%1: %n problem(s):", nullptr, static_cast<int>( problems.size() ) ).arg( native( path ) ) << '\n';
      for ( const QString &problem : std::as_const( problems ) )
        mOut << QStringLiteral( "  " ) << problem << '\n';
      mOut.flush();
    }
    return valid ? Success : Failure;
  }

  int Cli::territoryCopy( QCommandLineParser &parser )
  {
    const QString name = QStringLiteral( "territory copy" );
    if ( const int code = requirePositional( name, parser, { tr( "SOURCE" ), tr( "DESTINATION" ) } ); code >= 0 )
      return code;
    const QString source = parser.positionalArguments().at( 0 );
    const QString destination = parser.positionalArguments().at( 1 );
    if ( !Territory::isPostgres( destination ) && QFileInfo::exists( destination ) )
    {
      mErr << tr( "%1 already exists: a territory is never overwritten; choose another name or remove it first." )
                  .arg( native( destination ) )
           << Qt::endl;
      return Failure;
    }
    QString error;
    // a source that cannot be opened is exit code 3
    if ( !Territory::open( source, pluginList( *mPlugins ), Territory::Mode::ReadOnly, &error ) )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    QElapsedTimer timer;
    timer.start();
    TerritoryCopyResult result;
    const bool ok = TerritoryCopy::copy( source, destination, pluginList( *mPlugins ), &result, &error,
                                         [this, lastStep = QString()]( const TerritoryCopyProgress &progress ) mutable
                                         {
                                           // one line per step (layer or table), not per chunk
                                           if ( !mJson && progress.step != lastStep )
                                             mErr << tr( "Copying %1..." ).arg( progress.step ) << Qt::endl;
                                           lastStep = progress.step;
                                           return true;
                                         } );
    if ( !ok )
    {
      mErr << tr( "Cannot copy the territory: %1" ).arg( error ) << Qt::endl;
      return Failure;
    }
    const double seconds = timer.elapsed() / 1000.0;
    if ( mJson )
    {
      QJsonObject object;
      object.insert( QStringLiteral( "source" ), territoryLocation( source ) );
      object.insert( QStringLiteral( "destination" ), territoryLocation( destination ) );
      object.insert( QStringLiteral( "features" ), static_cast<double>( result.features ) );
      object.insert( QStringLiteral( "rows" ), static_cast<double>( result.rows ) );
      object.insert( QStringLiteral( "layers" ), QJsonArray::fromStringList( result.layers ) );
      object.insert( QStringLiteral( "tables" ), QJsonArray::fromStringList( result.tables ) );
      object.insert( QStringLiteral( "seconds" ), seconds );
      printJson( object );
      return Success;
    }
    mOut << tr( "Copied %1 to %2: %3 features in %4 layers, %5 rows in %6 tables, in %7 s." )
                .arg( native( source ), native( destination ) )
                .arg( result.features )
                .arg( result.layers.size() )
                .arg( result.rows )
                .arg( result.tables.size() )
                .arg( seconds, 0, 'f', 1 )
         << Qt::endl;
    return Success;
  }
  int Cli::territoryRoles( QCommandLineParser &parser )
  {
    const QString name = QStringLiteral( "territory roles" );
    if ( const int code = requirePositional( name, parser, { tr( "PG:CONNINFO" ) } ); code >= 0 )
      return code;
    const QString path = parser.positionalArguments().constFirst();
    if ( !Territory::isPostgres( path ) )
      return usageError( name,
                         tr( "roles are enforced by PostgreSQL: give a PostGIS territory (PG:CONNINFO), not %1." ).arg( native( path ) ) );
    const QString prefix =
        parser.isSet( QStringLiteral( "prefix" ) ) ? parser.value( QStringLiteral( "prefix" ) ) : QStringLiteral( "vigie" );
    QString error;
    if ( !Territory::open( path, pluginList( *mPlugins ), Territory::Mode::ReadOnly, &error ) )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    QStringList granted;
    if ( !TerritoryRoles::apply( path, prefix, &granted, &error ) )
    {
      mErr << tr( "Cannot set up the roles: %1" ).arg( error ) << Qt::endl;
      return Failure;
    }
    if ( mJson )
    {
      QJsonObject object;
      object.insert( QStringLiteral( "path" ), territoryLocation( path ) );
      QJsonObject names;
      for ( const QString &role : TerritoryRoles::roles() )
        names.insert( role, TerritoryRoles::roleName( prefix, role ) );
      object.insert( QStringLiteral( "roles" ), names );
      object.insert( QStringLiteral( "grants" ), QJsonArray::fromStringList( granted ) );
      printJson( object );
      return Success;
    }
    for ( const QString &line : std::as_const( granted ) )
      mOut << line << '\n';
    mOut.flush();
    return Success;
  }

  int Cli::territoryTenants( QCommandLineParser &parser )
  {
    const QString name = QStringLiteral( "territory tenants" );
    if ( const int code = requirePositional( name, parser, { tr( "PG:CONNINFO" ) } ); code >= 0 )
      return code;
    const QString path = parser.positionalArguments().constFirst();
    if ( !Territory::isPostgres( path ) )
      return usageError( name,
                         tr( "tenants are enforced by PostgreSQL row-level security: give a PostGIS territory (PG:CONNINFO), not %1." )
                             .arg( native( path ) ) );
    TerritoryTenants::Options options;
    if ( parser.isSet( QStringLiteral( "communes" ) ) )
      options.communesLayer = parser.value( QStringLiteral( "communes" ) );
    if ( parser.isSet( QStringLiteral( "code-field" ) ) )
      options.codeField = parser.value( QStringLiteral( "code-field" ) );
    if ( parser.isSet( QStringLiteral( "prefix" ) ) )
      options.prefix = parser.value( QStringLiteral( "prefix" ) );
    QString error;
    if ( !Territory::open( path, pluginList( *mPlugins ), Territory::Mode::ReadOnly, &error ) )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    QElapsedTimer timer;
    timer.start();
    TerritoryTenants::Result result;
    if ( !TerritoryTenants::apply( path, options, &result, &error ) )
    {
      mErr << tr( "Cannot set up the tenants: %1" ).arg( error ) << Qt::endl;
      return Failure;
    }
    // the tenants' edits are notified to the other desktops too
    QString notifyError;
    if ( !TerritoryNotify::install( path, nullptr, &notifyError ) )
      mErr << tr( "Warning: %1" ).arg( notifyError ) << Qt::endl;
    const double seconds = timer.elapsed() / 1000.0;
    if ( mJson )
    {
      QJsonObject object;
      object.insert( QStringLiteral( "path" ), territoryLocation( path ) );
      object.insert( QStringLiteral( "communes" ), result.communes );
      object.insert( QStringLiteral( "tenantRole" ), result.tenantRole );
      object.insert( QStringLiteral( "departmentRole" ), result.departmentRole );
      object.insert( QStringLiteral( "communeRolePattern" ), TerritoryTenants::communeRole( options.prefix, QStringLiteral( "CODE" ) ) );
      QJsonObject layers;
      for ( int i = 0; i < result.assignedRows.size(); ++i )
      {
        QJsonObject counts;
        counts.insert( QStringLiteral( "assigned" ), static_cast<double>( result.assignedRows.at( i ).second ) );
        counts.insert( QStringLiteral( "outside" ), static_cast<double>( result.unassignedRows.at( i ).second ) );
        layers.insert( result.assignedRows.at( i ).first, counts );
      }
      object.insert( QStringLiteral( "layers" ), layers );
      object.insert( QStringLiteral( "seconds" ), seconds );
      printJson( object );
      return Success;
    }
    mOut << tr( "%1 communes are tenants (roles %2, e.g. %3); %4 sees every row." )
                .arg( result.communes )
                .arg( TerritoryTenants::communeRole( options.prefix, QStringLiteral( "CODE" ) ),
                      TerritoryTenants::communeRole( options.prefix, QStringLiteral( "29019" ) ), result.departmentRole )
         << '\n';
    for ( int i = 0; i < result.assignedRows.size(); ++i )
      mOut << tr( "%1: %2 rows in a commune, %3 outside every commune (département only)" )
                  .arg( result.assignedRows.at( i ).first )
                  .arg( result.assignedRows.at( i ).second )
                  .arg( result.unassignedRows.at( i ).second )
           << '\n';
    mOut << tr( "Done in %1 s." ).arg( seconds, 0, 'f', 1 ) << Qt::endl;
    return Success;
  }

  int Cli::territoryNotify( QCommandLineParser &parser )
  {
    const QString name = QStringLiteral( "territory notify" );
    if ( const int code = requirePositional( name, parser, { tr( "PG:CONNINFO" ) } ); code >= 0 )
      return code;
    const QString path = parser.positionalArguments().constFirst();
    if ( !Territory::isPostgres( path ) )
      return usageError(
          name,
          tr( "change notifications are a PostgreSQL feature: give a PostGIS territory (PG:CONNINFO), not %1." ).arg( native( path ) ) );
    QString error;
    if ( !Territory::open( path, pluginList( *mPlugins ), Territory::Mode::ReadOnly, &error ) )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    QStringList tables;
    if ( !TerritoryNotify::install( path, &tables, &error ) )
    {
      mErr << error << Qt::endl;
      return Failure;
    }
    if ( mJson )
    {
      QJsonObject object;
      object.insert( QStringLiteral( "path" ), territoryLocation( path ) );
      object.insert( QStringLiteral( "channel" ), TerritoryNotify::channel() );
      object.insert( QStringLiteral( "tables" ), QJsonArray::fromStringList( tables ) );
      printJson( object );
      return Success;
    }
    mOut << tr( "Changes of %n table(s) are notified on channel %1: %2", nullptr, tables.size() )
                .arg( TerritoryNotify::channel(), tables.join( QStringLiteral( ", " ) ) )
         << Qt::endl;
    return Success;
  }

  int Cli::territoryCheckout( QCommandLineParser &parser )
  {
    const QString name = QStringLiteral( "territory checkout" );
    if ( const int code = requirePositional( name, parser, { tr( "SOURCE" ), tr( "OUT.gpkg" ) } ); code >= 0 )
      return code;
    const QString source = parser.positionalArguments().at( 0 );
    const QString out = parser.positionalArguments().at( 1 );
    CheckoutFilter filter;
    if ( parser.isSet( QStringLiteral( "extent" ) ) && parser.isSet( QStringLiteral( "commune" ) ) )
      return usageError( name, tr( "give --extent or --commune, not both." ) );
    if ( parser.isSet( QStringLiteral( "extent" ) ) )
    {
      const QStringList parts = parser.value( QStringLiteral( "extent" ) ).split( QLatin1Char( ',' ) );
      QList<double> values;
      for ( const QString &part : parts )
      {
        bool ok = false;
        values << part.trimmed().toDouble( &ok );
        if ( !ok )
          values.clear();
        if ( !ok )
          break;
      }
      if ( values.size() != 4 || !( values.at( 0 ) < values.at( 2 ) ) || !( values.at( 1 ) < values.at( 3 ) ) )
        return usageError( name, tr( "--extent: '%1' is not XMIN,YMIN,XMAX,YMAX with XMIN < XMAX and YMIN < YMAX." )
                                     .arg( parser.value( QStringLiteral( "extent" ) ) ) );
      filter.hasExtent = true;
      filter.xMin = values.at( 0 );
      filter.yMin = values.at( 1 );
      filter.xMax = values.at( 2 );
      filter.yMax = values.at( 3 );
    }
    filter.commune = parser.value( QStringLiteral( "commune" ) );
    if ( QFileInfo::exists( out ) )
    {
      mErr << tr( "%1 already exists: a checkout never overwrites a file; choose another name or remove it first." ).arg( native( out ) )
           << Qt::endl;
      return Failure;
    }
    QString error;
    if ( !Territory::open( source, pluginList( *mPlugins ), Territory::Mode::ReadOnly, &error ) )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    CheckoutResult result;
    CheckoutOptions options;
    options.filter = filter;
    options.progress = [this, lastStep = QString()]( const QString &step, qint64, qint64 ) mutable
    {
      // one line per step (layer or table), not per chunk, as territory copy
      if ( !mJson && step != lastStep )
        mErr << tr( "Checking out: %1..." ).arg( step ) << Qt::endl;
      lastStep = step;
      return true;
    };
    if ( !TerritoryCheckout::checkout( source, out, pluginList( *mPlugins ), options, &result, &error ) )
    {
      mErr << tr( "Cannot check out the territory: %1" ).arg( error ) << Qt::endl;
      return Failure;
    }
    if ( mJson )
    {
      QJsonObject object;
      object.insert( QStringLiteral( "source" ), territoryLocation( source ) );
      object.insert( QStringLiteral( "checkout" ), territoryLocation( out ) );
      object.insert( QStringLiteral( "features" ), static_cast<double>( result.features ) );
      object.insert( QStringLiteral( "left_out" ), static_cast<double>( result.removed ) );
      object.insert( QStringLiteral( "rows" ), static_cast<double>( result.rows ) );
      printJson( object );
      return Success;
    }
    mOut << tr( "Checked out %1 to %2: %3 features (%4 left out by the filter), %5 rows of roadmap, budget and agenda tables." )
                .arg( native( source ), native( out ) )
                .arg( result.features )
                .arg( result.removed )
                .arg( result.rows )
         << Qt::endl;
    return Success;
  }

  int Cli::territorySync( QCommandLineParser &parser )
  {
    const QString name = QStringLiteral( "territory sync" );
    if ( const int code = requirePositional( name, parser, { tr( "OUT.gpkg" ) } ); code >= 0 )
      return code;
    const QString checkout = parser.positionalArguments().at( 0 );
    QString error;
    if ( TerritoryCheckout::sourceOf( checkout, &error ).isEmpty() )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    const bool dryRun = parser.isSet( QStringLiteral( "dry-run" ) );
    SyncReport report;
    SyncOptions options;
    options.dryRun = dryRun;
    options.mergers = { { roadmap::roadmapDocumentsTable(), &roadmap::mergeRoadmapRows } };
    options.sourceOverride = parser.value( QStringLiteral( "source" ) );
    options.progress = [this, lastStep = QString()]( const QString &step, qint64, qint64 ) mutable
    {
      if ( !mJson && step != lastStep )
        mErr << tr( "Synchronising: %1..." ).arg( step ) << Qt::endl;
      lastStep = step;
      return true;
    };
    if ( !TerritoryCheckout::sync( checkout, pluginList( *mPlugins ), options, &report, &error ) )
    {
      mErr << tr( "Cannot synchronise: %1" ).arg( error ) << Qt::endl;
      return Failure;
    }
    const int code = report.conflicts.isEmpty() ? Success : Failure;
    if ( mJson )
    {
      QJsonObject object = report.toJson();
      object.insert( QStringLiteral( "checkout" ), territoryLocation( checkout ) );
      printJson( object );
      return code;
    }
    if ( report.finishedPending )
      mOut << tr( "An interrupted sync (server written, checkout not) was finished first." ) << '\n';
    mOut << ( dryRun ? tr( "Dry run, nothing written. With %1: %2 rows would be updated, %3 inserted, %4 deleted on the server, "
                           "%5 refreshed offline, %6 added offline from the server." )
                     : tr( "Synchronised with %1: %2 rows updated, %3 inserted, %4 deleted on the server, %5 refreshed offline, "
                           "%6 added offline from the server." ) )
                .arg( report.source )
                .arg( report.updated )
                .arg( report.inserted )
                .arg( report.deleted )
                .arg( report.refreshed )
                .arg( report.pulled )
         << '\n';
    for ( const QJsonValue &value : std::as_const( report.newIds ) )
    {
      const QJsonObject mapping = value.toObject();
      mOut << tr( "  new row of %1: offline id %2 is %3 on the server" )
                  .arg( mapping.value( QStringLiteral( "table" ) ).toString() )
                  .arg( mapping.value( QStringLiteral( "local" ) ).toVariant().toLongLong() )
                  .arg( mapping.value( QStringLiteral( "server" ) ).toVariant().toLongLong() )
           << '\n';
    }
    if ( !report.conflicts.isEmpty() )
    {
      mOut << tr( "%n conflict(s), not applied (kept offline; use --json for the full report):", nullptr,
                  static_cast<int>( report.conflicts.size() ) )
           << '\n';
      for ( const QJsonValue &value : std::as_const( report.conflicts ) )
      {
        const QJsonObject conflict = value.toObject();
        QJsonObject details = conflict;
        details.remove( QStringLiteral( "table" ) );
        details.remove( QStringLiteral( "key" ) );
        details.remove( QStringLiteral( "kind" ) );
        mOut << QStringLiteral( "  %1 %2 (%3): %4" )
                    .arg( conflict.value( QStringLiteral( "table" ) ).toString(),
                          QString::fromUtf8(
                              QJsonDocument( QJsonArray{ conflict.value( QStringLiteral( "key" ) ) } ).toJson( QJsonDocument::Compact ) ),
                          conflict.value( QStringLiteral( "kind" ) ).toString(),
                          QString::fromUtf8( QJsonDocument( details ).toJson( QJsonDocument::Compact ) ) )
             << '\n';
      }
    }
    mOut.flush();
    return code;
  }

  int Cli::territoryResolve( QCommandLineParser &parser )
  {
    const QString name = QStringLiteral( "territory resolve" );
    if ( const int code = requirePositional( name, parser, { tr( "CHECKOUT" ) } ); code >= 0 )
      return code;
    const QString checkout = parser.positionalArguments().at( 0 );
    const QString table = parser.value( QStringLiteral( "table" ) );
    const QString key = parser.value( QStringLiteral( "key" ) );
    const QString keep = parser.value( QStringLiteral( "keep" ) );
    if ( table.isEmpty() )
      return usageError( name, tr( "--table is required: the table of the conflict (as in the sync report)." ) );
    if ( key.isEmpty() )
      return usageError( name, tr( "--key is required: the fid of the feature, or the key of the row (as in the sync report)." ) );
    if ( keep != QLatin1String( "offline" ) && keep != QLatin1String( "server" ) )
      return usageError( name, tr( "--keep must be offline or server, not '%1'." ).arg( keep ) );
    QString error;
    if ( TerritoryCheckout::sourceOf( checkout, &error ).isEmpty() )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    const QString field = parser.value( QStringLiteral( "field" ) );
    const ConflictSide side = keep == QLatin1String( "offline" ) ? ConflictSide::Offline : ConflictSide::Server;
    if ( !TerritoryCheckout::resolveConflict( checkout, table, key, field, side, &error, parser.value( QStringLiteral( "source" ) ) ) )
    {
      mErr << tr( "Cannot resolve the conflict: %1" ).arg( error ) << Qt::endl;
      return Failure;
    }
    if ( mJson )
    {
      QJsonObject object;
      object.insert( QStringLiteral( "checkout" ), territoryLocation( checkout ) );
      object.insert( QStringLiteral( "table" ), table );
      object.insert( QStringLiteral( "key" ), key );
      object.insert( QStringLiteral( "field" ), field.isEmpty() ? QJsonValue( QJsonValue::Null ) : QJsonValue( field ) );
      object.insert( QStringLiteral( "kept" ), keep );
      printJson( object );
      return Success;
    }
    const QString what = field.isEmpty() ? tr( "%1 %2" ).arg( table, key ) : tr( "%1 %2, field %3" ).arg( table, key, field );
    mOut << ( side == ConflictSide::Offline ? tr( "Kept the offline value of %1: the next territory sync sends it to the server." )
                                            : tr( "Took the server's value of %1 into the offline copy." ) )
                .arg( what )
         << Qt::endl;
    return Success;
  }

  int Cli::importData( QCommandLineParser &parser )
  {
    const QString name = QStringLiteral( "import" );
    if ( const int code = requirePositional( name, parser, { tr( "TERRITORY" ), tr( "SOURCE" ) } ); code >= 0 )
      return code;
    const QString path = parser.positionalArguments().at( 0 );
    const QString source = parser.positionalArguments().at( 1 );
    ImportOptions options;
    options.targetLayer = parser.value( QStringLiteral( "layer" ) );
    if ( options.targetLayer.isEmpty() )
      return usageError( name, tr( "--layer DOMAIN:LAYER is required." ) );
    if ( !options.targetLayer.contains( QLatin1Char( ':' ) ) )
      return usageError( name,
                         tr( "--layer: '%1' is not of the form DOMAIN:LAYER (e.g. lighting:luminaires)." ).arg( options.targetLayer ) );
    const QStringList pairs = parser.value( QStringLiteral( "field-map" ) ).split( QLatin1Char( ',' ), Qt::SkipEmptyParts );
    for ( const QString &pair : pairs )
    {
      const int equal = pair.indexOf( QLatin1Char( '=' ) );
      const QString from = pair.left( equal ).trimmed();
      const QString to = pair.mid( equal + 1 ).trimmed();
      if ( equal < 0 || from.isEmpty() || to.isEmpty() )
        return usageError( name, tr( "--field-map: '%1' is not of the form SOURCE=TARGET." ).arg( pair ) );
      if ( options.fieldMap.contains( from ) )
        return usageError( name, tr( "--field-map: source field '%1' is mapped twice." ).arg( from ) );
      options.fieldMap.insert( from, to );
    }
    options.skipInvalid = parser.isSet( QStringLiteral( "skip-invalid" ) );
    options.sourceLayer = parser.value( QStringLiteral( "source-layer" ) );
    options.sourceCrs = parser.value( QStringLiteral( "source-crs" ) ).trimmed();
    if ( !options.sourceCrs.isEmpty() && !isKnownCrs( options.sourceCrs ) )
      return usageError( name, tr( "--source-crs: '%1' is not a coordinate reference system known to PROJ." ).arg( options.sourceCrs ) );

    // the source first: an unreadable source must not even open the territory for writing
    QString error;
    const QMap<QString, QStringList> sourceLayers = Importer::inspect( source, &error );
    if ( sourceLayers.isEmpty() )
    {
      mErr << ( error.isEmpty() ? tr( "%1: no vector layer to import." ).arg( native( source ) ) : error ) << Qt::endl;
      return InputError;
    }
    if ( !options.sourceLayer.isEmpty() && !sourceLayers.contains( options.sourceLayer ) )
      return usageError( name, tr( "--source-layer: %1 has no layer '%2' (layers: %3)." )
                                   .arg( native( source ), options.sourceLayer, sourceLayers.keys().join( QStringLiteral( ", " ) ) ) );

    std::unique_ptr<Territory> territory = Territory::open( path, pluginList( *mPlugins ), Territory::Mode::ReadWrite, &error );
    if ( !territory )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    const LayerSchema *target = territory->layer( options.targetLayer );
    if ( !target )
    {
      QStringList names;
      const QList<LayerSchema> layers = territory->layers();
      for ( const LayerSchema &layer : layers )
        names << layer.qualifiedName();
      return usageError( name, tr( "--layer: %1 has no layer '%2' (layers: %3)." )
                                   .arg( native( path ), options.targetLayer, names.join( QStringLiteral( ", " ) ) ) );
    }
    for ( auto it = options.fieldMap.constBegin(); it != options.fieldMap.constEnd(); ++it )
    {
      if ( !target->field( it.value() ) )
        return usageError( name, tr( "--field-map: layer %1 has no field '%2'." ).arg( options.targetLayer, it.value() ) );
    }

    int lastStep = -1;
    const Importer::Progress progress = [this, &lastStep]( double fraction )
    {
      const int step = static_cast<int>( fraction * 10 );
      if ( step != lastStep )
      {
        lastStep = step;
        mErr << tr( "Importing: %1%" ).arg( step * 10 ) << Qt::endl;
      }
      return true;
    };
    const ImportResult result = Importer::run( *territory, source, options, progress );
    const bool partial = result.ok && !result.issues.isEmpty();

    if ( mJson )
    {
      QJsonObject object;
      object.insert( QStringLiteral( "ok" ), result.ok );
      object.insert( QStringLiteral( "rolledBack" ), !result.ok );
      object.insert( QStringLiteral( "layer" ), options.targetLayer );
      object.insert( QStringLiteral( "imported" ), static_cast<double>( result.imported ) );
      object.insert( QStringLiteral( "skipped" ), result.ok ? static_cast<int>( result.issues.size() ) : 0 );
      object.insert( QStringLiteral( "error" ), result.error );
      QJsonArray issues;
      for ( const ImportIssue &issue : result.issues )
        issues << QJsonObject{ { QStringLiteral( "row" ), static_cast<double>( issue.row ) },
                               { QStringLiteral( "field" ), issue.field },
                               { QStringLiteral( "reason" ), issue.reason } };
      object.insert( QStringLiteral( "issues" ), issues );
      object.insert( QStringLiteral( "unmappedSourceFields" ), QJsonArray::fromStringList( result.unmappedSourceFields ) );
      printJson( object );
    }
    else
    {
      if ( result.ok )
        mOut << tr( "Imported %1 feature(s) into %2." ).arg( result.imported ).arg( options.targetLayer ) << '\n';
      else
        mErr << tr( "Import rolled back, nothing was changed: %1" ).arg( result.error ) << '\n';
      if ( !result.issues.isEmpty() )
      {
        QTextStream &stream = result.ok ? mOut : mErr;
        stream << ( result.ok ? tr( "Skipped %1 invalid feature(s):" ) : tr( "%1 invalid feature(s):" ) ).arg( result.issues.size() )
               << '\n';
        for ( const ImportIssue &issue : result.issues )
          stream << QStringLiteral( "  " ) << issue.toString() << '\n';
      }
      if ( !result.unmappedSourceFields.isEmpty() )
        mErr << tr( "Source fields not imported: %1" ).arg( result.unmappedSourceFields.join( QStringLiteral( ", " ) ) ) << '\n';
      mOut.flush();
      mErr.flush();
    }
    if ( !result.ok )
      return Failure;
    return partial ? PartialImport : Success;
  }

  int Cli::exportData( QCommandLineParser &parser )
  {
    const QString name = QStringLiteral( "export" );
    if ( const int code = requirePositional( name, parser, { tr( "TERRITORY" ), tr( "OUT" ) } ); code >= 0 )
      return code;
    const QString path = parser.positionalArguments().at( 0 );
    const QString destination = parser.positionalArguments().at( 1 );
    const QString layerName = parser.value( QStringLiteral( "layer" ) );
    if ( layerName.isEmpty() )
      return usageError( name, tr( "--layer DOMAIN:LAYER is required." ) );
    const QString suffix = QFileInfo( destination ).suffix().toLower();
    const QStringList formats = { QStringLiteral( "gpkg" ), QStringLiteral( "geojson" ), QStringLiteral( "json" ),
                                  QStringLiteral( "shp" ) };
    if ( !formats.contains( suffix ) )
      return usageError( name, tr( "%1: unknown output format '%2' (use .gpkg, .geojson or .shp)." ).arg( native( destination ), suffix ) );

    QString error;
    const std::unique_ptr<Territory> territory = Territory::open( path, pluginList( *mPlugins ), Territory::Mode::ReadOnly, &error );
    if ( !territory )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    if ( !territory->layer( layerName ) )
      return usageError( name, tr( "--layer: %1 has no layer '%2'." ).arg( native( path ), layerName ) );
    if ( !exportLayer( *territory, layerName, destination, &error ) )
    {
      mErr << tr( "Export failed: %1" ).arg( error ) << Qt::endl;
      return Failure;
    }
    const qint64 count = territory->featureCount( layerName );
    if ( mJson )
      printJson( QJsonObject{ { QStringLiteral( "layer" ), layerName },
                              { QStringLiteral( "destination" ), QFileInfo( destination ).absoluteFilePath() },
                              { QStringLiteral( "features" ), static_cast<double>( count ) } } );
    else
      mOut << tr( "Exported %1 feature(s) of %2 to %3." ).arg( count ).arg( layerName, native( destination ) ) << Qt::endl;
    return Success;
  }

  int Cli::render( QCommandLineParser &parser )
  {
    const QString name = QStringLiteral( "render" );
    if ( const int code = requirePositional( name, parser, { tr( "TERRITORY" ) } ); code >= 0 )
      return code;
    const QString path = parser.positionalArguments().constFirst();
    const QString out = parser.value( QStringLiteral( "out" ) );
    if ( out.isEmpty() )
      return usageError( name, tr( "--out FILE is required." ) );
    const QByteArray format = QFileInfo( out ).suffix().toLower().toLatin1();
    if ( !QImageWriter::supportedImageFormats().contains( format ) )
      return usageError( name, tr( "--out: cannot write images of type '%1' (use .png or .jpg)." ).arg( QString::fromLatin1( format ) ) );

    RenderSettings settings;
    if ( parser.isSet( QStringLiteral( "size" ) ) )
    {
      static const QRegularExpression sizeExpression( QStringLiteral( "^(\\d{1,5})[x×X](\\d{1,5})$" ) );
      const QRegularExpressionMatch match = sizeExpression.match( parser.value( QStringLiteral( "size" ) ).trimmed() );
      const int width = match.captured( 1 ).toInt();
      const int height = match.captured( 2 ).toInt();
      if ( !match.hasMatch() || width < 1 || height < 1 || width > 20000 || height > 20000 )
        return usageError( name, tr( "--size: '%1' is not WIDTHxHEIGHT in pixels between 1 and 20000 (e.g. 1600x1000)." )
                                     .arg( parser.value( QStringLiteral( "size" ) ) ) );
      settings.size = QSize( width, height );
    }
    if ( parser.isSet( QStringLiteral( "dpi" ) ) )
    {
      bool ok = false;
      settings.dpi = parser.value( QStringLiteral( "dpi" ) ).toDouble( &ok );
      if ( !ok || settings.dpi < 1 || settings.dpi > 2400 )
        return usageError( name,
                           tr( "--dpi: '%1' is not a resolution between 1 and 2400." ).arg( parser.value( QStringLiteral( "dpi" ) ) ) );
    }
    if ( parser.isSet( QStringLiteral( "extent" ) ) )
    {
      const QStringList parts = parser.value( QStringLiteral( "extent" ) ).split( QLatin1Char( ',' ) );
      QList<double> values;
      for ( const QString &part : parts )
      {
        bool ok = false;
        values << part.trimmed().toDouble( &ok );
        if ( !ok )
          return usageError( name, tr( "--extent: '%1' is not a number." ).arg( part ) );
      }
      if ( values.size() != 4 )
        return usageError( name, tr( "--extent: expected 4 numbers XMIN,YMIN,XMAX,YMAX, got %1." ).arg( values.size() ) );
      if ( values.at( 0 ) >= values.at( 2 ) || values.at( 1 ) >= values.at( 3 ) )
        return usageError( name, tr( "--extent: XMIN must be less than XMAX and YMIN less than YMAX." ) );
      settings.extent = QgsRectangle( values.at( 0 ), values.at( 1 ), values.at( 2 ), values.at( 3 ) );
    }
    if ( parser.isSet( QStringLiteral( "background" ) ) )
    {
      settings.background = QColor( parser.value( QStringLiteral( "background" ) ) );
      if ( !settings.background.isValid() )
        return usageError(
            name,
            tr( "--background: '%1' is not a colour (e.g. #ffffff or white)." ).arg( parser.value( QStringLiteral( "background" ) ) ) );
    }
    settings.labels = !parser.isSet( QStringLiteral( "no-labels" ) );

    QString error;
    // closed before exitQgis(): QGIS's OGR provider cleans GDAL up when QGIS exits
    std::unique_ptr<Territory> territory = Territory::open( path, pluginList( *mPlugins ), Territory::Mode::ReadOnly, &error );
    if ( !territory )
    {
      mErr << error << Qt::endl;
      return InputError;
    }
    QElapsedTimer timer;
    timer.start();
    if ( !QgisInit::initQgis( &error ) )
    {
      mErr << error << Qt::endl;
      return Failure;
    }
    int code = Success;
    {
      QgsProject project;
      if ( !TerritoryLayers::load( *territory, *mPlugins, &project, &error ) )
      {
        mErr << error << Qt::endl;
        code = Failure;
      }
      else
      {
        QStringList warnings;
        const QImage image = MapRender::render( &project, settings, &error, &warnings );
        for ( const QString &warning : std::as_const( warnings ) )
          mErr << tr( "Warning: %1" ).arg( warning ) << '\n';
        if ( image.isNull() )
        {
          mErr << error << Qt::endl;
          code = Failure;
        }
        else if ( !image.save( out ) )
        {
          mErr << tr( "Cannot write %1." ).arg( native( out ) ) << Qt::endl;
          code = Failure;
        }
        else
        {
          const QgsRectangle extent = MapRender::mapSettings( &project, settings ).visibleExtent();
          if ( mJson )
            printJson( QJsonObject{
                { QStringLiteral( "out" ), QFileInfo( out ).absoluteFilePath() },
                { QStringLiteral( "width" ), image.width() },
                { QStringLiteral( "height" ), image.height() },
                { QStringLiteral( "dpi" ), settings.dpi },
                { QStringLiteral( "extent" ), QJsonArray{ extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum() } },
                { QStringLiteral( "layers" ), static_cast<int>( MapRender::visibleLayers( &project ).size() ) },
                { QStringLiteral( "milliseconds" ), static_cast<double>( timer.elapsed() ) } } );
          else
            mOut << tr( "Rendered %1 (%2×%3 px) in %4 ms." )
                        .arg( native( out ) )
                        .arg( image.width() )
                        .arg( image.height() )
                        .arg( timer.elapsed() )
                 << Qt::endl;
        }
      }
    }
    territory.reset();
    QgisInit::exitQgis();
    return code;
  }

  int Cli::listPlugins( QCommandLineParser &parser )
  {
    if ( const int code = requirePositional( QStringLiteral( "plugins" ), parser, {} ); code >= 0 )
      return code;
    const QList<PluginRecord> records = mPlugins->records();
    if ( mJson )
    {
      QJsonArray array;
      for ( const PluginRecord &record : records )
        array << QJsonObject{ { QStringLiteral( "file" ), record.fileName },
                              { QStringLiteral( "id" ), record.id },
                              { QStringLiteral( "name" ), record.name },
                              { QStringLiteral( "version" ), record.version },
                              { QStringLiteral( "interfaceVersion" ), record.interfaceVersion },
                              { QStringLiteral( "loaded" ), record.loaded },
                              { QStringLiteral( "error" ), record.error } };
      printJson( array );
      return Success;
    }
    if ( records.isEmpty() )
    {
      mOut << tr( "No domain plugin found in: %1" ).arg( native( PluginManager::defaultSearchPaths().join( QStringLiteral( ", " ) ) ) )
           << Qt::endl;
      return Success;
    }
    for ( const PluginRecord &record : records )
    {
      if ( record.loaded )
        mOut << tr( "loaded   %1 %2 (%3) - %4" ).arg( record.id, record.version, record.name, native( record.fileName ) ) << '\n';
      else
        mOut << tr( "skipped  %1 - %2" ).arg( native( record.fileName ), record.error ) << '\n';
    }
    mOut.flush();
    return Success;
  }
} // namespace vigie
