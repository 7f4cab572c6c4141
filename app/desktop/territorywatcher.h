// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TERRITORYWATCHER_H
#define VIGIE_TERRITORYWATCHER_H

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QTimer;
class QgsProject;
class QgsVectorLayer;

namespace vigie
{
  class TerritoryNotify;

  /**
   * \brief Keeps the map of a PostGIS territory up to date with the edits of other desktops:
   * listens to the territory's change notifications (TerritoryNotify) and reloads the layers
   * whose table changed, a short moment after the last notification so that a burst of rows
   * (an import) costs one reload. Changes of plain tables (alarms, roadmap) are passed on with
   * tablesChanged() for the panels that show them.
   */
  class TerritoryWatcher : public QObject
  {
    Q_OBJECT
  public:
    explicit TerritoryWatcher( QgsProject *project, QObject *parent = nullptr );
    ~TerritoryWatcher() override;

    /**
     * Listens to the territory at \a connectionPath ("PG:..." with its credentials). Installs the
     * notification triggers when they are missing and the role may (the tables' owner); without
     * them nothing is notified, which is logged. False with the reason when it cannot listen.
     */
    bool start( const QString &connectionPath, QString *errorMessage = nullptr );
    void stop();
    bool isListening() const;
    //! Milliseconds between the last notification and the reload (default 150).
    void setReloadDelay( int milliseconds );
    TerritoryNotify *notify() const { return mNotify; }

    //! The map layer showing table \a table ("water_pipes"), or nullptr.
    QgsVectorLayer *layerForTable( const QString &table ) const;

  Q_SIGNALS:
    //! Layers reloaded after changes made elsewhere ("domain:name").
    void layersReloaded( const QStringList &qualifiedNames );
    //! Plain tables changed elsewhere (feeds_alarms, roadmap_projects...).
    void tablesChanged( const QStringList &tables );

  private:
    void changed( const QString &table );
    void flush();
    void reloadAll();

    QgsProject *mProject = nullptr;
    TerritoryNotify *mNotify = nullptr;
    QTimer *mTimer = nullptr;
    QSet<QString> mPending;
  };
} // namespace vigie

#endif
