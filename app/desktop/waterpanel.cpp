// SPDX-License-Identifier: GPL-2.0-or-later
#include "waterpanel.h"

#include "backgroundtask.h"
#include "demobuilder.h"
#include "dockterritory.h"
#include "feedsservice.h"
#include "inpreader.h"
#include "leakmonitor.h"
#include "log.h"
#include "mainwindow.h"
#include "scada.h"
#include "waterpicktool.h"
#include "waterterritory.h"

#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>
#include <QRunnable>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace vigie
{
#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
  using WaterChartBase = QtCharts::QChartView;
  using WaterChart = QtCharts::QChart;
  using WaterLineSeries = QtCharts::QLineSeries;
  using WaterScatterSeries = QtCharts::QScatterSeries;
  using WaterValueAxis = QtCharts::QValueAxis;
  using WaterDateTimeAxis = QtCharts::QDateTimeAxis;
#else
  using WaterChartBase = QChartView;
  using WaterChart = QChart;
  using WaterLineSeries = QLineSeries;
  using WaterScatterSeries = QScatterSeries;
  using WaterValueAxis = QValueAxis;
  using WaterDateTimeAxis = QDateTimeAxis;
#endif

  //! A chart view whose chart is replaced when the results change.
  class WaterChartView : public WaterChartBase
  {
  public:
    explicit WaterChartView( QWidget *parent = nullptr ) : WaterChartBase( parent )
    {
      setRenderHint( QPainter::Antialiasing );
      setMinimumHeight( 200 );
      replace( new WaterChart() );
    }
    void replace( WaterChart *chart )
    {
      WaterChart *old = this->chart();
      chart->setMargins( QMargins( 4, 4, 4, 4 ) );
      chart->legend()->setAlignment( Qt::AlignBottom );
      setChart( chart );
      delete old;
    }
  };

  namespace
  {
    QString number( double value, int decimals = 2 )
    {
      return QLocale().toString( value, 'f', decimals );
    }

    QTableWidgetItem *item( const QString &text, const QVariant &value = QVariant(), bool numeric = true )
    {
      QTableWidgetItem *i = new QTableWidgetItem( text );
      i->setTextAlignment( numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter );
      if ( value.isValid() )
        i->setData( Qt::UserRole, value );
      return i;
    }

    QTableWidget *table( const QStringList &headers, QWidget *parent = nullptr )
    {
      QTableWidget *t = new QTableWidget( 0, headers.size(), parent );
      t->setHorizontalHeaderLabels( headers );
      t->setEditTriggers( QAbstractItemView::NoEditTriggers );
      t->setSelectionBehavior( QAbstractItemView::SelectRows );
      t->setSelectionMode( QAbstractItemView::SingleSelection );
      t->verticalHeader()->hide();
      t->verticalHeader()->setDefaultSectionSize( 20 );
      t->horizontalHeader()->setStretchLastSection( true );
      return t;
    }

    //! The SCADA folder proposed first: $VIGIE_SCADA_DIR, the last one used, else the shared BattLeDIM 2018 data beside the sources.
    QString defaultScadaDirectory()
    {
      const QString env = qEnvironmentVariable( "VIGIE_SCADA_DIR" );
      if ( !env.isEmpty() )
        return env;
      const QString last = QSettings().value( QStringLiteral( "water/scadaDirectory" ) ).toString();
      if ( !last.isEmpty() && QFileInfo( last ).isDir() )
        return last;
      const QString shared =
          QDir( DemoBuilder::defaultSourceDirectory() ).filePath( QStringLiteral( "../../../shared/data/water/battledim-sim/2018" ) );
      return QFileInfo( shared ).isDir() ? QDir::cleanPath( shared ) : QString();
    }

    QString unitOfPressure( const hydraulics::Network &network )
    {
      return hydraulics::isMetric( network.flowUnits ) ? QStringLiteral( "m" ) : QStringLiteral( "psi" );
    }
  } // namespace

  //! The live monitor's state: set on the GUI thread (path, training), used by one job at a time.
  struct WaterPanel::LiveState
  {
    QMutex mutex;
    QString path;
    QString trainDir;
    QString trainLeaks;
    quint64 generation = 0; //!< one per setLiveTerritory(): a territory set again is opened afresh
    std::atomic<bool> busy{ false };
    std::atomic<bool> pending{ false }; //!< asked again while busy: one more update after this one
    std::atomic<bool> stop{ false };
    // the job thread's
    QString openedPath;
    quint64 openedGeneration = 0;
    bool disabled = false; //!< the territory has no water network
    std::unique_ptr<hydraulics::LeakMonitor> monitor;
    std::unique_ptr<feeds::ObservationStore> store;
  };

  WaterPanel::WaterPanel( QgsProject *project, QWidget *parent )
      : QWidget( parent ), mProject( project ), mCancelFlag( std::make_shared<std::atomic<bool>>( false ) ),
        mProgressValue( std::make_shared<std::atomic<int>>( 0 ) )
  {
    QVBoxLayout *layout = new QVBoxLayout( this );
    mNetworkInfo = new QLabel( tr( "No water network" ), this );
    mNetworkInfo->setWordWrap( true );
    layout->addWidget( mNetworkInfo );
    QHBoxLayout *busyRow = new QHBoxLayout();
    mProgress = new QProgressBar( this );
    mProgress->setMaximumHeight( 16 );
    mCancelButton = new QPushButton( tr( "Cancel" ), this );
    connect( mCancelButton, &QPushButton::clicked, this, &WaterPanel::cancel );
    busyRow->addWidget( mProgress, 1 );
    busyRow->addWidget( mCancelButton );
    layout->addLayout( busyRow );
    mStatus = new QLabel( this );
    mStatus->setWordWrap( true );
    mStatus->setTextInteractionFlags( Qt::TextSelectableByMouse );
    layout->addWidget( mStatus );
    mTicker = new QTimer( this );
    mTicker->setInterval( 150 );
    connect( mTicker, &QTimer::timeout, this,
             [this]
             {
               const QString seconds = number( mClock.elapsed() / 1000.0, 1 );
               switch ( mJob )
               {
               case Job::Simulation:
                 mProgress->setValue( mProgressValue->load() );
                 showStatus( tr( "Simulating… %1 % (%2 s)" ).arg( mProgressValue->load() / 10 ).arg( seconds ) );
                 break;
               case Job::Balance:
                 showStatus( tr( "Reading the SCADA data and computing the balance… %1 s" ).arg( seconds ) );
                 break;
               case Job::Detection:
                 showStatus( tr( "Reading the SCADA data and detecting leaks… %1 s" ).arg( seconds ) );
                 break;
               case Job::Loading:
                 showStatus( tr( "Reading the territory's water network… %1 s" ).arg( seconds ) );
                 break;
               case Job::None:
                 break;
               }
             } );

    mTabs = new QTabWidget( this );
    layout->addWidget( mTabs, 1 );

    // --- simulation
    QWidget *simulationPage = new QWidget();
    QVBoxLayout *simLayout = new QVBoxLayout( simulationPage );
    QHBoxLayout *runRow = new QHBoxLayout();
    runRow->addWidget( new QLabel( tr( "Duration" ) ) );
    mHours = new QDoubleSpinBox();
    mHours->setRange( 0, 24 * 366 );
    mHours->setDecimals( 1 );
    mHours->setValue( 24 );
    mHours->setSuffix( tr( " h" ) );
    runRow->addWidget( mHours );
    mSimulateButton = new QPushButton( tr( "Simulate" ) );
    mSimulateButton->setToolTip( tr( "Extended-period hydraulic simulation (the solver of vigie-cli water simulate) in the background" ) );
    connect( mSimulateButton, &QPushButton::clicked, this, [this] { runSimulation(); } );
    runRow->addWidget( mSimulateButton );
    runRow->addStretch( 1 );
    simLayout->addLayout( runRow );
    QHBoxLayout *sliderRow = new QHBoxLayout();
    mSlider = new QSlider( Qt::Horizontal );
    mSlider->setRange( 0, 0 );
    mSlider->setEnabled( false );
    connect( mSlider, &QSlider::valueChanged, this, [this]( int value ) { setStep( value ); } );
    mStepLabel = new QLabel( tr( "no results" ) );
    mStepLabel->setMinimumWidth( 90 );
    sliderRow->addWidget( mSlider, 1 );
    sliderRow->addWidget( mStepLabel );
    simLayout->addLayout( sliderRow );
    QHBoxLayout *styleRow = new QHBoxLayout();
    styleRow->addWidget( new QLabel( tr( "Pipes by" ) ) );
    mMeasureCombo = new QComboBox();
    mMeasureCombo->addItem( tr( "velocity" ), static_cast<int>( WaterMap::PipeMeasure::Velocity ) );
    mMeasureCombo->addItem( tr( "flow" ), static_cast<int>( WaterMap::PipeMeasure::Flow ) );
    connect( mMeasureCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
             [this]( int ) { setPipeMeasure( static_cast<WaterMap::PipeMeasure>( mMeasureCombo->currentData().toInt() ) ); } );
    styleRow->addWidget( mMeasureCombo );
    styleRow->addWidget( new QLabel( tr( "low pressure below" ) ) );
    mLowSpin = new QDoubleSpinBox();
    mLowSpin->setRange( 0, 1000 );
    mLowSpin->setDecimals( 1 );
    mLowSpin->setValue( mLowPressureThreshold );
    connect( mLowSpin, qOverload<double>( &QDoubleSpinBox::valueChanged ), this, [this]( double v ) { setLowPressure( v ); } );
    styleRow->addWidget( mLowSpin );
    styleRow->addStretch( 1 );
    simLayout->addLayout( styleRow );
    QSplitter *simSplit = new QSplitter( Qt::Vertical );
    QWidget *lowPart = new QWidget();
    QVBoxLayout *lowLayout = new QVBoxLayout( lowPart );
    lowLayout->setContentsMargins( 0, 0, 0, 0 );
    mLowCount = new QLabel();
    lowLayout->addWidget( mLowCount );
    mLowPressure = table( { tr( "Node" ), tr( "Pressure" ), tr( "Head" ), tr( "Demand" ) } );
    mLowPressure->setObjectName( QStringLiteral( "waterLowPressure" ) );
    connect( mLowPressure, &QTableWidget::itemSelectionChanged, this,
             [this]
             {
               const QList<QTableWidgetItem *> selected = mLowPressure->selectedItems();
               if ( !selected.isEmpty() )
                 selectNode( mLowPressure->item( selected.first()->row(), 0 )->text() );
             } );
    mLowPressure->horizontalHeader()->setSectionResizeMode( 0, QHeaderView::Stretch );
    lowLayout->addWidget( mLowPressure, 1 );
    simSplit->addWidget( lowPart );
    QWidget *chartPart = new QWidget();
    QVBoxLayout *chartLayout = new QVBoxLayout( chartPart );
    chartLayout->setContentsMargins( 0, 0, 0, 0 );
    QHBoxLayout *nodeRow = new QHBoxLayout();
    nodeRow->addWidget( new QLabel( tr( "Node" ) ) );
    mNodeEdit = new QLineEdit();
    mNodeEdit->setPlaceholderText( tr( "node id, or pick one on the map" ) );
    connect( mNodeEdit, &QLineEdit::returnPressed, this, [this] { selectNode( mNodeEdit->text().trimmed() ); } );
    nodeRow->addWidget( mNodeEdit, 1 );
    QPushButton *pickNode = new QPushButton( tr( "Pick on map" ) );
    connect( pickNode, &QPushButton::clicked, this,
             [this]
             {
               if ( !mCanvas || !mNodeLayer )
                 return;
               if ( !mNodeTool )
               {
                 mNodeTool = new WaterPickTool( mCanvas, mNodeLayer, QStringLiteral( "node_id" ) );
                 connect( mNodeTool, &WaterPickTool::picked, this, &WaterPanel::selectNode );
               }
               mNodeTool->setLayer( mNodeLayer );
               mCanvas->setMapTool( mNodeTool );
             } );
    nodeRow->addWidget( pickNode );
    chartLayout->addLayout( nodeRow );
    mNodeChart = new WaterChartView();
    mNodeChart->setObjectName( QStringLiteral( "waterNodeChart" ) );
    chartLayout->addWidget( mNodeChart, 1 );
    simSplit->addWidget( chartPart );
    simSplit->setStretchFactor( 0, 1 );
    simSplit->setStretchFactor( 1, 2 );
    simLayout->addWidget( simSplit, 1 );
    mTabs->addTab( simulationPage, tr( "Simulation" ) );

    // --- balance
    QWidget *balancePage = new QWidget();
    QVBoxLayout *balanceLayout = new QVBoxLayout( balancePage );
    QHBoxLayout *scadaRow = new QHBoxLayout();
    mBalanceScada = new QLineEdit();
    mBalanceScada->setPlaceholderText( tr( "SCADA folder (BattLeDIM layout)" ) );
    QPushButton *browseBalance = new QPushButton( tr( "…" ) );
    mBalanceButton = new QPushButton( tr( "Compute balance" ) );
    mBalanceButton->setToolTip( tr( "Daily water balance per metered area (vigie-cli water balance) in the background" ) );
    connect( mBalanceButton, &QPushButton::clicked, this, [this] { runBalance(); } );
    scadaRow->addWidget( new QLabel( tr( "SCADA" ) ) );
    scadaRow->addWidget( mBalanceScada, 1 );
    scadaRow->addWidget( browseBalance );
    scadaRow->addWidget( mBalanceButton );
    balanceLayout->addLayout( scadaRow );
    mBalanceTable = table( { tr( "Area" ), tr( "Inflow m³/d" ), tr( "Consumption m³/d" ), tr( "Real losses m³/d" ), tr( "NRW %" ),
                             tr( "ILI" ), tr( "Mains km" ), tr( "Connections" ) } );
    mBalanceTable->setObjectName( QStringLiteral( "waterBalance" ) );
    mBalanceTable->setMaximumHeight( 140 );
    connect( mBalanceTable, &QTableWidget::itemSelectionChanged, this,
             [this]
             {
               const QList<QTableWidgetItem *> selected = mBalanceTable->selectedItems();
               if ( !selected.isEmpty() )
                 updateBalanceChart( selected.first()->row() );
             } );
    balanceLayout->addWidget( mBalanceTable );
    mBalanceChart = new WaterChartView();
    balanceLayout->addWidget( mBalanceChart, 1 );
    mTabs->addTab( balancePage, tr( "Balance" ) );

    // --- isolation
    QWidget *isolationPage = new QWidget();
    QVBoxLayout *isolationLayout = new QVBoxLayout( isolationPage );
    QHBoxLayout *pipeRow = new QHBoxLayout();
    pipeRow->addWidget( new QLabel( tr( "Burst pipe" ) ) );
    mPipeEdit = new QLineEdit();
    mPipeEdit->setPlaceholderText( tr( "pipe id" ) );
    pipeRow->addWidget( mPipeEdit, 1 );
    QPushButton *pickPipe = new QPushButton( tr( "Pick on map" ) );
    connect( pickPipe, &QPushButton::clicked, this, &WaterPanel::pickPipeOnMap );
    pipeRow->addWidget( pickPipe );
    mIsolateButton = new QPushButton( tr( "Isolate" ) );
    auto isolateTyped = [this]
    {
      QString error;
      if ( !isolate( mPipeEdit->text().trimmed(), &error ) )
      {
        showStatus( error, true );
        Q_EMIT errorOccurred( error );
      }
    };
    connect( mIsolateButton, &QPushButton::clicked, this, isolateTyped );
    connect( mPipeEdit, &QLineEdit::returnPressed, this, isolateTyped );
    pipeRow->addWidget( mIsolateButton );
    isolationLayout->addLayout( pipeRow );
    mEveryPipeEnd = new QCheckBox( tr( "A valve at each end of every pipe (\"N\" rule) besides the model's valves and pumps" ) );
    isolationLayout->addWidget( mEveryPipeEnd );
    mIsolationSummary = new QLabel();
    mIsolationSummary->setWordWrap( true );
    mIsolationSummary->setTextInteractionFlags( Qt::TextSelectableByMouse );
    isolationLayout->addWidget( mIsolationSummary );
    isolationLayout->addWidget( new QLabel( tr( "Valves to close" ) ) );
    mValveList = new QListWidget();
    mValveList->setObjectName( QStringLiteral( "waterValves" ) );
    isolationLayout->addWidget( mValveList, 1 );
    mTabs->addTab( isolationPage, tr( "Isolation" ) );

    // --- leaks
    QWidget *leakPage = new QWidget();
    QVBoxLayout *leakLayout = new QVBoxLayout( leakPage );
    QHBoxLayout *leakRow = new QHBoxLayout();
    mLeakScada = new QLineEdit();
    mLeakScada->setPlaceholderText( tr( "SCADA folder (BattLeDIM layout)" ) );
    QPushButton *browseLeak = new QPushButton( tr( "…" ) );
    mDetectButton = new QPushButton( tr( "Detect leaks" ) );
    mDetectButton->setToolTip( tr( "Leak detection and localisation (vigie-cli water detect) in the background" ) );
    connect( mDetectButton, &QPushButton::clicked, this, [this] { runDetection(); } );
    leakRow->addWidget( new QLabel( tr( "SCADA" ) ) );
    leakRow->addWidget( mLeakScada, 1 );
    leakRow->addWidget( browseLeak );
    leakRow->addWidget( mDetectButton );
    leakLayout->addLayout( leakRow );
    // training record and its leak list (`water detect --train DIR --train-leaks leaks.csv`)
    QHBoxLayout *trainRow = new QHBoxLayout();
    mTrainDir = new QLineEdit();
    mTrainDir->setObjectName( QStringLiteral( "waterTrainDirectory" ) );
    mTrainDir->setPlaceholderText( tr( "training SCADA folder (optional)" ) );
    mTrainDir->setToolTip( tr( "A year of SCADA data with known leaks: the detector calibrates its consumption model on it" ) );
    QPushButton *browseTrain = new QPushButton( tr( "…" ) );
    browseTrain->setToolTip( tr( "Choose the training SCADA folder" ) );
    mTrainLeaks = new QLineEdit();
    mTrainLeaks->setObjectName( QStringLiteral( "waterTrainLeaks" ) );
    mTrainLeaks->setPlaceholderText( tr( "its leak list, CSV (optional)" ) );
    QPushButton *browseTrainLeaks = new QPushButton( tr( "…" ) );
    browseTrainLeaks->setToolTip( tr( "Choose the leak list of the training record (link_id,start_time,end_time,…)" ) );
    trainRow->addWidget( new QLabel( tr( "Training" ) ) );
    trainRow->addWidget( mTrainDir, 2 );
    trainRow->addWidget( browseTrain );
    trainRow->addWidget( mTrainLeaks, 1 );
    trainRow->addWidget( browseTrainLeaks );
    leakLayout->addLayout( trainRow );
    connect( browseTrain, &QPushButton::clicked, this,
             [this]
             {
               const QString dir = QFileDialog::getExistingDirectory( this, tr( "Training SCADA folder" ), trainingDirectory() );
               if ( !dir.isEmpty() )
                 setTraining( dir, trainingLeaks() );
             } );
    connect( browseTrainLeaks, &QPushButton::clicked, this,
             [this]
             {
               const QString file = QFileDialog::getOpenFileName( this, tr( "Leak list of the training record" ),
                                                                  trainingLeaks().isEmpty() ? trainingDirectory() : trainingLeaks(),
                                                                  tr( "CSV files (*.csv);;All files (*)" ) );
               if ( !file.isEmpty() )
                 setTraining( trainingDirectory(), file );
             } );
    for ( QLineEdit *edit : { mTrainDir, mTrainLeaks } )
      connect( edit, &QLineEdit::editingFinished, this, [this] { setTraining( trainingDirectory(), trainingLeaks() ); } );
    QHBoxLayout *liveRow = new QHBoxLayout();
    mLiveCheck = new QCheckBox( tr( "Show the live leaks" ) );
    mLiveCheck->setObjectName( QStringLiteral( "waterLiveLeaks" ) );
    mLiveCheck->setChecked( true );
    mLiveCheck->setToolTip( tr( "When a feed (MQTT or the replay) stores water observations, the leak monitor runs on them in the "
                                "background (vigie-cli water watch) and raises an alarm for each new leak" ) );
    mLiveStatus = new QLabel( tr( "Live monitor: waiting for water observations" ) );
    mLiveStatus->setObjectName( QStringLiteral( "waterLiveStatus" ) );
    liveRow->addWidget( mLiveCheck );
    liveRow->addWidget( mLiveStatus, 1 );
    leakLayout->addLayout( liveRow );
    connect( mLiveCheck, &QCheckBox::toggled, this,
             [this]( bool on )
             {
               if ( on )
               {
                 mLeaks = mLiveLeaks;
                 updateLeaks();
               }
             } );
    QSplitter *leakSplit = new QSplitter( Qt::Vertical );
    mLeakTable = table( { tr( "Pipe" ), tr( "Alarm" ), tr( "Start" ), tr( "Area" ), tr( "m³/h" ), tr( "Confidence" ) } );
    mLeakTable->setObjectName( QStringLiteral( "waterLeaks" ) );
    connect( mLeakTable, &QTableWidget::itemSelectionChanged, this,
             [this]
             {
               const QList<QTableWidgetItem *> selected = mLeakTable->selectedItems();
               if ( !selected.isEmpty() )
                 selectLeak( mLeakTable->item( selected.first()->row(), 0 )->data( Qt::UserRole ).toInt() );
             } );
    leakSplit->addWidget( mLeakTable );
    mCandidateTable = table( { tr( "Rank" ), tr( "Candidate pipe" ), tr( "Similarity" ) } );
    mCandidateTable->setObjectName( QStringLiteral( "waterCandidates" ) );
    leakSplit->addWidget( mCandidateTable );
    leakLayout->addWidget( leakSplit, 1 );
    mTabs->addTab( leakPage, tr( "Leaks" ) );

    for ( QPushButton *browse : { browseBalance, browseLeak } )
    {
      browse->setToolTip( tr( "Choose the SCADA folder" ) );
      connect( browse, &QPushButton::clicked, this,
               [this]
               {
                 const QString dir = QFileDialog::getExistingDirectory( this, tr( "SCADA folder" ), scadaDirectory() );
                 if ( !dir.isEmpty() )
                   setScadaDirectory( dir );
               } );
    }
    for ( QLineEdit *edit : { mBalanceScada, mLeakScada } )
      connect( edit, &QLineEdit::textEdited, this, [this]( const QString &text ) { setScadaDirectory( text ); } );
    setScadaDirectory( defaultScadaDirectory() );
    {
      const QSettings settings;
      setTraining( settings.value( QStringLiteral( "water/trainDirectory" ) ).toString(),
                   settings.value( QStringLiteral( "water/trainLeaks" ) ).toString() );
    }
    mLivePool.setMaxThreadCount( 1 ); // one live update at a time, in order
    mLivePool.setExpiryTimeout( -1 ); // the monitor's store connection stays on one thread
    updateBusy();
  }

  WaterPanel::~WaterPanel()
  {
    if ( mLive )
      mLive->stop = true;
    mLivePool.waitForDone();    // the live update's results are queued to this panel: none after it is gone
    mCancelFlag->store( true ); // a running simulation stops; the other jobs finish and are dropped
    ++mGeneration;
    removeAllLayers();
  }

  void WaterPanel::setMapCanvas( QgsMapCanvas *canvas )
  {
    mCanvas = canvas;
  }

  bool WaterPanel::startJob( Job job )
  {
    if ( mJob != Job::None )
      return false;
    mJob = job;
    ++mGeneration;
    mCancelFlag = std::make_shared<std::atomic<bool>>( false );
    mProgressValue = std::make_shared<std::atomic<int>>( 0 );
    mClock.start();
    updateBusy();
    return true;
  }

  void WaterPanel::finishJob( bool ok, const QString &error, Job job )
  {
    mJob = Job::None;
    updateBusy();
    if ( !ok )
    {
      showStatus( error, true );
      Q_EMIT errorOccurred( error );
    }
    switch ( job )
    {
    case Job::Loading:
      Q_EMIT territoryLoaded( ok, error );
      break;
    case Job::Simulation:
      Q_EMIT simulationFinished( ok, error );
      break;
    case Job::Balance:
      Q_EMIT balanceFinished( ok, error );
      break;
    case Job::Detection:
      Q_EMIT detectionFinished( ok, error );
      break;
    case Job::None:
      break;
    }
  }

  void WaterPanel::setTerritory( const QString &path )
  {
    if ( mJob != Job::None )
      cancel();
    startJob( Job::Loading );
    const int generation = mGeneration;
    auto network = std::make_shared<hydraulics::Network>();
    auto label = std::make_shared<QString>();
    const QString demo = QDir( DemoBuilder::defaultSourceDirectory() ).filePath( QStringLiteral( "water/L-TOWN.inp" ) );
    BackgroundTask *task = new BackgroundTask(
        [path, network, label, demo]( QString *error )
        {
          // the network the CLI exports from the territory layers (territory CRS)
          QString territoryError;
          if ( hydraulics::territoryNetwork( path, QString(), network.get(), &territoryError ) )
          {
            *label = QCoreApplication::translate( "vigie::WaterPanel", "%1: water network of the territory" )
                         .arg( QFileInfo( path ).fileName() );
            return true;
          }
          // no network in the territory: the L-TOWN demo model, at its own coordinates
          if ( !QFileInfo( demo ).isFile() || !hydraulics::InpReader::readFile( demo, *network, error ) )
          {
            *error = territoryError;
            return false;
          }
          *label = QCoreApplication::translate( "vigie::WaterPanel",
                                                "L-TOWN demo model (the territory has none: %1); not placed on the territory" )
                       .arg( territoryError );
          return true;
        } );
    connect( task, &BackgroundTask::finished, task, &QObject::deleteLater );
    connect( task, &BackgroundTask::finished, this,
             [this, network, label, generation]( bool ok, const QString &error )
             {
               if ( generation != mGeneration )
                 return;
               if ( ok )
               {
                 setNetwork( *network, *label );
                 showStatus(
                     tr( "%1 junctions, %2 pipes, %3 pumps, %4 valves, %5 tanks, %6 reservoirs. Simulate, or pick a pipe to isolate." )
                         .arg( network->junctions.size() )
                         .arg( network->pipes.size() )
                         .arg( network->pumps.size() )
                         .arg( network->valves.size() )
                         .arg( network->tanks.size() )
                         .arg( network->reservoirs.size() ) );
               }
               else
               {
                 mNetwork.reset();
                 removeAllLayers();
                 mNetworkInfo->setText( tr( "No water network" ) );
               }
               finishJob( ok, error, Job::Loading );
             } );
    task->start();
  }

  void WaterPanel::setNetwork( const hydraulics::Network &network, const QString &label )
  {
    mNetwork = std::make_shared<const hydraulics::Network>( network );
    mNetworkLabel = label;
    mNetworkInfo->setText( label );
    mResult.reset();
    mBalances.clear();
    mLeaks.clear();
    mIsolation = hydraulics::IsolationResult();
    mSelectedNode.clear();
    mSlider->setRange( 0, 0 );
    mSlider->setEnabled( false );
    mStepLabel->setText( tr( "no results" ) );
    removeAllLayers();
    buildNetworkLayers();
    updateLowPressure();
    updateNodeChart();
    updateBalance();
    updateLeaks();
    mValveList->clear();
    mIsolationSummary->clear();
    updateBusy();
  }

  void WaterPanel::addLayer( QgsVectorLayer *layer, bool top )
  {
    if ( !mProject || !layer )
      return;
    mProject->addMapLayer( layer, false );
    QgsLayerTreeGroup *root = mProject->layerTreeRoot();
    QgsLayerTreeGroup *group = root->findGroup( tr( "Water analysis" ) );
    if ( !group )
      group = root->insertGroup( 0, tr( "Water analysis" ) );
    if ( top )
      group->insertLayer( 0, layer );
    else
      group->addLayer( layer );
  }

  void WaterPanel::removeLayer( QPointer<QgsVectorLayer> &layer )
  {
    if ( layer && mProject )
      mProject->removeMapLayer( layer->id() );
    else
      delete layer.data();
    layer.clear();
  }

  void WaterPanel::removeAllLayers()
  {
    for ( QPointer<QgsVectorLayer> *layer : { &mLinkLayer, &mNodeLayer, &mBalanceLayer, &mIsolationLines, &mIsolationPoints, &mLeakLayer } )
      removeLayer( *layer );
    if ( !mProject )
      return;
    QgsLayerTreeGroup *root = mProject->layerTreeRoot();
    if ( QgsLayerTreeGroup *group = root->findGroup( tr( "Water analysis" ) ) )
    {
      if ( group->children().isEmpty() )
        root->removeChildNode( group );
    }
  }

  void WaterPanel::buildNetworkLayers()
  {
    if ( !mNetwork || !mProject )
      return;
    const QgsCoordinateReferenceSystem crs = mProject->crs();
    mLinkLayer = WaterMap::createLinkLayer( *mNetwork, crs, &mLinkFids );
    mNodeLayer = WaterMap::createNodeLayer( *mNetwork, crs, &mNodeFids );
    WaterMap::applyLinkStyle( mMeasure, hydraulics::isMetric( mNetwork->flowUnits ), mLinkLayer );
    WaterMap::applyPressureStyle( mLowPressureThreshold, mNodeLayer );
    addLayer( mLinkLayer, false );
    addLayer( mNodeLayer, true );
    if ( mPipeTool )
      mPipeTool->setLayer( mLinkLayer );
    if ( mNodeTool )
      mNodeTool->setLayer( mNodeLayer );
  }

  bool WaterPanel::runSimulation( double hours )
  {
    if ( !mNetwork )
    {
      showStatus( tr( "Open a territory with a water network first." ), true );
      return false;
    }
    if ( hours >= 0 )
      mHours->setValue( hours );
    if ( !startJob( Job::Simulation ) )
      return false;
    const int generation = mGeneration;
    auto result = std::make_shared<WaterSimulationResult>();
    const std::shared_ptr<const hydraulics::Network> network = mNetwork;
    const std::shared_ptr<std::atomic<bool>> cancelFlag = mCancelFlag;
    const std::shared_ptr<std::atomic<int>> progress = mProgressValue;
    const long long seconds = std::llround( mHours->value() * 3600 );
    BackgroundTask *task =
        new BackgroundTask( [network, result, cancelFlag, progress, seconds]( QString *error )
                            { return runWaterSimulation( *network, seconds, result.get(), progress.get(), cancelFlag.get(), error ); } );
    connect( task, &BackgroundTask::finished, task, &QObject::deleteLater );
    connect( task, &BackgroundTask::finished, this,
             [this, result, generation]( bool ok, const QString &error )
             {
               if ( generation != mGeneration )
                 return; // cancelled or superseded
               if ( ok )
               {
                 mResult = result;
                 {
                   const QSignalBlocker blocker( mSlider );
                   mSlider->setRange( 0, std::max( 0, result->stepCount() - 1 ) );
                   mSlider->setEnabled( result->stepCount() > 1 );
                   mSlider->setValue( 0 );
                 }
                 setStep( 0 );
                 if ( mMeasure == WaterMap::PipeMeasure::Flow )
                   WaterMap::applyLinkStyle( mMeasure, hydraulics::isMetric( mNetwork->flowUnits ), mLinkLayer );
                 if ( mSelectedNode.isEmpty() && !result->nodeIds.isEmpty() )
                   selectNode( result->nodeIds.first() );
                 showStatus(
                     tr( "%1 hydraulic solutions (%2 trials), %3 reporting steps in %4 s.%5" )
                         .arg( result->solutions )
                         .arg( result->trials )
                         .arg( result->stepCount() )
                         .arg( number( mClock.elapsed() / 1000.0, 1 ) )
                         .arg( result->warnings.isEmpty()
                                   ? QString()
                                   : tr( " %n warning(s): %1", nullptr, result->warnings.size() ).arg( result->warnings.first() ) ) );
                 logMessage( LogLevel::Info, QStringLiteral( "water" ),
                             QStringLiteral( "simulated %1 steps, %2 solutions" ).arg( result->stepCount() ).arg( result->solutions ) );
                 if ( mCanvas && mLinkLayer && isVisible() )
                 {
                   QgsRectangle extent = mCanvas->mapSettings().layerExtentToOutputExtent( mLinkLayer, mLinkLayer->extent() );
                   extent.scale( 1.05 );
                   mCanvas->setExtent( extent );
                   mCanvas->refresh();
                 }
               }
               finishJob( ok, ok ? QString() : tr( "Simulation failed: %1" ).arg( error ), Job::Simulation );
             } );
    task->start();
    return true;
  }

  QString WaterPanel::stepLabel( int step ) const
  {
    if ( !mResult || step < 0 || step >= mResult->stepCount() )
      return tr( "no results" );
    const long long t = mResult->times.at( step );
    return tr( "day %1, %2:%3" )
        .arg( t / 86400 + 1 )
        .arg( ( t % 86400 ) / 3600, 2, 10, QLatin1Char( '0' ) )
        .arg( ( t % 3600 ) / 60, 2, 10, QLatin1Char( '0' ) );
  }

  void WaterPanel::setStep( int step )
  {
    if ( !mResult || step < 0 || step >= mResult->stepCount() )
      return;
    if ( mSlider->value() != step )
    {
      const QSignalBlocker blocker( mSlider );
      mSlider->setValue( step );
    }
    mStepLabel->setText( stepLabel( step ) );
    WaterMap::showStep( *mResult, step, mLinkLayer, mLinkFids, mNodeLayer, mNodeFids );
    updateLowPressure();
    updateNodeChart();
  }

  int WaterPanel::step() const
  {
    return mResult ? mSlider->value() : -1;
  }

  void WaterPanel::setLowPressure( double threshold )
  {
    mLowPressureThreshold = threshold;
    if ( std::abs( mLowSpin->value() - threshold ) > 1e-9 )
    {
      const QSignalBlocker blocker( mLowSpin );
      mLowSpin->setValue( threshold );
    }
    WaterMap::applyPressureStyle( threshold, mNodeLayer );
    if ( mNodeLayer )
      mNodeLayer->triggerRepaint();
    updateLowPressure();
  }

  void WaterPanel::setPipeMeasure( WaterMap::PipeMeasure measure )
  {
    mMeasure = measure;
    const int index = mMeasureCombo->findData( static_cast<int>( measure ) );
    if ( index >= 0 && index != mMeasureCombo->currentIndex() )
    {
      mMeasureCombo->setCurrentIndex( index ); // comes back here
      return;
    }
    if ( mNetwork )
      WaterMap::applyLinkStyle( measure, hydraulics::isMetric( mNetwork->flowUnits ), mLinkLayer );
    if ( mLinkLayer )
      mLinkLayer->triggerRepaint();
  }

  void WaterPanel::updateLowPressure()
  {
    const QSignalBlocker blocker( mLowPressure );
    mLowPressure->setSortingEnabled( false );
    mLowPressure->setRowCount( 0 );
    mLowCount->clear();
    if ( !mResult || !mNetwork || mResult->stepCount() == 0 )
      return;
    const int s = std::clamp( mSlider->value(), 0, mResult->stepCount() - 1 );
    const QVector<double> &pressure = mResult->pressure.at( s );
    QVector<int> low;
    // junctions only (the solver lists them first): tanks and reservoirs have no service pressure
    for ( int i = 0; i < mNetwork->junctions.size() && i < pressure.size(); ++i )
    {
      if ( pressure.at( i ) < mLowPressureThreshold )
        low << i;
    }
    std::sort( low.begin(), low.end(), [&pressure]( int a, int b ) { return pressure.at( a ) < pressure.at( b ); } );
    mLowPressure->setRowCount( low.size() );
    for ( int r = 0; r < low.size(); ++r )
    {
      const int i = low.at( r );
      mLowPressure->setItem( r, 0, item( mResult->nodeIds.at( i ), QVariant(), false ) );
      mLowPressure->setItem( r, 1, item( number( pressure.at( i ) ), pressure.at( i ) ) );
      mLowPressure->setItem( r, 2, item( number( mResult->head.at( s ).at( i ) ), mResult->head.at( s ).at( i ) ) );
      mLowPressure->setItem( r, 3, item( number( mResult->demand.at( s ).at( i ), 3 ), mResult->demand.at( s ).at( i ) ) );
    }
    mLowCount->setText( tr( "Low pressure: %n junction(s) below %1 %2 at %3", nullptr, low.size() )
                            .arg( number( mLowPressureThreshold, 1 ), unitOfPressure( *mNetwork ), stepLabel( s ) ) );
  }

  void WaterPanel::selectNode( const QString &id )
  {
    if ( !mNetwork || !mNetwork->hasNode( id ) )
    {
      if ( !id.isEmpty() )
        showStatus( tr( "No node \"%1\" in the network." ).arg( id ), true );
      return;
    }
    mSelectedNode = id;
    if ( mNodeEdit->text() != id )
      mNodeEdit->setText( id );
    if ( mNodeLayer )
    {
      QgsFeatureIds ids;
      QgsFeature f;
      QgsFeatureIterator it = mNodeLayer->getFeatures(
          QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"node_id\" = %1" ).arg( QgsExpression::quotedString( id ) ) ) );
      while ( it.nextFeature( f ) )
        ids.insert( f.id() );
      mNodeLayer->selectByIds( ids );
    }
    updateNodeChart();
  }

  void WaterPanel::updateNodeChart()
  {
    WaterChart *chart = new WaterChart();
    const int node = mResult ? mResult->nodeIndex( mSelectedNode ) : -1;
    if ( !mResult || node < 0 )
    {
      chart->setTitle( mResult ? tr( "Select a node (list or map)" ) : tr( "Head and pressure over time: run a simulation" ) );
      mNodeChart->replace( chart );
      return;
    }
    const QString unit = unitOfPressure( *mNetwork );
    chart->setTitle( tr( "Node %1: head and pressure" ).arg( mSelectedNode ) );
    WaterLineSeries *head = new WaterLineSeries();
    head->setName( tr( "head (%1)" ).arg( unit == QLatin1String( "m" ) ? QStringLiteral( "m" ) : QStringLiteral( "ft" ) ) );
    WaterLineSeries *pressure = new WaterLineSeries();
    pressure->setName( tr( "pressure (%1)" ).arg( unit ) );
    WaterScatterSeries *now = new WaterScatterSeries();
    now->setName( tr( "shown on the map" ) );
    now->setMarkerSize( 8 );
    double low = 0, high = 0;
    bool first = true;
    for ( int s = 0; s < mResult->stepCount(); ++s )
    {
      const double hours = mResult->times.at( s ) / 3600.0;
      const double h = mResult->head.at( s ).at( node ), p = mResult->pressure.at( s ).at( node );
      head->append( hours, h );
      pressure->append( hours, p );
      low = first ? std::min( h, p ) : std::min( { low, h, p } );
      high = first ? std::max( h, p ) : std::max( { high, h, p } );
      first = false;
    }
    const int s = std::clamp( mSlider->value(), 0, mResult->stepCount() - 1 );
    now->append( mResult->times.at( s ) / 3600.0, mResult->pressure.at( s ).at( node ) );
    chart->addSeries( head );
    chart->addSeries( pressure );
    chart->addSeries( now );
    WaterValueAxis *x = new WaterValueAxis();
    x->setTitleText( tr( "hours" ) );
    x->setLabelFormat( QStringLiteral( "%.0f" ) );
    x->setRange( 0, std::max( 1.0, mResult->times.last() / 3600.0 ) );
    WaterValueAxis *y = new WaterValueAxis();
    const double margin = std::max( 1.0, ( high - low ) * 0.05 );
    y->setRange( low - margin, high + margin );
    chart->addAxis( x, Qt::AlignBottom );
    chart->addAxis( y, Qt::AlignLeft );
    for ( auto *series : chart->series() )
    {
      series->attachAxis( x );
      series->attachAxis( y );
    }
    mNodeChart->replace( chart );
  }

  void WaterPanel::setScadaDirectory( const QString &directory )
  {
    for ( QLineEdit *edit : { mBalanceScada, mLeakScada } )
    {
      if ( edit->text() != directory )
        edit->setText( directory );
    }
  }

  QString WaterPanel::scadaDirectory() const
  {
    return mBalanceScada->text().trimmed();
  }

  bool WaterPanel::startScadaJob( Job job, QString *directory )
  {
    if ( !mNetwork )
    {
      showStatus( tr( "Open a territory with a water network first." ), true );
      return false;
    }
    const QString dir = scadaDirectory();
    if ( dir.isEmpty() )
    {
      showStatus( tr( "Choose a SCADA folder first." ), true );
      return false;
    }
    if ( !startJob( job ) )
      return false;
    QSettings().setValue( QStringLiteral( "water/scadaDirectory" ), dir );
    *directory = dir;
    return true;
  }

  bool WaterPanel::runBalance()
  {
    QString dir;
    if ( !startScadaJob( Job::Balance, &dir ) )
      return false;
    const int generation = mGeneration;
    auto balances = std::make_shared<QVector<hydraulics::ZoneBalance>>();
    const std::shared_ptr<const hydraulics::Network> network = mNetwork;
    BackgroundTask *task = new BackgroundTask(
        [network, balances, dir]( QString *error )
        {
          // what `vigie-cli water balance --network NET --scada DIR` computes
          hydraulics::ScadaData data;
          if ( !data.read( dir, true, error ) )
            return false;
          return hydraulics::computeWaterBalance( *network, data, nullptr, {}, -1, balances.get(), error );
        } );
    connect( task, &BackgroundTask::finished, task, &QObject::deleteLater );
    connect( task, &BackgroundTask::finished, this,
             [this, balances, generation]( bool ok, const QString &error )
             {
               if ( generation != mGeneration )
                 return;
               if ( ok )
               {
                 mBalances = *balances;
                 updateBalance();
                 showStatus( tr( "Balance of %n metered area(s) over %1 days in %2 s.", nullptr, mBalances.size() )
                                 .arg( mBalances.isEmpty() ? 0 : mBalances.first().summary.days.size() )
                                 .arg( number( mClock.elapsed() / 1000.0, 1 ) ) );
               }
               finishJob( ok, ok ? QString() : tr( "Balance failed: %1" ).arg( error ), Job::Balance );
             } );
    task->start();
    return true;
  }

  void WaterPanel::updateBalance()
  {
    const QSignalBlocker blocker( mBalanceTable );
    mBalanceTable->setRowCount( mBalances.size() );
    for ( int r = 0; r < mBalances.size(); ++r )
    {
      const hydraulics::ZoneBalance &b = mBalances.at( r );
      const hydraulics::BalanceSummary &s = b.summary;
      mBalanceTable->setItem( r, 0, item( s.name, QVariant(), false ) );
      mBalanceTable->setItem( r, 1, item( number( s.inflow, 0 ), s.inflow ) );
      mBalanceTable->setItem( r, 2, item( number( s.consumption, 0 ), s.consumption ) );
      mBalanceTable->setItem( r, 3, item( number( s.realLosses, 0 ), s.realLosses ) );
      mBalanceTable->setItem( r, 4, item( number( s.nonRevenuePercent, 1 ), s.nonRevenuePercent ) );
      mBalanceTable->setItem( r, 5, item( number( s.ili, 1 ), s.ili ) );
      mBalanceTable->setItem( r, 6, item( number( b.asset.mainsKm, 1 ), b.asset.mainsKm ) );
      mBalanceTable->setItem( r, 7, item( QString::number( b.asset.connections ), b.asset.connections ) );
      mBalanceTable->item( r, 0 )->setToolTip( tr( "UARL %1 m³/day, mean sensor pressure %2 m, %3 AMR meters" )
                                                   .arg( number( s.uarl, 1 ), number( b.asset.pressure, 1 ) )
                                                   .arg( b.amrMeters ) );
    }
    mBalanceTable->resizeColumnsToContents();
    removeLayer( mBalanceLayer );
    if ( mNetwork && mProject && !mBalances.isEmpty() )
    {
      mBalanceLayer = WaterMap::createBalanceLayer( *mNetwork, mBalances, mProject->crs() );
      addLayer( mBalanceLayer, false );
    }
    if ( !mBalances.isEmpty() )
      mBalanceTable->selectRow( 0 );
    updateBalanceChart( mBalances.isEmpty() ? -1 : 0 );
  }

  void WaterPanel::updateBalanceChart( int row )
  {
    WaterChart *chart = new WaterChart();
    if ( row < 0 || row >= mBalances.size() )
    {
      chart->setTitle( tr( "Daily balance: compute the balance" ) );
      mBalanceChart->replace( chart );
      return;
    }
    const hydraulics::BalanceSummary &s = mBalances.at( row ).summary;
    chart->setTitle( tr( "%1: daily balance and minimum night flow" ).arg( s.name ) );
    WaterLineSeries *inflow = new WaterLineSeries();
    inflow->setName( tr( "inflow m³/d" ) );
    WaterLineSeries *consumption = new WaterLineSeries();
    consumption->setName( tr( "consumption m³/d" ) );
    WaterLineSeries *losses = new WaterLineSeries();
    losses->setName( tr( "real losses m³/d" ) );
    WaterLineSeries *night = new WaterLineSeries();
    night->setName( tr( "min. night flow m³/h" ) );
    double high = 1, nightHigh = 1, low = 0;
    for ( const hydraulics::BalanceDay &d : s.days )
    {
      const double x = static_cast<double>( d.day ) * 1000;
      inflow->append( x, d.inflow );
      consumption->append( x, d.consumption );
      losses->append( x, d.realLosses );
      night->append( x, d.minimumNightFlow );
      high = std::max( { high, d.inflow, d.consumption, d.realLosses } );
      low = std::min( low, d.realLosses );
      nightHigh = std::max( nightHigh, d.minimumNightFlow );
    }
    for ( WaterLineSeries *series : { inflow, consumption, losses, night } )
      chart->addSeries( series );
    WaterDateTimeAxis *x = new WaterDateTimeAxis();
    x->setFormat( QStringLiteral( "dd/MM" ) );
    x->setTickCount( 7 );
    if ( !s.days.isEmpty() )
      x->setRange( QDateTime::fromSecsSinceEpoch( s.days.first().day, Qt::UTC ),
                   QDateTime::fromSecsSinceEpoch( s.days.last().day, Qt::UTC ) );
    WaterValueAxis *y = new WaterValueAxis();
    y->setRange( low, high * 1.05 );
    y->setLabelFormat( QStringLiteral( "%.0f" ) );
    WaterValueAxis *y2 = new WaterValueAxis();
    y2->setRange( 0, nightHigh * 1.05 );
    y2->setLabelFormat( QStringLiteral( "%.0f" ) );
    y2->setTitleText( tr( "m³/h" ) );
    chart->addAxis( x, Qt::AlignBottom );
    chart->addAxis( y, Qt::AlignLeft );
    chart->addAxis( y2, Qt::AlignRight );
    for ( WaterLineSeries *series : { inflow, consumption, losses, night } )
    {
      series->attachAxis( x );
      series->attachAxis( series == night ? y2 : y );
    }
    mBalanceChart->replace( chart );
  }

  bool WaterPanel::isolate( const QString &pipe, QString *errorMessage )
  {
    if ( !mNetwork )
    {
      if ( errorMessage )
        *errorMessage = tr( "Open a territory with a water network first." );
      return false;
    }
    // what `vigie-cli water isolate TERRITORY --pipe ID [--valves-on-pipes]` computes
    hydraulics::IsolationValves valves = hydraulics::IsolationValves::fromNetwork( *mNetwork );
    valves.everyPipeEnd = mEveryPipeEnd->isChecked();
    hydraulics::IsolationResult result;
    QString error;
    if ( !hydraulics::isolatePipe( *mNetwork, pipe, valves, &result, &error ) )
    {
      if ( errorMessage )
        *errorMessage = tr( "Isolation of \"%1\": %2" ).arg( pipe, error );
      return false;
    }
    mIsolation = result;
    if ( mPipeEdit->text() != pipe )
      mPipeEdit->setText( pipe );
    mValveList->clear();
    mValveList->addItems( result.valvesToClose );
    mIsolationSummary->setText(
        tr( "<b>Burst on %1</b>: close %n valve(s). Segment emptied: %2 pipe(s). "
            "Out of service: %3 pipe(s), %4 junction(s), <b>%5 customer node(s)</b>, demand %6 %7.%8",
            nullptr, result.valvesToClose.size() )
            .arg( pipe.toHtmlEscaped() )
            .arg( result.segmentPipes.size() )
            .arg( result.cutOffPipes.size() )
            .arg( result.cutOffJunctions.size() )
            .arg( result.customers )
            .arg( number( result.demandLost, 3 ), hydraulics::flowUnitsName( mNetwork->flowUnits ) )
            .arg( result.isolated ? QString() : tr( " <b>The segment holds a reservoir or tank: it cannot be fully isolated.</b>" ) ) );
    removeLayer( mIsolationLines );
    removeLayer( mIsolationPoints );
    if ( mProject )
    {
      QgsVectorLayer *lines = nullptr, *points = nullptr;
      WaterMap::createIsolationLayers( hydraulics::isolationGeoJson( *mNetwork, result ), mProject->crs(), &lines, &points );
      mIsolationLines = lines;
      mIsolationPoints = points;
      addLayer( mIsolationLines, true );
      addLayer( mIsolationPoints, true );
      if ( mCanvas && isVisible() && mIsolationLines->featureCount() > 0 )
      {
        QgsRectangle extent = mIsolationLines->extent();
        extent.combineExtentWith( mIsolationPoints->extent() );
        extent.scale( 1.6 );
        mCanvas->setExtent( mCanvas->mapSettings().layerExtentToOutputExtent( mIsolationLines, extent ) );
        mCanvas->refresh();
      }
    }
    showStatus( tr( "Isolation of %1: %n valve(s) to close, %2 customer node(s) cut off.", nullptr, result.valvesToClose.size() )
                    .arg( pipe )
                    .arg( result.customers ) );
    return true;
  }

  void WaterPanel::setValvesAtPipeEnds( bool on )
  {
    mEveryPipeEnd->setChecked( on );
  }

  void WaterPanel::pickPipeOnMap()
  {
    if ( !mCanvas || !mLinkLayer )
    {
      showStatus( tr( "No water network on the map." ), true );
      return;
    }
    if ( !mPipeTool )
    {
      mPipeTool = new WaterPickTool( mCanvas, mLinkLayer, QStringLiteral( "link_id" ) );
      connect( mPipeTool, &WaterPickTool::picked, this,
               [this]( const QString &id )
               {
                 QString error;
                 if ( !isolate( id, &error ) )
                 {
                   showStatus( error, true );
                   Q_EMIT errorOccurred( error );
                 }
               } );
    }
    mPipeTool->setLayer( mLinkLayer );
    mCanvas->setMapTool( mPipeTool );
    mTabs->setCurrentIndex( 2 );
    showStatus( tr( "Click a pipe on the map to isolate it." ) );
  }

  bool WaterPanel::runDetection()
  {
    QString dir;
    if ( !startScadaJob( Job::Detection, &dir ) )
      return false;
    const int generation = mGeneration;
    auto leaks = std::make_shared<QVector<hydraulics::DetectedLeak>>();
    const std::shared_ptr<const hydraulics::Network> network = mNetwork;
    BackgroundTask *task = new BackgroundTask(
        [network, leaks, dir, trainDir = trainingDirectory(), trainLeaks = trainingLeaks()]( QString *error )
        {
          // what `vigie-cli water detect --network NET --scada DIR [--train DIR --train-leaks CSV] --out leaks.csv` computes
          hydraulics::ScadaData data;
          if ( !data.read( dir, true, error ) )
            return false;
          hydraulics::LeakDetector detector( *network );
          if ( !detector.prepare( data, error ) )
            return false;
          if ( !trainDir.isEmpty() )
          {
            hydraulics::ScadaData training;
            QVector<hydraulics::KnownLeak> known;
            if ( !training.read( trainDir, true, error ) ||
                 ( !trainLeaks.isEmpty() && !hydraulics::readKnownLeaks( trainLeaks, &known, error ) ) ||
                 !detector.train( training, known, error ) )
              return false;
          }
          return detector.detect( data, leaks.get(), error );
        } );
    connect( task, &BackgroundTask::finished, task, &QObject::deleteLater );
    connect( task, &BackgroundTask::finished, this,
             [this, leaks, generation]( bool ok, const QString &error )
             {
               if ( generation != mGeneration )
                 return;
               if ( ok )
               {
                 mLeaks = *leaks;
                 updateLeaks();
                 showStatus( tr( "%n leak(s) detected in %1 s.", nullptr, mLeaks.size() ).arg( number( mClock.elapsed() / 1000.0, 1 ) ) );
               }
               finishJob( ok, ok ? QString() : tr( "Leak detection failed: %1" ).arg( error ), Job::Detection );
             } );
    task->start();
    return true;
  }

  void WaterPanel::setTraining( const QString &directory, const QString &leaksCsv )
  {
    if ( mTrainDir->text() != directory )
      mTrainDir->setText( directory );
    if ( mTrainLeaks->text() != leaksCsv )
      mTrainLeaks->setText( leaksCsv );
    QSettings settings;
    settings.setValue( QStringLiteral( "water/trainDirectory" ), directory.trimmed() );
    settings.setValue( QStringLiteral( "water/trainLeaks" ), leaksCsv.trimmed() );
  }

  QString WaterPanel::trainingDirectory() const
  {
    return mTrainDir->text().trimmed();
  }

  QString WaterPanel::trainingLeaks() const
  {
    return mTrainLeaks->text().trimmed();
  }

  void WaterPanel::setLiveTerritory( const QString &territoryPath )
  {
    if ( !mLive )
      mLive = std::make_shared<LiveState>();
    {
      QMutexLocker locker( &mLive->mutex );
      mLive->path = territoryPath;
      mLive->trainDir = trainingDirectory();
      mLive->trainLeaks = trainingLeaks();
      ++mLive->generation;
    }
    mLiveLeaks.clear();
    mLiveStatus->setText( territoryPath.isEmpty() ? tr( "Live monitor: no territory" )
                                                  : tr( "Live monitor: waiting for water observations" ) );
    updateLive();
  }

  void WaterPanel::waitForLive()
  {
    mLivePool.waitForDone();
    QCoreApplication::sendPostedEvents( this );
  }

  void WaterPanel::updateLive()
  {
    if ( !mLive )
      return;
    if ( mLive->busy.exchange( true ) )
    {
      mLive->pending = true;
      return;
    }
    std::shared_ptr<LiveState> state = mLive;
    WaterPanel *panel = this; // the destructor waits for the job: the queued result never reaches a deleted panel
    mLivePool.start( QRunnable::create(
        [state, panel]
        {
          QString path, trainDir, trainLeaks;
          quint64 generation = 0;
          {
            QMutexLocker locker( &state->mutex );
            path = state->path;
            trainDir = state->trainDir;
            trainLeaks = state->trainLeaks;
            generation = state->generation;
          }
          bool ok = true, ran = false;
          int alarms = 0;
          QString message;
          QVector<hydraulics::DetectedLeak> leaks;
          qint64 position = 0;
          if ( path != state->openedPath || generation != state->openedGeneration )
          {
            state->monitor.reset();
            state->store.reset();
            state->openedPath = path;
            state->openedGeneration = generation;
            state->disabled = false;
          }
          if ( !path.isEmpty() && !state->disabled && !state->stop )
          {
            QString error;
            if ( !state->monitor )
            {
              hydraulics::Network network;
              if ( !hydraulics::territoryNetwork( path, QString(), &network, &error ) )
              {
                state->disabled = true; // no water network: nothing to watch
                logMessage( LogLevel::Info, QStringLiteral( "water" ), QStringLiteral( "live leak monitor off: %1" ).arg( error ) );
              }
              else if ( !( state->store = feeds::ObservationStore::open( path, &error ) ) )
              {
                ok = false;
                message = error;
              }
              else
              {
                auto monitor = std::make_unique<hydraulics::LeakMonitor>( network );
                if ( !trainDir.isEmpty() )
                {
                  hydraulics::ScadaData training;
                  QVector<hydraulics::KnownLeak> known;
                  if ( !training.read( trainDir, true, &error ) ||
                       ( !trainLeaks.isEmpty() && !hydraulics::readKnownLeaks( trainLeaks, &known, &error ) ) )
                  {
                    ok = false;
                    message = error;
                  }
                  else
                    monitor->setTraining( training, known );
                }
                if ( ok )
                  state->monitor = std::move( monitor );
              }
            }
            if ( ok && state->monitor && state->store )
            {
              // up to the last step stored (exclusive: the feed may still be storing it)
              QDateTime last;
              for ( const feeds::SensorInfo &s : state->store->sensors() )
                if ( s.isBound() && s.layer.startsWith( QLatin1String( "water_" ) ) && s.lastTime.isValid() &&
                     ( !last.isValid() || s.lastTime > last ) )
                  last = s.lastTime;
              if ( last.isValid() && last.toSecsSinceEpoch() > state->monitor->position() )
              {
                hydraulics::LeakMonitorUpdate update;
                ran = true;
                if ( !state->monitor->update( path, last.addDays( -7 ), last, state->store.get(), &update, &error ) )
                {
                  ok = false;
                  message = error;
                }
                else
                {
                  alarms = static_cast<int>( update.alarmIds.size() );
                  message = update.problems.join( QLatin1Char( '\n' ) );
                }
              }
              leaks = state->monitor->leaks();
              position = state->monitor->position();
            }
          }
          state->busy = false;
          if ( state->pending.exchange( false ) && !state->stop )
            QMetaObject::invokeMethod(
                panel, [panel] { panel->updateLive(); }, Qt::QueuedConnection );
          if ( !ran && ok )
            return;
          QMetaObject::invokeMethod(
              panel,
              [panel, ok, alarms, message, leaks, position]
              {
                QStringList before, after;
                for ( const hydraulics::DetectedLeak &l : std::as_const( panel->mLiveLeaks ) )
                  before << hydraulics::LeakMonitor::alarmKey( l );
                for ( const hydraulics::DetectedLeak &l : leaks )
                  after << hydraulics::LeakMonitor::alarmKey( l );
                panel->mLiveLeaks = leaks;
                if ( before != after && panel->mLiveCheck->isChecked() && !panel->isBusy() )
                {
                  panel->mLeaks = leaks;
                  panel->updateLeaks();
                }
                panel->mLiveStatus->setText( ok ? tr( "Live monitor: %n leak(s), data up to %1", nullptr, leaks.size() )
                                                      .arg( position > 0 ? hydraulics::formatScadaTime( position ) : tr( "none yet" ) )
                                                : tr( "Live monitor failed: %1" ).arg( message ) );
                Q_EMIT panel->liveUpdated( ok, alarms, message );
              },
              Qt::QueuedConnection );
        } ) );
  }

  void WaterPanel::updateLeaks()
  {
    {
      const QSignalBlocker blocker( mLeakTable );
      mLeakTable->setRowCount( mLeaks.size() );
      for ( int r = 0; r < mLeaks.size(); ++r )
      {
        const hydraulics::DetectedLeak &l = mLeaks.at( r );
        mLeakTable->setItem( r, 0, item( l.pipe, r, false ) );
        mLeakTable->setItem( r, 1, item( hydraulics::formatScadaTime( l.time ), QVariant(), false ) );
        mLeakTable->setItem(
            r, 2, item( l.runningAtStart ? tr( "before the data" ) : hydraulics::formatScadaTime( l.changeTime ), QVariant(), false ) );
        mLeakTable->setItem( r, 3, item( l.zone, QVariant(), false ) );
        mLeakTable->setItem( r, 4, item( number( l.flow, 1 ), l.flow ) );
        mLeakTable->setItem( r, 5, item( number( l.confidence, 2 ), l.confidence ) );
      }
      mLeakTable->resizeColumnsToContents();
    }
    selectLeak( mLeaks.isEmpty() ? -1 : 0 );
  }

  void WaterPanel::selectLeak( int index )
  {
    {
      const QSignalBlocker blocker( mLeakTable );
      if ( index >= 0 && index < mLeakTable->rowCount() )
        mLeakTable->selectRow( index );
    }
    mCandidateTable->setRowCount( 0 );
    if ( index >= 0 && index < mLeaks.size() )
    {
      const QVector<hydraulics::LeakCandidate> &candidates = mLeaks.at( index ).candidates;
      mCandidateTable->setRowCount( candidates.size() );
      for ( int r = 0; r < candidates.size(); ++r )
      {
        mCandidateTable->setItem( r, 0, item( QString::number( r + 1 ), r + 1 ) );
        mCandidateTable->setItem( r, 1, item( candidates.at( r ).pipe, QVariant(), false ) );
        mCandidateTable->setItem( r, 2, item( number( candidates.at( r ).similarity, 3 ), candidates.at( r ).similarity ) );
      }
    }
    removeLayer( mLeakLayer );
    if ( mNetwork && mProject && !mLeaks.isEmpty() )
    {
      mLeakLayer = WaterMap::createLeakLayer( *mNetwork, mLeaks, index, mProject->crs() );
      addLayer( mLeakLayer, true );
    }
  }

  void WaterPanel::cancel()
  {
    if ( mJob == Job::None )
      return;
    // the simulation stops between two solutions; loading, balance and detection have no
    // interruption hook in the module: they finish on their thread and their result is dropped
    mCancelFlag->store( true );
    ++mGeneration;
    const Job job = mJob;
    mJob = Job::None;
    updateBusy();
    showStatus( job == Job::Simulation ? tr( "Simulation cancelled; the previous results are kept." ) : tr( "Cancelled." ) );
    if ( job == Job::Loading )
      Q_EMIT territoryLoaded( false, tr( "cancelled" ) );
    Q_EMIT cancelled();
  }

  void WaterPanel::updateBusy()
  {
    const bool busy = mJob != Job::None;
    if ( mJob == Job::Simulation )
      mProgress->setRange( 0, 1000 ); // the simulated time is the fraction done
    else
      mProgress->setRange( 0, busy ? 0 : 1 );
    mProgress->setValue( 0 );
    mProgress->setVisible( busy );
    mCancelButton->setVisible( busy );
    mCancelButton->setEnabled( busy );
    const bool ready = !busy && mNetwork;
    mSimulateButton->setEnabled( ready );
    mBalanceButton->setEnabled( ready );
    mDetectButton->setEnabled( ready );
    mIsolateButton->setEnabled( static_cast<bool>( mNetwork ) );
    if ( busy )
      mTicker->start();
    else
      mTicker->stop();
  }

  void WaterPanel::showStatus( const QString &text, bool error )
  {
    mStatus->setText( text );
    mStatus->setStyleSheet( error ? QStringLiteral( "color: #b00020;" ) : QString() );
  }

  QWidget *WaterPanel::nodeChartView() const
  {
    return mNodeChart;
  }

  QString WaterPanel::statusText() const
  {
    return mStatus->text();
  }

  WaterPanel *installWaterPanel( MainWindow *window )
  {
    WaterPanel *panel = new WaterPanel( window->project(), window );
    panel->setObjectName( QStringLiteral( "waterPanel" ) );
    panel->setMapCanvas( window->mapCanvas() );
    QDockWidget *dock = addHiddenDock( window, WaterPanel::tr( "Water" ), QStringLiteral( "waterDock" ), panel, Qt::RightDockWidgetArea );
    QMenu *menu = addDomainMenu( window, WaterPanel::tr( "&Water" ), dock, WaterPanel::tr( "&Show the water panel" ) );
    menu->addAction( WaterPanel::tr( "&Run the simulation" ), panel,
                     [panel, dock]
                     {
                       dock->show();
                       panel->tabs()->setCurrentIndex( 0 );
                       panel->runSimulation();
                     } );
    menu->addAction( WaterPanel::tr( "&Isolate a pipe on the map" ), panel,
                     [panel, dock]
                     {
                       dock->show();
                       panel->pickPipeOnMap();
                     } );
    // the live leak monitor follows the feeds' territory and runs after each update that stored observations
    if ( FeedsService *service = window->findChild<FeedsService *>() )
    {
      QObject::connect( service, &FeedsService::opened, panel,
                        [panel, service]( bool ok, const QString & )
                        { panel->setLiveTerritory( ok ? service->territoryPath() : QString() ); } );
      QObject::connect( service, &FeedsService::closed, panel, [panel] { panel->setLiveTerritory( QString() ); } );
      QObject::connect( service, &FeedsService::observationsStored, panel, [panel]( qint64 ) { panel->updateLive(); } );
      QObject::connect( panel, &WaterPanel::liveUpdated, service,
                        [service]( bool, int alarms, const QString & )
                        {
                          if ( alarms > 0 )
                            service->alarmsChangedElsewhere(); // raised on the monitor's own connection: the Alarms panel shows them now
                        } );
    }
    // the network is read when the dock is first shown for a territory (as the lighting panel does)
    loadTerritoryWhenDockShown( window, dock, panel, [panel]( const QString &path ) { panel->setTerritory( path ); } );
    QObject::connect( panel, &WaterPanel::errorOccurred, window,
                      [window]( const QString &text ) { window->statusBar()->showMessage( text, 10000 ); } );
    return panel;
  }
} // namespace vigie
