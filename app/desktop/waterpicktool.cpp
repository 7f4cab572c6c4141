// SPDX-License-Identifier: GPL-2.0-or-later
#include "waterpicktool.h"

#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsvectorlayer.h>

#include <limits>

namespace vigie
{
  WaterPickTool::WaterPickTool( QgsMapCanvas *canvas, QgsVectorLayer *layer, const QString &idField )
      : QgsMapTool( canvas ), mLayer( layer ), mIdField( idField )
  {
    setCursor( Qt::CrossCursor );
  }

  QString WaterPickTool::pick( const QgsPointXY &mapPoint ) const
  {
    if ( !mLayer || !mCanvas )
      return QString();
    const double radius = searchRadiusMU( mCanvas ) * 2;
    // the canvas and the layer share the project CRS (memory layers built in it)
    const QgsRectangle box( mapPoint.x() - radius, mapPoint.y() - radius, mapPoint.x() + radius, mapPoint.y() + radius );
    const QgsGeometry point = QgsGeometry::fromPointXY( mapPoint );
    QgsFeatureIterator it = mLayer->getFeatures( QgsFeatureRequest().setFilterRect( box ) );
    QgsFeature f;
    double best = std::numeric_limits<double>::max();
    QString id;
    while ( it.nextFeature( f ) )
    {
      const double d = f.geometry().distance( point );
      if ( d < best )
      {
        best = d;
        id = f.attribute( mIdField ).toString();
      }
    }
    return id;
  }

  void WaterPickTool::canvasReleaseEvent( QgsMapMouseEvent *event )
  {
    const QString id = pick( event->mapPoint() );
    if ( !id.isEmpty() )
      emit picked( id );
  }
} // namespace vigie
