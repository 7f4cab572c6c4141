// SPDX-License-Identifier: GPL-2.0-or-later
// Review deck benchmark (tools/dev bench deck), not a test: a 30-slide deck on the Montpellier
// demo territory (overview, figures, bar and line charts, tables, bookmark maps, before/after
// maps), laid out by DeckRenderer. Measures what issue 9 sets targets for:
//   - "open in presentation mode": renderer built + first page laid out and drawn at 1280x720 (< 2 s)
//   - PDF export of the whole deck with vector maps (< 20 s)
// and, for information, every page drawn at 1920x1080 and the PNG export. Median of --runs.

#include "deckrenderer.h"
#include "deckstyles.h"
#include "demobuilder.h"
#include "pluginmanager.h"
#include "qgisinit.h"
#include "reviewslide.h"
#include "territory.h"
#include "territorylayers.h"

#include <qgsapplication.h>
#include <qgsproject.h>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace vigie;
using namespace vigie::review;

namespace
{
  double median( QList<double> values )
  {
    std::sort( values.begin(), values.end() );
    const int n = static_cast<int>( values.size() );
    return n == 0 ? 0 : ( n % 2 ? values.at( n / 2 ) : ( values.at( n / 2 - 1 ) + values.at( n / 2 ) ) / 2 );
  }

  Figure figure( int i )
  {
    Figure f;
    f.id = QStringLiteral( "bench.figure%1" ).arg( i );
    f.label = QStringLiteral( "Indicateur %1" ).arg( i );
    f.value = 1000.0 * i + 0.5;
    f.unit = QStringLiteral( "kWh/an" );
    f.text = QStringLiteral( "%1 kWh/an" ).arg( 1000 * i );
    f.source = QStringLiteral( "vigie-cli bench figure %1 --json" ).arg( i );
    f.dataDate = QDateTime( QDate( 2026, 11, 20 ), QTime( 12, 0 ), Qt::UTC );
    return f;
  }

  //! 30 slides cycling through the kinds a council deck has.
  Deck benchDeck( const QStringList &bookmarks )
  {
    Deck deck;
    deck.territoryName = QStringLiteral( "Montpellier" );
    deck.title = QStringLiteral( "Conseil municipal" );
    deck.language = QStringLiteral( "fr" );
    deck.date = QDate( 2026, 11, 26 );
    for ( int i = 0; i < 30; ++i )
    {
      Slide slide;
      slide.id = QStringLiteral( "bench.%1" ).arg( i );
      slide.title = QStringLiteral( "Diapositive %1" ).arg( i + 1 );
      switch ( i % 6 )
      {
      case 0:
        slide.kind = i == 0 ? Slide::Kind::Overview : Slide::Kind::Figures;
        for ( int f = 0; f < 4; ++f )
          slide.figures << figure( i * 10 + f );
        if ( i == 0 )
          slide.maps << MapView();
        break;
      case 1:
      {
        slide.kind = Slide::Kind::Chart;
        Chart chart;
        chart.title = QStringLiteral( "Consommation" );
        for ( int c = 0; c < 8; ++c )
          chart.categories << QStringLiteral( "Quartier %1" ).arg( c + 1 );
        for ( int s = 0; s < 2; ++s )
        {
          ChartSeries series;
          series.name = s ? QStringLiteral( "Après" ) : QStringLiteral( "Avant" );
          for ( int c = 0; c < 8; ++c )
            series.points << QPointF( c, 300 + 40 * c - 120 * s );
          chart.series << series;
        }
        slide.charts << chart;
        slide.figures << figure( i );
        break;
      }
      case 2:
      {
        slide.kind = Slide::Kind::Chart;
        Chart chart;
        chart.kind = Chart::Kind::Line;
        chart.title = QStringLiteral( "Pertes journalières" );
        ChartSeries series;
        series.name = QStringLiteral( "Pertes" );
        for ( int d = 1; d <= 60; ++d )
          series.points << QPointF( d, 180 + 40 * std::sin( d / 5.0 ) );
        chart.series << series;
        slide.charts << chart;
        break;
      }
      case 3:
      {
        slide.kind = Slide::Kind::Table;
        Table table;
        table.columns = QStringList{ QStringLiteral( "Projet" ), QStringLiteral( "Avancement" ), QStringLiteral( "Budget" ) };
        for ( int r = 0; r < 8; ++r )
          table.rows << QStringList{ QStringLiteral( "Projet %1" ).arg( r ), QStringLiteral( "%1 %" ).arg( r * 10 ),
                                     QStringLiteral( "%1 000 €" ).arg( r + 5 ) };
        slide.tables << table;
        break;
      }
      case 4:
      {
        slide.kind = Slide::Kind::Map;
        MapView view;
        view.bookmark = bookmarks.value( ( i / 6 ) % std::max( 1, static_cast<int>( bookmarks.size() ) ) );
        slide.maps << view;
        break;
      }
      default:
      {
        slide.kind = Slide::Kind::BeforeAfter;
        MapView before;
        before.title = QStringLiteral( "Avant" );
        before.bookmark = bookmarks.value( 0 );
        before.layers = QStringList{ QStringLiteral( "lighting:luminaires" ), QStringLiteral( "territory:streets" ) };
        before.styleHint = QStringLiteral( "lighting:power-before" ); // as the lighting plugin's slide
        MapView after = before;
        after.title = QStringLiteral( "Après" );
        after.styleHint = QStringLiteral( "lighting:power-after" );
        slide.maps << before << after;
        break;
      }
      }
      deck.slides << slide;
    }
    return deck;
  }
} // namespace

int main( int argc, char **argv )
{
  if ( qEnvironmentVariableIsEmpty( "VIGIE_LOG_LEVEL" ) )
    qputenv( "VIGIE_LOG_LEVEL", "warning" );
  QgisInit::ensureQtPlatform();
  QTemporaryDir profile;
  QgsApplication app( argc, argv, true, profile.path(), QStringLiteral( "vigie-bench" ) );
  QCommandLineParser parser;
  parser.addOption( QCommandLineOption( QStringLiteral( "runs" ), QStringLiteral( "timed runs (median)" ), QStringLiteral( "N" ),
                                        QStringLiteral( "3" ) ) );
  parser.addHelpOption();
  parser.process( app );
  const int runs = std::max( 1, parser.value( QStringLiteral( "runs" ) ).toInt() );
  QTextStream out( stdout );

  QString error;
  if ( !QgisInit::initQgis( &error ) )
  {
    std::fprintf( stderr, "QGIS: %s\n", qPrintable( error ) );
    return 1;
  }
  int code = 0;
  {
    PluginManager plugins;
    plugins.loadFrom( { QStringLiteral( VIGIE_PLUGIN_DIR ) } );
    QTemporaryDir work;
    const QString path = work.filePath( QStringLiteral( "montpellier.gpkg" ) );
    if ( !DemoBuilder::build( QStringLiteral( "montpellier" ), path, plugins.plugins(),
                              QStringLiteral( VIGIE_SOURCE_DIR "/resources/demo" ), &error ) )
    {
      std::fprintf( stderr, "demo: %s\n", qPrintable( error ) );
      return 1;
    }
    QStringList names;
    QList<Bookmark> bookmarks;
    {
      std::unique_ptr<Territory> territory = Territory::open( path, plugins.plugins(), Territory::Mode::ReadWrite, &error );
      if ( !territory )
      {
        std::fprintf( stderr, "%s\n", qPrintable( error ) );
        return 1;
      }
      const QRectF lamps = territory->extent( QStringLiteral( "lighting:luminaires" ) );
      for ( int b = 0; b < 4; ++b )
      {
        Bookmark bookmark;
        bookmark.name = QStringLiteral( "Zone %1" ).arg( b + 1 );
        const QPointF centre = lamps.center() + QPointF( ( b - 1.5 ) * 1500, ( b % 2 ) * 800.0 );
        bookmark.extent = QRectF( centre - QPointF( 900, 500 ), QSizeF( 1800, 1000 ) );
        territory->addBookmark( bookmark, &error );
        names << bookmark.name;
      }
      bookmarks = territory->bookmarks();
    }
    std::unique_ptr<Territory> territory = Territory::open( path, plugins.plugins(), Territory::Mode::ReadOnly, &error );
    QgsProject project;
    if ( !territory || !TerritoryLayers::load( *territory, plugins, &project, &error ) )
    {
      std::fprintf( stderr, "%s\n", qPrintable( error ) );
      return 1;
    }
    const Deck deck = benchDeck( names );
    // what the maps' style hints need (the lighting plan): once per territory, on the deck build's worker thread in the app
    QElapsedTimer styleTimer;
    styleTimer.start();
    if ( !DeckStyles::prepare( deck, path, &error ) )
      std::fprintf( stderr, "map styles: %s\n", qPrintable( error ) );
    const double styleSeconds = styleTimer.elapsed() / 1000.0;
    QList<double> open, build, allPages, pdf, png;
    QList<double> openCpuSeconds, pdfCpuSeconds; //!< process CPU time: what the step costs on a machine shared with other work
    int pages = 0;
    qint64 pdfSize = 0;
    for ( int run = 0; run < runs; ++run )
    {
      QElapsedTimer timer;
      timer.start();
      const std::clock_t openCpu = std::clock();
      DeckRenderer renderer( deck, &project );
      renderer.setBookmarks( bookmarks );
      if ( renderer.renderPage( 0, QSize( 1280, 720 ), &error ).isNull() )
      {
        std::fprintf( stderr, "%s\n", qPrintable( error ) );
        code = 1;
        break;
      }
      open << timer.elapsed() / 1000.0;
      openCpuSeconds << static_cast<double>( std::clock() - openCpu ) / CLOCKS_PER_SEC;
      timer.restart();
      renderer.layout(); // every page's items
      build << timer.elapsed() / 1000.0;
      pages = renderer.pageCount();

      timer.restart();
      for ( int p = 0; p < renderer.pageCount(); ++p )
        renderer.renderPage( p, QSize( 1920, 1080 ) );
      allPages << timer.elapsed() / 1000.0;

      const QString pdfPath = work.filePath( QStringLiteral( "deck.pdf" ) );
      timer.restart();
      const std::clock_t pdfCpu = std::clock();
      if ( !renderer.exportPdf( pdfPath, {}, &error ) )
      {
        std::fprintf( stderr, "%s\n", qPrintable( error ) );
        code = 1;
        break;
      }
      pdf << timer.elapsed() / 1000.0;
      pdfCpuSeconds << static_cast<double>( std::clock() - pdfCpu ) / CLOCKS_PER_SEC;
      pdfSize = QFileInfo( pdfPath ).size();

      QStringList files;
      timer.restart();
      if ( !renderer.exportPng( work.filePath( QStringLiteral( "png" ) ), &files, QSize( 1920, 1080 ), {}, &error ) )
      {
        std::fprintf( stderr, "%s\n", qPrintable( error ) );
        code = 1;
        break;
      }
      png << timer.elapsed() / 1000.0;
    }
    if ( code == 0 )
    {
      out << QStringLiteral( "deck: %1 slides, %2 pages (with appendix), Montpellier demo, median of %3 runs" )
                 .arg( deck.slides.size() )
                 .arg( pages )
                 .arg( runs )
          << Qt::endl;
      out << QStringLiteral( "  map-style data (lighting plan, once, worker):   %1 s" ).arg( styleSeconds, 0, 'f', 2 ) << Qt::endl;
      out << QStringLiteral( "  open (renderer + first page at 1280x720):       %1 s   (target < 2 s), CPU %2 s" )
                 .arg( median( open ), 0, 'f', 2 )
                 .arg( median( openCpuSeconds ), 0, 'f', 2 )
          << Qt::endl;
      out << QStringLiteral( "  rest of the layout built (all pages' items):  %1 s" ).arg( median( build ), 0, 'f', 2 ) << Qt::endl;
      out << QStringLiteral( "  every page drawn at 1920x1080:                  %1 s" ).arg( median( allPages ), 0, 'f', 2 ) << Qt::endl;
      out << QStringLiteral( "  PDF export (vector maps):                       %1 s   (target < 20 s), %2 MB, CPU %3 s" )
                 .arg( median( pdf ), 0, 'f', 2 )
                 .arg( pdfSize / 1048576.0, 0, 'f', 1 )
                 .arg( median( pdfCpuSeconds ), 0, 'f', 2 )
          << Qt::endl;
      out << QStringLiteral( "  PNG export 1920x1080:                           %1 s" ).arg( median( png ), 0, 'f', 2 ) << Qt::endl;
    }
  }
  QgisInit::exitQgis();
  return code;
}
