// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_CLI_H
#define VIGIE_CLI_H

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineParser;
class QTextStream;

namespace vigie
{
  class PluginManager;
  struct CliCommand;

  //! Commands of the analysis modules that are not network domains (budget, roadmap, report): modulecommands.cpp.
  //! \a plugins: the loaded domain plugins (the report's PDF draws their layers).
  QList<CliCommand> moduleCliCommands( const PluginManager &plugins );

  /**
   * \brief vigie-cli: every computation of the app reachable from a script.
   * Subcommands are built in (territory, import, export, render, plugins), come from the
   * analysis modules (budget, roadmap) or from the domain plugins (DomainPlugin::cliCommands()); the executable names no domain.
   */
  class Cli
  {
    Q_DECLARE_TR_FUNCTIONS( vigie::Cli )

  public:
    //! Documented process exit codes (printed by --help).
    enum ExitCode
    {
      Success = 0,       //!< done
      Failure = 1,       //!< the command failed, validation found problems, an import was rolled back
      UsageError = 2,    //!< unknown command or option, missing or invalid argument
      InputError = 3,    //!< an input cannot be opened: missing, unreadable, corrupt, not a territory, newer version
      PartialImport = 4, //!< import committed with --skip-invalid, some rows skipped (listed)
    };

    //! Where the arguments say the command starts, before any application object exists.
    struct Invocation
    {
      QStringList globalArguments;  //!< options before the command (and their values)
      QString command;              //!< "territory create", "render", "water", ... or empty
      QStringList commandArguments; //!< what follows the command name
      QString language;             //!< value of --lang, if any
    };

    //! Splits \a arguments (argv, program name first) without an application object.
    static Invocation split( const QStringList &arguments );

    //! True when \a invocation needs QGIS (and so a QgsApplication): `render`, `roadmap report`, `report --out/--png`.
    static bool needsQgis( const Invocation &invocation );

    Cli( QTextStream &out, QTextStream &err );
    ~Cli();

    //! Runs the command of \a invocation; returns the exit code.
    int run( const Invocation &invocation );

  private:
    struct Command
    {
      QString name;
      QString synopsis;    //!< positional part of the usage line
      QString summary;     //!< one line for the command list
      QString description; //!< more text for COMMAND --help
      std::function<void( QCommandLineParser & )> addOptions;
      std::function<int( QCommandLineParser & )> run;
      bool fromPlugin = false;
      std::function<int( const QStringList & )> runPlugin;
    };

    void registerCommands();
    const Command *command( const QString &name ) const;
    void addGlobalOptions( QCommandLineParser &parser ) const;
    QString exitCodeTable() const;
    QString generalHelp() const;
    QString commandHelp( const Command &command ) const;
    int usageError( const QString &commandName, const QString &message );
    int runBuiltIn( const Command &command, const QStringList &arguments );
    bool loadPlugins( const QStringList &extraDirectories );

    // commands (commands.cpp)
    int territoryCreate( QCommandLineParser &parser );
    int territoryInfo( QCommandLineParser &parser );
    int territoryValidate( QCommandLineParser &parser );
    int territoryCopy( QCommandLineParser &parser );
    int territoryRoles( QCommandLineParser &parser );
    int territoryTenants( QCommandLineParser &parser );
    int territoryNotify( QCommandLineParser &parser );
    int territoryCheckout( QCommandLineParser &parser );
    int territorySync( QCommandLineParser &parser );
    int territoryResolve( QCommandLineParser &parser );
    int importData( QCommandLineParser &parser );
    int exportData( QCommandLineParser &parser );
    int render( QCommandLineParser &parser );
    int listPlugins( QCommandLineParser &parser );

    //! Prints territory metadata and layer counts (info and create).
    int printTerritory( const QString &path );
    //! Exactly \a count positional arguments, else a usage error naming the missing one (returns -1 when fine).
    int requirePositional( const QString &commandName, const QCommandLineParser &parser, const QStringList &names );
    //! Writes a JSON document to stdout.
    void printJson( const class QJsonObject &object );
    void printJson( const class QJsonArray &array );

    QTextStream &mOut;
    QTextStream &mErr;
    bool mJson = false;
    QString mCurrentCommand;
    std::unique_ptr<PluginManager> mPlugins;
    QList<Command> mCommands;
  };
} // namespace vigie

#endif
