// SPDX-License-Identifier: GPL-2.0-or-later
#include "election.h"
#include "rational.h"

#include <QCoreApplication>

namespace vigie::budget
{
  QString voteTypeName( VoteType type )
  {
    switch ( type )
    {
    case VoteType::Approval:
      return QStringLiteral( "approval" );
    case VoteType::ChooseOne:
      return QStringLiteral( "choose-1" );
    case VoteType::Cumulative:
      return QStringLiteral( "cumulative" );
    case VoteType::Scoring:
      return QStringLiteral( "scoring" );
    case VoteType::Ordinal:
      return QStringLiteral( "ordinal" );
    }
    return QString();
  }

  std::string Election::metaValue( const std::string &key ) const
  {
    for ( const auto &entry : meta )
    {
      if ( entry.first == key )
        return entry.second;
    }
    return std::string();
  }

  QString Election::metaText( const QString &key ) const
  {
    return QString::fromStdString( metaValue( key.toStdString() ) );
  }

  int Election::projectColumn( const std::string &name ) const
  {
    for ( size_t i = 0; i < projectColumns.size(); ++i )
    {
      if ( projectColumns[i] == name )
        return static_cast<int>( i );
    }
    return -1;
  }

  QString Election::projectCell( int p, const std::string &column ) const
  {
    const int c = projectColumn( column );
    if ( c < 0 || p < 0 || p >= projectCount() )
      return QString();
    const auto &cells = projects[static_cast<size_t>( p )].cells;
    return static_cast<size_t>( c ) < cells.size() ? QString::fromStdString( cells[static_cast<size_t>( c )] ) : QString();
  }

  int Election::extraColumn( const std::string &name ) const
  {
    for ( size_t i = 0; i < extraColumns.size(); ++i )
    {
      if ( extraColumns[i] == name )
        return static_cast<int>( i );
    }
    return -1;
  }

  int Election::projectIndex( const std::string &id ) const
  {
    for ( size_t i = 0; i < projects.size(); ++i )
    {
      if ( projects[i].id == id )
        return static_cast<int>( i );
    }
    return -1;
  }

  std::vector<std::int64_t> Election::paperVotes() const
  {
    const int c = projectColumn( "paper_votes" );
    if ( c < 0 )
      return {};
    std::vector<std::int64_t> votes( projects.size(), 0 );
    for ( size_t p = 0; p < projects.size(); ++p )
    {
      if ( static_cast<size_t>( c ) < projects[p].cells.size() )
      {
        bool ok = false;
        const qlonglong v = QString::fromStdString( projects[p].cells[static_cast<size_t>( c )] ).trimmed().toLongLong( &ok );
        if ( ok && v > 0 )
          votes[p] = v;
      }
    }
    return votes;
  }

  void Election::addBallot( const std::string &voterId, const std::vector<int> &projectIndices, const std::vector<std::int64_t> &points )
  {
    if ( ballotStart.empty() )
      ballotStart.push_back( 0 );
    voterIds.push_back( voterId );
    voterLines.push_back( 0 );
    for ( size_t i = 0; i < projectIndices.size(); ++i )
    {
      ballotProjects.push_back( projectIndices[i] );
      if ( hasPoints() )
        ballotPoints.push_back( i < points.size() ? points[i] : pointsScale );
    }
    ballotStart.push_back( static_cast<int>( ballotProjects.size() ) );
    extraCells.resize( extraCells.size() + extraColumns.size() );
  }

  static QString formatScaled( std::int64_t amount, std::int64_t scale )
  {
    const bool negative = amount < 0;
    const std::uint64_t magnitude = negative ? ( ~static_cast<std::uint64_t>( amount ) + 1 ) : static_cast<std::uint64_t>( amount );
    const std::uint64_t s = static_cast<std::uint64_t>( scale );
    QString text = QString::number( magnitude / s );
    std::uint64_t fraction = magnitude % s;
    if ( fraction != 0 )
    {
      int digits = 0;
      for ( std::uint64_t v = s; v > 1; v /= 10 )
        ++digits;
      QString decimals = QString::number( fraction ).rightJustified( digits, QLatin1Char( '0' ) );
      while ( decimals.endsWith( QLatin1Char( '0' ) ) )
        decimals.chop( 1 );
      text += QLatin1Char( '.' ) + decimals;
    }
    return negative ? QLatin1Char( '-' ) + text : text;
  }

  QString Election::formatMoney( std::int64_t amount ) const
  {
    return formatScaled( amount, costScale );
  }
  QString Election::formatPoints( std::int64_t points ) const
  {
    return formatScaled( points, pointsScale );
  }

  bool Election::sameData( const Election &a, const Election &b, QString *difference )
  {
    auto differ = [difference]( const QString &what )
    {
      if ( difference )
        *difference = what;
      return false;
    };
    if ( a.meta != b.meta )
      return differ( QStringLiteral( "META" ) );
    if ( a.voteType != b.voteType )
      return differ( QStringLiteral( "vote type" ) );
    // money compared as values: the scales may differ when trailing zeros were dropped
    auto sameMoney = []( std::int64_t x, std::int64_t xs, std::int64_t y, std::int64_t ys )
    { return static_cast<Int128>( x ) * ys == static_cast<Int128>( y ) * xs; };
    if ( !sameMoney( a.budget, a.costScale, b.budget, b.costScale ) )
      return differ( QStringLiteral( "budget" ) );
    if ( a.projectColumns != b.projectColumns )
      return differ( QStringLiteral( "PROJECTS header" ) );
    if ( a.projects.size() != b.projects.size() )
      return differ( QStringLiteral( "number of projects" ) );
    for ( size_t p = 0; p < a.projects.size(); ++p )
    {
      const Project &x = a.projects[p];
      const Project &y = b.projects[p];
      if ( x.id != y.id || x.cells != y.cells || !sameMoney( x.cost, a.costScale, y.cost, b.costScale ) )
        return differ( QStringLiteral( "project %1" ).arg( QString::fromStdString( x.id ) ) );
    }
    if ( a.voteColumns != b.voteColumns || a.extraColumns != b.extraColumns )
      return differ( QStringLiteral( "VOTES header" ) );
    if ( a.voterIds != b.voterIds )
      return differ( QStringLiteral( "voter ids" ) );
    if ( a.ballotStart != b.ballotStart || a.ballotProjects != b.ballotProjects )
      return differ( QStringLiteral( "ballots" ) );
    if ( a.ballotPoints.size() != b.ballotPoints.size() )
      return differ( QStringLiteral( "points" ) );
    for ( size_t i = 0; i < a.ballotPoints.size(); ++i )
    {
      if ( !sameMoney( a.ballotPoints[i], a.pointsScale, b.ballotPoints[i], b.pointsScale ) )
        return differ( QStringLiteral( "points" ) );
    }
    if ( a.extraCells != b.extraCells )
      return differ( QStringLiteral( "voter fields" ) );
    return true;
  }
} // namespace vigie::budget
