// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TERRITORYTENANTS_H
#define VIGIE_TERRITORYTENANTS_H

#include "vigie_store_export.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vigie
{
  /**
   * \brief Communes as tenants of a département's PostGIS territory: row-level security so that
   * a commune's staff see and edit their own assets only, while the département sees all.
   *
   * apply() gives every asset layer (every layer table except the base "territory_*" layers) a
   * column vigie_commune holding the code of the commune its geometry lies in (spatial join on
   * the communes layer, now, and a BEFORE trigger for new and moved rows — the code always
   * follows the geometry, nobody can write another one), enables row-level security on those
   * tables and creates the roles (NOLOGIN groups):
   * - PREFIX_c<code> for each commune (e.g. vigie_c29019): reads and writes the rows of its commune;
   * - PREFIX_departement: reads and writes every row;
   * - PREFIX_tenant: the group of all of them, holding the table privileges.
   * Staff get a login role in their commune's group (CREATE ROLE marie LOGIN IN ROLE vigie_c29019).
   * A commune's insert or move of an asset into another commune is refused by PostgreSQL
   * ("new row violates row-level security policy"). Roles that are not tenants (the
   * TerritoryRoles viewer/operator..., the owner) are not filtered. Idempotent: run again after
   * communes or layers change.
   */
  class VIGIE_STORE_EXPORT TerritoryTenants
  {
  public:
    struct Options
    {
      QString communesLayer = QStringLiteral( "territory:communes" ); //!< "domain:name" or table name
      QString codeField = QStringLiteral( "insee_code" );             //!< commune code column (case-insensitive)
      QString prefix = QStringLiteral( "vigie" );                     //!< role name prefix
    };

    struct Result
    {
      int communes = 0;                             //!< commune roles
      QList<QPair<QString, qint64>> assignedRows;   //!< per asset table: rows with a commune
      QList<QPair<QString, qint64>> unassignedRows; //!< per asset table: rows outside every commune (département only)
      QString tenantRole;
      QString departmentRole;
    };

    //! Column holding the tenant commune of an asset row.
    static QString communeColumn() { return QStringLiteral( "vigie_commune" ); }
    //! The role of commune \a code ("vigie_c29019").
    static QString communeRole( const QString &prefix, const QString &code );
    static QString departmentRole( const QString &prefix ) { return prefix + QStringLiteral( "_departement" ); }
    static QString tenantRole( const QString &prefix ) { return prefix + QStringLiteral( "_tenant" ); }

    //! Sets up the tenants on the territory at \a path ("PG:CONNINFO"), in one transaction.
    static bool apply( const QString &path, const Options &options, Result *result = nullptr, QString *errorMessage = nullptr );
  };
} // namespace vigie

#endif
