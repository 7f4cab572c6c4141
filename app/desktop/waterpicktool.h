// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_WATERPICKTOOL_H
#define VIGIE_WATERPICKTOOL_H

#include <qgsmaptool.h>

#include <QPointer>

class QgsVectorLayer;

namespace vigie
{
  //! Map tool of the water panel: a click picks the nearest feature of one layer (a pipe to isolate, a node to chart).
  class WaterPickTool : public QgsMapTool
  {
    Q_OBJECT
  public:
    //! \a idField names the feature id (link_id, node_id) emitted by picked().
    WaterPickTool( QgsMapCanvas *canvas, QgsVectorLayer *layer, const QString &idField );

    void setLayer( QgsVectorLayer *layer ) { mLayer = layer; }
    //! The id of the feature of the layer nearest to \a mapPoint within the search radius; empty when none.
    QString pick( const QgsPointXY &mapPoint ) const;

    void canvasReleaseEvent( QgsMapMouseEvent *event ) override;

  signals:
    void picked( const QString &id );

  private:
    QPointer<QgsVectorLayer> mLayer;
    QString mIdField;
  };
} // namespace vigie

#endif
