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

      /**
       * A step of a Vigie module that the store cannot depend on (participatory budget, stored
       * observations): run on the built file (\a territoryPath, closed) after the plugins' assets,
       * before it is moved into place. \a sourceDirectory is the demo source root. A failing step
       * fails the build (nothing is left behind).
       */
      using Step = std::function<bool( const QString &demoName, const QString &territoryPath, const QString &sourceDirectory,
                                       QString *errorMessage )>;
      //! Registers \a step under \a id (replacing a step of that id); steps run in id order.
      static void registerStep( const QString &id, const Step &step );
      //! The ids of the registered steps.
      static QStringList stepIds();
  };
} // namespace vigie

#endif
