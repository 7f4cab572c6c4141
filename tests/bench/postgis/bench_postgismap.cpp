// SPDX-License-Identifier: GPL-2.0-or-later
// bench_postgismap (run by bench_postgis, i.e. `tools/dev bench postgis`): map render of the
// Finistère demo territory (279 communes and the plugins' assets) from PostGIS against the same
// territory in a GeoPackage: the same layers, styles and extent, rendered offscreen by QGIS
// (QgsMapRendererParallelJob through MapRender), median of N runs after a warm-up, and the ratio.
//   bench_postgismap [--runs N] [--size WxH] [--pg PG:CONNINFO]
// The GeoPackage is built once into <build>/bench-data/finistere.gpkg (DemoBuilder, as
// `vigie-cli territory create --demo finistere`); it is copied into a new database of the cluster
// named by --pg (without dbname; default: a throwaway cluster of its own, tools/pgcluster) with
// TerritoryCopy (as `vigie-cli territory copy`). Whatever is missing is said and nothing is
// measured: exit code 2.

#include "demobuilder.h"
#include "maprender.h"
#include "pluginmanager.h"
#include "qgisinit.h"
#include "sqlconnection.h"
#include "territory.h"
#include "territorycopy.h"
#include "territorylayers.h"

#include <qgsapplication.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace
{
  QTextStream &out()
  {
    static QTextStream stream( stdout );
    return stream;
  }

  double median( QList<double> values )
  {
    if ( values.isEmpty() )
      return 0;
    std::sort( values.begin(), values.end() );
    const int n = static_cast<int>( values.size() );
    return n % 2 ? values.at( n / 2 ) : ( values.at( n / 2 - 1 ) + values.at( n / 2 ) ) / 2;
  }

  //! Nothing measured: the reason, and exit code 2.
  int missing( const QString &what )
  {
    out() << "map render (Finistère, PostGIS against GeoPackage): NOT MEASURED: " << what << "\n";
    out().flush();
    return 2;
  }

  struct Timing
  {
    double first = 0;  //!< first render after loading (connections, caches cold)
    double median = 0; //!< median of the runs after it
    qint64 features = 0;
    int layers = 0;
    QStringList empty; //!< layers without features
  };

  //! A territory loaded into a project of its own, with Vigie's styles.
  struct Loaded
  {
    QString path;
    std::unique_ptr<vigie::Territory> territory;
    std::unique_ptr<QgsProject> project;
    Timing timing;
    QList<double> times;
    QImage last; //!< the last render, compared between the two sides
  };

  //! Loads \a path; false with the reason (a layer QGIS cannot read is an error: it would draw nothing).
  bool load( const QString &path, const vigie::PluginManager &plugins, Loaded *loaded, QString *error )
  {
    loaded->path = path;
    loaded->territory = vigie::Territory::open( path, plugins.plugins(), vigie::Territory::Mode::ReadOnly, error );
    if ( !loaded->territory )
      return false;
    loaded->project = std::make_unique<QgsProject>();
    if ( !vigie::TerritoryLayers::load( *loaded->territory, plugins, loaded->project.get(), error ) )
      return false;
    for ( QgsMapLayer *layer : vigie::MapRender::visibleLayers( loaded->project.get() ) )
    {
      QgsVectorLayer *vector = qobject_cast<QgsVectorLayer *>( layer );
      if ( !vector )
        continue;
      if ( !vector->isValid() )
      {
        *error = QStringLiteral( "%1: layer %2 is not valid (%3)" )
                     .arg( vigie::SqlConnection::withoutPassword( path ), layer->name(),
                           vigie::SqlConnection::withoutPassword( layer->source() ) );
        return false;
      }
      ++loaded->timing.layers;
      const qint64 count = vector->featureCount();
      loaded->timing.features += std::max<qint64>( 0, count );
      if ( count <= 0 )
        loaded->timing.empty << layer->name();
    }
    return true;
  }

  //! One render (ms); -1 with the reason.
  double renderOnce( Loaded *loaded, const vigie::RenderSettings &settings, bool save, QString *error )
  {
    QElapsedTimer timer;
    timer.start();
    const QImage image = vigie::MapRender::render( loaded->project.get(), settings, error );
    const double elapsed = static_cast<double>( timer.nsecsElapsed() ) / 1e6;
    if ( image.isNull() )
      return -1;
    if ( save ) // kept to compare by eye
      loaded->last = image;
    if ( save )
      image.save( QStringLiteral( VIGIE_BINARY_DIR "/bench-data/%1" )
                      .arg( vigie::SqlConnection::isPostgres( loaded->path ) ? QStringLiteral( "finistere-postgis.png" )
                                                                             : QStringLiteral( "finistere-geopackage.png" ) ) );
    return elapsed;
  }
} // namespace

int main( int argc, char **argv )
{
  vigie::QgisInit::ensureQtPlatform();
  QTemporaryDir profile;
  QgsApplication app( argc, argv, true, profile.path(), QStringLiteral( "vigie-bench" ) );
  QCommandLineParser parser;
  parser.addOption( QCommandLineOption( QStringLiteral( "runs" ), QStringLiteral( "timed runs per territory (median)" ),
                                        QStringLiteral( "N" ), QStringLiteral( "7" ) ) );
  parser.addOption( QCommandLineOption( QStringLiteral( "size" ), QStringLiteral( "image size" ), QStringLiteral( "WxH" ),
                                        QStringLiteral( "1920x1080" ) ) );
  parser.addOption( QCommandLineOption( QStringLiteral( "pg" ), QStringLiteral( "PostgreSQL cluster (PG:CONNINFO without dbname)" ),
                                        QStringLiteral( "PG" ) ) );
  parser.addHelpOption();
  parser.process( app );
  const int runs = std::max( 1, parser.value( QStringLiteral( "runs" ) ).toInt() );
  const QStringList size = parser.value( QStringLiteral( "size" ) ).split( QLatin1Char( 'x' ) );
  vigie::RenderSettings settings;
  settings.size = size.size() == 2 ? QSize( size.at( 0 ).toInt(), size.at( 1 ).toInt() ) : QSize( 1920, 1080 );
  settings.dpi = 96;

  QString error;
  if ( !vigie::QgisInit::initQgis( &error ) )
    return missing( QStringLiteral( "QGIS cannot start: %1" ).arg( error ) );
  int code = 0;
  QString clusterDir;
  {
    vigie::PluginManager plugins;
    plugins.loadFrom( { QStringLiteral( VIGIE_PLUGIN_DIR ) } );
    if ( plugins.plugins().isEmpty() )
      return missing( QStringLiteral( "no domain plugin in %1 (build the plugins)" ).arg( QStringLiteral( VIGIE_PLUGIN_DIR ) ) );

    // 1. the GeoPackage, built once
    const QString dataDir = QStringLiteral( VIGIE_BINARY_DIR "/bench-data" );
    QDir().mkpath( dataDir );
    const QString gpkg = QDir( dataDir ).filePath( QStringLiteral( "finistere.gpkg" ) );
    if ( !QFileInfo::exists( gpkg ) )
    {
      const QString source = vigie::DemoBuilder::defaultSourceDirectory();
      out() << "building " << gpkg << " (once) from " << source << "\n";
      out().flush();
      if ( !vigie::DemoBuilder::build( QStringLiteral( "finistere" ), gpkg, plugins.plugins(), source, &error ) )
        return missing( QStringLiteral( "the Finistère demo cannot be built (demo data missing?): %1" ).arg( error ) );
    }

    // 2. the cluster and a database holding a copy of it
    QString pg = parser.value( QStringLiteral( "pg" ) );
    if ( pg.isEmpty() )
    {
      clusterDir = QStringLiteral( VIGIE_BINARY_DIR "/bench-pgcluster-map-%1" ).arg( QCoreApplication::applicationPid() );
      QProcess start;
      start.start( QStringLiteral( VIGIE_SOURCE_DIR "/tools/pgcluster" ),
                   { QStringLiteral( "start" ), clusterDir, QStringLiteral( "auto" ), QStringLiteral( "--if-available" ) } );
      start.waitForFinished( 120000 );
      QFile conninfo( clusterDir + QStringLiteral( "/conninfo" ) );
      if ( start.exitCode() != 0 || !conninfo.open( QIODevice::ReadOnly ) )
      {
        QFile unavailable( clusterDir + QStringLiteral( "/unavailable" ) );
        unavailable.open( QIODevice::ReadOnly );
        const QString why = QString::fromUtf8( start.readAllStandardError() + unavailable.readAll() ).trimmed();
        QProcess::execute( QStringLiteral( VIGIE_SOURCE_DIR "/tools/pgcluster" ), { QStringLiteral( "stop" ), clusterDir } );
        return missing( QStringLiteral( "no PostgreSQL cluster: %1" ).arg( why ) );
      }
      pg = QStringLiteral( "PG:" ) + QString::fromUtf8( conninfo.readAll() ).trimmed();
    }
    const QString database = QStringLiteral( "bench_finistere_%1" ).arg( QCoreApplication::applicationPid() );
    std::unique_ptr<vigie::SqlConnection> admin =
        vigie::SqlConnection::open( pg + QStringLiteral( " dbname=postgres" ), vigie::SqlConnection::Mode::ReadWrite, &error );
    if ( !admin || !admin->execute( QStringLiteral( "CREATE DATABASE %1 TEMPLATE vigie_test" ).arg( database ), QVariantList(), &error ) )
      code = missing( QStringLiteral( "cannot create database %1: %2" ).arg( database, error ) );
    const QString target = pg + QStringLiteral( " dbname=%1" ).arg( database );
    if ( code == 0 )
    {
      QElapsedTimer copyTimer;
      copyTimer.start();
      vigie::TerritoryCopyResult copied;
      if ( !vigie::TerritoryCopy::copy( gpkg, target, plugins.plugins(), &copied, &error ) )
        code = missing( QStringLiteral( "copy of %1 into PostGIS failed: %2" ).arg( gpkg, error ) );
      else
        out() << QStringLiteral( "copied %1 into PostGIS in %2 s (%3 features in %4 layers, %5 rows)\n" )
                     .arg( QFileInfo( gpkg ).fileName() )
                     .arg( static_cast<double>( copyTimer.elapsed() ) / 1000.0, 0, 'f', 1 )
                     .arg( copied.features )
                     .arg( copied.layers.size() )
                     .arg( copied.rows );
    }

    // 3. the same extent (the GeoPackage's full extent) rendered from both, turn about (the machine's load drifts)
    if ( code == 0 )
    {
      Loaded sides[2];
      if ( !load( gpkg, plugins, &sides[0], &error ) )
        code = missing( QStringLiteral( "GeoPackage layers: %1" ).arg( error ) );
      else if ( !load( target, plugins, &sides[1], &error ) )
        code = missing( QStringLiteral( "PostGIS layers: %1" ).arg( error ) );
      else if ( sides[0].timing.features != sides[1].timing.features || sides[0].timing.layers != sides[1].timing.layers )
        code = missing( QStringLiteral( "the PostGIS copy differs: %1 features in %2 layers against %3 in %4 in the GeoPackage" )
                            .arg( sides[1].timing.features )
                            .arg( sides[1].timing.layers )
                            .arg( sides[0].timing.features )
                            .arg( sides[0].timing.layers ) );
      else if ( sides[0].timing.features == 0 )
        code = missing( QStringLiteral( "%1 has no features" ).arg( gpkg ) );
      settings.extent = code == 0 ? vigie::MapRender::mapSettings( sides[0].project.get(), settings ).visibleExtent() : QgsRectangle();
      for ( int run = 0; code == 0 && run <= runs; ++run )
      {
        for ( Loaded &side : sides )
        {
          const double elapsed = renderOnce( &side, settings, run == runs, &error );
          if ( elapsed < 0 )
          {
            code = missing( QStringLiteral( "render of %1 failed: %2" ).arg( vigie::SqlConnection::withoutPassword( side.path ), error ) );
            break;
          }
          if ( run == 0 )
            side.timing.first = elapsed; // connections, provider and symbol caches cold
          else
            side.times << elapsed;
        }
      }
      if ( code == 0 )
      {
        const Timing &g = sides[0].timing;
        Timing &p = sides[1].timing;
        sides[0].timing.median = median( sides[0].times );
        p.median = median( sides[1].times );
        if ( !g.empty.isEmpty() )
          out() << "note: layers without features in this demo (drawn empty on both sides): " << g.empty.join( QStringLiteral( ", " ) )
                << "\n";
        out() << QStringLiteral(
                     "map render of the Finistère territory (%1 layers, %2 features), offscreen %3x%4, Vigie styles, same extent,"
                     " renders taken in turn, median of %5 after a first one:\n" )
                     .arg( g.layers )
                     .arg( g.features )
                     .arg( settings.size.width() )
                     .arg( settings.size.height() )
                     .arg( runs );
        out() << QStringLiteral( "  GeoPackage: first %1 ms, median %2 ms\n  PostGIS:    first %3 ms, median %4 ms\n"
                                 "  PostGIS / GeoPackage = %5 (median), %6 (first)\n" )
                     .arg( g.first, 0, 'f', 0 )
                     .arg( sides[0].timing.median, 0, 'f', 0 )
                     .arg( p.first, 0, 'f', 0 )
                     .arg( p.median, 0, 'f', 0 )
                     .arg( sides[0].timing.median > 0 ? p.median / sides[0].timing.median : 0, 0, 'f', 2 )
                     .arg( g.first > 0 ? p.first / g.first : 0, 0, 'f', 2 );
        out() << "  same image from both: "
              << ( sides[0].last == sides[1].last ? "yes (pixel for pixel)" : "NO (see bench-data/finistere-*.png)" ) << "\n";
        out().flush();
      }
    }
    if ( admin )
      admin->execute( QStringLiteral( "DROP DATABASE IF EXISTS %1 WITH (FORCE)" ).arg( database ) ); // QGIS may keep connections
  }
  vigie::QgisInit::exitQgis();
  if ( !clusterDir.isEmpty() )
    QProcess::execute( QStringLiteral( VIGIE_SOURCE_DIR "/tools/pgcluster" ), { QStringLiteral( "stop" ), clusterDir } );
  return code;
}
