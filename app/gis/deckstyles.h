// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_DECKSTYLES_H
#define VIGIE_DECKSTYLES_H

#include "reviewslide.h"
#include "vigie_gis_export.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QgsMapLayer;

namespace vigie
{
  //! What a map item of the deck draws for a MapView::styleHint: restyled clones and the layers left as they are.
  struct StyledMap
  {
    QList<QgsMapLayer *> layers;                     //!< top first: what the map item draws
    QList<QgsMapLayer *> legendLayers;               //!< whose symbology the slide's legend shows
    QString legendTitle;                             //!< in the deck's language
    std::vector<std::unique_ptr<QgsMapLayer>> owned; //!< the clones, alive as long as the map item
  };

  /**
   * \brief The deck's map styles for MapView::styleHint: each hint gives styled clones of the
   * territory layers (memory layers or clones, never the project's own layers nor their styles)
   * with a graduated or categorized renderer and a legend:
   * - "lighting:power-before" / "lighting:power-after": luminaires graduated by their mean power over
   *   the night (W) today at full power, and after the LED retrofit plan with adaptive dimming
   *   (lighting::optimise() with the defaults of `vigie-cli lighting optimise`, as the lighting slides);
   * - "lighting:class": lit streets categorized by their EN 13201 design class;
   * - "water:network": pipes graduated by diameter (the water style), junctions as small points.
   * The lighting figures come from modules/lighting, computed once per territory file and kept.
   */
  class VIGIE_GIS_EXPORT DeckStyles
  {
  public:
    //! The hints this renderer knows.
    static QStringList knownHints();
    static bool isKnown( const QString &hint );

    /**
     * Computes what the hints of \a deck need from the territory at \a territoryPath (module code only,
     * no QGIS object: callable on a worker thread, e.g. right after building the deck) and keeps it for
     * apply(). False with the reason when the data cannot be read (apply() then keeps the normal style).
     */
    static bool prepare( const review::Deck &deck, const QString &territoryPath, QString *errorMessage = nullptr );

    /**
     * Restyles \a layers (the map's layers from the project, top first) for \a hint into \a map, in the
     * language of \a language. An empty hint gives the layers as they are; an unknown hint or missing data
     * gives them as they are too, with false and the reason (the caller logs it).
     */
    static bool apply( const QString &hint, const QList<QgsMapLayer *> &layers, const QString &territoryPath,
                       const review::DeckLanguage &language, StyledMap *map, QString *errorMessage = nullptr );

    //! Forgets the kept lighting figures (tests, a territory file rewritten).
    static void clearCache();
  };
} // namespace vigie

#endif
