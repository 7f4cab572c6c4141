// SPDX-License-Identifier: GPL-2.0-or-later
// The review deck builder and the agendas on the Montpellier demo territory: default agendas,
// slide ids and titles in French and English, a deck without the lighting plugin (Missing slide,
// the deck still builds), agendas saved / loaded / removed with the territory, bad agendas.
#include "deckbuilder.h"
#include "reviewtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

using namespace vigie;
using namespace vigie::review;

class TestDeckBuilder : public vigie::test::Test
{
  Q_OBJECT

private:
  PluginManager mPlugins;
  QString mPath;
  QHash<QString, Deck> mDecks; //!< council deck per language

  static const Slide *slide( const Deck &deck, const QString &id )
  {
    for ( const Slide &s : deck.slides )
      if ( s.id == id )
        return &s;
    return nullptr;
  }
  static const Figure *figure( const Slide *slide, const QString &id )
  {
    if ( !slide )
      return nullptr;
    for ( const Figure &f : slide->figures )
      if ( f.id == id )
        return &f;
    return nullptr;
  }
  ReviewContext context( const QString &language ) const
  {
    ReviewContext c;
    c.territoryPath = mPath;
    c.date = QDate( 2026, 11, 26 );
    c.language = language;
    return c;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY( mPlugins.loadFrom( { vigie::test::pluginDirectory() } ) >= 2 );
    QVERIFY( mPlugins.plugin( QStringLiteral( "lighting" ) ) );
    QVERIFY( mPlugins.plugin( QStringLiteral( "water" ) ) );
    mPath = tempPath( QStringLiteral( "revue démo.gpkg" ) );
    QString error;
    QVERIFY2( vigie::test::buildReviewTerritory( mPath, mPlugins, &error ), qPrintable( error ) );
    const DeckBuilder builder( &mPlugins );
    for ( const QString &language : { QStringLiteral( "fr" ), QStringLiteral( "en" ) } )
    {
      const Deck deck = builder.build( context( language ), DeckBuilder::councilAgenda( language ), {}, &error );
      QVERIFY2( !deck.slides.isEmpty(), qPrintable( error ) );
      mDecks.insert( language, deck );
    }
  }

  void defaultAgendas()
  {
    QString error;
    const QList<Agenda> agendas = AgendaStore::agendas( mPath, &error );
    QVERIFY2( error.isEmpty(), qPrintable( error ) );
    QStringList names;
    for ( const Agenda &a : agendas )
      names << a.name;
    QCOMPARE( names, QStringList( { QStringLiteral( "council" ), QStringLiteral( "committee-lighting" ),
                                    QStringLiteral( "committee-water" ), QStringLiteral( "committee-feeds" ),
                                    QStringLiteral( "committee-roadmap" ), QStringLiteral( "committee-budget" ) } ) );
    Agenda committee;
    QVERIFY( AgendaStore::agenda( mPath, QStringLiteral( "committee-lighting" ), QStringLiteral( "en" ), &committee, &error ) );
    QCOMPARE( committee.title, QStringLiteral( "Street lighting committee" ) );
    const Deck deck = DeckBuilder( &mPlugins ).build( context( QStringLiteral( "en" ) ), committee, {}, &error );
    QStringList ids;
    for ( const Slide &s : deck.slides )
      ids << s.id;
    QCOMPARE( ids, QStringList( { QStringLiteral( "title" ), QStringLiteral( "lighting.savings" ), QStringLiteral( "lighting.plan" ),
                                  QStringLiteral( "lighting.map" ), QStringLiteral( "lighting.classes" ) } ) );
    QCOMPARE( deck.slides.first().title, QStringLiteral( "Street lighting committee" ) );
    QVERIFY( deck.missing.isEmpty() );
  }

  void slideIds_data()
  {
    QTest::addColumn<QString>( "language" );
    QTest::addColumn<QString>( "overviewTitle" );
    QTest::addColumn<QString>( "month" );
    QTest::newRow( "fr" ) << QStringLiteral( "fr" ) << DeckLanguage( QStringLiteral( "fr" ) ).tr( "Overview" )
                          << QStringLiteral( "novembre" );
    QTest::newRow( "en" ) << QStringLiteral( "en" ) << QStringLiteral( "Overview" ) << QStringLiteral( "November" );
  }

  void slideIds()
  {
    QFETCH( QString, language );
    QFETCH( QString, overviewTitle );
    QFETCH( QString, month );
    const Deck &deck = mDecks.value( language );
    QStringList ids;
    for ( const Slide &s : deck.slides )
      ids << s.id;
    const QStringList expected = {
        QStringLiteral( "title" ),           QStringLiteral( "overview" ),      QStringLiteral( "lighting.savings" ),
        QStringLiteral( "lighting.plan" ),   QStringLiteral( "lighting.map" ),  QStringLiteral( "lighting.classes" ),
        QStringLiteral( "water.network" ),   QStringLiteral( "water.balance" ), QStringLiteral( "alarms" ),
        QStringLiteral( "feeds" ),           QStringLiteral( "roadmap" ),       QStringLiteral( "budget" ),
        QStringLiteral( "bookmark:Écusson" ) };
    QCOMPARE( ids, expected );
    QCOMPARE( deck.language, language );
    QCOMPARE( deck.agendaName, QStringLiteral( "council" ) );
    QVERIFY2( deck.missing.isEmpty(), qPrintable( deck.missing.join( QStringLiteral( "; " ) ) ) );
    QCOMPARE( slide( deck, QStringLiteral( "overview" ) )->title, overviewTitle );
    // the title slide: the agenda's title, the territory and the date in the deck's language
    const Slide *title = slide( deck, QStringLiteral( "title" ) );
    QCOMPARE( title->title, DeckBuilder::councilAgenda( language ).title );
    QVERIFY2( title->subtitle.contains( QStringLiteral( "Montpellier" ) ) && title->subtitle.contains( month ),
              qPrintable( title->subtitle ) );
    // every slide has a title; every figure has a label, a source, and a value or a reason
    for ( const Slide &s : deck.slides )
    {
      QVERIFY2( !s.title.isEmpty(), qPrintable( s.id ) );
      for ( const Figure &f : s.figures )
      {
        QVERIFY2( !f.label.isEmpty() && !f.source.isEmpty() && !f.text.isEmpty(), qPrintable( f.id ) );
        QVERIFY2( f.isAvailable() != !f.unavailableReason.isEmpty(), qPrintable( f.id ) );
      }
    }
    // numbers in the deck's language: "16 186 123 kWh/an" (no-break spaces) or "16,186,123 kWh/yr"
    const Figure *baseline = figure( slide( deck, QStringLiteral( "lighting.savings" ) ), QStringLiteral( "lighting.baseline_kwh" ) );
    QVERIFY( baseline && baseline->isAvailable() );
    QVERIFY( baseline->value.toDouble() > 1e6 );
    const QLocale locale =
        language == QLatin1String( "fr" ) ? QLocale( QLocale::French ) : QLocale( QLocale::English, QLocale::UnitedKingdom );
    QString number = locale.toString( baseline->value.toDouble(), 'f', 0 );
    number.replace( QChar( 0x202F ), QChar( 0x00A0 ) );
    QCOMPARE( baseline->text, number + QChar( 0x00A0 ) + baseline->unit );
    QVERIFY( baseline->text.contains( language == QLatin1String( "fr" ) ? QChar( 0x00A0 ) : QLatin1Char( ',' ) ) );
    // percentages hold ratios (as the CLI prints them) and show percents
    const Figure *ratio = figure( slide( deck, QStringLiteral( "lighting.savings" ) ), QStringLiteral( "lighting.saving_ratio" ) );
    QVERIFY( ratio && ratio->value.toDouble() > 0 && ratio->value.toDouble() < 1 );
    QVERIFY2( ratio->text.startsWith( locale.toString( ratio->value.toDouble() * 100, 'f', 1 ) ), qPrintable( ratio->text ) );
  }

  void overviewKeyFigures()
  {
    const Deck &deck = mDecks.value( QStringLiteral( "en" ) );
    const Slide *overview = slide( deck, QStringLiteral( "overview" ) );
    QVERIFY( overview );
    QCOMPARE( overview->kind, Slide::Kind::Overview );
    QCOMPARE( overview->maps.size(), 1 );
    QVERIFY( !overview->maps.first().extent.isNull() );
    // every key figure of the other slides is on the overview, once
    QStringList keys;
    for ( const Slide &s : deck.slides )
      if ( s.id != QLatin1String( "overview" ) )
        for ( const Figure &f : s.figures )
          if ( f.key && !keys.contains( f.id ) )
            keys << f.id;
    QStringList shown;
    for ( const Figure &f : overview->figures )
      shown << f.id;
    QCOMPARE( shown.size(), QSet<QString>( shown.cbegin(), shown.cend() ).size() );
    for ( const QString &key : keys )
      QVERIFY2( shown.contains( key ), qPrintable( key ) );
    QVERIFY( figure( overview, QStringLiteral( "lighting.energy_saved_kwh" ) )->isAvailable() );
    QVERIFY( figure( overview, QStringLiteral( "feeds.open_alarms" ) )->isAvailable() );
    // the three alarms of the test's readings, and those the replay feed's default rules raised on the
    // stored L-Town week (low pressure at n1, tank T1 low, ...): every one is on the alarms slide
    const qlonglong open = figure( overview, QStringLiteral( "feeds.open_alarms" ) )->value.toLongLong();
    QVERIFY( open >= 3 );
    const Slide *alarms = slide( deck, QStringLiteral( "alarms" ) );
    QVERIFY( alarms && !alarms->tables.isEmpty() );
    QCOMPARE( alarms->tables.first().rows.size(), static_cast<int>( std::min<qlonglong>( open, 10 ) ) );
    QStringList sensors;
    for ( const QStringList &row : alarms->tables.first().rows )
      sensors << row.value( 2 );
    for ( const QString &sensor : { QStringLiteral( "s1" ), QStringLiteral( "s2" ), QStringLiteral( "s3" ) } )
      QVERIFY2( sensors.contains( sensor ), qPrintable( sensors.join( QLatin1Char( ',' ) ) ) );
    // the demo's participatory budget (Toulouse 15, attached when the demo is built): funded of 10 projects
    const Figure *budget = figure( overview, QStringLiteral( "budget.participatory_result" ) );
    QVERIFY( budget && budget->isAvailable() );
    QVERIFY( budget->value.toLongLong() > 0 && budget->value.toLongLong() <= 10 );
    QCOMPARE( budget->text, QStringLiteral( "%1 of 10" ).arg( budget->value.toLongLong() ) );
    QCOMPARE( budget->dataDate.date(), QDate( 2022, 10, 31 ) );
    QCOMPARE( figure( slide( deck, QStringLiteral( "budget" ) ), QStringLiteral( "budget.voters" ) )->value.toLongLong(), 274LL );
    QCOMPARE( slide( deck, QStringLiteral( "budget" ) )->tables.value( 0 ).rows.size(), static_cast<int>( budget->value.toLongLong() ) );
    // the demo's stored week of L-Town SCADA: inflows and night flow; customer meters in area C
    // only, so the losses and non-revenue water shown are area C's, labelled so
    const Figure *night = figure( overview, QStringLiteral( "water.minimum_night_flow" ) );
    QVERIFY( night && night->isAvailable() );
    QVERIFY( night->value.toDouble() > 0 );
    QCOMPARE( night->dataDate, QDateTime( QDate( 2018, 1, 28 ), QTime( 23, 55 ), Qt::UTC ) );
    for ( const char *id : { "water.real_losses", "water.non_revenue_water" } )
    {
      const Figure *f = figure( overview, QLatin1String( id ) );
      QVERIFY2( f && f->isAvailable() && f->value.toDouble() > 0, id );
      QVERIFY2( f->label.endsWith( QLatin1String( ", area C" ) ), qPrintable( f->label ) );
    }
    QVERIFY( figure( overview, QStringLiteral( "roadmap.projects_done" ) )->isAvailable() );
    // the JSON has every figure with its source and data date
    const QJsonObject json = deck.toJson();
    QCOMPARE( json.value( QStringLiteral( "slide_count" ) ).toInt(), deck.slides.size() );
    const QJsonObject figures = json.value( QStringLiteral( "figures" ) ).toObject();
    QVERIFY( figures.value( QStringLiteral( "lighting.saving_ratio" ) )
                 .toObject()
                 .value( QStringLiteral( "source" ) )
                 .toString()
                 .contains( QStringLiteral( "lighting optimise" ) ) );
    QVERIFY( !figures.value( QStringLiteral( "lighting.saving_ratio" ) )
                  .toObject()
                  .value( QStringLiteral( "data_date" ) )
                  .toString()
                  .isEmpty() );
    // non-revenue water: a share (0..1) of area C's inflow, in the JSON as in the deck
    const double nrw =
        figures.value( QStringLiteral( "water.non_revenue_water" ) ).toObject().value( QStringLiteral( "value" ) ).toDouble();
    QVERIFY2( nrw > 0 && nrw < 1, qPrintable( QString::number( nrw ) ) );
  }

  void roadmapChartTable()
  {
    const Slide *roadmap = slide( mDecks.value( QStringLiteral( "en" ) ), QStringLiteral( "roadmap" ) );
    QVERIFY( roadmap );
    QCOMPARE( roadmap->charts.size(), 1 );
    const Chart &chart = roadmap->charts.first();
    QVERIFY( chart.categories.size() >= 2 );
    const Table table = chart.toTable();
    QCOMPARE( table.rows.size(), chart.categories.size() );
    QCOMPARE( table.columns.size(), chart.series.size() + 1 );
    QCOMPARE( table.rows.first().first(), chart.categories.first() );
    QCOMPARE( table.rows.first().at( 1 ).toDouble(), chart.series.first().points.first().y() );
  }

  void missingPlugin_data()
  {
    QTest::addColumn<QString>( "language" );
    QTest::addColumn<QString>( "reason" );
    QTest::newRow( "en" ) << QStringLiteral( "en" ) << QStringLiteral( "the « lighting » plugin is not installed" );
    QTest::newRow( "fr" )
        << QStringLiteral( "fr" )
        << DeckLanguage( QStringLiteral( "fr" ) ).tr( "the « %1 » plugin is not installed" ).arg( QStringLiteral( "lighting" ) );
  }

  void missingPlugin()
  {
    QFETCH( QString, language );
    QFETCH( QString, reason );
    PluginManager waterOnly;
    QDir dir( vigie::test::pluginDirectory() );
    const QStringList water = dir.entryList( { QStringLiteral( "*vigie_water*" ) }, QDir::Files );
    QCOMPARE( water.size(), 1 );
    QVERIFY( waterOnly.loadFile( dir.filePath( water.first() ) ) );
    QString error;
    const Deck deck = DeckBuilder( &waterOnly ).build( context( language ), DeckBuilder::councilAgenda( language ), {}, &error );
    QVERIFY2( !deck.slides.isEmpty(), qPrintable( error ) );
    const Slide *missing = slide( deck, QStringLiteral( "lighting.*" ) );
    QVERIFY( missing );
    QCOMPARE( missing->kind, Slide::Kind::Missing );
    QCOMPARE( missing->unavailableReason, reason );
    QCOMPARE( deck.missing.size(), 1 );
    QVERIFY( deck.missing.first().contains( reason ) );
    QVERIFY( !slide( deck, QStringLiteral( "lighting.savings" ) ) );
    QVERIFY( slide( deck, QStringLiteral( "water.network" ) ) );
    const Figure *saved = figure( slide( deck, QStringLiteral( "overview" ) ), QStringLiteral( "lighting.energy_saved_kwh" ) );
    QVERIFY( saved && !saved->isAvailable() );
    QCOMPARE( saved->unavailableReason, reason );
    // no plugin at all: still a deck
    const Deck bare = DeckBuilder( nullptr ).build( context( language ), DeckBuilder::councilAgenda( language ), {}, &error );
    QVERIFY2( !bare.slides.isEmpty(), qPrintable( error ) );
    QCOMPARE( bare.missing.size(), 2 );
    // an agenda naming one slide of an absent plugin
    Agenda agenda;
    agenda.name = QStringLiteral( "x" );
    agenda.items << AgendaItem{ QStringLiteral( "lighting.plan" ), QStringLiteral( "Plan LED" ) }
                 << AgendaItem{ QStringLiteral( "nothing" ), QString() };
    const Deck small = DeckBuilder( &waterOnly ).build( context( language ), agenda, {}, &error );
    QCOMPARE( small.slides.size(), 2 );
    QCOMPARE( small.slides.at( 0 ).kind, Slide::Kind::Missing );
    QCOMPARE( small.slides.at( 0 ).title, QStringLiteral( "Plan LED" ) );
    QCOMPARE( small.slides.at( 0 ).unavailableReason, reason );
    QCOMPARE( small.slides.at( 1 ).kind, Slide::Kind::Missing );
    QVERIFY( small.slides.at( 1 ).unavailableReason.contains( QStringLiteral( "nothing" ) ) );
  }

  void agendaRoundTrip()
  {
    const QString path = tempPath( QStringLiteral( "agendas.gpkg" ) );
    QVERIFY( QFile::copy( mPath, path ) );
    Agenda agenda;
    agenda.name = QStringLiteral( "commission travaux" );
    agenda.title = QStringLiteral( "Commission des travaux" );
    agenda.items << AgendaItem{ QStringLiteral( "roadmap" ), QStringLiteral( "Avancement des travaux" ) }
                 << AgendaItem{ QStringLiteral( "alarms" ), QString() } << AgendaItem{ QStringLiteral( "bookmark:*" ), QString() };
    QString error;
    QVERIFY2( AgendaStore::save( path, agenda, &error ), qPrintable( error ) );
    Agenda loaded;
    QVERIFY2( AgendaStore::agenda( path, agenda.name, QStringLiteral( "fr" ), &loaded, &error ), qPrintable( error ) );
    QCOMPARE( loaded.toJson(), agenda.toJson() );
    QCOMPARE( AgendaStore::agendas( path, &error ).size(), 7 );
    // the territory still opens with its plugins, and knows the component
    {
      std::unique_ptr<Territory> territory = Territory::open( path, mPlugins.plugins(), Territory::Mode::ReadOnly, &error );
      QVERIFY2( territory, qPrintable( error ) );
      QCOMPARE( territory->schemaVersions().value( QStringLiteral( "review" ) ), 1 );
    }
    const Deck deck = DeckBuilder( &mPlugins ).build( context( QStringLiteral( "fr" ) ), loaded, {}, &error );
    QCOMPARE( deck.slides.size(), 3 );
    QCOMPARE( deck.slides.first().title, QStringLiteral( "Avancement des travaux" ) );
    QCOMPARE( deck.slides.last().id, QStringLiteral( "bookmark:Écusson" ) );
    // a saved agenda replaces the default of the same name
    Agenda council = DeckBuilder::councilAgenda( QStringLiteral( "fr" ) );
    council.items.removeLast();
    QVERIFY( AgendaStore::save( path, council, &error ) );
    QVERIFY( AgendaStore::agenda( path, QStringLiteral( "council" ), QStringLiteral( "en" ), &loaded, &error ) );
    QCOMPARE( loaded.items.size(), council.items.size() );
    QCOMPARE( AgendaStore::agendas( path, &error ).size(), 7 );
    // removing
    QVERIFY2( AgendaStore::remove( path, agenda.name, &error ), qPrintable( error ) );
    QVERIFY( !AgendaStore::agenda( path, agenda.name, QStringLiteral( "fr" ), &loaded, &error ) );
    QVERIFY( !AgendaStore::remove( path, agenda.name, &error ) );
    QVERIFY2( error.contains( agenda.name ), qPrintable( error ) );
    QVERIFY( AgendaStore::remove( path, QStringLiteral( "council" ), &error ) );
    QVERIFY( AgendaStore::agenda( path, QStringLiteral( "council" ), QStringLiteral( "en" ), &loaded, &error ) );
    QCOMPARE( loaded.items.size(), DeckBuilder::councilAgenda( QStringLiteral( "en" ) ).items.size() );
  }

  void badAgendaJson_data()
  {
    QTest::addColumn<QByteArray>( "json" );
    QTest::addColumn<QString>( "expected" );
    QTest::newRow( "no name" ) << QByteArray( R"({"items": ["overview"]})" ) << QStringLiteral( "\"name\"" );
    QTest::newRow( "name not a string" ) << QByteArray( R"({"name": 3, "items": []})" ) << QStringLiteral( "\"name\"" );
    QTest::newRow( "no items" ) << QByteArray( R"({"name": "a"})" ) << QStringLiteral( "\"items\"" );
    QTest::newRow( "title a number" ) << QByteArray( R"({"name": "a", "title": 4, "items": []})" ) << QStringLiteral( "\"title\"" );
    QTest::newRow( "item a number" ) << QByteArray( R"({"name": "a", "items": ["overview", 5]})" ) << QStringLiteral( "items[1]" );
    QTest::newRow( "item without slide" ) << QByteArray( R"({"name": "a", "items": [{"title": "x"}]})" )
                                          << QStringLiteral( "items[0]: field \"slide\"" );
    QTest::newRow( "empty slide id" ) << QByteArray( R"({"name": "a", "items": [" "]})" ) << QStringLiteral( "empty slide id" );
  }

  void badAgendaJson()
  {
    QFETCH( QByteArray, json );
    QFETCH( QString, expected );
    QString error;
    const Agenda agenda = Agenda::fromJson( QJsonDocument::fromJson( json ).object(), &error );
    QVERIFY2( error.contains( expected ), qPrintable( error ) );
    QVERIFY( agenda.name.isEmpty() && agenda.items.isEmpty() );
  }

  void badStoredAgenda()
  {
    const QString path = tempPath( QStringLiteral( "bad agenda.gpkg" ) );
    QVERIFY( QFile::copy( mPath, path ) );
    QFile::setPermissions( path, QFileDevice::ReadOwner | QFileDevice::WriteOwner );
    Agenda agenda;
    agenda.name = QStringLiteral( "broken" );
    agenda.items << AgendaItem{ QStringLiteral( "overview" ), QString() };
    QString error;
    QVERIFY( AgendaStore::save( path, agenda, &error ) );
    {
      std::unique_ptr<Territory> territory = Territory::open( path, mPlugins.plugins(), Territory::Mode::ReadWrite, &error );
      QVERIFY2( territory, qPrintable( error ) );
      QVERIFY( territory->executeInTransaction(
          { QStringLiteral( "UPDATE review_agendas SET json = '{\"name\": \"broken\", \"items\": 7' WHERE name = 'broken'" ) }, &error ) );
    }
    QVERIFY( AgendaStore::agendas( path, &error ).isEmpty() );
    QVERIFY2( error.contains( QStringLiteral( "review_agendas" ) ) && error.contains( QStringLiteral( "broken" ) ), qPrintable( error ) );
    // a bad agenda is refused and nothing is saved
    Agenda nameless;
    nameless.items << AgendaItem{ QStringLiteral( "overview" ), QString() };
    const QString cleanPath = tempPath( QStringLiteral( "clean.gpkg" ) );
    QVERIFY( QFile::copy( mPath, cleanPath ) );
    QFile::setPermissions( cleanPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner );
    QVERIFY( !AgendaStore::save( cleanPath, nameless, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "\"name\"" ) ), qPrintable( error ) );
    Agenda empty;
    empty.name = QStringLiteral( "empty" );
    QVERIFY( !AgendaStore::save( cleanPath, empty, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "no slide" ) ), qPrintable( error ) );
    std::unique_ptr<Territory> territory = Territory::open( cleanPath, mPlugins.plugins(), Territory::Mode::ReadOnly, &error );
    QVERIFY( territory );
    QVERIFY( !territory->schemaVersions().contains( QStringLiteral( "review" ) ) );
  }

  void unknownAgenda()
  {
    QString error;
    Agenda agenda;
    QVERIFY( !AgendaStore::agenda( mPath, QStringLiteral( "conseil-de-quartier" ), QStringLiteral( "fr" ), &agenda, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "conseil-de-quartier" ) ) && error.contains( QStringLiteral( "council" ) ),
              qPrintable( error ) );
  }

  void unreadableTerritory()
  {
    const QString path = tempPath( QStringLiteral( "not a territory.gpkg" ) );
    QFile file( path );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( "not sqlite" );
    file.close();
    QString error;
    ReviewContext c = context( QStringLiteral( "en" ) );
    c.territoryPath = path;
    const Deck bad = DeckBuilder( &mPlugins ).build( c, DeckBuilder::councilAgenda( QStringLiteral( "en" ) ), {}, &error );
    QVERIFY( bad.slides.isEmpty() );
    QVERIFY( !error.isEmpty() );
    QVERIFY( AgendaStore::agendas( path, &error ).isEmpty() );
    QVERIFY2( error.contains( QStringLiteral( "not a territory.gpkg" ) ), qPrintable( error ) );
    QVERIFY(
        !AgendaStore::save( tempPath( QStringLiteral( "absent.gpkg" ) ), DeckBuilder::councilAgenda( QStringLiteral( "en" ) ), &error ) );
    QVERIFY( !QFile::exists( tempPath( QStringLiteral( "absent.gpkg" ) ) ) );
  }

  void cancel()
  {
    QString error;
    int calls = 0;
    const Deck deck = DeckBuilder( nullptr ).build(
        context( QStringLiteral( "en" ) ), DeckBuilder::councilAgenda( QStringLiteral( "en" ) ), [&calls]( double ) { return ++calls < 2; },
        &error );
    QVERIFY( deck.slides.isEmpty() );
    QVERIFY2( error.contains( QStringLiteral( "cancelled" ) ), qPrintable( error ) );
  }
};

QTEST_GUILESS_MAIN( TestDeckBuilder )
#include "tst_deckbuilder.moc"
