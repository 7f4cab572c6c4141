// SPDX-License-Identifier: GPL-2.0-or-later
#include "logpanel.h"

#include <qgsapplication.h>

#include <QHeaderView>
#include <QPointer>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
  constexpr int kMaxMessages = 5000;
}

namespace vigie
{
  LogPanel::LogPanel( QWidget *parent )
    : QWidget( parent )
  {
    QVBoxLayout *layout = new QVBoxLayout( this );
    layout->setContentsMargins( 0, 0, 0, 0 );
    mTree = new QTreeWidget( this );
    mTree->setRootIsDecorated( false );
    mTree->setUniformRowHeights( true );
    mTree->setAlternatingRowColors( true );
    mTree->setHeaderLabels( { tr( "Time" ), tr( "Topic" ), tr( "Message" ) } );
    mTree->header()->setSectionResizeMode( 0, QHeaderView::ResizeToContents );
    mTree->header()->setSectionResizeMode( 1, QHeaderView::ResizeToContents );
    mTree->header()->setStretchLastSection( true );
    layout->addWidget( mTree );

    QPointer<LogPanel> self( this );
    mSinkId = addLogSink( [self]( LogLevel level, const QString &topic, const QString &message ) {
      // sinks may be called from any thread: hop to the panel's thread
      if ( self )
        QMetaObject::invokeMethod( self, "addMessage", Qt::QueuedConnection, Q_ARG( int, static_cast<int>( level ) ), Q_ARG( QString, topic ),
                                   Q_ARG( QString, message ) );
    } );
  }

  LogPanel::~LogPanel()
  {
    removeLogSink( mSinkId );
  }

  int LogPanel::messageCount() const
  {
    return mTree->topLevelItemCount();
  }

  QString LogPanel::message( int row ) const
  {
    const QTreeWidgetItem *item = mTree->topLevelItem( row );
    return item ? QStringLiteral( "%1: %2" ).arg( item->text( 1 ), item->text( 2 ) ) : QString();
  }

  void LogPanel::addMessage( int level, const QString &topic, const QString &message )
  {
    const LogLevel logLevel = static_cast<LogLevel>( level );
    QString icon;
    switch ( logLevel )
    {
      case LogLevel::Debug:
      case LogLevel::Info:
        icon = QStringLiteral( "/mIconInfo.svg" );
        break;
      case LogLevel::Warning:
        icon = QStringLiteral( "/mIconWarning.svg" );
        break;
      case LogLevel::Critical:
        icon = QStringLiteral( "/mIconCritical.svg" );
        break;
    }
    QTreeWidgetItem *item = new QTreeWidgetItem( mTree );
    item->setIcon( 0, QgsApplication::getThemeIcon( icon ) );
    item->setText( 0, QTime::currentTime().toString( QStringLiteral( "HH:mm:ss" ) ) );
    item->setText( 1, topic );
    item->setText( 2, message );
    item->setToolTip( 2, message );
    while ( mTree->topLevelItemCount() > kMaxMessages )
      delete mTree->takeTopLevelItem( 0 );
    mTree->scrollToItem( item );
    if ( logLevel == LogLevel::Warning || logLevel == LogLevel::Critical )
      emit problemLogged( QStringLiteral( "%1: %2" ).arg( topic, message ) );
  }
} // namespace vigie
