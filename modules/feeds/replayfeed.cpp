// SPDX-License-Identifier: GPL-2.0-or-later
#include "replayfeed.h"

#include "decoder.h"
#include "feedssql.h"
#include "log.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTextStream>

#include <cmath>
#include <functional>

namespace vigie::feeds
{
  using sql::Statement;

  namespace
  {

    constexpr qint64 kStepMs = 5 * 60 * 1000;
    constexpr qint64 kLampStepMs = 15 * 60 * 1000;
    constexpr qint64 kBinStepMs = 60 * 60 * 1000;
    constexpr qint64 kWeekMs = 7LL * 24 * 3600 * 1000;
    constexpr int kPerPayload = 500;  //!< observations per JSON message, as gateways batch them
    constexpr int kStoreBatch = 5000; //!< observations per store() transaction
    constexpr double kPi = 3.14159265358979323846;

    //! Deterministic 32-bit hash (FNV-1a) so that generated telemetry is reproducible.
    quint32 fnv( const QByteArray &text, quint32 seed = 2166136261u )
    {
      quint32 h = seed;
      for ( char c : text )
      {
        h ^= static_cast<quint8>( c );
        h *= 16777619u;
      }
      return h;
    }

    double unitNoise( quint32 a, qint64 b )
    {
      quint32 h = a ^ static_cast<quint32>( b * 2654435761u ) ^ static_cast<quint32>( b >> 32 );
      h ^= h >> 16;
      h *= 0x7feb352dU;
      h ^= h >> 15;
      h *= 0x846ca68bU;
      h ^= h >> 16;
      return static_cast<double>( h ) / 4294967295.0 * 2 - 1; // [-1, 1]
    }

    //! Start of the week (Monday 00:00 UTC) that contains \a ms.
    qint64 weekStart( qint64 ms )
    {
      // 1970-01-01 was a Thursday: Monday 1969-12-29 is 3 days before the epoch
      constexpr qint64 mondayOffset = 3LL * 24 * 3600 * 1000;
      const qint64 shifted = ms + mondayOffset;
      const qint64 week = shifted >= 0 ? shifted / kWeekMs : ( shifted - kWeekMs + 1 ) / kWeekMs;
      return week * kWeekMs - mondayOffset;
    }

    qint64 ceilTo( qint64 ms, qint64 step )
    {
      const qint64 r = ( ( ms % step ) + step ) % step;
      return r == 0 ? ms : ms + ( step - r );
    }

    bool tableExists( sqlite3 *db, const char *table )
    {
      Statement q( db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?" );
      q.bind( 1, QString::fromLatin1( table ) );
      return q.isValid() && q.step() == SQLITE_ROW;
    }

    void appendObservation( QByteArray &json, const QByteArray &sensor, const QByteArray &time, double value, const char *unit )
    {
      json += json.size() > 1 ? ",{\"sensor\":\"" : "{\"sensor\":\"";
      json += sensor;
      json += "\",\"time\":\"";
      json += time;
      json += "\",\"value\":";
      json += QByteArray::number( value, 'g', 10 );
      json += ",\"unit\":\"";
      json += unit;
      json += "\"}";
    }
  } // namespace

  struct ReplayFeed::Private
  {
    struct Column
    {
      QByteArray sensor; //!< "ltown-pressure-n1"
      QString assetId;   //!< "n1"
      SensorKind kind = SensorKind::Unknown;
      QByteArray unit;
    };
    struct Lamp
    {
      QByteArray sensor;
      double power = 70;
      quint32 seed = 0;
    };
    struct Bin
    {
      QByteArray sensor;
      int cycleHours = 72;
      int phase = 0;
      quint32 seed = 0;
    };

    QVector<Column> columns;
    QVector<double> values; //!< rows x columns
    int rows = 0;
    QVector<Lamp> lamps;
    QVector<Bin> bins;
    QStringList sensorIds;
    int bound = 0;

    double lampPower( const Lamp &lamp, qint64 t ) const
    {
      const QDateTime time = sql::fromMs( t );
      const int day = time.date().dayOfYear();
      const double season = std::sin( 2 * kPi * ( day - 80 ) / 365.25 );
      // Montpellier, UTC: sunset 16:00 in December to 19:30 in June, sunrise 7:00 to 4:00
      const double sunset = 17.6 + 1.9 * season;
      const double sunrise = 5.6 - 1.6 * season;
      const double hour = time.time().hour() + time.time().minute() / 60.0;
      if ( hour < sunset && hour >= sunrise )
        return 0.4;                                   // controller standby
      const bool dimmed = hour >= 22.0 || hour < 4.0; // night dimming to 50 %
      return lamp.power * ( dimmed ? 0.5 : 1.0 ) * ( 1 + 0.02 * unitNoise( lamp.seed, t / kLampStepMs ) );
    }

    double binFill( const Bin &bin, qint64 t ) const
    {
      const qint64 hours = t / kBinStepMs;
      const qint64 inCycle = ( ( hours + bin.phase ) % bin.cycleHours + bin.cycleHours ) % bin.cycleHours;
      const double fill = 95.0 * static_cast<double>( inCycle ) / bin.cycleHours + 2 * unitNoise( bin.seed, hours );
      return std::round( std::clamp( fill, 0.0, 100.0 ) * 10 ) / 10;
    }

    //! Calls \a sink with the payloads of each time step of [from, to), in order.
    bool forEachStep( qint64 from, qint64 to, const std::function<bool( const QList<QByteArray> & )> &sink ) const
    {
      for ( qint64 t = ceilTo( from, kStepMs ); t < to; t += kStepMs )
      {
        QList<QByteArray> payloads;
        const QByteArray time = sql::fromMs( t ).toString( Qt::ISODate ).toLatin1();
        if ( rows > 0 )
        {
          const int row = static_cast<int>( ( ( t - weekStart( t ) ) / kStepMs ) % rows );
          QByteArray json( "[" );
          for ( int c = 0; c < columns.size(); ++c )
            appendObservation( json, columns.at( c ).sensor, time, values.at( row * columns.size() + c ),
                               columns.at( c ).unit.constData() );
          json += ']';
          payloads << json;
        }
        if ( t % kLampStepMs == 0 && !lamps.isEmpty() )
        {
          QByteArray json( "[" );
          for ( int i = 0; i < lamps.size(); ++i )
          {
            appendObservation( json, lamps.at( i ).sensor, time, std::round( lampPower( lamps.at( i ), t ) * 10 ) / 10, "W" );
            if ( ( i + 1 ) % kPerPayload == 0 || i + 1 == lamps.size() )
            {
              json += ']';
              payloads << json;
              json = QByteArray( "[" );
            }
          }
        }
        if ( t % kBinStepMs == 0 && !bins.isEmpty() )
        {
          QByteArray json( "[" );
          for ( int i = 0; i < bins.size(); ++i )
          {
            appendObservation( json, bins.at( i ).sensor, time, binFill( bins.at( i ), t ), "%" );
            if ( ( i + 1 ) % kPerPayload == 0 || i + 1 == bins.size() )
            {
              json += ']';
              payloads << json;
              json = QByteArray( "[" );
            }
          }
        }
        if ( !sink( payloads ) )
          return false;
      }
      return true;
    }
  };

  ReplayFeed::ReplayFeed() : d( new Private ) {}

  ReplayFeed::~ReplayFeed() = default;

  QString ReplayFeed::defaultScadaPath()
  {
    return QStringLiteral( ":/vigie/feeds/ltown-scada-week.csv" );
  }

  bool ReplayFeed::loadScada( const QString &path, QString *errorMessage )
  {
    const QString shown = QDir::toNativeSeparators( path );
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return false;
    };
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot read the replay data: %2" ).arg( shown, file.errorString() ) );
    QTextStream in( &file );
    const QStringList header = in.readLine().split( QLatin1Char( ',' ) );
    if ( header.size() < 2 || header.at( 0 ) != QLatin1String( "time" ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1:1: the header must be \"time,KIND:ID,...\"" ).arg( shown ) );
    QVector<Private::Column> columns;
    for ( int i = 1; i < header.size(); ++i )
    {
      const QString kindName = header.at( i ).section( QLatin1Char( ':' ), 0, 0 );
      const QString id = header.at( i ).section( QLatin1Char( ':' ), 1 );
      Private::Column column;
      column.kind = sensorKindFromName( kindName );
      if ( column.kind == SensorKind::Unknown || id.isEmpty() )
        return fail( QCoreApplication::translate( "vigie::feeds", "%1:1: column %2 \"%3\" is not KIND:ID with a known sensor kind" )
                         .arg( shown )
                         .arg( i + 1 )
                         .arg( header.at( i ) ) );
      column.assetId = id;
      column.sensor = QStringLiteral( "ltown-%1-%2" ).arg( kindName, id ).toUtf8();
      column.unit = canonicalUnit( column.kind ).toUtf8();
      columns << column;
    }
    QVector<double> values;
    int line = 1;
    while ( !in.atEnd() )
    {
      const QString text = in.readLine();
      ++line;
      if ( text.trimmed().isEmpty() )
        continue;
      const QStringList cells = text.split( QLatin1Char( ',' ) );
      if ( cells.size() != header.size() )
        return fail( QCoreApplication::translate( "vigie::feeds", "%1:%2: %3 values, expected %4" )
                         .arg( shown )
                         .arg( line )
                         .arg( cells.size() )
                         .arg( header.size() ) );
      for ( int i = 1; i < cells.size(); ++i )
      {
        bool ok = false;
        const double value = cells.at( i ).toDouble( &ok );
        if ( !ok || !std::isfinite( value ) )
          return fail( QCoreApplication::translate( "vigie::feeds", "%1:%2: column %3: \"%4\" is not a number" )
                           .arg( shown )
                           .arg( line )
                           .arg( header.at( i ), cells.at( i ) ) );
        values << value;
      }
    }
    if ( values.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: no readings" ).arg( shown ) );
    d->columns = columns;
    d->values = values;
    d->rows = static_cast<int>( values.size() / columns.size() );
    return true;
  }

  bool ReplayFeed::prepare( ObservationStore &store, QString *errorMessage )
  {
    if ( d->rows == 0 && !loadScada( defaultScadaPath(), errorMessage ) )
      return false;
    sqlite3 *db = store.handle();
    QList<SensorInfo> sensors;
    d->bound = 0;

    // water: L-Town assets by EPANET id
    auto lookup = [db]( const char *table, const char *idColumn )
    {
      QHash<QString, qint64> fids;
      if ( !tableExists( db, table ) )
        return fids;
      Statement q( db, QStringLiteral( "SELECT fid, \"%1\" FROM \"%2\"" )
                           .arg( QLatin1String( idColumn ), QLatin1String( table ) )
                           .toUtf8()
                           .constData() );
      while ( q.isValid() && q.step() == SQLITE_ROW )
      {
        if ( !fids.contains( q.text( 1 ) ) )
          fids.insert( q.text( 1 ), q.int64( 0 ) );
      }
      return fids;
    };
    const QHash<QString, qint64> junctions = lookup( "water_junctions", "node_id" );
    const QHash<QString, qint64> tanks = lookup( "water_tanks", "node_id" );
    const QHash<QString, qint64> pipes = lookup( "water_pipes", "pipe_id" );
    const QHash<QString, qint64> pumps = lookup( "water_pumps", "pump_id" );
    for ( const Private::Column &column : std::as_const( d->columns ) )
    {
      SensorInfo info;
      info.id = QString::fromUtf8( column.sensor );
      info.kind = column.kind;
      const QList<QPair<const char *, const QHash<QString, qint64> *>> candidates =
          column.kind == SensorKind::Flow
              ? QList<QPair<const char *, const QHash<QString, qint64> *>>{ { "water_pumps", &pumps }, { "water_pipes", &pipes } }
          : column.kind == SensorKind::Level
              ? QList<QPair<const char *, const QHash<QString, qint64> *>>{ { "water_tanks", &tanks } }
              : QList<QPair<const char *, const QHash<QString, qint64> *>>{ { "water_junctions", &junctions }, { "water_tanks", &tanks } };
      for ( const auto &candidate : candidates )
      {
        if ( candidate.second->contains( column.assetId ) )
        {
          info.layer = QLatin1String( candidate.first );
          info.fid = candidate.second->value( column.assetId );
          break;
        }
      }
      sensors << info;
    }

    // lighting: one controller per dimmable luminaire
    d->lamps.clear();
    if ( tableExists( db, "lighting_luminaires" ) )
    {
      Statement q( db, "SELECT fid, support_id, power_w FROM lighting_luminaires WHERE control IN ('DALI', '1-10V') ORDER BY fid" );
      while ( q.isValid() && q.step() == SQLITE_ROW )
      {
        Private::Lamp lamp;
        const QString id = q.text( 1 ).isEmpty() ? QString::number( q.int64( 0 ) ) : q.text( 1 );
        lamp.sensor = QStringLiteral( "lamp-%1" ).arg( id ).toUtf8();
        lamp.power = q.isNull( 2 ) || q.real( 2 ) <= 0 ? 70 : q.real( 2 );
        lamp.seed = fnv( lamp.sensor );
        d->lamps << lamp;
        SensorInfo info;
        info.id = QString::fromUtf8( lamp.sensor );
        info.kind = SensorKind::Power;
        info.layer = QStringLiteral( "lighting_luminaires" );
        info.fid = q.int64( 0 );
        sensors << info;
      }
    }

    // waste: containers with a fill-level sensor
    d->bins.clear();
    if ( tableExists( db, "waste_containers" ) )
    {
      Statement q( db, "SELECT fid, container_id FROM waste_containers WHERE fill_sensor = 1 ORDER BY fid" );
      while ( q.isValid() && q.step() == SQLITE_ROW )
      {
        Private::Bin bin;
        const QString id = q.text( 1 ).isEmpty() ? QString::number( q.int64( 0 ) ) : q.text( 1 );
        bin.sensor = QStringLiteral( "bin-%1" ).arg( id ).toUtf8();
        bin.seed = fnv( bin.sensor );
        bin.cycleHours = 48 + static_cast<int>( bin.seed % 121 );
        bin.phase = static_cast<int>( ( bin.seed >> 8 ) % static_cast<quint32>( bin.cycleHours ) );
        d->bins << bin;
        SensorInfo info;
        info.id = QString::fromUtf8( bin.sensor );
        info.kind = SensorKind::Fill;
        info.layer = QStringLiteral( "waste_containers" );
        info.fid = q.int64( 0 );
        sensors << info;
      }
    }

    if ( !store.registerSensors( sensors, errorMessage ) )
      return false;
    d->sensorIds.clear();
    for ( const SensorInfo &info : std::as_const( sensors ) )
    {
      d->sensorIds << info.id;
      if ( info.isBound() )
        ++d->bound;
    }
    logMessage( LogLevel::Info, QStringLiteral( "feeds" ),
                QCoreApplication::translate( "vigie::feeds",
                                             "replay feed: %1 sensors (%2 bound to assets): %3 SCADA, %4 lamp controllers, %5 bins" )
                    .arg( sensors.size() )
                    .arg( d->bound )
                    .arg( d->columns.size() )
                    .arg( d->lamps.size() )
                    .arg( d->bins.size() ) );
    return true;
  }

  QStringList ReplayFeed::sensorIds() const
  {
    return d->sensorIds;
  }

  int ReplayFeed::boundSensors() const
  {
    return d->bound;
  }

  QList<QByteArray> ReplayFeed::payloads( const QDateTime &from, const QDateTime &to ) const
  {
    QList<QByteArray> all;
    d->forEachStep( sql::toMs( from ), sql::toMs( to ),
                    [&all]( const QList<QByteArray> &payloads )
                    {
                      all << payloads;
                      return true;
                    } );
    return all;
  }

  bool ReplayFeed::run( ObservationStore &store, const Decoder &decoder, const QDateTime &from, const QDateTime &to, ReplayStats *stats,
                        QString *errorMessage )
  {
    ReplayStats local;
    ReplayStats &s = stats ? *stats : local;
    s.sensors = static_cast<int>( d->sensorIds.size() );
    s.bound = d->bound;
    QList<Observation> pending;
    auto flush = [&]()
    {
      if ( pending.isEmpty() )
        return true;
      StoreResult result;
      if ( !store.store( pending, &result, errorMessage ) )
        return false;
      s.stored += result.stored;
      s.duplicates += result.duplicates;
      s.rejected += result.rejected;
      pending.clear();
      return true;
    };
    const QString topic = QStringLiteral( "vigie/replay" );
    bool ok = d->forEachStep( sql::toMs( from ), sql::toMs( to ),
                              [&]( const QList<QByteArray> &payloads )
                              {
                                for ( const QByteArray &payload : payloads )
                                {
                                  QString error;
                                  const QList<Observation> decoded = decoder.decode( payload, topic, &error );
                                  ++s.payloads;
                                  if ( decoded.isEmpty() && !error.isEmpty() )
                                  {
                                    ++s.rejected;
                                    logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), error );
                                    continue;
                                  }
                                  s.observations += decoded.size();
                                  pending << decoded;
                                }
                                return pending.size() < kStoreBatch || flush();
                              } );
    return ok && flush();
  }

  ReplayDriver::ReplayDriver( ObservationStore *store, QObject *parent )
      : QObject( parent ), mStore( store ), mDecoder( createDecoder( QStringLiteral( "json" ) ) )
  {
    mTimer.setInterval( 1000 );
    connect( &mTimer, &QTimer::timeout, this, &ReplayDriver::tick );
  }

  ReplayDriver::~ReplayDriver() = default;

  bool ReplayDriver::start( QString *errorMessage, const QDateTime &simulatedStart )
  {
    if ( !mPrepared )
    {
      if ( !mFeed.prepare( *mStore, errorMessage ) )
        return false;
      mPrepared = true;
    }
    mSimulated = simulatedStart.isValid() ? simulatedStart.toUTC() : QDateTime::currentDateTimeUtc();
    mLastTick = QDateTime::currentMSecsSinceEpoch();
    mTimer.start();
    return true;
  }

  void ReplayDriver::stop()
  {
    mTimer.stop();
  }

  bool ReplayDriver::isRunning() const
  {
    return mTimer.isActive();
  }

  double ReplayDriver::speed() const
  {
    return mSpeed;
  }

  void ReplayDriver::setSpeed( double speed )
  {
    mSpeed = std::max( 0.0, speed );
  }

  QDateTime ReplayDriver::simulatedTime() const
  {
    return mSimulated;
  }

  ReplayStats ReplayDriver::stats() const
  {
    return mStats;
  }

  void ReplayDriver::tick()
  {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 advance = static_cast<qint64>( static_cast<double>( now - mLastTick ) * mSpeed );
    mLastTick = now;
    if ( advance <= 0 )
      return;
    const QDateTime to = mSimulated.addMSecs( advance );
    const qint64 before = mStats.stored;
    QString error;
    if ( !mFeed.run( *mStore, *mDecoder, mSimulated, to, &mStats, &error ) )
    {
      stop();
      Q_EMIT failed( error );
      return;
    }
    mSimulated = to;
    if ( mStats.stored > before )
      Q_EMIT stored( mStats.stored - before, mSimulated );
  }
} // namespace vigie::feeds
