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

  //! Where a copy is, for a progress bar: features and rows copied against those counted at the start.
  struct VIGIE_STORE_EXPORT TerritoryCopyProgress
  {
    QString step;     //!< what is being copied: "layer lighting:luminaires", "table feeds_observations"...
    qint64 done = 0;  //!< features and rows copied so far
    qint64 total = 0; //!< features and rows of the source (0 while the destination is created)
  };

  /**
   * \brief Copies a territory between a GeoPackage and a PostGIS database ("PG:CONNINFO"),
   * either way, losslessly: every asset layer with its fids, geometries and attributes, and
   * every plain table (territory metadata, schema versions, bookmarks, the modules' tables:
   * observations, alarms, roadmap, budget...) with its rows, keys and indexes.
   *
   * The copy streams: plain tables are read in chunks of chunkRows() rows (a cursor on
   * PostgreSQL, key-ordered pages on SQLite, in one read snapshot) and written with COPY into
   * PostgreSQL or with one prepared statement in one transaction into a GeoPackage; layers go
   * through GDAL (COPY into PostgreSQL). Memory stays bounded whatever the size of the tables.
   *
   * The destination must not hold a territory. A GeoPackage is written under a temporary name
   * next to the destination and renamed when complete, so the destination path never holds half
   * a territory; on failure or cancel the temporary file is deleted, and in PostgreSQL the tables
   * the copy created are dropped. The source is opened read-only and must be at the schema of
   * the loaded plugins (open it read-write once to migrate it).
   */
  class VIGIE_STORE_EXPORT TerritoryCopy
  {
  public:
    //! Called at each step and every chunk; returning false cancels the copy (the destination is removed).
    using Progress = std::function<bool( const TerritoryCopyProgress &progress )>;
    static bool copy( const QString &source, const QString &destination, const QList<DomainPlugin *> &plugins,
                      TerritoryCopyResult *result = nullptr, QString *errorMessage = nullptr, const Progress &progress = Progress() );
    //! Rows (or features) read and written at a time.
    static int chunkRows();
  };
} // namespace vigie

#endif
