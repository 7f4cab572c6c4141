// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TERRITORYROLES_H
#define VIGIE_TERRITORYROLES_H

#include "vigie_store_export.h"

#include <QString>
#include <QStringList>

namespace vigie
{
  /**
   * \brief The roles of a PostGIS territory, enforced by PostgreSQL itself (GRANTs), not only
   * hidden in the GUI: a viewer's INSERT is refused by the database.
   *
   * Four group roles (NOLOGIN), named PREFIX_viewer, PREFIX_operator, PREFIX_planner, PREFIX_admin;
   * people get a login role that is a member of one of them (CREATE ROLE alice LOGIN IN ROLE vigie_viewer).
   * - viewer (elected officials): SELECT on every table;
   * - operator: viewer + writes on the domains' asset layers and the feeds tables (acknowledge alarms, edit assets);
   * - planner: viewer + writes on the roadmap and budget tables and the bookmarks;
   * - admin: every privilege on every table and sequence, and CREATE on the schema (migrations).
   * Grants cover the tables that exist: apply again after a module creates its tables (idempotent).
   */
  class VIGIE_STORE_EXPORT TerritoryRoles
  {
  public:
    static QStringList roles()
    {
      return { QStringLiteral( "viewer" ), QStringLiteral( "operator" ), QStringLiteral( "planner" ), QStringLiteral( "admin" ) };
    }
    //! The PostgreSQL role of \a role for \a prefix ("vigie_viewer").
    static QString roleName( const QString &prefix, const QString &role ) { return prefix + QLatin1Char( '_' ) + role; }

    /**
     * Creates the roles when missing and grants them their privileges on the territory at
     * \a path ("PG:CONNINFO"), in one transaction; needs a connection allowed to create roles.
     * \a granted receives one line per role and table group.
     */
    static bool apply( const QString &path, const QString &prefix, QStringList *granted = nullptr, QString *errorMessage = nullptr );
  };
} // namespace vigie

#endif
