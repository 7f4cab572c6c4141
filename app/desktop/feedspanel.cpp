// SPDX-License-Identifier: GPL-2.0-or-later
#include "feedspanel.h"

#include "alarmspanel.h"
#include "dockterritory.h"
#include "feedsauth.h"
#include "feedshistorychart.h"
#include "feedsimportdialog.h"
#include "feedsservice.h"
#include "livebindtool.h"
#include "livelayer.h"
#include "log.h"
#include "mainwindow.h"
#include "territoryconnection.h"
#include "territorywatcher.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace vigie
{
  namespace
  {
    QString stateName( feeds::SensorState state )
    {
      switch ( state )
      {
      case feeds::SensorState::Ok:
        return FeedsPanel::tr( "OK" );
      case feeds::SensorState::Alarm:
        return FeedsPanel::tr( "Alarm" );
      case feeds::SensorState::Stale:
        return FeedsPanel::tr( "Stale" );
      case feeds::SensorState::Offline:
        return FeedsPanel::tr( "Offline" );
      }
      return QString();
    }

    QString shortTime( const QDateTime &time )
    {
      if ( !time.isValid() )
        return QStringLiteral( "—" );
      return QLocale().toString( time.toLocalTime(), QStringLiteral( "yyyy-MM-dd HH:mm:ss" ) );
    }

    QSettings feedsSettings()
    {
      return QSettings( QStringLiteral( "Vigie" ), QStringLiteral( "vigie" ) );
    }
  } // namespace

  // ---------------------------------------------------------------- LiveSensorModel

  LiveSensorModel::LiveSensorModel( QObject *parent ) : QAbstractTableModel( parent )
  {
    mNotifyTimer.setSingleShot( true );
    mNotifyTimer.setInterval( kNotifyMs );
    connect( &mNotifyTimer, &QTimer::timeout, this, &LiveSensorModel::notifyChanges );
  }

  void LiveSensorModel::notifyChanges()
  {
    mNotifyTimer.stop();
    if ( mDirtyLast < 0 )
      return;
    const int first = mDirtyFirst;
    const int last = std::min( mDirtyLast, static_cast<int>( mRows.size() ) - 1 );
    mDirtyFirst = mDirtyLast = -1;
    if ( first <= last )
      Q_EMIT dataChanged( index( first, 0 ), index( last, ColumnCount - 1 ) );
  }

  void LiveSensorModel::apply( const QList<feeds::SensorInfo> &changed, bool reset )
  {
    if ( reset )
    {
      mNotifyTimer.stop();
      mDirtyFirst = mDirtyLast = -1;
      beginResetModel();
      mRows.clear();
      mIndex.clear();
      for ( const feeds::SensorInfo &info : changed )
      {
        mIndex.insert( info.id, static_cast<int>( mRows.size() ) );
        mRows << info;
      }
      endResetModel();
      return;
    }
    QList<feeds::SensorInfo> added;
    int first = std::numeric_limits<int>::max();
    int last = -1;
    for ( const feeds::SensorInfo &info : changed )
    {
      auto it = mIndex.constFind( info.id );
      if ( it == mIndex.constEnd() )
      {
        added << info;
        continue;
      }
      mRows[*it] = info;
      first = std::min( first, *it );
      last = std::max( last, *it );
    }
    if ( last >= 0 )
    {
      // coalesced: one dataChanged() (one table repaint) per kNotifyMs, after the live map's repaint
      mDirtyFirst = mDirtyLast < 0 ? first : std::min( mDirtyFirst, first );
      mDirtyLast = std::max( mDirtyLast, last );
      if ( !mNotifyTimer.isActive() )
        mNotifyTimer.start();
    }
    if ( !added.isEmpty() )
    {
      const int start = static_cast<int>( mRows.size() );
      beginInsertRows( QModelIndex(), start, start + static_cast<int>( added.size() ) - 1 );
      for ( const feeds::SensorInfo &info : std::as_const( added ) )
      {
        mIndex.insert( info.id, static_cast<int>( mRows.size() ) );
        mRows << info;
      }
      endInsertRows();
    }
  }

  int LiveSensorModel::rowCount( const QModelIndex &parent ) const
  {
    return parent.isValid() ? 0 : static_cast<int>( mRows.size() );
  }

  int LiveSensorModel::columnCount( const QModelIndex &parent ) const
  {
    return parent.isValid() ? 0 : ColumnCount;
  }

  QVariant LiveSensorModel::data( const QModelIndex &index, int role ) const
  {
    if ( !index.isValid() || index.row() >= mRows.size() )
      return QVariant();
    const feeds::SensorInfo &info = mRows.at( index.row() );
    if ( role == UnboundRole )
      return !info.isBound();
    if ( role == Qt::DecorationRole && index.column() == StateColumn )
      return LiveLayer::stateColor( info.state );
    if ( role == Qt::ToolTipRole && index.column() == AssetColumn && !info.isBound() )
      return FeedsPanel::tr( "Not bound to an asset: select it and use \"Bind on map\"" );
    if ( role != Qt::DisplayRole )
      return QVariant();
    switch ( index.column() )
    {
    case SensorColumn:
      return info.id;
    case KindColumn:
      return feeds::sensorKindName( info.kind );
    case AssetColumn:
      return info.isBound() ? QStringLiteral( "%1 #%2" ).arg( info.layer ).arg( info.fid ) : FeedsPanel::tr( "(unbound)" );
    case ValueColumn:
      return LiveLayer::valueLabel( info );
    case TimeColumn:
      return shortTime( info.lastTime );
    case StateColumn:
      return stateName( info.state );
    default:
      break;
    }
    return QVariant();
  }

  QVariant LiveSensorModel::headerData( int section, Qt::Orientation orientation, int role ) const
  {
    if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
      return QVariant();
    switch ( section )
    {
    case SensorColumn:
      return FeedsPanel::tr( "Sensor" );
    case KindColumn:
      return FeedsPanel::tr( "Kind" );
    case AssetColumn:
      return FeedsPanel::tr( "Asset" );
    case ValueColumn:
      return FeedsPanel::tr( "Last value" );
    case TimeColumn:
      return FeedsPanel::tr( "Time" );
    case StateColumn:
      return FeedsPanel::tr( "State" );
    default:
      break;
    }
    return QVariant();
  }

  // ---------------------------------------------------------------- FeedsPanel

  FeedsPanel::FeedsPanel( FeedsService *service, QgsMapCanvas *canvas, QgsProject *project, QWidget *parent )
      : QWidget( parent ), mService( service ), mCanvas( canvas ), mProject( project )
  {
    // offscreen runs (tests, benchmarks) do not start a feed by themselves
    const QString platform = QGuiApplication::platformName();
    mAutoReplay = platform != QLatin1String( "offscreen" ) && platform != QLatin1String( "minimal" ) &&
                  feedsSettings().value( QStringLiteral( "feeds/autoReplay" ), true ).toBool();

    mLiveLayer = new LiveLayer( canvas );
    mBindTool = new LiveBindTool( canvas );

    QVBoxLayout *layout = new QVBoxLayout( this );
    layout->setContentsMargins( 4, 4, 4, 4 );

    // feeds
    mFeedTable = new QTableWidget( 0, 7, this );
    mFeedTable->setHorizontalHeaderLabels(
        { tr( "Feed" ), tr( "Status" ), tr( "Msg/s" ), tr( "Last message" ), tr( "Messages" ), tr( "Errors" ), tr( "Reconnects" ) } );
    mFeedTable->setSelectionBehavior( QAbstractItemView::SelectRows );
    mFeedTable->setSelectionMode( QAbstractItemView::SingleSelection );
    mFeedTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
    mFeedTable->verticalHeader()->hide();
    mFeedTable->horizontalHeader()->setStretchLastSection( true );
    mFeedTable->setMaximumHeight( 110 );
    layout->addWidget( mFeedTable );

    QHBoxLayout *feedButtons = new QHBoxLayout;
    mReplayButton = new QPushButton( tr( "Start &replay" ), this );
    mReplayButton->setToolTip(
        tr( "Built-in demo feed: a week of L-Town SCADA readings, lamp power and bin fill levels, stored like a live feed" ) );
    feedButtons->addWidget( mReplayButton );
    feedButtons->addWidget( new QLabel( tr( "Speed:" ), this ) );
    mSpeedCombo = new QComboBox( this );
    for ( double speed : { 1.0, 10.0, 60.0, 300.0, 900.0, 3600.0 } )
      mSpeedCombo->addItem( QStringLiteral( "×%1" ).arg( speed ), speed );
    mSpeedCombo->setCurrentIndex( 2 );
    mSpeedCombo->setToolTip( tr( "Simulated seconds per second" ) );
    feedButtons->addWidget( mSpeedCombo );
    mAddMqttButton = new QPushButton( tr( "Add &MQTT feed…" ), this );
    feedButtons->addWidget( mAddMqttButton );
    mStopFeedButton = new QPushButton( tr( "Remove feed" ), this );
    mStopFeedButton->setEnabled( false );
    feedButtons->addWidget( mStopFeedButton );
    feedButtons->addStretch( 1 );
    layout->addLayout( feedButtons );

    // sensors
    QHBoxLayout *sensorBar = new QHBoxLayout;
    mFilter = new QLineEdit( this );
    mFilter->setPlaceholderText( tr( "Filter sensors…" ) );
    mFilter->setClearButtonEnabled( true );
    sensorBar->addWidget( mFilter, 1 );
    mUnboundOnly = new QCheckBox( tr( "Unbound only" ), this );
    sensorBar->addWidget( mUnboundOnly );
    mBindButton = new QPushButton( tr( "&Bind on map" ), this );
    mBindButton->setToolTip( tr( "Bind the selected sensor: click its asset on the map" ) );
    mBindButton->setEnabled( false );
    sensorBar->addWidget( mBindButton );
    layout->addLayout( sensorBar );

    mModel = new LiveSensorModel( this );
    mProxy = new QSortFilterProxyModel( this );
    mProxy->setSourceModel( mModel );
    mProxy->setDynamicSortFilter( false ); // 10,000 rows updated every second: no re-sorting on each update
    mProxy->setFilterCaseSensitivity( Qt::CaseInsensitive );
    mProxy->setFilterKeyColumn( -1 );
    mSensorView = new QTableView( this );
    mSensorView->setModel( mProxy );
    mSensorView->setSelectionBehavior( QAbstractItemView::SelectRows );
    mSensorView->setSelectionMode( QAbstractItemView::SingleSelection );
    mSensorView->verticalHeader()->hide();
    mSensorView->verticalHeader()->setDefaultSectionSize( mSensorView->fontMetrics().height() + 4 );
    mSensorView->horizontalHeader()->setStretchLastSection( true );
    mSensorView->setWordWrap( false );
    layout->addWidget( mSensorView, 1 );
    mStateSummary = new QLabel( this );
    mStateSummary->setTextFormat( Qt::RichText );
    layout->addWidget( mStateSummary );

    connect( mService, &FeedsService::sensorsChanged, this, &FeedsPanel::sensorsChanged );
    connect( mService, &FeedsService::feedsChanged, this, &FeedsPanel::refreshFeeds );
    connect( mService, &FeedsService::closed, this,
             [this]
             {
               mLiveLayer->clear();
               mModel->apply( {}, true );
               mBindings.clear();
               refreshFeeds();
             } );
    connect( mService, &FeedsService::opened, this,
             [this]( bool ok, const QString &error )
             {
               if ( !ok )
               {
                 Q_EMIT errorOccurred( tr( "Live feeds unavailable: %1" ).arg( error ) );
                 return;
               }
               const QStringList configs = savedFeeds();
               for ( const QString &config : configs )
               {
                 QString message;
                 if ( !addMqttFeed( config, &message ) )
                   Q_EMIT errorOccurred( message );
               }
               if ( configs.isEmpty() && mAutoReplay )
                 startReplay();
             } );
    connect( mService, &FeedsService::actionFinished, this,
             [this]( const QString &action, bool ok, const QString &message )
             {
               if ( !ok )
                 Q_EMIT errorOccurred( message );
               else if ( action == QLatin1String( "bind" ) )
                 Q_EMIT statusMessage( tr( "Sensor bound." ) );
             } );

    connect( mReplayButton, &QPushButton::clicked, this,
             [this]
             {
               if ( mService->feed( QStringLiteral( "replay" ) ).running )
                 stopReplay();
               else
                 startReplay();
             } );
    connect( mSpeedCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
             [this]( int ) { mService->setReplaySpeed( mSpeedCombo->currentData().toDouble() ); } );
    connect( mAddMqttButton, &QPushButton::clicked, this, &FeedsPanel::addMqttFeedDialog );
    connect( mStopFeedButton, &QPushButton::clicked, this,
             [this]
             {
               const QList<QTableWidgetItem *> items = mFeedTable->selectedItems();
               if ( !items.isEmpty() )
                 removeMqttFeed( items.first()->data( Qt::UserRole ).toString() );
             } );
    connect( mFeedTable, &QTableWidget::itemSelectionChanged, this,
             [this]
             {
               const QList<QTableWidgetItem *> items = mFeedTable->selectedItems();
               mStopFeedButton->setEnabled( !items.isEmpty() &&
                                            items.first()->data( Qt::UserRole ).toString() != QLatin1String( "replay" ) );
             } );
    connect( mFilter, &QLineEdit::textChanged, this, &FeedsPanel::updateFilter );
    connect( mUnboundOnly, &QCheckBox::toggled, this, &FeedsPanel::updateFilter );
    connect( mSensorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
             [this]( const QModelIndex &current )
             {
               const QModelIndex source = mProxy->mapToSource( current );
               if ( !source.isValid() )
                 return;
               const QString id = mModel->sensorAt( source.row() ).id;
               mBindButton->setEnabled( true );
               if ( id != mSelected )
                 selectSensor( id );
             } );
    connect( mSensorView, &QTableView::doubleClicked, this,
             [this]( const QModelIndex &index )
             {
               const feeds::SensorInfo &info = mModel->sensorAt( mProxy->mapToSource( index ).row() );
               LivePositions::zoomToAsset( mCanvas, mProject, info.layer, info.fid );
             } );
    connect( mBindButton, &QPushButton::clicked, this, [this] { startBinding( mSelected ); } );
    connect( mBindTool, &LiveBindTool::assetPicked, this,
             [this]( const QString &sensor, const QString &layer, qint64 fid )
             {
               mService->bindSensor( sensor, layer, fid );
               Q_EMIT statusMessage( tr( "Binding %1 to %2 #%3…" ).arg( sensor, layer ).arg( fid ) );
               if ( mPreviousTool )
                 mCanvas->setMapTool( mPreviousTool );
               else
                 mCanvas->unsetMapTool( mBindTool );
             } );
    refreshFeeds();
  }

  FeedsPanel::~FeedsPanel()
  {
    // the canvas owns the live layer (its scene) and the bind tool (QObject child): both go with it
    if ( mCanvas && mBindTool && mCanvas->mapTool() == mBindTool )
      mCanvas->unsetMapTool( mBindTool );
  }

  void FeedsPanel::openTerritory( const QString &path )
  {
    mService->openTerritory( path );
  }

  void FeedsPanel::closeTerritory()
  {
    if ( mService->isOpen() || !mService->territoryPath().isEmpty() )
      mService->closeTerritory();
  }

  void FeedsPanel::startReplay()
  {
    mService->startReplay( replaySpeed() );
  }

  void FeedsPanel::stopReplay()
  {
    mService->stopReplay();
  }

  void FeedsPanel::setReplaySpeed( double speed )
  {
    int index = mSpeedCombo->findData( speed );
    if ( index < 0 )
    {
      mSpeedCombo->addItem( QStringLiteral( "×%1" ).arg( speed ), speed );
      index = mSpeedCombo->count() - 1;
    }
    mSpeedCombo->setCurrentIndex( index );
    mService->setReplaySpeed( speed );
  }

  double FeedsPanel::replaySpeed() const
  {
    return mSpeedCombo->currentData().toDouble();
  }

  QStringList FeedsPanel::savedFeeds() const
  {
    const QString territory = mService->territoryPath();
    if ( territory.isEmpty() )
      return {};
    return feedsSettings()
        .value( QStringLiteral( "feeds/mqtt/%1" ).arg( QString::fromLatin1( territory.toUtf8().toHex() ) ) )
        .toStringList();
  }

  void FeedsPanel::saveFeeds( const QStringList &paths )
  {
    const QString territory = mService->territoryPath();
    if ( territory.isEmpty() )
      return;
    QSettings settings = feedsSettings();
    settings.setValue( QStringLiteral( "feeds/mqtt/%1" ).arg( QString::fromLatin1( territory.toUtf8().toHex() ) ), paths );
  }

  bool FeedsPanel::addMqttFeed( const QString &configPath, QString *errorMessage )
  {
    feeds::FeedConfig config;
    QString authcfg;
    QString error;
    QString user;
    QString password;
    if ( !FeedsAuth::loadFeedConfig( configPath, &config, &authcfg, &error ) ||
         !FeedsAuth::credentials( authcfg, &user, &password, &error ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    if ( !user.isEmpty() )
      config.userName = user;
    const QString id = QFileInfo( configPath ).absoluteFilePath();
    mService->startMqtt( id, config, password );
    QStringList saved = savedFeeds();
    if ( !saved.contains( id ) )
    {
      saved << id;
      saveFeeds( saved );
    }
    return true;
  }

  void FeedsPanel::removeMqttFeed( const QString &configPath )
  {
    mService->stopMqtt( configPath );
    QStringList saved = savedFeeds();
    saved.removeAll( configPath );
    saveFeeds( saved );
  }

  void FeedsPanel::addMqttFeedDialog()
  {
    const QString path = QFileDialog::getOpenFileName( this, tr( "Add an MQTT feed" ), QString(), tr( "Feed configuration (*.json)" ) );
    if ( path.isEmpty() )
      return;
    QString error;
    if ( !addMqttFeed( path, &error ) )
      Q_EMIT errorOccurred( error );
  }

  void FeedsPanel::selectSensor( const QString &sensorId )
  {
    mSelected = sensorId;
    mLiveLayer->setSelectedSensor( sensorId );
    const int row = mModel->rowOf( sensorId );
    if ( row >= 0 )
    {
      const QModelIndex index = mProxy->mapFromSource( mModel->index( row, 0 ) );
      if ( index.isValid() && mSensorView->currentIndex().row() != index.row() )
      {
        const QSignalBlocker blocker( mSensorView->selectionModel() );
        mSensorView->selectRow( index.row() );
        mSensorView->scrollTo( index );
      }
      mBindButton->setEnabled( true );
    }
    Q_EMIT sensorSelected( sensorId );
  }

  void FeedsPanel::startBinding( const QString &sensorId )
  {
    if ( sensorId.isEmpty() )
      return;
    mBindTool->setSensor( sensorId );
    if ( mCanvas->mapTool() != mBindTool )
      mPreviousTool = mCanvas->mapTool();
    mCanvas->setMapTool( mBindTool );
    Q_EMIT statusMessage( tr( "Click the asset to bind %1 to." ).arg( sensorId ) );
  }

  void FeedsPanel::sensorsChanged( const QList<feeds::SensorInfo> &changed, bool reset )
  {
    if ( reset )
    {
      mLiveLayer->clear();
      mBindings.clear();
    }
    mLiveLayer->updateSensors( changed );
    mModel->apply( changed, reset );

    // positions only for sensors whose binding is new: the asset layers are read once, not every second
    QList<feeds::SensorInfo> moved;
    for ( const feeds::SensorInfo &info : changed )
    {
      const QPair<QString, qint64> binding( info.layer, info.fid );
      auto it = mBindings.constFind( info.id );
      if ( info.isBound() && ( it == mBindings.constEnd() || *it != binding ) )
        moved << info;
      if ( !info.isBound() )
        mBindings.remove( info.id );
    }
    if ( !moved.isEmpty() )
    {
      const QHash<QString, QgsPointXY> positions = LivePositions::resolve( mProject, mCanvas->mapSettings().destinationCrs(), moved );
      for ( auto it = positions.constBegin(); it != positions.constEnd(); ++it )
        mLiveLayer->setPosition( it.key(), it.value() );
      for ( const feeds::SensorInfo &info : std::as_const( moved ) )
        mBindings.insert( info.id, qMakePair( info.layer, info.fid ) );
    }
    if ( mUnboundOnly->isChecked() && ( reset || !moved.isEmpty() ) )
      updateFilter();

    int unbound = 0;
    for ( const feeds::SensorInfo &info : mService->sensors() )
      unbound += info.isBound() ? 0 : 1;
    QStringList parts;
    for ( feeds::SensorState state :
          { feeds::SensorState::Ok, feeds::SensorState::Alarm, feeds::SensorState::Stale, feeds::SensorState::Offline } )
      parts << QStringLiteral( "<span style=\"color:%1\">●</span> %2 %3" )
                   .arg( LiveLayer::stateColor( state ).name(), stateName( state ) )
                   .arg( mLiveLayer->countInState( state ) );
    mStateSummary->setText( tr( "%1 sensors on the map: %2 — %3 unbound" )
                                .arg( mLiveLayer->positionedCount() )
                                .arg( parts.join( QStringLiteral( " · " ) ) )
                                .arg( unbound ) );
  }

  void FeedsPanel::updateFilter()
  {
    mProxy->setFilterRole( Qt::DisplayRole );
    mProxy->setFilterFixedString( mFilter->text() );
    if ( mUnboundOnly->isChecked() )
    {
      // unbound sensors: filter on the asset column's "(unbound)" marker through the role
      mProxy->setFilterRole( LiveSensorModel::UnboundRole );
      mProxy->setFilterKeyColumn( LiveSensorModel::AssetColumn );
      mProxy->setFilterFixedString( QStringLiteral( "true" ) );
    }
    else
      mProxy->setFilterKeyColumn( -1 );
  }

  void FeedsPanel::refreshFeeds()
  {
    QList<LiveFeedStatus> feeds = mService->feeds();
    if ( feeds.isEmpty() )
    {
      LiveFeedStatus replay;
      replay.id = QStringLiteral( "replay" );
      replay.name = tr( "Built-in replay (L-Town SCADA, lighting, bins)" );
      replay.replay = true;
      feeds << replay;
    }
    mFeedTable->setRowCount( static_cast<int>( feeds.size() ) );
    for ( int row = 0; row < feeds.size(); ++row )
    {
      const LiveFeedStatus &f = feeds.at( row );
      QString status;
      if ( f.replay )
        status = f.running ? tr( "Running ×%1 — %2" ).arg( f.speed ).arg( shortTime( f.simulatedTime ) ) : tr( "Stopped" );
      else
        status = f.connected ? tr( "Connected" ) : tr( "Disconnected" );
      const QStringList texts = { f.name,
                                  status,
                                  QLocale().toString( f.messagesPerSecond, 'f', 1 ),
                                  shortTime( f.lastMessage ),
                                  QLocale().toString( f.messages ),
                                  QLocale().toString( f.errors ),
                                  f.replay ? QStringLiteral( "—" ) : QLocale().toString( f.reconnects ) };
      for ( int column = 0; column < texts.size(); ++column )
      {
        QTableWidgetItem *item = mFeedTable->item( row, column );
        if ( !item )
        {
          item = new QTableWidgetItem;
          mFeedTable->setItem( row, column, item );
        }
        item->setText( texts.at( column ) );
        item->setData( Qt::UserRole, f.id );
        item->setToolTip( f.lastError.isEmpty() ? f.id : f.lastError );
      }
      mFeedTable->item( row, 1 )->setForeground( f.connected || f.running ? QBrush( QColor( 0, 120, 60 ) )
                                                                          : QBrush( QColor( 150, 60, 0 ) ) );
    }
    if ( mFeedTable->columnWidth( 0 ) < 150 )
      mFeedTable->resizeColumnsToContents();
    const bool replayRunning = mService->feed( QStringLiteral( "replay" ) ).running;
    mReplayButton->setText( replayRunning ? tr( "Stop &replay" ) : tr( "Start &replay" ) );
    mReplayButton->setEnabled( mService->isOpen() );
    mAddMqttButton->setEnabled( mService->isOpen() );
  }

  // ---------------------------------------------------------------- installation in the main window

  FeedsDocks installFeedsPanels( MainWindow *window )
  {
    FeedsDocks docks;
    FeedsService *service = new FeedsService( window );
    docks.feeds = new FeedsPanel( service, window->mapCanvas(), window->project(), window );
    docks.feeds->setObjectName( QStringLiteral( "feedsPanel" ) );
    docks.alarms = new AlarmsPanel( service, window->mapCanvas(), window->project(), window );
    docks.alarms->setObjectName( QStringLiteral( "alarmsPanel" ) );
    docks.history = new FeedsHistoryChart( service, window );
    docks.history->setObjectName( QStringLiteral( "historyChart" ) );

    docks.feedsDock =
        addHiddenDock( window, FeedsPanel::tr( "Feeds" ), QStringLiteral( "feedsDock" ), docks.feeds, Qt::RightDockWidgetArea );
    docks.alarmsDock =
        addHiddenDock( window, FeedsPanel::tr( "Alarms" ), QStringLiteral( "alarmsDock" ), docks.alarms, Qt::BottomDockWidgetArea );
    docks.historyDock = addHiddenDock( window, FeedsPanel::tr( "Sensor history" ), QStringLiteral( "historyDock" ), docks.history,
                                       Qt::BottomDockWidgetArea );
    window->splitDockWidget( docks.alarmsDock, docks.historyDock, Qt::Horizontal ); // side by side, the chart as wide as the list

    QMenu *menu = new QMenu( FeedsPanel::tr( "&Feeds" ), window );
    menu->addAction( docks.feedsDock->toggleViewAction() );
    menu->addAction( docks.alarmsDock->toggleViewAction() );
    menu->addAction( docks.historyDock->toggleViewAction() );
    menu->addSeparator();
    FeedsPanel *panel = docks.feeds;
    menu->addAction( FeedsPanel::tr( "Start or stop the &replay feed" ), panel,
                     [panel, service]
                     {
                       if ( service->feed( QStringLiteral( "replay" ) ).running )
                         panel->stopReplay();
                       else
                         panel->startReplay();
                     } );
    menu->addAction( FeedsPanel::tr( "Add an &MQTT feed…" ), panel, &FeedsPanel::addMqttFeedDialog );
    // history of a SensorThings service, an NGSI-LD broker or a CSV file, stored like live data
    FeedsHistoryChart *historyChart = docks.history;
    QAction *importAction = menu->addAction(
        FeedsPanel::tr( "&Import history…" ), panel,
        [panel, service, historyChart]
        {
          if ( service->territoryPath().isEmpty() )
          {
            QMessageBox::information( panel->window(), FeedsPanel::tr( "Import history" ), FeedsPanel::tr( "Open a territory first." ) );
            return;
          }
          FeedsImportDialog *dialog = new FeedsImportDialog( service->territoryPath(), panel->window() );
          dialog->setAttribute( Qt::WA_DeleteOnClose );
          QObject::connect( dialog, &FeedsImportDialog::imported, historyChart, &FeedsHistoryChart::reload );
          dialog->show();
        } );
    importAction->setObjectName( QStringLiteral( "feedsImportHistoryAction" ) );
    insertDomainMenu( window, menu );

    QDockWidget *feedsDock = docks.feedsDock;
    QDockWidget *alarmsDock = docks.alarmsDock;
    QDockWidget *historyDock = docks.historyDock;
    FeedsHistoryChart *history = docks.history;
    QObject::connect( window, &MainWindow::territoryOpened, panel,
                      [panel, feedsDock, alarmsDock, historyDock]( const QString &path )
                      {
                        panel->openTerritory( path );
                        if ( panel->autoReplay() )
                        {
                          feedsDock->show();
                          alarmsDock->show();
                          historyDock->show();
                          QMainWindow *main = qobject_cast<QMainWindow *>( feedsDock->parentWidget() );
                          if ( main )
                            main->resizeDocks( { alarmsDock, historyDock }, { 1, 1 }, Qt::Horizontal );
                        }
                      } );
    // the project is cleared when the territory closes or another one opens
    QObject::connect( window->project(), &QgsProject::cleared, panel, [panel] { panel->closeTerritory(); } );
    QObject::connect( panel, &FeedsPanel::sensorSelected, history, [history]( const QString &id ) { history->showSensor( id ); } );
    QObject::connect( docks.alarms, &AlarmsPanel::sensorSelected, panel, &FeedsPanel::selectSensor );
    auto status = [window]( const QString &text ) { window->statusBar()->showMessage( text, 10000 ); };
    QObject::connect( panel, &FeedsPanel::errorOccurred, window, status );
    QObject::connect( panel, &FeedsPanel::statusMessage, window, status );
    // a refused acknowledgement (viewer role, row-level security) explained in plain words above PostgreSQL's own
    QObject::connect( docks.alarms, &AlarmsPanel::errorOccurred, window,
                      [window]( const QString &text )
                      { window->statusBar()->showMessage( TerritoryConnection::explainRefusal( text, window->databaseRole() ), 10000 ); } );
    // another desktop or vigie-cli ingest acknowledged, cleared or raised an alarm (PostGIS notification): list refreshed now
    if ( TerritoryWatcher *watcher = window->territoryWatcher() )
    {
      QObject::connect( watcher, &TerritoryWatcher::tablesChanged, service,
                        [service]( const QStringList &tables )
                        {
                          for ( const QString &table : tables )
                          {
                            if ( table.startsWith( QLatin1String( "feeds_alarm" ) ) )
                            {
                              service->alarmsChangedElsewhere();
                              return;
                            }
                          }
                        } );
    }
    if ( window->territory() )
      panel->openTerritory( window->territory()->path() );
    return docks;
  }
} // namespace vigie
