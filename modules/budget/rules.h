// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGET_RULES_H
#define VIGIE_BUDGET_RULES_H

#include "election.h"
#include "vigie_budget_export.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace vigie::budget
{
  //! Voter utility u_i(p) (pabutools satisfaction classes, FORMAT.md 2.1).
  enum class Satisfaction
  {
    Cost,        //!< Cost_Sat: c(p) when p is on the ballot (any listed project counts)
    Cardinality, //!< Cardinality_Sat: 1 when p is on the ballot
    Points,      //!< Additive_Cardinal_Sat: the points given (1 per listed project on approval and ordinal ballots)
  };

  enum class RuleKind
  {
    Greedy,          //!< greedy_utilitarian_welfare
    EqualShares,     //!< method_of_equal_shares
    Phragmen,        //!< sequential_phragmen
    GreedyThreshold, //!< city rule: greedy by score among projects scoring at least min_project_score_threshold
    GreedyNoSkip,    //!< city rule: greedy by score, stops at the first project that does not fit
    GreedyByScore,   //!< city rule "greedy": by score (votes or points), skipping what does not fit
  };

  enum class Completion
  {
    None,
    Greedy,     //!< greedy with the same satisfaction on what MES leaves
    Add1Greedy, //!< Add1 (raise the voters' budget by one unit until exhausted), then greedy
  };

  //! A rule with its options, parsed from "mes-cost", "greedy-points", "phragmen", "city", ...
  struct VIGIE_BUDGET_EXPORT RuleSpec
  {
    RuleKind kind = RuleKind::Greedy;
    Satisfaction satisfaction = Satisfaction::Cost;
    Completion completion = Completion::None;
    //! Add1 runs each budget step in certified double precision (exact MES only on close calls and for the
    //! final result); false runs the exact MES at every step, as pabutools does (tests).
    bool add1Incremental = true;
    //! Tests: also runs the exact MES at each step the double-precision run settled, counting disagreements.
    bool add1Verify = false;

    //! "greedy-cost", "mes-cost", "phragmen", "greedy-threshold", ...
    QString name() const;
    //! Name with the completion: "mes-cost+add1-greedy".
    QString fullName() const;
    //! Parses a rule name (\a completion: "none", "greedy", "add1-greedy" or empty). "city" = the rule in META.
    static bool parse( const QString &rule, const QString &completion, const Election &election, RuleSpec &spec,
                       QString *errorMessage = nullptr );
    static QStringList ruleNames();
    static QStringList completionNames();
  };

  //! Why a project ended where it did (data for explanations).
  struct VIGIE_BUDGET_EXPORT ProjectTrace
  {
    enum class Status
    {
      Selected,       //!< chosen by the rule itself
      Completion,     //!< chosen by the completion step
      DidNotFit,      //!< greedy: cost above the money left when it came up
      Unaffordable,   //!< MES: its supporters' money fell below its cost
      NotReached,     //!< rule stopped before it (greedy-no-skip, Phragmén budget stop)
      BelowThreshold, //!< city greedy-threshold: score under min_project_score_threshold
      NoSupport,      //!< nobody has a positive utility for it
      NotChosen,      //!< still a candidate when the rule ended
    };
    Status status = Status::NotChosen;
    int step = -1;                //!< greedy: position in the order; MES/Phragmén: round (1-based)
    std::int64_t budgetLeft = -1; //!< greedy: money left when it came up (1/costScale units)
    int supporters = 0;           //!< voters with a positive utility
    std::int64_t score = 0;       //!< votes (approval) or points (cumulative, scoring)
    double supportersMoney = -1;  //!< MES: money its supporters held in that round
    double rho = -1;              //!< MES: price per unit of utility when selected; Phragmén: new max load
    QString rhoExact;             //!< the same, exact ("p/q")
  };

  //! Result of a rule.
  struct VIGIE_BUDGET_EXPORT Outcome
  {
    RuleSpec spec;
    std::vector<int> selected;        //!< project indices, in the order the rule chose them
    int ruleSelectedCount = 0;        //!< how many of selected come from the rule before completion
    std::int64_t cost = 0;            //!< 1/costScale units
    std::vector<ProjectTrace> traces; //!< one per project
    int rounds = 0;                   //!< MES / Phragmén rounds
    int add1Steps = 0;                //!< Add1: budget steps (one currency unit each) up to the result
    int add1Runs = 0;                 //!< Add1: exact MES runs computed
    int add1FastRuns = 0;             //!< Add1: budget steps settled by the certified double-precision MES
    int add1Mismatches = 0;           //!< Add1 with RuleSpec::add1Verify: steps where it disagreed with the exact MES
    QString voterBudget;              //!< MES: starting money per voter (exact)
    bool contains( int project ) const;
    //! Ids of the selected projects sorted as strings.
    QStringList sortedIds( const Election &election ) const;
  };

  //! Runs \a spec on \a election.
  VIGIE_BUDGET_EXPORT Outcome allocate( const Election &election, const RuleSpec &spec );

  //! Voter utility of project \a p for the ballot item \a item (index into ballotProjects).
  VIGIE_BUDGET_EXPORT std::int64_t utility( const Election &election, Satisfaction satisfaction, int item );
} // namespace vigie::budget

#endif
