// SPDX-License-Identifier: GPL-2.0-or-later
#include "syncdialog.h"

#include "backgroundtask.h"
#include "log.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "roadmapsync.h"
#include "territory.h"
#include "territoryconnection.h"

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <qgsmapcanvas.h>
#include <qgsrectangle.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace vigie
{
  namespace
  {
    const QString kLogTopic = QStringLiteral( "app" );
    const QString kDeleted = QStringLiteral( "@deleted" ); //!< a side where the row is gone

    //! A "g:" hex WKB of a sync report as a geometry (nullptr for null).
    std::unique_ptr<OGRGeometry> geometryValue( const QJsonValue &value, bool *ok )
    {
      *ok = true;
      if ( value.isNull() || value.isUndefined() )
        return nullptr;
      const QString text = value.toString();
      if ( !text.startsWith( QLatin1String( "g:" ) ) )
      {
        *ok = false;
        return nullptr;
      }
      const QByteArray wkb = QByteArray::fromHex( text.mid( 2 ).toLatin1() );
      OGRGeometry *geometry = nullptr;
      if ( OGRGeometryFactory::createFromWkb( wkb.constData(), nullptr, &geometry, wkb.size() ) != OGRERR_NONE )
      {
        *ok = false;
        return nullptr;
      }
      return std::unique_ptr<OGRGeometry>( geometry );
    }
  } // namespace

  // ---- SyncJob

  SyncJob::SyncJob( QObject *parent ) : QObject( parent )
  {
    qRegisterMetaType<vigie::SyncReport>();
    connect( &mWatcher, &QFutureWatcher<Outcome>::finished, this,
             [this]
             {
               const Outcome outcome = mWatcher.result();
               mReport = outcome.report;
               emit finished( outcome.ok, outcome.error );
             } );
  }

  SyncJob::~SyncJob()
  {
    mWatcher.waitForFinished();
  }

  void SyncJob::cancel()
  {
    if ( !mWatcher.isRunning() || !mStop )
      return;
    *mStop = true;
    mCancelled = true;
  }

  bool SyncJob::start( const QString &checkoutPath, const QList<DomainPlugin *> &plugins, bool dryRun, const QString &sourceOverride )
  {
    if ( mWatcher.isRunning() )
      return false;
    mDryRun = dryRun;
    mCancelled = false;
    mReport = SyncReport();
    mStop = std::make_shared<std::atomic<bool>>( false );
    SyncOptions options;
    options.dryRun = dryRun;
    options.mergers = { { roadmap::roadmapDocumentsTable(), &roadmap::mergeRoadmapRows } };
    options.sourceOverride = sourceOverride;
    // the job outlives its worker (its destructor waits for it); a queued call to a deleted job is dropped
    SyncJob *job = this;
    std::shared_ptr<std::atomic<bool>> stop = mStop;
    options.progress = [job, stop]( const QString &step, qint64 done, qint64 total )
    {
      QMetaObject::invokeMethod(
          job, [job, step, done, total] { emit job->progress( step, done, total ); }, Qt::QueuedConnection );
      return !*stop;
    };
    mWatcher.setFuture( QtConcurrent::run(
        [checkoutPath, plugins, options, sourceOverride, stop]()
        {
          Outcome outcome;
          outcome.ok = TerritoryCheckout::sync( checkoutPath, plugins, options, &outcome.report, &outcome.error );
          if ( !outcome.ok && !*stop )
          {
            // a refusal of the server (a viewer's role, another commune's row) explained with the role
            const QString source = sourceOverride.isEmpty() ? TerritoryCheckout::sourceOf( checkoutPath ) : sourceOverride;
            const QString role = Territory::isPostgres( source ) ? TerritoryConnection::currentRole( source ) : QString();
            outcome.error = TerritoryConnection::explainRefusal( outcome.error, role );
          }
          return outcome;
        } ) );
    return true;
  }

  void SyncJob::waitForFinished()
  {
    mWatcher.waitForFinished();
    QCoreApplication::sendPostedEvents( this );
  }

  // ---- SyncConflictModel

  bool SyncConflictModel::Conflict::serverSideTakeable() const
  {
    // a roadmap document keeps its conflicts inside it: resolved by editing the roadmap
    return kind != QLatin1String( "document" );
  }

  QString SyncConflictModel::Conflict::keyText() const
  {
    if ( key.isDouble() )
      return QString::number( key.toDouble(), 'g', 17 );
    if ( key.isArray() )
      return QString::fromUtf8( QJsonDocument( key.toArray() ).toJson( QJsonDocument::Compact ) );
    return key.toString();
  }

  SyncConflictModel::SyncConflictModel( QObject *parent ) : QAbstractTableModel( parent ) {}

  void SyncConflictModel::setConflicts( const QJsonArray &conflicts )
  {
    beginResetModel();
    mConflicts.clear();
    for ( const QJsonValue &value : conflicts )
    {
      const QJsonObject object = value.toObject();
      Conflict conflict;
      conflict.table = object.value( QStringLiteral( "table" ) ).toString();
      conflict.key = object.value( QStringLiteral( "key" ) );
      conflict.kind = object.value( QStringLiteral( "kind" ) ).toString();
      if ( conflict.kind == QLatin1String( "field" ) )
      {
        for ( const QJsonValue &fieldValue : object.value( QStringLiteral( "fields" ) ).toArray() )
        {
          const QJsonObject field = fieldValue.toObject();
          Conflict row = conflict;
          row.field = field.value( QStringLiteral( "field" ) ).toString();
          row.base = field.value( QStringLiteral( "base" ) );
          row.offline = field.value( QStringLiteral( "local" ) );
          row.server = field.value( QStringLiteral( "server" ) );
          mConflicts << row;
        }
        continue;
      }
      if ( conflict.kind == QLatin1String( "document" ) )
      {
        const QJsonObject inner = object.value( QStringLiteral( "conflict" ) ).toObject();
        const QString project = inner.value( QStringLiteral( "project" ) ).toString();
        const QString field = inner.value( QStringLiteral( "field" ) ).toString();
        conflict.field = project.isEmpty() ? field : QStringLiteral( "%1 / %2" ).arg( project, field );
        conflict.base = inner.value( QStringLiteral( "base" ) );
        conflict.offline = inner.value( QStringLiteral( "local" ) );
        conflict.server = inner.value( QStringLiteral( "server" ) );
      }
      else
      {
        conflict.offline =
            object.contains( QStringLiteral( "local" ) ) ? object.value( QStringLiteral( "local" ) ) : QJsonValue( kDeleted );
        conflict.server =
            object.contains( QStringLiteral( "server" ) ) ? object.value( QStringLiteral( "server" ) ) : QJsonValue( kDeleted );
        if ( conflict.kind == QLatin1String( "added-on-both-sides" ) )
          conflict.base = kDeleted; // nothing at checkout
        else
          conflict.base = QJsonValue( QJsonValue::Undefined );
      }
      mConflicts << conflict;
    }
    endResetModel();
  }

  int SyncConflictModel::rowCount( const QModelIndex &parent ) const
  {
    return parent.isValid() ? 0 : mConflicts.size();
  }

  int SyncConflictModel::columnCount( const QModelIndex &parent ) const
  {
    return parent.isValid() ? 0 : ColumnCount;
  }

  QString SyncConflictModel::displayValue( const QJsonValue &value )
  {
    if ( value.isUndefined() )
      return QString();
    if ( value.isNull() )
      return tr( "NULL" );
    if ( value.isDouble() )
      return QString::number( value.toDouble(), 'g', 15 );
    if ( value.isBool() )
      return value.toBool() ? tr( "true" ) : tr( "false" );
    if ( value.isObject() )
    {
      QStringList parts;
      const QJsonObject row = value.toObject();
      for ( auto it = row.constBegin(); it != row.constEnd(); ++it )
        parts << QStringLiteral( "%1=%2" ).arg( it.key(), displayValue( it.value() ) );
      return parts.join( QStringLiteral( ", " ) );
    }
    if ( value.isArray() )
      return QString::fromUtf8( QJsonDocument( value.toArray() ).toJson( QJsonDocument::Compact ) );
    const QString text = value.toString();
    if ( text == kDeleted )
      return tr( "(deleted)" );
    if ( text.startsWith( QLatin1String( "g:" ) ) )
    {
      bool ok = false;
      std::unique_ptr<OGRGeometry> geometry = geometryValue( value, &ok );
      if ( ok && geometry )
      {
        char *wkt = nullptr;
        geometry->exportToWkt( &wkt, wkbVariantIso );
        const QString result = QString::fromLatin1( wkt );
        CPLFree( wkt );
        return result;
      }
    }
    if ( text.startsWith( QLatin1String( "b:" ) ) )
      return tr( "(%n byte(s) of binary data)", nullptr, static_cast<int>( text.size() - 2 ) / 2 );
    return text;
  }

  QVariant SyncConflictModel::data( const QModelIndex &index, int role ) const
  {
    if ( !index.isValid() || index.row() >= mConflicts.size() )
      return QVariant();
    const Conflict &conflict = mConflicts.at( index.row() );
    if ( role == Qt::DisplayRole || role == Qt::ToolTipRole )
    {
      QString text;
      switch ( index.column() )
      {
      case TableColumn:
        text = conflict.table;
        break;
      case KeyColumn:
        text = conflict.key.isDouble() ? QString::number( conflict.key.toVariant().toLongLong() ) : displayValue( conflict.key );
        break;
      case FieldColumn:
        if ( conflict.kind == QLatin1String( "deleted-locally-edited-on-server" ) )
          text = tr( "whole row: deleted offline, edited on the server" );
        else if ( conflict.kind == QLatin1String( "edited-locally-deleted-on-server" ) )
          text = tr( "whole row: edited offline, deleted on the server" );
        else if ( conflict.kind == QLatin1String( "added-on-both-sides" ) )
          text = tr( "whole row: added on both sides" );
        else
          text = conflict.field;
        break;
      case BaseColumn:
        text = displayValue( conflict.base );
        break;
      case OfflineColumn:
        text = displayValue( conflict.offline );
        break;
      case ServerColumn:
        text = displayValue( conflict.server );
        break;
      default:
        break;
      }
      if ( role == Qt::DisplayRole && text.size() > 80 )
        text = text.left( 79 ) + QChar( 0x2026 );
      return text;
    }
    if ( role == Qt::FontRole && index.column() >= BaseColumn )
    {
      const QJsonValue value = index.column() == BaseColumn      ? conflict.base
                               : index.column() == OfflineColumn ? conflict.offline
                                                                 : conflict.server;
      if ( value.isNull() || value.toString() == kDeleted )
      {
        QFont font;
        font.setItalic( true );
        return font;
      }
    }
    return QVariant();
  }

  QVariant SyncConflictModel::headerData( int section, Qt::Orientation orientation, int role ) const
  {
    if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
      return QVariant();
    switch ( section )
    {
    case TableColumn:
      return tr( "Table" );
    case KeyColumn:
      return tr( "Feature" );
    case FieldColumn:
      return tr( "Field" );
    case BaseColumn:
      return tr( "At checkout" );
    case OfflineColumn:
      return tr( "Offline" );
    case ServerColumn:
      return tr( "Server" );
    default:
      return QVariant();
    }
  }

  // ---- SyncDialog

  SyncDialog::SyncDialog( const QString &checkoutPath, const QList<DomainPlugin *> &plugins, QWidget *parent )
      : QDialog( parent ), mCheckoutPath( checkoutPath ), mPlugins( plugins )
  {
    setWindowTitle( QCoreApplication::translate( "vigie::SyncDialog", "Synchronise with the Server" ) );
    setObjectName( QStringLiteral( "syncDialog" ) );
    QVBoxLayout *layout = new QVBoxLayout( this );
    const QString source = TerritoryCheckout::sourceOf( checkoutPath );
    QLabel *intro =
        new QLabel( tr( "Offline copy <b>%1</b> of <b>%2</b>. A dry run shows first what the synchronisation would do; "
                        "nothing is written until you press Synchronise." )
                        .arg( QDir::toNativeSeparators( checkoutPath ).toHtmlEscaped(), Territory::displayPath( source ).toHtmlEscaped() ),
                    this );
    intro->setWordWrap( true );
    layout->addWidget( intro );
    mProgress = new QProgressBar( this );
    mProgress->setObjectName( QStringLiteral( "syncProgress" ) );
    mProgress->setRange( 0, 0 );
    mProgress->setTextVisible( true );
    mProgress->hide();
    layout->addWidget( mProgress );
    mSummary = new QLabel( this );
    mSummary->setObjectName( QStringLiteral( "syncSummary" ) );
    mSummary->setWordWrap( true );
    mSummary->setTextInteractionFlags( Qt::TextSelectableByMouse );
    layout->addWidget( mSummary );
    mConflictTitle = new QLabel( this );
    mConflictTitle->setWordWrap( true );
    layout->addWidget( mConflictTitle );

    mModel = new SyncConflictModel( this );
    mView = new QTableView( this );
    mView->setObjectName( QStringLiteral( "conflictTable" ) );
    mView->setModel( mModel );
    mView->setSelectionBehavior( QAbstractItemView::SelectRows );
    mView->setSelectionMode( QAbstractItemView::SingleSelection );
    mView->setEditTriggers( QAbstractItemView::NoEditTriggers );
    mView->setAlternatingRowColors( true );
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection( true );
    layout->addWidget( mView, 1 );

    QHBoxLayout *resolveLayout = new QHBoxLayout();
    mTakeServerButton = new QPushButton( tr( "Take the Server's Value" ), this );
    mTakeServerButton->setToolTip(
        tr( "Write the server's value into the offline copy: the conflict is gone at the next synchronisation" ) );
    mKeepOfflineButton = new QPushButton( tr( "Keep the Offline Value" ), this );
    mKeepOfflineButton->setToolTip( tr( "Keep the offline value (or the offline deletion): the next synchronisation sends it to the "
                                        "server" ) );
    resolveLayout->addWidget( mTakeServerButton );
    resolveLayout->addWidget( mKeepOfflineButton );
    resolveLayout->addStretch();
    layout->addLayout( resolveLayout );

    mButtons = new QDialogButtonBox( QDialogButtonBox::Close, this );
    mCheckButton = mButtons->addButton( tr( "Check Again" ), QDialogButtonBox::ActionRole );
    mSyncButton = mButtons->addButton( tr( "Synchronise" ), QDialogButtonBox::ActionRole );
    mSyncButton->setDefault( true );
    layout->addWidget( mButtons );
    resize( 820, 480 );

    connect( mButtons, &QDialogButtonBox::rejected, this, &SyncDialog::reject );
    connect( mCheckButton, &QPushButton::clicked, this, &SyncDialog::startDryRun );
    connect( mSyncButton, &QPushButton::clicked, this, &SyncDialog::startSync );
    connect( mTakeServerButton, &QPushButton::clicked, this,
             [this]
             {
               const QModelIndexList rows = mView->selectionModel()->selectedRows();
               if ( rows.isEmpty() )
                 return;
               QString error;
               if ( !takeServerValue( rows.constFirst().row(), &error ) )
                 showError( error );
             } );
    connect( mKeepOfflineButton, &QPushButton::clicked, this,
             [this]
             {
               const QModelIndexList rows = mView->selectionModel()->selectedRows();
               if ( rows.isEmpty() )
                 return;
               QString error;
               if ( !keepOfflineValue( rows.constFirst().row(), &error ) )
                 showError( error );
             } );
    connect( mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncDialog::updateWidgets );
    mJob = new SyncJob( this );
    connect( mJob, &SyncJob::finished, this, &SyncDialog::jobFinished );
    connect( mJob, &SyncJob::progress, this,
             [this]( const QString &step, qint64 done, qint64 total )
             { showProgress( mProgress, done, total, tr( "%p% — %1" ).arg( step ) ); } );
    updateWidgets();
  }

  SyncDialog::~SyncDialog() = default; // the job waits for its worker: a sync is not left half-way

  void SyncDialog::cancel()
  {
    if ( !mJob->isRunning() )
      return;
    mJob->cancel();
    mSummary->setText( tr( "Cancelling…" ) );
  }

  void SyncDialog::reject()
  {
    if ( mJob->isRunning() )
    {
      cancel(); // the dialog stays open and says what happened
      return;
    }
    QDialog::reject();
  }

  bool SyncDialog::startDryRun()
  {
    mLastError.clear();
    mProgress->setRange( 0, 0 );
    mProgress->setFormat( QString() );
    if ( !mJob->start( mCheckoutPath, mPlugins, true, mSourceOverride ) )
      return false;
    mSummary->setText( tr( "Comparing the offline copy with the server…" ) );
    updateWidgets();
    return true;
  }

  bool SyncDialog::startSync()
  {
    mLastError.clear();
    if ( !mHasDryRun || !mJob->start( mCheckoutPath, mPlugins, false, mSourceOverride ) )
      return false;
    mProgress->setRange( 0, 0 );
    mProgress->setFormat( QString() );
    mSummary->setText( tr( "Synchronising…" ) );
    updateWidgets();
    return true;
  }

  QString SyncDialog::summary( const SyncReport &report ) const
  {
    // read through toJson(): the counts the store adds over time ("pulled") need no change here
    const QJsonObject json = report.toJson();
    const int pulled = json.value( QStringLiteral( "pulled" ) ).toInt();
    QString text = report.dryRun ? tr( "Dry run, nothing written yet. With %1: on the server %2 updated, %3 inserted, %4 deleted; "
                                       "offline %5 refreshed, %6 added from the server." )
                                 : tr( "Synchronised with %1: on the server %2 updated, %3 inserted, %4 deleted; offline %5 refreshed, "
                                       "%6 added from the server." );
    text = text.arg( Territory::displayPath( report.source ) )
               .arg( report.updated )
               .arg( report.inserted )
               .arg( report.deleted )
               .arg( report.refreshed )
               .arg( pulled );
    if ( json.value( QStringLiteral( "finished_interrupted_sync" ) ).toBool() )
      text += QLatin1Char( ' ' ) + tr( "An interrupted synchronisation was finished first." );
    if ( report.dryRun && report.isNoOp() && report.conflicts.isEmpty() )
      text += QLatin1Char( ' ' ) + tr( "The offline copy and the server agree: there is nothing to synchronise." );
    for ( const QJsonValue &value : report.newIds )
    {
      const QJsonObject mapping = value.toObject();
      text += QLatin1Char( '\n' ) + tr( "New row of %1: offline id %2 is %3 on the server." )
                                        .arg( mapping.value( QStringLiteral( "table" ) ).toString() )
                                        .arg( mapping.value( QStringLiteral( "local" ) ).toVariant().toLongLong() )
                                        .arg( mapping.value( QStringLiteral( "server" ) ).toVariant().toLongLong() );
    }
    return text;
  }

  void SyncDialog::jobFinished( bool ok, const QString &errorMessage )
  {
    const bool dryRun = mJob->isDryRun();
    if ( ok )
    {
      mReport = mJob->report();
      mHasDryRun = dryRun;
      mSummary->setText( summary( mReport ) );
      mModel->setConflicts( mReport.conflicts );
      mView->resizeColumnsToContents();
      const int conflicts = mModel->rowCount();
      mConflictTitle->setText( conflicts == 0
                                   ? QString()
                                   : tr( "%n conflict(s), not applied: each stays in the offline copy and is reported again until "
                                         "one side gives way.",
                                         nullptr, conflicts ) );
      if ( !dryRun )
      {
        logMessage( LogLevel::Info, kLogTopic, summary( mReport ) );
        emit synchronised( mReport );
      }
    }
    else if ( mJob->wasCancelled() )
    {
      mSummary->setText( dryRun ? tr( "Dry run cancelled." ) : tr( "Synchronisation cancelled: nothing was changed." ) );
      if ( !dryRun )
        mHasDryRun = false;
      mLastError = errorMessage;
    }
    else
    {
      mSummary->setText( dryRun ? tr( "The dry run failed: nothing was changed." )
                                : tr( "The synchronisation failed: nothing was changed." ) );
      if ( !dryRun )
        mHasDryRun = false; // check again before a new try
      showError( tr( "Cannot synchronise %1: %2" ).arg( QDir::toNativeSeparators( mCheckoutPath ), errorMessage ) );
    }
    updateWidgets();
    if ( dryRun )
      emit dryRunFinished( ok );
    else
      emit syncFinished( ok );
  }

  bool SyncDialog::resolveRow( int row, ConflictSide side, QString *errorMessage )
  {
    if ( row < 0 || row >= mModel->rowCount() || mJob->isRunning() )
      return false;
    const SyncConflictModel::Conflict conflict = mModel->conflict( row );
    if ( !resolve( mCheckoutPath, conflict, side, errorMessage, mSourceOverride ) )
      return false;
    logMessage( LogLevel::Info, kLogTopic,
                side == ConflictSide::Server
                    ? tr( "Took the server's value of %1 %2 %3 into the offline copy" )
                          .arg( conflict.table, SyncConflictModel::displayValue( conflict.key ), conflict.field )
                    : tr( "Kept the offline value of %1 %2 %3: the next synchronisation sends it" )
                          .arg( conflict.table, SyncConflictModel::displayValue( conflict.key ), conflict.field ) );
    startDryRun();
    return true;
  }

  bool SyncDialog::takeServerValue( int row, QString *errorMessage )
  {
    return resolveRow( row, ConflictSide::Server, errorMessage );
  }

  bool SyncDialog::keepOfflineValue( int row, QString *errorMessage )
  {
    return resolveRow( row, ConflictSide::Offline, errorMessage );
  }

  bool SyncDialog::takeServerValue( const QString &checkoutPath, const SyncConflictModel::Conflict &conflict, QString *errorMessage,
                                    const QString &sourceOverride )
  {
    return resolve( checkoutPath, conflict, ConflictSide::Server, errorMessage, sourceOverride );
  }

  bool SyncDialog::resolve( const QString &checkoutPath, const SyncConflictModel::Conflict &conflict, ConflictSide side,
                            QString *errorMessage, const QString &sourceOverride )
  {
    if ( !conflict.serverSideTakeable() )
    {
      if ( errorMessage )
        *errorMessage = tr( "%1, %2: a conflict inside a roadmap document is resolved by editing the roadmap" )
                            .arg( conflict.table, SyncConflictModel::displayValue( conflict.key ) );
      return false;
    }
    // a field conflict names its field; a row deleted on one side or added on both is resolved whole
    const QString field = conflict.kind == QLatin1String( "field" ) ? conflict.field : QString();
    return TerritoryCheckout::resolveConflict( checkoutPath, conflict.table, conflict.keyText(), field, side, errorMessage,
                                               sourceOverride );
  }

  void SyncDialog::updateWidgets()
  {
    const bool running = mJob->isRunning();
    mProgress->setVisible( running );
    mCheckButton->setEnabled( !running );
    mSyncButton->setEnabled( !running && mHasDryRun && !mReport.isNoOp() );
    // while running, Close is Cancel: the sync stops before its server commit, or goes on to its end after it
    mButtons->button( QDialogButtonBox::Close )->setText( running ? tr( "Cancel" ) : tr( "Close" ) );
    const QModelIndexList rows = mView->selectionModel()->selectedRows();
    const bool resolvable = !running && !rows.isEmpty() && mModel->conflict( rows.constFirst().row() ).serverSideTakeable();
    mTakeServerButton->setEnabled( resolvable );
    mKeepOfflineButton->setEnabled( resolvable );
  }

  void SyncDialog::showError( const QString &message )
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

  void SyncDialog::showFor( MainWindow *window )
  {
    Territory *territory = window->territory();
    if ( !territory )
      return;
    const QString path = territory->path();
    QString error;
    const QString source = Territory::isPostgres( path ) ? QString() : TerritoryCheckout::sourceOf( path, &error );
    if ( source.isEmpty() )
    {
      QMessageBox::warning( window, tr( "Synchronise with the Server" ),
                            tr( "%1 is no offline copy: take one with Territory ▸ Take an offline copy… first.\n%2" )
                                .arg( Territory::displayPath( path ), error ) );
      return;
    }
    QString sourceOverride;
    if ( Territory::isPostgres( source ) && !TerritoryConnection::resolveCredentials( source, &sourceOverride, &error ) )
    {
      QMessageBox::warning( window, tr( "Synchronise with the Server" ),
                            tr( "Cannot connect to %1: %2" ).arg( Territory::displayPath( source ), error ) );
      return;
    }
    SyncDialog *dialog = new SyncDialog( path, window->plugins().plugins(), window );
    dialog->setAttribute( Qt::WA_DeleteOnClose );
    dialog->setModal( true );
    if ( sourceOverride != source )
      dialog->setSourceOverride( sourceOverride );
    QPointer<MainWindow> guard( window );
    connect( dialog, &SyncDialog::synchronised, window,
             [guard, path]
             {
               if ( !guard )
                 return;
               // the offline copy was refreshed from the server: its layers again, at the same place
               const QgsRectangle extent = guard->mapCanvas()->extent();
               if ( guard->openTerritory( path ) )
               {
                 guard->mapCanvas()->setExtent( extent );
                 guard->mapCanvas()->refresh();
               }
             } );
    dialog->show();
    dialog->startDryRun();
  }
} // namespace vigie
