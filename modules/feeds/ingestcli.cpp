// SPDX-License-Identifier: GPL-2.0-or-later
#include "ingestcli.h"

#include "console.h"
#include "feedconfig.h"
#include "ingestservice.h"
#include "mqttclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <atomic>
#include <mutex>
#include <thread>

namespace vigie::feeds
{
  namespace
  {
    using namespace vigie::cli; // Success, Failure, UsageError, InputError

    QString ingestHelp()
    {
      return QCoreApplication::translate( "vigie::feeds",
                                          "Usage: vigie-cli ingest TERRITORY --mqtt URL --topic FILTER [--topic FILTER ...] [options]\n"
                                          "       vigie-cli ingest TERRITORY --feed CONFIG.json [options]\n"
                                          "Receives a live MQTT feed into the territory until interrupted (Ctrl+C, SIGTERM); every\n"
                                          "message is journaled next to the territory before it is acknowledged, and everything\n"
                                          "received is committed before the command ends. Progress is printed every second on stderr.\n"
                                          "\n"
                                          "Options:\n"
                                          "  --mqtt URL          broker: mqtt://HOST:PORT, mqtts://HOST:PORT (TLS), tcp://, ssl://\n"
                                          "  --topic FILTER      topic filter, QoS 1 (repeatable; + and # wildcards)\n"
                                          "  --client-id ID      client id of the persistent session (default: vigie-TERRITORY NAME)\n"
                                          "  --decoder NAME      %1 (default json)\n"
                                          "  --feed FILE         feed configuration (JSON); the options above override it\n"
                                          "  --user NAME         user name; the password is read from VIGIE_MQTT_PASSWORD or asked\n"
                                          "                      without echo (it is never stored)\n"
                                          "  --ca FILE           CA certificate(s) of the broker (PEM); TLS 1.2 minimum\n"
                                          "  --cert FILE         client certificate (PEM), with --key FILE\n"
                                          "  --key FILE          private key of the client certificate\n"
                                          "  --insecure          do not verify the broker's certificate (tests only)\n"
                                          "  --max-payload BYTES larger messages are counted and dropped (default 1048576)\n"
                                          "  --duration SECONDS  stop by itself after this time\n"
                                          "  --no-retention      do not apply the territory's retention period (raw values kept N\n"
                                          "                      days, then 15-minute aggregates: see vigie-cli observations retention);\n"
                                          "                      by default it is applied at start and every hour, between commits\n"
                                          "  --quiet             no progress lines\n"
                                          "  -h, --help          show this help\n"
                                          "\n"
                                          "Exit codes: 0 stopped with everything committed, 1 the broker refused the connection\n"
                                          "(credentials, certificate) or the feed failed, 2 usage error, 3 the territory or a file\n"
                                          "cannot be read.\n" )
          .arg( decoderNames().join( QStringLiteral( ", " ) ) );
    }

    QString testHelp()
    {
      return QCoreApplication::translate( "vigie::feeds",
                                          "Usage: vigie-cli feeds test CONFIG.json [--seconds N] [--user NAME] [--json]\n"
                                          "Connects to the broker of a feed configuration, subscribes to its topics, decodes what\n"
                                          "arrives during N seconds (default 5) and reports. Uses its own clean session (client id\n"
                                          "CLIENTID-test), so it takes nothing from the feed's persistent session and stores nothing.\n"
                                          "The password is read from VIGIE_MQTT_PASSWORD or asked without echo.\n"
                                          "\n"
                                          "Exit codes: 0 connected (and what arrived decoded), 1 connection refused or every\n"
                                          "message failed to decode, 2 usage error, 3 the configuration cannot be read.\n" );
    }

    struct Arguments
    {
      QStringList positional;
      QMap<QString, QStringList> options;
      QSet<QString> flags;
    };

    bool parse( const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions, Arguments *a, QString *error )
    {
      for ( int i = 0; i < args.size(); ++i )
      {
        const QString &arg = args.at( i );
        if ( arg == QLatin1String( "-h" ) )
        {
          a->flags.insert( QStringLiteral( "help" ) );
          continue;
        }
        if ( !arg.startsWith( QLatin1String( "--" ) ) || arg == QLatin1String( "--" ) )
        {
          a->positional << arg;
          continue;
        }
        QString name = arg.mid( 2 );
        QString value;
        const int eq = name.indexOf( QLatin1Char( '=' ) );
        bool hasValue = false;
        if ( eq > 0 )
        {
          value = name.mid( eq + 1 );
          name = name.left( eq );
          hasValue = true;
        }
        if ( flagOptions.contains( name ) )
        {
          a->flags.insert( name );
          continue;
        }
        if ( !valueOptions.contains( name ) )
        {
          *error = QCoreApplication::translate( "vigie::feeds", "unknown option --%1" ).arg( name );
          return false;
        }
        if ( !hasValue )
        {
          if ( i + 1 >= args.size() )
          {
            *error = QCoreApplication::translate( "vigie::feeds", "option --%1 needs a value" ).arg( name );
            return false;
          }
          value = args.at( ++i );
        }
        a->options[name] << value;
      }
      return true;
    }

    //! The password from VIGIE_MQTT_PASSWORD, else a prompt when a user name is set and stdin is a terminal.
    QString brokerPassword( const QString &userName )
    {
      const QByteArray fromEnvironment = qgetenv( "VIGIE_MQTT_PASSWORD" );
      if ( !fromEnvironment.isEmpty() )
        return QString::fromUtf8( fromEnvironment );
      QString password;
      if ( !userName.isEmpty() && Console::isInteractive() )
        Console::readPassword( QCoreApplication::translate( "vigie::feeds", "MQTT password for %1: " ).arg( userName ), &password );
      return password;
    }

    QString progressLine( const IngestStats &s )
    {
      return QCoreApplication::translate(
                 "vigie::feeds",
                 "%1 %2 | %3 msg/s | %4 obs/s | %5 messages | %6 stored | %7 duplicates | %8 errors | %9 reconnects | %10 KiB pending" )
          .arg( QDateTime::currentDateTime().toString( QStringLiteral( "HH:mm:ss" ) ),
                s.connected ? QCoreApplication::translate( "vigie::feeds", "connected" )
                            : QCoreApplication::translate( "vigie::feeds", "disconnected" ) )
          .arg( s.messagesPerSecond, 0, 'f', 0 )
          .arg( s.observationsPerSecond, 0, 'f', 0 )
          .arg( s.messages )
          .arg( s.observations )
          .arg( s.duplicates )
          .arg( s.errors() )
          .arg( s.reconnects )
          .arg( s.pendingBytes / 1024 );
    }

    int runIngest( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      Arguments a;
      QString error;
      const QStringList valueOptions = { QStringLiteral( "mqtt" ),        QStringLiteral( "topic" ),   QStringLiteral( "client-id" ),
                                         QStringLiteral( "decoder" ),     QStringLiteral( "feed" ),    QStringLiteral( "user" ),
                                         QStringLiteral( "ca" ),          QStringLiteral( "cert" ),    QStringLiteral( "key" ),
                                         QStringLiteral( "max-payload" ), QStringLiteral( "duration" ) };
      const QStringList flagOptions = { QStringLiteral( "help" ), QStringLiteral( "insecure" ), QStringLiteral( "quiet" ),
                                        QStringLiteral( "no-retention" ) };
      if ( !parse( args, valueOptions, flagOptions, &a, &error ) )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: %1" ).arg( error ) << "\n" << ingestHelp();
        return UsageError;
      }
      if ( a.flags.contains( QStringLiteral( "help" ) ) )
      {
        out << ingestHelp();
        return Success;
      }
      if ( a.positional.size() != 1 )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: %1" )
                   .arg( a.positional.isEmpty() ? QCoreApplication::translate( "vigie::feeds", "missing TERRITORY" )
                                                : QCoreApplication::translate( "vigie::feeds", "one territory only, got: %1" )
                                                      .arg( a.positional.join( QLatin1Char( ' ' ) ) ) )
            << "\n"
            << ingestHelp();
        return UsageError;
      }
      const QString territory = a.positional.first();
      // a "PG:" territory is checked when the store connects
      if ( !territory.startsWith( QLatin1String( "PG:" ), Qt::CaseInsensitive ) && !QFileInfo::exists( territory ) )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: the territory %1 does not exist" )
                   .arg( QDir::toNativeSeparators( territory ) )
            << "\n";
        return InputError;
      }

      FeedConfig config;
      if ( a.options.contains( QStringLiteral( "feed" ) ) )
      {
        if ( !FeedConfig::load( a.options.value( QStringLiteral( "feed" ) ).last(), &config, &error ) )
        {
          err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: %1" ).arg( error ) << "\n";
          return InputError;
        }
      }
      auto last = [&]( const QString &name ) { return a.options.value( name ).isEmpty() ? QString() : a.options.value( name ).last(); };
      if ( a.options.contains( QStringLiteral( "mqtt" ) ) )
        config.brokerUrl = last( QStringLiteral( "mqtt" ) );
      if ( a.options.contains( QStringLiteral( "topic" ) ) )
        config.topics = a.options.value( QStringLiteral( "topic" ) );
      if ( a.options.contains( QStringLiteral( "client-id" ) ) )
        config.clientId = last( QStringLiteral( "client-id" ) );
      if ( a.options.contains( QStringLiteral( "decoder" ) ) )
      {
        config.decoder = last( QStringLiteral( "decoder" ) );
        config.decoderOptions = QJsonObject();
      }
      if ( a.options.contains( QStringLiteral( "user" ) ) )
        config.userName = last( QStringLiteral( "user" ) );
      if ( a.options.contains( QStringLiteral( "ca" ) ) )
        config.caFile = last( QStringLiteral( "ca" ) );
      if ( a.options.contains( QStringLiteral( "cert" ) ) )
        config.certFile = last( QStringLiteral( "cert" ) );
      if ( a.options.contains( QStringLiteral( "key" ) ) )
        config.keyFile = last( QStringLiteral( "key" ) );
      if ( a.flags.contains( QStringLiteral( "insecure" ) ) )
        config.verifyServer = false;
      if ( config.brokerUrl.isEmpty() )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: give the broker with --mqtt URL or --feed CONFIG.json" )
            << "\n";
        return UsageError;
      }
      if ( MqttClient::pahoUri( config.brokerUrl, nullptr, &error ).isEmpty() )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: %1" ).arg( error ) << "\n";
        return UsageError;
      }
      if ( config.topics.isEmpty() )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: give at least one --topic FILTER" ) << "\n";
        return UsageError;
      }
      if ( !config.createDecoder( &error ) )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: %1" ).arg( error ) << "\n";
        return UsageError;
      }
      qint64 maxPayload = 1024 * 1024;
      if ( a.options.contains( QStringLiteral( "max-payload" ) ) )
      {
        bool ok = false;
        maxPayload = last( QStringLiteral( "max-payload" ) ).toLongLong( &ok );
        if ( !ok || maxPayload <= 0 )
        {
          err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: --max-payload takes a positive number of bytes" ) << "\n";
          return UsageError;
        }
      }
      double duration = -1;
      if ( a.options.contains( QStringLiteral( "duration" ) ) )
      {
        bool ok = false;
        duration = last( QStringLiteral( "duration" ) ).toDouble( &ok );
        if ( !ok || duration <= 0 )
        {
          err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: --duration takes a positive number of seconds" ) << "\n";
          return UsageError;
        }
      }
      const bool quiet = a.flags.contains( QStringLiteral( "quiet" ) );

      Console::installStopHandlers();
      IngestService service( config, territory );
      service.setMaxPayloadBytes( maxPayload );
      service.setPassword( brokerPassword( config.userName ) );
      if ( a.flags.contains( QStringLiteral( "no-retention" ) ) )
        service.setRetentionInterval( 0 );
      if ( !service.start( &error ) )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: %1" ).arg( error ) << "\n";
        return InputError;
      }
      const IngestService &constService = service;
      err << QCoreApplication::translate( "vigie::feeds", "ingest: %1 -> %2 (client id %3, topics %4, decoder %5)" )
                 .arg( config.brokerUrl, QDir::toNativeSeparators( territory ), constService.config().clientId,
                       config.topics.join( QStringLiteral( ", " ) ), config.decoder )
          << "\n";
      err.flush();
      MqttClient::Error connectError = MqttClient::Error::None;
      if ( !service.waitConnected( 15000, &connectError, &error ) )
      {
        if ( MqttClient::isPermanent( connectError ) )
        {
          err << QCoreApplication::translate( "vigie::feeds", "vigie-cli ingest: %1" ).arg( error ) << "\n";
          service.stop();
          return Failure;
        }
        err << QCoreApplication::translate( "vigie::feeds", "ingest: %1; retrying with backoff until interrupted" ).arg( error ) << "\n";
        err.flush();
      }

      QElapsedTimer elapsed;
      elapsed.start();
      qint64 nextProgress = 1000;
      while ( !Console::stopRequested() && ( duration < 0 || elapsed.elapsed() < duration * 1000 ) )
      {
        std::this_thread::sleep_for( std::chrono::milliseconds( 50 ) );
        if ( elapsed.elapsed() >= nextProgress )
        {
          nextProgress += 1000;
          if ( !quiet )
          {
            err << progressLine( service.stats() ) << "\n";
            err.flush();
          }
        }
      }
      err << QCoreApplication::translate( "vigie::feeds", "ingest: stopping, committing what was received..." ) << "\n";
      err.flush();
      service.stop();
      const IngestStats s = service.stats();
      out << QCoreApplication::translate(
                 "vigie::feeds", "%1 messages received (%2 replayed from the journal), %3 observations stored, %4 duplicates ignored, "
                                 "%5 unknown sensors registered, %6 malformed, %7 oversized, %8 reconnects" )
                 .arg( s.messages )
                 .arg( s.replayed )
                 .arg( s.observations )
                 .arg( s.duplicates )
                 .arg( s.unboundRegistered )
                 .arg( s.decodeErrors )
                 .arg( s.oversized )
                 .arg( s.reconnects )
          << "\n";
      if ( s.retentionPasses > 0 || s.retained > 0 )
        out << QCoreApplication::translate( "vigie::feeds", "retention: %1 raw values older than %2 days moved into 15-minute "
                                                            "aggregates (%3 passes, longest step %4 ms)" )
                   .arg( s.retained )
                   .arg( s.retentionDays )
                   .arg( s.retentionPasses )
                   .arg( s.longestRetentionStepMs )
            << "\n";
      return Success;
    }

    int runTest( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      Arguments a;
      QString error;
      if ( !parse( args, { QStringLiteral( "seconds" ), QStringLiteral( "user" ) }, { QStringLiteral( "help" ), QStringLiteral( "json" ) },
                   &a, &error ) )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli feeds test: %1" ).arg( error ) << "\n" << testHelp();
        return UsageError;
      }
      if ( a.flags.contains( QStringLiteral( "help" ) ) )
      {
        out << testHelp();
        return Success;
      }
      if ( a.positional.size() != 1 )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli feeds test: give one CONFIG.json" ) << "\n" << testHelp();
        return UsageError;
      }
      double seconds = 5;
      if ( a.options.contains( QStringLiteral( "seconds" ) ) )
      {
        bool ok = false;
        seconds = a.options.value( QStringLiteral( "seconds" ) ).last().toDouble( &ok );
        if ( !ok || seconds <= 0 )
        {
          err << QCoreApplication::translate( "vigie::feeds", "vigie-cli feeds test: --seconds takes a positive number" ) << "\n";
          return UsageError;
        }
      }
      FeedConfig config;
      if ( !FeedConfig::load( a.positional.first(), &config, &error ) )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli feeds test: %1" ).arg( error ) << "\n";
        return InputError;
      }
      if ( a.options.contains( QStringLiteral( "user" ) ) )
        config.userName = a.options.value( QStringLiteral( "user" ) ).last();
      std::unique_ptr<Decoder> decoder = config.createDecoder( &error );
      if ( !decoder )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli feeds test: %1" ).arg( error ) << "\n";
        return InputError;
      }
      MqttOptions options = config.mqttOptions();
      options.clientId = ( config.clientId.isEmpty() ? QStringLiteral( "vigie" ) : config.clientId ) +
                         QStringLiteral( "-test-%1" ).arg( QCoreApplication::applicationPid() );
      options.cleanSession = true; // takes nothing from the feed's persistent session
      options.password = brokerPassword( config.userName );

      struct Received
      {
        QByteArray topic;
        QByteArray payload;
      };
      std::mutex mutex;
      QList<Received> received;
      qint64 dropped = 0;
      MqttClient client( options );
      client.setMessageHandler(
          [&]( const char *topic, int topicLength, const char *payload, int payloadLength )
          {
            std::lock_guard<std::mutex> guard( mutex );
            if ( received.size() < 10000 && payloadLength <= 1024 * 1024 )
              received.append( { QByteArray( topic, topicLength ), QByteArray( payload, payloadLength ) } );
            else
              ++dropped;
            return true;
          } );
      QElapsedTimer timer;
      timer.start();
      const bool json = a.flags.contains( QStringLiteral( "json" ) );
      QJsonObject report;
      report.insert( QStringLiteral( "broker" ), config.brokerUrl );
      report.insert( QStringLiteral( "topics" ), QJsonArray::fromStringList( config.topics ) );
      report.insert( QStringLiteral( "decoder" ), config.decoder );
      if ( !client.start( &error ) )
      {
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli feeds test: %1" ).arg( error ) << "\n";
        return InputError;
      }
      MqttClient::Error connectError = MqttClient::Error::None;
      if ( !client.waitConnected( 15000, &connectError, &error ) )
      {
        client.stop( 0 );
        report.insert( QStringLiteral( "connected" ), false );
        report.insert( QStringLiteral( "error" ), error );
        if ( json )
          out << QString::fromUtf8( QJsonDocument( report ).toJson() );
        err << QCoreApplication::translate( "vigie::feeds", "vigie-cli feeds test: %1" ).arg( error ) << "\n";
        return Failure;
      }
      const qint64 connectMs = timer.elapsed();
      if ( !json )
      {
        out << QCoreApplication::translate( "vigie::feeds", "connected to %1 in %2 ms, subscribed to %3; listening for %4 s..." )
                   .arg( config.brokerUrl )
                   .arg( connectMs )
                   .arg( config.topics.join( QStringLiteral( ", " ) ) )
                   .arg( seconds )
            << "\n";
        out.flush();
      }
      Console::installStopHandlers();
      QElapsedTimer listen;
      listen.start();
      while ( listen.elapsed() < seconds * 1000 && !Console::stopRequested() )
        std::this_thread::sleep_for( std::chrono::milliseconds( 50 ) );
      client.stop( 1000 );

      int messages = 0;
      int decodedMessages = 0;
      int observations = 0;
      QStringList errors;
      QSet<QString> sensors;
      QJsonArray samples;
      for ( const Received &message : std::as_const( received ) )
      {
        ++messages;
        QString decodeError;
        const QList<Observation> decoded = decoder->decode( message.payload, QString::fromUtf8( message.topic ), &decodeError );
        if ( decoded.isEmpty() && !decodeError.isEmpty() )
        {
          if ( errors.size() < 5 )
            errors << QCoreApplication::translate( "vigie::feeds", "%1: %2" ).arg( QString::fromUtf8( message.topic ), decodeError );
          continue;
        }
        ++decodedMessages;
        observations += decoded.size();
        for ( const Observation &o : decoded )
        {
          sensors.insert( o.sensorId );
          if ( samples.size() < 3 )
            samples.append( QJsonObject{ { QStringLiteral( "sensor" ), o.sensorId },
                                         { QStringLiteral( "time" ), o.time.toString( Qt::ISODateWithMs ) },
                                         { QStringLiteral( "value" ), o.value },
                                         { QStringLiteral( "unit" ), o.unit } } );
        }
      }
      const int failed = messages - decodedMessages;
      report.insert( QStringLiteral( "connected" ), true );
      report.insert( QStringLiteral( "connectMs" ), connectMs );
      report.insert( QStringLiteral( "messages" ), messages + int( dropped ) );
      report.insert( QStringLiteral( "decodedMessages" ), decodedMessages );
      report.insert( QStringLiteral( "malformedMessages" ), failed );
      report.insert( QStringLiteral( "observations" ), observations );
      report.insert( QStringLiteral( "sensors" ), sensors.size() );
      report.insert( QStringLiteral( "errors" ), QJsonArray::fromStringList( errors ) );
      report.insert( QStringLiteral( "samples" ), samples );
      if ( json )
        out << QString::fromUtf8( QJsonDocument( report ).toJson() );
      else
      {
        out << QCoreApplication::translate( "vigie::feeds",
                                            "%1 messages in %2 s: %3 decoded into %4 observations of %5 sensors, %6 malformed" )
                   .arg( messages + dropped )
                   .arg( seconds )
                   .arg( decodedMessages )
                   .arg( observations )
                   .arg( sensors.size() )
                   .arg( failed )
            << "\n";
        for ( const QString &e : std::as_const( errors ) )
          out << "  " << QCoreApplication::translate( "vigie::feeds", "malformed: %1" ).arg( e ) << "\n";
        for ( const QJsonValue &sample : std::as_const( samples ) )
        {
          const QJsonObject o = sample.toObject();
          out << "  "
              << QCoreApplication::translate( "vigie::feeds", "sample: %1 %2 = %3 %4" )
                     .arg( o.value( QStringLiteral( "sensor" ) ).toString(), o.value( QStringLiteral( "time" ) ).toString() )
                     .arg( o.value( QStringLiteral( "value" ) ).toDouble() )
                     .arg( o.value( QStringLiteral( "unit" ) ).toString() )
              << "\n";
        }
        if ( messages == 0 )
          out << QCoreApplication::translate( "vigie::feeds",
                                              "nothing arrived: check the topic filters, or publish something while the test runs" )
              << "\n";
      }
      return messages > 0 && decodedMessages == 0 ? Failure : Success;
    }
  } // namespace

  vigie::CliCommand ingestCliCommand()
  {
    vigie::CliCommand command;
    command.name = QStringLiteral( "ingest" );
    command.summary = QCoreApplication::translate(
        "vigie::feeds", "Receives a live MQTT feed into a territory until interrupted (QoS 1, journaled, nothing lost)." );
    command.run = runIngest;
    return command;
  }

  vigie::CliCommand feedsTestCliCommand()
  {
    vigie::CliCommand command;
    command.name = QStringLiteral( "test" );
    command.summary = QCoreApplication::translate(
        "vigie::feeds", "Checks a feed configuration: connects, subscribes, decodes what arrives for a few seconds." );
    command.run = runTest;
    return command;
  }
} // namespace vigie::feeds
