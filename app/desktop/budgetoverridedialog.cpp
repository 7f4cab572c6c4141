// SPDX-License-Identifier: GPL-2.0-or-later
#include "budgetoverridedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie
{
  BudgetOverrideDialog::BudgetOverrideDialog( const QString &projectLabel, bool currentlyFunded, QWidget *parent ) : QDialog( parent )
  {
    setWindowTitle( tr( "Override the outcome" ) );
    QVBoxLayout *layout = new QVBoxLayout( this );
    QLabel *intro = new QLabel(
        tr( "Project %1 is currently %2 by the rule. The override, your user name, the time and the reason are kept in the audit log." )
            .arg( projectLabel, currentlyFunded ? tr( "funded" ) : tr( "not funded" ) ),
        this );
    intro->setWordWrap( true );
    layout->addWidget( intro );
    QFormLayout *form = new QFormLayout();
    mAction = new QComboBox( this );
    mAction->addItem( tr( "Include the project" ), true );
    mAction->addItem( tr( "Exclude the project" ), false );
    mAction->setCurrentIndex( currentlyFunded ? 1 : 0 );
    form->addRow( tr( "Action" ), mAction );
    mReason = new QPlainTextEdit( this );
    mReason->setPlaceholderText( tr( "Mandatory: why the outcome of the rule is overridden" ) );
    form->addRow( tr( "Reason" ), mReason );
    layout->addLayout( form );
    mButtons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
    layout->addWidget( mButtons );
    connect( mButtons, &QDialogButtonBox::accepted, this, &BudgetOverrideDialog::accept );
    connect( mButtons, &QDialogButtonBox::rejected, this, &BudgetOverrideDialog::reject );
    connect( mReason, &QPlainTextEdit::textChanged, this, [this] { mButtons->button( QDialogButtonBox::Ok )->setEnabled( canAccept() ); } );
    mButtons->button( QDialogButtonBox::Ok )->setEnabled( false );
  }

  bool BudgetOverrideDialog::include() const
  {
    return mAction->currentData().toBool();
  }

  void BudgetOverrideDialog::setInclude( bool include )
  {
    mAction->setCurrentIndex( include ? 0 : 1 );
  }

  QString BudgetOverrideDialog::reason() const
  {
    return mReason->toPlainText().trimmed();
  }

  void BudgetOverrideDialog::setReason( const QString &reason )
  {
    mReason->setPlainText( reason );
  }

  bool BudgetOverrideDialog::canAccept() const
  {
    return !reason().isEmpty();
  }

  void BudgetOverrideDialog::accept()
  {
    if ( !canAccept() )
    {
      mReason->setFocus();
      return;
    }
    QDialog::accept();
  }
} // namespace vigie
