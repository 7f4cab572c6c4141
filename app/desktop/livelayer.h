// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIVELAYER_H
#define VIGIE_LIVELAYER_H

#include "observationstore.h"

#include <qgsmapcanvasitem.h>
#include <qgspointxy.h>
#include <qgsrectangle.h>

#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>
#include <QTimer>
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
   * Drawing stays cheap: the symbols and labels live in a cached overlay image (device pixels)
   * that an update only redraws where something visible changed: the screen is cut in tiles
   * of kTileSize device pixels, an update marks the tiles under the symbols whose state changed
   * and under the labels whose text changed, and the next paint clears and redraws those tiles
   * only (every symbol and label crossing a tile, in drawing order, clipped to it). The whole
   * overlay is redrawn only when the view changes (extent, scale, rotation, size, pixel ratio)
   * or sensors are added, moved or unbound. Repaints are coalesced: at most one every 33 ms
   * (30 Hz), the first one right away, and only the dirty tiles are handed to the view, so the
   * canvas repaints those regions only. A value change without a label shown costs no repaint.
   * Symbols are pre-rendered stamps blended by hand (10,000 QPainter::drawImage calls cost
   * several times more), points outside the view are skipped, labels are drawn only when at
   * most maxLabels() sensors are in view, on a screen grid so they never overlap.
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
      //! Full redraws of the overlay since creation (tests, benchmark).
      int fullRedrawCount() const { return mFullRedraws; }
      //! Overlay tiles redrawn by partial updates since creation (tests, benchmark).
      int tilesRedrawnCount() const { return mTilesRedrawn; }
      /**
       * \brief Counts the updateSensors() calls; shownGeneration() is the last one whose changes are
       * on screen (painted, or nothing to paint). The benchmark measures latency with them.
       */
      quint64 generation() const { return mGeneration; }
      quint64 shownGeneration() const { return mShownGeneration; }

      void paint( QPainter *painter ) override;
      void updatePosition() override;

      //! Size of the overlay tiles, device pixels.
      static constexpr int kTileSize = 32;

    private:
      //! What the overlay was drawn for: when it differs, the whole overlay is redrawn.
      struct ViewKey
      {
        QgsRectangle extent;
        double mapUnitsPerPixel = 0;
        double rotation = 0;
        QSize size;
        qreal dpr = 0;
        bool operator==( const ViewKey &other ) const;
      };
      //! A label placed by the last full redraw: its text may change in place up to maxRight.
      struct LabelSlot
      {
        int sensor = -1;
        QRectF box; //!< canvas pixels, as drawn last
        double maxRight = 0; //!< the text may grow up to here (its grid cells) without moving other labels
      };

      const QImage &stamp( feeds::SensorState state, qreal dpr );
      ViewKey currentKey( qreal dpr ) const;
      void invalidate(); //!< the next paint redraws the whole overlay
      void fullRedraw( const ViewKey &key );
      //! Clears \a rect (device pixels) of the overlay and draws again the symbols and labels crossing it.
      void redrawRect( const QRect &rect, QPainter *labels );
      void drawLabel( QPainter *painter, const LabelSlot &slot );
      QRect stampRect( int sensor ) const; //!< device pixels
      QRect deviceRect( const QRectF &canvasRect ) const;
      void markDirty( const QRect &deviceRect );
      void scheduleFlush();
      void flush();

      QVector<Sensor> mSensors;
      QHash<QString, int> mIndex;
      QString mSelected;
      int mMaxLabels = 1500;
      int mLastSymbols = 0;
      int mLastLabels = 0;
      int mPaints = 0;
      QImage mStamps[4];
      QImage mOverlay; //!< symbols and labels, device pixels, kept between paints
      qreal mStampDpr = 0;
      bool mOverlayValid = false;
      ViewKey mKey;
      int mVisible = 0;               //!< sensors drawn in the overlay
      QVector<QPoint> mPixel;         //!< per sensor: device pixel of its centre (when in view)
      QVector<qint8> mDrawnState;     //!< per sensor: state index drawn, -1: not in view
      QVector<int> mLabelOf;          //!< per sensor: its LabelSlot, -1: none
      QVector<QString> mDrawnLabel;   //!< per sensor with a slot: the text drawn
      QVector<LabelSlot> mLabels;
      QVector<int> mSymbolMark; //!< per sensor / label slot: last redrawRect() that drew it
      QVector<int> mLabelMark;
      int mMarkStamp = 0;
      bool mLabelsOn = false;
      QFont mLabelFont;
      int mLabelHeight = 0;
      int mTilesX = 0, mTilesY = 0;
      QVector<QVector<int>> mTileSymbols; //!< per tile: sensors whose symbol crosses it, in drawing order
      QVector<QVector<int>> mTileLabels;  //!< per tile: label slots crossing it
      QVector<int> mDirtyTiles;           //!< to redraw in the overlay at the next paint
      QVector<int> mScreenTiles;          //!< to hand to the view at the next flush
      QVector<quint8> mTileFlags;         //!< bit 1: in mDirtyTiles, bit 2: in mScreenTiles
      bool mFullUpdatePending = false;    //!< the next flush repaints the whole item
      QTimer mFlushTimer;
      QElapsedTimer mSinceFlush;
      int mFullRedraws = 0;
      int mTilesRedrawn = 0;
      quint64 mGeneration = 0;
      quint64 mShownGeneration = 0;
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
