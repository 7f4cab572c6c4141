// SPDX-License-Identifier: GPL-2.0-or-later
#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace
{
  void setUp( QCommandLineParser &parser )
  {
    parser.setApplicationDescription( QCoreApplication::translate( "vigie", "Vigie: control room for smart territories." ) );
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument( QStringLiteral( "territory" ), QCoreApplication::translate( "vigie", "Territory file (.gpkg) to open; default: the last one." ),
                                  QStringLiteral( "[TERRITORY.gpkg]" ) );
    parser.addOption( QCommandLineOption( QStringLiteral( "lang" ), QCoreApplication::translate( "vigie", "User interface language: fr or en." ), QStringLiteral( "fr|en" ) ) );
    parser.addOption( QCommandLineOption( QStringLiteral( "plugins" ), QCoreApplication::translate( "vigie", "Load the domain plugins from DIR." ), QStringLiteral( "DIR" ) ) );
    parser.addOption( QCommandLineOption( QStringLiteral( "exit-after-first-frame" ),
                                          QCoreApplication::translate( "vigie", "Print the time from start to the first rendered map frame, then quit (benchmark)." ) ) );
  }
} // namespace

namespace vigie
{
  bool AppOptions::parse( const QStringList &arguments, AppOptions *options, QString *errorMessage )
  {
    QCommandLineParser parser;
    setUp( parser );
    if ( !parser.parse( arguments ) )
    {
      if ( errorMessage )
        *errorMessage = parser.errorText();
      return false;
    }
    AppOptions result;
    result.helpRequested = parser.isSet( QStringLiteral( "help" ) );
    result.versionRequested = parser.isSet( QStringLiteral( "version" ) );
    result.exitAfterFirstFrame = parser.isSet( QStringLiteral( "exit-after-first-frame" ) );
    result.pluginDirectory = parser.value( QStringLiteral( "plugins" ) );
    result.language = parser.value( QStringLiteral( "lang" ) );
    if ( !result.language.isEmpty() && result.language != QLatin1String( "fr" ) && result.language != QLatin1String( "en" ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "--lang: unknown language '%1' (expected fr or en)" ).arg( result.language );
      return false;
    }
    const QStringList positional = parser.positionalArguments();
    if ( positional.size() > 1 )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "Too many arguments: %1 (one territory file expected)" ).arg( positional.join( QLatin1Char( ' ' ) ) );
      return false;
    }
    if ( !positional.isEmpty() )
      result.territory = positional.first();
    *options = result;
    return true;
  }

  QString AppOptions::helpText()
  {
    QCommandLineParser parser;
    setUp( parser );
    return parser.helpText();
  }
} // namespace vigie
