// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAP_ROADMAPCLI_H
#define VIGIE_ROADMAP_ROADMAPCLI_H

#include "domainplugin.h"
#include "vigie_roadmap_export.h"

namespace vigie
{
  /**
   * \brief The `vigie-cli roadmap` command:
   *   roadmap merge BASE OURS THEIRS --out MERGED [--json]
   *   roadmap schedule FILE --cap YEAR=EUR,... [--first-year Y] [--last-year Y] [--weights W] [--out FILE] [--json]
   *   roadmap rank FILE [--weights impact=..,cost=..,feasibility=..,demand=..] [--json]
   *   roadmap export FILE --out X.csv|X.ics|X.gan
   *   roadmap import CSV --out FILE
   *   roadmap export-from TERRITORY --out FILE [--name NAME]
   *   roadmap import-into TERRITORY FILE [--name NAME] [--cap ...] [--weights ...]
   *   roadmap report TERRITORY|FILE --out REPORT.pdf [--cap ...] [--weights ...]
   * Exit codes: 0 done (merge: clean), 1 failure (merge: conflicts recorded in the written file),
   * 2 usage error, 3 an input cannot be read.
   */
  VIGIE_ROADMAP_EXPORT CliCommand roadmapCliCommand();
} // namespace vigie

#endif
