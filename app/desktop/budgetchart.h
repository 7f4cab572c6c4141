// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGETCHART_H
#define VIGIE_BUDGETCHART_H

#include <QVector>
#include <QWidget>

namespace vigie
{
  /**
   * \brief A small horizontal bar chart drawn with QPainter (funded amount by category,
   * voter satisfaction histogram): no chart library for two plain charts.
   */
  class BudgetBarChart : public QWidget
  {
    Q_OBJECT
  public:
    struct Bar
    {
      QString label;
      double value = 0;
      QString valueText; //!< shown after the bar
    };

    explicit BudgetBarChart( QWidget *parent = nullptr );

    void setTitle( const QString &title );
    QString title() const { return mTitle; }
    void setBars( const QVector<Bar> &bars );
    const QVector<Bar> &bars() const { return mBars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent( QPaintEvent *event ) override;

  private:
    QString mTitle;
    QVector<Bar> mBars;
  };
} // namespace vigie

#endif
