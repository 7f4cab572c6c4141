// SPDX-License-Identifier: GPL-2.0-or-later
#include "demobuilder.h"
#include "storetestplugin.h"
#include "territory.h"
#include "vigietest.h"

using namespace vigie;
using vigie::test::StoreTestPlugin;

class TestDemoBuilder : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void names()
  {
    QCOMPARE( DemoBuilder::demoNames(), QStringList( { QStringLiteral( "montpellier" ), QStringLiteral( "finistere" ) } ) );
    qputenv( "VIGIE_DEMO_DATA", "/somewhere/demo" );
    QCOMPARE( DemoBuilder::defaultSourceDirectory(), QStringLiteral( "/somewhere/demo" ) );
    qunsetenv( "VIGIE_DEMO_DATA" );
    QVERIFY( QFileInfo( QDir( DemoBuilder::defaultSourceDirectory() ).filePath( QStringLiteral( "montpellier" ) ) ).isDir() );
  }

  void montpellier()
  {
    StoreTestPlugin plugin;
    const QString path = tempPath( QStringLiteral( "Montpellier d\u00e9mo.gpkg" ) );
    QString error;
    QVERIFY2( DemoBuilder::build( QStringLiteral( "montpellier" ), path, { &plugin }, vigie::test::demoSourcePath(), &error ),
              qPrintable( error ) );
    QCOMPARE( QDir( tempPath( QString() ) ).entryList( QDir::Files | QDir::Hidden ), QStringList( { QFileInfo( path ).fileName() } ) );
    std::unique_ptr<Territory> territory = Territory::open( path, { &plugin }, Territory::Mode::ReadOnly, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QCOMPARE( territory->info().name, QStringLiteral( "Montpellier" ) );
    QCOMPARE( territory->info().communes, QStringList( QStringLiteral( "34172" ) ) );
    QCOMPARE( territory->info().crs, QStringLiteral( "EPSG:2154" ) );
    QCOMPARE( territory->info().demo, QStringLiteral( "montpellier" ) );
    QCOMPARE( territory->featureCount( QStringLiteral( "territory:communes" ) ), qint64( 1 ) );
    QCOMPARE( territory->featureCount( QStringLiteral( "territory:districts" ) ), qint64( 7 ) );
    QCOMPARE( territory->featureCount( QStringLiteral( "territory:streets" ) ), qint64( 8011 ) );
    // the plugin saw the streets through the context and added its asset inside the build
    QCOMPARE( plugin.demoCalls, 1 );
    QCOMPARE( plugin.demoStreets, 8011 );
    QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), qint64( 1 ) );

    // reprojected from WGS 84 into Lambert-93: Montpellier is near X 770 km, Y 6280 km
    const QRectF commune = territory->extent( QStringLiteral( "territory:communes" ) );
    QVERIFY2( commune.left() > 760000 && commune.right() < 780000, qPrintable( QString::number( commune.left() ) ) );
    QVERIFY2( commune.top() > 6270000 && commune.bottom() < 6290000, qPrintable( QString::number( commune.top() ) ) );
    const QRectF streets = territory->extent( QStringLiteral( "territory:streets" ) );
    QVERIFY( commune.intersects( streets ) );

    int measured = 0, unmeasured = 0, withSpeed = 0;
    for ( const Feature &street : territory->features( QStringLiteral( "territory:streets" ) ) )
    {
      const QVariantMap &a = street.attributes;
      if ( a.value( QStringLiteral( "speed_limit_kmh" ) ).toInt() > 0 )
        ++withSpeed;
      if ( a.value( QStringLiteral( "traffic_source" ) ).toString() == QLatin1String( "measured" ) )
      {
        ++measured;
        QVERIFY( a.value( QStringLiteral( "traffic_aadt" ) ).isValid() );
        QVERIFY( a.value( QStringLiteral( "count_year" ) ).toInt() >= 1996 );
        QVERIFY( a.value( QStringLiteral( "count_year" ) ).toInt() <= 2013 );
      }
      else
      {
        ++unmeasured;
        QVERIFY( !a.value( QStringLiteral( "traffic_aadt" ) ).isValid() );
      }
      // Voie Domitienne segment 4360: several counts, the most recent (18/03/2013, TJM 4324) wins
      if ( a.value( QStringLiteral( "street_id" ) ).toLongLong() == 4360 )
      {
        QCOMPARE( a.value( QStringLiteral( "traffic_aadt" ) ).toInt(), 4324 );
        QCOMPARE( a.value( QStringLiteral( "count_year" ) ).toInt(), 2013 );
        QCOMPARE( a.value( QStringLiteral( "peak_morning" ) ).toInt(), 414 );
      }
    }
    QCOMPARE( measured + unmeasured, 8011 );
    QCOMPARE( withSpeed, 8011 );
    QVERIFY2( measured > 1000 && measured < 1300, qPrintable( QString::number( measured ) ) );

    // never overwritten
    QVERIFY( !DemoBuilder::build( QStringLiteral( "montpellier" ), path, { &plugin }, vigie::test::demoSourcePath(), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "already exists" ) ), qPrintable( error ) );
  }

  void finistere()
  {
    const QString path = tempPath( QStringLiteral( "finistere.gpkg" ) );
    QString error;
    QVERIFY2( DemoBuilder::build( QStringLiteral( "finistere" ), path, {}, vigie::test::demoSourcePath(), &error ), qPrintable( error ) );
    std::unique_ptr<Territory> territory = Territory::open( path, {}, Territory::Mode::ReadOnly, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QCOMPARE( territory->info().name, QStringLiteral( "Finist\u00e8re" ) );
    QCOMPARE( territory->info().communes.size(), 279 );
    QVERIFY( territory->info().communes.contains( QStringLiteral( "29019" ) ) ); // Brest
    QCOMPARE( territory->featureCount( QStringLiteral( "territory:communes" ) ), qint64( 279 ) );
    QCOMPARE( territory->featureCount( QStringLiteral( "territory:districts" ) ), qint64( 0 ) );
    QCOMPARE( territory->featureCount( QStringLiteral( "territory:streets" ) ), qint64( 0 ) );
    const QRectF extent = territory->extent();
    QVERIFY2( extent.left() > 90000 && extent.right() < 260000, qPrintable( QString::number( extent.left() ) ) );
  }

  void failedBuildLeavesNothing_data()
  {
    QTest::addColumn<QString>( "name" );
    QTest::addColumn<bool>( "pluginFails" );
    QTest::addColumn<QString>( "sources" );
    QTest::addColumn<QString>( "expected" );
    QTest::newRow( "plugin fails" ) << QStringLiteral( "montpellier" ) << true << vigie::test::demoSourcePath()
                                    << QStringLiteral( "demo failure on purpose" );
    QTest::newRow( "unknown demo" ) << QStringLiteral( "atlantis" ) << false << vigie::test::demoSourcePath()
                                    << QStringLiteral( "unknown demo 'atlantis'" );
    QTest::newRow( "no sources" ) << QStringLiteral( "finistere" ) << false << QStringLiteral( "/no/such/folder" )
                                  << QStringLiteral( "does not exist" );
  }

  void failedBuildLeavesNothing()
  {
    QFETCH( QString, name );
    QFETCH( bool, pluginFails );
    QFETCH( QString, sources );
    QFETCH( QString, expected );
    StoreTestPlugin plugin;
    plugin.failDemo = pluginFails;
    QDir folder( tempPath( QStringLiteral( "failed-%1" ).arg( name ) ) );
    QVERIFY( folder.mkpath( QStringLiteral( "." ) ) );
    QString error;
    QVERIFY( !DemoBuilder::build( name, folder.filePath( QStringLiteral( "demo.gpkg" ) ), { &plugin }, sources, &error ) );
    QVERIFY2( error.contains( expected ), qPrintable( error ) );
    QCOMPARE( folder.entryList( QDir::Files | QDir::Hidden ), QStringList() );
  }
};

QTEST_GUILESS_MAIN( TestDemoBuilder )
#include "tst_demobuilder.moc"
