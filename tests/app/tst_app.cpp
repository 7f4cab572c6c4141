// SPDX-License-Identifier: GPL-2.0-or-later
// The desktop application, offscreen: the main window on a demo territory built with the
// real plugins (layers, groups, search, identify, bookmarks, recent files, errors) and the
// import dialog with its background import and cancel. Knows no domain by name: the layers
// it exercises are found from the territory's schemas.
#include "appoptions.h"
#include "attributepanel.h"
#include "bookmarkspanel.h"
#include "demobuilder.h"
#include "importdialog.h"
#include "importjob.h"
#include "importreportdialog.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "territory.h"
#include "territorylayers.h"
#include "territorylocator.h"
#include "vigieqgistest.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

namespace
{
  QByteArray fileHash( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return QByteArray();
    QCryptographicHash hash( QCryptographicHash::Sha256 );
    hash.addData( &file );
    return hash.result();
  }

  //! A valid value of \a type for generated import sources.
  QJsonValue sampleValue( vigie::FieldType type, int index )
  {
    switch ( type )
    {
      case vigie::FieldType::Integer:
      case vigie::FieldType::Integer64:
        return 10 + index % 50;
      case vigie::FieldType::Real:
        return 12.5 + index % 7;
      case vigie::FieldType::Boolean:
        return index % 2 == 0;
      case vigie::FieldType::Date:
        return QStringLiteral( "2024-03-%1" ).arg( 1 + index % 28, 2, 10, QLatin1Char( '0' ) );
      case vigie::FieldType::DateTime:
        return QStringLiteral( "2024-03-01T10:%1:00" ).arg( index % 60, 2, 10, QLatin1Char( '0' ) );
      case vigie::FieldType::String:
        break;
    }
    return QStringLiteral( "S%1" ).arg( index % 1000 );
  }
} // namespace

class TestApp : public vigie::test::Test
{
    Q_OBJECT

  private:
    std::unique_ptr<vigie::PluginManager> mPlugins;
    std::unique_ptr<vigie::MainWindow> mWindow;
    QString mDemoPath;

    //! The base layer of polygons named "districts" comes from the store, not from a plugin.
    static QString districtsLayer() { return vigie::Territory::baseLayers().value( 1 ).qualifiedName(); }

    //! The plugin point layer with the most features (in the demo: the lighting points).
    const vigie::LayerSchema *busiestPointLayer() const
    {
      const vigie::LayerSchema *best = nullptr;
      qint64 bestCount = 0;
      const QString baseDomain = vigie::Territory::coreComponent();
      for ( const vigie::LayerSchema &schema : mWindow->territory()->layers() )
      {
        if ( schema.domain == baseDomain || schema.geometry != vigie::GeometryType::Point )
          continue;
        const qint64 count = mWindow->territory()->featureCount( schema.qualifiedName() );
        if ( count > bestCount )
        {
          bestCount = count;
          best = mWindow->territory()->layer( schema.qualifiedName() );
        }
      }
      return best;
    }

    //! A GeoJSON file of \a count points (EPSG:4326, around Montpellier) with a value for every field of \a schema.
    QString writeSource( const QString &name, const vigie::LayerSchema &schema, int count, const QString &badField = QString(), int badRow = -1 ) const
    {
      QJsonArray features;
      for ( int i = 0; i < count; ++i )
      {
        QJsonObject properties;
        for ( const vigie::FieldSchema &field : schema.fields )
          properties.insert( field.name, sampleValue( field.type, i ) );
        if ( i + 1 == badRow )
          properties.insert( badField, QStringLiteral( "not a number" ) );
        properties.insert( QStringLiteral( "unrelated_note" ), QStringLiteral( "n%1" ).arg( i ) );
        const double x = 3.85 + ( i % 300 ) * 0.0002;
        const double y = 43.59 + ( i / 300 ) * 0.0002;
        features.append( QJsonObject { { QStringLiteral( "type" ), QStringLiteral( "Feature" ) },
                                       { QStringLiteral( "properties" ), properties },
                                       { QStringLiteral( "geometry" ),
                                         QJsonObject { { QStringLiteral( "type" ), QStringLiteral( "Point" ) }, { QStringLiteral( "coordinates" ), QJsonArray { x, y } } } } } );
      }
      const QJsonObject collection { { QStringLiteral( "type" ), QStringLiteral( "FeatureCollection" ) }, { QStringLiteral( "features" ), features } };
      const QString path = tempPath( name );
      QFile file( path );
      if ( !file.open( QIODevice::WriteOnly ) )
        return QString();
      file.write( QJsonDocument( collection ).toJson( QJsonDocument::Compact ) );
      return path;
    }

    //! Feature count read from the file with a connection of its own.
    qint64 countInFile( const QString &qualifiedLayer ) const
    {
      std::unique_ptr<vigie::Territory> territory = vigie::Territory::open( mDemoPath, mPlugins->plugins(), vigie::Territory::Mode::ReadOnly );
      return territory ? territory->featureCount( qualifiedLayer ) : -2;
    }

  private Q_SLOTS:
    void initTestCase()
    {
      // settings of this run only, never the user's
      QSettings::setPath( QSettings::NativeFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
      QSettings::setPath( QSettings::IniFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
      QSettings( QStringLiteral( "Vigie" ), QStringLiteral( "vigie" ) ).clear();

      mPlugins = std::make_unique<vigie::PluginManager>();
      mPlugins->loadFrom( { vigie::test::pluginDirectory() } );
      QVERIFY2( !mPlugins->plugins().isEmpty(), "domain plugins are built" );
      mDemoPath = tempPath( QStringLiteral( "démo territoire.gpkg" ) );  // accents and spaces on purpose
      QString error;
      QVERIFY2( vigie::DemoBuilder::build( QStringLiteral( "montpellier" ), mDemoPath, mPlugins->plugins(), vigie::test::demoSourcePath(), &error ),
                qPrintable( error ) );

      mWindow = std::make_unique<vigie::MainWindow>( *mPlugins );
      mWindow->setErrorDialogsEnabled( false );
      mWindow->setReportDialogsEnabled( false );
      mWindow->resize( 1280, 800 );
      mWindow->show();
      QVERIFY( QTest::qWaitForWindowExposed( mWindow.get() ) );
    }

    void cleanupTestCase()
    {
      mWindow.reset();
    }

    void commandLine_data()
    {
      QTest::addColumn<QStringList>( "arguments" );
      QTest::addColumn<bool>( "ok" );
      QTest::addColumn<QString>( "territory" );
      QTest::addColumn<QString>( "language" );
      QTest::addColumn<QString>( "plugins" );
      QTest::addColumn<bool>( "exitAfterFirstFrame" );
      QTest::addColumn<QString>( "errorMentions" );
      QTest::newRow( "nothing" ) << QStringList {} << true << QString() << QString() << QString() << false << QString();
      QTest::newRow( "file and language" ) << QStringList { QStringLiteral( "a b.gpkg" ), QStringLiteral( "--lang" ), QStringLiteral( "fr" ) } << true
                                           << QStringLiteral( "a b.gpkg" ) << QStringLiteral( "fr" ) << QString() << false << QString();
      QTest::newRow( "benchmark" ) << QStringList { QStringLiteral( "--plugins" ), QStringLiteral( "/p" ), QStringLiteral( "--exit-after-first-frame" ), QStringLiteral( "t.gpkg" ) }
                                   << true << QStringLiteral( "t.gpkg" ) << QString() << QStringLiteral( "/p" ) << true << QString();
      QTest::newRow( "unknown language" ) << QStringList { QStringLiteral( "--lang" ), QStringLiteral( "de" ) } << false << QString() << QString() << QString() << false
                                          << QStringLiteral( "de" );
      QTest::newRow( "two files" ) << QStringList { QStringLiteral( "a.gpkg" ), QStringLiteral( "b.gpkg" ) } << false << QString() << QString() << QString() << false
                                   << QStringLiteral( "b.gpkg" );
      QTest::newRow( "unknown option" ) << QStringList { QStringLiteral( "--bogus" ) } << false << QString() << QString() << QString() << false << QStringLiteral( "bogus" );
    }

    void commandLine()
    {
      QFETCH( QStringList, arguments );
      QFETCH( bool, ok );
      QFETCH( QString, errorMentions );
      vigie::AppOptions options;
      QString error;
      QCOMPARE( vigie::AppOptions::parse( QStringList { QStringLiteral( "vigie" ) } + arguments, &options, &error ), ok );
      if ( !ok )
      {
        QVERIFY2( error.contains( errorMentions ), qPrintable( error ) );
        return;
      }
      QTEST( options.territory, "territory" );
      QTEST( options.language, "language" );
      QTEST( options.pluginDirectory, "plugins" );
      QTEST( options.exitAfterFirstFrame, "exitAfterFirstFrame" );
    }

    void opensDemoWithEveryLayer()
    {
      QSignalSpy opened( mWindow.get(), &vigie::MainWindow::territoryOpened );
      QString error;
      QVERIFY2( mWindow->openTerritory( mDemoPath, &error ), qPrintable( error ) );
      QCOMPARE( opened.count(), 1 );
      QVERIFY( mWindow->territory() );
      QVERIFY( mWindow->windowTitle().contains( mWindow->territory()->info().name ) );

      // every layer of the file is on the map, valid and non-empty, in its domain's group
      const QList<vigie::LayerSchema> layers = mWindow->territory()->layers();
      QVERIFY( layers.size() > vigie::Territory::baseLayers().size() );
      QSet<QString> expectedGroups;
      for ( const vigie::LayerSchema &schema : layers )
      {
        QgsVectorLayer *layer = vigie::TerritoryLayers::layer( mWindow->project(), schema.qualifiedName() );
        QVERIFY2( layer, qPrintable( schema.qualifiedName() ) );
        QVERIFY2( layer->isValid(), qPrintable( schema.qualifiedName() ) );
        QVERIFY2( layer->featureCount() > 0, qPrintable( schema.qualifiedName() + QStringLiteral( " is empty" ) ) );
        const QString group = vigie::TerritoryLayers::groupName( schema.domain, *mPlugins );
        expectedGroups.insert( group );
        QgsLayerTreeLayer *node = mWindow->project()->layerTreeRoot()->findLayer( layer );
        QVERIFY( node );
        QgsLayerTreeGroup *parent = qobject_cast<QgsLayerTreeGroup *>( node->parent() );
        QVERIFY( parent );
        QCOMPARE( parent->name(), group );
        // a plain table (no geometry, e.g. water:model_sections) is in the tree, not drawn
        if ( schema.geometry != vigie::GeometryType::None )
          QVERIFY2( mWindow->mapCanvas()->layers().contains( layer ), qPrintable( schema.qualifiedName() + QStringLiteral( " not on the canvas" ) ) );
      }
      // one group per domain plus the territory's own, as the layer tree view shows them
      QSet<QString> shownGroups;
      QgsLayerTreeModel *model = mWindow->layerTreeView()->layerTreeModel();
      for ( int row = 0; row < model->rowCount(); ++row )
      {
        QgsLayerTreeNode *node = model->index2node( model->index( row, 0 ) );
        QVERIFY( QgsLayerTree::isGroup( node ) );
        shownGroups.insert( node->name() );
      }
      QCOMPARE( shownGroups, expectedGroups );
      QVERIFY( expectedGroups.contains( vigie::TerritoryLayers::groupName( vigie::Territory::coreComponent(), *mPlugins ) ) );
      QCOMPARE( expectedGroups.size(), mPlugins->plugins().size() + 1 );

      // the map shows the whole territory in its CRS
      QCOMPARE( mWindow->mapCanvas()->mapSettings().destinationCrs().authid(), QgsCoordinateReferenceSystem( mWindow->territory()->info().crs ).authid() );
      const QRectF territoryExtent = mWindow->territory()->extent();
      QVERIFY( mWindow->mapCanvas()->extent().contains( QgsRectangle( territoryExtent ).center() ) );
    }

    void searchZoomsToDistrict()
    {
      QVERIFY( mWindow->territory() );
      QgsVectorLayer *districts = vigie::TerritoryLayers::layer( mWindow->project(), districtsLayer() );
      QVERIFY( districts );
      QgsFeature district;
      QgsFeatureIterator it = districts->getFeatures();
      QVERIFY( it.nextFeature( district ) );
      const QString name = district.attribute( QStringLiteral( "name" ) ).toString();
      QVERIFY( !name.isEmpty() );
      const QgsRectangle box = district.geometry().boundingBox();

      // the completer offers it and the "zoom to" list has it
      bool offered = false;
      QAbstractItemModel *completion = mWindow->searchField()->completer()->model();
      for ( int row = 0; row < completion->rowCount() && !offered; ++row )
        offered = completion->index( row, 0 ).data().toString().startsWith( name );
      QVERIFY2( offered, qPrintable( name ) );
      QVERIFY( mWindow->zoomToCombo()->findText( name, Qt::MatchContains ) > 0 );

      mWindow->mapCanvas()->zoomToFullExtent();
      const QgsRectangle full = mWindow->mapCanvas()->extent();
      // typed in lower case, as people do
      QVERIFY( mWindow->zoomToName( name.toLower() ) );
      const QgsRectangle zoomed = mWindow->mapCanvas()->extent();
      QVERIFY2( zoomed.contains( box ), qPrintable( zoomed.toString() + QStringLiteral( " / " ) + box.toString() ) );
      QVERIFY( zoomed.width() < full.width() );
      // fitted: the district fills the view in at least one direction
      QVERIFY2( zoomed.width() <= box.width() * 1.5 || zoomed.height() <= box.height() * 1.5, qPrintable( zoomed.toString() + QStringLiteral( " / " ) + box.toString() ) );

      // previous extent goes back to the full view
      mWindow->mapCanvas()->zoomToPreviousExtent();
      QVERIFY( qgsDoubleNear( mWindow->mapCanvas()->extent().width(), full.width(), full.width() * 1e-6 ) );

      QVERIFY( !mWindow->zoomToName( QStringLiteral( "no such place 12345" ) ) );
    }

    void identifyShowsAttributes()
    {
      QVERIFY( mWindow->territory() );
      const vigie::LayerSchema *schema = busiestPointLayer();
      QVERIFY( schema );
      QgsVectorLayer *layer = vigie::TerritoryLayers::layer( mWindow->project(), schema->qualifiedName() );
      QVERIFY( layer );
      QgsFeature feature;
      QgsFeatureIterator it = layer->getFeatures( QgsFeatureRequest().setLimit( 1 ) );
      QVERIFY( it.nextFeature( feature ) );
      const QgsPointXY point = feature.geometry().vertexAt( 0 );
      mWindow->mapCanvas()->setExtent( QgsRectangle( point.x() - 40, point.y() - 40, point.x() + 40, point.y() + 40 ) );

      const QList<QgsMapToolIdentify::IdentifyResult> results = mWindow->identifyAt( point );
      bool found = false;
      for ( const QgsMapToolIdentify::IdentifyResult &result : results )
        found = found || ( result.mLayer == layer && result.mFeature.id() == feature.id() );
      QVERIFY2( found, qPrintable( QStringLiteral( "%1 results" ).arg( results.size() ) ) );

      // the panel shows the layer title, field titles from the schema and the values
      const QList<vigie::IdentifiedFeature> shown = mWindow->attributePanel()->features();
      const vigie::IdentifiedFeature *identified = nullptr;
      for ( const vigie::IdentifiedFeature &candidate : shown )
      {
        if ( candidate.qualifiedLayer == schema->qualifiedName() && candidate.id == feature.id() )
          identified = &candidate;
      }
      QVERIFY( identified );
      QCOMPARE( identified->layerTitle, schema->title );
      const QStringList simulated = feature.attribute( QStringLiteral( "simulated" ) ).toString().split( QLatin1Char( ',' ), Qt::SkipEmptyParts );
      int checked = 0;
      for ( const vigie::IdentifiedAttribute &attribute : identified->attributes )
      {
        const vigie::FieldSchema *field = schema->field( attribute.name );
        if ( !field )
          continue;
        QCOMPARE( attribute.title, field->title );
        if ( field->type == vigie::FieldType::String )
          QCOMPARE( attribute.value, feature.attribute( attribute.name ).toString() );
        QCOMPARE( attribute.simulated, simulated.contains( attribute.name ) );
        ++checked;
      }
      QVERIFY( checked > 0 );
      QVERIFY( mWindow->attributePanel()->tree()->topLevelItemCount() >= 1 );
      QVERIFY( mWindow->findChild<QDockWidget *>( QStringLiteral( "identifyDock" ) )->isVisible() );
    }

    void bookmarkKeptInTerritoryFile()
    {
      QVERIFY( mWindow->territory() );
      mWindow->mapCanvas()->zoomToFullExtent();
      mWindow->mapCanvas()->zoomByFactor( 0.25 );
      const QgsRectangle view = mWindow->mapCanvas()->extent();
      const QString name = QStringLiteral( "Vue du centre — été" );
      QString error;
      QVERIFY2( mWindow->addBookmark( name, &error ), qPrintable( error ) );

      // reopened: the bookmark comes from the file
      QVERIFY2( mWindow->openTerritory( mDemoPath, &error ), qPrintable( error ) );
      qint64 id = 0;
      for ( const vigie::Bookmark &bookmark : mWindow->bookmarksPanel()->bookmarks() )
      {
        if ( bookmark.name == name )
        {
          id = bookmark.id;
          QVERIFY( qgsDoubleNear( bookmark.extent.center().x(), view.center().x(), 1e-3 ) );
          QVERIFY( qgsDoubleNear( bookmark.extent.width(), view.width(), 1e-3 ) );
        }
      }
      QVERIFY( id > 0 );
      QCOMPARE( mWindow->bookmarksPanel()->list()->count(), mWindow->bookmarksPanel()->bookmarks().size() );

      // renamed and removed in the file too
      QVERIFY2( mWindow->renameBookmark( id, QStringLiteral( "Centre" ), &error ), qPrintable( error ) );
      std::unique_ptr<vigie::Territory> file = vigie::Territory::open( mDemoPath, mPlugins->plugins(), vigie::Territory::Mode::ReadOnly, &error );
      QVERIFY2( file, qPrintable( error ) );
      QStringList names;
      qint64 renamedId = 0;
      for ( const vigie::Bookmark &bookmark : file->bookmarks() )
      {
        names << bookmark.name;
        if ( bookmark.name == QLatin1String( "Centre" ) )
          renamedId = bookmark.id;
      }
      QVERIFY( names.contains( QStringLiteral( "Centre" ) ) );
      QVERIFY( !names.contains( name ) );
      QCOMPARE( renamedId, id ); // renamed in place
      QVERIFY2( mWindow->removeBookmark( renamedId, &error ), qPrintable( error ) );
      file = vigie::Territory::open( mDemoPath, mPlugins->plugins(), vigie::Territory::Mode::ReadOnly, &error );
      QVERIFY( file );
      for ( const vigie::Bookmark &bookmark : file->bookmarks() )
        QVERIFY( bookmark.id != renamedId );
    }

    void recentFilesAndLastTerritory()
    {
      const QString other = tempPath( QStringLiteral( "empty.gpkg" ) );
      vigie::TerritoryInfo info;
      info.name = QStringLiteral( "Empty" );
      QString error;
      QVERIFY2( mWindow->createTerritory( other, info, &error ), qPrintable( error ) );
      QCOMPARE( mWindow->territory()->info().name, info.name );
      const QStringList recent = mWindow->recentTerritories();
      QCOMPARE( recent.value( 0 ), QFileInfo( other ).absoluteFilePath() );
      QCOMPARE( recent.value( 1 ), QFileInfo( mDemoPath ).absoluteFilePath() );
      QCOMPARE( recent.count( recent.value( 1 ) ), 1 );  // reopened twice, listed once

      QVERIFY( mWindow->openTerritory( mDemoPath, &error ) );
      QCOMPARE( mWindow->recentTerritories().value( 0 ), QFileInfo( mDemoPath ).absoluteFilePath() );

      // a new session reopens the last territory
      mWindow->close();  // saves the window state and the last territory
      vigie::MainWindow next( *mPlugins );
      next.setErrorDialogsEnabled( false );
      QVERIFY( next.reopenLastTerritory() );
      QCOMPARE( next.territory()->path(), QFileInfo( mDemoPath ).absoluteFilePath() );
      mWindow->show();
    }

    void badFileKeepsTerritory_data()
    {
      QTest::addColumn<QString>( "kind" );
      QTest::newRow( "corrupt" ) << QStringLiteral( "corrupt" );
      QTest::newRow( "not a territory" ) << QStringLiteral( "plain" );
      QTest::newRow( "missing" ) << QStringLiteral( "missing" );
    }

    void badFileKeepsTerritory()
    {
      QFETCH( QString, kind );
      QString error;
      QVERIFY2( mWindow->openTerritory( mDemoPath, &error ), qPrintable( error ) );
      const int layerCount = mWindow->project()->count();

      QString bad = tempPath( QStringLiteral( "bad %1.gpkg" ).arg( kind ) );
      if ( kind == QLatin1String( "corrupt" ) )
      {
        // a real territory, its SQLite pages overwritten in the middle
        QFile file( bad );
        QVERIFY( file.open( QIODevice::WriteOnly ) );
        QByteArray bytes( "SQLite format 3" );
        bytes.append( '\0' );
        for ( int i = 0; i < 8192; ++i )
          bytes.append( static_cast<char>( ( i * 7919 ) % 251 ) );
        file.write( bytes );
      }
      else if ( kind == QLatin1String( "plain" ) )
      {
        QgsVectorLayer memory( QStringLiteral( "Point?crs=EPSG:4326&field=name:string" ), QStringLiteral( "points" ), QStringLiteral( "memory" ) );
        QgsFeature feature( memory.fields() );
        feature.setAttribute( 0, QStringLiteral( "a" ) );
        feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( 3.8, 43.6 ) ) );
        memory.dataProvider()->addFeature( feature );
        QgsVectorFileWriter::SaveVectorOptions options;
        options.driverName = QStringLiteral( "GPKG" );
        QString writeError;
        QCOMPARE( QgsVectorFileWriter::writeAsVectorFormatV3( &memory, bad, QgsCoordinateTransformContext(), options, &writeError ), QgsVectorFileWriter::NoError );
      }
      const QByteArray before = fileHash( bad );

      QSignalSpy errors( mWindow.get(), &vigie::MainWindow::errorOccurred );
      QVERIFY( !mWindow->openTerritory( bad, &error ) );
      QCOMPARE( errors.count(), 1 );
      QVERIFY2( error.contains( QDir::toNativeSeparators( QFileInfo( bad ).absoluteFilePath() ) ), qPrintable( error ) );
      QCOMPARE( errors.at( 0 ).at( 0 ).toString(), error );
      QCOMPARE( mWindow->lastError(), error );
      // the previous territory is still open and drawn
      QVERIFY( mWindow->territory() );
      QCOMPARE( mWindow->territory()->path(), QFileInfo( mDemoPath ).absoluteFilePath() );
      QCOMPARE( mWindow->project()->count(), layerCount );
      for ( QgsMapLayer *layer : mWindow->project()->mapLayers() )
        QVERIFY( layer->isValid() );
      // and the bad file was not touched
      QCOMPARE( fileHash( bad ), before );
      QVERIFY( !mWindow->recentTerritories().contains( QFileInfo( bad ).absoluteFilePath() ) );
    }

    void importDialogMapsFields()
    {
      QVERIFY( mWindow->territory() );
      const vigie::LayerSchema *schema = busiestPointLayer();
      QVERIFY( schema );
      const QString source = writeSource( QStringLiteral( "mapping.geojson" ), *schema, 3 );
      QVERIFY( !source.isEmpty() );

      vigie::ImportDialog dialog( mWindow->territory()->layers() );
      QString error;
      QVERIFY2( dialog.setSource( source, &error ), qPrintable( error ) );
      // the target with the most matching fields is chosen, each field mapped to its namesake
      QCOMPARE( dialog.targetLayer(), schema->qualifiedName() );
      const QMap<QString, QString> map = dialog.fieldMap();
      for ( const vigie::FieldSchema &field : schema->fields )
        QCOMPARE( map.value( field.name ), field.name );
      QVERIFY( !map.contains( QStringLiteral( "unrelated_note" ) ) );
      // editable
      const QString someField = schema->fields.constLast().name;
      QVERIFY( dialog.setFieldTarget( QStringLiteral( "unrelated_note" ), someField ) );
      QCOMPARE( dialog.fieldMap().value( QStringLiteral( "unrelated_note" ) ), someField );
      QVERIFY( dialog.setFieldTarget( QStringLiteral( "unrelated_note" ), QString() ) );
      QVERIFY( !dialog.fieldMap().contains( QStringLiteral( "unrelated_note" ) ) );
      dialog.setSkipInvalid( true );
      const vigie::ImportOptions options = dialog.options();
      QCOMPARE( options.targetLayer, schema->qualifiedName() );
      QVERIFY( options.skipInvalid );

      // matching by title as well as by name
      vigie::LayerSchema titled;
      vigie::FieldSchema field;
      field.name = QStringLiteral( "power_w" );
      field.title = QStringLiteral( "Power (W)" );
      titled.fields << field;
      QCOMPARE( vigie::ImportDialog::autoMatch( QStringLiteral( "POWER_W" ), titled ), field.name );
      QCOMPARE( vigie::ImportDialog::autoMatch( QStringLiteral( "power w" ), titled ), field.name );
      QCOMPARE( vigie::ImportDialog::autoMatch( QStringLiteral( "Power (W)" ), titled ), field.name );
      QCOMPARE( vigie::ImportDialog::autoMatch( QStringLiteral( "colour" ), titled ), QString() );

      // unreadable source: a clear error naming the file
      const QString junk = tempPath( QStringLiteral( "junk.geojson" ) );
      QFile file( junk );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( "{ not json" );
      file.close();
      QVERIFY( !dialog.setSource( junk, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "junk.geojson" ) ), qPrintable( error ) );
    }

    void importInBackgroundWithReport()
    {
      QVERIFY( mWindow->territory() );
      const vigie::LayerSchema *schema = busiestPointLayer();
      QVERIFY( schema );
      QString numberField;
      for ( const vigie::FieldSchema &field : schema->fields )
      {
        if ( field.type == vigie::FieldType::Integer || field.type == vigie::FieldType::Real )
        {
          numberField = field.name;
          break;
        }
      }
      if ( numberField.isEmpty() )
        QSKIP( "the busiest point layer has no number field" );
      const QString source = writeSource( QStringLiteral( "good and bad.geojson" ), *schema, 4, numberField, 3 );
      const qint64 before = countInFile( schema->qualifiedName() );
      QgsVectorLayer *layer = vigie::TerritoryLayers::layer( mWindow->project(), schema->qualifiedName() );

      vigie::ImportOptions options;
      options.targetLayer = schema->qualifiedName();
      options.skipInvalid = true;
      QSignalSpy finished( mWindow.get(), &vigie::MainWindow::importFinished );
      vigie::ImportJob *job = mWindow->startImport( source, options );
      QVERIFY( job );
      QVERIFY( finished.wait( 60000 ) );
      const vigie::ImportResult result = finished.at( 0 ).at( 0 ).value<vigie::ImportResult>();
      QVERIFY2( result.ok, qPrintable( result.error ) );
      QCOMPARE( result.imported, 3 );
      QCOMPARE( result.issues.size(), 1 );
      QCOMPARE( result.issues.at( 0 ).row, 3 );
      QCOMPARE( countInFile( schema->qualifiedName() ), before + 3 );
      // the map layer was refreshed
      QCOMPARE( layer->featureCount(), before + 3 );

      vigie::ImportReportDialog report( source, schema->title, result );
      QCOMPARE( report.issuesTable()->rowCount(), 1 );
      QCOMPARE( report.issuesTable()->item( 0, 0 )->data( Qt::DisplayRole ).toLongLong(), 3 );
      QCOMPARE( report.issuesTable()->item( 0, 1 )->text(), result.issues.at( 0 ).field );
      QVERIFY( vigie::ImportReportDialog::summary( schema->title, result ).contains( QStringLiteral( "3" ) ) );
    }

    // A progress update of the import must never run the event loop. QProgressDialog::setValue
    // does once the modal dialog is shown: the job's "finished" could then be handled inside the
    // update, delete the dialog, and setValue went on with the deleted dialog (tst_app crashed now
    // and then on a loaded machine). The job's progress goes to the dialog's own bar instead.
    void importProgressNeverRunsTheEventLoop()
    {
      QVERIFY( mWindow->territory() );
      const vigie::LayerSchema *schema = busiestPointLayer();
      QVERIFY( schema );
      const QString source = writeSource( QStringLiteral( "progress.geojson" ), *schema, 60000 );
      QVERIFY( !source.isEmpty() );
      vigie::ImportOptions options;
      options.targetLayer = schema->qualifiedName();
      QSignalSpy finished( mWindow.get(), &vigie::MainWindow::importFinished );
      vigie::ImportJob *job = mWindow->startImport( source, options );
      QVERIFY( job );
      QPointer<QProgressDialog> dialog = mWindow->importProgressDialog();
      QVERIFY( dialog );
      // the dialog appears after its minimum duration, while the import runs
      QTRY_VERIFY_WITH_TIMEOUT( dialog->isVisible() || !finished.isEmpty(), 60000 );
      QVERIFY2( finished.isEmpty(), "the import ended before its progress dialog appeared" );
      bool markerDelivered = false;
      QMetaObject::invokeMethod(
          this, [&markerDelivered] { markerDelivered = true; }, Qt::QueuedConnection );
      emit job->progressChanged( 37 ); // as the worker's queued update is delivered
      QVERIFY2( !markerDelivered, "a progress update ran the event loop" );
      QCOMPARE( dialog->value(), 37 );
      QTRY_VERIFY( markerDelivered );
      job->cancel();
      QVERIFY( finished.wait( 120000 ) );
      QVERIFY( finished.at( 0 ).at( 0 ).value<vigie::ImportResult>().cancelled );
      QTRY_VERIFY( !dialog ); // deleted once the import is over
    }

    void importCancelLeavesFileUnchanged()
    {
      QVERIFY( mWindow->territory() );
      const vigie::LayerSchema *schema = busiestPointLayer();
      QVERIFY( schema );
      const QString source = writeSource( QStringLiteral( "big.geojson" ), *schema, 60000 );
      QVERIFY( !source.isEmpty() );
      const qint64 before = countInFile( schema->qualifiedName() );

      vigie::ImportOptions options;
      options.targetLayer = schema->qualifiedName();
      QSignalSpy finished( mWindow.get(), &vigie::MainWindow::importFinished );
      vigie::ImportJob *job = mWindow->startImport( source, options );
      QVERIFY( job );
      QVERIFY( mWindow->importProgressDialog() );
      // the user presses Cancel once the import has started to report progress
      bool cancelled = false;
      connect( job, &vigie::ImportJob::progressChanged, this, [this, &cancelled] {
        if ( !cancelled && mWindow->importProgressDialog() )
        {
          QPushButton *cancel = mWindow->importProgressDialog()->findChild<QPushButton *>();
          QVERIFY( cancel );
          cancel->click();
          cancelled = true;
        }
      } );
      // meanwhile the GUI thread keeps turning
      QElapsedTimer sinceLastTick;
      sinceLastTick.start();
      qint64 longestGap = 0;
      QTimer ticker;
      connect( &ticker, &QTimer::timeout, this, [&] {
        longestGap = std::max( longestGap, sinceLastTick.restart() );
      } );
      ticker.start( 10 );
      QVERIFY( finished.wait( 120000 ) );
      ticker.stop();
      QVERIFY( cancelled );
      const vigie::ImportResult result = finished.at( 0 ).at( 0 ).value<vigie::ImportResult>();
      QVERIFY2( result.cancelled, qPrintable( QStringLiteral( "ok: %1, imported: %2, error: %3" ).arg( result.ok ).arg( result.imported ).arg( result.error ) ) );
      QVERIFY( !result.ok );
      QCOMPARE( countInFile( schema->qualifiedName() ), before );
      QVERIFY2( longestGap < 1000, qPrintable( QStringLiteral( "the GUI froze for %1 ms" ).arg( longestGap ) ) );
      QVERIFY( !mWindow->importProgressDialog() || !mWindow->importProgressDialog()->isVisible() );
    }
};

VIGIE_QGIS_TEST_MAIN( TestApp )
#include "tst_app.moc"
