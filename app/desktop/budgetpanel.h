// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGETPANEL_H
#define VIGIE_BUDGETPANEL_H

#include "audit.h"
#include "election.h"
#include "explanation.h"
#include "rules.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QListWidget;
class QgsMapCanvas;
class QgsProject;

namespace vigie
{
  class BudgetBarChart;
  class BudgetMap;
  class BudgetProjectModel;

  /**
   * \brief The participatory-budget panel: a Pabulib .pb file, its projects, two rules side
   * by side (differing projects highlighted), explanations, charts, administrator overrides
   * with an audit log, and exports. It only displays: every figure comes from
   * modules/budget (the code behind `vigie-cli budget ...`). Reading and rules run in the
   * background; fileOpened() and rulesComputed() tell when they are done.
   */
  class BudgetPanel : public QWidget
  {
    Q_OBJECT
  public:
    explicit BudgetPanel( QWidget *parent = nullptr );
    ~BudgetPanel() override;

    //! Starts reading \a path in the background; fileOpened() follows, then rulesComputed().
    void openFile( const QString &path );
    //! Selects the two rules (names of RuleSpec::parse) and runs them in the background.
    bool setRules( const QString &ruleA, const QString &ruleB, const QString &completionA = QString(),
                   const QString &completionB = QString(), QString *errorMessage = nullptr );
    //! Reading or computing in progress.
    bool isBusy() const;

    QString filePath() const { return mPath; }
    const budget::Election *election() const { return mElection.get(); }
    const budget::Outcome *outcomeA() const { return mOutcomeA.get(); }
    const budget::Outcome *outcomeB() const { return mOutcomeB.get(); }
    const budget::Explanation *explanationA() const { return mExplanationA.get(); }
    BudgetProjectModel *projectModel() const { return mModel; }
    QTableView *projectView() const { return mView; }
    BudgetBarChart *fundingChart() const { return mFundingChart; }
    BudgetBarChart *satisfactionChart() const { return mSatisfactionChart; }
    QString lastError() const { return mLastError; }
    //! The text under the table (totals of both rules and after the overrides).
    QString totalsText() const;
    //! The explanation shown for the selected project.
    QString explanationText() const;
    //! Selects project \a project (index in the election) in the table (and on the map).
    void selectProject( int project );

    /**
     * Shows the projects on \a canvas, as a layer of \a project placed by coordinates or by
     * the territory's districts (BudgetMap); selection follows between map and table.
     */
    void setMap( QgsMapCanvas *canvas, QgsProject *project );
    //! The projects on the map, or nullptr before setMap().
    BudgetMap *map() const { return mMap; }

    //! Records an override of rule A's outcome for \a projectId; refuses an empty reason. Saves the audit log.
    bool addOverride( const QString &projectId, bool include, const QString &reason, QString *errorMessage = nullptr );
    const BudgetAuditLog &auditLog() const { return mAudit; }
    QString auditPath() const;
    //! Funded projects after the overrides (indices; rule A's outcome, then included, minus excluded).
    std::vector<int> finalSelection() const;

    //! The territory that "Attach to territory" writes to (MainWindow::territoryOpened); empty: none open.
    void setTerritory( const QString &path );
    QString territoryPath() const { return mTerritoryPath; }
    /**
     * Attaches the open .pb file to the territory with rule A and its completion, through
     * budget::attachElection (what `vigie-cli budget attach` runs), so that the review deck and
     * `vigie-cli budget show` give its result. Overrides are not part of it. In the calling
     * thread; false with the reason.
     */
    bool attachToTerritory( QString *errorMessage = nullptr );

    bool exportCsv( const QString &path, QString *errorMessage = nullptr ) const;
    //! The .pb through the module's writer (ballots not exported: privacy).
    bool exportPb( const QString &path, QString *errorMessage = nullptr ) const;
    bool exportPdf( const QString &path, QString *errorMessage = nullptr ) const;

  public slots:
    //! Rebuilds the map layer (after a territory is opened: its districts changed).
    void refreshMap();
    void openFileDialog();
    void overrideSelectedDialog();
    void exportCsvDialog();
    void exportPbDialog();
    void exportPdfDialog();
    //! The "Attach to territory" button: attachToTerritory() in the background, then attachedToTerritory().
    void attachToTerritoryInBackground();

  signals:
    void attachedToTerritory( bool ok, const QString &message );
    void fileOpened( bool ok, const QString &errorMessage );
    void rulesComputed( bool ok, const QString &errorMessage );
    void errorOccurred( const QString &message );

  private:
    struct RuleResult;
    void runRules();
    void rulesDone( const RuleResult &result );
    void updateBusy();
    void updateTotals();
    void updateCharts();
    void updateExplanation();
    void updateAudit();
    void updateActions();
    void showError( const QString &message );
    int selectedProject() const;
    QString htmlReport() const;

    QString mPath;
    std::shared_ptr<const budget::Election> mElection;
    std::shared_ptr<const budget::Outcome> mOutcomeA;
    std::shared_ptr<const budget::Outcome> mOutcomeB;
    std::shared_ptr<const budget::Explanation> mExplanationA;
    std::shared_ptr<const budget::Explanation> mExplanationB;
    budget::RuleSpec mSpecA;
    budget::RuleSpec mSpecB;
    BudgetAuditLog mAudit;
    int mLoading = 0;
    int mComputing = 0;
    int mGeneration = 0;
    QString mLastError;

    QLabel *mFileLabel = nullptr;
    QLabel *mErrorLabel = nullptr;
    QProgressBar *mBusy = nullptr;
    QComboBox *mRuleA = nullptr;
    QComboBox *mRuleB = nullptr;
    QComboBox *mCompletionA = nullptr;
    QComboBox *mCompletionB = nullptr;
    BudgetProjectModel *mModel = nullptr;
    QSortFilterProxyModel *mProxy = nullptr;
    QTableView *mView = nullptr;
    QLabel *mTotals = nullptr;
    QTextBrowser *mExplanation = nullptr;
    QComboBox *mGroupBy = nullptr;
    BudgetBarChart *mFundingChart = nullptr;
    BudgetBarChart *mSatisfactionChart = nullptr;
    QListWidget *mAuditList = nullptr;
    QPushButton *mOverrideButton = nullptr;
    QPushButton *mExportButton = nullptr;
    QPushButton *mAttachButton = nullptr;
    QString mTerritoryPath;
    int mAttaching = 0;
    BudgetMap *mMap = nullptr;
  };
} // namespace vigie

#endif
