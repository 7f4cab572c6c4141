// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_MAPRENDER_H
#define VIGIE_MAPRENDER_H

#include "vigie_gis_export.h"

#include <qgsrectangle.h>

#include <QColor>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QgsMapLayer;
class QgsMapSettings;
class QgsProject;

namespace vigie
{
  //! What to render and how.
  struct VIGIE_GIS_EXPORT RenderSettings
  {
    QgsRectangle extent;                  //!< in the project CRS; null: full extent of the layers plus a 5 % margin
    QSize size = QSize( 1600, 1000 );     //!< pixels
    double dpi = 96;
    QColor background = QColor( 255, 255, 255 );
    bool antialiasing = true;
    bool labels = true;                   //!< false for reference images that must not depend on fonts
    bool sequential = false;              //!< one thread, layer after layer: same pixels every run (tests)
    QList<QgsMapLayer *> layers;          //!< empty: the visible layers of the project's layer tree
  };

  /**
   * \brief Renders a QgsProject to an image through the QGIS map renderer
   * (QgsMapRendererParallelJob, or the sequential job for determinism). Never a renderer of our own.
   */
  class VIGIE_GIS_EXPORT MapRender
  {
    public:
      //! The layers checked in the project's layer tree, top first (the drawing order of QgsMapSettings).
      static QList<QgsMapLayer *> visibleLayers( const QgsProject *project );

      //! Map settings for \a settings on \a project (CRS, extent, size, DPI, flags, layers).
      static QgsMapSettings mapSettings( const QgsProject *project, const RenderSettings &settings );

      /**
       * Renders and returns the image (null when nothing could be rendered, with the reason in
       * \a errorMessage). Layer errors that did not stop the rendering go to \a warnings.
       */
      static QImage render( const QgsProject *project, const RenderSettings &settings, QString *errorMessage = nullptr,
                            QStringList *warnings = nullptr );
  };
} // namespace vigie

#endif
