// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_MQTTCLIENT_H
#define VIGIE_FEEDS_MQTTCLIENT_H

#include "vigie_feeds_export.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace vigie::feeds
{
  //! How to reach a broker. The password is passed in by the caller and never stored by Vigie.
  struct MqttOptions
  {
    QString brokerUrl;  //!< mqtt://, mqtts://, tcp:// or ssl://HOST[:PORT] (1883, or 8883 with TLS)
    QString clientId;   //!< fixed id: the broker keeps the persistent session under it
    QStringList topics; //!< topic filters (+ and # wildcards), subscribed at QoS 1
    int qos = 1;
    QString caFile;           //!< PEM CA bundle that signs the broker's certificate (empty: system store)
    QString certFile;         //!< PEM client certificate (mutual TLS), optional
    QString keyFile;          //!< PEM private key of certFile
    bool verifyServer = true; //!< check the broker's certificate chain and host name
    QString userName;
    QString password;
    bool cleanSession = false; //!< false: persistent session, queued QoS 1 messages survive disconnects
    int keepAliveSeconds = 20;
    int connectTimeoutSeconds = 10;
    int minRetryMs = 500;   //!< first reconnect delay, doubled on each failure...
    int maxRetryMs = 30000; //!< ...up to this
    //! Paho's own file persistence (messages received but not yet handed to the callback); empty: in memory.
    QString persistenceDirectory;
  };

  /**
   * \brief MQTT subscriber on Eclipse Paho C (MQTTAsync): TLS 1.2 minimum, QoS 1 subscriptions on
   * a persistent session, automatic reconnect with exponential backoff and resubscription.
   *
   * Messages are handed to the MessageHandler on Paho's receive thread. When it returns true the
   * message is done for Paho; false keeps it in Paho's queue (and persistence) to be delivered again.
   * Note: Paho C 1.3 sends the QoS 1 PUBACK just before calling the handler (eclipse-paho/paho.mqtt.c
   * issue 522), so the handler must make the message durable at once (Journal::append).
   */
  class VIGIE_FEEDS_EXPORT MqttClient
  {
  public:
    //! Why a connection failed, for a clear message and to decide whether retrying can help.
    enum class Error
    {
      None,
      InvalidOptions,     //!< bad URL, missing file, ...
      Unreachable,        //!< no broker at that address (refused, unknown host, timeout)
      TlsHandshake,       //!< TLS failed: untrusted or wrong certificate, client certificate refused
      BadCredentials,     //!< CONNACK 4: bad user name or password
      NotAuthorized,      //!< CONNACK 5
      IdentifierRejected, //!< CONNACK 2: client id refused
      ProtocolVersion,    //!< CONNACK 1
      ServerUnavailable,  //!< CONNACK 3
      SubscriptionRefused,
      ConnectionLost,
      Other,
    };

    enum class State
    {
      Disconnected,
      Connecting,
      Connected, //!< connected and subscribed
      Stopped,
    };

    struct Event
    {
      State state = State::Disconnected;
      Error error = Error::None;
      QString message; //!< human-readable, names the broker and the reason
    };

    using MessageHandler = std::function<bool( const char *topic, int topicLength, const char *payload, int payloadLength )>;
    using EventHandler = std::function<void( const Event &event )>;

    explicit MqttClient( const MqttOptions &options );
    ~MqttClient();
    MqttClient( const MqttClient & ) = delete;
    MqttClient &operator=( const MqttClient & ) = delete;

    //! Normalises a broker URL to Paho's form (tcp://host:port or ssl://host:port); empty + message when invalid.
    static QString pahoUri( const QString &brokerUrl, bool *tls, QString *errorMessage );
    //! True for errors that retrying will not fix (credentials, TLS, refused id): the caller may give up.
    static bool isPermanent( Error error );

    void setMessageHandler( MessageHandler handler );
    //! Called from Paho and supervisor threads on every state change.
    void setEventHandler( EventHandler handler );

    //! Checks the options, creates the Paho client and starts connecting (and reconnecting) in the background.
    bool start( QString *errorMessage );
    //! Blocks until connected and subscribed, or until the first connection attempt failed or \a timeoutMs passed.
    bool waitConnected( int timeoutMs, Error *error, QString *errorMessage );
    //! Disconnects (up to \a timeoutMs for in-flight acknowledgements) and stops reconnecting.
    void stop( int timeoutMs = 2000 );

    State state() const;
    bool isConnected() const;
    //! Successful connections after the first one.
    int reconnects() const;
    //! The last error message (empty when none).
    QString lastError() const;

  private:
    struct Private;
    std::unique_ptr<Private> d;
  };
} // namespace vigie::feeds

#endif
