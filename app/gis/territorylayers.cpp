// SPDX-License-Identifier: GPL-2.0-or-later
#include "territorylayers.h"

#include "log.h"
#include "pluginmanager.h"
#include "qgiscompat.h"
#include "sqlconnection.h"
#include "territory.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgslinesymbol.h>
#include <qgsmarkersymbol.h>
#include <qgsfillsymbol.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDir>
#include <QDomDocument>
#include <QMap>

#include <algorithm>

namespace vigie
{
  namespace
  {
    //! Drawing order inside a group: points above lines above polygons above tables.
    int geometryRank( GeometryType type )
    {
      switch ( type )
      {
        case GeometryType::Point:
        case GeometryType::MultiPoint:
          return 0;
        case GeometryType::LineString:
        case GeometryType::MultiLineString:
          return 1;
        case GeometryType::Polygon:
        case GeometryType::MultiPolygon:
          return 2;
        case GeometryType::None:
          return 3;
      }
      return 3;
    }

    QString territoryDomain()
    {
      return QStringLiteral( "territory" );
    }

    /**
     * A fixed style for a layer whose schema brings none. QGIS would pick a random colour,
     * which changes at every start and breaks reference images; the base layers get a
     * quiet background look so the networks stand out.
     */
    void applyFallbackStyle( QgsVectorLayer *layer, const LayerSchema &schema )
    {
      QgsSymbol *symbol = nullptr;
      if ( schema.domain == territoryDomain() && schema.name == QLatin1String( "communes" ) )
        symbol = QgsFillSymbol::createSimple( { { QStringLiteral( "color" ), QStringLiteral( "244,241,234,255" ) },
                                                { QStringLiteral( "outline_color" ), QStringLiteral( "120,112,100,255" ) },
                                                { QStringLiteral( "outline_width" ), QStringLiteral( "0.5" ) } } );
      else if ( schema.domain == territoryDomain() && schema.name == QLatin1String( "districts" ) )
        symbol = QgsFillSymbol::createSimple( { { QStringLiteral( "color" ), QStringLiteral( "0,0,0,0" ) },
                                                { QStringLiteral( "style" ), QStringLiteral( "no" ) },
                                                { QStringLiteral( "outline_color" ), QStringLiteral( "105,105,150,255" ) },
                                                { QStringLiteral( "outline_width" ), QStringLiteral( "0.45" ) },
                                                { QStringLiteral( "outline_style" ), QStringLiteral( "dash" ) } } );
      else if ( schema.domain == territoryDomain() && schema.name == QLatin1String( "streets" ) )
        symbol = QgsLineSymbol::createSimple( { { QStringLiteral( "line_color" ), QStringLiteral( "190,184,176,255" ) },
                                                { QStringLiteral( "line_width" ), QStringLiteral( "0.3" ) },
                                                { QStringLiteral( "capstyle" ), QStringLiteral( "round" ) } } );
      else
      {
        switch ( compat::geometryType( layer ) )
        {
          case compat::PointGeometry:
            symbol = QgsMarkerSymbol::createSimple( { { QStringLiteral( "name" ), QStringLiteral( "circle" ) },
                                                      { QStringLiteral( "color" ), QStringLiteral( "110,110,110,255" ) },
                                                      { QStringLiteral( "outline_color" ), QStringLiteral( "255,255,255,255" ) },
                                                      { QStringLiteral( "size" ), QStringLiteral( "1.6" ) } } );
            break;
          case compat::LineGeometry:
            symbol = QgsLineSymbol::createSimple( { { QStringLiteral( "line_color" ), QStringLiteral( "110,110,110,255" ) },
                                                    { QStringLiteral( "line_width" ), QStringLiteral( "0.4" ) } } );
            break;
          case compat::PolygonGeometry:
            symbol = QgsFillSymbol::createSimple( { { QStringLiteral( "color" ), QStringLiteral( "220,220,220,160" ) },
                                                    { QStringLiteral( "outline_color" ), QStringLiteral( "130,130,130,255" ) },
                                                    { QStringLiteral( "outline_width" ), QStringLiteral( "0.3" ) } } );
            break;
          default:
            return;  // tables without geometry are not drawn
        }
      }
      layer->setRenderer( new QgsSingleSymbolRenderer( symbol ) );
    }
  } // namespace

  QString TerritoryLayers::layerUri( const QString &territoryPath, const LayerSchema &schema )
  {
    return QStringLiteral( "%1|layername=%2" ).arg( territoryPath, schema.tableName() );
  }

  QString TerritoryLayers::postgresLayerUri( const QString &territoryPath, const QString &dbSchema, const LayerSchema &schema )
  {
    // QgsDataSourceUri reads libpq's key=value syntax (quoted values included) and keeps authcfg
    QgsDataSourceUri uri( SqlConnection::connectionInfo( territoryPath ) );
    const bool spatial = schema.geometry != GeometryType::None;
    uri.setDataSource( dbSchema, schema.tableName(), spatial ? QStringLiteral( "geom" ) : QString(), QString(), QStringLiteral( "fid" ) );
    uri.setUseEstimatedMetadata( false );
    // fid is the table's primary key: no unicity scan of large tables at load
    uri.setParam( QStringLiteral( "checkPrimaryKeyUnicity" ), QStringLiteral( "0" ) );
    return uri.uri( false );
  }

  QString TerritoryLayers::providerKey( const QString &territoryPath )
  {
    return SqlConnection::isPostgres( territoryPath ) ? QStringLiteral( "postgres" ) : QStringLiteral( "ogr" );
  }

  QString TerritoryLayers::groupName( const QString &domain, const PluginManager &plugins )
  {
    if ( domain == territoryDomain() )
      return QCoreApplication::translate( "vigie", "Territory" );
    if ( const DomainPlugin *plugin = plugins.plugin( domain ) )
      return plugin->displayName();
    return domain;
  }

  bool TerritoryLayers::applyStyle( QgsVectorLayer *layer, const QString &qml, QString *errorMessage )
  {
    QDomDocument document;
    QString parseError;
    int line = 0;
    if ( !compat::setDomContent( document, qml, &parseError, &line ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "style of layer %1, line %2: %3" ).arg( layer->name() ).arg( line ).arg( parseError );
      return false;
    }
    QString importError;
    if ( !layer->importNamedStyle( document, importError ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "style of layer %1: %2" ).arg( layer->name(), importError );
      return false;
    }
    layer->triggerRepaint();
    return true;
  }

  bool TerritoryLayers::load( const Territory &territory, const PluginManager &plugins, QgsProject *project, QString *errorMessage )
  {
    return load( territory, plugins, project, Options(), errorMessage );
  }

  bool TerritoryLayers::load( const Territory &territory, const PluginManager &plugins, QgsProject *project, const Options &options,
                              QString *errorMessage )
  {
    project->clear();
    const TerritoryInfo info = territory.info();
    QgsCoordinateReferenceSystem crs;
    if ( !crs.createFromUserInput( info.crs ) || !crs.isValid() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "%1: the territory CRS '%2' is not known to PROJ." )
                          .arg( Territory::displayPath( territory.path() ), info.crs );
      return false;
    }
    project->setCrs( crs );
    project->setTitle( info.name );

    // group the layers by domain, keeping the territory's order (base layers, then plugin order)
    QStringList domains;
    QMap<QString, QList<LayerSchema>> byDomain;
    const QList<LayerSchema> schemas = territory.layers();
    for ( const LayerSchema &schema : schemas )
    {
      if ( !byDomain.contains( schema.domain ) )
        domains << schema.domain;
      byDomain[schema.domain] << schema;
    }
    // base layers are drawn under every domain: their group goes last in the tree
    if ( domains.removeAll( territoryDomain() ) > 0 )
      domains << territoryDomain();

    // a PostGIS territory: the layers are read by QGIS's postgres provider, in the connection's schema
    const QString connectionPath = options.connectionPath.isEmpty() ? territory.path() : options.connectionPath;
    const bool postgres = SqlConnection::isPostgres( connectionPath );
    QString dbSchema;
    if ( postgres )
    {
      QString error;
      std::unique_ptr<SqlConnection> db = SqlConnection::open( territory.path(), SqlConnection::Mode::ReadOnly, &error );
      QList<SqlConnection::Row> rows;
      if ( !db || !db->query( QStringLiteral( "SELECT current_schema()" ), QVariantList(), &rows, &error ) || rows.isEmpty() )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie", "%1: %2" ).arg( Territory::displayPath( territory.path() ), error );
        return false;
      }
      dbSchema = rows.constFirst().value( 0 ).toString();
    }
    const QString provider = postgres ? QStringLiteral( "postgres" ) : QStringLiteral( "ogr" );
    const QString shownPath = postgres ? Territory::displayPath( connectionPath ) : QDir::toNativeSeparators( territory.path() );

    QgsLayerTree *root = project->layerTreeRoot();
    QStringList problems;
    for ( const QString &domain : std::as_const( domains ) )
    {
      QList<LayerSchema> layers = byDomain.value( domain );
      std::stable_sort( layers.begin(), layers.end(),
                        []( const LayerSchema &a, const LayerSchema &b ) { return geometryRank( a.geometry ) < geometryRank( b.geometry ); } );
      QgsLayerTreeGroup *group = root->addGroup( groupName( domain, plugins ) );
      group->setCustomProperty( QStringLiteral( "vigie/domain" ), domain );
      for ( const LayerSchema &schema : std::as_const( layers ) )
      {
        QgsVectorLayer::LayerOptions layerOptions( project->transformContext() );
        layerOptions.loadDefaultStyle = false;
        const QString title = schema.title.isEmpty() ? schema.qualifiedName() : schema.title;
        const QString source = postgres ? postgresLayerUri( connectionPath, dbSchema, schema ) : layerUri( territory.path(), schema );
        auto *layer = new QgsVectorLayer( source, title, provider, layerOptions );
        if ( !layer->isValid() )
        {
          problems << QCoreApplication::translate( "vigie", "%1: layer %2 (table %3) cannot be read by QGIS: %4" )
                        .arg( shownPath, schema.qualifiedName(), schema.tableName(),
                              layer->error().summary() );
          delete layer;
          continue;
        }
        layer->setCustomProperty( qualifiedNameProperty(), schema.qualifiedName() );
        if ( options.readOnly )
          layer->setReadOnly( true );
        if ( options.applyStyles )
        {
          QString styleError;
          if ( schema.style.isEmpty() )
            applyFallbackStyle( layer, schema );
          else if ( !applyStyle( layer, schema.style, &styleError ) )
          {
            logMessage( LogLevel::Warning, QStringLiteral( "gis" ), styleError );  // a broken style must not hide the data
            applyFallbackStyle( layer, schema );
          }
        }
        project->addMapLayer( layer, false );
        group->addLayer( layer );
      }
    }
    if ( !problems.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = problems.join( QLatin1Char( '\n' ) );
      return false;
    }
    return true;
  }

  QgsVectorLayer *TerritoryLayers::layer( const QgsProject *project, const QString &qualifiedName )
  {
    const QMap<QString, QgsMapLayer *> layers = project->mapLayers();
    // accept "domain:name" and "domain_name" like Territory::layer()
    for ( QgsMapLayer *mapLayer : layers )
    {
      const QString name = mapLayer->customProperty( qualifiedNameProperty() ).toString();
      if ( name.isEmpty() )
        continue;
      if ( name == qualifiedName || QString( name ).replace( QLatin1Char( ':' ), QLatin1Char( '_' ) ) == qualifiedName )
        return qobject_cast<QgsVectorLayer *>( mapLayer );
    }
    return nullptr;
  }
} // namespace vigie
