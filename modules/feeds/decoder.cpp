// SPDX-License-Identifier: GPL-2.0-or-later
#include "decoder.h"

#include "decoders.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace vigie::feeds
{
  Decoder::~Decoder() = default;

  QStringList decoderNames()
  {
    return { QStringLiteral( "json" ), QStringLiteral( "sensorthings" ), QStringLiteral( "ngsi-ld" ),
             QStringLiteral( "ttn" ),  QStringLiteral( "chirpstack" ),   QStringLiteral( "csv" ) };
  }

  std::unique_ptr<Decoder> createDecoder( const QString &name, QString *error )
  {
    const QString key = name.trimmed().toLower();
    if ( key == QLatin1String( "json" ) )
      return std::make_unique<JsonDecoder>();
    if ( key == QLatin1String( "sensorthings" ) )
      return std::make_unique<SensorThingsDecoder>();
    if ( key == QLatin1String( "ngsi-ld" ) )
      return std::make_unique<NgsiLdDecoder>();
    if ( key == QLatin1String( "ttn" ) )
      return std::make_unique<LoRaWanDecoder>( LoRaWanDecoder::Server::TheThingsStack );
    if ( key == QLatin1String( "chirpstack" ) )
      return std::make_unique<LoRaWanDecoder>( LoRaWanDecoder::Server::ChirpStack );
    if ( key == QLatin1String( "csv" ) )
      return std::make_unique<CsvDecoder>();
    if ( error )
      *error = QCoreApplication::translate( "vigie::feeds", "unknown decoder \"%1\" (known: %2)" )
                   .arg( name, decoderNames().join( QStringLiteral( ", " ) ) );
    return nullptr;
  }

  bool resolveJsonPointer( const QJsonValue &root, const QString &pointer, QJsonValue *result )
  {
    if ( pointer.isEmpty() )
    {
      *result = root;
      return true;
    }
    if ( !pointer.startsWith( QLatin1Char( '/' ) ) )
      return false;
    QJsonValue current = root;
    const QStringList tokens = pointer.mid( 1 ).split( QLatin1Char( '/' ) );
    for ( QString token : tokens )
    {
      token.replace( QStringLiteral( "~1" ), QStringLiteral( "/" ) );
      token.replace( QStringLiteral( "~0" ), QStringLiteral( "~" ) );
      if ( current.isObject() )
      {
        const QJsonObject object = current.toObject();
        if ( !object.contains( token ) )
          return false;
        current = object.value( token );
      }
      else if ( current.isArray() )
      {
        // RFC 6901: decimal index without leading zeros
        static const QRegularExpression indexPattern( QStringLiteral( "^(0|[1-9][0-9]*)$" ) );
        if ( !indexPattern.match( token ).hasMatch() )
          return false;
        bool ok = false;
        const int index = token.toInt( &ok );
        const QJsonArray array = current.toArray();
        if ( !ok || index >= array.size() )
          return false;
        current = array.at( index );
      }
      else
      {
        return false;
      }
    }
    *result = current;
    return true;
  }

  QDateTime parseIsoTime( const QString &text )
  {
    static const QRegularExpression pattern(
        QStringLiteral( "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(Z|z|[+-]\\d{2}(?::?\\d{2})?)?$" ) );
    const QRegularExpressionMatch match = pattern.match( text.trimmed() );
    if ( !match.hasMatch() )
      return QDateTime();
    const QDate date( match.captured( 1 ).toInt(), match.captured( 2 ).toInt(), match.captured( 3 ).toInt() );
    int milliseconds = 0;
    if ( !match.captured( 7 ).isEmpty() )
      milliseconds = QString( match.captured( 7 ) + QStringLiteral( "00" ) ).left( 3 ).toInt();
    const QTime time( match.captured( 4 ).toInt(), match.captured( 5 ).toInt(), match.captured( 6 ).toInt(), milliseconds );
    if ( !date.isValid() || !time.isValid() )
      return QDateTime();
    QDateTime result( date, time, Qt::UTC );
    const QString zone = match.captured( 8 );
    if ( zone.size() > 1 )
    {
      QString digits = zone.mid( 1 );
      digits.remove( QLatin1Char( ':' ) );
      const int hours = digits.left( 2 ).toInt();
      const int minutes = digits.size() > 2 ? digits.mid( 2, 2 ).toInt() : 0;
      if ( hours > 23 || minutes > 59 )
        return QDateTime();
      const int offset = ( hours * 3600 + minutes * 60 ) * ( zone.startsWith( QLatin1Char( '-' ) ) ? -1 : 1 );
      result = result.addSecs( -offset );
    }
    return result;
  }
} // namespace vigie::feeds
