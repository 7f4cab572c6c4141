// SPDX-License-Identifier: GPL-2.0-or-later
// Render benchmark (tools/dev bench render), not a test: offscreen 1920×1080 renderings
// of the demo territory and of a generated territory with 1,000,000 points and 200,000
// lines, each through Vigie's styled layers (TerritoryLayers) and through bare QGIS
// default styles in the same process; median of several runs and the ratio; plus cold
// start to first rendered frame of `vigie` (or `vigie-cli render` when the app lacks
// --exit-after-first-frame).
//
// Data is generated once into <build>/bench-data/ and reused (delete the folder to rebuild).
// Options: --runs N (default 5), --skip-large, --skip-startup.

#include "demobuilder.h"
#include "maprender.h"
#include "pluginmanager.h"
#include "qgisinit.h"
#include "territory.h"
#include "territorylayers.h"

#include <qgsapplication.h>
#include <qgsproject.h>

#include <ogrsf_frmts.h>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>

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

  QString benchDataDir()
  {
    const QString dir = QStringLiteral( VIGIE_BINARY_DIR "/bench-data" );
    QDir().mkpath( dir );
    return dir;
  }

  bool setField( OGRFeature &feature, const QString &name, const QVariant &value )
  {
    const int index = feature.GetFieldIndex( name.toUtf8().constData() );
    if ( index < 0 || !value.isValid() || value.isNull() )
      return false;
    switch ( value.type() )
    {
      case QVariant::Int:
      case QVariant::Bool:
        feature.SetField( index, value.toInt() );
        break;
      case QVariant::LongLong:
        feature.SetField( index, static_cast<GIntBig>( value.toLongLong() ) );
        break;
      case QVariant::Double:
        feature.SetField( index, value.toDouble() );
        break;
      default:
        feature.SetField( index, value.toString().toUtf8().constData() );
    }
    return true;
  }

  /**
   * A territory with 1,000,000 luminaires and 200,000 streets spread over the demo's extent,
   * attributes cycled from the demo (so the styles' classes are all used), written with OGR
   * in one transaction.
   */
  bool generateLarge( const QString &path, const vigie::Territory &demo, const vigie::PluginManager &plugins, QString *error )
  {
    // written under a temporary name (still .gpkg for GDAL), renamed when complete
    const QString partial = QFileInfo( path ).dir().filePath( QStringLiteral( "partial-" ) + QFileInfo( path ).fileName() );
    QFile::remove( partial );
    vigie::TerritoryInfo info;
    info.name = QStringLiteral( "Bench 1M points 200k lines" );
    info.crs = demo.info().crs;
    {
      if ( !vigie::Territory::create( partial, info, plugins.plugins(), error ) )
        return false;
    }
    const QList<vigie::Feature> lamps = demo.features( QStringLiteral( "lighting:luminaires" ), error );
    const QList<vigie::Feature> streets = demo.features( QStringLiteral( "territory:streets" ), error );
    if ( lamps.isEmpty() || streets.isEmpty() )
    {
      *error = QStringLiteral( "the demo has no luminaires or streets to copy attributes from" );
      return false;
    }
    const QRectF extent = demo.extent( QStringLiteral( "territory:communes" ) );

    std::unique_ptr<GDALDataset> dataset( GDALDataset::Open( partial.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE ) );
    if ( !dataset )
    {
      *error = QStringLiteral( "cannot open %1 with GDAL" ).arg( partial );
      return false;
    }
    OGRLayer *points = dataset->GetLayerByName( "lighting_luminaires" );
    OGRLayer *lines = dataset->GetLayerByName( "territory_streets" );
    if ( !points || !lines )
    {
      *error = QStringLiteral( "tables lighting_luminaires or territory_streets missing" );
      return false;
    }
    std::mt19937 random( 42 );
    std::uniform_real_distribution<double> x( extent.left(), extent.right() );
    std::uniform_real_distribution<double> y( extent.top(), extent.bottom() );
    std::uniform_real_distribution<double> step( -150, 150 );
    if ( dataset->StartTransaction() != OGRERR_NONE )
    {
      *error = QStringLiteral( "cannot start a transaction" );
      return false;
    }
    const int pointCount = 1000000;
    const int lineCount = 200000;
    for ( int i = 0; i < pointCount; ++i )
    {
      OGRFeature feature( points->GetLayerDefn() );
      const QVariantMap &attributes = lamps.at( i % lamps.size() ).attributes;
      for ( auto it = attributes.constBegin(); it != attributes.constEnd(); ++it )
        setField( feature, it.key(), it.value() );
      OGRPoint point( x( random ), y( random ) );
      feature.SetGeometry( &point );
      if ( points->CreateFeature( &feature ) != OGRERR_NONE )
      {
        *error = QStringLiteral( "cannot write point %1" ).arg( i );
        return false;
      }
    }
    for ( int i = 0; i < lineCount; ++i )
    {
      OGRFeature feature( lines->GetLayerDefn() );
      const QVariantMap &attributes = streets.at( i % streets.size() ).attributes;
      for ( auto it = attributes.constBegin(); it != attributes.constEnd(); ++it )
        setField( feature, it.key(), it.value() );
      OGRLineString line;
      double px = x( random );
      double py = y( random );
      line.addPoint( px, py );
      const int vertices = 2 + i % 3;
      for ( int v = 1; v < vertices; ++v )
      {
        px += step( random );
        py += step( random );
        line.addPoint( px, py );
      }
      OGRMultiLineString multi;
      multi.addGeometry( &line );
      feature.SetGeometry( &multi );
      if ( lines->CreateFeature( &feature ) != OGRERR_NONE )
      {
        *error = QStringLiteral( "cannot write line %1" ).arg( i );
        return false;
      }
    }
    if ( dataset->CommitTransaction() != OGRERR_NONE )
    {
      *error = QStringLiteral( "commit failed" );
      return false;
    }
    dataset.reset();
    QFile::remove( path );
    return QFile::rename( partial, path );
  }

  struct Timing
  {
    double styled = 0;
    double plain = 0;
  };

  //! Median render time (ms) of a territory at full extent, styled and default.
  bool timeRenders( const QString &path, const vigie::PluginManager &plugins, int runs, Timing *timing, QString *error )
  {
    const std::unique_ptr<vigie::Territory> territory = vigie::Territory::open( path, plugins.plugins(), vigie::Territory::Mode::ReadOnly, error );
    if ( !territory )
      return false;
    for ( const bool styled : { true, false } )
    {
      QgsProject project;
      vigie::TerritoryLayers::Options options;
      options.applyStyles = styled;
      if ( !vigie::TerritoryLayers::load( *territory, plugins, &project, options, error ) )
        return false;
      vigie::RenderSettings settings;
      settings.size = QSize( 1920, 1080 );
      settings.dpi = 96;
      QList<double> times;
      for ( int run = 0; run <= runs; ++run )  // run 0 warms the caches (file pages, fonts, SVG)
      {
        QElapsedTimer timer;
        timer.start();
        const QImage image = vigie::MapRender::render( &project, settings, error );
        const double elapsed = timer.nsecsElapsed() / 1e6;
        if ( image.isNull() )
          return false;
        if ( run > 0 )
          times << elapsed;
      }
      ( styled ? timing->styled : timing->plain ) = median( times );
      if ( styled )
        vigie::MapRender::render( &project, settings ).save( QDir( benchDataDir() ).filePath( QFileInfo( path ).completeBaseName() + QStringLiteral( "-styled.png" ) ) );
    }
    return true;
  }

  //! Median cold start to first frame (ms) of `vigie`, or of `vigie-cli render` as a stand-in.
  double coldStart( const QString &demo, int runs, QString *what, double *reported )
  {
    const QString bin = QStringLiteral( VIGIE_BINARY_DIR "/bin/" );
    QTemporaryDir temp;
    QStringList arguments;
    QString program = bin + QStringLiteral( "vigie" );
    bool app = false;
    if ( QFileInfo( program ).isExecutable() )
    {
      QProcess probe;
      probe.start( program, { QStringLiteral( "--help" ) } );
      probe.waitForFinished( 30000 );
      app = QString::fromUtf8( probe.readAllStandardOutput() + probe.readAllStandardError() ).contains( QStringLiteral( "--exit-after-first-frame" ) );
    }
    if ( app )
    {
      arguments = QStringList { QStringLiteral( "--exit-after-first-frame" ), demo };
      *what = QStringLiteral( "vigie --exit-after-first-frame (process start to exit)" );
    }
    else
    {
      program = bin + QStringLiteral( "vigie-cli" );
      arguments = QStringList { QStringLiteral( "render" ), demo, QStringLiteral( "--out" ), temp.filePath( QStringLiteral( "frame.png" ) ), QStringLiteral( "--size" ),
                    QStringLiteral( "1920x1080" ) };
      *what = QStringLiteral( "vigie-cli render 1920x1080 (stand-in: vigie has no --exit-after-first-frame)" );
    }
    QList<double> times;
    QList<double> reportedTimes;
    static const QRegularExpression firstFrame( QStringLiteral( "first frame after (\\d+) ms" ) );
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert( QStringLiteral( "QT_QPA_PLATFORM" ), QStringLiteral( "offscreen" ) );
    environment.insert( QStringLiteral( "VIGIE_QGIS_PROFILE" ), temp.filePath( QStringLiteral( "profile" ) ) );
    for ( int run = 0; run <= runs; ++run )
    {
      QProcess process;
      process.setProcessEnvironment( environment );
      QElapsedTimer timer;
      timer.start();
      process.start( program, arguments );
      if ( !process.waitForFinished( 120000 ) || process.exitCode() != 0 )
      {
        *what += QStringLiteral( " - FAILED: " ) + QString::fromUtf8( process.readAllStandardError() ).left( 300 );
        return -1;
      }
      const double elapsed = timer.nsecsElapsed() / 1e6;
      const QRegularExpressionMatch match = firstFrame.match( QString::fromUtf8( process.readAllStandardOutput() ) );
      if ( run > 0 )
      {
        times << elapsed;
        if ( match.hasMatch() )
          reportedTimes << match.captured( 1 ).toDouble();
      }
    }
    *reported = reportedTimes.isEmpty() ? -1 : median( reportedTimes );
    return median( times );
  }
} // namespace

int main( int argc, char **argv )
{
  vigie::QgisInit::ensureQtPlatform();
  QTemporaryDir profile;
  QgsApplication app( argc, argv, true, profile.path(), QStringLiteral( "vigie-bench" ) );
  QCommandLineParser parser;
  parser.addOption( QCommandLineOption( QStringLiteral( "runs" ), QStringLiteral( "timed runs per case (median)" ), QStringLiteral( "N" ), QStringLiteral( "5" ) ) );
  parser.addOption( QCommandLineOption( QStringLiteral( "skip-large" ), QStringLiteral( "skip the 1M points / 200k lines territory" ) ) );
  parser.addOption( QCommandLineOption( QStringLiteral( "skip-startup" ), QStringLiteral( "skip the cold start measure" ) ) );
  parser.addHelpOption();
  parser.process( app );
  const int runs = std::max( 1, parser.value( QStringLiteral( "runs" ) ).toInt() );

  QString error;
  if ( !vigie::QgisInit::initQgis( &error ) )
  {
    std::fprintf( stderr, "QGIS: %s\n", qPrintable( error ) );
    return 1;
  }
  GDALAllRegister();
  int code = 0;
  {
    vigie::PluginManager plugins;
    plugins.loadFrom( { QStringLiteral( VIGIE_PLUGIN_DIR ) } );
    const QString demo = QDir( benchDataDir() ).filePath( QStringLiteral( "montpellier.gpkg" ) );
    const QString large = QDir( benchDataDir() ).filePath( QStringLiteral( "large-1m-points-200k-lines.gpkg" ) );
    if ( !QFileInfo::exists( demo ) )
    {
      out() << "building " << demo << Qt::endl;
      if ( !vigie::DemoBuilder::build( QStringLiteral( "montpellier" ), demo, plugins.plugins(), QStringLiteral( VIGIE_SOURCE_DIR "/resources/demo" ), &error ) )
      {
        std::fprintf( stderr, "demo: %s\n", qPrintable( error ) );
        return 1;
      }
    }
    if ( !parser.isSet( QStringLiteral( "skip-large" ) ) && !QFileInfo::exists( large ) )
    {
      out() << "generating " << large << " (once)" << Qt::endl;
      QElapsedTimer timer;
      timer.start();
      const std::unique_ptr<vigie::Territory> territory = vigie::Territory::open( demo, plugins.plugins(), vigie::Territory::Mode::ReadOnly, &error );
      if ( !territory || !generateLarge( large, *territory, plugins, &error ) )
      {
        std::fprintf( stderr, "large: %s\n", qPrintable( error ) );
        return 1;
      }
      out() << "generated in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }

    out() << "\nOffscreen 1920x1080, full extent, QgsMapRendererParallelJob, median of " << runs << " runs (after 1 warm-up)\n";
    out() << QStringLiteral( "%1 %2 %3 %4\n" )
               .arg( QStringLiteral( "data set" ).leftJustified( 38 ), QStringLiteral( "Vigie styles" ).rightJustified( 13 ),
                     QStringLiteral( "QGIS default" ).rightJustified( 13 ), QStringLiteral( "ratio" ).rightJustified( 7 ) );
    QList<QPair<QString, QString>> sets = { { QStringLiteral( "demo Montpellier (all layers)" ), demo } };
    if ( !parser.isSet( QStringLiteral( "skip-large" ) ) )
      sets << qMakePair( QStringLiteral( "1,000,000 points + 200,000 lines" ), large );
    for ( const auto &set : std::as_const( sets ) )
    {
      Timing timing;
      if ( !timeRenders( set.second, plugins, runs, &timing, &error ) )
      {
        std::fprintf( stderr, "%s: %s\n", qPrintable( set.first ), qPrintable( error ) );
        code = 1;
        continue;
      }
      out() << QStringLiteral( "%1 %2 %3 %4\n" )
                 .arg( set.first.leftJustified( 38 ) )
                 .arg( QStringLiteral( "%1 ms" ).arg( timing.styled, 0, 'f', 0 ).rightJustified( 13 ) )
                 .arg( QStringLiteral( "%1 ms" ).arg( timing.plain, 0, 'f', 0 ).rightJustified( 13 ) )
                 .arg( QString::number( timing.plain > 0 ? timing.styled / timing.plain : 0, 'f', 2 ).rightJustified( 7 ) );
      out().flush();
    }
    if ( !parser.isSet( QStringLiteral( "skip-startup" ) ) )
    {
      QString what;
      double reported = -1;
      const double startup = coldStart( demo, std::min( runs, 3 ), &what, &reported );
      out() << "\nCold start to first rendered frame (median of " << std::min( runs, 3 ) << "): "
            << ( startup < 0 ? QStringLiteral( "n/a" ) : QStringLiteral( "%1 ms process start to exit" ).arg( startup, 0, 'f', 0 ) );
      if ( reported >= 0 )
        out() << QStringLiteral( ", %1 ms from main() to first frame as the app reports it" ).arg( reported, 0, 'f', 0 );
      out() << "\n  measured with " << what << "\n";
    }
    out().flush();
  }
  vigie::QgisInit::exitQgis();
  return code;
}
