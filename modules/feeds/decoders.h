// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_DECODERS_H
#define VIGIE_FEEDS_DECODERS_H

#include "decoder.h"

namespace vigie::feeds
{
  /**
   * \brief Generic JSON: one object or an array of objects (gateways batch them); sensor id,
   * time and value found by JSON pointer, the sensor id optionally taken from a topic segment.
   * Time may be an ISO 8601 string or a Unix time number (seconds, or milliseconds above 1e11).
   */
  class VIGIE_FEEDS_EXPORT JsonDecoder : public Decoder
  {
  public:
    struct Options
    {
      QString sensorPointer = QStringLiteral( "/sensor" );
      QString timePointer = QStringLiteral( "/time" );
      QString valuePointer = QStringLiteral( "/value" );
      QString unitPointer = QStringLiteral( "/unit" ); //!< optional in the payload
      int sensorTopicSegment = -1;                     //!< >= 0: sensor id is this '/' segment of the topic (0-based)
    };
    JsonDecoder();
    explicit JsonDecoder( const Options &options );
    QString name() const override { return QStringLiteral( "json" ); }
    QList<Observation> decode( const QByteArray &payload, const QString &topic, QString *error ) const override;

  private:
    //! Flat objects with plain strings and numbers (the usual gateway payload) parsed in one pass
    //! without building a QJsonDocument; false when the payload needs the general path.
    bool decodeFlat( const QByteArray &payload, const QString &topicSensor, QList<Observation> *observations ) const;

    Options mOptions;
    //! Keys of one-level pointers ("/sensor" -> "sensor"); empty when a pointer is deeper (no fast path).
    QByteArray mSensorKey, mTimeKey, mValueKey, mUnitKey;
    bool mFlat = false;
  };

  /**
   * \brief OGC SensorThings Observation(s): MQTT topic v1.x/Datastreams(id)/Observations (the
   * datastream id is the sensor id), or a "Datastream": {"@iot.id"} in the payload; a single
   * Observation or a collection ({"value": [...]}, as HTTP returns). Time = phenomenonTime
   * (start of an interval), else resultTime.
   */
  class VIGIE_FEEDS_EXPORT SensorThingsDecoder : public Decoder
  {
  public:
    QString name() const override { return QStringLiteral( "sensorthings" ); }
    QList<Observation> decode( const QByteArray &payload, const QString &topic, QString *error ) const override;
  };

  /**
   * \brief FIWARE NGSI-LD entities (one, an array, or a notification's "data"), keyValues or
   * normalized. Each numeric property becomes an observation of sensor "entityId/property";
   * time = the property's observedAt, else the entity's observedAt, dateObserved,
   * observationDateTime, binLoggedTime or dateModified; unit from unitCode (UN/CEFACT).
   * Numeric properties with no time at all are skipped.
   */
  class VIGIE_FEEDS_EXPORT NgsiLdDecoder : public Decoder
  {
  public:
    QString name() const override { return QStringLiteral( "ngsi-ld" ); }
    QList<Observation> decode( const QByteArray &payload, const QString &topic, QString *error ) const override;
  };

  /**
   * \brief LoRaWAN network-server uplinks with a decoded payload: The Things Stack v3
   * (end_device_ids.device_id, received_at, uplink_message.decoded_payload) or ChirpStack v4
   * (deviceInfo.devEui, time, object) and v3 (devEUI in base64, objectJSON string).
   * Each numeric leaf of the decoded payload gives sensor "device/path.to.field".
   */
  class VIGIE_FEEDS_EXPORT LoRaWanDecoder : public Decoder
  {
  public:
    enum class Server
    {
      TheThingsStack,
      ChirpStack,
    };
    explicit LoRaWanDecoder( Server server, bool useDeviceName = false );
    QString name() const override;
    QList<Observation> decode( const QByteArray &payload, const QString &topic, QString *error ) const override;

  private:
    Server mServer;
    bool mUseDeviceName = false; //!< ChirpStack: deviceName instead of devEui as device id
  };

  //! CSV text: "sensor,time,value[,unit]" per line; optional header line; blank lines skipped.
  class VIGIE_FEEDS_EXPORT CsvDecoder : public Decoder
  {
  public:
    QString name() const override { return QStringLiteral( "csv" ); }
    QList<Observation> decode( const QByteArray &payload, const QString &topic, QString *error ) const override;
  };
} // namespace vigie::feeds

#endif
