// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"
#include "qgisinit.h"
#include "translation.h"

#include <qgsapplication.h>

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main( int argc, char **argv )
{
  // stderr is for the command's own messages: Vigie's info logs only when asked for
  if ( qEnvironmentVariableIsEmpty( "VIGIE_LOG_LEVEL" ) )
    qputenv( "VIGIE_LOG_LEVEL", "warning" );

  QStringList arguments;
  for ( int i = 0; i < argc; ++i )
    arguments << QString::fromLocal8Bit( argv[i] );
  const vigie::Cli::Invocation invocation = vigie::Cli::split( arguments );

  QCoreApplication::setOrganizationName( QStringLiteral( "Vigie" ) );
  QCoreApplication::setApplicationName( QStringLiteral( "vigie-cli" ) );
  QCoreApplication::setApplicationVersion( QStringLiteral( VIGIE_VERSION ) );

  // Only `render` pays for QGIS: the other commands start a bare QCoreApplication.
  std::unique_ptr<QCoreApplication> application;
  if ( vigie::Cli::needsQgis( invocation ) )
  {
    vigie::QgisInit::ensureQtPlatform();
    application = std::make_unique<QgsApplication>( argc, argv, true, vigie::QgisInit::profileFolder(), QStringLiteral( "vigie-cli" ) );
  }
  else
  {
    application = std::make_unique<QCoreApplication>( argc, argv );
  }

  QTextStream out( stdout );
  QTextStream err( stderr );
#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
  out.setCodec( "UTF-8" );
  err.setCodec( "UTF-8" );
#endif

  QString languageError;
  const QString language = vigie::chooseLanguage( invocation.language, &languageError );
  if ( language.isEmpty() )
  {
    err << QStringLiteral( "vigie-cli: --lang: " ) << languageError << Qt::endl;
    return vigie::Cli::UsageError;
  }
  vigie::installTranslators( language );

  int code = vigie::Cli::Success;
  {
    vigie::Cli cli( out, err );
    code = cli.run( invocation );
  }
  out.flush();
  err.flush();
  vigie::QgisInit::exitQgis();
  return code;
}
