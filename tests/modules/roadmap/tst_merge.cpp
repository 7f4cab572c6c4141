// SPDX-License-Identifier: GPL-2.0-or-later
// Three-way merge: the cases one by one, resolution, files, and a property test on thousands of
// random edit scripts (seeded) checked against what each script did.

#include "merge.h"
#include "roadmapfile.h"
#include "roadmaptestutil.h"
#include "vigietest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

#include <set>

using namespace vigie::roadmap;

namespace
{
  Roadmap smallBase()
  {
    Roadmap r;
    r.name = QStringLiteral( "Feuille de route" );
    r.territory = QStringLiteral( "Commune" );
    for ( int i = 0; i < 4; ++i )
      r.projects.append( vigie::test::makeProject( QStringLiteral( "p%1" ).arg( i ) ) );
    r.changes.append( ChangeLogEntry{ QStringLiteral( "base" ), QStringLiteral( "2025-01-01T00:00:00Z" ), QString(), QString(),
                                      QStringLiteral( "created" ) } );
    r.normalise();
    return r;
  }

  QString key( const Conflict &c )
  {
    return QStringLiteral( "%1|%2|%3" ).arg( Conflict::kindKey( c.kind ), c.projectId, c.field );
  }

  QStringList keys( const QList<Conflict> &conflicts )
  {
    QStringList k;
    for ( const Conflict &c : conflicts )
      k.append( key( c ) );
    k.sort();
    return k;
  }

  //! What one side's edit script did, recorded as it ran (the oracle of the property test).
  struct SideLog
  {
    QMap<QPair<QString, QString>, QJsonValue> set; //!< (project, field) -> last value written
    QSet<QString> deleted;
    QSet<QString> added;
  };

  const QStringList kEditableFields = { QStringLiteral( "title" ),  QStringLiteral( "capex" ),          QStringLiteral( "description" ),
                                        QStringLiteral( "owner" ),  QStringLiteral( "durationMonths" ), QStringLiteral( "status" ),
                                        QStringLiteral( "impact" ), QStringLiteral( "dependencies" ),   QStringLiteral( "stakeholders" ),
                                        QStringLiteral( "start" ) };

  //! A random valid value for a field; \a token makes it (almost always) unique.
  QJsonValue randomValue( QRandomGenerator &rng, const QString &field, int token )
  {
    if ( field == QLatin1String( "title" ) || field == QLatin1String( "description" ) || field == QLatin1String( "owner" ) )
      return QStringLiteral( "%1 %2" ).arg( field ).arg( token );
    if ( field == QLatin1String( "capex" ) )
      return 1000.0 + token * 17;
    if ( field == QLatin1String( "durationMonths" ) )
      return 13 + token % 1000;
    if ( field == QLatin1String( "status" ) )
      return statusKeys().at( rng.bounded( static_cast<int>( statusKeys().size() ) ) );
    if ( field == QLatin1String( "impact" ) )
      return rng.bounded( 11 );
    if ( field == QLatin1String( "dependencies" ) )
    {
      // only on the anchors p0 and p1, which no script deletes: no dangling dependency by construction
      const int pick = rng.bounded( 4 );
      QJsonArray a;
      if ( pick & 1 )
        a.append( QStringLiteral( "p0" ) );
      if ( pick & 2 )
        a.append( QStringLiteral( "p1" ) );
      return a;
    }
    if ( field == QLatin1String( "stakeholders" ) )
      return QJsonArray{ QStringLiteral( "élus %1" ).arg( token ), QStringLiteral( "habitants" ) };
    return YearMonth{ 2025 + rng.bounded( 6 ), 1 + rng.bounded( 12 ) }.toString();
  }

  bool setField( Roadmap &r, const QString &id, const QString &field, const QJsonValue &value )
  {
    Project *p = r.project( id );
    QJsonObject o = p->toJson();
    o.insert( field, value );
    Project q;
    if ( !Project::fromJson( o, &q, nullptr ) )
      return false;
    *p = q;
    return true;
  }
} // namespace

class TestMerge : public vigie::test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void cases_data();
  void cases();
  void changeLogsKept();
  void danglingDependency();
  void resolution_data();
  void resolution();
  void resolveDeleteEdit();
  void resolveRejectsInvalidValue();
  void files();
  void property();
};

void TestMerge::cases_data()
{
  QTest::addColumn<int>( "scenario" );
  QTest::addColumn<QStringList>( "expectedConflicts" );
  QTest::newRow( "different projects" ) << 0 << QStringList();
  QTest::newRow( "different fields" ) << 1 << QStringList();
  QTest::newRow( "identical change" ) << 2 << QStringList();
  QTest::newRow( "same field differently" ) << 3 << QStringList{ QStringLiteral( "field|p1|capex" ) };
  QTest::newRow( "deleted and edited" ) << 4 << QStringList{ QStringLiteral( "delete-edit|p2|" ) };
  QTest::newRow( "edited and deleted" ) << 5 << QStringList{ QStringLiteral( "delete-edit|p2|" ) };
  QTest::newRow( "deleted unchanged" ) << 6 << QStringList();
  QTest::newRow( "deleted on both" ) << 7 << QStringList();
  QTest::newRow( "added on both same" ) << 8 << QStringList();
  QTest::newRow( "added on both different" ) << 9 << QStringList{ QStringLiteral( "add-add|n|title" ) };
  QTest::newRow( "roadmap name" ) << 10 << QStringList{ QStringLiteral( "field||name" ) };
}

void TestMerge::cases()
{
  QFETCH( int, scenario );
  QFETCH( QStringList, expectedConflicts );
  const Roadmap base = smallBase();
  Roadmap ours = base;
  Roadmap theirs = base;
  switch ( scenario )
  {
  case 0:
    ours.project( QStringLiteral( "p1" ) )->capex = 5;
    theirs.project( QStringLiteral( "p2" ) )->title = QStringLiteral( "Nouveau" );
    break;
  case 1:
    ours.project( QStringLiteral( "p1" ) )->capex = 5;
    theirs.project( QStringLiteral( "p1" ) )->title = QStringLiteral( "Nouveau" );
    break;
  case 2:
    ours.project( QStringLiteral( "p1" ) )->capex = 5;
    theirs.project( QStringLiteral( "p1" ) )->capex = 5;
    break;
  case 3:
    ours.project( QStringLiteral( "p1" ) )->capex = 5;
    theirs.project( QStringLiteral( "p1" ) )->capex = 6;
    break;
  case 4:
    ours.projects.removeAt( ours.indexOf( QStringLiteral( "p2" ) ) );
    theirs.project( QStringLiteral( "p2" ) )->owner = QStringLiteral( "Régie" );
    break;
  case 5:
    ours.project( QStringLiteral( "p2" ) )->owner = QStringLiteral( "Régie" );
    theirs.projects.removeAt( theirs.indexOf( QStringLiteral( "p2" ) ) );
    break;
  case 6:
    ours.projects.removeAt( ours.indexOf( QStringLiteral( "p2" ) ) );
    theirs.project( QStringLiteral( "p1" ) )->owner = QStringLiteral( "Régie" );
    break;
  case 7:
    ours.projects.removeAt( ours.indexOf( QStringLiteral( "p2" ) ) );
    theirs.projects.removeAt( theirs.indexOf( QStringLiteral( "p2" ) ) );
    break;
  case 8:
    ours.projects.append( vigie::test::makeProject( QStringLiteral( "n" ) ) );
    theirs.projects.append( vigie::test::makeProject( QStringLiteral( "n" ) ) );
    break;
  case 9:
  {
    ours.projects.append( vigie::test::makeProject( QStringLiteral( "n" ) ) );
    Project other = vigie::test::makeProject( QStringLiteral( "n" ) );
    other.title = QStringLiteral( "Autre" );
    theirs.projects.append( other );
    break;
  }
  case 10:
    ours.name = QStringLiteral( "A" );
    theirs.name = QStringLiteral( "B" );
    break;
  }
  const MergeResult r = mergeRoadmaps( base, ours, theirs );
  QCOMPARE( keys( r.merged.conflicts ), expectedConflicts );
  QCOMPARE( r.isClean(), expectedConflicts.isEmpty() );
  switch ( scenario )
  {
  case 0:
    QCOMPARE( r.merged.project( QStringLiteral( "p1" ) )->capex, 5.0 );
    QCOMPARE( r.merged.project( QStringLiteral( "p2" ) )->title, QStringLiteral( "Nouveau" ) );
    break;
  case 1:
    QCOMPARE( r.merged.project( QStringLiteral( "p1" ) )->capex, 5.0 );
    QCOMPARE( r.merged.project( QStringLiteral( "p1" ) )->title, QStringLiteral( "Nouveau" ) );
    break;
  case 2:
    QCOMPARE( r.merged.project( QStringLiteral( "p1" ) )->capex, 5.0 );
    break;
  case 3:
    QCOMPARE( r.merged.project( QStringLiteral( "p1" ) )->capex, 5.0 ); // ours kept until resolved
    QCOMPARE( r.merged.conflicts.first().base.toDouble(), 100000.0 );
    QCOMPARE( r.merged.conflicts.first().theirs.toDouble(), 6.0 );
    break;
  case 4:
  case 5:
    // never a silent loss: the edited project stays
    QVERIFY( r.merged.project( QStringLiteral( "p2" ) ) );
    QCOMPARE( r.merged.project( QStringLiteral( "p2" ) )->owner, QStringLiteral( "Régie" ) );
    break;
  case 6:
    QVERIFY( !r.merged.project( QStringLiteral( "p2" ) ) );
    QCOMPARE( r.merged.project( QStringLiteral( "p1" ) )->owner, QStringLiteral( "Régie" ) );
    break;
  case 7:
    QVERIFY( !r.merged.project( QStringLiteral( "p2" ) ) );
    break;
  case 8:
  case 9:
    QVERIFY( r.merged.project( QStringLiteral( "n" ) ) );
    break;
  default:
    break;
  }
  // the merged roadmap is a valid file
  Roadmap back;
  QString error;
  QVERIFY2( parseRoadmap( serializeRoadmap( r.merged ), &back, &error ), qPrintable( error ) );
  QVERIFY( back == r.merged );
}

void TestMerge::changeLogsKept()
{
  const Roadmap base = smallBase();
  Roadmap ours = base;
  Roadmap theirs = base;
  ours.project( QStringLiteral( "p1" ) )->capex = 5;
  for ( const ChangeLogEntry &e : describeChanges( base, ours, QStringLiteral( "Alice" ), QStringLiteral( "2025-02-01T10:00:00Z" ) ) )
    ours.addChange( e );
  theirs.project( QStringLiteral( "p2" ) )->title = QStringLiteral( "Nouveau" );
  for ( const ChangeLogEntry &e : describeChanges( base, theirs, QStringLiteral( "Bruno" ), QStringLiteral( "2025-01-20T10:00:00Z" ) ) )
    theirs.addChange( e );
  QCOMPARE( ours.changes.size(), 2 );
  QCOMPARE( ours.changes.last().field, QStringLiteral( "capex" ) );
  const MergeResult r = mergeRoadmaps( base, ours, theirs );
  QCOMPARE( r.merged.changes.size(), 3 );
  // canonical order: by time
  QCOMPARE( r.merged.changes.at( 1 ).author, QStringLiteral( "Bruno" ) );
  QCOMPARE( r.merged.changes.at( 2 ).author, QStringLiteral( "Alice" ) );
  QVERIFY( r.merged.changes.at( 2 ).summary.contains( QStringLiteral( "capex" ) ) );
}

void TestMerge::danglingDependency()
{
  const Roadmap base = smallBase();
  Roadmap ours = base;
  Roadmap theirs = base;
  ours.projects.removeAt( ours.indexOf( QStringLiteral( "p0" ) ) );
  theirs.project( QStringLiteral( "p3" ) )->dependencies = QStringList{ QStringLiteral( "p0" ) };
  const MergeResult r = mergeRoadmaps( base, ours, theirs );
  QCOMPARE( keys( r.merged.conflicts ), QStringList{ QStringLiteral( "dependency|p3|dependencies" ) } );
  QVERIFY( !r.merged.project( QStringLiteral( "p0" ) ) );
  // resolving with theirs' suggestion drops the link to the removed project
  Roadmap merged = r.merged;
  QString error;
  QVERIFY2( resolveConflict( merged, 0, Resolution::KeepTheirs, QJsonValue(), &error ), qPrintable( error ) );
  QVERIFY( merged.project( QStringLiteral( "p3" ) )->dependencies.isEmpty() );
  QVERIFY( merged.conflicts.isEmpty() );
}

void TestMerge::resolution_data()
{
  QTest::addColumn<int>( "resolution" );
  QTest::addColumn<double>( "expected" );
  QTest::newRow( "keep mine" ) << static_cast<int>( Resolution::KeepMine ) << 5.0;
  QTest::newRow( "keep theirs" ) << static_cast<int>( Resolution::KeepTheirs ) << 6.0;
  QTest::newRow( "edit" ) << static_cast<int>( Resolution::Edit ) << 7.5;
}

void TestMerge::resolution()
{
  QFETCH( int, resolution );
  QFETCH( double, expected );
  const Roadmap base = smallBase();
  Roadmap ours = base;
  Roadmap theirs = base;
  ours.project( QStringLiteral( "p1" ) )->capex = 5;
  theirs.project( QStringLiteral( "p1" ) )->capex = 6;
  Roadmap merged = mergeRoadmaps( base, ours, theirs ).merged;
  QCOMPARE( merged.conflicts.size(), 1 );
  QString error;
  QVERIFY2( resolveConflict( merged, 0, static_cast<Resolution>( resolution ), QJsonValue( 7.5 ), &error ), qPrintable( error ) );
  QCOMPARE( merged.project( QStringLiteral( "p1" ) )->capex, expected );
  QVERIFY( merged.conflicts.isEmpty() );
}

void TestMerge::resolveDeleteEdit()
{
  const Roadmap base = smallBase();
  Roadmap ours = base;
  Roadmap theirs = base;
  ours.projects.removeAt( ours.indexOf( QStringLiteral( "p2" ) ) );
  theirs.project( QStringLiteral( "p2" ) )->owner = QStringLiteral( "Régie" );
  const Roadmap merged = mergeRoadmaps( base, ours, theirs ).merged;
  Roadmap mine = merged;
  QString error;
  QVERIFY2( resolveConflict( mine, 0, Resolution::KeepMine, QJsonValue(), &error ), qPrintable( error ) );
  QVERIFY( !mine.project( QStringLiteral( "p2" ) ) );
  Roadmap their = merged;
  QVERIFY2( resolveConflict( their, 0, Resolution::KeepTheirs, QJsonValue(), &error ), qPrintable( error ) );
  QCOMPARE( their.project( QStringLiteral( "p2" ) )->owner, QStringLiteral( "Régie" ) );
  QVERIFY( their.conflicts.isEmpty() && mine.conflicts.isEmpty() );
}

void TestMerge::resolveRejectsInvalidValue()
{
  const Roadmap base = smallBase();
  Roadmap ours = base;
  Roadmap theirs = base;
  ours.project( QStringLiteral( "p1" ) )->capex = 5;
  theirs.project( QStringLiteral( "p1" ) )->capex = 6;
  Roadmap merged = mergeRoadmaps( base, ours, theirs ).merged;
  const Roadmap before = merged;
  QString error;
  QVERIFY( !resolveConflict( merged, 0, Resolution::Edit, QJsonValue( QStringLiteral( "beaucoup" ) ), &error ) );
  QVERIFY2( error.contains( QStringLiteral( "project p1, field \"capex\"" ) ), qPrintable( error ) );
  QVERIFY( merged == before );
  QVERIFY( !resolveConflict( merged, 3, Resolution::KeepMine, QJsonValue(), &error ) );
  QVERIFY( merged == before );
}

void TestMerge::files()
{
  const Roadmap base = smallBase();
  Roadmap ours = base;
  Roadmap theirs = base;
  ours.project( QStringLiteral( "p1" ) )->capex = 5;
  theirs.project( QStringLiteral( "p1" ) )->capex = 6;
  const QString b = tempPath( QStringLiteral( "base.json" ) );
  const QString o = tempPath( QStringLiteral( "à moi.json" ) );
  const QString t = tempPath( QStringLiteral( "theirs.json" ) );
  const QString m = tempPath( QStringLiteral( "merged.json" ) );
  QString error;
  QVERIFY( writeRoadmap( b, base, &error ) && writeRoadmap( o, ours, &error ) && writeRoadmap( t, theirs, &error ) );
  const QByteArray oursBytes = serializeRoadmap( ours );
  // refused: the output is an input
  MergeResult result;
  MergeFileFailure failure = MergeFileFailure::None;
  QVERIFY( !mergeRoadmapFiles( b, o, t, o, &result, &error, &failure ) );
  QCOMPARE( failure, MergeFileFailure::RefusedOutput );
  QVERIFY2( error.contains( QStringLiteral( "never overwrites" ) ), qPrintable( error ) );
  QFile f( o );
  QVERIFY( f.open( QIODevice::ReadOnly ) );
  QCOMPARE( f.readAll(), oursBytes );
  f.close();
  // unreadable input: nothing written
  QVERIFY( !mergeRoadmapFiles( b, tempPath( QStringLiteral( "absent.json" ) ), t, m, &result, &error, &failure ) );
  QCOMPARE( failure, MergeFileFailure::UnreadableInput );
  QVERIFY( !QFile::exists( m ) );
  // conflicts are written to the merged file
  QVERIFY2( mergeRoadmapFiles( b, o, t, m, &result, &error, &failure ), qPrintable( error ) );
  QCOMPARE( failure, MergeFileFailure::None );
  Roadmap merged;
  QVERIFY( readRoadmap( m, &merged, &error ) );
  QCOMPARE( merged.conflicts.size(), 1 );
  QVERIFY( merged == result.merged );
}

void TestMerge::property()
{
  const int iterations = 2000;
  QRandomGenerator rng( 20250601 );
  int totalConflicts = 0;
  int totalAutoMerged = 0;
  for ( int it = 0; it < iterations; ++it )
  {
    // the common base: 6 to 10 projects, p0 and p1 are anchors never deleted
    Roadmap base;
    base.name = QStringLiteral( "Base %1" ).arg( it );
    const int n = 6 + rng.bounded( 5 );
    for ( int i = 0; i < n; ++i )
    {
      Project p = vigie::test::makeProject( QStringLiteral( "p%1" ).arg( i ) );
      p.capex = 1000 * ( i + 1 );
      base.projects.append( p );
    }
    base.changes.append( ChangeLogEntry{ QStringLiteral( "base" ), QStringLiteral( "2025-01-01T00:00:00Z" ), QString(), QString(),
                                         QStringLiteral( "created" ) } );
    base.normalise();

    Roadmap sides[2] = { base, base };
    SideLog logs[2];
    int token = it * 1000;
    int clock = 0;
    auto record = [&]( int s, const QString &project, const QString &field )
    {
      sides[s].addChange( ChangeLogEntry{ s == 0 ? QStringLiteral( "ours" ) : QStringLiteral( "theirs" ),
                                          QStringLiteral( "2025-02-01T00:%1:00Z" ).arg( ++clock % 60, 2, 10, QLatin1Char( '0' ) ), project,
                                          field, QStringLiteral( "edit %1" ).arg( clock ) } );
    };
    auto applySet = [&]( int s, const QString &id, const QString &field, const QJsonValue &value )
    {
      if ( !sides[s].project( id ) || !setField( sides[s], id, field, value ) )
        return;
      if ( !logs[s].added.contains( id ) )
        logs[s].set[qMakePair( id, field )] = value;
      record( s, id, field );
    };
    const int ops = rng.bounded( 1, 9 );
    for ( int op = 0; op < ops; ++op )
    {
      const int side = rng.bounded( 3 ); // 0 ours, 1 theirs, 2 the same edit on both
      const int kind = rng.bounded( 10 );
      const int s = side == 2 ? 0 : side;
      const QList<Project> &current = sides[s].projects;
      if ( current.isEmpty() )
        continue;
      if ( kind < 7 )
      {
        // half of the edits go to two "hot" projects and fields, so that both sides often collide
        const bool hot = rng.bounded( 2 ) == 0;
        const QString id =
            hot ? QStringLiteral( "p%1" ).arg( 2 + rng.bounded( 2 ) ) : current.at( rng.bounded( static_cast<int>( current.size() ) ) ).id;
        const QString field = hot ? ( rng.bounded( 2 ) ? QStringLiteral( "capex" ) : QStringLiteral( "title" ) )
                                  : kEditableFields.at( rng.bounded( static_cast<int>( kEditableFields.size() ) ) );
        if ( field == QLatin1String( "dependencies" ) && ( id == QLatin1String( "p0" ) || id == QLatin1String( "p1" ) ) )
          continue;
        const QJsonValue value = randomValue( rng, field, ++token );
        applySet( s, id, field, value );
        if ( side == 2 )
          applySet( 1, id, field, value );
      }
      else if ( kind < 9 )
      {
        const QString id = current.at( rng.bounded( static_cast<int>( current.size() ) ) ).id;
        if ( id == QLatin1String( "p0" ) || id == QLatin1String( "p1" ) || !base.project( id ) )
          continue;
        for ( int x : side == 2 ? QList<int>{ 0, 1 } : QList<int>{ s } )
        {
          const int at = sides[x].indexOf( id );
          if ( at < 0 )
            continue;
          sides[x].projects.removeAt( at );
          logs[x].deleted.insert( id );
          record( x, id, QString() );
        }
      }
      else
      {
        // a new project; ids from a small pool so that both sides sometimes add the same id
        const QString id = QStringLiteral( "n%1" ).arg( rng.bounded( 3 ) );
        Project p = vigie::test::makeProject( id );
        p.title = rng.bounded( 2 ) ? QStringLiteral( "Nouveau %1" ).arg( id ) : QStringLiteral( "Nouveau %1 v%2" ).arg( id ).arg( ++token );
        for ( int x : side == 2 ? QList<int>{ 0, 1 } : QList<int>{ s } )
        {
          if ( sides[x].project( id ) )
            continue;
          sides[x].projects.append( p );
          logs[x].added.insert( id );
          record( x, id, QString() );
        }
      }
    }
    for ( Roadmap &r : sides )
      r.normalise();
    const Roadmap &ours = sides[0];
    const Roadmap &theirs = sides[1];

    // the oracle: the final value of each field a side wrote, when it differs from the base
    QMap<QPair<QString, QString>, QJsonValue> changed[2];
    for ( int s = 0; s < 2; ++s )
      for ( auto e = logs[s].set.constBegin(); e != logs[s].set.constEnd(); ++e )
      {
        const Project *now = sides[s].project( e.key().first );
        if ( !now )
          continue; // deleted later by the same side
        const QJsonValue finalValue = now->toJson().value( e.key().second );
        if ( finalValue != base.project( e.key().first )->toJson().value( e.key().second ) )
          changed[s].insert( e.key(), finalValue );
      }
    std::set<QString> expectedConflicts;
    QMap<QPair<QString, QString>, QJsonValue> expectedValues;
    for ( int s = 0; s < 2; ++s )
    {
      const int other = 1 - s;
      for ( auto e = changed[s].constBegin(); e != changed[s].constEnd(); ++e )
      {
        const QString &id = e.key().first;
        if ( !sides[other].project( id ) )
          expectedConflicts.insert( QStringLiteral( "delete-edit|%1|" ).arg( id ) );
        else if ( changed[other].contains( e.key() ) && changed[other].value( e.key() ) != e.value() )
          expectedConflicts.insert( QStringLiteral( "field|%1|%2" ).arg( id, e.key().second ) );
        else
          expectedValues.insert( e.key(), e.value() );
      }
    }
    for ( const Project &p : ours.projects )
      if ( !base.project( p.id ) && theirs.project( p.id ) )
      {
        const QJsonObject a = p.toJson(), b = theirs.project( p.id )->toJson();
        for ( auto f = a.constBegin(); f != a.constEnd(); ++f )
          if ( b.value( f.key() ) != f.value() )
            expectedConflicts.insert( QStringLiteral( "add-add|%1|%2" ).arg( p.id, f.key() ) );
      }

    const MergeResult result = mergeRoadmaps( base, ours, theirs );
    const Roadmap &m = result.merged;
    const QString context = QStringLiteral( "iteration %1" ).arg( it );

    // every conflict is reported, and nothing else
    const QStringList got = keys( m.conflicts );
    QStringList want;
    for ( const QString &k : expectedConflicts )
      want.append( k );
    QVERIFY2( got == want, qPrintable( context + QStringLiteral( ": conflicts %1, expected %2" )
                                                     .arg( got.join( QLatin1Char( ' ' ) ), want.join( QLatin1Char( ' ' ) ) ) ) );
    totalConflicts += got.size();

    // every non-conflicting edit is in the result
    for ( auto e = expectedValues.constBegin(); e != expectedValues.constEnd(); ++e )
    {
      const Project *p = m.project( e.key().first );
      QVERIFY2( p, qPrintable( context + QStringLiteral( ": project %1 lost" ).arg( e.key().first ) ) );
      QVERIFY2( p->toJson().value( e.key().second ) == e.value(),
                qPrintable( context + QStringLiteral( ": %1.%2 lost" ).arg( e.key().first, e.key().second ) ) );
      ++totalAutoMerged;
    }
    // deletions: applied when clean, never when the other side edited
    for ( int s = 0; s < 2; ++s )
      for ( const QString &id : std::as_const( logs[s].deleted ) )
      {
        if ( sides[s].project( id ) || !base.project( id ) )
          continue;
        const bool otherEdited = sides[1 - s].project( id ) && *sides[1 - s].project( id ) != *base.project( id );
        QCOMPARE( m.project( id ) != nullptr, otherEdited );
      }
    // additions of one side only are in the result as added
    for ( int s = 0; s < 2; ++s )
      for ( const Project &p : sides[s].projects )
        if ( !base.project( p.id ) && !sides[1 - s].project( p.id ) )
          QVERIFY( m.project( p.id ) && *m.project( p.id ) == p );
    // fields nobody changed keep the base value
    for ( const Project &p : m.projects )
    {
      const Project *b = base.project( p.id );
      if ( !b || !ours.project( p.id ) || !theirs.project( p.id ) )
        continue;
      const QJsonObject pb = b->toJson(), pm = p.toJson();
      for ( auto f = pb.constBegin(); f != pb.constEnd(); ++f )
        if ( !changed[0].contains( qMakePair( p.id, f.key() ) ) && !changed[1].contains( qMakePair( p.id, f.key() ) ) )
          QVERIFY( pm.value( f.key() ) == f.value() );
    }
    // both change logs are kept
    for ( const Roadmap &side : sides )
      for ( const ChangeLogEntry &e : side.changes )
        QVERIFY( m.changes.contains( e ) );

    // identities and determinism
    QVERIFY2( mergeRoadmaps( base, ours, ours ).merged == ours, qPrintable( context ) );
    QVERIFY2( mergeRoadmaps( base, base, ours ).merged == ours, qPrintable( context ) );
    QVERIFY2( mergeRoadmaps( base, ours, base ).merged == ours, qPrintable( context ) );
    QVERIFY2( mergeRoadmaps( base, theirs, theirs ).merged == theirs, qPrintable( context ) );
    Roadmap shuffledOurs = ours;
    std::reverse( shuffledOurs.projects.begin(), shuffledOurs.projects.end() );
    QCOMPARE( serializeRoadmap( mergeRoadmaps( base, shuffledOurs, theirs ).merged ), serializeRoadmap( m ) );
    // the same conflicts whichever side is "ours"
    QCOMPARE( keys( mergeRoadmaps( base, theirs, ours ).merged.conflicts ), got );
    // and the merged roadmap is a valid file
    Roadmap back;
    QString error;
    QVERIFY2( parseRoadmap( serializeRoadmap( m ), &back, &error ), qPrintable( context + QLatin1Char( ' ' ) + error ) );
    QVERIFY( back == m );
  }
  // the generator really exercised both outcomes
  qInfo( "%d random merges: %d conflicts reported, %d non-conflicting edits checked", iterations, totalConflicts, totalAutoMerged );
  QVERIFY( totalConflicts > iterations / 5 );
  QVERIFY( totalAutoMerged > iterations );
}

QTEST_GUILESS_MAIN( TestMerge )
#include "tst_merge.moc"
