// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_DEMOBUILDER_H
#define VIGIE_DEMOBUILDER_H

#include "domainplugin.h"
#include "vigie_store_export.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace vigie
{
  /**
   * \brief Builds the demo territories reproducibly from the public data in resources/demo.
   * "montpellier": commune boundary, 7 districts, 8,011 streets with traffic counts, then
   * each plugin's assets (lighting points, L-TOWN, containers, buildings).
   * "finistere": the 279 communes of the département and each plugin's assets.
   */
  class VIGIE_STORE_EXPORT DemoBuilder
  {
    public:
      static QStringList demoNames();
      //! The demo source folder: $VIGIE_DEMO_DATA, else <app>/../share/vigie/demo, else the source tree.
      static QString defaultSourceDirectory();
      //! Builds demo \a name into the new file \a path (refuses to overwrite).
      static bool build( const QString &name, const QString &path, const QList<DomainPlugin *> &plugins, const QString &sourceDirectory,
                         QString *errorMessage = nullptr );
  };
} // namespace vigie

#endif
