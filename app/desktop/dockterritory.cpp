// SPDX-License-Identifier: GPL-2.0-or-later
#include "dockterritory.h"
#include "mainwindow.h"
#include "territory.h"
#include <memory>
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

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

  QDockWidget *addHiddenDock( MainWindow *window, const QString &title, const QString &objectName, QWidget *widget,
                              Qt::DockWidgetArea area )
  {
    QDockWidget *dock = new QDockWidget( title, window );
    dock->setObjectName( objectName );
    dock->setWidget( widget );
    window->addDockWidget( area, dock );
    dock->hide();
    return dock;
  }

  QMenu *addDomainMenu( MainWindow *window, const QString &title, QDockWidget *dock, const QString &showText )
  {
    QMenu *menu = new QMenu( title, window );
    QAction *show = menu->addAction( showText );
    QObject::connect( show, &QAction::triggered, dock,
                      [dock]
                      {
                        dock->show();
                        dock->raise();
                      } );
    menu->addAction( dock->toggleViewAction() );
    menu->addSeparator();
    insertDomainMenu( window, menu );
    return menu;
  }

  void insertDomainMenu( MainWindow *window, QMenu *menu )
  {
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu( menus.isEmpty() ? nullptr : menus.last(), menu );
  }
} // namespace vigie
