// SPDX-License-Identifier: GPL-2.0-or-later
#include "feedshistorychart.h"

#include "feedsservice.h"
#include "livelayer.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
using namespace QtCharts;
#endif

namespace vigie
{
  FeedsHistoryChart::FeedsHistoryChart( FeedsService *service, QWidget *parent )
    : FeedsChartView( parent )
    , mService( service )
  {
    QChart *c = new QChart;
    c->legend()->setAlignment( Qt::AlignBottom );
    c->setMargins( QMargins( 4, 4, 4, 4 ) );
    c->setTitle( tr( "Select a sensor or an alarm to see its history" ) );
    setChart( c );
    setRenderHint( QPainter::Antialiasing );
    setRubberBand( QChartView::HorizontalRubberBand );
    setMinimumHeight( 180 );
    mRequery.setSingleShot( true );
    mRequery.setInterval( 150 );
    connect( &mRequery, &QTimer::timeout, this, &FeedsHistoryChart::query );
    connect( mService, &FeedsService::historyReady, this, &FeedsHistoryChart::display );
    connect( mService, &FeedsService::closed, this, [this] {
      mSensor.clear();
      chart()->removeAllSeries();
      chart()->setTitle( tr( "Select a sensor or an alarm to see its history" ) );
    } );
  }

  void FeedsHistoryChart::showSensor( const QString &sensorId, const QDateTime &from, const QDateTime &to )
  {
    mSensor = sensorId;
    QDateTime end = to;
    if ( !end.isValid() )
    {
      const feeds::SensorInfo info = mService->sensors().value( sensorId );
      end = info.lastTime.isValid() ? info.lastTime.addSecs( 60 ) : QDateTime::currentDateTimeUtc();
    }
    const QDateTime start = from.isValid() ? from : end.addDays( -1 );
    setRange( start, end );
  }

  void FeedsHistoryChart::setRange( const QDateTime &from, const QDateTime &to )
  {
    if ( !from.isValid() || !to.isValid() || to <= from )
      return;
    mFrom = from.toUTC();
    mTo = to.toUTC();
    mRequery.stop();
    query();
  }

  void FeedsHistoryChart::reload()
  {
    if ( !mSensor.isEmpty() )
      query();
  }

  int FeedsHistoryChart::seriesCount() const
  {
    return static_cast<int>( chart()->series().size() );
  }

  void FeedsHistoryChart::query()
  {
    if ( mSensor.isEmpty() )
      return;
    mAggregated = mFrom.secsTo( mTo ) > mRawLimit;
    mService->requestHistory( ++mRequest, mSensor, mFrom, mTo, mAggregated );
  }

  void FeedsHistoryChart::display( int requestId, const QString &sensorId, const QList<feeds::Observation> &raw,
                                   const QList<feeds::ObservationAggregate> &aggregates )
  {
    if ( requestId != mRequest || sensorId != mSensor )
      return; // an older answer
    mUpdatingAxes = true;
    QChart *c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis *> axes = c->axes();
    for ( QAbstractAxis *axis : axes )
    {
      c->removeAxis( axis );
      delete axis;
    }

    const feeds::SensorInfo info = mService->sensors().value( sensorId );
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    QList<QAbstractSeries *> added;
    const QColor color = LiveLayer::stateColor( feeds::SensorState::Ok );
    if ( !mAggregated )
    {
      QLineSeries *series = new QLineSeries;
      series->setName( tr( "Values" ) );
      QVector<QPointF> points;
      points.reserve( static_cast<int>( raw.size() ) );
      for ( const feeds::Observation &o : raw )
      {
        points << QPointF( static_cast<double>( o.time.toMSecsSinceEpoch() ), o.value );
        low = std::min( low, o.value );
        high = std::max( high, o.value );
      }
      series->replace( points );
      series->setPen( QPen( color, 1.6 ) );
      mPointCount = static_cast<int>( points.size() );
      c->addSeries( series );
      added << series;
    }
    else
    {
      QLineSeries *upper = new QLineSeries;
      QLineSeries *lower = new QLineSeries;
      QLineSeries *mean = new QLineSeries;
      QVector<QPointF> up, down, middle;
      for ( const feeds::ObservationAggregate &a : aggregates )
      {
        const double t = static_cast<double>( a.start.toMSecsSinceEpoch() + 7 * 60 * 1000 + 30 * 1000 );
        up << QPointF( t, a.maximum );
        down << QPointF( t, a.minimum );
        middle << QPointF( t, a.mean );
        low = std::min( low, a.minimum );
        high = std::max( high, a.maximum );
      }
      upper->replace( up );
      lower->replace( down );
      mean->replace( middle );
      QAreaSeries *band = new QAreaSeries( upper, lower );
      band->setName( tr( "Min – max (15 min)" ) );
      QColor fill = color;
      fill.setAlpha( 70 );
      band->setBrush( fill );
      band->setPen( Qt::NoPen );
      mean->setName( tr( "Mean (15 min)" ) );
      mean->setPen( QPen( color.darker( 120 ), 1.4 ) );
      mPointCount = static_cast<int>( middle.size() );
      c->addSeries( band );
      c->addSeries( mean );
      added << band << mean;
    }

    QDateTimeAxis *x = new QDateTimeAxis;
    x->setFormat( mFrom.secsTo( mTo ) > 2 * 24 * 3600 ? QStringLiteral( "dd/MM" ) : QStringLiteral( "dd/MM HH:mm" ) );
    x->setTickCount( 6 );
    x->setRange( mFrom.toLocalTime(), mTo.toLocalTime() );
    QValueAxis *y = new QValueAxis;
    if ( low > high )
    {
      low = 0;
      high = 1;
    }
    const double margin = high > low ? ( high - low ) * 0.08 : std::max( 1.0, std::abs( high ) * 0.1 );
    y->setRange( low - margin, high + margin );
    y->setTitleText( info.unit );
    y->applyNiceNumbers();
    c->addAxis( x, Qt::AlignBottom );
    c->addAxis( y, Qt::AlignLeft );
    for ( QAbstractSeries *series : std::as_const( added ) )
    {
      series->attachAxis( x );
      series->attachAxis( y );
    }
    connect( x, &QDateTimeAxis::rangeChanged, this, &FeedsHistoryChart::axisRangeChanged );
    c->setTitle( mAggregated ? tr( "%1 — 15-minute aggregates (%n bucket(s))", nullptr, mPointCount ).arg( sensorId )
                             : tr( "%1 — raw values (%n value(s))", nullptr, mPointCount ).arg( sensorId ) );
    mUpdatingAxes = false;
    Q_EMIT loaded();
  }

  void FeedsHistoryChart::axisRangeChanged()
  {
    if ( mUpdatingAxes )
      return;
    const QList<QAbstractAxis *> axes = chart()->axes( Qt::Horizontal );
    QDateTimeAxis *x = axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis *>( axes.first() );
    if ( !x || x->min() >= x->max() )
      return;
    mFrom = x->min().toUTC();
    mTo = x->max().toUTC();
    mRequery.start(); // once the zoom settles
  }

  void FeedsHistoryChart::wheelEvent( QWheelEvent *event )
  {
    if ( mSensor.isEmpty() || !mFrom.isValid() )
      return FeedsChartView::wheelEvent( event );
    const double factor = event->angleDelta().y() > 0 ? 0.75 : 1.0 / 0.75;
    // zoom around the time under the cursor
    const QRectF plot = chart()->plotArea();
#if QT_VERSION >= QT_VERSION_CHECK( 5, 14, 0 )
    const double xPixel = event->position().x();
#else
    const double xPixel = event->pos().x();
#endif
    const double ratio = plot.width() > 0 ? std::clamp( ( xPixel - plot.left() ) / plot.width(), 0.0, 1.0 ) : 0.5;
    const double from = static_cast<double>( mFrom.toMSecsSinceEpoch() );
    const double to = static_cast<double>( mTo.toMSecsSinceEpoch() );
    const double pivot = from + ( to - from ) * ratio;
    const double span = std::max( 60000.0, ( to - from ) * factor );
    const qint64 newFrom = static_cast<qint64>( pivot - span * ratio );
    setRange( QDateTime::fromMSecsSinceEpoch( newFrom, Qt::UTC ), QDateTime::fromMSecsSinceEpoch( newFrom + static_cast<qint64>( span ), Qt::UTC ) );
    event->accept();
  }

  void FeedsHistoryChart::mouseReleaseEvent( QMouseEvent *event )
  {
    // the rubber band and the right-click zoom out change the axis range: axisRangeChanged() queries it
    FeedsChartView::mouseReleaseEvent( event );
  }
} // namespace vigie
