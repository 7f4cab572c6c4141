// SPDX-License-Identifier: GPL-2.0-or-later
#include "budgetpanel.h"

#include "budgetstore.h"

#include "atomicfile.h"
#include "budgetchart.h"
#include "budgetmap.h"
#include "budgetmodel.h"
#include "budgetoverridedialog.h"
#include "log.h"
#include "pabulib.h"

#include <QBuffer>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPageSize>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace vigie
{
  namespace
  {
    struct LoadResult
    {
      std::shared_ptr<const budget::Election> election;
      QString error;
    };

    //! A key for this session only: voter ids are pseudonymised in memory and the key is never stored.
    QByteArray sessionPseudonymKey()
    {
      static const QByteArray key = []
      {
        QByteArray bytes( 32, '\0' );
        QRandomGenerator::system()->fillRange( reinterpret_cast<quint32 *>( bytes.data() ), bytes.size() / 4 );
        return bytes;
      }();
      return key;
    }

    QString csvField( const QString &value )
    {
      if ( value.contains( QLatin1Char( ',' ) ) || value.contains( QLatin1Char( '"' ) ) || value.contains( QLatin1Char( '\n' ) ) ||
           value.contains( QLatin1Char( ';' ) ) )
      {
        QString quoted = value;
        quoted.replace( QLatin1Char( '"' ), QLatin1String( "\"\"" ) );
        return QLatin1Char( '"' ) + quoted + QLatin1Char( '"' );
      }
      return value;
    }

    QString projectLabel( const budget::Election &e, int p )
    {
      const QString name = e.projectCell( p, "name" );
      return name.isEmpty() ? e.projectId( p ) : QStringLiteral( "%1 — %2" ).arg( e.projectId( p ), name );
    }

    //! "DIR/NAME<suffix>" for "DIR/NAME.pb": export dialogs start next to the open file.
    QString siblingPath( const QString &path, const QString &suffix )
    {
      const QFileInfo info( path );
      return info.dir().filePath( info.completeBaseName() + suffix );
    }
  } // namespace

  struct BudgetPanel::RuleResult
  {
    int generation = 0;
    std::shared_ptr<const budget::Election> election;
    std::shared_ptr<const budget::Outcome> a;
    std::shared_ptr<const budget::Outcome> b;
    std::shared_ptr<const budget::Explanation> explanationA;
    std::shared_ptr<const budget::Explanation> explanationB;
  };

  BudgetPanel::BudgetPanel( QWidget *parent ) : QWidget( parent )
  {
    QVBoxLayout *layout = new QVBoxLayout( this );

    QHBoxLayout *fileRow = new QHBoxLayout();
    QPushButton *open = new QPushButton( tr( "Open…" ), this );
    open->setToolTip( tr( "Open a participatory-budget file (Pabulib .pb)" ) );
    connect( open, &QPushButton::clicked, this, &BudgetPanel::openFileDialog );
    fileRow->addWidget( open );
    mFileLabel = new QLabel( tr( "No participatory budget open" ), this );
    mFileLabel->setTextInteractionFlags( Qt::TextSelectableByMouse );
    fileRow->addWidget( mFileLabel, 1 );
    mBusy = new QProgressBar( this );
    mBusy->setRange( 0, 0 );
    mBusy->setMaximumWidth( 120 );
    mBusy->setTextVisible( false );
    mBusy->hide();
    fileRow->addWidget( mBusy );
    layout->addLayout( fileRow );

    auto makeRuleCombo = [this]( const QString &initial )
    {
      QComboBox *combo = new QComboBox( this );
      combo->setEditable( true );
      combo->addItems( budget::RuleSpec::ruleNames() );
      combo->setInsertPolicy( QComboBox::NoInsert );
      combo->completer()->setCompletionMode( QCompleter::PopupCompletion );
      combo->completer()->setFilterMode( Qt::MatchContains );
      combo->setCurrentText( initial );
      return combo;
    };
    auto makeCompletionCombo = [this]()
    {
      QComboBox *combo = new QComboBox( this );
      combo->addItems( budget::RuleSpec::completionNames() );
      combo->setToolTip( tr( "Completion of the Method of Equal Shares" ) );
      return combo;
    };
    QHBoxLayout *rulesRow = new QHBoxLayout();
    mRuleA = makeRuleCombo( QStringLiteral( "greedy-cost" ) );
    mCompletionA = makeCompletionCombo();
    mRuleB = makeRuleCombo( QStringLiteral( "mes-cost" ) );
    mCompletionB = makeCompletionCombo();
    rulesRow->addWidget( new QLabel( tr( "Rule A" ), this ) );
    rulesRow->addWidget( mRuleA, 1 );
    rulesRow->addWidget( mCompletionA );
    rulesRow->addSpacing( 12 );
    rulesRow->addWidget( new QLabel( tr( "Rule B" ), this ) );
    rulesRow->addWidget( mRuleB, 1 );
    rulesRow->addWidget( mCompletionB );
    layout->addLayout( rulesRow );
    auto applyRules = [this]
    {
      if ( !mElection )
        return;
      QString error;
      if ( !setRules( mRuleA->currentText(), mRuleB->currentText(), mCompletionA->currentText(), mCompletionB->currentText(), &error ) )
        showError( error );
    };
    for ( QComboBox *combo : { mRuleA, mRuleB, mCompletionA, mCompletionB } )
      connect( combo, qOverload<int>( &QComboBox::activated ), this, applyRules );
    for ( QComboBox *combo : { mRuleA, mRuleB } )
      connect( combo->lineEdit(), &QLineEdit::editingFinished, this,
               [this, combo, applyRules]
               {
                 const budget::RuleSpec &spec = combo == mRuleA ? mSpecA : mSpecB;
                 if ( mElection && combo->currentText().trimmed() != spec.name() )
                   applyRules();
               } );

    mErrorLabel = new QLabel( this );
    mErrorLabel->setWordWrap( true );
    mErrorLabel->setStyleSheet( QStringLiteral( "color: #b00020;" ) );
    mErrorLabel->setTextInteractionFlags( Qt::TextSelectableByMouse );
    mErrorLabel->hide();
    layout->addWidget( mErrorLabel );

    QSplitter *splitter = new QSplitter( Qt::Vertical, this );
    QWidget *tablePart = new QWidget( splitter );
    QVBoxLayout *tableLayout = new QVBoxLayout( tablePart );
    tableLayout->setContentsMargins( 0, 0, 0, 0 );
    mModel = new BudgetProjectModel( this );
    mProxy = new QSortFilterProxyModel( this );
    mProxy->setSourceModel( mModel );
    mProxy->setSortRole( BudgetProjectModel::SortRole );
    mView = new QTableView( tablePart );
    mView->setObjectName( QStringLiteral( "budgetProjects" ) );
    mView->setModel( mProxy );
    mView->setSortingEnabled( true );
    mView->setSelectionBehavior( QAbstractItemView::SelectRows );
    mView->setSelectionMode( QAbstractItemView::SingleSelection );
    mView->setEditTriggers( QAbstractItemView::NoEditTriggers );
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection( true );
    mView->sortByColumn( BudgetProjectModel::IdColumn, Qt::AscendingOrder );
    tableLayout->addWidget( mView );
    mTotals = new QLabel( tablePart );
    mTotals->setWordWrap( true );
    mTotals->setTextInteractionFlags( Qt::TextSelectableByMouse );
    tableLayout->addWidget( mTotals );
    QHBoxLayout *buttons = new QHBoxLayout();
    mOverrideButton = new QPushButton( tr( "Override…" ), tablePart );
    mOverrideButton->setToolTip( tr( "Include or exclude the selected project, with a reason kept in the audit log" ) );
    connect( mOverrideButton, &QPushButton::clicked, this, &BudgetPanel::overrideSelectedDialog );
    buttons->addWidget( mOverrideButton );
    buttons->addStretch( 1 );
    mExportButton = new QPushButton( tr( "Export" ), tablePart );
    QMenu *exportMenu = new QMenu( mExportButton );
    exportMenu->addAction( tr( "Table as CSV…" ), this, &BudgetPanel::exportCsvDialog );
    exportMenu->addAction( tr( "Pabulib file (.pb)…" ), this, &BudgetPanel::exportPbDialog );
    exportMenu->addAction( tr( "Report for the council (PDF)…" ), this, &BudgetPanel::exportPdfDialog );
    mExportButton->setMenu( exportMenu );
    buttons->addWidget( mExportButton );
    mAttachButton = new QPushButton( tr( "Attach to territory" ), tablePart );
    mAttachButton->setToolTip( tr( "Store this vote and rule A's result in the open territory: the review deck and "
                                   "vigie-cli budget show then give it (overrides are not included)" ) );
    connect( mAttachButton, &QPushButton::clicked, this, &BudgetPanel::attachToTerritoryInBackground );
    buttons->addWidget( mAttachButton );
    tableLayout->addLayout( buttons );

    QTabWidget *tabs = new QTabWidget( splitter );
    mExplanation = new QTextBrowser( tabs );
    mExplanation->setPlaceholderText( tr( "Select a project to see why it was funded or not." ) );
    tabs->addTab( mExplanation, tr( "Explanation" ) );
    QWidget *charts = new QWidget( tabs );
    QVBoxLayout *chartsLayout = new QVBoxLayout( charts );
    mGroupBy = new QComboBox( charts );
    mGroupBy->addItem( tr( "Funded amount by category" ), QStringLiteral( "category" ) );
    mGroupBy->addItem( tr( "Funded amount by district" ), QStringLiteral( "district" ) );
    connect( mGroupBy, qOverload<int>( &QComboBox::currentIndexChanged ), this, &BudgetPanel::updateCharts );
    chartsLayout->addWidget( mGroupBy );
    mFundingChart = new BudgetBarChart( charts );
    chartsLayout->addWidget( mFundingChart );
    mSatisfactionChart = new BudgetBarChart( charts );
    chartsLayout->addWidget( mSatisfactionChart );
    chartsLayout->addStretch( 1 );
    tabs->addTab( charts, tr( "Charts" ) );
    mAuditList = new QListWidget( tabs );
    mAuditList->setWordWrap( true );
    tabs->addTab( mAuditList, tr( "Overrides (audit log)" ) );
    layout->addWidget( splitter, 1 );

    connect( mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
             [this]
             {
               updateExplanation();
               updateActions();
               if ( mMap )
                 mMap->selectProject( selectedProject() );
             } );
    updateCharts();
    updateActions();
  }

  BudgetPanel::~BudgetPanel() = default;

  void BudgetPanel::openFile( const QString &path )
  {
    ++mLoading;
    updateBusy();
    mErrorLabel->hide();
    QFutureWatcher<LoadResult> *watcher = new QFutureWatcher<LoadResult>( this );
    connect(
        watcher, &QFutureWatcher<LoadResult>::finished, this,
        [this, watcher, path]
        {
          const LoadResult result = watcher->result();
          watcher->deleteLater();
          --mLoading;
          if ( !result.election )
          {
            updateBusy();
            showError( result.error );
            Q_EMIT fileOpened( false, result.error );
            return;
          }
          mPath = path;
          mElection = result.election;
          mOutcomeA.reset();
          mOutcomeB.reset();
          mExplanationA.reset();
          mExplanationB.reset();
          ++mGeneration; // results computed for the previous file are dropped
          mModel->setElection( mElection );
          const QString description = mElection->metaText( QStringLiteral( "description" ) );
          mFileLabel->setText( tr( "%1: %2 projects, %3 voters, budget %4%5" )
                                   .arg( QFileInfo( path ).fileName() )
                                   .arg( mElection->projectCount() )
                                   .arg( mElection->voterCount() )
                                   .arg( mElection->formatMoney( mElection->budget ),
                                         description.isEmpty() ? QString() : QStringLiteral( " — " ) + description ) );
          mFileLabel->setToolTip( QDir::toNativeSeparators( path ) );
          QString auditError;
          if ( !mAudit.load( auditPath(), &auditError ) )
          {
            mAudit.clear();
            showError( auditError );
          }
          mModel->setOverrides( mAudit.overrides() );
          updateAudit();
          logMessage( LogLevel::Info, QStringLiteral( "budget" ), tr( "Opened %1" ).arg( QDir::toNativeSeparators( path ) ) );
          Q_EMIT fileOpened( true, QString() );
          QString error;
          if ( !setRules( mRuleA->currentText(), mRuleB->currentText(), mCompletionA->currentText(), mCompletionB->currentText(), &error ) )
          {
            showError( error );
            Q_EMIT rulesComputed( false, error );
          }
          updateBusy();
        } );
    watcher->setFuture( QtConcurrent::run(
        [path]()
        {
          LoadResult result;
          auto election = std::make_shared<budget::Election>();
          budget::ReadOptions options;
          options.pseudonymKey = sessionPseudonymKey();
          if ( budget::PabulibReader::readFile( path, *election, &result.error, options ) )
            result.election = election;
          return result;
        } ) );
  }

  bool BudgetPanel::setRules( const QString &ruleA, const QString &ruleB, const QString &completionA, const QString &completionB,
                              QString *errorMessage )
  {
    if ( !mElection )
    {
      if ( errorMessage )
        *errorMessage = tr( "Open a participatory-budget file first." );
      return false;
    }
    budget::RuleSpec a;
    budget::RuleSpec b;
    QString error;
    if ( !budget::RuleSpec::parse( ruleA, completionA, *mElection, a, &error ) )
    {
      if ( errorMessage )
        *errorMessage = tr( "Rule A: %1" ).arg( error );
      return false;
    }
    if ( !budget::RuleSpec::parse( ruleB, completionB, *mElection, b, &error ) )
    {
      if ( errorMessage )
        *errorMessage = tr( "Rule B: %1" ).arg( error );
      return false;
    }
    mSpecA = a;
    mSpecB = b;
    auto setText = []( QComboBox *combo, const QString &text )
    {
      const QSignalBlocker blocker( combo );
      const int index = combo->findText( text );
      if ( index >= 0 )
        combo->setCurrentIndex( index );
      else if ( combo->isEditable() )
        combo->setCurrentText( text );
    };
    setText( mRuleA, ruleA.trimmed() );
    setText( mRuleB, ruleB.trimmed() );
    setText( mCompletionA, completionA.trimmed().isEmpty() ? QStringLiteral( "none" ) : completionA.trimmed() );
    setText( mCompletionB, completionB.trimmed().isEmpty() ? QStringLiteral( "none" ) : completionB.trimmed() );
    mErrorLabel->hide();
    runRules();
    return true;
  }

  void BudgetPanel::runRules()
  {
    if ( !mElection )
      return;
    RuleResult job;
    job.generation = ++mGeneration;
    job.election = mElection;
    const budget::RuleSpec specA = mSpecA;
    const budget::RuleSpec specB = mSpecB;
    ++mComputing;
    updateBusy();
    QFutureWatcher<RuleResult> *watcher = new QFutureWatcher<RuleResult>( this );
    connect( watcher, &QFutureWatcher<RuleResult>::finished, this,
             [this, watcher]
             {
               const RuleResult result = watcher->result();
               watcher->deleteLater();
               --mComputing;
               if ( result.generation == mGeneration && result.election == mElection )
                 rulesDone( result );
               updateBusy();
             } );
    watcher->setFuture( QtConcurrent::run(
        [job, specA, specB]()
        {
          RuleResult result = job;
          const budget::Election &e = *job.election;
          auto a = std::make_shared<budget::Outcome>( budget::allocate( e, specA ) );
          auto b = std::make_shared<budget::Outcome>( budget::allocate( e, specB ) );
          result.explanationA = std::make_shared<budget::Explanation>( budget::explain( e, *a ) );
          result.explanationB = std::make_shared<budget::Explanation>( budget::explain( e, *b ) );
          result.a = a;
          result.b = b;
          return result;
        } ) );
  }

  void BudgetPanel::rulesDone( const RuleResult &result )
  {
    const int current = selectedProject();
    mOutcomeA = result.a;
    mOutcomeB = result.b;
    mExplanationA = result.explanationA;
    mExplanationB = result.explanationB;
    mModel->setOutcomes( mOutcomeA, mOutcomeB );
    mView->resizeColumnsToContents();
    if ( current >= 0 )
      selectProject( current );
    refreshMap(); // before the totals, which quote the map's summary
    updateTotals();
    updateCharts();
    updateExplanation();
    updateActions();
    Q_EMIT rulesComputed( true, QString() );
  }

  bool BudgetPanel::isBusy() const
  {
    return mLoading > 0 || mComputing > 0;
  }

  void BudgetPanel::updateBusy()
  {
    mBusy->setVisible( isBusy() );
    updateActions();
  }

  void BudgetPanel::updateActions()
  {
    const bool ready = mElection && mOutcomeA && !isBusy();
    mOverrideButton->setEnabled( ready && selectedProject() >= 0 );
    mExportButton->setEnabled( ready );
    mAttachButton->setEnabled( ready && !mTerritoryPath.isEmpty() && mAttaching == 0 );
    for ( QComboBox *combo : { mRuleA, mRuleB, mCompletionA, mCompletionB } )
      combo->setEnabled( mLoading == 0 );
  }

  void BudgetPanel::setTerritory( const QString &path )
  {
    mTerritoryPath = path;
    updateActions();
  }

  bool BudgetPanel::attachToTerritory( QString *errorMessage )
  {
    QString error;
    if ( mTerritoryPath.isEmpty() || !mElection || mPath.isEmpty() )
      error = tr( "Open a territory and a participatory-budget file first." );
    else if ( !budget::attachElection( mTerritoryPath, mPath, mRuleA->currentText().trimmed(), mCompletionA->currentText(), nullptr,
                                       &error ) )
      error = tr( "Cannot attach %1 to the territory: %2" ).arg( QFileInfo( mPath ).fileName(), error );
    if ( errorMessage )
      *errorMessage = error;
    return error.isEmpty();
  }

  void BudgetPanel::attachToTerritoryInBackground()
  {
    if ( mTerritoryPath.isEmpty() || !mElection || mPath.isEmpty() )
      return;
    const QString territory = mTerritoryPath;
    const QString file = mPath;
    const QString rule = mRuleA->currentText().trimmed();
    const QString completion = mCompletionA->currentText();
    ++mAttaching;
    updateBusy();
    updateActions();
    QFutureWatcher<QString> *watcher = new QFutureWatcher<QString>( this );
    connect( watcher, &QFutureWatcher<QString>::finished, this,
             [this, watcher, file]
             {
               const QString error = watcher->result();
               watcher->deleteLater();
               --mAttaching;
               updateBusy();
               updateActions();
               if ( error.isEmpty() )
               {
                 const QString message =
                     tr( "%1 attached to the territory: the review deck shows its result." ).arg( QFileInfo( file ).fileName() );
                 if ( QMainWindow *mainWindow = qobject_cast<QMainWindow *>( window() ) )
                   mainWindow->statusBar()->showMessage( message, 10000 );
                 emit attachedToTerritory( true, message );
               }
               else
               {
                 const QString message = tr( "Cannot attach %1 to the territory: %2" ).arg( QFileInfo( file ).fileName(), error );
                 showError( message );
                 emit attachedToTerritory( false, message );
               }
             } );
    watcher->setFuture( QtConcurrent::run(
        [territory, file, rule, completion]()
        {
          QString error;
          return budget::attachElection( territory, file, rule, completion, nullptr, &error ) ? QString() : error;
        } ) );
  }

  void BudgetPanel::showError( const QString &message )
  {
    mLastError = message;
    mErrorLabel->setText( message );
    mErrorLabel->show();
    logMessage( LogLevel::Warning, QStringLiteral( "budget" ), message );
    Q_EMIT errorOccurred( message );
  }

  std::vector<int> BudgetPanel::finalSelection() const
  {
    if ( !mElection || !mOutcomeA )
      return {};
    return mAudit.applyOverrides( *mElection, mOutcomeA->selected );
  }

  QString BudgetPanel::totalsText() const
  {
    return mTotals->text();
  }

  void BudgetPanel::updateTotals()
  {
    if ( !mElection || !mOutcomeA || !mOutcomeB )
    {
      mTotals->clear();
      return;
    }
    const budget::Election &e = *mElection;
    int differing = 0;
    for ( int p = 0; p < e.projectCount(); ++p )
      differing += mModel->differs( p ) ? 1 : 0;
    QStringList lines;
    lines << tr( "Budget %1." ).arg( e.formatMoney( e.budget ) );
    lines << tr( "Rule A (%1): %2 projects funded, cost %3." )
                 .arg( mOutcomeA->spec.fullName() )
                 .arg( mOutcomeA->selected.size() )
                 .arg( e.formatMoney( mOutcomeA->cost ) );
    lines << tr( "Rule B (%1): %2 projects funded, cost %3." )
                 .arg( mOutcomeB->spec.fullName() )
                 .arg( mOutcomeB->selected.size() )
                 .arg( e.formatMoney( mOutcomeB->cost ) );
    lines << tr( "Funded by only one of the two rules (highlighted): %1." ).arg( differing );
    if ( !mAudit.entries().isEmpty() )
    {
      const std::vector<int> final = finalSelection();
      std::int64_t cost = 0;
      for ( int p : final )
        cost += e.projects[static_cast<size_t>( p )].cost;
      QString line = tr( "After the overrides: %1 projects funded, cost %2." ).arg( final.size() ).arg( e.formatMoney( cost ) );
      if ( cost > e.budget )
        line += QLatin1Char( ' ' ) + tr( "Over budget by %1." ).arg( e.formatMoney( cost - e.budget ) );
      lines << line;
    }
    if ( mMap && mMap->layer() )
      lines << mMap->summary();
    mTotals->setText( lines.join( QLatin1Char( '\n' ) ) );
  }

  void BudgetPanel::setMap( QgsMapCanvas *canvas, QgsProject *project )
  {
    delete mMap;
    mMap = new BudgetMap( canvas, project, this );
    connect( mMap, &BudgetMap::projectSelected, this, &BudgetPanel::selectProject );
    refreshMap();
  }

  void BudgetPanel::refreshMap()
  {
    if ( !mMap )
      return;
    if ( !mElection || !mOutcomeA || !mOutcomeB )
    {
      mMap->update( nullptr, {}, {} );
      return;
    }
    mMap->update( mElection.get(), finalSelection(), mOutcomeB->selected );
    mMap->selectProject( selectedProject() );
  }

  void BudgetPanel::updateCharts()
  {
    if ( !mElection || !mExplanationA )
    {
      mFundingChart->setTitle( tr( "Funded amount" ) );
      mFundingChart->setBars( {} );
      mSatisfactionChart->setTitle( tr( "Voter satisfaction" ) );
      mSatisfactionChart->setBars( {} );
      return;
    }
    const budget::Election &e = *mElection;
    const bool byDistrict = mGroupBy->currentData().toString() == QLatin1String( "district" );
    const std::vector<budget::ProjectGroup> &groups = byDistrict ? mExplanationA->byDistrict : mExplanationA->byCategory;
    QVector<BudgetBarChart::Bar> bars;
    for ( const budget::ProjectGroup &group : groups )
    {
      BudgetBarChart::Bar bar;
      bar.label = group.value.isEmpty() ? tr( "(none)" ) : group.value;
      bar.value = static_cast<double>( group.fundedCost ) / static_cast<double>( e.costScale );
      bar.valueText = tr( "%1 (%2 of %3 projects)" ).arg( e.formatMoney( group.fundedCost ) ).arg( group.funded ).arg( group.projects );
      bars << bar;
    }
    mFundingChart->setTitle(
        ( byDistrict ? tr( "Funded amount by district, rule A (%1)" ) : tr( "Funded amount by category, rule A (%1)" ) )
            .arg( mOutcomeA->spec.fullName() ) );
    mFundingChart->setBars( bars );

    const budget::SatisfactionStatistics &s = mExplanationA->satisfaction;
    QVector<BudgetBarChart::Bar> histogram;
    for ( size_t k = 0; k < s.fundedCountHistogram.size(); ++k )
    {
      BudgetBarChart::Bar bar;
      bar.label = tr( "%1 funded" ).arg( k );
      bar.value = s.fundedCountHistogram[k];
      bar.valueText = tr( "%1 voters" ).arg( s.fundedCountHistogram[k] );
      histogram << bar;
    }
    mSatisfactionChart->setTitle(
        tr( "Voters by funded projects on their ballot, rule A: %1% with at least one" ).arg( 100.0 * s.shareWithFunded, 0, 'f', 1 ) );
    mSatisfactionChart->setBars( histogram );
  }

  int BudgetPanel::selectedProject() const
  {
    const QModelIndex current = mView->selectionModel()->currentIndex();
    if ( !current.isValid() )
      return -1;
    return mProxy->mapToSource( current ).row();
  }

  void BudgetPanel::selectProject( int project )
  {
    const QModelIndex index = mProxy->mapFromSource( mModel->index( project, 0 ) );
    if ( !index.isValid() )
      return;
    mView->selectionModel()->setCurrentIndex( index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows );
    mView->scrollTo( index );
  }

  QString BudgetPanel::explanationText() const
  {
    return mExplanation->toPlainText();
  }

  void BudgetPanel::updateExplanation()
  {
    const int p = selectedProject();
    if ( !mElection || p < 0 )
    {
      mExplanation->clear();
      return;
    }
    const budget::Election &e = *mElection;
    QString html = QStringLiteral( "<p><b>%1</b></p>" ).arg( projectLabel( e, p ).toHtmlEscaped() );
    auto add = [&]( const QString &which, const budget::Outcome *outcome, const budget::Explanation *explanation )
    {
      if ( !outcome || !explanation )
        return;
      for ( const budget::ProjectExplanation &pe : explanation->projects )
      {
        if ( pe.project != p )
          continue;
        html += QStringLiteral( "<p><b>%1</b> (%2): %3</p>" )
                    .arg( which.toHtmlEscaped(), outcome->spec.fullName().toHtmlEscaped(), pe.reason.toHtmlEscaped() );
      }
    };
    add( tr( "Rule A" ), mOutcomeA.get(), mExplanationA.get() );
    add( tr( "Rule B" ), mOutcomeB.get(), mExplanationB.get() );
    const QHash<QString, bool> overrides = mAudit.overrides();
    if ( overrides.contains( e.projectId( p ) ) )
      html += QStringLiteral( "<p><i>%1</i></p>" )
                  .arg( ( overrides.value( e.projectId( p ) ) ? tr( "Included by an administrator override." )
                                                              : tr( "Excluded by an administrator override." ) )
                            .toHtmlEscaped() );
    mExplanation->setHtml( html );
  }

  QString BudgetPanel::auditPath() const
  {
    return mPath.isEmpty() ? QString() : BudgetAuditLog::auditPathFor( mPath );
  }

  bool BudgetPanel::addOverride( const QString &projectId, bool include, const QString &reason, QString *errorMessage )
  {
    if ( !mElection || !mOutcomeA )
    {
      if ( errorMessage )
        *errorMessage = tr( "Open a participatory-budget file and wait for the rules first." );
      return false;
    }
    if ( mElection->projectIndex( projectId.toStdString() ) < 0 )
    {
      if ( errorMessage )
        *errorMessage = tr( "%1: no project with id \"%2\"." ).arg( QDir::toNativeSeparators( mPath ), projectId );
      return false;
    }
    BudgetAuditEntry entry;
    entry.user = BudgetAuditLog::currentUser();
    entry.when = QDateTime::currentDateTimeUtc();
    entry.projectId = projectId;
    entry.include = include;
    entry.rule = mOutcomeA->spec.fullName();
    entry.reason = reason.trimmed();
    BudgetAuditLog log = mAudit;
    if ( !log.append( entry, errorMessage ) || !log.save( auditPath(), errorMessage ) )
      return false;
    mAudit = log;
    logMessage( LogLevel::Info, QStringLiteral( "budget" ),
                tr( "Override by %1: %2 project %3 (%4)" )
                    .arg( entry.user, include ? tr( "include" ) : tr( "exclude" ), projectId, entry.reason ) );
    mModel->setOverrides( mAudit.overrides() );
    updateAudit();
    refreshMap(); // before the totals, which quote the map's summary
    updateTotals();
    updateExplanation();
    return true;
  }

  void BudgetPanel::updateAudit()
  {
    mAuditList->clear();
    for ( const BudgetAuditEntry &entry : mAudit.entries() )
    {
      mAuditList->addItem( tr( "%1 — %2 — %3 project %4 (rule %5): %6" )
                               .arg( QLocale().toString( entry.when.toLocalTime(), QLocale::ShortFormat ), entry.user,
                                     entry.include ? tr( "include" ) : tr( "exclude" ), entry.projectId, entry.rule, entry.reason ) );
    }
  }

  bool BudgetPanel::exportCsv( const QString &path, QString *errorMessage ) const
  {
    if ( !mElection )
    {
      if ( errorMessage )
        *errorMessage = tr( "Open a participatory-budget file first." );
      return false;
    }
    QStringList lines;
    QStringList header;
    for ( int c = 0; c < mProxy->columnCount(); ++c )
      header << csvField( mProxy->headerData( c, Qt::Horizontal ).toString() );
    lines << header.join( QLatin1Char( ',' ) );
    for ( int r = 0; r < mProxy->rowCount(); ++r )
    {
      QStringList row;
      for ( int c = 0; c < mProxy->columnCount(); ++c )
        row << csvField( mProxy->index( r, c ).data().toString() );
      lines << row.join( QLatin1Char( ',' ) );
    }
    return writeFileAtomically( path, ( lines.join( QLatin1Char( '\n' ) ) + QLatin1Char( '\n' ) ).toUtf8(), errorMessage );
  }

  bool BudgetPanel::exportPb( const QString &path, QString *errorMessage ) const
  {
    if ( !mElection )
    {
      if ( errorMessage )
        *errorMessage = tr( "Open a participatory-budget file first." );
      return false;
    }
    return budget::PabulibWriter::writeFile( path, *mElection, errorMessage );
  }

  QString BudgetPanel::htmlReport() const
  {
    const budget::Election &e = *mElection;
    QString html = QStringLiteral( "<html><body>" );
    const QString description = e.metaText( QStringLiteral( "description" ) );
    html += QStringLiteral( "<h1>%1</h1>" )
                .arg( tr( "Participatory budget: %1" )
                          .arg( description.isEmpty() ? QFileInfo( mPath ).fileName() : description )
                          .toHtmlEscaped() );
    html += QStringLiteral( "<p>%1</p>" )
                .arg( tr( "Rule: %1. Budget: %2. Projects: %3. Voters: %4." )
                          .arg( mOutcomeA->spec.fullName(), e.formatMoney( e.budget ) )
                          .arg( e.projectCount() )
                          .arg( e.voterCount() )
                          .toHtmlEscaped() );
    html += QStringLiteral( "<h2>%1</h2>" ).arg( tr( "Funded projects" ).toHtmlEscaped() );
    html += QStringLiteral( "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                            "width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>" )
                .arg( tr( "Id" ), tr( "Title" ), tr( "Cost" ), tr( "Category" ), tr( "District" ), tr( "Decision" ) );
    const QHash<QString, bool> overrides = mAudit.overrides();
    const std::vector<int> final = finalSelection();
    std::int64_t cost = 0;
    for ( int p : final )
    {
      cost += e.projects[static_cast<size_t>( p )].cost;
      auto cell = [&]( int column ) { return mModel->index( p, column ).data().toString().toHtmlEscaped(); };
      const QString decision = overrides.contains( e.projectId( p ) ) ? tr( "override" ) : tr( "rule" );
      html +=
          QStringLiteral( "<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td>%4</td><td>%5</td><td>%6</td></tr>" )
              .arg( cell( BudgetProjectModel::IdColumn ), cell( BudgetProjectModel::TitleColumn ), cell( BudgetProjectModel::CostColumn ),
                    cell( BudgetProjectModel::CategoryColumn ), cell( BudgetProjectModel::DistrictColumn ), decision.toHtmlEscaped() );
    }
    html += QStringLiteral( "</table>" );
    html += QStringLiteral( "<p><b>%1</b></p>" )
                .arg( tr( "Total: %1 projects, %2 of a budget of %3 (rule alone: %4 projects, %5)." )
                          .arg( final.size() )
                          .arg( e.formatMoney( cost ), e.formatMoney( e.budget ) )
                          .arg( mOutcomeA->selected.size() )
                          .arg( e.formatMoney( mOutcomeA->cost ) )
                          .toHtmlEscaped() );
    html += QStringLiteral( "<h2>%1</h2>" ).arg( tr( "Administrator overrides" ).toHtmlEscaped() );
    if ( mAudit.entries().isEmpty() )
      html += QStringLiteral( "<p>%1</p>" ).arg( tr( "None." ).toHtmlEscaped() );
    else
    {
      html += QStringLiteral( "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                              "width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>" )
                  .arg( tr( "When" ), tr( "Who" ), tr( "Project" ), tr( "Action" ), tr( "Reason" ) );
      for ( const BudgetAuditEntry &entry : mAudit.entries() )
      {
        html += QStringLiteral( "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>" )
                    .arg( QLocale().toString( entry.when.toLocalTime(), QLocale::ShortFormat ).toHtmlEscaped(), entry.user.toHtmlEscaped(),
                          entry.projectId.toHtmlEscaped(), ( entry.include ? tr( "include" ) : tr( "exclude" ) ).toHtmlEscaped(),
                          entry.reason.toHtmlEscaped() );
      }
      html += QStringLiteral( "</table>" );
    }
    html += QStringLiteral( "</body></html>" );
    return html;
  }

  bool BudgetPanel::exportPdf( const QString &path, QString *errorMessage ) const
  {
    if ( !mElection || !mOutcomeA )
    {
      if ( errorMessage )
        *errorMessage = tr( "Open a participatory-budget file and wait for the rules first." );
      return false;
    }
    QByteArray pdf;
    {
      QBuffer buffer( &pdf );
      buffer.open( QIODevice::WriteOnly );
      QPdfWriter writer( &buffer );
      writer.setPageSize( QPageSize( QPageSize::A4 ) );
      writer.setResolution( 150 );
      writer.setTitle( tr( "Participatory budget" ) );
      writer.setCreator( QStringLiteral( "Vigie" ) );
      QTextDocument document;
      document.setHtml( htmlReport() );
      document.print( &writer );
    }
    if ( pdf.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = tr( "%1: the PDF could not be produced" ).arg( QDir::toNativeSeparators( path ) );
      return false;
    }
    return writeFileAtomically( path, pdf, errorMessage );
  }

  void BudgetPanel::openFileDialog()
  {
    const QString path = QFileDialog::getOpenFileName( this, tr( "Open a participatory budget" ), QFileInfo( mPath ).absolutePath(),
                                                       tr( "Pabulib files (*.pb);;All files (*)" ) );
    if ( !path.isEmpty() )
      openFile( path );
  }

  void BudgetPanel::overrideSelectedDialog()
  {
    const int p = selectedProject();
    if ( !mElection || p < 0 )
      return;
    const std::vector<int> final = finalSelection();
    const bool funded = std::find( final.begin(), final.end(), p ) != final.end();
    BudgetOverrideDialog dialog( projectLabel( *mElection, p ), funded, this );
    if ( dialog.exec() != QDialog::Accepted )
      return;
    QString error;
    if ( !addOverride( mElection->projectId( p ), dialog.include(), dialog.reason(), &error ) )
      showError( error );
  }

  void BudgetPanel::exportCsvDialog()
  {
    const QString path = QFileDialog::getSaveFileName( this, tr( "Export the projects table" ),
                                                       siblingPath( mPath, QStringLiteral( ".csv" ) ), tr( "CSV files (*.csv)" ) );
    QString error;
    if ( !path.isEmpty() && !exportCsv( path, &error ) )
      showError( error );
  }

  void BudgetPanel::exportPbDialog()
  {
    const QString path = QFileDialog::getSaveFileName( this, tr( "Export the Pabulib file" ),
                                                       siblingPath( mPath, QStringLiteral( "-export.pb" ) ), tr( "Pabulib files (*.pb)" ) );
    QString error;
    if ( !path.isEmpty() && !exportPb( path, &error ) )
      showError( error );
  }

  void BudgetPanel::exportPdfDialog()
  {
    const QString path = QFileDialog::getSaveFileName( this, tr( "Export the report for the council" ),
                                                       siblingPath( mPath, QStringLiteral( ".pdf" ) ), tr( "PDF files (*.pdf)" ) );
    QString error;
    if ( !path.isEmpty() && !exportPdf( path, &error ) )
      showError( error );
  }
} // namespace vigie
