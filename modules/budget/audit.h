// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGET_AUDIT_H
#define VIGIE_BUDGET_AUDIT_H

#include "vigie_budget_export.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace vigie
{
  namespace budget
  {
    class Election;
  }

  //! One administrator override of a participatory-budget outcome: who, when, what and why.
  struct VIGIE_BUDGET_EXPORT BudgetAuditEntry
  {
    QString user;        //!< system user name
    QDateTime when;      //!< UTC
    QString projectId;   //!< Pabulib project id
    bool include = true; //!< include (true) or exclude (false) the project
    QString rule;        //!< rule whose outcome was overridden
    QString reason;      //!< mandatory, never empty
  };

  /**
   * \brief The audit log of the overrides of a .pb file, kept next to it as FILE.audit.json.
   * Entries are only ever appended: the last one for a project decides.
   */
  class VIGIE_BUDGET_EXPORT BudgetAuditLog
  {
  public:
    //! "FILE.pb.audit.json" for "FILE.pb".
    static QString auditPathFor( const QString &pbPath );
    //! The name of the user running the application (USER / USERNAME, else the home folder name).
    static QString currentUser();

    const QList<BudgetAuditEntry> &entries() const { return mEntries; }
    void clear() { mEntries.clear(); }
    //! Appends \a entry; false (log unchanged) when the reason or the project id is empty.
    bool append( const BudgetAuditEntry &entry, QString *errorMessage = nullptr );
    //! Project id -> included (true) or excluded (false), the last entry of each project winning.
    QHash<QString, bool> overrides() const;
    /**
     * The projects funded after the overrides: \a selected (a rule's outcome, in its order)
     * without the excluded projects, then the included ones in project order.
     */
    std::vector<int> applyOverrides( const budget::Election &election, const std::vector<int> &selected ) const;

    QByteArray toJson() const;
    //! Reads \a path; a missing file gives an empty log. On error the log is unchanged.
    bool load( const QString &path, QString *errorMessage = nullptr );
    //! Writes atomically (vigie::writeFileAtomically).
    bool save( const QString &path, QString *errorMessage = nullptr ) const;

  private:
    QList<BudgetAuditEntry> mEntries;
  };
} // namespace vigie

#endif
