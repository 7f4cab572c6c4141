// SPDX-License-Identifier: GPL-2.0-or-later
#include "lightingcharts.h"

#include "lightinganalysis.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
using namespace QtCharts;
#endif

namespace vigie::lightingcharts
{
  namespace
  {

    Chart *newChart( const QString &title )
    {
      Chart *chart = new Chart();
      chart->setTitle( title );
      QFont font = chart->titleFont();
      font.setBold( true );
      font.setPointSizeF( 10 );
      chart->setTitleFont( font );
      chart->legend()->setAlignment( Qt::AlignBottom );
      chart->setMargins( QMargins( 4, 4, 4, 4 ) );
      chart->setBackgroundRoundness( 0 );
      return chart;
    }

    //! Hour of the band start ("22:00-23:00" → "22h"): short labels that stay readable.
    QStringList bandLabels( const LightingAnalysis &analysis )
    {
      QStringList labels;
      for ( const lighting::TimeBand &b : analysis.bands )
        labels << b.label().section( QLatin1Char( '-' ), 0, 0 );
      return labels;
    }

    QValueAxis *valueAxis( const QString &title, double max, const QString &format = QStringLiteral( "%.0f" ) )
    {
      QValueAxis *axis = new QValueAxis();
      axis->setTitleText( title );
      axis->setRange( 0, max > 0 ? max * 1.1 : 1 );
      axis->setLabelFormat( format );
      axis->applyNiceNumbers();
      return axis;
    }

    QBarCategoryAxis *categoryAxis( const QStringList &labels )
    {
      QBarCategoryAxis *axis = new QBarCategoryAxis();
      axis->append( labels );
      if ( labels.size() > 8 )
        axis->setLabelsAngle( -90 );
      QFont font = axis->labelsFont();
      font.setPointSizeF( 7.5 );
      axis->setLabelsFont( font );
      return axis;
    }
  } // namespace

  Chart *nightPower( const LightingAnalysis &analysis )
  {
    Chart *chart = newChart( QCoreApplication::translate( "vigie::lightingcharts", "Power over the night (kW)" ) );
    QBarSet *before = new QBarSet( QCoreApplication::translate( "vigie::lightingcharts", "Today, full power" ) );
    QBarSet *after =
        new QBarSet( analysis.optimised ? QCoreApplication::translate( "vigie::lightingcharts", "After the plan, dimmed" )
                                        : QCoreApplication::translate( "vigie::lightingcharts", "After the plan (not optimised yet)" ) );
    before->setColor( QColor( QStringLiteral( "#f4a261" ) ) );
    after->setColor( QColor( QStringLiteral( "#2a9d8f" ) ) );
    const QVector<double> b = analysis.bandPowerBeforeKw(), a = analysis.bandPowerAfterKw();
    double max = 0;
    for ( int i = 0; i < b.size(); ++i )
    {
      *before << b.at( i );
      *after << a.at( i );
      max = std::max( { max, b.at( i ), a.at( i ) } );
    }
    QBarSeries *series = new QBarSeries();
    series->append( before );
    series->append( after );
    chart->addSeries( series );
    QBarCategoryAxis *x = categoryAxis( bandLabels( analysis ) );
    QValueAxis *y = valueAxis( QCoreApplication::translate( "vigie::lightingcharts", "kW" ), max );
    chart->addAxis( x, Qt::AlignBottom );
    chart->addAxis( y, Qt::AlignLeft );
    series->attachAxis( x );
    series->attachAxis( y );
    return chart;
  }

  Chart *savingsPerYear( const LightingAnalysis &analysis )
  {
    Chart *chart = newChart( QCoreApplication::translate( "vigie::lightingcharts", "Savings per year (€)" ) );
    QBarSet *dimming = new QBarSet( QCoreApplication::translate( "vigie::lightingcharts", "Adaptive dimming" ) );
    QBarSet *retrofit = new QBarSet( QCoreApplication::translate( "vigie::lightingcharts", "LED retrofit so far" ) );
    dimming->setColor( QColor( QStringLiteral( "#8ab17d" ) ) );
    retrofit->setColor( QColor( QStringLiteral( "#287271" ) ) );
    QStringList years;
    double max = 0;
    if ( analysis.optimised )
    {
      const double dimmingSaving = analysis.result.baseline.eur - analysis.result.dimmingOnly.eur;
      for ( int y = 0; y < analysis.result.plan.size(); ++y )
      {
        years << QString::number( analysis.result.plan.at( y ).year );
        const double total = analysis.yearlySavingEur( y );
        *dimming << dimmingSaving;
        *retrofit << total - dimmingSaving;
        max = std::max( max, total );
      }
      if ( analysis.result.plan.isEmpty() )
      {
        years << QString::number( analysis.parameters.energy.year );
        *dimming << dimmingSaving;
        *retrofit << 0.0;
        max = dimmingSaving;
      }
    }
    QStackedBarSeries *series = new QStackedBarSeries();
    series->append( dimming );
    series->append( retrofit );
    chart->addSeries( series );
    QBarCategoryAxis *x = categoryAxis( years );
    QValueAxis *y = valueAxis( QCoreApplication::translate( "vigie::lightingcharts", "€ per year" ), max );
    chart->addAxis( x, Qt::AlignBottom );
    chart->addAxis( y, Qt::AlignLeft );
    series->attachAxis( x );
    series->attachAxis( y );
    return chart;
  }

  Chart *investmentVsSavings( const LightingAnalysis &analysis )
  {
    Chart *chart = newChart( QCoreApplication::translate( "vigie::lightingcharts", "Investment vs cumulative savings (k€)" ) );
    QLineSeries *investment = new QLineSeries();
    investment->setName( QCoreApplication::translate( "vigie::lightingcharts", "Net investment (after CEE)" ) );
    QLineSeries *savings = new QLineSeries();
    savings->setName( QCoreApplication::translate( "vigie::lightingcharts", "Cumulative savings" ) );
    investment->setColor( QColor( QStringLiteral( "#e76f51" ) ) );
    savings->setColor( QColor( QStringLiteral( "#2a9d8f" ) ) );
    QPen pen = investment->pen();
    pen.setWidthF( 2.5 );
    investment->setPen( pen );
    pen.setColor( savings->color() );
    savings->setPen( pen );
    double max = 0;
    const int first = analysis.parameters.energy.year;
    int last = first;
    if ( analysis.optimised && !analysis.result.cashFlow.isEmpty() )
    {
      // the module's curve: cumulative sums at the end of each year
      investment->append( first, 0 );
      savings->append( first, 0 );
      for ( const lighting::CashFlowYear &c : analysis.result.cashFlow )
      {
        investment->append( c.year + 1, c.netInvestment / 1000.0 );
        savings->append( c.year + 1, c.savings / 1000.0 );
        max = std::max( { max, c.netInvestment / 1000.0, c.savings / 1000.0 } );
        last = c.year + 1;
      }
    }
    chart->addSeries( investment );
    chart->addSeries( savings );
    QValueAxis *x = new QValueAxis();
    x->setRange( first, std::max( last, first + 1 ) );
    x->setLabelFormat( QStringLiteral( "%d" ) );
    x->setTickCount( std::min( 11, std::max( 2, last - first + 1 ) ) );
    QValueAxis *y = valueAxis( QCoreApplication::translate( "vigie::lightingcharts", "k€" ), max );
    chart->addAxis( x, Qt::AlignBottom );
    chart->addAxis( y, Qt::AlignLeft );
    for ( QLineSeries *s : { investment, savings } )
    {
      s->attachAxis( x );
      s->attachAxis( y );
    }
    return chart;
  }

  Chart *streetProfile( const LightingAnalysis &analysis, int segment )
  {
    const bool valid = segment >= 0 && segment < analysis.inventory.segments.size();
    const QString name = valid
                             ? ( analysis.inventory.segments.at( segment ).name.isEmpty() ? analysis.inventory.segments.at( segment ).id
                                                                                          : analysis.inventory.segments.at( segment ).name )
                             : QString();
    Chart *chart =
        newChart( valid ? QCoreApplication::translate( "vigie::lightingcharts", "%1: class and dimming level by band" ).arg( name )
                        : QCoreApplication::translate( "vigie::lightingcharts", "Select a street" ) );
    QBarSet *level = new QBarSet( QCoreApplication::translate( "vigie::lightingcharts", "Proposed level (%)" ) );
    level->setColor( QColor( QStringLiteral( "#e9c46a" ) ) );
    QStringList labels;
    if ( valid )
    {
      for ( int b = 0; b < analysis.bands.size(); ++b )
      {
        const lighting::TimeBand &band = analysis.bands.at( b );
        const QString required = band.switchOff && analysis.classes.at( segment ).design.lightingClass.family == lighting::ClassFamily::P
                                     ? QCoreApplication::translate( "vigie::lightingcharts", "off" )
                                     : analysis.classes.at( segment ).bandClass.value( b ).name();
        labels << QStringLiteral( "%1 %2" ).arg( band.label().section( QLatin1Char( '-' ), 0, 0 ), required );
        *level << 100.0 * analysis.streetLevel( segment, b );
      }
    }
    QBarSeries *series = new QBarSeries();
    series->append( level );
    // value labels only when they fit above narrow bars
    series->setLabelsVisible( labels.size() <= 8 );
    series->setLabelsFormat( QStringLiteral( "@value" ) );
    series->setLabelsPrecision( 3 );
    chart->addSeries( series );
    chart->legend()->hide();
    QBarCategoryAxis *x = categoryAxis( labels );
    x->setTitleText( QCoreApplication::translate( "vigie::lightingcharts", "band start and class required" ) );
    QValueAxis *y = new QValueAxis();
    y->setRange( 0, 100 );
    y->setTitleText( QCoreApplication::translate( "vigie::lightingcharts", "level (%)" ) );
    y->setLabelFormat( QStringLiteral( "%.0f" ) );
    chart->addAxis( x, Qt::AlignBottom );
    chart->addAxis( y, Qt::AlignLeft );
    series->attachAxis( x );
    series->attachAxis( y );
    return chart;
  }

  QImage render( Chart *chart, const QSize &size )
  {
    QImage image( size, QImage::Format_ARGB32_Premultiplied );
    image.fill( Qt::white );
    QGraphicsScene scene;
    scene.addItem( chart );
    chart->setGeometry( QRectF( QPointF( 0, 0 ), QSizeF( size ) ) );
    chart->setAnimationOptions( Chart::NoAnimation );
    scene.setSceneRect( QRectF( QPointF( 0, 0 ), QSizeF( size ) ) );
    {
      QPainter painter( &image );
      painter.setRenderHint( QPainter::Antialiasing );
      scene.render( &painter, QRectF( QPointF( 0, 0 ), QSizeF( size ) ), scene.sceneRect() );
    }
    scene.removeItem( chart );
    return image;
  }
} // namespace vigie::lightingcharts
