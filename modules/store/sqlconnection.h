// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_SQLCONNECTION_H
#define VIGIE_SQLCONNECTION_H

#include "vigie_store_export.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace vigie
{
  /**
   * \brief A prepared statement of a SqlConnection, for statements run many times (hot write paths,
   * row-by-row reads): bind by 1-based index, step() through the rows, reset() to run it again.
   * SQLite: a sqlite3_stmt. PostgreSQL: run with PQexecParams the first time, as a named prepared
   * statement from the second run on (re-prepared by itself after a reconnection).
   */
  class VIGIE_STORE_EXPORT SqlStatement
  {
  public:
    enum class Step
    {
      Row,  //!< a result row is available
      Done, //!< finished (no more rows)
      Error //!< failed: see error()
    };
    virtual ~SqlStatement();
    SqlStatement( const SqlStatement & ) = delete;
    SqlStatement &operator=( const SqlStatement & ) = delete;

    virtual void bindNull( int index ) = 0;
    virtual void bind( int index, qint64 value ) = 0;
    virtual void bind( int index, double value ) = 0;
    //! UTF-8 text, copied.
    virtual void bindText( int index, const QByteArray &utf8 ) = 0;
    //! UTF-8 text that the caller keeps alive and unchanged until the statement is reset (not copied on SQLite).
    virtual void bindStaticText( int index, const QByteArray &utf8 ) = 0;
    virtual void bindBlob( int index, const QByteArray &bytes ) = 0;

    //! Runs the statement (first call) or moves to the next row.
    virtual Step step() = 0;
    //! Ready to run again; bindings are kept.
    virtual void reset() = 0;
    //! Every parameter back to NULL.
    virtual void clearBindings() = 0;
    //! Rows inserted, updated or deleted by the last run.
    virtual qint64 changes() const = 0;

    virtual bool isNull( int column ) const = 0;
    virtual qint64 int64( int column ) const = 0;
    virtual double real( int column ) const = 0;
    virtual QString text( int column ) const = 0;
    virtual QString error() const = 0;

  protected:
    SqlStatement() = default;
  };

  /**
   * \brief One SQL connection to a territory: the GeoPackage's SQLite file or the PostGIS
   * database of a "PG:CONNINFO" territory (libpq), for the plain (non-layer) tables.
   *
   * Statements use '?' placeholders on both back ends (rewritten to $1.. for PostgreSQL);
   * values are bound, never pasted into the SQL. Values come back typed: integers as
   * qlonglong, reals as double, text as QString, blobs as QByteArray, NULL as a null QVariant.
   * Write SQL that both dialects accept (upserts with ON CONFLICT, no INSERT OR REPLACE) or
   * branch on dialect(); types differ in DDL only (see autoIncrementKey(), realType(), blobType()).
   */
  class VIGIE_STORE_EXPORT SqlConnection
  {
  public:
    enum class Dialect
    {
      Sqlite,
      Postgres
    };
    enum class Mode
    {
      ReadOnly, //!< SQLite: a file without -wal is opened immutable (creates nothing next to it)
      ReadWrite,
      ReadOnlyShared //!< read-only while other connections may write (SQLite: never immutable)
    };
    using Row = QVariantList;

    //! True when \a territoryPath names a PostGIS territory ("PG:CONNINFO", GDAL's convention).
    static bool isPostgres( const QString &territoryPath );
    //! The libpq connection string of a "PG:" path.
    static QString connectionInfo( const QString &territoryPath );

    //! Opens \a territoryPath (a file or "PG:CONNINFO"); nullptr with the reason.
    static std::unique_ptr<SqlConnection> open( const QString &territoryPath, Mode mode, QString *errorMessage = nullptr );

    virtual ~SqlConnection();
    SqlConnection( const SqlConnection & ) = delete;
    SqlConnection &operator=( const SqlConnection & ) = delete;

    virtual Dialect dialect() const = 0;

    //! Runs one statement (or, without parameters, several separated by ';').
    virtual bool execute( const QString &sql, const QVariantList &parameters = QVariantList(), QString *errorMessage = nullptr ) = 0;
    //! Runs a query and appends its rows to \a rows; \a columns receives the column names.
    virtual bool query( const QString &sql, const QVariantList &parameters, QList<Row> *rows, QString *errorMessage = nullptr,
                        QStringList *columns = nullptr ) = 0;
    //! query() with text parameters and every value as text (NULL as a null QString): small readers and writers.
    bool queryText( const QString &sql, const QStringList &parameters, QList<QStringList> *rows, QString *errorMessage = nullptr );
    /**
     * A statement to run several times ('?' or '?N' placeholders); nullptr with the reason when it
     * cannot be prepared (SQLite checks the SQL here, PostgreSQL at the first step()).
     */
    virtual std::unique_ptr<SqlStatement> prepare( const QString &sql, QString *errorMessage = nullptr ) = 0;

    /**
     * PostgreSQL's COPY ... FROM STDIN: \a copySql ("COPY t (a, b) FROM STDIN") fed with \a data in
     * COPY text format (tab-separated, one line per row, see copyText()). SQLite: false, not supported.
     */
    virtual bool copyIn( const QString &copySql, const QByteArray &data, QString *errorMessage = nullptr );
    //! \a utf8 escaped for a field of COPY text format (backslash, tab, newline, carriage return).
    static QByteArray copyText( const QByteArray &utf8 );

    //! True when the server connection was lost (PostgreSQL; never for SQLite).
    virtual bool isBroken() const { return false; }
    //! Connects again after a loss (prepared statements follow); the open transaction is gone.
    virtual bool reconnect( QString *errorMessage = nullptr );
    //! The database role of a PostgreSQL connection ("elu"); empty for SQLite.
    virtual QString roleName() const { return QString(); }
    //! The group roles \a roleName() is a member of (PostgreSQL).
    virtual QStringList memberOf() const { return QStringList(); }
    //! Where the connection goes, for messages: the file, or the PostgreSQL conninfo without password.
    QString displayName() const { return mDisplayName; }

    bool begin( QString *errorMessage = nullptr );
    bool commit( QString *errorMessage = nullptr );
    bool rollback();
    bool inTransaction() const { return mInTransaction; }

    //! Plain tables and views of the database (the current schema on PostgreSQL).
    QStringList tables( QString *errorMessage = nullptr );
    bool hasTable( const QString &name );

    //! DDL for an integer key filled by the database.
    QString autoIncrementKey() const;
    //! DDL type of a double precision number (REAL is single precision on PostgreSQL).
    QString realType() const;
    QString blobType() const;
    /**
     * The column that holds the GeoPackage's column \a name here: PostgreSQL reserves its
     * system column names (xmin, xmax, cmin, cmax, ctid, tableoid), which get a trailing "_".
     */
    QString columnName( const QString &name ) const;
    //! The inverse of columnName(): the GeoPackage name of column \a name of this database.
    QString portableColumnName( const QString &name ) const;
    //! Quotes an identifier ("name").
    static QString quoteIdentifier( const QString &name );
    //! A "PG:" path or conninfo with its password replaced by "***" (for messages and logs).
    static QString withoutPassword( const QString &territoryPath );

  protected:
    SqlConnection() = default;
    void setTransactionLost() { mInTransaction = false; }
    QString mDisplayName;

  private:
    bool mInTransaction = false;
  };

  //! True when \a value is stored as an SQL integer: every integer type and booleans (0 / 1).
  VIGIE_STORE_EXPORT bool isSqlInteger( const QVariant &value );
  //! True when \a value is stored as an SQL real (double or float).
  VIGIE_STORE_EXPORT bool isSqlReal( const QVariant &value );

  /**
   * \brief Commits on commit(), rolls back when it goes out of scope otherwise:
   * every early return of a writer leaves the territory as it was.
   */
  class VIGIE_STORE_EXPORT SqlTransaction
  {
  public:
    explicit SqlTransaction( SqlConnection &connection ) : mConnection( connection ) {}
    ~SqlTransaction();
    SqlTransaction( const SqlTransaction & ) = delete;
    SqlTransaction &operator=( const SqlTransaction & ) = delete;

    bool begin( QString *errorMessage = nullptr );
    bool commit( QString *errorMessage = nullptr );

  private:
    SqlConnection &mConnection;
    bool mActive = false;
  };
} // namespace vigie

#endif
