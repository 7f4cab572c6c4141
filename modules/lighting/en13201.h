// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTING_EN13201_H
#define VIGIE_LIGHTING_EN13201_H

#include "vigie_lighting_export.h"

#include <QString>
#include <QVector>

namespace vigie::lighting
{
  //! Lighting class families of EN 13201-2: motorised traffic, conflict areas, pedestrian areas.
  enum class ClassFamily
  {
    M,
    C,
    P
  };

  //! One EN 13201-2 class ("M4", "C2", "P3").
  struct VIGIE_LIGHTING_EXPORT LightingClass
  {
    ClassFamily family = ClassFamily::M;
    int number = 0; //!< M1..M6, C0..C5, P1..P6

    QString name() const;
    bool operator==( const LightingClass &other ) const { return family == other.family && number == other.number; }
    bool operator!=( const LightingClass &other ) const { return !( *this == other ); }
  };

  //! Maintained performance requirements of one class (EN 13201-2:2015 as summarised in ../shared/data/standards/en13201).
  struct ClassRequirement
  {
    LightingClass lightingClass;
    double average = 0;                //!< M: L̄ (cd/m²); C and P: Ē (lx)
    double overallUniformity = 0;      //!< U₀ min (M, C); 0 when not specified
    double longitudinalUniformity = 0; //!< U_l min (M only)
    double minimum = 0;                //!< P: E_min (lx)
  };

  //! The requirement table of a family, best class first.
  VIGIE_LIGHTING_EXPORT const QVector<ClassRequirement> &classRequirements( ClassFamily family );
  //! Requirement of one class; nullptr when the class does not exist.
  VIGIE_LIGHTING_EXPORT const ClassRequirement *classRequirement( const LightingClass &lightingClass );
  //! Parses "M3", "c0", "P6"; false for anything else (M7, X1, P7 which has no requirement).
  VIGIE_LIGHTING_EXPORT bool parseClass( const QString &text, LightingClass *lightingClass );
  //! Unit of the family's main quantity ("cd/m²" or "lx").
  VIGIE_LIGHTING_EXPORT QString familyUnit( ClassFamily family );

  //! Road category of a street, from its French type of way; decides the class family and the default parameters.
  enum class RoadCategory
  {
    Expressway,  //!< AUTO, TUN, VIAD, ROCADE: separated carriageways, motorised traffic only
    Distributor, //!< AV, BD, RTE, QUAI, PONT, CHEM, VOIE: urban through roads
    Street,      //!< RUE and unknown types
    Conflict,    //!< RDPT, CARR: roundabouts and junctions (C classes)
    Residential, //!< IMP, ALL, CITE, HAM, LOT, RES, SQ, COUR: quiet access roads
    Pedestrian   //!< PL, PARV, ESPL, PROM, PASS, ESC, SENT, PARC, JARD: places, squares and footpaths
  };
  VIGIE_LIGHTING_EXPORT RoadCategory roadCategory( const QString &frenchRoadType );
  VIGIE_LIGHTING_EXPORT QString roadCategoryName( RoadCategory category );

  //! Traffic composition (CEN/TR 13201-1 parameter).
  enum class Composition
  {
    MotorisedOnly,
    Mixed,              //!< motor vehicles with some pedestrians and cyclists
    MixedNonMotorised,  //!< mixed with a high share of pedestrians and cyclists
    PedestriansOnly
  };
  enum class Ambient
  {
    Low,
    Moderate,
    High
  };

  //! The CEN/TR 13201-1 parameters of one road in one time band.
  struct VIGIE_LIGHTING_EXPORT RoadParameters
  {
    ClassFamily family = ClassFamily::M;
    double speedKmh = 50;
    double trafficPerHour = 0; //!< vehicles per hour, both directions, in the band
    Composition composition = Composition::Mixed;
    bool separatedCarriageways = false;
    bool highJunctionDensity = false;
    bool parkedVehicles = true;
    Ambient ambient = Ambient::Moderate;
    int navigation = 0; //!< 0 easy, 1 difficult, 2 very difficult

    //! Default parameters of a category (family from the category and the speed limit: M from 50 km/h up).
    static RoadParameters forCategory( RoadCategory category, double speedKmh );
  };

  //! A selected class with the weighting sum and a one-line explanation of every weight.
  struct VIGIE_LIGHTING_EXPORT ClassChoice
  {
    LightingClass lightingClass;
    double weightSum = 0;
    QString explanation;
  };

  /**
   * \brief Table-driven CEN/TR 13201-1 selection: class number = 6 − ΣV_W, rounded to the
   * nearer class, ties toward the better-lit class (4.5 → 4), clipped to the family's range.
   * The weighting tables (speed, traffic volume, composition, separation, junctions,
   * parked vehicles, ambient luminosity, navigation) are in en13201.cpp. Without \a explain
   * the explanation stays empty (fast path for every band of every street).
   */
  VIGIE_LIGHTING_EXPORT ClassChoice selectClass( const RoadParameters &parameters, bool explain = true );

  /**
   * Hourly traffic (vehicles per hour, index 0 = 00:00-01:00) from a daily volume. When
   * the morning and evening peak-hour counts are known, hours 8 and 17 take them and the
   * other hours share the rest of the day along the category's profile.
   */
  VIGIE_LIGHTING_EXPORT QVector<double> hourlyTraffic( RoadCategory category, double dailyVehicles, double peakMorning = -1,
                                                      double peakEvening = -1 );
  //! Daily traffic assumed when a street has no count (vehicles/day).
  VIGIE_LIGHTING_EXPORT double defaultDailyTraffic( RoadCategory category );
} // namespace vigie::lighting

#endif
