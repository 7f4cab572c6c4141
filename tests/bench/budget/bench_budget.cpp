// SPDX-License-Identifier: GPL-2.0-or-later
// Participatory-budget benchmark: parsing and every rule on the four city-wide Pabulib
// instances, median of several runs. Run with `tools/dev bench budget`.
// The data folder is ../shared/data/pabulib (or $VIGIE_PABULIB_DIR).

#include "pabulib.h"
#include "rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace vigie::budget;

namespace
{
  //! CPU time of this process in seconds (what the wall time would be on an idle core).
  double cpuSeconds()
  {
    return static_cast<double>( std::clock() ) / CLOCKS_PER_SEC;
  }

  //! Median wall time in seconds of \a runs calls of \a work (and in \a cpu the median CPU time).
  double median( int runs, const std::function<void()> &work, double *cpu = nullptr )
  {
    std::vector<double> times;
    std::vector<double> cpuTimes;
    for ( int i = 0; i < runs; ++i )
    {
      QElapsedTimer timer;
      timer.start();
      const double cpuStart = cpuSeconds();
      work();
      cpuTimes.push_back( cpuSeconds() - cpuStart );
      times.push_back( static_cast<double>( timer.nsecsElapsed() ) / 1e9 );
    }
    std::sort( times.begin(), times.end() );
    std::sort( cpuTimes.begin(), cpuTimes.end() );
    if ( cpu )
      *cpu = cpuTimes[cpuTimes.size() / 2];
    return times[times.size() / 2];
  }
} // namespace

int main( int argc, char **argv )
{
  QCoreApplication app( argc, argv );
  QTextStream out( stdout );
  QString dir = qEnvironmentVariable( "VIGIE_PABULIB_DIR" );
  if ( dir.isEmpty() )
    dir = QStringLiteral( VIGIE_SHARED_DATA_DIR "/pabulib" );
  const QStringList instances = { QStringLiteral( "Poland_Warszawa_2026.pb" ), QStringLiteral( "Poland_Lodz_2023.pb" ),
                                  QStringLiteral( "Poland_Krakow_2024.pb" ), QStringLiteral( "Poland_Katowice_2023.pb" ) };
  if ( !QDir( dir ).exists() )
  {
    out << "bench_budget: the Pabulib data folder " << QDir::toNativeSeparators( dir )
        << " is missing: nothing measured (set VIGIE_PABULIB_DIR)" << Qt::endl;
    return 1;
  }
  const int runs = qEnvironmentVariableIntValue( "VIGIE_BENCH_RUNS" ) > 0 ? qEnvironmentVariableIntValue( "VIGIE_BENCH_RUNS" ) : 5;
  const QStringList rules = { QStringLiteral( "greedy-cost" ),     QStringLiteral( "greedy-cardinality" ),
                              QStringLiteral( "greedy-points" ),   QStringLiteral( "mes-cost" ),
                              QStringLiteral( "mes-cardinality" ), QStringLiteral( "mes-points" ),
                              QStringLiteral( "phragmen" ),        QStringLiteral( "city" ) };
  const QStringList completions = { QStringLiteral( "none" ), QStringLiteral( "greedy" ), QStringLiteral( "add1-greedy" ) };
  // VIGIE_BENCH_VERIFY=1: also run Add1 the plain way (exact MES at every step) and compare
  const bool verify = qEnvironmentVariableIntValue( "VIGIE_BENCH_VERIFY" ) > 0;
  // VIGIE_BENCH_RULES=mes-cost,mes-points: only these rules
  const QString only = qEnvironmentVariable( "VIGIE_BENCH_RULES" );
  // VIGIE_BENCH_COMPLETIONS=none,add1-greedy: only these completions (profiling)
  const QString onlyCompletions = qEnvironmentVariable( "VIGIE_BENCH_COMPLETIONS" );
  // VIGIE_BENCH_INSTANCES=Warszawa: only the instances whose file name contains one of these words
  const QString onlyInstances = qEnvironmentVariable( "VIGIE_BENCH_INSTANCES" );
  out << "median of " << runs << " runs, seconds of wall time (and of CPU time: the wall time on an idle core)\n";
  int missing = 0;
  int mismatches = 0;
  for ( const QString &name : instances )
  {
    if ( !onlyInstances.isEmpty() )
    {
      const QStringList words = onlyInstances.split( QLatin1Char( ',' ) );
      if ( std::none_of( words.begin(), words.end(), [&]( const QString &word ) { return name.contains( word ); } ) )
        continue;
    }
    const QString path = QDir( dir ).filePath( name );
    if ( !QFile::exists( path ) )
    {
      out << name << ": MISSING from " << QDir::toNativeSeparators( dir ) << "\n";
      ++missing;
      continue;
    }
    Election election;
    QString error;
    bool ok = true;
    double parseCpu = 0;
    const double parse = median(
        runs, [&] { ok = PabulibReader::readFile( path, election, &error ) && ok; }, &parseCpu );
    if ( !ok )
    {
      out << name << ": " << error << "\n";
      ++missing;
      continue;
    }
    out << "\n"
        << name << ": " << election.projectCount() << " projects, " << election.voterCount() << " voters, "
        << voteTypeName( election.voteType ) << "\n";
    out << QStringLiteral( "  %1 %2 (cpu %3)\n" ).arg( QStringLiteral( "parse" ), -32 ).arg( parse, 0, 'f', 4 ).arg( parseCpu, 0, 'f', 4 );
    double mesCost = 0;
    double mesCostCpu = 0;
    double add1 = -1;
    double add1Cpu = 0;
    for ( const QString &rule : rules )
    {
      for ( const QString &completion : completions )
      {
        if ( completion != QLatin1String( "none" ) && !rule.startsWith( QLatin1String( "mes-" ) ) )
          continue;
        if ( !only.isEmpty() && !only.split( QLatin1Char( ',' ) ).contains( rule ) )
          continue;
        if ( !onlyCompletions.isEmpty() && !onlyCompletions.split( QLatin1Char( ',' ) ).contains( completion ) )
          continue;
        RuleSpec spec;
        if ( !RuleSpec::parse( rule, completion, election, spec, &error ) )
        {
          out << QStringLiteral( "  %1 %2\n" ).arg( rule, -32 ).arg( error );
          continue;
        }
        Outcome outcome;
        const int ruleRuns = completion == QLatin1String( "add1-greedy" ) ? std::max( 1, runs / 2 ) : runs;
        double cpu = 0;
        const double seconds = median(
            ruleRuns, [&] { outcome = allocate( election, spec ); }, &cpu );
        if ( rule == QLatin1String( "mes-cost" ) && completion == QLatin1String( "none" ) )
        {
          mesCost = seconds;
          mesCostCpu = cpu;
        }
        if ( rule == QLatin1String( "mes-cost" ) && completion == QLatin1String( "add1-greedy" ) )
        {
          add1 = seconds;
          add1Cpu = cpu;
        }
        QString label = spec.fullName();
        if ( rule == QLatin1String( "city" ) )
          label = QStringLiteral( "city (%1)" ).arg( spec.name() );
        out << QStringLiteral( "  %1 %2 (cpu %5)  %3 projects, cost %4" )
                   .arg( label, -32 )
                   .arg( seconds, 0, 'f', 4 )
                   .arg( outcome.selected.size() )
                   .arg( election.formatMoney( outcome.cost ) )
                   .arg( cpu, 0, 'f', 4 );
        if ( spec.completion == Completion::Add1Greedy )
        {
          out << QStringLiteral( ", %1 budget steps (%2 certified double-precision runs, %3 exact)" )
                     .arg( outcome.add1Steps )
                     .arg( outcome.add1FastRuns )
                     .arg( outcome.add1Runs );
          if ( verify )
          {
            // the plain procedure: one exact MES run per step, as pabutools does
            RuleSpec plain = spec;
            plain.add1Incremental = false;
            QElapsedTimer timer;
            timer.start();
            const Outcome reference = allocate( election, plain );
            const bool same = reference.selected == outcome.selected && reference.add1Steps == outcome.add1Steps &&
                              reference.voterBudget == outcome.voterBudget && reference.cost == outcome.cost;
            out << QStringLiteral( "; exact rerun at every step: %1 s, %2" )
                       .arg( static_cast<double>( timer.nsecsElapsed() ) / 1e9, 0, 'f', 4 )
                       .arg( same ? QStringLiteral( "same outcome" ) : QStringLiteral( "DIFFERENT OUTCOME" ) );
            if ( !same )
              ++mismatches;
          }
        }
        out << "\n";
      }
    }
    out << QStringLiteral( "  %1 %2 (cpu %3)  (target for Warszawa 2026: < 0.1 s)\n" )
               .arg( QStringLiteral( "parse + mes-cost" ), -32 )
               .arg( parse + mesCost, 0, 'f', 4 )
               .arg( parseCpu + mesCostCpu, 0, 'f', 4 );
    if ( add1 >= 0 )
      out << QStringLiteral( "  %1 %2 (cpu %3)  (target: < 1 s)\n" )
                 .arg( QStringLiteral( "parse + mes-cost+add1-greedy" ), -32 )
                 .arg( parse + add1, 0, 'f', 4 )
                 .arg( parseCpu + add1Cpu, 0, 'f', 4 );
    out.flush();
  }
  if ( mismatches > 0 )
    out << mismatches << " Add1 outcomes differ from the exact rerun\n";
  return missing == 0 && mismatches == 0 ? 0 : 1;
}
