// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <functional>
#include <QString>
#include <Qt>

class QDockWidget;
class QMenu;
class QObject;
class QWidget;

namespace vigie
{
  class MainWindow;

  /**
   * Calls \a load with the territory's path when \a dock is first shown for that territory
   * (at once if the dock is visible when the territory opens). Domain panels read their
   * layers this way so that users who never open a panel do not pay for it while they work
   * on the map (building the lighting analysis layers costs the GUI thread about a second).
   * \a context owns the connections (usually the panel).
   */
  void loadTerritoryWhenDockShown( MainWindow *window, QDockWidget *dock, QObject *context,
                                   const std::function<void( const QString &path )> &load );

  //! Docks \a widget in \a area of \a window, hidden: domain panels are shown from their menu.
  QDockWidget *addHiddenDock( MainWindow *window, const QString &title, const QString &objectName, QWidget *widget,
                              Qt::DockWidgetArea area );

  /**
   * A domain menu of \a window, placed before its last menu (Help), starting with \a showText
   * (shows and raises \a dock) and the dock's own show/hide toggle, then a separator.
   */
  //! Places \a menu in the menu bar of \a window before its last menu (Help).
  void insertDomainMenu( MainWindow *window, QMenu *menu );

  QMenu *addDomainMenu( MainWindow *window, const QString &title, QDockWidget *dock, const QString &showText );
} // namespace vigie
