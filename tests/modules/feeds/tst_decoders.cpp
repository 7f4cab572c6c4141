// SPDX-License-Identifier: GPL-2.0-or-later
// Decoders against the public test vectors in tests/data/feeds (SensorThings, FIWARE NGSI-LD
// Smart Data Models, LoRaWAN TTN v3 / ChirpStack) and malformed payloads for each decoder.

#include "decoders.h"
#include "sensorkind.h"
#include "vigietest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vigie::feeds;

namespace
{
  QByteArray readVector( const QString &name )
  {
    QFile file( vigie::test::testDataPath( QStringLiteral( "feeds/" ) + name ) );
    if ( !file.open( QIODevice::ReadOnly ) )
      qFatal( "cannot read test vector %s", qPrintable( file.fileName() ) );
    return file.readAll();
  }

  QDateTime utc( const char *iso )
  {
    QDateTime time = QDateTime::fromString( QString::fromLatin1( iso ), Qt::ISODateWithMs );
    Q_ASSERT( time.isValid() );
    return time.toUTC();
  }

  const Observation *findSensor( const QList<Observation> &observations, const QString &sensorId )
  {
    for ( const Observation &observation : observations )
    {
      if ( observation.sensorId == sensorId )
        return &observation;
    }
    return nullptr;
  }
} // namespace

class TestDecoders : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void isoTime_data();
  void isoTime();
  void jsonPointer_data();
  void jsonPointer();
  void factory();

  void vectors_data();
  void vectors();
  void mqttTopicExamples();
  void malformed_data();
  void malformed();
  void jsonOptions();
  void jsonFlatPathMatchesGeneral_data();
  void jsonFlatPathMatchesGeneral();
  void ngsiLdUnitCodeAndConversion();
  void csv();
  void hugePayload();
};

void TestDecoders::isoTime_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<QDateTime>( "expected" );
  QTest::newRow( "Z" ) << QStringLiteral( "2024-01-16T01:00:00Z" ) << utc( "2024-01-16T01:00:00.000Z" );
  QTest::newRow( "offset +08:00 fraction" ) << QStringLiteral( "2014-12-31T11:59:59.00+08:00" ) << utc( "2014-12-31T03:59:59.000Z" );
  QTest::newRow( "offset +05:30" ) << QStringLiteral( "2021-01-11T15:51:02+05:30" ) << utc( "2021-01-11T10:21:02.000Z" );
  QTest::newRow( "offset -0200" ) << QStringLiteral( "2024-01-16T01:00:00-0200" ) << utc( "2024-01-16T03:00:00.000Z" );
  QTest::newRow( "nanoseconds truncated" ) << QStringLiteral( "2020-02-06T09:46:05.447941836Z" ) << utc( "2020-02-06T09:46:05.447Z" );
  QTest::newRow( "microseconds +00:00" ) << QStringLiteral( "2023-05-22T07:47:05.404859+00:00" ) << utc( "2023-05-22T07:47:05.404Z" );
  QTest::newRow( "one digit fraction" ) << QStringLiteral( "2024-01-16T01:00:00.5Z" ) << utc( "2024-01-16T01:00:00.500Z" );
  QTest::newRow( "no zone = UTC" ) << QStringLiteral( "2024-03-30T11:35:00" ) << utc( "2024-03-30T11:35:00.000Z" );
  QTest::newRow( "no seconds" ) << QStringLiteral( "2024-03-30T11:35Z" ) << utc( "2024-03-30T11:35:00.000Z" );
  QTest::newRow( "day change" ) << QStringLiteral( "2024-01-01T00:30:00+01:00" ) << utc( "2023-12-31T23:30:00.000Z" );
  QTest::newRow( "garbage" ) << QStringLiteral( "yesterday" ) << QDateTime();
  QTest::newRow( "bad month" ) << QStringLiteral( "2024-13-01T00:00:00Z" ) << QDateTime();
  QTest::newRow( "bad hour" ) << QStringLiteral( "2024-01-01T25:00:00Z" ) << QDateTime();
  QTest::newRow( "bad offset" ) << QStringLiteral( "2024-01-01T00:00:00+25:00" ) << QDateTime();
  QTest::newRow( "date only" ) << QStringLiteral( "2024-01-01" ) << QDateTime();
  QTest::newRow( "empty" ) << QString() << QDateTime();
}

void TestDecoders::isoTime()
{
  QFETCH( QString, text );
  QFETCH( QDateTime, expected );
  const QDateTime time = parseIsoTime( text );
  QCOMPARE( time.isValid(), expected.isValid() );
  if ( expected.isValid() )
  {
    QCOMPARE( time.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch() );
    QCOMPARE( time.timeSpec(), Qt::UTC );
  }
}

void TestDecoders::jsonPointer_data()
{
  QTest::addColumn<QString>( "pointer" );
  QTest::addColumn<bool>( "found" );
  QTest::addColumn<QString>( "expected" ); // compact JSON of the result
  // RFC 6901 section 5 document
  QTest::newRow( "whole" ) << QString() << true << QString();
  QTest::newRow( "/foo" ) << QStringLiteral( "/foo" ) << true << QStringLiteral( "[\"bar\",\"baz\"]" );
  QTest::newRow( "/foo/0" ) << QStringLiteral( "/foo/0" ) << true << QStringLiteral( "\"bar\"" );
  QTest::newRow( "/" ) << QStringLiteral( "/" ) << true << QStringLiteral( "0" );
  QTest::newRow( "/a~1b" ) << QStringLiteral( "/a~1b" ) << true << QStringLiteral( "1" );
  QTest::newRow( "/m~0n" ) << QStringLiteral( "/m~0n" ) << true << QStringLiteral( "8" );
  QTest::newRow( "/c%d" ) << QStringLiteral( "/c%d" ) << true << QStringLiteral( "2" );
  QTest::newRow( "missing" ) << QStringLiteral( "/nope" ) << false << QString();
  QTest::newRow( "index out" ) << QStringLiteral( "/foo/2" ) << false << QString();
  QTest::newRow( "leading zero" ) << QStringLiteral( "/foo/01" ) << false << QString();
  QTest::newRow( "into scalar" ) << QStringLiteral( "/m~0n/x" ) << false << QString();
  QTest::newRow( "no slash" ) << QStringLiteral( "foo" ) << false << QString();
}

void TestDecoders::jsonPointer()
{
  QFETCH( QString, pointer );
  QFETCH( bool, found );
  QFETCH( QString, expected );
  const QJsonObject document = QJsonDocument::fromJson( R"({"foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "m~n": 8})" ).object();
  QJsonValue result;
  QCOMPARE( resolveJsonPointer( document, pointer, &result ), found );
  if ( found && !expected.isEmpty() )
  {
    const QByteArray wrapped = QJsonDocument( QJsonArray{ result } ).toJson( QJsonDocument::Compact );
    QCOMPARE( QString::fromUtf8( wrapped.mid( 1, wrapped.size() - 2 ) ), expected );
  }
  if ( found && pointer.isEmpty() )
    QCOMPARE( result.toObject(), document );
}

void TestDecoders::factory()
{
  const QStringList names = decoderNames();
  QCOMPARE( names.size(), 6 );
  for ( const QString &name : names )
  {
    QString error;
    const std::unique_ptr<Decoder> decoder = createDecoder( name, &error );
    QVERIFY2( decoder, qPrintable( error ) );
    QCOMPARE( decoder->name(), name );
  }
  QString error;
  QVERIFY( !createDecoder( QStringLiteral( "modbus" ), &error ) );
  QVERIFY2( error.contains( QStringLiteral( "\"modbus\"" ) ) && error.contains( QStringLiteral( "chirpstack" ) ), qPrintable( error ) );
}

void TestDecoders::vectors_data()
{
  QTest::addColumn<QString>( "decoderName" );
  QTest::addColumn<QString>( "file" );
  QTest::addColumn<QString>( "topic" );
  QTest::addColumn<int>( "count" );
  QTest::addColumn<QString>( "sensorId" );
  QTest::addColumn<QDateTime>( "time" );
  QTest::addColumn<double>( "value" );
  QTest::addColumn<QString>( "unit" );

  const QString sta = QStringLiteral( "sensorthings" );
  QTest::newRow( "STA OGC Observation" ) << sta << QStringLiteral( "sta_observation.json" )
                                         << QStringLiteral( "v1.1/Datastreams(1)/Observations" ) << 1 << QStringLiteral( "1" )
                                         << utc( "2014-12-31T03:59:59.000Z" ) << 70.4 << QString();
  QTest::newRow( "STA create body" ) << sta << QStringLiteral( "sta_observation_create.json" )
                                     << QStringLiteral( "v1.1/Datastreams(42)/Observations" ) << 1 << QStringLiteral( "42" )
                                     << utc( "2024-01-16T01:00:00.000Z" ) << 18.2 << QString();
  QTest::newRow( "STA v1.0 quoted id" ) << sta << QStringLiteral( "sta_observation.json" )
                                        << QStringLiteral( "v1.0/Datastreams('ds-7')/Observations" ) << 1 << QStringLiteral( "ds-7" )
                                        << utc( "2014-12-31T03:59:59.000Z" ) << 70.4 << QString();

  const QString ngsi = QStringLiteral( "ngsi-ld" );
  QTest::newRow( "Streetlight keyValues" ) << ngsi << QStringLiteral( "ngsild_Streetlight_keyvalues.jsonld" ) << QString() << 8
                                           << QStringLiteral( "urn:ngsi-ld:Streetlight:streetlight:guadalajara:4567/powerConsumption" )
                                           << utc( "2021-01-11T10:21:02.000Z" ) << 10.0 << QString();
  QTest::newRow( "Streetlight keyValues lifetime" )
      << ngsi << QStringLiteral( "ngsild_Streetlight_keyvalues.jsonld" ) << QString() << 8
      << QStringLiteral( "urn:ngsi-ld:Streetlight:streetlight:guadalajara:4567/lifetimePowerConsumption" )
      << utc( "2021-01-11T10:21:02.000Z" ) << 93.4 << QString();
  QTest::newRow( "Streetlight normalized" ) << ngsi << QStringLiteral( "ngsild_Streetlight_normalized.jsonld" ) << QString() << 6
                                            << QStringLiteral( "urn:ngsi-ld:Streetlight:streetlight:guadalajara:4567/powerFactor" )
                                            << utc( "2021-01-11T10:21:02.000Z" ) << 0.7 << QString();
  QTest::newRow( "WaterObserved keyValues" ) << ngsi << QStringLiteral( "ngsild_WaterObserved_keyvalues.jsonld" ) << QString() << 7
                                             << QStringLiteral( "uri:ngsi:WaterObserved:MNCA-001/height" )
                                             << utc( "2020-03-17T08:45:00.209Z" ) << 3.52 << QString();
  QTest::newRow( "WaterObserved normalized" ) << ngsi << QStringLiteral( "ngsild_WaterObserved_normalized.jsonld" ) << QString() << 7
                                              << QStringLiteral( "urn:ngsi:WaterObserved:MNCA-001/flow" )
                                              << utc( "2020-03-17T08:45:00.209Z" ) << 12.0 << QString();
  QTest::newRow( "WasteContainer keyValues" ) << ngsi << QStringLiteral( "ngsild_WasteContainer_keyvalues.jsonld" ) << QString() << 4
                                              << QStringLiteral( "urn:ngsi-ld:wastecontainer:1021:AAWD/binFullnessThreshold" )
                                              << utc( "2021-03-01T10:21:02.000Z" ) << 80.0 << QString();
  QTest::newRow( "WasteContainer normalized" ) << ngsi << QStringLiteral( "ngsild_WasteContainer_normalized.jsonld" ) << QString() << 4
                                               << QStringLiteral( "urn:ngsi-ld:wastecontainer:1021:AAWD/binCapacity" )
                                               << utc( "2021-03-11T10:21:02.000Z" ) << 43.0 << QString();
  QTest::newRow( "DeviceMeasurement keyValues" ) << ngsi << QStringLiteral( "ngsild_DeviceMeasurement_keyvalues.jsonld" ) << QString() << 1
                                                 << QStringLiteral( "urn:ngsi-ld:MEASUREMENT:id:PMZY:77452386/numValue" )
                                                 << utc( "2021-09-03T07:33:18.000Z" ) << 55.2 << QStringLiteral( "UDT0000016" );
  QTest::newRow( "DeviceMeasurement normalized" ) << ngsi << QStringLiteral( "ngsild_DeviceMeasurement_normalized.jsonld" ) << QString()
                                                  << 1 << QStringLiteral( "urn:ngsi-ld:MEASUREMENT:id:PMZY:77452386/numValue" )
                                                  << utc( "2021-09-03T07:33:18.000Z" ) << 55.2 << QStringLiteral( "UDT0000016" );

  const QString ttn = QStringLiteral( "ttn" );
  const QString chirp = QStringLiteral( "chirpstack" );
  QTest::newRow( "TTN DL-PR21 pressure" ) << ttn << QStringLiteral( "Decentlab_DL-PR21__ThingsStackCommunity__uplink_decoded.json" )
                                          << QString() << 3 << QStringLiteral( "03022/pressure" ) << utc( "2020-02-06T09:46:05.447Z" )
                                          << 0.24609375 << QString();
  QTest::newRow( "TTN DL-PR21 temperature" ) << ttn << QStringLiteral( "Decentlab_DL-PR21__ThingsStackCommunity__uplink_decoded.json" )
                                             << QString() << 3 << QStringLiteral( "03022/temperature" ) << utc( "2020-02-06T09:46:05.447Z" )
                                             << 25.671875 << QString();
  QTest::newRow( "TTN EM300-DI" ) << ttn << QStringLiteral( "Milesight_EM300-DI__ThingsStackCommunity__uplink_decoded.json" ) << QString()
                                  << 3 << QStringLiteral( "eui-1000000000000001/humidity" ) << utc( "2023-05-19T05:33:35.848Z" ) << 50.0
                                  << QString();
  QTest::newRow( "TTN EM310-UDL" ) << ttn << QStringLiteral( "Milesight_EM310-UDL__ThingsStackCommunity__uplink_decoded.json" ) << QString()
                                   << 2 << QStringLiteral( "eui-1000000000000001/distance" ) << utc( "2023-05-19T05:33:35.848Z" ) << 2116.0
                                   << QString();
  QTest::newRow( "ChirpStack v4 DL-PR21" ) << chirp << QStringLiteral( "Decentlab_DL-PR21__ChirpStack__uplink_decoded.json" ) << QString()
                                           << 3 << QStringLiteral( "70b3d57ba0003bb8/battery_voltage" ) << utc( "2024-11-10T12:51:50.000Z" )
                                           << 3.199 << QString();
  QTest::newRow( "ChirpStack v4 EM300-DI" ) << chirp << QStringLiteral( "Milesight_EM300-DI__ChirpStack__uplink_decoded.json" ) << QString()
                                            << 3 << QStringLiteral( "1000000000000001/temperature" ) << utc( "2023-05-22T07:47:05.404Z" )
                                            << 30.8 << QString();
  QTest::newRow( "ChirpStack v4 EM310-UDL" ) << chirp << QStringLiteral( "Milesight_EM310-UDL__ChirpStack__uplink_decoded.json" )
                                             << QString() << 2 << QStringLiteral( "1000000000000001/distance" )
                                             << utc( "2023-05-22T07:47:05.404Z" ) << 2116.0 << QString();
  QTest::newRow( "ChirpStack v3 NAS LCU" ) << chirp << QStringLiteral( "LCU_streetlight_controller_chirpstack_v3_uplink.json" ) << QString()
                                           << 5 << QStringLiteral( "70b3d5b020073208/mcu_temperature__C" )
                                           << utc( "2024-07-01T13:43:42.236Z" ) << 26.0 << QString();
  QTest::newRow( "ChirpStack v3 NAS LCU dimming" )
      << chirp << QStringLiteral( "LCU_streetlight_controller_chirpstack_v3_uplink.json" ) << QString() << 5
      << QStringLiteral( "70b3d5b020073208/dimming_source.0.dimming_level__percent" ) << utc( "2024-07-01T13:43:42.236Z" ) << 0.0
      << QString();
  QTest::newRow( "ChirpStack v3 NAS OIR" ) << chirp << QStringLiteral( "OIR_meter_reader_chirpstack_v3_uplink.json" ) << QString() << 1
                                           << QStringLiteral( "70b3d5b020048836/meter_actuality_duration__minutes" )
                                           << utc( "2024-07-03T08:05:50.816Z" ) << 5.0 << QString();
}

void TestDecoders::vectors()
{
  QFETCH( QString, decoderName );
  QFETCH( QString, file );
  QFETCH( QString, topic );
  QFETCH( int, count );
  QFETCH( QString, sensorId );
  QFETCH( QDateTime, time );
  QFETCH( double, value );
  QFETCH( QString, unit );

  const std::unique_ptr<Decoder> decoder = createDecoder( decoderName );
  QVERIFY( decoder );
  QString error;
  const QList<Observation> observations = decoder->decode( readVector( file ), topic, &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QStringList ids;
  for ( const Observation &observation : observations )
  {
    ids << observation.sensorId;
    QVERIFY( observation.time.isValid() );
    QCOMPARE( observation.time.timeSpec(), Qt::UTC );
  }
  QVERIFY2( observations.size() == count, qPrintable( ids.join( QStringLiteral( ", " ) ) ) );
  const Observation *observation = findSensor( observations, sensorId );
  QVERIFY2( observation, qPrintable( ids.join( QStringLiteral( ", " ) ) ) );
  QCOMPARE( observation->time.toMSecsSinceEpoch(), time.toMSecsSinceEpoch() );
  QCOMPARE( observation->value, value );
  QCOMPARE( observation->unit, unit );
}

void TestDecoders::mqttTopicExamples()
{
  // every PUBLISH/SUBSCRIBE example carrying an Observation, decoded with its own topic
  const QJsonArray examples = QJsonDocument::fromJson( readVector( QStringLiteral( "sta_mqtt_topics_examples.json" ) ) )
                                  .object()
                                  .value( QLatin1String( "examples" ) )
                                  .toArray();
  SensorThingsDecoder decoder;
  int decoded = 0;
  for ( const QJsonValue &example : examples )
  {
    const QJsonObject object = example.toObject();
    const QJsonValue message = object.contains( QLatin1String( "payload" ) ) ? object.value( QLatin1String( "payload" ) )
                                                                             : object.value( QLatin1String( "message_received" ) );
    if ( !message.isObject() )
      continue;
    QString error;
    const QList<Observation> observations =
        decoder.decode( QJsonDocument( message.toObject() ).toJson(), object.value( QLatin1String( "topic" ) ).toString(), &error );
    QVERIFY2( error.isEmpty(), qPrintable( error ) );
    QCOMPARE( observations.size(), 1 );
    QCOMPARE( observations.first().sensorId, QStringLiteral( "42" ) );
    QCOMPARE( observations.first().value, 18.2 );
    QCOMPARE( observations.first().time, utc( "2024-01-16T01:00:00.000Z" ) ); // phenomenonTime, not resultTime
    ++decoded;
  }
  QCOMPARE( decoded, 2 );
}

void TestDecoders::malformed_data()
{
  QTest::addColumn<QString>( "decoderName" );
  QTest::addColumn<QByteArray>( "payload" );
  QTest::addColumn<QString>( "topic" );
  QTest::addColumn<QStringList>( "fragments" );

  const QString json = QStringLiteral( "json" );
  QTest::newRow( "json truncated" ) << json << QByteArray( R"({"sensor": "P1", "time": "2024-01-16T01:00:00Z", "val)" ) << QString()
                                    << QStringList{ QStringLiteral( "invalid JSON at offset" ) };
  QTest::newRow( "json empty" ) << json << QByteArray() << QString() << QStringList{ QStringLiteral( "empty payload" ) };
  QTest::newRow( "json value string" ) << json << QByteArray( R"({"sensor": "P1", "time": "2024-01-16T01:00:00Z", "value": "12,5"})" )
                                       << QString() << QStringList{ QStringLiteral( "/value" ), QStringLiteral( "not a number" ) };
  QTest::newRow( "json value null" ) << json << QByteArray( R"({"sensor": "P1", "time": "2024-01-16T01:00:00Z", "value": null})" )
                                     << QString() << QStringList{ QStringLiteral( "null" ), QStringLiteral( "not a number" ) };
  QTest::newRow( "json missing value" ) << json << QByteArray( R"({"sensor": "P1", "time": "2024-01-16T01:00:00Z"})" ) << QString()
                                        << QStringList{ QStringLiteral( "missing value /value" ) };
  QTest::newRow( "json missing time" ) << json << QByteArray( R"({"sensor": "P1", "value": 1})" ) << QString()
                                       << QStringList{ QStringLiteral( "missing time /time" ) };
  QTest::newRow( "json bad time" ) << json << QByteArray( R"({"sensor": "P1", "time": "16/01/2024", "value": 1})" ) << QString()
                                   << QStringList{ QStringLiteral( "\"16/01/2024\"" ), QStringLiteral( "ISO 8601" ) };
  QTest::newRow( "json missing sensor" ) << json << QByteArray( R"({"time": "2024-01-16T01:00:00Z", "value": 1})" ) << QString()
                                         << QStringList{ QStringLiteral( "missing sensor id /sensor" ) };
  QTest::newRow( "json sensor object" ) << json << QByteArray( R"({"sensor": {}, "time": "2024-01-16T01:00:00Z", "value": 1})" )
                                        << QString() << QStringList{ QStringLiteral( "an object" ) };
  QTest::newRow( "json batch bad item" )
      << json
      << QByteArray(
             R"([{"sensor": "P1", "time": "2024-01-16T01:00:00Z", "value": 1}, {"sensor": "P2", "time": "2024-01-16T01:00:00Z", "value": true}])" )
      << QString() << QStringList{ QStringLiteral( "item 1" ), QStringLiteral( "true" ) };
  QTest::newRow( "json batch number" ) << json << QByteArray( "[1, 2]" ) << QString()
                                       << QStringList{ QStringLiteral( "item 0" ), QStringLiteral( "expected an object" ) };

  const QString sta = QStringLiteral( "sensorthings" );
  const QString staTopic = QStringLiteral( "v1.1/Datastreams(42)/Observations" );
  QTest::newRow( "sta truncated" ) << sta << readVector( QStringLiteral( "sta_observation.json" ) ).left( 120 ) << staTopic
                                   << QStringList{ QStringLiteral( "invalid JSON at offset" ) };
  QTest::newRow( "sta object result (PSNC collection)" )
      << sta << readVector( QStringLiteral( "sta_observations_pnsc_collection.json" ) ) << staTopic
      << QStringList{ QStringLiteral( "value[0]" ), QStringLiteral( "result is an object" ) };
  QTest::newRow( "sta string result" ) << sta << QByteArray( R"({"phenomenonTime": "2024-01-16T01:00:00Z", "result": "18.2"})" ) << staTopic
                                       << QStringList{ QStringLiteral( "\"18.2\"" ), QStringLiteral( "not a number" ) };
  QTest::newRow( "sta missing result" ) << sta << QByteArray( R"({"phenomenonTime": "2024-01-16T01:00:00Z"})" ) << staTopic
                                        << QStringList{ QStringLiteral( "missing field result" ) };
  QTest::newRow( "sta missing time" ) << sta << QByteArray( R"({"result": 1})" ) << staTopic
                                      << QStringList{ QStringLiteral( "missing field phenomenonTime" ) };
  QTest::newRow( "sta bad time" ) << sta << QByteArray( R"({"phenomenonTime": 1705366800, "result": 1})" ) << staTopic
                                  << QStringList{ QStringLiteral( "phenomenonTime" ), QStringLiteral( "ISO 8601" ) };
  QTest::newRow( "sta no datastream" ) << sta << readVector( QStringLiteral( "sta_observation.json" ) )
                                       << QStringLiteral( "v1.1/Observations" )
                                       << QStringList{ QStringLiteral( "no datastream id" ), QStringLiteral( "v1.1/Observations" ) };
  QTest::newRow( "sta array" ) << sta << QByteArray( "[]" ) << staTopic
                               << QStringList{ QStringLiteral( "expected an Observation object" ) };

  const QString ngsi = QStringLiteral( "ngsi-ld" );
  QTest::newRow( "ngsi truncated" ) << ngsi << readVector( QStringLiteral( "ngsild_WaterObserved_normalized.jsonld" ) ).left( 300 )
                                    << QString() << QStringList{ QStringLiteral( "invalid JSON at offset" ) };
  QTest::newRow( "ngsi no id" ) << ngsi << QByteArray( R"({"type": "WaterObserved", "flow": 12, "dateObserved": "2020-03-17T08:45:00Z"})" )
                                << QString() << QStringList{ QStringLiteral( "missing field id" ) };
  QTest::newRow( "ngsi bad dateObserved" ) << ngsi << QByteArray( R"({"id": "urn:x", "flow": 12, "dateObserved": "March 17"})" )
                                           << QString()
                                           << QStringList{ QStringLiteral( "urn:x" ), QStringLiteral( "dateObserved" ),
                                                           QStringLiteral( "ISO 8601" ) };
  QTest::newRow( "ngsi bad observedAt" ) << ngsi
                                         << QByteArray( R"({"id": "urn:x", "flow": {"type": "Property", "value": 1, "observedAt": 5}})" )
                                         << QString() << QStringList{ QStringLiteral( "flow.observedAt" ) };
  QTest::newRow( "ngsi entity not object" ) << ngsi << QByteArray( R"([{"id": "urn:x"}, 3])" ) << QString()
                                            << QStringList{ QStringLiteral( "entity 1" ), QStringLiteral( "not an object" ) };

  const QString ttn = QStringLiteral( "ttn" );
  QTest::newRow( "ttn raw uplink, no formatter" )
      << ttn << readVector( QStringLiteral( "Decentlab_DL-PR21__ThingsStackCommunity__uplink_payload.json" ) ) << QString()
      << QStringList{ QStringLiteral( "decoded_payload" ) };
  QTest::newRow( "ttn truncated" )
      << ttn << readVector( QStringLiteral( "Milesight_EM300-DI__ThingsStackCommunity__uplink_decoded.json" ) ).left( 500 ) << QString()
      << QStringList{ QStringLiteral( "invalid JSON at offset" ) };
  QTest::newRow( "ttn no device" ) << ttn
                                   << QByteArray(
                                          R"({"received_at": "2020-02-06T09:46:05Z", "uplink_message": {"decoded_payload": {"a": 1}}})" )
                                   << QString() << QStringList{ QStringLiteral( "end_device_ids.device_id" ) };
  QTest::newRow( "ttn join, not uplink" ) << ttn << QByteArray( R"({"end_device_ids": {"device_id": "d"}, "join_accept": {}})" )
                                          << QString() << QStringList{ QStringLiteral( "uplink_message" ) };
  QTest::newRow( "ttn decoded string" )
      << ttn
      << QByteArray(
             R"({"end_device_ids": {"device_id": "d"}, "received_at": "2020-02-06T09:46:05Z", "uplink_message": {"decoded_payload": "12"}})" )
      << QString() << QStringList{ QStringLiteral( "not an object" ) };
  QTest::newRow( "ttn bad time" )
      << ttn
      << QByteArray( R"({"end_device_ids": {"device_id": "d"}, "received_at": "now", "uplink_message": {"decoded_payload": {"a": 1}}})" )
      << QString() << QStringList{ QStringLiteral( "received_at" ), QStringLiteral( "\"now\"" ) };
  QTest::newRow( "ttn missing time" ) << ttn
                                      << QByteArray(
                                             R"({"end_device_ids": {"device_id": "d"}, "uplink_message": {"decoded_payload": {"a": 1}}})" )
                                      << QString() << QStringList{ QStringLiteral( "missing field received_at" ) };

  const QString chirp = QStringLiteral( "chirpstack" );
  QTest::newRow( "chirpstack raw uplink, no codec" )
      << chirp << readVector( QStringLiteral( "Decentlab_DL-PR21__ChirpStack__uplink_payload.json" ) ) << QString()
      << QStringList{ QStringLiteral( "missing field object" ) };
  QTest::newRow( "chirpstack truncated" )
      << chirp << readVector( QStringLiteral( "Milesight_EM310-UDL__ChirpStack__uplink_decoded.json" ) ).left( 200 ) << QString()
      << QStringList{ QStringLiteral( "invalid JSON at offset" ) };
  QTest::newRow( "chirpstack no devEui" )
      << chirp << QByteArray( R"({"deviceInfo": {"deviceName": "x"}, "time": "2024-11-10T12:51:50Z", "object": {"a": 1}})" ) << QString()
      << QStringList{ QStringLiteral( "deviceInfo.devEui" ) };
  QTest::newRow( "chirpstack bad objectJSON" )
      << chirp << QByteArray( R"({"devEUI": "cLPVsCAHMgg=", "time": "2024-11-10T12:51:50Z", "objectJSON": "{\"data\": "})" ) << QString()
      << QStringList{ QStringLiteral( "objectJSON" ), QStringLiteral( "invalid JSON" ) };
  QTest::newRow( "chirpstack bad devEUI" ) << chirp
                                           << QByteArray( R"({"devEUI": "abc", "time": "2024-11-10T12:51:50Z", "object": {"a": 1}})" )
                                           << QString() << QStringList{ QStringLiteral( "\"abc\"" ) };
  QTest::newRow( "chirpstack bad time" )
      << chirp << QByteArray( R"({"deviceInfo": {"devEui": "0102030405060708"}, "time": "2024-11-10 noon", "object": {"a": 1}})" )
      << QString() << QStringList{ QStringLiteral( "time" ), QStringLiteral( "ISO 8601" ) };

  const QString csv = QStringLiteral( "csv" );
  QTest::newRow( "csv bad value" ) << csv << QByteArray( "sensor,time,value\nP1,2024-01-16T01:00:00Z,1.5\nP1,2024-01-16T01:15:00Z,abc\n" )
                                   << QString() << QStringList{ QStringLiteral( "line 3" ), QStringLiteral( "\"abc\"" ) };
  QTest::newRow( "csv bad time" ) << csv << QByteArray( "P1,16/01/2024,1.5\n" ) << QString()
                                  << QStringList{ QStringLiteral( "line 1" ), QStringLiteral( "ISO 8601" ) };
  QTest::newRow( "csv field count" ) << csv << QByteArray( "P1,2024-01-16T01:00:00Z\n" ) << QString()
                                     << QStringList{ QStringLiteral( "line 1" ), QStringLiteral( "got 2" ) };
  QTest::newRow( "csv too many fields" ) << csv << QByteArray( "P1,2024-01-16T01:00:00Z,1,m,extra\n" ) << QString()
                                         << QStringList{ QStringLiteral( "got 5" ) };
  QTest::newRow( "csv empty sensor" ) << csv << QByteArray( " ,2024-01-16T01:00:00Z,1\n" ) << QString()
                                      << QStringList{ QStringLiteral( "empty sensor id" ) };
}

void TestDecoders::malformed()
{
  QFETCH( QString, decoderName );
  QFETCH( QByteArray, payload );
  QFETCH( QString, topic );
  QFETCH( QStringList, fragments );
  const std::unique_ptr<Decoder> decoder = createDecoder( decoderName );
  QVERIFY( decoder );
  QString error;
  const QList<Observation> observations = decoder->decode( payload, topic, &error );
  QVERIFY( observations.isEmpty() );
  QVERIFY2( error.startsWith( decoderName + QStringLiteral( " decoder: " ) ), qPrintable( error ) );
  for ( const QString &fragment : std::as_const( fragments ) )
    QVERIFY2( error.contains( fragment ), qPrintable( error + QStringLiteral( "  -- lacks: " ) + fragment ) );
}

void TestDecoders::jsonOptions()
{
  JsonDecoder defaults;
  QString error;
  // default payload, single and batched; integer id; Unix times in s and ms
  QList<Observation> observations =
      defaults.decode( R"({"sensor": "P-12", "time": "2024-01-16T01:00:00.250+01:00", "value": 3.5, "unit": "bar"})", QString(), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( observations.size(), 1 );
  QCOMPARE( observations.first().sensorId, QStringLiteral( "P-12" ) );
  QCOMPARE( observations.first().time, utc( "2024-01-16T00:00:00.250Z" ) );
  QCOMPARE( observations.first().value, 3.5 );
  QCOMPARE( observations.first().unit, QStringLiteral( "bar" ) );

  observations = defaults.decode(
      R"([{"sensor": 7, "time": 1705366800, "value": 1}, {"sensor": "8", "time": 1705366800123, "value": -2.25}])", QString(), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( observations.size(), 2 );
  QCOMPARE( observations.at( 0 ).sensorId, QStringLiteral( "7" ) );
  QCOMPARE( observations.at( 0 ).time, utc( "2024-01-16T01:00:00.000Z" ) );
  QCOMPARE( observations.at( 1 ).sensorId, QStringLiteral( "8" ) );
  QCOMPARE( observations.at( 1 ).time, utc( "2024-01-16T01:00:00.123Z" ) );
  QCOMPARE( observations.at( 1 ).value, -2.25 );

  QVERIFY( defaults.decode( "[]", QString(), &error ).isEmpty() );

  // pointers into a nested gateway payload, sensor id from the topic
  JsonDecoder::Options options;
  options.timePointer = QStringLiteral( "/meta/ts" );
  options.valuePointer = QStringLiteral( "/data/readings/0/v" );
  options.unitPointer = QStringLiteral( "/data/u~1nit" );
  options.sensorTopicSegment = 2;
  JsonDecoder nested( options );
  error.clear();
  observations = nested.decode( R"({"meta": {"ts": "2024-05-01T10:00:00Z"}, "data": {"readings": [{"v": 42.5}], "u/nit": "L/s"}})",
                                QStringLiteral( "site/brest/FLOW-3/up" ), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( observations.size(), 1 );
  QCOMPARE( observations.first().sensorId, QStringLiteral( "FLOW-3" ) );
  QCOMPARE( observations.first().value, 42.5 );
  QCOMPARE( observations.first().unit, QStringLiteral( "L/s" ) );
  QCOMPARE( observations.first().time, utc( "2024-05-01T10:00:00.000Z" ) );

  observations = nested.decode( R"({"meta": {"ts": "2024-05-01T10:00:00Z"}, "data": {"readings": [{"v": 42.5}]}})",
                                QStringLiteral( "site/brest" ), &error );
  QVERIFY( observations.isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "no segment 2" ) ) && error.contains( QStringLiteral( "site/brest" ) ), qPrintable( error ) );

  observations =
      nested.decode( R"({"meta": {"ts": "2024-05-01T10:00:00Z"}, "data": {"readings": []}})", QStringLiteral( "a/b/c" ), &error );
  QVERIFY( observations.isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "missing value /data/readings/0/v" ) ), qPrintable( error ) );
}

void TestDecoders::ngsiLdUnitCodeAndConversion()
{
  // NGSI-LD normalized properties with observedAt and unitCode, as a notification
  const QByteArray payload = R"({"id": "urn:ngsi-ld:Notification:1", "type": "Notification", "data": [
    {"id": "urn:ngsi-ld:WaterObserved:Q1", "type": "WaterObserved",
     "height": {"type": "Property", "value": 2500, "unitCode": "MMT", "observedAt": "2024-05-01T10:00:00Z"},
     "flow": {"type": "Property", "value": 0.5, "unitCode": "MQS", "observedAt": "2024-05-01T10:00:05.120Z"},
     "refDevice": {"type": "Relationship", "object": "urn:ngsi-ld:Device:1"},
     "capacity": {"type": "Property", "value": 12}},
    {"id": "urn:ngsi-ld:WasteContainer:B7", "type": "WasteContainer",
     "fillingLevel": {"type": "Property", "value": 0.85, "unitCode": "C62", "observedAt": "2024-05-01T09:00:00Z"}}]})";
  NgsiLdDecoder decoder;
  QString error;
  QList<Observation> observations = decoder.decode( payload, QString(), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( observations.size(), 3 ); // capacity has no time: a static attribute, not an observation

  const Observation *height = findSensor( observations, QStringLiteral( "urn:ngsi-ld:WaterObserved:Q1/height" ) );
  const Observation *flow = findSensor( observations, QStringLiteral( "urn:ngsi-ld:WaterObserved:Q1/flow" ) );
  const Observation *fill = findSensor( observations, QStringLiteral( "urn:ngsi-ld:WasteContainer:B7/fillingLevel" ) );
  QVERIFY( height && flow && fill );
  QCOMPARE( height->unit, QStringLiteral( "mm" ) );
  QCOMPARE( flow->time, utc( "2024-05-01T10:00:05.120Z" ) );

  Observation level = *height;
  QVERIFY2( normalizeObservation( level, SensorKind::Level, &error ), qPrintable( error ) );
  QCOMPARE( level.value, 2.5 );
  QCOMPARE( level.unit, QStringLiteral( "m" ) );
  Observation rate = *flow;
  QVERIFY2( normalizeObservation( rate, SensorKind::Flow, &error ), qPrintable( error ) );
  QCOMPARE( rate.value, 1800.0 );
  Observation bin = *fill;
  QVERIFY2( normalizeObservation( bin, SensorKind::Fill, &error ), qPrintable( error ) );
  QCOMPARE( bin.value, 85.0 );
  QCOMPARE( bin.flags & OutOfRange, 0 );
  // the DeviceMeasurement example's own unit is not a UN/CEFACT code: a clear conversion error
  observations = decoder.decode( readVector( QStringLiteral( "ngsild_DeviceMeasurement_keyvalues.jsonld" ) ), QString(), &error );
  QCOMPARE( observations.size(), 1 );
  Observation measurement = observations.first();
  QVERIFY( !normalizeObservation( measurement, SensorKind::Fill, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "UDT0000016" ) ), qPrintable( error ) );

  // entity with no numeric property: nothing, and no error
  error.clear();
  QVERIFY( decoder.decode( R"({"id": "urn:x", "type": "T", "name": "n"})", QString(), &error ).isEmpty() );
  QVERIFY( error.isEmpty() );
}

void TestDecoders::csv()
{
  CsvDecoder decoder;
  QString error;
  const QList<Observation> observations = decoder.decode(
      "sensor,time,value,unit\r\nP1,2024-01-16T01:00:00Z,1.5,bar\r\n\r\nF2, 2024-01-16T01:15:00.5+01:00 ,-3e2\n", QString(), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( observations.size(), 2 );
  QCOMPARE( observations.at( 0 ).sensorId, QStringLiteral( "P1" ) );
  QCOMPARE( observations.at( 0 ).value, 1.5 );
  QCOMPARE( observations.at( 0 ).unit, QStringLiteral( "bar" ) );
  QCOMPARE( observations.at( 1 ).sensorId, QStringLiteral( "F2" ) );
  QCOMPARE( observations.at( 1 ).time, utc( "2024-01-16T00:15:00.500Z" ) );
  QCOMPARE( observations.at( 1 ).value, -300.0 );
  QVERIFY( observations.at( 1 ).unit.isEmpty() );
}

void TestDecoders::hugePayload()
{
  // a 10 MB message of garbage and a 10 MB valid batch: an error or a result, never a crash
  QByteArray garbage( 10 * 1024 * 1024, 'x' );
  const QStringList names = decoderNames();
  for ( const QString &name : names )
  {
    QString error;
    const QList<Observation> observations = createDecoder( name )->decode( garbage, QString(), &error );
    QVERIFY( observations.isEmpty() );
    QVERIFY2( !error.isEmpty(), qPrintable( name ) );
  }
  QByteArray batch = "[";
  const QByteArray item = R"({"sensor": "S", "time": "2024-01-16T01:00:00Z", "value": 1.25},)";
  const int count = 10 * 1024 * 1024 / item.size();
  for ( int i = 0; i < count; ++i )
    batch += item;
  batch.chop( 1 );
  batch += ']';
  QString error;
  const QList<Observation> observations = JsonDecoder().decode( batch, QString(), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( observations.size(), count );
}

void TestDecoders::jsonFlatPathMatchesGeneral_data()
{
  // usual gateway payloads take the one-pass reader; a nested member ("x": {}) sends the same
  // payload through the general QJsonDocument path: both must give the same observations
  QTest::addColumn<QByteArray>( "payload" );
  QTest::newRow( "object" ) << QByteArray( R"({"sensor": "p1", "time": "2026-01-01T00:00:00Z", "value": 3.5})" );
  QTest::newRow( "array, Unix seconds" ) << QByteArray(
      R"([{"sensor":"a","time":1767225600,"value":1},{"sensor":"b","time":1767225601,"value":-2e3}])" );
  QTest::newRow( "Unix milliseconds, unit" ) << QByteArray( R"({"value": 0.25, "unit": "bar", "time": 1767225600123, "sensor": "p2"})" );
  QTest::newRow( "integer id, spaces" ) << QByteArray(
      " [ { \"sensor\" : 42 , \"time\" : \"2026-01-01T01:00:00+01:00\" , \"value\" : 0 } ] \n" );
  QTest::newRow( "id trimmed, extra members" ) << QByteArray(
      R"({"sensor":" s 1 ","ok":true,"n":null,"time":"2026-01-01T00:00:00.5Z","value":1E-3})" );
  QTest::newRow( "empty array" ) << QByteArray( "[]" );
}

void TestDecoders::jsonFlatPathMatchesGeneral()
{
  QFETCH( QByteArray, payload );
  const JsonDecoder decoder;
  QString error;
  const QList<Observation> flat = decoder.decode( payload, QStringLiteral( "t" ), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QByteArray nested = payload;
  const int brace = nested.indexOf( '{' );
  if ( brace >= 0 )
    nested.insert( brace + 1, "\"x\": {\"y\": 1}, " );
  else
    nested = "[{\"x\": {}}]"; // the empty array: an item with no sensor is an error on both paths
  QString generalError;
  const QList<Observation> general = decoder.decode( nested, QStringLiteral( "t" ), &generalError );
  if ( brace < 0 )
  {
    QVERIFY( flat.isEmpty() );
    QVERIFY( general.isEmpty() && !generalError.isEmpty() );
    return;
  }
  QVERIFY2( generalError.isEmpty(), qPrintable( generalError ) );
  QCOMPARE( flat.size(), general.size() );
  QVERIFY( !flat.isEmpty() );
  for ( int i = 0; i < flat.size(); ++i )
  {
    QCOMPARE( flat.at( i ).sensorId, general.at( i ).sensorId );
    QCOMPARE( flat.at( i ).time, general.at( i ).time );
    QCOMPARE( flat.at( i ).value, general.at( i ).value );
    QCOMPARE( flat.at( i ).unit, general.at( i ).unit );
  }
  // a wrong type is reported the same way whichever path the payload starts on
  QByteArray wrong = payload;
  wrong.replace( "\"value\"", "\"vxlue\"" );
  QString wrongError;
  QVERIFY( decoder.decode( wrong, QStringLiteral( "t" ), &wrongError ).isEmpty() );
  QVERIFY2( wrongError.contains( QLatin1String( "missing value /value" ) ), qPrintable( wrongError ) );
}

QTEST_GUILESS_MAIN( TestDecoders )
#include "tst_decoders.moc"
