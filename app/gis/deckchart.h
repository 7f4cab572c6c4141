// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_DECKCHART_H
#define VIGIE_DECKCHART_H

#include "reviewslide.h"
#include "vigie_gis_export.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QLocale>
#include <QSizeF>
#include <QString>

class QPainter;

namespace vigie
{
  //! Colours and type of a deck chart (follow the deck's theme and language).
  struct VIGIE_GIS_EXPORT DeckChartStyle
  {
    QColor background = Qt::transparent;
    QColor text = QColor( 29, 36, 51 );
    QColor axis = QColor( 91, 100, 117 );
    QColor grid = QColor( 208, 213, 221 );
    QList<QColor> palette; //!< series colours; empty: the default palette
    QString fontFamily = QStringLiteral( "DejaVu Sans" );
    double fontPt = 14; //!< ticks, legend and axis labels; the title is 1.3 times larger
    QLocale locale;     //!< number format of the tick and value labels
    QString noDataText = QStringLiteral( "No data" );
  };

  /**
   * \brief Draws a review chart (bars, stacked bars, lines with axes and legend) as an SVG
   * document with QSvgGenerator and QPainter, from the chart's numbers only. The layout puts
   * it in a QgsLayoutItemPicture, so the PDF keeps it as vector paths and text.
   */
  class VIGIE_GIS_EXPORT DeckChart
  {
  public:
    //! The default series colours (colour-blind safe, readable on light and dark pages).
    static QList<QColor> defaultPalette();

    /**
     * SVG of \a chart drawn for a picture of \a sizeMm millimetres: 1 SVG unit = 0.1 mm, text in
     * points at that physical size. A chart without any point shows style.noDataText.
     */
    static QByteArray svg( const review::Chart &chart, const QSizeF &sizeMm, const DeckChartStyle &style );

    /**
     * Draws \a chart on \a painter in chart units (0.1 mm: the chart spans sizeMm x 10 units; the caller
     * scales the painter), text as text: a PDF painter keeps the labels searchable. svg() draws the same.
     */
    static void paint( QPainter *painter, const review::Chart &chart, const QSizeF &sizeMm, const DeckChartStyle &style );
    //! Chart units per millimetre for paint().
    static double unitsPerMm();

    //! Round tick step for a range of \a span shown with about \a ticks intervals.
    static double niceStep( double span, int ticks = 5 );
  };
} // namespace vigie

#endif
