// SPDX-License-Identifier: GPL-2.0-or-later
#include "inventory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRectF>
#include <QRegularExpression>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <random>

namespace vigie::lighting
{
  namespace
  {

    double distanceToSegment( const QPointF &p, const QPointF &a, const QPointF &b )
    {
      const double dx = b.x() - a.x(), dy = b.y() - a.y();
      const double length2 = dx * dx + dy * dy;
      double t = length2 > 0 ? ( ( p.x() - a.x() ) * dx + ( p.y() - a.y() ) * dy ) / length2 : 0;
      t = std::clamp( t, 0.0, 1.0 );
      const double ex = a.x() + t * dx - p.x(), ey = a.y() + t * dy - p.y();
      return std::sqrt( ex * ex + ey * ey );
    }

    void collectParts( const OGRGeometry *geometry, QVector<QVector<QPointF>> *parts )
    {
      if ( !geometry )
        return;
      const OGRwkbGeometryType type = wkbFlatten( geometry->getGeometryType() );
      if ( type == wkbLineString )
      {
        const OGRLineString *line = geometry->toLineString();
        QVector<QPointF> points;
        points.reserve( line->getNumPoints() );
        for ( int i = 0; i < line->getNumPoints(); ++i )
          points.append( QPointF( line->getX( i ), line->getY( i ) ) );
        if ( !points.isEmpty() )
          parts->append( points );
      }
      else if ( type == wkbMultiLineString || type == wkbGeometryCollection )
      {
        const OGRGeometryCollection *collection = geometry->toGeometryCollection();
        for ( int i = 0; i < collection->getNumGeometries(); ++i )
          collectParts( collection->getGeometryRef( i ), parts );
      }
    }

    struct GdalCloser
    {
      void operator()( GDALDataset *d ) const { GDALClose( d ); }
    };
  } // namespace

  bool parseTechnology( const QString &text, Technology *technology )
  {
    static const QHash<QString, Technology> names = { { QStringLiteral( "hps" ), Technology::Hps },
                                                      { QStringLiteral( "shp" ), Technology::Hps },
                                                      { QStringLiteral( "sodium" ), Technology::Hps },
                                                      { QStringLiteral( "mh" ), Technology::MetalHalide },
                                                      { QStringLiteral( "metal halide" ), Technology::MetalHalide },
                                                      { QStringLiteral( "iodures" ), Technology::MetalHalide },
                                                      { QStringLiteral( "mercury" ), Technology::Mercury },
                                                      { QStringLiteral( "mercure" ), Technology::Mercury },
                                                      { QStringLiteral( "fluorescent" ), Technology::Fluorescent },
                                                      { QStringLiteral( "fluo" ), Technology::Fluorescent },
                                                      { QStringLiteral( "led" ), Technology::Led } };
    const auto it = names.constFind( text.trimmed().toLower() );
    if ( it == names.constEnd() )
      return false;
    if ( technology )
      *technology = *it;
    return true;
  }

  QString technologyName( Technology technology )
  {
    switch ( technology )
    {
    case Technology::Hps:
      return QStringLiteral( "HPS" );
    case Technology::MetalHalide:
      return QStringLiteral( "MH" );
    case Technology::Mercury:
      return QStringLiteral( "mercury" );
    case Technology::Fluorescent:
      return QStringLiteral( "fluorescent" );
    case Technology::Led:
      return QStringLiteral( "LED" );
    }
    return QString();
  }

  double lampEfficacy( Technology technology )
  {
    // typical lamp efficacies of the installed municipal stock (lm/W)
    switch ( technology )
    {
    case Technology::Hps:
      return 100;
    case Technology::MetalHalide:
      return 85;
    case Technology::Mercury:
      return 50;
    case Technology::Fluorescent:
      return 65;
    case Technology::Led:
      return 110; // installed 2008-2013; new luminaires are in RetrofitParameters
    }
    return 80;
  }

  double downwardOutputRatio( Technology technology )
  {
    // Assumed orders of magnitude of the French stock (check the luminaires' data sheets): closed road
    // lanterns of the 1980s-2000s with HPS or MH lamps send about 70 % of the lamp flux
    // downward (reflector and bowl losses, some upward light); older mercury lanterns, open
    // fittings and "boule" globes of residential streets about 55 %; fluorescent fittings
    // about 55 %. New luminaires must send ≥ 95 % downward (arrêté of 27 December 2018).
    switch ( technology )
    {
    case Technology::Hps:
    case Technology::MetalHalide:
      return 0.70;
    case Technology::Mercury:
    case Technology::Fluorescent:
      return 0.55;
    case Technology::Led:
      return 1.0;
    }
    return 1.0;
  }

  double ratedLifeHours( Technology technology )
  {
    switch ( technology )
    {
    case Technology::Hps:
      return 24000;
    case Technology::MetalHalide:
      return 12000;
    case Technology::Mercury:
      return 12000;
    case Technology::Fluorescent:
      return 15000;
    case Technology::Led:
      return 100000;
    }
    return 15000;
  }

  bool parseControl( const QString &text, Control *control )
  {
    const QString t = text.trimmed().toLower();
    Control c;
    if ( t.isEmpty() || t == QLatin1String( "none" ) )
      c = Control::None;
    else if ( t == QLatin1String( "dali" ) || t == QLatin1String( "d4i" ) )
      c = Control::Dali;
    else if ( t == QLatin1String( "1-10v" ) || t == QLatin1String( "1-10 v" ) || t == QLatin1String( "0-10v" ) )
      c = Control::OneToTenVolt;
    else
      return false;
    if ( control )
      *control = c;
    return true;
  }

  QString controlName( Control control )
  {
    switch ( control )
    {
    case Control::None:
      return QStringLiteral( "none" );
    case Control::Dali:
      return QStringLiteral( "DALI" );
    case Control::OneToTenVolt:
      return QStringLiteral( "1-10V" );
    }
    return QString();
  }

  double Luminaire::minimumLevel() const
  {
    if ( !dimmable() )
      return 1.0;
    // LED drivers dim to 10 %; dimmable ballasts keep a discharge lamp stable down to about 50 %
    return technology == Technology::Led ? 0.10 : 0.50;
  }

  double Luminaire::powerFloor() const
  {
    // a dimmed discharge lamp draws more than its flux share (about 60 % power at 50 % flux)
    return technology == Technology::Led ? 0.0 : 0.20;
  }

  void Inventory::linkNearest( double maxDistance )
  {
    // uniform grid of segment pieces, cell = max distance
    const double cell = std::max( 1.0, maxDistance );
    struct Piece
    {
      QPointF a, b;
      int segment;
    };
    QVector<Piece> pieces;
    QHash<qint64, QVector<int>> cells;
    auto key = []( qint64 cx, qint64 cy ) { return ( cx << 32 ) ^ ( cy & 0xffffffff ); };
    for ( int s = 0; s < segments.size(); ++s )
    {
      for ( const QVector<QPointF> &part : std::as_const( segments.at( s ).parts ) )
      {
        for ( int i = 0; i + 1 < part.size(); ++i )
        {
          const int index = pieces.size();
          pieces.append( { part.at( i ), part.at( i + 1 ), s } );
          const qint64 x0 = static_cast<qint64>( std::floor( std::min( part.at( i ).x(), part.at( i + 1 ).x() ) / cell ) );
          const qint64 x1 = static_cast<qint64>( std::floor( std::max( part.at( i ).x(), part.at( i + 1 ).x() ) / cell ) );
          const qint64 y0 = static_cast<qint64>( std::floor( std::min( part.at( i ).y(), part.at( i + 1 ).y() ) / cell ) );
          const qint64 y1 = static_cast<qint64>( std::floor( std::max( part.at( i ).y(), part.at( i + 1 ).y() ) / cell ) );
          for ( qint64 cx = x0; cx <= x1; ++cx )
            for ( qint64 cy = y0; cy <= y1; ++cy )
              cells[key( cx, cy )].append( index );
        }
      }
    }
    linkedByDistance = 0;
    unlinked = 0;
    for ( Luminaire &l : luminaires )
    {
      if ( l.segment >= 0 )
        continue;
      const qint64 cx = static_cast<qint64>( std::floor( l.position.x() / cell ) );
      const qint64 cy = static_cast<qint64>( std::floor( l.position.y() / cell ) );
      double best = maxDistance;
      int bestSegment = -1;
      for ( qint64 dx = -1; dx <= 1; ++dx )
      {
        for ( qint64 dy = -1; dy <= 1; ++dy )
        {
          const auto it = cells.constFind( key( cx + dx, cy + dy ) );
          if ( it == cells.constEnd() )
            continue;
          for ( const int index : *it )
          {
            const Piece &p = pieces.at( index );
            const double d = distanceToSegment( l.position, p.a, p.b );
            // ties: the lower segment index, so the result does not depend on the cell order
            if ( d < best || ( d == best && bestSegment >= 0 && p.segment < bestSegment ) )
            {
              best = d;
              bestSegment = p.segment;
            }
          }
        }
      }
      l.segment = bestSegment;
      if ( bestSegment >= 0 )
        ++linkedByDistance;
      else
        ++unlinked;
    }
  }

  void Inventory::completeTraffic()
  {
    for ( RoadSegment &s : segments )
    {
      if ( s.hourlyTraffic.size() == 24 )
        continue;
      if ( s.dailyTraffic <= 0 )
        s.dailyTraffic = defaultDailyTraffic( s.category );
      s.hourlyTraffic = hourlyTraffic( s.category, s.dailyTraffic );
    }
  }

  bool loadInventory( const QString &territoryPath, Inventory *inventory, QString *errorMessage, const LoadOptions &options )
  {
    // a PostGIS territory ("PG:CONNINFO", issue 8) through GDAL's PostgreSQL driver, its password never shown
    const bool postgres = territoryPath.startsWith( QLatin1String( "PG:" ), Qt::CaseInsensitive );
    const QString shown =
        postgres ? QString( territoryPath )
                       .replace( QRegularExpression( QStringLiteral( "password\\s*=\\s*\\S+" ) ), QStringLiteral( "password=***" ) )
                 : QDir::toNativeSeparators( territoryPath );
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    if ( !postgres && !QFileInfo::exists( territoryPath ) )
      return fail( QCoreApplication::translate( "vigie::lighting", "%1: no such territory file" ).arg( shown ) );
    GDALAllRegister();
    const char *drivers[] = { postgres ? "PostgreSQL" : "GPKG", nullptr };
    std::unique_ptr<GDALDataset, GdalCloser> dataset( static_cast<GDALDataset *>(
        GDALOpenEx( territoryPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr ) ) );
    if ( !dataset )
      return fail( QCoreApplication::translate( "vigie::lighting", "%1: cannot open as a territory GeoPackage: %2" )
                       .arg( shown, QString::fromUtf8( CPLGetLastErrorMsg() ) ) );
    OGRLayer *lumLayer = dataset->GetLayerByName( "lighting_luminaires" );
    if ( !lumLayer )
      return fail( QCoreApplication::translate( "vigie::lighting",
                                                "%1: the territory has no lighting_luminaires layer (is the lighting plugin enabled?)" )
                       .arg( shown ) );

    Inventory result;
    QStringList problems;
    const int kMaxProblems = 20;
    auto problem = [&]( const QString &text )
    {
      if ( problems.size() < kMaxProblems )
        problems << text;
    };

    // streets
    QHash<QString, int> streetIndex;
    if ( OGRLayer *streets = dataset->GetLayerByName( "territory_streets" ) )
    {
      OGRFeatureDefn *defn = streets->GetLayerDefn();
      const int fId = defn->GetFieldIndex( "street_id" ), fName = defn->GetFieldIndex( "name" ), fType = defn->GetFieldIndex( "road_type" ),
                fSpeed = defn->GetFieldIndex( "speed_limit_kmh" ), fAadt = defn->GetFieldIndex( "traffic_aadt" ),
                fPm = defn->GetFieldIndex( "peak_morning" ), fPe = defn->GetFieldIndex( "peak_evening" ),
                fClass = defn->GetFieldIndex( "lighting_class" );
      streets->ResetReading();
      for ( auto &feature : *streets )
      {
        RoadSegment s;
        s.id = fId >= 0 && feature->IsFieldSetAndNotNull( fId ) ? QString::fromUtf8( feature->GetFieldAsString( fId ) )
                                                                : QStringLiteral( "fid %1" ).arg( feature->GetFID() );
        s.name = fName >= 0 ? QString::fromUtf8( feature->GetFieldAsString( fName ) ) : QString();
        s.roadType = fType >= 0 ? QString::fromUtf8( feature->GetFieldAsString( fType ) ) : QString();
        s.category = roadCategory( s.roadType );
        const int speed = fSpeed >= 0 && feature->IsFieldSetAndNotNull( fSpeed ) ? feature->GetFieldAsInteger( fSpeed ) : 0;
        s.speedKmh = speed > 0 ? speed : ( s.category == RoadCategory::Residential || s.category == RoadCategory::Pedestrian ? 30 : 50 );
        if ( fAadt >= 0 && feature->IsFieldSetAndNotNull( fAadt ) && feature->GetFieldAsDouble( fAadt ) > 0 )
        {
          s.dailyTraffic = feature->GetFieldAsDouble( fAadt );
          s.measuredTraffic = true;
          const double pm = fPm >= 0 && feature->IsFieldSetAndNotNull( fPm ) ? feature->GetFieldAsDouble( fPm ) : -1;
          const double pe = fPe >= 0 && feature->IsFieldSetAndNotNull( fPe ) ? feature->GetFieldAsDouble( fPe ) : -1;
          s.hourlyTraffic = hourlyTraffic( s.category, s.dailyTraffic, pm, pe );
        }
        if ( fClass >= 0 && feature->IsFieldSetAndNotNull( fClass ) )
        {
          const QString text = QString::fromUtf8( feature->GetFieldAsString( fClass ) ).trimmed();
          if ( !text.isEmpty() )
          {
            if ( !parseClass( text, &s.overrideClass ) )
              problem( QCoreApplication::translate( "vigie::lighting", "territory_streets feature %1 (street %2): field lighting_class: "
                                                                       "unknown EN 13201 class \"%3\" (expected M1-M6, C0-C5 or P1-P6)" )
                           .arg( feature->GetFID() )
                           .arg( s.id, text ) );
            else
              s.classOverride = true;
          }
        }
        collectParts( feature->GetGeometryRef(), &s.parts );
        streetIndex.insert( s.id, result.segments.size() );
        result.segments.append( s );
      }
    }

    // cabinets
    if ( OGRLayer *cabinets = dataset->GetLayerByName( "lighting_cabinets" ) )
    {
      const int fId = cabinets->GetLayerDefn()->GetFieldIndex( "cabinet_id" );
      cabinets->ResetReading();
      for ( auto &feature : *cabinets )
      {
        if ( fId >= 0 && feature->IsFieldSetAndNotNull( fId ) )
          result.cabinets << QString::fromUtf8( feature->GetFieldAsString( fId ) );
      }
    }

    // luminaires
    OGRFeatureDefn *defn = lumLayer->GetLayerDefn();
    const int fSupport = defn->GetFieldIndex( "support_id" ), fTech = defn->GetFieldIndex( "technology" ),
              fPower = defn->GetFieldIndex( "power_w" ), fLoss = defn->GetFieldIndex( "driver_loss_w" ),
              fHeight = defn->GetFieldIndex( "height_m" ), fDimmable = defn->GetFieldIndex( "dimmable" ),
              fControl = defn->GetFieldIndex( "control" ), fYear = defn->GetFieldIndex( "year_installed" ),
              fCabinet = defn->GetFieldIndex( "cabinet_id" ), fCircuit = defn->GetFieldIndex( "circuit" ),
              fStreet = defn->GetFieldIndex( "street_id" );
    if ( fTech < 0 )
      return fail( QCoreApplication::translate( "vigie::lighting", "%1: layer lighting_luminaires has no field technology" ).arg( shown ) );
    if ( fPower < 0 )
      return fail( QCoreApplication::translate( "vigie::lighting", "%1: layer lighting_luminaires has no field power_w" ).arg( shown ) );
    QRectF extent;
    result.luminaires.reserve( static_cast<int>( lumLayer->GetFeatureCount() ) );
    lumLayer->ResetReading();
    for ( auto &feature : *lumLayer )
    {
      Luminaire l;
      l.fid = feature->GetFID();
      l.id = fSupport >= 0 && feature->IsFieldSetAndNotNull( fSupport ) ? QString::fromUtf8( feature->GetFieldAsString( fSupport ) )
                                                                        : QStringLiteral( "fid %1" ).arg( l.fid );
      const QString where =
          QCoreApplication::translate( "vigie::lighting", "lighting_luminaires feature %1 (luminaire %2)" ).arg( l.fid ).arg( l.id );
      const OGRGeometry *geometry = feature->GetGeometryRef();
      if ( !geometry || wkbFlatten( geometry->getGeometryType() ) != wkbPoint )
      {
        problem( QCoreApplication::translate( "vigie::lighting", "%1: no point geometry" ).arg( where ) );
        continue;
      }
      l.position = QPointF( geometry->toPoint()->getX(), geometry->toPoint()->getY() );
      const QString technology =
          feature->IsFieldSetAndNotNull( fTech ) ? QString::fromUtf8( feature->GetFieldAsString( fTech ) ) : QString();
      if ( technology.trimmed().isEmpty() )
        problem( QCoreApplication::translate( "vigie::lighting", "%1: field technology: missing lamp technology" ).arg( where ) );
      else if ( !parseTechnology( technology, &l.technology ) )
        problem( QCoreApplication::translate(
                     "vigie::lighting", "%1: field technology: unknown technology \"%2\" (expected HPS, MH, mercury, fluorescent or LED)" )
                     .arg( where, technology ) );
      if ( !feature->IsFieldSetAndNotNull( fPower ) )
        problem( QCoreApplication::translate( "vigie::lighting", "%1: field power_w: missing lamp power" ).arg( where ) );
      else
      {
        l.powerW = feature->GetFieldAsDouble( fPower );
        if ( !( l.powerW > 0 ) || !std::isfinite( l.powerW ) )
          problem( QCoreApplication::translate( "vigie::lighting", "%1: field power_w: lamp power must be positive, not %2 W" )
                       .arg( where )
                       .arg( l.powerW ) );
      }
      if ( fLoss >= 0 && feature->IsFieldSetAndNotNull( fLoss ) )
      {
        l.driverLossW = feature->GetFieldAsDouble( fLoss );
        if ( l.driverLossW < 0 || !std::isfinite( l.driverLossW ) )
          problem( QCoreApplication::translate( "vigie::lighting", "%1: field driver_loss_w: negative loss %2 W" )
                       .arg( where )
                       .arg( l.driverLossW ) );
      }
      else
        l.driverLossW = l.powerW * ( l.technology == Technology::Led ? 0.10 : 0.12 ); // typical control gear
      if ( fHeight >= 0 && feature->IsFieldSetAndNotNull( fHeight ) )
        l.heightM = feature->GetFieldAsDouble( fHeight );
      QString control = fControl >= 0 && feature->IsFieldSetAndNotNull( fControl )
                            ? QString::fromUtf8( feature->GetFieldAsString( fControl ) )
                            : QString();
      if ( control.isEmpty() && fDimmable >= 0 && feature->IsFieldSetAndNotNull( fDimmable ) &&
           feature->GetFieldAsInteger( fDimmable ) != 0 )
        control = QStringLiteral( "1-10V" ); // dimmable without a protocol: the most limited one
      if ( !parseControl( control, &l.control ) )
        problem(
            QCoreApplication::translate( "vigie::lighting", "%1: field control: unknown control \"%2\" (expected none, DALI or 1-10V)" )
                .arg( where, control ) );
      if ( fYear >= 0 && feature->IsFieldSetAndNotNull( fYear ) )
        l.yearInstalled = feature->GetFieldAsInteger( fYear );
      if ( fCabinet >= 0 && feature->IsFieldSetAndNotNull( fCabinet ) )
        l.cabinet = QString::fromUtf8( feature->GetFieldAsString( fCabinet ) );
      if ( fCircuit >= 0 && feature->IsFieldSetAndNotNull( fCircuit ) )
        l.circuit = feature->GetFieldAsInteger( fCircuit );
      if ( fStreet >= 0 && feature->IsFieldSetAndNotNull( fStreet ) )
      {
        l.segment = streetIndex.value( QString::fromUtf8( feature->GetFieldAsString( fStreet ) ), -1 );
        if ( l.segment >= 0 )
          ++result.linkedByStreetId;
      }
      extent = extent.isNull() ? QRectF( l.position, QSizeF( 1e-9, 1e-9 ) ) : extent.united( QRectF( l.position, QSizeF( 1e-9, 1e-9 ) ) );
      result.luminaires.append( l );
    }
    if ( !problems.isEmpty() )
    {
      QString message =
          QCoreApplication::translate( "vigie::lighting", "%1: the lighting inventory has errors, nothing was computed:" ).arg( shown );
      for ( const QString &p : std::as_const( problems ) )
        message += QStringLiteral( "\n  " ) + p;
      if ( problems.size() >= kMaxProblems )
        message +=
            QStringLiteral( "\n  " ) + QCoreApplication::translate( "vigie::lighting", "(first %1 errors only)" ).arg( kMaxProblems );
      return fail( message );
    }

    // the territory's position, for the sun
    if ( !extent.isNull() )
    {
      if ( const OGRSpatialReference *crs = lumLayer->GetSpatialRef() )
      {
        OGRSpatialReference source( *crs );
        source.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
        OGRSpatialReference wgs84;
        wgs84.SetWellKnownGeogCS( "WGS84" );
        wgs84.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
        std::unique_ptr<OGRCoordinateTransformation> transform( OGRCreateCoordinateTransformation( &source, &wgs84 ) );
        double x = extent.center().x(), y = extent.center().y();
        if ( transform && transform->Transform( 1, &x, &y ) && std::fabs( y ) <= 90 )
        {
          result.longitude = x;
          result.latitude = y;
        }
      }
    }
    result.name = QFileInfo( territoryPath ).completeBaseName();
    result.linkNearest( options.maxLinkDistance );
    result.completeTraffic();
    *inventory = std::move( result );
    return true;
  }

  Inventory syntheticInventory( int luminaires, quint64 seed )
  {
    std::mt19937_64 random( seed );
    auto uniform = [&]( double a, double b ) { return std::uniform_real_distribution<double>( a, b )( random ); };
    Inventory inventory;
    inventory.name = QStringLiteral( "synthetic-%1" ).arg( luminaires );
    inventory.latitude = 43.6;
    inventory.longitude = 3.9;
    // about 3 luminaires per segment; each segment a 100 m straight line on a grid
    const int segmentCount = std::max( 1, luminaires / 3 );
    const int side = static_cast<int>( std::ceil( std::sqrt( static_cast<double>( segmentCount ) ) ) );
    const RoadCategory categories[] = { RoadCategory::Expressway, RoadCategory::Distributor, RoadCategory::Street,
                                        RoadCategory::Conflict,   RoadCategory::Residential, RoadCategory::Pedestrian };
    const double categoryShare[] = { 0.02, 0.15, 0.45, 0.03, 0.28, 0.07 };
    inventory.segments.reserve( segmentCount );
    for ( int s = 0; s < segmentCount; ++s )
    {
      RoadSegment segment;
      segment.id = QString::number( s + 1 );
      double u = uniform( 0, 1 );
      int c = 0;
      while ( c < 5 && u > categoryShare[c] )
        u -= categoryShare[c++];
      segment.category = categories[c];
      segment.speedKmh = segment.category == RoadCategory::Expressway                                                  ? 90
                         : segment.category == RoadCategory::Distributor || segment.category == RoadCategory::Conflict ? 50
                         : segment.category == RoadCategory::Street ? ( uniform( 0, 1 ) < 0.4 ? 50 : 30 )
                                                                    : 30;
      segment.dailyTraffic = defaultDailyTraffic( segment.category ) * uniform( 0.3, 2.0 );
      segment.measuredTraffic = uniform( 0, 1 ) < 0.1;
      const double x = ( s % side ) * 120.0, y = ( s / side ) * 120.0;
      segment.parts = { { QPointF( x, y ), QPointF( x + 100, y ) } };
      inventory.segments.append( segment );
    }
    inventory.completeTraffic();
    const Technology technologies[] = { Technology::Hps, Technology::MetalHalide, Technology::Mercury, Technology::Fluorescent,
                                        Technology::Led };
    const double technologyShare[] = { 0.50, 0.16, 0.08, 0.04, 0.22 };
    int cabinetSize = 0, cabinetNumber = 0;
    inventory.luminaires.reserve( luminaires );
    for ( int i = 0; i < luminaires; ++i )
    {
      Luminaire l;
      l.fid = i + 1;
      l.id = QStringLiteral( "L%1" ).arg( i + 1 );
      l.segment = std::min( segmentCount - 1, i / 3 );
      const RoadSegment &segment = inventory.segments.at( l.segment );
      l.position = segment.parts.constFirst().constFirst() + QPointF( 15.0 + 35.0 * ( i % 3 ), 8.0 );
      double u = uniform( 0, 1 );
      int t = 0;
      while ( t < 4 && u > technologyShare[t] )
        u -= technologyShare[t++];
      l.technology = technologies[t];
      const bool major = segment.category == RoadCategory::Expressway || segment.category == RoadCategory::Distributor ||
                         segment.category == RoadCategory::Conflict;
      static const double hps[] = { 70, 100, 150, 250 };
      static const double led[] = { 30, 40, 60, 90 };
      const int size = static_cast<int>( uniform( 0, 2 ) ) + ( major ? 2 : 0 );
      l.powerW = l.technology == Technology::Led           ? led[size]
                 : l.technology == Technology::Mercury     ? ( major ? 250.0 : 125.0 )
                 : l.technology == Technology::Fluorescent ? 36.0
                                                           : hps[size];
      l.driverLossW = l.powerW * ( l.technology == Technology::Led ? 0.10 : 0.12 );
      const double uc = uniform( 0, 1 );
      l.control = l.technology == Technology::Led ? ( uc < 0.5    ? Control::Dali
                                                      : uc < 0.75 ? Control::OneToTenVolt
                                                                  : Control::None )
                  : ( ( l.technology == Technology::Hps || l.technology == Technology::MetalHalide ) && uc < 0.12 ) ? Control::OneToTenVolt
                                                                                                                    : Control::None;
      l.heightM = major ? 10 : 6;
      l.yearInstalled = l.technology == Technology::Led ? 2010 : 1990;
      if ( cabinetSize == 0 )
      {
        ++cabinetNumber;
        cabinetSize = 30 + static_cast<int>( uniform( 0, 31 ) );
        inventory.cabinets << QStringLiteral( "C%1" ).arg( cabinetNumber );
      }
      l.cabinet = inventory.cabinets.constLast();
      --cabinetSize;
      inventory.luminaires.append( l );
    }
    inventory.linkedByStreetId = luminaires;
    return inventory;
  }
} // namespace vigie::lighting
