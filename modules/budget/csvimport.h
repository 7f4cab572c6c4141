// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGET_CSVIMPORT_H
#define VIGIE_BUDGET_CSVIMPORT_H

#include "election.h"
#include "vigie_budget_export.h"

#include <QByteArray>
#include <QString>

namespace vigie::budget
{
  //! What a paper CSV held.
  enum class PaperKind
  {
    Counts,  //!< aggregated counts per project (project id, votes)
    Ballots, //!< anonymous ballots, one row per ballot with the list of approved projects
  };

  /**
   * \brief Import of projects and votes (approval, cumulative, scoring, ordinal) exported by Decidim/CONSUL-style platforms,
   * and merge of the paper vote, into an Election that can be written as a Pabulib .pb.
   *
   * Every CSV: delimiter ',' ';' or tab detected on the header row, UTF-8 with or without BOM,
   * double quotes, header names matched in English or French, case and accents ignored, and
   * a language suffix ignored ("title/fr", "category/name/fr").
   *  - projects: id (id, project_id, id_projet), title (title, titre, name, nom), cost
   *    (budget_amount, cost, coût, montant, budget, amount), category (category, catégorie,
   *    theme) and district (scope, district, quartier, arrondissement) — the last two optional.
   *    Costs accept a decimal comma, thousands separators and a trailing currency sign.
   *  - votes: either one row per voter × project (voter column + project column) or one row
   *    per voter with the list of projects (separated by ',', ';' or '|'). In the first form a
   *    points column (points, puntos, punkty → cumulative ballots; score, note, grade → scoring)
   *    or a rank column (rank, ranking, rang, position, preference, order; 1 = preferred →
   *    ordinal ballots, stored most preferred first) gives the other ballot kinds; without them
   *    the votes are approvals. All the files of one vote must be of the same kind. The voter ids are
   *    replaced on import by pseudonym() keyed with the key passed in: the key is never stored,
   *    and the raw ids never reach the Election. Personal columns age, sex/sexe/gender,
   *    neighbourhood/quartier_residence are kept as voter fields (shown aggregated only).
   *  - paper: aggregated counts (project column + votes/voix/count column), or anonymous
   *    ballots (a list column only).
   *
   * Limitation of aggregated paper counts: they say how many paper voters approved each
   * project, not which projects each paper voter approved together. They are sound only for
   * rules that depend on per-project totals alone — greedy by cost or cardinality
   * satisfaction, greedy by points on approval ballots, and the city rules (greedy by score,
   * greedy-threshold, greedy-no-skip). The Method of Equal Shares and Phragmén need every
   * individual ballot: RuleSpec::parse refuses them on an election holding paper counts.
   * Anonymous paper ballots have no such limit: they are ordinary ballots and every rule counts them.
   * The counts are kept in the PROJECTS column "paper_votes" (Election::paperVotes()), so a
   * .pb written and read back keeps them; per-voter statistics only see individual ballots.
   *
   * Errors name the file, the line and the column; the election is then left unchanged.
   */
  class VIGIE_BUDGET_EXPORT CsvImporter
  {
  public:
    /**
     * Replaces \a election with the projects of \a data (META budget from \a budgetText, vote
     * type approval, no ballots yet).
     */
    static bool importProjects( const QByteArray &data, const QString &sourceName, const QString &budgetText, Election &election,
                                QString *errorMessage = nullptr );
    //! Adds the online ballots of \a data; refuses an empty \a pseudonymKey.
    static bool importVotes( const QByteArray &data, const QString &sourceName, const QByteArray &pseudonymKey, Election &election,
                             QString *errorMessage = nullptr );
    //! Merges paper counts or anonymous paper ballots (\a kind says which the file held).
    static bool mergePaper( const QByteArray &data, const QString &sourceName, Election &election, PaperKind *kind = nullptr,
                            QString *errorMessage = nullptr );

    //! Reads a whole file; false with "path: cannot open: reason".
    static bool readFile( const QString &path, QByteArray &data, QString *errorMessage = nullptr );
  };
} // namespace vigie::budget

#endif
