// SPDX-License-Identifier: GPL-2.0-or-later
#include "prioritisation.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vigie::roadmap
{
  namespace
  {
    QString number( double value, int decimals = 1 )
    {
      return QString::number( value, 'f', decimals );
    }
  } // namespace

  bool Weights::fromString( const QString &text, Weights *weights, QString *errorMessage )
  {
    Weights w = *weights;
    const QStringList parts = text.split( QLatin1Char( ',' ), Qt::SkipEmptyParts );
    if ( parts.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "weights: expected impact=W,cost=W,feasibility=W,demand=W" );
      return false;
    }
    for ( const QString &part : parts )
    {
      const QString key = part.section( QLatin1Char( '=' ), 0, 0 ).trimmed();
      const QString valueText = part.section( QLatin1Char( '=' ), 1 ).trimmed();
      bool ok = false;
      const double value = valueText.toDouble( &ok );
      if ( !part.contains( QLatin1Char( '=' ) ) || !ok || !std::isfinite( value ) || value < 0 )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::roadmap", "weights: \"%1\" is not criterion=number with a number >= 0" ).arg( part.trimmed() );
        return false;
      }
      if ( key == QLatin1String( "impact" ) )
        w.impact = value;
      else if ( key == QLatin1String( "cost" ) )
        w.cost = value;
      else if ( key == QLatin1String( "feasibility" ) )
        w.feasibility = value;
      else if ( key == QLatin1String( "demand" ) )
        w.demand = value;
      else
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::roadmap", "weights: unknown criterion \"%1\" (impact, cost, feasibility, demand)" ).arg( key );
        return false;
      }
    }
    if ( w.sum() <= 0 )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "weights: at least one weight must be above zero" );
      return false;
    }
    *weights = w;
    return true;
  }

  QString Weights::toString() const
  {
    return QStringLiteral( "impact=%1,cost=%2,feasibility=%3,demand=%4" ).arg( impact ).arg( cost ).arg( feasibility ).arg( demand );
  }

  QString matrixClassKey( MatrixClass c )
  {
    switch ( c )
    {
    case MatrixClass::QuickWin:
      return QStringLiteral( "quick-win" );
    case MatrixClass::Structural:
      return QStringLiteral( "structural" );
    case MatrixClass::FillIn:
      return QStringLiteral( "fill-in" );
    case MatrixClass::Questionable:
      return QStringLiteral( "questionable" );
    }
    return QString();
  }

  QString matrixClassDisplayName( MatrixClass c )
  {
    switch ( c )
    {
    case MatrixClass::QuickWin:
      return QCoreApplication::translate( "vigie::roadmap", "quick win" );
    case MatrixClass::Structural:
      return QCoreApplication::translate( "vigie::roadmap", "structural project" );
    case MatrixClass::FillIn:
      return QCoreApplication::translate( "vigie::roadmap", "fill-in" );
    case MatrixClass::Questionable:
      return QCoreApplication::translate( "vigie::roadmap", "questionable" );
    }
    return QString();
  }

  bool rankProjects( const Roadmap &roadmap, const Weights &weights, QList<RankedProject> *ranking, QString *errorMessage,
                     const MatrixOptions &options )
  {
    if ( weights.impact < 0 || weights.cost < 0 || weights.feasibility < 0 || weights.demand < 0 || !std::isfinite( weights.sum() ) ||
         weights.sum() <= 0 )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "weights: every weight must be >= 0 and at least one above zero" );
      return false;
    }
    const double total = weights.sum();
    const double wImpact = weights.impact / total;
    const double wCost = weights.cost / total;
    const double wFeasibility = weights.feasibility / total;
    const double wDemand = weights.demand / total;

    QList<const Project *> candidates;
    for ( const Project &p : roadmap.projects )
      if ( p.status != Status::Done && p.status != Status::Cancelled )
        candidates.append( &p );

    auto lifeCycle = [&]( const Project *p ) { return p->capex + p->opexPerYear * options.costHorizonYears; };
    double minLogCost = 0, maxLogCost = 0, minDuration = 0, maxDuration = 0;
    int maxVotes = 0;
    for ( int i = 0; i < candidates.size(); ++i )
    {
      const double logCost = std::log10( 1 + lifeCycle( candidates.at( i ) ) );
      const double duration = candidates.at( i )->durationMonths;
      minLogCost = i == 0 ? logCost : std::min( minLogCost, logCost );
      maxLogCost = i == 0 ? logCost : std::max( maxLogCost, logCost );
      minDuration = i == 0 ? duration : std::min( minDuration, duration );
      maxDuration = i == 0 ? duration : std::max( maxDuration, duration );
      maxVotes = std::max( maxVotes, candidates.at( i )->citizenVotes );
    }
    // a criterion that does not vary normalises to 0.5: it shifts every score alike
    auto minMax = []( double v, double lo, double hi ) { return hi > lo ? ( v - lo ) / ( hi - lo ) : 0.5; };

    QList<RankedProject> result;
    for ( const Project *p : std::as_const( candidates ) )
    {
      RankedProject r;
      r.id = p->id;
      r.title = p->title;
      r.impact.raw = p->impact;
      r.impact.normalised = p->impact / 10.0;
      r.feasibility.raw = p->feasibility;
      r.feasibility.normalised = p->feasibility / 10.0;
      r.demand.raw = p->citizenVotes;
      r.demand.normalised = maxVotes > 0 ? static_cast<double>( p->citizenVotes ) / maxVotes : 0.0;
      r.cost.raw = lifeCycle( p );
      const double costNorm = minMax( std::log10( 1 + r.cost.raw ), minLogCost, maxLogCost );
      r.cost.normalised = 1.0 - costNorm;
      r.impact.contribution = 100 * wImpact * r.impact.normalised;
      r.cost.contribution = 100 * wCost * r.cost.normalised;
      r.feasibility.contribution = 100 * wFeasibility * r.feasibility.normalised;
      r.demand.contribution = 100 * wDemand * r.demand.normalised;
      r.score = r.impact.contribution + r.cost.contribution + r.feasibility.contribution + r.demand.contribution;
      r.effort = 0.7 * costNorm + 0.3 * minMax( p->durationMonths, minDuration, maxDuration );
      const bool highImpact = p->impact >= options.impactThreshold;
      const bool highEffort = r.effort >= options.effortThreshold;
      r.matrixClass = highImpact ? ( highEffort ? MatrixClass::Structural : MatrixClass::QuickWin )
                                 : ( highEffort ? MatrixClass::Questionable : MatrixClass::FillIn );
      result.append( r );
    }
    std::sort( result.begin(), result.end(),
               []( const RankedProject &a, const RankedProject &b )
               {
                 // compare rounded scores so that floating-point noise never reorders equal projects
                 const qint64 sa = std::llround( a.score * 1e6 );
                 const qint64 sb = std::llround( b.score * 1e6 );
                 return sa != sb ? sa > sb : a.id < b.id;
               } );
    for ( int i = 0; i < result.size(); ++i )
    {
      RankedProject &r = result[i];
      r.rank = i + 1;
      r.explanation = QCoreApplication::translate( "vigie::roadmap", "#%1 %2: score %3 = impact %4 (%5/10) + cost %6 (%7 € over %8 years) + feasibility %9 (%10/10) + demand %11 (%12 "
                          "votes); %13" )
                          .arg( r.rank )
                          .arg( r.title, number( r.score ), number( r.impact.contribution ), number( r.impact.raw ),
                                number( r.cost.contribution ), QLocale::c().toString( r.cost.raw, 'f', 0 ) )
                          .arg( options.costHorizonYears )
                          .arg( number( r.feasibility.contribution ), number( r.feasibility.raw ), number( r.demand.contribution ) )
                          .arg( static_cast<int>( r.demand.raw ) )
                          .arg( matrixClassDisplayName( r.matrixClass ) );
    }
    *ranking = result;
    return true;
  }
} // namespace vigie::roadmap
