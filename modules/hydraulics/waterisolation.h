// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_WATERISOLATION_H
#define VIGIE_HYDRAULICS_WATERISOLATION_H

#include "network.h"
#include "vigie_hydraulics_export.h"

#include <QJsonObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

class QTextStream;

namespace vigie::hydraulics
{
  /**
   * \brief Where the isolation valves are. EPANET models have no isolation valves, so:
   * - every [VALVES] link and every pump can be closed (as a whole link);
   * - a pipe tagged in [TAGS] with a tag containing "valve" or "isolation", or whose
   *   comment does, is an isolation valve (a short pipe standing for a valve, as in
   *   many utility models);
   * - \a endValves lists valves placed on a pipe next to one of its end nodes
   *   (pipe id, node id), the placement used in the segment literature (Jun & Loganathan
   *   2007; Walski 1993); `everyPipeEnd` puts one at both ends of every pipe (the "N" rule).
   */
  struct VIGIE_HYDRAULICS_EXPORT IsolationValves
  {
    QSet<QString> closableLinks;
    QSet<QPair<QString, QString>> endValves;
    bool everyPipeEnd = false;

    //! The closable links found in \a network as described above.
    static IsolationValves fromNetwork( const Network &network );
  };

  //! What closing a segment around a burst cuts off.
  struct VIGIE_HYDRAULICS_EXPORT IsolationResult
  {
    QString burstPipe;
    QStringList valvesToClose;    //!< closable links ("PRV-1") and end valves ("p12@n4")
    QStringList segmentPipes;     //!< pipes emptied with the burst pipe (the segment)
    QStringList segmentNodes;
    QStringList cutOffPipes;      //!< every pipe out of service: the segment and what loses its supply
    QStringList cutOffJunctions;  //!< junctions without water
    int customers = 0;            //!< cut-off junctions with a demand (one customer node each)
    double demandLost = 0;        //!< sum of their base demands, network flow units
    bool isolated = true;         //!< false when no valve set can isolate the burst from every source

    QJsonObject toJson() const;
  };

  /**
   * Segment analysis: the burst pipe's segment grows through nodes and pipes until it meets
   * valves; those valves are closed; then every node no longer connected to a reservoir or
   * tank is cut off. False with the reason when the pipe is unknown.
   */
  VIGIE_HYDRAULICS_EXPORT bool isolatePipe( const Network &network, const QString &pipe, const IsolationValves &valves,
                                            IsolationResult *result, QString *errorMessage = nullptr );

  //! GeoJSON FeatureCollection (network coordinates) of an isolation: segment, cut-off pipes and junctions, valves.
  VIGIE_HYDRAULICS_EXPORT QJsonObject isolationGeoJson( const Network &network, const IsolationResult &result );

  //! `vigie-cli water isolate ...`; returns a WaterExitCode.
  VIGIE_HYDRAULICS_EXPORT int runWaterIsolateCommand( const QStringList &args, QTextStream &out, QTextStream &err );
} // namespace vigie::hydraulics

#endif
