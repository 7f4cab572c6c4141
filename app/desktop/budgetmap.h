// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGETMAP_H
#define VIGIE_BUDGETMAP_H

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

class QgsMapCanvas;
class QgsProject;
class QgsVectorLayer;

namespace vigie
{
  namespace budget
  {
    class Election;
  }

  /**
   * \brief The participatory-budget projects on the map: one point per project, at its
   * PROJECTS latitude/longitude when the file has them, otherwise inside the territory
   * district (or commune) whose name or code matches the project's "district" cell
   * (accents, case and spacing ignored). Coloured by what the two rules of the panel
   * decide: funded by both, by rule A only, by rule B only, not funded. Selecting a point
   * selects the project in the panel and the other way round.
   *
   * The layer is a memory layer in EPSG:4326 on the app's project, in its own layer-tree
   * group; it is rebuilt when the outcome changes and after a territory is (re)opened.
   */
  class BudgetMap : public QObject
  {
    Q_OBJECT
  public:
    //! Status values of the "status" attribute (stable, used by the renderer and tests).
    enum Status
    {
      FundedByBoth = 0,
      FundedByAOnly = 1,
      FundedByBOnly = 2,
      NotFunded = 3,
    };

    BudgetMap( QgsMapCanvas *canvas, QgsProject *project, QObject *parent = nullptr );

    /**
     * Rebuilds the layer for \a election: \a fundedA is rule A's selection after the
     * administrator's overrides, \a fundedB rule B's. Without an election the layer is removed.
     */
    void update( const budget::Election *election, const std::vector<int> &fundedA, const std::vector<int> &fundedB );
    //! Selects and flashes project \a project (index in the election); pans to it when it is off screen.
    void selectProject( int project );

    //! The layer, or nullptr when there is nothing to show.
    QgsVectorLayer *layer() const { return mLayer; }
    //! Projects placed by coordinates, placed in a district, not placed (no coordinates, no matching district).
    int placedByLocation() const { return mByLocation; }
    int placedByDistrict() const { return mByDistrict; }
    int unplaced() const { return mUnplaced; }
    //! One line for the panel: how many projects are on the map and how they were placed.
    QString summary() const;
    //! Layer name (also the layer-tree group name).
    static QString layerName();

  signals:
    //! The user selected project \a project (index in the election) on the map.
    void projectSelected( int project );

  private:
    void removeLayer();
    void layerSelectionChanged();

    QgsMapCanvas *mCanvas = nullptr;
    QgsProject *mProject = nullptr;
    QPointer<QgsVectorLayer> mLayer;
    QHash<int, qint64> mFeatureOfProject;
    bool mSelecting = false;
    int mByLocation = 0;
    int mByDistrict = 0;
    int mUnplaced = 0;
  };
} // namespace vigie

#endif
