// SPDX-License-Identifier: GPL-2.0-or-later
#include "watercli.h"

#include "inpreader.h"
#include "leakmonitor.h"
#include "solver.h"
#include "watertools.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace vigie::hydraulics
{
  namespace
  {
    QString usage()
    {
      return QCoreApplication::translate(
          "vigie", "Usage: vigie-cli water simulate NET.inp --out DIR [--duration HOURS]\n"
                   "\n"
                   "Runs an extended-period hydraulic simulation of an EPANET input file and writes,\n"
                   "at every reporting step and in the network's own units:\n"
                   "  DIR/nodes.csv  time_s,node_id,demand,head,pressure\n"
                   "  DIR/links.csv  time_s,link_id,flow,velocity,headloss,status\n"
                   "  DIR/energy.csv pump_id,utilization_pct,efficiency_pct,kwh_per_volume,average_kw,peak_kw,kwh,cost,cost_per_day\n"
                   "                 (volume: million US gallons in US units, m3 in SI units; last line: demand charge)\n"
                   "\n"
                   "Options:\n"
                   "  --out DIR          output folder (created when missing)\n"
                   "  --duration HOURS   simulated duration instead of the file's [TIMES] Duration\n"
                   "  -h, --help         this help\n"
                   "\n"
                   "Exit codes: 0 ok, 1 simulation failed (e.g. no convergence), 2 usage error,\n"
                   "3 unreadable or invalid input file.\n" );
    }

    QString number( double value )
    {
      return QString::number( value, 'g', 9 );
    }

    int simulate( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      QString input, outDir;
      double hours = -1;
      for ( int i = 0; i < args.size(); ++i )
      {
        const QString &a = args.at( i );
        if ( a == QLatin1String( "-h" ) || a == QLatin1String( "--help" ) )
        {
          out << usage();
          return WaterOk;
        }
        if ( a == QLatin1String( "--out" ) || a == QLatin1String( "--duration" ) )
        {
          if ( i + 1 >= args.size() )
          {
            err << QCoreApplication::translate( "vigie", "water simulate: %1 needs a value" ).arg( a ) << '\n' << usage();
            return WaterUsage;
          }
          const QString value = args.at( ++i );
          if ( a == QLatin1String( "--out" ) )
            outDir = value;
          else
          {
            bool ok = false;
            hours = value.toDouble( &ok );
            if ( !ok || hours < 0 || !std::isfinite( hours ) )
            {
              err << QCoreApplication::translate( "vigie", "water simulate: --duration needs a number of hours >= 0, not \"%1\"" )
                         .arg( value )
                  << '\n';
              return WaterUsage;
            }
          }
          continue;
        }
        if ( a.startsWith( QLatin1Char( '-' ) ) )
        {
          err << QCoreApplication::translate( "vigie", "water simulate: unknown option \"%1\"" ).arg( a ) << '\n' << usage();
          return WaterUsage;
        }
        if ( !input.isEmpty() )
        {
          err << QCoreApplication::translate( "vigie", "water simulate: more than one input file (\"%1\", \"%2\")" ).arg( input, a )
              << '\n';
          return WaterUsage;
        }
        input = a;
      }
      if ( input.isEmpty() || outDir.isEmpty() )
      {
        err << QCoreApplication::translate( "vigie", "water simulate: an input file and --out DIR are required" ) << '\n' << usage();
        return WaterUsage;
      }

      Network network;
      QString error;
      if ( !InpReader::readFile( input, network, &error ) )
      {
        err << error << '\n';
        return WaterBadInput;
      }
      HydraulicSimulation simulation( network );
      if ( hours >= 0 )
        simulation.setDuration( std::llround( hours * 3600 ) );
      if ( !simulation.initialize( &error ) )
      {
        err << QDir::toNativeSeparators( input ) << ": " << error << '\n';
        return WaterBadInput;
      }
      if ( !QDir().mkpath( outDir ) )
      {
        err << QCoreApplication::translate( "vigie", "%1: cannot create the output folder" ).arg( QDir::toNativeSeparators( outDir ) )
            << '\n';
        return WaterFailed;
      }
      QSaveFile nodesFile( QDir( outDir ).filePath( QStringLiteral( "nodes.csv" ) ) );
      QSaveFile linksFile( QDir( outDir ).filePath( QStringLiteral( "links.csv" ) ) );
      QSaveFile energyFile( QDir( outDir ).filePath( QStringLiteral( "energy.csv" ) ) );
      for ( QSaveFile *file : { &nodesFile, &linksFile, &energyFile } )
      {
        if ( !file->open( QIODevice::WriteOnly ) )
        {
          err << QCoreApplication::translate( "vigie", "%1: cannot write: %2" )
                     .arg( QDir::toNativeSeparators( file->fileName() ), file->errorString() )
              << '\n';
          return WaterFailed;
        }
      }
      QTextStream nodes( &nodesFile );
      QTextStream links( &linksFile );
      nodes << "time_s,node_id,demand,head,pressure\n";
      links << "time_s,link_id,flow,velocity,headloss,status\n";
      QElapsedTimer timer;
      timer.start();
      int solves = 0, reports = 0, iterations = 0;
      for ( ;; )
      {
        if ( !simulation.solve( &error ) )
        {
          err << QDir::toNativeSeparators( input ) << ": " << error << '\n';
          return WaterFailed; // the QSaveFiles are discarded: no partial output
        }
        ++solves;
        iterations += simulation.lastStep().iterations;
        if ( !simulation.lastStep().warning.isEmpty() )
          err << QCoreApplication::translate( "vigie", "warning: time %1 s: %2" )
                     .arg( simulation.currentTime() )
                     .arg( simulation.lastStep().warning )
              << '\n';
        if ( !simulation.lastStep().converged )
          err << QCoreApplication::translate( "vigie", "warning: time %1 s: unbalanced solution accepted (UNBALANCED CONTINUE)" )
                     .arg( simulation.currentTime() )
              << '\n';
        if ( simulation.isReportTime() )
        {
          ++reports;
          const QString t = QString::number( simulation.currentTime() );
          for ( int i = 0; i < simulation.nodeCount(); ++i )
            nodes << t << ',' << simulation.nodeId( i ) << ',' << number( simulation.nodeDemand( i ) ) << ','
                  << number( simulation.nodeHead( i ) ) << ',' << number( simulation.nodePressure( i ) ) << '\n';
          for ( int i = 0; i < simulation.linkCount(); ++i )
            links << t << ',' << simulation.linkId( i ) << ',' << number( simulation.linkFlow( i ) ) << ','
                  << number( simulation.linkVelocity( i ) ) << ',' << number( simulation.linkHeadloss( i ) ) << ','
                  << simulation.linkStatus( i ) << '\n';
        }
        if ( simulation.advance() == 0 )
          break;
      }
      nodes.flush();
      links.flush();
      {
        QTextStream energy( &energyFile );
        energy << "pump_id,utilization_pct,efficiency_pct,kwh_per_volume,average_kw,peak_kw,kwh,cost,cost_per_day\n";
        for ( const PumpEnergy &e : simulation.pumpEnergy() )
          energy << e.pumpId << ',' << number( e.utilization ) << ',' << number( e.efficiency ) << ',' << number( e.kwhPerVolume ) << ','
                 << number( e.averageKw ) << ',' << number( e.peakKw ) << ',' << number( e.kwh ) << ',' << number( e.cost ) << ','
                 << number( e.costPerDay ) << '\n';
        energy << "DEMAND CHARGE,,,,,,,," << number( simulation.demandCharge() ) << '\n';
        energy.flush();
      }
      if ( !nodesFile.commit() || !linksFile.commit() || !energyFile.commit() )
      {
        err << QCoreApplication::translate( "vigie", "%1: cannot write the results" ).arg( QDir::toNativeSeparators( outDir ) ) << '\n';
        return WaterFailed;
      }
      out << QCoreApplication::translate( "vigie", "%1: %2 hydraulic solutions (%3 trials), %4 reporting periods in %5 ms; results in %6" )
                 .arg( QDir::toNativeSeparators( input ) )
                 .arg( solves )
                 .arg( iterations )
                 .arg( reports )
                 .arg( timer.elapsed() )
                 .arg( QDir::toNativeSeparators( outDir ) )
          << '\n';
      return WaterOk;
    }
  } // namespace

  QString waterCommandSummary()
  {
    return QCoreApplication::translate( "vigie", "Water networks: simulates an EPANET model (water simulate NET.inp --out DIR)." );
  }

  int runWaterCommand( const QStringList &args, QTextStream &out, QTextStream &err )
  {
    if ( args.isEmpty() || args.first() == QLatin1String( "-h" ) || args.first() == QLatin1String( "--help" ) )
    {
      ( args.isEmpty() ? err : out ) << usage() << waterToolUsage() << waterWatchUsage();
      return args.isEmpty() ? WaterUsage : WaterOk;
    }
    if ( args.first() == QLatin1String( "simulate" ) )
      return simulate( args.mid( 1 ), out, err );
    if ( isWaterToolCommand( args.first() ) )
      return runWaterToolCommand( args.first(), args.mid( 1 ), out, err );
    if ( args.first() == QLatin1String( "watch" ) )
      return runWaterWatchCommand( args.mid( 1 ), out, err );
    err << QCoreApplication::translate( "vigie", "water: unknown command \"%1\"" ).arg( args.first() ) << '\n' << usage();
    return WaterUsage;
  }
} // namespace vigie::hydraulics
