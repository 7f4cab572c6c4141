// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TERRITORYNOTIFY_H
#define VIGIE_TERRITORYNOTIFY_H

#include "vigie_store_export.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QSocketNotifier;
class QTimer;

namespace vigie
{
  /**
   * \brief Change notifications of a PostGIS territory: several desktops on one database see
   * each other's edits without a manual reload.
   *
   * install() puts a trigger on the watched tables (every layer table, the alarms and the
   * roadmap tables) that sends `NOTIFY vigie_changes, '<table>:<op>:<key>'` (op: insert,
   * update or delete; key: the row's fid or id, empty when the table has neither).
   * PostgreSQL delivers a notification when the writing transaction commits, to every
   * listening session. start() opens a libpq connection of its own, LISTENs, and watches its
   * socket with a QSocketNotifier (no polling; sockets work the same on Windows); a lost
   * connection is reported and retried every few seconds, and reconnected() tells that changes
   * may have been missed meanwhile.
   */
  class VIGIE_STORE_EXPORT TerritoryNotify : public QObject
  {
    Q_OBJECT
  public:
    //! One decoded notification.
    struct Change
    {
      QString table;
      QString operation; //!< insert, update or delete
      qint64 key = -1;   //!< fid or id of the row, -1 when unknown
    };

    //! The NOTIFY channel.
    static QString channel() { return QStringLiteral( "vigie_changes" ); }

    explicit TerritoryNotify( QObject *parent = nullptr );
    ~TerritoryNotify() override;

    //! Connects to the territory at \a path ("PG:CONNINFO") and listens; false with the reason.
    bool start( const QString &path, QString *errorMessage = nullptr );
    void stop();
    bool isListening() const;

    /**
     * Creates (or replaces) the notification triggers on the territory's watched tables;
     * needs the tables' owner. \a tables receives the tables that notify. Idempotent: run again
     * after a module creates tables.
     */
    static bool install( const QString &path, QStringList *tables = nullptr, QString *errorMessage = nullptr );
    //! The tables install() watches in the database at \a path: layer tables, feeds_alarms*, roadmap_*.
    static QStringList watchedTables( const QString &path, QString *errorMessage = nullptr );
    //! True when the triggers are in place on every watched table.
    static bool isInstalled( const QString &path, QString *errorMessage = nullptr );

    //! Decodes a payload "<table>:<op>:<key>"; false when malformed.
    static bool parsePayload( const QString &payload, Change *change );

  Q_SIGNALS:
    //! A committed change of \a table (one signal per row).
    void changed( const QString &table, const QString &operation, qint64 key );
    //! The listening connection was lost (server restart, network); retried every few seconds.
    void connectionLost( const QString &message );
    //! Listening again after a loss: changes made meanwhile were not notified.
    void reconnected();

  private:
    void readNotifications();
    bool connectAndListen( QString *errorMessage );
    void closeConnection();
    void lost( const QString &message );

    struct Private;
    Private *d = nullptr;
  };
} // namespace vigie

#endif
