// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_SYNCDIALOG_H
#define VIGIE_SYNCDIALOG_H

#include "domainplugin.h"
#include "territorycheckout.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace vigie
{
  class MainWindow;

  /**
   * \brief One synchronisation of an offline copy (TerritoryCheckout::sync, dry run or not) on a
   * worker thread, with the roadmap's merge rules; progress() per table and chunk of rows, and
   * finished() arrive on the GUI thread. cancel() stops it at its next progress report with nothing
   * changed on either side, until the server commit: from there it goes on to its end (one server
   * transaction, never left half-way).
   */
  class SyncJob : public QObject
  {
    Q_OBJECT
  public:
    explicit SyncJob( QObject *parent = nullptr );
    ~SyncJob() override;

    /**
     * Starts the synchronisation of \a checkoutPath; \a sourceOverride replaces the recorded source
     * (a connection with its credentials). False when a synchronisation already runs.
     */
    bool start( const QString &checkoutPath, const QList<DomainPlugin *> &plugins, bool dryRun, const QString &sourceOverride = QString() );
    bool isRunning() const { return mWatcher.isRunning(); }
    //! Asks the running synchronisation to stop (before the server commit); finished( false ) follows.
    void cancel();
    //! True when the last run was cancelled (finished( false ) with nothing changed).
    bool wasCancelled() const { return mCancelled; }
    bool isDryRun() const { return mDryRun; }
    //! The report, once finished( true ) was emitted.
    SyncReport report() const { return mReport; }
    void waitForFinished();

  Q_SIGNALS:
    //! Where the synchronisation is: \a done out of \a total units.
    void progress( const QString &step, qint64 done, qint64 total );
    void finished( bool ok, const QString &errorMessage );

  private:
    struct Outcome
    {
      bool ok = false;
      QString error;
      SyncReport report;
    };
    QFutureWatcher<Outcome> mWatcher;
    SyncReport mReport;
    bool mDryRun = true;
    bool mCancelled = false;
    std::shared_ptr<std::atomic<bool>> mStop;
  };

  /**
   * \brief The conflicts of a sync report, one row per field (or per row for a row deleted on one
   * side and edited on the other, or a roadmap document conflict): table, feature, field, and the
   * base, offline and server values.
   */
  class SyncConflictModel : public QAbstractTableModel
  {
    Q_OBJECT
  public:
    enum Column
    {
      TableColumn,
      KeyColumn,
      FieldColumn,
      BaseColumn,
      OfflineColumn,
      ServerColumn,
      ColumnCount
    };
    struct Conflict
    {
      QString table;
      QJsonValue key;
      QString kind; //!< "field", "deleted-locally-edited-on-server", "edited-locally-deleted-on-server", "added-on-both-sides", "document"
      QString field;
      QJsonValue base;
      QJsonValue offline;
      QJsonValue server;
      //! Can be resolved to either side (TerritoryCheckout::resolveConflict): all but roadmap document conflicts.
      bool serverSideTakeable() const;
      //! The key as TerritoryCheckout::resolveConflict() takes it (a fid, a value, a JSON array of values).
      QString keyText() const;
    };

    explicit SyncConflictModel( QObject *parent = nullptr );
    void setConflicts( const QJsonArray &conflicts );
    const Conflict &conflict( int row ) const { return mConflicts.at( row ); }
    int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
    int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
    QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
    QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;

    //! A report value as the user reads it: text, number, NULL, geometry as WKT, a row as "field=value, …".
    static QString displayValue( const QJsonValue &value );

  private:
    QList<Conflict> mConflicts;
  };

  /**
   * \brief Territory ▸ Synchronise with the server…: a dry run first (what would be updated,
   * inserted, deleted on the server and refreshed offline, and the conflicts with their base,
   * offline and server values), then "Synchronise" applies it and shows the report. A conflict
   * stays listed until resolved: "Take the Server's Value" writes the server's value into the
   * offline copy, so the next synchronisation has nothing left to merge there.
   */
  class SyncDialog : public QDialog
  {
    Q_OBJECT
  public:
    SyncDialog( const QString &checkoutPath, const QList<DomainPlugin *> &plugins, QWidget *parent = nullptr );
    ~SyncDialog() override;

    //! The server connection to use instead of the recorded source (credentials resolved).
    void setSourceOverride( const QString &source ) { mSourceOverride = source; }
    //! Runs the dry run in the background; dryRunFinished() follows.
    bool startDryRun();
    //! Applies the synchronisation in the background; synchronised() then syncFinished() follow.
    bool startSync();
    /**
     * Writes the server's value of conflict \a row into the offline copy (the feature's field, the
     * server's whole row, or the removal of a row the server deleted), then runs the dry run again.
     */
    bool takeServerValue( int row, QString *errorMessage = nullptr );
    /**
     * Keeps the offline value of conflict \a row: the offline copy's record of the server's value
     * moves on to the server's current value, so the next synchronisation sends the offline value
     * (or the offline deletion); then runs the dry run again.
     */
    bool keepOfflineValue( int row, QString *errorMessage = nullptr );
    //! Resolves \a conflict of \a checkoutPath to \a side, without the dialog (TerritoryCheckout::resolveConflict).
    static bool resolve( const QString &checkoutPath, const SyncConflictModel::Conflict &conflict, ConflictSide side,
                         QString *errorMessage = nullptr, const QString &sourceOverride = QString() );
    //! The offline-copy edit behind takeServerValue(), without the dialog.
    static bool takeServerValue( const QString &checkoutPath, const SyncConflictModel::Conflict &conflict, QString *errorMessage = nullptr,
                                 const QString &sourceOverride = QString() );
    //! Stops a running dry run or synchronisation (before the server commit); the Cancel button.
    void cancel();

    SyncJob *job() const { return mJob; }
    SyncConflictModel *conflictModel() const { return mModel; }
    QTableView *conflictView() const { return mView; }
    QPushButton *syncButton() const { return mSyncButton; }
    QPushButton *takeServerButton() const { return mTakeServerButton; }
    QPushButton *keepOfflineButton() const { return mKeepOfflineButton; }
    QProgressBar *progressBar() const { return mProgress; }
    QLabel *summaryLabel() const { return mSummary; }
    //! The last report (dry run or applied).
    SyncReport lastReport() const { return mReport; }
    QString lastError() const { return mLastError; }
    void setErrorDialogsEnabled( bool enabled ) { mErrorDialogs = enabled; }

    //! Territory ▸ Synchronise with the server… of \a window: the dialog on its open checkout; the map reloads after.
    static void showFor( MainWindow *window );

  Q_SIGNALS:
    void dryRunFinished( bool ok );
    //! The synchronisation was applied: the open territory's layers must be reloaded.
    void synchronised( const vigie::SyncReport &report );
    void syncFinished( bool ok );

  public Q_SLOTS:
    //! While a job runs: cancels it (the dialog stays open); otherwise closes.
    void reject() override;

  private:
    bool resolveRow( int row, ConflictSide side, QString *errorMessage );
    void jobFinished( bool ok, const QString &errorMessage );
    void updateWidgets();
    void showError( const QString &message );
    QString summary( const SyncReport &report ) const;

    QString mCheckoutPath;
    QList<DomainPlugin *> mPlugins;
    QString mSourceOverride;
    SyncJob *mJob = nullptr;
    SyncConflictModel *mModel = nullptr;
    QLabel *mSummary = nullptr;
    QLabel *mConflictTitle = nullptr;
    QTableView *mView = nullptr;
    QProgressBar *mProgress = nullptr;
    QDialogButtonBox *mButtons = nullptr;
    QPushButton *mSyncButton = nullptr;
    QPushButton *mCheckButton = nullptr;
    QPushButton *mTakeServerButton = nullptr;
    QPushButton *mKeepOfflineButton = nullptr;
    SyncReport mReport;
    bool mHasDryRun = false;
    QString mLastError;
    bool mErrorDialogs = true;
  };
} // namespace vigie

Q_DECLARE_METATYPE( vigie::SyncReport )

#endif
