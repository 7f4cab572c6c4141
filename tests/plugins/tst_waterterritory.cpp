// SPDX-License-Identifier: GPL-2.0-or-later
// `vigie-cli water import | export | isolate` on a territory with the real water plugin:
// lossless round trip of L-TOWN and Net1 (same text, same heads), placement by transform and
// CRS, DMA polygons, all-or-nothing import with errors naming line / element / field, the
// forward migration of a version 2 territory, and isolation from the layers.
#include "clitest.h"
#include "demobuilder.h"
#include "inpreader.h"
#include "inpwriter.h"
#include "pluginmanager.h"
#include "solver.h"
#include "territory.h"
#include "vigietest.h"
#include "waterisolation.h"
#include "waternetworkgraph.h"
#include "waterterritory.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <ogr_geometry.h>

#include <sqlite3.h>

#include <memory>

using namespace vigie;
using namespace vigie::hydraulics;

namespace
{
  QString networkPath( const QString &name )
  {
    return test::sharedDataPath( QStringLiteral( "water/networks/%1" ).arg( name ) );
  }

  QByteArray checksum( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return QByteArray();
    return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
  }

  //! The .inp text without the coordinate sections (compared with a tolerance instead).
  QString withoutCoordinates( Network network )
  {
    network.coordinates.clear();
    network.vertices.clear();
    return InpWriter::toText( network );
  }

  //! Heads at every reporting step of a simulation of \a hours.
  bool heads( const Network &network, int hours, QVector<double> *result, QString *error )
  {
    HydraulicSimulation sim( network );
    sim.setDuration( hours * 3600LL );
    if ( !sim.initialize( error ) )
      return false;
    for ( ;; )
    {
      if ( !sim.solve( error ) )
        return false;
      if ( sim.isReportTime() )
      {
        for ( int i = 0; i < sim.nodeCount(); ++i )
          result->append( sim.nodeHead( i ) );
      }
      if ( sim.advance() == 0 )
        return true;
    }
  }

  std::unique_ptr<OGRGeometry> geometry( const Feature &feature )
  {
    OGRGeometry *g = nullptr;
    if ( OGRGeometryFactory::createFromWkb( feature.wkb.constData(), nullptr, &g, feature.wkb.size(), wkbVariantIso ) != OGRERR_NONE )
      return nullptr;
    return std::unique_ptr<OGRGeometry>( g );
  }

  bool runSql( const QString &path, const QStringList &statements, QString *error )
  {
    sqlite3 *db = nullptr;
    if ( sqlite3_open_v2( QFile::encodeName( path ).constData(), &db, SQLITE_OPEN_READWRITE, nullptr ) != SQLITE_OK )
    {
      *error = QStringLiteral( "cannot open" );
      sqlite3_close( db );
      return false;
    }
    for ( const QString &sql : statements )
    {
      char *message = nullptr;
      if ( sqlite3_exec( db, sql.toUtf8().constData(), nullptr, nullptr, &message ) != SQLITE_OK )
      {
        *error = sql + QStringLiteral( ": " ) + QString::fromUtf8( message );
        sqlite3_free( message );
        sqlite3_close( db );
        return false;
      }
    }
    sqlite3_close( db );
    return true;
  }
} // namespace

class TestWaterTerritory : public test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase();
  void roundTrip_data();
  void roundTrip();
  void dmas();
  void badImport_data();
  void badImport();
  void replace();
  void exportErrors();
  void migration();
  void isolate();
  void montpellierDemo();

private:
  //! A new empty territory in EPSG:2154 (closed).
  QString newTerritory( const QString &name );
  test::CliResult water( const QStringList &args ) { return test::runCliCommand( mCommand, args ); }

  PluginManager mManager;
  CliCommand mCommand;
};

void TestWaterTerritory::initTestCase()
{
  // the territory commands open territories with the plugins of the default search path
  qputenv( "VIGIE_PLUGIN_PATH", QFile::encodeName( test::pluginDirectory() ) );
  QVERIFY( mManager.loadFrom( { test::pluginDirectory() } ) >= 1 );
  DomainPlugin *plugin = mManager.plugin( QStringLiteral( "water" ) );
  QVERIFY( plugin );
  QCOMPARE( plugin->schemaVersion(), 3 );
  const QList<CliCommand> commands = plugin->cliCommands();
  QVERIFY( !commands.isEmpty() );
  mCommand = commands.first();
  if ( !QFileInfo::exists( networkPath( QStringLiteral( "Net1.inp" ) ) ) )
    QSKIP( "shared water networks not available" );
}

QString TestWaterTerritory::newTerritory( const QString &name )
{
  const QString path = tempPath( name );
  TerritoryInfo info;
  info.name = QStringLiteral( "Test é" );
  QString error;
  const std::unique_ptr<Territory> territory = Territory::create( path, info, mManager.plugins(), &error );
  if ( !territory )
    qWarning( "%s", qPrintable( error ) );
  return territory ? path : QString();
}

void TestWaterTerritory::roundTrip_data()
{
  QTest::addColumn<QString>( "network" );
  QTest::addColumn<QStringList>( "placement" );
  QTest::addColumn<int>( "hours" );
  QTest::newRow( "Net1 as is" ) << QStringLiteral( "Net1.inp" ) << QStringList() << 24;
  QTest::newRow( "Net1 transformed" ) << QStringLiteral( "Net1.inp" )
                                      << QStringList{ QStringLiteral( "--transform" ), QStringLiteral( "770000,6280000,3.5,30" ) } << 24;
  QTest::newRow( "L-TOWN translated" ) << QStringLiteral( "L-TOWN.inp" )
                                       << QStringList{ QStringLiteral( "--transform" ), QStringLiteral( "765000,6275000" ) } << 24;
  // L-TOWN's metres as UTM zone 31N, projected to Lambert-93 by PROJ
  QTest::newRow( "L-TOWN from UTM" ) << QStringLiteral( "L-TOWN.inp" )
                                     << QStringList{ QStringLiteral( "--crs" ), QStringLiteral( "EPSG:32631" ),
                                                     QStringLiteral( "--transform" ), QStringLiteral( "570000,4830000" ) }
                                     << 6;
}

void TestWaterTerritory::roundTrip()
{
  QFETCH( QString, network );
  QFETCH( QStringList, placement );
  QFETCH( int, hours );
  const QString territory = newTerritory( QStringLiteral( "round trip %1 é.gpkg" ).arg( QString::fromUtf8( QTest::currentDataTag() ) ) );
  QVERIFY( !territory.isEmpty() );
  const QString inp = networkPath( network );
  test::CliResult r = water( QStringList{ QStringLiteral( "import" ), territory, inp } + placement );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  QVERIFY( r.out.contains( QLatin1String( "imported" ) ) );

  const QString exported = tempPath( QStringLiteral( "exported é.inp" ) );
  r = water( { QStringLiteral( "export" ), territory, QStringLiteral( "--out" ), exported } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );

  Network original, back;
  QString error;
  QVERIFY2( InpReader::readFile( inp, original, &error ), qPrintable( error ) );
  QVERIFY2( InpReader::readFile( exported, back, &error ), qPrintable( error ) );
  // same topology and every attribute: the writer's text of both is the same
  QCOMPARE( withoutCoordinates( back ), withoutCoordinates( original ) );
  if ( placement.isEmpty() )
    QCOMPARE( InpWriter::toText( back ), InpWriter::toText( original ) );
  // coordinates back in the file's own system
  QCOMPARE( back.coordinates.size(), original.coordinates.size() );
  for ( auto it = original.coordinates.constBegin(); it != original.coordinates.constEnd(); ++it )
  {
    const QPointF p = back.coordinates.value( it.key(), QPointF( 1e300, 1e300 ) );
    QVERIFY2( std::abs( p.x() - it.value().x() ) < 1e-4 && std::abs( p.y() - it.value().y() ) < 1e-4, qPrintable( it.key() ) );
  }
  QCOMPARE( back.vertices.size(), original.vertices.size() );
  for ( auto it = original.vertices.constBegin(); it != original.vertices.constEnd(); ++it )
  {
    QCOMPARE( back.vertices.value( it.key() ).size(), it.value().size() );
    for ( int i = 0; i < it.value().size(); ++i )
      QVERIFY( QLineF( back.vertices.value( it.key() ).at( i ), it.value().at( i ) ).length() < 1e-4 );
  }

  // the same hydraulics
  QVector<double> h1, h2;
  QVERIFY2( heads( original, hours, &h1, &error ), qPrintable( error ) );
  QVERIFY2( heads( back, hours, &h2, &error ), qPrintable( error ) );
  QCOMPARE( h2.size(), h1.size() );
  QVERIFY( !h1.isEmpty() );
  for ( int i = 0; i < h1.size(); ++i )
    QVERIFY2( std::abs( h1.at( i ) - h2.at( i ) ) <= 1e-6, qPrintable( QString::number( i ) ) );

  // the layers are in the territory CRS: placed where the placement says
  const std::unique_ptr<Territory> t = Territory::open( territory, mManager.plugins(), Territory::Mode::ReadOnly, &error );
  QVERIFY2( t, qPrintable( error ) );
  QCOMPARE( t->featureCount( QStringLiteral( "water:junctions" ) ), original.junctions.size() );
  QCOMPARE( t->featureCount( QStringLiteral( "water:pipes" ) ), original.pipes.size() );
  const QRectF extent = t->extent( QStringLiteral( "water:junctions" ) );
  if ( placement.size() >= 2 && placement.first() == QLatin1String( "--transform" ) )
    QVERIFY2( extent.left() > 760000 && extent.top() > 6270000,
              qPrintable( QStringLiteral( "%1 %2" ).arg( extent.left() ).arg( extent.top() ) ) );
  if ( placement.contains( QStringLiteral( "--crs" ) ) )
    // UTM 31N 570 km E / 4830 km N is near Montpellier: Lambert-93 about 770 km E, 6280 km N
    QVERIFY2( extent.left() > 700000 && extent.right() < 850000 && extent.top() > 6200000 && extent.bottom() < 6350000,
              qPrintable( QStringLiteral( "%1 %2" ).arg( extent.left() ).arg( extent.top() ) ) );
  // the pipe geometries keep the vertices
  for ( const Feature &f : t->features( QStringLiteral( "water:pipes" ) ) )
  {
    const QString id = f.attributes.value( QStringLiteral( "pipe_id" ) ).toString();
    const std::unique_ptr<OGRGeometry> g = geometry( f );
    QVERIFY( g );
    QCOMPARE( g->toLineString()->getNumPoints(), 2 + original.vertices.value( id ).size() );
  }
}

void TestWaterTerritory::dmas()
{
  const QString territory = newTerritory( QStringLiteral( "dmas.gpkg" ) );
  test::CliResult r = water( { QStringLiteral( "import" ), territory, networkPath( QStringLiteral( "L-TOWN.inp" ) ),
                               QStringLiteral( "--transform" ), QStringLiteral( "765000,6275000" ) } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  QVERIFY( r.out.contains( QLatin1String( "3 dmas" ) ) );
  QString error;
  const std::unique_ptr<Territory> t = Territory::open( territory, mManager.plugins(), Territory::Mode::ReadOnly, &error );
  QVERIFY2( t, qPrintable( error ) );
  QStringList problems;
  QVERIFY2( Territory::validate( territory, mManager.plugins(), &problems ), qPrintable( problems.join( QLatin1Char( '\n' ) ) ) );
  const QList<Feature> dmas = t->features( QStringLiteral( "water:dmas" ) );
  QCOMPARE( dmas.size(), 3 );
  QHash<QString, QPointF> junctionAt;
  for ( const Feature &f : t->features( QStringLiteral( "water:junctions" ) ) )
  {
    const std::unique_ptr<OGRGeometry> g = geometry( f );
    junctionAt.insert( f.attributes.value( QStringLiteral( "node_id" ) ).toString(),
                       QPointF( g->toPoint()->getX(), g->toPoint()->getY() ) );
  }
  Network network;
  QVERIFY( InpReader::readFile( networkPath( QStringLiteral( "L-TOWN.inp" ) ), network, &error ) );
  QStringList names;
  int junctions = 0;
  for ( const Feature &f : dmas )
  {
    names << f.attributes.value( QStringLiteral( "name" ) ).toString();
    junctions += f.attributes.value( QStringLiteral( "junctions" ) ).toInt();
    QVERIFY( !f.attributes.value( QStringLiteral( "inflow_meters" ) ).toString().isEmpty() );
    QVERIFY( f.attributes.value( QStringLiteral( "base_demand_lps" ) ).toDouble() >= 0 );
    const std::unique_ptr<OGRGeometry> g = geometry( f );
    QVERIFY( g && g->IsValid() );
    QCOMPARE( wkbFlatten( g->getGeometryType() ), wkbPolygon );
  }
  names.sort();
  QCOMPARE( names, ( QStringList{ QStringLiteral( "A" ), QStringLiteral( "B" ), QStringLiteral( "C" ) } ) );
  // every junction of a zone counted and inside its zone's polygon
  const QVector<Zone> zones = deriveZones( network );
  int zoneJunctions = 0;
  for ( const Zone &zone : zones )
    zoneJunctions += static_cast<int>(
        std::count_if( zone.nodes.cbegin(), zone.nodes.cend(), [&junctionAt]( const QString &n ) { return junctionAt.contains( n ); } ) );
  QCOMPARE( junctions, zoneJunctions );
  QVERIFY( junctions > network.junctions.size() * 9 / 10 );
  for ( const Zone &zone : zones )
  {
    auto it =
        std::find_if( dmas.cbegin(), dmas.cend(),
                      [&zone]( const Feature &f ) { return f.attributes.value( QStringLiteral( "name" ) ).toString() == zone.name; } );
    QVERIFY( it != dmas.cend() );
    const std::unique_ptr<OGRGeometry> polygon = geometry( *it );
    for ( const QString &node : zone.nodes )
    {
      if ( !junctionAt.contains( node ) )
        continue;
      OGRPoint p( junctionAt.value( node ).x(), junctionAt.value( node ).y() );
      QVERIFY2( polygon->Contains( &p ), qPrintable( zone.name + QLatin1Char( ' ' ) + node ) );
    }
  }
}

void TestWaterTerritory::badImport_data()
{
  QTest::addColumn<QString>( "inpText" ); // empty: L-TOWN
  QTest::addColumn<QStringList>( "options" );
  QTest::addColumn<int>( "code" );
  QTest::addColumn<QString>( "message" );
  QTest::newRow( "unknown CRS" ) << QString() << QStringList{ QStringLiteral( "--crs" ), QStringLiteral( "EPSG:999999" ) } << 3
                                 << QStringLiteral( "unknown CRS \"EPSG:999999\"" );
  QTest::newRow( "bad transform" ) << QString() << QStringList{ QStringLiteral( "--transform" ), QStringLiteral( "10,x" ) } << 2
                                   << QStringLiteral( "--transform needs DX,DY" );
  QTest::newRow( "negative scale" ) << QString() << QStringList{ QStringLiteral( "--transform" ), QStringLiteral( "10,20,-1" ) } << 2
                                    << QStringLiteral( "positive scale" );
  QTest::newRow( "unknown option" ) << QString() << QStringList{ QStringLiteral( "--force" ) } << 2 << QStringLiteral( "unknown option" );
  QTest::newRow( "bad line" ) << QStringLiteral( "[JUNCTIONS]\n j1 10 1\n j2 abc 1\n[RESERVOIRS]\n r 50\n[PIPES]\n p1 r j1 100 200 130\n"
                                                 " p2 j1 j2 100 200 130\n[END]\n" )
                              << QStringList() << 3 << QStringLiteral( "bad.inp:3:" );
  QTest::newRow( "unknown node" ) << QStringLiteral( "[JUNCTIONS]\n j1 10 1\n[RESERVOIRS]\n r 50\n[PIPES]\n p1 r j9 100 200 130\n[END]\n" )
                                  << QStringList() << 3 << QStringLiteral( "bad.inp:6:" );
}

void TestWaterTerritory::badImport()
{
  QFETCH( QString, inpText );
  QFETCH( QStringList, options );
  QFETCH( int, code );
  QFETCH( QString, message );
  const QString territory = newTerritory( QStringLiteral( "bad %1.gpkg" ).arg( QString::fromUtf8( QTest::currentDataTag() ) ) );
  QVERIFY( !territory.isEmpty() );
  // a network already there: a failed import must leave it as it is
  test::CliResult r = water( { QStringLiteral( "import" ), territory, networkPath( QStringLiteral( "Net1.inp" ) ) } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  const QByteArray before = checksum( territory );
  QString inp = networkPath( QStringLiteral( "L-TOWN.inp" ) );
  if ( !inpText.isEmpty() )
  {
    inp = tempPath( QStringLiteral( "bad.inp" ) );
    QFile file( inp );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( inpText.toUtf8() );
  }
  r = water( QStringList{ QStringLiteral( "import" ), territory, inp } + options );
  QCOMPARE( r.code, code );
  QVERIFY2( r.err.contains( message ), qPrintable( r.err ) );
  QCOMPARE( checksum( territory ), before );
}

void TestWaterTerritory::replace()
{
  const QString territory = newTerritory( QStringLiteral( "replace.gpkg" ) );
  const QString net1 = networkPath( QStringLiteral( "Net1.inp" ) );
  test::CliResult r = water( { QStringLiteral( "import" ), territory, net1 } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  const QByteArray before = checksum( territory );
  r = water( { QStringLiteral( "import" ), territory, net1 } );
  QCOMPARE( r.code, 3 );
  QVERIFY2( r.err.contains( QLatin1String( "--replace" ) ) && r.err.contains( QLatin1String( "\"Net1\"" ) ), qPrintable( r.err ) );
  QCOMPARE( checksum( territory ), before );
  // replaced, not doubled
  r = water( { QStringLiteral( "import" ), territory, net1, QStringLiteral( "--replace" ), QStringLiteral( "--transform" ),
               QStringLiteral( "100,200" ) } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  Network network;
  QString error;
  QVERIFY( InpReader::readFile( net1, network, &error ) );
  {
    const std::unique_ptr<Territory> t = Territory::open( territory, mManager.plugins(), Territory::Mode::ReadOnly, &error );
    QCOMPARE( t->featureCount( QStringLiteral( "water:pipes" ) ), network.pipes.size() );
  }
  // a second model beside it: export then needs its name
  r = water( { QStringLiteral( "import" ), territory, net1, QStringLiteral( "--network-name" ), QStringLiteral( "Net1 copy" ) } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  const QString out = tempPath( QStringLiteral( "out.inp" ) );
  r = water( { QStringLiteral( "export" ), territory, QStringLiteral( "--out" ), out } );
  QCOMPARE( r.code, 3 );
  QVERIFY2( r.err.contains( QLatin1String( "several water networks (Net1, Net1 copy)" ) ), qPrintable( r.err ) );
  r = water( { QStringLiteral( "export" ), territory, QStringLiteral( "--out" ), out, QStringLiteral( "--network-name" ),
               QStringLiteral( "Net1 copy" ) } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  Network back;
  QVERIFY2( InpReader::readFile( out, back, &error ), qPrintable( error ) );
  QCOMPARE( InpWriter::toText( back ), InpWriter::toText( network ) );
  r = water( { QStringLiteral( "export" ), territory, QStringLiteral( "--out" ), out, QStringLiteral( "--network-name" ),
               QStringLiteral( "nope" ) } );
  QCOMPARE( r.code, 3 );
  QVERIFY2( r.err.contains( QLatin1String( "no water network \"nope\"" ) ), qPrintable( r.err ) );
}

void TestWaterTerritory::exportErrors()
{
  const QString territory = newTerritory( QStringLiteral( "edited.gpkg" ) );
  test::CliResult r = water( { QStringLiteral( "import" ), territory, networkPath( QStringLiteral( "Net1.inp" ) ) } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  const QString out = tempPath( QStringLiteral( "edited.inp" ) );
  struct Edit
  {
    QString sql;
    QString message;
  };
  const QList<Edit> edits = {
      { QStringLiteral( "UPDATE water_pipes SET diameter_mm = NULL WHERE pipe_id = '12'" ),
        QStringLiteral( "layer water:pipes, \"12\", field diameter_mm: a value is required" ) },
      { QStringLiteral( "UPDATE water_pipes SET status = 'half open' WHERE pipe_id = '21'" ),
        QStringLiteral( "layer water:pipes, \"21\", field status: \"half open\" is not open, closed or check valve" ) },
      { QStringLiteral( "UPDATE water_pumps SET head_curve = NULL, power_kw = NULL" ),
        QStringLiteral( "layer water:pumps, \"9\", field head_curve: a pump needs a head curve or a power" ) },
      { QStringLiteral( "UPDATE water_junctions SET node_id = '10' WHERE node_id = '11'" ),
        QStringLiteral( "layer water:junctions, \"10\", field node_id: the node id is used twice" ) },
      // a stored section naming an element no longer in the layers: the reader's message, on the territory
      { QStringLiteral( "UPDATE water_model_sections SET content = ' LINK 9 OPEN IF NODE nowhere BELOW 110' WHERE section = 'CONTROLS'" ),
        QStringLiteral( "(network Net1):" ) },
      { QStringLiteral( "UPDATE water_pipes SET node2 = 'nowhere' WHERE pipe_id = '31'" ),
        QStringLiteral( "layer water:pipes, \"31\", field node2: no junction, reservoir or tank \"nowhere\"" ) },
  };
  QString error;
  for ( const Edit &edit : edits )
  {
    // one edit at a time on a fresh copy of the imported file
    const QString copy = tempPath( QStringLiteral( "edited copy.gpkg" ) );
    QFile::remove( copy );
    QVERIFY( QFile::copy( territory, copy ) );
    // the spatial index triggers need GDAL's SQL functions: dropped in this scratch copy
    {
      sqlite3 *db = nullptr;
      QCOMPARE( sqlite3_open_v2( QFile::encodeName( copy ).constData(), &db, SQLITE_OPEN_READWRITE, nullptr ), SQLITE_OK );
      sqlite3_stmt *statement = nullptr;
      QStringList drops;
      sqlite3_prepare_v2( db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_%'", -1, &statement, nullptr );
      while ( sqlite3_step( statement ) == SQLITE_ROW )
        drops << QStringLiteral( "DROP TRIGGER \"%1\"" )
                     .arg( QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( statement, 0 ) ) ) );
      sqlite3_finalize( statement );
      sqlite3_close( db );
      QVERIFY2( runSql( copy, drops << edit.sql, &error ), qPrintable( error ) );
    }
    r = water( { QStringLiteral( "export" ), copy, QStringLiteral( "--out" ), out } );
    QVERIFY2( r.code == 3, qPrintable( edit.sql ) );
    QVERIFY2( r.err.contains( edit.message ), qPrintable( r.err ) );
    QVERIFY( !QFileInfo::exists( out ) );
  }
}

void TestWaterTerritory::migration()
{
  // a version 2 territory: the v3 columns and tables removed, as an older Vigie wrote it
  const QString territory = newTerritory( QStringLiteral( "v2.gpkg" ) );
  QString error;
  QVERIFY2( runSql( territory,
                    { QStringLiteral( "DROP TABLE water_dmas" ), QStringLiteral( "DROP TABLE water_model_sections" ),
                      QStringLiteral( "DELETE FROM gpkg_contents WHERE table_name IN ('water_dmas', 'water_model_sections')" ),
                      QStringLiteral( "DELETE FROM gpkg_geometry_columns WHERE table_name IN ('water_dmas', 'water_model_sections')" ),
                      QStringLiteral( "DELETE FROM gpkg_extensions WHERE table_name IN ('water_dmas', 'water_model_sections')" ),
                      QStringLiteral( "DELETE FROM gpkg_ogr_contents WHERE table_name IN ('water_dmas', 'water_model_sections')" ),
                      QStringLiteral( "DROP TABLE IF EXISTS rtree_water_dmas_geom" ),
                      QStringLiteral( "ALTER TABLE water_tanks DROP COLUMN min_volume_m3" ),
                      QStringLiteral( "ALTER TABLE water_tanks DROP COLUMN volume_curve" ),
                      QStringLiteral( "ALTER TABLE water_tanks DROP COLUMN overflow" ),
                      QStringLiteral( "ALTER TABLE water_pipes DROP COLUMN remark" ),
                      QStringLiteral( "ALTER TABLE water_pumps DROP COLUMN speed" ),
                      QStringLiteral( "ALTER TABLE water_pumps DROP COLUMN speed_pattern" ),
                      QStringLiteral( "ALTER TABLE water_valves DROP COLUMN minor_loss" ),
                      QStringLiteral( "UPDATE vigie_schema SET version = 2 WHERE component = 'water'" ) },
                    &error ),
            qPrintable( error ) );
  {
    // read-only: not migrated, the file unchanged
    const QByteArray before = checksum( territory );
    const std::unique_ptr<Territory> t = Territory::open( territory, mManager.plugins(), Territory::Mode::ReadOnly, &error );
    QVERIFY2( t, qPrintable( error ) );
    QCOMPARE( t->schemaVersions().value( QStringLiteral( "water" ) ), 2 );
    QVERIFY( !t->layer( QStringLiteral( "water:dmas" ) ) );
    QCOMPARE( checksum( territory ), before );
  }
  // the import opens it read-write: migrated to 3, then filled
  test::CliResult r = water( { QStringLiteral( "import" ), territory, networkPath( QStringLiteral( "L-TOWN.inp" ) ) } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  QStringList problems;
  QVERIFY2( Territory::validate( territory, mManager.plugins(), &problems ), qPrintable( problems.join( QLatin1Char( '\n' ) ) ) );
  const std::unique_ptr<Territory> t = Territory::open( territory, mManager.plugins(), Territory::Mode::ReadOnly, &error );
  QVERIFY2( t, qPrintable( error ) );
  QCOMPARE( t->schemaVersions().value( QStringLiteral( "water" ) ), 3 );
  QCOMPARE( t->featureCount( QStringLiteral( "water:dmas" ) ), 3 );
  QVERIFY( t->featureCount( QStringLiteral( "water:model_sections" ) ) > 5 );
}

void TestWaterTerritory::isolate()
{
  const QString territory = newTerritory( QStringLiteral( "isolate é.gpkg" ) );
  const QString inp = networkPath( QStringLiteral( "L-TOWN.inp" ) );
  test::CliResult r =
      water( { QStringLiteral( "import" ), territory, inp, QStringLiteral( "--transform" ), QStringLiteral( "765000,6275000" ) } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  Network network;
  QString error;
  QVERIFY( InpReader::readFile( inp, network, &error ) );
  const QString pipe = network.pipes.at( network.pipes.size() / 2 ).id;
  const QString fromFile = tempPath( QStringLiteral( "file.json" ) );
  const QString fromTerritory = tempPath( QStringLiteral( "territory.json" ) );
  const QString geojson = tempPath( QStringLiteral( "territory.geojson" ) );
  r = water( { QStringLiteral( "isolate" ), inp, QStringLiteral( "--pipe" ), pipe, QStringLiteral( "--valves-on-pipes" ),
               QStringLiteral( "--json" ), fromFile } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  const QString fileOut = r.out;
  r = water( { QStringLiteral( "isolate" ), territory, QStringLiteral( "--pipe" ), pipe, QStringLiteral( "--valves-on-pipes" ),
               QStringLiteral( "--json" ), fromTerritory, QStringLiteral( "--out" ), geojson } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  QCOMPARE( r.out, fileOut );
  auto read = []( const QString &path )
  {
    QFile file( path );
    file.open( QIODevice::ReadOnly );
    return QJsonDocument::fromJson( file.readAll() ).object();
  };
  QCOMPARE( read( fromTerritory ), read( fromFile ) );
  QVERIFY( !read( fromFile ).value( QStringLiteral( "valves_to_close" ) ).toArray().isEmpty() );
  // the GeoJSON is in the territory's coordinates (the placed network)
  const QJsonArray features = read( geojson ).value( QStringLiteral( "features" ) ).toArray();
  QVERIFY( !features.isEmpty() );
  const QString text = QString::fromUtf8( QJsonDocument( features.first().toObject() ).toJson( QJsonDocument::Compact ) );
  QVERIFY2( text.contains( QLatin1String( "[76" ) ), qPrintable( text.left( 300 ) ) );
  // unknown pipe, unknown territory
  r = water( { QStringLiteral( "isolate" ), territory, QStringLiteral( "--pipe" ), QStringLiteral( "no-such-pipe" ) } );
  QCOMPARE( r.code, 3 );
  QVERIFY2( r.err.contains( QLatin1String( "no-such-pipe" ) ), qPrintable( r.err ) );
  r = water( { QStringLiteral( "isolate" ), tempPath( QStringLiteral( "missing.gpkg" ) ), QStringLiteral( "--pipe" ), pipe } );
  QCOMPARE( r.code, 3 );
  QVERIFY2( r.err.contains( QLatin1String( "missing.gpkg" ) ), qPrintable( r.err ) );
}

void TestWaterTerritory::montpellierDemo()
{
  // the demo's L-TOWN: DMAs A, B, C, and exported back to the source model
  const QString path = tempPath( QStringLiteral( "montpellier.gpkg" ) );
  QString error;
  QVERIFY2( DemoBuilder::build( QStringLiteral( "montpellier" ), path, mManager.plugins(), test::demoSourcePath(), &error ),
            qPrintable( error ) );
  {
    const std::unique_ptr<Territory> t = Territory::open( path, mManager.plugins(), Territory::Mode::ReadOnly, &error );
    QVERIFY2( t, qPrintable( error ) );
    QStringList names;
    for ( const Feature &f : t->features( QStringLiteral( "water:dmas" ) ) )
    {
      names << f.attributes.value( QStringLiteral( "name" ) ).toString();
      QVERIFY( f.attributes.value( QStringLiteral( "benchmark" ) ).toBool() );
    }
    names.sort();
    QCOMPARE( names, ( QStringList{ QStringLiteral( "A" ), QStringLiteral( "B" ), QStringLiteral( "C" ) } ) );
  }
  const QString out = tempPath( QStringLiteral( "demo.inp" ) );
  const test::CliResult r = water( { QStringLiteral( "export" ), path, QStringLiteral( "--out" ), out } );
  QVERIFY2( r.code == 0, qPrintable( r.err ) );
  Network original, back;
  QVERIFY( InpReader::readFile( test::demoSourcePath( QStringLiteral( "water/L-TOWN.inp" ) ), original, &error ) );
  QVERIFY2( InpReader::readFile( out, back, &error ), qPrintable( error ) );
  QCOMPARE( withoutCoordinates( back ), withoutCoordinates( original ) );
  for ( auto it = original.coordinates.constBegin(); it != original.coordinates.constEnd(); ++it )
    QVERIFY( QLineF( back.coordinates.value( it.key() ), it.value() ).length() < 1e-4 );
}

QTEST_GUILESS_MAIN( TestWaterTerritory )
#include "tst_waterterritory.moc"
