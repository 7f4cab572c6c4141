// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTINGANALYSIS_H
#define VIGIE_LIGHTINGANALYSIS_H

#include "inventory.h"
#include "optimiser.h"

#include <QString>
#include <QVector>

namespace vigie
{
  /**
   * \brief What the lighting panel, its map, charts and PDF report show: a territory's
   * inventory, its EN 13201 classes per band and, once optimised, the module's result.
   * Every figure comes from modules/lighting (the code behind `vigie-cli lighting ...`),
   * including the derived ones (power per band, plan totals to date, investment against
   * savings, retrofit year of a luminaire: OptimisationResult); the accessors below only read
   * them, or average the result's levels for display (night-mean and street levels).
   */
  struct LightingAnalysis
  {
    QString territoryPath;
    lighting::Inventory inventory;
    lighting::OptimisationParameters parameters;
    QVector<lighting::TimeBand> bands;
    QVector<lighting::SegmentClasses> classes;
    QVector<QVector<int>> segmentLuminaires; //!< luminaires linked to each segment
    bool optimised = false;
    lighting::OptimisationResult result;

    //! Loads the territory's inventory and selects the classes (runs on a worker thread).
    static bool load( const QString &territoryPath, const lighting::OptimisationParameters &parameters, LightingAnalysis *analysis,
                      QString *errorMessage );
    //! Builds an analysis from an inventory already in memory (tests, generated inventories).
    static LightingAnalysis fromInventory( const lighting::Inventory &inventory, const lighting::OptimisationParameters &parameters );
    //! Runs lighting::optimise() with \a parameters and keeps its result (runs on a worker thread); unchanged unless Done.
    lighting::OptimisationStatus optimise( const lighting::OptimisationParameters &parameters, const lighting::OptimisationControl &control,
                                           QString *errorMessage );

    int litStreetCount() const;
    //! Total power (kW) drawn in every band: today at full power, and after the plan with its dimming (OptimisationResult::nightProfile).
    QVector<double> bandPowerBeforeKw() const;
    QVector<double> bandPowerAfterKw() const;
    //! Calendar year in which luminaire i is converted to LED; 0 when it is not (OptimisationResult::retrofitYear).
    int retrofitYear( int luminaire ) const;
    //! Level (0..1) of luminaire i in band b after the plan (1 before any optimisation).
    double level( int luminaire, int band ) const;
    //! Night-mean level of a luminaire, weighted by the bands' lit hours (0..1).
    double meanLevel( int luminaire ) const;
    //! Flux-weighted level of a street's luminaires in band b (0..1); the proposed dimming profile.
    double streetLevel( int segment, int band ) const;
    //! The street's proposed dimming profile as text: "100 % 18:00-22:00, 70 % 22:00-23:00 …" (consecutive equal bands merged).
    QString streetProfileText( int segment ) const;
    //! Yearly € saved in plan year y (0-based): dimming of today's luminaires plus what was converted up to y
    //! (PlanYear::eurSavedPerYearToDate).
    double yearlySavingEur( int planYear ) const;
  };
} // namespace vigie

#endif
