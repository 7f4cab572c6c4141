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

  /**
   * \brief Progress of a checkout or a sync, for a progress bar: \a step names what is being done
   * ("layer territory_districts", "table budget_lines", "writing"), \a done out of \a total units
   * of work (features and rows; total is 0 while unknown, then stays the same for the whole call,
   * and done never goes back). Called at least per table and per chunk of rows; returning false
   * cancels: a checkout leaves no file, a sync changes nothing on either side (a sync cannot be
   * cancelled once the server committed: the calls after that ignore the answer).
   */
  using CheckoutProgress = std::function<bool( const QString &step, qint64 done, qint64 total )>;

  //! How to take a checkout (the overload with a filter only keeps the defaults).
  struct VIGIE_STORE_EXPORT CheckoutOptions
  {
    CheckoutFilter filter;
    /**
     * The source to record instead of the one opened (e.g. "PG:service=x authcfg=abcd" when the
     * connection opened has the password resolved from QGIS): never a password (removed if given).
     */
    QString recordedSource;
    CheckoutProgress progress;
  };

  //! The side a conflict is resolved to (TerritoryCheckout::resolveConflict()).
  enum class ConflictSide
  {
    Offline, //!< the offline value stays and the next sync sends it to the server
    Server   //!< the server's value is written into the offline copy
  };

  //! What a synchronisation did (or would do, dry run). toJson() is the conflict report.
  struct VIGIE_STORE_EXPORT SyncReport
  {
    QString source;
    bool dryRun = false;
    int updated = 0;              //!< rows of the server changed by local edits
    int inserted = 0;             //!< new local rows inserted on the server
    int deleted = 0;              //!< rows deleted locally, then on the server
    int refreshed = 0;            //!< local rows updated or removed from the server's changes
    int pulled = 0;               //!< features new on the server (or moved into the checkout's area) added offline
    int retries = 0;              //!< plans made again because a row to write changed on the server meanwhile
    bool finishedPending = false; //!< an interrupted sync (server written, checkout not) was finished first
    QJsonArray conflicts;         //!< every local edit not applied, with base, local and server values
    QJsonArray newIds;            //!< {table, local, server}: new local rows and the key the server gave them
    bool isNoOp() const { return updated == 0 && inserted == 0 && deleted == 0 && refreshed == 0 && pulled == 0; }
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

  //! How to synchronise; the hooks are for tests (a concurrent edit, a failure at a given step).
  struct VIGIE_STORE_EXPORT SyncOptions
  {
    bool dryRun = false;
    QMap<QString, RowMerger> mergers; //!< table -> merger (the roadmap)
    QString sourceOverride;           //!< another connection to the recorded source (e.g. with credentials)
    CheckoutProgress progress;        //!< progress and cancel (see CheckoutProgress)
    //! Called after the server's rows were read, before the write transaction (attempt 0, 1, ...).
    std::function<void( int attempt )> afterServerRead;
    //! Called just before the server commit; false makes the commit fail (rolled back).
    std::function<bool()> beforeServerCommit;
    //! Called inside the checkout's transaction after the server commit; false makes that update fail (rolled back).
    std::function<bool()> beforeLocalCommit;
  };

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
   * A second sync with no new edit changes nothing. Features added on the server inside the
   * checkout's area (or moved into it) are added offline with their server fid.
   *
   * No lost update: the rows to write are locked and read again inside the server transaction
   * (PostgreSQL: SELECT ... FOR UPDATE; GeoPackage: the file's write lock); one changed since the
   * plan → rolled back and planned again (a conflict or a merge, never an overwrite). The checkout's
   * update is written to it as "pending" before the server commit; if that update fails after the
   * commit, the next sync finishes it (server transaction id on PostgreSQL, a marker key in
   * vigie_territory on GeoPackage tell whether the commit happened): nothing twice, nothing lost.
   */
  class VIGIE_STORE_EXPORT TerritoryCheckout
  {
  public:
    //! Table prefixes synchronised as plain tables (besides every asset layer).
    static QStringList syncedTablePrefixes();

    static bool checkout( const QString &source, const QString &checkoutPath, const QList<DomainPlugin *> &plugins,
                          const CheckoutFilter &filter, CheckoutResult *result = nullptr, QString *errorMessage = nullptr );

    //! The same with all the options (a progress callback with cancel, the source to record).
    static bool checkout( const QString &source, const QString &checkoutPath, const QList<DomainPlugin *> &plugins,
                          const CheckoutOptions &options, CheckoutResult *result = nullptr, QString *errorMessage = nullptr );

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

    //! The same with all the options (test hooks included).
    static bool sync( const QString &checkoutPath, const QList<DomainPlugin *> &plugins, const SyncOptions &options, SyncReport *report,
                      QString *errorMessage = nullptr );

    /**
     * Resolves a conflict of the last sync report for row \a key of \a table (a fid for a layer; the
     * key value for a plain table, or a JSON array of values for a key of several columns), field
     * \a field (a column or "geometry"; empty: the whole row, for a row deleted on one side and
     * edited on the other, or added on both sides). Side::Offline: the checkout's base takes the
     * server's current value, so the next sync sees "changed offline only" and sends the offline
     * value (a row the server deleted is inserted again, one deleted offline is deleted there).
     * Side::Server: the server's value (or row, or its absence) is written into the offline copy
     * and into its base. The server is only read (\a sourceOverride as in sync()). False with the
     * reason, nothing changed, for an unknown table, key or field. Roadmap document conflicts are
     * kept inside the document (resolved by editing it).
     */
    static bool resolveConflict( const QString &checkoutPath, const QString &table, const QString &key, const QString &field,
                                 ConflictSide side, QString *errorMessage = nullptr, const QString &sourceOverride = QString() );

    //! Whether the checkout holds an interrupted sync that the next sync finishes.
    static bool hasPendingSync( const QString &checkoutPath );
  };
} // namespace vigie

#endif
