// SPDX-License-Identifier: GPL-2.0-or-later
// `vigie-cli report --json` in process (tests/common/clitest.h) on the Montpellier demo: every
// figure equals what the matching vigie-cli command prints for the same territory (lighting
// optimise, alarms list, sensors list, roadmap export-from), and the usage and input errors.
#include "budgetcli.h"
#include "clitest.h"
#include "deckbuilder.h"
#include "feedscli.h"
#include "lightingcli.h"
#include "reviewcli.h"
#include "reviewtestutil.h"
#include "roadmapcli.h"
#include "roadmapfile.h"
#include "roadmapreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vigie;
using vigie::test::runCliCommand;

class TestReportCli : public vigie::test::Test
{
  Q_OBJECT

private:
  PluginManager mPlugins;
  QString mPath;
  QJsonObject mReport; //!< report --json - --lang en
  QJsonObject mFigures;

  static QJsonObject parse( const QString &text )
  {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson( text.toUtf8(), &error );
    if ( !document.isObject() )
      qWarning( "not JSON: %s", qPrintable( error.errorString() ) );
    return document.object();
  }
  QJsonValue value( const QString &id ) const { return mFigures.value( id ).toObject().value( QStringLiteral( "value" ) ); }
  //! `vigie-cli water`, as the loaded water plugin registers it.
  CliCommand waterCommand() const
  {
    for ( const DomainPlugin *plugin : mPlugins.plugins() )
      for ( const CliCommand &c : plugin->cliCommands() )
        if ( c.name == QLatin1String( "water" ) )
          return c;
    return CliCommand();
  }
  static CliCommand feedsCommand( const QString &name )
  {
    for ( const CliCommand &c : feeds::feedsCliCommands() )
      if ( c.name == name )
        return c;
    return CliCommand();
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY( mPlugins.loadFrom( { vigie::test::pluginDirectory() } ) >= 2 );
    mPath = tempPath( QStringLiteral( "réunion.gpkg" ) );
    QString error;
    QVERIFY2( vigie::test::buildReviewTerritory( mPath, mPlugins, &error ), qPrintable( error ) );
    const test::CliResult r =
        runCliCommand( review::reportCliCommand(), { mPath, QStringLiteral( "--json" ), QStringLiteral( "-" ), QStringLiteral( "--lang" ),
                                                     QStringLiteral( "en" ), QStringLiteral( "--date" ), QStringLiteral( "2026-11-26" ),
                                                     QStringLiteral( "--plugins" ), vigie::test::pluginDirectory() } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    mReport = parse( r.out );
    mFigures = mReport.value( QStringLiteral( "figures" ) ).toObject();
    QVERIFY( !mFigures.isEmpty() );
    QCOMPARE( mReport.value( QStringLiteral( "language" ) ).toString(), QStringLiteral( "en" ) );
    QCOMPARE( mReport.value( QStringLiteral( "date" ) ).toString(), QStringLiteral( "2026-11-26" ) );
    QCOMPARE( mReport.value( QStringLiteral( "agenda" ) ).toString(), QStringLiteral( "council" ) );
  }

  void lightingFigures_data()
  {
    QTest::addColumn<QString>( "figure" );
    QTest::addColumn<QString>( "key" );
    QTest::addColumn<QString>( "minus" );
    QTest::newRow( "saving ratio" ) << "lighting.saving_ratio"
                                    << "saving_ratio"
                                    << "";
    QTest::newRow( "baseline kWh" ) << "lighting.baseline_kwh"
                                    << "baseline_kwh"
                                    << "";
    QTest::newRow( "optimised kWh" ) << "lighting.optimised_kwh"
                                     << "optimised_kwh"
                                     << "";
    QTest::newRow( "energy saved" ) << "lighting.energy_saved_kwh"
                                    << "baseline_kwh"
                                    << "optimised_kwh";
    QTest::newRow( "money saved" ) << "lighting.money_saved_eur"
                                   << "baseline_eur"
                                   << "optimised_eur";
    QTest::newRow( "CO2 avoided" ) << "lighting.co2_saved_t"
                                   << "baseline_tco2"
                                   << "optimised_tco2";
    QTest::newRow( "compliance" ) << "lighting.compliance_ratio"
                                  << "compliance_ratio"
                                  << "";
    QTest::newRow( "investment" ) << "lighting.investment_eur"
                                  << "investment_eur"
                                  << "";
    QTest::newRow( "subsidies" ) << "lighting.subsidies_eur"
                                 << "subsidies_eur"
                                 << "";
    QTest::newRow( "payback" ) << "lighting.payback_years"
                               << "payback_years"
                               << "";
  }

  void lightingFigures()
  {
    QFETCH( QString, figure );
    QFETCH( QString, key );
    QFETCH( QString, minus );
    static QJsonObject cli;
    if ( cli.isEmpty() )
    {
      const test::CliResult r =
          runCliCommand( lighting::lightingCliCommand(), { QStringLiteral( "optimise" ), mPath, QStringLiteral( "--json" ) } );
      QVERIFY2( r.code == 0, qPrintable( r.err ) );
      cli = parse( r.out );
    }
    QVERIFY2( cli.contains( key ), qPrintable( key ) );
    const double expected = cli.value( key ).toDouble() - ( minus.isEmpty() ? 0.0 : cli.value( minus ).toDouble() );
    QVERIFY2( value( figure ).isDouble(), qPrintable( figure ) );
    QCOMPARE( value( figure ).toDouble(), expected );
    QVERIFY( mFigures.value( figure )
                 .toObject()
                 .value( QStringLiteral( "source" ) )
                 .toString()
                 .contains( QStringLiteral( "lighting optimise" ) ) );
  }

  void alarmsAndSensors()
  {
    const test::CliResult alarms =
        runCliCommand( feedsCommand( QStringLiteral( "alarms" ) ), { QStringLiteral( "list" ), mPath, QStringLiteral( "--json" ) } );
    QVERIFY2( alarms.code == 0, qPrintable( alarms.err ) );
    const QJsonArray list = parse( alarms.out ).value( QStringLiteral( "alarms" ) ).toArray();
    QVERIFY( !list.isEmpty() );
    QCOMPARE( value( QStringLiteral( "feeds.open_alarms" ) ).toInt(), list.size() );
    QHash<QString, int> bySeverity;
    for ( const QJsonValue &a : list )
      ++bySeverity[a.toObject().value( QStringLiteral( "severity" ) ).toString()];
    QCOMPARE( value( QStringLiteral( "feeds.open_alarms_critical" ) ).toInt(), bySeverity.value( QStringLiteral( "critical" ) ) );
    QCOMPARE( value( QStringLiteral( "feeds.open_alarms_warning" ) ).toInt(), bySeverity.value( QStringLiteral( "warning" ) ) );
    QCOMPARE( value( QStringLiteral( "feeds.open_alarms_info" ) ).toInt(), bySeverity.value( QStringLiteral( "info" ) ) );

    const test::CliResult sensors =
        runCliCommand( feedsCommand( QStringLiteral( "sensors" ) ), { QStringLiteral( "list" ), mPath, QStringLiteral( "--json" ) } );
    QVERIFY2( sensors.code == 0, qPrintable( sensors.err ) );
    const QJsonArray sensorList = parse( sensors.out ).value( QStringLiteral( "sensors" ) ).toArray();
    QCOMPARE( value( QStringLiteral( "feeds.sensors" ) ).toInt(), sensorList.size() );
    QString last;
    for ( const QJsonValue &s : sensorList )
      last = std::max( last, s.toObject().value( QStringLiteral( "last_time" ) ).toString() );
    QCOMPARE( QDateTime::fromString( value( QStringLiteral( "feeds.last_observation" ) ).toString(), Qt::ISODate ),
              QDateTime::fromString( last, Qt::ISODate ) );
  }

  void roadmapFigures()
  {
    const QString file = tempPath( QStringLiteral( "roadmap.json" ) );
    const test::CliResult r =
        runCliCommand( roadmapCliCommand(), { QStringLiteral( "export-from" ), mPath, QStringLiteral( "--out" ), file } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    roadmap::Roadmap exported;
    QString error;
    QVERIFY2( roadmap::readRoadmap( file, &exported, &error ), qPrintable( error ) );
    int done = 0, inProgress = 0, active = 0;
    for ( const roadmap::Project &p : exported.projects )
    {
      active += p.status != roadmap::Status::Cancelled;
      done += p.status == roadmap::Status::Done;
      inProgress += p.status == roadmap::Status::InProgress;
    }
    QVERIFY( active > 0 );
    QCOMPARE( value( QStringLiteral( "roadmap.projects" ) ).toInt(), active );
    QCOMPARE( value( QStringLiteral( "roadmap.projects_done" ) ).toInt(), done );
    QCOMPARE( value( QStringLiteral( "roadmap.projects_in_progress" ) ).toInt(), inProgress );
    // the budget page of `roadmap report`: planBudgets with the stored caps
    roadmap::StoredRoadmap stored;
    QVERIFY( roadmap::loadRoadmapFromTerritory( mPath, &stored, &error ) );
    const QList<roadmap::YearBudget> years = roadmap::planBudgets( exported, stored.settings.caps );
    bool found = false;
    for ( const roadmap::YearBudget &y : years )
      if ( y.year == 2026 )
      {
        found = true;
        QCOMPARE( value( QStringLiteral( "roadmap.committed_eur" ) ).toDouble(), y.committed );
        QCOMPARE( value( QStringLiteral( "roadmap.planned_eur" ) ).toDouble(), y.planned );
        if ( y.capped && y.cap > 0 )
          QCOMPARE( value( QStringLiteral( "roadmap.budget_used_ratio" ) ).toDouble(), y.committed / y.cap );
      }
    QVERIFY( found );
  }

  void budgetFigures()
  {
    // `vigie-cli budget show TERRITORY --json`: the attached election counted with its rule
    const test::CliResult r = runCliCommand( budget::budgetCliCommand(), { QStringLiteral( "show" ), mPath, QStringLiteral( "--json" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QJsonObject show = parse( r.out );
    const QJsonArray selected = show.value( QStringLiteral( "selected" ) ).toArray();
    QVERIFY( !selected.isEmpty() );
    QCOMPARE( value( QStringLiteral( "budget.participatory_result" ) ).toInt(), selected.size() );
    QCOMPARE( value( QStringLiteral( "budget.projects" ) ).toInt(), show.value( QStringLiteral( "projects" ) ).toInt() );
    QCOMPARE( value( QStringLiteral( "budget.spent" ) ).toDouble(), show.value( QStringLiteral( "cost" ) ).toDouble() );
    QCOMPARE( value( QStringLiteral( "budget.available" ) ).toDouble(), show.value( QStringLiteral( "budget" ) ).toDouble() );
    QCOMPARE( value( QStringLiteral( "budget.voters" ) ).toInt(), show.value( QStringLiteral( "voters" ) ).toInt() );
    QCOMPARE( show.value( QStringLiteral( "voters" ) ).toInt(), 274 );
    QVERIFY( mFigures.value( QStringLiteral( "budget.spent" ) )
                 .toObject()
                 .value( QStringLiteral( "source" ) )
                 .toString()
                 .contains( QStringLiteral( "budget show" ) ) );
  }

  void waterFigures()
  {
    // `vigie-cli water balance --territory T --json FILE`: the stored week of L-Town SCADA
    const QString json = tempPath( QStringLiteral( "balance.json" ) );
    const test::CliResult r = runCliCommand(
        waterCommand(), { QStringLiteral( "balance" ), QStringLiteral( "--territory" ), mPath, QStringLiteral( "--json" ), json } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QFile file( json );
    QVERIFY( file.open( QIODevice::ReadOnly ) );
    const QJsonObject balance = parse( QString::fromUtf8( file.readAll() ) );
    QCOMPARE( balance.value( QStringLiteral( "from" ) ).toString(), QStringLiteral( "2018-01-22T00:00:00Z" ) );
    QCOMPARE( balance.value( QStringLiteral( "to" ) ).toString(), QStringLiteral( "2018-01-29T00:00:00Z" ) );
    QCOMPARE( balance.value( QStringLiteral( "steps" ) ).toInt(), 2016 );
    const QJsonObject total = balance.value( QStringLiteral( "total" ) ).toObject();
    const QJsonArray zones = balance.value( QStringLiteral( "zones" ) ).toArray();
    QVERIFY( !zones.isEmpty() );
    // the keys of the file-based balance
    for ( const char *key : { "name", "mean_inflow_m3_per_day", "mean_real_losses_m3_per_day", "non_revenue_percent", "uarl_m3_per_day",
                              "ili", "days", "mains_km", "connections", "mean_pressure_m", "amr_meters" } )
      QVERIFY2( zones.first().toObject().contains( QLatin1String( key ) ), key );
    QVERIFY( total.value( QStringLiteral( "mean_inflow_m3_per_day" ) ).toDouble() > 0 );
    QCOMPARE( value( QStringLiteral( "water.inflow" ) ).toDouble(), total.value( QStringLiteral( "mean_inflow_m3_per_day" ) ).toDouble() );
    QCOMPARE( value( QStringLiteral( "water.minimum_night_flow" ) ).toDouble(),
              total.value( QStringLiteral( "mean_minimum_night_flow_m3h" ) ).toDouble() );
    // customer meters (AMR) in area C only: the whole network's losses are null with the reason, area C's
    // are computed, and the deck shows those, labelled with the area
    QVERIFY( total.value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).isNull() );
    QVERIFY( total.value( QStringLiteral( "non_revenue_percent" ) ).isNull() );
    QVERIFY2( total.value( QStringLiteral( "losses_unavailable_reason" ) ).toString().contains( QLatin1String( "(AMR) in A+B" ) ),
              qPrintable( total.value( QStringLiteral( "losses_unavailable_reason" ) ).toString() ) );
    QJsonObject zoneC, zoneAB;
    for ( const QJsonValue &zone : zones )
      ( zone.toObject().value( QStringLiteral( "name" ) ).toString() == QLatin1String( "C" ) ? zoneC : zoneAB ) = zone.toObject();
    QCOMPARE( zones.size(), 2 );
    QCOMPARE( zoneC.value( QStringLiteral( "amr_meters" ) ).toInt(), 82 );
    // 82 of C's 92 customers have a meter: the others are estimated from their share of the base demand
    const double share = zoneC.value( QStringLiteral( "metered_share" ) ).toDouble();
    QVERIFY2( share > 0.5 && share < 1, qPrintable( QString::number( share ) ) );
    for ( const QJsonValue &day : zoneC.value( QStringLiteral( "days" ) ).toArray() )
    {
      const QJsonObject d = day.toObject();
      QVERIFY( std::abs( d.value( QStringLiteral( "consumption_m3" ) ).toDouble() -
                         d.value( QStringLiteral( "metered_m3" ) ).toDouble() / share ) < 1e-6 );
      QVERIFY( std::abs( d.value( QStringLiteral( "real_losses_m3" ) ).toDouble() -
                         ( d.value( QStringLiteral( "inflow_m3" ) ).toDouble() -
                           d.value( QStringLiteral( "consumption_m3" ) ).toDouble() ) ) < 1e-6 );
    }
    QCOMPARE( zoneAB.value( QStringLiteral( "amr_meters" ) ).toInt(), 0 );
    QVERIFY( zoneAB.value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).isNull() );
    QVERIFY( zoneAB.value( QStringLiteral( "losses_unavailable_reason" ) ).toString().contains( QLatin1String( "(AMR)" ) ) );
    // area C: losses = inflow - metered consumption, a real leak flow (p461 runs from 2018-01-23 in the replay week)
    const double inflowC = zoneC.value( QStringLiteral( "mean_inflow_m3_per_day" ) ).toDouble();
    const double lossesC = zoneC.value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).toDouble();
    QVERIFY2( lossesC > 0 && lossesC < inflowC, qPrintable( QStringLiteral( "%1 of %2" ).arg( lossesC ).arg( inflowC ) ) );
    const QJsonObject metered = balance.value( QStringLiteral( "with_customer_meters" ) ).toObject();
    QCOMPARE( metered.value( QStringLiteral( "zones" ) ).toArray(), QJsonArray{ QStringLiteral( "C" ) } );
    QCOMPARE( metered.value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).toDouble(), lossesC );
    QCOMPARE( metered.value( QStringLiteral( "non_revenue_percent" ) ).toDouble(),
              zoneC.value( QStringLiteral( "non_revenue_percent" ) ).toDouble() );
    QCOMPARE( metered.value( QStringLiteral( "ili" ) ).toDouble(), zoneC.value( QStringLiteral( "ili" ) ).toDouble() );
    // the deck: the same numbers, "…, area C"
    QCOMPARE( value( QStringLiteral( "water.real_losses" ) ).toDouble(), lossesC );
    QCOMPARE( value( QStringLiteral( "water.non_revenue_water" ) ).toDouble(),
              metered.value( QStringLiteral( "non_revenue_percent" ) ).toDouble() / 100.0 );
    QCOMPARE( value( QStringLiteral( "water.ili" ) ).toDouble(), metered.value( QStringLiteral( "ili" ) ).toDouble() );
    for ( const char *id : { "water.real_losses", "water.non_revenue_water", "water.ili" } )
    {
      const QJsonObject figure = mFigures.value( QLatin1String( id ) ).toObject();
      QVERIFY2( figure.value( QStringLiteral( "label" ) ).toString().endsWith( QLatin1String( ", area C" ) ), id );
      QVERIFY2( figure.value( QStringLiteral( "source" ) ).toString().contains( QLatin1String( "with_customer_meters." ) ), id );
      QCOMPARE( figure.value( QStringLiteral( "data_date" ) ).toString(), balance.value( QStringLiteral( "last" ) ).toString() );
    }
    QCOMPARE( mFigures.value( QStringLiteral( "water.inflow" ) ).toObject().value( QStringLiteral( "data_date" ) ).toString(),
              balance.value( QStringLiteral( "last" ) ).toString() );
  }

  void territoryWithoutData()
  {
    // an empty territory: no budget, no water observations; the figures say so
    const QString path = tempPath( QStringLiteral( "vide.gpkg" ) );
    TerritoryInfo info;
    info.name = QStringLiteral( "Vide" );
    QString error;
    QVERIFY2( Territory::create( path, info, mPlugins.plugins(), &error ), qPrintable( error ) );
    const test::CliResult r = runCliCommand( review::reportCliCommand(),
                                             { path, QStringLiteral( "--json" ), QStringLiteral( "-" ), QStringLiteral( "--lang" ),
                                               QStringLiteral( "en" ), QStringLiteral( "--plugins" ), vigie::test::pluginDirectory() } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QJsonObject figures = parse( r.out ).value( QStringLiteral( "figures" ) ).toObject();
    auto reason = [&figures]( const char *id )
    {
      const QJsonObject f = figures.value( QLatin1String( id ) ).toObject();
      return f.value( QStringLiteral( "value" ) ).isNull() ? f.value( QStringLiteral( "unavailable_reason" ) ).toString() : QString();
    };
    QCOMPARE( reason( "budget.participatory_result" ), QStringLiteral( "no participatory budget attached to this territory" ) );
    QVERIFY2( reason( "water.real_losses" ).startsWith( QLatin1String( "the territory stores no flow meter readings" ) ),
              qPrintable( reason( "water.real_losses" ) ) );
    const test::CliResult water = runCliCommand( waterCommand(), { QStringLiteral( "balance" ), QStringLiteral( "--territory" ), path } );
    QCOMPARE( water.code, 3 );
    QVERIFY2( water.err.contains( QLatin1String( "no observations" ) ), qPrintable( water.err ) );
    const test::CliResult show = runCliCommand( budget::budgetCliCommand(), { QStringLiteral( "show" ), path } );
    QCOMPARE( show.code, 3 );
  }

  void jsonFile()
  {
    const QString json = tempPath( QStringLiteral( "figures é.json" ) );
    const test::CliResult r = runCliCommand(
        review::reportCliCommand(), { mPath, QStringLiteral( "--agenda" ), QStringLiteral( "committee-roadmap" ),
                                      QStringLiteral( "--json" ), json, QStringLiteral( "--plugins" ), vigie::test::pluginDirectory() } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QFile file( json );
    QVERIFY( file.open( QIODevice::ReadOnly ) );
    const QJsonObject report = parse( QString::fromUtf8( file.readAll() ) );
    QCOMPARE( report.value( QStringLiteral( "agenda" ) ).toString(), QStringLiteral( "committee-roadmap" ) );
    QCOMPARE( report.value( QStringLiteral( "language" ) ).toString(), QStringLiteral( "fr" ) );
    QCOMPARE( report.value( QStringLiteral( "slide_count" ) ).toInt(), 2 );
  }

  void errors_data()
  {
    QTest::addColumn<QStringList>( "args" );
    QTest::addColumn<int>( "code" );
    QTest::addColumn<QString>( "message" );
    QTest::newRow( "no territory" ) << QStringList{ QStringLiteral( "--json" ), QStringLiteral( "-" ) } << 2 << "missing TERRITORY";
    QTest::newRow( "nothing to write" ) << QStringList{ QStringLiteral( "@T" ) } << 2 << "nothing to write";
    QTest::newRow( "bad language" ) << QStringList{ QStringLiteral( "@T" ), QStringLiteral( "--lang" ), QStringLiteral( "de" ),
                                                    QStringLiteral( "--json" ), QStringLiteral( "-" ) }
                                    << 2 << "\"de\"";
    QTest::newRow( "bad date" ) << QStringList{ QStringLiteral( "@T" ), QStringLiteral( "--date" ), QStringLiteral( "26/11/2026" ),
                                                QStringLiteral( "--json" ), QStringLiteral( "-" ) }
                                << 2 << "26/11/2026";
    QTest::newRow( "unknown option" ) << QStringList{ QStringLiteral( "@T" ), QStringLiteral( "--pdf" ) } << 2 << "--pdf";
    QTest::newRow( "value missing" ) << QStringList{ QStringLiteral( "@T" ), QStringLiteral( "--json" ) } << 2 << "--json needs a value";
    QTest::newRow( "unknown agenda" ) << QStringList{ QStringLiteral( "@T" ), QStringLiteral( "--agenda" ), QStringLiteral( "bureau" ),
                                                      QStringLiteral( "--json" ), QStringLiteral( "-" ) }
                                      << 2 << "\"bureau\"";
    QTest::newRow( "missing territory" ) << QStringList{ QStringLiteral( "@absent.gpkg" ), QStringLiteral( "--json" ),
                                                         QStringLiteral( "-" ) }
                                         << 3 << "absent.gpkg";
    QTest::newRow( "pdf without QGIS" ) << QStringList{ QStringLiteral( "@T" ), QStringLiteral( "--out" ), QStringLiteral( "deck.pdf" ) }
                                        << 2 << "--out";
  }

  void errors()
  {
    QFETCH( QStringList, args );
    QFETCH( int, code );
    QFETCH( QString, message );
    for ( QString &a : args )
    {
      if ( a == QLatin1String( "@T" ) )
        a = mPath;
      else if ( a.startsWith( QLatin1Char( '@' ) ) )
        a = tempPath( a.mid( 1 ) );
    }
    const test::CliResult r = runCliCommand( review::reportCliCommand(), args );
    QCOMPARE( r.code, code );
    QVERIFY2( r.err.contains( message ), qPrintable( r.err ) );
    QVERIFY( r.out.isEmpty() );
  }
};

QTEST_GUILESS_MAIN( TestReportCli )
#include "tst_reportcli.moc"
