// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_REVIEWMODE_H
#define VIGIE_REVIEWMODE_H

#include "agendaeditor.h"
#include "deckrenderer.h"
#include "presentationwindow.h"
#include "reviewjobs.h"
#include "reviewslide.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QProgressDialog;

namespace vigie
{
  class MainWindow;

  /**
   * \brief Review mode (issue 9) in the main window: F5 and the toolbar button build the deck of the
   * chosen agenda in the background (progress, Cancel), then show it full screen with the presenter
   * view on the other screen; Review ▸ Agendas… edits, saves and exports the agendas.
   */
  class ReviewMode : public QObject
  {
    Q_OBJECT
  public:
    explicit ReviewMode( MainWindow *window );
    ~ReviewMode() override;

    ReviewOptions options() const { return mOptions; }
    //! The options used by F5 (kept in the settings when the main window persists them).
    void setOptions( const ReviewOptions &options );

    QAction *presentAction() const { return mPresentAction; }
    QAction *presentDialogAction() const { return mPresentDialogAction; }
    QAction *agendasAction() const { return mAgendasAction; }
    QAction *exportPdfAction() const { return mExportPdfAction; }
    QAction *exportPngAction() const { return mExportPngAction; }

    /**
     * Writes the deck to \a target (PDF file or folder of PNG images) with a progress dialog and Cancel,
     * without freezing the window: the deck on screen when presenting, else the deck of the current
     * options built in the background. Pages are written one per event-loop turn; a cancelled export
     * leaves no file. exportFinished() follows. False with the reason when it cannot start.
     */
    bool exportDeck( DeckExport::Format format, const QString &target, QString *errorMessage = nullptr );
    DeckExport *deckExport() const { return mExport; }
    bool isExporting() const { return mExport && mExport->isRunning(); }
    QProgressDialog *exportProgressDialog() const { return mExportProgress; }

    /**
     * Builds the deck of the open territory with \a options in the background, then presents it.
     * False with the reason when no territory is open or a build is already running.
     */
    bool present( const ReviewOptions &options, QString *errorMessage = nullptr );
    //! F5: present with the current options.
    bool present() { return present( mOptions ); }
    //! Presents a deck already built (no build step).
    PresentationWindow *presentDeck( const review::Deck &deck, const ReviewOptions &options );
    //! Cancels the deck build.
    void cancel();
    //! Leaves the presentation (closes the presentation and presenter windows).
    void stopPresentation();

    bool isBuilding() const;
    PresentationWindow *presentationWindow() const { return mPresentation; }
    PresenterView *presenterView() const { return mPresenter; }
    QProgressDialog *progressDialog() const { return mProgress; }
    AgendaEditor *agendaEditor() const { return mEditor; }
    //! The deck shown (or last built).
    const review::Deck &deck() const { return mDeck; }
    //! Milliseconds from the end of the deck build to the first slide on screen (last presentation).
    qint64 openMilliseconds() const { return mOpenMilliseconds; }

  public slots:
    //! Asks agenda, language, theme and presenter view, then presents.
    void presentDialog();
    //! Opens the agenda editor of the open territory.
    void agendaDialog();
    //! Asks for a PDF file, then exportDeck().
    void exportPdfDialog();
    //! Asks for a folder, then exportDeck() as PNG images.
    void exportPngDialog();

  signals:
    void presentationStarted( vigie::PresentationWindow *window );
    void presentationEnded();
    //! The deck build ended: ok false on error or cancel (\a errorMessage says which).
    void deckBuilt( bool ok, const QString &errorMessage );
    void errorOccurred( const QString &message );
    //! An export ended: ok false on error or cancel (\a errorMessage says which).
    void exportFinished( bool ok, const QString &errorMessage );

  private:
    void buildFinished( bool ok, const QString &error );
    void toggleTheme();
    SlideRenderer rendererFunction( DeckRenderer *renderer ) const;
    void reportError( const QString &message );
    void updateActions();

    MainWindow *mWindow = nullptr;
    ReviewOptions mOptions;
    QAction *mPresentAction = nullptr;
    QAction *mPresentDialogAction = nullptr;
    QAction *mAgendasAction = nullptr;
    QAction *mExportPdfAction = nullptr;
    QAction *mExportPngAction = nullptr;
    DeckExport *mExport = nullptr;
    QPointer<QProgressDialog> mExportProgress;
    DeckBuildJob *mBuild = nullptr;
    QPointer<QProgressDialog> mProgress;
    ReviewOptions mBuildOptions;
    review::Deck mDeck;
    std::unique_ptr<DeckRenderer> mRenderer;
    QPointer<PresentationWindow> mPresentation;
    QPointer<PresenterView> mPresenter;
    QPointer<AgendaEditor> mEditor;
    qint64 mOpenMilliseconds = 0;
  };

  /**
   * \brief The "Present…" dialog: the agenda, the deck's language (French by default), the theme and
   * the presenter view in a window when there is a single screen.
   */
  class ReviewOptionsDialog : public QDialog
  {
    Q_OBJECT
  public:
    //! \a agendas: (name, title) of the territory's agendas.
    ReviewOptionsDialog( const QList<review::Agenda> &agendas, const ReviewOptions &options, QWidget *parent = nullptr );
    ReviewOptions options() const;

  private:
    ReviewOptions mOptions;
    QComboBox *mAgenda = nullptr;
    QComboBox *mLanguage = nullptr;
    QComboBox *mTheme = nullptr;
    QCheckBox *mPresenterWindow = nullptr;
  };

  //! Installs review mode in the main window: Review menu, toolbar button, F5.
  ReviewMode *installReviewMode( MainWindow *window );
} // namespace vigie

#endif
