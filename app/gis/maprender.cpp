// SPDX-License-Identifier: GPL-2.0-or-later
#include "maprender.h"

#include <qgslayertree.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>

#include <QCoreApplication>

namespace vigie
{
  QList<QgsMapLayer *> MapRender::visibleLayers( const QgsProject *project )
  {
    // layerOrder() follows the tree, top first; keep the checked ones
    QList<QgsMapLayer *> layers;
    const QgsLayerTree *root = project->layerTreeRoot();
    const QList<QgsMapLayer *> ordered = root->layerOrder();
    for ( QgsMapLayer *layer : ordered )
    {
      const QgsLayerTreeLayer *node = root->findLayer( layer );
      if ( node && node->isVisible() && layer->isValid() )
        layers << layer;
    }
    return layers;
  }

  QgsMapSettings MapRender::mapSettings( const QgsProject *project, const RenderSettings &settings )
  {
    QgsMapSettings mapSettings;
    mapSettings.setDestinationCrs( project->crs() );
    mapSettings.setTransformContext( project->transformContext() );
    mapSettings.setEllipsoid( project->ellipsoid() );
    mapSettings.setLayers( settings.layers.isEmpty() ? visibleLayers( project ) : settings.layers );
    mapSettings.setOutputSize( settings.size );
    mapSettings.setOutputDpi( settings.dpi );
    mapSettings.setBackgroundColor( settings.background );
    mapSettings.setFlag( Qgis::MapSettingsFlag::Antialiasing, settings.antialiasing );
    mapSettings.setFlag( Qgis::MapSettingsFlag::DrawLabeling, settings.labels );
    mapSettings.setFlag( Qgis::MapSettingsFlag::UseAdvancedEffects, true );
    mapSettings.setPathResolver( project->pathResolver() );
    QgsRectangle extent = settings.extent;
    if ( extent.isNull() || extent.isEmpty() )
    {
      extent = mapSettings.fullExtent();
      extent.scale( 1.05 );
    }
    mapSettings.setExtent( extent );
    return mapSettings;
  }

  QImage MapRender::render( const QgsProject *project, const RenderSettings &settings, QString *errorMessage, QStringList *warnings )
  {
    if ( !settings.size.isValid() || settings.size.isEmpty() || settings.dpi <= 0 )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "Invalid image size %1×%2 or resolution %3 dpi." )
                          .arg( settings.size.width() )
                          .arg( settings.size.height() )
                          .arg( settings.dpi );
      return QImage();
    }
    const QgsMapSettings ms = mapSettings( project, settings );
    if ( !ms.hasValidSettings() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "Nothing to render: no visible layer or an empty extent." );
      return QImage();
    }

    QImage image;
    QgsMapRendererJob::Errors errors;
    if ( settings.sequential )
    {
      QgsMapRendererSequentialJob job( ms );
      job.start();
      job.waitForFinished();
      image = job.renderedImage();
      errors = job.errors();
    }
    else
    {
      QgsMapRendererParallelJob job( ms );
      job.start();
      job.waitForFinished();
      image = job.renderedImage();
      errors = job.errors();
    }
    if ( warnings )
    {
      for ( const QgsMapRendererJob::Error &error : std::as_const( errors ) )
      {
        const QgsMapLayer *layer = project->mapLayer( error.layerID );
        warnings->append( QStringLiteral( "%1: %2" ).arg( layer ? layer->name() : error.layerID, error.message ) );
      }
    }
    if ( image.isNull() && errorMessage )
      *errorMessage = QCoreApplication::translate( "vigie", "The QGIS renderer produced no image." );
    return image;
  }
} // namespace vigie
