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
#include <functional>
#include <vector>

using namespace vigie::budget;

namespace
{
  //! Median wall time in seconds of \a runs calls of \a work.
  double median( int runs, const std::function<void()> &work )
  {
    std::vector<double> times;
    for ( int i = 0; i < runs; ++i )
    {
      QElapsedTimer timer;
      timer.start();
      work();
      times.push_back( static_cast<double>( timer.nsecsElapsed() ) / 1e9 );
    }
    std::sort( times.begin(), times.end() );
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
  out << "median of " << runs << " runs, seconds\n";
  int missing = 0;
  for ( const QString &name : instances )
  {
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
    const double parse = median( runs, [&] { ok = PabulibReader::readFile( path, election, &error ) && ok; } );
    if ( !ok )
    {
      out << name << ": " << error << "\n";
      ++missing;
      continue;
    }
    out << "\n"
        << name << ": " << election.projectCount() << " projects, " << election.voterCount() << " voters, "
        << voteTypeName( election.voteType ) << "\n";
    out << QStringLiteral( "  %1 %2\n" ).arg( QStringLiteral( "parse" ), -32 ).arg( parse, 0, 'f', 4 );
    double mesCost = 0;
    for ( const QString &rule : rules )
    {
      for ( const QString &completion : completions )
      {
        if ( completion != QLatin1String( "none" ) && !rule.startsWith( QLatin1String( "mes-" ) ) )
          continue;
        RuleSpec spec;
        if ( !RuleSpec::parse( rule, completion, election, spec, &error ) )
        {
          out << QStringLiteral( "  %1 %2\n" ).arg( rule, -32 ).arg( error );
          continue;
        }
        Outcome outcome;
        const int ruleRuns = completion == QLatin1String( "add1-greedy" ) ? std::max( 1, runs / 2 ) : runs;
        const double seconds = median( ruleRuns, [&] { outcome = allocate( election, spec ); } );
        if ( rule == QLatin1String( "mes-cost" ) && completion == QLatin1String( "none" ) )
          mesCost = seconds;
        QString label = spec.fullName();
        if ( rule == QLatin1String( "city" ) )
          label = QStringLiteral( "city (%1)" ).arg( spec.name() );
        out << QStringLiteral( "  %1 %2  %3 projects, cost %4" )
                   .arg( label, -32 )
                   .arg( seconds, 0, 'f', 4 )
                   .arg( outcome.selected.size() )
                   .arg( election.formatMoney( outcome.cost ) );
        if ( spec.completion == Completion::Add1Greedy )
          out << QStringLiteral( ", %1 budget steps" ).arg( outcome.add1Steps );
        out << "\n";
      }
    }
    out << QStringLiteral( "  %1 %2  (target for Warszawa 2026: < 0.1 s)\n" )
               .arg( QStringLiteral( "parse + mes-cost" ), -32 )
               .arg( parse + mesCost, 0, 'f', 4 );
    out.flush();
  }
  return missing == 0 ? 0 : 1;
}
