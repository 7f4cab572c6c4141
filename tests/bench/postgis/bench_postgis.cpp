// SPDX-License-Identifier: GPL-2.0-or-later
// bench_postgis: ingest rate into a PostGIS territory against the GeoPackage path, on the same
// stream: the observations of 10,000 sensors decoded once, then stored through
// ObservationStore::storeParts() in group commits of 500 and 5,000 observations (what the ingest
// service's storer does), into a new territory of each kind. Prints observations/s and the ratio.
//   bench_postgis [OBSERVATIONS] [PG:CONNINFO]
// Then runs bench_postgismap (next to it, QGIS builds) on the same cluster: the map render of the
// Finistère territory from PostGIS against the GeoPackage.
// Without PG:CONNINFO it starts a throwaway cluster (tools/pgcluster: loopback, fsync=off,
// synchronous_commit=off); it is then compared with the GeoPackage in both durabilities.

#include "observationstore.h"
#include "sqlconnection.h"
#include "territory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace vigie;
using namespace vigie::feeds;

namespace
{
  constexpr int kSensors = 10000;

  //! The stream: batches of \a batchSize observations, sensors in turn, one value per second each.
  QList<QList<Observation>> stream( qint64 total, int batchSize )
  {
    QList<QList<Observation>> batches;
    const QDateTime t0( QDate( 2026, 1, 5 ), QTime( 0, 0 ), Qt::UTC );
    QList<Observation> batch;
    for ( qint64 i = 0; i < total; ++i )
    {
      Observation o;
      o.sensorId = QStringLiteral( "s%1" ).arg( i % kSensors );
      o.time = t0.addSecs( i / kSensors );
      o.value = 3.0 + double( i % 97 ) / 100.0;
      o.unit = QStringLiteral( "m" );
      o.quantity = QStringLiteral( "pressure" );
      batch << o;
      if ( batch.size() == batchSize )
      {
        batches << batch;
        batch.clear();
      }
    }
    if ( !batch.isEmpty() )
      batches << batch;
    return batches;
  }

  //! Observations/s stored into a new territory at \a path; -1 on failure (message printed).
  double run( const QString &path, const QList<QList<Observation>> &batches, ObservationStore::Durability durability, QTextStream &out )
  {
    TerritoryInfo info;
    info.name = QStringLiteral( "bench" );
    QString error;
    if ( !Territory::create( path, info, {}, &error ) )
    {
      out << error << "\n";
      return -1;
    }
    std::unique_ptr<ObservationStore> store = ObservationStore::open( path, &error );
    if ( !store || !store->setDurability( durability, &error ) )
    {
      out << error << "\n";
      return -1;
    }
    qint64 stored = 0;
    QElapsedTimer timer;
    timer.start();
    for ( const QList<Observation> &batch : batches )
    {
      StoreResult result;
      if ( !store->storeParts( { batch }, &result, &error ) )
      {
        out << error << "\n";
        return -1;
      }
      stored += result.stored;
    }
    const double seconds = double( timer.nsecsElapsed() ) / 1e9;
    return double( stored ) / seconds;
  }
} // namespace

int main( int argc, char **argv )
{
  QCoreApplication app( argc, argv );
  const qint64 total = argc > 1 ? QString::fromLocal8Bit( argv[1] ).toLongLong() : 200000;
  QString pg = argc > 2 ? QString::fromLocal8Bit( argv[2] ) : QString();
  QTextStream out( stdout );
  QTemporaryDir dir;

  QString clusterDir;
  if ( pg.isEmpty() )
  {
    clusterDir = QStringLiteral( VIGIE_BINARY_DIR "/bench-pgcluster-%1" ).arg( QCoreApplication::applicationPid() );
    QProcess start;
    start.start( QStringLiteral( VIGIE_SOURCE_DIR "/tools/pgcluster" ),
                 { QStringLiteral( "start" ), clusterDir, QStringLiteral( "auto" ), QStringLiteral( "--if-available" ) } );
    start.waitForFinished( 120000 );
    QFile conninfo( clusterDir + QStringLiteral( "/conninfo" ) );
    if ( start.exitCode() != 0 || !conninfo.open( QIODevice::ReadOnly ) )
    {
      QFile unavailable( clusterDir + QStringLiteral( "/unavailable" ) );
      unavailable.open( QIODevice::ReadOnly );
      out << "bench_postgis: no PostgreSQL cluster: " << QString::fromUtf8( start.readAllStandardError() )
          << QString::fromUtf8( unavailable.readAll() ) << "\n";
      QProcess::execute( QStringLiteral( VIGIE_SOURCE_DIR "/tools/pgcluster" ), { QStringLiteral( "stop" ), clusterDir } );
      return 1;
    }
    pg = QStringLiteral( "PG:" ) + QString::fromUtf8( conninfo.readAll() ).trimmed();
  }
  out << "bench_postgis: " << total << " observations per run, " << kSensors << " sensors, PostGIS " << SqlConnection::withoutPassword( pg )
      << ( clusterDir.isEmpty() ? QString() : QStringLiteral( " (throwaway cluster, fsync=off)" ) ) << "\n";

  int status = 0;
  int database = 0;
  for ( int batchSize : { 500, 5000 } )
  {
    const QList<QList<Observation>> batches = stream( total, batchSize );
    const double full =
        run( dir.filePath( QStringLiteral( "full-%1.gpkg" ).arg( batchSize ) ), batches, ObservationStore::Durability::Full, out );
    const double normal =
        run( dir.filePath( QStringLiteral( "normal-%1.gpkg" ).arg( batchSize ) ), batches, ObservationStore::Durability::Normal, out );
    // a new database of the cluster per run (the territory must be new)
    QString target = pg;
    if ( !clusterDir.isEmpty() )
    {
      const QString name = QStringLiteral( "bench_%1" ).arg( ++database );
      std::unique_ptr<SqlConnection> admin =
          SqlConnection::open( pg + QStringLiteral( " dbname=postgres" ), SqlConnection::Mode::ReadWrite );
      if ( admin )
      {
        admin->execute( QStringLiteral( "DROP DATABASE IF EXISTS %1" ).arg( name ) );
        admin->execute( QStringLiteral( "CREATE DATABASE %1 TEMPLATE vigie_test" ).arg( name ) );
      }
      target = pg + QStringLiteral( " dbname=%1" ).arg( name );
    }
    const double postgis = run( target, batches, ObservationStore::Durability::Full, out );
    if ( full < 0 || normal < 0 || postgis < 0 )
    {
      status = 1;
      continue;
    }
    out << QStringLiteral( "group commit of %1: GeoPackage %2 obs/s (synchronous=FULL), %3 obs/s (NORMAL); PostGIS %4 obs/s;"
                           " PostGIS / GeoPackage = %5 (FULL), %6 (NORMAL)\n" )
               .arg( batchSize )
               .arg( full, 0, 'f', 0 )
               .arg( normal, 0, 'f', 0 )
               .arg( postgis, 0, 'f', 0 )
               .arg( postgis / full, 0, 'f', 2 )
               .arg( postgis / normal, 0, 'f', 2 );
    out.flush();
  }
  // the map render of the Finistère territory, PostGIS against GeoPackage (a QGIS program: built with the app)
  const QString mapBench = QCoreApplication::applicationDirPath() + QStringLiteral( "/bench_postgismap" );
  if ( QFileInfo( mapBench ).isExecutable() )
  {
    QProcess map;
    map.setProcessChannelMode( QProcess::ForwardedChannels );
    map.start( mapBench, { QStringLiteral( "--pg" ), pg } );
    if ( !map.waitForFinished( 1800000 ) || map.exitCode() != 0 )
      status = 1;
  }
  else
  {
    out << "map render (Finistère, PostGIS against GeoPackage): NOT MEASURED: " << QDir::toNativeSeparators( mapBench )
        << " is not built (it needs QGIS: build the bench_postgismap target)\n";
    status = 1;
  }
  out.flush();
  if ( !clusterDir.isEmpty() )
    QProcess::execute( QStringLiteral( VIGIE_SOURCE_DIR "/tools/pgcluster" ), { QStringLiteral( "stop" ), clusterDir } );
  return status;
}
