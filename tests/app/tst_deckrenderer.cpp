// SPDX-License-Identifier: GPL-2.0-or-later
// The review deck as a QGIS print layout (app/gis/deckrenderer): pages, texts, fonts and vector
// maps checked in the exported PDF with poppler-utils (pdftotext, pdffonts, pdfimages, pdfinfo),
// themes, PNG export, cancel, and two slides against control images in
// tests/data/control_images/deck/expected_<name>/ (VIGIE_UPDATE_CONTROL_IMAGES=1 rewrites them).
#include "deckchart.h"
#include "deckrenderer.h"
#include "deckstyles.h"
#include "demobuilder.h"
#include "pgtestcluster.h"
#include "pluginmanager.h"
#include "reviewslide.h"
#include "territory.h"
#include "territorycopy.h"
#include "territorylayers.h"
#include "vigieqgistest.h"

#include <qgslayoutitem.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrenderchecker.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace vigie;
using namespace vigie::review;

namespace
{
  //! Output of a poppler tool, or a null string when it is missing or fails.
  QString runTool( const QString &tool, const QStringList &arguments )
  {
    const QString program = QStandardPaths::findExecutable( tool );
    if ( program.isEmpty() )
      return QString();
    QProcess process;
    process.start( program, arguments );
    if ( !process.waitForFinished( 120000 ) || process.exitCode() != 0 )
      return QString();
    return QString::fromUtf8( process.readAllStandardOutput() );
  }

  //! Whitespace (line breaks from wrapping, no-break spaces) folded to single spaces.
  QString folded( QString text )
  {
    text.replace( QChar( 0x00A0 ), QLatin1Char( ' ' ) ).replace( QChar( 0x202F ), QLatin1Char( ' ' ) );
    // the ligatures the PDF fonts use ("ﬁnancés")
    text.replace( QChar( 0xFB01 ), QStringLiteral( "fi" ) ).replace( QChar( 0xFB02 ), QStringLiteral( "fl" ) );
    return text.simplified();
  }

  //! Each page's text of a PDF (pdftotext separates pages with form feeds).
  QStringList pdfPages( const QString &pdf )
  {
    const QString text =
        runTool( QStringLiteral( "pdftotext" ), { QStringLiteral( "-enc" ), QStringLiteral( "UTF-8" ), pdf, QStringLiteral( "-" ) } );
    QStringList pages = text.split( QChar( 0x0C ) );
    if ( !pages.isEmpty() && pages.constLast().trimmed().isEmpty() )
      pages.removeLast();
    for ( QString &page : pages )
      page = folded( page );
    return pages;
  }

  int pdfPageCount( const QString &pdf )
  {
    const QString info = runTool( QStringLiteral( "pdfinfo" ), { pdf } );
    const QRegularExpressionMatch match = QRegularExpression( QStringLiteral( "Pages:\\s+(\\d+)" ) ).match( info );
    return match.hasMatch() ? match.captured( 1 ).toInt() : -1;
  }

  Figure figure( const QString &id, const QString &label, double value, const QString &text, const QString &source,
                 const QString &unit = QString() )
  {
    Figure f;
    f.unit = unit;
    f.id = id;
    f.label = label;
    f.value = value;
    f.text = text;
    f.source = source;
    f.dataDate = QDateTime( QDate( 2026, 11, 20 ), QTime( 12, 0 ), Qt::UTC );
    f.key = true;
    return f;
  }

  Figure unavailable( const QString &id, const QString &label, const QString &reason )
  {
    Figure f;
    f.id = id;
    f.label = label;
    f.unavailableReason = reason;
    f.source = QStringLiteral( "vigie-cli water balance" );
    f.key = true;
    return f;
  }

  /**
   * A deck made by hand with every kind of slide, in French or English (the texts the deck
   * builder would give), on the demo territory's layers.
   */
  Deck handDeck( const QString &language, int extraChartSlides = 0 )
  {
    const bool fr = language == QLatin1String( "fr" );
    Deck deck;
    deck.territoryName = QStringLiteral( "Montpellier" );
    deck.agendaName = QStringLiteral( "council" );
    deck.title = fr ? QStringLiteral( "Conseil municipal" ) : QStringLiteral( "Council meeting" );
    deck.language = language;
    deck.date = QDate( 2026, 11, 26 );
    deck.builtAt = QDateTime( QDate( 2026, 11, 26 ), QTime( 9, 0 ), Qt::UTC );

    Slide title;
    title.id = QStringLiteral( "title" );
    title.domain = QStringLiteral( "overview" );
    title.kind = Slide::Kind::Title;
    title.title = deck.title;
    title.subtitle = fr ? QStringLiteral( "Revue du territoire" ) : QStringLiteral( "Territory review" );
    deck.slides << title;

    Slide overview;
    overview.id = QStringLiteral( "overview" );
    overview.domain = QStringLiteral( "overview" );
    overview.kind = Slide::Kind::Overview;
    overview.title = fr ? QStringLiteral( "Vue d’ensemble" ) : QStringLiteral( "Overview" );
    overview.figures << figure( QStringLiteral( "lighting.energy_saved" ),
                                fr ? QStringLiteral( "Énergie économisée" ) : QStringLiteral( "Energy saved" ), 412345,
                                fr ? QStringLiteral( "412 345 kWh/an" ) : QStringLiteral( "412,345 kWh/yr" ),
                                QStringLiteral( "vigie-cli lighting optimise T --json: energy_saved_kwh" ),
                                fr ? QStringLiteral( "kWh/an" ) : QStringLiteral( "kWh/yr" ) );
    overview.figures << figure( QStringLiteral( "lighting.money_saved" ),
                                fr ? QStringLiteral( "Économies" ) : QStringLiteral( "Money saved" ), 61852,
                                fr ? QStringLiteral( "61 852 €" ) : QStringLiteral( "€61,852" ),
                                QStringLiteral( "vigie-cli lighting optimise T --json: cost_saved_eur" ), QStringLiteral( "€" ) );
    overview.figures << unavailable(
        QStringLiteral( "water.nrw" ), fr ? QStringLiteral( "Eau non facturée" ) : QStringLiteral( "Non-revenue water" ),
        fr ? QStringLiteral( "pas encore de relevés de compteurs" ) : QStringLiteral( "no meter readings yet" ) );
    overview.figures << figure( QStringLiteral( "feeds.open_alarms" ),
                                fr ? QStringLiteral( "Alarmes ouvertes" ) : QStringLiteral( "Open alarms" ), 7, QStringLiteral( "7" ),
                                QStringLiteral( "vigie-cli alarms list T --open --json" ) );
    MapView whole;
    whole.title = fr ? QStringLiteral( "Le territoire" ) : QStringLiteral( "The territory" );
    overview.maps << whole;
    overview.notes = QStringLiteral( "PRESENTER-NOTE-overview" );
    deck.slides << overview;

    Slide figures;
    figures.id = QStringLiteral( "budget.result" );
    figures.domain = QStringLiteral( "budget" );
    figures.kind = Slide::Kind::Figures;
    figures.title = fr ? QStringLiteral( "Budget participatif" ) : QStringLiteral( "Participatory budget" );
    figures.subtitle = fr ? QStringLiteral( "Résultat du vote 2026" ) : QStringLiteral( "2026 vote result" );
    figures.figures << figure( QStringLiteral( "budget.funded" ),
                               fr ? QStringLiteral( "Projets financés" ) : QStringLiteral( "Projects funded" ), 12, QStringLiteral( "12" ),
                               QStringLiteral( "vigie-cli budget allocate T --json: funded" ) );
    figures.figures << figure(
        QStringLiteral( "budget.spent" ), fr ? QStringLiteral( "Montant engagé" ) : QStringLiteral( "Amount committed" ), 987500,
        fr ? QStringLiteral( "987 500 €" ) : QStringLiteral( "€987,500" ), QStringLiteral( "vigie-cli budget allocate T --json: cost" ) );
    figures.figures << figure( QStringLiteral( "budget.voters" ), fr ? QStringLiteral( "Votants" ) : QStringLiteral( "Voters" ), 4321,
                               fr ? QStringLiteral( "4 321" ) : QStringLiteral( "4,321" ),
                               QStringLiteral( "vigie-cli budget allocate T --json: voters" ) );
    deck.slides << figures;

    auto chartSlide = [&]( int n )
    {
      Slide slide;
      slide.id = QStringLiteral( "lighting.savings%1" ).arg( n ? QString::number( n ) : QString() );
      slide.domain = QStringLiteral( "lighting" );
      slide.kind = Slide::Kind::Chart;
      slide.title = fr ? QStringLiteral( "Éclairage : consommation par quartier" ) : QStringLiteral( "Lighting: consumption by district" );
      Chart chart;
      chart.kind = Chart::Kind::Bar;
      chart.title = fr ? QStringLiteral( "Consommation annuelle" ) : QStringLiteral( "Yearly consumption" );
      chart.categories = QStringList{ QStringLiteral( "Centre" ), QStringLiteral( "Croix d’Argent" ), QStringLiteral( "Mosson" ),
                                      QStringLiteral( "Hôpitaux" ), QStringLiteral( "Port Marianne" ) };
      chart.yLabel = QStringLiteral( "MWh" );
      ChartSeries before;
      before.name = fr ? QStringLiteral( "Avant" ) : QStringLiteral( "Before" );
      ChartSeries after;
      after.name = fr ? QStringLiteral( "Après" ) : QStringLiteral( "After" );
      for ( int i = 0; i < chart.categories.size(); ++i )
      {
        before.points << QPointF( i, 420 + 37 * i + 5 * n );
        after.points << QPointF( i, 250 + 21 * i );
      }
      chart.series = { before, after };
      slide.charts << chart;
      slide.figures << figure( QStringLiteral( "lighting.saving_ratio" ),
                               fr ? QStringLiteral( "Économie d’énergie" ) : QStringLiteral( "Energy saving" ), 41.2,
                               fr ? QStringLiteral( "41,2 %" ) : QStringLiteral( "41.2%" ),
                               QStringLiteral( "vigie-cli lighting optimise T --json: saving_ratio" ) );
      slide.notes = QStringLiteral( "PRESENTER-NOTE-chart" );
      return slide;
    };
    deck.slides << chartSlide( 0 );

    Slide line;
    line.id = QStringLiteral( "water.losses" );
    line.domain = QStringLiteral( "water" );
    line.kind = Slide::Kind::Chart;
    line.title = fr ? QStringLiteral( "Eau : pertes du réseau" ) : QStringLiteral( "Water: network losses" );
    Chart losses;
    losses.kind = Chart::Kind::Line;
    losses.title = fr ? QStringLiteral( "Pertes journalières" ) : QStringLiteral( "Daily losses" );
    losses.xLabel = fr ? QStringLiteral( "Jour" ) : QStringLiteral( "Day" );
    losses.yLabel = QStringLiteral( "m³" );
    ChartSeries lossSeries;
    lossSeries.name = fr ? QStringLiteral( "Pertes" ) : QStringLiteral( "Losses" );
    for ( int day = 1; day <= 30; ++day )
      lossSeries.points << QPointF( day, 180 + 40 * std::sin( day / 4.0 ) );
    losses.series << lossSeries;
    line.charts << losses;
    deck.slides << line;

    Slide table;
    table.id = QStringLiteral( "roadmap.projects" );
    table.domain = QStringLiteral( "roadmap" );
    table.kind = Slide::Kind::Table;
    table.title = fr ? QStringLiteral( "Feuille de route" ) : QStringLiteral( "Roadmap" );
    Table projects;
    projects.title = fr ? QStringLiteral( "Projets" ) : QStringLiteral( "Projects" );
    projects.columns = QStringList{ fr ? QStringLiteral( "Projet" ) : QStringLiteral( "Project" ),
                                    fr ? QStringLiteral( "Avancement" ) : QStringLiteral( "Progress" ),
                                    fr ? QStringLiteral( "Budget" ) : QStringLiteral( "Budget" ) };
    for ( int i = 1; i <= 24; ++i )
      projects.rows << QStringList{ QStringLiteral( "PROJ-%1" ).arg( i, 2, 10, QLatin1Char( '0' ) ), QStringLiteral( "%1 %" ).arg( i * 4 ),
                                    QStringLiteral( "%1 000 €" ).arg( 10 + i ) };
    table.tables << projects;
    deck.slides << table;

    Slide bookmark;
    bookmark.id = QStringLiteral( "bookmark:Centre" );
    bookmark.domain = QStringLiteral( "map" );
    bookmark.kind = Slide::Kind::Map;
    bookmark.title = QStringLiteral( "Centre" );
    MapView centre;
    centre.bookmark = QStringLiteral( "Centre" );
    centre.layers = QStringList{ QStringLiteral( "lighting:luminaires" ) };
    bookmark.maps << centre;
    deck.slides << bookmark;

    Slide beforeAfter;
    beforeAfter.id = QStringLiteral( "lighting.before_after" );
    beforeAfter.domain = QStringLiteral( "lighting" );
    beforeAfter.kind = Slide::Kind::BeforeAfter;
    beforeAfter.title = fr ? QStringLiteral( "Éclairage : avant / après" ) : QStringLiteral( "Lighting: before / after" );
    MapView beforeMap;
    beforeMap.title = fr ? QStringLiteral( "Avant" ) : QStringLiteral( "Before" );
    beforeMap.bookmark = QStringLiteral( "Centre" );
    beforeMap.layers = QStringList{ QStringLiteral( "lighting:luminaires" ), QStringLiteral( "territory:streets" ) };
    beforeMap.styleHint = QStringLiteral( "lighting:power-before" );
    MapView afterMap = beforeMap;
    afterMap.title = fr ? QStringLiteral( "Après" ) : QStringLiteral( "After" );
    afterMap.styleHint = QStringLiteral( "lighting:power-after" );
    beforeAfter.maps << beforeMap << afterMap;
    deck.slides << beforeAfter;

    Slide missing;
    missing.id = QStringLiteral( "waste.collection" );
    missing.domain = QStringLiteral( "waste" );
    missing.kind = Slide::Kind::Missing;
    missing.title = fr ? QStringLiteral( "Déchets" ) : QStringLiteral( "Waste" );
    missing.unavailableReason =
        fr ? QStringLiteral( "Le module « waste » n’est pas installé" ) : QStringLiteral( "The “waste” plugin is not installed" );
    deck.slides << missing;
    deck.missing << missing.unavailableReason;

    for ( int i = 1; i <= extraChartSlides; ++i )
      deck.slides << chartSlide( i );
    return deck;
  }

  double meanLuminance( const QImage &image )
  {
    double sum = 0;
    const QImage small = image.scaled( 64, 36 );
    for ( int y = 0; y < small.height(); ++y )
      for ( int x = 0; x < small.width(); ++x )
        sum += qGray( small.pixel( x, y ) );
    return sum / ( small.width() * small.height() );
  }
} // namespace

class TestDeckRenderer : public vigie::test::Test
{
  Q_OBJECT

private:
  static constexpr int kBeforeAfterSlide = 7;
  std::unique_ptr<PluginManager> mPlugins;
  std::unique_ptr<QgsProject> mProject;
  QString mTerritoryPath;
  QRectF mCentre;

  static QString controlImage( const QString &name )
  {
    return vigie::test::testDataPath( QStringLiteral( "control_images/deck/expected_%1/expected_%1.png" ).arg( name ) );
  }

  QString exportDeck( const Deck &deck, const QString &name, const DeckStyle &style = DeckStyle() )
  {
    DeckRenderer renderer( deck, mProject.get(), style );
    const QString path = tempPath( name );
    QString error;
    if ( !renderer.exportPdf( path, {}, &error ) )
      qWarning( "%s", qPrintable( error ) );
    return path;
  }

private Q_SLOTS:
  void initTestCase()
  {
    for ( const char *tool : { "pdftotext", "pdffonts", "pdfimages", "pdfinfo" } )
      if ( QStandardPaths::findExecutable( QString::fromLatin1( tool ) ).isEmpty() )
        QFAIL( qPrintable(
            QStringLiteral( "%1 is missing: install poppler-utils (tools/dev packages)" ).arg( QString::fromLatin1( tool ) ) ) );
    mPlugins = std::make_unique<PluginManager>();
    mPlugins->loadFrom( { vigie::test::pluginDirectory() } );
    QVERIFY2( mPlugins->plugins().size() >= 4, "the four domain plugins are built" );
    mTerritoryPath = tempPath( QStringLiteral( "mont pellier é.gpkg" ) ); // spaces and accents in the path
    QString error;
    QVERIFY2(
        DemoBuilder::build( QStringLiteral( "montpellier" ), mTerritoryPath, mPlugins->plugins(), vigie::test::demoSourcePath(), &error ),
        qPrintable( error ) );
    {
      std::unique_ptr<Territory> territory = Territory::open( mTerritoryPath, mPlugins->plugins(), Territory::Mode::ReadWrite, &error );
      QVERIFY2( territory, qPrintable( error ) );
      // a bookmark of 1.6 x 0.9 km around the middle of the lighting points
      const QRectF lamps = territory->extent( QStringLiteral( "lighting:luminaires" ) );
      QVERIFY( lamps.isValid() );
      mCentre = QRectF( lamps.center() - QPointF( 800, 450 ), QSizeF( 1600, 900 ) );
      Bookmark centre;
      centre.name = QStringLiteral( "Centre" );
      centre.extent = mCentre;
      QVERIFY2( territory->addBookmark( centre, &error ), qPrintable( error ) );
    }
    std::unique_ptr<Territory> territory = Territory::open( mTerritoryPath, mPlugins->plugins(), Territory::Mode::ReadOnly, &error );
    QVERIFY2( territory, qPrintable( error ) );
    mProject = std::make_unique<QgsProject>();
    QVERIFY2( TerritoryLayers::load( *territory, *mPlugins, mProject.get(), &error ), qPrintable( error ) );
  }

  void cleanupTestCase() { mProject.reset(); }

  void pages_data()
  {
    QTest::addColumn<bool>( "appendix" );
    QTest::newRow( "with appendix" ) << true;
    QTest::newRow( "without appendix" ) << false;
  }

  void pages()
  {
    QFETCH( bool, appendix );
    const Deck deck = handDeck( QStringLiteral( "en" ) );
    DeckStyle style;
    style.appendix = appendix;
    DeckRenderer renderer( deck, mProject.get(), style );
    if ( appendix )
    {
      // one page per chart table (2 charts) at least, and the long roadmap table in full
      QVERIFY2( renderer.pageCount() >= deck.slides.size() + 3, qPrintable( QString::number( renderer.pageCount() ) ) );
    }
    else
      QCOMPARE( renderer.pageCount(), deck.slides.size() );
    for ( int i = 0; i < deck.slides.size(); ++i )
      QCOMPARE( renderer.pageOfSlide( i ), i );
    QCOMPARE( renderer.pageOfSlide( static_cast<int>( deck.slides.size() ) ), -1 );
    QgsPrintLayout *layout = renderer.layout();
    QVERIFY( layout );
    QCOMPARE( layout->pageCollection()->pageCount(), renderer.pageCount() );

    const QString pdf = tempPath( QStringLiteral( "pages-%1.pdf" ).arg( appendix ) );
    QString error;
    QVERIFY2( renderer.exportPdf( pdf, {}, &error ), qPrintable( error ) );
    QCOMPARE( pdfPageCount( pdf ), renderer.pageCount() );
    const QStringList text = pdfPages( pdf );
    QCOMPARE( text.size(), renderer.pageCount() );
    if ( appendix )
    {
      const QString all = text.mid( deck.slides.size() ).join( QLatin1Char( ' ' ) );
      // the numbers behind the charts: both series of the bar chart, the line's table
      QVERIFY2( all.contains( QStringLiteral( "Appendix — Yearly consumption" ) ), qPrintable( all.left( 400 ) ) );
      QVERIFY2( all.contains( QStringLiteral( "Appendix — Daily losses" ) ), qPrintable( all.left( 400 ) ) );
      QVERIFY( all.contains( QStringLiteral( "Port Marianne" ) ) );
      QVERIFY2( all.contains( QStringLiteral( "PROJ-24" ) ), "the long table in full in the appendix" );
      QVERIFY( !text.at( renderer.pageOfSlide( 5 ) ).contains( QStringLiteral( "PROJ-24" ) ) );
    }
  }

  void texts_data()
  {
    QTest::addColumn<QString>( "language" );
    QTest::addColumn<QStringList>( "deckWords" );  // the renderer's own words in that language
    QTest::addColumn<QStringList>( "otherWords" ); // and not those of the other language
    QTest::newRow( "fr" ) << QStringLiteral( "fr" )
                          << QStringList{ QStringLiteral( "Données au 20 nov. 2026" ), QStringLiteral( "Source : vigie-cli" ),
                                          QStringLiteral( "Annexe — " ), QStringLiteral( "26 novembre 2026" ) }
                          << QStringList{ QStringLiteral( "Data as of" ), QStringLiteral( "Appendix" ) };
    QTest::newRow( "en" ) << QStringLiteral( "en" )
                          << QStringList{ QStringLiteral( "Data as of 20 Nov 2026" ), QStringLiteral( "Source: vigie-cli" ),
                                          QStringLiteral( "Appendix — " ), QStringLiteral( "26 November 2026" ) }
                          << QStringList{ QStringLiteral( "Données au" ), QStringLiteral( "Annexe" ) };
  }

  void texts()
  {
    QFETCH( QString, language );
    QFETCH( QStringList, deckWords );
    QFETCH( QStringList, otherWords );
    const Deck deck = handDeck( language );
    DeckRenderer renderer( deck, mProject.get() );
    const QString pdf = tempPath( QStringLiteral( "texts-%1.pdf" ).arg( language ) );
    QString error;
    QVERIFY2( renderer.exportPdf( pdf, {}, &error ), qPrintable( error ) );
    const QStringList text = pdfPages( pdf );
    QCOMPARE( text.size(), renderer.pageCount() );
    for ( int i = 0; i < deck.slides.size(); ++i )
    {
      const Slide &slide = deck.slides.at( i );
      const QString &page = text.at( renderer.pageOfSlide( i ) );
      // every slide's title on its own page, every figure with its value or its reason
      QVERIFY2( page.contains( folded( slide.title ) ),
                qPrintable( QStringLiteral( "page %1: no \"%2\" in: %3" ).arg( i + 1 ).arg( slide.title, page ) ) );
      for ( const Figure &f : slide.figures )
      {
        QVERIFY2( page.contains( folded( f.label ) ),
                  qPrintable( QStringLiteral( "%1 on page %2: %3" ).arg( f.label ).arg( i + 1 ).arg( page ) ) );
        // a long unit is drawn in smaller type after the number: both must be there
        QString shown = folded( f.isAvailable() ? f.text : f.unavailableReason );
        if ( f.isAvailable() && f.unit.size() > 2 && shown.endsWith( f.unit ) )
        {
          QVERIFY2( page.contains( f.unit ),
                    qPrintable( QStringLiteral( "\"%1\" on page %2: %3" ).arg( f.unit ).arg( i + 1 ).arg( page ) ) );
          shown = shown.left( shown.size() - f.unit.size() ).trimmed();
        }
        QVERIFY2( page.contains( shown ), qPrintable( QStringLiteral( "\"%1\" on page %2: %3" ).arg( shown ).arg( i + 1 ).arg( page ) ) );
      }
      if ( slide.kind == Slide::Kind::Missing )
        QVERIFY2( page.contains( folded( slide.unavailableReason ) ), qPrintable( page ) );
      if ( slide.kind != Slide::Kind::Title )
      {
        // footer: territory, deck title, page number
        QVERIFY2( page.contains( QStringLiteral( "Montpellier · %1" ).arg( deck.title ) ), qPrintable( page ) );
        QVERIFY2( page.contains( QStringLiteral( "%1 / %2" ).arg( i + 1 ).arg( renderer.pageCount() ) ), qPrintable( page ) );
      }
    }
    const QString all = text.join( QLatin1Char( ' ' ) );
    // an unavailable figure never shows as zero; notes are for the presenter only
    QVERIFY( !all.contains( QStringLiteral( "PRESENTER-NOTE" ) ) );
    for ( const QString &word : deckWords )
      QVERIFY2( all.contains( word ), qPrintable( QStringLiteral( "%1 missing in the %2 deck" ).arg( word, language ) ) );
    for ( const QString &word : otherWords )
      QVERIFY2( !all.contains( word ), qPrintable( QStringLiteral( "%1 in the %2 deck" ).arg( word, language ) ) );
    // (the chart itself is a vector picture whose text QGIS draws as outlines: its numbers are
    // checked as text in the appendix, its drawing by the control image deck_chart_dark)
  }

  void fontsEmbeddedAndVectorMaps()
  {
    const Deck deck = handDeck( QStringLiteral( "fr" ) );
    const QString pdf = exportDeck( deck, QStringLiteral( "fonts.pdf" ) );
    QVERIFY( QFileInfo::exists( pdf ) );
    if ( !qEnvironmentVariableIsEmpty( "VIGIE_DECK_OUTPUT" ) )
    {
      QDir().mkpath( qEnvironmentVariable( "VIGIE_DECK_OUTPUT" ) );
      QFile::remove( QDir( qEnvironmentVariable( "VIGIE_DECK_OUTPUT" ) ).filePath( QStringLiteral( "deck.pdf" ) ) );
      QFile::copy( pdf, QDir( qEnvironmentVariable( "VIGIE_DECK_OUTPUT" ) ).filePath( QStringLiteral( "deck.pdf" ) ) );
    }
    const QString fonts = runTool( QStringLiteral( "pdffonts" ), { pdf } );
    const QStringList lines = fonts.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    QVERIFY2( lines.size() > 2, qPrintable( fonts ) ); // header, rule, at least one font
    // columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end
    for ( int i = 2; i < lines.size(); ++i )
    {
      const QStringList columns = lines.at( i ).split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
      QVERIFY2( columns.size() >= 7, qPrintable( lines.at( i ) ) );
      QCOMPARE( columns.at( columns.size() - 5 ), QStringLiteral( "yes" ) );
    }
    // maps and charts are vector: the PDF holds no image at all (a rasterised map would be one
    // page-sized image per map item)
    const QString images = runTool( QStringLiteral( "pdfimages" ), { QStringLiteral( "-list" ), pdf } );
    const QStringList imageLines = images.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    QVERIFY2( imageLines.size() >= 2, qPrintable( images ) ); // the header is there: the tool ran
    QVERIFY2( imageLines.size() == 2, qPrintable( images ) );
    // and the map pages really draw the territory: the map slide weighs more than a text slide
    DeckRenderer renderer( deck, mProject.get() );
    const QImage mapPage = renderer.renderPage( renderer.pageOfSlide( 6 ), QSize( 640, 360 ) );
    QVERIFY( !mapPage.isNull() );
    const QImage missingPage = renderer.renderPage( renderer.pageOfSlide( 8 ), QSize( 640, 360 ) );
    QVERIFY( std::abs( meanLuminance( mapPage ) - meanLuminance( missingPage ) ) > 2 );
  }

  void mapExtents()
  {
    const Deck deck = handDeck( QStringLiteral( "en" ) );
    DeckRenderer renderer( deck, mProject.get() );
    QgsPrintLayout *layout = renderer.layout();
    QList<QgsLayoutItemMap *> maps;
    layout->layoutItems( maps );
    // overview (1), bookmark (1), before/after (2)
    QCOMPARE( maps.size(), 4 );
    int atBookmark = 0;
    QStringList extents;
    for ( QgsLayoutItemMap *map : std::as_const( maps ) )
    {
      extents << map->extent().toString( 0 );
      QVERIFY( !map->layers().isEmpty() );
      QCOMPARE( map->crs().authid(), QStringLiteral( "EPSG:2154" ) );
      const QgsRectangle extent = map->extent();
      // the bookmark, widened to the item's shape: it contains the bookmark and is not much larger
      if ( extent.contains( QgsRectangle( mCentre ) ) && extent.width() < mCentre.width() * 2.5 &&
           extent.height() < mCentre.height() * 2.5 )
      {
        ++atBookmark;
        // the project's luminaires, or (before/after maps with a style hint) a styled copy of them
        const QList<QgsMapLayer *> layers = map->layers();
        const bool styledCopy = std::any_of(
            layers.cbegin(), layers.cend(), []( const QgsMapLayer *layer ) { return layer->providerType() == QLatin1String( "memory" ); } );
        QVERIFY( styledCopy || layers.contains( TerritoryLayers::layer( mProject.get(), QStringLiteral( "lighting:luminaires" ) ) ) );
      }
    }
    QVERIFY2( atBookmark == 3, qPrintable( QStringLiteral( "bookmark %1, maps: %2" )
                                               .arg( QgsRectangle( mCentre ).toString( 0 ), extents.join( QStringLiteral( "; " ) ) ) ) );

    // an unknown bookmark: whole territory, and the slide says so
    Deck unknown = deck;
    unknown.slides[6].maps[0].bookmark = QStringLiteral( "Nowhere" );
    DeckStyle style;
    style.appendix = false;
    DeckRenderer other( unknown, mProject.get(), style );
    const QString pdf = tempPath( QStringLiteral( "unknown-bookmark.pdf" ) );
    QVERIFY( other.exportPdf( pdf ) );
    QVERIFY2( pdfPages( pdf ).value( 6 ).contains( QStringLiteral( "bookmark “Nowhere” not found" ) ),
              qPrintable( pdfPages( pdf ).value( 6 ) ) );

    // bookmarks given by the caller win over the file's
    Bookmark moved;
    moved.name = QStringLiteral( "Centre" );
    moved.extent = mCentre.translated( 5000, 0 );
    DeckRenderer given( deck, mProject.get() );
    given.setBookmarks( { moved } );
    QList<QgsLayoutItemMap *> givenMaps;
    given.layout()->layoutItems( givenMaps );
    bool found = false;
    for ( QgsLayoutItemMap *map : std::as_const( givenMaps ) )
      found = found || map->extent().contains( QgsRectangle( moved.extent ) );
    QVERIFY( found );
  }

  void noLayers()
  {
    // an empty project: maps say they are not available, the rest of the deck still renders
    QgsProject empty;
    const Deck deck = handDeck( QStringLiteral( "en" ) );
    DeckStyle style;
    style.appendix = false;
    DeckRenderer renderer( deck, &empty, style );
    const QString pdf = tempPath( QStringLiteral( "nolayers.pdf" ) );
    QString error;
    QVERIFY2( renderer.exportPdf( pdf, {}, &error ), qPrintable( error ) );
    const QStringList text = pdfPages( pdf );
    QVERIFY2( text.value( 6 ).contains( QStringLiteral( "Map not available" ) ), qPrintable( text.value( 6 ) ) );
    QVERIFY( text.value( 2 ).contains( QStringLiteral( "987,500" ) ) );
  }

  void themes_data()
  {
    QTest::addColumn<bool>( "dark" );
    QTest::newRow( "light" ) << false;
    QTest::newRow( "dark" ) << true;
  }

  void themes()
  {
    QFETCH( bool, dark );
    DeckStyle style;
    style.theme = dark ? DeckStyle::Theme::Dark : DeckStyle::Theme::Light;
    const Deck deck = handDeck( QStringLiteral( "fr" ) );
    DeckRenderer renderer( deck, mProject.get(), style );
    QString error;
    const QImage image = renderer.renderPage( renderer.pageOfSlide( 2 ), QSize( 1280, 720 ), &error );
    QVERIFY2( !image.isNull(), qPrintable( error ) );
    QCOMPARE( image.size(), QSize( 1280, 720 ) );
    const double luminance = meanLuminance( image );
    if ( dark )
      QVERIFY2( luminance < 70, qPrintable( QString::number( luminance ) ) );
    else
      QVERIFY2( luminance > 200, qPrintable( QString::number( luminance ) ) );
    // a 4:3 screen: the 16:9 page centred on bands of the page colour
    const QImage square = renderer.renderPage( 2, QSize( 800, 600 ), &error );
    QCOMPARE( square.size(), QSize( 800, 600 ) );
    QCOMPARE( QColor( square.pixel( 400, 2 ) ).lightness() < 100, dark );
  }

  void renderErrors()
  {
    const Deck deck = handDeck( QStringLiteral( "en" ) );
    DeckRenderer renderer( deck, mProject.get() );
    QString error;
    QVERIFY( renderer.renderPage( renderer.pageCount(), QSize( 640, 360 ), &error ).isNull() );
    QVERIFY2( error.contains( QString::number( renderer.pageCount() + 1 ) ), qPrintable( error ) );
    QVERIFY( renderer.renderPage( 0, QSize( 0, 10 ), &error ).isNull() );
    QVERIFY( !error.isEmpty() );
    // an empty deck: nothing to export, nothing written
    DeckRenderer empty( Deck(), mProject.get() );
    QCOMPARE( empty.pageCount(), 0 );
    const QString pdf = tempPath( QStringLiteral( "empty.pdf" ) );
    QVERIFY( !empty.exportPdf( pdf, {}, &error ) );
    QVERIFY( !QFileInfo::exists( pdf ) );
    // a folder that cannot be written
    QVERIFY( !renderer.exportPdf( tempPath( QStringLiteral( "no/such/folder/deck.pdf" ) ), {}, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "deck.pdf" ) ), qPrintable( error ) );
  }

  void png()
  {
    const Deck deck = handDeck( QStringLiteral( "fr" ) );
    DeckRenderer renderer( deck, mProject.get() );
    const QString directory = tempPath( QStringLiteral( "png out" ) );
    QStringList files;
    QString error;
    QList<double> steps;
    QVERIFY2( renderer.exportPng(
                  directory, &files, QSize( 960, 540 ),
                  [&steps]( double f )
                  {
                    steps << f;
                    return true;
                  },
                  &error ),
              qPrintable( error ) );
    QCOMPARE( files.size(), renderer.pageCount() );
    QCOMPARE( QDir( directory ).entryList( QDir::Files ).size(), renderer.pageCount() );
    QCOMPARE( QFileInfo( files.constFirst() ).fileName(), QStringLiteral( "slide-01.png" ) );
    for ( const QString &file : std::as_const( files ) )
    {
      const QImage image( file );
      QVERIFY2( !image.isNull(), qPrintable( file ) );
      QCOMPARE( image.size(), QSize( 960, 540 ) );
    }
    // VIGIE_DECK_OUTPUT=DIR keeps the pages to look at
    const QString keep = qEnvironmentVariable( "VIGIE_DECK_OUTPUT" );
    if ( !keep.isEmpty() )
    {
      QDir().mkpath( keep );
      for ( const QString &file : std::as_const( files ) )
      {
        QFile::remove( QDir( keep ).filePath( QFileInfo( file ).fileName() ) );
        QFile::copy( file, QDir( keep ).filePath( QFileInfo( file ).fileName() ) );
      }
    }
    QVERIFY( std::is_sorted( steps.begin(), steps.end() ) );
    QCOMPARE( steps.constLast(), 1.0 );
  }

  void cancel()
  {
    const Deck deck = handDeck( QStringLiteral( "fr" ) );
    DeckRenderer renderer( deck, mProject.get() );
    const QString directory = tempPath( QStringLiteral( "cancel" ) );
    QDir().mkpath( directory );
    const QString pdf = QDir( directory ).filePath( QStringLiteral( "deck.pdf" ) );
    int calls = 0;
    QString error;
    // cancelled after the third page: no PDF, no temporary file left
    QVERIFY( !renderer.exportPdf(
        pdf, [&calls]( double ) { return ++calls < 4; }, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "cancel" ) ), qPrintable( error ) );
    QCOMPARE( calls, 4 );
    QVERIFY( !QFileInfo::exists( pdf ) );
    QCOMPARE( QDir( directory ).entryList( QDir::Files | QDir::Hidden ).size(), 0 );

    // an existing file is kept as it was when the new export is cancelled
    {
      QFile old( pdf );
      QVERIFY( old.open( QIODevice::WriteOnly ) );
      old.write( "old content" );
    }
    QVERIFY( !renderer.exportPdf(
        pdf, []( double f ) { return f < 0.5; }, &error ) );
    QFile kept( pdf );
    QVERIFY( kept.open( QIODevice::ReadOnly ) );
    QCOMPARE( kept.readAll(), QByteArray( "old content" ) );
    kept.close();
    // and replaced when it completes
    QVERIFY2( renderer.exportPdf( pdf, {}, &error ), qPrintable( error ) );
    QCOMPARE( pdfPageCount( pdf ), renderer.pageCount() );

    // PNG: cancelled half-way, the pages written so far are removed
    const QString pngDirectory = tempPath( QStringLiteral( "cancel-png" ) );
    QStringList files;
    QVERIFY( !renderer.exportPng(
        pngDirectory, &files, QSize( 320, 180 ), []( double f ) { return f < 0.5; }, &error ) );
    QVERIFY( files.isEmpty() );
    QCOMPARE( QDir( pngDirectory ).entryList( QDir::Files | QDir::Hidden ).size(), 0 );
  }

  void chartSvg()
  {
    // the chart picture is vector: an SVG with the category names and the axis as text
    Chart chart = handDeck( QStringLiteral( "en" ) ).slides.at( 3 ).charts.constFirst();
    DeckChartStyle style;
    const QByteArray svg = DeckChart::svg( chart, QSizeF( 200, 120 ), style );
    QVERIFY( svg.startsWith( "<?xml" ) );
    QVERIFY( svg.contains( "Mosson" ) );
    QVERIFY( svg.contains( "Marianne" ) );
    QVERIFY( svg.contains( "MWh" ) );
    QSvgRenderer renderer( svg );
    QVERIFY( renderer.isValid() );
    QCOMPARE( renderer.viewBoxF().size(), QSizeF( 2000, 1200 ) );
    // stacked bars scale to the sums, lines to their range; no point: "no data"
    chart.kind = Chart::Kind::StackedBar;
    QVERIFY( QSvgRenderer( DeckChart::svg( chart, QSizeF( 200, 120 ), style ) ).isValid() );
    Chart empty;
    style.noDataText = QStringLiteral( "NOTHING-HERE" );
    QVERIFY( DeckChart::svg( empty, QSizeF( 100, 60 ), style ).contains( "NOTHING-HERE" ) );
    QCOMPARE( DeckChart::niceStep( 97 ), 20.0 );
    QCOMPARE( DeckChart::niceStep( 0.9 ), 0.2 );
    QCOMPARE( DeckChart::niceStep( 1200, 4 ), 500.0 );
  }

  void controlImages_data()
  {
    QTest::addColumn<QString>( "name" );
    QTest::addColumn<int>( "slide" );
    QTest::addColumn<bool>( "dark" );
    QTest::newRow( "figures, light" ) << QStringLiteral( "deck_figures_light" ) << 2 << false;
    QTest::newRow( "chart, dark" ) << QStringLiteral( "deck_chart_dark" ) << 3 << true;
    QTest::newRow( "before/after, light" ) << QStringLiteral( "deck_before_after_light" ) << kBeforeAfterSlide << false;
  }

  //! The map items of \a page, left to right, as pixel rectangles of a \a size rendering of the page.
  QList<QRect> mapRects( DeckRenderer &renderer, int page, const QSize &size )
  {
    QList<QgsLayoutItemMap *> maps;
    renderer.layout()->layoutItems( maps );
    QList<QRect> rects;
    const double scale = size.width() / renderer.layout()->pageCollection()->page( page )->sizeWithUnits().width();
    for ( QgsLayoutItemMap *map : std::as_const( maps ) )
    {
      if ( map->page() != page )
        continue;
      const QPointF at = map->pagePositionWithUnits().toQPointF();
      const QSizeF mm = map->sizeWithUnits().toQSizeF();
      rects << QRect( QPoint( static_cast<int>( std::ceil( at.x() * scale ) ) + 2, static_cast<int>( std::ceil( at.y() * scale ) ) + 2 ),
                      QSize( static_cast<int>( mm.width() * scale ) - 4, static_cast<int>( mm.height() * scale ) - 4 ) );
    }
    std::sort( rects.begin(), rects.end(), []( const QRect &a, const QRect &b ) { return a.left() < b.left(); } );
    return rects;
  }

  /**
   * Share of the cells of two same-sized map images whose mean colours differ by more than a small tolerance
   * (cells of about 12x12 px: two maps drawn at different sub-pixel offsets compare equal).
   */
  static double differingShare( const QImage &a, const QImage &b )
  {
    if ( a.size() != b.size() || a.isNull() )
      return 1.0;
    const QSize cells( std::max( 1, a.width() / 12 ), std::max( 1, a.height() / 12 ) );
    const QImage small = a.scaled( cells, Qt::IgnoreAspectRatio, Qt::SmoothTransformation );
    const QImage other = b.scaled( cells, Qt::IgnoreAspectRatio, Qt::SmoothTransformation );
    qint64 differing = 0;
    for ( int y = 0; y < small.height(); ++y )
      for ( int x = 0; x < small.width(); ++x )
      {
        const QRgb p = small.pixel( x, y ), q = other.pixel( x, y );
        if ( std::abs( qRed( p ) - qRed( q ) ) + std::abs( qGreen( p ) - qGreen( q ) ) + std::abs( qBlue( p ) - qBlue( q ) ) > 24 )
          ++differing;
      }
    return static_cast<double>( differing ) / ( static_cast<double>( small.width() ) * small.height() );
  }

  //! Share of warm (orange to red: high power) pixels of a map image.
  static double warmShare( const QImage &image )
  {
    qint64 warm = 0;
    for ( int y = 0; y < image.height(); ++y )
      for ( int x = 0; x < image.width(); ++x )
      {
        const QColor c = QColor::fromRgb( image.pixel( x, y ) );
        warm += c.red() > 200 && c.green() < 170 && c.blue() < 120 ? 1 : 0;
      }
    return static_cast<double>( warm ) / ( static_cast<double>( image.width() ) * image.height() );
  }

  void styleHints()
  {
    // the before/after slide: luminaires by mean power today and after the plan, same place, same layers
    const Deck deck = handDeck( QStringLiteral( "en" ) );
    QCOMPARE( deck.slides.at( kBeforeAfterSlide ).kind, Slide::Kind::BeforeAfter );
    DeckRenderer renderer( deck, mProject.get() );
    const int page = renderer.pageOfSlide( kBeforeAfterSlide );
    const QSize size( 1920, 1080 );
    QString error;
    const QImage image = renderer.renderPage( page, size, &error );
    QVERIFY2( !image.isNull(), qPrintable( error ) );
    const QList<QRect> rects = mapRects( renderer, page, size );
    QCOMPARE( rects.size(), 2 );
    QCOMPARE( rects.at( 0 ).size(), rects.at( 1 ).size() );
    const double styled = differingShare( image.copy( rects.at( 0 ) ), image.copy( rects.at( 1 ) ) );
    // fewer high-power (orange, red) luminaires after the plan
    const double warmBefore = warmShare( image.copy( rects.at( 0 ) ) );
    const double warmAfter = warmShare( image.copy( rects.at( 1 ) ) );
    QVERIFY2( warmBefore > 1.3 * warmAfter,
              qPrintable( QStringLiteral( "warm pixels: before %1, after %2" ).arg( warmBefore ).arg( warmAfter ) ) );
    // one legend per map, with the power classes
    QList<QgsLayoutItemLegend *> legends;
    renderer.layout()->layoutItems( legends );
    int onPage = 0;
    for ( QgsLayoutItemLegend *legend : std::as_const( legends ) )
      onPage += legend->page() == page ? 1 : 0;
    QCOMPARE( onPage, 2 );

    // the same slide without hints: both maps alike (the difference above comes from the hints)
    Deck plain = deck;
    for ( MapView &view : plain.slides[kBeforeAfterSlide].maps )
      view.styleHint.clear();
    DeckRenderer plainRenderer( plain, mProject.get() );
    const QImage plainImage = plainRenderer.renderPage( page, size, &error );
    QVERIFY2( !plainImage.isNull(), qPrintable( error ) );
    const QList<QRect> plainRects = mapRects( plainRenderer, page, size );
    QCOMPARE( plainRects.size(), 2 );
    const double unstyled = differingShare( plainImage.copy( plainRects.at( 0 ) ), plainImage.copy( plainRects.at( 1 ) ) );
    QVERIFY2( unstyled < 0.02, qPrintable( QStringLiteral( "maps without hints differ on %1 of their pixels" ).arg( unstyled ) ) );
    QVERIFY2( styled > 0.05 && styled > 5 * unstyled,
              qPrintable( QStringLiteral( "before and after maps differ on only %1 of their pixels" ).arg( styled ) ) );
    QList<QgsLayoutItemLegend *> plainLegends;
    plainRenderer.layout()->layoutItems( plainLegends );
    QVERIFY( plainLegends.isEmpty() );
  }

  void styleHintData()
  {
    // the after map's powers come from the plan: lower on the whole than today's, never above them
    QgsVectorLayer *luminaires = TerritoryLayers::layer( mProject.get(), QStringLiteral( "lighting:luminaires" ) );
    QVERIFY( luminaires );
    const review::DeckLanguage language( QStringLiteral( "en" ) );
    StyledMap before, after;
    QString error;
    QVERIFY2( DeckStyles::apply( QStringLiteral( "lighting:power-before" ), { luminaires }, mTerritoryPath, language, &before, &error ),
              qPrintable( error ) );
    QVERIFY2( DeckStyles::apply( QStringLiteral( "lighting:power-after" ), { luminaires }, mTerritoryPath, language, &after, &error ),
              qPrintable( error ) );
    QCOMPARE( before.legendLayers.size(), 1 );
    QCOMPARE( after.legendLayers.size(), 1 );
    auto *beforeLayer = qobject_cast<QgsVectorLayer *>( before.legendLayers.constFirst() );
    auto *afterLayer = qobject_cast<QgsVectorLayer *>( after.legendLayers.constFirst() );
    QVERIFY( beforeLayer && afterLayer );
    QCOMPARE( beforeLayer->featureCount(), luminaires->featureCount() );
    QCOMPARE( afterLayer->featureCount(), luminaires->featureCount() );
    QVERIFY( beforeLayer != luminaires && !before.layers.contains( luminaires ) ); // a styled copy, never the project's layer
    double sumBefore = 0, sumAfter = 0;
    int higher = 0;
    QgsFeature b, a;
    QgsFeatureIterator ib = beforeLayer->getFeatures();
    QgsFeatureIterator ia = afterLayer->getFeatures();
    while ( ib.nextFeature( b ) && ia.nextFeature( a ) )
    {
      sumBefore += b.attribute( 0 ).toDouble();
      sumAfter += a.attribute( 0 ).toDouble();
      higher += a.attribute( 0 ).toDouble() > b.attribute( 0 ).toDouble() + 1e-6 ? 1 : 0;
    }
    QVERIFY( sumBefore > 0 );
    QVERIFY2( sumAfter < 0.9 * sumBefore, qPrintable( QStringLiteral( "after %1 W, before %2 W" ).arg( sumAfter ).arg( sumBefore ) ) );
    QCOMPARE( higher, 0 );

    // the class map: lit streets by EN 13201 class; water: pipes by diameter
    QgsVectorLayer *streets = TerritoryLayers::layer( mProject.get(), QStringLiteral( "territory:streets" ) );
    StyledMap classes;
    QVERIFY2( DeckStyles::apply( QStringLiteral( "lighting:class" ), { streets, luminaires }, mTerritoryPath, language, &classes, &error ),
              qPrintable( error ) );
    QCOMPARE( classes.legendLayers.size(), 1 );
    QVERIFY( qobject_cast<QgsVectorLayer *>( classes.legendLayers.constFirst() )->featureCount() > 0 );
    QVERIFY( !classes.layers.contains( streets ) && !classes.layers.contains( luminaires ) );
    QgsVectorLayer *pipes = TerritoryLayers::layer( mProject.get(), QStringLiteral( "water:pipes" ) );
    if ( pipes )
    {
      StyledMap water;
      QVERIFY2( DeckStyles::apply( QStringLiteral( "water:network" ), { pipes }, mTerritoryPath, language, &water, &error ),
                qPrintable( error ) );
      QCOMPARE( water.legendLayers.size(), 1 );
    }

    // an unknown hint: the layers as they are, and the reason
    StyledMap unknown;
    QVERIFY( !DeckStyles::apply( QStringLiteral( "lighting:sparkles" ), { luminaires }, mTerritoryPath, language, &unknown, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "lighting:sparkles" ) ), qPrintable( error ) );
    QCOMPARE( unknown.layers, QList<QgsMapLayer *>{ luminaires } );
    QVERIFY( unknown.legendLayers.isEmpty() );
    // and the slide still renders, with the normal style
    Deck deck = handDeck( QStringLiteral( "en" ) );
    deck.slides[kBeforeAfterSlide].maps[0].styleHint = QStringLiteral( "lighting:sparkles" );
    DeckRenderer renderer( deck, mProject.get() );
    QVERIFY2( !renderer.renderPage( renderer.pageOfSlide( kBeforeAfterSlide ), QSize( 640, 360 ), &error ).isNull(), qPrintable( error ) );
  }

  void styleHintsOnPostgis()
  {
    // the hints on a PostGIS copy of the demo (layers through QGIS's postgres provider, figures read
    // from the database): the same legend and the same number of features in every class as on the file
    vigie::test::PgTestCluster cluster;
    QString skipReason;
    QString error;
    if ( !cluster.start( &skipReason, &error ) )
    {
      if ( skipReason.isEmpty() )
        QFAIL( qPrintable( error ) );
      QSKIP( qPrintable( skipReason ) );
    }
    const QString pg = cluster.newDatabase( QStringLiteral( "deck" ), &error );
    QVERIFY2( !pg.isEmpty(), qPrintable( error ) );
    QVERIFY2( TerritoryCopy::copy( mTerritoryPath, pg, mPlugins->plugins(), nullptr, &error ), qPrintable( error ) );
    std::unique_ptr<Territory> territory = Territory::open( pg, mPlugins->plugins(), Territory::Mode::ReadOnly, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QgsProject pgProject;
    QVERIFY2( TerritoryLayers::load( *territory, *mPlugins, &pgProject, &error ), qPrintable( error ) );
    QgsVectorLayer *pgLuminaires = TerritoryLayers::layer( &pgProject, QStringLiteral( "lighting:luminaires" ) );
    QVERIFY( pgLuminaires );
    QCOMPARE( pgLuminaires->providerType(), QStringLiteral( "postgres" ) );

    //! Features per legend entry (label) of each styled legend layer, and the legend title.
    auto classCounts = []( const StyledMap &map )
    {
      QMap<QString, int> counts;
      for ( QgsMapLayer *mapLayer : map.legendLayers )
      {
        auto *layer = qobject_cast<QgsVectorLayer *>( mapLayer );
        if ( !layer || !layer->renderer() )
          continue;
        std::unique_ptr<QgsFeatureRenderer> renderer( layer->renderer()->clone() );
        QMap<QString, QString> labels;
        for ( const QgsLegendSymbolItem &item : renderer->legendSymbolItems() )
          labels.insert( item.ruleKey(), item.label() );
        QgsRenderContext context;
        renderer->startRender( context, layer->fields() );
        QgsFeature feature;
        QgsFeatureIterator it = layer->getFeatures();
        while ( it.nextFeature( feature ) )
        {
          context.expressionContext().setFeature( feature );
          const QSet<QString> keys = renderer->legendKeysForFeature( feature, context );
          for ( const QString &key : keys )
            ++counts[layer->name() + QStringLiteral( ": " ) + labels.value( key, key )];
        }
        renderer->stopRender( context );
      }
      counts.insert( QStringLiteral( "legend: " ) + map.legendTitle, map.legendLayers.size() );
      return counts;
    };
    const review::DeckLanguage language( QStringLiteral( "en" ) );
    const QList<std::pair<QString, QStringList>> hints = {
        { QStringLiteral( "lighting:power-before" ), { QStringLiteral( "lighting:luminaires" ) } },
        { QStringLiteral( "lighting:power-after" ), { QStringLiteral( "lighting:luminaires" ) } },
        { QStringLiteral( "lighting:class" ), { QStringLiteral( "territory:streets" ), QStringLiteral( "lighting:luminaires" ) } },
        { QStringLiteral( "water:network" ), { QStringLiteral( "water:pipes" ), QStringLiteral( "water:junctions" ) } } };
    for ( const auto &[hint, names] : hints )
    {
      QList<QgsMapLayer *> fileLayers;
      QList<QgsMapLayer *> pgLayers;
      for ( const QString &name : names )
      {
        fileLayers << TerritoryLayers::layer( mProject.get(), name );
        pgLayers << TerritoryLayers::layer( &pgProject, name );
        QVERIFY2( fileLayers.constLast() && pgLayers.constLast(), qPrintable( name ) );
      }
      StyledMap onFile;
      StyledMap onPostgis;
      QVERIFY2( DeckStyles::apply( hint, fileLayers, mTerritoryPath, language, &onFile, &error ),
                qPrintable( hint + QStringLiteral( ": " ) + error ) );
      QVERIFY2( DeckStyles::apply( hint, pgLayers, pg, language, &onPostgis, &error ),
                qPrintable( hint + QStringLiteral( ": " ) + error ) );
      QVERIFY( !onPostgis.legendLayers.isEmpty() );
      const QMap<QString, int> expected = classCounts( onFile );
      QVERIFY2( expected.size() > 2, qPrintable( hint ) ); // several classes, not one catch-all
      QCOMPARE( classCounts( onPostgis ), expected );
    }

    // and the deck renderer finds the PostGIS territory behind the layers: the before/after slide gets its legends
    const Deck deck = handDeck( QStringLiteral( "en" ) );
    DeckRenderer renderer( deck, &pgProject );
    const int page = renderer.pageOfSlide( kBeforeAfterSlide );
    QVERIFY2( !renderer.renderPage( page, QSize( 640, 360 ), &error ).isNull(), qPrintable( error ) );
    QList<QgsLayoutItemLegend *> legends;
    renderer.layout()->layoutItems( legends );
    int onPage = 0;
    for ( QgsLayoutItemLegend *legend : std::as_const( legends ) )
      onPage += legend->page() == page ? 1 : 0;
    QCOMPARE( onPage, 2 );
  }

  void chartTextInPdf()
  {
    // chart labels are real text in the PDF: title, series names, categories and axis label on the chart's page
    const Deck deck = handDeck( QStringLiteral( "en" ) );
    DeckRenderer renderer( deck, mProject.get() );
    const QString pdf = tempPath( QStringLiteral( "chart text.pdf" ) );
    QString error;
    QVERIFY2( renderer.exportPdf( pdf, {}, &error ), qPrintable( error ) );
    const QStringList pages = pdfPages( pdf );
    QCOMPARE( pages.size(), renderer.pageCount() );
    const QString barPage = pages.at( renderer.pageOfSlide( 3 ) );
    for ( const QString &text : { QStringLiteral( "Yearly consumption" ), QStringLiteral( "Before" ), QStringLiteral( "After" ),
                                  QStringLiteral( "Port Marianne" ), QStringLiteral( "MWh" ) } )
      QVERIFY2( barPage.contains( text ), qPrintable( QStringLiteral( "\"%1\" not on the chart page: %2" ).arg( text, barPage ) ) );
    const QString linePage = pages.at( renderer.pageOfSlide( 4 ) );
    for ( const QString &text : { QStringLiteral( "Daily losses" ), QStringLiteral( "Day" ), QStringLiteral( "Losses" ) } )
      QVERIFY2( linePage.contains( text ), qPrintable( QStringLiteral( "\"%1\" not on the line chart page: %2" ).arg( text, linePage ) ) );
    // the legend of the before/after maps is text too
    QVERIFY( pages.at( renderer.pageOfSlide( kBeforeAfterSlide ) ).contains( QStringLiteral( "Mean power over the night" ) ) );
  }

  void controlImages()
  {
    QFETCH( QString, name );
    QFETCH( int, slide );
    QFETCH( bool, dark );
    DeckStyle style;
    style.theme = dark ? DeckStyle::Theme::Dark : DeckStyle::Theme::Light;
    DeckRenderer renderer( handDeck( QStringLiteral( "fr" ) ), mProject.get(), style );
    QString error;
    const QImage image = renderer.renderPage( renderer.pageOfSlide( slide ), QSize( 1280, 720 ), &error );
    QVERIFY2( !image.isNull(), qPrintable( error ) );
    const QString rendered = tempPath( name + QStringLiteral( ".png" ) );
    QVERIFY( image.save( rendered ) );
    const QString expected = controlImage( name );
    if ( qEnvironmentVariableIntValue( "VIGIE_UPDATE_CONTROL_IMAGES" ) == 1 )
    {
      QDir().mkpath( QFileInfo( expected ).path() );
      QVERIFY( image.save( expected ) );
      qInfo( "control image written: %s", qPrintable( expected ) );
      return;
    }
    QVERIFY2( QFileInfo::exists( expected ),
              qPrintable( QStringLiteral( "missing control image %1 (run with VIGIE_UPDATE_CONTROL_IMAGES=1)" ).arg( expected ) ) );
    QgsRenderChecker checker;
    checker.setColorTolerance( 10 );
    checker.setSizeTolerance( 0, 0 );
    const unsigned int allowed = static_cast<unsigned int>( image.width() * image.height() / 200 );
    QVERIFY2( checker.compareImages( name, expected, rendered, allowed ),
              qPrintable( QStringLiteral( "%1 differs from %2: %3 pixels beyond tolerance (allowed %4); rendered image kept at %5" )
                              .arg( name, expected )
                              .arg( checker.mismatchCount() )
                              .arg( allowed )
                              .arg( rendered ) ) );
    // the check can fail: the other theme is refused
    DeckStyle other = style;
    other.theme = dark ? DeckStyle::Theme::Light : DeckStyle::Theme::Dark;
    DeckRenderer otherRenderer( handDeck( QStringLiteral( "fr" ) ), mProject.get(), other );
    const QString changed = tempPath( name + QStringLiteral( "-other.png" ) );
    QVERIFY( otherRenderer.renderPage( otherRenderer.pageOfSlide( slide ), QSize( 1280, 720 ) ).save( changed ) );
    QgsRenderChecker otherChecker;
    otherChecker.setColorTolerance( 10 );
    QVERIFY( !otherChecker.compareImages( name + QStringLiteral( "-other" ), expected, changed, allowed ) );
  }
};

VIGIE_QGIS_TEST_MAIN( TestDeckRenderer )
#include "tst_deckrenderer.moc"
