// SPDX-License-Identifier: GPL-2.0-or-later
#include "livebindtool.h"

#include "territorylayers.h"

#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsvectorlayer.h>

namespace vigie
{
  LiveBindTool::LiveBindTool( QgsMapCanvas *canvas )
    : QgsMapToolIdentify( canvas )
  {
    setCursor( Qt::CrossCursor );
  }

  bool LiveBindTool::assetAt( const QPoint &canvasPixel, QString *layer, qint64 *fid )
  {
    const QList<IdentifyResult> results = identify( canvasPixel.x(), canvasPixel.y(), TopDownAll, VectorLayer );
    for ( const IdentifyResult &result : results )
    {
      const QString name = result.mLayer ? result.mLayer->customProperty( TerritoryLayers::qualifiedNameProperty() ).toString() : QString();
      if ( name.isEmpty() )
        continue;
      *layer = name;
      *fid = result.mFeature.id();
      return true;
    }
    return false;
  }

  void LiveBindTool::canvasReleaseEvent( QgsMapMouseEvent *event )
  {
    if ( event->button() != Qt::LeftButton || mSensor.isEmpty() )
      return;
    QString layer;
    qint64 fid = -1;
    if ( assetAt( event->pos(), &layer, &fid ) )
      Q_EMIT assetPicked( mSensor, layer, fid );
  }
} // namespace vigie
