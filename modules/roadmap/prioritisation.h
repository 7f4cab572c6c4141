// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAP_PRIORITISATION_H
#define VIGIE_ROADMAP_PRIORITISATION_H

#include "roadmap.h"
#include "vigie_roadmap_export.h"

#include <QList>
#include <QString>

namespace vigie::roadmap
{
  //! Weights of the four criteria; any non-negative values, normalised to a sum of 1 when scoring.
  struct VIGIE_ROADMAP_EXPORT Weights
  {
    double impact = 0.4;
    double cost = 0.2;
    double feasibility = 0.2;
    double demand = 0.2;

    //! Parses "impact=0.5,cost=0.2,feasibility=0.2,demand=0.1" (keys may be left out: they keep their value).
    static bool fromString( const QString &text, Weights *weights, QString *errorMessage );
    QString toString() const;
    double sum() const { return impact + cost + feasibility + demand; }
  };

  //! Impact/effort matrix quadrants.
  enum class MatrixClass
  {
    QuickWin,     //!< high impact, low effort: do first
    Structural,   //!< high impact, high effort: plan over several years
    FillIn,       //!< low impact, low effort: when resources allow
    Questionable, //!< low impact, high effort: reconsider
  };
  VIGIE_ROADMAP_EXPORT QString matrixClassKey( MatrixClass c );
  VIGIE_ROADMAP_EXPORT QString matrixClassDisplayName( MatrixClass c );

  //! Where the quadrant lines are, and the horizon of the life-cycle cost.
  struct VIGIE_ROADMAP_EXPORT MatrixOptions
  {
    double impactThreshold = 5.0; //!< on the 0..10 impact scale: >= is "high impact"
    double effortThreshold = 0.5; //!< on the 0..1 effort scale: >= is "high effort"
    int costHorizonYears = 10;    //!< life-cycle cost = capex + opex x horizon
  };

  //! One criterion of one project: the raw value, its 0..1 normalised value and its share of the score.
  struct VIGIE_ROADMAP_EXPORT CriterionScore
  {
    double raw = 0;
    double normalised = 0;
    double contribution = 0; //!< normalised x normalised weight x 100: the four add up to the score
  };

  struct VIGIE_ROADMAP_EXPORT RankedProject
  {
    QString id;
    QString title;
    int rank = 0;     //!< 1 = highest priority
    double score = 0; //!< 0..100
    CriterionScore impact;
    CriterionScore cost; //!< raw: life-cycle cost in euros; normalised: 1 = cheapest
    CriterionScore feasibility;
    CriterionScore demand; //!< raw: citizen votes
    double effort = 0;     //!< 0..1
    MatrixClass matrixClass = MatrixClass::FillIn;
    //! One translated sentence: the score as the sum of the criteria's contributions, and the quadrant.
    QString explanation;
  };

  /**
   * Ranks the projects that are neither done nor cancelled by a weighted sum of four normalised
   * criteria: impact/10, feasibility/10, votes/max votes, and cost as 1 - the min-max normalised
   * log10 of the life-cycle cost (so that one very large project does not flatten all the others).
   * Effort (matrix) = 0.7 x normalised log cost + 0.3 x normalised duration. Ties: by id.
   * False with a message when a weight is negative or all are zero.
   */
  VIGIE_ROADMAP_EXPORT bool rankProjects( const Roadmap &roadmap, const Weights &weights, QList<RankedProject> *ranking,
                                          QString *errorMessage, const MatrixOptions &options = MatrixOptions() );
} // namespace vigie::roadmap

#endif
