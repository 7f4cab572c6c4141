// SPDX-License-Identifier: GPL-2.0-or-later
#include "feedssql.h"
#include "feedstestutil.h"
#include "observationstore.h"
#include "territory.h"
#include "vigietest.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace vigie;
using namespace vigie::feeds;
using vigie::test::observation;

class TestObservationStore : public vigie::test::Test
{
  Q_OBJECT

private:
  const QDateTime mT0 = QDateTime( QDate( 2024, 3, 1 ), QTime( 0, 0 ), Qt::UTC );
  int mFiles = 0;

  QString newTerritory( const QString &name )
  {
    const QString path = tempPath( QStringLiteral( "%1-%2" ).arg( ++mFiles ).arg( name ) );
    const QString error = vigie::test::createFeedsTerritory( path );
    if ( !error.isEmpty() )
      qFatal( "cannot create the test territory: %s", qPrintable( error ) );
    return path;
  }

  std::unique_ptr<ObservationStore> openStore( const QString &path )
  {
    QString error;
    std::unique_ptr<ObservationStore> store = ObservationStore::open( path, &error );
    if ( !store )
      qFatal( "cannot open the store: %s", qPrintable( error ) );
    return store;
  }

private Q_SLOTS:
  void batchIsStored()
  {
    const QString path = newTerritory( QStringLiteral( "batch.gpkg" ) );
    auto store = openStore( path );
    QList<Observation> batch;
    for ( int i = 0; i < 1000; ++i )
      batch << observation( QStringLiteral( "s%1" ).arg( i % 10 ), mT0.addSecs( 60 * ( i / 10 ) ), i, QStringLiteral( "m" ),
                            QStringLiteral( "level" ) );
    StoreResult result;
    QString error;
    QVERIFY2( store->store( batch, &result, &error ), qPrintable( error ) );
    QCOMPARE( result.stored, 1000 );
    QCOMPARE( result.duplicates, 0 );
    QCOMPARE( result.unboundRegistered, 10 );
    QCOMPARE( store->count(), qint64( 1000 ) );
    QCOMPARE( store->count( QStringLiteral( "s3" ) ), qint64( 100 ) );
    SensorInfo info;
    QVERIFY( store->sensor( QStringLiteral( "s3" ), &info ) );
    QCOMPARE( info.kind, SensorKind::Level );
    QCOMPARE( info.lastTime, mT0.addSecs( 60 * 99 ) );
    QCOMPARE( info.lastValue, 993.0 );
    QCOMPARE( info.state, SensorState::Ok );

    // read back in time order with the canonical unit
    const QList<Observation> back = store->observations( QStringLiteral( "s3" ), mT0.addSecs( 60 ), mT0.addSecs( 180 ) );
    QCOMPARE( back.size(), 2 );
    QCOMPARE( back.at( 0 ).value, 13.0 );
    QCOMPARE( back.at( 1 ).time, mT0.addSecs( 120 ) );
    QCOMPARE( back.at( 1 ).unit, QStringLiteral( "m" ) );

    // kept across reopen, feeds component recorded
    store.reset();
    store = openStore( path );
    QCOMPARE( store->count(), qint64( 1000 ) );
    QCOMPARE( store->sensors().size(), 10 );
    QVERIFY( store->sensor( QStringLiteral( "s3" ), &info ) );
    QCOMPARE( info.lastTime, mT0.addSecs( 60 * 99 ) ); // also when the sensors table lags
    QCOMPARE( info.lastValue, 993.0 );
    sql::Statement version( store->handle(), "SELECT version FROM vigie_schema WHERE component = 'feeds'" );
    QCOMPARE( version.step(), SQLITE_ROW );
    QCOMPARE( version.int64( 0 ), qint64( ObservationStore::schemaVersion() ) );
  }

  void redeliveredObservationsStoredOnce()
  {
    auto store = openStore( newTerritory( QStringLiteral( "dedup.gpkg" ) ) );
    QList<Observation> batch;
    for ( int i = 0; i < 50; ++i )
      batch << observation( QStringLiteral( "p1" ), mT0.addSecs( 300 * i ), 30 + i * 0.1, QStringLiteral( "m" ),
                            QStringLiteral( "pressure" ) );
    StoreResult result;
    QString error;
    QVERIFY( store->store( batch, &result, &error ) );
    QCOMPARE( result.stored, 50 );
    // the broker redelivers the batch (QoS 1), once with another value: the first one stays
    QList<Observation> again = batch;
    again[0].value = 99;
    again << observation( QStringLiteral( "p1" ), mT0.addSecs( 300 * 50 ), 1, QStringLiteral( "m" ) );
    again << again.last(); // the same observation twice in one batch
    QVERIFY( store->store( again, &result, &error ) );
    QCOMPARE( result.stored, 1 );
    QCOMPARE( result.duplicates, 51 );
    QCOMPARE( store->count(), qint64( 51 ) );
    QCOMPARE( store->observations( QStringLiteral( "p1" ), mT0, mT0.addSecs( 1 ) ).value( 0 ).value, 30.0 );
  }

  void unitConversionAndRange_data()
  {
    QTest::addColumn<QString>( "kind" );
    QTest::addColumn<double>( "value" );
    QTest::addColumn<QString>( "unit" );
    QTest::addColumn<bool>( "outOfRange" );
    QTest::newRow( "pressure in bar" ) << "pressure" << 2.0 << "bar" << false;
    QTest::newRow( "flow in L/s" ) << "flow" << 10.0 << "L/s" << false;
    QTest::newRow( "power in kW" ) << "power" << 1.5 << "kW" << false;
    QTest::newRow( "temperature in degF" ) << "temperature" << 212.0 << "degF" << false;
    QTest::newRow( "fill above 100 %" ) << "fill" << 120.0 << "%" << true;
    QTest::newRow( "pressure of 5000 m" ) << "pressure" << 5000.0 << "m" << true;
    QTest::newRow( "negative level" ) << "level" << -1.0 << "m" << true;
  }

  void unitConversionAndRange()
  {
    QFETCH( QString, kind );
    QFETCH( double, value );
    QFETCH( QString, unit );
    QFETCH( bool, outOfRange );
    auto store = openStore( newTerritory( QStringLiteral( "units.gpkg" ) ) );
    const SensorKind sensorKind = sensorKindFromName( kind );
    QString error;
    QVERIFY2( store->registerSensor( QStringLiteral( "x" ), sensorKind, &error ), qPrintable( error ) );
    StoreResult result;
    QVERIFY( store->store( { observation( QStringLiteral( "x" ), mT0, value, unit ) }, &result, &error ) );
    QCOMPARE( result.stored, 1 );
    QCOMPARE( result.unboundRegistered, 0 );
    QCOMPARE( result.outOfRange, outOfRange ? 1 : 0 );
    double expected = 0;
    QVERIFY( convertToCanonical( sensorKind, value, unit, &expected ) );
    const Observation back = store->observations( QStringLiteral( "x" ), QDateTime(), QDateTime() ).value( 0 );
    QCOMPARE( back.value, expected );
    QCOMPARE( back.unit, canonicalUnit( sensorKind ) );
    QCOMPARE( bool( back.flags & OutOfRange ), outOfRange );
    QCOMPARE( bool( back.flags & Converted ), unit != canonicalUnit( sensorKind ) );
  }

  void badObservationsRejectedOthersStored()
  {
    auto store = openStore( newTerritory( QStringLiteral( "rejected.gpkg" ) ) );
    QString error;
    QVERIFY( store->registerSensor( QStringLiteral( "p" ), SensorKind::Pressure, &error ) );
    StoreResult result;
    QVERIFY( store->store( { observation( QStringLiteral( "p" ), mT0, 3, QStringLiteral( "kWh" ) ),
                             observation( QStringLiteral( "p" ), mT0.addSecs( 1 ), std::nan( "" ), QStringLiteral( "m" ) ),
                             observation( QString(), mT0, 1 ), observation( QStringLiteral( "p" ), QDateTime(), 1 ),
                             observation( QStringLiteral( "p" ), mT0.addSecs( 2 ), 4, QStringLiteral( "m" ) ) },
                           &result, &error ) );
    QCOMPARE( result.rejected, 4 );
    QCOMPARE( result.errors.size(), 4 );
    QVERIFY2( result.errors.at( 0 ).contains( QStringLiteral( "kWh" ) ), qPrintable( result.errors.at( 0 ) ) );
    QCOMPARE( result.stored, 1 );
    QCOMPARE( store->count(), qint64( 1 ) );
  }

  void unboundSensorsRegisteredAndBound()
  {
    const QString path = newTerritory( QStringLiteral( "bind.gpkg" ) );
    auto store = openStore( path );
    StoreResult result;
    QString error;
    QVERIFY( store->store( { observation( QStringLiteral( "dev-1/flow" ), mT0, 10, QStringLiteral( "m3/h" ) ),
                             observation( QStringLiteral( "dev-2" ), mT0, 2, QStringLiteral( "m" ) ) },
                           &result, &error ) );
    QCOMPARE( result.unboundRegistered, 2 );
    QCOMPARE( store->unboundSensors().size(), 2 );
    SensorInfo info;
    QVERIFY( store->sensor( QStringLiteral( "dev-1/flow" ), &info ) );
    QCOMPARE( info.kind, SensorKind::Flow ); // the unit says it
    QVERIFY( store->sensor( QStringLiteral( "dev-2" ), &info ) );
    QCOMPARE( info.kind, SensorKind::Unknown ); // "m": pressure or level, the user decides
    QVERIFY( !info.isBound() );

    QVERIFY2( store->bindSensor( QStringLiteral( "dev-1/flow" ), QStringLiteral( "territory:districts" ), 2, &error ),
              qPrintable( error ) );
    QVERIFY( !store->bindSensor( QStringLiteral( "dev-2" ), QStringLiteral( "water:pipes" ), 1, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "water:pipes" ) ), qPrintable( error ) );
    QVERIFY( !store->bindSensor( QStringLiteral( "dev-2" ), QStringLiteral( "territory_districts" ), 99, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "99" ) ), qPrintable( error ) );
    QVERIFY( !store->bindSensor( QStringLiteral( "nobody" ), QStringLiteral( "territory_districts" ), 1, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "nobody" ) ), qPrintable( error ) );
    QCOMPARE( store->unboundSensors().size(), 1 );
    QCOMPARE( store->unboundSensors().at( 0 ).id, QStringLiteral( "dev-2" ) );

    store.reset();
    store = openStore( path );
    QVERIFY( store->sensor( QStringLiteral( "dev-1/flow" ), &info ) );
    QCOMPARE( info.layer, QStringLiteral( "territory_districts" ) );
    QCOMPARE( info.fid, qint64( 2 ) );
    QVERIFY( store->unbindSensor( QStringLiteral( "dev-1/flow" ), &error ) );
    QCOMPARE( store->unboundSensors().size(), 2 );

    // a sensor registered with a kind converts from then on
    QVERIFY( store->registerSensor( QStringLiteral( "dev-3" ), SensorKind::Pressure, &error ) );
    QVERIFY( store->store( { observation( QStringLiteral( "dev-3" ), mT0, 1, QStringLiteral( "bar" ) ) }, &result, &error ) );
    QVERIFY( std::abs( store->observations( QStringLiteral( "dev-3" ), QDateTime(), QDateTime() ).value( 0 ).value - 10.197 ) < 0.01 );
  }

  void failingBatchRollsBackEntirely()
  {
    auto store = openStore( newTerritory( QStringLiteral( "rollback.gpkg" ) ) );
    StoreResult result;
    QString error;
    QVERIFY( store->store( { observation( QStringLiteral( "a" ), mT0, 1, QString(), QStringLiteral( "level" ) ) }, &result, &error ) );
    // the disk says no in the middle of the batch
    QVERIFY( sql::exec( store->handle(),
                        QStringLiteral( "CREATE TRIGGER boom BEFORE INSERT ON feeds_observations WHEN NEW.value = 666 "
                                        "BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END" ),
                        &error ) );
    QList<Observation> batch;
    for ( int i = 1; i <= 20; ++i )
      batch << observation( i % 2 ? QStringLiteral( "a" ) : QStringLiteral( "new-sensor" ), mT0.addSecs( i ), i == 15 ? 666 : i, QString(),
                            QStringLiteral( "level" ) );
    QVERIFY( !store->store( batch, &result, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "disk full (test)" ) ) && error.contains( QStringLiteral( "rollback.gpkg" ) ),
              qPrintable( error ) );
    QCOMPARE( result.stored, 0 );
    QCOMPARE( store->count(), qint64( 1 ) );
    QVERIFY( !store->sensor( QStringLiteral( "new-sensor" ), nullptr ) );
    SensorInfo a;
    QVERIFY( store->sensor( QStringLiteral( "a" ), &a ) );
    QCOMPARE( a.lastTime, mT0 );
    QCOMPARE( store->integrityCheck(), QStringLiteral( "ok" ) );

    QVERIFY( sql::exec( store->handle(), QStringLiteral( "DROP TRIGGER boom" ), &error ) );
    QVERIFY( store->store( batch, &result, &error ) );
    QCOMPARE( result.stored, 20 );
    QCOMPARE( result.unboundRegistered, 1 );
    QCOMPARE( store->count(), qint64( 21 ) );
  }

  void territoryStillValid()
  {
    const QString path = newTerritory( QStringLiteral( "valid.gpkg" ) );
    {
      auto store = openStore( path );
      StoreResult result;
      QString error;
      QVERIFY( store->store( { observation( QStringLiteral( "a" ), mT0, 1, QString(), QStringLiteral( "level" ) ) }, &result, &error ) );
      QVERIFY( store->applyRetention( 0, &error ) >= 0 );
      QCOMPARE( store->integrityCheck(), QStringLiteral( "ok" ) );
    }
    QStringList problems;
    QVERIFY2( Territory::validate( path, {}, &problems ), qPrintable( problems.join( QLatin1Char( '\n' ) ) ) );
    QString error;
    std::unique_ptr<Territory> territory = Territory::open( path, {}, Territory::Mode::ReadWrite, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QCOMPARE( territory->schemaVersions().value( QStringLiteral( "feeds" ) ), ObservationStore::schemaVersion() );
    QCOMPARE( territory->featureCount( QStringLiteral( "territory:districts" ) ), qint64( 3 ) );
  }

  void badFilesRefused()
  {
    QString error;
    QVERIFY( !ObservationStore::open( tempPath( QStringLiteral( "missing dir/none.gpkg" ) ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "none.gpkg" ) ) && error.contains( QStringLiteral( "does not exist" ) ),
              qPrintable( error ) );

    const QString plain = tempPath( QStringLiteral( "plain.sqlite" ) );
    {
      sqlite3 *db = nullptr;
      sqlite3_open( plain.toUtf8().constData(), &db );
      sqlite3_exec( db, "CREATE TABLE t (a)", nullptr, nullptr, nullptr );
      sqlite3_close( db );
    }
    QVERIFY( !ObservationStore::open( plain, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "not a Vigie territory" ) ), qPrintable( error ) );

    const QString text = tempPath( QStringLiteral( "text.gpkg" ) );
    QFile file( text );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( "this is not a database, just text long enough to be read as a header by SQLite......................" );
    file.close();
    QVERIFY( !ObservationStore::open( text, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "text.gpkg" ) ), qPrintable( error ) );

    // a file written by a newer feeds schema is refused, and left as it was
    const QString newer = newTerritory( QStringLiteral( "newer.gpkg" ) );
    openStore( newer ).reset();
    {
      sqlite3 *db = nullptr;
      sqlite3_open( newer.toUtf8().constData(), &db );
      sqlite3_exec( db, "UPDATE vigie_schema SET version = 99 WHERE component = 'feeds'", nullptr, nullptr, nullptr );
      sqlite3_close( db );
    }
    QVERIFY( !ObservationStore::open( newer, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "newer" ) ) && error.contains( QStringLiteral( "99" ) ), qPrintable( error ) );
  }

  void retentionAggregatesExactAndIdempotent()
  {
    auto store = openStore( newTerritory( QStringLiteral( "retention.gpkg" ) ) );
    const QDateTime now = mT0.addDays( 3 );
    QRandomGenerator random( 42 );
    QList<Observation> raw;
    for ( const QString &sensor : { QStringLiteral( "r1" ), QStringLiteral( "r2" ) } )
    {
      for ( qint64 seconds = 0; seconds < 3 * 86400; seconds += 60 + random.bounded( 120 ) )
        raw << observation( sensor, mT0.addSecs( seconds ), random.bounded( 1000.0 ) - 200, QString(), QStringLiteral( "flow" ) );
    }
    StoreResult result;
    QString error;
    QVERIFY( store->store( raw, &result, &error ) );
    QCOMPARE( result.stored, raw.size() );

    // expected buckets computed here from the raw data
    const qint64 cutoff = sql::toMs( now.addDays( -1 ) ); // a whole 15-minute boundary
    struct Expected
    {
      double min = 1e300, max = -1e300, sum = 0;
      qint64 count = 0;
    };
    QMap<QPair<QString, qint64>, Expected> expected;
    qint64 older = 0;
    auto account = [&]( const Observation &o )
    {
      const qint64 t = sql::toMs( o.time );
      if ( t >= cutoff )
        return;
      Expected &e = expected[{ o.sensorId, t - t % 900000 }];
      e.min = std::min( e.min, o.value );
      e.max = std::max( e.max, o.value );
      e.sum += o.value;
      ++e.count;
      ++older;
    };
    for ( const Observation &o : std::as_const( raw ) )
      account( o );

    QCOMPARE( store->applyRetention( 1, &error, now ), older );
    QCOMPARE( store->count(), qint64( raw.size() ) - older );
    auto compareAggregates = [&]()
    {
      const QList<ObservationAggregate> aggregates = store->aggregates( QString(), QDateTime(), QDateTime() );
      QCOMPARE( aggregates.size(), expected.size() );
      for ( const ObservationAggregate &a : aggregates )
      {
        const Expected e = expected.value( { a.sensorId, sql::toMs( a.start ) } );
        QCOMPARE( a.count, e.count );
        QCOMPARE( a.minimum, e.min );
        QCOMPARE( a.maximum, e.max );
        QVERIFY2( std::abs( a.mean - e.sum / e.count ) < 1e-9,
                  qPrintable( QStringLiteral( "%1 vs %2" ).arg( a.mean ).arg( e.sum / e.count ) ) );
      }
    };
    compareAggregates();
    // idempotent
    QCOMPARE( store->applyRetention( 1, &error, now ), qint64( 0 ) );
    compareAggregates();

    // late values for buckets already aggregated merge exactly
    QList<Observation> late;
    for ( int i = 0; i < 30; ++i )
      late << observation( QStringLiteral( "r1" ), mT0.addSecs( i * 7 + 1 ).addMSecs( 3 ), 5000 + i, QString(), QStringLiteral( "flow" ) );
    QVERIFY( store->store( late, &result, &error ) );
    for ( const Observation &o : std::as_const( late ) )
      account( o );
    QCOMPARE( store->applyRetention( 1, &error, now ), qint64( late.size() ) );
    compareAggregates();
    QCOMPARE( store->integrityCheck(), QStringLiteral( "ok" ) );

    QVERIFY( store->applyRetention( -1, &error, now ) < 0 );
    QVERIFY2( error.contains( QStringLiteral( "-1" ) ), qPrintable( error ) );
  }
};

QTEST_GUILESS_MAIN( TestObservationStore )
#include "tst_observationstore.moc"
