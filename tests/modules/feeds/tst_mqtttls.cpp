// SPDX-License-Identifier: GPL-2.0-or-later
// TLS 1.2 minimum of the MQTT client: a server limited to TLS 1.1 (openssl s_server, with the test
// broker's certificate) is refused in the handshake with a message that says why; the real broker
// at TLS 1.2 still connects (tst_mqtt::tlsConnects covers the data path).
#include "mosquittobroker.h"
#include "mqttclient.h"
#include "vigietest.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

using namespace vigie;
using namespace vigie::feeds;

class TestMqttTls : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::MosquittoBroker mBroker;

  static quint16 freePort()
  {
    QTcpServer server;
    server.listen( QHostAddress::LocalHost, 0 );
    return server.serverPort();
  }

  //! openssl s_server speaking only \a protocol (-tls1_1, -tls1_2) on a loopback port; the port.
  quint16 startTlsServer( QProcess &process, const QString &protocol )
  {
    const quint16 port = freePort();
    process.setProcessChannelMode( QProcess::MergedChannels );
    process.start( QStandardPaths::findExecutable( QStringLiteral( "openssl" ) ),
                   { QStringLiteral( "s_server" ), QStringLiteral( "-accept" ), QStringLiteral( "127.0.0.1:%1" ).arg( port ),
                     QStringLiteral( "-cert" ), mBroker.path( QStringLiteral( "server.crt" ) ), QStringLiteral( "-key" ),
                     mBroker.path( QStringLiteral( "server.key" ) ), protocol, QStringLiteral( "-cipher" ),
                     QStringLiteral( "ALL:@SECLEVEL=0" ), QStringLiteral( "-quiet" ) } );
    if ( !process.waitForStarted( 5000 ) )
      return 0;
    for ( int i = 0; i < 100; ++i )
    {
      QTcpSocket probe;
      probe.connectToHost( QHostAddress::LocalHost, port );
      if ( probe.waitForConnected( 100 ) )
        return port;
      QTest::qWait( 50 );
    }
    return 0;
  }

  static MqttOptions options( quint16 port, const QString &ca )
  {
    MqttOptions o;
    o.brokerUrl = QStringLiteral( "mqtts://localhost:%1" ).arg( port );
    o.clientId = QStringLiteral( "tls-minimum" );
    o.topics = QStringList{ QStringLiteral( "t/#" ) };
    o.caFile = ca;
    o.cleanSession = true;
    o.connectTimeoutSeconds = 3;
    return o;
  }

private Q_SLOTS:
  void initTestCase()
  {
    const QString missing = vigie::test::MosquittoBroker::missing();
    if ( !missing.isEmpty() )
      QSKIP( qPrintable( missing ) );
    if ( QStandardPaths::findExecutable( QStringLiteral( "openssl" ) ).isEmpty() )
      QSKIP( "openssl is not installed" );
    QString error;
    QVERIFY2( mBroker.start( &error ), qPrintable( error ) ); // makes the CA and the server certificate
  }

  void tls11ServerRefused()
  {
    QProcess server;
    const quint16 port = startTlsServer( server, QStringLiteral( "-tls1_1" ) );
    QVERIFY2( port != 0, qPrintable( QString::fromUtf8( server.readAll() ) ) );
    MqttClient client( options( port, mBroker.caFile() ) );
    QString message;
    QVERIFY2( client.start( &message ), qPrintable( message ) );
    MqttClient::Error kind = MqttClient::Error::None;
    QVERIFY( !client.waitConnected( 10000, &kind, &message ) );
    client.stop();
    server.kill();
    server.waitForFinished();
    const QString log = QString::fromUtf8( server.readAll() );
    // the server saw the handshake fail: no cipher suite in common (it never got an MQTT CONNECT)
    QVERIFY2( log.contains( QStringLiteral( "no shared cipher" ) ) || log.contains( QStringLiteral( "handshake failure" ) ) ||
                  log.contains( QStringLiteral( "unsupported protocol" ) ),
              qPrintable( log ) );
    QCOMPARE( int( kind ), int( MqttClient::Error::TlsHandshake ) );
    QVERIFY2( message.contains( QStringLiteral( "TLS 1.2 is the minimum" ) ), qPrintable( message ) );
  }

  void tls12ServerHandshakes()
  {
    // control: the same server at TLS 1.2 completes the handshake (then it does not speak MQTT, so
    // the client gives up waiting for the broker's answer — but not with a TLS error)
    QProcess server;
    const quint16 port = startTlsServer( server, QStringLiteral( "-tls1_2" ) );
    QVERIFY2( port != 0, qPrintable( QString::fromUtf8( server.readAll() ) ) );
    MqttClient client( options( port, mBroker.caFile() ) );
    QString message;
    QVERIFY2( client.start( &message ), qPrintable( message ) );
    MqttClient::Error kind = MqttClient::Error::None;
    QVERIFY( !client.waitConnected( 8000, &kind, &message ) );
    client.stop();
    server.kill();
    server.waitForFinished();
    const QString log = QString::fromUtf8( server.readAll() );
    QVERIFY2( !log.contains( QStringLiteral( "no shared cipher" ) ), qPrintable( log ) );
    QVERIFY2( !message.contains( QStringLiteral( "TLS 1.2 is the minimum" ) ), qPrintable( message ) );
  }
};

QTEST_GUILESS_MAIN( TestMqttTls )
#include "tst_mqtttls.moc"
