// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_HISTORYIMPORT_H
#define VIGIE_FEEDS_HISTORYIMPORT_H

#include "observation.h"
#include "vigie_feeds_export.h"

#include <QChar>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace vigie::feeds
{
  class ObservationStore;

  //! Where a history import reads from.
  enum class HistorySource
  {
    SensorThings, //!< OGC SensorThings API service root (…/v1.1)
    NgsiLd,       //!< FIWARE NGSI-LD context broker (entities or temporal queries)
    Csv,          //!< a CSV file
  };

  /**
   * \brief How a CSV file is read. By default the format of the CSV decoder: "sensor,time,value[,unit]"
   * with an optional header line. A column is a header name or a 1-based number; names need a header
   * (the first non-blank line with no numeric field). A fixed \a sensorId replaces the sensor column
   * (a file of one sensor: "time,value").
   */
  struct CsvHistoryOptions
  {
    QChar delimiter = QLatin1Char( ',' );
    QString sensorColumn; //!< default: "sensor" in a header, else column 1
    QString timeColumn;   //!< default: "time" in a header, else column 2
    QString valueColumn;  //!< default: "value" in a header, else column 3
    QString unitColumn;   //!< default: "unit" in a header, else column 4 when present
    QString sensorId;     //!< every row belongs to this sensor (no sensor column)
    QString unit;         //!< unit of the values when the file has none
  };

  //! What to import.
  struct HistoryImportRequest
  {
    HistorySource source = HistorySource::SensorThings;
    QUrl url;     //!< SensorThings service root or NGSI-LD broker root
    QString file; //!< CSV file
    //! SensorThings: Datastreams to read; with neither these nor \a things, every Datastream of the service.
    QStringList datastreams;
    QStringList things; //!< SensorThings: every Datastream of these Things
    QStringList ngsiTypes;
    bool temporal = false; //!< NGSI-LD: temporal query (history) instead of the entities' current values
    QString tenant;        //!< NGSI-LD tenant (NGSILD-Tenant header)
    QDateTime from;        //!< included; invalid: open
    QDateTime to;          //!< excluded; invalid: open
    CsvHistoryOptions csv;
    int timeoutMs = 30000;
    int csvBatch = 10000; //!< observations per transaction when importing a CSV file
  };

  //! Progress, sent after each stored page (HTTP) or batch (CSV).
  struct HistoryImportProgress
  {
    int step = 0;  //!< current Datastream / entity type (0-based)
    int steps = 1; //!< number of Datastreams / entity types
    int pages = 0; //!< pages (or CSV batches) stored so far
    qint64 received = 0;
    qint64 stored = 0;
    QString place; //!< URL of the last page, or file
  };

  //! What an import did (counts of ObservationStore::store()).
  struct HistoryImportResult
  {
    int pages = 0; //!< pages (HTTP) or batches (CSV) stored, one transaction each
    qint64 received = 0;
    qint64 stored = 0;
    qint64 duplicates = 0;
    qint64 unboundRegistered = 0;
    qint64 outOfRange = 0;
    qint64 rejected = 0;
    QStringList warnings; //!< rejected observations (place and reason), at most 100
    QStringList sources;  //!< Datastream ids or entity types read
    bool cancelled = false;
  };

  //! Called after each page; returning false cancels the import (what is stored stays: re-running is idempotent).
  using HistoryProgressFunction = std::function<bool( const HistoryImportProgress &progress )>;

  /**
   * \brief Imports history into a territory through the same path as the live feeds: each page of
   * the source is decoded and stored by ObservationStore::store() in one transaction (unit conversion,
   * unknown sensors registered unbound, out-of-range flagged, a (sensor, time) already stored counted
   * as a duplicate). An error (network, HTTP status, malformed page) stops the import with the URL and
   * the reason; the pages before it are stored, the failing one is not, and an import run again stores
   * only what is missing. A CSV file is read and checked whole before anything is stored: a bad line
   * gives "FILE:LINE: reason" and stores nothing.
   * Blocking (for vigie-cli and worker threads: the HTTP client runs a local event loop).
   */
  VIGIE_FEEDS_EXPORT bool importHistory( ObservationStore &store, const HistoryImportRequest &request, HistoryImportResult *result,
                                         QString *errorMessage, const HistoryProgressFunction &progress = {} );

  /**
   * \brief Reads a CSV file of observations (see CsvHistoryOptions); false with "FILE:LINE: reason"
   * (native separators) on the first bad line. Nothing is stored.
   */
  VIGIE_FEEDS_EXPORT bool readCsvHistory( const QString &path, const CsvHistoryOptions &options, QList<Observation> *observations,
                                          QString *errorMessage );

  //! The items of a comma-separated list of ids ("12, 14,,15" -> 12, 14, 15): trimmed, empty ones dropped.
  VIGIE_FEEDS_EXPORT QStringList splitIdList( const QString &text );

  //! The NGSI-LD entity types of the Smart Data Models Vigie reads (Streetlight, WaterObserved, …).
  VIGIE_FEEDS_EXPORT QStringList ngsiSmartDataModelTypes();
} // namespace vigie::feeds

#endif
