// SPDX-License-Identifier: GPL-2.0-or-later
// Live ingest into a PostGIS territory (issue 8): a real Mosquitto broker, a real PostgreSQL server
// of our own (tools/pgcluster) that is stopped and started again in the middle of the stream.
// Observations received meanwhile wait in the local journal and are written once the server is
// back: nothing lost, redeliveries stored once.
#include "feedconfig.h"
#include "feedstestutil.h"
#include "ingestservice.h"
#include "journal.h"
#include "mosquittobroker.h"
#include "observationstore.h"
#include "vigietest.h"

#include <QElapsedTimer>
#include <QProcess>

#include <atomic>
#include <functional>
#include <thread>

using namespace vigie;
using namespace vigie::feeds;

class TestPgIngest : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::MosquittoBroker mBroker;
  QString mClusterDir;
  QString mConninfo;

  static QString script() { return QStringLiteral( VIGIE_SOURCE_DIR "/tools/pgcluster" ); }

  bool cluster( const QString &command, QString *error )
  {
    QProcess process;
    process.start( script(), { command, mClusterDir } );
    if ( process.waitForFinished( 120000 ) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 )
      return true;
    *error = QStringLiteral( "tools/pgcluster %1: %2" ).arg( command, QString::fromUtf8( process.readAllStandardError() ) );
    return false;
  }

  static QByteArray lines( int first, int count, int sensors = 20 )
  {
    QByteArray out;
    const QDateTime base( QDate( 2026, 1, 1 ), QTime( 0, 0 ), Qt::UTC );
    for ( int i = first; i < first + count; ++i )
      out += QStringLiteral( "{\"sensor\":\"pg%1\",\"time\":\"%2\",\"value\":%3}\n" )
                 .arg( i % sensors )
                 .arg( base.addMSecs( qint64( i ) * 1000 ).toString( Qt::ISODateWithMs ) )
                 .arg( i )
                 .toUtf8();
    return out;
  }

  static bool waitFor( const std::function<bool()> &condition, int timeoutMs = 20000 )
  {
    QElapsedTimer timer;
    timer.start();
    while ( timer.elapsed() < timeoutMs )
    {
      if ( condition() )
        return true;
      QThread::msleep( 20 );
    }
    return condition();
  }

private Q_SLOTS:
  void initTestCase()
  {
    const QString missing = vigie::test::MosquittoBroker::missing();
    if ( !missing.isEmpty() )
      QSKIP( qPrintable( missing ) );
    // our own cluster, not the shared fixture's: this test stops its server
    mClusterDir = QStringLiteral( VIGIE_BINARY_DIR "/pgingest-%1" ).arg( QCoreApplication::applicationPid() );
    QProcess process;
    process.start( script(), { QStringLiteral( "start" ), mClusterDir, QStringLiteral( "auto" ), QStringLiteral( "--if-available" ) } );
    QVERIFY( process.waitForFinished( 120000 ) );
    QVERIFY2( process.exitCode() == 0, process.readAllStandardError().constData() );
    QFile unavailable( mClusterDir + QStringLiteral( "/unavailable" ) );
    if ( unavailable.open( QIODevice::ReadOnly ) )
      QSKIP( unavailable.readAll().constData() );
    QFile conninfo( mClusterDir + QStringLiteral( "/conninfo" ) );
    QVERIFY( conninfo.open( QIODevice::ReadOnly ) );
    mConninfo = QString::fromUtf8( conninfo.readAll() ).trimmed();
    QString error;
    QVERIFY2( mBroker.start( &error ), qPrintable( error ) );
  }

  void cleanupTestCase()
  {
    if ( !mClusterDir.isEmpty() )
      QProcess::execute( script(), { QStringLiteral( "stop" ), mClusterDir } );
  }

  void journalOfADatabase()
  {
    // a database has no folder beside it: the journal goes to the user's data, per territory, password left out
    const QString a = Journal::directoryFor( QStringLiteral( "PG:host=db dbname=a password=secret" ), QStringLiteral( "c 1" ) );
    const QString b = Journal::directoryFor( QStringLiteral( "PG:host=db dbname=b" ), QStringLiteral( "c 1" ) );
    QVERIFY( a != b );
    QVERIFY( !a.contains( QStringLiteral( "secret" ) ) && !a.contains( QStringLiteral( "PG:" ) ) );
    QVERIFY( a.endsWith( QStringLiteral( "/c_1" ) ) );
    QCOMPARE( a, Journal::directoryFor( QStringLiteral( "PG:host=db dbname=a password=other" ), QStringLiteral( "c 1" ) ) );
  }

  //! The PostgreSQL server restarts in the middle of a QoS 1 stream: the ingest reconnects, nothing is lost or doubled.
  void serverRestartDuringIngest()
  {
    const QString territory = QStringLiteral( "PG:%1" ).arg( mConninfo );
    QString error = vigie::test::createFeedsTerritory( territory );
    QVERIFY2( error.isEmpty(), qPrintable( error ) );

    FeedConfig config;
    config.brokerUrl = mBroker.url();
    config.clientId = QStringLiteral( "pg-restart" );
    config.topics = QStringList{ QStringLiteral( "pg/#" ) };
    config.decoder = QStringLiteral( "json" );
    IngestService service( config, territory );
    service.setRetryDelays( 100, 800 );
    service.setJournalDirectory( tempPath( QStringLiteral( "journal" ) ) );
    QVERIFY2( service.start( &error ), qPrintable( error ) );
    QVERIFY2( service.waitConnected( 10000, nullptr, &error ), qPrintable( error ) );

    const int chunks = 30;
    const int perChunk = 20;
    std::atomic<int> published{ 0 };
    std::thread publisher(
        [&]
        {
          for ( int chunk = 0; chunk < chunks; ++chunk )
          {
            QString e;
            while ( !mBroker.publish( QStringLiteral( "pg/x" ), lines( chunk * perChunk, perChunk ), &e, 1, true ) )
              QThread::msleep( 50 );
            ++published;
            QThread::msleep( 100 );
          }
        } );
    // a failed check returns early: the publisher is joined all the same (and the server resumed by cleanupTestCase's stop)
    struct Joiner
    {
      std::thread &thread;
      ~Joiner()
      {
        if ( thread.joinable() )
          thread.join();
      }
    } joiner{ publisher };
    QVERIFY( waitFor( [&] { return service.stats().observations > 0 && published >= chunks / 4; } ) );
    QVERIFY2( cluster( QStringLiteral( "pause" ), &error ), qPrintable( error ) );
    // the stream goes on into the journal while the server is down; the store fails and retries
    QVERIFY( waitFor( [&] { return service.stats().storeErrors >= 1; } ) );
    // messages keep arriving (acknowledged to the broker once journaled) while none can be stored
    const qint64 storedWhileDown = service.stats().observations;
    const qint64 receivedAtStop = service.stats().messages;
    QVERIFY( waitFor( [&] { return service.stats().messages >= receivedAtStop + 5; } ) );
    QCOMPARE( service.stats().observations, storedWhileDown );
    QVERIFY2( cluster( QStringLiteral( "resume" ), &error ), qPrintable( error ) );
    publisher.join();
    // some messages twice: redeliveries are duplicates, stored once
    QVERIFY2( mBroker.publish( QStringLiteral( "pg/x" ), lines( 0, perChunk ), &error, 1, true ), qPrintable( error ) );
    QVERIFY2( waitFor( [&] { return service.stats().observations == chunks * perChunk && service.stats().duplicates == perChunk; },
                       60000 ),
              qPrintable( QStringLiteral( "%1 stored, %2 duplicates, %3 store errors, last: %4" )
                              .arg( service.stats().observations )
                              .arg( service.stats().duplicates )
                              .arg( service.stats().storeErrors )
                              .arg( service.stats().lastError ) ) );
    service.stop();

    std::unique_ptr<ObservationStore> store = ObservationStore::openReadOnly( territory, &error );
    QVERIFY2( store, qPrintable( error ) );
    QCOMPARE( store->count(), qint64( chunks * perChunk ) );
    QCOMPARE( store->sensors().size(), 20 );
    // everything committed: the journal holds nothing
    QVERIFY( QDir( service.journalDirectory() ).entryList( { QStringLiteral( "journal-*.log" ) }, QDir::Files ).isEmpty() );
  }
};

QTEST_GUILESS_MAIN( TestPgIngest )
#include "tst_pgingest.moc"
