// SPDX-License-Identifier: GPL-2.0-or-later
#include "lightinganalysis.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie
{
  namespace
  {
    void prepare( LightingAnalysis *a )
    {
      a->bands = lighting::nightBands( a->inventory, a->parameters );
      a->classes = lighting::segmentClasses( a->inventory, a->bands );
      a->segmentLuminaires = QVector<QVector<int>>( a->inventory.segments.size() );
      for ( int i = 0; i < a->inventory.luminaires.size(); ++i )
      {
        const int s = a->inventory.luminaires.at( i ).segment;
        if ( s >= 0 && s < a->segmentLuminaires.size() )
          a->segmentLuminaires[s].append( i );
      }
    }
  } // namespace

  bool LightingAnalysis::load( const QString &territoryPath, const lighting::OptimisationParameters &parameters, LightingAnalysis *analysis,
                               QString *errorMessage )
  {
    LightingAnalysis a;
    a.territoryPath = territoryPath;
    a.parameters = parameters;
    if ( !lighting::loadInventory( territoryPath, &a.inventory, errorMessage ) )
      return false;
    prepare( &a );
    *analysis = std::move( a );
    return true;
  }

  LightingAnalysis LightingAnalysis::fromInventory( const lighting::Inventory &inventory,
                                                    const lighting::OptimisationParameters &parameters )
  {
    LightingAnalysis a;
    a.inventory = inventory;
    a.parameters = parameters;
    prepare( &a );
    return a;
  }

  lighting::OptimisationStatus LightingAnalysis::optimise( const lighting::OptimisationParameters &parameters,
                                                           const lighting::OptimisationControl &control, QString *errorMessage )
  {
    lighting::OptimisationResult r;
    const lighting::OptimisationStatus status = lighting::optimise( inventory, parameters, control, &r, errorMessage );
    if ( status != lighting::OptimisationStatus::Done )
      return status;
    this->parameters = parameters;
    result = std::move( r );
    optimised = true;
    // bands and classes as the result has them (they depend on the switch-off window)
    bands = result.bands;
    classes = result.classes;
    return status;
  }

  int LightingAnalysis::litStreetCount() const
  {
    int n = 0;
    for ( const QVector<int> &s : segmentLuminaires )
      n += s.isEmpty() ? 0 : 1;
    return n;
  }

  QVector<double> LightingAnalysis::bandPowerBeforeKw() const
  {
    if ( optimised )
    {
      QVector<double> power;
      for ( const lighting::BandPower &p : result.nightProfile )
        power << p.beforeKw;
      return power;
    }
    double total = 0;
    for ( const lighting::Luminaire &l : inventory.luminaires )
      total += l.systemPowerW() / 1000.0;
    return QVector<double>( bands.size(), total );
  }

  QVector<double> LightingAnalysis::bandPowerAfterKw() const
  {
    if ( !optimised )
      return bandPowerBeforeKw();
    QVector<double> power;
    for ( const lighting::BandPower &p : result.nightProfile )
      power << p.afterKw;
    return power;
  }

  int LightingAnalysis::retrofitYear( int luminaire ) const
  {
    return optimised ? result.retrofitYear.value( luminaire ) : 0;
  }

  double LightingAnalysis::level( int luminaire, int band ) const
  {
    if ( !optimised )
      return 1.0;
    const int index = luminaire * bands.size() + band;
    return index >= 0 && index < result.levels.size() ? static_cast<double>( result.levels.at( index ) ) : 1.0;
  }

  double LightingAnalysis::meanLevel( int luminaire ) const
  {
    double hours = 0, sum = 0;
    for ( int b = 0; b < bands.size(); ++b )
    {
      hours += bands.at( b ).hours;
      sum += bands.at( b ).hours * level( luminaire, b );
    }
    return hours > 0 ? sum / hours : 1.0;
  }

  double LightingAnalysis::streetLevel( int segment, int band ) const
  {
    double flux = 0, sum = 0;
    for ( const int i : segmentLuminaires.value( segment ) )
    {
      const double f = inventory.luminaires.at( i ).flux();
      flux += f;
      sum += f * level( i, band );
    }
    return flux > 0 ? sum / flux : 1.0;
  }

  QString LightingAnalysis::streetProfileText( int segment ) const
  {
    QStringList parts;
    int start = 0;
    for ( int b = 1; b <= bands.size(); ++b )
    {
      const int percent = qRound( streetLevel( segment, start ) * 100 );
      if ( b < bands.size() && qRound( streetLevel( segment, b ) * 100 ) == percent )
        continue;
      const QString from = bands.at( start ).label().section( QLatin1Char( '-' ), 0, 0 );
      const QString to = bands.at( b - 1 ).label().section( QLatin1Char( '-' ), 1, 1 );
      parts << QCoreApplication::translate( "vigie", "%1 % %2-%3" ).arg( percent ).arg( from, to );
      start = b;
    }
    return parts.join( QStringLiteral( ", " ) );
  }

  double LightingAnalysis::yearlySavingEur( int planYear ) const
  {
    if ( !optimised )
      return 0;
    if ( planYear < 0 || result.plan.isEmpty() )
      return result.baseline.eur - result.dimmingOnly.eur;
    return result.plan.at( std::min<int>( planYear, result.plan.size() - 1 ) ).eurSavedPerYearToDate;
  }
} // namespace vigie
