// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDSIMPORTDIALOG_H
#define VIGIE_FEEDSIMPORTDIALOG_H

#include "historyimport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QMutex>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace vigie
{
  /**
   * \brief Feeds ▸ Import history…: the history of a SensorThings service, an NGSI-LD broker or a
   * CSV file stored in the open territory by feeds::importHistory() on a worker thread (its own
   * store connection), with progress and Cancel. What is stored appears in the live layer and the
   * history chart like live data (imported() asks the chart to reload).
   */
  class FeedsImportDialog : public QDialog
  {
    Q_OBJECT
  public:
    explicit FeedsImportDialog( const QString &territoryPath, QWidget *parent = nullptr );
    ~FeedsImportDialog() override;

    //! The request the form describes; false with a message naming the field when it is incomplete.
    bool request( feeds::HistoryImportRequest *request, QString *errorMessage ) const;

    //! Starts the import described by the form; false (message shown) when the form is incomplete or an import runs.
    bool startImport();
    bool isRunning() const;
    //! Cancels the running import after its current page (what is stored stays).
    void cancel();
    //! Blocks until the import is over (tests).
    void waitForFinished();

    //! Result of the last import, and its summary as shown.
    feeds::HistoryImportResult result() const { return mResult; }
    QString summary() const;

  Q_SIGNALS:
    //! An import ended (completed, failed or cancelled) having stored \a stored observations.
    void imported( qint64 stored );
    void finished( bool ok, const QString &errorMessage );

  protected:
    void reject() override;

  private:
    struct Shared
    {
      QMutex mutex;
      feeds::HistoryImportProgress progress;
      std::atomic<bool> cancel{ false };
    };
    struct Outcome
    {
      bool ok = false;
      QString error;
      feeds::HistoryImportResult result;
    };

    void sourceChanged();
    void browse();
    void showProgress();
    void done( const Outcome &outcome );

    QString mTerritoryPath;
    QComboBox *mSource = nullptr;
    QLineEdit *mLocation = nullptr;
    QPushButton *mBrowse = nullptr;
    QStackedWidget *mOptions = nullptr;
    QLineEdit *mDatastreams = nullptr;
    QComboBox *mNgsiType = nullptr;
    QCheckBox *mTemporal = nullptr;
    QLineEdit *mTenant = nullptr;
    QComboBox *mDelimiter = nullptr;
    QLineEdit *mCsvSensor = nullptr;
    QLineEdit *mCsvUnit = nullptr;
    QCheckBox *mRange = nullptr;
    QDateTimeEdit *mFrom = nullptr;
    QDateTimeEdit *mTo = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mStatus = nullptr;
    QPushButton *mImportButton = nullptr;
    QPushButton *mCancelButton = nullptr;
    QPushButton *mCloseButton = nullptr;
    QTimer *mTimer = nullptr;

    std::shared_ptr<Shared> mShared;
    QFutureWatcher<Outcome> mWatcher;
    feeds::HistoryImportResult mResult;
    QString mSummary;
  };
} // namespace vigie

#endif
