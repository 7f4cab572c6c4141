// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadmapgantt.h"

#include "roadmapreport.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace vigie
{
  using namespace vigie::roadmap;

  namespace
  {
    constexpr int kIdRole = 0;

    //! A bar that moves along the time axis only.
    class BarItem : public QGraphicsRectItem
    {
    public:
      using QGraphicsRectItem::QGraphicsRectItem;

    protected:
      QVariant itemChange( GraphicsItemChange change, const QVariant &value ) override
      {
        if ( change == ItemPositionChange )
          return QPointF( value.toPointF().x(), 0 );
        return QGraphicsRectItem::itemChange( change, value );
      }
    };

    YearMonth shownStart( const Project &p )
    {
      return p.isCommitted() && p.actualStart.isValid() ? p.actualStart : p.start;
    }
  } // namespace

  RoadmapGanttView::RoadmapGanttView( QWidget *parent )
      : QGraphicsView( parent )
  {
    setScene( new QGraphicsScene( this ) );
    setRenderHint( QPainter::Antialiasing );
    setAlignment( Qt::AlignLeft | Qt::AlignTop );
    setDragMode( QGraphicsView::NoDrag );
    setToolTip( tr( "Drag a bar to move the project's start; double-click to edit it. Red outline: critical path." ) );
  }

  void RoadmapGanttView::setRoadmap( const Roadmap &roadmap, const CriticalPath &criticalPath )
  {
    scene()->clear();
    mBars.clear();
    mStarts.clear();
    mSelectionItem = nullptr;
    mArrowCount = 0;
    mCritical = QSet<QString>( criticalPath.path.begin(), criticalPath.path.end() );

    QList<const Project *> projects;
    for ( const Project &p : roadmap.projects )
      if ( p.status != Status::Cancelled && p.start.isValid() )
        projects.append( &p );
    std::sort( projects.begin(), projects.end(), []( const Project *a, const Project *b ) {
      const int sa = shownStart( *a ).monthIndex();
      const int sb = shownStart( *b ).monthIndex();
      return sa != sb ? sa < sb : a->id < b->id;
    } );
    if ( projects.isEmpty() )
    {
      scene()->addSimpleText( tr( "No project in the roadmap." ) );
      return;
    }
    int first = shownStart( *projects.first() ).monthIndex();
    int last = first + 12;
    for ( const Project *p : std::as_const( projects ) )
    {
      first = std::min( first, shownStart( *p ).monthIndex() );
      last = std::max( last, shownStart( *p ).monthIndex() + p->durationMonths );
    }
    first -= first % 12;
    last += 12 + ( 12 - last % 12 ) % 12; // room to drag beyond the end
    mFirstMonth = first;
    const double top = 24;
    const double height = top + projects.size() * kRowHeight;

    QFont bold = font();
    bold.setBold( true );
    for ( int m = first; m <= last; m += 12 )
    {
      const double x = kLabelWidth + ( m - first ) * kMonthWidth;
      scene()->addLine( x, 0, x, height, QPen( QColor( 0xbb, 0xbb, 0xbb ) ) );
      if ( m < last )
      {
        QGraphicsSimpleTextItem *year = scene()->addSimpleText( QString::number( m / 12 ), bold );
        year->setPos( x + 6 * kMonthWidth - year->boundingRect().width() / 2, 2 );
      }
    }
    for ( int i = 0; i < projects.size(); ++i )
    {
      const Project &p = *projects.at( i );
      const double y = top + i * kRowHeight;
      if ( i % 2 )
        scene()->addRect( 0, y, kLabelWidth + ( last - first ) * kMonthWidth, kRowHeight, Qt::NoPen, QColor( 0xf4, 0xf4, 0xf4 ) )->setZValue( -2 );
      QGraphicsSimpleTextItem *label = scene()->addSimpleText( p.title );
      const QFontMetrics metrics( label->font() );
      label->setText( metrics.elidedText( p.title, Qt::ElideRight, int( kLabelWidth - 8 ) ) );
      label->setPos( 4, y + ( kRowHeight - label->boundingRect().height() ) / 2 );
      label->setToolTip( p.title );

      const YearMonth start = shownStart( p );
      const QRectF rect( kLabelWidth + ( start.monthIndex() - first ) * kMonthWidth, y + 4, p.durationMonths * kMonthWidth, kRowHeight - 8 );
      BarItem *bar = new BarItem( rect );
      bar->setBrush( domainColor( p.domain ) );
      bar->setPen( mCritical.contains( p.id ) ? QPen( QColor( 0xd0, 0x10, 0x10 ), 2.5 ) : QPen( QColor( 0x44, 0x44, 0x44 ), 0.8 ) );
      bar->setData( kIdRole, p.id );
      bar->setToolTip( tr( "%1\n%2 → %3 (%4 months), %5\n%6" )
                           .arg( p.title, start.toString(), start.addMonths( p.durationMonths - 1 ).toString() )
                           .arg( p.durationMonths )
                           .arg( statusDisplayName( p.status ),
                                 p.isCommitted() ? tr( "Committed: its dates are fixed." ) : tr( "Drag to move its start." ) ) );
      if ( !p.isCommitted() )
      {
        bar->setFlags( QGraphicsItem::ItemIsMovable | QGraphicsItem::ItemSendsGeometryChanges );
        bar->setCursor( Qt::SizeHorCursor );
      }
      else
        bar->setBrush( QBrush( domainColor( p.domain ), Qt::Dense3Pattern ) );
      bar->setZValue( 2 );
      scene()->addItem( bar );
      mBars.insert( p.id, bar );
      mStarts.insert( p.id, start );
    }
    // dependencies: from the predecessor's end to the successor's start
    const QPen arrowPen( QColor( 0x33, 0x33, 0x33 ), 1.0 );
    for ( const Project *p : std::as_const( projects ) )
      for ( const QString &dependency : p->dependencies )
      {
        if ( !mBars.contains( dependency ) )
          continue;
        const QRectF from = mBars.value( dependency )->rect();
        const QRectF to = mBars.value( p->id )->rect();
        const double elbow = std::max( from.right() + 4, to.left() - 6 );
        QPainterPath path( QPointF( from.right(), from.center().y() ) );
        path.lineTo( elbow, from.center().y() );
        path.lineTo( elbow, to.center().y() );
        path.lineTo( to.left(), to.center().y() );
        const bool critical = mCritical.contains( p->id ) && mCritical.contains( dependency );
        QGraphicsPathItem *line = scene()->addPath( path, critical ? QPen( QColor( 0xd0, 0x10, 0x10 ), 1.5 ) : arrowPen );
        line->setZValue( 1 );
        QPolygonF head;
        head << QPointF( to.left(), to.center().y() ) << QPointF( to.left() - 6, to.center().y() - 4 ) << QPointF( to.left() - 6, to.center().y() + 4 );
        scene()->addPolygon( head, Qt::NoPen, critical ? QColor( 0xd0, 0x10, 0x10 ) : QColor( 0x33, 0x33, 0x33 ) )->setZValue( 1 );
        ++mArrowCount;
      }
    scene()->setSceneRect( scene()->itemsBoundingRect().adjusted( 0, 0, 10, 10 ) );
    setSelectedProject( mSelected );
  }

  void RoadmapGanttView::setSelectedProject( const QString &id )
  {
    mSelected = id;
    if ( mSelectionItem )
    {
      scene()->removeItem( mSelectionItem );
      delete mSelectionItem;
      mSelectionItem = nullptr;
    }
    if ( QGraphicsRectItem *bar = mBars.value( id ) )
    {
      const QRectF row( 0, bar->rect().top() - 4, scene()->sceneRect().width(), kRowHeight );
      mSelectionItem = scene()->addRect( row, QPen( QColor( 0x30, 0x70, 0xd0 ), 1.5 ), QColor( 0x30, 0x70, 0xd0, 40 ) );
      mSelectionItem->setZValue( -1 );
      ensureVisible( bar->sceneBoundingRect() );
    }
  }

  QRectF RoadmapGanttView::barRect( const QString &id ) const
  {
    const QGraphicsRectItem *bar = mBars.value( id );
    return bar ? bar->sceneBoundingRect().adjusted( bar->pen().widthF() / 2, bar->pen().widthF() / 2, -bar->pen().widthF() / 2, -bar->pen().widthF() / 2 ) : QRectF();
  }

  bool RoadmapGanttView::dragBar( const QString &id, double dx )
  {
    QGraphicsRectItem *bar = mBars.value( id );
    if ( !bar || !( bar->flags() & QGraphicsItem::ItemIsMovable ) )
      return false;
    bar->setPos( bar->pos() + QPointF( dx, 0 ) );
    release( bar );
    return true;
  }

  QString RoadmapGanttView::projectAt( const QPoint &viewPoint ) const
  {
    const QList<QGraphicsItem *> found = items( viewPoint );
    for ( QGraphicsItem *item : found )
      if ( !item->data( kIdRole ).toString().isEmpty() )
        return item->data( kIdRole ).toString();
    // a click on the row's label
    const QPointF scenePoint = mapToScene( viewPoint );
    for ( auto it = mBars.constBegin(); it != mBars.constEnd(); ++it )
      if ( scenePoint.y() >= it.value()->rect().top() - 4 && scenePoint.y() < it.value()->rect().top() - 4 + kRowHeight )
        return it.key();
    return QString();
  }

  void RoadmapGanttView::mousePressEvent( QMouseEvent *event )
  {
    const QString id = projectAt( event->pos() );
    QGraphicsView::mousePressEvent( event );
    if ( !id.isEmpty() )
    {
      setSelectedProject( id );
      emit projectSelected( id );
    }
  }

  void RoadmapGanttView::mouseReleaseEvent( QMouseEvent *event )
  {
    QGraphicsView::mouseReleaseEvent( event );
    for ( QGraphicsRectItem *bar : std::as_const( mBars ) )
      if ( std::abs( bar->pos().x() ) > 0.5 )
      {
        release( bar );
        return;
      }
  }

  void RoadmapGanttView::mouseDoubleClickEvent( QMouseEvent *event )
  {
    const QString id = projectAt( event->pos() );
    if ( !id.isEmpty() )
      emit projectActivated( id );
    else
      QGraphicsView::mouseDoubleClickEvent( event );
  }

  void RoadmapGanttView::release( QGraphicsRectItem *bar )
  {
    const QString id = bar->data( kIdRole ).toString();
    const int months = int( std::lround( bar->pos().x() / kMonthWidth ) );
    bar->setPos( 0, 0 );
    if ( months == 0 )
      return;
    emit moveRequested( id, mStarts.value( id ).addMonths( months ) );
  }
} // namespace vigie
