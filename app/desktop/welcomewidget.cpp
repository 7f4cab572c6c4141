// SPDX-License-Identifier: GPL-2.0-or-later
#include "welcomewidget.h"

#include <qgsapplication.h>

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie
{
  WelcomeWidget::WelcomeWidget( const QStringList &demoNames, QWidget *parent )
    : QWidget( parent )
  {
    setObjectName( QStringLiteral( "welcome" ) );
    setAutoFillBackground( true );
    setStyleSheet( QStringLiteral( "QWidget#welcome { background: #eef1f4; }"
                                   "QFrame#welcomeCard { background: white; border: 1px solid #c9d1d9; border-radius: 6px; }"
                                   "QLabel#welcomeTitle { font-size: 22pt; font-weight: 600; color: #1f3b57; }"
                                   "QLabel#welcomeSubtitle { color: #5b6b7b; }"
                                   "QPushButton { text-align: left; padding: 6px 10px; }" ) );

    QVBoxLayout *outer = new QVBoxLayout( this );
    outer->addStretch( 1 );
    QHBoxLayout *row = new QHBoxLayout;
    row->addStretch( 1 );
    QFrame *card = new QFrame( this );
    card->setObjectName( QStringLiteral( "welcomeCard" ) );
    card->setMinimumWidth( 520 );
    card->setMaximumWidth( 640 );
    QVBoxLayout *layout = new QVBoxLayout( card );
    layout->setContentsMargins( 28, 24, 28, 24 );
    layout->setSpacing( 10 );

    QHBoxLayout *header = new QHBoxLayout;
    QLabel *logo = new QLabel( card );
    logo->setPixmap( QIcon( QStringLiteral( ":/vigie/icons/vigie.svg" ) ).pixmap( 64, 64 ) );
    header->addWidget( logo );
    QVBoxLayout *titles = new QVBoxLayout;
    QLabel *title = new QLabel( tr( "Vigie" ), card );
    title->setObjectName( QStringLiteral( "welcomeTitle" ) );
    QLabel *subtitle = new QLabel( tr( "Control room for smart territories: networks, assets and live state on one map." ), card );
    subtitle->setObjectName( QStringLiteral( "welcomeSubtitle" ) );
    subtitle->setWordWrap( true );
    titles->addWidget( title );
    titles->addWidget( subtitle );
    header->addLayout( titles, 1 );
    layout->addLayout( header );
    layout->addSpacing( 8 );

    const auto addButton = [this, card, layout]( const QString &icon, const QString &text ) {
      QPushButton *button = new QPushButton( QgsApplication::getThemeIcon( icon ), text, card );
      button->setIconSize( QSize( 24, 24 ) );
      button->setCursor( Qt::PointingHandCursor );
      layout->addWidget( button );
      return button;
    };
    connect( addButton( QStringLiteral( "/mActionFileOpen.svg" ), tr( "Open a territory…" ) ), &QPushButton::clicked, this, &WelcomeWidget::openRequested );
    connect( addButton( QStringLiteral( "/mActionFileNew.svg" ), tr( "Create a new territory…" ) ), &QPushButton::clicked, this, &WelcomeWidget::newRequested );
    for ( const QString &demo : demoNames )
    {
      QString label = demo;
      if ( !label.isEmpty() )
        label[0] = label.at( 0 ).toUpper();
      QPushButton *button = addButton( QStringLiteral( "/mActionNewMap.svg" ), tr( "Create the %1 demo territory" ).arg( label ) );
      connect( button, &QPushButton::clicked, this, [this, demo] { emit demoRequested( demo ); } );
    }

    mRecentTitle = new QLabel( tr( "<b>Recent territories</b>" ), card );
    layout->addSpacing( 8 );
    layout->addWidget( mRecentTitle );
    mRecent = new QListWidget( card );
    mRecent->setMaximumHeight( 140 );
    mRecent->setFrameShape( QFrame::NoFrame );
    layout->addWidget( mRecent );
    connect( mRecent, &QListWidget::itemActivated, this, [this]( QListWidgetItem *item ) { emit recentRequested( item->data( Qt::UserRole ).toString() ); } );
    connect( mRecent, &QListWidget::itemClicked, this, [this]( QListWidgetItem *item ) { emit recentRequested( item->data( Qt::UserRole ).toString() ); } );

    row->addWidget( card );
    row->addStretch( 1 );
    outer->addLayout( row );
    outer->addStretch( 2 );
    setRecentTerritories( {} );
  }

  void WelcomeWidget::setRecentTerritories( const QStringList &paths )
  {
    mRecent->clear();
    const QIcon icon = QgsApplication::getThemeIcon( QStringLiteral( "/mActionAddGeoPackageLayer.svg" ) );
    for ( const QString &path : paths )
    {
      QListWidgetItem *item = new QListWidgetItem( icon, QStringLiteral( "%1   —   %2" ).arg( QFileInfo( path ).completeBaseName(), QDir::toNativeSeparators( path ) ), mRecent );
      item->setData( Qt::UserRole, path );
      item->setToolTip( QDir::toNativeSeparators( path ) );
    }
    mRecentTitle->setVisible( !paths.isEmpty() );
    mRecent->setVisible( !paths.isEmpty() );
  }
} // namespace vigie
