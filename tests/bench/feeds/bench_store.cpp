// SPDX-License-Identifier: GPL-2.0-or-later
// bench_store: ObservationStore::store() throughput into a territory file (WAL, synchronous=FULL),
// 10,000 sensors, batches of 50, 500 and 5,000 observations, one transaction per batch,
// synchronous=FULL (the default) and NORMAL.
//   bench_store [OBSERVATIONS]   (default 500,000 per run)

#include "observationstore.h"
#include "territory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace vigie;
using namespace vigie::feeds;

int main( int argc, char **argv )
{
  QCoreApplication app( argc, argv );
  const qint64 total = argc > 1 ? QString::fromLocal8Bit( argv[1] ).toLongLong() : 500000;
  constexpr int kSensors = 10000;
  QTextStream out( stdout );
  QTemporaryDir dir;
  const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays( -30 );
  out << "bench_store: " << total << " observations per run, " << kSensors << " sensors, WAL\n";
  struct Run
  {
    ObservationStore::Durability durability;
    int batchSize;
  };
  const Run runs[] = { { ObservationStore::Durability::Full, 50 },    { ObservationStore::Durability::Full, 500 },
                       { ObservationStore::Durability::Full, 5000 },  { ObservationStore::Durability::Normal, 50 },
                       { ObservationStore::Durability::Normal, 500 }, { ObservationStore::Durability::Normal, 5000 } };
  for ( const Run &run : runs )
  {
    const int batchSize = run.batchSize;
    const bool full = run.durability == ObservationStore::Durability::Full;
    const QString path = dir.filePath( QStringLiteral( "bench-%1-%2.gpkg" ).arg( batchSize ).arg( full ? 1 : 0 ) );
    TerritoryInfo info;
    info.name = QStringLiteral( "bench" );
    QString error;
    if ( !Territory::create( path, info, {}, &error ) )
    {
      out << error << "\n";
      return 1;
    }
    std::unique_ptr<ObservationStore> store = ObservationStore::open( path, &error );
    if ( !store )
    {
      out << error << "\n";
      return 1;
    }
    store->setDurability( run.durability );
    // register the sensors first (one value each): what a running feed looks like
    QList<Observation> batch;
    for ( int s = 0; s < kSensors; ++s )
    {
      Observation o;
      o.sensorId = QStringLiteral( "sensor-%1" ).arg( s, 5, 10, QLatin1Char( '0' ) );
      o.time = t0;
      o.value = s;
      o.quantity = QStringLiteral( "pressure" );
      batch << o;
    }
    StoreResult result;
    if ( !store->store( batch, &result, &error ) )
    {
      out << error << "\n";
      return 1;
    }
    // observations as they arrive: every sensor once per second, in time order
    QList<QList<Observation>> batches;
    qint64 produced = 0;
    while ( produced < total )
    {
      QList<Observation> b;
      b.reserve( batchSize );
      for ( int i = 0; i < batchSize && produced < total; ++i, ++produced )
      {
        Observation o;
        const qint64 n = produced + kSensors;
        o.sensorId = batch.at( static_cast<int>( n % kSensors ) ).sensorId;
        o.time = t0.addMSecs( ( n / kSensors ) * 1000 );
        o.value = 30 + static_cast<double>( n % 997 ) / 100.0;
        o.unit = QStringLiteral( "m" );
        b << o;
      }
      batches << b;
    }
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    qint64 stored = 0;
    for ( const QList<Observation> &b : std::as_const( batches ) )
    {
      if ( !store->store( b, &result, &error ) )
      {
        out << error << "\n";
        return 1;
      }
      stored += result.stored;
    }
    const double seconds = static_cast<double>( timer.nsecsElapsed() ) / 1e9;
    // CPU time of this process as well: on a shared machine the wall clock also measures the neighbours
    const double cpuSeconds = static_cast<double>( std::clock() - cpuStart ) / CLOCKS_PER_SEC;
    out << QStringLiteral( "  synchronous=%8, batches of %1: %2 stored in %3 s = %4 observations/s (%5 transactions/s); "
                           "CPU %6 s = %7 observations per CPU second\n" )
               .arg( batchSize, 5 )
               .arg( stored )
               .arg( seconds, 0, 'f', 2 )
               .arg( static_cast<double>( stored ) / seconds, 0, 'f', 0 )
               .arg( static_cast<double>( batches.size() ) / seconds, 0, 'f', 0 )
               .arg( cpuSeconds, 0, 'f', 2 )
               .arg( static_cast<double>( stored ) / cpuSeconds, 0, 'f', 0 )
               .arg( full ? QStringLiteral( "FULL  " ) : QStringLiteral( "NORMAL" ) );
    out.flush();
    if ( stored != total )
    {
      out << "  expected " << total << " stored\n";
      return 1;
    }
  }
  return 0;
}
