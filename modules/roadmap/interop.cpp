// SPDX-License-Identifier: GPL-2.0-or-later
//
// GanttProject (.gan) mapping, written for GanttProject 3.x (file version "3.2"):
//   <project name> = roadmap name; one flat <task> per non-cancelled project, ids 0..n-1 in
//   project-id order.
//   task name = title; start = first day of the start month (yyyy-MM-dd); duration = working
//   days (Monday to Friday) from the start to the first day of the month after the project,
//   at least 1; complete = 100 for done, 50 in progress, 0 otherwise; color by domain;
//   notes = description.
//   finish-to-start dependency "B depends on A" = <depend id="B" type="2" difference="0"
//   hardness="Strong"/> inside A's task (GanttProject lists successors under the predecessor).
//   Custom task properties (columns): vigie-id (tpc0), domain (tpc1), status (tpc2), capex in
//   euros (tpc3), opex in euros per year (tpc4), owner (tpc5), funding "SOURCE=EUROS; ..." (tpc6).
//   The calendar is the default Monday-Friday week; no resources are written.

#include "interop.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QXmlStreamWriter>

#include <cmath>

namespace vigie::roadmap
{
  namespace
  {
    QString numberText( double v )
    {
      return QString::number( v, 'g', 15 );
    }

    QString escapeItem( const QString &text )
    {
      QString out;
      for ( const QChar c : text )
      {
        if ( c == QLatin1Char( '\\' ) || c == QLatin1Char( ';' ) || c == QLatin1Char( '|' ) || c == QLatin1Char( '=' ) )
          out.append( QLatin1Char( '\\' ) );
        out.append( c );
      }
      return out;
    }

    //! Splits on an unescaped separator; removes the escapes when \a unescape.
    QStringList splitEscaped( const QString &text, QChar separator, bool unescape = true )
    {
      QStringList parts;
      QString current;
      bool any = false;
      for ( int i = 0; i < text.size(); ++i )
      {
        const QChar c = text.at( i );
        any = true;
        if ( c == QLatin1Char( '\\' ) && i + 1 < text.size() )
        {
          if ( !unescape )
            current.append( c );
          current.append( text.at( ++i ) );
        }
        else if ( c == separator )
        {
          parts.append( current );
          current.clear();
        }
        else
          current.append( c );
      }
      if ( any )
        parts.append( current );
      return parts;
    }

    QString listText( const QStringList &items )
    {
      QStringList escaped;
      for ( const QString &s : items )
        escaped.append( escapeItem( s ) );
      return escaped.join( QStringLiteral( ";" ) );
    }

    QString csvField( const QString &text )
    {
      if ( text.contains( QLatin1Char( ',' ) ) || text.contains( QLatin1Char( '"' ) ) || text.contains( QLatin1Char( '\n' ) ) ||
           text.contains( QLatin1Char( '\r' ) ) || text.contains( QLatin1Char( ';' ) ) )
      {
        QString quoted = text;
        quoted.replace( QLatin1String( "\"" ), QLatin1String( "\"\"" ) );
        return QLatin1Char( '"' ) + quoted + QLatin1Char( '"' );
      }
      return text;
    }

    struct CsvRecord
    {
      int line = 0; //!< physical line where the record starts
      QStringList fields;
    };

    //! RFC 4180 records with quoted fields spanning lines; false with the line of an unclosed quote.
    bool parseCsv( const QString &text, QChar delimiter, QList<CsvRecord> *records, int *badLine )
    {
      int line = 1;
      int i = 0;
      const int n = static_cast<int>( text.size() );
      while ( i < n )
      {
        CsvRecord record;
        record.line = line;
        QString field;
        bool endOfRecord = false;
        while ( !endOfRecord )
        {
          if ( i < n && text.at( i ) == QLatin1Char( '"' ) )
          {
            const int quoteLine = line;
            ++i;
            for ( ;; )
            {
              if ( i >= n )
              {
                *badLine = quoteLine;
                return false;
              }
              const QChar c = text.at( i++ );
              if ( c == QLatin1Char( '"' ) )
              {
                if ( i < n && text.at( i ) == QLatin1Char( '"' ) )
                {
                  field.append( c );
                  ++i;
                }
                else
                  break;
              }
              else
              {
                if ( c == QLatin1Char( '\n' ) )
                  ++line;
                field.append( c );
              }
            }
          }
          // unquoted part (or what follows a closing quote)
          while ( i < n && text.at( i ) != delimiter && text.at( i ) != QLatin1Char( '\n' ) && text.at( i ) != QLatin1Char( '\r' ) )
            field.append( text.at( i++ ) );
          record.fields.append( field );
          field.clear();
          if ( i < n && text.at( i ) == delimiter )
          {
            ++i;
            continue;
          }
          if ( i < n && text.at( i ) == QLatin1Char( '\r' ) )
            ++i;
          if ( i < n && text.at( i ) == QLatin1Char( '\n' ) )
          {
            ++i;
            ++line;
          }
          endOfRecord = true;
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if ( !blank )
          records->append( record );
      }
      return true;
    }

    bool parseNumber( QString text, double *value )
    {
      text = text.trimmed();
      text.remove( QChar( 0x00a0 ) ).remove( QChar( 0x202f ) ).remove( QLatin1Char( ' ' ) );
      bool ok = false;
      *value = QLocale::c().toDouble( text, &ok );
      if ( !ok )
      {
        text.replace( QLatin1Char( ',' ), QLatin1Char( '.' ) );
        *value = QLocale::c().toDouble( text, &ok );
      }
      return ok && std::isfinite( *value );
    }

    QString icsEscape( const QString &text )
    {
      QString out;
      for ( const QChar c : text )
      {
        if ( c == QLatin1Char( '\\' ) )
          out.append( QLatin1String( "\\\\" ) );
        else if ( c == QLatin1Char( ';' ) )
          out.append( QLatin1String( "\\;" ) );
        else if ( c == QLatin1Char( ',' ) )
          out.append( QLatin1String( "\\," ) );
        else if ( c == QLatin1Char( '\n' ) )
          out.append( QLatin1String( "\\n" ) );
        else if ( c != QLatin1Char( '\r' ) )
          out.append( c );
      }
      return out;
    }

    //! One content line, folded at 75 octets (RFC 5545 3.1) without cutting a UTF-8 sequence.
    void icsLine( QByteArray &out, const QString &line )
    {
      const QByteArray bytes = line.toUtf8();
      int pos = 0;
      int limit = 75;
      while ( bytes.size() - pos > limit )
      {
        int cut = pos + limit;
        while ( cut > pos && ( static_cast<unsigned char>( bytes.at( cut ) ) & 0xC0 ) == 0x80 )
          --cut; // do not split a multi-byte character
        out.append( bytes.mid( pos, cut - pos ) );
        out.append( "\r\n " );
        pos = cut;
        limit = 74; // the leading space counts
      }
      out.append( bytes.mid( pos ) );
      out.append( "\r\n" );
    }

    int workingDays( const QDate &from, const QDate &to )
    {
      int days = 0;
      for ( QDate d = from; d < to; d = d.addDays( 1 ) )
        if ( d.dayOfWeek() <= 5 )
          ++days;
      return std::max( 1, days );
    }

    QString domainColor( Domain d )
    {
      switch ( d )
      {
      case Domain::Mobility:
        return QStringLiteral( "#3a7bd5" );
      case Domain::Energy:
        return QStringLiteral( "#f2a007" );
      case Domain::Water:
        return QStringLiteral( "#1fa2c8" );
      case Domain::Lighting:
        return QStringLiteral( "#e5c100" );
      case Domain::Waste:
        return QStringLiteral( "#6b8e23" );
      case Domain::Data:
        return QStringLiteral( "#8e44ad" );
      case Domain::CitizenParticipation:
        return QStringLiteral( "#e74c3c" );
      case Domain::Security:
        return QStringLiteral( "#555555" );
      }
      return QStringLiteral( "#8cb6ce" );
    }

    QString fundingText( const Project &p )
    {
      QStringList items;
      for ( const FundingSource &f : p.funding )
        items.append( escapeItem( f.source ) + QLatin1Char( '=' ) + numberText( f.amount ) );
      return items.join( QStringLiteral( ";" ) );
    }
  } // namespace

  QStringList csvColumns()
  {
    return { QStringLiteral( "id" ),           QStringLiteral( "title" ),
             QStringLiteral( "domain" ),       QStringLiteral( "status" ),
             QStringLiteral( "start" ),        QStringLiteral( "duration_months" ),
             QStringLiteral( "capex_eur" ),    QStringLiteral( "opex_eur_per_year" ),
             QStringLiteral( "funding" ),      QStringLiteral( "benefits" ),
             QStringLiteral( "dependencies" ), QStringLiteral( "owner" ),
             QStringLiteral( "stakeholders" ), QStringLiteral( "impact" ),
             QStringLiteral( "feasibility" ),  QStringLiteral( "citizen_votes" ),
             QStringLiteral( "asset_ids" ),    QStringLiteral( "area_wkt" ),
             QStringLiteral( "actual_start" ), QStringLiteral( "description" ) };
  }

  QByteArray exportCsv( const Roadmap &roadmap )
  {
    Roadmap r = roadmap;
    r.normalise();
    QString text;
    text.append( csvColumns().join( QLatin1Char( ',' ) ) + QLatin1String( "\r\n" ) );
    for ( const Project &p : std::as_const( r.projects ) )
    {
      QStringList benefits;
      for ( const Benefit &b : p.benefits )
        benefits.append( escapeItem( b.kpi ) + QLatin1Char( '|' ) + numberText( b.target ) + QLatin1Char( '|' ) + escapeItem( b.unit ) );
      const QStringList row = { p.id,
                                p.title,
                                domainKey( p.domain ),
                                statusKey( p.status ),
                                p.start.toString(),
                                QString::number( p.durationMonths ),
                                numberText( p.capex ),
                                numberText( p.opexPerYear ),
                                fundingText( p ),
                                benefits.join( QLatin1Char( ';' ) ),
                                listText( p.dependencies ),
                                p.owner,
                                listText( p.stakeholders ),
                                numberText( p.impact ),
                                numberText( p.feasibility ),
                                QString::number( p.citizenVotes ),
                                listText( p.assetIds ),
                                p.areaWkt,
                                p.actualStart.toString(),
                                p.description };
      QStringList fields;
      for ( const QString &f : row )
        fields.append( csvField( f ) );
      text.append( fields.join( QLatin1Char( ',' ) ) + QLatin1String( "\r\n" ) );
    }
    return QByteArray( "\xEF\xBB\xBF" ) + text.toUtf8();
  }

  bool importCsv( const QByteArray &data, Roadmap *roadmap, QString *errorMessage, const QString &sourceName )
  {
    const QString source = sourceName.isEmpty() ? QCoreApplication::translate( "vigie::roadmap", "CSV" ) : QDir::toNativeSeparators( sourceName );
    QByteArray bytes = data;
    if ( bytes.startsWith( "\xEF\xBB\xBF" ) )
      bytes.remove( 0, 3 );
    const QString text = QString::fromUtf8( bytes );
    if ( text.contains( QChar::ReplacementCharacter ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1: the file is not UTF-8 text" ).arg( source );
      return false;
    }
    const QString firstLine = text.section( QLatin1Char( '\n' ), 0, 0 );
    const QChar delimiter =
        !firstLine.contains( QLatin1Char( ',' ) ) && firstLine.contains( QLatin1Char( ';' ) ) ? QLatin1Char( ';' ) : QLatin1Char( ',' );
    QList<CsvRecord> records;
    int badLine = 0;
    if ( !parseCsv( text, delimiter, &records, &badLine ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1:%2: a quoted field is never closed" ).arg( source ).arg( badLine );
      return false;
    }
    if ( records.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1: empty file (a header row is needed)" ).arg( source );
      return false;
    }
    const QStringList known = csvColumns();
    QHash<QString, int> column;
    const CsvRecord header = records.takeFirst();
    for ( int c = 0; c < header.fields.size(); ++c )
    {
      const QString name = header.fields.at( c ).trimmed().toLower();
      if ( !known.contains( name ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1:%2, column %3: unknown column \"%4\" (known: %5)" )
                              .arg( source )
                              .arg( header.line )
                              .arg( c + 1 )
                              .arg( header.fields.at( c ), known.join( QStringLiteral( ", " ) ) );
        return false;
      }
      if ( column.contains( name ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1:%2, column %3: column \"%4\" appears twice" ).arg( source ).arg( header.line ).arg( c + 1 ).arg( name );
        return false;
      }
      column.insert( name, c );
    }
    for ( const QString &required :
          { QStringLiteral( "title" ), QStringLiteral( "domain" ), QStringLiteral( "start" ), QStringLiteral( "duration_months" ) } )
      if ( !column.contains( required ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1:%2: the header has no \"%3\" column" ).arg( source ).arg( header.line ).arg( required );
        return false;
      }

    // file field -> CSV column, to turn a field error of the model into a column error
    static const QHash<QString, QString> fieldColumn = {
        { QStringLiteral( "id" ), QStringLiteral( "id" ) },
        { QStringLiteral( "title" ), QStringLiteral( "title" ) },
        { QStringLiteral( "domain" ), QStringLiteral( "domain" ) },
        { QStringLiteral( "status" ), QStringLiteral( "status" ) },
        { QStringLiteral( "start" ), QStringLiteral( "start" ) },
        { QStringLiteral( "durationMonths" ), QStringLiteral( "duration_months" ) },
        { QStringLiteral( "capex" ), QStringLiteral( "capex_eur" ) },
        { QStringLiteral( "opexPerYear" ), QStringLiteral( "opex_eur_per_year" ) },
        { QStringLiteral( "funding" ), QStringLiteral( "funding" ) },
        { QStringLiteral( "benefits" ), QStringLiteral( "benefits" ) },
        { QStringLiteral( "dependencies" ), QStringLiteral( "dependencies" ) },
        { QStringLiteral( "owner" ), QStringLiteral( "owner" ) },
        { QStringLiteral( "stakeholders" ), QStringLiteral( "stakeholders" ) },
        { QStringLiteral( "impact" ), QStringLiteral( "impact" ) },
        { QStringLiteral( "feasibility" ), QStringLiteral( "feasibility" ) },
        { QStringLiteral( "citizenVotes" ), QStringLiteral( "citizen_votes" ) },
        { QStringLiteral( "assetIds" ), QStringLiteral( "asset_ids" ) },
        { QStringLiteral( "areaWkt" ), QStringLiteral( "area_wkt" ) },
        { QStringLiteral( "actualStart" ), QStringLiteral( "actual_start" ) },
        { QStringLiteral( "description" ), QStringLiteral( "description" ) },
    };

    Roadmap result = *roadmap;
    result.projects.clear();
    QSet<QString> ids;
    for ( const CsvRecord &record : std::as_const( records ) )
    {
      auto cell = [&]( const QString &name ) -> QString
      {
        const int c = column.value( name, -1 );
        return c >= 0 && c < record.fields.size() ? record.fields.at( c ).trimmed() : QString();
      };
      auto fail = [&]( const QString &name, const QString &reason )
      {
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate( "vigie::roadmap", "%1:%2, column %3 (\"%4\"): %5" ).arg( source ).arg( record.line ).arg( column.value( name ) + 1 ).arg( name, reason );
        return false;
      };
      if ( record.fields.size() > header.fields.size() )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1:%2: %3 fields, but the header has %4 columns" )
                              .arg( source )
                              .arg( record.line )
                              .arg( record.fields.size() )
                              .arg( header.fields.size() );
        return false;
      }
      QJsonObject o;
      QString id = cell( QStringLiteral( "id" ) );
      if ( id.isEmpty() )
        id = stableProjectId( cell( QStringLiteral( "title" ) ) + QLatin1Char( '|' ) + cell( QStringLiteral( "start" ) ) );
      o.insert( QStringLiteral( "id" ), id );
      const QStringList textColumns = { QStringLiteral( "title" ),        QStringLiteral( "domain" ),     QStringLiteral( "status" ),
                                        QStringLiteral( "start" ),        QStringLiteral( "owner" ),      QStringLiteral( "area_wkt" ),
                                        QStringLiteral( "actual_start" ), QStringLiteral( "description" ) };
      for ( auto it = fieldColumn.constBegin(); it != fieldColumn.constEnd(); ++it )
      {
        if ( !column.contains( it.value() ) || it.key() == QLatin1String( "id" ) )
          continue;
        const QString value = cell( it.value() );
        if ( textColumns.contains( it.value() ) )
        {
          if ( !value.isEmpty() )
            o.insert( it.key(), value );
        }
        else if ( it.key() == QLatin1String( "dependencies" ) || it.key() == QLatin1String( "stakeholders" ) ||
                  it.key() == QLatin1String( "assetIds" ) )
        {
          QStringList items;
          for ( const QString &s : splitEscaped( value, QLatin1Char( ';' ) ) )
            if ( !s.trimmed().isEmpty() )
              items.append( s.trimmed() );
          o.insert( it.key(), QJsonArray::fromStringList( items ) );
        }
        else if ( it.key() == QLatin1String( "funding" ) )
        {
          QJsonArray a;
          for ( const QString &item : splitEscaped( value, QLatin1Char( ';' ), false ) )
          {
            if ( item.trimmed().isEmpty() )
              continue;
            const QStringList parts = splitEscaped( item, QLatin1Char( '=' ) );
            double amount = 0;
            if ( parts.size() != 2 || parts.at( 0 ).trimmed().isEmpty() || !parseNumber( parts.at( 1 ), &amount ) || amount < 0 )
              return fail( it.value(), QCoreApplication::translate( "vigie::roadmap", "\"%1\" is not SOURCE=EUROS" ).arg( item.trimmed() ) );
            a.append( QJsonObject{ { QStringLiteral( "source" ), parts.at( 0 ).trimmed() }, { QStringLiteral( "amount" ), amount } } );
          }
          o.insert( it.key(), a );
        }
        else if ( it.key() == QLatin1String( "benefits" ) )
        {
          QJsonArray a;
          const QStringList items = splitEscaped( value, QLatin1Char( ';' ), false );
          for ( const QString &item : items )
          {
            if ( item.trimmed().isEmpty() )
              continue;
            const QStringList parts = splitEscaped( item, QLatin1Char( '|' ) );
            double target = 0;
            if ( parts.size() != 3 || parts.at( 0 ).trimmed().isEmpty() || !parseNumber( parts.at( 1 ), &target ) )
              return fail( it.value(), QCoreApplication::translate( "vigie::roadmap", "\"%1\" is not KPI|TARGET|UNIT" ).arg( item.trimmed() ) );
            a.append( QJsonObject{ { QStringLiteral( "kpi" ), parts.at( 0 ).trimmed() },
                                   { QStringLiteral( "target" ), target },
                                   { QStringLiteral( "unit" ), parts.at( 2 ).trimmed() } } );
          }
          o.insert( it.key(), a );
        }
        else if ( !value.isEmpty() )
        {
          double number = 0;
          if ( !parseNumber( value, &number ) )
            return fail( it.value(), QCoreApplication::translate( "vigie::roadmap", "\"%1\" is not a number" ).arg( value ) );
          o.insert( it.key(), number );
        }
      }
      Project p;
      QString error;
      if ( !Project::fromJson( o, &p, &error ) )
      {
        // name the column of the field the model refused
        for ( auto it = fieldColumn.constBegin(); it != fieldColumn.constEnd(); ++it )
          if ( error.contains( QStringLiteral( "field \"%1\"" ).arg( it.key() ) ) )
          {
            const QString reason = error.section( QStringLiteral( "\": " ), 1 );
            if ( !column.contains( it.value() ) )
            {
              if ( errorMessage )
                *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1:%2: %3" ).arg( source ).arg( record.line ).arg( error );
              return false;
            }
            return fail( it.value(), reason );
          }
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1:%2: %3" ).arg( source ).arg( record.line ).arg( error );
        return false;
      }
      if ( ids.contains( p.id ) )
        return fail( QStringLiteral( "id" ), QCoreApplication::translate( "vigie::roadmap", "project id %1 is used by an earlier row" ).arg( p.id ) );
      ids.insert( p.id );
      result.projects.append( p );
    }
    result.normalise();
    *roadmap = result;
    return true;
  }

  QByteArray exportICalendar( const Roadmap &roadmap, const QDateTime &stamp )
  {
    Roadmap r = roadmap;
    r.normalise();
    const QString dtstamp = stamp.toUTC().toString( QStringLiteral( "yyyyMMdd'T'HHmmss'Z'" ) );
    QByteArray out;
    icsLine( out, QStringLiteral( "BEGIN:VCALENDAR" ) );
    icsLine( out, QStringLiteral( "VERSION:2.0" ) );
    icsLine( out, QStringLiteral( "PRODID:-//Vigie//Roadmap//EN" ) );
    icsLine( out, QStringLiteral( "CALSCALE:GREGORIAN" ) );
    icsLine( out, QStringLiteral( "METHOD:PUBLISH" ) );
    if ( !r.name.isEmpty() )
      icsLine( out, QStringLiteral( "X-WR-CALNAME:" ) + icsEscape( r.name ) );
    for ( const Project &p : std::as_const( r.projects ) )
    {
      if ( p.status == Status::Cancelled )
        continue;
      const QDate first( p.start.year, p.start.month, 1 );
      const QDate last = QDate( p.end().year, p.end().month, 1 ).addDays( -1 );
      const QString description =
          QCoreApplication::translate( "vigie::roadmap", "%1 · %2 · capex %3 € · %4 months\n%5" )
              .arg( domainDisplayName( p.domain ), statusDisplayName( p.status ), QLocale::c().toString( p.capex, 'f', 0 ) )
              .arg( p.durationMonths )
              .arg( p.description );
      const struct
      {
        const char *suffix;
        QDate date;
        QString summary;
      } milestones[] = { { "start", first, QCoreApplication::translate( "vigie::roadmap", "Start: %1" ).arg( p.title ) }, { "end", last, QCoreApplication::translate( "vigie::roadmap", "End: %1" ).arg( p.title ) } };
      for ( const auto &m : milestones )
      {
        icsLine( out, QStringLiteral( "BEGIN:VEVENT" ) );
        icsLine( out, QStringLiteral( "UID:%1-%2@roadmap.vigie" ).arg( p.id, QLatin1String( m.suffix ) ) );
        icsLine( out, QStringLiteral( "DTSTAMP:" ) + dtstamp );
        icsLine( out, QStringLiteral( "DTSTART;VALUE=DATE:" ) + m.date.toString( QStringLiteral( "yyyyMMdd" ) ) );
        icsLine( out, QStringLiteral( "DTEND;VALUE=DATE:" ) + m.date.addDays( 1 ).toString( QStringLiteral( "yyyyMMdd" ) ) );
        icsLine( out, QStringLiteral( "SUMMARY:" ) + icsEscape( m.summary ) );
        icsLine( out, QStringLiteral( "DESCRIPTION:" ) + icsEscape( description ) );
        icsLine( out, QStringLiteral( "CATEGORIES:" ) + icsEscape( domainKey( p.domain ) ) );
        icsLine( out, QStringLiteral( "TRANSP:TRANSPARENT" ) );
        icsLine( out, QStringLiteral( "END:VEVENT" ) );
      }
    }
    icsLine( out, QStringLiteral( "END:VCALENDAR" ) );
    return out;
  }

  QByteArray exportGanttProject( const Roadmap &roadmap )
  {
    Roadmap r = roadmap;
    r.normalise();
    QList<const Project *> tasks;
    QHash<QString, int> taskId;
    QHash<QString, QStringList> successors;
    for ( const Project &p : std::as_const( r.projects ) )
      if ( p.status != Status::Cancelled )
      {
        taskId.insert( p.id, static_cast<int>( tasks.size() ) );
        tasks.append( &p );
      }
    for ( const Project *p : std::as_const( tasks ) )
      for ( const QString &d : p->dependencies )
        if ( taskId.contains( d ) )
          successors[d].append( p->id );
    QDate viewDate;
    for ( const Project *p : std::as_const( tasks ) )
    {
      const QDate d( p->start.year, p->start.month, 1 );
      if ( !viewDate.isValid() || d < viewDate )
        viewDate = d;
    }

    QByteArray out;
    QXmlStreamWriter w( &out );
    w.setAutoFormatting( true );
    w.setAutoFormattingIndent( 2 );
    w.writeStartDocument();
    w.writeStartElement( QStringLiteral( "project" ) );
    w.writeAttribute( QStringLiteral( "name" ), r.name );
    w.writeAttribute( QStringLiteral( "company" ), r.territory );
    w.writeAttribute( QStringLiteral( "webLink" ), QString() );
    w.writeAttribute( QStringLiteral( "view-date" ), viewDate.isValid() ? viewDate.toString( Qt::ISODate ) : QString() );
    w.writeAttribute( QStringLiteral( "view-index" ), QStringLiteral( "0" ) );
    w.writeAttribute( QStringLiteral( "gantt-divider-location" ), QStringLiteral( "374" ) );
    w.writeAttribute( QStringLiteral( "resource-divider-location" ), QStringLiteral( "300" ) );
    w.writeAttribute( QStringLiteral( "version" ), QStringLiteral( "3.2" ) );
    w.writeAttribute( QStringLiteral( "locale" ), QStringLiteral( "fr_FR" ) );
    w.writeTextElement( QStringLiteral( "description" ), QString() );
    w.writeStartElement( QStringLiteral( "view" ) );
    w.writeAttribute( QStringLiteral( "zooming-state" ), QStringLiteral( "default:6" ) );
    w.writeAttribute( QStringLiteral( "id" ), QStringLiteral( "gantt-chart" ) );
    w.writeEndElement();
    w.writeStartElement( QStringLiteral( "calendars" ) );
    w.writeStartElement( QStringLiteral( "day-types" ) );
    w.writeEmptyElement( QStringLiteral( "day-type" ) );
    w.writeAttribute( QStringLiteral( "id" ), QStringLiteral( "0" ) );
    w.writeEmptyElement( QStringLiteral( "day-type" ) );
    w.writeAttribute( QStringLiteral( "id" ), QStringLiteral( "1" ) );
    w.writeEmptyElement( QStringLiteral( "default-week" ) );
    w.writeAttribute( QStringLiteral( "id" ), QStringLiteral( "1" ) );
    w.writeAttribute( QStringLiteral( "name" ), QStringLiteral( "default" ) );
    for ( const char *day : { "sun", "mon", "tue", "wed", "thu", "fri", "sat" } )
      w.writeAttribute( QLatin1String( day ), QLatin1String( qstrcmp( day, "sun" ) == 0 || qstrcmp( day, "sat" ) == 0 ? "1" : "0" ) );
    w.writeEmptyElement( QStringLiteral( "only-show-weekends" ) );
    w.writeAttribute( QStringLiteral( "value" ), QStringLiteral( "false" ) );
    w.writeEmptyElement( QStringLiteral( "overriden-day-types" ) );
    w.writeEmptyElement( QStringLiteral( "days" ) );
    w.writeEndElement(); // day-types
    w.writeEndElement(); // calendars

    w.writeStartElement( QStringLiteral( "tasks" ) );
    w.writeAttribute( QStringLiteral( "empty-milestones" ), QStringLiteral( "true" ) );
    w.writeStartElement( QStringLiteral( "taskproperties" ) );
    const struct
    {
      const char *id;
      const char *name;
      const char *type;
      const char *valueType;
    } properties[] = {
        { "tpd0", "type", "default", "icon" },
        { "tpd1", "priority", "default", "icon" },
        { "tpd2", "info", "default", "icon" },
        { "tpd3", "name", "default", "text" },
        { "tpd4", "begindate", "default", "date" },
        { "tpd5", "enddate", "default", "date" },
        { "tpd6", "duration", "default", "int" },
        { "tpd7", "completion", "default", "int" },
        { "tpc0", "vigie-id", "custom", "text" },
        { "tpc1", "domain", "custom", "text" },
        { "tpc2", "status", "custom", "text" },
        { "tpc3", "capex (EUR)", "custom", "double" },
        { "tpc4", "opex (EUR/year)", "custom", "double" },
        { "tpc5", "owner", "custom", "text" },
        { "tpc6", "funding", "custom", "text" },
    };
    for ( const auto &p : properties )
    {
      w.writeEmptyElement( QStringLiteral( "taskproperty" ) );
      w.writeAttribute( QStringLiteral( "id" ), QLatin1String( p.id ) );
      w.writeAttribute( QStringLiteral( "name" ), QLatin1String( p.name ) );
      w.writeAttribute( QStringLiteral( "type" ), QLatin1String( p.type ) );
      w.writeAttribute( QStringLiteral( "valuetype" ), QLatin1String( p.valueType ) );
    }
    w.writeEndElement(); // taskproperties
    for ( const Project *p : std::as_const( tasks ) )
    {
      const QDate start( p->start.year, p->start.month, 1 );
      const QDate end( p->end().year, p->end().month, 1 );
      w.writeStartElement( QStringLiteral( "task" ) );
      w.writeAttribute( QStringLiteral( "id" ), QString::number( taskId.value( p->id ) ) );
      w.writeAttribute( QStringLiteral( "name" ), p->title );
      w.writeAttribute( QStringLiteral( "color" ), domainColor( p->domain ) );
      w.writeAttribute( QStringLiteral( "meeting" ), QStringLiteral( "false" ) );
      w.writeAttribute( QStringLiteral( "start" ), start.toString( Qt::ISODate ) );
      w.writeAttribute( QStringLiteral( "duration" ), QString::number( workingDays( start, end ) ) );
      w.writeAttribute( QStringLiteral( "complete" ), QString::number( p->status == Status::Done         ? 100
                                                                       : p->status == Status::InProgress ? 50
                                                                                                         : 0 ) );
      w.writeAttribute( QStringLiteral( "expand" ), QStringLiteral( "true" ) );
      if ( !p->description.isEmpty() )
      {
        w.writeStartElement( QStringLiteral( "notes" ) );
        w.writeCDATA( QString( p->description ).replace( QLatin1String( "]]>" ), QLatin1String( "]] >" ) ) );
        w.writeEndElement();
      }
      QStringList next = successors.value( p->id );
      std::sort( next.begin(), next.end(), [&]( const QString &a, const QString &b ) { return taskId.value( a ) < taskId.value( b ); } );
      for ( const QString &s : std::as_const( next ) )
      {
        w.writeEmptyElement( QStringLiteral( "depend" ) );
        w.writeAttribute( QStringLiteral( "id" ), QString::number( taskId.value( s ) ) );
        w.writeAttribute( QStringLiteral( "type" ), QStringLiteral( "2" ) );
        w.writeAttribute( QStringLiteral( "difference" ), QStringLiteral( "0" ) );
        w.writeAttribute( QStringLiteral( "hardness" ), QStringLiteral( "Strong" ) );
      }
      const QStringList values = {
          p->id,    domainKey( p->domain ), statusKey( p->status ), numberText( p->capex ), numberText( p->opexPerYear ),
          p->owner, fundingText( *p ) };
      for ( int i = 0; i < values.size(); ++i )
      {
        w.writeEmptyElement( QStringLiteral( "customproperty" ) );
        w.writeAttribute( QStringLiteral( "taskproperty-id" ), QStringLiteral( "tpc%1" ).arg( i ) );
        w.writeAttribute( QStringLiteral( "value" ), values.at( i ) );
      }
      w.writeEndElement(); // task
    }
    w.writeEndElement(); // tasks
    w.writeEmptyElement( QStringLiteral( "resources" ) );
    w.writeEmptyElement( QStringLiteral( "allocations" ) );
    w.writeEmptyElement( QStringLiteral( "vacations" ) );
    w.writeEmptyElement( QStringLiteral( "previous" ) );
    w.writeStartElement( QStringLiteral( "roles" ) );
    w.writeAttribute( QStringLiteral( "roleset-name" ), QStringLiteral( "Default" ) );
    w.writeEndElement();
    w.writeEndElement(); // project
    w.writeEndDocument();
    return out;
  }

  bool exportRoadmapFile( const Roadmap &roadmap, const QString &path, QString *errorMessage, const QDateTime &stamp )
  {
    const QString suffix = QFileInfo( path ).suffix().toLower();
    QByteArray data;
    if ( suffix == QLatin1String( "csv" ) )
      data = exportCsv( roadmap );
    else if ( suffix == QLatin1String( "ics" ) )
      data = exportICalendar( roadmap, stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc() );
    else if ( suffix == QLatin1String( "gan" ) )
      data = exportGanttProject( roadmap );
    else
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::roadmap", "%1: unknown export format \"%2\" (use .csv, .ics or .gan)" ).arg( QDir::toNativeSeparators( path ), suffix );
      return false;
    }
    return writeFileAtomically( path, data, errorMessage );
  }
} // namespace vigie::roadmap
