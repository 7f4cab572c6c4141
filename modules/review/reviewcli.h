// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_REVIEW_REVIEWCLI_H
#define VIGIE_REVIEW_REVIEWCLI_H

#include "domainplugin.h"
#include "reviewslide.h"
#include "vigie_review_export.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace vigie
{
  class PluginManager;

  namespace review
  {
    //! The arguments of `vigie-cli report`.
    struct VIGIE_REVIEW_EXPORT ReportArguments
    {
      QString territory;             //!< territory path
      QString agenda;                //!< agenda name; empty = "council"
      QString language;              //!< "fr" (default) or "en"
      QDate date;                    //!< review date; invalid = today
      QString jsonPath;              //!< --json FILE or "-" (stdout); empty = no JSON
      QString outPath;               //!< --out deck.pdf (rendered by the app side, needs QGIS)
      QString pngDirectory;          //!< --png DIR (rendered by the app side)
      QStringList pluginDirectories; //!< --plugins DIR (extra plugin folders, before the default ones)
      bool help = false;
    };

    //! The help text of `vigie-cli report` (translated).
    VIGIE_REVIEW_EXPORT QString reportHelp();

    /**
     * Parses the arguments after `report`. False with the reason (naming the option) on a
     * usage error: unknown option, missing value, bad date or language, no territory, nothing to write.
     * \a requireOutput: at least one of --json / --out / --png must be given.
     */
    VIGIE_REVIEW_EXPORT bool parseReportArguments( const QStringList &args, ReportArguments *arguments, QString *errorMessage,
                                                   bool requireOutput = true );

    /**
     * Builds the deck of \a arguments: reads the agenda (saved or default), builds it with the domain
     * plugins of \a plugins (nullptr: loads them from PluginManager::defaultSearchPaths() and --plugins).
     * False with the reason when the territory or the agenda cannot be read. \a exitCode gets 3 for an
     * unreadable territory, 2 for an unknown agenda, 1 otherwise.
     */
    VIGIE_REVIEW_EXPORT bool buildDeckForCli( const ReportArguments &arguments, const PluginManager *plugins, Deck *deck,
                                              QString *errorMessage, int *exitCode = nullptr );

    //! Writes Deck::toJson to \a path ("-" = \a out). False with the reason.
    VIGIE_REVIEW_EXPORT bool writeDeckJson( const Deck &deck, const QString &path, QTextStream &out, QString *errorMessage );

    /**
     * Renders a built deck to arguments.outPath / pngDirectory (the app side, with QGIS); returns the
     * exit code. Registered by app/cli when it can render.
     */
    using DeckRenderFunction = std::function<int( const ReportArguments &arguments, const Deck &deck, QTextStream &out, QTextStream &err )>;

    /**
     * The `vigie-cli report` command. Without \a render (Qt 6 / no QGIS) --out and --png give
     * a clear error and --json still works. \a plugins: the domain plugins vigie-cli already loaded
     * (must outlive the command); nullptr, or --plugins DIR given: the command loads its own.
     */
    VIGIE_REVIEW_EXPORT CliCommand reportCliCommand( const DeckRenderFunction &render = {}, const PluginManager *plugins = nullptr );
  } // namespace review
} // namespace vigie

#endif
