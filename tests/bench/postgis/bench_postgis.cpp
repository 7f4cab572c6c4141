// SPDX-License-Identifier: GPL-2.0-or-later
// bench_postgis: ingest rate into a PostGIS territory against the GeoPackage path, on the same
// stream: the observations of 10,000 sensors decoded once, then stored through
// ObservationStore::storeParts() in group commits of 500 and 5,000 observations (what the ingest
// service's storer does), into a new territory of each kind. Prints observations/s and the ratio.
//   bench_postgis [OBSERVATIONS] [PG:CONNINFO]
// Then runs bench_postgismap (next to it, QGIS builds) on the same cluster: the map render of the
// Finistère territory from PostGIS against the GeoPackage.
// Then the territory copy (issue 8): `vigie-cli territory copy` of the Montpellier and Finistère demos
// GeoPackage -> GeoPackage (the reference), GeoPackage -> PostGIS and back, each copy in a fresh
// process: wall time, CPU time and peak RSS (wait4), and the ratios against the reference.
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
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <tuple>
#include <vector>

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

namespace
{
  //! What one program run cost: wall and CPU seconds, peak resident memory, its exit code and standard output.
  struct Usage
  {
    double wall = 0;
    double cpu = 0;
    double peakMb = 0;
    int exitCode = -1;
    QByteArray output;
  };

  //! Runs \a program in a fresh process and measures it (wait4: its own peak RSS, not the bench's).
  Usage measured( const QString &program, const QStringList &arguments, const QString &outputFile )
  {
    Usage usage;
#ifdef Q_OS_UNIX
    std::vector<QByteArray> storage{ QFile::encodeName( program ) };
    for ( const QString &argument : arguments )
      storage.push_back( argument.toUtf8() );
    std::vector<char *> argv;
    for ( QByteArray &argument : storage )
      argv.push_back( argument.data() );
    argv.push_back( nullptr );
    const QByteArray outputName = QFile::encodeName( outputFile );
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if ( pid == 0 )
    {
      const int out = open( outputName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644 );
      const int null = open( "/dev/null", O_WRONLY );
      if ( out >= 0 )
        dup2( out, STDOUT_FILENO );
      if ( null >= 0 )
        dup2( null, STDERR_FILENO );
      execv( argv[0], argv.data() );
      _exit( 127 );
    }
    int status = 0;
    struct rusage resources = {};
    if ( pid < 0 || wait4( pid, &status, 0, &resources ) != pid )
      return usage;
    usage.wall = static_cast<double>( timer.elapsed() ) / 1000.0;
    usage.cpu = static_cast<double>( resources.ru_utime.tv_sec + resources.ru_stime.tv_sec ) +
                static_cast<double>( resources.ru_utime.tv_usec + resources.ru_stime.tv_usec ) / 1e6;
    usage.peakMb = static_cast<double>( resources.ru_maxrss ) / 1024.0; // kB on Linux
    usage.exitCode = WIFEXITED( status ) ? WEXITSTATUS( status ) : -1;
    QFile file( outputFile );
    if ( file.open( QIODevice::ReadOnly ) )
      usage.output = file.readAll();
#else
    Q_UNUSED( program )
    Q_UNUSED( arguments )
    Q_UNUSED( outputFile )
#endif
    return usage;
  }

  /**
   * `vigie-cli territory copy` of the demos, GeoPackage -> GeoPackage (reference), -> PostGIS and back;
   * a new database per copy from \a pg (the cluster, without dbname). False when something failed.
   */
  bool copyBench( const QString &pg, const QString &workDir, QTextStream &out )
  {
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral( "/vigie-cli" );
    if ( !QFileInfo( cli ).isExecutable() )
    {
      out << "territory copy: NOT MEASURED: " << QDir::toNativeSeparators( cli ) << " is not built (build the vigie-cli target)\n";
      return false;
    }
#ifndef Q_OS_UNIX
    out << "territory copy: NOT MEASURED (needs wait4)\n";
    return false;
#endif
    const QString dataDir = QStringLiteral( VIGIE_BINARY_DIR "/bench-data" );
    QDir().mkpath( dataDir );
    std::unique_ptr<SqlConnection> admin = SqlConnection::open( pg + QStringLiteral( " dbname=postgres" ), SqlConnection::Mode::ReadWrite );
    if ( !admin )
    {
      out << "territory copy: NOT MEASURED: cannot create databases in " << SqlConnection::withoutPassword( pg ) << "\n";
      return false;
    }
    out << "territory copy (vigie-cli territory copy, each in a fresh process; ratios against GeoPackage -> GeoPackage of the same run):\n";
    bool ok = true;
    int database = 0;
    for ( const QString &demo : { QStringLiteral( "montpellier" ), QStringLiteral( "finistere" ) } )
    {
      const QString gpkg = QDir( dataDir ).filePath( QStringLiteral( "%1-copy.gpkg" ).arg( demo ) );
      if ( !QFileInfo::exists( gpkg ) &&
           measured( cli, { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--demo" ), demo, gpkg },
                     QDir( workDir ).filePath( QStringLiteral( "create.out" ) ) )
                   .exitCode != 0 )
      {
        out << "  " << demo << ": NOT MEASURED: the demo cannot be built\n";
        ok = false;
        continue;
      }
      const QString name = QStringLiteral( "bench_copy_%1_%2" ).arg( QCoreApplication::applicationPid() ).arg( ++database );
      admin->execute( QStringLiteral( "CREATE DATABASE %1 TEMPLATE vigie_test" ).arg( name ) );
      const QString postgis = pg + QStringLiteral( " dbname=%1" ).arg( name );
      const QString fileCopy = QDir( workDir ).filePath( demo + QStringLiteral( "-copy.gpkg" ) );
      const QString back = QDir( workDir ).filePath( demo + QStringLiteral( "-back.gpkg" ) );
      const QList<std::tuple<QString, QString, QString>> copies = { { QStringLiteral( "GeoPackage -> GeoPackage" ), gpkg, fileCopy },
                                                                    { QStringLiteral( "GeoPackage -> PostGIS" ), gpkg, postgis },
                                                                    { QStringLiteral( "PostGIS -> GeoPackage" ), postgis, back } };
      Usage reference;
      for ( const auto &[label, from, to] : copies )
      {
        const Usage usage =
            measured( cli, { QStringLiteral( "territory" ), QStringLiteral( "copy" ), QStringLiteral( "--json" ), from, to },
                      QDir( workDir ).filePath( QStringLiteral( "copy.json" ) ) );
        if ( usage.exitCode != 0 )
        {
          out << "  " << demo << ", " << label << ": FAILED (exit code " << usage.exitCode << ")\n";
          ok = false;
          break;
        }
        const QJsonObject result = QJsonDocument::fromJson( usage.output ).object();
        QString line = QStringLiteral( "  %1, %2 (%3 features, %4 rows): wall %5 s, CPU %6 s, peak RSS %7 MB" )
                           .arg( demo, label )
                           .arg( result.value( QStringLiteral( "features" ) ).toDouble(), 0, 'f', 0 )
                           .arg( result.value( QStringLiteral( "rows" ) ).toDouble(), 0, 'f', 0 )
                           .arg( usage.wall, 0, 'f', 2 )
                           .arg( usage.cpu, 0, 'f', 2 )
                           .arg( usage.peakMb, 0, 'f', 0 );
        if ( reference.exitCode != 0 )
          reference = usage;
        else
          line += QStringLiteral( "; against the reference: wall x%1, CPU x%2, RSS x%3" )
                      .arg( usage.wall / std::max( reference.wall, 1e-3 ), 0, 'f', 2 )
                      .arg( usage.cpu / std::max( reference.cpu, 1e-3 ), 0, 'f', 2 )
                      .arg( usage.peakMb / std::max( reference.peakMb, 1e-3 ), 0, 'f', 2 );
        out << line << "\n";
        out.flush();
      }
      admin->execute( QStringLiteral( "DROP DATABASE IF EXISTS %1 WITH (FORCE)" ).arg( name ) );
      for ( const QString &path : { fileCopy, back } )
        QFile::remove( path );
    }
    return ok;
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
  if ( !copyBench( pg, dir.path(), out ) )
    status = 1;
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
