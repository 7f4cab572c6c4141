// SPDX-License-Identifier: GPL-2.0-or-later
// The live leak monitor (hydraulics::LeakMonitor, `vigie-cli water watch`): hourly updates give the
// leaks of one batch run over the same period (2018 L-Town data: the replay week, and two weeks with
// an abrupt leak; trained, and untrained with the same warm-up calibration); on a territory holding
// the replay week (L-TOWN imported with the real water plugin, the replay feed's observations), a
// leak raises one alarm, kept in the territory, never raised again (later runs, after acknowledging);
// missing and malformed sensor data are reported, not fatal.
#include "alarms.h"
#include "clitest.h"
#include "decoder.h"
#include "inpreader.h"
#include "leakdetector.h"
#include "leakmonitor.h"
#include "observationstore.h"
#include "pluginmanager.h"
#include "replayfeed.h"
#include "scada.h"
#include "sqlconnection.h"
#include "territory.h"
#include "vigietest.h"
#include "waterterritory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace vigie;
using namespace vigie::hydraulics;

namespace
{
  //! Rows of \a data in [from, to) (UTC s).
  ScadaData slice( const ScadaData &data, qint64 from, qint64 to )
  {
    ScadaData out;
    out.directory = data.directory;
    const QVector<QPair<const ScadaTable *, ScadaTable *>> tables = {
        { &data.pressures, &out.pressures }, { &data.flows, &out.flows }, { &data.levels, &out.levels }, { &data.demands, &out.demands } };
    for ( const auto &t : tables )
    {
      t.second->columns = t.first->columns;
      t.second->fileName = t.first->fileName;
    }
    const auto begin = std::lower_bound( data.times.cbegin(), data.times.cend(), from );
    const auto end = std::lower_bound( data.times.cbegin(), data.times.cend(), to );
    const int first = static_cast<int>( begin - data.times.cbegin() );
    const int last = static_cast<int>( end - data.times.cbegin() );
    for ( int r = first; r < last; ++r )
    {
      out.times << data.times.at( r );
      for ( const auto &t : tables )
        for ( int c = 0; c < t.first->columns.size(); ++c )
          t.second->values << t.first->value( r, c );
    }
    return out;
  }

  qint64 utc( int year, int month, int day )
  {
    return QDateTime( QDate( year, month, day ), QTime( 0, 0 ), Qt::UTC ).toSecsSinceEpoch();
  }

  //! R1 - P1 (metered) - J1 - P2 - J2 - P3 - J3 (the small network of tst_leakdetector).
  const char *kSmallNetwork = "[JUNCTIONS]\n J1 10 0.5\n J2 10 0.5\n J3 10 0.5\n"
                              "[RESERVOIRS]\n R1 100\n"
                              "[PIPES]\n P1 R1 J1 300 200 100 0 Open\n P2 J1 J2 300 150 100 0 Open\n P3 J2 J3 300 100 100 0 Open\n"
                              "[OPTIONS]\n Units LPS\n[END]\n";

  //! \a hours of 5-minute rows of the small network from \a start, with the columns given.
  ScadaData smallChunk( qint64 start, int hours, const QStringList &pressures, const QStringList &flows )
  {
    ScadaData data;
    data.pressures.columns = pressures;
    data.flows.columns = flows;
    data.demands.columns = QStringList{ QStringLiteral( "J2" ) };
    for ( int s = 0; s < hours * 12; ++s )
    {
      data.times << start + s * 300LL;
      for ( int i = 0; i < pressures.size(); ++i )
        data.pressures.values << 80.0 - i;
      for ( int i = 0; i < flows.size(); ++i )
        data.flows.values << 5.0 + 0.1 * ( s % 5 );
      data.demands.values << 3000.0;
    }
    return data;
  }
} // namespace

class TestLeakMonitor : public test::Test
{
  Q_OBJECT

private:
  PluginManager mManager;
  CliCommand mCommand;
  QString mInp;
  QString mTrainingDir;
  Network mNetwork;
  ScadaData mYear; //!< the 2018 training year (shared data), empty when absent
  QVector<KnownLeak> mKnown;
  QString mTerritory; //!< L-TOWN with the replay week stored

  bool haveYear() const { return mYear.rowCount() > 0; }

  //! L-TOWN imported, the replay week 2018-01-22 stored through the replay feed (as the demo does).
  QString buildReplayTerritory( const QString &name )
  {
    const QString path = tempPath( name );
    TerritoryInfo info;
    info.name = QStringLiteral( "L-Town" );
    QString error, summary;
    if ( !Territory::create( path, info, mManager.plugins(), &error ) )
      qFatal( "%s", qPrintable( error ) );
    WaterImportOptions options;
    options.benchmark = true;
    if ( !importInpIntoTerritory( path, mInp, options, &summary, &error ) )
      qFatal( "%s", qPrintable( error ) );
    std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( path, &error );
    if ( !store || !store->setDurability( feeds::ObservationStore::Durability::Normal, &error ) )
      qFatal( "%s", qPrintable( error ) );
    feeds::ReplayFeed feed;
    std::unique_ptr<feeds::Decoder> decoder = feeds::createDecoder( QStringLiteral( "json" ), &error );
    feeds::ReplayStats stats;
    const QDateTime start( QDate( 2018, 1, 22 ), QTime( 0, 0 ), Qt::UTC );
    if ( !decoder || !feed.prepare( *store, &error ) || !feed.run( *store, *decoder, start, start.addDays( 7 ), &stats, &error ) )
      qFatal( "%s", qPrintable( error ) );
    return path;
  }

  QList<feeds::Alarm> leakAlarms( const QString &path, bool includeCleared = true )
  {
    QString error;
    std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( path, &error );
    QList<feeds::Alarm> out;
    if ( !store )
      return out;
    for ( const feeds::Alarm &a : store->alarms()->alarms( includeCleared ) )
      if ( a.ruleId == 0 && a.sensorId.startsWith( QLatin1String( "leak:" ) ) )
        out << a;
    return out;
  }

  test::CliResult watch( const QString &path, const QStringList &extra )
  {
    QStringList args{ QStringLiteral( "watch" ),  path,
                      QStringLiteral( "--from" ), QStringLiteral( "2018-01-22 00:00" ),
                      QStringLiteral( "--to" ),   QStringLiteral( "2018-01-29 00:00" ) };
    if ( haveYear() )
      args << QStringLiteral( "--train" ) << mTrainingDir << QStringLiteral( "--train-leaks" )
           << QDir( mTrainingDir ).filePath( QStringLiteral( "leaks_2018.csv" ) );
    return test::runCliCommand( mCommand, args + extra );
  }

private Q_SLOTS:
  void initTestCase()
  {
    qputenv( "VIGIE_PLUGIN_PATH", QFile::encodeName( test::pluginDirectory() ) );
    QVERIFY( mManager.loadFrom( { test::pluginDirectory() } ) >= 1 );
    DomainPlugin *plugin = mManager.plugin( QStringLiteral( "water" ) );
    QVERIFY( plugin );
    for ( const CliCommand &c : plugin->cliCommands() )
      if ( c.name == QLatin1String( "water" ) )
        mCommand = c;
    QVERIFY( mCommand.run );
    mInp = test::demoSourcePath( QStringLiteral( "water/L-TOWN.inp" ) );
    QString error;
    QVERIFY2( InpReader::readFile( mInp, mNetwork, &error ), qPrintable( error ) );
    // the 2018 training year only (2019 is the evaluation year: never read here)
    mTrainingDir = test::sharedDataPath( QStringLiteral( "water/battledim-sim/2018" ) );
    if ( QFileInfo::exists( QDir( mTrainingDir ).filePath( QStringLiteral( "Pressures.csv.gz" ) ) ) )
    {
      QVERIFY2( mYear.read( mTrainingDir, true, &error ), qPrintable( error ) );
      QVERIFY2( readKnownLeaks( QDir( mTrainingDir ).filePath( QStringLiteral( "leaks_2018.csv" ) ), &mKnown, &error ),
                qPrintable( error ) );
    }
    mTerritory = buildReplayTerritory( QStringLiteral( "l town replay.gpkg" ) );
  }

  void incrementalEqualsBatch_data()
  {
    QTest::addColumn<qint64>( "from" );
    QTest::addColumn<int>( "days" );
    QTest::addColumn<bool>( "trained" );
    QTest::addColumn<int>( "minimumLeaks" );
    QTest::addColumn<int>( "stepSeconds" );
    // the replay week: p257 (running since 2018-01-08) is there from the start; p461 starts on the 23rd
    QTest::newRow( "replay week, trained" ) << utc( 2018, 1, 22 ) << 7 << true << 1 << 3600;
    // updates of 7 hours: days end inside an update
    QTest::newRow( "replay week, trained, 7-hour updates" ) << utc( 2018, 1, 22 ) << 7 << true << 1 << 7 * 3600;
    // an abrupt leak (p673, 2018-03-05 15:45) in the middle of two weeks
    QTest::newRow( "abrupt leak, trained" ) << utc( 2018, 2, 26 ) << 14 << true << 2 << 3600;
    // untrained: the detector calibrates on the warm-up days; the batch is given the same calibration
    QTest::newRow( "replay week, untrained" ) << utc( 2018, 1, 22 ) << 7 << false << 0 << 3600;
  }

  void incrementalEqualsBatch()
  {
    QFETCH( qint64, from );
    QFETCH( int, days );
    QFETCH( bool, trained );
    QFETCH( int, minimumLeaks );
    QFETCH( int, stepSeconds );
    if ( !haveYear() )
      QSKIP( "the 2018 BattLeDIM-like data (shared/data/water/battledim-sim/2018) is not here" );
    const qint64 to = from + days * 86400LL;
    const ScadaData period = slice( mYear, from, to );
    QCOMPARE( period.rowCount(), days * 288 );
    LeakMonitorOptions options;

    // batch
    QString error;
    LeakDetector batch( mNetwork, options.detector );
    QVERIFY2( batch.prepare( period, &error ), qPrintable( error ) );
    if ( trained )
      QVERIFY2( batch.train( mYear, mKnown, &error ), qPrintable( error ) );
    else
    {
      QVector<DetectedLeak> warmUp;
      QVERIFY2( batch.detect( slice( mYear, from, from + options.warmUpDays * 86400LL ), &warmUp, &error ), qPrintable( error ) );
    }
    QVector<DetectedLeak> expected;
    QVERIFY2( batch.detect( period, &expected, &error ), qPrintable( error ) );
    QVERIFY2( expected.size() >= minimumLeaks, qPrintable( QString::number( expected.size() ) ) );

    // hourly updates
    LeakMonitor monitor( mNetwork, options );
    if ( trained )
      monitor.setTraining( mYear, mKnown );
    double maximumMs = 0;
    int detections = 0;
    for ( qint64 t = from; t < to; t += stepSeconds )
    {
      const qint64 next = std::min( t + stepSeconds, to );
      LeakMonitorUpdate update;
      QVERIFY2( monitor.append( slice( mYear, t, next ), next, &update, &error ), qPrintable( error ) );
      QCOMPARE( update.rows, static_cast<int>( ( next - t ) / 300 ) );
      QVERIFY2( update.problems.isEmpty(), qPrintable( update.problems.join( QLatin1Char( '\n' ) ) ) );
      detections += update.detectionRan ? 1 : 0;
      if ( t > from )
        maximumMs = std::max( maximumMs, update.milliseconds );
      // a leak is reported at the first update after its alarm day is complete, never before it
      for ( const DetectedLeak &leak : std::as_const( update.newLeaks ) )
        QVERIFY( leak.time < next );
    }
    QCOMPARE( detections, days - options.warmUpDays + 1 );
    const QVector<DetectedLeak> reported = monitor.reported();
    QCOMPARE( reported.size(), expected.size() );
    for ( int i = 0; i < expected.size(); ++i )
    {
      QCOMPARE( reported.at( i ).pipe, expected.at( i ).pipe );
      QCOMPARE( reported.at( i ).zone, expected.at( i ).zone );
      QCOMPARE( reported.at( i ).time, expected.at( i ).time );
      QCOMPARE( reported.at( i ).changeTime, expected.at( i ).changeTime );
      QCOMPARE( reported.at( i ).flow, expected.at( i ).flow );
      QCOMPARE( reported.at( i ).runningAtStart, expected.at( i ).runningAtStart );
      QCOMPARE( reported.at( i ).candidates.size(), expected.at( i ).candidates.size() );
      for ( int c = 0; c < expected.at( i ).candidates.size(); ++c )
        QCOMPARE( reported.at( i ).candidates.at( c ).pipe, expected.at( i ).candidates.at( c ).pipe );
    }
    qInfo( "%d leaks; hourly update at most %.1f ms over %d days", static_cast<int>( reported.size() ), maximumMs, days );
  }

  void alarmRaisedOnce()
  {
    if ( !haveYear() )
      QSKIP( "the 2018 BattLeDIM-like data (shared/data/water/battledim-sim/2018) is not here" );
    const QString json = tempPath( QStringLiteral( "watch.json" ) );
    const test::CliResult first = watch( mTerritory, { QStringLiteral( "--json" ), json } );
    QVERIFY2( first.code == 0, qPrintable( first.err ) );
    QFile file( json );
    QVERIFY( file.open( QIODevice::ReadOnly ) );
    const QJsonObject report = QJsonDocument::fromJson( file.readAll() ).object();
    const QJsonArray leaks = report.value( QStringLiteral( "leaks" ) ).toArray();
    QVERIFY( !leaks.isEmpty() );
    QCOMPARE( report.value( QStringLiteral( "updates" ) ).toInt(), 7 * 24 );
    qInfo( "water watch, replay week: %d hourly updates, %.1f ms mean, %.1f ms max (set-up %d ms)",
           report.value( QStringLiteral( "updates" ) ).toInt(), report.value( QStringLiteral( "mean_update_ms" ) ).toDouble(),
           report.value( QStringLiteral( "max_update_ms" ) ).toDouble(), report.value( QStringLiteral( "setup_ms" ) ).toInt() );
    QVERIFY( report.value( QStringLiteral( "problems" ) ).toArray().isEmpty() );
    const QList<feeds::Alarm> alarms = leakAlarms( mTerritory );
    QCOMPARE( alarms.size(), leaks.size() );
    QCOMPARE( report.value( QStringLiteral( "alarms_raised" ) ).toInt(), alarms.size() );
    for ( const feeds::Alarm &alarm : alarms )
    {
      // the asset is the top candidate pipe; the message names the candidates
      QJsonObject leak;
      for ( const QJsonValue &l : leaks )
        if ( l.toObject().value( QStringLiteral( "alarm" ) ).toDouble() == static_cast<double>( alarm.id ) )
          leak = l.toObject();
      QVERIFY( !leak.isEmpty() );
      QCOMPARE( alarm.state, feeds::AlarmState::Raised );
      QCOMPARE( alarm.layer, QStringLiteral( "water_pipes" ) );
      QVERIFY( alarm.fid >= 0 );
      QVERIFY( alarm.message.contains( leak.value( QStringLiteral( "pipe" ) ).toString() ) );
      QVERIFY( alarm.message.contains( leak.value( QStringLiteral( "candidates" ) ).toArray().at( 1 ).toString() ) );
      QCOMPARE( alarm.value, leak.value( QStringLiteral( "flow_m3h" ) ).toDouble() );
      QCOMPARE( formatScadaTime( alarm.raisedAt.toSecsSinceEpoch() ), leak.value( QStringLiteral( "time" ) ).toString() );
    }

    // a second run over the same data: the same leaks, no new alarm
    const test::CliResult second = watch( mTerritory, {} );
    QVERIFY2( second.code == 0, qPrintable( second.err ) );
    QVERIFY2( second.out.contains( QStringLiteral( "0 alarms raised" ) ), qPrintable( second.out ) );
    QCOMPARE( leakAlarms( mTerritory ).size(), alarms.size() );

    // acknowledged, then watched again: still one alarm, still acknowledged
    {
      QString error;
      std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( mTerritory, &error );
      QVERIFY2( store, qPrintable( error ) );
      QVERIFY2( store->alarms()->acknowledge( alarms.constFirst().id, QStringLiteral( "tester" ), &error ), qPrintable( error ) );
    }
    const test::CliResult third = watch( mTerritory, {} );
    QVERIFY2( third.code == 0, qPrintable( third.err ) );
    QVERIFY2( third.out.contains( QStringLiteral( "0 alarms raised" ) ), qPrintable( third.out ) );
    const QList<feeds::Alarm> after = leakAlarms( mTerritory );
    QCOMPARE( after.size(), alarms.size() );
    for ( const feeds::Alarm &a : after )
      if ( a.id == alarms.constFirst().id )
        QCOMPARE( a.state, feeds::AlarmState::Acknowledged );
  }

  void alarmKeyIsKept()
  {
    // raising the same leak twice through the API: one alarm; a cleared one is not raised again
    QString error;
    const QString path = copyFixture( mTerritory, QStringLiteral( "keys.gpkg" ) );
    std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( path, &error );
    QVERIFY2( store, qPrintable( error ) );
    DetectedLeak leak;
    leak.pipe = QStringLiteral( "p461" );
    leak.zone = QStringLiteral( "C" );
    leak.flow = 7.5;
    leak.time = utc( 2018, 1, 25 );
    leak.changeTime = utc( 2018, 1, 23 ) + 4 * 3600;
    leak.candidates = { LeakCandidate(), LeakCandidate() };
    leak.candidates[0].pipe = QStringLiteral( "p461" );
    leak.candidates[1].pipe = QStringLiteral( "p460" );
    qint64 id = -1, again = -1;
    bool created = false;
    QVERIFY2( LeakMonitor::raiseAlarm( store.get(), leak, 5, &id, &created, &error ), qPrintable( error ) );
    QVERIFY( created );
    feeds::Alarm alarm;
    QVERIFY( store->alarms()->alarm( id, &alarm ) );
    QCOMPARE( alarm.severity, feeds::AlarmSeverity::Critical );
    QVERIFY( alarm.message.contains( QStringLiteral( "p460" ) ) );
    QVERIFY2( LeakMonitor::raiseAlarm( store.get(), leak, 5, &again, &created, &error ), qPrintable( error ) );
    QVERIFY( !created );
    QCOMPARE( again, id );
    QVERIFY2( store->alarms()->clear( id, QStringLiteral( "tester" ), &error ), qPrintable( error ) );
    QVERIFY2( LeakMonitor::raiseAlarm( store.get(), leak, 5, &again, &created, &error ), qPrintable( error ) );
    QVERIFY( !created );
    // a smaller leak elsewhere: a new warning
    leak.zone = QStringLiteral( "A+B" );
    leak.flow = 2;
    QVERIFY2( LeakMonitor::raiseAlarm( store.get(), leak, 5, &again, &created, &error ), qPrintable( error ) );
    QVERIFY( created );
    QVERIFY( store->alarms()->alarm( again, &alarm ) );
    QCOMPARE( alarm.severity, feeds::AlarmSeverity::Warning );
  }

  void missingAndMalformedData()
  {
    Network small;
    QString error;
    QVERIFY2( InpReader::readText( QString::fromLatin1( kSmallNetwork ), QStringLiteral( "small.inp" ), small, &error ),
              qPrintable( error ) );
    const QStringList pressures{ QStringLiteral( "J1" ), QStringLiteral( "J3" ) };
    const QStringList flows{ QStringLiteral( "P1" ) };
    const qint64 start = utc( 2018, 3, 5 );

    // no flow meter: the detection cannot run, and says why
    {
      LeakMonitor monitor( small );
      LeakMonitorUpdate update;
      QVERIFY( !monitor.append( smallChunk( start, 1, pressures, {} ), start + 3600, &update, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "flow meter" ) ), qPrintable( error ) );
    }
    // a training record without a live sensor
    {
      LeakMonitor monitor( small );
      monitor.setTraining( smallChunk( start - 86400 * 7, 24, { QStringLiteral( "J1" ) }, flows ), {} );
      QVERIFY( !monitor.append( smallChunk( start, 1, pressures, flows ), start + 3600, nullptr, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "\"J3\"" ) ), qPrintable( error ) );
    }
    LeakMonitor monitor( small );
    LeakMonitorUpdate update;
    QVERIFY2( monitor.append( smallChunk( start, 1, pressures, flows ), start + 3600, &update, &error ), qPrintable( error ) );
    QCOMPARE( update.rows, 12 );
    QVERIFY( update.problems.isEmpty() );
    // a sensor of the layout missing for an hour: its rows are left out, reported with its name
    update = LeakMonitorUpdate();
    QVERIFY( monitor.append( smallChunk( start + 3600, 1, { QStringLiteral( "J1" ) }, flows ), start + 7200, &update, &error ) );
    QCOMPARE( update.rows, 0 );
    QCOMPARE( update.droppedSteps, 12 );
    QVERIFY2( update.problems.join( QLatin1Char( ' ' ) ).contains( QStringLiteral( "J3" ) ),
              qPrintable( update.problems.join( QLatin1Char( ' ' ) ) ) );
    // a value that is not a number, and a sensor that appeared later
    ScadaData bad = smallChunk( start + 7200, 1, { QStringLiteral( "J1" ), QStringLiteral( "J3" ), QStringLiteral( "J2" ) }, flows );
    bad.flows.values[3] = std::numeric_limits<double>::quiet_NaN();
    update = LeakMonitorUpdate();
    QVERIFY( monitor.append( bad, start + 3 * 3600, &update, &error ) );
    QCOMPARE( update.rows, 11 );
    QCOMPARE( update.droppedSteps, 1 );
    const QString problems = update.problems.join( QLatin1Char( '\n' ) );
    QVERIFY2( problems.contains( QStringLiteral( "not a number" ) ), qPrintable( problems ) );
    QVERIFY2( problems.contains( QStringLiteral( "J2" ) ), qPrintable( problems ) );
    // rows already analysed (sent again) are left out
    update = LeakMonitorUpdate();
    QVERIFY( monitor.append( smallChunk( start, 1, pressures, flows ), start + 3 * 3600, &update, &error ) );
    QCOMPARE( update.rows, 0 );
    QCOMPARE( update.droppedSteps, 12 );
    QCOMPARE( monitor.position(), start + 3 * 3600 );

    // a territory whose flow meter misses an hour and whose pressure sensor never reported: warnings, exit 0
    const QString path = copyFixture( mTerritory, QStringLiteral( "gaps.gpkg" ) );
    {
      std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadWrite, &error );
      QVERIFY2( db, qPrintable( error ) );
      const qint64 gap = QDateTime( QDate( 2018, 1, 24 ), QTime( 10, 0 ), Qt::UTC ).toMSecsSinceEpoch();
      QVERIFY2( db->execute( QStringLiteral( "DELETE FROM feeds_observations WHERE sensor = 'ltown-flow-p227' AND t >= ? AND t < ?" ),
                             { gap, gap + 3600000 }, &error ),
                qPrintable( error ) );
      QVERIFY2(
          db->execute( QStringLiteral( "DELETE FROM feeds_observations WHERE sensor = 'ltown-pressure-n1' AND t >= ?" ), { gap }, &error ),
          qPrintable( error ) );
    }
    const test::CliResult r = watch( path, { QStringLiteral( "--no-alarms" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.err.contains( QStringLiteral( "warning" ) ), qPrintable( r.err ) );
    QVERIFY2( r.err.contains( QStringLiteral( "n1" ) ), qPrintable( r.err ) );
    QVERIFY2( r.out.contains( QStringLiteral( "0 alarms raised" ) ), qPrintable( r.out ) );
    QCOMPARE( leakAlarms( path ).size(), leakAlarms( mTerritory ).size() ); // none raised with --no-alarms

    // bad command lines
    QCOMPARE( test::runCliCommand( mCommand, { QStringLiteral( "watch" ) } ).code, 2 );
    QCOMPARE( test::runCliCommand( mCommand, { QStringLiteral( "watch" ), path, QStringLiteral( "--step" ), QStringLiteral( "0" ) } ).code,
              2 );
    QCOMPARE( test::runCliCommand( mCommand, { QStringLiteral( "watch" ), tempPath( QStringLiteral( "none.gpkg" ) ) } ).code, 3 );
  }
};

QTEST_GUILESS_MAIN( TestLeakMonitor )
#include "tst_leakmonitor.moc"
