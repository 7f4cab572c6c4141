// SPDX-License-Identifier: GPL-2.0-or-later
#include "agendaeditor.h"

#include "deckbuilder.h"
#include "log.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie
{
  namespace
  {
    constexpr int kSlideIdRole = Qt::UserRole;
    constexpr int kCustomTitleRole = Qt::UserRole + 1;

    QString nativePath( const QString &path )
    {
      return QDir::toNativeSeparators( path );
    }
  } // namespace

  AgendaEditor::AgendaEditor( const QString &territoryPath, const PluginManager *plugins, QgsProject *project, const ReviewOptions &options,
                              QWidget *parent )
      : QDialog( parent ), mTerritoryPath( territoryPath ), mPlugins( plugins ), mProject( project ), mOptions( options )
  {
    setObjectName( QStringLiteral( "agendaEditor" ) );
    setWindowTitle( tr( "Meeting agendas — %1" ).arg( QFileInfo( territoryPath ).completeBaseName() ) );
    resize( 980, 640 );

    // agenda choice and its actions
    mAgendaCombo = new QComboBox( this );
    mAgendaCombo->setObjectName( QStringLiteral( "agendaCombo" ) );
    mAgendaCombo->setMinimumContentsLength( 30 );
    QPushButton *newButton = new QPushButton( tr( "&New…" ), this );
    newButton->setObjectName( QStringLiteral( "newAgendaButton" ) );
    mDuplicateButton = new QPushButton( tr( "D&uplicate…" ), this );
    mDuplicateButton->setObjectName( QStringLiteral( "duplicateAgendaButton" ) );
    mDeleteButton = new QPushButton( tr( "De&lete" ), this );
    mDeleteButton->setObjectName( QStringLiteral( "deleteAgendaButton" ) );
    QHBoxLayout *agendaRow = new QHBoxLayout;
    QLabel *agendaLabel = new QLabel( tr( "&Agenda:" ), this );
    agendaLabel->setBuddy( mAgendaCombo );
    agendaRow->addWidget( agendaLabel );
    agendaRow->addWidget( mAgendaCombo, 1 );
    agendaRow->addWidget( newButton );
    agendaRow->addWidget( mDuplicateButton );
    agendaRow->addWidget( mDeleteButton );

    mDeckTitle = new QLineEdit( this );
    mDeckTitle->setObjectName( QStringLiteral( "deckTitle" ) );
    mDeckTitle->setPlaceholderText( tr( "Title of the deck, e.g. Conseil municipal du 12 décembre" ) );
    mLanguage = new QComboBox( this );
    mLanguage->setObjectName( QStringLiteral( "languageCombo" ) );
    mLanguage->addItem( QStringLiteral( "Français" ), QStringLiteral( "fr" ) );
    mLanguage->addItem( QStringLiteral( "English" ), QStringLiteral( "en" ) );
    mLanguage->setCurrentIndex( qMax( 0, mLanguage->findData( mOptions.language ) ) );
    mTheme = new QComboBox( this );
    mTheme->setObjectName( QStringLiteral( "themeCombo" ) );
    mTheme->addItem( tr( "Light" ), static_cast<int>( DeckStyle::Theme::Light ) );
    mTheme->addItem( tr( "Dark" ), static_cast<int>( DeckStyle::Theme::Dark ) );
    mTheme->setCurrentIndex( mOptions.theme == DeckStyle::Theme::Dark ? 1 : 0 );
    QHBoxLayout *lookRow = new QHBoxLayout;
    lookRow->addWidget( mLanguage );
    lookRow->addWidget( new QLabel( tr( "Theme:" ), this ) );
    lookRow->addWidget( mTheme );
    lookRow->addStretch( 1 );
    QFormLayout *form = new QFormLayout;
    form->addRow( tr( "Deck &title:" ), mDeckTitle );
    form->addRow( tr( "Language of the deck:" ), lookRow );

    // available slides | agenda slides
    mAvailable = new QListWidget( this );
    mAvailable->setObjectName( QStringLiteral( "availableSlides" ) );
    mAvailable->setSelectionMode( QAbstractItemView::ExtendedSelection );
    mAvailable->setToolTip(
        tr( "Slides the territory can give; greyed ones are missing (the reason is in their tooltip). Double-click to add." ) );
    mAddButton = new QPushButton( tr( "&Add →" ), this );
    mAddButton->setObjectName( QStringLiteral( "addSlideButton" ) );
    QWidget *left = new QWidget( this );
    QVBoxLayout *leftLayout = new QVBoxLayout( left );
    leftLayout->setContentsMargins( 0, 0, 0, 0 );
    leftLayout->addWidget( new QLabel( tr( "Available slides" ), left ) );
    leftLayout->addWidget( mAvailable, 1 );
    leftLayout->addWidget( mAddButton );

    mItems = new QListWidget( this );
    mItems->setObjectName( QStringLiteral( "agendaSlides" ) );
    mItems->setDragDropMode( QAbstractItemView::InternalMove );
    mItems->setDefaultDropAction( Qt::MoveAction );
    mItems->setEditTriggers( QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed );
    mItems->setToolTip( tr( "The slides of the agenda in their order: drag to reorder, double-click (or F2) to change a title" ) );
    mUpButton = new QPushButton( tr( "&Up" ), this );
    mUpButton->setObjectName( QStringLiteral( "upButton" ) );
    mDownButton = new QPushButton( tr( "Do&wn" ), this );
    mDownButton->setObjectName( QStringLiteral( "downButton" ) );
    mRemoveButton = new QPushButton( tr( "&Remove" ), this );
    mRemoveButton->setObjectName( QStringLiteral( "removeSlideButton" ) );
    mResetTitleButton = new QPushButton( tr( "Original t&itle" ), this );
    mResetTitleButton->setObjectName( QStringLiteral( "resetTitleButton" ) );
    QHBoxLayout *itemButtons = new QHBoxLayout;
    itemButtons->addWidget( mUpButton );
    itemButtons->addWidget( mDownButton );
    itemButtons->addWidget( mRemoveButton );
    itemButtons->addWidget( mResetTitleButton );
    QWidget *right = new QWidget( this );
    QVBoxLayout *rightLayout = new QVBoxLayout( right );
    rightLayout->setContentsMargins( 0, 0, 0, 0 );
    rightLayout->addWidget( new QLabel( tr( "Slides of this agenda, in order" ), right ) );
    rightLayout->addWidget( mItems, 1 );
    rightLayout->addLayout( itemButtons );

    QSplitter *splitter = new QSplitter( this );
    splitter->addWidget( left );
    splitter->addWidget( right );
    splitter->setStretchFactor( 0, 1 );
    splitter->setStretchFactor( 1, 1 );

    // status, progress, actions
    mStatus = new QLabel( this );
    mStatus->setObjectName( QStringLiteral( "agendaStatus" ) );
    mStatus->setWordWrap( true );
    mStatus->setTextInteractionFlags( Qt::TextSelectableByMouse );
    mProgress = new QProgressBar( this );
    mProgress->setObjectName( QStringLiteral( "agendaProgress" ) );
    mProgress->setRange( 0, 1000 );
    mProgress->hide();
    mCancelButton = new QPushButton( tr( "Cancel" ), this );
    mCancelButton->setObjectName( QStringLiteral( "cancelExportButton" ) );
    mCancelButton->hide();
    QHBoxLayout *progressRow = new QHBoxLayout;
    progressRow->addWidget( mStatus, 1 );
    progressRow->addWidget( mProgress );
    progressRow->addWidget( mCancelButton );

    mSaveButton = new QPushButton( tr( "&Save" ), this );
    mSaveButton->setObjectName( QStringLiteral( "saveAgendaButton" ) );
    mPresentButton = new QPushButton( tr( "&Present" ), this );
    mPresentButton->setObjectName( QStringLiteral( "presentButton" ) );
    mPdfButton = new QPushButton( tr( "Export P&DF…" ), this );
    mPdfButton->setObjectName( QStringLiteral( "exportPdfButton" ) );
    mPngButton = new QPushButton( tr( "Export P&NG…" ), this );
    mPngButton->setObjectName( QStringLiteral( "exportPngButton" ) );
    QPushButton *closeButton = new QPushButton( tr( "&Close" ), this );
    QHBoxLayout *buttons = new QHBoxLayout;
    buttons->addWidget( mSaveButton );
    buttons->addWidget( mPresentButton );
    buttons->addStretch( 1 );
    buttons->addWidget( mPdfButton );
    buttons->addWidget( mPngButton );
    buttons->addWidget( closeButton );

    QVBoxLayout *layout = new QVBoxLayout( this );
    layout->addLayout( agendaRow );
    layout->addLayout( form );
    layout->addWidget( splitter, 1 );
    layout->addLayout( progressRow );
    layout->addLayout( buttons );

    connect(
        mAgendaCombo, qOverload<int>( &QComboBox::activated ), this,
        [this]( int index )
        {
          const QString name = mAgendaCombo->itemData( index ).toString();
          if ( name == mLoaded.name )
            return;
          if ( mModified && mErrorDialogs &&
               QMessageBox::question( this, windowTitle(),
                                      tr( "Drop the changes to « %1 »?" ).arg( mLoaded.title.isEmpty() ? mLoaded.name : mLoaded.title ) ) !=
                   QMessageBox::Yes )
          {
            mAgendaCombo->setCurrentIndex( mAgendaCombo->findData( mLoaded.name ) );
            return;
          }
          selectAgenda( name );
        } );
    connect( newButton, &QPushButton::clicked, this, &AgendaEditor::newAgendaDialog );
    connect( mDuplicateButton, &QPushButton::clicked, this, &AgendaEditor::duplicateDialog );
    connect( mDeleteButton, &QPushButton::clicked, this, &AgendaEditor::removeDialog );
    connect( mDeckTitle, &QLineEdit::textEdited, this, [this] { setModified( true ); } );
    connect( mLanguage, qOverload<int>( &QComboBox::activated ), this, [this] { setLanguage( mLanguage->currentData().toString() ); } );
    connect( mTheme, qOverload<int>( &QComboBox::activated ), this,
             [this] { mOptions.theme = static_cast<DeckStyle::Theme>( mTheme->currentData().toInt() ); } );
    connect( mAddButton, &QPushButton::clicked, this,
             [this]
             {
               int row = mItems->currentRow() >= 0 ? mItems->currentRow() + 1 : -1;
               for ( QListWidgetItem *item : mAvailable->selectedItems() )
               {
                 if ( addSlide( item->data( kSlideIdRole ).toString(), row ) && row >= 0 )
                   ++row;
               }
             } );
    connect( mAvailable, &QListWidget::itemDoubleClicked, this,
             [this]( QListWidgetItem *item ) { addSlide( item->data( kSlideIdRole ).toString() ); } );
    connect( mAvailable, &QListWidget::itemSelectionChanged, this, &AgendaEditor::updateButtons );
    connect( mItems, &QListWidget::currentRowChanged, this, &AgendaEditor::updateButtons );
    connect( mItems->model(), &QAbstractItemModel::rowsMoved, this, [this] { setModified( true ); } );
    connect( mItems, &QListWidget::itemChanged, this,
             [this]( QListWidgetItem *item )
             {
               if ( mUpdating )
                 return;
               // an edited title: the slide's own title means "no title of the user's"
               const QString slideId = item->data( kSlideIdRole ).toString();
               const int index = mSlideIndex.value( slideId, -1 );
               const QString own = index >= 0 ? mSlides.at( index ).title : slideId;
               const QString text = item->text().trimmed();
               mUpdating = true;
               if ( text.isEmpty() || text == own )
               {
                 item->setData( kCustomTitleRole, QString() );
                 item->setText( own );
               }
               else
               {
                 item->setData( kCustomTitleRole, text );
               }
               mUpdating = false;
               setModified( true );
             } );
    connect( mUpButton, &QPushButton::clicked, this, [this] { moveItem( mItems->currentRow(), -1 ); } );
    connect( mDownButton, &QPushButton::clicked, this, [this] { moveItem( mItems->currentRow(), 1 ); } );
    connect( mRemoveButton, &QPushButton::clicked, this, [this] { removeItem( mItems->currentRow() ); } );
    connect( mResetTitleButton, &QPushButton::clicked, this, [this] { setItemTitle( mItems->currentRow(), QString() ); } );
    connect( mSaveButton, &QPushButton::clicked, this, [this] { save(); } );
    connect( mPresentButton, &QPushButton::clicked, this, &AgendaEditor::requestPresentation );
    connect( mPdfButton, &QPushButton::clicked, this, &AgendaEditor::exportPdfDialog );
    connect( mPngButton, &QPushButton::clicked, this, &AgendaEditor::exportPngDialog );
    connect( closeButton, &QPushButton::clicked, this, &QDialog::close );

    mExport = new DeckExport( mTerritoryPath, mPlugins, mProject, this );
    connect( mExport, &DeckExport::progressChanged, this,
             [this]( double fraction, const QString &stage )
             {
               mProgress->setValue( static_cast<int>( fraction * 1000 ) );
               mStatus->setStyleSheet( QString() );
               mStatus->setText( stage );
             } );
    connect( mExport, &DeckExport::finished, this,
             [this]( bool ok, const QString &error )
             {
               mProgress->hide();
               mCancelButton->hide();
               if ( ok )
               {
                 const QStringList files = mExport->files();
                 showStatus( files.size() == 1 ? tr( "Deck written: %1" ).arg( nativePath( files.constFirst() ) )
                                               : tr( "%n image(s) written in %1", nullptr, files.size() )
                                                     .arg( nativePath( QFileInfo( files.value( 0 ) ).absolutePath() ) ) );
               }
               else if ( error == tr( "Cancelled." ) )
                 showStatus( tr( "Export cancelled; nothing was written." ) );
               else
                 showError( tr( "The deck could not be exported: %1" ).arg( error ) );
               updateButtons();
               emit exportFinished( ok, error );
             } );
    connect( mCancelButton, &QPushButton::clicked, mExport, &DeckExport::cancel );

    mSlidesJob = new DeckBuildJob( mTerritoryPath, mPlugins, this );
    connect( mSlidesJob, &DeckBuildJob::finished, this,
             [this]( bool ok, const QString &error )
             {
               if ( ok )
               {
                 mSlides = mSlidesJob->slides();
                 mSlideIndex.clear();
                 for ( int i = 0; i < mSlides.size(); ++i )
                   mSlideIndex.insert( mSlides.at( i ).id, i );
                 fillAvailable();
                 // the agenda shown before the slides were known: their own titles now
                 mUpdating = true;
                 for ( int row = 0; row < mItems->count(); ++row )
                 {
                   QListWidgetItem *item = mItems->item( row );
                   const QListWidgetItem *fresh =
                       makeItem( item->data( kSlideIdRole ).toString(), item->data( kCustomTitleRole ).toString() );
                   item->setText( fresh->text() );
                   item->setToolTip( fresh->toolTip() );
                   item->setForeground( fresh->foreground() );
                   item->setFont( fresh->font() );
                   delete fresh;
                 }
                 mUpdating = false;
                 showStatus( tr( "%n slide(s) available.", nullptr, mSlides.size() ) );
               }
               else
               {
                 showError( tr( "The slides of the territory cannot be listed: %1" ).arg( error ) );
               }
               updateButtons();
               emit slidesLoaded( ok );
             } );

    reloadAgendas( mOptions.agendaName );
    loadSlides();
  }

  AgendaEditor::~AgendaEditor()
  {
    if ( mExport && mExport->isRunning() )
      mExport->cancel();
  }

  // ---------------------------------------------------------------------------------------

  void AgendaEditor::showStatus( const QString &text, bool error )
  {
    mStatus->setStyleSheet( error ? QStringLiteral( "color: #b00020; font-weight: bold;" ) : QString() );
    mStatus->setText( text );
  }

  void AgendaEditor::showError( const QString &message )
  {
    mLastError = message;
    logMessage( LogLevel::Warning, QStringLiteral( "review" ), message );
    showStatus( message, true );
    if ( mErrorDialogs )
    {
      QMessageBox *box = new QMessageBox( QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this );
      box->setAttribute( Qt::WA_DeleteOnClose );
      box->open();
    }
    emit errorOccurred( message );
  }

  void AgendaEditor::setModified( bool modified )
  {
    mModified = modified;
    updateButtons();
  }

  void AgendaEditor::updateButtons()
  {
    const bool exporting = mExport && mExport->isRunning();
    const int row = mItems->currentRow();
    mAddButton->setEnabled( !mAvailable->selectedItems().isEmpty() );
    mUpButton->setEnabled( row > 0 );
    mDownButton->setEnabled( row >= 0 && row + 1 < mItems->count() );
    mRemoveButton->setEnabled( row >= 0 );
    mResetTitleButton->setEnabled( row >= 0 && !mItems->item( row )->data( kCustomTitleRole ).toString().isEmpty() );
    mSaveButton->setEnabled( mModified );
    mDeleteButton->setEnabled( !mLoaded.name.isEmpty() );
    mDuplicateButton->setEnabled( !mLoaded.name.isEmpty() );
    mPdfButton->setEnabled( !exporting && mItems->count() > 0 );
    mPngButton->setEnabled( !exporting && mItems->count() > 0 );
    mPresentButton->setEnabled( mItems->count() > 0 );
    const QString star = mModified ? QStringLiteral( " *" ) : QString();
    setWindowTitle( tr( "Meeting agendas — %1" ).arg( QFileInfo( mTerritoryPath ).completeBaseName() ) + star );
  }

  // ---------------------------------------------------------------------------------------
  // agendas

  QStringList AgendaEditor::agendaNames() const
  {
    QStringList names;
    for ( const review::Agenda &agenda : mAgendas )
      names << agenda.name;
    return names;
  }

  bool AgendaEditor::reloadAgendas( const QString &select )
  {
    QString error;
    mAgendas = review::AgendaStore::agendas( mTerritoryPath, &error );
    mAgendaCombo->clear();
    for ( const review::Agenda &agenda : std::as_const( mAgendas ) )
      mAgendaCombo->addItem( agenda.title.isEmpty() ? agenda.name : tr( "%1 (%2)" ).arg( agenda.title, agenda.name ), agenda.name );
    if ( !error.isEmpty() )
    {
      showError( tr( "The agendas of %1 cannot be read: %2" ).arg( nativePath( mTerritoryPath ), error ) );
      return false;
    }
    const QString name = !select.isEmpty() && mAgendaCombo->findData( select ) >= 0 ? select : mAgendaCombo->itemData( 0 ).toString();
    if ( !name.isEmpty() )
      return selectAgenda( name );
    showAgenda( review::Agenda() );
    return true;
  }

  bool AgendaEditor::selectAgenda( const QString &name )
  {
    review::Agenda agenda;
    QString error;
    if ( !review::AgendaStore::agenda( mTerritoryPath, name, mOptions.language, &agenda, &error ) )
    {
      showError( tr( "The agenda « %1 » cannot be read: %2" ).arg( name, error ) );
      return false;
    }
    if ( mAgendaCombo->findData( name ) < 0 )
      mAgendaCombo->addItem( agenda.title.isEmpty() ? name : tr( "%1 (%2)" ).arg( agenda.title, name ), name );
    mAgendaCombo->setCurrentIndex( mAgendaCombo->findData( name ) );
    showAgenda( agenda );
    return true;
  }

  QString AgendaEditor::currentAgendaName() const
  {
    return mLoaded.name;
  }

  void AgendaEditor::showAgenda( const review::Agenda &agenda )
  {
    mLoaded = agenda;
    mUpdating = true;
    mDeckTitle->setText( agenda.title );
    mItems->clear();
    for ( const review::AgendaItem &item : agenda.items )
      mItems->addItem( makeItem( item.slideId, item.title ) );
    mUpdating = false;
    setModified( false );
  }

  QListWidgetItem *AgendaEditor::makeItem( const QString &slideId, const QString &title ) const
  {
    QListWidgetItem *item = new QListWidgetItem;
    item->setData( kSlideIdRole, slideId );
    item->setData( kCustomTitleRole, title );
    item->setFlags( Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled );
    const int index = mSlideIndex.value( slideId, -1 );
    if ( index >= 0 )
    {
      const review::Slide &slide = mSlides.at( index );
      item->setText( title.isEmpty() ? slide.title : title );
      QString tip = tr( "%1 — slide « %2 » (%3)" ).arg( slide.title, slide.id, slide.domain );
      if ( slide.kind == review::Slide::Kind::Missing )
      {
        tip += QLatin1Char( '\n' ) + tr( "Missing: %1" ).arg( slide.unavailableReason );
        item->setForeground( QColor( 130, 130, 130 ) );
        QFont italic = item->font();
        italic.setItalic( true );
        item->setFont( italic );
      }
      item->setToolTip( tip );
    }
    else
    {
      item->setText( title.isEmpty() ? slideId : title );
      if ( !mSlides.isEmpty() )
      {
        item->setToolTip( tr( "The territory cannot give the slide « %1 »: the deck will say what is missing." ).arg( slideId ) );
        item->setForeground( QColor( 130, 130, 130 ) );
        QFont italic = item->font();
        italic.setItalic( true );
        item->setFont( italic );
      }
    }
    return item;
  }

  review::Agenda AgendaEditor::agenda() const
  {
    review::Agenda agenda;
    agenda.name = mLoaded.name;
    agenda.title = mDeckTitle->text().trimmed();
    for ( int row = 0; row < mItems->count(); ++row )
    {
      const QListWidgetItem *item = mItems->item( row );
      review::AgendaItem entry;
      entry.slideId = item->data( kSlideIdRole ).toString();
      entry.title = item->data( kCustomTitleRole ).toString();
      agenda.items << entry;
    }
    return agenda;
  }

  // ---------------------------------------------------------------------------------------
  // slides

  void AgendaEditor::loadSlides()
  {
    mSlidesJob->cancel();
    showStatus( tr( "Listing the slides of the territory…" ) );
    mSlidesJob->startAllSlides( mOptions.language );
  }

  bool AgendaEditor::isLoadingSlides() const
  {
    return mSlidesJob->isRunning();
  }

  bool AgendaEditor::waitForSlides( int timeoutMs )
  {
    return mSlidesJob->waitForFinished( timeoutMs );
  }

  void AgendaEditor::fillAvailable()
  {
    mAvailable->clear();
    for ( const review::Slide &slide : std::as_const( mSlides ) )
    {
      const bool missing = slide.kind == review::Slide::Kind::Missing;
      QListWidgetItem *item = new QListWidgetItem( missing ? tr( "%1 (missing)" ).arg( slide.title ) : slide.title, mAvailable );
      item->setData( kSlideIdRole, slide.id );
      QString tip = tr( "Slide « %1 » (%2)" ).arg( slide.id, slide.domain );
      if ( !slide.subtitle.isEmpty() )
        tip += QLatin1Char( '\n' ) + slide.subtitle;
      if ( missing )
      {
        tip += QLatin1Char( '\n' ) + tr( "Missing: %1" ).arg( slide.unavailableReason );
        item->setForeground( QColor( 130, 130, 130 ) );
        QFont italic = item->font();
        italic.setItalic( true );
        item->setFont( italic );
      }
      item->setToolTip( tip );
    }
  }

  bool AgendaEditor::addSlide( const QString &slideId, int row )
  {
    if ( !mSlideIndex.contains( slideId ) )
    {
      showError( tr( "The territory has no slide « %1 »." ).arg( slideId ) );
      return false;
    }
    QListWidgetItem *item = makeItem( slideId, QString() );
    mUpdating = true;
    if ( row < 0 || row > mItems->count() )
      mItems->addItem( item );
    else
      mItems->insertItem( row, item );
    mUpdating = false;
    mItems->setCurrentItem( item );
    setModified( true );
    return true;
  }

  void AgendaEditor::removeItem( int row )
  {
    if ( row < 0 || row >= mItems->count() )
      return;
    delete mItems->takeItem( row );
    setModified( true );
  }

  bool AgendaEditor::moveItem( int row, int delta )
  {
    const int target = row + delta;
    if ( row < 0 || row >= mItems->count() || target < 0 || target >= mItems->count() || delta == 0 )
      return false;
    mUpdating = true;
    QListWidgetItem *item = mItems->takeItem( row );
    mItems->insertItem( target, item );
    mUpdating = false;
    mItems->setCurrentRow( target );
    setModified( true );
    return true;
  }

  void AgendaEditor::setItemTitle( int row, const QString &title )
  {
    if ( row < 0 || row >= mItems->count() )
      return;
    QListWidgetItem *item = mItems->item( row );
    const QString slideId = item->data( kSlideIdRole ).toString();
    const int index = mSlideIndex.value( slideId, -1 );
    const QString own = index >= 0 ? mSlides.at( index ).title : slideId;
    const QString text = title.trimmed();
    mUpdating = true;
    item->setData( kCustomTitleRole, text == own ? QString() : text );
    item->setText( text.isEmpty() ? own : text );
    mUpdating = false;
    setModified( true );
  }

  void AgendaEditor::clearItems()
  {
    mItems->clear();
    setModified( true );
  }

  int AgendaEditor::itemCount() const
  {
    return mItems->count();
  }

  void AgendaEditor::setDeckTitle( const QString &title )
  {
    mDeckTitle->setText( title );
    setModified( true );
  }

  QString AgendaEditor::deckTitle() const
  {
    return mDeckTitle->text();
  }

  void AgendaEditor::setLanguage( const QString &language )
  {
    const QString chosen = language == QLatin1String( "en" ) ? language : QStringLiteral( "fr" );
    mLanguage->setCurrentIndex( qMax( 0, mLanguage->findData( chosen ) ) );
    if ( chosen == mOptions.language )
      return;
    mOptions.language = chosen;
    // slide titles come in the deck's language; default agendas too (unless edited)
    if ( !mModified && !mLoaded.name.isEmpty() )
      selectAgenda( mLoaded.name );
    loadSlides();
  }

  ReviewOptions AgendaEditor::options() const
  {
    ReviewOptions options = mOptions;
    options.agendaName = mLoaded.name;
    options.language = mLanguage->currentData().toString();
    options.theme = static_cast<DeckStyle::Theme>( mTheme->currentData().toInt() );
    return options;
  }

  // ---------------------------------------------------------------------------------------
  // saving

  bool AgendaEditor::save( QString *errorMessage )
  {
    const review::Agenda edited = agenda();
    QString error;
    if ( edited.name.isEmpty() )
      error = tr( "The agenda has no name." );
    else if ( !review::AgendaStore::save( mTerritoryPath, edited, &error ) && error.isEmpty() )
      error = tr( "unknown error" );
    if ( !error.isEmpty() )
    {
      const QString message = tr( "The agenda « %1 » was not saved in %2: %3" ).arg( edited.name, nativePath( mTerritoryPath ), error );
      if ( errorMessage )
        *errorMessage = message;
      showError( message );
      return false;
    }
    logMessage( LogLevel::Info, QStringLiteral( "review" ),
                QStringLiteral( "agenda \"%1\" saved (%2 slides)" ).arg( edited.name ).arg( edited.items.size() ) );
    reloadAgendas( edited.name );
    showStatus( tr( "Agenda « %1 » saved in the territory (%n slide(s)).", nullptr, edited.items.size() )
                    .arg( edited.title.isEmpty() ? edited.name : edited.title ) );
    emit agendaSaved( edited.name );
    return true;
  }

  bool AgendaEditor::duplicateAgenda( const QString &name, const QString &title, QString *errorMessage )
  {
    const QString key = name.trimmed();
    if ( key.isEmpty() )
    {
      const QString message = tr( "The new agenda needs a name." );
      if ( errorMessage )
        *errorMessage = message;
      showError( message );
      return false;
    }
    if ( agendaNames().contains( key ) )
    {
      const QString message = tr( "There is already an agenda named « %1 »." ).arg( key );
      if ( errorMessage )
        *errorMessage = message;
      showError( message );
      return false;
    }
    review::Agenda copy = agenda();
    copy.name = key;
    copy.title = title.isEmpty() ? tr( "%1 (copy)" ).arg( copy.title.isEmpty() ? mLoaded.name : copy.title ) : title;
    QString error;
    if ( !review::AgendaStore::save( mTerritoryPath, copy, &error ) )
    {
      const QString message = tr( "The agenda « %1 » was not saved in %2: %3" ).arg( key, nativePath( mTerritoryPath ), error );
      if ( errorMessage )
        *errorMessage = message;
      showError( message );
      return false;
    }
    reloadAgendas( key );
    showStatus( tr( "Agenda « %1 » created." ).arg( copy.title ) );
    emit agendaSaved( key );
    return true;
  }

  bool AgendaEditor::removeAgenda( QString *errorMessage )
  {
    const QString name = mLoaded.name;
    QString error;
    if ( name.isEmpty() || !review::AgendaStore::remove( mTerritoryPath, name, &error ) )
    {
      const QString message = tr( "The agenda « %1 » was not deleted from %2: %3" )
                                  .arg( name, nativePath( mTerritoryPath ), error.isEmpty() ? tr( "no agenda selected" ) : error );
      if ( errorMessage )
        *errorMessage = message;
      showError( message );
      return false;
    }
    reloadAgendas( name ); // a default agenda comes back as it was
    showStatus( tr( "Agenda « %1 » deleted." ).arg( name ) );
    return true;
  }

  void AgendaEditor::newAgendaDialog()
  {
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr( "New agenda" ), tr( "Name of the agenda (a short key, e.g. commission-travaux):" ), QLineEdit::Normal, QString(), &ok );
    if ( !ok || name.trimmed().isEmpty() )
      return;
    review::Agenda agenda;
    agenda.name = name.trimmed();
    agenda.title = name.trimmed();
    for ( const review::Slide &slide : std::as_const( mSlides ) )
    {
      if ( slide.kind != review::Slide::Kind::Missing )
        agenda.items << review::AgendaItem{ slide.id, QString() };
    }
    QString error;
    if ( !review::AgendaStore::save( mTerritoryPath, agenda, &error ) )
    {
      showError( tr( "The agenda « %1 » was not saved in %2: %3" ).arg( agenda.name, nativePath( mTerritoryPath ), error ) );
      return;
    }
    reloadAgendas( agenda.name );
    emit agendaSaved( agenda.name );
  }

  void AgendaEditor::duplicateDialog()
  {
    bool ok = false;
    const QString name = QInputDialog::getText( this, tr( "Duplicate the agenda" ), tr( "Name of the copy:" ), QLineEdit::Normal,
                                                mLoaded.name + QStringLiteral( "-2" ), &ok );
    if ( ok )
      duplicateAgenda( name );
  }

  void AgendaEditor::removeDialog()
  {
    if ( mLoaded.name.isEmpty() )
      return;
    if ( QMessageBox::question( this, tr( "Delete the agenda" ),
                                tr( "Delete the agenda « %1 » from the territory? A default agenda comes back as it was." )
                                    .arg( mLoaded.title.isEmpty() ? mLoaded.name : mLoaded.title ) ) != QMessageBox::Yes )
      return;
    removeAgenda();
  }

  // ---------------------------------------------------------------------------------------
  // present, export

  void AgendaEditor::requestPresentation()
  {
    if ( mModified && !save() )
      return;
    emit presentRequested( options() );
  }

  bool AgendaEditor::exportDeck( DeckExport::Format format, const QString &target )
  {
    if ( mItems->count() == 0 )
    {
      showError( tr( "The agenda has no slide to export." ) );
      return false;
    }
    if ( !mExport->start( agenda(), options(), format, target ) )
    {
      showError( tr( "An export is already running." ) );
      return false;
    }
    mProgress->setValue( 0 );
    mProgress->show();
    mCancelButton->show();
    updateButtons();
    return true;
  }

  void AgendaEditor::exportPdfDialog()
  {
    const QString dir = QStandardPaths::writableLocation( QStandardPaths::DocumentsLocation );
    const review::Agenda edited = agenda();
    QString path = QFileDialog::getSaveFileName( this, tr( "Export the deck as PDF" ),
                                                 QDir( dir ).filePath( edited.name + QStringLiteral( ".pdf" ) ), tr( "PDF (*.pdf)" ) );
    if ( path.isEmpty() )
      return;
    if ( !path.endsWith( QLatin1String( ".pdf" ), Qt::CaseInsensitive ) )
      path += QStringLiteral( ".pdf" );
    exportDeck( DeckExport::Format::Pdf, path );
  }

  void AgendaEditor::exportPngDialog()
  {
    const QString dir = QFileDialog::getExistingDirectory( this, tr( "Folder for the PNG images of the deck" ),
                                                           QStandardPaths::writableLocation( QStandardPaths::DocumentsLocation ) );
    if ( !dir.isEmpty() )
      exportDeck( DeckExport::Format::Png, dir );
  }

  void AgendaEditor::closeEvent( QCloseEvent *event )
  {
    if ( mExport->isRunning() )
    {
      // pages are drawn on this thread: wait for the page being drawn to end, then close
      mExport->cancel();
      event->ignore();
      QTimer::singleShot( 50, this, &QWidget::close );
      return;
    }
    if ( mModified && mErrorDialogs )
    {
      const QMessageBox::StandardButton answer = QMessageBox::question(
          this, windowTitle(), tr( "Save the changes to « %1 »?" ).arg( mLoaded.title.isEmpty() ? mLoaded.name : mLoaded.title ),
          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel );
      if ( answer == QMessageBox::Cancel || ( answer == QMessageBox::Save && !save() ) )
      {
        event->ignore();
        return;
      }
    }
    QDialog::closeEvent( event );
  }
} // namespace vigie
