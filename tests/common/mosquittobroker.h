// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_MOSQUITTOBROKER_H
#define VIGIE_MOSQUITTOBROKER_H

// A real Mosquitto broker for the feeds tests and benchmarks: started on free loopback ports
// from a configuration generated in a temporary folder, with
//   - a plain listener (anonymous),
//   - a TLS listener (TLS 1.2 minimum, client certificate required) with a CA, a server
//     certificate and a client certificate generated for the run with the openssl CLI,
//     plus a second, untrusted CA and a client certificate it signed (for rejection tests),
//   - a listener requiring a user name and password (mosquitto_passwd),
//   - persistence on (saved every second and at a clean stop), unlimited queues.
// stop() = SIGTERM (the broker saves its state), kill() = SIGKILL, restart() = same ports.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace vigie::test
{
  class MosquittoBroker
  {
  public:
    //! The mosquitto executable (Debian: /usr/sbin/mosquitto), empty when not installed.
    static QString executable()
    {
      for ( const QString &candidate : { QStringLiteral( "/usr/sbin/mosquitto" ), QStringLiteral( "/usr/local/sbin/mosquitto" ) } )
        if ( QFileInfo( candidate ).isExecutable() )
          return candidate;
      return QStandardPaths::findExecutable( QStringLiteral( "mosquitto" ) );
    }

    //! A client tool of mosquitto-clients (mosquitto_pub, mosquitto_sub, mosquitto_passwd), empty when missing.
    static QString tool( const QString &name )
    {
      QString path = QStandardPaths::findExecutable( name );
      if ( path.isEmpty() )
        path = QStandardPaths::findExecutable( name, { QStringLiteral( "/usr/bin" ), QStringLiteral( "/usr/sbin" ) } );
      return path;
    }

    //! Why the broker cannot run here (empty when everything needed is installed).
    static QString missing()
    {
      if ( executable().isEmpty() )
        return QStringLiteral(
            "mosquitto is not installed (Debian package mosquitto, installed by tools/dev from tools/debian-packages.txt)" );
      for ( const QString &name : { QStringLiteral( "mosquitto_passwd" ), QStringLiteral( "mosquitto_pub" ), QStringLiteral( "openssl" ) } )
        if ( tool( name ).isEmpty() )
          return QStringLiteral( "%1 is not installed (packages mosquitto-clients, openssl)" ).arg( name );
      return QString();
    }

    MosquittoBroker() = default;
    ~MosquittoBroker() { kill(); }

    //! Generates certificates, password file and configuration, then starts the broker.
    bool start( QString *error )
    {
      if ( !mDir.isValid() )
        return fail( error, QStringLiteral( "no temporary folder" ) );
      if ( !mPrepared )
      {
        mPort = freePort();
        mTlsPort = freePort();
        mAuthPort = freePort();
        if ( !mPort || !mTlsPort || !mAuthPort )
          return fail( error, QStringLiteral( "no free loopback port" ) );
        if ( !makeCertificates( error ) || !makePasswordFile( error ) || !writeConfig( error ) )
          return false;
        mPrepared = true;
      }
      return launch( error );
    }

    //! Clean stop (SIGTERM): the broker writes its persistence file.
    void stop()
    {
      if ( mProcess.state() == QProcess::NotRunning )
        return;
      mProcess.terminate();
      if ( !mProcess.waitForFinished( 5000 ) )
      {
        mProcess.kill();
        mProcess.waitForFinished( 2000 );
      }
    }

    //! SIGKILL: no chance to save anything since the last autosave.
    void kill()
    {
      if ( mProcess.state() == QProcess::NotRunning )
        return;
      mProcess.kill();
      mProcess.waitForFinished( 2000 );
    }

    bool restart( QString *error )
    {
      stop();
      return launch( error );
    }

    bool isRunning() const { return mProcess.state() == QProcess::Running; }

    int port() const { return mPort; }
    int tlsPort() const { return mTlsPort; }
    int authPort() const { return mAuthPort; }
    QString url() const { return QStringLiteral( "mqtt://127.0.0.1:%1" ).arg( mPort ); }
    QString tlsUrl() const { return QStringLiteral( "mqtts://localhost:%1" ).arg( mTlsPort ); }
    QString authUrl() const { return QStringLiteral( "mqtt://127.0.0.1:%1" ).arg( mAuthPort ); }
    QString userName() const { return QStringLiteral( "vigie" ); }
    QString password() const { return QStringLiteral( "s3cret-pass" ); }

    QString caFile() const { return path( QStringLiteral( "ca.crt" ) ); }
    QString clientCertificate() const { return path( QStringLiteral( "client.crt" ) ); }
    QString clientKey() const { return path( QStringLiteral( "client.key" ) ); }
    //! A CA that signed neither the broker nor the accepted client certificates.
    QString rogueCaFile() const { return path( QStringLiteral( "rogue-ca.crt" ) ); }
    QString rogueClientCertificate() const { return path( QStringLiteral( "rogue-client.crt" ) ); }
    QString rogueClientKey() const { return path( QStringLiteral( "rogue-client.key" ) ); }

    QString path( const QString &name ) const { return mDir.filePath( name ); }
    QString log() const
    {
      QFile file( path( QStringLiteral( "mosquitto.log" ) ) );
      return file.open( QIODevice::ReadOnly ) ? QString::fromUtf8( file.readAll() ) : QString();
    }

    //! Publishes with mosquitto_pub (QoS 1 by default); \a lines: one message per line read from stdin (-l).
    bool publish( const QString &topic, const QByteArray &payload, QString *error, int qos = 1, bool lines = false ) const
    {
      QProcess pub;
      QStringList args = { QStringLiteral( "-h" ), QStringLiteral( "127.0.0.1" ), QStringLiteral( "-p" ), QString::number( mPort ),
                           QStringLiteral( "-q" ), QString::number( qos ),        QStringLiteral( "-t" ), topic };
      if ( lines )
        args << QStringLiteral( "-l" );
      else
        args << QStringLiteral( "-s" );
      pub.start( tool( QStringLiteral( "mosquitto_pub" ) ), args );
      if ( !pub.waitForStarted( 5000 ) )
        return fail( error, QStringLiteral( "cannot start mosquitto_pub" ) );
      pub.write( payload );
      pub.closeWriteChannel();
      if ( !pub.waitForFinished( 60000 ) || pub.exitCode() != 0 )
        return fail( error, QStringLiteral( "mosquitto_pub failed: %1" ).arg( QString::fromUtf8( pub.readAllStandardError() ) ) );
      return true;
    }

  private:
    static bool fail( QString *error, const QString &message )
    {
      if ( error )
        *error = message;
      return false;
    }

    static int freePort()
    {
      QTcpServer server;
      if ( !server.listen( QHostAddress::LocalHost, 0 ) )
        return 0;
      return server.serverPort();
    }

    bool run( const QString &program, const QStringList &args, QString *error ) const
    {
      QProcess process;
      process.setWorkingDirectory( mDir.path() );
      process.start( program, args );
      if ( !process.waitForFinished( 30000 ) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 )
        return fail( error, QStringLiteral( "%1 %2 failed: %3" )
                                .arg( program, args.join( QLatin1Char( ' ' ) ), QString::fromUtf8( process.readAllStandardError() ) ) );
      return true;
    }

    bool makeCertificates( QString *error ) const
    {
      const QString openssl = tool( QStringLiteral( "openssl" ) );
      const QStringList ec = { QStringLiteral( "-newkey" ), QStringLiteral( "ec" ), QStringLiteral( "-pkeyopt" ),
                               QStringLiteral( "ec_paramgen_curve:prime256v1" ), QStringLiteral( "-nodes" ) };
      QFile ext( path( QStringLiteral( "server.ext" ) ) );
      if ( !ext.open( QIODevice::WriteOnly ) )
        return fail( error, QStringLiteral( "cannot write server.ext" ) );
      ext.write( "subjectAltName=DNS:localhost,IP:127.0.0.1\n" );
      ext.close();
      // two CAs: the one the broker trusts and a rogue one
      for ( const QString &ca : { QStringLiteral( "ca" ), QStringLiteral( "rogue-ca" ) } )
      {
        if ( !run( openssl,
                   QStringList{ QStringLiteral( "req" ), QStringLiteral( "-x509" ) } + ec +
                       QStringList{ QStringLiteral( "-keyout" ), ca + QStringLiteral( ".key" ), QStringLiteral( "-out" ),
                                    ca + QStringLiteral( ".crt" ), QStringLiteral( "-days" ), QStringLiteral( "2" ),
                                    QStringLiteral( "-subj" ), QStringLiteral( "/CN=Vigie test %1" ).arg( ca ) },
                   error ) )
          return false;
      }
      struct Leaf
      {
        QString name;
        QString ca;
        QString subject;
        bool server;
      };
      const QList<Leaf> leaves = {
          { QStringLiteral( "server" ), QStringLiteral( "ca" ), QStringLiteral( "/CN=localhost" ), true },
          { QStringLiteral( "client" ), QStringLiteral( "ca" ), QStringLiteral( "/CN=vigie-client" ), false },
          { QStringLiteral( "rogue-client" ), QStringLiteral( "rogue-ca" ), QStringLiteral( "/CN=rogue-client" ), false } };
      for ( const Leaf &leaf : leaves )
      {
        if ( !run( openssl,
                   QStringList{ QStringLiteral( "req" ) } + ec +
                       QStringList{ QStringLiteral( "-keyout" ), leaf.name + QStringLiteral( ".key" ), QStringLiteral( "-out" ),
                                    leaf.name + QStringLiteral( ".csr" ), QStringLiteral( "-subj" ), leaf.subject },
                   error ) )
          return false;
        QStringList sign = { QStringLiteral( "x509" ),
                             QStringLiteral( "-req" ),
                             QStringLiteral( "-in" ),
                             leaf.name + QStringLiteral( ".csr" ),
                             QStringLiteral( "-CA" ),
                             leaf.ca + QStringLiteral( ".crt" ),
                             QStringLiteral( "-CAkey" ),
                             leaf.ca + QStringLiteral( ".key" ),
                             QStringLiteral( "-CAcreateserial" ),
                             QStringLiteral( "-out" ),
                             leaf.name + QStringLiteral( ".crt" ),
                             QStringLiteral( "-days" ),
                             QStringLiteral( "2" ) };
        if ( leaf.server )
          sign << QStringLiteral( "-extfile" ) << QStringLiteral( "server.ext" );
        if ( !run( openssl, sign, error ) )
          return false;
      }
      return true;
    }

    bool makePasswordFile( QString *error ) const
    {
      return run( tool( QStringLiteral( "mosquitto_passwd" ) ),
                  { QStringLiteral( "-b" ), QStringLiteral( "-c" ), path( QStringLiteral( "passwd" ) ), userName(), password() }, error );
    }

    bool writeConfig( QString *error ) const
    {
      QDir( mDir.path() ).mkpath( QStringLiteral( "data" ) );
      QString config;
      QTextStream s( &config );
#ifndef Q_OS_WIN
      if ( geteuid() == 0 )
        s << "user root\n"; // else mosquitto drops to user mosquitto, which cannot read this folder
#endif
      s << "per_listener_settings true\n"
        << "persistence true\n"
        << "persistence_location " << path( QStringLiteral( "data" ) ) << "/\n"
        << "autosave_interval 1\n"
        << "max_queued_messages 0\n"
        << "max_queued_bytes 0\n"
        << "log_dest file " << path( QStringLiteral( "mosquitto.log" ) ) << "\n"
        << "log_type error\nlog_type warning\nlog_type notice\n"
        << "\nlistener " << mPort << " 127.0.0.1\n"
        << "allow_anonymous true\n"
        << "\nlistener " << mTlsPort << " 127.0.0.1\n"
        << "allow_anonymous true\n"
        << "cafile " << caFile() << "\n"
        << "certfile " << path( QStringLiteral( "server.crt" ) ) << "\n"
        << "keyfile " << path( QStringLiteral( "server.key" ) ) << "\n"
        << "require_certificate true\n"
        << "tls_version tlsv1.2\n"
        << "\nlistener " << mAuthPort << " 127.0.0.1\n"
        << "allow_anonymous false\n"
        << "password_file " << path( QStringLiteral( "passwd" ) ) << "\n";
      s.flush();
      QFile file( path( QStringLiteral( "mosquitto.conf" ) ) );
      if ( !file.open( QIODevice::WriteOnly ) )
        return fail( error, QStringLiteral( "cannot write mosquitto.conf" ) );
      file.write( config.toUtf8() );
      return true;
    }

    bool launch( QString *error )
    {
      mProcess.setProgram( executable() );
      mProcess.setArguments( { QStringLiteral( "-c" ), path( QStringLiteral( "mosquitto.conf" ) ) } );
      mProcess.setProcessChannelMode( QProcess::MergedChannels );
      mProcess.start();
      if ( !mProcess.waitForStarted( 5000 ) )
        return fail( error, QStringLiteral( "cannot start %1" ).arg( executable() ) );
      // ready when every listener accepts connections
      for ( int attempt = 0; attempt < 100; ++attempt )
      {
        bool all = true;
        for ( int port : { mPort, mTlsPort, mAuthPort } )
        {
          QTcpSocket socket;
          socket.connectToHost( QHostAddress::LocalHost, quint16( port ) );
          if ( !socket.waitForConnected( 200 ) )
          {
            all = false;
            break;
          }
          socket.abort();
        }
        if ( all )
          return true;
        if ( mProcess.state() == QProcess::NotRunning )
          break;
        QThread::msleep( 50 );
      }
      const QString output = QString::fromUtf8( mProcess.readAll() );
      kill();
      return fail( error, QStringLiteral( "mosquitto did not start: %1 %2" ).arg( output, log() ) );
    }

    QTemporaryDir mDir;
    QProcess mProcess;
    bool mPrepared = false;
    int mPort = 0;
    int mTlsPort = 0;
    int mAuthPort = 0;
  };
} // namespace vigie::test

#endif
