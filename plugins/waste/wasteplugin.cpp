// SPDX-License-Identifier: GPL-2.0-or-later
#include "wasteplugin.h"

#include "log.h"
#include "pluginutil.h"
#include "streetgraph.h"
#include "streetindex.h"

#include <QElapsedTimer>
#include <QMap>

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace vigie
{
  using namespace vigie::plugin;

  namespace
  {
    const QString kTopic = QStringLiteral( "waste" );

    //! A waste stream: its value in the data, typical container and how many a round serves.
    struct Stream
    {
      const char *value;
      const char *code;
      int capacity;       //!< litres
      int roundSize;      //!< containers per round (a truck's day)
      double sensorShare; //!< share of containers with a fill-level sensor
    };
    // 660 L four-wheel bins for household and packaging, 3 m³ bring banks for glass and paper,
    // 400 L bins for biowaste; sensors mostly on bring banks, which are emptied on demand
    const Stream kStreams[] = { { "household", "HH", 660, 150, 0.10 },
                                { "recycling", "RE", 660, 150, 0.20 },
                                { "glass", "GL", 3000, 40, 0.70 },
                                { "biowaste", "BW", 400, 120, 0.15 },
                                { "paper", "PA", 3000, 40, 0.60 } };
    constexpr int kStreamCount = 5;
    //! Share of collection points carrying each stream (household everywhere).
    const double kStreamShare[kStreamCount] = { 1.0, 0.55, 0.12, 0.10, 0.08 };
    const char *const kWeekdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

    struct Container
    {
      QString id;
      int stream = 0;
      QPointF position;
      QString streetId;
      int street = -1;  //!< index in the street index, -1 without streets
      int part = 0;     //!< part of that street
      double along = 0; //!< metres along the part: where the truck stops
      int sector = 0;   //!< index of the district (or commune group) + 1; 0 outside every district
      QString sectorName;
      quint64 order = 0; //!< Hilbert index: the round visits containers in this order
      QString roundId;
    };

    QString simulatedFields()
    {
      return QStringLiteral( "geometry,container_id,stream,capacity_l,fill_sensor,round_id,street_id" );
    }

    //! Collection points along every street with frontage, spaced by road class.
    QVector<Container> containersOnStreets( const StreetIndex &streets )
    {
      QVector<Container> containers;
      for ( int streetIndex = 0; streetIndex < streets.streets().size(); ++streetIndex )
      {
        const Street &street = streets.streets()[streetIndex];
        double spacing = 0;
        switch ( street.roadClass )
        {
        case RoadClass::Expressway:
          continue;
        case RoadClass::Major:
          spacing = 220;
          break;
        case RoadClass::Local:
          spacing = 250;
          break;
        case RoadClass::Residential:
          spacing = 300;
          break;
        }
        for ( int partIndex = 0; partIndex < street.parts.size(); ++partIndex )
        {
          const QVector<QPointF> &part = street.parts[partIndex];
          const double length = lineLength( part );
          // points every `spacing` metres from a hashed phase: a street segment shorter than
          // the spacing (most are) gets one with probability length / spacing
          const QString streetKey = QStringLiteral( "%1/%2" ).arg( street.id ).arg( partIndex );
          double at = spacing * unit( streetKey, 1 );
          for ( int n = 0; at < length; ++n, at += spacing )
          {
            QPointF point, direction;
            if ( !pointAlong( part, at, &point, &direction ) )
              break;
            const QString pointKey = QStringLiteral( "%1/%2" ).arg( streetKey ).arg( n );
            // on the pavement, 4 m from the centre line, side chosen by the hash
            const QPointF normal( -direction.y(), direction.x() );
            const double side = unit( pointKey, 2 ) < 0.5 ? -4.0 : 4.0;
            int slot = 0;
            for ( int s = 0; s < kStreamCount; ++s )
            {
              if ( unit( pointKey, 10 + static_cast<quint64>( s ) ) >= kStreamShare[s] )
                continue;
              Container c;
              c.stream = s;
              // containers of one point side by side, 1.8 m apart along the kerb
              c.position = point + normal * side + direction * ( 1.8 * slot++ );
              c.streetId = street.id;
              c.street = streetIndex;
              c.part = partIndex;
              c.along = at;
              containers.append( c );
            }
          }
        }
      }
      return containers;
    }
  } // namespace

  QString WastePlugin::displayName() const
  {
    return tr( "Waste" );
  }

  QList<LayerSchema> WastePlugin::layers() const
  {
    const FieldSchema simulated = field( "simulated", FieldType::String, tr( "Simulated attributes" ) );
    LayerSchema containers;
    containers.domain = id();
    containers.name = QStringLiteral( "containers" );
    containers.title = tr( "Waste containers" );
    containers.geometry = GeometryType::Point;
    containers.fields = { field( "container_id", FieldType::String, tr( "Container" ), true ),
                          field( "stream", FieldType::String, tr( "Waste stream" ) ),
                          field( "capacity_l", FieldType::Integer, tr( "Capacity (L)" ) ),
                          field( "fill_sensor", FieldType::Boolean, tr( "Fill-level sensor" ) ),
                          field( "round_id", FieldType::String, tr( "Collection round" ) ),
                          field( "street_id", FieldType::String, tr( "Street" ) ),
                          simulated };
    containers.style = resourceText( QStringLiteral( ":/vigie/waste/styles/containers.qml" ) );

    LayerSchema rounds;
    rounds.domain = id();
    rounds.name = QStringLiteral( "rounds" );
    rounds.title = tr( "Collection rounds" );
    rounds.geometry = GeometryType::LineString;
    rounds.fields = { field( "round_id", FieldType::String, tr( "Round" ), true ), field( "name", FieldType::String, tr( "Name" ) ),
                      field( "weekday", FieldType::String, tr( "Collection day" ) ),
                      field( "stream", FieldType::String, tr( "Waste stream" ) ), simulated };
    rounds.style = resourceText( QStringLiteral( ":/vigie/waste/styles/rounds.qml" ) );
    return { containers, rounds };
  }

  bool WastePlugin::buildDemo( DemoContext &context, QString *errorMessage )
  {
    QVector<Container> containers;
    QRectF extent;
    auto grow = [&extent]( const QPointF &p )
    { extent = extent.isNull() ? QRectF( p, QSizeF( 1e-6, 1e-6 ) ) : extent.united( QRectF( p, QSizeF( 1e-6, 1e-6 ) ) ); };

    // rounds drive along the streets when there are some (shortest path between consecutive stops)
    std::unique_ptr<StreetGraph> graph;
    const QList<Feature> streetFeatures = context.features( QStringLiteral( "territory:streets" ) );
    if ( !streetFeatures.isEmpty() )
    {
      // a town with streets: collection points along them, rounds per district and stream
      const StreetIndex streets( streetFeatures );
      containers = containersOnStreets( streets );
      graph = std::make_unique<StreetGraph>( streets );
      const QList<Feature> districtFeatures = context.features( QStringLiteral( "territory:districts" ) );
      QVector<Area> districts;
      QStringList names;
      for ( const Feature &d : districtFeatures )
      {
        districts.append( Area( d.wkb ) );
        names.append( attribute( d, { "name", "code" } ).toString() );
      }
      for ( Container &c : containers )
      {
        grow( c.position );
        for ( int i = 0; i < districts.size(); ++i )
        {
          if ( districts[i].contains( c.position ) )
          {
            c.sector = i + 1;
            c.sectorName = names.at( i );
            break;
          }
        }
      }
    }
    else
    {
      // a département without streets: household, packaging and glass at each commune's centre,
      // rounds per group of neighbouring communes
      const QList<Feature> communes = context.features( QStringLiteral( "territory:communes" ) );
      QVector<QPair<QPointF, QString>> centres;
      for ( const Feature &commune : communes )
      {
        const std::unique_ptr<OGRGeometry> geometry = geometryFromWkb( commune.wkb );
        QPointF centre;
        if ( !pointOnSurface( geometry.get(), &centre ) )
          continue;
        centres.append( qMakePair( centre, attribute( commune, { "insee_code", "code", "name" } ).toString() ) );
        grow( centre );
      }
      QVector<int> order( centres.size() );
      for ( int i = 0; i < order.size(); ++i )
        order[i] = i;
      std::sort( order.begin(), order.end(),
                 [&]( int a, int b )
                 {
                   const quint64 ka = hilbertIndex( centres[a].first, extent ), kb = hilbertIndex( centres[b].first, extent );
                   return ka < kb || ( ka == kb && a < b );
                 } );
      constexpr int kCommunesPerSector = 12;
      for ( int k = 0; k < order.size(); ++k )
      {
        const QPointF centre = centres[order[k]].first;
        for ( int s = 0; s < 3; ++s )
        {
          Container c;
          c.stream = s;
          c.position = centre + QPointF( 2.0 * s, 0 );
          c.sector = k / kCommunesPerSector + 1;
          c.sectorName = QStringLiteral( "secteur %1" ).arg( c.sector );
          containers.append( c );
        }
      }
    }
    if ( containers.isEmpty() )
    {
      logMessage( LogLevel::Info, kTopic,
                  QStringLiteral( "demo \"%1\" has no streets or communes: no containers" ).arg( context.demoName() ) );
      return true;
    }

    // ids in generation order, then rounds: per sector and stream, in Hilbert order, cut at a truck's day
    for ( int i = 0; i < containers.size(); ++i )
    {
      containers[i].id = QStringLiteral( "W%1" ).arg( i + 1, 6, 10, QLatin1Char( '0' ) );
      containers[i].order = hilbertIndex( containers[i].position, extent );
    }
    QMap<QPair<int, int>, QVector<int>> groups; // (sector, stream) -> containers
    for ( int i = 0; i < containers.size(); ++i )
      groups[qMakePair( containers[i].sector, containers[i].stream )].append( i );

    QElapsedTimer routing;
    routing.start();
    int legs = 0, straightLegs = 0;
    QList<Feature> rounds;
    for ( auto it = groups.begin(); it != groups.end(); ++it )
    {
      QVector<int> &members = it.value();
      std::sort( members.begin(), members.end(),
                 [&]( int a, int b )
                 { return containers[a].order < containers[b].order || ( containers[a].order == containers[b].order && a < b ); } );
      const Stream &stream = kStreams[it.key().second];
      const int count = ( members.size() + stream.roundSize - 1 ) / stream.roundSize;
      for ( int r = 0; r < count; ++r )
      {
        // balanced rounds: split the group evenly rather than leave a short last one
        const int begin = r * members.size() / count;
        const int end = ( r + 1 ) * members.size() / count;
        const QString roundId = QStringLiteral( "R-%1-%2-%3" ).arg( it.key().first ).arg( QLatin1String( stream.code ) ).arg( r + 1 );
        // the truck's order inside the round: nearest neighbour from the round's first container
        QVector<int> stops( members.begin() + begin, members.begin() + end );
        for ( int k = 1; k < stops.size(); ++k )
        {
          const QPointF last = containers[stops[k - 1]].position;
          int best = k;
          double bestDistance = std::numeric_limits<double>::max();
          for ( int m = k; m < stops.size(); ++m )
          {
            const QPointF d = containers[stops[m]].position - last;
            const double distance = d.x() * d.x() + d.y() * d.y();
            if ( distance < bestDistance )
            {
              bestDistance = distance;
              best = m;
            }
          }
          std::swap( stops[k], stops[best] );
        }
        QVector<QPointF> path;
        for ( const int stop : std::as_const( stops ) )
          containers[stop].roundId = roundId;
        if ( graph && stops.size() >= 2 )
        {
          // the truck drives on the street centre lines from stop to stop; where two stops are on
          // streets that do not connect (an isolated piece of the street layer) it jumps in a straight line
          StreetGraph::Position previous =
              graph->locate( containers[stops[0]].street, containers[stops[0]].part, containers[stops[0]].along );
          for ( int k = 1; k < stops.size(); ++k )
          {
            const Container &c = containers[stops[k]];
            const StreetGraph::Position next = graph->locate( c.street, c.part, c.along );
            ++legs;
            if ( graph->path( previous, next, &path ) < 0 )
            {
              ++straightLegs;
              for ( const QPointF &p : { graph->point( previous ), graph->point( next ) } )
              {
                if ( path.isEmpty() || path.constLast() != p )
                  path.append( p );
              }
            }
            previous = next;
          }
        }
        if ( path.size() < 2 )
        {
          // no streets (or every stop at one place): straight from container to container
          path.clear();
          for ( const int stop : std::as_const( stops ) )
            path.append( containers[stop].position );
        }
        if ( stops.size() < 2 )
        {
          // a lone container: no line to draw, collected on demand
          for ( int k = begin; k < end; ++k )
            containers[members[k]].roundId.clear();
          continue;
        }
        const QString sectorName =
            containers[members[begin]].sectorName.isEmpty() ? QStringLiteral( "hors quartier" ) : containers[members[begin]].sectorName;
        rounds.append(
            { lineWkb( path ),
              { { QStringLiteral( "round_id" ), roundId },
                { QStringLiteral( "name" ), QStringLiteral( "%1 – %2 %3" ).arg( sectorName, QLatin1String( stream.value ) ).arg( r + 1 ) },
                { QStringLiteral( "weekday" ), QLatin1String( kWeekdays[pickInt( 0, 5, unit( roundId, 3 ) )] ) },
                { QStringLiteral( "stream" ), QLatin1String( stream.value ) },
                { QStringLiteral( "simulated" ), QStringLiteral( "geometry,round_id,name,weekday,stream" ) } } } );
      }
    }

    QList<Feature> features;
    features.reserve( containers.size() );
    for ( const Container &c : std::as_const( containers ) )
    {
      const Stream &stream = kStreams[c.stream];
      QVariantMap attributes = { { QStringLiteral( "container_id" ), c.id },
                                 { QStringLiteral( "stream" ), QLatin1String( stream.value ) },
                                 { QStringLiteral( "capacity_l" ), stream.capacity },
                                 { QStringLiteral( "fill_sensor" ), unit( c.id, 4 ) < stream.sensorShare },
                                 { QStringLiteral( "simulated" ), simulatedFields() } };
      if ( !c.roundId.isEmpty() )
        attributes.insert( QStringLiteral( "round_id" ), c.roundId );
      if ( !c.streetId.isEmpty() )
        attributes.insert( QStringLiteral( "street_id" ), c.streetId );
      features.append( { pointWkb( c.position ), attributes } );
    }
    if ( !context.addFeatures( QStringLiteral( "waste:containers" ), features, errorMessage ) ||
         !context.addFeatures( QStringLiteral( "waste:rounds" ), rounds, errorMessage ) )
      return false;
    if ( graph )
      logMessage( LogLevel::Info, kTopic,
                  QStringLiteral( "%1 simulated containers, %2 simulated rounds along %3 streets (graph of %4 nodes, %5 edges, "
                                  "%6 T-junctions joined): %7 legs routed in %8 ms, %9 straight between unconnected streets" )
                      .arg( features.size() )
                      .arg( rounds.size() )
                      .arg( streetFeatures.size() )
                      .arg( graph->nodeCount() )
                      .arg( graph->edgeCount() )
                      .arg( graph->junctionCount() )
                      .arg( legs )
                      .arg( routing.elapsed() )
                      .arg( straightLegs ) );
    else
      logMessage( LogLevel::Info, kTopic,
                  QStringLiteral( "%1 simulated containers, %2 simulated rounds" ).arg( features.size() ).arg( rounds.size() ) );
    return true;
  }
} // namespace vigie
