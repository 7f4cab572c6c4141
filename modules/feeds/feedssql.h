// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_FEEDSSQL_H
#define VIGIE_FEEDS_FEEDSSQL_H

// Internal: thin RAII helpers over the sqlite3 C API shared by ObservationStore and AlarmEngine.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <sqlite3.h>

namespace vigie::feeds::sql
{
  inline QString lastError( sqlite3 *db )
  {
    return QString::fromUtf8( sqlite3_errmsg( db ) );
  }

  //! Runs statements without results; false with the SQLite message on failure.
  inline bool exec( sqlite3 *db, const QString &sql, QString *error )
  {
    char *message = nullptr;
    if ( sqlite3_exec( db, sql.toUtf8().constData(), nullptr, nullptr, &message ) != SQLITE_OK )
    {
      if ( error )
        *error = message ? QString::fromUtf8( message ) : lastError( db );
      sqlite3_free( message );
      return false;
    }
    return true;
  }

  inline qint64 toMs( const QDateTime &time )
  {
    return time.toMSecsSinceEpoch();
  }

  inline QDateTime fromMs( qint64 ms )
  {
    return QDateTime::fromMSecsSinceEpoch( ms, Qt::UTC );
  }

  //! A prepared statement that finalizes itself.
  class Statement
  {
  public:
    Statement() = default;
    Statement( sqlite3 *db, const char *sql ) { prepare( db, sql ); }
    ~Statement() { sqlite3_finalize( mStatement ); }
    Statement( const Statement & ) = delete;
    Statement &operator=( const Statement & ) = delete;

    bool prepare( sqlite3 *db, const char *sql, QString *error = nullptr )
    {
      sqlite3_finalize( mStatement );
      mStatement = nullptr;
      mDb = db;
      if ( sqlite3_prepare_v2( db, sql, -1, &mStatement, nullptr ) != SQLITE_OK )
      {
        mError = lastError( db );
        if ( error )
          *error = mError;
        return false;
      }
      return true;
    }
    bool isValid() const { return mStatement; }
    QString error() const { return mError.isEmpty() ? lastError( mDb ) : mError; }
    sqlite3_stmt *get() const { return mStatement; }

    void reset()
    {
      sqlite3_reset( mStatement );
      sqlite3_clear_bindings( mStatement );
    }
    void bind( int index, const QString &text )
    {
      const QByteArray utf8 = text.toUtf8();
      sqlite3_bind_text( mStatement, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT );
    }
    void bind( int index, const QByteArray &utf8 )
    {
      sqlite3_bind_text( mStatement, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT );
    }
    void bind( int index, qint64 value ) { sqlite3_bind_int64( mStatement, index, value ); }
    void bind( int index, int value ) { sqlite3_bind_int( mStatement, index, value ); }
    void bind( int index, double value ) { sqlite3_bind_double( mStatement, index, value ); }
    void bindNull( int index ) { sqlite3_bind_null( mStatement, index ); }
    //! Binds NULL for an empty string (optional text columns).
    void bindOptional( int index, const QString &text )
    {
      if ( text.isEmpty() )
        bindNull( index );
      else
        bind( index, text );
    }

    //! SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step( mStatement ); }
    //! Runs a statement without result rows; false with the message on failure.
    bool run( QString *error )
    {
      const int rc = sqlite3_step( mStatement );
      sqlite3_reset( mStatement );
      if ( rc != SQLITE_DONE && rc != SQLITE_ROW )
      {
        if ( error )
          *error = lastError( mDb );
        return false;
      }
      return true;
    }

    QString text( int column ) const
    {
      const auto *data = reinterpret_cast<const char *>( sqlite3_column_text( mStatement, column ) );
      return data ? QString::fromUtf8( data, sqlite3_column_bytes( mStatement, column ) ) : QString();
    }
    qint64 int64( int column ) const { return sqlite3_column_int64( mStatement, column ); }
    double real( int column ) const { return sqlite3_column_double( mStatement, column ); }
    bool isNull( int column ) const { return sqlite3_column_type( mStatement, column ) == SQLITE_NULL; }

  private:
    sqlite3 *mDb = nullptr;
    sqlite3_stmt *mStatement = nullptr;
    QString mError;
  };
} // namespace vigie::feeds::sql

#endif
