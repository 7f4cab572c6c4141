// SPDX-License-Identifier: GPL-2.0-or-later
// Communes as tenants of a PostGIS territory (TerritoryTenants): row-level security enforced by
// PostgreSQL, checked by connecting as each commune's staff and as the département.
#include "pgtestcluster.h"
#include "sqlconnection.h"
#include "storetestplugin.h"
#include "territory.h"
#include "territorycopy.h"
#include "territorytenants.h"
#include "vigietest.h"

#include <QSet>

using namespace vigie;
using vigie::test::StoreTestPlugin;

class TestTerritoryTenants : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  bool mAvailable = false;
  QString mSkipReason;
  StoreTestPlugin mPlugin{ QStringLiteral( "lighting" ) };
  QString mPath;
  QString mPrefix;

#define REQUIRE_POSTGIS()                                                                                                                  \
  if ( !mAvailable )                                                                                                                       \
    QSKIP( qPrintable( mSkipReason ) );

  static QString point( double x, double y )
  {
    return QStringLiteral( "ST_SetSRID(ST_MakePoint(%1, %2), 2154)" ).arg( x ).arg( y );
  }

  std::unique_ptr<SqlConnection> connectAs( const QString &user )
  {
    QString error;
    std::unique_ptr<SqlConnection> db =
        SqlConnection::open( mPath + QStringLiteral( " user=" ) + user, SqlConnection::Mode::ReadWrite, &error );
    if ( !db )
      qWarning( "%s", qPrintable( error ) );
    return db;
  }

  static QSet<qint64> visibleFids( SqlConnection &db )
  {
    QList<SqlConnection::Row> rows;
    QString error;
    if ( !db.query( QStringLiteral( "SELECT fid FROM lighting_assets" ), {}, &rows, &error ) )
      qWarning( "%s", qPrintable( error ) );
    QSet<qint64> fids;
    for ( const SqlConnection::Row &row : std::as_const( rows ) )
      fids.insert( row.value( 0 ).toLongLong() );
    return fids;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QString error;
    mAvailable = mCluster.start( &mSkipReason, &error );
    if ( !mAvailable && mSkipReason.isEmpty() )
      QFAIL( qPrintable( error ) );
    if ( !mAvailable )
      return;
    // roles are cluster-wide: a prefix of this run
    mPrefix = QStringLiteral( "t%1" ).arg( QCoreApplication::applicationPid() );
    mPath = mCluster.newDatabase( QStringLiteral( "tenants" ), &error );
    QVERIFY2( !mPath.isEmpty(), qPrintable( error ) );
    TerritoryInfo info;
    info.name = QStringLiteral( "Département test" );
    QVERIFY2( Territory::create( mPath, info, { &mPlugin }, &error ), qPrintable( error ) );
    std::unique_ptr<SqlConnection> db = SqlConnection::open( mPath, SqlConnection::Mode::ReadWrite, &error );
    QVERIFY2( db, qPrintable( error ) );
    // two communes side by side, assets in each and one outside both
    const QStringList sql{
        QStringLiteral( "INSERT INTO territory_communes (insee_code, name, geom) VALUES "
                        "('29001', 'Ouest', ST_Multi(ST_MakeEnvelope(0, 0, 100, 100, 2154))), "
                        "('29002', 'Est', ST_Multi(ST_MakeEnvelope(100, 0, 200, 100, 2154)))" ),
        QStringLiteral( "INSERT INTO lighting_assets (name, geom) VALUES ('a1', %1), ('a2', %2), ('a3', %3), ('b1', %4), ('b2', %5), "
                        "('out', %6)" )
            .arg( point( 10, 10 ), point( 50, 50 ), point( 90, 20 ), point( 150, 50 ), point( 190, 90 ), point( 500, 500 ) ) };
    for ( const QString &statement : sql )
      QVERIFY2( db->execute( statement, {}, &error ), qPrintable( error ) );
  }

  void apply()
  {
    REQUIRE_POSTGIS();
    TerritoryTenants::Options options;
    options.prefix = mPrefix;
    options.codeField = QStringLiteral( "INSEE_CODE" ); // case-insensitive
    TerritoryTenants::Result result;
    QString error;
    QVERIFY2( TerritoryTenants::apply( mPath, options, &result, &error ), qPrintable( error ) );
    QCOMPARE( result.communes, 2 );
    QCOMPARE( result.assignedRows.size(), 1 );
    QCOMPARE( result.assignedRows.constFirst().first, QStringLiteral( "lighting_assets" ) );
    QCOMPARE( result.assignedRows.constFirst().second, qint64( 5 ) );
    QCOMPARE( result.unassignedRows.constFirst().second, qint64( 1 ) );
    QCOMPARE( result.departmentRole, mPrefix + QStringLiteral( "_departement" ) );
    // again: idempotent, same result
    QVERIFY2( TerritoryTenants::apply( mPath, options, &result, &error ), qPrintable( error ) );
    QCOMPARE( result.communes, 2 );
    QCOMPARE( result.assignedRows.constFirst().second, qint64( 5 ) );

    // staff login roles in their commune's group, and one for the département
    std::unique_ptr<SqlConnection> admin = SqlConnection::open( mPath, SqlConnection::Mode::ReadWrite, &error );
    QVERIFY( admin );
    const QStringList logins{
        QStringLiteral( "CREATE ROLE %1_ouest LOGIN IN ROLE %2" )
            .arg( mPrefix, TerritoryTenants::communeRole( mPrefix, QStringLiteral( "29001" ) ) ),
        QStringLiteral( "CREATE ROLE %1_est LOGIN IN ROLE %2" )
            .arg( mPrefix, TerritoryTenants::communeRole( mPrefix, QStringLiteral( "29002" ) ) ),
        QStringLiteral( "CREATE ROLE %1_dep LOGIN IN ROLE %2" ).arg( mPrefix, TerritoryTenants::departmentRole( mPrefix ) ) };
    for ( const QString &statement : logins )
      QVERIFY2( admin->execute( statement, {}, &error ), qPrintable( error ) );
  }

  void isolation()
  {
    REQUIRE_POSTGIS();
    std::unique_ptr<SqlConnection> ouest = connectAs( mPrefix + QStringLiteral( "_ouest" ) );
    std::unique_ptr<SqlConnection> est = connectAs( mPrefix + QStringLiteral( "_est" ) );
    std::unique_ptr<SqlConnection> dep = connectAs( mPrefix + QStringLiteral( "_dep" ) );
    QVERIFY( ouest && est && dep );
    const QSet<qint64> seenOuest = visibleFids( *ouest );
    const QSet<qint64> seenEst = visibleFids( *est );
    const QSet<qint64> seenDep = visibleFids( *dep );
    QCOMPARE( seenOuest.size(), 3 );
    QCOMPARE( seenEst.size(), 2 );
    QCOMPARE( seenDep.size(), 6 );
    QVERIFY( !seenOuest.intersects( seenEst ) );
    QVERIFY( seenDep.contains( seenOuest ) );
    QVERIFY( seenDep.contains( seenEst ) );
    // the communes layer itself is readable by all (the map needs it)
    QList<SqlConnection::Row> rows;
    QString error;
    QVERIFY2( ouest->query( QStringLiteral( "SELECT count(*) FROM territory_communes" ), {}, &rows, &error ), qPrintable( error ) );
    QCOMPARE( rows.constFirst().value( 0 ).toLongLong(), qint64( 2 ) );
  }

  //! A tenant territory copies out (e.g. for an offline checkout): the tenant column, derived from
  //! the geometry by the server, is left out and every asset arrives.
  void copyOut()
  {
    REQUIRE_POSTGIS();
    const QString out = tempPath( QStringLiteral( "tenants copy é.gpkg" ) );
    TerritoryCopyResult result;
    QString error;
    QVERIFY2( TerritoryCopy::copy( mPath, out, { &mPlugin }, &result, &error ), qPrintable( error ) );
    std::unique_ptr<SqlConnection> db = SqlConnection::open( out, SqlConnection::Mode::ReadOnly, &error );
    QVERIFY2( db, qPrintable( error ) );
    QList<SqlConnection::Row> rows;
    QVERIFY2( db->query( QStringLiteral( "SELECT count(*) FROM lighting_assets" ), {}, &rows, &error ), qPrintable( error ) );
    QCOMPARE( rows.constFirst().value( 0 ).toLongLong(), qint64( 6 ) );
  }

  void writes()
  {
    REQUIRE_POSTGIS();
    std::unique_ptr<SqlConnection> ouest = connectAs( mPrefix + QStringLiteral( "_ouest" ) );
    std::unique_ptr<SqlConnection> est = connectAs( mPrefix + QStringLiteral( "_est" ) );
    std::unique_ptr<SqlConnection> dep = connectAs( mPrefix + QStringLiteral( "_dep" ) );
    QVERIFY( ouest && est && dep );
    QString error;
    // in its own commune: accepted, the commune code set by the database
    QList<SqlConnection::Row> rows;
    QVERIFY2( ouest->query( QStringLiteral( "INSERT INTO lighting_assets (name, geom) VALUES ('a4', %1) RETURNING fid, vigie_commune" )
                                .arg( point( 20, 80 ) ),
                            {}, &rows, &error ),
              qPrintable( error ) );
    const qint64 a4 = rows.constFirst().value( 0 ).toLongLong();
    QCOMPARE( rows.constFirst().value( 1 ).toString(), QStringLiteral( "29001" ) );
    // into the other commune: refused by PostgreSQL, nothing written
    QVERIFY( !ouest->execute( QStringLiteral( "INSERT INTO lighting_assets (name, geom) VALUES ('intrus', %1)" ).arg( point( 150, 10 ) ),
                              {}, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "row-level security" ) ), qPrintable( error ) );
    // claiming the other commune's code does not help: the code follows the geometry
    rows.clear();
    QVERIFY2( ouest->query( QStringLiteral( "INSERT INTO lighting_assets (name, geom, vigie_commune) VALUES ('a5', %1, '29002') "
                                            "RETURNING vigie_commune" )
                                .arg( point( 30, 30 ) ),
                            {}, &rows, &error ),
              qPrintable( error ) );
    QCOMPARE( rows.constFirst().value( 0 ).toString(), QStringLiteral( "29001" ) );
    // moving its asset into the other commune: refused
    QVERIFY(
        !ouest->execute( QStringLiteral( "UPDATE lighting_assets SET geom = %1 WHERE fid = ?" ).arg( point( 120, 50 ) ), { a4 }, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "row-level security" ) ), qPrintable( error ) );
    // the other commune's rows are out of reach: an update or delete touches nothing
    const QSet<qint64> estRows = visibleFids( *est );
    QStringList estList;
    for ( qint64 fid : estRows )
      estList << QString::number( fid );
    rows.clear();
    QVERIFY2( ouest->query( QStringLiteral( "WITH d AS (DELETE FROM lighting_assets WHERE fid = ANY(string_to_array(?, ',')::bigint[]) "
                                            "RETURNING 1) SELECT count(*) FROM d" ),
                            { estList.join( QLatin1Char( ',' ) ) }, &rows, &error ),
              qPrintable( error ) );
    QCOMPARE( rows.constFirst().value( 0 ).toLongLong(), qint64( 0 ) );
    QCOMPARE( visibleFids( *est ), estRows );
    // the département writes anywhere, even outside every commune
    QVERIFY2( dep->execute( QStringLiteral( "INSERT INTO lighting_assets (name, geom) VALUES ('d1', %1), ('d2', %2)" )
                                .arg( point( 150, 10 ), point( 900, 900 ) ),
                            {}, &error ),
              qPrintable( error ) );
    QCOMPARE( visibleFids( *est ).size(), estRows.size() + 1 );
    QCOMPARE( visibleFids( *dep ).size(), 10 );
  }

  void errors_data()
  {
    QTest::addColumn<QString>( "communes" );
    QTest::addColumn<QString>( "codeField" );
    QTest::addColumn<QString>( "prefix" );
    QTest::addColumn<QString>( "expected" );
    QTest::newRow( "unknown field" ) << QStringLiteral( "territory:communes" ) << QStringLiteral( "code_insee" ) << QStringLiteral( "x" )
                                     << QStringLiteral( "no field 'code_insee'" );
    QTest::newRow( "unknown layer" ) << QStringLiteral( "territory:cantons" ) << QStringLiteral( "insee_code" ) << QStringLiteral( "x" )
                                     << QStringLiteral( "territory:cantons" );
    QTest::newRow( "bad prefix" ) << QStringLiteral( "territory:communes" ) << QStringLiteral( "insee_code" )
                                  << QStringLiteral( "Bad-Prefix" ) << QStringLiteral( "role prefix" );
  }

  void errors()
  {
    REQUIRE_POSTGIS();
    QFETCH( QString, communes );
    QFETCH( QString, codeField );
    QFETCH( QString, prefix );
    QFETCH( QString, expected );
    TerritoryTenants::Options options;
    options.communesLayer = communes;
    options.codeField = codeField;
    options.prefix = prefix;
    QString error;
    QVERIFY( !TerritoryTenants::apply( mPath, options, nullptr, &error ) );
    QVERIFY2( error.contains( expected ), qPrintable( error ) );
  }

  void notPostgis()
  {
    QString error;
    QVERIFY( !TerritoryTenants::apply( tempPath( QStringLiteral( "t.gpkg" ) ), TerritoryTenants::Options(), nullptr, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "PostGIS" ) ), qPrintable( error ) );
  }
};

QTEST_GUILESS_MAIN( TestTerritoryTenants )
#include "tst_territorytenants.moc"
