// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadmappanel.h"

#include "backgroundtask.h"
#include "interop.h"
#include "log.h"
#include "mainwindow.h"
#include "merge.h"
#include "roadmapcharts.h"
#include "roadmapfile.h"
#include "roadmapgantt.h"
#include "roadmapmergedialog.h"
#include "roadmapprojectdialog.h"
#include "roadmapreport.h"
#include "territory.h"

#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsrubberband.h>
#include <qgsvectorlayer.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>

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
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace vigie
{
  using namespace vigie::roadmap;

  namespace
  {
    const QString kTopic = QStringLiteral( "roadmap" );

    QString euros( double value )
    {
      return QLocale().toString( value, 'f', 0 ) + QStringLiteral( " \u20ac" );
    }

    QString projectName( const Project &p )
    {
      return QStringLiteral( "\u00ab%1\u00bb" ).arg( p.title );
    }

    QString now()
    {
      return QDateTime::currentDateTimeUtc().toString( Qt::ISODate );
    }
  } // namespace

  RoadmapPanel::RoadmapPanel( QWidget *parent )
      : QWidget( parent )
  {
    mAuthor = qEnvironmentVariable( "USER", qEnvironmentVariable( "USERNAME", tr( "Vigie user" ) ) );

    mTitleLabel = new QLabel( tr( "No roadmap: open a territory." ) );
    QFont titleFont = mTitleLabel->font();
    titleFont.setBold( true );
    mTitleLabel->setFont( titleFont );
    mTitleLabel->setWordWrap( true );

    QToolBar *actions = new QToolBar;
    actions->setToolButtonStyle( Qt::ToolButtonTextOnly );
    actions->addAction( tr( "Add" ), this, &RoadmapPanel::addProjectDialog )->setToolTip( tr( "Add a project" ) );
    actions->addAction( tr( "Edit" ), this, &RoadmapPanel::editSelectedDialog )->setToolTip( tr( "Edit the selected project (or double-click its bar)" ) );
    actions->addAction( tr( "Remove" ), this, &RoadmapPanel::removeSelected )->setToolTip( tr( "Remove the selected project" ) );
    actions->addSeparator();
    QAction *schedule = actions->addAction( tr( "Schedule" ), this, &RoadmapPanel::runSchedule );
    schedule->setToolTip( tr( "Plan the starts under the yearly caps and the dependencies (MILP, GLPK)" ) );
    actions->addAction( tr( "Baseline" ), this, &RoadmapPanel::saveBaseline )->setToolTip( tr( "Save the current plan as the baseline" ) );
    actions->addSeparator();
    actions->addAction( tr( "Merge…" ), this, &RoadmapPanel::mergeDialog )->setToolTip( tr( "Three-way merge of roadmap files edited offline" ) );
    actions->addAction( tr( "Open file…" ), this, &RoadmapPanel::openFileDialog )->setToolTip( tr( "Replace the territory's roadmap by a roadmap file (e.g. a merge result)" ) );
    actions->addAction( tr( "Export…" ), this, &RoadmapPanel::exportFileDialog )->setToolTip( tr( "Roadmap file, CSV, iCalendar or GanttProject" ) );
    QAction *report = actions->addAction( tr( "PDF report…" ), this, &RoadmapPanel::reportDialog );
    report->setToolTip( tr( "Title, Gantt, budget per year, ranking and critical path, one page each" ) );

    mProgress = new QProgressBar;
    mProgress->setRange( 0, 100 );
    mProgress->setMaximumHeight( 14 );
    mProgress->hide();
    mStatusLabel = new QLabel;
    mStatusLabel->setWordWrap( true );
    mStatusLabel->setTextInteractionFlags( Qt::TextSelectableByMouse );

    // timeline
    mGantt = new RoadmapGanttView;
    mDetails = new QTextBrowser;
    mDetails->setMinimumHeight( 90 );
    QSplitter *timeline = new QSplitter( Qt::Vertical );
    timeline->addWidget( mGantt );
    timeline->addWidget( mDetails );
    timeline->setStretchFactor( 0, 4 );
    timeline->setStretchFactor( 1, 1 );
    connect( mGantt, &RoadmapGanttView::projectSelected, this, &RoadmapPanel::selectProject );
    connect( mGantt, &RoadmapGanttView::projectActivated, this, [this]( const QString &id ) {
      selectProject( id );
      editSelectedDialog();
    } );
    connect( mGantt, &RoadmapGanttView::moveRequested, this, [this]( const QString &id, const YearMonth &start ) {
      QString error;
      if ( !moveProject( id, start, &error ) )
        showError( error );
    } );

    // priorities
    QWidget *priorities = new QWidget;
    QVBoxLayout *prioritiesLayout = new QVBoxLayout( priorities );
    QHBoxLayout *weights = new QHBoxLayout;
    const QStringList weightNames = { tr( "Impact" ), tr( "Cost" ), tr( "Feasibility" ), tr( "Citizen demand" ) };
    for ( const QString &name : weightNames )
    {
      QDoubleSpinBox *box = new QDoubleSpinBox;
      box->setRange( 0, 100 );
      box->setDecimals( 2 );
      box->setSingleStep( 0.05 );
      box->setToolTip( tr( "Weight of %1 (weights are normalised to a sum of 1)" ).arg( name ) );
      weights->addWidget( new QLabel( name ) );
      weights->addWidget( box );
      mWeightBoxes << box;
      connect( box, qOverload<double>( &QDoubleSpinBox::valueChanged ), this, [this] {
        if ( mUpdatingWidgets )
          return;
        Weights w{ mWeightBoxes.at( 0 )->value(), mWeightBoxes.at( 1 )->value(), mWeightBoxes.at( 2 )->value(), mWeightBoxes.at( 3 )->value() };
        QString error;
        if ( !setWeights( w, &error ) )
          showError( error );
      } );
    }
    weights->addStretch();
    mRankingTable = new QTableWidget( 0, 4 );
    mRankingTable->setHorizontalHeaderLabels( { tr( "Rank" ), tr( "Project" ), tr( "Score" ), tr( "Matrix" ) } );
    mRankingTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
    mRankingTable->setSelectionBehavior( QAbstractItemView::SelectRows );
    mRankingTable->setSelectionMode( QAbstractItemView::SingleSelection );
    mRankingTable->verticalHeader()->hide();
    mRankingTable->horizontalHeader()->setSectionResizeMode( 1, QHeaderView::Stretch );
    connect( mRankingTable, &QTableWidget::itemSelectionChanged, this, [this] {
      if ( mUpdatingWidgets )
        return;
      const int row = mRankingTable->currentRow();
      if ( row >= 0 && row < mRanking.size() )
        selectProject( mRanking.at( row ).id );
    } );
    mExplanation = new QLabel;
    mExplanation->setWordWrap( true );
    mExplanation->setTextInteractionFlags( Qt::TextSelectableByMouse );
    mMatrix = new RoadmapMatrixChart;
    QSplitter *prioritySplit = new QSplitter( Qt::Horizontal );
    prioritySplit->addWidget( mRankingTable );
    prioritySplit->addWidget( mMatrix );
    prioritiesLayout->addLayout( weights );
    prioritiesLayout->addWidget( prioritySplit, 1 );
    prioritiesLayout->addWidget( mExplanation );

    // budget
    QWidget *budget = new QWidget;
    QVBoxLayout *budgetLayout = new QVBoxLayout( budget );
    mBudgetChart = new RoadmapBudgetChart;
    mCapsTable = new QTableWidget( 0, 5 );
    mCapsTable->setHorizontalHeaderLabels( { tr( "Year" ), tr( "Cap (€)" ), tr( "Committed" ), tr( "Planned" ), tr( "Margin" ) } );
    mCapsTable->verticalHeader()->hide();
    mCapsTable->horizontalHeader()->setSectionResizeMode( QHeaderView::Stretch );
    mCapsTable->setToolTip( tr( "Edit a cap (empty: no cap). A cap below the spending already committed that year is refused." ) );
    connect( mCapsTable, &QTableWidget::itemChanged, this, [this]( QTableWidgetItem *item ) {
      if ( mUpdatingWidgets || item->column() != 1 )
        return;
      const int year = mCapsTable->item( item->row(), 0 )->text().toInt();
      QString text = item->text().trimmed();
      text.remove( QLatin1Char( ' ' ) ).remove( QChar( 0x202f ) ).remove( QChar( 0xa0 ) ).remove( QStringLiteral( "\u20ac" ) );
      bool ok = text.isEmpty();
      const double value = text.isEmpty() ? -1 : QLocale().toDouble( text, &ok );
      const double cValue = ok ? value : QLocale::c().toDouble( text, &ok );
      QString error;
      if ( !ok )
        error = tr( "Budget cap for %1: \"%2\" is not an amount" ).arg( year ).arg( item->text() );
      if ( !ok || !setCap( year, cValue, &error ) )
      {
        showError( error );
        refreshCaps();
      }
    } );
    budgetLayout->addWidget( mBudgetChart, 2 );
    budgetLayout->addWidget( mCapsTable, 1 );

    // KPIs
    QWidget *kpis = new QWidget;
    QVBoxLayout *kpiLayout = new QVBoxLayout( kpis );
    mKpiChart = new RoadmapKpiChart;
    mKpiTable = new QTableWidget( 0, 4 );
    mKpiTable->setHorizontalHeaderLabels( { tr( "KPI" ), tr( "Target" ), tr( "Unit" ), tr( "Measured" ) } );
    mKpiTable->verticalHeader()->hide();
    mKpiTable->horizontalHeader()->setSectionResizeMode( 0, QHeaderView::Stretch );
    mKpiTable->setToolTip( tr( "Enter the measured value of a KPI in the last column" ) );
    connect( mKpiTable, &QTableWidget::itemChanged, this, [this]( QTableWidgetItem *item ) {
      if ( mUpdatingWidgets || item->column() != 3 )
        return;
      bool ok = false;
      const double value = QLocale().toDouble( item->text(), &ok );
      const double cValue = ok ? value : QLocale::c().toDouble( item->text(), &ok );
      QString error;
      const QString kpi = mKpiTable->item( item->row(), 0 )->text();
      if ( !ok )
        error = tr( "KPI \"%1\": \"%2\" is not a number" ).arg( kpi, item->text() );
      if ( !ok || !setKpiActual( mSelected, kpi, cValue, &error ) )
      {
        showError( error );
        refreshKpis();
      }
    } );
    kpiLayout->addWidget( mKpiChart, 2 );
    kpiLayout->addWidget( mKpiTable, 1 );

    mTabs = new QTabWidget;
    mTabs->addTab( timeline, tr( "Timeline" ) );
    mTabs->addTab( priorities, tr( "Priorities" ) );
    mTabs->addTab( budget, tr( "Budget" ) );
    mTabs->addTab( kpis, tr( "KPIs" ) );

    QVBoxLayout *layout = new QVBoxLayout( this );
    layout->setContentsMargins( 4, 4, 4, 4 );
    layout->addWidget( mTitleLabel );
    layout->addWidget( actions );
    layout->addWidget( mTabs, 1 );
    layout->addWidget( mProgress );
    layout->addWidget( mStatusLabel );
    recompute();
  }

  RoadmapPanel::~RoadmapPanel()
  {
    const QList<BackgroundTask *> tasks = findChildren<BackgroundTask *>();
    for ( BackgroundTask *task : tasks )
      task->waitForFinished();
    clearHighlight();
  }

  bool RoadmapPanel::setTerritory( const QString &path, QString *errorMessage )
  {
    StoredRoadmap stored;
    bool found = false;
    QString error;
    mTerritoryPath.clear();
    mSchedule = Schedule();
    if ( !loadRoadmapFromTerritory( path, &stored, &error, &found ) )
    {
      mRoadmap = Roadmap();
      mSettings = RoadmapSettings();
      recompute();
      showError( error );
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    mTerritoryPath = path;
    if ( !found )
    {
      stored.roadmap.name = tr( "Roadmap" );
      stored.roadmap.territory = QFileInfo( path ).completeBaseName();
    }
    mRoadmap = stored.roadmap;
    mSettings = stored.settings;
    mSelected.clear();
    recompute();
    setStatus( found ? tr( "Roadmap of %1: %2 projects (saved %3)." ).arg( QDir::toNativeSeparators( path ) ).arg( mRoadmap.projects.size() ).arg( stored.updated )
                     : tr( "%1 has no roadmap yet: add projects or open a roadmap file." ).arg( QDir::toNativeSeparators( path ) ) );
    return true;
  }

  void RoadmapPanel::setRoadmap( const Roadmap &roadmap, const RoadmapSettings &settings )
  {
    mRoadmap = roadmap;
    mSettings = settings;
    mSchedule = Schedule();
    if ( !mRoadmap.project( mSelected ) )
      mSelected.clear();
    recompute();
  }

  bool RoadmapPanel::saveToTerritory( QString *errorMessage )
  {
    if ( mTerritoryPath.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = tr( "No territory is open: the roadmap is not saved." );
      return false;
    }
    return saveRoadmapToTerritory( mTerritoryPath, mRoadmap, mSettings, errorMessage );
  }

  void RoadmapPanel::setMapCanvas( QgsMapCanvas *canvas )
  {
    clearHighlight();
    mCanvas = canvas;
  }

  bool RoadmapPanel::commit( const Roadmap &changed, const RoadmapSettings &settings, QString *errorMessage )
  {
    QString error;
    if ( !checkRoadmapForStore( changed, settings, &error ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    Roadmap next = changed;
    const QList<ChangeLogEntry> entries = describeChanges( mRoadmap, changed, mAuthor, now() );
    for ( const ChangeLogEntry &entry : entries )
      next.addChange( entry );
    if ( !mTerritoryPath.isEmpty() && !saveRoadmapToTerritory( mTerritoryPath, next, settings, &error ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    mRoadmap = next;
    mSettings = settings;
    mSchedule = Schedule();
    recompute();
    emit roadmapChanged();
    return true;
  }

  void RoadmapPanel::recompute()
  {
    QString error;
    mCriticalPath = CriticalPath();
    if ( !computeCriticalPath( mRoadmap, &mCriticalPath, &error ) )
      setStatus( error );
    mRanking.clear();
    if ( !rankProjects( mRoadmap, mSettings.weights, &mRanking, &error ) )
      setStatus( error );
    mShownBudgets = planBudgets( mRoadmap, mSettings.caps );
    refreshViews();
  }

  void RoadmapPanel::refreshViews()
  {
    mTitleLabel->setText( mRoadmap.name.isEmpty() && mTerritoryPath.isEmpty() ? tr( "No roadmap: open a territory." )
                                                                              : tr( "%1 — %2 projects, ends %3" )
                                                                                    .arg( mRoadmap.name.isEmpty() ? tr( "Roadmap" ) : mRoadmap.name )
                                                                                    .arg( mRoadmap.projects.size() )
                                                                                    .arg( mCriticalPath.finish.toString() ) );
    mGantt->setRoadmap( mRoadmap, mCriticalPath );
    mGantt->setSelectedProject( mSelected );
    refreshRanking();
    mBudgetChart->setBudgets( mShownBudgets );
    refreshCaps();
    refreshKpis();
    refreshDetails();
    highlightOnMap();
  }

  void RoadmapPanel::refreshRanking()
  {
    mUpdatingWidgets = true;
    const QList<double> w = { mSettings.weights.impact, mSettings.weights.cost, mSettings.weights.feasibility, mSettings.weights.demand };
    for ( int i = 0; i < mWeightBoxes.size(); ++i )
      mWeightBoxes.at( i )->setValue( w.at( i ) );
    mRankingTable->setRowCount( mRanking.size() );
    for ( int i = 0; i < mRanking.size(); ++i )
    {
      const RankedProject &r = mRanking.at( i );
      const QStringList cells = { QString::number( r.rank ), r.title, QLocale().toString( r.score, 'f', 1 ), matrixClassDisplayName( r.matrixClass ) };
      for ( int c = 0; c < cells.size(); ++c )
      {
        QTableWidgetItem *item = new QTableWidgetItem( cells.at( c ) );
        item->setToolTip( r.explanation );
        mRankingTable->setItem( i, c, item );
      }
      if ( r.id == mSelected )
        mRankingTable->selectRow( i );
    }
    mRankingTable->resizeColumnToContents( 0 );
    mMatrix->setRanking( mRanking, mRoadmap );
    mExplanation->setText( explanationText() );
    mUpdatingWidgets = false;
  }

  void RoadmapPanel::refreshCaps()
  {
    mUpdatingWidgets = true;
    mCapsTable->setRowCount( mShownBudgets.size() );
    for ( int i = 0; i < mShownBudgets.size(); ++i )
    {
      const YearBudget &b = mShownBudgets.at( i );
      const double total = b.committed + b.planned;
      const QStringList cells = { QString::number( b.year ), b.capped ? QLocale().toString( b.cap, 'f', 0 ) : QString(), euros( b.committed ),
                                  euros( b.planned ), b.capped ? euros( b.cap - total ) : tr( "no cap" ) };
      for ( int c = 0; c < cells.size(); ++c )
      {
        // items are updated in place: this runs from the table's own itemChanged()
        QTableWidgetItem *item = mCapsTable->item( i, c );
        if ( !item )
        {
          item = new QTableWidgetItem;
          if ( c != 1 )
            item->setFlags( item->flags() & ~Qt::ItemIsEditable );
          mCapsTable->setItem( i, c, item );
        }
        item->setText( cells.at( c ) );
        item->setForeground( c == 4 && b.capped && total > b.cap + 0.5 ? QColor( 0xb0, 0x00, 0x20 ) : mCapsTable->palette().color( QPalette::Text ) );
      }
    }
    mUpdatingWidgets = false;
  }

  void RoadmapPanel::refreshKpis()
  {
    mUpdatingWidgets = true;
    const Project *p = mRoadmap.project( mSelected );
    const QMap<QString, double> actuals = p ? mSettings.kpiActuals.value( p->id ) : QMap<QString, double>();
    mKpiChart->setProject( p, actuals );
    mKpiTable->setRowCount( p ? p->benefits.size() : 0 );
    for ( int i = 0; p && i < p->benefits.size(); ++i )
    {
      const Benefit &b = p->benefits.at( i );
      const QStringList cells = { b.kpi, QLocale().toString( b.target, 'g', 12 ), b.unit,
                                  actuals.contains( b.kpi ) ? QLocale().toString( actuals.value( b.kpi ), 'g', 12 ) : QString() };
      for ( int c = 0; c < cells.size(); ++c )
      {
        QTableWidgetItem *item = mKpiTable->item( i, c );
        if ( !item )
        {
          item = new QTableWidgetItem;
          if ( c != 3 )
            item->setFlags( item->flags() & ~Qt::ItemIsEditable );
          mKpiTable->setItem( i, c, item );
        }
        item->setText( cells.at( c ) );
      }
    }
    mUpdatingWidgets = false;
  }

  void RoadmapPanel::refreshDetails()
  {
    const Project *p = mRoadmap.project( mSelected );
    if ( !p )
    {
      mDetails->setHtml( tr( "<p>Select a project (click its bar) to see its details and its linked features on the map. "
                             "Drag a bar to move the project; double-click it to edit.</p>"
                             "<p><b>Critical path</b> (red): %1</p>" )
                             .arg( [this] {
                               QStringList titles;
                               for ( const QString &id : mCriticalPath.path )
                                 if ( const Project *c = mRoadmap.project( id ) )
                                   titles << c->title.toHtmlEscaped();
                               return titles.join( QStringLiteral( " → " ) );
                             }() ) );
      return;
    }
    QStringList funding;
    for ( const FundingSource &f : p->funding )
      funding << QStringLiteral( "%1 %2" ).arg( f.source.toHtmlEscaped(), euros( f.amount ) );
    QString variance;
    for ( const BaselineVariance &v : compareToBaseline( mRoadmap ) )
      if ( v.id == p->id && v.inBaseline )
        variance = tr( "Baseline: start slip %1 month(s), finish slip %2, capex variance %3" ).arg( v.startSlipMonths ).arg( v.finishSlipMonths ).arg( euros( v.capexVariance ) );
    QString critical;
    for ( const CriticalPathEntry &e : mCriticalPath.entries )
      if ( e.id == p->id )
        critical = e.critical ? tr( "on the critical path" ) : tr( "slack: %1 month(s)" ).arg( e.slackMonths );
    mDetails->setHtml( QStringLiteral( "<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p><p>%5</p><p>%6</p>" )
                           .arg( p->title.toHtmlEscaped(),
                                 tr( "%1 · %2 · %3 → %4 (%5 months) · %6" )
                                     .arg( domainDisplayName( p->domain ), statusDisplayName( p->status ), p->start.toString(),
                                           p->start.addMonths( p->durationMonths - 1 ).toString() )
                                     .arg( p->durationMonths )
                                     .arg( critical ),
                                 tr( "Capex %1, opex %2 per year. Funding: %3" ).arg( euros( p->capex ), euros( p->opexPerYear ), funding.join( QStringLiteral( ", " ) ) ),
                                 p->description.toHtmlEscaped(),
                                 tr( "Owner: %1. Consulted: %2. Linked on the map: %3 feature(s)." )
                                     .arg( p->owner.toHtmlEscaped(), p->stakeholders.join( QStringLiteral( ", " ) ).toHtmlEscaped() )
                                     .arg( mHighlighted ),
                                 variance ) );
  }

  QString RoadmapPanel::explanationText() const
  {
    for ( const RankedProject &r : mRanking )
      if ( r.id == mSelected )
        return r.explanation;
    return tr( "Weights %1. Select a project to see how its score is made." ).arg( mSettings.weights.toString() );
  }

  QString RoadmapPanel::statusText() const
  {
    return mStatusLabel->text();
  }

  void RoadmapPanel::selectProject( const QString &id )
  {
    if ( id == mSelected )
      return;
    mSelected = mRoadmap.project( id ) ? id : QString();
    mGantt->setSelectedProject( mSelected );
    mUpdatingWidgets = true;
    for ( int i = 0; i < mRanking.size(); ++i )
      if ( mRanking.at( i ).id == mSelected )
        mRankingTable->selectRow( i );
    mUpdatingWidgets = false;
    mExplanation->setText( explanationText() );
    refreshKpis();
    highlightOnMap();
    refreshDetails();
  }

  bool RoadmapPanel::validateProject( const Project &project, QString *errorMessage ) const
  {
    Roadmap changed = mRoadmap;
    if ( Project *existing = changed.project( project.id ) )
      *existing = project;
    else
      changed.projects.append( project );
    QString error;
    if ( !checkRoadmapForStore( changed, mSettings, &error ) )
    {
      if ( errorMessage )
        *errorMessage = tr( "Project %1 not changed: %2" ).arg( projectName( project ), error );
      return false;
    }
    return true;
  }

  bool RoadmapPanel::updateProject( const Project &project, QString *errorMessage )
  {
    if ( !validateProject( project, errorMessage ) )
      return false;
    Roadmap changed = mRoadmap;
    if ( Project *existing = changed.project( project.id ) )
      *existing = project;
    else
      changed.projects.append( project );
    changed.normalise();
    return commit( changed, mSettings, errorMessage );
  }

  bool RoadmapPanel::removeProject( const QString &id, QString *errorMessage )
  {
    const Project *p = mRoadmap.project( id );
    if ( !p )
    {
      if ( errorMessage )
        *errorMessage = tr( "There is no project %1" ).arg( id );
      return false;
    }
    for ( const Project &other : mRoadmap.projects )
      if ( other.dependencies.contains( id ) )
      {
        if ( errorMessage )
          *errorMessage = tr( "Project %1 not removed: project %2 depends on it (field \"dependencies\")" ).arg( projectName( *p ), projectName( other ) );
        return false;
      }
    Roadmap changed = mRoadmap;
    changed.projects.removeAt( changed.indexOf( id ) );
    RoadmapSettings settings = mSettings;
    settings.kpiActuals.remove( id );
    if ( mSelected == id )
      mSelected.clear();
    return commit( changed, settings, errorMessage );
  }

  bool RoadmapPanel::moveProject( const QString &id, const YearMonth &start, QString *errorMessage )
  {
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    const Project *moved = mRoadmap.project( id );
    if ( !moved )
      return fail( tr( "There is no project %1" ).arg( id ) );
    if ( moved->isCommitted() )
      return fail( tr( "Project %1, field \"start\": the project is %2, its dates are fixed" ).arg( projectName( *moved ), statusDisplayName( moved->status ) ) );
    if ( !start.isValid() )
      return fail( tr( "Project %1, field \"start\": not a valid month" ).arg( projectName( *moved ) ) );
    Roadmap changed = mRoadmap;
    QString note;
    auto earliest = [&changed]( const Project &p )
    {
      int month = 0;
      for ( const QString &dependency : p.dependencies )
        if ( const Project *d = changed.project( dependency ) )
          if ( d->status != Status::Cancelled )
          {
            const YearMonth s = d->isCommitted() && d->actualStart.isValid() ? d->actualStart : d->start;
            month = std::max( month, s.monthIndex() + d->durationMonths );
          }
      return month;
    };
    Project *target = changed.project( id );
    target->start = start;
    if ( earliest( *target ) > start.monthIndex() )
    {
      target->start = YearMonth::fromMonthIndex( earliest( *target ) );
      note = tr( "%1 starts after its predecessors end: moved to %2." ).arg( projectName( *target ), target->start.toString() );
    }
    // successors that would now start too early move later, in dependency order
    QStringList pushed;
    for ( int pass = 0; pass < changed.projects.size(); ++pass )
    {
      bool again = false;
      for ( Project &p : changed.projects )
      {
        if ( p.status == Status::Cancelled || p.id == id )
          continue;
        const int need = earliest( p );
        if ( need > p.start.monthIndex() )
        {
          if ( p.isCommitted() )
            return fail( tr( "Project %1, field \"start\": moving it to %2 would delay %3, which is %4 (its dates are fixed)" )
                             .arg( projectName( *moved ), start.toString(), projectName( p ), statusDisplayName( p.status ) ) );
          p.start = YearMonth::fromMonthIndex( need );
          if ( !pushed.contains( p.title ) )
            pushed << p.title;
          again = true;
        }
      }
      if ( !again )
        break;
    }
    if ( !pushed.isEmpty() )
      note += QLatin1Char( ' ' ) + tr( "Moved later to keep the dependency order: %1." ).arg( pushed.join( QStringLiteral( ", " ) ) );
    if ( !commit( changed, mSettings, errorMessage ) )
      return false;
    setStatus( tr( "%1 now starts %2." ).arg( projectName( *mRoadmap.project( id ) ), mRoadmap.project( id )->start.toString() ) + QLatin1Char( ' ' ) + note );
    return true;
  }

  bool RoadmapPanel::setCap( int year, double cap, QString *errorMessage )
  {
    RoadmapSettings settings = mSettings;
    if ( cap < 0 )
      settings.caps.remove( year );
    else
      settings.caps.insert( year, cap );
    QString error;
    if ( !commit( mRoadmap, settings, &error ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    return true;
  }

  bool RoadmapPanel::setWeights( const Weights &weights, QString *errorMessage )
  {
    QList<RankedProject> check;
    QString error;
    if ( !rankProjects( mRoadmap, weights, &check, &error ) )
    {
      if ( errorMessage )
        *errorMessage = tr( "Ranking weights: %1" ).arg( error );
      return false;
    }
    RoadmapSettings settings = mSettings;
    settings.weights = weights;
    return commit( mRoadmap, settings, errorMessage );
  }

  bool RoadmapPanel::setKpiActual( const QString &projectId, const QString &kpi, double value, QString *errorMessage )
  {
    const Project *p = mRoadmap.project( projectId );
    if ( !p || std::none_of( p->benefits.cbegin(), p->benefits.cend(), [&kpi]( const Benefit &b ) { return b.kpi == kpi; } ) )
    {
      if ( errorMessage )
        *errorMessage = tr( "Project %1 has no KPI \"%2\"" ).arg( p ? projectName( *p ) : projectId, kpi );
      return false;
    }
    if ( !std::isfinite( value ) )
    {
      if ( errorMessage )
        *errorMessage = tr( "Project %1, KPI \"%2\": not a number" ).arg( projectName( *p ), kpi );
      return false;
    }
    RoadmapSettings settings = mSettings;
    settings.kpiActuals[projectId].insert( kpi, value );
    return commit( mRoadmap, settings, errorMessage );
  }

  void RoadmapPanel::runSchedule()
  {
    if ( mSettings.caps.isEmpty() )
    {
      showError( tr( "Schedule: set the yearly budget caps first (Budget tab)." ) );
      emit scheduleFinished( false, mLastError );
      return;
    }
    ScheduleOptions options;
    options.caps = mSettings.caps;
    options.weights = mSettings.weights;
    options.timeLimitSeconds = 30;
    const Roadmap input = mRoadmap;
    auto result = std::make_shared<Schedule>();
    BackgroundTask *task = new BackgroundTask( [input, options, result]( QString *error ) { return scheduleRoadmap( input, options, result.get(), error ); }, this );
    ++mRunning;
    updateBusy();
    setStatus( tr( "Scheduling under the caps…" ) );
    connect( task, &BackgroundTask::finished, this, [this, task, input, result]( bool ok, const QString &error ) {
      task->deleteLater();
      --mRunning;
      updateBusy();
      QString message = error;
      if ( ok && input != mRoadmap )
      {
        ok = false;
        message = tr( "The roadmap changed while scheduling: schedule again." );
      }
      if ( ok )
      {
        Roadmap planned = mRoadmap;
        applySchedule( planned, *result );
        ok = commit( planned, mSettings, &message );
      }
      if ( !ok )
      {
        showError( tr( "Schedule: %1" ).arg( message ) );
        emit scheduleFinished( false, mLastError );
        return;
      }
      mSchedule = *result;
      mShownBudgets = mSchedule.years;
      mBudgetChart->setBudgets( mShownBudgets );
      refreshCaps();
      int unscheduled = 0;
      for ( const ScheduledProject &s : mSchedule.projects )
        unscheduled += s.scheduled ? 0 : 1;
      setStatus( ( mSchedule.optimal ? tr( "Optimal plan applied." ) : tr( "Feasible plan applied (time limit reached)." ) ) + QLatin1Char( ' ' ) +
                 tr( "%1 project(s) could not be scheduled under the caps." ).arg( unscheduled ) );
      emit scheduleFinished( true, QString() );
    } );
    task->start();
  }

  void RoadmapPanel::exportReport( const QString &pdfPath )
  {
    const Roadmap roadmap = mRoadmap;
    const RoadmapSettings settings = mSettings;
    QPointer<RoadmapPanel> self( this );
    auto progress = [self]( int percent ) {
      QMetaObject::invokeMethod( qApp, [self, percent] {
        if ( self )
          self->mProgress->setValue( percent );
      }, Qt::QueuedConnection );
    };
    BackgroundTask *task = new BackgroundTask( [roadmap, settings, pdfPath, progress]( QString *error ) { return writeRoadmapReport( roadmap, settings, pdfPath, error, progress ); }, this );
    ++mRunning;
    mProgress->setValue( 0 );
    updateBusy();
    setStatus( tr( "Writing the PDF report %1…" ).arg( QDir::toNativeSeparators( pdfPath ) ) );
    connect( task, &BackgroundTask::finished, this, [this, task, pdfPath]( bool ok, const QString &error ) {
      task->deleteLater();
      --mRunning;
      updateBusy();
      if ( ok )
        setStatus( tr( "PDF report written: %1" ).arg( QDir::toNativeSeparators( pdfPath ) ) );
      else
        showError( tr( "PDF report: %1" ).arg( error ) );
      emit reportFinished( ok, ok ? QString() : mLastError );
    } );
    task->start();
  }

  bool RoadmapPanel::isBusy() const
  {
    return mRunning > 0;
  }

  void RoadmapPanel::updateBusy()
  {
    mProgress->setVisible( mRunning > 0 );
  }

  void RoadmapPanel::showError( const QString &message )
  {
    mLastError = message;
    mStatusLabel->setText( QStringLiteral( "<span style=\"color:#b00020\">%1</span>" ).arg( message.toHtmlEscaped() ) );
    logMessage( LogLevel::Warning, kTopic, message );
    emit errorOccurred( message );
  }

  void RoadmapPanel::setStatus( const QString &message )
  {
    mStatusLabel->setText( message.toHtmlEscaped() );
  }

  void RoadmapPanel::clearHighlight()
  {
    for ( QgsRubberBand *band : std::as_const( mBands ) )
      delete band;
    mBands.clear();
  }

  void RoadmapPanel::highlightOnMap()
  {
    clearHighlight();
    mHighlighted = 0;
    const Project *p = mRoadmap.project( mSelected );
    if ( !p || mTerritoryPath.isEmpty() )
      return;
    // features of the same table read through one layer, all highlighted by one band per geometry type
    QMap<QString, QList<qint64>> byTable;
    for ( const QString &assetId : p->assetIds )
    {
      QString table;
      qint64 fid = 0;
      if ( parseAssetId( assetId, &table, &fid ) )
        byTable[table] << fid;
    }
    QList<QPair<QgsGeometry, QgsCoordinateReferenceSystem>> geometries;
    QgsCoordinateReferenceSystem territoryCrs;
    for ( auto it = byTable.constBegin(); it != byTable.constEnd(); ++it )
    {
      QgsVectorLayer layer( QStringLiteral( "%1|layername=%2" ).arg( mTerritoryPath, it.key() ), it.key(), QStringLiteral( "ogr" ) );
      if ( !layer.isValid() )
        continue;
      territoryCrs = layer.crs();
      QgsFeatureIds ids;
      for ( qint64 fid : it.value() )
        ids.insert( fid );
      QgsFeatureIterator features = layer.getFeatures( QgsFeatureRequest().setFilterFids( ids ).setNoAttributes() );
      QgsFeature feature;
      while ( features.nextFeature( feature ) )
        if ( feature.hasGeometry() )
          geometries.append( { feature.geometry(), layer.crs() } );
    }
    if ( !p->areaWkt.isEmpty() )
    {
      const QgsGeometry area = QgsGeometry::fromWkt( p->areaWkt );
      if ( !area.isNull() )
        geometries.append( { area, territoryCrs.isValid() ? territoryCrs : ( mCanvas ? mCanvas->mapSettings().destinationCrs() : QgsCoordinateReferenceSystem() ) } );
    }
    mHighlighted = geometries.size();
    if ( !mCanvas || geometries.isEmpty() )
      return;
    QMap<int, QgsRubberBand *> bands;
    for ( const auto &entry : std::as_const( geometries ) )
    {
      const QgsWkbTypes::GeometryType type = entry.first.type();
      QgsRubberBand *&band = bands[int( type )];
      if ( !band )
      {
        band = new QgsRubberBand( mCanvas, type );
        band->setColor( QColor( 0xe0, 0x20, 0x80 ) );
        band->setFillColor( QColor( 0xe0, 0x20, 0x80, 50 ) );
        band->setWidth( type == QgsWkbTypes::PointGeometry ? 4 : 3 );
        band->setIconSize( 8 );
        mBands << band;
      }
      band->addGeometry( entry.first, entry.second, false );
    }
    QgsRectangle extent;
    for ( QgsRubberBand *band : std::as_const( mBands ) )
    {
      band->updatePosition();
      band->update();
      const QgsRectangle box = band->asGeometry().boundingBox();
      if ( extent.isEmpty() )
        extent = box;
      else
        extent.combineExtentWith( box );
    }
    if ( extent.width() > 0 || extent.height() > 0 )
    {
      extent.scale( 1.2 );
      mCanvas->setExtent( extent );
      mCanvas->refresh();
    }
  }

  void RoadmapPanel::editSelectedDialog()
  {
    const Project *p = mRoadmap.project( mSelected );
    if ( !p )
    {
      showError( tr( "Select a project first." ) );
      return;
    }
    RoadmapProjectDialog dialog( *p, mRoadmap, [this]( const Project &edited, QString *error ) { return validateProject( edited, error ); }, this );
    if ( dialog.exec() != QDialog::Accepted )
      return;
    QString error;
    if ( !updateProject( dialog.project(), &error ) )
      showError( error );
  }

  void RoadmapPanel::addProjectDialog()
  {
    Project p;
    p.id = newProjectId();
    p.start = YearMonth{ QDate::currentDate().year() + 1, 1 };
    p.durationMonths = 12;
    RoadmapProjectDialog dialog( p, mRoadmap, [this]( const Project &edited, QString *error ) { return validateProject( edited, error ); }, this );
    if ( dialog.exec() != QDialog::Accepted )
      return;
    QString error;
    if ( !updateProject( dialog.project(), &error ) )
      showError( error );
    else
      selectProject( dialog.project().id );
  }

  void RoadmapPanel::removeSelected()
  {
    const Project *p = mRoadmap.project( mSelected );
    if ( !p )
      return;
    if ( QMessageBox::question( this, tr( "Remove project" ), tr( "Remove %1 from the roadmap?" ).arg( projectName( *p ) ) ) != QMessageBox::Yes )
      return;
    QString error;
    if ( !removeProject( mSelected, &error ) )
      showError( error );
  }

  void RoadmapPanel::mergeDialog()
  {
    RoadmapMergeDialog dialog( this );
    dialog.exec();
    if ( dialog.savedPath().isEmpty() || dialog.merged().conflicts.size() > 0 || mTerritoryPath.isEmpty() )
      return;
    if ( QMessageBox::question( this, tr( "Merged roadmap" ),
                                tr( "Store the merged roadmap (%1 projects) in the territory, replacing the current one?" ).arg( dialog.merged().projects.size() ) ) ==
         QMessageBox::Yes )
    {
      QString error;
      if ( !commit( dialog.merged(), mSettings, &error ) )
        showError( error );
    }
  }

  void RoadmapPanel::openFileDialog()
  {
    const QString path = QFileDialog::getOpenFileName( this, tr( "Open a roadmap file" ), QString(), tr( "Roadmap (*.json);;All files (*)" ) );
    if ( path.isEmpty() )
      return;
    Roadmap roadmap;
    QString error;
    if ( !readRoadmap( path, &roadmap, &error ) || !commit( roadmap, mSettings, &error ) )
      showError( error );
    else
      setStatus( tr( "Roadmap read from %1." ).arg( QDir::toNativeSeparators( path ) ) );
  }

  void RoadmapPanel::exportFileDialog()
  {
    const QString path = QFileDialog::getSaveFileName( this, tr( "Export the roadmap" ), QString(),
                                                       tr( "Roadmap file (*.json);;CSV (*.csv);;iCalendar milestones (*.ics);;GanttProject (*.gan)" ) );
    if ( path.isEmpty() )
      return;
    QString error;
    const bool ok = path.endsWith( QLatin1String( ".json" ), Qt::CaseInsensitive ) ? writeRoadmap( path, mRoadmap, &error )
                                                                                    : exportRoadmapFile( mRoadmap, path, &error );
    if ( ok )
      setStatus( tr( "Exported to %1." ).arg( QDir::toNativeSeparators( path ) ) );
    else
      showError( error );
  }

  void RoadmapPanel::reportDialog()
  {
    const QString dir = QStandardPaths::writableLocation( QStandardPaths::DocumentsLocation );
    const QString path = QFileDialog::getSaveFileName( this, tr( "PDF report of the roadmap" ), QDir( dir ).filePath( tr( "roadmap-report.pdf" ) ), tr( "PDF (*.pdf)" ) );
    if ( !path.isEmpty() )
      exportReport( path );
  }

  void RoadmapPanel::saveBaseline()
  {
    Roadmap changed = mRoadmap;
    vigie::roadmap::saveBaseline( changed, now() );
    QString error;
    if ( !commit( changed, mSettings, &error ) )
      showError( error );
    else
      setStatus( tr( "Baseline saved: the current dates and costs are the new reference." ) );
  }

  RoadmapPanel *installRoadmapPanel( MainWindow *window )
  {
    RoadmapPanel *panel = new RoadmapPanel( window );
    panel->setObjectName( QStringLiteral( "roadmapPanel" ) );
    panel->setMapCanvas( window->mapCanvas() );
    QDockWidget *dock = new QDockWidget( RoadmapPanel::tr( "Roadmap" ), window );
    dock->setObjectName( QStringLiteral( "roadmapDock" ) );
    dock->setWidget( panel );
    window->addDockWidget( Qt::BottomDockWidgetArea, dock );
    dock->hide(); // shown by Roadmap ▸ Show the roadmap
    QMenu *menu = new QMenu( RoadmapPanel::tr( "&Roadmap" ), window );
    QAction *show = menu->addAction( RoadmapPanel::tr( "&Show the roadmap" ) );
    QObject::connect( show, &QAction::triggered, dock, [dock] {
      dock->show();
      dock->raise();
    } );
    menu->addAction( dock->toggleViewAction() );
    menu->addSeparator();
    menu->addAction( RoadmapPanel::tr( "&Merge roadmap files…" ), panel, &RoadmapPanel::mergeDialog );
    menu->addAction( RoadmapPanel::tr( "&PDF report…" ), panel, &RoadmapPanel::reportDialog );
    // before the Help menu
    QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu( menus.isEmpty() ? nullptr : menus.last(), menu );
    QObject::connect( window, &MainWindow::territoryOpened, panel, [panel]( const QString &path ) { panel->setTerritory( path ); } );
    QObject::connect( panel, &RoadmapPanel::errorOccurred, window, [window]( const QString &text ) { window->statusBar()->showMessage( text, 10000 ); } );
    if ( window->territory() )
      panel->setTerritory( window->territory()->path() );
    return panel;
  }
} // namespace vigie
