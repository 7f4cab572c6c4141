// SPDX-License-Identifier: GPL-2.0-or-later
// The app applies the territory's raw retention period in the background (issue 3 item 4): the live
// feeds worker moves old raw values into 15-minute aggregates in bounded steps, never on the GUI
// thread (the GUI event loop keeps turning while 300,000 old values are moved).
#include "../modules/feeds/feedstestutil.h"
#include "feedsservice.h"
#include "observationstore.h"
#include "vigieqgistest.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

using namespace vigie;

class TestFeedsRetention : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void workerAppliesStoredPeriod()
  {
    const QString path = tempPath( QStringLiteral( "rétention app.gpkg" ) );
    QString error = vigie::test::createFeedsTerritory( path );
    QVERIFY2( error.isEmpty(), qPrintable( error ) );
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int oldValues = 300000;
    int recent = 0;
    {
      std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( path, &error );
      QVERIFY2( store, qPrintable( error ) );
      QVERIFY( store->setDurability( feeds::ObservationStore::Durability::Normal, &error ) );
      QVERIFY2( store->setRawRetentionDays( 30, &error ), qPrintable( error ) );
      QList<feeds::Observation> list;
      // 300 sensors x 1,000 values a minute apart, 60 days ago; and one value a day for the last 20 days
      for ( int i = 0; i < oldValues; ++i )
        list << vigie::test::observation( QStringLiteral( "s%1" ).arg( i % 300 ), now.addDays( -60 ).addSecs( 60 * ( i / 300 ) ), i % 7 );
      for ( int day = 0; day < 20; ++day, ++recent )
        list << vigie::test::observation( QStringLiteral( "s1" ), now.addDays( -day ), day );
      feeds::StoreResult result;
      QVERIFY2( store->store( list, &result, &error ), qPrintable( error ) );
      QCOMPARE( result.stored, oldValues + recent );
    }

    FeedsService service;
    service.setRetentionSchedule( 0, 3600 * 1000 );
    QSignalSpy applied( &service, &FeedsService::retentionApplied );
    // the GUI thread's event loop: the longest time between two turns while the worker moves the values
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval( 5 );
    connect( &tick, &QTimer::timeout, this,
             [&]
             {
               longest = std::max( longest, clock.elapsed() - last );
               last = clock.elapsed();
             } );
    tick.start();
    last = clock.elapsed();
    service.openTerritory( path );
    QTRY_VERIFY_WITH_TIMEOUT( applied.count() == 1, 60000 );
    tick.stop();
    QCOMPARE( applied.at( 0 ).at( 0 ).toLongLong(), qint64( oldValues ) );
    QCOMPARE( applied.at( 0 ).at( 1 ).toInt(), 30 );
    qInfo( "%d old values moved by the feeds worker in %lld ms; longest GUI event-loop gap %lld ms", oldValues, clock.elapsed(), longest );
    QVERIFY2( longest < 250, qPrintable( QStringLiteral( "the GUI thread stalled %1 ms" ).arg( longest ) ) );

    qint64 raw = -1;
    qint64 aggregated = 0;
    service.runOnWorker(
        [&]( feeds::ObservationStore *store )
        {
          raw = store->count();
          for ( const feeds::ObservationAggregate &a : store->aggregates( QString(), QDateTime(), QDateTime() ) )
            aggregated += a.count;
        } );
    QCOMPARE( raw, qint64( recent ) );
    QCOMPARE( aggregated, qint64( oldValues ) );
    service.closeTerritory();
  }

  void noRetentionWhenSwitchedOff()
  {
    const QString path = tempPath( QStringLiteral( "off.gpkg" ) );
    QString error = vigie::test::createFeedsTerritory( path );
    QVERIFY2( error.isEmpty(), qPrintable( error ) );
    {
      std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( path, &error );
      feeds::StoreResult result;
      QVERIFY( store->store( { vigie::test::observation( QStringLiteral( "a" ), QDateTime::currentDateTimeUtc().addYears( -2 ), 1 ) },
                             &result, &error ) );
    }
    FeedsService service;
    service.setRetentionSchedule( 0, 0 );
    QSignalSpy applied( &service, &FeedsService::retentionApplied );
    QSignalSpy opened( &service, &FeedsService::opened );
    service.openTerritory( path );
    QTRY_VERIFY_WITH_TIMEOUT( opened.count() == 1, 10000 );
    QTest::qWait( 300 );
    QCOMPARE( applied.count(), 0 );
    qint64 raw = -1;
    service.runOnWorker( [&]( feeds::ObservationStore *store ) { raw = store->count(); } );
    QCOMPARE( raw, qint64( 1 ) );
    service.closeTerritory();
  }
};

VIGIE_QGIS_TEST_MAIN( TestFeedsRetention )
#include "tst_feedsretention.moc"
