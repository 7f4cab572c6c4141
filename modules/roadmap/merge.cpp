// SPDX-License-Identifier: GPL-2.0-or-later
#include "merge.h"

#include "roadmapfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace vigie::roadmap
{
  namespace
  {
    //! The roadmap's own mergeable fields, as one object (the pseudo-project with an empty id).
    QJsonObject metaObject( const Roadmap &r )
    {
      QJsonObject o{ { QStringLiteral( "name" ), r.name }, { QStringLiteral( "territory" ), r.territory } };
      if ( !r.baseline.isEmpty() )
        o.insert( QStringLiteral( "baseline" ), r.baseline.toJson() );
      return o;
    }

    QMap<QString, QJsonObject> projectObjects( const Roadmap &r )
    {
      QMap<QString, QJsonObject> m;
      for ( const Project &p : r.projects )
        m.insert( p.id, p.toJson() );
      return m;
    }

    //! The file's root object of a roadmap: merges and resolutions go through the validating reader.
    QJsonObject rootObject( const Roadmap &r )
    {
      return roadmapToJson( r );
    }

    bool fromRoot( const QJsonObject &root, Roadmap *r, QString *errorMessage )
    {
      return roadmapFromJson( root, r, errorMessage );
    }

    struct Merger
    {
      MergeResult *result;

      //! Field-level merge of one object; \a kind is the conflict kind for fields changed on both sides.
      QJsonObject mergeFields( const QString &projectId, const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs,
                               Conflict::Kind kind )
      {
        QStringList keys = base.keys() + ours.keys() + theirs.keys();
        keys.sort();
        keys.removeDuplicates();
        QJsonObject merged;
        for ( const QString &key : std::as_const( keys ) )
        {
          const QJsonValue b = base.value( key );
          const QJsonValue o = ours.value( key );
          const QJsonValue t = theirs.value( key );
          QJsonValue m;
          if ( o == t )
            m = o;
          else if ( o == b )
          {
            m = t;
            ++result->fromTheirs;
          }
          else if ( t == b )
          {
            m = o;
            ++result->fromOurs;
          }
          else
          {
            Conflict c;
            c.kind = kind;
            c.projectId = projectId;
            c.field = key;
            c.base = b;
            c.ours = o;
            c.theirs = t;
            result->newConflicts.append( c );
            m = o;
          }
          if ( !m.isUndefined() )
            merged.insert( key, m );
        }
        return merged;
      }
    };

    QStringList stringList( const QJsonValue &v )
    {
      QStringList l;
      const QJsonArray a = v.toArray();
      for ( const QJsonValue &x : a )
        l.append( x.toString() );
      return l;
    }
  } // namespace

  QString valueText( const QJsonValue &value, int maxLength )
  {
    QString text;
    if ( value.isUndefined() )
      text = QCoreApplication::translate( "vigie::roadmap", "(absent)" );
    else if ( value.isString() )
      text = QStringLiteral( "\"%1\"" ).arg( value.toString() );
    else if ( value.isArray() )
      text = QString::fromUtf8( QJsonDocument( value.toArray() ).toJson( QJsonDocument::Compact ) );
    else if ( value.isObject() )
      text = QString::fromUtf8( QJsonDocument( value.toObject() ).toJson( QJsonDocument::Compact ) );
    else if ( value.isNull() )
      text = QStringLiteral( "null" );
    else if ( value.isBool() )
      text = value.toBool() ? QStringLiteral( "true" ) : QStringLiteral( "false" );
    else
      text = QString::number( value.toDouble(), 'g', 15 );
    if ( maxLength > 3 && text.size() > maxLength )
      text = text.left( maxLength - 1 ) + QChar( 0x2026 );
    return text;
  }

  MergeResult mergeRoadmaps( const Roadmap &base, const Roadmap &ours, const Roadmap &theirs )
  {
    MergeResult result;
    Merger merger{ &result };

    const QJsonObject meta =
        merger.mergeFields( QString(), metaObject( base ), metaObject( ours ), metaObject( theirs ), Conflict::Kind::Field );

    const QMap<QString, QJsonObject> b = projectObjects( base );
    const QMap<QString, QJsonObject> o = projectObjects( ours );
    const QMap<QString, QJsonObject> t = projectObjects( theirs );
    QStringList ids = b.keys() + o.keys() + t.keys();
    ids.sort();
    ids.removeDuplicates();
    QMap<QString, QJsonObject> merged;
    for ( const QString &id : std::as_const( ids ) )
    {
      const bool inB = b.contains( id ), inO = o.contains( id ), inT = t.contains( id );
      if ( inB && inO && inT )
        merged.insert( id, merger.mergeFields( id, b.value( id ), o.value( id ), t.value( id ), Conflict::Kind::Field ) );
      else if ( inB && !inO && !inT )
        continue; // deleted on both sides
      else if ( inB && ( inO != inT ) )
      {
        // deleted on one side: clean when the other side left it unchanged, else never lose the edit
        const QJsonObject kept = inO ? o.value( id ) : t.value( id );
        if ( kept == b.value( id ) )
        {
          ++( inO ? result.fromTheirs : result.fromOurs );
          continue;
        }
        Conflict c;
        c.kind = Conflict::Kind::DeleteEdit;
        c.projectId = id;
        c.base = b.value( id );
        if ( inO )
          c.ours = kept;
        else
          c.theirs = kept;
        result.newConflicts.append( c );
        merged.insert( id, kept );
      }
      else if ( !inB && inO && inT )
        merged.insert( id, merger.mergeFields( id, QJsonObject(), o.value( id ), t.value( id ), Conflict::Kind::AddAdd ) );
      else if ( !inB )
      {
        merged.insert( id, inO ? o.value( id ) : t.value( id ) );
        ++( inO ? result.fromOurs : result.fromTheirs );
      }
    }

    // a dependency on a project that the merge removed would silently lose the link
    for ( auto it = merged.begin(); it != merged.end(); ++it )
    {
      const QStringList deps = stringList( it.value().value( QStringLiteral( "dependencies" ) ) );
      QStringList kept;
      for ( const QString &d : deps )
        if ( merged.contains( d ) )
          kept.append( d );
      if ( kept.size() == deps.size() )
        continue;
      Conflict c;
      c.kind = Conflict::Kind::Dependency;
      c.projectId = it.key();
      c.field = QStringLiteral( "dependencies" );
      c.base = b.value( it.key() ).value( QStringLiteral( "dependencies" ) );
      c.ours = it.value().value( QStringLiteral( "dependencies" ) );
      c.theirs = QJsonArray::fromStringList( kept );
      result.newConflicts.append( c );
    }

    Roadmap out;
    QJsonObject root = rootObject( out );
    for ( auto it = meta.constBegin(); it != meta.constEnd(); ++it )
      root.insert( it.key(), it.value() );
    QJsonArray projects;
    for ( const QJsonObject &p : std::as_const( merged ) )
      projects.append( p );
    root.insert( QStringLiteral( "projects" ), projects );
    QString error;
    if ( !fromRoot( root, &out, &error ) )
    {
      // every merged value comes from a valid input, so this cannot happen; keep ours whole if it does
      out = ours;
    }
    out.changes = base.changes + ours.changes + theirs.changes;
    std::sort( result.newConflicts.begin(), result.newConflicts.end() );
    out.conflicts = ours.conflicts + theirs.conflicts + result.newConflicts;
    out.normalise();
    result.merged = out;
    return result;
  }

  bool mergeRoadmapFiles( const QString &basePath, const QString &oursPath, const QString &theirsPath, const QString &outPath,
                          MergeResult *result, QString *errorMessage, MergeFileFailure *failure )
  {
    auto setFailure = [&]( MergeFileFailure f )
    {
      if ( failure )
        *failure = f;
    };
    setFailure( MergeFileFailure::None );
    const QFileInfo out( outPath );
    for ( const QString &input : { basePath, oursPath, theirsPath } )
    {
      const QFileInfo in( input );
      const bool same =
          in.exists() && out.exists() ? in.canonicalFilePath() == out.canonicalFilePath() : in.absoluteFilePath() == out.absoluteFilePath();
      if ( same )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1: the merge never overwrites one of its inputs; choose another output file" )
                              .arg( QDir::toNativeSeparators( outPath ) );
        setFailure( MergeFileFailure::RefusedOutput );
        return false;
      }
    }
    Roadmap base, ours, theirs;
    if ( !readRoadmap( basePath, &base, errorMessage ) || !readRoadmap( oursPath, &ours, errorMessage ) ||
         !readRoadmap( theirsPath, &theirs, errorMessage ) )
    {
      setFailure( MergeFileFailure::UnreadableInput );
      return false;
    }
    MergeResult r = mergeRoadmaps( base, ours, theirs );
    if ( !writeRoadmap( outPath, r.merged, errorMessage ) )
    {
      setFailure( MergeFileFailure::WriteFailed );
      return false;
    }
    if ( result )
      *result = r;
    return true;
  }

  bool resolveConflict( Roadmap &roadmap, int index, Resolution resolution, const QJsonValue &editedValue, QString *errorMessage )
  {
    if ( index < 0 || index >= roadmap.conflicts.size() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "there is no conflict #%1 (the roadmap has %2)" ).arg( index + 1 ).arg( roadmap.conflicts.size() );
      return false;
    }
    const Conflict c = roadmap.conflicts.at( index );
    const QJsonValue chosen = resolution == Resolution::KeepMine ? c.ours : resolution == Resolution::KeepTheirs ? c.theirs : editedValue;
    QJsonObject root = rootObject( roadmap );
    if ( c.projectId.isEmpty() )
    {
      if ( chosen.isUndefined() )
        root.remove( c.field );
      else
        root.insert( c.field, chosen );
    }
    else
    {
      QJsonArray projects = root.value( QStringLiteral( "projects" ) ).toArray();
      int at = -1;
      for ( int i = 0; i < projects.size(); ++i )
        if ( projects.at( i ).toObject().value( QStringLiteral( "id" ) ).toString() == c.projectId )
          at = i;
      if ( c.kind == Conflict::Kind::DeleteEdit )
      {
        if ( !chosen.isUndefined() && !chosen.isNull() &&
             ( !chosen.isObject() || chosen.toObject().value( QStringLiteral( "id" ) ).toString() != c.projectId ) )
        {
          if ( errorMessage )
            *errorMessage = QCoreApplication::translate( "vigie::roadmap", "project %1: the edited value must be the whole project with the same id" ).arg( c.projectId );
          return false;
        }
        if ( at >= 0 )
          projects.removeAt( at );
        if ( chosen.isObject() )
          projects.append( chosen );
      }
      else
      {
        if ( at < 0 )
        {
          if ( errorMessage )
            *errorMessage = QCoreApplication::translate( "vigie::roadmap", "project %1 is no longer in the roadmap" ).arg( c.projectId );
          return false;
        }
        QJsonObject p = projects.at( at ).toObject();
        if ( chosen.isUndefined() )
          p.remove( c.field );
        else
          p.insert( c.field, chosen );
        projects.replace( at, p );
      }
      root.insert( QStringLiteral( "projects" ), projects );
    }
    QJsonArray conflicts = root.value( QStringLiteral( "conflicts" ) ).toArray();
    for ( int i = 0; i < conflicts.size(); ++i )
      if ( conflicts.at( i ).toObject() == c.toJson() )
      {
        conflicts.removeAt( i );
        break;
      }
    root.insert( QStringLiteral( "conflicts" ), conflicts );
    Roadmap resolved;
    QString error;
    if ( !fromRoot( root, &resolved, &error ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "the value does not resolve the conflict: %1" ).arg( error );
      return false;
    }
    roadmap = resolved;
    return true;
  }

  QList<ChangeLogEntry> describeChanges( const Roadmap &before, const Roadmap &after, const QString &author, const QString &timestamp )
  {
    QList<ChangeLogEntry> entries;
    auto add = [&]( const QString &project, const QString &field, const QString &summary ) {
      entries.append( ChangeLogEntry{ author, timestamp, project, field, summary } );
    };
    const QJsonObject mb = metaObject( before ), ma = metaObject( after );
    QStringList metaKeys = mb.keys() + ma.keys();
    metaKeys.sort();
    metaKeys.removeDuplicates();
    for ( const QString &k : std::as_const( metaKeys ) )
      if ( mb.value( k ) != ma.value( k ) )
        add( QString(), k, QCoreApplication::translate( "vigie::roadmap", "%1: %2 \u2192 %3" ).arg( k, valueText( mb.value( k ), 40 ), valueText( ma.value( k ), 40 ) ) );
    const QMap<QString, QJsonObject> b = projectObjects( before ), a = projectObjects( after );
    QStringList ids = b.keys() + a.keys();
    ids.sort();
    ids.removeDuplicates();
    for ( const QString &id : std::as_const( ids ) )
    {
      if ( !b.contains( id ) )
        add( id, QString(), QCoreApplication::translate( "vigie::roadmap", "added \u00ab%1\u00bb" ).arg( a.value( id ).value( QStringLiteral( "title" ) ).toString() ) );
      else if ( !a.contains( id ) )
        add( id, QString(), QCoreApplication::translate( "vigie::roadmap", "deleted \u00ab%1\u00bb" ).arg( b.value( id ).value( QStringLiteral( "title" ) ).toString() ) );
      else
      {
        const QJsonObject pb = b.value( id ), pa = a.value( id );
        QStringList keys = pb.keys() + pa.keys();
        keys.sort();
        keys.removeDuplicates();
        for ( const QString &k : std::as_const( keys ) )
          if ( pb.value( k ) != pa.value( k ) )
            add( id, k, QCoreApplication::translate( "vigie::roadmap", "%1: %2 \u2192 %3" ).arg( k, valueText( pb.value( k ), 40 ), valueText( pa.value( k ), 40 ) ) );
      }
    }
    return entries;
  }
} // namespace vigie::roadmap
