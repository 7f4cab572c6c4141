// SPDX-License-Identifier: GPL-2.0-or-later
// Sensor kinds and unit conversion on arrival: every conversion against reference values.

#include "sensorkind.h"

#include <QtTest>

#include <cmath>

using namespace vigie::feeds;

Q_DECLARE_METATYPE( vigie::feeds::SensorKind )

class TestUnits : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void conversion_data();
  void conversion();
  void conversionError_data();
  void conversionError();
  void kindNames();
  void unCefactCodes_data();
  void unCefactCodes();
  void normalize_data();
  void normalize();
  void normalizeRejects();
};

void TestUnits::conversion_data()
{
  QTest::addColumn<SensorKind>( "kind" );
  QTest::addColumn<double>( "value" );
  QTest::addColumn<QString>( "unit" );
  QTest::addColumn<double>( "expected" );

  // 1 bar = 1e5 Pa; 1 m of water = 1000 kg/m³ × 9.80665 m/s² = 9806.65 Pa
  QTest::newRow( "bar" ) << SensorKind::Pressure << 1.0 << QStringLiteral( "bar" ) << 10.197162129779283;
  QTest::newRow( "bar code" ) << SensorKind::Pressure << 2.0 << QStringLiteral( "BAR" ) << 20.394324259558566;
  QTest::newRow( "mbar" ) << SensorKind::Pressure << 1000.0 << QStringLiteral( "mbar" ) << 10.197162129779283;
  QTest::newRow( "kPa" ) << SensorKind::Pressure << 100.0 << QStringLiteral( "kPa" ) << 10.197162129779283;
  QTest::newRow( "Pa atmosphere" ) << SensorKind::Pressure << 101325.0 << QStringLiteral( "Pa" ) << 10.332274528136415;
  QTest::newRow( "psi" ) << SensorKind::Pressure << 1.0 << QStringLiteral( "psi" ) << 0.7030695796402614;
  QTest::newRow( "psi 60" ) << SensorKind::Pressure << 60.0 << QStringLiteral( "psi" ) << 42.18417477841568;
  QTest::newRow( "mH2O" ) << SensorKind::Pressure << 35.5 << QStringLiteral( "mH2O" ) << 35.5;
  QTest::newRow( "m pressure" ) << SensorKind::Pressure << 42.0 << QStringLiteral( "m" ) << 42.0;
  QTest::newRow( "L/s" ) << SensorKind::Flow << 1.0 << QStringLiteral( "L/s" ) << 3.6;
  QTest::newRow( "l/s lower" ) << SensorKind::Flow << 12.5 << QStringLiteral( "l/s" ) << 45.0;
  QTest::newRow( "m3/s" ) << SensorKind::Flow << 0.25 << QStringLiteral( "m3/s" ) << 900.0;
  QTest::newRow( "m³/s" ) << SensorKind::Flow << 1.0 << QStringLiteral( "m\u00B3/s" ) << 3600.0;
  QTest::newRow( "gpm" ) << SensorKind::Flow << 100.0 << QStringLiteral( "gpm" ) << 22.712470704;
  QTest::newRow( "L/min" ) << SensorKind::Flow << 60.0 << QStringLiteral( "L/min" ) << 3.6;
  QTest::newRow( "m3/h" ) << SensorKind::Flow << 12.0 << QStringLiteral( "m3/h" ) << 12.0;
  QTest::newRow( "MQH" ) << SensorKind::Flow << 5.0 << QStringLiteral( "MQH" ) << 5.0;
  QTest::newRow( "negative flow" ) << SensorKind::Flow << -2.0 << QStringLiteral( "L/s" ) << -7.2;
  QTest::newRow( "mm" ) << SensorKind::Level << 1500.0 << QStringLiteral( "mm" ) << 1.5;
  QTest::newRow( "cm" ) << SensorKind::Level << 250.0 << QStringLiteral( "cm" ) << 2.5;
  QTest::newRow( "MTR" ) << SensorKind::Level << 3.52 << QStringLiteral( "MTR" ) << 3.52;
  QTest::newRow( "kW" ) << SensorKind::Power << 1.5 << QStringLiteral( "kW" ) << 1500.0;
  QTest::newRow( "KWT" ) << SensorKind::Power << 2.0 << QStringLiteral( "KWT" ) << 2000.0;
  QTest::newRow( "WTT" ) << SensorKind::Power << 36.0 << QStringLiteral( "WTT" ) << 36.0;
  QTest::newRow( "Wh" ) << SensorKind::Energy << 2500.0 << QStringLiteral( "Wh" ) << 2.5;
  QTest::newRow( "MWh" ) << SensorKind::Energy << 1.2 << QStringLiteral( "MWh" ) << 1200.0;
  QTest::newRow( "WHR" ) << SensorKind::Energy << 500.0 << QStringLiteral( "WHR" ) << 0.5;
  QTest::newRow( "KWH" ) << SensorKind::Energy << 7.0 << QStringLiteral( "KWH" ) << 7.0;
  QTest::newRow( "°F boiling" ) << SensorKind::Temperature << 212.0 << QStringLiteral( "\u00B0F" ) << 100.0;
  QTest::newRow( "degF freezing" ) << SensorKind::Temperature << 32.0 << QStringLiteral( "degF" ) << 0.0;
  QTest::newRow( "°F -40" ) << SensorKind::Temperature << -40.0 << QStringLiteral( "\u00B0F" ) << -40.0;
  QTest::newRow( "K" ) << SensorKind::Temperature << 300.0 << QStringLiteral( "K" ) << 26.85;
  QTest::newRow( "KEL" ) << SensorKind::Temperature << 273.15 << QStringLiteral( "KEL" ) << 0.0;
  QTest::newRow( "CEL" ) << SensorKind::Temperature << 21.5 << QStringLiteral( "CEL" ) << 21.5;
  QTest::newRow( "°C" ) << SensorKind::Temperature << 25.671875 << QStringLiteral( "\u00B0C" ) << 25.671875;
  QTest::newRow( "ratio" ) << SensorKind::Fill << 0.42 << QStringLiteral( "ratio" ) << 42.0;
  QTest::newRow( "C62 ratio" ) << SensorKind::Fill << 1.0 << QStringLiteral( "C62" ) << 100.0;
  QTest::newRow( "%" ) << SensorKind::Fill << 55.0 << QStringLiteral( "%" ) << 55.0;
  QTest::newRow( "P1" ) << SensorKind::Fill << 80.0 << QStringLiteral( "P1" ) << 80.0;
  QTest::newRow( "litres" ) << SensorKind::Volume << 1500.0 << QStringLiteral( "L" ) << 1.5;
  QTest::newRow( "litre word" ) << SensorKind::Volume << 250.0 << QStringLiteral( "litres" ) << 0.25;
  QTest::newRow( "MTQ" ) << SensorKind::Volume << 6.054 << QStringLiteral( "MTQ" ) << 6.054;
  QTest::newRow( "mV" ) << SensorKind::Voltage << 3300.0 << QStringLiteral( "mV" ) << 3.3;
  QTest::newRow( "mA" ) << SensorKind::Current << 250.0 << QStringLiteral( "mA" ) << 0.25;
  QTest::newRow( "empty unit = canonical" ) << SensorKind::Pressure << 4.2 << QString() << 4.2;
  QTest::newRow( "spaces" ) << SensorKind::Flow << 2.0 << QStringLiteral( " m3 / h " ) << 2.0;
}

void TestUnits::conversion()
{
  QFETCH( SensorKind, kind );
  QFETCH( double, value );
  QFETCH( QString, unit );
  QFETCH( double, expected );
  double converted = std::nan( "" );
  QString error;
  QVERIFY2( convertToCanonical( kind, value, unit, &converted, &error ), qPrintable( error ) );
  QVERIFY2( std::fabs( converted - expected ) <= 1e-9 * std::max( 1.0, std::fabs( expected ) ),
            qPrintable( QStringLiteral( "%1 %2 gave %3, expected %4" )
                            .arg( value )
                            .arg( unit )
                            .arg( converted, 0, 'g', 17 )
                            .arg( expected, 0, 'g', 17 ) ) );
  QVERIFY( error.isEmpty() );
}

void TestUnits::conversionError_data()
{
  QTest::addColumn<SensorKind>( "kind" );
  QTest::addColumn<double>( "value" );
  QTest::addColumn<QString>( "unit" );
  QTest::addColumn<QStringList>( "fragments" );

  QTest::newRow( "energy for pressure" ) << SensorKind::Pressure << 1.0 << QStringLiteral( "kWh" )
                                         << QStringList{ QStringLiteral( "\"kWh\"" ), QStringLiteral( "measures energy" ),
                                                         QStringLiteral( "not pressure" ) };
  QTest::newRow( "pressure for level" ) << SensorKind::Level << 1.0 << QStringLiteral( "bar" )
                                        << QStringList{ QStringLiteral( "measures pressure" ), QStringLiteral( "not level" ) };
  QTest::newRow( "percent for temperature" ) << SensorKind::Temperature << 1.0 << QStringLiteral( "%" )
                                             << QStringList{ QStringLiteral( "measures fill" ), QStringLiteral( "\u00B0C" ) };
  QTest::newRow( "power for fill" ) << SensorKind::Fill << 1.0 << QStringLiteral( "W" )
                                    << QStringList{ QStringLiteral( "measures power" ), QStringLiteral( "not fill" ) };
  QTest::newRow( "length for flow" ) << SensorKind::Flow << 1.0 << QStringLiteral( "m" )
                                     << QStringList{ QStringLiteral( "not flow" ), QStringLiteral( "m\u00B3/h" ) };
  QTest::newRow( "unknown unit" ) << SensorKind::Flow << 1.0 << QStringLiteral( "furlong/fortnight" )
                                  << QStringList{ QStringLiteral( "unknown unit \"furlong/fortnight\"" ), QStringLiteral( "flow" ) };
  QTest::newRow( "unknown code" ) << SensorKind::Fill << 55.2 << QStringLiteral( "UDT0000016" )
                                  << QStringList{ QStringLiteral( "unknown unit \"UDT0000016\"" ) };
  QTest::newRow( "unknown kind" ) << SensorKind::Unknown << 1.0 << QStringLiteral( "m" )
                                  << QStringList{ QStringLiteral( "unknown sensor kind" ) };
  QTest::newRow( "NaN" ) << SensorKind::Level << std::nan( "" ) << QStringLiteral( "m" )
                         << QStringList{ QStringLiteral( "not a finite number" ) };
  QTest::newRow( "infinity" ) << SensorKind::Level << HUGE_VAL << QStringLiteral( "m" )
                              << QStringList{ QStringLiteral( "not a finite number" ) };
}

void TestUnits::conversionError()
{
  QFETCH( SensorKind, kind );
  QFETCH( double, value );
  QFETCH( QString, unit );
  QFETCH( QStringList, fragments );
  double converted = -12345;
  QString error;
  QVERIFY( !convertToCanonical( kind, value, unit, &converted, &error ) );
  QCOMPARE( converted, -12345.0 );
  for ( const QString &fragment : std::as_const( fragments ) )
    QVERIFY2( error.contains( fragment ), qPrintable( error + QStringLiteral( " lacks " ) + fragment ) );
}

void TestUnits::kindNames()
{
  const QList<SensorKind> kinds = sensorKinds();
  QCOMPARE( kinds.size(), 10 );
  QStringList names;
  for ( const SensorKind kind : kinds )
  {
    QCOMPARE( sensorKindFromName( sensorKindName( kind ) ), kind );
    QVERIFY( !canonicalUnit( kind ).isEmpty() );
    names << sensorKindName( kind );
  }
  names.removeDuplicates();
  QCOMPARE( names.size(), kinds.size() );
  QCOMPARE( sensorKindFromName( QStringLiteral( " Pressure " ) ), SensorKind::Pressure );
  QCOMPARE( sensorKindFromName( QStringLiteral( "humidity" ) ), SensorKind::Unknown );
  QCOMPARE( canonicalUnit( SensorKind::Pressure ), QStringLiteral( "m" ) );
  QCOMPARE( canonicalUnit( SensorKind::Flow ), QStringLiteral( "m\u00B3/h" ) );
  QCOMPARE( canonicalUnit( SensorKind::Power ), QStringLiteral( "W" ) );
  QCOMPARE( canonicalUnit( SensorKind::Energy ), QStringLiteral( "kWh" ) );
  QCOMPARE( canonicalUnit( SensorKind::Fill ), QStringLiteral( "%" ) );
  QCOMPARE( canonicalUnit( SensorKind::Temperature ), QStringLiteral( "\u00B0C" ) );
  QCOMPARE( canonicalUnit( SensorKind::Unknown ), QString() );
  // the canonical unit converts to itself
  for ( const SensorKind kind : kinds )
  {
    double converted = 0;
    QString error;
    QVERIFY2( convertToCanonical( kind, 7.25, canonicalUnit( kind ), &converted, &error ), qPrintable( error ) );
    QCOMPARE( converted, 7.25 );
  }
}

void TestUnits::unCefactCodes_data()
{
  QTest::addColumn<QString>( "code" );
  QTest::addColumn<QString>( "unit" );
  QTest::newRow( "MTR" ) << QStringLiteral( "MTR" ) << QStringLiteral( "m" );
  QTest::newRow( "BAR" ) << QStringLiteral( "BAR" ) << QStringLiteral( "bar" );
  QTest::newRow( "KWH" ) << QStringLiteral( "KWH" ) << QStringLiteral( "kWh" );
  QTest::newRow( "WTT" ) << QStringLiteral( "WTT" ) << QStringLiteral( "W" );
  QTest::newRow( "P1" ) << QStringLiteral( "P1" ) << QStringLiteral( "%" );
  QTest::newRow( "CEL" ) << QStringLiteral( "CEL" ) << QStringLiteral( "\u00B0C" );
  QTest::newRow( "MQH" ) << QStringLiteral( "MQH" ) << QStringLiteral( "m\u00B3/h" );
  QTest::newRow( "unknown" ) << QStringLiteral( "XYZ" ) << QString();
  QTest::newRow( "lower case is not a code" ) << QStringLiteral( "mtr" ) << QString();
}

void TestUnits::unCefactCodes()
{
  QFETCH( QString, code );
  QFETCH( QString, unit );
  QCOMPARE( unitFromUnCefactCode( code ), unit );
}

void TestUnits::normalize_data()
{
  QTest::addColumn<SensorKind>( "kind" );
  QTest::addColumn<double>( "value" );
  QTest::addColumn<QString>( "unit" );
  QTest::addColumn<double>( "expected" );
  QTest::addColumn<int>( "flags" );

  QTest::newRow( "fill in range" ) << SensorKind::Fill << 55.0 << QStringLiteral( "%" ) << 55.0 << int( NoFlag );
  QTest::newRow( "fill ratio" ) << SensorKind::Fill << 0.5 << QStringLiteral( "ratio" ) << 50.0 << int( Converted );
  QTest::newRow( "fill over 100" ) << SensorKind::Fill << 120.0 << QStringLiteral( "%" ) << 120.0 << int( OutOfRange );
  QTest::newRow( "fill negative" ) << SensorKind::Fill << -3.0 << QString() << -3.0 << int( OutOfRange );
  QTest::newRow( "fill ratio over 1" ) << SensorKind::Fill << 1.2 << QStringLiteral( "ratio" ) << 120.0 << int( Converted | OutOfRange );
  QTest::newRow( "fill at 100" ) << SensorKind::Fill << 100.0 << QStringLiteral( "P1" ) << 100.0 << int( Converted );
  QTest::newRow( "pressure bar" ) << SensorKind::Pressure << 0.24609375 << QStringLiteral( "bar" ) << 2.5094578678753705
                                  << int( Converted );
  QTest::newRow( "pressure absurd" ) << SensorKind::Pressure << 200.0 << QStringLiteral( "bar" ) << 2039.4324259558566
                                     << int( Converted | OutOfRange );
  QTest::newRow( "negative level" ) << SensorKind::Level << -50.0 << QStringLiteral( "mm" ) << -0.05 << int( Converted | OutOfRange );
  QTest::newRow( "negative power" ) << SensorKind::Power << -1.0 << QStringLiteral( "W" ) << -1.0 << int( OutOfRange );
  QTest::newRow( "hot water" ) << SensorKind::Temperature << 500.0 << QStringLiteral( "K" ) << 226.85 << int( Converted | OutOfRange );
  QTest::newRow( "reverse flow ok" ) << SensorKind::Flow << -1.0 << QStringLiteral( "L/s" ) << -3.6 << int( Converted );
}

void TestUnits::normalize()
{
  QFETCH( SensorKind, kind );
  QFETCH( double, value );
  QFETCH( QString, unit );
  QFETCH( double, expected );
  QFETCH( int, flags );
  Observation observation;
  observation.sensorId = QStringLiteral( "S1" );
  observation.time = QDateTime( QDate( 2024, 1, 16 ), QTime( 1, 0 ), Qt::UTC );
  observation.value = value;
  observation.unit = unit;
  QString error;
  QVERIFY2( normalizeObservation( observation, kind, &error ), qPrintable( error ) );
  QVERIFY2( std::fabs( observation.value - expected ) < 1e-9, qPrintable( QString::number( observation.value, 'g', 17 ) ) );
  QCOMPARE( observation.unit, canonicalUnit( kind ) );
  QCOMPARE( observation.quantity, sensorKindName( kind ) );
  QCOMPARE( observation.flags, flags );
  QCOMPARE( observation.sensorId, QStringLiteral( "S1" ) );
}

void TestUnits::normalizeRejects()
{
  Observation observation;
  observation.sensorId = QStringLiteral( "bin-12/fill" );
  observation.value = 3;
  observation.unit = QStringLiteral( "bar" );
  const Observation before = observation;
  QString error;
  QVERIFY( !normalizeObservation( observation, SensorKind::Fill, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "bin-12/fill" ) ) && error.contains( QStringLiteral( "measures pressure" ) ),
            qPrintable( error ) );
  QVERIFY( observation == before );

  observation.unit = QStringLiteral( "%" );
  observation.value = std::nan( "" );
  QVERIFY( !normalizeObservation( observation, SensorKind::Fill, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "finite" ) ), qPrintable( error ) );
}

QTEST_GUILESS_MAIN( TestUnits )
#include "tst_units.moc"
