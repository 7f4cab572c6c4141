// SPDX-License-Identifier: GPL-2.0-or-later
#include "feedscli.h"

#include "alarms.h"
#include "decoder.h"
#include "feedsargs.h"
#include "feedsimportcli.h"
#include "observationstore.h"
#include "replayfeed.h"
#include "sensorthingsclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <cmath>

namespace vigie::feeds
{
  namespace
  {
    using namespace vigie::cli; // Success, Failure, UsageError, InputError

    using Args = CliArgs;

    bool parse( const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions, Args *a, QString *error )
    {
      return parseCliArgs( args, valueOptions, flagOptions, a, error );
    }

    class Command
    {
    public:
      Command( const QString &name, QTextStream &out, QTextStream &err ) : mName( name ), mOut( out ), mErr( err ) {}

      int fail( int code, const QString &message )
      {
        mErr << QCoreApplication::translate( "vigie::feeds", "vigie-cli %1: %2" ).arg( mName, message ) << '\n';
        if ( code == UsageError )
          mErr << QCoreApplication::translate( "vigie::feeds", "Run \"vigie-cli %1 --help\" for usage." )
                      .arg( mName.section( QLatin1Char( ' ' ), 0, 0 ) )
               << '\n';
        mErr.flush();
        return code;
      }

      int done( const QString &text )
      {
        mOut << text;
        if ( !text.endsWith( QLatin1Char( '\n' ) ) )
          mOut << '\n';
        mOut.flush();
        return Success;
      }

      int json( const QJsonObject &object )
      {
        mOut << QString::fromUtf8( QJsonDocument( object ).toJson( QJsonDocument::Indented ) );
        mOut.flush();
        return Success;
      }

      //! Opens the store of \a territory (read-only for read-back commands).
      std::unique_ptr<ObservationStore> open( const QString &territory, bool readOnly, int *code, bool *noFeeds = nullptr )
      {
        QString error;
        std::unique_ptr<ObservationStore> store =
            readOnly ? ObservationStore::openReadOnly( territory, &error, noFeeds ) : ObservationStore::open( territory, &error );
        if ( !store && !( noFeeds && *noFeeds ) )
          *code = fail( InputError, error );
        return store;
      }

      QString mName;
      QTextStream &mOut;
      QTextStream &mErr;
    };

    bool parseTime( const Args &a, const char *option, QDateTime *time, QString *error )
    {
      const QString text = a.value( option );
      if ( text.isEmpty() )
        return true;
      *time = parseIsoTime( text );
      if ( !time->isValid() )
      {
        *error = QCoreApplication::translate( "vigie::feeds", "--%1: \"%2\" is not an ISO 8601 time (e.g. 2024-05-01T08:00:00Z)" )
                     .arg( QLatin1String( option ), text );
        return false;
      }
      return true;
    }

    QString isoTime( const QDateTime &time )
    {
      return time.isValid() ? time.toUTC().toString( Qt::ISODateWithMs ) : QString();
    }

    QString flagsText( int flags )
    {
      QStringList names;
      if ( flags & OutOfRange )
        names << QStringLiteral( "out-of-range" );
      if ( flags & Converted )
        names << QStringLiteral( "converted" );
      return names.join( QLatin1Char( '|' ) );
    }

    QString kindText( SensorKind kind )
    {
      return kind == SensorKind::Unknown ? QStringLiteral( "unknown" ) : sensorKindName( kind );
    }

    // ---------------------------------------------------------------- observations

    QString observationsHelp()
    {
      return QCoreApplication::translate(
          "vigie::feeds", "Usage: vigie-cli observations COMMAND TERRITORY [options]\n"
                          "Reads back the sensor observations stored in a territory file.\n"
                          "\n"
                          "Commands:\n"
                          "  count TERRITORY [--sensor ID] [--json]     number of raw observations (and of 15-minute aggregates)\n"
                          "  export TERRITORY --out FILE.csv [--sensor ID] [--from ISO] [--to ISO] [--aggregates]\n"
                          "                                             writes raw observations (sensor,time,value,unit,flags) or\n"
                          "                                             15-minute aggregates (sensor,start,min,mean,max,count) as CSV\n"
                          "  retention TERRITORY --raw-days N           moves raw values older than N days into 15-minute aggregates now\n"
                          "  retention TERRITORY                        the same with the territory's retention period\n"
                          "  retention TERRITORY --set-raw-days N       stores the retention period (1 to 36500 days, default 90):\n"
                          "                                             vigie-cli ingest and the app apply it at start and every hour\n"
                          "  retention TERRITORY --show [--json]        the retention period, raw values and aggregates\n"
                          "\n"
                          "Times are ISO 8601 (2024-05-01T08:00:00Z); --from is included, --to excluded.\n"
                          "Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.\n" );
    }

    int runObservations( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      Command c( QStringLiteral( "observations" ), out, err );
      Args a;
      QString error;
      if ( !parse( args,
                   { QStringLiteral( "sensor" ), QStringLiteral( "out" ), QStringLiteral( "from" ), QStringLiteral( "to" ),
                     QStringLiteral( "raw-days" ), QStringLiteral( "set-raw-days" ) },
                   { QStringLiteral( "json" ), QStringLiteral( "aggregates" ), QStringLiteral( "show" ) }, &a, &error ) )
        return c.fail( UsageError, error );
      if ( a.help )
        return c.done( observationsHelp() );
      const QString sub = a.positional.value( 0 );
      if ( sub.isEmpty() )
        return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "missing command (count, export or retention)" ) );
      if ( a.positional.size() < 2 )
        return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "%1: missing TERRITORY" ).arg( sub ) );
      if ( a.positional.size() > 2 )
        return c.fail( UsageError,
                       QCoreApplication::translate( "vigie::feeds", "%1: unexpected argument \"%2\"" ).arg( sub, a.positional.at( 2 ) ) );
      const QString territory = a.positional.at( 1 );
      const QString sensorId = a.value( "sensor" );
      int code = Success;

      if ( sub == QLatin1String( "count" ) )
      {
        bool noFeeds = false;
        std::unique_ptr<ObservationStore> store = c.open( territory, true, &code, &noFeeds );
        if ( !store && !noFeeds )
          return code;
        if ( store && !sensorId.isEmpty() && !store->sensor( sensorId, nullptr ) )
          return c.fail(
              Failure,
              QCoreApplication::translate( "vigie::feeds", "%1: no sensor '%2'" ).arg( QDir::toNativeSeparators( territory ), sensorId ) );
        if ( !store && !sensorId.isEmpty() )
          return c.fail( Failure, QCoreApplication::translate( "vigie::feeds", "%1: no sensor '%2' (no sensor data yet)" )
                                      .arg( QDir::toNativeSeparators( territory ), sensorId ) );
        const qint64 count = store ? store->count( sensorId ) : 0;
        const qint64 aggregates =
            store ? ( sensorId.isEmpty() ? store->aggregateCount() : store->aggregates( sensorId, QDateTime(), QDateTime() ).size() ) : 0;
        const int sensors = store ? static_cast<int>( store->sensors().size() ) : 0;
        if ( a.has( "json" ) )
        {
          QJsonObject o{ { QStringLiteral( "territory" ), territory },
                         { QStringLiteral( "observations" ), count },
                         { QStringLiteral( "aggregates" ), aggregates },
                         { QStringLiteral( "sensors" ), sensors } };
          if ( !sensorId.isEmpty() )
            o.insert( QStringLiteral( "sensor" ), sensorId );
          return c.json( o );
        }
        if ( sensorId.isEmpty() )
          return c.done( QCoreApplication::translate( "vigie::feeds", "%1 observations of %2 sensors (%3 15-minute aggregates)" )
                             .arg( count )
                             .arg( sensors )
                             .arg( aggregates ) );
        return c.done( QCoreApplication::translate( "vigie::feeds", "%1 observations of sensor %2 (%3 15-minute aggregates)" )
                           .arg( count )
                           .arg( sensorId )
                           .arg( aggregates ) );
      }

      if ( sub == QLatin1String( "export" ) )
      {
        const QString outPath = a.value( "out" );
        if ( outPath.isEmpty() )
          return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "export: --out FILE.csv is required" ) );
        QDateTime from, to;
        if ( !parseTime( a, "from", &from, &error ) || !parseTime( a, "to", &to, &error ) )
          return c.fail( UsageError, error );
        if ( from.isValid() && to.isValid() && to <= from )
          return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "export: --to (%1) must come after --from (%2)" )
                                         .arg( isoTime( to ), isoTime( from ) ) );
        std::unique_ptr<ObservationStore> store = c.open( territory, true, &code );
        if ( !store )
          return code;
        if ( !sensorId.isEmpty() && !store->sensor( sensorId, nullptr ) )
          return c.fail(
              Failure,
              QCoreApplication::translate( "vigie::feeds", "%1: no sensor '%2'" ).arg( QDir::toNativeSeparators( territory ), sensorId ) );
        QSaveFile file( outPath );
        if ( !file.open( QIODevice::WriteOnly | QIODevice::Text ) )
          return c.fail( Failure, QCoreApplication::translate( "vigie::feeds", "%1: cannot write: %2" )
                                      .arg( QDir::toNativeSeparators( outPath ), file.errorString() ) );
        QTextStream csv( &file );
        qint64 rows = 0;
        if ( a.has( "aggregates" ) )
        {
          const QList<ObservationAggregate> aggregates = store->aggregates( sensorId, from, to, &error );
          if ( !error.isEmpty() )
            return c.fail( Failure, error );
          csv << "sensor,start,min,mean,max,count\n";
          for ( const ObservationAggregate &g : aggregates )
          {
            csv << g.sensorId << ',' << isoTime( g.start ) << ',' << QString::number( g.minimum, 'g', 15 ) << ','
                << QString::number( g.mean, 'g', 15 ) << ',' << QString::number( g.maximum, 'g', 15 ) << ',' << g.count << '\n';
            ++rows;
          }
        }
        else
        {
          const QList<Observation> observations = store->observations( sensorId, from, to, &error );
          if ( !error.isEmpty() )
            return c.fail( Failure, error );
          csv << "sensor,time,value,unit,flags\n";
          for ( const Observation &o : observations )
          {
            csv << o.sensorId << ',' << isoTime( o.time ) << ',' << QString::number( o.value, 'g', 15 ) << ',' << o.unit << ','
                << flagsText( o.flags ) << '\n';
            ++rows;
          }
        }
        csv.flush();
        if ( !file.commit() )
          return c.fail( Failure, QCoreApplication::translate( "vigie::feeds", "%1: cannot write: %2" )
                                      .arg( QDir::toNativeSeparators( outPath ), file.errorString() ) );
        return c.done(
            QCoreApplication::translate( "vigie::feeds", "%1 rows written to %2" ).arg( rows ).arg( QDir::toNativeSeparators( outPath ) ) );
      }

      if ( sub == QLatin1String( "retention" ) )
      {
        const int modes = ( a.has( "raw-days" ) ? 1 : 0 ) + ( a.has( "set-raw-days" ) ? 1 : 0 ) + ( a.has( "show" ) ? 1 : 0 );
        if ( modes > 1 )
          return c.fail( UsageError,
                         QCoreApplication::translate( "vigie::feeds", "retention: give one of --raw-days N, --set-raw-days N or --show" ) );
        if ( a.has( "show" ) )
        {
          std::unique_ptr<ObservationStore> store = c.open( territory, true, &code );
          if ( !store )
            return code;
          int days = 0;
          bool stored = false;
          if ( !store->rawRetentionDays( &days, &error, &stored ) )
            return c.fail( Failure, error );
          if ( a.has( "json" ) )
            return c.json( QJsonObject{ { QStringLiteral( "territory" ), territory },
                                        { QStringLiteral( "rawDays" ), days },
                                        { QStringLiteral( "rawDaysStored" ), stored },
                                        { QStringLiteral( "observations" ), store->count() },
                                        { QStringLiteral( "aggregates" ), store->aggregateCount() } } );
          return c.done(
              ( stored ? QCoreApplication::translate( "vigie::feeds", "raw values kept %1 days, then 15-minute aggregates" )
                       : QCoreApplication::translate( "vigie::feeds", "raw values kept %1 days (default), then 15-minute aggregates" ) )
                  .arg( days ) +
              QLatin1Char( '\n' ) +
              QCoreApplication::translate( "vigie::feeds", "%1 raw values, %2 aggregates" )
                  .arg( store->count() )
                  .arg( store->aggregateCount() ) );
        }
        if ( a.has( "set-raw-days" ) )
        {
          bool ok = false;
          const int days = a.value( "set-raw-days" ).trimmed().toInt( &ok );
          if ( !ok || days < 1 || days > ObservationStore::kMaxRawRetentionDays )
            return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "retention: --set-raw-days must be a whole number "
                                                                                    "of days from 1 to %1 (got \"%2\")" )
                                           .arg( ObservationStore::kMaxRawRetentionDays )
                                           .arg( a.value( "set-raw-days" ) ) );
          std::unique_ptr<ObservationStore> store = c.open( territory, false, &code );
          if ( !store )
            return code;
          if ( !store->setRawRetentionDays( days, &error ) )
            return c.fail( Failure, error );
          if ( a.has( "json" ) )
            return c.json( QJsonObject{ { QStringLiteral( "territory" ), territory }, { QStringLiteral( "rawDays" ), days } } );
          return c.done( QCoreApplication::translate( "vigie::feeds",
                                                      "raw values are now kept %1 days; vigie-cli ingest and the app apply it at "
                                                      "start and every hour (vigie-cli observations retention TERRITORY applies it now)" )
                             .arg( days ) );
        }
        bool ok = true;
        int days = a.has( "raw-days" ) ? a.value( "raw-days" ).toInt( &ok ) : 0;
        if ( !ok || days < 0 )
          return c.fail( UsageError, QCoreApplication::translate(
                                         "vigie::feeds", "retention: --raw-days must be a whole number of days, 0 or more (got \"%1\")" )
                                         .arg( a.value( "raw-days" ) ) );
        std::unique_ptr<ObservationStore> store = c.open( territory, false, &code );
        if ( !store )
          return code;
        if ( !a.has( "raw-days" ) && !store->rawRetentionDays( &days, &error ) )
          return c.fail( Failure, error );
        const qint64 moved = store->applyRetention( days, &error );
        if ( moved < 0 )
          return c.fail( Failure, error );
        return c.done(
            QCoreApplication::translate(
                "vigie::feeds", "%1 raw values older than %2 days moved into 15-minute aggregates; %3 raw values and %4 aggregates kept" )
                .arg( moved )
                .arg( days )
                .arg( store->count() )
                .arg( store->aggregateCount() ) );
      }
      return c.fail( UsageError,
                     QCoreApplication::translate( "vigie::feeds", "unknown command \"%1\" (count, export or retention)" ).arg( sub ) );
    }

    // ---------------------------------------------------------------- sensors

    QString sensorsHelp()
    {
      return QCoreApplication::translate(
          "vigie::feeds",
          "Usage: vigie-cli sensors COMMAND TERRITORY [arguments]\n"
          "Sensors of a territory and the assets they are bound to.\n"
          "\n"
          "Commands:\n"
          "  list TERRITORY [--unbound] [--json]          every sensor (or the unbound ones): kind, unit, asset, state, last value\n"
          "  register TERRITORY SENSOR --kind KIND        registers a sensor or sets its kind (%1)\n"
          "  bind TERRITORY SENSOR LAYER FID              binds a sensor to an asset (LAYER as domain:name, e.g. water:junctions)\n"
          "  unbind TERRITORY SENSOR                      removes the binding\n"
          "\n"
          "Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.\n" );
    }

    QJsonObject sensorJson( const SensorInfo &s )
    {
      QJsonObject o{ { QStringLiteral( "id" ), s.id },
                     { QStringLiteral( "kind" ), kindText( s.kind ) },
                     { QStringLiteral( "unit" ), s.unit },
                     { QStringLiteral( "state" ), sensorStateName( s.state ) } };
      if ( s.isBound() )
      {
        o.insert( QStringLiteral( "layer" ), s.layer );
        o.insert( QStringLiteral( "fid" ), s.fid );
      }
      if ( s.hasLastValue )
      {
        o.insert( QStringLiteral( "last_value" ), s.lastValue );
        o.insert( QStringLiteral( "last_time" ), isoTime( s.lastTime ) );
      }
      return o;
    }

    int runSensors( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      Command c( QStringLiteral( "sensors" ), out, err );
      Args a;
      QString error;
      if ( !parse( args, { QStringLiteral( "kind" ) }, { QStringLiteral( "json" ), QStringLiteral( "unbound" ) }, &a, &error ) )
        return c.fail( UsageError, error );
      if ( a.help )
      {
        QStringList kinds;
        for ( SensorKind kind : sensorKinds() )
          kinds << sensorKindName( kind );
        return c.done( sensorsHelp().arg( kinds.join( QStringLiteral( ", " ) ) ) );
      }
      const QString sub = a.positional.value( 0 );
      const QHash<QString, int> arity{ { QStringLiteral( "list" ), 2 },
                                       { QStringLiteral( "register" ), 3 },
                                       { QStringLiteral( "bind" ), 5 },
                                       { QStringLiteral( "unbind" ), 3 } };
      if ( sub.isEmpty() )
        return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "missing command (list, register, bind or unbind)" ) );
      if ( !arity.contains( sub ) )
        return c.fail(
            UsageError,
            QCoreApplication::translate( "vigie::feeds", "unknown command \"%1\" (list, register, bind or unbind)" ).arg( sub ) );
      if ( a.positional.size() != arity.value( sub ) )
        return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "%1 takes %2 arguments, got %3" )
                                       .arg( sub )
                                       .arg( arity.value( sub ) - 1 )
                                       .arg( a.positional.size() - 1 ) );
      const QString territory = a.positional.at( 1 );
      int code = Success;

      if ( sub == QLatin1String( "list" ) )
      {
        bool noFeeds = false;
        std::unique_ptr<ObservationStore> store = c.open( territory, true, &code, &noFeeds );
        if ( !store && !noFeeds )
          return code;
        const QList<SensorInfo> sensors = store ? ( a.has( "unbound" ) ? store->unboundSensors() : store->sensors() ) : QList<SensorInfo>();
        if ( a.has( "json" ) )
        {
          QJsonArray list;
          for ( const SensorInfo &s : sensors )
            list.append( sensorJson( s ) );
          return c.json( QJsonObject{ { QStringLiteral( "territory" ), territory }, { QStringLiteral( "sensors" ), list } } );
        }
        QString text;
        for ( const SensorInfo &s : sensors )
        {
          const QString asset = s.isBound() ? QStringLiteral( "%1:%2" ).arg( s.layer ).arg( s.fid )
                                            : QCoreApplication::translate( "vigie::feeds", "unbound" );
          const QString last = s.hasLastValue ? QStringLiteral( "%1 %2 at %3" ).arg( s.lastValue ).arg( s.unit, isoTime( s.lastTime ) )
                                              : QCoreApplication::translate( "vigie::feeds", "no value" );
          text += QStringLiteral( "%1\t%2\t%3\t%4\t%5\n" ).arg( s.id, kindText( s.kind ), asset, sensorStateName( s.state ), last );
        }
        text += QCoreApplication::translate( "vigie::feeds", "%1 sensors" ).arg( sensors.size() );
        return c.done( text );
      }

      std::unique_ptr<ObservationStore> store = c.open( territory, false, &code );
      if ( !store )
        return code;
      const QString sensorId = a.positional.at( 2 );
      if ( sub == QLatin1String( "register" ) )
      {
        const SensorKind kind = sensorKindFromName( a.value( "kind" ) );
        if ( kind == SensorKind::Unknown )
          return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "register: --kind must be a sensor kind, got \"%1\"" )
                                         .arg( a.value( "kind" ) ) );
        if ( !store->registerSensor( sensorId, kind, &error ) )
          return c.fail( Failure, error );
        return c.done( QCoreApplication::translate( "vigie::feeds", "sensor %1 registered as %2 (%3)" )
                           .arg( sensorId, sensorKindName( kind ), canonicalUnit( kind ) ) );
      }
      if ( sub == QLatin1String( "bind" ) )
      {
        bool ok = false;
        const qint64 fid = a.positional.at( 4 ).toLongLong( &ok );
        if ( !ok )
          return c.fail( UsageError,
                         QCoreApplication::translate( "vigie::feeds", "bind: FID must be a feature id (a whole number), got \"%1\"" )
                             .arg( a.positional.at( 4 ) ) );
        if ( !store->bindSensor( sensorId, a.positional.at( 3 ), fid, &error ) )
          return c.fail( Failure, error );
        return c.done( QCoreApplication::translate( "vigie::feeds", "sensor %1 bound to %2 feature %3" )
                           .arg( sensorId, a.positional.at( 3 ) )
                           .arg( fid ) );
      }
      if ( !store->unbindSensor( sensorId, &error ) )
        return c.fail( Failure, error );
      return c.done( QCoreApplication::translate( "vigie::feeds", "sensor %1 unbound" ).arg( sensorId ) );
    }

    // ---------------------------------------------------------------- alarms

    QString alarmsHelp()
    {
      return QCoreApplication::translate(
          "vigie::feeds", "Usage: vigie-cli alarms COMMAND TERRITORY [arguments]\n"
                          "Alarms raised by the rules on the sensor values, kept in the territory file.\n"
                          "\n"
                          "Commands:\n"
                          "  list TERRITORY [--all] [--json]         open alarms (with --all: cleared ones too), newest first\n"
                          "  ack TERRITORY ID [--user NAME]          acknowledges an alarm (user: --user, else the session user)\n"
                          "  clear TERRITORY ID [--user NAME]        clears an alarm\n"
                          "  history TERRITORY ID [--json]           events of an alarm: raised, normal, active, acknowledged, cleared\n"
                          "  rules TERRITORY [--json]                the alarm rules\n"
                          "  add-rule TERRITORY --type above|below|rate|stale [--threshold X] [--minutes M] [--kind KIND]\n"
                          "           [--sensor ID] [--layer LAYER --fid FID] [--severity info|warning|critical] [--name NAME]\n"
                          "                                          threshold in the kind's unit (rate: per minute); stale: minutes\n"
                          "  remove-rule TERRITORY ID                removes a rule\n"
                          "  check TERRITORY [--now ISO]             raises stale alarms and marks sensors offline\n"
                          "\n"
                          "Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.\n" );
    }

    QJsonObject alarmJson( const Alarm &a )
    {
      QJsonObject o{ { QStringLiteral( "id" ), a.id },
                     { QStringLiteral( "rule" ), a.ruleId },
                     { QStringLiteral( "rule_name" ), a.ruleName },
                     { QStringLiteral( "sensor" ), a.sensorId },
                     { QStringLiteral( "severity" ), alarmSeverityName( a.severity ) },
                     { QStringLiteral( "state" ), alarmStateName( a.state ) },
                     { QStringLiteral( "active" ), a.active },
                     { QStringLiteral( "message" ), a.message },
                     { QStringLiteral( "value" ), a.value },
                     { QStringLiteral( "raised_at" ), isoTime( a.raisedAt ) } };
      if ( !a.layer.isEmpty() )
      {
        o.insert( QStringLiteral( "layer" ), a.layer );
        o.insert( QStringLiteral( "fid" ), a.fid );
      }
      if ( !a.acknowledgedBy.isEmpty() )
      {
        o.insert( QStringLiteral( "acknowledged_by" ), a.acknowledgedBy );
        o.insert( QStringLiteral( "acknowledged_at" ), isoTime( a.acknowledgedAt ) );
      }
      if ( !a.clearedBy.isEmpty() )
      {
        o.insert( QStringLiteral( "cleared_by" ), a.clearedBy );
        o.insert( QStringLiteral( "cleared_at" ), isoTime( a.clearedAt ) );
      }
      return o;
    }

    QJsonObject ruleJson( const AlarmRule &r )
    {
      QJsonObject o{ { QStringLiteral( "id" ), r.id },
                     { QStringLiteral( "name" ), r.name },
                     { QStringLiteral( "type" ), alarmRuleTypeName( r.type ) },
                     { QStringLiteral( "severity" ), alarmSeverityName( r.severity ) },
                     { QStringLiteral( "threshold" ), r.threshold },
                     { QStringLiteral( "minutes" ), r.minutes },
                     { QStringLiteral( "enabled" ), r.enabled } };
      if ( r.kind != SensorKind::Unknown )
        o.insert( QStringLiteral( "kind" ), sensorKindName( r.kind ) );
      if ( !r.sensorId.isEmpty() )
        o.insert( QStringLiteral( "sensor" ), r.sensorId );
      if ( !r.layer.isEmpty() )
      {
        o.insert( QStringLiteral( "layer" ), r.layer );
        o.insert( QStringLiteral( "fid" ), r.fid );
      }
      return o;
    }

    int runAlarms( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      Command c( QStringLiteral( "alarms" ), out, err );
      Args a;
      QString error;
      if ( !parse( args,
                   { QStringLiteral( "user" ), QStringLiteral( "type" ), QStringLiteral( "threshold" ), QStringLiteral( "minutes" ),
                     QStringLiteral( "kind" ), QStringLiteral( "sensor" ), QStringLiteral( "layer" ), QStringLiteral( "fid" ),
                     QStringLiteral( "severity" ), QStringLiteral( "name" ), QStringLiteral( "now" ) },
                   { QStringLiteral( "json" ), QStringLiteral( "all" ) }, &a, &error ) )
        return c.fail( UsageError, error );
      if ( a.help )
        return c.done( alarmsHelp() );
      const QString sub = a.positional.value( 0 );
      const QHash<QString, int> arity{ { QStringLiteral( "list" ), 2 },        { QStringLiteral( "ack" ), 3 },
                                       { QStringLiteral( "clear" ), 3 },       { QStringLiteral( "history" ), 3 },
                                       { QStringLiteral( "rules" ), 2 },       { QStringLiteral( "add-rule" ), 2 },
                                       { QStringLiteral( "remove-rule" ), 3 }, { QStringLiteral( "check" ), 2 } };
      if ( sub.isEmpty() )
        return c.fail( UsageError,
                       QCoreApplication::translate(
                           "vigie::feeds", "missing command (list, ack, clear, history, rules, add-rule, remove-rule or check)" ) );
      if ( !arity.contains( sub ) )
        return c.fail( UsageError,
                       QCoreApplication::translate(
                           "vigie::feeds", "unknown command \"%1\" (list, ack, clear, history, rules, add-rule, remove-rule or check)" )
                           .arg( sub ) );
      if ( a.positional.size() != arity.value( sub ) )
        return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "%1 takes %2 arguments, got %3" )
                                       .arg( sub )
                                       .arg( arity.value( sub ) - 1 )
                                       .arg( a.positional.size() - 1 ) );
      qint64 id = 0;
      if ( arity.value( sub ) == 3 )
      {
        bool ok = false;
        id = a.positional.at( 2 ).toLongLong( &ok );
        if ( !ok || id <= 0 )
          return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "%1: ID must be an alarm or rule number, got \"%2\"" )
                                         .arg( sub, a.positional.at( 2 ) ) );
      }

      // validate the rule before opening (a usage error changes nothing)
      AlarmRule rule;
      if ( sub == QLatin1String( "add-rule" ) )
      {
        if ( !alarmRuleTypeFromName( a.value( "type" ), &rule.type ) )
          return c.fail( UsageError,
                         QCoreApplication::translate( "vigie::feeds", "add-rule: --type must be above, below, rate or stale, got \"%1\"" )
                             .arg( a.value( "type" ) ) );
        auto number = [&]( const char *option, double *target, bool required )
        {
          if ( !a.has( option ) )
          {
            if ( required )
              error = QCoreApplication::translate( "vigie::feeds", "add-rule: --%1 is required for a %2 rule" )
                          .arg( QLatin1String( option ), alarmRuleTypeName( rule.type ) );
            return !required;
          }
          bool ok = false;
          *target = a.value( option ).toDouble( &ok );
          if ( !ok || !std::isfinite( *target ) )
            error = QCoreApplication::translate( "vigie::feeds", "add-rule: --%1 must be a number, got \"%2\"" )
                        .arg( QLatin1String( option ), a.value( option ) );
          return ok && std::isfinite( *target );
        };
        const bool stale = rule.type == AlarmRuleType::Stale;
        if ( !number( "threshold", &rule.threshold, !stale ) || !number( "minutes", &rule.minutes, stale ) )
          return c.fail( UsageError, error );
        if ( a.has( "kind" ) )
        {
          rule.kind = sensorKindFromName( a.value( "kind" ) );
          if ( rule.kind == SensorKind::Unknown )
            return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "add-rule: --kind must be a sensor kind, got \"%1\"" )
                                           .arg( a.value( "kind" ) ) );
        }
        if ( a.has( "severity" ) && !alarmSeverityFromName( a.value( "severity" ), &rule.severity ) )
          return c.fail( UsageError,
                         QCoreApplication::translate( "vigie::feeds", "add-rule: --severity must be info, warning or critical, got \"%1\"" )
                             .arg( a.value( "severity" ) ) );
        rule.sensorId = a.value( "sensor" );
        rule.layer = a.value( "layer" );
        if ( a.has( "layer" ) != a.has( "fid" ) )
          return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "add-rule: --layer and --fid go together" ) );
        if ( a.has( "fid" ) )
        {
          bool ok = false;
          rule.fid = a.value( "fid" ).toLongLong( &ok );
          if ( !ok )
            return c.fail(
                UsageError,
                QCoreApplication::translate( "vigie::feeds", "add-rule: --fid must be a feature id, got \"%1\"" ).arg( a.value( "fid" ) ) );
        }
        rule.name = a.has( "name" ) ? a.value( "name" ) : alarmRuleTypeName( rule.type );
      }
      QDateTime now = QDateTime::currentDateTimeUtc();
      if ( !parseTime( a, "now", &now, &error ) )
        return c.fail( UsageError, error );

      const bool readOnly = sub == QLatin1String( "list" ) || sub == QLatin1String( "rules" ) || sub == QLatin1String( "history" );
      int code = Success;
      bool noFeeds = false;
      std::unique_ptr<ObservationStore> store = c.open( a.positional.at( 1 ), readOnly, &code, readOnly ? &noFeeds : nullptr );
      if ( !store && !noFeeds )
        return code;
      AlarmEngine *engine = store ? store->alarms() : nullptr;
      const QString user = a.has( "user" ) ? a.value( "user" ) : AlarmEngine::systemUserName();

      if ( sub == QLatin1String( "list" ) )
      {
        const QList<Alarm> alarms = engine ? engine->alarms( a.has( "all" ) ) : QList<Alarm>();
        if ( a.has( "json" ) )
        {
          QJsonArray list;
          for ( const Alarm &alarm : alarms )
            list.append( alarmJson( alarm ) );
          return c.json( QJsonObject{ { QStringLiteral( "alarms" ), list } } );
        }
        QString text;
        for ( const Alarm &alarm : alarms )
        {
          QString by;
          if ( alarm.state == AlarmState::Acknowledged )
            by = QCoreApplication::translate( "vigie::feeds", " by %1 at %2" ).arg( alarm.acknowledgedBy, isoTime( alarm.acknowledgedAt ) );
          else if ( alarm.state == AlarmState::Cleared )
            by = QCoreApplication::translate( "vigie::feeds", " by %1 at %2" ).arg( alarm.clearedBy, isoTime( alarm.clearedAt ) );
          const QString asset = alarm.layer.isEmpty() ? QString() : QStringLiteral( " [%1:%2]" ).arg( alarm.layer ).arg( alarm.fid );
          text +=
              QStringLiteral( "%1\t%2\t%3\t%4%5\t%6%7\t%8\n" )
                  .arg( alarm.id )
                  .arg( isoTime( alarm.raisedAt ), alarmSeverityName( alarm.severity ), alarmStateName( alarm.state ), by, alarm.sensorId,
                        asset,
                        alarm.message + ( alarm.active ? QString() : QCoreApplication::translate( "vigie::feeds", " (back to normal)" ) ) );
        }
        text += QCoreApplication::translate( "vigie::feeds", "%1 alarms" ).arg( alarms.size() );
        return c.done( text );
      }
      if ( sub == QLatin1String( "history" ) )
      {
        Alarm alarm;
        if ( !engine || !engine->alarm( id, &alarm ) )
          return c.fail( Failure, QCoreApplication::translate( "vigie::feeds", "%1: no alarm %2" )
                                      .arg( QDir::toNativeSeparators( a.positional.at( 1 ) ) )
                                      .arg( id ) );
        const QList<AlarmEvent> events = engine->history( id );
        if ( a.has( "json" ) )
        {
          QJsonArray list;
          for ( const AlarmEvent &e : events )
            list.append( QJsonObject{ { QStringLiteral( "time" ), isoTime( e.time ) },
                                      { QStringLiteral( "event" ), e.event },
                                      { QStringLiteral( "user" ), e.user },
                                      { QStringLiteral( "detail" ), e.detail } } );
          QJsonObject o = alarmJson( alarm );
          o.insert( QStringLiteral( "history" ), list );
          return c.json( o );
        }
        QString text;
        for ( const AlarmEvent &e : events )
          text += QStringLiteral( "%1\t%2\t%3\t%4\n" ).arg( isoTime( e.time ), e.event, e.user, e.detail );
        return c.done( text );
      }
      if ( sub == QLatin1String( "rules" ) )
      {
        const QList<AlarmRule> rules = engine ? engine->rules() : QList<AlarmRule>();
        if ( a.has( "json" ) )
        {
          QJsonArray list;
          for ( const AlarmRule &r : rules )
            list.append( ruleJson( r ) );
          return c.json( QJsonObject{ { QStringLiteral( "rules" ), list } } );
        }
        QString text;
        for ( const AlarmRule &r : rules )
          text += QString::fromUtf8( QJsonDocument( ruleJson( r ) ).toJson( QJsonDocument::Compact ) ) + QLatin1Char( '\n' );
        text += QCoreApplication::translate( "vigie::feeds", "%1 rules" ).arg( rules.size() );
        return c.done( text );
      }
      if ( sub == QLatin1String( "ack" ) )
      {
        if ( !engine->acknowledge( id, user, &error ) )
          return c.fail( Failure, error );
        return c.done( QCoreApplication::translate( "vigie::feeds", "alarm %1 acknowledged by %2" ).arg( id ).arg( user ) );
      }
      if ( sub == QLatin1String( "clear" ) )
      {
        if ( !engine->clear( id, user, &error ) )
          return c.fail( Failure, error );
        return c.done( QCoreApplication::translate( "vigie::feeds", "alarm %1 cleared by %2" ).arg( id ).arg( user ) );
      }
      if ( sub == QLatin1String( "add-rule" ) )
      {
        if ( !engine->addRule( rule, &error ) )
          return c.fail( Failure, error );
        return c.done( QCoreApplication::translate( "vigie::feeds", "alarm rule %1 added" ).arg( rule.id ) );
      }
      if ( sub == QLatin1String( "remove-rule" ) )
      {
        if ( !engine->removeRule( id, &error ) )
          return c.fail( Failure, error );
        return c.done( QCoreApplication::translate( "vigie::feeds", "alarm rule %1 removed" ).arg( id ) );
      }
      const int raised = engine->evaluateStale( now, &error );
      if ( raised < 0 )
        return c.fail( Failure, error );
      return c.done( QCoreApplication::translate( "vigie::feeds", "%1 stale alarms raised" ).arg( raised ) );
    }

    // ---------------------------------------------------------------- feeds

    QString feedsHelp( const QList<CliCommand> &more )
    {
      QString extra;
      for ( const CliCommand &command : more )
        extra += QStringLiteral( "  %1 ...\n      %2\n" ).arg( command.name, command.summary );
      return QCoreApplication::translate(
                 "vigie::feeds", "Usage: vigie-cli feeds COMMAND [arguments]\n"
                                 "Live sensor feeds.\n"
                                 "\n"
                                 "Commands:\n"
                                 "  replay TERRITORY [--speed X] [--hours H] [--start ISO] [--json]\n"
                                 "      stores H hours (default 168) of the built-in replay feed (L-Town SCADA week, lamp controllers,\n"
                                 "      bin fill levels) through the JSON decoder; --speed 0 (default) as fast as possible, else X\n"
                                 "      simulated seconds per second; --start defaults to now minus H hours at full speed, else now\n"
                                 "  discover URL [--json]\n"
                                 "      lists the Things and Datastreams of a SensorThings service (URL ends with /v1.1 or /v1.0)\n"
                                 "%1"
                                 "\n"
                                 "Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.\n" )
          .arg( extra );
    }

    int runReplay( Command &c, const Args &a )
    {
      QString error;
      if ( a.positional.size() != 2 )
        return c.fail(
            UsageError,
            QCoreApplication::translate( "vigie::feeds", "replay takes 1 argument (TERRITORY), got %1" ).arg( a.positional.size() - 1 ) );
      bool ok = true;
      const double speed = a.has( "speed" ) ? a.value( "speed" ).toDouble( &ok ) : 0;
      if ( !ok || !std::isfinite( speed ) || speed < 0 )
        return c.fail( UsageError, QCoreApplication::translate(
                                       "vigie::feeds", "replay: --speed must be 0 (as fast as possible) or a positive factor, got \"%1\"" )
                                       .arg( a.value( "speed" ) ) );
      const double hours = a.has( "hours" ) ? a.value( "hours" ).toDouble( &ok ) : 168;
      if ( !ok || !std::isfinite( hours ) || hours <= 0 || hours > 24 * 366 )
        return c.fail( UsageError, QCoreApplication::translate(
                                       "vigie::feeds", "replay: --hours must be a number of hours above 0 (at most a year), got \"%1\"" )
                                       .arg( a.value( "hours" ) ) );
      QDateTime start;
      if ( !parseTime( a, "start", &start, &error ) )
        return c.fail( UsageError, error );
      const QDateTime now = QDateTime::currentDateTimeUtc();
      if ( !start.isValid() )
      {
        start = speed == 0 ? now.addMSecs( -static_cast<qint64>( hours * 3600000 ) ) : now;
        start = QDateTime::fromMSecsSinceEpoch( start.toMSecsSinceEpoch() - start.toMSecsSinceEpoch() % 300000, Qt::UTC );
      }
      const QDateTime end = start.addMSecs( static_cast<qint64>( hours * 3600000 ) );

      int code = Success;
      std::unique_ptr<ObservationStore> store = c.open( a.positional.at( 1 ), false, &code );
      if ( !store )
        return code;
      ReplayFeed feed;
      if ( !feed.prepare( *store, &error ) )
        return c.fail( Failure, error );
      std::unique_ptr<Decoder> decoder = createDecoder( QStringLiteral( "json" ), &error );
      if ( !decoder )
        return c.fail( Failure, error );
      ReplayStats stats;
      QElapsedTimer timer;
      timer.start();
      if ( speed == 0 )
      {
        if ( !feed.run( *store, *decoder, start, end, &stats, &error ) )
          return c.fail( Failure, error );
      }
      else
      {
        // paced: every second, what the simulated clock went through
        QDateTime simulated = start;
        qint64 last = 0;
        while ( simulated < end )
        {
          QThread::msleep( 200 );
          const qint64 elapsed = timer.elapsed();
          QDateTime next = simulated.addMSecs( static_cast<qint64>( static_cast<double>( elapsed - last ) * speed ) );
          last = elapsed;
          if ( next > end )
            next = end;
          if ( !feed.run( *store, *decoder, simulated, next, &stats, &error ) )
            return c.fail( Failure, error );
          simulated = next;
        }
      }
      const double seconds = std::max( 1e-3, static_cast<double>( timer.nsecsElapsed() ) / 1e9 );
      if ( a.has( "json" ) )
        return c.json( QJsonObject{ { QStringLiteral( "from" ), isoTime( start ) },
                                    { QStringLiteral( "to" ), isoTime( end ) },
                                    { QStringLiteral( "sensors" ), stats.sensors },
                                    { QStringLiteral( "bound" ), stats.bound },
                                    { QStringLiteral( "payloads" ), stats.payloads },
                                    { QStringLiteral( "observations" ), stats.observations },
                                    { QStringLiteral( "stored" ), stats.stored },
                                    { QStringLiteral( "duplicates" ), stats.duplicates },
                                    { QStringLiteral( "rejected" ), stats.rejected },
                                    { QStringLiteral( "seconds" ), seconds } } );
      return c.done( QCoreApplication::translate(
                         "vigie::feeds",
                         "replayed %1 to %2: %3 sensors (%4 bound to assets), %5 payloads, %6 observations: %7 stored, %8 duplicates, "
                         "%9 rejected, in %10 s (%11 observations/s)" )
                         .arg( isoTime( start ), isoTime( end ) )
                         .arg( stats.sensors )
                         .arg( stats.bound )
                         .arg( stats.payloads )
                         .arg( stats.observations )
                         .arg( stats.stored )
                         .arg( stats.duplicates )
                         .arg( stats.rejected )
                         .arg( seconds, 0, 'f', 1 )
                         .arg( static_cast<double>( stats.observations ) / seconds, 0, 'f', 0 ) );
    }

    int runDiscover( Command &c, const Args &a )
    {
      if ( a.positional.size() != 2 )
        return c.fail(
            UsageError,
            QCoreApplication::translate( "vigie::feeds", "discover takes 1 argument (URL), got %1" ).arg( a.positional.size() - 1 ) );
      const QUrl url( a.positional.at( 1 ) );
      if ( !url.isValid() || ( url.scheme() != QLatin1String( "http" ) && url.scheme() != QLatin1String( "https" ) ) )
        return c.fail(
            UsageError,
            QCoreApplication::translate( "vigie::feeds", "discover: \"%1\" is not an http(s) URL" ).arg( a.positional.at( 1 ) ) );
      SensorThingsClient client;
      QList<StaThing> things;
      QString error;
      if ( !client.discover( url, &things, &error ) )
        return c.fail( Failure, error );
      if ( a.has( "json" ) )
      {
        QJsonArray list;
        for ( const StaThing &thing : std::as_const( things ) )
        {
          QJsonArray datastreams;
          for ( const StaDatastream &ds : thing.datastreams )
            datastreams.append( QJsonObject{
                { QStringLiteral( "id" ), ds.id }, { QStringLiteral( "name" ), ds.name }, { QStringLiteral( "unit" ), ds.unitSymbol } } );
          list.append( QJsonObject{ { QStringLiteral( "id" ), thing.id },
                                    { QStringLiteral( "name" ), thing.name },
                                    { QStringLiteral( "datastreams" ), datastreams } } );
        }
        return c.json(
            QJsonObject{ { QStringLiteral( "url" ), url.toDisplayString( QUrl::RemovePassword ) }, { QStringLiteral( "things" ), list } } );
      }
      QString text;
      int datastreams = 0;
      for ( const StaThing &thing : std::as_const( things ) )
      {
        text += QStringLiteral( "%1\t%2\n" ).arg( thing.id, thing.name );
        for ( const StaDatastream &ds : thing.datastreams )
        {
          text += QStringLiteral( "  %1\t%2\t%3\n" ).arg( ds.id, ds.name, ds.unitSymbol );
          ++datastreams;
        }
      }
      text += QCoreApplication::translate( "vigie::feeds", "%1 things, %2 datastreams" ).arg( things.size() ).arg( datastreams );
      return c.done( text );
    }
  } // namespace

  QList<vigie::CliCommand> feedsCliCommands( const QList<vigie::CliCommand> &moreSubcommands )
  {
    // `feeds import` (history from SensorThings, NGSI-LD, CSV) lives in feedsimportcli.cpp
    QList<vigie::CliCommand> feedsSubcommands = moreSubcommands;
    feedsSubcommands << feedsImportCliCommand();

    vigie::CliCommand observations;
    observations.name = QStringLiteral( "observations" );
    observations.summary = QCoreApplication::translate(
        "vigie::feeds", "Sensor observations of a territory: count, export to CSV, retention into 15-minute aggregates." );
    observations.run = runObservations;

    vigie::CliCommand sensors;
    sensors.name = QStringLiteral( "sensors" );
    sensors.summary = QCoreApplication::translate( "vigie::feeds", "Sensors of a territory: list, register, bind to an asset, unbind." );
    sensors.run = runSensors;

    vigie::CliCommand alarms;
    alarms.name = QStringLiteral( "alarms" );
    alarms.summary = QCoreApplication::translate( "vigie::feeds", "Alarms of a territory: list, acknowledge, clear, rules, stale check." );
    alarms.run = runAlarms;

    vigie::CliCommand feeds;
    feeds.name = QStringLiteral( "feeds" );
    feeds.summary =
        QCoreApplication::translate( "vigie::feeds", "Live feeds: replay the built-in demo feed, discover a SensorThings service." );
    feeds.run = [feedsSubcommands]( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      const QString sub = args.value( 0 );
      for ( const CliCommand &extra : feedsSubcommands )
      {
        if ( extra.name == sub )
          return extra.run( args.mid( 1 ), out, err );
      }
      Command c( QStringLiteral( "feeds" ), out, err );
      Args a;
      QString error;
      if ( !parse( args, { QStringLiteral( "speed" ), QStringLiteral( "hours" ), QStringLiteral( "start" ) }, { QStringLiteral( "json" ) },
                   &a, &error ) )
        return c.fail( UsageError, error );
      if ( a.help || sub.isEmpty() )
      {
        if ( sub.isEmpty() && !a.help )
          return c.fail( UsageError, QCoreApplication::translate( "vigie::feeds", "missing command" ) );
        return c.done( feedsHelp( feedsSubcommands ) );
      }
      if ( sub == QLatin1String( "replay" ) )
        return runReplay( c, a );
      if ( sub == QLatin1String( "discover" ) )
        return runDiscover( c, a );
      QStringList names{ QStringLiteral( "replay" ), QStringLiteral( "discover" ) };
      for ( const CliCommand &extra : feedsSubcommands )
        names << extra.name;
      return c.fail(
          UsageError,
          QCoreApplication::translate( "vigie::feeds", "unknown command \"%1\" (%2)" ).arg( sub, names.join( QStringLiteral( ", " ) ) ) );
    };
    return { observations, sensors, alarms, feeds };
  }
} // namespace vigie::feeds
