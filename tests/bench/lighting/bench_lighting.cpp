// SPDX-License-Identifier: GPL-2.0-or-later
// Street-lighting benchmark: adaptive dimming (LP) and LED retrofit plan (MILP) on the
// Montpellier demo territory (29,969 real lighting points) and on a generated
// département-scale inventory (300,000 points). Run with `tools/dev bench lighting`.
// The Montpellier territory is $VIGIE_LIGHTING_TERRITORY, else <temp>/vigie-bench/montpellier.gpkg
// (build it with `vigie-cli territory create --demo montpellier PATH`); when it is missing the
// bench says so (MISSING DATA) and runs the generated inventory only.
// References measured in the same run: loading the inventory (Montpellier) and the
// dimming-only optimisation (no retrofit) of the same inventory. The generated département
// gets the same budget per lighting point as the default (1 M EUR/year for 30,000 points).
// The generated run also reports the time of each stage (from the progress callback) and how
// long optimise() takes to return after a cancel requested at several points of the run.

#include "inventory.h"
#include "optimiser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <atomic>
#include <thread>

using namespace vigie::lighting;

namespace
{
  void report( QTextStream &out, const QString &name, int points, double reference, const QString &referenceName,
               const OptimisationResult &r, double seconds, double dimmingOnlySeconds )
  {
    out << "\n" << name << ": " << points << " luminaires, " << r.bands.size() << " bands, " << r.unitsConsidered << " retrofit units\n";
    out << QStringLiteral( "  whole optimisation        %1 s (dimming %2 s, retrofit LP + MILP %3 s, %4 small GLPK LPs)\n" )
               .arg( seconds, 0, 'f', 3 )
               .arg( r.dimmingSeconds, 0, 'f', 3 )
               .arg( r.retrofitSeconds, 0, 'f', 3 )
               .arg( r.lpCount );
    out << QStringLiteral( "  reference: %1 %2 s, ratio %3\n" )
               .arg( referenceName, -22 )
               .arg( reference, 0, 'f', 3 )
               .arg( seconds / reference, 0, 'f', 1 );
    out << QStringLiteral( "  dimming only (budget 0)   %1 s\n" ).arg( dimmingOnlySeconds, 0, 'f', 3 );
    out << QStringLiteral( "  energy %1 -> %2 MWh/year: saving %3 % (dimming alone %4 %), compliance %5 %\n" )
               .arg( r.baseline.kwh / 1000, 0, 'f', 0 )
               .arg( r.optimised.kwh / 1000, 0, 'f', 0 )
               .arg( r.savingRatio * 100, 0, 'f', 1 )
               .arg( ( 1 - r.dimmingOnly.kwh / r.baseline.kwh ) * 100, 0, 'f', 1 )
               .arg( r.complianceRatio * 100, 0, 'f', 2 );
    out << QStringLiteral( "  retrofit: NPV %1 EUR, LP bound %2 EUR, gap %3 % (%4)\n" )
               .arg( r.npv, 0, 'f', 0 )
               .arg( r.lpBound, 0, 'f', 0 )
               .arg( r.gap * 100, 0, 'f', 3 )
               .arg( r.retrofitOptimal ? QStringLiteral( "GLPK: within the MIP gap" ) : QStringLiteral( "GLPK: time limit" ) );
    out.flush();
  }
} // namespace

int main( int argc, char **argv )
{
  QCoreApplication app( argc, argv );
  QTextStream out( stdout );
  QString path = qEnvironmentVariable( "VIGIE_LIGHTING_TERRITORY" );
  if ( path.isEmpty() )
    path = QDir::temp().filePath( QStringLiteral( "vigie-bench/montpellier.gpkg" ) );
  OptimisationParameters parameters; // defaults: 1 M EUR/year over 6 years, by cabinet
  OptimisationParameters dimmingOnly;
  dimmingOnly.retrofit.budgetPerYear = 0;

  const bool haveMontpellier = QFileInfo::exists( path );
  double montpellierSeconds = 0;
  if ( haveMontpellier )
  {
    QElapsedTimer timer;
    timer.start();
    Inventory inventory;
    QString error;
    if ( !loadInventory( path, &inventory, &error ) )
    {
      out << error << Qt::endl;
      return 1;
    }
    const double load = timer.nsecsElapsed() / 1e9;
    timer.restart();
    OptimisationResult r;
    if ( !optimise( inventory, parameters, &r, &error ) )
    {
      out << error << Qt::endl;
      return 1;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    montpellierSeconds = seconds;
    timer.restart();
    OptimisationResult d;
    optimise( inventory, dimmingOnly, &d, &error );
    const double dimmingSeconds = timer.nsecsElapsed() / 1e9;
    report( out, QStringLiteral( "Montpellier (%1)" ).arg( path ), inventory.luminaires.size(), load,
            QStringLiteral( "loading the inventory" ), r, seconds, dimmingSeconds );
    out << QStringLiteral( "  load + optimisation       %1 s (goal < 2 s)\n" ).arg( load + seconds, 0, 'f', 3 );
  }
  else
    out << "MISSING DATA: the Montpellier demo territory " << QDir::toNativeSeparators( path ) << " does not exist; build it with\n"
        << "  vigie-cli territory create --demo montpellier " << QDir::toNativeSeparators( path ) << "\n"
        << "or set VIGIE_LIGHTING_TERRITORY to a territory file. Montpellier skipped.\n";
  out.flush();

  const int points =
      qEnvironmentVariableIntValue( "VIGIE_BENCH_POINTS" ) > 0 ? qEnvironmentVariableIntValue( "VIGIE_BENCH_POINTS" ) : 300000;
  QElapsedTimer timer;
  timer.start();
  const Inventory generated = syntheticInventory( points, 42 );
  const double generate = timer.nsecsElapsed() / 1e9;
  parameters.retrofit.budgetPerYear *= points / 30000.0;
  dimmingOnly.retrofit.budgetPerYear = 0;
  timer.restart();
  OptimisationResult r;
  QString error;
  if ( !optimise( generated, parameters, &r, &error ) )
  {
    out << error << Qt::endl;
    return 1;
  }
  const double seconds = timer.nsecsElapsed() / 1e9;
  timer.restart();
  OptimisationResult d;
  optimise( generated, dimmingOnly, &d, &error );
  const double dimmingSeconds = timer.nsecsElapsed() / 1e9;

  // stages, as the progress callback reports them (the same run with a control)
  QStringList stages;
  {
    OptimisationControl control;
    QString step;
    QElapsedTimer stageTimer;
    double stageStart = 0, fractionAtStart = 0, lastFraction = 0;
    // the longest time without a cancellation poll, and where
    double lastPoll = 0, longestGap = 0, gapFraction = 0;
    QString gapStep;
    control.isCancelled = [&]
    {
      const double now = stageTimer.nsecsElapsed() / 1e9;
      if ( now - lastPoll > longestGap )
      {
        longestGap = now - lastPoll;
        gapStep = step;
        gapFraction = lastFraction;
      }
      lastPoll = now;
      return false;
    };
    control.progress = [&]( double fraction, const QString &name )
    {
      const double now = stageTimer.nsecsElapsed() / 1e9;
      if ( name != step )
      {
        if ( !step.isEmpty() )
          stages << QStringLiteral( "%1 %2 s (progress %3-%4 %)" )
                        .arg( step )
                        .arg( now - stageStart, 0, 'f', 2 )
                        .arg( fractionAtStart * 100, 0, 'f', 0 )
                        .arg( fraction * 100, 0, 'f', 0 );
        step = name;
        stageStart = now;
        fractionAtStart = fraction;
      }
      lastFraction = fraction;
    };
    stageTimer.start();
    OptimisationResult staged;
    optimise( generated, parameters, control, &staged, &error );
    stages << QStringLiteral( "%1 %2 s (progress %3-%4 %)" )
                  .arg( step )
                  .arg( stageTimer.nsecsElapsed() / 1e9 - stageStart, 0, 'f', 2 )
                  .arg( fractionAtStart * 100, 0, 'f', 0 )
                  .arg( lastFraction * 100, 0, 'f', 0 );
    stages << QStringLiteral( "longest time between two cancellation polls %1 s (%2, after %3 %)" )
                  .arg( longestGap, 0, 'f', 3 )
                  .arg( gapStep )
                  .arg( gapFraction * 100, 0, 'f', 1 );
  }
  // cancel latency: a cancel requested from another thread after a delay
  QStringList latencies;
  for ( const double delay : { 0.3, 0.25 * seconds, 0.5 * seconds, 0.75 * seconds, 0.9 * seconds } )
  {
    std::atomic<bool> cancelled{ false };
    QElapsedTimer since;
    std::atomic<qint64> requestedAt{ 0 };
    OptimisationControl control;
    control.isCancelled = [&] { return cancelled.load(); };
    std::thread canceller(
        [&]
        {
          std::this_thread::sleep_for( std::chrono::milliseconds( static_cast<int>( delay * 1000 ) ) );
          requestedAt = since.nsecsElapsed();
          cancelled = true;
        } );
    since.start();
    OptimisationResult c;
    QString message;
    const OptimisationStatus status = optimise( generated, parameters, control, &c, &message );
    const qint64 end = since.nsecsElapsed();
    canceller.join();
    latencies << ( status == OptimisationStatus::Cancelled
                       ? QStringLiteral( "at %1 s: %2 s" ).arg( delay, 0, 'f', 1 ).arg( ( end - requestedAt ) / 1e9, 0, 'f', 3 )
                       : QStringLiteral( "at %1 s: finished first" ).arg( delay, 0, 'f', 1 ) );
  }

  report( out, QStringLiteral( "generated département" ), points, dimmingSeconds, QStringLiteral( "dimming-only run" ), r, seconds,
          dimmingSeconds );
  out << QStringLiteral( "  budget %1 EUR/year over %2 years; generating the inventory: %3 s\n" )
             .arg( parameters.retrofit.budgetPerYear, 0, 'f', 0 )
             .arg( parameters.retrofit.years )
             .arg( generate, 0, 'f', 3 );
  out << "  stages: " << stages.join( QStringLiteral( "; " ) ) << "\n";
  out << "  cancel -> return: " << latencies.join( QStringLiteral( "; " ) ) << "\n";
  if ( montpellierSeconds > 0 )
    out << QStringLiteral( "  ratio to the Montpellier optimisation: %1 for %2 times the points\n" )
               .arg( seconds / montpellierSeconds, 0, 'f', 1 )
               .arg( points / 29969.0, 0, 'f', 1 );
  return 0; // a missing territory is reported above (MISSING DATA), not an error of the benchmark
}
