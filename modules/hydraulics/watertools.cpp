// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli water detect | score | balance | isolate | import | export.
#include "watertools.h"

#include "inpreader.h"
#include "leakdetector.h"
#include "leakscore.h"
#include "scada.h"
#include "waterbalance.h"
#include "watercli.h"
#include "waterisolation.h"
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

#include <cmath>

namespace vigie::hydraulics
{
  namespace
  {

    //! Options "--name value" and flags "--name"; positional arguments in order.
    struct Arguments
    {
      QHash<QString, QString> values;
      QStringList flags;
      QStringList positional;
      QString error;

      bool parse( const QStringList &args, const QStringList &withValue, const QStringList &flagNames )
      {
        for ( int i = 0; i < args.size(); ++i )
        {
          const QString &a = args.at( i );
          if ( withValue.contains( a ) )
          {
            if ( i + 1 >= args.size() )
            {
              error = QCoreApplication::translate( "vigie::hydraulics", "%1 needs a value" ).arg( a );
              return false;
            }
            values.insert( a, args.at( ++i ) );
          }
          else if ( flagNames.contains( a ) )
            flags << a;
          else if ( a.startsWith( QLatin1String( "--" ) ) || ( a.startsWith( QLatin1Char( '-' ) ) && a.size() > 1 ) )
          {
            error = QCoreApplication::translate( "vigie::hydraulics", "unknown option \"%1\"" ).arg( a );
            return false;
          }
          else
            positional << a;
        }
        return true;
      }
      QString value( const char *name ) const { return values.value( QLatin1String( name ) ); }
      bool has( const char *name ) const { return values.contains( QLatin1String( name ) ) || flags.contains( QLatin1String( name ) ); }
    };

    bool writeJson( const QString &path, const QJsonObject &object, QString *error )
    {
      QSaveFile file( path );
      if ( !file.open( QIODevice::WriteOnly ) )
      {
        *error = QCoreApplication::translate( "vigie::hydraulics", "%1: cannot write: %2" )
                     .arg( QDir::toNativeSeparators( path ), file.errorString() );
        return false;
      }
      file.write( QJsonDocument( object ).toJson( QJsonDocument::Indented ) );
      if ( !file.commit() )
      {
        *error = QCoreApplication::translate( "vigie::hydraulics", "%1: cannot write: %2" )
                     .arg( QDir::toNativeSeparators( path ), file.errorString() );
        return false;
      }
      return true;
    }

    bool readNetwork( const QString &path, Network *network, QTextStream &err )
    {
      QString error;
      if ( !InpReader::readFile( path, *network, &error ) )
      {
        err << error << '\n';
        return false;
      }
      return true;
    }

    int usageError( const QString &command, const QString &message, QTextStream &err )
    {
      err << QStringLiteral( "water %1: " ).arg( command ) << message << '\n' << waterToolUsage();
      return WaterUsage;
    }

    int detect( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      Arguments a;
      if ( !a.parse( args,
                     { QStringLiteral( "--network" ), QStringLiteral( "--scada" ), QStringLiteral( "--train" ),
                       QStringLiteral( "--train-leaks" ), QStringLiteral( "--out" ), QStringLiteral( "--json" ),
                       QStringLiteral( "--window" ), QStringLiteral( "--threshold" ), QStringLiteral( "--min-leak" ),
                       QStringLiteral( "--localiser" ), QStringLiteral( "--report-delay" ), QStringLiteral( "--defer-days" ) },
                     {} ) )
        return usageError( QStringLiteral( "detect" ), a.error, err );
      if ( !a.positional.isEmpty() )
        return usageError( QStringLiteral( "detect" ),
                           QCoreApplication::translate( "vigie::hydraulics", "unexpected argument \"%1\"" ).arg( a.positional.first() ),
                           err );
      if ( !a.has( "--network" ) || !a.has( "--scada" ) || !a.has( "--out" ) )
        return usageError( QStringLiteral( "detect" ),
                           QCoreApplication::translate( "vigie::hydraulics", "--network, --scada and --out are required" ), err );
      if ( a.has( "--train-leaks" ) && !a.has( "--train" ) )
        return usageError( QStringLiteral( "detect" ),
                           QCoreApplication::translate( "vigie::hydraulics", "--train-leaks needs --train DIR" ), err );
      LeakDetectorOptions options;
      if ( a.has( "--window" ) )
      {
        const QStringList parts = a.value( "--window" ).split( QLatin1Char( '-' ) );
        bool ok1 = false, ok2 = false;
        if ( parts.size() == 2 )
        {
          options.windowStartHour = parts.at( 0 ).toInt( &ok1 );
          options.windowEndHour = parts.at( 1 ).toInt( &ok2 );
        }
        if ( !ok1 || !ok2 || options.windowStartHour < 0 || options.windowEndHour > 24 || options.windowStartHour >= options.windowEndHour )
          return usageError( QStringLiteral( "detect" ),
                             QCoreApplication::translate( "vigie::hydraulics", "--window needs START-END hours, e.g. 0-24 or 1-5" ), err );
      }
      if ( a.has( "--localiser" ) )
      {
        const QString method = a.value( "--localiser" );
        if ( method == QLatin1String( "least-squares" ) )
          options.localiser = LocaliserMethod::LeastSquares;
        else if ( method == QLatin1String( "cosine" ) )
          options.localiser = LocaliserMethod::Cosine;
        else
          return usageError(
              QStringLiteral( "detect" ),
              QCoreApplication::translate( "vigie::hydraulics", "--localiser needs least-squares or cosine, not \"%1\"" ).arg( method ),
              err );
      }
      const struct
      {
        const char *name;
        int *days;
        int maximum;
      } dayOptions[] = { { "--defer-days", &options.deferredConfirmationDays, 365 }, { "--report-delay", &options.reportDelayDays, 60 } };
      for ( const auto &option : dayOptions )
      {
        if ( !a.has( option.name ) )
          continue;
        bool ok = false;
        *option.days = a.value( option.name ).toInt( &ok );
        if ( !ok || *option.days < 0 || *option.days > option.maximum )
          return usageError( QStringLiteral( "detect" ),
                             QCoreApplication::translate( "vigie::hydraulics", "%1 needs a number of days from 0 to %2, not \"%3\"" )
                                 .arg( QLatin1String( option.name ) )
                                 .arg( option.maximum )
                                 .arg( a.value( option.name ) ),
                             err );
      }
      const QPair<const char *, double *> numbers[] = { { "--threshold", &options.cusumThreshold },
                                                        { "--min-leak", &options.minimumLeak } };
      for ( const auto &number : numbers )
      {
        if ( !a.has( number.first ) )
          continue;
        bool ok = false;
        const double v = a.value( number.first ).toDouble( &ok );
        if ( !ok || v <= 0 || !std::isfinite( v ) )
          return usageError( QStringLiteral( "detect" ),
                             QCoreApplication::translate( "vigie::hydraulics", "%1 needs a positive number, not \"%2\"" )
                                 .arg( QLatin1String( number.first ), a.value( number.first ) ),
                             err );
        *number.second = v;
      }
      QElapsedTimer timer;
      timer.start();
      Network network;
      if ( !readNetwork( a.value( "--network" ), &network, err ) )
        return WaterBadInput;
      QString error;
      ScadaData data;
      if ( !data.read( a.value( "--scada" ), true, &error ) )
      {
        err << error << '\n';
        return WaterBadInput;
      }
      const qint64 readMs = timer.elapsed();
      LeakDetector detector( network, options );
      if ( !detector.prepare( data, &error ) )
      {
        err << error << '\n';
        return WaterBadInput;
      }
      if ( a.has( "--train" ) )
      {
        ScadaData training;
        if ( !training.read( a.value( "--train" ), true, &error ) )
        {
          err << error << '\n';
          return WaterBadInput;
        }
        QVector<KnownLeak> known;
        if ( a.has( "--train-leaks" ) && !readKnownLeaks( a.value( "--train-leaks" ), &known, &error ) )
        {
          err << error << '\n';
          return WaterBadInput;
        }
        if ( !detector.train( training, known, &error ) )
        {
          err << error << '\n';
          return WaterBadInput;
        }
      }
      QVector<DetectedLeak> leaks;
      if ( !detector.detect( data, &leaks, &error ) )
      {
        err << error << '\n';
        return WaterFailed;
      }
      QVector<LeakReport> reports;
      QJsonArray jsonLeaks;
      for ( const DetectedLeak &leak : std::as_const( leaks ) )
      {
        reports.append( { leak.pipe, leak.time } );
        QJsonArray candidates;
        for ( const LeakCandidate &c : leak.candidates )
          candidates.append( QJsonObject{ { QStringLiteral( "pipe" ), c.pipe },
                                          { QStringLiteral( "similarity" ), c.similarity },
                                          { QStringLiteral( "misfit" ), c.misfit },
                                          { QStringLiteral( "fitted_flow_m3h" ), c.flow } } );
        jsonLeaks.append( QJsonObject{ { QStringLiteral( "pipe" ), leak.pipe },
                                       { QStringLiteral( "time" ), formatScadaTime( leak.time ) },
                                       { QStringLiteral( "change_time" ), formatScadaTime( leak.changeTime ) },
                                       { QStringLiteral( "zone" ), leak.zone },
                                       { QStringLiteral( "flow_m3h" ), leak.flow },
                                       { QStringLiteral( "confidence" ), leak.confidence },
                                       { QStringLiteral( "running_at_start" ), leak.runningAtStart },
                                       { QStringLiteral( "slow_growth" ), leak.growth },
                                       { QStringLiteral( "pressure_evidence" ), leak.pressureEvidence },
                                       { QStringLiteral( "candidates" ), candidates } } );
      }
      if ( !writeLeakReports( a.value( "--out" ), reports, &error ) )
      {
        err << error << '\n';
        return WaterFailed;
      }
      const qint64 totalMs = timer.elapsed();
      if ( a.has( "--json" ) )
      {
        QJsonObject report{ { QStringLiteral( "network" ), QFileInfo( a.value( "--network" ) ).fileName() },
                            { QStringLiteral( "scada" ), QDir::toNativeSeparators( a.value( "--scada" ) ) },
                            { QStringLiteral( "from" ), formatScadaTime( data.times.first() ) },
                            { QStringLiteral( "to" ), formatScadaTime( data.times.last() ) },
                            { QStringLiteral( "calibration" ), detector.calibration() },
                            { QStringLiteral( "leaks" ), jsonLeaks },
                            { QStringLiteral( "read_ms" ), readMs },
                            { QStringLiteral( "total_ms" ), totalMs } };
        if ( !writeJson( a.value( "--json" ), report, &error ) )
        {
          err << error << '\n';
          return WaterFailed;
        }
      }
      out << QCoreApplication::translate(
                 "vigie::hydraulics", "%1 leaks detected from %2 to %3 (%4 rows) in %5 ms (reading the SCADA files: %6 ms); report in %7" )
                 .arg( leaks.size() )
                 .arg( formatScadaTime( data.times.first() ), formatScadaTime( data.times.last() ) )
                 .arg( data.rowCount() )
                 .arg( totalMs )
                 .arg( readMs )
                 .arg( QDir::toNativeSeparators( a.value( "--out" ) ) )
          << '\n';
      return WaterOk;
    }

    int score( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      Arguments a;
      if ( !a.parse( args,
                     { QStringLiteral( "--leaks" ), QStringLiteral( "--truth" ), QStringLiteral( "--network" ),
                       QStringLiteral( "--leakages" ), QStringLiteral( "--year" ), QStringLiteral( "--json" ), QStringLiteral( "--from" ),
                       QStringLiteral( "--to" ) },
                     {} ) )
        return usageError( QStringLiteral( "score" ), a.error, err );
      if ( !a.has( "--leaks" ) || !a.has( "--truth" ) || !a.has( "--network" ) )
        return usageError( QStringLiteral( "score" ),
                           QCoreApplication::translate( "vigie::hydraulics", "--leaks, --truth and --network are required" ), err );
      Network network;
      if ( !readNetwork( a.value( "--network" ), &network, err ) )
        return WaterBadInput;
      QString error;
      QVector<LeakReport> reports;
      QVector<KnownLeak> truth;
      if ( !readLeakReports( a.value( "--leaks" ), &reports, &error ) || !readKnownLeaks( a.value( "--truth" ), &truth, &error ) )
      {
        err << error << '\n';
        return WaterBadInput;
      }
      if ( truth.isEmpty() )
      {
        err << QCoreApplication::translate( "vigie::hydraulics", "%1: no leak in the truth file" )
                   .arg( QDir::toNativeSeparators( a.value( "--truth" ) ) )
            << '\n';
        return WaterBadInput;
      }
      // the scored period: the year of the truth (or --year), or --from/--to
      qint64 yearStart = 0, yearEnd = 0;
      int year = formatScadaTime( truth.first().start ).left( 4 ).toInt();
      for ( const KnownLeak &k : std::as_const( truth ) )
        year = std::max( year, formatScadaTime( k.end ).left( 4 ).toInt() );
      if ( a.has( "--year" ) )
      {
        bool ok = false;
        year = a.value( "--year" ).toInt( &ok );
        if ( !ok || year < 1900 || year > 9999 )
          return usageError(
              QStringLiteral( "score" ),
              QCoreApplication::translate( "vigie::hydraulics", "--year needs a year, not \"%1\"" ).arg( a.value( "--year" ) ), err );
      }
      const QByteArray startText = QStringLiteral( "%1-01-01 00:00" ).arg( year ).toUtf8();
      const QByteArray endText = QStringLiteral( "%1-01-01 00:00" ).arg( year + 1 ).toUtf8();
      parseScadaTime( startText.constData(), startText.constData() + startText.size(), &yearStart );
      parseScadaTime( endText.constData(), endText.constData() + endText.size(), &yearEnd );
      const QPair<const char *, qint64 *> bounds[] = { { "--from", &yearStart }, { "--to", &yearEnd } };
      for ( const auto &bound : bounds )
      {
        if ( !a.has( bound.first ) )
          continue;
        const QByteArray text = a.value( bound.first ).toUtf8();
        if ( !parseScadaTime( text.constData(), text.constData() + text.size(), bound.second ) )
          return usageError( QStringLiteral( "score" ),
                             QCoreApplication::translate( "vigie::hydraulics", "%1 needs a time YYYY-MM-DD HH:MM, not \"%2\"" )
                                 .arg( QLatin1String( bound.first ), a.value( bound.first ) ),
                             err );
      }
      LeakScorer scorer( network );
      if ( a.has( "--leakages" ) )
      {
        ScadaTable table;
        QVector<qint64> times;
        if ( !readScadaTable( a.value( "--leakages" ), &table, &times, &error ) )
        {
          err << error << '\n';
          return WaterBadInput;
        }
        scorer.setLeakages( table, times );
      }
      LeakScore result;
      if ( !scorer.score( reports, truth, yearStart, yearEnd, &result, &error ) )
      {
        err << error << '\n';
        return WaterBadInput;
      }
      const double ratio = result.perfectScore > 0 ? result.score / result.perfectScore : 0;
      out << QCoreApplication::translate(
                 "vigie::hydraulics",
                 "score %1 EUR of a perfect %2 EUR (%3 %); true positives %4 of %5, false positives %6, repeats %7, missed %8" )
                 .arg( result.score, 0, 'f', 0 )
                 .arg( result.perfectScore, 0, 'f', 0 )
                 .arg( 100 * ratio, 0, 'f', 1 )
                 .arg( result.truePositives )
                 .arg( result.leaks.size() )
                 .arg( result.falsePositives )
                 .arg( result.repeats )
                 .arg( result.falseNegatives )
          << '\n';
      QJsonArray leaks;
      for ( const ScoredLeak &s : std::as_const( result.leaks ) )
      {
        const bool found = s.reportedTime >= 0;
        out << QStringLiteral( "  %1 start %2: " ).arg( s.pipe, formatScadaTime( s.start ) )
            << ( found ? QCoreApplication::translate( "vigie::hydraulics", "found as %1 at %2, %3 m away, delay %4 h, %5 EUR" )
                             .arg( s.reportedPipe, formatScadaTime( s.reportedTime ) )
                             .arg( s.distance, 0, 'f', 0 )
                             .arg( ( s.reportedTime - s.start ) / 3600.0, 0, 'f', 1 )
                             .arg( s.reward, 0, 'f', 0 )
                       : QCoreApplication::translate( "vigie::hydraulics", "missed (%1 m3 lost)" ).arg( s.fullVolume, 0, 'f', 0 ) )
            << '\n';
        QJsonObject o{ { QStringLiteral( "pipe" ), s.pipe },
                       { QStringLiteral( "start" ), formatScadaTime( s.start ) },
                       { QStringLiteral( "detected" ), found },
                       { QStringLiteral( "full_volume_m3" ), s.fullVolume } };
        if ( found )
        {
          o.insert( QStringLiteral( "reported_pipe" ), s.reportedPipe );
          o.insert( QStringLiteral( "reported_time" ), formatScadaTime( s.reportedTime ) );
          o.insert( QStringLiteral( "distance_m" ), s.distance );
          o.insert( QStringLiteral( "delay_h" ), ( s.reportedTime - s.start ) / 3600.0 );
          o.insert( QStringLiteral( "reward_eur" ), s.reward );
        }
        leaks.append( o );
      }
      QJsonArray falseAlarms;
      for ( const LeakReport &r : std::as_const( result.falseAlarms ) )
      {
        out << QStringLiteral( "  " )
            << QCoreApplication::translate( "vigie::hydraulics", "false alarm: %1 at %2" ).arg( r.pipe, formatScadaTime( r.time ) ) << '\n';
        falseAlarms.append( QJsonObject{ { QStringLiteral( "pipe" ), r.pipe }, { QStringLiteral( "time" ), formatScadaTime( r.time ) } } );
      }
      if ( a.has( "--json" ) )
      {
        const QJsonObject json{ { QStringLiteral( "score_eur" ), result.score },
                                { QStringLiteral( "perfect_score_eur" ), result.perfectScore },
                                { QStringLiteral( "ratio" ), ratio },
                                { QStringLiteral( "true_positives" ), result.truePositives },
                                { QStringLiteral( "false_positives" ), result.falsePositives },
                                { QStringLiteral( "false_negatives" ), result.falseNegatives },
                                { QStringLiteral( "repeats" ), result.repeats },
                                { QStringLiteral( "leaks" ), leaks },
                                { QStringLiteral( "false_alarms" ), falseAlarms } };
        if ( !writeJson( a.value( "--json" ), json, &error ) )
        {
          err << error << '\n';
          return WaterFailed;
        }
      }
      return WaterOk;
    }
  } // namespace

  bool isWaterToolCommand( const QString &name )
  {
    static const QStringList names = { QStringLiteral( "detect" ),  QStringLiteral( "score" ),  QStringLiteral( "balance" ),
                                       QStringLiteral( "isolate" ), QStringLiteral( "import" ), QStringLiteral( "export" ) };
    return names.contains( name );
  }

  QString waterToolUsage()
  {
    return QCoreApplication::translate(
        "vigie::hydraulics",
        "       vigie-cli water detect --network NET.inp --scada DIR [--train DIR [--train-leaks leaks.csv]]\n"
        "                              --out leaks.csv [--json report.json] [--window 0-24] [--threshold 6] [--min-leak 1.5]\n"
        "                              [--localiser least-squares|cosine] [--report-delay DAYS] [--defer-days DAYS]\n"
        "       vigie-cli water score --leaks detected.csv --truth truth.csv --network NET.inp [--leakages Leakages.csv]\n"
        "                             [--year YYYY | --from TIME --to TIME] [--json score.json]\n"
        "       vigie-cli water balance --network NET.inp --scada DIR [--train DIR [--train-leaks leaks.csv]]\n"
        "                               [--connections N] [--json balance.json]\n"
        "       vigie-cli water isolate NET.inp|TERRITORY --pipe ID [--valves-on-pipes] [--json FILE] [--out FILE.geojson]\n"
        "       vigie-cli water import TERRITORY NET.inp [--network-name NAME] [--crs EPSG:x]\n"
        "                              [--transform DX,DY[,SCALE[,ROTATION]]] [--replace] [--benchmark]\n"
        "       vigie-cli water export TERRITORY --out NET.inp [--network-name NAME]\n" );
  }

  int runWaterToolCommand( const QString &name, const QStringList &args, QTextStream &out, QTextStream &err )
  {
    if ( args.contains( QLatin1String( "--help" ) ) || args.contains( QLatin1String( "-h" ) ) )
    {
      out << waterToolUsage();
      return WaterOk;
    }
    if ( name == QLatin1String( "detect" ) )
      return detect( args, out, err );
    if ( name == QLatin1String( "score" ) )
      return score( args, out, err );
    if ( name == QLatin1String( "balance" ) )
      return runWaterBalanceCommand( args, out, err );
    if ( name == QLatin1String( "isolate" ) )
      return runWaterIsolateCommand( args, out, err );
    if ( name == QLatin1String( "import" ) || name == QLatin1String( "export" ) )
      return runWaterTerritoryCommand( name, args, out, err );
    err << QCoreApplication::translate( "vigie::hydraulics", "water: unknown command \"%1\"" ).arg( name ) << '\n';
    return WaterUsage;
  }
} // namespace vigie::hydraulics
