// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTING_OPTIMISER_H
#define VIGIE_LIGHTING_OPTIMISER_H

#include "en13201.h"
#include "inventory.h"
#include "vigie_lighting_export.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <functional>

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
    int years = 6;                    //!< one municipal mandate
    double costPerLuminaire = 650;    //!< € supplied and fitted, LED lantern with DALI driver
    double costPerCabinet = 2000;     //!< € per cabinet converted (visit, astronomical clock/controller)
    double ceePerLuminaire = 60;      //!< € of CEE (energy-saving certificates, sheet RES-EC-104) per luminaire
    double ledEfficacy = 140;         //!< lm/W of the new LED lamps
    double ledDriverLoss = 0.08;      //!< driver loss as a share of the LED power
    double discountRate = 0.04;
    int horizonYears = 20; //!< NPV horizon from the first plan year (LED life ≈ 20 years)
    bool byCabinet = true; //!< units are whole cabinets; false: each luminaire
    double mipGap = 0.005; //!< relative gap (to GLPK's bound) at which branch and cut stops
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
    int start = 0; //!< minutes after 12:00 local
    int end = 0;
    double hours = 0; //!< lit hours per year in the band
    double price = 0; //!< €/kWh
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
    double requiredRatio = 1;   //!< required level / design level
    double deliveredRatio = 1;  //!< delivered flux / design flux
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
    // running totals, so that a chart or a script need not re-add the years
    int luminairesToDate = 0;       //!< converted from the first plan year up to this one
    double netInvestmentToDate = 0; //!< cost − CEE subsidies, from the first plan year up to this one (€)
    //! Yearly saving once this year's conversions are done: dimming of today's luminaires plus the
    //! unit savings of the conversions to date (€/year, kWh/year; unit savings add up to the
    //! run's retrofit saving within a few per mille: streets shared by units are solved together)
    double eurSavedPerYearToDate = 0;
    double kwhSavedPerYearToDate = 0;
  };

  //! Power drawn in one night band, all luminaires together (kW).
  struct VIGIE_LIGHTING_EXPORT BandPower
  {
    double beforeKw = 0;      //!< today's schedule: every luminaire at full power
    double dimmingOnlyKw = 0; //!< today's luminaires with adaptive dimming
    double afterKw = 0;       //!< after the whole plan, with adaptive dimming
  };

  //! One year of the investment against savings curve (cumulative sums at the end of the year).
  struct VIGIE_LIGHTING_EXPORT CashFlowYear
  {
    int year = 0;
    double netInvestment = 0; //!< € invested net of CEE subsidies since the first plan year
    double savings = 0;       //!< € saved since the first plan year (dimming from the first year, a conversion from the next)
  };

  struct VIGIE_LIGHTING_EXPORT OptimisationResult
  {
    QVector<TimeBand> bands;
    double yearlyHours = 0;
    QVector<SegmentClasses> classes; //!< per segment of the inventory
    Figures baseline;                //!< today's schedule: every luminaire at full power all night
    Figures dimmingOnly;             //!< today's luminaires with adaptive dimming
    Figures optimised;               //!< after the retrofit plan, with adaptive dimming
    double savingRatio = 0;
    QVector<ComplianceCell> compliance; //!< after the plan, lit streets x bands
    int compliantCells = 0;
    double complianceRatio = 1;
    QVector<float> levels; //!< after the plan: level of luminaire i in band b at [i * bands + b]
    QVector<PlanYear> plan;
    int unitsConsidered = 0;
    double investment = 0;
    double subsidies = 0;
    double paybackYears = 0;         //!< net investment / yearly € saved by the retrofit
    double npv = 0;                  //!< MILP objective (€)
    double lpBound = 0;              //!< LP relaxation (€)
    double gap = 0;                  //!< (lpBound − npv) / lpBound
    bool retrofitOptimal = false;    //!< GLPK proved the plan within mipGap of the optimum
    QVector<BandPower> nightProfile; //!< per band: integrates (× band hours) to baseline, dimmingOnly and optimised kWh
    QVector<int> retrofitYear;       //!< per luminaire: calendar year of its conversion to LED, 0 when not converted
    int convertedLuminaires = 0;     //!< luminaires the plan converts (sum of the plan's luminaires)
    QVector<CashFlowYear> cashFlow;  //!< from the first plan year to the NPV horizon (or the plan's end if later)
    int lpCount = 0;                 //!< GLPK simplex runs of the dimming (streets with three or more dimmable groups)
    double dimmingSeconds = 0;
    double retrofitSeconds = 0;
    double seconds = 0;
  };

  //! How optimise() ended.
  enum class OptimisationStatus
  {
    Done,
    Failed,    //!< invalid parameters, infeasible budget, solver failure: see the message
    Cancelled, //!< OptimisationControl::isCancelled() said so; the result is left untouched
  };

  /**
   * \brief Progress and cancellation of one optimisation (the GUI runs it on a worker thread).
   * Both are called on the optimising thread. isCancelled() is polled between streets (class
   * selection and dimming) and inside GLPK (the simplex runs in chunks of iterations, branch and
   * cut asks at every node through its callback), so a cancel takes effect within about 0.1 s.
   */
  struct VIGIE_LIGHTING_EXPORT OptimisationControl
  {
    std::function<bool()> isCancelled;
    //! fraction done in [0, 1], non-decreasing; \a step names the stage ("dimming", "retrofit plan", ...)
    std::function<void( double fraction, const QString &step )> progress;
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
  /**
   * \brief Mean power of each luminaire over the lit night (W), as the energy figures count it, for maps of
   * the plan (review deck): \a before today (full power all night), \a after with the plan of \a result
   * (luminaires with a retrofit year converted to LED as optimise() converts them, levels of result.levels,
   * switched off at level 0). \a result must come from optimise() on \a inventory with \a parameters.
   */
  VIGIE_LIGHTING_EXPORT void meanLuminairePower( const Inventory &inventory, const OptimisationParameters &parameters,
                                                 const OptimisationResult &result, QVector<double> *before, QVector<double> *after );
  /**
   * \brief optimise() with progress and cancellation. Cancelled: \a result is not touched and
   * \a errorMessage says "optimisation cancelled"; the same figures as optimise() otherwise.
   */
  VIGIE_LIGHTING_EXPORT OptimisationStatus optimise( const Inventory &inventory, const OptimisationParameters &parameters,
                                                     const OptimisationControl &control, OptimisationResult *result,
                                                     QString *errorMessage );
} // namespace vigie::lighting

#endif
