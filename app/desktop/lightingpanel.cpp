// SPDX-License-Identifier: GPL-2.0-or-later
#include "lightingpanel.h"

#include "backgroundtask.h"
#include "dockterritory.h"
#include "lightingcharts.h"
#include "lightingreport.h"
#include "log.h"
#include "mainwindow.h"
#include "territory.h"
#include "territorylayers.h"

#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>

#include <memory>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QtCharts/QChartView>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <cmath>

namespace vigie
{
  //! What the GUI and the optimising worker share: the cancel flag and the progress reported.
  struct LightingRunState
  {
    std::atomic<bool> cancelled{ false };
    std::atomic<int> permille{ 0 };
    QMutex mutex;
    QString step; //!< guarded by mutex
  };

#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
  using LightingChartView = QtCharts::QChartView;
#else
  using LightingChartView = QChartView;
#endif

  //! A chart view whose chart is replaced when the analysis changes.
  class ChartHolder : public LightingChartView
  {
  public:
    explicit ChartHolder( QWidget *parent ) : LightingChartView( parent )
    {
      setRenderHint( QPainter::Antialiasing );
      setMinimumHeight( 220 );
    }
    void replace( Chart *chart )
    {
      Chart *old = this->chart();
      setChart( chart ); // the view owns the new chart
      delete old;
    }
  };

  namespace
  {
    QString number( double value, int decimals = 0 )
    {
      return QLocale().toString( value, 'f', decimals );
    }

    //! Lit streets × bands: the class required in the band, green when met, red when not, grey when switched off.
    class ComplianceModel : public QAbstractTableModel
    {
    public:
      explicit ComplianceModel( QObject *parent ) : QAbstractTableModel( parent ) {}

      void setAnalysis( std::shared_ptr<const LightingAnalysis> analysis )
      {
        beginResetModel();
        mAnalysis = std::move( analysis );
        mRows.clear();
        mCells.clear();
        if ( mAnalysis && mAnalysis->optimised )
        {
          QHash<int, int> row;
          for ( int c = 0; c < mAnalysis->result.compliance.size(); ++c )
          {
            const lighting::ComplianceCell &cell = mAnalysis->result.compliance.at( c );
            auto it = row.find( cell.segment );
            if ( it == row.end() )
            {
              it = row.insert( cell.segment, mRows.size() );
              mRows << cell.segment;
              mCells << QVector<int>( mAnalysis->bands.size(), -1 );
            }
            if ( cell.band >= 0 && cell.band < mCells[*it].size() )
              mCells[*it][cell.band] = c;
          }
        }
        endResetModel();
      }

      int rowCount( const QModelIndex &parent = QModelIndex() ) const override { return parent.isValid() ? 0 : mRows.size(); }
      int columnCount( const QModelIndex &parent = QModelIndex() ) const override
      {
        return parent.isValid() || !mAnalysis || !mAnalysis->optimised ? 0 : mAnalysis->bands.size() + 2;
      }

      QVariant headerData( int section, Qt::Orientation orientation, int role ) const override
      {
        if ( role != Qt::DisplayRole || !mAnalysis )
          return QVariant();
        if ( orientation == Qt::Vertical )
          return section + 1;
        if ( section == 0 )
          return LightingPanel::tr( "Street" );
        if ( section == 1 )
          return LightingPanel::tr( "Design" );
        return mAnalysis->bands.value( section - 2 ).label();
      }

      QVariant data( const QModelIndex &index, int role ) const override
      {
        if ( !index.isValid() || !mAnalysis )
          return QVariant();
        const int segment = mRows.at( index.row() );
        if ( index.column() < 2 )
        {
          if ( role != Qt::DisplayRole )
            return QVariant();
          const lighting::RoadSegment &s = mAnalysis->inventory.segments.at( segment );
          return index.column() == 0 ? ( s.name.isEmpty() ? s.id : QStringLiteral( "%1 (%2)" ).arg( s.name, s.id ) )
                                     : mAnalysis->classes.at( segment ).design.lightingClass.name();
        }
        const int c = mCells.at( index.row() ).value( index.column() - 2, -1 );
        if ( c < 0 )
          return QVariant();
        const lighting::ComplianceCell &cell = mAnalysis->result.compliance.at( c );
        switch ( role )
        {
        case Qt::DisplayRole:
          return cell.switchedOff ? LightingPanel::tr( "off" ) : cell.required.name();
        case Qt::BackgroundRole:
          return QColor( cell.switchedOff ? QStringLiteral( "#e0e0e0" )
                         : cell.compliant ? QStringLiteral( "#c8e6c9" )
                                          : QStringLiteral( "#ffcdd2" ) );
        case Qt::ToolTipRole:
          return LightingPanel::tr( "Required %1: %2 % of the design level; delivered %3 %; uniformity %4; %5" )
              .arg( cell.required.name(), number( cell.requiredRatio * 100, 1 ), number( cell.deliveredRatio * 100, 1 ),
                    number( cell.uniformityRatio, 2 ),
                    cell.compliant ? LightingPanel::tr( "compliant" ) : LightingPanel::tr( "NOT compliant" ) );
        case Qt::UserRole:
          return cell.compliant;
        default:
          return QVariant();
        }
      }

    private:
      std::shared_ptr<const LightingAnalysis> mAnalysis;
      QVector<int> mRows;
      QVector<QVector<int>> mCells;
    };

    QTableWidgetItem *item( const QString &text, bool number = true )
    {
      QTableWidgetItem *i = new QTableWidgetItem( text );
      i->setTextAlignment( number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter );
      return i;
    }

    QDoubleSpinBox *spin( double min, double max, int decimals, double step, const QString &suffix )
    {
      QDoubleSpinBox *box = new QDoubleSpinBox();
      box->setRange( min, max );
      box->setDecimals( decimals );
      box->setSingleStep( step );
      box->setSuffix( suffix );
      box->setGroupSeparatorShown( true );
      return box;
    }

    QTime clock( int minutes )
    {
      return QTime( ( minutes / 60 ) % 24, minutes % 60 );
    }
  } // namespace

  LightingPanel::LightingPanel( QgsProject *project, QWidget *parent ) : QWidget( parent ), mProject( project )
  {
    QVBoxLayout *layout = new QVBoxLayout( this );
    mTerritoryLabel = new QLabel( tr( "No territory" ), this );
    mTerritoryLabel->setWordWrap( true );
    layout->addWidget( mTerritoryLabel );

    QHBoxLayout *styleRow = new QHBoxLayout();
    styleRow->addWidget( new QLabel( tr( "Map by:" ), this ) );
    mStyleCombo = new QComboBox( this );
    for ( const LightingMap::Style style :
          { LightingMap::Style::Class, LightingMap::Style::Power, LightingMap::Style::Technology, LightingMap::Style::Dimming } )
      mStyleCombo->addItem( LightingMap::styleName( style ), static_cast<int>( style ) );
    mStyleCombo->setToolTip( tr( "How the lit streets and luminaires are drawn on the map" ) );
    connect( mStyleCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
             [this]( int ) { setMapStyle( static_cast<LightingMap::Style>( mStyleCombo->currentData().toInt() ) ); } );
    styleRow->addWidget( mStyleCombo, 1 );
    layout->addLayout( styleRow );

    QHBoxLayout *runRow = new QHBoxLayout();
    mRunButton = new QPushButton( tr( "Optimise" ), this );
    mRunButton->setToolTip( tr( "Adaptive dimming (LP) and LED retrofit plan (MILP) in the background" ) );
    connect( mRunButton, &QPushButton::clicked, this, [this] { run(); } );
    mCancelButton = new QPushButton( tr( "Cancel" ), this );
    connect( mCancelButton, &QPushButton::clicked, this, &LightingPanel::cancel );
    mPdfButton = new QPushButton( tr( "PDF report…" ), this );
    connect( mPdfButton, &QPushButton::clicked, this, &LightingPanel::exportPdfDialog );
    mProgress = new QProgressBar( this );
    mProgress->setTextVisible( false );
    mProgress->setMaximumHeight( 14 );
    runRow->addWidget( mRunButton );
    runRow->addWidget( mCancelButton );
    runRow->addWidget( mProgress, 1 );
    runRow->addWidget( mPdfButton );
    layout->addLayout( runRow );
    mStatus = new QLabel( this );
    mStatus->setWordWrap( true );
    mStatus->setTextInteractionFlags( Qt::TextSelectableByMouse );
    layout->addWidget( mStatus );
    mTicker = new QTimer( this );
    mTicker->setInterval( 200 );
    connect( mTicker, &QTimer::timeout, this,
             [this]
             {
               if ( mLoading )
               {
                 showStatus( tr( "Loading the inventory… %1 s" ).arg( number( mClock.elapsed() / 1000.0, 1 ) ) );
                 return;
               }
               if ( !mRunState )
                 return;
               const int permille = mRunState->permille.load();
               QString step;
               {
                 const QMutexLocker locker( &mRunState->mutex );
                 step = mRunState->step;
               }
               mProgress->setValue( permille );
               showStatus( tr( "Optimising: %1… %2 %, %3 s" )
                               .arg( step.isEmpty() ? tr( "starting" ) : step, number( permille / 10.0, 0 ),
                                     number( mClock.elapsed() / 1000.0, 1 ) ) );
             } );

    mTabs = new QTabWidget( this );
    layout->addWidget( mTabs, 1 );

    // parameters
    QWidget *parametersPage = new QWidget();
    QFormLayout *form = new QFormLayout( parametersPage );
    mBudget = spin( 0, 1e9, 0, 50000, tr( " € / year" ) );
    mBudget->setToolTip( tr( "Gross LED retrofit investment per year; 0: dimming only" ) );
    mYears = new QSpinBox();
    mYears->setRange( 1, 50 );
    mYears->setSuffix( tr( " years" ) );
    mUnit = new QComboBox();
    mUnit->addItem( tr( "whole cabinets" ), true );
    mUnit->addItem( tr( "single luminaires" ), false );
    QHBoxLayout *switchOffRow = new QHBoxLayout();
    mSwitchOff = new QCheckBox( tr( "from" ) );
    mSwitchOff->setToolTip( tr( "Switch off pedestrian and residential streets (P classes) at night (arrêté of 27 December 2018)" ) );
    mSwitchOffStart = new QTimeEdit();
    mSwitchOffEnd = new QTimeEdit();
    for ( QTimeEdit *edit : { mSwitchOffStart, mSwitchOffEnd } )
      edit->setDisplayFormat( QStringLiteral( "HH:mm" ) );
    switchOffRow->addWidget( mSwitchOff );
    switchOffRow->addWidget( mSwitchOffStart );
    switchOffRow->addWidget( new QLabel( tr( "to" ) ) );
    switchOffRow->addWidget( mSwitchOffEnd );
    switchOffRow->addStretch( 1 );
    mPeakPrice = spin( 0, 10, 4, 0.01, tr( " €/kWh" ) );
    mOffPeakPrice = spin( 0, 10, 4, 0.01, tr( " €/kWh" ) );
    mCo2 = spin( 0, 2, 3, 0.005, tr( " kg CO₂e/kWh" ) );
    mCee = spin( 0, 10000, 0, 10, tr( " € / luminaire" ) );
    mCostLuminaire = spin( 0, 100000, 0, 50, tr( " € / luminaire" ) );
    mCostCabinet = spin( 0, 1000000, 0, 100, tr( " € / cabinet" ) );
    form->addRow( tr( "Yearly budget" ), mBudget );
    form->addRow( tr( "Plan length" ), mYears );
    form->addRow( tr( "Convert" ), mUnit );
    form->addRow( tr( "Switch-off (P classes)" ), switchOffRow );
    form->addRow( tr( "Peak tariff" ), mPeakPrice );
    form->addRow( tr( "Off-peak tariff (22:00-06:00)" ), mOffPeakPrice );
    form->addRow( tr( "Carbon factor" ), mCo2 );
    form->addRow( tr( "CEE subsidy" ), mCee );
    form->addRow( tr( "LED lantern, fitted" ), mCostLuminaire );
    form->addRow( tr( "Cabinet conversion" ), mCostCabinet );
    QLabel *defaults = new QLabel( tr( "Defaults: Tarif Bleu HP/HC of 1 Feb 2025 (TTC), ADEME 2022 mix, CEE sheet RES-EC-104. "
                                       "Lights on from sunset to sunrise (NOAA) at the territory's position." ) );
    defaults->setWordWrap( true );
    form->addRow( defaults );
    mTabs->addTab( parametersPage, tr( "Parameters" ) );
    setParameters( lighting::OptimisationParameters() );

    // results
    QWidget *resultsPage = new QWidget();
    QVBoxLayout *resultsLayout = new QVBoxLayout( resultsPage );
    mResults = new QTableWidget( 3, 4, resultsPage );
    mResults->setObjectName( QStringLiteral( "lightingResults" ) );
    mResults->setHorizontalHeaderLabels( { tr( "Today" ), tr( "Dimming only" ), tr( "After the plan" ), tr( "Saved" ) } );
    mResults->setVerticalHeaderLabels( { tr( "kWh / year" ), tr( "€ / year" ), tr( "t CO₂ / year" ) } );
    mResults->setEditTriggers( QAbstractItemView::NoEditTriggers );
    mResults->horizontalHeader()->setSectionResizeMode( QHeaderView::Stretch );
    mResults->setMaximumHeight( 130 );
    resultsLayout->addWidget( mResults );
    mSummary = new QLabel( resultsPage );
    mSummary->setWordWrap( true );
    mSummary->setTextInteractionFlags( Qt::TextSelectableByMouse );
    resultsLayout->addWidget( mSummary );
    resultsLayout->addWidget( new QLabel( tr( "Plan per year" ), resultsPage ) );
    mPlan = new QTableWidget( 0, 6, resultsPage );
    mPlan->setObjectName( QStringLiteral( "lightingPlan" ) );
    mPlan->setHorizontalHeaderLabels(
        { tr( "Year" ), tr( "Units" ), tr( "Luminaires" ), tr( "Cost (€)" ), tr( "CEE (€)" ), tr( "kWh saved/yr" ) } );
    mPlan->setEditTriggers( QAbstractItemView::NoEditTriggers );
    mPlan->horizontalHeader()->setSectionResizeMode( QHeaderView::Stretch );
    mPlan->horizontalHeader()->setMinimumSectionSize( 60 );
    mPlan->verticalHeader()->hide();
    resultsLayout->addWidget( mPlan, 1 );
    mTabs->addTab( resultsPage, tr( "Results" ) );

    // compliance
    mComplianceView = new QTableView();
    mCompliance = new ComplianceModel( this );
    mComplianceView->setModel( mCompliance );
    mComplianceView->horizontalHeader()->setDefaultSectionSize( 46 );
    mComplianceView->verticalHeader()->setDefaultSectionSize( 20 );
    mTabs->addTab( mComplianceView, tr( "Compliance" ) );

    // charts
    QScrollArea *chartsScroll = new QScrollArea();
    chartsScroll->setWidgetResizable( true );
    QWidget *chartsPage = new QWidget();
    QVBoxLayout *chartsLayout = new QVBoxLayout( chartsPage );
    mNightChart = new ChartHolder( chartsPage );
    mSavingsChart = new ChartHolder( chartsPage );
    mInvestmentChart = new ChartHolder( chartsPage );
    chartsLayout->addWidget( mNightChart );
    chartsLayout->addWidget( mSavingsChart );
    chartsLayout->addWidget( mInvestmentChart );
    chartsScroll->setWidget( chartsPage );
    mTabs->addTab( chartsScroll, tr( "Charts" ) );

    // streets
    QSplitter *streetsPage = new QSplitter( Qt::Vertical );
    QWidget *listPart = new QWidget();
    QVBoxLayout *listLayout = new QVBoxLayout( listPart );
    listLayout->setContentsMargins( 0, 0, 0, 0 );
    mStreetFilter = new QLineEdit();
    mStreetFilter->setPlaceholderText( tr( "Filter streets by name, id or class" ) );
    mStreetFilter->setClearButtonEnabled( true );
    connect( mStreetFilter, &QLineEdit::textChanged, this,
             [this]( const QString &text )
             {
               for ( int r = 0; r < mStreets->rowCount(); ++r )
               {
                 bool match = text.isEmpty();
                 for ( int c = 0; c < 3 && !match; ++c )
                   match = mStreets->item( r, c )->text().contains( text, Qt::CaseInsensitive );
                 mStreets->setRowHidden( r, !match );
               }
             } );
    listLayout->addWidget( mStreetFilter );
    mStreets = new QTableWidget( 0, 4 );
    mStreets->setHorizontalHeaderLabels( { tr( "Street" ), tr( "Name" ), tr( "Class" ), tr( "Luminaires" ) } );
    mStreets->setEditTriggers( QAbstractItemView::NoEditTriggers );
    mStreets->setSelectionBehavior( QAbstractItemView::SelectRows );
    mStreets->setSelectionMode( QAbstractItemView::SingleSelection );
    mStreets->horizontalHeader()->setSectionResizeMode( 1, QHeaderView::Stretch );
    mStreets->verticalHeader()->hide();
    connect( mStreets, &QTableWidget::itemSelectionChanged, this,
             [this]
             {
               const QList<QTableWidgetItem *> selected = mStreets->selectedItems();
               if ( !selected.isEmpty() )
                 selectStreet( mStreets->item( selected.first()->row(), 0 )->data( Qt::UserRole ).toInt() );
             } );
    listLayout->addWidget( mStreets );
    streetsPage->addWidget( listPart );
    mExplanation = new QTextBrowser();
    mExplanation->setMinimumHeight( 160 );
    streetsPage->addWidget( mExplanation );
    mProfileChart = new ChartHolder( nullptr );
    streetsPage->addWidget( mProfileChart );
    streetsPage->setStretchFactor( 0, 1 );
    streetsPage->setStretchFactor( 1, 2 );
    streetsPage->setStretchFactor( 2, 2 );
    mTabs->addTab( streetsPage, tr( "Street profile" ) );

    updateCharts();
    updateBusy();
  }

  LightingPanel::~LightingPanel()
  {
    // a running optimisation is told to stop and dropped (its task deletes itself)
    if ( mRunState )
      mRunState->cancelled = true;
    ++mGeneration;
    removeLayers();
  }

  void LightingPanel::setMapCanvas( QgsMapCanvas *canvas )
  {
    mCanvas = canvas;
  }

  lighting::OptimisationParameters LightingPanel::parameters() const
  {
    lighting::OptimisationParameters p = mAnalysis ? mAnalysis->parameters : lighting::OptimisationParameters();
    p.retrofit.budgetPerYear = mBudget->value();
    p.retrofit.years = mYears->value();
    p.retrofit.byCabinet = mUnit->currentData().toBool();
    p.retrofit.ceePerLuminaire = mCee->value();
    p.retrofit.costPerLuminaire = mCostLuminaire->value();
    p.retrofit.costPerCabinet = mCostCabinet->value();
    p.energy.peakPrice = mPeakPrice->value();
    p.energy.offPeakPrice = mOffPeakPrice->value();
    p.energy.co2KgPerKwh = mCo2->value();
    if ( mSwitchOff->isChecked() )
    {
      p.switchOffStart = mSwitchOffStart->time().hour() * 60 + mSwitchOffStart->time().minute();
      p.switchOffEnd = mSwitchOffEnd->time().hour() * 60 + mSwitchOffEnd->time().minute();
    }
    else
      p.switchOffStart = p.switchOffEnd = 0;
    return p;
  }

  void LightingPanel::setParameters( const lighting::OptimisationParameters &p )
  {
    mBudget->setValue( p.retrofit.budgetPerYear );
    mYears->setValue( p.retrofit.years );
    mUnit->setCurrentIndex( p.retrofit.byCabinet ? 0 : 1 );
    mCee->setValue( p.retrofit.ceePerLuminaire );
    mCostLuminaire->setValue( p.retrofit.costPerLuminaire );
    mCostCabinet->setValue( p.retrofit.costPerCabinet );
    mPeakPrice->setValue( p.energy.peakPrice );
    mOffPeakPrice->setValue( p.energy.offPeakPrice );
    mCo2->setValue( p.energy.co2KgPerKwh );
    mSwitchOff->setChecked( p.hasSwitchOff() );
    mSwitchOffStart->setTime( p.hasSwitchOff() ? clock( p.switchOffStart ) : QTime( 1, 0 ) );
    mSwitchOffEnd->setTime( p.hasSwitchOff() ? clock( p.switchOffEnd ) : QTime( 5, 0 ) );
  }

  void LightingPanel::setTerritory( const QString &path )
  {
    const int generation = ++mGeneration;
    if ( mRunState )
      mRunState->cancelled = true; // a running optimisation of the previous territory stops
    mRunState.reset();
    mRunning = false;
    mLoading = true;
    mClock.start();
    mTerritoryLabel->setText( tr( "Territory: %1" ).arg( QFileInfo( path ).fileName() ) );
    updateBusy();
    auto loaded = std::make_shared<LightingAnalysis>();
    const lighting::OptimisationParameters p = parameters();
    BackgroundTask *task =
        new BackgroundTask( [path, p, loaded]( QString *error ) { return LightingAnalysis::load( path, p, loaded.get(), error ); } );
    connect( task, &BackgroundTask::finished, task, &QObject::deleteLater );
    connect( task, &BackgroundTask::finished, this,
             [this, loaded, generation]( bool ok, const QString &error )
             {
               if ( generation != mGeneration )
                 return;
               mLoading = false;
               if ( ok )
               {
                 setAnalysis( *loaded );
                 showStatus( tr( "%1 luminaires, %2 lit streets (%3 unlinked luminaires). Set the parameters and click Optimise." )
                                 .arg( number( mAnalysis->inventory.luminaires.size() ), number( mAnalysis->litStreetCount() ),
                                       number( mAnalysis->inventory.unlinked ) ) );
               }
               else
               {
                 mAnalysis.reset();
                 removeLayers();
                 updateResults();
                 updateCharts();
                 updateStreetList();
                 showStatus( error, true );
                 Q_EMIT errorOccurred( error );
               }
               updateBusy();
               Q_EMIT territoryLoaded( ok, error );
             } );
    // the task outlives a closed panel: it is not a child, it deletes itself when done
    task->start();
  }

  void LightingPanel::setAnalysis( const LightingAnalysis &analysis )
  {
    mAnalysis = std::make_shared<const LightingAnalysis>( analysis );
    if ( !mAnalysis->territoryPath.isEmpty() )
      mTerritoryLabel->setText( tr( "Territory: %1" ).arg( QFileInfo( mAnalysis->territoryPath ).fileName() ) );
    buildLayers();
    updateResults();
    updateCharts();
    updateStreetList();
    updateBusy();
  }

  bool LightingPanel::run()
  {
    if ( !mAnalysis || mLoading )
    {
      showStatus( tr( "Open a territory with street lighting first." ), true );
      return false;
    }
    if ( mRunning )
      return false;
    const int generation = ++mGeneration;
    mRunning = true;
    mClock.start();
    updateBusy();
    auto work = std::make_shared<LightingAnalysis>( *mAnalysis );
    const lighting::OptimisationParameters p = parameters();
    auto state = std::make_shared<LightingRunState>();
    mRunState = state;
    BackgroundTask *task = new BackgroundTask(
        [work, p, state]( QString *error )
        {
          lighting::OptimisationControl control;
          control.isCancelled = [state] { return state->cancelled.load(); };
          control.progress = [state]( double fraction, const QString &step )
          {
            state->permille = static_cast<int>( std::lround( fraction * 1000 ) );
            const QMutexLocker locker( &state->mutex );
            state->step = step;
          };
          return work->optimise( p, control, error ) == lighting::OptimisationStatus::Done;
        } );
    // the task deletes itself when done, even when the panel is gone
    connect( task, &BackgroundTask::finished, task, &QObject::deleteLater );
    connect( task, &BackgroundTask::finished, this,
             [this, work, generation, state]( bool ok, const QString &error )
             {
               if ( generation != mGeneration || state->cancelled )
                 return; // cancelled or superseded
               mRunning = false;
               mRunState.reset();
               if ( ok )
               {
                 mAnalysis = work;
                 LightingMap::updateResults( *mAnalysis, mStreetLayer, mLuminaireLayer );
                 updateResults();
                 updateCharts();
                 updateStreetList();
                 const lighting::OptimisationResult &r = mAnalysis->result;
                 showStatus( tr( "Optimised in %1 s: %2 % less energy, %3 % of street × band cells compliant." )
                                 .arg( number( r.seconds, 2 ), number( r.savingRatio * 100, 1 ), number( r.complianceRatio * 100, 2 ) ) );
                 logMessage( LogLevel::Info, QStringLiteral( "lighting" ),
                             QStringLiteral( "optimised %1 luminaires in %2 s, saving %3" )
                                 .arg( mAnalysis->inventory.luminaires.size() )
                                 .arg( r.seconds )
                                 .arg( r.savingRatio ) );
               }
               else
               {
                 showStatus( tr( "Optimisation failed: %1" ).arg( error ), true );
                 Q_EMIT errorOccurred( error );
               }
               updateBusy();
               Q_EMIT optimisationFinished( ok, error );
             } );
    task->start();
    return true;
  }

  void LightingPanel::cancel()
  {
    if ( !mRunning && !mLoading )
      return;
    // the worker polls the flag between streets and inside GLPK and stops within about 0.1 s;
    // the GUI is free at once and whatever the worker returns is dropped
    if ( mRunState )
      mRunState->cancelled = true;
    mRunState.reset();
    ++mGeneration;
    const bool wasLoading = mLoading;
    mRunning = false;
    mLoading = false;
    updateBusy();
    showStatus( wasLoading ? tr( "Loading cancelled." ) : tr( "Optimisation cancelled; the previous results are kept." ) );
    Q_EMIT optimisationCancelled();
  }

  void LightingPanel::removeLayers()
  {
    if ( !mProject )
      return;
    QgsLayerTreeGroup *root = mProject->layerTreeRoot();
    QStringList ids;
    for ( QgsVectorLayer *layer : { mStreetLayer.data(), mLuminaireLayer.data() } )
    {
      if ( layer )
        ids << layer->id();
    }
    if ( !ids.isEmpty() )
      mProject->removeMapLayers( ids );
    if ( QgsLayerTreeGroup *group = root->findGroup( tr( "Lighting analysis" ) ) )
    {
      if ( group->children().isEmpty() )
        root->removeChildNode( group );
    }
  }

  void LightingPanel::buildLayers()
  {
    removeLayers();
    if ( !mAnalysis || !mProject )
      return;
    const QgsCoordinateReferenceSystem crs = mProject->crs();
    mStreetLayer = LightingMap::createStreetLayer( *mAnalysis, crs );
    mLuminaireLayer = LightingMap::createLuminaireLayer( *mAnalysis, crs );
    LightingMap::updateResults( *mAnalysis, mStreetLayer, mLuminaireLayer );
    LightingMap::applyStyle( mStyle, mStreetLayer, mLuminaireLayer );
    mProject->addMapLayers( { mLuminaireLayer.data(), mStreetLayer.data() }, false );
    QgsLayerTreeGroup *root = mProject->layerTreeRoot();
    QgsLayerTreeGroup *group = root->findGroup( tr( "Lighting analysis" ) );
    if ( !group )
      group = root->insertGroup( 0, tr( "Lighting analysis" ) );
    group->addLayer( mLuminaireLayer );
    group->addLayer( mStreetLayer );
    // the analysis draws the luminaires: the territory's own luminaire layer would only hide it
    if ( QgsVectorLayer *own = TerritoryLayers::layer( mProject, QStringLiteral( "lighting:luminaires" ) ) )
    {
      if ( QgsLayerTreeLayer *node = root->findLayer( own->id() ) )
        node->setItemVisibilityChecked( false );
    }
  }

  void LightingPanel::setMapStyle( LightingMap::Style style )
  {
    mStyle = style;
    const int index = mStyleCombo->findData( static_cast<int>( style ) );
    if ( index >= 0 && index != mStyleCombo->currentIndex() )
    {
      mStyleCombo->setCurrentIndex( index ); // comes back here through the signal
      return;
    }
    LightingMap::applyStyle( style, mStreetLayer, mLuminaireLayer );
    if ( style == LightingMap::Style::Dimming && ( !mAnalysis || !mAnalysis->optimised ) )
      showStatus( tr( "No dimming proposed yet: every luminaire is at full power until you click Optimise." ) );
    if ( mCanvas )
      mCanvas->refresh();
  }

  void LightingPanel::updateResults()
  {
    static_cast<ComplianceModel *>( mCompliance )->setAnalysis( mAnalysis );
    mComplianceView->resizeColumnToContents( 0 );
    mPlan->setRowCount( 0 );
    for ( int r = 0; r < 3; ++r )
    {
      for ( int c = 0; c < 4; ++c )
        mResults->setItem( r, c, item( QString() ) );
    }
    if ( !mAnalysis || !mAnalysis->optimised )
    {
      mSummary->setText( mAnalysis ? tr( "Not optimised yet." ) : QString() );
      return;
    }
    const lighting::OptimisationResult &r = mAnalysis->result;
    const QList<const lighting::Figures *> columns = { &r.baseline, &r.dimmingOnly, &r.optimised };
    for ( int c = 0; c < 3; ++c )
    {
      mResults->setItem( 0, c, item( number( columns.at( c )->kwh ) ) );
      mResults->setItem( 1, c, item( number( columns.at( c )->eur ) ) );
      mResults->setItem( 2, c, item( number( columns.at( c )->tco2, 1 ) ) );
    }
    const auto saved = [&]( double before, double after )
    { return before > 0 ? number( 100 * ( 1 - after / before ), 1 ) + QStringLiteral( " %" ) : QString(); };
    mResults->setItem( 0, 3, item( saved( r.baseline.kwh, r.optimised.kwh ) ) );
    mResults->setItem( 1, 3, item( saved( r.baseline.eur, r.optimised.eur ) ) );
    mResults->setItem( 2, 3, item( saved( r.baseline.tco2, r.optimised.tco2 ) ) );
    mSummary->setText(
        tr( "<b>Investment</b> %1 € (CEE %2 €), <b>payback</b> %3 years, NPV %4 € (gap to the LP bound %5 %).<br>"
            "<b>Compliance</b>: %6 of %7 street × band cells (%8 %). %9 lit hours per year in %10 bands." )
            .arg( number( r.investment ), number( r.subsidies ), number( r.paybackYears, 1 ), number( r.npv ), number( r.gap * 100, 2 ) )
            .arg( number( r.compliantCells ), number( r.compliance.size() ), number( r.complianceRatio * 100, 2 ), number( r.yearlyHours ) )
            .arg( r.bands.size() ) );
    mPlan->setRowCount( r.plan.size() );
    for ( int y = 0; y < r.plan.size(); ++y )
    {
      const lighting::PlanYear &p = r.plan.at( y );
      mPlan->setItem( y, 0, item( QString::number( p.year ) ) );
      mPlan->setItem( y, 1, item( number( p.units ) ) );
      mPlan->item( y, 1 )->setToolTip( p.unitIds.join( QStringLiteral( ", " ) ) );
      mPlan->setItem( y, 2, item( number( p.luminaires ) ) );
      mPlan->setItem( y, 3, item( number( p.cost ) ) );
      mPlan->setItem( y, 4, item( number( p.subsidies ) ) );
      mPlan->setItem( y, 5, item( number( p.kwhSaved ) ) );
    }
  }

  void LightingPanel::updateCharts()
  {
    const LightingAnalysis empty;
    const LightingAnalysis &a = mAnalysis ? *mAnalysis : empty;
    mNightChart->replace( lightingcharts::nightPower( a ) );
    mSavingsChart->replace( lightingcharts::savingsPerYear( a ) );
    mInvestmentChart->replace( lightingcharts::investmentVsSavings( a ) );
    mProfileChart->replace( lightingcharts::streetProfile( a, mSelectedStreet ) );
  }

  void LightingPanel::updateStreetList()
  {
    const int selected = mSelectedStreet;
    const QSignalBlocker blocker( mStreets );
    mStreets->setSortingEnabled( false );
    mStreets->setRowCount( 0 );
    if ( !mAnalysis )
    {
      mSelectedStreet = -1;
      mExplanation->clear();
      return;
    }
    mStreets->setRowCount( mAnalysis->litStreetCount() );
    int row = 0;
    for ( int s = 0; s < mAnalysis->inventory.segments.size(); ++s )
    {
      if ( mAnalysis->segmentLuminaires.at( s ).isEmpty() )
        continue;
      const lighting::RoadSegment &segment = mAnalysis->inventory.segments.at( s );
      QTableWidgetItem *id = item( segment.id, false );
      id->setData( Qt::UserRole, s );
      mStreets->setItem( row, 0, id );
      mStreets->setItem( row, 1, item( segment.name, false ) );
      mStreets->setItem( row, 2, item( mAnalysis->classes.at( s ).design.lightingClass.name(), false ) );
      QTableWidgetItem *count = new QTableWidgetItem();
      count->setData( Qt::DisplayRole, mAnalysis->segmentLuminaires.at( s ).size() );
      mStreets->setItem( row, 3, count );
      ++row;
    }
    mStreets->setSortingEnabled( true );
    mSelectedStreet = -1;
    if ( selected >= 0 && selected < mAnalysis->inventory.segments.size() )
      selectStreet( selected );
  }

  void LightingPanel::selectStreet( int segment )
  {
    if ( !mAnalysis || segment < 0 || segment >= mAnalysis->inventory.segments.size() )
      return;
    mSelectedStreet = segment;
    const lighting::RoadSegment &s = mAnalysis->inventory.segments.at( segment );
    const lighting::SegmentClasses &c = mAnalysis->classes.at( segment );
    QString html = tr( "<h3>%1</h3><p><b>Class %2</b> (%3, %4 km/h, %5 vehicles/day%6). %7 luminaires.</p>" )
                       .arg( ( s.name.isEmpty() ? s.id : QStringLiteral( "%1 · %2" ).arg( s.name, s.id ) ).toHtmlEscaped(),
                             c.design.lightingClass.name(), lighting::roadCategoryName( s.category ), number( s.speedKmh ),
                             number( s.dailyTraffic ), s.measuredTraffic ? tr( ", counted" ) : tr( ", default for the road type" ) )
                       .arg( mAnalysis->segmentLuminaires.at( segment ).size() );
    html += tr( "<p><b>Why this class</b> (CEN/TR 13201-1 weighting):<br>%1</p>" )
                .arg( c.design.explanation.toHtmlEscaped().replace( QLatin1Char( '\n' ), QStringLiteral( "<br>" ) ) );
    if ( mAnalysis->optimised )
      html += tr( "<p><b>Proposed dimming</b>: %1</p>" ).arg( mAnalysis->streetProfileText( segment ).toHtmlEscaped() );
    mExplanation->setHtml( html );
    mProfileChart->replace( lightingcharts::streetProfile( *mAnalysis, segment ) );
    // select the row (without coming back here) and the street on the map
    {
      const QSignalBlocker blocker( mStreets );
      for ( int r = 0; r < mStreets->rowCount(); ++r )
      {
        if ( mStreets->item( r, 0 )->data( Qt::UserRole ).toInt() == segment )
        {
          mStreets->selectRow( r );
          break;
        }
      }
    }
    if ( mStreetLayer )
    {
      QgsFeatureIds ids;
      QgsFeature f;
      QgsFeatureIterator it =
          mStreetLayer->getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"segment\" = %1" ).arg( segment ) ) );
      while ( it.nextFeature( f ) )
        ids.insert( f.id() );
      mStreetLayer->selectByIds( ids );
      if ( mCanvas && !ids.isEmpty() && isVisible() )
      {
        mCanvas->zoomToSelected( mStreetLayer );
        mCanvas->refresh();
      }
    }
  }

  QgsVectorLayer *LightingPanel::streetLayer() const
  {
    return mStreetLayer;
  }

  QgsVectorLayer *LightingPanel::luminaireLayer() const
  {
    return mLuminaireLayer;
  }

  QString LightingPanel::explanationText() const
  {
    return mExplanation->toPlainText();
  }

  QAbstractTableModel *LightingPanel::complianceModel() const
  {
    return mCompliance;
  }

  QString LightingPanel::statusText() const
  {
    return mStatus->text();
  }

  void LightingPanel::updateBusy()
  {
    const bool busy = mRunning || mLoading;
    // the optimiser reports its fraction done; loading does not (busy indicator)
    mProgress->setRange( 0, mLoading ? 0 : 1000 );
    mProgress->setValue( mRunning && mRunState ? mRunState->permille.load() : 0 );
    mProgress->setVisible( busy );
    mCancelButton->setEnabled( busy );
    mRunButton->setEnabled( !busy && mAnalysis );
    mPdfButton->setEnabled( !busy && mAnalysis && mAnalysis->optimised );
    if ( busy )
      mTicker->start();
    else
      mTicker->stop();
  }

  void LightingPanel::showStatus( const QString &text, bool error )
  {
    mStatus->setText( text );
    mStatus->setStyleSheet( error ? QStringLiteral( "color: #b00020;" ) : QString() );
  }

  bool LightingPanel::exportPdf( const QString &path, int *pageCount, QString *errorMessage )
  {
    if ( !mAnalysis || !mProject )
    {
      if ( errorMessage )
        *errorMessage = tr( "no lighting analysis to report" );
      return false;
    }
    // the map shows the analysis over the territory's visible base layers
    QList<QgsMapLayer *> mapLayers;
    const QList<QgsMapLayer *> ordered = mProject->layerTreeRoot()->layerOrder();
    for ( QgsMapLayer *layer : ordered )
    {
      QgsLayerTreeLayer *node = mProject->layerTreeRoot()->findLayer( layer->id() );
      if ( node && node->isVisible() )
        mapLayers << layer;
    }
    QList<QgsMapLayer *> legendLayers;
    if ( mStyle == LightingMap::Style::Class || mStyle == LightingMap::Style::Dimming )
      legendLayers << mStreetLayer.data();
    if ( mStyle != LightingMap::Style::Class )
      legendLayers << mLuminaireLayer.data();
    legendLayers.removeAll( nullptr );
    return LightingReport::exportPdf( *mAnalysis, mProject, mapLayers, legendLayers, path, pageCount, errorMessage );
  }

  void LightingPanel::exportPdfDialog()
  {
    const QString suggested = mAnalysis && !mAnalysis->territoryPath.isEmpty()
                                  ? QFileInfo( mAnalysis->territoryPath )
                                        .absoluteDir()
                                        .filePath( QFileInfo( mAnalysis->territoryPath ).completeBaseName() + tr( "-lighting.pdf" ) )
                                  : QString();
    const QString path = QFileDialog::getSaveFileName( this, tr( "Street lighting report" ), suggested, tr( "PDF files (*.pdf)" ) );
    if ( path.isEmpty() )
      return;
    QString error;
    int pages = 0;
    if ( !exportPdf( path, &pages, &error ) )
    {
      showStatus( tr( "The report was not written: %1" ).arg( error ), true );
      Q_EMIT errorOccurred( error );
      return;
    }
    showStatus( tr( "Report written: %1 (%2 pages)" ).arg( QDir::toNativeSeparators( path ) ).arg( pages ) );
  }

  LightingPanel *installLightingPanel( MainWindow *window )
  {
    LightingPanel *panel = new LightingPanel( window->project(), window );
    panel->setObjectName( QStringLiteral( "lightingPanel" ) );
    panel->setMapCanvas( window->mapCanvas() );
    QDockWidget *dock =
        addHiddenDock( window, LightingPanel::tr( "Street lighting" ), QStringLiteral( "lightingDock" ), panel, Qt::RightDockWidgetArea );
    QMenu *menu = addDomainMenu( window, LightingPanel::tr( "&Lighting" ), dock, LightingPanel::tr( "&Show the lighting panel" ) );
    menu->addAction( LightingPanel::tr( "&Optimise" ), panel, [panel] { panel->run(); } );
    menu->addAction( LightingPanel::tr( "&PDF report…" ), panel, &LightingPanel::exportPdfDialog );
    // a territory without street lighting leaves the panel empty, with the loader's reason
    // loaded when the dock is first shown for a territory: building the analysis layers of
    // 30,000 luminaires costs the GUI thread about a second, which users who never open the
    // panel should not pay while they work on the map
    loadTerritoryWhenDockShown( window, dock, panel, [panel]( const QString &path ) { panel->setTerritory( path ); } );
    QObject::connect( panel, &LightingPanel::errorOccurred, window,
                      [window]( const QString &text ) { window->statusBar()->showMessage( text, 10000 ); } );
    return panel;
  }
} // namespace vigie
