// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_OBSERVATION_H
#define VIGIE_FEEDS_OBSERVATION_H

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace vigie::feeds
{
  //! Quality flags set on arrival; stored with the value, never used to drop it.
  enum ObservationFlag
  {
    NoFlag = 0,
    OutOfRange = 1 << 0, //!< outside the plausible range of its sensor kind
    Converted = 1 << 1,  //!< value converted from the unit it arrived in
  };

  /**
   * \brief One measured value of one sensor at one time, as decoded from a feed.
   * A sensor is one time series: a device reporting several quantities gives several
   * sensor ids ("device/field"). (sensorId, time) is the identity used to store it once.
   */
  struct Observation
  {
    QString sensorId;
    QDateTime time; //!< UTC, millisecond precision
    double value = 0;
    QString unit;     //!< as received (decoders) or canonical (after SensorKind conversion)
    QString quantity; //!< kind name ("pressure", ...) once known; empty when the feed does not say
    int flags = NoFlag;

    bool operator==( const Observation &other ) const
    {
      return sensorId == other.sensorId && time == other.time && value == other.value && unit == other.unit && quantity == other.quantity &&
             flags == other.flags;
    }
  };
} // namespace vigie::feeds

Q_DECLARE_METATYPE( vigie::feeds::Observation )

#endif
