// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_QGISINIT_H
#define VIGIE_QGISINIT_H

#include "vigie_gis_export.h"

#include <QString>

namespace vigie
{
  /**
   * \brief Starting and stopping the QGIS libraries, the same way for the desktop app,
   * vigie-cli render, the tests and the benchmarks.
   * Order: ensureQtPlatform() before the QgsApplication exists, then initQgis() after it
   * is constructed, exitQgis() before it is destroyed.
   */
  class VIGIE_GIS_EXPORT QgisInit
  {
    public:
      //! QGIS install prefix: $QGIS_PREFIX_PATH when set (OSGeo4W SDK), else the one found at build time.
      static QString prefixPath();
      //! QGIS provider plugins folder: $QGIS_PLUGINPATH when set, else the one found at build time.
      static QString pluginPath();

      /**
       * QGIS settings profile used by Vigie (not the user's QGIS profile, which Vigie must not
       * change): <generic data location>/vigie/qgis-profile, or $VIGIE_QGIS_PROFILE.
       */
      static QString profileFolder();

      /**
       * Sets QT_QPA_PLATFORM=offscreen when there is no display (no $DISPLAY nor
       * $WAYLAND_DISPLAY on X11 systems) and no platform was chosen: headless rendering.
       * Returns true when it switched to offscreen.
       */
      static bool ensureQtPlatform();

      /**
       * Sets prefix and plugin paths and calls QgsApplication::initQgis(); the
       * QgsApplication must exist. False with a message when the OGR provider, which
       * every territory layer needs, is not available.
       */
      static bool initQgis( QString *errorMessage = nullptr );

      //! QgsApplication::exitQgis() (once; safe to call when initQgis() was not called).
      static void exitQgis();

      //! True between initQgis() and exitQgis().
      static bool isInitialized();
  };
} // namespace vigie

#endif
