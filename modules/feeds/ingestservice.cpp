// SPDX-License-Identifier: GPL-2.0-or-later
#include "ingestservice.h"

#include "alarms.h"
#include "journal.h"
#include "log.h"
#include "observationstore.h"
#include "sqlconnection.h"
#include "territorynotify.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace vigie::feeds
{
  namespace
  {
    constexpr int kMaxRecordsPerBatch = 4000;
    constexpr qint64 kMaxBytesPerBatch = 32 * 1024 * 1024;
    constexpr int kDetailedLogs = 20; // malformed messages logged one by one, then summarised
    //! Raw values one retention step moves at most (one transaction between two commits; measured:
    //! see the README, feeds retention).
    constexpr qint64 kRetentionStepRows = 20000;
    //! A retention pass that failed (server away, file busy) is tried again after this delay.
    constexpr int kRetentionRetryMs = 60 * 1000;
  } // namespace

  struct AlarmChangeListener::Private
  {
    AlarmEngine *engine = nullptr;
    QThread *thread = nullptr;
    TerritoryNotify *notify = nullptr; //!< lives on thread
  };

  AlarmChangeListener::AlarmChangeListener( AlarmEngine *engine ) : d( new Private )
  {
    d->engine = engine;
  }

  AlarmChangeListener::~AlarmChangeListener()
  {
    stop();
  }

  bool AlarmChangeListener::start( const QString &territoryPath, QString *errorMessage )
  {
    stop();
    if ( !SqlConnection::isPostgres( territoryPath ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "change notifications need a PostGIS territory" );
      return false;
    }
    QString reason;
    if ( !TerritoryNotify::isInstalled( territoryPath, &reason ) && !TerritoryNotify::install( territoryPath, nullptr, &reason ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds",
                                                     "no change notifications on %1 (alarms changed elsewhere are polled every %2 s): %3" )
                            .arg( SqlConnection::withoutPassword( territoryPath ) )
                            .arg( d->engine->pollInterval() / 1000.0 )
                            .arg( reason );
      return false;
    }
    d->thread = new QThread;
    d->thread->setObjectName( QStringLiteral( "vigie-alarm-notify" ) );
    d->notify = new TerritoryNotify;
    AlarmEngine *engine = d->engine;
    // direct connections: the engine's flags are atomic, its thread reloads before its next batch
    QObject::connect(
        d->notify, &TerritoryNotify::changed, d->notify,
        [engine]( const QString &table, const QString &, qint64 )
        {
          if ( table.startsWith( QLatin1String( "feeds_alarm" ) ) )
            engine->markChanged();
        },
        Qt::DirectConnection );
    QObject::connect(
        d->notify, &TerritoryNotify::connectionLost, d->notify, [engine]( const QString & ) { engine->setNotified( false ); },
        Qt::DirectConnection );
    QObject::connect(
        d->notify, &TerritoryNotify::reconnected, d->notify,
        [engine]
        {
          engine->markChanged(); // changes made meanwhile were not notified
          engine->setNotified( true );
        },
        Qt::DirectConnection );
    d->notify->moveToThread( d->thread );
    d->thread->start();
    bool ok = false;
    TerritoryNotify *notify = d->notify;
    QMetaObject::invokeMethod(
        notify, [notify, territoryPath, &ok, &reason] { ok = notify->start( territoryPath, &reason ); }, Qt::BlockingQueuedConnection );
    if ( !ok )
    {
      stop();
      if ( errorMessage )
        *errorMessage = reason;
      return false;
    }
    // what happened before listening is loaded at the next refresh
    engine->markChanged();
    engine->setNotified( true );
    return true;
  }

  void AlarmChangeListener::stop()
  {
    if ( !d->thread )
      return;
    d->engine->setNotified( false );
    TerritoryNotify *notify = d->notify;
    QMetaObject::invokeMethod(
        notify,
        [notify]
        {
          notify->stop();
          delete notify;
        },
        Qt::BlockingQueuedConnection );
    d->notify = nullptr;
    d->thread->quit();
    d->thread->wait();
    delete d->thread;
    d->thread = nullptr;
  }

  bool AlarmChangeListener::isListening() const
  {
    return d->thread && d->engine->isNotified();
  }

  struct IngestService::Private
  {
    IngestService *q = nullptr;
    FeedConfig config;
    QString territoryPath;
    QString password;
    QString journalDirectory;
    qint64 maxPayloadBytes = 1024 * 1024;
    int syncIntervalMs = 1000;
    int minRetryMs = 500;
    int maxRetryMs = 30000;
    int retentionIntervalMs = 3600 * 1000;
    //! Stale rules ("no value for N minutes") cannot be evaluated on arrival: the storer checks them
    //! at start and then every kStaleCheckMs, so a headless ingest raises them without any desktop.
    static constexpr int kStaleCheckMs = 30 * 1000;
    std::chrono::steady_clock::time_point nextStale; // storer thread only

    std::unique_ptr<Decoder> decoder;
    //! PostGIS: alarms acknowledged or cleared on a desktop reach this service's engine before its next batch
    std::unique_ptr<AlarmChangeListener> alarmListener;
    std::unique_ptr<ObservationStore> store;
    Journal journal;
    std::unique_ptr<MqttClient> client;
    std::thread consumer;

    std::mutex wakeMutex;
    std::condition_variable wake;
    std::atomic<bool> stopping{ false };
    std::atomic<bool> consumerIdle{ true };
    bool running = false;

    // counters written by the receive thread
    std::atomic<qint64> messages{ 0 };
    std::atomic<qint64> oversized{ 0 };
    std::atomic<qint64> lastMessageMs{ 0 };
    std::atomic<qint64> journalErrors{ 0 };

    mutable std::mutex statsMutex;
    IngestStats stats; // consumer-side counters and rates
    std::atomic<qint64> loggedErrors{ 0 };
    std::atomic<qint64> unloggedErrors{ 0 };
    std::chrono::steady_clock::time_point lastSummary;

    void logError( const QString &message )
    {
      const qint64 logged = loggedErrors++;
      if ( logged < kDetailedLogs )
      {
        logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), message );
        if ( logged + 1 == kDetailedLogs )
          logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), tr( "further malformed messages are summarised every 10 s" ) );
        return;
      }
      ++unloggedErrors;
      setLastError( message );
    }

    void setLastError( const QString &message )
    {
      std::lock_guard<std::mutex> guard( statsMutex );
      stats.lastError = message;
    }

    bool onMessage( const char *topic, int topicLength, const char *payload, int payloadLength )
    {
      const qint64 now = QDateTime::currentMSecsSinceEpoch();
      lastMessageMs = now;
      if ( payloadLength > maxPayloadBytes )
      {
        ++oversized;
        const QString message = tr( "message on %1 dropped: %2 bytes, more than the %3 bytes accepted" )
                                    .arg( QString::fromUtf8( topic, topicLength ) )
                                    .arg( payloadLength )
                                    .arg( maxPayloadBytes );
        logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), message );
        setLastError( message );
        return true;
      }
      QString error;
      if ( !journal.append( topic, topicLength, payload, payloadLength, now, &error ) )
      {
        // not durable: keep it in Paho's queue, it is delivered again
        if ( journalErrors++ % 1000 == 0 )
          logMessage( LogLevel::Critical, QStringLiteral( "feeds" ), error );
        setLastError( error );
        std::this_thread::sleep_for( std::chrono::milliseconds( 100 ) );
        return false;
      }
      ++messages;
      // no wake-up per message: the consumer polls every 10 ms and takes everything there, so
      // batches grow with the load and context switches stay at about 100/s
      return true;
    }

    //! One decoded batch on its way to the store.
    struct Batch
    {
      QList<QList<Observation>> observations; //!< one list per message: no copy to merge them
      qint64 count = 0;                       //!< observations in all lists
      Journal::Position end;                  //!< journal position after its last record
      qint64 decodeErrors = 0;
      qint64 replayed = 0;
    };

    // consumer (read + decode) -> storer (group commit: one transaction for every batch waiting);
    // at most kQueuedBatches batches or kQueuedObservations observations in flight
    static constexpr int kQueuedBatches = 256;
    static constexpr qint64 kQueuedObservations = 400000;
    /**
     * Group commit: a commit costs a disk sync plus about one page write per sensor it touches
     * (the table is keyed by sensor), whatever its size; so under load the storer lets batches
     * gather for kGroupCommitMs after the previous commit started, then commits them all at once
     * (measured by bench_ingestcpu: 12 us per observation with 10,000 per commit, 4 us with 50,000).
     * With a light load the wait only delays visibility, never acknowledgement (the journal has them).
     */
    static constexpr int kGroupCommitMs = 1000;
    //! A feed with nothing new for kQuietMs is committed at once (a stream that stops, a light
    //! load), but not more often than every kMinCommitIntervalMs (each commit syncs the disk).
    static constexpr int kQuietMs = 40;
    static constexpr int kMinCommitIntervalMs = 100;
    qint64 queuedObservations = 0; // guarded by queueMutex
    std::mutex queueMutex;
    std::condition_variable queueChanged;
    std::deque<Batch> queue; // the front one is being stored
    bool hasCommitted = false;
    Journal::Position committed;
    bool storerExit = false;
    bool storerAbandoned = false;
    std::thread storer;

    // retention, storer thread only: a pass of bounded steps at start, then every retentionIntervalMs
    bool retentionActive = false;
    int retentionPassDays = 0;
    qint64 retentionPassMoved = 0;
    std::chrono::steady_clock::time_point nextRetention;

    bool retentionStepDue()
    {
      if ( retentionIntervalMs <= 0 || stopping || ( !retentionActive && std::chrono::steady_clock::now() < nextRetention ) )
        return false;
      // never while batches pile up: the feed comes first
      std::lock_guard<std::mutex> guard( queueMutex );
      return queue.size() < size_t( kQueuedBatches ) / 2 && queuedObservations < kQueuedObservations / 4;
    }

    //! One bounded retention step (one short transaction); starts a pass with the territory's period.
    void runRetentionStep()
    {
      QString error;
      if ( !retentionActive )
      {
        int days = 0;
        if ( !store->rawRetentionDays( &days, &error ) )
        {
          logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), tr( "retention not applied: %1" ).arg( error ) );
          setLastError( error );
          nextRetention = std::chrono::steady_clock::now() + std::chrono::milliseconds( retentionIntervalMs );
          return;
        }
        retentionActive = true;
        retentionPassDays = days;
        retentionPassMoved = 0;
        std::lock_guard<std::mutex> guard( statsMutex );
        stats.retentionDays = days;
      }
      bool done = false;
      const auto begin = std::chrono::steady_clock::now();
      const qint64 moved = store->applyRetentionStep( retentionPassDays, kRetentionStepRows, &done, &error );
      const auto end = std::chrono::steady_clock::now();
      if ( moved < 0 )
      {
        logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), tr( "retention not applied: %1" ).arg( error ) );
        setLastError( error );
        retentionActive = false;
        nextRetention = end + std::chrono::milliseconds( std::min( retentionIntervalMs, kRetentionRetryMs ) );
        return;
      }
      retentionPassMoved += moved;
      {
        std::lock_guard<std::mutex> guard( statsMutex );
        stats.retained += moved;
        stats.longestRetentionStepMs =
            std::max<qint64>( stats.longestRetentionStepMs, std::chrono::duration_cast<std::chrono::milliseconds>( end - begin ).count() );
        if ( done )
          ++stats.retentionPasses;
      }
      if ( done )
      {
        retentionActive = false;
        nextRetention = end + std::chrono::milliseconds( retentionIntervalMs );
        if ( retentionPassMoved > 0 )
          logMessage( LogLevel::Info, QStringLiteral( "feeds" ),
                      tr( "retention: %1 raw values older than %2 days moved into 15-minute aggregates" )
                          .arg( retentionPassMoved )
                          .arg( retentionPassDays ) );
      }
    }

    bool queueEmpty()
    {
      std::lock_guard<std::mutex> guard( queueMutex );
      return queue.empty();
    }

    //! Releases from the journal what the storer has committed (consumer thread: the journal's reader).
    void releaseCommitted()
    {
      Journal::Position position;
      {
        std::lock_guard<std::mutex> guard( queueMutex );
        if ( !hasCommitted )
          return;
        position = committed;
        hasCommitted = false;
      }
      journal.release( position );
    }

    void runConsumer()
    {
      auto lastSync = std::chrono::steady_clock::now();
      auto lastRate = lastSync;
      qint64 rateMessages = messages;
      qint64 rateObservations = 0;
      qint64 replayedLeft = journal.recoveredRecords();
      lastSummary = lastSync;
      bool dirty = false;
      while ( true )
      {
        releaseCommitted();
        const auto now = std::chrono::steady_clock::now();
        if ( now - lastRate >= std::chrono::seconds( 1 ) )
        {
          const double seconds = std::chrono::duration<double>( now - lastRate ).count();
          const qint64 m = messages;
          std::lock_guard<std::mutex> guard( statsMutex );
          stats.messagesPerSecond = ( m - rateMessages ) / seconds;
          stats.observationsPerSecond = ( stats.observations - rateObservations ) / seconds;
          rateMessages = m;
          rateObservations = stats.observations;
          lastRate = now;
        }
        if ( unloggedErrors > 0 && now - lastSummary >= std::chrono::seconds( 10 ) )
        {
          logMessage( LogLevel::Warning, QStringLiteral( "feeds" ),
                      tr( "%1 more malformed messages in the last 10 s" ).arg( unloggedErrors.exchange( 0 ) ) );
          lastSummary = now;
        }
        if ( dirty && ( syncIntervalMs == 0 || now - lastSync >= std::chrono::milliseconds( syncIntervalMs ) ) )
        {
          journal.sync();
          lastSync = now;
          dirty = false;
        }
        {
          // back pressure: decode ahead of the store by at most kQueuedBatches batches
          std::unique_lock<std::mutex> lock( queueMutex );
          if ( ( queue.size() >= size_t( kQueuedBatches ) || queuedObservations >= kQueuedObservations ) && !storerAbandoned )
          {
            queueChanged.wait_for( lock, std::chrono::milliseconds( 50 ) );
            continue;
          }
          if ( storerAbandoned )
            break;
        }

        const QList<Journal::Record> records = journal.read( kMaxRecordsPerBatch, kMaxBytesPerBatch );
        if ( records.isEmpty() )
        {
          if ( stopping )
          {
            // everything is read: wait for the store, release, stop
            std::unique_lock<std::mutex> lock( queueMutex );
            queueChanged.wait( lock, [this] { return queue.empty() || storerAbandoned; } );
            lock.unlock();
            releaseCommitted();
            break;
          }
          consumerIdle = true;
          std::unique_lock<std::mutex> lock( wakeMutex );
          wake.wait_for( lock, std::chrono::milliseconds( 10 ) );
          consumerIdle = false;
          continue;
        }
        dirty = true;

        Batch batch;
        for ( const Journal::Record &record : records )
        {
          QString error;
          const QString topic = QString::fromUtf8( record.topic );
          const QList<Observation> decoded = decoder->decode( record.payload, topic, &error );
          if ( decoded.isEmpty() && !error.isEmpty() )
          {
            ++batch.decodeErrors;
            logError( tr( "malformed message on %1 (%2 bytes): %3" ).arg( topic ).arg( record.payload.size() ).arg( error ) );
            continue;
          }
          if ( !decoded.isEmpty() )
          {
            batch.count += decoded.size();
            batch.observations.append( decoded );
          }
        }
        batch.end = journal.readPosition();
        batch.replayed = std::min<qint64>( replayedLeft, records.size() );
        replayedLeft -= batch.replayed;
        {
          std::lock_guard<std::mutex> guard( queueMutex );
          queuedObservations += batch.count;
          queue.push_back( std::move( batch ) );
        }
        queueChanged.notify_all();
      }
      journal.sync();
    }

    void runStorer()
    {
      auto lastCommit = std::chrono::steady_clock::now() - std::chrono::seconds( 1 );
      retentionActive = false;
      nextRetention = std::chrono::steady_clock::now(); // a first pass at start
      nextStale = std::chrono::steady_clock::now();     // a first check at start
      while ( true )
      {
        // retention: one bounded step between two commits
        if ( retentionStepDue() )
          runRetentionStep();
        if ( !stopping && std::chrono::steady_clock::now() >= nextStale )
        {
          QString error;
          if ( store->alarms()->evaluateStale( QDateTime::currentDateTimeUtc(), &error ) < 0 )
            logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), tr( "stale alarm rules not evaluated: %1" ).arg( error ) );
          nextStale = std::chrono::steady_clock::now() + std::chrono::milliseconds( kStaleCheckMs );
        }
        // every batch waiting is stored in ONE transaction: under load, transactions grow by themselves
        Batch merged;
        Batch *batch = &merged;
        size_t taken = 0;
        {
          std::unique_lock<std::mutex> lock( queueMutex );
          const auto ready = [this] { return !queue.empty() || storerExit; };
          if ( stopping )
            queueChanged.wait( lock, ready );
          else if ( retentionIntervalMs <= 0 )
            queueChanged.wait_until( lock, nextStale, ready );
          else if ( !retentionActive )
            queueChanged.wait_until( lock, std::min( nextRetention, nextStale ), ready );
          if ( queue.empty() )
          {
            if ( storerExit )
              return;
            continue; // the next retention step
          }
          // group commit: what arrives while the previous commit is on its way to the disk joins the next one
          const auto due = lastCommit + std::chrono::milliseconds( kGroupCommitMs );
          const auto earliest = lastCommit + std::chrono::milliseconds( kMinCommitIntervalMs );
          const auto full = [this] {
            return stopping || storerExit || queue.size() >= size_t( kQueuedBatches ) * 3 / 4 ||
                   queuedObservations >= kQueuedObservations / 2;
          };
          // ... unless the feed has gone quiet: then waiting would only delay what is already there
          while ( !full() && std::chrono::steady_clock::now() < due )
          {
            const qint64 before = queuedObservations;
            const auto sliceEnd = std::min( due, std::chrono::steady_clock::now() + std::chrono::milliseconds( kQuietMs ) );
            if ( queueChanged.wait_until( lock, sliceEnd, full ) )
              break;
            if ( queuedObservations == before && consumerIdle && journal.pendingBytes() == 0 &&
                 std::chrono::steady_clock::now() >= earliest )
              break;
          }
          lastCommit = std::chrono::steady_clock::now();
          // they stay in the queue (and counted as in flight) until stored
          taken = queue.size();
          for ( const Batch &waiting : queue )
          {
            merged.observations += waiting.observations;
            merged.count += waiting.count;
            merged.decodeErrors += waiting.decodeErrors;
            merged.replayed += waiting.replayed;
            merged.end = waiting.end;
          }
        }
        StoreResult result;
        // a failed transaction (database busy, PostgreSQL server restarting, network down) is retried
        // with backoff; the batch stays in the journal, so it is neither lost nor acknowledged twice
        int delayMs = std::max( 100, minRetryMs );
        int failures = 0;
        while ( !batch->observations.isEmpty() )
        {
          QString error;
          result = StoreResult();
          if ( store->storeParts( batch->observations, &result, &error ) )
          {
            if ( failures > 0 )
              logMessage( LogLevel::Info, QStringLiteral( "feeds" ),
                          tr( "%1 observations stored after %2 failed attempts" ).arg( batch->count ).arg( failures ) );
            break;
          }
          ++failures;
          {
            std::lock_guard<std::mutex> guard( statsMutex );
            ++stats.storeErrors;
            stats.lastError = error;
          }
          logMessage( failures == 1 ? LogLevel::Critical : LogLevel::Warning, QStringLiteral( "feeds" ),
                      tr( "cannot store %1 observations, retrying in %2 ms: %3" ).arg( batch->count ).arg( delayMs ).arg( error ) );
          if ( stopping )
          {
            // leave them in the journal: replayed at the next start
            logMessage( LogLevel::Critical, QStringLiteral( "feeds" ),
                        tr( "stopping with %1 observations left in the journal %2" )
                            .arg( batch->count )
                            .arg( QDir::toNativeSeparators( journal.directory() ) ) );
            std::lock_guard<std::mutex> guard( queueMutex );
            storerAbandoned = true;
            queueChanged.notify_all();
            return;
          }
          // sleep in slices: stop() does not wait for a long backoff
          for ( int slept = 0; slept < delayMs && !stopping; slept += 50 )
            std::this_thread::sleep_for( std::chrono::milliseconds( 50 ) );
          delayMs = std::min( delayMs * 2, std::max( 100, maxRetryMs ) );
        }
        for ( const QString &error : std::as_const( result.errors ) )
          logError( error );
        if ( result.unboundRegistered > 0 )
          logMessage( LogLevel::Info, QStringLiteral( "feeds" ),
                      tr( "%1 unknown sensors registered as unbound sensors" ).arg( result.unboundRegistered ) );
        {
          std::lock_guard<std::mutex> guard( statsMutex );
          stats.observations += result.stored;
          stats.duplicates += result.duplicates;
          stats.unboundRegistered += result.unboundRegistered;
          stats.outOfRange += result.outOfRange;
          stats.decodeErrors += batch->decodeErrors + result.rejected;
          stats.replayed += batch->replayed;
        }
        {
          std::lock_guard<std::mutex> guard( queueMutex );
          committed = batch->end;
          hasCommitted = true;
          for ( size_t i = 0; i < taken; ++i )
            queuedObservations -= queue[i].count;
          queue.erase( queue.begin(), queue.begin() + std::ptrdiff_t( taken ) );
        }
        queueChanged.notify_all();
        Q_EMIT q->batchStored( result.stored );
      }
    }
  };

  IngestService::IngestService( const FeedConfig &config, const QString &territoryPath, QObject *parent )
      : QObject( parent ), d( std::make_unique<Private>() )
  {
    d->q = this;
    d->config = config;
    d->territoryPath = territoryPath;
    if ( d->config.clientId.isEmpty() )
      d->config.clientId = QStringLiteral( "vigie-" ) + QFileInfo( territoryPath ).completeBaseName();
  }

  IngestService::~IngestService()
  {
    stop();
  }

  void IngestService::setPassword( const QString &password )
  {
    d->password = password;
  }

  void IngestService::setMaxPayloadBytes( qint64 bytes )
  {
    d->maxPayloadBytes = bytes;
  }

  void IngestService::setSyncIntervalMs( int milliseconds )
  {
    d->syncIntervalMs = milliseconds;
  }

  void IngestService::setRetryDelays( int minimumMs, int maximumMs )
  {
    d->minRetryMs = minimumMs;
    d->maxRetryMs = maximumMs;
  }

  void IngestService::setJournalDirectory( const QString &directory )
  {
    d->journalDirectory = directory;
  }

  void IngestService::setRetentionInterval( int milliseconds )
  {
    d->retentionIntervalMs = std::max( 0, milliseconds );
  }

  QString IngestService::journalDirectory() const
  {
    return d->journalDirectory.isEmpty() ? Journal::directoryFor( d->territoryPath, d->config.clientId ) : d->journalDirectory;
  }

  const FeedConfig &IngestService::config() const
  {
    return d->config;
  }

  bool IngestService::start( QString *errorMessage )
  {
    if ( d->running )
      return true;
    d->decoder = d->config.createDecoder( errorMessage );
    if ( !d->decoder )
      return false;
    d->store = ObservationStore::open( d->territoryPath, errorMessage );
    if ( !d->store )
      return false;
    if ( SqlConnection::isPostgres( d->territoryPath ) )
    {
      // without notifications the engine polls the alarm tables every 2 s before a batch instead
      QString why;
      d->alarmListener = std::make_unique<AlarmChangeListener>( d->store->alarms() );
      if ( !d->alarmListener->start( d->territoryPath, &why ) )
      {
        logMessage( LogLevel::Info, QStringLiteral( "feeds" ), why );
        d->alarmListener.reset();
      }
    }
    if ( !d->journal.open( journalDirectory(), errorMessage ) )
    {
      d->alarmListener.reset();
      d->store.reset();
      return false;
    }
    MqttOptions options = d->config.mqttOptions();
    options.password = d->password;
    options.minRetryMs = d->minRetryMs;
    options.maxRetryMs = d->maxRetryMs;
    options.persistenceDirectory = QDir( journalDirectory() ).filePath( QStringLiteral( "paho" ) );
    d->client = std::make_unique<MqttClient>( options );
    d->client->setMessageHandler( [this]( const char *topic, int topicLength, const char *payload, int payloadLength )
                                  { return d->onMessage( topic, topicLength, payload, payloadLength ); } );
    d->client->setEventHandler(
        [this]( const MqttClient::Event &event )
        {
          if ( event.state == MqttClient::State::Connected )
            Q_EMIT connectionChanged( true, QString() );
          else if ( event.state == MqttClient::State::Disconnected )
          {
            d->setLastError( event.message );
            Q_EMIT connectionChanged( false, event.message );
          }
        } );
    // the journal of a previous run first, then the broker
    d->stopping = false;
    d->storerExit = false;
    d->storerAbandoned = false;
    d->hasCommitted = false;
    d->queue.clear();
    d->queuedObservations = 0;
    d->storer = std::thread( [this] { d->runStorer(); } );
    d->consumer = std::thread( [this] { d->runConsumer(); } );
    d->running = true;
    if ( !d->client->start( errorMessage ) )
    {
      stop();
      return false;
    }
    return true;
  }

  bool IngestService::waitConnected( int timeoutMs, MqttClient::Error *error, QString *errorMessage )
  {
    if ( !d->client )
      return false;
    return d->client->waitConnected( timeoutMs, error, errorMessage );
  }

  bool IngestService::waitIdle( int timeoutMs )
  {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds( timeoutMs );
    while ( std::chrono::steady_clock::now() < deadline )
    {
      if ( d->journal.pendingBytes() == 0 && d->consumerIdle && d->queueEmpty() )
        return true;
      std::this_thread::sleep_for( std::chrono::milliseconds( 10 ) );
    }
    return false;
  }

  void IngestService::stop()
  {
    if ( !d->running )
      return;
    if ( d->client )
      d->client->stop( 2000 );
    d->stopping = true;
    d->wake.notify_all();
    if ( d->consumer.joinable() )
      d->consumer.join();
    {
      std::lock_guard<std::mutex> guard( d->queueMutex );
      d->storerExit = true;
    }
    d->queueChanged.notify_all();
    if ( d->storer.joinable() )
      d->storer.join();
    if ( d->client )
    {
      std::lock_guard<std::mutex> guard( d->statsMutex );
      d->stats.reconnects = d->client->reconnects();
    }
    d->client.reset();
    d->journal.close();
    d->alarmListener.reset();
    d->store.reset();
    d->running = false;
  }

  IngestStats IngestService::stats() const
  {
    IngestStats s;
    {
      std::lock_guard<std::mutex> guard( d->statsMutex );
      s = d->stats;
    }
    s.messages = d->messages;
    s.oversized = d->oversized;
    s.pendingBytes = d->running ? d->journal.pendingBytes() : 0;
    const qint64 last = d->lastMessageMs;
    if ( last > 0 )
      s.lastMessageTime = QDateTime::fromMSecsSinceEpoch( last, Qt::UTC );
    if ( d->client )
    {
      s.connected = d->client->isConnected();
      s.reconnects = d->client->reconnects();
    }
    return s;
  }
} // namespace vigie::feeds
