// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTING_INVENTORY_H
#define VIGIE_LIGHTING_INVENTORY_H

#include "en13201.h"
#include "vigie_lighting_export.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace vigie::lighting
{
  enum class Technology
  {
    Hps,         //!< high-pressure sodium
    MetalHalide, //!< "MH"
    Mercury,
    Fluorescent,
    Led
  };
  //! "HPS", "MH", "mercury", "fluorescent", "LED" (as in the lighting layer; case-insensitive, a few synonyms).
  VIGIE_LIGHTING_EXPORT bool parseTechnology( const QString &text, Technology *technology );
  VIGIE_LIGHTING_EXPORT QString technologyName( Technology technology );
  //! Luminous efficacy of the lamp (lm/W), used to weigh luminaires' light on a street.
  VIGIE_LIGHTING_EXPORT double lampEfficacy( Technology technology );
  /**
   * Downward light output ratio of the installed luminaires of a technology: the share of
   * the lamp's flux that leaves the luminaire toward the ground (lamp flux figures are bare
   * lamps, LED figures are already luminaire lumens, hence 1 for LED). Without it a new LED
   * luminaire (140 luminaire lm/W) would be compared with a bare discharge lamp.
   */
  VIGIE_LIGHTING_EXPORT double downwardOutputRatio( Technology technology );
  //! Rated lamp life in burning hours (to 50 % failures for discharge lamps, L80 for LED).
  VIGIE_LIGHTING_EXPORT double ratedLifeHours( Technology technology );

  enum class Control
  {
    None,
    Dali,
    OneToTenVolt
  };
  //! "none", "DALI", "1-10V" (empty = none).
  VIGIE_LIGHTING_EXPORT bool parseControl( const QString &text, Control *control );
  VIGIE_LIGHTING_EXPORT QString controlName( Control control );

  struct VIGIE_LIGHTING_EXPORT Luminaire
  {
    QString id; //!< support id, else "fid N"
    qint64 fid = -1;
    QPointF position;
    Technology technology = Technology::Hps;
    double powerW = 0;       //!< lamp power
    double driverLossW = 0;  //!< ballast or driver loss
    double heightM = 0;
    Control control = Control::None;
    int yearInstalled = 0;
    QString cabinet; //!< empty when not known
    int circuit = 0;
    int segment = -1; //!< index in Inventory::segments, -1 when linked to no street

    bool dimmable() const { return control != Control::None; }
    double systemPowerW() const { return powerW + driverLossW; }
    //! Light sent toward the ground at full power (lm): lamp flux × downward output ratio.
    double flux() const { return powerW * lampEfficacy( technology ) * downwardOutputRatio( technology ); }
    //! Lowest dimming level of the control gear (share of full flux).
    double minimumLevel() const;
    //! Share of the full system power still drawn when the flux tends to zero (discharge lamps draw more than their flux share).
    double powerFloor() const;
  };

  //! A street segment of the territory with what class selection needs.
  struct VIGIE_LIGHTING_EXPORT RoadSegment
  {
    QString id;
    QString name;
    QString roadType; //!< French type of way ("RUE", "AV", ...)
    RoadCategory category = RoadCategory::Street;
    double speedKmh = 50;
    double dailyTraffic = 0;
    bool measuredTraffic = false;   //!< from a traffic count linked to the street
    QVector<double> hourlyTraffic;  //!< 24 values, vehicles per hour
    bool classOverride = false;     //!< class set by the user (field lighting_class) instead of selected
    LightingClass overrideClass;
    QVector<QVector<QPointF>> parts;
  };

  struct VIGIE_LIGHTING_EXPORT Inventory
  {
    QString name;
    double latitude = 43.61; //!< position for the sun (WGS 84)
    double longitude = 3.88;
    QVector<Luminaire> luminaires;
    QVector<RoadSegment> segments;
    QStringList cabinets;
    int linkedByStreetId = 0; //!< luminaires whose street_id names a street
    int linkedByDistance = 0; //!< luminaires linked to the nearest street within the distance
    int unlinked = 0;

    /**
     * Links every luminaire without a segment to the nearest segment (distance to its
     * polyline) within \a maxDistance metres, through a uniform grid; counts the result.
     */
    void linkNearest( double maxDistance = 50.0 );
    //! Fills hourlyTraffic of segments that have none, from dailyTraffic or the category default.
    void completeTraffic();
  };

  struct LoadOptions
  {
    double maxLinkDistance = 50.0; //!< metres
  };

  /**
   * \brief Reads a territory GeoPackage (read-only, through GDAL): lighting_luminaires,
   * lighting_cabinets and territory_streets. Every luminaire must have a known technology
   * and a lamp power > 0; a street's optional lighting_class must be an EN 13201 class.
   * On bad input: false and a message naming the layer, feature, asset and field.
   * Linking rule: a luminaire's street_id when it names a street of the territory, else
   * the nearest street segment within LoadOptions::maxLinkDistance, else none (the
   * luminaire then keeps its full-power schedule and is left out of the compliance table).
   */
  VIGIE_LIGHTING_EXPORT bool loadInventory( const QString &territoryPath, Inventory *inventory, QString *errorMessage,
                                            const LoadOptions &options = LoadOptions() );

  /**
   * A generated inventory of about \a luminaires points (département-scale benchmarks and
   * property tests): streets of every category on a grid, 30-60 luminaires per cabinet,
   * technology mix of French municipal stock. Deterministic for a seed.
   */
  VIGIE_LIGHTING_EXPORT Inventory syntheticInventory( int luminaires, quint64 seed );
} // namespace vigie::lighting

#endif
