// SPDX-License-Identifier: GPL-2.0-or-later
#include "deckrenderer.h"

#include "deckchart.h"
#include "deckstyles.h"
#include "log.h"
#include "maprender.h"
#include "qgiscompat.h"
#include "territory.h"
#include "territorylayers.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsdatasourceuri.h>
#include <qgsfillsymbol.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgslayout.h>
#include <qgslayoutexporter.h>
#include <qgslayoutframe.h>
#include <qgslayoutitem.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemregistry.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutitemshape.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutrendercontext.h>
#include <qgslayouttablecolumn.h>
#include <qgslayoututils.h>
#include <qgslegendrenderer.h>
#include <qgslegendstyle.h>
#include <qgsmaplayer.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrendercontext.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>

#include <gdal.h>
#include <ogr_api.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVector>

#include <algorithm>
#include <cmath>

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

    using review::Chart;
    using review::Figure;
    using review::MapView;
    using review::Slide;
    using review::Table;

    const QString kFontFamily = QStringLiteral( "DejaVu Sans" );

    // type sizes in points, for the 16:9 page of 338.7 x 190.5 mm (1280x720: 1 pt = 1.33 px)
    constexpr double kTitlePt = 34;
    constexpr double kCoverTitlePt = 48;
    constexpr double kSubtitlePt = 20;
    constexpr double kFigureLabelPt = 17;
    constexpr double kFigureValuePt = 48;
    constexpr double kFigureMinValuePt = 40;
    constexpr double kFigureReasonPt = 24;
    constexpr double kFigureUnitPt = 22;
    constexpr double kMetaPt = 10;
    constexpr double kFooterPt = 11;
    constexpr double kSlideTablePt = 16;
    constexpr double kAppendixTablePt = 12;
    constexpr double kMissingPt = 32;
    constexpr double kCaptionPt = 18;
    constexpr double kMarginMm = 12;
    constexpr double kPointMm = 25.4 / 72.0;

    /**
     * The renderer's own words on the slides. They follow the DECK's language (Deck::language,
     * chosen per meeting), not the interface language: review::DeckLanguage translates them.
     */
    struct DeckWords
    {
      QString dataAsOf; //!< %1 date
      QString source;   //!< %1 source
      QString appendix; //!< %1 table title
      QString continued;
      QString noLayers;
      QString bookmarkMissing; //!< %1 bookmark name
      QString moreRows;        //!< %1 count
      QString notAvailable;
      QString noData;
      QString page;    //!< %1 page, %2 pages
      QString missing; //!< title of a missing slide without title
    };

    DeckWords deckWords( const review::DeckLanguage &language )
    {
      // translated through vigie_fr.qm (context vigie::review)
      auto word = [&]( const char *english ) { return deckText( language, english ); };
      DeckWords words;
      words.dataAsOf = word( QT_TRANSLATE_NOOP( "vigie::review", "Data as of %1" ) );
      words.source = word( QT_TRANSLATE_NOOP( "vigie::review", "Source: %1" ) );
      words.appendix = word( QT_TRANSLATE_NOOP( "vigie::review", "Appendix — %1" ) );
      words.continued = word( QT_TRANSLATE_NOOP( "vigie::review", "(continued)" ) );
      words.noLayers = word( QT_TRANSLATE_NOOP( "vigie::review", "Map not available: the territory layers are not loaded" ) );
      words.bookmarkMissing = word( QT_TRANSLATE_NOOP( "vigie::review", "bookmark “%1” not found: whole territory shown" ) );
      words.moreRows = word( QT_TRANSLATE_NOOP( "vigie::review", "… %1 more rows in the appendix" ) );
      words.notAvailable = word( QT_TRANSLATE_NOOP( "vigie::review", "Not available" ) );
      words.noData = word( QT_TRANSLATE_NOOP( "vigie::review", "No data" ) );
      words.page = word( QT_TRANSLATE_NOOP( "vigie::review", "%1 / %2" ) );
      words.missing = word( QT_TRANSLATE_NOOP( "vigie::review", "Missing slide" ) );
      return words;
    }

    //! Colours of a theme.
    struct Palette
    {
      QColor page, text, muted, accent, unavailable, panel, grid, mapBackground;
    };

    Palette palette( DeckStyle::Theme theme )
    {
      if ( theme == DeckStyle::Theme::Dark )
        return { QColor( 22, 27, 38 ),    QColor( 243, 244, 246 ), QColor( 170, 178, 192 ), QColor( 108, 180, 255 ),
                 QColor( 255, 138, 128 ), QColor( 34, 42, 56 ),    QColor( 70, 80, 98 ),    QColor( 34, 42, 56 ) };
      return { QColor( 255, 255, 255 ), QColor( 29, 36, 51 ),    QColor( 91, 100, 117 ),  QColor( 11, 92, 173 ),
               QColor( 179, 38, 30 ),   QColor( 242, 244, 247 ), QColor( 208, 213, 221 ), QColor( 255, 255, 255 ) };
    }

    //! One page of the deck: a slide, or a slice of an appendix table.
    struct PagePlan
    {
      int slide = -1; //!< slide index (slides and their appendix pages)
      bool appendix = false;
      Table table;      //!< appendix: the whole table
      int firstRow = 0; //!< appendix: rows shown on this page
      int rowCount = 0;
      bool continued = false;
    };

    //! Height of a table row in mm for \a pt type (conservative: cell margins and grid included).
    double rowHeightMm( double pt, double cellMargin )
    {
      return pt * kPointMm * 1.3 + 2 * cellMargin + 0.4;
    }

    //! Rectangles of a slide, computed the same way for the page plan and the layout.
    struct SlideGeometry
    {
      QRectF title, subtitle, content, footer;
      QRectF figures;        //!< figure blocks
      QList<QRectF> visuals; //!< charts, tables, maps (in that order)
    };

    int visualCount( const Slide &slide )
    {
      if ( slide.kind == Slide::Kind::Map || slide.kind == Slide::Kind::BeforeAfter || slide.kind == Slide::Kind::Overview )
        return std::max( 1, static_cast<int>( slide.maps.size() ) ) + static_cast<int>( slide.charts.size() + slide.tables.size() );
      return static_cast<int>( slide.charts.size() + slide.tables.size() + slide.maps.size() );
    }

    SlideGeometry slideGeometry( const Slide &slide, const QSizeF &page )
    {
      SlideGeometry g;
      const double w = page.width();
      const double h = page.height();
      g.title = QRectF( kMarginMm, 8, w - 2 * kMarginMm, 18 );
      double top = 30;
      if ( !slide.subtitle.isEmpty() )
      {
        g.subtitle = QRectF( kMarginMm, 29, w - 2 * kMarginMm, 10 );
        top = 41;
      }
      g.footer = QRectF( kMarginMm, h - 10, w - 2 * kMarginMm, 6 );
      g.content = QRectF( kMarginMm, top + 2, w - 2 * kMarginMm, h - 14 - top - 2 );

      const int visuals = visualCount( slide );
      const bool figures = !slide.figures.isEmpty();
      QRectF visualArea = g.content;
      if ( figures && visuals > 0 )
      {
        // figures in a column on the right; the overview gives them more room
        double share = slide.kind == Slide::Kind::Overview ? 0.46 : 0.34;
        if ( slide.kind == Slide::Kind::Overview && slide.figures.size() > 4 )
          share = 0.6;
        const double figureWidth = g.content.width() * share;
        g.figures = QRectF( g.content.right() - figureWidth, g.content.top(), figureWidth, g.content.height() );
        visualArea.setRight( g.figures.left() - 8 );
      }
      else if ( figures )
        g.figures = g.content;
      if ( visuals > 1 && !slide.tables.isEmpty() && slide.maps.isEmpty() )
      {
        // a table beside a chart has too little width for its columns: one above the other
        const double gap = 4;
        const double each = ( visualArea.height() - gap * ( visuals - 1 ) ) / visuals;
        for ( int i = 0; i < visuals; ++i )
          g.visuals << QRectF( visualArea.left(), visualArea.top() + i * ( each + gap ), visualArea.width(), each );
      }
      else if ( visuals > 0 )
      {
        const double gap = 8;
        const double each = ( visualArea.width() - gap * ( visuals - 1 ) ) / visuals;
        for ( int i = 0; i < visuals; ++i )
          g.visuals << QRectF( visualArea.left() + i * ( each + gap ), visualArea.top(), each, visualArea.height() );
      }
      return g;
    }

    //! Smallest type size a slide table is shrunk to before its columns are allowed to overflow.
    constexpr double kMinSlideTablePt = 10;

    /**
     * Width in mm of the longest unbreakable word of each column at \a pt, its whole header (bold) included:
     * QGIS wraps cell text at spaces only and never wraps headers, so a column is never narrower than this.
     */
    QVector<double> widestWordsMm( const Table &table, double pt )
    {
      QImage probe( 1, 1, QImage::Format_ARGB32 );
      const int dotsPerMeter = qRound( 72 / 0.0254 ); // 1 px = 1 pt
      probe.setDotsPerMeterX( dotsPerMeter );
      probe.setDotsPerMeterY( dotsPerMeter );
      QFont font( kFontFamily );
      font.setPointSizeF( pt );
      QFont bold = font;
      bold.setBold( true );
      const QFontMetricsF plain( font, &probe );
      const QFontMetricsF strong( bold, &probe );
      QVector<double> widths( table.columns.size(), 0.0 );
      for ( int c = 0; c < table.columns.size(); ++c )
      {
        double widest = 0;
        // QGIS does not wrap the header row: the whole header must fit
        widest = strong.horizontalAdvance( table.columns.at( c ) );
        for ( const QStringList &row : table.rows )
          for ( const QString &word : row.value( c ).split( QLatin1Char( ' ' ), Qt::SkipEmptyParts ) )
            widest = std::max( widest, plain.horizontalAdvance( word ) );
        widths[c] = widest * 25.4 / 72;
      }
      return widths;
    }

    //! Total width in mm a table needs at \a pt with its cell margins.
    double tableMinimumWidthMm( const Table &table, double pt, double cellMargin )
    {
      double total = 0;
      for ( double w : widestWordsMm( table, pt ) )
        total += w + 2 * cellMargin + 0.3;
      return total;
    }

    //! The largest size from \a pt down to kMinSlideTablePt at which the table fits in \a width mm.
    double fittingTablePt( const Table &table, double width, double pt, double cellMargin )
    {
      double size = pt;
      while ( size > kMinSlideTablePt && tableMinimumWidthMm( table, size, cellMargin ) > width )
        size -= 1;
      return size;
    }

    //! Rows of a table that fit in \a rect (header row included in the height).
    int rowsThatFit( const QRectF &rect, double pt, double cellMargin, double reserved = 0 )
    {
      const double row = rowHeightMm( pt, cellMargin );
      return std::max( 1, static_cast<int>( std::floor( ( rect.height() - reserved ) / row ) ) - 1 );
    }

    //! Index of the visual rectangle of a slide's table \a t (charts come first, maps last).
    QRectF slideTableRect( const Slide &slide, const SlideGeometry &g, int t )
    {
      const int index = static_cast<int>( slide.charts.size() ) + t;
      return index < g.visuals.size() ? g.visuals.at( index ) : g.content;
    }

    QString northArrowSvg( const QColor &colour )
    {
      return QStringLiteral( "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 140\" width=\"100\" height=\"140\">"
                             "<polygon points=\"50,0 90,110 50,88 10,110\" fill=\"%1\"/>"
                             "<text x=\"50\" y=\"138\" font-family=\"DejaVu Sans\" font-size=\"34\" font-weight=\"bold\" "
                             "text-anchor=\"middle\" fill=\"%1\">N</text>"
                             "</svg>" )
          .arg( colour.name() );
    }

    //! The territory behind the project's layers (a GeoPackage file or "PG:CONNINFO"), empty when there is none.
    QString territoryFile( const QgsProject *project )
    {
      if ( !project )
        return QString();
      const QMap<QString, QgsMapLayer *> layers = project->mapLayers();
      for ( QgsMapLayer *layer : layers )
      {
        if ( !layer->customProperty( TerritoryLayers::qualifiedNameProperty() ).isValid() )
          continue;
        if ( layer->providerType() == QLatin1String( "ogr" ) )
          return layer->source().section( QLatin1Char( '|' ), 0, 0 );
        // a PostGIS territory: "PG:" and the layer's connection, credentials of an authcfg expanded
        if ( layer->providerType() == QLatin1String( "postgres" ) )
          return QStringLiteral( "PG:" ) + QgsDataSourceUri( layer->source() ).connectionInfo( true );
      }
      return QString();
    }

    /**
     * A chart drawn straight on the layout's painter by DeckChart::paint: vector in the PDF with its
     * labels as real text (an SVG picture item would turn them into outlines), the same drawing as the SVG.
     */
    class DeckChartItem : public QgsLayoutItem
    {
    public:
      DeckChartItem( QgsLayout *layout, const Chart &chart, const DeckChartStyle &style )
          : QgsLayoutItem( layout ), mChart( chart ), mStyle( style )
      {
      }
      //! Not in QgsLayoutItemRegistry: the deck's layouts are built in code and never saved.
      int type() const override { return QgsLayoutItemRegistry::PluginItem + 0x5643; }
      QString displayName() const override { return mChart.title; }

    protected:
      void draw( QgsLayoutItemRenderContext &context ) override
      {
        QPainter *painter = context.renderContext().painter();
        if ( !painter )
          return;
        QgsScopedQPainterState state( painter );
        // the painter is in dots: to millimetres, then to chart units
        const double scale = context.renderContext().scaleFactor() / DeckChart::unitsPerMm();
        painter->scale( scale, scale );
        const QSizeF size = sizeWithUnits().toQSizeF();
        DeckChart::paint( painter, mChart, size, mStyle );
      }

    private:
      Chart mChart;
      DeckChartStyle mStyle;
    };

    //! Bookmarks of the territory file behind the project's layers (read-only, through GDAL).
    QMap<QString, QRectF> readBookmarks( const QgsProject *project )
    {
      QMap<QString, QRectF> bookmarks;
      const QString path = territoryFile( project );
      if ( path.isEmpty() || !QFileInfo::exists( path ) )
        return bookmarks;
      const QByteArray encoded = path.toUtf8();
      GDALDatasetH dataset = GDALOpenEx( encoded.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
      if ( !dataset )
        return bookmarks;
      // a plain table (not in gpkg_contents): read through SQL, as the store does
      OGRLayerH rows = GDALDatasetExecuteSQL( dataset, "SELECT name, xmin, ymin, xmax, ymax FROM vigie_bookmarks", nullptr, nullptr );
      if ( rows )
      {
        OGR_L_ResetReading( rows );
        while ( OGRFeatureH feature = OGR_L_GetNextFeature( rows ) )
        {
          bookmarks.insert( QString::fromUtf8( OGR_F_GetFieldAsString( feature, 0 ) ),
                            QRectF( QPointF( OGR_F_GetFieldAsDouble( feature, 1 ), OGR_F_GetFieldAsDouble( feature, 2 ) ),
                                    QPointF( OGR_F_GetFieldAsDouble( feature, 3 ), OGR_F_GetFieldAsDouble( feature, 4 ) ) )
                                .normalized() );
          OGR_F_Destroy( feature );
        }
        GDALDatasetReleaseResultSet( dataset, rows );
      }
      GDALClose( dataset );
      return bookmarks;
    }
  } // namespace

  struct DeckRenderer::Private
  {
    review::Deck deck;
    QgsProject *project = nullptr;
    DeckStyle style;
    Palette colours;
    std::unique_ptr<review::DeckLanguage> language;
    DeckWords words;
    QLocale locale;
    QList<PagePlan> pages;
    QList<int> slidePages; //!< page of each slide
    std::unique_ptr<QgsPrintLayout> layout;
    QTemporaryDir files; //!< chart SVGs and the north arrow, alive as long as the layout
    QMap<QString, QRectF> bookmarks;
    bool bookmarksGiven = false;
    int svgCount = 0;

    QVector<bool> built; //!< items of each page added (pages are filled on first use)
    //! Styled clones of the territory layers for MapView::styleHint (DeckStyles), alive as long as the layout.
    std::vector<std::unique_ptr<QgsMapLayer>> styledLayers;

    void plan();
    //! The layout and its empty pages.
    void build();
    //! Fills page \a index with its items when it is first drawn (presentation mode opens fast).
    void ensurePage( int index );
    void ensureAll();
    void buildPage( int index );

    // layout items
    QgsLayoutItemLabel *label( int page, const QRectF &rect, const QString &text, double pt, const QColor &colour, bool bold = false,
                               Qt::AlignmentFlag horizontal = Qt::AlignLeft, Qt::AlignmentFlag vertical = Qt::AlignTop,
                               bool italic = false );
    void rectangle( int page, const QRectF &rect, const QColor &colour );
    void header( int page, const QString &title, const QString &subtitle, const SlideGeometry &g );
    void footer( int page, const SlideGeometry &g );
    void figureBlocks( int page, const QList<Figure> &figures, const QRectF &area );
    void figureBlock( int page, const Figure &figure, const QRectF &rect, bool compact );
    void chart( int page, const Chart &chart, const QRectF &rect );
    void table( int page, const Table &table, int firstRow, int rowCount, const QRectF &rect, double pt );
    void map( int page, const MapView &view, const QRectF &rect, const QString &caption );
    void legend( int page, const StyledMap &styled, const QRectF &mapRect );
    QList<QgsMapLayer *> mapLayers( const MapView &view ) const;
    QgsRectangle fullExtent( const QList<QgsMapLayer *> &layers ) const;
    QString writeFile( const QString &name, const QByteArray &data );
  };

  void DeckRenderer::Private::plan()
  {
    pages.clear();
    slidePages.clear();
    for ( int i = 0; i < deck.slides.size(); ++i )
    {
      PagePlan page;
      page.slide = i;
      slidePages << pages.size();
      pages << page;
    }
    if ( !style.appendix )
      return;
    const QSizeF size = style.pageSizeMm;
    const double cellMargin = 1.2;
    const QRectF appendixArea = slideGeometry( Slide(), size ).content;
    const int perPage = rowsThatFit( appendixArea, kAppendixTablePt, cellMargin );
    auto addTable = [&]( int slide, const Table &table )
    {
      const int rows = static_cast<int>( table.rows.size() );
      for ( int first = 0; first < std::max( 1, rows ); first += perPage )
      {
        PagePlan page;
        page.slide = slide;
        page.appendix = true;
        page.table = table;
        page.firstRow = first;
        page.rowCount = std::min( perPage, rows - first );
        page.continued = first > 0;
        pages << page;
      }
    };
    for ( int i = 0; i < deck.slides.size(); ++i )
    {
      const Slide &slide = deck.slides.at( i );
      if ( slide.kind == Slide::Kind::Missing )
        continue;
      for ( const Chart &chart : slide.charts )
      {
        Table table = chart.toTable();
        if ( table.title.isEmpty() )
          table.title = slide.title;
        if ( !table.columns.isEmpty() )
          addTable( i, table );
      }
      // tables too long for their slide: in full in the appendix
      const SlideGeometry g = slideGeometry( slide, size );
      for ( int t = 0; t < slide.tables.size(); ++t )
      {
        const Table &table = slide.tables.at( t );
        const QRectF rect = slideTableRect( slide, g, t );
        if ( table.rows.size() > rowsThatFit( rect, kSlideTablePt, 1.5, table.title.isEmpty() ? 0 : 10 ) )
        {
          Table copy = table;
          if ( copy.title.isEmpty() )
            copy.title = slide.title;
          addTable( i, copy );
        }
      }
    }
  }

  QString DeckRenderer::Private::writeFile( const QString &name, const QByteArray &data )
  {
    const QString path = files.filePath( name );
    QFile file( path );
    if ( !file.open( QIODevice::WriteOnly ) || file.write( data ) != data.size() )
    {
      logMessage( LogLevel::Warning, QStringLiteral( "review" ),
                  QStringLiteral( "cannot write %1" ).arg( QDir::toNativeSeparators( path ) ) );
      return QString();
    }
    return path;
  }

  QgsLayoutItemLabel *DeckRenderer::Private::label( int page, const QRectF &rect, const QString &text, double pt, const QColor &colour,
                                                    bool bold, Qt::AlignmentFlag horizontal, Qt::AlignmentFlag vertical, bool italic )
  {
    auto *item = new QgsLayoutItemLabel( layout.get() );
    item->setText( text );
    QFont font( kFontFamily );
    font.setStyleHint( QFont::SansSerif );
    font.setPointSizeF( pt );
    font.setBold( bold );
    font.setItalic( italic );
#if VIGIE_QGIS_VERSION_AT_LEAST( 32400 )
    QgsTextFormat format;
    format.setFont( font );
    format.setSize( pt );
    format.setSizeUnit( QgsUnitTypes::RenderPoints );
    format.setColor( colour );
    item->setTextFormat( format );
#else
    item->setFont( font );
    item->setFontColor( colour );
#endif
    item->setHAlign( horizontal );
    item->setVAlign( vertical );
    item->setMarginX( 0 );
    item->setMarginY( 0 );
    item->setBackgroundEnabled( false );
    item->setFrameEnabled( false );
    layout->addLayoutItem( item );
    item->attemptResize( QgsLayoutSize( rect.width(), rect.height(), QgsUnitTypes::LayoutMillimeters ) );
    item->attemptMove( QgsLayoutPoint( rect.x(), rect.y(), QgsUnitTypes::LayoutMillimeters ), true, false, page );
    return item;
  }

  void DeckRenderer::Private::rectangle( int page, const QRectF &rect, const QColor &colour )
  {
    auto *shape = new QgsLayoutItemShape( layout.get() );
    shape->setShapeType( QgsLayoutItemShape::Rectangle );
    std::unique_ptr<QgsFillSymbol> symbol( QgsFillSymbol::createSimple(
        { { QStringLiteral( "color" ), colour.name() }, { QStringLiteral( "outline_style" ), QStringLiteral( "no" ) } } ) );
    shape->setSymbol( symbol.get() );
    layout->addLayoutItem( shape );
    shape->attemptResize( QgsLayoutSize( rect.width(), rect.height(), QgsUnitTypes::LayoutMillimeters ) );
    shape->attemptMove( QgsLayoutPoint( rect.x(), rect.y(), QgsUnitTypes::LayoutMillimeters ), true, false, page );
  }

  void DeckRenderer::Private::header( int page, const QString &title, const QString &subtitle, const SlideGeometry &g )
  {
    QgsLayoutItemLabel *item = label( page, g.title, title, kTitlePt, colours.text, true, Qt::AlignLeft, Qt::AlignVCenter );
    item->setId( QStringLiteral( "title" ) );
    rectangle( page, QRectF( g.title.left(), g.title.bottom() + 1, 36, 1.2 ), colours.accent );
    if ( !subtitle.isEmpty() && !g.subtitle.isNull() )
      label( page, g.subtitle, subtitle, kSubtitlePt, colours.muted, false, Qt::AlignLeft, Qt::AlignVCenter );
  }

  void DeckRenderer::Private::footer( int page, const SlideGeometry &g )
  {
    QStringList left;
    if ( !deck.territoryName.isEmpty() )
      left << deck.territoryName;
    if ( !deck.title.isEmpty() )
      left << deck.title;
    if ( deck.date.isValid() )
      left << language->date( deck.date );
    rectangle( page, QRectF( g.footer.left(), g.footer.top() - 1.5, g.footer.width(), 0.3 ), colours.grid );
    label( page, QRectF( g.footer.left(), g.footer.top(), g.footer.width() * 0.8, g.footer.height() ), left.join( QStringLiteral( " · " ) ),
           kFooterPt, colours.muted, false, Qt::AlignLeft, Qt::AlignVCenter );
    QgsLayoutItemLabel *number =
        label( page, QRectF( g.footer.right() - 40, g.footer.top(), 40, g.footer.height() ), words.page.arg( page + 1 ).arg( pages.size() ),
               kFooterPt, colours.muted, false, Qt::AlignRight, Qt::AlignVCenter );
    number->setId( QStringLiteral( "page" ) );
  }

  void DeckRenderer::Private::figureBlock( int page, const Figure &figure, const QRectF &rect, bool compact )
  {
    const double labelHeight = kFigureLabelPt * kPointMm * 1.35;
    const double valuePt = compact ? kFigureMinValuePt : kFigureValuePt;
    const double valueHeight = valuePt * kPointMm * 1.3;
    double y = rect.top();
    double valueBottom = -1; //!< available figures: where the value ends, the data date and source follow
    // the label on one line: smaller type for long labels (down to 12 pt)
    double labelPt = kFigureLabelPt;
    {
      QFont labelFont( kFontFamily );
      labelFont.setPointSizeF( labelPt );
      const double labelWidth = QgsLayoutUtils::textWidthMM( labelFont, figure.label );
      if ( labelWidth > rect.width() && labelWidth > 0 )
        labelPt = std::max( 12.0, labelPt * rect.width() / labelWidth * 0.97 );
    }
    label( page, QRectF( rect.left(), y, rect.width(), labelHeight ), figure.label, labelPt, colours.muted, false, Qt::AlignLeft,
           Qt::AlignBottom );
    y += labelHeight;
    if ( figure.isAvailable() )
    {
      QString text = figure.text;
      if ( text.isEmpty() )
      {
        const QVariant &v = figure.value;
        const bool number = v.userType() == QMetaType::Double || v.userType() == QMetaType::Float;
        if ( number )
          text = language->withUnit( v.toDouble(), std::abs( v.toDouble() ) < 10 ? 1 : 0, figure.unit );
        else
          text = figure.unit.isEmpty() ? v.toString() : v.toString() + QChar( 0x00A0 ) + figure.unit;
      }
      // a long unit ("kWh/an") goes in smaller type after the number, so the number keeps its size
      QString unit;
      if ( figure.unit.size() > 2 && text.endsWith( figure.unit ) )
      {
        unit = figure.unit;
        text = text.left( text.size() - unit.size() );
        while ( !text.isEmpty() &&
                ( text.endsWith( QLatin1Char( ' ' ) ) || text.endsWith( QChar( 0x00A0 ) ) || text.endsWith( QChar( 0x202F ) ) ) )
          text.chop( 1 );
      }
      // shrink long values down to the smallest figure size, then let them wrap
      QFont font( kFontFamily );
      font.setBold( true );
      font.setPointSizeF( valuePt );
      // number and unit on one line: the number is never cut; below 40 pt only when the column
      // cannot hold it (a crowded overview), rather than wrapping or clipping a figure
      QFont unitMeasure( kFontFamily );
      unitMeasure.setPointSizeF( kFigureUnitPt );
      const double unitRoom = unit.isEmpty() ? 0.0 : QgsLayoutUtils::textWidthMM( unitMeasure, unit ) + 4;
      const double width = QgsLayoutUtils::textWidthMM( font, text );
      double pt = valuePt;
      if ( width > rect.width() - unitRoom && width > 0 )
        pt = std::max( kFigureMinValuePt, valuePt * ( rect.width() - unitRoom ) / width * 0.98 );
      font.setPointSizeF( pt );
      // crowded (8 key figures on the overview): number and unit still on one line, down to 30 pt
      if ( QgsLayoutUtils::textWidthMM( font, text ) > rect.width() - unitRoom )
      {
        pt = std::max( unit.isEmpty() ? 16.0 : 30.0, pt * ( rect.width() - unitRoom ) / QgsLayoutUtils::textWidthMM( font, text ) * 0.98 );
        font.setPointSizeF( pt );
      }
      const double numberWidth = std::min( rect.width(), QgsLayoutUtils::textWidthMM( font, text ) );
      const double remaining = rect.bottom() - y - kMetaPt * kPointMm * 2.6;
      QgsLayoutItemLabel *value = label( page, QRectF( rect.left(), y, rect.width(), std::max( valueHeight, remaining ) ), text, pt,
                                         colours.accent, true, Qt::AlignLeft, Qt::AlignTop );
      value->setId( QStringLiteral( "figure:%1" ).arg( figure.id ) );
      // the value's lines (wrapped when it is still too wide at the smallest size)
      const double lines = std::max( 1.0, std::ceil( QgsLayoutUtils::textWidthMM( font, text ) / std::max( 1.0, rect.width() ) - 1e-6 ) );
      valueBottom = y + pt * kPointMm * 1.2 * lines;
      if ( !unit.isEmpty() )
      {
        QFont unitFont( kFontFamily );
        unitFont.setPointSizeF( kFigureUnitPt );
        const double unitWidth = QgsLayoutUtils::textWidthMM( unitFont, unit ) + 1;
        const double gap = 2.5;
        if ( rect.left() + numberWidth + gap + unitWidth <= rect.right() )
        {
          // same baseline as the number
          const double top = y + QgsLayoutUtils::fontAscentMM( font ) - QgsLayoutUtils::fontAscentMM( unitFont );
          label( page, QRectF( rect.left() + numberWidth + gap, top, unitWidth + 2, kFigureUnitPt * kPointMm * 1.4 ), unit, kFigureUnitPt,
                 colours.accent, false, Qt::AlignLeft, Qt::AlignTop );
        }
        else
        {
          const double unitPt =
              std::min( kFigureUnitPt, std::max( 10.0, ( rect.bottom() - valueBottom - kMetaPt * kPointMm * 2.6 ) / ( kPointMm * 1.3 ) ) );
          label( page, QRectF( rect.left(), valueBottom, rect.width(), unitPt * kPointMm * 1.4 ), unit, unitPt, colours.accent, false,
                 Qt::AlignLeft, Qt::AlignTop );
          valueBottom += unitPt * kPointMm * 1.3;
        }
      }
      y += valueHeight;
    }
    else
    {
      const QString reason = figure.unavailableReason.isEmpty() ? words.notAvailable : figure.unavailableReason;
      const double height = std::max( valueHeight, rect.bottom() - y - kMetaPt * kPointMm * 2.6 );
      // as large as the room allows (24 pt down to 10 pt), wrapped; word wrapping wastes up to about
      // 40 % of each line on narrow blocks, hence the factor
      double reasonPt = kFigureReasonPt;
      QFont reasonFont( kFontFamily );
      reasonFont.setItalic( true );
      for ( ; reasonPt > 10; reasonPt -= 1 )
      {
        reasonFont.setPointSizeF( reasonPt );
        const double lines = std::ceil( QgsLayoutUtils::textWidthMM( reasonFont, reason ) * 1.4 / std::max( 1.0, rect.width() ) );
        if ( lines * reasonPt * kPointMm * 1.25 <= height )
          break;
      }
      QgsLayoutItemLabel *value = label( page, QRectF( rect.left(), y, rect.width(), height ), reason, reasonPt, colours.unavailable, false,
                                         Qt::AlignLeft, Qt::AlignTop, true );
      value->setId( QStringLiteral( "figure:%1" ).arg( figure.id ) );
      y += valueHeight;
    }
    QStringList meta;
    if ( figure.dataDate.isValid() )
      meta << words.dataAsOf.arg( locale.toString( figure.dataDate.toLocalTime().date(), QStringLiteral( "d MMM yyyy" ) ) );
    if ( !figure.source.isEmpty() )
      meta << words.source.arg( figure.source );
    if ( !meta.isEmpty() )
    {
      double metaHeight = kMetaPt * kPointMm * 2.6;
      double top = std::max( y, rect.bottom() - metaHeight );
      if ( valueBottom > 0 )
      {
        // right under the value, clipped to the block so it never runs into the next figure
        top = std::min( valueBottom + 1.5, rect.bottom() - kMetaPt * kPointMm * 1.3 );
        metaHeight = rect.bottom() - top;
      }
      label( page, QRectF( rect.left(), top, rect.width(), metaHeight ), meta.join( QStringLiteral( " · " ) ), kMetaPt, colours.muted,
             false, Qt::AlignLeft, Qt::AlignTop );
    }
  }

  void DeckRenderer::Private::figureBlocks( int page, const QList<Figure> &figures, const QRectF &area )
  {
    const int count = static_cast<int>( figures.size() );
    if ( count == 0 )
      return;
    const double blockHeight = ( kFigureLabelPt * 1.35 + kFigureValuePt * 1.3 + kMetaPt * 2.6 ) * kPointMm + 4;
    const double compactHeight = ( kFigureLabelPt * 1.35 + kFigureMinValuePt * 1.3 + kMetaPt * 2.6 ) * kPointMm + 3;
    // as few columns as the height allows, at most 3
    int columns = 1;
    const int maxColumns = area.width() > 200 ? 3 : ( area.width() > 110 ? 2 : 1 );
    while ( columns < maxColumns && std::ceil( count / static_cast<double>( columns ) ) * compactHeight > area.height() )
      ++columns;
    if ( area.width() > 200 && count > 1 )
      columns = std::min( maxColumns, count == 4 ? 2 : std::min( count, 3 ) );
    const int rows = static_cast<int>( std::ceil( count / static_cast<double>( columns ) ) );
    const double gap = 6;
    const double width = ( area.width() - gap * ( columns - 1 ) ) / columns;
    const double height = std::min( blockHeight * 1.3, area.height() / rows );
    const bool compact = height < blockHeight;
    const int shown = std::min( count, rows * columns );
    // a few figures alone on a slide: in the middle of the page, not at the top
    const double top = area.top() + std::max( 0.0, ( area.height() - rows * height ) / 2 );
    for ( int i = 0; i < shown; ++i )
    {
      const int row = i / columns;
      const int column = i % columns;
      const QRectF rect( area.left() + column * ( width + gap ), top + row * height, width, height - 3 );
      figureBlock( page, figures.at( i ), rect, compact );
    }
  }

  void DeckRenderer::Private::chart( int page, const Chart &chart, const QRectF &rect )
  {
    DeckChartStyle chartStyle;
    chartStyle.text = colours.text;
    chartStyle.axis = colours.muted;
    chartStyle.grid = colours.grid;
    chartStyle.fontFamily = kFontFamily;
    chartStyle.fontPt = 14;
    chartStyle.locale = locale;
    chartStyle.noDataText = words.noData;
    auto *item = new DeckChartItem( layout.get(), chart, chartStyle );
    item->setId( QStringLiteral( "chart" ) );
    item->setBackgroundEnabled( false );
    item->setFrameEnabled( false );
    layout->addLayoutItem( item );
    item->attemptResize( QgsLayoutSize( rect.width(), rect.height(), QgsUnitTypes::LayoutMillimeters ) );
    item->attemptMove( QgsLayoutPoint( rect.x(), rect.y(), QgsUnitTypes::LayoutMillimeters ), true, false, page );
  }

  void DeckRenderer::Private::table( int page, const Table &source, int firstRow, int rowCount, const QRectF &area, double pt )
  {
    QRectF rect = area;
    const double cellMargin = pt >= kSlideTablePt ? 1.5 : 1.2;
    auto *item = new QgsLayoutItemManualTable( layout.get() );
    layout->addMultiFrame( item );
    // each column gets its longest word (text wraps at spaces only), then an equal share of what is left
    // (up to a readable maximum)
    const int columnCount = std::max( 1, static_cast<int>( source.columns.size() ) );
    const QVector<double> widest = widestWordsMm( source, pt );
    double needed = 0;
    for ( double w : widest )
      needed += w + 2 * cellMargin + 0.3;
    const double spare = std::max( 0.0, ( rect.width() - 0.5 - needed ) / columnCount );
    const double maximum = pt >= kSlideTablePt ? 95.0 : 75.0;
    QgsLayoutTableColumns columns;
    for ( int c = 0; c < source.columns.size(); ++c )
    {
      QgsLayoutTableColumn column( source.columns.at( c ) );
      column.setWidth( std::min( widest.value( c ) + spare, std::max( maximum, widest.value( c ) ) ) );
      columns << column;
    }
    item->setHeaders( columns );
    item->setIncludeTableHeader( true );
    QgsTableContents contents;
    const int last = std::min( static_cast<int>( source.rows.size() ), firstRow + rowCount );
    for ( int r = firstRow; r < last; ++r )
    {
      QgsTableRow cells;
      const QStringList &row = source.rows.at( r );
      for ( int c = 0; c < source.columns.size(); ++c )
        cells << QgsTableCell( row.value( c ) );
      contents << cells;
    }
    item->setTableContents( contents );
    QgsTextFormat headerFormat;
    QFont font( kFontFamily );
    font.setStyleHint( QFont::SansSerif );
    headerFormat.setFont( font );
    headerFormat.setSize( pt );
    headerFormat.setSizeUnit( QgsUnitTypes::RenderPoints );
    headerFormat.setColor( colours.text );
    QgsTextFormat contentFormat = headerFormat;
    QFont bold = font;
    bold.setBold( true );
    headerFormat.setFont( bold );
    item->setHeaderTextFormat( headerFormat );
    item->setContentTextFormat( contentFormat );
    item->setCellMargin( cellMargin );
    item->setWrapBehavior( QgsLayoutTable::WrapText );
    item->setGridColor( colours.grid );
    item->setGridStrokeWidth( 0.3 );
    item->setVerticalGrid( false );
    item->setBackgroundColor( colours.page );
    QgsLayoutTableStyle header;
    header.enabled = true;
    header.cellBackgroundColor = colours.panel;
    item->setCellStyle( QgsLayoutTable::HeaderRow, header );
    QgsLayoutTableStyle even;
    even.enabled = true;
    even.cellBackgroundColor = colours.panel;
    item->setCellStyle( QgsLayoutTable::EvenRows, even );
    auto *frame = new QgsLayoutFrame( layout.get(), item );
    frame->setId( QStringLiteral( "table" ) );
    frame->setBackgroundEnabled( false );
    frame->setFrameEnabled( false );
    frame->attemptResize( QgsLayoutSize( rect.width(), rect.height(), QgsUnitTypes::LayoutMillimeters ) );
    frame->attemptMove( QgsLayoutPoint( rect.x(), rect.y(), QgsUnitTypes::LayoutMillimeters ), true, false, page );
    item->addFrame( frame );
  }

  QList<QgsMapLayer *> DeckRenderer::Private::mapLayers( const MapView &view ) const
  {
    if ( !project )
      return {};
    const QList<QgsMapLayer *> visible = MapRender::visibleLayers( project );
    if ( view.layers.isEmpty() )
      return visible;
    QList<QgsMapLayer *> layers;
    for ( const QString &name : view.layers )
    {
      if ( QgsVectorLayer *layer = TerritoryLayers::layer( project, name ) )
        layers << layer;
      else
        logMessage( LogLevel::Warning, QStringLiteral( "review" ),
                    QStringLiteral( "map \"%1\": no layer %2 in the project" ).arg( view.title, name ) );
    }
    // the base layers (communes, districts, streets) under the chosen ones, for orientation
    for ( QgsMapLayer *layer : visible )
    {
      const QString qualified = layer->customProperty( TerritoryLayers::qualifiedNameProperty() ).toString();
      if ( qualified.startsWith( QLatin1String( "territory:" ) ) && !layers.contains( layer ) )
        layers << layer;
    }
    return layers;
  }

  QgsRectangle DeckRenderer::Private::fullExtent( const QList<QgsMapLayer *> &layers ) const
  {
    QgsRectangle extent;
    extent.setMinimal();
    for ( QgsMapLayer *layer : layers )
    {
      const QgsRectangle e = layer->extent();
      if ( !e.isNull() && !e.isEmpty() )
        extent.combineExtentWith( e );
    }
    if ( extent.isEmpty() )
      return QgsRectangle();
    extent.scale( 1.05 );
    return extent;
  }

  void DeckRenderer::Private::map( int page, const MapView &view, const QRectF &area, const QString &caption )
  {
    QRectF rect = area;
    QString note;
    if ( !caption.isEmpty() )
    {
      label( page, QRectF( rect.left(), rect.top(), rect.width(), kCaptionPt * kPointMm * 1.4 ), caption, kCaptionPt, colours.text, true,
             Qt::AlignLeft, Qt::AlignVCenter );
      rect.setTop( rect.top() + kCaptionPt * kPointMm * 1.4 + 2 );
    }
    QList<QgsMapLayer *> layers = mapLayers( view );
    // the slide's style hint: styled clones of the layers and a legend; the normal style otherwise
    StyledMap styled;
    if ( !view.styleHint.isEmpty() && !layers.isEmpty() )
    {
      QString error;
      if ( DeckStyles::apply( view.styleHint, layers, territoryFile( project ), *language, &styled, &error ) )
      {
        layers = styled.layers;
        for ( std::unique_ptr<QgsMapLayer> &layer : styled.owned )
          styledLayers.push_back( std::move( layer ) );
        styled.owned.clear();
      }
      else
      {
        logMessage( LogLevel::Warning, QStringLiteral( "review" ),
                    QStringLiteral( "map \"%1\": style \"%2\" not applied, normal style: %3" ).arg( view.title, view.styleHint, error ) );
        styled = StyledMap();
      }
    }
    auto *item = new QgsLayoutItemMap( layout.get() );
    item->setId( QStringLiteral( "map" ) );
    layout->addLayoutItem( item );
    item->attemptResize( QgsLayoutSize( rect.width(), rect.height(), QgsUnitTypes::LayoutMillimeters ) );
    item->attemptMove( QgsLayoutPoint( rect.x(), rect.y(), QgsUnitTypes::LayoutMillimeters ), true, false, page );
    item->setBackgroundColor( colours.mapBackground );
    item->setFrameEnabled( true );
    item->setFrameStrokeColor( colours.grid );
    item->setFrameStrokeWidth( QgsLayoutMeasurement( 0.3, QgsUnitTypes::LayoutMillimeters ) );
    if ( project )
      item->setCrs( project->crs() );
    item->setLayers( layers );
    item->setKeepLayerSet( true );

    QgsRectangle extent;
    if ( !view.extent.isNull() && view.extent.isValid() )
      extent = QgsRectangle( view.extent.normalized() );
    else if ( !view.bookmark.isEmpty() )
    {
      if ( !bookmarksGiven && bookmarks.isEmpty() )
      {
        bookmarks = readBookmarks( project );
        bookmarksGiven = true;
      }
      const auto found = bookmarks.constFind( view.bookmark );
      if ( found != bookmarks.constEnd() && found->isValid() )
        extent = QgsRectangle( *found );
      else
        note = words.bookmarkMissing.arg( view.bookmark );
    }
    if ( extent.isNull() || extent.isEmpty() )
      extent = fullExtent( layers );
    if ( !extent.isNull() && !extent.isEmpty() )
      item->zoomToExtent( extent );

    if ( layers.isEmpty() )
    {
      label( page, rect.adjusted( 8, 8, -8, -8 ), words.noLayers, kFigureReasonPt, colours.unavailable, false, Qt::AlignHCenter,
             Qt::AlignVCenter, true );
      return;
    }
    if ( !note.isEmpty() )
      label( page, QRectF( rect.left() + 3, rect.top() + 2, rect.width() - 20, kMetaPt * kPointMm * 1.6 ), note, kMetaPt,
             colours.unavailable, false, Qt::AlignLeft, Qt::AlignTop, true );

    if ( !styled.legendLayers.isEmpty() )
      legend( page, styled, rect );

    // scale bar and north arrow, inside the map's lower left and upper right corners
    auto *bar = new QgsLayoutItemScaleBar( layout.get() );
    bar->setLinkedMap( item );
    bar->applyDefaultSettings();
    bar->setStyle( QStringLiteral( "Single Box" ) );
    const bool kilometres = extent.width() > 5000;
    bar->applyDefaultSize( kilometres ? QgsUnitTypes::DistanceKilometers : QgsUnitTypes::DistanceMeters );
    bar->setUnits( kilometres ? QgsUnitTypes::DistanceKilometers : QgsUnitTypes::DistanceMeters );
    bar->setUnitLabel( kilometres ? QStringLiteral( "km" ) : QStringLiteral( "m" ) );
    QgsTextFormat format;
    QFont font( kFontFamily );
    format.setFont( font );
    format.setSize( 9 );
    format.setSizeUnit( QgsUnitTypes::RenderPoints );
    format.setColor( colours.text );
    bar->setTextFormat( format );
    bar->setBackgroundEnabled( true );
    bar->setBackgroundColor( QColor( colours.page.red(), colours.page.green(), colours.page.blue(), 200 ) );
    bar->setFrameEnabled( false );
    layout->addLayoutItem( bar );
    bar->attemptMove( QgsLayoutPoint( rect.left() + 3, rect.bottom() - 14, QgsUnitTypes::LayoutMillimeters ), true, false, page );
    bar->update();

    const QString arrowName = QStringLiteral( "north-%1.svg" ).arg( colours.text.name().mid( 1 ) );
    QString arrow = files.filePath( arrowName );
    if ( !QFileInfo::exists( arrow ) )
      arrow = writeFile( arrowName, northArrowSvg( colours.text ).toUtf8() );
    if ( !arrow.isEmpty() )
    {
      auto *north = new QgsLayoutItemPicture( layout.get() );
      north->setId( QStringLiteral( "north" ) );
      north->setResizeMode( QgsLayoutItemPicture::Zoom );
      north->setBackgroundEnabled( true );
      north->setBackgroundColor( QColor( colours.page.red(), colours.page.green(), colours.page.blue(), 200 ) );
      north->setFrameEnabled( false );
      layout->addLayoutItem( north );
      north->attemptResize( QgsLayoutSize( 9, 12, QgsUnitTypes::LayoutMillimeters ) );
      north->attemptMove( QgsLayoutPoint( rect.right() - 12, rect.top() + 3, QgsUnitTypes::LayoutMillimeters ), true, false, page );
      north->setPicturePath( arrow, QgsLayoutItemPicture::FormatSVG );
      north->setLinkedMap( item );
      north->setNorthMode( QgsLayoutItemPicture::GridNorth );
    }
  }

  void DeckRenderer::Private::legend( int page, const StyledMap &styled, const QRectF &mapRect )
  {
    auto *item = new QgsLayoutItemLegend( layout.get() );
    item->setId( QStringLiteral( "legend" ) );
    // the styled layers only (not in the project): the legend's own layer tree, emptied
    item->setAutoUpdateModel( false );
    QgsLayerTreeGroup *tree = item->model()->rootGroup();
    tree->removeAllChildren();
    for ( QgsMapLayer *layer : styled.legendLayers )
    {
      QgsLayerTreeLayer *node = tree->addLayer( layer );
      const auto *vector = qobject_cast<QgsVectorLayer *>( layer );
      // classes under the legend's title; a one-symbol layer keeps its name beside its symbol
      const bool classes = vector && ( dynamic_cast<const QgsGraduatedSymbolRenderer *>( vector->renderer() ) ||
                                       dynamic_cast<const QgsCategorizedSymbolRenderer *>( vector->renderer() ) );
      if ( classes )
        QgsLegendRenderer::setNodeLegendStyle( node, QgsLegendStyle::Hidden );
    }
    item->setTitle( styled.legendTitle );
    QFont title( kFontFamily );
    title.setPointSizeF( 11 );
    title.setBold( true );
    QFont text( kFontFamily );
    text.setPointSizeF( 10 );
    item->setStyleFont( QgsLegendStyle::Title, title );
    item->setStyleFont( QgsLegendStyle::Subgroup, text );
    item->setStyleFont( QgsLegendStyle::SymbolLabel, text );
    item->setFontColor( colours.text );
    item->setSymbolWidth( 6 );
    item->setSymbolHeight( 3.5 );
    item->setBoxSpace( 2 );
    item->setBackgroundEnabled( true );
    item->setBackgroundColor( QColor( colours.page.red(), colours.page.green(), colours.page.blue(), 220 ) );
    item->setFrameEnabled( false );
    item->setResizeToContents( true );
    layout->addLayoutItem( item );
    // lower right corner of the map (the scale bar is lower left, the north arrow upper right), kept there
    // when the legend sizes itself to its contents
    item->setReferencePoint( QgsLayoutItem::LowerRight );
    item->attemptMove( QgsLayoutPoint( mapRect.right() - 2, mapRect.bottom() - 2, QgsUnitTypes::LayoutMillimeters ), true, false, page );
    // a legend takes its size at its first paint: paint it once now, so that the first page drawn is right
    QImage probe( 1, 1, QImage::Format_ARGB32_Premultiplied );
    QPainter painter( &probe );
    item->paint( &painter, nullptr, nullptr );
    painter.end();
  }

  void DeckRenderer::Private::buildPage( int index )
  {
    const PagePlan &plan = pages.at( index );
    const QSizeF size = style.pageSizeMm;
    if ( plan.appendix )
    {
      const Slide &slide = deck.slides.at( plan.slide );
      Slide appendixSlide;
      appendixSlide.subtitle = slide.title;
      const SlideGeometry g = slideGeometry( appendixSlide, size );
      QString title = words.appendix.arg( plan.table.title );
      if ( plan.continued )
        title += QLatin1Char( ' ' ) + words.continued;
      header( index, title, slide.title, g );
      table( index, plan.table, plan.firstRow, plan.rowCount, g.content, kAppendixTablePt );
      footer( index, g );
      return;
    }

    const Slide &slide = deck.slides.at( plan.slide );
    const SlideGeometry g = slideGeometry( slide, size );
    if ( slide.kind == Slide::Kind::Title )
    {
      const double w = size.width();
      const double h = size.height();
      rectangle( index, QRectF( 0, 0, 8, h ), colours.accent );
      QgsLayoutItemLabel *title = label( index, QRectF( 28, h * 0.28, w - 56, 42 ), slide.title.isEmpty() ? deck.title : slide.title,
                                         kCoverTitlePt, colours.text, true, Qt::AlignLeft, Qt::AlignBottom );
      title->setId( QStringLiteral( "title" ) );
      rectangle( index, QRectF( 28, h * 0.28 + 45, 60, 1.5 ), colours.accent );
      QStringList lines;
      if ( !slide.subtitle.isEmpty() )
        lines << slide.subtitle;
      QStringList second;
      if ( !deck.territoryName.isEmpty() )
        second << deck.territoryName;
      if ( deck.date.isValid() )
        second << language->date( deck.date );
      if ( !second.isEmpty() )
        lines << second.join( QStringLiteral( " · " ) );
      label( index, QRectF( 28, h * 0.28 + 50, w - 56, 40 ), lines.join( QLatin1Char( '\n' ) ), 26, colours.muted, false, Qt::AlignLeft,
             Qt::AlignTop );
      if ( !slide.figures.isEmpty() )
        figureBlocks( index, slide.figures, QRectF( 28, h * 0.28 + 92, w - 56, h - ( h * 0.28 + 92 ) - 14 ) );
      footer( index, g );
      return;
    }

    header( index, slide.title.isEmpty() ? words.missing : slide.title, slide.subtitle, g );
    if ( slide.kind == Slide::Kind::Missing )
    {
      const QString reason = slide.unavailableReason.isEmpty() ? words.notAvailable : slide.unavailableReason;
      QgsLayoutItemLabel *item = label( index, g.content.adjusted( 10, 10, -10, -10 ), reason, kMissingPt, colours.unavailable, false,
                                        Qt::AlignHCenter, Qt::AlignVCenter, true );
      item->setId( QStringLiteral( "missing" ) );
      footer( index, g );
      return;
    }

    figureBlocks( index, slide.figures, g.figures );
    int visual = 0;
    for ( const Chart &c : slide.charts )
      if ( visual < g.visuals.size() )
        chart( index, c, g.visuals.at( visual++ ) );
    for ( int t = 0; t < slide.tables.size() && visual < g.visuals.size(); ++t )
    {
      const Table &tb = slide.tables.at( t );
      QRectF rect = g.visuals.at( visual++ );
      if ( !tb.title.isEmpty() )
      {
        label( index, QRectF( rect.left(), rect.top(), rect.width(), 8 ), tb.title, kCaptionPt, colours.text, true, Qt::AlignLeft,
               Qt::AlignVCenter );
        rect.setTop( rect.top() + 10 );
      }
      // a table too wide for its place gets smaller type (down to kMinSlideTablePt) rather than running over its neighbours
      const double tablePt = fittingTablePt( tb, rect.width(), kSlideTablePt, 1.5 );
      const int fit = rowsThatFit( rect, tablePt, tablePt >= kSlideTablePt ? 1.5 : 1.2 );
      const int rows = static_cast<int>( tb.rows.size() );
      if ( rows > fit )
      {
        const int shown = std::max( 1, fit - 1 );
        table( index, tb, 0, shown, QRectF( rect.left(), rect.top(), rect.width(), rect.height() - 8 ), tablePt );
        label( index, QRectF( rect.left(), rect.bottom() - 7, rect.width(), 7 ), words.moreRows.arg( rows - shown ), kMetaPt + 2,
               colours.muted, false, Qt::AlignLeft, Qt::AlignVCenter, true );
      }
      else
        table( index, tb, 0, rows, rect, tablePt );
    }
    QList<MapView> views = slide.maps;
    const bool mapKind = slide.kind == Slide::Kind::Map || slide.kind == Slide::Kind::BeforeAfter || slide.kind == Slide::Kind::Overview;
    if ( views.isEmpty() && mapKind )
      views << MapView();
    const bool captions = slide.kind == Slide::Kind::BeforeAfter || views.size() > 1;
    for ( const MapView &view : std::as_const( views ) )
      if ( visual < g.visuals.size() )
        map( index, view, g.visuals.at( visual++ ), captions || !view.title.isEmpty() ? view.title : QString() );
    footer( index, g );
  }

  void DeckRenderer::Private::build()
  {
    layout = std::make_unique<QgsPrintLayout>( project );
    layout->setName( deck.title.isEmpty() ? QStringLiteral( "Vigie" ) : deck.title );
    layout->renderContext().setDpi( 300 );
    QgsLayoutPageCollection *collection = layout->pageCollection();
    for ( int i = 0; i < pages.size(); ++i )
    {
      auto *page = new QgsLayoutItemPage( layout.get() );
      page->setPageSize( QgsLayoutSize( style.pageSizeMm.width(), style.pageSizeMm.height(), QgsUnitTypes::LayoutMillimeters ) );
      page->setPageStyleSymbol( QgsFillSymbol::createSimple(
          { { QStringLiteral( "color" ), colours.page.name() }, { QStringLiteral( "outline_style" ), QStringLiteral( "no" ) } } ) );
      collection->addPage( page );
    }
    built = QVector<bool>( static_cast<int>( pages.size() ), false );
  }

  void DeckRenderer::Private::ensurePage( int index )
  {
    if ( !layout )
      build();
    if ( index >= 0 && index < built.size() && !built.at( index ) )
    {
      buildPage( index );
      built[index] = true;
    }
  }

  void DeckRenderer::Private::ensureAll()
  {
    for ( int i = 0; i < pages.size(); ++i )
      ensurePage( i );
  }

  DeckRenderer::DeckRenderer( const review::Deck &deck, QgsProject *project, const DeckStyle &style ) : d( std::make_unique<Private>() )
  {
    d->deck = deck;
    d->project = project;
    d->style = style;
    if ( !d->style.pageSizeMm.isValid() || d->style.pageSizeMm.width() < 100 || d->style.pageSizeMm.height() < 60 )
      d->style.pageSizeMm = DeckStyle().pageSizeMm;
    d->colours = palette( style.theme );
    d->language = std::make_unique<review::DeckLanguage>( deck.language );
    d->words = deckWords( *d->language );
    d->locale = d->language->locale();
    d->plan();
  }

  DeckRenderer::~DeckRenderer()
  {
    d->layout.reset(); // items before the files they show
  }

  void DeckRenderer::setBookmarks( const QList<Bookmark> &bookmarks )
  {
    d->bookmarks.clear();
    for ( const Bookmark &bookmark : bookmarks )
      d->bookmarks.insert( bookmark.name, bookmark.extent.normalized() );
    d->bookmarksGiven = true;
  }

  int DeckRenderer::pageCount() const
  {
    return static_cast<int>( d->pages.size() );
  }

  int DeckRenderer::pageOfSlide( int slideIndex ) const
  {
    return d->slidePages.value( slideIndex, -1 );
  }

  QgsPrintLayout *DeckRenderer::layout()
  {
    d->ensureAll();
    return d->layout.get();
  }

  QImage DeckRenderer::renderPage( int page, const QSize &size, QString *errorMessage )
  {
    if ( page < 0 || page >= pageCount() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::review", "page %1 does not exist: the deck has %2 pages" )
                            .arg( page + 1 )
                            .arg( pageCount() );
      return QImage();
    }
    if ( size.width() <= 0 || size.height() <= 0 )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::review", "invalid image size %1x%2" ).arg( size.width() ).arg( size.height() );
      return QImage();
    }
    d->ensurePage( page );
    QgsPrintLayout *printLayout = d->layout.get();
    // the page keeps its 16:9 shape: centred on the page colour when the screen is not 16:9
    const QSizeF pageMm = d->style.pageSizeMm;
    const double scale = std::min( size.width() / pageMm.width(), size.height() / pageMm.height() );
    const QSize inner( std::max( 1, static_cast<int>( std::lround( pageMm.width() * scale ) ) ),
                       std::max( 1, static_cast<int>( std::lround( pageMm.height() * scale ) ) ) );
    printLayout->renderContext().setFlag( QgsLayoutRenderContext::FlagForceVectorOutput, false );
    printLayout->renderContext().setFlag( QgsLayoutRenderContext::FlagAntialiasing, true );
    printLayout->renderContext().setFlag( QgsLayoutRenderContext::FlagUseAdvancedEffects, true );
    QgsLayoutExporter exporter( printLayout );
    const double dpi = scale * 25.4;
    QImage image = exporter.renderPageToImage( page, inner, dpi );
    if ( image.isNull() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::review", "page %1 could not be drawn" ).arg( page + 1 );
      return QImage();
    }
    if ( inner == size )
      return image;
    QImage framed( size, QImage::Format_ARGB32_Premultiplied );
    framed.fill( d->colours.page );
    QPainter painter( &framed );
    painter.drawImage( QPoint( ( size.width() - inner.width() ) / 2, ( size.height() - inner.height() ) / 2 ), image );
    painter.end();
    return framed;
  }

  namespace
  {
    //! Runs \a writer to its end with \a progress (false from it cancels); false with the reason.
    bool runWriter( DeckPageWriter &writer, const QString &target, const DeckRenderer::ProgressCallback &progress, QStringList *files,
                    QString *errorMessage )
    {
      const QString cancelled = QCoreApplication::translate( "vigie::review", "export cancelled: nothing written to %1" )
                                    .arg( QDir::toNativeSeparators( target ) );
      auto fail = [&]( const QString &message )
      {
        writer.cancel();
        if ( errorMessage )
          *errorMessage = message;
        return false;
      };
      QString error;
      if ( !writer.begin( &error ) )
        return fail( error );
      if ( progress && !progress( 0.0 ) )
        return fail( cancelled );
      while ( !writer.atEnd() )
      {
        if ( !writer.writeNextPage( &error ) )
          return fail( error );
        if ( progress && !progress( static_cast<double>( writer.pagesWritten() ) / writer.pageCount() ) )
          return fail( cancelled );
      }
      if ( !writer.finish( files, &error ) )
        return fail( error );
      return true;
    }
  } // namespace

  bool DeckRenderer::exportPdf( const QString &path, const ProgressCallback &progress, QString *errorMessage )
  {
    DeckPageWriter writer( this, DeckPageWriter::Format::Pdf, path );
    return runWriter( writer, path, progress, nullptr, errorMessage );
  }

  bool DeckRenderer::exportPng( const QString &directory, QStringList *files, const QSize &size, const ProgressCallback &progress,
                                QString *errorMessage )
  {
    if ( files )
      files->clear();
    DeckPageWriter writer( this, DeckPageWriter::Format::Png, directory, size );
    return runWriter( writer, directory, progress, files, errorMessage );
  }

  // ---------------------------------------------------------------------------------------
  // DeckPageWriter

  struct DeckPageWriter::Private
  {
    DeckRenderer *renderer = nullptr;
    Format format = Format::Pdf;
    QString target;
    QSize pngSize;
    int next = 0;
    bool begun = false;
    bool done = false;
    // PDF: painter ended before the writer, the writer before the file
    std::unique_ptr<QSaveFile> file;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<QPainter> painter;
    // PNG: images in a hidden folder of the target folder until finish()
    std::unique_ptr<QTemporaryDir> staging;
    QStringList staged;

    QString pngName( int page ) const
    {
      const int pages = renderer->pageCount();
      const int digits = std::max( 2, static_cast<int>( QString::number( pages ).size() ) );
      return QStringLiteral( "slide-%1.png" ).arg( page + 1, digits, 10, QLatin1Char( '0' ) );
    }

    void drop()
    {
      if ( painter && painter->isActive() )
        painter->end();
      painter.reset();
      writer.reset();
      if ( file )
        file->cancelWriting();
      file.reset();
      staging.reset(); // removes the staged images
      staged.clear();
    }
  };

  DeckPageWriter::DeckPageWriter( DeckRenderer *renderer, Format format, const QString &target, const QSize &pngSize )
      : d( std::make_unique<Private>() )
  {
    d->renderer = renderer;
    d->format = format;
    d->target = target;
    d->pngSize = pngSize;
  }

  DeckPageWriter::~DeckPageWriter()
  {
    if ( !d->done )
      d->drop();
  }

  int DeckPageWriter::pageCount() const
  {
    return d->renderer->pageCount();
  }

  int DeckPageWriter::pagesWritten() const
  {
    return d->next;
  }

  bool DeckPageWriter::atEnd() const
  {
    return d->next >= pageCount();
  }

  bool DeckPageWriter::begin( QString *errorMessage )
  {
    auto fail = [&]( const QString &message )
    {
      d->drop();
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    const QString target = QDir::toNativeSeparators( d->target );
    if ( d->format == Format::Png && !QDir().mkpath( d->target ) )
      return fail( QCoreApplication::translate( "vigie::review", "cannot create the folder %1" ).arg( target ) );
    if ( pageCount() == 0 )
      return fail( QCoreApplication::translate( "vigie::review", "the deck has no slide: nothing written to %1" ).arg( target ) );
    d->next = 0;
    d->done = false;
    if ( d->format == Format::Png )
    {
      if ( !d->pngSize.isValid() || d->pngSize.isEmpty() )
        return fail( QCoreApplication::translate( "vigie::review", "invalid image size %1x%2" )
                         .arg( d->pngSize.width() )
                         .arg( d->pngSize.height() ) );
      d->staging = std::make_unique<QTemporaryDir>( QDir( d->target ).filePath( QStringLiteral( ".vigie-slides-XXXXXX" ) ) );
      if ( !d->staging->isValid() )
        return fail( QCoreApplication::translate( "vigie::review", "cannot write %1: %2" ).arg( target, d->staging->errorString() ) );
      d->begun = true;
      return true;
    }
    // temporary file + rename on commit: a failed or cancelled export leaves nothing at the target
    d->file = std::make_unique<QSaveFile>( d->target );
    if ( !d->file->open( QIODevice::WriteOnly ) )
      return fail( QCoreApplication::translate( "vigie::review", "cannot write %1: %2" ).arg( target, d->file->errorString() ) );
    const review::Deck &deck = d->renderer->d->deck;
    d->writer = std::make_unique<QPdfWriter>( d->file.get() );
    d->writer->setResolution( 300 );
    d->writer->setTitle( deck.title.isEmpty() ? deck.territoryName : deck.title );
    d->writer->setCreator( QStringLiteral( "Vigie" ) );
    d->writer->setPageSize( QPageSize( d->renderer->d->style.pageSizeMm, QPageSize::Millimeter ) );
    d->writer->setPageMargins( QMarginsF( 0, 0, 0, 0 ), QPageLayout::Millimeter );
    d->painter = std::make_unique<QPainter>();
    if ( !d->painter->begin( d->writer.get() ) )
      return fail( QCoreApplication::translate( "vigie::review", "cannot start the PDF %1" ).arg( target ) );
    d->begun = true;
    return true;
  }

  bool DeckPageWriter::writeNextPage( QString *errorMessage )
  {
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    if ( !d->begun || atEnd() )
      return fail(
          QCoreApplication::translate( "vigie::review", "no page left to write to %1" ).arg( QDir::toNativeSeparators( d->target ) ) );
    const int page = d->next;
    if ( d->format == Format::Png )
    {
      QString error;
      const QImage image = d->renderer->renderPage( page, d->pngSize, &error );
      if ( image.isNull() )
        return fail( error );
      const QString path = QDir( d->staging->path() ).filePath( d->pngName( page ) );
      QFile file( path );
      if ( !file.open( QIODevice::WriteOnly ) || !image.save( &file, "PNG" ) )
        return fail( QCoreApplication::translate( "vigie::review", "cannot write %1: %2" )
                         .arg( QDir::toNativeSeparators( path ), file.errorString() ) );
      d->staged << path;
      ++d->next;
      return true;
    }
    DeckRenderer::Private &r = *d->renderer->d;
    r.ensurePage( page ); // pages are laid out as they are written: no long pause before the first
    if ( page > 0 && !d->writer->newPage() )
      return fail( QCoreApplication::translate( "vigie::review", "cannot write %1: %2" )
                       .arg( QDir::toNativeSeparators( d->target ), d->file->errorString() ) );
    // what QgsLayoutExporter::exportToPdf sets (vector maps, text as text, 300 dpi), set for each page and
    // restored after it, so that the same layout can be drawn on screen between two pages
    QgsLayoutRenderContext &context = r.layout->renderContext();
    const QgsLayoutRenderContext::Flags savedFlags = context.flags();
    const double savedDpi = context.dpi();
    const Qgis::TextRenderFormat savedText = context.textRenderFormat();
    context.setDpi( 300 );
    context.setFlag( QgsLayoutRenderContext::FlagForceVectorOutput, true );
    context.setFlag( QgsLayoutRenderContext::FlagUseAdvancedEffects, false );
    context.setFlag( QgsLayoutRenderContext::FlagAntialiasing, true );
    context.setTextRenderFormat( Qgis::TextRenderFormat::AlwaysText );
    QgsLayoutExporter exporter( r.layout.get() );
    exporter.renderPage( d->painter.get(), page );
    context.setFlags( savedFlags );
    context.setDpi( savedDpi );
    context.setTextRenderFormat( savedText );
    ++d->next;
    return true;
  }

  bool DeckPageWriter::finish( QStringList *files, QString *errorMessage )
  {
    auto fail = [&]( const QString &message )
    {
      d->drop();
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    if ( files )
      files->clear();
    if ( !d->begun || !atEnd() )
      return fail( QCoreApplication::translate( "vigie::review", "the export to %1 ended before its last page" )
                       .arg( QDir::toNativeSeparators( d->target ) ) );
    QStringList written;
    if ( d->format == Format::Pdf )
    {
      d->painter->end();
      d->painter.reset();
      d->writer.reset();
      if ( !d->file->commit() )
        return fail( QCoreApplication::translate( "vigie::review", "cannot write %1: %2" )
                         .arg( QDir::toNativeSeparators( d->target ), d->file->errorString() ) );
      d->file.reset();
      written << d->target;
    }
    else
    {
      for ( int page = 0; page < d->staged.size(); ++page )
      {
        const QString path = QDir( d->target ).filePath( d->pngName( page ) );
        QFile::remove( path );
        if ( !QFile::rename( d->staged.at( page ), path ) )
        {
          for ( const QString &moved : std::as_const( written ) )
            QFile::remove( moved );
          return fail( QCoreApplication::translate( "vigie::review", "cannot write %1" ).arg( QDir::toNativeSeparators( path ) ) );
        }
        written << path;
      }
      d->staging.reset();
      d->staged.clear();
    }
    d->done = true;
    if ( files )
      *files = written;
    return true;
  }

  void DeckPageWriter::cancel()
  {
    d->drop();
    d->begun = false;
  }
} // namespace vigie
