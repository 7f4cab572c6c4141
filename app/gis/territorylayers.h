// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TERRITORYLAYERS_H
#define VIGIE_TERRITORYLAYERS_H

#include "vigie_gis_export.h"

#include <QList>
#include <QString>

class QgsProject;
class QgsVectorLayer;

namespace vigie
{
  class Territory;
  class PluginManager;
  struct LayerSchema;

  /**
   * \brief Puts a territory's layers on a QGIS project: one QgsVectorLayer per layer
   * (OGR provider on the territory file, QGIS postgres provider on a "PG:CONNINFO" territory), the domain plugin's QML
   * style applied, grouped in the layer tree by domain ("Territory" for the base layers,
   * then each plugin's display name), project CRS = territory CRS.
   * Used by the desktop map, vigie-cli render and the tests: one code path.
   */
  class VIGIE_GIS_EXPORT TerritoryLayers
  {
    public:
      //! How load() builds the layers.
      struct Options
      {
        bool applyStyles = true;  //!< false: QGIS default styles (benchmark reference)
        bool readOnly = true;     //!< layers refuse editing (the app edits through the store)
        /**
         * "PG:CONNINFO" the postgres layers connect with, when it differs from the territory's
         * path: the app opens the territory with the credentials resolved in memory and gives
         * the layers the path naming authcfg=ID, so that QGIS reads the password from its
         * authentication database and no layer source holds it.
         */
        QString connectionPath;
      };

      //! Clears \a project and loads the territory into it; false with a message when a layer is invalid.
      static bool load( const Territory &territory, const PluginManager &plugins, QgsProject *project, QString *errorMessage = nullptr );
      //! Same, with explicit options.
      static bool load( const Territory &territory, const PluginManager &plugins, QgsProject *project, const Options &options,
                        QString *errorMessage = nullptr );

      //! The layer of \a project holding "domain:name", or nullptr.
      static QgsVectorLayer *layer( const QgsProject *project, const QString &qualifiedName );

      //! OGR data source of a territory layer: "<file>|layername=<table>".
      static QString layerUri( const QString &territoryPath, const LayerSchema &schema );
      /**
       * postgres provider data source of a layer of a "PG:CONNINFO" territory: the connection
       * keywords of CONNINFO (host, port, dbname, user, service, sslmode, authcfg...), the table in
       * \a dbSchema, geometry column geom, key fid.
       */
      static QString postgresLayerUri( const QString &territoryPath, const QString &dbSchema, const LayerSchema &schema );
      //! Data provider of the layers of \a territoryPath: "postgres" or "ogr".
      static QString providerKey( const QString &territoryPath );

      //! Applies a QML style text to \a layer; false with the parse/import error.
      static bool applyStyle( QgsVectorLayer *layer, const QString &qml, QString *errorMessage = nullptr );

      //! Name of the layer-tree group of \a domain: "Territory" or the plugin's display name.
      static QString groupName( const QString &domain, const PluginManager &plugins );

      //! Custom layer property holding "domain:name".
      static QString qualifiedNameProperty() { return QStringLiteral( "vigie/qualifiedName" ); }
  };
} // namespace vigie

#endif
