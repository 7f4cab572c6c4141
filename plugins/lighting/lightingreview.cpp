// SPDX-License-Identifier: GPL-2.0-or-later
// The street-lighting slides of the review deck (issue 9): the figures of
// `vigie-cli lighting optimise TERRITORY --json` with its defaults, computed by the same
// functions (loadInventory + optimise with default OptimisationParameters).
#include "inventory.h"
#include "lightingplugin.h"
#include "optimiser.h"

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

    QDateTime fileDate( const QString &path )
    {
      const QFileInfo info( path );
      return info.exists() ? info.lastModified().toUTC() : QDateTime();
    }
  } // namespace

  QList<review::Slide> LightingPlugin::reviewSlides( const review::ReviewContext &context, QString *errorMessage ) const
  {
    using namespace review;
    const DeckLanguage lang( context.language );
    const QString source = QStringLiteral( "vigie-cli lighting optimise %1 --json" ).arg( context.territoryPath );
    auto from = [&source]( const char *key ) -> QString { return source + QStringLiteral( ": " ) + QLatin1String( key ); };
    const QString kwhYear = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "kWh/yr" ) );
    const QString eurYear = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "€/yr" ) );
    const QString tco2Year = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "t CO₂/yr" ) );
    const QString euro = QStringLiteral( "€" );

    // the same loading and parameters as `vigie-cli lighting optimise` without options
    lighting::Inventory inventory;
    QString error;
    if ( !lighting::loadInventory( context.territoryPath, &inventory, &error ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return {};
    }
    const QDateTime date = fileDate( context.territoryPath );
    Slide savings;
    savings.id = QStringLiteral( "lighting.savings" );
    savings.domain = id();
    savings.kind = Slide::Kind::Figures;
    savings.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Street lighting: energy and money saved" ) );
    if ( inventory.luminaires.isEmpty() )
    {
      const QString reason = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "no luminaire in this territory" ) );
      savings.figures << unavailableFigure( QStringLiteral( "lighting.energy_saved_kwh" ),
                                            deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Energy saved by street lighting" ) ),
                                            reason, from( "baseline_kwh - optimised_kwh" ), true )
                      << unavailableFigure( QStringLiteral( "lighting.money_saved_eur" ),
                                            deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Money saved by street lighting" ) ),
                                            reason, from( "baseline_eur - optimised_eur" ), true );
      return { savings };
    }
    const lighting::OptimisationParameters parameters;
    lighting::OptimisationResult r;
    if ( !lighting::optimise( inventory, parameters, &r, &error ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return {};
    }

    savings.subtitle = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "%1 luminaires, plan of %2 years, adaptive dimming" ) )
                           .arg( lang.number( inventory.luminaires.size() ) )
                           .arg( parameters.retrofit.years );
    savings.figures << numberFigure( lang, QStringLiteral( "lighting.energy_saved_kwh" ),
                                     deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Energy saved by street lighting" ) ),
                                     r.baseline.kwh - r.optimised.kwh, 0, kwhYear, from( "baseline_kwh - optimised_kwh" ), date, true )
                    << numberFigure( lang, QStringLiteral( "lighting.money_saved_eur" ),
                                     deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Money saved by street lighting" ) ),
                                     r.baseline.eur - r.optimised.eur, 0, eurYear, from( "baseline_eur - optimised_eur" ), date, true )
                    << ratioFigure( lang, QStringLiteral( "lighting.saving_ratio" ),
                                    deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Energy saving" ) ), r.savingRatio, 1,
                                    from( "saving_ratio" ), date )
                    << numberFigure( lang, QStringLiteral( "lighting.baseline_kwh" ),
                                     deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Energy before (full power all night)" ) ),
                                     r.baseline.kwh, 0, kwhYear, from( "baseline_kwh" ), date )
                    << numberFigure( lang, QStringLiteral( "lighting.optimised_kwh" ),
                                     deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Energy after the plan and dimming" ) ),
                                     r.optimised.kwh, 0, kwhYear, from( "optimised_kwh" ), date )
                    << numberFigure( lang, QStringLiteral( "lighting.co2_saved_t" ),
                                     deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "CO₂ avoided" ) ),
                                     r.baseline.tco2 - r.optimised.tco2, 1, tco2Year, from( "baseline_tco2 - optimised_tco2" ), date )
                    << ratioFigure( lang, QStringLiteral( "lighting.compliance_ratio" ),
                                    deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "EN 13201 compliance (street × time band)" ) ),
                                    r.complianceRatio, 1, from( "compliance_ratio" ), date );
    savings.notes =
        deckText( lang,
                  QT_TRANSLATE_NOOP(
                      "vigie::review",
                      "Defaults of vigie-cli lighting optimise: budget %1 €/yr over %2 years, tariff %3 / %4 €/kWh, %5 kg CO₂/kWh." ) )
            .arg( lang.number( parameters.retrofit.budgetPerYear ) )
            .arg( parameters.retrofit.years )
            .arg( lang.number( parameters.energy.peakPrice, 4 ), lang.number( parameters.energy.offPeakPrice, 4 ),
                  lang.number( parameters.energy.co2KgPerKwh, 3 ) );

    Slide plan;
    plan.id = QStringLiteral( "lighting.plan" );
    plan.domain = id();
    plan.kind = Slide::Kind::Chart;
    plan.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Street lighting: LED retrofit plan" ) );
    plan.figures << numberFigure( lang, QStringLiteral( "lighting.investment_eur" ),
                                  deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Investment" ) ), r.investment, 0, euro,
                                  from( "investment_eur" ), date )
                 << numberFigure( lang, QStringLiteral( "lighting.subsidies_eur" ),
                                  deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Subsidies (CEE)" ) ), r.subsidies, 0, euro,
                                  from( "subsidies_eur" ), date )
                 << numberFigure( lang, QStringLiteral( "lighting.payback_years" ),
                                  deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Payback" ) ), r.paybackYears, 1,
                                  deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "years" ) ), from( "payback_years" ), date );
    Chart chart;
    chart.kind = Chart::Kind::Bar;
    chart.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Retrofit per year: investment and yearly saving (€)" ) );
    chart.xLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Year" ) );
    chart.yLabel = euro;
    ChartSeries cost{ deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Investment" ) ), {} };
    ChartSeries saved{ deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Saving per year" ) ), {} };
    Table table;
    table.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "LED retrofit plan per year" ) );
    table.columns << deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Year" ) )
                  << deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Units" ) )
                  << deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Luminaires" ) )
                  << deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Investment (€)" ) )
                  << deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Subsidies (€)" ) )
                  << kwhYear + deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", " saved" ) )
                  << eurYear + deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", " saved" ) );
    for ( int i = 0; i < r.plan.size(); ++i )
    {
      const lighting::PlanYear &y = r.plan.at( i );
      chart.categories << QString::number( y.year );
      cost.points << QPointF( i, y.cost );
      saved.points << QPointF( i, y.eurSaved );
      table.rows << QStringList{ QString::number( y.year ),  lang.number( y.units ),    lang.number( y.luminaires ), lang.number( y.cost ),
                                 lang.number( y.subsidies ), lang.number( y.kwhSaved ), lang.number( y.eurSaved ) };
    }
    chart.series << cost << saved;
    plan.charts << chart;
    plan.tables << table;

    Slide map;
    map.id = QStringLiteral( "lighting.map" );
    map.domain = id();
    map.kind = Slide::Kind::BeforeAfter;
    map.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Street lighting: before and after" ) );
    MapView before;
    before.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Before: lamp power today" ) );
    before.layers << QStringLiteral( "lighting:luminaires" ) << QStringLiteral( "territory:streets" );
    before.styleHint = QStringLiteral( "lighting:power-before" );
    MapView after;
    after.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "After: power with the plan and dimming" ) );
    after.layers = before.layers;
    after.styleHint = QStringLiteral( "lighting:power-after" );
    map.maps << before << after;
    map.figures << numberFigure( lang, QStringLiteral( "lighting.baseline_kwh" ),
                                 deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Before" ) ), r.baseline.kwh, 0, kwhYear,
                                 from( "baseline_kwh" ), date )
                << numberFigure( lang, QStringLiteral( "lighting.optimised_kwh" ),
                                 deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "After" ) ), r.optimised.kwh, 0, kwhYear,
                                 from( "optimised_kwh" ), date );

    Slide classes;
    classes.id = QStringLiteral( "lighting.classes" );
    classes.domain = id();
    classes.kind = Slide::Kind::Map;
    classes.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Street lighting: EN 13201 classes of the streets" ) );
    MapView classMap;
    classMap.title = classes.title;
    classMap.layers << QStringLiteral( "territory:streets" ) << QStringLiteral( "lighting:luminaires" );
    classMap.styleHint = QStringLiteral( "lighting:class" );
    classes.maps << classMap;
    classes.figures << ratioFigure( lang, QStringLiteral( "lighting.compliance_ratio" ),
                                    deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "EN 13201 compliance (street × time band)" ) ),
                                    r.complianceRatio, 1, from( "compliance_ratio" ), date );

    if ( errorMessage )
      errorMessage->clear();
    return { savings, plan, map, classes };
  }
} // namespace vigie
