// SPDX-License-Identifier: GPL-2.0-or-later
#include "budgetchart.h"

#include <QPainter>

#include <algorithm>

namespace vigie
{
  BudgetBarChart::BudgetBarChart( QWidget *parent ) : QWidget( parent )
  {
    setSizePolicy( QSizePolicy::Expanding, QSizePolicy::Minimum );
  }

  void BudgetBarChart::setTitle( const QString &title )
  {
    mTitle = title;
    update();
  }

  void BudgetBarChart::setBars( const QVector<Bar> &bars )
  {
    mBars = bars;
    updateGeometry();
    update();
  }

  QSize BudgetBarChart::sizeHint() const
  {
    const int row = fontMetrics().height() + 4;
    return QSize( 320, row * ( static_cast<int>( std::max<qsizetype>( mBars.size(), 1 ) ) + 1 ) + 8 );
  }

  QSize BudgetBarChart::minimumSizeHint() const
  {
    return QSize( 160, sizeHint().height() );
  }

  void BudgetBarChart::paintEvent( QPaintEvent * )
  {
    QPainter painter( this );
    painter.setRenderHint( QPainter::Antialiasing, true );
    const QFontMetrics metrics = fontMetrics();
    const int row = metrics.height() + 4;
    const QRect area = rect().adjusted( 4, 4, -4, -4 );

    QFont bold = font();
    bold.setBold( true );
    painter.setFont( bold );
    painter.setPen( palette().color( QPalette::WindowText ) );
    painter.drawText( QRect( area.left(), area.top(), area.width(), row ), Qt::AlignLeft | Qt::AlignVCenter, mTitle );
    painter.setFont( font() );
    if ( mBars.isEmpty() )
    {
      painter.drawText( QRect( area.left(), area.top() + row, area.width(), row ), Qt::AlignLeft | Qt::AlignVCenter, tr( "No data" ) );
      return;
    }

    int labelWidth = 0;
    int valueWidth = 0;
    double maximum = 0;
    for ( const Bar &bar : mBars )
    {
      labelWidth = std::max( labelWidth, metrics.horizontalAdvance( bar.label ) );
      valueWidth = std::max( valueWidth, metrics.horizontalAdvance( bar.valueText ) );
      maximum = std::max( maximum, bar.value );
    }
    labelWidth = std::min( labelWidth + 6, area.width() / 3 );
    const int barLeft = area.left() + labelWidth;
    const int barSpace = std::max( 10, area.width() - labelWidth - valueWidth - 8 );
    const QColor barColor = palette().color( QPalette::Highlight );

    int y = area.top() + row;
    for ( const Bar &bar : mBars )
    {
      const QRect labelRect( area.left(), y, labelWidth - 6, row );
      painter.setPen( palette().color( QPalette::WindowText ) );
      painter.drawText( labelRect, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText( bar.label, Qt::ElideRight, labelRect.width() ) );
      const int width = maximum > 0 ? static_cast<int>( barSpace * bar.value / maximum ) : 0;
      painter.fillRect( QRect( barLeft, y + 3, width, row - 6 ), barColor );
      painter.drawText( QRect( barLeft + width + 4, y, valueWidth + 4, row ), Qt::AlignLeft | Qt::AlignVCenter, bar.valueText );
      y += row;
    }
  }
} // namespace vigie
