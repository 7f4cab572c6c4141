// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_JOURNAL_H
#define VIGIE_FEEDS_JOURNAL_H

#include "vigie_feeds_export.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace vigie::feeds
{
  /**
   * \brief Durable local journal of received feed messages: what makes an MQTT QoS 1
   * acknowledgement safe before the observations are committed to the territory.
   *
   * A directory of append-only segment files (journal-NNNNNNNNNN.log). Each record is framed
   * as magic, body length and CRC-32 of the body, then the body (receive time, topic, payload),
   * written with ONE write() call on an unbuffered file: once append() returns, the record
   * survives a crash or SIGKILL of the process (it is in the operating system's page cache).
   * Power loss: sync() (fdatasync) is called by the consumer at most every sync interval (default
   * 1 s), so at most that much acknowledged but not yet committed data can be lost on a power cut.
   *
   * A torn last record (crash in the middle of a write) fails its length or checksum test: it
   * is dropped and the segment truncated at open(). Consumption: read() returns records in
   * order, release() declares everything read so far committed; fully read segments are then
   * deleted. Records read but not released are read again after a restart (the store's
   * (sensor, time) key makes that replay harmless). One process at a time: open() takes a lock
   * file (a stale lock left by a killed process is taken over).
   */
  class VIGIE_FEEDS_EXPORT Journal
  {
  public:
    struct Record
    {
      qint64 receivedMs = 0; //!< receive time, ms since the Unix epoch (UTC)
      QByteArray topic;
      QByteArray payload;
    };

    Journal();
    ~Journal();
    Journal( const Journal & ) = delete;
    Journal &operator=( const Journal & ) = delete;

    //! The journal directory of a feed: "<territory>.feeds/<client id>" (client id made file-name safe); for a
    //! "PG:" territory "<user data>/vigie/journals/<hash of the conninfo>/<client id>".
    static QString directoryFor( const QString &territoryPath, const QString &clientId );

    //! Opens (creates) the journal in \a directory: lock, recovery of existing segments, new segment for appends.
    bool open( const QString &directory, QString *errorMessage );
    void close();
    bool isOpen() const;
    QString directory() const;

    //! Appends one record (thread-safe). False + message when the write failed (disk full, ...).
    bool append( const char *topic, int topicLength, const char *payload, int payloadLength, qint64 receivedMs, QString *errorMessage );

    //! Consumer side (one thread): up to \a maxRecords / about \a maxBytes of records not read yet.
    QList<Record> read( int maxRecords, qint64 maxBytes );
    //! Where the consumer is: just after the last record returned by read().
    struct Position
    {
      quint64 segment = 0;
      qint64 offset = 0;
    };
    Position readPosition() const;
    //! Everything read so far is committed downstream: deletes fully read segments, starts a new one when caught up.
    void release();
    //! Records up to \a upTo (a readPosition()) are committed downstream; later ones stay pending.
    void release( const Position &upTo );
    //! fdatasync of the segment being written.
    bool sync();

    //! Bytes appended and not read yet.
    qint64 pendingBytes() const;
    //! Records found at open() from a previous run (replayed first).
    qint64 recoveredRecords() const;
    //! Torn or corrupt records dropped at open().
    qint64 droppedRecords() const;
    //! Largest accepted record body (topic + payload + 12 bytes); bigger appends are refused.
    static constexpr qint64 kMaxRecordBytes = 64 * 1024 * 1024;
    //! Size at which the writer starts a new segment.
    static constexpr qint64 kSegmentBytes = 8 * 1024 * 1024;

  private:
    struct Private;
    std::unique_ptr<Private> d;
  };
} // namespace vigie::feeds

#endif
