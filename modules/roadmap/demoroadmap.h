// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAP_DEMOROADMAP_H
#define VIGIE_ROADMAP_DEMOROADMAP_H

#include "roadmap.h"
#include "vigie_roadmap_export.h"

#include <QMap>
#include <QString>

namespace vigie::roadmap
{
  /**
   * The demo territory's roadmap: 35 projects of a French commune across every domain, French
   * titles, capex and opex in euros, funding (budget communal, DSIL, DETR, FEDER, CEE, Fonds
   * vert, ...), KPIs, dependencies, a baseline saved in January 2025 and a few slips since.
   * Deterministic: ids derive from the project slugs (stableProjectId("demo/<slug>")).
   */
  VIGIE_ROADMAP_EXPORT Roadmap demoRoadmap( const QString &commune = QStringLiteral( "Montpellier" ) );
  //! Yearly capex caps (euros) of the demo commune, 2025-2030; committed spending fits under them.
  VIGIE_ROADMAP_EXPORT QMap<int, double> demoBudgetCaps();
} // namespace vigie::roadmap

#endif
