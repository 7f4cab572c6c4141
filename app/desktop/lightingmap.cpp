// SPDX-License-Identifier: GPL-2.0-or-later
#include "lightingmap.h"

#include "lightinganalysis.h"
#include "lightingsymbology.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgscoordinatereferencesystem.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgslinesymbol.h>
#include <qgsmarkersymbol.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QMap>

namespace vigie
{
  namespace
  {

    QgsLineSymbol *line( const QString &colour, double width )
    {
      return LightingSymbology::line( colour, width );
    }

    QgsMarkerSymbol *marker( const QString &colour, double size, bool outline = true )
    {
      return LightingSymbology::marker( colour, size, outline );
    }

    QString technologyColour( lighting::Technology technology )
    {
      switch ( technology )
      {
      case lighting::Technology::Hps:
        return QStringLiteral( "#ff7f00" );
      case lighting::Technology::MetalHalide:
        return QStringLiteral( "#984ea3" );
      case lighting::Technology::Mercury:
        return QStringLiteral( "#377eb8" );
      case lighting::Technology::Fluorescent:
        return QStringLiteral( "#a6761d" );
      case lighting::Technology::Led:
        return QStringLiteral( "#1b9e77" );
      }
      return QStringLiteral( "#808080" );
    }

    QgsVectorLayer *memoryLayer( const QString &geometry, const QString &name, const QgsCoordinateReferenceSystem &crs,
                                 const QgsFields &fields )
    {
      QgsVectorLayer *layer = new QgsVectorLayer( geometry, name, QStringLiteral( "memory" ) );
      layer->setCrs( crs );
      layer->dataProvider()->addAttributes( fields.toList() );
      layer->updateFields();
      return layer;
    }

    QgsField field( const char *name, QVariant::Type type, const QString &alias )
    {
      QgsField f( QString::fromLatin1( name ), type );
      f.setAlias( alias );
      return f;
    }

    QgsGraduatedSymbolRenderer *levelRenderer( bool lines )
    {
      const QList<std::tuple<double, double, const char *, QString>> ranges = {
          { 0, 40, "#08519c", QCoreApplication::translate( "vigie", "below 40 %" ) },
          { 40, 60, "#3182bd", QCoreApplication::translate( "vigie", "40-60 %" ) },
          { 60, 80, "#fdae61", QCoreApplication::translate( "vigie", "60-80 %" ) },
          { 80, 99.5, "#e6550d", QCoreApplication::translate( "vigie", "80-99 %" ) },
          { 99.5, 100, "#a50f15", QCoreApplication::translate( "vigie", "full power all night" ) } };
      QgsRangeList list;
      for ( const auto &[low, high, colour, label] : ranges )
      {
        QgsSymbol *symbol = lines ? static_cast<QgsSymbol *>( line( QString::fromLatin1( colour ), 0.7 ) )
                                  : static_cast<QgsSymbol *>( marker( QString::fromLatin1( colour ), 1.4 ) );
        list << QgsRendererRange( low, high, symbol, label );
      }
      return new QgsGraduatedSymbolRenderer( QStringLiteral( "mean_level" ), list );
    }
  } // namespace

  QString LightingMap::styleName( Style style )
  {
    switch ( style )
    {
    case Style::Class:
      return QCoreApplication::translate( "vigie", "EN 13201 class" );
    case Style::Power:
      return QCoreApplication::translate( "vigie", "Power" );
    case Style::Technology:
      return QCoreApplication::translate( "vigie", "Technology" );
    case Style::Dimming:
      return QCoreApplication::translate( "vigie", "Proposed dimming" );
    }
    return QString();
  }

  QgsVectorLayer *LightingMap::createStreetLayer( const LightingAnalysis &analysis, const QgsCoordinateReferenceSystem &crs )
  {
    QgsFields fields;
    fields.append( field( "street_id", QVariant::String, QCoreApplication::translate( "vigie", "Street" ) ) );
    fields.append( field( "name", QVariant::String, QCoreApplication::translate( "vigie", "Name" ) ) );
    fields.append( field( "class", QVariant::String, QCoreApplication::translate( "vigie", "EN 13201 class" ) ) );
    fields.append( field( "family", QVariant::String, QCoreApplication::translate( "vigie", "Class family" ) ) );
    fields.append( field( "luminaires", QVariant::Int, QCoreApplication::translate( "vigie", "Luminaires" ) ) );
    fields.append( field( "explanation", QVariant::String, QCoreApplication::translate( "vigie", "Why this class" ) ) );
    fields.append( field( "profile", QVariant::String, QCoreApplication::translate( "vigie", "Proposed dimming profile" ) ) );
    fields.append( field( "mean_level", QVariant::Double, QCoreApplication::translate( "vigie", "Night-mean level (%)" ) ) );
    fields.append( field( "segment", QVariant::Int, QCoreApplication::translate( "vigie", "Segment index" ) ) );
    QgsVectorLayer *layer =
        memoryLayer( QStringLiteral( "MultiLineString" ), QCoreApplication::translate( "vigie", "Lighting classes" ), crs, fields );
    QgsFeatureList features;
    for ( int s = 0; s < analysis.inventory.segments.size(); ++s )
    {
      if ( analysis.segmentLuminaires.value( s ).isEmpty() )
        continue;
      const lighting::RoadSegment &segment = analysis.inventory.segments.at( s );
      QgsMultiPolylineXY parts;
      for ( const QVector<QPointF> &part : segment.parts )
      {
        QgsPolylineXY polyline;
        for ( const QPointF &p : part )
          polyline << QgsPointXY( p.x(), p.y() );
        parts << polyline;
      }
      QgsFeature f( layer->fields() );
      f.setGeometry( QgsGeometry::fromMultiPolylineXY( parts ) );
      const lighting::ClassChoice &choice = analysis.classes.at( s ).design;
      const QString name = choice.lightingClass.name();
      f.setAttributes( QVector<QVariant>{ segment.id, segment.name, name, name.left( 1 ), analysis.segmentLuminaires.at( s ).size(),
                                          choice.explanation, QString(), 100.0, s } );
      features << f;
    }
    layer->dataProvider()->addFeatures( features );
    layer->updateExtents();
    return layer;
  }

  QgsVectorLayer *LightingMap::createLuminaireLayer( const LightingAnalysis &analysis, const QgsCoordinateReferenceSystem &crs )
  {
    QgsFields fields;
    fields.append( field( "support_id", QVariant::String, QCoreApplication::translate( "vigie", "Support" ) ) );
    fields.append( field( "technology", QVariant::String, QCoreApplication::translate( "vigie", "Lamp technology" ) ) );
    fields.append( field( "power_w", QVariant::Double, QCoreApplication::translate( "vigie", "Lamp power (W)" ) ) );
    fields.append( field( "system_w", QVariant::Double, QCoreApplication::translate( "vigie", "System power (W)" ) ) );
    fields.append( field( "dimmable", QVariant::Int, QCoreApplication::translate( "vigie", "Dimmable" ) ) );
    fields.append( field( "cabinet", QVariant::String, QCoreApplication::translate( "vigie", "Cabinet" ) ) );
    fields.append( field( "street_id", QVariant::String, QCoreApplication::translate( "vigie", "Street" ) ) );
    fields.append( field( "class", QVariant::String, QCoreApplication::translate( "vigie", "EN 13201 class" ) ) );
    fields.append( field( "mean_level", QVariant::Double, QCoreApplication::translate( "vigie", "Night-mean level (%)" ) ) );
    fields.append( field( "retrofit_year", QVariant::Int, QCoreApplication::translate( "vigie", "LED retrofit year" ) ) );
    fields.append( field( "luminaire", QVariant::Int, QCoreApplication::translate( "vigie", "Luminaire index" ) ) );
    QgsVectorLayer *layer =
        memoryLayer( QStringLiteral( "Point" ), QCoreApplication::translate( "vigie", "Luminaires (analysis)" ), crs, fields );
    QgsFeatureList features;
    features.reserve( analysis.inventory.luminaires.size() );
    for ( int i = 0; i < analysis.inventory.luminaires.size(); ++i )
    {
      const lighting::Luminaire &l = analysis.inventory.luminaires.at( i );
      QgsFeature f( layer->fields() );
      f.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( l.position.x(), l.position.y() ) ) );
      const bool linked = l.segment >= 0;
      f.setAttributes( QVector<QVariant>{ l.id, lighting::technologyName( l.technology ), l.powerW, l.systemPowerW(), l.dimmable() ? 1 : 0,
                                          l.cabinet, linked ? analysis.inventory.segments.at( l.segment ).id : QString(),
                                          linked ? analysis.classes.at( l.segment ).design.lightingClass.name() : QString(), 100.0, 0,
                                          i } );
      features << f;
    }
    layer->dataProvider()->addFeatures( features );
    layer->updateExtents();
    return layer;
  }

  void LightingMap::updateResults( const LightingAnalysis &analysis, QgsVectorLayer *streets, QgsVectorLayer *luminaires )
  {
    if ( streets )
    {
      const int segmentField = streets->fields().indexOf( QLatin1String( "segment" ) );
      const int profileField = streets->fields().indexOf( QLatin1String( "profile" ) );
      const int levelField = streets->fields().indexOf( QLatin1String( "mean_level" ) );
      const int classField = streets->fields().indexOf( QLatin1String( "class" ) );
      QgsChangedAttributesMap changes;
      QgsFeature f;
      QgsFeatureIterator it = streets->getFeatures();
      while ( it.nextFeature( f ) )
      {
        const int s = f.attribute( segmentField ).toInt();
        double hours = 0, sum = 0;
        for ( int b = 0; b < analysis.bands.size(); ++b )
        {
          hours += analysis.bands.at( b ).hours;
          sum += analysis.bands.at( b ).hours * analysis.streetLevel( s, b );
        }
        changes.insert( f.id(), { { profileField, analysis.streetProfileText( s ) },
                                  { levelField, hours > 0 ? 100.0 * sum / hours : 100.0 },
                                  { classField, analysis.classes.at( s ).design.lightingClass.name() } } );
      }
      streets->dataProvider()->changeAttributeValues( changes );
      streets->triggerRepaint();
    }
    if ( luminaires )
    {
      const int indexField = luminaires->fields().indexOf( QLatin1String( "luminaire" ) );
      const int levelField = luminaires->fields().indexOf( QLatin1String( "mean_level" ) );
      const int yearField = luminaires->fields().indexOf( QLatin1String( "retrofit_year" ) );
      QgsChangedAttributesMap changes;
      QgsFeature f;
      QgsFeatureIterator it = luminaires->getFeatures();
      while ( it.nextFeature( f ) )
      {
        const int i = f.attribute( indexField ).toInt();
        changes.insert( f.id(), { { levelField, 100.0 * analysis.meanLevel( i ) }, { yearField, analysis.retrofitYear( i ) } } );
      }
      luminaires->dataProvider()->changeAttributeValues( changes );
      luminaires->triggerRepaint();
    }
  }

  void LightingMap::applyStyle( Style style, QgsVectorLayer *streets, QgsVectorLayer *luminaires )
  {
    if ( !streets || !luminaires )
      return;
    switch ( style )
    {
    case Style::Class:
    {
      QStringList names;
      for ( const QVariant &v : streets->uniqueValues( streets->fields().indexOf( QLatin1String( "class" ) ) ) )
        names << v.toString();
      streets->setRenderer( LightingSymbology::classRenderer( QStringLiteral( "class" ), names, 0.8 ) );
      luminaires->setRenderer( LightingSymbology::faintPointRenderer( QCoreApplication::translate( "vigie", "Luminaires" ) ) );
      break;
    }
    case Style::Power:
    case Style::Technology:
    {
      streets->setRenderer( LightingSymbology::greyLineRenderer( QCoreApplication::translate( "vigie", "Lit streets" ) ) );
      if ( style == Style::Power )
      {
        const QStringList labels = {
            QCoreApplication::translate( "vigie", "up to 60 W" ), QCoreApplication::translate( "vigie", "60-120 W" ),
            QCoreApplication::translate( "vigie", "120-180 W" ), QCoreApplication::translate( "vigie", "180-300 W" ),
            QCoreApplication::translate( "vigie", "over 300 W" ) };
        luminaires->setRenderer( LightingSymbology::powerRenderer( QStringLiteral( "system_w" ), labels, 1.4 ) );
      }
      else
      {
        QgsCategoryList categories;
        for ( const lighting::Technology t : { lighting::Technology::Hps, lighting::Technology::MetalHalide, lighting::Technology::Mercury,
                                               lighting::Technology::Fluorescent, lighting::Technology::Led } )
          categories << QgsRendererCategory( lighting::technologyName( t ), marker( technologyColour( t ), 1.4 ),
                                             lighting::technologyName( t ) );
        luminaires->setRenderer( new QgsCategorizedSymbolRenderer( QStringLiteral( "technology" ), categories ) );
      }
      break;
    }
    case Style::Dimming:
      streets->setRenderer( levelRenderer( true ) );
      luminaires->setRenderer( levelRenderer( false ) );
      break;
    }
    streets->setCustomProperty( QStringLiteral( "vigie/lightingStyle" ), static_cast<int>( style ) );
    luminaires->setCustomProperty( QStringLiteral( "vigie/lightingStyle" ), static_cast<int>( style ) );
    streets->triggerRepaint();
    luminaires->triggerRepaint();
  }
} // namespace vigie
