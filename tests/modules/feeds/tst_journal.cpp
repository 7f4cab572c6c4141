// SPDX-License-Identifier: GPL-2.0-or-later
// The durable journal behind MQTT acknowledgements: order, release, replay, torn records.
#include "journal.h"
#include "vigietest.h"

using namespace vigie::feeds;

class TestJournal : public vigie::test::Test
{
  Q_OBJECT

private:
  static bool append( Journal &journal, const QByteArray &topic, const QByteArray &payload )
  {
    QString error;
    return journal.append( topic.constData(), topic.size(), payload.constData(), payload.size(), 1000, &error );
  }

  QStringList segments( const QString &dir ) const
  {
    return QDir( dir ).entryList( { QStringLiteral( "journal-*.log" ) }, QDir::Files, QDir::Name );
  }

private Q_SLOTS:
  void appendReadRelease()
  {
    const QString dir = tempPath( QStringLiteral( "j1 é" ) );
    Journal journal;
    QString error;
    QVERIFY2( journal.open( dir, &error ), qPrintable( error ) );
    for ( int i = 0; i < 100; ++i )
      QVERIFY( append( journal, "a/b", QByteArray::number( i ) ) );
    QVERIFY( append( journal, "empty", QByteArray() ) );
    QList<Journal::Record> records = journal.read( 60, 1 << 20 );
    QCOMPARE( records.size(), 60 );
    records += journal.read( 1000, 1 << 20 );
    QCOMPARE( records.size(), 101 );
    for ( int i = 0; i < 100; ++i )
      QCOMPARE( records.at( i ).payload, QByteArray::number( i ) );
    QCOMPARE( records.last().topic, QByteArray( "empty" ) );
    QCOMPARE( records.first().receivedMs, 1000 );
    QCOMPARE( journal.pendingBytes(), 0 );
    journal.release();
    QVERIFY( journal.read( 10, 1 << 20 ).isEmpty() );
    journal.close();
    QVERIFY( segments( dir ).isEmpty() );
  }

  void unreleasedRecordsReplayed()
  {
    const QString dir = tempPath( QStringLiteral( "j2" ) );
    QString error;
    {
      Journal journal;
      QVERIFY( journal.open( dir, &error ) );
      for ( int i = 0; i < 10; ++i )
        QVERIFY( append( journal, "t", QByteArray::number( i ) ) );
      QCOMPARE( journal.read( 4, 1 << 20 ).size(), 4 ); // read, never released: as if the store had not committed
    }
    Journal journal;
    QVERIFY( journal.open( dir, &error ) );
    QCOMPARE( journal.recoveredRecords(), 10 );
    const QList<Journal::Record> records = journal.read( 100, 1 << 20 );
    QCOMPARE( records.size(), 10 );
    QCOMPARE( records.first().payload, QByteArray( "0" ) );
    // new appends come after the replay
    QVERIFY( append( journal, "t", "new" ) );
    const QList<Journal::Record> more = journal.read( 100, 1 << 20 );
    QCOMPARE( more.size(), 1 );
    QCOMPARE( more.first().payload, QByteArray( "new" ) );
  }

  void tornRecordDropped_data()
  {
    QTest::addColumn<int>( "cut" ); // bytes removed from the end of the segment
    QTest::newRow( "half a header" ) << 20;
    QTest::newRow( "one byte of body" ) << 1;
  }

  void tornRecordDropped()
  {
    QFETCH( int, cut );
    const QString dir = tempPath( QStringLiteral( "j3-%1" ).arg( cut ) );
    QString error;
    {
      Journal journal;
      QVERIFY( journal.open( dir, &error ) );
      for ( int i = 0; i < 5; ++i )
        QVERIFY( append( journal, "t", QByteArray( 10, char( 'a' + i ) ) ) );
    }
    const QStringList files = segments( dir );
    QCOMPARE( files.size(), 1 );
    QFile file( QDir( dir ).filePath( files.first() ) );
    QVERIFY( file.open( QIODevice::ReadWrite ) );
    // the last record is 12 + 12 + 1 + 10 = 35 bytes
    QVERIFY( file.resize( file.size() - cut ) );
    file.close();
    Journal journal;
    QVERIFY( journal.open( dir, &error ) );
    QCOMPARE( journal.droppedRecords(), 1 );
    QCOMPARE( journal.recoveredRecords(), 4 );
    const QList<Journal::Record> records = journal.read( 100, 1 << 20 );
    QCOMPARE( records.size(), 4 );
    QCOMPARE( records.last().payload, QByteArray( 10, 'd' ) );
  }

  void corruptByteDetected()
  {
    const QString dir = tempPath( QStringLiteral( "j4" ) );
    QString error;
    {
      Journal journal;
      QVERIFY( journal.open( dir, &error ) );
      for ( int i = 0; i < 3; ++i )
        QVERIFY( append( journal, "t", QByteArray( 10, char( 'a' + i ) ) ) );
    }
    QFile file( QDir( dir ).filePath( segments( dir ).first() ) );
    QVERIFY( file.open( QIODevice::ReadWrite ) );
    QVERIFY( file.seek( file.size() - 3 ) ); // flip a payload byte of the last record: its CRC no longer matches
    QVERIFY( file.write( "Z" ) == 1 );
    file.close();
    Journal journal;
    QVERIFY( journal.open( dir, &error ) );
    QCOMPARE( journal.recoveredRecords(), 2 );
    QCOMPARE( journal.droppedRecords(), 1 );
  }

  void segmentsRotateAndAreDeleted()
  {
    const QString dir = tempPath( QStringLiteral( "j5" ) );
    Journal journal;
    QString error;
    QVERIFY( journal.open( dir, &error ) );
    const QByteArray big( 1024 * 1024, 'x' );
    for ( int i = 0; i < 20; ++i ) // 20 MiB: more than two segments
      QVERIFY( append( journal, "t", big ) );
    QVERIFY( segments( dir ).size() >= 3 );
    int total = 0;
    while ( true )
    {
      const QList<Journal::Record> records = journal.read( 5, 64 << 20 );
      if ( records.isEmpty() )
        break;
      total += records.size();
      journal.release();
    }
    QCOMPARE( total, 20 );
    QCOMPARE( segments( dir ).size(), 1 ); // the new, empty one being written
  }

  void secondProcessRefused()
  {
    const QString dir = tempPath( QStringLiteral( "j6" ) );
    Journal first;
    Journal second;
    QString error;
    QVERIFY( first.open( dir, &error ) );
    // same process, so QLockFile sees a live owner
    QVERIFY( !second.open( dir, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "in use" ) ), qPrintable( error ) );
  }
};

QTEST_GUILESS_MAIN( TestJournal )
#include "tst_journal.moc"
