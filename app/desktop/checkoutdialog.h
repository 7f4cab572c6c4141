// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_CHECKOUTDIALOG_H
#define VIGIE_CHECKOUTDIALOG_H

#include "domainplugin.h"
#include "territorycheckout.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QgsRectangle;
class QgsVectorLayer;

namespace vigie
{
  class MainWindow;

  //! A commune the user can pick: its code (insee_code or code) and its name.
  struct CommuneChoice
  {
    QString code;
    QString name;
    //! "Name (code)": the text of the completer.
    QString label() const;
  };

  /**
   * \brief One offline checkout (TerritoryCheckout::checkout) on a worker thread. The copy is
   * written under a hidden temporary name next to the destination and renamed when complete, so
   * the destination never holds half a copy. progress() reports the copy per table and chunk of
   * rows; cancel() frees the GUI at once: finished() follows with wasCancelled(), and the checkout
   * stops at its next progress report (a chunk of rows at most), its temporary file removed.
   */
  class CheckoutJob : public QObject
  {
    Q_OBJECT
  public:
    explicit CheckoutJob( QObject *parent = nullptr );
    //! Cancels a running checkout and waits for the worker (its temporary file removed).
    ~CheckoutJob() override;

    //! Starts the copy of \a source into \a destination; false with the reason (destination exists, a job runs).
    bool start( const QString &source, const QString &destination, const QList<DomainPlugin *> &plugins, const CheckoutFilter &filter,
                QString *errorMessage = nullptr );
    /**
     * The same, recording \a recordedSource as the checkout's source instead of \a source (a PostGIS
     * territory opened with credentials resolved from QGIS records its authcfg=ID, never the password).
     */
    bool start( const QString &source, const QString &recordedSource, const QString &destination, const QList<DomainPlugin *> &plugins,
                const CheckoutFilter &filter, QString *errorMessage = nullptr );
    //! Stops waiting for the copy; finished( false, ... ) at once, nothing left on disk.
    void cancel();
    //! True while finished() has not been emitted.
    bool isRunning() const { return mRunning; }
    //! True while the worker thread still works (also after a cancel).
    bool isWorkerRunning() const { return mWatcher.isRunning(); }
    bool wasCancelled() const { return mCancelled; }
    CheckoutResult result() const { return mResult; }
    QString destination() const { return mDestination; }
    //! Blocks until the worker is over (tests, closing); finished() follows in the event loop.
    void waitForFinished();

    //! The hidden name the copy is written under before it is complete.
    static QString temporaryPathFor( const QString &destination );

  Q_SIGNALS:
    //! Where the checkout is: \a done out of \a total units (total 0: not known yet).
    void progress( const QString &step, qint64 done, qint64 total );
    void finished( bool ok, const QString &errorMessage );
    //! The worker thread is over (after a cancel too): the job may be deleted without waiting.
    void workerFinished();

  private:
    struct Shared;
    struct Outcome
    {
      bool ok = false;
      QString error;
      CheckoutResult result;
    };
    std::shared_ptr<Shared> mShared;
    QFutureWatcher<Outcome> mWatcher;
    QString mDestination;
    CheckoutResult mResult;
    bool mRunning = false;
    bool mCancelled = false;
  };

  /**
   * \brief Territory ▸ Take an offline copy…: which part (a commune picked by name or code, the
   * current map extent, or everything), the destination GeoPackage, then the checkout in the
   * background with a busy bar and Cancel; at the end the counts and an "Open the copy" button
   * (openRequested()).
   */
  class CheckoutDialog : public QDialog
  {
    Q_OBJECT
  public:
    enum class Area
    {
      Commune,
      MapExtent,
      Whole
    };
    Q_ENUM( Area )

    //! \a source: the open territory (a file or a PG: path with its credentials resolved).
    CheckoutDialog( const QString &source, const QList<DomainPlugin *> &plugins, QWidget *parent = nullptr );
    ~CheckoutDialog() override;

    //! The communes of the territory (territory:communes), offered by the completer.
    void setCommunes( const QList<CommuneChoice> &communes );
    //! The communes of a communes layer (insee_code or code, and name or nom).
    static QList<CommuneChoice> communesOf( QgsVectorLayer *layer );
    //! The current map extent, in the territory's CRS.
    void setMapExtent( const QgsRectangle &extent );

    void setArea( Area area );
    Area area() const;
    //! The commune field's text: "Name (code)", a code or a name.
    void setCommuneText( const QString &text );
    void setDestination( const QString &path );
    QString destination() const;

    /**
     * The filter the choices give; false with the reason (no such commune, no extent). A commune
     * is found by its label, its code or its name (case-insensitive, when only one has it).
     */
    bool filter( CheckoutFilter *filter, QString *errorMessage = nullptr ) const;

    //! Starts the checkout (the "Take the copy" button); false with the reason, shown too.
    bool startCheckout();
    CheckoutJob *job() const { return mJob; }
    //! The source recorded in the checkout instead of the one opened (authcfg=ID of a PostGIS territory).
    void setRecordedSource( const QString &source ) { mRecordedSource = source; }
    //! The progress bar (the checkout's percentage while it runs).
    QProgressBar *progressBar() const { return mProgress; }
    QPushButton *openButton() const { return mOpenButton; }
    QString lastError() const { return mLastError; }
    //! Shows errors in message boxes (on by default; tests read lastError()).
    void setErrorDialogsEnabled( bool enabled ) { mErrorDialogs = enabled; }

    /**
     * Territory ▸ Take an offline copy… of \a window: the dialog on its open territory, with the
     * communes of territory:communes and the map extent; "Open the copy" opens it in the window.
     */
    static CheckoutDialog *showFor( MainWindow *window );

  Q_SIGNALS:
    //! The checkout is over (ok, cancelled or failed).
    void checkoutFinished( bool ok, const QString &errorMessage );
    //! "Open the copy" was pressed: the main window opens \a path.
    void openRequested( const QString &path );

  public Q_SLOTS:
    void reject() override;

  private:
    void browse();
    void updateWidgets();
    void jobFinished( bool ok, const QString &errorMessage );
    void showError( const QString &message );

    QString mSource;
    QString mRecordedSource;
    QList<DomainPlugin *> mPlugins;
    QList<CommuneChoice> mCommunes;
    bool mHasExtent = false;
    double mExtent[4] = { 0, 0, 0, 0 };
    QRadioButton *mCommuneRadio = nullptr;
    QRadioButton *mExtentRadio = nullptr;
    QRadioButton *mWholeRadio = nullptr;
    QLineEdit *mCommuneEdit = nullptr;
    QLabel *mExtentLabel = nullptr;
    QLineEdit *mDestinationEdit = nullptr;
    QPushButton *mBrowseButton = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mStatus = nullptr;
    QDialogButtonBox *mButtons = nullptr;
    QPushButton *mStartButton = nullptr;
    QPushButton *mOpenButton = nullptr;
    CheckoutJob *mJob = nullptr;
    QString mLastError;
    bool mErrorDialogs = true;
  };
} // namespace vigie

#endif
