// SPDX-License-Identifier: GPL-2.0-or-later
#include "clitest.h"
#include "feedscli.h"
#include "feedstestutil.h"
#include "observationstore.h"
#include "vigietest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vigie;
using namespace vigie::feeds;
using vigie::test::CliResult;

class TestFeedsCli : public vigie::test::Test
{
  Q_OBJECT

private:
  QHash<QString, CliCommand> mCommands;
  int mFiles = 0;
  int mTestCalls = 0;

  CliResult run( const QString &command, const QStringList &args )
  {
    return vigie::test::runCliCommand( mCommands.value( command ), args );
  }

  QJsonObject json( const CliResult &r )
  {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson( r.out.toUtf8(), &error );
    if ( error.error != QJsonParseError::NoError )
      qWarning( "not JSON: %s / %s", qPrintable( r.out ), qPrintable( r.err ) );
    return document.object();
  }

  QString territory( bool assets = true )
  {
    const QString path = tempPath( QStringLiteral( "cli territory %1 é.gpkg" ).arg( ++mFiles ) );
    QString error = vigie::test::createFeedsTerritory( path );
    if ( error.isEmpty() && assets )
      error = vigie::test::addDemoLikeAssets( path );
    if ( !error.isEmpty() )
      qFatal( "%s", qPrintable( error ) );
    return path;
  }

  static QByteArray digest( const QString &path )
  {
    QFile file( path );
    file.open( QIODevice::ReadOnly );
    return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
  }

  //! One hour of replay from a Monday 00:00 UTC: 12 steps x (37 SCADA + 82 customer meters) + 4 x 2 lamps + 1 x 2 bins.
  static constexpr qint64 kHour = 12 * ( 37 + 82 ) + 4 * 2 + 2;

private Q_SLOTS:
  void initTestCase()
  {
    CliCommand test;
    test.name = QStringLiteral( "test" );
    test.summary = QStringLiteral( "a feeds subcommand written elsewhere" );
    test.run = [this]( const QStringList &args, QTextStream &out, QTextStream & )
    {
      ++mTestCalls;
      out << args.join( QLatin1Char( ' ' ) );
      return 0;
    };
    const QList<CliCommand> commands = feedsCliCommands( { test } );
    for ( const CliCommand &c : commands )
      mCommands.insert( c.name, c );
    QCOMPARE( mCommands.size(), 4 );
  }

  void countOnFreshTerritoryChangesNothing()
  {
    const QString path = territory( false );
    const QByteArray before = digest( path );
    const CliResult r = run( QStringLiteral( "observations" ), { QStringLiteral( "count" ), path, QStringLiteral( "--json" ) } );
    QCOMPARE( r.code, 0 );
    QCOMPARE( json( r ).value( QStringLiteral( "observations" ) ).toInt(), 0 );
    QCOMPARE( digest( path ), before );
    const CliResult list = run( QStringLiteral( "sensors" ), { QStringLiteral( "list" ), path } );
    QCOMPARE( list.code, 0 );
    QCOMPARE( digest( path ), before );
  }

  void replayCountExportRetention()
  {
    const QString path = territory();
    CliResult r = run( QStringLiteral( "feeds" ),
                       { QStringLiteral( "replay" ), path, QStringLiteral( "--hours" ), QStringLiteral( "1" ), QStringLiteral( "--start" ),
                         QStringLiteral( "2024-01-08T00:00:00Z" ), QStringLiteral( "--json" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QJsonObject o = json( r );
    QCOMPARE( qint64( o.value( QStringLiteral( "stored" ) ).toDouble() ), kHour );
    QCOMPARE( o.value( QStringLiteral( "bound" ) ).toInt(), 14 ); // + the customer meters at n1, n2, n4, n31

    r = run( QStringLiteral( "observations" ), { QStringLiteral( "count" ), path, QStringLiteral( "--json" ) } );
    QCOMPARE( r.code, 0 );
    QCOMPARE( qint64( json( r ).value( QStringLiteral( "observations" ) ).toDouble() ), kHour );
    r = run( QStringLiteral( "observations" ),
             { QStringLiteral( "count" ), path, QStringLiteral( "--sensor" ), QStringLiteral( "ltown-pressure-n1" ) } );
    QCOMPARE( r.code, 0 );
    QVERIFY2( r.out.startsWith( QStringLiteral( "12 observations" ) ), qPrintable( r.out ) );
    r = run( QStringLiteral( "observations" ), { QStringLiteral( "count" ), path, QStringLiteral( "--sensor=nobody" ) } );
    QCOMPARE( r.code, 1 );
    QVERIFY2( r.err.contains( QStringLiteral( "nobody" ) ), qPrintable( r.err ) );

    // export a window of one sensor; values as the store has them
    const QString csv = tempPath( QStringLiteral( "out é.csv" ) );
    r = run( QStringLiteral( "observations" ),
             { QStringLiteral( "export" ), path, QStringLiteral( "--out" ), csv, QStringLiteral( "--sensor" ),
               QStringLiteral( "ltown-level-T1" ), QStringLiteral( "--from" ), QStringLiteral( "2024-01-08T00:10:00Z" ),
               QStringLiteral( "--to" ), QStringLiteral( "2024-01-08T00:30:00Z" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QFile file( csv );
    QVERIFY( file.open( QIODevice::ReadOnly ) );
    const QStringList lines = QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    QCOMPARE( lines.size(), 1 + 4 );
    QCOMPARE( lines.at( 0 ), QStringLiteral( "sensor,time,value,unit,flags" ) );
    std::unique_ptr<ObservationStore> store = ObservationStore::openReadOnly( path, nullptr );
    QVERIFY( store );
    const QDateTime t = QDateTime( QDate( 2024, 1, 8 ), QTime( 0, 10 ), Qt::UTC );
    const Observation first = store->observations( QStringLiteral( "ltown-level-T1" ), t, t.addSecs( 1 ) ).value( 0 );
    QCOMPARE( lines.at( 1 ), QStringLiteral( "ltown-level-T1,2024-01-08T00:10:00.000Z,%1,m," ).arg( first.value, 0, 'g', 15 ) );
    store.reset();

    // bad options change nothing
    const QString other = tempPath( QStringLiteral( "never.csv" ) );
    r = run( QStringLiteral( "observations" ), { QStringLiteral( "export" ), path, QStringLiteral( "--out" ), other,
                                                 QStringLiteral( "--from" ), QStringLiteral( "yesterday" ) } );
    QCOMPARE( r.code, 2 );
    QVERIFY2( r.err.contains( QStringLiteral( "--from" ) ) && r.err.contains( QStringLiteral( "yesterday" ) ), qPrintable( r.err ) );
    QVERIFY( !QFile::exists( other ) );
    r = run( QStringLiteral( "observations" ),
             { QStringLiteral( "retention" ), path, QStringLiteral( "--raw-days" ), QStringLiteral( "-3" ) } );
    QCOMPARE( r.code, 2 );
    r = run( QStringLiteral( "observations" ),
             { QStringLiteral( "export" ), tempPath( QStringLiteral( "missing.gpkg" ) ), QStringLiteral( "--out" ), other } );
    QCOMPARE( r.code, 3 );
    QVERIFY2( r.err.contains( QStringLiteral( "missing.gpkg" ) ), qPrintable( r.err ) );

    // retention: everything is older than 0 days
    r = run( QStringLiteral( "observations" ),
             { QStringLiteral( "retention" ), path, QStringLiteral( "--raw-days" ), QStringLiteral( "0" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.out.startsWith( QString::number( kHour ) ), qPrintable( r.out ) );
    r = run( QStringLiteral( "observations" ), { QStringLiteral( "count" ), path, QStringLiteral( "--json" ) } );
    o = json( r );
    QCOMPARE( o.value( QStringLiteral( "observations" ) ).toInt(), 0 );
    // 4 quarter-hours x (37 SCADA + 82 customer meters + 2 lamps) + 1 x 2 bins
    QCOMPARE( o.value( QStringLiteral( "aggregates" ) ).toInt(), 4 * ( 39 + 82 ) + 2 );
    r = run( QStringLiteral( "observations" ),
             { QStringLiteral( "export" ), path, QStringLiteral( "--out" ), csv, QStringLiteral( "--aggregates" ),
               QStringLiteral( "--sensor" ), QStringLiteral( "ltown-pressure-n1" ) } );
    QCOMPARE( r.code, 0 );
    file.close();
    QVERIFY( file.open( QIODevice::ReadOnly ) );
    const QStringList aggregates = QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    QCOMPARE( aggregates.size(), 1 + 4 );
    QVERIFY2( aggregates.at( 1 ).endsWith( QStringLiteral( ",3" ) ), qPrintable( aggregates.at( 1 ) ) ); // 3 values per quarter-hour
  }

  void sensorsBindAndList()
  {
    const QString path = territory();
    CliResult r = run( QStringLiteral( "feeds" ), { QStringLiteral( "replay" ), path, QStringLiteral( "--hours=0.5" ),
                                                    QStringLiteral( "--start=2024-01-08T00:00:00Z" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    r = run( QStringLiteral( "sensors" ), { QStringLiteral( "list" ), path, QStringLiteral( "--unbound" ), QStringLiteral( "--json" ) } );
    QCOMPARE( r.code, 0 );
    const int unbound = json( r ).value( QStringLiteral( "sensors" ) ).toArray().size();
    QCOMPARE( unbound, 37 - 6 + 82 - 4 ); // SCADA and customer meters without their asset in this territory

    const QByteArray before = digest( path );
    r = run( QStringLiteral( "sensors" ), { QStringLiteral( "bind" ), path, QStringLiteral( "ltown-pressure-n54" ),
                                            QStringLiteral( "water:junctions" ), QStringLiteral( "99" ) } );
    QCOMPARE( r.code, 1 );
    QVERIFY2( r.err.contains( QStringLiteral( "99" ) ) && r.err.contains( QStringLiteral( "water:junctions" ) ), qPrintable( r.err ) );
    r = run( QStringLiteral( "sensors" ), { QStringLiteral( "bind" ), path, QStringLiteral( "ltown-pressure-n54" ),
                                            QStringLiteral( "water:junctions" ), QStringLiteral( "four" ) } );
    QCOMPARE( r.code, 2 );
    QCOMPARE( digest( path ), before );

    r = run( QStringLiteral( "sensors" ), { QStringLiteral( "bind" ), path, QStringLiteral( "ltown-pressure-n54" ),
                                            QStringLiteral( "water:junctions" ), QStringLiteral( "4" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    r = run( QStringLiteral( "sensors" ), { QStringLiteral( "list" ), path, QStringLiteral( "--json" ) } );
    const QJsonArray sensors = json( r ).value( QStringLiteral( "sensors" ) ).toArray();
    QCOMPARE( sensors.size(), 37 + 82 + 4 );
    bool found = false;
    for ( const QJsonValue &s : sensors )
    {
      if ( s.toObject().value( QStringLiteral( "id" ) ).toString() == QLatin1String( "ltown-pressure-n54" ) )
      {
        found = true;
        QCOMPARE( s.toObject().value( QStringLiteral( "layer" ) ).toString(), QStringLiteral( "water_junctions" ) );
        QCOMPARE( s.toObject().value( QStringLiteral( "fid" ) ).toInt(), 4 );
        QCOMPARE( s.toObject().value( QStringLiteral( "state" ) ).toString(), QStringLiteral( "ok" ) );
      }
    }
    QVERIFY( found );
    r = run( QStringLiteral( "sensors" ), { QStringLiteral( "unbind" ), path, QStringLiteral( "ltown-pressure-n54" ) } );
    QCOMPARE( r.code, 0 );
    r = run( QStringLiteral( "sensors" ),
             { QStringLiteral( "register" ), path, QStringLiteral( "new-one" ), QStringLiteral( "--kind" ), QStringLiteral( "flow" ) } );
    QCOMPARE( r.code, 0 );
    r = run( QStringLiteral( "sensors" ),
             { QStringLiteral( "register" ), path, QStringLiteral( "new-two" ), QStringLiteral( "--kind" ), QStringLiteral( "colour" ) } );
    QCOMPARE( r.code, 2 );
    QVERIFY2( r.err.contains( QStringLiteral( "colour" ) ), qPrintable( r.err ) );
  }

  void alarmsFromReplay()
  {
    const QString path = territory();
    CliResult r =
        run( QStringLiteral( "alarms" ),
             { QStringLiteral( "add-rule" ), path, QStringLiteral( "--type" ), QStringLiteral( "below" ), QStringLiteral( "--threshold" ),
               QStringLiteral( "10" ), QStringLiteral( "--kind" ), QStringLiteral( "power" ), QStringLiteral( "--severity" ),
               QStringLiteral( "critical" ), QStringLiteral( "--name" ), QStringLiteral( "lamp off" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    r = run( QStringLiteral( "alarms" ), { QStringLiteral( "add-rule" ), path, QStringLiteral( "--type" ), QStringLiteral( "rate" ) } );
    QCOMPARE( r.code, 2 );
    QVERIFY2( r.err.contains( QStringLiteral( "--threshold" ) ), qPrintable( r.err ) );
    // Monday 2024-01-08 from 08:00 UTC: the lamps go to standby (daylight) -> below 10 W
    r = run( QStringLiteral( "feeds" ), { QStringLiteral( "replay" ), path, QStringLiteral( "--hours" ), QStringLiteral( "1" ),
                                          QStringLiteral( "--start" ), QStringLiteral( "2024-01-08T07:00:00Z" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    r = run( QStringLiteral( "alarms" ), { QStringLiteral( "list" ), path, QStringLiteral( "--json" ) } );
    QCOMPARE( r.code, 0 );
    QJsonArray alarms = json( r ).value( QStringLiteral( "alarms" ) ).toArray();
    QCOMPARE( alarms.size(), 2 ); // S1 and S2
    const QJsonObject first = alarms.at( 0 ).toObject();
    QCOMPARE( first.value( QStringLiteral( "severity" ) ).toString(), QStringLiteral( "critical" ) );
    QCOMPARE( first.value( QStringLiteral( "layer" ) ).toString(), QStringLiteral( "lighting_luminaires" ) );
    const QString id = QString::number( first.value( QStringLiteral( "id" ) ).toInt() );

    r = run( QStringLiteral( "alarms" ), { QStringLiteral( "ack" ), path, id, QStringLiteral( "--user" ), QStringLiteral( "alice" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    r = run( QStringLiteral( "alarms" ), { QStringLiteral( "ack" ), path, id, QStringLiteral( "--user" ), QStringLiteral( "alice" ) } );
    QCOMPARE( r.code, 1 );
    QVERIFY2( r.err.contains( QStringLiteral( "already acknowledged by alice" ) ), qPrintable( r.err ) );
    r = run( QStringLiteral( "alarms" ), { QStringLiteral( "clear" ), path, id } ); // the session user
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    r = run( QStringLiteral( "alarms" ),
             { QStringLiteral( "clear" ), path, QStringLiteral( "424242" ), QStringLiteral( "--user" ), QStringLiteral( "bob" ) } );
    QCOMPARE( r.code, 1 );
    QVERIFY2( r.err.contains( QStringLiteral( "424242" ) ), qPrintable( r.err ) );

    r = run( QStringLiteral( "alarms" ), { QStringLiteral( "list" ), path, QStringLiteral( "--json" ) } );
    QCOMPARE( json( r ).value( QStringLiteral( "alarms" ) ).toArray().size(), 1 );
    r = run( QStringLiteral( "alarms" ), { QStringLiteral( "list" ), path, QStringLiteral( "--all" ), QStringLiteral( "--json" ) } );
    alarms = json( r ).value( QStringLiteral( "alarms" ) ).toArray();
    QCOMPARE( alarms.size(), 2 );
    r = run( QStringLiteral( "alarms" ), { QStringLiteral( "history" ), path, id, QStringLiteral( "--json" ) } );
    QCOMPARE( r.code, 0 );
    const QJsonArray history = json( r ).value( QStringLiteral( "history" ) ).toArray();
    QCOMPARE( history.size(), 3 );
    QCOMPARE( history.at( 1 ).toObject().value( QStringLiteral( "user" ) ).toString(), QStringLiteral( "alice" ) );
    QCOMPARE( history.at( 2 ).toObject().value( QStringLiteral( "event" ) ).toString(), QStringLiteral( "cleared" ) );

    // stale check: nothing for a day -> the sensors go offline
    r = run( QStringLiteral( "alarms" ),
             { QStringLiteral( "add-rule" ), path, QStringLiteral( "--type" ), QStringLiteral( "stale" ), QStringLiteral( "--minutes" ),
               QStringLiteral( "30" ), QStringLiteral( "--sensor" ), QStringLiteral( "ltown-level-T1" ) } );
    QCOMPARE( r.code, 0 );
    r = run( QStringLiteral( "alarms" ),
             { QStringLiteral( "check" ), path, QStringLiteral( "--now" ), QStringLiteral( "2024-01-08T09:00:00Z" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.out.startsWith( QStringLiteral( "1 " ) ), qPrintable( r.out ) );
    r = run( QStringLiteral( "alarms" ), { QStringLiteral( "rules" ), path, QStringLiteral( "--json" ) } );
    QCOMPARE( json( r ).value( QStringLiteral( "rules" ) ).toArray().size(), 2 );
  }

  void feedsSubcommands()
  {
    CliResult r = run( QStringLiteral( "feeds" ), { QStringLiteral( "test" ), QStringLiteral( "config.json" ),
                                                    QStringLiteral( "--seconds" ), QStringLiteral( "3" ) } );
    QCOMPARE( r.code, 0 );
    QCOMPARE( mTestCalls, 1 );
    QCOMPARE( r.out, QStringLiteral( "config.json --seconds 3" ) );
    r = run( QStringLiteral( "feeds" ), { QStringLiteral( "--help" ) } );
    QCOMPARE( r.code, 0 );
    QVERIFY( r.out.contains( QStringLiteral( "replay" ) ) && r.out.contains( QStringLiteral( "a feeds subcommand written elsewhere" ) ) );
    r = run( QStringLiteral( "feeds" ), { QStringLiteral( "fly" ) } );
    QCOMPARE( r.code, 2 );
    QVERIFY2( r.err.contains( QStringLiteral( "fly" ) ) && r.err.contains( QStringLiteral( "test" ) ), qPrintable( r.err ) );
    r = run( QStringLiteral( "feeds" ), { QStringLiteral( "discover" ), QStringLiteral( "ftp://example.org/v1.1" ) } );
    QCOMPARE( r.code, 2 );
    r = run( QStringLiteral( "feeds" ), { QStringLiteral( "replay" ), territory(), QStringLiteral( "--speed" ), QStringLiteral( "-1" ) } );
    QCOMPARE( r.code, 2 );
    QVERIFY2( r.err.contains( QStringLiteral( "--speed" ) ), qPrintable( r.err ) );
    r = run( QStringLiteral( "observations" ), { QStringLiteral( "count" ), territory(), QStringLiteral( "--bogus" ) } );
    QCOMPARE( r.code, 2 );
    QVERIFY2( r.err.contains( QStringLiteral( "--bogus" ) ), qPrintable( r.err ) );
  }

  void pacedReplay()
  {
    // 30 simulated minutes at 1800x: about a second of real time
    const QString path = territory();
    QElapsedTimer timer;
    timer.start();
    const CliResult r =
        run( QStringLiteral( "feeds" ), { QStringLiteral( "replay" ), path, QStringLiteral( "--hours" ), QStringLiteral( "0.5" ),
                                          QStringLiteral( "--speed" ), QStringLiteral( "1800" ), QStringLiteral( "--json" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY( timer.elapsed() >= 800 );
    QVERIFY( json( r ).value( QStringLiteral( "stored" ) ).toInt() >= 5 * 37 );
  }
};

QTEST_GUILESS_MAIN( TestFeedsCli )
#include "tst_feedscli.moc"
