// SPDX-License-Identifier: GPL-2.0-or-later
#include "territorytenants.h"

#include "sqlconnection.h"
#include "storeutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigie
{
  QString TerritoryTenants::communeRole( const QString &prefix, const QString &code )
  {
    return prefix + QStringLiteral( "_c" ) + code.toLower();
  }

  bool TerritoryTenants::apply( const QString &path, const Options &options, Result *result, QString *errorMessage )
  {
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    const QString shown = store::displayPath( path );
    if ( !SqlConnection::isPostgres( path ) )
      return fail( QCoreApplication::translate(
                       "vigie::store", "%1: tenants are enforced by PostgreSQL row-level security: they need a PostGIS territory (PG:...)" )
                       .arg( shown ) );
    static const QRegularExpression validPrefix( QStringLiteral( "^[a-z_][a-z0-9_]{0,40}$" ) );
    if ( !validPrefix.match( options.prefix ).hasMatch() )
      return fail( QCoreApplication::translate( "vigie::store", "role prefix '%1': use lower-case letters, digits and _ (e.g. vigie)" )
                       .arg( options.prefix ) );
    QString error;
    std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadWrite, &error );
    if ( !db )
      return fail( QCoreApplication::translate( "vigie::store", "%1: cannot connect to PostgreSQL: %2" ).arg( shown, error ) );
    if ( !db->hasTable( QStringLiteral( "vigie_territory" ) ) )
      return fail( QCoreApplication::translate( "vigie::store", "%1 is a PostGIS database but not a Vigie territory" ).arg( shown ) );

    QList<SqlConnection::Row> rows;
    if ( !db->query( QStringLiteral( "SELECT current_schema()" ), QVariantList(), &rows, &error ) || rows.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error ) );
    const QString schemaName = rows.constFirst().value( 0 ).toString();
    const QString schema = SqlConnection::quoteIdentifier( schemaName );

    // layer tables and their geometry column
    rows.clear();
    if ( !db->query( QStringLiteral( "SELECT f_table_name, f_geometry_column FROM geometry_columns WHERE f_table_schema = current_schema() "
                                     "ORDER BY 1" ),
                     QVariantList(), &rows, &error ) )
      return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error ) );
    QString communesTable = options.communesLayer;
    communesTable.replace( QLatin1Char( ':' ), QLatin1Char( '_' ) );
    QString communesGeometry;
    QList<QPair<QString, QString>> assets; // table, geometry column
    for ( const SqlConnection::Row &row : std::as_const( rows ) )
    {
      const QString table = row.value( 0 ).toString();
      if ( table == communesTable )
        communesGeometry = row.value( 1 ).toString();
      else if ( !table.startsWith( QLatin1String( "territory_" ) ) )
        assets << qMakePair( table, row.value( 1 ).toString() );
    }
    if ( communesGeometry.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::store", "%1: no layer %2 with a geometry to take the communes from" )
                       .arg( shown, options.communesLayer ) );
    rows.clear();
    if ( !db->query( QStringLiteral( "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                                     "AND table_name = ? ORDER BY ordinal_position" ),
                     { communesTable }, &rows, &error ) )
      return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error ) );
    QString codeField;
    QStringList columns;
    for ( const SqlConnection::Row &row : std::as_const( rows ) )
    {
      const QString column = row.value( 0 ).toString();
      columns << column;
      if ( column.compare( options.codeField, Qt::CaseInsensitive ) == 0 )
        codeField = column;
    }
    if ( codeField.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::store", "%1: layer %2 has no field '%3' (fields: %4)" )
                       .arg( shown, options.communesLayer, options.codeField, columns.join( QStringLiteral( ", " ) ) ) );
    if ( assets.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::store", "%1: no asset layer to share between communes" ).arg( shown ) );

    const QString communes = SqlConnection::quoteIdentifier( communesTable );
    const QString code = SqlConnection::quoteIdentifier( codeField );
    const QString communesGeom = SqlConnection::quoteIdentifier( communesGeometry );
    const QString tenant = tenantRole( options.prefix );
    const QString department = departmentRole( options.prefix );
    const QString column = communeColumn();
    const QString communePrefix = options.prefix + QStringLiteral( "_c" );

    QStringList sql;
    sql << QStringLiteral( "CREATE TABLE IF NOT EXISTS vigie_tenants (role TEXT PRIMARY KEY, commune TEXT)" )
        << QStringLiteral(
               "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %2 NOLOGIN; END IF; END $$" )
               .arg( tenant, SqlConnection::quoteIdentifier( tenant ) )
        << QStringLiteral(
               "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %2 NOLOGIN; END IF; END $$" )
               .arg( department, SqlConnection::quoteIdentifier( department ) )
        << QStringLiteral( "GRANT %1 TO %2" ).arg( SqlConnection::quoteIdentifier( tenant ), SqlConnection::quoteIdentifier( department ) )
        << QStringLiteral( "DELETE FROM vigie_tenants" )
        << QStringLiteral( "INSERT INTO vigie_tenants (role, commune) VALUES (%1, NULL)" ).arg( store::sqlQuote( department ) )
        // one role per commune code (codes are letters and digits: 29019, 2A004)
        << QStringLiteral( "INSERT INTO vigie_tenants (role, commune) SELECT DISTINCT %1 || lower(%2::text), %2::text FROM %3 "
                           "WHERE %2::text ~ '^[A-Za-z0-9]+$'" )
               .arg( store::sqlQuote( communePrefix ), code, communes )
        << QStringLiteral(
               "DO $$ DECLARE r text; BEGIN FOR r IN SELECT role FROM vigie_tenants WHERE commune IS NOT NULL LOOP "
               "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF; "
               "EXECUTE format('GRANT %I TO %I', %1, r); END LOOP; END $$" )
               .arg( store::sqlQuote( tenant ) )
        << QStringLiteral( "GRANT USAGE ON SCHEMA %1 TO %2" ).arg( schema, SqlConnection::quoteIdentifier( tenant ) )
        << QStringLiteral( "GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2" ).arg( schema, SqlConnection::quoteIdentifier( tenant ) )
        << QStringLiteral( "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2" )
               .arg( schema, SqlConnection::quoteIdentifier( tenant ) )
        // the commune of a geometry: the commune polygon holding a point of it; SECURITY DEFINER so
        // that the lookup works whatever the writer may read; the code always follows the geometry
        << QStringLiteral(
               "CREATE OR REPLACE FUNCTION vigie_tenant_assign() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
               "SET search_path = %1, public AS $vigie$ DECLARE g geometry; BEGIN "
               "EXECUTE format('SELECT ($1).%I', TG_ARGV[0]) USING NEW INTO g; "
               "IF g IS NULL OR ST_IsEmpty(g) THEN NEW.%2 := NULL; "
               "ELSE NEW.%2 := (SELECT c.%3::text FROM %4 c WHERE ST_Intersects(c.%5, ST_PointOnSurface(g)) ORDER BY c.%3 LIMIT 1); "
               "END IF; RETURN NEW; END $vigie$" )
               .arg( schema, column, code, communes, communesGeom );

    // who sees a row: roles outside the tenants (owner, viewer/operator roles), the département, the row's commune
    const QString visible =
        QStringLiteral( "(NOT pg_has_role(current_user, %1, 'MEMBER') "
                        "OR EXISTS (SELECT 1 FROM vigie_tenants v WHERE v.commune IS NULL AND pg_has_role(current_user, v.role, 'MEMBER')) "
                        "OR %2 IN (SELECT v.commune FROM vigie_tenants v WHERE v.commune IS NOT NULL AND pg_has_role(current_user, v.role, "
                        "'MEMBER')))" )
            .arg( store::sqlQuote( tenant ), column );
    QStringList assetTables;
    for ( const auto &asset : std::as_const( assets ) )
    {
      const QString table = SqlConnection::quoteIdentifier( asset.first );
      const QString geom = SqlConnection::quoteIdentifier( asset.second );
      assetTables << table;
      sql << QStringLiteral( "ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 TEXT" ).arg( table, column )
          << QStringLiteral( "CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)" )
                 .arg( SqlConnection::quoteIdentifier( asset.first + QStringLiteral( "_vigie_commune_idx" ) ), table, column )
          << QStringLiteral( "UPDATE %1 t SET %2 = (SELECT c.%3::text FROM %4 c WHERE ST_Intersects(c.%5, ST_PointOnSurface(t.%6)) "
                             "ORDER BY c.%3 LIMIT 1) WHERE t.%6 IS NOT NULL AND NOT ST_IsEmpty(t.%6)" )
                 .arg( table, column, code, communes, communesGeom, geom )
          << QStringLiteral( "DROP TRIGGER IF EXISTS vigie_tenant ON %1" ).arg( table )
          << QStringLiteral(
                 "CREATE TRIGGER vigie_tenant BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION vigie_tenant_assign(%2)" )
                 .arg( table, store::sqlQuote( asset.second ) )
          << QStringLiteral( "ALTER TABLE %1 ENABLE ROW LEVEL SECURITY" ).arg( table )
          << QStringLiteral( "DROP POLICY IF EXISTS vigie_tenant ON %1" ).arg( table )
          << QStringLiteral( "CREATE POLICY vigie_tenant ON %1 USING %2 WITH CHECK %2" ).arg( table, visible );
    }
    sql << QStringLiteral( "GRANT INSERT, UPDATE, DELETE ON %1 TO %2" )
               .arg( assetTables.join( QStringLiteral( ", " ) ), SqlConnection::quoteIdentifier( tenant ) );

    SqlTransaction transaction( *db );
    if ( !transaction.begin( &error ) )
      return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error ) );
    for ( const QString &statement : std::as_const( sql ) )
    {
      if ( !db->execute( statement, QVariantList(), &error ) )
        return fail( QCoreApplication::translate( "vigie::store", "%1: cannot set up the tenants (%2): %3" )
                         .arg( shown, statement.left( 120 ), error ) );
    }
    Result local;
    local.tenantRole = tenant;
    local.departmentRole = department;
    rows.clear();
    if ( !db->query( QStringLiteral( "SELECT count(*) FROM vigie_tenants WHERE commune IS NOT NULL" ), QVariantList(), &rows, &error ) ||
         rows.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error ) );
    local.communes = rows.constFirst().value( 0 ).toInt();
    for ( const auto &asset : std::as_const( assets ) )
    {
      rows.clear();
      if ( !db->query( QStringLiteral( "SELECT count(%1), count(*) - count(%1) FROM %2" )
                           .arg( column, SqlConnection::quoteIdentifier( asset.first ) ),
                       QVariantList(), &rows, &error ) ||
           rows.isEmpty() )
        return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error ) );
      local.assignedRows << qMakePair( asset.first, rows.constFirst().value( 0 ).toLongLong() );
      local.unassignedRows << qMakePair( asset.first, rows.constFirst().value( 1 ).toLongLong() );
    }
    if ( !transaction.commit( &error ) )
      return fail( QCoreApplication::translate( "vigie::store", "%1: cannot commit: %2" ).arg( shown, error ) );
    if ( result )
      *result = local;
    return true;
  }
} // namespace vigie
