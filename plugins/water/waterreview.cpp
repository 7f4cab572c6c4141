// SPDX-License-Identifier: GPL-2.0-or-later
// The water slides of the review deck (issue 9): the network of the territory as
// `vigie-cli water export TERRITORY` reads it (territoryNetwork), and the water balance,
// which needs SCADA flows that a territory does not store yet (said on the slide, not zero).
#include "network.h"
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

    // The balance (inflow, losses, NRW, ILI) of `vigie-cli water balance` needs the SCADA inflows
    // and AMR readings of a period: a territory keeps neither yet, so the figures say so.
    Slide balance;
    balance.id = QStringLiteral( "water.balance" );
    balance.domain = id();
    balance.kind = Slide::Kind::Figures;
    balance.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Drinking water: losses and non-revenue water" ) );
    const QString balanceSource = QStringLiteral( "vigie-cli water balance --network NET.inp --scada DIR --json FILE" );
    const QString reason = deckText(
        lang, QT_TRANSLATE_NOOP( "vigie::review",
                                 "the water balance needs the SCADA inflows and meter readings of a period; this territory stores none "
                                 "(run vigie-cli water balance on the SCADA files)" ) );
    balance.figures << unavailableFigure( QStringLiteral( "water.real_losses" ),
                                          deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Water losses" ) ), reason,
                                          balanceSource + QStringLiteral( ": zones[].mean_real_losses_m3_per_day" ), true )
                    << unavailableFigure( QStringLiteral( "water.non_revenue_water" ),
                                          deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Non-revenue water" ) ), reason,
                                          balanceSource + QStringLiteral( ": zones[].non_revenue_percent" ), true )
                    << unavailableFigure( QStringLiteral( "water.ili" ),
                                          deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Infrastructure leakage index" ) ), reason,
                                          balanceSource + QStringLiteral( ": zones[].ili" ) );
    balance.notes = reason;
    if ( errorMessage )
      errorMessage->clear();
    return { network, balance };
  }
} // namespace vigie
