// SPDX-License-Identifier: GPL-2.0-or-later
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace vigie
{
  bool isSqlInteger( const QVariant &value )
  {
    switch ( value.userType() )
    {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
      return true;
    default:
      return false;
    }
  }

  bool isSqlReal( const QVariant &value )
  {
    return value.userType() == QMetaType::Double || value.userType() == QMetaType::Float;
  }

  namespace
  {
    // ---- SQLite

    class SqliteStatement : public SqlStatement
    {
    public:
      SqliteStatement( sqlite3 *db, sqlite3_stmt *statement ) : mDb( db ), mStatement( statement ) {}
      ~SqliteStatement() override { sqlite3_finalize( mStatement ); }

      void bindNull( int index ) override { sqlite3_bind_null( mStatement, index ); }
      void bind( int index, qint64 value ) override { sqlite3_bind_int64( mStatement, index, value ); }
      void bind( int index, double value ) override { sqlite3_bind_double( mStatement, index, value ); }
      void bindText( int index, const QByteArray &utf8 ) override
      {
        sqlite3_bind_text( mStatement, index, utf8.constData(), static_cast<int>( utf8.size() ), SQLITE_TRANSIENT );
      }
      void bindStaticText( int index, const QByteArray &utf8 ) override
      {
        sqlite3_bind_text( mStatement, index, utf8.constData(), static_cast<int>( utf8.size() ), SQLITE_STATIC );
      }
      void bindBlob( int index, const QByteArray &bytes ) override
      {
        sqlite3_bind_blob64( mStatement, index, bytes.constData(), static_cast<sqlite3_uint64>( bytes.size() ), SQLITE_TRANSIENT );
      }
      Step step() override
      {
        const int rc = sqlite3_step( mStatement );
        if ( rc == SQLITE_ROW )
          return Step::Row;
        if ( rc == SQLITE_DONE )
        {
          mChanges = sqlite3_changes( mDb );
          return Step::Done;
        }
        mError = QString::fromUtf8( sqlite3_errmsg( mDb ) );
        return Step::Error;
      }
      void reset() override { sqlite3_reset( mStatement ); }
      void clearBindings() override { sqlite3_clear_bindings( mStatement ); }
      qint64 changes() const override { return mChanges; }
      bool isNull( int column ) const override { return sqlite3_column_type( mStatement, column ) == SQLITE_NULL; }
      qint64 int64( int column ) const override { return sqlite3_column_int64( mStatement, column ); }
      double real( int column ) const override { return sqlite3_column_double( mStatement, column ); }
      QString text( int column ) const override
      {
        const auto *data = reinterpret_cast<const char *>( sqlite3_column_text( mStatement, column ) );
        return data ? QString::fromUtf8( data, sqlite3_column_bytes( mStatement, column ) ) : QString();
      }
      QString error() const override { return mError; }

    private:
      sqlite3 *mDb = nullptr;
      sqlite3_stmt *mStatement = nullptr;
      qint64 mChanges = 0;
      QString mError;
    };

    class SqliteConnection : public SqlConnection
    {
    public:
      ~SqliteConnection() override
      {
        if ( mDb )
          sqlite3_close_v2( mDb );
      }

      bool open( const QString &path, Mode mode, QString *error )
      {
        int rc = SQLITE_OK;
        if ( mode == Mode::ReadWrite )
          rc = sqlite3_open_v2( QFile::encodeName( path ).constData(), &mDb, SQLITE_OPEN_READWRITE, nullptr );
        else if ( mode == Mode::ReadOnlyShared || QFileInfo::exists( path + QStringLiteral( "-wal" ) ) )
          rc = sqlite3_open_v2( QFile::encodeName( path ).constData(), &mDb, SQLITE_OPEN_READONLY, nullptr );
        else
        {
          // without a -wal file every committed change is in the main file: immutable, so that
          // SQLite creates no -wal/-shm files next to a file we may refuse
          QString absolute = QFileInfo( path ).absoluteFilePath();
          if ( !absolute.startsWith( QLatin1Char( '/' ) ) )
            absolute.prepend( QLatin1Char( '/' ) ); // file:/C:/... on Windows
          const QByteArray uri = "file:" + QUrl::toPercentEncoding( absolute, "/:" ) + "?immutable=1";
          rc = sqlite3_open_v2( uri.constData(), &mDb, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr );
        }
        if ( rc != SQLITE_OK )
        {
          *error = mDb ? QString::fromUtf8( sqlite3_errmsg( mDb ) ) : QString::fromUtf8( sqlite3_errstr( rc ) );
          return false;
        }
        sqlite3_busy_timeout( mDb, 10000 );
        mDisplayName = QDir::toNativeSeparators( path );
        return true;
      }

      Dialect dialect() const override { return Dialect::Sqlite; }

      std::unique_ptr<SqlStatement> prepare( const QString &sql, QString *errorMessage ) override
      {
        sqlite3_stmt *statement = nullptr;
        if ( sqlite3_prepare_v2( mDb, sql.toUtf8().constData(), -1, &statement, nullptr ) != SQLITE_OK )
        {
          if ( errorMessage )
            *errorMessage = QString::fromUtf8( sqlite3_errmsg( mDb ) );
          sqlite3_finalize( statement );
          return nullptr;
        }
        return std::unique_ptr<SqlStatement>( new SqliteStatement( mDb, statement ) );
      }

      bool execute( const QString &sql, const QVariantList &parameters, QString *errorMessage ) override
      {
        if ( parameters.isEmpty() )
        {
          char *message = nullptr;
          if ( sqlite3_exec( mDb, sql.toUtf8().constData(), nullptr, nullptr, &message ) != SQLITE_OK )
          {
            if ( errorMessage )
              *errorMessage = QString::fromUtf8( message ? message : sqlite3_errmsg( mDb ) );
            sqlite3_free( message );
            return false;
          }
          return true;
        }
        return query( sql, parameters, nullptr, errorMessage, nullptr );
      }

      bool query( const QString &sql, const QVariantList &parameters, QList<Row> *rows, QString *errorMessage,
                  QStringList *columns ) override
      {
        sqlite3_stmt *statement = nullptr;
        auto fail = [&]()
        {
          if ( errorMessage )
            *errorMessage = QString::fromUtf8( sqlite3_errmsg( mDb ) );
          sqlite3_finalize( statement );
          return false;
        };
        if ( sqlite3_prepare_v2( mDb, sql.toUtf8().constData(), -1, &statement, nullptr ) != SQLITE_OK )
          return fail();
        for ( int i = 0; i < parameters.size(); ++i )
        {
          const QVariant &value = parameters.at( i );
          int rc = SQLITE_OK;
          if ( value.isNull() )
            rc = sqlite3_bind_null( statement, i + 1 );
          else if ( isSqlInteger( value ) )
            rc = sqlite3_bind_int64( statement, i + 1, value.toLongLong() );
          else if ( isSqlReal( value ) )
            rc = sqlite3_bind_double( statement, i + 1, value.toDouble() );
          else if ( value.userType() == QMetaType::QByteArray )
          {
            const QByteArray blob = value.toByteArray();
            rc = sqlite3_bind_blob64( statement, i + 1, blob.constData(), static_cast<sqlite3_uint64>( blob.size() ), SQLITE_TRANSIENT );
          }
          else
          {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text64( statement, i + 1, text.constData(), static_cast<sqlite3_uint64>( text.size() ), SQLITE_TRANSIENT,
                                      SQLITE_UTF8 );
          }
          if ( rc != SQLITE_OK )
            return fail();
        }
        if ( columns )
        {
          columns->clear();
          for ( int i = 0; i < sqlite3_column_count( statement ); ++i )
            columns->append( QString::fromUtf8( sqlite3_column_name( statement, i ) ) );
        }
        int rc = SQLITE_ROW;
        while ( ( rc = sqlite3_step( statement ) ) == SQLITE_ROW )
        {
          if ( !rows )
            continue;
          Row row;
          for ( int i = 0; i < sqlite3_column_count( statement ); ++i )
          {
            switch ( sqlite3_column_type( statement, i ) )
            {
            case SQLITE_INTEGER:
              row << QVariant( static_cast<qlonglong>( sqlite3_column_int64( statement, i ) ) );
              break;
            case SQLITE_FLOAT:
              row << QVariant( sqlite3_column_double( statement, i ) );
              break;
            case SQLITE_BLOB:
              row << QVariant(
                  QByteArray( static_cast<const char *>( sqlite3_column_blob( statement, i ) ), sqlite3_column_bytes( statement, i ) ) );
              break;
            case SQLITE_NULL:
              row << QVariant();
              break;
            default:
              row << QVariant( QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( statement, i ) ),
                                                  sqlite3_column_bytes( statement, i ) ) );
            }
          }
          rows->append( row );
        }
        if ( rc != SQLITE_DONE )
          return fail();
        sqlite3_finalize( statement );
        return true;
      }

    private:
      sqlite3 *mDb = nullptr;
    };

    // ---- PostgreSQL (libpq)

    //! PostgreSQL type oids (pg_type.h) the results are converted from.
    enum PgType : Oid
    {
      PgBool = 16,
      PgBytea = 17,
      PgInt8 = 20,
      PgInt2 = 21,
      PgInt4 = 23,
      PgOid = 26,
      PgFloat4 = 700,
      PgFloat8 = 701,
      PgNumeric = 1700,
    };

    /**
     * Rewrites '?' placeholders (outside string literals and quoted identifiers) to $1, $2... and
     * SQLite's numbered '?N' to $N; \a count gets the number of parameters.
     */
    QString numberedPlaceholders( const QString &sql, int *count = nullptr )
    {
      QString out;
      out.reserve( sql.size() + 16 );
      int number = 0;
      int highest = 0;
      QChar quote;
      for ( int i = 0; i < sql.size(); ++i )
      {
        const QChar c = sql.at( i );
        if ( !quote.isNull() )
        {
          if ( c == quote )
            quote = QChar();
          out += c;
        }
        else if ( c == QLatin1Char( '\'' ) || c == QLatin1Char( '"' ) )
        {
          quote = c;
          out += c;
        }
        else if ( c == QLatin1Char( '?' ) )
        {
          int end = i + 1;
          while ( end < sql.size() && sql.at( end ).isDigit() )
            ++end;
          if ( end > i + 1 )
          {
            const int explicitNumber = sql.mid( i + 1, end - i - 1 ).toInt();
            highest = std::max( highest, explicitNumber );
            out += QLatin1Char( '$' ) + sql.mid( i + 1, end - i - 1 );
            i = end - 1;
          }
          else
          {
            out += QStringLiteral( "$%1" ).arg( ++number );
            highest = std::max( highest, number );
          }
        }
        else
          out += c;
      }
      if ( count )
        *count = highest;
      return out;
    }

    //! A value of a result column, typed as SqlConnection documents.
    QVariant pgValue( const PGresult *result, int r, int c )
    {
      if ( PQgetisnull( result, r, c ) )
        return QVariant();
      const char *text = PQgetvalue( result, r, c );
      switch ( PQftype( result, c ) )
      {
      case PgInt2:
      case PgInt4:
      case PgInt8:
      case PgOid:
        return QVariant( QByteArray( text ).toLongLong() );
      case PgFloat4:
      case PgFloat8:
      case PgNumeric:
        return QVariant( QByteArray( text ).toDouble() );
      case PgBool:
        return QVariant( static_cast<qlonglong>( text[0] == 't' ? 1 : 0 ) );
      case PgBytea:
      {
        size_t length = 0;
        unsigned char *bytes = PQunescapeBytea( reinterpret_cast<const unsigned char *>( text ), &length );
        QVariant value( QByteArray( reinterpret_cast<const char *>( bytes ), static_cast<int>( length ) ) );
        PQfreemem( bytes );
        return value;
      }
      default:
        return QVariant( QString::fromUtf8( text, PQgetlength( result, r, c ) ) );
      }
    }

    class PostgresConnection;

    class PostgresStatement : public SqlStatement
    {
    public:
      PostgresStatement( PostgresConnection *connection, const QString &sql );
      ~PostgresStatement() override;

      void bindNull( int index ) override { slot( index ).null = true; }
      void bind( int index, qint64 value ) override { setText( index, QByteArray::number( value ), 0 ); }
      void bind( int index, double value ) override { setText( index, QByteArray::number( value, 'g', 17 ), 0 ); }
      void bindText( int index, const QByteArray &utf8 ) override { setText( index, utf8, 0 ); }
      void bindStaticText( int index, const QByteArray &utf8 ) override { setText( index, utf8, 0 ); }
      void bindBlob( int index, const QByteArray &bytes ) override { setText( index, bytes, 1 ); }
      Step step() override;
      void reset() override
      {
        PQclear( mResult );
        mResult = nullptr;
        mRow = -1;
      }
      void clearBindings() override
      {
        for ( Parameter &parameter : mParameters )
          parameter = Parameter();
      }
      qint64 changes() const override { return mChanges; }
      bool isNull( int column ) const override { return !mResult || PQgetisnull( mResult, mRow, column ); }
      qint64 int64( int column ) const override
      {
        if ( isNull( column ) )
          return 0;
        const char *text = PQgetvalue( mResult, mRow, column );
        return PQftype( mResult, column ) == PgBool ? ( text[0] == 't' ? 1 : 0 ) : QByteArray( text ).toLongLong();
      }
      double real( int column ) const override { return isNull( column ) ? 0.0 : QByteArray( PQgetvalue( mResult, mRow, column ) ).toDouble(); }
      QString text( int column ) const override { return isNull( column ) ? QString() : pgValue( mResult, mRow, column ).toString(); }
      QString error() const override { return mError; }

    private:
      struct Parameter
      {
        QByteArray value;
        bool null = true;
        int format = 0;
      };
      Parameter &slot( int index )
      {
        if ( index > static_cast<int>( mParameters.size() ) )
          mParameters.resize( static_cast<size_t>( index ) );
        return mParameters[static_cast<size_t>( index - 1 )];
      }
      void setText( int index, const QByteArray &value, int format )
      {
        Parameter &parameter = slot( index );
        parameter.value = value;
        parameter.null = false;
        parameter.format = format;
      }

      PostgresConnection *mConnection = nullptr;
      QByteArray mSql;
      QByteArray mName;
      int mPreparedGeneration = -1;
      int mRuns = 0;
      std::vector<Parameter> mParameters;
      PGresult *mResult = nullptr;
      int mRow = -1;
      qint64 mChanges = 0;
      QString mError;
    };

    class PostgresConnection : public SqlConnection
    {
    public:
      ~PostgresConnection() override
      {
        if ( mConn )
          PQfinish( mConn );
      }

      bool open( const QString &conninfo, Mode mode, QString *error )
      {
        mMode = mode;
        mDisplayName = SqlConnection::withoutPassword( QStringLiteral( "PG:" ) + conninfo );
        mConn = PQconnectdb( conninfo.toUtf8().constData() );
        if ( !mConn || PQstatus( mConn ) != CONNECTION_OK )
        {
          *error = mConn ? QString::fromUtf8( PQerrorMessage( mConn ) ).trimmed()
                         : QCoreApplication::translate( "vigie::store", "out of memory" );
          return false;
        }
        return setUpSession( error );
      }

      //! What every new session needs (after open() and reconnect()).
      bool setUpSession( QString *error )
      {
        PQsetNoticeProcessor(
            mConn, []( void *, const char * ) {}, nullptr );
        PQsetClientEncoding( mConn, "UTF8" );
        QList<Row> rows;
        // who we are, for a "permission denied" message that says which role was refused
        if ( !query( QStringLiteral( "SELECT current_user, (SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m"
                                     " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user)" ),
                     QVariantList(), &rows, error, nullptr ) )
          return false;
        mRole = rows.value( 0 ).value( 0 ).toString();
        mMemberOf = rows.value( 0 ).value( 1 ).toString().split( QLatin1Char( ',' ), Qt::SkipEmptyParts );
        if ( mMode != Mode::ReadWrite )
          return execute( QStringLiteral( "SET default_transaction_read_only = on" ), QVariantList(), error );
        return true;
      }

      Dialect dialect() const override { return Dialect::Postgres; }

      std::unique_ptr<SqlStatement> prepare( const QString &sql, QString * ) override
      {
        return std::unique_ptr<SqlStatement>( new PostgresStatement( this, sql ) );
      }

      bool isBroken() const override { return !mConn || PQstatus( mConn ) == CONNECTION_BAD; }

      bool reconnect( QString *errorMessage ) override
      {
        setTransactionLost();
        ++mGeneration;
        PQreset( mConn );
        if ( PQstatus( mConn ) != CONNECTION_OK )
        {
          if ( errorMessage )
            *errorMessage = QString::fromUtf8( PQerrorMessage( mConn ) ).trimmed();
          return false;
        }
        return setUpSession( errorMessage );
      }

      bool copyIn( const QString &copySql, const QByteArray &data, QString *errorMessage ) override
      {
        PGresult *result = PQexec( mConn, copySql.toUtf8().constData() );
        if ( !result || PQresultStatus( result ) != PGRES_COPY_IN )
        {
          if ( errorMessage )
            *errorMessage = errorText( result );
          PQclear( result );
          return false;
        }
        PQclear( result );
        bool sent = PQputCopyData( mConn, data.constData(), static_cast<int>( data.size() ) ) == 1;
        sent = PQputCopyEnd( mConn, sent ? nullptr : "send failed" ) == 1 && sent;
        bool ok = sent;
        QString error;
        while ( ( result = PQgetResult( mConn ) ) )
        {
          if ( PQresultStatus( result ) != PGRES_COMMAND_OK )
          {
            ok = false;
            error = errorText( result );
          }
          PQclear( result );
        }
        if ( !ok && errorMessage )
          *errorMessage = error.isEmpty() ? QString::fromUtf8( PQerrorMessage( mConn ) ).trimmed() : error;
        return ok;
      }

      QString roleName() const override { return mRole; }
      QStringList memberOf() const override { return mMemberOf; }

      PGconn *connection() const { return mConn; }
      int generation() const { return mGeneration; }
      QByteArray nextStatementName() { return "vigie_" + QByteArray::number( ++mStatementCount ); }

      //! The server's message; a refused privilege also names the role (and its groups).
      QString errorText( const PGresult *result ) const
      {
        QString text = QString::fromUtf8( result ? PQresultErrorMessage( result ) : PQerrorMessage( mConn ) ).trimmed();
        if ( text.isEmpty() )
          text = QString::fromUtf8( PQerrorMessage( mConn ) ).trimmed();
        const char *state = result ? PQresultErrorField( result, PG_DIAG_SQLSTATE ) : nullptr;
        if ( state && qstrcmp( state, "42501" ) == 0 && !mRole.isEmpty() )
        {
          text = text.section( QLatin1Char( '\n' ), 0, 0 ).remove( QStringLiteral( "ERROR:" ) ).trimmed();
          text = mMemberOf.isEmpty() ? QCoreApplication::translate( "vigie::store", "%1 (database role %2)" ).arg( text, mRole )
                                     : QCoreApplication::translate( "vigie::store", "%1 (database role %2, member of %3)" )
                                           .arg( text, mRole, mMemberOf.join( QStringLiteral( ", " ) ) );
        }
        return text;
      }

      bool execute( const QString &sql, const QVariantList &parameters, QString *errorMessage ) override
      {
        return query( sql, parameters, nullptr, errorMessage, nullptr );
      }

      bool query( const QString &sql, const QVariantList &parameters, QList<Row> *rows, QString *errorMessage,
                  QStringList *columns ) override
      {
        PGresult *result = nullptr;
        if ( parameters.isEmpty() )
          result = PQexec( mConn, sql.toUtf8().constData() );
        else
        {
          std::vector<QByteArray> storage;
          storage.reserve( static_cast<size_t>( parameters.size() ) );
          std::vector<const char *> values;
          std::vector<int> lengths;
          std::vector<int> formats;
          for ( const QVariant &value : parameters )
          {
            if ( value.isNull() )
            {
              storage.emplace_back();
              values.push_back( nullptr );
              lengths.push_back( 0 );
              formats.push_back( 0 );
              continue;
            }
            if ( value.userType() == QMetaType::QByteArray )
            {
              storage.push_back( value.toByteArray() );
              formats.push_back( 1 );
            }
            else
            {
              if ( value.userType() == QMetaType::Bool )
                storage.push_back( value.toBool() ? QByteArrayLiteral( "t" ) : QByteArrayLiteral( "f" ) );
              else if ( isSqlReal( value ) )
                storage.push_back( QByteArray::number( value.toDouble(), 'g', 17 ) );
              else
                storage.push_back( value.toString().toUtf8() );
              formats.push_back( 0 );
            }
            values.push_back( storage.back().constData() );
            lengths.push_back( static_cast<int>( storage.back().size() ) );
          }
          result = PQexecParams( mConn, numberedPlaceholders( sql ).toUtf8().constData(), static_cast<int>( values.size() ), nullptr,
                                 values.data(), lengths.data(), formats.data(), 0 );
        }
        const ExecStatusType status = result ? PQresultStatus( result ) : PGRES_FATAL_ERROR;
        if ( status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK )
        {
          if ( errorMessage )
            *errorMessage = errorText( result );
          PQclear( result );
          return false;
        }
        if ( columns )
        {
          columns->clear();
          for ( int c = 0; c < PQnfields( result ); ++c )
            columns->append( QString::fromUtf8( PQfname( result, c ) ) );
        }
        if ( rows )
        {
          const int columnCount = PQnfields( result );
          for ( int r = 0; r < PQntuples( result ); ++r )
          {
            Row row;
            row.reserve( columnCount );
            for ( int c = 0; c < columnCount; ++c )
              row << pgValue( result, r, c );
            rows->append( row );
          }
        }
        PQclear( result );
        return true;
      }

    private:
      PGconn *mConn = nullptr;
      Mode mMode = Mode::ReadWrite;
      int mGeneration = 0;
      qint64 mStatementCount = 0;
      QString mRole;
      QStringList mMemberOf;
    };

    PostgresStatement::PostgresStatement( PostgresConnection *connection, const QString &sql ) : mConnection( connection )
    {
      int count = 0;
      mSql = numberedPlaceholders( sql, &count ).toUtf8();
      mParameters.resize( static_cast<size_t>( count ) );
    }

    PostgresStatement::~PostgresStatement()
    {
      PQclear( mResult );
      if ( mPreparedGeneration == mConnection->generation() && !mConnection->isBroken() &&
           PQtransactionStatus( mConnection->connection() ) != PQTRANS_INERROR )
        PQclear( PQexec( mConnection->connection(), QByteArray( "DEALLOCATE " + mName ).constData() ) );
    }

    SqlStatement::Step PostgresStatement::step()
    {
      if ( mResult )
      {
        ++mRow;
        return mRow < PQntuples( mResult ) ? Step::Row : Step::Done;
      }
      std::vector<const char *> values;
      std::vector<int> lengths;
      std::vector<int> formats;
      values.reserve( mParameters.size() );
      lengths.reserve( mParameters.size() );
      formats.reserve( mParameters.size() );
      for ( const Parameter &parameter : mParameters )
      {
        values.push_back( parameter.null ? nullptr : parameter.value.constData() );
        lengths.push_back( static_cast<int>( parameter.value.size() ) );
        formats.push_back( parameter.format );
      }
      PGconn *conn = mConnection->connection();
      const int count = static_cast<int>( values.size() );
      // one-shot statements stay unnamed; from the second run on, a named server-side statement
      if ( ++mRuns >= 2 && mPreparedGeneration != mConnection->generation() )
      {
        if ( mName.isEmpty() )
          mName = mConnection->nextStatementName();
        PGresult *prepared = PQprepare( conn, mName.constData(), mSql.constData(), 0, nullptr );
        const bool ok = prepared && PQresultStatus( prepared ) == PGRES_COMMAND_OK;
        if ( ok )
          mPreparedGeneration = mConnection->generation();
        else
        {
          mError = mConnection->errorText( prepared );
          PQclear( prepared );
          return Step::Error;
        }
        PQclear( prepared );
      }
      if ( mPreparedGeneration == mConnection->generation() )
        mResult = PQexecPrepared( conn, mName.constData(), count, values.data(), lengths.data(), formats.data(), 0 );
      else
        mResult = PQexecParams( conn, mSql.constData(), count, nullptr, values.data(), lengths.data(), formats.data(), 0 );
      const ExecStatusType status = mResult ? PQresultStatus( mResult ) : PGRES_FATAL_ERROR;
      if ( status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK )
      {
        mError = mConnection->errorText( mResult );
        PQclear( mResult );
        mResult = nullptr;
        return Step::Error;
      }
      mChanges = QByteArray( PQcmdTuples( mResult ) ).toLongLong();
      mRow = 0;
      return PQntuples( mResult ) > 0 ? Step::Row : Step::Done;
    }
  } // namespace

  SqlStatement::~SqlStatement() = default;

  SqlConnection::~SqlConnection() = default;

  bool SqlConnection::reconnect( QString * )
  {
    return true;
  }

  bool SqlConnection::copyIn( const QString &, const QByteArray &, QString *errorMessage )
  {
    if ( errorMessage )
      *errorMessage = QCoreApplication::translate( "vigie::store", "COPY is a PostgreSQL statement" );
    return false;
  }

  QByteArray SqlConnection::copyText( const QByteArray &utf8 )
  {
    QByteArray out;
    out.reserve( utf8.size() + 8 );
    for ( const char c : utf8 )
    {
      switch ( c )
      {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
      }
    }
    return out;
  }

  QString SqlConnection::withoutPassword( const QString &territoryPath )
  {
    static const QRegularExpression password( QStringLiteral( "password\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S+)" ) );
    QString shown = territoryPath;
    shown.replace( password, QStringLiteral( "password=***" ) );
    return shown;
  }

  bool SqlConnection::isPostgres( const QString &territoryPath )
  {
    return territoryPath.startsWith( QLatin1String( "PG:" ), Qt::CaseInsensitive );
  }

  QString SqlConnection::connectionInfo( const QString &territoryPath )
  {
    return isPostgres( territoryPath ) ? territoryPath.mid( 3 ).trimmed() : QString();
  }

  std::unique_ptr<SqlConnection> SqlConnection::open( const QString &territoryPath, Mode mode, QString *errorMessage )
  {
    QString error;
    if ( isPostgres( territoryPath ) )
    {
      std::unique_ptr<PostgresConnection> connection( new PostgresConnection );
      if ( connection->open( connectionInfo( territoryPath ), mode, &error ) )
        return connection;
    }
    else
    {
      std::unique_ptr<SqliteConnection> connection( new SqliteConnection );
      if ( connection->open( territoryPath, mode, &error ) )
        return connection;
    }
    if ( errorMessage )
      *errorMessage = error;
    return nullptr;
  }

  bool SqlConnection::begin( QString *errorMessage )
  {
    if ( !execute( QStringLiteral( "BEGIN" ), QVariantList(), errorMessage ) )
      return false;
    mInTransaction = true;
    return true;
  }

  bool SqlConnection::commit( QString *errorMessage )
  {
    if ( !execute( QStringLiteral( "COMMIT" ), QVariantList(), errorMessage ) )
    {
      rollback();
      return false;
    }
    mInTransaction = false;
    return true;
  }

  bool SqlConnection::rollback()
  {
    mInTransaction = false;
    return execute( QStringLiteral( "ROLLBACK" ), QVariantList(), nullptr );
  }

  bool SqlConnection::queryText( const QString &sql, const QStringList &parameters, QList<QStringList> *rows, QString *errorMessage )
  {
    QVariantList values;
    values.reserve( parameters.size() );
    for ( const QString &parameter : parameters )
      values << parameter;
    QList<Row> result;
    if ( !query( sql, values, rows ? &result : nullptr, errorMessage ) )
      return false;
    if ( rows )
    {
      for ( const Row &row : std::as_const( result ) )
      {
        QStringList texts;
        texts.reserve( row.size() );
        for ( const QVariant &value : row )
          texts << value.toString();
        rows->append( texts );
      }
    }
    return true;
  }

  QStringList SqlConnection::tables( QString *errorMessage )
  {
    const QString sql = dialect() == Dialect::Sqlite
                            ? QStringLiteral( "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')" )
                            : QStringLiteral( "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()" );
    QList<Row> rows;
    QStringList names;
    if ( !query( sql, QVariantList(), &rows, errorMessage ) )
      return names;
    for ( const Row &row : std::as_const( rows ) )
      names << row.value( 0 ).toString();
    return names;
  }

  bool SqlConnection::hasTable( const QString &name )
  {
    return tables().contains( name );
  }

  QString SqlConnection::autoIncrementKey() const
  {
    return dialect() == Dialect::Sqlite ? QStringLiteral( "INTEGER PRIMARY KEY AUTOINCREMENT" ) : QStringLiteral( "BIGSERIAL PRIMARY KEY" );
  }

  QString SqlConnection::realType() const
  {
    return dialect() == Dialect::Sqlite ? QStringLiteral( "REAL" ) : QStringLiteral( "DOUBLE PRECISION" );
  }

  QString SqlConnection::blobType() const
  {
    return dialect() == Dialect::Sqlite ? QStringLiteral( "BLOB" ) : QStringLiteral( "BYTEA" );
  }

  namespace
  {
    bool isPostgresSystemColumn( const QString &name )
    {
      static const QStringList names{ QStringLiteral( "xmin" ), QStringLiteral( "xmax" ), QStringLiteral( "cmin" ),
                                      QStringLiteral( "cmax" ), QStringLiteral( "ctid" ), QStringLiteral( "tableoid" ) };
      return names.contains( name.toLower() );
    }
  } // namespace

  QString SqlConnection::columnName( const QString &name ) const
  {
    return dialect() == Dialect::Postgres && isPostgresSystemColumn( name ) ? name + QLatin1Char( '_' ) : name;
  }

  QString SqlConnection::portableColumnName( const QString &name ) const
  {
    if ( dialect() == Dialect::Postgres && name.endsWith( QLatin1Char( '_' ) ) && isPostgresSystemColumn( name.chopped( 1 ) ) )
      return name.chopped( 1 );
    return name;
  }

  QString SqlConnection::quoteIdentifier( const QString &name )
  {
    QString quoted = name;
    quoted.replace( QLatin1Char( '"' ), QStringLiteral( "\"\"" ) );
    return QLatin1Char( '"' ) + quoted + QLatin1Char( '"' );
  }

  SqlTransaction::~SqlTransaction()
  {
    if ( mActive )
      mConnection.rollback();
  }

  bool SqlTransaction::begin( QString *errorMessage )
  {
    mActive = mConnection.begin( errorMessage );
    return mActive;
  }

  bool SqlTransaction::commit( QString *errorMessage )
  {
    if ( !mActive )
      return false;
    mActive = false;
    return mConnection.commit( errorMessage );
  }
} // namespace vigie
