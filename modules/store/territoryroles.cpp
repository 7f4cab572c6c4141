// SPDX-License-Identifier: GPL-2.0-or-later
#include "territoryroles.h"

#include "sqlconnection.h"
#include "storeutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigie
{
  namespace
  {
    //! Tables the planner writes: the roadmap, the participatory budget, the bookmarks.
    bool isPlannerTable( const QString &table )
    {
      return table.startsWith( QLatin1String( "roadmap_" ) ) || table.startsWith( QLatin1String( "budget_" ) ) ||
             table == QLatin1String( "vigie_bookmarks" );
    }

    //! Tables the operator writes: the domains' asset layers and the live feeds (observations, alarms).
    bool isOperatorTable( const QString &table )
    {
      if ( table.startsWith( QLatin1String( "feeds_" ) ) )
        return true;
      static const QStringList notAssets{ QStringLiteral( "vigie_" ), QStringLiteral( "roadmap_" ), QStringLiteral( "budget_" ),
                                          QStringLiteral( "territory_" ) };
      for ( const QString &prefix : notAssets )
      {
        if ( table.startsWith( prefix ) )
          return false;
      }
      return table != QLatin1String( "spatial_ref_sys" );
    }
  } // namespace

  bool TerritoryRoles::apply( const QString &path, const QString &prefix, QStringList *granted, QString *errorMessage )
  {
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    const QString shown = store::displayPath( path );
    if ( !SqlConnection::isPostgres( path ) )
      return fail(
          QCoreApplication::translate( "vigie::store", "%1: roles are enforced by PostgreSQL: they need a PostGIS territory (PG:...)" )
              .arg( shown ) );
    static const QRegularExpression validPrefix( QStringLiteral( "^[a-z_][a-z0-9_]{0,40}$" ) );
    if ( !validPrefix.match( prefix ).hasMatch() )
      return fail( QCoreApplication::translate( "vigie::store", "role prefix '%1': use lower-case letters, digits and _ (e.g. vigie)" )
                       .arg( prefix ) );
    QString error;
    std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadWrite, &error );
    if ( !db )
      return fail( QCoreApplication::translate( "vigie::store", "%1: cannot connect to PostgreSQL: %2" ).arg( shown, error ) );
    if ( !db->hasTable( QStringLiteral( "vigie_territory" ) ) )
      return fail( QCoreApplication::translate( "vigie::store", "%1 is a PostGIS database but not a Vigie territory" ).arg( shown ) );
    QList<SqlConnection::Row> rows;
    if ( !db->query( QStringLiteral( "SELECT current_schema()" ), QVariantList(), &rows, &error ) || rows.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error ) );
    const QString schema = SqlConnection::quoteIdentifier( rows.constFirst().value( 0 ).toString() );
    rows.clear();
    if ( !db->query( QStringLiteral( "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                     "AND table_type = 'BASE TABLE' ORDER BY table_name" ),
                     QVariantList(), &rows, &error ) )
      return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error ) );
    QStringList operatorTables;
    QStringList plannerTables;
    for ( const SqlConnection::Row &row : std::as_const( rows ) )
    {
      const QString table = row.value( 0 ).toString();
      if ( isPlannerTable( table ) )
        plannerTables << SqlConnection::quoteIdentifier( table );
      else if ( isOperatorTable( table ) )
        operatorTables << SqlConnection::quoteIdentifier( table );
    }

    const QString viewer = SqlConnection::quoteIdentifier( roleName( prefix, QStringLiteral( "viewer" ) ) );
    const QString operatorRole = SqlConnection::quoteIdentifier( roleName( prefix, QStringLiteral( "operator" ) ) );
    const QString planner = SqlConnection::quoteIdentifier( roleName( prefix, QStringLiteral( "planner" ) ) );
    const QString admin = SqlConnection::quoteIdentifier( roleName( prefix, QStringLiteral( "admin" ) ) );
    QStringList sql;
    for ( const QString &role : roles() )
    {
      const QString name = roleName( prefix, role );
      // role names are checked above: safe in the literal
      sql << QStringLiteral(
                 "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %2 NOLOGIN; END IF; END $$" )
                 .arg( name, SqlConnection::quoteIdentifier( name ) );
      sql << QStringLiteral( "REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2" ).arg( schema, SqlConnection::quoteIdentifier( name ) );
    }
    sql << QStringLiteral( "GRANT %1 TO %2, %3" ).arg( viewer, operatorRole, planner )
        << QStringLiteral( "GRANT %1, %2 TO %3" ).arg( operatorRole, planner, admin )
        << QStringLiteral( "GRANT USAGE ON SCHEMA %1 TO %2" ).arg( schema, viewer )
        << QStringLiteral( "GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2" ).arg( schema, viewer )
        << QStringLiteral( "ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2" ).arg( schema, viewer )
        << QStringLiteral( "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2, %3" ).arg( schema, operatorRole, planner )
        << QStringLiteral( "GRANT ALL ON ALL TABLES IN SCHEMA %1 TO %2" ).arg( schema, admin )
        << QStringLiteral( "GRANT ALL ON ALL SEQUENCES IN SCHEMA %1 TO %2" ).arg( schema, admin )
        << QStringLiteral( "GRANT USAGE, CREATE ON SCHEMA %1 TO %2" ).arg( schema, admin );
    if ( !operatorTables.isEmpty() )
      sql << QStringLiteral( "GRANT INSERT, UPDATE, DELETE ON %1 TO %2" )
                 .arg( operatorTables.join( QStringLiteral( ", " ) ), operatorRole );
    if ( !plannerTables.isEmpty() )
      sql << QStringLiteral( "GRANT INSERT, UPDATE, DELETE ON %1 TO %2" ).arg( plannerTables.join( QStringLiteral( ", " ) ), planner );

    SqlTransaction transaction( *db );
    if ( !transaction.begin( &error ) )
      return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error ) );
    for ( const QString &statement : std::as_const( sql ) )
    {
      if ( !db->execute( statement, QVariantList(), &error ) )
        return fail( QCoreApplication::translate( "vigie::store", "%1: cannot set up the roles (%2): %3" )
                         .arg( shown, statement.left( 120 ), error ) );
    }
    if ( !transaction.commit( &error ) )
      return fail( QCoreApplication::translate( "vigie::store", "%1: cannot commit: %2" ).arg( shown, error ) );
    if ( granted )
    {
      *granted
          << QCoreApplication::translate( "vigie::store", "%1: read every table" ).arg( roleName( prefix, QStringLiteral( "viewer" ) ) )
          << QCoreApplication::translate( "vigie::store", "%1: read, and write %2" )
                 .arg( roleName( prefix, QStringLiteral( "operator" ) ), operatorTables.join( QStringLiteral( ", " ) ) )
          << QCoreApplication::translate( "vigie::store", "%1: read, and write %2" )
                 .arg( roleName( prefix, QStringLiteral( "planner" ) ), plannerTables.join( QStringLiteral( ", " ) ) )
          << QCoreApplication::translate( "vigie::store", "%1: every privilege, schema changes" )
                 .arg( roleName( prefix, QStringLiteral( "admin" ) ) );
    }
    return true;
  }
} // namespace vigie
