// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGETOVERRIDEDIALOG_H
#define VIGIE_BUDGETOVERRIDEDIALOG_H

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace vigie
{
  //! Asks how to override a project's outcome (include or exclude) and why: no reason, no override.
  class BudgetOverrideDialog : public QDialog
  {
    Q_OBJECT
  public:
    BudgetOverrideDialog( const QString &projectLabel, bool currentlyFunded, QWidget *parent = nullptr );

    bool include() const;
    void setInclude( bool include );
    QString reason() const;
    void setReason( const QString &reason );
    //! OK is enabled only with a non-empty reason.
    bool canAccept() const;

  public slots:
    void accept() override;

  private:
    QComboBox *mAction = nullptr;
    QPlainTextEdit *mReason = nullptr;
    QDialogButtonBox *mButtons = nullptr;
  };
} // namespace vigie

#endif
