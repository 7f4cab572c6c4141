// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAP_ROADMAPREPORT_H
#define VIGIE_ROADMAP_ROADMAPREPORT_H

#include "roadmapstore.h"
#include "scheduling.h"
#include "vigie_roadmap_export.h"

#include <QColor>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace vigie::roadmap
{
  /**
   * Capex per year of the roadmap as it stands (each project at its start, its actual start once
   * started): committed = in progress and done projects, planned = the others, cancelled left
   * out. Every year with spending or a cap, sorted. What the panel's budget chart and the PDF
   * report show; after scheduleRoadmap() and applySchedule() it equals Schedule::years when
   * every project was scheduled.
   */
  VIGIE_ROADMAP_EXPORT QList<YearBudget> planBudgets( const Roadmap &roadmap, const QMap<int, double> &caps );

  //! The colour of a domain in the Gantt, the matrix and the report.
  VIGIE_ROADMAP_EXPORT QColor domainColor( Domain domain );

  //! The report's sections, one page each (translated titles, in order).
  VIGIE_ROADMAP_EXPORT QStringList reportSectionTitles();

  /**
   * Writes the PDF report of a roadmap: title page (key figures), Gantt timeline with the
   * critical path, budget per year against the caps, ranked projects (weights of \a settings),
   * the critical path. One page per section (the ranking continues on another page beyond 40
   * projects). Written atomically. Needs a QGuiApplication (fonts); may run on a worker thread.
   * \a progress receives 0..100. False with a message naming the file or the project.
   */
  VIGIE_ROADMAP_EXPORT bool writeRoadmapReport( const Roadmap &roadmap, const RoadmapSettings &settings, const QString &pdfPath,
                                                QString *errorMessage, const std::function<void( int percent )> &progress = {} );
} // namespace vigie::roadmap

#endif
