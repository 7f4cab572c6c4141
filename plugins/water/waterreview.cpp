// SPDX-License-Identifier: GPL-2.0-or-later
// The water slides of the review deck (issue 9): the network of the territory as
// `vigie-cli water export TERRITORY` reads it (territoryNetwork), and the water balance of the
// observations the territory stores (computeTerritoryBalance, as `vigie-cli water balance --territory`):
// losses, non-revenue water and ILI only when customer meter readings are stored, else the reason.
#include "network.h"
#include "waterbalance.h"
#include "waterplugin.h"
#include "waterterritory.h"

#include <QFileInfo>

namespace vigie
{
  namespace
  {
    //! The deck's label in its language. lupdate does not look inside tr( QT_TRANSLATE_NOOP( ... ) ),
    //! so the labels reach DeckLanguage::tr() through this function.
    QString deckText( const review::DeckLanguage &language, const char *source )
    {
      return language.tr( source );
    }
  } // namespace

  QList<review::Slide> WaterPlugin::reviewSlides( const review::ReviewContext &context, QString *errorMessage ) const
  {
    using namespace review;
    const DeckLanguage lang( context.language );
    const QString source = QStringLiteral( "vigie-cli water export %1 --out NET.inp" ).arg( context.territoryPath );
    const QFileInfo file( context.territoryPath );
    const QDateTime date = file.exists() ? file.lastModified().toUTC() : QDateTime();

    Slide network;
    network.id = QStringLiteral( "water.network" );
    network.domain = id();
    network.kind = Slide::Kind::Figures;
    network.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Drinking water: the network" ) );
    MapView map;
    map.title = network.title;
    map.layers << QStringLiteral( "water:pipes" ) << QStringLiteral( "water:junctions" ) << QStringLiteral( "water:reservoirs" )
               << QStringLiteral( "water:tanks" ) << QStringLiteral( "water:dmas" );
    map.styleHint = QStringLiteral( "water:network" );
    network.maps << map;

    hydraulics::Network model;
    QString error;
    const bool hasNetwork = hydraulics::territoryNetwork( context.territoryPath, QString(), &model, &error );
    if ( !hasNetwork )
    {
      const QString reason =
          deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "no water network can be read from this territory: %1" ) ).arg( error );
      network.figures << unavailableFigure( QStringLiteral( "water.pipes_km" ),
                                            deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Length of pipes" ) ), reason,
                                            source + QStringLiteral( ": [PIPES]" ) );
    }
    else
    {
      double length = 0;
      for ( const hydraulics::Pipe &pipe : std::as_const( model.pipes ) )
        length += pipe.length;
      // pipe lengths are in the model's units: metres with SI flow units, feet with US units
      const double km = length * ( hydraulics::isMetric( model.flowUnits ) ? 1.0 : 0.3048 ) / 1000.0;
      network.subtitle = model.title.section( QLatin1Char( '\n' ), 0, 0 );
      network.figures << numberFigure( lang, QStringLiteral( "water.pipes_km" ),
                                       deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Length of pipes" ) ), km, 1,
                                       QStringLiteral( "km" ), source + QStringLiteral( ": sum of [PIPES] lengths" ), date )
                      << countFigure( lang, QStringLiteral( "water.pipes" ),
                                      deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Pipes" ) ), model.pipes.size(),
                                      source + QStringLiteral( ": [PIPES]" ), date )
                      << countFigure( lang, QStringLiteral( "water.junctions" ),
                                      deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Junctions" ) ), model.junctions.size(),
                                      source + QStringLiteral( ": [JUNCTIONS]" ), date )
                      << countFigure( lang, QStringLiteral( "water.tanks_reservoirs" ),
                                      deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Tanks and reservoirs" ) ),
                                      model.tanks.size() + model.reservoirs.size(), source + QStringLiteral( ": [TANKS] + [RESERVOIRS]" ),
                                      date )
                      << countFigure( lang, QStringLiteral( "water.pumps_valves" ),
                                      deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Pumps and valves" ) ),
                                      model.pumps.size() + model.valves.size(), source + QStringLiteral( ": [PUMPS] + [VALVES]" ), date );
    }

    // The balance of the territory's stored observations (the last 7 days of data): what
    // `vigie-cli water balance --territory T --json F` prints, computed by the same function.
    Slide balance;
    balance.id = QStringLiteral( "water.balance" );
    balance.domain = id();
    balance.kind = Slide::Kind::Figures;
    balance.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Drinking water: losses and non-revenue water" ) );
    const QString balanceSource = QStringLiteral( "vigie-cli water balance --territory %1 --json FILE" ).arg( context.territoryPath );
    const QString lossesLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Water losses" ) );
    const QString nrwLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Non-revenue water" ) );
    const QString iliLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Infrastructure leakage index" ) );
    const QString inflowLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Water put into the network" ) );
    const QString nightLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Minimum night flow" ) );
    const QString perDay = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "m³/day" ) );
    hydraulics::TerritoryBalance waterBalance;
    bool noData = false;
    if ( !hydraulics::computeTerritoryBalance( context.territoryPath, QDateTime(), QDateTime(), &waterBalance, &error, &noData ) )
    {
      const QString reason =
          noData ? deckText( lang, QT_TRANSLATE_NOOP( "vigie::review",
                                                      "the territory stores no flow meter readings of its water network yet: %1" ) )
                       .arg( error )
                 : deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "the water balance cannot be computed: %1" ) ).arg( error );
      balance.figures << unavailableFigure( QStringLiteral( "water.real_losses" ), lossesLabel, reason,
                                            balanceSource + QStringLiteral( ": total.mean_real_losses_m3_per_day" ), true )
                      << unavailableFigure( QStringLiteral( "water.non_revenue_water" ), nrwLabel, reason,
                                            balanceSource + QStringLiteral( ": total.non_revenue_percent" ), true )
                      << unavailableFigure( QStringLiteral( "water.ili" ), iliLabel, reason,
                                            balanceSource + QStringLiteral( ": total.ili" ) );
      balance.notes = reason;
    }
    else
    {
      const QDateTime asOf = waterBalance.last;
      const QString period = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "%1 to %2" ) )
                                 .arg( lang.locale().toString( waterBalance.first.date(), QLocale::ShortFormat ),
                                       lang.locale().toString( waterBalance.last.date(), QLocale::ShortFormat ) );
      balance.subtitle = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Stored observations, %1" ) ).arg( period );
      if ( waterBalance.hasConsumption )
      {
        balance.figures << numberFigure( lang, QStringLiteral( "water.real_losses" ), lossesLabel, waterBalance.realLosses, 0, perDay,
                                         balanceSource + QStringLiteral( ": total.mean_real_losses_m3_per_day" ), asOf, true )
                        << ratioFigure( lang, QStringLiteral( "water.non_revenue_water" ), nrwLabel, waterBalance.nonRevenuePercent / 100.0,
                                        1, balanceSource + QStringLiteral( ": total.non_revenue_percent / 100" ), asOf, true )
                        << numberFigure( lang, QStringLiteral( "water.ili" ), iliLabel, waterBalance.ili, 1, QString(),
                                         balanceSource + QStringLiteral( ": total.ili" ), asOf );
      }
      else if ( !waterBalance.meteredZones.isEmpty() )
      {
        // only some areas have customer meters (L-Town: area C): their losses, labelled with the area,
        // never presented as the whole network's
        const QString areas = waterBalance.meteredZones.join( QStringLiteral( ", " ) );
        auto inArea = [&]( const QString &label )
        {
          return ( waterBalance.meteredZones.size() == 1 ? deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "%1, area %2" ) )
                                                         : deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "%1, areas %2" ) ) )
              .arg( label, areas );
        };
        const QString part = balanceSource + QStringLiteral( ": with_customer_meters." );
        balance.figures << numberFigure( lang, QStringLiteral( "water.real_losses" ), inArea( lossesLabel ), waterBalance.meteredRealLosses,
                                         0, perDay, part + QStringLiteral( "mean_real_losses_m3_per_day" ), asOf, true )
                        << ratioFigure( lang, QStringLiteral( "water.non_revenue_water" ), inArea( nrwLabel ),
                                        waterBalance.meteredNonRevenuePercent / 100.0, 1,
                                        part + QStringLiteral( "non_revenue_percent / 100" ), asOf, true )
                        << numberFigure( lang, QStringLiteral( "water.ili" ), inArea( iliLabel ), waterBalance.meteredIli, 1, QString(),
                                         part + QStringLiteral( "ili" ), asOf );
        QStringList others;
        for ( const hydraulics::ZoneBalance &zone : std::as_const( waterBalance.zones ) )
          if ( zone.amrMeters == 0 )
            others << zone.summary.name;
        balance.notes =
            deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Losses, non-revenue water and ILI of the metered area(s) %1, which have "
                                                                "customer meter readings (AMR); %2 have none, so their authorised "
                                                                "consumption and the whole network's losses are unknown." ) )
                .arg( areas, others.join( QStringLiteral( ", " ) ) );
      }
      else
      {
        // inflows alone say nothing about losses: no fake figure, the reason instead
        const QString reason = deckText(
            lang, QT_TRANSLATE_NOOP( "vigie::review", "no customer meter readings (AMR) among the stored observations: the authorised "
                                                      "consumption is unknown, so losses and non-revenue water cannot be computed" ) );
        balance.figures << unavailableFigure( QStringLiteral( "water.real_losses" ), lossesLabel, reason,
                                              balanceSource + QStringLiteral( ": total.mean_real_losses_m3_per_day" ), true )
                        << unavailableFigure( QStringLiteral( "water.non_revenue_water" ), nrwLabel, reason,
                                              balanceSource + QStringLiteral( ": total.non_revenue_percent" ), true )
                        << unavailableFigure( QStringLiteral( "water.ili" ), iliLabel, reason,
                                              balanceSource + QStringLiteral( ": total.ili" ) );
        balance.notes = reason;
      }
      balance.figures << numberFigure( lang, QStringLiteral( "water.inflow" ), inflowLabel, waterBalance.inflow, 0, perDay,
                                       balanceSource + QStringLiteral( ": total.mean_inflow_m3_per_day" ), asOf )
                      << numberFigure( lang, QStringLiteral( "water.minimum_night_flow" ), nightLabel, waterBalance.minimumNightFlow, 1,
                                       QStringLiteral( "m³/h" ), balanceSource + QStringLiteral( ": total.mean_minimum_night_flow_m3h" ),
                                       asOf, true );
      // daily inflow and night flow of each metered area: the chart and its table
      Chart chart;
      chart.kind = Chart::Kind::Bar;
      chart.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Water put into each metered area per day (m³)" ) );
      chart.yLabel = QStringLiteral( "m³" );
      for ( const hydraulics::ZoneBalance &zone : std::as_const( waterBalance.zones ) )
      {
        ChartSeries series;
        series.name = zone.summary.name;
        for ( int d = 0; d < zone.summary.days.size(); ++d )
        {
          const QString day = lang.locale().toString( QDateTime::fromSecsSinceEpoch( zone.summary.days.at( d ).day, Qt::UTC ).date(),
                                                      QStringLiteral( "ddd d MMM" ) );
          if ( chart.categories.size() <= d )
            chart.categories << day;
          series.points << QPointF( d, zone.summary.days.at( d ).inflow );
        }
        chart.series << series;
      }
      if ( !chart.series.isEmpty() )
      {
        balance.kind = Slide::Kind::Chart;
        balance.charts << chart;
        balance.tables << chart.toTable();
      }
    }
    if ( errorMessage )
      errorMessage->clear();
    return { network, balance };
  }
} // namespace vigie
