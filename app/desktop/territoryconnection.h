// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TERRITORYCONNECTION_H
#define VIGIE_TERRITORYCONNECTION_H

#include <QList>
#include <QPair>
#include <QString>

namespace vigie
{
  /**
   * \brief The app's side of a "PG:CONNINFO" territory path: credentials from the QGIS
   * authentication manager, what may be kept in the settings, and the database's refusals in
   * words a user understands.
   *
   * A path may name authcfg=ID (a Basic configuration of the QGIS authentication database):
   * libpq does not know that keyword, so resolveCredentials() replaces it with the user name and
   * password read from QGIS, in memory only; the QGIS layers keep authcfg=ID and let QGIS do the
   * same. The path written in the settings never holds a password (withoutPassword()).
   */
  class TerritoryConnection
  {
  public:
    using Keywords = QList<QPair<QString, QString>>;

    //! Splits a libpq connection string (key=value, values optionally in single quotes with \ escapes).
    static Keywords parse( const QString &conninfo );
    //! The inverse of parse(): values quoted when needed.
    static QString format( const Keywords &keywords );
    //! The value of \a key (the last one when repeated, as libpq does).
    static QString value( const Keywords &keywords, const QString &key );

    /**
     * \a path with authcfg=ID replaced by user and password from the QGIS authentication manager
     * (a file path or a PG: path without authcfg comes back unchanged); false with the reason.
     */
    static bool resolveCredentials( const QString &path, QString *connectionPath, QString *errorMessage = nullptr );
    //! \a path without its password keyword: what may go into the settings (recent territories).
    static QString withoutPassword( const QString &path );
    //! A short name for menus: "dbname on host" for PostGIS, the file's base name otherwise.
    static QString shortName( const QString &path );

    //! The database role of a connection (SELECT current_user), empty when it cannot be asked.
    static QString currentRole( const QString &path );
    /**
     * A database refusal (permission denied for a table, row-level security) explained: which
     * table, that role \a role lacks the right, whom to ask; the database's own text is kept on the
     * last line. Any other message comes back unchanged.
     */
    static QString explainRefusal( const QString &message, const QString &role );
  };
} // namespace vigie

#endif
