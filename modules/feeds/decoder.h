// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_DECODER_H
#define VIGIE_FEEDS_DECODER_H

#include "observation.h"
#include "vigie_feeds_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace vigie::feeds
{
  /**
   * \brief Turns one feed message (MQTT payload, HTTP body, file) into observations.
   * All or nothing: on a malformed payload decode() returns an empty list and sets \a error
   * to a message naming the decoder and the reason; it never throws or crashes.
   */
  class VIGIE_FEEDS_EXPORT Decoder
  {
  public:
    virtual ~Decoder();
    //! Factory name ("json", "sensorthings", ...).
    virtual QString name() const = 0;
    virtual QList<Observation> decode( const QByteArray &payload, const QString &topic, QString *error ) const = 0;
  };

  //! Names accepted by createDecoder().
  VIGIE_FEEDS_EXPORT QStringList decoderNames();

  //! A decoder with its default options, or nullptr with \a error for an unknown name.
  VIGIE_FEEDS_EXPORT std::unique_ptr<Decoder> createDecoder( const QString &name, QString *error = nullptr );

  /**
   * \brief Resolves an RFC 6901 JSON pointer ("/a/0/b", "~0" = "~", "~1" = "/") in \a root;
   * "" is the whole document. Returns false when a step does not exist.
   */
  VIGIE_FEEDS_EXPORT bool resolveJsonPointer( const QJsonValue &root, const QString &pointer, QJsonValue *result );

  /**
   * \brief Parses an ISO 8601 time to UTC with millisecond precision: "Z" or ±hh:mm offsets,
   * fractional seconds of any length (truncated to ms), no offset = UTC. Invalid QDateTime on error.
   */
  VIGIE_FEEDS_EXPORT QDateTime parseIsoTime( const QString &text );
} // namespace vigie::feeds

#endif
