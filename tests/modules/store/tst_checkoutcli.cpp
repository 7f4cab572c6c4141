// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli territory checkout / sync on the Montpellier demo: GeoPackage -> GeoPackage and
// PostGIS -> GeoPackage -> PostGIS, the JSON report, exit codes and usage errors.
#include "pgtestcluster.h"
#include "sqlconnection.h"
#include "vigietest.h"

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogrsf_frmts.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace vigie;

namespace
{
  struct Run
  {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson( out.toUtf8() ).object(); }
  };

  const QByteArray kTable = QByteArrayLiteral( "lighting_luminaires" );

  std::unique_ptr<GDALDataset> openDataset( const QString &path )
  {
    const char *drivers[] = { SqlConnection::isPostgres( path ) ? "PostgreSQL" : "GPKG", nullptr };
    return std::unique_ptr<GDALDataset>(
        GDALDataset::FromHandle( GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr ) ) );
  }

  qint64 firstFid( const QString &path )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.constData() ) : nullptr;
    if ( !layer )
      return -1;
    layer->ResetReading();
    std::unique_ptr<OGRFeature> feature( layer->GetNextFeature() );
    return feature ? feature->GetFID() : -1;
  }

  QString field( const QString &path, qint64 fid, const char *name )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.constData() ) : nullptr;
    std::unique_ptr<OGRFeature> feature( layer ? layer->GetFeature( fid ) : nullptr );
    return feature ? QString::fromUtf8( feature->GetFieldAsString( name ) ) : QStringLiteral( "<gone>" );
  }

  //! A copy of feature \a fid (same place) added to \a path; its new fid, -1 on failure.
  qint64 duplicate( const QString &path, qint64 fid )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.constData() ) : nullptr;
    std::unique_ptr<OGRFeature> feature( layer ? layer->GetFeature( fid ) : nullptr );
    if ( !feature )
      return -1;
    feature->SetFID( OGRNullFID );
    return layer->CreateFeature( feature.get() ) == OGRERR_NONE ? feature->GetFID() : -1;
  }

  bool setField( const QString &path, qint64 fid, const char *name, const char *value )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kTable.constData() ) : nullptr;
    std::unique_ptr<OGRFeature> feature( layer ? layer->GetFeature( fid ) : nullptr );
    if ( !feature )
      return false;
    feature->SetField( name, value );
    return layer->SetFeature( feature.get() ) == OGRERR_NONE;
  }
} // namespace

class TestCheckoutCli : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  bool mPgAvailable = false;
  QString mSkipReason;
  QString mDemo;

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

private Q_SLOTS:
  void initTestCase()
  {
    GDALAllRegister();
    QString error;
    mPgAvailable = mCluster.start( &mSkipReason, &error );
    if ( !mPgAvailable && mSkipReason.isEmpty() )
      QFAIL( qPrintable( error ) );
    mDemo = tempPath( QStringLiteral( "d\u00e9mo montpellier.gpkg" ) );
    const Run run = cli(
        { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--demo" ), QStringLiteral( "montpellier" ), mDemo } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
  }

  void usageErrors()
  {
    const QString out = tempPath( QStringLiteral( "usage.gpkg" ) );
    Run run = cli( { QStringLiteral( "territory" ), QStringLiteral( "checkout" ), mDemo, out, QStringLiteral( "--extent" ),
                     QStringLiteral( "1,2,3" ) } );
    QCOMPARE( run.exitCode, 2 );
    QVERIFY2( run.err.contains( QStringLiteral( "--extent" ) ), qPrintable( run.err ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "checkout" ), mDemo, out, QStringLiteral( "--extent" ),
                 QStringLiteral( "1,2,3,4" ), QStringLiteral( "--commune" ), QStringLiteral( "34172" ) } );
    QCOMPARE( run.exitCode, 2 );
    QVERIFY( !QFile::exists( out ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "sync" ), mDemo } );
    QCOMPARE( run.exitCode, 3 );
    QVERIFY2( run.err.contains( QStringLiteral( "not an offline checkout" ) ), qPrintable( run.err ) );
  }

  void geopackageRoundTrip()
  {
    const QString source = tempPath( QStringLiteral( "server.gpkg" ) );
    QVERIFY( QFile::copy( mDemo, source ) );
    const QString out = tempPath( QStringLiteral( "hors ligne.gpkg" ) );
    Run run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "checkout" ), source, out,
                     QStringLiteral( "--extent" ), QStringLiteral( "770000,6278000,772000,6280000" ) } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    QVERIFY( run.json().value( QStringLiteral( "features" ) ).toDouble() > 0 );
    QVERIFY( run.json().value( QStringLiteral( "left_out" ) ).toDouble() > 0 );

    const qint64 fid = firstFid( out );
    QVERIFY( fid > 0 );
    const QString power = field( source, fid, "power_w" );
    QVERIFY( setField( out, fid, "power_w", "42" ) );
    QVERIFY( setField( out, fid, "technology", "offline" ) );
    QVERIFY( setField( source, fid, "technology", "server" ) );
    const qint64 added = duplicate( source, fid ); // new on the server, inside the checkout's box
    QVERIFY( added > 0 );
    run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "sync" ), out } );
    QCOMPARE( run.exitCode, 1 ); // a conflict remains
    QJsonObject report = run.json();
    QCOMPARE( report.value( QStringLiteral( "updated" ) ).toInt(), 1 );
    QCOMPARE( report.value( QStringLiteral( "pulled" ) ).toInt(), 1 );
    QCOMPARE( field( out, added, "technology" ), QStringLiteral( "server" ) );
    QCOMPARE( report.value( QStringLiteral( "conflicts" ) ).toArray().size(), 1 );
    const QJsonObject conflict = report.value( QStringLiteral( "conflicts" ) ).toArray().at( 0 ).toObject();
    QCOMPARE( conflict.value( QStringLiteral( "table" ) ).toString(), QString::fromLatin1( kTable ) );
    QCOMPARE( conflict.value( QStringLiteral( "key" ) ).toVariant().toLongLong(), fid );
    QCOMPARE( field( source, fid, "power_w" ).toDouble(), 42.0 );
    QVERIFY( power.toDouble() != 42.0 );
    QCOMPARE( field( source, fid, "technology" ), QStringLiteral( "server" ) );
    QCOMPARE( field( out, fid, "technology" ), QStringLiteral( "offline" ) );

    // again: nothing new applied, the conflict still reported
    run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "sync" ), out } );
    QCOMPARE( run.exitCode, 1 );
    report = run.json();
    QCOMPARE( report.value( QStringLiteral( "updated" ) ).toInt(), 0 );
    QCOMPARE( report.value( QStringLiteral( "refreshed" ) ).toInt(), 0 );
    QCOMPARE( report.value( QStringLiteral( "conflicts" ) ).toArray().size(), 1 );
    // the offline side gives way: the next sync is clean
    QVERIFY( setField( out, fid, "technology", "server" ) );
    QVERIFY( duplicate( source, fid ) > 0 );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "sync" ), out } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.out + run.err ) );
    QVERIFY2( run.out.contains( QStringLiteral( "1 added offline from the server" ) ), qPrintable( run.out ) );
  }

  void resolveThroughTheCli()
  {
    const QString source = tempPath( QStringLiteral( "resolve server.gpkg" ) );
    QVERIFY( QFile::copy( mDemo, source ) );
    const QString out = tempPath( QStringLiteral( "resolve hors ligne.gpkg" ) );
    // progress on stderr, one line per step (as territory copy), none with --json
    Run run = cli( { QStringLiteral( "territory" ), QStringLiteral( "checkout" ), source, out, QStringLiteral( "--extent" ),
                     QStringLiteral( "770000,6278000,772000,6280000" ) } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    QVERIFY2( run.err.contains( QStringLiteral( "Checking out: " ) ) && run.err.contains( QString::fromLatin1( kTable ) ),
              qPrintable( run.err ) );
    const qint64 fid = firstFid( out );
    QVERIFY( fid > 0 );
    QVERIFY( setField( out, fid, "technology", "offline" ) );
    QVERIFY( setField( source, fid, "technology", "server" ) );
    run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "sync" ), out } );
    QCOMPARE( run.exitCode, 1 );
    QVERIFY2( !run.err.contains( QStringLiteral( "Synchronising: " ) ), qPrintable( run.err ) );
    QCOMPARE( run.json().value( QStringLiteral( "conflicts" ) ).toArray().size(), 1 );

    // usage errors and unknown names: exit code 2 or 1, named, nothing changed
    const QString key = QString::number( fid );
    const QStringList base{ QStringLiteral( "territory" ), QStringLiteral( "resolve" ), out };
    run = cli( base + QStringList{ QStringLiteral( "--table" ), QString::fromLatin1( kTable ), QStringLiteral( "--key" ), key } );
    QCOMPARE( run.exitCode, 2 );
    QVERIFY2( run.err.contains( QStringLiteral( "--keep" ) ), qPrintable( run.err ) );
    run = cli( base + QStringList{ QStringLiteral( "--table" ), QString::fromLatin1( kTable ), QStringLiteral( "--key" ), key,
                                   QStringLiteral( "--keep" ), QStringLiteral( "mine" ) } );
    QCOMPARE( run.exitCode, 2 );
    QVERIFY2( run.err.contains( QStringLiteral( "mine" ) ), qPrintable( run.err ) );
    const struct
    {
      const char *table;
      QString key;
      const char *field;
      const char *named;
    } unknown[] = { { "no_such_table", key, "technology", "no_such_table" },
                    { kTable.constData(), QStringLiteral( "987654321" ), "technology", "987654321" },
                    { kTable.constData(), key, "no_such_field", "no_such_field" } };
    for ( const auto &bad : unknown )
    {
      run = cli( base + QStringList{ QStringLiteral( "--table" ), QString::fromLatin1( bad.table ), QStringLiteral( "--key" ), bad.key,
                                     QStringLiteral( "--field" ), QString::fromLatin1( bad.field ), QStringLiteral( "--keep" ),
                                     QStringLiteral( "offline" ) } );
      QCOMPARE( run.exitCode, 1 );
      QVERIFY2( run.err.contains( QString::fromLatin1( bad.named ) ), qPrintable( run.err ) );
    }
    QCOMPARE( field( out, fid, "technology" ), QStringLiteral( "offline" ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "resolve" ), mDemo, QStringLiteral( "--table" ),
                 QString::fromLatin1( kTable ), QStringLiteral( "--key" ), key, QStringLiteral( "--keep" ), QStringLiteral( "offline" ) } );
    QCOMPARE( run.exitCode, 3 );
    QVERIFY2( run.err.contains( QStringLiteral( "not an offline checkout" ) ), qPrintable( run.err ) );

    // keep the offline value: the next sync sends it, cleanly
    run = cli( base + QStringList{ QStringLiteral( "--table" ), QString::fromLatin1( kTable ), QStringLiteral( "--key" ), key,
                                   QStringLiteral( "--field" ), QStringLiteral( "technology" ), QStringLiteral( "--keep" ),
                                   QStringLiteral( "offline" ) } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    QVERIFY2( run.out.contains( QStringLiteral( "Kept the offline value" ) ), qPrintable( run.out ) );
    QCOMPARE( field( source, fid, "technology" ), QStringLiteral( "server" ) ); // the server is only read
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "sync" ), out } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.out + run.err ) );
    QVERIFY2( run.err.contains( QStringLiteral( "Synchronising: " ) ), qPrintable( run.err ) );
    QCOMPARE( field( source, fid, "technology" ), QStringLiteral( "offline" ) );

    // take the server's value (JSON output)
    QVERIFY( setField( out, fid, "technology", "offline 2" ) );
    QVERIFY( setField( source, fid, "technology", "server 2" ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "sync" ), out } );
    QCOMPARE( run.exitCode, 1 );
    run = cli( QStringList{ QStringLiteral( "--json" ) } + base +
               QStringList{ QStringLiteral( "--table" ), QString::fromLatin1( kTable ), QStringLiteral( "--key" ), key,
                            QStringLiteral( "--field" ), QStringLiteral( "technology" ), QStringLiteral( "--keep" ),
                            QStringLiteral( "server" ) } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    QCOMPARE( run.json().value( QStringLiteral( "kept" ) ).toString(), QStringLiteral( "server" ) );
    QCOMPARE( field( out, fid, "technology" ), QStringLiteral( "server 2" ) );
    run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "sync" ), out } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.out + run.err ) );
    QCOMPARE( run.json().value( QStringLiteral( "updated" ) ).toInt(), 0 );

    // the help names the options
    run = cli( { QStringLiteral( "help" ), QStringLiteral( "territory" ), QStringLiteral( "resolve" ) } );
    QCOMPARE( run.exitCode, 0 );
    QVERIFY2( run.out.contains( QStringLiteral( "--keep" ) ) && run.out.contains( QStringLiteral( "--field" ) ), qPrintable( run.out ) );
  }

  void postgisRoundTrip()
  {
    if ( !mPgAvailable )
      QSKIP( qPrintable( mSkipReason ) );
    QString error;
    const QString pg = mCluster.newDatabase( QStringLiteral( "checkoutcli" ), &error );
    QVERIFY2( !pg.isEmpty(), qPrintable( error ) );
    Run run = cli( { QStringLiteral( "territory" ), QStringLiteral( "copy" ), mDemo, pg } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    const QString out = tempPath( QStringLiteral( "from postgis.gpkg" ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "checkout" ), pg + QStringLiteral( " password=not_stored" ), out,
                 QStringLiteral( "--commune" ), QStringLiteral( "34172" ) } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
    run =
        cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "sync" ), out, QStringLiteral( "--dry-run" ) } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.out + run.err ) );
    QVERIFY( !run.out.contains( QStringLiteral( "not_stored" ) ) );
    QCOMPARE( run.json().value( QStringLiteral( "updated" ) ).toInt(), 0 );
    QCOMPARE( run.json().value( QStringLiteral( "refreshed" ) ).toInt(), 0 );

    const qint64 fid = firstFid( out );
    QVERIFY( setField( out, fid, "lantern_type", "edited offline" ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "sync" ), out } );
    QVERIFY2( run.exitCode == 0, qPrintable( run.out + run.err ) );
    QCOMPARE( field( pg, fid, "lantern_type" ), QStringLiteral( "edited offline" ) );
  }
};

QTEST_GUILESS_MAIN( TestCheckoutCli )
#include "tst_checkoutcli.moc"
