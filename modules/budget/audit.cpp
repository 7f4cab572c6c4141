// SPDX-License-Identifier: GPL-2.0-or-later
#include "audit.h"

#include "atomicfile.h"
#include "election.h"

#include <QSet>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie
{
  QString BudgetAuditLog::auditPathFor( const QString &pbPath )
  {
    return pbPath + QStringLiteral( ".audit.json" );
  }

  QString BudgetAuditLog::currentUser()
  {
    QString user = qEnvironmentVariable( "USER" );
    if ( user.isEmpty() )
      user = qEnvironmentVariable( "USERNAME" );
    if ( user.isEmpty() )
      user = QDir( QDir::homePath() ).dirName();
    if ( user.isEmpty() )
      user = QStringLiteral( "unknown" );
    return user;
  }

  bool BudgetAuditLog::append( const BudgetAuditEntry &entry, QString *errorMessage )
  {
    if ( entry.reason.trimmed().isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "An override needs a reason." );
      return false;
    }
    if ( entry.projectId.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "An override needs a project." );
      return false;
    }
    mEntries.append( entry );
    return true;
  }

  QHash<QString, bool> BudgetAuditLog::overrides() const
  {
    QHash<QString, bool> result;
    for ( const BudgetAuditEntry &entry : mEntries )
      result.insert( entry.projectId, entry.include );
    return result;
  }

  QByteArray BudgetAuditLog::toJson() const
  {
    QJsonArray entries;
    for ( const BudgetAuditEntry &entry : mEntries )
    {
      QJsonObject o;
      o.insert( QStringLiteral( "user" ), entry.user );
      o.insert( QStringLiteral( "when" ), entry.when.toUTC().toString( Qt::ISODate ) );
      o.insert( QStringLiteral( "project" ), entry.projectId );
      o.insert( QStringLiteral( "action" ), entry.include ? QStringLiteral( "include" ) : QStringLiteral( "exclude" ) );
      o.insert( QStringLiteral( "rule" ), entry.rule );
      o.insert( QStringLiteral( "reason" ), entry.reason );
      entries.append( o );
    }
    QJsonObject root;
    root.insert( QStringLiteral( "overrides" ), entries );
    return QJsonDocument( root ).toJson( QJsonDocument::Indented );
  }

  bool BudgetAuditLog::load( const QString &path, QString *errorMessage )
  {
    QFile file( path );
    if ( !file.exists() )
    {
      mEntries.clear();
      return true;
    }
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "%1: cannot read the audit log: %2" )
                            .arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson( file.readAll(), &parseError );
    if ( parseError.error != QJsonParseError::NoError || !document.isObject() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "%1: offset %2: not a valid audit log: %3" )
                            .arg( QDir::toNativeSeparators( path ) )
                            .arg( parseError.offset )
                            .arg( parseError.errorString() );
      return false;
    }
    QList<BudgetAuditEntry> entries;
    const QJsonArray array = document.object().value( QStringLiteral( "overrides" ) ).toArray();
    for ( int i = 0; i < array.size(); ++i )
    {
      const QJsonObject o = array.at( i ).toObject();
      BudgetAuditEntry entry;
      entry.user = o.value( QStringLiteral( "user" ) ).toString();
      entry.when = QDateTime::fromString( o.value( QStringLiteral( "when" ) ).toString(), Qt::ISODate );
      entry.projectId = o.value( QStringLiteral( "project" ) ).toString();
      const QString action = o.value( QStringLiteral( "action" ) ).toString();
      entry.rule = o.value( QStringLiteral( "rule" ) ).toString();
      entry.reason = o.value( QStringLiteral( "reason" ) ).toString();
      if ( entry.projectId.isEmpty() || entry.reason.trimmed().isEmpty() ||
           ( action != QLatin1String( "include" ) && action != QLatin1String( "exclude" ) ) )
      {
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate( "vigie", "%1: override %2: project, action (include or exclude) and reason are required" )
                  .arg( QDir::toNativeSeparators( path ) )
                  .arg( i + 1 );
        return false;
      }
      entry.include = action == QLatin1String( "include" );
      entries.append( entry );
    }
    mEntries = entries;
    return true;
  }

  std::vector<int> BudgetAuditLog::applyOverrides( const budget::Election &election, const std::vector<int> &selected ) const
  {
    const QHash<QString, bool> decided = overrides();
    std::vector<int> result;
    QSet<int> chosen;
    for ( int p : selected )
    {
      if ( decided.value( election.projectId( p ), true ) )
      {
        result.push_back( p );
        chosen.insert( p );
      }
    }
    for ( int p = 0; p < election.projectCount(); ++p )
    {
      if ( !chosen.contains( p ) && decided.value( election.projectId( p ), false ) )
        result.push_back( p );
    }
    return result;
  }

  bool BudgetAuditLog::save( const QString &path, QString *errorMessage ) const
  {
    return writeFileAtomically( path, toJson(), errorMessage );
  }
} // namespace vigie
