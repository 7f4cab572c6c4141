// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_SENSORTHINGSCLIENT_H
#define VIGIE_FEEDS_SENSORTHINGSCLIENT_H

#include "observation.h"
#include "vigie_feeds_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace vigie::feeds
{
  //! A SensorThings Datastream: one time series, the equivalent of a Vigie sensor.
  struct StaDatastream
  {
    QString id;
    QString name;
    QString description;
    QString unitName;
    QString unitSymbol;
    QString observationType;
  };

  //! A SensorThings Thing with its Datastreams.
  struct StaThing
  {
    QString id;
    QString name;
    QString description;
    QList<StaDatastream> datastreams;
  };

  /**
   * \brief HTTP side of the feeds: OGC SensorThings API (discovery of Things and Datastreams,
   * history of a Datastream's Observations, following @iot.nextLink) and FIWARE NGSI-LD
   * (entities by type, temporal queries) for the Smart Data Models Streetlight, WaterObserved,
   * WasteContainer and DeviceMeasurement.
   *
   * The calls block on a local event loop until every page is read (for vigie-cli and worker
   * threads); every failure names the URL and the reason: network error, HTTP status,
   * malformed page. Paging stops at maxPages() and on a nextLink seen before.
   */
  class VIGIE_FEEDS_EXPORT SensorThingsClient : public QObject
  {
    Q_OBJECT

  public:
    explicit SensorThingsClient( QObject *parent = nullptr );
    ~SensorThingsClient() override;

    //! Milliseconds without an answer before a request fails (default 30,000).
    void setTimeout( int milliseconds );
    //! Pages followed at most by one call (default 10,000).
    void setMaxPages( int pages );
    int maxPages() const;

    /**
     * \brief Called with each page of observations as soon as it is read and decoded (in the
     * server's order): the history importer stores one page per transaction. Returning false
     * (with \a errorMessage set) stops the paging: the call then fails with that message.
     */
    using PageHandler = std::function<bool( const QUrl &pageUrl, const QList<Observation> &observations, QString *errorMessage )>;

    //! NGSI-LD tenant sent as the NGSILD-Tenant header (empty: the default tenant).
    void setTenant( const QString &tenant );
    QString tenant() const;

    //! Things of the service (\a serviceRoot ends with /v1.1 or /v1.0) with their Datastreams.
    bool discover( const QUrl &serviceRoot, QList<StaThing> *things, QString *errorMessage );

    /**
     * \brief Observations of a Datastream in [from, to) (invalid bounds: open), oldest first.
     * The sensor id is the Datastream id (as for SensorThings over MQTT); the unit is the
     * Datastream's unitOfMeasurement symbol.
     */
    bool observations( const QUrl &serviceRoot, const QString &datastreamId, const QDateTime &from, const QDateTime &to,
                       QList<Observation> *observations, QString *errorMessage );

    //! Same as observations(), one page at a time (observations outside [from, to) dropped).
    bool observationPages( const QUrl &serviceRoot, const QString &datastreamId, const QDateTime &from, const QDateTime &to,
                           const PageHandler &handler, QString *errorMessage );

    //! Datastreams of one Thing (paged through @iot.nextLink).
    bool thingDatastreams( const QUrl &serviceRoot, const QString &thingId, QList<StaDatastream> *datastreams, QString *errorMessage );

    //! NGSI-LD entities of \a type (e.g. "WaterObserved"), paged by limit/offset, as observations ("entityId/property").
    bool ngsiEntities( const QUrl &brokerRoot, const QString &type, QList<Observation> *observations, QString *errorMessage );

    /**
     * \brief NGSI-LD temporal query: every instance of the numeric properties of the entities of
     * \a type between \a from and \a to (normalized or temporalValues representation).
     */
    bool ngsiTemporal( const QUrl &brokerRoot, const QString &type, const QDateTime &from, const QDateTime &to,
                       QList<Observation> *observations, QString *errorMessage );

    //! Same as ngsiEntities(), one page (limit/offset) at a time.
    bool ngsiEntityPages( const QUrl &brokerRoot, const QString &type, const PageHandler &handler, QString *errorMessage );
    //! Same as ngsiTemporal(), one page (limit/offset) at a time.
    bool ngsiTemporalPages( const QUrl &brokerRoot, const QString &type, const QDateTime &from, const QDateTime &to,
                            const PageHandler &handler, QString *errorMessage );

    //! GET \a url and parse the body as JSON; false with the URL and the reason.
    bool getJson( const QUrl &url, QJsonDocument *document, QString *errorMessage, QByteArray *linkHeader = nullptr );

  private:
    QNetworkAccessManager *mNetwork = nullptr;
    int mTimeout = 30000;
    int mMaxPages = 10000;
    QString mTenant;
  };

  //! Observations of an NGSI-LD temporal representation (one entity or an array of them).
  VIGIE_FEEDS_EXPORT bool parseNgsiTemporal( const QJsonDocument &document, QList<Observation> *observations, QString *errorMessage );
} // namespace vigie::feeds

#endif
