// SPDX-License-Identifier: GPL-2.0-or-later
#include "budgetmodel.h"

#include <QBrush>
#include <QColor>

namespace vigie
{
  namespace
  {
    QString projectTitle( const budget::Election &election, int p )
    {
      const QString name = election.projectCell( p, "name" );
      return name.isEmpty() ? election.projectCell( p, "title" ) : name;
    }

    QString projectCategory( const budget::Election &election, int p )
    {
      const QString category = election.projectCell( p, "category" );
      return category.isEmpty() ? election.projectCell( p, "categories" ) : category;
    }
  } // namespace

  BudgetProjectModel::BudgetProjectModel( QObject *parent ) : QAbstractTableModel( parent ) {}

  void BudgetProjectModel::setElection( std::shared_ptr<const budget::Election> election )
  {
    beginResetModel();
    mElection = std::move( election );
    mOutcomeA.reset();
    mOutcomeB.reset();
    mFundedA.clear();
    mFundedB.clear();
    mOverrides.clear();
    endResetModel();
  }

  void BudgetProjectModel::setOutcomes( std::shared_ptr<const budget::Outcome> a, std::shared_ptr<const budget::Outcome> b )
  {
    mOutcomeA = std::move( a );
    mOutcomeB = std::move( b );
    const size_t count = mElection ? static_cast<size_t>( mElection->projectCount() ) : 0;
    mFundedA.assign( count, 0 );
    mFundedB.assign( count, 0 );
    if ( mOutcomeA )
      for ( int p : mOutcomeA->selected )
        mFundedA[static_cast<size_t>( p )] = 1;
    if ( mOutcomeB )
      for ( int p : mOutcomeB->selected )
        mFundedB[static_cast<size_t>( p )] = 1;
    Q_EMIT headerDataChanged( Qt::Horizontal, 0, ColumnCount - 1 );
    if ( rowCount() > 0 )
      Q_EMIT dataChanged( index( 0, 0 ), index( rowCount() - 1, ColumnCount - 1 ) );
  }

  void BudgetProjectModel::setOverrides( const QHash<QString, bool> &overrides )
  {
    mOverrides = overrides;
    if ( rowCount() > 0 )
      Q_EMIT dataChanged( index( 0, OverrideColumn ), index( rowCount() - 1, OverrideColumn ) );
  }

  bool BudgetProjectModel::fundedA( int project ) const
  {
    return project >= 0 && static_cast<size_t>( project ) < mFundedA.size() && mFundedA[static_cast<size_t>( project )];
  }

  bool BudgetProjectModel::fundedB( int project ) const
  {
    return project >= 0 && static_cast<size_t>( project ) < mFundedB.size() && mFundedB[static_cast<size_t>( project )];
  }

  bool BudgetProjectModel::differs( int project ) const
  {
    return mOutcomeA && mOutcomeB && fundedA( project ) != fundedB( project );
  }

  int BudgetProjectModel::rowCount( const QModelIndex &parent ) const
  {
    return parent.isValid() || !mElection ? 0 : mElection->projectCount();
  }

  int BudgetProjectModel::columnCount( const QModelIndex &parent ) const
  {
    return parent.isValid() ? 0 : ColumnCount;
  }

  QString BudgetProjectModel::fundedText( const budget::Outcome *outcome, int project ) const
  {
    if ( !outcome )
      return QString();
    const bool funded = outcome == mOutcomeA.get() ? fundedA( project ) : fundedB( project );
    return funded ? tr( "yes" ) : tr( "no" );
  }

  QVariant BudgetProjectModel::data( const QModelIndex &index, int role ) const
  {
    if ( !mElection || !index.isValid() || index.row() >= rowCount() )
      return QVariant();
    const int p = index.row();
    const budget::Election &e = *mElection;
    const budget::Project &project = e.projects[static_cast<size_t>( p )];
    const budget::Outcome *scoreSource = mOutcomeA ? mOutcomeA.get() : mOutcomeB.get();

    switch ( role )
    {
    case DifferRole:
      return differs( p );
    case ProjectIndexRole:
      return p;
    case Qt::BackgroundRole:
      if ( differs( p ) )
        return QBrush( QColor( 255, 214, 102 ) );
      return QVariant();
    case Qt::ToolTipRole:
      if ( differs( p ) )
        return fundedA( p ) ? tr( "Funded by rule A only" ) : tr( "Funded by rule B only" );
      return QVariant();
    case Qt::TextAlignmentRole:
      if ( index.column() == CostColumn || index.column() == ScoreColumn )
        return QVariant( Qt::AlignRight | Qt::AlignVCenter );
      return QVariant();
    case SortRole:
      switch ( index.column() )
      {
      case CostColumn:
        return static_cast<double>( project.cost ) / static_cast<double>( e.costScale );
      case ScoreColumn:
        if ( !scoreSource )
          return QVariant();
        return static_cast<double>( scoreSource->traces[static_cast<size_t>( p )].score ) /
               static_cast<double>( e.hasPoints() ? e.pointsScale : 1 );
      default:
        return data( index, Qt::DisplayRole );
      }
    case Qt::DisplayRole:
      switch ( index.column() )
      {
      case IdColumn:
        return e.projectId( p );
      case TitleColumn:
        return projectTitle( e, p );
      case CostColumn:
        return e.formatMoney( project.cost );
      case ScoreColumn:
        if ( !scoreSource )
          return QVariant();
        return e.hasPoints() ? e.formatPoints( scoreSource->traces[static_cast<size_t>( p )].score )
                             : QString::number( scoreSource->traces[static_cast<size_t>( p )].score );
      case CategoryColumn:
        return projectCategory( e, p );
      case DistrictColumn:
        return e.projectCell( p, "district" );
      case FundedAColumn:
        return fundedText( mOutcomeA.get(), p );
      case FundedBColumn:
        return fundedText( mOutcomeB.get(), p );
      case OverrideColumn:
      {
        const auto it = mOverrides.constFind( e.projectId( p ) );
        if ( it == mOverrides.constEnd() )
          return QString();
        return it.value() ? tr( "included" ) : tr( "excluded" );
      }
      default:
        return QVariant();
      }
    default:
      return QVariant();
    }
  }

  QVariant BudgetProjectModel::headerData( int section, Qt::Orientation orientation, int role ) const
  {
    if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
      return QAbstractTableModel::headerData( section, orientation, role );
    switch ( section )
    {
    case IdColumn:
      return tr( "Id" );
    case TitleColumn:
      return tr( "Title" );
    case CostColumn:
      return tr( "Cost" );
    case ScoreColumn:
      return mElection && mElection->hasPoints() ? tr( "Points" ) : tr( "Votes" );
    case CategoryColumn:
      return tr( "Category" );
    case DistrictColumn:
      return tr( "District" );
    case FundedAColumn:
      return mOutcomeA ? tr( "Funded (A: %1)" ).arg( mOutcomeA->spec.fullName() ) : tr( "Funded (A)" );
    case FundedBColumn:
      return mOutcomeB ? tr( "Funded (B: %1)" ).arg( mOutcomeB->spec.fullName() ) : tr( "Funded (B)" );
    case OverrideColumn:
      return tr( "Override" );
    default:
      return QVariant();
    }
  }
} // namespace vigie
