// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "attributepanel.h"
#include "backgroundtask.h"
#include "bookmarkspanel.h"
#include "budgetpanel.h"
#include "checkoutdialog.h"
#include "demobuilder.h"
#include "feedspanel.h"
#include "identifytool.h"
#include "importdialog.h"
#include "importjob.h"
#include "importreportdialog.h"
#include "lightingpanel.h"
#include "log.h"
#include "logpanel.h"
#include "newterritorydialog.h"
#include "pgconnectdialog.h"
#include "pluginmanager.h"
#include "reviewmode.h"
#include "roadmappanel.h"
#include "roadmapstore.h"
#include "syncdialog.h"
#include "territorycheckout.h"
#include "territoryconnection.h"
#include "territorylayers.h"
#include "territorywatcher.h"
#include "waterpanel.h"
#include "welcomewidget.h"

#include <gdal.h>
#include <qgis.h>
#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolpan.h>
#include <qgsmaptoolzoom.h>
#include <qgsproject.h>
#include <qgsprojutils.h>
#include <qgsscalecombobox.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

// the icons of a static library's resource file are registered by hand
static void initVigieResources()
{
  Q_INIT_RESOURCE( vigie_icons );
}

namespace
{
  constexpr int kMaxRecent = 8;
  constexpr int kEntryRole = Qt::UserRole + 1;
  const QString kLogTopic = QStringLiteral( "app" );

  QSettings settings()
  {
    return QSettings( QStringLiteral( "Vigie" ), QStringLiteral( "vigie" ) );
  }

  QIcon themeIcon( const QString &name )
  {
    return QgsApplication::getThemeIcon( name );
  }

  QString nativePath( const QString &path )
  {
    // a PostGIS territory's connection string: shown without its password
    return vigie::Territory::isPostgres( path ) ? vigie::Territory::displayPath( path ) : QDir::toNativeSeparators( path );
  }
} // namespace

namespace vigie
{
  MainWindow::MainWindow( PluginManager &plugins, QWidget *parent ) : QMainWindow( parent ), mPlugins( plugins )
  {
    initVigieResources();
    setObjectName( QStringLiteral( "VigieMainWindow" ) );
    setWindowIcon( QIcon( QStringLiteral( ":/vigie/icons/vigie.svg" ) ) );
    setDockNestingEnabled( true );
    resize( 1400, 900 );

    mProject = new QgsProject( this );
    mWatcher = new TerritoryWatcher( mProject, this );
    mCanvas = new QgsMapCanvas( this );
    mCanvas->setObjectName( QStringLiteral( "mapCanvas" ) );
    mCanvas->setProject( mProject );
    mCanvas->setCanvasColor( Qt::white );
    mCanvas->enableAntiAliasing( true );
    mCanvas->setParallelRenderingEnabled( true );
    mCanvas->setCachingEnabled( true );
    mCanvas->setPreviewJobsEnabled( true );
    mCanvas->setMapUpdateInterval( 250 );

    mWelcome = new WelcomeWidget( DemoBuilder::demoNames(), this );
    mCentral = new QStackedWidget( this );
    mCentral->addWidget( mWelcome );
    mCentral->addWidget( mCanvas );
    setCentralWidget( mCentral );

    mBridge = new QgsLayerTreeMapCanvasBridge( mProject->layerTreeRoot(), mCanvas, this );
    mBridge->setAutoSetupOnFirstLayer( false );

    mPanTool = new QgsMapToolPan( mCanvas );
    mZoomInTool = new QgsMapToolZoom( mCanvas, false );
    mZoomOutTool = new QgsMapToolZoom( mCanvas, true );
    mIdentifyTool = new IdentifyTool( mCanvas );
    connect( mIdentifyTool, &IdentifyTool::identified, this, &MainWindow::showIdentifyResults );

    createActions();
    createDocks();
    createMenus();
    createToolBars();
    createStatusBar();
    installRoadmapPanel( this );
    installFeedsPanels( this );
    installLightingPanel( this );
    installReviewMode( this );
    installWaterPanel( this );

    connect( mWelcome, &WelcomeWidget::openRequested, this, &MainWindow::openTerritoryDialog );
    connect( mWelcome, &WelcomeWidget::newRequested, this, &MainWindow::newTerritory );
    connect( mWelcome, &WelcomeWidget::recentRequested, this, [this]( const QString &path ) { openTerritory( path ); } );
    connect( mWelcome, &WelcomeWidget::demoRequested, this,
             [this]( const QString &demo )
             {
               const QString dir = QStandardPaths::writableLocation( QStandardPaths::DocumentsLocation );
               QString path =
                   QFileDialog::getSaveFileName( this, tr( "Save the demo territory as" ),
                                                 QDir( dir ).filePath( demo + QStringLiteral( ".gpkg" ) ), tr( "Territory (*.gpkg)" ) );
               if ( path.isEmpty() )
                 return;
               if ( !path.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive ) )
                 path += QStringLiteral( ".gpkg" );
               if ( QFileInfo::exists( path ) && !QFile::remove( path ) )
               {
                 reportError( tr( "Cannot replace %1" ).arg( nativePath( path ) ) );
                 return;
               }
               buildDemo( demo, path );
             } );

    restoreWindowState();
    rebuildRecentMenu();
    updateActions();
    updateTitle();
    setMapTool( mPanTool, mActionPan );
  }

  MainWindow::~MainWindow()
  {
    if ( mImportJob )
      mImportJob->cancel();
    // A render the canvas detached (QgsMapCanvas::stopRendering on each refresh cancels without
    // blocking) still runs in the global thread pool and ends through a posted event that writes
    // into the canvas's render cache with the project's layers: let it end while both exist (the
    // project, a child created before the canvas, is deleted first). Seen as a crash in the next
    // window's first render (tst_presentation).
    mCanvas->stopRendering();
    QThreadPool::globalInstance()->waitForDone( 10000 );
    QCoreApplication::sendPostedEvents();
    // map tools reference the canvas: delete them first
    mCanvas->unsetMapTool( mCanvas->mapTool() );
    delete mPanTool;
    delete mZoomInTool;
    delete mZoomOutTool;
    delete mIdentifyTool;
  }

  // ---------------------------------------------------------------------------------------
  // user interface

  void MainWindow::createActions()
  {
    const auto make = [this]( const QString &icon, const QString &text, const QKeySequence &shortcut = QKeySequence() )
    {
      QAction *action = new QAction( icon.isEmpty() ? QIcon() : themeIcon( icon ), text, this );
      if ( !shortcut.isEmpty() )
        action->setShortcut( shortcut );
      return action;
    };
    mActionNew = make( QStringLiteral( "/mActionFileNew.svg" ), tr( "&New…" ), QKeySequence::New );
    mActionNew->setStatusTip( tr( "Create a new territory file" ) );
    connect( mActionNew, &QAction::triggered, this, &MainWindow::newTerritory );
    mActionOpen = make( QStringLiteral( "/mActionFileOpen.svg" ), tr( "&Open…" ), QKeySequence::Open );
    mActionOpen->setStatusTip( tr( "Open a territory file" ) );
    connect( mActionOpen, &QAction::triggered, this, &MainWindow::openTerritoryDialog );
    mActionOpenPostgis = make( QString(), tr( "Open &PostGIS territory…" ) );
    mActionOpenPostgis->setStatusTip( tr( "Open a territory shared in a PostgreSQL/PostGIS database" ) );
    connect( mActionOpenPostgis, &QAction::triggered, this, &MainWindow::openPostgisDialog );
    mActionClose = make( QString(), tr( "&Close" ), QKeySequence::Close );
    connect( mActionClose, &QAction::triggered, this, &MainWindow::closeTerritory );
    mActionImport = make( QStringLiteral( "/mActionSharingImport.svg" ), tr( "&Import…" ), QKeySequence( tr( "Ctrl+Shift+I" ) ) );
    mActionImport->setStatusTip( tr( "Import features from a GIS file into a territory layer" ) );
    connect( mActionImport, &QAction::triggered, this, &MainWindow::importDialog );
    mActionExport = make( QStringLiteral( "/mActionSharingExport.svg" ), tr( "&Export layer…" ), QKeySequence( tr( "Ctrl+Shift+E" ) ) );
    mActionExport->setStatusTip( tr( "Export a territory layer to GeoPackage, GeoJSON or Shapefile" ) );
    connect( mActionExport, &QAction::triggered, this, &MainWindow::exportDialog );
    mActionQuit = make( QStringLiteral( "/mActionFileExit.svg" ), tr( "&Quit" ), QKeySequence::Quit );
    mActionQuit->setMenuRole( QAction::QuitRole );
    connect( mActionQuit, &QAction::triggered, this, &QWidget::close );

    QActionGroup *tools = new QActionGroup( this );
    mActionPan = make( QStringLiteral( "/mActionPan.svg" ), tr( "&Pan" ), QKeySequence( tr( "Ctrl+Shift+P" ) ) );
    mActionZoomIn = make( QStringLiteral( "/mActionZoomIn.svg" ), tr( "Zoom &in" ), QKeySequence::ZoomIn );
    mActionZoomOut = make( QStringLiteral( "/mActionZoomOut.svg" ), tr( "Zoom &out" ), QKeySequence::ZoomOut );
    mActionIdentify = make( QStringLiteral( "/mActionIdentify.svg" ), tr( "&Identify features" ), QKeySequence( tr( "Ctrl+Shift+D" ) ) );
    mActionIdentify->setStatusTip( tr( "Click a feature to show its attributes" ) );
    for ( QAction *action : { mActionPan, mActionZoomIn, mActionZoomOut, mActionIdentify } )
    {
      action->setCheckable( true );
      tools->addAction( action );
    }
    connect( mActionPan, &QAction::triggered, this, [this] { setMapTool( mPanTool, mActionPan ); } );
    connect( mActionZoomIn, &QAction::triggered, this, [this] { setMapTool( mZoomInTool, mActionZoomIn ); } );
    connect( mActionZoomOut, &QAction::triggered, this, [this] { setMapTool( mZoomOutTool, mActionZoomOut ); } );
    connect( mActionIdentify, &QAction::triggered, this, [this] { setMapTool( mIdentifyTool, mActionIdentify ); } );

    mActionFullExtent =
        make( QStringLiteral( "/mActionZoomFullExtent.svg" ), tr( "Zoom to &full extent" ), QKeySequence( tr( "Ctrl+Shift+F" ) ) );
    connect( mActionFullExtent, &QAction::triggered, mCanvas, &QgsMapCanvas::zoomToFullExtent );
    mActionPrevious = make( QStringLiteral( "/mActionZoomLast.svg" ), tr( "&Previous extent" ), QKeySequence( tr( "Alt+Left" ) ) );
    connect( mActionPrevious, &QAction::triggered, mCanvas, &QgsMapCanvas::zoomToPreviousExtent );
    mActionNext = make( QStringLiteral( "/mActionZoomNext.svg" ), tr( "&Next extent" ), QKeySequence( tr( "Alt+Right" ) ) );
    connect( mActionNext, &QAction::triggered, mCanvas, &QgsMapCanvas::zoomToNextExtent );
    mActionPrevious->setEnabled( false );
    mActionNext->setEnabled( false );
    connect( mCanvas, &QgsMapCanvas::zoomLastStatusChanged, mActionPrevious, &QAction::setEnabled );
    connect( mCanvas, &QgsMapCanvas::zoomNextStatusChanged, mActionNext, &QAction::setEnabled );

    mActionAddBookmark = make( QStringLiteral( "/mActionNewBookmark.svg" ), tr( "&New bookmark…" ), QKeySequence( tr( "Ctrl+B" ) ) );
    mActionAddBookmark->setStatusTip( tr( "Save the current view as a bookmark in the territory" ) );
    connect( mActionAddBookmark, &QAction::triggered, this, &MainWindow::addBookmarkDialog );
    mActionAbout = make( QStringLiteral( "/mActionHelpAbout.svg" ), tr( "&About Vigie" ) );
    mActionAbout->setMenuRole( QAction::AboutRole );
    connect( mActionAbout, &QAction::triggered, this, &MainWindow::about );
    mActionBudget = new QAction( tr( "&Open participatory budget…" ), this );
    mActionBudget->setStatusTip( tr( "Open a participatory-budget file (Pabulib .pb) in the budget panel" ) );
    connect( mActionBudget, &QAction::triggered, this, &MainWindow::openBudgetDialog );
  }

  void MainWindow::createMenus()
  {
    QMenu *territory = menuBar()->addMenu( tr( "&Territory" ) );
    territory->addAction( mActionNew );
    territory->addAction( mActionOpen );
    territory->addAction( mActionOpenPostgis );
    mRecentMenu = territory->addMenu( themeIcon( QStringLiteral( "/mIconFolderOpen.svg" ) ), tr( "&Recent territories" ) );
    territory->addAction( mActionClose );
    territory->addSeparator();
    territory->addAction( mActionImport );
    territory->addAction( mActionExport );
    territory->addSeparator();
    // offline work (issue 8): a GeoPackage copy of part of the territory, synchronised back later
    QAction *checkoutAction = territory->addAction( tr( "Take an &offline copy…" ) );
    checkoutAction->setObjectName( QStringLiteral( "actionTakeOfflineCopy" ) );
    checkoutAction->setStatusTip( tr( "Copy part of the territory into a GeoPackage to edit it without the server" ) );
    connect( checkoutAction, &QAction::triggered, this, [this] { CheckoutDialog::showFor( this ); } );
    QAction *syncAction = territory->addAction( tr( "S&ynchronise with the server…" ) );
    syncAction->setObjectName( QStringLiteral( "actionSynchronise" ) );
    syncAction->setStatusTip( tr( "Send the edits of this offline copy to its territory and bring back the server's" ) );
    connect( syncAction, &QAction::triggered, this, [this] { SyncDialog::showFor( this ); } );
    const auto updateOfflineActions = [this, checkoutAction, syncAction]
    {
      checkoutAction->setEnabled( static_cast<bool>( mTerritory ) );
      syncAction->setEnabled( mTerritory && !Territory::isPostgres( mOpenedPath ) &&
                              !TerritoryCheckout::sourceOf( mOpenedPath ).isEmpty() );
    };
    connect( territory, &QMenu::aboutToShow, this, updateOfflineActions );
    connect( this, &MainWindow::territoryOpened, this, updateOfflineActions );
    updateOfflineActions();
    territory->addSeparator();
    territory->addAction( mActionQuit );

    QMenu *view = menuBar()->addMenu( tr( "&View" ) );
    view->addAction( mActionPan );
    view->addAction( mActionZoomIn );
    view->addAction( mActionZoomOut );
    view->addSeparator();
    view->addAction( mActionFullExtent );
    view->addAction( mActionPrevious );
    view->addAction( mActionNext );
    view->addSeparator();
    mPanelsMenu = view->addMenu( tr( "P&anels" ) );
    for ( QDockWidget *dock : { mLayersDock, mBookmarksDock, mIdentifyDock, mLogDock } )
      mPanelsMenu->addAction( dock->toggleViewAction() );
    mToolbarsMenu = view->addMenu( tr( "&Toolbars" ) );

    QMenu *tools = menuBar()->addMenu( tr( "T&ools" ) );
    tools->addAction( mActionIdentify );

    mBookmarksMenu = menuBar()->addMenu( tr( "&Bookmarks" ) );
    connect( mBookmarksMenu, &QMenu::aboutToShow, this,
             [this]
             {
               mBookmarksMenu->clear();
               mBookmarksMenu->addAction( mActionAddBookmark );
               QAction *show = mBookmarksDock->toggleViewAction();
               mBookmarksMenu->addAction( show );
               if ( !mTerritory )
                 return;
               const QList<Bookmark> bookmarks = mBookmarksPanel->bookmarks();
               if ( !bookmarks.isEmpty() )
                 mBookmarksMenu->addSeparator();
               for ( const Bookmark &bookmark : bookmarks )
               {
                 QAction *action = mBookmarksMenu->addAction( themeIcon( QStringLiteral( "/mActionZoomToBookmark.svg" ) ), bookmark.name );
                 const QRectF extent = bookmark.extent;
                 connect( action, &QAction::triggered, this,
                          [this, extent]
                          {
                            mCanvas->setExtent( QgsRectangle( extent ) );
                            mCanvas->refresh();
                          } );
               }
             } );
    mBookmarksMenu->addAction( mActionAddBookmark ); // so that the shortcut works before the first opening

    QMenu *budgetMenu = menuBar()->addMenu( tr( "B&udget" ) );
    budgetMenu->addAction( mActionBudget );
    budgetMenu->addAction( mBudgetDock->toggleViewAction() );

    QMenu *help = menuBar()->addMenu( tr( "&Help" ) );
    help->addAction( mActionAbout );
  }

  void MainWindow::createToolBars()
  {
    QToolBar *file = addToolBar( tr( "Territory" ) );
    file->setObjectName( QStringLiteral( "territoryToolBar" ) );
    file->addAction( mActionNew );
    file->addAction( mActionOpen );
    file->addAction( mActionImport );
    file->addAction( mActionExport );

    QToolBar *navigation = addToolBar( tr( "Navigation" ) );
    navigation->setObjectName( QStringLiteral( "navigationToolBar" ) );
    navigation->addAction( mActionPan );
    navigation->addAction( mActionZoomIn );
    navigation->addAction( mActionZoomOut );
    navigation->addAction( mActionFullExtent );
    navigation->addAction( mActionPrevious );
    navigation->addAction( mActionNext );
    navigation->addSeparator();
    navigation->addAction( mActionIdentify );
    navigation->addAction( mActionAddBookmark );

    QToolBar *locate = addToolBar( tr( "Locate" ) );
    locate->setObjectName( QStringLiteral( "locateToolBar" ) );
    mZoomCombo = new QComboBox( locate );
    mZoomCombo->setObjectName( QStringLiteral( "zoomToCombo" ) );
    mZoomCombo->setMinimumContentsLength( 22 );
    mZoomCombo->setSizeAdjustPolicy( QComboBox::AdjustToMinimumContentsLengthWithIcon );
    mZoomCombo->setToolTip( tr( "Zoom to a district or a commune" ) );
    mZoomCombo->setModel( new QStandardItemModel( mZoomCombo ) );
    connect( mZoomCombo, qOverload<int>( &QComboBox::activated ), this,
             [this]( int row )
             {
               const QVariant entry = mZoomCombo->itemData( row, kEntryRole );
               if ( entry.isValid() )
                 zoomToEntry( entry.toInt() );
             } );
    QLabel *zoomLabel = new QLabel( tr( "Zoom to " ), locate );
    zoomLabel->setBuddy( mZoomCombo );
    locate->addWidget( zoomLabel );
    locate->addWidget( mZoomCombo );
    locate->addSeparator();

    mSearchEdit = new QLineEdit( locate );
    mSearchEdit->setObjectName( QStringLiteral( "searchField" ) );
    mSearchEdit->setPlaceholderText( tr( "Search a street, district or commune…" ) );
    mSearchEdit->setClearButtonEnabled( true );
    mSearchEdit->setMinimumWidth( 280 );
    mSearchEdit->setMaximumWidth( 420 );
    mSearchEdit->addAction( themeIcon( QStringLiteral( "/search.svg" ) ), QLineEdit::LeadingPosition );
    mSearchModel = new QStandardItemModel( this );
    mCompleter = new QCompleter( mSearchModel, this );
    mCompleter->setCaseSensitivity( Qt::CaseInsensitive );
    mCompleter->setFilterMode( Qt::MatchContains );
    mCompleter->setMaxVisibleItems( 15 );
    mCompleter->setCompletionMode( QCompleter::PopupCompletion );
    mSearchEdit->setCompleter( mCompleter );
    connect( mCompleter, qOverload<const QModelIndex &>( &QCompleter::activated ), this,
             [this]( const QModelIndex &index )
             {
               const QVariant entry = index.data( kEntryRole );
               if ( entry.isValid() )
                 zoomToEntry( entry.toInt() );
             } );
    connect( mSearchEdit, &QLineEdit::returnPressed, this,
             [this]
             {
               if ( !mCompleter->popup()->isVisible() )
                 zoomToName( mSearchEdit->text() );
             } );
    locate->addWidget( mSearchEdit );

    for ( QToolBar *bar : { file, navigation, locate } )
    {
      bar->setIconSize( QSize( 24, 24 ) );
      mToolbarsMenu->addAction( bar->toggleViewAction() );
    }
  }

  void MainWindow::createDocks()
  {
    setCorner( Qt::BottomLeftCorner, Qt::LeftDockWidgetArea );
    setCorner( Qt::BottomRightCorner, Qt::RightDockWidgetArea );

    mLayerTreeView = new QgsLayerTreeView( this );
    mLayerTreeView->setObjectName( QStringLiteral( "layerTree" ) );
    QgsLayerTreeModel *model = new QgsLayerTreeModel( mProject->layerTreeRoot(), this );
    model->setFlag( QgsLayerTreeModel::AllowNodeChangeVisibility );
    model->setFlag( QgsLayerTreeModel::ShowLegendAsTree );
    model->setFlag( QgsLayerTreeModel::UseTextFormatting );
    model->setAutoCollapseLegendNodes( 12 );
    mLayerTreeView->setModel( model );
    mLayerTreeView->setHeaderHidden( true );
    connect( mLayerTreeView, &QgsLayerTreeView::doubleClicked, this,
             [this]
             {
               if ( QgsMapLayer *layer = mLayerTreeView->currentLayer() )
               {
                 const QgsCoordinateTransform transform( layer->crs(), mCanvas->mapSettings().destinationCrs(), mProject );
                 QgsRectangle extent = transform.transformBoundingBox( layer->extent() );
                 extent.scale( 1.05 );
                 mCanvas->setExtent( extent );
                 mCanvas->refresh();
               }
             } );
    mLayersDock = new QDockWidget( tr( "Layers" ), this );
    mLayersDock->setObjectName( QStringLiteral( "layersDock" ) );
    mLayersDock->setWidget( mLayerTreeView );
    addDockWidget( Qt::LeftDockWidgetArea, mLayersDock );

    mBookmarksPanel = new BookmarksPanel( this );
    mBookmarksDock = new QDockWidget( tr( "Bookmarks" ), this );
    mBookmarksDock->setObjectName( QStringLiteral( "bookmarksDock" ) );
    mBookmarksDock->setWidget( mBookmarksPanel );
    addDockWidget( Qt::LeftDockWidgetArea, mBookmarksDock );
    // one tall panel for the layer tree, bookmarks one click away in a tab
    tabifyDockWidget( mLayersDock, mBookmarksDock );
    mLayersDock->raise();
    resizeDocks( { mLayersDock }, { 300 }, Qt::Horizontal );
    connect( mBookmarksPanel, &BookmarksPanel::addRequested, this, &MainWindow::addBookmarkDialog );
    connect( mBookmarksPanel, &BookmarksPanel::zoomRequested, this,
             [this]( const QRectF &extent )
             {
               mCanvas->setExtent( QgsRectangle( extent ) );
               mCanvas->refresh();
             } );
    connect( mBookmarksPanel, &BookmarksPanel::renameRequested, this,
             [this]( qint64 id, const QString &name )
             {
               QString error;
               if ( !renameBookmark( id, name, &error ) )
                 reportError( error );
             } );
    connect( mBookmarksPanel, &BookmarksPanel::removeRequested, this,
             [this]( qint64 id )
             {
               QString error;
               if ( !removeBookmark( id, &error ) )
                 reportError( error );
             } );

    mAttributePanel = new AttributePanel( this );
    mIdentifyDock = new QDockWidget( tr( "Identify results" ), this );
    mIdentifyDock->setObjectName( QStringLiteral( "identifyDock" ) );
    mIdentifyDock->setWidget( mAttributePanel );
    addDockWidget( Qt::RightDockWidgetArea, mIdentifyDock );
    resizeDocks( { mIdentifyDock }, { 400 }, Qt::Horizontal );
    mIdentifyDock->hide(); // shown by the first identification: no empty panel

    mLogPanel = new LogPanel( this );
    mLogDock = new QDockWidget( tr( "Log" ), this );
    mLogDock->setObjectName( QStringLiteral( "logDock" ) );
    mLogDock->setWidget( mLogPanel );
    addDockWidget( Qt::BottomDockWidgetArea, mLogDock );
    resizeDocks( { mLogDock }, { 150 }, Qt::Vertical );
    mLogDock->hide();
    mBudgetPanel = new BudgetPanel( this );
    mBudgetDock = new QDockWidget( tr( "Participatory budget" ), this );
    mBudgetDock->setObjectName( QStringLiteral( "budgetDock" ) );
    mBudgetDock->setWidget( mBudgetPanel );
    addDockWidget( Qt::RightDockWidgetArea, mBudgetDock );
    mBudgetDock->hide(); // shown by Budget ▸ Open participatory budget…
    connect( mBudgetPanel, &BudgetPanel::errorOccurred, this, [this]( const QString &text ) { statusBar()->showMessage( text, 10000 ); } );
    mBudgetPanel->setMap( mCanvas, mProject );
    connect( this, &MainWindow::territoryOpened, mBudgetPanel, &BudgetPanel::refreshMap );
    connect( this, &MainWindow::territoryOpened, mBudgetPanel, &BudgetPanel::setTerritory );

    connect( mLogPanel, &LogPanel::problemLogged, this, [this]( const QString &text ) { statusBar()->showMessage( text, 10000 ); } );
  }

  void MainWindow::createStatusBar()
  {
    QStatusBar *bar = statusBar();
    mRenderProgress = new QProgressBar( bar );
    mRenderProgress->setRange( 0, 0 );
    mRenderProgress->setMaximumWidth( 120 );
    mRenderProgress->setMaximumHeight( 14 );
    mRenderProgress->setTextVisible( false );
    mRenderProgress->setToolTip( tr( "Rendering the map" ) );
    mRenderProgress->hide();
    bar->addPermanentWidget( mRenderProgress );
    connect( mCanvas, &QgsMapCanvas::renderStarting, mRenderProgress, &QWidget::show );
    connect( mCanvas, &QgsMapCanvas::mapCanvasRefreshed, mRenderProgress, &QWidget::hide );

    mCoordinateTitle = new QLabel( tr( "Coordinate" ), bar );
    bar->addPermanentWidget( mCoordinateTitle );
    mCoordinateLabel = new QLabel( bar );
    mCoordinateLabel->setObjectName( QStringLiteral( "coordinateLabel" ) );
    mCoordinateLabel->setMinimumWidth( 200 );
    mCoordinateLabel->setAlignment( Qt::AlignCenter );
    mCoordinateLabel->setFrameShape( QFrame::StyledPanel );
    mCoordinateLabel->setToolTip( tr( "Map coordinate of the mouse, in the territory CRS" ) );
    bar->addPermanentWidget( mCoordinateLabel );
    connect( mCanvas, &QgsMapCanvas::xyCoordinates, this,
             [this]( const QgsPointXY &point ) { mCoordinateLabel->setText( formatCoordinate( point ) ); } );

    mScaleTitle = new QLabel( tr( "Scale" ), bar );
    bar->addPermanentWidget( mScaleTitle );
    mScaleCombo = new QgsScaleComboBox( bar );
    mScaleCombo->setObjectName( QStringLiteral( "scaleCombo" ) );
    mScaleCombo->setMinimumWidth( 120 );
    mScaleCombo->setToolTip( tr( "Current map scale" ) );
    bar->addPermanentWidget( mScaleCombo );
    connect( mCanvas, &QgsMapCanvas::scaleChanged, this,
             [this]( double scale )
             {
               const QSignalBlocker blocker( mScaleCombo );
               mScaleCombo->setScale( scale );
             } );
    connect( mScaleCombo, &QgsScaleComboBox::scaleChanged, this,
             [this]( double scale )
             {
               if ( mTerritory && scale > 0 )
                 mCanvas->zoomScale( scale );
             } );

    mCrsButton = new QToolButton( bar );
    mCrsButton->setObjectName( QStringLiteral( "crsButton" ) );
    mCrsButton->setAutoRaise( true );
    mCrsButton->setIcon( themeIcon( QStringLiteral( "/mIconProjectionEnabled.svg" ) ) );
    mCrsButton->setToolButtonStyle( Qt::ToolButtonTextBesideIcon );
    bar->addPermanentWidget( mCrsButton );
  }

  void MainWindow::setMapTool( QgsMapTool *tool, QAction *action )
  {
    mCanvas->setMapTool( tool );
    action->setChecked( true );
  }

  void MainWindow::updateActions()
  {
    const bool open = static_cast<bool>( mTerritory );
    for ( QAction *action : { mActionClose, mActionImport, mActionExport, mActionPan, mActionZoomIn, mActionZoomOut, mActionFullExtent,
                              mActionIdentify, mActionAddBookmark } )
      action->setEnabled( open );
    if ( !open )
    {
      mActionPrevious->setEnabled( false );
      mActionNext->setEnabled( false );
    }
    mZoomCombo->setEnabled( open );
    mSearchEdit->setEnabled( open );
    mScaleCombo->setEnabled( open );
    mBookmarksPanel->setTerritoryOpen( open );
    mCrsButton->setVisible( open );
    mCentral->setCurrentWidget( open ? static_cast<QWidget *>( mCanvas ) : mWelcome );
    // the welcome page stands alone: no empty panels around it
    if ( !open && !mDocksHiddenForWelcome )
    {
      mDocksHiddenForWelcome = true;
      for ( QDockWidget *dock : { mLayersDock, mBookmarksDock, mIdentifyDock, mLogDock } )
      {
        dock->setProperty( "vigieWasVisible", dock->isVisibleTo( this ) || ( dock == mLayersDock || dock == mBookmarksDock ) );
        dock->hide();
      }
    }
    else if ( open && mDocksHiddenForWelcome )
    {
      mDocksHiddenForWelcome = false;
      for ( QDockWidget *dock : { mLayersDock, mBookmarksDock } )
      {
        if ( dock->property( "vigieWasVisible" ).toBool() )
          dock->show();
      }
      mLayersDock->raise();
    }
    for ( QWidget *widget : std::initializer_list<QWidget *>{ mCoordinateLabel, mCoordinateTitle, mScaleCombo, mScaleTitle } )
      widget->setVisible( open );
  }

  void MainWindow::updateTitle()
  {
    if ( !mTerritory )
    {
      setWindowTitle( tr( "Vigie" ) );
      setWindowFilePath( QString() );
      return;
    }
    const TerritoryInfo info = mTerritory->info();
    QString title = info.name.isEmpty() ? TerritoryConnection::shortName( mTerritory->path() ) : info.name;
    QStringList details;
    if ( !info.communes.isEmpty() )
      details << tr( "%n commune(s)", nullptr, info.communes.size() );
    details << mProject->crs().authid();
    if ( !info.demo.isEmpty() )
      details << tr( "demo" );
    if ( mTerritory->isReadOnly() )
      details << tr( "read-only" );
    setWindowTitle( tr( "%1 (%2) — %3 — Vigie" ).arg( title, details.join( QStringLiteral( ", " ) ), nativePath( mTerritory->path() ) ) );
    setWindowFilePath( Territory::isPostgres( mTerritory->path() ) ? QString() : mTerritory->path() );
  }

  QString MainWindow::formatCoordinate( const QgsPointXY &point ) const
  {
    const bool geographic = mCanvas->mapSettings().destinationCrs().isGeographic();
    const int decimals = geographic ? 6 : 1;
    QLocale locale;
    locale.setNumberOptions( QLocale::OmitGroupSeparator );
    return tr( "%1, %2" ).arg( locale.toString( point.x(), 'f', decimals ), locale.toString( point.y(), 'f', decimals ) );
  }

  void MainWindow::showEvent( QShowEvent *event )
  {
    QMainWindow::showEvent( event );
    if ( !mShownOnce )
    {
      mShownOnce = true;
      // the canvas has its real size only now (children are shown and resized first): fit the territory to it
      if ( mTerritory )
        mCanvas->zoomToFullExtent();
    }
  }

  void MainWindow::closeEvent( QCloseEvent *event )
  {
    if ( mImportJob && mImportJob->isRunning() )
    {
      const auto answer = QMessageBox::question( this, tr( "Import running" ), tr( "An import is running. Cancel it and quit?" ) );
      if ( answer != QMessageBox::Yes )
      {
        event->ignore();
        return;
      }
      mImportJob->cancel();
      mImportJob->waitForFinished();
    }
    saveWindowState();
    event->accept();
  }

  void MainWindow::restoreWindowState()
  {
    QSettings s = settings();
    const QByteArray geometry = s.value( QStringLiteral( "window/geometry" ) ).toByteArray();
    if ( !geometry.isEmpty() )
      restoreGeometry( geometry );
    else if ( const QScreen *screen = QGuiApplication::primaryScreen() )
      setGeometry( screen->availableGeometry() ); // first start: the whole screen, a map needs room
    const QByteArray state = s.value( QStringLiteral( "window/state" ) ).toByteArray();
    if ( !state.isEmpty() )
      restoreState( state );
  }

  void MainWindow::saveWindowState()
  {
    if ( !mPersistSettings )
      return;
    QSettings s = settings();
    s.setValue( QStringLiteral( "window/geometry" ), saveGeometry() );
    s.setValue( QStringLiteral( "window/state" ), saveState() );
    // never a password in the settings: the path as opened (authcfg=ID), without password=
    s.setValue( QStringLiteral( "lastTerritory" ), mTerritory ? TerritoryConnection::withoutPassword( mOpenedPath ) : QString() );
  }

  // ---------------------------------------------------------------------------------------
  // territory

  void MainWindow::reportError( const QString &text )
  {
    // a write refused by PostgreSQL (a viewer's role, another commune's row) said in plain words
    const QString message = TerritoryConnection::explainRefusal( text, mDatabaseRole );
    mLastError = message;
    logMessage( LogLevel::Warning, kLogTopic, message );
    emit errorOccurred( message );
    if ( mErrorDialogs )
    {
      QMessageBox *box = new QMessageBox( QMessageBox::Warning, tr( "Vigie" ), message, QMessageBox::Ok, this );
      box->setAttribute( Qt::WA_DeleteOnClose );
      box->open(); // never blocks the event loop
    }
  }

  bool MainWindow::openTerritory( const QString &path, QString *errorMessage )
  {
    const bool postgres = Territory::isPostgres( path );
    const QString absolute = postgres ? path : QFileInfo( path ).absoluteFilePath();
    // a PostGIS territory: authcfg=ID resolved to user and password in memory only
    QString connectionPath = absolute;
    QString error;
    std::unique_ptr<Territory> territory;
    if ( postgres )
    {
      if ( TerritoryConnection::resolveCredentials( absolute, &connectionPath, &error ) )
        territory = Territory::open( connectionPath, mPlugins.plugins(), Territory::Mode::ReadWrite, &error );
    }
    else if ( !QFileInfo::exists( absolute ) )
      error = tr( "%1: no such file" ).arg( nativePath( absolute ) );
    else
    {
      const Territory::Mode mode = QFileInfo( absolute ).isWritable() ? Territory::Mode::ReadWrite : Territory::Mode::ReadOnly;
      territory = Territory::open( absolute, mPlugins.plugins(), mode, &error );
    }
    if ( territory )
    {
      QApplication::setOverrideCursor( Qt::WaitCursor );
      TerritoryLayers::Options options;
      options.connectionPath = postgres ? absolute : QString(); // the layers keep authcfg=ID, QGIS resolves it
      const bool loaded = TerritoryLayers::load( *territory, mPlugins, mProject, options, &error );
      if ( !loaded && mTerritory )
      {
        TerritoryLayers::Options previous;
        previous.connectionPath = Territory::isPostgres( mOpenedPath ) ? mOpenedPath : QString();
        TerritoryLayers::load( *mTerritory, mPlugins, mProject, previous ); // keep the previous territory on screen
      }
      else if ( !loaded )
        mProject->clear();
      QApplication::restoreOverrideCursor();
      if ( !loaded )
        territory.reset();
    }
    if ( !territory )
    {
      const QString message = tr( "Cannot open the territory %1:\n%2" ).arg( nativePath( absolute ), error );
      reportError( message );
      if ( errorMessage )
        *errorMessage = message;
      return false;
    }
    mTerritory = std::move( territory );
    mOpenedPath = absolute;
    mWatcher->stop();
    mDatabaseRole.clear();
    if ( postgres )
    {
      // edits made on other desktops reload the layers they touch
      mDatabaseRole = TerritoryConnection::currentRole( connectionPath );
      QString watchError;
      if ( !mWatcher->start( connectionPath, &watchError ) )
        logMessage( LogLevel::Warning, kLogTopic,
                    tr( "Edits made on other desktops will not appear by themselves: %1" ).arg( watchError ) );
    }
    territoryChanged();
    addRecent( TerritoryConnection::withoutPassword( absolute ) );
    logMessage( LogLevel::Info, kLogTopic, tr( "Opened %1" ).arg( nativePath( absolute ) ) );
    emit territoryOpened( connectionPath );
    return true;
  }

  void MainWindow::openPostgisDialog()
  {
    PgConnectDialog dialog( this );
    const QString last = settings().value( QStringLiteral( "lastPostgisTerritory" ) ).toString();
    if ( !last.isEmpty() )
      dialog.setPath( last );
    if ( dialog.exec() != QDialog::Accepted )
      return;
    const QString path = dialog.path();
    if ( mPersistSettings )
      settings().setValue( QStringLiteral( "lastPostgisTerritory" ), TerritoryConnection::withoutPassword( path ) );
    openTerritory( path );
  }

  bool MainWindow::createTerritory( const QString &path, const TerritoryInfo &info, QString *errorMessage )
  {
    QString error;
    std::unique_ptr<Territory> territory = Territory::create( path, info, mPlugins.plugins(), &error );
    if ( !territory )
    {
      const QString message = tr( "Cannot create the territory %1:\n%2" ).arg( nativePath( path ), error );
      reportError( message );
      if ( errorMessage )
        *errorMessage = message;
      return false;
    }
    territory.reset(); // opened again the normal way
    return openTerritory( path, errorMessage );
  }

  void MainWindow::closeTerritory()
  {
    if ( mImportJob && mImportJob->isRunning() )
    {
      mImportJob->cancel();
      mImportJob->waitForFinished();
    }
    mWatcher->stop();
    mProject->clear();
    mTerritory.reset();
    mOpenedPath.clear();
    mDatabaseRole.clear();
    territoryChanged();
  }

  bool MainWindow::reopenLastTerritory()
  {
    const QString last = settings().value( QStringLiteral( "lastTerritory" ) ).toString();
    if ( last.isEmpty() || ( !Territory::isPostgres( last ) && !QFileInfo::exists( last ) ) )
      return false;
    return openTerritory( last );
  }

  void MainWindow::territoryChanged()
  {
    mSchemas.clear();
    mAttributePanel->clear();
    if ( mTerritory )
    {
      for ( const LayerSchema &schema : mTerritory->layers() )
      {
        if ( QgsVectorLayer *layer = TerritoryLayers::layer( mProject, schema.qualifiedName() ) )
          mSchemas.insert( layer->id(), schema );
      }
      mCanvas->setDestinationCrs( mProject->crs() );
      mBridge->setCanvasLayers();
      mCanvas->zoomToFullExtent();
      mCanvas->clearExtentHistory();
      mLayerTreeView->expandAll();
      // legends of the plugins' layers stay folded: the groups are what matters at first sight
      for ( QgsLayerTreeLayer *node : mProject->layerTreeRoot()->findLayers() )
        mLayerTreeView->setExpanded( mLayerTreeView->node2index( node ), false );
      mCrsButton->setText( mProject->crs().authid() );
      mCrsButton->setToolTip( tr( "Territory coordinate reference system: %1" ).arg( mProject->crs().userFriendlyIdentifier() ) );
      mCoordinateLabel->setText( formatCoordinate( mCanvas->extent().center() ) );
      mCanvas->refresh();
    }
    else
    {
      mCanvas->setLayers( {} );
      mCoordinateLabel->clear();
    }
    rebuildLocator();
    refreshBookmarks();
    updateActions();
    updateTitle();
  }

  void MainWindow::addRecent( const QString &path )
  {
    if ( !mPersistSettings )
      return;
    QSettings s = settings();
    QStringList recent = s.value( QStringLiteral( "recentTerritories" ) ).toStringList();
    recent.removeAll( path );
    recent.prepend( path );
    while ( recent.size() > kMaxRecent )
      recent.removeLast();
    s.setValue( QStringLiteral( "recentTerritories" ), recent );
    s.setValue( QStringLiteral( "lastTerritory" ), path );
    rebuildRecentMenu();
  }

  QStringList MainWindow::recentTerritories() const
  {
    return settings().value( QStringLiteral( "recentTerritories" ) ).toStringList();
  }

  void MainWindow::rebuildRecentMenu()
  {
    const QStringList recent = recentTerritories();
    mRecentMenu->clear();
    for ( int i = 0; i < recent.size(); ++i )
    {
      const QString path = recent.at( i );
      QAction *action = mRecentMenu->addAction( QStringLiteral( "&%1 %2" ).arg( i + 1 ).arg( TerritoryConnection::shortName( path ) ) );
      action->setStatusTip( nativePath( path ) );
      action->setToolTip( nativePath( path ) );
      action->setEnabled( Territory::isPostgres( path ) || QFileInfo::exists( path ) );
      connect( action, &QAction::triggered, this, [this, path] { openTerritory( path ); } );
    }
    if ( !recent.isEmpty() )
    {
      mRecentMenu->addSeparator();
      connect( mRecentMenu->addAction( tr( "Clear the list" ) ), &QAction::triggered, this,
               [this]
               {
                 settings().remove( QStringLiteral( "recentTerritories" ) );
                 rebuildRecentMenu();
               } );
    }
    mRecentMenu->setEnabled( !recent.isEmpty() );
    mWelcome->setRecentTerritories( recent );
  }

  void MainWindow::newTerritory()
  {
    NewTerritoryDialog dialog( this );
    if ( dialog.exec() != QDialog::Accepted )
      return;
    createTerritory( dialog.path(), dialog.info() );
  }

  void MainWindow::openTerritoryDialog()
  {
    const QStringList recent = recentTerritories();
    const QString dir = recent.isEmpty() ? QStandardPaths::writableLocation( QStandardPaths::DocumentsLocation )
                                         : QFileInfo( recent.first() ).absolutePath();
    const QString path = QFileDialog::getOpenFileName( this, tr( "Open a territory" ), dir, tr( "Territory (*.gpkg);;All files (*)" ) );
    if ( !path.isEmpty() )
      openTerritory( path );
  }

  void MainWindow::buildDemo( const QString &demoName, const QString &path )
  {
    QProgressDialog *progress =
        new QProgressDialog( tr( "Building the %1 demo territory from public data…" ).arg( demoName ), QString(), 0, 0, this );
    progress->setWindowTitle( tr( "Demo territory" ) );
    progress->setWindowModality( Qt::WindowModal );
    progress->setMinimumDuration( 0 );
    progress->setCancelButton( nullptr );
    progress->setAttribute( Qt::WA_DeleteOnClose );
    progress->show();

    const QList<DomainPlugin *> plugins = mPlugins.plugins();
    BackgroundTask *task = new BackgroundTask(
        [demoName, path, plugins]( QString *error )
        {
          return DemoBuilder::build( demoName, path, plugins, DemoBuilder::defaultSourceDirectory(), error ) &&
                 roadmap::addDemoRoadmap( path, demoName, error );
        },
        this );
    connect( task, &BackgroundTask::finished, this,
             [this, task, progress, path, demoName]( bool ok, const QString &error )
             {
               progress->close();
               task->deleteLater();
               if ( ok )
                 openTerritory( path );
               else
                 reportError( tr( "Cannot build the %1 demo territory in %2:\n%3" ).arg( demoName, nativePath( path ), error ) );
               emit demoBuilt( ok, path );
             } );
    task->start();
  }

  // ---------------------------------------------------------------------------------------
  // locate: zoom to, search

  void MainWindow::rebuildLocator()
  {
    mLocator.clear();
    QStandardItemModel *zoomModel = qobject_cast<QStandardItemModel *>( mZoomCombo->model() );
    zoomModel->clear();
    mSearchModel->clear();
    if ( !mTerritory )
      return;
    mLocator.rebuild( mProject, Territory::baseLayers() );

    QStandardItem *placeholder = new QStandardItem( tr( "District or commune…" ) );
    placeholder->setFlags( Qt::NoItemFlags );
    zoomModel->appendRow( placeholder );
    QString currentLayer;
    const QList<LocatorEntry> &entries = mLocator.entries();
    for ( int i = 0; i < entries.size(); ++i )
    {
      const LocatorEntry &entry = entries.at( i );
      if ( entry.isArea )
      {
        if ( entry.layerTitle != currentLayer )
        {
          currentLayer = entry.layerTitle;
          QStandardItem *header = new QStandardItem( entry.layerTitle );
          QFont bold = header->font();
          bold.setBold( true );
          header->setFont( bold );
          header->setFlags( Qt::ItemIsEnabled );
          zoomModel->appendRow( header );
        }
        QStandardItem *item = new QStandardItem( QStringLiteral( "    %1" ).arg( entry.name ) );
        item->setData( i, kEntryRole );
        item->setToolTip( entry.layerTitle );
        zoomModel->appendRow( item );
      }
      QStandardItem *searchItem = new QStandardItem( QStringLiteral( "%1 (%2)" ).arg( entry.name, entry.layerTitle ) );
      searchItem->setData( i, kEntryRole );
      mSearchModel->appendRow( searchItem );
    }
    mZoomCombo->setCurrentIndex( 0 );
  }

  void MainWindow::zoomToEntry( int index )
  {
    const QList<LocatorEntry> &entries = mLocator.entries();
    if ( index < 0 || index >= entries.size() )
      return;
    const LocatorEntry &entry = entries.at( index );
    const QList<QgsGeometry> geometries = mLocator.geometries( entry );
    QgsVectorLayer *layer = mLocator.layer( entry );
    if ( geometries.isEmpty() || !layer )
      return;
    QgsRectangle box;
    for ( const QgsGeometry &geometry : geometries )
    {
      if ( box.isNull() )
        box = geometry.boundingBox();
      else
        box.combineExtentWith( geometry.boundingBox() );
    }
    const QgsCoordinateTransform transform( layer->crs(), mCanvas->mapSettings().destinationCrs(), mProject );
    box = transform.transformBoundingBox( box );
    if ( box.width() <= 0 && box.height() <= 0 )
    {
      mCanvas->setCenter( box.center() );
      if ( mCanvas->scale() > 5000 )
        mCanvas->zoomScale( 5000 );
    }
    else
    {
      box.scale( 1.15 );
      mCanvas->setExtent( box );
    }
    mCanvas->refresh();
    mCanvas->flashGeometries( geometries, layer->crs() );
    // the "zoom to" list follows what is shown
    const int row = mZoomCombo->findData( index, kEntryRole );
    mZoomCombo->setCurrentIndex( row > 0 ? row : 0 );
    statusBar()->showMessage( tr( "%1 (%2)" ).arg( entry.name, entry.layerTitle ), 5000 );
  }

  bool MainWindow::zoomToName( const QString &text )
  {
    const int index = mLocator.find( text );
    if ( index < 0 )
    {
      statusBar()->showMessage( tr( "Nothing named “%1” in the territory" ).arg( text.simplified() ), 5000 );
      return false;
    }
    zoomToEntry( index );
    return true;
  }

  // ---------------------------------------------------------------------------------------
  // identify

  const LayerSchema *MainWindow::schemaForLayer( const QString &layerId ) const
  {
    const auto it = mSchemas.constFind( layerId );
    return it == mSchemas.constEnd() ? nullptr : &it.value();
  }

  QList<QgsMapToolIdentify::IdentifyResult> MainWindow::identifyAt( const QgsPointXY &mapPoint )
  {
    return mIdentifyTool->identifyAt( mapPoint );
  }

  void MainWindow::showIdentifyResults( const QgsPointXY &point, const QList<QgsMapToolIdentify::IdentifyResult> &results )
  {
    QList<IdentifiedFeature> features;
    QList<QgsGeometry> flashes;
    QgsCoordinateReferenceSystem flashCrs;
    for ( const QgsMapToolIdentify::IdentifyResult &result : results )
    {
      const QgsVectorLayer *layer = qobject_cast<const QgsVectorLayer *>( result.mLayer );
      if ( !layer )
        continue;
      features << IdentifiedFeature::describe( layer, result.mFeature, schemaForLayer( layer->id() ) );
      if ( result.mFeature.hasGeometry() )
      {
        flashes << result.mFeature.geometry();
        flashCrs = layer->crs();
      }
    }
    mAttributePanel->setFeatures( point, formatCoordinate( point ), features );
    if ( !mIdentifyDock->isVisible() )
      mIdentifyDock->show();
    mIdentifyDock->raise();
    if ( !flashes.isEmpty() )
      mCanvas->flashGeometries( flashes.mid( 0, 1 ), flashCrs );
  }

  // ---------------------------------------------------------------------------------------
  // bookmarks

  void MainWindow::refreshBookmarks()
  {
    mBookmarksPanel->setBookmarks( mTerritory ? mTerritory->bookmarks() : QList<Bookmark>() );
  }

  bool MainWindow::addBookmark( const QString &name, QString *errorMessage )
  {
    if ( !mTerritory )
      return false;
    Bookmark bookmark;
    bookmark.name = name;
    bookmark.extent = mCanvas->extent().toRectF();
    if ( !mTerritory->addBookmark( bookmark, errorMessage ) )
    {
      if ( errorMessage )
        *errorMessage = TerritoryConnection::explainRefusal( *errorMessage, mDatabaseRole );
      return false;
    }
    refreshBookmarks();
    return true;
  }

  bool MainWindow::renameBookmark( qint64 id, const QString &name, QString *errorMessage )
  {
    if ( !mTerritory )
      return false;
    const bool ok = mTerritory->renameBookmark( id, name, errorMessage );
    refreshBookmarks();
    return ok;
  }

  bool MainWindow::removeBookmark( qint64 id, QString *errorMessage )
  {
    if ( !mTerritory )
      return false;
    const bool ok = mTerritory->removeBookmark( id, errorMessage );
    refreshBookmarks();
    return ok;
  }

  void MainWindow::addBookmarkDialog()
  {
    if ( !mTerritory )
      return;
    bool ok = false;
    const QString name = QInputDialog::getText( this, tr( "New bookmark" ), tr( "Name of the current view:" ), QLineEdit::Normal,
                                                tr( "View %1" ).arg( mBookmarksPanel->bookmarks().size() + 1 ), &ok )
                             .trimmed();
    if ( !ok || name.isEmpty() )
      return;
    QString error;
    if ( !addBookmark( name, &error ) )
      reportError( tr( "Cannot add the bookmark: %1" ).arg( error ) );
    else
    {
      mBookmarksDock->show();
      mBookmarksDock->raise();
    }
  }

  // ---------------------------------------------------------------------------------------
  // import, export

  void MainWindow::importDialog()
  {
    if ( !mTerritory )
      return;
    if ( mTerritory->isReadOnly() )
    {
      reportError( tr( "%1 is open read-only: nothing can be imported into it." ).arg( nativePath( mTerritory->path() ) ) );
      return;
    }
    if ( mImportJob )
    {
      reportError( tr( "An import is already running." ) );
      return;
    }
    ImportDialog dialog( mTerritory->layers(), this );
    if ( QgsVectorLayer *current = qobject_cast<QgsVectorLayer *>( mLayerTreeView->currentLayer() ) )
    {
      if ( const LayerSchema *schema = schemaForLayer( current->id() ) )
        dialog.setTargetLayer( schema->qualifiedName() );
    }
    if ( dialog.exec() != QDialog::Accepted )
      return;
    startImport( dialog.source(), dialog.options() );
  }

  ImportJob *MainWindow::startImport( const QString &source, const ImportOptions &options )
  {
    if ( !mTerritory || mImportJob )
      return nullptr;
    const LayerSchema *schema = mTerritory->layer( options.targetLayer );
    const QString title = schema ? schema->title : options.targetLayer;
    ImportJob *job = new ImportJob( mTerritory->path(), mPlugins.plugins(), source, options, this );
    mImportJob = job;

    QProgressDialog *progress =
        new QProgressDialog( tr( "Importing %1 into %2…" ).arg( QFileInfo( source ).fileName(), title ), tr( "Cancel" ), 0, 100, this );
    progress->setWindowTitle( tr( "Import" ) );
    progress->setWindowModality( Qt::WindowModal );
    progress->setMinimumDuration( 300 );
    progress->setAutoClose( false );
    progress->setAutoReset( false );
    progress->setValue( 0 );
    mImportProgress = progress;
    QProgressBar *bar = takeProgressBar( progress );
    connect( job, &ImportJob::progressChanged, bar, &QProgressBar::setValue );
    connect( progress, &QProgressDialog::canceled, job,
             [job, progress]
             {
               job->cancel();
               progress->setLabelText( tr( "Cancelling: rolling the import back…" ) );
             } );
    connect( job, &ImportJob::finished, this, [this, job]( const ImportResult &result ) { importDone( job, result ); } );
    logMessage( LogLevel::Info, kLogTopic, tr( "Importing %1 into %2" ).arg( nativePath( source ), options.targetLayer ) );
    job->start();
    return job;
  }

  void MainWindow::importDone( ImportJob *job, const ImportResult &result )
  {
    if ( mImportProgress )
    {
      mImportProgress->close();
      mImportProgress->deleteLater();
    }
    const ImportOptions options = job->options();
    const QString source = job->source();
    job->deleteLater();
    const LayerSchema *schema = mTerritory ? mTerritory->layer( options.targetLayer ) : nullptr;
    const QString title = schema ? schema->title : options.targetLayer;
    if ( result.ok && mTerritory )
    {
      if ( QgsVectorLayer *layer = TerritoryLayers::layer( mProject, options.targetLayer ) )
      {
        layer->dataProvider()->reloadData();
        layer->updateExtents();
        layer->triggerRepaint();
      }
      if ( schema && schema->domain == Territory::baseLayers().value( 0 ).domain )
        rebuildLocator(); // new names to search
    }
    const QString summary = ImportReportDialog::summary( title, result );
    logMessage( result.ok || result.cancelled ? LogLevel::Info : LogLevel::Warning, kLogTopic, summary );
    statusBar()->showMessage( summary, 10000 );
    if ( mReportDialogs )
    {
      ImportReportDialog *report = new ImportReportDialog( source, title, result, this );
      report->setAttribute( Qt::WA_DeleteOnClose );
      report->open();
    }
    emit importFinished( result );
  }

  void MainWindow::exportDialog()
  {
    if ( !mTerritory )
      return;
    QStringList items;
    QStringList names;
    int current = 0;
    const QgsMapLayer *currentLayer = mLayerTreeView->currentLayer();
    for ( const LayerSchema &schema : mTerritory->layers() )
    {
      if ( currentLayer && schemaForLayer( currentLayer->id() ) &&
           schemaForLayer( currentLayer->id() )->qualifiedName() == schema.qualifiedName() )
        current = static_cast<int>( items.size() );
      items << QStringLiteral( "%1  (%2)" ).arg( schema.title, schema.qualifiedName() );
      names << schema.qualifiedName();
    }
    bool ok = false;
    const QString item = QInputDialog::getItem( this, tr( "Export a layer" ), tr( "Layer to export:" ), items, current, false, &ok );
    if ( !ok )
      return;
    const QString layer = names.value( items.indexOf( item ) );
    const QString dir = QStandardPaths::writableLocation( QStandardPaths::DocumentsLocation );
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName( this, tr( "Export %1 to" ).arg( item ),
                                                 QDir( dir ).filePath( QString( layer ).replace( QLatin1Char( ':' ), QLatin1Char( '_' ) ) ),
                                                 tr( "GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)" ), &selectedFilter );
    if ( path.isEmpty() )
      return;
    if ( QFileInfo( path ).suffix().isEmpty() )
    {
      const QRegularExpressionMatch match = QRegularExpression( QStringLiteral( "\\*(\\.\\w+)" ) ).match( selectedFilter );
      path += match.hasMatch() ? match.captured( 1 ) : QStringLiteral( ".gpkg" );
    }
    exportLayer( layer, path );
  }

  void MainWindow::exportLayer( const QString &qualifiedLayer, const QString &destination )
  {
    if ( !mTerritory )
      return;
    const QString territoryPath = mTerritory->path();
    const QList<DomainPlugin *> plugins = mPlugins.plugins();
    QProgressDialog *progress = new QProgressDialog( tr( "Exporting %1 to %2…" ).arg( qualifiedLayer, QFileInfo( destination ).fileName() ),
                                                     QString(), 0, 0, this );
    progress->setWindowTitle( tr( "Export" ) );
    progress->setCancelButton( nullptr );
    progress->setMinimumDuration( 300 );
    progress->setAttribute( Qt::WA_DeleteOnClose );
    BackgroundTask *task = new BackgroundTask(
        [territoryPath, plugins, qualifiedLayer, destination]( QString *error )
        {
          // a read-only connection of its own
          std::unique_ptr<Territory> territory = Territory::open( territoryPath, plugins, Territory::Mode::ReadOnly, error );
          return territory && vigie::exportLayer( *territory, qualifiedLayer, destination, error );
        },
        this );
    connect( task, &BackgroundTask::finished, this,
             [this, task, progress, qualifiedLayer, destination]( bool ok, const QString &error )
             {
               progress->close();
               task->deleteLater();
               if ( ok )
               {
                 const QString message = tr( "%1 exported to %2" ).arg( qualifiedLayer, nativePath( destination ) );
                 logMessage( LogLevel::Info, kLogTopic, message );
                 statusBar()->showMessage( message, 8000 );
               }
               else
                 reportError( tr( "Cannot export %1 to %2:\n%3" ).arg( qualifiedLayer, nativePath( destination ), error ) );
               emit exportFinished( ok, error );
             } );
    task->start();
  }

  // ---------------------------------------------------------------------------------------

  void MainWindow::openBudgetDialog()
  {
    mBudgetDock->show();
    mBudgetDock->raise();
    mBudgetPanel->openFileDialog();
  }

  void MainWindow::about()
  {
    const QString text =
        tr( "<h3>Vigie %1</h3>"
            "<p>Control room for smart territories: networks, assets and their live state on one map.</p>"
            "<table>"
            "<tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
            "<tr><td>QGIS</td><td>%4</td></tr>"
            "<tr><td>GDAL</td><td>%5</td></tr>"
            "<tr><td>PROJ</td><td>%6</td></tr>"
            "</table>"
            "<p>Licence: GNU GPL version 2 or later.</p>" )
            .arg( QStringLiteral( VIGIE_VERSION ), QString::fromLatin1( qVersion() ), QStringLiteral( QT_VERSION_STR ), Qgis::version(),
                  QString::fromLatin1( GDALVersionInfo( "RELEASE_NAME" ) ),
                  QStringLiteral( "%1.%2" ).arg( QgsProjUtils::projVersionMajor() ).arg( QgsProjUtils::projVersionMinor() ) );
    QMessageBox::about( this, tr( "About Vigie" ), text );
  }
} // namespace vigie
