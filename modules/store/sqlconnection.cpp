// SPDX-License-Identifier: GPL-2.0-or-later
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <vector>

namespace vigie
{
  namespace
  {
    bool isInteger( const QVariant &value )
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
        return true;
      default:
        return false;
      }
    }

    bool isReal( const QVariant &value )
    {
      return value.userType() == QMetaType::Double || value.userType() == QMetaType::Float;
    }

    // ---- SQLite

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
        else if ( QFileInfo::exists( path + QStringLiteral( "-wal" ) ) )
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
        sqlite3_busy_timeout( mDb, 5000 );
        return true;
      }

      Dialect dialect() const override { return Dialect::Sqlite; }

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
          else if ( isInteger( value ) || value.userType() == QMetaType::Bool )
            rc = sqlite3_bind_int64( statement, i + 1, value.toLongLong() );
          else if ( isReal( value ) )
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

    //! Rewrites '?' placeholders (outside string literals and quoted identifiers) to $1, $2...
    QString numberedPlaceholders( const QString &sql )
    {
      QString out;
      out.reserve( sql.size() + 16 );
      int number = 0;
      QChar quote;
      for ( const QChar c : sql )
      {
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
          out += QStringLiteral( "$%1" ).arg( ++number );
        else
          out += c;
      }
      return out;
    }

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
        mConn = PQconnectdb( conninfo.toUtf8().constData() );
        if ( !mConn || PQstatus( mConn ) != CONNECTION_OK )
        {
          *error = mConn ? QString::fromUtf8( PQerrorMessage( mConn ) ).trimmed()
                         : QCoreApplication::translate( "vigie::store", "out of memory" );
          return false;
        }
        PQsetNoticeProcessor(
            mConn, []( void *, const char * ) {}, nullptr );
        PQsetClientEncoding( mConn, "UTF8" );
        if ( mode == Mode::ReadOnly )
          return execute( QStringLiteral( "SET default_transaction_read_only = on" ), QVariantList(), error );
        return true;
      }

      Dialect dialect() const override { return Dialect::Postgres; }

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
              else if ( isReal( value ) )
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
            *errorMessage = QString::fromUtf8( result ? PQresultErrorMessage( result ) : PQerrorMessage( mConn ) ).trimmed();
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
            for ( int c = 0; c < columnCount; ++c )
            {
              if ( PQgetisnull( result, r, c ) )
              {
                row << QVariant();
                continue;
              }
              const char *text = PQgetvalue( result, r, c );
              switch ( PQftype( result, c ) )
              {
              case PgInt2:
              case PgInt4:
              case PgInt8:
              case PgOid:
                row << QVariant( QByteArray( text ).toLongLong() );
                break;
              case PgFloat4:
              case PgFloat8:
              case PgNumeric:
                row << QVariant( QByteArray( text ).toDouble() );
                break;
              case PgBool:
                row << QVariant( static_cast<qlonglong>( text[0] == 't' ? 1 : 0 ) );
                break;
              case PgBytea:
              {
                size_t length = 0;
                unsigned char *bytes = PQunescapeBytea( reinterpret_cast<const unsigned char *>( text ), &length );
                row << QVariant( QByteArray( reinterpret_cast<const char *>( bytes ), static_cast<int>( length ) ) );
                PQfreemem( bytes );
                break;
              }
              default:
                row << QVariant( QString::fromUtf8( text, PQgetlength( result, r, c ) ) );
              }
            }
            rows->append( row );
          }
        }
        PQclear( result );
        return true;
      }

    private:
      PGconn *mConn = nullptr;
    };
  } // namespace

  SqlConnection::~SqlConnection() = default;

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
