// SPDX-License-Identifier: GPL-2.0-or-later
#include "waterbalance.h"

#include "inpreader.h"
#include "leakdetector.h"
#include "scada.h"
#include "watercli.h"
#include "waternetworkgraph.h"
#include "waterterritory.h"

#include "decoder.h"
#include "demobuilder.h"
#include "log.h"
#include "observationstore.h"
#include "replayfeed.h"
#include "sqlconnection.h"
#include "territory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>
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

  namespace
  {
    int runTerritoryBalanceCommand( const QStringList &args, QTextStream &out, QTextStream &err );
  }

  int runWaterBalanceCommand( const QStringList &args, QTextStream &out, QTextStream &err )
  {
    if ( args.contains( QLatin1String( "--territory" ) ) )
      return runTerritoryBalanceCommand( args, out, err );
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

  // ------------------------------------------------------------------ the balance of a territory's stored observations

  namespace
  {
    const QString kTopic = QStringLiteral( "water" );

    //! The week of L-Town SCADA of the replay feed (resources/feeds): Monday 2018-01-22 00:00 UTC to the next Monday.
    const QDateTime kReplayWeekStart( QDate( 2018, 1, 22 ), QTime( 0, 0 ), Qt::UTC );

    /**
     * The demo holds that week as stored observations: the replay feed registers and binds its
     * sensors, and its SCADA payloads go through the JSON decoder and ObservationStore::store(),
     * the path of the live replay, once, at build time.
     */
    bool storeReplayWeek( const QString &territoryPath, QString *errorMessage )
    {
      {
        // a demo built without the water plugin has no network for the readings
        std::unique_ptr<SqlConnection> db = SqlConnection::open( territoryPath, SqlConnection::Mode::ReadOnly, errorMessage );
        if ( !db )
          return false;
        if ( !db->hasTable( QStringLiteral( "water_junctions" ) ) )
          return true;
      }
      QElapsedTimer timer;
      timer.start();
      std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( territoryPath, errorMessage );
      if ( !store || !store->setDurability( feeds::ObservationStore::Durability::Normal, errorMessage ) )
        return false;
      feeds::ReplayFeed binding;
      if ( !binding.prepare( *store, errorMessage ) )
        return false;
      // a feed that is not prepared produces the SCADA columns only (no lamp controllers, no bins)
      feeds::ReplayFeed scada;
      if ( !scada.loadScada( feeds::ReplayFeed::defaultScadaPath(), errorMessage ) ||
           !scada.loadCustomerMeters( feeds::ReplayFeed::defaultCustomerMeterPath(), errorMessage ) )
        return false;
      std::unique_ptr<feeds::Decoder> decoder = feeds::createDecoder( QStringLiteral( "json" ), errorMessage );
      if ( !decoder )
        return false;
      const QList<QByteArray> payloads = scada.payloads( kReplayWeekStart, kReplayWeekStart.addDays( 7 ) );
      QList<QList<feeds::Observation>> parts;
      qint64 pending = 0, stored = 0;
      auto flush = [&]()
      {
        feeds::StoreResult result;
        if ( !store->storeParts( parts, &result, errorMessage ) )
          return false;
        stored += result.stored;
        parts.clear();
        pending = 0;
        return true;
      };
      for ( const QByteArray &payload : payloads )
      {
        QString error;
        const QList<feeds::Observation> decoded = decoder->decode( payload, QStringLiteral( "vigie/replay" ), &error );
        if ( decoded.isEmpty() && !error.isEmpty() )
        {
          if ( errorMessage )
            *errorMessage = error;
          return false;
        }
        parts << decoded;
        pending += decoded.size();
        if ( pending >= 20000 && !flush() )
          return false;
      }
      if ( !parts.isEmpty() && !flush() )
        return false;
      logMessage( LogLevel::Info, kTopic,
                  QStringLiteral( "%1: %2 SCADA and customer meter observations of the replay week stored in %3 s" )
                      .arg( Territory::displayPath( territoryPath ) )
                      .arg( stored )
                      .arg( timer.elapsed() / 1000.0, 0, 'f', 2 ) );
      return true;
    }

    const bool kDemoStep = []()
    {
      DemoBuilder::registerStep( QStringLiteral( "water-observations" ),
                                 []( const QString &demoName, const QString &territoryPath, const QString &, QString *errorMessage )
                                 { return demoName != QLatin1String( "montpellier" ) || storeReplayWeek( territoryPath, errorMessage ); } );
      return true;
    }();

    bool failWith( QString *errorMessage, const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    }

    QMutex &balanceCacheMutex()
    {
      static QMutex mutex;
      return mutex;
    }

    //! Balances computed in this process, by file state and period (computeTerritoryBalance).
    QHash<QString, TerritoryBalance> &balanceCache()
    {
      static QHash<QString, TerritoryBalance> cache;
      return cache;
    }

    QJsonValue orNull( bool available, double value )
    {
      return available ? QJsonValue( value ) : QJsonValue( QJsonValue::Null );
    }

    const QString kNoCustomerMeters = QStringLiteral(
        "no customer meter readings (AMR) in this area: the authorised consumption is unknown, so losses, non-revenue water and ILI "
        "cannot be computed" );

    double junctionDemand( const Junction &j )
    {
      double demand = j.demands.isEmpty() ? j.baseDemand : 0;
      for ( const Demand &d : j.demands )
        demand += d.base;
      return demand;
    }

    /**
     * The daily balance of every metered area of \a network over \a data, measured only: the areas
     * (and their names) of the leak detector (LeakDetector::prepare), its daily inflow (boundary
     * meters minus tank storage over the window), but no sensitivity matrix and no calibration: the
     * consumption is what the customer meters read, the unmetered customers estimated from their
     * share of the model's base demand.
     */
    bool measuredZoneBalances( const Network &network, const ScadaData &data, QVector<ZoneBalance> *balances, QString *errorMessage )
    {
      QStringList meterLinks;
      for ( const QString &column : data.flows.columns )
      {
        if ( !network.hasLink( column ) )
          return failWith( errorMessage,
                           QCoreApplication::translate( "vigie::hydraulics", "%1: flow sensor \"%2\" is not a link of the network" )
                               .arg( QDir::toNativeSeparators( data.flows.fileName ), column ) );
        meterLinks << column;
      }
      QHash<QString, QString> dmaOfNode;
      for ( const Zone &z : deriveZones( network ) )
        for ( const QString &n : z.nodes )
          dmaOfNode.insert( n, z.name );
      const double toMetres = lengthToMetres( network.flowUnits );
      const int rows = data.rowCount();
      balances->clear();
      for ( const Zone &z : deriveZones( network, meterLinks, false ) )
      {
        QStringList names;
        for ( const QString &n : z.nodes )
        {
          const QString dma = dmaOfNode.value( n );
          if ( !dma.isEmpty() && !names.contains( dma ) )
            names << dma;
        }
        std::sort( names.begin(), names.end() );
        QList<QPair<int, int>> meters; // flow column, sign
        for ( const auto &b : z.boundary )
        {
          const int column = data.flows.column( b.first );
          if ( column >= 0 )
            meters.append( { column, b.second } );
        }
        QList<QPair<int, double>> tanks; // level column, area m²
        for ( const QString &tank : z.tanks )
        {
          const int column = data.levels.column( tank );
          NodeType type;
          if ( column < 0 || !network.hasNode( tank, &type ) || type != NodeType::Tank )
            continue;
          const double diameter = network.tanks.at( network.nodeIndex.value( tank ).second ).diameter * toMetres;
          tanks.append( { column, 3.14159265358979 * diameter * diameter / 4 } );
        }
        const QSet<QString> nodes( z.nodes.cbegin(), z.nodes.cend() );
        QVector<int> amrColumns;
        for ( int c = 0; c < data.demands.columns.size(); ++c )
          if ( nodes.contains( data.demands.columns.at( c ) ) )
            amrColumns.append( c );
        const QSet<QString> metered( data.demands.columns.cbegin(), data.demands.columns.cend() );

        ZoneBalance balance;
        BalanceAsset &asset = balance.asset;
        const QSet<QString> pipes( z.pipes.cbegin(), z.pipes.cend() );
        for ( const Pipe &p : network.pipes )
          if ( pipes.contains( p.id ) )
            asset.mainsKm += p.length * toMetres / 1000;
        double demand = 0, meteredDemand = 0;
        for ( const Junction &j : network.junctions )
        {
          const double d = junctionDemand( j );
          if ( !nodes.contains( j.id ) || d <= 0 )
            continue;
          ++asset.connections;
          demand += d;
          if ( metered.contains( j.id ) )
            meteredDemand += d;
        }
        double pressure = 0;
        int sensors = 0;
        for ( int c = 0; c < data.pressures.columns.size(); ++c )
        {
          if ( !nodes.contains( data.pressures.columns.at( c ) ) || rows == 0 )
            continue;
          double sum = 0;
          for ( int r = 0; r < rows; ++r )
            sum += data.pressures.value( r, c );
          pressure += sum / rows;
          ++sensors;
        }
        asset.pressure = sensors ? pressure / sensors : 0;
        balance.amrMeters = static_cast<int>( amrColumns.size() );
        balance.meteredShare = demand > 0 ? meteredDemand / demand : 0;
        // metered consumption -> authorised consumption (a meter at a junction without model demand counts as it reads)
        const double scale = amrColumns.isEmpty() ? 0 : balance.meteredShare > 0 ? 1 / balance.meteredShare : 1;

        // mean inflow (m³/h) net of storage and mean metered consumption over [w0, w1) of each UTC day from row
        auto window = [&]( int row, qint64 day, int w0, int w1, double *inflow, double *amr )
        {
          int count = 0, first = -1, last = -1;
          *inflow = 0;
          *amr = 0;
          for ( int r = row; r < rows && data.times.at( r ) < day + 86400; ++r )
          {
            const qint64 tod = data.times.at( r ) - day;
            if ( tod < w0 * 3600LL || tod >= w1 * 3600LL )
              continue;
            if ( first < 0 )
              first = r;
            last = r;
            ++count;
            for ( const auto &m : std::as_const( meters ) )
              *inflow += m.second * data.flows.value( r, m.first );
            for ( int c : std::as_const( amrColumns ) )
              *amr += data.demands.value( r, c ) / 1000.0; // L/h -> m³/h
          }
          if ( count < 3 )
            return false;
          *inflow /= count;
          *amr /= count;
          const double hours = ( data.times.at( last ) - data.times.at( first ) ) / 3600.0;
          if ( hours > 0 )
            for ( const auto &t : std::as_const( tanks ) )
              *inflow -= ( data.levels.value( last, t.first ) - data.levels.value( first, t.first ) ) * t.second / hours;
          return true;
        };
        QVector<BalanceDay> days;
        for ( int row = 0; row < rows; )
        {
          const qint64 day = data.times.at( row ) - ( ( data.times.at( row ) % 86400 ) + 86400 ) % 86400;
          double inflow = 0, amr = 0, night = 0, nightAmr = 0;
          if ( window( row, day, 0, 24, &inflow, &amr ) )
          {
            BalanceDay b;
            b.day = day;
            b.inflow = inflow * 24;
            b.metered = amr * 24;
            b.consumption = b.metered * scale;
            b.minimumNightFlow = window( row, day, 2, 4, &night, &nightAmr ) ? night : 0;
            days.append( b );
          }
          while ( row < rows && data.times.at( row ) < day + 86400 )
            ++row;
        }
        balance.summary = summariseBalance( names.isEmpty() ? z.name : names.join( QLatin1Char( '+' ) ), days, asset );
        balance.nodes = z.nodes;
        balance.pipes = z.pipes;
        balances->append( balance );
      }
      return true;
    }
  } // namespace

  bool territoryScada( const QString &territoryPath, const QDateTime &from, const QDateTime &to, TerritoryScada *scada,
                       QString *errorMessage, bool *noData )
  {
    if ( noData )
      *noData = false;
    const QString shown = Territory::displayPath( territoryPath );
    auto none = [&]( const QString &message )
    {
      if ( noData )
        *noData = true;
      return failWith( errorMessage, message );
    };
    if ( from.isValid() && to.isValid() && from >= to )
      return failWith( errorMessage, QCoreApplication::translate( "vigie::hydraulics", "water balance: the period is empty (%1 to %2)" )
                                         .arg( from.toUTC().toString( Qt::ISODate ), to.toUTC().toString( Qt::ISODate ) ) );
    QString error;
    bool noFeeds = false;
    std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::openReadOnly( territoryPath, &error, &noFeeds );
    if ( !store )
      return noFeeds
                 ? none( QCoreApplication::translate( "vigie::hydraulics", "%1: no observations stored in this territory" ).arg( shown ) )
                 : failWith( errorMessage, error );

    // the EPANET id of every water asset a sensor can be bound to
    std::unique_ptr<SqlConnection> db = SqlConnection::open( territoryPath, SqlConnection::Mode::ReadOnly, &error );
    if ( !db )
      return failWith( errorMessage, error );
    QHash<QString, QHash<qint64, QString>> ids; // layer -> fid -> element id
    const QList<QPair<QString, QString>> layers = { { QStringLiteral( "water_junctions" ), QStringLiteral( "node_id" ) },
                                                    { QStringLiteral( "water_tanks" ), QStringLiteral( "node_id" ) },
                                                    { QStringLiteral( "water_reservoirs" ), QStringLiteral( "node_id" ) },
                                                    { QStringLiteral( "water_pipes" ), QStringLiteral( "pipe_id" ) },
                                                    { QStringLiteral( "water_pumps" ), QStringLiteral( "pump_id" ) },
                                                    { QStringLiteral( "water_valves" ), QStringLiteral( "valve_id" ) } };
    for ( const auto &layer : layers )
    {
      if ( !db->hasTable( layer.first ) )
        continue;
      QList<SqlConnection::Row> rows;
      if ( !db->query( QStringLiteral( "SELECT fid, %1 FROM %2" )
                           .arg( SqlConnection::quoteIdentifier( layer.second ), SqlConnection::quoteIdentifier( layer.first ) ),
                       {}, &rows, &error ) )
        return failWith( errorMessage, QCoreApplication::translate( "vigie::hydraulics", "%1: %2" ).arg( shown, error ) );
      QHash<qint64, QString> &byFid = ids[layer.first];
      for ( const SqlConnection::Row &row : std::as_const( rows ) )
        byFid.insert( row.value( 0 ).toLongLong(), row.value( 1 ).toString() );
    }

    enum Table
    {
      Pressure,
      Flow,
      Level,
      Demand
    };
    struct Column
    {
      QString sensor;
      QString element;
      Table table;
    };
    QVector<Column> columns;
    QDateTime last;
    for ( const feeds::SensorInfo &sensor : store->sensors() )
    {
      if ( !sensor.isBound() || !ids.contains( sensor.layer ) )
        continue;
      const QString element = ids.value( sensor.layer ).value( sensor.fid );
      if ( element.isEmpty() )
        continue;
      const bool node = sensor.layer == QLatin1String( "water_junctions" ) || sensor.layer == QLatin1String( "water_tanks" ) ||
                        sensor.layer == QLatin1String( "water_reservoirs" );
      Column column{ sensor.id, element, Pressure };
      if ( sensor.kind == feeds::SensorKind::Pressure && node )
        column.table = Pressure;
      else if ( sensor.kind == feeds::SensorKind::Flow && !node )
        column.table = Flow;
      else if ( sensor.kind == feeds::SensorKind::Flow && sensor.layer == QLatin1String( "water_junctions" ) )
        column.table = Demand;
      else if ( sensor.kind == feeds::SensorKind::Level && sensor.layer == QLatin1String( "water_tanks" ) )
        column.table = Level;
      else
        continue;
      columns << column;
      if ( sensor.lastTime.isValid() && ( !last.isValid() || sensor.lastTime > last ) )
        last = sensor.lastTime;
    }
    const bool hasMeter = std::any_of( columns.cbegin(), columns.cend(), []( const Column &c ) { return c.table == Flow; } );
    if ( !hasMeter || !last.isValid() )
      return none(
          QCoreApplication::translate( "vigie::hydraulics", "%1: no flow meter observations bound to the water network" ).arg( shown ) );

    TerritoryScada result;
    result.to = to.isValid() ? to.toUTC() : QDateTime( last.toUTC().date().addDays( 1 ), QTime( 0, 0 ), Qt::UTC );
    result.from = from.isValid() ? from.toUTC() : result.to.addDays( -7 );
    if ( result.from >= result.to )
      return failWith( errorMessage, QCoreApplication::translate( "vigie::hydraulics", "water balance: the period is empty (%1 to %2)" )
                                         .arg( result.from.toString( Qt::ISODate ), result.to.toString( Qt::ISODate ) ) );

    // values by time step (seconds), one slot per used column
    QVector<QVector<double>> series;
    QVector<QHash<qint64, double>> values;
    QVector<Column> used;
    // straight from the observation table by its key (sensor, t): ObservationStore::observations()
    // filters with "sensor IS NULL OR sensor = ?", which SQLite answers with a scan of the whole table
    // per sensor (seconds on the demo week, 119 sensors x 240,000 observations)
    const QString query = QStringLiteral( "SELECT t, value FROM feeds_observations WHERE sensor = ? AND t >= ? AND t < ?" );
    const QVariant fromMs = result.from.toMSecsSinceEpoch(), toMs = result.to.toMSecsSinceEpoch();
    for ( const Column &column : std::as_const( columns ) )
    {
      QList<SqlConnection::Row> rows;
      if ( !db->query( query, { column.sensor, fromMs, toMs }, &rows, &error ) )
        return failWith( errorMessage, QCoreApplication::translate( "vigie::hydraulics", "%1: %2" ).arg( shown, error ) );
      if ( rows.isEmpty() )
      {
        result.idle << column.sensor;
        continue;
      }
      QHash<qint64, double> byTime;
      byTime.reserve( rows.size() );
      for ( const SqlConnection::Row &row : std::as_const( rows ) )
        byTime.insert( row.value( 0 ).toLongLong() / 1000, row.value( 1 ).toDouble() );
      values << byTime;
      used << column;
    }
    db.reset();
    if ( !std::any_of( used.cbegin(), used.cend(), []( const Column &c ) { return c.table == Flow; } ) )
      return none( QCoreApplication::translate( "vigie::hydraulics", "%1: no flow meter observation from %2 to %3" )
                       .arg( shown, result.from.toString( Qt::ISODate ), result.to.toString( Qt::ISODate ) ) );
    // the time steps where every used sensor has a value
    QSet<qint64> all;
    for ( const QHash<qint64, double> &byTime : std::as_const( values ) )
      for ( auto it = byTime.constBegin(); it != byTime.constEnd(); ++it )
        all.insert( it.key() );
    QVector<qint64> times( all.cbegin(), all.cend() );
    std::sort( times.begin(), times.end() );
    ScadaData &data = result.data;
    data.directory = territoryPath;
    const QString origin = QCoreApplication::translate( "vigie::hydraulics", "%1 (stored observations)" ).arg( shown );
    for ( ScadaTable *table : { &data.pressures, &data.flows, &data.levels, &data.demands } )
      table->fileName = origin;
    auto tableOf = [&data]( Table t ) -> ScadaTable & {
      return t == Pressure ? data.pressures : t == Flow ? data.flows : t == Level ? data.levels : data.demands;
    };
    for ( const Column &column : std::as_const( used ) )
    {
      tableOf( column.table ).columns << column.element;
      result.sensors << column.sensor;
    }
    for ( qint64 t : std::as_const( times ) )
    {
      bool complete = true;
      for ( const QHash<qint64, double> &byTime : std::as_const( values ) )
        complete = complete && byTime.contains( t );
      if ( !complete )
      {
        ++result.droppedSteps;
        continue;
      }
      data.times << t;
      for ( int c = 0; c < used.size(); ++c )
      {
        const double v = values.at( c ).value( t );
        tableOf( used.at( c ).table ).values << ( used.at( c ).table == Demand ? v * 1000.0 : v ); // customer meters: m³/h -> L/h
      }
    }
    if ( data.times.size() < 3 )
      return none( QCoreApplication::translate( "vigie::hydraulics", "%1: fewer than 3 time steps with every water sensor from %2 to %3" )
                       .arg( shown, result.from.toString( Qt::ISODate ), result.to.toString( Qt::ISODate ) ) );
    *scada = result;
    return true;
  }

  bool computeTerritoryBalance( const QString &territoryPath, const QDateTime &from, const QDateTime &to, TerritoryBalance *balance,
                                QString *errorMessage, bool *noData )
  {
    // the same file and period give the same balance: kept for this process while the file (and its
    // WAL) is unchanged, so that a deck rebuilt (other language, agenda, export) does not recompute it
    QString key;
    if ( !SqlConnection::isPostgres( territoryPath ) )
    {
      const QFileInfo file( territoryPath ), wal( territoryPath + QStringLiteral( "-wal" ) );
      key = QStringLiteral( "%1|%2|%3|%4|%5|%6|%7" )
                .arg( file.absoluteFilePath(), from.toString( Qt::ISODate ), to.toString( Qt::ISODate ) )
                .arg( file.size() )
                .arg( file.lastModified().toMSecsSinceEpoch() )
                .arg( wal.exists() ? wal.size() : -1 )
                .arg( wal.exists() ? wal.lastModified().toMSecsSinceEpoch() : -1 );
      QMutexLocker locker( &balanceCacheMutex() );
      const auto cached = balanceCache().constFind( key );
      if ( cached != balanceCache().constEnd() )
      {
        *balance = cached.value();
        if ( noData )
          *noData = false;
        return true;
      }
    }
    QElapsedTimer timer;
    timer.start();
    TerritoryScada scada;
    QString error;
    if ( !territoryScada( territoryPath, from, to, &scada, &error, noData ) )
      return failWith( errorMessage, error );
    const qint64 read = timer.restart();
    Network network;
    if ( !territoryNetwork( territoryPath, QString(), &network, &error ) )
      return failWith( errorMessage, error );
    const qint64 networkRead = timer.restart();
    TerritoryBalance b;
    if ( !measuredZoneBalances( network, scada.data, &b.zones, &error ) )
      return failWith( errorMessage, error );
    logMessage( LogLevel::Info, kTopic,
                QStringLiteral( "%1: water balance of %2 time steps: observations read in %3 ms, network in %4 ms, balance in %5 ms" )
                    .arg( Territory::displayPath( territoryPath ) )
                    .arg( scada.data.rowCount() )
                    .arg( read )
                    .arg( networkRead )
                    .arg( timer.elapsed() ) );
    b.territory = territoryPath;
    b.from = scada.from;
    b.to = scada.to;
    b.first = QDateTime::fromSecsSinceEpoch( scada.data.times.constFirst(), Qt::UTC );
    b.last = QDateTime::fromSecsSinceEpoch( scada.data.times.constLast(), Qt::UTC );
    b.steps = scada.data.rowCount();
    b.droppedSteps = scada.droppedSteps;
    b.sensors = scada.sensors;
    b.idle = scada.idle;
    b.hasConsumption = !b.zones.isEmpty();
    double metered = 0, meteredVolume = 0;
    QStringList without;
    for ( const ZoneBalance &zone : std::as_const( b.zones ) )
    {
      const BalanceSummary &s = zone.summary;
      b.inflow += s.inflow;
      double night = 0;
      for ( const BalanceDay &day : s.days )
        night += day.minimumNightFlow;
      b.minimumNightFlow += s.days.isEmpty() ? 0 : night / s.days.size();
      b.realLosses += s.realLosses;
      b.uarl += s.uarl;
      double zoneMetered = 0;
      for ( const BalanceDay &day : s.days )
        zoneMetered += day.metered;
      metered += s.days.isEmpty() ? 0 : zoneMetered / s.days.size();
      if ( zone.amrMeters == 0 )
      {
        b.hasConsumption = false;
        without << s.name;
        continue;
      }
      b.meteredZones << s.name;
      b.meteredInflow += s.inflow;
      b.meteredRealLosses += s.realLosses;
      b.meteredUarl += s.uarl;
      meteredVolume += s.days.isEmpty() ? 0 : zoneMetered / s.days.size();
    }
    if ( !b.meteredZones.isEmpty() )
    {
      b.meteredNonRevenuePercent = b.meteredInflow > 0 ? 100 * ( b.meteredInflow - meteredVolume ) / b.meteredInflow : 0;
      b.meteredIli = b.meteredUarl > 0 ? b.meteredRealLosses / b.meteredUarl : 0;
    }
    if ( b.hasConsumption )
    {
      b.nonRevenuePercent = b.inflow > 0 ? 100 * ( b.inflow - metered ) / b.inflow : 0;
      b.ili = b.uarl > 0 ? b.realLosses / b.uarl : 0;
    }
    else
    {
      b.realLosses = 0;
      b.lossesUnavailableReason =
          b.meteredZones.isEmpty()
              ? QStringLiteral( "no customer meter readings (AMR) among the stored observations: the authorised "
                                "consumption is unknown, so losses, non-revenue water and ILI cannot be computed" )
              : QStringLiteral( "no customer meter readings (AMR) in %1: the authorised consumption there is unknown, so the losses, "
                                "non-revenue water and ILI of the whole network cannot be computed; see with_customer_meters for %2" )
                    .arg( without.join( QStringLiteral( ", " ) ), b.meteredZones.join( QStringLiteral( ", " ) ) );
    }
    *balance = b;
    if ( !key.isEmpty() )
    {
      QMutexLocker locker( &balanceCacheMutex() );
      if ( balanceCache().size() >= 8 )
        balanceCache().clear();
      balanceCache().insert( key, b );
    }
    return true;
  }

  QJsonObject TerritoryBalance::toJson() const
  {
    QJsonArray array;
    for ( const ZoneBalance &zone : zones )
    {
      const bool losses = zone.amrMeters > 0;
      QJsonObject o = zone.summary.toJson();
      double night = 0;
      for ( const BalanceDay &day : zone.summary.days )
        night += day.minimumNightFlow;
      o.insert( QStringLiteral( "mean_minimum_night_flow_m3h" ), zone.summary.days.isEmpty() ? 0.0 : night / zone.summary.days.size() );
      if ( !losses )
      {
        // without customer meters the consumption is unknown: no losses, NRW or ILI (null, not a guess)
        for ( const char *key : { "mean_real_losses_m3_per_day", "non_revenue_percent", "ili" } )
          o.insert( QLatin1String( key ), QJsonValue( QJsonValue::Null ) );
        QJsonArray days;
        for ( const QJsonValue &value : o.value( QStringLiteral( "days" ) ).toArray() )
        {
          QJsonObject day = value.toObject();
          for ( const char *key : { "metered_m3", "consumption_m3", "real_losses_m3", "non_revenue_percent" } )
            day.insert( QLatin1String( key ), QJsonValue( QJsonValue::Null ) );
          days.append( day );
        }
        o.insert( QStringLiteral( "days" ), days );
        o.insert( QStringLiteral( "losses_unavailable_reason" ), kNoCustomerMeters );
      }
      else
        o.insert( QStringLiteral( "metered_share" ), zone.meteredShare );
      o.insert( QStringLiteral( "mains_km" ), zone.asset.mainsKm );
      o.insert( QStringLiteral( "connections" ), zone.asset.connections );
      o.insert( QStringLiteral( "mean_pressure_m" ), zone.asset.pressure );
      o.insert( QStringLiteral( "amr_meters" ), zone.amrMeters );
      array.append( o );
    }
    QJsonObject total{ { QStringLiteral( "mean_inflow_m3_per_day" ), inflow },
                       { QStringLiteral( "mean_minimum_night_flow_m3h" ), minimumNightFlow },
                       { QStringLiteral( "mean_real_losses_m3_per_day" ), orNull( hasConsumption, realLosses ) },
                       { QStringLiteral( "non_revenue_percent" ), orNull( hasConsumption, nonRevenuePercent ) },
                       { QStringLiteral( "uarl_m3_per_day" ), uarl },
                       { QStringLiteral( "ili" ), orNull( hasConsumption, ili ) } };
    if ( !hasConsumption )
      total.insert( QStringLiteral( "losses_unavailable_reason" ), lossesUnavailableReason );
    // the part of the network where losses can be computed (null when no area has customer meters)
    const QJsonValue withMeters = meteredZones.isEmpty()
                                      ? QJsonValue( QJsonValue::Null )
                                      : QJsonObject{ { QStringLiteral( "zones" ), QJsonArray::fromStringList( meteredZones ) },
                                                     { QStringLiteral( "mean_inflow_m3_per_day" ), meteredInflow },
                                                     { QStringLiteral( "mean_real_losses_m3_per_day" ), meteredRealLosses },
                                                     { QStringLiteral( "non_revenue_percent" ), meteredNonRevenuePercent },
                                                     { QStringLiteral( "uarl_m3_per_day" ), meteredUarl },
                                                     { QStringLiteral( "ili" ), meteredIli } };
    return QJsonObject{ { QStringLiteral( "territory" ), territory },
                        { QStringLiteral( "from" ), from.toString( Qt::ISODate ) },
                        { QStringLiteral( "to" ), to.toString( Qt::ISODate ) },
                        { QStringLiteral( "first" ), first.toString( Qt::ISODate ) },
                        { QStringLiteral( "last" ), last.toString( Qt::ISODate ) },
                        { QStringLiteral( "steps" ), steps },
                        { QStringLiteral( "dropped_steps" ), droppedSteps },
                        { QStringLiteral( "sensors" ), QJsonArray::fromStringList( sensors ) },
                        { QStringLiteral( "idle_sensors" ), QJsonArray::fromStringList( idle ) },
                        { QStringLiteral( "total" ), total },
                        { QStringLiteral( "with_customer_meters" ), withMeters },
                        { QStringLiteral( "zones" ), array } };
  }

  namespace
  {
    //! `water balance --territory T [--from DATE] [--to DATE] [--json FILE]` (DATE: UTC day, both included).
    int runTerritoryBalanceCommand( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      QString territory, fromText, toText, json;
      for ( int i = 0; i < args.size(); ++i )
      {
        const QString &a = args.at( i );
        QString *target = a == QLatin1String( "--territory" ) ? &territory
                          : a == QLatin1String( "--from" )    ? &fromText
                          : a == QLatin1String( "--to" )      ? &toText
                          : a == QLatin1String( "--json" )    ? &json
                                                              : nullptr;
        if ( !target )
        {
          err << QCoreApplication::translate( "vigie::hydraulics", "water balance: unexpected argument \"%1\" (with --territory: "
                                                                   "--from DATE, --to DATE, --json FILE)" )
                     .arg( a )
              << '\n';
          return WaterUsage;
        }
        if ( i + 1 >= args.size() )
        {
          err << QCoreApplication::translate( "vigie::hydraulics", "water balance: %1 needs a value" ).arg( a ) << '\n';
          return WaterUsage;
        }
        *target = args.at( ++i );
      }
      QDateTime from, to;
      for ( const auto &date : { qMakePair( &fromText, &from ), qMakePair( &toText, &to ) } )
      {
        if ( date.first->isEmpty() )
          continue;
        const QDate day = QDate::fromString( *date.first, Qt::ISODate );
        if ( !day.isValid() )
        {
          err << QCoreApplication::translate( "vigie::hydraulics", "water balance: \"%1\" is not a date (YYYY-MM-DD)" ).arg( *date.first )
              << '\n';
          return WaterUsage;
        }
        // --to names the last day of the period
        *date.second = QDateTime( date.second == &to ? day.addDays( 1 ) : day, QTime( 0, 0 ), Qt::UTC );
      }
      if ( from.isValid() && !to.isValid() )
        to = from.addDays( 7 );
      TerritoryBalance balance;
      QString error;
      bool noData = false;
      if ( !computeTerritoryBalance( territory, from, to, &balance, &error, &noData ) )
      {
        err << error << '\n';
        return WaterBadInput;
      }
      // "--json -": the JSON alone on standard output
      QString lines;
      QTextStream text( &lines );
      text << QCoreApplication::translate( "vigie::hydraulics", "%1: stored observations from %2 to %3 UTC (%4 time steps, %5 sensors)" )
                  .arg( Territory::displayPath( territory ), balance.first.toString( QStringLiteral( "yyyy-MM-dd HH:mm" ) ),
                        balance.last.toString( QStringLiteral( "yyyy-MM-dd HH:mm" ) ) )
                  .arg( balance.steps )
                  .arg( balance.sensors.size() )
           << '\n';
      for ( const ZoneBalance &zone : std::as_const( balance.zones ) )
      {
        const BalanceSummary &s = zone.summary;
        double night = 0;
        for ( const BalanceDay &day : s.days )
          night += day.minimumNightFlow;
        night = s.days.isEmpty() ? 0 : night / s.days.size();
        if ( zone.amrMeters > 0 )
          text << QCoreApplication::translate( "vigie::hydraulics",
                                               "%1: inflow %2 m3/day, night flow %3 m3/h, real losses %4 m3/day, NRW %5 %, ILI %6" )
                      .arg( s.name )
                      .arg( s.inflow, 0, 'f', 0 )
                      .arg( night, 0, 'f', 1 )
                      .arg( s.realLosses, 0, 'f', 0 )
                      .arg( s.nonRevenuePercent, 0, 'f', 1 )
                      .arg( s.ili, 0, 'f', 1 )
               << '\n';
        else
          text << QCoreApplication::translate(
                      "vigie::hydraulics", "%1: inflow %2 m3/day, night flow %3 m3/h; losses, NRW and ILI need customer meter readings" )
                      .arg( s.name )
                      .arg( s.inflow, 0, 'f', 0 )
                      .arg( night, 0, 'f', 1 )
               << '\n';
      }
      if ( !balance.hasConsumption && balance.meteredZones.isEmpty() )
        text << QCoreApplication::translate( "vigie::hydraulics", "No customer meter readings (AMR) among the stored observations: the "
                                                                  "authorised consumption is unknown, so losses, non-revenue water and "
                                                                  "ILI are not computed." )
             << '\n';
      else if ( !balance.hasConsumption )
        text << QCoreApplication::translate( "vigie::hydraulics", "Areas with customer meter readings (%1): inflow %2 m3/day, real losses "
                                                                  "%3 m3/day, NRW %4 %, ILI %5; the other areas have none, so the whole "
                                                                  "network's losses are not computed." )
                    .arg( balance.meteredZones.join( QStringLiteral( ", " ) ) )
                    .arg( balance.meteredInflow, 0, 'f', 0 )
                    .arg( balance.meteredRealLosses, 0, 'f', 0 )
                    .arg( balance.meteredNonRevenuePercent, 0, 'f', 1 )
                    .arg( balance.meteredIli, 0, 'f', 1 )
             << '\n';
      text.flush();
      if ( json != QLatin1String( "-" ) )
        out << lines;
      if ( !json.isEmpty() )
      {
        const QByteArray document = QJsonDocument( balance.toJson() ).toJson();
        if ( json == QLatin1String( "-" ) )
          out << QString::fromUtf8( document );
        else
        {
          QSaveFile file( json );
          if ( !file.open( QIODevice::WriteOnly ) || file.write( document ) < 0 || !file.commit() )
          {
            err << QCoreApplication::translate( "vigie::hydraulics", "%1: cannot write" ).arg( QDir::toNativeSeparators( json ) ) << '\n';
            return WaterFailed;
          }
        }
      }
      return WaterOk;
    }
  } // namespace
} // namespace vigie::hydraulics
