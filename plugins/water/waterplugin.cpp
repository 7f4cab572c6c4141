// SPDX-License-Identifier: GPL-2.0-or-later
#include "waterplugin.h"

#include "inpreader.h"
#include "log.h"
#include "pluginutil.h"
#include "watercli.h"

#include <QDir>

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>

namespace vigie
{
  using namespace vigie::plugin;
  using namespace vigie::hydraulics;

  namespace
  {
    const QString kTopic = QStringLiteral( "water" );

    //! Flow in the file's units -> litres per second.
    double toLitresPerSecond( FlowUnits units )
    {
      switch ( units )
      {
      case FlowUnits::Cfs:
        return 28.316846592;
      case FlowUnits::Gpm:
        return 0.0630901964;
      case FlowUnits::Mgd:
        return 43.812636;
      case FlowUnits::Imgd:
        return 52.616782;
      case FlowUnits::Afd:
        return 14.276410;
      case FlowUnits::Lps:
        return 1.0;
      case FlowUnits::Lpm:
        return 1.0 / 60.0;
      case FlowUnits::Mld:
        return 1e6 / 86400.0;
      case FlowUnits::Cmh:
        return 1.0 / 3.6;
      case FlowUnits::Cmd:
        return 1.0 / 86.4;
      }
      return 1.0;
    }

    //! Unit factors of a network: US models are in feet and inches, SI in metres and millimetres.
    struct Units
    {
      double length = 1;   // -> m
      double diameter = 1; // -> mm
      double flow = 1;     // -> L/s
      double power = 1;    // -> kW
      explicit Units( FlowUnits flowUnits )
      {
        if ( !isMetric( flowUnits ) )
        {
          length = 0.3048;
          diameter = 25.4;
          power = 0.745699872;
        }
        flow = toLitresPerSecond( flowUnits );
      }
    };

    double rounded( double value, int decimals )
    {
      const double f = std::pow( 10.0, decimals );
      return std::round( value * f ) / f;
    }

    /**
     * Finds a whole-metre translation that puts the network's convex hull inside \a area,
     * trying offsets on a 100 m grid spiralling out from the centre of the area's extent.
     */
    bool findTranslation( const OGRGeometry &area, const QVector<QPointF> &points, QPointF *offset )
    {
      OGRMultiPoint multi;
      for ( const QPointF &p : points )
        multi.addGeometry( new OGRPoint( p.x(), p.y() ) );
      std::unique_ptr<OGRGeometry> hull( multi.ConvexHull() );
      if ( !hull || wkbFlatten( hull->getGeometryType() ) != wkbPolygon )
        return false;
      const OGRLinearRing *ring = hull->toPolygon()->getExteriorRing();
      OGREnvelope networkEnvelope;
      multi.getEnvelope( &networkEnvelope );
      OGREnvelope areaEnvelope;
      area.getEnvelope( &areaEnvelope );
      const QPointF networkCentre( ( networkEnvelope.MinX + networkEnvelope.MaxX ) / 2,
                                   ( networkEnvelope.MinY + networkEnvelope.MaxY ) / 2 );
      const QPointF areaCentre( ( areaEnvelope.MinX + areaEnvelope.MaxX ) / 2, ( areaEnvelope.MinY + areaEnvelope.MaxY ) / 2 );
      const double step = 100;
      const int reach = static_cast<int>(
          std::ceil( std::max( areaEnvelope.MaxX - areaEnvelope.MinX, areaEnvelope.MaxY - areaEnvelope.MinY ) / step / 2 ) );
      QVector<QPair<int, int>> candidates;
      for ( int i = -reach; i <= reach; ++i )
        for ( int j = -reach; j <= reach; ++j )
          candidates.append( qMakePair( i, j ) );
      // nearest the centre first; ties in a fixed order
      std::stable_sort( candidates.begin(), candidates.end(),
                        []( const QPair<int, int> &a, const QPair<int, int> &b )
                        { return a.first * a.first + a.second * a.second < b.first * b.first + b.second * b.second; } );
      for ( const auto &c : std::as_const( candidates ) )
      {
        const double dx = std::round( areaCentre.x() + c.first * step - networkCentre.x() );
        const double dy = std::round( areaCentre.y() + c.second * step - networkCentre.y() );
        if ( networkEnvelope.MinX + dx < areaEnvelope.MinX || networkEnvelope.MaxX + dx > areaEnvelope.MaxX ||
             networkEnvelope.MinY + dy < areaEnvelope.MinY || networkEnvelope.MaxY + dy > areaEnvelope.MaxY )
          continue;
        OGRLinearRing *moved = new OGRLinearRing;
        for ( int k = 0; k < ring->getNumPoints(); ++k )
          moved->addPoint( ring->getX( k ) + dx, ring->getY( k ) + dy );
        OGRPolygon polygon;
        polygon.addRingDirectly( moved );
        if ( area.Contains( &polygon ) )
        {
          *offset = QPointF( dx, dy );
          return true;
        }
      }
      return false;
    }
  } // namespace

  QString WaterPlugin::displayName() const
  {
    return tr( "Water" );
  }

  QList<LayerSchema> WaterPlugin::layers() const
  {
    auto layer = [this]( const char *name, const QString &title, GeometryType geometry, QList<FieldSchema> fields )
    {
      LayerSchema l;
      l.domain = id();
      l.name = QLatin1String( name );
      l.title = title;
      l.geometry = geometry;
      fields << field( "network", FieldType::String, tr( "Network model" ) )
             << field( "benchmark", FieldType::Boolean, tr( "Benchmark network" ) );
      l.fields = fields;
      l.style = resourceText( QStringLiteral( ":/vigie/water/styles/%1.qml" ).arg( l.name ) );
      return l;
    };
    const FieldSchema remark = field( "remark", FieldType::String, tr( "Remark" ) );
    return {
        layer( "junctions", tr( "Junctions" ), GeometryType::Point,
               { field( "node_id", FieldType::String, tr( "Node" ), true ), field( "elevation_m", FieldType::Real, tr( "Elevation (m)" ) ),
                 field( "base_demand_lps", FieldType::Real, tr( "Base demand (L/s)" ) ),
                 field( "pattern", FieldType::String, tr( "Demand pattern" ) ), remark } ),
        layer( "reservoirs", tr( "Reservoirs" ), GeometryType::Point,
               { field( "node_id", FieldType::String, tr( "Node" ), true ), field( "head_m", FieldType::Real, tr( "Total head (m)" ) ),
                 field( "pattern", FieldType::String, tr( "Head pattern" ) ), remark } ),
        layer( "tanks", tr( "Tanks" ), GeometryType::Point,
               { field( "node_id", FieldType::String, tr( "Node" ), true ),
                 field( "elevation_m", FieldType::Real, tr( "Bottom elevation (m)" ) ),
                 field( "init_level_m", FieldType::Real, tr( "Initial level (m)" ) ),
                 field( "min_level_m", FieldType::Real, tr( "Minimum level (m)" ) ),
                 field( "max_level_m", FieldType::Real, tr( "Maximum level (m)" ) ),
                 field( "diameter_m", FieldType::Real, tr( "Diameter (m)" ) ), remark } ),
        layer( "pipes", tr( "Pipes" ), GeometryType::LineString,
               { field( "pipe_id", FieldType::String, tr( "Pipe" ), true ), field( "node1", FieldType::String, tr( "Start node" ) ),
                 field( "node2", FieldType::String, tr( "End node" ) ), field( "length_m", FieldType::Real, tr( "Length (m)" ) ),
                 field( "diameter_mm", FieldType::Real, tr( "Diameter (mm)" ) ), field( "roughness", FieldType::Real, tr( "Roughness" ) ),
                 field( "minor_loss", FieldType::Real, tr( "Minor loss coefficient" ) ),
                 field( "status", FieldType::String, tr( "Initial status" ) ) } ),
        layer( "pumps", tr( "Pumps" ), GeometryType::LineString,
               { field( "pump_id", FieldType::String, tr( "Pump" ), true ), field( "node1", FieldType::String, tr( "Suction node" ) ),
                 field( "node2", FieldType::String, tr( "Discharge node" ) ), field( "head_curve", FieldType::String, tr( "Head curve" ) ),
                 field( "power_kw", FieldType::Real, tr( "Power (kW)" ) ), remark } ),
        layer( "valves", tr( "Valves" ), GeometryType::LineString,
               { field( "valve_id", FieldType::String, tr( "Valve" ), true ), field( "node1", FieldType::String, tr( "Upstream node" ) ),
                 field( "node2", FieldType::String, tr( "Downstream node" ) ),
                 field( "diameter_mm", FieldType::Real, tr( "Diameter (mm)" ) ),
                 field( "valve_type", FieldType::String, tr( "Valve type" ) ), field( "setting", FieldType::String, tr( "Setting" ) ),
                 remark } ),
    };
  }

  QList<CliCommand> WaterPlugin::cliCommands() const
  {
    return { CliCommand{ QStringLiteral( "water" ), hydraulics::waterCommandSummary(), &hydraulics::runWaterCommand } };
  }

  QList<Migration> WaterPlugin::migrations() const
  {
    // v1 held one network per territory; v2 names the source model of every feature and
    // flags benchmark models, so a benchmark can sit beside the real network.
    Migration v2;
    v2.version = 2;
    v2.description = tr( "Add the network model name and the benchmark flag to every water layer" );
    for ( const char *table : { "water_junctions", "water_reservoirs", "water_tanks", "water_pipes", "water_pumps", "water_valves" } )
    {
      v2.sql << QStringLiteral( "ALTER TABLE \"%1\" ADD COLUMN \"network\" TEXT" ).arg( QLatin1String( table ) )
             << QStringLiteral( "ALTER TABLE \"%1\" ADD COLUMN \"benchmark\" BOOLEAN" ).arg( QLatin1String( table ) )
             << QStringLiteral( "UPDATE \"%1\" SET \"benchmark\" = 0" ).arg( QLatin1String( table ) );
    }
    return { v2 };
  }

  bool WaterPlugin::buildDemo( DemoContext &context, QString *errorMessage )
  {
    if ( context.demoName() != QLatin1String( "montpellier" ) )
    {
      logMessage( LogLevel::Info, kTopic,
                  QStringLiteral( "no water network for demo \"%1\": the water layers stay empty" ).arg( context.demoName() ) );
      return true;
    }
    auto fail = [errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };

    const QString inpPath = QDir( context.sourceDirectory() ).filePath( QStringLiteral( "water/L-TOWN.inp" ) );
    Network network;
    QString error;
    if ( !InpReader::readFile( inpPath, network, &error ) )
      return fail( error );

    // the area to place the network in: the union of the territory's communes
    const QList<Feature> communes = context.features( QStringLiteral( "territory:communes" ) );
    std::unique_ptr<OGRGeometry> area;
    for ( const Feature &commune : communes )
    {
      std::unique_ptr<OGRGeometry> g = geometryFromWkb( commune.wkb );
      if ( !g )
        continue;
      area = area ? std::unique_ptr<OGRGeometry>( area->Union( g.get() ) ) : std::move( g );
    }
    if ( !area )
      return fail( tr( "cannot place the L-TOWN network: the territory has no commune boundary" ) );

    QVector<QPointF> points;
    for ( auto it = network.coordinates.constBegin(); it != network.coordinates.constEnd(); ++it )
      points.append( *it );
    for ( auto it = network.vertices.constBegin(); it != network.vertices.constEnd(); ++it )
      points << *it;
    // hash order is not stable: sort so that the hull (and everything after) is deterministic
    std::sort( points.begin(), points.end(),
               []( const QPointF &a, const QPointF &b ) { return a.x() < b.x() || ( a.x() == b.x() && a.y() < b.y() ); } );
    QPointF offset;
    if ( !findTranslation( *area, points, &offset ) )
      return fail( tr( "cannot place the L-TOWN network inside the territory's communes: no translation fits it inside their boundary" ) );
    logMessage(
        LogLevel::Info, kTopic,
        QStringLiteral(
            "L-TOWN benchmark network translated by (%1, %2) m to lie inside the territory; it is not the territory's real network" )
            .arg( offset.x(), 0, 'f', 0 )
            .arg( offset.y(), 0, 'f', 0 ) );

    const Units units( network.flowUnits );
    const QString name = demoNetworkName();
    auto base = [&name]( QVariantMap attributes )
    {
      attributes.insert( QStringLiteral( "network" ), name );
      attributes.insert( QStringLiteral( "benchmark" ), true );
      return attributes;
    };
    auto at = [&]( const QString &node ) { return network.coordinates.value( node ) + offset; };
    auto path = [&]( const LinkBase &link )
    {
      QVector<QPointF> line = network.linkPath( link );
      for ( QPointF &p : line )
        p += offset;
      return line;
    };
    auto missing = [&]( const QString &what, const QString &id )
    { return fail( tr( "%1: %2 \"%3\" has no coordinates" ).arg( QDir::toNativeSeparators( inpPath ), what, id ) ); };

    QList<Feature> junctions, reservoirs, tanks, pipes, pumps, valves;
    for ( const Junction &j : std::as_const( network.junctions ) )
    {
      if ( !network.coordinates.contains( j.id ) )
        return missing( tr( "junction" ), j.id );
      junctions.append( { pointWkb( at( j.id ) ), base( { { QStringLiteral( "node_id" ), j.id },
                                                          { QStringLiteral( "elevation_m" ), rounded( j.elevation * units.length, 4 ) },
                                                          { QStringLiteral( "base_demand_lps" ), rounded( j.baseDemand * units.flow, 6 ) },
                                                          { QStringLiteral( "pattern" ), j.pattern },
                                                          { QStringLiteral( "remark" ), j.comment } } ) } );
    }
    for ( const Reservoir &r : std::as_const( network.reservoirs ) )
    {
      if ( !network.coordinates.contains( r.id ) )
        return missing( tr( "reservoir" ), r.id );
      reservoirs.append( { pointWkb( at( r.id ) ), base( { { QStringLiteral( "node_id" ), r.id },
                                                           { QStringLiteral( "head_m" ), rounded( r.head * units.length, 4 ) },
                                                           { QStringLiteral( "pattern" ), r.pattern },
                                                           { QStringLiteral( "remark" ), r.comment } } ) } );
    }
    for ( const Tank &t : std::as_const( network.tanks ) )
    {
      if ( !network.coordinates.contains( t.id ) )
        return missing( tr( "tank" ), t.id );
      tanks.append( { pointWkb( at( t.id ) ), base( { { QStringLiteral( "node_id" ), t.id },
                                                      { QStringLiteral( "elevation_m" ), rounded( t.elevation * units.length, 4 ) },
                                                      { QStringLiteral( "init_level_m" ), rounded( t.initLevel * units.length, 4 ) },
                                                      { QStringLiteral( "min_level_m" ), rounded( t.minLevel * units.length, 4 ) },
                                                      { QStringLiteral( "max_level_m" ), rounded( t.maxLevel * units.length, 4 ) },
                                                      { QStringLiteral( "diameter_m" ), rounded( t.diameter * units.length, 4 ) },
                                                      { QStringLiteral( "remark" ), t.comment } } ) } );
    }
    for ( const Pipe &p : std::as_const( network.pipes ) )
    {
      const QVector<QPointF> line = path( p );
      if ( line.isEmpty() )
        return missing( tr( "pipe" ), p.id );
      const QString status = p.status == PipeStatus::Open     ? QStringLiteral( "open" )
                             : p.status == PipeStatus::Closed ? QStringLiteral( "closed" )
                                                              : QStringLiteral( "check valve" );
      pipes.append( { lineWkb( line ), base( { { QStringLiteral( "pipe_id" ), p.id },
                                               { QStringLiteral( "node1" ), p.node1 },
                                               { QStringLiteral( "node2" ), p.node2 },
                                               { QStringLiteral( "length_m" ), rounded( p.length * units.length, 4 ) },
                                               { QStringLiteral( "diameter_mm" ), rounded( p.diameter * units.diameter, 2 ) },
                                               { QStringLiteral( "roughness" ), p.roughness },
                                               { QStringLiteral( "minor_loss" ), p.minorLoss },
                                               { QStringLiteral( "status" ), status } } ) } );
    }
    for ( const Pump &p : std::as_const( network.pumps ) )
    {
      const QVector<QPointF> line = path( p );
      if ( line.isEmpty() )
        return missing( tr( "pump" ), p.id );
      QVariantMap attributes = { { QStringLiteral( "pump_id" ), p.id },
                                 { QStringLiteral( "node1" ), p.node1 },
                                 { QStringLiteral( "node2" ), p.node2 },
                                 { QStringLiteral( "head_curve" ), p.headCurve },
                                 { QStringLiteral( "remark" ), p.comment } };
      if ( p.power > 0 )
        attributes.insert( QStringLiteral( "power_kw" ), rounded( p.power * units.power, 3 ) );
      pumps.append( { lineWkb( line ), base( attributes ) } );
    }
    for ( const Valve &v : std::as_const( network.valves ) )
    {
      const QVector<QPointF> line = path( v );
      if ( line.isEmpty() )
        return missing( tr( "valve" ), v.id );
      valves.append( { lineWkb( line ), base( { { QStringLiteral( "valve_id" ), v.id },
                                                { QStringLiteral( "node1" ), v.node1 },
                                                { QStringLiteral( "node2" ), v.node2 },
                                                { QStringLiteral( "diameter_mm" ), rounded( v.diameter * units.diameter, 2 ) },
                                                { QStringLiteral( "valve_type" ), valveTypeName( v.type ) },
                                                { QStringLiteral( "setting" ), v.setting },
                                                { QStringLiteral( "remark" ), v.comment } } ) } );
    }

    const QList<QPair<const char *, const QList<Feature> *>> outputs = {
        { "water:junctions", &junctions }, { "water:reservoirs", &reservoirs }, { "water:tanks", &tanks },
        { "water:pipes", &pipes },         { "water:pumps", &pumps },           { "water:valves", &valves } };
    for ( const auto &output : outputs )
    {
      if ( !context.addFeatures( QLatin1String( output.first ), *output.second, errorMessage ) )
        return false;
    }
    logMessage( LogLevel::Info, kTopic,
                QStringLiteral( "L-TOWN benchmark: %1 junctions, %2 reservoirs, %3 tanks, %4 pipes, %5 pumps, %6 valves" )
                    .arg( junctions.size() )
                    .arg( reservoirs.size() )
                    .arg( tanks.size() )
                    .arg( pipes.size() )
                    .arg( pumps.size() )
                    .arg( valves.size() ) );
    return true;
  }
} // namespace vigie
