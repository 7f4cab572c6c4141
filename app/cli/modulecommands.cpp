// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli commands of the analysis modules that are not network domains: they are
// part of Vigie itself, unlike the domain plugins' commands found at run time.
#include "budgetcli.h"
#include "cli.h"
#include "feedscli.h"
#include "ingestcli.h"
#include "roadmapcli.h"

namespace vigie
{
  QList<CliCommand> moduleCliCommands()
  {
    QList<CliCommand> commands{ budget::budgetCliCommand(), roadmapCliCommand(), feeds::ingestCliCommand() };
    // observations, sensors, alarms, feeds (replay, discover, and feeds-mqtt's `feeds test`)
    commands << feeds::feedsCliCommands( { feeds::feedsTestCliCommand() } );
    return commands;
  }
} // namespace vigie
