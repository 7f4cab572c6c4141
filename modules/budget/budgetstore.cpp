// SPDX-License-Identifier: GPL-2.0-or-later
// The participatory budget attached to a territory: table budget_elections (one row), component
// "budget" of vigie_schema, created by the forward migration to schema 1 on the first attach.
// SqlConnection: the same code on a GeoPackage and on a PG: territory.
#include "budgetstore.h"

#include "componentversion.h"
#include "demobuilder.h"
#include "log.h"
#include "pabulib.h"
#include "sqlconnection.h"
#include "territory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::budget
{
  namespace
  {
    //! Opening a territory knows the budget component (no "no loaded plugin" warning; newer files refused).
    const bool kRegistered = []()
    {
      Territory::registerModuleComponent( budgetStoreComponent(), kBudgetStoreSchemaVersion );
      return true;
    }();

    //! The demo participatory budget (resources/demo/budget, see its SOURCES.md), counted with the rule the city used.
    const QString kDemoFile = QStringLiteral( "France_Toulouse_2022_15_-_Croix_de_Pierre_Route_dEspagne.pb" );

    //! The Montpellier demo gets the Toulouse election attached when it is built (DemoBuilder step).
    const bool kDemoStep = []()
    {
      DemoBuilder::registerStep(
          QStringLiteral( "budget" ),
          []( const QString &demoName, const QString &territoryPath, const QString &sourceDirectory, QString *errorMessage )
          {
            if ( demoName != QLatin1String( "montpellier" ) )
              return true;
            const QString file = QDir( sourceDirectory ).filePath( QStringLiteral( "budget/" ) + kDemoFile );
            return attachElection( territoryPath, file, QStringLiteral( "city" ), QString(), nullptr, errorMessage );
          } );
      return true;
    }();

    const QString kTopic = QStringLiteral( "budget" );

    QString shown( const QString &path )
    {
      return Territory::displayPath( path );
    }

    //! Forward migrations of the budget tables: index i brings schema i to i + 1 (SQL both dialects accept).
    QStringList migration( int toVersion, const SqlConnection &db )
    {
      if ( toVersion == 1 )
        return { QStringLiteral( "CREATE TABLE budget_elections (name TEXT PRIMARY KEY NOT NULL, pb %1 NOT NULL, sha256 TEXT NOT NULL, "
                                 "rule TEXT NOT NULL, completion TEXT NOT NULL, attached TEXT NOT NULL, summary TEXT NOT NULL)" )
                     .arg( db.blobType() ) };
      return {};
    }

    bool fail( QString *errorMessage, const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    }

    QString digest( const QByteArray &data )
    {
      return QString::fromLatin1( QCryptographicHash::hash( data, QCryptographicHash::Sha256 ).toHex() );
    }
  } // namespace

  QString budgetStoreComponent()
  {
    return QStringLiteral( "budget" );
  }

  QString defaultAttachRule()
  {
    return QStringLiteral( "mes-cost" );
  }

  QDate electionEndDate( const Election &election )
  {
    const QString text = election.metaText( QStringLiteral( "date_end" ) ).trimmed();
    QDate date = QDate::fromString( text, QStringLiteral( "dd.MM.yyyy" ) );
    if ( !date.isValid() )
      date = QDate::fromString( text, Qt::ISODate );
    return date;
  }

  bool runAllocation( const Election &election, const QString &rule, const QString &completion, AllocationResult *result,
                      QString *errorMessage )
  {
    RuleSpec spec;
    QString error;
    if ( !RuleSpec::parse( rule, completion, election, spec, &error ) )
      return fail( errorMessage, error );
    result->election = election;
    result->spec = spec;
    result->ruleName = rule.trimmed();
    QElapsedTimer timer;
    timer.start();
    result->outcome = allocate( election, spec );
    result->seconds = static_cast<double>( timer.nsecsElapsed() ) / 1e9;
    return true;
  }

  QString allocationJsonText( const AllocationResult &result, const QJsonObject &extra )
  {
    auto jsonValue = []( const QJsonValue &value )
    {
      // a one-element array gives a correctly escaped JSON value
      const QByteArray array = QJsonDocument( QJsonArray{ value } ).toJson( QJsonDocument::Compact );
      return QString::fromUtf8( array.mid( 1, array.size() - 2 ) );
    };
    const Election &election = result.election;
    QStringList ids;
    for ( const QString &id : result.outcome.sortedIds( election ) )
      ids << jsonValue( id );
    QString text =
        QStringLiteral( "{\"selected\": [%1], \"cost\": %2, \"budget\": %3, \"rule\": %4, \"seconds\": %5" )
            .arg( ids.join( QStringLiteral( ", " ) ), election.formatMoney( result.outcome.cost ), election.formatMoney( election.budget ),
                  jsonValue( result.ruleName ), QString::number( result.seconds, 'f', 6 ) );
    for ( auto it = extra.constBegin(); it != extra.constEnd(); ++it )
      text += QStringLiteral( ", %1: %2" ).arg( jsonValue( it.key() ), jsonValue( it.value() ) );
    return text + QLatin1Char( '}' );
  }

  QJsonObject attachedJsonExtra( const AttachedElection &attached, const AllocationResult &result )
  {
    const Election &election = result.election;
    const QDate end = electionEndDate( election );
    return QJsonObject{ { QStringLiteral( "name" ), attached.name },
                        { QStringLiteral( "completion" ), attached.completion },
                        { QStringLiteral( "full_rule" ), result.spec.fullName() },
                        { QStringLiteral( "projects" ), election.projectCount() },
                        { QStringLiteral( "voters" ), election.voterCount() },
                        { QStringLiteral( "currency" ), election.metaText( QStringLiteral( "currency" ) ) },
                        { QStringLiteral( "date_end" ), end.isValid() ? end.toString( Qt::ISODate ) : QString() },
                        { QStringLiteral( "attached" ), attached.attached.toUTC().toString( Qt::ISODate ) },
                        { QStringLiteral( "sha256" ), attached.sha256 } };
  }

  bool attachElection( const QString &territoryPath, const QString &pbPath, const QString &rule, const QString &completion,
                       AttachedElection *attached, QString *errorMessage, AllocationResult *allocation )
  {
    QFile file( pbPath );
    if ( !file.open( QIODevice::ReadOnly ) )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1: cannot read: %2" )
                                     .arg( QDir::toNativeSeparators( pbPath ), file.errorString() ) );
    const QByteArray data = file.readAll();
    return attachElectionData( territoryPath, data, QFileInfo( pbPath ).fileName(), rule, completion, attached, errorMessage, allocation );
  }

  bool attachElectionData( const QString &territoryPath, const QByteArray &data, const QString &name, const QString &rule,
                           const QString &completion, AttachedElection *attached, QString *errorMessage, AllocationResult *allocation )
  {
    QString error;
    // the vote must count with this rule before anything is written
    Election election;
    if ( !PabulibReader::readData( data, name, election, &error ) )
      return fail( errorMessage, error );
    AllocationResult result;
    if ( !runAllocation( election, rule, completion, &result, &error ) )
      return fail( errorMessage, error );
    AttachedElection stored;
    stored.name = name;
    stored.data = data;
    stored.sha256 = digest( data );
    stored.rule = rule.trimmed();
    stored.completion = completion.trimmed();
    if ( stored.completion.isNull() )
      stored.completion = QStringLiteral( "" ); // NOT NULL column: "" is "no completion"
    stored.attached = QDateTime::currentDateTimeUtc();
    stored.attached = stored.attached.addMSecs( -stored.attached.time().msec() );
    stored.summary = QJsonDocument::fromJson( allocationJsonText( result, attachedJsonExtra( stored, result ) ).toUtf8() ).object();
    stored.summary.remove( QStringLiteral( "seconds" ) );

    std::unique_ptr<SqlConnection> db = SqlConnection::open( territoryPath, SqlConnection::Mode::ReadWrite, &error );
    if ( !db )
      return fail( errorMessage, error );
    if ( !db->hasTable( QStringLiteral( "vigie_schema" ) ) )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1 is not a Vigie territory (no vigie_schema table)" )
                                     .arg( shown( territoryPath ) ) );
    SqlTransaction transaction( *db );
    if ( !transaction.begin( &error ) )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1: %2" ).arg( shown( territoryPath ), error ) );
    int version = 0;
    if ( !componentVersion( *db, budgetStoreComponent(), &version, &error ) )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1: %2" ).arg( shown( territoryPath ), error ) );
    if ( !supportedComponentVersion( version, kBudgetStoreSchemaVersion,
                                     QCoreApplication::translate( "vigie::budget",
                                                                  "%1: the participatory budget was written by a newer Vigie "
                                                                  "(component %2 schema %3, this version supports %4)" )
                                         .arg( shown( territoryPath ), budgetStoreComponent() ),
                                     &error ) )
      return fail( errorMessage, error );
    for ( int v = version; v < kBudgetStoreSchemaVersion; ++v )
    {
      for ( const QString &sql : migration( v + 1, *db ) )
      {
        if ( !db->execute( sql, {}, &error ) )
          return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1: migration of %2 to schema %3 failed: %4" )
                                         .arg( shown( territoryPath ), budgetStoreComponent() )
                                         .arg( v + 1 )
                                         .arg( error ) );
      }
    }
    // one election per territory: attaching replaces the previous one
    if ( !writeComponentVersion( *db, budgetStoreComponent(), version, kBudgetStoreSchemaVersion, &error ) ||
         !db->execute( QStringLiteral( "DELETE FROM budget_elections" ), {}, &error ) ||
         !db->execute( QStringLiteral( "INSERT INTO budget_elections (name, pb, sha256, rule, completion, attached, summary) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)" ),
                       { stored.name, stored.data, stored.sha256, stored.rule, stored.completion, stored.attached.toString( Qt::ISODate ),
                         QString::fromUtf8( QJsonDocument( stored.summary ).toJson( QJsonDocument::Compact ) ) },
                       &error ) ||
         !transaction.commit( &error ) )
      return fail(
          errorMessage,
          QCoreApplication::translate( "vigie::budget", "%1: the election cannot be attached: %2" ).arg( shown( territoryPath ), error ) );
    logMessage( LogLevel::Info, kTopic,
                QStringLiteral( "%1: attached %2 (%3, %4 projects funded)" )
                    .arg( shown( territoryPath ), name, result.spec.fullName() )
                    .arg( result.outcome.selected.size() ) );
    if ( attached )
      *attached = stored;
    if ( allocation )
      *allocation = result;
    return true;
  }

  bool attachedElection( const QString &territoryPath, AttachedElection *attached, bool *found, QString *errorMessage )
  {
    *found = false;
    QString error;
    if ( !SqlConnection::isPostgres( territoryPath ) && !QFileInfo::exists( territoryPath ) )
      return fail( errorMessage,
                   QCoreApplication::translate( "vigie::budget", "%1: no such territory file" ).arg( shown( territoryPath ) ) );
    std::unique_ptr<SqlConnection> db = SqlConnection::open( territoryPath, SqlConnection::Mode::ReadOnly, &error );
    if ( !db )
      return fail( errorMessage, error );
    if ( !db->hasTable( QStringLiteral( "vigie_schema" ) ) )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1 is not a Vigie territory (no vigie_schema table)" )
                                     .arg( shown( territoryPath ) ) );
    if ( !db->hasTable( QStringLiteral( "budget_elections" ) ) )
      return true;
    QList<SqlConnection::Row> rows;
    if ( !db->query(
             QStringLiteral( "SELECT name, pb, sha256, rule, completion, attached, summary FROM budget_elections ORDER BY attached DESC" ),
             {}, &rows, &error ) )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1: %2" ).arg( shown( territoryPath ), error ) );
    if ( rows.isEmpty() )
      return true;
    const SqlConnection::Row &row = rows.constFirst();
    AttachedElection a;
    a.name = row.value( 0 ).toString();
    a.data = row.value( 1 ).toByteArray();
    a.sha256 = row.value( 2 ).toString();
    a.rule = row.value( 3 ).toString();
    a.completion = row.value( 4 ).toString();
    a.attached = QDateTime::fromString( row.value( 5 ).toString(), Qt::ISODate ).toUTC();
    a.summary = QJsonDocument::fromJson( row.value( 6 ).toString().toUtf8() ).object();
    if ( digest( a.data ) != a.sha256 )
      return fail( errorMessage,
                   QCoreApplication::translate( "vigie::budget", "%1: the attached election %2 is damaged (its SHA-256 does not match)" )
                       .arg( shown( territoryPath ), a.name ) );
    *attached = a;
    *found = true;
    return true;
  }

  bool attachedAllocation( const QString &territoryPath, AttachedElection *attached, AllocationResult *result, bool *found,
                           QString *errorMessage )
  {
    QString error;
    if ( !attachedElection( territoryPath, attached, found, &error ) )
      return fail( errorMessage, error );
    if ( !*found )
      return fail( errorMessage,
                   QCoreApplication::translate( "vigie::budget", "%1: no participatory budget attached (vigie-cli budget attach)" )
                       .arg( shown( territoryPath ) ) );
    if ( !countAttachedElection( *attached, result, &error ) )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1: the attached election cannot be counted: %2" )
                                     .arg( shown( territoryPath ), error ) );
    return true;
  }

  bool countAttachedElection( const AttachedElection &attached, AllocationResult *result, QString *errorMessage )
  {
    QString error;
    Election election;
    if ( !PabulibReader::readData( attached.data, attached.name, election, &error ) ||
         !runAllocation( election, attached.rule, attached.completion, result, &error ) )
      return fail( errorMessage, error );
    return true;
  }
} // namespace vigie::budget
