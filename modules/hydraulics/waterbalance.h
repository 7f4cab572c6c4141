// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_WATERBALANCE_H
#define VIGIE_HYDRAULICS_WATERBALANCE_H

#include "leakscore.h"
#include "network.h"
#include "scada.h"
#include "vigie_hydraulics_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

class QTextStream;

namespace vigie::hydraulics
{
  //! One day of a DMA (or metered area) water balance.
  struct VIGIE_HYDRAULICS_EXPORT BalanceDay
  {
    qint64 day = 0;               //!< UTC seconds of 00:00
    double inflow = 0;            //!< m³/day entering (metered inflow minus storage)
    double metered = 0;           //!< m³/day billed metered consumption (AMR)
    double consumption = 0;       //!< m³/day authorised consumption (metered + estimated unmetered)
    double minimumNightFlow = 0;  //!< m³/h, mean inflow over the night window
    double realLosses = 0;        //!< m³/day = inflow - consumption (apparent losses taken as 0)
    double nonRevenuePercent = 0; //!< 100 (inflow - metered) / inflow
  };

  //! Network facts the Infrastructure Leakage Index needs.
  struct VIGIE_HYDRAULICS_EXPORT BalanceAsset
  {
    double mainsKm = 0;        //!< Lm, length of mains
    int connections = 0;       //!< Nc, service connections
    double privatePipesKm = 0; //!< Lp, property boundary to meter
    double pressure = 0;       //!< P, average operating pressure (m)
  };

  //! Summary over the period.
  struct VIGIE_HYDRAULICS_EXPORT BalanceSummary
  {
    QString name;
    QVector<BalanceDay> days;
    double inflow = 0;      //!< m³/day, mean
    double consumption = 0; //!< m³/day, mean authorised consumption
    double realLosses = 0;  //!< m³/day, mean (CARL / 365)
    double nonRevenuePercent = 0;
    double uarl = 0; //!< m³/day, unavoidable annual real losses / 365
    double ili = 0;  //!< CARL / UARL

    QJsonObject toJson() const;
  };

  /**
   * \brief IWA unavoidable annual real losses, in litres per day:
   * UARL = (18 Lm + 0.8 Nc + 25 Lp) x P (Lambert et al. 1999; Lm, Lp in km, P in m).
   */
  VIGIE_HYDRAULICS_EXPORT double unavoidableRealLosses( const BalanceAsset &asset );

  //! Summarises \a days (inflow, metered, consumption, night flow filled) with ILI = mean real losses / UARL.
  VIGIE_HYDRAULICS_EXPORT BalanceSummary summariseBalance( const QString &name, const QVector<BalanceDay> &days,
                                                           const BalanceAsset &asset );

  //! The balance of one metered area over a SCADA record (one zone of `vigie-cli water balance`).
  struct VIGIE_HYDRAULICS_EXPORT ZoneBalance
  {
    BalanceSummary summary;
    BalanceAsset asset;
    int amrMeters = 0; //!< AMR columns of the SCADA inside the area
    //! Share of the area's customer demand (model base demands) behind those meters (territory balance).
    double meteredShare = 0;
    QStringList nodes; //!< the area's nodes and pipes (for the map)
    QStringList pipes;
  };

  /**
   * Daily balances (24 h) and night flows (02:00-04:00) of every metered area of \a network
   * over \a data, from the leak detector's calibrated areas (trained on \a training and its
   * \a trainingLeaks when \a training is not null); \a connections < 0: the demand junctions.
   * What `vigie-cli water balance` prints. False with the reason.
   */
  VIGIE_HYDRAULICS_EXPORT bool computeWaterBalance( const Network &network, const ScadaData &data, const ScadaData *training,
                                                    const QVector<KnownLeak> &trainingLeaks, int connections,
                                                    QVector<ZoneBalance> *balances, QString *errorMessage = nullptr );

  //! `vigie-cli water balance ...`; returns a WaterExitCode.
  VIGIE_HYDRAULICS_EXPORT int runWaterBalanceCommand( const QStringList &args, QTextStream &out, QTextStream &err );

  /**
   * \brief The observations a territory stores, as the SCADA input of the balance: pressure
   * sensors bound to junctions or tanks, flow sensors bound to pipes, pumps or valves (flow
   * meters), level sensors bound to tanks, and flow sensors bound to junctions (customer meters,
   * AMR, read as L/h). Only the time steps where every used sensor has a value are kept.
   */
  struct VIGIE_HYDRAULICS_EXPORT TerritoryScada
  {
    ScadaData data;
    QDateTime from; //!< the period [from, to), UTC
    QDateTime to;
    QStringList sensors;  //!< the sensor ids used
    QStringList idle;     //!< water sensors without a value in the period (not used)
    int droppedSteps = 0; //!< time steps left out because a sensor had no value then
  };

  /**
   * Reads the stored observations of \a territoryPath over [\a from, \a to) (UTC); an invalid
   * \a to: the end of the UTC day of the last water observation, an invalid \a from: 7 days
   * before \a to. False with the reason; \a noData is set when the territory simply holds no
   * usable water observations (no feeds, no flow meter bound to a water asset, nothing in the period).
   */
  VIGIE_HYDRAULICS_EXPORT bool territoryScada( const QString &territoryPath, const QDateTime &from, const QDateTime &to,
                                               TerritoryScada *scada, QString *errorMessage = nullptr, bool *noData = nullptr );

  //! The water balance of a territory over a period (`vigie-cli water balance --territory`).
  struct VIGIE_HYDRAULICS_EXPORT TerritoryBalance
  {
    QString territory;
    QDateTime from, to;    //!< the period
    QDateTime first, last; //!< first and last time step used
    int steps = 0;         //!< time steps used
    int droppedSteps = 0;
    QStringList sensors;
    QStringList idle;
    QVector<ZoneBalance> zones;
    //! Every metered area has customer meter readings (AMR): consumption, losses, NRW and ILI can be computed.
    bool hasConsumption = false;
    QString lossesUnavailableReason; //!< why not, when !hasConsumption (English; callers translate with their own text)
    // totals over the metered areas (m³/day means; night flow in m³/h)
    double inflow = 0;
    double minimumNightFlow = 0; //!< sum of the areas' mean 02:00-04:00 inflows
    double realLosses = 0;
    double nonRevenuePercent = 0;
    double uarl = 0;
    double ili = 0;
    //! The metered areas with customer meters and their totals (the figures the deck shows when
    //! some areas have no customer meters, e.g. L-Town's area C); empty when none has.
    QStringList meteredZones;
    double meteredInflow = 0; //!< m³/day
    double meteredRealLosses = 0;
    double meteredNonRevenuePercent = 0;
    double meteredUarl = 0;
    double meteredIli = 0;

    //! The JSON of `water balance --territory --json`: the keys of the file-based balance ("zones": [...]),
    //! with null for what cannot be computed, plus "total", "with_customer_meters" and the period.
    QJsonObject toJson() const;
  };

  /**
   * The balance of the stored observations of \a territoryPath over [\a from, \a to) (see
   * territoryScada()) on the territory's water network, per metered area (the areas of the leak
   * detector, without its sensitivity matrix): daily inflow net of tank storage, night flow
   * (02:00-04:00) and, where customer meters are stored, authorised consumption = metered
   * consumption / meteredShare (the unmetered customers estimated from their base demands),
   * real losses = inflow - consumption, NRW and ILI. No training year: nothing is fitted.
   * False with the reason; \a noData as in territoryScada().
   */
  VIGIE_HYDRAULICS_EXPORT bool computeTerritoryBalance( const QString &territoryPath, const QDateTime &from, const QDateTime &to,
                                                        TerritoryBalance *balance, QString *errorMessage = nullptr,
                                                        bool *noData = nullptr );
} // namespace vigie::hydraulics

#endif
