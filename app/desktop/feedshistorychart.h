// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDSHISTORYCHART_H
#define VIGIE_FEEDSHISTORYCHART_H

#include "observationstore.h"

#include <QDateTime>
#include <QTimer>
#include <QtCharts/QChartView>

namespace vigie
{
#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
  using FeedsChartView = QtCharts::QChartView;
#else
  using FeedsChartView = QChartView;
#endif

  class FeedsService;

  /**
   * \brief History of one sensor (Qt Charts), zoomable over time: drag a rubber band or turn
   * the wheel to zoom, right click to zoom out. Short ranges (up to rawRangeLimit()) show
   * every raw value; longer ones 15-minute aggregates: a min–max band and the mean. Data
   * come from the FeedsService worker, queried again (off the GUI thread) after each zoom.
   */
  class FeedsHistoryChart : public FeedsChartView
  {
      Q_OBJECT
    public:
      explicit FeedsHistoryChart( FeedsService *service, QWidget *parent = nullptr );

      //! Shows \a sensorId over [from, to) (default: the day before its last value).
      void showSensor( const QString &sensorId, const QDateTime &from = QDateTime(), const QDateTime &to = QDateTime() );
      //! Queries the current range again (after new observations).
      void reload();
      //! Sets the time range (what a rubber band or the wheel do) and queries it.
      void setRange( const QDateTime &from, const QDateTime &to );

      QString sensorId() const { return mSensor; }
      QDateTime from() const { return mFrom; }
      QDateTime to() const { return mTo; }
      //! True when the chart shows 15-minute aggregates, false for raw values.
      bool isAggregated() const { return mAggregated; }
      //! Points of the raw series, or buckets of the aggregate series.
      int pointCount() const { return mPointCount; }
      //! Series on the chart (1 raw; 2 aggregated: band + mean; 0 when empty).
      int seriesCount() const;
      //! Ranges at most this long show raw values (default 3 days).
      qint64 rawRangeLimitSeconds() const { return mRawLimit; }
      void setRawRangeLimitSeconds( qint64 seconds ) { mRawLimit = seconds; }

    Q_SIGNALS:
      //! The data of the current range are on the chart.
      void loaded();

    protected:
      void wheelEvent( QWheelEvent *event ) override;
      void mouseReleaseEvent( QMouseEvent *event ) override;

    private:
      void query();
      void display( int requestId, const QString &sensorId, const QList<feeds::Observation> &raw, const QList<feeds::ObservationAggregate> &aggregates );
      void axisRangeChanged();

      FeedsService *mService = nullptr;
      QString mSensor;
      QDateTime mFrom;
      QDateTime mTo;
      bool mAggregated = false;
      bool mUpdatingAxes = false;
      int mRequest = 0;
      int mPointCount = 0;
      qint64 mRawLimit = 3 * 24 * 3600;
      QTimer mRequery;
  };
} // namespace vigie

#endif
