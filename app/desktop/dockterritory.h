// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <functional>

class QDockWidget;
class QObject;

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
} // namespace vigie
