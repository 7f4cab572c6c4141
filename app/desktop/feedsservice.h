// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDSSERVICE_H
#define VIGIE_FEEDSSERVICE_H

#include "alarms.h"
#include "feedconfig.h"
#include "observationstore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace vigie
{
  //! What the Feeds panel shows for one feed (the built-in replay or an MQTT feed).
  struct LiveFeedStatus
  {
    QString id; //!< "replay" or the feed configuration path
    QString name;
    bool replay = false;
    bool running = false;
    bool connected = false;
    double messagesPerSecond = 0;
    qint64 messages = 0;
    qint64 observations = 0;
    qint64 errors = 0;
    int reconnects = 0;
    QDateTime lastMessage; //!< UTC, real time
    QString lastError;
    double speed = 1;        //!< replay: simulated seconds per second
    QDateTime simulatedTime; //!< replay: the simulated clock
  };

  /**
   * \brief The live-feeds side of the app: one worker thread owns the territory's
   * ObservationStore, the built-in replay feed and the MQTT ingest services, so decoding,
   * storage, alarm evaluation and history queries never run on the GUI thread.
   * Every second the worker sends the GUI what changed (sensors whose value or state moved,
   * the alarm list when it changed, the feed counters); the GUI never waits for the worker
   * except on close. Requests (start/stop, acknowledge, bind, history) are queued to the
   * worker and answered with signals.
   */
  class FeedsService : public QObject
  {
    Q_OBJECT
  public:
    explicit FeedsService( QObject *parent = nullptr );
    ~FeedsService() override;

    //! Closes the current territory's feeds and opens \a territoryPath; opened() follows.
    void openTerritory( const QString &territoryPath );
    //! Stops every feed (everything received is committed) and closes the store. Blocks until done.
    void closeTerritory();
    QString territoryPath() const { return mPath; }
    bool isOpen() const { return mOpen; }

    //! Starts the built-in replay feed at \a speed simulated seconds per second; feedsChanged() follows.
    void startReplay( double speed, const QDateTime &simulatedStart = QDateTime() );
    void stopReplay();
    void setReplaySpeed( double speed );

    /**
     * \brief Starts an MQTT feed; \a password comes from the QGIS authentication manager
     * (FeedsAuth) and is kept in memory only. \a id names the feed (its configuration path).
     */
    void startMqtt( const QString &id, const feeds::FeedConfig &config, const QString &password );
    void stopMqtt( const QString &id );

    /**
     * \brief Another desktop or the ingest service changed the alarms (PostGIS change notification
     * of feeds_alarm*): the worker reloads its alarm engine and sends the alarm list now. Without it
     * the worker still sees such changes at its next update (GeoPackage: data_version; PostGIS: polled).
     */
    void alarmsChangedElsewhere();
    void acknowledgeAlarm( qint64 alarmId, const QString &user );
    void clearAlarm( qint64 alarmId, const QString &user );
    //! Binds \a sensorId to the asset (layer "domain:name" or table name, fid).
    void bindSensor( const QString &sensorId, const QString &layer, qint64 fid );

    /**
     * \brief Asks for the history of \a sensorId over [from, to): raw values when
     * \a aggregated is false, else 15-minute min/mean/max buckets (stored aggregates merged with
     * buckets computed from raw values). historyReady() answers with \a requestId.
     */
    void requestHistory( int requestId, const QString &sensorId, const QDateTime &from, const QDateTime &to, bool aggregated );

    //! Interval of the updates sent to the GUI (default 1000 ms; tests shorten it).
    void setUpdateInterval( int milliseconds );
    /**
     * \brief When the territory's raw retention period is applied: \a firstDelayMs after the territory
     * opens (default 10 s), then every \a intervalMs (default one hour; 0: never). The worker applies it
     * in bounded steps between its other work (replay, updates, history), never on the GUI thread;
     * the MQTT feeds started here leave it to the worker. Takes effect at the next openTerritory().
     */
    void setRetentionSchedule( int firstDelayMs, int intervalMs );
    //! Runs \a work on the worker thread with the store (nullptr when closed) and waits for it (tests, tools).
    void runOnWorker( const std::function<void( feeds::ObservationStore *store )> &work );

    //! Latest copies received from the worker.
    const QHash<QString, feeds::SensorInfo> &sensors() const { return mSensors; }
    const QList<feeds::Alarm> &alarms() const { return mAlarms; }
    const QList<LiveFeedStatus> &feeds() const { return mFeeds; }
    LiveFeedStatus feed( const QString &id ) const;

  Q_SIGNALS:
    void opened( bool ok, const QString &errorMessage );
    void closed();
    //! Sensors whose value, state or binding changed; \a reset: \a changed is every sensor (after open).
    void sensorsChanged( const QList<vigie::feeds::SensorInfo> &changed, bool reset );
    void alarmsChanged();
    void feedsChanged();
    //! Observations stored by the feeds since the last update.
    void observationsStored( qint64 count );
    //! Answer to acknowledge, clear, bind, start: \a ok false with a message naming the reason.
    void actionFinished( const QString &action, bool ok, const QString &message );
    //! A retention pass ended: \a moved raw values older than \a rawDays days are now 15-minute aggregates.
    void retentionApplied( qint64 moved, int rawDays );
    void historyReady( int requestId, const QString &sensorId, const QList<vigie::feeds::Observation> &raw,
                       const QList<vigie::feeds::ObservationAggregate> &aggregates );

  private:
    class Worker;
    void post( std::function<void( Worker * )> work );
    void receiveSensors( const QList<feeds::SensorInfo> &changed, bool reset );

    QThread *mThread = nullptr;
    Worker *mWorker = nullptr;
    QString mPath;
    bool mOpen = false;
    QHash<QString, feeds::SensorInfo> mSensors;
    QList<feeds::Alarm> mAlarms;
    QList<LiveFeedStatus> mFeeds;
    friend class Worker;
  };
} // namespace vigie

#endif
