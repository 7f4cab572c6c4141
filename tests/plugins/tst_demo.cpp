// SPDX-License-Identifier: GPL-2.0-or-later
// The demo territories built by the store with the real domain plugins: counts from the
// public sources, the L-TOWN benchmark inside the commune, generated assets present and
// consistent, and the same file on every build.
#include "demobuilder.h"
#include "inpreader.h"
#include "pluginmanager.h"
#include "territory.h"
#include "vigietest.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSet>
#include <QtTest>

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <memory>

using namespace vigie;

namespace
{
  std::unique_ptr<OGRGeometry> geometry( const Feature &feature )
  {
    OGRGeometry *g = nullptr;
    if ( OGRGeometryFactory::createFromWkb( reinterpret_cast<const unsigned char *>( feature.wkb.constData() ), nullptr, &g,
                                            feature.wkb.size() ) != OGRERR_NONE )
      return nullptr;
    return std::unique_ptr<OGRGeometry>( g );
  }

  QSet<QString> values( const QList<Feature> &features, const QString &field )
  {
    QSet<QString> result;
    for ( const Feature &f : features )
      result.insert( f.attributes.value( field ).toString() );
    return result;
  }
} // namespace

class TestDemo : public test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase();
  void montpellier();
  void deterministic();
  void finistere();

private:
  QString build( const QString &name, const QString &file );
  PluginManager mManager;
  QString mMontpellier;
};

QString TestDemo::build( const QString &name, const QString &file )
{
  const QString path = tempPath( file );
  QString error;
  QElapsedTimer timer;
  timer.start();
  if ( !DemoBuilder::build( name, path, mManager.plugins(), test::demoSourcePath(), &error ) )
  {
    qWarning( "%s", qPrintable( error ) );
    return QString();
  }
  qInfo( "demo %s built in %lld ms", qPrintable( name ), timer.elapsed() );
  return path;
}

void TestDemo::initTestCase()
{
  QCOMPARE( mManager.loadFrom( { test::pluginDirectory() } ), 4 );
  mMontpellier = build( QStringLiteral( "montpellier" ), QStringLiteral( "montpellier é.gpkg" ) );
  QVERIFY( !mMontpellier.isEmpty() );
}

void TestDemo::montpellier()
{
  QString error;
  std::unique_ptr<Territory> territory = Territory::open( mMontpellier, mManager.plugins(), Territory::Mode::ReadOnly, &error );
  QVERIFY2( territory, qPrintable( error ) );
  QCOMPARE( territory->featureCount( QStringLiteral( "territory:communes" ) ), 1 );
  QCOMPARE( territory->featureCount( QStringLiteral( "territory:districts" ) ), 7 );
  QCOMPARE( territory->featureCount( QStringLiteral( "territory:streets" ) ), 8011 );

  // lighting: every real point, real lantern types, simulated figures marked as such
  const QList<Feature> luminaires = territory->features( QStringLiteral( "lighting:luminaires" ), &error );
  QCOMPARE( luminaires.size(), 29969 );
  const QSet<QString> technologies = values( luminaires, QStringLiteral( "technology" ) );
  QVERIFY( technologies.contains( QStringLiteral( "LED" ) ) && technologies.contains( QStringLiteral( "HPS" ) ) );
  const QSet<QString> known = { QStringLiteral( "HPS" ), QStringLiteral( "MH" ), QStringLiteral( "mercury" ),
                                QStringLiteral( "fluorescent" ), QStringLiteral( "LED" ) };
  QCOMPARE( technologies, known );
  QVERIFY( values( luminaires, QStringLiteral( "lantern_type" ) ).contains( QStringLiteral( "LANTERNE" ) ) );
  QSet<QString> luminaireCabinets;
  QSet<QPair<double, double>> positions;
  for ( const Feature &f : luminaires )
  {
    QVERIFY( f.attributes.value( QStringLiteral( "power_w" ) ).toDouble() > 0 );
    QVERIFY( f.attributes.value( QStringLiteral( "simulated" ) ).toString().contains( QLatin1String( "power_w" ) ) );
    QVERIFY( f.attributes.value( QStringLiteral( "circuit" ) ).toInt() >= 1 );
    luminaireCabinets.insert( f.attributes.value( QStringLiteral( "cabinet_id" ) ).toString() );
    const std::unique_ptr<OGRGeometry> g = geometry( f );
    positions.insert( qMakePair( g->toPoint()->getX(), g->toPoint()->getY() ) );
  }
  const QList<Feature> cabinets = territory->features( QStringLiteral( "lighting:cabinets" ), &error );
  QVERIFY( cabinets.size() >= 29969 / 61 && cabinets.size() <= 29969 / 30 );
  QCOMPARE( values( cabinets, QStringLiteral( "cabinet_id" ) ), luminaireCabinets );
  for ( const Feature &c : cabinets )
  {
    const std::unique_ptr<OGRGeometry> g = geometry( c );
    QVERIFY2( positions.contains( qMakePair( g->toPoint()->getX(), g->toPoint()->getY() ) ),
              "a cabinet stands at a real luminaire position" );
  }

  // water: the whole L-TOWN benchmark, inside the commune, labelled as such
  hydraulics::Network lTown;
  QVERIFY2( hydraulics::InpReader::readFile( test::demoSourcePath( QStringLiteral( "water/L-TOWN.inp" ) ), lTown, &error ),
            qPrintable( error ) );
  const QList<QPair<QString, int>> waterCounts = {
      { QStringLiteral( "water:junctions" ), lTown.junctions.size() }, { QStringLiteral( "water:reservoirs" ), lTown.reservoirs.size() },
      { QStringLiteral( "water:tanks" ), lTown.tanks.size() },         { QStringLiteral( "water:pipes" ), lTown.pipes.size() },
      { QStringLiteral( "water:pumps" ), lTown.pumps.size() },         { QStringLiteral( "water:valves" ), lTown.valves.size() } };
  const std::unique_ptr<OGRGeometry> commune = geometry( territory->features( QStringLiteral( "territory:communes" ) ).first() );
  QVERIFY( commune );
  // a prepared geometry: thousands of containment tests against one detailed boundary
  const std::unique_ptr<_OGRPreparedGeometry, void ( * )( OGRPreparedGeometryH )> prepared(
      OGRCreatePreparedGeometry( OGRGeometry::ToHandle( commune.get() ) ), OGRDestroyPreparedGeometry );
  for ( const auto &count : waterCounts )
  {
    const QList<Feature> features = territory->features( count.first, &error );
    QCOMPARE( features.size(), count.second );
    for ( const Feature &f : features )
    {
      QCOMPARE( f.attributes.value( QStringLiteral( "network" ) ).toString(), QStringLiteral( "L-TOWN" ) );
      QVERIFY( f.attributes.value( QStringLiteral( "benchmark" ) ).toBool() );
      const std::unique_ptr<OGRGeometry> g = geometry( f );
      QVERIFY( g );
      QVERIFY2( OGRPreparedGeometryContains( prepared.get(), OGRGeometry::ToHandle( g.get() ) ), qPrintable( count.first ) );
    }
  }

  // waste: containers on streets, every round they name exists
  const QList<Feature> containers = territory->features( QStringLiteral( "waste:containers" ), &error );
  const QList<Feature> rounds = territory->features( QStringLiteral( "waste:rounds" ), &error );
  QVERIFY( containers.size() > 1000 );
  QVERIFY( rounds.size() > 10 );
  QCOMPARE( values( containers, QStringLiteral( "stream" ) ),
            ( QSet<QString>{ QStringLiteral( "household" ), QStringLiteral( "recycling" ), QStringLiteral( "glass" ),
                             QStringLiteral( "biowaste" ), QStringLiteral( "paper" ) } ) );
  QSet<QString> containerRounds = values( containers, QStringLiteral( "round_id" ) );
  containerRounds.remove( QString() );
  QCOMPARE( containerRounds, values( rounds, QStringLiteral( "round_id" ) ) );

  // energy: a few dozen public buildings inside the commune, each with one or two meters
  const QList<Feature> buildings = territory->features( QStringLiteral( "energy:buildings" ), &error );
  const QList<Feature> meters = territory->features( QStringLiteral( "energy:meters" ), &error );
  QVERIFY2( buildings.size() >= 24 && buildings.size() <= 60, qPrintable( QString::number( buildings.size() ) ) );
  QVERIFY( values( buildings, QStringLiteral( "use" ) ).contains( QStringLiteral( "town hall" ) ) );
  QVERIFY( values( buildings, QStringLiteral( "use" ) ).contains( QStringLiteral( "school" ) ) );
  for ( const Feature &b : buildings )
  {
    const std::unique_ptr<OGRGeometry> g = geometry( b );
    QVERIFY( g && g->IsValid() );
    QVERIFY( OGRPreparedGeometryContains( prepared.get(), OGRGeometry::ToHandle( g.get() ) ) );
  }
  QVERIFY( meters.size() >= buildings.size() && meters.size() <= 2 * buildings.size() );
  QCOMPARE( values( meters, QStringLiteral( "building_id" ) ), values( buildings, QStringLiteral( "building_id" ) ) );
}

void TestDemo::deterministic()
{
  const QString second = build( QStringLiteral( "montpellier" ), QStringLiteral( "montpellier-again.gpkg" ) );
  QVERIFY( !second.isEmpty() );
  QString error;
  std::unique_ptr<Territory> a = Territory::open( mMontpellier, mManager.plugins(), Territory::Mode::ReadOnly, &error );
  std::unique_ptr<Territory> b = Territory::open( second, mManager.plugins(), Territory::Mode::ReadOnly, &error );
  QVERIFY2( a && b, qPrintable( error ) );
  const QList<LayerSchema> layers = a->layers();
  QCOMPARE( layers.size(), b->layers().size() );
  // a digest of the content, printed so that builds on other platforms can be compared
  QCryptographicHash digest( QCryptographicHash::Sha256 );
  for ( const LayerSchema &layer : layers )
  {
    QCryptographicHash layerDigest( QCryptographicHash::Sha256 );
    const QList<Feature> fa = a->features( layer.qualifiedName() );
    const QList<Feature> fb = b->features( layer.qualifiedName() );
    QCOMPARE( fa.size(), fb.size() );
    for ( int i = 0; i < fa.size(); ++i )
    {
      QVERIFY2( fa[i].wkb == fb[i].wkb,
                qPrintable( QStringLiteral( "%1 feature %2: geometry differs" ).arg( layer.qualifiedName() ).arg( i ) ) );
      QVERIFY2( fa[i].attributes == fb[i].attributes,
                qPrintable( QStringLiteral( "%1 feature %2: attributes differ" ).arg( layer.qualifiedName() ).arg( i ) ) );
      digest.addData( fa[i].wkb );
      layerDigest.addData( fa[i].wkb );
      for ( auto it = fa[i].attributes.constBegin(); it != fa[i].attributes.constEnd(); ++it )
      {
        // doubles spelled out in full: QVariant::toString() formats them differently in Qt 5 and Qt 6
        const QString value =
            it.value().userType() == QMetaType::Double ? QString::number( it.value().toDouble(), 'g', 17 ) : it.value().toString();
        const QByteArray text = ( it.key() + QLatin1Char( '=' ) + value + QLatin1Char( ';' ) ).toUtf8();
        digest.addData( text );
        layerDigest.addData( text );
      }
    }
    qInfo( "  %s: %s", qPrintable( layer.qualifiedName() ), layerDigest.result().toHex().left( 16 ).constData() );
  }
  qInfo( "montpellier demo content digest: %s", digest.result().toHex().constData() );
}

void TestDemo::finistere()
{
  const QString path = build( QStringLiteral( "finistere" ), QStringLiteral( "finistère.gpkg" ) );
  QVERIFY( !path.isEmpty() );
  QString error;
  std::unique_ptr<Territory> territory = Territory::open( path, mManager.plugins(), Territory::Mode::ReadOnly, &error );
  QVERIFY2( territory, qPrintable( error ) );
  QCOMPARE( territory->featureCount( QStringLiteral( "territory:communes" ) ), 279 );
  const QList<Feature> buildings = territory->features( QStringLiteral( "energy:buildings" ), &error );
  QCOMPARE( buildings.size(), 279 );
  QCOMPARE( values( buildings, QStringLiteral( "use" ) ), QSet<QString>{ QStringLiteral( "town hall" ) } );
  QCOMPARE( values( buildings, QStringLiteral( "name" ) ).size(), 279 );
  QVERIFY( territory->featureCount( QStringLiteral( "energy:meters" ) ) >= 279 );
  QVERIFY( territory->featureCount( QStringLiteral( "waste:containers" ) ) >= 279 );
  QVERIFY( territory->featureCount( QStringLiteral( "waste:rounds" ) ) > 0 );
  QCOMPARE( territory->featureCount( QStringLiteral( "water:pipes" ) ), 0 );
  QCOMPARE( territory->featureCount( QStringLiteral( "lighting:luminaires" ) ), 0 );
}

QTEST_GUILESS_MAIN( TestDemo )
#include "tst_demo.moc"
