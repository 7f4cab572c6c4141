// SPDX-License-Identifier: GPL-2.0-or-later
#include "observationstore.h"

#include "alarms.h"
#include "componentversion.h"
#include "feedssql.h"
#include "log.h"
#include "territory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <memory>
#include <vector>

namespace vigie::feeds
{
  using sql::Statement;

  namespace
  {
    const QString kTopic = QStringLiteral( "feeds" );
    const QString kComponent = QStringLiteral( "feeds" );
    //! 1: sensors, observations, aggregates, alarms; 2: feeds_settings (the raw retention period).
    constexpr int kFeedsSchemaVersion = 2;
    const QString kRawRetentionKey = QStringLiteral( "raw_retention_days" );
    constexpr qint64 kBucketMs = 15 * 60 * 1000;
    constexpr int kMaxErrors = 100;
    //! The sensors table gets a sensor's last value at most once a minute unless its state changes:
    //! rewriting 10,000 sensor rows per batch would double the write cost. The in-memory view is
    //! always exact; open() takes the newest stored observation of each sensor.
    constexpr qint64 kLastValueWriteMs = 60 * 1000;

    //! PostgreSQL: from this many sensor rows in a batch (new sensors, last values), one COPY into a
    //! temporary table and one INSERT/UPDATE ... FROM it instead of one statement (one round trip) per row.
    constexpr size_t kCopyMinimumRows = 8;

    //! A COPY text field: escaped text, or \N (NULL) for an empty optional value.
    void copyField( QByteArray &data, const QByteArray &utf8, bool null = false )
    {
      if ( null )
        data += "\\N";
      else
        data += SqlConnection::copyText( utf8 );
    }

    //! A COPY text number; NULL when not finite (like bindRange).
    void copyReal( QByteArray &data, double value )
    {
      if ( std::isfinite( value ) )
        data += QByteArray::number( value, 'g', 17 );
      else
        data += "\\N";
    }

    //! Opening a territory knows the feeds component (no "no loaded plugin" warning, newer schema refused).
    const bool kRegistered = []()
    {
      Territory::registerModuleComponent( QStringLiteral( "feeds" ), kFeedsSchemaVersion );
      return true;
    }();

    //! A path for messages: native separators; a "PG:" conninfo without its password.
    QString shown( const QString &path )
    {
      return SqlConnection::isPostgres( path ) ? SqlConnection::withoutPassword( path ) : QDir::toNativeSeparators( path );
    }

    /**
     * Version 1 of the feeds tables. GeoPackage: plain SQLite tables beside the layers (not in
     * gpkg_contents), so the GeoPackage stays valid and GDAL does not present them as layers.
     * PostGIS: the same tables and columns (64-bit integers, double precision, serial keys).
     */
    QStringList schemaV1( const SqlConnection &db )
    {
      const bool sqlite = db.dialect() == SqlConnection::Dialect::Sqlite;
      const QString withoutRowid = sqlite ? QStringLiteral( " WITHOUT ROWID" ) : QString();
      const QString integer = sqlite ? QStringLiteral( "INTEGER" ) : QStringLiteral( "BIGINT" );
      const QString real = db.realType();
      const QString key = db.autoIncrementKey();
      return {
          QStringLiteral( "CREATE TABLE IF NOT EXISTS feeds_sensors ("
                          " id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '',"
                          " layer TEXT, fid %1, min_value %2, max_value %2,"
                          " last_value %2, last_time %1, state TEXT NOT NULL DEFAULT 'offline', registered %1 NOT NULL)%3" )
              .arg( integer, real, withoutRowid ),
          QStringLiteral( "CREATE TABLE IF NOT EXISTS feeds_observations ("
                          " sensor TEXT NOT NULL, t %1 NOT NULL, value %2 NOT NULL, flags %1 NOT NULL DEFAULT 0,"
                          " PRIMARY KEY (sensor, t))%3" )
              .arg( integer, real, withoutRowid ),
          QStringLiteral( "CREATE TABLE IF NOT EXISTS feeds_aggregates ("
                          " sensor TEXT NOT NULL, t %1 NOT NULL, min_value %2 NOT NULL, mean_value %2 NOT NULL, max_value %2 NOT NULL,"
                          " count %1 NOT NULL, sum_value %2 NOT NULL, PRIMARY KEY (sensor, t))%3" )
              .arg( integer, real, withoutRowid ),
          QStringLiteral( "CREATE TABLE IF NOT EXISTS feeds_alarm_rules ("
                          " id %3, name TEXT NOT NULL DEFAULT '', type TEXT NOT NULL, kind TEXT, sensor TEXT,"
                          " layer TEXT, fid %1, threshold %2 NOT NULL DEFAULT 0, minutes %2 NOT NULL DEFAULT 0,"
                          " severity TEXT NOT NULL DEFAULT 'warning', enabled %1 NOT NULL DEFAULT 1)" )
              .arg( integer, real, key ),
          QStringLiteral( "CREATE TABLE IF NOT EXISTS feeds_alarms ("
                          " id %3, rule %1 NOT NULL, rule_name TEXT NOT NULL DEFAULT '', sensor TEXT NOT NULL,"
                          " layer TEXT, fid %1, severity TEXT NOT NULL, state TEXT NOT NULL, active %1 NOT NULL,"
                          " message TEXT NOT NULL DEFAULT '', value %2, raised_at %1 NOT NULL,"
                          " acknowledged_by TEXT, acknowledged_at %1, cleared_by TEXT, cleared_at %1)" )
              .arg( integer, real, key ),
          QStringLiteral( "CREATE INDEX IF NOT EXISTS feeds_alarms_open ON feeds_alarms (state, sensor)" ),
          QStringLiteral( "CREATE TABLE IF NOT EXISTS feeds_alarm_events ("
                          " id %2, alarm %1 NOT NULL, t %1 NOT NULL, event TEXT NOT NULL,"
                          " \"user\" TEXT, detail TEXT)" )
              .arg( integer, key ),
          QStringLiteral( "CREATE INDEX IF NOT EXISTS feeds_alarm_events_alarm ON feeds_alarm_events (alarm)" ),
      };
    }

    //! Version 2: settings of the feeds component (key/value rows), e.g. the raw retention period.
    QStringList schemaV2()
    {
      return { QStringLiteral( "CREATE TABLE IF NOT EXISTS feeds_settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)" ) };
    }

    //! Start of the 15-minute bucket holding \a ms (also before 1970).
    qint64 bucketStart( qint64 ms )
    {
      return ms - ( ( ( ms % kBucketMs ) + kBucketMs ) % kBucketMs );
    }

    QString stateText( SensorState state )
    {
      switch ( state )
      {
      case SensorState::Ok:
        return QStringLiteral( "ok" );
      case SensorState::Alarm:
        return QStringLiteral( "alarm" );
      case SensorState::Stale:
        return QStringLiteral( "stale" );
      case SensorState::Offline:
        break;
      }
      return QStringLiteral( "offline" );
    }

    SensorState stateFromText( const QString &text )
    {
      if ( text == QLatin1String( "ok" ) )
        return SensorState::Ok;
      if ( text == QLatin1String( "alarm" ) )
        return SensorState::Alarm;
      if ( text == QLatin1String( "stale" ) )
        return SensorState::Stale;
      return SensorState::Offline;
    }

    //! Kind of a sensor first seen in \a observation: its quantity, else the only kind its unit measures.
    SensorKind inferKind( const Observation &observation )
    {
      const SensorKind named = sensorKindFromName( observation.quantity );
      if ( named != SensorKind::Unknown || observation.unit.trimmed().isEmpty() )
        return named;
      SensorKind found = SensorKind::Unknown;
      for ( SensorKind kind : sensorKinds() )
      {
        double converted = 0;
        if ( convertToCanonical( kind, 1.0, observation.unit, &converted ) )
        {
          if ( found != SensorKind::Unknown )
            return SensorKind::Unknown; // "m": pressure or level, the user decides
          found = kind;
        }
      }
      return found;
    }

    void bindRange( Statement &statement, int index, double value )
    {
      if ( std::isfinite( value ) )
        statement.bind( index, value );
      else
        statement.bindNull( index );
    }

    //! "water:junctions" or "water_junctions" -> table name.
    QString tableName( const QString &layer )
    {
      QString table = layer.trimmed();
      const int colon = table.indexOf( QLatin1Char( ':' ) );
      if ( colon > 0 )
        table[colon] = QLatin1Char( '_' );
      return table;
    }
  } // namespace

  QString sensorStateName( SensorState state )
  {
    return stateText( state );
  }

  struct ObservationStore::Private
  {
    std::unique_ptr<SqlConnection> connection; //!< first member: destroyed after the statements
    SqlConnection *db = nullptr;
    bool postgres = false;
    QString path;
    int schemaVersion = 0; //!< of the file once opened (read-only: may be older than kFeedsSchemaVersion)
    // where applyRetentionStep() stopped: sensors before retentionSensor are done; retentionPartial:
    // retentionSensor itself still has old raw values (the step's budget ran out in it)
    QString retentionSensor;
    bool retentionPartial = false;
    QHash<QString, SensorInfo> sensors;
    QHash<QString, std::shared_ptr<Statement>> featureChecks;
    QHash<QString, qint64> persistedLastTime; //!< last_time as written in the sensors table
    Statement insertObservation;
    Statement insertSensor;
    Statement updateLast;
    Statement updateState;
    std::unique_ptr<AlarmEngine> alarms;
    ObservationStore::Durability durability = ObservationStore::Durability::Full;

    ~Private()
    {
      alarms.reset();
      featureChecks.clear();
    }

    bool loadSensors( QString *error )
    {
      sensors.clear();
      Statement q;
      if ( !q.prepare( db, "SELECT id, kind, unit, layer, fid, min_value, max_value, last_value, last_time, state FROM feeds_sensors",
                       error ) )
        return false;
      int rc;
      while ( ( rc = q.step() ) == sql::kRow )
      {
        SensorInfo info;
        info.id = q.text( 0 );
        info.kind = sensorKindFromName( q.text( 1 ) );
        info.unit = q.text( 2 );
        info.layer = q.text( 3 );
        info.fid = q.isNull( 4 ) ? -1 : q.int64( 4 );
        info.minimum = q.isNull( 5 ) ? -std::numeric_limits<double>::infinity() : q.real( 5 );
        info.maximum = q.isNull( 6 ) ? std::numeric_limits<double>::infinity() : q.real( 6 );
        info.hasLastValue = !q.isNull( 8 );
        info.lastValue = q.real( 7 );
        if ( info.hasLastValue )
          info.lastTime = sql::fromMs( q.int64( 8 ) );
        info.state = stateFromText( q.text( 9 ) );
        if ( info.hasLastValue )
          persistedLastTime.insert( info.id, q.int64( 8 ) );
        sensors.insert( info.id, info );
      }
      if ( rc != sql::kDone )
      {
        if ( error )
          *error = q.error();
        return false;
      }
      // the sensors table may lag by up to kLastValueWriteMs: the observations have the newest value
      if ( postgres )
      {
        // one query, not one round trip per sensor
        Statement all;
        if ( !all.prepare( db, "SELECT DISTINCT ON (sensor) sensor, t, value FROM feeds_observations ORDER BY sensor, t DESC", error ) )
          return false;
        while ( ( rc = all.step() ) == sql::kRow )
        {
          auto it = sensors.find( all.text( 0 ) );
          if ( it != sensors.end() && ( !it->hasLastValue || all.int64( 1 ) > sql::toMs( it->lastTime ) ) )
          {
            it->hasLastValue = true;
            it->lastTime = sql::fromMs( all.int64( 1 ) );
            it->lastValue = all.real( 2 );
          }
        }
        if ( rc != sql::kDone && error )
          *error = all.error();
        return rc == sql::kDone;
      }
      Statement newest;
      if ( !newest.prepare( db, "SELECT t, value FROM feeds_observations WHERE sensor = ? ORDER BY t DESC LIMIT 1", error ) )
        return false;
      for ( SensorInfo &info : sensors )
      {
        newest.reset();
        newest.bind( 1, info.id );
        if ( newest.step() == sql::kRow && ( !info.hasLastValue || newest.int64( 0 ) > sql::toMs( info.lastTime ) ) )
        {
          info.hasLastValue = true;
          info.lastTime = sql::fromMs( newest.int64( 0 ) );
          info.lastValue = newest.real( 1 );
        }
      }
      return true;
    }

    bool insertSensorRow( const SensorInfo &info, QString *error )
    {
      if ( !insertSensor.isValid() &&
           !insertSensor.prepare( db,
                                  "INSERT INTO feeds_sensors (id, kind, unit, layer, fid, min_value, max_value, last_value, "
                                  "last_time, state, registered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, unit = excluded.unit, layer = excluded.layer,"
                                  " fid = excluded.fid, min_value = excluded.min_value, max_value = excluded.max_value,"
                                  " last_value = excluded.last_value, last_time = excluded.last_time, state = excluded.state,"
                                  " registered = excluded.registered",
                                  error ) )
        return false;
      Statement &s = insertSensor;
      s.reset();
      s.bind( 1, info.id );
      s.bind( 2, info.kind == SensorKind::Unknown ? QStringLiteral( "unknown" ) : sensorKindName( info.kind ) );
      s.bind( 3, info.unit );
      s.bindOptional( 4, info.layer );
      if ( info.isBound() )
        s.bind( 5, info.fid );
      else
        s.bindNull( 5 );
      bindRange( s, 6, info.minimum );
      bindRange( s, 7, info.maximum );
      if ( info.hasLastValue )
      {
        s.bind( 8, info.lastValue );
        s.bind( 9, sql::toMs( info.lastTime ) );
      }
      else
      {
        s.bindNull( 8 );
        s.bindNull( 9 );
      }
      s.bind( 10, stateText( info.state ) );
      s.bind( 11, QDateTime::currentMSecsSinceEpoch() );
      return s.run( error );
    }

    /**
     * PostgreSQL: the rows of insertSensorRow() for many sensors at once (the first minutes of a feed
     * register thousands): COPY into a temporary table, then one upsert from it, in the caller's transaction.
     */
    bool copySensorRows( const std::deque<SensorInfo> &infos, QString *error )
    {
      QByteArray data;
      data.reserve( static_cast<int>( infos.size() ) * 64 );
      const QByteArray registered = QByteArray::number( QDateTime::currentMSecsSinceEpoch() );
      for ( const SensorInfo &info : infos )
      {
        copyField( data, info.id.toUtf8() );
        data += '\t';
        copyField( data, ( info.kind == SensorKind::Unknown ? QStringLiteral( "unknown" ) : sensorKindName( info.kind ) ).toUtf8() );
        data += '\t';
        copyField( data, info.unit.toUtf8() );
        data += '\t';
        copyField( data, info.layer.toUtf8(), info.layer.isEmpty() );
        data += '\t';
        copyField( data, QByteArray::number( info.fid ), !info.isBound() );
        data += '\t';
        copyReal( data, info.minimum );
        data += '\t';
        copyReal( data, info.maximum );
        data += '\t';
        copyField( data, QByteArray::number( info.lastValue, 'g', 17 ), !info.hasLastValue );
        data += '\t';
        copyField( data, QByteArray::number( sql::toMs( info.lastTime ) ), !info.hasLastValue );
        data += '\t';
        copyField( data, stateText( info.state ).toUtf8() );
        data += '\t';
        data += registered;
        data += '\n';
      }
      return db->execute( QStringLiteral( "CREATE TEMPORARY TABLE IF NOT EXISTS feeds_incoming_sensors (id TEXT, kind TEXT, unit TEXT,"
                                          " layer TEXT, fid BIGINT, min_value DOUBLE PRECISION, max_value DOUBLE PRECISION,"
                                          " last_value DOUBLE PRECISION, last_time BIGINT, state TEXT, registered BIGINT)"
                                          " ON COMMIT DELETE ROWS" ),
                          QVariantList(), error ) &&
             db->copyIn( QStringLiteral( "COPY feeds_incoming_sensors FROM STDIN" ), data, error ) &&
             db->execute( QStringLiteral( "INSERT INTO feeds_sensors (id, kind, unit, layer, fid, min_value, max_value, last_value,"
                                          " last_time, state, registered) SELECT * FROM feeds_incoming_sensors"
                                          " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, unit = excluded.unit,"
                                          " layer = excluded.layer, fid = excluded.fid, min_value = excluded.min_value,"
                                          " max_value = excluded.max_value, last_value = excluded.last_value,"
                                          " last_time = excluded.last_time, state = excluded.state, registered = excluded.registered" ),
                          QVariantList(), error );
    }

    //! PostgreSQL: last value, time and state of many sensors at once (COPY, then one UPDATE ... FROM).
    bool copyLastValues( const QByteArray &data, QString *error )
    {
      return db->execute( QStringLiteral( "CREATE TEMPORARY TABLE IF NOT EXISTS feeds_incoming_last (id TEXT, last_value DOUBLE PRECISION,"
                                          " last_time BIGINT, state TEXT) ON COMMIT DELETE ROWS" ),
                          QVariantList(), error ) &&
             db->copyIn( QStringLiteral( "COPY feeds_incoming_last FROM STDIN" ), data, error ) &&
             db->execute( QStringLiteral( "UPDATE feeds_sensors s SET last_value = l.last_value, last_time = l.last_time, state = l.state"
                                          " FROM feeds_incoming_last l WHERE s.id = l.id" ),
                          QVariantList(), error );
    }

    //! Checks that (layer, fid) is a feature of the territory; \a table gets the table name.
    bool checkAsset( const QString &layer, qint64 fid, QString *table, QString *error )
    {
      auto fail = [&]( const QString &reason )
      {
        if ( error )
          *error = reason;
        return false;
      };
      *table = tableName( layer );
      auto known = featureChecks.find( *table );
      if ( known == featureChecks.end() )
      {
        Statement q;
        if ( !q.prepare( db,
                         postgres ? "SELECT 1 FROM geometry_columns WHERE f_table_schema = current_schema() AND f_table_name = ?"
                                  : "SELECT 1 FROM gpkg_contents WHERE table_name = ? AND data_type = 'features'",
                         error ) )
          return false;
        q.bind( 1, *table );
        if ( q.step() != sql::kRow )
          return fail( QCoreApplication::translate( "vigie::feeds", "%1: no asset layer '%2'" ).arg( shown( path ), layer ) );
        // the primary key of a feature table is its integer "fid" column (whatever its name)
        QString pk;
        Statement columns;
        if ( postgres )
        {
          if ( !columns.prepare( db,
                                 "SELECT a.attname, 1, 2, 3, 4, 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                                 " AND a.attnum = ANY(i.indkey) WHERE i.indisprimary AND i.indrelid = ?::regclass",
                                 error ) )
            return false;
          columns.bind( 1, SqlConnection::quoteIdentifier( *table ) );
        }
        else if ( !columns.prepare( db, QStringLiteral( "PRAGMA table_info(\"%1\")" ).arg( *table ), error ) )
          return false;
        while ( columns.step() == sql::kRow )
        {
          if ( postgres )
            pk = columns.text( 0 );
          else if ( columns.int64( 5 ) == 1 )
            pk = columns.text( 1 );
        }
        if ( pk.isEmpty() )
          return fail( QCoreApplication::translate( "vigie::feeds", "%1: layer '%2' has no primary key" ).arg( shown( path ), layer ) );
        auto check = std::make_shared<Statement>();
        if ( !check->prepare( db, QStringLiteral( "SELECT 1 FROM \"%1\" WHERE \"%2\" = ?" ).arg( *table, pk ), error ) )
          return false;
        known = featureChecks.insert( *table, check );
      }
      Statement &feature = **known;
      feature.reset();
      feature.bind( 1, fid );
      const bool found = feature.step() == sql::kRow;
      feature.reset();
      if ( !found )
        return fail(
            QCoreApplication::translate( "vigie::feeds", "%1: layer '%2' has no feature %3" ).arg( shown( path ), layer ).arg( fid ) );
      return true;
    }

    bool begin( QString *error ) { return sql::begin( db, error ); }
    void rollback() { sql::rollback( db ); }
  };

  ObservationStore::ObservationStore() : d( new Private ) {}

  ObservationStore::~ObservationStore() = default;

  int ObservationStore::schemaVersion()
  {
    return kFeedsSchemaVersion;
  }

  std::unique_ptr<ObservationStore> ObservationStore::open( const QString &territoryPath, QString *errorMessage )
  {
    return openFile( territoryPath, errorMessage, false, nullptr );
  }

  std::unique_ptr<ObservationStore> ObservationStore::openReadOnly( const QString &territoryPath, QString *errorMessage,
                                                                    bool *hasNoFeedsTables )
  {
    return openFile( territoryPath, errorMessage, true, hasNoFeedsTables );
  }

  std::unique_ptr<ObservationStore> ObservationStore::openFile( const QString &territoryPath, QString *errorMessage, bool readOnly,
                                                                bool *noFeedsTables )
  {
    if ( noFeedsTables )
      *noFeedsTables = false;
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return nullptr;
    };
    const bool postgres = SqlConnection::isPostgres( territoryPath );
    if ( !postgres )
    {
      const QFileInfo info( territoryPath );
      if ( !info.exists() )
        return fail( QCoreApplication::translate( "vigie::feeds", "%1 does not exist" ).arg( shown( territoryPath ) ) );
      if ( !info.isFile() )
        return fail( QCoreApplication::translate( "vigie::feeds", "%1 is not a file" ).arg( shown( territoryPath ) ) );
    }

    std::unique_ptr<ObservationStore> store( new ObservationStore );
    Private &d = *store->d;
    d.path = territoryPath;
    d.postgres = postgres;
    QString reason;
    // other connections (the app's GDAL dataset, a second vigie-cli) may hold the write lock briefly:
    // SqlConnection waits up to 10 s on a busy GeoPackage
    d.connection =
        SqlConnection::open( territoryPath, readOnly ? SqlConnection::Mode::ReadOnlyShared : SqlConnection::Mode::ReadWrite, &reason );
    if ( !d.connection )
      return fail(
          postgres ? QCoreApplication::translate( "vigie::feeds", "%1: cannot connect to PostgreSQL: %2" ).arg( shown( d.path ), reason )
                   : QCoreApplication::translate( "vigie::feeds", "%1: cannot open: %2" ).arg( shown( d.path ), reason ) );
    d.db = d.connection.get();

    const QStringList tables = d.db->tables( &reason );
    if ( tables.isEmpty() && !reason.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: not a GeoPackage or corrupt: %2" ).arg( shown( d.path ), reason ) );
    if ( !tables.contains( QStringLiteral( "vigie_schema" ) ) || ( !postgres && !tables.contains( QStringLiteral( "gpkg_contents" ) ) ) )
      return fail(
          postgres
              ? QCoreApplication::translate( "vigie::feeds", "%1 is not a Vigie territory (no vigie_schema table)" ).arg( shown( d.path ) )
              : QCoreApplication::translate( "vigie::feeds", "%1 is not a Vigie territory (no vigie_schema or gpkg_contents table)" )
                    .arg( shown( d.path ) ) );

    // WAL: readers (map, charts) never block the writer. synchronous=FULL: the WAL is synced at
    // every commit, so a batch store() reported as stored survives a power cut, not only a crash;
    // this is what lets the MQTT client acknowledge a message once store() returned true.
    // (PostgreSQL: a commit is durable once acknowledged, synchronous_commit = on by default.)
    if ( !readOnly && !postgres &&
         ( !sql::exec( d.db, QStringLiteral( "PRAGMA journal_mode=WAL" ), &reason ) ||
           !sql::exec( d.db, QStringLiteral( "PRAGMA synchronous=FULL" ), &reason ) ||
           !sql::exec( d.db, QStringLiteral( "PRAGMA cache_size=-65536" ), &reason ) ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot switch to WAL: %2" ).arg( shown( d.path ), reason ) );

    int stored = 0;
    if ( !componentVersion( *d.db, kComponent, &stored, &reason ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot read vigie_schema: %2" ).arg( shown( d.path ), reason ) );
    if ( !supportedComponentVersion(
             stored, kFeedsSchemaVersion,
             QCoreApplication::translate( "vigie::feeds",
                                          "%1 was written by a newer Vigie (component feeds schema %2, this version supports %3)" )
                 .arg( shown( d.path ) ),
             &reason ) )
      return fail( reason );
    d.schemaVersion = stored;
    // read-only: a file of an older feeds schema is read as it is (version 1 has every table the
    // read-back needs; its retention period is the default)
    if ( stored == 0 && readOnly )
    {
      if ( noFeedsTables )
        *noFeedsTables = true;
      return fail( QCoreApplication::translate( "vigie::feeds", "%1 has no sensor data yet (no feeds tables)" ).arg( shown( d.path ) ) );
    }
    if ( stored < kFeedsSchemaVersion && !readOnly )
    {
      // forward migrations, one transaction: version 0 (no feeds tables) -> 1 -> 2
      if ( !d.begin( &reason ) )
        return fail(
            QCoreApplication::translate( "vigie::feeds", "%1: cannot start the feeds migration: %2" ).arg( shown( d.path ), reason ) );
      const QList<QStringList> steps = { schemaV1( *d.db ), schemaV2() };
      for ( int version = stored + 1; version <= kFeedsSchemaVersion; ++version )
      {
        for ( const QString &statement : steps.at( version - 1 ) )
        {
          if ( !sql::exec( d.db, statement, &reason ) )
          {
            d.rollback();
            return fail( QCoreApplication::translate( "vigie::feeds", "%1: migration of feeds to schema %2 failed: %3" )
                             .arg( shown( d.path ) )
                             .arg( version )
                             .arg( reason ) );
          }
        }
      }
      if ( !writeComponentVersion( *d.db, kComponent, stored, kFeedsSchemaVersion, &reason ) ||
           !sql::exec( d.db, QStringLiteral( "COMMIT" ), &reason ) )
      {
        d.rollback();
        return fail( QCoreApplication::translate( "vigie::feeds", "%1: migration of feeds to schema %2 failed: %3" )
                         .arg( shown( d.path ) )
                         .arg( kFeedsSchemaVersion )
                         .arg( reason ) );
      }
      logMessage( LogLevel::Info, kTopic,
                  stored == 0 ? QCoreApplication::translate( "vigie::feeds", "%1: feeds tables created (schema %2)" )
                                    .arg( shown( d.path ) )
                                    .arg( kFeedsSchemaVersion )
                              : QCoreApplication::translate( "vigie::feeds", "%1: feeds tables migrated from schema %2 to %3" )
                                    .arg( shown( d.path ) )
                                    .arg( stored )
                                    .arg( kFeedsSchemaVersion ) );
      d.schemaVersion = kFeedsSchemaVersion;
    }

    if ( !d.insertObservation.prepare( d.db,
                                       postgres ? "INSERT INTO feeds_observations (sensor, t, value, flags) VALUES (?, ?, ?, ?)"
                                                  " ON CONFLICT DO NOTHING"
                                                : "INSERT OR IGNORE INTO feeds_observations (sensor, t, value, flags) VALUES (?, ?, ?, ?)",
                                       &reason ) ||
         !d.updateLast.prepare( d.db, "UPDATE feeds_sensors SET last_value = ?, last_time = ?, state = ? WHERE id = ?", &reason ) ||
         !d.updateState.prepare( d.db, "UPDATE feeds_sensors SET state = ? WHERE id = ?", &reason ) || !d.loadSensors( &reason ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot read the feeds tables: %2" ).arg( shown( d.path ), reason ) );

    d.alarms.reset( new AlarmEngine( store.get() ) );
    if ( !d.alarms->reload( &reason ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot read the alarms: %2" ).arg( shown( d.path ), reason ) );
    return store;
  }

  bool ObservationStore::setDurability( Durability durability, QString *errorMessage )
  {
    QString reason;
    // PostgreSQL: synchronous_commit off = the commit returns before the server's WAL flush (a server
    // crash may lose the last commits, a client crash nothing), the same promise as SQLite's NORMAL
    const QString pragma = d->postgres ? ( durability == Durability::Full ? QStringLiteral( "SET synchronous_commit = on" )
                                                                          : QStringLiteral( "SET synchronous_commit = off" ) )
                                       : ( durability == Durability::Full ? QStringLiteral( "PRAGMA synchronous=FULL" )
                                                                          : QStringLiteral( "PRAGMA synchronous=NORMAL" ) );
    if ( !sql::exec( d->db, pragma, &reason ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::feeds", "%1: cannot change the durability: %2" ).arg( shown( d->path ), reason );
      return false;
    }
    d->durability = durability;
    return true;
  }

  ObservationStore::Durability ObservationStore::durability() const
  {
    return d->durability;
  }

  QString ObservationStore::path() const
  {
    return d->path;
  }

  SqlConnection *ObservationStore::handle() const
  {
    return d->db;
  }

  AlarmEngine *ObservationStore::alarms()
  {
    return d->alarms.get();
  }

  bool ObservationStore::store( const QList<Observation> &observations, StoreResult *result, QString *errorMessage )
  {
    return storeParts( QList<QList<Observation>>{ observations }, result, errorMessage );
  }

  bool ObservationStore::storeParts( const QList<QList<Observation>> &parts, StoreResult *result, QString *errorMessage )
  {
    StoreResult local;
    StoreResult &r = result ? *result : local;
    r = StoreResult();
    qsizetype total = 0;
    for ( const QList<Observation> &part : parts )
      total += part.size();
    if ( total == 0 )
      return true;

    //! One sensor of the batch: looked up once, whatever its number of values.
    struct Slot
    {
      QString id;
      QByteArray utf8;
      const SensorInfo *info = nullptr;
      int rank = 0;
      // unit conversion of the last unit seen (a sensor keeps its unit: one conversion lookup per batch)
      bool hasUnit = false;
      QString unit;
      bool unitOk = false;
      QString canonical;
      bool converted = false;
      double factor = 1;
      double offset = 0;
      // newest value (alarm rules, sensors table)
      double lastValue = 0;
      qint64 lastT = std::numeric_limits<qint64>::min();
      bool changed = false;
      SensorState state = SensorState::Ok;
    };
    //! One value, small enough to sort fast; the observation itself is not copied.
    struct Row
    {
      int slot;
      int rank;
      qint64 t;
      qint64 order;
      double value;
      int flags;
      const Observation *source;
    };
    auto reject = [&r]( const QString &message )
    {
      ++r.rejected;
      if ( r.errors.size() < kMaxErrors )
        r.errors << message;
    };

    // 1. checks and unit conversion, without touching the file
    std::deque<SensorInfo> newSensors; // stable addresses
    std::vector<Slot> slots;
    QHash<QString, int> slotOf;
    slotOf.reserve( int( std::min<qsizetype>( total, 1 << 20 ) ) );
    std::vector<Row> rows;
    rows.reserve( static_cast<size_t>( total ) );
    qint64 order = 0;
    for ( const QList<Observation> &part : parts )
    {
      for ( const Observation &incoming : part )
      {
        ++order;
        const QString &id = incoming.sensorId;
        if ( id.isEmpty() || ( ( id.front().isSpace() || id.back().isSpace() ) && id.trimmed().isEmpty() ) )
        {
          reject( QCoreApplication::translate( "vigie::feeds", "observation without sensor id" ) );
          continue;
        }
        if ( !incoming.time.isValid() )
        {
          reject( QCoreApplication::translate( "vigie::feeds", "sensor %1: observation without a valid time" ).arg( id ) );
          continue;
        }
        auto found = slotOf.constFind( id );
        if ( found == slotOf.constEnd() )
        {
          Slot slot;
          slot.id = id;
          slot.utf8 = id.toUtf8();
          auto known = d->sensors.constFind( id );
          if ( known != d->sensors.constEnd() )
            slot.info = &known.value();
          else
          {
            SensorInfo created;
            created.id = id;
            created.kind = inferKind( incoming );
            created.unit = created.kind == SensorKind::Unknown ? incoming.unit : canonicalUnit( created.kind );
            const ValueRange range = plausibleRange( created.kind );
            created.minimum = range.minimum;
            created.maximum = range.maximum;
            created.state = SensorState::Offline;
            newSensors.push_back( created );
            slot.info = &newSensors.back();
          }
          if ( slot.info->hasLastValue )
          {
            slot.lastValue = slot.info->lastValue;
            slot.lastT = sql::toMs( slot.info->lastTime );
          }
          found = slotOf.insert( id, static_cast<int>( slots.size() ) );
          slots.push_back( std::move( slot ) );
        }
        Slot &slot = slots[size_t( *found )];
        const SensorInfo *info = slot.info;
        double value = incoming.value;
        int flags = incoming.flags;
        if ( info->kind != SensorKind::Unknown )
        {
          if ( !slot.hasUnit || slot.unit != incoming.unit )
          {
            slot.unit = incoming.unit;
            slot.hasUnit = true;
            slot.unitOk = canonicalConversion( info->kind, incoming.unit, &slot.factor, &slot.offset );
            slot.canonical = canonicalUnit( info->kind );
            slot.converted = !incoming.unit.trimmed().isEmpty() && incoming.unit != slot.canonical;
          }
          if ( !slot.unitOk || !std::isfinite( value ) )
          {
            Observation copy = incoming; // the precise reason
            QString reason;
            normalizeObservation( copy, info->kind, &reason );
            reject( reason );
            continue;
          }
          if ( slot.converted )
            flags |= Converted;
          value = value * slot.factor + slot.offset;
        }
        else if ( !std::isfinite( value ) )
        {
          reject( QCoreApplication::translate( "vigie::feeds", "sensor %1: value %2 is not a finite number" ).arg( id ).arg( value ) );
          continue;
        }
        if ( value < info->minimum || value > info->maximum )
          flags |= OutOfRange;
        else
          flags &= ~OutOfRange;
        rows.push_back( { *found, 0, sql::toMs( incoming.time ), order, value, flags, &incoming } );
      }
    }
    // sorted by key: B-tree inserts in order, and each sensor's values in time order for the alarm rules
    {
      std::vector<int> byKey( slots.size() );
      for ( size_t i = 0; i < slots.size(); ++i )
        byKey[i] = static_cast<int>( i );
      std::sort( byKey.begin(), byKey.end(), [&slots]( int a, int b ) { return slots[size_t( a )].utf8 < slots[size_t( b )].utf8; } );
      for ( size_t i = 0; i < byKey.size(); ++i )
        slots[size_t( byKey[i] )].rank = static_cast<int>( i );
      for ( Row &row : rows )
        row.rank = slots[size_t( row.slot )].rank;
      std::sort( rows.begin(), rows.end(),
                 []( const Row &a, const Row &b )
                 { return a.rank != b.rank ? a.rank < b.rank : ( a.t != b.t ? a.t < b.t : a.order < b.order ); } );
    }

    // 2. one transaction
    QString reason;
    auto fail = [&]( const QString &why )
    {
      QString ignored;
      if ( !d->db->isBroken() )
      {
        d->rollback();
        d->alarms->reload( &ignored );
      }
      r.stored = r.duplicates = r.outOfRange = r.unboundRegistered = 0;
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: observations not stored (batch of %2 rolled back): %3" )
                            .arg( shown( d->path ) )
                            .arg( total )
                            .arg( why );
      return false;
    };
    // the PostgreSQL server went away (restart, network): connect again; the caller's batch is
    // still in its journal, so nothing is lost while this fails (IngestService retries with backoff)
    if ( d->db->isBroken() )
    {
      if ( !d->db->reconnect( &reason ) )
        return fail(
            QCoreApplication::translate( "vigie::feeds", "the database connection is lost and cannot be restored yet: %1" ).arg( reason ) );
      if ( !d->alarms->reload( &reason ) )
        return fail( reason );
      logMessage( LogLevel::Info, kTopic, QCoreApplication::translate( "vigie::feeds", "%1: connected again" ).arg( shown( d->path ) ) );
    }
    if ( !d->begin( &reason ) )
      return fail( reason );
    // alarms acknowledged, cleared or raised through another connection (the app, another desktop, the
    // ingest service): reloaded inside this transaction, before the rules run (cheap when nothing changed)
    if ( !d->alarms->refresh( nullptr, &reason ) )
      return fail( reason );
    if ( d->postgres && newSensors.size() >= kCopyMinimumRows )
    {
      if ( !d->copySensorRows( newSensors, &reason ) )
        return fail( reason );
    }
    else
    {
      for ( const SensorInfo &created : newSensors )
      {
        if ( !d->insertSensorRow( created, &reason ) )
          return fail( reason );
      }
    }
    r.unboundRegistered = static_cast<int>( newSensors.size() );

    // PostgreSQL: the batch goes by COPY into a temporary table (one stream, no SQL to parse per
    // value), then one INSERT ... SELECT ... ON CONFLICT DO NOTHING RETURNING: the returned keys say
    // which rows are new, the others are duplicates (a repeat inside the batch: the first one wins)
    std::vector<char> isNew;
    if ( d->postgres && !rows.empty() )
    {
      isNew.assign( rows.size(), 0 );
      QByteArray data;
      data.reserve( static_cast<int>( rows.size() ) * 48 );
      std::vector<QByteArray> escaped( slots.size() );
      for ( size_t i = 0; i < rows.size(); ++i )
      {
        const Row &row = rows[i];
        QByteArray &sensor = escaped[size_t( row.slot )];
        if ( sensor.isEmpty() )
          sensor = SqlConnection::copyText( slots[size_t( row.slot )].utf8 );
        data += QByteArray::number( qulonglong( i ) );
        data += '\t';
        data += sensor;
        data += '\t';
        data += QByteArray::number( row.t );
        data += '\t';
        data += QByteArray::number( row.value, 'g', 17 );
        data += '\t';
        data += QByteArray::number( row.flags );
        data += '\n';
      }
      QList<SqlConnection::Row> returned;
      if ( !d->db->execute( QStringLiteral( "CREATE TEMPORARY TABLE IF NOT EXISTS feeds_incoming (n BIGINT, sensor TEXT, t BIGINT,"
                                            " value DOUBLE PRECISION, flags BIGINT) ON COMMIT DELETE ROWS" ),
                            QVariantList(), &reason ) ||
           !d->db->copyIn( QStringLiteral( "COPY feeds_incoming (n, sensor, t, value, flags) FROM STDIN" ), data, &reason ) ||
           !d->db->query( QStringLiteral( "INSERT INTO feeds_observations (sensor, t, value, flags)"
                                          " SELECT sensor, t, value, flags FROM feeds_incoming ORDER BY n"
                                          " ON CONFLICT DO NOTHING RETURNING sensor, t" ),
                          QVariantList(), &returned, &reason ) )
        return fail( reason );
      QHash<QString, QSet<qint64>> keys;
      for ( const SqlConnection::Row &key : std::as_const( returned ) )
        keys[key.value( 0 ).toString()].insert( key.value( 1 ).toLongLong() );
      for ( size_t i = 0; i < rows.size(); ++i )
      {
        auto it = keys.find( slots[size_t( rows[i].slot )].id );
        isNew[i] = it != keys.end() && it->remove( rows[i].t ) ? 1 : 0; // a repeat in the batch: once
      }
    }

    const bool evaluate = d->alarms->hasArrivalRules();
    SqlStatement *insert = d->insertObservation.get();
    for ( size_t i = 0; i < rows.size(); ++i )
    {
      const Row &row = rows[i];
      Slot &slot = slots[size_t( row.slot )];
      bool stored = false;
      if ( d->postgres )
        stored = isNew[i];
      else
      {
        insert->bindStaticText( 1, slot.utf8 );
        insert->bind( 2, row.t );
        insert->bind( 3, row.value );
        insert->bind( 4, static_cast<qint64>( row.flags ) );
        const SqlStatement::Step rc = insert->step();
        insert->reset();
        if ( rc != SqlStatement::Step::Done )
          return fail( insert->error() );
        stored = insert->changes() != 0;
      }
      if ( !stored )
      {
        ++r.duplicates;
        continue;
      }
      ++r.stored;
      if ( row.flags & OutOfRange )
        ++r.outOfRange;
      if ( row.t > slot.lastT )
      {
        if ( evaluate )
        {
          // the rules see the observation as stored: canonical unit and kind, flags
          Observation observation = *row.source;
          observation.value = row.value;
          observation.flags = row.flags;
          if ( slot.info->kind != SensorKind::Unknown )
          {
            observation.unit = slot.canonical;
            observation.quantity = sensorKindName( slot.info->kind );
          }
          int raised = 0;
          const QDateTime previousTime = slot.lastT == std::numeric_limits<qint64>::min() ? QDateTime() : sql::fromMs( slot.lastT );
          if ( !d->alarms->evaluateArrival( *slot.info, observation, slot.lastValue, previousTime, &raised, &reason ) )
            return fail( reason );
        }
        slot.lastValue = row.value;
        slot.lastT = row.t;
        slot.changed = true;
      }
    }
    insert->clearBindings();

    // 3. last value and state of each sensor that got a newer value (see kLastValueWriteMs)
    std::vector<int> persisted;
    QByteArray lastRows; // PostgreSQL, many rows: one COPY (see kCopyMinimumRows)
    std::vector<int> pending;
    for ( size_t i = 0; i < slots.size(); ++i )
    {
      Slot &slot = slots[i];
      if ( !slot.changed )
        continue;
      slot.state = static_cast<SensorState>( d->alarms->sensorStateFromAlarms( slot.id ) );
      const bool isNew = !d->sensors.contains( slot.id );
      const SensorState previous = isNew ? SensorState::Offline : slot.info->state;
      auto written = d->persistedLastTime.constFind( slot.id );
      if ( slot.state == previous && written != d->persistedLastTime.constEnd() && slot.lastT - *written < kLastValueWriteMs )
        continue;
      persisted.push_back( static_cast<int>( i ) );
      if ( d->postgres )
      {
        pending.push_back( static_cast<int>( i ) );
        continue;
      }
      Statement &u = d->updateLast;
      u.reset();
      u.bind( 1, slot.lastValue );
      u.bind( 2, slot.lastT );
      u.bind( 3, stateText( slot.state ) );
      u.get()->bindStaticText( 4, slot.utf8 );
      if ( !u.run( &reason ) )
        return fail( reason );
    }
    if ( pending.size() >= kCopyMinimumRows )
    {
      lastRows.reserve( static_cast<int>( pending.size() ) * 48 );
      for ( int i : pending )
      {
        const Slot &slot = slots[size_t( i )];
        lastRows += SqlConnection::copyText( slot.utf8 );
        lastRows += '\t';
        copyReal( lastRows, slot.lastValue );
        lastRows += '\t';
        lastRows += QByteArray::number( slot.lastT );
        lastRows += '\t';
        lastRows += stateText( slot.state ).toUtf8();
        lastRows += '\n';
      }
      if ( !d->copyLastValues( lastRows, &reason ) )
        return fail( reason );
    }
    else
    {
      for ( int i : pending )
      {
        const Slot &slot = slots[size_t( i )];
        Statement &u = d->updateLast;
        u.reset();
        u.bind( 1, slot.lastValue );
        u.bind( 2, slot.lastT );
        u.bind( 3, stateText( slot.state ) );
        u.get()->bindStaticText( 4, slot.utf8 );
        if ( !u.run( &reason ) )
          return fail( reason );
      }
    }
    if ( !sql::exec( d->db, QStringLiteral( "COMMIT" ), &reason ) )
      return fail( reason );

    // 4. committed: the in-memory view follows (new sensors first: slots point into newSensors)
    for ( int i : persisted )
      d->persistedLastTime.insert( slots[size_t( i )].id, slots[size_t( i )].lastT );
    for ( const SensorInfo &created : newSensors )
      d->sensors.insert( created.id, created );
    for ( const Slot &slot : slots )
    {
      if ( !slot.changed )
        continue;
      SensorInfo &info = d->sensors[slot.id];
      info.hasLastValue = true;
      info.lastValue = slot.lastValue;
      info.lastTime = sql::fromMs( slot.lastT );
      info.state = slot.state;
    }
    return true;
  }

  qint64 ObservationStore::count( const QString &sensorId ) const
  {
    Statement q;
    if ( sensorId.isEmpty() )
      q.prepare( d->db, "SELECT count(*) FROM feeds_observations" );
    else
    {
      q.prepare( d->db, "SELECT count(*) FROM feeds_observations WHERE sensor = ?" );
      q.bind( 1, sensorId );
    }
    if ( !q.isValid() || q.step() != sql::kRow )
      return -1;
    return q.int64( 0 );
  }

  qint64 ObservationStore::aggregateCount() const
  {
    Statement q( d->db, "SELECT count(*) FROM feeds_aggregates" );
    if ( !q.isValid() || q.step() != sql::kRow )
      return -1;
    return q.int64( 0 );
  }

  QList<SensorInfo> ObservationStore::sensors() const
  {
    QList<SensorInfo> list = d->sensors.values();
    std::sort( list.begin(), list.end(), []( const SensorInfo &a, const SensorInfo &b ) { return a.id < b.id; } );
    return list;
  }

  QList<SensorInfo> ObservationStore::unboundSensors() const
  {
    QList<SensorInfo> list;
    const QList<SensorInfo> all = sensors();
    for ( const SensorInfo &info : all )
    {
      if ( !info.isBound() )
        list << info;
    }
    return list;
  }

  bool ObservationStore::sensor( const QString &id, SensorInfo *info ) const
  {
    auto it = d->sensors.constFind( id );
    if ( it == d->sensors.constEnd() )
      return false;
    if ( info )
      *info = it.value();
    return true;
  }

  bool ObservationStore::registerSensor( const QString &id, SensorKind kind, QString *errorMessage )
  {
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return false;
    };
    if ( id.trimmed().isEmpty() )
      return fail( QCoreApplication::translate( "vigie::feeds", "a sensor id cannot be empty" ) );
    SensorInfo info;
    const bool existed = sensor( id, &info );
    if ( existed && info.kind == kind )
      return true;
    if ( existed && count( id ) > 0 && info.kind != SensorKind::Unknown )
      return fail( QCoreApplication::translate( "vigie::feeds", "sensor %1 already has %2 values of kind %3; its kind cannot change" )
                       .arg( id )
                       .arg( count( id ) )
                       .arg( sensorKindName( info.kind ) ) );
    if ( !existed )
    {
      info = SensorInfo();
      info.id = id;
      info.state = SensorState::Offline;
    }
    info.kind = kind;
    info.unit = kind == SensorKind::Unknown ? info.unit : canonicalUnit( kind );
    const ValueRange range = plausibleRange( kind );
    info.minimum = range.minimum;
    info.maximum = range.maximum;
    QString reason;
    if ( !d->insertSensorRow( info, &reason ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot register sensor %2: %3" ).arg( shown( d->path ), id, reason ) );
    d->sensors.insert( id, info );
    return true;
  }

  bool ObservationStore::bindSensor( const QString &id, const QString &layer, qint64 fid, QString *errorMessage )
  {
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return false;
    };
    SensorInfo info;
    if ( !sensor( id, &info ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: no sensor '%2'" ).arg( shown( d->path ), id ) );
    QString table;
    QString reason;
    if ( !d->checkAsset( layer, fid, &table, &reason ) )
      return fail( reason );
    info.layer = table;
    info.fid = fid;
    if ( !d->insertSensorRow( info, &reason ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot bind sensor %2: %3" ).arg( shown( d->path ), id, reason ) );
    d->sensors.insert( id, info );
    return true;
  }

  bool ObservationStore::registerSensors( const QList<SensorInfo> &sensors, QString *errorMessage )
  {
    QString reason;
    QHash<QString, SensorInfo> changed;
    for ( const SensorInfo &wanted : sensors )
    {
      if ( wanted.id.trimmed().isEmpty() )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::feeds", "a sensor id cannot be empty" );
        return false;
      }
      SensorInfo info;
      const bool existed = sensor( wanted.id, &info );
      if ( !existed )
      {
        info = SensorInfo();
        info.id = wanted.id;
        info.state = SensorState::Offline;
      }
      QString table;
      if ( wanted.isBound() && !d->checkAsset( wanted.layer, wanted.fid, &table, &reason ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::feeds", "sensor %1: %2" ).arg( wanted.id, reason );
        return false;
      }
      if ( existed && info.kind == wanted.kind && info.layer == table && ( table.isEmpty() || info.fid == wanted.fid ) )
        continue;
      if ( info.kind != wanted.kind )
      {
        info.kind = wanted.kind;
        info.unit = wanted.kind == SensorKind::Unknown ? wanted.unit : canonicalUnit( wanted.kind );
        const ValueRange range = plausibleRange( wanted.kind );
        info.minimum = range.minimum;
        info.maximum = range.maximum;
      }
      info.layer = table;
      info.fid = table.isEmpty() ? -1 : wanted.fid;
      changed.insert( info.id, info );
    }
    if ( changed.isEmpty() )
      return true;
    if ( !d->begin( &reason ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: cannot register sensors: %2" ).arg( shown( d->path ), reason );
      return false;
    }
    for ( const SensorInfo &info : std::as_const( changed ) )
    {
      if ( !d->insertSensorRow( info, &reason ) )
      {
        d->rollback();
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate( "vigie::feeds", "%1: cannot register sensor %2: %3" ).arg( shown( d->path ), info.id, reason );
        return false;
      }
    }
    if ( !sql::exec( d->db, QStringLiteral( "COMMIT" ), &reason ) )
    {
      d->rollback();
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: cannot register sensors: %2" ).arg( shown( d->path ), reason );
      return false;
    }
    for ( const SensorInfo &info : std::as_const( changed ) )
      d->sensors.insert( info.id, info );
    return true;
  }

  bool ObservationStore::unbindSensor( const QString &id, QString *errorMessage )
  {
    SensorInfo info;
    if ( !sensor( id, &info ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: no sensor '%2'" ).arg( shown( d->path ), id );
      return false;
    }
    info.layer.clear();
    info.fid = -1;
    QString reason;
    if ( !d->insertSensorRow( info, &reason ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::feeds", "%1: cannot unbind sensor %2: %3" ).arg( shown( d->path ), id, reason );
      return false;
    }
    d->sensors.insert( id, info );
    return true;
  }

  bool ObservationStore::setSensorState( const QString &id, SensorState state, QString *errorMessage )
  {
    auto it = d->sensors.find( id );
    if ( it == d->sensors.end() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: no sensor '%2'" ).arg( shown( d->path ), id );
      return false;
    }
    if ( it->state == state )
      return true;
    Statement &u = d->updateState;
    u.reset();
    u.bind( 1, stateText( state ) );
    u.bind( 2, id );
    QString reason;
    if ( !u.run( &reason ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: cannot change the state of sensor %2: %3" )
                            .arg( shown( d->path ), id, reason );
      return false;
    }
    it->state = state;
    return true;
  }

  QList<Observation> ObservationStore::observations( const QString &sensorId, const QDateTime &from, const QDateTime &to,
                                                     QString *errorMessage ) const
  {
    QList<Observation> list;
    Statement q;
    // two statements rather than "(?1 IS NULL OR sensor = ?1)", which makes SQLite scan the
    // whole table instead of seeking the (sensor, t) key of one sensor
    const bool oneSensor = !sensorId.isEmpty();
    if ( !q.prepare( d->db,
                     QStringLiteral( "SELECT o.sensor, o.t, o.value, o.flags, s.unit, s.kind FROM feeds_observations o"
                                     " LEFT JOIN feeds_sensors s ON s.id = o.sensor WHERE %1o.t >= ?1 AND o.t < ?2"
                                     " ORDER BY o.sensor, o.t" )
                         .arg( oneSensor ? QStringLiteral( "o.sensor = ?3 AND " ) : QString() ),
                     errorMessage ) )
      return list;
    q.bind( 1, from.isValid() ? sql::toMs( from ) : std::numeric_limits<qint64>::min() );
    q.bind( 2, to.isValid() ? sql::toMs( to ) : std::numeric_limits<qint64>::max() );
    if ( oneSensor )
      q.bind( 3, sensorId );
    int rc = sql::kDone;
    while ( ( rc = q.step() ) == sql::kRow )
    {
      Observation o;
      o.sensorId = q.text( 0 );
      o.time = sql::fromMs( q.int64( 1 ) );
      o.value = q.real( 2 );
      o.flags = static_cast<int>( q.int64( 3 ) );
      o.unit = q.text( 4 );
      const QString kind = q.text( 5 );
      o.quantity = kind == QLatin1String( "unknown" ) ? QString() : kind;
      list << o;
    }
    if ( rc == sql::kError && errorMessage )
      *errorMessage = q.error();
    return list;
  }

  QList<ObservationAggregate> ObservationStore::aggregates( const QString &sensorId, const QDateTime &from, const QDateTime &to,
                                                            QString *errorMessage ) const
  {
    QList<ObservationAggregate> list;
    Statement q;
    const bool oneSensor = !sensorId.isEmpty(); // see observations()
    if ( !q.prepare( d->db,
                     QStringLiteral( "SELECT sensor, t, min_value, mean_value, max_value, count FROM feeds_aggregates"
                                     " WHERE %1t >= ?1 AND t < ?2 ORDER BY sensor, t" )
                         .arg( oneSensor ? QStringLiteral( "sensor = ?3 AND " ) : QString() ),
                     errorMessage ) )
      return list;
    q.bind( 1, from.isValid() ? sql::toMs( from ) : std::numeric_limits<qint64>::min() );
    q.bind( 2, to.isValid() ? sql::toMs( to ) : std::numeric_limits<qint64>::max() );
    if ( oneSensor )
      q.bind( 3, sensorId );
    int rc = sql::kDone;
    while ( ( rc = q.step() ) == sql::kRow )
    {
      ObservationAggregate a;
      a.sensorId = q.text( 0 );
      a.start = sql::fromMs( q.int64( 1 ) );
      a.minimum = q.real( 2 );
      a.mean = q.real( 3 );
      a.maximum = q.real( 4 );
      a.count = q.int64( 5 );
      list << a;
    }
    if ( rc == sql::kError && errorMessage )
      *errorMessage = q.error();
    return list;
  }

  qint64 ObservationStore::applyRetention( int rawDays, QString *errorMessage, const QDateTime &now )
  {
    // a whole pass of bounded steps: each step is one transaction, so a feed writing to the same
    // file waits at most one step; the result is the same as one big transaction
    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    d->retentionSensor.clear();
    d->retentionPartial = false;
    qint64 moved = 0;
    bool done = false;
    while ( !done )
    {
      const qint64 step = applyRetentionStep( rawDays, 100000, &done, errorMessage, reference );
      if ( step < 0 )
        return -1;
      moved += step;
    }
    return moved;
  }

  qint64 ObservationStore::applyRetentionStep( int rawDays, qint64 maxRows, bool *passDone, QString *errorMessage, const QDateTime &now )
  {
    if ( passDone )
      *passDone = false;
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return qint64( -1 );
    };
    if ( rawDays < 0 )
      return fail(
          QCoreApplication::translate( "vigie::feeds", "the raw retention period must be 0 days or more (got %1)" ).arg( rawDays ) );
    maxRows = std::max<qint64>( 1, maxRows );
    const qint64 reference = sql::toMs( now.isValid() ? now : QDateTime::currentDateTimeUtc() );
    // whole 15-minute buckets only: the bucket in progress at the cut-off stays raw
    const qint64 cutoff = bucketStart( reference - qint64( rawDays ) * 24 * 3600 * 1000 );

    QString reason;
    auto failed = [&]()
    {
      d->rollback();
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
    };
    if ( !d->begin( &reason ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
    // every statement seeks the (sensor, t) primary key: no scan of the whole table, whatever its size
    Statement next;
    Statement bound;
    Statement oldest;
    Statement move;
    Statement remove;
    if ( !next.prepare( d->db, "SELECT sensor FROM feeds_observations WHERE sensor > ?1 ORDER BY sensor LIMIT 1", &reason ) ||
         !bound.prepare( d->db, "SELECT t FROM feeds_observations WHERE sensor = ?1 AND t < ?2 ORDER BY t LIMIT 1 OFFSET ?3", &reason ) ||
         !oldest.prepare( d->db, "SELECT t FROM feeds_observations WHERE sensor = ?1 ORDER BY t LIMIT 1", &reason ) ||
         // merged exactly with an aggregate already there (sum and count kept, mean = sum / count)
         !move.prepare( d->db,
                        d->postgres
                            ? "INSERT INTO feeds_aggregates AS a (sensor, t, min_value, mean_value, max_value, count, sum_value)"
                              " SELECT sensor, t - (((t % 900000) + 900000) % 900000) AS bucket, min(value), avg(value), max(value), "
                              "count(*), sum(value)"
                              " FROM feeds_observations WHERE sensor = ?1 AND t < ?2 GROUP BY sensor, bucket"
                              " ON CONFLICT (sensor, t) DO UPDATE SET"
                              " min_value = least(a.min_value, excluded.min_value), max_value = greatest(a.max_value, excluded.max_value),"
                              " count = a.count + excluded.count, sum_value = a.sum_value + excluded.sum_value,"
                              " mean_value = (a.sum_value + excluded.sum_value) / (a.count + excluded.count)"
                            : "INSERT INTO feeds_aggregates (sensor, t, min_value, mean_value, max_value, count, sum_value)"
                              " SELECT sensor, t - (((t % 900000) + 900000) % 900000) AS bucket, min(value), avg(value), max(value), "
                              "count(*), sum(value)"
                              " FROM feeds_observations WHERE sensor = ?1 AND t < ?2 GROUP BY sensor, bucket"
                              " ON CONFLICT (sensor, t) DO UPDATE SET"
                              " min_value = min(min_value, excluded.min_value), max_value = max(max_value, excluded.max_value),"
                              " count = count + excluded.count, sum_value = sum_value + excluded.sum_value,"
                              " mean_value = (sum_value + excluded.sum_value) / (count + excluded.count)",
                        &reason ) ||
         !remove.prepare( d->db, "DELETE FROM feeds_observations WHERE sensor = ?1 AND t < ?2", &reason ) )
      return failed();

    QString sensor = d->retentionSensor;
    bool partial = d->retentionPartial;
    bool done = false;
    qint64 moved = 0;
    while ( moved < maxRows )
    {
      if ( !partial )
      {
        next.reset();
        next.bind( 1, sensor );
        const int rc = next.step();
        if ( rc == sql::kError )
        {
          reason = next.error();
          return failed();
        }
        if ( rc != sql::kRow )
        {
          done = true;
          break;
        }
        sensor = next.text( 0 );
        next.reset();
      }
      // the step's budget ends in this sensor: stop at a bucket boundary (a bucket bigger than the
      // budget is moved whole), the rest is for the next step
      qint64 upper = cutoff;
      partial = false;
      bound.reset();
      bound.bind( 1, sensor );
      bound.bind( 2, cutoff );
      bound.bind( 3, maxRows - moved );
      int rc = bound.step();
      if ( rc == sql::kError )
      {
        reason = bound.error();
        return failed();
      }
      if ( rc == sql::kRow )
      {
        upper = bucketStart( bound.int64( 0 ) );
        oldest.reset();
        oldest.bind( 1, sensor );
        rc = oldest.step();
        if ( rc == sql::kError )
        {
          reason = oldest.error();
          return failed();
        }
        if ( rc == sql::kRow && oldest.int64( 0 ) >= upper )
          upper += kBucketMs;
        oldest.reset();
        partial = upper < cutoff;
      }
      bound.reset();
      move.bind( 1, sensor );
      move.bind( 2, upper );
      if ( !move.run( &reason ) )
        return failed();
      remove.bind( 1, sensor );
      remove.bind( 2, upper );
      if ( !remove.run( &reason ) )
        return failed();
      moved += remove.changes();
      if ( partial )
        break;
    }
    if ( !sql::exec( d->db, QStringLiteral( "COMMIT" ), &reason ) )
      return failed();
    // the next step goes on from here (a new pass once every sensor was visited)
    d->retentionSensor = done ? QString() : sensor;
    d->retentionPartial = !done && partial;
    if ( passDone )
      *passDone = done;
    return moved;
  }

  bool ObservationStore::rawRetentionDays( int *days, QString *errorMessage, bool *isStored ) const
  {
    *days = kDefaultRawRetentionDays;
    if ( isStored )
      *isStored = false;
    if ( d->schemaVersion < 2 )
      return true; // an older file opened read-only: no settings table yet, the default applies
    Statement q;
    QString reason;
    if ( !q.prepare( d->db, "SELECT value FROM feeds_settings WHERE key = ?1", &reason ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::feeds", "%1: cannot read the feeds settings: %2" ).arg( shown( d->path ), reason );
      return false;
    }
    q.bind( 1, kRawRetentionKey );
    const int rc = q.step();
    if ( rc == sql::kError )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::feeds", "%1: cannot read the feeds settings: %2" ).arg( shown( d->path ), q.error() );
      return false;
    }
    if ( rc != sql::kRow )
      return true;
    const QString text = q.text( 0 );
    bool ok = false;
    const int value = text.trimmed().toInt( &ok );
    if ( !ok || value < 1 || value > kMaxRawRetentionDays )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: table feeds_settings, row %2: \"%3\" is not a retention period "
                                                                     "(a whole number of days from 1 to %4)" )
                            .arg( shown( d->path ), kRawRetentionKey, text )
                            .arg( kMaxRawRetentionDays );
      return false;
    }
    *days = value;
    if ( isStored )
      *isStored = true;
    return true;
  }

  bool ObservationStore::setRawRetentionDays( int days, QString *errorMessage )
  {
    if ( days < 1 || days > kMaxRawRetentionDays )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::feeds", "the raw retention period must be a whole number of days from 1 to %1 (got %2)" )
                .arg( kMaxRawRetentionDays )
                .arg( days );
      return false;
    }
    QString reason;
    if ( d->schemaVersion < 2 )
      reason = QCoreApplication::translate( "vigie::feeds", "feeds schema %1 opened read-only" ).arg( d->schemaVersion );
    else
    {
      Statement upsert;
      if ( upsert.prepare( d->db,
                           "INSERT INTO feeds_settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           &reason ) )
      {
        upsert.bind( 1, kRawRetentionKey );
        upsert.bind( 2, QString::number( days ) );
        if ( upsert.run( &reason ) )
          return true;
      }
    }
    if ( errorMessage )
      *errorMessage =
          QCoreApplication::translate( "vigie::feeds", "%1: cannot store the retention period: %2" ).arg( shown( d->path ), reason );
    return false;
  }

  QString ObservationStore::integrityCheck() const
  {
    if ( d->postgres )
      return QStringLiteral( "ok" ); // the server checks its own pages (data checksums)
    Statement q( d->db, "PRAGMA integrity_check" );
    QStringList lines;
    while ( q.isValid() && q.step() == sql::kRow )
      lines << q.text( 0 );
    return lines.join( QLatin1Char( '\n' ) );
  }
} // namespace vigie::feeds
