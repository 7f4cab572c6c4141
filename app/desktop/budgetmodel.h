// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGETMODEL_H
#define VIGIE_BUDGETMODEL_H

#include "election.h"
#include "rules.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

namespace vigie
{
  /**
   * \brief The projects of a participatory budget with the outcomes of two rules (A and B).
   * Displays only: the outcomes come from vigie::budget::allocate. Rows funded by exactly
   * one of the two rules carry DifferRole = true and a highlighted background.
   */
  class BudgetProjectModel : public QAbstractTableModel
  {
    Q_OBJECT
  public:
    enum Column
    {
      IdColumn,
      TitleColumn,
      CostColumn,
      ScoreColumn,
      CategoryColumn,
      DistrictColumn,
      FundedAColumn,
      FundedBColumn,
      OverrideColumn,
      ColumnCount
    };
    enum Role
    {
      DifferRole = Qt::UserRole + 1, //!< bool: funded by exactly one of the two rules
      ProjectIndexRole,              //!< int: index of the project in the election
      SortRole,                      //!< numbers for the numeric columns, text otherwise
    };

    explicit BudgetProjectModel( QObject *parent = nullptr );

    void setElection( std::shared_ptr<const budget::Election> election );
    //! The two outcomes (either may be null: not computed yet).
    void setOutcomes( std::shared_ptr<const budget::Outcome> a, std::shared_ptr<const budget::Outcome> b );
    //! Project id -> included (true) / excluded (false) by an administrator.
    void setOverrides( const QHash<QString, bool> &overrides );

    bool fundedA( int project ) const;
    bool fundedB( int project ) const;
    //! Funded by exactly one of the two rules.
    bool differs( int project ) const;

    int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
    int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
    QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
    QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;

  private:
    QString fundedText( const budget::Outcome *outcome, int project ) const;

    std::shared_ptr<const budget::Election> mElection;
    std::shared_ptr<const budget::Outcome> mOutcomeA;
    std::shared_ptr<const budget::Outcome> mOutcomeB;
    std::vector<char> mFundedA;
    std::vector<char> mFundedB;
    QHash<QString, bool> mOverrides;
  };
} // namespace vigie

#endif
