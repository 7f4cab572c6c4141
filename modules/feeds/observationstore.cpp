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
          return fail( QCoreApplication::translate( "vigie::feeds", "%1: no asset layer '%2'" ).arg( shown( path ), layer ) );
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
          return fail( QCoreApplication::translate( "vigie::feeds", "%1: layer '%2' has no primary key" ).arg( shown( path ), layer ) );
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
        return fail(
            QCoreApplication::translate( "vigie::feeds", "%1: layer '%2' has no feature %3" ).arg( shown( path ), layer ).arg( fid ) );
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
      return fail( QCoreApplication::translate( "vigie::feeds", "%1 does not exist" ).arg( shown( territoryPath ) ) );
    if ( !info.isFile() )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1 is not a file" ).arg( shown( territoryPath ) ) );

    std::unique_ptr<ObservationStore> store( new ObservationStore );
    Private &d = *store->d;
    d.path = territoryPath;
    if ( sqlite3_open_v2( territoryPath.toUtf8().constData(), &d.db, readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, nullptr ) !=
         SQLITE_OK )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot open: %2" )
                       .arg( shown( territoryPath ), d.db ? sql::lastError( d.db ) : QString() ) );
    // other connections (the app's GDAL dataset, a second vigie-cli) may hold the write lock briefly
    sqlite3_busy_timeout( d.db, 10000 );

    QString reason;
    Statement tables;
    if ( !tables.prepare( d.db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('vigie_schema', 'gpkg_contents')",
                          &reason ) )
      return fail(
          QCoreApplication::translate( "vigie::feeds", "%1: not a GeoPackage or corrupt: %2" ).arg( shown( territoryPath ), reason ) );
    QSet<QString> present;
    while ( tables.step() == SQLITE_ROW )
      present.insert( tables.text( 0 ) );
    if ( !present.contains( QStringLiteral( "gpkg_contents" ) ) || !present.contains( QStringLiteral( "vigie_schema" ) ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1 is not a Vigie territory (no vigie_schema or gpkg_contents table)" )
                       .arg( shown( territoryPath ) ) );

    // WAL: readers (map, charts) never block the writer. synchronous=FULL: the WAL is synced at
    // every commit, so a batch store() reported as stored survives a power cut, not only a crash;
    // this is what lets the MQTT client acknowledge a message once store() returned true.
    if ( !readOnly && ( !sql::exec( d.db, QStringLiteral( "PRAGMA journal_mode=WAL" ), &reason ) ||
                        !sql::exec( d.db, QStringLiteral( "PRAGMA synchronous=FULL" ), &reason ) ||
                        !sql::exec( d.db, QStringLiteral( "PRAGMA cache_size=-65536" ), &reason ) ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot switch to WAL: %2" ).arg( shown( territoryPath ), reason ) );

    Statement version;
    if ( !version.prepare( d.db, "SELECT version FROM vigie_schema WHERE component = 'feeds'", &reason ) )
      return fail(
          QCoreApplication::translate( "vigie::feeds", "%1: cannot read vigie_schema: %2" ).arg( shown( territoryPath ), reason ) );
    const int stored = version.step() == SQLITE_ROW ? static_cast<int>( version.int64( 0 ) ) : 0;
    version.reset();
    if ( stored > kFeedsSchemaVersion )
      return fail( QCoreApplication::translate( "vigie::feeds",
                                                "%1 was written by a newer Vigie (component feeds schema %2, this version supports %3)" )
                       .arg( shown( territoryPath ) )
                       .arg( stored )
                       .arg( kFeedsSchemaVersion ) );
    if ( stored < kFeedsSchemaVersion && readOnly )
    {
      if ( noFeedsTables )
        *noFeedsTables = stored == 0;
      return fail(
          stored == 0
              ? QCoreApplication::translate( "vigie::feeds", "%1 has no sensor data yet (no feeds tables)" ).arg( shown( territoryPath ) )
              : QCoreApplication::translate( "vigie::feeds", "%1: feeds schema %2 must be migrated to %3: open it for writing once" )
                    .arg( shown( territoryPath ) )
                    .arg( stored )
                    .arg( kFeedsSchemaVersion ) );
    }
    if ( stored < kFeedsSchemaVersion )
    {
      // forward migration, one transaction: version 0 (no feeds tables) -> 1
      if ( !d.begin( &reason ) )
        return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot start the feeds migration: %2" )
                         .arg( shown( territoryPath ), reason ) );
      for ( const char *statement : kSchemaV1 )
      {
        if ( !sql::exec( d.db, QString::fromUtf8( statement ), &reason ) )
        {
          d.rollback();
          return fail( QCoreApplication::translate( "vigie::feeds", "%1: migration of feeds to schema %2 failed: %3" )
                           .arg( shown( territoryPath ) )
                           .arg( 1 )
                           .arg( reason ) );
        }
      }
      const QString record = stored == 0 ? QStringLiteral( "INSERT INTO vigie_schema (component, version) VALUES ('feeds', %1)" )
                                         : QStringLiteral( "UPDATE vigie_schema SET version = %1 WHERE component = 'feeds'" );
      if ( !sql::exec( d.db, record.arg( kFeedsSchemaVersion ), &reason ) || !sql::exec( d.db, QStringLiteral( "COMMIT" ), &reason ) )
      {
        d.rollback();
        return fail( QCoreApplication::translate( "vigie::feeds", "%1: migration of feeds to schema %2 failed: %3" )
                         .arg( shown( territoryPath ) )
                         .arg( 1 )
                         .arg( reason ) );
      }
      logMessage( LogLevel::Info, kTopic,
                  QCoreApplication::translate( "vigie::feeds", "%1: feeds tables created (schema %2)" )
                      .arg( shown( territoryPath ) )
                      .arg( kFeedsSchemaVersion ) );
    }

    if ( !d.insertObservation.prepare( d.db, "INSERT OR IGNORE INTO feeds_observations (sensor, t, value, flags) VALUES (?, ?, ?, ?)",
                                       &reason ) ||
         !d.updateLast.prepare( d.db, "UPDATE feeds_sensors SET last_value = ?, last_time = ?, state = ? WHERE id = ?", &reason ) ||
         !d.updateState.prepare( d.db, "UPDATE feeds_sensors SET state = ? WHERE id = ?", &reason ) || !d.loadSensors( &reason ) )
      return fail(
          QCoreApplication::translate( "vigie::feeds", "%1: cannot read the feeds tables: %2" ).arg( shown( territoryPath ), reason ) );

    d.alarms.reset( new AlarmEngine( store.get() ) );
    if ( !d.alarms->reload( &reason ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot read the alarms: %2" ).arg( shown( territoryPath ), reason ) );
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
      d->rollback();
      QString ignored;
      d->alarms->reload( &ignored );
      r.stored = r.duplicates = r.outOfRange = r.unboundRegistered = 0;
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: observations not stored (batch of %2 rolled back): %3" )
                            .arg( shown( d->path ) )
                            .arg( total )
                            .arg( why );
      return false;
    };
    if ( !d->begin( &reason ) )
      return fail( reason );
    for ( const SensorInfo &created : newSensors )
    {
      if ( !d->insertSensorRow( created, &reason ) )
        return fail( reason );
    }
    r.unboundRegistered = static_cast<int>( newSensors.size() );

    const bool evaluate = d->alarms->hasArrivalRules();
    sqlite3_stmt *insert = d->insertObservation.get();
    for ( const Row &row : rows )
    {
      Slot &slot = slots[size_t( row.slot )];
      sqlite3_bind_text( insert, 1, slot.utf8.constData(), int( slot.utf8.size() ), SQLITE_STATIC );
      sqlite3_bind_int64( insert, 2, row.t );
      sqlite3_bind_double( insert, 3, row.value );
      sqlite3_bind_int( insert, 4, row.flags );
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
    sqlite3_clear_bindings( insert );

    // 3. last value and state of each sensor that got a newer value (see kLastValueWriteMs)
    std::vector<int> persisted;
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
      Statement &u = d->updateLast;
      u.reset();
      u.bind( 1, slot.lastValue );
      u.bind( 2, slot.lastT );
      u.bind( 3, stateText( slot.state ) );
      sqlite3_bind_text( u.get(), 4, slot.utf8.constData(), int( slot.utf8.size() ), SQLITE_STATIC );
      if ( !u.run( &reason ) )
        return fail( reason );
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
      return fail(
          QCoreApplication::translate( "vigie::feeds", "the raw retention period must be 0 days or more (got %1)" ).arg( rawDays ) );
    const qint64 reference = sql::toMs( now.isValid() ? now : QDateTime::currentDateTimeUtc() );
    qint64 cutoff = reference - qint64( rawDays ) * 24 * 3600 * 1000;
    // whole 15-minute buckets only: the bucket in progress at the cut-off stays raw
    cutoff -= ( ( cutoff % kBucketMs ) + kBucketMs ) % kBucketMs;

    QString reason;
    if ( !d->begin( &reason ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
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
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
    }
    move.bind( 1, cutoff );
    if ( !move.run( &reason ) )
    {
      d->rollback();
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
    }
    Statement remove( d->db, "DELETE FROM feeds_observations WHERE t < ?1" );
    remove.bind( 1, cutoff );
    if ( !remove.isValid() || !remove.run( &reason ) )
    {
      d->rollback();
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
    }
    const qint64 moved = sqlite3_changes( d->db );
    if ( !sql::exec( d->db, QStringLiteral( "COMMIT" ), &reason ) )
    {
      d->rollback();
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: retention not applied: %2" ).arg( shown( d->path ), reason ) );
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
