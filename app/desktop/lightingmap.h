// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTINGMAP_H
#define VIGIE_LIGHTINGMAP_H

#include <QString>

class QgsCoordinateReferenceSystem;
class QgsVectorLayer;

namespace vigie
{
  struct LightingAnalysis;

  /**
   * \brief The lighting analysis on the map: two memory layers built from the module's
   * inventory and result (lit streets with their EN 13201 class and proposed dimming
   * profile, luminaires with power, technology, night-mean level and retrofit year) and the
   * QGIS renderers that show them by class, power, technology or dimming. Memory layers,
   * so the territory's own layers and styles are never changed.
   */
  class LightingMap
  {
  public:
    enum class Style
    {
      Class,      //!< streets categorized by EN 13201 design class
      Power,      //!< luminaires graduated by system power (W)
      Technology, //!< luminaires categorized by lamp technology
      Dimming     //!< luminaires graduated by proposed night-mean level, streets by profile
    };

    static QString styleName( Style style );

    //! Line layer "Lighting classes": one feature per lit street (fields street_id, name, class, family, luminaires, explanation, profile,
    //! mean_level).
    static QgsVectorLayer *createStreetLayer( const LightingAnalysis &analysis, const QgsCoordinateReferenceSystem &crs );
    //! Point layer "Luminaires (analysis)": fields support_id, technology, power_w, system_w, dimmable, cabinet, street_id, class,
    //! mean_level, retrofit_year.
    static QgsVectorLayer *createLuminaireLayer( const LightingAnalysis &analysis, const QgsCoordinateReferenceSystem &crs );
    //! Refreshes the analysis fields (profile, levels, retrofit year) after an optimisation.
    static void updateResults( const LightingAnalysis &analysis, QgsVectorLayer *streets, QgsVectorLayer *luminaires );

    /**
     * Sets the renderers of both layers for \a style and which of the two is visible in the
     * legend sense: the street layer carries Class (and Dimming as a thin profile), the
     * luminaire layer Power, Technology and Dimming.
     */
    static void applyStyle( Style style, QgsVectorLayer *streets, QgsVectorLayer *luminaires );
  };
} // namespace vigie

#endif
