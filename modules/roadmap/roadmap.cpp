// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadmap.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace vigie::roadmap
{
  namespace
  {
    struct DomainName
    {
      Domain domain;
      const char *key;
    };
    const DomainName kDomains[] = {
        { Domain::Mobility, "mobility" },
        { Domain::Energy, "energy" },
        { Domain::Water, "water" },
        { Domain::Lighting, "lighting" },
        { Domain::Waste, "waste" },
        { Domain::Data, "data" },
        { Domain::CitizenParticipation, "citizen-participation" },
        { Domain::Security, "security" },
    };

    struct StatusName
    {
      Status status;
      const char *key;
    };
    const StatusName kStatuses[] = {
        { Status::Proposed, "proposed" }, { Status::Approved, "approved" }, { Status::InProgress, "in-progress" },
        { Status::Done, "done" },         { Status::OnHold, "on-hold" },    { Status::Cancelled, "cancelled" },
    };

    QJsonArray stringArray( const QStringList &list )
    {
      QJsonArray a;
      for ( const QString &s : list )
        a.append( s );
      return a;
    }

    //! Reads the fields of one project, each with a message naming the project and the field.
    class FieldReader
    {
    public:
      FieldReader( const QJsonObject &object, const QString &id, QString *errorMessage )
          : mObject( object ), mId( id ), mError( errorMessage )
      {
      }

      bool fail( const QString &field, const QString &reason ) const
      {
        if ( mError )
          *mError = QCoreApplication::translate( "vigie::roadmap", "project %1, field \"%2\": %3" ).arg( mId.isEmpty() ? QCoreApplication::translate( "vigie::roadmap", "(no id)" ) : mId, field, reason );
        return false;
      }

      bool string( const QString &field, QString *out, bool required = false ) const
      {
        const QJsonValue v = mObject.value( field );
        if ( v.isUndefined() || v.isNull() )
          return required ? fail( field, QCoreApplication::translate( "vigie::roadmap", "missing" ) ) : true;
        if ( !v.isString() )
          return fail( field, QCoreApplication::translate( "vigie::roadmap", "must be a string" ) );
        *out = v.toString();
        if ( required && out->trimmed().isEmpty() )
          return fail( field, QCoreApplication::translate( "vigie::roadmap", "must not be empty" ) );
        return true;
      }

      bool number( const QString &field, double *out, double minimum, double maximum ) const
      {
        const QJsonValue v = mObject.value( field );
        if ( v.isUndefined() || v.isNull() )
          return true;
        if ( !v.isDouble() )
          return fail( field, QCoreApplication::translate( "vigie::roadmap", "must be a number" ) );
        const double d = v.toDouble();
        if ( !std::isfinite( d ) || d < minimum || d > maximum )
          return fail( field, QCoreApplication::translate( "vigie::roadmap", "%1 is outside %2..%3" ).arg( d ).arg( minimum ).arg( maximum ) );
        *out = d;
        return true;
      }

      bool integer( const QString &field, int *out, int minimum, int maximum, bool required = false ) const
      {
        const QJsonValue v = mObject.value( field );
        if ( v.isUndefined() || v.isNull() )
          return required ? fail( field, QCoreApplication::translate( "vigie::roadmap", "missing" ) ) : true;
        const double d = v.toDouble( std::nan( "" ) );
        if ( !v.isDouble() || d != std::floor( d ) )
          return fail( field, QCoreApplication::translate( "vigie::roadmap", "must be a whole number" ) );
        if ( d < minimum || d > maximum )
          return fail( field, QCoreApplication::translate( "vigie::roadmap", "%1 is outside %2..%3" ).arg( d ).arg( minimum ).arg( maximum ) );
        *out = static_cast<int>( d );
        return true;
      }

      bool strings( const QString &field, QStringList *out ) const
      {
        const QJsonValue v = mObject.value( field );
        if ( v.isUndefined() || v.isNull() )
          return true;
        if ( !v.isArray() )
          return fail( field, QCoreApplication::translate( "vigie::roadmap", "must be a list of strings" ) );
        const QJsonArray a = v.toArray();
        out->clear();
        for ( int i = 0; i < a.size(); ++i )
        {
          if ( !a.at( i ).isString() )
            return fail( field, QCoreApplication::translate( "vigie::roadmap", "item %1 must be a string" ).arg( i + 1 ) );
          out->append( a.at( i ).toString() );
        }
        return true;
      }

      bool yearMonth( const QString &field, YearMonth *out, bool required ) const
      {
        QString text;
        if ( !string( field, &text ) )
          return false;
        if ( text.isEmpty() )
          return required ? fail( field, QCoreApplication::translate( "vigie::roadmap", "missing (expected YYYY-MM)" ) ) : true;
        *out = YearMonth::fromString( text );
        if ( !out->isValid() )
          return fail( field, QCoreApplication::translate( "vigie::roadmap", "\"%1\" is not a month (expected YYYY-MM)" ).arg( text ) );
        return true;
      }

    private:
      QJsonObject mObject;
      QString mId;
      QString *mError;
    };

    const QStringList &projectKeys()
    {
      static const QStringList keys = {
          QStringLiteral( "id" ),     QStringLiteral( "title" ),          QStringLiteral( "domain" ),       QStringLiteral( "description" ),
          QStringLiteral( "capex" ),  QStringLiteral( "opexPerYear" ),    QStringLiteral( "funding" ),      QStringLiteral( "benefits" ),
          QStringLiteral( "start" ),  QStringLiteral( "durationMonths" ), QStringLiteral( "dependencies" ), QStringLiteral( "status" ),
          QStringLiteral( "owner" ),  QStringLiteral( "stakeholders" ),   QStringLiteral( "assetIds" ),     QStringLiteral( "areaWkt" ),
          QStringLiteral( "impact" ), QStringLiteral( "feasibility" ),    QStringLiteral( "citizenVotes" ), QStringLiteral( "actualStart" ),
      };
      return keys;
    }
  } // namespace

  QString domainKey( Domain domain )
  {
    for ( const DomainName &d : kDomains )
      if ( d.domain == domain )
        return QString::fromLatin1( d.key );
    return QString();
  }

  bool domainFromKey( const QString &key, Domain *domain )
  {
    for ( const DomainName &d : kDomains )
      if ( key == QLatin1String( d.key ) )
      {
        *domain = d.domain;
        return true;
      }
    return false;
  }

  QStringList domainKeys()
  {
    QStringList keys;
    for ( const DomainName &d : kDomains )
      keys.append( QString::fromLatin1( d.key ) );
    return keys;
  }

  QString domainDisplayName( Domain domain )
  {
    switch ( domain )
    {
    case Domain::Mobility:
      return QCoreApplication::translate( "vigie::roadmap", "Mobility" );
    case Domain::Energy:
      return QCoreApplication::translate( "vigie::roadmap", "Energy" );
    case Domain::Water:
      return QCoreApplication::translate( "vigie::roadmap", "Water" );
    case Domain::Lighting:
      return QCoreApplication::translate( "vigie::roadmap", "Street lighting" );
    case Domain::Waste:
      return QCoreApplication::translate( "vigie::roadmap", "Waste" );
    case Domain::Data:
      return QCoreApplication::translate( "vigie::roadmap", "Data" );
    case Domain::CitizenParticipation:
      return QCoreApplication::translate( "vigie::roadmap", "Citizen participation" );
    case Domain::Security:
      return QCoreApplication::translate( "vigie::roadmap", "Security" );
    }
    return QString();
  }

  QString statusKey( Status status )
  {
    for ( const StatusName &s : kStatuses )
      if ( s.status == status )
        return QString::fromLatin1( s.key );
    return QString();
  }

  bool statusFromKey( const QString &key, Status *status )
  {
    for ( const StatusName &s : kStatuses )
      if ( key == QLatin1String( s.key ) )
      {
        *status = s.status;
        return true;
      }
    return false;
  }

  QStringList statusKeys()
  {
    QStringList keys;
    for ( const StatusName &s : kStatuses )
      keys.append( QString::fromLatin1( s.key ) );
    return keys;
  }

  QString statusDisplayName( Status status )
  {
    switch ( status )
    {
    case Status::Proposed:
      return QCoreApplication::translate( "vigie::roadmap", "Proposed" );
    case Status::Approved:
      return QCoreApplication::translate( "vigie::roadmap", "Approved" );
    case Status::InProgress:
      return QCoreApplication::translate( "vigie::roadmap", "In progress" );
    case Status::Done:
      return QCoreApplication::translate( "vigie::roadmap", "Done" );
    case Status::OnHold:
      return QCoreApplication::translate( "vigie::roadmap", "On hold" );
    case Status::Cancelled:
      return QCoreApplication::translate( "vigie::roadmap", "Cancelled" );
    }
    return QString();
  }

  QString YearMonth::toString() const
  {
    if ( !isValid() )
      return QString();
    return QStringLiteral( "%1-%2" ).arg( year, 4, 10, QLatin1Char( '0' ) ).arg( month, 2, 10, QLatin1Char( '0' ) );
  }

  YearMonth YearMonth::fromString( const QString &text )
  {
    static const QRegularExpression re( QStringLiteral( "^(\\d{4})-(\\d{2})$" ) );
    const QRegularExpressionMatch m = re.match( text.trimmed() );
    if ( !m.hasMatch() )
      return YearMonth();
    YearMonth ym{ m.captured( 1 ).toInt(), m.captured( 2 ).toInt() };
    return ym.isValid() ? ym : YearMonth();
  }

  double Project::fundingTotal() const
  {
    double total = 0;
    for ( const FundingSource &f : funding )
      total += f.amount;
    return total;
  }

  QJsonObject Project::toJson() const
  {
    QJsonObject o;
    o.insert( QStringLiteral( "id" ), id );
    o.insert( QStringLiteral( "title" ), title );
    o.insert( QStringLiteral( "domain" ), domainKey( domain ) );
    o.insert( QStringLiteral( "description" ), description );
    o.insert( QStringLiteral( "capex" ), capex );
    o.insert( QStringLiteral( "opexPerYear" ), opexPerYear );
    QJsonArray f;
    for ( const FundingSource &s : funding )
      f.append( QJsonObject{ { QStringLiteral( "source" ), s.source }, { QStringLiteral( "amount" ), s.amount } } );
    o.insert( QStringLiteral( "funding" ), f );
    QJsonArray b;
    for ( const Benefit &s : benefits )
      b.append( QJsonObject{
          { QStringLiteral( "kpi" ), s.kpi }, { QStringLiteral( "target" ), s.target }, { QStringLiteral( "unit" ), s.unit } } );
    o.insert( QStringLiteral( "benefits" ), b );
    o.insert( QStringLiteral( "start" ), start.toString() );
    o.insert( QStringLiteral( "durationMonths" ), durationMonths );
    o.insert( QStringLiteral( "dependencies" ), stringArray( dependencies ) );
    o.insert( QStringLiteral( "status" ), statusKey( status ) );
    o.insert( QStringLiteral( "owner" ), owner );
    o.insert( QStringLiteral( "stakeholders" ), stringArray( stakeholders ) );
    o.insert( QStringLiteral( "assetIds" ), stringArray( assetIds ) );
    o.insert( QStringLiteral( "areaWkt" ), areaWkt );
    o.insert( QStringLiteral( "impact" ), impact );
    o.insert( QStringLiteral( "feasibility" ), feasibility );
    o.insert( QStringLiteral( "citizenVotes" ), citizenVotes );
    o.insert( QStringLiteral( "actualStart" ), actualStart.toString() );
    return o;
  }

  bool Project::fromJson( const QJsonObject &object, Project *project, QString *errorMessage )
  {
    Project p;
    const QJsonValue idValue = object.value( QStringLiteral( "id" ) );
    FieldReader r( object, idValue.isString() ? idValue.toString() : QString(), errorMessage );
    static const QRegularExpression idRe( QStringLiteral( "^[A-Za-z0-9][A-Za-z0-9._:-]*$" ) );
    if ( !r.string( QStringLiteral( "id" ), &p.id, true ) )
      return false;
    if ( !idRe.match( p.id ).hasMatch() )
      return r.fail( QStringLiteral( "id" ), QCoreApplication::translate( "vigie::roadmap", "\"%1\" is not an identifier (letters, digits, '.', '_', ':', '-')" ).arg( p.id ) );
    for ( auto it = object.constBegin(); it != object.constEnd(); ++it )
      if ( !projectKeys().contains( it.key() ) )
        return r.fail( it.key(), QCoreApplication::translate( "vigie::roadmap", "unknown field" ) );
    QString domain;
    QString status;
    if ( !r.string( QStringLiteral( "title" ), &p.title, true ) || !r.string( QStringLiteral( "domain" ), &domain, true ) ||
         !r.string( QStringLiteral( "description" ), &p.description ) || !r.number( QStringLiteral( "capex" ), &p.capex, 0, 1e12 ) ||
         !r.number( QStringLiteral( "opexPerYear" ), &p.opexPerYear, 0, 1e12 ) ||
         !r.yearMonth( QStringLiteral( "start" ), &p.start, true ) ||
         !r.integer( QStringLiteral( "durationMonths" ), &p.durationMonths, 1, 1200, true ) ||
         !r.strings( QStringLiteral( "dependencies" ), &p.dependencies ) || !r.string( QStringLiteral( "status" ), &status ) ||
         !r.string( QStringLiteral( "owner" ), &p.owner ) || !r.strings( QStringLiteral( "stakeholders" ), &p.stakeholders ) ||
         !r.strings( QStringLiteral( "assetIds" ), &p.assetIds ) || !r.string( QStringLiteral( "areaWkt" ), &p.areaWkt ) ||
         !r.number( QStringLiteral( "impact" ), &p.impact, 0, 10 ) || !r.number( QStringLiteral( "feasibility" ), &p.feasibility, 0, 10 ) ||
         !r.integer( QStringLiteral( "citizenVotes" ), &p.citizenVotes, 0, 100000000 ) ||
         !r.yearMonth( QStringLiteral( "actualStart" ), &p.actualStart, false ) )
      return false;
    if ( !domainFromKey( domain, &p.domain ) )
      return r.fail( QStringLiteral( "domain" ),
                     QCoreApplication::translate( "vigie::roadmap", "\"%1\" is not one of %2" ).arg( domain, domainKeys().join( QStringLiteral( ", " ) ) ) );
    if ( !status.isEmpty() && !statusFromKey( status, &p.status ) )
      return r.fail( QStringLiteral( "status" ),
                     QCoreApplication::translate( "vigie::roadmap", "\"%1\" is not one of %2" ).arg( status, statusKeys().join( QStringLiteral( ", " ) ) ) );
    if ( p.dependencies.contains( p.id ) )
      return r.fail( QStringLiteral( "dependencies" ), QCoreApplication::translate( "vigie::roadmap", "a project cannot depend on itself" ) );
    if ( p.dependencies.removeDuplicates() > 0 )
      return r.fail( QStringLiteral( "dependencies" ), QCoreApplication::translate( "vigie::roadmap", "a dependency is listed twice" ) );

    const QJsonValue funding = object.value( QStringLiteral( "funding" ) );
    if ( !funding.isUndefined() && !funding.isNull() )
    {
      if ( !funding.isArray() )
        return r.fail( QStringLiteral( "funding" ), QCoreApplication::translate( "vigie::roadmap", "must be a list of {source, amount}" ) );
      const QJsonArray a = funding.toArray();
      for ( int i = 0; i < a.size(); ++i )
      {
        const QJsonObject f = a.at( i ).toObject();
        const QJsonValue amount = f.value( QStringLiteral( "amount" ) );
        if ( !a.at( i ).isObject() || !f.value( QStringLiteral( "source" ) ).isString() ||
             f.value( QStringLiteral( "source" ) ).toString().trimmed().isEmpty() || !amount.isDouble() || amount.toDouble() < 0 ||
             f.size() != 2 )
          return r.fail( QStringLiteral( "funding" ), QCoreApplication::translate( "vigie::roadmap", "item %1 must be {\"source\": text, \"amount\": euros >= 0}" ).arg( i + 1 ) );
        p.funding.append( FundingSource{ f.value( QStringLiteral( "source" ) ).toString(), amount.toDouble() } );
      }
    }
    const QJsonValue benefits = object.value( QStringLiteral( "benefits" ) );
    if ( !benefits.isUndefined() && !benefits.isNull() )
    {
      if ( !benefits.isArray() )
        return r.fail( QStringLiteral( "benefits" ), QCoreApplication::translate( "vigie::roadmap", "must be a list of {kpi, target, unit}" ) );
      const QJsonArray a = benefits.toArray();
      for ( int i = 0; i < a.size(); ++i )
      {
        const QJsonObject b = a.at( i ).toObject();
        if ( !a.at( i ).isObject() || !b.value( QStringLiteral( "kpi" ) ).isString() ||
             b.value( QStringLiteral( "kpi" ) ).toString().trimmed().isEmpty() || !b.value( QStringLiteral( "target" ) ).isDouble() ||
             !b.value( QStringLiteral( "unit" ) ).isString() || b.size() != 3 )
          return r.fail( QStringLiteral( "benefits" ),
                         QCoreApplication::translate( "vigie::roadmap", "item %1 must be {\"kpi\": text, \"target\": number, \"unit\": text}" ).arg( i + 1 ) );
        p.benefits.append( Benefit{ b.value( QStringLiteral( "kpi" ) ).toString(), b.value( QStringLiteral( "target" ) ).toDouble(),
                                    b.value( QStringLiteral( "unit" ) ).toString() } );
      }
    }
    *project = p;
    return true;
  }

  QJsonObject ChangeLogEntry::toJson() const
  {
    return QJsonObject{ { QStringLiteral( "author" ), author },
                        { QStringLiteral( "timestamp" ), timestamp },
                        { QStringLiteral( "project" ), projectId },
                        { QStringLiteral( "field" ), field },
                        { QStringLiteral( "summary" ), summary } };
  }

  bool ChangeLogEntry::operator<( const ChangeLogEntry &o ) const
  {
    return std::tie( timestamp, author, projectId, field, summary ) < std::tie( o.timestamp, o.author, o.projectId, o.field, o.summary );
  }

  QJsonObject Baseline::toJson() const
  {
    QJsonArray a;
    for ( const BaselineEntry &e : entries )
      a.append( QJsonObject{ { QStringLiteral( "id" ), e.projectId },
                             { QStringLiteral( "start" ), e.start.toString() },
                             { QStringLiteral( "durationMonths" ), e.durationMonths },
                             { QStringLiteral( "capex" ), e.capex } } );
    return QJsonObject{ { QStringLiteral( "savedAt" ), savedAt }, { QStringLiteral( "projects" ), a } };
  }

  QString Conflict::kindKey( Kind kind )
  {
    switch ( kind )
    {
    case Kind::Field:
      return QStringLiteral( "field" );
    case Kind::DeleteEdit:
      return QStringLiteral( "delete-edit" );
    case Kind::AddAdd:
      return QStringLiteral( "add-add" );
    case Kind::Dependency:
      return QStringLiteral( "dependency" );
    }
    return QString();
  }

  QJsonObject Conflict::toJson() const
  {
    QJsonObject o{
        { QStringLiteral( "kind" ), kindKey( kind ) }, { QStringLiteral( "project" ), projectId }, { QStringLiteral( "field" ), field } };
    // absent sides are left out of the object (JSON has no "undefined")
    if ( !base.isUndefined() )
      o.insert( QStringLiteral( "base" ), base );
    if ( !ours.isUndefined() )
      o.insert( QStringLiteral( "ours" ), ours );
    if ( !theirs.isUndefined() )
      o.insert( QStringLiteral( "theirs" ), theirs );
    return o;
  }

  bool Conflict::operator<( const Conflict &o ) const
  {
    if ( projectId != o.projectId )
      return projectId < o.projectId;
    if ( field != o.field )
      return field < o.field;
    return static_cast<int>( kind ) < static_cast<int>( o.kind );
  }

  int Roadmap::indexOf( const QString &projectId ) const
  {
    for ( int i = 0; i < projects.size(); ++i )
      if ( projects.at( i ).id == projectId )
        return i;
    return -1;
  }

  const Project *Roadmap::project( const QString &projectId ) const
  {
    const int i = indexOf( projectId );
    return i < 0 ? nullptr : &projects.at( i );
  }

  Project *Roadmap::project( const QString &projectId )
  {
    const int i = indexOf( projectId );
    return i < 0 ? nullptr : &projects[i];
  }

  void Roadmap::normalise()
  {
    std::sort( projects.begin(), projects.end(), []( const Project &a, const Project &b ) { return a.id < b.id; } );
    std::sort( changes.begin(), changes.end() );
    changes.erase( std::unique( changes.begin(), changes.end() ), changes.end() );
    std::sort( conflicts.begin(), conflicts.end() );
    conflicts.erase( std::unique( conflicts.begin(), conflicts.end() ), conflicts.end() );
    std::sort( baseline.entries.begin(), baseline.entries.end(),
               []( const BaselineEntry &a, const BaselineEntry &b ) { return a.projectId < b.projectId; } );
  }

  void Roadmap::addChange( const ChangeLogEntry &entry )
  {
    const auto it = std::upper_bound( changes.begin(), changes.end(), entry );
    changes.insert( it, entry );
  }

  bool Roadmap::operator==( const Roadmap &other ) const
  {
    if ( name != other.name || territory != other.territory || baseline.toJson() != other.baseline.toJson() ||
         projects.size() != other.projects.size() || changes != other.changes || conflicts != other.conflicts )
      return false;
    for ( int i = 0; i < projects.size(); ++i )
      if ( projects.at( i ) != other.projects.at( i ) )
        return false;
    return true;
  }

  QString newProjectId()
  {
    return QUuid::createUuid().toString( QUuid::WithoutBraces );
  }

  QString stableProjectId( const QString &seed )
  {
    static const QUuid ns( QStringLiteral( "{6f1c2a4e-8d3b-4c55-9a7e-2b0d9e1f4a10}" ) );
    return QUuid::createUuidV5( ns, seed ).toString( QUuid::WithoutBraces );
  }
} // namespace vigie::roadmap
