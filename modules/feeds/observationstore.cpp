// SPDX-License-Identifier: GPL-2.0-or-later
#include "observationstore.h"

#include "alarms.h"
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
#include <limits>
#include <memory>

namespace vigie::feeds
{
  using sql::Statement;

  namespace
  {
    const QString kTopic = QStringLiteral( "feeds" );
    const QString kComponent = QStringLiteral( "feeds" );
    constexpr int kFeedsSchemaVersion = 1;
    constexpr qint64 kBucketMs = 15 * 60 * 1000;
    constexpr int kMaxErrors = 100;
    //! The sensors table gets a sensor's last value at most once a minute unless its state changes:
    //! rewriting 10,000 sensor rows per batch would double the write cost. The in-memory view is
    //! always exact; open() takes the newest stored observation of each sensor.
    constexpr qint64 kLastValueWriteMs = 60 * 1000;

    //! Opening a territory knows the feeds component (no "no loaded plugin" warning, newer schema refused).
    const bool kRegistered = []()
    {
      Territory::registerModuleComponent( QStringLiteral( "feeds" ), kFeedsSchemaVersion );
      return true;
    }();

    QString tr( const char *text )
    {
      return QCoreApplication::translate( "vigie::feeds", text );
    }

    QString shown( const QString &path )
    {
      return QDir::toNativeSeparators( path );
    }

    //! Version 1 of the feeds tables. Plain SQLite tables beside the GeoPackage layers (not in
    //! gpkg_contents): the GeoPackage stays valid and GDAL does not present them as layers.
    const char *const kSchemaV1[] = {
        "CREATE TABLE IF NOT EXISTS feeds_sensors ("
        " id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '',"
        " layer TEXT, fid INTEGER, min_value REAL, max_value REAL,"
        " last_value REAL, last_time INTEGER, state TEXT NOT NULL DEFAULT 'offline', registered INTEGER NOT NULL) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS feeds_observations ("
        " sensor TEXT NOT NULL, t INTEGER NOT NULL, value REAL NOT NULL, flags INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (sensor, t)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS feeds_aggregates ("
        " sensor TEXT NOT NULL, t INTEGER NOT NULL, min_value REAL NOT NULL, mean_value REAL NOT NULL, max_value REAL NOT NULL,"
        " count INTEGER NOT NULL, sum_value REAL NOT NULL, PRIMARY KEY (sensor, t)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS feeds_alarm_rules ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL DEFAULT '', type TEXT NOT NULL, kind TEXT, sensor TEXT,"
        " layer TEXT, fid INTEGER, threshold REAL NOT NULL DEFAULT 0, minutes REAL NOT NULL DEFAULT 0,"
        " severity TEXT NOT NULL DEFAULT 'warning', enabled INTEGER NOT NULL DEFAULT 1)",
        "CREATE TABLE IF NOT EXISTS feeds_alarms ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, rule INTEGER NOT NULL, rule_name TEXT NOT NULL DEFAULT '', sensor TEXT NOT NULL,"
        " layer TEXT, fid INTEGER, severity TEXT NOT NULL, state TEXT NOT NULL, active INTEGER NOT NULL,"
        " message TEXT NOT NULL DEFAULT '', value REAL, raised_at INTEGER NOT NULL,"
        " acknowledged_by TEXT, acknowledged_at INTEGER, cleared_by TEXT, cleared_at INTEGER)",
        "CREATE INDEX IF NOT EXISTS feeds_alarms_open ON feeds_alarms (state, sensor)",
        "CREATE TABLE IF NOT EXISTS feeds_alarm_events ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, alarm INTEGER NOT NULL, t INTEGER NOT NULL, event TEXT NOT NULL,"
        " user TEXT, detail TEXT)",
        "CREATE INDEX IF NOT EXISTS feeds_alarm_events_alarm ON feeds_alarm_events (alarm)",
    };

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
    sqlite3 *db = nullptr;
    QString path;
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
      if ( db )
        sqlite3_close_v2( db );
    }

    bool loadSensors( QString *error )
    {
      sensors.clear();
      Statement q;
      if ( !q.prepare( db, "SELECT id, kind, unit, layer, fid, min_value, max_value, last_value, last_time, state FROM feeds_sensors",
                       error ) )
        return false;
      int rc;
      while ( ( rc = q.step() ) == SQLITE_ROW )
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
      if ( rc != SQLITE_DONE )
      {
        if ( error )
          *error = sql::lastError( db );
        return false;
      }
      // the sensors table may lag by up to kLastValueWriteMs: the observations have the newest value
      Statement newest;
      if ( !newest.prepare( db, "SELECT t, value FROM feeds_observations WHERE sensor = ? ORDER BY t DESC LIMIT 1", error ) )
        return false;
      for ( SensorInfo &info : sensors )
      {
        newest.reset();
        newest.bind( 1, info.id );
        if ( newest.step() == SQLITE_ROW && ( !info.hasLastValue || newest.int64( 0 ) > sql::toMs( info.lastTime ) ) )
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
                                  "INSERT OR REPLACE INTO feeds_sensors (id, kind, unit, layer, fid, min_value, max_value, last_value, "
                                  "last_time, state, registered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        if ( !q.prepare( db, "SELECT 1 FROM gpkg_contents WHERE table_name = ? AND data_type = 'features'", error ) )
          return false;
        q.bind( 1, *table );
        if ( q.step() != SQLITE_ROW )
          return fail( tr( "%1: no asset layer '%2'" ).arg( shown( path ), layer ) );
        // the primary key of a GeoPackage feature table is its integer "fid" column (whatever its name)
        QString pk;
        Statement columns;
        if ( !columns.prepare( db, QStringLiteral( "PRAGMA table_info(\"%1\")" ).arg( *table ).toUtf8().constData(), error ) )
          return false;
        while ( columns.step() == SQLITE_ROW )
        {
          if ( columns.int64( 5 ) == 1 )
            pk = columns.text( 1 );
        }
        if ( pk.isEmpty() )
          return fail( tr( "%1: layer '%2' has no primary key" ).arg( shown( path ), layer ) );
        auto check = std::make_shared<Statement>();
        if ( !check->prepare( db, QStringLiteral( "SELECT 1 FROM \"%1\" WHERE \"%2\" = ?" ).arg( *table, pk ).toUtf8().constData(),
                              error ) )
          return false;
        known = featureChecks.insert( *table, check );
      }
      Statement &feature = **known;
      feature.reset();
      feature.bind( 1, fid );
      const bool found = feature.step() == SQLITE_ROW;
      feature.reset();
      if ( !found )
        return fail( tr( "%1: layer '%2' has no feature %3" ).arg( shown( path ), layer ).arg( fid ) );
      return true;
    }

    bool begin( QString *error ) { return sql::exec( db, QStringLiteral( "BEGIN IMMEDIATE" ), error ); }
    void rollback() { sqlite3_exec( db, "ROLLBACK", nullptr, nullptr, nullptr ); }
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
    const QFileInfo info( territoryPath );
    if ( !info.exists() )
      return fail( tr( "%1 does not exist" ).arg( shown( territoryPath ) ) );
    if ( !info.isFile() )
      return fail( tr( "%1 is not a file" ).arg( shown( territoryPath ) ) );

    std::unique_ptr<ObservationStore> store( new ObservationStore );
    Private &d = *store->d;
    d.path = territoryPath;
    if ( sqlite3_open_v2( territoryPath.toUtf8().constData(), &d.db, readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, nullptr ) !=
         SQLITE_OK )
      return fail( tr( "%1: cannot open: %2" ).arg( shown( territoryPath ), d.db ? sql::lastError( d.db ) : QString() ) );
    // other connections (the app's GDAL dataset, a second vigie-cli) may hold the write lock briefly
    sqlite3_busy_timeout( d.db, 10000 );

    QString reason;
    Statement tables;
    if ( !tables.prepare( d.db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('vigie_schema', 'gpkg_contents')",
                          &reason ) )
      return fail( tr( "%1: not a GeoPackage or corrupt: %2" ).arg( shown( territoryPath ), reason ) );
    QSet<QString> present;
    while ( tables.step() == SQLITE_ROW )
      present.insert( tables.text( 0 ) );
    if ( !present.contains( QStringLiteral( "gpkg_contents" ) ) || !present.contains( QStringLiteral( "vigie_schema" ) ) )
      return fail( tr( "%1 is not a Vigie territory (no vigie_schema or gpkg_contents table)" ).arg( shown( territoryPath ) ) );

    // WAL: readers (map, charts) never block the writer. synchronous=FULL: the WAL is synced at
    // every commit, so a batch store() reported as stored survives a power cut, not only a crash;
    // this is what lets the MQTT client acknowledge a message once store() returned true.
    if ( !readOnly && ( !sql::exec( d.db, QStringLiteral( "PRAGMA journal_mode=WAL" ), &reason ) ||
                        !sql::exec( d.db, QStringLiteral( "PRAGMA synchronous=FULL" ), &reason ) ||
                        !sql::exec( d.db, QStringLiteral( "PRAGMA cache_size=-65536" ), &reason ) ) )
      return fail( tr( "%1: cannot switch to WAL: %2" ).arg( shown( territoryPath ), reason ) );

    Statement version;
    if ( !version.prepare( d.db, "SELECT version FROM vigie_schema WHERE component = 'feeds'", &reason ) )
      return fail( tr( "%1: cannot read vigie_schema: %2" ).arg( shown( territoryPath ), reason ) );
    const int stored = version.step() == SQLITE_ROW ? static_cast<int>( version.int64( 0 ) ) : 0;
    version.reset();
    if ( stored > kFeedsSchemaVersion )
      return fail( tr( "%1 was written by a newer Vigie (component feeds schema %2, this version supports %3)" )
                       .arg( shown( territoryPath ) )
                       .arg( stored )
                       .arg( kFeedsSchemaVersion ) );
    if ( stored < kFeedsSchemaVersion && readOnly )
    {
      if ( noFeedsTables )
        *noFeedsTables = stored == 0;
      return fail( stored == 0 ? tr( "%1 has no sensor data yet (no feeds tables)" ).arg( shown( territoryPath ) )
                               : tr( "%1: feeds schema %2 must be migrated to %3: open it for writing once" )
                                     .arg( shown( territoryPath ) )
                                     .arg( stored )
                                     .arg( kFeedsSchemaVersion ) );
    }
    if ( stored < kFeedsSchemaVersion )
    {
      // forward migration, one transaction: version 0 (no feeds tables) -> 1
      if ( !d.begin( &reason ) )
        return fail( tr( "%1: cannot start the feeds migration: %2" ).arg( shown( territoryPath ), reason ) );
      for ( const char *statement : kSchemaV1 )
      {
        if ( !sql::exec( d.db, QString::fromUtf8( statement ), &reason ) )
        {
          d.rollback();
          return fail( tr( "%1: migration of feeds to schema %2 failed: %3" ).arg( shown( territoryPath ) ).arg( 1 ).arg( reason ) );
        }
      }
      const QString record = stored == 0 ? QStringLiteral( "INSERT INTO vigie_schema (component, version) VALUES ('feeds', %1)" )
                                         : QStringLiteral( "UPDATE vigie_schema SET version = %1 WHERE component = 'feeds'" );
      if ( !sql::exec( d.db, record.arg( kFeedsSchemaVersion ), &reason ) || !sql::exec( d.db, QStringLiteral( "COMMIT" ), &reason ) )
      {
        d.rollback();
        return fail( tr( "%1: migration of feeds to schema %2 failed: %3" ).arg( shown( territoryPath ) ).arg( 1 ).arg( reason ) );
      }
      logMessage( LogLevel::Info, kTopic,
                  tr( "%1: feeds tables created (schema %2)" ).arg( shown( territoryPath ) ).arg( kFeedsSchemaVersion ) );
    }

    if ( !d.insertObservation.prepare( d.db, "INSERT OR IGNORE INTO feeds_observations (sensor, t, value, flags) VALUES (?, ?, ?, ?)",
                                       &reason ) ||
         !d.updateLast.prepare( d.db, "UPDATE feeds_sensors SET last_value = ?, last_time = ?, state = ? WHERE id = ?", &reason ) ||
         !d.updateState.prepare( d.db, "UPDATE feeds_sensors SET state = ? WHERE id = ?", &reason ) || !d.loadSensors( &reason ) )
      return fail( tr( "%1: cannot read the feeds tables: %2" ).arg( shown( territoryPath ), reason ) );

    d.alarms.reset( new AlarmEngine( store.get() ) );
    if ( !d.alarms->reload( &reason ) )
      return fail( tr( "%1: cannot read the alarms: %2" ).arg( shown( territoryPath ), reason ) );
    return store;
  }

  bool ObservationStore::setDurability( Durability durability, QString *errorMessage )
  {
    QString reason;
    const QString pragma =
        durability == Durability::Full ? QStringLiteral( "PRAGMA synchronous=FULL" ) : QStringLiteral( "PRAGMA synchronous=NORMAL" );
    if ( !sql::exec( d->db, pragma, &reason ) )
    {
      if ( errorMessage )
        *errorMessage = tr( "%1: cannot change the durability: %2" ).arg( shown( d->path ), reason );
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

  sqlite3 *ObservationStore::handle() const
  {
    return d->db;
  }

  AlarmEngine *ObservationStore::alarms()
  {
    return d->alarms.get();
  }

  bool ObservationStore::store( const QList<Observation> &observations, StoreResult *result, QString *errorMessage )
  {
    StoreResult local;
    StoreResult &r = result ? *result : local;
    r = StoreResult();
    if ( observations.isEmpty() )
      return true;

    struct Row
    {
      QByteArray sensor;
      const SensorInfo *info;
      qint64 t;
      Observation observation;
    };
    auto reject = [&r]( const QString &message )
    {
      ++r.rejected;
      if ( r.errors.size() < kMaxErrors )
        r.errors << message;
    };

    // 1. checks and unit conversion, without touching the file
    QHash<QString, SensorInfo> newSensors;
    std::vector<Row> rows;
    rows.reserve( static_cast<size_t>( observations.size() ) );
    for ( const Observation &incoming : observations )
    {
      if ( incoming.sensorId.trimmed().isEmpty() )
      {
        reject( tr( "observation without sensor id" ) );
        continue;
      }
      if ( !incoming.time.isValid() )
      {
        reject( tr( "sensor %1: observation without a valid time" ).arg( incoming.sensorId ) );
        continue;
      }
      const SensorInfo *info = nullptr;
      auto known = d->sensors.constFind( incoming.sensorId );
      if ( known != d->sensors.constEnd() )
        info = &known.value();
      else
      {
        auto pending = newSensors.find( incoming.sensorId );
        if ( pending == newSensors.end() )
        {
          SensorInfo created;
          created.id = incoming.sensorId;
          created.kind = inferKind( incoming );
          created.unit = created.kind == SensorKind::Unknown ? incoming.unit : canonicalUnit( created.kind );
          const ValueRange range = plausibleRange( created.kind );
          created.minimum = range.minimum;
          created.maximum = range.maximum;
          created.state = SensorState::Offline;
          pending = newSensors.insert( created.id, created );
        }
        info = &pending.value();
      }
      Observation observation = incoming;
      if ( info->kind != SensorKind::Unknown )
      {
        QString reason;
        if ( !normalizeObservation( observation, info->kind, &reason ) )
        {
          reject( reason );
          continue;
        }
      }
      else if ( !std::isfinite( observation.value ) )
      {
        reject( tr( "sensor %1: value %2 is not a finite number" ).arg( observation.sensorId ).arg( observation.value ) );
        continue;
      }
      if ( observation.value < info->minimum || observation.value > info->maximum )
        observation.flags |= OutOfRange;
      else
        observation.flags &= ~OutOfRange;
      rows.push_back( { observation.sensorId.toUtf8(), info, sql::toMs( observation.time ), observation } );
    }
    // sorted by key: B-tree inserts in order, and each sensor's values in time order for the alarm rules
    std::stable_sort( rows.begin(), rows.end(),
                      []( const Row &a, const Row &b ) { return a.sensor != b.sensor ? a.sensor < b.sensor : a.t < b.t; } );

    // 2. one transaction
    QString reason;
    auto fail = [&]( const QString &why )
    {
      d->rollback();
      QString ignored;
      d->alarms->reload( &ignored );
      r.stored = r.duplicates = r.outOfRange = r.unboundRegistered = 0;
      if ( errorMessage )
        *errorMessage =
            tr( "%1: observations not stored (batch of %2 rolled back): %3" ).arg( shown( d->path ) ).arg( observations.size() ).arg( why );
      return false;
    };
    if ( !d->begin( &reason ) )
      return fail( reason );
    for ( auto it = newSensors.cbegin(); it != newSensors.cend(); ++it )
    {
      if ( !d->insertSensorRow( it.value(), &reason ) )
        return fail( reason );
    }
    r.unboundRegistered = static_cast<int>( newSensors.size() );

    struct Latest
    {
      double value = 0;
      qint64 t = std::numeric_limits<qint64>::min();
      bool changed = false;
    };
    QHash<QString, Latest> latest;
    const bool evaluate = d->alarms->hasArrivalRules();
    sqlite3_stmt *insert = d->insertObservation.get();
    for ( const Row &row : rows )
    {
      sqlite3_bind_text( insert, 1, row.sensor.constData(), row.sensor.size(), SQLITE_STATIC );
      sqlite3_bind_int64( insert, 2, row.t );
      sqlite3_bind_double( insert, 3, row.observation.value );
      sqlite3_bind_int( insert, 4, row.observation.flags );
      const int rc = sqlite3_step( insert );
      sqlite3_reset( insert );
      if ( rc != SQLITE_DONE )
        return fail( sql::lastError( d->db ) );
      if ( sqlite3_changes( d->db ) == 0 )
      {
        ++r.duplicates;
        continue;
      }
      ++r.stored;
      if ( row.observation.flags & OutOfRange )
        ++r.outOfRange;
      auto last = latest.find( row.observation.sensorId );
      if ( last == latest.end() )
      {
        Latest initial;
        if ( row.info->hasLastValue )
        {
          initial.value = row.info->lastValue;
          initial.t = sql::toMs( row.info->lastTime );
        }
        last = latest.insert( row.observation.sensorId, initial );
      }
      if ( row.t > last->t )
      {
        if ( evaluate )
        {
          int raised = 0;
          const QDateTime previousTime = last->t == std::numeric_limits<qint64>::min() ? QDateTime() : sql::fromMs( last->t );
          if ( !d->alarms->evaluateArrival( *row.info, row.observation, last->value, previousTime, &raised, &reason ) )
            return fail( reason );
        }
        last->value = row.observation.value;
        last->t = row.t;
        last->changed = true;
      }
    }
    sqlite3_clear_bindings( insert );

    // 3. last value and state of each sensor that got a newer value (see kLastValueWriteMs)
    QHash<QString, SensorState> states;
    QHash<QString, qint64> persisted;
    for ( auto it = latest.cbegin(); it != latest.cend(); ++it )
    {
      if ( !it->changed )
        continue;
      const int fromAlarms = d->alarms->sensorStateFromAlarms( it.key() );
      const SensorState state = static_cast<SensorState>( fromAlarms );
      states.insert( it.key(), state );
      auto known = d->sensors.constFind( it.key() );
      const SensorState previous = known != d->sensors.constEnd() ? known->state : SensorState::Offline;
      auto written = d->persistedLastTime.constFind( it.key() );
      if ( state == previous && written != d->persistedLastTime.constEnd() && it->t - *written < kLastValueWriteMs )
        continue;
      persisted.insert( it.key(), it->t );
      Statement &u = d->updateLast;
      u.reset();
      u.bind( 1, it->value );
      u.bind( 2, it->t );
      u.bind( 3, stateText( state ) );
      u.bind( 4, it.key() );
      if ( !u.run( &reason ) )
        return fail( reason );
    }
    if ( !sql::exec( d->db, QStringLiteral( "COMMIT" ), &reason ) )
      return fail( reason );

    // 4. committed: the in-memory view follows
    for ( auto it = persisted.cbegin(); it != persisted.cend(); ++it )
      d->persistedLastTime.insert( it.key(), it.value() );
    for ( auto it = newSensors.cbegin(); it != newSensors.cend(); ++it )
      d->sensors.insert( it.key(), it.value() );
    for ( auto it = latest.cbegin(); it != latest.cend(); ++it )
    {
      if ( !it->changed )
        continue;
      SensorInfo &info = d->sensors[it.key()];
      info.hasLastValue = true;
      info.lastValue = it->value;
      info.lastTime = sql::fromMs( it->t );
      info.state = states.value( it.key(), info.state );
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
    if ( !q.isValid() || q.step() != SQLITE_ROW )
      return -1;
    return q.int64( 0 );
  }

  qint64 ObservationStore::aggregateCount() const
  {
    Statement q( d->db, "SELECT count(*) FROM feeds_aggregates" );
    if ( !q.isValid() || q.step() != SQLITE_ROW )
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
      return fail( tr( "a sensor id cannot be empty" ) );
    SensorInfo info;
    const bool existed = sensor( id, &info );
    if ( existed && info.kind == kind )
      return true;
    if ( existed && count( id ) > 0 && info.kind != SensorKind::Unknown )
      return fail( tr( "sensor %1 already has %2 values of kind %3; its kind cannot change" )
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
      return fail( tr( "%1: cannot register sensor %2: %3" ).arg( shown( d->path ), id, reason ) );
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
      return fail( tr( "%1: no sensor '%2'" ).arg( shown( d->path ), id ) );
    QString table;
    QString reason;
    if ( !d->checkAsset( layer, fid, &table, &reason ) )
      return fail( reason );
    info.layer = table;
    info.fid = fid;
    if ( !d->insertSensorRow( info, &reason ) )
      return fail( tr( "%1: cannot bind sensor %2: %3" ).arg( shown( d->path ), id, reason ) );
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
          *errorMessage = tr( "a sensor id cannot be empty" );
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
          *errorMessage = tr( "sensor %1: %2" ).arg( wanted.id, reason );
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
        *errorMessage = tr( "%1: cannot register sensors: %2" ).arg( shown( d->path ), reason );
      return false;
    }
    for ( const SensorInfo &info : std::as_const( changed ) )
    {
      if ( !d->insertSensorRow( info, &reason ) )
      {
        d->rollback();
        if ( errorMessage )
          *errorMessage = tr( "%1: cannot register sensor %2: %3" ).arg( shown( d->path ), info.id, reason );
        return false;
      }
    }
    if ( !sql::exec( d->db, QStringLiteral( "COMMIT" ), &reason ) )
    {
      d->rollback();
      if ( errorMessage )
        *errorMessage = tr( "%1: cannot register sensors: %2" ).arg( shown( d->path ), reason );
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
        *errorMessage = tr( "%1: no sensor '%2'" ).arg( shown( d->path ), id );
      return false;
    }
    info.layer.clear();
    info.fid = -1;
    QString reason;
    if ( !d->insertSensorRow( info, &reason ) )
    {
      if ( errorMessage )
        *errorMessage = tr( "%1: cannot unbind sensor %2: %3" ).arg( shown( d->path ), id, reason );
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
        *errorMessage = tr( "%1: no sensor '%2'" ).arg( shown( d->path ), id );
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
        *errorMessage = tr( "%1: cannot change the state of sensor %2: %3" ).arg( shown( d->path ), id, reason );
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
    if ( !q.prepare(
             d->db,
             "SELECT o.sensor, o.t, o.value, o.flags, s.unit, s.kind FROM feeds_observations o LEFT JOIN feeds_sensors s ON s.id = o.sensor"
             " WHERE (?1 IS NULL OR o.sensor = ?1) AND o.t >= ?2 AND o.t < ?3 ORDER BY o.sensor, o.t",
             errorMessage ) )
      return list;
    q.bindOptional( 1, sensorId );
    q.bind( 2, from.isValid() ? sql::toMs( from ) : std::numeric_limits<qint64>::min() );
    q.bind( 3, to.isValid() ? sql::toMs( to ) : std::numeric_limits<qint64>::max() );
    while ( q.step() == SQLITE_ROW )
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
    return list;
  }

  QList<ObservationAggregate> ObservationStore::aggregates( const QString &sensorId, const QDateTime &from, const QDateTime &to,
                                                            QString *errorMessage ) const
  {
    QList<ObservationAggregate> list;
    Statement q;
    if ( !q.prepare( d->db,
                     "SELECT sensor, t, min_value, mean_value, max_value, count FROM feeds_aggregates"
                     " WHERE (?1 IS NULL OR sensor = ?1) AND t >= ?2 AND t < ?3 ORDER BY sensor, t",
                     errorMessage ) )
      return list;
    q.bindOptional( 1, sensorId );
    q.bind( 2, from.isValid() ? sql::toMs( from ) : std::numeric_limits<qint64>::min() );
    q.bind( 3, to.isValid() ? sql::toMs( to ) : std::numeric_limits<qint64>::max() );
    while ( q.step() == SQLITE_ROW )
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
    return list;
  }

  qint64 ObservationStore::applyRetention( int rawDays, QString *errorMessage, const QDateTime &now )
  {
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return qint64( -1 );
    };
    if ( rawDays < 0 )
      return fail( tr( "the raw retention period must be 0 days or more (got %1)" ).arg( rawDays ) );
    const qint64 reference = sql::toMs( now.isValid() ? now : QDateTime::currentDateTimeUtc() );
    qint64 cutoff = reference - qint64( rawDays ) * 24 * 3600 * 1000;
    // whole 15-minute buckets only: the bucket in progress at the cut-off stays raw
    cutoff -= ( ( cutoff % kBucketMs ) + kBucketMs ) % kBucketMs;

    QString reason;
    if ( !d->begin( &reason ) )
      return fail( tr( "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
    // merged exactly with an aggregate already there (sum and count kept, mean = sum / count)
    Statement move;
    if ( !move.prepare(
             d->db,
             "INSERT INTO feeds_aggregates (sensor, t, min_value, mean_value, max_value, count, sum_value)"
             " SELECT sensor, t - (((t % 900000) + 900000) % 900000) AS bucket, min(value), avg(value), max(value), count(*), sum(value)"
             " FROM feeds_observations WHERE t < ?1 GROUP BY sensor, bucket"
             " ON CONFLICT (sensor, t) DO UPDATE SET"
             " min_value = min(min_value, excluded.min_value), max_value = max(max_value, excluded.max_value),"
             " count = count + excluded.count, sum_value = sum_value + excluded.sum_value,"
             " mean_value = (sum_value + excluded.sum_value) / (count + excluded.count)",
             &reason ) )
    {
      d->rollback();
      return fail( tr( "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
    }
    move.bind( 1, cutoff );
    if ( !move.run( &reason ) )
    {
      d->rollback();
      return fail( tr( "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
    }
    Statement remove( d->db, "DELETE FROM feeds_observations WHERE t < ?1" );
    remove.bind( 1, cutoff );
    if ( !remove.isValid() || !remove.run( &reason ) )
    {
      d->rollback();
      return fail( tr( "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
    }
    const qint64 moved = sqlite3_changes( d->db );
    if ( !sql::exec( d->db, QStringLiteral( "COMMIT" ), &reason ) )
    {
      d->rollback();
      return fail( tr( "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
    }
    return moved;
  }

  QString ObservationStore::integrityCheck() const
  {
    Statement q( d->db, "PRAGMA integrity_check" );
    QStringList lines;
    while ( q.isValid() && q.step() == SQLITE_ROW )
      lines << q.text( 0 );
    return lines.join( QLatin1Char( '\n' ) );
  }
} // namespace vigie::feeds
