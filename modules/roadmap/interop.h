// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAP_INTEROP_H
#define VIGIE_ROADMAP_INTEROP_H

#include "roadmap.h"
#include "vigie_roadmap_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace vigie::roadmap
{
  /**
   * CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets detect the encoding, CRLF).
   * One row per project, the columns of csvColumns(). Lists are ';'-separated; funding items are
   * "SOURCE=EUROS", benefits "KPI|TARGET|UNIT"; a '\\' escapes ';', '|', '=' or '\\' inside an item.
   * Numbers use '.' as the decimal separator (import also accepts ',' and a ';' delimiter).
   */
  VIGIE_ROADMAP_EXPORT QStringList csvColumns();
  VIGIE_ROADMAP_EXPORT QByteArray exportCsv( const Roadmap &roadmap );
  /**
   * Reads projects from CSV. Needs a header row; "title", "domain", "start" and
   * "duration_months" are required, the other columns optional and in any order; a missing id
   * gets a stable id derived from the title and start. False with a message naming the source,
   * the line and the column, and \a roadmap unchanged.
   */
  VIGIE_ROADMAP_EXPORT bool importCsv( const QByteArray &data, Roadmap *roadmap, QString *errorMessage,
                                       const QString &sourceName = QString() );

  /**
   * iCalendar (RFC 5545): two all-day VEVENTs per non-cancelled project, its start milestone
   * (first day of the start month) and its end milestone (last day of the last month). Stable
   * UIDs ("<id>-start@roadmap.vigie"), DTSTAMP = \a stamp in UTC, TEXT escaping, CRLF lines
   * folded at 75 octets without splitting a UTF-8 character.
   */
  VIGIE_ROADMAP_EXPORT QByteArray exportICalendar( const Roadmap &roadmap, const QDateTime &stamp );

  //! GanttProject .gan XML; the mapping is documented in interop.cpp.
  VIGIE_ROADMAP_EXPORT QByteArray exportGanttProject( const Roadmap &roadmap );

  //! Writes CSV, .ics or .gan after the suffix of \a path, atomically. False with a message otherwise.
  VIGIE_ROADMAP_EXPORT bool exportRoadmapFile( const Roadmap &roadmap, const QString &path, QString *errorMessage,
                                               const QDateTime &stamp = QDateTime() );
} // namespace vigie::roadmap

#endif
