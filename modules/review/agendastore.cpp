// SPDX-License-Identifier: GPL-2.0-or-later
// Agendas saved in the territory: table review_agendas (name TEXT PRIMARY KEY, json TEXT),
// component "review" of vigie_schema, created by the forward migration to schema 1 on the first save.
#include "deckbuilder.h"

#include "componentversion.h"
#include "sqlconnection.h"
#include "territory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <memory>

namespace vigie::review
{
  namespace
  {
    constexpr int kReviewSchemaVersion = 1;

    QString reviewComponent()
    {
      return QStringLiteral( "review" );
    }

    //! Opening a territory knows the review component (no "no loaded plugin" warning; newer files refused).
    const bool kRegistered = []()
    {
      Territory::registerModuleComponent( reviewComponent(), kReviewSchemaVersion );
      return true;
    }();

    QString shown( const QString &path )
    {
      return SqlConnection::isPostgres( path ) ? SqlConnection::withoutPassword( path ) : QDir::toNativeSeparators( path );
    }

    //! Forward migrations of the review tables: index i brings schema i to i + 1.
    const QList<QStringList> &migrations()
    {
      static const QList<QStringList> steps = {
          { QStringLiteral( "CREATE TABLE review_agendas (name TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL)" ) },
      };
      return steps;
    }

    //! One connection to a territory (GeoPackage file or "PG:" database), closed on scope exit.
    class Database
    {
    public:
      bool open( const QString &path, bool write, QString *error )
      {
        mPath = path;
        const bool postgres = SqlConnection::isPostgres( path );
        if ( !postgres && !QFileInfo::exists( path ) )
        {
          *error = QCoreApplication::translate( "vigie::review", "%1: no such territory file" ).arg( shown( path ) );
          return false;
        }
        QString reason;
        mDb = SqlConnection::open( path, write ? SqlConnection::Mode::ReadWrite : SqlConnection::Mode::ReadOnlyShared, &reason );
        if ( !mDb )
        {
          *error = QCoreApplication::translate( "vigie::review", "%1: cannot open: %2" ).arg( shown( path ), reason );
          return false;
        }
        const QStringList tables = mDb->tables( &reason );
        if ( !tables.contains( QStringLiteral( "vigie_schema" ) ) )
        {
          *error =
              reason.isEmpty()
                  ? QCoreApplication::translate( "vigie::review", "%1: not a Vigie territory (no vigie_schema table)" ).arg( shown( path ) )
                  : QCoreApplication::translate( "vigie::review", "%1: cannot open: %2" ).arg( shown( path ), reason );
          return false;
        }
        return true;
      }

      bool isPostgres() const { return mDb->dialect() == SqlConnection::Dialect::Postgres; }

      bool query( const QString &sql, const QStringList &parameters, QList<QStringList> *rows, QString *error )
      {
        QString reason;
        return mDb->queryText( sql, parameters, rows, &reason ) || failed( sql, reason, error );
      }

      //! The stored schema version of the review component, 0 when absent.
      bool storedVersion( int *version, QString *error )
      {
        QString reason;
        if ( !componentVersion( *mDb, reviewComponent(), version, &reason ) )
          return failed( componentVersionQuery(), reason, error );
        return supportedComponentVersion(
            *version, kReviewSchemaVersion,
            QCoreApplication::translate(
                "vigie::review", "%1: the agendas were written by a newer Vigie (component %2 schema %3, this version supports %4)" )
                .arg( shown( mPath ), reviewComponent() ),
            error );
      }

      //! Records the current schema version of the component after its migration from \a from.
      bool writeVersion( int from, QString *error )
      {
        QString reason;
        QString statement;
        return writeComponentVersion( *mDb, reviewComponent(), from, kReviewSchemaVersion, &reason, &statement ) ||
               failed( statement, reason, error );
      }

    private:
      //! False with the message naming the territory, the statement and the reason it failed.
      bool failed( const QString &sql, const QString &reason, QString *error ) const
      {
        *error = QCoreApplication::translate( "vigie::review", "%1: SQL failed (%2): %3" ).arg( shown( mPath ), sql.left( 120 ), reason );
        return false;
      }

      std::unique_ptr<SqlConnection> mDb;
      QString mPath;
    };

    //! The default agendas, by name.
    QList<Agenda> defaultAgendas( const QString &language )
    {
      QList<Agenda> agendas{ DeckBuilder::councilAgenda( language ) };
      for ( const QString &domain : DeckBuilder::committeeDomains() )
        agendas << DeckBuilder::committeeAgenda( domain, language );
      return agendas;
    }

    //! The saved agendas; false with the reason when the file or a row cannot be read.
    bool savedAgendas( const QString &territoryPath, QList<Agenda> *agendas, QString *error )
    {
      Database db;
      if ( !db.open( territoryPath, false, error ) )
        return false;
      int version = 0;
      if ( !db.storedVersion( &version, error ) )
        return false;
      if ( version == 0 )
        return true; // nothing saved yet
      QList<QStringList> rows;
      if ( !db.query( QStringLiteral( "SELECT name, json FROM review_agendas ORDER BY name" ), {}, &rows, error ) )
        return false;
      for ( const QStringList &row : std::as_const( rows ) )
      {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson( row.value( 1 ).toUtf8(), &parseError );
        if ( !document.isObject() )
        {
          *error =
              QCoreApplication::translate( "vigie::review", "%1: table review_agendas, agenda \"%2\": invalid JSON (%3)" )
                  .arg( shown( territoryPath ), row.value( 0 ),
                        parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                     : QCoreApplication::translate( "vigie::review", "not an object" ) );
          return false;
        }
        QString agendaError;
        Agenda agenda = Agenda::fromJson( document.object(), &agendaError );
        if ( !agendaError.isEmpty() )
        {
          *error = QCoreApplication::translate( "vigie::review", "%1: table review_agendas, agenda \"%2\": %3" )
                       .arg( shown( territoryPath ), row.value( 0 ), agendaError );
          return false;
        }
        agenda.name = row.value( 0 );
        agendas->append( agenda );
      }
      return true;
    }

    bool fail( QString *errorMessage, const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    }
  } // namespace

  QList<Agenda> AgendaStore::agendas( const QString &territoryPath, QString *errorMessage )
  {
    // the defaults (English titles: the caller translates the deck, not the key) unless saved under the same name
    QList<Agenda> saved;
    QString error;
    if ( !savedAgendas( territoryPath, &saved, &error ) )
    {
      fail( errorMessage, error );
      return {};
    }
    QList<Agenda> result;
    for ( const Agenda &d : defaultAgendas( QStringLiteral( "en" ) ) )
    {
      const bool overridden = std::any_of( saved.cbegin(), saved.cend(), [&d]( const Agenda &a ) { return a.name == d.name; } );
      if ( !overridden )
        result << d;
    }
    result << saved;
    if ( errorMessage )
      errorMessage->clear();
    return result;
  }

  bool AgendaStore::agenda( const QString &territoryPath, const QString &name, const QString &language, Agenda *agenda,
                            QString *errorMessage )
  {
    QList<Agenda> saved;
    QString error;
    if ( !savedAgendas( territoryPath, &saved, &error ) )
      return fail( errorMessage, error );
    for ( const Agenda &a : std::as_const( saved ) )
      if ( a.name == name )
      {
        if ( agenda )
          *agenda = a;
        return true;
      }
    const QList<Agenda> defaults = defaultAgendas( language );
    for ( const Agenda &a : defaults )
      if ( a.name == name )
      {
        if ( agenda )
          *agenda = a;
        return true;
      }
    QStringList names;
    for ( const Agenda &a : defaults )
      names << a.name;
    for ( const Agenda &a : std::as_const( saved ) )
      names << a.name;
    return fail( errorMessage, QCoreApplication::translate( "vigie::review", "%1: no agenda \"%2\" (available: %3)" )
                                   .arg( shown( territoryPath ), name, names.join( QStringLiteral( ", " ) ) ) );
  }

  bool AgendaStore::save( const QString &territoryPath, const Agenda &agenda, QString *errorMessage )
  {
    // validate through the JSON form: what is saved reads back
    QString error;
    const QJsonObject json = agenda.toJson();
    const Agenda checked = Agenda::fromJson( json, &error );
    if ( !error.isEmpty() )
      return fail( errorMessage,
                   QCoreApplication::translate( "vigie::review", "%1: agenda not saved: %2" ).arg( shown( territoryPath ), error ) );
    if ( agenda.items.isEmpty() )
      return fail( errorMessage, QCoreApplication::translate( "vigie::review", "%1: agenda \"%2\" not saved: it has no slide" )
                                     .arg( shown( territoryPath ), checked.name ) );
    Database db;
    if ( !db.open( territoryPath, true, &error ) )
      return fail( errorMessage, error );
    if ( !db.query( db.isPostgres() ? QStringLiteral( "BEGIN" ) : QStringLiteral( "BEGIN IMMEDIATE" ), {}, nullptr, &error ) )
      return fail( errorMessage, error );
    auto rollback = [&]( const QString &message )
    {
      QString ignored;
      db.query( QStringLiteral( "ROLLBACK" ), {}, nullptr, &ignored );
      return fail( errorMessage, message );
    };
    int version = 0;
    if ( !db.storedVersion( &version, &error ) )
      return rollback( error );
    for ( int v = version; v < kReviewSchemaVersion; ++v )
      for ( const QString &sql : migrations().at( v ) )
        if ( !db.query( sql, {}, nullptr, &error ) )
          return rollback( QCoreApplication::translate( "vigie::review", "migration of %1 to schema %2 failed: %3" )
                               .arg( reviewComponent() )
                               .arg( v + 1 )
                               .arg( error ) );
    if ( !db.writeVersion( version, &error ) )
      return rollback( error );
    const QString text = QString::fromUtf8( QJsonDocument( json ).toJson( QJsonDocument::Compact ) );
    if ( !db.query( QStringLiteral(
                        "INSERT INTO review_agendas (name, json) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET json = excluded.json" ),
                    { checked.name, text }, nullptr, &error ) )
      return rollback( error );
    if ( !db.query( QStringLiteral( "COMMIT" ), {}, nullptr, &error ) )
      return rollback( error );
    if ( errorMessage )
      errorMessage->clear();
    return true;
  }

  bool AgendaStore::remove( const QString &territoryPath, const QString &name, QString *errorMessage )
  {
    QString error;
    Database db;
    if ( !db.open( territoryPath, true, &error ) )
      return fail( errorMessage, error );
    int version = 0;
    if ( !db.storedVersion( &version, &error ) )
      return fail( errorMessage, error );
    QList<QStringList> rows;
    if ( version > 0 && !db.query( QStringLiteral( "SELECT name FROM review_agendas WHERE name = ?" ), { name }, &rows, &error ) )
      return fail( errorMessage, error );
    if ( rows.isEmpty() )
      return fail(
          errorMessage,
          QCoreApplication::translate( "vigie::review", "%1: no saved agenda \"%2\" to remove" ).arg( shown( territoryPath ), name ) );
    if ( !db.query( QStringLiteral( "DELETE FROM review_agendas WHERE name = ?" ), { name }, nullptr, &error ) )
      return fail( errorMessage, error );
    if ( errorMessage )
      errorMessage->clear();
    return true;
  }
} // namespace vigie::review
