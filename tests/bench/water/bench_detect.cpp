// SPDX-License-Identifier: GPL-2.0-or-later
// bench_detect: a year of leak detection (vigie-cli water detect) on the BattLeDIM-like
// SCADA data, with the time of just parsing the SCADA files as the in-run reference.
// Usage: bench_detect [YEAR] (default 2019: timing only, the 2019 answers are never read).
#include "inpreader.h"
#include "leakdetector.h"
#include "scada.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

using namespace vigie::hydraulics;

int main( int argc, char **argv )
{
  QCoreApplication app( argc, argv );
  QTextStream out( stdout );
  const QString year = argc > 1 ? QString::fromLocal8Bit( argv[1] ) : QStringLiteral( "2019" );
  const QString shared = QStringLiteral( VIGIE_SHARED_DATA_DIR "/water" );
  const QString network = QDir( shared ).filePath( QStringLiteral( "networks/L-TOWN.inp" ) );
  const QString scada = QDir( shared ).filePath( QStringLiteral( "battledim-sim/%1" ).arg( year ) );
  const QString train = QDir( shared ).filePath( QStringLiteral( "battledim-sim/2018" ) );
  if ( !QFileInfo::exists( network ) || !QFileInfo( scada ).isDir() || !QFileInfo( train ).isDir() )
  {
    out << QStringLiteral( "bench_detect: DATA MISSING: needs %1, %2 and %3 (../shared/data); nothing measured\n" )
               .arg( QDir::toNativeSeparators( network ), QDir::toNativeSeparators( scada ), QDir::toNativeSeparators( train ) );
    return 0;
  }
  QString error;
  QElapsedTimer timer;
  timer.start();
  ScadaData parsed;
  if ( !parsed.read( scada, true, &error ) )
  {
    out << error << '\n';
    return 1;
  }
  const double parseMs = timer.elapsed();
  timer.restart();
  Network net;
  ScadaData data, training;
  QVector<KnownLeak> known;
  if ( !InpReader::readFile( network, net, &error ) || !data.read( scada, true, &error ) || !training.read( train, true, &error ) ||
       !readKnownLeaks( QDir( train ).filePath( QStringLiteral( "leaks_2018.csv" ) ), &known, &error ) )
  {
    out << error << '\n';
    return 1;
  }
  LeakDetector detector( net );
  QVector<DetectedLeak> leaks;
  if ( !detector.prepare( data, &error ) || !detector.train( training, known, &error ) || !detector.detect( data, &leaks, &error ) )
  {
    out << error << '\n';
    return 1;
  }
  const double totalMs = timer.elapsed();
  out << QStringLiteral( "bench_detect %1: %2 rows; parse SCADA %3 ms; detect with training on 2018 (parse both years, sensitivity, "
                         "calibration, detection) %4 ms = %5 x the parse; %6 alarms (target: under 60 s)\n" )
             .arg( year )
             .arg( data.rowCount() )
             .arg( parseMs, 0, 'f', 0 )
             .arg( totalMs, 0, 'f', 0 )
             .arg( parseMs > 0 ? totalMs / parseMs : 0, 0, 'f', 2 )
             .arg( leaks.size() );
  return 0;
}
