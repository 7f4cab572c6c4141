// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_OBSERVATIONSTORE_H
#define VIGIE_FEEDS_OBSERVATIONSTORE_H

#include "observation.h"
#include "sensorkind.h"
#include "vigie_feeds_export.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace vigie
{
  class SqlConnection;
}

namespace vigie::feeds
{
  //! What one store() call did; counts are per observation of the batch.
  struct StoreResult
  {
    int stored = 0;
    int duplicates = 0;
    int unboundRegistered = 0;
    int outOfRange = 0;
    int rejected = 0;
    QStringList errors;
  };

  //! Health of a sensor as seen from its last value and the alarm rules.
  enum class SensorState
  {
    Ok,
    Alarm,
    Stale,
    Offline,
  };

  VIGIE_FEEDS_EXPORT QString sensorStateName( SensorState state );

  //! One row of the sensors table.
  struct SensorInfo
  {
    QString id;
    SensorKind kind = SensorKind::Unknown;
    QString unit;  //!< canonical unit of the kind
    QString layer; //!< bound asset layer; empty when unbound
    qint64 fid = -1;
    double minimum = 0; //!< plausible range used for the OutOfRange flag
    double maximum = 0;
    bool hasLastValue = false;
    double lastValue = 0;
    QDateTime lastTime;
    SensorState state = SensorState::Ok;

    bool isBound() const { return !layer.isEmpty(); }
  };

  //! One 15-minute aggregate (raw values older than the retention period end up here).
  struct ObservationAggregate
  {
    QString sensorId;
    QDateTime start; //!< start of the 15-minute bucket, UTC
    double minimum = 0;
    double mean = 0;
    double maximum = 0;
    qint64 count = 0;
  };

  class AlarmEngine;

  /**
   * \brief Observations of a territory, stored in its GeoPackage next to the asset layers, or in the
   * PostGIS database of a "PG:CONNINFO" territory (the same tables), through one SqlConnection.
   * GeoPackage: prepared statements, one transaction per batch, because the feeds write path must
   * sustain >100,000 values/s; the GeoPackage stays valid for GDAL (feeds tables are plain tables).
   * PostGIS: each batch is one transaction of multi-row INSERT ... ON CONFLICT DO NOTHING; a lost
   * server connection is restored by the next store() call (the caller keeps the batch meanwhile).
   * Journal mode WAL with synchronous=FULL by default (see Durability): a batch for which store()
   * returned true is on disk (fsync of the WAL at commit), so an acknowledged MQTT message is never lost.
   * One connection per object: use an ObservationStore from one thread at a time; several processes
   * (app, vigie-cli) may open the same file (SQLite locking, 10 s busy timeout).
   */
  class VIGIE_FEEDS_EXPORT ObservationStore
  {
  public:
    ~ObservationStore();
    ObservationStore( const ObservationStore & ) = delete;
    ObservationStore &operator=( const ObservationStore & ) = delete;

    //! Opens a territory (GeoPackage or "PG:...") for observations (creates the feeds tables by a forward migration if missing); WAL.
    static std::unique_ptr<ObservationStore> open( const QString &territoryPath, QString *errorMessage );

    //! Stores a batch in ONE transaction (all or nothing): unit conversion by sensor kind, out-of-range flagged,
    //! unknown sensor ids registered as unbound sensors, a (sensor, time) already stored counted as duplicate and
    //! ignored, alarm rules evaluated on arrival in the same transaction. False + message on failure; nothing stored.
    bool store( const QList<Observation> &observations, StoreResult *result, QString *errorMessage );
    //! Same, for observations decoded in several lists (one per message, ...): ONE transaction for all
    //! of them (group commit), without first copying them into one list.
    bool storeParts( const QList<QList<Observation>> &parts, StoreResult *result, QString *errorMessage );

    //! Read-only opening (read-back commands): no migration, no WAL switch; a territory without
    //! feeds tables gives an error saying so (hasNoFeedsTables set when given).
    static std::unique_ptr<ObservationStore> openReadOnly( const QString &territoryPath, QString *errorMessage,
                                                           bool *hasNoFeedsTables = nullptr );

    qint64 count( const QString &sensorId = QString() ) const;

    /**
     * \brief How a commit reaches the disk. Full (the default): the WAL is synced at every commit, so a
     * batch for which store() returned true survives a power cut or an OS crash. Normal: the commit is
     * written to the WAL without waiting for the disk (synced at checkpoints), so it survives a crash of
     * Vigie (SIGKILL, segfault) but the last batches may be lost on a power cut; about 5x faster on small
     * batches where the disk takes ~7 ms per sync. Use Normal only when what is acknowledged is also in
     * a durable journal.
     */
    enum class Durability
    {
      Full,
      Normal,
    };
    bool setDurability( Durability durability, QString *errorMessage = nullptr );
    Durability durability() const;

    //! Path of the GeoPackage, or the "PG:..." territory path.
    QString path() const;

    //! Schema version of the feeds component after open().
    static int schemaVersion();

    // Sensors
    QList<SensorInfo> sensors() const;
    QList<SensorInfo> unboundSensors() const;
    bool sensor( const QString &id, SensorInfo *info ) const;
    //! Registers a sensor (or changes its kind) before any value arrives.
    bool registerSensor( const QString &id, SensorKind kind, QString *errorMessage );
    /**
     * \brief Registers or updates many sensors in one transaction: kind (unit and range follow)
     * and binding (layer + fid, or unbound when the layer is empty); last values are kept.
     * Every binding is checked like bindSensor(); nothing changes when one fails.
     */
    bool registerSensors( const QList<SensorInfo> &sensors, QString *errorMessage );
    //! Binds a sensor to the asset (layer, fid); the layer must exist in the territory.
    bool bindSensor( const QString &id, const QString &layer, qint64 fid, QString *errorMessage );
    bool unbindSensor( const QString &id, QString *errorMessage );
    //! Sets the state column (used by the alarm engine and for stale/offline marking).
    bool setSensorState( const QString &id, SensorState state, QString *errorMessage );

    // Read-back
    //! Raw observations of a sensor (all when empty) in [from, to) (invalid bounds = open), ordered by sensor, time.
    QList<Observation> observations( const QString &sensorId, const QDateTime &from, const QDateTime &to,
                                     QString *errorMessage = nullptr ) const;
    QList<ObservationAggregate> aggregates( const QString &sensorId, const QDateTime &from, const QDateTime &to,
                                            QString *errorMessage = nullptr ) const;
    qint64 aggregateCount() const;

    /**
     * \brief Moves raw values older than \a rawDays days before \a now (default: current time)
     * into 15-minute aggregates, in one transaction. Exact (min/mean/max/count merged with any
     * aggregate already there) and idempotent (a second call moves nothing). Returns the number
     * of raw values moved, -1 on failure.
     */
    qint64 applyRetention( int rawDays, QString *errorMessage, const QDateTime &now = QDateTime() );

    /**
     * \brief One bounded step of the retention, for services that apply it in the background: moves
     * at most about \a maxRows raw values older than \a rawDays days (whole 15-minute buckets, one
     * sensor after the other) into aggregates in ONE short transaction, so a writer sharing the
     * file waits at most one step. The store remembers where the step stopped; \a passDone is set
     * once every sensor was visited (the next step starts a new pass). Exact and idempotent like
     * applyRetention(). Returns the number of raw values moved, -1 on failure.
     */
    qint64 applyRetentionStep( int rawDays, qint64 maxRows, bool *passDone, QString *errorMessage, const QDateTime &now = QDateTime() );

    //! Raw retention period of a territory that stores none (days).
    static constexpr int kDefaultRawRetentionDays = 90;
    //! Longest raw retention period accepted (days, 100 years).
    static constexpr int kMaxRawRetentionDays = 36500;

    /**
     * \brief The raw retention period stored in the territory (feeds_settings row
     * "raw_retention_days"), or kDefaultRawRetentionDays when none is stored (\a isStored false).
     * False with the reason when the stored value cannot be read or is not a valid period.
     */
    bool rawRetentionDays( int *days, QString *errorMessage, bool *isStored = nullptr ) const;
    //! Stores the raw retention period (1 .. kMaxRawRetentionDays days); false with a clear message otherwise.
    bool setRawRetentionDays( int days, QString *errorMessage );

    //! Alarm engine sharing this store's connection.
    AlarmEngine *alarms();

    //! The open connection (for AlarmEngine and tests); owned by the store.
    SqlConnection *handle() const;

    //! "PRAGMA integrity_check" result ("ok" when sound).
    QString integrityCheck() const;

  private:
    ObservationStore();
    static std::unique_ptr<ObservationStore> openFile( const QString &territoryPath, QString *errorMessage, bool readOnly,
                                                       bool *noFeedsTables );
    struct Private;
    std::unique_ptr<Private> d;
  };
} // namespace vigie::feeds

#endif
