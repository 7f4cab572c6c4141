// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_LEAKMONITOR_H
#define VIGIE_HYDRAULICS_LEAKMONITOR_H

#include "leakdetector.h"
#include "leakscore.h"
#include "network.h"
#include "scada.h"
#include "vigie_hydraulics_export.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

class QTextStream;

namespace vigie::feeds
{
  class ObservationStore;
}

namespace vigie::hydraulics
{
  //! Tuning of the live leak monitor.
  struct VIGIE_HYDRAULICS_EXPORT LeakMonitorOptions
  {
    LeakDetectorOptions detector;
    //! Complete days received before the first detection (at least 3: the detector's check for a leak
    //! already running reads the first 3 days). Untrained, the detector calibrates on these days once.
    int warmUpDays = 3;
    double criticalFlow = 5; //!< m³/h: a leak at least this large raises a critical alarm, a smaller one a warning
  };

  //! What one LeakMonitor::append() or update() did.
  struct VIGIE_HYDRAULICS_EXPORT LeakMonitorUpdate
  {
    qint64 from = 0; //!< period read, UTC seconds [from, to)
    qint64 to = 0;
    int rows = 0;         //!< time steps kept
    int droppedSteps = 0; //!< time steps left out (a sensor of the layout without a valid value, or not after the last kept step)
    QStringList problems; //!< missing or malformed data, one message each (the update still succeeds)
    bool detectionRan = false;
    int analysedDays = 0;           //!< complete days of the record the detection ran on
    QVector<DetectedLeak> newLeaks; //!< leaks reported for the first time by this update
    QVector<qint64> alarmIds;       //!< alarms raised for them (update() with a store)
    double milliseconds = 0;        //!< time spent in this update (reading, detection, alarms), preparation excluded
    double preparationMs = 0;       //!< the one-off preparation (sensitivities, training) done by this update
  };

  /**
   * \brief Runs the leak detection incrementally on live SCADA data (the stored observations of a
   * territory, fed by MQTT or the replay) and raises an alarm for each new leak.
   *
   * The detector works on daily means (LeakDetector: daily balance and CUSUM), so the monitor keeps
   * the rows of the day in progress and, each time a UTC day is complete, runs
   * LeakDetector::detect() over the complete days received since it started, with the state kept
   * from before: the sensitivity matrix (prepare(), once) and the calibration (training, or
   * self-calibration on the warm-up days, once). With training, the detection is causal (a report
   * at day d reads days <= d only), so the leaks reported by the successive runs are exactly the
   * leaks of one batch run over the same period (tst_leakmonitor checks it). A leak is reported
   * once: its key (area and change time) is kept, and an alarm with that key is never raised again,
   * even after it was acknowledged, cleared, or its evidence disappeared.
   */
  class VIGIE_HYDRAULICS_EXPORT LeakMonitor
  {
  public:
    explicit LeakMonitor( const Network &network, const LeakMonitorOptions &options = LeakMonitorOptions() );
    ~LeakMonitor();
    LeakMonitor( const LeakMonitor & ) = delete;
    LeakMonitor &operator=( const LeakMonitor & ) = delete;

    //! Training record and its leak list (LeakDetector::train), used once the live sensors are known.
    void setTraining( const ScadaData &training, const QVector<KnownLeak> &leaks );
    bool isTrained() const;

    /**
     * \brief Appends SCADA rows later than the last kept one (the first chunk fixes the sensor
     * layout; later chunks are matched by column name) and marks the data complete up to \a until
     * (UTC s). Runs the detection when a day was completed. Rows missing a sensor of the layout or
     * holding a non-finite value are left out and reported in \a update; false only when the
     * detection cannot run at all (layout without flow meter, training record without a live
     * sensor, ...), with the reason.
     */
    bool append( const ScadaData &chunk, qint64 until, LeakMonitorUpdate *update, QString *errorMessage = nullptr );

    /**
     * \brief Reads the stored observations of \a territoryPath from position() (or \a from on the
     * first call, moved to the next UTC midnight) to \a to (territoryScada()), append()s them and, with \a alarmStore, raises an
     * alarm for each new leak (AlarmEngine::raiseAnalysisAlarm; asset: the top candidate pipe).
     */
    bool update( const QString &territoryPath, const QDateTime &from, const QDateTime &to, feeds::ObservationStore *alarmStore,
                 LeakMonitorUpdate *update, QString *errorMessage = nullptr );

    /**
     * \brief Raises the alarm of \a leak in \a store unless one with its key exists; \a alarmId gets
     * the alarm's id and \a created whether it is new.
     */
    static bool raiseAlarm( feeds::ObservationStore *store, const DetectedLeak &leak, double criticalFlow, qint64 *alarmId, bool *created,
                            QString *errorMessage );
    //! The alarm key of a leak: "leak:AREA:CHANGE-TIME" (ISO, UTC).
    static QString alarmKey( const DetectedLeak &leak );

    //! Leaks found by the last detection (the live list).
    QVector<DetectedLeak> leaks() const;
    //! Every leak reported since the start, in the order reported.
    QVector<DetectedLeak> reported() const;
    //! Data read up to here (UTC s, exclusive); 0 before any.
    qint64 position() const;
    //! Complete days kept (the detection's record).
    const ScadaData &record() const;
    //! Mean and maximum time of the updates so far (ms), and their number.
    double meanUpdateMs() const;
    double maximumUpdateMs() const;
    int updateCount() const;

  private:
    struct Private;
    std::unique_ptr<Private> d;
  };

  //! `vigie-cli water watch TERRITORY ...`; returns a WaterExitCode.
  VIGIE_HYDRAULICS_EXPORT int runWaterWatchCommand( const QStringList &args, QTextStream &out, QTextStream &err );
  //! Its usage lines.
  VIGIE_HYDRAULICS_EXPORT QString waterWatchUsage();
} // namespace vigie::hydraulics

#endif
