// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDSPANEL_H
#define VIGIE_FEEDSPANEL_H

#include "livebindtool.h"
#include "observationstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QgsMapCanvas;
class QgsMapTool;
class QgsProject;

namespace vigie
{
  class AlarmsPanel;
  class FeedsHistoryChart;
  class FeedsService;
  class LiveBindTool;
  class LiveLayer;
  class MainWindow;

  //! Every sensor of the territory with its state and last value (the Feeds panel's table).
  class LiveSensorModel : public QAbstractTableModel
  {
    public:
      enum Column
      {
        SensorColumn,
        KindColumn,
        AssetColumn,
        ValueColumn,
        TimeColumn,
        StateColumn,
        ColumnCount
      };
      explicit LiveSensorModel( QObject *parent = nullptr );
      /**
       * \brief Applies what the worker sent: the rows change at once (data() returns the new values),
       * new sensors are inserted at once; the views are told of the changed rows by one dataChanged()
       * at most every kNotifyMs (coalesced), so that repainting the table (about 10 ms for a full
       * viewport of text) does not land in the same window repaint as the live map's update.
       */
      void apply( const QList<feeds::SensorInfo> &changed, bool reset );
      //! Emits the pending dataChanged() now (nothing when none is pending).
      void notifyChanges();
      //! True while changed rows wait for their coalesced dataChanged().
      bool changesPending() const { return mDirtyLast >= 0; }
      //! Longest delay between apply() and the dataChanged() telling the views (at most 4 table repaints a second).
      static constexpr int kNotifyMs = 250;
      int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
      int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
      QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
      QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;
      const feeds::SensorInfo &sensorAt( int row ) const { return mRows.at( row ); }
      int rowOf( const QString &id ) const { return mIndex.value( id, -1 ); }
      static constexpr int UnboundRole = Qt::UserRole + 1;

    private:
      QVector<feeds::SensorInfo> mRows;
      QHash<QString, int> mIndex;
      QTimer mNotifyTimer;
      int mDirtyFirst = -1; //!< changed rows not notified yet: first..last, -1: none
      int mDirtyLast = -1;
  };

  /**
   * \brief The Feeds panel and what goes with it on the map: per feed connected or not,
   * messages/s, last message, errors, reconnects; start and stop of the built-in replay
   * (speed) and of MQTT feeds from feed configuration files (credentials from the QGIS
   * authentication manager); the sensor list, binding an unbound sensor by clicking an
   * asset on the map. It drives the live layer (LiveLayer) from the FeedsService updates.
   */
  class FeedsPanel : public QWidget
  {
      Q_OBJECT
    public:
      FeedsPanel( FeedsService *service, QgsMapCanvas *canvas, QgsProject *project, QWidget *parent = nullptr );
      ~FeedsPanel() override;

      FeedsService *service() const { return mService; }
      LiveLayer *liveLayer() const { return mLiveLayer; }
      LiveSensorModel *sensorModel() const { return mModel; }
      QTableWidget *feedTable() const { return mFeedTable; }
      QTableView *sensorView() const { return mSensorView; }
      LiveBindTool *bindTool() const { return mBindTool; }

      //! Opens the feeds of a territory: its MQTT feeds, or the replay when it has none and auto-replay is on.
      void openTerritory( const QString &path );
      void closeTerritory();

      //! Starts the replay when a territory opens without MQTT feeds (default: on, except offscreen).
      void setAutoReplay( bool on ) { mAutoReplay = on; }
      bool autoReplay() const { return mAutoReplay; }

      void startReplay();
      void stopReplay();
      //! Simulated seconds per second.
      void setReplaySpeed( double speed );
      double replaySpeed() const;

      //! Adds and starts the MQTT feed of a configuration file (remembered for this territory).
      bool addMqttFeed( const QString &configPath, QString *errorMessage = nullptr );
      void removeMqttFeed( const QString &configPath );

      //! Selects a sensor: highlighted on the map, charted, selected in the list.
      void selectSensor( const QString &sensorId );
      QString selectedSensor() const { return mSelected; }
      //! Arms the map tool that binds \a sensorId to the next asset clicked.
      void startBinding( const QString &sensorId );

    public Q_SLOTS:
      void addMqttFeedDialog();

    Q_SIGNALS:
      void sensorSelected( const QString &sensorId );
      void errorOccurred( const QString &message );
      void statusMessage( const QString &message );

    private:
      void sensorsChanged( const QList<feeds::SensorInfo> &changed, bool reset );
      void refreshFeeds();
      void updateFilter();
      QStringList savedFeeds() const;
      void saveFeeds( const QStringList &paths );

      FeedsService *mService = nullptr;
      QPointer<QgsMapCanvas> mCanvas;
      QgsProject *mProject = nullptr;
      LiveLayer *mLiveLayer = nullptr; //!< owned by the canvas' scene
      QPointer<LiveBindTool> mBindTool; //!< child of the canvas
      QPointer<QgsMapTool> mPreviousTool;
      LiveSensorModel *mModel = nullptr;
      QSortFilterProxyModel *mProxy = nullptr;
      QTableWidget *mFeedTable = nullptr;
      QTableView *mSensorView = nullptr;
      QPushButton *mReplayButton = nullptr;
      QComboBox *mSpeedCombo = nullptr;
      QPushButton *mAddMqttButton = nullptr;
      QPushButton *mStopFeedButton = nullptr;
      QPushButton *mBindButton = nullptr;
      QLineEdit *mFilter = nullptr;
      QCheckBox *mUnboundOnly = nullptr;
      QLabel *mStateSummary = nullptr;
      QString mSelected;
      QHash<QString, QPair<QString, qint64>> mBindings; //!< sensor -> asset its position was resolved for
      bool mAutoReplay = true;
  };

  //! The live parts of the main window (created by MainWindow): Feeds, Alarms and Sensor history docks, Feeds menu.
  struct FeedsDocks
  {
    FeedsPanel *feeds = nullptr;
    AlarmsPanel *alarms = nullptr;
    FeedsHistoryChart *history = nullptr;
    QDockWidget *feedsDock = nullptr;
    QDockWidget *alarmsDock = nullptr;
    QDockWidget *historyDock = nullptr;
  };

  //! Creates the live feeds docks, the live layer and the Feeds menu of \a window and follows its territory.
  FeedsDocks installFeedsPanels( MainWindow *window );
} // namespace vigie

#endif
