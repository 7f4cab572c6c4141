// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli commands of the analysis modules that are not network domains: they are
// part of Vigie itself, unlike the domain plugins' commands found at run time.
#include "budgetcli.h"
#include "cli.h"
#include "feedscli.h"
#include "ingestcli.h"
#include "reportrender.h"
#include "reviewcli.h"
#include "roadmapcli.h"

namespace vigie
{
  QList<CliCommand> moduleCliCommands( const PluginManager &plugins )
  {
    QList<CliCommand> commands{ budget::budgetCliCommand(), roadmapCliCommand(), feeds::ingestCliCommand() };
    // `report`: the deck and --json from modules/review, the PDF and PNG drawn here with QGIS
    const PluginManager *loaded = &plugins;
    commands << review::reportCliCommand( [loaded]( const review::ReportArguments &arguments, const review::Deck &deck, QTextStream &out,
                                                    QTextStream &err ) { return renderReport( arguments, deck, *loaded, out, err ); },
                                          loaded );
    // observations, sensors, alarms, feeds (replay, discover, and feeds-mqtt's `feeds test`)
    commands << feeds::feedsCliCommands( { feeds::feedsTestCliCommand() } );
    return commands;
  }
} // namespace vigie
