// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_ALARMS_H
#define VIGIE_FEEDS_ALARMS_H

#include "observation.h"
#include "sensorkind.h"
#include "vigie_feeds_export.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace vigie::feeds
{
  class ObservationStore;
  struct SensorInfo;

  enum class AlarmRuleType
  {
    Above,        //!< value > threshold
    Below,        //!< value < threshold
    RateOfChange, //!< |Δvalue| per minute between consecutive values > threshold
    Stale,        //!< no value for more than `minutes`
  };

  enum class AlarmSeverity
  {
    Info,
    Warning,
    Critical,
  };

  //! An alarm is raised, then acknowledged by an operator, then cleared by an operator.
  enum class AlarmState
  {
    Raised,
    Acknowledged,
    Cleared,
  };

  VIGIE_FEEDS_EXPORT QString alarmRuleTypeName( AlarmRuleType type );
  VIGIE_FEEDS_EXPORT bool alarmRuleTypeFromName( const QString &name, AlarmRuleType *type );
  VIGIE_FEEDS_EXPORT QString alarmSeverityName( AlarmSeverity severity );
  VIGIE_FEEDS_EXPORT bool alarmSeverityFromName( const QString &name, AlarmSeverity *severity );
  VIGIE_FEEDS_EXPORT QString alarmStateName( AlarmState state );

  /**
   * \brief When to raise an alarm. The scope is one sensor (sensorId), the sensors bound to
   * one asset (layer + fid), or every sensor of a kind; an empty scope matches every sensor.
   */
  struct VIGIE_FEEDS_EXPORT AlarmRule
  {
    qint64 id = 0;
    QString name;
    AlarmRuleType type = AlarmRuleType::Above;
    SensorKind kind = SensorKind::Unknown; //!< Unknown: any kind
    QString sensorId;                      //!< empty: any sensor
    QString layer;                         //!< with fid: sensors bound to this asset
    qint64 fid = -1;
    double threshold = 0; //!< Above/Below: value; RateOfChange: canonical unit per minute
    double minutes = 0;   //!< Stale: minutes without a value
    AlarmSeverity severity = AlarmSeverity::Warning;
    bool enabled = true;

    bool appliesTo( const SensorInfo &sensor ) const;
  };

  struct Alarm
  {
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    QString sensorId;
    QString layer; //!< asset of the sensor when raised (for zooming the map)
    qint64 fid = -1;
    AlarmSeverity severity = AlarmSeverity::Warning;
    AlarmState state = AlarmState::Raised;
    bool active = true; //!< the condition still holds
    QString message;
    double value = 0;
    QDateTime raisedAt;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
    QString clearedBy;
    QDateTime clearedAt;
  };

  //! One line of an alarm's history: raised, normal, active, acknowledged, cleared.
  struct AlarmEvent
  {
    qint64 alarmId = 0;
    QDateTime time;
    QString event;
    QString user;
    QString detail;
  };

  /**
   * \brief Alarm rules and alarms of a territory, kept in its feeds tables (so they survive
   * restarts). Rules are evaluated by ObservationStore::store() on arrival, inside the batch
   * transaction, and by evaluateStale() periodically.
   */
  class VIGIE_FEEDS_EXPORT AlarmEngine
  {
  public:
    ~AlarmEngine();
    AlarmEngine( const AlarmEngine & ) = delete;
    AlarmEngine &operator=( const AlarmEngine & ) = delete;

    QList<AlarmRule> rules() const;
    //! Adds a rule (its id is set); checks the thresholds and the scope.
    bool addRule( AlarmRule &rule, QString *errorMessage );
    bool removeRule( qint64 id, QString *errorMessage );

    //! Alarms, newest first; cleared ones only with \a includeCleared.
    QList<Alarm> alarms( bool includeCleared = false ) const;
    bool alarm( qint64 id, Alarm *alarm ) const;
    //! History of one alarm (or of all when \a alarmId <= 0), oldest first.
    QList<AlarmEvent> history( qint64 alarmId = 0 ) const;

    bool acknowledge( qint64 id, const QString &user, QString *errorMessage, const QDateTime &when = QDateTime() );
    bool clear( qint64 id, const QString &user, QString *errorMessage, const QDateTime &when = QDateTime() );

    /**
     * \brief Raises stale alarms for sensors without a value for longer than a Stale rule says,
     * and marks sensors offline after offlineMinutes() without a value. Returns the number of
     * alarms raised, -1 on failure. One transaction.
     */
    int evaluateStale( const QDateTime &now, QString *errorMessage );

    /**
     * \brief Raises an alarm found by an analysis rather than by a rule (e.g. a leak found by the
     * leak monitor): rule id 0, \a alarm's sensorId is the analysis's key of what it found, with its
     * ruleName, asset (layer, fid), severity, message, value and raisedAt (now when invalid).
     * Never a duplicate: when an alarm with that key exists, in any state (also cleared), nothing is
     * written and \a alarm gets its id with \a created false. One transaction.
     */
    bool raiseAnalysisAlarm( Alarm &alarm, bool *created, QString *errorMessage );
    //! Minutes without a value after which a sensor is shown offline (default 1440).
    double offlineMinutes() const;
    void setOfflineMinutes( double minutes );

    //! The operator name of the OS session ($USER / $USERNAME), for acknowledge and clear.
    static QString systemUserName();

    /**
     * \brief Reloads the rules and the open alarms when another connection (another desktop, the
     * ingest service) changed them since the last look, so that this engine neither raises a
     * duplicate of an alarm raised elsewhere nor keeps open an alarm cleared elsewhere.
     * GeoPackage: SQLite's data_version (no table read when no other connection committed), then an
     * alarm fingerprint (last event, rules, open alarms); PostGIS: after markChanged() (change
     * notifications), else the fingerprint at most every pollInterval() unless \a force.
     * ObservationStore::store() and evaluateStale() call it at the start of their transaction.
     * \a changed tells whether the engine reloaded. Not thread-safe (the store's thread).
     */
    bool refresh( bool *changed, QString *errorMessage, bool force = false );
    //! Another connection changed feeds_alarm* (a PostgreSQL notification): the next refresh() reloads. Thread-safe.
    void markChanged();
    //! True while change notifications feed markChanged(): PostGIS is then not polled. Thread-safe.
    void setNotified( bool notified );
    bool isNotified() const;
    //! Minimum time between two polls of a PostGIS territory without notifications (default 2000 ms).
    void setPollInterval( int milliseconds );
    int pollInterval() const;
    //! Number of reloads caused by changes seen in the tables (grows when another connection changed them).
    qint64 revision() const;

  private:
    friend class ObservationStore;
    AlarmEngine( ObservationStore *store );
    //! (Re)loads rules and open alarms from the file (after open and after a rollback).
    bool reload( QString *errorMessage );
    bool hasArrivalRules() const;
    /**
     * Evaluates the arrival rules for \a observation (already stored) of \a sensor whose
     * previous value was \a previous (time invalid when none). Runs inside the caller's transaction.
     */
    bool evaluateArrival( const SensorInfo &sensor, const Observation &observation, double previousValue, const QDateTime &previousTime,
                          int *raised, QString *errorMessage );
    //! State a sensor should show from its open alarms.
    int sensorStateFromAlarms( const QString &sensorId ) const;

    struct Private;
    std::unique_ptr<Private> d;
  };
} // namespace vigie::feeds

#endif
