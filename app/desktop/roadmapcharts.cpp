// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadmapcharts.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <cmath>
#include <limits>

#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
QT_CHARTS_USE_NAMESPACE
#endif

namespace vigie
{
  using namespace vigie::roadmap;

  namespace
  {
    QChart *newChart( const QString &title )
    {
      QChart *chart = new QChart;
      chart->setTitle( title );
      chart->setAnimationOptions( QChart::NoAnimation );
      chart->legend()->setAlignment( Qt::AlignBottom );
      chart->setMargins( QMargins( 4, 4, 4, 4 ) );
      return chart;
    }
  } // namespace

  RoadmapBudgetChart::RoadmapBudgetChart( QWidget *parent )
      : ChartView( newChart( tr( "Capex per year against the cap (M€)" ) ), parent )
  {
    setRenderHint( QPainter::Antialiasing );
    setMinimumHeight( 220 );
  }

  void RoadmapBudgetChart::setBudgets( const QList<YearBudget> &years )
  {
    mYears.clear();
    mCommitted.clear();
    mPlanned.clear();
    mCaps.clear();
    QChart *c = chart();
    c->removeAllSeries();
    for ( QAbstractAxis *axis : c->axes() )
    {
      c->removeAxis( axis );
      delete axis;
    }
    QBarSet *committed = new QBarSet( tr( "Committed" ) );
    QBarSet *planned = new QBarSet( tr( "Planned" ) );
    committed->setColor( QColor( 0x4e, 0x79, 0xa7 ) );
    planned->setColor( QColor( 0xa0, 0xcb, 0xe8 ) );
    QLineSeries *capLine = new QLineSeries;
    capLine->setName( tr( "Cap" ) );
    capLine->setPen( QPen( QColor( 0xd0, 0x10, 0x10 ), 2.5 ) );
    capLine->setPointsVisible( true );
    QStringList categories;
    double maximum = 0;
    for ( int i = 0; i < years.size(); ++i )
    {
      const YearBudget &y = years.at( i );
      mYears << y.year;
      mCommitted << y.committed;
      mPlanned << y.planned;
      mCaps << ( y.capped ? y.cap : -1 );
      categories << QString::number( y.year );
      *committed << y.committed / 1e6;
      *planned << y.planned / 1e6;
      if ( y.capped )
        capLine->append( i, y.cap / 1e6 );
      maximum = std::max( { maximum, ( y.committed + y.planned ) / 1e6, y.capped ? y.cap / 1e6 : 0.0 } );
    }
    QStackedBarSeries *bars = new QStackedBarSeries;
    bars->append( committed );
    bars->append( planned );
    c->addSeries( bars );
    c->addSeries( capLine );
    QBarCategoryAxis *x = new QBarCategoryAxis;
    x->append( categories );
    QValueAxis *y = new QValueAxis;
    y->setRange( 0, std::max( 1.0, std::ceil( maximum * 1.1 ) ) );
    y->setLabelFormat( QStringLiteral( "%.0f" ) );
    c->addAxis( x, Qt::AlignBottom );
    c->addAxis( y, Qt::AlignLeft );
    for ( QAbstractSeries *series : { static_cast<QAbstractSeries *>( bars ), static_cast<QAbstractSeries *>( capLine ) } )
    {
      series->attachAxis( x );
      series->attachAxis( y );
    }
  }

  RoadmapMatrixChart::RoadmapMatrixChart( QWidget *parent )
      : ChartView( newChart( tr( "Impact / effort matrix" ) ), parent )
  {
    setRenderHint( QPainter::Antialiasing );
    setMinimumHeight( 240 );
  }

  void RoadmapMatrixChart::setRanking( const QList<RankedProject> &ranking, const Roadmap &roadmap, const MatrixOptions &options )
  {
    Q_UNUSED( roadmap )
    mClasses.clear();
    QChart *c = chart();
    c->removeAllSeries();
    for ( QAbstractAxis *axis : c->axes() )
    {
      c->removeAxis( axis );
      delete axis;
    }
    const QList<MatrixClass> classes = { MatrixClass::QuickWin, MatrixClass::Structural, MatrixClass::FillIn, MatrixClass::Questionable };
    const QList<QColor> colours = { QColor( 0x2c, 0xa0, 0x2c ), QColor( 0x1f, 0x77, 0xb4 ), QColor( 0x99, 0x99, 0x99 ), QColor( 0xd6, 0x27, 0x28 ) };
    QValueAxis *x = new QValueAxis;
    x->setRange( 0, 1 );
    x->setTitleText( tr( "Effort (cost and duration, 0-1)" ) );
    QValueAxis *y = new QValueAxis;
    y->setRange( 0, 10 );
    y->setTitleText( tr( "Impact (0-10)" ) );
    c->addAxis( x, Qt::AlignBottom );
    c->addAxis( y, Qt::AlignLeft );
    for ( int i = 0; i < classes.size(); ++i )
    {
      QScatterSeries *series = new QScatterSeries;
      series->setName( matrixClassDisplayName( classes.at( i ) ) );
      series->setColor( colours.at( i ) );
      series->setMarkerSize( 9 );
      for ( const RankedProject &r : ranking )
        if ( r.matrixClass == classes.at( i ) )
        {
          series->append( r.effort, r.impact.raw );
          mClasses[int( classes.at( i ) )].append( r.id );
        }
      c->addSeries( series );
      series->attachAxis( x );
      series->attachAxis( y );
    }
    // quadrant lines
    QLineSeries *vertical = new QLineSeries;
    vertical->append( options.effortThreshold, 0 );
    vertical->append( options.effortThreshold, 10 );
    QLineSeries *horizontal = new QLineSeries;
    horizontal->append( 0, options.impactThreshold );
    horizontal->append( 1, options.impactThreshold );
    for ( QLineSeries *line : { vertical, horizontal } )
    {
      line->setPen( QPen( Qt::gray, 1, Qt::DashLine ) );
      c->addSeries( line );
      line->attachAxis( x );
      line->attachAxis( y );
      c->legend()->markers( line ).value( 0 )->setVisible( false );
    }
  }

  RoadmapKpiChart::RoadmapKpiChart( QWidget *parent )
      : ChartView( newChart( tr( "KPI tracking: measured vs target" ) ), parent )
  {
    setRenderHint( QPainter::Antialiasing );
    setMinimumHeight( 200 );
  }

  void RoadmapKpiChart::setProject( const Project *project, const QMap<QString, double> &actuals )
  {
    mPercentages.clear();
    QChart *c = chart();
    c->removeAllSeries();
    for ( QAbstractAxis *axis : c->axes() )
    {
      c->removeAxis( axis );
      delete axis;
    }
    c->setTitle( project ? tr( "KPI tracking: %1" ).arg( project->title ) : tr( "KPI tracking: select a project" ) );
    if ( !project || project->benefits.isEmpty() )
      return;
    QBarSet *target = new QBarSet( tr( "Target (100 %)" ) );
    QBarSet *measured = new QBarSet( tr( "Measured" ) );
    target->setColor( QColor( 0xcc, 0xcc, 0xcc ) );
    measured->setColor( QColor( 0x2c, 0xa0, 0x2c ) );
    QStringList categories;
    double maximum = 100;
    for ( const Benefit &b : project->benefits )
    {
      const bool known = actuals.contains( b.kpi );
      const double actual = actuals.value( b.kpi );
      const double percent = known && b.target != 0 ? 100.0 * actual / b.target : std::numeric_limits<double>::quiet_NaN();
      mPercentages << percent;
      *target << 100;
      *measured << ( std::isnan( percent ) ? 0 : percent );
      maximum = std::max( maximum, std::isnan( percent ) ? 0 : percent );
      categories << ( known ? tr( "%1: %2 / %3 %4" ).arg( b.kpi ).arg( actual ).arg( b.target ).arg( b.unit )
                            : tr( "%1: not measured / %2 %3" ).arg( b.kpi ).arg( b.target ).arg( b.unit ) );
    }
    QHorizontalBarSeries *series = new QHorizontalBarSeries;
    series->append( target );
    series->append( measured );
    c->addSeries( series );
    QBarCategoryAxis *y = new QBarCategoryAxis;
    y->append( categories );
    QValueAxis *x = new QValueAxis;
    x->setRange( 0, std::ceil( maximum / 25.0 ) * 25 );
    x->setLabelFormat( QStringLiteral( "%.0f %%" ) );
    c->addAxis( y, Qt::AlignLeft );
    c->addAxis( x, Qt::AlignBottom );
    series->attachAxis( x );
    series->attachAxis( y );
  }
} // namespace vigie
