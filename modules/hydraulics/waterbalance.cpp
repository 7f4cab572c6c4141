// SPDX-License-Identifier: GPL-2.0-or-later
#include "waterbalance.h"

#include "inpreader.h"
#include "leakdetector.h"
#include "scada.h"
#include "watercli.h"
#include "waternetworkgraph.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <cmath>

namespace vigie::hydraulics
{

  double unavoidableRealLosses( const BalanceAsset &asset )
  {
    return ( 18 * asset.mainsKm + 0.8 * asset.connections + 25 * asset.privatePipesKm ) * asset.pressure;
  }

  BalanceSummary summariseBalance( const QString &name, const QVector<BalanceDay> &days, const BalanceAsset &asset )
  {
    BalanceSummary s;
    s.name = name;
    double inflow = 0, losses = 0, metered = 0, consumption = 0;
    for ( BalanceDay day : days )
    {
      day.realLosses = day.inflow - day.consumption;
      day.nonRevenuePercent = day.inflow > 0 ? 100 * ( day.inflow - day.metered ) / day.inflow : 0;
      inflow += day.inflow;
      losses += day.realLosses;
      metered += day.metered;
      consumption += day.consumption;
      s.days.append( day );
    }
    const int n = static_cast<int>( days.size() );
    if ( n > 0 )
    {
      s.inflow = inflow / n;
      s.consumption = consumption / n;
      s.realLosses = losses / n;
      s.nonRevenuePercent = inflow > 0 ? 100 * ( inflow - metered ) / inflow : 0;
    }
    s.uarl = unavoidableRealLosses( asset ) / 1000.0; // L/day -> m³/day
    s.ili = s.uarl > 0 ? s.realLosses / s.uarl : 0;
    return s;
  }

  QJsonObject BalanceSummary::toJson() const
  {
    QJsonArray array;
    for ( const BalanceDay &d : days )
      array.append( QJsonObject{ { QStringLiteral( "day" ), formatScadaTime( d.day ).left( 10 ) },
                                 { QStringLiteral( "inflow_m3" ), d.inflow },
                                 { QStringLiteral( "metered_m3" ), d.metered },
                                 { QStringLiteral( "consumption_m3" ), d.consumption },
                                 { QStringLiteral( "minimum_night_flow_m3h" ), d.minimumNightFlow },
                                 { QStringLiteral( "real_losses_m3" ), d.realLosses },
                                 { QStringLiteral( "non_revenue_percent" ), d.nonRevenuePercent } } );
    return QJsonObject{ { QStringLiteral( "name" ), name },
                        { QStringLiteral( "mean_inflow_m3_per_day" ), inflow },
                        { QStringLiteral( "mean_real_losses_m3_per_day" ), realLosses },
                        { QStringLiteral( "non_revenue_percent" ), nonRevenuePercent },
                        { QStringLiteral( "uarl_m3_per_day" ), uarl },
                        { QStringLiteral( "ili" ), ili },
                        { QStringLiteral( "days" ), array } };
  }

  bool computeWaterBalance( const Network &network, const ScadaData &data, const ScadaData *training,
                            const QVector<KnownLeak> &trainingLeaks, int connections, QVector<ZoneBalance> *balances,
                            QString *errorMessage )
  {
    QString error;
    // day balances (24 h) and night flows (02:00-04:00) from the detector's calibrated areas
    QVector<QPair<QString, QVector<ZoneDay>>> dayBalances, nightBalances;
    QVector<Zone> zones;
    for ( int pass = 0; pass < 2; ++pass )
    {
      LeakDetectorOptions options;
      if ( pass == 1 )
      {
        options.windowStartHour = 2;
        options.windowEndHour = 4;
      }
      LeakDetector detector( network, options );
      QVector<DetectedLeak> ignored;
      if ( !detector.prepare( data, &error ) || ( training && !detector.train( *training, trainingLeaks, &error ) ) ||
           !detector.detect( data, &ignored, &error ) )
      {
        if ( errorMessage )
          *errorMessage = error;
        return false;
      }
      ( pass == 0 ? dayBalances : nightBalances ) = detector.zoneBalances();
      zones = detector.zones();
    }
    const double toMetres = lengthToMetres( network.flowUnits );
    balances->clear();
    for ( int z = 0; z < zones.size(); ++z )
    {
      const Zone &zone = zones.at( z );
      BalanceAsset asset;
      const QSet<QString> pipes( zone.pipes.cbegin(), zone.pipes.cend() );
      for ( const Pipe &p : network.pipes )
      {
        if ( pipes.contains( p.id ) )
          asset.mainsKm += p.length * toMetres / 1000;
      }
      const QSet<QString> nodes( zone.nodes.cbegin(), zone.nodes.cend() );
      int customers = 0;
      QSet<int> amrColumns;
      for ( const Junction &j : network.junctions )
      {
        double demand = j.demands.isEmpty() ? j.baseDemand : 0;
        for ( const Demand &d : j.demands )
          demand += d.base;
        if ( nodes.contains( j.id ) && demand > 0 )
          ++customers;
      }
      for ( int c = 0; c < data.demands.columns.size(); ++c )
      {
        if ( nodes.contains( data.demands.columns.at( c ) ) )
          amrColumns.insert( c );
      }
      asset.connections = connections >= 0 ? connections : customers;
      double pressure = 0;
      int sensors = 0;
      for ( int c = 0; c < data.pressures.columns.size(); ++c )
      {
        if ( !nodes.contains( data.pressures.columns.at( c ) ) )
          continue;
        double sum = 0;
        for ( int r = 0; r < data.rowCount(); ++r )
          sum += data.pressures.value( r, c );
        pressure += data.rowCount() ? sum / data.rowCount() : 0;
        ++sensors;
      }
      asset.pressure = sensors ? pressure / sensors : 0;
      QVector<BalanceDay> days;
      const QVector<ZoneDay> &day = dayBalances.at( z ).second;
      const QVector<ZoneDay> &night = nightBalances.at( z ).second;
      for ( int i = 0; i < day.size(); ++i )
      {
        BalanceDay b;
        b.day = day.at( i ).day;
        b.inflow = day.at( i ).inflow * 24;
        b.consumption = day.at( i ).consumption * 24;
        b.metered = amrColumns.isEmpty() ? 0 : day.at( i ).amr * 24; // AMR is billed metered consumption
        b.minimumNightFlow = i < night.size() ? night.at( i ).inflow : 0;
        days.append( b );
      }
      ZoneBalance balance;
      balance.summary = summariseBalance( zone.name, days, asset );
      balance.asset = asset;
      balance.amrMeters = static_cast<int>( amrColumns.size() );
      balance.nodes = zone.nodes;
      balance.pipes = zone.pipes;
      balances->append( balance );
    }
    return true;
  }

  int runWaterBalanceCommand( const QStringList &args, QTextStream &out, QTextStream &err )
  {
    QString networkPath, scada, train, trainLeaks, json;
    int connections = -1;
    for ( int i = 0; i < args.size(); ++i )
    {
      const QString &a = args.at( i );
      QString *target = a == QLatin1String( "--network" )       ? &networkPath
                        : a == QLatin1String( "--scada" )       ? &scada
                        : a == QLatin1String( "--train" )       ? &train
                        : a == QLatin1String( "--train-leaks" ) ? &trainLeaks
                        : a == QLatin1String( "--json" )        ? &json
                                                                : nullptr;
      if ( target || a == QLatin1String( "--connections" ) )
      {
        if ( i + 1 >= args.size() )
        {
          err << QCoreApplication::translate( "vigie::hydraulics", "water balance: %1 needs a value" ).arg( a ) << '\n';
          return WaterUsage;
        }
        if ( target )
          *target = args.at( ++i );
        else
        {
          bool ok = false;
          connections = args.at( ++i ).toInt( &ok );
          if ( !ok || connections < 0 )
          {
            err << QCoreApplication::translate( "vigie::hydraulics", "water balance: --connections needs a number >= 0, not \"%1\"" )
                       .arg( args.at( i ) )
                << '\n';
            return WaterUsage;
          }
        }
        continue;
      }
      err << QCoreApplication::translate( "vigie::hydraulics", "water balance: unexpected argument \"%1\"" ).arg( a ) << '\n';
      return WaterUsage;
    }
    if ( networkPath.isEmpty() || scada.isEmpty() )
    {
      err << QCoreApplication::translate( "vigie::hydraulics", "water balance: --network and --scada are required" ) << '\n';
      return WaterUsage;
    }
    Network network;
    QString error;
    ScadaData data;
    if ( !InpReader::readFile( networkPath, network, &error ) || !data.read( scada, true, &error ) )
    {
      err << error << '\n';
      return WaterBadInput;
    }
    ScadaData training;
    QVector<KnownLeak> known;
    if ( !train.isEmpty() &&
         ( !training.read( train, true, &error ) || ( !trainLeaks.isEmpty() && !readKnownLeaks( trainLeaks, &known, &error ) ) ) )
    {
      err << error << '\n';
      return WaterBadInput;
    }
    QVector<ZoneBalance> balances;
    if ( !computeWaterBalance( network, data, train.isEmpty() ? nullptr : &training, known, connections, &balances, &error ) )
    {
      err << error << '\n';
      return WaterBadInput;
    }
    QJsonArray result;
    for ( const ZoneBalance &balance : std::as_const( balances ) )
    {
      const BalanceSummary &summary = balance.summary;
      const BalanceAsset &asset = balance.asset;
      QJsonObject o = summary.toJson();
      o.insert( QStringLiteral( "mains_km" ), asset.mainsKm );
      o.insert( QStringLiteral( "connections" ), asset.connections );
      o.insert( QStringLiteral( "mean_pressure_m" ), asset.pressure );
      o.insert( QStringLiteral( "amr_meters" ), balance.amrMeters );
      result.append( o );
      out << QCoreApplication::translate(
                 "vigie::hydraulics",
                 "%1: inflow %2 m3/day, real losses %3 m3/day, NRW %4 %, UARL %5 m3/day, ILI %6 (mains %7 km, %8 connections, %9 m)" )
                 .arg( summary.name )
                 .arg( summary.inflow, 0, 'f', 0 )
                 .arg( summary.realLosses, 0, 'f', 0 )
                 .arg( summary.nonRevenuePercent, 0, 'f', 1 )
                 .arg( summary.uarl, 0, 'f', 1 )
                 .arg( summary.ili, 0, 'f', 1 )
                 .arg( asset.mainsKm, 0, 'f', 1 )
                 .arg( asset.connections )
                 .arg( asset.pressure, 0, 'f', 1 )
          << '\n';
    }
    if ( !json.isEmpty() )
    {
      QSaveFile file( json );
      if ( !file.open( QIODevice::WriteOnly ) ||
           file.write( QJsonDocument( QJsonObject{ { QStringLiteral( "zones" ), result } } ).toJson() ) < 0 || !file.commit() )
      {
        err << QCoreApplication::translate( "vigie::hydraulics", "%1: cannot write" ).arg( QDir::toNativeSeparators( json ) ) << '\n';
        return WaterFailed;
      }
    }
    return WaterOk;
  }
} // namespace vigie::hydraulics
