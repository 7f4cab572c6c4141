// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_INGESTCLI_H
#define VIGIE_FEEDS_INGESTCLI_H

#include "domainplugin.h"
#include "vigie_feeds_export.h"

namespace vigie::feeds
{
  /**
   * \brief `vigie-cli ingest TERRITORY --mqtt URL --topic FILTER [--topic ...] [--client-id ID]
   * [--decoder NAME] [--feed CONFIG.json] [--user NAME] [--ca FILE] [--cert FILE --key FILE]`:
   * live MQTT feed into the territory until SIGINT/SIGTERM, progress every second on stderr.
   * The password comes from VIGIE_MQTT_PASSWORD or a prompt without echo.
   */
  VIGIE_FEEDS_EXPORT vigie::CliCommand ingestCliCommand();

  //! `feeds test CONFIG.json [--seconds N]`: a `feeds` subcommand (name "test") checking connectivity and decoding.
  VIGIE_FEEDS_EXPORT vigie::CliCommand feedsTestCliCommand();
} // namespace vigie::feeds

#endif
