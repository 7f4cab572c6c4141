// SPDX-License-Identifier: GPL-2.0-or-later
#include "waterplugin.h"

#include "inpreader.h"
#include "log.h"
#include "pluginutil.h"
#include "watercli.h"
#include "waterterritory.h"

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
                 field( "diameter_m", FieldType::Real, tr( "Diameter (m)" ) ), remark,
                 field( "min_volume_m3", FieldType::Real, tr( "Minimum volume (m³)" ) ),
                 field( "volume_curve", FieldType::String, tr( "Volume curve" ) ),
                 field( "overflow", FieldType::Boolean, tr( "Can overflow" ) ) } ),
        layer( "pipes", tr( "Pipes" ), GeometryType::LineString,
               { field( "pipe_id", FieldType::String, tr( "Pipe" ), true ), field( "node1", FieldType::String, tr( "Start node" ) ),
                 field( "node2", FieldType::String, tr( "End node" ) ), field( "length_m", FieldType::Real, tr( "Length (m)" ) ),
                 field( "diameter_mm", FieldType::Real, tr( "Diameter (mm)" ) ), field( "roughness", FieldType::Real, tr( "Roughness" ) ),
                 field( "minor_loss", FieldType::Real, tr( "Minor loss coefficient" ) ),
                 field( "status", FieldType::String, tr( "Initial status" ) ), remark } ),
        layer( "pumps", tr( "Pumps" ), GeometryType::LineString,
               { field( "pump_id", FieldType::String, tr( "Pump" ), true ), field( "node1", FieldType::String, tr( "Suction node" ) ),
                 field( "node2", FieldType::String, tr( "Discharge node" ) ), field( "head_curve", FieldType::String, tr( "Head curve" ) ),
                 field( "power_kw", FieldType::Real, tr( "Power (kW)" ) ), remark,
                 field( "speed", FieldType::Real, tr( "Relative speed" ) ),
                 field( "speed_pattern", FieldType::String, tr( "Speed pattern" ) ) } ),
        layer( "valves", tr( "Valves" ), GeometryType::LineString,
               { field( "valve_id", FieldType::String, tr( "Valve" ), true ), field( "node1", FieldType::String, tr( "Upstream node" ) ),
                 field( "node2", FieldType::String, tr( "Downstream node" ) ),
                 field( "diameter_mm", FieldType::Real, tr( "Diameter (mm)" ) ),
                 field( "valve_type", FieldType::String, tr( "Valve type" ) ), field( "setting", FieldType::String, tr( "Setting" ) ),
                 remark, field( "minor_loss", FieldType::Real, tr( "Minor loss coefficient" ) ) } ),
        layer( "dmas", tr( "District metered areas" ), GeometryType::Polygon,
               { field( "name", FieldType::String, tr( "DMA" ), true ),
                 field( "inflow_meters", FieldType::String, tr( "Boundary meters and devices" ) ),
                 field( "junctions", FieldType::Integer, tr( "Junctions" ) ),
                 field( "base_demand_lps", FieldType::Real, tr( "Base demand (L/s)" ) ) } ),
        layer( "model_sections", tr( "EPANET model sections" ), GeometryType::None,
               { field( "section", FieldType::String, tr( "Section" ), true ), field( "position", FieldType::Integer, tr( "Position" ) ),
                 field( "content", FieldType::String, tr( "Content" ) ) } ),
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
    // v3: what an EPANET model needs beyond v2's fields (lossless .inp import and export); the
    // store creates the new layers (DMA polygons, model sections) after the migration.
    Migration v3;
    v3.version = 3;
    v3.description = tr( "Add the EPANET attributes, the DMA polygons and the model sections to the water layers" );
    const QList<QPair<const char *, const char *>> columns = {
        { "water_tanks", "\"min_volume_m3\" REAL" }, { "water_tanks", "\"volume_curve\" TEXT" },
        { "water_tanks", "\"overflow\" BOOLEAN" },   { "water_pipes", "\"remark\" TEXT" },
        { "water_pumps", "\"speed\" REAL" },         { "water_pumps", "\"speed_pattern\" TEXT" },
        { "water_valves", "\"minor_loss\" REAL" } };
    for ( const auto &c : columns )
      v3.sql << QStringLiteral( "ALTER TABLE \"%1\" ADD COLUMN %2" ).arg( QLatin1String( c.first ), QLatin1String( c.second ) );
    return { v2, v3 };
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

    // the same layers as `vigie-cli water import`: DMAs and model sections included, so the
    // demo network can be exported, simulated and isolated like an imported one
    WaterPlacement placement;
    placement.dx = offset.x();
    placement.dy = offset.y();
    QMap<QString, QList<Feature>> features;
    if ( !waterLayerFeatures(
             network, demoNetworkName(), true,
             [&placement]( QPointF *p )
             {
               *p += QPointF( placement.dx, placement.dy );
               return true;
             },
             placement, &features, &error ) )
      return fail( QStringLiteral( "%1: %2" ).arg( QDir::toNativeSeparators( inpPath ), error ) );
    const QList<QPair<const char *, const char *>> layers = { { "water:junctions", "node_id" }, { "water:reservoirs", "node_id" },
                                                              { "water:tanks", "node_id" },     { "water:pipes", "pipe_id" },
                                                              { "water:pumps", "pump_id" },     { "water:valves", "valve_id" },
                                                              { "water:dmas", nullptr },        { "water:model_sections", nullptr } };
    for ( const auto &layer : layers )
    {
      const QString name = QLatin1String( layer.first );
      for ( const Feature &f : features.value( name ) )
      {
        if ( layer.second && f.wkb.isEmpty() )
          return fail(
              tr( "%1: %2 \"%3\" has no coordinates" )
                  .arg( QDir::toNativeSeparators( inpPath ), name, f.attributes.value( QLatin1String( layer.second ) ).toString() ) );
      }
      if ( !context.addFeatures( name, features.value( name ), errorMessage ) )
        return false;
    }
    logMessage( LogLevel::Info, kTopic,
                QStringLiteral( "L-TOWN benchmark: %1 junctions, %2 reservoirs, %3 tanks, %4 pipes, %5 pumps, %6 valves, %7 DMAs" )
                    .arg( features.value( QStringLiteral( "water:junctions" ) ).size() )
                    .arg( features.value( QStringLiteral( "water:reservoirs" ) ).size() )
                    .arg( features.value( QStringLiteral( "water:tanks" ) ).size() )
                    .arg( features.value( QStringLiteral( "water:pipes" ) ).size() )
                    .arg( features.value( QStringLiteral( "water:pumps" ) ).size() )
                    .arg( features.value( QStringLiteral( "water:valves" ) ).size() )
                    .arg( features.value( QStringLiteral( "water:dmas" ) ).size() ) );
    return true;
  }
} // namespace vigie
