// SPDX-License-Identifier: GPL-2.0-or-later
#include "feedconfig.h"

#include "decoders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::feeds
{
  namespace
  {

    //! Path of the first key that looks like a secret ("password", "passwd", "secret"), searched recursively.
    QString findSecret( const QJsonValue &value, const QString &path )
    {
      if ( value.isObject() )
      {
        const QJsonObject object = value.toObject();
        for ( auto it = object.begin(); it != object.end(); ++it )
        {
          const QString key = it.key().toLower();
          const QString here = path + QLatin1Char( '/' ) + it.key();
          if ( key.contains( QLatin1String( "password" ) ) || key.contains( QLatin1String( "passwd" ) ) ||
               key == QLatin1String( "secret" ) || key == QLatin1String( "pass" ) )
            return here;
          const QString inner = findSecret( it.value(), here );
          if ( !inner.isEmpty() )
            return inner;
        }
      }
      else if ( value.isArray() )
      {
        const QJsonArray array = value.toArray();
        for ( int i = 0; i < array.size(); ++i )
        {
          const QString inner = findSecret( array.at( i ), path + QLatin1Char( '/' ) + QString::number( i ) );
          if ( !inner.isEmpty() )
            return inner;
        }
      }
      return QString();
    }
  } // namespace

  bool FeedConfig::load( const QString &path, FeedConfig *config, QString *errorMessage )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "cannot read the feed configuration %1: %2" )
                            .arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson( file.readAll(), &parseError );
    if ( parseError.error != QJsonParseError::NoError )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: invalid JSON at byte %2: %3" )
                            .arg( QDir::toNativeSeparators( path ) )
                            .arg( parseError.offset )
                            .arg( parseError.errorString() );
      return false;
    }
    if ( !document.isObject() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: a feed configuration is a JSON object" )
                            .arg( QDir::toNativeSeparators( path ) );
      return false;
    }
    return fromJson( document.object(), QFileInfo( path ).absolutePath(), QDir::toNativeSeparators( path ), config, errorMessage );
  }

  bool FeedConfig::fromJson( const QJsonObject &object, const QString &baseDirectory, const QString &source, FeedConfig *config,
                             QString *errorMessage )
  {
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = QStringLiteral( "%1: %2" ).arg( source, message );
      return false;
    };
    const QString secret = findSecret( object, QString() );
    if ( !secret.isEmpty() )
      return fail( QCoreApplication::translate(
                       "vigie::feeds",
                       "\"%1\": a feed configuration must not hold a password; give it with the environment variable VIGIE_MQTT_PASSWORD "
                       "or at the prompt (CLI), or in the QGIS authentication manager (app)" )
                       .arg( secret ) );
    static const QStringList known = { QStringLiteral( "name" ),           QStringLiteral( "broker" ), QStringLiteral( "clientId" ),
                                       QStringLiteral( "topics" ),         QStringLiteral( "qos" ),    QStringLiteral( "decoder" ),
                                       QStringLiteral( "decoderOptions" ), QStringLiteral( "tls" ),    QStringLiteral( "user" ) };
    for ( auto it = object.begin(); it != object.end(); ++it )
      if ( !known.contains( it.key() ) )
        return fail( QCoreApplication::translate( "vigie::feeds", "unknown field \"%1\" (known: %2)" )
                         .arg( it.key(), known.join( QStringLiteral( ", " ) ) ) );

    FeedConfig c;
    auto stringField = [&]( const QJsonObject &o, const QString &key, const QString &where, QString *target, bool required )
    {
      const QJsonValue v = o.value( key );
      if ( v.isUndefined() || v.isNull() )
      {
        if ( required )
          return fail( QCoreApplication::translate( "vigie::feeds", "missing field \"%1\"" ).arg( where + key ) );
        return true;
      }
      if ( !v.isString() )
        return fail( QCoreApplication::translate( "vigie::feeds", "field \"%1\" must be a string" ).arg( where + key ) );
      *target = v.toString();
      return true;
    };
    if ( !stringField( object, QStringLiteral( "name" ), QString(), &c.name, false ) ||
         !stringField( object, QStringLiteral( "broker" ), QString(), &c.brokerUrl, true ) ||
         !stringField( object, QStringLiteral( "clientId" ), QString(), &c.clientId, false ) ||
         !stringField( object, QStringLiteral( "decoder" ), QString(), &c.decoder, false ) ||
         !stringField( object, QStringLiteral( "user" ), QString(), &c.userName, false ) )
      return false;
    QString uriError;
    if ( MqttClient::pahoUri( c.brokerUrl, nullptr, &uriError ).isEmpty() )
      return fail( QCoreApplication::translate( "vigie::feeds", "field \"broker\": %1" ).arg( uriError ) );

    const QJsonValue topics = object.value( QStringLiteral( "topics" ) );
    if ( topics.isString() )
      c.topics << topics.toString();
    else if ( topics.isArray() )
    {
      const QJsonArray array = topics.toArray();
      for ( int i = 0; i < array.size(); ++i )
      {
        if ( !array.at( i ).isString() || array.at( i ).toString().isEmpty() )
          return fail( QCoreApplication::translate( "vigie::feeds", "field \"topics/%1\" must be a non-empty string" ).arg( i ) );
        c.topics << array.at( i ).toString();
      }
    }
    if ( c.topics.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::feeds", "field \"topics\" must list at least one topic filter" ) );

    const QJsonValue qos = object.value( QStringLiteral( "qos" ) );
    if ( !qos.isUndefined() )
    {
      if ( !qos.isDouble() || qos.toDouble() != qos.toInt() || qos.toInt() < 0 || qos.toInt() > 2 )
        return fail( QCoreApplication::translate( "vigie::feeds", "field \"qos\" must be 0, 1 or 2" ) );
      c.qos = qos.toInt();
    }

    const QJsonValue options = object.value( QStringLiteral( "decoderOptions" ) );
    if ( !options.isUndefined() && !options.isObject() )
      return fail( QCoreApplication::translate( "vigie::feeds", "field \"decoderOptions\" must be an object" ) );
    c.decoderOptions = options.toObject();

    const QJsonValue tls = object.value( QStringLiteral( "tls" ) );
    if ( !tls.isUndefined() )
    {
      if ( !tls.isObject() )
        return fail( QCoreApplication::translate( "vigie::feeds", "field \"tls\" must be an object" ) );
      const QJsonObject t = tls.toObject();
      static const QStringList tlsKnown = { QStringLiteral( "ca" ), QStringLiteral( "cert" ), QStringLiteral( "key" ),
                                            QStringLiteral( "verifyServer" ) };
      for ( auto it = t.begin(); it != t.end(); ++it )
        if ( !tlsKnown.contains( it.key() ) )
          return fail( QCoreApplication::translate( "vigie::feeds", "unknown field \"tls/%1\" (known: %2)" )
                           .arg( it.key(), tlsKnown.join( QStringLiteral( ", " ) ) ) );
      if ( !stringField( t, QStringLiteral( "ca" ), QStringLiteral( "tls/" ), &c.caFile, false ) ||
           !stringField( t, QStringLiteral( "cert" ), QStringLiteral( "tls/" ), &c.certFile, false ) ||
           !stringField( t, QStringLiteral( "key" ), QStringLiteral( "tls/" ), &c.keyFile, false ) )
        return false;
      const QJsonValue verify = t.value( QStringLiteral( "verifyServer" ) );
      if ( !verify.isUndefined() )
      {
        if ( !verify.isBool() )
          return fail( QCoreApplication::translate( "vigie::feeds", "field \"tls/verifyServer\" must be true or false" ) );
        c.verifyServer = verify.toBool();
      }
      for ( QString *file : { &c.caFile, &c.certFile, &c.keyFile } )
        if ( !file->isEmpty() && QFileInfo( *file ).isRelative() )
          *file = QDir( baseDirectory ).filePath( *file );
    }
    QString decoderError;
    if ( !c.createDecoder( &decoderError ) )
      return fail( decoderError );
    *config = c;
    return true;
  }

  QJsonObject FeedConfig::toJson() const
  {
    QJsonObject object;
    if ( !name.isEmpty() )
      object.insert( QStringLiteral( "name" ), name );
    object.insert( QStringLiteral( "broker" ), brokerUrl );
    if ( !clientId.isEmpty() )
      object.insert( QStringLiteral( "clientId" ), clientId );
    object.insert( QStringLiteral( "topics" ), QJsonArray::fromStringList( topics ) );
    object.insert( QStringLiteral( "qos" ), qos );
    object.insert( QStringLiteral( "decoder" ), decoder );
    if ( !decoderOptions.isEmpty() )
      object.insert( QStringLiteral( "decoderOptions" ), decoderOptions );
    if ( !caFile.isEmpty() || !certFile.isEmpty() || !verifyServer )
    {
      QJsonObject tls;
      if ( !caFile.isEmpty() )
        tls.insert( QStringLiteral( "ca" ), caFile );
      if ( !certFile.isEmpty() )
        tls.insert( QStringLiteral( "cert" ), certFile );
      if ( !keyFile.isEmpty() )
        tls.insert( QStringLiteral( "key" ), keyFile );
      tls.insert( QStringLiteral( "verifyServer" ), verifyServer );
      object.insert( QStringLiteral( "tls" ), tls );
    }
    if ( !userName.isEmpty() )
      object.insert( QStringLiteral( "user" ), userName );
    return object;
  }

  std::unique_ptr<Decoder> FeedConfig::createDecoder( QString *errorMessage ) const
  {
    const QString key = decoder.trimmed().toLower();
    if ( key == QLatin1String( "json" ) )
    {
      JsonDecoder::Options o;
      static const QStringList known = { QStringLiteral( "sensor" ), QStringLiteral( "time" ), QStringLiteral( "value" ),
                                         QStringLiteral( "unit" ), QStringLiteral( "sensorTopicSegment" ) };
      for ( auto it = decoderOptions.begin(); it != decoderOptions.end(); ++it )
      {
        if ( !known.contains( it.key() ) )
        {
          if ( errorMessage )
            *errorMessage =
                QCoreApplication::translate( "vigie::feeds", "unknown option \"decoderOptions/%1\" of the json decoder (known: %2)" )
                    .arg( it.key(), known.join( QStringLiteral( ", " ) ) );
          return nullptr;
        }
        if ( it.key() == QLatin1String( "sensorTopicSegment" ) )
        {
          if ( !it.value().isDouble() || it.value().toInt() < 0 )
          {
            if ( errorMessage )
              *errorMessage = QCoreApplication::translate(
                  "vigie::feeds", "option \"decoderOptions/sensorTopicSegment\" must be a topic level index (0, 1, ...)" );
            return nullptr;
          }
          o.sensorTopicSegment = it.value().toInt();
          continue;
        }
        if ( !it.value().isString() || ( !it.value().toString().isEmpty() && !it.value().toString().startsWith( QLatin1Char( '/' ) ) ) )
        {
          if ( errorMessage )
            *errorMessage =
                QCoreApplication::translate( "vigie::feeds", "option \"decoderOptions/%1\" must be a JSON pointer such as \"/value\"" )
                    .arg( it.key() );
          return nullptr;
        }
        QString *target = it.key() == QLatin1String( "sensor" )  ? &o.sensorPointer
                          : it.key() == QLatin1String( "time" )  ? &o.timePointer
                          : it.key() == QLatin1String( "value" ) ? &o.valuePointer
                                                                 : &o.unitPointer;
        *target = it.value().toString();
      }
      return std::make_unique<JsonDecoder>( o );
    }
    if ( key == QLatin1String( "chirpstack" ) && decoderOptions.value( QStringLiteral( "useDeviceName" ) ).toBool() )
      return std::make_unique<LoRaWanDecoder>( LoRaWanDecoder::Server::ChirpStack, true );
    if ( !decoderOptions.isEmpty() && !( key == QLatin1String( "chirpstack" ) && decoderOptions.size() == 1 &&
                                         decoderOptions.contains( QStringLiteral( "useDeviceName" ) ) ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "the %1 decoder takes no decoderOptions (chirpstack: useDeviceName)" )
                            .arg( decoder );
      return nullptr;
    }
    return vigie::feeds::createDecoder( decoder, errorMessage );
  }

  MqttOptions FeedConfig::mqttOptions() const
  {
    MqttOptions o;
    o.brokerUrl = brokerUrl;
    o.clientId = clientId;
    o.topics = topics;
    o.qos = qos;
    o.caFile = caFile;
    o.certFile = certFile;
    o.keyFile = keyFile;
    o.verifyServer = verifyServer;
    o.userName = userName;
    return o;
  }
} // namespace vigie::feeds
