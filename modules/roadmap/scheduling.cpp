// SPDX-License-Identifier: GPL-2.0-or-later
#include "scheduling.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace vigie::roadmap
{
  namespace
  {
    QString euros( double value )
    {
      return QLocale::c().toString( value, 'f', 0 );
    }

    QString named( const Project &p )
    {
      return QStringLiteral( "%1 \u00ab%2\u00bb" ).arg( p.id, p.title );
    }

    //! The month the project really starts: its actual start once work has begun.
    YearMonth effectiveStart( const Project &p )
    {
      return p.actualStart.isValid() ? p.actualStart : p.start;
    }

    struct GlpDeleter
    {
      void operator()( glp_prob *p ) const { glp_delete_prob( p ); }
    };

    //! Accumulates the sparse constraint matrix of GLPK (1-based arrays).
    struct Matrix
    {
      QVector<int> rows{ 0 };
      QVector<int> cols{ 0 };
      QVector<double> values{ 0.0 };
      void add( int row, int col, double value )
      {
        if ( value == 0 )
          return;
        rows.append( row );
        cols.append( col );
        values.append( value );
      }
    };

    constexpr double kEuroTolerance = 0.01;
  } // namespace

  QMap<int, double> yearlyCapex( const Project &project, const YearMonth &start )
  {
    QMap<int, double> result;
    const int first = start.monthIndex();
    const int duration = std::max( 1, project.durationMonths );
    for ( int m = first; m < first + duration; )
    {
      const int year = m / 12;
      const int yearEnd = ( year + 1 ) * 12;
      const int months = std::min( yearEnd, first + duration ) - m;
      result[year] += project.capex * months / duration;
      m += months;
    }
    return result;
  }

  QStringList findDependencyCycle( const Roadmap &roadmap )
  {
    QHash<QString, const Project *> byId;
    for ( const Project &p : roadmap.projects )
      byId.insert( p.id, &p );
    QHash<QString, int> state; // 0 new, 1 on the stack, 2 done
    QStringList stack;
    QStringList cycle;
    std::function<bool( const Project * )> visit = [&]( const Project *p ) -> bool
    {
      state[p->id] = 1;
      stack.append( p->id );
      QStringList deps = p->dependencies;
      deps.sort();
      for ( const QString &d : std::as_const( deps ) )
      {
        const Project *q = byId.value( d );
        if ( !q )
          continue;
        const int s = state.value( d );
        if ( s == 1 )
        {
          cycle = stack.mid( stack.indexOf( d ) );
          cycle.append( d );
          return true;
        }
        if ( s == 0 && visit( q ) )
          return true;
      }
      stack.removeLast();
      state[p->id] = 2;
      return false;
    };
    QList<const Project *> sorted;
    for ( const Project &p : roadmap.projects )
      sorted.append( &p );
    std::sort( sorted.begin(), sorted.end(), []( const Project *a, const Project *b ) { return a->id < b->id; } );
    for ( const Project *p : std::as_const( sorted ) )
      if ( state.value( p->id ) == 0 && visit( p ) )
        return cycle;
    return QStringList();
  }

  bool checkDependencies( const Roadmap &roadmap, QString *errorMessage )
  {
    QSet<QString> ids;
    for ( const Project &p : roadmap.projects )
      ids.insert( p.id );
    for ( const Project &p : roadmap.projects )
      for ( const QString &d : p.dependencies )
        if ( !ids.contains( d ) )
        {
          if ( errorMessage )
            *errorMessage = QCoreApplication::translate( "vigie::roadmap", "project %1, field \"dependencies\": unknown project %2" ).arg( named( p ), d );
          return false;
        }
    const QStringList cycle = findDependencyCycle( roadmap );
    if ( !cycle.isEmpty() )
    {
      QStringList names;
      for ( const QString &id : cycle )
        names.append( named( *roadmap.project( id ) ) );
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "project %1, field \"dependencies\": dependency cycle %2" )
                            .arg( named( *roadmap.project( cycle.first() ) ), names.join( QStringLiteral( " \u2192 " ) ) );
      return false;
    }
    return true;
  }

  bool parseBudgetCaps( const QString &text, QMap<int, double> *caps, QString *errorMessage )
  {
    QMap<int, double> result;
    const QStringList parts = text.split( QLatin1Char( ',' ), Qt::SkipEmptyParts );
    for ( const QString &part : parts )
    {
      bool okYear = false;
      bool okAmount = false;
      const int year = part.section( QLatin1Char( '=' ), 0, 0 ).trimmed().toInt( &okYear );
      const double amount = part.section( QLatin1Char( '=' ), 1 ).trimmed().toDouble( &okAmount );
      if ( !part.contains( QLatin1Char( '=' ) ) || !okYear || year < 1900 || year > 2999 || !okAmount || !std::isfinite( amount ) ||
           amount < 0 )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::roadmap", "budget caps: \"%1\" is not YEAR=EUROS with euros >= 0" ).arg( part.trimmed() );
        return false;
      }
      if ( result.contains( year ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::roadmap", "budget caps: year %1 is given twice" ).arg( year );
        return false;
      }
      result.insert( year, amount );
    }
    if ( result.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "budget caps: expected YEAR=EUROS,YEAR=EUROS,..." );
      return false;
    }
    *caps = result;
    return true;
  }

  bool scheduleRoadmap( const Roadmap &roadmap, const ScheduleOptions &options, Schedule *schedule, QString *errorMessage )
  {
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    QString error;
    if ( !checkDependencies( roadmap, &error ) )
      return fail( error );
    const int firstYear = options.firstYear > 0 ? options.firstYear : ( options.caps.isEmpty() ? 0 : options.caps.firstKey() );
    const int lastYear = options.lastYear > 0 ? options.lastYear : ( options.caps.isEmpty() ? 0 : options.caps.lastKey() );
    if ( firstYear <= 0 || lastYear < firstYear )
      return fail( QCoreApplication::translate( "vigie::roadmap", "scheduling needs a year range: give yearly budget caps or the first and last year" ) );
    for ( auto it = options.caps.constBegin(); it != options.caps.constEnd(); ++it )
      if ( !std::isfinite( it.value() ) || it.value() < 0 )
        return fail( QCoreApplication::translate( "vigie::roadmap", "budget cap for %1: %2 is not an amount >= 0" ).arg( it.key() ).arg( it.value() ) );

    QList<RankedProject> ranking;
    if ( !rankProjects( roadmap, options.weights, &ranking, &error ) )
      return fail( error );
    QHash<QString, double> priority;
    for ( const RankedProject &r : std::as_const( ranking ) )
      priority.insert( r.id, r.score );

    // committed spending, year by year, and who commits it
    QMap<int, double> committed;
    QMap<int, QStringList> committedBy;
    QList<const Project *> projects;
    for ( const Project &p : roadmap.projects )
      if ( p.status != Status::Cancelled )
        projects.append( &p );
    std::sort( projects.begin(), projects.end(), []( const Project *a, const Project *b ) { return a->id < b->id; } );
    QHash<QString, const Project *> byId;
    for ( const Project *p : std::as_const( projects ) )
    {
      byId.insert( p->id, p );
      if ( !p->isCommitted() )
        continue;
      const QMap<int, double> spend = yearlyCapex( *p, effectiveStart( *p ) );
      for ( auto it = spend.constBegin(); it != spend.constEnd(); ++it )
      {
        committed[it.key()] += it.value();
        if ( it.value() > 0 )
          committedBy[it.key()].append( QCoreApplication::translate( "vigie::roadmap", "%1 (%2 €)" ).arg( named( *p ), euros( it.value() ) ) );
      }
    }
    for ( auto it = options.caps.constBegin(); it != options.caps.constEnd(); ++it )
      if ( committed.value( it.key() ) > it.value() + kEuroTolerance )
        return fail( QCoreApplication::translate( "vigie::roadmap", "budget cap for %1: %2 € is below the spending already committed that year, %3 €, by %4" )
                         .arg( it.key() )
                         .arg( euros( it.value() ), euros( committed.value( it.key() ) ),
                               committedBy.value( it.key() ).join( QStringLiteral( ", " ) ) ) );

    // candidate columns: project x allowed start year
    struct Column
    {
      const Project *project;
      int year;
      int startIndex; // months since firstYear-01
      QMap<int, double> spend;
    };
    QList<Column> columns;
    QHash<QString, QList<int>> columnsOf;
    const int origin = firstYear * 12;
    for ( const Project *p : std::as_const( projects ) )
    {
      if ( p->isCommitted() )
        continue;
      for ( int y = firstYear; y <= lastYear; ++y )
      {
        const YearMonth start{ y, p->start.month };
        bool allowed = true;
        for ( const QString &d : p->dependencies )
        {
          const Project *pred = byId.value( d );
          if ( pred && pred->isCommitted() && start.monthIndex() < effectiveStart( *pred ).addMonths( pred->durationMonths ).monthIndex() )
            allowed = false;
        }
        if ( !allowed )
          continue;
        columnsOf[p->id].append( static_cast<int>( columns.size() ) );
        columns.append( Column{ p, y, start.monthIndex() - origin, yearlyCapex( *p, start ) } );
      }
    }

    QSet<QString> chosen;
    QHash<QString, int> chosenYear;
    Schedule result;
    result.optimal = true;
    if ( !columns.isEmpty() )
    {
      std::unique_ptr<glp_prob, GlpDeleter> lp( glp_create_prob() );
      glp_set_obj_dir( lp.get(), GLP_MAX );
      glp_add_cols( lp.get(), static_cast<int>( columns.size() ) );
      int maxIndex = 0;
      int maxDuration = 0;
      for ( int c = 0; c < columns.size(); ++c )
      {
        const Column &col = columns.at( c );
        glp_set_col_kind( lp.get(), c + 1, GLP_BV );
        glp_set_obj_coef( lp.get(), c + 1, ( priority.value( col.project->id ) + 1.0 ) * ( lastYear - col.year + 1 ) );
        maxIndex = std::max( maxIndex, col.startIndex );
        maxDuration = std::max( maxDuration, col.project->durationMonths );
      }
      const double bigM = maxIndex + maxDuration + 12.0;
      Matrix m;
      auto addRow = [&]( int type, double lower, double upper )
      {
        const int row = glp_add_rows( lp.get(), 1 );
        glp_set_row_bnds( lp.get(), row, type, lower, upper );
        return row;
      };

      // a committed project waiting for a candidate forces that candidate, early enough
      QHash<QString, int> forcedBefore; // candidate id -> latest allowed end (relative month index)
      QHash<QString, const Project *> forcedBy;
      for ( const Project *b : std::as_const( projects ) )
      {
        if ( !b->isCommitted() )
          continue;
        for ( const QString &d : b->dependencies )
        {
          const Project *a = byId.value( d );
          if ( !a || a->isCommitted() )
            continue;
          const int limit = effectiveStart( *b ).monthIndex() - origin;
          if ( !forcedBefore.contains( a->id ) || limit < forcedBefore.value( a->id ) )
          {
            forcedBefore[a->id] = limit;
            forcedBy[a->id] = b;
          }
        }
      }

      for ( const Project *p : std::as_const( projects ) )
      {
        const QList<int> cols = columnsOf.value( p->id );
        if ( p->isCommitted() )
          continue;
        if ( forcedBefore.contains( p->id ) && cols.isEmpty() )
          return fail( QCoreApplication::translate( "vigie::roadmap", "no feasible plan: project %1 is committed but waits for %2, which cannot start between %3 and %4" )
                           .arg( named( *forcedBy.value( p->id ) ), named( *p ) )
                           .arg( firstYear )
                           .arg( lastYear ) );
        if ( cols.isEmpty() )
          continue;
        const int one = forcedBefore.contains( p->id ) ? addRow( GLP_FX, 1, 1 ) : addRow( GLP_UP, 0, 1 );
        for ( int c : cols )
          m.add( one, c + 1, 1 );
        if ( forcedBefore.contains( p->id ) )
        {
          const int row = addRow( GLP_UP, 0, forcedBefore.value( p->id ) - p->durationMonths );
          for ( int c : cols )
            m.add( row, c + 1, columns.at( c ).startIndex );
        }
        for ( const QString &d : p->dependencies )
        {
          const Project *a = byId.value( d );
          if ( !a || a->isCommitted() )
            continue;
          const QList<int> predCols = columnsOf.value( a->id );
          // scheduled only when the predecessor is
          const int r1 = addRow( GLP_UP, 0, 0 );
          for ( int c : cols )
            m.add( r1, c + 1, 1 );
          for ( int c : predCols )
            m.add( r1, c + 1, -1 );
          // start(p) - start(a) >= duration(a) when p is scheduled
          const int r2 = addRow( GLP_LO, a->durationMonths - bigM, 0 );
          for ( int c : cols )
            m.add( r2, c + 1, columns.at( c ).startIndex - bigM );
          for ( int c : predCols )
            m.add( r2, c + 1, -columns.at( c ).startIndex );
        }
      }
      for ( auto it = options.caps.constBegin(); it != options.caps.constEnd(); ++it )
      {
        QList<QPair<int, double>> terms;
        for ( int c = 0; c < columns.size(); ++c )
          if ( columns.at( c ).spend.value( it.key() ) > 0 )
            terms.append( { c + 1, columns.at( c ).spend.value( it.key() ) } );
        if ( terms.isEmpty() )
          continue;
        const int row = addRow( GLP_UP, 0, std::max( 0.0, it.value() - committed.value( it.key() ) ) );
        for ( const auto &t : std::as_const( terms ) )
          m.add( row, t.first, t.second );
      }
      if ( m.rows.size() > 1 )
        glp_load_matrix( lp.get(), static_cast<int>( m.rows.size() ) - 1, m.rows.data(), m.cols.data(), m.values.data() );

      glp_iocp parm;
      glp_init_iocp( &parm );
      parm.presolve = GLP_ON;
      parm.msg_lev = GLP_MSG_OFF;
      parm.tm_lim = std::max( 1, options.timeLimitSeconds ) * 1000;
      const int ret = glp_intopt( lp.get(), &parm );
      const int status = glp_mip_status( lp.get() );
      if ( status == GLP_NOFEAS || ret == GLP_ENOPFS || ret == GLP_ENODFS )
        return fail( QCoreApplication::translate( "vigie::roadmap", "no feasible plan: the projects committed so far need projects that cannot fit under the caps between %1 and %2" )
                         .arg( firstYear )
                         .arg( lastYear ) );
      if ( status != GLP_OPT && status != GLP_FEAS )
        return fail( QCoreApplication::translate( "vigie::roadmap", "the scheduling solver failed (GLPK code %1)" ).arg( ret ) );
      result.optimal = status == GLP_OPT;
      result.objective = glp_mip_obj_val( lp.get() );
      for ( int c = 0; c < columns.size(); ++c )
        if ( glp_mip_col_val( lp.get(), c + 1 ) > 0.5 )
        {
          chosen.insert( columns.at( c ).project->id );
          chosenYear.insert( columns.at( c ).project->id, columns.at( c ).year );
        }
    }

    // the plan, checked again here independently of the solver's tolerances
    QMap<int, double> planned;
    for ( const Project *p : std::as_const( projects ) )
    {
      ScheduledProject s;
      s.id = p->id;
      s.title = p->title;
      s.plannedStart = effectiveStart( *p );
      s.priority = priority.value( p->id );
      s.committed = p->isCommitted();
      if ( s.committed )
      {
        s.scheduled = true;
        s.start = effectiveStart( *p );
      }
      else if ( chosen.contains( p->id ) )
      {
        s.scheduled = true;
        s.start = YearMonth{ chosenYear.value( p->id ), p->start.month };
        const QMap<int, double> spend = yearlyCapex( *p, s.start );
        for ( auto it = spend.constBegin(); it != spend.constEnd(); ++it )
          planned[it.key()] += it.value();
      }
      result.projects.append( s );
    }
    QHash<QString, int> position;
    for ( int i = 0; i < result.projects.size(); ++i )
      position.insert( result.projects.at( i ).id, i );
    for ( ScheduledProject &s : result.projects )
    {
      const Project *p = byId.value( s.id );
      for ( const QString &d : p->dependencies )
      {
        if ( !position.contains( d ) )
          continue; // cancelled predecessor
        const ScheduledProject &pred = result.projects.at( position.value( d ) );
        const Project *a = byId.value( d );
        if ( s.scheduled && !s.committed &&
             ( !pred.scheduled || s.start.monthIndex() < pred.start.addMonths( a->durationMonths ).monthIndex() ) )
          return fail( QCoreApplication::translate( "vigie::roadmap", "internal error: the plan breaks the dependency of %1 on %2" ).arg( named( *p ), named( *a ) ) );
        if ( !s.scheduled && s.reason.isEmpty() && !pred.scheduled )
          s.reason = QCoreApplication::translate( "vigie::roadmap", "waits for %1, which is not scheduled" ).arg( named( *a ) );
      }
      if ( !s.scheduled && s.reason.isEmpty() )
        s.reason = columnsOf.value( s.id ).isEmpty()
                       ? QCoreApplication::translate( "vigie::roadmap", "cannot start between %1 and %2 after its predecessors finish" ).arg( firstYear ).arg( lastYear )
                       : QCoreApplication::translate( "vigie::roadmap", "does not fit under the yearly budget caps with a start between %1 and %2" ).arg( firstYear ).arg( lastYear );
    }
    QSet<int> years;
    for ( auto it = options.caps.constBegin(); it != options.caps.constEnd(); ++it )
      years.insert( it.key() );
    for ( auto it = committed.constBegin(); it != committed.constEnd(); ++it )
      years.insert( it.key() );
    for ( auto it = planned.constBegin(); it != planned.constEnd(); ++it )
      years.insert( it.key() );
    QList<int> sortedYears( years.begin(), years.end() );
    std::sort( sortedYears.begin(), sortedYears.end() );
    for ( int y : std::as_const( sortedYears ) )
    {
      YearBudget b;
      b.year = y;
      b.capped = options.caps.contains( y );
      b.cap = options.caps.value( y );
      b.committed = committed.value( y );
      b.planned = planned.value( y );
      if ( b.capped && b.committed + b.planned > b.cap + kEuroTolerance )
        return fail( QCoreApplication::translate( "vigie::roadmap", "internal error: the plan spends %1 € in %2, above the cap of %3 €" )
                         .arg( euros( b.committed + b.planned ) )
                         .arg( y )
                         .arg( euros( b.cap ) ) );
      result.years.append( b );
    }
    std::stable_sort( result.projects.begin(), result.projects.end(),
                      []( const ScheduledProject &a, const ScheduledProject &b )
                      {
                        if ( a.scheduled != b.scheduled )
                          return a.scheduled;
                        if ( a.scheduled && a.start != b.start )
                          return a.start.monthIndex() < b.start.monthIndex();
                        return a.id < b.id;
                      } );
    *schedule = result;
    return true;
  }

  void applySchedule( Roadmap &roadmap, const Schedule &schedule )
  {
    for ( const ScheduledProject &s : schedule.projects )
    {
      Project *p = roadmap.project( s.id );
      if ( p && s.scheduled && !s.committed )
        p->start = s.start;
    }
  }

  bool computeCriticalPath( const Roadmap &roadmap, CriticalPath *result, QString *errorMessage )
  {
    if ( !checkDependencies( roadmap, errorMessage ) )
      return false;
    QList<const Project *> projects;
    QHash<QString, const Project *> byId;
    for ( const Project &p : roadmap.projects )
      if ( p.status != Status::Cancelled )
      {
        projects.append( &p );
        byId.insert( p.id, &p );
      }
    std::sort( projects.begin(), projects.end(), []( const Project *a, const Project *b ) { return a->id < b->id; } );
    // topological order (Kahn), deterministic by id
    QHash<QString, QStringList> successors;
    QHash<QString, int> indegree;
    for ( const Project *p : std::as_const( projects ) )
    {
      indegree[p->id] += 0;
      for ( const QString &d : p->dependencies )
        if ( byId.contains( d ) )
        {
          successors[d].append( p->id );
          indegree[p->id] += 1;
        }
    }
    QStringList ready;
    for ( const Project *p : std::as_const( projects ) )
      if ( indegree.value( p->id ) == 0 )
        ready.append( p->id );
    QStringList order;
    while ( !ready.isEmpty() )
    {
      std::sort( ready.begin(), ready.end() );
      const QString id = ready.takeFirst();
      order.append( id );
      for ( const QString &s : successors.value( id ) )
        if ( --indegree[s] == 0 )
          ready.append( s );
    }
    QHash<QString, int> es, ef, ls, lf;
    int finish = 0;
    for ( const QString &id : std::as_const( order ) )
    {
      const Project *p = byId.value( id );
      int start = effectiveStart( *p ).monthIndex();
      for ( const QString &d : p->dependencies )
        if ( byId.contains( d ) )
          start = std::max( start, ef.value( d ) );
      es[id] = start;
      ef[id] = start + p->durationMonths;
      finish = std::max( finish, ef[id] );
    }
    for ( int i = static_cast<int>( order.size() ) - 1; i >= 0; --i )
    {
      const QString &id = order.at( i );
      int latest = finish;
      for ( const QString &s : successors.value( id ) )
        latest = std::min( latest, ls.value( s ) );
      lf[id] = latest;
      ls[id] = latest - byId.value( id )->durationMonths;
    }
    CriticalPath cp;
    cp.finish = order.isEmpty() ? YearMonth() : YearMonth::fromMonthIndex( finish );
    for ( const QString &id : std::as_const( order ) )
    {
      CriticalPathEntry e;
      e.id = id;
      e.earliestStart = YearMonth::fromMonthIndex( es.value( id ) );
      e.earliestFinish = YearMonth::fromMonthIndex( ef.value( id ) );
      e.latestStart = YearMonth::fromMonthIndex( ls.value( id ) );
      e.latestFinish = YearMonth::fromMonthIndex( lf.value( id ) );
      e.slackMonths = ls.value( id ) - es.value( id );
      e.critical = e.slackMonths == 0;
      cp.entries.append( e );
    }
    std::sort( cp.entries.begin(), cp.entries.end(),
               []( const CriticalPathEntry &a, const CriticalPathEntry &b )
               { return a.earliestStart != b.earliestStart ? a.earliestStart.monthIndex() < b.earliestStart.monthIndex() : a.id < b.id; } );
    // the chain: from the first critical project ending last, back through critical predecessors that bind its start
    QString current;
    for ( const QString &id : std::as_const( order ) )
      if ( ef.value( id ) == finish && ls.value( id ) == es.value( id ) && ( current.isEmpty() || id < current ) )
        current = id;
    while ( !current.isEmpty() )
    {
      cp.path.prepend( current );
      QString next;
      for ( const QString &d : byId.value( current )->dependencies )
        if ( byId.contains( d ) && ef.value( d ) == es.value( current ) && ls.value( d ) == es.value( d ) &&
             ( next.isEmpty() || d < next ) )
          next = d;
      current = next;
    }
    *result = cp;
    return true;
  }

  void saveBaseline( Roadmap &roadmap, const QString &savedAt )
  {
    Baseline b;
    b.savedAt = savedAt;
    for ( const Project &p : roadmap.projects )
      if ( p.status != Status::Cancelled )
        b.entries.append( BaselineEntry{ p.id, p.start, p.durationMonths, p.capex } );
    roadmap.baseline = b;
    roadmap.normalise();
  }

  QList<BaselineVariance> compareToBaseline( const Roadmap &roadmap )
  {
    QMap<QString, BaselineVariance> rows;
    for ( const BaselineEntry &e : roadmap.baseline.entries )
    {
      BaselineVariance &v = rows[e.projectId];
      v.id = e.projectId;
      v.inBaseline = true;
      v.baselineCapex = e.capex;
    }
    for ( const Project &p : roadmap.projects )
    {
      if ( p.status == Status::Cancelled && !rows.contains( p.id ) )
        continue;
      BaselineVariance &v = rows[p.id];
      v.id = p.id;
      v.title = p.title;
      v.inRoadmap = p.status != Status::Cancelled;
      v.currentCapex = v.inRoadmap ? p.capex : 0;
    }
    for ( const BaselineEntry &e : roadmap.baseline.entries )
    {
      BaselineVariance &v = rows[e.projectId];
      const Project *p = roadmap.project( e.projectId );
      if ( p && v.inRoadmap )
      {
        const YearMonth start = effectiveStart( *p );
        v.startSlipMonths = start.monthIndex() - e.start.monthIndex();
        v.finishSlipMonths = start.addMonths( p->durationMonths ).monthIndex() - e.start.addMonths( e.durationMonths ).monthIndex();
      }
    }
    QList<BaselineVariance> result;
    for ( BaselineVariance &v : rows )
    {
      v.capexVariance = v.currentCapex - v.baselineCapex;
      result.append( v );
    }
    return result;
  }
} // namespace vigie::roadmap
