// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_WATERMAP_H
#define VIGIE_WATERMAP_H

#include "leakdetector.h"
#include "network.h"
#include "waterbalance.h"

#include <qgsfeatureid.h>

#include <QJsonObject>
#include <QString>
#include <QVector>

class QgsCoordinateReferenceSystem;
class QgsVectorLayer;

namespace vigie
{
  struct WaterSimulationResult;

  /**
   * \brief The water analyses on the map: memory layers built from the module's network and
   * results (simulation step, DMA balance, isolation, detected leaks) with their QGIS
   * renderers. Memory layers, so the territory's own water layers are never changed; the
   * geometries are the network's own coordinates (link paths, node points).
   */
  class WaterMap
  {
  public:
    enum class PipeMeasure
    {
      Velocity, //!< |velocity|, network units (m/s or ft/s)
      Flow      //!< |flow|, network flow units
    };

    //! Line layer "Pipes (simulation)": every link with a path, fields link_id, kind, flow, velocity, headloss, status.
    //! \a featureIds receives the feature id of each link in solver order (pipes, pumps, valves), -1 without a path.
    static QgsVectorLayer *createLinkLayer( const hydraulics::Network &network, const QgsCoordinateReferenceSystem &crs,
                                            QVector<QgsFeatureId> *featureIds );
    //! Point layer "Junctions (simulation)": every node with coordinates, fields node_id, kind, demand, head, pressure.
    static QgsVectorLayer *createNodeLayer( const hydraulics::Network &network, const QgsCoordinateReferenceSystem &crs,
                                            QVector<QgsFeatureId> *featureIds );
    //! Writes the values of reporting step \a step into both layers.
    static void showStep( const WaterSimulationResult &result, int step, QgsVectorLayer *links, const QVector<QgsFeatureId> &linkIds,
                          QgsVectorLayer *nodes, const QVector<QgsFeatureId> &nodeIds );
    //! Graduated renderer of the links by |velocity| (fixed classes) or |flow| (quantiles of the current step).
    static void applyLinkStyle( PipeMeasure measure, bool metric, QgsVectorLayer *links );
    //! Graduated renderer of the nodes by pressure, the first class ending at \a lowPressure.
    static void applyPressureStyle( double lowPressure, QgsVectorLayer *nodes );

    //! Line layer "Metered areas by real losses": the pipes of each area with its balance (area, real_losses, nrw_pct, ili), graduated.
    static QgsVectorLayer *createBalanceLayer( const hydraulics::Network &network, const QVector<hydraulics::ZoneBalance> &balances,
                                               const QgsCoordinateReferenceSystem &crs );

    //! Layers of hydraulics::isolationGeoJson(): lines (burst, segment, cut_off, valve links) and points (end valves, cut-off junctions).
    static void createIsolationLayers( const QJsonObject &geoJson, const QgsCoordinateReferenceSystem &crs, QgsVectorLayer **lines,
                                       QgsVectorLayer **points );

    //! Line layer "Leak candidates": the ranked candidate pipes of leak \a selected (rank 1 first) and every reported pipe (rank 0).
    static QgsVectorLayer *createLeakLayer( const hydraulics::Network &network, const QVector<hydraulics::DetectedLeak> &leaks,
                                            int selected, const QgsCoordinateReferenceSystem &crs );
  };
} // namespace vigie

#endif
