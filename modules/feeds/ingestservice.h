// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_INGESTSERVICE_H
#define VIGIE_FEEDS_INGESTSERVICE_H

#include "feedconfig.h"
#include "mqttclient.h"
#include "vigie_feeds_export.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace vigie::feeds
{
  class AlarmEngine;

  /**
   * \brief Keeps an AlarmEngine in step with the other desktops and services on a PostGIS
   * territory: listens to the territory's change notifications (TerritoryNotify, triggers on
   * feeds_alarm*) and marks the engine changed, so that an alarm acknowledged or cleared elsewhere
   * is reloaded before the next batch. Runs on a thread of its own, so it works whether or not the
   * caller runs an event loop (vigie-cli ingest does not). When the triggers are missing and cannot
   * be installed (only the tables' owner may), start() says so and the engine keeps polling.
   */
  class VIGIE_FEEDS_EXPORT AlarmChangeListener
  {
  public:
    explicit AlarmChangeListener( AlarmEngine *engine );
    //! Stops listening: destroy it before the engine.
    ~AlarmChangeListener();
    AlarmChangeListener( const AlarmChangeListener & ) = delete;
    AlarmChangeListener &operator=( const AlarmChangeListener & ) = delete;

    //! Listens to the territory at \a territoryPath ("PG:..."); false with the reason (nothing to do for a GeoPackage).
    bool start( const QString &territoryPath, QString *errorMessage );
    void stop();
    bool isListening() const;

  private:
    struct Private;
    std::unique_ptr<Private> d;
  };

  //! A snapshot of a feed's counters (thread-safe copy, for the CLI progress line and the Feeds panel).
  struct IngestStats
  {
    bool connected = false;
    qint64 messages = 0;          //!< messages received from the broker (this run)
    qint64 replayed = 0;          //!< messages replayed from the journal of a previous run
    qint64 observations = 0;      //!< observations newly stored
    qint64 duplicates = 0;        //!< observations already stored (redelivery), ignored
    qint64 unboundRegistered = 0; //!< unknown sensor ids registered as unbound sensors
    qint64 outOfRange = 0;
    qint64 decodeErrors = 0; //!< malformed messages (invalid JSON, wrong types, ...)
    qint64 oversized = 0;    //!< messages over the size limit, dropped
    qint64 storeErrors = 0;  //!< failed store transactions (retried)
    qint64 pendingBytes = 0; //!< journaled, not yet committed
    int reconnects = 0;
    double messagesPerSecond = 0;
    double observationsPerSecond = 0;
    QDateTime lastMessageTime; //!< UTC
    QString lastError;
    // retention (raw values older than the territory's period moved into 15-minute aggregates)
    qint64 retained = 0;               //!< raw values moved into aggregates by this run
    int retentionPasses = 0;           //!< passes over every sensor completed by this run
    int retentionDays = 0;             //!< period of the last pass (days; 0 before the first)
    qint64 longestRetentionStepMs = 0; //!< longest step: the longest the storer paused for the retention

    qint64 errors() const { return decodeErrors + oversized + storeErrors; }
  };

  /**
   * \brief A live feed into a territory: MQTT client -> journal -> decoder -> ObservationStore.
   *
   * The MQTT receive thread only appends each message to the Journal (one write()) and returns,
   * which acknowledges it; a consumer thread decodes journaled messages in batches, stores each
   * batch in one transaction and then releases it from the journal. A journal left by a crash is
   * replayed first. Malformed or oversized messages are counted and logged and never stop the feed.
   * The storer also applies the territory's raw retention period (ObservationStore::rawRetentionDays):
   * at start and every hour, in bounded steps between two commits (setRetentionInterval).
   * Signals may be emitted from worker threads (use queued connections in the GUI).
   */
  class VIGIE_FEEDS_EXPORT IngestService : public QObject
  {
    Q_OBJECT

  public:
    IngestService( const FeedConfig &config, const QString &territoryPath, QObject *parent = nullptr );
    ~IngestService() override;

    //! Password for the broker (from the caller: environment, prompt or authentication manager); never stored.
    void setPassword( const QString &password );
    //! Bigger messages are counted as oversized and dropped (default 1 MiB).
    void setMaxPayloadBytes( qint64 bytes );
    //! How often the journal is fdatasync'ed (default 1000 ms; 0: after every message batch).
    void setSyncIntervalMs( int milliseconds );
    //! Reconnect backoff (first delay, maximum), default 500 ms and 30 s.
    void setRetryDelays( int minimumMs, int maximumMs );
    //! The journal folder (default Journal::directoryFor( territory, client id )).
    void setJournalDirectory( const QString &directory );
    /**
     * \brief How often the territory's raw retention period (ObservationStore::rawRetentionDays) is
     * applied: a pass at start, then one every \a milliseconds (default one hour; 0: never, e.g. when
     * the app's feeds service applies it). A pass runs in bounded steps between commits, never
     * while batches pile up, so it delays a commit by one step at most.
     */
    void setRetentionInterval( int milliseconds );

    //! Opens the store and the journal, replays what a previous run left, starts the consumer and the client.
    bool start( QString *errorMessage );
    //! Waits for the first connection; false with the reason (MqttClient::isPermanent() tells whether to give up).
    bool waitConnected( int timeoutMs, MqttClient::Error *error, QString *errorMessage );
    //! Disconnects, commits everything journaled, closes the journal and the store.
    void stop();
    //! Blocks until everything journaled so far is committed (or \a timeoutMs passed).
    bool waitIdle( int timeoutMs );

    IngestStats stats() const;
    QString journalDirectory() const;
    const FeedConfig &config() const;

  Q_SIGNALS:
    void connectionChanged( bool connected, const QString &message );
    //! A batch was committed (from the consumer thread).
    void batchStored( int observations );

  private:
    struct Private;
    std::unique_ptr<Private> d;
  };
} // namespace vigie::feeds

#endif
