// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_LEAKDETECTOR_H
#define VIGIE_HYDRAULICS_LEAKDETECTOR_H

#include "leakscore.h"
#include "network.h"
#include "scada.h"
#include "waternetworkgraph.h"
#include "vigie_hydraulics_export.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace vigie::hydraulics
{
  //! Tuning of the detector; the defaults were chosen on the first half of 2018 (see the README).
  struct VIGIE_HYDRAULICS_EXPORT LeakDetectorOptions
  {
    int windowStartHour = 0; //!< daily window of the balance and pressure means [start, end) hours
    int windowEndHour = 24;
    double cusumDrift = 0.75;     //!< CUSUM allowance, in noise standard deviations per day
    double cusumThreshold = 6;    //!< CUSUM alarm threshold, in noise standard deviations
    double minimumLeak = 1.5;     //!< m³/h: smaller changes are not reported
    double startThreshold = 4;    //!< leak already running at the start: mean excess over 3 days, in standard deviations
    int baselineDays = 7;         //!< days before a change used as the pressure reference
    int candidateCount = 10;      //!< ranked candidate pipes kept per alarm
    double duplicateDistance = 400; //!< m: an alarm whose pipe is this close to an active reported leak is its growth
    double sensitivityLeak = 10;  //!< m³/h of the leak simulated for the sensitivity matrix
    int sensitivityHour = 3;      //!< time of day of the hydraulic snapshot for the sensitivity matrix
    bool centreSignatures = false; //!< Pearson instead of cosine similarity for the localisation
  };

  //! A candidate pipe for a leak, with its similarity to the observed pressure change.
  struct VIGIE_HYDRAULICS_EXPORT LeakCandidate
  {
    QString pipe;
    double similarity = 0; //!< cosine between observed and simulated sensor pressure changes, -1..1
  };

  //! One detected leak.
  struct VIGIE_HYDRAULICS_EXPORT DetectedLeak
  {
    QString pipe;          //!< the reported pipe (first candidate or their network medoid)
    qint64 time = 0;       //!< alarm time (UTC s), what the report gives
    qint64 changeTime = 0; //!< estimated start of the change
    QString zone;          //!< metered area whose balance raised the alarm
    double flow = 0;       //!< estimated leak flow at the alarm, m³/h
    double confidence = 0; //!< 0..1
    bool runningAtStart = false; //!< already running when the data begin
    QVector<LeakCandidate> candidates;
  };

  //! Daily water balance of one metered area, as the detector sees it (m³/h means over the window).
  struct VIGIE_HYDRAULICS_EXPORT ZoneDay
  {
    qint64 day = 0;         //!< UTC seconds of 00:00
    double inflow = 0;      //!< net metered inflow minus tank storage change
    double amr = 0;         //!< AMR consumption used as the demand proxy
    double consumption = 0; //!< calibrated consumption estimate
    double leak = 0;        //!< inflow - consumption
  };

  /**
   * \brief Leak detection and localisation on BattLeDIM-like SCADA data.
   *
   * Detection: per metered area (zones bounded by the flow meters), the daily water balance
   * "metered inflow − tank storage − calibrated consumption" estimates the leakage; the
   * consumption is k·AMR + c, calibrated on a training year with its known leak outflows
   * (or leak-free days), and a two-sided CUSUM on that estimate flags new leaks and repairs.
   * Localisation: pressure residuals (measured minus a leak-free model fitted on training:
   * offset + consumption term + solver-computed leak effects) before and after the change
   * are compared, by cosine similarity, with the solver-computed sensitivity of every
   * sensor's pressure to a leak on every pipe of the alarming area.
   */
  class VIGIE_HYDRAULICS_EXPORT LeakDetector
  {
  public:
    explicit LeakDetector( const Network &network, const LeakDetectorOptions &options = LeakDetectorOptions() );
    ~LeakDetector();
    LeakDetector( const LeakDetector & ) = delete;
    LeakDetector &operator=( const LeakDetector & ) = delete;

    //! Builds the zones and the sensitivity matrix for these sensors; false with the reason.
    bool prepare( const ScadaData &layout, QString *errorMessage = nullptr );
    //! Calibrates on a training record and its leak list; without it, detect() self-calibrates.
    bool train( const ScadaData &data, const QVector<KnownLeak> &leaks, QString *errorMessage = nullptr );
    //! Runs detection over \a data.
    bool detect( const ScadaData &data, QVector<DetectedLeak> *leaks, QString *errorMessage = nullptr );

    //! Daily balance of each metered area of the last detect() (zone name -> days).
    QVector<QPair<QString, QVector<ZoneDay>>> zoneBalances() const;
    //! The metered areas (nodes, pipes, boundary meters) after prepare().
    QVector<Zone> zones() const;
    //! Names of the metered areas (e.g. "A+B", "C") and of the DMAs (A, B, C).
    QStringList zoneNames() const;
    //! JSON description of the calibration (zones, coefficients, noise).
    QJsonObject calibration() const;

    class Private;

  private:
    std::unique_ptr<Private> d;
  };
} // namespace vigie::hydraulics

#endif
