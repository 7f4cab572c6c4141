// SPDX-License-Identifier: GPL-2.0-or-later
#include "dockterritory.h"
#include "mainwindow.h"
#include "territory.h"
#include <QDockWidget>
#include <memory>

namespace vigie
{
  void loadTerritoryWhenDockShown( MainWindow *window, QDockWidget *dock, QObject *context,
                                   const std::function<void( const QString &path )> &load )
  {
    // the path waiting for the dock to be shown; empty once loaded
    auto pending = std::make_shared<QString>( window->territory() ? window->territory()->path() : QString() );
    QObject::connect( window, &MainWindow::territoryOpened, context,
                      [dock, pending, load]( const QString &path )
                      {
                        *pending = path;
                        if ( dock->isVisible() )
                        {
                          pending->clear();
                          load( path );
                        }
                      } );
    QObject::connect( dock, &QDockWidget::visibilityChanged, context,
                      [pending, load]( bool visible )
                      {
                        if ( visible && !pending->isEmpty() )
                        {
                          const QString path = *pending;
                          pending->clear();
                          load( path );
                        }
                      } );
  }
} // namespace vigie
