// SPDX-License-Identifier: GPL-2.0-or-later
// EN 13201 requirement tables and the CEN/TR 13201-1 class selection, against the values of
// ../shared/data/standards/en13201/EN13201_lighting_classes_summary.md.
#include "en13201.h"

#include <QtTest>

using namespace vigie::lighting;

class TestEn13201 : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void requirements_data()
    {
      QTest::addColumn<QString>( "name" );
      QTest::addColumn<double>( "average" );
      QTest::addColumn<double>( "uniformity" );
      QTest::addColumn<double>( "minimum" );
      // EN 13201-2:2015 (summary §2-4)
      QTest::newRow( "M1" ) << "M1" << 2.00 << 0.40 << 0.0;
      QTest::newRow( "M3" ) << "M3" << 1.00 << 0.40 << 0.0;
      QTest::newRow( "M6" ) << "M6" << 0.30 << 0.35 << 0.0;
      QTest::newRow( "C0" ) << "C0" << 50.0 << 0.40 << 0.0;
      QTest::newRow( "C5" ) << "C5" << 7.50 << 0.40 << 0.0;
      QTest::newRow( "P1" ) << "P1" << 15.0 << 0.0 << 3.00;
      QTest::newRow( "P6" ) << "P6" << 2.00 << 0.0 << 0.40;
    }
    void requirements()
    {
      QFETCH( QString, name );
      QFETCH( double, average );
      QFETCH( double, uniformity );
      QFETCH( double, minimum );
      LightingClass c;
      QVERIFY( parseClass( name, &c ) );
      QCOMPARE( c.name(), name );
      const ClassRequirement *r = classRequirement( c );
      QVERIFY( r );
      QCOMPARE( r->average, average );
      QCOMPARE( r->overallUniformity, uniformity );
      QCOMPARE( r->minimum, minimum );
    }
    void unknownClasses_data()
    {
      QTest::addColumn<QString>( "text" );
      QTest::newRow( "M7" ) << "M7";
      QTest::newRow( "M0" ) << "M0";
      QTest::newRow( "P7 has no requirement" ) << "P7";
      QTest::newRow( "C6" ) << "C6";
      QTest::newRow( "X1" ) << "X1";
      QTest::newRow( "empty" ) << "";
      QTest::newRow( "M12" ) << "M12";
    }
    void unknownClasses()
    {
      QFETCH( QString, text );
      QVERIFY( !parseClass( text, nullptr ) );
    }
    void selection_data()
    {
      QTest::addColumn<int>( "category" );
      QTest::addColumn<double>( "speed" );
      QTest::addColumn<double>( "traffic" );
      QTest::addColumn<QString>( "expected" );
      QTest::addColumn<double>( "weightSum" );
      // summary §5 example: urban distributor 50 km/h (−1), moderate traffic (0), mixed (+1),
      // not separated (+1), moderate junctions (0), parking (+0.5), moderate ambient, easy → 1.5 → 4.5 → M4
      QTest::newRow( "distributor moderate" ) << int( RoadCategory::Distributor ) << 50.0 << 400.0 << "M4" << 1.5;
      // high traffic +0.5 → 2.0 → M4; very high +1 → 2.5 → 3.5 → M3
      QTest::newRow( "distributor high" ) << int( RoadCategory::Distributor ) << 50.0 << 800.0 << "M4" << 2.0;
      QTest::newRow( "distributor very high" ) << int( RoadCategory::Distributor ) << 50.0 << 1500.0 << "M3" << 2.5;
      // late night: very low −1 → 0.5 → 5.5 → M5 (ties toward the better-lit class)
      QTest::newRow( "distributor night" ) << int( RoadCategory::Distributor ) << 50.0 << 30.0 << "M5" << 0.5;
      // expressway 90 km/h (+1), very high (+1), motorised only, separated, no parking → 2 → M4
      QTest::newRow( "expressway" ) << int( RoadCategory::Expressway ) << 90.0 << 2000.0 << "M4" << 2.0;
      QTest::newRow( "expressway 110" ) << int( RoadCategory::Expressway ) << 110.0 << 2000.0 << "M3" << 3.0;
      // roundabout 50 km/h: C speed 0, moderate 0, mixed +1, not separated +1, no parking, navigation difficult +1 → 3 → C3
      QTest::newRow( "roundabout" ) << int( RoadCategory::Conflict ) << 50.0 << 400.0 << "C3" << 3.0;
      QTest::newRow( "roundabout busy" ) << int( RoadCategory::Conflict ) << 50.0 << 1500.0 << "C2" << 4.0;
      // residential 30 km/h: P speed low +1, normal use 0, mixed +1, parking +0.5 → 2.5 → 3.5 → P3
      QTest::newRow( "residential" ) << int( RoadCategory::Residential ) << 30.0 << 40.0 << "P3" << 2.5;
      QTest::newRow( "residential quiet" ) << int( RoadCategory::Residential ) << 30.0 << 5.0 << "P4" << 1.5;
      // 30 km/h street: P family
      QTest::newRow( "street 30" ) << int( RoadCategory::Street ) << 30.0 << 200.0 << "P2" << 3.5;
      // pedestrian place: walking 0, quiet −1, pedestrians only 0, no parking, high ambient +1 → 0 → P6
      QTest::newRow( "pedestrian quiet" ) << int( RoadCategory::Pedestrian ) << 30.0 << 10.0 << "P6" << 0.0;
    }
    void selection()
    {
      QFETCH( int, category );
      QFETCH( double, speed );
      QFETCH( double, traffic );
      QFETCH( QString, expected );
      QFETCH( double, weightSum );
      RoadParameters p = RoadParameters::forCategory( static_cast<RoadCategory>( category ), speed );
      p.trafficPerHour = traffic;
      const ClassChoice choice = selectClass( p );
      QCOMPARE( choice.lightingClass.name(), expected );
      QCOMPARE( choice.weightSum, weightSum );
      QVERIFY2( choice.explanation.startsWith( expected + QLatin1Char( ':' ) ), qPrintable( choice.explanation ) );
      QVERIFY( choice.explanation.contains( QStringLiteral( "speed" ) ) );
      QVERIFY( selectClass( p, false ).explanation.isEmpty() );
      QCOMPARE( selectClass( p, false ).lightingClass, choice.lightingClass );
    }
    void lessTrafficNeverMoreLight()
    {
      // property of the tables: the class number never decreases when traffic drops
      for ( const RoadCategory category : { RoadCategory::Expressway, RoadCategory::Distributor, RoadCategory::Street, RoadCategory::Conflict,
                                            RoadCategory::Residential, RoadCategory::Pedestrian } )
      {
        RoadParameters p = RoadParameters::forCategory( category, 50 );
        int previous = 0;
        for ( double traffic = 3000; traffic >= 0; traffic -= 10 )
        {
          p.trafficPerHour = traffic;
          const int number = selectClass( p, false ).lightingClass.number;
          QVERIFY( number >= previous );
          previous = number;
        }
      }
    }
    void hourlyProfile()
    {
      const QVector<double> h = hourlyTraffic( RoadCategory::Distributor, 12000 );
      double sum = 0;
      for ( const double v : h )
        sum += v;
      QCOMPARE( h.size(), 24 );
      QVERIFY( std::fabs( sum - 12000 ) < 1e-6 );
      QVERIFY( h.at( 3 ) < h.at( 17 ) / 10 );
      // measured peaks replace hours 8 and 17, the day total is kept
      const QVector<double> m = hourlyTraffic( RoadCategory::Distributor, 12000, 1000, 1100 );
      sum = 0;
      for ( const double v : m )
        sum += v;
      QCOMPARE( m.at( 8 ), 1000.0 );
      QCOMPARE( m.at( 17 ), 1100.0 );
      QVERIFY( std::fabs( sum - 12000 ) < 1e-6 );
      QCOMPARE( roadCategory( QStringLiteral( "av" ) ), RoadCategory::Distributor );
      QCOMPARE( roadCategory( QStringLiteral( "RDPT" ) ), RoadCategory::Conflict );
      QCOMPARE( roadCategory( QStringLiteral( "XYZ" ) ), RoadCategory::Street );
    }
};

QTEST_GUILESS_MAIN( TestEn13201 )
#include "tst_en13201.moc"
