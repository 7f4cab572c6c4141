// SPDX-License-Identifier: GPL-2.0-or-later
#include "importreportdialog.h"

#include <qgsapplication.h>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie
{
  QString ImportReportDialog::summary( const QString &layerTitle, const ImportResult &result )
  {
    if ( result.cancelled )
      return tr( "Import into %1 cancelled: nothing was changed." ).arg( layerTitle );
    if ( !result.ok )
      return tr( "Import into %1 failed and was rolled back: %2" ).arg( layerTitle, result.error );
    if ( result.issues.isEmpty() )
      return tr( "%n feature(s) imported into %1.", nullptr, static_cast<int>( result.imported ) ).arg( layerTitle );
    return tr( "%n feature(s) imported into %1, %2 rejected.", nullptr, static_cast<int>( result.imported ) ).arg( layerTitle ).arg( result.issues.size() );
  }

  ImportReportDialog::ImportReportDialog( const QString &source, const QString &layerTitle, const ImportResult &result, QWidget *parent )
    : QDialog( parent )
  {
    setWindowTitle( tr( "Import report" ) );
    resize( 720, 460 );
    QVBoxLayout *layout = new QVBoxLayout( this );

    QHBoxLayout *header = new QHBoxLayout;
    QLabel *icon = new QLabel( this );
    const QString iconName = result.ok && result.issues.isEmpty() ? QStringLiteral( "/mIconSuccess.svg" )
                             : result.ok || result.cancelled   ? QStringLiteral( "/mIconWarning.svg" )
                                                               : QStringLiteral( "/mIconCritical.svg" );
    icon->setPixmap( QgsApplication::getThemeIcon( iconName ).pixmap( 32, 32 ) );
    header->addWidget( icon, 0, Qt::AlignTop );
    QLabel *text = new QLabel( this );
    text->setWordWrap( true );
    text->setTextInteractionFlags( Qt::TextSelectableByMouse );
    text->setText( QStringLiteral( "<b>%1</b><br>%2" ).arg( summary( layerTitle, result ).toHtmlEscaped(),
                                                            tr( "Source: %1" ).arg( QDir::toNativeSeparators( source ) ).toHtmlEscaped() ) );
    header->addWidget( text, 1 );
    layout->addLayout( header );

    if ( !result.unmappedSourceFields.isEmpty() )
    {
      QLabel *unmapped = new QLabel( tr( "Source fields not imported: %1" ).arg( result.unmappedSourceFields.join( QStringLiteral( ", " ) ) ), this );
      unmapped->setWordWrap( true );
      layout->addWidget( unmapped );
    }

    mTable = new QTableWidget( static_cast<int>( result.issues.size() ), 3, this );
    mTable->setHorizontalHeaderLabels( { tr( "Row" ), tr( "Field" ), tr( "Reason" ) } );
    mTable->horizontalHeader()->setSectionResizeMode( 0, QHeaderView::ResizeToContents );
    mTable->horizontalHeader()->setSectionResizeMode( 1, QHeaderView::ResizeToContents );
    mTable->horizontalHeader()->setStretchLastSection( true );
    mTable->verticalHeader()->hide();
    mTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
    mTable->setAlternatingRowColors( true );
    for ( int i = 0; i < result.issues.size(); ++i )
    {
      const ImportIssue &issue = result.issues.at( i );
      QTableWidgetItem *row = new QTableWidgetItem;
      row->setData( Qt::DisplayRole, issue.row );
      mTable->setItem( i, 0, row );
      mTable->setItem( i, 1, new QTableWidgetItem( issue.field ) );
      mTable->setItem( i, 2, new QTableWidgetItem( issue.reason ) );
      mTable->item( i, 2 )->setToolTip( issue.reason );
    }
    mTable->setVisible( !result.issues.isEmpty() );
    layout->addWidget( mTable, 1 );
    if ( result.issues.isEmpty() )
      layout->addStretch( 1 );

    QDialogButtonBox *buttons = new QDialogButtonBox( QDialogButtonBox::Close, this );
    if ( !result.issues.isEmpty() )
    {
      QPushButton *copy = buttons->addButton( tr( "Copy the list" ), QDialogButtonBox::ActionRole );
      connect( copy, &QPushButton::clicked, this, [result] {
        QStringList lines;
        for ( const ImportIssue &issue : result.issues )
          lines << issue.toString();
        QApplication::clipboard()->setText( lines.join( QLatin1Char( '\n' ) ) );
      } );
    }
    connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
    layout->addWidget( buttons );
  }
} // namespace vigie
