// SPDX-License-Identifier: GPL-2.0-or-later
#include "feedsservice.h"

#include "ingestservice.h"
#include "log.h"
#include "replayfeed.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace vigie
{
  namespace
  {
    const QString kReplayId = QStringLiteral( "replay" );
    constexpr qint64 kBucketMs = 15 * 60 * 1000;
    //! Raw values one retention step moves at most: one short transaction between two worker events.
    constexpr qint64 kRetentionStepRows = 20000;

    bool sameSensor( const feeds::SensorInfo &a, const feeds::SensorInfo &b )
    {
      return a.state == b.state && a.hasLastValue == b.hasLastValue && a.lastValue == b.lastValue && a.lastTime == b.lastTime &&
             a.layer == b.layer && a.fid == b.fid && a.kind == b.kind;
    }

    //! 15-minute buckets of raw values merged with stored aggregates (min, count-weighted mean, max).
    QList<feeds::ObservationAggregate> buckets( const QString &sensorId, const QList<feeds::Observation> &raw,
                                                const QList<feeds::ObservationAggregate> &stored )
    {
      std::map<qint64, feeds::ObservationAggregate> byStart;
      auto merge = [&byStart, &sensorId]( qint64 start, double minimum, double mean, double maximum, qint64 count )
      {
        auto it = byStart.find( start );
        if ( it == byStart.end() )
        {
          feeds::ObservationAggregate a;
          a.sensorId = sensorId;
          a.start = QDateTime::fromMSecsSinceEpoch( start, Qt::UTC );
          a.minimum = minimum;
          a.mean = mean;
          a.maximum = maximum;
          a.count = count;
          byStart.emplace( start, a );
          return;
        }
        feeds::ObservationAggregate &a = it->second;
        a.minimum = std::min( a.minimum, minimum );
        a.maximum = std::max( a.maximum, maximum );
        a.mean = ( a.mean * static_cast<double>( a.count ) + mean * static_cast<double>( count ) ) / static_cast<double>( a.count + count );
        a.count += count;
      };
      for ( const feeds::ObservationAggregate &a : stored )
        merge( a.start.toMSecsSinceEpoch() / kBucketMs * kBucketMs, a.minimum, a.mean, a.maximum, a.count );
      for ( const feeds::Observation &o : raw )
      {
        const qint64 ms = o.time.toMSecsSinceEpoch();
        merge( ( ms >= 0 ? ms / kBucketMs : ( ms - kBucketMs + 1 ) / kBucketMs ) * kBucketMs, o.value, o.value, o.value, 1 );
      }
      QList<feeds::ObservationAggregate> list;
      list.reserve( static_cast<int>( byStart.size() ) );
      for ( const auto &entry : byStart )
        list << entry.second;
      return list;
    }
  } // namespace

  //! Lives on the worker thread; every member is touched there only.
  class FeedsService::Worker : public QObject
  {
  public:
    explicit Worker( FeedsService *service ) : mService( service ) {}

    ~Worker() override { close(); }

    //! Runs on the worker thread once it started.
    void init()
    {
      mTimer = new QTimer( this );
      mTimer->setInterval( mInterval );
      QObject::connect( mTimer, &QTimer::timeout, this, [this] { sendUpdate( false ); } );
      mRetentionTimer = new QTimer( this );
      mRetentionTimer->setSingleShot( true );
      QObject::connect( mRetentionTimer, &QTimer::timeout, this, [this] { retentionStep(); } );
    }

    void setRetentionSchedule( int firstDelayMs, int intervalMs )
    {
      mRetentionFirstMs = std::max( 0, firstDelayMs );
      mRetentionIntervalMs = std::max( 0, intervalMs );
    }

    //! One bounded step of the retention pass (one short transaction); the next one is queued behind the other events.
    void retentionStep()
    {
      if ( !mStore )
        return;
      QString error;
      if ( !mRetentionActive )
      {
        if ( !mStore->rawRetentionDays( &mRetentionDays, &error ) )
        {
          logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), FeedsService::tr( "Retention not applied: %1" ).arg( error ) );
          scheduleRetention( mRetentionIntervalMs );
          return;
        }
        mRetentionActive = true;
        mRetentionMoved = 0;
      }
      bool done = false;
      const qint64 moved = mStore->applyRetentionStep( mRetentionDays, kRetentionStepRows, &done, &error );
      if ( moved < 0 )
      {
        logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), FeedsService::tr( "Retention not applied: %1" ).arg( error ) );
        mRetentionActive = false;
        scheduleRetention( std::min( mRetentionIntervalMs, 60000 ) );
        return;
      }
      mRetentionMoved += moved;
      if ( !done )
      {
        mRetentionTimer->start( 0 );
        return;
      }
      mRetentionActive = false;
      const qint64 total = mRetentionMoved;
      const int days = mRetentionDays;
      if ( total > 0 )
        logMessage(
            LogLevel::Info, QStringLiteral( "feeds" ),
            FeedsService::tr( "Retention: %1 raw values older than %2 days moved into 15-minute aggregates" ).arg( total ).arg( days ) );
      scheduleRetention( mRetentionIntervalMs );
      QPointer<FeedsService> service = mService;
      QMetaObject::invokeMethod(
          mService,
          [service, total, days]
          {
            if ( service )
              Q_EMIT service->retentionApplied( total, days );
          },
          Qt::QueuedConnection );
    }

    void scheduleRetention( int delayMs )
    {
      if ( mRetentionIntervalMs > 0 ) // 0: never
        mRetentionTimer->start( delayMs );
    }

    void setInterval( int ms )
    {
      mInterval = ms;
      if ( mTimer )
        mTimer->setInterval( ms );
    }

    bool open( const QString &path, QString *error )
    {
      close();
      mStore = feeds::ObservationStore::open( path, error );
      if ( !mStore )
        return false;
      mPath = path;
      mSent.clear();
      mSentAlarms.clear();
      mReader.reset();
      mReaderDirty = false;
      mTimer->start();
      mRetentionActive = false;
      if ( mRetentionIntervalMs > 0 )
        mRetentionTimer->start( mRetentionFirstMs );
      sendUpdate( true );
      return true;
    }

    void close()
    {
      if ( mTimer )
        mTimer->stop();
      if ( mRetentionTimer )
        mRetentionTimer->stop();
      mRetentionActive = false;
      for ( auto &entry : mMqtt )
        entry.second.service->stop();
      mMqtt.clear();
      mReplay.reset();
      mReader.reset();
      mStore.reset();
      mSent.clear();
      mSentAlarms.clear();
      mPath.clear();
    }

    feeds::ObservationStore *store() const { return mStore.get(); }

    bool startReplay( double speed, const QDateTime &start, QString *error )
    {
      if ( !mStore )
      {
        *error = FeedsService::tr( "No territory is open." );
        return false;
      }
      if ( !mReplay )
      {
        mReplay = std::make_unique<feeds::ReplayDriver>( mStore.get() );
        QObject::connect( mReplay.get(), &feeds::ReplayDriver::stored, this,
                          [this]( qint64 count, const QDateTime & )
                          {
                            mStoredSinceUpdate += count;
                            mReplayLastMessage = QDateTime::currentDateTimeUtc();
                          } );
        QObject::connect( mReplay.get(), &feeds::ReplayDriver::failed, this,
                          [this]( const QString &message )
                          {
                            mReplayError = message;
                            logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), message );
                          } );
      }
      mReplay->setSpeed( speed );
      if ( mReplay->isRunning() )
        return true;
      mReplayError.clear();
      if ( !mReplay->start( error, start ) )
      {
        mReplayError = *error;
        return false;
      }
      mReplayRate.restart();
      mReplayPayloadsAtRate = mReplay->stats().payloads;
      return true;
    }

    void stopReplay()
    {
      if ( mReplay )
        mReplay->stop();
    }

    void setReplaySpeed( double speed )
    {
      if ( mReplay )
        mReplay->setSpeed( speed );
    }

    bool startMqtt( const QString &id, const feeds::FeedConfig &config, const QString &password, QString *error )
    {
      if ( !mStore )
      {
        *error = FeedsService::tr( "No territory is open." );
        return false;
      }
      stopMqtt( id );
      Mqtt feed;
      feed.config = config;
      feed.service = std::make_unique<feeds::IngestService>( config, mPath );
      feed.service->setPassword( password );
      feed.service->setRetentionInterval( 0 ); // this worker applies the retention, once for every feed
      feeds::IngestService *service = feed.service.get();
      std::atomic<bool> *dirty = &mMqttDirty;
      QObject::connect(
          service, &feeds::IngestService::batchStored, service, [dirty]( int ) { dirty->store( true ); }, Qt::DirectConnection );
      if ( !service->start( error ) )
        return false;
      mMqtt.emplace( id, std::move( feed ) );
      mUseReader = true;
      return true;
    }

    void stopMqtt( const QString &id )
    {
      auto it = mMqtt.find( id );
      if ( it == mMqtt.end() )
        return;
      it->second.service->stop();
      mMqtt.erase( it );
    }

    //! Sends the GUI what changed since the previous update (everything when \a reset).
    void sendUpdate( bool reset )
    {
      if ( !mStore )
        return;
      const feeds::ObservationStore *source = sensorSource();
      if ( mStaleClock.isValid() && mStaleClock.elapsed() > 30000 )
      {
        QString error;
        QDateTime now = QDateTime::currentDateTimeUtc();
        if ( mReplay && mReplay->isRunning() && mReplay->simulatedTime() > now )
          now = mReplay->simulatedTime();
        if ( mStore->alarms()->evaluateStale( now, &error ) < 0 )
          logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), error );
        mReaderDirty = true;
        mStaleClock.restart();
      }
      else if ( !mStaleClock.isValid() )
        mStaleClock.start();

      QList<feeds::SensorInfo> changed;
      const QList<feeds::SensorInfo> all = source->sensors();
      for ( const feeds::SensorInfo &info : all )
      {
        auto it = mSent.find( info.id );
        if ( reset || it == mSent.end() || !sameSensor( *it, info ) )
        {
          changed << info;
          mSent.insert( info.id, info );
        }
      }

      // rules and open alarms changed through another connection (another desktop, vigie-cli ingest):
      // the engine reloads them, so the replay neither duplicates nor misses their alarms
      // (a lost server fails every second: logged once)
      QString refreshError;
      if ( !mStore->alarms()->refresh( nullptr, &refreshError ) && refreshError != mRefreshError )
        logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), refreshError );
      mRefreshError = refreshError;
      QList<feeds::Alarm> alarms = mStore->alarms()->alarms( true );
      if ( alarms.size() > 500 )
        alarms = alarms.mid( 0, 500 );
      QList<QPair<qint64, int>> alarmKey;
      for ( const feeds::Alarm &a : std::as_const( alarms ) )
        alarmKey << qMakePair( a.id, static_cast<int>( a.state ) * 2 + ( a.active ? 1 : 0 ) );
      const bool alarmsChanged = reset || alarmKey != mSentAlarms;
      mSentAlarms = alarmKey;

      QList<LiveFeedStatus> statuses;
      statuses << replayStatus();
      for ( auto it = mMqtt.begin(); it != mMqtt.end(); ++it )
      {
        const feeds::IngestStats stats = it->second.service->stats();
        LiveFeedStatus s;
        s.id = it->first;
        s.name = it->second.config.name.isEmpty() ? it->second.config.brokerUrl : it->second.config.name;
        s.running = true;
        s.connected = stats.connected;
        s.messagesPerSecond = stats.messagesPerSecond;
        s.messages = stats.messages;
        s.observations = stats.observations;
        s.errors = stats.errors();
        s.reconnects = stats.reconnects;
        s.lastMessage = stats.lastMessageTime;
        s.lastError = stats.lastError;
        mStoredSinceUpdate += stats.observations - it->second.observationsSent;
        it->second.observationsSent = stats.observations;
        statuses << s;
      }
      const qint64 stored = mStoredSinceUpdate;
      mStoredSinceUpdate = 0;

      QPointer<FeedsService> service = mService;
      const bool sendAlarms = alarmsChanged;
      QMetaObject::invokeMethod(
          mService,
          [service, changed, reset, alarms, sendAlarms, statuses, stored]
          {
            if ( !service )
              return;
            service->mFeeds = statuses;
            if ( sendAlarms )
              service->mAlarms = alarms;
            if ( !changed.isEmpty() || reset )
              service->receiveSensors( changed, reset );
            if ( sendAlarms )
              Q_EMIT service->alarmsChanged();
            if ( stored > 0 )
              Q_EMIT service->observationsStored( stored );
            Q_EMIT service->feedsChanged();
          },
          Qt::QueuedConnection );
    }

    //! Sensors as committed by every feed: MQTT feeds store through connections of their own.
    const feeds::ObservationStore *sensorSource()
    {
      if ( !mUseReader )
        return mStore.get();
      if ( !mReader || mReaderDirty || mMqttDirty.exchange( false ) || ( mReplay && mReplay->isRunning() ) )
      {
        // ObservationStore keeps its sensors in memory: a fresh connection sees what the other connections committed
        QString error;
        std::unique_ptr<feeds::ObservationStore> reader = feeds::ObservationStore::open( mPath, &error );
        if ( reader )
          mReader = std::move( reader );
        else
          logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), error );
        mReaderDirty = false;
      }
      return mReader ? mReader.get() : mStore.get();
    }

    LiveFeedStatus replayStatus()
    {
      LiveFeedStatus s;
      s.id = kReplayId;
      s.name = FeedsService::tr( "Built-in replay (L-Town SCADA, lighting, bins)" );
      s.replay = true;
      s.connected = mReplay && mReplay->isRunning();
      s.running = s.connected;
      s.lastError = mReplayError;
      if ( mReplay )
      {
        const feeds::ReplayStats stats = mReplay->stats();
        s.messages = stats.payloads;
        s.observations = stats.stored;
        s.errors = stats.rejected;
        s.speed = mReplay->speed();
        s.simulatedTime = mReplay->simulatedTime();
        s.lastMessage = mReplayLastMessage;
        const qint64 elapsed = mReplayRate.isValid() ? mReplayRate.elapsed() : 0;
        if ( elapsed >= 10000 ) // a replay step may carry minutes of readings: average over 10 s
        {
          mReplayMessagesPerSecond =
              static_cast<double>( stats.payloads - mReplayPayloadsAtRate ) * 1000.0 / static_cast<double>( elapsed );
          mReplayPayloadsAtRate = stats.payloads;
          mReplayRate.restart();
        }
        s.messagesPerSecond = s.running ? mReplayMessagesPerSecond : 0;
      }
      return s;
    }

    void history( int requestId, const QString &sensorId, const QDateTime &from, const QDateTime &to, bool aggregated )
    {
      QList<feeds::Observation> raw;
      QList<feeds::ObservationAggregate> aggregates;
      if ( mStore )
      {
        QString error;
        raw = mStore->observations( sensorId, from, to, &error );
        if ( aggregated )
        {
          aggregates = buckets( sensorId, raw, mStore->aggregates( sensorId, from, to, &error ) );
          raw.clear();
        }
        if ( !error.isEmpty() )
          logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), error );
      }
      QPointer<FeedsService> service = mService;
      QMetaObject::invokeMethod(
          mService,
          [service, requestId, sensorId, raw, aggregates]
          {
            if ( service )
              Q_EMIT service->historyReady( requestId, sensorId, raw, aggregates );
          },
          Qt::QueuedConnection );
    }

    void finish( const QString &action, bool ok, const QString &message )
    {
      if ( ok )
      {
        mReaderDirty = true;
        sendUpdate( false );
      }
      QPointer<FeedsService> service = mService;
      QMetaObject::invokeMethod(
          mService,
          [service, action, ok, message]
          {
            if ( service )
              Q_EMIT service->actionFinished( action, ok, message );
          },
          Qt::QueuedConnection );
    }

  private:
    struct Mqtt
    {
      feeds::FeedConfig config;
      std::unique_ptr<feeds::IngestService> service;
      qint64 observationsSent = 0;
    };

    FeedsService *mService = nullptr;
    QTimer *mTimer = nullptr;
    int mInterval = 1000;
    QTimer *mRetentionTimer = nullptr;
    int mRetentionFirstMs = 10000;
    int mRetentionIntervalMs = 3600 * 1000;
    bool mRetentionActive = false;
    int mRetentionDays = 0;
    qint64 mRetentionMoved = 0;
    QString mPath;
    std::unique_ptr<feeds::ObservationStore> mStore;
    std::unique_ptr<feeds::ObservationStore> mReader;
    bool mUseReader = false;
    bool mReaderDirty = false;
    std::atomic<bool> mMqttDirty{ false };
    std::unique_ptr<feeds::ReplayDriver> mReplay;
    QString mReplayError;
    QDateTime mReplayLastMessage;
    QElapsedTimer mReplayRate;
    qint64 mReplayPayloadsAtRate = 0;
    double mReplayMessagesPerSecond = 0;
    QElapsedTimer mStaleClock;
    qint64 mStoredSinceUpdate = 0;
    std::map<QString, Mqtt> mMqtt;
    QHash<QString, feeds::SensorInfo> mSent;
    QList<QPair<qint64, int>> mSentAlarms;
    QString mRefreshError; //!< last failure of the alarm engine's refresh (logged once)
  };

  FeedsService::FeedsService( QObject *parent ) : QObject( parent )
  {
    mThread = new QThread( this );
    mThread->setObjectName( QStringLiteral( "vigie-feeds" ) );
    mWorker = new Worker( this );
    mWorker->moveToThread( mThread );
    connect( mThread, &QThread::finished, mWorker, &QObject::deleteLater );
    mThread->start();
    QMetaObject::invokeMethod(
        mWorker, [worker = mWorker] { worker->init(); }, Qt::BlockingQueuedConnection );
  }

  FeedsService::~FeedsService()
  {
    // the worker stops the feeds (everything journaled is committed) and closes the store on its thread
    Worker *worker = mWorker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection );
    mThread->quit();
    mThread->wait();
  }

  void FeedsService::post( std::function<void( Worker * )> work )
  {
    Worker *worker = mWorker;
    QMetaObject::invokeMethod(
        worker, [worker, work] { work( worker ); }, Qt::QueuedConnection );
  }

  void FeedsService::receiveSensors( const QList<feeds::SensorInfo> &changed, bool reset )
  {
    if ( reset )
      mSensors.clear();
    for ( const feeds::SensorInfo &info : changed )
      mSensors.insert( info.id, info );
    Q_EMIT sensorsChanged( changed, reset );
  }

  void FeedsService::openTerritory( const QString &territoryPath )
  {
    mPath = territoryPath;
    mOpen = false;
    mSensors.clear();
    mAlarms.clear();
    mFeeds.clear();
    QPointer<FeedsService> self = this;
    post(
        [self, territoryPath]( Worker *worker )
        {
          QString error;
          const bool ok = worker->open( territoryPath, &error );
          QMetaObject::invokeMethod(
              self.data(),
              [self, ok, error]
              {
                if ( !self )
                  return;
                self->mOpen = ok;
                if ( !ok )
                  logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), error );
                Q_EMIT self->opened( ok, error );
              },
              Qt::QueuedConnection );
        } );
  }

  void FeedsService::closeTerritory()
  {
    Worker *worker = mWorker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection );
    mPath.clear();
    mOpen = false;
    mSensors.clear();
    mAlarms.clear();
    mFeeds.clear();
    Q_EMIT closed();
  }

  void FeedsService::startReplay( double speed, const QDateTime &simulatedStart )
  {
    post(
        [speed, simulatedStart]( Worker *worker )
        {
          QString error;
          const bool ok = worker->startReplay( speed, simulatedStart, &error );
          worker->finish( QStringLiteral( "replay" ), ok, error );
        } );
  }

  void FeedsService::stopReplay()
  {
    post(
        []( Worker *worker )
        {
          worker->stopReplay();
          worker->finish( QStringLiteral( "replay-stop" ), true, QString() );
        } );
  }

  void FeedsService::setReplaySpeed( double speed )
  {
    post( [speed]( Worker *worker ) { worker->setReplaySpeed( speed ); } );
  }

  void FeedsService::startMqtt( const QString &id, const feeds::FeedConfig &config, const QString &password )
  {
    post(
        [id, config, password]( Worker *worker )
        {
          QString error;
          const bool ok = worker->startMqtt( id, config, password, &error );
          worker->finish( QStringLiteral( "mqtt" ), ok, error );
        } );
  }

  void FeedsService::stopMqtt( const QString &id )
  {
    post(
        [id]( Worker *worker )
        {
          worker->stopMqtt( id );
          worker->finish( QStringLiteral( "mqtt-stop" ), true, QString() );
        } );
  }

  void FeedsService::alarmsChangedElsewhere()
  {
    post(
        []( Worker *worker )
        {
          if ( !worker->store() )
            return;
          worker->store()->alarms()->markChanged();
          worker->sendUpdate( false );
        } );
  }

  void FeedsService::acknowledgeAlarm( qint64 alarmId, const QString &user )
  {
    post(
        [alarmId, user]( Worker *worker )
        {
          QString error;
          const bool ok = worker->store() ? worker->store()->alarms()->acknowledge( alarmId, user, &error ) : false;
          if ( !worker->store() )
            error = tr( "No territory is open." );
          worker->finish( QStringLiteral( "acknowledge" ), ok, error );
        } );
  }

  void FeedsService::clearAlarm( qint64 alarmId, const QString &user )
  {
    post(
        [alarmId, user]( Worker *worker )
        {
          QString error;
          const bool ok = worker->store() ? worker->store()->alarms()->clear( alarmId, user, &error ) : false;
          if ( !worker->store() )
            error = tr( "No territory is open." );
          worker->finish( QStringLiteral( "clear" ), ok, error );
        } );
  }

  void FeedsService::bindSensor( const QString &sensorId, const QString &layer, qint64 fid )
  {
    post(
        [sensorId, layer, fid]( Worker *worker )
        {
          QString error;
          const bool ok = worker->store() ? worker->store()->bindSensor( sensorId, layer, fid, &error ) : false;
          if ( !worker->store() )
            error = tr( "No territory is open." );
          worker->finish( QStringLiteral( "bind" ), ok, error );
        } );
  }

  void FeedsService::requestHistory( int requestId, const QString &sensorId, const QDateTime &from, const QDateTime &to, bool aggregated )
  {
    post( [=]( Worker *worker ) { worker->history( requestId, sensorId, from, to, aggregated ); } );
  }

  void FeedsService::setUpdateInterval( int milliseconds )
  {
    post( [milliseconds]( Worker *worker ) { worker->setInterval( milliseconds ); } );
  }

  void FeedsService::setRetentionSchedule( int firstDelayMs, int intervalMs )
  {
    post( [firstDelayMs, intervalMs]( Worker *worker ) { worker->setRetentionSchedule( firstDelayMs, intervalMs ); } );
  }

  void FeedsService::runOnWorker( const std::function<void( feeds::ObservationStore * )> &work )
  {
    Worker *worker = mWorker;
    QMetaObject::invokeMethod(
        worker, [worker, &work] { work( worker->store() ); }, Qt::BlockingQueuedConnection );
  }

  LiveFeedStatus FeedsService::feed( const QString &id ) const
  {
    for ( const LiveFeedStatus &s : mFeeds )
    {
      if ( s.id == id )
        return s;
    }
    return LiveFeedStatus();
  }
} // namespace vigie
