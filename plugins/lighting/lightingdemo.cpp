// SPDX-License-Identifier: GPL-2.0-or-later
#include "lightingdemo.h"

#include "log.h"
#include "pluginutil.h"
#include "streetindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie
{
  using namespace vigie::plugin;

  namespace
  {
    const QString kTopic = QStringLiteral( "lighting" );
    //! Salts of the independent draws made for one luminaire.
    enum Salt : quint64
    {
      SaltTechnology = 11,
      SaltPower,
      SaltLoss,
      SaltHeight,
      SaltControl,
      SaltYear,
      SaltCabinetSize
    };

    //! Lantern families of the Montpellier data (field type_lante).
    enum class Lantern
    {
      Street,     //!< LANTERNE: road lantern on a pole or bracket
      Decorative, //!< LUMINAIRE AMBIANCE: style luminaire, squares and pedestrian streets
      Floodlight, //!< PROJECTEUR: monuments, sports grounds, large junctions
      Recessed,   //!< ENCASTRE: in the ground or a wall
      Bollard,    //!< BORNE COLONNE: low bollard, footpaths
      Other
    };

    Lantern lanternFamily( const QString &type )
    {
      const QString t = type.trimmed().toUpper();
      if ( t == QLatin1String( "LANTERNE" ) )
        return Lantern::Street;
      if ( t.startsWith( QLatin1String( "LUMINAIRE" ) ) )
        return Lantern::Decorative;
      if ( t == QLatin1String( "PROJECTEUR" ) )
        return Lantern::Floodlight;
      if ( t == QLatin1String( "ENCASTRE" ) )
        return Lantern::Recessed;
      if ( t.startsWith( QLatin1String( "BORNE" ) ) )
        return Lantern::Bollard;
      return Lantern::Other;
    }

    const QStringList &technologies()
    {
      static const QStringList names = { QStringLiteral( "HPS" ), QStringLiteral( "MH" ), QStringLiteral( "mercury" ),
                                         QStringLiteral( "fluorescent" ), QStringLiteral( "LED" ) };
      return names;
    }
    enum Technology
    {
      Hps,
      Mh,
      Mercury,
      Fluorescent,
      Led
    };

    /**
     * Shares of lamp technologies per lantern family, in the order of technologies().
     * French municipal stock around 2013 (ADEME / AFE surveys): sodium dominant on roads,
     * metal halide in town centres and floodlights, mercury still ~10 % before its 2015 ban,
     * LED ~15 % and rising, fluorescent in bollards and recessed fittings.
     */
    QVector<double> technologyShares( Lantern family )
    {
      switch ( family )
      {
      case Lantern::Street:
        return { 55, 14, 9, 2, 20 };
      case Lantern::Decorative:
        return { 25, 32, 14, 4, 25 };
      case Lantern::Floodlight:
        return { 25, 60, 0, 0, 15 };
      case Lantern::Recessed:
        return { 0, 20, 0, 30, 50 };
      case Lantern::Bollard:
        return { 0, 0, 15, 45, 40 };
      case Lantern::Other:
        break;
      }
      return { 50, 20, 0, 0, 30 };
    }

    //! Candidate lamp powers (W) and weights for a technology, lantern family and road class.
    void powerChoices( int technology, Lantern family, RoadClass road, QVector<double> *powers, QVector<double> *weights )
    {
      const bool major = road == RoadClass::Major || road == RoadClass::Expressway;
      const bool quiet = road == RoadClass::Residential;
      if ( family == Lantern::Floodlight )
      {
        switch ( technology )
        {
        case Hps:
          *powers = { 250, 400 };
          *weights = { 70, 30 };
          return;
        case Led:
          *powers = { 100, 150 };
          *weights = { 60, 40 };
          return;
        default:
          *powers = { 150, 250, 400 };
          *weights = { 20, 50, 30 };
          return;
        }
      }
      if ( family == Lantern::Bollard || family == Lantern::Recessed )
      {
        switch ( technology )
        {
        case Led:
          *powers = { 10, 15, 25 };
          *weights = { 40, 40, 20 };
          return;
        case Mercury:
          *powers = { 50, 80 };
          *weights = { 60, 40 };
          return;
        case Mh:
          *powers = { 35, 70 };
          *weights = { 60, 40 };
          return;
        default:
          *powers = { 18, 26 };
          *weights = { 50, 50 };
          return;
        }
      }
      switch ( technology )
      {
      case Hps:
        *powers = major ? QVector<double>{ 150, 250 } : quiet ? QVector<double>{ 70, 100 } : QVector<double>{ 70, 100, 150 };
        *weights = major ? QVector<double>{ 60, 40 } : quiet ? QVector<double>{ 70, 30 } : QVector<double>{ 30, 50, 20 };
        return;
      case Mh:
        *powers = major ? QVector<double>{ 150, 250 } : quiet ? QVector<double>{ 35, 70 } : QVector<double>{ 70, 100, 150 };
        *weights = major ? QVector<double>{ 70, 30 } : quiet ? QVector<double>{ 40, 60 } : QVector<double>{ 50, 30, 20 };
        return;
      case Mercury:
        *powers = major ? QVector<double>{ 125, 250 } : QVector<double>{ 80, 125 };
        *weights = major ? QVector<double>{ 50, 50 } : quiet ? QVector<double>{ 60, 40 } : QVector<double>{ 30, 70 };
        return;
      case Fluorescent:
        *powers = { 26, 36, 55 };
        *weights = { 40, 40, 20 };
        return;
      default:
        *powers = major ? QVector<double>{ 60, 90, 120 } : quiet ? QVector<double>{ 20, 30, 40 } : QVector<double>{ 30, 40, 60 };
        *weights = major ? QVector<double>{ 20, 40, 40 } : quiet ? QVector<double>{ 40, 40, 20 } : QVector<double>{ 20, 40, 40 };
        return;
      }
    }

    //! Mounting height range (m) per lantern family and road class.
    QPair<double, double> heightRange( Lantern family, RoadClass road )
    {
      switch ( family )
      {
      case Lantern::Street:
        return ( road == RoadClass::Major || road == RoadClass::Expressway ) ? qMakePair( 10.0, 12.0 )
               : road == RoadClass::Residential                              ? qMakePair( 5.0, 7.0 )
                                                                             : qMakePair( 7.0, 9.0 );
      case Lantern::Decorative:
        return qMakePair( 3.5, 5.0 );
      case Lantern::Floodlight:
        return qMakePair( 6.0, 12.0 );
      case Lantern::Recessed:
        return qMakePair( 0.0, 0.0 );
      case Lantern::Bollard:
        return qMakePair( 0.8, 1.2 );
      case Lantern::Other:
        break;
      }
      return qMakePair( 6.0, 8.0 );
    }

    //! Installation years per technology (the open data is dated 2013).
    QPair<int, int> yearRange( int technology )
    {
      switch ( technology )
      {
      case Hps:
        return qMakePair( 1982, 2011 );
      case Mh:
        return qMakePair( 1995, 2012 );
      case Mercury:
        return qMakePair( 1968, 1990 );
      case Fluorescent:
        return qMakePair( 1985, 2008 );
      default:
        return qMakePair( 2008, 2013 );
      }
    }

    //! Contracted power steps of French low-voltage supply (kVA): up to 36 kVA, then 6 kVA steps.
    double contractedPower( double kva )
    {
      static const double steps[] = { 3, 6, 9, 12, 15, 18, 24, 30, 36 };
      for ( const double s : steps )
      {
        if ( kva <= s )
          return s;
      }
      return std::ceil( kva / 6.0 ) * 6.0;
    }

    struct Luminaire
    {
      qint64 fid = 0;
      QPointF position;
      QString lanternType;
      bool lanternNull = true;
      int street = -1;
      QVariantMap attributes;
      double load = 0; // W, lamp + control gear
    };
  } // namespace

  bool LightingDemo::buildMontpellier( DemoContext &context, QString *errorMessage )
  {
    auto fail = [errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    const QString path = QDir( context.sourceDirectory() ).filePath( QStringLiteral( "montpellier/eclairage_supports_montpellier.gpkg" ) );
    const QString nativePath = QDir::toNativeSeparators( path );
    if ( !QFileInfo::exists( path ) )
      return fail( QCoreApplication::translate( "vigie", "%1: lighting source data not found" ).arg( nativePath ) );
    GDALAllRegister();
    std::unique_ptr<GDALDataset> dataset( static_cast<GDALDataset *>(
        GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) ) );
    if ( !dataset || dataset->GetLayerCount() < 1 )
      return fail( QCoreApplication::translate( "vigie", "%1: cannot open as a vector data set: %2" )
                       .arg( nativePath, QString::fromUtf8( CPLGetLastErrorMsg() ) ) );
    OGRLayer *layer = dataset->GetLayer( 0 );
    const int typeField = layer->GetLayerDefn()->GetFieldIndex( "type_lante" );
    if ( typeField < 0 )
      return fail( QCoreApplication::translate( "vigie", "%1: layer %2 has no field \"type_lante\"" )
                       .arg( nativePath, QString::fromUtf8( layer->GetName() ) ) );

    // reproject to the territory CRS when the source differs
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if ( const OGRSpatialReference *sourceCrs = layer->GetSpatialRef() )
    {
      OGRSpatialReference targetCrs;
      targetCrs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
      if ( targetCrs.SetFromUserInput( context.crs().toUtf8().constData() ) != OGRERR_NONE )
        return fail( QCoreApplication::translate( "vigie", "unknown territory CRS \"%1\"" ).arg( context.crs() ) );
      if ( !sourceCrs->IsSame( &targetCrs ) )
      {
        OGRSpatialReference source( *sourceCrs );
        source.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
        transform.reset( OGRCreateCoordinateTransformation( &source, &targetCrs ) );
        if ( !transform )
          return fail(
              QCoreApplication::translate( "vigie", "%1: cannot transform to the territory CRS %2" ).arg( nativePath, context.crs() ) );
      }
    }

    QVector<Luminaire> luminaires;
    luminaires.reserve( static_cast<int>( layer->GetFeatureCount() ) );
    layer->ResetReading();
    for ( auto &feature : *layer )
    {
      const OGRGeometry *geometry = feature->GetGeometryRef();
      if ( !geometry || wkbFlatten( geometry->getGeometryType() ) != wkbPoint )
      {
        logMessage( LogLevel::Warning, kTopic,
                    QStringLiteral( "%1: feature %2 has no point geometry, skipped" ).arg( nativePath ).arg( feature->GetFID() ) );
        continue;
      }
      double x = geometry->toPoint()->getX(), y = geometry->toPoint()->getY();
      if ( transform && !transform->Transform( 1, &x, &y ) )
        return fail( QCoreApplication::translate( "vigie", "%1: feature %2 cannot be transformed to %3" )
                         .arg( nativePath )
                         .arg( feature->GetFID() )
                         .arg( context.crs() ) );
      Luminaire l;
      l.fid = feature->GetFID();
      l.position = QPointF( x, y );
      l.lanternNull = !feature->IsFieldSetAndNotNull( typeField );
      l.lanternType = l.lanternNull ? QString() : QString::fromUtf8( feature->GetFieldAsString( typeField ) );
      luminaires.append( l );
    }
    std::sort( luminaires.begin(), luminaires.end(), []( const Luminaire &a, const Luminaire &b ) { return a.fid < b.fid; } );

    const StreetIndex streets( context.features( QStringLiteral( "territory:streets" ) ) );
    if ( streets.streets().isEmpty() )
      logMessage( LogLevel::Warning, kTopic,
                  QStringLiteral( "the territory has no streets: lamp powers use the ordinary-street figures" ) );

    const QString luminaireSimulated =
        QStringLiteral( "technology,power_w,driver_loss_w,height_m,dimmable,control,year_installed,cabinet_id,circuit,street_id" );
    QRectF extent;
    for ( Luminaire &l : luminaires )
    {
      const QString key = QStringLiteral( "lum:%1" ).arg( l.fid );
      l.street = streets.nearest( l.position );
      const RoadClass road = l.street >= 0 ? streets.streets().at( l.street ).roadClass : RoadClass::Local;
      const Lantern family = lanternFamily( l.lanternType );
      const int technology = pickWeighted( technologyShares( family ), unit( key, SaltTechnology ) );
      QVector<double> powers, weights;
      powerChoices( technology, family, road, &powers, &weights );
      const double power = powers.at( pickWeighted( weights, unit( key, SaltPower ) ) );

      // control: LED drivers are mostly dimmable; a few sodium/halide lamps have electronic ballasts
      const double uc = unit( key, SaltControl );
      QString control = QStringLiteral( "none" );
      if ( technology == Led )
        control = uc < 0.45 ? QStringLiteral( "DALI" ) : uc < 0.70 ? QStringLiteral( "1-10V" ) : QStringLiteral( "none" );
      else if ( ( technology == Hps || technology == Mh ) && uc < 0.12 )
        control = QStringLiteral( "1-10V" );
      const bool dimmable = control != QLatin1String( "none" );

      // control-gear loss as a share of lamp power: magnetic ballasts 10-15 %, electronic ~6 %, LED drivers ~10 %
      double lossShare = 0.10;
      switch ( technology )
      {
      case Hps:
      case Mh:
        lossShare = dimmable ? 0.06 : 0.12;
        break;
      case Mercury:
        lossShare = 0.10;
        break;
      case Fluorescent:
        lossShare = 0.15;
        break;
      default:
        lossShare = 0.10;
      }
      const double loss = std::round( power * lossShare * ( 0.85 + 0.3 * unit( key, SaltLoss ) ) * 10 ) / 10;
      const QPair<double, double> heights = heightRange( family, road );
      const double height = std::round( ( heights.first + ( heights.second - heights.first ) * unit( key, SaltHeight ) ) * 2 ) / 2;
      const QPair<int, int> years = yearRange( technology );

      l.load = power + loss;
      l.attributes = { { QStringLiteral( "support_id" ), QStringLiteral( "S%1" ).arg( l.fid, 5, 10, QLatin1Char( '0' ) ) },
                       { QStringLiteral( "lantern_type" ), l.lanternNull ? QVariant() : QVariant( l.lanternType ) },
                       { QStringLiteral( "technology" ), technologies().at( technology ) },
                       { QStringLiteral( "power_w" ), power },
                       { QStringLiteral( "driver_loss_w" ), loss },
                       { QStringLiteral( "height_m" ), height },
                       { QStringLiteral( "dimmable" ), dimmable },
                       { QStringLiteral( "control" ), control },
                       { QStringLiteral( "year_installed" ), pickInt( years.first, years.second, unit( key, SaltYear ) ) },
                       { QStringLiteral( "street_id" ), l.street >= 0 ? QVariant( streets.streets().at( l.street ).id ) : QVariant() },
                       { QStringLiteral( "simulated" ), luminaireSimulated } };
      extent = extent.isNull() ? QRectF( l.position, QSizeF( 1e-6, 1e-6 ) ) : extent.united( QRectF( l.position, QSizeF( 1e-6, 1e-6 ) ) );
    }

    // cabinets: luminaires in Hilbert-curve order (spatially coherent), cut into groups of 30-60
    QVector<int> order( luminaires.size() );
    QVector<quint64> keys( luminaires.size() );
    for ( int i = 0; i < luminaires.size(); ++i )
    {
      order[i] = i;
      keys[i] = hilbertIndex( luminaires[i].position, extent );
    }
    std::sort( order.begin(), order.end(), [&]( int a, int b ) { return keys[a] < keys[b] || ( keys[a] == keys[b] && a < b ); } );

    QList<Feature> cabinets;
    const QString cabinetSimulated = QStringLiteral( "geometry,cabinet_id,name,circuits,contracted_power_kva" );
    int start = 0;
    while ( start < order.size() )
    {
      const int number = cabinets.size() + 1;
      const QString cabinetId = QStringLiteral( "C%1" ).arg( number, 4, 10, QLatin1Char( '0' ) );
      int size = pickInt( 30, 60, unit( cabinetId, SaltCabinetSize ) );
      if ( order.size() - ( start + size ) < 30 ) // no tiny last group
        size = order.size() - start;
      const int end = std::min<int>( start + size, order.size() );
      const int count = end - start;
      QPointF centroid;
      double load = 0;
      for ( int k = start; k < end; ++k )
      {
        centroid += luminaires[order[k]].position;
        load += luminaires[order[k]].load;
      }
      centroid /= count;
      int site = order[start];
      double bestDistance = std::numeric_limits<double>::max();
      for ( int k = start; k < end; ++k )
      {
        const QPointF d = luminaires[order[k]].position - centroid;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if ( distance < bestDistance )
        {
          bestDistance = distance;
          site = order[k];
        }
      }
      // about a dozen luminaires per circuit, 2 to 6 circuits per cabinet
      const int circuits = std::clamp( ( count + 11 ) / 12, 2, 6 );
      for ( int k = start; k < end; ++k )
      {
        QVariantMap &attributes = luminaires[order[k]].attributes;
        attributes.insert( QStringLiteral( "cabinet_id" ), cabinetId );
        attributes.insert( QStringLiteral( "circuit" ), 1 + ( k - start ) * circuits / count );
      }
      const int siteStreet = luminaires[site].street;
      const QString streetName = siteStreet >= 0 ? streets.streets().at( siteStreet ).name : QString();
      // apparent power with a 0.9 power factor and 20 % margin, rounded up to a supply step
      const double kva = contractedPower( load / 1000.0 / 0.9 * 1.2 );
      cabinets.append(
          { pointWkb( luminaires[site].position ),
            { { QStringLiteral( "cabinet_id" ), cabinetId },
              { QStringLiteral( "name" ), streetName.isEmpty() ? cabinetId : QStringLiteral( "%1 %2" ).arg( cabinetId, streetName ) },
              { QStringLiteral( "circuits" ), circuits },
              { QStringLiteral( "contracted_power_kva" ), kva },
              { QStringLiteral( "simulated" ), cabinetSimulated } } } );
      start = end;
    }

    QList<Feature> features;
    features.reserve( luminaires.size() );
    for ( const Luminaire &l : std::as_const( luminaires ) )
      features.append( { pointWkb( l.position ), l.attributes } );
    if ( !context.addFeatures( QStringLiteral( "lighting:luminaires" ), features, errorMessage ) )
      return false;
    if ( !context.addFeatures( QStringLiteral( "lighting:cabinets" ), cabinets, errorMessage ) )
      return false;
    logMessage( LogLevel::Info, kTopic,
                QStringLiteral( "%1 real lighting points with simulated attributes, %2 simulated cabinets" )
                    .arg( features.size() )
                    .arg( cabinets.size() ) );
    return true;
  }
} // namespace vigie
