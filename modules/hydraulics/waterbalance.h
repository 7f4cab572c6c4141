// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_WATERBALANCE_H
#define VIGIE_HYDRAULICS_WATERBALANCE_H

#include "leakscore.h"
#include "network.h"
#include "scada.h"
#include "vigie_hydraulics_export.h"

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
} // namespace vigie::hydraulics

#endif
