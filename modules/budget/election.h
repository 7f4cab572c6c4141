// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGET_ELECTION_H
#define VIGIE_BUDGET_ELECTION_H

#include "vigie_budget_export.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace vigie::budget
{
  //! Ballot kinds of the Pabulib format (META vote_type).
  enum class VoteType
  {
    Approval,
    ChooseOne,
    Cumulative,
    Scoring,
    Ordinal,
  };

  //! "approval", "choose-1", ... as written in META.
  VIGIE_BUDGET_EXPORT QString voteTypeName( VoteType type );

  //! One row of PROJECTS: the raw cells (kept for the writer) and the parsed cost.
  struct VIGIE_BUDGET_EXPORT Project
  {
    std::string id;                 //!< first cell, trimmed, raw UTF-8: ids compare as byte strings
    std::int64_t cost = 0;          //!< in units of 1 / Election::costScale
    std::vector<std::string> cells; //!< every cell of the row, as read (id and cost included)
    int line = 0;                   //!< line in the source file (0 when built in code)
  };

  /**
   * \brief A participatory-budgeting vote: META, PROJECTS and the ballots of VOTES.
   * Money is held as integers in units of 1 / costScale (costScale = 10^decimals of the
   * most precise cost or budget), points in units of 1 / pointsScale: every rule then
   * compares integers or exact rationals. Ballots are stored flat (CSR) because city-wide
   * votes have 60,000+ voters.
   */
  class VIGIE_BUDGET_EXPORT Election
  {
  public:
    QString sourceName;                                    //!< file the election was read from
    std::vector<std::pair<std::string, std::string>> meta; //!< META rows in file order
    VoteType voteType = VoteType::Approval;
    std::int64_t budget = 0;      //!< total budget B, in units of 1 / costScale
    std::int64_t costScale = 1;   //!< 10^k
    std::int64_t pointsScale = 1; //!< 10^k

    std::vector<std::string> projectColumns; //!< header of PROJECTS
    std::vector<Project> projects;           //!< in file order

    std::vector<std::string> voteColumns;   //!< header of VOTES
    std::vector<std::string> voterIds;      //!< one per ballot (pseudonymised when a key was given)
    std::vector<int> ballotStart;           //!< ballot i = ballotProjects[ballotStart[i] .. ballotStart[i+1])
    std::vector<int> ballotProjects;        //!< project indices; ordinal: most preferred first
    std::vector<std::int64_t> ballotPoints; //!< parallel to ballotProjects (cumulative, scoring), in 1/pointsScale
    std::vector<std::string> extraColumns;  //!< VOTES columns other than voter_id, vote, points
    std::vector<std::string> extraCells;    //!< voterCount() x extraColumns.size(), row-major
    std::vector<int> voterLines;            //!< source line of each ballot (0 when built in code)

    int voterCount() const { return static_cast<int>( voterIds.size() ); }
    int projectCount() const { return static_cast<int>( projects.size() ); }
    //! Whether ballots carry points (cumulative, scoring).
    bool hasPoints() const { return voteType == VoteType::Cumulative || voteType == VoteType::Scoring; }
    int ballotSize( int voter ) const { return ballotStart[voter + 1] - ballotStart[voter]; }

    //! META value of \a key, or an empty string.
    std::string metaValue( const std::string &key ) const;
    QString metaText( const QString &key ) const;
    //! Index of the PROJECTS column \a name, or -1.
    int projectColumn( const std::string &name ) const;
    //! Cell of project \a p in column \a column, or an empty string.
    QString projectCell( int p, const std::string &column ) const;
    //! Index of the extra VOTES column \a name, or -1.
    int extraColumn( const std::string &name ) const;
    //! Index of the project with id \a id, or -1.
    int projectIndex( const std::string &id ) const;
    QString projectId( int p ) const { return QString::fromStdString( projects[static_cast<size_t>( p )].id ); }

    /**
     * Aggregated paper votes per project, from the PROJECTS column "paper_votes" (CsvImporter);
     * empty when the column is absent. Only rules depending on per-project totals may use them
     * (see csvimport.h): RuleSpec::parse refuses MES and Phragmén when hasPaperVotes().
     */
    std::vector<std::int64_t> paperVotes() const;
    bool hasPaperVotes() const { return projectColumn( "paper_votes" ) >= 0; }

    //! Appends a ballot (tests and importers building elections in code).
    void addBallot( const std::string &voterId, const std::vector<int> &projectIndices, const std::vector<std::int64_t> &points = {} );

    //! Money in units of 1 / costScale as exact decimal text ("804828.79", "400000").
    QString formatMoney( std::int64_t amount ) const;
    QString formatPoints( std::int64_t points ) const;

    //! Checks that two elections hold the same data; the first difference in \a difference.
    static bool sameData( const Election &a, const Election &b, QString *difference = nullptr );
  };
} // namespace vigie::budget

#endif
