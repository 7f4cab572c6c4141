// SPDX-License-Identifier: GPL-2.0-or-later
#include "deckstyles.h"

#include "inventory.h"
#include "lightingsymbology.h"
#include "optimiser.h"
#include "sqlconnection.h"
#include "territorylayers.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsgeometry.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgslinesymbol.h>
#include <qgsmarkersymbol.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <tuple>

namespace vigie
{
  namespace
  {
    //! The deck's label in its language (lupdate sees the QT_TRANSLATE_NOOP literals at the call sites).
    QString deckText( const review::DeckLanguage &language, const char *source )
    {
      return language.tr( source );
    }

    const QString kPowerBefore = QStringLiteral( "lighting:power-before" );
    const QString kPowerAfter = QStringLiteral( "lighting:power-after" );
    const QString kLightingClass = QStringLiteral( "lighting:class" );
    const QString kWaterNetwork = QStringLiteral( "water:network" );

    /**
     * What the lighting hints show, from modules/lighting: the inventory (positions, today's power),
     * the streets' design classes and the mean power of each luminaire before and after the plan.
     * Immutable once published: a richer one (with the plan) replaces it.
     */
    struct LightingData
    {
      QString path;
      QString version; //!< the file's date and size, or the PostGIS tables' signature (see territoryVersion())
      lighting::Inventory inventory;
      QVector<lighting::SegmentClasses> classes;
      bool hasPower = false;
      QVector<double> before; //!< W, per luminaire of the inventory
      QVector<double> after;
    };

    QMutex &cacheMutex()
    {
      static QMutex mutex;
      return mutex;
    }

    std::shared_ptr<const LightingData> &cachedLighting()
    {
      static std::shared_ptr<const LightingData> data;
      return data;
    }

    /**
     * What identifies the version of the lighting data of a territory: a file's date and size; for a
     * PostGIS territory, the row count and newest writing transaction (xmin) of the tables the inventory
     * reads, so that an edit from any desktop gives new figures. False with the reason when unreadable.
     */
    bool territoryVersion( const QString &path, QString *key, QString *version, QString *errorMessage )
    {
      if ( !SqlConnection::isPostgres( path ) )
      {
        const QFileInfo info( path );
        if ( path.isEmpty() || !info.exists() )
        {
          if ( errorMessage )
            *errorMessage = QCoreApplication::translate( "vigie::review", "the territory file %1 cannot be found" )
                                .arg( QDir::toNativeSeparators( path ) );
          return false;
        }
        *key = info.absoluteFilePath();
        *version = QStringLiteral( "%1/%2" ).arg( info.lastModified().toMSecsSinceEpoch() ).arg( info.size() );
        return true;
      }
      *key = path;
      QString error;
      std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadOnlyShared, &error );
      QStringList parts;
      for ( const char *table : { "lighting_luminaires", "lighting_cabinets", "territory_streets" } )
        parts << QStringLiteral( "(SELECT count(*) || ':' || COALESCE(max(xmin::text::bigint), 0) FROM %1)" ).arg( QLatin1String( table ) );
      QList<QStringList> rows;
      if ( !db || !db->queryText( QStringLiteral( "SELECT %1" ).arg( parts.join( QStringLiteral( " || '/' || " ) ) ), {}, &rows, &error ) )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::review", "the territory %1 cannot be read: %2" )
                              .arg( SqlConnection::withoutPassword( path ), error );
        return false;
      }
      *version = rows.value( 0 ).value( 0 );
      return true;
    }

    /**
     * The lighting data of \a path (a GeoPackage or a PostGIS territory), computed once per version of
     * the territory (the same loading and default parameters as `vigie-cli lighting optimise` without
     * options, which the lighting slides use).
     */
    std::shared_ptr<const LightingData> lightingData( const QString &path, bool power, QString *errorMessage )
    {
      QString key;
      QString version;
      if ( !territoryVersion( path, &key, &version, errorMessage ) )
        return nullptr;
      QMutexLocker lock( &cacheMutex() );
      std::shared_ptr<const LightingData> cached = cachedLighting();
      const bool same = cached && cached->path == key && cached->version == version;
      if ( same && ( cached->hasPower || !power ) )
        return cached;

      auto data = std::make_shared<LightingData>();
      const lighting::OptimisationParameters parameters;
      QString error;
      if ( same )
        *data = *cached;
      else
      {
        data->path = key;
        data->version = version;
        if ( !lighting::loadInventory( path, &data->inventory, &error ) )
        {
          if ( errorMessage )
            *errorMessage = error;
          return nullptr;
        }
        data->classes = lighting::segmentClasses( data->inventory, lighting::nightBands( data->inventory, parameters ) );
      }
      if ( power && !data->inventory.luminaires.isEmpty() )
      {
        lighting::OptimisationResult result;
        if ( !lighting::optimise( data->inventory, parameters, &result, &error ) )
        {
          if ( errorMessage )
            *errorMessage = error;
          return nullptr;
        }
        lighting::meanLuminairePower( data->inventory, parameters, result, &data->before, &data->after );
        data->hasPower = true;
      }
      else if ( power )
        data->hasPower = true;
      cachedLighting() = data;
      return data;
    }

    QString qualifiedName( const QgsMapLayer *layer )
    {
      return layer ? layer->customProperty( TerritoryLayers::qualifiedNameProperty() ).toString() : QString();
    }

    //! A clone of a territory layer (same source, own renderer), marked with the same qualified name.
    QgsVectorLayer *cloneLayer( const QgsMapLayer *layer )
    {
      const auto *vector = qobject_cast<const QgsVectorLayer *>( layer );
      if ( !vector )
        return nullptr;
      QgsVectorLayer *copy = vector->clone();
      if ( copy )
        copy->setCustomProperty( QStringLiteral( "vigie/deckStyleClone" ), true );
      return copy;
    }

    QgsVectorLayer *memoryLayer( const QString &geometry, const QString &name, const QgsCoordinateReferenceSystem &crs,
                                 const QgsFields &fields )
    {
      auto *layer = new QgsVectorLayer( geometry, name, QStringLiteral( "memory" ) );
      layer->setCrs( crs );
      layer->dataProvider()->addAttributes( fields.toList() );
      layer->updateFields();
      return layer;
    }

    QgsCoordinateReferenceSystem layerCrs( const QList<QgsMapLayer *> &layers, const QString &preferred )
    {
      for ( const QgsMapLayer *layer : layers )
        if ( qualifiedName( layer ) == preferred )
          return layer->crs();
      return layers.isEmpty() ? QgsCoordinateReferenceSystem() : layers.constFirst()->crs();
    }

    //! Luminaires as points with their mean power (W) in "power_w".
    QgsVectorLayer *powerLayer( const LightingData &data, const QVector<double> &power, const QgsCoordinateReferenceSystem &crs,
                                const QString &name )
    {
      QgsFields fields;
      fields.append( QgsField( QStringLiteral( "power_w" ), QVariant::Double ) );
      QgsVectorLayer *layer = memoryLayer( QStringLiteral( "Point" ), name, crs, fields );
      QgsFeatureList features;
      features.reserve( data.inventory.luminaires.size() );
      for ( int i = 0; i < data.inventory.luminaires.size(); ++i )
      {
        QgsFeature f( layer->fields() );
        const QPointF &p = data.inventory.luminaires.at( i ).position;
        f.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( p.x(), p.y() ) ) );
        f.setAttribute( 0, power.value( i ) );
        features << f;
      }
      layer->dataProvider()->addFeatures( features );
      layer->updateExtents();
      return layer;
    }

    //! Lit streets (at least one luminaire linked) with their EN 13201 design class in "class".
    QgsVectorLayer *classLayer( const LightingData &data, const QgsCoordinateReferenceSystem &crs, const QString &name,
                                QStringList *classNames )
    {
      QgsFields fields;
      fields.append( QgsField( QStringLiteral( "class" ), QVariant::String ) );
      QgsVectorLayer *layer = memoryLayer( QStringLiteral( "MultiLineString" ), name, crs, fields );
      QVector<bool> lit( data.inventory.segments.size(), false );
      for ( const lighting::Luminaire &l : data.inventory.luminaires )
        if ( l.segment >= 0 && l.segment < lit.size() )
          lit[l.segment] = true;
      QSet<QString> names;
      QgsFeatureList features;
      for ( int s = 0; s < data.inventory.segments.size() && s < data.classes.size(); ++s )
      {
        if ( !lit.at( s ) )
          continue;
        QgsMultiPolylineXY parts;
        for ( const QVector<QPointF> &part : data.inventory.segments.at( s ).parts )
        {
          QgsPolylineXY polyline;
          for ( const QPointF &p : part )
            polyline << QgsPointXY( p.x(), p.y() );
          parts << polyline;
        }
        const QString className = data.classes.at( s ).design.lightingClass.name();
        names.insert( className );
        QgsFeature f( layer->fields() );
        f.setGeometry( QgsGeometry::fromMultiPolylineXY( parts ) );
        f.setAttribute( 0, className );
        features << f;
      }
      layer->dataProvider()->addFeatures( features );
      layer->updateExtents();
      *classNames = QStringList( names.cbegin(), names.cend() );
      return layer;
    }

    bool fail( QString *errorMessage, const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    }
  } // namespace

  QStringList DeckStyles::knownHints()
  {
    return { kPowerBefore, kPowerAfter, kLightingClass, kWaterNetwork };
  }

  bool DeckStyles::isKnown( const QString &hint )
  {
    return knownHints().contains( hint );
  }

  bool DeckStyles::prepare( const review::Deck &deck, const QString &territoryPath, QString *errorMessage )
  {
    bool power = false, classes = false;
    for ( const review::Slide &slide : deck.slides )
      for ( const review::MapView &view : slide.maps )
      {
        power = power || view.styleHint == kPowerBefore || view.styleHint == kPowerAfter;
        classes = classes || view.styleHint == kLightingClass;
      }
    if ( !power && !classes )
      return true;
    return lightingData( territoryPath, power, errorMessage ) != nullptr;
  }

  void DeckStyles::clearCache()
  {
    QMutexLocker lock( &cacheMutex() );
    cachedLighting().reset();
  }

  bool DeckStyles::apply( const QString &hint, const QList<QgsMapLayer *> &layers, const QString &territoryPath,
                          const review::DeckLanguage &language, StyledMap *map, QString *errorMessage )
  {
    map->layers = layers;
    map->legendLayers.clear();
    map->legendTitle.clear();
    map->owned.clear();
    if ( hint.isEmpty() )
      return true;
    if ( !isKnown( hint ) )
      return fail( errorMessage, QCoreApplication::translate( "vigie::review", "unknown map style “%1”" ).arg( hint ) );

    auto own = [map]( QgsMapLayer *layer )
    {
      map->owned.emplace_back( layer );
      return layer;
    };
    QList<QgsMapLayer *> styled;

    if ( hint == kPowerBefore || hint == kPowerAfter )
    {
      QString error;
      const std::shared_ptr<const LightingData> data = lightingData( territoryPath, true, &error );
      if ( !data )
        return fail( errorMessage, error );
      const QString title = deckText( language, QT_TRANSLATE_NOOP( "vigie::review", "Mean power over the night" ) );
      QgsVectorLayer *points = powerLayer( *data, hint == kPowerBefore ? data->before : data->after,
                                           layerCrs( layers, QStringLiteral( "lighting:luminaires" ) ), title );
      const QList<double> bounds = LightingSymbology::powerBounds();
      QStringList labels;
      const QString watts = QStringLiteral( " W" );
      for ( int i = 0; i + 1 < bounds.size(); ++i )
      {
        if ( i == 0 )
          labels << QStringLiteral( "≤ " ) + language.number( bounds.at( 1 ) ) + watts;
        else if ( i + 2 == bounds.size() )
          labels << QStringLiteral( "> " ) + language.number( bounds.at( i ) ) + watts;
        else
          labels << language.number( bounds.at( i ) ) + QStringLiteral( "–" ) + language.number( bounds.at( i + 1 ) ) + watts;
      }
      points->setRenderer( LightingSymbology::powerRenderer( QStringLiteral( "power_w" ), labels, 1.1 ) );
      own( points );
      bool placed = false;
      for ( QgsMapLayer *layer : layers )
      {
        const QString name = qualifiedName( layer );
        if ( name == QLatin1String( "lighting:luminaires" ) )
        {
          styled << points;
          placed = true;
        }
        else if ( name == QLatin1String( "territory:streets" ) )
        {
          if ( QgsVectorLayer *streets = cloneLayer( layer ) )
          {
            streets->setRenderer(
                LightingSymbology::greyLineRenderer( deckText( language, QT_TRANSLATE_NOOP( "vigie::review", "Streets" ) ), 0.25 ) );
            styled << own( streets );
          }
        }
        else
          styled << layer;
      }
      if ( !placed )
        styled.prepend( points );
      map->legendLayers << points;
      map->legendTitle = title;
    }
    else if ( hint == kLightingClass )
    {
      QString error;
      const std::shared_ptr<const LightingData> data = lightingData( territoryPath, false, &error );
      if ( !data )
        return fail( errorMessage, error );
      const QString title = deckText( language, QT_TRANSLATE_NOOP( "vigie::review", "EN 13201 class of the lit streets" ) );
      QStringList names;
      QgsVectorLayer *streets = classLayer( *data, layerCrs( layers, QStringLiteral( "territory:streets" ) ), title, &names );
      streets->setRenderer( LightingSymbology::classRenderer( QStringLiteral( "class" ), names, 0.6 ) );
      own( streets );
      bool placed = false;
      for ( QgsMapLayer *layer : layers )
      {
        const QString name = qualifiedName( layer );
        if ( name == QLatin1String( "territory:streets" ) )
        {
          // the classes over every street drawn in grey
          styled << streets;
          placed = true;
          if ( QgsVectorLayer *all = cloneLayer( layer ) )
          {
            all->setRenderer(
                LightingSymbology::greyLineRenderer( deckText( language, QT_TRANSLATE_NOOP( "vigie::review", "Streets" ) ), 0.2 ) );
            styled << own( all );
          }
        }
        else if ( name == QLatin1String( "lighting:luminaires" ) )
        {
          if ( QgsVectorLayer *points = cloneLayer( layer ) )
          {
            points->setRenderer(
                LightingSymbology::faintPointRenderer( deckText( language, QT_TRANSLATE_NOOP( "vigie::review", "Luminaires" ) ) ) );
            styled << own( points );
          }
        }
        else
          styled << layer;
      }
      if ( !placed )
        styled.prepend( streets );
      map->legendLayers << streets;
      map->legendTitle = title;
    }
    else if ( hint == kWaterNetwork )
    {
      QgsVectorLayer *pipes = nullptr;
      QgsVectorLayer *nodes = nullptr;
      for ( QgsMapLayer *layer : layers )
      {
        const QString name = qualifiedName( layer );
        if ( name == QLatin1String( "water:pipes" ) )
        {
          pipes = cloneLayer( layer );
          if ( !pipes )
            continue;
          // the water style grades pipes by diameter; anything else (a user's style) is graded here
          if ( !dynamic_cast<QgsGraduatedSymbolRenderer *>( pipes->renderer() ) ||
               static_cast<QgsGraduatedSymbolRenderer *>( pipes->renderer() )->classAttribute() != QLatin1String( "diameter_mm" ) )
          {
            const QList<std::tuple<double, double, const char *, double>> ranges = { { 0, 80, "#9ecae1", 0.3 },
                                                                                     { 80, 150, "#4292c6", 0.5 },
                                                                                     { 150, 250, "#2171b5", 0.8 },
                                                                                     { 250, 400, "#08519c", 1.1 },
                                                                                     { 400, 100000, "#08306b", 1.5 } };
            QgsRangeList list;
            for ( const auto &[low, high, colour, width] : ranges )
            {
              const QString label =
                  low == 0 ? QStringLiteral( "≤ %1 mm" ).arg( language.number( high ) )
                           : ( high >= 100000 ? QStringLiteral( "> %1 mm" ).arg( language.number( low ) )
                                              : QStringLiteral( "%1–%2 mm" ).arg( language.number( low ), language.number( high ) ) );
              list << QgsRendererRange( low, high, LightingSymbology::line( QString::fromLatin1( colour ), width ), label );
            }
            pipes->setRenderer( new QgsGraduatedSymbolRenderer( QStringLiteral( "diameter_mm" ), list ) );
          }
          pipes->setName( deckText( language, QT_TRANSLATE_NOOP( "vigie::review", "Pipe diameter" ) ) );
          styled << own( pipes );
        }
        else if ( name == QLatin1String( "water:junctions" ) )
        {
          if ( ( nodes = cloneLayer( layer ) ) )
          {
            nodes->setRenderer( new QgsSingleSymbolRenderer( LightingSymbology::marker( QStringLiteral( "#08306b" ), 0.7, false ) ) );
            nodes->setName( deckText( language, QT_TRANSLATE_NOOP( "vigie::review", "Junctions" ) ) );
            styled << own( nodes );
          }
        }
        else
          styled << layer;
      }
      if ( !pipes )
      {
        map->owned.clear();
        return fail( errorMessage, QCoreApplication::translate( "vigie::review", "the map has no water:pipes layer to style" ) );
      }
      map->legendLayers << pipes;
      if ( nodes )
        map->legendLayers << nodes;
      map->legendTitle = deckText( language, QT_TRANSLATE_NOOP( "vigie::review", "Water network" ) );
    }
    map->layers = styled;
    return true;
  }
} // namespace vigie
