// SPDX-License-Identifier: GPL-2.0-or-later
// Leak detection on synthetic SCADA records of a small metered network: the day-of-week consumption
// profile (a weekend rhythm the AMR does not show is not a leak), the slow-growth report (an
// incipient leak whose CUSUM steps are each below the minimum leak), and the pressure confirmation
// of alarms too small for the balance.
#include "inpreader.h"
#include "leakdetector.h"
#include "scada.h"

#include <QJsonArray>
#include <QtTest>

#include <cmath>
#include <memory>
#include <random>

using namespace vigie::hydraulics;

namespace
{
  //! R1 - P1 (metered) - J1 - P2 - J2 - P3 - J3; pressure sensors at J1 and J3, AMR at J2.
  const char *kNetwork = "[JUNCTIONS]\n J1 10 0.5\n J2 10 0.5\n J3 10 0.5\n"
                         "[RESERVOIRS]\n R1 100\n"
                         "[PIPES]\n P1 R1 J1 300 200 100 0 Open\n P2 J1 J2 300 150 100 0 Open\n P3 J2 J3 300 100 100 0 Open\n"
                         "[OPTIONS]\n Units LPS\n[END]\n";

  const qint64 kMonday = 1514764800; // 2018-01-01 00:00 UTC, a Monday

  struct Recipe
  {
    int days = 70;
    double weekendExtra = 0; //!< m³/h of unmetered consumption on Saturdays and Sundays
    int rampStart = -1;      //!< day the leak starts growing (-1: no leak)
    double rampPerDay = 0;   //!< m³/h per day
    double rampMax = 0;      //!< m³/h
    quint32 seed = 1;
  };

  //! 5-minute records: inflow = AMR + 2 m³/h + weekend extra + leak + day-to-day noise (0.1 m³/h).
  ScadaData synthesise( const Recipe &r )
  {
    std::mt19937 generator( r.seed );
    auto uniform = [&generator]() { return static_cast<double>( generator() ) / 4294967296.0 - 0.5; };
    ScadaData data;
    data.pressures.columns = QStringList{ QStringLiteral( "J1" ), QStringLiteral( "J3" ) };
    data.flows.columns = QStringList{ QStringLiteral( "P1" ) };
    data.demands.columns = QStringList{ QStringLiteral( "J2" ) };
    for ( int day = 0; day < r.days; ++day )
    {
      const double dayScale = 1 + 0.3 * uniform(); // the AMR varies from day to day: k is identifiable
      const double dayNoise = 0.35 * uniform();    // unmetered consumption noise (σ ≈ 0.1 m³/h)
      const int weekday = day % 7;                 // 0 = Monday
      const double extra = weekday >= 5 ? r.weekendExtra : 0.0;
      double leak = 0;
      if ( r.rampStart >= 0 && day >= r.rampStart )
        leak = std::min( r.rampMax, r.rampPerDay * ( day - r.rampStart + 1 ) );
      for ( int step = 0; step < 288; ++step )
      {
        const qint64 t = kMonday + day * 86400LL + step * 300LL;
        const double amr = 3000 * dayScale * ( 1 + 0.5 * std::sin( 2 * 3.14159265358979 * step / 288.0 ) ); // L/h
        const double inflow = amr / 1000 + 2 + extra + leak + dayNoise;
        data.times.append( t );
        data.flows.values.append( inflow );
        data.demands.values.append( amr );
        data.pressures.values.append( 85 - 0.02 * inflow + 0.002 * uniform() );
        data.pressures.values.append( 80 - 0.05 * inflow + 0.002 * uniform() );
      }
    }
    return data;
  }

  bool detectOn( const Recipe &training, const Recipe &test, const LeakDetectorOptions &options, QVector<DetectedLeak> *found,
                 LeakDetector **keep = nullptr, QString *error = nullptr )
  {
    static Network net;
    if ( net.junctions.isEmpty() && !InpReader::readText( QString::fromLatin1( kNetwork ), QStringLiteral( "small.inp" ), net, error ) )
      return false;
    auto *detector = new LeakDetector( net, options );
    const ScadaData train = synthesise( training );
    const ScadaData data = synthesise( test );
    const bool ok = detector->prepare( data, error ) && detector->train( train, {}, error ) && detector->detect( data, found, error );
    if ( keep && ok )
      *keep = detector;
    else
      delete detector;
    return ok;
  }
} // namespace

class TestLeakDetector : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void weekdayProfile_data();
  void weekdayProfile();
  void slowGrowth_data();
  void slowGrowth();
  void smallAlarmNeedsPressureEvidence();
};

void TestLeakDetector::weekdayProfile_data()
{
  QTest::addColumn<bool>( "profile" );
  QTest::newRow( "with the weekday profile" ) << true;
  QTest::newRow( "without" ) << false;
}

void TestLeakDetector::weekdayProfile()
{
  QFETCH( bool, profile );
  Recipe training, test;
  training.weekendExtra = test.weekendExtra = 3;
  test.seed = 2;
  LeakDetectorOptions options;
  options.weekdayProfile = profile;
  QVector<DetectedLeak> found;
  LeakDetector *detector = nullptr;
  QString error;
  QVERIFY2( detectOn( training, test, options, &found, &detector, &error ), qPrintable( error ) );
  std::unique_ptr<LeakDetector> owner( detector );
  const QJsonArray weekday = detector->calibration()
                                 .value( QStringLiteral( "zones" ) )
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value( QStringLiteral( "weekday_m3h" ) )
                                 .toArray();
  QCOMPARE( weekday.size(), 7 );
  if ( profile )
  {
    // Monday first: Saturday and Sunday carry the 3 m³/h the AMR does not show; no leak reported
    for ( int k = 0; k < 7; ++k )
      QVERIFY2( std::abs( weekday.at( k ).toDouble() - ( k >= 5 ? 3.0 : 0.0 ) ) < 0.3,
                qPrintable( QString::number( weekday.at( k ).toDouble() ) ) );
    QVERIFY2( found.isEmpty(), qPrintable( found.isEmpty() ? QString() : found.first().pipe ) );
  }
  else
  {
    for ( int k = 0; k < 7; ++k )
      QCOMPARE( weekday.at( k ).toDouble(), 0.0 );
    QVERIFY( !found.isEmpty() ); // every weekend looks like a leak and its repair
  }
}

void TestLeakDetector::slowGrowth_data()
{
  QTest::addColumn<int>( "window" );
  QTest::addColumn<bool>( "expected" );
  QTest::newRow( "growth window 30 days" ) << 30 << true;
  QTest::newRow( "off" ) << 0 << false;
}

void TestLeakDetector::slowGrowth()
{
  QFETCH( int, window );
  QFETCH( bool, expected );
  // 0.2 m³/h more every day from day 20 to 4 m³/h: the CUSUM fires on steps of about 0.5 m³/h,
  // each below the 1.5 m³/h minimum
  Recipe training, test;
  test.seed = 3;
  test.rampStart = 20;
  test.rampPerDay = 0.2;
  test.rampMax = 4;
  LeakDetectorOptions options;
  options.growthWindowDays = window;
  QVector<DetectedLeak> found;
  QString error;
  QVERIFY2( detectOn( training, test, options, &found, nullptr, &error ), qPrintable( error ) );
  QCOMPARE( !found.isEmpty(), expected );
  if ( expected )
  {
    const DetectedLeak &leak = found.first();
    QVERIFY( leak.growth );
    QVERIFY( !leak.runningAtStart );
    // reported once the rise reaches the minimum (about 8 days of growth), well before the plateau
    const double day = ( leak.time - kMonday ) / 86400.0;
    QVERIFY2( day > 22 && day < 35, qPrintable( QString::number( day ) ) );
    QVERIFY2( leak.flow >= options.minimumLeak, qPrintable( QString::number( leak.flow ) ) );
    QVERIFY( ( leak.changeTime - kMonday ) / 86400 >= 14 );
  }
}

void TestLeakDetector::smallAlarmNeedsPressureEvidence()
{
  // a 2 m³/h step in a noisy balance: reported with the pressures' confirmation only when it is
  // not required (evidence threshold 0), dropped when the required evidence cannot be reached
  Recipe training, test;
  test.seed = 4;
  test.rampStart = 30;
  test.rampPerDay = 2;
  test.rampMax = 2;
  LeakDetectorOptions options;
  options.confirmBelowSigmas = 1000; // every alarm counts as small
  options.minimumEvidence = 0;
  QVector<DetectedLeak> found;
  QString error;
  QVERIFY2( detectOn( training, test, options, &found, nullptr, &error ), qPrintable( error ) );
  QVERIFY( !found.isEmpty() );
  QVERIFY( std::isfinite( found.first().pressureEvidence ) && found.first().pressureEvidence >= 0 );
  options.minimumEvidence = found.first().pressureEvidence + 1e6;
  QVERIFY2( detectOn( training, test, options, &found, nullptr, &error ), qPrintable( error ) );
  QVERIFY( found.isEmpty() );
}

QTEST_GUILESS_MAIN( TestLeakDetector )
#include "tst_leakdetector.moc"
