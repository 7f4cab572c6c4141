// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_LEAKSCORE_H
#define VIGIE_HYDRAULICS_LEAKSCORE_H

#include "network.h"
#include "scada.h"
#include "vigie_hydraulics_export.h"

#include <QString>
#include <QVector>

namespace vigie::hydraulics
{
  //! One line of a leak report: "pipe_id, YYYY-MM-DD HH:MM" (the BattLeDIM submission format).
  struct VIGIE_HYDRAULICS_EXPORT LeakReport
  {
    QString pipe;
    qint64 time = 0; //!< UTC seconds
  };

  //! A known leak (BattLeDIM leak list: link_id,start_time,end_time[,leak_diameter_m,leak_type,peak_time]).
  struct VIGIE_HYDRAULICS_EXPORT KnownLeak
  {
    QString pipe;
    qint64 start = 0;
    qint64 end = 0;
    double diameter = 0; //!< m; 0 when not given
    QString type;        //!< abrupt / incipient / empty
    qint64 peak = 0;
  };

  //! Reads a leak report (two columns, an optional header); false with "file:line: column: reason".
  VIGIE_HYDRAULICS_EXPORT bool readLeakReports( const QString &path, QVector<LeakReport> *reports, QString *errorMessage = nullptr );
  //! Writes "pipe_id, YYYY-MM-DD HH:MM" lines (atomically).
  VIGIE_HYDRAULICS_EXPORT bool writeLeakReports( const QString &path, const QVector<LeakReport> &reports, QString *errorMessage = nullptr );
  //! Reads a leak list with a header (link_id,start_time,end_time,...); false with "file:line: column: reason".
  VIGIE_HYDRAULICS_EXPORT bool readKnownLeaks( const QString &path, QVector<KnownLeak> *leaks, QString *errorMessage = nullptr );

  //! What the scoring gives one detected leak.
  struct VIGIE_HYDRAULICS_EXPORT ScoredLeak
  {
    QString pipe;
    QString reportedPipe;
    qint64 start = 0;
    qint64 reportedTime = -1; //!< -1 when never detected
    double distance = -1;     //!< m
    double volume = 0;        //!< m³ lost from the report to the end of the year (or of the leak)
    double reward = 0;        //!< €
    double fullVolume = 0;    //!< m³ lost over the year (what a perfect, immediate report recovers)
  };

  struct VIGIE_HYDRAULICS_EXPORT LeakScore
  {
    double score = 0;        //!< € (rewards - 500 € per false positive)
    double perfectScore = 0; //!< € of a perfect report (every leak, right pipe, at its start or the year start)
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int repeats = 0; //!< reports matching only already-detected leaks (score 0)
    QVector<ScoredLeak> leaks;
    QVector<LeakReport> falseAlarms;
  };

  /**
   * \brief The BattLeDIM scoring, written from the published rules (KIOS-Research/BattLeDIM
   * scoring code and rules page, summarised in ../battledim/README.md).
   * Reports before \a yearStart are ignored, the others taken in time order. A report detects
   * a not-yet-detected leak active at its time whose pipe lies within 300 m (network
   * distance, see PipeDistance); with several, the nearest. Reward = 0.80 €/m³ × volume lost
   * from the report to \a yearEnd − distance / 300 m × 500 €; a report matching no leak costs
   * 500 €; one matching only detected leaks scores 0.
   * Volumes come from \a leakages (m³/h per leak pipe, rows at \a times); a leak without a
   * column there is estimated by the orifice law at \a pressure m (Cd 0.75, incipient growth).
   */
  class VIGIE_HYDRAULICS_EXPORT LeakScorer
  {
  public:
    static constexpr double kMaxDistance = 300;
    static constexpr double kWaterPrice = 0.8;
    static constexpr double kCrewCost = 500;

    explicit LeakScorer( const Network &network );
    //! Leak outflows (m³/h) by pipe column; rows at \a times (the Leakages file of the year).
    void setLeakages( const ScadaTable &leakages, const QVector<qint64> &times );
    void setFallbackPressure( double metres ) { mPressure = metres; }
    //! Scores \a reports against \a truth over [\a yearStart, \a yearEnd); false when a pipe is unknown.
    bool score( const QVector<LeakReport> &reports, const QVector<KnownLeak> &truth, qint64 yearStart, qint64 yearEnd, LeakScore *result,
                QString *errorMessage = nullptr ) const;
    //! m³ lost by \a leak between \a from and \a to.
    double volume( const KnownLeak &leak, qint64 from, qint64 to ) const;

  private:
    const Network &mNetwork;
    ScadaTable mLeakages;
    QVector<qint64> mTimes;
    double mPressure = 40;
  };
} // namespace vigie::hydraulics

#endif
