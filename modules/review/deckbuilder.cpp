// SPDX-License-Identifier: GPL-2.0-or-later
#include "deckbuilder.h"

#include "alarms.h"
#include "budgetstore.h"
#include "log.h"
#include "observationstore.h"
#include "pluginmanager.h"
#include "roadmapreport.h"
#include "roadmapstore.h"
#include "territory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace vigie::review
{
  namespace
  {
    //! The deck's label in its language. lupdate does not look inside tr( QT_TRANSLATE_NOOP( ... ) ),
    //! so the labels reach DeckLanguage::tr() through this function.
    QString deckText( const DeckLanguage &language, const char *source )
    {
      return language.tr( source );
    }

    const QString kTopic = QStringLiteral( "review" );

    //! Domain plugins whose key figures the overview expects (shown as missing when the plugin is absent).
    struct ExpectedFigure
    {
      const char *plugin;
      const char *id;
      const char *label; //!< QT_TRANSLATE_NOOP literal
    };
    const ExpectedFigure kExpectedKeyFigures[] = {
        { "lighting", "lighting.energy_saved_kwh", QT_TRANSLATE_NOOP( "vigie::review", "Energy saved by street lighting" ) },
        { "lighting", "lighting.money_saved_eur", QT_TRANSLATE_NOOP( "vigie::review", "Money saved by street lighting" ) },
        { "water", "water.real_losses", QT_TRANSLATE_NOOP( "vigie::review", "Water losses" ) },
        { "water", "water.non_revenue_water", QT_TRANSLATE_NOOP( "vigie::review", "Non-revenue water" ) },
    };

    QString shown( const QString &path )
    {
      return QDir::toNativeSeparators( path );
    }

    Slide missingSlide( const QString &id, const QString &domain, const QString &title, const QString &reason )
    {
      Slide slide;
      slide.id = id;
      slide.domain = domain;
      slide.kind = Slide::Kind::Missing;
      slide.title = title;
      slide.unavailableReason = reason;
      return slide;
    }

    // ------------------------------------------------------------------ alarms and feeds

    QList<Slide> feedsSlides( const ReviewContext &context, const DeckLanguage &lang )
    {
      const QString alarmsSource = QStringLiteral( "vigie-cli alarms list %1 --json" ).arg( context.territoryPath );
      const QString sensorsSource = QStringLiteral( "vigie-cli sensors list %1 --json" ).arg( context.territoryPath );
      const QString observationsSource = QStringLiteral( "vigie-cli observations %1 --json" ).arg( context.territoryPath );
      Slide alarms;
      alarms.id = QStringLiteral( "alarms" );
      alarms.domain = QStringLiteral( "feeds" );
      alarms.kind = Slide::Kind::Figures;
      alarms.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Open alarms" ) );
      Slide feeds;
      feeds.id = QStringLiteral( "feeds" );
      feeds.domain = QStringLiteral( "feeds" );
      feeds.kind = Slide::Kind::Figures;
      feeds.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Live feeds" ) );

      const QString openLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Open alarms" ) );
      const QString criticalLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Critical alarms" ) );
      const QString warningLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Warning alarms" ) );
      const QString infoLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Information alarms" ) );
      const QString sensorsLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Sensors" ) );
      const QString boundLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Sensors bound to an asset" ) );
      const QString observationsLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Observations stored" ) );
      const QString lastLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Last observation" ) );

      QString error;
      bool noFeeds = false;
      std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::openReadOnly( context.territoryPath, &error, &noFeeds );
      if ( !store )
      {
        const QString reason =
            noFeeds
                ? deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "no live feed in this territory yet (no sensors, no observations)" ) )
                : deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "the live feeds cannot be read: %1" ) ).arg( error );
        alarms.figures << unavailableFigure( QStringLiteral( "feeds.open_alarms" ), openLabel, reason, alarmsSource, true );
        feeds.figures << unavailableFigure( QStringLiteral( "feeds.sensors" ), sensorsLabel, reason, sensorsSource )
                      << unavailableFigure( QStringLiteral( "feeds.observations" ), observationsLabel, reason, observationsSource )
                      << unavailableFigure( QStringLiteral( "feeds.last_observation" ), lastLabel, reason, sensorsSource );
        return { alarms, feeds };
      }

      const QList<feeds::SensorInfo> sensors = store->sensors();
      QDateTime last;
      int bound = 0;
      for ( const feeds::SensorInfo &s : sensors )
      {
        if ( s.isBound() )
          ++bound;
        if ( s.lastTime.isValid() && ( !last.isValid() || s.lastTime > last ) )
          last = s.lastTime;
      }
      const QDateTime asOf = last.isValid() ? last.toUTC() : QDateTime();

      // as `vigie-cli alarms list` prints them: open (raised or acknowledged), newest first
      const QList<feeds::Alarm> open = store->alarms() ? store->alarms()->alarms( false ) : QList<feeds::Alarm>();
      int critical = 0, warning = 0, info = 0;
      for ( const feeds::Alarm &a : open )
      {
        switch ( a.severity )
        {
        case feeds::AlarmSeverity::Critical:
          ++critical;
          break;
        case feeds::AlarmSeverity::Warning:
          ++warning;
          break;
        case feeds::AlarmSeverity::Info:
          ++info;
          break;
        }
      }
      alarms.figures << countFigure( lang, QStringLiteral( "feeds.open_alarms" ), openLabel, open.size(),
                                     alarmsSource + QStringLiteral( ": alarms" ), asOf, true )
                     << countFigure( lang, QStringLiteral( "feeds.open_alarms_critical" ), criticalLabel, critical,
                                     alarmsSource + QStringLiteral( ": alarms[severity=critical]" ), asOf )
                     << countFigure( lang, QStringLiteral( "feeds.open_alarms_warning" ), warningLabel, warning,
                                     alarmsSource + QStringLiteral( ": alarms[severity=warning]" ), asOf )
                     << countFigure( lang, QStringLiteral( "feeds.open_alarms_info" ), infoLabel, info,
                                     alarmsSource + QStringLiteral( ": alarms[severity=info]" ), asOf );
      if ( !open.isEmpty() )
      {
        Table table;
        table.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Newest open alarms" ) );
        table.columns << deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Raised" ) )
                      << deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Severity" ) )
                      << deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Sensor" ) )
                      << deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Message" ) );
        for ( int i = 0; i < open.size() && i < 10; ++i )
        {
          const feeds::Alarm &a = open.at( i );
          const QString severity =
              a.severity == feeds::AlarmSeverity::Critical  ? deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "critical" ) )
              : a.severity == feeds::AlarmSeverity::Warning ? deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "warning" ) )
                                                            : deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "information" ) );
          table.rows << QStringList{ lang.locale().toString( a.raisedAt.toUTC(), QLocale::ShortFormat ), severity, a.sensorId, a.message };
        }
        alarms.tables << table;
      }
      alarms.notes = deckText(
          lang, QT_TRANSLATE_NOOP( "vigie::review",
                                   "Open alarms are raised or acknowledged and not yet cleared, as vigie-cli alarms list prints them." ) );

      feeds.figures << countFigure( lang, QStringLiteral( "feeds.sensors" ), sensorsLabel, sensors.size(),
                                    sensorsSource + QStringLiteral( ": sensors" ), asOf )
                    << countFigure( lang, QStringLiteral( "feeds.bound_sensors" ), boundLabel, bound,
                                    sensorsSource + QStringLiteral( ": sensors[layer]" ), asOf )
                    << countFigure( lang, QStringLiteral( "feeds.observations" ), observationsLabel, store->count(),
                                    observationsSource + QStringLiteral( ": observations" ), asOf );
      if ( last.isValid() )
      {
        Figure f;
        f.id = QStringLiteral( "feeds.last_observation" );
        f.label = lastLabel;
        f.value = last.toUTC().toString( Qt::ISODate );
        f.text = lang.locale().toString( last.toUTC(), QLocale::ShortFormat ) + QStringLiteral( " UTC" );
        f.source = sensorsSource + QStringLiteral( ": max(sensors[].last_time)" );
        f.dataDate = asOf;
        feeds.figures << f;
      }
      else
        feeds.figures << unavailableFigure( QStringLiteral( "feeds.last_observation" ), lastLabel,
                                            deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "no observation received yet" ) ),
                                            sensorsSource );
      return { alarms, feeds };
    }

    // ------------------------------------------------------------------ roadmap

    Slide roadmapSlide( const ReviewContext &context, const DeckLanguage &lang )
    {
      Slide slide;
      slide.id = QStringLiteral( "roadmap" );
      slide.domain = QStringLiteral( "roadmap" );
      slide.kind = Slide::Kind::Chart;
      slide.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Roadmap: progress against budget" ) );
      const QString source = QStringLiteral( "vigie-cli roadmap report %1 --out REPORT.pdf: budget page" ).arg( context.territoryPath );
      const QString doneLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Projects done" ) );
      const QString progressLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Projects in progress" ) );
      const QString lateLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Projects late" ) );
      const QString usedLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Budget of the year committed" ) );

      roadmap::StoredRoadmap stored;
      QString error;
      bool found = false;
      if ( !roadmap::loadRoadmapFromTerritory( context.territoryPath, &stored, &error, &found ) || !found )
      {
        const QString reason = found || !error.isEmpty()
                                   ? deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "the roadmap cannot be read: %1" ) ).arg( error )
                                   : deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "no roadmap in this territory" ) );
        slide.kind = Slide::Kind::Figures;
        slide.figures << unavailableFigure( QStringLiteral( "roadmap.projects_done" ), doneLabel, reason, source, true )
                      << unavailableFigure( QStringLiteral( "roadmap.budget_used_ratio" ), usedLabel, reason, source, true );
        return slide;
      }
      const QDateTime updated = QDateTime::fromString( stored.updated, Qt::ISODate ).toUTC();
      const QDate date = context.date.isValid() ? context.date : QDate::currentDate();
      const roadmap::YearMonth now{ date.year(), date.month() };
      int done = 0, inProgress = 0, late = 0, active = 0;
      QStringList lateTitles;
      for ( const roadmap::Project &p : std::as_const( stored.roadmap.projects ) )
      {
        if ( p.status == roadmap::Status::Cancelled )
          continue;
        ++active;
        if ( p.status == roadmap::Status::Done )
          ++done;
        else if ( p.status == roadmap::Status::InProgress )
        {
          ++inProgress;
          // late: still in progress after its planned end
          if ( p.start.isValid() && p.end().monthIndex() <= now.monthIndex() )
          {
            ++late;
            lateTitles << p.title;
          }
        }
        else if ( p.status == roadmap::Status::Approved && p.start.isValid() && p.start.monthIndex() < now.monthIndex() )
        {
          // late: approved, planned to start before this month, not started
          ++late;
          lateTitles << p.title;
        }
      }
      slide.figures << countFigure( lang, QStringLiteral( "roadmap.projects" ),
                                    deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Projects (not cancelled)" ) ), active, source,
                                    updated )
                    << countFigure( lang, QStringLiteral( "roadmap.projects_done" ), doneLabel, done, source, updated, true )
                    << countFigure( lang, QStringLiteral( "roadmap.projects_in_progress" ), progressLabel, inProgress, source, updated )
                    << countFigure( lang, QStringLiteral( "roadmap.projects_late" ), lateLabel, late, source, updated );

      const QList<roadmap::YearBudget> years = roadmap::planBudgets( stored.roadmap, stored.settings.caps );
      Chart chart;
      chart.kind = Chart::Kind::Bar;
      chart.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Capital spending per year against the cap (€)" ) );
      chart.xLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Year" ) );
      chart.yLabel = QStringLiteral( "€" );
      ChartSeries committed{ deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Committed" ) ), {} };
      ChartSeries planned{ deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Planned" ) ), {} };
      ChartSeries caps{ deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Cap" ) ), {} };
      bool yearFound = false;
      for ( int i = 0; i < years.size(); ++i )
      {
        const roadmap::YearBudget &b = years.at( i );
        chart.categories << QString::number( b.year );
        committed.points << QPointF( i, b.committed );
        planned.points << QPointF( i, b.planned );
        if ( b.capped )
          caps.points << QPointF( i, b.cap );
        if ( b.year == date.year() )
        {
          yearFound = true;
          slide.figures << numberFigure( lang, QStringLiteral( "roadmap.committed_eur" ),
                                         deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Committed this year" ) ), b.committed, 0,
                                         QStringLiteral( "€" ), source + QStringLiteral( ": committed %1" ).arg( b.year ), updated )
                        << numberFigure( lang, QStringLiteral( "roadmap.planned_eur" ),
                                         deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Planned this year" ) ), b.planned, 0,
                                         QStringLiteral( "€" ), source + QStringLiteral( ": planned %1" ).arg( b.year ), updated );
          if ( b.capped && b.cap > 0 )
            slide.figures << numberFigure( lang, QStringLiteral( "roadmap.cap_eur" ),
                                           deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Cap this year" ) ), b.cap, 0,
                                           QStringLiteral( "€" ), source + QStringLiteral( ": cap %1" ).arg( b.year ), updated )
                          << ratioFigure( lang, QStringLiteral( "roadmap.budget_used_ratio" ), usedLabel, b.committed / b.cap, 1,
                                          source + QStringLiteral( ": committed / cap %1" ).arg( b.year ), updated, true );
          else
            slide.figures << unavailableFigure(
                QStringLiteral( "roadmap.budget_used_ratio" ), usedLabel,
                deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "no budget cap set for %1" ) ).arg( b.year ), source, true );
        }
      }
      if ( !yearFound )
        slide.figures << unavailableFigure(
            QStringLiteral( "roadmap.budget_used_ratio" ), usedLabel,
            deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "no spending and no cap in %1" ) ).arg( date.year() ), source, true );
      chart.series << committed << planned;
      if ( !caps.points.isEmpty() )
        chart.series << caps;
      slide.charts << chart;
      slide.tables << chart.toTable();
      if ( !lateTitles.isEmpty() )
        slide.notes = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Late: %1" ) ).arg( lateTitles.join( QStringLiteral( "; " ) ) );
      return slide;
    }

    // ------------------------------------------------------------------ participatory budget

    Slide budgetSlide( const ReviewContext &context, const DeckLanguage &lang )
    {
      Slide slide;
      slide.id = QStringLiteral( "budget" );
      slide.domain = QStringLiteral( "budget" );
      slide.kind = Slide::Kind::Figures;
      slide.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Participatory budget" ) );
      const QString source = QStringLiteral( "vigie-cli budget show %1 --json" ).arg( context.territoryPath );
      const QString fundedLabel = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Participatory budget: projects funded" ) );

      // the attached election counted again with its rule: what `vigie-cli budget show` prints
      budget::AttachedElection attached;
      budget::AllocationResult result;
      QString error;
      bool found = false;
      const bool read = budget::attachedElection( context.territoryPath, &attached, &found, &error );
      if ( !read || !found || !budget::countAttachedElection( attached, &result, &error ) )
      {
        const QString reason =
            !read ? deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "the participatory budget cannot be read: %1" ) ).arg( error )
            : !found
                ? deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "no participatory budget attached to this territory" ) )
                : deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "the participatory budget cannot be counted: %1" ) ).arg( error );
        slide.figures << unavailableFigure( QStringLiteral( "budget.participatory_result" ), fundedLabel, reason,
                                            source + QStringLiteral( ": selected" ), true );
        return slide;
      }
      const budget::Election &election = result.election;
      const budget::Outcome &outcome = result.outcome;
      const QDate end = budget::electionEndDate( election );
      const QDateTime asOf = end.isValid() ? QDateTime( end, QTime( 0, 0 ), Qt::UTC ) : attached.attached;
      const QString currency = election.metaText( QStringLiteral( "currency" ) ).trimmed();
      const QString unit =
          currency.isEmpty() || currency.compare( QLatin1String( "EUR" ), Qt::CaseInsensitive ) == 0 ? QStringLiteral( "€" ) : currency;
      // the money as the CLI prints it (Election::formatMoney), so the JSON values are equal
      const double spent = election.formatMoney( outcome.cost ).toDouble();
      const double available = election.formatMoney( election.budget ).toDouble();
      const QString unitName = election.metaText( QStringLiteral( "unit" ) ).trimmed();
      const QString subunit = election.metaText( QStringLiteral( "subunit" ) ).trimmed();
      slide.subtitle = QStringList{ unitName, subunit, election.metaText( QStringLiteral( "instance" ) ).trimmed() }.join(
          QStringLiteral( " \u2014 " ) );

      Figure funded =
          countFigure( lang, QStringLiteral( "budget.participatory_result" ), fundedLabel,
                       static_cast<qlonglong>( outcome.selected.size() ), source + QStringLiteral( ": len(selected)" ), asOf, true );
      funded.text = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "%1 of %2" ) )
                        .arg( lang.number( static_cast<double>( outcome.selected.size() ) ), lang.number( election.projectCount() ) );
      slide.figures << funded
                    << countFigure( lang, QStringLiteral( "budget.projects" ),
                                    deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Projects submitted to the vote" ) ),
                                    election.projectCount(), source + QStringLiteral( ": projects" ), asOf )
                    << numberFigure( lang, QStringLiteral( "budget.spent" ),
                                     deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Budget spent" ) ), spent, 0, unit,
                                     source + QStringLiteral( ": cost" ), asOf )
                    << numberFigure( lang, QStringLiteral( "budget.available" ),
                                     deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Budget available" ) ), available, 0, unit,
                                     source + QStringLiteral( ": budget" ), asOf )
                    << countFigure( lang, QStringLiteral( "budget.voters" ),
                                    deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Voters" ) ), election.voterCount(),
                                    source + QStringLiteral( ": voters" ), asOf );

      Table table;
      table.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Projects funded" ) );
      table.columns << deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Project" ) )
                    << deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Cost" ) );
      for ( const QString &id : outcome.sortedIds( election ) )
      {
        const int p = election.projectIndex( id.toStdString() );
        const QString name = election.projectCell( p, "name" );
        table.rows << QStringList{
            name.isEmpty() ? id : name,
            lang.withUnit( election.formatMoney( election.projects[static_cast<size_t>( p )].cost ).toDouble(), 0, unit ) };
      }
      slide.tables << table;
      slide.notes = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Vote %1 counted with the rule %2 (attached %3)." ) )
                        .arg( attached.name, result.spec.fullName(), lang.locale().toString( attached.attached, QLocale::ShortFormat ) );
      return slide;
    }
  } // namespace

  DeckBuilder::DeckBuilder( const PluginManager *plugins ) : mPlugins( plugins ) {}

  QList<Slide> DeckBuilder::allSlides( const ReviewContext &context, const ProgressCallback &progress, QString *errorMessage ) const
  {
    auto fail = [errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return QList<Slide>();
    };
    auto step = [&progress]( double fraction ) { return !progress || progress( fraction ); };
    const DeckLanguage lang( context.language );
    const QList<DomainPlugin *> plugins = mPlugins ? mPlugins->plugins() : QList<DomainPlugin *>();

    // the territory: name, extent, bookmarks (read-only: the deck changes nothing)
    QString error;
    std::unique_ptr<Territory> territory = Territory::open( context.territoryPath, plugins, Territory::Mode::ReadOnly, &error );
    if ( !territory )
      return fail(
          error.isEmpty()
              ? QCoreApplication::translate( "vigie::review", "%1: cannot open the territory" ).arg( shown( context.territoryPath ) )
              : error );
    const TerritoryInfo info = territory->info();
    const QRectF extent = territory->extent();
    const QList<Bookmark> bookmarks = territory->bookmarks();
    territory.reset();
    const QDate date = context.date.isValid() ? context.date : QDate::currentDate();
    ReviewContext pluginContext = context;
    pluginContext.date = date;
    pluginContext.language = lang.language();
    if ( !step( 0.05 ) )
      return fail( QCoreApplication::translate( "vigie::review", "deck build cancelled" ) );

    QList<Slide> slides;
    Slide title;
    title.id = QStringLiteral( "title" );
    title.domain = QStringLiteral( "overview" );
    title.kind = Slide::Kind::Title;
    title.title = info.name;
    title.subtitle = lang.date( date );
    slides << title;

    Slide overview;
    overview.id = QStringLiteral( "overview" );
    overview.domain = QStringLiteral( "overview" );
    overview.kind = Slide::Kind::Overview;
    overview.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Overview" ) );
    overview.subtitle = info.name;
    MapView territoryMap;
    territoryMap.title = info.name;
    territoryMap.extent = extent;
    overview.maps << territoryMap;

    // domain plugins
    QList<Slide> domainSlides;
    const int count = plugins.size();
    for ( int i = 0; i < count; ++i )
    {
      const DomainPlugin *plugin = plugins.at( i );
      QString pluginError;
      const QList<Slide> contributed = plugin->reviewSlides( pluginContext, &pluginError );
      if ( contributed.isEmpty() && !pluginError.isEmpty() )
      {
        logMessage( LogLevel::Warning, kTopic, QStringLiteral( "plugin %1: no review slides: %2" ).arg( plugin->id(), pluginError ) );
        domainSlides << missingSlide(
            plugin->id() + QStringLiteral( ".error" ), plugin->id(), plugin->displayName(),
            deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "the « %1 » plugin could not compute its slides: %2" ) )
                .arg( plugin->id(), pluginError ) );
      }
      for ( Slide slide : contributed )
      {
        if ( slide.domain.isEmpty() )
          slide.domain = plugin->id();
        if ( !slide.id.startsWith( plugin->id() + QLatin1Char( '.' ) ) )
          slide.id = plugin->id() + QLatin1Char( '.' ) + slide.id;
        domainSlides << slide;
      }
      if ( !step( 0.1 + 0.6 * ( i + 1 ) / std::max( 1, count ) ) )
        return fail( QCoreApplication::translate( "vigie::review", "deck build cancelled" ) );
    }

    const QList<Slide> feeds = feedsSlides( pluginContext, lang );
    const Slide roadmap = roadmapSlide( pluginContext, lang );
    const Slide budget = budgetSlide( pluginContext, lang );
    if ( !step( 0.85 ) )
      return fail( QCoreApplication::translate( "vigie::review", "deck build cancelled" ) );

    QList<Slide> moduleSlides = feeds;
    moduleSlides << roadmap << budget;

    // the overview: every key figure, in deck order, and the expected ones of absent plugins
    QSet<QString> keyIds;
    auto addKeys = [&]( const QList<Slide> &list )
    {
      for ( const Slide &slide : list )
        for ( const Figure &figure : slide.figures )
          if ( figure.key && !keyIds.contains( figure.id ) )
          {
            keyIds.insert( figure.id );
            overview.figures << figure;
          }
    };
    addKeys( domainSlides );
    for ( const ExpectedFigure &expected : kExpectedKeyFigures )
    {
      const QString pluginId = QString::fromLatin1( expected.plugin );
      const QString id = QString::fromLatin1( expected.id );
      if ( keyIds.contains( id ) )
        continue;
      const bool loaded = mPlugins && mPlugins->plugin( pluginId );
      const QString reason =
          loaded ? deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "the « %1 » plugin gave no such figure" ) ).arg( pluginId )
                 : pluginMissingReason( lang, pluginId );
      overview.figures << unavailableFigure( id, deckText( lang, expected.label ), reason, QString(), true );
      keyIds.insert( id );
    }
    addKeys( moduleSlides );

    slides << overview << domainSlides << moduleSlides;

    // one map per bookmark
    for ( const Bookmark &bookmark : bookmarks )
    {
      Slide map;
      map.id = QStringLiteral( "bookmark:" ) + bookmark.name;
      map.domain = QStringLiteral( "map" );
      map.kind = Slide::Kind::Map;
      map.title = bookmark.name;
      MapView view;
      view.title = bookmark.name;
      view.bookmark = bookmark.name;
      view.extent = bookmark.extent;
      map.maps << view;
      slides << map;
    }
    if ( !step( 1.0 ) )
      return fail( QCoreApplication::translate( "vigie::review", "deck build cancelled" ) );
    if ( errorMessage )
      errorMessage->clear();
    return slides;
  }

  Deck DeckBuilder::build( const ReviewContext &context, const Agenda &agenda, const ProgressCallback &progress,
                           QString *errorMessage ) const
  {
    QString error;
    const QList<Slide> slides = allSlides( context, progress, &error );
    if ( slides.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = error;
      return Deck();
    }
    const DeckLanguage lang( context.language );
    Deck deck;
    deck.territoryName = slides.constFirst().title;
    deck.agendaName = agenda.name;
    deck.title = agenda.title.isEmpty() ? deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Review" ) ) : agenda.title;
    deck.language = lang.language();
    deck.date = context.date.isValid() ? context.date : QDate::currentDate();
    deck.builtAt = QDateTime::currentDateTimeUtc();

    auto pluginLoaded = [this]( const QString &id ) { return mPlugins && mPlugins->plugin( id ); };
    auto missing = [&]( const QString &id, const QString &domain, const QString &title, const QString &reason )
    {
      deck.missing << QStringLiteral( "%1: %2" ).arg( id, reason );
      deck.slides << missingSlide( id, domain, title, reason );
    };

    for ( const AgendaItem &item : agenda.items )
    {
      const QString id = item.slideId;
      const QString domain = id.section( QLatin1Char( '.' ), 0, 0 );
      if ( id == QLatin1String( "bookmark:*" ) )
      {
        // every bookmark; a territory without bookmarks simply has no map slides
        for ( const Slide &slide : slides )
          if ( slide.domain == QLatin1String( "map" ) )
            deck.slides << slide;
        continue;
      }
      if ( id.endsWith( QLatin1String( ".*" ) ) )
      {
        int added = 0;
        for ( const Slide &slide : slides )
          if ( slide.domain == domain && slide.id.startsWith( domain + QLatin1Char( '.' ) ) )
          {
            deck.slides << slide;
            ++added;
          }
        if ( added == 0 )
        {
          if ( !pluginLoaded( domain ) )
            missing( id, domain, domain, pluginMissingReason( lang, domain ) );
          else
            missing( id, domain, domain,
                     deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "the « %1 » plugin contributes no slides" ) ).arg( domain ) );
        }
        continue;
      }
      auto it = std::find_if( slides.cbegin(), slides.cend(), [&id]( const Slide &s ) { return s.id == id; } );
      if ( it == slides.cend() )
      {
        const QString title = item.title.isEmpty() ? id : item.title;
        if ( id.contains( QLatin1Char( '.' ) ) && !pluginLoaded( domain ) )
          missing( id, domain, title, pluginMissingReason( lang, domain ) );
        else if ( id.startsWith( QLatin1String( "bookmark:" ) ) )
          missing( id, QStringLiteral( "map" ), title,
                   deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "the territory has no bookmark « %1 »" ) ).arg( id.mid( 9 ) ) );
        else
          missing( id, domain, title, deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "unknown slide « %1 »" ) ).arg( id ) );
        continue;
      }
      Slide slide = *it;
      if ( !item.title.isEmpty() )
        slide.title = item.title;
      if ( slide.kind == Slide::Kind::Title )
      {
        slide.subtitle = QStringLiteral( "%1 \u2014 %2" ).arg( slide.title, lang.date( deck.date ) );
        slide.title = deck.title;
      }
      deck.slides << slide;
    }
    if ( errorMessage )
      errorMessage->clear();
    return deck;
  }

  Agenda DeckBuilder::councilAgenda( const QString &language )
  {
    const DeckLanguage lang( language );
    Agenda agenda;
    agenda.name = QStringLiteral( "council" );
    agenda.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Council meeting" ) );
    for ( const char *id : { "title", "overview", "lighting.*", "water.*", "alarms", "feeds", "roadmap", "budget", "bookmark:*" } )
      agenda.items << AgendaItem{ QString::fromLatin1( id ), QString() };
    return agenda;
  }

  Agenda DeckBuilder::committeeAgenda( const QString &domain, const QString &language )
  {
    const DeckLanguage lang( language );
    Agenda agenda;
    agenda.name = QStringLiteral( "committee-" ) + domain;
    agenda.items << AgendaItem{ QStringLiteral( "title" ), QString() };
    if ( domain == QLatin1String( "lighting" ) )
      agenda.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Street lighting committee" ) );
    else if ( domain == QLatin1String( "water" ) )
      agenda.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Water committee" ) );
    else if ( domain == QLatin1String( "feeds" ) )
      agenda.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Live feeds and alarms committee" ) );
    else if ( domain == QLatin1String( "roadmap" ) )
      agenda.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Roadmap committee" ) );
    else if ( domain == QLatin1String( "budget" ) )
      agenda.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Participatory budget committee" ) );
    else
      agenda.title = deckText( lang, QT_TRANSLATE_NOOP( "vigie::review", "Committee: %1" ) ).arg( domain );
    if ( domain == QLatin1String( "feeds" ) )
      agenda.items << AgendaItem{ QStringLiteral( "alarms" ), QString() } << AgendaItem{ QStringLiteral( "feeds" ), QString() };
    else if ( domain == QLatin1String( "roadmap" ) || domain == QLatin1String( "budget" ) )
      agenda.items << AgendaItem{ domain, QString() };
    else
      agenda.items << AgendaItem{ domain + QStringLiteral( ".*" ), QString() };
    return agenda;
  }

  QStringList DeckBuilder::committeeDomains()
  {
    return { QStringLiteral( "lighting" ), QStringLiteral( "water" ), QStringLiteral( "feeds" ), QStringLiteral( "roadmap" ),
             QStringLiteral( "budget" ) };
  }
} // namespace vigie::review
