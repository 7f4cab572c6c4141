// SPDX-License-Identifier: GPL-2.0-or-later
#include "explanation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>

namespace vigie::budget
{
  namespace
  {
    QString statusKey( ProjectTrace::Status status )
    {
      switch ( status )
      {
      case ProjectTrace::Status::Selected:
        return QStringLiteral( "selected" );
      case ProjectTrace::Status::Completion:
        return QStringLiteral( "completion" );
      case ProjectTrace::Status::DidNotFit:
        return QStringLiteral( "did-not-fit" );
      case ProjectTrace::Status::Unaffordable:
        return QStringLiteral( "unaffordable" );
      case ProjectTrace::Status::NotReached:
        return QStringLiteral( "not-reached" );
      case ProjectTrace::Status::BelowThreshold:
        return QStringLiteral( "below-threshold" );
      case ProjectTrace::Status::NoSupport:
        return QStringLiteral( "no-support" );
      case ProjectTrace::Status::NotChosen:
        return QStringLiteral( "not-chosen" );
      }
      return QString();
    }

    QString reasonFor( const Election &e, const Outcome &outcome, int p, const ProjectTrace &t )
    {
      const QString cost = e.formatMoney( e.projects[static_cast<size_t>( p )].cost );
      const RuleKind kind = outcome.spec.kind;
      switch ( t.status )
      {
      case ProjectTrace::Status::Selected:
        if ( kind == RuleKind::EqualShares )
        {
          if ( t.step == 0 )
            return QCoreApplication::translate( "vigie::budget", "funded at once: it costs nothing and has supporters" );
          return QCoreApplication::translate( "vigie::budget", "funded in round %1: its %2 supporters paid %3 per unit of satisfaction (they held %4 together)" )
              .arg( t.step )
              .arg( t.supporters )
              .arg( t.rho, 0, 'g', 6 )
              .arg( t.supportersMoney, 0, 'f', 2 );
        }
        if ( kind == RuleKind::Phragmen )
          return QCoreApplication::translate( "vigie::budget", "funded in round %1: its supporters' maximal load became %2" ).arg( t.step ).arg( t.rho, 0, 'g', 6 );
        return QCoreApplication::translate( "vigie::budget", "funded: position %1 in the order, %2 of the budget left when it came up" )
            .arg( t.step )
            .arg( e.formatMoney( t.budgetLeft ) );
      case ProjectTrace::Status::Completion:
        return QCoreApplication::translate( "vigie::budget", "funded by the completion: %1 of the budget left when it came up (position %2)" )
            .arg( e.formatMoney( t.budgetLeft ) )
            .arg( t.step );
      case ProjectTrace::Status::DidNotFit:
        return QCoreApplication::translate( "vigie::budget", "not funded: costs %1 but only %2 was left when it came up" ).arg( cost, e.formatMoney( t.budgetLeft ) );
      case ProjectTrace::Status::Unaffordable:
        return QCoreApplication::translate( "vigie::budget", "not funded: in round %1 its %2 supporters held %3 together, less than its cost %4" )
            .arg( t.step )
            .arg( t.supporters )
            .arg( t.supportersMoney, 0, 'f', 2 )
            .arg( cost );
      case ProjectTrace::Status::NotReached:
        return QCoreApplication::translate( "vigie::budget", "not funded: the rule stopped before reaching it" );
      case ProjectTrace::Status::BelowThreshold:
        return QCoreApplication::translate( "vigie::budget", "not funded: score %1 below the threshold %2" )
            .arg( t.score )
            .arg( e.metaText( QStringLiteral( "min_project_score_threshold" ) ) );
      case ProjectTrace::Status::NoSupport:
        return QCoreApplication::translate( "vigie::budget", "not funded: no voter supports it" );
      case ProjectTrace::Status::NotChosen:
        break;
      }
      return QCoreApplication::translate( "vigie::budget", "not funded" );
    }

    std::vector<ProjectGroup> groupBy( const Election &e, const std::vector<char> &funded, const std::vector<std::string> &columns )
    {
      int column = -1;
      for ( const std::string &name : columns )
      {
        column = e.projectColumn( name );
        if ( column >= 0 )
          break;
      }
      if ( column < 0 )
        return {};
      std::map<QString, ProjectGroup> groups;
      for ( int p = 0; p < e.projectCount(); ++p )
      {
        const auto &cells = e.projects[static_cast<size_t>( p )].cells;
        const QString cell =
            static_cast<size_t>( column ) < cells.size() ? QString::fromStdString( cells[static_cast<size_t>( column )] ) : QString();
        QStringList values = cell.split( QLatin1Char( ',' ), Qt::SkipEmptyParts );
        for ( QString &v : values )
          v = v.trimmed();
        values.removeAll( QString() );
        values.removeAll( QStringLiteral( "none" ) );
        if ( values.isEmpty() )
          values.append( QCoreApplication::translate( "vigie::budget", "unknown" ) );
        for ( const QString &v : values )
        {
          ProjectGroup &g = groups[v];
          g.value = v;
          ++g.projects;
          if ( funded[static_cast<size_t>( p )] )
          {
            ++g.funded;
            g.fundedCost += e.projects[static_cast<size_t>( p )].cost;
          }
        }
      }
      std::vector<ProjectGroup> result;
      for ( const auto &entry : groups )
        result.push_back( entry.second );
      std::sort( result.begin(), result.end(),
                 []( const ProjectGroup &a, const ProjectGroup &b )
                 { return a.fundedCost > b.fundedCost || ( a.fundedCost == b.fundedCost && a.value < b.value ); } );
      return result;
    }
  } // namespace

  Explanation explain( const Election &e, const Outcome &outcome )
  {
    Explanation x;
    x.rule = outcome.spec.fullName();
    x.budget = e.budget;
    x.cost = outcome.cost;
    const int m = e.projectCount();
    std::vector<char> funded( static_cast<size_t>( m ), 0 );
    for ( const int p : outcome.selected )
      funded[static_cast<size_t>( p )] = 1;
    std::vector<int> order = outcome.selected;
    std::vector<int> rest;
    for ( int p = 0; p < m; ++p )
    {
      if ( !funded[static_cast<size_t>( p )] )
        rest.push_back( p );
    }
    std::sort( rest.begin(), rest.end(),
               [&]( int a, int b ) { return e.projects[static_cast<size_t>( a )].id < e.projects[static_cast<size_t>( b )].id; } );
    order.insert( order.end(), rest.begin(), rest.end() );
    for ( const int p : order )
    {
      ProjectExplanation pe;
      pe.project = p;
      pe.id = e.projectId( p );
      pe.name = e.projectCell( p, "name" );
      pe.cost = e.projects[static_cast<size_t>( p )].cost;
      pe.funded = funded[static_cast<size_t>( p )];
      pe.trace = outcome.traces[static_cast<size_t>( p )];
      pe.status = statusKey( pe.trace.status );
      pe.reason = reasonFor( e, outcome, p, pe.trace );
      x.projects.push_back( pe );
    }

    SatisfactionStatistics &s = x.satisfaction;
    s.voters = e.voterCount();
    double fundedSum = 0;
    double shareSum = 0;
    int nonEmpty = 0;
    for ( int v = 0; v < e.voterCount(); ++v )
    {
      int count = 0;
      std::int64_t ballotCost = 0;
      std::int64_t fundedCost = 0;
      for ( int i = e.ballotStart[static_cast<size_t>( v )]; i < e.ballotStart[static_cast<size_t>( v ) + 1]; ++i )
      {
        const int p = e.ballotProjects[static_cast<size_t>( i )];
        ballotCost += e.projects[static_cast<size_t>( p )].cost;
        if ( funded[static_cast<size_t>( p )] )
        {
          ++count;
          fundedCost += e.projects[static_cast<size_t>( p )].cost;
        }
      }
      if ( count > 0 )
        ++s.votersWithFunded;
      if ( static_cast<size_t>( count ) >= s.fundedCountHistogram.size() )
        s.fundedCountHistogram.resize( static_cast<size_t>( count ) + 1, 0 );
      ++s.fundedCountHistogram[static_cast<size_t>( count )];
      fundedSum += count;
      if ( e.ballotSize( v ) > 0 )
      {
        ++nonEmpty;
        shareSum += ballotCost > 0 ? static_cast<double>( fundedCost ) / static_cast<double>( ballotCost ) : ( count > 0 ? 1.0 : 0.0 );
      }
    }
    if ( s.voters > 0 )
    {
      s.shareWithFunded = static_cast<double>( s.votersWithFunded ) / s.voters;
      s.meanFundedPerVoter = fundedSum / s.voters;
    }
    if ( nonEmpty > 0 )
      s.meanFundedCostShare = shareSum / nonEmpty;

    x.byCategory = groupBy( e, funded, { "category", "categories" } );
    x.byDistrict = groupBy( e, funded, { "district" } );
    for ( const std::string &column : e.extraColumns )
      x.voterGroups.emplace_back( QString::fromStdString( column ), aggregateVoterField( e, column, funded ) );
    return x;
  }

  QString explanationText( const Election &e, const Explanation &x )
  {
    QString text;
    text += QCoreApplication::translate( "vigie::budget", "Rule %1: %2 of %3 spent, %4 projects funded" )
                .arg( x.rule, e.formatMoney( x.cost ), e.formatMoney( x.budget ) )
                .arg( std::count_if( x.projects.begin(), x.projects.end(), []( const ProjectExplanation &p ) { return p.funded; } ) ) +
            QLatin1Char( '\n' );
    const SatisfactionStatistics &s = x.satisfaction;
    text += QCoreApplication::translate( "vigie::budget", "%1 voters; %2 (%3 %) have at least one funded project; %4 funded projects per voter on average; %5 % of a ballot's cost "
                "funded on average" )
                .arg( s.voters )
                .arg( s.votersWithFunded )
                .arg( 100.0 * s.shareWithFunded, 0, 'f', 1 )
                .arg( s.meanFundedPerVoter, 0, 'f', 2 )
                .arg( 100.0 * s.meanFundedCostShare, 0, 'f', 1 ) +
            QLatin1Char( '\n' );
    text += QLatin1Char( '\n' ) + QCoreApplication::translate( "vigie::budget", "Projects:" ) + QLatin1Char( '\n' );
    for ( const ProjectExplanation &p : x.projects )
      text += QStringLiteral( "  %1 %2  %3  %4\n" )
                  .arg( p.funded ? QStringLiteral( "+" ) : QStringLiteral( "-" ), p.id, e.formatMoney( p.cost ), p.reason );
    auto groups = [&]( const QString &title, const std::vector<ProjectGroup> &list )
    {
      if ( list.empty() )
        return;
      text += QLatin1Char( '\n' ) + title + QLatin1Char( '\n' );
      for ( const ProjectGroup &g : list )
        text += QCoreApplication::translate( "vigie::budget", "  %1: %2 of %3 projects funded, %4" )
                    .arg( g.value )
                    .arg( g.funded )
                    .arg( g.projects )
                    .arg( e.formatMoney( g.fundedCost ) ) +
                QLatin1Char( '\n' );
    };
    groups( QCoreApplication::translate( "vigie::budget", "Funded by category:" ), x.byCategory );
    groups( QCoreApplication::translate( "vigie::budget", "Funded by district:" ), x.byDistrict );
    for ( const auto &entry : x.voterGroups )
    {
      if ( entry.second.empty() )
        continue;
      text += QLatin1Char( '\n' ) +
              QCoreApplication::translate( "vigie::budget", "Voters with a funded project, by %1 (groups under %2 voters merged):" ).arg( entry.first ).arg( kMinimumGroupSize ) +
              QLatin1Char( '\n' );
      for ( const VoterGroup &g : entry.second )
        text += QCoreApplication::translate( "vigie::budget", "  %1: %2 of %3 voters" ).arg( g.value ).arg( g.votersWithFunded ).arg( g.voters ) + QLatin1Char( '\n' );
    }
    return text;
  }

  QJsonObject explanationJson( const Election &e, const Explanation &x )
  {
    QJsonObject root;
    root.insert( QStringLiteral( "rule" ), x.rule );
    root.insert( QStringLiteral( "budget" ), e.formatMoney( x.budget ).toDouble() );
    root.insert( QStringLiteral( "cost" ), e.formatMoney( x.cost ).toDouble() );
    QJsonArray projects;
    for ( const ProjectExplanation &p : x.projects )
    {
      QJsonObject o;
      o.insert( QStringLiteral( "id" ), p.id );
      o.insert( QStringLiteral( "name" ), p.name );
      o.insert( QStringLiteral( "cost" ), e.formatMoney( p.cost ).toDouble() );
      o.insert( QStringLiteral( "funded" ), p.funded );
      o.insert( QStringLiteral( "status" ), p.status );
      o.insert( QStringLiteral( "reason" ), p.reason );
      o.insert( QStringLiteral( "supporters" ), p.trace.supporters );
      o.insert( QStringLiteral( "score" ), static_cast<double>( p.trace.score ) );
      if ( p.trace.step >= 0 )
        o.insert( QStringLiteral( "step" ), p.trace.step );
      if ( p.trace.budgetLeft >= 0 )
        o.insert( QStringLiteral( "budgetLeft" ), e.formatMoney( p.trace.budgetLeft ).toDouble() );
      if ( p.trace.supportersMoney >= 0 )
        o.insert( QStringLiteral( "supportersMoney" ), p.trace.supportersMoney );
      if ( !p.trace.rhoExact.isEmpty() )
        o.insert( QStringLiteral( "rho" ), p.trace.rhoExact );
      projects.append( o );
    }
    root.insert( QStringLiteral( "projects" ), projects );
    const SatisfactionStatistics &s = x.satisfaction;
    QJsonObject sat;
    sat.insert( QStringLiteral( "voters" ), s.voters );
    sat.insert( QStringLiteral( "votersWithFunded" ), s.votersWithFunded );
    sat.insert( QStringLiteral( "shareWithFunded" ), s.shareWithFunded );
    sat.insert( QStringLiteral( "meanFundedPerVoter" ), s.meanFundedPerVoter );
    sat.insert( QStringLiteral( "meanFundedCostShare" ), s.meanFundedCostShare );
    QJsonArray histogram;
    for ( const int c : s.fundedCountHistogram )
      histogram.append( c );
    sat.insert( QStringLiteral( "fundedCountHistogram" ), histogram );
    root.insert( QStringLiteral( "satisfaction" ), sat );
    auto groups = []( const Election &el, const std::vector<ProjectGroup> &list )
    {
      QJsonArray a;
      for ( const ProjectGroup &g : list )
        a.append( QJsonObject{ { QStringLiteral( "value" ), g.value },
                               { QStringLiteral( "projects" ), g.projects },
                               { QStringLiteral( "funded" ), g.funded },
                               { QStringLiteral( "fundedCost" ), el.formatMoney( g.fundedCost ).toDouble() } } );
      return a;
    };
    root.insert( QStringLiteral( "byCategory" ), groups( e, x.byCategory ) );
    root.insert( QStringLiteral( "byDistrict" ), groups( e, x.byDistrict ) );
    QJsonObject voterGroups;
    for ( const auto &entry : x.voterGroups )
    {
      QJsonArray a;
      for ( const VoterGroup &g : entry.second )
        a.append( QJsonObject{ { QStringLiteral( "value" ), g.value },
                               { QStringLiteral( "voters" ), g.voters },
                               { QStringLiteral( "votersWithFunded" ), g.votersWithFunded } } );
      voterGroups.insert( entry.first, a );
    }
    root.insert( QStringLiteral( "voterGroups" ), voterGroups );
    return root;
  }

  OutcomeComparison compareOutcomes( const Election &e, const Outcome &first, const Outcome &second )
  {
    OutcomeComparison c;
    const QStringList a = first.sortedIds( e );
    const QStringList b = second.sortedIds( e );
    for ( const QString &id : a )
      ( b.contains( id ) ? c.both : c.onlyFirst ).append( id );
    for ( const QString &id : b )
    {
      if ( !a.contains( id ) )
        c.onlySecond.append( id );
    }
    return c;
  }
} // namespace vigie::budget
