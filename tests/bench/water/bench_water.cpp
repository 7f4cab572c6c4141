// SPDX-License-Identifier: GPL-2.0-or-later
// bench_water: parse and simulate the shared EPANET networks; median of N runs.
// Usage: bench_water [RUNS] (default 5). Run by `tools/dev bench water`.
#include "inpreader.h"
#include "solver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace vigie::hydraulics;

namespace
{
  double median( std::vector<double> v )
  {
    std::sort( v.begin(), v.end() );
    return v.empty() ? 0 : v.at( v.size() / 2 );
  }
} // namespace

int main( int argc, char **argv )
{
  QCoreApplication app( argc, argv );
  const int runs = argc > 1 ? std::max( 1, QString::fromLocal8Bit( argv[1] ).toInt() ) : 5;
  QTextStream out( stdout );
  const QString dir = QStringLiteral( VIGIE_SHARED_DATA_DIR "/water/networks" );
  struct Case
  {
    const char *file;
    double hours; //!< < 0: the file's duration
  };
  const Case cases[] = { { "Net1.inp", -1 },   { "Net3.inp", -1 },   { "Anytown.inp", -1 }, { "Modena.inp", -1 },
                         { "D-Town.inp", -1 }, { "L-TOWN.inp", 24 }, { "L-TOWN.inp", 168 }, { "Richmond_standard.inp", -1 },
                         { "Net6.inp", -1 } };
  out << QStringLiteral( "bench_water: median of %1 runs\n" ).arg( runs );
  out << QStringLiteral( "%1 %2 %3 %4 %5 %6 %7\n" )
             .arg( QStringLiteral( "network" ), -24 )
             .arg( QStringLiteral( "hours" ), 6 )
             .arg( QStringLiteral( "parse ms" ), 9 )
             .arg( QStringLiteral( "hydraulics ms" ), 14 )
             .arg( QStringLiteral( "solves" ), 7 )
             .arg( QStringLiteral( "trials/solve" ), 13 )
             .arg( QStringLiteral( "status" ), 0 );
  for ( const Case &c : cases )
  {
    const QString path = QDir( dir ).filePath( QLatin1String( c.file ) );
    if ( !QFileInfo::exists( path ) )
    {
      out << QLatin1String( c.file ) << ": missing\n";
      continue;
    }
    std::vector<double> parse, hydraulics;
    int solves = 0, trials = 0;
    QString status = QStringLiteral( "ok" );
    long long duration = 0;
    for ( int run = 0; run < runs; ++run )
    {
      QElapsedTimer timer;
      timer.start();
      Network network;
      QString error;
      if ( !InpReader::readFile( path, network, &error ) )
      {
        status = error;
        break;
      }
      parse.push_back( timer.nsecsElapsed() / 1e6 );
      timer.restart();
      HydraulicSimulation sim( network );
      if ( c.hours >= 0 )
        sim.setDuration( static_cast<long long>( c.hours * 3600 ) );
      if ( !sim.initialize( &error ) )
      {
        status = error;
        break;
      }
      duration = sim.duration();
      solves = trials = 0;
      for ( ;; )
      {
        if ( !sim.solve( &error ) )
        {
          status = QStringLiteral( "FAILED: " ) + error;
          break;
        }
        ++solves;
        trials += sim.lastStep().iterations;
        if ( sim.advance() == 0 )
          break;
      }
      hydraulics.push_back( timer.nsecsElapsed() / 1e6 );
      if ( status != QLatin1String( "ok" ) )
        break;
    }
    out << QStringLiteral( "%1 %2 %3 %4 %5 %6 %7\n" )
               .arg( QLatin1String( c.file ), -24 )
               .arg( duration / 3600.0, 6, 'f', 0 )
               .arg( median( parse ), 9, 'f', 2 )
               .arg( median( hydraulics ), 14, 'f', 2 )
               .arg( solves, 7 )
               .arg( solves > 0 ? static_cast<double>( trials ) / solves : 0.0, 13, 'f', 2 )
               .arg( status, 0 );
    out.flush();
  }
  return 0;
}
