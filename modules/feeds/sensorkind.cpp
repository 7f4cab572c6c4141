// SPDX-License-Identifier: GPL-2.0-or-later
#include "sensorkind.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <limits>

namespace vigie::feeds
{
  namespace
  {
    //! 1 Pa expressed in metres of water column (ρ = 1000 kg/m³, g = 9.80665 m/s²).
    constexpr double kMetreOfWaterPerPascal = 1.0 / 9806.65;

    struct UnitDefinition
    {
      SensorKind kind;
      const char *key; //!< normalised spelling (see normalizedUnitKey)
      double factor;   //!< canonical = value * factor + offset
      double offset;
    };

    // clang-format off
    const UnitDefinition kUnits[] = {
      { SensorKind::Pressure, "m", 1, 0 },
      { SensorKind::Pressure, "mh2o", 1, 0 },
      { SensorKind::Pressure, "mwc", 1, 0 },
      { SensorKind::Pressure, "mce", 1, 0 },
      { SensorKind::Pressure, "bar", 100000 * kMetreOfWaterPerPascal, 0 },
      { SensorKind::Pressure, "mbar", 100 * kMetreOfWaterPerPascal, 0 },
      { SensorKind::Pressure, "kpa", 1000 * kMetreOfWaterPerPascal, 0 },
      { SensorKind::Pressure, "pa", kMetreOfWaterPerPascal, 0 },
      { SensorKind::Pressure, "psi", 6894.757293168361 * kMetreOfWaterPerPascal, 0 },
      { SensorKind::Flow, "m3/h", 1, 0 },
      { SensorKind::Flow, "m3/s", 3600, 0 },
      { SensorKind::Flow, "m3/d", 1.0 / 24, 0 },
      { SensorKind::Flow, "l/s", 3.6, 0 },
      { SensorKind::Flow, "l/min", 0.06, 0 },
      { SensorKind::Flow, "l/h", 0.001, 0 },
      { SensorKind::Flow, "gpm", 3.785411784 * 60 / 1000, 0 }, // US gallon per minute
      { SensorKind::Level, "m", 1, 0 },
      { SensorKind::Level, "cm", 0.01, 0 },
      { SensorKind::Level, "mm", 0.001, 0 },
      { SensorKind::Power, "w", 1, 0 },
      { SensorKind::Power, "kw", 1000, 0 },
      { SensorKind::Energy, "kwh", 1, 0 },
      { SensorKind::Energy, "wh", 0.001, 0 },
      { SensorKind::Energy, "mwh", 1000, 0 },
      { SensorKind::Fill, "%", 1, 0 },
      { SensorKind::Fill, "percent", 1, 0 },
      { SensorKind::Fill, "ratio", 100, 0 },
      { SensorKind::Fill, "fraction", 100, 0 },
      { SensorKind::Temperature, "c", 1, 0 },
      { SensorKind::Temperature, "degc", 1, 0 },
      { SensorKind::Temperature, "celsius", 1, 0 },
      { SensorKind::Temperature, "f", 5.0 / 9.0, -32.0 * 5.0 / 9.0 },
      { SensorKind::Temperature, "degf", 5.0 / 9.0, -32.0 * 5.0 / 9.0 },
      { SensorKind::Temperature, "fahrenheit", 5.0 / 9.0, -32.0 * 5.0 / 9.0 },
      { SensorKind::Temperature, "k", 1, -273.15 },
      { SensorKind::Temperature, "kelvin", 1, -273.15 },
      { SensorKind::Volume, "m3", 1, 0 },
      { SensorKind::Volume, "l", 0.001, 0 },
      { SensorKind::Voltage, "v", 1, 0 },
      { SensorKind::Voltage, "mv", 0.001, 0 },
      { SensorKind::Current, "a", 1, 0 },
      { SensorKind::Current, "ma", 0.001, 0 },
    };
    // clang-format on

    //! Lower case, no spaces, "³" → "3", "°" dropped, "litre(s)" → "l", "m^3" → "m3".
    QString normalizedUnitKey( const QString &unit )
    {
      QString key = unit.trimmed().toLower();
      key.remove( QLatin1Char( ' ' ) );
      key.replace( QChar( 0x00B3 ), QLatin1Char( '3' ) );
      key.replace( QStringLiteral( "^3" ), QStringLiteral( "3" ) );
      key.remove( QChar( 0x00B0 ) );
      key.replace( QStringLiteral( "litres" ), QStringLiteral( "l" ) );
      key.replace( QStringLiteral( "litre" ), QStringLiteral( "l" ) );
      key.replace( QStringLiteral( "liters" ), QStringLiteral( "l" ) );
      key.replace( QStringLiteral( "liter" ), QStringLiteral( "l" ) );
      return key;
    }
  } // namespace

  QList<SensorKind> sensorKinds()
  {
    return { SensorKind::Pressure, SensorKind::Flow,        SensorKind::Level,  SensorKind::Power,   SensorKind::Energy,
             SensorKind::Fill,     SensorKind::Temperature, SensorKind::Volume, SensorKind::Voltage, SensorKind::Current };
  }

  QString sensorKindName( SensorKind kind )
  {
    switch ( kind )
    {
    case SensorKind::Pressure:
      return QStringLiteral( "pressure" );
    case SensorKind::Flow:
      return QStringLiteral( "flow" );
    case SensorKind::Level:
      return QStringLiteral( "level" );
    case SensorKind::Power:
      return QStringLiteral( "power" );
    case SensorKind::Energy:
      return QStringLiteral( "energy" );
    case SensorKind::Fill:
      return QStringLiteral( "fill" );
    case SensorKind::Temperature:
      return QStringLiteral( "temperature" );
    case SensorKind::Volume:
      return QStringLiteral( "volume" );
    case SensorKind::Voltage:
      return QStringLiteral( "voltage" );
    case SensorKind::Current:
      return QStringLiteral( "current" );
    case SensorKind::Unknown:
      break;
    }
    return QStringLiteral( "unknown" );
  }

  SensorKind sensorKindFromName( const QString &name )
  {
    const QString key = name.trimmed().toLower();
    const QList<SensorKind> kinds = sensorKinds();
    for ( const SensorKind kind : kinds )
    {
      if ( sensorKindName( kind ) == key )
        return kind;
    }
    return SensorKind::Unknown;
  }

  QString canonicalUnit( SensorKind kind )
  {
    switch ( kind )
    {
    case SensorKind::Pressure:
    case SensorKind::Level:
      return QStringLiteral( "m" );
    case SensorKind::Flow:
      return QStringLiteral( "m\u00B3/h" );
    case SensorKind::Power:
      return QStringLiteral( "W" );
    case SensorKind::Energy:
      return QStringLiteral( "kWh" );
    case SensorKind::Fill:
      return QStringLiteral( "%" );
    case SensorKind::Temperature:
      return QStringLiteral( "\u00B0C" );
    case SensorKind::Volume:
      return QStringLiteral( "m\u00B3" );
    case SensorKind::Voltage:
      return QStringLiteral( "V" );
    case SensorKind::Current:
      return QStringLiteral( "A" );
    case SensorKind::Unknown:
      break;
    }
    return QString();
  }

  ValueRange plausibleRange( SensorKind kind )
  {
    constexpr double inf = std::numeric_limits<double>::infinity();
    switch ( kind )
    {
    case SensorKind::Pressure:
      return { -10.4, 1000 }; // a vacuum cannot go below about -10.33 m of water
    case SensorKind::Fill:
      return { 0, 100 };
    case SensorKind::Temperature:
      return { -60, 150 };
    case SensorKind::Level:
    case SensorKind::Power:
    case SensorKind::Energy:
    case SensorKind::Volume:
    case SensorKind::Voltage:
      return { 0, inf };
    case SensorKind::Flow: // reverse flow is real
    case SensorKind::Current:
    case SensorKind::Unknown:
      break;
    }
    return { -inf, inf };
  }

  QString unitFromUnCefactCode( const QString &code )
  {
    static const QHash<QString, QString> codes = {
        { QStringLiteral( "MTR" ), QStringLiteral( "m" ) },         { QStringLiteral( "CMT" ), QStringLiteral( "cm" ) },
        { QStringLiteral( "MMT" ), QStringLiteral( "mm" ) },        { QStringLiteral( "BAR" ), QStringLiteral( "bar" ) },
        { QStringLiteral( "MBR" ), QStringLiteral( "mbar" ) },      { QStringLiteral( "KPA" ), QStringLiteral( "kPa" ) },
        { QStringLiteral( "PAL" ), QStringLiteral( "Pa" ) },        { QStringLiteral( "PS" ), QStringLiteral( "psi" ) },
        { QStringLiteral( "MQH" ), QStringLiteral( "m\u00B3/h" ) }, { QStringLiteral( "MQS" ), QStringLiteral( "m\u00B3/s" ) },
        { QStringLiteral( "WTT" ), QStringLiteral( "W" ) },         { QStringLiteral( "KWT" ), QStringLiteral( "kW" ) },
        { QStringLiteral( "KWH" ), QStringLiteral( "kWh" ) },       { QStringLiteral( "WHR" ), QStringLiteral( "Wh" ) },
        { QStringLiteral( "MWH" ), QStringLiteral( "MWh" ) },       { QStringLiteral( "P1" ), QStringLiteral( "%" ) },
        { QStringLiteral( "C62" ), QStringLiteral( "ratio" ) },     { QStringLiteral( "CEL" ), QStringLiteral( "\u00B0C" ) },
        { QStringLiteral( "FAH" ), QStringLiteral( "\u00B0F" ) },   { QStringLiteral( "KEL" ), QStringLiteral( "K" ) },
        { QStringLiteral( "MTQ" ), QStringLiteral( "m\u00B3" ) },   { QStringLiteral( "LTR" ), QStringLiteral( "L" ) },
        { QStringLiteral( "VLT" ), QStringLiteral( "V" ) },         { QStringLiteral( "AMP" ), QStringLiteral( "A" ) },
    };
    return codes.value( code.trimmed() );
  }

  bool convertToCanonical( SensorKind kind, double value, const QString &unit, double *converted, QString *error )
  {
    if ( kind == SensorKind::Unknown )
    {
      if ( error )
        *error = QCoreApplication::translate( "vigie::feeds", "cannot convert to an unknown sensor kind" );
      return false;
    }
    if ( !std::isfinite( value ) )
    {
      if ( error )
        *error = QCoreApplication::translate( "vigie::feeds", "value %1 is not a finite number" ).arg( value );
      return false;
    }
    if ( unit.trimmed().isEmpty() )
    {
      *converted = value;
      return true;
    }
    const QString fromCode = unitFromUnCefactCode( unit );
    const QString key = normalizedUnitKey( fromCode.isEmpty() ? unit : fromCode );
    const UnitDefinition *other = nullptr;
    for ( const UnitDefinition &definition : kUnits )
    {
      if ( QLatin1String( definition.key ) != key )
        continue;
      if ( definition.kind == kind )
      {
        *converted = value * definition.factor + definition.offset;
        return true;
      }
      other = &definition;
    }
    if ( error )
    {
      if ( other )
        *error = QCoreApplication::translate( "vigie::feeds", "unit \"%1\" measures %2, not %3 (expected a unit convertible to %4)" )
                     .arg( unit, sensorKindName( other->kind ), sensorKindName( kind ), canonicalUnit( kind ) );
      else
        *error = QCoreApplication::translate( "vigie::feeds", "unknown unit \"%1\" for %2 (expected a unit convertible to %3)" )
                     .arg( unit, sensorKindName( kind ), canonicalUnit( kind ) );
    }
    return false;
  }

  bool canonicalConversion( SensorKind kind, const QString &unit, double *factor, double *offset )
  {
    if ( kind == SensorKind::Unknown )
      return false;
    if ( unit.trimmed().isEmpty() )
    {
      *factor = 1;
      *offset = 0;
      return true;
    }
    const QString fromCode = unitFromUnCefactCode( unit );
    const QString key = normalizedUnitKey( fromCode.isEmpty() ? unit : fromCode );
    for ( const UnitDefinition &definition : kUnits )
    {
      if ( definition.kind == kind && QLatin1String( definition.key ) == key )
      {
        *factor = definition.factor;
        *offset = definition.offset;
        return true;
      }
    }
    return false;
  }

  bool normalizeObservation( Observation &observation, SensorKind kind, QString *error )
  {
    double converted = 0;
    QString reason;
    if ( !convertToCanonical( kind, observation.value, observation.unit, &converted, &reason ) )
    {
      if ( error )
        *error = QCoreApplication::translate( "vigie::feeds", "sensor %1: %2" ).arg( observation.sensorId, reason );
      return false;
    }
    const QString unit = canonicalUnit( kind );
    if ( !observation.unit.trimmed().isEmpty() && observation.unit != unit )
      observation.flags |= Converted;
    observation.value = converted;
    observation.unit = unit;
    observation.quantity = sensorKindName( kind );
    const ValueRange range = plausibleRange( kind );
    if ( converted < range.minimum || converted > range.maximum )
      observation.flags |= OutOfRange;
    else
      observation.flags &= ~OutOfRange;
    return true;
  }
} // namespace vigie::feeds
