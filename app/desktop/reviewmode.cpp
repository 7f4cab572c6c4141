// SPDX-License-Identifier: GPL-2.0-or-later
#include "reviewmode.h"

#include "backgroundtask.h"

#include "agendaeditor.h"
#include "deckbuilder.h"
#include "log.h"
#include "mainwindow.h"
#include "presentationwindow.h"

#include <qgsapplication.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace vigie
{
  ReviewMode::ReviewMode( MainWindow *window ) : QObject( window ), mWindow( window ), mOptions( ReviewOptions::load() )
  {
    setObjectName( QStringLiteral( "reviewMode" ) );
    mPresentAction = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionNewReport.svg" ) ), tr( "&Present" ), this );
    mPresentAction->setObjectName( QStringLiteral( "actionPresent" ) );
    mPresentAction->setShortcut( QKeySequence( Qt::Key_F5 ) );
    mPresentAction->setToolTip( tr( "Present the review deck of the territory full screen (F5)" ) );
    mPresentAction->setStatusTip( tr( "Build the review deck of the territory and show it full screen" ) );
    connect( mPresentAction, &QAction::triggered, this, [this] { present(); } );
    if ( mPresentAction->icon().isNull() )
      mPresentAction->setIcon(
          QIcon::fromTheme( QStringLiteral( "x-office-presentation" ), QIcon( QStringLiteral( ":/vigie/icons/vigie.svg" ) ) ) );

    mPresentDialogAction = new QAction( tr( "Present &with…" ), this );
    mPresentDialogAction->setObjectName( QStringLiteral( "actionPresentWith" ) );
    mPresentDialogAction->setShortcut( QKeySequence( tr( "Shift+F5" ) ) );
    mPresentDialogAction->setStatusTip( tr( "Choose the agenda, the language and the theme, then present" ) );
    connect( mPresentDialogAction, &QAction::triggered, this, &ReviewMode::presentDialog );

    mAgendasAction = new QAction( tr( "&Agendas…" ), this );
    mAgendasAction->setObjectName( QStringLiteral( "actionAgendas" ) );
    mAgendasAction->setStatusTip( tr( "Choose, order and title the slides of the meeting agendas; export the deck as PDF or PNG" ) );
    connect( mAgendasAction, &QAction::triggered, this, &ReviewMode::agendaDialog );

    mExportPdfAction = new QAction( tr( "Export the deck as &PDF…" ), this );
    mExportPdfAction->setObjectName( QStringLiteral( "actionExportDeckPdf" ) );
    mExportPdfAction->setStatusTip( tr( "Write the review deck as a PDF handout (the deck on screen when presenting)" ) );
    connect( mExportPdfAction, &QAction::triggered, this, &ReviewMode::exportPdfDialog );
    mExportPngAction = new QAction( tr( "Export the deck as P&NG images…" ), this );
    mExportPngAction->setObjectName( QStringLiteral( "actionExportDeckPng" ) );
    mExportPngAction->setStatusTip( tr( "Write one PNG image per page of the review deck into a folder" ) );
    connect( mExportPngAction, &QAction::triggered, this, &ReviewMode::exportPngDialog );

    // another territory: the deck on screen no longer matches it
    connect( mWindow, &MainWindow::territoryOpened, this,
             [this]
             {
               stopPresentation();
               if ( mEditor )
                 mEditor->close();
               updateActions();
             } );
    updateActions();
  }

  ReviewMode::~ReviewMode()
  {
    if ( mBuild )
      mBuild->cancel();
    if ( mExport )
      mExport->cancel();
    if ( mPresentation )
      mPresentation->cache()->setRenderer( {} );
    delete mPresenter.data();
    delete mPresentation.data();
    mRenderer.reset();
  }

  void ReviewMode::setOptions( const ReviewOptions &options )
  {
    mOptions = options;
    if ( mWindow->persistSettings() )
      mOptions.save();
  }

  void ReviewMode::updateActions()
  {
    const bool open = mWindow->territory() != nullptr;
    mPresentAction->setEnabled( open );
    mPresentDialogAction->setEnabled( open );
    mAgendasAction->setEnabled( open );
    mExportPdfAction->setEnabled( open && !isExporting() );
    mExportPngAction->setEnabled( open && !isExporting() );
  }

  bool ReviewMode::exportDeck( DeckExport::Format format, const QString &target, QString *errorMessage )
  {
    const auto fail = [this, errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      reportError( message );
      return false;
    };
    if ( !mWindow->territory() )
      return fail( tr( "Open a territory first: the review deck is built from it." ) );
    if ( isExporting() )
      return fail( tr( "An export is already running." ) );
    const QString path = mWindow->territory()->path();
    const bool presenting = mPresentation && !mDeck.slides.isEmpty();
    review::Agenda agenda;
    QString error;
    if ( !presenting && !review::AgendaStore::agenda( path, mOptions.agendaName, mOptions.language, &agenda, &error ) )
      return fail( tr( "The agenda « %1 » cannot be read: %2" ).arg( mOptions.agendaName, error ) );

    delete mExport;
    mExport = new DeckExport( path, &mWindow->plugins(), mWindow->project(), this );
    QProgressDialog *progress = new QProgressDialog( tr( "Exporting the deck…" ), tr( "Cancel" ), 0, 1000, mWindow );
    progress->setObjectName( QStringLiteral( "reviewExportProgress" ) );
    progress->setWindowTitle( format == DeckExport::Format::Pdf ? tr( "Export as PDF" ) : tr( "Export as PNG" ) );
    progress->setWindowModality( Qt::WindowModal );
    progress->setMinimumDuration( 300 );
    progress->setAutoClose( false );
    progress->setAutoReset( false );
    progress->setValue( 0 );
    mExportProgress = progress;
    DeckExport *job = mExport;
    connect( progress, &QProgressDialog::canceled, job, &DeckExport::cancel );
    QProgressBar *bar = takeProgressBar( progress );
    connect( job, &DeckExport::progressChanged, progress,
             [progress, bar]( double fraction, const QString &stage )
             {
               bar->setValue( static_cast<int>( fraction * 1000 ) );
               progress->setLabelText( stage );
             } );
    connect( job, &DeckExport::finished, this,
             [this, job, progress]( bool ok, const QString &message )
             {
               progress->hide();
               progress->deleteLater();
               if ( ok )
               {
                 const QStringList files = job->files();
                 mWindow->statusBar()->showMessage(
                     files.size() == 1 ? tr( "Deck written: %1" ).arg( QDir::toNativeSeparators( files.constFirst() ) )
                                       : tr( "%n image(s) written in %1", nullptr, files.size() )
                                             .arg( QDir::toNativeSeparators( QFileInfo( files.value( 0 ) ).absolutePath() ) ),
                     10000 );
               }
               else if ( message == tr( "Cancelled." ) )
                 mWindow->statusBar()->showMessage( tr( "Export cancelled; nothing was written." ), 5000 );
               else
                 reportError( tr( "The deck could not be exported: %1" ).arg( message ) );
               updateActions();
               emit exportFinished( ok, message );
             } );
    const bool started = presenting ? job->start( mDeck, mOptions, format, target ) : job->start( agenda, mOptions, format, target );
    if ( !started )
    {
      progress->deleteLater();
      return fail( tr( "An export is already running." ) );
    }
    updateActions();
    return true;
  }

  void ReviewMode::exportPdfDialog()
  {
    QWidget *parent = mPresentation && mPresentation->isVisible() ? static_cast<QWidget *>( mPresentation ) : mWindow;
    const QString dir = QStandardPaths::writableLocation( QStandardPaths::DocumentsLocation );
    QString path =
        QFileDialog::getSaveFileName( parent, tr( "Export the deck as PDF" ),
                                      QDir( dir ).filePath( mOptions.agendaName + QStringLiteral( ".pdf" ) ), tr( "PDF (*.pdf)" ) );
    if ( path.isEmpty() )
      return;
    if ( !path.endsWith( QLatin1String( ".pdf" ), Qt::CaseInsensitive ) )
      path += QStringLiteral( ".pdf" );
    exportDeck( DeckExport::Format::Pdf, path );
  }

  void ReviewMode::exportPngDialog()
  {
    QWidget *parent = mPresentation && mPresentation->isVisible() ? static_cast<QWidget *>( mPresentation ) : mWindow;
    const QString dir = QFileDialog::getExistingDirectory( parent, tr( "Folder for the PNG images of the deck" ),
                                                           QStandardPaths::writableLocation( QStandardPaths::DocumentsLocation ) );
    if ( !dir.isEmpty() )
      exportDeck( DeckExport::Format::Png, dir );
  }

  bool ReviewMode::isBuilding() const
  {
    return mBuild && mBuild->isRunning();
  }

  void ReviewMode::reportError( const QString &message )
  {
    logMessage( LogLevel::Warning, QStringLiteral( "review" ), message );
    mWindow->statusBar()->showMessage( message, 15000 );
    if ( mWindow->errorDialogsEnabled() )
    {
      QMessageBox *box = new QMessageBox( QMessageBox::Warning, tr( "Review" ), message, QMessageBox::Ok, mWindow );
      box->setAttribute( Qt::WA_DeleteOnClose );
      box->open();
    }
    emit errorOccurred( message );
  }

  bool ReviewMode::present( const ReviewOptions &options, QString *errorMessage )
  {
    const auto fail = [this, errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      reportError( message );
      return false;
    };
    if ( !mWindow->territory() )
      return fail( tr( "Open a territory first: the review deck is built from it." ) );
    if ( isBuilding() )
      return fail( tr( "The deck is already being built." ) );
    if ( mPresentation && mPresentation->isVisible() )
    {
      mPresentation->raise();
      mPresentation->activateWindow();
      return true;
    }
    const QString path = mWindow->territory()->path();
    review::Agenda agenda;
    QString error;
    if ( !review::AgendaStore::agenda( path, options.agendaName, options.language, &agenda, &error ) )
      return fail( tr( "The agenda « %1 » cannot be read: %2" ).arg( options.agendaName, error ) );

    mBuildOptions = options;
    delete mBuild;
    mBuild = new DeckBuildJob( path, &mWindow->plugins(), this );
    QProgressDialog *progress = new QProgressDialog(
        tr( "Building the deck « %1 »…" ).arg( agenda.title.isEmpty() ? agenda.name : agenda.title ), tr( "Cancel" ), 0, 1000, mWindow );
    progress->setObjectName( QStringLiteral( "reviewProgress" ) );
    progress->setWindowTitle( tr( "Review" ) );
    progress->setWindowModality( Qt::WindowModal );
    progress->setMinimumDuration( 400 );
    progress->setAutoClose( false );
    progress->setAutoReset( false );
    progress->setValue( 0 );
    mProgress = progress;
    connect( progress, &QProgressDialog::canceled, this, &ReviewMode::cancel );
    QProgressBar *bar = takeProgressBar( progress );
    connect( mBuild, &DeckBuildJob::progressChanged, bar, [bar]( double fraction ) { bar->setValue( static_cast<int>( fraction * 1000 ) ); } );
    connect( mBuild, &DeckBuildJob::finished, this, &ReviewMode::buildFinished );
    mWindow->statusBar()->showMessage( tr( "Building the review deck…" ) );
    mBuild->start( agenda, options.language );
    return true;
  }

  void ReviewMode::cancel()
  {
    if ( mBuild && mBuild->isRunning() )
      mBuild->cancel();
  }

  void ReviewMode::buildFinished( bool ok, const QString &error )
  {
    if ( mProgress )
    {
      mProgress->hide();
      mProgress->deleteLater();
    }
    if ( !ok )
    {
      if ( mBuild && mBuild->wasCancelled() )
        mWindow->statusBar()->showMessage( tr( "Presentation cancelled." ), 5000 );
      else
        reportError( tr( "The review deck could not be built: %1" ).arg( error ) );
      emit deckBuilt( false, error );
      return;
    }
    const review::Deck deck = mBuild->deck();
    mWindow->statusBar()->showMessage( tr( "Deck « %1 »: %n slide(s), built in %2 s", nullptr, deck.slides.size() )
                                           .arg( deck.title )
                                           .arg( QLocale().toString( mBuild->elapsed() / 1000.0, 'f', 1 ) ),
                                       10000 );
    if ( !deck.missing.isEmpty() )
      logMessage( LogLevel::Info, QStringLiteral( "review" ),
                  QStringLiteral( "deck without: %1" ).arg( deck.missing.join( QStringLiteral( "; " ) ) ) );
    emit deckBuilt( true, QString() );
    presentDeck( deck, mBuildOptions );
  }

  SlideRenderer ReviewMode::rendererFunction( DeckRenderer *renderer ) const
  {
    return [renderer]( int slide, const QSize &size, QString *error )
    { return renderer->renderPage( renderer->pageOfSlide( slide ), size, error ); };
  }

  PresentationWindow *ReviewMode::presentDeck( const review::Deck &deck, const ReviewOptions &options )
  {
    stopPresentation();
    QElapsedTimer clock;
    clock.start();
    mDeck = deck;
    mRenderer = std::make_unique<DeckRenderer>( mDeck, mWindow->project(), options.style() );
    PresentationWindow *window = new PresentationWindow( mDeck, rendererFunction( mRenderer.get() ), options.theme );
    window->setAttribute( Qt::WA_DeleteOnClose, false );
    mPresentation = window;
    connect( window, &PresentationWindow::closed, this, [this] { QTimer::singleShot( 0, this, &ReviewMode::stopPresentation ); } );
    connect( window, &PresentationWindow::themeToggleRequested, this, &ReviewMode::toggleTheme );
    connect( window, &PresentationWindow::exportRequested, this,
             [this]( DeckPageWriter::Format format )
             {
               if ( format == DeckPageWriter::Format::Png )
                 exportPngDialog();
               else
                 exportPdfDialog();
             } );

    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *mainScreen = mWindow->screen() ? mWindow->screen() : QGuiApplication::primaryScreen();
    if ( screens.size() > 1 )
    {
      // the projector is the screen the main window is not on; the presenter keeps the laptop screen
      QScreen *projector = nullptr;
      for ( QScreen *screen : screens )
      {
        if ( screen != mainScreen )
        {
          projector = screen;
          break;
        }
      }
      window->showOnScreen( projector );
      mPresenter = new PresenterView( window );
      mPresenter->setGeometry( mainScreen->availableGeometry() );
      mPresenter->showMaximized();
    }
    else if ( options.presenterWindow )
    {
      // rehearsal on one screen: the slides and the presenter view side by side in windows
      const QRect area = mainScreen ? mainScreen->availableGeometry() : QRect( 0, 0, 1280, 720 );
      window->setGeometry( area.x(), area.y(), area.width() * 3 / 5, area.width() * 3 / 5 * 9 / 16 );
      window->unsetCursor();
      window->show();
      mPresenter = new PresenterView( window );
      mPresenter->setGeometry( area.x() + area.width() * 3 / 5, area.y(), area.width() * 2 / 5, area.height() * 2 / 3 );
      mPresenter->show();
      window->raise();
      window->activateWindow();
    }
    else
    {
      window->showOnScreen( mainScreen );
    }
    // the first slide drawn now, not at the first paint: the figure below is what users wait
    window->cache()->setSize( window->slideImageSize() );
    window->cache()->image( window->currentSlide() );
    window->cache()->prefetch( window->currentSlide() );
    mOpenMilliseconds = clock.elapsed();
    logMessage( LogLevel::Info, QStringLiteral( "review" ),
                QStringLiteral( "presentation of %1 slides opened in %2 ms" ).arg( mDeck.slides.size() ).arg( mOpenMilliseconds ) );
    emit presentationStarted( window );
    return window;
  }

  void ReviewMode::toggleTheme()
  {
    if ( !mPresentation )
      return;
    const DeckStyle::Theme theme = mPresentation->theme() == DeckStyle::Theme::Dark ? DeckStyle::Theme::Light : DeckStyle::Theme::Dark;
    ReviewOptions options = mOptions;
    options.theme = theme;
    std::unique_ptr<DeckRenderer> renderer = std::make_unique<DeckRenderer>( mDeck, mWindow->project(), options.style() );
    mPresentation->setTheme( theme, rendererFunction( renderer.get() ) );
    mRenderer = std::move( renderer ); // after the window let go of the previous one
    setOptions( options );
  }

  void ReviewMode::stopPresentation()
  {
    const bool wasPresenting = mPresentation || mPresenter;
    if ( mPresentation )
    {
      mPresentation->disconnect( this );
      mPresentation->cache()->setRenderer( {} ); // queued renderings must not reach the renderer deleted below
      mPresentation->close();
      mPresentation->deleteLater();
      mPresentation = nullptr;
    }
    if ( mPresenter )
    {
      mPresenter->close();
      mPresenter->deleteLater();
      mPresenter = nullptr;
    }
    mRenderer.reset();
    if ( wasPresenting )
    {
      mWindow->activateWindow();
      emit presentationEnded();
    }
  }

  void ReviewMode::presentDialog()
  {
    if ( !mWindow->territory() )
    {
      reportError( tr( "Open a territory first: the review deck is built from it." ) );
      return;
    }
    QString error;
    const QList<review::Agenda> agendas = review::AgendaStore::agendas( mWindow->territory()->path(), &error );
    if ( !error.isEmpty() )
      reportError( tr( "The agendas of the territory cannot be read: %1" ).arg( error ) );
    ReviewOptionsDialog dialog( agendas, mOptions, mWindow );
    if ( dialog.exec() != QDialog::Accepted )
      return;
    setOptions( dialog.options() );
    present();
  }

  void ReviewMode::agendaDialog()
  {
    if ( !mWindow->territory() )
    {
      reportError( tr( "Open a territory first: its agendas are saved in it." ) );
      return;
    }
    if ( mEditor )
    {
      mEditor->show();
      mEditor->raise();
      mEditor->activateWindow();
      return;
    }
    AgendaEditor *editor = new AgendaEditor( mWindow->territory()->path(), &mWindow->plugins(), mWindow->project(), mOptions, mWindow );
    editor->setAttribute( Qt::WA_DeleteOnClose );
    editor->setErrorDialogsEnabled( mWindow->errorDialogsEnabled() );
    mEditor = editor;
    connect( editor, &AgendaEditor::presentRequested, this,
             [this]( const ReviewOptions &options )
             {
               setOptions( options );
               present();
             } );
    connect( editor, &AgendaEditor::errorOccurred, this,
             [this]( const QString &message ) { mWindow->statusBar()->showMessage( message, 15000 ); } );
    editor->show();
  }

  // ---------------------------------------------------------------------------------------
  // ReviewOptionsDialog

  ReviewOptionsDialog::ReviewOptionsDialog( const QList<review::Agenda> &agendas, const ReviewOptions &options, QWidget *parent )
      : QDialog( parent ), mOptions( options )
  {
    setObjectName( QStringLiteral( "reviewOptionsDialog" ) );
    setWindowTitle( tr( "Present the review deck" ) );
    mAgenda = new QComboBox( this );
    mAgenda->setObjectName( QStringLiteral( "agendaCombo" ) );
    for ( const review::Agenda &agenda : agendas )
      mAgenda->addItem( agenda.title.isEmpty() ? agenda.name : tr( "%1 (%2)" ).arg( agenda.title, agenda.name ), agenda.name );
    if ( mAgenda->findData( options.agendaName ) < 0 )
      mAgenda->addItem( options.agendaName, options.agendaName );
    mAgenda->setCurrentIndex( mAgenda->findData( options.agendaName ) );
    mLanguage = new QComboBox( this );
    mLanguage->setObjectName( QStringLiteral( "languageCombo" ) );
    mLanguage->addItem( QStringLiteral( "Français" ), QStringLiteral( "fr" ) );
    mLanguage->addItem( QStringLiteral( "English" ), QStringLiteral( "en" ) );
    mLanguage->setCurrentIndex( qMax( 0, mLanguage->findData( options.language ) ) );
    mTheme = new QComboBox( this );
    mTheme->setObjectName( QStringLiteral( "themeCombo" ) );
    mTheme->addItem( tr( "Light (bright rooms)" ), static_cast<int>( DeckStyle::Theme::Light ) );
    mTheme->addItem( tr( "Dark (dim rooms, projectors)" ), static_cast<int>( DeckStyle::Theme::Dark ) );
    mTheme->setCurrentIndex( options.theme == DeckStyle::Theme::Dark ? 1 : 0 );
    mPresenterWindow = new QCheckBox( tr( "With one screen, show the presenter view in a window (rehearsal)" ), this );
    mPresenterWindow->setChecked( options.presenterWindow );
    const int screens = QGuiApplication::screens().size();
    QLabel *screenNote = new QLabel(
        screens > 1 ? tr( "%n screens: the slides go to the projector, the presenter view stays on this screen.", nullptr, screens )
                    : tr( "One screen: the slides fill it; Esc leaves, B blanks it." ),
        this );
    screenNote->setWordWrap( true );

    QFormLayout *form = new QFormLayout;
    form->addRow( tr( "&Agenda:" ), mAgenda );
    form->addRow( tr( "&Language of the deck:" ), mLanguage );
    form->addRow( tr( "&Theme:" ), mTheme );
    form->addRow( mPresenterWindow );
    form->addRow( screenNote );
    QDialogButtonBox *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
    buttons->button( QDialogButtonBox::Ok )->setText( tr( "&Present" ) );
    connect( buttons, &QDialogButtonBox::accepted, this, &QDialog::accept );
    connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
    QVBoxLayout *layout = new QVBoxLayout( this );
    layout->addLayout( form );
    layout->addWidget( buttons );
  }

  ReviewOptions ReviewOptionsDialog::options() const
  {
    ReviewOptions options = mOptions;
    options.agendaName = mAgenda->currentData().toString();
    options.language = mLanguage->currentData().toString();
    options.theme = static_cast<DeckStyle::Theme>( mTheme->currentData().toInt() );
    options.presenterWindow = mPresenterWindow->isChecked();
    return options;
  }

  // ---------------------------------------------------------------------------------------

  ReviewMode *installReviewMode( MainWindow *window )
  {
    ReviewMode *mode = new ReviewMode( window );
    QMenu *menu = new QMenu( ReviewMode::tr( "&Review" ), window );
    menu->setObjectName( QStringLiteral( "reviewMenu" ) );
    menu->addAction( mode->presentAction() );
    menu->addAction( mode->presentDialogAction() );
    menu->addSeparator();
    menu->addAction( mode->agendasAction() );
    menu->addAction( mode->exportPdfAction() );
    menu->addAction( mode->exportPngAction() );
    QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu( menus.isEmpty() ? nullptr : menus.last(), menu );
    QToolBar *bar = window->addToolBar( ReviewMode::tr( "Review" ) );
    bar->setObjectName( QStringLiteral( "reviewToolBar" ) );
    bar->setIconSize( QSize( 24, 24 ) );
    bar->setToolButtonStyle( Qt::ToolButtonTextBesideIcon );
    bar->addAction( mode->presentAction() );
    QObject::connect( mode, &ReviewMode::errorOccurred, window,
                      [window]( const QString &text ) { window->statusBar()->showMessage( text, 10000 ); } );
    return mode;
  }
} // namespace vigie
