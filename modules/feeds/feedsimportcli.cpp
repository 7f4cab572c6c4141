// SPDX-License-Identifier: GPL-2.0-or-later
#include "feedsimportcli.h"

#include "console.h"
#include "decoder.h"
#include "feedsargs.h"
#include "historyimport.h"
#include "observationstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <cmath>

namespace vigie::feeds
{
  namespace
  {
    using namespace vigie::cli; // Success, Failure, UsageError, InputError

    QString help()
    {
      return QCoreApplication::translate(
          "vigie::feeds", "Usage: vigie-cli feeds import TERRITORY SOURCE [options]\n"
                          "Stores the history of a feed in a territory, through the same path as the live feeds: units converted,\n"
                          "unknown sensors registered unbound, out-of-range values flagged, an observation already stored counted\n"
                          "as a duplicate (importing twice stores nothing new).\n"
                          "\n"
                          "Sources (one):\n"
                          "  --sensorthings URL      OGC SensorThings service root (ends with /v1.1 or /v1.0)\n"
                          "      [--datastream ID[,ID...]] [--thing ID[,ID...]]   default: every Datastream of the service\n"
                          "  --ngsi-ld URL           FIWARE NGSI-LD broker root\n"
                          "      [--type Streetlight|WaterObserved|WasteContainer|DeviceMeasurement[,...]]   default: all four\n"
                          "      [--temporal]        temporal query (history) instead of the entities' current values\n"
                          "      [--tenant NAME]     NGSI-LD tenant (NGSILD-Tenant header)\n"
                          "      [--every SECONDS [--count N]]   polls the broker until Ctrl+C (or N polls)\n"
                          "  --csv FILE              CSV file, by default \"sensor,time,value[,unit]\" with an optional header\n"
                          "      [--delimiter C]     , ; tab or |\n"
                          "      [--sensor-column C] [--time-column C] [--value-column C] [--unit-column C]\n"
                          "                          a header name or a column number (1 = first)\n"
                          "      [--sensor ID]       every row is this sensor (a file \"time,value[,unit]\")\n"
                          "      [--unit UNIT]       unit of the values when the file has none\n"
                          "\n"
                          "Options:\n"
                          "  --from ISO --to ISO     time range (from included, to excluded), ISO 8601 (2024-05-01T00:00:00Z)\n"
                          "  --timeout SECONDS       HTTP request timeout (default 30)\n"
                          "  --json                  machine-readable result\n"
                          "\n"
                          "Each HTTP page (or batch of 10,000 CSV rows) is stored in one transaction. On an error (server\n"
                          "unreachable, HTTP error, malformed page) the import stops, naming the URL and the reason: the pages\n"
                          "before it stay stored, the failing one is not, and running the import again stores only what is\n"
                          "missing. A CSV file is checked whole first: a bad line gives FILE:LINE and the reason, and nothing\n"
                          "is stored.\n"
                          "Exit codes: 0 done, 1 failure (network, HTTP, malformed page, bad CSV line), 2 usage error,\n"
                          "3 the territory or the CSV file cannot be opened.\n" );
    }

    using Args = CliArgs;

    bool parse( const QStringList &args, Args *a, QString *error )
    {
      static const QStringList valueOptions = {
          QStringLiteral( "sensorthings" ), QStringLiteral( "ngsi-ld" ),       QStringLiteral( "csv" ),
          QStringLiteral( "datastream" ),   QStringLiteral( "thing" ),         QStringLiteral( "type" ),
          QStringLiteral( "tenant" ),       QStringLiteral( "from" ),          QStringLiteral( "to" ),
          QStringLiteral( "delimiter" ),    QStringLiteral( "sensor-column" ), QStringLiteral( "time-column" ),
          QStringLiteral( "value-column" ), QStringLiteral( "unit-column" ),   QStringLiteral( "sensor" ),
          QStringLiteral( "unit" ),         QStringLiteral( "every" ),         QStringLiteral( "count" ),
          QStringLiteral( "timeout" ) };
      static const QStringList flagOptions = { QStringLiteral( "json" ), QStringLiteral( "temporal" ) };
      return parseCliArgs( args, valueOptions, flagOptions, a, error );
    }

    QJsonObject resultJson( const HistoryImportResult &r )
    {
      return QJsonObject{ { QStringLiteral( "sources" ), QJsonArray::fromStringList( r.sources ) },
                          { QStringLiteral( "pages" ), r.pages },
                          { QStringLiteral( "received" ), r.received },
                          { QStringLiteral( "stored" ), r.stored },
                          { QStringLiteral( "duplicates" ), r.duplicates },
                          { QStringLiteral( "unbound_registered" ), r.unboundRegistered },
                          { QStringLiteral( "out_of_range" ), r.outOfRange },
                          { QStringLiteral( "rejected" ), r.rejected },
                          { QStringLiteral( "warnings" ), QJsonArray::fromStringList( r.warnings ) },
                          { QStringLiteral( "cancelled" ), r.cancelled } };
    }

    QString resultText( const HistoryImportResult &r )
    {
      QString text = QCoreApplication::translate( "vigie::feeds",
                                                  "%1 pages, %2 observations read: %3 stored, %4 duplicates, %5 unknown sensors registered "
                                                  "(unbound), %6 out of range, %7 rejected" )
                         .arg( r.pages )
                         .arg( r.received )
                         .arg( r.stored )
                         .arg( r.duplicates )
                         .arg( r.unboundRegistered )
                         .arg( r.outOfRange )
                         .arg( r.rejected );
      for ( const QString &warning : r.warnings )
        text += QLatin1Char( '\n' ) + warning;
      return text;
    }

    int run( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      auto fail = [&err]( int code, const QString &message )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli feeds import: %1" ).arg( message ) << '\n';
        if ( code == UsageError )
          err << QCoreApplication::translate( "vigie::feeds", "Run \"vigie-cli feeds import --help\" for usage." ) << '\n';
        err.flush();
        return code;
      };
      Args a;
      QString error;
      if ( !parse( args, &a, &error ) )
        return fail( UsageError, error );
      if ( a.help )
      {
        out << help();
        out.flush();
        return Success;
      }
      if ( a.positional.size() != 1 )
        return fail( UsageError,
                     QCoreApplication::translate( "vigie::feeds", "takes 1 argument (TERRITORY), got %1" ).arg( a.positional.size() ) );
      const int sources = ( a.has( "sensorthings" ) ? 1 : 0 ) + ( a.has( "ngsi-ld" ) ? 1 : 0 ) + ( a.has( "csv" ) ? 1 : 0 );
      if ( sources != 1 )
        return fail( UsageError,
                     QCoreApplication::translate( "vigie::feeds", "give one source: --sensorthings URL, --ngsi-ld URL or --csv FILE" ) );

      HistoryImportRequest request;
      auto checkUrl = [&]( const char *option ) -> bool
      {
        request.url = QUrl( a.value( option ) );
        if ( request.url.isValid() &&
             ( request.url.scheme() == QLatin1String( "http" ) || request.url.scheme() == QLatin1String( "https" ) ) )
          return true;
        error = QCoreApplication::translate( "vigie::feeds", "--%1: \"%2\" is not an http(s) URL" )
                    .arg( QLatin1String( option ), a.value( option ) );
        return false;
      };
      // options that belong to another source are a usage error, not silently ignored
      auto onlyWith = [&]( const QStringList &options, const QString &source ) -> bool
      {
        for ( const QString &option : options )
        {
          if ( a.values.contains( option ) || a.flags.contains( option ) )
          {
            error = QCoreApplication::translate( "vigie::feeds", "--%1 only goes with %2" ).arg( option, source );
            return false;
          }
        }
        return true;
      };
      const QStringList staOptions = { QStringLiteral( "datastream" ), QStringLiteral( "thing" ) };
      const QStringList ngsiOptions = { QStringLiteral( "type" ), QStringLiteral( "temporal" ), QStringLiteral( "tenant" ),
                                        QStringLiteral( "every" ), QStringLiteral( "count" ) };
      const QStringList csvOptions = { QStringLiteral( "delimiter" ),    QStringLiteral( "sensor-column" ), QStringLiteral( "time-column" ),
                                       QStringLiteral( "value-column" ), QStringLiteral( "unit-column" ),   QStringLiteral( "sensor" ),
                                       QStringLiteral( "unit" ) };
      if ( a.has( "sensorthings" ) )
      {
        request.source = HistorySource::SensorThings;
        if ( !checkUrl( "sensorthings" ) || !onlyWith( ngsiOptions + csvOptions, QStringLiteral( "--ngsi-ld or --csv" ) ) )
          return fail( UsageError, error );
        request.datastreams = splitIdList( a.value( "datastream" ) );
        request.things = splitIdList( a.value( "thing" ) );
      }
      else if ( a.has( "ngsi-ld" ) )
      {
        request.source = HistorySource::NgsiLd;
        if ( !checkUrl( "ngsi-ld" ) || !onlyWith( staOptions + csvOptions, QStringLiteral( "--sensorthings or --csv" ) ) )
          return fail( UsageError, error );
        request.ngsiTypes = splitIdList( a.value( "type" ) );
        request.temporal = a.has( "temporal" );
        request.tenant = a.value( "tenant" );
      }
      else
      {
        request.source = HistorySource::Csv;
        if ( !onlyWith( staOptions + ngsiOptions, QStringLiteral( "--sensorthings or --ngsi-ld" ) ) )
          return fail( UsageError, error );
        request.file = a.value( "csv" );
        const QString delimiter = a.value( "delimiter" );
        if ( delimiter == QLatin1String( "tab" ) || delimiter == QLatin1String( "\\t" ) )
          request.csv.delimiter = QLatin1Char( '\t' );
        else if ( delimiter.size() == 1 && QStringLiteral( ",;|\t" ).contains( delimiter ) )
          request.csv.delimiter = delimiter.at( 0 );
        else if ( !delimiter.isEmpty() )
          return fail( UsageError,
                       QCoreApplication::translate( "vigie::feeds", "--delimiter must be , ; | or tab, got \"%1\"" ).arg( delimiter ) );
        request.csv.sensorColumn = a.value( "sensor-column" );
        request.csv.timeColumn = a.value( "time-column" );
        request.csv.valueColumn = a.value( "value-column" );
        request.csv.unitColumn = a.value( "unit-column" );
        request.csv.sensorId = a.value( "sensor" );
        request.csv.unit = a.value( "unit" );
        if ( !request.csv.sensorId.isEmpty() && !request.csv.sensorColumn.isEmpty() )
          return fail( UsageError, QCoreApplication::translate( "vigie::feeds", "--sensor and --sensor-column exclude each other" ) );
      }
      for ( const char *option : { "from", "to" } )
      {
        const QString text = a.value( option );
        if ( text.isEmpty() )
          continue;
        const QDateTime time = parseIsoTime( text );
        if ( !time.isValid() )
          return fail( UsageError,
                       QCoreApplication::translate( "vigie::feeds", "--%1: \"%2\" is not an ISO 8601 time (e.g. 2024-05-01T08:00:00Z)" )
                           .arg( QLatin1String( option ), text ) );
        ( qstrcmp( option, "from" ) == 0 ? request.from : request.to ) = time;
      }
      if ( request.from.isValid() && request.to.isValid() && request.to <= request.from )
        return fail( UsageError, QCoreApplication::translate( "vigie::feeds", "--to (%1) must come after --from (%2)" )
                                     .arg( a.value( "to" ), a.value( "from" ) ) );
      bool ok = true;
      if ( a.has( "timeout" ) )
      {
        const double seconds = a.value( "timeout" ).toDouble( &ok );
        if ( !ok || !std::isfinite( seconds ) || seconds <= 0 || seconds > 3600 )
          return fail( UsageError,
                       QCoreApplication::translate( "vigie::feeds", "--timeout must be a number of seconds above 0, got \"%1\"" )
                           .arg( a.value( "timeout" ) ) );
        request.timeoutMs = static_cast<int>( seconds * 1000 );
      }
      double every = 0;
      int count = 0;
      if ( a.has( "every" ) )
      {
        every = a.value( "every" ).toDouble( &ok );
        if ( !ok || !std::isfinite( every ) || every < 1 || every > 86400 )
          return fail( UsageError,
                       QCoreApplication::translate( "vigie::feeds", "--every must be a number of seconds from 1 to 86400, got \"%1\"" )
                           .arg( a.value( "every" ) ) );
      }
      if ( a.has( "count" ) )
      {
        count = a.value( "count" ).toInt( &ok );
        if ( !ok || count < 1 || !a.has( "every" ) )
          return fail( UsageError,
                       QCoreApplication::translate( "vigie::feeds", "--count must be a number of polls above 0, with --every" ) );
      }
      if ( request.source == HistorySource::Csv )
      {
        const QFileInfo info( request.file );
        if ( !info.isFile() || !info.isReadable() )
          return fail(
              InputError,
              QCoreApplication::translate( "vigie::feeds", "%1: no such readable file" ).arg( QDir::toNativeSeparators( request.file ) ) );
      }

      const QString territory = a.positional.at( 0 );
      std::unique_ptr<ObservationStore> store = ObservationStore::open( territory, &error );
      if ( !store )
        return fail( InputError, error );

      Console::installStopHandlers();
      const bool json = a.has( "json" );
      QElapsedTimer progressClock;
      progressClock.start();
      auto progress = [&]( const HistoryImportProgress &p )
      {
        if ( !json && progressClock.elapsed() > 5000 )
        {
          err << QCoreApplication::translate( "vigie::feeds", "… %1 pages, %2 observations stored (%3)" )
                     .arg( p.pages )
                     .arg( p.stored )
                     .arg( p.place )
              << '\n';
          err.flush();
          progressClock.restart();
        }
        return !Console::stopRequested();
      };

      if ( every <= 0 )
      {
        HistoryImportResult result;
        const bool imported = importHistory( *store, request, &result, &error, progress );
        if ( json )
        {
          QJsonObject object = resultJson( result );
          object.insert( QStringLiteral( "territory" ), QDir::toNativeSeparators( territory ) );
          object.insert( QStringLiteral( "ok" ), imported );
          if ( !imported )
            object.insert( QStringLiteral( "error" ), error );
          out << QString::fromUtf8( QJsonDocument( object ).toJson( QJsonDocument::Indented ) );
          out.flush();
          if ( !imported )
            err << QCoreApplication::translate( "vigie::feeds", "vigie-cli feeds import: %1" ).arg( error ) << '\n';
          err.flush();
          return imported ? Success : Failure;
        }
        if ( !imported )
        {
          if ( result.pages > 0 )
            err << QCoreApplication::translate( "vigie::feeds", "stored before the error: %1" ).arg( resultText( result ) ) << '\n';
          return fail( Failure, error );
        }
        out << QCoreApplication::translate( "vigie::feeds", "imported %1 into %2: %3" )
                   .arg( result.sources.join( QStringLiteral( ", " ) ), QDir::toNativeSeparators( territory ), resultText( result ) )
            << '\n';
        out.flush();
        return Success;
      }

      // periodic NGSI-LD poll: a failed poll is reported and the next one tried (a feed outlives a broker restart)
      int polls = 0;
      int failures = 0;
      while ( !Console::stopRequested() )
      {
        HistoryImportResult result;
        const bool imported = importHistory( *store, request, &result, &error, progress );
        ++polls;
        const QString now = QDateTime::currentDateTimeUtc().toString( Qt::ISODate );
        if ( json )
        {
          QJsonObject object = resultJson( result );
          object.insert( QStringLiteral( "time" ), now );
          object.insert( QStringLiteral( "ok" ), imported );
          if ( !imported )
            object.insert( QStringLiteral( "error" ), error );
          out << QString::fromUtf8( QJsonDocument( object ).toJson( QJsonDocument::Compact ) ) << '\n';
        }
        else if ( imported )
          out << QStringLiteral( "%1 " ).arg( now ) << resultText( result ) << '\n';
        out.flush();
        if ( !imported && !result.cancelled )
        {
          ++failures;
          err << QStringLiteral( "%1 " ).arg( now )
              << QCoreApplication::translate( "vigie::feeds", "vigie-cli feeds import: %1" ).arg( error ) << '\n';
          err.flush();
        }
        if ( count > 0 && polls >= count )
          break;
        QElapsedTimer wait;
        wait.start();
        while ( !Console::stopRequested() && wait.elapsed() < static_cast<qint64>( every * 1000 ) )
          QThread::msleep( 100 );
      }
      if ( !json )
      {
        out << QCoreApplication::translate( "vigie::feeds", "%1 polls, %2 failed" ).arg( polls ).arg( failures ) << '\n';
        out.flush();
      }
      return failures == polls ? Failure : Success;
    }
  } // namespace

  vigie::CliCommand feedsImportCliCommand()
  {
    vigie::CliCommand command;
    command.name = QStringLiteral( "import" );
    command.summary = QCoreApplication::translate(
        "vigie::feeds", "stores in TERRITORY the history of a SensorThings service (--sensorthings URL), an NGSI-LD broker (--ngsi-ld URL; "
                        "--every polls it) or a CSV file (--csv FILE); see feeds import --help" );
    command.run = run;
    return command;
  }
} // namespace vigie::feeds
