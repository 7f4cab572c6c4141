// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTINGSYMBOLOGY_H
#define VIGIE_LIGHTINGSYMBOLOGY_H

#include "vigie_gis_export.h"

#include <QList>
#include <QString>
#include <QStringList>

class QgsCategorizedSymbolRenderer;
class QgsGraduatedSymbolRenderer;
class QgsLineSymbol;
class QgsMarkerSymbol;

namespace vigie
{
  /**
   * \brief The street-lighting symbology shared by the lighting panel's map and the review deck's
   * lighting maps (MapView::styleHint "lighting:*"), so that a class or a power has the same colour
   * on the control-room screen and on the slide.
   */
  class VIGIE_GIS_EXPORT LightingSymbology
  {
  public:
    //! Round-capped line symbol of \a colour ("#rrggbb" or "#rrggbbaa") and \a width mm.
    static QgsLineSymbol *line( const QString &colour, double width );
    //! Circle marker of \a colour and \a size mm, with a thin dark outline unless \a outline is false.
    static QgsMarkerSymbol *marker( const QString &colour, double size, bool outline = true );

    //! Colour of an EN 13201 class: better-lit classes warmer (M red to blue, C purple to green, P brown to teal).
    static QString classColour( const QString &name );
    //! EN 13201 class names in the order of the standard: M1..M6, C0..C5, P1..P6.
    static QStringList sortedClasses( QStringList names );
    //! Streets categorized by the class in \a field, one category per name of \a names (sorted), lines of \a width mm.
    static QgsCategorizedSymbolRenderer *classRenderer( const QString &field, const QStringList &names, double width );
    //! Every feature with one faint marker (luminaires under the class map), labelled \a label.
    static QgsCategorizedSymbolRenderer *faintPointRenderer( const QString &label );
    //! Every feature with one light-grey line (streets under the power maps), labelled \a label.
    static QgsCategorizedSymbolRenderer *greyLineRenderer( const QString &label, double width = 0.4 );

    //! Bounds (W) of the power classes: up to 60, 60-120, 120-180, 180-300, over 300.
    static QList<double> powerBounds();
    /**
     * Luminaires graduated by the power (W) in \a field, green (low) to red (high), markers of \a size mm;
     * \a labels: one per class of powerBounds() (the caller's language).
     */
    static QgsGraduatedSymbolRenderer *powerRenderer( const QString &field, const QStringList &labels, double size );
  };
} // namespace vigie

#endif
