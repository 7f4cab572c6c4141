// SPDX-License-Identifier: GPL-2.0-or-later
#include "decoders.h"

#include "sensorkind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace vigie::feeds
{
  namespace
  {
    //! Sets "<decoder> decoder: <reason>" and returns the empty list (all or nothing).
    QList<Observation> fail( QString *error, const QString &decoder, const QString &reason )
    {
      if ( error )
        *error = QCoreApplication::translate( "vigie::feeds", "%1 decoder: %2" ).arg( decoder, reason );
      return {};
    }

    //! Parses a JSON document; the reason names the byte offset of a syntax error.
    bool parseJson( const QByteArray &payload, QJsonValue *root, QString *reason )
    {
      if ( payload.trimmed().isEmpty() )
      {
        *reason = QCoreApplication::translate( "vigie::feeds", "empty payload" );
        return false;
      }
      QJsonParseError parseError;
      const QJsonDocument document = QJsonDocument::fromJson( payload, &parseError );
      if ( parseError.error != QJsonParseError::NoError )
      {
        *reason = QCoreApplication::translate( "vigie::feeds", "invalid JSON at offset %1: %2" )
                      .arg( parseError.offset )
                      .arg( parseError.errorString() );
        return false;
      }
      *root = document.isArray() ? QJsonValue( document.array() ) : QJsonValue( document.object() );
      return true;
    }

    //! ISO 8601 string, or Unix time in seconds (milliseconds when above 1e11).
    QDateTime timeFromJson( const QJsonValue &value )
    {
      if ( value.isString() )
        return parseIsoTime( value.toString() );
      if ( value.isDouble() && std::isfinite( value.toDouble() ) )
      {
        const double number = value.toDouble();
        const qint64 milliseconds = std::llround( std::fabs( number ) > 1e11 ? number : number * 1000 );
        return QDateTime::fromMSecsSinceEpoch( milliseconds, Qt::UTC );
      }
      return QDateTime();
    }

    QString describe( const QJsonValue &value )
    {
      switch ( value.type() )
      {
      case QJsonValue::Null:
        return QStringLiteral( "null" );
      case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral( "true" ) : QStringLiteral( "false" );
      case QJsonValue::Double:
        return QString::number( value.toDouble() );
      case QJsonValue::String:
        return QStringLiteral( "\"%1\"" ).arg( value.toString().left( 40 ) );
      case QJsonValue::Array:
        return QCoreApplication::translate( "vigie::feeds", "an array" );
      case QJsonValue::Object:
        return QCoreApplication::translate( "vigie::feeds", "an object" );
      case QJsonValue::Undefined:
        break;
      }
      return QCoreApplication::translate( "vigie::feeds", "nothing" );
    }

    //! Sensor ids may be strings or integers in feeds.
    QString idFromJson( const QJsonValue &value )
    {
      if ( value.isString() )
        return value.toString().trimmed();
      if ( value.isDouble() && std::isfinite( value.toDouble() ) && value.toDouble() == std::floor( value.toDouble() ) )
        return QString::number( static_cast<qint64>( value.toDouble() ) );
      return QString();
    }

    //! Numeric leaves of a decoded payload, with their dotted paths (booleans and strings skipped).
    void collectNumbers( const QJsonValue &value, const QString &path, QList<QPair<QString, double>> &numbers )
    {
      if ( value.isDouble() )
      {
        numbers.append( { path, value.toDouble() } );
      }
      else if ( value.isObject() )
      {
        const QJsonObject object = value.toObject();
        for ( auto it = object.constBegin(); it != object.constEnd(); ++it )
          collectNumbers( it.value(), path.isEmpty() ? it.key() : path + QLatin1Char( '.' ) + it.key(), numbers );
      }
      else if ( value.isArray() )
      {
        const QJsonArray array = value.toArray();
        for ( int i = 0; i < array.size(); ++i )
          collectNumbers( array.at( i ), path.isEmpty() ? QString::number( i ) : path + QLatin1Char( '.' ) + QString::number( i ),
                          numbers );
      }
    }
  } // namespace

  // ---------------------------------------------------------------- generic JSON

  namespace
  {
    //! "/name" -> "name" for a one-level pointer of plain ASCII (no escapes); empty otherwise.
    QByteArray flatKey( const QString &pointer )
    {
      if ( pointer.size() < 2 || pointer.at( 0 ) != QLatin1Char( '/' ) )
        return QByteArray();
      const QString key = pointer.mid( 1 );
      for ( const QChar c : key )
      {
        if ( c.unicode() < 0x20 || c.unicode() >= 0x7f || c == QLatin1Char( '/' ) || c == QLatin1Char( '~' ) || c == QLatin1Char( '"' ) ||
             c == QLatin1Char( '\\' ) )
          return QByteArray();
      }
      return key.toLatin1();
    }

    //! One scalar member of a flat JSON object, as found by the one-pass parser.
    struct FlatValue
    {
      enum Type
      {
        Missing,
        String,
        Number,
        Other, //!< true, false, null
      };
      Type type = Missing;
      const char *begin = nullptr;
      int length = 0;
    };

    //! Minimal one-pass reader of JSON objects whose members are plain strings (ASCII, no escapes),
    //! numbers and literals; anything else (nesting, escapes, non-ASCII) makes it give up.
    class FlatReader
    {
    public:
      FlatReader( const QByteArray &payload ) : mP( payload.constData() ), mEnd( payload.constData() + payload.size() ) {}

      void skipSpace()
      {
        while ( mP < mEnd && ( *mP == ' ' || *mP == '\n' || *mP == '\r' || *mP == '\t' ) )
          ++mP;
      }
      bool atEnd()
      {
        skipSpace();
        return mP == mEnd;
      }
      bool take( char c )
      {
        skipSpace();
        if ( mP < mEnd && *mP == c )
        {
          ++mP;
          return true;
        }
        return false;
      }
      bool peek( char c )
      {
        skipSpace();
        return mP < mEnd && *mP == c;
      }
      //! A string without escapes; [begin, begin + length) is its content.
      bool string( const char **begin, int *length )
      {
        if ( !take( '"' ) )
          return false;
        const char *start = mP;
        while ( mP < mEnd )
        {
          const unsigned char c = static_cast<unsigned char>( *mP );
          if ( c == '"' )
          {
            *begin = start;
            *length = static_cast<int>( mP - start );
            ++mP;
            return true;
          }
          if ( c < 0x20 || c >= 0x80 || c == '\\' )
            return false;
          ++mP;
        }
        return false;
      }
      //! A number as the JSON grammar has it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
      bool number( const char **begin, int *length )
      {
        skipSpace();
        const char *start = mP;
        auto digits = [this]()
        {
          const char *from = mP;
          while ( mP < mEnd && *mP >= '0' && *mP <= '9' )
            ++mP;
          return mP - from;
        };
        if ( mP < mEnd && *mP == '-' )
          ++mP;
        if ( mP < mEnd && *mP == '0' )
          ++mP;
        else if ( digits() == 0 )
          return false;
        if ( mP < mEnd && *mP == '.' )
        {
          ++mP;
          if ( digits() == 0 )
            return false;
        }
        if ( mP < mEnd && ( *mP == 'e' || *mP == 'E' ) )
        {
          ++mP;
          if ( mP < mEnd && ( *mP == '+' || *mP == '-' ) )
            ++mP;
          if ( digits() == 0 )
            return false;
        }
        *begin = start;
        *length = static_cast<int>( mP - start );
        return true;
      }
      bool literal()
      {
        skipSpace();
        for ( const char *word : { "true", "false", "null" } )
        {
          const qsizetype n = qsizetype( qstrlen( word ) );
          if ( mEnd - mP >= n && qstrncmp( mP, word, size_t( n ) ) == 0 )
          {
            mP += n;
            return true;
          }
        }
        return false;
      }
      //! One object; the members named by \a keys (up to 4, empty = unused) land in \a values.
      bool object( const QByteArray *keys, FlatValue *values, int keyCount )
      {
        for ( int k = 0; k < keyCount; ++k )
          values[k] = FlatValue();
        if ( !take( '{' ) )
          return false;
        if ( take( '}' ) )
          return true;
        while ( true )
        {
          const char *key = nullptr;
          int keyLength = 0;
          if ( !string( &key, &keyLength ) || !take( ':' ) )
            return false;
          FlatValue value;
          skipSpace();
          if ( mP >= mEnd )
            return false;
          if ( *mP == '"' )
          {
            value.type = FlatValue::String;
            if ( !string( &value.begin, &value.length ) )
              return false;
          }
          else if ( *mP == '-' || ( *mP >= '0' && *mP <= '9' ) )
          {
            value.type = FlatValue::Number;
            if ( !number( &value.begin, &value.length ) )
              return false;
          }
          else if ( literal() )
            value.type = FlatValue::Other;
          else
            return false; // nested object or array, or invalid
          for ( int k = 0; k < keyCount; ++k )
          {
            const QByteArray &wanted = keys[k];
            if ( !wanted.isEmpty() && wanted.size() == keyLength && memcmp( wanted.constData(), key, size_t( keyLength ) ) == 0 )
            {
              if ( values[k].type != FlatValue::Missing )
                return false; // duplicate member: let the general parser decide
              values[k] = value;
            }
          }
          if ( take( '}' ) )
            return true;
          if ( !take( ',' ) )
            return false;
        }
      }

    private:
      const char *mP;
      const char *mEnd;
    };

    bool flatNumber( const FlatValue &value, double *number )
    {
      if ( value.type != FlatValue::Number )
        return false;
      bool ok = false;
      *number = QByteArray::fromRawData( value.begin, value.length ).toDouble( &ok );
      return ok && std::isfinite( *number );
    }
  } // namespace

  JsonDecoder::JsonDecoder() : JsonDecoder( Options() ) {}

  JsonDecoder::JsonDecoder( const Options &options ) : mOptions( options )
  {
    mSensorKey = flatKey( mOptions.sensorPointer );
    mTimeKey = flatKey( mOptions.timePointer );
    mValueKey = flatKey( mOptions.valuePointer );
    mUnitKey = flatKey( mOptions.unitPointer );
    mFlat = ( !mSensorKey.isEmpty() || mOptions.sensorTopicSegment >= 0 ) && !mTimeKey.isEmpty() && !mValueKey.isEmpty() &&
            ( mOptions.unitPointer.isEmpty() || !mUnitKey.isEmpty() );
  }

  bool JsonDecoder::decodeFlat( const QByteArray &payload, const QString &topicSensor, QList<Observation> *observations ) const
  {
    FlatReader reader( payload );
    const bool array = reader.take( '[' );
    const QByteArray keys[4] = { topicSensor.isEmpty() ? mSensorKey : QByteArray(), mTimeKey, mValueKey, mUnitKey };
    FlatValue values[4];
    QList<Observation> decoded;
    if ( array )
      decoded.reserve( payload.size() / 48 );
    if ( !array || !reader.take( ']' ) )
    {
      while ( true )
      {
        if ( !reader.object( keys, values, 4 ) )
          return false;
        Observation observation;
        // sensor id: a string (trimmed) or an integer
        if ( !topicSensor.isEmpty() )
          observation.sensorId = topicSensor;
        else if ( values[0].type == FlatValue::String )
          observation.sensorId = QString::fromLatin1( values[0].begin, values[0].length ).trimmed();
        else
        {
          double id = 0;
          if ( !flatNumber( values[0], &id ) || id != std::floor( id ) )
            return false;
          observation.sensorId = QString::number( static_cast<qint64>( id ) );
        }
        if ( observation.sensorId.isEmpty() )
          return false;
        // time: ISO 8601 or Unix time (seconds, milliseconds above 1e11)
        if ( values[1].type == FlatValue::String )
          observation.time = parseIsoTime( QString::fromLatin1( values[1].begin, values[1].length ) );
        else
        {
          double number = 0;
          if ( !flatNumber( values[1], &number ) )
            return false;
          const qint64 milliseconds = std::llround( std::fabs( number ) > 1e11 ? number : number * 1000 );
          observation.time = QDateTime::fromMSecsSinceEpoch( milliseconds, Qt::UTC );
        }
        if ( !observation.time.isValid() || !flatNumber( values[2], &observation.value ) )
          return false;
        if ( !mOptions.unitPointer.isEmpty() && values[3].type != FlatValue::Missing )
        {
          if ( values[3].type != FlatValue::String )
            return false;
          observation.unit = QString::fromLatin1( values[3].begin, values[3].length );
        }
        decoded.append( observation );
        if ( !array || reader.take( ']' ) )
          break;
        if ( !reader.take( ',' ) )
          return false;
      }
    }
    if ( !reader.atEnd() )
      return false;
    *observations = decoded;
    return true;
  }

  QList<Observation> JsonDecoder::decode( const QByteArray &payload, const QString &topic, QString *error ) const
  {
    QString topicSensor;
    if ( mOptions.sensorTopicSegment >= 0 )
    {
      const QStringList segments = topic.split( QLatin1Char( '/' ) );
      if ( mOptions.sensorTopicSegment >= segments.size() || segments.at( mOptions.sensorTopicSegment ).isEmpty() )
        return fail( error, name(),
                     QCoreApplication::translate( "vigie::feeds", "topic \"%1\" has no segment %2 for the sensor id" )
                         .arg( topic )
                         .arg( mOptions.sensorTopicSegment ) );
      topicSensor = segments.at( mOptions.sensorTopicSegment );
    }
    // the usual payload in one pass; anything unusual or wrong goes through the general path
    // below, which gives the precise error
    QList<Observation> observations;
    if ( mFlat && decodeFlat( payload, topicSensor, &observations ) )
      return observations;

    QJsonValue root;
    QString reason;
    if ( !parseJson( payload, &root, &reason ) )
      return fail( error, name(), reason );

    const QJsonArray items = root.isArray() ? root.toArray() : QJsonArray{ root };
    observations.reserve( items.size() );
    for ( int i = 0; i < items.size(); ++i )
    {
      const QString where = root.isArray() ? QCoreApplication::translate( "vigie::feeds", "item %1: " ).arg( i ) : QString();
      const QJsonValue item = items.at( i );
      if ( !item.isObject() )
        return fail( error, name(),
                     where + QCoreApplication::translate( "vigie::feeds", "expected an object, got %1" ).arg( describe( item ) ) );
      Observation observation;
      observation.sensorId = topicSensor;
      QJsonValue value;
      if ( topicSensor.isEmpty() )
      {
        if ( !resolveJsonPointer( item, mOptions.sensorPointer, &value ) )
          return fail( error, name(),
                       where + QCoreApplication::translate( "vigie::feeds", "missing sensor id %1" ).arg( mOptions.sensorPointer ) );
        observation.sensorId = idFromJson( value );
        if ( observation.sensorId.isEmpty() )
          return fail( error, name(),
                       where + QCoreApplication::translate( "vigie::feeds", "sensor id %1 is %2, not a string or an integer" )
                                   .arg( mOptions.sensorPointer, describe( value ) ) );
      }
      if ( !resolveJsonPointer( item, mOptions.timePointer, &value ) )
        return fail( error, name(), where + QCoreApplication::translate( "vigie::feeds", "missing time %1" ).arg( mOptions.timePointer ) );
      observation.time = timeFromJson( value );
      if ( !observation.time.isValid() )
        return fail( error, name(),
                     where + QCoreApplication::translate( "vigie::feeds", "time %1 is %2, not an ISO 8601 time or a Unix time" )
                                 .arg( mOptions.timePointer, describe( value ) ) );
      if ( !resolveJsonPointer( item, mOptions.valuePointer, &value ) )
        return fail( error, name(),
                     where + QCoreApplication::translate( "vigie::feeds", "missing value %1" ).arg( mOptions.valuePointer ) );
      if ( !value.isDouble() )
        return fail( error, name(),
                     where + QCoreApplication::translate( "vigie::feeds", "value %1 is %2, not a number" )
                                 .arg( mOptions.valuePointer, describe( value ) ) );
      observation.value = value.toDouble();
      if ( !mOptions.unitPointer.isEmpty() && resolveJsonPointer( item, mOptions.unitPointer, &value ) )
      {
        if ( !value.isString() )
          return fail( error, name(),
                       where + QCoreApplication::translate( "vigie::feeds", "unit %1 is %2, not a string" )
                                   .arg( mOptions.unitPointer, describe( value ) ) );
        observation.unit = value.toString();
      }
      observations.append( observation );
    }
    return observations;
  }

  // ---------------------------------------------------------------- SensorThings

  QList<Observation> SensorThingsDecoder::decode( const QByteArray &payload, const QString &topic, QString *error ) const
  {
    QJsonValue root;
    QString reason;
    if ( !parseJson( payload, &root, &reason ) )
      return fail( error, name(), reason );
    if ( !root.isObject() )
      return fail( error, name(),
                   QCoreApplication::translate( "vigie::feeds", "expected an Observation object, got %1" ).arg( describe( root ) ) );

    static const QRegularExpression topicPattern(
        QStringLiteral( "(?:^|/)v1\\.\\d+/Datastreams\\(('?)([^)']+)\\1\\)/Observations(?:$|\\?)" ) );
    const QRegularExpressionMatch match = topicPattern.match( topic );
    const QString topicDatastream = match.hasMatch() ? match.captured( 2 ) : QString();

    const QJsonObject object = root.toObject();
    const bool collection = object.value( QLatin1String( "value" ) ).isArray();
    const QJsonArray items = collection ? object.value( QLatin1String( "value" ) ).toArray() : QJsonArray{ object };
    QList<Observation> observations;
    for ( int i = 0; i < items.size(); ++i )
    {
      const QString where = collection ? QCoreApplication::translate( "vigie::feeds", "value[%1]: " ).arg( i ) : QString();
      if ( !items.at( i ).isObject() )
        return fail(
            error, name(),
            where +
                QCoreApplication::translate( "vigie::feeds", "expected an Observation object, got %1" ).arg( describe( items.at( i ) ) ) );
      const QJsonObject item = items.at( i ).toObject();
      Observation observation;
      observation.sensorId = topicDatastream;
      if ( observation.sensorId.isEmpty() )
        observation.sensorId = idFromJson( item.value( QLatin1String( "Datastream" ) ).toObject().value( QLatin1String( "@iot.id" ) ) );
      if ( observation.sensorId.isEmpty() )
        return fail(
            error, name(),
            where +
                QCoreApplication::translate(
                    "vigie::feeds",
                    "no datastream id: topic \"%1\" is not v1.x/Datastreams(id)/Observations and the payload has no Datastream/@iot.id" )
                    .arg( topic ) );

      const QString timeField =
          item.contains( QLatin1String( "phenomenonTime" ) ) ? QStringLiteral( "phenomenonTime" ) : QStringLiteral( "resultTime" );
      const QJsonValue timeValue = item.value( timeField );
      if ( timeValue.isUndefined() )
        return fail( error, name(),
                     where + QCoreApplication::translate( "vigie::feeds", "missing field phenomenonTime (and resultTime)" ) );
      // an interval "start/end" is dated at its start
      observation.time = timeValue.isString() ? parseIsoTime( timeValue.toString().section( QLatin1Char( '/' ), 0, 0 ) ) : QDateTime();
      if ( !observation.time.isValid() )
        return fail(
            error, name(),
            where +
                QCoreApplication::translate( "vigie::feeds", "%1 is %2, not an ISO 8601 time" ).arg( timeField, describe( timeValue ) ) );

      const QJsonValue result = item.value( QLatin1String( "result" ) );
      if ( result.isUndefined() )
        return fail( error, name(), where + QCoreApplication::translate( "vigie::feeds", "missing field result" ) );
      if ( !result.isDouble() )
        return fail( error, name(),
                     where + QCoreApplication::translate( "vigie::feeds", "result is %1, not a number" ).arg( describe( result ) ) );
      observation.value = result.toDouble();
      observations.append( observation );
    }
    return observations;
  }

  // ---------------------------------------------------------------- NGSI-LD

  QList<Observation> NgsiLdDecoder::decode( const QByteArray &payload, const QString &topic, QString *error ) const
  {
    Q_UNUSED( topic )
    QJsonValue root;
    QString reason;
    if ( !parseJson( payload, &root, &reason ) )
      return fail( error, name(), reason );

    QJsonArray entities;
    if ( root.isArray() )
      entities = root.toArray();
    else if ( root.toObject().value( QLatin1String( "data" ) ).isArray() &&
              ( root.toObject().value( QLatin1String( "type" ) ).toString() == QLatin1String( "Notification" ) ||
                !root.toObject().contains( QLatin1String( "id" ) ) ) )
      entities = root.toObject().value( QLatin1String( "data" ) ).toArray(); // notification
    else
      entities = QJsonArray{ root };

    static const QStringList timeKeys = { QStringLiteral( "observedAt" ), QStringLiteral( "dateObserved" ),
                                          QStringLiteral( "observationDateTime" ), QStringLiteral( "binLoggedTime" ),
                                          QStringLiteral( "dateModified" ) };
    static const QStringList skippedKeys = { QStringLiteral( "id" ),       QStringLiteral( "type" ), QStringLiteral( "@context" ),
                                             QStringLiteral( "location" ), QStringLiteral( "unit" ), QStringLiteral( "dateCreated" ) };

    // the value of a time attribute: "…", {"value": "…"}, {"object": "…"}, {"value": {"@value": "…"}}
    const auto timeText = []( const QJsonValue &value ) -> QJsonValue
    {
      QJsonValue current = value;
      if ( current.isObject() && current.toObject().contains( QLatin1String( "value" ) ) )
        current = current.toObject().value( QLatin1String( "value" ) );
      else if ( current.isObject() && current.toObject().contains( QLatin1String( "object" ) ) )
        current = current.toObject().value( QLatin1String( "object" ) );
      if ( current.isObject() && current.toObject().contains( QLatin1String( "@value" ) ) )
        current = current.toObject().value( QLatin1String( "@value" ) );
      return current;
    };

    QList<Observation> observations;
    for ( int i = 0; i < entities.size(); ++i )
    {
      if ( !entities.at( i ).isObject() )
        return fail(
            error, name(),
            QCoreApplication::translate( "vigie::feeds", "entity %1 is %2, not an object" ).arg( i ).arg( describe( entities.at( i ) ) ) );
      const QJsonObject entity = entities.at( i ).toObject();
      const QString entityId = entity.value( QLatin1String( "id" ) ).toString();
      if ( entityId.isEmpty() )
        return fail( error, name(), QCoreApplication::translate( "vigie::feeds", "entity %1: missing field id" ).arg( i ) );

      QDateTime entityTime;
      for ( const QString &key : timeKeys )
      {
        if ( !entity.contains( key ) )
          continue;
        const QJsonValue text = timeText( entity.value( key ) );
        entityTime = text.isString() ? parseIsoTime( text.toString() ) : QDateTime();
        if ( !entityTime.isValid() )
          return fail( error, name(),
                       QCoreApplication::translate( "vigie::feeds", "entity %1: %2 is %3, not an ISO 8601 time" )
                           .arg( entityId, key, describe( text ) ) );
        break;
      }
      const QJsonValue entityUnit = timeText( entity.value( QLatin1String( "unit" ) ) ); // DeviceMeasurement: unit of numValue

      for ( auto it = entity.constBegin(); it != entity.constEnd(); ++it )
      {
        if ( skippedKeys.contains( it.key() ) || timeKeys.contains( it.key() ) )
          continue;
        Observation observation;
        observation.sensorId = entityId + QLatin1Char( '/' ) + it.key();
        observation.time = entityTime;
        if ( it.value().isDouble() )
        {
          observation.value = it.value().toDouble();
        }
        else if ( it.value().isObject() && it.value().toObject().value( QLatin1String( "value" ) ).isDouble() )
        {
          const QJsonObject property = it.value().toObject();
          const QString type = property.value( QLatin1String( "type" ) ).toString();
          if ( !type.isEmpty() && type != QLatin1String( "Property" ) )
            continue;
          observation.value = property.value( QLatin1String( "value" ) ).toDouble();
          if ( property.contains( QLatin1String( "observedAt" ) ) )
          {
            const QJsonValue observedAt = property.value( QLatin1String( "observedAt" ) );
            observation.time = observedAt.isString() ? parseIsoTime( observedAt.toString() ) : QDateTime();
            if ( !observation.time.isValid() )
              return fail( error, name(),
                           QCoreApplication::translate( "vigie::feeds", "entity %1: %2.observedAt is %3, not an ISO 8601 time" )
                               .arg( entityId, it.key(), describe( observedAt ) ) );
          }
          const QString unitCode = property.value( QLatin1String( "unitCode" ) ).toString();
          if ( !unitCode.isEmpty() )
          {
            const QString unit = unitFromUnCefactCode( unitCode );
            observation.unit = unit.isEmpty() ? unitCode : unit; // unknown codes are reported at conversion
          }
        }
        else
        {
          continue;
        }
        if ( it.key() == QLatin1String( "numValue" ) && observation.unit.isEmpty() && entityUnit.isString() )
        {
          const QString unit = unitFromUnCefactCode( entityUnit.toString() );
          observation.unit = unit.isEmpty() ? entityUnit.toString() : unit;
        }
        if ( !observation.time.isValid() )
          continue; // a static attribute: no time, not an observation
        observations.append( observation );
      }
    }
    return observations;
  }

  // ---------------------------------------------------------------- LoRaWAN

  LoRaWanDecoder::LoRaWanDecoder( Server server, bool useDeviceName ) : mServer( server ), mUseDeviceName( useDeviceName ) {}

  QString LoRaWanDecoder::name() const
  {
    return mServer == Server::TheThingsStack ? QStringLiteral( "ttn" ) : QStringLiteral( "chirpstack" );
  }

  QList<Observation> LoRaWanDecoder::decode( const QByteArray &payload, const QString &topic, QString *error ) const
  {
    Q_UNUSED( topic )
    QJsonValue root;
    QString reason;
    if ( !parseJson( payload, &root, &reason ) )
      return fail( error, name(), reason );
    if ( !root.isObject() )
      return fail( error, name(),
                   QCoreApplication::translate( "vigie::feeds", "expected an uplink object, got %1" ).arg( describe( root ) ) );
    QJsonObject uplink = root.toObject();

    QString device;
    QJsonValue decoded;
    QJsonValue timeValue;
    QString timeField;
    if ( mServer == Server::TheThingsStack )
    {
      device = uplink.value( QLatin1String( "end_device_ids" ) ).toObject().value( QLatin1String( "device_id" ) ).toString();
      if ( device.isEmpty() )
        return fail( error, name(), QCoreApplication::translate( "vigie::feeds", "missing field end_device_ids.device_id" ) );
      if ( !uplink.value( QLatin1String( "uplink_message" ) ).isObject() )
        return fail( error, name(), QCoreApplication::translate( "vigie::feeds", "missing field uplink_message (not an uplink)" ) );
      const QJsonObject message = uplink.value( QLatin1String( "uplink_message" ) ).toObject();
      decoded = message.value( QLatin1String( "decoded_payload" ) );
      if ( decoded.isUndefined() )
        return fail( error, name(),
                     QCoreApplication::translate(
                         "vigie::feeds", "missing field uplink_message.decoded_payload (set a payload formatter on the network server)" ) );
      timeField = QStringLiteral( "received_at" );
      timeValue = uplink.contains( timeField ) ? uplink.value( timeField ) : message.value( timeField );
    }
    else
    {
      // ChirpStack v3 MQTT dumps wrap the event as {"type": "up", "payload": {...}}
      if ( uplink.value( QLatin1String( "payload" ) ).isObject() && uplink.value( QLatin1String( "type" ) ).isString() )
        uplink = uplink.value( QLatin1String( "payload" ) ).toObject();
      const QString nameKey = QStringLiteral( "deviceName" );
      if ( uplink.value( QLatin1String( "deviceInfo" ) ).isObject() ) // v4
      {
        const QJsonObject info = uplink.value( QLatin1String( "deviceInfo" ) ).toObject();
        const QString key = mUseDeviceName ? nameKey : QStringLiteral( "devEui" );
        device = info.value( key ).toString();
        if ( device.isEmpty() )
          return fail( error, name(), QCoreApplication::translate( "vigie::feeds", "missing field deviceInfo.%1" ).arg( key ) );
      }
      else // v3: devEUI is base64 in JSON
      {
        const QString key = mUseDeviceName ? nameKey : QStringLiteral( "devEUI" );
        device = uplink.value( key ).toString();
        if ( device.isEmpty() )
          return fail( error, name(),
                       QCoreApplication::translate( "vigie::feeds", "missing field deviceInfo.devEui (v4) or %1 (v3)" ).arg( key ) );
        static const QRegularExpression hexEui( QStringLiteral( "^[0-9a-fA-F]{16}$" ) );
        if ( !mUseDeviceName && !hexEui.match( device ).hasMatch() )
        {
          const QByteArray bytes = QByteArray::fromBase64( device.toLatin1() );
          if ( bytes.size() != 8 )
            return fail(
                error, name(),
                QCoreApplication::translate( "vigie::feeds", "devEUI \"%1\" is neither hexadecimal nor base64 of 8 bytes" ).arg( device ) );
          device = QString::fromLatin1( bytes.toHex() );
        }
      }
      decoded = uplink.value( QLatin1String( "object" ) );
      if ( decoded.isUndefined() && uplink.value( QLatin1String( "objectJSON" ) ).isString() )
      {
        QString objectReason;
        if ( !parseJson( uplink.value( QLatin1String( "objectJSON" ) ).toString().toUtf8(), &decoded, &objectReason ) )
          return fail( error, name(), QCoreApplication::translate( "vigie::feeds", "objectJSON: %1" ).arg( objectReason ) );
      }
      if ( decoded.isUndefined() )
        return fail( error, name(),
                     QCoreApplication::translate( "vigie::feeds", "missing field object (set a codec on the device profile)" ) );
      // codec results shaped {"data": {...}, "errors": [], "warnings": []}
      const QJsonObject decodedObject = decoded.toObject();
      if ( decodedObject.value( QLatin1String( "data" ) ).isObject() &&
           ( decodedObject.contains( QLatin1String( "errors" ) ) || decodedObject.contains( QLatin1String( "warnings" ) ) ) )
        decoded = decodedObject.value( QLatin1String( "data" ) );
      timeField = QStringLiteral( "time" );
      timeValue = uplink.value( timeField );
      if ( timeValue.isUndefined() || timeValue.isNull() )
      {
        timeField = QStringLiteral( "rxInfo[0].time" );
        timeValue = uplink.value( QLatin1String( "rxInfo" ) ).toArray().at( 0 ).toObject().value( QLatin1String( "time" ) );
      }
      if ( timeValue.isUndefined() || timeValue.isNull() )
      {
        timeField = QStringLiteral( "publishedAt" );
        timeValue = uplink.value( timeField );
      }
    }
    if ( !decoded.isObject() )
      return fail( error, name(),
                   QCoreApplication::translate( "vigie::feeds", "decoded payload is %1, not an object" ).arg( describe( decoded ) ) );
    if ( timeValue.isUndefined() )
      return fail( error, name(), QCoreApplication::translate( "vigie::feeds", "missing field %1" ).arg( timeField ) );
    const QDateTime time = timeValue.isString() ? parseIsoTime( timeValue.toString() ) : QDateTime();
    if ( !time.isValid() )
      return fail(
          error, name(),
          QCoreApplication::translate( "vigie::feeds", "%1 is %2, not an ISO 8601 time" ).arg( timeField, describe( timeValue ) ) );

    QList<QPair<QString, double>> numbers;
    collectNumbers( decoded, QString(), numbers );
    QList<Observation> observations;
    observations.reserve( numbers.size() );
    for ( const auto &number : std::as_const( numbers ) )
    {
      Observation observation;
      observation.sensorId = device + QLatin1Char( '/' ) + number.first;
      observation.time = time;
      observation.value = number.second;
      observations.append( observation );
    }
    return observations;
  }

  // ---------------------------------------------------------------- CSV

  QList<Observation> CsvDecoder::decode( const QByteArray &payload, const QString &topic, QString *error ) const
  {
    Q_UNUSED( topic )
    const QStringList lines = QString::fromUtf8( payload ).split( QLatin1Char( '\n' ) );
    QList<Observation> observations;
    bool first = true;
    for ( int i = 0; i < lines.size(); ++i )
    {
      QString line = lines.at( i );
      if ( line.endsWith( QLatin1Char( '\r' ) ) )
        line.chop( 1 );
      if ( line.trimmed().isEmpty() )
        continue;
      const QStringList fields = line.split( QLatin1Char( ',' ) );
      const bool header = first && fields.first().trimmed().compare( QLatin1String( "sensor" ), Qt::CaseInsensitive ) == 0;
      first = false;
      if ( header )
        continue;
      const QString where = QCoreApplication::translate( "vigie::feeds", "line %1: " ).arg( i + 1 );
      if ( fields.size() < 3 || fields.size() > 4 )
        return fail( error, name(),
                     where + QCoreApplication::translate( "vigie::feeds", "expected 3 or 4 fields (sensor,time,value[,unit]), got %1" )
                                 .arg( fields.size() ) );
      Observation observation;
      observation.sensorId = fields.at( 0 ).trimmed();
      if ( observation.sensorId.isEmpty() )
        return fail( error, name(), where + QCoreApplication::translate( "vigie::feeds", "empty sensor id" ) );
      observation.time = parseIsoTime( fields.at( 1 ) );
      if ( !observation.time.isValid() )
        return fail(
            error, name(),
            where + QCoreApplication::translate( "vigie::feeds", "time \"%1\" is not an ISO 8601 time" ).arg( fields.at( 1 ).trimmed() ) );
      bool ok = false;
      observation.value = QLocale::c().toDouble( fields.at( 2 ).trimmed(), &ok );
      if ( !ok || !std::isfinite( observation.value ) )
        return fail( error, name(),
                     where +
                         QCoreApplication::translate( "vigie::feeds", "value \"%1\" is not a number" ).arg( fields.at( 2 ).trimmed() ) );
      if ( fields.size() == 4 )
        observation.unit = fields.at( 3 ).trimmed();
      observations.append( observation );
    }
    return observations;
  }
} // namespace vigie::feeds
