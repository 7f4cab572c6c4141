// SPDX-License-Identifier: GPL-2.0-or-later
// Change notifications of a PostGIS territory (TerritoryNotify): triggers, LISTEN on a second
// connection, delivery on commit only, reconnection after the server drops the listener.
#include "pgtestcluster.h"
#include "sqlconnection.h"
#include "storetestplugin.h"
#include "territory.h"
#include "territorynotify.h"
#include "vigietest.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace vigie;
using vigie::test::StoreTestPlugin;

class TestTerritoryNotify : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  bool mAvailable = false;
  QString mSkipReason;
  StoreTestPlugin mPlugin{ QStringLiteral( "water" ) };

#define REQUIRE_POSTGIS()                                                                                                                  \
  if ( !mAvailable )                                                                                                                       \
    QSKIP( qPrintable( mSkipReason ) );

  //! A new PostGIS territory with the test plugin's water_assets layer.
  QString newTerritory( const QString &name )
  {
    QString error;
    const QString path = mCluster.newDatabase( name, &error );
    if ( path.isEmpty() )
    {
      qWarning( "%s", qPrintable( error ) );
      return QString();
    }
    TerritoryInfo info;
    info.name = name;
    if ( !Territory::create( path, info, { &mPlugin }, &error ) )
    {
      qWarning( "%s", qPrintable( error ) );
      return QString();
    }
    return path;
  }

  static qint64 insertAsset( SqlConnection &db, const QString &name, QString *error )
  {
    QList<SqlConnection::Row> rows;
    if ( !db.query( QStringLiteral( "INSERT INTO water_assets (name, geom) VALUES (?, ST_SetSRID(ST_MakePoint(1000, 2000), "
                                    "Find_SRID(current_schema()::text, 'water_assets', 'geom'))) RETURNING fid" ),
                    { name }, &rows, error ) ||
         rows.isEmpty() )
      return -1;
    return rows.constFirst().value( 0 ).toLongLong();
  }

private Q_SLOTS:
  void initTestCase()
  {
    QString error;
    mAvailable = mCluster.start( &mSkipReason, &error );
    if ( !mAvailable && mSkipReason.isEmpty() )
      QFAIL( qPrintable( error ) );
  }

  void parsePayload_data()
  {
    QTest::addColumn<QString>( "payload" );
    QTest::addColumn<bool>( "valid" );
    QTest::addColumn<QString>( "table" );
    QTest::addColumn<QString>( "operation" );
    QTest::addColumn<qint64>( "key" );
    QTest::newRow( "insert" ) << QStringLiteral( "water_pipes:insert:42" ) << true << QStringLiteral( "water_pipes" )
                              << QStringLiteral( "insert" ) << qint64( 42 );
    QTest::newRow( "no key" ) << QStringLiteral( "roadmap_links:delete:" ) << true << QStringLiteral( "roadmap_links" )
                              << QStringLiteral( "delete" ) << qint64( -1 );
    QTest::newRow( "unknown op" ) << QStringLiteral( "t:truncate:1" ) << false << QString() << QString() << qint64( -1 );
    QTest::newRow( "two parts" ) << QStringLiteral( "t:insert" ) << false << QString() << QString() << qint64( -1 );
    QTest::newRow( "no table" ) << QStringLiteral( ":insert:1" ) << false << QString() << QString() << qint64( -1 );
  }

  void parsePayload()
  {
    QFETCH( QString, payload );
    QFETCH( bool, valid );
    TerritoryNotify::Change change;
    QCOMPARE( TerritoryNotify::parsePayload( payload, &change ), valid );
    if ( !valid )
      return;
    QFETCH( QString, table );
    QFETCH( QString, operation );
    QFETCH( qint64, key );
    QCOMPARE( change.table, table );
    QCOMPARE( change.operation, operation );
    QCOMPARE( change.key, key );
  }

  void installAndListen()
  {
    REQUIRE_POSTGIS();
    const QString path = newTerritory( QStringLiteral( "notify" ) );
    QVERIFY( !path.isEmpty() );
    QString error;
    QVERIFY( !TerritoryNotify::isInstalled( path, &error ) );
    QStringList tables;
    QVERIFY2( TerritoryNotify::install( path, &tables, &error ), qPrintable( error ) );
    QVERIFY2( tables.contains( QStringLiteral( "water_assets" ) ), qPrintable( tables.join( QLatin1Char( ',' ) ) ) );
    QVERIFY( tables.contains( QStringLiteral( "territory_streets" ) ) );
    QVERIFY( !tables.contains( QStringLiteral( "vigie_territory" ) ) );
    QVERIFY2( TerritoryNotify::isInstalled( path, &error ), qPrintable( error ) );
    QVERIFY2( TerritoryNotify::install( path, &tables, &error ), qPrintable( error ) ); // idempotent

    TerritoryNotify listener;
    QVERIFY2( listener.start( path, &error ), qPrintable( error ) );
    QVERIFY( listener.isListening() );
    QSignalSpy spy( &listener, &TerritoryNotify::changed );

    // the writer: another connection, as another desktop
    std::unique_ptr<SqlConnection> writer = SqlConnection::open( path, SqlConnection::Mode::ReadWrite, &error );
    QVERIFY2( writer, qPrintable( error ) );
    QElapsedTimer timer;
    timer.start();
    const qint64 fid = insertAsset( *writer, QStringLiteral( "pump" ), &error );
    QVERIFY2( fid > 0, qPrintable( error ) );
    QVERIFY( spy.wait( 2000 ) );
    const qint64 latency = timer.elapsed();
    QVERIFY2( latency < 2000, qPrintable( QString::number( latency ) ) );
    qInfo( "insert seen by the other connection after %lld ms", latency );
    QCOMPARE( spy.count(), 1 );
    QCOMPARE( spy.at( 0 ).at( 0 ).toString(), QStringLiteral( "water_assets" ) );
    QCOMPARE( spy.at( 0 ).at( 1 ).toString(), QStringLiteral( "insert" ) );
    QCOMPARE( spy.at( 0 ).at( 2 ).toLongLong(), fid );

    // update and delete
    spy.clear();
    QVERIFY2( writer->execute( QStringLiteral( "UPDATE water_assets SET power_w = 5 WHERE fid = ?" ), { fid }, &error ),
              qPrintable( error ) );
    QVERIFY2( writer->execute( QStringLiteral( "DELETE FROM water_assets WHERE fid = ?" ), { fid }, &error ), qPrintable( error ) );
    QTRY_COMPARE_WITH_TIMEOUT( spy.count(), 2, 2000 );
    QCOMPARE( spy.at( 0 ).at( 1 ).toString(), QStringLiteral( "update" ) );
    QCOMPARE( spy.at( 1 ).at( 1 ).toString(), QStringLiteral( "delete" ) );
    QCOMPARE( spy.at( 1 ).at( 2 ).toLongLong(), fid );

    // delivered on commit only: a rolled-back insert notifies nobody, a committed one once
    spy.clear();
    QVERIFY( writer->begin( &error ) );
    QVERIFY( insertAsset( *writer, QStringLiteral( "ghost" ), &error ) > 0 );
    QVERIFY( !spy.wait( 300 ) );
    QVERIFY( writer->rollback() );
    QVERIFY( !spy.wait( 300 ) );
    QCOMPARE( spy.count(), 0 );
    QVERIFY( writer->begin( &error ) );
    const qint64 committed = insertAsset( *writer, QStringLiteral( "valve" ), &error );
    QVERIFY( !spy.wait( 200 ) );
    QVERIFY2( writer->commit( &error ), qPrintable( error ) );
    QVERIFY( spy.wait( 2000 ) );
    QCOMPARE( spy.constLast().at( 2 ).toLongLong(), committed );

    // the base layers notify too
    spy.clear();
    QVERIFY2( writer->execute( QStringLiteral( "INSERT INTO territory_communes (insee_code, name) VALUES ('34172', 'Montpellier')" ), {},
                               &error ),
              qPrintable( error ) );
    QVERIFY( spy.wait( 2000 ) );
    QCOMPARE( spy.constLast().at( 0 ).toString(), QStringLiteral( "territory_communes" ) );
  }

  void reconnectsAfterTermination()
  {
    REQUIRE_POSTGIS();
    const QString path = newTerritory( QStringLiteral( "notify_lost" ) );
    QVERIFY( !path.isEmpty() );
    QString error;
    QVERIFY2( TerritoryNotify::install( path, nullptr, &error ), qPrintable( error ) );
    TerritoryNotify listener;
    QVERIFY2( listener.start( path, &error ), qPrintable( error ) );
    QSignalSpy lost( &listener, &TerritoryNotify::connectionLost );
    QSignalSpy back( &listener, &TerritoryNotify::reconnected );
    QSignalSpy changed( &listener, &TerritoryNotify::changed );
    // the server drops the listening session (as a restart does)
    std::unique_ptr<SqlConnection> writer = SqlConnection::open( path, SqlConnection::Mode::ReadWrite, &error );
    QVERIFY2( writer, qPrintable( error ) );
    QVERIFY2( writer->execute( QStringLiteral( "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                                               "AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'" ),
                               {}, &error ),
              qPrintable( error ) );
    QVERIFY( lost.wait( 3000 ) );
    QVERIFY( !listener.isListening() );
    QVERIFY( back.wait( 8000 ) );
    QVERIFY( listener.isListening() );
    QVERIFY( insertAsset( *writer, QStringLiteral( "after" ), &error ) > 0 );
    QVERIFY( changed.wait( 2000 ) );
  }

  void errors()
  {
    TerritoryNotify listener;
    QString error;
    QVERIFY( !listener.start( tempPath( QStringLiteral( "file.gpkg" ) ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "PostGIS" ) ), qPrintable( error ) );
    error.clear();
    QVERIFY( !listener.start( QStringLiteral( "PG:host=127.0.0.1 port=1 dbname=x password=s3cret connect_timeout=2" ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "cannot connect" ) ), qPrintable( error ) );
    QVERIFY2( !error.contains( QStringLiteral( "s3cret" ) ), qPrintable( error ) );
    QVERIFY( !listener.isListening() );
    QVERIFY( !TerritoryNotify::install( tempPath( QStringLiteral( "file.gpkg" ) ), nullptr, &error ) );
  }
};

QTEST_GUILESS_MAIN( TestTerritoryNotify )
#include "tst_territorynotify.moc"
