// SPDX-License-Identifier: GPL-2.0-or-later
#include "identifytool.h"

#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>

#include <qgsapplication.h>

#include <QApplication>

#include <cmath>

namespace vigie
{
  IdentifyTool::IdentifyTool( QgsMapCanvas *canvas )
    : QgsMapToolIdentify( canvas )
  {
    setCursor( QgsApplication::getThemeCursor( QgsApplication::Identify ) );
  }

  QList<QgsMapToolIdentify::IdentifyResult> IdentifyTool::identifyAt( const QgsPointXY &mapPoint )
  {
    const QgsPointXY pixel = mCanvas->getCoordinateTransform()->transform( mapPoint );
    QApplication::setOverrideCursor( Qt::WaitCursor );
    const QList<IdentifyResult> results = identify( static_cast<int>( std::round( pixel.x() ) ), static_cast<int>( std::round( pixel.y() ) ),
                                                    TopDownAll, VectorLayer );
    QApplication::restoreOverrideCursor();
    emit identified( mapPoint, results );
    return results;
  }

  void IdentifyTool::canvasReleaseEvent( QgsMapMouseEvent *event )
  {
    if ( event->button() != Qt::LeftButton )
      return;
    identifyAt( event->mapPoint() );
  }
} // namespace vigie
