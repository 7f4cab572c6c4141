// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGET_BUDGETSTORE_H
#define VIGIE_BUDGET_BUDGETSTORE_H

#include "election.h"
#include "rules.h"
#include "vigie_budget_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace vigie::budget
{
  //! Component of the participatory-budget tables in vigie_schema, and its schema version.
  VIGIE_BUDGET_EXPORT QString budgetStoreComponent();
  constexpr int kBudgetStoreSchemaVersion = 1;

  //! The rule `budget attach` uses when none is given.
  VIGIE_BUDGET_EXPORT QString defaultAttachRule();

  /**
   * \brief The participatory-budget election attached to a territory (table budget_elections,
   * one row): the .pb file's bytes as read (lossless), its name, the rule and completion chosen
   * by the town hall, when it was attached and the outcome summary computed then.
   */
  struct VIGIE_BUDGET_EXPORT AttachedElection
  {
    QString name;        //!< file name of the .pb ("France_Toulouse_2022_15_....pb")
    QByteArray data;     //!< the .pb file, byte for byte
    QString sha256;      //!< hex digest of data, checked when read back
    QString rule;        //!< "mes-cost", "city", ...
    QString completion;  //!< "", "none", "greedy", "add1-greedy"
    QDateTime attached;  //!< UTC
    QJsonObject summary; //!< allocationJson() at attach time
  };

  //! An allocation: the election, the rule and what it funded (what `budget allocate` prints).
  struct VIGIE_BUDGET_EXPORT AllocationResult
  {
    Election election;
    RuleSpec spec;
    QString ruleName; //!< as given ("mes-cost")
    Outcome outcome;
    double seconds = 0; //!< time of allocate()
  };

  /**
   * Runs \a rule (+ \a completion) on \a election: the code path of `vigie-cli budget allocate`
   * and `budget show`. False with the reason when the rule or completion is unknown or does not
   * apply to this vote.
   */
  VIGIE_BUDGET_EXPORT bool runAllocation( const Election &election, const QString &rule, const QString &completion,
                                          AllocationResult *result, QString *errorMessage = nullptr );

  /**
   * The JSON object of `budget allocate FILE --rule R --json` as text, keys in this order:
   * selected, cost, budget, rule, seconds, then \a extra's keys (money printed exactly as
   * Election::formatMoney writes it).
   */
  VIGIE_BUDGET_EXPORT QString allocationJsonText( const AllocationResult &result, const QJsonObject &extra = QJsonObject() );

  //! The keys `budget show` adds to those of `budget allocate`: name, completion, projects, voters, currency, attached, date_end.
  VIGIE_BUDGET_EXPORT QJsonObject attachedJsonExtra( const AttachedElection &attached, const AllocationResult &result );

  /**
   * Reads \a pbPath, counts it with \a rule and \a completion and stores it in the territory
   * \a territoryPath (GeoPackage or PG:), replacing the election attached before, in one
   * transaction. Nothing changes when the file cannot be read, the rule does not apply or the
   * territory cannot be written. \a attached receives what was stored, \a result the count.
   */
  VIGIE_BUDGET_EXPORT bool attachElection( const QString &territoryPath, const QString &pbPath, const QString &rule,
                                           const QString &completion, AttachedElection *attached = nullptr, QString *errorMessage = nullptr,
                                           AllocationResult *result = nullptr );
  //! The same for .pb bytes already read (\a name: the file name shown and stored).
  VIGIE_BUDGET_EXPORT bool attachElectionData( const QString &territoryPath, const QByteArray &data, const QString &name,
                                               const QString &rule, const QString &completion, AttachedElection *attached = nullptr,
                                               QString *errorMessage = nullptr, AllocationResult *result = nullptr );

  /**
   * The election attached to \a territoryPath. False with the reason when the territory cannot be
   * read; true with \a found false when no election is attached (no budget table, or it is empty).
   */
  VIGIE_BUDGET_EXPORT bool attachedElection( const QString &territoryPath, AttachedElection *attached, bool *found,
                                             QString *errorMessage = nullptr );

  //! Counts \a attached again from its stored bytes with its stored rule and completion; false with the reason.
  VIGIE_BUDGET_EXPORT bool countAttachedElection( const AttachedElection &attached, AllocationResult *result,
                                                  QString *errorMessage = nullptr );

  /**
   * The attached election counted again from its stored bytes with its stored rule: what
   * `vigie-cli budget show TERRITORY --json` prints and what the review deck shows.
   * False with the reason when nothing is attached (\a found false) or it cannot be counted.
   */
  VIGIE_BUDGET_EXPORT bool attachedAllocation( const QString &territoryPath, AttachedElection *attached, AllocationResult *result,
                                               bool *found, QString *errorMessage = nullptr );

  //! The date the vote closed (META date_end, "dd.MM.yyyy" or ISO), invalid when absent.
  VIGIE_BUDGET_EXPORT QDate electionEndDate( const Election &election );
} // namespace vigie::budget

#endif
