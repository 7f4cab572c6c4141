// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_WATERCLI_H
#define VIGIE_HYDRAULICS_WATERCLI_H

#include "vigie_hydraulics_export.h"

#include <QString>
#include <QStringList>

class QTextStream;

namespace vigie::hydraulics
{
  //! Exit codes of `vigie-cli water ...`.
  enum WaterExitCode
  {
    WaterOk = 0,
    WaterFailed = 1,  //!< simulation failed (non-convergence, singular system) or output not written
    WaterUsage = 2,   //!< bad command line
    WaterBadInput = 3 //!< input file missing or not a valid EPANET file
  };

  //! One line for `vigie-cli --help`.
  VIGIE_HYDRAULICS_EXPORT QString waterCommandSummary();

  /**
   * \brief Runs `vigie-cli water <args>`: `simulate NET.inp --out DIR [--duration HOURS]` writes
   * nodes.csv (time_s,node_id,demand,head,pressure) and links.csv
   * (time_s,link_id,flow,velocity,headloss,status) at every reporting step, in the network's units.
   * Returns a WaterExitCode.
   */
  VIGIE_HYDRAULICS_EXPORT int runWaterCommand( const QStringList &args, QTextStream &out, QTextStream &err );
} // namespace vigie::hydraulics

#endif
