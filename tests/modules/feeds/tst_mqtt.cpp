// SPDX-License-Identifier: GPL-2.0-or-later
// MQTT ingestion against a real Mosquitto broker (tests/common/mosquittobroker.h): publish ->
// stored, TLS, certificate and password errors, broker restarts, duplicates, malformed payloads.
#include "alarms.h"
#include "clitest.h"
#include "feedconfig.h"
#include "feedstestutil.h"
#include "ingestcli.h"
#include "ingestservice.h"
#include "mosquittobroker.h"
#include "mqttclient.h"
#include "observationstore.h"
#include "vigietest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <thread>

using namespace vigie;
using namespace vigie::feeds;

class TestMqtt : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::MosquittoBroker mBroker;
  int mTerritories = 0;

  QString newTerritory()
  {
    const QString path = tempPath( QStringLiteral( "territory %1 é.gpkg" ).arg( ++mTerritories ) );
    const QString error = vigie::test::createFeedsTerritory( path );
    if ( !error.isEmpty() )
      qFatal( "%s", qPrintable( error ) );
    return path;
  }

  static FeedConfig config( const QString &url, const QString &clientId, const QString &topic )
  {
    FeedConfig c;
    c.brokerUrl = url;
    c.clientId = clientId;
    c.topics = QStringList{ topic };
    c.decoder = QStringLiteral( "json" );
    return c;
  }

  //! JSON lines "sensor, time, value", one per message, times unique per (prefix, i).
  static QByteArray lines( const QString &sensorPrefix, int first, int count, int sensors = 10 )
  {
    QByteArray out;
    const QDateTime base( QDate( 2026, 1, 1 ), QTime( 0, 0 ), Qt::UTC );
    for ( int i = first; i < first + count; ++i )
      out += QStringLiteral( "{\"sensor\":\"%1%2\",\"time\":\"%3\",\"value\":%4}\n" )
                 .arg( sensorPrefix )
                 .arg( i % sensors )
                 .arg( base.addMSecs( qint64( i ) * 1000 ).toString( Qt::ISODateWithMs ) )
                 .arg( i )
                 .toUtf8();
    return out;
  }

  static bool waitFor( const std::function<bool()> &condition, int timeoutMs = 15000 )
  {
    QElapsedTimer timer;
    timer.start();
    while ( timer.elapsed() < timeoutMs )
    {
      if ( condition() )
        return true;
      QThread::msleep( 20 );
    }
    return condition();
  }

  static qint64 storedCount( const QString &territory )
  {
    QString error;
    std::unique_ptr<ObservationStore> store = ObservationStore::open( territory, &error );
    return store ? store->count() : -1;
  }

private Q_SLOTS:
  void initTestCase()
  {
    const QString missing = vigie::test::MosquittoBroker::missing();
    if ( !missing.isEmpty() )
      QSKIP( qPrintable( missing ) );
    QString error;
    QVERIFY2( mBroker.start( &error ), qPrintable( error ) );
  }

  void publishIsStored()
  {
    const QString territory = newTerritory();
    IngestService service( config( mBroker.url(), QStringLiteral( "stored" ), QStringLiteral( "t1/#" ) ), territory );
    QString error;
    QVERIFY2( service.start( &error ), qPrintable( error ) );
    QVERIFY2( service.waitConnected( 10000, nullptr, &error ), qPrintable( error ) );
    QVERIFY2( mBroker.publish( QStringLiteral( "t1/a" ), lines( QStringLiteral( "p" ), 0, 300 ), &error, 1, true ), qPrintable( error ) );
    // a gateway batch: one message, a JSON array of 50 observations
    QByteArray batch = "[";
    const QList<QByteArray> rows = lines( QStringLiteral( "b" ), 0, 50 ).trimmed().split( '\n' );
    batch += rows.join( ',' ) + "]";
    QVERIFY2( mBroker.publish( QStringLiteral( "t1/batch" ), batch, &error ), qPrintable( error ) );
    QVERIFY( waitFor( [&] { return service.stats().observations == 350; } ) );
    const IngestStats stats = service.stats();
    QCOMPARE( stats.messages, 301 );
    QCOMPARE( stats.errors(), 0 );
    QVERIFY( stats.lastMessageTime.isValid() );
    service.stop();
    QCOMPARE( storedCount( territory ), 350 );
    // everything committed: the journal holds nothing
    QVERIFY( QDir( service.journalDirectory() ).entryList( { QStringLiteral( "journal-*.log" ) }, QDir::Files ).isEmpty() );
  }

  void duplicatesStoredOnce()
  {
    const QString territory = newTerritory();
    IngestService service( config( mBroker.url(), QStringLiteral( "dups" ), QStringLiteral( "t2/#" ) ), territory );
    QString error;
    QVERIFY2( service.start( &error ), qPrintable( error ) );
    QVERIFY2( service.waitConnected( 10000, nullptr, &error ), qPrintable( error ) );
    const QByteArray message = lines( QStringLiteral( "d" ), 7, 1 );
    for ( int i = 0; i < 3; ++i )
      QVERIFY2( mBroker.publish( QStringLiteral( "t2/x" ), message.trimmed(), &error ), qPrintable( error ) );
    QVERIFY( waitFor( [&] { return service.stats().observations + service.stats().duplicates == 3; } ) );
    QCOMPARE( service.stats().observations, 1 );
    QCOMPARE( service.stats().duplicates, 2 );
    service.stop();
    QCOMPARE( storedCount( territory ), 1 );
  }

  void staleRulesEvaluatedByIngest()
  {
    // a headless ingest raises "no value for N minutes" alarms by itself (no desktop evaluates them)
    const QString territory = newTerritory();
    {
      QString error;
      std::unique_ptr<ObservationStore> store = ObservationStore::open( territory, &error );
      QVERIFY2( store, qPrintable( error ) );
      AlarmRule stale;
      stale.name = QStringLiteral( "silent pressure" );
      stale.type = AlarmRuleType::Stale;
      stale.kind = SensorKind::Pressure;
      stale.minutes = 10;
      stale.severity = AlarmSeverity::Warning;
      QVERIFY2( store->alarms()->addRule( stale, &error ), qPrintable( error ) );
      const QDateTime now = QDateTime::currentDateTimeUtc();
      StoreResult result;
      QVERIFY2( store->store( { vigie::test::observation( QStringLiteral( "silent" ), now.addSecs( -3600 ), 3.0, QStringLiteral( "m" ),
                                                          QStringLiteral( "pressure" ) ),
                                vigie::test::observation( QStringLiteral( "talking" ), now.addSecs( -60 ), 3.0, QStringLiteral( "m" ),
                                                          QStringLiteral( "pressure" ) ) },
                              &result, &error ),
                qPrintable( error ) );
      QCOMPARE( store->alarms()->alarms().size(), 0 );
    }
    IngestService service( config( mBroker.url(), QStringLiteral( "stale" ), QStringLiteral( "t9/#" ) ), territory );
    QString error;
    QVERIFY2( service.start( &error ), qPrintable( error ) );
    QVERIFY2( service.waitConnected( 10000, nullptr, &error ), qPrintable( error ) );
    QList<Alarm> alarms;
    QVERIFY( waitFor(
        [&]
        {
          QString e;
          std::unique_ptr<ObservationStore> reader = ObservationStore::open( territory, &e );
          alarms = reader ? reader->alarms()->alarms() : QList<Alarm>();
          return !alarms.isEmpty();
        } ) );
    service.stop();
    QCOMPARE( alarms.size(), 1 ); // the silent sensor only, once
    QCOMPARE( alarms.constFirst().sensorId, QStringLiteral( "silent" ) );
  }

  void malformedPayloadsCounted()
  {
    const QString territory = newTerritory();
    IngestService service( config( mBroker.url(), QStringLiteral( "malformed" ), QStringLiteral( "t3/#" ) ), territory );
    QString error;
    QVERIFY2( service.start( &error ), qPrintable( error ) );
    QVERIFY2( service.waitConnected( 10000, nullptr, &error ), qPrintable( error ) );
    QVERIFY( mBroker.publish( QStringLiteral( "t3/x" ), "{\"sensor\": \"a\", \"time\": ", &error ) ); // invalid JSON
    QVERIFY( mBroker.publish( QStringLiteral( "t3/x" ), "{\"sensor\": 12, \"time\": \"2026-01-01T00:00:00Z\", \"value\": \"high\"}",
                              &error ) ); // wrong types
    QVERIFY( mBroker.publish( QStringLiteral( "t3/x" ), "\xff\xfe not even text", &error ) );
    QVERIFY( mBroker.publish( QStringLiteral( "t3/x" ), QByteArray( 10 * 1024 * 1024, '[' ), &error ) ); // 10 MB message
    // an unknown sensor is registered as unbound, and the feed goes on
    QVERIFY( mBroker.publish( QStringLiteral( "t3/x" ), lines( QStringLiteral( "never-seen-" ), 1, 1 ).trimmed(), &error ) );
    QVERIFY( mBroker.publish( QStringLiteral( "t3/x" ), lines( QStringLiteral( "after" ), 0, 20 ), &error, 1, true ) );
    QVERIFY( waitFor( [&] { return service.stats().observations == 21; } ) );
    const IngestStats stats = service.stats();
    QCOMPARE( stats.decodeErrors, 3 );
    QCOMPARE( stats.oversized, 1 );
    QVERIFY( stats.unboundRegistered >= 1 );
    QVERIFY( !stats.lastError.isEmpty() );
    service.stop();
    QCOMPARE( storedCount( territory ), 21 );
  }

  void tlsConnects()
  {
    const QString territory = newTerritory();
    FeedConfig c = config( mBroker.tlsUrl(), QStringLiteral( "tls" ), QStringLiteral( "t4/#" ) );
    c.caFile = mBroker.caFile();
    c.certFile = mBroker.clientCertificate();
    c.keyFile = mBroker.clientKey();
    IngestService service( c, territory );
    QString error;
    QVERIFY2( service.start( &error ), qPrintable( error ) );
    QVERIFY2( service.waitConnected( 10000, nullptr, &error ), qPrintable( error ) );
    QVERIFY2( mBroker.publish( QStringLiteral( "t4/x" ), lines( QStringLiteral( "tls" ), 0, 10 ), &error, 1, true ), qPrintable( error ) );
    QVERIFY( waitFor( [&] { return service.stats().observations == 10; } ) );
  }

  void connectionErrors_data()
  {
    QTest::addColumn<QString>( "url" );
    QTest::addColumn<QString>( "ca" );
    QTest::addColumn<QString>( "cert" );
    QTest::addColumn<QString>( "key" );
    QTest::addColumn<QString>( "user" );
    QTest::addColumn<QString>( "password" );
    QTest::addColumn<int>( "error" );
    QTest::addColumn<QString>( "messagePart" );
    const QString tls = mBroker.tlsUrl();
    QTest::newRow( "untrusted server certificate" )
        << tls << mBroker.rogueCaFile() << mBroker.clientCertificate() << mBroker.clientKey() << QString() << QString()
        << int( MqttClient::Error::TlsHandshake ) << QStringLiteral( "not trusted" );
    QTest::newRow( "client certificate from another CA" )
        << tls << mBroker.caFile() << mBroker.rogueClientCertificate() << mBroker.rogueClientKey() << QString() << QString()
        << int( MqttClient::Error::TlsHandshake ) << QStringLiteral( "rejected the client certificate" );
    QTest::newRow( "no client certificate" ) << tls << mBroker.caFile() << QString() << QString() << QString() << QString()
                                             << int( MqttClient::Error::TlsHandshake )
                                             << QStringLiteral( "rejected the client certificate (none given)" );
    QTest::newRow( "wrong password" ) << mBroker.authUrl() << QString() << QString() << QString() << mBroker.userName()
                                      << QStringLiteral( "wrong" ) << int( MqttClient::Error::BadCredentials )
                                      << QStringLiteral( "bad user name or password" );
    QTest::newRow( "no credentials" ) << mBroker.authUrl() << QString() << QString() << QString() << QString() << QString()
                                      << int( MqttClient::Error::NotAuthorized ) << QStringLiteral( "not authorized" );
    QTest::newRow( "unreachable" ) << QStringLiteral( "mqtt://127.0.0.1:1" ) << QString() << QString() << QString() << QString()
                                   << QString() << int( MqttClient::Error::Unreachable ) << QStringLiteral( "cannot reach the broker" );
  }

  void connectionErrors()
  {
    QFETCH( QString, url );
    QFETCH( QString, ca );
    QFETCH( QString, cert );
    QFETCH( QString, key );
    QFETCH( QString, user );
    QFETCH( QString, password );
    QFETCH( int, error );
    QFETCH( QString, messagePart );
    MqttOptions options;
    options.brokerUrl = url;
    options.clientId = QStringLiteral( "errors" );
    options.topics = QStringList{ QStringLiteral( "t5/#" ) };
    options.caFile = ca;
    options.certFile = cert;
    options.keyFile = key;
    options.userName = user;
    options.password = password;
    options.cleanSession = true;
    MqttClient client( options );
    QString message;
    QVERIFY2( client.start( &message ), qPrintable( message ) );
    MqttClient::Error kind = MqttClient::Error::None;
    QVERIFY( !client.waitConnected( 10000, &kind, &message ) );
    QVERIFY2( message.contains( messagePart ), qPrintable( message ) );
    QCOMPARE( int( kind ), error );
    QCOMPARE( MqttClient::isPermanent( kind ), kind != MqttClient::Error::Unreachable );
  }

  void rightPasswordConnects()
  {
    MqttOptions options;
    options.brokerUrl = mBroker.authUrl();
    options.clientId = QStringLiteral( "auth-ok" );
    options.topics = QStringList{ QStringLiteral( "t6/#" ) };
    options.userName = mBroker.userName();
    options.password = mBroker.password();
    MqttClient client( options );
    QString message;
    QVERIFY2( client.start( &message ), qPrintable( message ) );
    QVERIFY2( client.waitConnected( 10000, nullptr, &message ), qPrintable( message ) );
  }

  void configRejectsPassword()
  {
    FeedConfig c;
    QString error;
    const QJsonObject object{ { QStringLiteral( "broker" ), mBroker.url() },
                              { QStringLiteral( "topics" ), QJsonArray{ QStringLiteral( "a/#" ) } },
                              { QStringLiteral( "user" ), QStringLiteral( "u" ) },
                              { QStringLiteral( "password" ), QStringLiteral( "p" ) } };
    QVERIFY( !FeedConfig::fromJson( object, QString(), QStringLiteral( "feed.json" ), &c, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "must not hold a password" ) ) && error.contains( QStringLiteral( "feed.json" ) ),
              qPrintable( error ) );
  }

  //! The ingest keeps running while the broker is stopped and restarted in the middle of a stream.
  void brokerRestartMidStream()
  {
    const QString territory = newTerritory();
    IngestService service( config( mBroker.url(), QStringLiteral( "restart" ), QStringLiteral( "t7/#" ) ), territory );
    service.setRetryDelays( 200, 1000 );
    QString error;
    QVERIFY2( service.start( &error ), qPrintable( error ) );
    QVERIFY2( service.waitConnected( 10000, nullptr, &error ), qPrintable( error ) );

    // publisher: chunks of 25 QoS 1 messages; a chunk that fails (broker down) is sent again
    const int chunks = 40;
    std::atomic<int> published{ 0 };
    std::atomic<int> failures{ 0 };
    std::thread publisher(
        [&]
        {
          for ( int chunk = 0; chunk < chunks; ++chunk )
          {
            QString e;
            while ( !mBroker.publish( QStringLiteral( "t7/x" ), lines( QStringLiteral( "r" ), chunk * 25, 25, 50 ), &e, 1, true ) )
            {
              ++failures;
              QThread::msleep( 100 );
            }
            ++published;
          }
        } );
    QVERIFY( waitFor( [&] { return published >= chunks / 3; } ) );
    mBroker.stop(); // SIGTERM: the broker saves the queued messages of persistent sessions
    QVERIFY( waitFor( [&] { return !service.stats().connected; }, 5000 ) );
    QThread::msleep( 300 );
    QVERIFY2( mBroker.restart( &error ), qPrintable( error ) );
    publisher.join();
    QVERIFY( waitFor( [&] { return service.stats().observations == chunks * 25; }, 30000 ) );
    QVERIFY( service.stats().reconnects >= 1 );
    service.stop();
    QCOMPARE( storedCount( territory ), chunks * 25 );
  }

  /**
   * The broker killed with SIGKILL in the middle of a stream. Mosquitto then restarts from its last
   * autosave (every second here): what it had acknowledged to a publisher but neither saved nor yet
   * delivered is gone on the broker's side, so no subscriber can promise it. What Vigie promises and
   * what is checked: it reconnects by itself; every message it acknowledged (journaled) before the
   * kill is stored, and a message redelivered from the broker's older state is stored once; messages
   * published after the restart arrive; a publisher that sends its stream again after the broker
   * came back (at least once, end to end) gets every message stored exactly once.
   */
  void brokerKilledMidStream()
  {
    const QString territory = newTerritory();
    IngestService service( config( mBroker.url(), QStringLiteral( "killed" ), QStringLiteral( "t11/#" ) ), territory );
    service.setRetryDelays( 200, 1000 );
    QString error;
    QVERIFY2( service.start( &error ), qPrintable( error ) );
    QVERIFY2( service.waitConnected( 10000, nullptr, &error ), qPrintable( error ) );
    QThread::msleep( 1500 ); // the broker's autosave now holds the session and its subscription

    // A: acknowledged by Vigie (journaled and stored) just before the kill
    QVERIFY2( mBroker.publish( QStringLiteral( "t11/a" ), lines( QStringLiteral( "ka" ), 0, 300 ), &error, 1, true ), qPrintable( error ) );
    QVERIFY( waitFor( [&] { return service.stats().observations == 300; } ) );

    // B: a stream flowing when the broker is killed; a chunk that fails is sent again
    const int chunks = 40;
    std::atomic<int> published{ 0 };
    std::thread publisher(
        [&]
        {
          for ( int chunk = 0; chunk < chunks; ++chunk )
          {
            QString e;
            while ( !mBroker.publish( QStringLiteral( "t11/b" ), lines( QStringLiteral( "kb" ), chunk * 25, 25, 50 ), &e, 1, true ) )
              QThread::msleep( 100 );
            ++published;
          }
        } );
    QVERIFY( waitFor( [&] { return published >= chunks / 3; } ) );
    mBroker.kill(); // SIGKILL: no save since the last autosave
    QVERIFY( waitFor( [&] { return !service.stats().connected; }, 5000 ) );
    const IngestStats atKill = service.stats();
    QThread::msleep( 300 );
    QVERIFY2( mBroker.restart( &error ), qPrintable( error ) );
    publisher.join();
    QVERIFY2( waitFor( [&] { return service.stats().connected; } ), "Vigie reconnects after SIGKILL" );
    QVERIFY( service.stats().reconnects >= 1 );
    // nothing Vigie had acknowledged before the kill is lost
    QVERIFY( waitFor(
        [&]
        { return service.stats().pendingBytes == 0 && service.stats().observations + service.stats().duplicates >= atKill.messages; } ) );

    // C: after the restart, and the whole stream B once more from its publisher
    QVERIFY2( mBroker.publish( QStringLiteral( "t11/c" ), lines( QStringLiteral( "kc" ), 0, 300 ), &error, 1, true ), qPrintable( error ) );
    QVERIFY2( mBroker.publish( QStringLiteral( "t11/b" ), lines( QStringLiteral( "kb" ), 0, chunks * 25, 50 ), &error, 1, true ),
              qPrintable( error ) );
    const int total = 300 + chunks * 25 + 300;
    QVERIFY2( waitFor( [&] { return service.stats().observations == total; }, 30000 ),
              qPrintable( QStringLiteral( "%1 stored of %2" ).arg( service.stats().observations ).arg( total ) ) );
    QVERIFY( service.waitIdle( 10000 ) );
    const IngestStats end = service.stats();
    // every message received was acknowledged once journaled, and is stored (once) or was a duplicate of a stored one
    QCOMPARE( end.messages, end.observations + end.duplicates );
    QCOMPARE( end.decodeErrors, qint64( 0 ) );
    service.stop();
    QCOMPARE( storedCount( territory ), qint64( total ) );
    std::unique_ptr<ObservationStore> store = ObservationStore::openReadOnly( territory, &error );
    QVERIFY2( store, qPrintable( error ) );
    for ( const QString &prefix : { QStringLiteral( "ka" ), QStringLiteral( "kc" ) } )
    {
      qint64 n = 0;
      for ( int sensor = 0; sensor < 10; ++sensor )
        n += store->count( prefix + QString::number( sensor ) );
      QCOMPARE( n, qint64( 300 ) );
    }
  }

  /**
   * `vigie-cli ingest` with each network-server / SensorThings decoder, on the payloads of
   * ../shared/data/standards (tests/data/feeds): TTN v3 and ChirpStack v4 uplinks on their usual
   * topics, SensorThings observations on v1.1/Datastreams(id)/Observations; chosen with --decoder or
   * with a --feed CONFIG.json. The messages wait in the feed's persistent session between two runs.
   */
  void decodersThroughIngest_data()
  {
    QTest::addColumn<QString>( "decoder" );
    QTest::addColumn<bool>( "feedFile" );
    QTest::addColumn<QString>( "file" );
    QTest::addColumn<QString>( "topic" );
    QTest::addColumn<QString>( "filter" );
    QTest::addColumn<int>( "count" );
    QTest::addColumn<QString>( "sensor" );
    QTest::addColumn<QString>( "time" );
    QTest::addColumn<double>( "value" );
    const QString ttn = QStringLiteral( "ttn" );
    const QString ttnFilter = QStringLiteral( "v3/+/devices/+/up" );
    const QString chirp = QStringLiteral( "chirpstack" );
    const QString chirpFilter = QStringLiteral( "application/+/device/+/event/up" );
    const QString sta = QStringLiteral( "sensorthings" );
    const QString staFilter = QStringLiteral( "v1.1/+/Observations" );
    QTest::newRow( "ttn DL-PR21 --decoder" ) << ttn << false
                                             << QStringLiteral( "Decentlab_DL-PR21__ThingsStackCommunity__uplink_decoded.json" )
                                             << QStringLiteral( "v3/vigie@ttn/devices/03022/up" ) << ttnFilter << 3
                                             << QStringLiteral( "03022/pressure" ) << QStringLiteral( "2020-02-06T09:46:05.447Z" )
                                             << 0.24609375;
    QTest::newRow( "ttn EM300-DI --feed" ) << ttn << true
                                           << QStringLiteral( "Milesight_EM300-DI__ThingsStackCommunity__uplink_decoded.json" )
                                           << QStringLiteral( "v3/vigie@ttn/devices/eui-1000000000000001/up" ) << ttnFilter << 3
                                           << QStringLiteral( "eui-1000000000000001/humidity" )
                                           << QStringLiteral( "2023-05-19T05:33:35.848Z" ) << 50.0;
    QTest::newRow( "chirpstack DL-PR21 --feed" )
        << chirp << true << QStringLiteral( "Decentlab_DL-PR21__ChirpStack__uplink_decoded.json" )
        << QStringLiteral( "application/42/device/70b3d57ba0003bb8/event/up" ) << chirpFilter << 3
        << QStringLiteral( "70b3d57ba0003bb8/battery_voltage" ) << QStringLiteral( "2024-11-10T12:51:50.000Z" ) << 3.199;
    QTest::newRow( "chirpstack EM300-DI --decoder" )
        << chirp << false << QStringLiteral( "Milesight_EM300-DI__ChirpStack__uplink_decoded.json" )
        << QStringLiteral( "application/42/device/1000000000000001/event/up" ) << chirpFilter << 3
        << QStringLiteral( "1000000000000001/temperature" ) << QStringLiteral( "2023-05-22T07:47:05.404Z" ) << 30.8;
    QTest::newRow( "sensorthings --decoder" ) << sta << false << QStringLiteral( "sta_observation.json" )
                                              << QStringLiteral( "v1.1/Datastreams(1)/Observations" ) << staFilter << 1
                                              << QStringLiteral( "1" ) << QStringLiteral( "2014-12-31T03:59:59.000Z" ) << 70.4;
    QTest::newRow( "sensorthings --feed" ) << sta << true << QStringLiteral( "sta_observation_create.json" )
                                           << QStringLiteral( "v1.1/Datastreams(42)/Observations" ) << staFilter << 1
                                           << QStringLiteral( "42" ) << QStringLiteral( "2024-01-16T01:00:00.000Z" ) << 18.2;
  }

  void decodersThroughIngest()
  {
    QFETCH( QString, decoder );
    QFETCH( bool, feedFile );
    QFETCH( QString, file );
    QFETCH( QString, topic );
    QFETCH( QString, filter );
    QFETCH( int, count );
    QFETCH( QString, sensor );
    QFETCH( QString, time );
    QFETCH( double, value );
    QFile vector( vigie::test::testDataPath( QStringLiteral( "feeds/" ) + file ) );
    QVERIFY2( vector.open( QIODevice::ReadOnly ), qPrintable( vector.fileName() ) );
    const QByteArray payload = vector.readAll();
    const QString territory = newTerritory();
    // a broker topic tree of its own per row (the filters have wildcards)
    const QString root = QStringLiteral( "vec%1" ).arg( mTerritories );
    const QString clientId = QStringLiteral( "vectors-%1" ).arg( mTerritories );
    QStringList args{ territory };
    if ( feedFile )
    {
      const QString config = tempPath( QStringLiteral( "feed %1.json" ).arg( mTerritories ) );
      QFile out( config );
      QVERIFY( out.open( QIODevice::WriteOnly ) );
      out.write( QJsonDocument( QJsonObject{ { QStringLiteral( "name" ), file },
                                             { QStringLiteral( "broker" ), mBroker.url() },
                                             { QStringLiteral( "clientId" ), clientId },
                                             { QStringLiteral( "topics" ), QJsonArray{ QString( root + QLatin1Char( '/' ) + filter ) } },
                                             { QStringLiteral( "decoder" ), decoder } } )
                     .toJson() );
      out.close();
      args << QStringLiteral( "--feed" ) << config;
    }
    else
      args << QStringLiteral( "--mqtt" ) << mBroker.url() << QStringLiteral( "--topic" ) << root + QLatin1Char( '/' ) + filter
           << QStringLiteral( "--client-id" ) << clientId << QStringLiteral( "--decoder" ) << decoder;
    args << QStringLiteral( "--quiet" ) << QStringLiteral( "--duration" );
    // first run: the persistent session and its subscription; then the broker keeps the message for it
    vigie::test::CliResult r = vigie::test::runCliCommand( ingestCliCommand(), QStringList( args ) << QStringLiteral( "0.3" ) );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.err.contains( QStringLiteral( "decoder %1" ).arg( decoder ) ), qPrintable( r.err ) );
    QString error;
    QVERIFY2( mBroker.publish( root + QLatin1Char( '/' ) + topic, payload, &error ), qPrintable( error ) );
    r = vigie::test::runCliCommand( ingestCliCommand(), QStringList( args ) << QStringLiteral( "2" ) );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.out.contains( QStringLiteral( "1 messages received" ) ) &&
                  r.out.contains( QStringLiteral( "%1 observations stored" ).arg( count ) ) &&
                  r.out.contains( QStringLiteral( "0 malformed" ) ),
              qPrintable( r.out + r.err ) );
    std::unique_ptr<ObservationStore> store = ObservationStore::openReadOnly( territory, &error );
    QVERIFY2( store, qPrintable( error ) );
    QCOMPARE( store->count(), qint64( count ) );
    const QList<Observation> stored = store->observations( sensor, QDateTime(), QDateTime(), &error );
    QVERIFY2( stored.size() == 1, qPrintable( QStringLiteral( "%1 values of %2 %3" ).arg( stored.size() ).arg( sensor, error ) ) );
    QCOMPARE( stored.first().time, QDateTime::fromString( time, Qt::ISODateWithMs ).toUTC() );
    QVERIFY2( qFuzzyCompare( stored.first().value, value ), qPrintable( QString::number( stored.first().value, 'g', 17 ) ) );
  }

  //! Messages published while Vigie is away are queued by the broker (persistent session), even across a broker restart.
  void persistentSessionAcrossBrokerRestart()
  {
    const QString territory = newTerritory();
    QString error;
    {
      IngestService service( config( mBroker.url(), QStringLiteral( "away" ), QStringLiteral( "t8/#" ) ), territory );
      QVERIFY2( service.start( &error ), qPrintable( error ) );
      QVERIFY2( service.waitConnected( 10000, nullptr, &error ), qPrintable( error ) );
      service.stop();
    }
    QVERIFY2( mBroker.publish( QStringLiteral( "t8/x" ), lines( QStringLiteral( "q" ), 0, 400 ), &error, 1, true ), qPrintable( error ) );
    QThread::msleep( 1200 ); // let the broker autosave
    mBroker.stop();
    QVERIFY2( mBroker.restart( &error ), qPrintable( error ) );
    IngestService service( config( mBroker.url(), QStringLiteral( "away" ), QStringLiteral( "t8/#" ) ), territory );
    QVERIFY2( service.start( &error ), qPrintable( error ) );
    QVERIFY( waitFor( [&] { return service.stats().observations == 400; } ) );
    service.stop();
    QCOMPARE( storedCount( territory ), 400 );
  }

  void ingestCommand()
  {
    const QString territory = newTerritory();
    std::atomic<bool> done{ false };
    std::thread publisher(
        [&]
        {
          for ( int i = 0; !done && i < 40; ++i )
          {
            QString e;
            mBroker.publish( QStringLiteral( "t9/x" ), lines( QStringLiteral( "cli" ), i * 5, 5 ), &e, 1, true );
            QThread::msleep( 50 );
          }
        } );
    const vigie::CliCommand command = ingestCliCommand();
    const vigie::test::CliResult r =
        vigie::test::runCliCommand( command, { territory, QStringLiteral( "--mqtt" ), mBroker.url(), QStringLiteral( "--topic" ),
                                               QStringLiteral( "t9/#" ), QStringLiteral( "--client-id" ), QStringLiteral( "cli" ),
                                               QStringLiteral( "--duration" ), QStringLiteral( "3" ), QStringLiteral( "--quiet" ) } );
    done = true;
    publisher.join();
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.out.contains( QStringLiteral( "observations stored" ) ), qPrintable( r.out ) );
    const qint64 stored = storedCount( territory );
    QVERIFY( stored > 0 );
    QVERIFY2( r.out.contains( QStringLiteral( "%1 observations stored" ).arg( stored ) ), qPrintable( r.out ) );
  }

  void ingestCommandErrors_data()
  {
    QTest::addColumn<QStringList>( "args" );
    QTest::addColumn<int>( "code" );
    QTest::addColumn<QString>( "messagePart" );
    const QString territory = newTerritory();
    QTest::newRow( "no territory" ) << QStringList{ QStringLiteral( "--mqtt" ), mBroker.url() } << 2
                                    << QStringLiteral( "missing TERRITORY" );
    QTest::newRow( "missing file" ) << QStringList{ tempPath( QStringLiteral( "nope.gpkg" ) ), QStringLiteral( "--mqtt" ), mBroker.url(),
                                                    QStringLiteral( "--topic" ), QStringLiteral( "a" ) }
                                    << 3 << QStringLiteral( "does not exist" );
    QTest::newRow( "no topic" ) << QStringList{ territory, QStringLiteral( "--mqtt" ), mBroker.url() } << 2 << QStringLiteral( "--topic" );
    QTest::newRow( "bad url" ) << QStringList{ territory, QStringLiteral( "--mqtt" ), QStringLiteral( "http://x" ),
                                               QStringLiteral( "--topic" ), QStringLiteral( "a" ) }
                               << 2 << QStringLiteral( "invalid broker URL" );
    QTest::newRow( "bad decoder" ) << QStringList{ territory,
                                                   QStringLiteral( "--mqtt" ),
                                                   mBroker.url(),
                                                   QStringLiteral( "--topic" ),
                                                   QStringLiteral( "a" ),
                                                   QStringLiteral( "--decoder" ),
                                                   QStringLiteral( "xml" ) }
                                   << 2 << QStringLiteral( "unknown decoder" );
    QTest::newRow( "wrong password" ) << QStringList{ territory,
                                                      QStringLiteral( "--mqtt" ),
                                                      mBroker.authUrl(),
                                                      QStringLiteral( "--topic" ),
                                                      QStringLiteral( "a" ),
                                                      QStringLiteral( "--user" ),
                                                      QStringLiteral( "vigie" ) }
                                      << 1 << QStringLiteral( "bad user name or password" );
  }

  void ingestCommandErrors()
  {
    QFETCH( QStringList, args );
    QFETCH( int, code );
    QFETCH( QString, messagePart );
    qputenv( "VIGIE_MQTT_PASSWORD", "not-the-password" );
    const vigie::test::CliResult r = vigie::test::runCliCommand( ingestCliCommand(), args );
    qunsetenv( "VIGIE_MQTT_PASSWORD" );
    QCOMPARE( r.code, code );
    QVERIFY2( r.err.contains( messagePart ), qPrintable( r.err ) );
  }

  void feedsTestCommand()
  {
    const QString config = tempPath( QStringLiteral( "feed.json" ) );
    QFile file( config );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( QStringLiteral( "{\"broker\": \"%1\", \"clientId\": \"probe\", \"topics\": [\"t10/#\"], \"decoder\": \"json\"}" )
                    .arg( mBroker.url() )
                    .toUtf8() );
    file.close();
    std::atomic<bool> done{ false };
    std::thread publisher(
        [&]
        {
          for ( int i = 0; !done && i < 40; ++i )
          {
            QString e;
            mBroker.publish( QStringLiteral( "t10/x" ), i % 2 ? lines( QStringLiteral( "probe" ), i, 1 ).trimmed() : QByteArray( "{oops" ),
                             &e );
            QThread::msleep( 50 );
          }
        } );
    const vigie::test::CliResult r = vigie::test::runCliCommand(
        feedsTestCliCommand(), { config, QStringLiteral( "--seconds" ), QStringLiteral( "2" ), QStringLiteral( "--json" ) } );
    done = true;
    publisher.join();
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QJsonObject report = QJsonDocument::fromJson( r.out.toUtf8() ).object();
    QVERIFY2( report.value( QStringLiteral( "connected" ) ).toBool(), qPrintable( r.out ) );
    QVERIFY2( report.value( QStringLiteral( "decodedMessages" ) ).toInt() > 0, qPrintable( r.out ) );
    QVERIFY2( report.value( QStringLiteral( "malformedMessages" ) ).toInt() > 0, qPrintable( r.out ) );
    QVERIFY( !report.value( QStringLiteral( "errors" ) ).toArray().isEmpty() );
  }

  void feedsTestRefusesPasswordInConfig()
  {
    const QString config = tempPath( QStringLiteral( "secret.json" ) );
    QFile file( config );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( "{\"broker\": \"mqtt://127.0.0.1:1883\", \"topics\": [\"a\"], \"tls\": {\"password\": \"x\"}}" );
    file.close();
    const vigie::test::CliResult r = vigie::test::runCliCommand( feedsTestCliCommand(), { config } );
    QCOMPARE( r.code, 3 );
    QVERIFY2( r.err.contains( QStringLiteral( "/tls/password" ) ) && r.err.contains( QStringLiteral( "VIGIE_MQTT_PASSWORD" ) ),
              qPrintable( r.err ) );
  }

  void cleanupTestCase() { mBroker.stop(); }
};

QTEST_GUILESS_MAIN( TestMqtt )
#include "tst_mqtt.moc"
