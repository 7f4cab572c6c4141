// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BOOKMARKSPANEL_H
#define VIGIE_BOOKMARKSPANEL_H

#include "territory.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace vigie
{
  /**
   * \brief The bookmarks of the open territory: add the current view, rename in place,
   * remove, zoom on double-click. The panel only shows and asks; the main window writes
   * the territory file.
   */
  class BookmarksPanel : public QWidget
  {
      Q_OBJECT
    public:
      explicit BookmarksPanel( QWidget *parent = nullptr );

      void setBookmarks( const QList<Bookmark> &bookmarks );
      const QList<Bookmark> &bookmarks() const { return mBookmarks; }
      //! Enabled when a territory is open.
      void setTerritoryOpen( bool open );
      QListWidget *list() const { return mList; }

    signals:
      void addRequested();
      void renameRequested( qint64 id, const QString &name );
      void removeRequested( qint64 id );
      void zoomRequested( const QRectF &extent );

    private:
      void itemChanged( QListWidgetItem *item );
      qint64 currentId() const;
      QListWidget *mList = nullptr;
      QToolButton *mAdd = nullptr;
      QToolButton *mRename = nullptr;
      QToolButton *mRemove = nullptr;
      QToolButton *mZoom = nullptr;
      QList<Bookmark> mBookmarks;
      bool mFilling = false;
  };
} // namespace vigie

#endif
