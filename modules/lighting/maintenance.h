// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTING_MAINTENANCE_H
#define VIGIE_LIGHTING_MAINTENANCE_H

#include "inventory.h"
#include "vigie_lighting_export.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVector>

#include <limits>

namespace vigie::lighting
{
  /**
   * \brief One telemetry sample of a luminaire controller (LoRaWAN LCU metering/status
   * packet, FIWARE Streetlight powerConsumption/status/burningHours). NaN / -1 = not reported.
   */
  struct VIGIE_LIGHTING_EXPORT TelemetrySample
  {
    QString lampId; //!< the luminaire's support id
    QDateTime time; //!< UTC
    double powerW = std::numeric_limits<double>::quiet_NaN();
    double currentA = std::numeric_limits<double>::quiet_NaN();
    int status = -1;          //!< 1 lamp on, 0 off, 2 lamp or driver failure reported
    double burningHours = std::numeric_limits<double>::quiet_NaN();
    double level = std::numeric_limits<double>::quiet_NaN(); //!< commanded dimming level 0..1
  };

  enum class MaintenanceIssue
  {
    Failed,        //!< dark at night, or the controller reports a lamp failure
    BurningByDay,  //!< lit while the sun is up
    Drifting,      //!< power or current trending away from the rated value
    EndOfLife      //!< burning hours near the rated life
  };
  VIGIE_LIGHTING_EXPORT QString maintenanceIssueName( MaintenanceIssue issue );

  struct VIGIE_LIGHTING_EXPORT MaintenanceItem
  {
    QString lampId;
    QString cabinet;
    MaintenanceIssue issue = MaintenanceIssue::Failed;
    double urgency = 0; //!< 0..100, higher first
    QString reason;
  };

  struct VIGIE_LIGHTING_EXPORT GroupRelamping
  {
    QString cabinet;
    int lamps = 0;        //!< lamps with known burning hours in the cabinet
    int worn = 0;         //!< of which past the worn threshold
    double meanLifeUsed = 0;
    QString reason;
  };

  struct VIGIE_LIGHTING_EXPORT MaintenanceParameters
  {
    double failedPowerShare = 0.10;  //!< below this share of the expected power at night: failed
    double dayPowerShare = 0.20;     //!< above this share by day: burning by day
    double dayElevation = 3.0;       //!< sun at least this high (degrees): day
    double nightElevation = -3.0;    //!< sun at most this high: night
    double driftThreshold = 0.10;    //!< relative change of normalised power over the samples
    double failureDeviation = 0.25;  //!< normalised deviation at which a drifting lamp is expected to fail
    double endOfLifeShare = 0.90;    //!< of the rated life: end of life
    double wornShare = 0.70;         //!< of the rated life: worn, for group re-lamping
    double groupShare = 0.50;        //!< share of worn lamps in a cabinet that makes a group re-lamping worth it
  };

  struct VIGIE_LIGHTING_EXPORT MaintenanceReport
  {
    QList<MaintenanceItem> items; //!< ranked by urgency
    QList<GroupRelamping> groups; //!< ranked by share of worn lamps
    int lampsWithTelemetry = 0;
    int unknownLamps = 0; //!< samples naming no luminaire of the inventory
  };

  /**
   * \brief Failure anticipation from telemetry: failed lamps (dark at night or a failure
   * status), lamps burning by day (sun position from solar.h at the inventory's position),
   * lamps drifting toward failure (least-squares trend of night power — or current × 230 V —
   * normalised by rated power and commanded level; urgency rises as the projected time to a
   * 25 % deviation shortens), lamps near their rated burning hours; group re-lamping of
   * cabinets where most discharge lamps are worn.
   */
  VIGIE_LIGHTING_EXPORT MaintenanceReport analyseTelemetry( const Inventory &inventory, const QList<TelemetrySample> &samples,
                                                            const MaintenanceParameters &parameters = MaintenanceParameters() );

  /**
   * Telemetry of a territory: the feeds_observations table (sensor, t, value) when present,
   * sensors named "<support id>/<quantity>" with quantity power, current, status,
   * burning_hours or level. An empty list (and true) when the territory has no such table.
   */
  VIGIE_LIGHTING_EXPORT bool readTerritoryTelemetry( const QString &territoryPath, QList<TelemetrySample> *samples, QString *errorMessage );
  /**
   * Telemetry from a CSV file with the header lamp_id,time,power_w,current_a,status,burning_hours,level
   * (time in ISO 8601 UTC; empty cells = not reported). Errors name the line and column.
   */
  VIGIE_LIGHTING_EXPORT bool readTelemetryCsv( const QString &path, QList<TelemetrySample> *samples, QString *errorMessage );
} // namespace vigie::lighting

#endif
