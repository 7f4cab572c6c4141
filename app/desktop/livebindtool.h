// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIVEBINDTOOL_H
#define VIGIE_LIVEBINDTOOL_H

#include <qgsmaptoolidentify.h>

#include <QString>

namespace vigie
{
  /**
   * \brief Map tool to bind a sensor: the user picked an unbound sensor in the Feeds panel,
   * then clicks an asset on the map; assetPicked() gives the asset's layer ("domain:name") and fid.
   */
  class LiveBindTool : public QgsMapToolIdentify
  {
      Q_OBJECT
    public:
      explicit LiveBindTool( QgsMapCanvas *canvas );

      //! The sensor to bind (shown in the status bar while the tool is active).
      void setSensor( const QString &sensorId ) { mSensor = sensorId; }
      QString sensor() const { return mSensor; }

      //! The territory asset at \a canvasPixel (first territory layer hit, top down); false when none.
      bool assetAt( const QPoint &canvasPixel, QString *layer, qint64 *fid );

      void canvasReleaseEvent( QgsMapMouseEvent *event ) override;

    Q_SIGNALS:
      void assetPicked( const QString &sensorId, const QString &layer, qint64 fid );

    private:
      QString mSensor;
  };
} // namespace vigie

#endif
