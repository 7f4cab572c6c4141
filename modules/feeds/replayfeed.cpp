// SPDX-License-Identifier: GPL-2.0-or-later
#include "replayfeed.h"

#include "alarms.h"
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

#include <zlib.h>

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

    bool tableExists( SqlConnection *db, const char *table )
    {
      return db->hasTable( QString::fromLatin1( table ) );
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

    //! The bytes of \a path, gunzipped when they start with the gzip magic; false with the reason.
    bool readMaybeGzip( const QString &path, QByteArray *bytes, QString *errorMessage )
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
        return fail(
            QCoreApplication::translate( "vigie::feeds", "%1: cannot read the replay data: %2" ).arg( shown, file.errorString() ) );
      QByteArray raw = file.readAll();
      if ( raw.size() < 2 || static_cast<quint8>( raw.at( 0 ) ) != 0x1f || static_cast<quint8>( raw.at( 1 ) ) != 0x8b )
      {
        *bytes = raw;
        return true;
      }
      z_stream stream{};
      if ( inflateInit2( &stream, 16 + MAX_WBITS ) != Z_OK )
        return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot start gzip decompression" ).arg( shown ) );
      stream.next_in = reinterpret_cast<Bytef *>( raw.data() );
      stream.avail_in = static_cast<uInt>( raw.size() );
      QByteArray result;
      QByteArray buffer( 1 << 16, Qt::Uninitialized );
      int status = Z_OK;
      while ( status != Z_STREAM_END )
      {
        stream.next_out = reinterpret_cast<Bytef *>( buffer.data() );
        stream.avail_out = static_cast<uInt>( buffer.size() );
        status = inflate( &stream, Z_NO_FLUSH );
        const bool truncated = status == Z_BUF_ERROR || ( status == Z_OK && stream.avail_in == 0 && stream.avail_out > 0 );
        if ( truncated || ( status != Z_OK && status != Z_STREAM_END ) )
        {
          inflateEnd( &stream );
          return fail( truncated ? QCoreApplication::translate( "vigie::feeds", "%1: truncated gzip data" ).arg( shown )
                                 : QCoreApplication::translate( "vigie::feeds", "%1: corrupt gzip data" ).arg( shown ) );
        }
        result.append( buffer.constData(), buffer.size() - static_cast<int>( stream.avail_out ) );
      }
      inflateEnd( &stream );
      *bytes = result;
      return true;
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
    QVector<Column> meters;      //!< customer meters (AMR) at junctions, L/h
    QVector<double> meterValues; //!< meterRows x meters
    int meterRows = 0;
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
        const qint64 stepOfWeek = ( t - weekStart( t ) ) / kStepMs;
        if ( rows > 0 )
        {
          const int row = static_cast<int>( stepOfWeek % rows );
          QByteArray json( "[" );
          for ( int c = 0; c < columns.size(); ++c )
            appendObservation( json, columns.at( c ).sensor, time, values.at( row * columns.size() + c ),
                               columns.at( c ).unit.constData() );
          json += ']';
          payloads << json;
        }
        if ( meterRows > 0 )
        {
          // the customer meters, read by their own gateway: one message per time step
          const int row = static_cast<int>( stepOfWeek % meterRows );
          QByteArray json( "[" );
          for ( int c = 0; c < meters.size(); ++c )
            appendObservation( json, meters.at( c ).sensor, time, meterValues.at( row * meters.size() + c ),
                               meters.at( c ).unit.constData() );
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

  QString ReplayFeed::defaultCustomerMeterPath()
  {
    return QStringLiteral( ":/vigie/feeds/ltown-amr-week.csv.gz" );
  }

  bool ReplayFeed::loadCustomerMeters( const QString &path, QString *errorMessage )
  {
    const QString shown = QDir::toNativeSeparators( path );
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return false;
    };
    QByteArray bytes;
    if ( !readMaybeGzip( path, &bytes, errorMessage ) )
      return false;
    const QList<QByteArray> lines = bytes.split( '\n' );
    const QStringList header = QString::fromUtf8( lines.value( 0 ) ).trimmed().split( QLatin1Char( ',' ) );
    if ( header.size() < 2 || header.at( 0 ) != QLatin1String( "Timestamp" ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1:1: the header must be \"Timestamp,JUNCTION,...\"" ).arg( shown ) );
    QVector<Private::Column> meters;
    for ( int i = 1; i < header.size(); ++i )
    {
      if ( header.at( i ).isEmpty() )
        return fail( QCoreApplication::translate( "vigie::feeds", "%1:1: column %2 has no junction id" ).arg( shown ).arg( i + 1 ) );
      Private::Column meter;
      meter.kind = SensorKind::Flow;
      meter.assetId = header.at( i );
      meter.sensor = QStringLiteral( "ltown-amr-%1" ).arg( header.at( i ) ).toUtf8();
      meter.unit = QByteArrayLiteral( "L/h" );
      meters << meter;
    }
    QVector<double> values;
    QDateTime previous;
    int rows = 0;
    for ( int line = 1; line < lines.size(); ++line )
    {
      const QString text = QString::fromUtf8( lines.at( line ) ).trimmed();
      if ( text.isEmpty() )
        continue;
      const QStringList cells = text.split( QLatin1Char( ',' ) );
      if ( cells.size() != header.size() )
        return fail( QCoreApplication::translate( "vigie::feeds", "%1:%2: %3 values, expected %4" )
                         .arg( shown )
                         .arg( line + 1 )
                         .arg( cells.size() )
                         .arg( header.size() ) );
      // the rows are played by time of week: a Monday 00:00 first, then every 5 minutes
      QDateTime time = QDateTime::fromString( cells.at( 0 ), QStringLiteral( "yyyy-MM-dd HH:mm" ) );
      time.setTimeSpec( Qt::UTC );
      const bool expected = previous.isValid() ? time.isValid() && previous.msecsTo( time ) == kStepMs
                                               : time.isValid() && sql::toMs( time ) == weekStart( sql::toMs( time ) );
      if ( !expected )
        return fail( previous.isValid()
                         ? QCoreApplication::translate( "vigie::feeds", "%1:%2: \"%3\" is not 5 minutes after the previous row" )
                               .arg( shown )
                               .arg( line + 1 )
                               .arg( cells.at( 0 ) )
                         : QCoreApplication::translate( "vigie::feeds", "%1:%2: the first row must be a Monday 00:00 (\"%3\")" )
                               .arg( shown )
                               .arg( line + 1 )
                               .arg( cells.at( 0 ) ) );
      previous = time;
      for ( int i = 1; i < cells.size(); ++i )
      {
        bool ok = false;
        const double value = cells.at( i ).toDouble( &ok );
        if ( !ok || !std::isfinite( value ) )
          return fail( QCoreApplication::translate( "vigie::feeds", "%1:%2: column %3: \"%4\" is not a number" )
                           .arg( shown )
                           .arg( line + 1 )
                           .arg( header.at( i ), cells.at( i ) ) );
        values << value;
      }
      ++rows;
    }
    if ( rows == 0 )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: no readings" ).arg( shown ) );
    d->meters = meters;
    d->meterValues = values;
    d->meterRows = rows;
    return true;
  }

  QList<AlarmRule> ReplayFeed::defaultAlarmRules()
  {
    // thresholds from the SCADA week (resources/feeds): the lowest node (n1) runs at 27.2-29.3 m and
    // drops under 28 m at the demand peaks, the highest (n613, n332) touch 57 m at night, tank T1
    // ranges 2.4-3.9 m; readings come every 5 minutes
    auto rule = []( const QString &name, AlarmRuleType type, SensorKind kind, double threshold, AlarmSeverity severity )
    {
      AlarmRule r;
      r.name = name;
      r.type = type;
      r.kind = kind;
      r.threshold = threshold;
      r.severity = severity;
      return r;
    };
    AlarmRule silent = rule( QCoreApplication::translate( "vigie::feeds", "Pressure sensor silent for 30 minutes" ), AlarmRuleType::Stale,
                             SensorKind::Pressure, 0, AlarmSeverity::Warning );
    silent.minutes = 30;
    const QList<AlarmRule> rules{ rule( QCoreApplication::translate( "vigie::feeds", "Low pressure (below 28 m)" ), AlarmRuleType::Below,
                                        SensorKind::Pressure, 28, AlarmSeverity::Warning ),
                                  rule( QCoreApplication::translate( "vigie::feeds", "High pressure (above 57 m)" ), AlarmRuleType::Above,
                                        SensorKind::Pressure, 57, AlarmSeverity::Info ),
                                  rule( QCoreApplication::translate( "vigie::feeds", "Low tank level (below 2.5 m)" ), AlarmRuleType::Below,
                                        SensorKind::Level, 2.5, AlarmSeverity::Critical ),
                                  silent };
    return rules;
  }

  bool ReplayFeed::prepare( ObservationStore &store, QString *errorMessage )
  {
    // the built-in week: SCADA and customer meters (a SCADA file loaded by the caller comes alone)
    if ( d->rows == 0 && ( !loadScada( defaultScadaPath(), errorMessage ) ||
                           ( d->meterRows == 0 && !loadCustomerMeters( defaultCustomerMeterPath(), errorMessage ) ) ) )
      return false;
    SqlConnection *db = store.handle();
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
      while ( q.isValid() && q.step() == sql::kRow )
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
    // customer meters: a flow sensor at its junction
    for ( const Private::Column &meter : std::as_const( d->meters ) )
    {
      SensorInfo info;
      info.id = QString::fromUtf8( meter.sensor );
      info.kind = meter.kind;
      if ( junctions.contains( meter.assetId ) )
      {
        info.layer = QStringLiteral( "water_junctions" );
        info.fid = junctions.value( meter.assetId );
      }
      sensors << info;
    }

    // lighting: one controller per dimmable luminaire
    d->lamps.clear();
    if ( tableExists( db, "lighting_luminaires" ) )
    {
      Statement q( db, "SELECT fid, support_id, power_w FROM lighting_luminaires WHERE control IN ('DALI', '1-10V') ORDER BY fid" );
      while ( q.isValid() && q.step() == sql::kRow )
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
      while ( q.isValid() && q.step() == sql::kRow )
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

    // the first run on this territory (none of the replay's sensors known yet) brings the demo alarm rules
    SensorInfo known;
    const bool firstRun = !sensors.isEmpty() && !store.sensor( sensors.first().id, &known );
    if ( !store.registerSensors( sensors, errorMessage ) )
      return false;
    if ( firstRun && store.alarms() && store.alarms()->rules().isEmpty() )
    {
      for ( AlarmRule rule : defaultAlarmRules() )
      {
        if ( !store.alarms()->addRule( rule, errorMessage ) )
          return false;
      }
    }
    d->sensorIds.clear();
    for ( const SensorInfo &info : std::as_const( sensors ) )
    {
      d->sensorIds << info.id;
      if ( info.isBound() )
        ++d->bound;
    }
    logMessage( LogLevel::Info, QStringLiteral( "feeds" ),
                QCoreApplication::translate( "vigie::feeds",
                                             "replay feed: %1 sensors (%2 bound to assets): %3 SCADA, %4 customer meters, %5 lamp "
                                             "controllers, %6 bins" )
                    .arg( sensors.size() )
                    .arg( d->bound )
                    .arg( d->columns.size() )
                    .arg( d->meters.size() )
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
