// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms.h"

#include "feedssql.h"
#include "observationstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace vigie::feeds
{
  using sql::Statement;

  namespace
  {

    QString tableName( const QString &layer )
    {
      QString table = layer.trimmed();
      const int colon = table.indexOf( QLatin1Char( ':' ) );
      if ( colon > 0 )
        table[colon] = QLatin1Char( '_' );
      return table;
    }

    AlarmState stateFromText( const QString &text )
    {
      if ( text == QLatin1String( "acknowledged" ) )
        return AlarmState::Acknowledged;
      if ( text == QLatin1String( "cleared" ) )
        return AlarmState::Cleared;
      return AlarmState::Raised;
    }

    const char *const kAlarmColumns = "SELECT id, rule, rule_name, sensor, layer, fid, severity, state, active, message, value, raised_at,"
                                      " acknowledged_by, acknowledged_at, cleared_by, cleared_at FROM feeds_alarms";

    Alarm alarmFromRow( const Statement &q )
    {
      Alarm a;
      a.id = q.int64( 0 );
      a.ruleId = q.int64( 1 );
      a.ruleName = q.text( 2 );
      a.sensorId = q.text( 3 );
      a.layer = q.text( 4 );
      a.fid = q.isNull( 5 ) ? -1 : q.int64( 5 );
      alarmSeverityFromName( q.text( 6 ), &a.severity );
      a.state = stateFromText( q.text( 7 ) );
      a.active = q.int64( 8 ) != 0;
      a.message = q.text( 9 );
      a.value = q.real( 10 );
      a.raisedAt = sql::fromMs( q.int64( 11 ) );
      a.acknowledgedBy = q.text( 12 );
      if ( !q.isNull( 13 ) )
        a.acknowledgedAt = sql::fromMs( q.int64( 13 ) );
      a.clearedBy = q.text( 14 );
      if ( !q.isNull( 15 ) )
        a.clearedAt = sql::fromMs( q.int64( 15 ) );
      return a;
    }
  } // namespace

  QString alarmRuleTypeName( AlarmRuleType type )
  {
    switch ( type )
    {
    case AlarmRuleType::Above:
      return QStringLiteral( "above" );
    case AlarmRuleType::Below:
      return QStringLiteral( "below" );
    case AlarmRuleType::RateOfChange:
      return QStringLiteral( "rate" );
    case AlarmRuleType::Stale:
      break;
    }
    return QStringLiteral( "stale" );
  }

  bool alarmRuleTypeFromName( const QString &name, AlarmRuleType *type )
  {
    for ( AlarmRuleType t : { AlarmRuleType::Above, AlarmRuleType::Below, AlarmRuleType::RateOfChange, AlarmRuleType::Stale } )
    {
      if ( alarmRuleTypeName( t ).compare( name.trimmed(), Qt::CaseInsensitive ) == 0 )
      {
        *type = t;
        return true;
      }
    }
    return false;
  }

  QString alarmSeverityName( AlarmSeverity severity )
  {
    switch ( severity )
    {
    case AlarmSeverity::Info:
      return QStringLiteral( "info" );
    case AlarmSeverity::Warning:
      return QStringLiteral( "warning" );
    case AlarmSeverity::Critical:
      break;
    }
    return QStringLiteral( "critical" );
  }

  bool alarmSeverityFromName( const QString &name, AlarmSeverity *severity )
  {
    for ( AlarmSeverity s : { AlarmSeverity::Info, AlarmSeverity::Warning, AlarmSeverity::Critical } )
    {
      if ( alarmSeverityName( s ).compare( name.trimmed(), Qt::CaseInsensitive ) == 0 )
      {
        *severity = s;
        return true;
      }
    }
    return false;
  }

  QString alarmStateName( AlarmState state )
  {
    switch ( state )
    {
    case AlarmState::Raised:
      return QStringLiteral( "raised" );
    case AlarmState::Acknowledged:
      return QStringLiteral( "acknowledged" );
    case AlarmState::Cleared:
      break;
    }
    return QStringLiteral( "cleared" );
  }

  bool AlarmRule::appliesTo( const SensorInfo &sensor ) const
  {
    if ( !sensorId.isEmpty() && sensorId != sensor.id )
      return false;
    if ( !layer.isEmpty() && ( tableName( layer ) != sensor.layer || fid != sensor.fid ) )
      return false;
    if ( kind != SensorKind::Unknown && kind != sensor.kind )
      return false;
    return true;
  }

  struct AlarmEngine::Private
  {
    struct Open
    {
      qint64 id = 0;
      bool active = true;
      bool stale = false;
    };

    ObservationStore *store = nullptr;
    SqlConnection *db = nullptr;
    QList<AlarmRule> rules;
    //! sensor -> rule id -> its alarm that is not cleared
    QHash<QString, QHash<qint64, Open>> open;
    double offlineMinutes = 1440;
    Statement insertAlarm;
    Statement insertEvent;
    Statement setActive;
    Statement findOpen;

    // changes made by other connections (see refresh())
    std::atomic<bool> marked{ false };
    std::atomic<bool> notified{ false };
    std::atomic<qint64> revision{ 0 };
    int pollIntervalMs = 2000;
    QElapsedTimer lastPoll;
    qint64 dataVersion = -1;
    QString fingerprint;
    Statement dataVersionQuery;
    Statement fingerprintQuery;

    bool isSqlite() const { return db->dialect() == SqlConnection::Dialect::Sqlite; }

    //! SQLite: changes when another connection committed to the file (read from the WAL index, no table read).
    qint64 readDataVersion()
    {
      if ( !dataVersionQuery.isValid() && !dataVersionQuery.prepare( db, "PRAGMA data_version", nullptr ) )
        return -1;
      dataVersionQuery.reset();
      const qint64 version = dataVersionQuery.step() == sql::kRow ? dataVersionQuery.int64( 0 ) : -1;
      dataVersionQuery.reset();
      return version;
    }

    //! What changes whenever an alarm is raised, acknowledged, cleared, or a rule added, removed, switched (indexed reads).
    bool readFingerprint( QString *print, QString *error )
    {
      if ( !fingerprintQuery.isValid() &&
           !fingerprintQuery.prepare( db,
                                      "SELECT (SELECT coalesce(max(id), 0) FROM feeds_alarm_events),"
                                      " (SELECT count(*) FROM feeds_alarm_rules), (SELECT coalesce(max(id), 0) FROM feeds_alarm_rules),"
                                      " (SELECT count(*) FROM feeds_alarm_rules WHERE enabled <> 0),"
                                      " (SELECT count(*) FROM feeds_alarms WHERE state = 'raised'),"
                                      " (SELECT count(*) FROM feeds_alarms WHERE state = 'acknowledged')",
                                      error ) )
        return false;
      fingerprintQuery.reset();
      if ( fingerprintQuery.step() != sql::kRow )
      {
        if ( error )
          *error = fingerprintQuery.error();
        fingerprintQuery.reset();
        return false;
      }
      QStringList parts;
      for ( int i = 0; i < 6; ++i )
        parts << QString::number( fingerprintQuery.int64( i ) );
      fingerprintQuery.reset();
      *print = parts.join( QLatin1Char( ':' ) );
      return true;
    }

    /**
     * An alarm of (rule, sensor) that is not cleared, raised or acknowledged through another
     * connection since this engine last loaded: adopted instead of raising a duplicate.
     */
    bool findOpenAlarm( qint64 rule, const QString &sensor, Open *entry, bool *found, QString *error )
    {
      *found = false;
      if ( !findOpen.isValid() && !findOpen.prepare( db,
                                                     "SELECT id, active FROM feeds_alarms WHERE state IN ('raised', 'acknowledged')"
                                                     " AND sensor = ? AND rule = ? ORDER BY id DESC LIMIT 1",
                                                     error ) )
        return false;
      findOpen.reset();
      findOpen.bind( 1, sensor );
      findOpen.bind( 2, rule );
      const int rc = findOpen.step();
      if ( rc == sql::kRow )
      {
        *found = true;
        entry->id = findOpen.int64( 0 );
        entry->active = findOpen.int64( 1 ) != 0;
      }
      else if ( rc != sql::kDone )
      {
        if ( error )
          *error = findOpen.error();
        findOpen.reset();
        return false;
      }
      findOpen.reset();
      return true;
    }

    bool event( qint64 alarm, qint64 t, const QString &what, const QString &user, const QString &detail, QString *error )
    {
      // this connection's own change: the fingerprint no longer says what was loaded (an ABA change elsewhere,
      // e.g. a rule added here and removed there, must still reload)
      fingerprint.clear();
      Statement &e = insertEvent;
      e.reset();
      e.bind( 1, alarm );
      e.bind( 2, t );
      e.bind( 3, what );
      e.bindOptional( 4, user );
      e.bindOptional( 5, detail );
      return e.run( error );
    }

    //! Raises, re-activates or returns to normal the alarm of (rule, sensor) after a condition evaluation.
    bool apply( const AlarmRule &rule, const SensorInfo &sensor, bool condition, double value, qint64 t, const QString &message,
                int *raised, QString *error )
    {
      QHash<qint64, Open> &bySensor = open[sensor.id];
      auto it = bySensor.find( rule.id );
      if ( condition && it == bySensor.end() )
      {
        // another desktop or the ingest service may have raised it meanwhile: never a duplicate
        Open other;
        other.stale = rule.type == AlarmRuleType::Stale;
        bool found = false;
        if ( !findOpenAlarm( rule.id, sensor.id, &other, &found, error ) )
          return false;
        if ( found )
        {
          it = bySensor.insert( rule.id, other );
          marked = true; // this engine's view is behind: reload everything before the next batch
        }
      }
      if ( condition )
      {
        if ( it == bySensor.end() )
        {
          Statement &a = insertAlarm;
          a.reset();
          a.bind( 1, rule.id );
          a.bind( 2, rule.name );
          a.bind( 3, sensor.id );
          a.bindOptional( 4, sensor.layer );
          if ( sensor.isBound() )
            a.bind( 5, sensor.fid );
          else
            a.bindNull( 5 );
          a.bind( 6, alarmSeverityName( rule.severity ) );
          a.bind( 7, message );
          a.bind( 8, value );
          a.bind( 9, t );
          // RETURNING id: the key on both back ends (no last_insert_rowid on PostgreSQL)
          const int rc = a.step();
          const qint64 id = rc == sql::kRow ? a.int64( 0 ) : -1;
          a.get()->reset();
          if ( rc != sql::kRow )
          {
            if ( error )
              *error = a.error();
            return false;
          }
          Open entry;
          entry.id = id;
          entry.stale = rule.type == AlarmRuleType::Stale;
          bySensor.insert( rule.id, entry );
          if ( raised )
            ++*raised;
          return event( entry.id, t, QStringLiteral( "raised" ), QString(), message, error );
        }
        if ( !it->active )
        {
          bool updated = false;
          if ( !setFlag( it->id, true, &updated, error ) )
            return false;
          if ( !updated )
          {
            // cleared through another connection: the condition holds again, so a new alarm
            bySensor.erase( it );
            marked = true;
            return apply( rule, sensor, condition, value, t, message, raised, error );
          }
          it->active = true;
          return event( it->id, t, QStringLiteral( "active" ), QString(), message, error );
        }
        return true;
      }
      if ( it != bySensor.end() && it->active )
      {
        bool updated = false;
        if ( !setFlag( it->id, false, &updated, error ) )
          return false;
        if ( !updated )
        {
          bySensor.erase( it ); // cleared through another connection
          marked = true;
          return true;
        }
        it->active = false;
        return event( it->id, t, QStringLiteral( "normal" ), QString(), message, error );
      }
      return true;
    }

    //! \a updated false when the alarm was cleared meanwhile (by another connection): not changed then.
    bool setFlag( qint64 alarm, bool active, bool *updated, QString *error )
    {
      Statement &s = setActive;
      s.reset();
      s.bind( 1, active ? 1 : 0 );
      s.bind( 2, alarm );
      if ( !s.run( error ) )
        return false;
      *updated = s.changes() != 0;
      return true;
    }

    int stateFor( const QString &sensorId ) const
    {
      auto it = open.constFind( sensorId );
      if ( it == open.constEnd() )
        return static_cast<int>( SensorState::Ok );
      bool stale = false;
      for ( const Open &entry : it.value() )
      {
        if ( !entry.active )
          continue;
        if ( !entry.stale )
          return static_cast<int>( SensorState::Alarm );
        stale = true;
      }
      return static_cast<int>( stale ? SensorState::Stale : SensorState::Ok );
    }
  };

  AlarmEngine::AlarmEngine( ObservationStore *store ) : d( new Private )
  {
    d->store = store;
    d->db = store->handle();
  }

  AlarmEngine::~AlarmEngine() = default;

  double AlarmEngine::offlineMinutes() const
  {
    return d->offlineMinutes;
  }

  void AlarmEngine::setOfflineMinutes( double minutes )
  {
    d->offlineMinutes = minutes;
  }

  QString AlarmEngine::systemUserName()
  {
    for ( const char *variable : { "USER", "USERNAME", "LOGNAME" } )
    {
      const QString name = qEnvironmentVariable( variable );
      if ( !name.isEmpty() )
        return name;
    }
    return QStringLiteral( "unknown" );
  }

  bool AlarmEngine::reload( QString *errorMessage )
  {
    if ( !d->insertAlarm.isValid() &&
         ( !d->insertAlarm.prepare(
               d->db,
               "INSERT INTO feeds_alarms (rule, rule_name, sensor, layer, fid, severity, state, active, message, value, raised_at)"
               " VALUES (?, ?, ?, ?, ?, ?, 'raised', 1, ?, ?, ?) RETURNING id",
               errorMessage ) ||
           !d->insertEvent.prepare( d->db, "INSERT INTO feeds_alarm_events (alarm, t, event, \"user\", detail) VALUES (?, ?, ?, ?, ?)",
                                    errorMessage ) ||
           !d->setActive.prepare( d->db, "UPDATE feeds_alarms SET active = ? WHERE id = ? AND state <> 'cleared'", errorMessage ) ) )
      return false;
    d->rules.clear();
    d->open.clear();
    Statement q;
    if ( !q.prepare(
             d->db,
             "SELECT id, name, type, kind, sensor, layer, fid, threshold, minutes, severity, enabled FROM feeds_alarm_rules ORDER BY id",
             errorMessage ) )
      return false;
    while ( q.step() == sql::kRow )
    {
      AlarmRule rule;
      rule.id = q.int64( 0 );
      rule.name = q.text( 1 );
      alarmRuleTypeFromName( q.text( 2 ), &rule.type );
      rule.kind = sensorKindFromName( q.text( 3 ) );
      rule.sensorId = q.text( 4 );
      rule.layer = q.text( 5 );
      rule.fid = q.isNull( 6 ) ? -1 : q.int64( 6 );
      rule.threshold = q.real( 7 );
      rule.minutes = q.real( 8 );
      alarmSeverityFromName( q.text( 9 ), &rule.severity );
      rule.enabled = q.int64( 10 ) != 0;
      d->rules << rule;
    }
    Statement alarms;
    if ( !alarms.prepare(
             d->db,
             "SELECT a.id, a.rule, a.sensor, a.active, r.type FROM feeds_alarms a LEFT JOIN feeds_alarm_rules r ON r.id = a.rule"
             " WHERE a.state <> 'cleared'",
             errorMessage ) )
      return false;
    while ( alarms.step() == sql::kRow )
    {
      Private::Open entry;
      entry.id = alarms.int64( 0 );
      entry.active = alarms.int64( 3 ) != 0;
      entry.stale = alarms.text( 4 ) == QLatin1String( "stale" );
      d->open[alarms.text( 2 )].insert( alarms.int64( 1 ), entry );
    }
    // what refresh() compares with: the state just loaded
    if ( d->isSqlite() )
      d->dataVersion = d->readDataVersion();
    d->lastPoll.start();
    return d->readFingerprint( &d->fingerprint, errorMessage );
  }

  bool AlarmEngine::refresh( bool *changed, QString *errorMessage, bool force )
  {
    if ( changed )
      *changed = false;
    if ( !d->marked.exchange( false ) )
    {
      if ( d->isSqlite() )
      {
        // no other connection committed anything: nothing to read
        const qint64 version = d->readDataVersion();
        if ( version == d->dataVersion && !force )
          return true;
        d->dataVersion = version;
      }
      else if ( !force && ( d->notified || ( d->lastPoll.isValid() && d->lastPoll.elapsed() < d->pollIntervalMs ) ) )
        return true;
      d->lastPoll.start();
      QString print;
      if ( !d->readFingerprint( &print, errorMessage ) )
        return false;
      if ( print == d->fingerprint )
        return true;
    }
    if ( !reload( errorMessage ) )
    {
      d->marked = true; // try again next time
      return false;
    }
    ++d->revision;
    if ( changed )
      *changed = true;
    return true;
  }

  void AlarmEngine::markChanged()
  {
    d->marked = true;
  }

  void AlarmEngine::setNotified( bool notified )
  {
    d->notified = notified;
  }

  bool AlarmEngine::isNotified() const
  {
    return d->notified;
  }

  void AlarmEngine::setPollInterval( int milliseconds )
  {
    d->pollIntervalMs = std::max( 0, milliseconds );
  }

  int AlarmEngine::pollInterval() const
  {
    return d->pollIntervalMs;
  }

  qint64 AlarmEngine::revision() const
  {
    return d->revision;
  }

  QList<AlarmRule> AlarmEngine::rules() const
  {
    return d->rules;
  }

  bool AlarmEngine::addRule( AlarmRule &rule, QString *errorMessage )
  {
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return false;
    };
    if ( !std::isfinite( rule.threshold ) )
      return fail(
          QCoreApplication::translate( "vigie::feeds", "alarm rule '%1': the threshold must be a finite number" ).arg( rule.name ) );
    if ( rule.type == AlarmRuleType::RateOfChange && rule.threshold <= 0 )
      return fail( QCoreApplication::translate( "vigie::feeds", "alarm rule '%1': a rate of change threshold must be above 0 (got %2)" )
                       .arg( rule.name )
                       .arg( rule.threshold ) );
    if ( rule.type == AlarmRuleType::Stale && !( rule.minutes > 0 ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "alarm rule '%1': a stale rule needs a number of minutes above 0 (got %2)" )
                       .arg( rule.name )
                       .arg( rule.minutes ) );
    if ( !rule.layer.isEmpty() && rule.fid < 0 )
      return fail( QCoreApplication::translate( "vigie::feeds", "alarm rule '%1': an asset rule needs the layer and the feature id" )
                       .arg( rule.name ) );
    if ( !rule.layer.isEmpty() )
      rule.layer = tableName( rule.layer );
    Statement q;
    if ( !q.prepare( d->db,
                     "INSERT INTO feeds_alarm_rules (name, type, kind, sensor, layer, fid, threshold, minutes, severity, enabled)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                     errorMessage ) )
      return false;
    q.bind( 1, rule.name );
    q.bind( 2, alarmRuleTypeName( rule.type ) );
    if ( rule.kind == SensorKind::Unknown )
      q.bindNull( 3 );
    else
      q.bind( 3, sensorKindName( rule.kind ) );
    q.bindOptional( 4, rule.sensorId );
    q.bindOptional( 5, rule.layer );
    if ( rule.layer.isEmpty() )
      q.bindNull( 6 );
    else
      q.bind( 6, rule.fid );
    q.bind( 7, rule.threshold );
    q.bind( 8, rule.minutes );
    q.bind( 9, alarmSeverityName( rule.severity ) );
    q.bind( 10, rule.enabled ? 1 : 0 );
    QString reason;
    if ( q.step() != sql::kRow )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: cannot add alarm rule '%2': %3" )
                       .arg( d->db->displayName(), rule.name, q.error() ) );
    rule.id = q.int64( 0 );
    d->rules << rule;
    d->fingerprint.clear(); // see Private::event()
    return true;
  }

  bool AlarmEngine::removeRule( qint64 id, QString *errorMessage )
  {
    Statement q( d->db, "DELETE FROM feeds_alarm_rules WHERE id = ?" );
    q.bind( 1, id );
    QString reason;
    if ( !q.isValid() || !q.run( &reason ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "cannot remove alarm rule %1: %2" ).arg( id ).arg( reason );
      return false;
    }
    if ( q.changes() == 0 )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "no alarm rule %1" ).arg( id );
      return false;
    }
    d->fingerprint.clear(); // see Private::event()
    for ( int i = d->rules.size() - 1; i >= 0; --i )
    {
      if ( d->rules.at( i ).id == id )
        d->rules.removeAt( i );
    }
    return true;
  }

  QList<Alarm> AlarmEngine::alarms( bool includeCleared ) const
  {
    QList<Alarm> list;
    const QByteArray sql =
        QByteArray( kAlarmColumns ) + ( includeCleared ? "" : " WHERE state <> 'cleared'" ) + " ORDER BY raised_at DESC, id DESC";
    Statement q( d->db, sql.constData() );
    while ( q.isValid() && q.step() == sql::kRow )
      list << alarmFromRow( q );
    return list;
  }

  bool AlarmEngine::alarm( qint64 id, Alarm *alarm ) const
  {
    const QByteArray sql = QByteArray( kAlarmColumns ) + " WHERE id = ?";
    Statement q( d->db, sql.constData() );
    q.bind( 1, id );
    if ( !q.isValid() || q.step() != sql::kRow )
      return false;
    if ( alarm )
      *alarm = alarmFromRow( q );
    return true;
  }

  QList<AlarmEvent> AlarmEngine::history( qint64 alarmId ) const
  {
    QList<AlarmEvent> list;
    Statement q( d->db, "SELECT alarm, t, event, \"user\", detail FROM feeds_alarm_events WHERE ?1 <= 0 OR alarm = ?1 ORDER BY id" );
    q.bind( 1, alarmId );
    while ( q.isValid() && q.step() == sql::kRow )
    {
      AlarmEvent e;
      e.alarmId = q.int64( 0 );
      e.time = sql::fromMs( q.int64( 1 ) );
      e.event = q.text( 2 );
      e.user = q.text( 3 );
      e.detail = q.text( 4 );
      list << e;
    }
    return list;
  }

  bool AlarmEngine::acknowledge( qint64 id, const QString &user, QString *errorMessage, const QDateTime &when )
  {
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return false;
    };
    if ( user.trimmed().isEmpty() )
      return fail( QCoreApplication::translate( "vigie::feeds", "acknowledging alarm %1 needs a user name" ).arg( id ) );
    Alarm current;
    if ( !alarm( id, &current ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: no alarm %2" ).arg( d->db->displayName() ).arg( id ) );
    if ( current.state == AlarmState::Cleared )
      return fail( QCoreApplication::translate( "vigie::feeds", "alarm %1 was cleared by %2; it cannot be acknowledged" )
                       .arg( id )
                       .arg( current.clearedBy ) );
    if ( current.state == AlarmState::Acknowledged )
      return fail( QCoreApplication::translate( "vigie::feeds", "alarm %1 was already acknowledged by %2" )
                       .arg( id )
                       .arg( current.acknowledgedBy ) );
    const qint64 t = sql::toMs( when.isValid() ? when : QDateTime::currentDateTimeUtc() );
    QString reason;
    if ( !sql::begin( d->db, &reason ) )
      return fail( reason );
    // "AND state = 'raised'": of two desktops acknowledging at the same time, one wins, the other is told
    Statement q( d->db, "UPDATE feeds_alarms SET state = 'acknowledged', acknowledged_by = ?, acknowledged_at = ? WHERE id = ?"
                        " AND state = 'raised'" );
    q.bind( 1, user );
    q.bind( 2, t );
    q.bind( 3, id );
    if ( !q.isValid() || !q.run( &reason ) )
    {
      if ( !q.isValid() )
        reason = q.error();
      sql::rollback( d->db );
      return fail( QCoreApplication::translate( "vigie::feeds", "cannot acknowledge alarm %1: %2" ).arg( id ).arg( reason ) );
    }
    if ( q.changes() == 0 )
    {
      sql::rollback( d->db );
      Alarm now;
      alarm( id, &now );
      return fail(
          QCoreApplication::translate( "vigie::feeds", "alarm %1 was already acknowledged by %2" ).arg( id ).arg( now.acknowledgedBy ) );
    }
    if ( !d->event( id, t, QStringLiteral( "acknowledged" ), user, QString(), &reason ) ||
         !sql::exec( d->db, QStringLiteral( "COMMIT" ), &reason ) )
    {
      sql::rollback( d->db );
      return fail( QCoreApplication::translate( "vigie::feeds", "cannot acknowledge alarm %1: %2" ).arg( id ).arg( reason ) );
    }
    return true;
  }

  bool AlarmEngine::raiseAnalysisAlarm( Alarm &alarm, bool *created, QString *errorMessage )
  {
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return false;
    };
    if ( created )
      *created = false;
    if ( alarm.sensorId.trimmed().isEmpty() )
      return fail( QCoreApplication::translate( "vigie::feeds", "an analysis alarm needs a key (its sensor id)" ) );
    QString reason;
    if ( !d->insertAlarm.isValid() && !reload( &reason ) )
      return fail( reason );
    if ( !sql::begin( d->db, &reason ) )
      return fail( reason );
    auto abort = [&]( const QString &why )
    {
      sql::rollback( d->db );
      return fail( QCoreApplication::translate( "vigie::feeds", "cannot raise the alarm \"%1\": %2" ).arg( alarm.sensorId, why ) );
    };
    {
      Statement q( d->db, "SELECT id FROM feeds_alarms WHERE rule = 0 AND sensor = ? ORDER BY id LIMIT 1" );
      if ( !q.isValid() )
        return abort( q.error() );
      q.bind( 1, alarm.sensorId );
      const int rc = q.step();
      if ( rc == sql::kRow )
      {
        alarm.id = q.int64( 0 );
        q.reset();
        sql::rollback( d->db );
        return true;
      }
      if ( rc != sql::kDone )
        return abort( q.error() );
      q.reset();
    }
    const qint64 t = sql::toMs( alarm.raisedAt.isValid() ? alarm.raisedAt : QDateTime::currentDateTimeUtc() );
    Statement &a = d->insertAlarm;
    a.reset();
    a.bind( 1, qint64( 0 ) );
    a.bind( 2, alarm.ruleName );
    a.bind( 3, alarm.sensorId );
    a.bindOptional( 4, alarm.layer );
    if ( !alarm.layer.isEmpty() && alarm.fid >= 0 )
      a.bind( 5, alarm.fid );
    else
      a.bindNull( 5 );
    a.bind( 6, alarmSeverityName( alarm.severity ) );
    a.bind( 7, alarm.message );
    a.bind( 8, alarm.value );
    a.bind( 9, t );
    const int rc = a.step();
    const qint64 id = rc == sql::kRow ? a.int64( 0 ) : -1;
    a.get()->reset();
    if ( rc != sql::kRow )
      return abort( a.error() );
    if ( !d->event( id, t, QStringLiteral( "raised" ), QString(), alarm.message, &reason ) ||
         !sql::exec( d->db, QStringLiteral( "COMMIT" ), &reason ) )
      return abort( reason );
    alarm.id = id;
    alarm.ruleId = 0;
    alarm.state = AlarmState::Raised;
    alarm.active = true;
    alarm.raisedAt = sql::fromMs( t );
    if ( created )
      *created = true;
    return true;
  }

  bool AlarmEngine::clear( qint64 id, const QString &user, QString *errorMessage, const QDateTime &when )
  {
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return false;
    };
    if ( user.trimmed().isEmpty() )
      return fail( QCoreApplication::translate( "vigie::feeds", "clearing alarm %1 needs a user name" ).arg( id ) );
    Alarm current;
    if ( !alarm( id, &current ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: no alarm %2" ).arg( d->db->displayName() ).arg( id ) );
    if ( current.state == AlarmState::Cleared )
      return fail( QCoreApplication::translate( "vigie::feeds", "alarm %1 was already cleared by %2" ).arg( id ).arg( current.clearedBy ) );
    const qint64 t = sql::toMs( when.isValid() ? when : QDateTime::currentDateTimeUtc() );
    QString reason;
    if ( !sql::begin( d->db, &reason ) )
      return fail( reason );
    Statement q( d->db, "UPDATE feeds_alarms SET state = 'cleared', cleared_by = ?, cleared_at = ? WHERE id = ?" );
    q.bind( 1, user );
    q.bind( 2, t );
    q.bind( 3, id );
    auto openIt = d->open.find( current.sensorId );
    Private::Open removed;
    bool hadOpen = false;
    if ( openIt != d->open.end() && openIt->contains( current.ruleId ) )
    {
      removed = openIt->take( current.ruleId );
      hadOpen = true;
    }
    const SensorState state = static_cast<SensorState>( d->stateFor( current.sensorId ) );
    SensorInfo sensor;
    const bool known = d->store->sensor( current.sensorId, &sensor );
    const bool changeState = known && sensor.state != SensorState::Offline && sensor.state != state;
    Statement s( d->db, "UPDATE feeds_sensors SET state = ? WHERE id = ?" );
    s.bind( 1, sensorStateName( state ) );
    s.bind( 2, current.sensorId );
    if ( !q.isValid() || !q.run( &reason ) || !d->event( id, t, QStringLiteral( "cleared" ), user, QString(), &reason ) ||
         ( changeState && !s.run( &reason ) ) || !sql::exec( d->db, QStringLiteral( "COMMIT" ), &reason ) )
    {
      sql::rollback( d->db );
      if ( hadOpen )
        d->open[current.sensorId].insert( current.ruleId, removed );
      return fail( QCoreApplication::translate( "vigie::feeds", "cannot clear alarm %1: %2" ).arg( id ).arg( reason ) );
    }
    if ( changeState )
      d->store->setSensorState( current.sensorId, state, nullptr );
    return true;
  }

  bool AlarmEngine::hasArrivalRules() const
  {
    for ( const AlarmRule &rule : std::as_const( d->rules ) )
    {
      if ( rule.enabled )
        return true; // stale rules too: an arriving value returns them to normal
    }
    return false;
  }

  bool AlarmEngine::evaluateArrival( const SensorInfo &sensor, const Observation &observation, double previousValue,
                                     const QDateTime &previousTime, int *raised, QString *errorMessage )
  {
    const qint64 t = sql::toMs( observation.time );
    const double value = observation.value;
    const QString unit = observation.unit;
    for ( const AlarmRule &rule : std::as_const( d->rules ) )
    {
      if ( !rule.enabled || !rule.appliesTo( sensor ) )
        continue;
      bool condition = false;
      QString message;
      switch ( rule.type )
      {
      case AlarmRuleType::Above:
        condition = value > rule.threshold;
        message = QCoreApplication::translate( "vigie::feeds", "%1: %2 %3 above %4 %3" )
                      .arg( sensor.id )
                      .arg( value )
                      .arg( unit )
                      .arg( rule.threshold );
        break;
      case AlarmRuleType::Below:
        condition = value < rule.threshold;
        message = QCoreApplication::translate( "vigie::feeds", "%1: %2 %3 below %4 %3" )
                      .arg( sensor.id )
                      .arg( value )
                      .arg( unit )
                      .arg( rule.threshold );
        break;
      case AlarmRuleType::RateOfChange:
      {
        if ( !previousTime.isValid() )
          continue;
        const double minutes = static_cast<double>( t - sql::toMs( previousTime ) ) / 60000.0;
        if ( minutes <= 0 )
          continue;
        const double rate = std::abs( value - previousValue ) / minutes;
        condition = rate > rule.threshold;
        message = QCoreApplication::translate( "vigie::feeds", "%1: changes by %2 %3/min (limit %4 %3/min)" )
                      .arg( sensor.id )
                      .arg( rate )
                      .arg( unit )
                      .arg( rule.threshold );
        break;
      }
      case AlarmRuleType::Stale:
        message = QCoreApplication::translate( "vigie::feeds", "%1: values again" ).arg( sensor.id );
        break;
      }
      if ( !d->apply( rule, sensor, condition, value, t, message, raised, errorMessage ) )
        return false;
    }
    return true;
  }

  int AlarmEngine::sensorStateFromAlarms( const QString &sensorId ) const
  {
    return d->stateFor( sensorId );
  }

  int AlarmEngine::evaluateStale( const QDateTime &now, QString *errorMessage )
  {
    const qint64 reference = sql::toMs( now.isValid() ? now : QDateTime::currentDateTimeUtc() );
    QString reason;
    if ( !sql::begin( d->db, &reason ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "stale evaluation not done: %1" ).arg( reason );
      return -1;
    }
    // rules and alarms changed by another connection first (an alarm cleared on another desktop)
    if ( !refresh( nullptr, &reason ) )
    {
      sql::rollback( d->db );
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "stale evaluation not done: %1" ).arg( reason );
      return -1;
    }
    int raised = 0;
    QHash<QString, SensorState> states;
    const QList<SensorInfo> sensors = d->store->sensors();
    for ( const SensorInfo &sensor : sensors )
    {
      const double silentMinutes = sensor.hasLastValue ? static_cast<double>( reference - sql::toMs( sensor.lastTime ) ) / 60000.0 : -1;
      for ( const AlarmRule &rule : std::as_const( d->rules ) )
      {
        if ( !rule.enabled || rule.type != AlarmRuleType::Stale || !rule.appliesTo( sensor ) || !sensor.hasLastValue )
          continue;
        const bool condition = silentMinutes > rule.minutes;
        const QString message = QCoreApplication::translate( "vigie::feeds", "%1: no value for %2 min (limit %3 min)" )
                                    .arg( sensor.id )
                                    .arg( std::floor( silentMinutes ) )
                                    .arg( rule.minutes );
        if ( !d->apply( rule, sensor, condition, sensor.lastValue, reference, message, &raised, &reason ) )
        {
          sql::rollback( d->db );
          reload( nullptr );
          if ( errorMessage )
            *errorMessage = QCoreApplication::translate( "vigie::feeds", "stale evaluation not done: %1" ).arg( reason );
          return -1;
        }
      }
      SensorState state = static_cast<SensorState>( d->stateFor( sensor.id ) );
      if ( !sensor.hasLastValue || silentMinutes > d->offlineMinutes )
        state = SensorState::Offline;
      if ( state != sensor.state )
        states.insert( sensor.id, state );
    }
    Statement s( d->db, "UPDATE feeds_sensors SET state = ? WHERE id = ?" );
    for ( auto it = states.cbegin(); it != states.cend(); ++it )
    {
      s.bind( 1, sensorStateName( it.value() ) );
      s.bind( 2, it.key() );
      if ( !s.run( &reason ) )
      {
        sql::rollback( d->db );
        reload( nullptr );
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::feeds", "stale evaluation not done: %1" ).arg( reason );
        return -1;
      }
    }
    if ( !sql::exec( d->db, QStringLiteral( "COMMIT" ), &reason ) )
    {
      sql::rollback( d->db );
      reload( nullptr );
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "stale evaluation not done: %1" ).arg( reason );
      return -1;
    }
    for ( auto it = states.cbegin(); it != states.cend(); ++it )
      d->store->setSensorState( it.key(), it.value(), nullptr ); // same value: memory only
    return raised;
  }
} // namespace vigie::feeds
