// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTING_OPTIMISER_H
#define VIGIE_LIGHTING_OPTIMISER_H

#include "en13201.h"
#include "inventory.h"
#include "vigie_lighting_export.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace vigie::lighting
{
  /**
   * \brief Tariff, carbon factor and switching times. French defaults:
   * - tariff: regulated "Tarif Bleu" option Heures Pleines / Heures Creuses for small
   *   supplies (≤ 36 kVA, what most lighting cabinets have), 1 February 2025, TTC:
   *   0.2146 €/kWh peak, 0.1696 €/kWh off-peak; off-peak hours 22:00-06:00 (the usual
   *   Enedis window). Check the commune's own contract: prices change every year.
   * - carbon: 0.052 kg CO₂e/kWh, ADEME Base Empreinte, "Électricité - 2022 - mix moyen -
   *   consommation" (France mainland average mix); the older ADEME "usage: éclairage"
   *   seasonal factor (≈ 0.1 kg/kWh) can be set instead.
   * - switching: the cabinet's astronomical clock, on at sunset and off at sunrise
   *   (zenith 90.833°, NOAA), Europe/Paris clock time.
   */
  struct VIGIE_LIGHTING_EXPORT EnergyParameters
  {
    double peakPrice = 0.2146;    //!< €/kWh
    double offPeakPrice = 0.1696; //!< €/kWh
    int offPeakStart = 22 * 60;   //!< local minutes after midnight
    int offPeakEnd = 6 * 60;
    double co2KgPerKwh = 0.052;
    int year = 2025;
    QByteArray timeZone = QByteArrayLiteral( "Europe/Paris" );
    double switchZenith = 90.833;
    double switchOffsetMinutes = 0;
  };

  //! LED retrofit economics (orders of magnitude of French municipal tenders, to be set by the commune).
  struct VIGIE_LIGHTING_EXPORT RetrofitParameters
  {
    double budgetPerYear = 1'000'000; //!< € per year, gross investment; 0 = no retrofit
    int years = 6; //!< one municipal mandate
    double costPerLuminaire = 650;   //!< € supplied and fitted, LED lantern with DALI driver
    double costPerCabinet = 2000;    //!< € per cabinet converted (visit, astronomical clock/controller)
    double ceePerLuminaire = 60;     //!< € of CEE (energy-saving certificates, sheet RES-EC-104) per luminaire
    double ledEfficacy = 140;        //!< lm/W of the new LED lamps
    double ledDriverLoss = 0.08;     //!< driver loss as a share of the LED power
    double discountRate = 0.04;
    int horizonYears = 20;           //!< NPV horizon from the first plan year (LED life ≈ 20 years)
    bool byCabinet = true;           //!< units are whole cabinets; false: each luminaire
    double mipGap = 0.005;           //!< relative gap (to GLPK's bound) at which branch and cut stops
    double timeLimitSeconds = 20;
  };

  struct VIGIE_LIGHTING_EXPORT OptimisationParameters
  {
    EnergyParameters energy;
    RetrofitParameters retrofit;
    //! Switch-off window (arrêté of 27 December 2018: the commune may switch off at night);
    //! applied to pedestrian and residential streets (P classes) only; start == end: none.
    int switchOffStart = 0;
    int switchOffEnd = 0;
    /**
     * Uniformity guard: on a street, no group of luminaires is dimmed below this share of
     * another group's level (dimming all luminaires of a street alike keeps U₀ and U_l of the
     * design; dimming some and not others is limited so that U₀ keeps its design margin).
     */
    double uniformityGuard = 0.6;
    bool hasSwitchOff() const { return switchOffStart != switchOffEnd; }
  };

  //! A band of local clock time in the night.
  struct VIGIE_LIGHTING_EXPORT TimeBand
  {
    int start = 0;     //!< minutes after 12:00 local
    int end = 0;
    double hours = 0;  //!< lit hours per year in the band
    double price = 0;  //!< €/kWh
    bool switchOff = false;
    QString label() const; //!< "22:00-23:00"
  };

  //! The class of one street, at design (busiest lit band) and per band.
  struct VIGIE_LIGHTING_EXPORT SegmentClasses
  {
    ClassChoice design;
    QVector<LightingClass> bandClass;
  };

  //! One cell of the compliance table.
  struct VIGIE_LIGHTING_EXPORT ComplianceCell
  {
    int segment = -1;
    int band = -1;
    LightingClass required;
    double requiredRatio = 1;  //!< required level / design level
    double deliveredRatio = 1; //!< delivered flux / design flux
    double uniformityRatio = 1; //!< lowest / highest group level on the street
    bool switchedOff = false;
    bool compliant = true;
  };

  struct VIGIE_LIGHTING_EXPORT Figures
  {
    double kwh = 0;
    double eur = 0;
    double tco2 = 0;
  };

  struct VIGIE_LIGHTING_EXPORT PlanYear
  {
    int year = 0;
    int units = 0;
    int luminaires = 0;
    double cost = 0;
    double subsidies = 0;
    double kwhSaved = 0; //!< yearly saving of what is converted that year
    double eurSaved = 0;
    QStringList unitIds;
  };

  struct VIGIE_LIGHTING_EXPORT OptimisationResult
  {
    QVector<TimeBand> bands;
    double yearlyHours = 0;
    QVector<SegmentClasses> classes; //!< per segment of the inventory
    Figures baseline;    //!< today's schedule: every luminaire at full power all night
    Figures dimmingOnly; //!< today's luminaires with adaptive dimming
    Figures optimised;   //!< after the retrofit plan, with adaptive dimming
    double savingRatio = 0;
    QVector<ComplianceCell> compliance; //!< after the plan, lit streets x bands
    int compliantCells = 0;
    double complianceRatio = 1;
    QVector<float> levels;  //!< after the plan: level of luminaire i in band b at [i * bands + b]
    QVector<PlanYear> plan;
    int unitsConsidered = 0;
    double investment = 0;
    double subsidies = 0;
    double paybackYears = 0; //!< net investment / yearly € saved by the retrofit
    double npv = 0;          //!< MILP objective (€)
    double lpBound = 0;      //!< LP relaxation (€)
    double gap = 0;          //!< (lpBound − npv) / lpBound
    bool retrofitOptimal = false; //!< GLPK proved the plan within mipGap of the optimum
    int lpCount = 0; //!< GLPK simplex runs of the dimming (streets with three or more dimmable groups)
    double dimmingSeconds = 0;
    double retrofitSeconds = 0;
    double seconds = 0;
  };

  //! Night bands: every hour, split at the off-peak and switch-off boundaries; with their lit hours over the year.
  VIGIE_LIGHTING_EXPORT QVector<TimeBand> nightBands( const Inventory &inventory, const OptimisationParameters &parameters );
  //! Class of every segment at design and in every band (table-driven, see en13201.h).
  VIGIE_LIGHTING_EXPORT QVector<SegmentClasses> segmentClasses( const Inventory &inventory, const QVector<TimeBand> &bands );

  /**
   * \brief Adaptive dimming (the LP of every street and band, solved exactly street by street)
   * and the LED retrofit plan (MILP, GLPK branch and cut, bounded by its LP relaxation); see
   * optimiser.cpp for the model. False with a message for invalid parameters or a budget that cannot buy
   * anything (the cheapest unit costs more than the yearly budget).
   */
  VIGIE_LIGHTING_EXPORT bool optimise( const Inventory &inventory, const OptimisationParameters &parameters, OptimisationResult *result,
                                       QString *errorMessage );
} // namespace vigie::lighting

#endif
