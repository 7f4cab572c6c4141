// SPDX-License-Identifier: GPL-2.0-or-later
#include "scada.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace vigie::hydraulics
{
  namespace
  {

    //! Days from 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    qint64 daysFromCivil( int y, int m, int d )
    {
      y -= m <= 2;
      const qint64 era = ( y >= 0 ? y : y - 399 ) / 400;
      const qint64 yoe = y - era * 400;
      const qint64 doy = ( 153 * ( m + ( m > 2 ? -3 : 9 ) ) + 2 ) / 5 + d - 1;
      const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
      return era * 146097 + doe - 719468;
    }

    bool digits( const char *p, int n, int *value )
    {
      int v = 0;
      for ( int i = 0; i < n; ++i )
      {
        if ( p[i] < '0' || p[i] > '9' )
          return false;
        v = v * 10 + ( p[i] - '0' );
      }
      *value = v;
      return true;
    }
  } // namespace

  bool parseScadaTime( const char *begin, const char *end, qint64 *seconds )
  {
    while ( begin < end && ( *begin == ' ' || *begin == '"' ) )
      ++begin;
    while ( end > begin && ( end[-1] == ' ' || end[-1] == '"' || end[-1] == '\r' ) )
      --end;
    const long n = static_cast<long>( end - begin );
    if ( n != 16 && n != 19 )
      return false;
    int y, mo, d, h, mi, s = 0;
    if ( !digits( begin, 4, &y ) || begin[4] != '-' || !digits( begin + 5, 2, &mo ) || begin[7] != '-' || !digits( begin + 8, 2, &d ) ||
         ( begin[10] != ' ' && begin[10] != 'T' ) || !digits( begin + 11, 2, &h ) || begin[13] != ':' || !digits( begin + 14, 2, &mi ) )
      return false;
    if ( n == 19 && ( begin[16] != ':' || !digits( begin + 17, 2, &s ) ) )
      return false;
    static const int monthDays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if ( mo < 1 || mo > 12 || d < 1 || d > monthDays[mo - 1] || h > 23 || mi > 59 || s > 59 )
      return false;
    const bool leap = ( y % 4 == 0 && y % 100 != 0 ) || y % 400 == 0;
    if ( mo == 2 && d == 29 && !leap )
      return false;
    *seconds = daysFromCivil( y, mo, d ) * 86400 + h * 3600 + mi * 60 + s;
    return true;
  }

  QString formatScadaTime( qint64 seconds )
  {
    qint64 days = seconds >= 0 ? seconds / 86400 : ( seconds - 86399 ) / 86400;
    const qint64 rest = seconds - days * 86400;
    // civil from days (Hinnant)
    days += 719468;
    const qint64 era = ( days >= 0 ? days : days - 146096 ) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = ( doe - doe / 1460 + doe / 36524 - doe / 146096 ) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - ( 365 * yoe + yoe / 4 - yoe / 100 );
    const qint64 mp = ( 5 * doy + 2 ) / 153;
    const qint64 d = doy - ( 153 * mp + 2 ) / 5 + 1;
    const qint64 m = mp + ( mp < 10 ? 3 : -9 );
    y += m <= 2;
    return QStringLiteral( "%1-%2-%3 %4:%5" )
        .arg( y, 4, 10, QLatin1Char( '0' ) )
        .arg( m, 2, 10, QLatin1Char( '0' ) )
        .arg( d, 2, 10, QLatin1Char( '0' ) )
        .arg( rest / 3600, 2, 10, QLatin1Char( '0' ) )
        .arg( ( rest % 3600 ) / 60, 2, 10, QLatin1Char( '0' ) );
  }

  bool readMaybeGzip( const QString &path, QByteArray *data, QString *errorMessage )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::hydraulics", "%1: cannot read: %2" )
                            .arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    const QByteArray raw = file.readAll();
    if ( raw.size() < 2 || static_cast<unsigned char>( raw.at( 0 ) ) != 0x1f || static_cast<unsigned char>( raw.at( 1 ) ) != 0x8b )
    {
      *data = raw;
      return true;
    }
    z_stream stream;
    std::memset( &stream, 0, sizeof( stream ) );
    if ( inflateInit2( &stream, 16 + MAX_WBITS ) != Z_OK )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::hydraulics", "%1: cannot start gzip decompression" )
                            .arg( QDir::toNativeSeparators( path ) );
      return false;
    }
    QByteArray out;
    out.resize( std::max<qsizetype>( raw.size() * 4, 1 << 16 ) );
    stream.next_in = reinterpret_cast<Bytef *>( const_cast<char *>( raw.constData() ) );
    stream.avail_in = static_cast<uInt>( raw.size() );
    int status = Z_OK;
    qsizetype written = 0;
    while ( status != Z_STREAM_END )
    {
      if ( written == out.size() )
        out.resize( out.size() * 2 );
      stream.next_out = reinterpret_cast<Bytef *>( out.data() + written );
      stream.avail_out = static_cast<uInt>( out.size() - written );
      status = inflate( &stream, Z_NO_FLUSH );
      written = out.size() - stream.avail_out;
      if ( status == Z_STREAM_END && stream.avail_in > 0 )
      {
        // concatenated gzip members
        if ( inflateReset( &stream ) != Z_OK )
          break;
        status = Z_OK;
        continue;
      }
      if ( status != Z_OK && status != Z_STREAM_END && !( status == Z_BUF_ERROR && stream.avail_in > 0 ) )
      {
        inflateEnd( &stream );
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::hydraulics", "%1: corrupt gzip data (%2)" )
                              .arg( QDir::toNativeSeparators( path ), QString::fromLatin1( stream.msg ? stream.msg : "truncated" ) );
        return false;
      }
      if ( status == Z_OK && stream.avail_in == 0 && stream.avail_out > 0 )
      {
        inflateEnd( &stream );
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate( "vigie::hydraulics", "%1: truncated gzip data" ).arg( QDir::toNativeSeparators( path ) );
        return false;
      }
    }
    inflateEnd( &stream );
    out.resize( written );
    *data = out;
    return true;
  }

  bool readScadaTable( const QString &path, ScadaTable *table, QVector<qint64> *times, QString *errorMessage )
  {
    QByteArray data;
    if ( !readMaybeGzip( path, &data, errorMessage ) )
      return false;
    const QString name = QDir::toNativeSeparators( path );
    auto fail = [&]( int line, const QString &reason )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::hydraulics", "%1:%2: %3" ).arg( name ).arg( line ).arg( reason );
      return false;
    };
    const char *p = data.constData();
    const char *end = p + data.size();
    if ( end - p >= 3 && static_cast<unsigned char>( p[0] ) == 0xEF && static_cast<unsigned char>( p[1] ) == 0xBB &&
         static_cast<unsigned char>( p[2] ) == 0xBF )
      p += 3;
    const char *headerEnd = static_cast<const char *>( std::memchr( p, '\n', end - p ) );
    if ( !headerEnd )
      headerEnd = end;
    QString header = QString::fromUtf8( p, static_cast<int>( headerEnd - p ) ).trimmed();
    if ( header.isEmpty() )
      return fail( 1,
                   QCoreApplication::translate( "vigie::hydraulics", "empty file: a header line \"Timestamp,<sensor ids>\" is expected" ) );
    const char separator = header.contains( QLatin1Char( ';' ) ) ? ';' : ',';
    const bool decimalComma = separator == ';';
    QStringList columns = header.split( QLatin1Char( separator ) );
    for ( QString &c : columns )
    {
      c = c.trimmed();
      if ( c.startsWith( QLatin1Char( '"' ) ) && c.endsWith( QLatin1Char( '"' ) ) && c.size() >= 2 )
        c = c.mid( 1, c.size() - 2 );
    }
    if ( columns.size() < 2 )
      return fail( 1, QCoreApplication::translate( "vigie::hydraulics", "the header has no sensor column after the timestamp" ) );
    if ( columns.first().compare( QLatin1String( "Timestamp" ), Qt::CaseInsensitive ) != 0 )
      return fail(
          1, QCoreApplication::translate( "vigie::hydraulics", "column 1 is \"%1\", expected \"Timestamp\"" ).arg( columns.first() ) );
    columns.removeFirst();
    for ( int i = 0; i < columns.size(); ++i )
    {
      if ( columns.at( i ).isEmpty() )
        return fail( 1, QCoreApplication::translate( "vigie::hydraulics", "column %1 has no name" ).arg( i + 2 ) );
      if ( columns.indexOf( columns.at( i ) ) != i )
        return fail( 1, QCoreApplication::translate( "vigie::hydraulics", "column %1: sensor \"%2\" appears twice" )
                            .arg( i + 2 )
                            .arg( columns.at( i ) ) );
    }
    const int n = columns.size();
    QVector<double> values;
    QVector<qint64> stamps;
    values.reserve( static_cast<int>( ( end - p ) / ( 6 * n + 17 ) + 16 ) * n );
    int line = 1;
    p = headerEnd < end ? headerEnd + 1 : end;
    char buffer[64];
    while ( p < end )
    {
      ++line;
      const char *lineEnd = static_cast<const char *>( std::memchr( p, '\n', end - p ) );
      if ( !lineEnd )
        lineEnd = end;
      const char *e = lineEnd;
      if ( e > p && e[-1] == '\r' )
        --e;
      if ( e == p )
      {
        p = lineEnd + 1;
        continue; // blank line
      }
      const char *field = p;
      const char *sep = static_cast<const char *>( std::memchr( field, separator, e - field ) );
      if ( !sep )
        return fail( line, QCoreApplication::translate( "vigie::hydraulics", "column 2 (%1): missing value (%2 columns expected)" )
                               .arg( columns.first() )
                               .arg( n + 1 ) );
      qint64 t = 0;
      if ( !parseScadaTime( field, sep, &t ) )
        return fail( line, QCoreApplication::translate( "vigie::hydraulics", "column 1 (Timestamp): \"%1\" is not a time YYYY-MM-DD HH:MM" )
                               .arg( QString::fromUtf8( field, static_cast<int>( sep - field ) ) ) );
      if ( !stamps.isEmpty() && t <= stamps.last() )
        return fail( line, QCoreApplication::translate( "vigie::hydraulics", "column 1 (Timestamp): %1 is not after the previous row" )
                               .arg( formatScadaTime( t ) ) );
      stamps.append( t );
      field = sep + 1;
      for ( int c = 0; c < n; ++c )
      {
        if ( field > e )
          return fail( line, QCoreApplication::translate( "vigie::hydraulics", "column %1 (%2): missing value (%3 columns expected)" )
                                 .arg( c + 2 )
                                 .arg( columns.at( c ) )
                                 .arg( n + 1 ) );
        const char *fe = static_cast<const char *>( std::memchr( field, separator, e - field ) );
        if ( !fe )
          fe = e;
        if ( c == n - 1 && fe != e )
          return fail( line, QCoreApplication::translate( "vigie::hydraulics", "more than %1 columns" ).arg( n + 1 ) );
        const char *a = field;
        const char *b = fe;
        while ( a < b && ( *a == ' ' || *a == '"' ) )
          ++a;
        while ( b > a && ( b[-1] == ' ' || b[-1] == '"' ) )
          --b;
        double v = 0;
        bool ok = b > a && b - a < static_cast<long>( sizeof( buffer ) );
        if ( ok )
        {
          const char *s = a;
          if ( decimalComma )
          {
            std::memcpy( buffer, a, b - a );
            std::replace( buffer, buffer + ( b - a ), ',', '.' );
            s = buffer;
          }
          const char *se = s + ( b - a );
          if ( *s == '+' )
            ++s;
          const std::from_chars_result r = std::from_chars( s, se, v );
          ok = r.ec == std::errc() && r.ptr == se && std::isfinite( v );
        }
        if ( !ok )
          return fail( line, QCoreApplication::translate( "vigie::hydraulics", "column %1 (%2): \"%3\" is not a number" )
                                 .arg( c + 2 )
                                 .arg( columns.at( c ) )
                                 .arg( QString::fromUtf8( a, static_cast<int>( b - a ) ) ) );
        values.append( v );
        field = fe + 1;
      }
      p = lineEnd + 1;
    }
    if ( stamps.isEmpty() )
      return fail( line, QCoreApplication::translate( "vigie::hydraulics", "no data rows" ) );
    table->fileName = path;
    table->columns = columns;
    table->values = std::move( values );
    *times = std::move( stamps );
    return true;
  }

  QString findScadaFile( const QString &directory, const QString &kind )
  {
    const QDir dir( directory );
    for ( const QString &suffix : { QStringLiteral( ".csv" ), QStringLiteral( ".csv.gz" ) } )
    {
      if ( dir.exists( kind + suffix ) )
        return dir.filePath( kind + suffix );
    }
    QStringList found =
        dir.entryList( { QStringLiteral( "*_%1.csv" ).arg( kind ), QStringLiteral( "*_%1.csv.gz" ).arg( kind ) }, QDir::Files, QDir::Name );
    return found.isEmpty() ? QString() : dir.filePath( found.first() );
  }

  qint64 ScadaData::step() const
  {
    if ( times.size() < 2 )
      return 0;
    QVector<qint64> steps;
    for ( int i = 1; i < times.size() && i < 2000; ++i )
      steps.append( times.at( i ) - times.at( i - 1 ) );
    std::nth_element( steps.begin(), steps.begin() + steps.size() / 2, steps.end() );
    return steps.at( steps.size() / 2 );
  }

  bool ScadaData::read( const QString &dir, bool withDemands, QString *errorMessage )
  {
    ScadaData result;
    result.directory = dir;
    if ( !QFileInfo( dir ).isDir() )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::hydraulics", "%1: not a folder of SCADA files" ).arg( QDir::toNativeSeparators( dir ) );
      return false;
    }
    struct Kind
    {
      const char *name;
      ScadaTable *table;
      bool required;
    };
    const Kind kinds[] = { { "Pressures", &result.pressures, true },
                           { "Flows", &result.flows, true },
                           { "Levels", &result.levels, true },
                           { "Demands", &result.demands, false },
                           { "Leakages", &result.leakages, false } };
    for ( const Kind &kind : kinds )
    {
      if ( !withDemands && qstrcmp( kind.name, "Demands" ) == 0 )
        continue;
      const QString path = findScadaFile( dir, QLatin1String( kind.name ) );
      if ( path.isEmpty() )
      {
        if ( !kind.required )
          continue;
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate( "vigie::hydraulics", "%1: no %2 file (expected %2.csv, %2.csv.gz or YYYY_SCADA_%2.csv)" )
                  .arg( QDir::toNativeSeparators( dir ), QLatin1String( kind.name ) );
        return false;
      }
      QVector<qint64> stamps;
      if ( !readScadaTable( path, kind.table, &stamps, errorMessage ) )
        return false;
      if ( result.times.isEmpty() )
        result.times = stamps;
      else if ( stamps != result.times )
      {
        int row = 0;
        while ( row < stamps.size() && row < result.times.size() && stamps.at( row ) == result.times.at( row ) )
          ++row;
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate( "vigie::hydraulics",
                                           "%1:%2: column 1 (Timestamp): the rows do not match those of %3 (%4 rows here, %5 there)" )
                  .arg( QDir::toNativeSeparators( path ) )
                  .arg( row + 2 )
                  .arg( QDir::toNativeSeparators( result.pressures.fileName ) )
                  .arg( stamps.size() )
                  .arg( result.times.size() );
        return false;
      }
    }
    *this = std::move( result );
    return true;
  }
} // namespace vigie::hydraulics
