// SPDX-License-Identifier: GPL-2.0-or-later
#include "lightinganalysis.h"

#include <QCoreApplication>
#include <QHash>

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
      a->retrofitYear.fill( 0, a->inventory.luminaires.size() );
    }

    //! The luminaire as the optimiser converts it to LED (optimiser.cpp, converted()).
    lighting::Luminaire convertedLuminaire( lighting::Luminaire l, const lighting::RetrofitParameters &retrofit )
    {
      const double flux = l.flux();
      l.technology = lighting::Technology::Led;
      l.powerW = flux / retrofit.ledEfficacy;
      l.driverLossW = l.powerW * retrofit.ledDriverLoss;
      l.control = lighting::Control::Dali;
      return l;
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

  bool LightingAnalysis::optimise( const lighting::OptimisationParameters &parameters, QString *errorMessage )
  {
    lighting::OptimisationResult r;
    if ( !lighting::optimise( inventory, parameters, &r, errorMessage ) )
      return false;
    this->parameters = parameters;
    result = std::move( r );
    optimised = true;
    // bands and classes as the result has them (they depend on the switch-off window)
    bands = result.bands;
    classes = result.classes;
    // which luminaire is converted in which year: units are cabinets, luminaires, or (cabinet unknown) streets
    QHash<QString, int> unitYear;
    for ( int y = 0; y < result.plan.size(); ++y )
    {
      for ( const QString &id : std::as_const( result.plan.at( y ).unitIds ) )
        unitYear.insert( id, y + 1 );
    }
    retrofitYear.fill( 0, inventory.luminaires.size() );
    const bool byCabinet = parameters.retrofit.byCabinet;
    for ( int i = 0; i < inventory.luminaires.size(); ++i )
    {
      const lighting::Luminaire &l = inventory.luminaires.at( i );
      if ( l.technology == lighting::Technology::Led )
        continue;
      QString id;
      if ( !byCabinet )
        id = l.id;
      else if ( !l.cabinet.isEmpty() )
        id = l.cabinet;
      else
        id = QCoreApplication::translate( "vigie", "street %1" )
                 .arg( l.segment >= 0 ? inventory.segments.at( l.segment ).id : QCoreApplication::translate( "vigie", "none" ) );
      retrofitYear[i] = unitYear.value( id, 0 );
    }
    return true;
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
    double total = 0;
    for ( const lighting::Luminaire &l : inventory.luminaires )
      total += l.systemPowerW() / 1000.0;
    return QVector<double>( bands.size(), total );
  }

  QVector<double> LightingAnalysis::bandPowerAfterKw() const
  {
    if ( !optimised )
      return bandPowerBeforeKw();
    QVector<double> power( bands.size(), 0.0 );
    for ( int i = 0; i < inventory.luminaires.size(); ++i )
    {
      const lighting::Luminaire l = retrofitYear.value( i ) > 0 ? convertedLuminaire( inventory.luminaires.at( i ), parameters.retrofit )
                                                                : inventory.luminaires.at( i );
      const double full = l.systemPowerW() / 1000.0, floor = l.powerFloor();
      for ( int b = 0; b < bands.size(); ++b )
      {
        const double x = level( i, b );
        power[b] += x > 0 ? full * ( floor + ( 1.0 - floor ) * x ) : 0.0;
      }
    }
    return power;
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
    double saving = result.baseline.eur - result.dimmingOnly.eur;
    for ( int y = 0; y <= planYear && y < result.plan.size(); ++y )
      saving += result.plan.at( y ).eurSaved;
    return saving;
  }
} // namespace vigie
