// SPDX-License-Identifier: GPL-2.0-or-later
#include "historyimport.h"

#include "decoder.h"
#include "observationstore.h"
#include "sensorthingsclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vigie::feeds
{
  namespace
  {
    constexpr int kMaxWarnings = 100;

    //! Splits one CSV line: fields may be quoted ("a,b", "" for a quote).
    QStringList splitCsv( const QString &line, QChar delimiter, bool *ok )
    {
      QStringList fields;
      QString field;
      bool quoted = false;
      bool wasQuoted = false;
      *ok = true;
      for ( int i = 0; i < line.size(); ++i )
      {
        const QChar c = line.at( i );
        if ( quoted )
        {
          if ( c == QLatin1Char( '"' ) )
          {
            if ( i + 1 < line.size() && line.at( i + 1 ) == QLatin1Char( '"' ) )
            {
              field += c;
              ++i;
            }
            else
              quoted = false;
          }
          else
            field += c;
        }
        else if ( c == QLatin1Char( '"' ) && field.trimmed().isEmpty() && !wasQuoted )
        {
          quoted = true;
          wasQuoted = true;
          field.clear();
        }
        else if ( c == delimiter )
        {
          fields << ( wasQuoted ? field : field.trimmed() );
          field.clear();
          wasQuoted = false;
        }
        else if ( !wasQuoted )
          field += c;
      }
      if ( quoted )
        *ok = false;
      fields << ( wasQuoted ? field : field.trimmed() );
      return fields;
    }

    //! A number, also with a decimal comma ("1,25" in a ';' file): such a first line is data, not a header.
    bool isNumber( const QString &text )
    {
      bool ok = false;
      QLocale::c().toDouble( text, &ok );
      if ( !ok && text.count( QLatin1Char( ',' ) ) == 1 )
        QLocale::c().toDouble( QString( text ).replace( QLatin1Char( ',' ), QLatin1Char( '.' ) ), &ok );
      return ok;
    }

    //! Column index (0-based) of \a spec (a 1-based number or a header name), -1 when absent.
    int columnIndex( const QString &spec, const QStringList &header, bool *ok )
    {
      *ok = true;
      bool number = false;
      const int n = spec.toInt( &number );
      if ( number )
      {
        *ok = n >= 1;
        return n - 1;
      }
      for ( int i = 0; i < header.size(); ++i )
      {
        if ( header.at( i ).compare( spec, Qt::CaseInsensitive ) == 0 )
          return i;
      }
      *ok = false;
      return -1;
    }

    void addResult( HistoryImportResult *result, const StoreResult &stored, const QString &place )
    {
      result->stored += stored.stored;
      result->duplicates += stored.duplicates;
      result->unboundRegistered += stored.unboundRegistered;
      result->outOfRange += stored.outOfRange;
      result->rejected += stored.rejected;
      for ( const QString &error : stored.errors )
      {
        if ( result->warnings.size() < kMaxWarnings )
          result->warnings << QStringLiteral( "%1: %2" ).arg( place, error );
      }
    }

    QString cancelledMessage( const HistoryImportResult &result )
    {
      return QCoreApplication::translate( "vigie::feeds",
                                          "cancelled after %1 pages (%2 observations stored; running the import again stores only "
                                          "what is missing)" )
          .arg( result.pages )
          .arg( result.stored );
    }
  } // namespace

  QStringList ngsiSmartDataModelTypes()
  {
    return { QStringLiteral( "Streetlight" ), QStringLiteral( "WaterObserved" ), QStringLiteral( "WasteContainer" ),
             QStringLiteral( "DeviceMeasurement" ) };
  }

  bool readCsvHistory( const QString &path, const CsvHistoryOptions &options, QList<Observation> *observations, QString *errorMessage )
  {
    const QString shown = QDir::toNativeSeparators( path );
    auto fail = [&]( int line, const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = line > 0 ? QStringLiteral( "%1:%2: %3" ).arg( shown ).arg( line ).arg( reason )
                                 : QStringLiteral( "%1: %2" ).arg( shown, reason );
      return false;
    };
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return fail( 0, QCoreApplication::translate( "vigie::feeds", "cannot read: %1" ).arg( file.errorString() ) );
    if ( options.delimiter == QLatin1Char( '"' ) || ( options.delimiter.isSpace() && options.delimiter != QLatin1Char( '\t' ) ) )
      return fail( 0, QCoreApplication::translate( "vigie::feeds", "unusable delimiter" ) );

    QList<Observation> found;
    bool headerChecked = false;
    int sensorIndex = -1, timeIndex = -1, valueIndex = -1, unitIndex = -1;
    const bool unitOptional = options.unitColumn.isEmpty();
    int lineNumber = 0;
    while ( !file.atEnd() )
    {
      QByteArray raw = file.readLine();
      ++lineNumber;
      if ( lineNumber == 1 && raw.startsWith( "\xEF\xBB\xBF" ) )
        raw.remove( 0, 3 ); // UTF-8 byte order mark
      QString line = QString::fromUtf8( raw );
      while ( line.endsWith( QLatin1Char( '\n' ) ) || line.endsWith( QLatin1Char( '\r' ) ) )
        line.chop( 1 );
      if ( line.trimmed().isEmpty() )
        continue;
      bool ok = true;
      const QStringList fields = splitCsv( line, options.delimiter, &ok );
      if ( !ok )
        return fail( lineNumber, QCoreApplication::translate( "vigie::feeds", "unterminated quoted field" ) );
      if ( !headerChecked )
      {
        headerChecked = true;
        bool header = true;
        for ( const QString &f : fields )
          header = header && !isNumber( f );
        const QStringList names = header ? fields : QStringList();
        auto resolve = [&]( const QString &spec, const QString &defaultName, int defaultIndex, bool optional, int *index ) -> bool
        {
          if ( spec.isEmpty() )
          {
            bool found = false;
            *index = header ? columnIndex( defaultName, names, &found ) : -1;
            if ( !found )
              *index = header && optional ? -1 : defaultIndex; // no header, or a header without that name: by position
            return true;
          }
          bool valid = false;
          *index = columnIndex( spec, names, &valid );
          if ( valid )
            return true;
          fail( lineNumber, header ? QCoreApplication::translate( "vigie::feeds", "no column \"%1\" in the header (%2)" )
                                         .arg( spec, fields.join( QStringLiteral( ", " ) ) )
                                   : QCoreApplication::translate( "vigie::feeds",
                                                                  "column \"%1\": not a column number, and the file has no header line" )
                                         .arg( spec ) );
          return false;
        };
        const bool fixedSensor = !options.sensorId.isEmpty();
        if ( !fixedSensor && !resolve( options.sensorColumn, QStringLiteral( "sensor" ), 0, false, &sensorIndex ) )
          return false;
        const int shift = fixedSensor ? 1 : 0; // "time,value[,unit]" when the sensor is fixed
        if ( !resolve( options.timeColumn, QStringLiteral( "time" ), 1 - shift, false, &timeIndex ) ||
             !resolve( options.valueColumn, QStringLiteral( "value" ), 2 - shift, false, &valueIndex ) ||
             !resolve( options.unitColumn, QStringLiteral( "unit" ), 3 - shift, true, &unitIndex ) )
          return false;
        if ( header )
          continue;
      }
      const int needed = std::max( { sensorIndex, timeIndex, valueIndex } ) + 1;
      if ( fields.size() < needed || ( !unitOptional && fields.size() <= unitIndex ) )
        return fail( lineNumber, QCoreApplication::translate( "vigie::feeds", "expected at least %1 fields, got %2" )
                                     .arg( unitOptional ? needed : std::max( needed, unitIndex + 1 ) )
                                     .arg( fields.size() ) );
      Observation o;
      o.sensorId = options.sensorId.isEmpty() ? fields.at( sensorIndex ) : options.sensorId;
      if ( o.sensorId.isEmpty() )
        return fail( lineNumber, QCoreApplication::translate( "vigie::feeds", "empty sensor id" ) );
      o.time = parseIsoTime( fields.at( timeIndex ) );
      if ( !o.time.isValid() )
        return fail( lineNumber,
                     QCoreApplication::translate( "vigie::feeds", "time \"%1\" is not an ISO 8601 time" ).arg( fields.at( timeIndex ) ) );
      QString valueText = fields.at( valueIndex );
      if ( options.delimiter != QLatin1Char( ',' ) && valueText.count( QLatin1Char( ',' ) ) == 1 &&
           !valueText.contains( QLatin1Char( '.' ) ) )
        valueText.replace( QLatin1Char( ',' ), QLatin1Char( '.' ) ); // decimal comma of ';' files
      bool number = false;
      o.value = QLocale::c().toDouble( valueText, &number );
      if ( !number || !std::isfinite( o.value ) )
        return fail( lineNumber,
                     QCoreApplication::translate( "vigie::feeds", "value \"%1\" is not a number" ).arg( fields.at( valueIndex ) ) );
      o.unit = unitIndex >= 0 && unitIndex < fields.size() ? fields.at( unitIndex ) : QString();
      if ( o.unit.isEmpty() )
        o.unit = options.unit;
      found << o;
    }
    if ( file.error() != QFileDevice::NoError )
      return fail( lineNumber, QCoreApplication::translate( "vigie::feeds", "cannot read: %1" ).arg( file.errorString() ) );
    if ( observations )
      *observations = found;
    return true;
  }

  bool importHistory( ObservationStore &store, const HistoryImportRequest &request, HistoryImportResult *result, QString *errorMessage,
                      const HistoryProgressFunction &progress )
  {
    HistoryImportResult local;
    HistoryImportResult &r = result ? *result : local;
    r = HistoryImportResult();
    QString error;
    HistoryImportProgress state;

    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    //! One page: one transaction; false stops the paging (store failure or cancel).
    auto storePage = [&]( const QString &place, const QList<Observation> &page, QString *pageError )
    {
      r.received += page.size();
      if ( !page.isEmpty() )
      {
        StoreResult stored;
        QString storeError;
        if ( !store.store( page, &stored, &storeError ) )
        {
          if ( pageError )
            *pageError = QCoreApplication::translate( "vigie::feeds", "%1: not stored: %2" ).arg( place, storeError );
          return false;
        }
        addResult( &r, stored, place );
      }
      ++r.pages;
      state.pages = r.pages;
      state.received = r.received;
      state.stored = r.stored;
      state.place = place;
      if ( progress && !progress( state ) )
      {
        r.cancelled = true;
        if ( pageError )
          *pageError = cancelledMessage( r );
        return false;
      }
      return true;
    };
    auto inWindow = [&request]( const Observation &o )
    { return ( !request.from.isValid() || o.time >= request.from ) && ( !request.to.isValid() || o.time < request.to ); };

    if ( request.from.isValid() && request.to.isValid() && request.to <= request.from )
      return fail( QCoreApplication::translate( "vigie::feeds", "the end of the time range (%1) must come after its start (%2)" )
                       .arg( request.to.toUTC().toString( Qt::ISODate ), request.from.toUTC().toString( Qt::ISODate ) ) );

    if ( request.source == HistorySource::Csv )
    {
      QList<Observation> all;
      if ( !readCsvHistory( request.file, request.csv, &all, &error ) )
        return fail( error );
      QList<Observation> kept;
      kept.reserve( all.size() );
      for ( const Observation &o : std::as_const( all ) )
      {
        if ( inWindow( o ) )
          kept << o;
      }
      r.sources << QDir::toNativeSeparators( request.file );
      const int batch = std::max( 1, request.csvBatch );
      for ( int start = 0; start < kept.size(); start += batch )
      {
        const QString place = QStringLiteral( "%1 (%2-%3)" )
                                  .arg( QDir::toNativeSeparators( request.file ) )
                                  .arg( start + 1 )
                                  .arg( std::min<qsizetype>( start + batch, kept.size() ) );
        if ( !storePage( place, kept.mid( start, batch ), &error ) )
          return fail( error );
      }
      return true;
    }

    SensorThingsClient client;
    client.setTimeout( request.timeoutMs );
    client.setTenant( request.tenant );
    if ( !request.url.isValid() || ( request.url.scheme() != QLatin1String( "http" ) && request.url.scheme() != QLatin1String( "https" ) ) )
      return fail( QCoreApplication::translate( "vigie::feeds", "\"%1\" is not an http(s) URL" )
                       .arg( request.url.toDisplayString( QUrl::RemovePassword ) ) );
    auto page = [&]( const QUrl &url, const QList<Observation> &observations, QString *pageError )
    {
      QList<Observation> kept;
      kept.reserve( observations.size() );
      for ( const Observation &o : observations )
      {
        if ( inWindow( o ) )
          kept << o;
      }
      return storePage( url.toDisplayString( QUrl::RemovePassword ), kept, pageError );
    };

    if ( request.source == HistorySource::SensorThings )
    {
      QStringList datastreams = request.datastreams;
      for ( const QString &thing : request.things )
      {
        QList<StaDatastream> list;
        if ( !client.thingDatastreams( request.url, thing, &list, &error ) )
          return fail( error );
        if ( list.isEmpty() )
          return fail( QCoreApplication::translate( "vigie::feeds", "%1: Thing %2 has no Datastream" )
                           .arg( request.url.toDisplayString( QUrl::RemovePassword ), thing ) );
        for ( const StaDatastream &ds : std::as_const( list ) )
          datastreams << ds.id;
      }
      if ( request.datastreams.isEmpty() && request.things.isEmpty() )
      {
        QList<StaThing> things;
        if ( !client.discover( request.url, &things, &error ) )
          return fail( error );
        for ( const StaThing &thing : std::as_const( things ) )
        {
          for ( const StaDatastream &ds : thing.datastreams )
            datastreams << ds.id;
        }
      }
      datastreams.removeDuplicates();
      state.steps = static_cast<int>( datastreams.size() );
      for ( int i = 0; i < datastreams.size(); ++i )
      {
        state.step = i;
        r.sources << datastreams.at( i );
        if ( !client.observationPages( request.url, datastreams.at( i ), request.from, request.to, page, &error ) )
          return fail( error );
      }
      return true;
    }

    // NGSI-LD
    const QStringList types = request.ngsiTypes.isEmpty() ? ngsiSmartDataModelTypes() : request.ngsiTypes;
    state.steps = static_cast<int>( types.size() );
    for ( int i = 0; i < types.size(); ++i )
    {
      state.step = i;
      r.sources << types.at( i );
      const bool ok = request.temporal ? client.ngsiTemporalPages( request.url, types.at( i ), request.from, request.to, page, &error )
                                       : client.ngsiEntityPages( request.url, types.at( i ), page, &error );
      if ( !ok )
        return fail( error );
    }
    return true;
  }

  QStringList splitIdList( const QString &text )
  {
    QStringList items;
    const QStringList parts = text.split( QLatin1Char( ',' ) );
    for ( const QString &part : parts )
    {
      if ( !part.trimmed().isEmpty() )
        items << part.trimmed();
    }
    return items;
  }
} // namespace vigie::feeds
