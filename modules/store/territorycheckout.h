// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TERRITORYCHECKOUT_H
#define VIGIE_TERRITORYCHECKOUT_H

#include "domainplugin.h"
#include "vigie_store_export.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace vigie
{
  //! Which part of the territory a checkout takes (the asset layers only; plain tables go whole).
  struct VIGIE_STORE_EXPORT CheckoutFilter
  {
    bool hasExtent = false;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0; //!< in the territory's CRS
    QString commune;                               //!< code of a commune of territory:communes (insee_code or code field)
  };

  struct VIGIE_STORE_EXPORT CheckoutResult
  {
    qint64 features = 0; //!< features kept in the checkout
    qint64 removed = 0;  //!< features left out by the filter
    qint64 rows = 0;     //!< rows of the synchronised plain tables
  };

  //! What a synchronisation did (or would do, dry run). toJson() is the conflict report.
  struct VIGIE_STORE_EXPORT SyncReport
  {
    QString source;
    bool dryRun = false;
    int updated = 0;      //!< rows of the server changed by local edits
    int inserted = 0;     //!< new local rows inserted on the server
    int deleted = 0;      //!< rows deleted locally, then on the server
    int refreshed = 0;    //!< local rows updated or removed from the server's changes
    QJsonArray conflicts; //!< every local edit not applied, with base, local and server values
    QJsonArray newIds;    //!< {table, local, server}: new local rows and the key the server gave them
    bool isNoOp() const { return updated == 0 && inserted == 0 && deleted == 0 && refreshed == 0; }
    QJsonObject toJson() const;
  };

  /**
   * \brief Merges one row of a table whose content is a document with merge rules of its own
   * (the roadmap: modules/roadmap, which the store does not link). Values are the canonical
   * column texts ("t:..." text, "n:..." number, null); \a merged receives the row to store on
   * both sides, \a conflicts the conflicts the document keeps (reported, not lost).
   */
  using RowMerger = std::function<bool( const QJsonObject &base, const QJsonObject &local, const QJsonObject &server, QJsonObject *merged,
                                        QJsonArray *conflicts, QString *errorMessage )>;

  /**
   * \brief Offline work on part of a territory: checkout() copies it (asset layers filtered by
   * extent or commune, roadmap/budget/agenda/bookmark tables whole) into a GeoPackage that records
   * its source and a base snapshot of every copied row; sync() merges that GeoPackage back with a
   * three-way merge per field (base, local, server) in ONE server transaction.
   *
   * Rules: changed locally only → written to the server; changed on the server only → kept, and
   * the local copy refreshed; changed on both sides differently → conflict, not applied; deleted
   * on one side and edited on the other → conflict; new local rows → inserted (layers: new fids,
   * reported). Rows whose table has a RowMerger (the roadmap) follow that merger. A conflict keeps
   * its base, so it is reported again at the next sync until one side gives way: nothing is lost.
   * A second sync with no new edit changes nothing.
   */
  class VIGIE_STORE_EXPORT TerritoryCheckout
  {
  public:
    //! Table prefixes synchronised as plain tables (besides every asset layer).
    static QStringList syncedTablePrefixes();

    static bool checkout( const QString &source, const QString &checkoutPath, const QList<DomainPlugin *> &plugins,
                          const CheckoutFilter &filter, CheckoutResult *result = nullptr, QString *errorMessage = nullptr );

    //! The territory a checkout came from (no password); empty with a message when it is no checkout.
    static QString sourceOf( const QString &checkoutPath, QString *errorMessage = nullptr );

    /**
     * Synchronises \a checkoutPath with its source (or \a sourceOverride, e.g. a conninfo with
     * credentials). False with the reason when nothing was changed (source gone, not a checkout,
     * schemas differ, a write refused); a conflict is no failure (see the report).
     */
    static bool sync( const QString &checkoutPath, const QList<DomainPlugin *> &plugins, bool dryRun, SyncReport *report,
                      QString *errorMessage = nullptr, const QMap<QString, RowMerger> &mergers = QMap<QString, RowMerger>(),
                      const QString &sourceOverride = QString() );
  };
} // namespace vigie

#endif
