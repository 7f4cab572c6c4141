// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadmapstore.h"

#include "componentversion.h"
#include "demoroadmap.h"
#include "roadmapfile.h"
#include "scheduling.h"
#include "sqlconnection.h"
#include "territory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace vigie::roadmap
{
  namespace
  {
    //! Opening a territory knows the roadmap component (no "no loaded plugin" warning).
    const bool kRegistered = []()
    {
      Territory::registerModuleComponent( roadmapStoreComponent(), kRoadmapStoreSchemaVersion );
      return true;
    }();

    QString shown( const QString &path )
    {
      return SqlConnection::isPostgres( path ) ? SqlConnection::withoutPassword( path ) : QDir::toNativeSeparators( path );
    }

    //! Forward migrations of the roadmap tables: index i brings schema i to i + 1.
    const QList<QStringList> &migrations()
    {
      static const QList<QStringList> steps = {
          { QStringLiteral( "CREATE TABLE roadmap_documents (name TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL, "
                            "settings TEXT NOT NULL DEFAULT '{}', updated TEXT NOT NULL)" ) },
      };
      return steps;
    }

    //! One connection to a territory (GeoPackage file or "PG:" database), closed on scope exit.
    class Database
    {
    public:
      bool open( const QString &path, bool write, QString *error )
      {
        const bool postgres = SqlConnection::isPostgres( path );
        if ( !postgres && !QFileInfo( path ).isFile() )
        {
          *error = QCoreApplication::translate( "vigie::roadmap", "%1: no such territory file" ).arg( shown( path ) );
          return false;
        }
        mPath = path;
        QString reason;
        mDb = SqlConnection::open( path, write ? SqlConnection::Mode::ReadWrite : SqlConnection::Mode::ReadOnlyShared, &reason );
        if ( !mDb )
        {
          *error = QCoreApplication::translate( "vigie::roadmap", "%1: cannot open the territory: %2" ).arg( shown( path ), reason );
          return false;
        }
        const QStringList tables = mDb->tables( &reason );
        mTables = QSet<QString>( tables.cbegin(), tables.cend() );
        if ( !mTables.contains( QStringLiteral( "vigie_territory" ) ) || !mTables.contains( QStringLiteral( "vigie_schema" ) ) )
        {
          *error = reason.isEmpty()
                       ? QCoreApplication::translate( "vigie::roadmap", "%1 is not a Vigie territory (no vigie_schema table)" )
                             .arg( shown( path ) )
                       : QCoreApplication::translate( "vigie::roadmap", "%1: cannot open the territory: %2" ).arg( shown( path ), reason );
          return false;
        }
        return true;
      }

      bool hasTable( const QString &name ) const { return mTables.contains( name ); }
      bool isPostgres() const { return mDb->dialect() == SqlConnection::Dialect::Postgres; }

      //! Runs \a sql with text parameters; the rows as text when \a rows is given.
      bool query( const QString &sql, const QStringList &parameters, QList<QStringList> *rows, QString *error )
      {
        QString reason;
        return mDb->queryText( sql, parameters, rows, &reason ) || failed( sql, reason, error );
      }

      //! The stored schema version of the roadmap component, 0 when absent.
      bool storedVersion( int *version, QString *error )
      {
        QString reason;
        if ( !componentVersion( *mDb, roadmapStoreComponent(), version, &reason ) )
          return failed( componentVersionQuery(), reason, error );
        return supportedComponentVersion(
            *version, kRoadmapStoreSchemaVersion,
            QCoreApplication::translate( "vigie::roadmap",
                                         "%1: the roadmap was written by a newer Vigie (component %2 schema %3, this version supports %4)" )
                .arg( shown( mPath ), roadmapStoreComponent() ),
            error );
      }

      //! Records the current schema version of the component after its migration from \a from.
      bool writeVersion( int from, QString *error )
      {
        QString reason;
        QString statement;
        return writeComponentVersion( *mDb, roadmapStoreComponent(), from, kRoadmapStoreSchemaVersion, &reason, &statement ) ||
               failed( statement, reason, error );
      }

    private:
      //! False with the message naming the territory, the statement and the reason it failed.
      bool failed( const QString &sql, const QString &reason, QString *error ) const
      {
        *error = QCoreApplication::translate( "vigie::roadmap", "%1: SQL failed (%2): %3" ).arg( shown( mPath ), sql.left( 120 ), reason );
        return false;
      }

      std::unique_ptr<SqlConnection> mDb;
      QSet<QString> mTables;
      QString mPath;
    };

    QString euros( double value )
    {
      return QLocale::c().toString( value, 'f', 0 );
    }

    //! Lower case, no accents, apostrophes and dashes as spaces: "Croix d’Argent" ~ "CROIX D'ARGENT".
    QString folded( const QString &text )
    {
      QString decomposed = text.normalized( QString::NormalizationForm_D ).toLower();
      QString result;
      for ( const QChar c : std::as_const( decomposed ) )
      {
        if ( c.category() == QChar::Mark_NonSpacing )
          continue;
        result.append( c.isLetterOrNumber() ? c : QLatin1Char( ' ' ) );
      }
      return QLatin1Char( ' ' ) + result.simplified() + QLatin1Char( ' ' );
    }
  } // namespace

  QString roadmapStoreComponent()
  {
    return QStringLiteral( "roadmap" );
  }

  QString defaultRoadmapName()
  {
    return QStringLiteral( "main" );
  }

  QJsonObject RoadmapSettings::toJson() const
  {
    QJsonObject capsObject;
    for ( auto it = caps.constBegin(); it != caps.constEnd(); ++it )
      capsObject.insert( QString::number( it.key() ), it.value() );
    QJsonObject actuals;
    for ( auto it = kpiActuals.constBegin(); it != kpiActuals.constEnd(); ++it )
    {
      QJsonObject kpis;
      for ( auto k = it.value().constBegin(); k != it.value().constEnd(); ++k )
        kpis.insert( k.key(), k.value() );
      actuals.insert( it.key(), kpis );
    }
    return QJsonObject{ { QStringLiteral( "caps" ), capsObject },
                        { QStringLiteral( "weights" ), weights.toString() },
                        { QStringLiteral( "kpiActuals" ), actuals } };
  }

  bool RoadmapSettings::fromJson( const QJsonObject &object, RoadmapSettings *settings, QString *errorMessage )
  {
    RoadmapSettings result;
    const QJsonObject capsObject = object.value( QStringLiteral( "caps" ) ).toObject();
    for ( auto it = capsObject.constBegin(); it != capsObject.constEnd(); ++it )
    {
      bool ok = false;
      const int year = it.key().toInt( &ok );
      if ( !ok || year < 1900 || year > 2999 || !it.value().isDouble() || it.value().toDouble() < 0 )
      {
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate( "vigie::roadmap", "settings, field \"caps\": \"%1\" is not a year with an amount >= 0" )
                  .arg( it.key() );
        return false;
      }
      result.caps.insert( year, it.value().toDouble() );
    }
    const QString weights = object.value( QStringLiteral( "weights" ) ).toString();
    if ( !weights.isEmpty() && !Weights::fromString( weights, &result.weights, errorMessage ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "settings, field \"weights\": %1" ).arg( *errorMessage );
      return false;
    }
    const QJsonObject actuals = object.value( QStringLiteral( "kpiActuals" ) ).toObject();
    for ( auto it = actuals.constBegin(); it != actuals.constEnd(); ++it )
    {
      const QJsonObject kpis = it.value().toObject();
      for ( auto k = kpis.constBegin(); k != kpis.constEnd(); ++k )
      {
        if ( !k.value().isDouble() )
        {
          if ( errorMessage )
            *errorMessage =
                QCoreApplication::translate( "vigie::roadmap", "settings, field \"kpiActuals\": project %1, KPI \"%2\" is not a number" )
                    .arg( it.key(), k.key() );
          return false;
        }
        result.kpiActuals[it.key()].insert( k.key(), k.value().toDouble() );
      }
    }
    *settings = result;
    return true;
  }

  bool checkRoadmapForStore( const Roadmap &roadmap, const RoadmapSettings &settings, QString *errorMessage )
  {
    QString error;
    if ( !checkDependencies( roadmap, &error ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    QMap<int, double> committed;
    QMap<int, QStringList> committedBy;
    for ( const Project &p : roadmap.projects )
    {
      if ( !p.isCommitted() || p.status == Status::Cancelled )
        continue;
      const QMap<int, double> spend = yearlyCapex( p, p.actualStart.isValid() ? p.actualStart : p.start );
      for ( auto it = spend.constBegin(); it != spend.constEnd(); ++it )
      {
        committed[it.key()] += it.value();
        committedBy[it.key()].append( QStringLiteral( "%1 \u00ab%2\u00bb (%3 \u20ac)" ).arg( p.id, p.title, euros( it.value() ) ) );
      }
    }
    for ( auto it = settings.caps.constBegin(); it != settings.caps.constEnd(); ++it )
    {
      if ( committed.value( it.key() ) > it.value() + 0.5 )
      {
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate( "vigie::roadmap", "budget cap for %1: %2 \u20ac is below the spending already committed that "
                                                             "year, %3 \u20ac, by project(s) %4 (field \"capex\")" )
                  .arg( it.key() )
                  .arg( euros( it.value() ), euros( committed.value( it.key() ) ),
                        committedBy.value( it.key() ).join( QStringLiteral( ", " ) ) );
        return false;
      }
    }
    return true;
  }

  bool saveRoadmapToTerritory( const QString &territoryPath, const Roadmap &roadmap, const RoadmapSettings &settings, QString *errorMessage,
                               const QString &name )
  {
    QString error;
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    if ( name.trimmed().isEmpty() )
      return fail( QCoreApplication::translate( "vigie::roadmap", "%1: a roadmap document needs a name" ).arg( shown( territoryPath ) ) );
    if ( !checkRoadmapForStore( roadmap, settings, &error ) )
      return fail( QCoreApplication::translate( "vigie::roadmap", "%1: roadmap not saved: %2" ).arg( shown( territoryPath ), error ) );
    Database db;
    if ( !db.open( territoryPath, true, &error ) )
      return fail( error );
    if ( !db.query( db.isPostgres() ? QStringLiteral( "BEGIN" ) : QStringLiteral( "BEGIN IMMEDIATE" ), {}, nullptr, &error ) )
      return fail( error );
    auto rollback = [&]( const QString &message )
    {
      QString ignored;
      db.query( QStringLiteral( "ROLLBACK" ), {}, nullptr, &ignored );
      return fail( message );
    };
    int version = 0;
    if ( !db.storedVersion( &version, &error ) )
      return rollback( error );
    for ( int v = version; v < kRoadmapStoreSchemaVersion; ++v )
    {
      for ( const QString &sql : migrations().at( v ) )
        if ( !db.query( sql, {}, nullptr, &error ) )
          return rollback( QCoreApplication::translate( "vigie::roadmap", "migration of %1 to schema %2 failed: %3" )
                               .arg( roadmapStoreComponent() )
                               .arg( v + 1 )
                               .arg( error ) );
    }
    if ( !db.writeVersion( version, &error ) )
      return rollback( error );
    const QString json = QString::fromUtf8( serializeRoadmap( roadmap ) );
    const QString settingsJson = QString::fromUtf8( QJsonDocument( settings.toJson() ).toJson( QJsonDocument::Compact ) );
    const QString updated = QDateTime::currentDateTimeUtc().toString( Qt::ISODate );
    if ( !db.query( QStringLiteral( "INSERT INTO roadmap_documents (name, json, settings, updated) VALUES (?, ?, ?, ?)"
                                    " ON CONFLICT (name) DO UPDATE SET json = excluded.json, settings = excluded.settings,"
                                    " updated = excluded.updated" ),
                    { name, json, settingsJson, updated }, nullptr, &error ) )
      return rollback( error );
    if ( !db.query( QStringLiteral( "COMMIT" ), {}, nullptr, &error ) )
      return rollback( error );
    return true;
  }

  bool loadRoadmapFromTerritory( const QString &territoryPath, StoredRoadmap *stored, QString *errorMessage, bool *found,
                                 const QString &name )
  {
    if ( found )
      *found = false;
    QString error;
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    Database db;
    if ( !db.open( territoryPath, false, &error ) )
      return fail( error );
    int version = 0;
    if ( !db.storedVersion( &version, &error ) )
      return fail( error );
    if ( version == 0 )
      return true;
    QList<QStringList> rows;
    if ( !db.query( QStringLiteral( "SELECT json, settings, updated FROM roadmap_documents WHERE name = ?" ), { name }, &rows, &error ) )
      return fail( error );
    if ( rows.isEmpty() )
      return true;
    const QString source = QCoreApplication::translate( "vigie::roadmap", "%1, roadmap \"%2\"" ).arg( shown( territoryPath ), name );
    StoredRoadmap result;
    if ( !parseRoadmap( rows.constFirst().value( 0 ).toUtf8(), &result.roadmap, &error, source ) )
      return fail( error );
    QJsonParseError parseError;
    const QJsonDocument settings = QJsonDocument::fromJson( rows.constFirst().value( 1 ).toUtf8(), &parseError );
    if ( parseError.error != QJsonParseError::NoError || !settings.isObject() )
      return fail( QCoreApplication::translate( "vigie::roadmap", "%1: the settings are not a JSON object" ).arg( source ) );
    if ( !RoadmapSettings::fromJson( settings.object(), &result.settings, &error ) )
      return fail( QCoreApplication::translate( "vigie::roadmap", "%1: %2" ).arg( source, error ) );
    result.updated = rows.constFirst().value( 2 );
    *stored = result;
    if ( found )
      *found = true;
    return true;
  }

  QStringList storedRoadmapNames( const QString &territoryPath, QString *errorMessage )
  {
    QString error;
    Database db;
    int version = 0;
    QList<QStringList> rows;
    if ( !db.open( territoryPath, false, &error ) || !db.storedVersion( &version, &error ) ||
         ( version > 0 && !db.query( QStringLiteral( "SELECT name FROM roadmap_documents ORDER BY name" ), {}, &rows, &error ) ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return {};
    }
    QStringList names;
    for ( const QStringList &row : std::as_const( rows ) )
      names.append( row.value( 0 ) );
    return names;
  }

  RoadmapSettings demoRoadmapSettings( const Roadmap &roadmap )
  {
    RoadmapSettings settings;
    settings.caps = demoBudgetCaps();
    // measured so far (demo figures): done projects near their target, projects under way
    // in proportion to the months elapsed by October 2025
    const YearMonth now{ 2025, 10 };
    for ( const Project &p : roadmap.projects )
    {
      if ( !p.isCommitted() || p.benefits.isEmpty() )
        continue;
      const YearMonth started = p.actualStart.isValid() ? p.actualStart : p.start;
      const double elapsed =
          p.status == Status::Done
              ? 1.0
              : std::clamp( double( now.monthIndex() - started.monthIndex() ) / std::max( 1, p.durationMonths ), 0.0, 1.0 );
      int i = 0;
      for ( const Benefit &b : p.benefits )
      {
        const double factor = ( i++ % 2 == 0 ) ? 0.92 : 0.78; // not every KPI on track
        settings.kpiActuals[p.id].insert( b.kpi, std::round( b.target * elapsed * factor ) );
      }
    }
    return settings;
  }

  bool parseAssetId( const QString &assetId, QString *table, qint64 *fid )
  {
    static const QRegularExpression pattern( QStringLiteral( "^([a-z0-9_]+):([a-z0-9_]+)/(\\d+)$" ) );
    const QRegularExpressionMatch match = pattern.match( assetId );
    if ( !match.hasMatch() )
      return false;
    if ( table )
      *table = match.captured( 1 ) + QLatin1Char( '_' ) + match.captured( 2 );
    if ( fid )
      *fid = match.captured( 3 ).toLongLong();
    return true;
  }

  bool linkRoadmapToTerritory( const QString &territoryPath, Roadmap &roadmap, QString *errorMessage )
  {
    QString error;
    Database db;
    if ( !db.open( territoryPath, false, &error ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    struct Named
    {
      QString key;
      QString assetId;
    };
    auto read = [&]( const QString &table, const QString &layer, QList<Named> *named, QSet<QString> *ids )
    {
      QList<QStringList> rows;
      if ( !db.query( QStringLiteral( "SELECT fid, name FROM \"%1\" WHERE name IS NOT NULL ORDER BY fid" ).arg( table ), {}, &rows,
                      &error ) )
        return false;
      for ( const QStringList &row : std::as_const( rows ) )
      {
        const QString id = QStringLiteral( "territory:%1/%2" ).arg( layer, row.value( 0 ) );
        named->append( Named{ folded( row.value( 1 ) ), id } );
        ids->insert( id );
      }
      return true;
    };
    QList<Named> districts;
    QList<Named> streets;
    QList<Named> communes;
    QSet<QString> known;
    if ( !read( QStringLiteral( "territory_districts" ), QStringLiteral( "districts" ), &districts, &known ) ||
         !read( QStringLiteral( "territory_streets" ), QStringLiteral( "streets" ), &streets, &known ) ||
         !read( QStringLiteral( "territory_communes" ), QStringLiteral( "communes" ), &communes, &known ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    for ( Project &p : roadmap.projects )
    {
      const QString text = folded( p.title + QLatin1Char( ' ' ) + p.description );
      QStringList links;
      for ( const QString &id : std::as_const( p.assetIds ) )
      {
        QString table;
        qint64 fid = 0;
        QList<QStringList> rows;
        if ( known.contains( id ) ||
             ( parseAssetId( id, &table, &fid ) && db.hasTable( table ) &&
               db.query( QStringLiteral( "SELECT fid FROM \"%1\" WHERE fid = %2" ).arg( table ).arg( fid ), {}, &rows, &error ) &&
               rows.size() == 1 ) )
          links.append( id );
      }
      for ( const Named &d : std::as_const( districts ) )
        if ( text.contains( d.key ) && !links.contains( d.assetId ) )
          links.append( d.assetId );
      // "centre" alone is too common a word: the district "Montpellier Centre" also answers to "Écusson"
      if ( text.contains( QLatin1String( " ecusson " ) ) )
        for ( const Named &d : std::as_const( districts ) )
          if ( d.key.contains( QLatin1String( " centre " ) ) && !links.contains( d.assetId ) )
            links.append( d.assetId );
      for ( const Named &s : std::as_const( streets ) )
        if ( s.key.size() > 12 && text.contains( s.key ) && !links.contains( s.assetId ) )
          links.append( s.assetId );
      // no place named: the domain's own assets the project is about, when the territory has them
      if ( links.isEmpty() )
      {
        struct Rule
        {
          bool applies;
          const char *layer; //!< "domain:layer"
          const char *where;
        };
        const bool schools = text.contains( QLatin1String( " ecoles " ) ) || text.contains( QLatin1String( " scolaires " ) );
        const Rule rules[] = {
            { p.domain == Domain::Energy && schools, "energy:buildings", "use = 'school'" },
            { p.domain == Domain::Energy && text.contains( QLatin1String( " gymnase " ) ), "energy:buildings", "use = 'sports hall'" },
            { p.domain == Domain::Energy && !schools && !text.contains( QLatin1String( " gymnase " ) ) &&
                  text.contains( QLatin1String( " batiments " ) ),
              "energy:buildings", "TRUE" },
            { p.domain == Domain::Lighting, "lighting:cabinets", "TRUE" },
            { p.domain == Domain::Water, "water:reservoirs", "TRUE" },
            { p.domain == Domain::Water, "water:tanks", "TRUE" },
            { p.domain == Domain::Water, "water:pumps", "TRUE" },
            { p.domain == Domain::Waste, "waste:rounds", "TRUE" },
        };
        for ( const Rule &rule : rules )
        {
          if ( !rule.applies )
            continue;
          const QString layer = QString::fromLatin1( rule.layer );
          const QString table = QString( layer ).replace( QLatin1Char( ':' ), QLatin1Char( '_' ) );
          QList<QStringList> rows;
          if ( !db.hasTable( table ) ||
               !db.query( QStringLiteral( "SELECT fid FROM \"%1\" WHERE %2 ORDER BY fid" ).arg( table, QString::fromLatin1( rule.where ) ),
                          {}, &rows, &error ) )
            continue;
          for ( const QStringList &row : std::as_const( rows ) )
            links.append( QStringLiteral( "%1/%2" ).arg( layer, row.value( 0 ) ) );
        }
      }
      if ( links.isEmpty() && !communes.isEmpty() )
        links.append( communes.constFirst().assetId );
      p.assetIds = links;
    }
    return true;
  }

  bool addDemoRoadmap( const QString &territoryPath, const QString &demoName, QString *errorMessage )
  {
    if ( demoName != QLatin1String( "montpellier" ) )
      return true;
    Roadmap roadmap = demoRoadmap( QStringLiteral( "Montpellier" ) );
    if ( !linkRoadmapToTerritory( territoryPath, roadmap, errorMessage ) )
      return false;
    return saveRoadmapToTerritory( territoryPath, roadmap, demoRoadmapSettings( roadmap ), errorMessage );
  }
} // namespace vigie::roadmap
