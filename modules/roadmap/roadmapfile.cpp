// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadmapfile.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace vigie::roadmap
{
  namespace
  {
    bool readBaseline( const QJsonValue &value, Baseline *baseline, QString *error )
    {
      if ( value.isUndefined() || value.isNull() )
        return true;
      const QJsonObject o = value.toObject();
      if ( !value.isObject() || !o.value( QStringLiteral( "projects" ) ).isArray() )
      {
        *error = QCoreApplication::translate( "vigie::roadmap", "field \"baseline\": must be {\"savedAt\": date, \"projects\": [...]}" );
        return false;
      }
      baseline->savedAt = o.value( QStringLiteral( "savedAt" ) ).toString();
      const QJsonArray a = o.value( QStringLiteral( "projects" ) ).toArray();
      for ( int i = 0; i < a.size(); ++i )
      {
        const QJsonObject e = a.at( i ).toObject();
        BaselineEntry entry;
        entry.projectId = e.value( QStringLiteral( "id" ) ).toString();
        entry.start = YearMonth::fromString( e.value( QStringLiteral( "start" ) ).toString() );
        entry.durationMonths = e.value( QStringLiteral( "durationMonths" ) ).toInt( -1 );
        entry.capex = e.value( QStringLiteral( "capex" ) ).toDouble( -1 );
        if ( entry.projectId.isEmpty() || !entry.start.isValid() || entry.durationMonths < 1 || entry.capex < 0 )
        {
          *error = QCoreApplication::translate( "vigie::roadmap", "baseline, project %1: needs id, start (YYYY-MM), durationMonths >= 1 and capex >= 0" )
                       .arg( entry.projectId.isEmpty() ? QCoreApplication::translate( "vigie::roadmap", "#%1" ).arg( i + 1 ) : entry.projectId );
          return false;
        }
        baseline->entries.append( entry );
      }
      return true;
    }

    bool readChanges( const QJsonValue &value, QList<ChangeLogEntry> *changes, QString *error )
    {
      if ( value.isUndefined() || value.isNull() )
        return true;
      if ( !value.isArray() )
      {
        *error = QCoreApplication::translate( "vigie::roadmap", "field \"changes\": must be a list" );
        return false;
      }
      const QJsonArray a = value.toArray();
      for ( int i = 0; i < a.size(); ++i )
      {
        const QJsonObject o = a.at( i ).toObject();
        ChangeLogEntry c;
        c.author = o.value( QStringLiteral( "author" ) ).toString();
        c.timestamp = o.value( QStringLiteral( "timestamp" ) ).toString();
        c.projectId = o.value( QStringLiteral( "project" ) ).toString();
        c.field = o.value( QStringLiteral( "field" ) ).toString();
        c.summary = o.value( QStringLiteral( "summary" ) ).toString();
        if ( !a.at( i ).isObject() || c.author.isEmpty() || c.timestamp.isEmpty() )
        {
          *error = QCoreApplication::translate( "vigie::roadmap", "change log entry %1: needs author and timestamp" ).arg( i + 1 );
          return false;
        }
        changes->append( c );
      }
      return true;
    }

    bool readConflicts( const QJsonValue &value, QList<Conflict> *conflicts, QString *error )
    {
      if ( value.isUndefined() || value.isNull() )
        return true;
      if ( !value.isArray() )
      {
        *error = QCoreApplication::translate( "vigie::roadmap", "field \"conflicts\": must be a list" );
        return false;
      }
      const QJsonArray a = value.toArray();
      for ( int i = 0; i < a.size(); ++i )
      {
        const QJsonObject o = a.at( i ).toObject();
        Conflict c;
        const QString kind = o.value( QStringLiteral( "kind" ) ).toString();
        bool known = false;
        for ( Conflict::Kind k : { Conflict::Kind::Field, Conflict::Kind::DeleteEdit, Conflict::Kind::AddAdd, Conflict::Kind::Dependency } )
          if ( Conflict::kindKey( k ) == kind )
          {
            c.kind = k;
            known = true;
          }
        if ( !known )
        {
          *error = QCoreApplication::translate( "vigie::roadmap", "conflict %1, field \"kind\": \"%2\" is not a conflict kind" ).arg( i + 1 ).arg( kind );
          return false;
        }
        c.projectId = o.value( QStringLiteral( "project" ) ).toString();
        c.field = o.value( QStringLiteral( "field" ) ).toString();
        c.base = o.value( QStringLiteral( "base" ) );
        c.ours = o.value( QStringLiteral( "ours" ) );
        c.theirs = o.value( QStringLiteral( "theirs" ) );
        conflicts->append( c );
      }
      return true;
    }
  } // namespace

  QJsonObject roadmapToJson( const Roadmap &roadmap )
  {
    Roadmap r = roadmap;
    r.normalise();
    QJsonObject root;
    root.insert( QStringLiteral( "format" ), QStringLiteral( "vigie-roadmap" ) );
    root.insert( QStringLiteral( "version" ), kRoadmapFormatVersion );
    root.insert( QStringLiteral( "name" ), r.name );
    root.insert( QStringLiteral( "territory" ), r.territory );
    QJsonArray projects;
    for ( const Project &p : std::as_const( r.projects ) )
      projects.append( p.toJson() );
    root.insert( QStringLiteral( "projects" ), projects );
    if ( !r.baseline.isEmpty() )
      root.insert( QStringLiteral( "baseline" ), r.baseline.toJson() );
    QJsonArray changes;
    for ( const ChangeLogEntry &c : std::as_const( r.changes ) )
      changes.append( c.toJson() );
    root.insert( QStringLiteral( "changes" ), changes );
    QJsonArray conflicts;
    for ( const Conflict &c : std::as_const( r.conflicts ) )
      conflicts.append( c.toJson() );
    root.insert( QStringLiteral( "conflicts" ), conflicts );
    return root;
  }

  QByteArray serializeRoadmap( const Roadmap &roadmap )
  {
    // QJsonObject keeps keys sorted: the order is stable by construction
    return QJsonDocument( roadmapToJson( roadmap ) ).toJson( QJsonDocument::Indented );
  }

  void lineAndColumn( const QByteArray &data, int offset, int *line, int *column )
  {
    offset = std::clamp( offset, 0, static_cast<int>( data.size() ) );
    const QByteArray before = data.left( offset );
    *line = before.count( '\n' ) + 1;
    const int lineStart = before.lastIndexOf( '\n' ) + 1;
    *column = QString::fromUtf8( before.mid( lineStart ) ).size() + 1;
  }

  bool parseRoadmap( const QByteArray &data, Roadmap *roadmap, QString *errorMessage, const QString &sourceName )
  {
    const QString source = sourceName.isEmpty() ? QCoreApplication::translate( "vigie::roadmap", "roadmap" ) : QDir::toNativeSeparators( sourceName );
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1: %2" ).arg( source, reason );
      return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson( data, &parseError );
    if ( parseError.error != QJsonParseError::NoError )
    {
      int line = 0;
      int column = 0;
      lineAndColumn( data, parseError.offset, &line, &column );
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1:%2:%3: malformed JSON: %4" ).arg( source ).arg( line ).arg( column ).arg( parseError.errorString() );
      return false;
    }
    if ( !doc.isObject() )
      return fail( QCoreApplication::translate( "vigie::roadmap", "not a roadmap (the JSON is not an object)" ) );
    return roadmapFromJson( doc.object(), roadmap, errorMessage, sourceName );
  }

  bool roadmapFromJson( const QJsonObject &root, Roadmap *roadmap, QString *errorMessage, const QString &sourceName )
  {
    const QString source = sourceName.isEmpty() ? QCoreApplication::translate( "vigie::roadmap", "roadmap" ) : QDir::toNativeSeparators( sourceName );
    auto fail = [&]( const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1: %2" ).arg( source, reason );
      return false;
    };
    if ( root.value( QStringLiteral( "format" ) ).toString() != QLatin1String( "vigie-roadmap" ) )
      return fail( QCoreApplication::translate( "vigie::roadmap", "not a roadmap (field \"format\" is not \"vigie-roadmap\")" ) );
    const int version = root.value( QStringLiteral( "version" ) ).toInt( -1 );
    if ( version < 1 )
      return fail( QCoreApplication::translate( "vigie::roadmap", "field \"version\": missing or not a positive whole number" ) );
    if ( version > kRoadmapFormatVersion )
      return fail(
          QCoreApplication::translate( "vigie::roadmap", "version %1 was written by a newer Vigie (this one reads up to version %2)" ).arg( version ).arg( kRoadmapFormatVersion ) );
    static const QStringList keys = { QStringLiteral( "format" ),    QStringLiteral( "version" ),  QStringLiteral( "name" ),
                                      QStringLiteral( "territory" ), QStringLiteral( "projects" ), QStringLiteral( "baseline" ),
                                      QStringLiteral( "changes" ),   QStringLiteral( "conflicts" ) };
    for ( auto it = root.constBegin(); it != root.constEnd(); ++it )
      if ( !keys.contains( it.key() ) )
        return fail( QCoreApplication::translate( "vigie::roadmap", "unknown field \"%1\"" ).arg( it.key() ) );

    Roadmap r;
    r.name = root.value( QStringLiteral( "name" ) ).toString();
    r.territory = root.value( QStringLiteral( "territory" ) ).toString();
    const QJsonValue projects = root.value( QStringLiteral( "projects" ) );
    if ( !projects.isArray() )
      return fail( QCoreApplication::translate( "vigie::roadmap", "field \"projects\": missing or not a list" ) );
    const QJsonArray array = projects.toArray();
    QSet<QString> ids;
    for ( int i = 0; i < array.size(); ++i )
    {
      if ( !array.at( i ).isObject() )
        return fail( QCoreApplication::translate( "vigie::roadmap", "project #%1 is not an object" ).arg( i + 1 ) );
      Project p;
      QString error;
      if ( !Project::fromJson( array.at( i ).toObject(), &p, &error ) )
        return fail( error );
      if ( ids.contains( p.id ) )
        return fail( QCoreApplication::translate( "vigie::roadmap", "project %1, field \"id\": the id is used by another project" ).arg( p.id ) );
      ids.insert( p.id );
      r.projects.append( p );
    }
    QString error;
    if ( !readBaseline( root.value( QStringLiteral( "baseline" ) ), &r.baseline, &error ) ||
         !readChanges( root.value( QStringLiteral( "changes" ) ), &r.changes, &error ) ||
         !readConflicts( root.value( QStringLiteral( "conflicts" ) ), &r.conflicts, &error ) )
      return fail( error );
    r.normalise();
    *roadmap = r;
    return true;
  }

  bool readRoadmap( const QString &path, Roadmap *roadmap, QString *errorMessage )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1: cannot read the file (%2)" ).arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    return parseRoadmap( file.readAll(), roadmap, errorMessage, path );
  }

  bool writeRoadmap( const QString &path, const Roadmap &roadmap, QString *errorMessage )
  {
    return writeFileAtomically( path, serializeRoadmap( roadmap ), errorMessage );
  }
} // namespace vigie::roadmap
