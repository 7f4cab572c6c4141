// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGET_PABULIB_H
#define VIGIE_BUDGET_PABULIB_H

#include "election.h"
#include "vigie_budget_export.h"

#include <QByteArray>
#include <QString>

namespace vigie::budget
{
  //! How a .pb file is read.
  struct VIGIE_BUDGET_EXPORT ReadOptions
  {
    /**
     * Key of the keyed hash (HMAC-SHA256) that replaces voter ids on import. Empty: ids
     * are kept (tests, files already pseudonymised). The key is never stored with the data.
     */
    QByteArray pseudonymKey;
    //! Refuse ballots breaking the META constraints (min_length, max_length, *_sum_cost, *_points).
    bool checkConstraints = true;
  };

  //! What a .pb file written from an election holds. Individual ballots are off by default (privacy).
  struct VIGIE_BUDGET_EXPORT WriteOptions
  {
    bool exportBallots = false;        //!< write the VOTES rows
    bool exportPersonalFields = false; //!< with the voters' own columns (age, sex, neighborhood, ...)
  };

  /**
   * \brief Pabulib .pb reader, matching how pabutools reads a file (FORMAT.md part 1):
   * BOM, universal newlines, ';'-separated CSV with double quotes, case-insensitive section
   * names, blank rows skipped, "none" cells missing, comma decimals in costs and budget.
   * A hand-written scanner of the UTF-8 bytes: a 4 MB city-wide file parses in a few ms.
   * Errors give "file:line: reason"; the election passed in is then left unchanged.
   */
  class VIGIE_BUDGET_EXPORT PabulibReader
  {
  public:
    static bool readFile( const QString &path, Election &election, QString *errorMessage = nullptr,
                          const ReadOptions &options = ReadOptions() );
    //! Reads .pb \a data; \a sourceName names it in messages.
    static bool readData( const QByteArray &data, const QString &sourceName, Election &election, QString *errorMessage = nullptr,
                          const ReadOptions &options = ReadOptions() );
  };

  //! Pabulib .pb writer: read → write → read gives the same election.
  class VIGIE_BUDGET_EXPORT PabulibWriter
  {
  public:
    static QByteArray toData( const Election &election, const WriteOptions &options = WriteOptions() );
    //! Writes atomically; false with the reason in \a errorMessage.
    static bool writeFile( const QString &path, const Election &election, QString *errorMessage = nullptr,
                           const WriteOptions &options = WriteOptions() );
  };
} // namespace vigie::budget

#endif
