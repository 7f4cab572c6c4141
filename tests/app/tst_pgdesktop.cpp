// SPDX-License-Identifier: GPL-2.0-or-later
// The desktop on a PostGIS territory, offscreen, against the throwaway cluster (tools/pgcluster):
// the Montpellier demo built by vigie-cli on PostGIS opens with the QGIS postgres provider and
// the same feature counts as the GeoPackage demo; an edit made through SQL on another
// connection reaches the map by LISTEN/NOTIFY; a viewer's write is refused by PostgreSQL and
// explained; credentials come from the QGIS authentication manager, never from the settings.
#include "appoptions.h"
#include "mainwindow.h"
#include "pgconnectdialog.h"
#include "pgtestcluster.h"
#include "pluginmanager.h"
#include "sqlconnection.h"
#include "territory.h"
#include "territoryconnection.h"
#include "territorylayers.h"
#include "territoryroles.h"
#include "territorywatcher.h"
#include "vigieqgistest.h"

#include <qgsapplication.h>
#include <qgsauthmanager.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>

using namespace vigie;

class TestPgDesktop : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  bool mAvailable = false;
  QString mSkipReason;
  std::unique_ptr<PluginManager> mPlugins;
  QString mPgPath;
  QString mGpkgPath;
  QString mPrefix;

#define REQUIRE_POSTGIS()                                                                                                                  \
  if ( !mAvailable )                                                                                                                       \
    QSKIP( qPrintable( mSkipReason ) );

  //! vigie-cli as users run it; exit code and stderr.
  QPair<int, QString> cli( const QStringList &arguments )
  {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert( QStringLiteral( "QT_QPA_PLATFORM" ), QStringLiteral( "offscreen" ) );
    environment.insert( QStringLiteral( "VIGIE_QGIS_PROFILE" ), tempPath( QStringLiteral( "cli-profile" ) ) );
    environment.insert( QStringLiteral( "VIGIE_LOG_LEVEL" ), QStringLiteral( "warning" ) );
    environment.remove( QStringLiteral( "VIGIE_PLUGIN_PATH" ) );
    process.setProcessEnvironment( environment );
    process.start( QStringLiteral( VIGIE_BINARY_DIR "/bin/vigie-cli" ), arguments );
    if ( !process.waitForFinished( 600000 ) )
    {
      process.kill();
      process.waitForFinished();
      return qMakePair( -1, QStringLiteral( "timeout" ) );
    }
    return qMakePair( process.exitCode(), QString::fromUtf8( process.readAllStandardError() ) );
  }

  std::unique_ptr<MainWindow> newWindow()
  {
    auto window = std::make_unique<MainWindow>( *mPlugins );
    window->setErrorDialogsEnabled( false );
    window->setReportDialogsEnabled( false );
    window->resize( 1000, 700 );
    return window;
  }

  //! Feature count of each territory layer of \a project, by "domain:name".
  static QMap<QString, long long> counts( const QgsProject *project )
  {
    QMap<QString, long long> result;
    const QMap<QString, QgsMapLayer *> layers = project->mapLayers();
    for ( QgsMapLayer *layer : layers )
    {
      if ( auto *vector = qobject_cast<QgsVectorLayer *>( layer ) )
        result.insert( vector->customProperty( TerritoryLayers::qualifiedNameProperty() ).toString(),
                       static_cast<long long>( vector->featureCount() ) );
    }
    return result;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QSettings::setPath( QSettings::NativeFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
    QSettings::setPath( QSettings::IniFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
    QSettings( QStringLiteral( "Vigie" ), QStringLiteral( "vigie" ) ).clear();
    mPlugins = std::make_unique<PluginManager>();
    mPlugins->loadFrom( { vigie::test::pluginDirectory() } );
    QString error;
    mAvailable = mCluster.start( &mSkipReason, &error );
    if ( !mAvailable && mSkipReason.isEmpty() )
      QFAIL( qPrintable( error ) );
    if ( !mAvailable )
      return;
    mPrefix = QStringLiteral( "d%1" ).arg( QCoreApplication::applicationPid() );
    // the same demo twice: in a GeoPackage, and on PostGIS
    mGpkgPath = tempPath( QStringLiteral( "démo montpellier.gpkg" ) );
    QPair<int, QString> run = cli( { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--demo" ),
                                     QStringLiteral( "montpellier" ), mGpkgPath } );
    QVERIFY2( run.first == 0, qPrintable( run.second ) );
    mPgPath = mCluster.newDatabase( QStringLiteral( "desktop" ), &error );
    QVERIFY2( !mPgPath.isEmpty(), qPrintable( error ) );
    run = cli( { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--demo" ), QStringLiteral( "montpellier" ),
                 mPgPath } );
    QVERIFY2( run.first == 0, qPrintable( run.second ) );
  }

  void cleanupTestCase()
  {
    mPlugins.reset();
  }

  void opensLikeTheGeoPackage()
  {
    REQUIRE_POSTGIS();
    std::unique_ptr<MainWindow> file = newWindow();
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2( file->openTerritory( mGpkgPath, &error ), qPrintable( error ) );
    const qint64 fileMs = timer.elapsed();
    const QMap<QString, long long> expected = counts( file->project() );
    QVERIFY( expected.size() > 5 );

    std::unique_ptr<MainWindow> window = newWindow();
    window->show();
    timer.restart();
    QVERIFY2( window->openTerritory( mPgPath, &error ), qPrintable( error ) );
    qInfo( "opened the Montpellier demo in %lld ms from the GeoPackage, %lld ms from PostGIS", fileMs, timer.elapsed() );
    QCOMPARE( counts( window->project() ), expected );
    long long features = 0;
    for ( long long count : expected )
      features += count;
    QVERIFY( features > 1000 );
    const QMap<QString, QgsMapLayer *> layers = window->project()->mapLayers();
    for ( QgsMapLayer *layer : layers )
    {
      QCOMPARE( layer->providerType(), QStringLiteral( "postgres" ) );
      QVERIFY2( layer->isValid(), qPrintable( layer->source() ) );
    }
    // same layer tree: groups and layers in the same order
    QCOMPARE( window->project()->layerTreeRoot()->findLayerIds().size(), file->project()->layerTreeRoot()->findLayerIds().size() );
    QVERIFY( window->territoryWatcher()->isListening() );
    QCOMPARE( window->databaseRole(), QStringLiteral( "postgres" ) );
    QVERIFY( window->windowTitle().contains( QStringLiteral( "PG:" ) ) );
    // the map draws
    QSignalSpy rendered( window->mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed );
    window->mapCanvas()->refresh();
    QVERIFY( rendered.wait( 30000 ) );
    // the recent list holds the PG: path
    QVERIFY( window->recentTerritories().contains( mPgPath ) );
  }

  void editElsewhereAppears()
  {
    REQUIRE_POSTGIS();
    std::unique_ptr<MainWindow> window = newWindow();
    QString error;
    QVERIFY2( window->openTerritory( mPgPath, &error ), qPrintable( error ) );
    QVERIFY( window->territoryWatcher()->isListening() );
    // a point layer of a domain (whichever the plugins bring)
    const LayerSchema *target = nullptr;
    for ( const LayerSchema &schema : window->territory()->layers() )
    {
      if ( schema.domain != QLatin1String( "territory" ) && schema.geometry == GeometryType::Point )
      {
        target = window->territory()->layer( schema.qualifiedName() );
        break;
      }
    }
    QVERIFY( target );
    QgsVectorLayer *layer = TerritoryLayers::layer( window->project(), target->qualifiedName() );
    QVERIFY( layer );
    const long long before = layer->featureCount();
    QSignalSpy reloaded( window->territoryWatcher(), &TerritoryWatcher::layersReloaded );

    // another desktop (another connection) inserts a feature, and later deletes it
    std::unique_ptr<SqlConnection> other = SqlConnection::open( mPgPath, SqlConnection::Mode::ReadWrite, &error );
    QVERIFY2( other, qPrintable( error ) );
    const QPointF center = window->mapCanvas()->extent().center().toQPointF();
    // the layer's required fields get a value, as an editor would give
    QStringList columns{ QStringLiteral( "geom" ) };
    QStringList values{
        QStringLiteral( "ST_SetSRID(ST_MakePoint(?, ?), Find_SRID(current_schema()::text, '%1', 'geom'))" ).arg( target->tableName() ) };
    QVariantList parameters{ center.x(), center.y() };
    for ( const FieldSchema &field : target->fields )
    {
      if ( !field.notNull )
        continue;
      columns << SqlConnection::quoteIdentifier( field.name );
      values << QStringLiteral( "?" );
      parameters << ( field.type == FieldType::String ? QVariant( QStringLiteral( "pg-desktop" ) ) : QVariant( 1 ) );
    }
    QList<SqlConnection::Row> rows;
    QVERIFY2( other->query( QStringLiteral( "INSERT INTO %1 (%2) VALUES (%3) RETURNING fid" )
                                .arg( target->tableName(), columns.join( QStringLiteral( ", " ) ), values.join( QStringLiteral( ", " ) ) ),
                            parameters, &rows, &error ),
              qPrintable( error ) );
    const qint64 fid = rows.constFirst().value( 0 ).toLongLong();
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT( layer->featureCount(), before + 1, 2000 );
    qInfo( "an insert on another connection reached the map layer after %lld ms", timer.elapsed() );
    QVERIFY( !reloaded.isEmpty() );
    QVERIFY( reloaded.constLast().at( 0 ).toStringList().contains( target->qualifiedName() ) );
    QgsFeature feature = layer->getFeature( fid );
    QVERIFY( feature.isValid() );
    QVERIFY( other->execute( QStringLiteral( "DELETE FROM %1 WHERE fid = ?" ).arg( target->tableName() ), { fid }, &error ) );
    QTRY_COMPARE_WITH_TIMEOUT( layer->featureCount(), before, 2000 );
  }

  void viewerRefusedWithClearMessage()
  {
    REQUIRE_POSTGIS();
    QString error;
    QVERIFY2( TerritoryRoles::apply( mPgPath, mPrefix, nullptr, &error ), qPrintable( error ) );
    std::unique_ptr<SqlConnection> admin = SqlConnection::open( mPgPath, SqlConnection::Mode::ReadWrite, &error );
    QVERIFY( admin );
    const QString viewer = mPrefix + QStringLiteral( "_elu" );
    QVERIFY2( admin->execute( QStringLiteral( "CREATE ROLE %1 LOGIN IN ROLE %2" )
                                  .arg( viewer, TerritoryRoles::roleName( mPrefix, QStringLiteral( "viewer" ) ) ),
                              {}, &error ),
              qPrintable( error ) );
    QList<SqlConnection::Row> rows;
    QVERIFY( admin->query( QStringLiteral( "SELECT count(*) FROM vigie_bookmarks" ), {}, &rows, &error ) );
    const qint64 bookmarksBefore = rows.constFirst().value( 0 ).toLongLong();

    std::unique_ptr<MainWindow> window = newWindow();
    const QString asViewer = mPgPath + QStringLiteral( " user=" ) + viewer;
    QVERIFY2( window->openTerritory( asViewer, &error ), qPrintable( error ) );
    QCOMPARE( window->databaseRole(), viewer );
    QVERIFY( counts( window->project() ).value( QStringLiteral( "territory:streets" ) ) > 1000 ); // reads
    QVERIFY( window->territoryWatcher()->isListening() );                                         // LISTEN needs no right
    // a write: refused by PostgreSQL, explained, nothing changed
    QSignalSpy errors( window.get(), &MainWindow::errorOccurred );
    QVERIFY( !window->addBookmark( QStringLiteral( "vue élus" ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "vigie_bookmarks" ) ), qPrintable( error ) );
    QVERIFY2( error.contains( viewer ), qPrintable( error ) );
    QVERIFY2( error.contains( QStringLiteral( "lacks the right" ) ), qPrintable( error ) );
    QVERIFY2( error.contains( QStringLiteral( "permission denied" ) ), qPrintable( error ) ); // the database's own words kept
    rows.clear();
    QVERIFY( admin->query( QStringLiteral( "SELECT count(*) FROM vigie_bookmarks" ), {}, &rows, &error ) );
    QCOMPARE( rows.constFirst().value( 0 ).toLongLong(), bookmarksBefore );
    // the same through the window's error path (what a dialog shows)
    QVERIFY( !window->renameBookmark( 424242, QStringLiteral( "x" ), &error ) ); // unknown id: not a refusal, message unchanged
    QVERIFY( !error.contains( QStringLiteral( "lacks the right" ) ) );
  }

  void credentialsFromAuthManager()
  {
    REQUIRE_POSTGIS();
    QgsAuthManager *manager = QgsApplication::authManager();
    QVERIFY( manager );
    if ( manager->isDisabled() )
      QSKIP( "QGIS authentication manager disabled in this build (no QCA)" );
    manager->setPasswordHelperEnabled( false );
    QVERIFY( manager->setMasterPassword( QStringLiteral( "test master" ), true ) );
    QString error;
    std::unique_ptr<SqlConnection> admin = SqlConnection::open( mPgPath, SqlConnection::Mode::ReadWrite, &error );
    QVERIFY( admin );
    const QString login = mPrefix + QStringLiteral( "_agent" );
    QVERIFY2( admin->execute( QStringLiteral( "CREATE ROLE %1 LOGIN PASSWORD 's3cret-pg' IN ROLE %2" )
                                  .arg( login, TerritoryRoles::roleName( mPrefix, QStringLiteral( "operator" ) ) ),
                              {}, &error ),
              qPrintable( error ) );
    QgsAuthMethodConfig config;
    config.setName( QStringLiteral( "territoire" ) );
    config.setMethod( QStringLiteral( "Basic" ) );
    config.setConfig( QStringLiteral( "username" ), login );
    config.setConfig( QStringLiteral( "password" ), QStringLiteral( "s3cret-pg" ) );
    QVERIFY( manager->storeAuthenticationConfig( config ) );

    // the path names the configuration, not the user nor the password
    const QString path = mPgPath + QStringLiteral( " authcfg=" ) + config.id();
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY2( window->openTerritory( path, &error ), qPrintable( error ) );
    QCOMPARE( window->databaseRole(), login );
    QVERIFY( counts( window->project() ).value( QStringLiteral( "territory:streets" ) ) > 1000 );
    const QMap<QString, QgsMapLayer *> layers = window->project()->mapLayers();
    for ( QgsMapLayer *layer : layers )
    {
      QVERIFY2( layer->source().contains( QStringLiteral( "authcfg=" ) + config.id() ), qPrintable( layer->source() ) );
      QVERIFY2( !layer->source().contains( QStringLiteral( "s3cret" ) ), qPrintable( layer->source() ) );
    }
    // nothing in the settings holds the password
    window->close();
    window.reset();
    QSettings settings( QStringLiteral( "Vigie" ), QStringLiteral( "vigie" ) );
    settings.sync();
    QFile file( settings.fileName() );
    QVERIFY2( file.open( QIODevice::ReadOnly ), qPrintable( settings.fileName() ) );
    const QByteArray content = file.readAll();
    QVERIFY( content.contains( config.id().toUtf8() ) );
    QVERIFY( !content.contains( "s3cret" ) );

    // an unknown configuration: a clear error, nothing opened
    window = newWindow();
    QVERIFY( !window->openTerritory( mPgPath + QStringLiteral( " authcfg=nope123" ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "nope123" ) ), qPrintable( error ) );
    QVERIFY( !window->territory() );
  }

  void sslRequiredIsPassedToLibpq()
  {
    REQUIRE_POSTGIS();
    // the test server has no SSL: sslmode=require must refuse to connect in clear, and say why
    std::unique_ptr<MainWindow> window = newWindow();
    QString error;
    QVERIFY( !window->openTerritory( mPgPath + QStringLiteral( " sslmode=require password=hidden1" ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "SSL" ) ), qPrintable( error ) );
    QVERIFY2( !error.contains( QStringLiteral( "hidden1" ) ), qPrintable( error ) );
    QVERIFY( !window->territory() );
  }

  void connectDialogAndCommandLine()
  {
    PgConnectDialog dialog;
    dialog.hostEdit()->setText( QStringLiteral( "db.mairie.local" ) );
    dialog.portSpin()->setValue( 5433 );
    dialog.databaseEdit()->setText( QStringLiteral( "vigie finistère" ) );
    dialog.sslModeCombo()->setCurrentIndex( dialog.sslModeCombo()->findData( QStringLiteral( "require" ) ) );
    const QString path = dialog.path();
    QCOMPARE( path, QStringLiteral( "PG:host=db.mairie.local port=5433 dbname='vigie finistère' sslmode=require" ) );
    PgConnectDialog again;
    again.setPath( path );
    QCOMPARE( again.path(), path );

    // vigie PG:... on the command line
    AppOptions options;
    QString error;
    QVERIFY2( AppOptions::parse( { QStringLiteral( "vigie" ), QStringLiteral( "PG:service=vigie" ) }, &options, &error ),
              qPrintable( error ) );
    QCOMPARE( options.territory, QStringLiteral( "PG:service=vigie" ) );
  }

  void connectionStrings_data()
  {
    QTest::addColumn<QString>( "path" );
    QTest::addColumn<QString>( "withoutPassword" );
    QTest::newRow( "plain" ) << QStringLiteral( "PG:host=h dbname=d password=x user=u" ) << QStringLiteral( "PG:host=h dbname=d user=u" );
    QTest::newRow( "quoted" ) << QStringLiteral( "PG:dbname='a b' password='it\\'s' sslmode=require" )
                              << QStringLiteral( "PG:dbname='a b' sslmode=require" );
    QTest::newRow( "escaped quote" ) << QStringLiteral( "PG:dbname='l\\'eau' authcfg=abc1234" )
                                     << QStringLiteral( "PG:dbname='l\\'eau' authcfg=abc1234" );
    QTest::newRow( "file" ) << QStringLiteral( "/tmp/a b.gpkg" ) << QStringLiteral( "/tmp/a b.gpkg" );
  }

  void connectionStrings()
  {
    QFETCH( QString, path );
    QFETCH( QString, withoutPassword );
    QCOMPARE( TerritoryConnection::withoutPassword( path ), withoutPassword );
    if ( !path.contains( QStringLiteral( "authcfg" ) ) )
    {
      // without authcfg the path is used as given
      QString resolved;
      QVERIFY( TerritoryConnection::resolveCredentials( path, &resolved ) );
      QCOMPARE( resolved, path );
    }
  }

  void refusalsExplained_data()
  {
    QTest::addColumn<QString>( "message" );
    QTest::addColumn<QString>( "expected" );
    QTest::newRow( "grant" ) << QStringLiteral( "ERROR:  permission denied for table feeds_alarms" ) << QStringLiteral( "feeds_alarms" );
    QTest::newRow( "rls" ) << QStringLiteral( "ERROR:  new row violates row-level security policy for table \"water_pipes\"" )
                           << QStringLiteral( "own commune" );
    QTest::newRow( "other" ) << QStringLiteral( "ERROR:  duplicate key value" ) << QString();
  }

  void refusalsExplained()
  {
    QFETCH( QString, message );
    QFETCH( QString, expected );
    const QString explained = TerritoryConnection::explainRefusal( message, QStringLiteral( "marie" ) );
    if ( expected.isEmpty() )
    {
      QCOMPARE( explained, message );
      return;
    }
    QVERIFY2( explained.contains( expected ), qPrintable( explained ) );
    QVERIFY2( explained.contains( QStringLiteral( "marie" ) ), qPrintable( explained ) );
    QVERIFY( explained.endsWith( message ) );
    QCOMPARE( TerritoryConnection::explainRefusal( explained, QStringLiteral( "marie" ) ), explained ); // once only
  }
};

VIGIE_QGIS_TEST_MAIN( TestPgDesktop )
#include "tst_pgdesktop.moc"
