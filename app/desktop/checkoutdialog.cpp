// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkoutdialog.h"

#include "backgroundtask.h"
#include "log.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "territory.h"
#include "territorylayers.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrectangle.h>
#include <qgsvectorlayer.h>

#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <atomic>

namespace vigie
{
  namespace
  {
    const QString kLogTopic = QStringLiteral( "app" );

    //! A GeoPackage and its SQLite side files.
    void removeDatabaseFiles( const QString &path )
    {
      for ( const QString &suffix : { QString(), QStringLiteral( "-wal" ), QStringLiteral( "-shm" ), QStringLiteral( "-journal" ) } )
        QFile::remove( path + suffix );
    }

    //! Moves a complete copy (and any side file) to its final name; never overwrites.
    bool moveDatabase( const QString &from, const QString &to, QString *error )
    {
      if ( QFileInfo::exists( to ) )
      {
        *error = QCoreApplication::translate( "vigie", "%1 already exists: a checkout never overwrites a file" )
                     .arg( QDir::toNativeSeparators( to ) );
        return false;
      }
      if ( !QFile::rename( from, to ) )
      {
        *error = QCoreApplication::translate( "vigie", "cannot rename %1 to %2" )
                     .arg( QDir::toNativeSeparators( from ), QDir::toNativeSeparators( to ) );
        return false;
      }
      for ( const QString &suffix : { QStringLiteral( "-wal" ), QStringLiteral( "-shm" ), QStringLiteral( "-journal" ) } )
      {
        if ( QFileInfo::exists( from + suffix ) )
          QFile::rename( from + suffix, to + suffix );
      }
      return true;
    }
  } // namespace

  QString CommuneChoice::label() const
  {
    return name.isEmpty() ? code : QStringLiteral( "%1 (%2)" ).arg( name, code );
  }

  // ---- CheckoutJob

  struct CheckoutJob::Shared
  {
    QMutex mutex;
    std::atomic<bool> stop{ false }; //!< read by the worker's progress callback: the checkout stops there
    bool cancelled = false;
    bool moved = false; //!< the copy is complete under its final name
  };

  CheckoutJob::CheckoutJob( QObject *parent ) : QObject( parent )
  {
    connect( &mWatcher, &QFutureWatcher<Outcome>::finished, this,
             [this]
             {
               const Outcome outcome = mWatcher.result();
               emit workerFinished();
               if ( !mRunning )
                 return; // cancelled: finished() was emitted already
               mRunning = false;
               mResult = outcome.result;
               emit finished( outcome.ok, outcome.error );
             } );
  }

  CheckoutJob::~CheckoutJob()
  {
    if ( mRunning )
      cancel();
    mWatcher.waitForFinished();
  }

  QString CheckoutJob::temporaryPathFor( const QString &destination )
  {
    const QFileInfo info( destination );
    return info.dir().filePath( QStringLiteral( ".%1.partial-%2.gpkg" ).arg( info.fileName() ).arg( QCoreApplication::applicationPid() ) );
  }

  bool CheckoutJob::start( const QString &source, const QString &destination, const QList<DomainPlugin *> &plugins,
                           const CheckoutFilter &filter, QString *errorMessage )
  {
    return start( source, QString(), destination, plugins, filter, errorMessage );
  }

  bool CheckoutJob::start( const QString &source, const QString &recordedSource, const QString &destination,
                           const QList<DomainPlugin *> &plugins, const CheckoutFilter &filter, QString *errorMessage )
  {
    auto fail = [errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    if ( mRunning || mWatcher.isRunning() )
      return fail( tr( "An offline copy is already being taken" ) );
    if ( destination.isEmpty() )
      return fail( tr( "Choose the file of the offline copy" ) );
    const QString target = QFileInfo( destination ).absoluteFilePath();
    if ( QFileInfo::exists( target ) )
      return fail( tr( "%1 already exists: an offline copy never overwrites a file; choose another name" )
                       .arg( QDir::toNativeSeparators( target ) ) );
    if ( !QFileInfo( target ).dir().exists() )
      return fail( tr( "%1: no such folder" ).arg( QDir::toNativeSeparators( QFileInfo( target ).absolutePath() ) ) );
    const QString temporary = temporaryPathFor( target );
    removeDatabaseFiles( temporary ); // left by a crash of this process id: ours by its name

    mShared = std::make_shared<Shared>();
    mDestination = target;
    mResult = CheckoutResult();
    mCancelled = false;
    mRunning = true;
    std::shared_ptr<Shared> shared = mShared;
    CheckoutOptions options;
    options.filter = filter;
    options.recordedSource = recordedSource;
    // the job outlives its worker (its destructor waits for it); a queued call to a deleted job is dropped
    CheckoutJob *job = this;
    options.progress = [shared, job]( const QString &step, qint64 done, qint64 total )
    {
      if ( shared->stop )
        return false;
      QMetaObject::invokeMethod(
          job,
          [job, step, done, total]
          {
            if ( job->mRunning )
              emit job->progress( step, done, total );
          },
          Qt::QueuedConnection );
      return true;
    };
    mWatcher.setFuture( QtConcurrent::run(
        [shared, source, temporary, target, plugins, options]()
        {
          Outcome outcome;
          outcome.ok = TerritoryCheckout::checkout( source, temporary, plugins, options, &outcome.result, &outcome.error );
          QMutexLocker lock( &shared->mutex );
          if ( shared->cancelled || !outcome.ok )
          {
            removeDatabaseFiles( temporary );
            outcome.ok = false;
            return outcome;
          }
          if ( !moveDatabase( temporary, target, &outcome.error ) )
          {
            removeDatabaseFiles( temporary );
            outcome.ok = false;
            return outcome;
          }
          shared->moved = true;
          return outcome;
        } ) );
    return true;
  }

  void CheckoutJob::cancel()
  {
    if ( !mRunning )
      return;
    mShared->stop = true; // the checkout stops at its next progress report
    {
      QMutexLocker lock( &mShared->mutex );
      mShared->cancelled = true;
      // the copy was complete but not yet reported: the user asked for no copy
      if ( mShared->moved )
        removeDatabaseFiles( mDestination );
    }
    mRunning = false;
    mCancelled = true;
    logMessage( LogLevel::Info, kLogTopic, tr( "Offline copy to %1 cancelled" ).arg( QDir::toNativeSeparators( mDestination ) ) );
    emit finished( false, tr( "Cancelled: no offline copy was written" ) );
  }

  void CheckoutJob::waitForFinished()
  {
    mWatcher.waitForFinished(); // finished() still comes through the event loop
  }

  // ---- CheckoutDialog

  CheckoutDialog::CheckoutDialog( const QString &source, const QList<DomainPlugin *> &plugins, QWidget *parent )
      : QDialog( parent ), mSource( source ), mPlugins( plugins )
  {
    setWindowTitle( tr( "Take an Offline Copy" ) );
    setObjectName( QStringLiteral( "checkoutDialog" ) );
    QVBoxLayout *layout = new QVBoxLayout( this );

    QLabel *intro = new QLabel( tr( "Copy part of <b>%1</b> into a GeoPackage to edit it without the server. Territory ▸ Synchronise "
                                    "with the server… sends the edits back later; edits made on both sides to the same field are "
                                    "reported as conflicts, never lost." )
                                    .arg( Territory::displayPath( source ).toHtmlEscaped() ),
                                this );
    intro->setWordWrap( true );
    layout->addWidget( intro );

    QGroupBox *areaBox = new QGroupBox( tr( "Part of the territory" ), this );
    QFormLayout *areaLayout = new QFormLayout( areaBox );
    mCommuneRadio = new QRadioButton( tr( "Commune:" ), areaBox );
    mCommuneEdit = new QLineEdit( areaBox );
    mCommuneEdit->setObjectName( QStringLiteral( "communeEdit" ) );
    mCommuneEdit->setPlaceholderText( tr( "Name or INSEE code" ) );
    mCommuneEdit->setClearButtonEnabled( true );
    areaLayout->addRow( mCommuneRadio, mCommuneEdit );
    mExtentRadio = new QRadioButton( tr( "Current map extent:" ), areaBox );
    mExtentLabel = new QLabel( tr( "no map extent" ), areaBox );
    mExtentLabel->setTextInteractionFlags( Qt::TextSelectableByMouse );
    areaLayout->addRow( mExtentRadio, mExtentLabel );
    mWholeRadio = new QRadioButton( tr( "The whole territory" ), areaBox );
    areaLayout->addRow( mWholeRadio );
    layout->addWidget( areaBox );

    QHBoxLayout *destinationLayout = new QHBoxLayout();
    destinationLayout->addWidget( new QLabel( tr( "Offline copy:" ), this ) );
    mDestinationEdit = new QLineEdit( this );
    mDestinationEdit->setObjectName( QStringLiteral( "destinationEdit" ) );
    mDestinationEdit->setPlaceholderText( tr( "GeoPackage file to create" ) );
    destinationLayout->addWidget( mDestinationEdit, 1 );
    mBrowseButton = new QPushButton( tr( "Browse…" ), this );
    destinationLayout->addWidget( mBrowseButton );
    layout->addLayout( destinationLayout );

    mProgress = new QProgressBar( this );
    mProgress->setObjectName( QStringLiteral( "checkoutProgress" ) );
    mProgress->setRange( 0, 0 ); // busy until the checkout knows its total
    mProgress->setTextVisible( true );
    mProgress->hide();
    layout->addWidget( mProgress );
    mStatus = new QLabel( this );
    mStatus->setWordWrap( true );
    mStatus->setTextInteractionFlags( Qt::TextSelectableByMouse );
    layout->addWidget( mStatus );
    layout->addStretch();

    mButtons = new QDialogButtonBox( QDialogButtonBox::Close, this );
    mStartButton = mButtons->addButton( tr( "Take the Copy" ), QDialogButtonBox::ActionRole );
    mStartButton->setDefault( true );
    mOpenButton = mButtons->addButton( tr( "Open the Copy" ), QDialogButtonBox::ActionRole );
    mOpenButton->hide();
    layout->addWidget( mButtons );
    resize( 560, sizeHint().height() );

    connect( mButtons, &QDialogButtonBox::rejected, this, &CheckoutDialog::reject );
    connect( mStartButton, &QPushButton::clicked, this, &CheckoutDialog::startCheckout );
    connect( mOpenButton, &QPushButton::clicked, this,
             [this]
             {
               emit openRequested( mJob ? mJob->destination() : destination() );
               accept();
             } );
    connect( mBrowseButton, &QPushButton::clicked, this, &CheckoutDialog::browse );
    for ( QRadioButton *radio : { mCommuneRadio, mExtentRadio, mWholeRadio } )
      connect( radio, &QRadioButton::toggled, this, &CheckoutDialog::updateWidgets );
    connect( mCommuneEdit, &QLineEdit::textEdited, this, [this] { mCommuneRadio->setChecked( true ); } );
    setCommunes( {} );
    mWholeRadio->setChecked( true );
    updateWidgets();
  }

  CheckoutDialog::~CheckoutDialog()
  {
    // a cancelled checkout may still run: let it end (and remove its file) without blocking the GUI
    if ( mJob && mJob->isWorkerRunning() )
    {
      QObject *keeper = parentWidget() ? static_cast<QObject *>( parentWidget() ) : QCoreApplication::instance();
      if ( mJob->isRunning() )
        mJob->cancel();
      mJob->setParent( keeper );
      connect( mJob, &CheckoutJob::workerFinished, mJob, &QObject::deleteLater );
    }
  }

  void CheckoutDialog::setCommunes( const QList<CommuneChoice> &communes )
  {
    mCommunes = communes;
    QStringList labels;
    for ( const CommuneChoice &commune : communes )
      labels << commune.label();
    labels.sort( Qt::CaseInsensitive );
    QCompleter *completer = new QCompleter( labels, mCommuneEdit );
    completer->setCaseSensitivity( Qt::CaseInsensitive );
    completer->setFilterMode( Qt::MatchContains );
    delete mCommuneEdit->completer();
    mCommuneEdit->setCompleter( completer );
    const bool any = !communes.isEmpty();
    mCommuneRadio->setEnabled( any );
    mCommuneRadio->setToolTip( any ? QString() : tr( "The territory has no communes layer" ) );
    if ( !any && mCommuneRadio->isChecked() )
      mWholeRadio->setChecked( true );
    updateWidgets();
  }

  QList<CommuneChoice> CheckoutDialog::communesOf( QgsVectorLayer *layer )
  {
    QList<CommuneChoice> communes;
    if ( !layer || !layer->isValid() )
      return communes;
    int codeIndex = -1;
    for ( const char *name : { "insee_code", "code", "insee" } )
    {
      codeIndex = layer->fields().lookupField( QString::fromLatin1( name ) );
      if ( codeIndex >= 0 )
        break;
    }
    int nameIndex = -1;
    for ( const char *name : { "name", "nom" } )
    {
      nameIndex = layer->fields().lookupField( QString::fromLatin1( name ) );
      if ( nameIndex >= 0 )
        break;
    }
    if ( codeIndex < 0 )
      return communes;
    QgsFeatureRequest request;
    request.setFlags( QgsFeatureRequest::NoGeometry );
    request.setSubsetOfAttributes( nameIndex >= 0 ? QgsAttributeList{ codeIndex, nameIndex } : QgsAttributeList{ codeIndex } );
    QgsFeatureIterator it = layer->getFeatures( request );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      CommuneChoice commune;
      commune.code = feature.attribute( codeIndex ).toString();
      commune.name = nameIndex >= 0 ? feature.attribute( nameIndex ).toString() : QString();
      if ( !commune.code.isEmpty() )
        communes << commune;
    }
    return communes;
  }

  void CheckoutDialog::setMapExtent( const QgsRectangle &extent )
  {
    mHasExtent = !extent.isEmpty() && extent.isFinite();
    mExtent[0] = extent.xMinimum();
    mExtent[1] = extent.yMinimum();
    mExtent[2] = extent.xMaximum();
    mExtent[3] = extent.yMaximum();
    mExtentLabel->setText( mHasExtent ? QStringLiteral( "%1, %2 – %3, %4" )
                                            .arg( QString::number( mExtent[0], 'f', 0 ), QString::number( mExtent[1], 'f', 0 ),
                                                  QString::number( mExtent[2], 'f', 0 ), QString::number( mExtent[3], 'f', 0 ) )
                                      : tr( "no map extent" ) );
    mExtentRadio->setEnabled( mHasExtent );
    if ( mHasExtent )
      mExtentRadio->setChecked( true );
    else if ( mExtentRadio->isChecked() )
      mWholeRadio->setChecked( true );
    updateWidgets();
  }

  void CheckoutDialog::setArea( Area area )
  {
    ( area == Area::Commune ? mCommuneRadio : area == Area::MapExtent ? mExtentRadio : mWholeRadio )->setChecked( true );
  }

  CheckoutDialog::Area CheckoutDialog::area() const
  {
    if ( mCommuneRadio->isChecked() )
      return Area::Commune;
    if ( mExtentRadio->isChecked() )
      return Area::MapExtent;
    return Area::Whole;
  }

  void CheckoutDialog::setCommuneText( const QString &text )
  {
    mCommuneEdit->setText( text );
    if ( mCommuneRadio->isEnabled() )
      mCommuneRadio->setChecked( true );
  }

  void CheckoutDialog::setDestination( const QString &path )
  {
    mDestinationEdit->setText( QDir::toNativeSeparators( path ) );
  }

  QString CheckoutDialog::destination() const
  {
    QString path = QDir::fromNativeSeparators( mDestinationEdit->text().trimmed() );
    if ( !path.isEmpty() && QFileInfo( path ).suffix().isEmpty() )
      path += QStringLiteral( ".gpkg" );
    return path;
  }

  bool CheckoutDialog::filter( CheckoutFilter *filter, QString *errorMessage ) const
  {
    auto fail = [errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    *filter = CheckoutFilter();
    switch ( area() )
    {
    case Area::Whole:
      return true;
    case Area::MapExtent:
      if ( !mHasExtent )
        return fail( tr( "There is no map extent to copy: choose a commune or the whole territory" ) );
      filter->hasExtent = true;
      filter->xMin = mExtent[0];
      filter->yMin = mExtent[1];
      filter->xMax = mExtent[2];
      filter->yMax = mExtent[3];
      return true;
    case Area::Commune:
      break;
    }
    const QString text = mCommuneEdit->text().trimmed();
    if ( text.isEmpty() )
      return fail( tr( "Type the name or the INSEE code of the commune to copy" ) );
    QStringList byName;
    for ( const CommuneChoice &commune : mCommunes )
    {
      if ( commune.label().compare( text, Qt::CaseInsensitive ) == 0 || commune.code.compare( text, Qt::CaseInsensitive ) == 0 )
      {
        filter->commune = commune.code;
        return true;
      }
      if ( commune.name.compare( text, Qt::CaseInsensitive ) == 0 )
        byName << commune.code;
    }
    if ( byName.size() == 1 )
    {
      filter->commune = byName.constFirst();
      return true;
    }
    if ( byName.size() > 1 )
      return fail( tr( "%1 communes are named %2 (codes %3): pick one in the list" )
                       .arg( byName.size() )
                       .arg( text, byName.join( QStringLiteral( ", " ) ) ) );
    return fail( tr( "No commune named or coded \"%1\" in the territory's communes layer" ).arg( text ) );
  }

  bool CheckoutDialog::startCheckout()
  {
    if ( mJob && mJob->isRunning() )
      return false;
    mLastError.clear();
    CheckoutFilter checkoutFilter;
    QString error;
    if ( !filter( &checkoutFilter, &error ) )
    {
      showError( error );
      return false;
    }
    if ( !mJob )
    {
      mJob = new CheckoutJob( this );
      connect( mJob, &CheckoutJob::finished, this, &CheckoutDialog::jobFinished );
      connect( mJob, &CheckoutJob::progress, this,
               [this]( const QString &step, qint64 done, qint64 total )
               { showProgress( mProgress, done, total, tr( "%p% — %1" ).arg( step ) ); } );
    }
    mProgress->setRange( 0, 0 );
    mProgress->setFormat( QString() );
    if ( !mJob->start( mSource, mRecordedSource, destination(), mPlugins, checkoutFilter, &error ) )
    {
      showError( error );
      return false;
    }
    mOpenButton->hide();
    mStatus->setText( tr( "Taking the offline copy into %1… Cancel stops it and removes the partial copy." )
                          .arg( QDir::toNativeSeparators( mJob->destination() ) ) );
    updateWidgets();
    return true;
  }

  void CheckoutDialog::reject()
  {
    if ( mJob && mJob->isRunning() )
    {
      mJob->cancel(); // the dialog stays open and says so
      return;
    }
    QDialog::reject();
  }

  void CheckoutDialog::browse()
  {
    QString start = destination();
    if ( start.isEmpty() )
      start = QDir::home().filePath( tr( "offline copy.gpkg" ) );
    const QString path = QFileDialog::getSaveFileName( this, tr( "Offline Copy" ), start, tr( "GeoPackage (*.gpkg)" ), nullptr,
                                                       QFileDialog::DontConfirmOverwrite );
    if ( !path.isEmpty() )
      setDestination( path );
  }

  void CheckoutDialog::updateWidgets()
  {
    const bool running = mJob && mJob->isRunning();
    for ( QWidget *widget : std::initializer_list<QWidget *>{ mDestinationEdit, mBrowseButton, mStartButton } )
      widget->setEnabled( !running );
    for ( QRadioButton *radio : { mCommuneRadio, mExtentRadio, mWholeRadio } )
      radio->setDisabled( running || ( radio == mCommuneRadio && mCommunes.isEmpty() ) || ( radio == mExtentRadio && !mHasExtent ) );
    mCommuneEdit->setEnabled( !running && !mCommunes.isEmpty() );
    mProgress->setVisible( running );
    mButtons->button( QDialogButtonBox::Close )->setText( running ? tr( "Cancel" ) : tr( "Close" ) );
  }

  void CheckoutDialog::jobFinished( bool ok, const QString &errorMessage )
  {
    updateWidgets();
    if ( ok )
    {
      const CheckoutResult result = mJob->result();
      mStatus->setText( tr( "Offline copy ready in %1: %2 features kept (%3 left out), %4 rows of the roadmap, budget and agenda tables." )
                            .arg( QDir::toNativeSeparators( mJob->destination() ) )
                            .arg( result.features )
                            .arg( result.removed )
                            .arg( result.rows ) );
      mOpenButton->show();
      mOpenButton->setDefault( true );
      mOpenButton->setFocus();
    }
    else if ( mJob->wasCancelled() )
      mStatus->setText( errorMessage );
    else
    {
      mStatus->clear();
      showError( tr( "Cannot take the offline copy: %1" ).arg( errorMessage ) );
    }
    emit checkoutFinished( ok, errorMessage );
  }

  void CheckoutDialog::showError( const QString &message )
  {
    mLastError = message;
    logMessage( LogLevel::Warning, kLogTopic, message );
    if ( mErrorDialogs )
    {
      QMessageBox *box = new QMessageBox( QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this );
      box->setAttribute( Qt::WA_DeleteOnClose );
      box->open();
    }
  }

  CheckoutDialog *CheckoutDialog::showFor( MainWindow *window )
  {
    Territory *territory = window->territory();
    if ( !territory )
      return nullptr;
    CheckoutDialog *dialog = new CheckoutDialog( territory->path(), window->plugins().plugins(), window );
    // a PostGIS territory opened with authcfg=ID: the checkout records that, the sync resolves it again
    if ( Territory::isPostgres( window->openedPath() ) )
      dialog->setRecordedSource( window->openedPath() );
    dialog->setAttribute( Qt::WA_DeleteOnClose );
    dialog->setModal( true );
    dialog->setCommunes(
        communesOf( TerritoryLayers::layer( window->project(), Territory::coreComponent() + QStringLiteral( ":communes" ) ) ) );
    // the map extent in the territory's CRS (the project's; the canvas may show another)
    QgsRectangle extent = window->mapCanvas()->extent();
    const QgsCoordinateReferenceSystem canvasCrs = window->mapCanvas()->mapSettings().destinationCrs();
    if ( canvasCrs != window->project()->crs() )
    {
      try
      {
        const QgsCoordinateTransform transform( canvasCrs, window->project()->crs(), window->project() );
        extent = transform.transformBoundingBox( extent );
      }
      catch ( const QgsCsException & )
      {
        extent = QgsRectangle();
      }
    }
    dialog->setMapExtent( extent );
    const QString name =
        QFileInfo( Territory::isPostgres( territory->path() ) ? territory->info().name : territory->path() ).completeBaseName();
    dialog->setDestination( QDir::home().filePath( tr( "%1 offline.gpkg" ).arg( name.isEmpty() ? tr( "territory" ) : name ) ) );
    QPointer<MainWindow> guard( window );
    connect( dialog, &CheckoutDialog::openRequested, window,
             [guard]( const QString &path )
             {
               if ( guard )
                 guard->openTerritory( path );
             } );
    dialog->show();
    return dialog;
  }
} // namespace vigie
