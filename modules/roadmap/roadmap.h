// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAP_ROADMAP_H
#define VIGIE_ROADMAP_ROADMAP_H

#include "vigie_roadmap_export.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::roadmap
{
  //! The domains of a smart-territory roadmap (file keys: "mobility", ..., "citizen-participation").
  enum class Domain
  {
    Mobility,
    Energy,
    Water,
    Lighting,
    Waste,
    Data,
    CitizenParticipation,
    Security,
  };

  //! Life cycle of a project; in-progress and done projects are committed (fixed in scheduling).
  enum class Status
  {
    Proposed,
    Approved,
    InProgress,
    Done,
    OnHold,
    Cancelled,
  };

  VIGIE_ROADMAP_EXPORT QString domainKey( Domain domain );
  VIGIE_ROADMAP_EXPORT bool domainFromKey( const QString &key, Domain *domain );
  VIGIE_ROADMAP_EXPORT QStringList domainKeys();
  //! User-visible, translated.
  VIGIE_ROADMAP_EXPORT QString domainDisplayName( Domain domain );

  VIGIE_ROADMAP_EXPORT QString statusKey( Status status );
  VIGIE_ROADMAP_EXPORT bool statusFromKey( const QString &key, Status *status );
  VIGIE_ROADMAP_EXPORT QStringList statusKeys();
  VIGIE_ROADMAP_EXPORT QString statusDisplayName( Status status );

  //! A calendar month ("2026-03"): the granularity of roadmap planning.
  struct VIGIE_ROADMAP_EXPORT YearMonth
  {
    int year = 0;
    int month = 0; //!< 1..12; 0 = invalid

    bool isValid() const { return month >= 1 && month <= 12 && year >= 1900 && year <= 2999; }
    //! Months since year 0, for arithmetic.
    int monthIndex() const { return year * 12 + month - 1; }
    static YearMonth fromMonthIndex( int index ) { return YearMonth{ index / 12, index % 12 + 1 }; }
    YearMonth addMonths( int months ) const { return fromMonthIndex( monthIndex() + months ); }
    //! "YYYY-MM", empty when invalid.
    QString toString() const;
    //! Parses "YYYY-MM"; an invalid YearMonth when the text is not one.
    static YearMonth fromString( const QString &text );
    bool operator==( const YearMonth &other ) const { return year == other.year && month == other.month; }
    bool operator!=( const YearMonth &other ) const { return !( *this == other ); }
  };

  //! One funding line: "own-budget", "DSIL", "DETR", "FEDER", "CEE", a region, ...
  struct VIGIE_ROADMAP_EXPORT FundingSource
  {
    QString source;
    double amount = 0; //!< euros
    bool operator==( const FundingSource &o ) const { return source == o.source && amount == o.amount; }
  };

  //! An expected benefit measured by a KPI with a target ("kWh saved per year", 450000, "kWh/an").
  struct VIGIE_ROADMAP_EXPORT Benefit
  {
    QString kpi;
    double target = 0;
    QString unit;
    bool operator==( const Benefit &o ) const { return kpi == o.kpi && target == o.target && unit == o.unit; }
  };

  //! A roadmap project. Every field is one merge unit in the three-way merge.
  struct VIGIE_ROADMAP_EXPORT Project
  {
    QString id; //!< stable UUID-like identifier, never reused
    QString title;
    Domain domain = Domain::Mobility;
    QString description;
    double capex = 0;       //!< investment, euros
    double opexPerYear = 0; //!< running cost, euros per year
    QList<FundingSource> funding;
    QList<Benefit> benefits;
    YearMonth start;
    int durationMonths = 1;
    QStringList dependencies; //!< ids of projects that must finish before this one starts
    Status status = Status::Proposed;
    QString owner;
    QStringList stakeholders; //!< consulted: elected officials, services, partners, citizens
    QStringList assetIds;     //!< linked assets on the map ("lighting:lamps/1234")
    QString areaWkt;          //!< area on the map, WKT in the territory CRS
    double impact = 5;        //!< expected impact, 0..10
    double feasibility = 5;   //!< technical and administrative feasibility, 0..10
    int citizenVotes = 0;     //!< citizen demand, e.g. participatory-budget votes
    YearMonth actualStart;    //!< when work really started (invalid until then)

    //! First month after the project (finish-to-start successors may start there).
    YearMonth end() const { return start.addMonths( durationMonths ); }
    double fundingTotal() const;
    //! In-progress and done projects are committed: their dates and spending are fixed.
    bool isCommitted() const { return status == Status::InProgress || status == Status::Done; }

    //! Every field, always present, so that the field sets of two versions match.
    QJsonObject toJson() const;
    //! False with a message naming the project id and the field.
    static bool fromJson( const QJsonObject &object, Project *project, QString *errorMessage );
    bool operator==( const Project &other ) const { return toJson() == other.toJson(); }
    bool operator!=( const Project &other ) const { return !( *this == other ); }
  };

  //! Who changed what and when; kept through merges.
  struct VIGIE_ROADMAP_EXPORT ChangeLogEntry
  {
    QString author;
    QString timestamp; //!< ISO 8601 UTC, "2025-03-14T09:30:00Z"
    QString projectId; //!< empty: the roadmap itself
    QString field;     //!< empty: the whole project (added, deleted)
    QString summary;

    QJsonObject toJson() const;
    bool operator==( const ChangeLogEntry &o ) const { return toJson() == o.toJson(); }
    //! Canonical order: time, author, project, field, summary.
    bool operator<( const ChangeLogEntry &o ) const;
  };

  //! A project's planned dates and cost when the baseline was saved.
  struct VIGIE_ROADMAP_EXPORT BaselineEntry
  {
    QString projectId;
    YearMonth start;
    int durationMonths = 0;
    double capex = 0;
  };

  //! The reference plan the actual progress is compared with.
  struct VIGIE_ROADMAP_EXPORT Baseline
  {
    QString savedAt; //!< ISO 8601 UTC
    QList<BaselineEntry> entries;
    bool isEmpty() const { return entries.isEmpty() && savedAt.isEmpty(); }
    QJsonObject toJson() const;
  };

  //! A merge conflict kept in the merged file until it is resolved.
  struct VIGIE_ROADMAP_EXPORT Conflict
  {
    enum class Kind
    {
      Field,      //!< both sides changed the same field differently
      DeleteEdit, //!< one side deleted the project, the other edited it
      AddAdd,     //!< both sides added the same id with different values
      Dependency, //!< the merged project depends on a project the merge removed
    };
    Kind kind = Kind::Field;
    QString projectId;                         //!< empty: a field of the roadmap itself
    QString field;                             //!< empty for DeleteEdit (the whole project)
    QJsonValue base = QJsonValue::Undefined;   //!< Undefined: absent on that side
    QJsonValue ours = QJsonValue::Undefined;   //!< Undefined: deleted / absent
    QJsonValue theirs = QJsonValue::Undefined; //!< Undefined: deleted / absent

    static QString kindKey( Kind kind );
    QJsonObject toJson() const;
    bool operator==( const Conflict &o ) const { return toJson() == o.toJson(); }
    bool operator<( const Conflict &o ) const;
  };

  //! A roadmap: projects sorted by id, the baseline, the change log and unresolved conflicts.
  struct VIGIE_ROADMAP_EXPORT Roadmap
  {
    QString name;
    QString territory;
    QList<Project> projects;
    Baseline baseline;
    QList<ChangeLogEntry> changes;
    QList<Conflict> conflicts;

    int indexOf( const QString &projectId ) const;
    const Project *project( const QString &projectId ) const;
    Project *project( const QString &projectId );
    //! Sorts projects by id, changes and conflicts canonically (what the file stores).
    void normalise();
    //! Appends a change-log entry at its canonical place.
    void addChange( const ChangeLogEntry &entry );
    bool operator==( const Roadmap &other ) const;
    bool operator!=( const Roadmap &other ) const { return !( *this == other ); }
  };

  //! A new random project id (UUID without braces).
  VIGIE_ROADMAP_EXPORT QString newProjectId();
  //! A stable id derived from a text (UUID v5): the same text always gives the same id.
  VIGIE_ROADMAP_EXPORT QString stableProjectId( const QString &seed );
} // namespace vigie::roadmap

#endif
