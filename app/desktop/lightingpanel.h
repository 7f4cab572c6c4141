// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTINGPANEL_H
#define VIGIE_LIGHTINGPANEL_H

#include "lightinganalysis.h"
#include "lightingmap.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAbstractTableModel;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QTimeEdit;
class QTimer;
class QgsMapCanvas;
class QgsMapLayer;
class QgsProject;
class QgsVectorLayer;

namespace vigie
{
  class MainWindow;
  class ChartHolder;
  struct LightingRunState;

  /**
   * \brief The street-lighting panel: the territory's luminaires and streets on the map by
   * EN 13201 class, power, technology or proposed dimming (memory layers, QGIS renderers);
   * the optimisation parameters; Run in the background with a progress bar and Cancel; the
   * results (kWh, €, t CO₂ before and after, investment, payback), the compliance table
   * (street × band) and the plan per year; charts; a per-street profile with the
   * explanation of its class; the PDF report (QGIS print layout). Every figure comes from
   * modules/lighting (the code behind `vigie-cli lighting ...`).
   */
  class LightingPanel : public QWidget
  {
    Q_OBJECT
  public:
    explicit LightingPanel( QgsProject *project, QWidget *parent = nullptr );
    ~LightingPanel() override;

    //! The map the selected street is shown on.
    void setMapCanvas( QgsMapCanvas *canvas );
    //! Loads the territory's inventory in the background; territoryLoaded() follows.
    void setTerritory( const QString &path );
    //! Shows an analysis already in memory (generated inventories, tests); replaces the map layers.
    void setAnalysis( const LightingAnalysis &analysis );
    const LightingAnalysis *analysis() const { return mAnalysis.get(); }

    lighting::OptimisationParameters parameters() const;
    void setParameters( const lighting::OptimisationParameters &parameters );

    //! Starts the optimisation in the background with parameters(); optimisationFinished() follows unless cancelled.
    bool run();
    /**
     * Stops the running optimisation: the GUI is free at once, the previous results stay, and the
     * worker is told to stop (lighting::OptimisationControl), which it does within about 0.1 s.
     */
    void cancel();
    bool isRunning() const { return mRunning; }
    bool isLoading() const { return mLoading; }

    void setMapStyle( LightingMap::Style style );
    LightingMap::Style mapStyle() const { return mStyle; }
    //! The analysis layers on the project (null before a territory is loaded or after the project was cleared).
    QgsVectorLayer *streetLayer() const;
    QgsVectorLayer *luminaireLayer() const;

    //! Shows street \a segment (index in the inventory) in the profile tab: explanation and chart.
    void selectStreet( int segment );
    int selectedStreet() const { return mSelectedStreet; }
    QString explanationText() const;

    QTableWidget *resultsTable() const { return mResults; }
    QTableWidget *planTable() const { return mPlan; }
    QAbstractTableModel *complianceModel() const;
    QProgressBar *progressBar() const { return mProgress; }
    QString statusText() const;

    //! Writes the PDF report; \a pageCount receives the layout's page count.
    bool exportPdf( const QString &path, int *pageCount = nullptr, QString *errorMessage = nullptr );

  public slots:
    void exportPdfDialog();

  signals:
    void territoryLoaded( bool ok, const QString &errorMessage );
    void optimisationFinished( bool ok, const QString &errorMessage );
    void optimisationCancelled();
    void errorOccurred( const QString &message );

  private:
    void buildLayers();
    void removeLayers();
    void updateResults();
    void updateCharts();
    void updateStreetList();
    void updateBusy();
    void showStatus( const QString &text, bool error = false );

    QPointer<QgsProject> mProject;
    QPointer<QgsMapCanvas> mCanvas;
    QPointer<QgsVectorLayer> mStreetLayer;
    QPointer<QgsVectorLayer> mLuminaireLayer;
    std::shared_ptr<const LightingAnalysis> mAnalysis;
    LightingMap::Style mStyle = LightingMap::Style::Class;
    int mGeneration = 0;
    bool mRunning = false;
    //! Cancel flag and progress shared with the running worker (which may outlive the panel).
    std::shared_ptr<LightingRunState> mRunState;
    bool mLoading = false;
    int mSelectedStreet = -1;
    QElapsedTimer mClock;

    QLabel *mTerritoryLabel = nullptr;
    QComboBox *mStyleCombo = nullptr;
    QLabel *mStatus = nullptr;
    QProgressBar *mProgress = nullptr;
    QTimer *mTicker = nullptr;
    QPushButton *mRunButton = nullptr;
    QPushButton *mCancelButton = nullptr;
    QPushButton *mPdfButton = nullptr;
    QTabWidget *mTabs = nullptr;
    QDoubleSpinBox *mBudget = nullptr;
    QSpinBox *mYears = nullptr;
    QComboBox *mUnit = nullptr;
    QCheckBox *mSwitchOff = nullptr;
    QTimeEdit *mSwitchOffStart = nullptr;
    QTimeEdit *mSwitchOffEnd = nullptr;
    QDoubleSpinBox *mPeakPrice = nullptr;
    QDoubleSpinBox *mOffPeakPrice = nullptr;
    QDoubleSpinBox *mCo2 = nullptr;
    QDoubleSpinBox *mCee = nullptr;
    QDoubleSpinBox *mCostLuminaire = nullptr;
    QDoubleSpinBox *mCostCabinet = nullptr;
    QTableWidget *mResults = nullptr;
    QLabel *mSummary = nullptr;
    QTableWidget *mPlan = nullptr;
    QTableView *mComplianceView = nullptr;
    QAbstractTableModel *mCompliance = nullptr;
    ChartHolder *mNightChart = nullptr;
    ChartHolder *mSavingsChart = nullptr;
    ChartHolder *mInvestmentChart = nullptr;
    QLineEdit *mStreetFilter = nullptr;
    QTableWidget *mStreets = nullptr;
    QTextBrowser *mExplanation = nullptr;
    ChartHolder *mProfileChart = nullptr;
  };

  //! Adds the lighting panel to \a window as a dock with a Lighting menu; follows the territory opened.
  LightingPanel *installLightingPanel( MainWindow *window );
} // namespace vigie

#endif
