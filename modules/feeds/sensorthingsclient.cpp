// SPDX-License-Identifier: GPL-2.0-or-later
#include "sensorthingsclient.h"

#include "decoders.h"
#include "sensorkind.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace vigie::feeds
{
  namespace
  {

    QString shown( const QUrl &url )
    {
      return url.toDisplayString( QUrl::RemovePassword );
    }

    QString idText( const QJsonValue &value )
    {
      if ( value.isString() )
        return value.toString();
      if ( value.isDouble() )
        return QString::number( static_cast<qint64>( value.toDouble() ) );
      return QString();
    }

    //! "Datastreams(42)" or "Datastreams('abc')" as SensorThings addresses entities.
    QString entityKey( const QString &id )
    {
      bool numeric = !id.isEmpty();
      for ( QChar c : id )
        numeric = numeric && c.isDigit();
      return numeric ? id : QStringLiteral( "'%1'" ).arg( QString( id ).replace( QLatin1Char( '\'' ), QStringLiteral( "''" ) ) );
    }

    QUrl withPath( const QUrl &root, const QString &suffix )
    {
      QUrl url = root;
      QString path = root.path();
      while ( path.endsWith( QLatin1Char( '/' ) ) )
        path.chop( 1 );
      url.setPath( path + suffix );
      url.setQuery( QString() );
      return url;
    }

    QString isoTime( const QDateTime &time )
    {
      return time.toUTC().toString( Qt::ISODateWithMs );
    }

    QUrl ngsiPath( const QUrl &root, const QString &suffix )
    {
      return root.path().contains( QLatin1String( "/ngsi-ld/v1" ) ) ? withPath( root, suffix )
                                                                    : withPath( root, QStringLiteral( "/ngsi-ld/v1" ) + suffix );
    }

    StaDatastream datastreamFromJson( const QJsonObject &object )
    {
      StaDatastream ds;
      ds.id = idText( object.value( QLatin1String( "@iot.id" ) ) );
      ds.name = object.value( QLatin1String( "name" ) ).toString();
      ds.description = object.value( QLatin1String( "description" ) ).toString();
      const QJsonObject unit = object.value( QLatin1String( "unitOfMeasurement" ) ).toObject();
      ds.unitName = unit.value( QLatin1String( "name" ) ).toString();
      ds.unitSymbol = unit.value( QLatin1String( "symbol" ) ).toString();
      ds.observationType = object.value( QLatin1String( "observationType" ) ).toString();
      return ds;
    }

    //! Pages of a SensorThings collection: calls \a page with each "value" array, follows @iot.nextLink.
    template <typename PageFunction>
    bool readCollection( SensorThingsClient &client, const QUrl &first, int maxPages, PageFunction page, QString *errorMessage )
    {
      QUrl url = first;
      QSet<QString> seen;
      for ( int n = 0; url.isValid() && !url.isEmpty(); ++n )
      {
        if ( n >= maxPages )
        {
          if ( errorMessage )
            *errorMessage =
                QCoreApplication::translate( "vigie::feeds", "%1: more than %2 pages, stopped" ).arg( shown( first ) ).arg( maxPages );
          return false;
        }
        if ( seen.contains( url.toString() ) )
        {
          if ( errorMessage )
            *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: @iot.nextLink points back to a page already read, stopped" )
                                .arg( shown( url ) );
          return false;
        }
        seen.insert( url.toString() );
        QJsonDocument document;
        if ( !client.getJson( url, &document, errorMessage ) )
          return false;
        const QJsonObject object = document.object();
        if ( !document.isObject() || !object.value( QLatin1String( "value" ) ).isArray() )
        {
          if ( errorMessage )
            *errorMessage =
                QCoreApplication::translate( "vigie::feeds", "%1: malformed page: not a SensorThings collection (no \"value\" array)" )
                    .arg( shown( url ) );
          return false;
        }
        if ( !page( url, object, errorMessage ) )
          return false;
        const QString next = object.value( QLatin1String( "@iot.nextLink" ) ).toString();
        url = next.isEmpty() ? QUrl() : url.resolved( QUrl( next ) );
      }
      return true;
    }
  } // namespace

  SensorThingsClient::SensorThingsClient( QObject *parent ) : QObject( parent ), mNetwork( new QNetworkAccessManager( this ) ) {}

  SensorThingsClient::~SensorThingsClient() = default;

  void SensorThingsClient::setTimeout( int milliseconds )
  {
    mTimeout = milliseconds;
  }

  void SensorThingsClient::setMaxPages( int pages )
  {
    mMaxPages = std::max( 1, pages );
  }

  int SensorThingsClient::maxPages() const
  {
    return mMaxPages;
  }

  void SensorThingsClient::setTenant( const QString &tenant )
  {
    mTenant = tenant;
  }

  QString SensorThingsClient::tenant() const
  {
    return mTenant;
  }

  bool SensorThingsClient::getJson( const QUrl &url, QJsonDocument *document, QString *errorMessage, QByteArray *linkHeader )
  {
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = reason;
      return false;
    };
    if ( !url.isValid() || ( url.scheme() != QLatin1String( "http" ) && url.scheme() != QLatin1String( "https" ) ) )
      return fail(
          QCoreApplication::translate( "vigie::feeds", "%1: not an http(s) URL" ).arg( url.toDisplayString( QUrl::RemovePassword ) ) );
    QNetworkRequest request( url );
    request.setRawHeader( "Accept", "application/json, application/ld+json;q=0.9" );
    request.setAttribute( QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy );
    if ( !mTenant.isEmpty() )
      request.setRawHeader( "NGSILD-Tenant", mTenant.toUtf8() );
    QNetworkReply *reply = mNetwork->get( request );
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot( true );
    bool timedOut = false;
    connect( &timer, &QTimer::timeout, &loop,
             [&]()
             {
               timedOut = true;
               reply->abort();
             } );
    connect( reply, &QNetworkReply::finished, &loop, &QEventLoop::quit );
    timer.start( mTimeout );
    if ( !reply->isFinished() )
      loop.exec();
    timer.stop();
    const int status = reply->attribute( QNetworkRequest::HttpStatusCodeAttribute ).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    if ( linkHeader )
      *linkHeader = reply->rawHeader( "Link" );
    reply->deleteLater();
    if ( timedOut )
      return fail(
          QCoreApplication::translate( "vigie::feeds", "%1: no answer within %2 s" ).arg( shown( url ) ).arg( mTimeout / 1000.0 ) );
    if ( status >= 400 )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: HTTP %2 %3" )
                       .arg( shown( url ) )
                       .arg( status )
                       .arg( QString::fromUtf8( body.left( 200 ) ).simplified() ) );
    if ( error != QNetworkReply::NoError )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: %2" ).arg( shown( url ), errorText ) );
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson( body, &parseError );
    if ( parseError.error != QJsonParseError::NoError )
      return fail( QCoreApplication::translate( "vigie::feeds", "%1: malformed page: %2 at byte %3" )
                       .arg( shown( url ), parseError.errorString() )
                       .arg( parseError.offset ) );
    if ( document )
      *document = parsed;
    return true;
  }

  bool SensorThingsClient::discover( const QUrl &serviceRoot, QList<StaThing> *things, QString *errorMessage )
  {
    QList<StaThing> found;
    QUrl url = withPath( serviceRoot, QStringLiteral( "/Things" ) );
    QUrlQuery query;
    query.addQueryItem( QStringLiteral( "$expand" ), QStringLiteral( "Datastreams" ) );
    url.setQuery( query );
    auto page = [&]( const QUrl &pageUrl, const QJsonObject &object, QString *error )
    {
      const QJsonArray items = object.value( QLatin1String( "value" ) ).toArray();
      for ( int i = 0; i < items.size(); ++i )
      {
        if ( !items.at( i ).isObject() )
        {
          if ( error )
            *error = QCoreApplication::translate( "vigie::feeds", "%1: malformed page: value[%2] is not a Thing object" )
                         .arg( shown( pageUrl ) )
                         .arg( i );
          return false;
        }
        const QJsonObject item = items.at( i ).toObject();
        StaThing thing;
        thing.id = idText( item.value( QLatin1String( "@iot.id" ) ) );
        if ( thing.id.isEmpty() )
        {
          if ( error )
            *error = QCoreApplication::translate( "vigie::feeds", "%1: malformed page: value[%2] has no @iot.id" )
                         .arg( shown( pageUrl ) )
                         .arg( i );
          return false;
        }
        thing.name = item.value( QLatin1String( "name" ) ).toString();
        thing.description = item.value( QLatin1String( "description" ) ).toString();
        const QJsonArray datastreams = item.value( QLatin1String( "Datastreams" ) ).toArray();
        for ( const QJsonValue &ds : datastreams )
          thing.datastreams << datastreamFromJson( ds.toObject() );
        // expanded Datastreams can be paged too; without expansion, follow the navigation link
        QString more = item.value( QLatin1String( "Datastreams@iot.nextLink" ) ).toString();
        if ( !item.contains( QLatin1String( "Datastreams" ) ) )
          more = item.value( QLatin1String( "Datastreams@iot.navigationLink" ) ).toString();
        if ( !more.isEmpty() )
        {
          auto dsPage = [&thing]( const QUrl &, const QJsonObject &dsObject, QString * )
          {
            const QJsonArray values = dsObject.value( QLatin1String( "value" ) ).toArray();
            for ( const QJsonValue &ds : values )
              thing.datastreams << datastreamFromJson( ds.toObject() );
            return true;
          };
          if ( !readCollection( *this, pageUrl.resolved( QUrl( more ) ), mMaxPages, dsPage, error ) )
            return false;
        }
        found << thing;
      }
      return true;
    };
    if ( !readCollection( *this, url, mMaxPages, page, errorMessage ) )
      return false;
    if ( things )
      *things = found;
    return true;
  }

  bool SensorThingsClient::observations( const QUrl &serviceRoot, const QString &datastreamId, const QDateTime &from, const QDateTime &to,
                                         QList<Observation> *observations, QString *errorMessage )
  {
    QList<Observation> found;
    auto collect = [&found]( const QUrl &, const QList<Observation> &page, QString * )
    {
      found << page;
      return true;
    };
    if ( !observationPages( serviceRoot, datastreamId, from, to, collect, errorMessage ) )
      return false;
    std::stable_sort( found.begin(), found.end(), []( const Observation &a, const Observation &b ) { return a.time < b.time; } );
    if ( observations )
      *observations = found;
    return true;
  }

  bool SensorThingsClient::observationPages( const QUrl &serviceRoot, const QString &datastreamId, const QDateTime &from,
                                             const QDateTime &to, const PageHandler &handler, QString *errorMessage )
  {
    const QString key = QStringLiteral( "/Datastreams(%1)" ).arg( entityKey( datastreamId ) );
    QJsonDocument datastream;
    if ( !getJson( withPath( serviceRoot, key ), &datastream, errorMessage ) )
      return false;
    const StaDatastream info = datastreamFromJson( datastream.object() );

    QUrl url = withPath( serviceRoot, key + QStringLiteral( "/Observations" ) );
    QUrlQuery query;
    query.addQueryItem( QStringLiteral( "$orderby" ), QStringLiteral( "phenomenonTime asc" ) );
    QStringList filter;
    if ( from.isValid() )
      filter << QStringLiteral( "phenomenonTime ge %1" ).arg( isoTime( from ) );
    if ( to.isValid() )
      filter << QStringLiteral( "phenomenonTime lt %1" ).arg( isoTime( to ) );
    if ( !filter.isEmpty() )
      query.addQueryItem( QStringLiteral( "$filter" ), filter.join( QStringLiteral( " and " ) ) );
    url.setQuery( query );

    const SensorThingsDecoder decoder;
    const QString topic = QStringLiteral( "v1.1/Datastreams(%1)/Observations" ).arg( entityKey( datastreamId ) );
    auto page = [&]( const QUrl &pageUrl, const QJsonObject &object, QString *error )
    {
      if ( object.value( QLatin1String( "value" ) ).toArray().isEmpty() )
        return true;
      QString reason;
      QList<Observation> decoded = decoder.decode( QJsonDocument( object ).toJson( QJsonDocument::Compact ), topic, &reason );
      if ( decoded.isEmpty() && !reason.isEmpty() )
      {
        if ( error )
          *error = QCoreApplication::translate( "vigie::feeds", "%1: malformed page: %2" ).arg( shown( pageUrl ), reason );
        return false;
      }
      QList<Observation> kept;
      kept.reserve( decoded.size() );
      for ( Observation &o : decoded )
      {
        o.sensorId = datastreamId;
        if ( o.unit.isEmpty() )
          o.unit = info.unitSymbol;
        // a server that ignores $filter still gives the asked window
        if ( ( from.isValid() && o.time < from ) || ( to.isValid() && o.time >= to ) )
          continue;
        kept << o;
      }
      return handler( pageUrl, kept, error );
    };
    return readCollection( *this, url, mMaxPages, page, errorMessage );
  }

  bool SensorThingsClient::thingDatastreams( const QUrl &serviceRoot, const QString &thingId, QList<StaDatastream> *datastreams,
                                             QString *errorMessage )
  {
    QList<StaDatastream> found;
    const QUrl url = withPath( serviceRoot, QStringLiteral( "/Things(%1)/Datastreams" ).arg( entityKey( thingId ) ) );
    auto page = [&found]( const QUrl &, const QJsonObject &object, QString * )
    {
      const QJsonArray values = object.value( QLatin1String( "value" ) ).toArray();
      for ( const QJsonValue &ds : values )
      {
        const StaDatastream d = datastreamFromJson( ds.toObject() );
        if ( !d.id.isEmpty() )
          found << d;
      }
      return true;
    };
    if ( !readCollection( *this, url, mMaxPages, page, errorMessage ) )
      return false;
    if ( datastreams )
      *datastreams = found;
    return true;
  }

  bool SensorThingsClient::ngsiEntities( const QUrl &brokerRoot, const QString &type, QList<Observation> *observations,
                                         QString *errorMessage )
  {
    QList<Observation> found;
    auto collect = [&found]( const QUrl &, const QList<Observation> &page, QString * )
    {
      found << page;
      return true;
    };
    if ( !ngsiEntityPages( brokerRoot, type, collect, errorMessage ) )
      return false;
    if ( observations )
      *observations = found;
    return true;
  }

  bool SensorThingsClient::ngsiEntityPages( const QUrl &brokerRoot, const QString &type, const PageHandler &handler, QString *errorMessage )
  {
    constexpr int kLimit = 100;
    const NgsiLdDecoder decoder;
    for ( int page = 0, offset = 0; page < mMaxPages; ++page, offset += kLimit )
    {
      QUrl url = ngsiPath( brokerRoot, QStringLiteral( "/entities" ) );
      QUrlQuery query;
      query.addQueryItem( QStringLiteral( "type" ), type );
      query.addQueryItem( QStringLiteral( "limit" ), QString::number( kLimit ) );
      query.addQueryItem( QStringLiteral( "offset" ), QString::number( offset ) );
      url.setQuery( query );
      QJsonDocument document;
      if ( !getJson( url, &document, errorMessage ) )
        return false;
      if ( !document.isArray() )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: malformed page: expected an array of NGSI-LD entities" )
                              .arg( shown( url ) );
        return false;
      }
      const QJsonArray entities = document.array();
      if ( !entities.isEmpty() )
      {
        QString reason;
        const QList<Observation> decoded = decoder.decode( document.toJson( QJsonDocument::Compact ), QString(), &reason );
        if ( decoded.isEmpty() && !reason.isEmpty() )
        {
          if ( errorMessage )
            *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: malformed page: %2" ).arg( shown( url ), reason );
          return false;
        }
        if ( !handler( url, decoded, errorMessage ) )
          return false;
      }
      if ( entities.size() < kLimit )
        return true;
    }
    if ( errorMessage )
      *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: more than %2 pages, stopped" )
                          .arg( shown( ngsiPath( brokerRoot, QStringLiteral( "/entities" ) ) ) )
                          .arg( mMaxPages );
    return false;
  }

  bool SensorThingsClient::ngsiTemporal( const QUrl &brokerRoot, const QString &type, const QDateTime &from, const QDateTime &to,
                                         QList<Observation> *observations, QString *errorMessage )
  {
    QList<Observation> found;
    auto collect = [&found]( const QUrl &, const QList<Observation> &page, QString * )
    {
      found << page;
      return true;
    };
    if ( !ngsiTemporalPages( brokerRoot, type, from, to, collect, errorMessage ) )
      return false;
    std::stable_sort( found.begin(), found.end(),
                      []( const Observation &a, const Observation &b )
                      { return a.sensorId != b.sensorId ? a.sensorId < b.sensorId : a.time < b.time; } );
    if ( observations )
      *observations = found;
    return true;
  }

  bool SensorThingsClient::ngsiTemporalPages( const QUrl &brokerRoot, const QString &type, const QDateTime &from, const QDateTime &to,
                                              const PageHandler &handler, QString *errorMessage )
  {
    constexpr int kLimit = 100;
    for ( int page = 0, offset = 0; page < mMaxPages; ++page, offset += kLimit )
    {
      QUrl url = ngsiPath( brokerRoot, QStringLiteral( "/temporal/entities" ) );
      QUrlQuery query;
      query.addQueryItem( QStringLiteral( "type" ), type );
      if ( from.isValid() && to.isValid() )
      {
        query.addQueryItem( QStringLiteral( "timerel" ), QStringLiteral( "between" ) );
        query.addQueryItem( QStringLiteral( "timeAt" ), isoTime( from ) );
        query.addQueryItem( QStringLiteral( "endTimeAt" ), isoTime( to ) );
      }
      else if ( from.isValid() )
      {
        query.addQueryItem( QStringLiteral( "timerel" ), QStringLiteral( "after" ) );
        query.addQueryItem( QStringLiteral( "timeAt" ), isoTime( from ) );
      }
      else if ( to.isValid() )
      {
        query.addQueryItem( QStringLiteral( "timerel" ), QStringLiteral( "before" ) );
        query.addQueryItem( QStringLiteral( "timeAt" ), isoTime( to ) );
      }
      query.addQueryItem( QStringLiteral( "limit" ), QString::number( kLimit ) );
      query.addQueryItem( QStringLiteral( "offset" ), QString::number( offset ) );
      url.setQuery( query );
      QJsonDocument document;
      if ( !getJson( url, &document, errorMessage ) )
        return false;
      QString reason;
      QList<Observation> decoded;
      if ( !parseNgsiTemporal( document, &decoded, &reason ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: malformed page: %2" ).arg( shown( url ), reason );
        return false;
      }
      if ( !handler( url, decoded, errorMessage ) )
        return false;
      const int entities = document.isArray() ? static_cast<int>( document.array().size() ) : 1;
      if ( entities < kLimit )
        return true;
    }
    if ( errorMessage )
      *errorMessage = QCoreApplication::translate( "vigie::feeds", "%1: more than %2 pages, stopped" )
                          .arg( shown( ngsiPath( brokerRoot, QStringLiteral( "/temporal/entities" ) ) ) )
                          .arg( mMaxPages );
    return false;
  }

  bool parseNgsiTemporal( const QJsonDocument &document, QList<Observation> *observations, QString *errorMessage )
  {
    QJsonArray entities;
    if ( document.isArray() )
      entities = document.array();
    else if ( document.isObject() )
      entities.append( document.object() );
    else
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "expected an NGSI-LD entity or an array of entities" );
      return false;
    }
    static const QSet<QString> skipped = { QStringLiteral( "id" ), QStringLiteral( "type" ), QStringLiteral( "@context" ),
                                           QStringLiteral( "location" ) };
    for ( int e = 0; e < entities.size(); ++e )
    {
      const QJsonObject entity = entities.at( e ).toObject();
      const QString id = entity.value( QLatin1String( "id" ) ).toString();
      if ( id.isEmpty() )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::feeds", "entity %1 has no id" ).arg( e );
        return false;
      }
      for ( auto it = entity.constBegin(); it != entity.constEnd(); ++it )
      {
        if ( skipped.contains( it.key() ) )
          continue;
        const QString sensor = id + QLatin1Char( '/' ) + it.key();
        auto add = [&]( const QJsonValue &value, const QString &time, const QString &unitCode )
        {
          if ( !value.isDouble() )
            return;
          Observation o;
          o.sensorId = sensor;
          o.value = value.toDouble();
          o.time = parseIsoTime( time );
          const QString unit = unitFromUnCefactCode( unitCode );
          o.unit = unit.isEmpty() ? unitCode : unit;
          if ( o.time.isValid() )
            *observations << o;
        };
        if ( it.value().isArray() )
        {
          // normalized temporal representation: an array of property instances
          const QJsonArray instances = it.value().toArray();
          for ( const QJsonValue &instance : instances )
          {
            const QJsonObject p = instance.toObject();
            add( p.value( QLatin1String( "value" ) ), p.value( QLatin1String( "observedAt" ) ).toString(),
                 p.value( QLatin1String( "unitCode" ) ).toString() );
          }
        }
        else if ( it.value().isObject() && it.value().toObject().value( QLatin1String( "values" ) ).isArray() )
        {
          // temporalValues (simplified) representation: "values": [[value, time], ...]
          const QJsonObject p = it.value().toObject();
          const QJsonArray values = p.value( QLatin1String( "values" ) ).toArray();
          for ( const QJsonValue &pair : values )
          {
            const QJsonArray vt = pair.toArray();
            add( vt.at( 0 ), vt.at( 1 ).toString(), p.value( QLatin1String( "unitCode" ) ).toString() );
          }
        }
        else if ( it.value().isObject() && it.value().toObject().contains( QLatin1String( "observedAt" ) ) )
        {
          const QJsonObject p = it.value().toObject();
          add( p.value( QLatin1String( "value" ) ), p.value( QLatin1String( "observedAt" ) ).toString(),
               p.value( QLatin1String( "unitCode" ) ).toString() );
        }
      }
    }
    return true;
  }
} // namespace vigie::feeds
