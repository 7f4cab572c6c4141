// SPDX-License-Identifier: GPL-2.0-or-later
#include "reviewcli.h"

#include "deckbuilder.h"
#include "pluginmanager.h"
#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <memory>

namespace vigie::review
{
  namespace
  {
    using namespace vigie::cli; // Success, Failure, UsageError, InputError

  } // namespace

  QString reportHelp()
  {
    return QCoreApplication::translate(
        "vigie::review", "Usage: vigie-cli report TERRITORY [--agenda NAME] [--lang fr|en] [--date YYYY-MM-DD]\n"
                         "                        [--json FILE|-] [--out DECK.pdf] [--png DIR] [--plugins DIR]\n"
                         "The review deck of a territory for a council or committee meeting: the slides of the agenda\n"
                         "(saved with the territory, or a default one) with their figures, each computed by the same code\n"
                         "as the matching vigie-cli command.\n"
                         "\n"
                         "Options:\n"
                         "  --agenda NAME   agenda to build (default: council; also committee-lighting, committee-water,\n"
                         "                  committee-feeds, committee-roadmap, committee-budget and the agendas saved in the territory)\n"
                         "  --lang L        deck language: fr (default) or en\n"
                         "  --date D        review date YYYY-MM-DD (default: today): figures are as of that date\n"
                         "  --json FILE     writes the deck's slides and figures as JSON (\"-\": standard output)\n"
                         "  --out FILE.pdf  writes the deck as PDF (needs the QGIS build)\n"
                         "  --png DIR       writes one PNG image per slide into DIR (needs the QGIS build)\n"
                         "  --plugins DIR   also loads the domain plugins of DIR\n"
                         "  -h, --help      shows this help\n"
                         "\n"
                         "Exit codes: 0 done, 1 failure, 2 usage error (unknown agenda), 3 the territory cannot be read.\n" );
  }

  bool parseReportArguments( const QStringList &args, ReportArguments *arguments, QString *errorMessage, bool requireOutput )
  {
    auto fail = [errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    ReportArguments a;
    a.language = QStringLiteral( "fr" );
    const QStringList valued = { QStringLiteral( "--agenda" ), QStringLiteral( "--lang" ), QStringLiteral( "--date" ),
                                 QStringLiteral( "--json" ),   QStringLiteral( "--out" ),  QStringLiteral( "--png" ),
                                 QStringLiteral( "--plugins" ) };
    QStringList positional;
    for ( int i = 0; i < args.size(); ++i )
    {
      QString arg = args.at( i );
      QString value;
      bool hasInlineValue = false;
      if ( arg.startsWith( QLatin1String( "--" ) ) && arg.contains( QLatin1Char( '=' ) ) )
      {
        value = arg.section( QLatin1Char( '=' ), 1 );
        arg = arg.section( QLatin1Char( '=' ), 0, 0 );
        hasInlineValue = true;
      }
      if ( arg == QLatin1String( "-h" ) || arg == QLatin1String( "--help" ) )
      {
        a.help = true;
        continue;
      }
      if ( valued.contains( arg ) )
      {
        if ( !hasInlineValue )
        {
          if ( i + 1 >= args.size() )
            return fail( QCoreApplication::translate( "vigie::review", "report: %1 needs a value" ).arg( arg ) );
          value = args.at( ++i );
        }
        if ( value.isEmpty() )
          return fail( QCoreApplication::translate( "vigie::review", "report: %1 needs a value" ).arg( arg ) );
        if ( arg == QLatin1String( "--agenda" ) )
          a.agenda = value;
        else if ( arg == QLatin1String( "--lang" ) )
        {
          QString error;
          const QString language = chooseLanguage( value, &error );
          if ( language.isEmpty() )
            return fail( QCoreApplication::translate( "vigie::review", "report: --lang: %1" ).arg( error ) );
          a.language = language;
        }
        else if ( arg == QLatin1String( "--date" ) )
        {
          a.date = QDate::fromString( value, Qt::ISODate );
          if ( !a.date.isValid() )
            return fail(
                QCoreApplication::translate( "vigie::review", "report: --date needs a date YYYY-MM-DD, not \"%1\"" ).arg( value ) );
        }
        else if ( arg == QLatin1String( "--json" ) )
          a.jsonPath = value;
        else if ( arg == QLatin1String( "--out" ) )
          a.outPath = value;
        else if ( arg == QLatin1String( "--png" ) )
          a.pngDirectory = value;
        else if ( arg == QLatin1String( "--plugins" ) )
        {
          if ( !QFileInfo( value ).isDir() )
            return fail( QCoreApplication::translate( "vigie::review", "report: --plugins: folder %1 does not exist" )
                             .arg( QDir::toNativeSeparators( value ) ) );
          a.pluginDirectories << value;
        }
        continue;
      }
      if ( arg.startsWith( QLatin1Char( '-' ) ) && arg != QLatin1String( "-" ) )
        return fail( QCoreApplication::translate( "vigie::review", "report: unknown option \"%1\"" ).arg( args.at( i ) ) );
      positional << arg;
    }
    if ( a.help )
    {
      *arguments = a;
      return true;
    }
    if ( positional.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::review", "report: missing TERRITORY" ) );
    if ( positional.size() > 1 )
      return fail( QCoreApplication::translate( "vigie::review", "report: unexpected argument \"%1\"" ).arg( positional.at( 1 ) ) );
    a.territory = positional.constFirst();
    if ( a.agenda.isEmpty() )
      a.agenda = QStringLiteral( "council" );
    if ( requireOutput && a.jsonPath.isEmpty() && a.outPath.isEmpty() && a.pngDirectory.isEmpty() )
      return fail(
          QCoreApplication::translate( "vigie::review", "report: nothing to write: give --json FILE|-, --out DECK.pdf or --png DIR" ) );
    if ( !a.jsonPath.isEmpty() && a.jsonPath != QLatin1String( "-" ) &&
         QFileInfo( a.jsonPath ).absoluteFilePath() == QFileInfo( a.territory ).absoluteFilePath() )
      return fail( QCoreApplication::translate( "vigie::review", "report: --json must not be the territory" ) );
    *arguments = a;
    return true;
  }

  bool buildDeckForCli( const ReportArguments &arguments, const PluginManager *plugins, Deck *deck, QString *errorMessage, int *exitCode )
  {
    auto fail = [&]( int code, const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      if ( exitCode )
        *exitCode = code;
      return false;
    };
    if ( !QFileInfo::exists( arguments.territory ) )
      return fail( InputError, QCoreApplication::translate( "vigie::review", "report: %1: no such territory file" )
                                   .arg( QDir::toNativeSeparators( arguments.territory ) ) );
    std::unique_ptr<PluginManager> own;
    if ( !plugins )
    {
      own = std::make_unique<PluginManager>();
      // --plugins first, then the default folders, each once (a plugin found twice is skipped with a warning)
      QStringList directories;
      for ( const QString &directory : arguments.pluginDirectories + PluginManager::defaultSearchPaths() )
      {
        const QString canonical = QFileInfo( directory ).canonicalFilePath();
        if ( canonical.isEmpty() || !directories.contains( canonical ) )
          directories << ( canonical.isEmpty() ? directory : canonical );
      }
      own->loadFrom( directories );
      plugins = own.get();
    }
    QString error;
    // an unreadable territory is an input error, an unknown agenda a usage error
    if ( AgendaStore::agendas( arguments.territory, &error ).isEmpty() && !error.isEmpty() )
      return fail( InputError, QCoreApplication::translate( "vigie::review", "report: %1" ).arg( error ) );
    Agenda agenda;
    if ( !AgendaStore::agenda( arguments.territory, arguments.agenda, arguments.language, &agenda, &error ) )
      return fail( UsageError, QCoreApplication::translate( "vigie::review", "report: %1" ).arg( error ) );
    ReviewContext context;
    context.territoryPath = arguments.territory;
    context.date = arguments.date.isValid() ? arguments.date : QDate::currentDate();
    context.language = arguments.language;
    const DeckBuilder builder( plugins );
    Deck built = builder.build( context, agenda, {}, &error );
    if ( built.slides.isEmpty() )
      return fail( InputError,
                   QCoreApplication::translate( "vigie::review", "report: %1" )
                       .arg( error.isEmpty() ? QCoreApplication::translate( "vigie::review", "the deck has no slide" ) : error ) );
    *deck = built;
    if ( exitCode )
      *exitCode = Success;
    return true;
  }

  bool writeDeckJson( const Deck &deck, const QString &path, QTextStream &out, QString *errorMessage )
  {
    const QByteArray json = QJsonDocument( deck.toJson() ).toJson( QJsonDocument::Indented );
    if ( path == QLatin1String( "-" ) )
    {
      out << QString::fromUtf8( json );
      out.flush();
      return true;
    }
    QSaveFile file( path );
    if ( !file.open( QIODevice::WriteOnly ) || file.write( json ) != json.size() || !file.commit() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::review", "report: cannot write %1: %2" )
                            .arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    return true;
  }

  CliCommand reportCliCommand( const DeckRenderFunction &render, const PluginManager *plugins )
  {
    CliCommand command;
    command.name = QStringLiteral( "report" );
    command.summary = QCoreApplication::translate(
        "vigie::review", "Review deck of a territory for a council or committee meeting: figures as JSON, PDF, PNG." );
    command.run = [render, plugins]( const QStringList &args, QTextStream &out, QTextStream &err ) -> int
    {
      ReportArguments arguments;
      QString error;
      if ( !parseReportArguments( args, &arguments, &error ) )
      {
        err << error << '\n' << reportHelp();
        return UsageError;
      }
      if ( arguments.help )
      {
        out << reportHelp();
        return Success;
      }
      if ( ( !arguments.outPath.isEmpty() || !arguments.pngDirectory.isEmpty() ) && !render )
      {
        err << QCoreApplication::translate(
                   "vigie::review", "report: --out and --png need the build with QGIS (this vigie-cli cannot draw maps); --json works" )
            << '\n';
        return UsageError;
      }
      Deck deck;
      int code = Failure;
      if ( !buildDeckForCli( arguments, arguments.pluginDirectories.isEmpty() ? plugins : nullptr, &deck, &error, &code ) )
      {
        err << error << '\n';
        return code;
      }
      for ( const QString &missing : std::as_const( deck.missing ) )
        err << QCoreApplication::translate( "vigie::review", "report: missing: %1" ).arg( missing ) << '\n';
      if ( !arguments.jsonPath.isEmpty() && !writeDeckJson( deck, arguments.jsonPath, out, &error ) )
      {
        err << error << '\n';
        return Failure;
      }
      if ( !arguments.outPath.isEmpty() || !arguments.pngDirectory.isEmpty() )
        return render( arguments, deck, out, err );
      if ( arguments.jsonPath != QLatin1String( "-" ) )
        out << QCoreApplication::translate( "vigie::review", "Deck \"%1\" of %2: %3 slides, %4 missing" )
                   .arg( deck.title, deck.territoryName )
                   .arg( deck.slides.size() )
                   .arg( deck.missing.size() )
            << '\n';
      return Success;
    };
    return command;
  }
} // namespace vigie::review
