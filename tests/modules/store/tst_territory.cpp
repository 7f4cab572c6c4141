// SPDX-License-Identifier: GPL-2.0-or-later
#include "log.h"
#include "storetestplugin.h"
#include "territory.h"
#include "vigietest.h"

#include <QRandomGenerator>

using namespace vigie;
using vigie::test::fileChecksum;
using vigie::test::StoreTestPlugin;

class TestTerritory : public vigie::test::Test
{
  Q_OBJECT

private:
  TerritoryInfo sampleInfo() const
  {
    TerritoryInfo info;
    info.name = QStringLiteral( "Saint-Jean-de-V\u00e9das" );
    info.communes = QStringList{ QStringLiteral( "34270" ), QStringLiteral( "34172" ) };
    info.crs = QStringLiteral( "EPSG:2154" );
    info.description = QStringLiteral( "test territory, quote ' inside" );
    return info;
  }

  //! A closed territory file with the plugin \a plugin at its version and two assets.
  QString makeTerritory( const QString &name, StoreTestPlugin &plugin )
  {
    const QString path = tempPath( name );
    QString error;
    std::unique_ptr<Territory> territory = Territory::create( path, sampleInfo(), { &plugin }, &error );
    if ( !territory )
      qFatal( "cannot create %s: %s", qPrintable( path ), qPrintable( error ) );
    Feature a;
    a.wkb = vigie::test::pointWkb( 770000, 6280000 );
    a.attributes = { { QStringLiteral( "name" ), QStringLiteral( "A" ) }, { QStringLiteral( "power_w" ), 70 } };
    Feature b;
    b.wkb = vigie::test::pointWkb( 771000, 6281000 );
    b.attributes = { { QStringLiteral( "name" ), QStringLiteral( "B" ) } };
    if ( !territory->addFeatures( plugin.id() + QStringLiteral( ":assets" ), { a, b }, &error ) )
      qFatal( "cannot add features: %s", qPrintable( error ) );
    return path;
  }

private Q_SLOTS:
  void createOpenRoundTrip()
  {
    StoreTestPlugin plugin;
    const QString path = makeTerritory( QStringLiteral( "roundtrip.gpkg" ), plugin );
    QString error;
    std::unique_ptr<Territory> territory = Territory::open( path, { &plugin }, Territory::Mode::ReadOnly, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QVERIFY( territory->isReadOnly() );
    const TerritoryInfo info = territory->info();
    QCOMPARE( info.name, sampleInfo().name );
    QCOMPARE( info.communes, sampleInfo().communes );
    QCOMPARE( info.crs, QStringLiteral( "EPSG:2154" ) );
    QCOMPARE( info.description, sampleInfo().description );

    QStringList names;
    for ( const LayerSchema &layer : territory->layers() )
      names << layer.qualifiedName();
    QCOMPARE( names, QStringList( { QStringLiteral( "territory:communes" ), QStringLiteral( "territory:districts" ),
                                    QStringLiteral( "territory:streets" ), QStringLiteral( "water:assets" ) } ) );
    QVERIFY( territory->layer( QStringLiteral( "water_assets" ) ) );
    QVERIFY( !territory->layer( QStringLiteral( "water:nothing" ) ) );
    QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), qint64( 2 ) );
    QCOMPARE( territory->featureCount( QStringLiteral( "territory:streets" ) ), qint64( 0 ) );
    QCOMPARE( territory->featureCount( QStringLiteral( "water:nothing" ) ), qint64( -1 ) );

    const QMap<QString, int> versions = territory->schemaVersions();
    QCOMPARE( versions.value( QStringLiteral( "territory" ) ), Territory::kSchemaVersion );
    QCOMPARE( versions.value( QStringLiteral( "water" ) ), 1 );

    const QList<Feature> features = territory->features( QStringLiteral( "water:assets" ), &error );
    QCOMPARE( features.size(), 2 );
    QCOMPARE( features.at( 0 ).attributes.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "A" ) );
    QCOMPARE( features.at( 0 ).attributes.value( QStringLiteral( "power_w" ) ).toInt(), 70 );
    QVERIFY( !features.at( 1 ).attributes.value( QStringLiteral( "power_w" ) ).isValid() );
    QCOMPARE( features.at( 0 ).wkb, vigie::test::pointWkb( 770000, 6280000 ) );
    const QRectF extent = territory->extent( QStringLiteral( "water:assets" ) );
    QCOMPARE( extent, QRectF( QPointF( 770000, 6280000 ), QPointF( 771000, 6281000 ) ) );
    QCOMPARE( territory->extent(), extent );

    // writes are refused read-only
    QVERIFY( !territory->addFeatures( QStringLiteral( "water:assets" ), features, &error ) );
    QVERIFY( error.contains( QStringLiteral( "read-only" ) ) );
    QVERIFY( Territory::validate( path, { &plugin }, nullptr ) );
  }

  void baseLayerFields()
  {
    StoreTestPlugin plugin;
    const QString path = makeTerritory( QStringLiteral( "fields.gpkg" ), plugin );
    std::unique_ptr<Territory> territory = Territory::open( path, { &plugin } );
    QVERIFY( territory );
    const LayerSchema *streets = territory->layer( QStringLiteral( "territory:streets" ) );
    QVERIFY( streets );
    QCOMPARE( streets->geometry, GeometryType::MultiLineString );
    QStringList fields;
    for ( const FieldSchema &field : streets->fields )
      fields << field.name;
    QCOMPARE( fields,
              QStringList( { QStringLiteral( "street_id" ), QStringLiteral( "street_code" ), QStringLiteral( "name" ),
                             QStringLiteral( "road_type" ), QStringLiteral( "one_way" ), QStringLiteral( "length_m" ),
                             QStringLiteral( "speed_limit_kmh" ), QStringLiteral( "traffic_aadt" ), QStringLiteral( "peak_morning" ),
                             QStringLiteral( "peak_evening" ), QStringLiteral( "count_year" ), QStringLiteral( "traffic_source" ) } ) );
    // a line string is promoted to the layer's multi type; values are typed
    QByteArray line;
    line.append( char( 1 ) );
    const quint32 type = 2, count = 2;
    const double coords[] = { 770000, 6280000, 770100, 6280050 };
    line.append( reinterpret_cast<const char *>( &type ), 4 );
    line.append( reinterpret_cast<const char *>( &count ), 4 );
    line.append( reinterpret_cast<const char *>( coords ), sizeof( coords ) );
    Feature street;
    street.wkb = line;
    street.attributes = { { QStringLiteral( "street_id" ), 12 },
                          { QStringLiteral( "name" ), QStringLiteral( "Rue de l'\u00c9t\u00e9" ) },
                          { QStringLiteral( "one_way" ), true },
                          { QStringLiteral( "length_m" ), 111.8 } };
    QString error;
    QVERIFY2( territory->addFeatures( QStringLiteral( "territory:streets" ), { street }, &error ), qPrintable( error ) );
    const QList<Feature> read = territory->features( QStringLiteral( "territory:streets" ) );
    QCOMPARE( read.size(), 1 );
    QCOMPARE( read.at( 0 ).attributes.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "Rue de l'\u00c9t\u00e9" ) );
    QCOMPARE( read.at( 0 ).attributes.value( QStringLiteral( "one_way" ) ).userType(), int( QMetaType::Bool ) );
    QCOMPARE( read.at( 0 ).attributes.value( QStringLiteral( "one_way" ) ).toBool(), true );
    QCOMPARE( read.at( 0 ).attributes.value( QStringLiteral( "street_id" ) ).toLongLong(), 12 );
    QCOMPARE( static_cast<quint8>( read.at( 0 ).wkb.at( 1 ) ), quint8( 5 ) ); // ISO WKB MultiLineString
  }

  void addFeaturesRejectsBadInput_data()
  {
    QTest::addColumn<QByteArray>( "wkb" );
    QTest::addColumn<QVariantMap>( "attributes" );
    QTest::addColumn<QString>( "expected" );
    const QByteArray point = vigie::test::pointWkb( 770000, 6280000 );
    const QVariantMap good{ { QStringLiteral( "name" ), QStringLiteral( "ok" ) } };
    QVariantMap unknown = good;
    unknown.insert( QStringLiteral( "colour" ), QStringLiteral( "red" ) );
    QVariantMap badInteger = good;
    badInteger.insert( QStringLiteral( "power_w" ), QStringLiteral( "abc" ) );
    QVariantMap tooLong{ { QStringLiteral( "name" ), QString( 30, QLatin1Char( 'x' ) ) } };
    QVariantMap badDate = good;
    badDate.insert( QStringLiteral( "installed" ), QStringLiteral( "2024-13-45" ) );
    QTest::newRow( "unknown field" ) << point << unknown << QStringLiteral( "no field 'colour'" );
    QTest::newRow( "not an integer" ) << point << badInteger << QStringLiteral( "'abc' is not an integer" );
    QTest::newRow( "missing required" ) << point << QVariantMap() << QStringLiteral( "field 'name': a value is required" );
    QTest::newRow( "too long" ) << point << tooLong << QStringLiteral( "longer than 20" );
    QTest::newRow( "bad date" ) << point << badDate << QStringLiteral( "not a date" );
    QTest::newRow( "polygon in point layer" ) << vigie::test::polygonWkb( { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 0 } } ) << good
                                              << QStringLiteral( "Polygon does not fit a Point layer" );
    QTest::newRow( "garbage wkb" ) << QByteArray( "\x01\x99\x99" ) << good << QStringLiteral( "unreadable WKB" );
  }

  void addFeaturesRejectsBadInput()
  {
    QFETCH( QByteArray, wkb );
    QFETCH( QVariantMap, attributes );
    QFETCH( QString, expected );
    StoreTestPlugin plugin;
    const QString path = makeTerritory( QStringLiteral( "reject-%1.gpkg" )
                                            .arg( QString::fromUtf8( QTest::currentDataTag() ) )
                                            .replace( QLatin1Char( ' ' ), QLatin1Char( '-' ) ),
                                        plugin );
    std::unique_ptr<Territory> territory = Territory::open( path, { &plugin } );
    QVERIFY( territory );
    Feature first;
    first.wkb = vigie::test::pointWkb( 1, 2 );
    first.attributes = { { QStringLiteral( "name" ), QStringLiteral( "first, valid" ) } };
    Feature bad;
    bad.wkb = wkb;
    bad.attributes = attributes;
    QString error;
    QVERIFY( !territory->addFeatures( QStringLiteral( "water:assets" ), { first, bad }, &error ) );
    QVERIFY2( error.contains( expected ), qPrintable( error ) );
    QVERIFY2( error.contains( QStringLiteral( "feature 2" ) ), qPrintable( error ) );
    // the valid first feature was rolled back with the bad one
    QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), qint64( 2 ) );
  }

  void walIsOn()
  {
    StoreTestPlugin plugin;
    const QString path = makeTerritory( QStringLiteral( "wal.gpkg" ), plugin );
    QFile file( path );
    QVERIFY( file.open( QIODevice::ReadOnly ) );
    const QByteArray header = file.read( 20 );
    QVERIFY( header.startsWith( "SQLite format 3" ) );
    // file format write/read versions: 2 means WAL (persistent journal_mode=WAL)
    QCOMPARE( int( header.at( 18 ) ), 2 );
    QCOMPARE( int( header.at( 19 ) ), 2 );
  }

  void migrate()
  {
    StoreTestPlugin v1;
    const QString path = makeTerritory( QStringLiteral( "migrate.gpkg" ), v1 );
    StoreTestPlugin v2( QStringLiteral( "water" ), 2 );
    QString error;
    {
      std::unique_ptr<Territory> territory = Territory::open( path, { &v2 }, Territory::Mode::ReadWrite, &error );
      QVERIFY2( territory, qPrintable( error ) );
      QCOMPARE( territory->schemaVersions().value( QStringLiteral( "water" ) ), 2 );
      Feature feature;
      feature.wkb = vigie::test::pointWkb( 1, 1 );
      feature.attributes = { { QStringLiteral( "name" ), QStringLiteral( "tall" ) }, { QStringLiteral( "height_m" ), 8.5 } };
      QVERIFY2( territory->addFeatures( QStringLiteral( "water:assets" ), { feature }, &error ), qPrintable( error ) );
      const QList<Feature> features = territory->features( QStringLiteral( "water:assets" ) );
      QCOMPARE( features.size(), 3 );
      QCOMPARE( features.at( 2 ).attributes.value( QStringLiteral( "height_m" ) ).toDouble(), 8.5 );
      QVERIFY( features.at( 0 ).attributes.contains( QStringLiteral( "height_m" ) ) );
    }
    QStringList problems;
    QVERIFY2( Territory::validate( path, { &v2 }, &problems ), qPrintable( problems.join( QLatin1Char( '\n' ) ) ) );
    // the old build now refuses the file
    QVERIFY( !Territory::open( path, { &v1 }, Territory::Mode::ReadWrite, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "component water schema 2, this version supports 1" ) ), qPrintable( error ) );
  }

  void failingMigrationRollsBack()
  {
    StoreTestPlugin v1;
    const QString path = makeTerritory( QStringLiteral( "badmigration.gpkg" ), v1 );
    const QByteArray before = fileChecksum( path );
    // the first statement succeeds, the second fails: both must be rolled back
    StoreTestPlugin broken(
        QStringLiteral( "water" ), 2,
        { QStringLiteral( "ALTER TABLE water_assets ADD COLUMN height_m REAL" ), QStringLiteral( "UPDATE no_such_table SET x = 1" ) } );
    QString error;
    QVERIFY( !Territory::open( path, { &broken }, Territory::Mode::ReadWrite, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "migration of water to schema 2" ) ), qPrintable( error ) );
    QVERIFY2( error.contains( QStringLiteral( "no_such_table" ) ), qPrintable( error ) );
    QCOMPARE( fileChecksum( path ), before );
    std::unique_ptr<Territory> territory = Territory::open( path, { &v1 }, Territory::Mode::ReadWrite, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QCOMPARE( territory->schemaVersions().value( QStringLiteral( "water" ) ), 1 );
    QVERIFY( !territory->features( QStringLiteral( "water:assets" ) ).at( 0 ).attributes.contains( QStringLiteral( "height_m" ) ) );
  }

  void newPluginLayersAdded()
  {
    StoreTestPlugin water;
    const QString path = makeTerritory( QStringLiteral( "newplugin.gpkg" ), water );
    StoreTestPlugin lighting( QStringLiteral( "lighting" ) );
    QString error;
    {
      // read-only: nothing is added, the file is untouched
      const QByteArray before = fileChecksum( path );
      std::unique_ptr<Territory> territory = Territory::open( path, { &water, &lighting }, Territory::Mode::ReadOnly, &error );
      QVERIFY2( territory, qPrintable( error ) );
      QVERIFY( !territory->layer( QStringLiteral( "lighting:assets" ) ) );
      territory.reset();
      QCOMPARE( fileChecksum( path ), before );
    }
    std::unique_ptr<Territory> territory = Territory::open( path, { &water, &lighting }, Territory::Mode::ReadWrite, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QVERIFY( territory->layer( QStringLiteral( "lighting:assets" ) ) );
    QCOMPARE( territory->schemaVersions().value( QStringLiteral( "lighting" ) ), 1 );
    QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), qint64( 2 ) );
  }

  void componentWithoutPluginKept()
  {
    StoreTestPlugin water;
    const QString path = makeTerritory( QStringLiteral( "orphan.gpkg" ), water );
    QStringList warnings;
    const int sink = addLogSink(
        [&warnings]( LogLevel level, const QString &, const QString &message )
        {
          if ( level == LogLevel::Warning )
            warnings << message;
        } );
    QString error;
    std::unique_ptr<Territory> territory = Territory::open( path, {}, Territory::Mode::ReadWrite, &error );
    removeLogSink( sink );
    QVERIFY2( territory, qPrintable( error ) );
    QCOMPARE( territory->layers().size(), Territory::baseLayers().size() );
    QVERIFY2( warnings.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "'water'" ) ),
              qPrintable( warnings.join( QLatin1Char( '\n' ) ) ) );
    territory.reset();
    // its table is still there for the plugin
    territory = Territory::open( path, { &water }, Territory::Mode::ReadOnly, &error );
    QVERIFY( territory );
    QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), qint64( 2 ) );
  }

  void refusedFiles_data()
  {
    QTest::addColumn<QString>( "kind" );
    QTest::addColumn<QString>( "expected" );
    QTest::newRow( "newer territory schema" )
        << QStringLiteral( "newer-core" )
        << QStringLiteral( "was written by a newer Vigie (component territory schema 7, this version supports 1)" );
    QTest::newRow( "newer plugin schema" ) << QStringLiteral( "newer-plugin" )
                                           << QStringLiteral(
                                                  "was written by a newer Vigie (component water schema 5, this version supports 1)" );
    QTest::newRow( "random bytes" ) << QStringLiteral( "random" ) << QStringLiteral( ": not a GeoPackage or corrupt: " );
    QTest::newRow( "truncated geopackage" ) << QStringLiteral( "truncated" ) << QStringLiteral( ": not a GeoPackage or corrupt: " );
    QTest::newRow( "empty file" ) << QStringLiteral( "empty" ) << QStringLiteral( ": not a GeoPackage or corrupt: " );
    QTest::newRow( "plain geopackage" ) << QStringLiteral( "plain" ) << QStringLiteral( "is a GeoPackage but not a Vigie territory" );
    QTest::newRow( "missing file" ) << QStringLiteral( "missing" ) << QStringLiteral( "does not exist" );
  }

  void refusedFiles()
  {
    QFETCH( QString, kind );
    QFETCH( QString, expected );
    StoreTestPlugin plugin;
    QString path = tempPath( kind + QStringLiteral( ".gpkg" ) );
    if ( kind == QLatin1String( "newer-core" ) || kind == QLatin1String( "newer-plugin" ) || kind == QLatin1String( "truncated" ) ||
         kind == QLatin1String( "plain" ) )
    {
      path = makeTerritory( kind + QStringLiteral( ".gpkg" ), plugin );
      std::unique_ptr<Territory> territory = Territory::open( path, { &plugin } );
      QVERIFY( territory );
      QStringList sql;
      if ( kind == QLatin1String( "newer-core" ) )
        sql << QStringLiteral( "UPDATE vigie_schema SET version = 7 WHERE component = 'territory'" );
      else if ( kind == QLatin1String( "newer-plugin" ) )
        sql << QStringLiteral( "UPDATE vigie_schema SET version = 5 WHERE component = 'water'" );
      else if ( kind == QLatin1String( "plain" ) )
        sql << QStringLiteral( "DROP TABLE vigie_schema" ) << QStringLiteral( "DROP TABLE vigie_territory" );
      QString error;
      QVERIFY2( territory->executeInTransaction( sql, &error ), qPrintable( error ) );
    }
    if ( kind == QLatin1String( "truncated" ) )
    {
      QFile file( path );
      QVERIFY( file.open( QIODevice::ReadWrite ) );
      QVERIFY( file.size() > 8192 );
      QVERIFY( file.resize( file.size() / 2 ) );
    }
    else if ( kind == QLatin1String( "random" ) )
    {
      QFile file( path );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      QByteArray bytes( 16384, Qt::Uninitialized );
      QRandomGenerator generator( 42 );
      for ( char &c : bytes )
        c = static_cast<char>( generator.bounded( 256 ) );
      file.write( bytes );
    }
    else if ( kind == QLatin1String( "empty" ) )
    {
      QFile file( path );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
    }
    const bool exists = QFileInfo::exists( path );
    const QByteArray before = fileChecksum( path );
    const QStringList filesBefore = QDir( tempPath( QString() ) ).entryList( QDir::Files );
    for ( const Territory::Mode mode : { Territory::Mode::ReadWrite, Territory::Mode::ReadOnly } )
    {
      QString error;
      QVERIFY( !Territory::open( path, { &plugin }, mode, &error ) );
      QVERIFY2( error.contains( expected ), qPrintable( error ) );
      QVERIFY2( error.contains( QDir::toNativeSeparators( path ) ), qPrintable( error ) );
    }
    QStringList problems;
    QVERIFY( !Territory::validate( path, { &plugin }, &problems ) );
    QVERIFY( !problems.isEmpty() );
    QCOMPARE( QFileInfo::exists( path ), exists );
    QCOMPARE( fileChecksum( path ), before );
    QCOMPARE( QDir( tempPath( QString() ) ).entryList( QDir::Files ), filesBefore );
  }

  void badCrs_data()
  {
    QTest::addColumn<QString>( "crs" );
    QTest::newRow( "unknown code" ) << QStringLiteral( "EPSG:999999" );
    QTest::newRow( "nonsense" ) << QStringLiteral( "not a crs" );
    QTest::newRow( "empty" ) << QString();
    QTest::newRow( "file access" ) << QStringLiteral( "/etc/passwd" );
  }

  void badCrs()
  {
    QFETCH( QString, crs );
    TerritoryInfo info = sampleInfo();
    info.crs = crs;
    const QString path = tempPath( QStringLiteral( "badcrs.gpkg" ) );
    QString error;
    QVERIFY( !Territory::create( path, info, {}, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "CRS" ) ), qPrintable( error ) );
    QVERIFY( !QFileInfo::exists( path ) );
  }

  void createRefusesOverwrite()
  {
    const QString path = tempPath( QStringLiteral( "existing.gpkg" ) );
    {
      QFile file( path );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( "keep me" );
    }
    QString error;
    QVERIFY( !Territory::create( path, sampleInfo(), {}, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "already exists" ) ), qPrintable( error ) );
    QFile file( path );
    QVERIFY( file.open( QIODevice::ReadOnly ) );
    QCOMPARE( file.readAll(), QByteArray( "keep me" ) );
    QVERIFY( !Territory::create( tempPath( QStringLiteral( "no/such/folder/t.gpkg" ) ), sampleInfo(), {}, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "folder does not exist" ) ), qPrintable( error ) );
  }

  void validateReportsProblems()
  {
    StoreTestPlugin plugin;
    const QString path = makeTerritory( QStringLiteral( "validate.gpkg" ), plugin );
    {
      std::unique_ptr<Territory> territory = Territory::open( path, { &plugin } );
      QVERIFY( territory );
      // a self-intersecting "bow tie" is accepted by addFeatures (no validity check there) ...
      Feature bowTie;
      bowTie.wkb = vigie::test::polygonWkb( { { 0, 0 }, { 10, 10 }, { 10, 0 }, { 0, 10 }, { 0, 0 } } );
      bowTie.attributes = { { QStringLiteral( "insee_code" ), QStringLiteral( "34172" ) } };
      QString error;
      QVERIFY2( territory->addFeatures( QStringLiteral( "territory:communes" ), { bowTie }, &error ), qPrintable( error ) );
      // ... and a column disappears behind Vigie's back
      QVERIFY2( territory->executeInTransaction( { QStringLiteral( "ALTER TABLE water_assets DROP COLUMN power_w" ) }, &error ),
                qPrintable( error ) );
    }
    const QByteArray before = fileChecksum( path );
    QStringList problems;
    QVERIFY( !Territory::validate( path, { &plugin }, &problems ) );
    const QString all = problems.join( QLatin1Char( '\n' ) );
    QVERIFY2( problems.size() == 2, qPrintable( all ) );
    QVERIFY2( all.contains( QStringLiteral( "layer territory:communes, fid 1: invalid geometry: Self-intersection" ) ), qPrintable( all ) );
    QVERIFY2( all.contains( QStringLiteral( "layer water:assets: field 'power_w' is missing" ) ), qPrintable( all ) );
    QCOMPARE( fileChecksum( path ), before );
  }

  void bookmarksRoundTrip()
  {
    StoreTestPlugin plugin;
    const QString path = makeTerritory( QStringLiteral( "bookmarks.gpkg" ), plugin );
    qint64 firstId = 0;
    {
      std::unique_ptr<Territory> territory = Territory::open( path, { &plugin } );
      QVERIFY( territory );
      QVERIFY( territory->bookmarks().isEmpty() );
      Bookmark centre;
      centre.name = QStringLiteral( "\u00c9cusson" );
      centre.extent = QRectF( QPointF( 770123.25, 6279000.5 ), QPointF( 771000, 6280000 ) );
      Bookmark port;
      port.name = QStringLiteral( "Port Marianne" );
      port.extent = QRectF( QPointF( 772000, 6278000 ), QPointF( 773500.125, 6279500 ) );
      QString error;
      QVERIFY2( territory->addBookmark( centre, &error ), qPrintable( error ) );
      QVERIFY2( territory->addBookmark( port, &error ), qPrintable( error ) );
      QVERIFY( centre.id > 0 );
      QVERIFY( port.id > centre.id );
      firstId = centre.id;
      Bookmark unnamed;
      QVERIFY( !territory->addBookmark( unnamed, &error ) );
    }
    std::unique_ptr<Territory> territory = Territory::open( path, { &plugin } );
    QList<Bookmark> bookmarks = territory->bookmarks();
    QCOMPARE( bookmarks.size(), 2 );
    QCOMPARE( bookmarks.at( 0 ).id, firstId );
    QCOMPARE( bookmarks.at( 0 ).name, QStringLiteral( "\u00c9cusson" ) );
    QCOMPARE( bookmarks.at( 0 ).extent, QRectF( QPointF( 770123.25, 6279000.5 ), QPointF( 771000, 6280000 ) ) );
    QCOMPARE( bookmarks.at( 1 ).extent, QRectF( QPointF( 772000, 6278000 ), QPointF( 773500.125, 6279500 ) ) );
    // renamed in place: same id and extent
    QString error;
    QVERIFY2( territory->renameBookmark( firstId, QStringLiteral( "Centre historique" ), &error ), qPrintable( error ) );
    bookmarks = territory->bookmarks();
    QCOMPARE( bookmarks.size(), 2 );
    QCOMPARE( bookmarks.at( 0 ).id, firstId );
    QCOMPARE( bookmarks.at( 0 ).name, QStringLiteral( "Centre historique" ) );
    QCOMPARE( bookmarks.at( 0 ).extent, QRectF( QPointF( 770123.25, 6279000.5 ), QPointF( 771000, 6280000 ) ) );
    QVERIFY( !territory->renameBookmark( firstId, QStringLiteral( "  " ), &error ) );
    QVERIFY2( error.contains( QStringLiteral( "name" ) ), qPrintable( error ) );
    QVERIFY( !territory->renameBookmark( firstId + 1000, QStringLiteral( "Nowhere" ), &error ) );
    QVERIFY2( error.contains( QString::number( firstId + 1000 ) ), qPrintable( error ) );
    QCOMPARE( territory->bookmarks().at( 0 ).name, QStringLiteral( "Centre historique" ) );
    QVERIFY( territory->removeBookmark( firstId ) );
    bookmarks = territory->bookmarks();
    QCOMPARE( bookmarks.size(), 1 );
    QCOMPARE( bookmarks.at( 0 ).name, QStringLiteral( "Port Marianne" ) );
  }

  void setInfo()
  {
    StoreTestPlugin plugin;
    const QString path = makeTerritory( QStringLiteral( "setinfo.gpkg" ), plugin );
    {
      std::unique_ptr<Territory> territory = Territory::open( path, { &plugin } );
      TerritoryInfo info = territory->info();
      info.name = QStringLiteral( "Renamed" );
      info.communes << QStringLiteral( "34022" );
      QString error;
      QVERIFY2( territory->setInfo( info, &error ), qPrintable( error ) );
      info.crs = QStringLiteral( "EPSG:4326" );
      QVERIFY( !territory->setInfo( info, &error ) );
      QVERIFY( error.contains( QStringLiteral( "CRS" ) ) );
    }
    std::unique_ptr<Territory> territory = Territory::open( path, { &plugin } );
    QCOMPARE( territory->info().name, QStringLiteral( "Renamed" ) );
    QCOMPARE( territory->info().communes.size(), 3 );
  }

  void accentedPath()
  {
    QVERIFY( QDir( tempPath( QString() ) ).mkpath( QStringLiteral( "Territoire d'\u00e9t\u00e9" ) ) );
    StoreTestPlugin plugin;
    const QString path = makeTerritory( QStringLiteral( "Territoire d'\u00e9t\u00e9/\u00e9 \u00e8.gpkg" ), plugin );
    QVERIFY( QFileInfo::exists( path ) );
    QString error;
    std::unique_ptr<Territory> territory = Territory::open( path, { &plugin }, Territory::Mode::ReadWrite, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QCOMPARE( territory->path(), path );
    QCOMPARE( territory->featureCount( QStringLiteral( "water:assets" ) ), qint64( 2 ) );
    territory.reset();
    QStringList problems;
    QVERIFY2( Territory::validate( path, { &plugin }, &problems ), qPrintable( problems.join( QLatin1Char( '\n' ) ) ) );
    QVERIFY( !Territory::create( path, sampleInfo(), { &plugin }, &error ) );
    QVERIFY2( error.contains( QDir::toNativeSeparators( path ) ), qPrintable( error ) );
  }
};

QTEST_GUILESS_MAIN( TestTerritory )
#include "tst_territory.moc"
