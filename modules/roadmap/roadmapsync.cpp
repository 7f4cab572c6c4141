// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadmapsync.h"

#include "merge.h"
#include "roadmapfile.h"

#include <QCoreApplication>
#include <QDateTime>

namespace vigie::roadmap
{
  namespace
  {
    QString text( const QJsonValue &value )
    {
      return value.toString().mid( 2 );
    }
    QJsonValue canonical( const QString &value )
    {
      return QString( QStringLiteral( "t:" ) + value );
    }

    bool parse( const QJsonValue &value, const QString &side, Roadmap *roadmap, QString *error )
    {
      if ( !value.isString() )
      {
        *roadmap = Roadmap();
        return true;
      }
      return parseRoadmap( text( value ).toUtf8(), roadmap, error, side );
    }

    //! ours/theirs of mergeRoadmaps(base, server, local) named as the sync report names them.
    QJsonObject sideNames( QJsonObject conflict )
    {
      const QJsonValue ours = conflict.take( QStringLiteral( "ours" ) );
      const QJsonValue theirs = conflict.take( QStringLiteral( "theirs" ) );
      if ( !ours.isUndefined() )
        conflict.insert( QStringLiteral( "server" ), ours );
      if ( !theirs.isUndefined() )
        conflict.insert( QStringLiteral( "local" ), theirs );
      return conflict;
    }
  } // namespace

  QString roadmapDocumentsTable()
  {
    return QStringLiteral( "roadmap_documents" );
  }

  bool mergeRoadmapRows( const QJsonObject &base, const QJsonObject &local, const QJsonObject &server, QJsonObject *merged,
                         QJsonArray *conflicts, QString *errorMessage )
  {
    const QString json = QStringLiteral( "json" );
    Roadmap baseRoadmap;
    Roadmap localRoadmap;
    Roadmap serverRoadmap;
    if ( !parse( base.value( json ), QCoreApplication::translate( "vigie::roadmap", "roadmap at checkout" ), &baseRoadmap, errorMessage ) ||
         !parse( local.value( json ), QCoreApplication::translate( "vigie::roadmap", "offline roadmap" ), &localRoadmap, errorMessage ) ||
         !parse( server.value( json ), QCoreApplication::translate( "vigie::roadmap", "server roadmap" ), &serverRoadmap, errorMessage ) )
      return false;
    *merged = server;
    // the server is "ours": where both changed a field, the server's value stays and the offline one is in the conflict
    const MergeResult result = mergeRoadmaps( baseRoadmap, serverRoadmap, localRoadmap );
    merged->insert( json, canonical( QString::fromUtf8( serializeRoadmap( result.merged ) ) ) );
    for ( const Conflict &conflict : result.newConflicts )
      conflicts->append( sideNames( conflict.toJson() ) );
    for ( auto it = base.constBegin(); it != base.constEnd(); ++it )
    {
      const QString &column = it.key();
      if ( column == json || column == QLatin1String( "name" ) || column == QLatin1String( "updated" ) )
        continue;
      const QJsonValue l = local.value( column );
      const QJsonValue s = server.value( column );
      if ( s == it.value() )
        merged->insert( column, l );
      else if ( l != it.value() && l != s )
      {
        QJsonObject conflict;
        conflict.insert( QStringLiteral( "field" ), column );
        conflict.insert( QStringLiteral( "base" ), text( it.value() ) );
        conflict.insert( QStringLiteral( "local" ), text( l ) );
        conflict.insert( QStringLiteral( "server" ), text( s ) );
        conflicts->append( conflict );
      }
    }
    if ( *merged != server )
      merged->insert( QStringLiteral( "updated" ), canonical( QDateTime::currentDateTimeUtc().toString( Qt::ISODate ) ) );
    return true;
  }
} // namespace vigie::roadmap
