// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TERRITORYLOCATOR_H
#define VIGIE_TERRITORYLOCATOR_H

#include <qgsfeatureid.h>
#include <qgsgeometry.h>
#include <qgsrectangle.h>

#include <QList>
#include <QString>

class QgsProject;
class QgsVectorLayer;

namespace vigie
{
  struct LayerSchema;

  //! A named place of the territory: every feature of one layer sharing a name.
  struct LocatorEntry
  {
    QString name;            //!< "Antigone", "Rue de la Loge"
    QString layerTitle;      //!< user-visible title of its layer
    QString qualifiedLayer;  //!< "territory:districts"
    bool isArea = false;     //!< from a polygon layer (districts, communes)
    QgsFeatureIds featureIds;
  };

  /**
   * \brief The names of the territory's base layers (communes, districts, streets) for the
   * "zoom to" list and the search field: built once per territory from the map layers.
   * Knows no layer by name: it takes each base layer's name field from its schema.
   */
  class TerritoryLocator
  {
    public:
      //! Reads the names of \a baseLayers from their map layers in \a project.
      void rebuild( QgsProject *project, const QList<LayerSchema> &baseLayers );
      void clear();

      //! Every entry, areas first, each layer sorted by name.
      const QList<LocatorEntry> &entries() const { return mEntries; }
      //! Entries of polygon layers only (the "zoom to" list).
      QList<LocatorEntry> areas() const;

      /**
       * Best entry for a search text: exact name (case-insensitive), then a name starting
       * with it, then one containing it; areas win ties. -1 when nothing matches.
       */
      int find( const QString &text ) const;

      //! Geometries of an entry's features in the layer CRS.
      QList<QgsGeometry> geometries( const LocatorEntry &entry ) const;
      //! The map layer of an entry, or nullptr when the project changed.
      QgsVectorLayer *layer( const LocatorEntry &entry ) const;

      //! The field holding the feature names of a layer: "name", else the first text field.
      static QString nameField( const LayerSchema &schema );

    private:
      QgsProject *mProject = nullptr;
      QList<LocatorEntry> mEntries;
  };
} // namespace vigie

#endif
