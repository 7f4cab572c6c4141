// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_WATERPANEL_H
#define VIGIE_WATERPANEL_H

#include "leakdetector.h"
#include "network.h"
#include "waterbalance.h"
#include "waterisolation.h"
#include "watermap.h"
#include "watersimulation.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimer;
class QgsMapCanvas;
class QgsMapLayer;
class QgsMapTool;
class QgsProject;
class QgsVectorLayer;

namespace vigie
{
  class MainWindow;
  class WaterChartView;
  class WaterPickTool;

  /**
   * \brief The water panel: extended-period simulation of the territory's network with a time
   * slider colouring pipes and junctions, the low-pressure nodes and a node's head/pressure
   * chart; the DMA water balance; valve isolation of a picked pipe; leak detection on SCADA
   * data. Every figure comes from modules/hydraulics (the code behind `vigie-cli water ...`);
   * the map shows memory layers in a "Water analysis" group, never the territory's own layers.
   */
  class WaterPanel : public QWidget
  {
    Q_OBJECT
  public:
    enum class Job
    {
      None,
      Loading,
      Simulation,
      Balance,
      Detection
    };
    Q_ENUM( Job )

    explicit WaterPanel( QgsProject *project, QWidget *parent = nullptr );
    ~WaterPanel() override;

    void setMapCanvas( QgsMapCanvas *canvas );
    //! Builds the territory's water network in the background (the L-TOWN demo model when it has none); territoryLoaded() follows.
    void setTerritory( const QString &path );
    //! Uses \a network directly (tests, a model opened from a file); its coordinates are taken as the project CRS.
    void setNetwork( const hydraulics::Network &network, const QString &label );
    const hydraulics::Network *network() const { return mNetwork.get(); }

    //! Starts the simulation over \a hours in the background; simulationFinished() follows unless cancelled.
    bool runSimulation( double hours = -1 );
    //! Reporting step shown on the map, the low-pressure list and the chart marker.
    void setStep( int step );
    int step() const;
    const WaterSimulationResult *simulation() const { return mResult.get(); }
    //! The node charted (head and pressure over time) and highlighted.
    void selectNode( const QString &id );
    QString selectedNode() const { return mSelectedNode; }
    void setLowPressure( double threshold );
    void setPipeMeasure( WaterMap::PipeMeasure measure );

    //! SCADA folder in the BattLeDIM layout for the balance and the detection.
    void setScadaDirectory( const QString &directory );
    QString scadaDirectory() const;
    //! Computes the DMA balance (hydraulics::computeWaterBalance) in the background; balanceFinished() follows.
    bool runBalance();
    const QVector<hydraulics::ZoneBalance> &balances() const { return mBalances; }

    //! Isolates \a pipe (hydraulics::isolatePipe with the network's closable links); false with the reason.
    bool isolate( const QString &pipe, QString *errorMessage = nullptr );
    const hydraulics::IsolationResult &isolation() const { return mIsolation; }
    //! Adds a valve at each end of every pipe (the "N" rule, `--valves-on-pipes`) to the model's closable links.
    void setValvesAtPipeEnds( bool on );
    //! Arms the map tool that isolates the clicked pipe.
    void pickPipeOnMap();

    //! Runs hydraulics::LeakDetector on the SCADA folder in the background; detectionFinished() follows.
    bool runDetection();
    const QVector<hydraulics::DetectedLeak> &leaks() const { return mLeaks; }
    void selectLeak( int index );

    //! Training record of the detection (`--train DIR --train-leaks leaks.csv`), remembered in the settings; empty: none.
    void setTraining( const QString &directory, const QString &leaksCsv );
    QString trainingDirectory() const;
    QString trainingLeaks() const;

    /**
     * \brief Runs the live leak monitor (hydraulics::LeakMonitor, `vigie-cli water watch`) on the
     * stored observations of \a territoryPath in a background thread: each updateLive() reads what
     * the feeds stored since the previous one, detects when a day is complete and raises an alarm
     * for each new leak. Empty path: stops it.
     */
    void setLiveTerritory( const QString &territoryPath );
    //! Asks the live monitor for an update (coalesced while one runs); liveUpdated() follows.
    void updateLive();
    const QVector<hydraulics::DetectedLeak> &liveLeaks() const { return mLiveLeaks; }
    //! Waits for the running live update (tests).
    void waitForLive();

    //! Abandons the running job: a simulation stops between two solutions, the other jobs' results are dropped.
    void cancel();
    Job runningJob() const { return mJob; }
    bool isBusy() const { return mJob != Job::None; }

    // the widgets and layers the tests read
    QTabWidget *tabs() const { return mTabs; }
    QProgressBar *progressBar() const { return mProgress; }
    QSlider *timeSlider() const { return mSlider; }
    QTableWidget *lowPressureTable() const { return mLowPressure; }
    QTableWidget *balanceTable() const { return mBalanceTable; }
    QTableWidget *leakTable() const { return mLeakTable; }
    QTableWidget *candidateTable() const { return mCandidateTable; }
    QListWidget *valveList() const { return mValveList; }
    //! The head/pressure chart of the selected node (a QChartView).
    QWidget *nodeChartView() const;
    QgsVectorLayer *linkLayer() const { return mLinkLayer; }
    QgsVectorLayer *nodeLayer() const { return mNodeLayer; }
    QgsVectorLayer *balanceLayer() const { return mBalanceLayer; }
    QgsVectorLayer *isolationLines() const { return mIsolationLines; }
    QgsVectorLayer *isolationPoints() const { return mIsolationPoints; }
    QgsVectorLayer *leakLayer() const { return mLeakLayer; }
    QString statusText() const;

  signals:
    void territoryLoaded( bool ok, const QString &errorMessage );
    void simulationFinished( bool ok, const QString &errorMessage );
    void balanceFinished( bool ok, const QString &errorMessage );
    void detectionFinished( bool ok, const QString &errorMessage );
    //! A live update ended: \a newAlarms raised; \a message is its error or its data problems.
    void liveUpdated( bool ok, int newAlarms, const QString &message );
    void cancelled();
    void errorOccurred( const QString &message );

  private:
    void buildNetworkLayers();
    void removeLayer( QPointer<QgsVectorLayer> &layer );
    void addLayer( QgsVectorLayer *layer, bool top = true );
    void removeAllLayers();
    void updateLowPressure();
    void updateNodeChart();
    void updateBalance();
    void updateBalanceChart( int row );
    void updateLeaks();
    void updateBusy();
    void finishJob( bool ok, const QString &error, Job job );
    void showStatus( const QString &text, bool error = false );
    QString stepLabel( int step ) const;
    bool startJob( Job job );
    //! Checks the network and the SCADA folder, starts \a job and remembers the folder; false (status shown) when it cannot.
    bool startScadaJob( Job job, QString *directory );

    QPointer<QgsProject> mProject;
    QPointer<QgsMapCanvas> mCanvas;
    std::shared_ptr<const hydraulics::Network> mNetwork;
    std::shared_ptr<const WaterSimulationResult> mResult;
    QVector<hydraulics::ZoneBalance> mBalances;
    hydraulics::IsolationResult mIsolation;
    QVector<hydraulics::DetectedLeak> mLeaks;
    QString mNetworkLabel;
    QString mSelectedNode;
    double mLowPressureThreshold = 20;
    WaterMap::PipeMeasure mMeasure = WaterMap::PipeMeasure::Velocity;

    QPointer<QgsVectorLayer> mLinkLayer;
    QPointer<QgsVectorLayer> mNodeLayer;
    QPointer<QgsVectorLayer> mBalanceLayer;
    QPointer<QgsVectorLayer> mIsolationLines;
    QPointer<QgsVectorLayer> mIsolationPoints;
    QPointer<QgsVectorLayer> mLeakLayer;
    QVector<QgsFeatureId> mLinkFids;
    QVector<QgsFeatureId> mNodeFids;
    QPointer<WaterPickTool> mPipeTool;
    QPointer<WaterPickTool> mNodeTool;

    Job mJob = Job::None;
    int mGeneration = 0;
    std::shared_ptr<std::atomic<bool>> mCancelFlag;
    std::shared_ptr<std::atomic<int>> mProgressValue;
    QElapsedTimer mClock;

    QLabel *mNetworkInfo = nullptr;
    QLabel *mStatus = nullptr;
    QProgressBar *mProgress = nullptr;
    QPushButton *mCancelButton = nullptr;
    QTimer *mTicker = nullptr;
    QTabWidget *mTabs = nullptr;
    // simulation
    QDoubleSpinBox *mHours = nullptr;
    QPushButton *mSimulateButton = nullptr;
    QSlider *mSlider = nullptr;
    QLabel *mStepLabel = nullptr;
    QComboBox *mMeasureCombo = nullptr;
    QDoubleSpinBox *mLowSpin = nullptr;
    QLabel *mLowCount = nullptr;
    QTableWidget *mLowPressure = nullptr;
    QLineEdit *mNodeEdit = nullptr;
    WaterChartView *mNodeChart = nullptr;
    // balance
    QLineEdit *mBalanceScada = nullptr;
    QPushButton *mBalanceButton = nullptr;
    QTableWidget *mBalanceTable = nullptr;
    WaterChartView *mBalanceChart = nullptr;
    // isolation
    QLineEdit *mPipeEdit = nullptr;
    QCheckBox *mEveryPipeEnd = nullptr;
    QPushButton *mIsolateButton = nullptr;
    QLabel *mIsolationSummary = nullptr;
    QListWidget *mValveList = nullptr;
    // leaks
    QLineEdit *mLeakScada = nullptr;
    QPushButton *mDetectButton = nullptr;
    QTableWidget *mLeakTable = nullptr;
    QTableWidget *mCandidateTable = nullptr;
    QLineEdit *mTrainDir = nullptr;
    QLineEdit *mTrainLeaks = nullptr;
    QCheckBox *mLiveCheck = nullptr;
    QLabel *mLiveStatus = nullptr;
    // live monitor: one background thread, its state shared with the jobs
    struct LiveState;
    std::shared_ptr<LiveState> mLive;
    QThreadPool mLivePool;
    QVector<hydraulics::DetectedLeak> mLiveLeaks;
  };

  //! Adds the water panel to \a window as a dock with a Water menu; follows the territory opened.
  WaterPanel *installWaterPanel( MainWindow *window );
} // namespace vigie

#endif
