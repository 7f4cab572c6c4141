// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTINGCHARTS_H
#define VIGIE_LIGHTINGCHARTS_H

#include <QImage>
#include <QSize>
#include <QtCharts/QChart>

namespace vigie
{
  struct LightingAnalysis;

#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
  using Chart = QtCharts::QChart;
#else
  using Chart = QChart;
#endif

  /**
   * \brief The lighting charts (Qt Charts), built from a LightingAnalysis for the panel and
   * for the PDF report alike. Each returns a new chart owned by the caller.
   */
  namespace lightingcharts
  {
    //! Total power (kW) in every night band: today at full power and after the plan with dimming.
    Chart *nightPower( const LightingAnalysis &analysis );
    //! € saved per plan year: adaptive dimming of today's luminaires and the LED retrofit converted so far.
    Chart *savingsPerYear( const LightingAnalysis &analysis );
    //! Cumulative net investment against cumulative savings, from the first plan year to the NPV horizon.
    Chart *investmentVsSavings( const LightingAnalysis &analysis );
    //! One street: the class required in every band and the proposed dimming level (%).
    Chart *streetProfile( const LightingAnalysis &analysis, int segment );
    //! Paints \a chart (not in a view) into an image of \a size (PDF report, tests).
    QImage render( Chart *chart, const QSize &size );
  } // namespace lightingcharts
} // namespace vigie

#endif
