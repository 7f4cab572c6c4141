// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTING_SOLAR_H
#define VIGIE_LIGHTING_SOLAR_H

#include "vigie_lighting_export.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QVector>

namespace vigie::lighting
{
  /**
   * \brief Sun position and rise/set times with the NOAA solar calculator algorithm
   * (https://gml.noaa.gov/grad/solcalc/calcdetails.html, after Meeus, Astronomical
   * Algorithms): about one minute of accuracy between ±72° of latitude.
   * Latitude north positive, longitude EAST positive (degrees).
   */
  namespace solar
  {
    //! Zenith of the official sunrise/sunset (refraction and the sun's radius).
    constexpr double kOfficialZenith = 90.833;
    //! Julian day of \a utc.
    VIGIE_LIGHTING_EXPORT double julianDay( const QDateTime &utc );
    /**
     * UTC time on \a date (a UTC calendar day) when the sun's centre crosses \a zenith
     * degrees, rising or setting. False when it does not on that day (polar day or night).
     * Civil, nautical and astronomical twilight: zenith 96, 102, 108.
     */
    VIGIE_LIGHTING_EXPORT bool eventUtc( const QDate &date, double latitude, double longitude, double zenith, bool rising, QDateTime *utc );
    //! Solar elevation (degrees, with the NOAA refraction correction) and azimuth (degrees from north, clockwise).
    VIGIE_LIGHTING_EXPORT void position( const QDateTime &utc, double latitude, double longitude, double *elevation, double *azimuth = nullptr );
  } // namespace solar

  /**
   * \brief When the lights are on over one year, night by night: on at sunset + offset, off
   * at the next sunrise − offset (what the astronomical clock of a French lighting cabinet
   * does), and how many of those hours fall in given bands of local clock time.
   */
  class VIGIE_LIGHTING_EXPORT OperatingCalendar
  {
  public:
    /**
     * Nights starting on each day of \a year at the position, with local clock times in the
     * IANA zone \a timeZone ("Europe/Paris"). \a zenith: switching zenith (90.833 = sunset).
     * \a offsetMinutes: on that long after sunset, off that long before sunrise.
     */
    static OperatingCalendar compute( double latitude, double longitude, int year, const QByteArray &timeZone = QByteArrayLiteral( "Europe/Paris" ),
                                      double zenith = solar::kOfficialZenith, double offsetMinutes = 0 );

    int year() const { return mYear; }
    int nightCount() const { return mOn.size(); }
    //! Lit hours over the year.
    double yearlyHours() const;
    /**
     * Lit hours per year in each band of local clock time. \a boundaries are minutes after
     * 12:00 (0..1440, increasing): band i runs from boundaries[i] to boundaries[i + 1],
     * so {0, 600, 1440} is 12:00-22:00 and 22:00-12:00.
     */
    QVector<double> bandHours( const QVector<int> &boundaries ) const;
    //! Switch-on and switch-off of night \a index (UTC, seconds since the epoch).
    qint64 switchOn( int index ) const { return mOn.at( index ); }
    qint64 switchOff( int index ) const { return mOff.at( index ); }

  private:
    int mYear = 0;
    QByteArray mTimeZone;
    QVector<qint64> mOn;
    QVector<qint64> mOff;
  };
} // namespace vigie::lighting

#endif
