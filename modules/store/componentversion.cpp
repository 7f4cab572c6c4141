// SPDX-License-Identifier: GPL-2.0-or-later
#include "componentversion.h"

#include "sqlconnection.h"

namespace vigie
{
  QString componentVersionQuery()
  {
    return QStringLiteral( "SELECT version FROM vigie_schema WHERE component = ?" );
  }

  bool componentVersion( SqlConnection &db, const QString &component, int *version, QString *error )
  {
    QList<SqlConnection::Row> rows;
    if ( !db.query( componentVersionQuery(), { component }, &rows, error ) )
      return false;
    *version = rows.isEmpty() ? 0 : rows.constFirst().value( 0 ).toInt();
    return true;
  }

  bool supportedComponentVersion( int stored, int supported, const QString &newerMessage, QString *error )
  {
    if ( stored <= supported )
      return true;
    if ( error )
      *error = newerMessage.arg( stored ).arg( supported );
    return false;
  }

  bool writeComponentVersion( SqlConnection &db, const QString &component, int from, int to, QString *error, QString *statement )
  {
    if ( from >= to )
      return true;
    const QString sql = from == 0 ? QStringLiteral( "INSERT INTO vigie_schema (component, version) VALUES (?, ?)" )
                                  : QStringLiteral( "UPDATE vigie_schema SET version = ? WHERE component = ?" );
    if ( db.execute( sql, from == 0 ? QVariantList{ component, to } : QVariantList{ to, component }, error ) )
      return true;
    if ( statement )
      *statement = sql;
    return false;
  }
} // namespace vigie
