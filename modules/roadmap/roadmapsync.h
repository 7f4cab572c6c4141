// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAP_ROADMAPSYNC_H
#define VIGIE_ROADMAP_ROADMAPSYNC_H

#include "vigie_roadmap_export.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace vigie::roadmap
{
  //! The roadmap table an offline checkout merges with mergeRoadmapRows().
  VIGIE_ROADMAP_EXPORT QString roadmapDocumentsTable();

  /**
   * Merges one row of roadmap_documents edited both offline (\a local) and on the server since
   * the checkout (\a base), for TerritoryCheckout::sync (a RowMerger): the json column with the
   * roadmap's own three-way merge (mergeRoadmaps: field level, the server's value kept where both
   * changed, each conflict recorded in the merged document as for roadmap files); the settings
   * column changed on one side only → that side, on both → the server's, reported as a conflict.
   * Values are canonical texts ("t:..."). \a conflicts receives the new conflicts ("server" and
   * "local" values). False with a message when a document cannot be read.
   */
  VIGIE_ROADMAP_EXPORT bool mergeRoadmapRows( const QJsonObject &base, const QJsonObject &local, const QJsonObject &server,
                                              QJsonObject *merged, QJsonArray *conflicts, QString *errorMessage );
} // namespace vigie::roadmap

#endif
