// SPDX-License-Identifier: GPL-2.0-or-later
// The water network of a territory: .inp import into the water layers (and DMA polygons),
// the network rebuilt from the layers for export, isolation and the app.
#include "waterterritory.h"

#include "domainplugin.h"
#include "inpreader.h"
#include "inpwriter.h"
#include "pluginmanager.h"
#include "territory.h"
#include "watercli.h"
#include "waternetworkgraph.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace vigie::hydraulics
{
  namespace
  {

    QString shown( const QString &path )
    {
      return QDir::toNativeSeparators( path );
    }

    //! The pseudo-section of model_sections holding the placement (never written to an .inp).
    const QString kPlacementSection = QStringLiteral( "VIGIE PLACEMENT" );
    //! Sections whose content is in the element layers.
    const QStringList kElementSections = { QStringLiteral( "JUNCTIONS" ),   QStringLiteral( "RESERVOIRS" ), QStringLiteral( "TANKS" ),
                                           QStringLiteral( "PIPES" ),       QStringLiteral( "PUMPS" ),      QStringLiteral( "VALVES" ),
                                           QStringLiteral( "COORDINATES" ), QStringLiteral( "VERTICES" ),   QStringLiteral( "END" ) };
    //! The water layers in import order (nodes before links); the ids they are keyed by.
    const QList<QPair<QString, QString>> kLayers = { { QStringLiteral( "water:junctions" ), QStringLiteral( "node_id" ) },
                                                     { QStringLiteral( "water:reservoirs" ), QStringLiteral( "node_id" ) },
                                                     { QStringLiteral( "water:tanks" ), QStringLiteral( "node_id" ) },
                                                     { QStringLiteral( "water:pipes" ), QStringLiteral( "pipe_id" ) },
                                                     { QStringLiteral( "water:pumps" ), QStringLiteral( "pump_id" ) },
                                                     { QStringLiteral( "water:valves" ), QStringLiteral( "valve_id" ) },
                                                     { QStringLiteral( "water:dmas" ), QStringLiteral( "name" ) },
                                                     { QStringLiteral( "water:model_sections" ), QStringLiteral( "section" ) } };

    QString tableName( const QString &qualified )
    {
      return QString( qualified ).replace( QLatin1Char( ':' ), QLatin1Char( '_' ) );
    }

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

    //! File units -> layer units (m, mm, L/s, kW, m³): US models are in feet, inches and horsepower.
    struct Units
    {
      double length = 1;
      double diameter = 1;
      double flow = 1;
      double power = 1;
      double volume = 1;
      explicit Units( FlowUnits flowUnits )
      {
        if ( !isMetric( flowUnits ) )
        {
          length = 0.3048;
          diameter = 25.4;
          power = 0.745699872;
        }
        volume = length * length * length;
        flow = toLitresPerSecond( flowUnits );
      }
    };

    //! Back to file units: 12 significant digits drop the last-bit noise of the conversion.
    double toFile( double value, double factor )
    {
      if ( factor == 1 )
        return value;
      return QString::number( value / factor, 'g', 12 ).toDouble();
    }

    QString statusName( PipeStatus status )
    {
      return status == PipeStatus::Open     ? QStringLiteral( "open" )
             : status == PipeStatus::Closed ? QStringLiteral( "closed" )
                                            : QStringLiteral( "check valve" );
    }

    bool parseStatus( const QString &text, PipeStatus *status )
    {
      const QString t = text.trimmed().toLower();
      if ( t.isEmpty() || t == QLatin1String( "open" ) )
        *status = PipeStatus::Open;
      else if ( t == QLatin1String( "closed" ) )
        *status = PipeStatus::Closed;
      else if ( t == QLatin1String( "check valve" ) || t == QLatin1String( "cv" ) )
        *status = PipeStatus::CheckValve;
      else
        return false;
      return true;
    }

    QByteArray toWkb( const OGRGeometry &geometry )
    {
      QByteArray wkb( static_cast<int>( geometry.WkbSize() ), Qt::Uninitialized );
      geometry.exportToWkb( wkbNDR, reinterpret_cast<unsigned char *>( wkb.data() ), wkbVariantIso );
      return wkb;
    }

    std::unique_ptr<OGRGeometry> fromWkb( const QByteArray &wkb )
    {
      if ( wkb.isEmpty() )
        return nullptr;
      OGRGeometry *g = nullptr;
      if ( OGRGeometryFactory::createFromWkb( wkb.constData(), nullptr, &g, wkb.size(), wkbVariantIso ) != OGRERR_NONE )
        return nullptr;
      return std::unique_ptr<OGRGeometry>( g );
    }

    //! One [SECTION] of an .inp text: upper-case name and the lines after the header.
    struct Section
    {
      QString name;
      QString content;
    };

    QList<Section> splitSections( const QString &text )
    {
      QList<Section> sections;
      const QStringList lines = text.split( QLatin1Char( '\n' ) );
      for ( const QString &line : lines )
      {
        const QString trimmed = line.trimmed();
        if ( trimmed.startsWith( QLatin1Char( '[' ) ) && trimmed.contains( QLatin1Char( ']' ) ) )
        {
          sections.append( { trimmed.mid( 1, trimmed.indexOf( QLatin1Char( ']' ) ) - 1 ).trimmed().toUpper(), QString() } );
          continue;
        }
        if ( sections.isEmpty() )
          continue;
        sections.last().content += line + QLatin1Char( '\n' );
      }
      // the blank line the writer puts before the next header
      for ( Section &s : sections )
      {
        while ( s.content.endsWith( QLatin1String( "\n\n" ) ) )
          s.content.chop( 1 );
      }
      return sections;
    }

    //! Affine part of a placement and its inverse.
    constexpr double kPi = 3.14159265358979323846;

    QPointF affine( const WaterPlacement &p, const QPointF &point )
    {
      const double r = p.rotationDegrees * kPi / 180.0;
      const double c = std::cos( r ), s = std::sin( r );
      return QPointF( p.dx + p.scale * ( c * point.x() - s * point.y() ), p.dy + p.scale * ( s * point.x() + c * point.y() ) );
    }

    QPointF inverseAffine( const WaterPlacement &p, const QPointF &point )
    {
      const double r = p.rotationDegrees * kPi / 180.0;
      const double c = std::cos( r ), s = std::sin( r );
      const double x = ( point.x() - p.dx ) / p.scale, y = ( point.y() - p.dy ) / p.scale;
      return QPointF( c * x + s * y, -s * x + c * y );
    }

    bool parseSrs( const QString &crs, OGRSpatialReference *srs, QString *error )
    {
      CPLPushErrorHandler( CPLQuietErrorHandler );
      const OGRErr rc = srs->SetFromUserInput( crs.toUtf8().constData() );
      CPLPopErrorHandler();
      if ( rc != OGRERR_NONE )
      {
        *error = QCoreApplication::translate( "vigie::hydraulics", "unknown CRS \"%1\"" ).arg( crs );
        return false;
      }
      srs->SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
      return true;
    }

    using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, void ( * )( OGRCoordinateTransformation * )>;

    //! PROJ transformation between two CRSs; a null pointer when they are the same.
    bool makeTransform( const QString &from, const QString &to, TransformPtr *result, QString *error )
    {
      OGRSpatialReference source, target;
      if ( !parseSrs( from, &source, error ) || !parseSrs( to, &target, error ) )
        return false;
      if ( source.IsSame( &target ) )
        return true;
      CPLPushErrorHandler( CPLQuietErrorHandler );
      OGRCoordinateTransformation *ct = OGRCreateCoordinateTransformation( &source, &target );
      CPLPopErrorHandler();
      if ( !ct )
      {
        *error = QCoreApplication::translate( "vigie::hydraulics", "no coordinate transformation from %1 to %2" ).arg( from, to );
        return false;
      }
      *result = TransformPtr( ct, &OGRCoordinateTransformation::DestroyCT );
      return true;
    }

    //! The plugin manager of the territory commands (the same plugin files as vigie-cli's).
    PluginManager &manager()
    {
      static PluginManager m;
      static const bool loaded = []
      {
        // the same folder may come twice ($VIGIE_PLUGIN_PATH and the default): once is enough
        QStringList directories;
        const QStringList paths = PluginManager::defaultSearchPaths();
        for ( const QString &path : paths )
        {
          const QString canonical = QFileInfo( path ).canonicalFilePath();
          if ( !canonical.isEmpty() && !directories.contains( canonical ) )
            directories << canonical;
        }
        m.loadFrom( directories );
        return true;
      }();
      Q_UNUSED( loaded )
      return m;
    }

    QString placementText( const WaterPlacement &p )
    {
      return QStringLiteral( " CRS\t%1\n TRANSFORM\t%2\t%3\t%4\t%5\n" )
          .arg( p.sourceCrs.isEmpty() ? QStringLiteral( "*" ) : p.sourceCrs )
          .arg( p.dx, 0, 'g', 17 )
          .arg( p.dy, 0, 'g', 17 )
          .arg( p.scale, 0, 'g', 17 )
          .arg( p.rotationDegrees, 0, 'g', 17 );
    }

    WaterPlacement parsePlacement( const QString &content )
    {
      WaterPlacement p;
      const QStringList lines = content.split( QLatin1Char( '\n' ) );
      for ( const QString &line : lines )
      {
        const QStringList t = line.trimmed().split( QLatin1Char( '\t' ) );
        if ( t.value( 0 ) == QLatin1String( "CRS" ) && t.size() >= 2 && t.at( 1 ) != QLatin1String( "*" ) )
          p.sourceCrs = t.at( 1 );
        else if ( t.value( 0 ) == QLatin1String( "TRANSFORM" ) && t.size() >= 5 )
        {
          p.dx = t.at( 1 ).toDouble();
          p.dy = t.at( 2 ).toDouble();
          p.scale = t.at( 3 ).toDouble();
          p.rotationDegrees = t.at( 4 ).toDouble();
          if ( p.scale == 0 )
            p.scale = 1;
        }
      }
      return p;
    }

    //! DMA polygon: concave hull of the zone's nodes (convex when GEOS has no concave hull), buffered.
    std::unique_ptr<OGRGeometry> zonePolygon( const QVector<QPointF> &points, double buffer )
    {
      OGRMultiPoint multi;
      for ( const QPointF &p : points )
        multi.addGeometryDirectly( new OGRPoint( p.x(), p.y() ) );
      CPLPushErrorHandler( CPLQuietErrorHandler );
      std::unique_ptr<OGRGeometry> hull( points.size() >= 3 ? multi.ConcaveHull( 0.3, false ) : nullptr );
      if ( !hull || hull->IsEmpty() )
        hull.reset( multi.ConvexHull() );
      std::unique_ptr<OGRGeometry> buffered( hull ? hull->Buffer( buffer, 8 ) : nullptr );
      if ( buffered && wkbFlatten( buffered->getGeometryType() ) != wkbPolygon )
      {
        std::unique_ptr<OGRGeometry> convex( multi.ConvexHull() );
        buffered.reset( convex ? convex->Buffer( buffer, 8 ) : nullptr );
      }
      CPLPopErrorHandler();
      if ( !buffered || wkbFlatten( buffered->getGeometryType() ) != wkbPolygon )
        return nullptr;
      return buffered;
    }

    QString sqlQuote( const QString &value )
    {
      return QLatin1Char( '\'' ) + QString( value ).replace( QLatin1Char( '\'' ), QStringLiteral( "''" ) ) + QLatin1Char( '\'' );
    }

    //! Sets one field of an OGR feature from a value of a Feature; null for empty strings.
    bool setField( OGRFeature &feature, const QString &name, const QVariant &value, QString *reason )
    {
      const int index = feature.GetFieldIndex( name.toUtf8().constData() );
      if ( index < 0 )
      {
        *reason = QCoreApplication::translate( "vigie::hydraulics",
                                               "the layer has no field \"%1\" (territory written by an older water plugin?)" )
                      .arg( name );
        return false;
      }
      if ( !value.isValid() || value.isNull() || ( value.userType() == QMetaType::QString && value.toString().isEmpty() ) )
      {
        feature.SetFieldNull( index );
        return true;
      }
      const OGRFieldDefn *defn = feature.GetFieldDefnRef( index );
      switch ( defn->GetType() )
      {
      case OFTReal:
        feature.SetField( index, value.toDouble() );
        break;
      case OFTInteger:
        feature.SetField( index, defn->GetSubType() == OFSTBoolean ? ( value.toBool() ? 1 : 0 ) : value.toInt() );
        break;
      case OFTInteger64:
        feature.SetField( index, static_cast<GIntBig>( value.toLongLong() ) );
        break;
      default:
        feature.SetField( index, value.toString().toUtf8().constData() );
      }
      return true;
    }

    bool isNull( const QVariant &v )
    {
      return !v.isValid() || v.isNull() || ( v.userType() == QMetaType::QString && v.toString().trimmed().isEmpty() );
    }

    //! Reads the attributes of one layer feature, with messages naming layer, id and field.
    class FieldReader
    {
    public:
      FieldReader( const QString &territory, const QString &layer, const Feature &feature, const QString &idField )
          : mTerritory( territory ), mLayer( layer ), mFeature( feature )
      {
        mId = feature.attributes.value( idField ).toString();
      }
      QString id() const { return mId; }
      QString text( const char *field ) const { return mFeature.attributes.value( QLatin1String( field ) ).toString(); }
      //! A required number; false (and the message) when empty or not a number.
      bool number( const char *field, double *value, QString *error, bool required = true, double fallback = 0 ) const
      {
        const QVariant v = mFeature.attributes.value( QLatin1String( field ) );
        if ( isNull( v ) )
        {
          if ( !required )
          {
            *value = fallback;
            return true;
          }
          *error = message( field, QCoreApplication::translate( "vigie::hydraulics", "a value is required" ) );
          return false;
        }
        bool ok = false;
        *value = v.toDouble( &ok );
        if ( !ok || !std::isfinite( *value ) )
        {
          *error = message( field, QCoreApplication::translate( "vigie::hydraulics", "\"%1\" is not a number" ).arg( v.toString() ) );
          return false;
        }
        return true;
      }
      QString message( const char *field, const QString &reason ) const
      {
        return QCoreApplication::translate( "vigie::hydraulics", "%1: layer %2, \"%3\", field %4: %5" )
            .arg( shown( mTerritory ), mLayer, mId, QLatin1String( field ), reason );
      }

    private:
      QString mTerritory;
      QString mLayer;
      const Feature &mFeature;
      QString mId;
    };
  } // namespace

  bool WaterPlacement::parseTransform( const QString &text, QString *errorMessage )
  {
    const QStringList parts = text.split( QLatin1Char( ',' ) );
    QVector<double> values;
    for ( const QString &part : parts )
    {
      bool ok = false;
      const double v = part.trimmed().toDouble( &ok );
      if ( !ok || !std::isfinite( v ) )
      {
        values.clear();
        break;
      }
      values << v;
    }
    if ( values.size() < 2 || values.size() > 4 || ( values.size() >= 3 && values.at( 2 ) <= 0 ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::hydraulics",
                                                     "--transform needs DX,DY[,SCALE[,ROTATION]] with a positive scale, not \"%1\"" )
                            .arg( text );
      return false;
    }
    dx = values.at( 0 );
    dy = values.at( 1 );
    scale = values.size() >= 3 ? values.at( 2 ) : 1;
    rotationDegrees = values.size() >= 4 ? values.at( 3 ) : 0;
    return true;
  }

  bool waterLayerFeatures( const Network &network, const QString &networkName, bool benchmark,
                           const std::function<bool( QPointF * )> &toTerritory, const WaterPlacement &placement,
                           QMap<QString, QList<Feature>> *features, QString *errorMessage )
  {
    const Units units( network.flowUnits );
    auto base = [&]( QVariantMap attributes )
    {
      attributes.insert( QStringLiteral( "network" ), networkName );
      attributes.insert( QStringLiteral( "benchmark" ), benchmark );
      return attributes;
    };
    QHash<QString, QPointF> placed;
    for ( auto it = network.coordinates.constBegin(); it != network.coordinates.constEnd(); ++it )
    {
      QPointF p = it.value();
      if ( !toTerritory( &p ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::hydraulics",
                                                       "node \"%1\": coordinates (%2, %3) cannot be transformed to the territory CRS" )
                              .arg( it.key() )
                              .arg( it.value().x(), 0, 'g', 12 )
                              .arg( it.value().y(), 0, 'g', 12 );
        return false;
      }
      placed.insert( it.key(), p );
    }
    auto point = [&]( const QString &node )
    {
      if ( !placed.contains( node ) )
        return QByteArray();
      const QPointF p = placed.value( node );
      return toWkb( OGRPoint( p.x(), p.y() ) );
    };
    bool ok = true;
    QString failure;
    auto line = [&]( const LinkBase &link )
    {
      if ( !placed.contains( link.node1 ) || !placed.contains( link.node2 ) )
        return QByteArray();
      OGRLineString ls;
      ls.addPoint( placed.value( link.node1 ).x(), placed.value( link.node1 ).y() );
      const QVector<QPointF> vertices = network.vertices.value( link.id );
      for ( QPointF v : vertices )
      {
        if ( !toTerritory( &v ) )
        {
          ok = false;
          failure = QCoreApplication::translate( "vigie::hydraulics", "link \"%1\": a vertex cannot be transformed to the territory CRS" )
                        .arg( link.id );
        }
        ls.addPoint( v.x(), v.y() );
      }
      ls.addPoint( placed.value( link.node2 ).x(), placed.value( link.node2 ).y() );
      return toWkb( ls );
    };

    QList<Feature> &junctions = ( *features )[QStringLiteral( "water:junctions" )];
    for ( const Junction &j : network.junctions )
      junctions.append( { point( j.id ), base( { { QStringLiteral( "node_id" ), j.id },
                                                 { QStringLiteral( "elevation_m" ), j.elevation * units.length },
                                                 { QStringLiteral( "base_demand_lps" ), j.baseDemand * units.flow },
                                                 { QStringLiteral( "pattern" ), j.pattern },
                                                 { QStringLiteral( "remark" ), j.comment } } ) } );
    QList<Feature> &reservoirs = ( *features )[QStringLiteral( "water:reservoirs" )];
    for ( const Reservoir &r : network.reservoirs )
      reservoirs.append( { point( r.id ), base( { { QStringLiteral( "node_id" ), r.id },
                                                  { QStringLiteral( "head_m" ), r.head * units.length },
                                                  { QStringLiteral( "pattern" ), r.pattern },
                                                  { QStringLiteral( "remark" ), r.comment } } ) } );
    QList<Feature> &tanks = ( *features )[QStringLiteral( "water:tanks" )];
    for ( const Tank &t : network.tanks )
      tanks.append( { point( t.id ), base( { { QStringLiteral( "node_id" ), t.id },
                                             { QStringLiteral( "elevation_m" ), t.elevation * units.length },
                                             { QStringLiteral( "init_level_m" ), t.initLevel * units.length },
                                             { QStringLiteral( "min_level_m" ), t.minLevel * units.length },
                                             { QStringLiteral( "max_level_m" ), t.maxLevel * units.length },
                                             { QStringLiteral( "diameter_m" ), t.diameter * units.length },
                                             { QStringLiteral( "min_volume_m3" ), t.minVolume * units.volume },
                                             { QStringLiteral( "volume_curve" ), t.volumeCurve },
                                             { QStringLiteral( "overflow" ), t.overflow },
                                             { QStringLiteral( "remark" ), t.comment } } ) } );
    QList<Feature> &pipes = ( *features )[QStringLiteral( "water:pipes" )];
    for ( const Pipe &p : network.pipes )
      pipes.append( { line( p ), base( { { QStringLiteral( "pipe_id" ), p.id },
                                         { QStringLiteral( "node1" ), p.node1 },
                                         { QStringLiteral( "node2" ), p.node2 },
                                         { QStringLiteral( "length_m" ), p.length * units.length },
                                         { QStringLiteral( "diameter_mm" ), p.diameter * units.diameter },
                                         { QStringLiteral( "roughness" ), p.roughness },
                                         { QStringLiteral( "minor_loss" ), p.minorLoss },
                                         { QStringLiteral( "status" ), statusName( p.status ) },
                                         { QStringLiteral( "remark" ), p.comment } } ) } );
    QList<Feature> &pumps = ( *features )[QStringLiteral( "water:pumps" )];
    for ( const Pump &p : network.pumps )
    {
      QVariantMap attributes = { { QStringLiteral( "pump_id" ), p.id },    { QStringLiteral( "node1" ), p.node1 },
                                 { QStringLiteral( "node2" ), p.node2 },   { QStringLiteral( "head_curve" ), p.headCurve },
                                 { QStringLiteral( "speed" ), p.speed },   { QStringLiteral( "speed_pattern" ), p.pattern },
                                 { QStringLiteral( "remark" ), p.comment } };
      if ( p.power > 0 )
        attributes.insert( QStringLiteral( "power_kw" ), p.power * units.power );
      pumps.append( { line( p ), base( attributes ) } );
    }
    QList<Feature> &valves = ( *features )[QStringLiteral( "water:valves" )];
    for ( const Valve &v : network.valves )
      valves.append( { line( v ), base( { { QStringLiteral( "valve_id" ), v.id },
                                          { QStringLiteral( "node1" ), v.node1 },
                                          { QStringLiteral( "node2" ), v.node2 },
                                          { QStringLiteral( "diameter_mm" ), v.diameter * units.diameter },
                                          { QStringLiteral( "valve_type" ), valveTypeName( v.type ) },
                                          { QStringLiteral( "setting" ), v.setting },
                                          { QStringLiteral( "minor_loss" ), v.minorLoss },
                                          { QStringLiteral( "remark" ), v.comment } } ) } );
    if ( !ok )
    {
      if ( errorMessage )
        *errorMessage = failure;
      return false;
    }

    // DMAs: zones cut by pumps and valves, drawn around their nodes
    QList<Feature> &dmas = ( *features )[QStringLiteral( "water:dmas" )];
    QRectF extent;
    for ( const QPointF &p : std::as_const( placed ) )
      extent = extent.isNull() ? QRectF( p, QSizeF( 1e-9, 1e-9 ) ) : extent.united( QRectF( p, QSizeF( 1e-9, 1e-9 ) ) );
    const double buffer = std::max( 0.01 * std::hypot( extent.width(), extent.height() ), 1e-6 );
    const QVector<Zone> zones = deriveZones( network );
    for ( const Zone &zone : zones )
    {
      QVector<QPointF> points;
      int junctionCount = 0;
      for ( const QString &node : zone.nodes )
      {
        NodeType type = NodeType::Junction;
        if ( network.hasNode( node, &type ) && type == NodeType::Junction )
          ++junctionCount;
        if ( placed.contains( node ) )
          points << placed.value( node );
      }
      if ( points.isEmpty() )
        continue;
      // hash order is not stable: sort so that the hull is the same on every run
      std::sort( points.begin(), points.end(),
                 []( const QPointF &a, const QPointF &b ) { return a.x() < b.x() || ( a.x() == b.x() && a.y() < b.y() ); } );
      const std::unique_ptr<OGRGeometry> polygon = zonePolygon( points, buffer );
      QStringList meters;
      for ( const auto &b : zone.boundary )
        meters << b.first;
      dmas.append( { polygon ? toWkb( *polygon ) : QByteArray(),
                     base( { { QStringLiteral( "name" ), zone.name },
                             { QStringLiteral( "inflow_meters" ), meters.join( QLatin1Char( ',' ) ) },
                             { QStringLiteral( "junctions" ), junctionCount },
                             { QStringLiteral( "base_demand_lps" ), zone.baseDemand * units.flow } } ) } );
    }

    // what the layers cannot hold, as the writer writes it
    QList<Feature> &sections = ( *features )[QStringLiteral( "water:model_sections" )];
    int position = 0;
    const QList<Section> all = splitSections( InpWriter::toText( network ) );
    for ( const Section &s : all )
    {
      if ( kElementSections.contains( s.name ) )
        continue;
      sections.append( { QByteArray(), base( { { QStringLiteral( "section" ), s.name },
                                               { QStringLiteral( "position" ), ++position },
                                               { QStringLiteral( "content" ), s.content } } ) } );
    }
    sections.append( { QByteArray(), base( { { QStringLiteral( "section" ), kPlacementSection },
                                             { QStringLiteral( "position" ), ++position },
                                             { QStringLiteral( "content" ), placementText( placement ) } } ) } );
    return true;
  }

  QList<DomainPlugin *> waterTerritoryPlugins( QString *errorMessage )
  {
    const QList<DomainPlugin *> plugins = manager().plugins();
    if ( !manager().plugin( QStringLiteral( "water" ) ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::hydraulics", "the water plugin is not installed (searched: %1)" )
                            .arg( shown( PluginManager::defaultSearchPaths().join( QStringLiteral( ", " ) ) ) );
      return {};
    }
    return plugins;
  }

  bool importInpIntoTerritory( const QString &territoryPath, const QString &inpPath, const WaterImportOptions &options, QString *summary,
                               QString *errorMessage )
  {
    auto fail = [errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    QString error;
    // everything that can fail without the territory is checked first
    Network network;
    if ( !InpReader::readFile( inpPath, network, &error ) )
      return fail( error );
    const QString name = options.networkName.isEmpty() ? QFileInfo( inpPath ).completeBaseName() : options.networkName;
    OGRSpatialReference check;
    if ( !options.placement.sourceCrs.isEmpty() && !parseSrs( options.placement.sourceCrs, &check, &error ) )
      return fail( error );
    const QList<DomainPlugin *> plugins = waterTerritoryPlugins( &error );
    if ( plugins.isEmpty() )
      return fail( error );
    if ( !QFileInfo( territoryPath ).isFile() )
      return fail( QCoreApplication::translate( "vigie::hydraulics", "%1: no such territory file" ).arg( shown( territoryPath ) ) );
    std::unique_ptr<Territory> territory = Territory::open( territoryPath, plugins, Territory::Mode::ReadWrite, &error );
    if ( !territory )
      return fail( error );

    TransformPtr transform( nullptr, &OGRCoordinateTransformation::DestroyCT );
    if ( !options.placement.sourceCrs.isEmpty() &&
         !makeTransform( options.placement.sourceCrs, territory->info().crs, &transform, &error ) )
      return fail( error );
    const WaterPlacement placement = options.placement;
    auto toTerritory = [&]( QPointF *p )
    {
      *p = affine( placement, *p );
      if ( !transform )
        return true;
      double x = p->x(), y = p->y();
      CPLPushErrorHandler( CPLQuietErrorHandler );
      const bool done = transform->Transform( 1, &x, &y ) && std::isfinite( x ) && std::isfinite( y );
      CPLPopErrorHandler();
      *p = QPointF( x, y );
      return done;
    };
    QMap<QString, QList<Feature>> features;
    if ( !waterLayerFeatures( network, name, options.benchmark, toTerritory, placement, &features, &error ) )
      return fail( QStringLiteral( "%1: %2" ).arg( shown( inpPath ), error ) );

    GDALDataset *dataset = territory->dataset();
    QHash<QString, OGRLayer *> layers;
    qint64 existing = 0;
    for ( const auto &l : kLayers )
    {
      OGRLayer *layer = dataset->GetLayerByName( tableName( l.first ).toUtf8().constData() );
      if ( !layer || layer->GetLayerDefn()->GetFieldIndex( "network" ) < 0 )
        return fail( QCoreApplication::translate( "vigie::hydraulics", "%1: the territory has no layer %2 (water plugin schema %3)" )
                         .arg( shown( territoryPath ), l.first )
                         .arg( territory->schemaVersions().value( QStringLiteral( "water" ) ) ) );
      layers.insert( l.first, layer );
      layer->SetAttributeFilter( QStringLiteral( "network = %1" ).arg( sqlQuote( name ) ).toUtf8().constData() );
      existing += layer->GetFeatureCount();
      layer->SetAttributeFilter( nullptr );
    }
    if ( existing > 0 && !options.replace )
      return fail( QCoreApplication::translate(
                       "vigie::hydraulics",
                       "%1 already holds %2 water features of network \"%3\": nothing imported (use --replace to replace them)" )
                       .arg( shown( territoryPath ) )
                       .arg( existing )
                       .arg( name ) );

    CPLPushErrorHandler( CPLQuietErrorHandler );
    struct PopHandler
    {
      ~PopHandler() { CPLPopErrorHandler(); }
    } pop;
    if ( dataset->StartTransaction() != OGRERR_NONE )
      return fail( QCoreApplication::translate( "vigie::hydraulics", "%1: cannot start a transaction: %2" )
                       .arg( shown( territoryPath ), QString::fromUtf8( CPLGetLastErrorMsg() ) ) );
    auto rollback = [&]( const QString &message )
    {
      dataset->RollbackTransaction();
      return fail( message );
    };
    if ( options.replace )
    {
      for ( const auto &l : kLayers )
      {
        OGRLayer *layer = layers.value( l.first );
        layer->SetAttributeFilter( QStringLiteral( "network = %1" ).arg( sqlQuote( name ) ).toUtf8().constData() );
        QVector<GIntBig> fids;
        layer->ResetReading();
        while ( OGRFeature *f = layer->GetNextFeature() )
        {
          fids << f->GetFID();
          OGRFeature::DestroyFeature( f );
        }
        layer->SetAttributeFilter( nullptr );
        for ( GIntBig fid : std::as_const( fids ) )
        {
          if ( layer->DeleteFeature( fid ) != OGRERR_NONE )
            return rollback( QCoreApplication::translate( "vigie::hydraulics", "%1: layer %2: cannot delete feature %3: %4" )
                                 .arg( shown( territoryPath ), l.first )
                                 .arg( fid )
                                 .arg( QString::fromUtf8( CPLGetLastErrorMsg() ) ) );
        }
      }
    }
    QStringList counts;
    for ( const auto &l : kLayers )
    {
      OGRLayer *layer = layers.value( l.first );
      const QList<Feature> list = features.value( l.first );
      for ( const Feature &feature : list )
      {
        std::unique_ptr<OGRFeature, void ( * )( OGRFeature * )> out( OGRFeature::CreateFeature( layer->GetLayerDefn() ),
                                                                     &OGRFeature::DestroyFeature );
        const QString id = feature.attributes.value( l.second ).toString();
        auto featureError = [&]( const QString &reason )
        {
          return rollback( QCoreApplication::translate( "vigie::hydraulics", "%1: layer %2, \"%3\": %4" )
                               .arg( shown( territoryPath ), l.first, id, reason ) );
        };
        if ( std::unique_ptr<OGRGeometry> g = fromWkb( feature.wkb ) )
          out->SetGeometryDirectly( g.release() );
        for ( auto it = feature.attributes.constBegin(); it != feature.attributes.constEnd(); ++it )
        {
          QString reason;
          if ( !setField( *out, it.key(), it.value(), &reason ) )
            return featureError( QCoreApplication::translate( "vigie::hydraulics", "field %1: %2" ).arg( it.key(), reason ) );
        }
        if ( layer->CreateFeature( out.get() ) != OGRERR_NONE )
          return featureError( QString::fromUtf8( CPLGetLastErrorMsg() ) );
      }
      if ( l.first != QLatin1String( "water:model_sections" ) )
        counts << QStringLiteral( "%1 %2" ).arg( list.size() ).arg( l.first.mid( 6 ) );
    }
    if ( dataset->CommitTransaction() != OGRERR_NONE )
      return rollback( QCoreApplication::translate( "vigie::hydraulics", "%1: cannot commit: %2" )
                           .arg( shown( territoryPath ), QString::fromUtf8( CPLGetLastErrorMsg() ) ) );
    if ( summary )
      *summary = QCoreApplication::translate( "vigie::hydraulics", "network \"%1\" imported into %2: %3" )
                     .arg( name, shown( territoryPath ), counts.join( QStringLiteral( ", " ) ) );
    return true;
  }

  bool territoryNetwork( const QString &territoryPath, const QString &networkName, Network *network, QString *errorMessage,
                         WaterCoordinates coordinates )
  {
    auto fail = [errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    QString error;
    const QList<DomainPlugin *> plugins = waterTerritoryPlugins( &error );
    if ( plugins.isEmpty() )
      return fail( error );
    std::unique_ptr<Territory> territory = Territory::open( territoryPath, plugins, Territory::Mode::ReadOnly, &error );
    if ( !territory )
      return fail( error );
    QHash<QString, QList<Feature>> layers;
    for ( const auto &l : kLayers )
    {
      if ( !territory->layer( l.first ) )
        continue;
      const QList<Feature> all = territory->features( l.first, &error );
      if ( !error.isEmpty() )
        return fail( error );
      layers.insert( l.first, all );
    }

    // which network
    QString name = networkName;
    if ( name.isEmpty() )
    {
      QStringList names;
      for ( const char *layer : { "water:junctions", "water:pipes" } )
      {
        for ( const Feature &f : layers.value( QLatin1String( layer ) ) )
        {
          const QString n = f.attributes.value( QStringLiteral( "network" ) ).toString();
          if ( !names.contains( n ) )
            names << n;
        }
      }
      if ( names.isEmpty() )
        return fail(
            QCoreApplication::translate( "vigie::hydraulics", "%1: the territory has no water network" ).arg( shown( territoryPath ) ) );
      if ( names.size() > 1 )
      {
        std::sort( names.begin(), names.end() );
        return fail(
            QCoreApplication::translate( "vigie::hydraulics", "%1 holds several water networks (%2): choose one with --network-name" )
                .arg( shown( territoryPath ), names.join( QStringLiteral( ", " ) ) ) );
      }
      name = names.first();
    }
    auto ofNetwork = [&]( const QString &layer )
    {
      QList<Feature> result;
      for ( const Feature &f : layers.value( layer ) )
      {
        if ( f.attributes.value( QStringLiteral( "network" ) ).toString() == name )
          result << f;
      }
      return result;
    };
    if ( ofNetwork( QStringLiteral( "water:junctions" ) ).isEmpty() && ofNetwork( QStringLiteral( "water:pipes" ) ).isEmpty() )
      return fail( QCoreApplication::translate( "vigie::hydraulics", "%1: no water network \"%2\"" ).arg( shown( territoryPath ), name ) );

    // the stored sections, in their order
    QList<Feature> stored = ofNetwork( QStringLiteral( "water:model_sections" ) );
    std::stable_sort( stored.begin(), stored.end(),
                      []( const Feature &a, const Feature &b )
                      {
                        return a.attributes.value( QStringLiteral( "position" ) ).toLongLong() <
                               b.attributes.value( QStringLiteral( "position" ) ).toLongLong();
                      } );
    WaterPlacement placement;
    QString sectionsText;
    bool hasOptions = false;
    QString optionsText;
    for ( const Feature &f : std::as_const( stored ) )
    {
      const QString section = f.attributes.value( QStringLiteral( "section" ) ).toString().trimmed().toUpper();
      const QString content = f.attributes.value( QStringLiteral( "content" ) ).toString();
      if ( section == kPlacementSection )
      {
        placement = parsePlacement( content );
        continue;
      }
      if ( section.isEmpty() || kElementSections.contains( section ) )
        continue;
      const QString text = QStringLiteral( "[%1]\n%2\n" ).arg( section, content );
      if ( section == QLatin1String( "OPTIONS" ) )
      {
        hasOptions = true;
        optionsText += text;
      }
      sectionsText += text;
    }
    if ( !hasOptions )
    {
      // a network drawn in the territory: the layers' own units
      optionsText = QStringLiteral( "[OPTIONS]\n Units\tLPS\n Headloss\tH-W\n" );
      sectionsText += optionsText;
    }
    // the units of the layers' values once back in the file
    Network elements;
    const QStringList optionLines = optionsText.split( QLatin1Char( '\n' ) );
    for ( const QString &line : optionLines )
    {
      const QStringList tokens = line.section( QLatin1Char( ';' ), 0, 0 ).simplified().split( QLatin1Char( ' ' ) );
      if ( tokens.size() >= 2 && tokens.first().compare( QLatin1String( "UNITS" ), Qt::CaseInsensitive ) == 0 &&
           !parseFlowUnits( tokens.at( 1 ), &elements.flowUnits ) )
        return fail( QCoreApplication::translate( "vigie::hydraulics", "%1: network \"%2\": stored [OPTIONS]: unknown flow units \"%3\"" )
                         .arg( shown( territoryPath ), name, tokens.at( 1 ) ) );
    }
    const Units units( elements.flowUnits );

    // coordinates: territory CRS, or back to the source file's
    TransformPtr transform( nullptr, &OGRCoordinateTransformation::DestroyCT );
    const bool toSource = coordinates == WaterCoordinates::Source && !placement.isIdentity();
    if ( toSource && !placement.sourceCrs.isEmpty() && !makeTransform( territory->info().crs, placement.sourceCrs, &transform, &error ) )
      return fail(
          QCoreApplication::translate( "vigie::hydraulics", "%1: network \"%2\": %3" ).arg( shown( territoryPath ), name, error ) );
    auto back = [&]( QPointF p, bool *ok )
    {
      *ok = true;
      if ( !toSource )
        return p;
      if ( transform )
      {
        double x = p.x(), y = p.y();
        CPLPushErrorHandler( CPLQuietErrorHandler );
        *ok = transform->Transform( 1, &x, &y ) && std::isfinite( x ) && std::isfinite( y );
        CPLPopErrorHandler();
        p = QPointF( x, y );
      }
      p = inverseAffine( placement, p );
      return QPointF( QString::number( p.x(), 'g', 10 ).toDouble(), QString::number( p.y(), 'g', 10 ).toDouble() );
    };

    QSet<QString> nodeIds, linkIds;
    auto nodePosition = [&]( const FieldReader &r, const Feature &f, const char *layer ) -> bool
    {
      if ( r.id().trimmed().isEmpty() )
      {
        error = QCoreApplication::translate( "vigie::hydraulics", "%1: layer %2: a feature has no node_id" )
                    .arg( shown( territoryPath ), QLatin1String( layer ) );
        return false;
      }
      if ( nodeIds.contains( r.id() ) )
      {
        error = r.message( "node_id", QCoreApplication::translate( "vigie::hydraulics", "the node id is used twice" ) );
        return false;
      }
      nodeIds.insert( r.id() );
      const std::unique_ptr<OGRGeometry> g = fromWkb( f.wkb );
      if ( !g )
        return true;
      if ( wkbFlatten( g->getGeometryType() ) != wkbPoint || g->IsEmpty() )
      {
        error = r.message( "geom", QCoreApplication::translate( "vigie::hydraulics", "not a point" ) );
        return false;
      }
      bool ok = true;
      const QPointF p = back( QPointF( g->toPoint()->getX(), g->toPoint()->getY() ), &ok );
      if ( !ok )
      {
        error = r.message( "geom",
                           QCoreApplication::translate( "vigie::hydraulics", "cannot be transformed to %1" ).arg( placement.sourceCrs ) );
        return false;
      }
      elements.coordinates.insert( r.id(), p );
      return true;
    };
    auto linkShape = [&]( const FieldReader &r, const Feature &f, LinkBase *link, const char *layer, const char *idField ) -> bool
    {
      link->id = r.id();
      link->node1 = r.text( "node1" );
      link->node2 = r.text( "node2" );
      link->comment = r.text( "remark" );
      if ( link->id.trimmed().isEmpty() )
      {
        error = QCoreApplication::translate( "vigie::hydraulics", "%1: layer %2: a feature has no %3" )
                    .arg( shown( territoryPath ), QLatin1String( layer ), QLatin1String( idField ) );
        return false;
      }
      if ( linkIds.contains( link->id ) )
      {
        error = r.message( idField, QCoreApplication::translate( "vigie::hydraulics", "the link id is used twice" ) );
        return false;
      }
      linkIds.insert( link->id );
      for ( const char *end : { "node1", "node2" } )
      {
        const QString node = r.text( end );
        if ( node.isEmpty() )
        {
          error = r.message( end, QCoreApplication::translate( "vigie::hydraulics", "a value is required" ) );
          return false;
        }
        if ( !nodeIds.contains( node ) )
        {
          error =
              r.message( end, QCoreApplication::translate( "vigie::hydraulics", "no junction, reservoir or tank \"%1\" in network \"%2\"" )
                                  .arg( node, name ) );
          return false;
        }
      }
      const std::unique_ptr<OGRGeometry> g = fromWkb( f.wkb );
      if ( !g )
        return true;
      if ( wkbFlatten( g->getGeometryType() ) != wkbLineString )
      {
        error = r.message( "geom", QCoreApplication::translate( "vigie::hydraulics", "not a line" ) );
        return false;
      }
      const OGRLineString *ls = g->toLineString();
      QVector<QPointF> vertices;
      for ( int i = 1; i + 1 < ls->getNumPoints(); ++i )
      {
        bool ok = true;
        vertices << back( QPointF( ls->getX( i ), ls->getY( i ) ), &ok );
        if ( !ok )
        {
          error = r.message( "geom",
                             QCoreApplication::translate( "vigie::hydraulics", "cannot be transformed to %1" ).arg( placement.sourceCrs ) );
          return false;
        }
      }
      if ( !vertices.isEmpty() )
        elements.vertices.insert( link->id, vertices );
      return true;
    };

    const QList<Feature> junctions = ofNetwork( QStringLiteral( "water:junctions" ) );
    for ( const Feature &f : junctions )
    {
      FieldReader r( territoryPath, QStringLiteral( "water:junctions" ), f, QStringLiteral( "node_id" ) );
      Junction j;
      j.id = r.id();
      double demand = 0;
      if ( !nodePosition( r, f, "water:junctions" ) || !r.number( "elevation_m", &j.elevation, &error ) ||
           !r.number( "base_demand_lps", &demand, &error, false ) )
        return fail( error );
      j.elevation = toFile( j.elevation, units.length );
      j.baseDemand = toFile( demand, units.flow );
      j.pattern = r.text( "pattern" );
      j.comment = r.text( "remark" );
      elements.junctions << j;
    }
    const QList<Feature> reservoirs = ofNetwork( QStringLiteral( "water:reservoirs" ) );
    for ( const Feature &f : reservoirs )
    {
      FieldReader r( territoryPath, QStringLiteral( "water:reservoirs" ), f, QStringLiteral( "node_id" ) );
      Reservoir res;
      res.id = r.id();
      if ( !nodePosition( r, f, "water:reservoirs" ) || !r.number( "head_m", &res.head, &error ) )
        return fail( error );
      res.head = toFile( res.head, units.length );
      res.pattern = r.text( "pattern" );
      res.comment = r.text( "remark" );
      elements.reservoirs << res;
    }
    const QList<Feature> tanks = ofNetwork( QStringLiteral( "water:tanks" ) );
    for ( const Feature &f : tanks )
    {
      FieldReader r( territoryPath, QStringLiteral( "water:tanks" ), f, QStringLiteral( "node_id" ) );
      Tank t;
      t.id = r.id();
      if ( !nodePosition( r, f, "water:tanks" ) || !r.number( "elevation_m", &t.elevation, &error ) ||
           !r.number( "init_level_m", &t.initLevel, &error ) || !r.number( "min_level_m", &t.minLevel, &error ) ||
           !r.number( "max_level_m", &t.maxLevel, &error ) || !r.number( "diameter_m", &t.diameter, &error ) ||
           !r.number( "min_volume_m3", &t.minVolume, &error, false ) )
        return fail( error );
      for ( double *v : { &t.elevation, &t.initLevel, &t.minLevel, &t.maxLevel, &t.diameter } )
        *v = toFile( *v, units.length );
      t.minVolume = toFile( t.minVolume, units.volume );
      t.volumeCurve = r.text( "volume_curve" );
      t.overflow = f.attributes.value( QStringLiteral( "overflow" ) ).toBool();
      t.comment = r.text( "remark" );
      elements.tanks << t;
    }
    const QList<Feature> pipes = ofNetwork( QStringLiteral( "water:pipes" ) );
    for ( const Feature &f : pipes )
    {
      FieldReader r( territoryPath, QStringLiteral( "water:pipes" ), f, QStringLiteral( "pipe_id" ) );
      Pipe p;
      if ( !linkShape( r, f, &p, "water:pipes", "pipe_id" ) || !r.number( "length_m", &p.length, &error ) ||
           !r.number( "diameter_mm", &p.diameter, &error ) || !r.number( "roughness", &p.roughness, &error ) ||
           !r.number( "minor_loss", &p.minorLoss, &error, false ) )
        return fail( error );
      if ( !parseStatus( r.text( "status" ), &p.status ) )
        return fail( r.message(
            "status",
            QCoreApplication::translate( "vigie::hydraulics", "\"%1\" is not open, closed or check valve" ).arg( r.text( "status" ) ) ) );
      p.length = toFile( p.length, units.length );
      p.diameter = toFile( p.diameter, units.diameter );
      elements.pipes << p;
    }
    const QList<Feature> pumps = ofNetwork( QStringLiteral( "water:pumps" ) );
    for ( const Feature &f : pumps )
    {
      FieldReader r( territoryPath, QStringLiteral( "water:pumps" ), f, QStringLiteral( "pump_id" ) );
      Pump p;
      if ( !linkShape( r, f, &p, "water:pumps", "pump_id" ) || !r.number( "power_kw", &p.power, &error, false ) ||
           !r.number( "speed", &p.speed, &error, false, 1 ) )
        return fail( error );
      p.power = toFile( p.power, units.power );
      p.headCurve = r.text( "head_curve" );
      p.pattern = r.text( "speed_pattern" );
      if ( p.headCurve.isEmpty() && p.power <= 0 )
        return fail(
            r.message( "head_curve", QCoreApplication::translate( "vigie::hydraulics", "a pump needs a head curve or a power" ) ) );
      elements.pumps << p;
    }
    const QList<Feature> valves = ofNetwork( QStringLiteral( "water:valves" ) );
    for ( const Feature &f : valves )
    {
      FieldReader r( territoryPath, QStringLiteral( "water:valves" ), f, QStringLiteral( "valve_id" ) );
      Valve v;
      if ( !linkShape( r, f, &v, "water:valves", "valve_id" ) || !r.number( "diameter_mm", &v.diameter, &error ) ||
           !r.number( "minor_loss", &v.minorLoss, &error, false ) )
        return fail( error );
      v.diameter = toFile( v.diameter, units.diameter );
      if ( !parseValveType( r.text( "valve_type" ), &v.type ) )
        return fail(
            r.message( "valve_type", QCoreApplication::translate( "vigie::hydraulics", "\"%1\" is not PRV, PSV, PBV, FCV, TCV or GPV" )
                                         .arg( r.text( "valve_type" ) ) ) );
      v.setting = r.text( "setting" ).trimmed();
      if ( v.setting.isEmpty() )
        return fail( r.message( "setting", QCoreApplication::translate( "vigie::hydraulics", "a value is required" ) ) );
      elements.valves << v;
    }
    elements.reindex();

    // the element sections as the writer writes them, with the stored ones around
    QString text = sectionsText;
    const QList<Section> written = splitSections( InpWriter::toText( elements ) );
    for ( const Section &s : written )
    {
      if ( kElementSections.contains( s.name ) && s.name != QLatin1String( "END" ) )
        text += QStringLiteral( "[%1]\n%2\n" ).arg( s.name, s.content );
    }
    text += QStringLiteral( "[END]\n" );
    Network result;
    if ( !InpReader::readText( text, QStringLiteral( "%1 (network %2)" ).arg( shown( territoryPath ), name ), result, &error ) )
      return fail( error );
    *network = result;
    return true;
  }

  int runWaterTerritoryCommand( const QString &name, const QStringList &args, QTextStream &out, QTextStream &err )
  {
    const QString usage =
        name == QLatin1String( "import" )
            ? QCoreApplication::translate(
                  "vigie::hydraulics", "usage: vigie-cli water import TERRITORY NET.inp [--network-name NAME] [--crs EPSG:x]\n"
                                       "                              [--transform DX,DY[,SCALE[,ROTATION]]] [--replace] [--benchmark]\n" )
            : QCoreApplication::translate( "vigie::hydraulics",
                                           "usage: vigie-cli water export TERRITORY --out NET.inp [--network-name NAME]\n" );
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
    const QStringList withValue =
        name == QLatin1String( "import" )
            ? QStringList{ QStringLiteral( "--network-name" ), QStringLiteral( "--crs" ), QStringLiteral( "--transform" ) }
            : QStringList{ QStringLiteral( "--network-name" ), QStringLiteral( "--out" ) };
    const QStringList flagNames =
        name == QLatin1String( "import" ) ? QStringList{ QStringLiteral( "--replace" ), QStringLiteral( "--benchmark" ) } : QStringList();
    for ( int i = 0; i < args.size(); ++i )
    {
      const QString &a = args.at( i );
      if ( withValue.contains( a ) )
      {
        if ( i + 1 >= args.size() )
        {
          err << QCoreApplication::translate( "vigie::hydraulics", "water %1: %2 needs a value" ).arg( name, a ) << '\n' << usage;
          return WaterUsage;
        }
        values.insert( a, args.at( ++i ) );
      }
      else if ( flagNames.contains( a ) )
        flags.insert( a );
      else if ( a.startsWith( QLatin1String( "--" ) ) )
      {
        err << QCoreApplication::translate( "vigie::hydraulics", "water %1: unknown option \"%2\"" ).arg( name, a ) << '\n' << usage;
        return WaterUsage;
      }
      else
        positional << a;
    }
    QString error;
    if ( name == QLatin1String( "import" ) )
    {
      if ( positional.size() != 2 )
      {
        err << QCoreApplication::translate( "vigie::hydraulics", "water import: TERRITORY and NET.inp are required" ) << '\n' << usage;
        return WaterUsage;
      }
      WaterImportOptions options;
      options.networkName = values.value( QStringLiteral( "--network-name" ) );
      options.replace = flags.contains( QStringLiteral( "--replace" ) );
      options.benchmark = flags.contains( QStringLiteral( "--benchmark" ) );
      options.placement.sourceCrs = values.value( QStringLiteral( "--crs" ) );
      if ( values.contains( QStringLiteral( "--transform" ) ) &&
           !options.placement.parseTransform( values.value( QStringLiteral( "--transform" ) ), &error ) )
      {
        err << QStringLiteral( "water import: " ) << error << '\n';
        return WaterUsage;
      }
      QString summary;
      if ( !importInpIntoTerritory( positional.at( 0 ), positional.at( 1 ), options, &summary, &error ) )
      {
        err << error << '\n';
        return WaterBadInput;
      }
      out << summary << '\n';
      return WaterOk;
    }
    if ( positional.size() != 1 || !values.contains( QStringLiteral( "--out" ) ) )
    {
      err << QCoreApplication::translate( "vigie::hydraulics", "water export: TERRITORY and --out NET.inp are required" ) << '\n' << usage;
      return WaterUsage;
    }
    Network network;
    if ( !territoryNetwork( positional.at( 0 ), values.value( QStringLiteral( "--network-name" ) ), &network, &error,
                            WaterCoordinates::Source ) )
    {
      err << error << '\n';
      return WaterBadInput;
    }
    const QString outPath = values.value( QStringLiteral( "--out" ) );
    if ( !InpWriter::writeFile( network, outPath, &error ) )
    {
      err << error << '\n';
      return WaterFailed;
    }
    out << QCoreApplication::translate( "vigie::hydraulics",
                                        "%1 junctions, %2 reservoirs, %3 tanks, %4 pipes, %5 pumps, %6 valves written to %7" )
               .arg( network.junctions.size() )
               .arg( network.reservoirs.size() )
               .arg( network.tanks.size() )
               .arg( network.pipes.size() )
               .arg( network.pumps.size() )
               .arg( network.valves.size() )
               .arg( shown( outPath ) )
        << '\n';
    return WaterOk;
  }
} // namespace vigie::hydraulics
