// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_FEEDCONFIG_H
#define VIGIE_FEEDS_FEEDCONFIG_H

#include "decoder.h"
#include "mqttclient.h"
#include "vigie_feeds_export.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace vigie::feeds
{
  /**
   * \brief One MQTT feed as written in a feed configuration file (JSON):
   * \code
   * { "name": "water SCADA", "broker": "mqtts://broker.example:8883", "clientId": "vigie-water",
   *   "topics": ["scada/+/pressure"], "qos": 1,
   *   "decoder": "json", "decoderOptions": { "sensor": "/id", "time": "/ts", "value": "/v", "unit": "/u", "sensorTopicSegment": 1 },
   *   "tls": { "ca": "ca.pem", "cert": "client.pem", "key": "client.key", "verifyServer": true },
   *   "user": "vigie" }
   * \endcode
   * Relative TLS paths are relative to the file. There is no password field, on purpose: the
   * password comes from the QGIS authentication manager (app) or VIGIE_MQTT_PASSWORD / a prompt
   * (CLI), and a file holding one is refused.
   */
  struct VIGIE_FEEDS_EXPORT FeedConfig
  {
    QString name;
    QString brokerUrl;
    QString clientId;
    QStringList topics;
    int qos = 1;
    QString decoder = QStringLiteral( "json" );
    QJsonObject decoderOptions;
    QString caFile;
    QString certFile;
    QString keyFile;
    bool verifyServer = true;
    QString userName;

    //! Reads a feed configuration file; false + message naming the file and the field on error.
    static bool load( const QString &path, FeedConfig *config, QString *errorMessage );
    //! Parses a configuration object; \a baseDirectory resolves relative paths; \a source names it in messages.
    static bool fromJson( const QJsonObject &object, const QString &baseDirectory, const QString &source, FeedConfig *config,
                          QString *errorMessage );
    QJsonObject toJson() const;

    //! The decoder named by the configuration, with its options; nullptr + message when unknown or invalid.
    std::unique_ptr<Decoder> createDecoder( QString *errorMessage ) const;
    //! Client options (the password is added by the caller).
    MqttOptions mqttOptions() const;
  };
} // namespace vigie::feeds

#endif
