// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTING_LIGHTINGCLI_H
#define VIGIE_LIGHTING_LIGHTINGCLI_H

#include "domainplugin.h"
#include "vigie_lighting_export.h"

#include <QStringList>

class QTextStream;

namespace vigie::lighting
{
  enum LightingExit
  {
    LightingOk = 0,
    LightingFailed = 1, //!< e.g. an infeasible budget
    LightingUsage = 2,
    LightingBadInput = 3 //!< unreadable territory, invalid inventory
  };

  /**
   * \brief The `vigie-cli lighting` command:
   *   lighting optimise TERRITORY [--budget EUR_PER_YEAR] [--years N] [--switch-off HH:MM-HH:MM]
   *                               [--unit cabinet|luminaire] [--compliance FILE.csv] [--json]
   *   lighting classes TERRITORY [--json]
   *   lighting maintenance TERRITORY [--telemetry FILE.csv] [--json]
   * Contributed by the lighting plugin (LightingPlugin::cliCommands()).
   */
  VIGIE_LIGHTING_EXPORT int runLightingCommand( const QStringList &args, QTextStream &out, QTextStream &err );
  VIGIE_LIGHTING_EXPORT QString lightingCommandSummary();
  VIGIE_LIGHTING_EXPORT CliCommand lightingCliCommand();
} // namespace vigie::lighting

#endif
