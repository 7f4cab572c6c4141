// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_FEEDSSQL_H
#define VIGIE_FEEDS_FEEDSSQL_H

// Internal: thin helpers over vigie::SqlConnection / SqlStatement shared by ObservationStore and
// AlarmEngine (the territory is a GeoPackage or a PostGIS database).

#include "sqlconnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

namespace vigie::feeds::sql
{
  //! step() results (the values of SQLite's codes, kept so that callers read the same on both back ends).
  constexpr int kRow = 100;
  constexpr int kDone = 101;
  constexpr int kError = 1;

  //! Runs statements without results; false with the database's message on failure.
  inline bool exec( SqlConnection *db, const QString &sql, QString *error )
  {
    return db->execute( sql, QVariantList(), error );
  }

  //! Starts a write transaction (SQLite: takes the write lock now, so a busy file waits here, not at commit).
  inline bool begin( SqlConnection *db, QString *error )
  {
    return exec( db, db->dialect() == SqlConnection::Dialect::Sqlite ? QStringLiteral( "BEGIN IMMEDIATE" ) : QStringLiteral( "BEGIN" ),
                 error );
  }

  inline void rollback( SqlConnection *db )
  {
    db->execute( QStringLiteral( "ROLLBACK" ), QVariantList(), nullptr );
  }

  inline qint64 toMs( const QDateTime &time )
  {
    return time.toMSecsSinceEpoch();
  }

  inline QDateTime fromMs( qint64 ms )
  {
    return QDateTime::fromMSecsSinceEpoch( ms, Qt::UTC );
  }

  //! A prepared statement (see SqlStatement), with the calling conventions the feeds code uses.
  class Statement
  {
  public:
    Statement() = default;
    Statement( SqlConnection *db, const char *sql ) { prepare( db, sql ); }
    Statement( SqlConnection *db, const QString &sql ) { prepare( db, sql ); }
    Statement( const Statement & ) = delete;
    Statement &operator=( const Statement & ) = delete;

    bool prepare( SqlConnection *db, const char *sql, QString *error = nullptr ) { return prepare( db, QString::fromUtf8( sql ), error ); }
    bool prepare( SqlConnection *db, const QString &sql, QString *error = nullptr )
    {
      mError.clear();
      mStatement = db->prepare( sql, &mError );
      if ( !mStatement && error )
        *error = mError;
      return mStatement != nullptr;
    }
    bool isValid() const { return mStatement != nullptr; }
    QString error() const { return mStatement ? mStatement->error() : mError; }
    SqlStatement *get() const { return mStatement.get(); }

    //! Ready to run again with new values (every parameter back to NULL).
    void reset()
    {
      mStatement->reset();
      mStatement->clearBindings();
    }
    void bind( int index, const QString &text ) { mStatement->bindText( index, text.toUtf8() ); }
    void bind( int index, const QByteArray &utf8 ) { mStatement->bindText( index, utf8 ); }
    void bind( int index, qint64 value ) { mStatement->bind( index, value ); }
    void bind( int index, int value ) { mStatement->bind( index, static_cast<qint64>( value ) ); }
    void bind( int index, double value ) { mStatement->bind( index, value ); }
    void bindNull( int index ) { mStatement->bindNull( index ); }
    //! Binds NULL for an empty string (optional text columns).
    void bindOptional( int index, const QString &text )
    {
      if ( text.isEmpty() )
        bindNull( index );
      else
        bind( index, text );
    }

    //! kRow, kDone or kError.
    int step()
    {
      switch ( mStatement->step() )
      {
      case SqlStatement::Step::Row:
        return kRow;
      case SqlStatement::Step::Done:
        return kDone;
      case SqlStatement::Step::Error:
        break;
      }
      return kError;
    }
    //! Runs a statement without result rows; false with the message on failure.
    bool run( QString *error )
    {
      const int rc = step();
      mStatement->reset();
      if ( rc == kError )
      {
        if ( error )
          *error = mStatement->error();
        return false;
      }
      return true;
    }
    //! Rows changed by the last run.
    qint64 changes() const { return mStatement->changes(); }

    QString text( int column ) const { return mStatement->text( column ); }
    qint64 int64( int column ) const { return mStatement->int64( column ); }
    double real( int column ) const { return mStatement->real( column ); }
    bool isNull( int column ) const { return mStatement->isNull( column ); }

  private:
    std::unique_ptr<SqlStatement> mStatement;
    QString mError;
  };
} // namespace vigie::feeds::sql

#endif
