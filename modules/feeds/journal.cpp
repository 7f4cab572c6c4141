// SPDX-License-Identifier: GPL-2.0-or-later
#include "journal.h"

#include "log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtEndian>

#include <array>
#include <atomic>
#include <mutex>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace vigie::feeds
{
  namespace
  {
    constexpr quint32 kMagic = 0x314a5256; // "VRJ1" little-endian
    constexpr int kHeaderBytes = 12;       // magic, body length, CRC-32 of the body
    constexpr int kBodyFixedBytes = 12;    // receive time (8), topic length (4)

    const std::array<quint32, 256> &crcTable()
    {
      static const std::array<quint32, 256> table = []
      {
        std::array<quint32, 256> t{};
        for ( quint32 i = 0; i < 256; ++i )
        {
          quint32 c = i;
          for ( int k = 0; k < 8; ++k )
            c = ( c & 1 ) ? 0xEDB88320u ^ ( c >> 1 ) : c >> 1;
          t[i] = c;
        }
        return t;
      }();
      return table;
    }

    //! CRC-32 (IEEE 802.3, as zlib).
    quint32 crc32( const char *data, qint64 size )
    {
      const std::array<quint32, 256> &table = crcTable();
      quint32 c = 0xFFFFFFFFu;
      for ( qint64 i = 0; i < size; ++i )
        c = table[( c ^ static_cast<unsigned char>( data[i] ) ) & 0xFF] ^ ( c >> 8 );
      return c ^ 0xFFFFFFFFu;
    }

    QString segmentName( quint64 segment )
    {
      return QStringLiteral( "journal-%1.log" ).arg( segment, 10, 10, QLatin1Char( '0' ) );
    }

    //! Parses one framed record at the start of \a data; returns its total size, 0 when incomplete or corrupt.
    qint64 parseRecord( const char *data, qint64 available, Journal::Record *record )
    {
      if ( available < kHeaderBytes )
        return 0;
      const quint32 magic = qFromLittleEndian<quint32>( data );
      const quint32 length = qFromLittleEndian<quint32>( data + 4 );
      const quint32 crc = qFromLittleEndian<quint32>( data + 8 );
      if ( magic != kMagic || length < kBodyFixedBytes || length > Journal::kMaxRecordBytes || kHeaderBytes + qint64( length ) > available )
        return 0;
      const char *body = data + kHeaderBytes;
      if ( crc32( body, length ) != crc )
        return 0;
      const quint32 topicLength = qFromLittleEndian<quint32>( body + 8 );
      if ( topicLength > length - kBodyFixedBytes )
        return 0;
      if ( record )
      {
        record->receivedMs = qFromLittleEndian<qint64>( body );
        record->topic = QByteArray( body + kBodyFixedBytes, int( topicLength ) );
        record->payload = QByteArray( body + kBodyFixedBytes + topicLength, int( length - kBodyFixedBytes - topicLength ) );
      }
      return kHeaderBytes + qint64( length );
    }
  } // namespace

  struct Journal::Private
  {
    QString directory;
    std::unique_ptr<QLockFile> lock;

    mutable std::mutex mutex; // guards the writer and the segment list
    QFile writeFile;
    quint64 writeSegment = 0;
    qint64 writeSize = 0;
    QList<quint64> segments; // existing segments, oldest first (the last one is being written)
    QByteArray buffer;

    // consumer side
    QFile readFile;
    quint64 readSegment = 0;
    qint64 readOffset = 0;
    QList<quint64> fullyRead;

    std::atomic<qint64> appendedBytes{ 0 };
    std::atomic<qint64> readBytes{ 0 };
    qint64 recovered = 0;
    qint64 dropped = 0;

    QString path( quint64 segment ) const { return QDir( directory ).filePath( segmentName( segment ) ); }

    bool openWriteSegmentLocked( quint64 segment, QString *errorMessage )
    {
      writeFile.close();
      writeFile.setFileName( path( segment ) );
      if ( !writeFile.open( QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::feeds", "cannot create the journal file %1: %2" )
                              .arg( QDir::toNativeSeparators( writeFile.fileName() ), writeFile.errorString() );
        return false;
      }
      writeSegment = segment;
      writeSize = 0;
      segments.append( segment );
      return true;
    }

    //! Validates a segment left by a previous run; truncates a torn tail. Returns the number of valid records.
    qint64 recoverSegment( const QString &filePath )
    {
      QFile file( filePath );
      if ( !file.open( QIODevice::ReadWrite ) )
      {
        logMessage( LogLevel::Critical, QStringLiteral( "feeds" ),
                    QCoreApplication::translate( "vigie::feeds", "cannot open the journal file %1: %2" )
                        .arg( QDir::toNativeSeparators( filePath ), file.errorString() ) );
        return 0;
      }
      const QByteArray data = file.readAll();
      qint64 offset = 0;
      qint64 records = 0;
      while ( offset < data.size() )
      {
        const qint64 size = parseRecord( data.constData() + offset, data.size() - offset, nullptr );
        if ( size == 0 )
          break;
        offset += size;
        ++records;
      }
      if ( offset < data.size() )
      {
        ++dropped;
        logMessage( LogLevel::Warning, QStringLiteral( "feeds" ),
                    QCoreApplication::translate(
                        "vigie::feeds", "journal %1: dropped a torn or corrupt record at byte %2 (%3 bytes, from an interrupted write)" )
                        .arg( QDir::toNativeSeparators( filePath ) )
                        .arg( offset )
                        .arg( data.size() - offset ) );
        file.resize( offset );
      }
      return records;
    }
  };

  Journal::Journal() : d( std::make_unique<Private>() ) {}

  Journal::~Journal()
  {
    close();
  }

  QString Journal::directoryFor( const QString &territoryPath, const QString &clientId )
  {
    QString safe = clientId;
    static const QRegularExpression unsafe( QStringLiteral( "[^A-Za-z0-9._-]" ) );
    safe.replace( unsafe, QStringLiteral( "_" ) );
    if ( safe.isEmpty() )
      safe = QStringLiteral( "default" );
    if ( territoryPath.startsWith( QLatin1String( "PG:" ), Qt::CaseInsensitive ) )
    {
      // a database has no folder beside it: one per territory (its conninfo, password left out) in the user's data
      QString conninfo = territoryPath;
      static const QRegularExpression password( QStringLiteral( "password\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S+)" ) );
      conninfo.remove( password );
      const QByteArray key = QCryptographicHash::hash( conninfo.simplified().toUtf8(), QCryptographicHash::Sha1 ).toHex().left( 16 );
      return QStandardPaths::writableLocation( QStandardPaths::GenericDataLocation ) + QStringLiteral( "/vigie/journals/" ) +
             QString::fromLatin1( key ) + QLatin1Char( '/' ) + safe;
    }
    return territoryPath + QStringLiteral( ".feeds/" ) + safe;
  }

  bool Journal::open( const QString &directory, QString *errorMessage )
  {
    close();
    if ( !QDir().mkpath( directory ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "cannot create the journal folder %1" )
                            .arg( QDir::toNativeSeparators( directory ) );
      return false;
    }
    d->directory = directory;
    d->lock = std::make_unique<QLockFile>( QDir( directory ).filePath( QStringLiteral( "journal.lock" ) ) );
    d->lock->setStaleLockTime( 0 );
    if ( !d->lock->tryLock( 100 ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::feeds", "the journal %1 is in use by another process (same territory and client id)" )
                .arg( QDir::toNativeSeparators( directory ) );
      d->lock.reset();
      return false;
    }

    static const QRegularExpression pattern( QStringLiteral( "^journal-(\\d{10})\\.log$" ) );
    QList<quint64> existing;
    const QStringList names = QDir( directory ).entryList( { QStringLiteral( "journal-*.log" ) }, QDir::Files, QDir::Name );
    for ( const QString &name : names )
    {
      const QRegularExpressionMatch match = pattern.match( name );
      if ( match.hasMatch() )
        existing.append( match.captured( 1 ).toULongLong() );
    }
    std::sort( existing.begin(), existing.end() );

    std::lock_guard<std::mutex> guard( d->mutex );
    d->segments.clear();
    d->recovered = 0;
    d->dropped = 0;
    qint64 pending = 0;
    for ( quint64 segment : std::as_const( existing ) )
    {
      const qint64 records = d->recoverSegment( d->path( segment ) );
      const qint64 size = QFileInfo( d->path( segment ) ).size();
      if ( records == 0 || size == 0 )
      {
        QFile::remove( d->path( segment ) );
        continue;
      }
      d->recovered += records;
      pending += size;
      d->segments.append( segment );
    }
    const quint64 next = existing.isEmpty() ? 1 : existing.last() + 1;
    if ( !d->openWriteSegmentLocked( next, errorMessage ) )
    {
      d->lock.reset();
      return false;
    }
    d->readSegment = d->segments.first();
    d->readOffset = 0;
    d->fullyRead.clear();
    d->appendedBytes = pending;
    d->readBytes = 0;
    if ( d->recovered > 0 )
      logMessage( LogLevel::Info, QStringLiteral( "feeds" ),
                  QCoreApplication::translate( "vigie::feeds", "journal %1: %2 messages from a previous run are replayed first" )
                      .arg( QDir::toNativeSeparators( directory ) )
                      .arg( d->recovered ) );
    return true;
  }

  void Journal::close()
  {
    std::lock_guard<std::mutex> guard( d->mutex );
    d->readFile.close();
    if ( d->writeFile.isOpen() )
    {
      d->writeFile.close();
      // an empty segment carries nothing
      if ( d->writeSize == 0 )
        QFile::remove( d->path( d->writeSegment ) );
    }
    d->segments.clear();
    d->lock.reset();
  }

  bool Journal::isOpen() const
  {
    std::lock_guard<std::mutex> guard( d->mutex );
    return d->writeFile.isOpen();
  }

  QString Journal::directory() const
  {
    return d->directory;
  }

  bool Journal::append( const char *topic, int topicLength, const char *payload, int payloadLength, qint64 receivedMs,
                        QString *errorMessage )
  {
    const qint64 bodyLength = kBodyFixedBytes + qint64( topicLength ) + payloadLength;
    if ( topicLength < 0 || payloadLength < 0 || bodyLength > kMaxRecordBytes )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "message of %1 bytes is larger than the journal accepts (%2 bytes)" )
                            .arg( bodyLength )
                            .arg( kMaxRecordBytes );
      return false;
    }
    std::lock_guard<std::mutex> guard( d->mutex );
    if ( !d->writeFile.isOpen() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "the journal is not open" );
      return false;
    }
    if ( d->writeSize >= kSegmentBytes )
    {
      QString error;
      if ( !d->openWriteSegmentLocked( d->writeSegment + 1, &error ) )
      {
        if ( errorMessage )
          *errorMessage = error;
        return false;
      }
    }
    QByteArray &buffer = d->buffer;
    buffer.resize( int( kHeaderBytes + bodyLength ) );
    char *out = buffer.data();
    qToLittleEndian<quint32>( kMagic, out );
    qToLittleEndian<quint32>( quint32( bodyLength ), out + 4 );
    char *body = out + kHeaderBytes;
    qToLittleEndian<qint64>( receivedMs, body );
    qToLittleEndian<quint32>( quint32( topicLength ), body + 8 );
    if ( topicLength > 0 )
      memcpy( body + kBodyFixedBytes, topic, size_t( topicLength ) );
    if ( payloadLength > 0 )
      memcpy( body + kBodyFixedBytes + topicLength, payload, size_t( payloadLength ) );
    qToLittleEndian<quint32>( crc32( body, bodyLength ), out + 8 );

    // one write(): the record is whole in the page cache or (crash during the call) torn and dropped at the next open
    const qint64 written = d->writeFile.write( buffer.constData(), buffer.size() );
    if ( written != buffer.size() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::feeds", "cannot write the journal file %1: %2" )
                            .arg( QDir::toNativeSeparators( d->writeFile.fileName() ), d->writeFile.errorString() );
      // drop a partial record so that the next append starts on a record boundary
      if ( written > 0 )
        d->writeFile.resize( d->writeSize );
      return false;
    }
    d->writeSize += written;
    d->appendedBytes += written;
    return true;
  }

  QList<Journal::Record> Journal::read( int maxRecords, qint64 maxBytes )
  {
    QList<Record> records;
    qint64 bytes = 0;
    while ( records.size() < maxRecords && bytes < maxBytes )
    {
      quint64 writeSegment = 0;
      qint64 limit = 0;
      quint64 nextSegment = 0;
      {
        std::lock_guard<std::mutex> guard( d->mutex );
        if ( d->segments.isEmpty() )
          break;
        writeSegment = d->writeSegment;
        const int index = d->segments.indexOf( d->readSegment );
        nextSegment = index >= 0 && index + 1 < d->segments.size() ? d->segments.at( index + 1 ) : 0;
        limit = d->readSegment == writeSegment ? d->writeSize : -1;
      }
      if ( limit < 0 )
        limit = QFileInfo( d->path( d->readSegment ) ).size(); // closed segment: its size is final
      if ( d->readOffset >= limit )
      {
        if ( d->readSegment == writeSegment || nextSegment == 0 )
          break;
        d->readFile.close();
        d->fullyRead.append( d->readSegment );
        d->readSegment = nextSegment;
        d->readOffset = 0;
        continue;
      }
      if ( !d->readFile.isOpen() || d->readFile.fileName() != d->path( d->readSegment ) )
      {
        d->readFile.close();
        d->readFile.setFileName( d->path( d->readSegment ) );
        if ( !d->readFile.open( QIODevice::ReadOnly ) )
        {
          logMessage( LogLevel::Critical, QStringLiteral( "feeds" ),
                      QCoreApplication::translate( "vigie::feeds", "cannot read the journal file %1: %2" )
                          .arg( QDir::toNativeSeparators( d->readFile.fileName() ), d->readFile.errorString() ) );
          break;
        }
      }
      if ( !d->readFile.seek( d->readOffset ) )
        break;
      // read what is there (bounded), then parse whole records
      const qint64 chunk = std::min<qint64>( limit - d->readOffset, std::max<qint64>( maxBytes - bytes, kHeaderBytes ) );
      QByteArray data = d->readFile.read( chunk );
      qint64 offset = 0;
      while ( offset < data.size() && records.size() < maxRecords )
      {
        if ( data.size() - offset < kHeaderBytes )
          break;
        const quint32 length = qFromLittleEndian<quint32>( data.constData() + offset + 4 );
        if ( offset + kHeaderBytes + qint64( length ) > data.size() )
        {
          if ( offset == 0 && length <= kMaxRecordBytes && d->readOffset + kHeaderBytes + qint64( length ) <= limit )
          {
            // one record larger than the chunk: read it whole
            data += d->readFile.read( kHeaderBytes + qint64( length ) - data.size() );
            continue;
          }
          break;
        }
        Record record;
        const qint64 size = parseRecord( data.constData() + offset, data.size() - offset, &record );
        if ( size == 0 )
        {
          logMessage( LogLevel::Critical, QStringLiteral( "feeds" ),
                      QCoreApplication::translate( "vigie::feeds", "journal %1: corrupt record at byte %2, rest of the segment skipped" )
                          .arg( QDir::toNativeSeparators( d->readFile.fileName() ) )
                          .arg( d->readOffset + offset ) );
          offset = limit - d->readOffset;
          break;
        }
        offset += size;
        bytes += size;
        records.append( std::move( record ) );
      }
      if ( offset == 0 )
        break;
      d->readOffset += offset;
      d->readBytes += offset;
    }
    return records;
  }

  Journal::Position Journal::readPosition() const
  {
    return Position{ d->readSegment, d->readOffset };
  }

  void Journal::release()
  {
    release( readPosition() );
  }

  void Journal::release( const Position &upTo )
  {
    // segments before the one of upTo are fully committed
    for ( auto it = d->fullyRead.begin(); it != d->fullyRead.end(); )
    {
      if ( *it >= upTo.segment )
      {
        ++it;
        continue;
      }
      QFile::remove( d->path( *it ) );
      {
        std::lock_guard<std::mutex> guard( d->mutex );
        d->segments.removeAll( *it );
      }
      it = d->fullyRead.erase( it );
    }
    if ( upTo.segment != d->readSegment || upTo.offset != d->readOffset )
      return; // records read after upTo are not committed yet

    // caught up with the writer: start a new segment and delete the one fully consumed
    quint64 done = 0;
    {
      std::lock_guard<std::mutex> guard( d->mutex );
      if ( d->writeFile.isOpen() && d->readSegment == d->writeSegment && d->readOffset == d->writeSize && d->writeSize > 0 )
      {
        done = d->writeSegment;
        QString error;
        if ( !d->openWriteSegmentLocked( d->writeSegment + 1, &error ) )
        {
          logMessage( LogLevel::Critical, QStringLiteral( "feeds" ), error );
          return;
        }
        d->segments.removeAll( done );
        d->readSegment = d->writeSegment;
        d->readOffset = 0;
      }
    }
    if ( done )
    {
      d->readFile.close();
      QFile::remove( d->path( done ) );
    }
  }

  bool Journal::sync()
  {
    std::lock_guard<std::mutex> guard( d->mutex );
    if ( !d->writeFile.isOpen() )
      return false;
#ifdef Q_OS_WIN
    return _commit( d->writeFile.handle() ) == 0;
#else
    return ::fdatasync( d->writeFile.handle() ) == 0;
#endif
  }

  qint64 Journal::pendingBytes() const
  {
    return d->appendedBytes - d->readBytes;
  }

  qint64 Journal::recoveredRecords() const
  {
    return d->recovered;
  }

  qint64 Journal::droppedRecords() const
  {
    return d->dropped;
  }
} // namespace vigie::feeds
