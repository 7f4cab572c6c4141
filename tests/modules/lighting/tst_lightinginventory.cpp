// SPDX-License-Identifier: GPL-2.0-or-later
// Loading the lighting inventory of a territory: linking rule and the error cases.
#include "inventory.h"
#include "vigietest.h"

#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace vigie::lighting;

namespace
{
  struct Row
  {
    QVariant technology;
    QVariant power;
    QVariant streetId;
    double x;
  };

  //! A small territory GeoPackage: one street along y = 0 and luminaires at (x, 5).
  QString writeTerritory( const QString &path, const QList<Row> &rows, const QString &streetClass = QString() )
  {
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
    GDALDataset *ds = driver->Create( path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr );
    OGRSpatialReference srs;
    srs.importFromEPSG( 2154 );
    OGRLayer *streets = ds->CreateLayer( "territory_streets", &srs, wkbMultiLineString, nullptr );
    for ( const char *name : { "street_id", "road_type", "lighting_class" } )
    {
      OGRFieldDefn f( name, OFTString );
      streets->CreateField( &f );
    }
    OGRFeature street( streets->GetLayerDefn() );
    street.SetField( "street_id", "S1" );
    street.SetField( "road_type", "AV" );
    if ( !streetClass.isEmpty() )
      street.SetField( "lighting_class", streetClass.toUtf8().constData() );
    OGRMultiLineString multi;
    OGRLineString line;
    line.addPoint( 770000, 6280000 );
    line.addPoint( 770100, 6280000 );
    multi.addGeometry( &line );
    street.SetGeometry( &multi );
    if ( streets->CreateFeature( &street ) != OGRERR_NONE )
      qFatal( "cannot write the test street" );
    OGRLayer *lum = ds->CreateLayer( "lighting_luminaires", &srs, wkbPoint, nullptr );
    for ( const char *name : { "support_id", "technology", "street_id", "control" } )
    {
      OGRFieldDefn f( name, OFTString );
      lum->CreateField( &f );
    }
    OGRFieldDefn power( "power_w", OFTReal );
    lum->CreateField( &power );
    int n = 0;
    for ( const Row &r : rows )
    {
      OGRFeature f( lum->GetLayerDefn() );
      f.SetField( "support_id", QStringLiteral( "S%1" ).arg( ++n ).toUtf8().constData() );
      if ( r.technology.isValid() )
        f.SetField( "technology", r.technology.toString().toUtf8().constData() );
      if ( r.power.isValid() )
        f.SetField( "power_w", r.power.toDouble() );
      if ( r.streetId.isValid() )
        f.SetField( "street_id", r.streetId.toString().toUtf8().constData() );
      OGRPoint p( 770000 + r.x, 6280005 );
      f.SetGeometry( &p );
      if ( lum->CreateFeature( &f ) != OGRERR_NONE )
        qFatal( "cannot write a test luminaire" );
    }
    GDALClose( ds );
    return path;
  }
} // namespace

class TestLightingInventory : public vigie::test::Test
{
    Q_OBJECT
  private Q_SLOTS:
    void loadsAndLinks()
    {
      const QString path = writeTerritory( tempPath( QStringLiteral( "territoire à tester.gpkg" ) ),
                                           { { QStringLiteral( "HPS" ), 100.0, QStringLiteral( "S1" ), 10 },
                                             { QStringLiteral( "led" ), 40.0, QVariant(), 50 },          // nearest street, 5 m away
                                             { QStringLiteral( "MH" ), 70.0, QStringLiteral( "nope" ), 5000 } } ); // 5 km away: unlinked
      Inventory inventory;
      QString error;
      QVERIFY2( loadInventory( path, &inventory, &error ), qPrintable( error ) );
      QCOMPARE( inventory.luminaires.size(), 3 );
      QCOMPARE( inventory.linkedByStreetId, 1 );
      QCOMPARE( inventory.linkedByDistance, 1 );
      QCOMPARE( inventory.unlinked, 1 );
      QCOMPARE( inventory.luminaires.at( 1 ).technology, Technology::Led );
      QCOMPARE( inventory.luminaires.at( 2 ).segment, -1 );
      // Lambert-93 (770000, 6280000) is near Montpellier
      QVERIFY( std::fabs( inventory.latitude - 43.6 ) < 0.3 && std::fabs( inventory.longitude - 3.9 ) < 0.5 );
      QCOMPARE( inventory.segments.at( 0 ).hourlyTraffic.size(), 24 );
    }
    void errors_data()
    {
      QTest::addColumn<QVariant>( "technology" );
      QTest::addColumn<QVariant>( "power" );
      QTest::addColumn<QString>( "streetClass" );
      QTest::addColumn<QString>( "expected" );
      QTest::newRow( "negative power" ) << QVariant( QStringLiteral( "HPS" ) ) << QVariant( -70.0 ) << QString() << "field power_w: lamp power must be positive, not -70 W";
      QTest::newRow( "zero power" ) << QVariant( QStringLiteral( "HPS" ) ) << QVariant( 0.0 ) << QString() << "field power_w";
      QTest::newRow( "missing power" ) << QVariant( QStringLiteral( "HPS" ) ) << QVariant() << QString() << "field power_w: missing lamp power";
      QTest::newRow( "unknown technology" ) << QVariant( QStringLiteral( "plasma" ) ) << QVariant( 70.0 ) << QString() << "field technology: unknown technology \"plasma\"";
      QTest::newRow( "missing technology" ) << QVariant() << QVariant( 70.0 ) << QString() << "field technology: missing";
      QTest::newRow( "unknown class" ) << QVariant( QStringLiteral( "LED" ) ) << QVariant( 70.0 ) << QStringLiteral( "M9" ) << "field lighting_class: unknown EN 13201 class \"M9\"";
    }
    void errors()
    {
      QFETCH( QVariant, technology );
      QFETCH( QVariant, power );
      QFETCH( QString, streetClass );
      QFETCH( QString, expected );
      const QString path = writeTerritory( tempPath( QStringLiteral( "bad-%1.gpkg" ).arg( QString::fromLatin1( QTest::currentDataTag() ) ) ),
                                           { { QStringLiteral( "LED" ), 30.0, QStringLiteral( "S1" ), 10 }, { technology, power, QStringLiteral( "S1" ), 20 } },
                                           streetClass );
      const QByteArray before = [&] { QFile f( path ); f.open( QIODevice::ReadOnly ); return f.readAll(); }();
      Inventory inventory;
      inventory.name = QStringLiteral( "untouched" );
      QString error;
      QVERIFY( !loadInventory( path, &inventory, &error ) );
      QVERIFY2( error.contains( expected ), qPrintable( error ) );
      if ( streetClass.isEmpty() )
        QVERIFY2( error.contains( QStringLiteral( "luminaire S2" ) ), qPrintable( error ) ); // names the asset
      QCOMPARE( inventory.name, QStringLiteral( "untouched" ) );
      QFile f( path );
      QVERIFY( f.open( QIODevice::ReadOnly ) );
      QCOMPARE( f.readAll(), before ); // nothing written
    }
    void missingFile()
    {
      Inventory inventory;
      QString error;
      QVERIFY( !loadInventory( tempPath( QStringLiteral( "none.gpkg" ) ), &inventory, &error ) );
      QVERIFY( error.contains( QStringLiteral( "none.gpkg" ) ) );
    }
};

QTEST_GUILESS_MAIN( TestLightingInventory )
#include "tst_lightinginventory.moc"
