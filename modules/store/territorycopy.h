// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TERRITORYCOPY_H
#define VIGIE_TERRITORYCOPY_H

#include "domainplugin.h"
#include "vigie_store_export.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace vigie
{
  //! What a copy moved.
  struct VIGIE_STORE_EXPORT TerritoryCopyResult
  {
    qint64 features = 0; //!< features of every asset layer
    qint64 rows = 0;     //!< rows of the plain tables (metadata, observations, alarms, roadmap...)
    QStringList layers;  //!< tables of the layers copied
    QStringList tables;  //!< plain tables copied
  };

  /**
   * \brief Copies a territory between a GeoPackage and a PostGIS database ("PG:CONNINFO"),
   * either way, losslessly: every asset layer with its fids, geometries and attributes, and
   * every plain table (territory metadata, schema versions, bookmarks, the modules' tables:
   * observations, alarms, roadmap, budget...) with its rows, keys and indexes.
   *
   * The destination must not hold a territory; on failure it is removed again (file deleted,
   * tables dropped). The source is opened read-only and must be at the schema of the loaded
   * plugins (open it read-write once to migrate it).
   */
  class VIGIE_STORE_EXPORT TerritoryCopy
  {
  public:
    using Progress = std::function<void( const QString &step )>;
    static bool copy( const QString &source, const QString &destination, const QList<DomainPlugin *> &plugins,
                      TerritoryCopyResult *result = nullptr, QString *errorMessage = nullptr, const Progress &progress = Progress() );
  };
} // namespace vigie

#endif
