// SPDX-License-Identifier: GPL-2.0-or-later
// NOAA solar algorithm against published reference values.
#include "solar.h"

#include <QtTest>

using namespace vigie::lighting;

class TestSolar : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void events_data()
    {
      QTest::addColumn<QDate>( "date" );
      QTest::addColumn<double>( "latitude" );
      QTest::addColumn<double>( "longitude" );
      QTest::addColumn<double>( "zenith" );
      QTest::addColumn<bool>( "rising" );
      QTest::addColumn<qint64>( "expected" ); // UTC seconds since the epoch
      // Reference: the test suite of the R package suntools (port of the NOAA Sunrise/Sunset
      // and Solar Position Calculators, https://gml.noaa.gov/grad/solcalc/), file
      // tests/testthat/test-sun-methods.R: Helsinki 24.97 E 60.17 N on 2004-12-24.
      QTest::newRow( "Helsinki sunrise" ) << QDate( 2004, 12, 24 ) << 60.17 << 24.97 << 90.833 << true << qint64( 1103873106 );
      QTest::newRow( "Helsinki civil dawn" ) << QDate( 2004, 12, 24 ) << 60.17 << 24.97 << 96.0 << true << qint64( 1103869606 );
      QTest::newRow( "Helsinki nautical dawn" ) << QDate( 2004, 12, 24 ) << 60.17 << 24.97 << 102.0 << true << qint64( 1103866173 );
      QTest::newRow( "Helsinki astronomical dawn" ) << QDate( 2004, 12, 24 ) << 60.17 << 24.97 << 108.0 << true << qint64( 1103863064 );
    }
    void events()
    {
      QFETCH( QDate, date );
      QFETCH( double, latitude );
      QFETCH( double, longitude );
      QFETCH( double, zenith );
      QFETCH( bool, rising );
      QFETCH( qint64, expected );
      QDateTime utc;
      QVERIFY( solar::eventUtc( date, latitude, longitude, zenith, rising, &utc ) );
      // the NOAA calculator is given to the minute
      QVERIFY2( std::llabs( utc.toSecsSinceEpoch() - expected ) <= 60,
                qPrintable( QStringLiteral( "%1 vs %2" ).arg( utc.toString( Qt::ISODate ) ).arg( QDateTime::fromSecsSinceEpoch( expected, Qt::UTC ).toString( Qt::ISODate ) ) ) );
    }
    void position()
    {
      // suntools reference (same file): Helsinki 2023-05-24 10:29:07 UTC, azimuth 184.478°, elevation 50.545°
      double elevation = 0, azimuth = 0;
      solar::position( QDateTime( QDate( 2023, 5, 24 ), QTime( 10, 29, 7 ), Qt::UTC ), 60.17, 24.97, &elevation, &azimuth );
      QVERIFY2( std::fabs( elevation - 50.5447 ) < 0.05, qPrintable( QString::number( elevation ) ) );
      QVERIFY2( std::fabs( azimuth - 184.4783 ) < 0.1, qPrintable( QString::number( azimuth ) ) );
      // solar noon (suntools: 1103883592 = 10:19:52 UTC): elevation is at its maximum then
      double before = 0, at = 0, after = 0;
      const QDateTime noon = QDateTime::fromSecsSinceEpoch( 1103883592, Qt::UTC );
      solar::position( noon.addSecs( -600 ), 60.17, 24.97, &before );
      solar::position( noon, 60.17, 24.97, &at );
      solar::position( noon.addSecs( 600 ), 60.17, 24.97, &after );
      QVERIFY( at > before && at > after );
    }
    void polar()
    {
      // 70.15 N on the June solstice: no sunset (midnight sun), no sunrise event either
      QDateTime utc;
      QVERIFY( !solar::eventUtc( QDate( 2017, 6, 21 ), 70.1498248, 9.1456867, solar::kOfficialZenith, true, &utc ) );
      QVERIFY( !solar::eventUtc( QDate( 2017, 6, 21 ), 70.1498248, 9.1456867, solar::kOfficialZenith, false, &utc ) );
      const OperatingCalendar calendar = OperatingCalendar::compute( 70.15, 9.15, 2017, QByteArrayLiteral( "Europe/Oslo" ) );
      QVERIFY( calendar.yearlyHours() > 3000 );
    }
    void yearlyHours_data()
    {
      QTest::addColumn<double>( "latitude" );
      QTest::addColumn<double>( "longitude" );
      QTest::addColumn<double>( "low" );
      QTest::addColumn<double>( "high" );
      // French public lighting runs about 4,100 h a year from dusk to dawn (ADEME, AFE figure);
      // sunset to sunrise is a little more than 4,300 h at these latitudes
      QTest::newRow( "Montpellier" ) << 43.61 << 3.88 << 4200.0 << 4450.0;
      QTest::newRow( "Brest" ) << 48.39 << -4.49 << 4200.0 << 4450.0;
      QTest::newRow( "Helsinki" ) << 60.17 << 24.97 << 4000.0 << 4500.0;
    }
    void yearlyHours()
    {
      QFETCH( double, latitude );
      QFETCH( double, longitude );
      QFETCH( double, low );
      QFETCH( double, high );
      const OperatingCalendar calendar = OperatingCalendar::compute( latitude, longitude, 2025 );
      QCOMPARE( calendar.nightCount(), 365 );
      const double hours = calendar.yearlyHours();
      QVERIFY2( hours > low && hours < high, qPrintable( QString::number( hours ) ) );
      // bands partition the night: their hours add up to the year's
      QVector<int> boundaries;
      for ( int m = 0; m <= 1440; m += 60 )
        boundaries << m;
      double sum = 0;
      for ( const double h : calendar.bandHours( boundaries ) )
        sum += h;
      QVERIFY( std::fabs( sum - hours ) < 1e-6 );
      // an offset of 15 min at both ends removes half an hour a night
      const OperatingCalendar late = OperatingCalendar::compute( latitude, longitude, 2025, QByteArrayLiteral( "Europe/Paris" ), solar::kOfficialZenith, 15 );
      QVERIFY( std::fabs( hours - late.yearlyHours() - 0.5 * 365 ) < 1.0 );
    }
};

QTEST_GUILESS_MAIN( TestSolar )
#include "tst_solar.moc"
