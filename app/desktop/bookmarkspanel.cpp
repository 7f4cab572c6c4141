// SPDX-License-Identifier: GPL-2.0-or-later
#include "bookmarkspanel.h"

#include <qgsapplication.h>

#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace
{
  constexpr int kIdRole = Qt::UserRole + 1;
}

namespace vigie
{
  BookmarksPanel::BookmarksPanel( QWidget *parent )
    : QWidget( parent )
  {
    QVBoxLayout *layout = new QVBoxLayout( this );
    layout->setContentsMargins( 4, 4, 4, 4 );
    layout->setSpacing( 2 );
    QHBoxLayout *buttons = new QHBoxLayout;
    buttons->setSpacing( 2 );
    const auto makeButton = [this, buttons]( const QString &icon, const QString &tip ) {
      QToolButton *button = new QToolButton( this );
      button->setIcon( QgsApplication::getThemeIcon( icon ) );
      button->setToolTip( tip );
      button->setAutoRaise( true );
      buttons->addWidget( button );
      return button;
    };
    mAdd = makeButton( QStringLiteral( "/mActionNewBookmark.svg" ), tr( "Add a bookmark for the current view" ) );
    mZoom = makeButton( QStringLiteral( "/mActionZoomToBookmark.svg" ), tr( "Zoom to the selected bookmark" ) );
    mRename = makeButton( QStringLiteral( "/mActionToggleEditing.svg" ), tr( "Rename the selected bookmark" ) );
    mRemove = makeButton( QStringLiteral( "/mActionRemove.svg" ), tr( "Remove the selected bookmark" ) );
    buttons->addStretch( 1 );
    layout->addLayout( buttons );

    mList = new QListWidget( this );
    mList->setEditTriggers( QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked );
    mList->setAlternatingRowColors( true );
    layout->addWidget( mList, 1 );

    connect( mAdd, &QToolButton::clicked, this, &BookmarksPanel::addRequested );
    connect( mRename, &QToolButton::clicked, this, [this] {
      if ( QListWidgetItem *item = mList->currentItem() )
        mList->editItem( item );
    } );
    connect( mRemove, &QToolButton::clicked, this, [this] {
      const qint64 id = currentId();
      if ( id > 0 )
        emit removeRequested( id );
    } );
    const auto zoomCurrent = [this] {
      const qint64 id = currentId();
      for ( const Bookmark &bookmark : std::as_const( mBookmarks ) )
      {
        if ( bookmark.id == id )
          emit zoomRequested( bookmark.extent );
      }
    };
    connect( mZoom, &QToolButton::clicked, this, zoomCurrent );
    connect( mList, &QListWidget::itemDoubleClicked, this, zoomCurrent );
    connect( mList, &QListWidget::itemChanged, this, &BookmarksPanel::itemChanged );
    connect( mList, &QListWidget::currentItemChanged, this, [this] {
      const bool selected = mList->currentItem();
      mZoom->setEnabled( selected );
      mRename->setEnabled( selected );
      mRemove->setEnabled( selected );
    } );
    setTerritoryOpen( false );
  }

  void BookmarksPanel::setTerritoryOpen( bool open )
  {
    setEnabled( open );
    if ( !open )
      setBookmarks( {} );
  }

  void BookmarksPanel::setBookmarks( const QList<Bookmark> &bookmarks )
  {
    mFilling = true;
    mBookmarks = bookmarks;
    mList->clear();
    const QIcon icon = QgsApplication::getThemeIcon( QStringLiteral( "/mActionShowBookmarks.svg" ) );
    for ( const Bookmark &bookmark : bookmarks )
    {
      QListWidgetItem *item = new QListWidgetItem( icon, bookmark.name, mList );
      item->setData( kIdRole, bookmark.id );
      item->setFlags( item->flags() | Qt::ItemIsEditable );
      item->setToolTip( tr( "Double-click to zoom; press F2 to rename" ) );
    }
    mZoom->setEnabled( false );
    mRename->setEnabled( false );
    mRemove->setEnabled( false );
    mFilling = false;
  }

  qint64 BookmarksPanel::currentId() const
  {
    const QListWidgetItem *item = mList->currentItem();
    return item ? item->data( kIdRole ).toLongLong() : 0;
  }

  void BookmarksPanel::itemChanged( QListWidgetItem *item )
  {
    if ( mFilling )
      return;
    const qint64 id = item->data( kIdRole ).toLongLong();
    const QString name = item->text().trimmed();
    for ( const Bookmark &bookmark : std::as_const( mBookmarks ) )
    {
      if ( bookmark.id == id && bookmark.name != name )
      {
        if ( name.isEmpty() )
        {
          // an empty name is refused: put the old one back
          mFilling = true;
          item->setText( bookmark.name );
          mFilling = false;
          return;
        }
        emit renameRequested( id, name );
        return;
      }
    }
  }
} // namespace vigie
