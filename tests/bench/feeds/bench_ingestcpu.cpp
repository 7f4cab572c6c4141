// SPDX-License-Identifier: GPL-2.0-or-later
// bench_ingestcpu: CPU cost per observation of each stage of the ingest path, without a broker:
// journal append + read, JSON decode, ObservationStore::store (synchronous=NORMAL, so that the
// disk does not hide the CPU). The load is bench_feeds' gateway load: messages of 50
// {"sensor", "time", "value"} objects over 10,000 sensors. CPU time of this thread (µs per
// observation) tells what one core can sustain, whatever else runs on the machine.
//   bench_ingestcpu [MESSAGES] [OBSERVATIONS_PER_TRANSACTION]   (default 12,000 messages = 600,000 observations; 10,000)

#include "decoder.h"
#include "feedstestutil.h"
#include "journal.h"
#include "observationstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace vigie;
using namespace vigie::feeds;

namespace
{
  constexpr int kSensors = 10000;
  constexpr int kPerMessage = 50;

  double threadCpuSeconds()
  {
    timespec ts{};
    clock_gettime( CLOCK_THREAD_CPUTIME_ID, &ts );
    return double( ts.tv_sec ) + double( ts.tv_nsec ) / 1e9;
  }

  QByteArray message( int m, qint64 baseSeconds )
  {
    QByteArray line = "[";
    for ( int j = 0; j < kPerMessage; ++j )
    {
      const qint64 k = qint64( m ) * kPerMessage + j;
      if ( j > 0 )
        line += ',';
      line += "{\"sensor\":\"s" + QByteArray::number( k % kSensors ) + "\",\"time\":" + QByteArray::number( baseSeconds + k / kSensors ) +
              ",\"value\":" + QByteArray::number( double( k % 1000 ) / 10.0 ) + '}';
    }
    line += ']';
    return line;
  }
} // namespace

int main( int argc, char **argv )
{
  QCoreApplication app( argc, argv );
  const int messages = argc > 1 ? QString::fromLocal8Bit( argv[1] ).toInt() : 12000;
  const int perTransaction = argc > 2 ? QString::fromLocal8Bit( argv[2] ).toInt() : 10000;
  QTextStream out( stdout );
  QTemporaryDir dir;
  const QString territory = dir.filePath( QStringLiteral( "cpu.gpkg" ) );
  const QString created = vigie::test::createFeedsTerritory( territory, 1 );
  if ( !created.isEmpty() )
  {
    out << "bench_ingestcpu: " << created << Qt::endl;
    return 1;
  }
  const qint64 base = QDateTime( QDate( 2026, 1, 1 ), QTime( 0, 0 ), Qt::UTC ).toSecsSinceEpoch();
  QList<QByteArray> payloads;
  for ( int m = 0; m < messages; ++m )
    payloads << message( m, base );
  const double observations = double( messages ) * kPerMessage;
  out << "bench_ingestcpu: " << messages << " messages of " << kPerMessage << " observations, " << kSensors << " sensors, "
      << perTransaction << " observations per transaction; CPU time of one thread per observation" << Qt::endl;

  // 1. journal: append (what the MQTT receive thread does) then read back
  QString error;
  Journal journal;
  if ( !journal.open( dir.filePath( QStringLiteral( "journal" ) ), &error ) )
  {
    out << "bench_ingestcpu: " << error << Qt::endl;
    return 1;
  }
  const QByteArray topic = "batch/0";
  double start = threadCpuSeconds();
  for ( const QByteArray &payload : std::as_const( payloads ) )
    journal.append( topic.constData(), int( topic.size() ), payload.constData(), int( payload.size() ), 0, &error );
  const double append = threadCpuSeconds() - start;
  start = threadCpuSeconds();
  qint64 read = 0;
  while ( true )
  {
    const QList<Journal::Record> records = journal.read( 4000, 32 * 1024 * 1024 );
    if ( records.isEmpty() )
      break;
    read += records.size();
  }
  const double readBack = threadCpuSeconds() - start;
  journal.release( journal.readPosition() );
  journal.close();

  // 2. decode
  std::unique_ptr<Decoder> decoder = createDecoder( QStringLiteral( "json" ), &error );
  QList<QList<Observation>> decoded;
  const QString topicText = QString::fromUtf8( topic );
  start = threadCpuSeconds();
  QList<Observation> chunk;
  for ( int m = 0; m < messages; ++m )
  {
    chunk += decoder->decode( payloads.at( m ), topicText, &error );
    if ( chunk.size() >= perTransaction )
    {
      decoded << chunk;
      chunk.clear();
    }
  }
  if ( !chunk.isEmpty() )
    decoded << chunk;
  const double decode = threadCpuSeconds() - start;

  // 3. store: first pass registers the 10,000 sensors, second pass (times shifted by the whole
  // load) is the steady state
  std::unique_ptr<ObservationStore> store = ObservationStore::open( territory, &error );
  if ( !store || !store->setDurability( ObservationStore::Durability::Normal, &error ) )
  {
    out << "bench_ingestcpu: " << error << Qt::endl;
    return 1;
  }
  double storeFirst = 0;
  double storeSteady = 0;
  qint64 stored = 0;
  for ( int pass = 0; pass < 2; ++pass )
  {
    const qint64 shift = qint64( pass ) * qint64( observations / kSensors + 1 ) * 1000;
    for ( QList<Observation> &batch : decoded )
    {
      if ( pass == 1 )
      {
        for ( Observation &o : batch )
          o.time = o.time.addMSecs( shift );
      }
      StoreResult result;
      start = threadCpuSeconds();
      if ( !store->store( batch, &result, &error ) )
      {
        out << "bench_ingestcpu: " << error << Qt::endl;
        return 1;
      }
      ( pass == 0 ? storeFirst : storeSteady ) += threadCpuSeconds() - start;
      stored += result.stored;
    }
  }
  auto us = [&]( double seconds ) { return QString::number( seconds / observations * 1e6, 'f', 2 ); };
  out << "journal append   " << us( append ) << " us/obs" << Qt::endl;
  out << "journal read     " << us( readBack ) << " us/obs (" << read << " records)" << Qt::endl;
  out << "json decode      " << us( decode ) << " us/obs" << Qt::endl;
  out << "store (new)      " << us( storeFirst ) << " us/obs (registers " << kSensors << " sensors)" << Qt::endl;
  out << "store (steady)   " << us( storeSteady ) << " us/obs" << Qt::endl;
  const double total = append + readBack + decode + storeSteady;
  out << "total (steady)   " << us( total ) << " us/obs = " << QString::number( observations / total, 'f', 0 ) << " obs per CPU second"
      << Qt::endl;
  if ( stored != qint64( observations ) * 2 )
  {
    out << "bench_ingestcpu: stored " << stored << " of " << qint64( observations ) * 2 << Qt::endl;
    return 1;
  }
  return 0;
}
