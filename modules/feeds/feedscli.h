// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_FEEDSCLI_H
#define VIGIE_FEEDS_FEEDSCLI_H

#include "domainplugin.h"
#include "vigie_feeds_export.h"

#include <QList>

namespace vigie::feeds
{
  /**
   * \brief The read-back and administration commands of the live feeds:
   *   observations count TERRITORY [--sensor ID] [--json]
   *   observations export TERRITORY --out FILE.csv [--sensor ID] [--from ISO] [--to ISO] [--aggregates]
   *   observations retention TERRITORY --raw-days N
   *   sensors list|register|bind|unbind TERRITORY ...
   *   alarms list|ack|clear|rules|add-rule|remove-rule|check TERRITORY ...
   *   feeds replay TERRITORY [--speed X] [--hours H] [--start ISO]
   *   feeds discover URL [--json]
   * Each CliCommand of \a feedsSubcommands is one more `feeds` subcommand (its name is the
   * subcommand's, e.g. "test"), so that commands written elsewhere share the `feeds` word.
   * Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.
   */
  VIGIE_FEEDS_EXPORT QList<vigie::CliCommand> feedsCliCommands( const QList<vigie::CliCommand> &feedsSubcommands = {} );
} // namespace vigie::feeds

#endif
