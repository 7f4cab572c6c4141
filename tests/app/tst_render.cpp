// SPDX-License-Identifier: GPL-2.0-or-later
// Render checks of the demo territory against control images (after QGIS's
// QgsMultiRenderChecker): tests/data/control_images/render/expected_<name>/expected_<name>.png,
// rendered at fixed size and DPI, without labels (no font dependency), sequentially.
// Regenerate them with VIGIE_UPDATE_CONTROL_IMAGES=1 and look at them before committing.
#include "demobuilder.h"
#include "maprender.h"
#include "pluginmanager.h"
#include "territory.h"
#include "territorylayers.h"
#include "vigieqgistest.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgslayertree.h>
#include <qgspallabeling.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsrenderchecker.h>
#include <qgsvectorlayer.h>

#include <memory>

class TestRender : public vigie::test::Test
{
    Q_OBJECT

  private:
    std::unique_ptr<vigie::PluginManager> mPlugins;
    std::unique_ptr<vigie::Territory> mTerritory;
    std::unique_ptr<QgsProject> mProject;

    static QString controlImage( const QString &name )
    {
      return vigie::test::testDataPath( QStringLiteral( "control_images/render/expected_%1/expected_%1.png" ).arg( name ) );
    }

    //! Extent of the features of \a qualifiedLayer (optionally filtered), in the project CRS.
    QgsRectangle layerExtent( const QString &qualifiedLayer, const QString &filter = QString() ) const
    {
      QgsVectorLayer *layer = vigie::TerritoryLayers::layer( mProject.get(), qualifiedLayer );
      if ( !layer )
        return QgsRectangle();
      if ( filter.isEmpty() )
        return layer->extent();
      QgsRectangle extent;
      extent.setMinimal();
      QgsFeatureRequest request;
      request.setFilterExpression( filter );
      request.setNoAttributes();
      QgsFeatureIterator it = layer->getFeatures( request );
      QgsFeature feature;
      while ( it.nextFeature( feature ) )
        extent.combineExtentWith( feature.geometry().boundingBox() );
      return extent;
    }

    vigie::RenderSettings settings() const
    {
      vigie::RenderSettings settings;
      settings.size = QSize( 800, 560 );
      settings.dpi = 96;
      settings.labels = false;
      settings.sequential = true;
      return settings;
    }

  private Q_SLOTS:
    void initTestCase()
    {
      mPlugins = std::make_unique<vigie::PluginManager>();
      mPlugins->loadFrom( { vigie::test::pluginDirectory() } );
      QVERIFY2( mPlugins->plugins().size() >= 4, "the four domain plugins are built" );
      const QString path = tempPath( QStringLiteral( "montpellier.gpkg" ) );
      QString error;
      QVERIFY2( vigie::DemoBuilder::build( QStringLiteral( "montpellier" ), path, mPlugins->plugins(), vigie::test::demoSourcePath(), &error ),
                qPrintable( error ) );
      mTerritory = vigie::Territory::open( path, mPlugins->plugins(), vigie::Territory::Mode::ReadOnly, &error );
      QVERIFY2( mTerritory, qPrintable( error ) );
      mProject = std::make_unique<QgsProject>();
      QVERIFY2( vigie::TerritoryLayers::load( *mTerritory, *mPlugins, mProject.get(), &error ), qPrintable( error ) );
    }

    void cleanupTestCase()
    {
      mProject.reset();  // layers go before QGIS exits
    }

    void layerTree()
    {
      // project CRS from the territory; every territory layer is on the map, valid, named by its title
      QCOMPARE( mProject->crs().authid(), QStringLiteral( "EPSG:2154" ) );
      const QList<vigie::LayerSchema> schemas = mTerritory->layers();
      QCOMPARE( mProject->mapLayers().size(), schemas.size() );
      for ( const vigie::LayerSchema &schema : schemas )
      {
        QgsVectorLayer *layer = vigie::TerritoryLayers::layer( mProject.get(), schema.qualifiedName() );
        QVERIFY2( layer, qPrintable( schema.qualifiedName() ) );
        QVERIFY( layer->isValid() );
        QCOMPARE( layer->name(), schema.title );
        QCOMPARE( layer->featureCount(), mTerritory->featureCount( schema.qualifiedName() ) );
      }
      // groups by domain, the base layers' "Territory" group last (drawn under the networks)
      const QList<QgsLayerTreeGroup *> groups = mProject->layerTreeRoot()->findGroups();
      QVERIFY( groups.size() >= 5 );
      QCOMPARE( groups.last()->name(), QStringLiteral( "Territory" ) );
      QStringList groupNames;
      for ( const QgsLayerTreeGroup *group : groups )
        groupNames << group->name();
      for ( vigie::DomainPlugin *plugin : mPlugins->plugins() )
        QVERIFY2( groupNames.contains( plugin->displayName() ), qPrintable( plugin->displayName() ) );
      QCOMPARE( vigie::TerritoryLayers::layer( mProject.get(), QStringLiteral( "lighting_luminaires" ) ),
                vigie::TerritoryLayers::layer( mProject.get(), QStringLiteral( "lighting:luminaires" ) ) );
      QVERIFY( !vigie::TerritoryLayers::layer( mProject.get(), QStringLiteral( "nothing:here" ) ) );
    }

    void stylesApplied()
    {
      // the plugins' QML styles change the map: styled and default renderings differ
      QgsProject bare;
      vigie::TerritoryLayers::Options options;
      options.applyStyles = false;
      QString error;
      QVERIFY2( vigie::TerritoryLayers::load( *mTerritory, *mPlugins, &bare, options, &error ), qPrintable( error ) );
      vigie::RenderSettings small = settings();
      small.size = QSize( 200, 140 );
      const QImage styled = vigie::MapRender::render( mProject.get(), small, &error );
      const QImage plain = vigie::MapRender::render( &bare, small, &error );
      QVERIFY( !styled.isNull() && !plain.isNull() );
      QVERIFY( styled != plain );
    }

    void labelScales()
    {
      // labels of dense layers are for close views: none is drawn at the territory-wide
      // scale (they would clutter the overview and cost seconds of label placement);
      // a handful of landmarks (reservoirs, tanks) may keep theirs
      const long long denseLayer = 100;
      const QgsMapSettings overview = vigie::MapRender::mapSettings( mProject.get(), settings() );
      const double scale = overview.scale();
      QVERIFY( scale > 20000 );
      const QMap<QString, QgsMapLayer *> layers = mProject->mapLayers();
      for ( QgsMapLayer *mapLayer : layers )
      {
        auto *layer = qobject_cast<QgsVectorLayer *>( mapLayer );
        if ( !layer || !layer->labelsEnabled() || !layer->labeling() || layer->featureCount() <= denseLayer )
          continue;
        const QStringList providers = layer->labeling()->subProviders();
        for ( const QString &provider : providers )
        {
          const QgsPalLayerSettings labelSettings = layer->labeling()->settings( provider );
          const bool shown = !labelSettings.scaleVisibility
                             || ( ( labelSettings.minimumScale <= 0 || scale <= labelSettings.minimumScale ) && ( labelSettings.maximumScale <= 0 || scale >= labelSettings.maximumScale ) );
          QVERIFY2( !shown, qPrintable( QStringLiteral( "%1: labels shown at 1:%2 (label scale range 1:%3 to 1:%4)" )
                                          .arg( layer->name() ).arg( scale, 0, 'f', 0 ).arg( labelSettings.minimumScale ).arg( labelSettings.maximumScale ) ) );
        }
      }
    }

    void badStyle()
    {
      QgsVectorLayer *layer = vigie::TerritoryLayers::layer( mProject.get(), QStringLiteral( "territory:districts" ) );
      QVERIFY( layer );
      QgsVectorLayer copy( layer->source(), QStringLiteral( "copy" ), QStringLiteral( "ogr" ) );
      QString error;
      QVERIFY( !vigie::TerritoryLayers::applyStyle( &copy, QStringLiteral( "<qgis>\n<renderer-v2 type=" ), &error ) );
      QVERIFY2( error.contains( QStringLiteral( "line 2" ) ), qPrintable( error ) );
    }

    void render_data()
    {
      QTest::addColumn<QString>( "name" );
      QTest::addColumn<QString>( "layer" );   // extent of this layer; empty: full extent
      QTest::addColumn<QString>( "filter" );  // optional feature filter for the extent
      QTest::addColumn<QStringList>( "domains" );  // layers drawn; empty: every visible layer, as the app shows them
      QTest::newRow( "full extent" ) << QStringLiteral( "montpellier_full" ) << QString() << QString() << QStringList();
      // the first district by code: a zoom at street and lamp level
      QTest::newRow( "district" ) << QStringLiteral( "montpellier_district" ) << QStringLiteral( "territory:districts" ) << QStringLiteral( "FIRST" ) << QStringList();
      // a 1.6 km window at the centre of the lighting points: lamps, cabinets, containers at street scale
      QTest::newRow( "street scale" ) << QStringLiteral( "montpellier_streets" ) << QStringLiteral( "lighting:luminaires" ) << QStringLiteral( "CENTRE" ) << QStringList();
      // the water network alone over the base map: the water plugin's styles
      QTest::newRow( "water network" ) << QStringLiteral( "montpellier_water" ) << QStringLiteral( "water:pipes" ) << QString()
                                       << QStringList { QStringLiteral( "water" ), QStringLiteral( "territory" ) };
    }

    void render()
    {
      QFETCH( QString, name );
      QFETCH( QString, layer );
      QFETCH( QString, filter );
      QFETCH( QStringList, domains );
      vigie::RenderSettings renderSettings = settings();
      if ( !domains.isEmpty() )
      {
        const QList<QgsMapLayer *> visible = vigie::MapRender::visibleLayers( mProject.get() );
        for ( QgsMapLayer *mapLayer : visible )
        {
          const QString qualified = mapLayer->customProperty( vigie::TerritoryLayers::qualifiedNameProperty() ).toString();
          if ( domains.contains( qualified.section( QLatin1Char( ':' ), 0, 0 ) ) )
            renderSettings.layers << mapLayer;
        }
        QVERIFY( !renderSettings.layers.isEmpty() );
      }
      if ( !layer.isEmpty() )
      {
        if ( filter == QLatin1String( "FIRST" ) )
        {
          QgsVectorLayer *districts = vigie::TerritoryLayers::layer( mProject.get(), layer );
          QVERIFY( districts );
          QStringList codes;
          QgsFeatureIterator it = districts->getFeatures();
          QgsFeature feature;
          while ( it.nextFeature( feature ) )
            codes << feature.attribute( QStringLiteral( "code" ) ).toString();
          codes.sort();
          QVERIFY( !codes.isEmpty() );
          filter = QStringLiteral( "\"code\" = '%1'" ).arg( codes.constFirst() );
        }
        if ( filter == QLatin1String( "CENTRE" ) )
        {
          const QgsPointXY centre = layerExtent( layer ).center();
          renderSettings.extent = QgsRectangle( centre.x() - 800, centre.y() - 560, centre.x() + 800, centre.y() + 560 );
        }
        else
          renderSettings.extent = layerExtent( layer, filter );
        QVERIFY2( !renderSettings.extent.isEmpty(), qPrintable( layer ) );
        renderSettings.extent.scale( 1.05 );
      }
      QString error;
      QStringList warnings;
      const QImage image = vigie::MapRender::render( mProject.get(), renderSettings, &error, &warnings );
      QVERIFY2( !image.isNull(), qPrintable( error ) );
      QVERIFY2( warnings.isEmpty(), qPrintable( warnings.join( QLatin1Char( '\n' ) ) ) );
      QCOMPARE( image.size(), renderSettings.size );
      const QString rendered = tempPath( name + QStringLiteral( ".png" ) );
      QVERIFY( image.save( rendered ) );

      const QString expected = controlImage( name );
      if ( qEnvironmentVariableIntValue( "VIGIE_UPDATE_CONTROL_IMAGES" ) == 1 )
      {
        QDir().mkpath( QFileInfo( expected ).path() );
        QVERIFY( image.save( expected ) );
        qInfo( "control image written: %s", qPrintable( expected ) );
        return;
      }
      QVERIFY2( QFileInfo::exists( expected ), qPrintable( QStringLiteral( "missing control image %1 (run with VIGIE_UPDATE_CONTROL_IMAGES=1)" ).arg( expected ) ) );
      QgsRenderChecker checker;
      checker.setColorTolerance( 10 );   // antialiasing differences between machines
      checker.setSizeTolerance( 0, 0 );
      // at most 0.5 % of the pixels may differ beyond the colour tolerance
      const unsigned int allowed = static_cast<unsigned int>( image.width() * image.height() / 200 );
      const bool same = checker.compareImages( name, expected, rendered, allowed );
      QVERIFY2( same, qPrintable( QStringLiteral( "%1 differs from %2: %3 pixels beyond tolerance (allowed %4); rendered image kept at %5" )
                                    .arg( name, expected )
                                    .arg( checker.mismatchCount() )
                                    .arg( allowed )
                                    .arg( rendered ) ) );
    }

    void detectsChange()
    {
      // the checker must be able to fail: a rendering with another background is refused
      const QString expected = controlImage( QStringLiteral( "montpellier_full" ) );
      if ( !QFileInfo::exists( expected ) )
        QSKIP( "no control image yet" );
      vigie::RenderSettings changed = settings();
      changed.background = QColor( 30, 30, 60 );
      const QImage image = vigie::MapRender::render( mProject.get(), changed );
      const QString rendered = tempPath( QStringLiteral( "changed.png" ) );
      QVERIFY( image.save( rendered ) );
      QgsRenderChecker checker;
      checker.setColorTolerance( 10 );
      QVERIFY( !checker.compareImages( QStringLiteral( "changed" ), expected, rendered, static_cast<unsigned int>( image.width() * image.height() / 200 ) ) );
    }
};

VIGIE_QGIS_TEST_MAIN( TestRender )
#include "tst_render.moc"
