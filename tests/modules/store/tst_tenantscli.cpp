// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli territory tenants / notify on the Finistère sample as a PostGIS territory: 279
// communes become tenants; two communes' staff see disjoint assets, the département all of
// them, and a commune's insert into another commune is refused by PostgreSQL.
#include "pgtestcluster.h"
#include "sqlconnection.h"
#include "vigietest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

using namespace vigie;

namespace
{
  struct Run
  {
    int exitCode = -1;
    QString out;
    QString err;
  };
} // namespace

class TestTenantsCli : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  bool mAvailable = false;
  QString mSkipReason;
  QString mPath;
  QString mPrefix;
  QString mTable; //!< an asset point layer of the loaded plugins

#define REQUIRE_POSTGIS()                                                                                                                  \
  if ( !mAvailable )                                                                                                                       \
    QSKIP( qPrintable( mSkipReason ) );

  Run cli( const QStringList &arguments ) const
  {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert( QStringLiteral( "QT_QPA_PLATFORM" ), QStringLiteral( "offscreen" ) );
    environment.insert( QStringLiteral( "VIGIE_QGIS_PROFILE" ), tempPath( QStringLiteral( "qgis-profile" ) ) );
    environment.insert( QStringLiteral( "VIGIE_LOG_LEVEL" ), QStringLiteral( "warning" ) );
    environment.insert( QStringLiteral( "LC_ALL" ), QStringLiteral( "C.UTF-8" ) );
    environment.remove( QStringLiteral( "VIGIE_PLUGIN_PATH" ) );
    process.setProcessEnvironment( environment );
    process.start( QStringLiteral( VIGIE_BINARY_DIR "/bin/vigie-cli" ), arguments );
    Run run;
    if ( !process.waitForFinished( 600000 ) )
    {
      process.kill();
      process.waitForFinished();
      run.err = QStringLiteral( "timeout" );
      return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8( process.readAllStandardOutput() );
    run.err = QString::fromUtf8( process.readAllStandardError() );
    return run;
  }

  std::unique_ptr<SqlConnection> connectAs( const QString &user ) const
  {
    QString error;
    std::unique_ptr<SqlConnection> db =
        SqlConnection::open( user.isEmpty() ? mPath : mPath + QStringLiteral( " user=" ) + user, SqlConnection::Mode::ReadWrite, &error );
    if ( !db )
      qWarning( "%s", qPrintable( error ) );
    return db;
  }

  //! INSERT of an asset at a point of commune \a code (its point on surface, shifted by \a index metres); required columns filled.
  QString insertInCommune( SqlConnection &db, const QString &code, int index ) const
  {
    QList<SqlConnection::Row> rows;
    QString error;
    if ( !db.query( QStringLiteral(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                        "AND table_name = ? AND is_nullable = 'NO' AND column_default IS NULL AND column_name NOT IN ('fid', 'geom')" ),
                    { mTable }, &rows, &error ) )
      qWarning( "%s", qPrintable( error ) );
    QStringList columns{ QStringLiteral( "geom" ) };
    QStringList values{
        QStringLiteral( "(SELECT ST_Translate(ST_PointOnSurface(geom), %1, 0) FROM territory_communes WHERE insee_code = '%2')" )
            .arg( index )
            .arg( code ) };
    for ( const SqlConnection::Row &row : std::as_const( rows ) )
    {
      columns << SqlConnection::quoteIdentifier( row.value( 0 ).toString() );
      values << QStringLiteral( "'1'" );
    }
    return QStringLiteral( "INSERT INTO %1 (%2) VALUES (%3)" )
        .arg( mTable, columns.join( QStringLiteral( ", " ) ), values.join( QStringLiteral( ", " ) ) );
  }

  //! Rows of the asset table in commune \a code (empty: in any commune; "*": all rows), counted by the owner.
  qint64 count( SqlConnection &db, const QString &code ) const
  {
    QString sql;
    if ( code == QLatin1String( "*" ) )
      sql = QStringLiteral( "SELECT count(*) FROM %1" ).arg( mTable );
    else if ( code.isEmpty() )
      sql = QStringLiteral(
                "SELECT count(*) FROM %1 t WHERE EXISTS (SELECT 1 FROM territory_communes c WHERE ST_Intersects(c.geom, t.geom))" )
                .arg( mTable );
    else
      sql =
          QStringLiteral( "SELECT count(*) FROM %1 t JOIN territory_communes c ON ST_Intersects(c.geom, t.geom) WHERE c.insee_code = '%2'" )
              .arg( mTable, code );
    QList<SqlConnection::Row> rows;
    QString error;
    if ( !db.query( sql, {}, &rows, &error ) || rows.isEmpty() )
    {
      qWarning( "%s", qPrintable( error ) );
      return -1;
    }
    return rows.constFirst().value( 0 ).toLongLong();
  }

  static QSet<qint64> visible( SqlConnection &db, const QString &table )
  {
    QList<SqlConnection::Row> rows;
    QString error;
    if ( !db.query( QStringLiteral( "SELECT fid FROM %1" ).arg( table ), {}, &rows, &error ) )
      qWarning( "%s", qPrintable( error ) );
    QSet<qint64> fids;
    for ( const SqlConnection::Row &row : std::as_const( rows ) )
      fids.insert( row.value( 0 ).toLongLong() );
    return fids;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY( QFileInfo( QStringLiteral( VIGIE_BINARY_DIR "/bin/vigie-cli" ) ).isExecutable() );
    QString error;
    mAvailable = mCluster.start( &mSkipReason, &error );
    if ( !mAvailable && mSkipReason.isEmpty() )
      QFAIL( qPrintable( error ) );
    if ( !mAvailable )
      return;
    mPrefix = QStringLiteral( "f%1" ).arg( QCoreApplication::applicationPid() );
    mPath = mCluster.newDatabase( QStringLiteral( "finistere" ), &error );
    QVERIFY2( !mPath.isEmpty(), qPrintable( error ) );
    const Run run = cli(
        { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--demo" ), QStringLiteral( "finistere" ), mPath } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    std::unique_ptr<SqlConnection> db = connectAs( QString() );
    QVERIFY( db );
    QList<SqlConnection::Row> rows;
    QVERIFY2( db->query( QStringLiteral( "SELECT f_table_name FROM geometry_columns WHERE f_table_schema = current_schema() "
                                         "AND type IN ('POINT', 'MULTIPOINT') AND f_table_name NOT LIKE 'territory\\_%' ORDER BY 1" ),
                         {}, &rows, &error ),
              qPrintable( error ) );
    if ( rows.isEmpty() )
      QSKIP( "no domain plugin with a point layer is loaded" );
    mTable = rows.constFirst().value( 0 ).toString();
  }

  void tenants()
  {
    REQUIRE_POSTGIS();
    std::unique_ptr<SqlConnection> admin = connectAs( QString() );
    QVERIFY( admin );
    QString error;
    // assets of Brest (29019) and Quimper (29232), before the tenants exist
    for ( int i = 0; i < 3; ++i )
      QVERIFY2( admin->execute( insertInCommune( *admin, QStringLiteral( "29019" ), i ), {}, &error ), qPrintable( error ) );
    for ( int i = 0; i < 2; ++i )
      QVERIFY2( admin->execute( insertInCommune( *admin, QStringLiteral( "29232" ), i ), {}, &error ), qPrintable( error ) );

    Run run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "tenants" ), mPath,
                     QStringLiteral( "--communes" ), QStringLiteral( "territory:communes" ), QStringLiteral( "--code-field" ),
                     QStringLiteral( "INSEE_CODE" ), QStringLiteral( "--prefix" ), mPrefix } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    const QJsonObject result = QJsonDocument::fromJson( run.out.toUtf8() ).object();
    QCOMPARE( result.value( QStringLiteral( "communes" ) ).toInt(), 279 );
    const QJsonObject layer = result.value( QStringLiteral( "layers" ) ).toObject().value( mTable ).toObject();
    // what the owner counts by a spatial join of its own (the demo has assets of its own besides ours)
    const qint64 inBrest = count( *admin, QStringLiteral( "29019" ) );
    const qint64 inQuimper = count( *admin, QStringLiteral( "29232" ) );
    const qint64 inCommunes = count( *admin, QString() );
    const qint64 all = count( *admin, QStringLiteral( "*" ) );
    QVERIFY( inBrest >= 3 && inQuimper >= 2 );
    qInfo( "%s: %lld rows, %lld in a commune, %lld in Brest, %lld in Quimper", qPrintable( mTable ), all, inCommunes, inBrest, inQuimper );
    QCOMPARE( static_cast<qint64>( layer.value( QStringLiteral( "assigned" ) ).toDouble() ), inCommunes );
    QCOMPARE( static_cast<qint64>( layer.value( QStringLiteral( "outside" ) ).toDouble() ), all - inCommunes );
    qInfo( "tenants of 279 communes set up in %.1f s", result.value( QStringLiteral( "seconds" ) ).toDouble() );

    const QStringList logins{ QStringLiteral( "CREATE ROLE %1_brest LOGIN IN ROLE %1_c29019" ).arg( mPrefix ),
                              QStringLiteral( "CREATE ROLE %1_quimper LOGIN IN ROLE %1_c29232" ).arg( mPrefix ),
                              QStringLiteral( "CREATE ROLE %1_cd29 LOGIN IN ROLE %1_departement" ).arg( mPrefix ) };
    for ( const QString &sql : logins )
      QVERIFY2( admin->execute( sql, {}, &error ), qPrintable( error ) );
    std::unique_ptr<SqlConnection> brest = connectAs( mPrefix + QStringLiteral( "_brest" ) );
    std::unique_ptr<SqlConnection> quimper = connectAs( mPrefix + QStringLiteral( "_quimper" ) );
    std::unique_ptr<SqlConnection> departement = connectAs( mPrefix + QStringLiteral( "_cd29" ) );
    QVERIFY( brest && quimper && departement );
    const QSet<qint64> seenBrest = visible( *brest, mTable );
    const QSet<qint64> seenQuimper = visible( *quimper, mTable );
    QCOMPARE( seenBrest.size(), inBrest );
    QCOMPARE( seenQuimper.size(), inQuimper );
    QVERIFY( !seenBrest.intersects( seenQuimper ) );
    QCOMPARE( visible( *departement, mTable ).size(), all );

    // Brest adds in Brest; Brest into Quimper is refused by the database
    QVERIFY2( brest->execute( insertInCommune( *brest, QStringLiteral( "29019" ), 7 ), {}, &error ), qPrintable( error ) );
    QVERIFY( !brest->execute( insertInCommune( *brest, QStringLiteral( "29232" ), 7 ), {}, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "row-level security" ) ), qPrintable( error ) );
    QCOMPARE( visible( *quimper, mTable ), seenQuimper );
    QCOMPARE( visible( *departement, mTable ).size(), all + 1 );
    // the département adds anywhere
    QVERIFY2( departement->execute( insertInCommune( *departement, QStringLiteral( "29232" ), 9 ), {}, &error ), qPrintable( error ) );
    QCOMPARE( visible( *quimper, mTable ).size(), inQuimper + 1 );

    // a GeoPackage has no row-level security: usage error
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "tenants" ), tempPath( QStringLiteral( "x.gpkg" ) ) } );
    QCOMPARE( run.exitCode, 2 );
    // an unknown code field: failure naming it, exit 1
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "tenants" ), mPath, QStringLiteral( "--code-field" ),
                 QStringLiteral( "INSEE" ), QStringLiteral( "--prefix" ), mPrefix } );
    QCOMPARE( run.exitCode, 1 );
    QVERIFY2( run.err.contains( QStringLiteral( "'INSEE'" ) ), qPrintable( run.err ) );
  }

  void notify()
  {
    REQUIRE_POSTGIS();
    Run run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "notify" ), mPath } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    const QJsonObject result = QJsonDocument::fromJson( run.out.toUtf8() ).object();
    QCOMPARE( result.value( QStringLiteral( "channel" ) ).toString(), QStringLiteral( "vigie_changes" ) );
    QVERIFY( result.value( QStringLiteral( "tables" ) ).toArray().contains( mTable ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "notify" ), tempPath( QStringLiteral( "x.gpkg" ) ) } );
    QCOMPARE( run.exitCode, 2 );
    // the territory with tenants and notifications stays a valid territory
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "validate" ), mPath } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.out + run.err ) );
  }
};

QTEST_GUILESS_MAIN( TestTenantsCli )
#include "tst_tenantscli.moc"
