// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TEST_ROADMAPTESTUTIL_H
#define VIGIE_TEST_ROADMAPTESTUTIL_H

// Small roadmaps built in code for the roadmap tests.

#include "roadmap.h"

namespace vigie::test
{
  inline roadmap::Project makeProject( const QString &id, const QString &start = QStringLiteral( "2026-01" ), int months = 12,
                                       double capex = 100000, const QStringList &dependencies = {} )
  {
    roadmap::Project p;
    p.id = id;
    p.title = QStringLiteral( "Projet %1" ).arg( id );
    p.domain = roadmap::Domain::Energy;
    p.start = roadmap::YearMonth::fromString( start );
    p.durationMonths = months;
    p.capex = capex;
    p.dependencies = dependencies;
    return p;
  }
} // namespace vigie::test

#endif
