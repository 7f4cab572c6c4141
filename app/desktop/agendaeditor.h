// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_AGENDAEDITOR_H
#define VIGIE_AGENDAEDITOR_H

#include "reviewjobs.h"
#include "reviewslide.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QgsProject;

namespace vigie
{
  class PluginManager;

  /**
   * \brief Review ▸ Agendas…: the agendas of the territory (its own and the defaults for a council
   * meeting and a committee per domain); choose the slides among those the territory can give
   * (missing ones marked with the reason), order them (drag and drop, Up/Down), title the deck and
   * each slide, save the agenda in the territory, delete or duplicate it, present it, or export its
   * deck as PDF or PNG in the background.
   */
  class AgendaEditor : public QDialog
  {
    Q_OBJECT
  public:
    //! \a project holds the territory's layers (maps of the exported deck).
    AgendaEditor( const QString &territoryPath, const PluginManager *plugins, QgsProject *project, const ReviewOptions &options,
                  QWidget *parent = nullptr );
    ~AgendaEditor() override;

    //! Shows errors in message boxes too (tests turn it off and read errorOccurred()/lastError()).
    void setErrorDialogsEnabled( bool enabled ) { mErrorDialogs = enabled; }
    QString lastError() const { return mLastError; }

    //! Names of the agendas in the list ("council", "committee-lighting", the territory's own).
    QStringList agendaNames() const;
    //! Re-reads the agendas from the territory; keeps \a select selected when given.
    bool reloadAgendas( const QString &select = QString() );
    //! Loads the agenda named \a name into the editor (unsaved edits are dropped).
    bool selectAgenda( const QString &name );
    QString currentAgendaName() const;
    //! The agenda as edited (name, deck title, slides in order with their titles).
    review::Agenda agenda() const;
    //! True when the agenda was edited since it was loaded or saved.
    bool isModified() const { return mModified; }

    //! The slides the territory can give (after slidesLoaded()).
    QList<review::Slide> availableSlides() const { return mSlides; }
    bool isLoadingSlides() const;
    //! Waits for the list of slides (tests).
    bool waitForSlides( int timeoutMs = 60000 );

    //! Appends (or inserts at \a row) the slide \a slideId; false when it is not available.
    bool addSlide( const QString &slideId, int row = -1 );
    void removeItem( int row );
    //! Moves the item at \a row by \a delta rows; false at the ends.
    bool moveItem( int row, int delta );
    //! Sets the title shown for the item at \a row (empty: the slide's own title).
    void setItemTitle( int row, const QString &title );
    void clearItems();
    int itemCount() const;
    void setDeckTitle( const QString &title );
    QString deckTitle() const;
    //! The deck's language ("fr", "en"): slide titles are listed in it; the deck is built in it.
    void setLanguage( const QString &language );
    ReviewOptions options() const;

    //! Saves the edited agenda in the territory; false with the reason shown and returned.
    bool save( QString *errorMessage = nullptr );
    //! Saves a copy under \a name and selects it.
    bool duplicateAgenda( const QString &name, const QString &title = QString(), QString *errorMessage = nullptr );
    //! Removes the current agenda from the territory (a default agenda comes back as it was).
    bool removeAgenda( QString *errorMessage = nullptr );

    //! Exports the deck of the edited agenda in the background; exportFinished() follows.
    bool exportDeck( DeckExport::Format format, const QString &target );
    DeckExport *deckExport() const { return mExport; }

  public slots:
    void newAgendaDialog();
    void duplicateDialog();
    void removeDialog();
    void exportPdfDialog();
    void exportPngDialog();
    void requestPresentation();

  signals:
    //! Present was clicked: present the agenda with these options (saved first when edited).
    void presentRequested( const vigie::ReviewOptions &options );
    void agendaSaved( const QString &name );
    void slidesLoaded( bool ok );
    void exportFinished( bool ok, const QString &errorMessage );
    void errorOccurred( const QString &message );

  protected:
    void closeEvent( QCloseEvent *event ) override;

  private:
    void loadSlides();
    void fillAvailable();
    void showAgenda( const review::Agenda &agenda );
    QListWidgetItem *makeItem( const QString &slideId, const QString &title ) const;
    void setModified( bool modified );
    void updateButtons();
    void showStatus( const QString &text, bool error = false );
    void showError( const QString &message );

    QString mTerritoryPath;
    const PluginManager *mPlugins = nullptr;
    QgsProject *mProject = nullptr;
    ReviewOptions mOptions;
    QList<review::Agenda> mAgendas;
    QList<review::Slide> mSlides;
    QHash<QString, int> mSlideIndex; //!< slide id -> index in mSlides
    review::Agenda mLoaded;
    DeckBuildJob *mSlidesJob = nullptr;
    DeckExport *mExport = nullptr;

    QComboBox *mAgendaCombo = nullptr;
    QLineEdit *mDeckTitle = nullptr;
    QComboBox *mLanguage = nullptr;
    QComboBox *mTheme = nullptr;
    QListWidget *mAvailable = nullptr;
    QListWidget *mItems = nullptr;
    QPushButton *mAddButton = nullptr;
    QPushButton *mRemoveButton = nullptr;
    QPushButton *mUpButton = nullptr;
    QPushButton *mDownButton = nullptr;
    QPushButton *mResetTitleButton = nullptr;
    QPushButton *mSaveButton = nullptr;
    QPushButton *mDeleteButton = nullptr;
    QPushButton *mDuplicateButton = nullptr;
    QPushButton *mPresentButton = nullptr;
    QPushButton *mPdfButton = nullptr;
    QPushButton *mPngButton = nullptr;
    QPushButton *mCancelButton = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mStatus = nullptr;
    QString mLastError;
    bool mModified = false;
    bool mErrorDialogs = true;
    bool mUpdating = false;
  };
} // namespace vigie

#endif
