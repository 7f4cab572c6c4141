// SPDX-License-Identifier: GPL-2.0-or-later
#include "mqttclient.h"

#include "log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTcpSocket>
#include <QUrl>

#include <MQTTAsync.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace vigie::feeds
{
  namespace
  {

    using Clock = std::chrono::steady_clock;

    //! The OpenSSL cipher list: suites defined from TLS 1.2 on only, strong, authenticated.
    const char *const kTls12CipherSuites = "TLSv1.2+HIGH:!aNULL:!eNULL:!PSK:!SRP";
  } // namespace

  struct MqttClient::Private
  {
    MqttOptions options;
    QByteArray uri;
    bool tls = false;
    QByteArray clientId, userName, password, caFile, certFile, keyFile, persistence;
    std::vector<QByteArray> topicBytes;
    std::vector<char *> topicPointers;
    std::vector<int> qosList;

    MQTTAsync handle = nullptr;
    MessageHandler messageHandler;
    EventHandler eventHandler;

    mutable std::mutex mutex;
    std::condition_variable condition;
    std::thread supervisor;
    State state = State::Disconnected;
    bool connecting = false;
    bool stopping = false;
    bool everConnected = false;
    int attempts = 0; // finished connection attempts (success or failure)
    int reconnects = 0;
    int retryMs = 0;
    Clock::time_point nextAttempt;
    Error lastErrorKind = Error::None;
    QString lastError;
    QString sslErrors; // OpenSSL's messages of the current attempt

    QString brokerName() const { return options.brokerUrl; }

    void notify( State newState, Error error, const QString &message )
    {
      if ( eventHandler )
        eventHandler( Event{ newState, error, message } );
    }

    //! Decides what a failed connect means; \a code is Paho's (negative) or the CONNACK return code.
    void classify( int code, const char *pahoMessage, Error *error, QString *message )
    {
      QString ssl;
      {
        std::lock_guard<std::mutex> guard( mutex );
        ssl = sslErrors;
        sslErrors.clear();
      }
      const QString detail = pahoMessage ? QString::fromUtf8( pahoMessage ) : QString();
      switch ( code )
      {
      case 1:
        *error = Error::ProtocolVersion;
        *message = QCoreApplication::translate( "vigie::feeds", "the broker %1 refused the connection: unacceptable MQTT protocol version" )
                       .arg( brokerName() );
        return;
      case 2:
        *error = Error::IdentifierRejected;
        *message = QCoreApplication::translate( "vigie::feeds", "the broker %1 refused the client id \"%2\"" )
                       .arg( brokerName(), options.clientId );
        return;
      case 3:
        *error = Error::ServerUnavailable;
        *message =
            QCoreApplication::translate( "vigie::feeds", "the broker %1 is unavailable (it refused the connection: server unavailable)" )
                .arg( brokerName() );
        return;
      case 4:
        *error = Error::BadCredentials;
        *message =
            QCoreApplication::translate( "vigie::feeds", "the broker %1 refused the connection: bad user name or password (user \"%2\")" )
                .arg( brokerName(), options.userName );
        return;
      case 5:
        // Mosquitto 2 and others answer 5 (not 4) to a wrong password on MQTT 3.1.1
        if ( !options.userName.isEmpty() )
        {
          *error = Error::BadCredentials;
          *message =
              QCoreApplication::translate(
                  "vigie::feeds", "the broker %1 refused the connection: bad user name or password, or user \"%2\" is not authorized" )
                  .arg( brokerName(), options.userName );
          return;
        }
        *error = Error::NotAuthorized;
        *message =
            options.userName.isEmpty()
                ? QCoreApplication::translate(
                      "vigie::feeds", "the broker %1 refused the connection: not authorized (it may require a user name and password)" )
                      .arg( brokerName() )
                : QCoreApplication::translate( "vigie::feeds", "the broker %1 refused the connection: user \"%2\" is not authorized" )
                      .arg( brokerName(), options.userName );
        return;
      default:
        break;
      }
      const QString lower = ( ssl + QLatin1Char( ' ' ) + detail ).toLower();
      // OpenSSL said nothing: if the broker accepts TCP connections, the handshake is what failed
      // (typically a client certificate the broker refuses; Paho then only says "connect failure")
      const bool handshakeFailed = tls && ( !ssl.isEmpty() || tcpReachable() );
      if ( handshakeFailed )
      {
        *error = Error::TlsHandshake;
        QString reason = ssl.isEmpty() ? detail : ssl;
        if ( lower.contains( QLatin1String( "certificate verify failed" ) ) || lower.contains( QLatin1String( "self-signed" ) ) ||
             lower.contains( QLatin1String( "unable to get local issuer" ) ) )
          *message =
              QCoreApplication::translate(
                  "vigie::feeds",
                  "TLS connection to %1 failed: the broker's certificate is not trusted (not signed by the CA in %2, or expired): %3" )
                  .arg( brokerName(),
                        options.caFile.isEmpty() ? QCoreApplication::translate( "vigie::feeds", "the system store" )
                                                 : QDir::toNativeSeparators( options.caFile ),
                        reason );
        else if ( lower.contains( QLatin1String( "hostname" ) ) || lower.contains( QLatin1String( "host name" ) ) ||
                  lower.contains( QLatin1String( "ip address mismatch" ) ) )
          *message = QCoreApplication::translate( "vigie::feeds",
                                                  "TLS connection to %1 failed: the broker's certificate does not name this host: %2" )
                         .arg( brokerName(), reason );
        else if ( lower.contains( QLatin1String( "handshake failure" ) ) || lower.contains( QLatin1String( "unsupported protocol" ) ) ||
                  lower.contains( QLatin1String( "wrong version number" ) ) || lower.contains( QLatin1String( "no shared cipher" ) ) )
          *message = QCoreApplication::translate( "vigie::feeds",
                                                  "TLS connection to %1 failed: the broker offers no TLS 1.2 or 1.3 protocol and cipher suite "
                                                  "in common with Vigie (TLS 1.2 is the minimum), or it refused the client certificate (%2)" )
                         .arg( brokerName(), reason );
        else if ( ssl.isEmpty() || lower.contains( QLatin1String( "alert" ) ) || lower.contains( QLatin1String( "certificate required" ) ) )
          *message =
              QCoreApplication::translate(
                  "vigie::feeds", "TLS connection to %1 failed: the broker rejected the client certificate %2 or ended the handshake (%3)" )
                  .arg( brokerName(),
                        options.certFile.isEmpty() ? QCoreApplication::translate( "vigie::feeds", "(none given)" )
                                                   : QDir::toNativeSeparators( options.certFile ),
                        reason );
        else
          *message = QCoreApplication::translate( "vigie::feeds", "TLS connection to %1 failed: %2" )
                         .arg( brokerName(), reason.isEmpty() ? QCoreApplication::translate( "vigie::feeds", "handshake error" ) : reason );
        return;
      }
      *error = Error::Unreachable;
      *message = QCoreApplication::translate( "vigie::feeds", "cannot reach the broker %1 (connection refused, unknown host or timeout)%2" )
                     .arg( brokerName(), detail.isEmpty() ? QString() : QStringLiteral( ": " ) + detail );
    }

    //! True when a plain TCP connection to the broker's host and port succeeds (within 2 s).
    bool tcpReachable() const
    {
      const QUrl url( QString::fromUtf8( uri ) );
      QTcpSocket socket;
      socket.connectToHost( url.host(), quint16( url.port() ) );
      const bool reachable = socket.waitForConnected( 2000 );
      socket.abort();
      return reachable;
    }

    void scheduleRetryLocked()
    {
      retryMs = retryMs == 0 ? options.minRetryMs : std::min( retryMs * 2, options.maxRetryMs );
      nextAttempt = Clock::now() + std::chrono::milliseconds( retryMs );
      connecting = false;
      state = State::Disconnected;
      condition.notify_all();
    }

    void subscribe()
    {
      MQTTAsync_responseOptions opts = MQTTAsync_responseOptions_initializer;
      opts.onSuccess = &Private::onSubscribe;
      opts.onFailure = &Private::onSubscribeFailure;
      opts.context = this;
      const int rc = MQTTAsync_subscribeMany( handle, int( topicPointers.size() ), topicPointers.data(), qosList.data(), &opts );
      if ( rc != MQTTASYNC_SUCCESS )
        failSubscription(
            QCoreApplication::translate( "vigie::feeds", "cannot subscribe on %1 (Paho error %2)" ).arg( brokerName() ).arg( rc ) );
    }

    void failSubscription( const QString &message )
    {
      {
        std::lock_guard<std::mutex> guard( mutex );
        lastErrorKind = Error::SubscriptionRefused;
        lastError = message;
        ++attempts;
        condition.notify_all();
      }
      logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), message );
      notify( State::Disconnected, Error::SubscriptionRefused, message );
    }

    // Paho callbacks (C linkage compatible static functions)
    static int onMessage( void *context, char *topicName, int topicLength, MQTTAsync_message *message )
    {
      Private *self = static_cast<Private *>( context );
      const int length = topicLength > 0 ? topicLength : int( strlen( topicName ) );
      bool done = true;
      if ( self->messageHandler )
        done = self->messageHandler( topicName, length, static_cast<const char *>( message->payload ), message->payloadlen );
      if ( !done )
        return 0; // Paho keeps it (and its persistence entry) and delivers it again
      MQTTAsync_freeMessage( &message );
      MQTTAsync_free( topicName );
      return 1;
    }

    static void onConnectionLost( void *context, char *cause )
    {
      Private *self = static_cast<Private *>( context );
      const QString message = QCoreApplication::translate( "vigie::feeds", "connection to %1 lost%2, reconnecting" )
                                  .arg( self->brokerName(), cause ? QStringLiteral( ": " ) + QString::fromUtf8( cause ) : QString() );
      {
        std::lock_guard<std::mutex> guard( self->mutex );
        if ( self->stopping )
          return;
        self->lastErrorKind = Error::ConnectionLost;
        self->lastError = message;
        self->retryMs = 0;
        self->scheduleRetryLocked();
      }
      logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), message );
      self->notify( State::Disconnected, Error::ConnectionLost, message );
    }

    static void onConnect( void *context, MQTTAsync_successData * )
    {
      Private *self = static_cast<Private *>( context );
      {
        std::lock_guard<std::mutex> guard( self->mutex );
        if ( self->everConnected )
          ++self->reconnects;
        self->everConnected = true;
        self->retryMs = 0;
        self->sslErrors.clear();
      }
      self->subscribe();
    }

    static void onConnectFailure( void *context, MQTTAsync_failureData *response )
    {
      Private *self = static_cast<Private *>( context );
      Error error = Error::Other;
      QString message;
      self->classify( response ? response->code : MQTTASYNC_FAILURE, response ? response->message : nullptr, &error, &message );
      {
        std::lock_guard<std::mutex> guard( self->mutex );
        self->lastErrorKind = error;
        self->lastError = message;
        ++self->attempts;
        if ( !self->stopping )
          self->scheduleRetryLocked();
      }
      logMessage( LogLevel::Warning, QStringLiteral( "feeds" ), message );
      self->notify( State::Disconnected, error, message );
    }

    static void onSubscribe( void *context, MQTTAsync_successData *response )
    {
      Private *self = static_cast<Private *>( context );
      QStringList refused;
      if ( response && self->topicPointers.size() > 1 && response->alt.qosList )
      {
        for ( size_t i = 0; i < self->topicPointers.size(); ++i )
          if ( response->alt.qosList[i] >= 0x80 )
            refused << QString::fromUtf8( self->topicPointers[i] );
      }
      else if ( response && self->topicPointers.size() == 1 && response->alt.qos >= 0x80 )
        refused << QString::fromUtf8( self->topicPointers[0] );
      if ( !refused.isEmpty() )
      {
        self->failSubscription(
            QCoreApplication::translate( "vigie::feeds", "the broker %1 refused the subscription to %2 (not authorized for these topics?)" )
                .arg( self->brokerName(), refused.join( QStringLiteral( ", " ) ) ) );
        return;
      }
      {
        std::lock_guard<std::mutex> guard( self->mutex );
        self->state = State::Connected;
        self->connecting = false;
        self->lastErrorKind = Error::None;
        ++self->attempts;
        self->condition.notify_all();
      }
      logMessage( LogLevel::Info, QStringLiteral( "feeds" ),
                  QCoreApplication::translate( "vigie::feeds", "connected to %1, subscribed to %2" )
                      .arg( self->brokerName(), self->options.topics.join( QStringLiteral( ", " ) ) ) );
      self->notify( State::Connected, Error::None, QString() );
    }

    static void onSubscribeFailure( void *context, MQTTAsync_failureData *response )
    {
      Private *self = static_cast<Private *>( context );
      self->failSubscription( QCoreApplication::translate( "vigie::feeds", "cannot subscribe to %1 on %2 (code %3)" )
                                  .arg( self->options.topics.join( QStringLiteral( ", " ) ), self->brokerName() )
                                  .arg( response ? response->code : -1 ) );
    }

    static int onSslError( const char *text, size_t length, void *context )
    {
      Private *self = static_cast<Private *>( context );
      std::lock_guard<std::mutex> guard( self->mutex );
      QString line = QString::fromUtf8( text, int( length ) ).trimmed();
      // OpenSSL lines look like "4087...:error:0A000086:SSL routines::certificate verify failed:...": keep the reason
      const QStringList parts = line.split( QLatin1Char( ':' ) );
      if ( parts.size() > 5 )
        line =
            parts.at( 5 ).trimmed().isEmpty()
                ? line
                : parts.at( 5 ).trimmed() + ( parts.size() > 6 && !parts.at( 6 ).isEmpty()
                                                  ? QStringLiteral( " (" ) + parts.mid( 6 ).join( QLatin1Char( ':' ) ) + QLatin1Char( ')' )
                                                  : QString() );
      if ( !self->sslErrors.contains( line ) )
        self->sslErrors += ( self->sslErrors.isEmpty() ? QString() : QStringLiteral( "; " ) ) + line;
      return 1;
    }

    void connectNow()
    {
      MQTTAsync_connectOptions opts = MQTTAsync_connectOptions_initializer;
      MQTTAsync_SSLOptions ssl = MQTTAsync_SSLOptions_initializer;
      opts.keepAliveInterval = options.keepAliveSeconds;
      opts.cleansession = options.cleanSession ? 1 : 0;
      opts.connectTimeout = options.connectTimeoutSeconds;
      opts.MQTTVersion = MQTTVERSION_3_1_1;
      opts.automaticReconnect = 0; // the supervisor reconnects (also when the very first attempt fails)
      opts.onSuccess = &Private::onConnect;
      opts.onFailure = &Private::onConnectFailure;
      opts.context = this;
      if ( !userName.isEmpty() )
        opts.username = userName.constData();
      if ( !password.isEmpty() )
        opts.password = password.constData();
      if ( tls )
      {
        ssl.trustStore = caFile.isEmpty() ? nullptr : caFile.constData();
        ssl.keyStore = certFile.isEmpty() ? nullptr : certFile.constData();
        ssl.privateKey = keyFile.isEmpty() ? nullptr : keyFile.constData();
        ssl.enableServerCertAuth = options.verifyServer ? 1 : 0;
        ssl.verify = options.verifyServer ? 1 : 0;
        // Paho 1.3 with OpenSSL >= 1.1 ignores sslVersion (it takes TLS_client_method() with no floor):
        // TLS 1.2 is enforced by offering only cipher suites that exist from TLS 1.2 on, so a broker
        // limited to TLS 1.0/1.1 finds no common suite and the handshake fails (TLS 1.3 suites are
        // configured apart and stay on)
        ssl.sslVersion = MQTT_SSL_VERSION_TLS_1_2;
        ssl.enabledCipherSuites = kTls12CipherSuites;
        ssl.ssl_error_cb = &Private::onSslError;
        ssl.ssl_error_context = this;
        opts.ssl = &ssl;
      }
      const int rc = MQTTAsync_connect( handle, &opts );
      if ( rc != MQTTASYNC_SUCCESS )
      {
        const QString message =
            QCoreApplication::translate( "vigie::feeds", "cannot start connecting to %1 (Paho error %2)" ).arg( brokerName() ).arg( rc );
        {
          std::lock_guard<std::mutex> guard( mutex );
          lastErrorKind = Error::Other;
          lastError = message;
          ++attempts;
          scheduleRetryLocked();
        }
        notify( State::Disconnected, Error::Other, message );
      }
    }

    void run()
    {
      std::unique_lock<std::mutex> lock( mutex );
      while ( !stopping )
      {
        if ( !connecting && state != State::Connected && Clock::now() >= nextAttempt )
        {
          connecting = true;
          state = State::Connecting;
          lock.unlock();
          notify( State::Connecting, Error::None, QString() );
          connectNow();
          lock.lock();
          continue;
        }
        if ( connecting || state == State::Connected )
          condition.wait_for( lock, std::chrono::milliseconds( 500 ) );
        else
          condition.wait_until( lock, nextAttempt );
      }
    }
  };

  MqttClient::MqttClient( const MqttOptions &options ) : d( std::make_unique<Private>() )
  {
    d->options = options;
  }

  MqttClient::~MqttClient()
  {
    stop( 0 );
  }

  QString MqttClient::pahoUri( const QString &brokerUrl, bool *tls, QString *errorMessage )
  {
    const QUrl url( brokerUrl.trimmed(), QUrl::StrictMode );
    const QString scheme = url.scheme().toLower();
    bool secure = false;
    if ( scheme == QLatin1String( "mqtts" ) || scheme == QLatin1String( "ssl" ) )
      secure = true;
    else if ( scheme != QLatin1String( "mqtt" ) && scheme != QLatin1String( "tcp" ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate(
                            "vigie::feeds", "invalid broker URL \"%1\": use mqtt://HOST:PORT, mqtts://HOST:PORT, tcp:// or ssl://" )
                            .arg( brokerUrl );
      return QString();
    }
    if ( !url.isValid() || url.host().isEmpty() || ( !url.path().isEmpty() && url.path() != QLatin1String( "/" ) ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::feeds", "invalid broker URL \"%1\": expected %2://HOST:PORT" ).arg( brokerUrl, scheme );
      return QString();
    }
    if ( tls )
      *tls = secure;
    const int port = url.port( secure ? 8883 : 1883 );
    const QString host = url.host().contains( QLatin1Char( ':' ) ) ? QStringLiteral( "[%1]" ).arg( url.host() ) : url.host();
    return QStringLiteral( "%1://%2:%3" ).arg( secure ? QStringLiteral( "ssl" ) : QStringLiteral( "tcp" ), host ).arg( port );
  }

  bool MqttClient::isPermanent( Error error )
  {
    switch ( error )
    {
    case Error::InvalidOptions:
    case Error::TlsHandshake:
    case Error::BadCredentials:
    case Error::NotAuthorized:
    case Error::IdentifierRejected:
    case Error::ProtocolVersion:
    case Error::SubscriptionRefused:
      return true;
    default:
      return false;
    }
  }

  void MqttClient::setMessageHandler( MessageHandler handler )
  {
    d->messageHandler = std::move( handler );
  }

  void MqttClient::setEventHandler( EventHandler handler )
  {
    d->eventHandler = std::move( handler );
  }

  bool MqttClient::start( QString *errorMessage )
  {
    const MqttOptions &o = d->options;
    QString error;
    const QString uri = pahoUri( o.brokerUrl, &d->tls, &error );
    if ( uri.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    if ( o.clientId.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::feeds", "a client id is required: the broker keeps the persistent session under it" );
      return false;
    }
    if ( o.topics.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "no topic to subscribe to" );
      return false;
    }
    if ( o.qos < 0 || o.qos > 2 )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "invalid QoS %1 (0, 1 or 2)" ).arg( o.qos );
      return false;
    }
    if ( !d->tls && ( !o.caFile.isEmpty() || !o.certFile.isEmpty() ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds",
                                                     "TLS files are given but the broker URL %1 is not a TLS one (use mqtts:// or ssl://)" )
                            .arg( o.brokerUrl );
      return false;
    }
    if ( o.certFile.isEmpty() != o.keyFile.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::feeds", "a client certificate needs both the certificate file and its key file" );
      return false;
    }
    for ( const QString &file : { o.caFile, o.certFile, o.keyFile } )
    {
      if ( !file.isEmpty() && !QFileInfo( file ).isReadable() )
      {
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate( "vigie::feeds", "cannot read the TLS file %1" ).arg( QDir::toNativeSeparators( file ) );
        return false;
      }
    }
    for ( const QString &topic : o.topics )
    {
      if ( topic.isEmpty() ||
           ( topic.contains( QLatin1Char( '#' ) ) && !( topic == QLatin1String( "#" ) || topic.endsWith( QLatin1String( "/#" ) ) ) ) ||
           topic.indexOf( QLatin1Char( '#' ) ) != topic.lastIndexOf( QLatin1Char( '#' ) ) )
      {
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate( "vigie::feeds", "invalid topic filter \"%1\" (# only as the last level)" ).arg( topic );
        return false;
      }
    }

    d->uri = uri.toUtf8();
    d->clientId = o.clientId.toUtf8();
    d->userName = o.userName.toUtf8();
    d->password = o.password.toUtf8();
    d->caFile = QFile::encodeName( o.caFile );
    d->certFile = QFile::encodeName( o.certFile );
    d->keyFile = QFile::encodeName( o.keyFile );
    d->topicBytes.clear();
    for ( const QString &topic : o.topics )
      d->topicBytes.push_back( topic.toUtf8() );
    d->topicPointers.clear();
    for ( QByteArray &topic : d->topicBytes )
      d->topicPointers.push_back( topic.data() );
    d->qosList.assign( d->topicBytes.size(), o.qos );

    // Paho formats protocol-level trace lines into its in-memory trace buffer for every packet
    // unless told otherwise: errors only (measured: a visible share of the receive thread)
    MQTTAsync_setTraceLevel( MQTTASYNC_TRACE_ERROR );
    int persistenceType = MQTTCLIENT_PERSISTENCE_NONE;
    void *persistenceContext = nullptr;
    if ( !o.persistenceDirectory.isEmpty() )
    {
      if ( !QDir().mkpath( o.persistenceDirectory ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::feeds", "cannot create the folder %1" )
                              .arg( QDir::toNativeSeparators( o.persistenceDirectory ) );
        return false;
      }
      d->persistence = QFile::encodeName( o.persistenceDirectory );
      persistenceType = MQTTCLIENT_PERSISTENCE_DEFAULT;
      persistenceContext = d->persistence.data();
    }
    int rc = MQTTAsync_create( &d->handle, d->uri.constData(), d->clientId.constData(), persistenceType, persistenceContext );
    if ( rc != MQTTASYNC_SUCCESS )
    {
      d->handle = nullptr;
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "cannot create the MQTT client for %1 (Paho error %2)" )
                            .arg( o.brokerUrl )
                            .arg( rc );
      return false;
    }
    rc = MQTTAsync_setCallbacks( d->handle, d.get(), &Private::onConnectionLost, &Private::onMessage, nullptr );
    if ( rc != MQTTASYNC_SUCCESS )
    {
      MQTTAsync_destroy( &d->handle );
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "cannot set the MQTT callbacks (Paho error %1)" ).arg( rc );
      return false;
    }
    d->stopping = false;
    d->nextAttempt = Clock::now();
    d->supervisor = std::thread( [this] { d->run(); } );
    return true;
  }

  bool MqttClient::waitConnected( int timeoutMs, Error *error, QString *errorMessage )
  {
    std::unique_lock<std::mutex> lock( d->mutex );
    const bool done = d->condition.wait_for( lock, std::chrono::milliseconds( timeoutMs ),
                                             [this] { return d->state == State::Connected || d->attempts > 0 || d->stopping; } );
    if ( d->state == State::Connected )
      return true;
    if ( error )
      *error = done ? d->lastErrorKind : Error::Unreachable;
    if ( errorMessage )
      *errorMessage = done ? d->lastError
                           : QCoreApplication::translate( "vigie::feeds", "no answer from the broker %1 within %2 s" )
                                 .arg( d->options.brokerUrl )
                                 .arg( timeoutMs / 1000.0 );
    return false;
  }

  void MqttClient::stop( int timeoutMs )
  {
    {
      std::lock_guard<std::mutex> guard( d->mutex );
      if ( !d->handle )
        return;
      d->stopping = true;
      d->condition.notify_all();
    }
    if ( d->supervisor.joinable() )
      d->supervisor.join();
    if ( MQTTAsync_isConnected( d->handle ) )
    {
      std::mutex doneMutex;
      std::condition_variable doneCondition;
      bool finished = false;
      struct Waiter
      {
        std::mutex *mutex;
        std::condition_variable *condition;
        bool *finished;
      } waiter{ &doneMutex, &doneCondition, &finished };
      MQTTAsync_disconnectOptions opts = MQTTAsync_disconnectOptions_initializer;
      opts.timeout = timeoutMs;
      opts.context = &waiter;
      opts.onSuccess = []( void *context, MQTTAsync_successData * )
      {
        Waiter *w = static_cast<Waiter *>( context );
        std::lock_guard<std::mutex> guard( *w->mutex );
        *w->finished = true;
        w->condition->notify_all();
      };
      opts.onFailure = []( void *context, MQTTAsync_failureData * )
      {
        Waiter *w = static_cast<Waiter *>( context );
        std::lock_guard<std::mutex> guard( *w->mutex );
        *w->finished = true;
        w->condition->notify_all();
      };
      if ( MQTTAsync_disconnect( d->handle, &opts ) == MQTTASYNC_SUCCESS )
      {
        std::unique_lock<std::mutex> lock( doneMutex );
        doneCondition.wait_for( lock, std::chrono::milliseconds( timeoutMs + 1000 ), [&finished] { return finished; } );
      }
    }
    MQTTAsync_destroy( &d->handle );
    d->handle = nullptr;
    {
      std::lock_guard<std::mutex> guard( d->mutex );
      d->state = State::Stopped;
    }
    d->password.fill( '\0' );
  }

  MqttClient::State MqttClient::state() const
  {
    std::lock_guard<std::mutex> guard( d->mutex );
    return d->state;
  }

  bool MqttClient::isConnected() const
  {
    return state() == State::Connected;
  }

  int MqttClient::reconnects() const
  {
    std::lock_guard<std::mutex> guard( d->mutex );
    return d->reconnects;
  }

  QString MqttClient::lastError() const
  {
    std::lock_guard<std::mutex> guard( d->mutex );
    return d->lastError;
  }
} // namespace vigie::feeds
