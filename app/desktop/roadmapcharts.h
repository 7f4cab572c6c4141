// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAPCHARTS_H
#define VIGIE_ROADMAPCHARTS_H

#include "prioritisation.h"
#include "roadmap.h"
#include "scheduling.h"

#include <QtCharts/QChartView>
#include <QList>
#include <QMap>
#include <QPointF>

namespace vigie
{
#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
  using ChartView = QtCharts::QChartView;
#else
  using ChartView = QChartView;
#endif

  /**
   * \brief Capex per year, committed and planned stacked, against the year's cap (a line).
   */
  class RoadmapBudgetChart : public ChartView
  {
      Q_OBJECT
    public:
      explicit RoadmapBudgetChart( QWidget *parent = nullptr );
      void setBudgets( const QList<roadmap::YearBudget> &years );

      //! What is drawn, in euros, year by year (for tests and the PDF check).
      QList<int> years() const { return mYears; }
      QList<double> committedValues() const { return mCommitted; }
      QList<double> plannedValues() const { return mPlanned; }
      QList<double> capValues() const { return mCaps; } //!< -1 for a year without a cap

    private:
      QList<int> mYears;
      QList<double> mCommitted;
      QList<double> mPlanned;
      QList<double> mCaps;
  };

  /**
   * \brief The impact/effort matrix: one point per ranked project (x effort 0..1, y impact
   * 0..10), one series per quadrant, the quadrant lines at the ranking's thresholds.
   */
  class RoadmapMatrixChart : public ChartView
  {
      Q_OBJECT
    public:
      explicit RoadmapMatrixChart( QWidget *parent = nullptr );
      void setRanking( const QList<roadmap::RankedProject> &ranking, const roadmap::Roadmap &roadmap,
                       const roadmap::MatrixOptions &options = roadmap::MatrixOptions() );
      //! Project ids drawn in quadrant \a matrixClass.
      QStringList projectsOf( roadmap::MatrixClass matrixClass ) const { return mClasses.value( int( matrixClass ) ); }

    private:
      QMap<int, QStringList> mClasses;
  };

  /**
   * \brief KPI tracking of one project: for each KPI, the measured value as a percentage of the
   * target (100 % line), labelled with both values and the unit.
   */
  class RoadmapKpiChart : public ChartView
  {
      Q_OBJECT
    public:
      explicit RoadmapKpiChart( QWidget *parent = nullptr );
      void setProject( const roadmap::Project *project, const QMap<QString, double> &actuals );
      //! Percent of target per KPI drawn (NaN when not measured).
      QList<double> percentages() const { return mPercentages; }

    private:
      QList<double> mPercentages;
  };
} // namespace vigie

#endif
