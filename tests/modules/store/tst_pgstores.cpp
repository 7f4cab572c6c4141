// SPDX-License-Identifier: GPL-2.0-or-later
// The module stores on a PostGIS territory (issue 8): observations, alarms, roadmap documents and
// agendas behave as on a GeoPackage; two connections share the alarms; a viewer's writes are
// refused by PostgreSQL with a message naming the table and the role. Runs against the throwaway
// cluster of the "pgcluster" CTest fixture (skips when PostgreSQL is not installed).
#include "alarms.h"
#include "deckbuilder.h"
#include "demoroadmap.h"
#include "feedstestutil.h"
#include "observationstore.h"
#include "pgtestcluster.h"
#include "roadmapstore.h"
#include "sqlconnection.h"
#include "territoryroles.h"
#include "vigietest.h"

#include <QRegularExpression>

using namespace vigie;
using namespace vigie::feeds;

class TestPgStores : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  QString mSkip;

  //! A PostGIS territory with 3 districts (fids 1..3), as createFeedsTerritory makes a GeoPackage.
  QString newTerritory( const QString &name )
  {
    QString error;
    const QString path = mCluster.newDatabase( name, &error );
    if ( path.isEmpty() )
      qFatal( "%s", qPrintable( error ) );
    error = vigie::test::createFeedsTerritory( path );
    if ( !error.isEmpty() )
      qFatal( "%s", qPrintable( error ) );
    return path;
  }

  static Observation obs( const QString &sensor, int second, double value, const QString &unit = QStringLiteral( "m" ) )
  {
    Observation o;
    o.sensorId = sensor;
    o.time = QDateTime( QDate( 2026, 3, 1 ), QTime( 8, 0 ), Qt::UTC ).addSecs( second );
    o.value = value;
    o.unit = unit;
    o.quantity = QStringLiteral( "pressure" );
    return o;
  }

  //! The same territory as another login role (trust authentication on the test cluster).
  static QString asUser( const QString &path, const QString &user ) { return path + QStringLiteral( " user=%1" ).arg( user ); }

private Q_SLOTS:
  void initTestCase()
  {
    QString error;
    if ( !mCluster.start( &mSkip, &error ) )
    {
      if ( !mSkip.isEmpty() )
        QSKIP( qPrintable( mSkip ) );
      QFAIL( qPrintable( error ) );
    }
  }

  void observationsAsOnGeoPackage()
  {
    const QString path = newTerritory( QStringLiteral( "obs" ) );
    QString error;
    std::unique_ptr<ObservationStore> store = ObservationStore::open( path, &error );
    QVERIFY2( store, qPrintable( error ) );
    QCOMPARE( store->handle()->dialect(), SqlConnection::Dialect::Postgres );

    // 3 sensors, 1,200 values each (over one multi-row chunk), bar converted to m, one duplicate pair
    QList<Observation> batch;
    for ( int i = 0; i < 1200; ++i )
      for ( const QString &sensor : { QStringLiteral( "p1" ), QStringLiteral( "p2" ), QStringLiteral( "p3" ) } )
        batch << obs( sensor, i * 60, 3.0 + ( i % 7 ) * 0.1 );
    batch << obs( QStringLiteral( "p1" ), 0, 3.0 ); // already in the batch
    batch << obs( QStringLiteral( "k1" ), 0, 3.5, QStringLiteral( "bar" ) );
    StoreResult result;
    QVERIFY2( store->store( batch, &result, &error ), qPrintable( error ) );
    QCOMPARE( result.stored, 3601 );
    QCOMPARE( result.duplicates, 1 );
    QCOMPARE( result.unboundRegistered, 4 );
    // stored again: all duplicates, nothing new
    QVERIFY2( store->store( batch, &result, &error ), qPrintable( error ) );
    QCOMPARE( result.stored, 0 );
    QCOMPARE( result.duplicates, 3602 );
    QCOMPARE( store->count(), 3601 );
    QCOMPARE( store->count( QStringLiteral( "p2" ) ), 1200 );

    const QList<Observation> k1 = store->observations( QStringLiteral( "k1" ), QDateTime(), QDateTime(), &error );
    QVERIFY2( k1.size() == 1, qPrintable( error ) );
    QCOMPARE( store->observations( QString(), QDateTime(), QDateTime() ).size(), 3601 );
    double expected = 0;
    QVERIFY( convertToCanonical( SensorKind::Pressure, 3.5, QStringLiteral( "bar" ), &expected ) );
    QCOMPARE( k1.first().value, expected );
    QVERIFY( k1.first().flags & Converted );
    QCOMPARE( k1.first().unit, QStringLiteral( "m" ) );

    // binding checks the asset layer and the feature on PostGIS too
    QVERIFY2( store->bindSensor( QStringLiteral( "p1" ), QStringLiteral( "territory:districts" ), 2, &error ), qPrintable( error ) );
    QVERIFY( !store->bindSensor( QStringLiteral( "p2" ), QStringLiteral( "territory:districts" ), 99, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "no feature 99" ) ), qPrintable( error ) );
    QVERIFY( !store->bindSensor( QStringLiteral( "p2" ), QStringLiteral( "water:pipes" ), 1, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "no asset layer" ) ), qPrintable( error ) );

    // a second connection reads the same sensors, last values included
    std::unique_ptr<ObservationStore> reader = ObservationStore::openReadOnly( path, &error );
    QVERIFY2( reader, qPrintable( error ) );
    SensorInfo p1;
    QVERIFY( reader->sensor( QStringLiteral( "p1" ), &p1 ) );
    QCOMPARE( p1.layer, QStringLiteral( "territory_districts" ) );
    QCOMPARE( p1.fid, 2 );
    QVERIFY( p1.hasLastValue );
    QCOMPARE( p1.lastTime, obs( QStringLiteral( "p1" ), 1199 * 60, 0 ).time );

    // retention: exact aggregates, idempotent, the same numbers as on a GeoPackage
    const QDateTime now = obs( QStringLiteral( "p1" ), 0, 0 ).time.addDays( 2 );
    const qint64 moved = store->applyRetention( 1, &error, now );
    QVERIFY2( moved == 3601, qPrintable( QStringLiteral( "%1 %2" ).arg( moved ).arg( error ) ) );
    QCOMPARE( store->applyRetention( 1, &error, now ), 0 );
    QCOMPARE( store->count(), 0 );
    const QList<ObservationAggregate> aggregates = store->aggregates( QStringLiteral( "p1" ), QDateTime(), QDateTime(), &error );
    QCOMPARE( aggregates.size(), 1200 / 15 );
    qint64 counted = 0;
    for ( const ObservationAggregate &a : aggregates )
      counted += a.count;
    QCOMPARE( counted, 1200 );
    QCOMPARE( store->integrityCheck(), QStringLiteral( "ok" ) );
  }

  void alarmsSharedBetweenClients()
  {
    const QString path = newTerritory( QStringLiteral( "alarms" ) );
    QString error;
    std::unique_ptr<ObservationStore> desk1 = ObservationStore::open( path, &error );
    QVERIFY2( desk1, qPrintable( error ) );
    AlarmRule rule;
    rule.name = QStringLiteral( "low pressure" );
    rule.type = AlarmRuleType::Below;
    rule.kind = SensorKind::Pressure;
    rule.threshold = 2.0;
    QVERIFY2( desk1->alarms()->addRule( rule, &error ), qPrintable( error ) );
    QVERIFY( desk1->alarms()->rules().first().id > 0 );
    StoreResult result;
    QVERIFY2( desk1->store( { obs( QStringLiteral( "p1" ), 0, 3.0 ), obs( QStringLiteral( "p1" ), 60, 1.5 ) }, &result, &error ),
              qPrintable( error ) );
    const QList<Alarm> raised = desk1->alarms()->alarms();
    QCOMPARE( raised.size(), 1 );
    QVERIFY( raised.first().id > 0 );

    // the second desktop: its own connection sees the alarm, acknowledges it; the first sees that
    std::unique_ptr<ObservationStore> desk2 = ObservationStore::open( path, &error );
    QVERIFY2( desk2, qPrintable( error ) );
    QCOMPARE( desk2->alarms()->alarms().size(), 1 );
    QVERIFY2( desk2->alarms()->acknowledge( raised.first().id, QStringLiteral( "alice" ), &error ), qPrintable( error ) );
    Alarm seen;
    QVERIFY( desk1->alarms()->alarm( raised.first().id, &seen ) );
    QCOMPARE( seen.state, AlarmState::Acknowledged );
    QCOMPARE( seen.acknowledgedBy, QStringLiteral( "alice" ) );
    QVERIFY( !desk1->alarms()->acknowledge( raised.first().id, QStringLiteral( "bob" ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "already acknowledged by alice" ) ), qPrintable( error ) );
    const QList<AlarmEvent> history = desk1->alarms()->history( raised.first().id );
    QCOMPARE( history.size(), 2 );
    QCOMPARE( history.last().user, QStringLiteral( "alice" ) );
  }

  void roadmapAndAgendasOnPostgis()
  {
    const QString path = newTerritory( QStringLiteral( "roadmap" ) );
    QString error;
    roadmap::Roadmap r = roadmap::demoRoadmap();
    QVERIFY2( roadmap::linkRoadmapToTerritory( path, r, &error ), qPrintable( error ) );
    QVERIFY2( roadmap::saveRoadmapToTerritory( path, r, roadmap::demoRoadmapSettings( r ), &error ), qPrintable( error ) );
    // saved twice: the upsert replaces the document
    QVERIFY2( roadmap::saveRoadmapToTerritory( path, r, roadmap::demoRoadmapSettings( r ), &error ), qPrintable( error ) );
    QCOMPARE( roadmap::storedRoadmapNames( path, &error ), QStringList{ roadmap::defaultRoadmapName() } );
    roadmap::StoredRoadmap stored;
    bool found = false;
    QVERIFY2( roadmap::loadRoadmapFromTerritory( path, &stored, &error, &found ), qPrintable( error ) );
    QVERIFY( found );
    QCOMPARE( stored.roadmap.projects.size(), r.projects.size() );

    review::Agenda agenda = review::DeckBuilder::councilAgenda( QStringLiteral( "en" ) );
    agenda.name = QStringLiteral( "conseil-mars" );
    QVERIFY2( review::AgendaStore::save( path, agenda, &error ), qPrintable( error ) );
    QVERIFY2( review::AgendaStore::save( path, agenda, &error ), qPrintable( error ) );
    review::Agenda back;
    QVERIFY2( review::AgendaStore::agenda( path, agenda.name, QStringLiteral( "en" ), &back, &error ), qPrintable( error ) );
    QCOMPARE( back.name, agenda.name );
    QVERIFY2( review::AgendaStore::remove( path, agenda.name, &error ), qPrintable( error ) );
  }

  //! A viewer's writes are refused by PostgreSQL (not by Vigie), naming the table and the role; an operator may acknowledge.
  void rolesEnforcedByTheDatabase()
  {
    const QString path = newTerritory( QStringLiteral( "roles" ) );
    QString error;
    // tables first (the feeds tables, an alarm, a roadmap document), then the roles and their grants
    {
      std::unique_ptr<ObservationStore> store = ObservationStore::open( path, &error );
      QVERIFY2( store, qPrintable( error ) );
      AlarmRule rule;
      rule.name = QStringLiteral( "high" );
      rule.type = AlarmRuleType::Above;
      rule.threshold = 5;
      QVERIFY2( store->alarms()->addRule( rule, &error ), qPrintable( error ) );
      StoreResult result;
      QVERIFY2( store->store( { obs( QStringLiteral( "p1" ), 0, 6.0 ), obs( QStringLiteral( "p2" ), 0, 7.0 ) }, &result, &error ),
                qPrintable( error ) );
      QCOMPARE( store->alarms()->alarms().size(), 2 );
    }
    roadmap::Roadmap r = roadmap::demoRoadmap();
    QVERIFY2( roadmap::saveRoadmapToTerritory( path, r, roadmap::demoRoadmapSettings( r ), &error ), qPrintable( error ) );
    const QString prefix = QStringLiteral( "r%1" ).arg( QCoreApplication::applicationPid() );
    QVERIFY2( TerritoryRoles::apply( path, prefix, nullptr, &error ), qPrintable( error ) );
    std::unique_ptr<SqlConnection> admin = SqlConnection::open( path, SqlConnection::Mode::ReadWrite, &error );
    QVERIFY2( admin, qPrintable( error ) );
    const QString elected = prefix + QStringLiteral( "_elu" );
    const QString agent = prefix + QStringLiteral( "_agent" );
    QVERIFY2( admin->execute( QStringLiteral( "DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN IN ROLE %2" )
                                  .arg( elected, TerritoryRoles::roleName( prefix, QStringLiteral( "viewer" ) ) ),
                              QVariantList(), &error ),
              qPrintable( error ) );
    QVERIFY2( admin->execute( QStringLiteral( "DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN IN ROLE %2" )
                                  .arg( agent, TerritoryRoles::roleName( prefix, QStringLiteral( "operator" ) ) ),
                              QVariantList(), &error ),
              qPrintable( error ) );

    // the viewer reads everything
    std::unique_ptr<ObservationStore> viewer = ObservationStore::open( asUser( path, elected ), &error );
    QVERIFY2( viewer, qPrintable( error ) );
    QCOMPARE( viewer->handle()->roleName(), elected );
    const QList<Alarm> alarms = viewer->alarms()->alarms();
    QCOMPARE( alarms.size(), 2 );
    // ... and cannot acknowledge: the database says no, naming the table and the role
    QVERIFY( !viewer->alarms()->acknowledge( alarms.first().id, QStringLiteral( "elu" ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "permission denied" ) ) && error.contains( QStringLiteral( "feeds_alarms" ) ) &&
                  error.contains( elected ) && error.contains( TerritoryRoles::roleName( prefix, QStringLiteral( "viewer" ) ) ),
              qPrintable( error ) );
    Alarm unchanged;
    QVERIFY( viewer->alarms()->alarm( alarms.first().id, &unchanged ) );
    QCOMPARE( unchanged.state, AlarmState::Raised );
    // nor store observations
    StoreResult result;
    QVERIFY( !viewer->store( { obs( QStringLiteral( "p1" ), 60, 1.0 ) }, &result, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "permission denied" ) ) && error.contains( elected ), qPrintable( error ) );
    // nor add a roadmap project
    roadmap::Roadmap more = r;
    more.projects << more.projects.first();
    more.projects.last().id = QStringLiteral( "new-project" );
    QVERIFY( !roadmap::saveRoadmapToTerritory( asUser( path, elected ), more, roadmap::demoRoadmapSettings( more ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "permission denied" ) ) && error.contains( QStringLiteral( "roadmap_documents" ) ) &&
                  error.contains( elected ),
              qPrintable( error ) );

    // the operator acknowledges; the operator cannot change the roadmap (planner's)
    std::unique_ptr<ObservationStore> operatorStore = ObservationStore::open( asUser( path, agent ), &error );
    QVERIFY2( operatorStore, qPrintable( error ) );
    QVERIFY2( operatorStore->alarms()->acknowledge( alarms.first().id, QStringLiteral( "agent" ), &error ), qPrintable( error ) );
    QVERIFY( viewer->alarms()->alarm( alarms.first().id, &unchanged ) );
    QCOMPARE( unchanged.state, AlarmState::Acknowledged );
    QVERIFY( !roadmap::saveRoadmapToTerritory( asUser( path, agent ), more, roadmap::demoRoadmapSettings( more ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "roadmap_documents" ) ) && error.contains( agent ), qPrintable( error ) );
    viewer.reset();
    operatorStore.reset();
    admin->execute( QStringLiteral( "DROP OWNED BY %1, %2; DROP ROLE %1; DROP ROLE %2" ).arg( elected, agent ) );
  }
};

QTEST_GUILESS_MAIN( TestPgStores )
#include "tst_pgstores.moc"
