// SPDX-License-Identifier: GPL-2.0-or-later
#include "watermap.h"

#include "watersimulation.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsclassificationquantile.h>
#include <qgscoordinatereferencesystem.h>
#include <qgsgeometry.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgslinesymbol.h>
#include <qgsmarkersymbol.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace vigie
{
  namespace
  {

    QgsLineSymbol *line( const QString &colour, double width )
    {
      return QgsLineSymbol::createSimple( { { QStringLiteral( "line_color" ), colour },
                                            { QStringLiteral( "line_width" ), QString::number( width ) },
                                            { QStringLiteral( "capstyle" ), QStringLiteral( "round" ) } } );
    }

    QgsMarkerSymbol *marker( const QString &colour, double size, const QString &shape = QStringLiteral( "circle" ) )
    {
      return QgsMarkerSymbol::createSimple( { { QStringLiteral( "name" ), shape },
                                              { QStringLiteral( "color" ), colour },
                                              { QStringLiteral( "size" ), QString::number( size ) },
                                              { QStringLiteral( "outline_color" ), QStringLiteral( "#303030" ) },
                                              { QStringLiteral( "outline_width" ), QStringLiteral( "0.15" ) } } );
    }

    QgsVectorLayer *memoryLayer( const QString &geometry, const QString &name, const QgsCoordinateReferenceSystem &crs,
                                 const QList<QgsField> &fields )
    {
      QgsVectorLayer *layer = new QgsVectorLayer( geometry, name, QStringLiteral( "memory" ) );
      layer->setCrs( crs );
      layer->dataProvider()->addAttributes( fields );
      layer->updateFields();
      return layer;
    }

    QgsGeometry polyline( const QVector<QPointF> &path )
    {
      QgsPolylineXY points;
      for ( const QPointF &p : path )
        points << QgsPointXY( p.x(), p.y() );
      return QgsGeometry::fromPolylineXY( points );
    }

    //! Node1, vertices, node2 of a link of any kind; empty when unknown or without coordinates.
    QVector<QPointF> linkPath( const hydraulics::Network &network, const QString &id )
    {
      hydraulics::LinkType type;
      if ( !network.hasLink( id, &type ) )
        return {};
      const int index = network.linkIndex.value( id ).second;
      switch ( type )
      {
      case hydraulics::LinkType::Pipe:
        return network.linkPath( network.pipes.at( index ) );
      case hydraulics::LinkType::Pump:
        return network.linkPath( network.pumps.at( index ) );
      case hydraulics::LinkType::Valve:
        return network.linkPath( network.valves.at( index ) );
      }
      return {};
    }

    // colours from cold (little) to warm (much), ColorBrewer RdYlBu reversed
    const char *const kRamp[] = { "#4575b4", "#91bfdb", "#e0f3f8", "#fee090", "#fc8d59", "#d73027" };
  } // namespace

  QgsVectorLayer *WaterMap::createLinkLayer( const hydraulics::Network &network, const QgsCoordinateReferenceSystem &crs,
                                             QVector<QgsFeatureId> *featureIds )
  {
    QgsVectorLayer *layer = memoryLayer(
        QStringLiteral( "LineString" ), QCoreApplication::translate( "vigie::WaterMap", "Pipes (simulation)" ), crs,
        { QgsField( QStringLiteral( "link_id" ), QVariant::String ), QgsField( QStringLiteral( "kind" ), QVariant::String ),
          QgsField( QStringLiteral( "flow" ), QVariant::Double ), QgsField( QStringLiteral( "velocity" ), QVariant::Double ),
          QgsField( QStringLiteral( "headloss" ), QVariant::Double ), QgsField( QStringLiteral( "status" ), QVariant::Int ) } );
    QgsFeatureList features;
    QVector<int> order;
    int index = 0;
    auto add = [&]( const hydraulics::LinkBase &link, const QString &kind )
    {
      const QVector<QPointF> path = network.linkPath( link );
      if ( path.size() >= 2 )
      {
        QgsFeature f( layer->fields() );
        f.setAttribute( 0, link.id );
        f.setAttribute( 1, kind );
        f.setGeometry( polyline( path ) );
        features << f;
        order << index;
      }
      ++index;
    };
    for ( const hydraulics::Pipe &p : network.pipes )
      add( p, QStringLiteral( "pipe" ) );
    for ( const hydraulics::Pump &p : network.pumps )
      add( p, QStringLiteral( "pump" ) );
    for ( const hydraulics::Valve &v : network.valves )
      add( v, QStringLiteral( "valve" ) );
    layer->dataProvider()->addFeatures( features );
    featureIds->fill( -1, index );
    for ( int i = 0; i < features.size(); ++i )
      ( *featureIds )[order.at( i )] = features.at( i ).id();
    return layer;
  }

  QgsVectorLayer *WaterMap::createNodeLayer( const hydraulics::Network &network, const QgsCoordinateReferenceSystem &crs,
                                             QVector<QgsFeatureId> *featureIds )
  {
    QgsVectorLayer *layer =
        memoryLayer( QStringLiteral( "Point" ), QCoreApplication::translate( "vigie::WaterMap", "Junctions (simulation)" ), crs,
                     { QgsField( QStringLiteral( "node_id" ), QVariant::String ), QgsField( QStringLiteral( "kind" ), QVariant::String ),
                       QgsField( QStringLiteral( "demand" ), QVariant::Double ), QgsField( QStringLiteral( "head" ), QVariant::Double ),
                       QgsField( QStringLiteral( "pressure" ), QVariant::Double ) } );
    QgsFeatureList features;
    QVector<int> order;
    int index = 0;
    auto add = [&]( const QString &id, const QString &kind )
    {
      if ( network.coordinates.contains( id ) )
      {
        const QPointF p = network.coordinates.value( id );
        QgsFeature f( layer->fields() );
        f.setAttribute( 0, id );
        f.setAttribute( 1, kind );
        f.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( p.x(), p.y() ) ) );
        features << f;
        order << index;
      }
      ++index;
    };
    for ( const hydraulics::Junction &j : network.junctions )
      add( j.id, QStringLiteral( "junction" ) );
    for ( const hydraulics::Reservoir &r : network.reservoirs )
      add( r.id, QStringLiteral( "reservoir" ) );
    for ( const hydraulics::Tank &t : network.tanks )
      add( t.id, QStringLiteral( "tank" ) );
    layer->dataProvider()->addFeatures( features );
    featureIds->fill( -1, index );
    for ( int i = 0; i < features.size(); ++i )
      ( *featureIds )[order.at( i )] = features.at( i ).id();
    return layer;
  }

  void WaterMap::showStep( const WaterSimulationResult &result, int step, QgsVectorLayer *links, const QVector<QgsFeatureId> &linkIds,
                           QgsVectorLayer *nodes, const QVector<QgsFeatureId> &nodeIds )
  {
    if ( step < 0 || step >= result.stepCount() )
      return;
    if ( links )
    {
      QgsChangedAttributesMap changes;
      for ( int i = 0; i < linkIds.size() && i < result.linkIds.size(); ++i )
      {
        if ( linkIds.at( i ) < 0 )
          continue;
        changes.insert( linkIds.at( i ), { { 2, result.flow.at( step ).at( i ) },
                                           { 3, result.velocity.at( step ).at( i ) },
                                           { 4, result.headloss.at( step ).at( i ) },
                                           { 5, result.status.at( step ).at( i ) } } );
      }
      links->dataProvider()->changeAttributeValues( changes );
      links->triggerRepaint();
    }
    if ( nodes )
    {
      QgsChangedAttributesMap changes;
      for ( int i = 0; i < nodeIds.size() && i < result.nodeIds.size(); ++i )
      {
        if ( nodeIds.at( i ) < 0 )
          continue;
        changes.insert(
            nodeIds.at( i ),
            { { 2, result.demand.at( step ).at( i ) }, { 3, result.head.at( step ).at( i ) }, { 4, result.pressure.at( step ).at( i ) } } );
      }
      nodes->dataProvider()->changeAttributeValues( changes );
      nodes->triggerRepaint();
    }
  }

  void WaterMap::applyLinkStyle( PipeMeasure measure, bool metric, QgsVectorLayer *links )
  {
    if ( !links )
      return;
    if ( measure == PipeMeasure::Velocity )
    {
      const double f = metric ? 1 : 3.28084; // the same classes in ft/s
      const double breaks[] = { 0, 0.05, 0.2, 0.5, 1.0, 2.0, 1e9 };
      const QString unit = metric ? QStringLiteral( "m/s" ) : QStringLiteral( "ft/s" );
      QgsRangeList ranges;
      for ( int i = 0; i < 6; ++i )
      {
        const QString label =
            i == 5 ? QCoreApplication::translate( "vigie::WaterMap", "above %1 %2" ).arg( breaks[i] * f, 0, 'g', 3 ).arg( unit )
                   : QStringLiteral( "%1 – %2 %3" ).arg( breaks[i] * f, 0, 'g', 3 ).arg( breaks[i + 1] * f, 0, 'g', 3 ).arg( unit );
        ranges << QgsRendererRange( breaks[i] * f, breaks[i + 1] * f, line( QString::fromLatin1( kRamp[i] ), 0.35 + 0.2 * i ), label );
      }
      links->setRenderer( new QgsGraduatedSymbolRenderer( QStringLiteral( "abs(\"velocity\")" ), ranges ) );
    }
    else
    {
      QgsGraduatedSymbolRenderer *renderer = new QgsGraduatedSymbolRenderer( QStringLiteral( "abs(\"flow\")" ) );
      renderer->setClassificationMethod( new QgsClassificationQuantile() );
      renderer->updateClasses( links, 6 );
      QgsRangeList ranges = renderer->ranges();
      for ( int i = 0; i < ranges.size(); ++i )
        renderer->updateRangeSymbol( i, line( QString::fromLatin1( kRamp[std::min( i, 5 )] ), 0.35 + 0.2 * i ) );
      links->setRenderer( renderer );
    }
  }

  void WaterMap::applyPressureStyle( double lowPressure, QgsVectorLayer *nodes )
  {
    if ( !nodes )
      return;
    const double t = lowPressure;
    const QList<std::tuple<double, double, const char *, QString>> classes = {
        { -1e9, 0, "#000000", QCoreApplication::translate( "vigie::WaterMap", "no pressure (below 0)" ) },
        { 0, t, "#d7191c", QCoreApplication::translate( "vigie::WaterMap", "low (below %1)" ).arg( t ) },
        { t, 1.5 * t, "#fdae61", QStringLiteral( "%1 – %2" ).arg( t ).arg( 1.5 * t ) },
        { 1.5 * t, 2.5 * t, "#a6d96a", QStringLiteral( "%1 – %2" ).arg( 1.5 * t ).arg( 2.5 * t ) },
        { 2.5 * t, 1e9, "#2b83ba", QCoreApplication::translate( "vigie::WaterMap", "above %1" ).arg( 2.5 * t ) } };
    QgsRangeList ranges;
    for ( const auto &[low, high, colour, label] : classes )
      ranges << QgsRendererRange( low, high, marker( QString::fromLatin1( colour ), 1.6 ), label );
    nodes->setRenderer( new QgsGraduatedSymbolRenderer( QStringLiteral( "pressure" ), ranges ) );
  }

  QgsVectorLayer *WaterMap::createBalanceLayer( const hydraulics::Network &network, const QVector<hydraulics::ZoneBalance> &balances,
                                                const QgsCoordinateReferenceSystem &crs )
  {
    QgsVectorLayer *layer =
        memoryLayer( QStringLiteral( "LineString" ), QCoreApplication::translate( "vigie::WaterMap", "Metered areas by real losses" ), crs,
                     { QgsField( QStringLiteral( "link_id" ), QVariant::String ), QgsField( QStringLiteral( "area" ), QVariant::String ),
                       QgsField( QStringLiteral( "real_losses" ), QVariant::Double ),
                       QgsField( QStringLiteral( "nrw_pct" ), QVariant::Double ), QgsField( QStringLiteral( "ili" ), QVariant::Double ) } );
    QgsFeatureList features;
    for ( const hydraulics::ZoneBalance &b : balances )
    {
      for ( const QString &pipe : b.pipes )
      {
        const QVector<QPointF> path = linkPath( network, pipe );
        if ( path.size() < 2 )
          continue;
        QgsFeature f( layer->fields() );
        f.setAttributes( QgsAttributes() << pipe << b.summary.name << b.summary.realLosses << b.summary.nonRevenuePercent
                                         << b.summary.ili );
        f.setGeometry( polyline( path ) );
        features << f;
      }
    }
    layer->dataProvider()->addFeatures( features );
    // one class per area, coloured by its real losses (the most losing area warmest)
    QVector<hydraulics::ZoneBalance> sorted = balances;
    std::sort( sorted.begin(), sorted.end(),
               []( const hydraulics::ZoneBalance &a, const hydraulics::ZoneBalance &b )
               { return a.summary.realLosses < b.summary.realLosses; } );
    QgsCategoryList categories;
    for ( int i = 0; i < sorted.size(); ++i )
    {
      const int colour = sorted.size() == 1 ? 5 : static_cast<int>( 5.0 * i / ( sorted.size() - 1 ) );
      categories << QgsRendererCategory( sorted.at( i ).summary.name, line( QString::fromLatin1( kRamp[colour] ), 0.9 ),
                                         QCoreApplication::translate( "vigie::WaterMap", "%1: %2 m³/day lost" )
                                             .arg( sorted.at( i ).summary.name )
                                             .arg( sorted.at( i ).summary.realLosses, 0, 'f', 0 ) );
    }
    layer->setRenderer( new QgsCategorizedSymbolRenderer( QStringLiteral( "area" ), categories ) );
    return layer;
  }

  void WaterMap::createIsolationLayers( const QJsonObject &geoJson, const QgsCoordinateReferenceSystem &crs, QgsVectorLayer **lines,
                                        QgsVectorLayer **points )
  {
    const QList<QgsField> fields = { QgsField( QStringLiteral( "id" ), QVariant::String ),
                                     QgsField( QStringLiteral( "role" ), QVariant::String ) };
    *lines = memoryLayer( QStringLiteral( "LineString" ), QCoreApplication::translate( "vigie::WaterMap", "Isolation: pipes and valves" ),
                          crs, fields );
    *points = memoryLayer( QStringLiteral( "Point" ),
                           QCoreApplication::translate( "vigie::WaterMap", "Isolation: valves and cut-off junctions" ), crs, fields );
    QgsFeatureList lineFeatures, pointFeatures;
    const QJsonArray features = geoJson.value( QStringLiteral( "features" ) ).toArray();
    for ( const QJsonValue &value : features )
    {
      const QJsonObject feature = value.toObject();
      const QJsonObject geometry = feature.value( QStringLiteral( "geometry" ) ).toObject();
      const QJsonObject properties = feature.value( QStringLiteral( "properties" ) ).toObject();
      const QString type = geometry.value( QStringLiteral( "type" ) ).toString();
      const QJsonArray coordinates = geometry.value( QStringLiteral( "coordinates" ) ).toArray();
      QgsFeature f( ( *lines )->fields() );
      f.setAttributes( QgsAttributes() << properties.value( QStringLiteral( "id" ) ).toString()
                                       << properties.value( QStringLiteral( "role" ) ).toString() );
      if ( type == QLatin1String( "LineString" ) )
      {
        QVector<QPointF> path;
        for ( const QJsonValue &c : coordinates )
          path << QPointF( c.toArray().at( 0 ).toDouble(), c.toArray().at( 1 ).toDouble() );
        f.setGeometry( polyline( path ) );
        lineFeatures << f;
      }
      else if ( type == QLatin1String( "Point" ) )
      {
        f.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( coordinates.at( 0 ).toDouble(), coordinates.at( 1 ).toDouble() ) ) );
        pointFeatures << f;
      }
    }
    ( *lines )->dataProvider()->addFeatures( lineFeatures );
    ( *points )->dataProvider()->addFeatures( pointFeatures );
    ( *lines )->setRenderer( new QgsCategorizedSymbolRenderer(
        QStringLiteral( "role" ), { QgsRendererCategory( QStringLiteral( "burst" ), line( QStringLiteral( "#e31a1c" ), 2.2 ),
                                                         QCoreApplication::translate( "vigie::WaterMap", "burst pipe" ) ),
                                    QgsRendererCategory( QStringLiteral( "segment" ), line( QStringLiteral( "#ff7f00" ), 1.6 ),
                                                         QCoreApplication::translate( "vigie::WaterMap", "segment emptied" ) ),
                                    QgsRendererCategory( QStringLiteral( "cut_off" ), line( QStringLiteral( "#984ea3" ), 1.2 ),
                                                         QCoreApplication::translate( "vigie::WaterMap", "cut off (no supply)" ) ),
                                    QgsRendererCategory( QStringLiteral( "valve" ), line( QStringLiteral( "#000000" ), 2.6 ),
                                                         QCoreApplication::translate( "vigie::WaterMap", "valve or pump to close" ) ) } ) );
    ( *points )->setRenderer( new QgsCategorizedSymbolRenderer(
        QStringLiteral( "role" ),
        { QgsRendererCategory( QStringLiteral( "valve" ), marker( QStringLiteral( "#000000" ), 3.2, QStringLiteral( "diamond" ) ),
                               QCoreApplication::translate( "vigie::WaterMap", "valve to close" ) ),
          QgsRendererCategory( QStringLiteral( "cut_off_junction" ), marker( QStringLiteral( "#984ea3" ), 1.8 ),
                               QCoreApplication::translate( "vigie::WaterMap", "junction without water" ) ) } ) );
  }

  QgsVectorLayer *WaterMap::createLeakLayer( const hydraulics::Network &network, const QVector<hydraulics::DetectedLeak> &leaks,
                                             int selected, const QgsCoordinateReferenceSystem &crs )
  {
    QgsVectorLayer *layer = memoryLayer(
        QStringLiteral( "LineString" ), QCoreApplication::translate( "vigie::WaterMap", "Leak candidates" ), crs,
        { QgsField( QStringLiteral( "pipe" ), QVariant::String ), QgsField( QStringLiteral( "rank" ), QVariant::Int ),
          QgsField( QStringLiteral( "similarity" ), QVariant::Double ), QgsField( QStringLiteral( "leak" ), QVariant::Int ) } );
    QgsFeatureList features;
    auto add = [&]( const QString &pipe, int rank, double similarity, int leak )
    {
      const QVector<QPointF> path = linkPath( network, pipe );
      if ( path.size() < 2 )
        return;
      QgsFeature f( layer->fields() );
      f.setAttributes( QgsAttributes() << pipe << rank << similarity << leak );
      f.setGeometry( polyline( path ) );
      features << f;
    };
    if ( selected >= 0 && selected < leaks.size() )
    {
      const QVector<hydraulics::LeakCandidate> &candidates = leaks.at( selected ).candidates;
      for ( int r = candidates.size() - 1; r >= 0; --r ) // best drawn last, on top
        add( candidates.at( r ).pipe, r + 1, candidates.at( r ).similarity, selected + 1 );
    }
    for ( int l = 0; l < leaks.size(); ++l )
      add( leaks.at( l ).pipe, 0, 1, l + 1 );
    layer->dataProvider()->addFeatures( features );
    QgsRangeList ranges;
    ranges << QgsRendererRange( 0, 0.5, line( QStringLiteral( "#e31a1c" ), 2.4 ),
                                QCoreApplication::translate( "vigie::WaterMap", "reported leak pipe" ) );
    ranges << QgsRendererRange( 0.5, 1.5, line( QStringLiteral( "#ff7f00" ), 2.0 ),
                                QCoreApplication::translate( "vigie::WaterMap", "candidate 1" ) );
    ranges << QgsRendererRange( 1.5, 3.5, line( QStringLiteral( "#fdbf6f" ), 1.6 ),
                                QCoreApplication::translate( "vigie::WaterMap", "candidates 2-3" ) );
    ranges << QgsRendererRange( 3.5, 1000, line( QStringLiteral( "#fff200" ), 1.2 ),
                                QCoreApplication::translate( "vigie::WaterMap", "candidates 4 and more" ) );
    layer->setRenderer( new QgsGraduatedSymbolRenderer( QStringLiteral( "rank" ), ranges ) );
    return layer;
  }
} // namespace vigie
