// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "domainplugin.h"
#include "log.h"
#include "pluginmanager.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace vigie
{
  namespace
  {
    //! Global options taking a value: their value is not the command name.
    bool takesValue( const QString &option )
    {
      return option == QLatin1String( "--lang" ) || option == QLatin1String( "--plugins" );
    }

    QString programName()
    {
      return QStringLiteral( "vigie-cli" );
    }
  } // namespace

  Cli::Invocation Cli::split( const QStringList &arguments )
  {
    Invocation invocation;
    int i = 1;
    for ( ; i < arguments.size(); ++i )
    {
      const QString &argument = arguments.at( i );
      if ( argument == QLatin1String( "--" ) )
      {
        ++i;
        break;
      }
      if ( !argument.startsWith( QLatin1Char( '-' ) ) || argument == QLatin1String( "-" ) )
        break;
      invocation.globalArguments << argument;
      if ( argument.startsWith( QLatin1String( "--lang=" ) ) )
        invocation.language = argument.mid( 7 );
      if ( takesValue( argument ) && i + 1 < arguments.size() )
      {
        invocation.globalArguments << arguments.at( i + 1 );
        if ( argument == QLatin1String( "--lang" ) )
          invocation.language = arguments.at( i + 1 );
        ++i;
      }
    }
    if ( i < arguments.size() )
    {
      invocation.command = arguments.at( i );
      invocation.commandArguments = arguments.mid( i + 1 );
      // "territory" groups create/info/validate: the subcommand is the next word
      if ( invocation.command == QLatin1String( "territory" ) && !invocation.commandArguments.isEmpty() &&
           !invocation.commandArguments.constFirst().startsWith( QLatin1Char( '-' ) ) )
        invocation.command += QLatin1Char( ' ' ) + invocation.commandArguments.takeFirst();
    }
    // --lang given after the command name also counts
    for ( int j = 0; invocation.language.isEmpty() && j < invocation.commandArguments.size(); ++j )
    {
      const QString &argument = invocation.commandArguments.at( j );
      if ( argument == QLatin1String( "--lang" ) && j + 1 < invocation.commandArguments.size() )
        invocation.language = invocation.commandArguments.at( j + 1 );
      else if ( argument.startsWith( QLatin1String( "--lang=" ) ) )
        invocation.language = argument.mid( 7 );
    }
    return invocation;
  }

  bool Cli::needsQgis( const Invocation &invocation )
  {
    // `roadmap report` paints a PDF: it needs a GUI application (fonts), offscreen
    if ( invocation.command == QLatin1String( "render" ) ||
         ( invocation.command == QLatin1String( "roadmap" ) && invocation.commandArguments.value( 0 ) == QLatin1String( "report" ) ) )
      return true;
    // `report` draws its deck with QGIS print layouts when asked for a PDF or PNG images
    if ( invocation.command == QLatin1String( "report" ) )
    {
      for ( const QString &argument : invocation.commandArguments )
      {
        if ( argument == QLatin1String( "--out" ) || argument == QLatin1String( "--png" ) ||
             argument.startsWith( QLatin1String( "--out=" ) ) || argument.startsWith( QLatin1String( "--png=" ) ) )
          return true;
      }
    }
    return false;
  }

  Cli::Cli( QTextStream &out, QTextStream &err ) : mOut( out ), mErr( err ), mPlugins( std::make_unique<PluginManager>() ) {}

  Cli::~Cli() = default;

  void Cli::addGlobalOptions( QCommandLineParser &parser ) const
  {
    parser.addOption( QCommandLineOption( { QStringLiteral( "h" ), QStringLiteral( "help" ) }, tr( "Shows this help." ) ) );
    parser.addOption( QCommandLineOption( QStringLiteral( "version" ), tr( "Shows the Vigie version." ) ) );
    parser.addOption( QCommandLineOption( QStringLiteral( "json" ), tr( "Machine-readable JSON output on stdout." ) ) );
    parser.addOption(
        QCommandLineOption( QStringLiteral( "lang" ), tr( "Language of the messages: fr or en (default: the system's)." ), tr( "LANG" ) ) );
    parser.addOption( QCommandLineOption( QStringLiteral( "plugins" ), tr( "Also load domain plugins from this folder." ), tr( "DIR" ) ) );
  }

  QString Cli::exitCodeTable() const
  {
    QString table = tr( "Exit codes:" ) + QLatin1Char( '\n' );
    const QList<QPair<int, QString>> rows = {
        { Success, tr( "success" ) },
        { Failure, tr( "the command failed, validation found problems, or an import was rolled back" ) },
        { UsageError, tr( "usage error: unknown command or option, missing or invalid argument" ) },
        { InputError, tr( "an input file cannot be opened: missing, unreadable, corrupt, not a territory, or from a newer Vigie" ) },
        { PartialImport, tr( "import committed with --skip-invalid, but some rows were skipped (they are listed)" ) },
    };
    for ( const auto &row : rows )
      table += QStringLiteral( "  %1  %2\n" ).arg( row.first ).arg( row.second );
    return table;
  }

  QString Cli::generalHelp() const
  {
    QString text = tr( "Usage: %1 [global options] COMMAND [options] [arguments]" ).arg( programName() ) + QStringLiteral( "\n\n" );
    text += tr( "Vigie command-line tool: territory files, import, export, map rendering and the domain plugins' commands." ) +
            QStringLiteral( "\n\n" );
    text += tr( "Commands:" ) + QLatin1Char( '\n' );
    int width = 0;
    for ( const Command &command : mCommands )
      width = std::max( width, static_cast<int>( command.name.size() ) );
    for ( const Command &command : mCommands )
      text += QStringLiteral( "  %1  %2\n" ).arg( command.name.leftJustified( width ), command.summary );
    text += QLatin1Char( '\n' ) + tr( "Global options:" ) + QLatin1Char( '\n' );
    text += QStringLiteral( "  --json           " ) + tr( "machine-readable JSON output on stdout" ) + QLatin1Char( '\n' );
    text += QStringLiteral( "  --lang fr|en     " ) + tr( "language of the messages (default: the system's)" ) + QLatin1Char( '\n' );
    text += QStringLiteral( "  --plugins DIR    " ) + tr( "also load domain plugins from DIR" ) + QLatin1Char( '\n' );
    text += QStringLiteral( "  -h, --help       " ) + tr( "this help; COMMAND --help or help COMMAND for a command" ) + QLatin1Char( '\n' );
    text += QStringLiteral( "  --version        " ) + tr( "the Vigie version" ) + QLatin1Char( '\n' );
    text += QLatin1Char( '\n' ) + exitCodeTable();
    return text;
  }

  QString Cli::commandHelp( const Command &command ) const
  {
    QCommandLineParser parser;
    addGlobalOptions( parser );
    if ( command.addOptions )
      command.addOptions( parser );
    QString text =
        tr( "Usage: %1 %2 [options] %3" ).arg( programName(), command.name, command.synopsis ).trimmed() + QStringLiteral( "\n\n" );
    text += command.summary + QLatin1Char( '\n' );
    if ( !command.description.isEmpty() )
      text += QLatin1Char( '\n' ) + command.description.trimmed() + QLatin1Char( '\n' );
    // QCommandLineParser's own option list, without its usage line
    const QString options = parser.helpText();
    const int start = options.indexOf( QLatin1String( "\n\n" ) );
    text += QLatin1Char( '\n' ) + options.mid( start >= 0 ? start : 0 ).trimmed() + QLatin1Char( '\n' );
    if ( !text.endsWith( QLatin1Char( '\n' ) ) )
      text += QLatin1Char( '\n' );
    text += QLatin1Char( '\n' ) + exitCodeTable();
    return text;
  }

  const Cli::Command *Cli::command( const QString &name ) const
  {
    for ( const Command &command : mCommands )
    {
      if ( command.name == name )
        return &command;
    }
    return nullptr;
  }

  int Cli::usageError( const QString &commandName, const QString &message )
  {
    const QString prefix = commandName.isEmpty() ? programName() : programName() + QLatin1Char( ' ' ) + commandName;
    mErr << prefix << QStringLiteral( ": " ) << message << QLatin1Char( '\n' );
    mErr << tr( "Run '%1 --help' for usage." ).arg( prefix ) << Qt::endl;
    return UsageError;
  }

  int Cli::requirePositional( const QString &commandName, const QCommandLineParser &parser, const QStringList &names )
  {
    const QStringList positional = parser.positionalArguments();
    if ( positional.size() < names.size() )
      return usageError( commandName, tr( "missing argument %1." ).arg( names.at( positional.size() ) ) );
    if ( positional.size() > names.size() )
      return usageError( commandName, tr( "unexpected argument '%1'." ).arg( positional.at( names.size() ) ) );
    return -1;
  }

  void Cli::printJson( const QJsonObject &object )
  {
    mOut << QString::fromUtf8( QJsonDocument( object ).toJson( QJsonDocument::Indented ) );
    mOut.flush();
  }

  void Cli::printJson( const QJsonArray &array )
  {
    mOut << QString::fromUtf8( QJsonDocument( array ).toJson( QJsonDocument::Indented ) );
    mOut.flush();
  }

  bool Cli::loadPlugins( const QStringList &extraDirectories )
  {
    QStringList directories = PluginManager::defaultSearchPaths();
    for ( const QString &directory : extraDirectories )
    {
      if ( !QDir( directory ).exists() )
      {
        usageError( mCurrentCommand, tr( "--plugins: folder %1 does not exist." ).arg( QDir::toNativeSeparators( directory ) ) );
        return false;
      }
      directories.prepend( directory );
    }
    mPlugins->loadFrom( directories );
    return true;
  }

  int Cli::runBuiltIn( const Command &command, const QStringList &arguments )
  {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode( QCommandLineParser::ParseAsLongOptions );
    addGlobalOptions( parser );
    if ( command.addOptions )
      command.addOptions( parser );
    if ( !parser.parse( QStringList( programName() ) + arguments ) )
      return usageError( command.name, parser.errorText() );
    if ( parser.isSet( QStringLiteral( "help" ) ) )
    {
      mOut << commandHelp( command );
      return Success;
    }
    if ( parser.isSet( QStringLiteral( "version" ) ) )
    {
      mOut << programName() << QLatin1Char( ' ' ) << QCoreApplication::applicationVersion() << Qt::endl;
      return Success;
    }
    mJson = parser.isSet( QStringLiteral( "json" ) );
    return command.run( parser );
  }

  int Cli::run( const Invocation &invocation )
  {
    mCurrentCommand = invocation.command;
    // global options before the command: --json, --plugins, --lang, --help, --version
    QCommandLineParser global;
    global.setSingleDashWordOptionMode( QCommandLineParser::ParseAsLongOptions );
    addGlobalOptions( global );
    if ( !global.parse( QStringList( programName() ) + invocation.globalArguments ) )
      return usageError( QString(), global.errorText() );

    QStringList pluginDirectories = global.values( QStringLiteral( "plugins" ) );
    // --plugins may also follow the command name of a built-in command
    for ( int i = 0; i + 1 < invocation.commandArguments.size(); ++i )
    {
      if ( invocation.commandArguments.at( i ) == QLatin1String( "--plugins" ) )
        pluginDirectories << invocation.commandArguments.at( i + 1 );
    }
    if ( !loadPlugins( pluginDirectories ) )
      return UsageError;
    registerCommands();

    if ( invocation.command.isEmpty() )
    {
      if ( global.isSet( QStringLiteral( "version" ) ) )
      {
        mOut << programName() << QLatin1Char( ' ' ) << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
      }
      mOut << generalHelp();
      // bare "vigie-cli" is a usage error; "vigie-cli --help" is not
      return global.isSet( QStringLiteral( "help" ) ) ? Success : UsageError;
    }

    if ( invocation.command == QLatin1String( "help" ) )
    {
      if ( invocation.commandArguments.isEmpty() )
      {
        mOut << generalHelp();
        return Success;
      }
      QString name = invocation.commandArguments.constFirst();
      if ( name == QLatin1String( "territory" ) && invocation.commandArguments.size() > 1 )
        name += QLatin1Char( ' ' ) + invocation.commandArguments.at( 1 );
      const Command *target = command( name );
      if ( !target )
        return usageError( QStringLiteral( "help" ), tr( "unknown command '%1'." ).arg( name ) );
      if ( target->fromPlugin )
        return target->runPlugin( { QStringLiteral( "--help" ) } );
      mOut << commandHelp( *target );
      return Success;
    }

    const Command *target = command( invocation.command );
    if ( !target )
    {
      if ( invocation.command == QLatin1String( "territory" ) )
        return usageError( QStringLiteral( "territory" ),
                           tr( "missing subcommand: create, info, validate, copy, checkout, sync, resolve, roles, tenants or notify." ) );
      return usageError( QString(), tr( "unknown command '%1'." ).arg( invocation.command ) );
    }
    if ( target->fromPlugin )
    {
      // the plugin parses its own options; --json given before its name is passed on
      QStringList arguments = invocation.commandArguments;
      if ( global.isSet( QStringLiteral( "json" ) ) && !arguments.contains( QStringLiteral( "--json" ) ) )
        arguments.prepend( QStringLiteral( "--json" ) );
      return target->runPlugin( arguments );
    }
    return runBuiltIn( *target, invocation.globalArguments + invocation.commandArguments );
  }

  void Cli::registerCommands()
  {
    mCommands.clear();
    auto option = []( const QString &name, const QString &description, const QString &valueName = QString() )
    { return QCommandLineOption( name, description, valueName ); };

    Command create;
    create.name = QStringLiteral( "territory create" );
    create.synopsis = tr( "OUT.gpkg|PG:CONNINFO" );
    create.summary = tr( "Creates a territory file, empty or one of the demo territories." );
    create.description = tr( "With --demo, builds a demo territory (montpellier or finistere) from the public data shipped with Vigie.\n"
                             "Otherwise creates an empty territory named by --name, with every loaded domain's layers.\n"
                             "Refuses to overwrite an existing file." );
    create.addOptions = [option]( QCommandLineParser &parser )
    {
      parser.addOption( option( QStringLiteral( "demo" ), tr( "Builds this demo territory: montpellier or finistere." ), tr( "NAME" ) ) );
      parser.addOption(
          option( QStringLiteral( "demo-source" ), tr( "Folder of the demo source data (default: the installed one)." ), tr( "DIR" ) ) );
      parser.addOption( option( QStringLiteral( "name" ), tr( "Name of the new territory." ), tr( "NAME" ) ) );
      parser.addOption(
          option( QStringLiteral( "crs" ), tr( "Coordinate reference system, e.g. EPSG:2154 (the default)." ), tr( "CRS" ) ) );
      parser.addOption(
          option( QStringLiteral( "communes" ), tr( "INSEE codes of the communes covered, comma-separated." ), tr( "CODES" ) ) );
      parser.addOption( option( QStringLiteral( "description" ), tr( "Free text describing the territory." ), tr( "TEXT" ) ) );
    };
    create.run = [this]( QCommandLineParser &parser ) { return territoryCreate( parser ); };
    mCommands << create;

    Command info;
    info.name = QStringLiteral( "territory info" );
    info.synopsis = tr( "TERRITORY" );
    info.summary = tr( "Shows a territory's metadata, schema versions and layers with their feature counts." );
    info.run = [this]( QCommandLineParser &parser ) { return territoryInfo( parser ); };
    mCommands << info;

    Command validate;
    validate.name = QStringLiteral( "territory validate" );
    validate.synopsis = tr( "TERRITORY" );
    validate.summary = tr( "Checks a territory without changing it; lists each problem (exit code 1 when there is one)." );
    validate.run = [this]( QCommandLineParser &parser ) { return territoryValidate( parser ); };
    mCommands << validate;

    Command copy;
    copy.name = QStringLiteral( "territory copy" );
    copy.synopsis = tr( "SOURCE DESTINATION" );
    copy.summary = tr( "Copies a territory between a GeoPackage and a PostGIS database (PG:CONNINFO), either way, losslessly." );
    copy.description = tr( "Copies every asset layer (fids, geometries, attributes) and every plain table (metadata, observations, alarms, "
                           "roadmap, budget...).\nThe destination must not hold a territory; a failed copy leaves nothing behind." );
    copy.run = [this]( QCommandLineParser &parser ) { return territoryCopy( parser ); };
    mCommands << copy;

    Command roles;
    roles.name = QStringLiteral( "territory roles" );
    roles.synopsis = tr( "PG:CONNINFO" );
    roles.summary =
        tr( "Creates the PostgreSQL roles of a PostGIS territory (viewer, operator, planner, admin) and grants their privileges." );
    roles.description =
        tr( "The database enforces them: a viewer reads, an operator also edits assets and alarms, a planner the roadmap "
            "and budget, an admin everything.\nGive people a login role in one of them, e.g. CREATE ROLE alice LOGIN IN ROLE "
            "vigie_viewer. Run again after a module adds tables." );
    roles.addOptions = [option]( QCommandLineParser &parser )
    { parser.addOption( option( QStringLiteral( "prefix" ), tr( "Prefix of the role names (default: vigie)." ), tr( "PREFIX" ) ) ); };
    roles.run = [this]( QCommandLineParser &parser ) { return territoryRoles( parser ); };
    mCommands << roles;

    Command tenants;
    tenants.name = QStringLiteral( "territory tenants" );
    tenants.synopsis = tr( "PG:CONNINFO" );
    tenants.summary = tr( "Makes the communes tenants of a PostGIS territory: each commune's staff see and edit only its own assets." );
    tenants.description =
        tr( "Every asset row gets the code of the commune its geometry lies in (now, and by a trigger for new or moved rows);\n"
            "row-level security then lets role PREFIX_c<CODE> read and write the rows of its commune only, and PREFIX_departement "
            "all rows.\nGive staff a login role in their commune's role, e.g. CREATE ROLE marie LOGIN IN ROLE vigie_c29019. "
            "Run again after adding communes or layers." );
    tenants.addOptions = [option]( QCommandLineParser &parser )
    {
      parser.addOption(
          option( QStringLiteral( "communes" ), tr( "Layer holding the communes (default: territory:communes)." ), tr( "LAYER" ) ) );
      parser.addOption( option( QStringLiteral( "code-field" ), tr( "Field of the commune code (default: insee_code)." ), tr( "FIELD" ) ) );
      parser.addOption( option( QStringLiteral( "prefix" ), tr( "Prefix of the role names (default: vigie)." ), tr( "PREFIX" ) ) );
    };
    tenants.run = [this]( QCommandLineParser &parser ) { return territoryTenants( parser ); };
    mCommands << tenants;

    Command notify;
    notify.name = QStringLiteral( "territory notify" );
    notify.synopsis = tr( "PG:CONNINFO" );
    notify.summary = tr( "Installs the change notifications of a PostGIS territory, so that every desktop sees the others' edits." );
    notify.description = tr( "Puts a trigger on the layer, alarm and roadmap tables that sends NOTIFY vigie_changes; the desktops "
                             "listen and reload what changed.\nNeeds the tables' owner; the desktop installs them itself when it may. "
                             "Run again after a module adds tables." );
    notify.run = [this]( QCommandLineParser &parser ) { return territoryNotify( parser ); };
    mCommands << notify;

    Command checkout;
    checkout.name = QStringLiteral( "territory checkout" );
    checkout.synopsis = tr( "SOURCE OUT.gpkg" );
    checkout.summary = tr( "Copies part of a territory into a GeoPackage to work offline; territory sync merges it back." );
    checkout.description =
        tr( "The asset layers are filtered by --extent or --commune; the roadmap, budget, agenda and bookmark tables go whole "
            "(observations stay on the server).\nThe GeoPackage records its source (never a password), the checkout time and "
            "the value of every copied row, for the three-way merge of territory sync." );
    checkout.addOptions = [option]( QCommandLineParser &parser )
    {
      parser.addOption( option( QStringLiteral( "extent" ), tr( "Only the features meeting this box, in the territory's CRS." ),
                                tr( "XMIN,YMIN,XMAX,YMAX" ) ) );
      parser.addOption( option( QStringLiteral( "commune" ), tr( "Only the features meeting this commune (code of territory:communes)." ),
                                tr( "CODE" ) ) );
    };
    checkout.run = [this]( QCommandLineParser &parser ) { return territoryCheckout( parser ); };
    mCommands << checkout;

    Command sync;
    sync.name = QStringLiteral( "territory sync" );
    sync.synopsis = tr( "OUT.gpkg" );
    sync.summary = tr( "Merges an offline checkout back into its source; every edit arrives or is reported as a conflict." );
    sync.description =
        tr( "Three-way merge per field against the values at checkout: a local change is written to the server, a server change "
            "is kept and copied offline, the same field changed on both sides (or a row deleted on one side and edited on the "
            "other) is a conflict, reported with both values and not applied; the roadmap follows its own merge rules.\n"
            "Features added on the server inside the checkout's area (or moved into it) are added offline.\n"
            "One server transaction: all or nothing; the rows it writes are locked and read again first, so an edit made on the "
            "server meanwhile becomes a conflict, never an overwrite. If the checkout cannot be updated after the server commit, "
            "the next sync finishes it. Syncing again applies nothing new. Exit code 1 when conflicts remain." );
    sync.addOptions = [option]( QCommandLineParser &parser )
    {
      parser.addOption(
          option( QStringLiteral( "dry-run" ), tr( "Show what would be done; change nothing (an interrupted sync is finished first)." ) ) );
      parser.addOption( option( QStringLiteral( "source" ),
                                tr( "Synchronise with this territory instead of the recorded one (e.g. with credentials)." ),
                                tr( "TERRITORY" ) ) );
    };
    sync.run = [this]( QCommandLineParser &parser ) { return territorySync( parser ); };
    mCommands << sync;

    Command resolve;
    resolve.name = QStringLiteral( "territory resolve" );
    resolve.synopsis = tr( "CHECKOUT" );
    resolve.summary = tr( "Resolves a conflict reported by territory sync: keeps the offline value or takes the server's." );
    resolve.description =
        tr( "--table and --key name the row as the sync report does (the fid of a feature; the key of a row, a JSON array for a "
            "key of several columns); --field names the field of a field conflict (\"geometry\" for the geometry); without it the "
            "whole row is resolved (a row deleted on one side and edited on the other, or added on both).\n"
            "--keep offline: the checkout records the server's current value as its base, so the next sync sends the offline value "
            "(or the offline deletion). --keep server: the server's value (or row, or deletion) is written into the checkout.\n"
            "The server is only read. An unknown table, key or field changes nothing (exit code 1). Roadmap document conflicts are "
            "resolved by editing the roadmap." );
    resolve.addOptions = [option]( QCommandLineParser &parser )
    {
      parser.addOption( option( QStringLiteral( "table" ), tr( "Table of the conflict." ), tr( "TABLE" ) ) );
      parser.addOption( option( QStringLiteral( "key" ), tr( "Fid of the feature, or key of the row." ), tr( "KEY" ) ) );
      parser.addOption( option( QStringLiteral( "field" ), tr( "Field of the conflict (none: the whole row)." ), tr( "FIELD" ) ) );
      parser.addOption( option( QStringLiteral( "keep" ), tr( "The side that wins: offline or server." ), tr( "SIDE" ) ) );
      parser.addOption( option( QStringLiteral( "source" ),
                                tr( "Read the server through this territory instead of the recorded one (e.g. with credentials)." ),
                                tr( "TERRITORY" ) ) );
    };
    resolve.run = [this]( QCommandLineParser &parser ) { return territoryResolve( parser ); };
    mCommands << resolve;

    Command import;
    import.name = QStringLiteral( "import" );
    import.synopsis = tr( "TERRITORY SOURCE" );
    import.summary = tr( "Imports a GDAL vector source into a territory layer, in one transaction." );
    import.description = tr( "SOURCE is anything GDAL reads: GeoPackage, GeoJSON, Shapefile, CSV with coordinates, FlatGeobuf...\n"
                             "Features are reprojected to the territory CRS and their fields mapped by name or by --field-map.\n"
                             "A bad feature rolls the whole import back (exit code 1); with --skip-invalid it is skipped and\n"
                             "listed with its source row, field and reason (exit code 4). Progress goes to stderr." );
    import.addOptions = [option]( QCommandLineParser & parser ) {
      parser.addOption( option( QStringLiteral( "layer" ), tr( "Target layer, as DOMAIN:LAYER (e.g. lighting:luminaires). Required." ),
                                tr( "DOMAIN:LAYER" ) ) );
    parser.addOption( option( QStringLiteral( "field-map" ), tr( "Source to target field names, e.g. puissance=power_w,type=technology." ),
                              tr( "SRC=DST,..." ) ) );
    parser.addOption( option( QStringLiteral( "skip-invalid" ), tr( "Skip and list bad features instead of rolling back." ) ) );
    parser.addOption(
        option( QStringLiteral( "source-layer" ), tr( "Layer of the source to read (default: its first layer)." ), tr( "NAME" ) ) );
    parser.addOption( option( QStringLiteral( "source-crs" ), tr( "CRS of the source when it has none or a wrong one (e.g. EPSG:4326)." ),
                              tr( "CRS" ) ) );
  };
  import.run = [this]( QCommandLineParser & parser ) { return importData( parser );
}; // namespace vigie
mCommands << import;

Command exportCommand;
exportCommand.name = QStringLiteral( "export" );
exportCommand.synopsis = tr( "TERRITORY OUT.(gpkg|geojson|shp)" );
exportCommand.summary = tr( "Exports a territory layer to GeoPackage, GeoJSON (EPSG:4326) or Shapefile, chosen by extension." );
exportCommand.addOptions = [option]( QCommandLineParser &parser )
{ parser.addOption( option( QStringLiteral( "layer" ), tr( "Layer to export, as DOMAIN:LAYER. Required." ), tr( "DOMAIN:LAYER" ) ) ); };
exportCommand.run = [this]( QCommandLineParser &parser ) { return exportData( parser ); };
mCommands << exportCommand;

Command renderCommand;
renderCommand.name = QStringLiteral( "render" );
renderCommand.synopsis = tr( "TERRITORY" );
renderCommand.summary = tr( "Renders the territory map with the domain styles to an image, through the QGIS renderer." );
renderCommand.description =
    tr( "Runs without a display (offscreen) when none is available. The format follows the extension of --out (png, jpg, ...)." );
renderCommand.addOptions = [option]( QCommandLineParser &parser )
{
  parser.addOption( option( QStringLiteral( "out" ), tr( "Image file to write. Required." ), tr( "FILE" ) ) );
  parser.addOption( option( QStringLiteral( "extent" ), tr( "Area to show, in the territory CRS (default: everything)." ),
                            tr( "XMIN,YMIN,XMAX,YMAX" ) ) );
  parser.addOption( option( QStringLiteral( "size" ), tr( "Image size in pixels (default: 1600x1000)." ), tr( "WxH" ) ) );
  parser.addOption( option( QStringLiteral( "dpi" ), tr( "Resolution in dots per inch (default: 96)." ), tr( "N" ) ) );
  parser.addOption( option( QStringLiteral( "no-labels" ), tr( "Draws no labels." ) ) );
  parser.addOption( option( QStringLiteral( "background" ), tr( "Background colour, e.g. #ffffff (default: white)." ), tr( "COLOUR" ) ) );
};
renderCommand.run = [this]( QCommandLineParser &parser ) { return render( parser ); };
mCommands << renderCommand;

Command plugins;
plugins.name = QStringLiteral( "plugins" );
plugins.summary = tr( "Lists the domain plugins found: loaded ones, and skipped ones with the reason." );
plugins.run = [this]( QCommandLineParser &parser ) { return listPlugins( parser ); };
mCommands << plugins;

// commands of the analysis modules that are not network domains, then those
// contributed by the domain plugins (the executable names no domain)
QList<QPair<QString, CliCommand>> external;
const QList<CliCommand> moduleCommands = moduleCliCommands( *mPlugins );
for ( const CliCommand &moduleCommand : moduleCommands )
  external.append( { QStringLiteral( "vigie" ), moduleCommand } );
const QList<DomainPlugin *> loaded = mPlugins->plugins();
for ( DomainPlugin *plugin : loaded )
{
  const QList<CliCommand> commands = plugin->cliCommands();
  for ( const CliCommand &pluginCommand : commands )
    external.append( { plugin->id(), pluginCommand } );
}
for ( const auto &entry : std::as_const( external ) )
{
  const CliCommand &externalCommand = entry.second;
  if ( command( externalCommand.name ) || externalCommand.name == QLatin1String( "help" ) ||
       externalCommand.name == QLatin1String( "territory" ) )
  {
    logMessage( LogLevel::Warning, QStringLiteral( "cli" ),
                QStringLiteral( "%1: command '%2' is already taken, ignored" ).arg( entry.first, externalCommand.name ) );
    continue;
  }
  Command command;
  command.name = externalCommand.name;
  command.summary = externalCommand.summary;
  command.fromPlugin = true;
  const auto run = externalCommand.run;
  command.runPlugin = [this, run]( const QStringList &arguments )
  { return run ? run( arguments, mOut, mErr ) : static_cast<int>( Failure ); };
  mCommands << command;
}
}
} // namespace vigie
