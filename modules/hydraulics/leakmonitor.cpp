// SPDX-License-Identifier: GPL-2.0-or-later
#include "leakmonitor.h"

#include "alarms.h"
#include "inpreader.h"
#include "log.h"
#include "observationstore.h"
#include "sqlconnection.h"
#include "waterbalance.h"
#include "watercli.h"
#include "waterterritory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie::hydraulics
{
  namespace
  {
    constexpr qint64 kDay = 86400;

    qint64 dayOf( qint64 t )
    {
      return t - ( ( t % kDay ) + kDay ) % kDay;
    }

    //! The tables of a SCADA record that the monitor keeps (leak outflows are training data only).
    QVector<ScadaTable *> tables( ScadaData &data )
    {
      return { &data.pressures, &data.flows, &data.levels, &data.demands };
    }
    QVector<const ScadaTable *> tables( const ScadaData &data )
    {
      return { &data.pressures, &data.flows, &data.levels, &data.demands };
    }

    //! \a source's columns in the order of \a columns; false with the first column it lacks.
    bool reorder( const ScadaTable &source, const QStringList &columns, int rows, ScadaTable *out, QString *missing )
    {
      QVector<int> index;
      for ( const QString &c : columns )
      {
        const int i = source.column( c );
        if ( i < 0 )
        {
          *missing = c;
          return false;
        }
        index << i;
      }
      out->fileName = source.fileName;
      out->columns = columns;
      out->values.clear();
      out->values.reserve( static_cast<qsizetype>( rows ) * columns.size() );
      for ( int r = 0; r < rows; ++r )
        for ( int i : std::as_const( index ) )
          out->values << source.value( r, i );
      return true;
    }

    QString timeText( qint64 t )
    {
      return formatScadaTime( t );
    }
  } // namespace

  struct LeakMonitor::Private
  {
    Network network;
    LeakMonitorOptions options;
    std::unique_ptr<LeakDetector> detector;
    std::unique_ptr<ScadaData> training;
    QVector<KnownLeak> trainingLeaks;
    bool trained = false;
    bool prepared = false;
    ScadaData closed; //!< complete days
    ScadaData open;   //!< rows of the day in progress
    qint64 openDay = -1;
    int closedDays = 0;
    qint64 lastTime = std::numeric_limits<qint64>::min();
    qint64 position = 0;
    QVector<DetectedLeak> leaks;
    QVector<DetectedLeak> reported;
    int updates = 0;
    double totalMs = 0, maximumMs = 0;

    void closeOpenDay()
    {
      if ( open.times.isEmpty() )
        return;
      closed.times += open.times;
      const QVector<ScadaTable *> to = tables( closed );
      const QVector<ScadaTable *> from = tables( open );
      for ( int i = 0; i < to.size(); ++i )
      {
        to[i]->values += from.at( i )->values;
        from[i]->values.clear();
      }
      open.times.clear();
      openDay = -1;
      ++closedDays;
    }

    bool isReported( const DetectedLeak &leak ) const
    {
      for ( const DetectedLeak &r : reported )
      {
        if ( r.zone != leak.zone )
          continue;
        if ( ( r.runningAtStart && leak.runningAtStart ) || std::llabs( r.changeTime - leak.changeTime ) <= kDay )
          return true;
      }
      return false;
    }
  };

  LeakMonitor::LeakMonitor( const Network &network, const LeakMonitorOptions &options ) : d( new Private )
  {
    d->network = network;
    d->options = options;
  }

  LeakMonitor::~LeakMonitor() = default;

  void LeakMonitor::setTraining( const ScadaData &training, const QVector<KnownLeak> &leaks )
  {
    d->training = std::make_unique<ScadaData>( training );
    d->trainingLeaks = leaks;
  }

  bool LeakMonitor::isTrained() const
  {
    return d->trained || d->training;
  }

  bool LeakMonitor::append( const ScadaData &chunk, qint64 until, LeakMonitorUpdate *update, QString *errorMessage )
  {
    QElapsedTimer timer;
    timer.start();
    LeakMonitorUpdate local;
    LeakMonitorUpdate &u = update ? *update : local;
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    if ( u.from == 0 && u.to == 0 )
      u.from = d->position > 0 ? d->position : ( chunk.times.isEmpty() ? until : chunk.times.constFirst() );
    u.to = std::max( u.to, until );
    const int before = d->closedDays; // days closed by this chunk's rows or by \a until

    if ( !d->prepared && chunk.rowCount() > 0 )
    {
      // the first data fix the sensor layout of the detector (sensitivities, metered areas)
      if ( chunk.flows.isEmpty() )
        return fail( QCoreApplication::translate(
                         "vigie::hydraulics", "%1: no flow meter among the water sensors: the leak detection needs the metered inflows" )
                         .arg( QDir::toNativeSeparators( chunk.flows.fileName ) ) );
      ScadaData layout;
      layout.directory = chunk.directory;
      const QVector<const ScadaTable *> from = tables( chunk );
      const QVector<ScadaTable *> to = tables( layout );
      for ( int i = 0; i < to.size(); ++i )
      {
        to[i]->columns = from.at( i )->columns;
        to[i]->fileName = from.at( i )->fileName;
      }
      auto detector = std::make_unique<LeakDetector>( d->network, d->options.detector );
      QString error;
      if ( !detector->prepare( layout, &error ) )
        return fail( error );
      if ( d->training )
      {
        // the detector reads the training record with the live layout's column indices
        ScadaData ordered;
        ordered.directory = d->training->directory;
        ordered.times = d->training->times;
        ordered.leakages = d->training->leakages;
        const QVector<const ScadaTable *> source = tables( std::as_const( *d->training ) );
        const QVector<ScadaTable *> target = tables( ordered );
        for ( int i = 0; i < target.size(); ++i )
        {
          QString missing;
          if ( source.at( i )->isEmpty() && to.at( i )->isEmpty() )
            continue;
          if ( !reorder( *source.at( i ), to.at( i )->columns, d->training->rowCount(), target[i], &missing ) )
            return fail( QCoreApplication::translate( "vigie::hydraulics", "%1: the training record has no column \"%2\" (a live sensor)" )
                             .arg( QDir::toNativeSeparators( d->training->directory ), missing ) );
        }
        if ( !detector->train( ordered, d->trainingLeaks, &error ) )
          return fail( error );
        d->training.reset();
        d->trained = true;
      }
      u.preparationMs = static_cast<double>( timer.nsecsElapsed() ) / 1e6;
      d->detector = std::move( detector );
      d->closed = layout;
      d->open = layout;
      d->prepared = true;
    }

    if ( d->prepared && chunk.rowCount() > 0 )
    {
      // the chunk's columns in the layout's order; a sensor of the layout it lacks leaves its rows out
      const QVector<const ScadaTable *> layout = tables( std::as_const( d->closed ) );
      const QVector<const ScadaTable *> source = tables( chunk );
      QVector<QVector<int>> index( layout.size() );
      QStringList missing, extra;
      for ( int i = 0; i < layout.size(); ++i )
      {
        for ( const QString &c : layout.at( i )->columns )
        {
          const int k = source.at( i )->column( c );
          index[i] << k;
          if ( k < 0 )
            missing << c;
        }
        for ( const QString &c : source.at( i )->columns )
          if ( !layout.at( i )->columns.contains( c ) )
            extra << c;
      }
      if ( !extra.isEmpty() )
        u.problems << QCoreApplication::translate( "vigie::hydraulics", "sensors that appeared after the monitor started are not used: %1" )
                          .arg( extra.join( QLatin1String( ", " ) ) );
      const int rows = chunk.rowCount();
      if ( !missing.isEmpty() )
      {
        u.droppedSteps += rows;
        u.problems << QCoreApplication::translate( "vigie::hydraulics", "no value of %1 from %2 to %3: %4 time steps left out" )
                          .arg( missing.join( QLatin1String( ", " ) ), timeText( chunk.times.constFirst() ),
                                timeText( chunk.times.constLast() ) )
                          .arg( rows );
      }
      else
      {
        int late = 0, invalid = 0;
        qint64 firstInvalid = 0;
        QVector<double> row;
        for ( int r = 0; r < rows; ++r )
        {
          const qint64 t = chunk.times.at( r );
          if ( t <= d->lastTime )
          {
            ++late;
            continue;
          }
          bool finite = true;
          row.clear();
          for ( int i = 0; i < layout.size() && finite; ++i )
            for ( int k : index.at( i ) )
            {
              const double v = source.at( i )->value( r, k );
              finite = finite && std::isfinite( v );
              row << v;
            }
          if ( !finite )
          {
            if ( invalid++ == 0 )
              firstInvalid = t;
            continue;
          }
          const qint64 day = dayOf( t );
          if ( d->openDay >= 0 && day > d->openDay )
            d->closeOpenDay();
          d->openDay = day;
          d->open.times << t;
          const QVector<ScadaTable *> target = tables( d->open );
          int v = 0;
          for ( int i = 0; i < target.size(); ++i )
            for ( int n = 0; n < index.at( i ).size(); ++n )
              target[i]->values << row.at( v++ );
          d->lastTime = t;
          ++u.rows;
        }
        u.droppedSteps += late + invalid;
        if ( late > 0 )
          u.problems << QCoreApplication::translate( "vigie::hydraulics", "%1 time steps not after the last one analysed (%2): left out" )
                            .arg( late )
                            .arg( timeText( d->lastTime ) );
        if ( invalid > 0 )
          u.problems << QCoreApplication::translate( "vigie::hydraulics",
                                                     "%1 time steps with a value that is not a number, from %2: left out" )
                            .arg( invalid )
                            .arg( timeText( firstInvalid ) );
      }
    }

    d->position = std::max( d->position, until );
    if ( d->openDay >= 0 && until >= d->openDay + kDay )
      d->closeOpenDay();
    bool ok = true;
    if ( d->closedDays > before && d->closedDays >= std::max( 3, d->options.warmUpDays ) )
    {
      QVector<DetectedLeak> found;
      QString error;
      if ( !d->detector->detect( d->closed, &found, &error ) )
        ok = fail( error );
      else
      {
        u.detectionRan = true;
        u.analysedDays = d->closedDays;
        d->leaks = found;
        for ( const DetectedLeak &leak : std::as_const( found ) )
        {
          if ( d->isReported( leak ) )
            continue;
          d->reported << leak;
          u.newLeaks << leak;
        }
      }
    }
    const double ms = static_cast<double>( timer.nsecsElapsed() ) / 1e6;
    u.milliseconds += ms;
    return ok;
  }

  bool LeakMonitor::update( const QString &territoryPath, const QDateTime &from, const QDateTime &to, feeds::ObservationStore *alarmStore,
                            LeakMonitorUpdate *update, QString *errorMessage )
  {
    QElapsedTimer timer;
    timer.start();
    LeakMonitorUpdate local;
    LeakMonitorUpdate &u = update ? *update : local;
    QDateTime start = d->position > 0 ? QDateTime::fromSecsSinceEpoch( d->position, Qt::UTC ) : from;
    if ( d->position == 0 && start.isValid() && dayOf( start.toSecsSinceEpoch() ) != start.toSecsSinceEpoch() )
    {
      // the detector works on whole UTC days (a partial first day would bias its check for a leak
      // already running): the monitor starts at the next midnight
      start = QDateTime::fromSecsSinceEpoch( dayOf( start.toSecsSinceEpoch() ) + kDay, Qt::UTC );
    }
    const QDateTime end = to.isValid() ? to.toUTC() : QDateTime::currentDateTimeUtc();
    if ( start.isValid() && start >= end )
      return true; // nothing new
    TerritoryScada scada;
    QString error;
    bool noData = false;
    ScadaData chunk;
    if ( territoryScada( territoryPath, start, end, &scada, &error, &noData ) )
    {
      chunk = scada.data;
      if ( !scada.idle.isEmpty() && d->prepared )
        u.problems << QCoreApplication::translate( "vigie::hydraulics", "sensors without any value from %1 to %2: %3" )
                          .arg( timeText( scada.from.toSecsSinceEpoch() ), timeText( scada.to.toSecsSinceEpoch() ),
                                scada.idle.join( QLatin1String( ", " ) ) );
      if ( scada.droppedSteps > 0 )
      {
        u.droppedSteps += scada.droppedSteps;
        u.problems << QCoreApplication::translate( "vigie::hydraulics", "%1 time steps without a value of every sensor: left out" )
                          .arg( scada.droppedSteps );
      }
    }
    else if ( !noData )
    {
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    if ( u.from == 0 && u.to == 0 )
      u.from = start.isValid() ? start.toSecsSinceEpoch() : scada.from.toSecsSinceEpoch();
    const double before = u.milliseconds;
    if ( !append( chunk, end.toSecsSinceEpoch(), &u, errorMessage ) )
      return false;
    u.milliseconds = before;
    if ( alarmStore )
    {
      for ( const DetectedLeak &leak : std::as_const( u.newLeaks ) )
      {
        qint64 id = -1;
        bool created = false;
        if ( !raiseAlarm( alarmStore, leak, d->options.criticalFlow, &id, &created, errorMessage ) )
          return false;
        if ( created )
          u.alarmIds << id;
      }
    }
    const double ms = static_cast<double>( timer.nsecsElapsed() ) / 1e6 - u.preparationMs;
    u.milliseconds += ms;
    ++d->updates;
    d->totalMs += ms;
    d->maximumMs = std::max( d->maximumMs, ms );
    return true;
  }

  QString LeakMonitor::alarmKey( const DetectedLeak &leak )
  {
    return QStringLiteral( "leak:%1:%2" )
        .arg( leak.zone, QDateTime::fromSecsSinceEpoch( leak.changeTime, Qt::UTC ).toString( Qt::ISODate ) );
  }

  bool LeakMonitor::raiseAlarm( feeds::ObservationStore *store, const DetectedLeak &leak, double criticalFlow, qint64 *alarmId,
                                bool *created, QString *errorMessage )
  {
    feeds::Alarm alarm;
    alarm.sensorId = alarmKey( leak );
    alarm.ruleName = QCoreApplication::translate( "vigie::hydraulics", "Leak detection" );
    alarm.severity = leak.flow >= criticalFlow ? feeds::AlarmSeverity::Critical : feeds::AlarmSeverity::Warning;
    alarm.value = leak.flow;
    alarm.raisedAt = QDateTime::fromSecsSinceEpoch( leak.time, Qt::UTC );
    QStringList candidates;
    for ( int i = 0; i < leak.candidates.size() && i < 5; ++i )
      candidates << leak.candidates.at( i ).pipe;
    const QString since = leak.runningAtStart
                              ? QCoreApplication::translate( "vigie::hydraulics", "already running when the data begin (%1)" )
                                    .arg( timeText( leak.changeTime ) )
                              : QCoreApplication::translate( "vigie::hydraulics", "since %1" ).arg( timeText( leak.changeTime ) );
    alarm.message = QCoreApplication::translate( "vigie::hydraulics", "Leak of %1 m³/h in area %2, %3; candidate pipes: %4" )
                        .arg( QString::number( leak.flow, 'f', 1 ), leak.zone, since, candidates.join( QLatin1String( ", " ) ) );
    SqlConnection *db = store->handle();
    if ( db && db->hasTable( QStringLiteral( "water_pipes" ) ) )
    {
      QList<SqlConnection::Row> rows;
      QString error;
      if ( db->query( QStringLiteral( "SELECT fid FROM water_pipes WHERE pipe_id = ?" ), { leak.pipe }, &rows, &error ) && !rows.isEmpty() )
      {
        alarm.layer = QStringLiteral( "water_pipes" );
        alarm.fid = rows.constFirst().value( 0 ).toLongLong();
      }
    }
    if ( !store->alarms()->raiseAnalysisAlarm( alarm, created, errorMessage ) )
      return false;
    if ( alarmId )
      *alarmId = alarm.id;
    if ( created && *created )
      logMessage( LogLevel::Warning, QStringLiteral( "water" ), alarm.message );
    return true;
  }

  QVector<DetectedLeak> LeakMonitor::leaks() const
  {
    return d->leaks;
  }

  QVector<DetectedLeak> LeakMonitor::reported() const
  {
    return d->reported;
  }

  qint64 LeakMonitor::position() const
  {
    return d->position;
  }

  const ScadaData &LeakMonitor::record() const
  {
    return d->closed;
  }

  double LeakMonitor::meanUpdateMs() const
  {
    return d->updates > 0 ? d->totalMs / d->updates : 0;
  }

  double LeakMonitor::maximumUpdateMs() const
  {
    return d->maximumMs;
  }

  int LeakMonitor::updateCount() const
  {
    return d->updates;
  }

  // ------------------------------------------------------------------ vigie-cli water watch

  QString waterWatchUsage()
  {
    return QCoreApplication::translate(
        "vigie::hydraulics",
        "       vigie-cli water watch TERRITORY [--network NET.inp] [--from TIME] [--to TIME] [--step MINUTES]\n"
        "                             [--train DIR [--train-leaks leaks.csv]] [--warm-up DAYS] [--no-alarms] [--json FILE]\n" );
  }

  int runWaterWatchCommand( const QStringList &args, QTextStream &out, QTextStream &err )
  {
    auto usageError = [&err]( const QString &message )
    {
      err << QStringLiteral( "water watch: " ) << message << '\n' << waterWatchUsage();
      return static_cast<int>( WaterUsage );
    };
    QString territory;
    QHash<QString, QString> values;
    bool noAlarms = false;
    const QStringList withValue = { QStringLiteral( "--network" ), QStringLiteral( "--from" ),  QStringLiteral( "--to" ),
                                    QStringLiteral( "--step" ),    QStringLiteral( "--train" ), QStringLiteral( "--train-leaks" ),
                                    QStringLiteral( "--warm-up" ), QStringLiteral( "--json" ) };
    for ( int i = 0; i < args.size(); ++i )
    {
      const QString &a = args.at( i );
      if ( a == QLatin1String( "--help" ) || a == QLatin1String( "-h" ) )
      {
        out << waterWatchUsage();
        return WaterOk;
      }
      if ( withValue.contains( a ) )
      {
        if ( i + 1 >= args.size() )
          return usageError( QCoreApplication::translate( "vigie::hydraulics", "%1 needs a value" ).arg( a ) );
        values.insert( a, args.at( ++i ) );
      }
      else if ( a == QLatin1String( "--no-alarms" ) )
        noAlarms = true;
      else if ( a.startsWith( QLatin1Char( '-' ) ) )
        return usageError( QCoreApplication::translate( "vigie::hydraulics", "unknown option \"%1\"" ).arg( a ) );
      else if ( territory.isEmpty() )
        territory = a;
      else
        return usageError( QCoreApplication::translate( "vigie::hydraulics", "unexpected argument \"%1\"" ).arg( a ) );
    }
    if ( territory.isEmpty() )
      return usageError( QCoreApplication::translate( "vigie::hydraulics", "the territory is required" ) );
    if ( values.contains( QStringLiteral( "--train-leaks" ) ) && !values.contains( QStringLiteral( "--train" ) ) )
      return usageError( QCoreApplication::translate( "vigie::hydraulics", "--train-leaks needs --train DIR" ) );
    auto parseTime = [&]( const QString &option, QDateTime *time )
    {
      if ( !values.contains( option ) )
        return true;
      const QByteArray text = values.value( option ).toUtf8();
      qint64 seconds = 0;
      QDateTime iso = QDateTime::fromString( values.value( option ), Qt::ISODate );
      if ( parseScadaTime( text.constData(), text.constData() + text.size(), &seconds ) )
        *time = QDateTime::fromSecsSinceEpoch( seconds, Qt::UTC );
      else if ( iso.isValid() )
        *time = iso.toUTC();
      else
        return false;
      return true;
    };
    QDateTime from, to;
    if ( !parseTime( QStringLiteral( "--from" ), &from ) || !parseTime( QStringLiteral( "--to" ), &to ) )
      return usageError( QCoreApplication::translate( "vigie::hydraulics", "--from and --to need a time such as \"2018-01-22 00:00\"" ) );
    int step = 60;
    if ( values.contains( QStringLiteral( "--step" ) ) )
    {
      bool ok = false;
      step = values.value( QStringLiteral( "--step" ) ).toInt( &ok );
      if ( !ok || step < 5 || step > 1440 )
        return usageError( QCoreApplication::translate( "vigie::hydraulics", "--step needs a number of minutes from 5 to 1440, not \"%1\"" )
                               .arg( values.value( QStringLiteral( "--step" ) ) ) );
    }
    LeakMonitorOptions options;
    if ( values.contains( QStringLiteral( "--warm-up" ) ) )
    {
      bool ok = false;
      options.warmUpDays = values.value( QStringLiteral( "--warm-up" ) ).toInt( &ok );
      if ( !ok || options.warmUpDays < 3 || options.warmUpDays > 365 )
        return usageError( QCoreApplication::translate( "vigie::hydraulics", "--warm-up needs a number of days from 3 to 365, not \"%1\"" )
                               .arg( values.value( QStringLiteral( "--warm-up" ) ) ) );
    }
    if ( !QFileInfo::exists( territory ) && !territory.startsWith( QLatin1String( "PG:" ) ) )
    {
      err << QCoreApplication::translate( "vigie::hydraulics", "%1: no such territory" ).arg( QDir::toNativeSeparators( territory ) )
          << '\n';
      return WaterBadInput;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    Network network;
    if ( values.contains( QStringLiteral( "--network" ) )
             ? !InpReader::readFile( values.value( QStringLiteral( "--network" ) ), network, &error )
             : !territoryNetwork( territory, QString(), &network, &error ) )
    {
      err << error << '\n';
      return WaterBadInput;
    }
    LeakMonitor monitor( network, options );
    if ( values.contains( QStringLiteral( "--train" ) ) )
    {
      ScadaData training;
      QVector<KnownLeak> known;
      if ( !training.read( values.value( QStringLiteral( "--train" ) ), true, &error ) ||
           ( values.contains( QStringLiteral( "--train-leaks" ) ) &&
             !readKnownLeaks( values.value( QStringLiteral( "--train-leaks" ) ), &known, &error ) ) )
      {
        err << error << '\n';
        return WaterBadInput;
      }
      monitor.setTraining( training, known );
    }
    std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( territory, &error );
    if ( !store )
    {
      err << error << '\n';
      return WaterBadInput;
    }
    if ( !to.isValid() || !from.isValid() )
    {
      // the stored water observations: to = end of the UTC day of the last one, from = 7 days before
      QDateTime last;
      for ( const feeds::SensorInfo &s : store->sensors() )
        if ( s.isBound() && s.layer.startsWith( QLatin1String( "water_" ) ) && s.lastTime.isValid() &&
             ( !last.isValid() || s.lastTime > last ) )
          last = s.lastTime;
      if ( !last.isValid() )
      {
        err << QCoreApplication::translate( "vigie::hydraulics", "%1: no water sensor observation stored" )
                   .arg( QDir::toNativeSeparators( territory ) )
            << '\n';
        return WaterBadInput;
      }
      if ( !to.isValid() )
        to = QDateTime( last.toUTC().date().addDays( 1 ), QTime( 0, 0 ), Qt::UTC );
      if ( !from.isValid() )
        from = to.addDays( -7 );
    }
    if ( from >= to )
      return usageError( QCoreApplication::translate( "vigie::hydraulics", "the period is empty (%1 to %2)" )
                             .arg( from.toString( Qt::ISODate ), to.toString( Qt::ISODate ) ) );
    const qint64 setupMs = timer.restart();
    QJsonArray jsonLeaks, jsonProblems;
    int alarms = 0;
    QDateTime t = from;
    while ( t < to )
    {
      const QDateTime next = std::min( t.addSecs( step * 60LL ), to );
      LeakMonitorUpdate update;
      if ( !monitor.update( territory, t, next, noAlarms ? nullptr : store.get(), &update, &error ) )
      {
        err << error << '\n';
        return WaterFailed;
      }
      for ( const QString &problem : std::as_const( update.problems ) )
      {
        err << QCoreApplication::translate( "vigie::hydraulics", "warning: %1" ).arg( problem ) << '\n';
        jsonProblems.append( problem );
      }
      for ( int i = 0; i < update.newLeaks.size(); ++i )
      {
        const DetectedLeak &leak = update.newLeaks.at( i );
        const qint64 alarm = i < update.alarmIds.size() ? update.alarmIds.at( i ) : -1;
        alarms += alarm >= 0 ? 1 : 0;
        QStringList candidates;
        QJsonArray jsonCandidates;
        for ( const LeakCandidate &c : leak.candidates )
        {
          candidates << c.pipe;
          jsonCandidates.append( c.pipe );
        }
        out << QCoreApplication::translate( "vigie::hydraulics", "%1: leak on %2 (area %3, %4 m³/h, since %5); candidates %6%7" )
                   .arg( timeText( next.toSecsSinceEpoch() ), leak.pipe, leak.zone, QString::number( leak.flow, 'f', 1 ),
                         timeText( leak.changeTime ), candidates.mid( 0, 5 ).join( QLatin1Char( ' ' ) ),
                         alarm >= 0 ? QCoreApplication::translate( "vigie::hydraulics", "; alarm %1 raised" ).arg( alarm ) : QString() )
            << '\n';
        jsonLeaks.append( QJsonObject{ { QStringLiteral( "pipe" ), leak.pipe },
                                       { QStringLiteral( "zone" ), leak.zone },
                                       { QStringLiteral( "time" ), timeText( leak.time ) },
                                       { QStringLiteral( "change_time" ), timeText( leak.changeTime ) },
                                       { QStringLiteral( "reported_at_update" ), timeText( next.toSecsSinceEpoch() ) },
                                       { QStringLiteral( "flow_m3h" ), leak.flow },
                                       { QStringLiteral( "running_at_start" ), leak.runningAtStart },
                                       { QStringLiteral( "alarm" ), alarm },
                                       { QStringLiteral( "candidates" ), jsonCandidates } } );
      }
      t = next;
    }
    out << QCoreApplication::translate( "vigie::hydraulics",
                                        "%1 updates of %2 min from %3 to %4: %5 leaks reported, %6 alarms raised; %7 days analysed; "
                                        "per update %8 ms mean, %9 ms max (set-up %10 ms)" )
               .arg( monitor.updateCount() )
               .arg( step )
               .arg( timeText( from.toSecsSinceEpoch() ), timeText( to.toSecsSinceEpoch() ) )
               .arg( monitor.reported().size() )
               .arg( alarms )
               .arg( monitor.record().rowCount() > 0
                         ? ( monitor.record().times.constLast() - monitor.record().times.constFirst() ) / kDay + 1
                         : 0 )
               .arg( QString::number( monitor.meanUpdateMs(), 'f', 1 ), QString::number( monitor.maximumUpdateMs(), 'f', 1 ) )
               .arg( setupMs )
        << '\n';
    if ( values.contains( QStringLiteral( "--json" ) ) )
    {
      const QJsonObject report{ { QStringLiteral( "territory" ), QDir::toNativeSeparators( territory ) },
                                { QStringLiteral( "from" ), timeText( from.toSecsSinceEpoch() ) },
                                { QStringLiteral( "to" ), timeText( to.toSecsSinceEpoch() ) },
                                { QStringLiteral( "step_minutes" ), step },
                                { QStringLiteral( "trained" ), values.contains( QStringLiteral( "--train" ) ) },
                                { QStringLiteral( "updates" ), monitor.updateCount() },
                                { QStringLiteral( "mean_update_ms" ), monitor.meanUpdateMs() },
                                { QStringLiteral( "max_update_ms" ), monitor.maximumUpdateMs() },
                                { QStringLiteral( "setup_ms" ), setupMs },
                                { QStringLiteral( "alarms_raised" ), alarms },
                                { QStringLiteral( "leaks" ), jsonLeaks },
                                { QStringLiteral( "problems" ), jsonProblems } };
      QSaveFile file( values.value( QStringLiteral( "--json" ) ) );
      if ( !file.open( QIODevice::WriteOnly ) || file.write( QJsonDocument( report ).toJson() ) < 0 || !file.commit() )
      {
        err << QCoreApplication::translate( "vigie::hydraulics", "%1: cannot write: %2" )
                   .arg( QDir::toNativeSeparators( values.value( QStringLiteral( "--json" ) ) ), file.errorString() )
            << '\n';
        return WaterFailed;
      }
    }
    return WaterOk;
  }
} // namespace vigie::hydraulics
