// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_REPORTRENDER_H
#define VIGIE_REPORTRENDER_H

#include "reviewcli.h"

class QTextStream;

namespace vigie
{
  class PluginManager;

  /**
   * \brief The QGIS half of `vigie-cli report`: draws the deck that review::reportCliCommand built
   * (same code as the app's presentation mode) to arguments.outPath as PDF and to
   * arguments.pngDirectory as one PNG per page. Opens the territory read-only, loads its layers
   * with TerritoryLayers, starts QGIS when it is not started. Returns a Cli exit code:
   * 0 written, 1 drawing or writing failed, 3 territory unreadable.
   */
  int renderReport( const review::ReportArguments &arguments, const review::Deck &deck, const PluginManager &plugins, QTextStream &out,
                    QTextStream &err );
} // namespace vigie

#endif
