// SPDX-License-Identifier: GPL-2.0-or-later
#include "territoryconnection.h"

#include "feedsauth.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace vigie
{
  namespace
  {
    const QString kPrefix = QStringLiteral( "PG:" );
  }

  TerritoryConnection::Keywords TerritoryConnection::parse( const QString &conninfo )
  {
    Keywords keywords;
    int i = 0;
    const int n = conninfo.size();
    while ( i < n )
    {
      while ( i < n && conninfo.at( i ).isSpace() )
        ++i;
      if ( i >= n )
        break;
      const int keyStart = i;
      while ( i < n && conninfo.at( i ) != QLatin1Char( '=' ) && !conninfo.at( i ).isSpace() )
        ++i;
      const QString key = conninfo.mid( keyStart, i - keyStart );
      while ( i < n && conninfo.at( i ).isSpace() )
        ++i;
      if ( i >= n || conninfo.at( i ) != QLatin1Char( '=' ) )
      {
        keywords << qMakePair( key, QString() ); // malformed: libpq reports it
        continue;
      }
      ++i;
      while ( i < n && conninfo.at( i ).isSpace() )
        ++i;
      QString value;
      if ( i < n && conninfo.at( i ) == QLatin1Char( '\'' ) )
      {
        ++i;
        while ( i < n && conninfo.at( i ) != QLatin1Char( '\'' ) )
        {
          if ( conninfo.at( i ) == QLatin1Char( '\\' ) && i + 1 < n )
            ++i;
          value += conninfo.at( i );
          ++i;
        }
        ++i; // closing quote
      }
      else
      {
        while ( i < n && !conninfo.at( i ).isSpace() )
        {
          if ( conninfo.at( i ) == QLatin1Char( '\\' ) && i + 1 < n )
            ++i;
          value += conninfo.at( i );
          ++i;
        }
      }
      keywords << qMakePair( key, value );
    }
    return keywords;
  }

  QString TerritoryConnection::format( const Keywords &keywords )
  {
    QStringList parts;
    for ( const auto &keyword : keywords )
    {
      QString value = keyword.second;
      if ( value.isEmpty() || value.contains( QLatin1Char( ' ' ) ) || value.contains( QLatin1Char( '\'' ) ) ||
           value.contains( QLatin1Char( '\\' ) ) )
      {
        value.replace( QLatin1Char( '\\' ), QStringLiteral( "\\\\" ) ).replace( QLatin1Char( '\'' ), QStringLiteral( "\\'" ) );
        value = QLatin1Char( '\'' ) + value + QLatin1Char( '\'' );
      }
      parts << keyword.first + QLatin1Char( '=' ) + value;
    }
    return parts.join( QLatin1Char( ' ' ) );
  }

  QString TerritoryConnection::value( const Keywords &keywords, const QString &key )
  {
    // the last one counts, as for libpq
    for ( auto it = keywords.crbegin(); it != keywords.crend(); ++it )
    {
      if ( it->first == key )
        return it->second;
    }
    return QString();
  }

  bool TerritoryConnection::resolveCredentials( const QString &path, QString *connectionPath, QString *errorMessage )
  {
    *connectionPath = path;
    if ( !SqlConnection::isPostgres( path ) )
      return true;
    const Keywords keywords = parse( SqlConnection::connectionInfo( path ) );
    const QString authcfg = value( keywords, QStringLiteral( "authcfg" ) );
    if ( authcfg.isEmpty() )
      return true;
    QString user;
    QString password;
    QString error;
    if ( !FeedsAuth::credentials( authcfg, &user, &password, &error ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "credentials of the PostGIS connection: %1" ).arg( error );
      return false;
    }
    Keywords resolved;
    for ( const auto &keyword : keywords )
    {
      if ( keyword.first != QLatin1String( "authcfg" ) && keyword.first != QLatin1String( "user" ) &&
           keyword.first != QLatin1String( "password" ) )
        resolved << keyword;
    }
    if ( !user.isEmpty() )
      resolved << qMakePair( QStringLiteral( "user" ), user );
    else if ( !value( keywords, QStringLiteral( "user" ) ).isEmpty() )
      resolved << qMakePair( QStringLiteral( "user" ), value( keywords, QStringLiteral( "user" ) ) );
    resolved << qMakePair( QStringLiteral( "password" ), password );
    *connectionPath = kPrefix + format( resolved );
    return true;
  }

  QString TerritoryConnection::withoutPassword( const QString &path )
  {
    if ( !SqlConnection::isPostgres( path ) )
      return path;
    Keywords keywords = parse( SqlConnection::connectionInfo( path ) );
    Keywords kept;
    for ( const auto &keyword : std::as_const( keywords ) )
    {
      if ( keyword.first != QLatin1String( "password" ) )
        kept << keyword;
    }
    return kPrefix + format( kept );
  }

  QString TerritoryConnection::shortName( const QString &path )
  {
    if ( !SqlConnection::isPostgres( path ) )
      return QFileInfo( path ).completeBaseName();
    const Keywords keywords = parse( SqlConnection::connectionInfo( path ) );
    const QString service = value( keywords, QStringLiteral( "service" ) );
    const QString database = value( keywords, QStringLiteral( "dbname" ) );
    const QString host = value( keywords, QStringLiteral( "host" ) );
    if ( database.isEmpty() && !service.isEmpty() )
      return QCoreApplication::translate( "vigie", "PostGIS service %1" ).arg( service );
    if ( host.isEmpty() )
      return QCoreApplication::translate( "vigie", "PostGIS %1" ).arg( database );
    return QCoreApplication::translate( "vigie", "PostGIS %1 on %2" ).arg( database, host );
  }

  QString TerritoryConnection::currentRole( const QString &path )
  {
    if ( !SqlConnection::isPostgres( path ) )
      return QString();
    std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadOnly );
    QList<SqlConnection::Row> rows;
    if ( !db || !db->query( QStringLiteral( "SELECT current_user" ), QVariantList(), &rows ) || rows.isEmpty() )
      return QString();
    return rows.constFirst().value( 0 ).toString();
  }

  QString TerritoryConnection::explainRefusal( const QString &message, const QString &role )
  {
    static const QRegularExpression denied( QStringLiteral( "permission denied for (?:table|relation|view|sequence) \"?([\\w.]+)\"?" ) );
    static const QRegularExpression rowSecurity( QStringLiteral( "new row violates row-level security policy for table \"?([\\w.]+)\"?" ) );
    const QString shownRole = role.isEmpty() ? QCoreApplication::translate( "vigie", "your database role" )
                                             : QCoreApplication::translate( "vigie", "the database role %1" ).arg( role );
    QString explanation;
    const QRegularExpressionMatch deniedMatch = denied.match( message );
    const QRegularExpressionMatch rowMatch = rowSecurity.match( message );
    if ( deniedMatch.hasMatch() )
      explanation = QCoreApplication::translate( "vigie", "PostgreSQL refused the change: %1 lacks the right to write table %2 (read-only "
                                                          "access). Nothing was changed. Ask the territory's administrator for the "
                                                          "operator or planner role." )
                        .arg( shownRole, deniedMatch.captured( 1 ) );
    else if ( rowMatch.hasMatch() )
      explanation = QCoreApplication::translate( "vigie", "PostgreSQL refused the change: in table %1, %2 may only write rows of its own "
                                                          "commune. Nothing was changed." )
                        .arg( rowMatch.captured( 1 ), shownRole );
    if ( explanation.isEmpty() || message.contains( explanation ) )
      return message;
    return explanation + QLatin1Char( '\n' ) + message;
  }
} // namespace vigie
