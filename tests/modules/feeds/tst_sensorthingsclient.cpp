// SPDX-License-Identifier: GPL-2.0-or-later
#include "decoders.h"
#include "sensorthingsclient.h"
#include "testhttpserver.h"
#include "vigietest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QtTest>
#include <QUrlQuery>

#include <functional>

using namespace vigie::feeds;

class TestSensorThingsClient : public vigie::test::Test
{
  Q_OBJECT

private:
  static QByteArray json( const QJsonObject &object ) { return QJsonDocument( object ).toJson( QJsonDocument::Compact ); }

  static QJsonObject observation( int i )
  {
    return QJsonObject{
        { QStringLiteral( "@iot.id" ), i },
        { QStringLiteral( "phenomenonTime" ), QStringLiteral( "2024-05-01T00:%1:00Z" ).arg( i, 2, 10, QLatin1Char( '0' ) ) },
        { QStringLiteral( "result" ), 1.5 + i } };
  }

  static QJsonObject datastream( const QString &id, const QString &symbol )
  {
    return QJsonObject{ { QStringLiteral( "@iot.id" ), id },
                        { QStringLiteral( "name" ), QStringLiteral( "Datastream %1" ).arg( id ) },
                        { QStringLiteral( "unitOfMeasurement" ),
                          QJsonObject{ { QStringLiteral( "name" ), QStringLiteral( "unit" ) }, { QStringLiteral( "symbol" ), symbol } } } };
  }

  //! The SensorThings service of the test, under /v1.1.
  static TestHttpServer::Response sensorThings( const QUrl &url, const QString &root )
  {
    const QString path = url.path( QUrl::FullyDecoded );
    const QUrlQuery query( url );
    const int skip = query.queryItemValue( QStringLiteral( "$skip" ) ).toInt();
    if ( path == QLatin1String( "/v1.1/Things" ) )
    {
      if ( skip == 0 )
      {
        QJsonArray things;
        for ( int i = 1; i <= 2; ++i )
          things.append( QJsonObject{ { QStringLiteral( "@iot.id" ), i },
                                      { QStringLiteral( "name" ), QStringLiteral( "Thing %1" ).arg( i ) },
                                      { QStringLiteral( "Datastreams" ),
                                        QJsonArray{ datastream( QStringLiteral( "ds-%1" ).arg( i ), QStringLiteral( "bar" ) ) } } } );
        // a relative next link
        return { 200, json( { { QStringLiteral( "value" ), things },
                              { QStringLiteral( "@iot.nextLink" ), QStringLiteral( "Things?$expand=Datastreams&$skip=2" ) } } ) };
      }
      QJsonObject third{
          { QStringLiteral( "@iot.id" ), QStringLiteral( "t3" ) },
          { QStringLiteral( "name" ), QStringLiteral( "Thing 3" ) },
          { QStringLiteral( "Datastreams@iot.navigationLink" ), QString( root + QStringLiteral( "/v1.1/Things('t3')/Datastreams" ) ) } };
      return { 200, json( { { QStringLiteral( "value" ), QJsonArray{ third } } } ) };
    }
    if ( path == QLatin1String( "/v1.1/Things('t3')/Datastreams" ) )
      return { 200,
               json( { { QStringLiteral( "value" ), QJsonArray{ datastream( QStringLiteral( "ds-3a" ), QStringLiteral( "m3/h" ) ),
                                                                datastream( QStringLiteral( "ds-3b" ), QStringLiteral( "W" ) ) } } } ) };
    if ( path == QLatin1String( "/v1.1/Datastreams('ds-1')" ) || path == QLatin1String( "/v1.1/Datastreams(7)" ) ||
         path == QLatin1String( "/v1.1/Datastreams('loop')" ) )
      return { 200, json( datastream( QStringLiteral( "x" ), QStringLiteral( "bar" ) ) ) };
    if ( path == QLatin1String( "/v1.1/Datastreams('ds-1')/Observations" ) )
    {
      QJsonArray values;
      for ( int i = skip; i < std::min( skip + 3, 5 ); ++i )
        values.append( observation( i ) );
      QJsonObject page{ { QStringLiteral( "value" ), values } };
      if ( skip + 3 < 5 )
        page.insert( QStringLiteral( "@iot.nextLink" ),
                     QString( root + QStringLiteral( "/v1.1/Datastreams('ds-1')/Observations?$skip=%1" ).arg( skip + 3 ) ) );
      return { 200, json( page ) };
    }
    if ( path == QLatin1String( "/v1.1/Datastreams(7)/Observations" ) )
    {
      if ( skip == 0 )
        return { 200, json( { { QStringLiteral( "value" ), QJsonArray{ observation( 0 ) } },
                              { QStringLiteral( "@iot.nextLink" ),
                                QString( root + QStringLiteral( "/v1.1/Datastreams(7)/Observations?$skip=1" ) ) } } ) };
      return { 200, QByteArrayLiteral( "{\"value\": [ {\"result\": 1, " ) };
    }
    if ( path == QLatin1String( "/v1.1/Datastreams('loop')/Observations" ) )
      return { 200, json( { { QStringLiteral( "value" ), QJsonArray{ observation( 1 ) } },
                            { QStringLiteral( "@iot.nextLink" ),
                              QString( root + QStringLiteral( "/v1.1/Datastreams('loop')/Observations" ) ) } } ) };
    return { 404, QByteArrayLiteral( "{\"error\": \"not found\"}" ) };
  }

  static QByteArray vector( const QString &name )
  {
    QFile file( vigie::test::testDataPath( QStringLiteral( "feeds/" ) + name ) );
    if ( !file.open( QIODevice::ReadOnly ) )
      qFatal( "missing test vector %s", qPrintable( name ) );
    return file.readAll();
  }

private Q_SLOTS:
  void discoverFollowsNextLinks()
  {
    TestHttpServer server( [&server]( const QUrl &url ) { return sensorThings( url, server.root() ); } );
    SensorThingsClient client;
    QList<StaThing> things;
    QString error;
    QVERIFY2( client.discover( QUrl( server.root() + QStringLiteral( "/v1.1" ) ), &things, &error ), qPrintable( error ) );
    QCOMPARE( things.size(), 3 );
    QCOMPARE( things.at( 0 ).id, QStringLiteral( "1" ) );
    QCOMPARE( things.at( 1 ).datastreams.value( 0 ).id, QStringLiteral( "ds-2" ) );
    QCOMPARE( things.at( 1 ).datastreams.value( 0 ).unitSymbol, QStringLiteral( "bar" ) );
    QCOMPARE( things.at( 2 ).id, QStringLiteral( "t3" ) );
    QCOMPARE( things.at( 2 ).datastreams.size(), 2 );
    QCOMPARE( things.at( 2 ).datastreams.at( 1 ).unitSymbol, QStringLiteral( "W" ) );
    QVERIFY2( server.requests.value( 1 ).contains( QStringLiteral( "$skip=2" ) ),
              qPrintable( server.requests.join( QLatin1Char( ' ' ) ) ) );
  }

  void historyPagedInTimeOrder()
  {
    TestHttpServer server( [&server]( const QUrl &url ) { return sensorThings( url, server.root() ); } );
    SensorThingsClient client;
    QList<Observation> observations;
    QString error;
    const QDateTime from( QDate( 2024, 5, 1 ), QTime( 0, 0 ), Qt::UTC );
    QVERIFY2( client.observations( QUrl( server.root() + QStringLiteral( "/v1.1/" ) ), QStringLiteral( "ds-1" ), from, from.addDays( 1 ),
                                   &observations, &error ),
              qPrintable( error ) );
    QCOMPARE( observations.size(), 5 );
    for ( int i = 0; i < 5; ++i )
    {
      QCOMPARE( observations.at( i ).sensorId, QStringLiteral( "ds-1" ) );
      QCOMPARE( observations.at( i ).time, from.addSecs( 60 * i ) );
      QCOMPARE( observations.at( i ).value, 1.5 + i );
      QCOMPARE( observations.at( i ).unit, QStringLiteral( "bar" ) );
    }
    // the time window is asked of the server
    const QString first = server.requests.filter( QStringLiteral( "Observations" ) ).value( 0 );
    QVERIFY2( first.contains( QStringLiteral( "phenomenonTime ge 2024-05-01T00:00:00.000Z" ) ), qPrintable( first ) );
  }

  void errorsNameTheUrl_data()
  {
    QTest::addColumn<QString>( "datastream" );
    QTest::addColumn<QString>( "expected" );
    QTest::newRow( "malformed page" ) << "7"
                                      << "Datastreams(7)/Observations?$skip=1";
    QTest::newRow( "next link loop" ) << "loop"
                                      << "points back";
    QTest::newRow( "HTTP 404" ) << "nothing"
                                << "404";
  }

  void errorsNameTheUrl()
  {
    QFETCH( QString, datastream );
    QFETCH( QString, expected );
    TestHttpServer server( [&server]( const QUrl &url ) { return sensorThings( url, server.root() ); } );
    SensorThingsClient client;
    QList<Observation> observations;
    QString error;
    QVERIFY( !client.observations( QUrl( server.root() + QStringLiteral( "/v1.1" ) ), datastream, QDateTime(), QDateTime(), &observations,
                                   &error ) );
    QVERIFY2( error.contains( expected ) && error.contains( server.root() ), qPrintable( error ) );
    QVERIFY( observations.isEmpty() );
  }

  void unreachableServer()
  {
    QTcpServer closed;
    closed.listen( QHostAddress::LocalHost );
    const quint16 port = closed.serverPort();
    closed.close();
    SensorThingsClient client;
    QString error;
    QList<StaThing> things;
    QVERIFY( !client.discover( QUrl( QStringLiteral( "http://127.0.0.1:%1/v1.1" ).arg( port ) ), &things, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "127.0.0.1:%1" ).arg( port ) ), qPrintable( error ) );
    QVERIFY( !client.discover( QUrl( QStringLiteral( "ftp://example.org/v1.1" ) ), &things, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "http" ) ), qPrintable( error ) );
  }

  void ngsiEntitiesPaged_data()
  {
    QTest::addColumn<QString>( "file" );
    QTest::addColumn<QString>( "type" );
    QTest::newRow( "WaterObserved" ) << "ngsild_WaterObserved_normalized.jsonld"
                                     << "WaterObserved";
    QTest::newRow( "Streetlight" ) << "ngsild_Streetlight_normalized.jsonld"
                                   << "Streetlight";
    QTest::newRow( "WasteContainer" ) << "ngsild_WasteContainer_keyvalues.jsonld"
                                      << "WasteContainer";
    QTest::newRow( "DeviceMeasurement" ) << "ngsild_DeviceMeasurement_normalized.jsonld"
                                         << "DeviceMeasurement";
  }

  void ngsiEntitiesPaged()
  {
    QFETCH( QString, file );
    QFETCH( QString, type );
    // 150 copies of the Smart Data Model example with their own ids: two pages of 100
    const QJsonObject example = QJsonDocument::fromJson( vector( file ) ).object();
    QJsonArray all;
    for ( int i = 0; i < 150; ++i )
    {
      QJsonObject entity = example;
      entity.insert( QStringLiteral( "id" ), QStringLiteral( "urn:ngsi-ld:%1:%2" ).arg( type ).arg( i ) );
      all.append( entity );
    }
    TestHttpServer server(
        [&]( const QUrl &url )
        {
          const QUrlQuery query( url );
          if ( url.path() != QLatin1String( "/ngsi-ld/v1/entities" ) || query.queryItemValue( QStringLiteral( "type" ) ) != type )
            return TestHttpServer::Response{ 404, QByteArrayLiteral( "[]" ) };
          const int offset = query.queryItemValue( QStringLiteral( "offset" ) ).toInt();
          const int limit = query.queryItemValue( QStringLiteral( "limit" ) ).toInt();
          QJsonArray page;
          for ( int i = offset; i < std::min<int>( offset + limit, static_cast<int>( all.size() ) ); ++i )
            page.append( all.at( i ) );
          return TestHttpServer::Response{ 200, QJsonDocument( page ).toJson() };
        } );
    // what the NGSI-LD decoder makes of the same entities, read at once
    const NgsiLdDecoder decoder;
    QString error;
    const QList<Observation> expected = decoder.decode( QJsonDocument( all ).toJson(), QString(), &error );
    QVERIFY2( !expected.isEmpty(), qPrintable( error ) );

    SensorThingsClient client;
    QList<Observation> observations;
    QVERIFY2( client.ngsiEntities( QUrl( server.root() ), type, &observations, &error ), qPrintable( error ) );
    QCOMPARE( observations.size(), expected.size() );
    QCOMPARE( observations, expected );
    QCOMPARE( server.requests.size(), 2 );
  }

  void ngsiTemporal()
  {
    const QByteArray body = R"([
        {"id": "urn:ngsi-ld:Streetlight:1", "type": "Streetlight",
         "powerConsumption": [
           {"type": "Property", "value": 60.5, "observedAt": "2024-05-01T20:00:00Z", "unitCode": "WTT"},
           {"type": "Property", "value": 30.1, "observedAt": "2024-05-01T23:00:00Z", "unitCode": "WTT"},
           {"type": "Property", "value": "off", "observedAt": "2024-05-02T06:00:00Z"}]},
        {"id": "urn:ngsi-ld:WasteContainer:9", "type": "WasteContainer",
         "fillingLevel": {"type": "Property", "values": [[0.4, "2024-05-01T10:00:00Z"], [0.55, "2024-05-01T12:00:00Z"]]}}
      ])";
    QUrl asked;
    TestHttpServer server(
        [&]( const QUrl &url )
        {
          if ( url.path() != QLatin1String( "/ngsi-ld/v1/temporal/entities" ) )
            return TestHttpServer::Response{ 404, QByteArrayLiteral( "[]" ) };
          asked = url;
          return TestHttpServer::Response{ 200, body };
        } );
    SensorThingsClient client;
    QList<Observation> observations;
    QString error;
    const QDateTime from( QDate( 2024, 5, 1 ), QTime( 0, 0 ), Qt::UTC );
    QVERIFY2( client.ngsiTemporal( QUrl( server.root() ), QStringLiteral( "Streetlight,WasteContainer" ), from, from.addDays( 2 ),
                                   &observations, &error ),
              qPrintable( error ) );
    QCOMPARE( observations.size(), 4 );
    QCOMPARE( observations.at( 0 ).sensorId, QStringLiteral( "urn:ngsi-ld:Streetlight:1/powerConsumption" ) );
    QCOMPARE( observations.at( 0 ).value, 60.5 );
    QCOMPARE( observations.at( 0 ).unit, QStringLiteral( "W" ) );
    QCOMPARE( observations.at( 1 ).time, from.addSecs( 23 * 3600 ) );
    QCOMPARE( observations.at( 3 ).sensorId, QStringLiteral( "urn:ngsi-ld:WasteContainer:9/fillingLevel" ) );
    QCOMPARE( observations.at( 3 ).value, 0.55 );
    const QUrlQuery query( asked );
    QCOMPARE( query.queryItemValue( QStringLiteral( "timerel" ) ), QStringLiteral( "between" ) );
    QCOMPARE( query.queryItemValue( QStringLiteral( "timeAt" ) ), QStringLiteral( "2024-05-01T00:00:00.000Z" ) );

    // a malformed temporal page names its URL
    TestHttpServer broken( []( const QUrl & ) { return TestHttpServer::Response{ 200, QByteArrayLiteral( "[{\"type\": \"X\"}]" ) }; } );
    QVERIFY( !client.ngsiTemporal( QUrl( broken.root() ), QStringLiteral( "X" ), from, from.addDays( 1 ), &observations, &error ) );
    QVERIFY2( error.contains( broken.root() + QStringLiteral( "/ngsi-ld/v1/temporal/entities" ) ) &&
                  error.contains( QStringLiteral( "no id" ) ),
              qPrintable( error ) );
  }
};

QTEST_GUILESS_MAIN( TestSensorThingsClient )
#include "tst_sensorthingsclient.moc"
