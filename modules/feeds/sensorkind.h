// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_SENSORKIND_H
#define VIGIE_FEEDS_SENSORKIND_H

#include "observation.h"
#include "vigie_feeds_export.h"

#include <QString>
#include <QStringList>

namespace vigie::feeds
{
  //! What a sensor measures; each kind has one canonical unit that everything is stored in.
  enum class SensorKind
  {
    Unknown,
    Pressure,    //!< m (water column)
    Flow,        //!< m³/h
    Level,       //!< m
    Power,       //!< W
    Energy,      //!< kWh
    Fill,        //!< %
    Temperature, //!< °C
    Volume,      //!< m³
    Voltage,     //!< V
    Current,     //!< A
  };

  //! Every known kind, Unknown excluded.
  VIGIE_FEEDS_EXPORT QList<SensorKind> sensorKinds();

  //! Stable name used in files and feed configurations ("pressure", "flow", ...).
  VIGIE_FEEDS_EXPORT QString sensorKindName( SensorKind kind );

  //! Kind from its name (case-insensitive); Unknown when not a kind name.
  VIGIE_FEEDS_EXPORT SensorKind sensorKindFromName( const QString &name );

  //! Canonical unit of a kind ("m", "m³/h", "W", "kWh", "%", "°C", "m³", "V", "A").
  VIGIE_FEEDS_EXPORT QString canonicalUnit( SensorKind kind );

  //! Plausible range of a kind; values outside are flagged OutOfRange, not dropped.
  struct ValueRange
  {
    double minimum;
    double maximum;
  };
  VIGIE_FEEDS_EXPORT ValueRange plausibleRange( SensorKind kind );

  /**
   * \brief Unit symbol for a UN/CEFACT common code as used in NGSI-LD unitCode (MTR, BAR,
   * KWH, WTT, P1, CEL, ...); an empty string when the code is unknown.
   */
  VIGIE_FEEDS_EXPORT QString unitFromUnCefactCode( const QString &code );

  /**
   * \brief Converts \a value expressed in \a unit to the canonical unit of \a kind.
   * Units are matched case-insensitively with the usual spellings (m3/h, m³/h, L/s, degC,
   * °F, mH2O, ...) and UN/CEFACT codes. An empty unit means "already canonical".
   * Returns false with \a error naming the unit and the kind when the unit is unknown or
   * measures another quantity.
   */
  VIGIE_FEEDS_EXPORT bool convertToCanonical( SensorKind kind, double value, const QString &unit, double *converted,
                                              QString *error = nullptr );

  /**
   * \brief The conversion convertToCanonical() applies to \a unit for \a kind: canonical value =
   * value * factor + offset. False when the unit is unknown or measures another quantity (no message:
   * convertToCanonical() gives it). Lets a caller look a sensor's unit up once for many values.
   */
  VIGIE_FEEDS_EXPORT bool canonicalConversion( SensorKind kind, const QString &unit, double *factor, double *offset );

  /**
   * \brief Brings an observation to its sensor's kind on arrival: converts the value to the
   * canonical unit, sets unit and quantity, flags Converted / OutOfRange. Returns false (and
   * leaves \a observation unchanged) when the unit cannot be converted or the value is not finite.
   */
  VIGIE_FEEDS_EXPORT bool normalizeObservation( Observation &observation, SensorKind kind, QString *error = nullptr );
} // namespace vigie::feeds

#endif
