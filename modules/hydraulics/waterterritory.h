// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_WATERTERRITORY_H
#define VIGIE_HYDRAULICS_WATERTERRITORY_H

#include "network.h"
#include "schema.h"
#include "vigie_hydraulics_export.h"

#include <QMap>
#include <QStringList>

#include <functional>

class QTextStream;

namespace vigie
{
  class DomainPlugin;
}

namespace vigie::hydraulics
{
  /**
   * \brief How the coordinates of an .inp file are placed in a territory: an affine
   * transform (scale and rotation about the origin, then translation) giving coordinates in
   * \a sourceCrs (empty: already the territory CRS), then PROJ to the territory CRS.
   * The placement is stored with the network so the export writes the file's own coordinates.
   */
  struct VIGIE_HYDRAULICS_EXPORT WaterPlacement
  {
    QString sourceCrs;
    double dx = 0;
    double dy = 0;
    double scale = 1;
    double rotationDegrees = 0; //!< counter-clockwise
    //! Parses "DX,DY[,SCALE[,ROTATION]]"; false with the reason.
    bool parseTransform( const QString &text, QString *errorMessage );
    bool isIdentity() const { return sourceCrs.isEmpty() && dx == 0 && dy == 0 && scale == 1 && rotationDegrees == 0; }
  };

  struct VIGIE_HYDRAULICS_EXPORT WaterImportOptions
  {
    QString networkName; //!< empty: the .inp file's base name
    WaterPlacement placement;
    bool replace = false;   //!< delete the features of the same network first instead of refusing
    bool benchmark = false; //!< flag the features as a benchmark model, not the territory's real network
  };

  /**
   * The features of every water layer ("water:junctions", ..., "water:dmas",
   * "water:model_sections") for \a network, with \a toTerritory mapping .inp coordinates
   * to the territory CRS (false when a point cannot be transformed). Quantities are
   * converted to the layers' units (m, mm, L/s, kW, m³); what the layers cannot hold
   * (options, times, patterns, curves, controls, rules, demands, ...) goes to model_sections.
   * DMAs: the zones of deriveZones() as buffered concave hulls of their nodes.
   */
  VIGIE_HYDRAULICS_EXPORT bool waterLayerFeatures( const Network &network, const QString &networkName, bool benchmark,
                                                   const std::function<bool( QPointF * )> &toTerritory, const WaterPlacement &placement,
                                                   QMap<QString, QList<Feature>> *features, QString *errorMessage = nullptr );

  /**
   * Imports \a inpPath into the water layers of a territory in one transaction (all or
   * nothing). Refuses when the territory already holds features of that network unless
   * options.replace. \a summary gets one line of counts.
   */
  VIGIE_HYDRAULICS_EXPORT bool importInpIntoTerritory( const QString &territoryPath, const QString &inpPath,
                                                       const WaterImportOptions &options, QString *summary,
                                                       QString *errorMessage = nullptr );

  //! Where the coordinates of a network read from a territory are.
  enum class WaterCoordinates
  {
    Territory, //!< the territory CRS (maps, GeoJSON of the territory)
    Source     //!< back through the stored placement: the coordinates of the imported .inp
  };

  /**
   * Builds the network of a territory's water layers (\a networkName, or the only one),
   * in the units of the imported model (its stored [OPTIONS]; LPS for a network without
   * them), with its stored patterns, curves, controls, ...; false with the reason naming the
   * layer, the element id and the field.
   */
  VIGIE_HYDRAULICS_EXPORT bool territoryNetwork( const QString &territoryPath, const QString &networkName, Network *network,
                                                 QString *errorMessage = nullptr,
                                                 WaterCoordinates coordinates = WaterCoordinates::Territory );

  //! The plugins a territory is opened with (found in PluginManager::defaultSearchPaths()); the water plugin among them.
  VIGIE_HYDRAULICS_EXPORT QList<DomainPlugin *> waterTerritoryPlugins( QString *errorMessage = nullptr );

  //! `vigie-cli water import|export ...`; returns a WaterExitCode.
  VIGIE_HYDRAULICS_EXPORT int runWaterTerritoryCommand( const QString &name, const QStringList &args, QTextStream &out, QTextStream &err );
} // namespace vigie::hydraulics

#endif
