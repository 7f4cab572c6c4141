// SPDX-License-Identifier: GPL-2.0-or-later
// vigie: the desktop control room.

#include "appoptions.h"
#include "log.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "qgisinit.h"
#include "translation.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace
{
  //! Vigie's and Qt's translations (modules/core), plus QGIS's own; French when the system is French.
  void loadTranslations( const QString &requested )
  {
    const QString language = vigie::chooseLanguage( requested );
    if ( !requested.isEmpty() )
      QLocale::setDefault( QLocale( language == QLatin1String( "fr" ) ? QStringLiteral( "fr_FR" ) : QStringLiteral( "en_GB" ) ) );
    if ( language == QLatin1String( "en" ) )
      return;
    vigie::installTranslators( language );
    auto *qgisTranslator = new QTranslator( QCoreApplication::instance() );
    if ( qgisTranslator->load( QStringLiteral( "qgis_" ) + language, QgsApplication::i18nPath() ) )
      QCoreApplication::installTranslator( qgisTranslator );
    else
      delete qgisTranslator;
  }
} // namespace

int main( int argc, char *argv[] )
{
  // first thing: --exit-after-first-frame measures from here
  QElapsedTimer sinceStart;
  sinceStart.start();

  vigie::QgisInit::ensureQtPlatform();
  QgsApplication app( argc, argv, true );
  QCoreApplication::setOrganizationName( QStringLiteral( "Vigie" ) );
  QCoreApplication::setApplicationName( QStringLiteral( "vigie" ) );
  QCoreApplication::setApplicationVersion( QStringLiteral( VIGIE_VERSION ) );
  QGuiApplication::setApplicationDisplayName( QStringLiteral( "Vigie" ) );

  QTextStream out( stdout );
  QTextStream err( stderr );
  vigie::AppOptions options;
  QString error;
  if ( !vigie::AppOptions::parse( app.arguments(), &options, &error ) )
  {
    err << "vigie: " << error << '\n' << QCoreApplication::translate( "vigie", "Try 'vigie --help'." ) << '\n';
    return 2;
  }
  loadTranslations( options.language );
  if ( options.helpRequested )
  {
    out << vigie::AppOptions::helpText();
    return 0;
  }
  if ( options.versionRequested )
  {
    out << "vigie " << QStringLiteral( VIGIE_VERSION ) << '\n';
    return 0;
  }
  if ( !vigie::QgisInit::initQgis( &error ) )
  {
    err << "vigie: " << error << '\n';
    return 1;
  }

  int status = 0;
  {
    vigie::PluginManager plugins;
    plugins.loadFrom( options.pluginDirectory.isEmpty() ? vigie::PluginManager::defaultSearchPaths() : QStringList { options.pluginDirectory } );

    vigie::MainWindow window( plugins );
    if ( options.exitAfterFirstFrame )
    {
      window.setPersistSettings( false );
      window.setErrorDialogsEnabled( false );
    }
    const bool opened = options.territory.isEmpty() ? window.reopenLastTerritory() : window.openTerritory( options.territory );
    if ( options.exitAfterFirstFrame )
    {
      if ( !opened )
      {
        err << "vigie: " << ( window.lastError().isEmpty() ? QCoreApplication::translate( "vigie", "no territory to render" ) : window.lastError() ) << '\n';
        return 1;
      }
      QObject::connect( window.mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed, &app, [&sinceStart, &out] {
        // machine-read by tools/dev bench: not translated
        out << "first frame after " << sinceStart.elapsed() << " ms\n";
        out.flush();
        QCoreApplication::quit();
      } );
    }
    window.show();
    status = app.exec();
  }
  vigie::QgisInit::exitQgis();
  return status;
}
