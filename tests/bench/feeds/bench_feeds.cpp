// SPDX-License-Identifier: GPL-2.0-or-later
// bench_feeds: sustained MQTT ingestion (issue 3 benchmark). A local Mosquitto, four
// `mosquitto_pub -l` publishers at QoS 1, 10,000 sensors; first `mosquitto_sub` (QoS 1,
// persistent session, output to /dev/null) drains the load, then Vigie's IngestService ingests
// the same load into a territory file (journal, decode, store, commit). Rates are measured
// from the first publish to the last message received (mosquitto_sub) or committed (Vigie).
// Two loads: one observation per message, and gateway batches of 50 observations per message.
// The machine may be shared: Vigie's own CPU time per observation (getrusage of this process, whose
// threads are the ingest's) is printed next to the wall-clock rates, with the load average.
//   bench_feeds [MESSAGES_SINGLE] [MESSAGES_BATCH] [ROUNDS]   (default 100000 12000 3; best round of each kept)
#include "feedstestutil.h"
#include "ingestservice.h"
#include "mosquittobroker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <QFile>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace vigie;
using namespace vigie::feeds;

namespace
{
  constexpr int kSensors = 10000;
  constexpr int kPublishers = 4;

  QTextStream &out()
  {
    static QTextStream stream( stdout );
    return stream;
  }

  //! Writes the publishers' input files: \a messages messages of \a perMessage observations, split over kPublishers files.
  QStringList writeLoad( const QString &dir, const QString &name, int messages, int perMessage )
  {
    QStringList files;
    QList<std::shared_ptr<QFile>> handles;
    for ( int p = 0; p < kPublishers; ++p )
    {
      files << QDir( dir ).filePath( QStringLiteral( "%1-%2.jsonl" ).arg( name ).arg( p ) );
      handles << std::make_shared<QFile>( files.last() );
      handles.last()->open( QIODevice::WriteOnly );
    }
    const QDateTime base( QDate( 2026, 1, 1 ), QTime( 0, 0 ), Qt::UTC );
    const qint64 baseSeconds = base.toSecsSinceEpoch();
    for ( int m = 0; m < messages; ++m )
    {
      QByteArray line;
      if ( perMessage > 1 )
        line += '[';
      for ( int j = 0; j < perMessage; ++j )
      {
        const qint64 k = qint64( m ) * perMessage + j;
        if ( j > 0 )
          line += ',';
        // unique (sensor, time): sensor k mod 10,000, one value per sensor and second
        line += "{\"sensor\":\"s" + QByteArray::number( k % kSensors ) + "\",\"time\":" + QByteArray::number( baseSeconds + k / kSensors ) +
                ",\"value\":" + QByteArray::number( double( k % 1000 ) / 10.0 ) + '}';
      }
      if ( perMessage > 1 )
        line += ']';
      line += '\n';
      handles.at( m % kPublishers )->write( line );
    }
    return files;
  }

  //! Starts the publishers; each reads its file line by line (-l) and publishes at QoS 1.
  QList<std::shared_ptr<QProcess>> publish( const vigie::test::MosquittoBroker &broker, const QStringList &files, const QString &topic )
  {
    QList<std::shared_ptr<QProcess>> publishers;
    for ( int p = 0; p < files.size(); ++p )
    {
      auto process = std::make_shared<QProcess>();
      process->setStandardInputFile( files.at( p ) );
      process->start( vigie::test::MosquittoBroker::tool( QStringLiteral( "mosquitto_pub" ) ),
                      { QStringLiteral( "-h" ), QStringLiteral( "127.0.0.1" ), QStringLiteral( "-p" ), QString::number( broker.port() ),
                        QStringLiteral( "-q" ), QStringLiteral( "1" ), QStringLiteral( "-t" ),
                        QStringLiteral( "%1/%2" ).arg( topic ).arg( p ), QStringLiteral( "-l" ) } );
      process->waitForStarted();
      publishers << process;
    }
    return publishers;
  }

  void waitPublishers( QList<std::shared_ptr<QProcess>> &publishers )
  {
    for ( auto &p : publishers )
      p->waitForFinished( 600000 );
  }

  //! mosquitto_sub at QoS 1 with a persistent session, until it has received \a messages; messages/s.
  double referenceRate( const vigie::test::MosquittoBroker &broker, const QStringList &files, int messages, const QString &topic )
  {
    QProcess sub;
    sub.setStandardOutputFile( QProcess::nullDevice() );
    sub.start( vigie::test::MosquittoBroker::tool( QStringLiteral( "mosquitto_sub" ) ),
               { QStringLiteral( "-h" ), QStringLiteral( "127.0.0.1" ), QStringLiteral( "-p" ), QString::number( broker.port() ),
                 QStringLiteral( "-q" ), QStringLiteral( "1" ), QStringLiteral( "-c" ), QStringLiteral( "-i" ),
                 QStringLiteral( "bench-sub-%1" ).arg( topic ), QStringLiteral( "-t" ), topic + QStringLiteral( "/#" ),
                 QStringLiteral( "-C" ), QString::number( messages ) } );
    sub.waitForStarted();
    QThread::msleep( 500 ); // subscribed
    QElapsedTimer timer;
    timer.start();
    QList<std::shared_ptr<QProcess>> publishers = publish( broker, files, topic );
    sub.waitForFinished( 600000 );
    const double seconds = timer.nsecsElapsed() / 1e9;
    waitPublishers( publishers );
    return messages / seconds;
  }

  //! CPU seconds (user + system) used so far by every thread of this process.
  double processCpuSeconds()
  {
    rusage usage{};
    getrusage( RUSAGE_SELF, &usage );
    return static_cast<double>( usage.ru_utime.tv_sec + usage.ru_stime.tv_sec ) +
           static_cast<double>( usage.ru_utime.tv_usec + usage.ru_stime.tv_usec ) / 1e6;
  }

  QString loadAverage()
  {
    QFile file( QStringLiteral( "/proc/loadavg" ) );
    return file.open( QIODevice::ReadOnly ) ? QString::fromLatin1( file.readAll() ).section( QLatin1Char( ' ' ), 0, 2 )
                                            : QStringLiteral( "?" );
  }

  struct VigieResult
  {
    double messagesPerSecond = 0;
    double observationsPerSecond = 0;
    double cpuSeconds = 0; //!< Vigie's CPU time (Paho receive, journal, decode, store threads) for the run
    qint64 stored = 0;
    qint64 errors = 0;
  };

  VigieResult vigieRate( const vigie::test::MosquittoBroker &broker, const QStringList &files, int messages, qint64 observations,
                         const QString &topic, const QString &territory )
  {
    FeedConfig config;
    config.brokerUrl = broker.url();
    config.clientId = QStringLiteral( "bench-vigie-%1" ).arg( topic );
    config.topics = QStringList{ topic + QStringLiteral( "/#" ) };
    IngestService service( config, territory );
    QString error;
    VigieResult result;
    if ( !service.start( &error ) || !service.waitConnected( 10000, nullptr, &error ) )
    {
      out() << "cannot start the ingest: " << error << Qt::endl;
      return result;
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = processCpuSeconds();
    QList<std::shared_ptr<QProcess>> publishers = publish( broker, files, topic );
    while ( service.stats().observations + service.stats().duplicates < observations && timer.elapsed() < 600000 )
      QThread::msleep( 5 );
    const double seconds = timer.nsecsElapsed() / 1e9;
    result.cpuSeconds = processCpuSeconds() - cpuBefore;
    waitPublishers( publishers );
    const IngestStats stats = service.stats();
    service.stop();
    result.messagesPerSecond = messages / seconds;
    result.observationsPerSecond = stats.observations / seconds;
    result.stored = stats.observations;
    result.errors = stats.errors();
    return result;
  }
} // namespace

int main( int argc, char **argv )
{
  QCoreApplication app( argc, argv );
  const QStringList args = app.arguments();
  const int singleMessages = args.size() > 1 ? args.at( 1 ).toInt() : 100000;
  const int batchMessages = args.size() > 2 ? args.at( 2 ).toInt() : 12000;
  const int rounds = args.size() > 3 ? std::max( 1, args.at( 3 ).toInt() ) : 3;
  const QString missing = vigie::test::MosquittoBroker::missing();
  if ( !missing.isEmpty() )
  {
    out() << "bench_feeds: skipped, " << missing << Qt::endl;
    return 0;
  }
  vigie::test::MosquittoBroker broker;
  QString error;
  if ( !broker.start( &error ) )
  {
    out() << "bench_feeds: " << error << Qt::endl;
    return 1;
  }
  QTemporaryDir dir;
  out() << "bench_feeds: local Mosquitto, QoS 1, " << kPublishers << " mosquitto_pub -l publishers, " << kSensors
        << " sensors, territory file with WAL" << Qt::endl;
  out() << QStringLiteral( "%1 %2 %3 %4 %5 %6 %7" )
               .arg( QStringLiteral( "load" ), -16 )
               .arg( QStringLiteral( "messages" ), 9 )
               .arg( QStringLiteral( "obs" ), 9 )
               .arg( QStringLiteral( "mosquitto_sub msg/s" ), 20 )
               .arg( QStringLiteral( "vigie msg/s" ), 12 )
               .arg( QStringLiteral( "vigie obs/s" ), 12 )
               .arg( QStringLiteral( "ratio" ), 6 )
        << Qt::endl;
  struct Load
  {
    QString name;
    int messages;
    int perMessage;
  };
  int status = 0;
  for ( const Load &load :
        { Load{ QStringLiteral( "1 obs/message" ), singleMessages, 1 }, Load{ QStringLiteral( "50 obs/message" ), batchMessages, 50 } } )
  {
    const QString topic = load.perMessage == 1 ? QStringLiteral( "single" ) : QStringLiteral( "batch" );
    const QStringList files = writeLoad( dir.path(), topic, load.messages, load.perMessage );
    const qint64 observations = qint64( load.messages ) * load.perMessage;
    // the machine is shared: rounds alternate the two, and the best round of each is kept
    double reference = 0;
    VigieResult vigie;
    for ( int round = 1; round <= rounds; ++round )
    {
      const QString suffix = QStringLiteral( "-%1" ).arg( round );
      const double r = referenceRate( broker, files, load.messages, topic + QStringLiteral( "-ref" ) + suffix );
      const QString territory = dir.filePath( topic + suffix + QStringLiteral( ".gpkg" ) );
      const QString created = vigie::test::createFeedsTerritory( territory, 1 );
      if ( !created.isEmpty() )
      {
        out() << "bench_feeds: " << created << Qt::endl;
        return 1;
      }
      const VigieResult v = vigieRate( broker, files, load.messages, observations, topic + QStringLiteral( "-vigie" ) + suffix, territory );
      if ( v.stored != observations )
        status = 1;
      if ( rounds > 1 )
        out() << QStringLiteral( "  round %1: mosquitto_sub %2 msg/s, vigie %3 msg/s (%4 obs/s; %5 CPU s = %6 µs per observation = %7 obs "
                                 "per CPU s); load average %8" )
                     .arg( round )
                     .arg( r, 0, 'f', 0 )
                     .arg( v.messagesPerSecond, 0, 'f', 0 )
                     .arg( v.observationsPerSecond, 0, 'f', 0 )
                     .arg( v.cpuSeconds, 0, 'f', 2 )
                     .arg( v.stored > 0 ? v.cpuSeconds * 1e6 / v.stored : 0, 0, 'f', 2 )
                     .arg( v.cpuSeconds > 0 ? v.stored / v.cpuSeconds : 0, 0, 'f', 0 )
                     .arg( loadAverage() )
              << Qt::endl;
      reference = std::max( reference, r );
      if ( v.messagesPerSecond > vigie.messagesPerSecond || v.stored != observations )
        vigie = v;
    }
    out() << QStringLiteral( "%1 %2 %3 %4 %5 %6 %7" )
                 .arg( load.name, -16 )
                 .arg( load.messages, 9 )
                 .arg( observations, 9 )
                 .arg( reference, 20, 'f', 0 )
                 .arg( vigie.messagesPerSecond, 12, 'f', 0 )
                 .arg( vigie.observationsPerSecond, 12, 'f', 0 )
                 .arg( vigie.messagesPerSecond / reference, 6, 'f', 2 )
          << ( vigie.stored != observations
                   ? QStringLiteral( "  (stored %1 of %2, %3 errors)" ).arg( vigie.stored ).arg( observations ).arg( vigie.errors )
                   : QString() )
          << QStringLiteral( "  [vigie CPU: %1 µs per observation, %2 obs per CPU s]" )
                 .arg( vigie.stored > 0 ? vigie.cpuSeconds * 1e6 / vigie.stored : 0, 0, 'f', 2 )
                 .arg( vigie.cpuSeconds > 0 ? vigie.stored / vigie.cpuSeconds : 0, 0, 'f', 0 )
          << Qt::endl;
  }
  out() << "load average at the end: " << loadAverage() << Qt::endl;
  out() << "targets: ratio >= 0.8 with 1 obs/message; >= 100,000 obs/s with 50 obs/message" << Qt::endl;
  broker.stop();
  return status;
}
