// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_IDENTIFYTOOL_H
#define VIGIE_IDENTIFYTOOL_H

#include <qgsmaptoolidentify.h>

namespace vigie
{
  //! The identify map tool: a click identifies the vector features under it, top-down, all layers.
  class IdentifyTool : public QgsMapToolIdentify
  {
      Q_OBJECT
    public:
      explicit IdentifyTool( QgsMapCanvas *canvas );

      //! Identifies the visible vector features at a map point (territory CRS).
      QList<QgsMapToolIdentify::IdentifyResult> identifyAt( const QgsPointXY &mapPoint );

      void canvasReleaseEvent( QgsMapMouseEvent *event ) override;

    signals:
      //! Emitted after each identification, also when nothing was found.
      void identified( const QgsPointXY &mapPoint, const QList<QgsMapToolIdentify::IdentifyResult> &results );
  };
} // namespace vigie

#endif
