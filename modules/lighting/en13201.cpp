// SPDX-License-Identifier: GPL-2.0-or-later
#include "en13201.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace vigie::lighting
{
  namespace
  {

    //! Text of a weight row, marked for lupdate; the comment tells the translator what it qualifies (gender in French).
    struct Label
    {
      const char *source;
      const char *comment;
    };

    //! One row of a weighting table: applies when the value is >= threshold (rows from the highest threshold down).
    struct Weight
    {
      double threshold;
      double weight;
      Label label; //!< translated when the explanation is written
    };

    QString translated( const Label &label )
    {
      return QCoreApplication::translate( "vigie::lighting", label.source, label.comment );
    }

    //! Picks the first row whose threshold the value reaches (the last row catches everything).
    const Weight &pick( const QVector<Weight> &table, double value )
    {
      for ( const Weight &w : table )
      {
        if ( value >= w.threshold )
          return w;
      }
      return table.constLast();
    }

    // Design speed (km/h). M: very high ≥ 100 → 2, high 70–100 → 1, moderate 40–70 → −1, low ≤ 40 → −2.
    const QVector<Weight> kSpeedM = { { 100, 2, QT_TRANSLATE_NOOP3( "vigie::lighting", "very high", "speed" ) },
                                      { 70, 1, QT_TRANSLATE_NOOP3( "vigie::lighting", "high", "speed" ) },
                                      { 40.5, -1, QT_TRANSLATE_NOOP3( "vigie::lighting", "moderate", "speed" ) },
                                      { -1, -2, QT_TRANSLATE_NOOP3( "vigie::lighting", "low", "speed" ) } };
    // C: speed weighs more heavily than for M.
    const QVector<Weight> kSpeedC = { { 100, 3, QT_TRANSLATE_NOOP3( "vigie::lighting", "very high", "speed" ) },
                                      { 70, 2, QT_TRANSLATE_NOOP3( "vigie::lighting", "high", "speed" ) },
                                      { 40.5, 0, QT_TRANSLATE_NOOP3( "vigie::lighting", "moderate", "speed" ) },
                                      { -1, -1, QT_TRANSLATE_NOOP3( "vigie::lighting", "low", "speed" ) } };
    // P: low speed (vehicles, ≤ 40 km/h) → 1, walking speed → 0.
    const QVector<Weight> kSpeedP = { { 6, 1, QT_TRANSLATE_NOOP3( "vigie::lighting", "low (vehicles)", "speed" ) },
                                      { -1, 0, QT_TRANSLATE_NOOP3( "vigie::lighting", "walking", "speed" ) } };
    // Traffic volume in the band, vehicles per hour both directions (urban two-lane roads:
    // capacity ≈ 1,800 veh/h, thresholds ≈ 65 %, 33 %, 14 % and 4 % of it).
    const QVector<Weight> kTrafficMC = { { 1200, 1, QT_TRANSLATE_NOOP3( "vigie::lighting", "very high", "traffic" ) },
                                         { 600, 0.5, QT_TRANSLATE_NOOP3( "vigie::lighting", "high", "traffic" ) },
                                         { 250, 0, QT_TRANSLATE_NOOP3( "vigie::lighting", "moderate", "traffic" ) },
                                         { 80, -0.5, QT_TRANSLATE_NOOP3( "vigie::lighting", "low", "traffic" ) },
                                         { -1, -1, QT_TRANSLATE_NOOP3( "vigie::lighting", "very low", "traffic" ) } };
    // P: intensity of use, from the motor traffic of the street.
    const QVector<Weight> kUseP = { { 150, 1, QT_TRANSLATE_NOOP3( "vigie::lighting", "busy", "intensity of use" ) },
                                    { 20, 0, QT_TRANSLATE_NOOP3( "vigie::lighting", "normal", "intensity of use" ) },
                                    { -1, -1, QT_TRANSLATE_NOOP3( "vigie::lighting", "quiet", "intensity of use" ) } };

    double compositionWeight( ClassFamily family, Composition composition, QString *label )
    {
      switch ( composition )
      {
      case Composition::MotorisedOnly:
        if ( label )
          *label = QCoreApplication::translate( "vigie::lighting", "motorised only" );
        return family == ClassFamily::P ? 0 : 0;
      case Composition::Mixed:
        if ( label )
          *label = QCoreApplication::translate( "vigie::lighting", "mixed" );
        return 1;
      case Composition::MixedNonMotorised:
        if ( label )
          *label = QCoreApplication::translate( "vigie::lighting", "mixed, many pedestrians and cyclists" );
        return family == ClassFamily::P ? 1 : 2;
      case Composition::PedestriansOnly:
        if ( label )
          *label = QCoreApplication::translate( "vigie::lighting", "pedestrians only" );
        return 0;
      }
      return 0;
    }

    double ambientWeight( Ambient ambient, QString *label )
    {
      switch ( ambient )
      {
      case Ambient::Low:
        if ( label )
          *label = QCoreApplication::translate( "vigie::lighting", "low" );
        return -1;
      case Ambient::Moderate:
        if ( label )
          *label = QCoreApplication::translate( "vigie::lighting", "moderate" );
        return 0;
      case Ambient::High:
        if ( label )
          *label = QCoreApplication::translate( "vigie::lighting", "high" );
        return 1;
      }
      return 0;
    }

    QString signedNumber( double v )
    {
      return ( v > 0 ? QStringLiteral( "+" ) : QString() ) + QString::number( v );
    }
  } // namespace

  QString LightingClass::name() const
  {
    const QChar letter = family == ClassFamily::M ? QLatin1Char( 'M' ) : family == ClassFamily::C ? QLatin1Char( 'C' ) : QLatin1Char( 'P' );
    return QString( letter ) + QString::number( number );
  }

  const QVector<ClassRequirement> &classRequirements( ClassFamily family )
  {
    // EN 13201-2:2015 maintained values (summary in ../shared/data/standards/en13201).
    static const QVector<ClassRequirement> m = {
        { { ClassFamily::M, 1 }, 2.00, 0.40, 0.70, 0 }, { { ClassFamily::M, 2 }, 1.50, 0.40, 0.70, 0 },
        { { ClassFamily::M, 3 }, 1.00, 0.40, 0.60, 0 }, { { ClassFamily::M, 4 }, 0.75, 0.40, 0.60, 0 },
        { { ClassFamily::M, 5 }, 0.50, 0.35, 0.40, 0 }, { { ClassFamily::M, 6 }, 0.30, 0.35, 0.40, 0 } };
    static const QVector<ClassRequirement> c = { { { ClassFamily::C, 0 }, 50.0, 0.40, 0, 0 }, { { ClassFamily::C, 1 }, 30.0, 0.40, 0, 0 },
                                                 { { ClassFamily::C, 2 }, 20.0, 0.40, 0, 0 }, { { ClassFamily::C, 3 }, 15.0, 0.40, 0, 0 },
                                                 { { ClassFamily::C, 4 }, 10.0, 0.40, 0, 0 }, { { ClassFamily::C, 5 }, 7.50, 0.40, 0, 0 } };
    static const QVector<ClassRequirement> p = { { { ClassFamily::P, 1 }, 15.0, 0, 0, 3.00 }, { { ClassFamily::P, 2 }, 10.0, 0, 0, 2.00 },
                                                 { { ClassFamily::P, 3 }, 7.50, 0, 0, 1.50 }, { { ClassFamily::P, 4 }, 5.00, 0, 0, 1.00 },
                                                 { { ClassFamily::P, 5 }, 3.00, 0, 0, 0.60 }, { { ClassFamily::P, 6 }, 2.00, 0, 0, 0.40 } };
    return family == ClassFamily::M ? m : family == ClassFamily::C ? c : p;
  }

  const ClassRequirement *classRequirement( const LightingClass &lightingClass )
  {
    for ( const ClassRequirement &r : classRequirements( lightingClass.family ) )
    {
      if ( r.lightingClass == lightingClass )
        return &r;
    }
    return nullptr;
  }

  bool parseClass( const QString &text, LightingClass *lightingClass )
  {
    const QString t = text.trimmed().toUpper();
    if ( t.size() != 2 || !t.at( 1 ).isDigit() )
      return false;
    LightingClass c;
    const QChar f = t.at( 0 );
    if ( f == QLatin1Char( 'M' ) )
      c.family = ClassFamily::M;
    else if ( f == QLatin1Char( 'C' ) )
      c.family = ClassFamily::C;
    else if ( f == QLatin1Char( 'P' ) )
      c.family = ClassFamily::P;
    else
      return false;
    c.number = t.at( 1 ).digitValue();
    if ( !classRequirement( c ) )
      return false;
    if ( lightingClass )
      *lightingClass = c;
    return true;
  }

  QString familyUnit( ClassFamily family )
  {
    return family == ClassFamily::M ? QStringLiteral( "cd/m²" ) : QStringLiteral( "lx" );
  }

  RoadCategory roadCategory( const QString &frenchRoadType )
  {
    static const QHash<QString, RoadCategory> table = {
        { QStringLiteral( "AUTO" ), RoadCategory::Expressway },  { QStringLiteral( "TUN" ), RoadCategory::Expressway },
        { QStringLiteral( "VIAD" ), RoadCategory::Expressway },  { QStringLiteral( "ROC" ), RoadCategory::Expressway },
        { QStringLiteral( "AV" ), RoadCategory::Distributor },   { QStringLiteral( "BD" ), RoadCategory::Distributor },
        { QStringLiteral( "RTE" ), RoadCategory::Distributor },  { QStringLiteral( "QUAI" ), RoadCategory::Distributor },
        { QStringLiteral( "PONT" ), RoadCategory::Distributor }, { QStringLiteral( "CHEM" ), RoadCategory::Distributor },
        { QStringLiteral( "VOIE" ), RoadCategory::Distributor }, { QStringLiteral( "DESC" ), RoadCategory::Distributor },
        { QStringLiteral( "CRS" ), RoadCategory::Distributor },  { QStringLiteral( "RUE" ), RoadCategory::Street },
        { QStringLiteral( "RDPT" ), RoadCategory::Conflict },    { QStringLiteral( "CARR" ), RoadCategory::Conflict },
        { QStringLiteral( "IMP" ), RoadCategory::Residential },  { QStringLiteral( "ALL" ), RoadCategory::Residential },
        { QStringLiteral( "CITE" ), RoadCategory::Residential }, { QStringLiteral( "HAM" ), RoadCategory::Residential },
        { QStringLiteral( "LOT" ), RoadCategory::Residential },  { QStringLiteral( "RES" ), RoadCategory::Residential },
        { QStringLiteral( "SQ" ), RoadCategory::Residential },   { QStringLiteral( "SQUA" ), RoadCategory::Residential },
        { QStringLiteral( "COUR" ), RoadCategory::Residential }, { QStringLiteral( "CHE" ), RoadCategory::Residential },
        { QStringLiteral( "PL" ), RoadCategory::Pedestrian },    { QStringLiteral( "PARV" ), RoadCategory::Pedestrian },
        { QStringLiteral( "ESPL" ), RoadCategory::Pedestrian },  { QStringLiteral( "PROM" ), RoadCategory::Pedestrian },
        { QStringLiteral( "PASS" ), RoadCategory::Pedestrian },  { QStringLiteral( "ESC" ), RoadCategory::Pedestrian },
        { QStringLiteral( "SENT" ), RoadCategory::Pedestrian },  { QStringLiteral( "PARC" ), RoadCategory::Pedestrian },
        { QStringLiteral( "JARD" ), RoadCategory::Pedestrian },  { QStringLiteral( "GAL" ), RoadCategory::Pedestrian },
    };
    return table.value( frenchRoadType.trimmed().toUpper(), RoadCategory::Street );
  }

  QString roadCategoryName( RoadCategory category )
  {
    switch ( category )
    {
    case RoadCategory::Expressway:
      return QCoreApplication::translate( "vigie::lighting", "expressway" );
    case RoadCategory::Distributor:
      return QCoreApplication::translate( "vigie::lighting", "distributor road" );
    case RoadCategory::Street:
      return QCoreApplication::translate( "vigie::lighting", "street" );
    case RoadCategory::Conflict:
      return QCoreApplication::translate( "vigie::lighting", "roundabout or junction" );
    case RoadCategory::Residential:
      return QCoreApplication::translate( "vigie::lighting", "residential access road" );
    case RoadCategory::Pedestrian:
      return QCoreApplication::translate( "vigie::lighting", "pedestrian area" );
    }
    return QString();
  }

  RoadParameters RoadParameters::forCategory( RoadCategory category, double speedKmh )
  {
    RoadParameters p;
    p.speedKmh = speedKmh;
    switch ( category )
    {
    case RoadCategory::Expressway:
      p.family = ClassFamily::M;
      p.composition = Composition::MotorisedOnly;
      p.separatedCarriageways = true;
      p.parkedVehicles = false;
      break;
    case RoadCategory::Distributor:
    case RoadCategory::Street:
      p.family = speedKmh >= 45 ? ClassFamily::M : ClassFamily::P;
      break;
    case RoadCategory::Conflict:
      p.family = ClassFamily::C;
      p.parkedVehicles = false;
      p.navigation = 1;
      break;
    case RoadCategory::Residential:
      p.family = ClassFamily::P;
      break;
    case RoadCategory::Pedestrian:
      p.family = ClassFamily::P;
      p.speedKmh = 5;
      p.composition = Composition::PedestriansOnly;
      p.parkedVehicles = false;
      p.ambient = Ambient::High;
      break;
    }
    return p;
  }

  ClassChoice selectClass( const RoadParameters &p, bool explain )
  {
    QStringList parts;
    double sum = 0;
    // the text of a weight is built only when the choice is explained
    auto add = [&]( double weight, auto &&text )
    {
      sum += weight;
      if ( explain )
        parts << text() + QLatin1Char( ' ' ) + signedNumber( weight );
    };
    const bool pFamily = p.family == ClassFamily::P;
    const Weight &speed = pick( p.family == ClassFamily::M ? kSpeedM : p.family == ClassFamily::C ? kSpeedC : kSpeedP, p.speedKmh );
    add( speed.weight,
         [&]() -> QString
         {
           return QCoreApplication::translate( "vigie::lighting", "speed %1 km/h" ).arg( p.speedKmh ) + QLatin1Char( ' ' ) +
                  translated( speed.label );
         } );
    const Weight &traffic = pick( pFamily ? kUseP : kTrafficMC, p.trafficPerHour );
    add( traffic.weight,
         [&]() -> QString
         {
           return ( pFamily ? QCoreApplication::translate( "vigie::lighting", "use %1 veh/h" )
                            : QCoreApplication::translate( "vigie::lighting", "traffic %1 veh/h" ) )
                      .arg( std::round( p.trafficPerHour ) ) +
                  QLatin1Char( ' ' ) + translated( traffic.label );
         } );
    QString label;
    const double composition = compositionWeight( p.family, p.composition, explain ? &label : nullptr );
    add( composition,
         [&]() -> QString { return QCoreApplication::translate( "vigie::lighting", "composition" ) + QLatin1Char( ' ' ) + label; } );
    if ( !pFamily )
      add( p.separatedCarriageways ? 0 : 1,
           [&]() -> QString
           {
             return QCoreApplication::translate( "vigie::lighting", "carriageways" ) + QLatin1Char( ' ' ) +
                    ( p.separatedCarriageways ? QCoreApplication::translate( "vigie::lighting", "separated" )
                                              : QCoreApplication::translate( "vigie::lighting", "not separated" ) );
           } );
    if ( p.family == ClassFamily::M )
      add( p.highJunctionDensity ? 1 : 0,
           [&]() -> QString
           {
             return QCoreApplication::translate( "vigie::lighting", "junctions" ) + QLatin1Char( ' ' ) +
                    ( p.highJunctionDensity ? QCoreApplication::translate( "vigie::lighting", "many" )
                                            : QCoreApplication::translate( "vigie::lighting", "moderate" ) );
           } );
    add( p.parkedVehicles ? 0.5 : 0,
         [&]() -> QString
         {
           return QCoreApplication::translate( "vigie::lighting", "parked vehicles" ) + QLatin1Char( ' ' ) +
                  ( p.parkedVehicles ? QCoreApplication::translate( "vigie::lighting", "present" )
                                     : QCoreApplication::translate( "vigie::lighting", "none" ) );
         } );
    QString ambientLabel;
    const double ambient = ambientWeight( p.ambient, explain ? &ambientLabel : nullptr );
    add( ambient,
         [&]() -> QString
         { return QCoreApplication::translate( "vigie::lighting", "ambient luminosity" ) + QLatin1Char( ' ' ) + ambientLabel; } );
    if ( !pFamily )
    {
      const int nav = std::clamp( p.navigation, 0, 2 );
      add( nav,
           [&]() -> QString
           {
             return QCoreApplication::translate( "vigie::lighting", "navigation" ) + QLatin1Char( ' ' ) +
                    ( nav == 0   ? QCoreApplication::translate( "vigie::lighting", "easy" )
                      : nav == 1 ? QCoreApplication::translate( "vigie::lighting", "difficult" )
                                 : QCoreApplication::translate( "vigie::lighting", "very difficult" ) );
           } );
    }

    const QVector<ClassRequirement> &table = classRequirements( p.family );
    const int best = table.constFirst().lightingClass.number;
    const int worst = table.constLast().lightingClass.number;
    const double raw = 6.0 - sum;
    // nearest class; a tie (x.5) goes to the better-lit class, as in the CEN/TR example (4.5 → M4)
    const int number = std::clamp( static_cast<int>( std::ceil( raw - 0.5 ) ), best, worst );
    ClassChoice choice;
    choice.lightingClass = LightingClass{ p.family, number };
    choice.weightSum = sum;
    if ( explain )
      choice.explanation = QCoreApplication::translate( "vigie::lighting", "%1: 6 − ΣV = 6 − %2 = %3 (%4)" )
                               .arg( choice.lightingClass.name() )
                               .arg( sum )
                               .arg( raw )
                               .arg( parts.join( QStringLiteral( "; " ) ) );
    return choice;
  }

  QVector<double> hourlyTraffic( RoadCategory category, double dailyVehicles, double peakMorning, double peakEvening )
  {
    // Share of the daily traffic per hour on French urban roads on a working day (order of
    // magnitude of CEREMA urban counting profiles; residential streets are emptier at night).
    static const double through[24] = { 0.9, 0.5, 0.35, 0.3, 0.4, 1.0, 2.8, 5.8, 7.2, 5.6, 5.0, 5.4,
                                        5.8, 5.5, 5.5,  5.9, 6.6, 7.6, 7.4, 5.9, 4.2, 3.2, 2.5, 1.6 };
    static const double local[24] = { 0.6, 0.3, 0.2, 0.15, 0.2, 0.6, 2.5, 6.5, 7.8, 5.5, 5.0, 5.5,
                                      6.0, 5.5, 5.3, 6.0,  7.0, 8.2, 7.8, 6.2, 4.0, 2.8, 2.0, 1.2 };
    const bool quiet = category == RoadCategory::Residential || category == RoadCategory::Pedestrian || category == RoadCategory::Street;
    const double *shape = quiet ? local : through;
    double total = 0;
    for ( int h = 0; h < 24; ++h )
      total += shape[h];
    QVector<double> hours( 24 );
    const double daily = std::max( 0.0, dailyVehicles );
    const bool peaks = peakMorning >= 0 && peakEvening >= 0 && peakMorning + peakEvening < daily;
    if ( !peaks )
    {
      for ( int h = 0; h < 24; ++h )
        hours[h] = daily * shape[h] / total;
      return hours;
    }
    const double rest = total - shape[8] - shape[17];
    for ( int h = 0; h < 24; ++h )
      hours[h] = ( daily - peakMorning - peakEvening ) * shape[h] / rest;
    hours[8] = peakMorning;
    hours[17] = peakEvening;
    return hours;
  }

  double defaultDailyTraffic( RoadCategory category )
  {
    switch ( category )
    {
    case RoadCategory::Expressway:
      return 30000;
    case RoadCategory::Distributor:
      return 10000;
    case RoadCategory::Conflict:
      return 12000;
    case RoadCategory::Street:
      return 2500;
    case RoadCategory::Residential:
      return 400;
    case RoadCategory::Pedestrian:
      return 100;
    }
    return 1000;
  }
} // namespace vigie::lighting
