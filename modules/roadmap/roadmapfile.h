// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAP_ROADMAPFILE_H
#define VIGIE_ROADMAP_ROADMAPFILE_H

#include "roadmap.h"
#include "vigie_roadmap_export.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace vigie::roadmap
{
  /**
   * \brief The roadmap file: JSON, UTF-8, {"format": "vigie-roadmap", "version": 1, ...}.
   * Keys are written in a stable (alphabetical) order, one key per line, projects sorted by id,
   * change log and conflicts in canonical order: two versions of a roadmap diff line by line.
   */
  constexpr int kRoadmapFormatVersion = 1;

  //! The file's root object (normalised copy of \a roadmap).
  VIGIE_ROADMAP_EXPORT QJsonObject roadmapToJson( const Roadmap &roadmap );
  //! Validates and reads a root object, as parseRoadmap() does after the JSON syntax.
  VIGIE_ROADMAP_EXPORT bool roadmapFromJson( const QJsonObject &root, Roadmap *roadmap, QString *errorMessage,
                                             const QString &sourceName = QString() );
  //! The file content (normalised copy of \a roadmap).
  VIGIE_ROADMAP_EXPORT QByteArray serializeRoadmap( const Roadmap &roadmap );
  /**
   * Parses a roadmap file content. False with a message naming \a sourceName and the line and
   * column when the JSON is malformed, or the project id and field when a value is wrong.
   * \a roadmap is left untouched on failure.
   */
  VIGIE_ROADMAP_EXPORT bool parseRoadmap( const QByteArray &data, Roadmap *roadmap, QString *errorMessage,
                                          const QString &sourceName = QString() );
  //! Reads a roadmap file; false with a message naming the file.
  VIGIE_ROADMAP_EXPORT bool readRoadmap( const QString &path, Roadmap *roadmap, QString *errorMessage );
  //! Writes atomically: a reader sees the old file or the new one, never a mix.
  VIGIE_ROADMAP_EXPORT bool writeRoadmap( const QString &path, const Roadmap &roadmap, QString *errorMessage );
  //! "line L, column C" of a byte offset in UTF-8 text (columns count characters, from 1).
  VIGIE_ROADMAP_EXPORT void lineAndColumn( const QByteArray &data, int offset, int *line, int *column );
} // namespace vigie::roadmap

#endif
