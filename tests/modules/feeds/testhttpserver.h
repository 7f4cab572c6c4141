// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TESTHTTPSERVER_H
#define VIGIE_TESTHTTPSERVER_H

// A tiny HTTP/1.1 server for the feeds tests (SensorThings, NGSI-LD): one request per
// connection, answers from a handler; served by the event loop of the test's thread (the
// HTTP client blocks on a local event loop, so a test may call it synchronously).

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

class TestHttpServer : public QObject
{
public:
  struct Response
  {
    int status = 200;
    QByteArray body;
  };
  using Handler = std::function<Response( const QUrl &url )>;

  explicit TestHttpServer( Handler handler ) : mHandler( std::move( handler ) )
  {
    connect( &mServer, &QTcpServer::newConnection, this, &TestHttpServer::accept );
    mServer.listen( QHostAddress::LocalHost );
  }
  QString root() const { return QStringLiteral( "http://127.0.0.1:%1" ).arg( mServer.serverPort() ); }
  //! Requests served so far (decoded path and query).
  QStringList requests;
  //! Raw request heads (request line and headers) served so far.
  QList<QByteArray> heads;

private:
  void accept()
  {
    while ( QTcpSocket *socket = mServer.nextPendingConnection() )
    {
      auto *buffer = new QByteArray;
      connect( socket, &QTcpSocket::readyRead, socket,
               [this, socket, buffer]()
               {
                 buffer->append( socket->readAll() );
                 if ( !buffer->contains( "\r\n\r\n" ) )
                   return;
                 const QList<QByteArray> requestLine = buffer->left( buffer->indexOf( "\r\n" ) ).split( ' ' );
                 const QUrl url( root() + QString::fromUtf8( requestLine.value( 1 ) ) );
                 requests << QUrl::fromPercentEncoding( url.toEncoded() );
                 heads << buffer->left( buffer->indexOf( "\r\n\r\n" ) );
                 const Response response = mHandler( url );
                 QByteArray reply = "HTTP/1.1 " + QByteArray::number( response.status ) + ( response.status == 200 ? " OK" : " Error" ) +
                                    "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number( response.body.size() ) +
                                    "\r\nConnection: close\r\n\r\n" + response.body;
                 socket->write( reply );
                 socket->disconnectFromHost();
                 delete buffer;
               } );
      connect( socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater );
    }
  }

  QTcpServer mServer;
  Handler mHandler;
};

#endif
