// SPDX-License-Identifier: GPL-2.0-or-later
// Retention of raw observations (issue 3 item 4): the period stored in the territory (feeds schema 2,
// feeds_settings), set and shown by `vigie-cli observations retention`, applied by bounded steps
// (exact min/mean/max/count, idempotent) and automatically by `vigie-cli ingest` (with a real
// Mosquitto), on a GeoPackage and on a PostGIS territory (the pgcluster fixture). Also measures the
// pause the retention causes to a live feed on a store with 1,000,000 old raw values.
#include "../store/pgtestcluster.h"
#include "clitest.h"
#include "feedscli.h"
#include "feedssql.h"
#include "feedstestutil.h"
#include "ingestcli.h"
#include "ingestservice.h"
#include "mosquittobroker.h"
#include "observationstore.h"
#include "vigietest.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cmath>
#include <map>
#include <mutex>
#include <thread>

using namespace vigie;
using namespace vigie::feeds;

class TestRetention : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  QString mPgSkip;
  bool mPgStarted = false;
  vigie::test::MosquittoBroker mBroker;
  QString mBrokerSkip;
  int mFiles = 0;

  static constexpr qint64 kBucket = 15 * 60 * 1000;

  struct Bucket
  {
    double minimum = 0;
    double maximum = 0;
    double sum = 0;
    qint64 count = 0;
  };
  using Expected = std::map<std::pair<QString, qint64>, Bucket>;

  //! A new territory: "gpkg" or "postgis" (skips when the cluster is not there).
  QString territory( const QString &backend )
  {
    QString error;
    QString path;
    if ( backend == QLatin1String( "postgis" ) )
    {
      if ( !mPgStarted )
        return QString();
      path = mCluster.newDatabase( QStringLiteral( "retention" ), &error );
      if ( path.isEmpty() )
        qFatal( "%s", qPrintable( error ) );
    }
    else
      path = tempPath( QStringLiteral( "retention %1 é.gpkg" ).arg( ++mFiles ) );
    error = vigie::test::createFeedsTerritory( path );
    if ( !error.isEmpty() )
      qFatal( "%s", qPrintable( error ) );
    return path;
  }

  static std::unique_ptr<ObservationStore> open( const QString &path )
  {
    QString error;
    std::unique_ptr<ObservationStore> store = ObservationStore::open( path, &error );
    if ( !store )
      qWarning( "%s", qPrintable( error ) );
    return store;
  }

  /**
   * Raw values of 3 sensors relative to \a now: "old" ones 20 to 11 days back (every 7 minutes, so
   * buckets hold 2 or 3 values, values with decimals), "recent" ones 9 days back to now. With a
   * period of 10 days the old ones must become aggregates, the recent ones stay raw, whatever the
   * exact moment the retention runs. \a expected gets the buckets of the old ones.
   */
  static QList<Observation> values( const QDateTime &now, Expected *expected, int *recent )
  {
    QList<Observation> list;
    *recent = 0;
    const qint64 end = now.toMSecsSinceEpoch();
    for ( int s = 0; s < 3; ++s )
    {
      const QString sensor = QStringLiteral( "ret-%1" ).arg( s );
      int i = 0;
      for ( qint64 t = end - 20LL * 86400000; t < end; t += 7 * 60000, ++i )
      {
        const bool old = t < end - 11LL * 86400000;
        if ( !old && t < end - 9LL * 86400000 )
          continue;
        const double value = ( ( i * 37 + s * 11 ) % 101 ) * 0.37 - 5.5;
        list << vigie::test::observation( sensor, QDateTime::fromMSecsSinceEpoch( t, Qt::UTC ), value, QStringLiteral( "m" ),
                                          QStringLiteral( "pressure" ) );
        if ( !old )
        {
          ++*recent;
          continue;
        }
        Bucket &b = ( *expected )[{ sensor, t - ( ( t % kBucket ) + kBucket ) % kBucket }];
        b.minimum = b.count ? std::min( b.minimum, value ) : value;
        b.maximum = b.count ? std::max( b.maximum, value ) : value;
        b.sum += value;
        ++b.count;
      }
    }
    return list;
  }

  //! Every stored aggregate is the expected bucket: min, max and count exact, mean = sum / count.
  static bool sameAggregates( const ObservationStore &store, const Expected &expected, QString *why )
  {
    const QList<ObservationAggregate> stored = store.aggregates( QString(), QDateTime(), QDateTime(), why );
    if ( stored.size() != int( expected.size() ) )
    {
      *why = QStringLiteral( "%1 aggregates, %2 expected" ).arg( stored.size() ).arg( expected.size() );
      return false;
    }
    for ( const ObservationAggregate &a : stored )
    {
      auto it = expected.find( { a.sensorId, a.start.toMSecsSinceEpoch() } );
      if ( it == expected.end() )
      {
        *why = QStringLiteral( "unexpected bucket %1 %2" ).arg( a.sensorId, a.start.toString( Qt::ISODate ) );
        return false;
      }
      const Bucket &b = it->second;
      const double mean = b.sum / double( b.count );
      if ( a.count != b.count || a.minimum != b.minimum || a.maximum != b.maximum ||
           std::fabs( a.mean - mean ) > 1e-12 * std::max( 1.0, std::fabs( mean ) ) )
      {
        *why = QStringLiteral( "bucket %1 %2: count %3 min %4 mean %5 max %6, expected %7 %8 %9 %10" )
                   .arg( a.sensorId, a.start.toString( Qt::ISODate ) )
                   .arg( a.count )
                   .arg( a.minimum, 0, 'g', 17 )
                   .arg( a.mean, 0, 'g', 17 )
                   .arg( a.maximum, 0, 'g', 17 )
                   .arg( b.count )
                   .arg( b.minimum, 0, 'g', 17 )
                   .arg( mean, 0, 'g', 17 )
                   .arg( b.maximum, 0, 'g', 17 );
        return false;
      }
    }
    return true;
  }

  static vigie::test::CliResult observationsCli( const QStringList &args )
  {
    const QList<CliCommand> commands = feedsCliCommands();
    for ( const CliCommand &command : commands )
      if ( command.name == QLatin1String( "observations" ) )
        return vigie::test::runCliCommand( command, args );
    qFatal( "no observations command" );
  }

  void backends()
  {
    QTest::addColumn<QString>( "backend" );
    QTest::newRow( "gpkg" ) << QStringLiteral( "gpkg" );
    QTest::newRow( "postgis" ) << QStringLiteral( "postgis" );
  }

#define VIGIE_TERRITORY_OR_SKIP( path, backend )                                                                                           \
  const QString path = territory( backend );                                                                                               \
  if ( path.isEmpty() )                                                                                                                    \
    QSKIP( qPrintable( mPgSkip.isEmpty() ? QStringLiteral( "no PostgreSQL cluster" ) : mPgSkip ) );

private Q_SLOTS:
  void initTestCase()
  {
    QString error;
    mPgStarted = mCluster.start( &mPgSkip, &error );
    if ( !mPgStarted && mPgSkip.isEmpty() )
      QFAIL( qPrintable( error ) ); // under CTest the fixture must have started it
    mBrokerSkip = vigie::test::MosquittoBroker::missing();
    if ( mBrokerSkip.isEmpty() )
      QVERIFY2( mBroker.start( &error ), qPrintable( error ) );
  }

  void periodStoredAndReadBack_data()
  {
    backends();
  }
  void periodStoredAndReadBack()
  {
    QFETCH( QString, backend );
    VIGIE_TERRITORY_OR_SKIP( path, backend );
    QString error;
    int days = -1;
    bool stored = true;
    {
      auto store = open( path );
      QVERIFY( store );
      QVERIFY2( store->rawRetentionDays( &days, &error, &stored ), qPrintable( error ) );
      QCOMPARE( days, ObservationStore::kDefaultRawRetentionDays );
      QVERIFY( !stored );
      QVERIFY2( store->setRawRetentionDays( 30, &error ), qPrintable( error ) );
      QVERIFY2( store->setRawRetentionDays( 31, &error ), qPrintable( error ) ); // replaced, not a second row
    }
    auto reader = ObservationStore::openReadOnly( path, &error );
    QVERIFY2( reader, qPrintable( error ) );
    QVERIFY2( reader->rawRetentionDays( &days, &error, &stored ), qPrintable( error ) );
    QCOMPARE( days, 31 );
    QVERIFY( stored );
    reader.reset();

    // the command line: --set-raw-days, then --show --json
    vigie::test::CliResult r =
        observationsCli( { QStringLiteral( "retention" ), path, QStringLiteral( "--set-raw-days" ), QStringLiteral( "45" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.out.contains( QStringLiteral( "45 days" ) ), qPrintable( r.out ) );
    r = observationsCli( { QStringLiteral( "retention" ), path, QStringLiteral( "--show" ), QStringLiteral( "--json" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QJsonObject o = QJsonDocument::fromJson( r.out.toUtf8() ).object();
    QCOMPARE( o.value( QStringLiteral( "rawDays" ) ).toInt(), 45 );
    QVERIFY( o.value( QStringLiteral( "rawDaysStored" ) ).toBool() );
    r = observationsCli( { QStringLiteral( "retention" ), path, QStringLiteral( "--show" ) } );
    QVERIFY2( r.code == 0 && r.out.contains( QStringLiteral( "kept 45 days" ) ), qPrintable( r.out + r.err ) );
  }

  void wrongPeriodRefused_data()
  {
    QTest::addColumn<QString>( "value" );
    QTest::addColumn<QString>( "messagePart" );
    QTest::newRow( "zero" ) << QStringLiteral( "0" ) << QStringLiteral( "from 1 to 36500 (got \"0\")" );
    QTest::newRow( "negative" ) << QStringLiteral( "-5" ) << QStringLiteral( "(got \"-5\")" );
    QTest::newRow( "too long" ) << QStringLiteral( "36501" ) << QStringLiteral( "(got \"36501\")" );
    QTest::newRow( "not a number" ) << QStringLiteral( "ninety" ) << QStringLiteral( "(got \"ninety\")" );
    QTest::newRow( "fraction" ) << QStringLiteral( "1.5" ) << QStringLiteral( "(got \"1.5\")" );
  }
  void wrongPeriodRefused()
  {
    QFETCH( QString, value );
    QFETCH( QString, messagePart );
    const QString path = territory( QStringLiteral( "gpkg" ) );
    QString error;
    {
      auto store = open( path );
      QVERIFY( store );
      QVERIFY2( store->setRawRetentionDays( 12, &error ), qPrintable( error ) );
      bool ok = false;
      const int days = value.toInt( &ok );
      if ( ok )
      {
        QVERIFY( !store->setRawRetentionDays( days, &error ) );
        QVERIFY2( error.contains( QStringLiteral( "from 1 to 36500" ) ), qPrintable( error ) );
      }
    }
    const vigie::test::CliResult r = observationsCli( { QStringLiteral( "retention" ), path, QStringLiteral( "--set-raw-days" ), value } );
    QCOMPARE( r.code, 2 );
    QVERIFY2( r.err.contains( QStringLiteral( "--set-raw-days" ) ) && r.err.contains( messagePart ), qPrintable( r.err ) );
    // nothing changed
    auto store = open( path );
    int days = 0;
    QVERIFY2( store->rawRetentionDays( &days, &error ), qPrintable( error ) );
    QCOMPARE( days, 12 );
  }

  //! A value written by hand (or by a broken tool) is reported, naming the table and the row.
  void corruptStoredPeriodReported()
  {
    const QString path = territory( QStringLiteral( "gpkg" ) );
    {
      auto store = open( path );
      QString error;
      QVERIFY( store->handle()->execute( QStringLiteral( "INSERT INTO feeds_settings (key, value) VALUES ('raw_retention_days', 'soon')" ),
                                         QVariantList(), &error ) );
    }
    auto store = open( path );
    int days = 0;
    QString error;
    QVERIFY( !store->rawRetentionDays( &days, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "feeds_settings" ) ) && error.contains( QStringLiteral( "\"soon\"" ) ), qPrintable( error ) );
    const vigie::test::CliResult r = observationsCli( { QStringLiteral( "retention" ), path } );
    QCOMPARE( r.code, 1 );
    QVERIFY2( r.err.contains( QStringLiteral( "feeds_settings" ) ), qPrintable( r.err ) );
  }

  //! A territory written with feeds schema 1 (no feeds_settings) still opens: read-only as it is, for writing migrated to 2.
  void schemaOneFileOpens()
  {
    const QString path = territory( QStringLiteral( "gpkg" ) );
    {
      auto store = open( path );
      QVERIFY( store );
      StoreResult result;
      QString error;
      QVERIFY2(
          store->store( { vigie::test::observation( QStringLiteral( "a" ), QDateTime::currentDateTimeUtc(), 1.5 ) }, &result, &error ),
          qPrintable( error ) );
    }
    sqlite3 *db = nullptr;
    QCOMPARE( sqlite3_open( path.toUtf8().constData(), &db ), SQLITE_OK );
    QCOMPARE( sqlite3_exec( db, "DROP TABLE feeds_settings; UPDATE vigie_schema SET version = 1 WHERE component = 'feeds'", nullptr,
                            nullptr, nullptr ),
              SQLITE_OK );
    sqlite3_close( db );
    QString error;
    {
      auto reader = ObservationStore::openReadOnly( path, &error );
      QVERIFY2( reader, qPrintable( error ) );
      QCOMPARE( reader->count(), qint64( 1 ) );
      int days = 0;
      bool stored = true;
      QVERIFY2( reader->rawRetentionDays( &days, &error, &stored ), qPrintable( error ) );
      QCOMPARE( days, ObservationStore::kDefaultRawRetentionDays );
      QVERIFY( !stored );
    }
    const vigie::test::CliResult r = observationsCli( { QStringLiteral( "retention" ), path, QStringLiteral( "--show" ) } );
    QVERIFY2( r.code == 0 && r.out.contains( QStringLiteral( "(default)" ) ), qPrintable( r.out + r.err ) );
    auto store = open( path );
    QVERIFY( store );
    sql::Statement version( store->handle(), "SELECT version FROM vigie_schema WHERE component = 'feeds'" );
    QCOMPARE( version.step(), sql::kRow );
    QCOMPARE( version.int64( 0 ), qint64( ObservationStore::schemaVersion() ) );
    QVERIFY2( store->setRawRetentionDays( 7, &error ), qPrintable( error ) );
    QCOMPARE( store->count(), qint64( 1 ) );
  }

  //! Small steps give exactly the aggregates of the raw values, never more than one bucket over budget; a second pass moves nothing.
  void stepsExactAndIdempotent_data()
  {
    backends();
  }
  void stepsExactAndIdempotent()
  {
    QFETCH( QString, backend );
    VIGIE_TERRITORY_OR_SKIP( path, backend );
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Expected expected;
    int recent = 0;
    const QList<Observation> list = values( now, &expected, &recent );
    auto store = open( path );
    QVERIFY( store );
    StoreResult result;
    QString error;
    QVERIFY2( store->store( list, &result, &error ), qPrintable( error ) );
    QCOMPARE( result.stored, list.size() );
    qint64 old = 0;
    for ( const auto &entry : expected )
      old += entry.second.count;

    // an aggregate already there (from an earlier pass) is merged exactly
    bool done = false;
    qint64 moved = 0;
    int steps = 0;
    while ( !done )
    {
      const qint64 step = store->applyRetentionStep( 10, 500, &done, &error, now );
      QVERIFY2( step >= 0, qPrintable( error ) );
      QVERIFY2( step <= 500 + 3, qPrintable( QStringLiteral( "step moved %1" ).arg( step ) ) ); // at most one bucket (<= 3 values) over
      moved += step;
      QVERIFY( ++steps < 1000 );
    }
    QCOMPARE( moved, old );
    QVERIFY( steps > 3 );
    QCOMPARE( store->count(), qint64( recent ) );
    QString why;
    QVERIFY2( sameAggregates( *store, expected, &why ), qPrintable( why ) );

    // idempotent: step by step or in one go
    QCOMPARE( store->applyRetentionStep( 10, 500, &done, &error, now ), qint64( 0 ) );
    QVERIFY( done );
    QCOMPARE( store->applyRetention( 10, &error, now ), qint64( 0 ) );
    QVERIFY2( sameAggregates( *store, expected, &why ), qPrintable( why ) );
    QCOMPARE( store->count(), qint64( recent ) );
  }

  //! `vigie-cli ingest` applies the territory's period at start, exactly, and a second run changes nothing.
  void ingestAppliesStoredPeriod_data()
  {
    backends();
  }
  void ingestAppliesStoredPeriod()
  {
    if ( !mBrokerSkip.isEmpty() )
      QSKIP( qPrintable( mBrokerSkip ) );
    QFETCH( QString, backend );
    VIGIE_TERRITORY_OR_SKIP( path, backend );
    Expected expected;
    int recent = 0;
    const QList<Observation> list = values( QDateTime::currentDateTimeUtc(), &expected, &recent );
    QString error;
    {
      auto store = open( path );
      QVERIFY( store );
      StoreResult result;
      QVERIFY2( store->store( list, &result, &error ), qPrintable( error ) );
      QVERIFY2( store->setRawRetentionDays( 10, &error ), qPrintable( error ) );
    }
    qint64 old = 0;
    for ( const auto &entry : expected )
      old += entry.second.count;
    const QStringList args = { path,
                               QStringLiteral( "--mqtt" ),
                               mBroker.url(),
                               QStringLiteral( "--topic" ),
                               QStringLiteral( "ret/%1/#" ).arg( backend ),
                               QStringLiteral( "--client-id" ),
                               QStringLiteral( "retention-%1" ).arg( backend ),
                               QStringLiteral( "--duration" ),
                               QStringLiteral( "2" ),
                               QStringLiteral( "--quiet" ) };
    vigie::test::CliResult r = vigie::test::runCliCommand( ingestCliCommand(), args );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.out.contains( QStringLiteral( "retention: %1 raw values older than 10 days" ).arg( old ) ), qPrintable( r.out ) );
    {
      auto store = open( path );
      QCOMPARE( store->count(), qint64( recent ) );
      QString why;
      QVERIFY2( sameAggregates( *store, expected, &why ), qPrintable( why ) );
    }
    // idempotent
    r = vigie::test::runCliCommand( ingestCliCommand(), args );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.out.contains( QStringLiteral( "retention: 0 raw values older than 10 days" ) ), qPrintable( r.out ) );
    auto store = open( path );
    QCOMPARE( store->count(), qint64( recent ) );
    QString why;
    QVERIFY2( sameAggregates( *store, expected, &why ), qPrintable( why ) );

    // --no-retention leaves the raw values alone
    StoreResult again;
    QVERIFY2( store->store( list, &again, &error ), qPrintable( error ) ); // the old ones again
    QCOMPARE( again.stored, int( old ) );
    store.reset();
    QStringList off = args;
    off << QStringLiteral( "--no-retention" );
    r = vigie::test::runCliCommand( ingestCliCommand(), off );
    QVERIFY2( r.code == 0 && !r.out.contains( QStringLiteral( "retention:" ) ), qPrintable( r.out + r.err ) );
    QCOMPARE( open( path )->count(), qint64( recent ) + old );
  }

  /**
   * The pause a retention pass causes to a live feed: 1,000,000 raw values older than the period
   * (1,000 sensors) while a QoS 1 stream flows. Prints the longest step (the storer is busy with the
   * retention for that long, the messages wait in the journal, acknowledged) and the longest gap
   * between two commits, during the pass and after it.
   */
  void pauseOnLargeStore()
  {
    if ( !mBrokerSkip.isEmpty() )
      QSKIP( qPrintable( mBrokerSkip ) );
    const qint64 rows =
        qEnvironmentVariableIsSet( "VIGIE_RETENTION_ROWS" ) ? qEnvironmentVariable( "VIGIE_RETENTION_ROWS" ).toLongLong() : 1000000;
    const QString path = territory( QStringLiteral( "gpkg" ) );
    QString error;
    QElapsedTimer timer;
    timer.start();
    {
      auto store = open( path );
      QVERIFY( store );
      QVERIFY( store->setDurability( ObservationStore::Durability::Normal, &error ) );
      const qint64 base = QDateTime::currentDateTimeUtc().addDays( -200 ).toMSecsSinceEpoch();
      const int sensors = 1000;
      for ( qint64 first = 0; first < rows; first += 100000 )
      {
        QList<Observation> batch;
        batch.reserve( 100000 );
        for ( qint64 i = first; i < std::min( rows, first + 100000 ); ++i )
          batch << vigie::test::observation( QStringLiteral( "old-%1" ).arg( i % sensors ),
                                             QDateTime::fromMSecsSinceEpoch( base + ( i / sensors ) * 60000, Qt::UTC ), double( i % 977 ) );
        StoreResult result;
        QVERIFY2( store->store( batch, &result, &error ), qPrintable( error ) );
      }
      QCOMPARE( store->count(), rows );
    }
    qInfo( "%lld old raw values written in %.1f s", rows, timer.elapsed() / 1000.0 );

    FeedConfig config;
    config.brokerUrl = mBroker.url();
    config.clientId = QStringLiteral( "pause" );
    config.topics = QStringList{ QStringLiteral( "pause/#" ) };
    config.decoder = QStringLiteral( "json" );
    IngestService service( config, path );
    std::mutex mutex;
    std::vector<qint64> commits;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(
        &service, &IngestService::batchStored, &service,
        [&]( int )
        {
          std::lock_guard<std::mutex> guard( mutex );
          commits.push_back( clock.elapsed() );
        },
        Qt::DirectConnection );
    QVERIFY2( service.start( &error ), qPrintable( error ) );
    QVERIFY2( service.waitConnected( 10000, nullptr, &error ), qPrintable( error ) );
    // a steady stream: 50 messages every 50 ms (1,000 messages/s) until the pass is over and 2 s more
    std::atomic<bool> stop{ false };
    std::atomic<int> published{ 0 };
    std::thread publisher(
        [&]
        {
          const QDateTime t0 = QDateTime::currentDateTimeUtc();
          while ( !stop )
          {
            QByteArray chunk;
            for ( int k = 0; k < 50; ++k, ++published )
              chunk += QStringLiteral( "{\"sensor\":\"live-%1\",\"time\":\"%2\",\"value\":%3}\n" )
                           .arg( published % 100 )
                           .arg( t0.addMSecs( published ).toString( Qt::ISODateWithMs ) )
                           .arg( published % 13 )
                           .toUtf8();
            QString e;
            mBroker.publish( QStringLiteral( "pause/x" ), chunk, &e, 1, true );
            QThread::msleep( 50 );
          }
        } );
    QElapsedTimer pass;
    pass.start();
    const bool passed = [&]
    {
      while ( pass.elapsed() < 300000 )
      {
        if ( service.stats().retentionPasses >= 1 )
          return true;
        QThread::msleep( 20 );
      }
      return false;
    }();
    const qint64 passMs = pass.elapsed();
    const qint64 passEnd = clock.elapsed();
    QThread::msleep( 2000 );
    stop = true;
    publisher.join();
    QVERIFY( service.waitIdle( 30000 ) );
    const IngestStats stats = service.stats();
    service.stop();
    QVERIFY( passed );
    QCOMPARE( stats.retained, rows );
    qint64 gapDuring = 0;
    qint64 gapAfter = 0;
    {
      std::lock_guard<std::mutex> guard( mutex );
      for ( size_t i = 1; i < commits.size(); ++i )
      {
        const qint64 gap = commits[i] - commits[i - 1];
        ( commits[i] <= passEnd ? gapDuring : gapAfter ) = std::max( commits[i] <= passEnd ? gapDuring : gapAfter, gap );
      }
    }
    qInfo( "retention of %lld raw values: pass %.1f s, longest step %lld ms; longest gap between commits %lld ms during the pass, "
           "%lld ms after it (%d messages published)",
           rows, passMs / 1000.0, stats.longestRetentionStepMs, gapDuring, gapAfter, published.load() );
    auto store = open( path );
    QCOMPARE( store->count(), qint64( published ) ); // every live message, no old raw value
    QCOMPARE( store->aggregateCount() > 0, true );
    QVERIFY2( stats.longestRetentionStepMs < 5000, "a retention step must stay short" );
  }

  void cleanupTestCase()
  {
    mBroker.stop();
  }
};

QTEST_GUILESS_MAIN( TestRetention )
#include "tst_retention.moc"
