// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_FEEDSIMPORTCLI_H
#define VIGIE_FEEDS_FEEDSIMPORTCLI_H

#include "domainplugin.h"
#include "vigie_feeds_export.h"

namespace vigie::feeds
{
  /**
   * \brief `feeds import TERRITORY --sensorthings URL | --ngsi-ld URL | --csv FILE [options]`: a `feeds`
   * subcommand (name "import") storing history through the live feeds' store path (see importHistory()).
   * With --every SECONDS (NGSI-LD) it polls the broker until SIGINT/SIGTERM (or --count N polls).
   * Exit codes: 0 done, 1 failure (network, HTTP, malformed page, bad CSV line), 2 usage error,
   * 3 the territory or the CSV file cannot be opened.
   */
  VIGIE_FEEDS_EXPORT vigie::CliCommand feedsImportCliCommand();
} // namespace vigie::feeds

#endif
