// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli on PostGIS territories, run as a process like users do: territory create PG:...
// (empty and --demo montpellier), info, validate, and territory copy both ways.
#include "pgtestcluster.h"
#include "vigietest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cmath>

namespace
{
  struct Run
  {
    int exitCode = -1;
    QString out;
    QString err;
  };
} // namespace

class TestPostgisCli : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  bool mAvailable = false;
  QString mSkipReason;
  QString mCli;
  QProcessEnvironment mEnvironment;

  Run cli( const QStringList &arguments, int timeoutMs = 600000 ) const
  {
    QProcess process;
    process.setProcessEnvironment( mEnvironment );
    process.start( mCli, arguments );
    Run run;
    if ( !process.waitForFinished( timeoutMs ) )
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

  QJsonObject json( const Run &run ) const { return QJsonDocument::fromJson( run.out.toUtf8() ).object(); }

  QString newDatabase( const QString &name )
  {
    QString error;
    const QString path = mCluster.newDatabase( name, &error );
    if ( path.isEmpty() )
      qWarning( "cannot create a database: %s", qPrintable( error ) );
    return path;
  }

#define REQUIRE_POSTGIS()                                                                                                                  \
  if ( !mAvailable )                                                                                                                       \
    QSKIP( qPrintable( mSkipReason ) );

private Q_SLOTS:
  void initTestCase()
  {
    mCli = QStringLiteral( VIGIE_BINARY_DIR "/bin/vigie-cli" );
    QVERIFY2( QFileInfo( mCli ).isExecutable(), qPrintable( mCli ) );
    mEnvironment = QProcessEnvironment::systemEnvironment();
    mEnvironment.insert( QStringLiteral( "QT_QPA_PLATFORM" ), QStringLiteral( "offscreen" ) );
    mEnvironment.insert( QStringLiteral( "VIGIE_QGIS_PROFILE" ), tempPath( QStringLiteral( "qgis-profile" ) ) );
    mEnvironment.insert( QStringLiteral( "VIGIE_LOG_LEVEL" ), QStringLiteral( "warning" ) );
    mEnvironment.insert( QStringLiteral( "LC_ALL" ), QStringLiteral( "C.UTF-8" ) );
    mEnvironment.remove( QStringLiteral( "VIGIE_PLUGIN_PATH" ) );
    QString error;
    mAvailable = mCluster.start( &mSkipReason, &error );
    if ( !mAvailable && mSkipReason.isEmpty() )
      QFAIL( qPrintable( error ) );
  }

  void createInfoValidate()
  {
    REQUIRE_POSTGIS();
    const QString path = newDatabase( QStringLiteral( "cli_empty" ) );
    Run run = cli( { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--name" ),
                     QStringLiteral( "Commune test" ), QStringLiteral( "--communes" ), QStringLiteral( "34172" ), path } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    QVERIFY2( run.out.contains( QStringLiteral( "Database: PG:" ) ), qPrintable( run.out ) );

    run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "info" ), path } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    const QJsonObject info = json( run );
    QCOMPARE( info.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "Commune test" ) );
    QCOMPARE( info.value( QStringLiteral( "communes" ) ).toArray().size(), 1 );
    QVERIFY( info.value( QStringLiteral( "featureCounts" ) ).toObject().contains( QStringLiteral( "territory:streets" ) ) );
    // every loaded domain's layers were created, as in a GeoPackage
    QVERIFY( info.value( QStringLiteral( "layers" ) ).toArray().size() > 3 );

    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "validate" ), path } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.out + run.err ) );
    QVERIFY2( run.out.contains( QStringLiteral( "valid" ) ), qPrintable( run.out ) );

    // a second create is refused, the territory untouched
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--name" ), QStringLiteral( "Other" ), path } );
    QCOMPARE( run.exitCode, 1 );
    QVERIFY2( run.err.contains( QStringLiteral( "never overwritten" ) ), qPrintable( run.err ) );
    run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "info" ), path } );
    QCOMPARE( json( run ).value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "Commune test" ) );

    // roles: created by the command, enforced by PostgreSQL
    const QString prefix = QStringLiteral( "c%1" ).arg( QCoreApplication::applicationPid() );
    run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "roles" ), QStringLiteral( "--prefix" ), prefix,
                 path } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    QCOMPARE( json( run ).value( QStringLiteral( "roles" ) ).toObject().value( QStringLiteral( "viewer" ) ).toString(),
              prefix + QStringLiteral( "_viewer" ) );
    QString error;
    std::unique_ptr<vigie::SqlConnection> db = vigie::SqlConnection::open( path, vigie::SqlConnection::Mode::ReadWrite, &error );
    QVERIFY2( db, qPrintable( error ) );
    const QString login = prefix + QStringLiteral( "_elu" );
    QVERIFY2( db->execute( QStringLiteral( "CREATE ROLE %1 LOGIN IN ROLE %2_viewer" ).arg( login, prefix ), {}, &error ),
              qPrintable( error ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "info" ), path + QStringLiteral( " user=" ) + login } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    // a GeoPackage has no roles: usage error
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "roles" ), tempPath( QStringLiteral( "x.gpkg" ) ) } );
    QCOMPARE( run.exitCode, 2 );
  }

  void demoAndCopyBothWays()
  {
    REQUIRE_POSTGIS();
    const QString path = newDatabase( QStringLiteral( "cli_demo" ) );
    Run run = cli(
        { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--demo" ), QStringLiteral( "montpellier" ), path } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "info" ), path } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    const QJsonObject onPostgis = json( run );
    const QJsonObject counts = onPostgis.value( QStringLiteral( "featureCounts" ) ).toObject();
    QVERIFY( counts.value( QStringLiteral( "territory:streets" ) ).toDouble() > 1000 );
    QCOMPARE( onPostgis.value( QStringLiteral( "demo" ) ).toString(), QStringLiteral( "montpellier" ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "validate" ), path } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.out + run.err ) );

    // back to a GeoPackage (accents and spaces in the name): same layers, same counts, same extent, valid
    const QString file = tempPath( QStringLiteral( "copie d\u00e9mo.gpkg" ) );
    run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "copy" ), path, file } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    const QJsonObject copied = json( run );
    QVERIFY( copied.value( QStringLiteral( "features" ) ).toDouble() > 1000 );
    QVERIFY( copied.value( QStringLiteral( "tables" ) ).toArray().contains( QStringLiteral( "roadmap_documents" ) ) );
    run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "info" ), file } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    const QJsonObject onFile = json( run );
    QCOMPARE( onFile.value( QStringLiteral( "featureCounts" ) ).toObject(), counts );
    QCOMPARE( onFile.value( QStringLiteral( "schemaVersions" ) ).toObject(),
              onPostgis.value( QStringLiteral( "schemaVersions" ) ).toObject() );
    // PostGIS computes extents as box2d (single precision, rounded outwards): equal within a metre
    const QJsonArray fileExtent = onFile.value( QStringLiteral( "extent" ) ).toArray();
    const QJsonArray postgisExtent = onPostgis.value( QStringLiteral( "extent" ) ).toArray();
    QCOMPARE( fileExtent.size(), 4 );
    QCOMPARE( postgisExtent.size(), 4 );
    for ( int i = 0; i < 4; ++i )
      QVERIFY2( std::abs( fileExtent.at( i ).toDouble() - postgisExtent.at( i ).toDouble() ) < 1.0,
                qPrintable( QStringLiteral( "extent %1: %2 vs %3" )
                                .arg( i )
                                .arg( fileExtent.at( i ).toDouble(), 0, 'f', 3 )
                                .arg( postgisExtent.at( i ).toDouble(), 0, 'f', 3 ) ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "validate" ), file } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.out + run.err ) );

    // and into PostGIS again
    const QString again = newDatabase( QStringLiteral( "cli_again" ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "copy" ), file, again } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    QVERIFY2( run.out.contains( QStringLiteral( "Copied" ) ), qPrintable( run.out ) );
    run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "info" ), again } );
    QCOMPARE( json( run ).value( QStringLiteral( "featureCounts" ) ).toObject(), counts );
  }

  void copyErrors()
  {
    REQUIRE_POSTGIS();
    const QString existing = tempPath( QStringLiteral( "existing.gpkg" ) );
    Run run =
        cli( { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--name" ), QStringLiteral( "E" ), existing } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    // missing source: exit 3
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "copy" ), tempPath( QStringLiteral( "missing.gpkg" ) ),
                 tempPath( QStringLiteral( "out.gpkg" ) ) } );
    QCOMPARE( run.exitCode, 3 );
    QVERIFY( !QFileInfo::exists( tempPath( QStringLiteral( "out.gpkg" ) ) ) );
    // existing destination file: refused
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "copy" ), existing, existing } );
    QCOMPARE( run.exitCode, 1 );
    QVERIFY2( run.err.contains( QStringLiteral( "never overwritten" ) ), qPrintable( run.err ) );
    // unreachable server: exit 3, the password is not printed
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "info" ),
                 QStringLiteral( "PG:host=127.0.0.1 port=1 dbname=x password=s3cret connect_timeout=2" ) } );
    QCOMPARE( run.exitCode, 3 );
    QVERIFY2( run.err.contains( QStringLiteral( "cannot connect to PostgreSQL" ) ), qPrintable( run.err ) );
    QVERIFY2( !run.err.contains( QStringLiteral( "s3cret" ) ), qPrintable( run.err ) );
    // missing arguments: usage error
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "copy" ), existing } );
    QCOMPARE( run.exitCode, 2 );
  }
};

QTEST_GUILESS_MAIN( TestPostgisCli )
#include "tst_postgiscli.moc"
