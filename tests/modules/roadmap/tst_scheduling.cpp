// SPDX-License-Identifier: GPL-2.0-or-later
// Scheduling: yearly capex, cycles and caps named in errors, the MILP against caps, dependencies
// and brute force on random instances, the critical path, baseline vs actual.

#include "demoroadmap.h"
#include "roadmaptestutil.h"
#include "scheduling.h"
#include "vigietest.h"

#include <QRandomGenerator>

#include <cmath>
#include <functional>

using namespace vigie::roadmap;
using vigie::test::makeProject;

namespace
{
  //! Checks a plan against the caps and dependencies, independently of the scheduler.
  QString violation( const Roadmap &r, const ScheduleOptions &options, const Schedule &s )
  {
    QMap<int, double> spend;
    QHash<QString, ScheduledProject> byId;
    for ( const ScheduledProject &p : s.projects )
      byId.insert( p.id, p );
    for ( const ScheduledProject &sp : s.projects )
    {
      if ( !sp.scheduled )
        continue;
      const Project *p = r.project( sp.id );
      if ( !sp.committed &&
           ( sp.start.year < options.caps.firstKey() || sp.start.year > options.caps.lastKey() || sp.start.month != p->start.month ) )
        return QStringLiteral( "%1 starts outside the horizon" ).arg( sp.id );
      const QMap<int, double> y = yearlyCapex( *p, sp.start );
      for ( auto it = y.constBegin(); it != y.constEnd(); ++it )
        spend[it.key()] += it.value();
      for ( const QString &d : p->dependencies )
      {
        const ScheduledProject pred = byId.value( d );
        if ( sp.committed )
          continue;
        if ( !pred.scheduled )
          return QStringLiteral( "%1 scheduled without its predecessor %2" ).arg( sp.id, d );
        if ( sp.start.monthIndex() < pred.start.monthIndex() + r.project( d )->durationMonths )
          return QStringLiteral( "%1 starts before %2 ends" ).arg( sp.id, d );
      }
    }
    for ( auto it = options.caps.constBegin(); it != options.caps.constEnd(); ++it )
      if ( spend.value( it.key() ) > it.value() + 0.01 )
        return QStringLiteral( "%1: %2 > cap %3" ).arg( it.key() ).arg( spend.value( it.key() ) ).arg( it.value() );
    return QString();
  }

  Roadmap randomInstance( QRandomGenerator &rng, int projects, bool committed )
  {
    Roadmap r;
    for ( int i = 0; i < projects; ++i )
    {
      QStringList deps;
      // dependencies only on earlier projects: acyclic
      for ( int j = 0; j < i; ++j )
        if ( rng.bounded( 4 ) == 0 )
          deps.append( QStringLiteral( "p%1" ).arg( j ) );
      Project p = makeProject( QStringLiteral( "p%1" ).arg( i ), YearMonth{ 2026, 1 + rng.bounded( 12 ) }.toString(), 1 + rng.bounded( 24 ),
                               10000.0 * ( 1 + rng.bounded( 100 ) ), deps );
      p.impact = rng.bounded( 11 );
      p.feasibility = rng.bounded( 11 );
      p.citizenVotes = rng.bounded( 500 );
      if ( committed && i == 0 )
        p.status = Status::InProgress;
      r.projects.append( p );
    }
    r.normalise();
    return r;
  }
} // namespace

class TestScheduling : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void yearlyCapexSplit_data();
  void yearlyCapexSplit();
  void caps_data();
  void caps();
  void errors_data();
  void errors();
  void priorityFirst();
  void dependencyAfterEnd();
  void committedWaitsForCandidate();
  void randomInstances();
  void bruteForceOptimum();
  void criticalPath();
  void baselineVsActual();
  void demoSchedules();
};

void TestScheduling::yearlyCapexSplit_data()
{
  QTest::addColumn<QString>( "start" );
  QTest::addColumn<int>( "months" );
  QTest::addColumn<QList<int>>( "years" );
  QTest::addColumn<QList<double>>( "amounts" );
  QTest::newRow( "inside one year" ) << "2026-03" << 6 << QList<int>{ 2026 } << QList<double>{ 120000 };
  QTest::newRow( "across two" ) << "2026-07" << 12 << QList<int>{ 2026, 2027 } << QList<double>{ 60000, 60000 };
  QTest::newRow( "across three" ) << "2026-10" << 24 << QList<int>{ 2026, 2027, 2028 } << QList<double>{ 15000, 60000, 45000 };
}

void TestScheduling::yearlyCapexSplit()
{
  QFETCH( QString, start );
  QFETCH( int, months );
  QFETCH( QList<int>, years );
  QFETCH( QList<double>, amounts );
  const Project p = makeProject( QStringLiteral( "a" ), start, months, 120000 );
  const QMap<int, double> y = yearlyCapex( p, p.start );
  QCOMPARE( y.keys(), years );
  for ( int i = 0; i < years.size(); ++i )
    QVERIFY( std::abs( y.value( years.at( i ) ) - amounts.at( i ) ) < 1e-6 );
}

void TestScheduling::caps_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<bool>( "ok" );
  QTest::newRow( "two years" ) << "2026=1500000,2027=2000000" << true;
  QTest::newRow( "spaces" ) << " 2026 = 1e6 , 2027=0" << true;
  QTest::newRow( "negative" ) << "2026=-1" << false;
  QTest::newRow( "no amount" ) << "2026" << false;
  QTest::newRow( "twice" ) << "2026=1,2026=2" << false;
  QTest::newRow( "empty" ) << "" << false;
  QTest::newRow( "bad year" ) << "abc=3" << false;
}

void TestScheduling::caps()
{
  QFETCH( QString, text );
  QFETCH( bool, ok );
  QMap<int, double> caps{ { 1999, 1 } };
  QString error;
  QCOMPARE( parseBudgetCaps( text, &caps, &error ), ok );
  if ( ok )
    QVERIFY( caps.contains( 2026 ) && !caps.contains( 1999 ) );
  else
  {
    QVERIFY( !error.isEmpty() );
    QVERIFY( caps.contains( 1999 ) );
  }
}

void TestScheduling::errors_data()
{
  QTest::addColumn<int>( "scenario" );
  QTest::addColumn<QStringList>( "expected" );
  QTest::newRow( "cycle" ) << 0
                           << QStringList{ QStringLiteral( "dependency cycle" ), QStringLiteral( "Projet a" ), QStringLiteral( "Projet b" ),
                                           QStringLiteral( "Projet c" ), QStringLiteral( "\"dependencies\"" ) };
  QTest::newRow( "unknown dependency" ) << 1 << QStringList{ QStringLiteral( "project b" ), QStringLiteral( "unknown project zz" ) };
  QTest::newRow( "cap below committed" ) << 2
                                         << QStringList{ QStringLiteral( "budget cap for 2026" ), QStringLiteral( "Projet a" ),
                                                         QStringLiteral( "committed" ) };
  QTest::newRow( "no years" ) << 3 << QStringList{ QStringLiteral( "year range" ) };
}

void TestScheduling::errors()
{
  QFETCH( int, scenario );
  QFETCH( QStringList, expected );
  Roadmap r;
  ScheduleOptions options;
  options.caps = { { 2026, 1000000 }, { 2027, 1000000 } };
  switch ( scenario )
  {
  case 0:
    r.projects = { makeProject( QStringLiteral( "a" ), QStringLiteral( "2026-01" ), 3, 1, { QStringLiteral( "c" ) } ),
                   makeProject( QStringLiteral( "b" ), QStringLiteral( "2026-01" ), 3, 1, { QStringLiteral( "a" ) } ),
                   makeProject( QStringLiteral( "c" ), QStringLiteral( "2026-01" ), 3, 1, { QStringLiteral( "b" ) } ),
                   makeProject( QStringLiteral( "d" ) ) };
    break;
  case 1:
    r.projects = { makeProject( QStringLiteral( "a" ) ),
                   makeProject( QStringLiteral( "b" ), QStringLiteral( "2026-01" ), 3, 1, { QStringLiteral( "zz" ) } ) };
    break;
  case 2:
    r.projects = { makeProject( QStringLiteral( "a" ), QStringLiteral( "2026-01" ), 12, 1500000 ) };
    r.projects[0].status = Status::InProgress;
    break;
  case 3:
    r.projects = { makeProject( QStringLiteral( "a" ) ) };
    options.caps.clear();
    break;
  }
  Schedule s;
  s.objective = -42;
  QString error;
  QVERIFY( !scheduleRoadmap( r, options, &s, &error ) );
  for ( const QString &e : expected )
    QVERIFY2( error.contains( e ), qPrintable( error ) );
  QCOMPARE( s.objective, -42.0 );
  if ( scenario == 0 )
  {
    const QStringList cycle = findDependencyCycle( r );
    QCOMPARE( cycle.size(), 4 );
    QCOMPARE( cycle.first(), cycle.last() );
    CriticalPath cp;
    QVERIFY( !computeCriticalPath( r, &cp, &error ) );
  }
}

void TestScheduling::priorityFirst()
{
  // the cap fits one project a year: the higher impact goes first
  Roadmap r;
  Project low = makeProject( QStringLiteral( "low" ), QStringLiteral( "2026-01" ), 12, 800000 );
  low.impact = 2;
  Project high = makeProject( QStringLiteral( "high" ), QStringLiteral( "2026-01" ), 12, 800000 );
  high.impact = 9;
  r.projects = { low, high };
  ScheduleOptions options;
  options.caps = { { 2026, 1000000 }, { 2027, 1000000 } };
  Schedule s;
  QString error;
  QVERIFY2( scheduleRoadmap( r, options, &s, &error ), qPrintable( error ) );
  QVERIFY( s.optimal );
  QCOMPARE( s.projects.at( 0 ).id, QStringLiteral( "high" ) );
  QCOMPARE( s.projects.at( 0 ).start.year, 2026 );
  QCOMPARE( s.projects.at( 1 ).start.year, 2027 );
  QVERIFY( violation( r, options, s ).isEmpty() );
  // no room at all for the second one: reported with a reason
  options.caps = { { 2026, 1000000 } };
  QVERIFY( scheduleRoadmap( r, options, &s, &error ) );
  QVERIFY( !s.projects.at( 1 ).scheduled );
  QVERIFY2( s.projects.at( 1 ).reason.contains( QStringLiteral( "budget caps" ) ), qPrintable( s.projects.at( 1 ).reason ) );
}

void TestScheduling::dependencyAfterEnd()
{
  Roadmap r;
  r.projects = { makeProject( QStringLiteral( "a" ), QStringLiteral( "2026-09" ), 18, 1000 ),
                 makeProject( QStringLiteral( "b" ), QStringLiteral( "2026-02" ), 3, 1000, { QStringLiteral( "a" ) } ) };
  ScheduleOptions options;
  options.caps = { { 2026, 1e7 }, { 2027, 1e7 }, { 2028, 1e7 }, { 2029, 1e7 } };
  Schedule s;
  QString error;
  QVERIFY2( scheduleRoadmap( r, options, &s, &error ), qPrintable( error ) );
  // a ends 2028-03: b (February) can start in 2029 at the earliest
  QCOMPARE( s.projects.at( 0 ).start, ( YearMonth{ 2026, 9 } ) );
  QCOMPARE( s.projects.at( 1 ).start, ( YearMonth{ 2029, 2 } ) );
  QVERIFY( violation( r, options, s ).isEmpty() );
  Roadmap applied = r;
  applySchedule( applied, s );
  QCOMPARE( applied.project( QStringLiteral( "b" ) )->start, ( YearMonth{ 2029, 2 } ) );
  // with the horizon ending in 2028, b waits and says why
  options.caps.remove( 2029 );
  QVERIFY( scheduleRoadmap( r, options, &s, &error ) );
  QVERIFY( !s.projects.last().scheduled );
}

void TestScheduling::committedWaitsForCandidate()
{
  Roadmap r;
  Project b = makeProject( QStringLiteral( "b" ), QStringLiteral( "2027-06" ), 6, 1000, { QStringLiteral( "a" ) } );
  b.status = Status::InProgress;
  r.projects = { makeProject( QStringLiteral( "a" ), QStringLiteral( "2026-03" ), 6, 1000 ), b };
  ScheduleOptions options;
  options.caps = { { 2026, 1e6 }, { 2027, 1e6 } };
  Schedule s;
  QString error;
  QVERIFY2( scheduleRoadmap( r, options, &s, &error ), qPrintable( error ) );
  QCOMPARE( s.projects.at( 0 ).id, QStringLiteral( "a" ) );
  QCOMPARE( s.projects.at( 0 ).start.year, 2026 );
  // a cannot fit before b's start: no plan, named
  options.caps = { { 2026, 10 }, { 2027, 1e6 } };
  QVERIFY( !scheduleRoadmap( r, options, &s, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "no feasible plan" ) ), qPrintable( error ) );
}

void TestScheduling::randomInstances()
{
  QRandomGenerator rng( 7 );
  int scheduled = 0;
  int unscheduled = 0;
  for ( int it = 0; it < 150; ++it )
  {
    const Roadmap r = randomInstance( rng, 4 + rng.bounded( 12 ), it % 3 == 0 );
    ScheduleOptions options;
    for ( int y = 2026; y < 2026 + 2 + rng.bounded( 4 ); ++y )
      options.caps.insert( y, 200000.0 + rng.bounded( 2000000 ) );
    Schedule s;
    QString error;
    if ( !scheduleRoadmap( r, options, &s, &error ) )
    {
      // only the committed project can make an instance impossible: its cap
      QVERIFY2( error.contains( QStringLiteral( "committed" ) ), qPrintable( error ) );
      continue;
    }
    const QString v = violation( r, options, s );
    QVERIFY2( v.isEmpty(), qPrintable( QStringLiteral( "instance %1: %2" ).arg( it ).arg( v ) ) );
    QCOMPARE( s.projects.size(), r.projects.size() );
    for ( const ScheduledProject &p : s.projects )
    {
      ( p.scheduled ? scheduled : unscheduled ) += 1;
      QCOMPARE( p.scheduled, p.reason.isEmpty() );
    }
  }
  QVERIFY( scheduled > 100 );
  QVERIFY( unscheduled > 10 );
}

void TestScheduling::bruteForceOptimum()
{
  QRandomGenerator rng( 11 );
  for ( int it = 0; it < 60; ++it )
  {
    const Roadmap r = randomInstance( rng, 2 + rng.bounded( 3 ), false );
    ScheduleOptions options;
    options.caps = { { 2026, 300000.0 + rng.bounded( 600000 ) },
                     { 2027, 300000.0 + rng.bounded( 600000 ) },
                     { 2028, 300000.0 + rng.bounded( 600000 ) } };
    Schedule s;
    QString error;
    QVERIFY2( scheduleRoadmap( r, options, &s, &error ), qPrintable( error ) );
    QHash<QString, double> priority;
    for ( const ScheduledProject &p : s.projects )
      priority.insert( p.id, p.priority );
    // every assignment: 0 = not scheduled, else the start year 2025 + k
    const int n = static_cast<int>( r.projects.size() );
    QVector<int> choice( n, 0 );
    double best = 0;
    std::function<void( int )> explore = [&]( int i )
    {
      if ( i == n )
      {
        Schedule candidate;
        double value = 0;
        for ( int k = 0; k < n; ++k )
        {
          ScheduledProject sp;
          sp.id = r.projects.at( k ).id;
          sp.scheduled = choice[k] > 0;
          if ( sp.scheduled )
          {
            sp.start = YearMonth{ 2025 + choice[k], r.projects.at( k ).start.month };
            value += ( priority.value( sp.id ) + 1 ) * ( 2028 - sp.start.year + 1 );
          }
          candidate.projects.append( sp );
        }
        if ( value > best && violation( r, options, candidate ).isEmpty() )
          best = value;
        return;
      }
      for ( int c = 0; c <= 3; ++c )
      {
        choice[i] = c;
        explore( i + 1 );
      }
    };
    explore( 0 );
    QVERIFY2( std::abs( best - s.objective ) < 1e-6 * std::max( 1.0, best ),
              qPrintable( QStringLiteral( "instance %1: brute force %2, MILP %3" ).arg( it ).arg( best ).arg( s.objective ) ) );
  }
}

void TestScheduling::criticalPath()
{
  Roadmap r;
  r.projects = { makeProject( QStringLiteral( "a" ), QStringLiteral( "2026-01" ), 6 ),
                 makeProject( QStringLiteral( "b" ), QStringLiteral( "2026-01" ), 12, 1, { QStringLiteral( "a" ) } ),
                 makeProject( QStringLiteral( "c" ), QStringLiteral( "2026-01" ), 3 ),
                 makeProject( QStringLiteral( "d" ), QStringLiteral( "2026-01" ), 4, 1, { QStringLiteral( "c" ) } ),
                 makeProject( QStringLiteral( "x" ), QStringLiteral( "2026-01" ), 40 ) };
  r.projects[4].status = Status::Cancelled;
  CriticalPath cp;
  QString error;
  QVERIFY2( computeCriticalPath( r, &cp, &error ), qPrintable( error ) );
  QCOMPARE( cp.path, ( QStringList{ QStringLiteral( "a" ), QStringLiteral( "b" ) } ) );
  QCOMPARE( cp.finish, ( YearMonth{ 2027, 7 } ) );
  QCOMPARE( cp.entries.size(), 4 );
  QHash<QString, CriticalPathEntry> e;
  for ( const CriticalPathEntry &x : cp.entries )
    e.insert( x.id, x );
  QCOMPARE( e.value( QStringLiteral( "b" ) ).earliestStart, ( YearMonth{ 2026, 7 } ) );
  QVERIFY( e.value( QStringLiteral( "a" ) ).critical && e.value( QStringLiteral( "b" ) ).critical );
  QCOMPARE( e.value( QStringLiteral( "c" ) ).slackMonths, 11 );
  QCOMPARE( e.value( QStringLiteral( "d" ) ).slackMonths, 11 );
  QCOMPARE( e.value( QStringLiteral( "d" ) ).latestFinish, cp.finish );
  QVERIFY( !e.value( QStringLiteral( "d" ) ).critical );
}

void TestScheduling::baselineVsActual()
{
  Roadmap r;
  r.projects = { makeProject( QStringLiteral( "a" ), QStringLiteral( "2026-01" ), 6, 100000 ),
                 makeProject( QStringLiteral( "b" ), QStringLiteral( "2026-03" ), 12, 200000 ) };
  saveBaseline( r, QStringLiteral( "2025-12-01T00:00:00Z" ) );
  QCOMPARE( r.baseline.entries.size(), 2 );
  r.project( QStringLiteral( "a" ) )->actualStart = YearMonth{ 2026, 4 };
  r.project( QStringLiteral( "a" ) )->status = Status::InProgress;
  r.project( QStringLiteral( "b" ) )->capex = 230000;
  r.project( QStringLiteral( "b" ) )->durationMonths = 14;
  r.projects.append( makeProject( QStringLiteral( "c" ) ) );
  const QList<BaselineVariance> v = compareToBaseline( r );
  QCOMPARE( v.size(), 3 );
  QCOMPARE( v.at( 0 ).id, QStringLiteral( "a" ) );
  QCOMPARE( v.at( 0 ).startSlipMonths, 3 );
  QCOMPARE( v.at( 0 ).finishSlipMonths, 3 );
  QCOMPARE( v.at( 1 ).startSlipMonths, 0 );
  QCOMPARE( v.at( 1 ).finishSlipMonths, 2 );
  QCOMPARE( v.at( 1 ).capexVariance, 30000.0 );
  QVERIFY( !v.at( 2 ).inBaseline && v.at( 2 ).inRoadmap );
}

void TestScheduling::demoSchedules()
{
  const Roadmap r = demoRoadmap();
  ScheduleOptions options;
  options.caps = demoBudgetCaps();
  Schedule s;
  QString error;
  QVERIFY2( scheduleRoadmap( r, options, &s, &error ), qPrintable( error ) );
  QVERIFY( violation( r, options, s ).isEmpty() );
  int scheduled = 0;
  for ( const ScheduledProject &p : s.projects )
    scheduled += p.scheduled ? 1 : 0;
  QVERIFY( scheduled >= 30 );
  CriticalPath cp;
  QVERIFY2( computeCriticalPath( r, &cp, &error ), qPrintable( error ) );
  QVERIFY( !cp.path.isEmpty() );
  // the demo's slips since its baseline show up
  bool slip = false, overrun = false;
  for ( const BaselineVariance &v : compareToBaseline( r ) )
  {
    slip = slip || v.startSlipMonths > 0;
    overrun = overrun || v.capexVariance > 0;
  }
  QVERIFY( slip && overrun );
}

QTEST_GUILESS_MAIN( TestScheduling )
#include "tst_scheduling.moc"
