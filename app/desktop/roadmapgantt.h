// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAPGANTT_H
#define VIGIE_ROADMAPGANTT_H

#include "roadmap.h"
#include "scheduling.h"

#include <QGraphicsView>
#include <QHash>
#include <QSet>

class QGraphicsRectItem;
class QGraphicsPathItem;

namespace vigie
{
  /**
   * \brief The roadmap's Gantt timeline: one bar per project (start, duration), coloured by
   * domain, dependencies as arrows (finish to start), the critical path outlined in red.
   * Bars of projects not yet committed can be dragged along the time axis; on release the bar
   * snaps to a month and moveRequested() asks the panel to move the project (the panel
   * validates and redraws).
   */
  class RoadmapGanttView : public QGraphicsView
  {
      Q_OBJECT
    public:
      explicit RoadmapGanttView( QWidget *parent = nullptr );

      void setRoadmap( const roadmap::Roadmap &roadmap, const roadmap::CriticalPath &criticalPath );
      void setSelectedProject( const QString &id );

      //! The bar of a project in scene coordinates (null when it has none).
      QRectF barRect( const QString &id ) const;
      //! Projects drawn with the critical-path outline.
      QSet<QString> criticalProjects() const { return mCritical; }
      //! Number of dependency arrows drawn.
      int arrowCount() const { return mArrowCount; }
      //! First month of the time axis.
      roadmap::YearMonth firstMonth() const { return roadmap::YearMonth::fromMonthIndex( mFirstMonth ); }
      static constexpr double kMonthWidth = 14;
      static constexpr double kRowHeight = 22;
      static constexpr double kLabelWidth = 300;

      /**
       * Drags the bar of \a id by \a dx scene pixels and releases it, as a mouse drag does
       * (tests, keyboard). Returns false when the bar cannot move (committed or unknown).
       */
      bool dragBar( const QString &id, double dx );

    signals:
      void moveRequested( const QString &id, const vigie::roadmap::YearMonth &start );
      void projectSelected( const QString &id );
      void projectActivated( const QString &id );

    protected:
      void mousePressEvent( QMouseEvent *event ) override;
      void mouseReleaseEvent( QMouseEvent *event ) override;
      void mouseDoubleClickEvent( QMouseEvent *event ) override;

    private:
      QString projectAt( const QPoint &viewPoint ) const;
      void release( QGraphicsRectItem *bar );

      QHash<QString, QGraphicsRectItem *> mBars;
      QHash<QString, roadmap::YearMonth> mStarts;
      QSet<QString> mCritical;
      int mFirstMonth = 0;
      int mArrowCount = 0;
      QString mSelected;
      QGraphicsRectItem *mSelectionItem = nullptr;
  };
} // namespace vigie

#endif
