// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGET_EXPLANATION_H
#define VIGIE_BUDGET_EXPLANATION_H

#include "privacy.h"
#include "rules.h"
#include "vigie_budget_export.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace vigie::budget
{
  //! Why one project was funded or not, in words and in figures.
  struct VIGIE_BUDGET_EXPORT ProjectExplanation
  {
    int project = -1;
    QString id;
    QString name;
    std::int64_t cost = 0;
    bool funded = false;
    QString status; //!< stable key: "selected", "completion", "did-not-fit", "unaffordable", ...
    QString reason; //!< one translated sentence
    ProjectTrace trace;
  };

  //! Money funded by the values of a project column (category, district).
  struct VIGIE_BUDGET_EXPORT ProjectGroup
  {
    QString value;
    int projects = 0;
    int funded = 0;
    std::int64_t fundedCost = 0;
  };

  //! How satisfied the voters are with an outcome (aggregates only).
  struct VIGIE_BUDGET_EXPORT SatisfactionStatistics
  {
    int voters = 0;
    int votersWithFunded = 0;              //!< at least one project of their ballot funded
    double shareWithFunded = 0;            //!< votersWithFunded / voters
    double meanFundedPerVoter = 0;         //!< funded projects on a ballot, averaged
    double meanFundedCostShare = 0;        //!< share of the cost of a ballot's projects that is funded, averaged over non-empty ballots
    std::vector<int> fundedCountHistogram; //!< [k] = voters with k funded projects on their ballot
  };

  //! The explanation of an outcome: per project, per voter (aggregated), per category/district/voter group.
  struct VIGIE_BUDGET_EXPORT Explanation
  {
    QString rule;
    std::int64_t budget = 0;
    std::int64_t cost = 0;
    std::vector<ProjectExplanation> projects; //!< funded first (in selection order), then the others by id
    SatisfactionStatistics satisfaction;
    std::vector<ProjectGroup> byCategory;
    std::vector<ProjectGroup> byDistrict;
    std::vector<std::pair<QString, std::vector<VoterGroup>>> voterGroups; //!< per personal column (neighborhood, age, sex)
  };

  VIGIE_BUDGET_EXPORT Explanation explain( const Election &election, const Outcome &outcome );
  VIGIE_BUDGET_EXPORT QString explanationText( const Election &election, const Explanation &explanation );
  VIGIE_BUDGET_EXPORT QJsonObject explanationJson( const Election &election, const Explanation &explanation );

  //! Projects funded by one rule and not the other.
  struct VIGIE_BUDGET_EXPORT OutcomeComparison
  {
    QStringList onlyFirst;
    QStringList onlySecond;
    QStringList both;
  };
  VIGIE_BUDGET_EXPORT OutcomeComparison compareOutcomes( const Election &election, const Outcome &first, const Outcome &second );
} // namespace vigie::budget

#endif
