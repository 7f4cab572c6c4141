// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGET_PRIVACY_H
#define VIGIE_BUDGET_PRIVACY_H

#include "election.h"
#include "vigie_budget_export.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace vigie::budget
{
  /**
   * Groups smaller than this are never shown on their own: they are merged into "other"
   * (personal fields are only ever shown aggregated; CNIL deliberation 2019-053).
   */
  constexpr int kMinimumGroupSize = 10;

  /**
   * Pseudonym of a voter id: HMAC-SHA256 keyed with \a key (held by the town hall, never
   * stored with the data), first 16 bytes in hex. The same key gives the same pseudonym, so
   * paper and online counts can still be merged; without the key ids cannot be recovered.
   * PabulibReader applies it on import when ReadOptions::pseudonymKey is set.
   */
  VIGIE_BUDGET_EXPORT QString pseudonym( const QByteArray &key, const QByteArray &voterId );

  //! Voters sharing one value of a personal field (an age band, a sex, a neighbourhood).
  struct VIGIE_BUDGET_EXPORT VoterGroup
  {
    QString value; //!< the value, an age band ("30-44"), or "other" for merged small groups
    int voters = 0;
    int votersWithFunded = 0; //!< voters with at least one funded project on their ballot
  };

  /**
   * Counts of voters by the values of the personal column \a column (age in bands), groups
   * below \a minimumGroupSize merged into "other". \a funded (one flag per project) gives
   * votersWithFunded; empty: not counted. Unknown column: empty result.
   */
  VIGIE_BUDGET_EXPORT std::vector<VoterGroup> aggregateVoterField( const Election &election, const std::string &column,
                                                                   const std::vector<char> &funded = {},
                                                                   int minimumGroupSize = kMinimumGroupSize );

  //! The age band of an age ("18-29"), empty when \a age is not a number.
  VIGIE_BUDGET_EXPORT QString ageBand( const QString &age );
} // namespace vigie::budget

#endif
