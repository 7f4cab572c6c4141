// SPDX-License-Identifier: GPL-2.0-or-later
#include "solar.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace vigie::lighting
{
  namespace
  {
    constexpr double kPi = 3.14159265358979323846;
    double rad( double deg ) { return deg * kPi / 180.0; }
    double deg( double rad ) { return rad * 180.0 / kPi; }

    //! The NOAA quantities of one instant (Julian century \a t since J2000.0).
    struct Sun
    {
      double declination = 0;    //!< degrees
      double equationOfTime = 0; //!< minutes
    };

    Sun sunAt( double t )
    {
      double l0 = std::fmod( 280.46646 + t * ( 36000.76983 + t * 0.0003032 ), 360.0 );
      if ( l0 < 0 )
        l0 += 360.0;
      const double m = 357.52911 + t * ( 35999.05029 - 0.0001537 * t );
      const double e = 0.016708634 - t * ( 0.000042037 + 0.0000001267 * t );
      const double mr = rad( m );
      const double center = std::sin( mr ) * ( 1.914602 - t * ( 0.004817 + 0.000014 * t ) ) + std::sin( 2 * mr ) * ( 0.019993 - 0.000101 * t ) +
                            std::sin( 3 * mr ) * 0.000289;
      const double trueLongitude = l0 + center;
      const double omega = 125.04 - 1934.136 * t;
      const double apparentLongitude = trueLongitude - 0.00569 - 0.00478 * std::sin( rad( omega ) );
      const double meanObliquity = 23.0 + ( 26.0 + ( 21.448 - t * ( 46.815 + t * ( 0.00059 - t * 0.001813 ) ) ) / 60.0 ) / 60.0;
      const double obliquity = meanObliquity + 0.00256 * std::cos( rad( omega ) );
      Sun sun;
      sun.declination = deg( std::asin( std::sin( rad( obliquity ) ) * std::sin( rad( apparentLongitude ) ) ) );
      const double y = std::pow( std::tan( rad( obliquity ) / 2.0 ), 2 );
      const double l0r = rad( l0 );
      const double eot = y * std::sin( 2 * l0r ) - 2 * e * std::sin( mr ) + 4 * e * y * std::sin( mr ) * std::cos( 2 * l0r ) -
                         0.5 * y * y * std::sin( 4 * l0r ) - 1.25 * e * e * std::sin( 2 * mr );
      sun.equationOfTime = deg( eot ) * 4.0;
      return sun;
    }

    double century( double julianDay ) { return ( julianDay - 2451545.0 ) / 36525.0; }

    //! Minutes after 0h UTC of the event for the sun of Julian day \a jd; NaN when the sun does not cross the zenith.
    double eventMinutes( double jd, double latitude, double longitude, double zenith, bool rising )
    {
      const Sun sun = sunAt( century( jd ) );
      const double latr = rad( latitude );
      const double decr = rad( sun.declination );
      const double cosHa = std::cos( rad( zenith ) ) / ( std::cos( latr ) * std::cos( decr ) ) - std::tan( latr ) * std::tan( decr );
      if ( cosHa < -1.0 || cosHa > 1.0 )
        return std::nan( "" );
      double hourAngle = deg( std::acos( cosHa ) );
      if ( !rising )
        hourAngle = -hourAngle;
      return 720.0 - 4.0 * ( longitude + hourAngle ) - sun.equationOfTime;
    }
  } // namespace

  namespace solar
  {
    double julianDay( const QDateTime &utc )
    {
      return 2440587.5 + static_cast<double>( utc.toMSecsSinceEpoch() ) / 86400000.0;
    }

    bool eventUtc( const QDate &date, double latitude, double longitude, double zenith, bool rising, QDateTime *utc )
    {
      const QDateTime midnight( date, QTime( 0, 0 ), Qt::UTC );
      const double jd0 = julianDay( midnight );
      // two passes, as the NOAA calculator: the sun at the first estimate refines the time
      double minutes = eventMinutes( jd0, latitude, longitude, zenith, rising );
      if ( std::isnan( minutes ) )
        return false;
      minutes = eventMinutes( jd0 + minutes / 1440.0, latitude, longitude, zenith, rising );
      if ( std::isnan( minutes ) )
        return false;
      if ( utc )
        *utc = midnight.addMSecs( static_cast<qint64>( std::llround( minutes * 60000.0 ) ) );
      return true;
    }

    void position( const QDateTime &utc, double latitude, double longitude, double *elevation, double *azimuth )
    {
      const Sun sun = sunAt( century( julianDay( utc ) ) );
      const QDateTime u = utc.toUTC();
      const double minutes = u.time().msecsSinceStartOfDay() / 60000.0;
      double trueSolarTime = std::fmod( minutes + sun.equationOfTime + 4.0 * longitude, 1440.0 );
      if ( trueSolarTime < 0 )
        trueSolarTime += 1440.0;
      double hourAngle = trueSolarTime / 4.0 - 180.0;
      if ( hourAngle < -180.0 )
        hourAngle += 360.0;
      const double latr = rad( latitude );
      const double decr = rad( sun.declination );
      const double cosZenith = std::clamp( std::sin( latr ) * std::sin( decr ) + std::cos( latr ) * std::cos( decr ) * std::cos( rad( hourAngle ) ), -1.0, 1.0 );
      const double zenith = deg( std::acos( cosZenith ) );
      const double exo = 90.0 - zenith;
      double refraction = 0; // arc seconds
      if ( exo <= 85.0 )
      {
        const double te = std::tan( rad( exo ) );
        if ( exo > 5.0 )
          refraction = 58.1 / te - 0.07 / ( te * te * te ) + 0.000086 / std::pow( te, 5 );
        else if ( exo > -0.575 )
          refraction = 1735.0 + exo * ( -518.2 + exo * ( 103.4 + exo * ( -12.79 + exo * 0.711 ) ) );
        else
          refraction = -20.774 / te;
      }
      if ( elevation )
        *elevation = exo + refraction / 3600.0;
      if ( azimuth )
      {
        const double denominator = std::cos( latr ) * std::sin( rad( zenith ) );
        double az = 180.0;
        if ( std::fabs( denominator ) > 1e-9 )
        {
          const double c = std::clamp( ( std::sin( latr ) * cosZenith - std::sin( decr ) ) / denominator, -1.0, 1.0 );
          az = 180.0 - deg( std::acos( c ) );
          if ( hourAngle > 0 )
            az = -az;
        }
        if ( az < 0 )
          az += 360.0;
        *azimuth = az;
      }
    }
  } // namespace solar

  OperatingCalendar OperatingCalendar::compute( double latitude, double longitude, int year, const QByteArray &timeZone, double zenith,
                                                double offsetMinutes )
  {
    OperatingCalendar calendar;
    calendar.mYear = year;
    calendar.mTimeZone = timeZone;
    const QTimeZone zone( timeZone );
    const QDate first( year, 1, 1 );
    const int days = first.daysInYear();
    calendar.mOn.reserve( days );
    calendar.mOff.reserve( days );
    const qint64 offset = static_cast<qint64>( std::llround( offsetMinutes * 60 ) );
    for ( int d = 0; d < days; ++d )
    {
      // the night that starts on local day d: local noon to the next local noon
      const QDate day = first.addDays( d );
      const qint64 noon = QDateTime( day, QTime( 12, 0 ), zone.isValid() ? zone : QTimeZone::utc() ).toSecsSinceEpoch();
      const qint64 nextNoon = QDateTime( day.addDays( 1 ), QTime( 12, 0 ), zone.isValid() ? zone : QTimeZone::utc() ).toSecsSinceEpoch();
      // the UTC days around it hold its sunset and the next sunrise
      qint64 on = noon, off = noon; // no event: no darkness (polar day) unless proven otherwise
      QDateTime event;
      bool haveOn = false, haveOff = false;
      for ( int k = -1; k <= 1 && !haveOn; ++k )
      {
        const QDate utcDay = QDateTime::fromSecsSinceEpoch( noon, Qt::UTC ).date().addDays( k );
        if ( solar::eventUtc( utcDay, latitude, longitude, zenith, false, &event ) && event.toSecsSinceEpoch() >= noon &&
             event.toSecsSinceEpoch() < nextNoon )
        {
          on = event.toSecsSinceEpoch();
          haveOn = true;
        }
      }
      for ( int k = 0; k <= 2 && !haveOff; ++k )
      {
        const QDate utcDay = QDateTime::fromSecsSinceEpoch( noon, Qt::UTC ).date().addDays( k );
        if ( solar::eventUtc( utcDay, latitude, longitude, zenith, true, &event ) && event.toSecsSinceEpoch() > on &&
             event.toSecsSinceEpoch() <= nextNoon )
        {
          off = event.toSecsSinceEpoch();
          haveOff = true;
        }
      }
      if ( !haveOn || !haveOff )
      {
        // polar night (sun below the zenith at noon): lit all along; polar day: never
        double elevation = 0;
        solar::position( QDateTime::fromSecsSinceEpoch( noon, Qt::UTC ), latitude, longitude, &elevation );
        const bool dark = 90.0 - elevation > zenith;
        on = dark ? noon : ( haveOn ? on : noon );
        off = dark ? nextNoon : ( haveOff ? off : on );
        if ( !dark && !( haveOn && haveOff ) )
          off = on;
      }
      on += offset;
      off -= offset;
      if ( off < on )
        off = on;
      calendar.mOn.append( on );
      calendar.mOff.append( off );
    }
    return calendar;
  }

  double OperatingCalendar::yearlyHours() const
  {
    double seconds = 0;
    for ( int i = 0; i < mOn.size(); ++i )
      seconds += static_cast<double>( mOff.at( i ) - mOn.at( i ) );
    return seconds / 3600.0;
  }

  QVector<double> OperatingCalendar::bandHours( const QVector<int> &boundaries ) const
  {
    QVector<double> hours( std::max<int>( 0, boundaries.size() - 1 ), 0.0 );
    if ( boundaries.size() < 2 )
      return hours;
    const QTimeZone zone( mTimeZone );
    const QTimeZone used = zone.isValid() ? zone : QTimeZone::utc();
    const QDate first( mYear, 1, 1 );
    QVector<qint64> edges( boundaries.size() );
    for ( int d = 0; d < mOn.size(); ++d )
    {
      const QDate day = first.addDays( d );
      for ( int b = 0; b < boundaries.size(); ++b )
      {
        const int minutes = 720 + boundaries.at( b ); // minutes after local midnight of day d
        const QDate date = day.addDays( minutes / 1440 );
        const int m = minutes % 1440;
        edges[b] = QDateTime( date, QTime( m / 60, m % 60 ), used ).toSecsSinceEpoch();
      }
      const qint64 on = mOn.at( d ), off = mOff.at( d );
      for ( int b = 0; b + 1 < edges.size(); ++b )
      {
        const qint64 start = std::max( on, edges.at( b ) );
        const qint64 end = std::min( off, edges.at( b + 1 ) );
        if ( end > start )
          hours[b] += static_cast<double>( end - start ) / 3600.0;
      }
    }
    return hours;
  }
} // namespace vigie::lighting
