// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAP_SCHEDULING_H
#define VIGIE_ROADMAP_SCHEDULING_H

#include "prioritisation.h"
#include "roadmap.h"
#include "vigie_roadmap_export.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace vigie::roadmap
{
  //! Capex of a project per calendar year when it starts at \a start (spread evenly over its months).
  VIGIE_ROADMAP_EXPORT QMap<int, double> yearlyCapex( const Project &project, const YearMonth &start );

  //! The ids of a dependency cycle in order (first repeated at the end), empty when there is none.
  VIGIE_ROADMAP_EXPORT QStringList findDependencyCycle( const Roadmap &roadmap );
  /**
   * Checks that every dependency names a project of the roadmap and that there is no cycle.
   * False with a message naming the project, the field "dependencies" and, for a cycle, every
   * project in it.
   */
  VIGIE_ROADMAP_EXPORT bool checkDependencies( const Roadmap &roadmap, QString *errorMessage );

  //! Parses "2026=1500000,2027=2000000" (euros per year).
  VIGIE_ROADMAP_EXPORT bool parseBudgetCaps( const QString &text, QMap<int, double> *caps, QString *errorMessage );

  struct VIGIE_ROADMAP_EXPORT ScheduleOptions
  {
    QMap<int, double> caps; //!< capex cap per calendar year (euros); years without a cap are not limited
    int firstYear = 0;      //!< earliest start year for a project to schedule; 0: the first capped year
    int lastYear = 0;       //!< latest start year; 0: the last capped year
    Weights weights;        //!< priority of each project = its score with these weights
    int timeLimitSeconds = 60;
  };

  struct VIGIE_ROADMAP_EXPORT ScheduledProject
  {
    QString id;
    QString title;
    YearMonth plannedStart; //!< start in the roadmap before scheduling
    YearMonth start;        //!< start chosen by the plan (invalid when not scheduled)
    bool scheduled = false;
    bool committed = false; //!< in progress or done: kept where it is
    double priority = 0;    //!< score 0..100 used as the value weight
    QString reason;         //!< why a project could not be scheduled (translated)
  };

  struct VIGIE_ROADMAP_EXPORT YearBudget
  {
    int year = 0;
    bool capped = false;
    double cap = 0;
    double committed = 0; //!< capex of committed projects in that year
    double planned = 0;   //!< capex of the projects the plan starts (committed excluded)
  };

  struct VIGIE_ROADMAP_EXPORT Schedule
  {
    QList<ScheduledProject> projects; //!< sorted by start, then id; unscheduled last
    QList<YearBudget> years;
    double objective = 0;
    bool optimal = false; //!< false: the time limit stopped the search at a feasible plan
  };

  /**
   * Chooses each project's start year (keeping its start month) to maximise the sum over scheduled
   * projects of (priority + 1) x (lastYear - startYear + 1): high priorities first, earlier better.
   * A 0-1 MILP solved with GLPK: one binary per project and start year, at most one start per
   * project, yearly capex <= cap - committed spending, finish-to-start dependencies (a project is
   * only scheduled when all its predecessors are, and starts after they end). Committed projects
   * (in progress, done) stay where they are; cancelled projects are left out.
   * False with a message for a dependency cycle or an unknown dependency (naming the projects),
   * a cap below committed spending (naming the year and the projects), or no feasible plan.
   */
  VIGIE_ROADMAP_EXPORT bool scheduleRoadmap( const Roadmap &roadmap, const ScheduleOptions &options, Schedule *schedule,
                                             QString *errorMessage );
  //! Moves the scheduled projects of \a roadmap to their planned start.
  VIGIE_ROADMAP_EXPORT void applySchedule( Roadmap &roadmap, const Schedule &schedule );

  struct VIGIE_ROADMAP_EXPORT CriticalPathEntry
  {
    QString id;
    YearMonth earliestStart;
    YearMonth earliestFinish; //!< first month after the project
    YearMonth latestStart;
    YearMonth latestFinish;
    int slackMonths = 0;
    bool critical = false;
  };

  struct VIGIE_ROADMAP_EXPORT CriticalPath
  {
    QList<CriticalPathEntry> entries; //!< every non-cancelled project, sorted by earliest start then id
    QStringList path;                 //!< the chain of critical projects ending last, first to last
    YearMonth finish;                 //!< first month after the whole roadmap
  };

  /**
   * Critical path method on durations and finish-to-start dependencies, in months. A project's
   * own start (its actual start once started) is a "start no earlier than" date. Cancelled
   * projects and dependencies on them are ignored. False for a cycle or unknown dependency.
   */
  VIGIE_ROADMAP_EXPORT bool computeCriticalPath( const Roadmap &roadmap, CriticalPath *result, QString *errorMessage );

  //! Saves the current dates and capex of every non-cancelled project as the baseline.
  VIGIE_ROADMAP_EXPORT void saveBaseline( Roadmap &roadmap, const QString &savedAt );

  struct VIGIE_ROADMAP_EXPORT BaselineVariance
  {
    QString id;
    QString title;
    bool inBaseline = false;
    bool inRoadmap = false;
    int startSlipMonths = 0;  //!< actual (or planned) start - baseline start; > 0: late
    int finishSlipMonths = 0; //!< end - baseline end
    double baselineCapex = 0;
    double currentCapex = 0;
    double capexVariance = 0; //!< current - baseline; > 0: over budget
  };

  //! Baseline vs actual: slip and budget variance per project, sorted by id.
  VIGIE_ROADMAP_EXPORT QList<BaselineVariance> compareToBaseline( const Roadmap &roadmap );
} // namespace vigie::roadmap

#endif
