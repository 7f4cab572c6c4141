// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIVELAYER_H
#define VIGIE_LIVELAYER_H

#include "observationstore.h"

#include <qgsmapcanvasitem.h>
#include <qgspointxy.h>

#include <QColor>
#include <QHash>
#include <QImage>
#include <QString>
#include <QVector>

class QgsProject;
class QgsVectorLayer;
class QgsCoordinateReferenceSystem;

namespace vigie
{
  /**
   * \brief The live sensors drawn over the map canvas: one symbol per sensor at its asset,
   * coloured by state (ok, alarm, stale, offline), its last value as label when the view
   * shows few enough of them to read.
   *
   * Why a QgsMapCanvasItem and not a memory vector layer: an item is painted by the canvas'
   * QGraphicsView over the map image the canvas already holds, so an update costs the
   * changed sensors plus one repaint of the viewport: no QgsMapRendererJob, no feature
   * iteration, no labeling engine run. A memory layer would restart a render job for every
   * update (even with the other layers served from the render cache, the labeling engine
   * is shared by all layers, so labelled base layers are labelled again) and the job's
   * threads, compositing and feature iteration cost more than 33 ms at 10,000 points.
   * Measured by tests/bench/bench_livemap.cpp (`tools/dev bench livemap`).
   * Drawing stays cheap: one pre-rendered stamp per state blended by hand into one overlay
   * image (10,000 QPainter::drawImage calls cost several times more), points outside the view skipped, labels drawn only when at most maxLabels() sensors are in view, with a
   * screen grid so labels never overlap.
   */
  class LiveLayer : public QgsMapCanvasItem
  {
    public:
      //! One sensor as drawn: map position (canvas CRS) once its asset is known.
      struct Sensor
      {
        QString id;
        feeds::SensorState state = feeds::SensorState::Ok;
        bool hasValue = false;
        double value = 0;
        QString unit;       //!< shared with the sensor info (implicitly shared, no copy)
        QgsPointXY point;
        bool positioned = false;

        //! The label, formatted when drawn: updates only store the number.
        QString label() const;
      };

      explicit LiveLayer( QgsMapCanvas *canvas );
      ~LiveLayer() override;

      //! Colour of a state on the map and in the panels.
      static QColor stateColor( feeds::SensorState state );
      //! "12.3 m" style label of a sensor's last value (empty when none).
      static QString valueLabel( const feeds::SensorInfo &info );

      //! Replaces every sensor (one repaint).
      void setSensors( const QVector<Sensor> &sensors );
      /**
       * \brief Applies changed states and labels (sensors not known yet are added, without
       * position until setPosition()); one repaint whatever the number of changes.
       */
      void updateSensors( const QList<feeds::SensorInfo> &changed );
      //! Places a sensor at \a point (canvas CRS); false when unknown.
      bool setPosition( const QString &id, const QgsPointXY &point );
      void clear();

      int count() const { return static_cast<int>( mSensors.size() ); }
      int positionedCount() const;
      //! The sensor \a id, or nullptr.
      const Sensor *sensor( const QString &id ) const;
      //! Number of sensors per state among the positioned ones.
      int countInState( feeds::SensorState state ) const;

      //! The sensor drawn under \a canvasPixel (within a few pixels), or empty.
      QString sensorAt( const QPointF &canvasPixel ) const;

      //! Highlights one sensor (ring around its symbol); empty: none.
      void setSelectedSensor( const QString &id );
      QString selectedSensor() const { return mSelected; }

      //! Labels drawn only when at most this many sensors are in view (default 1500).
      int maxLabels() const { return mMaxLabels; }
      void setMaxLabels( int count ) { mMaxLabels = count; }
      //! Symbols and labels drawn by the last paint (tests, benchmark).
      int lastPaintedSymbols() const { return mLastSymbols; }
      int lastPaintedLabels() const { return mLastLabels; }
      //! Paints since creation (tests).
      int paintCount() const { return mPaints; }

      void paint( QPainter *painter ) override;
      void updatePosition() override;

    private:
      const QImage &stamp( feeds::SensorState state, qreal dpr );

      QVector<Sensor> mSensors;
      QHash<QString, int> mIndex;
      QString mSelected;
      int mMaxLabels = 1500;
      int mLastSymbols = 0;
      int mLastLabels = 0;
      int mPaints = 0;
      QImage mStamps[4];
      QImage mOverlay; //!< the symbols of one paint, blended by hand then drawn at once
      qreal mStampDpr = 0;
  };

  /**
   * \brief Where sensors are drawn: the position of their bound asset (a point; the middle of a
   * line; a point on the surface of a polygon) in the canvas CRS, read from the territory's
   * layers in \a project (found by their "domain:name" property or table name "domain_name").
   */
  class LivePositions
  {
    public:
      //! Positions of \a sensors that are bound to an asset present in \a project; key: sensor id.
      static QHash<QString, QgsPointXY> resolve( const QgsProject *project, const QgsCoordinateReferenceSystem &destination,
                                                 const QList<feeds::SensorInfo> &sensors );
      //! The layer of \a project for a sensor's layer name ("domain:name" or table "domain_name"), or nullptr.
      static QgsVectorLayer *layer( const QgsProject *project, const QString &name );
      /**
       * \brief Zooms \a canvas to the asset (layer, fid) and flashes it; points get a view of about
       * 300 m around them. False when the layer or feature is not on the map.
       */
      static bool zoomToAsset( QgsMapCanvas *canvas, const QgsProject *project, const QString &layer, qint64 fid );
  };
} // namespace vigie

#endif
