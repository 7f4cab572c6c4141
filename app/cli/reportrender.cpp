// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportrender.h"

#include "cli.h"
#include "deckrenderer.h"
#include "pluginmanager.h"
#include "qgisinit.h"
#include "territory.h"
#include "territorylayers.h"

#include <qgsproject.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <memory>

namespace vigie
{
  int renderReport( const review::ReportArguments &arguments, const review::Deck &deck, const PluginManager &plugins, QTextStream &out,
                    QTextStream &err )
  {
    if ( arguments.outPath.isEmpty() && arguments.pngDirectory.isEmpty() )
      return Cli::Success;
    QString error;
    // the territory is closed before exitQgis(): QGIS's OGR provider cleans GDAL up when QGIS exits
    std::unique_ptr<Territory> territory = Territory::open( arguments.territory, plugins.plugins(), Territory::Mode::ReadOnly, &error );
    if ( !territory )
    {
      err << error << Qt::endl;
      return Cli::InputError;
    }
    if ( !QgisInit::initQgis( &error ) )
    {
      err << error << Qt::endl;
      return Cli::Failure;
    }
    QgsProject project;
    if ( !TerritoryLayers::load( *territory, plugins, &project, &error ) )
    {
      err << error << Qt::endl;
      return Cli::Failure;
    }
    DeckRenderer renderer( deck, &project );
    renderer.setBookmarks( territory->bookmarks() );
    // with --json - the JSON owns stdout: the summary lines go to stderr
    QTextStream &info = arguments.jsonPath == QLatin1String( "-" ) ? err : out;
    QElapsedTimer timer;
    timer.start();
    if ( !arguments.outPath.isEmpty() )
    {
      if ( !renderer.exportPdf( arguments.outPath, {}, &error ) )
      {
        err << error << Qt::endl;
        return Cli::Failure;
      }
      info << QCoreApplication::translate( "vigie::review", "%1: %2 pages (%3 slides), written in %4 s" )
                  .arg( QDir::toNativeSeparators( arguments.outPath ) )
                  .arg( renderer.pageCount() )
                  .arg( deck.slides.size() )
                  .arg( timer.elapsed() / 1000.0, 0, 'f', 1 )
           << Qt::endl;
    }
    if ( !arguments.pngDirectory.isEmpty() )
    {
      timer.restart();
      QStringList files;
      if ( !renderer.exportPng( arguments.pngDirectory, &files, QSize( 1920, 1080 ), {}, &error ) )
      {
        err << error << Qt::endl;
        return Cli::Failure;
      }
      info << QCoreApplication::translate( "vigie::review", "%1: %2 PNG images, written in %3 s" )
                  .arg( QDir::toNativeSeparators( arguments.pngDirectory ) )
                  .arg( files.size() )
                  .arg( timer.elapsed() / 1000.0, 0, 'f', 1 )
           << Qt::endl;
    }
    return Cli::Success;
  }
} // namespace vigie
