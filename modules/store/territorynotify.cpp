// SPDX-License-Identifier: GPL-2.0-or-later
#include "territorynotify.h"

#include "log.h"
#include "sqlconnection.h"
#include "storeutil.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

namespace vigie
{
  namespace
  {
    const QString kTopic = QStringLiteral( "store" );
    constexpr int kRetryMs = 5000;

    const char *kFunctionSql = R"SQL(
CREATE OR REPLACE FUNCTION vigie_notify_change() RETURNS trigger LANGUAGE plpgsql AS $vigie$
DECLARE
  key text := '';
BEGIN
  IF TG_NARGS > 0 THEN
    IF TG_OP = 'DELETE' THEN
      EXECUTE format('SELECT ($1).%I::text', TG_ARGV[0]) USING OLD INTO key;
    ELSE
      EXECUTE format('SELECT ($1).%I::text', TG_ARGV[0]) USING NEW INTO key;
    END IF;
  END IF;
  PERFORM pg_notify('vigie_changes', TG_TABLE_NAME || ':' || lower(TG_OP) || ':' || coalesce(key, ''));
  RETURN NULL;
END
$vigie$)SQL";

    std::unique_ptr<SqlConnection> openDatabase( const QString &path, QString *errorMessage )
    {
      if ( !SqlConnection::isPostgres( path ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::store", "%1: change notifications need a PostGIS territory (PG:...)" )
                              .arg( store::displayPath( path ) );
        return nullptr;
      }
      QString error;
      std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadWrite, &error );
      if ( !db && errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::store", "%1: cannot connect to PostgreSQL: %2" ).arg( store::displayPath( path ), error );
      return db;
    }

    QStringList tablesOf( SqlConnection &db, QString *errorMessage )
    {
      QList<SqlConnection::Row> rows;
      if ( !db.query( QStringLiteral( "SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = current_schema() "
                                      "AND t.table_type = 'BASE TABLE' AND (t.table_name IN (SELECT f_table_name FROM geometry_columns "
                                      "WHERE f_table_schema = current_schema()) OR t.table_name LIKE 'feeds\\_alarm%' "
                                      "OR t.table_name LIKE 'roadmap\\_%') ORDER BY 1" ),
                      QVariantList(), &rows, errorMessage ) )
        return QStringList();
      QStringList tables;
      for ( const SqlConnection::Row &row : std::as_const( rows ) )
        tables << row.value( 0 ).toString();
      return tables;
    }
  } // namespace

  struct TerritoryNotify::Private
  {
    QString path;
    PGconn *connection = nullptr;
    QSocketNotifier *notifier = nullptr;
    QTimer *retry = nullptr;
    bool lost = false;
  };

  TerritoryNotify::TerritoryNotify( QObject *parent ) : QObject( parent ), d( new Private )
  {
    d->retry = new QTimer( this );
    d->retry->setInterval( kRetryMs );
    connect( d->retry, &QTimer::timeout, this,
             [this]
             {
               QString error;
               if ( connectAndListen( &error ) )
               {
                 d->retry->stop();
                 d->lost = false;
                 logMessage(
                     LogLevel::Info, kTopic,
                     QCoreApplication::translate( "vigie::store", "%1: listening to changes again" ).arg( store::displayPath( d->path ) ) );
                 Q_EMIT reconnected();
               }
             } );
  }

  TerritoryNotify::~TerritoryNotify()
  {
    closeConnection();
    delete d;
  }

  bool TerritoryNotify::start( const QString &path, QString *errorMessage )
  {
    stop();
    if ( !SqlConnection::isPostgres( path ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::store", "%1: change notifications need a PostGIS territory (PG:...)" )
                            .arg( store::displayPath( path ) );
      return false;
    }
    d->path = path;
    return connectAndListen( errorMessage );
  }

  void TerritoryNotify::stop()
  {
    d->retry->stop();
    d->lost = false;
    closeConnection();
  }

  bool TerritoryNotify::isListening() const
  {
    return d->connection && PQstatus( d->connection ) == CONNECTION_OK && d->notifier;
  }

  void TerritoryNotify::closeConnection()
  {
    delete d->notifier;
    d->notifier = nullptr;
    if ( d->connection )
      PQfinish( d->connection );
    d->connection = nullptr;
  }

  bool TerritoryNotify::connectAndListen( QString *errorMessage )
  {
    closeConnection();
    const QString shown = store::displayPath( d->path );
    d->connection = PQconnectdb( SqlConnection::connectionInfo( d->path ).toUtf8().constData() );
    if ( PQstatus( d->connection ) != CONNECTION_OK )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::store", "%1: cannot connect to PostgreSQL: %2" )
                            .arg( shown, QString::fromUtf8( PQerrorMessage( d->connection ) ).trimmed() );
      closeConnection();
      return false;
    }
    PGresult *result = PQexec( d->connection, "LISTEN vigie_changes" );
    const bool ok = PQresultStatus( result ) == PGRES_COMMAND_OK;
    PQclear( result );
    if ( !ok )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::store", "%1: cannot listen to changes: %2" )
                            .arg( shown, QString::fromUtf8( PQerrorMessage( d->connection ) ).trimmed() );
      closeConnection();
      return false;
    }
    // non-blocking reads: PQconsumeInput only takes what the socket has
    PQsetnonblocking( d->connection, 1 );
    d->notifier = new QSocketNotifier( PQsocket( d->connection ), QSocketNotifier::Read, this );
    connect( d->notifier, &QSocketNotifier::activated, this, &TerritoryNotify::readNotifications );
    return true;
  }

  void TerritoryNotify::lost( const QString &message )
  {
    closeConnection();
    if ( d->lost )
      return;
    d->lost = true;
    const QString text = QCoreApplication::translate( "vigie::store", "%1: the change notifications stopped (%2); reconnecting" )
                             .arg( store::displayPath( d->path ), message );
    logMessage( LogLevel::Warning, kTopic, text );
    d->retry->start();
    Q_EMIT connectionLost( text );
  }

  void TerritoryNotify::readNotifications()
  {
    if ( !d->connection )
      return;
    if ( !PQconsumeInput( d->connection ) || PQstatus( d->connection ) != CONNECTION_OK )
    {
      lost( QString::fromUtf8( PQerrorMessage( d->connection ) ).trimmed() );
      return;
    }
    while ( PGnotify *notification = PQnotifies( d->connection ) )
    {
      Change change;
      const QString payload = QString::fromUtf8( notification->extra );
      PQfreemem( notification );
      if ( parsePayload( payload, &change ) )
        Q_EMIT changed( change.table, change.operation, change.key );
      else
        logMessage( LogLevel::Debug, kTopic, QStringLiteral( "ignored notification '%1'" ).arg( payload ) );
      if ( !d->connection )
        return; // a slot stopped us
    }
  }

  bool TerritoryNotify::parsePayload( const QString &payload, Change *change )
  {
    const QStringList parts = payload.split( QLatin1Char( ':' ) );
    if ( parts.size() != 3 || parts.at( 0 ).isEmpty() )
      return false;
    const QString operation = parts.at( 1 );
    if ( operation != QLatin1String( "insert" ) && operation != QLatin1String( "update" ) && operation != QLatin1String( "delete" ) )
      return false;
    change->table = parts.at( 0 );
    change->operation = operation;
    bool ok = false;
    const qint64 key = parts.at( 2 ).toLongLong( &ok );
    change->key = ok ? key : -1;
    return true;
  }

  QStringList TerritoryNotify::watchedTables( const QString &path, QString *errorMessage )
  {
    std::unique_ptr<SqlConnection> db = openDatabase( path, errorMessage );
    return db ? tablesOf( *db, errorMessage ) : QStringList();
  }

  bool TerritoryNotify::isInstalled( const QString &path, QString *errorMessage )
  {
    std::unique_ptr<SqlConnection> db = openDatabase( path, errorMessage );
    if ( !db )
      return false;
    const QStringList tables = tablesOf( *db, errorMessage );
    QList<SqlConnection::Row> rows;
    if ( !db->query( QStringLiteral( "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
                                     "WHERE g.tgname = 'vigie_notify' AND c.relnamespace = current_schema()::regnamespace" ),
                     QVariantList(), &rows, errorMessage ) )
      return false;
    QStringList withTrigger;
    for ( const SqlConnection::Row &row : std::as_const( rows ) )
      withTrigger << row.value( 0 ).toString();
    for ( const QString &table : tables )
    {
      if ( !withTrigger.contains( table ) )
        return false;
    }
    return !tables.isEmpty();
  }

  bool TerritoryNotify::install( const QString &path, QStringList *tables, QString *errorMessage )
  {
    std::unique_ptr<SqlConnection> db = openDatabase( path, errorMessage );
    if ( !db )
      return false;
    const QString shown = store::displayPath( path );
    QString error;
    const QStringList watched = tablesOf( *db, &error );
    if ( !error.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error );
      return false;
    }
    // the key column of each table: fid (layers), else id (alarms, roadmap), else none
    QList<SqlConnection::Row> rows;
    if ( !db->query( QStringLiteral( "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                                     "AND column_name IN ('fid', 'id')" ),
                     QVariantList(), &rows, &error ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error );
      return false;
    }
    QHash<QString, QString> keys;
    for ( const SqlConnection::Row &row : std::as_const( rows ) )
    {
      const QString table = row.value( 0 ).toString();
      const QString column = row.value( 1 ).toString();
      if ( column == QLatin1String( "fid" ) || !keys.contains( table ) )
        keys.insert( table, column );
    }
    QStringList sql{ QString::fromUtf8( kFunctionSql ) };
    for ( const QString &table : watched )
    {
      const QString key = keys.value( table );
      // CREATE OR REPLACE TRIGGER: PostgreSQL 14 and later
      sql << QStringLiteral( "DROP TRIGGER IF EXISTS vigie_notify ON %1" ).arg( SqlConnection::quoteIdentifier( table ) )
          << QStringLiteral( "CREATE TRIGGER vigie_notify AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                             "vigie_notify_change(%2)" )
                 .arg( SqlConnection::quoteIdentifier( table ), key.isEmpty() ? QString() : store::sqlQuote( key ) );
    }
    SqlTransaction transaction( *db );
    if ( !transaction.begin( &error ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( shown, error );
      return false;
    }
    for ( const QString &statement : std::as_const( sql ) )
    {
      if ( !db->execute( statement, QVariantList(), &error ) )
      {
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate( "vigie::store", "%1: cannot install the change notifications: %2" ).arg( shown, error );
        return false;
      }
    }
    if ( !transaction.commit( &error ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::store", "%1: cannot commit: %2" ).arg( shown, error );
      return false;
    }
    if ( tables )
      *tables = watched;
    return true;
  }
} // namespace vigie
