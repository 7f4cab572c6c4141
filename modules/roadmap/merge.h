// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAP_MERGE_H
#define VIGIE_ROADMAP_MERGE_H

#include "roadmap.h"
#include "vigie_roadmap_export.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace vigie::roadmap
{
  //! What a three-way merge produced.
  struct VIGIE_ROADMAP_EXPORT MergeResult
  {
    Roadmap merged;               //!< conflicts included (merged.conflicts), ours kept where they conflict
    QList<Conflict> newConflicts; //!< the conflicts this merge found (inputs' unresolved ones excluded)
    int fromOurs = 0;             //!< fields or projects taken from ours only
    int fromTheirs = 0;           //!< fields or projects taken from theirs only
    bool isClean() const { return merged.conflicts.isEmpty(); }
  };

  /**
   * Three-way merge at field level. Every project field (and the roadmap's name, territory and
   * baseline) is merged alone: changed on one side only → that side; changed identically on both
   * → that value; changed differently → a Field conflict keeping ours until resolved. A project
   * deleted on one side and edited on the other is kept (edited version) with a DeleteEdit
   * conflict; a project added on both sides with different values gives AddAdd conflicts on the
   * differing fields; a dependency on a project the merge removed gives a Dependency conflict.
   * The change logs of the three inputs are united (canonical order, no duplicates); unresolved
   * conflicts of the inputs are kept. Deterministic: the result depends only on the inputs.
   */
  VIGIE_ROADMAP_EXPORT MergeResult mergeRoadmaps( const Roadmap &base, const Roadmap &ours, const Roadmap &theirs );

  //! Why mergeRoadmapFiles() wrote nothing.
  enum class MergeFileFailure
  {
    None,
    UnreadableInput, //!< an input is missing or not a valid roadmap
    RefusedOutput,   //!< the output is one of the inputs
    WriteFailed,     //!< the output cannot be written
  };

  /**
   * Reads three roadmap files, merges them and writes \a outPath atomically, even with conflicts
   * (they are recorded in the file). Refuses an output that is one of the inputs. Returns false
   * only when nothing was written, with the reason in \a failure.
   */
  VIGIE_ROADMAP_EXPORT bool mergeRoadmapFiles( const QString &basePath, const QString &oursPath, const QString &theirsPath,
                                               const QString &outPath, MergeResult *result, QString *errorMessage,
                                               MergeFileFailure *failure = nullptr );

  enum class Resolution
  {
    KeepMine,   //!< the value of ours
    KeepTheirs, //!< the value of theirs
    Edit,       //!< a value given by the user
  };

  /**
   * Resolves conflict \a index of \a roadmap and removes it from the list. For DeleteEdit,
   * keeping the side that deleted removes the project; Edit takes a whole project object.
   * For Dependency, KeepMine/KeepTheirs/Edit set the dependencies list (theirs/ours without the
   * missing project). False with a message (and \a roadmap unchanged) when the value is invalid.
   */
  VIGIE_ROADMAP_EXPORT bool resolveConflict( Roadmap &roadmap, int index, Resolution resolution, const QJsonValue &editedValue,
                                             QString *errorMessage );

  //! Change-log entries describing how \a after differs from \a before, one per project field.
  VIGIE_ROADMAP_EXPORT QList<ChangeLogEntry> describeChanges( const Roadmap &before, const Roadmap &after, const QString &author,
                                                              const QString &timestamp );
  //! A short text of a JSON value for messages ("(absent)" when undefined).
  VIGIE_ROADMAP_EXPORT QString valueText( const QJsonValue &value, int maxLength = 80 );
} // namespace vigie::roadmap

#endif
