// SPDX-License-Identifier: GPL-2.0-or-later
#include "territorylocator.h"

#include "schema.h"
#include "territorylayers.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCollator>
#include <QMap>

#include <algorithm>
#include <functional>

namespace vigie
{
  QString TerritoryLocator::nameField( const LayerSchema &schema )
  {
    if ( schema.field( QStringLiteral( "name" ) ) )
      return QStringLiteral( "name" );
    for ( const FieldSchema &field : schema.fields )
    {
      if ( field.type == FieldType::String && field.name.contains( QLatin1String( "name" ) ) )
        return field.name;
    }
    for ( const FieldSchema &field : schema.fields )
    {
      if ( field.type == FieldType::String )
        return field.name;
    }
    return QString();
  }

  void TerritoryLocator::clear()
  {
    mEntries.clear();
    mProject = nullptr;
  }

  void TerritoryLocator::rebuild( QgsProject *project, const QList<LayerSchema> &baseLayers )
  {
    clear();
    mProject = project;
    QList<LocatorEntry> areas;
    QList<LocatorEntry> others;
    QCollator collator;
    collator.setCaseSensitivity( Qt::CaseInsensitive );
    collator.setNumericMode( true );
    for ( const LayerSchema &schema : baseLayers )
    {
      QgsVectorLayer *layer = TerritoryLayers::layer( project, schema.qualifiedName() );
      const QString field = nameField( schema );
      if ( !layer || field.isEmpty() || layer->fields().indexOf( field ) < 0 )
        continue;
      const bool isArea = schema.geometry == GeometryType::Polygon || schema.geometry == GeometryType::MultiPolygon;

      // one entry per distinct name: a street is many segments
      QMap<QString, LocatorEntry> byName;
      QgsFeatureRequest request;
      request.setFlags( QgsFeatureRequest::NoGeometry );
      request.setSubsetOfAttributes( QStringList { field }, layer->fields() );
      QgsFeatureIterator it = layer->getFeatures( request );
      QgsFeature feature;
      while ( it.nextFeature( feature ) )
      {
        const QString name = feature.attribute( field ).toString().simplified();
        if ( name.isEmpty() )
          continue;
        LocatorEntry &entry = byName[name.toCaseFolded()];
        if ( entry.featureIds.isEmpty() )
        {
          entry.name = name;
          entry.layerTitle = schema.title;
          entry.qualifiedLayer = schema.qualifiedName();
          entry.isArea = isArea;
        }
        entry.featureIds.insert( feature.id() );
      }
      QList<LocatorEntry> list = byName.values();
      std::sort( list.begin(), list.end(), [&collator]( const LocatorEntry &a, const LocatorEntry &b ) { return collator.compare( a.name, b.name ) < 0; } );
      ( isArea ? areas : others ) << list;
    }
    mEntries = areas + others;
  }

  QList<LocatorEntry> TerritoryLocator::areas() const
  {
    QList<LocatorEntry> result;
    for ( const LocatorEntry &entry : mEntries )
    {
      if ( entry.isArea )
        result << entry;
    }
    return result;
  }

  int TerritoryLocator::find( const QString &text ) const
  {
    const QString wanted = text.simplified();
    if ( wanted.isEmpty() )
      return -1;
    // the completer shows "Name (Layer)": accept that form too
    const auto matches = [this]( const std::function<bool( const LocatorEntry & )> &accept ) {
      for ( int i = 0; i < mEntries.size(); ++i )
      {
        if ( accept( mEntries.at( i ) ) )
          return i;
      }
      return -1;
    };
    int index = matches( [&wanted]( const LocatorEntry &e ) {
      return e.name.compare( wanted, Qt::CaseInsensitive ) == 0
             || QStringLiteral( "%1 (%2)" ).arg( e.name, e.layerTitle ).compare( wanted, Qt::CaseInsensitive ) == 0;
    } );
    if ( index < 0 )
      index = matches( [&wanted]( const LocatorEntry &e ) { return e.name.startsWith( wanted, Qt::CaseInsensitive ); } );
    if ( index < 0 )
      index = matches( [&wanted]( const LocatorEntry &e ) { return e.name.contains( wanted, Qt::CaseInsensitive ); } );
    return index;
  }

  QgsVectorLayer *TerritoryLocator::layer( const LocatorEntry &entry ) const
  {
    return mProject ? TerritoryLayers::layer( mProject, entry.qualifiedLayer ) : nullptr;
  }

  QList<QgsGeometry> TerritoryLocator::geometries( const LocatorEntry &entry ) const
  {
    QList<QgsGeometry> result;
    QgsVectorLayer *vectorLayer = layer( entry );
    if ( !vectorLayer )
      return result;
    QgsFeatureRequest request( entry.featureIds );
    request.setNoAttributes();
    QgsFeatureIterator it = vectorLayer->getFeatures( request );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      if ( feature.hasGeometry() )
        result << feature.geometry();
    }
    return result;
  }
} // namespace vigie
