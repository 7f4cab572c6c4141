// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAPPANEL_H
#define VIGIE_ROADMAPPANEL_H

#include "prioritisation.h"
#include "roadmap.h"
#include "roadmapstore.h"
#include "scheduling.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class QgsMapCanvas;
class QgsRubberBand;

namespace vigie
{
  class BackgroundTask;
  class MainWindow;
  class RoadmapBudgetChart;
  class RoadmapGanttView;
  class RoadmapKpiChart;
  class RoadmapMatrixChart;

  /**
   * \brief The roadmap panel: Gantt timeline (drag to move, dependencies, critical path),
   * impact/effort matrix and ranking with editable weights, budget per year against the caps,
   * KPI tracking, edit forms with validation, three-way merge, PDF report, and the selected
   * project's linked features highlighted on the map. Every figure comes from modules/roadmap
   * (the code behind `vigie-cli roadmap ...`); every accepted edit is saved to the territory in
   * one transaction (roadmapstore.h), with a change-log entry.
   */
  class RoadmapPanel : public QWidget
  {
      Q_OBJECT
    public:
      explicit RoadmapPanel( QWidget *parent = nullptr );
      ~RoadmapPanel() override;

      /**
       * Loads the roadmap of the territory at \a path (an empty roadmap when it has none).
       * False with a message when the stored roadmap cannot be read; the panel is then empty.
       */
      bool setTerritory( const QString &path, QString *errorMessage = nullptr );
      QString territoryPath() const { return mTerritoryPath; }
      //! Shows a roadmap not stored anywhere yet (file opened, tests); saveToTerritory() stores it.
      void setRoadmap( const roadmap::Roadmap &roadmap, const roadmap::RoadmapSettings &settings );
      //! Saves to the territory (one transaction); false with a message when there is none or it fails.
      bool saveToTerritory( QString *errorMessage = nullptr );
      //! The map on which the selected project's linked features are highlighted.
      void setMapCanvas( QgsMapCanvas *canvas );
      //! Author of the change-log entries of this session.
      void setAuthor( const QString &author ) { mAuthor = author; }

      const roadmap::Roadmap &roadmap() const { return mRoadmap; }
      const roadmap::RoadmapSettings &settings() const { return mSettings; }
      const roadmap::CriticalPath &criticalPath() const { return mCriticalPath; }
      const QList<roadmap::RankedProject> &ranking() const { return mRanking; }
      //! The budget per year shown in the chart.
      QList<roadmap::YearBudget> shownBudgets() const { return mShownBudgets; }
      //! The last schedule computed by runSchedule() (empty until then).
      const roadmap::Schedule &lastSchedule() const { return mSchedule; }

      /**
       * Moves a project's start (Gantt drag). A start before a predecessor's end is moved to the
       * first month after it; successors that would start too early move later too, so that the
       * dependency order holds. Refused for committed projects. Saves.
       */
      bool moveProject( const QString &id, const roadmap::YearMonth &start, QString *errorMessage = nullptr );
      /**
       * Replaces (or adds) a project after validation: a dependency cycle, an unknown dependency
       * or a committed spending above a cap is refused with a message naming the project and the
       * field, and nothing changes. Saves.
       */
      bool updateProject( const roadmap::Project &project, QString *errorMessage = nullptr );
      //! The validation of updateProject() without applying it (the edit form uses it).
      bool validateProject( const roadmap::Project &project, QString *errorMessage ) const;
      bool removeProject( const QString &id, QString *errorMessage = nullptr );
      //! Sets a year's cap (< 0: no cap); refused below the spending committed that year. Saves.
      bool setCap( int year, double cap, QString *errorMessage = nullptr );
      //! Sets the ranking weights; refused when negative or all zero. Saves.
      bool setWeights( const roadmap::Weights &weights, QString *errorMessage = nullptr );
      //! Records a measured KPI value of a project. Saves.
      bool setKpiActual( const QString &projectId, const QString &kpi, double value, QString *errorMessage = nullptr );

      //! Schedules under the caps in the background, then applies the plan; scheduleFinished() follows.
      void runSchedule();
      //! Writes the PDF report in the background (progress bar); reportFinished() follows.
      void exportReport( const QString &pdfPath );
      bool isBusy() const;

      void selectProject( const QString &id );
      QString selectedProject() const { return mSelected; }
      //! Number of geometries highlighted on the map for the selected project.
      int highlightedFeatureCount() const { return mHighlighted; }

      RoadmapGanttView *ganttView() const { return mGantt; }
      RoadmapMatrixChart *matrixChart() const { return mMatrix; }
      RoadmapBudgetChart *budgetChart() const { return mBudgetChart; }
      RoadmapKpiChart *kpiChart() const { return mKpiChart; }
      QTableWidget *rankingTable() const { return mRankingTable; }
      QTableWidget *capsTable() const { return mCapsTable; }
      QTabWidget *tabs() const { return mTabs; }
      QString explanationText() const;
      QString lastError() const { return mLastError; }
      QString statusText() const;

    public slots:
      void editSelectedDialog();
      void addProjectDialog();
      void removeSelected();
      void mergeDialog();
      void reportDialog();
      void openFileDialog();
      void exportFileDialog();
      void saveBaseline();

    signals:
      void roadmapChanged();
      void scheduleFinished( bool ok, const QString &errorMessage );
      void reportFinished( bool ok, const QString &errorMessage );
      void errorOccurred( const QString &message );

    private:
      //! Applies \a changed after validation, records the change log, recomputes, saves.
      bool commit( const roadmap::Roadmap &changed, const roadmap::RoadmapSettings &settings, QString *errorMessage );
      void recompute();
      void refreshViews();
      void refreshRanking();
      void refreshCaps();
      void refreshKpis();
      void refreshDetails();
      void highlightOnMap();
      void clearHighlight();
      void showError( const QString &message );
      void setStatus( const QString &message );
      void updateBusy();

      QString mTerritoryPath;
      roadmap::Roadmap mRoadmap;
      roadmap::RoadmapSettings mSettings;
      roadmap::CriticalPath mCriticalPath;
      QList<roadmap::RankedProject> mRanking;
      QList<roadmap::YearBudget> mShownBudgets;
      roadmap::Schedule mSchedule;
      QString mSelected;
      QString mAuthor;
      QString mLastError;
      int mHighlighted = 0;
      int mRunning = 0;
      bool mUpdatingWidgets = false;

      QPointer<QgsMapCanvas> mCanvas;
      QList<QgsRubberBand *> mBands;

      QLabel *mTitleLabel = nullptr;
      QLabel *mStatusLabel = nullptr;
      QProgressBar *mProgress = nullptr;
      QTabWidget *mTabs = nullptr;
      RoadmapGanttView *mGantt = nullptr;
      QTextBrowser *mDetails = nullptr;
      RoadmapMatrixChart *mMatrix = nullptr;
      QTableWidget *mRankingTable = nullptr;
      QLabel *mExplanation = nullptr;
      QList<QDoubleSpinBox *> mWeightBoxes;
      RoadmapBudgetChart *mBudgetChart = nullptr;
      QTableWidget *mCapsTable = nullptr;
      RoadmapKpiChart *mKpiChart = nullptr;
      QTableWidget *mKpiTable = nullptr;
      QPushButton *mScheduleButton = nullptr;
      QPushButton *mReportButton = nullptr;
  };

  /**
   * Adds the roadmap panel to the main window: a dock (hidden until asked), a "Roadmap" menu,
   * the territory's roadmap loaded when a territory opens, the selection shown on its map.
   * One call from MainWindow's constructor; the window itself knows nothing else of it.
   */
  RoadmapPanel *installRoadmapPanel( MainWindow *window );
} // namespace vigie

#endif
