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
      ReadWrite
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

  protected:
    SqlConnection() = default;

  private:
    bool mInTransaction = false;
  };

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
