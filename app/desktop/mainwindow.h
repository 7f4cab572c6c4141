// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_MAINWINDOW_H
#define VIGIE_MAINWINDOW_H

#include "importer.h"
#include "importjob.h"
#include "schema.h"
#include "territory.h"
#include "territorylocator.h"

#include <qgsmaptoolidentify.h>
#include <qgspointxy.h>

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QProgressDialog>

#include <memory>

class QAction;
class QComboBox;
class QCompleter;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QStandardItemModel;
class QToolButton;
class QgsLayerTreeMapCanvasBridge;
class QgsLayerTreeView;
class QgsMapCanvas;
class QgsMapTool;
class QgsMapToolPan;
class QgsMapToolZoom;
class QgsProject;
class QgsScaleComboBox;

namespace vigie
{
  class AttributePanel;
  class BudgetPanel;
  class BookmarksPanel;
  class IdentifyTool;
  class LogPanel;
  class PluginManager;
  class TerritoryWatcher;
  class WelcomeWidget;

  /**
   * \brief The Vigie main window: the territory map (QGIS canvas, layer tree grouped by
   * domain, domain styles from the plugins), navigation, zoom to an area, search, identify,
   * bookmarks, import/export and the log. It holds no business logic: every action calls
   * the store (vigie::Territory, Importer, DemoBuilder) that vigie-cli calls too.
   * It knows no domain by name: layers, groups and titles come from the territory and plugins.
   */
  class MainWindow : public QMainWindow
  {
    Q_OBJECT
  public:
    explicit MainWindow( PluginManager &plugins, QWidget *parent = nullptr );
    ~MainWindow() override;

    /**
     * Opens a territory file, or a PostGIS territory "PG:CONNINFO" (authcfg=ID for QGIS-stored credentials), and shows it. On failure the
     * previous territory stays open, the error is logged, emitted with errorOccurred(), shown without blocking (when error dialogs are
     * enabled) and returned in \a errorMessage.
     */
    bool openTerritory( const QString &path, QString *errorMessage = nullptr );
    //! Creates an empty territory file and opens it.
    bool createTerritory( const QString &path, const TerritoryInfo &info, QString *errorMessage = nullptr );
    //! Back to the welcome page.
    void closeTerritory();
    //! Reopens the territory of the last session when its file still exists; false otherwise.
    bool reopenLastTerritory();
    //! Builds a demo territory in the background, then opens it (progress dialog meanwhile).
    void buildDemo( const QString &demoName, const QString &path );
    //! Exports a layer in the background; exportFinished() follows.
    void exportLayer( const QString &qualifiedLayer, const QString &destination );

    Territory *territory() const { return mTerritory.get(); }
    //! The open territory's path as given to openTerritory() (PG: with authcfg=ID, never a resolved password).
    QString openedPath() const { return mOpenedPath; }
    //! Reloads the layers of a PostGIS territory when other desktops edit it (idle for a file).
    TerritoryWatcher *territoryWatcher() const { return mWatcher; }
    //! The database role of the open PostGIS territory (empty for a file).
    QString databaseRole() const { return mDatabaseRole; }
    QgsProject *project() const { return mProject; }
    QgsMapCanvas *mapCanvas() const { return mCanvas; }
    QgsLayerTreeView *layerTreeView() const { return mLayerTreeView; }
    AttributePanel *attributePanel() const { return mAttributePanel; }
    BookmarksPanel *bookmarksPanel() const { return mBookmarksPanel; }
    LogPanel *logPanel() const { return mLogPanel; }
    //! The participatory-budget panel (in a dock, hidden until Budget ▸ Open participatory budget…).
    BudgetPanel *budgetPanel() const { return mBudgetPanel; }
    QDockWidget *budgetDock() const { return mBudgetDock; }
    QComboBox *zoomToCombo() const { return mZoomCombo; }
    QLineEdit *searchField() const { return mSearchEdit; }
    const TerritoryLocator &locator() const { return mLocator; }

    //! Recent territory files, most recent first (kept in the settings).
    QStringList recentTerritories() const;
    //! The last error shown to the user.
    QString lastError() const { return mLastError; }
    //! Shows errors in message boxes (on by default; tests turn it off and read errorOccurred()).
    void setErrorDialogsEnabled( bool enabled ) { mErrorDialogs = enabled; }
    //! When false, the window writes nothing in the settings (benchmark runs).
    void setPersistSettings( bool persist ) { mPersistSettings = persist; }
    bool persistSettings() const { return mPersistSettings; }
    bool errorDialogsEnabled() const { return mErrorDialogs; }
    //! The domain plugins the territory is opened with (review deck, panels).
    PluginManager &plugins() const { return mPlugins; }

    //! Zooms to the best match of \a text among streets, districts and communes and flashes it.
    bool zoomToName( const QString &text );
    //! Identifies the features at a map point and fills the attribute panel.
    QList<QgsMapToolIdentify::IdentifyResult> identifyAt( const QgsPointXY &mapPoint );
    //! Adds a bookmark of the current view to the territory file.
    bool addBookmark( const QString &name, QString *errorMessage = nullptr );
    bool renameBookmark( qint64 id, const QString &name, QString *errorMessage = nullptr );
    bool removeBookmark( qint64 id, QString *errorMessage = nullptr );

    /**
     * Starts an import in the background with a progress dialog whose Cancel button
     * cancels it; the report dialog and the layer refresh follow. Returns the job.
     */
    ImportJob *startImport( const QString &source, const ImportOptions &options );
    //! The progress dialog of the running import, or nullptr.
    QProgressDialog *importProgressDialog() const { return mImportProgress; }
    //! Shows import reports in a dialog (on by default).
    void setReportDialogsEnabled( bool enabled ) { mReportDialogs = enabled; }

    //! The layer schema of a map layer of the open territory, or nullptr.
    const LayerSchema *schemaForLayer( const QString &layerId ) const;

  public slots:
    void newTerritory();
    void openTerritoryDialog();
    //! Territory ▸ Open PostGIS territory…: connection dialog, then openTerritory( "PG:..." ).
    void openPostgisDialog();
    void importDialog();
    void exportDialog();
    void addBookmarkDialog();
    void about();
    //! Shows the budget dock and asks for a .pb file.
    void openBudgetDialog();

  signals:
    void territoryOpened( const QString &path );
    void errorOccurred( const QString &message );
    void importFinished( const vigie::ImportResult &result );
    void exportFinished( bool ok, const QString &errorMessage );
    void demoBuilt( bool ok, const QString &path );

  protected:
    void closeEvent( QCloseEvent *event ) override;
    void showEvent( QShowEvent *event ) override;

  private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();
    void setMapTool( QgsMapTool *tool, QAction *action );
    void territoryChanged();
    void updateActions();
    void updateTitle();
    void refreshBookmarks();
    void rebuildLocator();
    void rebuildRecentMenu();
    void addRecent( const QString &path );
    void zoomToEntry( int index );
    void showIdentifyResults( const QgsPointXY &point, const QList<QgsMapToolIdentify::IdentifyResult> &results );
    void importDone( ImportJob *job, const ImportResult &result );
    void reportError( const QString &message );
    QString formatCoordinate( const QgsPointXY &point ) const;

    PluginManager &mPlugins;
    std::unique_ptr<Territory> mTerritory;
    QString mOpenedPath;   //!< the path as given to openTerritory() (PG: with authcfg=ID, no resolved password)
    QString mDatabaseRole; //!< current_user of a PostGIS territory
    TerritoryWatcher *mWatcher = nullptr;
    QgsProject *mProject = nullptr;
    QgsMapCanvas *mCanvas = nullptr;
    QStackedWidget *mCentral = nullptr;
    WelcomeWidget *mWelcome = nullptr;
    QgsLayerTreeView *mLayerTreeView = nullptr;
    QgsLayerTreeMapCanvasBridge *mBridge = nullptr;
    TerritoryLocator mLocator;
    QHash<QString, LayerSchema> mSchemas; //!< map layer id -> schema

    QgsMapToolPan *mPanTool = nullptr;
    QgsMapToolZoom *mZoomInTool = nullptr;
    QgsMapToolZoom *mZoomOutTool = nullptr;
    IdentifyTool *mIdentifyTool = nullptr;

    AttributePanel *mAttributePanel = nullptr;
    BookmarksPanel *mBookmarksPanel = nullptr;
    LogPanel *mLogPanel = nullptr;
    QDockWidget *mLayersDock = nullptr;
    QDockWidget *mBookmarksDock = nullptr;
    QDockWidget *mIdentifyDock = nullptr;
    QDockWidget *mLogDock = nullptr;
    BudgetPanel *mBudgetPanel = nullptr;
    QDockWidget *mBudgetDock = nullptr;

    QAction *mActionNew = nullptr;
    QAction *mActionOpen = nullptr;
    QAction *mActionClose = nullptr;
    QAction *mActionOpenPostgis = nullptr;
    QAction *mActionImport = nullptr;
    QAction *mActionExport = nullptr;
    QAction *mActionQuit = nullptr;
    QAction *mActionPan = nullptr;
    QAction *mActionZoomIn = nullptr;
    QAction *mActionZoomOut = nullptr;
    QAction *mActionFullExtent = nullptr;
    QAction *mActionPrevious = nullptr;
    QAction *mActionNext = nullptr;
    QAction *mActionIdentify = nullptr;
    QAction *mActionAddBookmark = nullptr;
    QAction *mActionAbout = nullptr;
    QAction *mActionBudget = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mBookmarksMenu = nullptr;
    QMenu *mPanelsMenu = nullptr;
    QMenu *mToolbarsMenu = nullptr;

    QComboBox *mZoomCombo = nullptr;
    QLineEdit *mSearchEdit = nullptr;
    QCompleter *mCompleter = nullptr;
    QStandardItemModel *mSearchModel = nullptr;

    QLabel *mCoordinateLabel = nullptr;
    QLabel *mCoordinateTitle = nullptr;
    QLabel *mScaleTitle = nullptr;
    QgsScaleComboBox *mScaleCombo = nullptr;
    QToolButton *mCrsButton = nullptr;
    QProgressBar *mRenderProgress = nullptr;

    QPointer<ImportJob> mImportJob;
    QPointer<QProgressDialog> mImportProgress;
    QString mLastError;
    bool mErrorDialogs = true;
    bool mReportDialogs = true;
    bool mPersistSettings = true;
    bool mShownOnce = false;
    bool mDocksHiddenForWelcome = false;
  };
} // namespace vigie

#endif
