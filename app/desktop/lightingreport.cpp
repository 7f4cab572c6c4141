// SPDX-License-Identifier: GPL-2.0-or-later
#include "lightingreport.h"

#include "atomicfile.h"
#include "lightinganalysis.h"
#include "lightingcharts.h"

#include <qgslayertree.h>
#include <qgslayoutexporter.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgsmaplayer.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgstextformat.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace vigie
{
  namespace
  {

    QString number( double value, int decimals = 0 )
    {
      return QLocale().toString( value, 'f', decimals );
    }

    QgsTextFormat textFormat( double size, bool bold = false )
    {
      QgsTextFormat format;
      QFont font = format.font();
      font.setBold( bold );
      format.setFont( font );
      format.setSize( size );
      format.setSizeUnit( QgsUnitTypes::RenderPoints );
      return format;
    }

    /**
     * A block of text: a one-cell manual table without grid, wrapping at the frame width.
     * (Not QgsLayoutItemLabel: Debian's libqgis-dev 3.22 lacks qgswebframe.h, which its header needs.)
     */
    void addLabel( QgsPrintLayout *layout, const QStringList &lines, const QRectF &rect, int page, double size, bool bold = false )
    {
      QgsLayoutItemManualTable *table = new QgsLayoutItemManualTable( layout );
      layout->addMultiFrame( table );
      QgsLayoutTableColumn column;
      column.setWidth( rect.width() - 2 );
      table->setHeaders( { column } );
      table->setIncludeTableHeader( false );
      table->setShowGrid( false );
      table->setCellMargin( 0.5 );
      table->setWrapBehavior( QgsLayoutTable::WrapText );
      table->setContentTextFormat( textFormat( size, bold ) );
      QgsTableContents rows;
      for ( const QString &line : lines )
        rows << QgsTableRow{ QgsTableCell( line ) };
      table->setTableContents( rows );
      QgsLayoutFrame *frame = new QgsLayoutFrame( layout, table );
      frame->attemptResize( QgsLayoutSize( rect.width(), rect.height(), QgsUnitTypes::LayoutMillimeters ) );
      frame->attemptMove( QgsLayoutPoint( rect.x(), rect.y(), QgsUnitTypes::LayoutMillimeters ), true, false, page );
      table->addFrame( frame );
    }

    void addTable( QgsPrintLayout *layout, const QStringList &headers, const QList<QStringList> &rows, const QRectF &rect, int page,
                   double size = 8 )
    {
      QgsLayoutItemManualTable *table = new QgsLayoutItemManualTable( layout );
      layout->addMultiFrame( table );
      QgsLayoutTableColumns columns;
      for ( const QString &h : headers )
        columns << QgsLayoutTableColumn( h );
      table->setHeaders( columns );
      table->setIncludeTableHeader( true );
      QgsTableContents contents;
      for ( const QStringList &row : rows )
      {
        QgsTableRow cells;
        for ( const QString &c : row )
          cells << QgsTableCell( c );
        contents << cells;
      }
      table->setTableContents( contents );
      table->setHeaderTextFormat( textFormat( size, true ) );
      table->setContentTextFormat( textFormat( size ) );
      table->setCellMargin( 1.2 );
      QgsLayoutFrame *frame = new QgsLayoutFrame( layout, table );
      frame->attemptResize( QgsLayoutSize( rect.width(), rect.height(), QgsUnitTypes::LayoutMillimeters ) );
      frame->attemptMove( QgsLayoutPoint( rect.x(), rect.y(), QgsUnitTypes::LayoutMillimeters ), true, false, page );
      table->addFrame( frame );
    }

    bool addChart( QgsPrintLayout *layout, Chart *chart, const QString &file, const QRectF &rect, int page, QString *error )
    {
      std::unique_ptr<Chart> owned( chart );
      // 4 px per mm: about 100 dpi, sharp enough on paper with Qt Charts' vector-looking text
      const QImage image = lightingcharts::render( chart, QSize( qRound( rect.width() * 4 ), qRound( rect.height() * 4 ) ) );
      if ( image.isNull() || !image.save( file, "PNG" ) )
      {
        if ( error )
          *error = QCoreApplication::translate( "vigie", "cannot write the chart image %1" ).arg( QDir::toNativeSeparators( file ) );
        return false;
      }
      QgsLayoutItemPicture *picture = new QgsLayoutItemPicture( layout );
      picture->setPicturePath( file, QgsLayoutItemPicture::FormatRaster );
      picture->setResizeMode( QgsLayoutItemPicture::Zoom );
      layout->addLayoutItem( picture );
      picture->attemptResize( QgsLayoutSize( rect.width(), rect.height(), QgsUnitTypes::LayoutMillimeters ) );
      picture->attemptMove( QgsLayoutPoint( rect.x(), rect.y(), QgsUnitTypes::LayoutMillimeters ), true, false, page );
      return true;
    }
  } // namespace

  std::unique_ptr<QgsPrintLayout> LightingReport::createLayout( const LightingAnalysis &analysis, QgsProject *project,
                                                                const QList<QgsMapLayer *> &mapLayers,
                                                                const QList<QgsMapLayer *> &legendLayers, const QString &chartDirectory,
                                                                QString *errorMessage )
  {
    auto layout = std::make_unique<QgsPrintLayout>( project );
    layout->setName( QCoreApplication::translate( "vigie", "Street lighting report" ) );
    for ( int p = 0; p < 2; ++p )
    {
      QgsLayoutItemPage *page = new QgsLayoutItemPage( layout.get() );
      page->setPageSize( QStringLiteral( "A4" ), QgsLayoutItemPage::Landscape );
      layout->pageCollection()->addPage( page );
    }
    const lighting::OptimisationResult &r = analysis.result;
    const QString territory =
        analysis.inventory.name.isEmpty() ? QFileInfo( analysis.territoryPath ).completeBaseName() : analysis.inventory.name;

    // page 1: title, map, legend, results
    addLabel( layout.get(), { QCoreApplication::translate( "vigie", "Street lighting — %1" ).arg( territory ) }, QRectF( 10, 6, 200, 10 ),
              0, 16, true );
    addLabel( layout.get(),
              { QCoreApplication::translate( "vigie", "%1 luminaires, %2 lit streets, %3 lit hours per year · Vigie, %4" )
                    .arg( number( analysis.inventory.luminaires.size() ), number( analysis.litStreetCount() ), number( r.yearlyHours ),
                          QLocale().toString( QDate::currentDate(), QLocale::ShortFormat ) ) },
              QRectF( 10, 15, 200, 6 ), 0, 9 );
    QgsLayoutItemMap *map = new QgsLayoutItemMap( layout.get() );
    layout->addLayoutItem( map );
    map->attemptResize( QgsLayoutSize( 175, 180, QgsUnitTypes::LayoutMillimeters ) );
    map->attemptMove( QgsLayoutPoint( 10, 23, QgsUnitTypes::LayoutMillimeters ), true, false, 0 );
    map->setFrameEnabled( true );
    map->setLayers( mapLayers );
    map->setKeepLayerSet( true );
    map->setCrs( project->crs() );
    QgsRectangle extent;
    for ( QgsMapLayer *layer : legendLayers )
      extent.combineExtentWith( layer->extent() );
    if ( extent.isEmpty() )
    {
      for ( QgsMapLayer *layer : mapLayers )
        extent.combineExtentWith( layer->extent() );
    }
    if ( !extent.isEmpty() )
      map->zoomToExtent( extent );

    QgsLayoutItemLegend *legend = new QgsLayoutItemLegend( layout.get() );
    layout->addLayoutItem( legend );
    legend->setTitle( QCoreApplication::translate( "vigie", "Legend" ) );
    legend->setAutoUpdateModel( false );
    // a copy of the project's tree once auto-update is off: keep only the analysis layers
    QgsLayerTree *tree = legend->model()->rootGroup();
    tree->removeAllChildren();
    for ( QgsMapLayer *layer : legendLayers )
      tree->addLayer( layer );
    legend->setLinkedMap( map );
    legend->setColumnCount( 3 );
    legend->setSplitLayer( true );
    legend->attemptMove( QgsLayoutPoint( 192, 132, QgsUnitTypes::LayoutMillimeters ), true, false, 0 );

    const auto ratio = [&]( double before, double after )
    { return before > 0 ? number( 100.0 * ( 1 - after / before ), 1 ) + QStringLiteral( " %" ) : QStringLiteral( "–" ); };
    addTable( layout.get(),
              { QCoreApplication::translate( "vigie", "Per year" ), QCoreApplication::translate( "vigie", "Today" ),
                QCoreApplication::translate( "vigie", "Dimming only" ), QCoreApplication::translate( "vigie", "After the plan" ),
                QCoreApplication::translate( "vigie", "Saved" ) },
              { { QCoreApplication::translate( "vigie", "Energy (MWh)" ), number( r.baseline.kwh / 1000 ),
                  number( r.dimmingOnly.kwh / 1000 ), number( r.optimised.kwh / 1000 ), ratio( r.baseline.kwh, r.optimised.kwh ) },
                { QCoreApplication::translate( "vigie", "Cost (k€)" ), number( r.baseline.eur / 1000 ), number( r.dimmingOnly.eur / 1000 ),
                  number( r.optimised.eur / 1000 ), ratio( r.baseline.eur, r.optimised.eur ) },
                { QCoreApplication::translate( "vigie", "CO₂ (t)" ), number( r.baseline.tco2, 1 ), number( r.dimmingOnly.tco2, 1 ),
                  number( r.optimised.tco2, 1 ), ratio( r.baseline.tco2, r.optimised.tco2 ) } },
              QRectF( 192, 25, 97, 30 ), 0 );
    addTable( layout.get(), { QCoreApplication::translate( "vigie", "Retrofit plan" ), QCoreApplication::translate( "vigie", "Value" ) },
              { { QCoreApplication::translate( "vigie", "Investment" ),
                  QCoreApplication::translate( "vigie", "%1 k€" ).arg( number( r.investment / 1000 ) ) },
                { QCoreApplication::translate( "vigie", "CEE subsidies" ),
                  QCoreApplication::translate( "vigie", "%1 k€" ).arg( number( r.subsidies / 1000 ) ) },
                { QCoreApplication::translate( "vigie", "Payback" ),
                  QCoreApplication::translate( "vigie", "%1 years" ).arg( number( r.paybackYears, 1 ) ) },
                { QCoreApplication::translate( "vigie", "NPV of savings" ),
                  QCoreApplication::translate( "vigie", "%1 k€" ).arg( number( r.npv / 1000 ) ) },
                { QCoreApplication::translate( "vigie", "Gap to the LP bound" ), number( r.gap * 100, 2 ) + QStringLiteral( " %" ) },
                { QCoreApplication::translate( "vigie", "Compliance (street × band)" ),
                  QCoreApplication::translate( "vigie", "%1 % of %2 cells" )
                      .arg( number( r.complianceRatio * 100, 2 ), number( r.compliance.size() ) ) } },
              QRectF( 192, 60, 97, 45 ), 0 );
    const lighting::OptimisationParameters &p = analysis.parameters;
    const auto hhmm = []( int minutes )
    { return QStringLiteral( "%1:%2" ).arg( minutes / 60, 2, 10, QLatin1Char( '0' ) ).arg( minutes % 60, 2, 10, QLatin1Char( '0' ) ); };
    addLabel( layout.get(),
              { QCoreApplication::translate( "vigie", "Budget %1 k€ per year over %2 years (%3)" )
                    .arg( number( p.retrofit.budgetPerYear / 1000 ) )
                    .arg( p.retrofit.years )
                    .arg( p.retrofit.byCabinet ? QCoreApplication::translate( "vigie", "whole cabinets" )
                                               : QCoreApplication::translate( "vigie", "single luminaires" ) ),
                QCoreApplication::translate( "vigie", "Tariff %1 / %2 €/kWh (peak / off-peak)" )
                    .arg( number( p.energy.peakPrice, 4 ), number( p.energy.offPeakPrice, 4 ) ),
                QCoreApplication::translate( "vigie", "%1 kg CO₂e/kWh; CEE %2 € per luminaire" )
                    .arg( number( p.energy.co2KgPerKwh, 3 ), number( p.retrofit.ceePerLuminaire ) ),
                p.hasSwitchOff() ? QCoreApplication::translate( "vigie", "P-class streets switched off %1-%2" )
                                       .arg( hhmm( p.switchOffStart ), hhmm( p.switchOffEnd ) )
                                 : QCoreApplication::translate( "vigie", "No switch-off window" ) },
              QRectF( 192, 108, 97, 20 ), 0, 7.5 );

    // page 2: charts, plan per year, compliance by class
    addLabel( layout.get(), { QCoreApplication::translate( "vigie", "Energy, savings and plan" ) }, QRectF( 10, 6, 200, 10 ), 1, 14, true );
    const QDir dir( chartDirectory );
    if ( !addChart( layout.get(), lightingcharts::nightPower( analysis ), dir.filePath( QStringLiteral( "night-power.png" ) ),
                    QRectF( 10, 18, 135, 72 ), 1, errorMessage ) ||
         !addChart( layout.get(), lightingcharts::savingsPerYear( analysis ), dir.filePath( QStringLiteral( "savings.png" ) ),
                    QRectF( 152, 18, 135, 72 ), 1, errorMessage ) ||
         !addChart( layout.get(), lightingcharts::investmentVsSavings( analysis ), dir.filePath( QStringLiteral( "investment.png" ) ),
                    QRectF( 10, 93, 135, 72 ), 1, errorMessage ) )
      return nullptr;
    QList<QStringList> planRows;
    for ( const lighting::PlanYear &p : r.plan )
      planRows << QStringList{ QString::number( p.year ),    number( p.units ),          number( p.luminaires ), number( p.cost / 1000 ),
                               number( p.subsidies / 1000 ), number( p.kwhSaved / 1000 ) };
    addTable( layout.get(),
              { QCoreApplication::translate( "vigie", "Year" ),
                analysis.parameters.retrofit.byCabinet ? QCoreApplication::translate( "vigie", "Cabinets" )
                                                       : QCoreApplication::translate( "vigie", "Units" ),
                QCoreApplication::translate( "vigie", "Luminaires" ), QCoreApplication::translate( "vigie", "Cost (k€)" ),
                QCoreApplication::translate( "vigie", "CEE (k€)" ), QCoreApplication::translate( "vigie", "MWh saved/yr" ) },
              planRows, QRectF( 152, 95, 135, 68 ), 1 );
    // compliance by design class
    QMap<QString, QPair<int, int>> byClass; // class -> cells, compliant
    for ( const lighting::ComplianceCell &cell : r.compliance )
    {
      auto &entry = byClass[analysis.classes.value( cell.segment ).design.lightingClass.name()];
      ++entry.first;
      entry.second += cell.compliant ? 1 : 0;
    }
    // transposed (classes as columns) so that up to 18 classes fit the width
    QStringList classHeaders{ QCoreApplication::translate( "vigie", "Design class" ) };
    QStringList cells{ QCoreApplication::translate( "vigie", "Street × band cells" ) },
        compliant{ QCoreApplication::translate( "vigie", "Compliant" ) }, share{ QCoreApplication::translate( "vigie", "Share (%)" ) };
    for ( auto it = byClass.cbegin(); it != byClass.cend(); ++it )
    {
      classHeaders << it.key();
      cells << number( it.value().first );
      compliant << number( it.value().second );
      share << number( it.value().first > 0 ? 100.0 * it.value().second / it.value().first : 100.0, 1 );
    }
    addTable( layout.get(), classHeaders, { cells, compliant, share }, QRectF( 10, 168, 277, 30 ), 1, 7 );
    return layout;
  }

  bool LightingReport::exportPdf( const LightingAnalysis &analysis, QgsProject *project, const QList<QgsMapLayer *> &mapLayers,
                                  const QList<QgsMapLayer *> &legendLayers, const QString &path, int *pageCount, QString *errorMessage )
  {
    if ( !analysis.optimised )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "run the optimisation before exporting the report" );
      return false;
    }
    QTemporaryDir work;
    if ( !work.isValid() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "cannot create a temporary folder: %1" ).arg( work.errorString() );
      return false;
    }
    std::unique_ptr<QgsPrintLayout> layout = createLayout( analysis, project, mapLayers, legendLayers, work.path(), errorMessage );
    if ( !layout )
      return false;
    const QString temporary = work.filePath( QStringLiteral( "report.pdf" ) );
    QgsLayoutExporter exporter( layout.get() );
    QgsLayoutExporter::PdfExportSettings settings;
    settings.dpi = 150;
    settings.rasterizeWholeImage = false;
    const QgsLayoutExporter::ExportResult exported = exporter.exportToPdf( temporary, settings );
    if ( exported != QgsLayoutExporter::Success )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "the print layout could not be exported to PDF (QGIS exporter code %1)" )
                            .arg( static_cast<int>( exported ) );
      return false;
    }
    QFile file( temporary );
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "cannot read the exported PDF %1" ).arg( QDir::toNativeSeparators( temporary ) );
      return false;
    }
    if ( !writeFileAtomically( path, file.readAll(), errorMessage ) )
      return false;
    if ( pageCount )
      *pageCount = layout->pageCollection()->pageCount();
    return true;
  }
} // namespace vigie
