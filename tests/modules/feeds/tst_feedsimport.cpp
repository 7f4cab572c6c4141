// SPDX-License-Identifier: GPL-2.0-or-later
// `vigie-cli feeds import`: SensorThings history, NGSI-LD entities and temporal queries served by a
// local HTTP server built from the test vectors, and CSV files, stored through the live feeds' path.
#include "clitest.h"
#include "decoders.h"
#include "feedscli.h"
#include "feedstestutil.h"
#include "historyimport.h"
#include "observationstore.h"
#include "sensorkind.h"
#include "testhttpserver.h"
#include "vigietest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <QUrlQuery>

using namespace vigie;
using namespace vigie::feeds;
using vigie::test::CliResult;

class TestFeedsImport : public vigie::test::Test
{
  Q_OBJECT

private:
  CliCommand mFeeds;
  int mFiles = 0;

  //! Page of the SensorThings history that fails (its $skip), and how: 500 or a truncated body.
  int mFailSkip = -1;
  bool mFailWithBadJson = false;

  static constexpr int kPage = 100;

  CliResult import( const QStringList &args )
  {
    return vigie::test::runCliCommand( mFeeds, QStringList{ QStringLiteral( "import" ) } + args );
  }

  static QJsonObject json( const CliResult &r )
  {
    const QJsonDocument document = QJsonDocument::fromJson( r.out.toUtf8() );
    if ( !document.isObject() )
      qWarning( "not JSON: %s / %s", qPrintable( r.out ), qPrintable( r.err ) );
    return document.object();
  }

  QString territory()
  {
    const QString path = tempPath( QStringLiteral( "import territory %1 é.gpkg" ).arg( ++mFiles ) );
    const QString error = vigie::test::createFeedsTerritory( path );
    if ( !error.isEmpty() )
      qFatal( "%s", qPrintable( error ) );
    return path;
  }

  static QByteArray vector( const QString &name )
  {
    QFile file( vigie::test::testDataPath( QStringLiteral( "feeds/" ) + name ) );
    if ( !file.open( QIODevice::ReadOnly ) )
      qFatal( "missing test vector %s", qPrintable( name ) );
    return file.readAll();
  }

  static qint64 number( const QJsonObject &object, const char *key )
  {
    return object.value( QLatin1String( key ) ).toVariant().toLongLong();
  }

  static QByteArray toJson( const QJsonObject &object ) { return QJsonDocument( object ).toJson( QJsonDocument::Compact ); }

  // ---------------------------------------------------------------- the SensorThings service

  //! Datastream 42 (the authored vector: power in W) and 'p-1' (pressure in bar).
  static QJsonObject datastream( const QString &id )
  {
    QJsonObject ds = QJsonDocument::fromJson( vector( QStringLiteral( "sta_datastream_response.json" ) ) ).object();
    if ( id == QLatin1String( "p-1" ) )
    {
      ds.insert( QStringLiteral( "@iot.id" ), id );
      ds.insert( QStringLiteral( "name" ), QStringLiteral( "Pressure at hydrant H-1" ) );
      ds.insert( QStringLiteral( "unitOfMeasurement" ), QJsonObject{ { QStringLiteral( "name" ), QStringLiteral( "Bar" ) },
                                                                     { QStringLiteral( "symbol" ), QStringLiteral( "bar" ) } } );
    }
    return ds;
  }

  static int observationCount( const QString &datastreamId ) { return datastreamId == QLatin1String( "42" ) ? 250 : 120; }

  static QDateTime observationTime( int i )
  {
    // the vector's phenomenonTime (with its +08:00 offset), one minute apart
    return QDateTime( QDate( 2014, 12, 31 ), QTime( 3, 59, 59 ), Qt::UTC ).toOffsetFromUtc( 8 * 3600 ).addSecs( 60 * i );
  }

  static double observationValue( const QString &datastreamId, int i )
  {
    return datastreamId == QLatin1String( "42" ) ? 70.4 + i : 1.0 + 0.01 * i;
  }

  //! Observation \a i of a Datastream: the vector sta_observation.json with its time and result changed.
  static QJsonObject observation( const QString &datastreamId, int i )
  {
    QJsonObject o = QJsonDocument::fromJson( vector( QStringLiteral( "sta_observation.json" ) ) ).object();
    o.insert( QStringLiteral( "@iot.id" ), i + 1 );
    o.insert( QStringLiteral( "phenomenonTime" ), observationTime( i ).toString( Qt::ISODate ) );
    o.insert( QStringLiteral( "resultTime" ), observationTime( i ).toString( Qt::ISODate ) );
    o.insert( QStringLiteral( "result" ), observationValue( datastreamId, i ) );
    return o;
  }

  //! Every observation the service holds for \a datastreamId, as SensorThings gives them (unit of the Datastream).
  static QList<Observation> served( const QString &datastreamId, const QDateTime &from = QDateTime(), const QDateTime &to = QDateTime() )
  {
    QList<Observation> list;
    for ( int i = 0; i < observationCount( datastreamId ); ++i )
    {
      Observation o;
      o.sensorId = datastreamId;
      o.time = observationTime( i ).toUTC();
      o.value = observationValue( datastreamId, i );
      o.unit = datastreamId == QLatin1String( "42" ) ? QStringLiteral( "W" ) : QStringLiteral( "bar" );
      if ( ( !from.isValid() || o.time >= from ) && ( !to.isValid() || o.time < to ) )
        list << o;
    }
    return list;
  }

  TestHttpServer::Response sensorThings( const QUrl &url, const QString &root )
  {
    const QString path = url.path( QUrl::FullyDecoded );
    const QUrlQuery query( url );
    const int skip = query.queryItemValue( QStringLiteral( "$skip" ) ).toInt();
    if ( path == QLatin1String( "/v1.1/Things" ) )
      return {
          200,
          toJson( { { QStringLiteral( "value" ),
                      QJsonArray{
                          QJsonObject{ { QStringLiteral( "@iot.id" ), 1 },
                                       { QStringLiteral( "name" ), QStringLiteral( "Luminaire FR-29232-000123" ) },
                                       { QStringLiteral( "Datastreams" ), QJsonArray{ datastream( QStringLiteral( "42" ) ) } } },
                          QJsonObject{ { QStringLiteral( "@iot.id" ), QStringLiteral( "h-1" ) },
                                       { QStringLiteral( "name" ), QStringLiteral( "Hydrant H-1" ) },
                                       { QStringLiteral( "Datastreams" ), QJsonArray{ datastream( QStringLiteral( "p-1" ) ) } } } } } } ) };
    if ( path == QLatin1String( "/v1.1/Things('h-1')/Datastreams" ) )
      return { 200, toJson( { { QStringLiteral( "value" ), QJsonArray{ datastream( QStringLiteral( "p-1" ) ) } } } ) };
    for ( const QString &id : { QStringLiteral( "42" ), QStringLiteral( "p-1" ) } )
    {
      const QString key = id == QLatin1String( "42" ) ? id : QStringLiteral( "'%1'" ).arg( id );
      if ( path == QStringLiteral( "/v1.1/Datastreams(%1)" ).arg( key ) )
        return { 200, toJson( datastream( id ) ) };
      if ( path != QStringLiteral( "/v1.1/Datastreams(%1)/Observations" ).arg( key ) )
        continue;
      if ( skip == mFailSkip )
        return mFailWithBadJson ? TestHttpServer::Response{ 200, QByteArrayLiteral( "{\"value\": [ {\"result\": 1, " ) }
                                : TestHttpServer::Response{ 500, QByteArrayLiteral( "{\"error\": \"database down\"}" ) };
      QJsonArray values;
      for ( int i = skip; i < std::min( skip + kPage, observationCount( id ) ); ++i )
        values.append( observation( id, i ) );
      QJsonObject page{ { QStringLiteral( "value" ), values } };
      if ( skip + kPage < observationCount( id ) )
        page.insert( QStringLiteral( "@iot.nextLink" ),
                     QString( root + path + QStringLiteral( "?$orderby=phenomenonTime%20asc&$skip=%1" ).arg( skip + kPage ) ) );
      return { 200, toJson( page ) };
    }
    return { 404, QByteArrayLiteral( "{\"error\": \"not found\"}" ) };
  }

  //! Checks that the territory holds exactly \a expected for each of its sensors, converted to the sensor's canonical unit.
  static void checkStored( const QString &path, const QList<Observation> &expected )
  {
    QString error;
    std::unique_ptr<ObservationStore> store = ObservationStore::openReadOnly( path, &error );
    QVERIFY2( store, qPrintable( error ) );
    QHash<QString, QList<Observation>> bySensor;
    for ( const Observation &o : expected )
      bySensor[o.sensorId] << o;
    for ( auto it = bySensor.begin(); it != bySensor.end(); ++it )
    {
      QList<Observation> want = it.value();
      std::stable_sort( want.begin(), want.end(), []( const Observation &a, const Observation &b ) { return a.time < b.time; } );
      const QList<Observation> stored = store->observations( it.key(), QDateTime(), QDateTime() );
      QCOMPARE( stored.size(), want.size() );
      SensorInfo info;
      QVERIFY2( store->sensor( it.key(), &info ), qPrintable( it.key() ) );
      QVERIFY2( !info.isBound(), qPrintable( it.key() ) );
      for ( int i = 0; i < want.size(); ++i )
      {
        double value = want.at( i ).value;
        if ( info.kind != SensorKind::Unknown )
          QVERIFY2( convertToCanonical( info.kind, want.at( i ).value, want.at( i ).unit, &value, &error ), qPrintable( error ) );
        QCOMPARE( stored.at( i ).time, want.at( i ).time );
        QVERIFY2( qFuzzyCompare( 1 + stored.at( i ).value, 1 + value ),
                  qPrintable( QStringLiteral( "%1 #%2: %3 != %4" ).arg( it.key() ).arg( i ).arg( stored.at( i ).value ).arg( value ) ) );
        if ( info.kind != SensorKind::Unknown )
          QCOMPARE( stored.at( i ).unit, canonicalUnit( info.kind ) );
      }
    }
    QCOMPARE( store->count(), static_cast<qint64>( expected.size() ) );
  }

  static qint64 storedCount( const QString &path )
  {
    QString error;
    std::unique_ptr<ObservationStore> store = ObservationStore::openReadOnly( path, &error );
    return store ? store->count() : -1;
  }

  QString writeFile( const QString &name, const QByteArray &content )
  {
    const QString path = tempPath( name );
    QFile file( path );
    if ( !file.open( QIODevice::WriteOnly ) || file.write( content ) != content.size() )
      qFatal( "cannot write %s", qPrintable( path ) );
    return path;
  }

private Q_SLOTS:
  void initTestCase()
  {
    const QList<CliCommand> commands = feedsCliCommands();
    for ( const CliCommand &c : commands )
    {
      if ( c.name == QLatin1String( "feeds" ) )
        mFeeds = c;
    }
    QVERIFY( mFeeds.run );
  }

  void init()
  {
    mFailSkip = -1;
    mFailWithBadJson = false;
  }

  void helpAndUsageErrors_data()
  {
    QTest::addColumn<QStringList>( "args" );
    QTest::addColumn<int>( "code" );
    QTest::addColumn<QString>( "expected" );
    QTest::newRow( "help" ) << QStringList{ QStringLiteral( "--help" ) } << 0 << "--sensorthings URL";
    QTest::newRow( "no source" ) << QStringList{ QStringLiteral( "t.gpkg" ) } << 2 << "give one source";
    QTest::newRow( "two sources" ) << QStringList{ QStringLiteral( "t.gpkg" ), QStringLiteral( "--csv" ), QStringLiteral( "a.csv" ),
                                                   QStringLiteral( "--ngsi-ld" ), QStringLiteral( "http://x" ) }
                                   << 2 << "give one source";
    QTest::newRow( "not http" ) << QStringList{ QStringLiteral( "t.gpkg" ), QStringLiteral( "--sensorthings" ),
                                                QStringLiteral( "ftp://x/v1.1" ) }
                                << 2 << "ftp://x/v1.1";
    QTest::newRow( "option of another source" )
        << QStringList{ QStringLiteral( "t.gpkg" ), QStringLiteral( "--csv" ), QStringLiteral( "a.csv" ), QStringLiteral( "--type" ),
                        QStringLiteral( "Streetlight" ) }
        << 2 << "--type";
    QTest::newRow( "bad time" ) << QStringList{ QStringLiteral( "t.gpkg" ), QStringLiteral( "--ngsi-ld" ), QStringLiteral( "http://x" ),
                                                QStringLiteral( "--from" ), QStringLiteral( "yesterday" ) }
                                << 2 << "yesterday";
    QTest::newRow( "missing csv" ) << QStringList{ QStringLiteral( "t.gpkg" ), QStringLiteral( "--csv" ),
                                                   QStringLiteral( "nowhere é.csv" ) }
                                   << 3 << "nowhere é.csv";
  }

  void helpAndUsageErrors()
  {
    QFETCH( QStringList, args );
    QFETCH( int, code );
    QFETCH( QString, expected );
    const QString path = territory();
    for ( QString &arg : args )
    {
      if ( arg == QLatin1String( "t.gpkg" ) )
        arg = path;
    }
    const CliResult r = import( args );
    QCOMPARE( r.code, code );
    QVERIFY2( QString( r.out + r.err ).contains( expected ), qPrintable( QString( r.out + r.err ) ) );
    if ( code != 0 )
      QCOMPARE( storedCount( path ), -1 ); // the feeds tables were not even created
  }

  void sensorThingsHistory()
  {
    TestHttpServer server( [this, &server]( const QUrl &url ) { return sensorThings( url, server.root() ); } );
    const QString path = territory();
    const QString root = server.root() + QStringLiteral( "/v1.1" );
    // every Datastream of the service (discovered)
    CliResult r = import( { path, QStringLiteral( "--sensorthings" ), root, QStringLiteral( "--json" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QJsonObject result = json( r );
    const qint64 total = observationCount( QStringLiteral( "42" ) ) + observationCount( QStringLiteral( "p-1" ) );
    QCOMPARE( number( result, "stored" ), total );
    QCOMPARE( number( result, "received" ), total );
    QCOMPARE( number( result, "unbound_registered" ), 2 );
    QCOMPARE( result.value( QStringLiteral( "pages" ) ).toInt(), 3 + 2 );
    checkStored( path, served( QStringLiteral( "42" ) ) + served( QStringLiteral( "p-1" ) ) );
    // the bar values were converted: the pressure sensor stores metres of water column
    {
      QString error;
      std::unique_ptr<ObservationStore> store = ObservationStore::openReadOnly( path, &error );
      SensorInfo info;
      QVERIFY( store->sensor( QStringLiteral( "p-1" ), &info ) );
      QCOMPARE( info.kind, SensorKind::Pressure );
      QVERIFY( store->observations( QStringLiteral( "p-1" ), QDateTime(), QDateTime() ).value( 0 ).value > 10 );
    }

    // a second import stores nothing new
    r = import( { path, QStringLiteral( "--sensorthings" ), root, QStringLiteral( "--json" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    result = json( r );
    QCOMPARE( number( result, "stored" ), 0 );
    QCOMPARE( number( result, "duplicates" ), total );
    QCOMPARE( number( result, "unbound_registered" ), 0 );
    QCOMPARE( storedCount( path ), total );
  }

  void sensorThingsWindowAndThing()
  {
    TestHttpServer server( [this, &server]( const QUrl &url ) { return sensorThings( url, server.root() ); } );
    const QString path = territory();
    const QDateTime from = observationTime( 30 ).toUTC();
    const QDateTime to = observationTime( 75 ).toUTC();
    const CliResult r = import( { path, QStringLiteral( "--sensorthings" ), server.root() + QStringLiteral( "/v1.1/" ),
                                  QStringLiteral( "--thing" ), QStringLiteral( "h-1" ), QStringLiteral( "--from" ),
                                  from.toString( Qt::ISODate ), QStringLiteral( "--to" ), to.toString( Qt::ISODate ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.out.contains( QStringLiteral( "45 stored" ) ), qPrintable( r.out ) );
    checkStored( path, served( QStringLiteral( "p-1" ), from, to ) );
    // the window was asked of the server
    const QString first = server.requests.filter( QStringLiteral( "Observations" ) ).value( 0 );
    QVERIFY2( first.contains( QStringLiteral( "phenomenonTime ge %1" ).arg( from.toString( Qt::ISODateWithMs ) ) ), qPrintable( first ) );
  }

  void failingPageKeepsStoreAsBefore_data()
  {
    QTest::addColumn<bool>( "badJson" );
    QTest::addColumn<QString>( "reason" );
    QTest::newRow( "HTTP 500" ) << false << "HTTP 500";
    QTest::newRow( "malformed JSON" ) << true << "malformed page";
  }

  void failingPageKeepsStoreAsBefore()
  {
    QFETCH( bool, badJson );
    QFETCH( QString, reason );
    TestHttpServer server( [this, &server]( const QUrl &url ) { return sensorThings( url, server.root() ); } );
    const QString path = territory();
    const QStringList args{ path, QStringLiteral( "--sensorthings" ), server.root() + QStringLiteral( "/v1.1" ),
                            QStringLiteral( "--datastream" ), QStringLiteral( "42" ) };
    mFailSkip = kPage; // the second page fails
    mFailWithBadJson = badJson;
    CliResult r = import( args );
    QCOMPARE( r.code, 1 );
    QVERIFY2( r.err.contains( reason ) && r.err.contains( server.root() + QStringLiteral( "/v1.1/Datastreams(42)/Observations" ) ) &&
                  r.err.contains( QStringLiteral( "$skip=%1" ).arg( kPage ) ),
              qPrintable( r.err ) );
    // the first page is stored whole, nothing of the failing one
    checkStored( path, served( QStringLiteral( "42" ) ).mid( 0, kPage ) );

    // the server is back: the import run again completes, storing only what was missing
    mFailSkip = -1;
    r = import( args + QStringList{ QStringLiteral( "--json" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QJsonObject result = json( r );
    QCOMPARE( number( result, "duplicates" ), kPage );
    QCOMPARE( number( result, "stored" ), observationCount( QStringLiteral( "42" ) ) - kPage );
    checkStored( path, served( QStringLiteral( "42" ) ) );
  }

  void unreachableServer()
  {
    QTcpServer closed;
    closed.listen( QHostAddress::LocalHost );
    const quint16 port = closed.serverPort();
    closed.close();
    const QString path = territory();
    const CliResult r =
        import( { path, QStringLiteral( "--ngsi-ld" ), QStringLiteral( "http://127.0.0.1:%1" ).arg( port ), QStringLiteral( "--json" ) } );
    QCOMPARE( r.code, 1 );
    QVERIFY2( r.err.contains( QStringLiteral( "127.0.0.1:%1" ).arg( port ) ), qPrintable( r.err ) );
    const QJsonObject result = json( r );
    QCOMPARE( result.value( QStringLiteral( "ok" ) ).toBool(), false );
    QVERIFY( result.value( QStringLiteral( "error" ) ).toString().contains( QStringLiteral( "127.0.0.1:%1" ).arg( port ) ) );
    QCOMPARE( storedCount( path ), 0 );
  }

  void ngsiEntities_data()
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

  void ngsiEntities()
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
          if ( url.path() != QLatin1String( "/ngsi-ld/v1/entities" ) )
            return TestHttpServer::Response{ 404, QByteArrayLiteral( "[]" ) };
          if ( query.queryItemValue( QStringLiteral( "type" ) ) != type )
            return TestHttpServer::Response{ 200, QByteArrayLiteral( "[]" ) };
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

    const QString path = territory();
    const QStringList args{ path,
                            QStringLiteral( "--ngsi-ld" ),
                            server.root(),
                            QStringLiteral( "--type" ),
                            type,
                            QStringLiteral( "--tenant" ),
                            QStringLiteral( "brest" ),
                            QStringLiteral( "--json" ) };
    CliResult r = import( args );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QJsonObject result = json( r );
    QCOMPARE( number( result, "stored" ) + number( result, "rejected" ), static_cast<qint64>( expected.size() ) );
    QCOMPARE( number( result, "rejected" ), 0 );
    checkStored( path, expected );
    for ( const QByteArray &head : std::as_const( server.heads ) )
      QVERIFY2( head.contains( "NGSILD-Tenant: brest" ), head.constData() );

    // polled twice (a feed): nothing new is stored
    r = import( args +
                QStringList{ QStringLiteral( "--every" ), QStringLiteral( "1" ), QStringLiteral( "--count" ), QStringLiteral( "2" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QStringList lines = r.out.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    QCOMPARE( lines.size(), 2 );
    for ( const QString &line : lines )
    {
      result = QJsonDocument::fromJson( line.toUtf8() ).object();
      QCOMPARE( number( result, "stored" ), 0 );
      QCOMPARE( number( result, "duplicates" ), static_cast<qint64>( expected.size() ) );
    }
    QCOMPARE( storedCount( path ), static_cast<qint64>( expected.size() ) );
  }

  void ngsiTemporal()
  {
    // a temporal answer for Streetlight entities of the Smart Data Model example (normalized instances,
    // and the temporalValues form), power in W and kW
    const QJsonObject example = QJsonDocument::fromJson( vector( QStringLiteral( "ngsild_Streetlight_normalized.jsonld" ) ) ).object();
    const QDateTime start( QDate( 2024, 5, 1 ), QTime( 18, 0 ), Qt::UTC );
    QList<Observation> expected;
    QJsonArray entities;
    for ( int e = 0; e < 3; ++e )
    {
      const QString id = example.value( QStringLiteral( "id" ) ).toString() + QStringLiteral( "-%1" ).arg( e );
      QJsonArray instances;
      QJsonArray values;
      for ( int i = 0; i < 20; ++i )
      {
        const QDateTime time = start.addSecs( 900 * i );
        instances.append( QJsonObject{ { QStringLiteral( "type" ), QStringLiteral( "Property" ) },
                                       { QStringLiteral( "value" ), 40.0 + e + i },
                                       { QStringLiteral( "observedAt" ), time.toString( Qt::ISODate ) },
                                       { QStringLiteral( "unitCode" ), QStringLiteral( "WTT" ) } } );
        values.append( QJsonArray{ 0.5 + 0.01 * i, time.toString( Qt::ISODate ) } );
        expected << vigie::test::observation( id + QStringLiteral( "/powerConsumption" ), time, 40.0 + e + i, QStringLiteral( "W" ) );
        expected << vigie::test::observation( id + QStringLiteral( "/powerAverage" ), time, 0.5 + 0.01 * i, QStringLiteral( "kW" ) );
      }
      entities.append(
          QJsonObject{ { QStringLiteral( "id" ), id },
                       { QStringLiteral( "type" ), QStringLiteral( "Streetlight" ) },
                       { QStringLiteral( "powerConsumption" ), instances },
                       { QStringLiteral( "powerAverage" ), QJsonObject{ { QStringLiteral( "type" ), QStringLiteral( "Property" ) },
                                                                        { QStringLiteral( "unitCode" ), QStringLiteral( "KWT" ) },
                                                                        { QStringLiteral( "values" ), values } } } } );
    }
    QUrl asked;
    TestHttpServer server(
        [&]( const QUrl &url )
        {
          if ( url.path() != QLatin1String( "/ngsi-ld/v1/temporal/entities" ) )
            return TestHttpServer::Response{ 404, QByteArrayLiteral( "[]" ) };
          asked = url;
          return TestHttpServer::Response{ 200, QJsonDocument( entities ).toJson() };
        } );
    const QString path = territory();
    const CliResult r =
        import( { path, QStringLiteral( "--ngsi-ld" ), server.root(), QStringLiteral( "--type" ), QStringLiteral( "Streetlight" ),
                  QStringLiteral( "--temporal" ), QStringLiteral( "--from" ), QStringLiteral( "2024-05-01T00:00:00Z" ),
                  QStringLiteral( "--to" ), QStringLiteral( "2024-05-02T00:00:00Z" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.out.contains( QStringLiteral( "%1 stored" ).arg( expected.size() ) ), qPrintable( r.out ) );
    checkStored( path, expected );
    const QUrlQuery query( asked );
    QCOMPARE( query.queryItemValue( QStringLiteral( "timerel" ) ), QStringLiteral( "between" ) );
    QCOMPARE( query.queryItemValue( QStringLiteral( "endTimeAt" ) ), QStringLiteral( "2024-05-02T00:00:00.000Z" ) );
  }

  void csvFile()
  {
    const QString path = territory();
    const QString csv = writeFile( QStringLiteral( "history é.csv" ), "\xEF\xBB\xBFsensor,time,value,unit\r\n"
                                                                      "P-CSV-1,2024-05-01T00:00:00Z,1.5,bar\r\n"
                                                                      "\r\n"
                                                                      "P-CSV-1,2024-05-01T00:15:00+02:00,1.6,bar\r\n"
                                                                      "\"F-CSV,1\",2024-05-01T00:00:00Z,3.6,m3/h\r\n" );
    CliResult r = import( { path, QStringLiteral( "--csv" ), csv, QStringLiteral( "--json" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QCOMPARE( number( json( r ), "stored" ), 3 );
    QCOMPARE( number( json( r ), "unbound_registered" ), 2 );
    const QDateTime t0( QDate( 2024, 5, 1 ), QTime( 0, 0 ), Qt::UTC );
    checkStored( path,
                 { vigie::test::observation( QStringLiteral( "P-CSV-1" ), t0, 1.5, QStringLiteral( "bar" ) ),
                   vigie::test::observation( QStringLiteral( "P-CSV-1" ), t0.addSecs( -2 * 3600 + 900 ), 1.6, QStringLiteral( "bar" ) ),
                   vigie::test::observation( QStringLiteral( "F-CSV,1" ), t0, 3.6, QStringLiteral( "m3/h" ) ) } );
    // twice: nothing new
    r = import( { path, QStringLiteral( "--csv" ), csv, QStringLiteral( "--json" ) } );
    QCOMPARE( number( json( r ), "duplicates" ), 3 );
    QCOMPARE( storedCount( path ), 3 );
  }

  void csvOptions()
  {
    const QString path = territory();
    const QString csv = writeFile( QStringLiteral( "pression.csv" ), "horodatage;pression;qualite\n"
                                                                     "2024-05-01T00:00:00Z;1,25;bonne\n"
                                                                     "2024-05-01T01:00:00Z;1,5;bonne\n"
                                                                     "2024-05-01T02:00:00Z;2;bonne\n" );
    const CliResult r =
        import( { path, QStringLiteral( "--csv" ), csv, QStringLiteral( "--delimiter" ), QStringLiteral( ";" ),
                  QStringLiteral( "--sensor" ), QStringLiteral( "H-7" ), QStringLiteral( "--unit" ), QStringLiteral( "bar" ),
                  QStringLiteral( "--time-column" ), QStringLiteral( "horodatage" ), QStringLiteral( "--value-column" ),
                  QStringLiteral( "pression" ), QStringLiteral( "--to" ), QStringLiteral( "2024-05-01T02:00:00Z" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QDateTime t0( QDate( 2024, 5, 1 ), QTime( 0, 0 ), Qt::UTC );
    checkStored( path, { vigie::test::observation( QStringLiteral( "H-7" ), t0, 1.25, QStringLiteral( "bar" ) ),
                         vigie::test::observation( QStringLiteral( "H-7" ), t0.addSecs( 3600 ), 1.5, QStringLiteral( "bar" ) ) } );
  }

  void csvBadLine_data()
  {
    QTest::addColumn<QByteArray>( "content" );
    QTest::addColumn<int>( "line" );
    QTest::addColumn<QString>( "reason" );
    QTest::newRow( "value" ) << QByteArray( "sensor,time,value\nA,2024-05-01T00:00:00Z,1\nA,2024-05-01T00:01:00Z,abc\n" ) << 3 << "abc";
    QTest::newRow( "time" ) << QByteArray( "A,2024-05-01T00:00:00Z,1\n\nA,01/05/2024,2\n" ) << 3 << "01/05/2024";
    QTest::newRow( "fields" ) << QByteArray( "A,2024-05-01T00:00:00Z,1\nA;2024-05-01T00:01:00Z;2\n" ) << 2 << "fields";
    QTest::newRow( "quote" ) << QByteArray( "A,2024-05-01T00:00:00Z,1\n\"A,2024-05-01T00:01:00Z,2\n" ) << 2 << "quoted";
  }

  void csvBadLine()
  {
    QFETCH( QByteArray, content );
    QFETCH( int, line );
    QFETCH( QString, reason );
    const QString path = territory();
    // something already stored stays as it was
    QVERIFY( import( { path, QStringLiteral( "--csv" ), writeFile( QStringLiteral( "good.csv" ), "B,2024-01-01T00:00:00Z,4\n" ) } ).code ==
             0 );
    const QString csv = writeFile( QStringLiteral( "bad %1.csv" ).arg( QString::fromLatin1( QTest::currentDataTag() ) ), content );
    const CliResult r = import( { path, QStringLiteral( "--csv" ), csv } );
    QCOMPARE( r.code, 1 );
    QVERIFY2( r.err.contains( QStringLiteral( "%1:%2: " ).arg( QDir::toNativeSeparators( csv ) ).arg( line ) ) && r.err.contains( reason ),
              qPrintable( r.err ) );
    QCOMPARE( storedCount( path ), 1 );
  }

  void importHistoryCancel()
  {
    TestHttpServer server( [this, &server]( const QUrl &url ) { return sensorThings( url, server.root() ); } );
    const QString path = territory();
    QString error;
    std::unique_ptr<ObservationStore> store = ObservationStore::open( path, &error );
    QVERIFY2( store, qPrintable( error ) );
    HistoryImportRequest request;
    request.url = QUrl( server.root() + QStringLiteral( "/v1.1" ) );
    request.datastreams = QStringList{ QStringLiteral( "42" ) };
    HistoryImportResult result;
    int calls = 0;
    QVERIFY( !importHistory( *store, request, &result, &error,
                             [&calls]( const HistoryImportProgress &p )
                             {
                               ++calls;
                               return p.pages < 2; // cancel after the second page
                             } ) );
    QVERIFY( result.cancelled );
    QCOMPARE( calls, 2 );
    QVERIFY2( error.contains( QStringLiteral( "cancelled" ) ), qPrintable( error ) );
    QCOMPARE( store->count(), static_cast<qint64>( 2 * kPage ) );
  }
};

QTEST_GUILESS_MAIN( TestFeedsImport )
#include "tst_feedsimport.moc"
