// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_SCADA_H
#define VIGIE_HYDRAULICS_SCADA_H

#include "vigie_hydraulics_export.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace vigie::hydraulics
{
  //! One SCADA table: a value per (row, column); rows share ScadaData::times.
  struct VIGIE_HYDRAULICS_EXPORT ScadaTable
  {
    QString fileName; //!< the file it was read from (for messages)
    QStringList columns;
    QVector<double> values; //!< row-major, rows x columns.size()

    bool isEmpty() const { return columns.isEmpty(); }
    int rowCount() const { return columns.isEmpty() ? 0 : values.size() / columns.size(); }
    int column( const QString &name ) const { return columns.indexOf( name ); }
    double value( int row, int column ) const { return values.at( row * columns.size() + column ); }
  };

  /**
   * \brief SCADA records in the BattLeDIM layout: 5-minute pressures (m), flows (m³/h),
   * tank levels (m) and AMR demands (L/h), one file each with a first Timestamp column.
   *
   * Reads both conventions found in the wild: the simulated files (`Pressures.csv.gz`,
   * `,` separator, `.` decimal mark) and the official Zenodo files
   * (`2018_SCADA_Pressures.csv`, `;` separator, `,` decimal mark), gzip-compressed or not.
   */
  struct VIGIE_HYDRAULICS_EXPORT ScadaData
  {
    QString directory;
    QVector<qint64> times; //!< seconds since 1970-01-01 00:00 of each row (timestamps carry no zone: read as UTC)
    ScadaTable pressures;
    ScadaTable flows;
    ScadaTable levels;
    ScadaTable demands;   //!< empty when the folder has no AMR file
    ScadaTable leakages;  //!< leak outflows (training data only), empty when absent

    int rowCount() const { return times.size(); }
    //! Median spacing of the timestamps (s); 300 for BattLeDIM.
    qint64 step() const;

    /**
     * Reads the SCADA files of \a directory. Pressures, Flows and Levels are required; Demands
     * and Leakages are read when present (\a withDemands false skips the large AMR file).
     * Every file must have the same timestamps. False with "file:line: column: reason".
     */
    bool read( const QString &directory, bool withDemands = true, QString *errorMessage = nullptr );
  };

  //! Finds "<kind>.csv[.gz]" or "*_SCADA_<kind>.csv[.gz]" / "*_<kind>.csv" in \a directory; empty when none.
  VIGIE_HYDRAULICS_EXPORT QString findScadaFile( const QString &directory, const QString &kind );

  //! Reads a whole file, gunzipping it when it starts with the gzip magic; false with the reason.
  VIGIE_HYDRAULICS_EXPORT bool readMaybeGzip( const QString &path, QByteArray *data, QString *errorMessage = nullptr );

  /**
   * Reads one SCADA CSV (any separator convention): \a times gets the timestamps, \a table
   * the columns after the first. False with "file:line: column N (name): reason".
   */
  VIGIE_HYDRAULICS_EXPORT bool readScadaTable( const QString &path, ScadaTable *table, QVector<qint64> *times,
                                               QString *errorMessage = nullptr );

  //! Parses "YYYY-MM-DD HH:MM[:SS]" (also 'T' between date and time) as UTC seconds; false when malformed.
  VIGIE_HYDRAULICS_EXPORT bool parseScadaTime( const char *begin, const char *end, qint64 *seconds );
  //! "YYYY-MM-DD HH:MM" of UTC seconds.
  VIGIE_HYDRAULICS_EXPORT QString formatScadaTime( qint64 seconds );
} // namespace vigie::hydraulics

#endif
