// SPDX-License-Identifier: GPL-2.0-or-later
#include "energyplugin.h"

#include "log.h"
#include "pluginutil.h"
#include "streetindex.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>

namespace vigie
{
  using namespace vigie::plugin;

  namespace
  {
    const QString kTopic = QStringLiteral( "energy" );

    //! A kind of public building of a French town and the ranges its generated figures take.
    struct Use
    {
      const char *value;  //!< "school": the value in the data
      const char *prefix; //!< French name prefix, completed with the street name
      int count;          //!< how many in the Montpellier demo
      double width[2];    //!< along the street (m)
      double depth[2];    //!< away from the street (m)
      int floors[2];
      int built[2];  //!< construction years
      bool mainRoad; //!< placed on an avenue or boulevard
    };
    const Use kUses[] = {
        { "town hall", "Hôtel de ville", 1, { 70, 80 }, { 40, 50 }, { 5, 6 }, { 2008, 2011 }, true },
        { "school", "Groupe scolaire", 14, { 40, 70 }, { 20, 35 }, { 1, 3 }, { 1955, 2015 }, false },
        { "nursery", "Crèche", 5, { 20, 30 }, { 15, 20 }, { 1, 1 }, { 1970, 2015 }, false },
        { "sports hall", "Gymnase", 6, { 40, 50 }, { 25, 35 }, { 1, 1 }, { 1965, 2010 }, false },
        { "swimming pool", "Piscine", 2, { 50, 60 }, { 30, 40 }, { 1, 1 }, { 1970, 2010 }, true },
        { "library", "Médiathèque", 4, { 25, 45 }, { 20, 30 }, { 2, 3 }, { 1975, 2015 }, false },
        { "cultural centre", "Maison pour tous", 4, { 20, 35 }, { 15, 25 }, { 1, 2 }, { 1960, 2010 }, false },
        { "administration", "Centre administratif", 3, { 30, 50 }, { 15, 25 }, { 3, 5 }, { 1965, 2005 }, true },
        { "police station", "Poste de police municipale", 1, { 20, 30 }, { 15, 20 }, { 2, 2 }, { 1980, 2010 }, false },
        { "technical centre", "Centre technique municipal", 1, { 50, 80 }, { 30, 40 }, { 1, 1 }, { 1970, 2000 }, true },
    };

    const QString kBuildingSimulated = QStringLiteral( "geometry,building_id,name,use,floor_area_m2,energy_class,heating,year_built" );
    const QString kMeterSimulated = QStringLiteral( "geometry,meter_id,building_id,energy,unit" );

    double between( const double range[2], double u )
    {
      return range[0] + ( range[1] - range[0] ) * u;
    }

    //! French DPE class from the construction period (thermal regulations of 1974, 2000, 2012).
    QString energyClass( int year, double u )
    {
      static const QStringList classes = { QStringLiteral( "A" ), QStringLiteral( "B" ), QStringLiteral( "C" ), QStringLiteral( "D" ),
                                           QStringLiteral( "E" ), QStringLiteral( "F" ), QStringLiteral( "G" ) };
      QVector<double> weights;
      if ( year < 1975 )
        weights = { 0, 0, 5, 25, 35, 25, 10 };
      else if ( year < 2000 )
        weights = { 0, 2, 15, 40, 28, 10, 5 };
      else if ( year < 2012 )
        weights = { 5, 25, 45, 20, 5, 0, 0 };
      else
        weights = { 40, 50, 10, 0, 0, 0, 0 };
      return classes.at( pickWeighted( weights, u ) );
    }

    //! Heating system; \a urban: a town with a district-heating network (Montpellier has one).
    QString heating( int year, bool urban, double u )
    {
      static const QStringList systems = { QStringLiteral( "gas" ),       QStringLiteral( "district heating" ),
                                           QStringLiteral( "heat pump" ), QStringLiteral( "electric" ),
                                           QStringLiteral( "oil" ),       QStringLiteral( "wood" ) };
      QVector<double> weights;
      if ( urban )
        weights = year >= 2008 ? QVector<double>{ 25, 35, 40, 0, 0, 0 } : QVector<double>{ 50, 20, 10, 10, year < 1990 ? 10.0 : 0.0, 0 };
      else
        weights = year >= 2008 ? QVector<double>{ 20, 0, 50, 10, 0, 20 } : QVector<double>{ 35, 0, 15, 15, 25, 10 };
      return systems.at( pickWeighted( weights, u ) );
    }

    struct Building
    {
      QString id;
      QString name;
      QString use;
      QVector<QPointF> ring;
      QPointF frontage; //!< middle of the façade facing the street (meters go there)
      QPointF along;    //!< unit vector along the façade
      double floorArea = 0;
      int year = 0;
      QString heating;
    };

    //! One or two meters: electricity always, plus the heating fuel's (gas, heat) and water for pools and sports halls.
    QList<Feature> metersOf( const Building &b )
    {
      QList<QPair<QString, QString>> meters = { { QStringLiteral( "electricity" ), QStringLiteral( "kWh" ) } };
      if ( b.heating == QLatin1String( "gas" ) )
        meters.append( { QStringLiteral( "gas" ), QStringLiteral( "m3" ) } );
      else if ( b.heating == QLatin1String( "district heating" ) )
        meters.append( { QStringLiteral( "heat" ), QStringLiteral( "kWh" ) } );
      else if ( b.use == QLatin1String( "swimming pool" ) || b.use == QLatin1String( "sports hall" ) )
        meters.append( { QStringLiteral( "water" ), QStringLiteral( "m3" ) } );
      QList<Feature> features;
      for ( int i = 0; i < meters.size(); ++i )
      {
        const QPointF position = b.frontage + b.along * ( 3.0 * ( i + 1 ) );
        features.append( { pointWkb( position ),
                           { { QStringLiteral( "meter_id" ), QStringLiteral( "M-%1-%2" ).arg( b.id ).arg( i + 1 ) },
                             { QStringLiteral( "building_id" ), b.id },
                             { QStringLiteral( "energy" ), meters[i].first },
                             { QStringLiteral( "unit" ), meters[i].second },
                             { QStringLiteral( "simulated" ), kMeterSimulated } } } );
      }
      return features;
    }

    //! Places the Montpellier public buildings along real streets, set back from the kerb.
    QVector<Building> buildingsOnStreets( const StreetIndex &streets, const Area &territory )
    {
      // the streets in a fixed pseudo-random order: buildings spread over the whole town
      QVector<int> order;
      for ( int i = 0; i < streets.streets().size(); ++i )
      {
        const Street &s = streets.streets()[i];
        if ( s.roadClass != RoadClass::Expressway && s.roadClass != RoadClass::Residential && s.length >= 80 )
          order.append( i );
      }
      std::sort( order.begin(), order.end(),
                 [&]( int a, int b )
                 {
                   const quint64 ka = hash64( streets.streets()[a].id, 77 ), kb = hash64( streets.streets()[b].id, 77 );
                   return ka < kb || ( ka == kb && a < b );
                 } );

      QVector<Building> buildings;
      QVector<bool> used( streets.streets().size(), false );
      auto clearOfStreets = [&]( const QPointF &p, double margin )
      {
        double distance = 0;
        streets.nearest( p, &distance );
        return distance >= margin;
      };
      int number = 0;
      for ( const Use &use : kUses )
      {
        for ( int k = 0; k < use.count; ++k )
        {
          const QString key = QStringLiteral( "%1/%2" ).arg( QLatin1String( use.value ) ).arg( k );
          const double width = std::round( between( use.width, unit( key, 1 ) ) );
          const double depth = std::round( between( use.depth, unit( key, 2 ) ) );
          const double setback = std::round( 6 + 6 * unit( key, 3 ) );
          bool placed = false;
          for ( int candidate : std::as_const( order ) )
          {
            const Street &street = streets.streets()[candidate];
            if ( used[candidate] || ( use.mainRoad != ( street.roadClass == RoadClass::Major ) ) )
              continue;
            // the longest part, at mid-length
            const QVector<QPointF> *part = &street.parts.first();
            for ( const QVector<QPointF> &p : street.parts )
              part = lineLength( p ) > lineLength( *part ) ? &p : part;
            if ( lineLength( *part ) < width + 10 )
              continue;
            QPointF mid, direction;
            if ( !pointAlong( *part, lineLength( *part ) / 2, &mid, &direction ) )
              continue;
            bool tooClose = false;
            for ( const Building &b : std::as_const( buildings ) )
              tooClose |= std::hypot( b.frontage.x() - mid.x(), b.frontage.y() - mid.y() ) < 400;
            if ( tooClose )
              continue;
            const QPointF normal( -direction.y(), direction.x() );
            for ( const double side : { 1.0, -1.0 } )
            {
              const QPointF n = normal * side;
              const QPointF front = mid + n * setback;
              const QPointF back = mid + n * ( setback + depth );
              const QPointF half = direction * ( width / 2 );
              const QVector<QPointF> ring = { front - half, front + half, back + half, back - half };
              // the footprint must not sit on any street, and must be inside the territory
              bool clear = true;
              for ( const QPointF &corner : ring )
                clear = clear && ( territory.isEmpty() || territory.contains( corner ) );
              for ( int i = 0; clear && i <= 2; ++i )
                for ( int j = 0; clear && j <= 2; ++j )
                  clear = clearOfStreets( front - half + ( half * 2 ) * ( i / 2.0 ) + ( back - front ) * ( j / 2.0 ), 3.0 );
              if ( !clear )
                continue;
              Building b;
              b.id = QStringLiteral( "B%1" ).arg( ++number, 3, 10, QLatin1Char( '0' ) );
              b.use = QLatin1String( use.value );
              b.name =
                  use.count == 1 && QLatin1String( use.value ) == QLatin1String( "town hall" )
                      ? QString::fromUtf8( use.prefix )
                      : QStringLiteral( "%1 (%2)" ).arg( QString::fromUtf8( use.prefix ), street.name.isEmpty() ? street.id : street.name );
              b.ring = ring;
              b.frontage = front;
              b.along = direction;
              b.year = pickInt( use.built[0], use.built[1], unit( key, 4 ) );
              b.floorArea = width * depth * pickInt( use.floors[0], use.floors[1], unit( key, 5 ) );
              b.heating = heating( b.year, true, unit( key, 6 ) );
              buildings.append( b );
              used[candidate] = true;
              placed = true;
              break;
            }
            if ( placed )
              break;
          }
          if ( !placed )
            logMessage( LogLevel::Warning, kTopic,
                        QStringLiteral( "no street left for %1 %2" ).arg( QLatin1String( use.value ) ).arg( k + 1 ) );
        }
      }
      return buildings;
    }
  } // namespace

  QString EnergyPlugin::displayName() const
  {
    return tr( "Energy" );
  }

  QList<LayerSchema> EnergyPlugin::layers() const
  {
    const FieldSchema simulated = field( "simulated", FieldType::String, tr( "Simulated attributes" ) );
    LayerSchema buildings;
    buildings.domain = id();
    buildings.name = QStringLiteral( "buildings" );
    buildings.title = tr( "Public buildings" );
    buildings.geometry = GeometryType::Polygon;
    buildings.fields = { field( "building_id", FieldType::String, tr( "Building" ), true ),
                         field( "name", FieldType::String, tr( "Name" ) ),
                         field( "use", FieldType::String, tr( "Use" ) ),
                         field( "floor_area_m2", FieldType::Real, tr( "Floor area (m²)" ) ),
                         field( "energy_class", FieldType::String, tr( "Energy class" ) ),
                         field( "heating", FieldType::String, tr( "Heating" ) ),
                         field( "year_built", FieldType::Integer, tr( "Year built" ) ),
                         simulated };
    buildings.style = resourceText( QStringLiteral( ":/vigie/energy/styles/buildings.qml" ) );

    LayerSchema meters;
    meters.domain = id();
    meters.name = QStringLiteral( "meters" );
    meters.title = tr( "Energy meters" );
    meters.geometry = GeometryType::Point;
    meters.fields = { field( "meter_id", FieldType::String, tr( "Meter" ), true ),
                      field( "building_id", FieldType::String, tr( "Building" ) ), field( "energy", FieldType::String, tr( "Energy" ) ),
                      field( "unit", FieldType::String, tr( "Unit" ) ), simulated };
    meters.style = resourceText( QStringLiteral( ":/vigie/energy/styles/meters.qml" ) );
    return { buildings, meters };
  }

  bool EnergyPlugin::buildDemo( DemoContext &context, QString *errorMessage )
  {
    QVector<Building> buildings;
    const QList<Feature> streetFeatures = context.features( QStringLiteral( "territory:streets" ) );
    const QList<Feature> communes = context.features( QStringLiteral( "territory:communes" ) );
    if ( !streetFeatures.isEmpty() )
    {
      const StreetIndex streets( streetFeatures );
      Area territory;
      for ( const Feature &commune : communes )
        territory.add( commune.wkb );
      buildings = buildingsOnStreets( streets, territory );
    }
    else
    {
      // a département without streets: each commune's town hall at a point inside the commune
      int number = 0;
      for ( const Feature &commune : communes )
      {
        const std::unique_ptr<OGRGeometry> geometry = geometryFromWkb( commune.wkb );
        QPointF centre;
        if ( !pointOnSurface( geometry.get(), &centre ) )
        {
          logMessage( LogLevel::Warning, kTopic,
                      QStringLiteral( "commune %1 has no surface: no town hall" ).arg( attribute( commune, { "name" } ).toString() ) );
          continue;
        }
        const QString name = attribute( commune, { "name", "nom" } ).toString();
        const QString key = attribute( commune, { "insee_code", "code" } ).toString() + name;
        Building b;
        b.id = QStringLiteral( "B%1" ).arg( ++number, 3, 10, QLatin1Char( '0' ) );
        b.use = QStringLiteral( "town hall" );
        b.name = QStringLiteral( "Mairie de %1" ).arg( name );
        const double w = 13, d = 9; // half sizes: a 26 m × 18 m town hall
        b.ring = { centre + QPointF( -w, -d ), centre + QPointF( w, -d ), centre + QPointF( w, d ), centre + QPointF( -w, d ) };
        b.frontage = centre + QPointF( -w, -d );
        b.along = QPointF( 1, 0 );
        b.year = pickInt( 1860, 1995, unit( key, 4 ) );
        b.floorArea = 26 * 18 * pickInt( 1, 3, unit( key, 5 ) );
        b.heating = heating( b.year, false, unit( key, 6 ) );
        buildings.append( b );
      }
    }
    if ( buildings.isEmpty() )
    {
      logMessage( LogLevel::Info, kTopic,
                  QStringLiteral( "demo \"%1\" has no streets or communes: no public buildings" ).arg( context.demoName() ) );
      return true;
    }

    QList<Feature> buildingFeatures, meterFeatures;
    for ( const Building &b : std::as_const( buildings ) )
    {
      buildingFeatures.append( { polygonWkb( b.ring ),
                                 { { QStringLiteral( "building_id" ), b.id },
                                   { QStringLiteral( "name" ), b.name },
                                   { QStringLiteral( "use" ), b.use },
                                   { QStringLiteral( "floor_area_m2" ), std::round( b.floorArea ) },
                                   { QStringLiteral( "energy_class" ), energyClass( b.year, unit( b.id + b.name, 7 ) ) },
                                   { QStringLiteral( "heating" ), b.heating },
                                   { QStringLiteral( "year_built" ), b.year },
                                   { QStringLiteral( "simulated" ), kBuildingSimulated } } } );
      meterFeatures << metersOf( b );
    }
    if ( !context.addFeatures( QStringLiteral( "energy:buildings" ), buildingFeatures, errorMessage ) ||
         !context.addFeatures( QStringLiteral( "energy:meters" ), meterFeatures, errorMessage ) )
      return false;
    logMessage(
        LogLevel::Info, kTopic,
        QStringLiteral( "%1 simulated public buildings, %2 simulated meters" ).arg( buildingFeatures.size() ).arg( meterFeatures.size() ) );
    return true;
  }
} // namespace vigie
