// SPDX-License-Identifier: GPL-2.0-or-later
#include "leakscore.h"

#include "waternetworkgraph.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace vigie::hydraulics
{
  namespace
  {

    bool readLines( const QString &path, QStringList *lines, QString *errorMessage )
    {
      QByteArray data;
      if ( !readMaybeGzip( path, &data, errorMessage ) )
        return false;
      *lines = QString::fromUtf8( data ).split( QLatin1Char( '\n' ) );
      return true;
    }

    QStringList splitFields( const QString &line )
    {
      QStringList fields = line.split( line.contains( QLatin1Char( ';' ) ) ? QLatin1Char( ';' ) : QLatin1Char( ',' ) );
      for ( QString &f : fields )
      {
        f = f.trimmed();
        if ( f.size() >= 2 && f.startsWith( QLatin1Char( '"' ) ) && f.endsWith( QLatin1Char( '"' ) ) )
          f = f.mid( 1, f.size() - 2 ).trimmed();
      }
      return fields;
    }

    bool parseTime( const QString &text, qint64 *seconds )
    {
      const QByteArray utf8 = text.toUtf8();
      return parseScadaTime( utf8.constData(), utf8.constData() + utf8.size(), seconds );
    }
  } // namespace

  bool readLeakReports( const QString &path, QVector<LeakReport> *reports, QString *errorMessage )
  {
    QStringList lines;
    if ( !readLines( path, &lines, errorMessage ) )
      return false;
    QVector<LeakReport> result;
    for ( int i = 0; i < lines.size(); ++i )
    {
      const QString line = lines.at( i ).trimmed();
      if ( line.isEmpty() || line.startsWith( QLatin1Char( '#' ) ) )
        continue;
      const QStringList fields = splitFields( line );
      auto fail = [&]( int column, const QString &reason )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::hydraulics", "%1:%2: column %3: %4" )
                              .arg( QDir::toNativeSeparators( path ) )
                              .arg( i + 1 )
                              .arg( column )
                              .arg( reason );
        return false;
      };
      if ( fields.size() < 2 )
        return fail( 2, QCoreApplication::translate( "vigie::hydraulics", "expected \"pipe_id, YYYY-MM-DD HH:MM\"" ) );
      qint64 t = 0;
      if ( !parseTime( fields.at( 1 ), &t ) )
      {
        if ( result.isEmpty() && i == 0 )
          continue; // header line
        return fail( 2, QCoreApplication::translate( "vigie::hydraulics", "\"%1\" is not a time YYYY-MM-DD HH:MM" ).arg( fields.at( 1 ) ) );
      }
      if ( fields.at( 0 ).isEmpty() )
        return fail( 1, QCoreApplication::translate( "vigie::hydraulics", "empty pipe id" ) );
      result.append( { fields.at( 0 ), t } );
    }
    *reports = result;
    return true;
  }

  bool writeLeakReports( const QString &path, const QVector<LeakReport> &reports, QString *errorMessage )
  {
    QSaveFile file( path );
    if ( !file.open( QIODevice::WriteOnly ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::hydraulics", "%1: cannot write: %2" )
                            .arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    QTextStream out( &file );
    for ( const LeakReport &r : reports )
      out << r.pipe << ", " << formatScadaTime( r.time ) << '\n';
    out.flush();
    if ( !file.commit() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::hydraulics", "%1: cannot write: %2" )
                            .arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    return true;
  }

  bool readKnownLeaks( const QString &path, QVector<KnownLeak> *leaks, QString *errorMessage )
  {
    QStringList lines;
    if ( !readLines( path, &lines, errorMessage ) )
      return false;
    QVector<KnownLeak> result;
    QStringList header;
    for ( int i = 0; i < lines.size(); ++i )
    {
      const QString line = lines.at( i ).trimmed();
      if ( line.isEmpty() || line.startsWith( QLatin1Char( '#' ) ) )
        continue;
      const QStringList fields = splitFields( line );
      auto fail = [&]( int column, const QString &reason )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::hydraulics", "%1:%2: column %3: %4" )
                              .arg( QDir::toNativeSeparators( path ) )
                              .arg( i + 1 )
                              .arg( column )
                              .arg( reason );
        return false;
      };
      if ( header.isEmpty() )
      {
        header = fields;
        if ( fields.size() < 3 )
          return fail( fields.size() + 1,
                       QCoreApplication::translate( "vigie::hydraulics", "the header needs at least link_id,start_time,end_time" ) );
        continue;
      }
      if ( fields.size() < 3 )
        return fail( fields.size() + 1,
                     QCoreApplication::translate( "vigie::hydraulics", "missing value (%1 columns expected)" ).arg( header.size() ) );
      KnownLeak leak;
      leak.pipe = fields.at( 0 );
      if ( !parseTime( fields.at( 1 ), &leak.start ) )
        return fail( 2, QCoreApplication::translate( "vigie::hydraulics", "\"%1\" is not a time YYYY-MM-DD HH:MM" ).arg( fields.at( 1 ) ) );
      if ( !parseTime( fields.at( 2 ), &leak.end ) )
        return fail( 3, QCoreApplication::translate( "vigie::hydraulics", "\"%1\" is not a time YYYY-MM-DD HH:MM" ).arg( fields.at( 2 ) ) );
      if ( leak.end < leak.start )
        return fail( 3, QCoreApplication::translate( "vigie::hydraulics", "the end is before the start" ) );
      if ( fields.size() > 3 && !fields.at( 3 ).isEmpty() )
      {
        bool ok = false;
        leak.diameter = fields.at( 3 ).toDouble( &ok );
        if ( !ok || leak.diameter < 0 )
          return fail( 4, QCoreApplication::translate( "vigie::hydraulics", "\"%1\" is not a diameter in metres" ).arg( fields.at( 3 ) ) );
      }
      if ( fields.size() > 4 )
        leak.type = fields.at( 4 ).toLower();
      leak.peak = leak.start;
      if ( fields.size() > 5 && !fields.at( 5 ).isEmpty() && !parseTime( fields.at( 5 ), &leak.peak ) )
        return fail( 6, QCoreApplication::translate( "vigie::hydraulics", "\"%1\" is not a time YYYY-MM-DD HH:MM" ).arg( fields.at( 5 ) ) );
      result.append( leak );
    }
    *leaks = result;
    return true;
  }

  LeakScorer::LeakScorer( const Network &network ) : mNetwork( network ) {}

  void LeakScorer::setLeakages( const ScadaTable &leakages, const QVector<qint64> &times )
  {
    mLeakages = leakages;
    mTimes = times;
  }

  double LeakScorer::volume( const KnownLeak &leak, qint64 from, qint64 to ) const
  {
    from = std::max( from, leak.start );
    to = std::min( to, leak.end + 300 ); // the end sample counts as one 5-minute step
    if ( to <= from )
      return 0;
    const int column = mLeakages.column( leak.pipe );
    if ( column >= 0 && !mTimes.isEmpty() )
    {
      double total = 0;
      const auto first = std::lower_bound( mTimes.cbegin(), mTimes.cend(), from );
      for ( auto it = first; it != mTimes.cend() && *it < to; ++it )
      {
        const int row = static_cast<int>( it - mTimes.cbegin() );
        const qint64 next = row + 1 < mTimes.size() ? mTimes.at( row + 1 ) : *it + 300;
        total += mLeakages.value( row, column ) * ( std::min( next, to ) - *it ) / 3600.0;
      }
      return total;
    }
    // orifice law at a nominal pressure; incipient leaks grow linearly in diameter to the peak
    const double fullFlow =
        0.75 * 3.14159265358979 * std::pow( leak.diameter / 2, 2 ) * std::sqrt( 2 * 9.80665 * mPressure ) * 3600; // m³/h
    double total = 0;
    const qint64 step = 300;
    for ( qint64 t = from; t < to; t += step )
    {
      double f = 1;
      if ( leak.type == QLatin1String( "incipient" ) && leak.peak > leak.start && t < leak.peak )
        f = std::pow( double( t - leak.start ) / double( leak.peak - leak.start ), 2 );
      total += fullFlow * f * std::min( step, to - t ) / 3600.0;
    }
    return total;
  }

  bool LeakScorer::score( const QVector<LeakReport> &reports, const QVector<KnownLeak> &truth, qint64 yearStart, qint64 yearEnd,
                          LeakScore *result, QString *errorMessage ) const
  {
    const PipeDistance distances( mNetwork );
    LeakScore out;
    QVector<KnownLeak> scored;
    for ( const KnownLeak &leak : truth )
    {
      if ( !distances.hasPipe( leak.pipe ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::hydraulics", "truth: pipe \"%1\" is not in the network" ).arg( leak.pipe );
        return false;
      }
      if ( leak.end >= yearStart && leak.start < yearEnd )
        scored.append( leak );
    }
    QVector<LeakReport> sorted;
    for ( const LeakReport &r : reports )
    {
      if ( r.time >= yearStart && r.time < yearEnd )
        sorted.append( r );
    }
    std::stable_sort( sorted.begin(), sorted.end(), []( const LeakReport &a, const LeakReport &b ) { return a.time < b.time; } );
    for ( const KnownLeak &leak : std::as_const( scored ) )
    {
      ScoredLeak s;
      s.pipe = leak.pipe;
      s.start = leak.start;
      s.fullVolume = volume( leak, std::max( leak.start, yearStart ), yearEnd );
      out.perfectScore += kWaterPrice * s.fullVolume;
      out.leaks.append( s );
    }
    for ( const LeakReport &r : std::as_const( sorted ) )
    {
      int best = -1;
      double bestDistance = 0;
      bool matchedDetected = false;
      for ( int i = 0; i < scored.size(); ++i )
      {
        const KnownLeak &leak = scored.at( i );
        if ( r.time < leak.start || r.time > leak.end )
          continue;
        const double d = distances.distance( r.pipe, leak.pipe );
        if ( d < 0 || d > kMaxDistance )
          continue;
        if ( out.leaks.at( i ).reportedTime >= 0 )
        {
          matchedDetected = true;
          continue;
        }
        if ( best < 0 || d < bestDistance )
        {
          best = i;
          bestDistance = d;
        }
      }
      if ( best >= 0 )
      {
        ScoredLeak &s = out.leaks[best];
        s.reportedPipe = r.pipe;
        s.reportedTime = r.time;
        s.distance = bestDistance;
        s.volume = volume( scored.at( best ), r.time, yearEnd );
        s.reward = kWaterPrice * s.volume - bestDistance / kMaxDistance * kCrewCost;
        out.score += s.reward;
        ++out.truePositives;
      }
      else if ( matchedDetected )
        ++out.repeats;
      else
      {
        ++out.falsePositives;
        out.falseAlarms.append( r );
        out.score -= kCrewCost;
      }
    }
    out.falseNegatives = static_cast<int>( scored.size() ) - out.truePositives;
    *result = out;
    return true;
  }
} // namespace vigie::hydraulics
