// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTINGDEMO_H
#define VIGIE_LIGHTINGDEMO_H

#include "domainplugin.h"

namespace vigie
{
  /**
   * \brief The Montpellier lighting demo: the 29,969 real lighting points (position and
   * lantern type from the open data) completed with deterministic, plausible French
   * figures for what the open data lacks, each such attribute listed in "simulated".
   */
  class LightingDemo
  {
  public:
    static bool buildMontpellier( DemoContext &context, QString *errorMessage );
  };
} // namespace vigie

#endif
