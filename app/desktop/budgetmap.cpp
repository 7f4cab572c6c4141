// SPDX-License-Identifier: GPL-2.0-or-later
#include "budgetmap.h"

#include "election.h"
#include "territorylayers.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsmarkersymbol.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QColor>
#include <QSet>
#include <QtMath>

#include <set>

namespace vigie
{
  namespace
  {
    //! Name as compared between a project's "district" cell and the territory: no accents, no case, no punctuation.
    QString comparableName( const QString &text )
    {
      const QString decomposed = text.normalized( QString::NormalizationForm_KD );
      QString out;
      out.reserve( decomposed.size() );
      for ( const QChar c : decomposed )
      {
        if ( c.category() == QChar::Mark_NonSpacing )
          continue;
        out += c.isLetterOrNumber() ? c.toLower() : QChar( ' ' );
      }
      return out.simplified();
    }

    //! A territory area (district or commune) projects can be placed in.
    struct Area
    {
      QgsPointXY anchor; //!< a point inside the polygon, in the layer's CRS
      double radius = 0; //!< room around the anchor for several projects, in the layer's CRS units
      QgsCoordinateReferenceSystem crs;
      std::vector<int> projects;
    };

    //! Areas of the territory's districts then communes, keyed by comparable name and code.
    void collectAreas( QgsProject *project, std::vector<Area> *areas, QHash<QString, int> *byKey )
    {
      const QStringList layers = { QStringLiteral( "territory:districts" ), QStringLiteral( "territory:communes" ) };
      for ( const QString &name : layers )
      {
        QgsVectorLayer *layer = project ? TerritoryLayers::layer( project, name ) : nullptr;
        if ( !layer || !layer->isValid() )
          continue;
        const QStringList keyFields = { QStringLiteral( "name" ), QStringLiteral( "code" ), QStringLiteral( "insee_code" ) };
        QgsFeatureIterator it = layer->getFeatures();
        QgsFeature feature;
        while ( it.nextFeature( feature ) )
        {
          if ( !feature.hasGeometry() )
            continue;
          const QgsGeometry surface = feature.geometry().pointOnSurface();
          if ( surface.isNull() )
            continue;
          Area area;
          area.anchor = surface.asPoint();
          const QgsRectangle box = feature.geometry().boundingBox();
          area.radius = 0.2 * std::min( box.width(), box.height() );
          area.crs = layer->crs();
          const int index = static_cast<int>( areas->size() );
          bool used = false;
          for ( const QString &field : keyFields )
          {
            const int column = feature.fields().lookupField( field );
            if ( column < 0 )
              continue;
            const QString key = comparableName( feature.attribute( column ).toString() );
            // districts first: a commune of the same name does not replace a district
            if ( !key.isEmpty() && !byKey->contains( key ) )
            {
              byKey->insert( key, index );
              used = true;
            }
          }
          if ( used )
            areas->push_back( area );
        }
      }
    }

    QgsSymbol *markerSymbol( const QColor &color )
    {
      QVariantMap properties;
      properties.insert( QStringLiteral( "name" ), QStringLiteral( "circle" ) );
      properties.insert( QStringLiteral( "color" ), color.name() );
      properties.insert( QStringLiteral( "outline_color" ), QStringLiteral( "#ffffff" ) );
      properties.insert( QStringLiteral( "outline_width" ), QStringLiteral( "0.4" ) );
      properties.insert( QStringLiteral( "size" ), QStringLiteral( "3.4" ) );
      return QgsMarkerSymbol::createSimple( properties );
    }
  } // namespace

  BudgetMap::BudgetMap( QgsMapCanvas *canvas, QgsProject *project, QObject *parent )
    : QObject( parent )
    , mCanvas( canvas )
    , mProject( project )
  {
  }

  QString BudgetMap::layerName()
  {
    return tr( "Participatory budget projects" );
  }

  QString BudgetMap::summary() const
  {
    if ( !mLayer )
      return QString();
    QString text = tr( "On the map: %1 projects by their coordinates, %2 in their district." ).arg( mByLocation ).arg( mByDistrict );
    if ( mUnplaced > 0 )
      text += QLatin1Char( ' ' ) + tr( "%1 projects have neither coordinates nor a district of this territory." ).arg( mUnplaced );
    return text;
  }

  void BudgetMap::removeLayer()
  {
    mFeatureOfProject.clear();
    mByLocation = mByDistrict = mUnplaced = 0;
    if ( !mProject )
      return;
    if ( mLayer )
      mProject->removeMapLayer( mLayer->id() );
    mLayer.clear();
    if ( QgsLayerTreeGroup *group = mProject->layerTreeRoot()->findGroup( layerName() ) )
    {
      if ( group->children().isEmpty() )
        mProject->layerTreeRoot()->removeChildNode( group );
    }
  }

  void BudgetMap::update( const budget::Election *election, const std::vector<int> &fundedA, const std::vector<int> &fundedB )
  {
    removeLayer();
    if ( !election || !mProject )
      return;

    std::vector<Area> areas;
    QHash<QString, int> areaByKey;
    collectAreas( mProject, &areas, &areaByKey );

    const std::set<int> a( fundedA.cbegin(), fundedA.cend() );
    const std::set<int> b( fundedB.cbegin(), fundedB.cend() );
    const QgsCoordinateReferenceSystem wgs84( QStringLiteral( "EPSG:4326" ) );

    // place each project: coordinates first, then district
    std::vector<QgsPointXY> position( static_cast<size_t>( election->projectCount() ) );
    std::vector<QString> placement( static_cast<size_t>( election->projectCount() ) );
    for ( int p = 0; p < election->projectCount(); ++p )
    {
      bool latOk = false;
      bool lonOk = false;
      const double lat = election->projectCell( p, "latitude" ).toDouble( &latOk );
      const double lon = election->projectCell( p, "longitude" ).toDouble( &lonOk );
      if ( latOk && lonOk && std::abs( lat ) <= 90 && std::abs( lon ) <= 180 )
      {
        position[static_cast<size_t>( p )] = QgsPointXY( lon, lat );
        placement[static_cast<size_t>( p )] = QStringLiteral( "location" );
        ++mByLocation;
        continue;
      }
      const QString district = comparableName( election->projectCell( p, "district" ) );
      const auto found = areaByKey.constFind( district );
      if ( district.isEmpty() || found == areaByKey.constEnd() )
      {
        ++mUnplaced;
        continue;
      }
      areas[static_cast<size_t>( found.value() )].projects.push_back( p );
      placement[static_cast<size_t>( p )] = QStringLiteral( "district" );
      ++mByDistrict;
    }
    // projects of one district on a ring around a point inside it, so that none hides another
    for ( const Area &area : areas )
    {
      if ( area.projects.empty() )
        continue;
      const QgsCoordinateTransform toWgs84( area.crs, wgs84, mProject );
      const int n = static_cast<int>( area.projects.size() );
      for ( int k = 0; k < n; ++k )
      {
        QgsPointXY point = area.anchor;
        if ( n > 1 )
        {
          const double angle = 2 * M_PI * k / n;
          point = QgsPointXY( point.x() + area.radius * std::cos( angle ), point.y() + area.radius * std::sin( angle ) );
        }
        try
        {
          point = toWgs84.transform( point );
        }
        catch ( const QgsCsException & )
        {
          --mByDistrict;
          ++mUnplaced;
          placement[static_cast<size_t>( area.projects[static_cast<size_t>( k )] )].clear();
          continue;
        }
        position[static_cast<size_t>( area.projects[static_cast<size_t>( k )] )] = point;
      }
    }
    if ( mByLocation + mByDistrict == 0 )
      return;

    auto layer = std::make_unique<QgsVectorLayer>( QStringLiteral( "Point?crs=EPSG:4326&field=project_index:integer&field=project_id:string"
                                                                   "&field=name:string&field=cost:string&field=status:integer&field=placement:string" ),
                                                   layerName(), QStringLiteral( "memory" ) );
    if ( !layer->isValid() )
      return;
    QgsFeatureList features;
    for ( int p = 0; p < election->projectCount(); ++p )
    {
      if ( placement[static_cast<size_t>( p )].isEmpty() )
        continue;
      const bool inA = a.count( p ) > 0;
      const bool inB = b.count( p ) > 0;
      const int status = inA && inB ? FundedByBoth : inA ? FundedByAOnly : inB ? FundedByBOnly : NotFunded;
      QgsFeature feature( layer->fields() );
      QgsAttributes attributes;
      attributes << p << election->projectId( p ) << election->projectCell( p, "name" )
                 << election->formatMoney( election->projects[static_cast<size_t>( p )].cost ) << status
                 << placement[static_cast<size_t>( p )];
      feature.setAttributes( attributes );
      feature.setGeometry( QgsGeometry::fromPointXY( position[static_cast<size_t>( p )] ) );
      features << feature;
    }
    layer->dataProvider()->addFeatures( features );
    layer->updateExtents();

    QgsCategoryList categories;
    categories << QgsRendererCategory( static_cast<int>( FundedByBoth ), markerSymbol( QColor( 0x1a, 0x96, 0x41 ) ), tr( "Funded by both rules" ) );
    categories << QgsRendererCategory( static_cast<int>( FundedByAOnly ), markerSymbol( QColor( 0x2b, 0x83, 0xba ) ), tr( "Funded by rule A only" ) );
    categories << QgsRendererCategory( static_cast<int>( FundedByBOnly ), markerSymbol( QColor( 0xf4, 0x8c, 0x06 ) ), tr( "Funded by rule B only" ) );
    categories << QgsRendererCategory( static_cast<int>( NotFunded ), markerSymbol( QColor( 0x9e, 0x9e, 0x9e ) ), tr( "Not funded" ) );
    layer->setRenderer( new QgsCategorizedSymbolRenderer( QStringLiteral( "status" ), categories ) );

    // map feature ids back to projects (the memory provider assigns them)
    QgsFeatureIterator it = layer->getFeatures();
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
      mFeatureOfProject.insert( feature.attribute( 0 ).toInt(), feature.id() );

    mLayer = layer.release();
    mProject->addMapLayer( mLayer, false );
    QgsLayerTreeGroup *root = mProject->layerTreeRoot();
    QgsLayerTreeGroup *group = root->findGroup( layerName() );
    if ( !group )
      group = root->insertGroup( 0, layerName() );
    group->addLayer( mLayer );
    connect( mLayer, &QgsVectorLayer::selectionChanged, this, &BudgetMap::layerSelectionChanged );
  }

  void BudgetMap::selectProject( int project )
  {
    if ( !mLayer || !mFeatureOfProject.contains( project ) )
      return;
    const QgsFeatureId fid = mFeatureOfProject.value( project );
    mSelecting = true;
    mLayer->selectByIds( QgsFeatureIds() << fid );
    mSelecting = false;
    if ( mCanvas )
    {
      mCanvas->panToFeatureIds( mLayer, QgsFeatureIds() << fid, false );
      mCanvas->flashFeatureIds( mLayer, QgsFeatureIds() << fid );
    }
  }

  void BudgetMap::layerSelectionChanged()
  {
    if ( mSelecting || !mLayer )
      return;
    const QgsFeatureIds ids = mLayer->selectedFeatureIds();
    if ( ids.size() != 1 )
      return;
    const QgsFeature feature = mLayer->getFeature( *ids.constBegin() );
    if ( feature.isValid() )
      Q_EMIT projectSelected( feature.attribute( 0 ).toInt() );
  }
} // namespace vigie
