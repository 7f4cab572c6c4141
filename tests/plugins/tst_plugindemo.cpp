// SPDX-License-Identifier: GPL-2.0-or-later
// Each plugin's buildDemo() against an in-memory DemoContext (no store): synthetic
// territories, error paths, determinism. tst_demo checks the real demo files.
#include "log.h"
#include "pluginmanager.h"
#include "vigietest.h"

#include <QtEndian>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace vigie;

namespace
{
  //! Little-endian ISO WKB writer for the synthetic layers.
  class Wkb
  {
  public:
    explicit Wkb( quint32 type )
    {
      mBytes.append( char( 1 ) );
      uint32( type );
    }
    Wkb &uint32( quint32 v )
    {
      char b[4];
      qToLittleEndian( v, b );
      mBytes.append( b, 4 );
      return *this;
    }
    Wkb &point( double x, double y )
    {
      for ( double v : { x, y } )
      {
        quint64 bits;
        std::memcpy( &bits, &v, 8 );
        char b[8];
        qToLittleEndian( bits, b );
        mBytes.append( b, 8 );
      }
      return *this;
    }
    QByteArray bytes() const { return mBytes; }

  private:
    QByteArray mBytes;
  };

  QByteArray square( double x0, double y0, double size )
  {
    Wkb w( 3 );
    w.uint32( 1 ).uint32( 5 ).point( x0, y0 ).point( x0 + size, y0 ).point( x0 + size, y0 + size ).point( x0, y0 + size ).point( x0, y0 );
    return w.bytes();
  }

  QByteArray line( double x0, double y0, double x1, double y1 )
  {
    Wkb w( 2 );
    w.uint32( 2 ).point( x0, y0 ).point( x1, y1 );
    return w.bytes();
  }

  //! Reads the point of a point WKB.
  QPointF pointOf( const QByteArray &wkb )
  {
    double x, y;
    quint64 bits = qFromLittleEndian<quint64>( wkb.constData() + 5 );
    std::memcpy( &x, &bits, 8 );
    bits = qFromLittleEndian<quint64>( wkb.constData() + 13 );
    std::memcpy( &y, &bits, 8 );
    return QPointF( x, y );
  }

  //! Reads the vertices of a line-string WKB.
  QVector<QPointF> linePoints( const QByteArray &wkb )
  {
    QVector<QPointF> points;
    if ( wkb.size() < 9 || qFromLittleEndian<quint32>( wkb.constData() + 1 ) != 2 )
      return points;
    const quint32 count = qFromLittleEndian<quint32>( wkb.constData() + 5 );
    for ( quint32 i = 0; i < count && 9 + 16 * ( i + 1 ) <= static_cast<quint32>( wkb.size() ); ++i )
      points.append( pointOf( wkb.mid( static_cast<int>( 9 + 16 * i - 5 ) ) ) );
    return points;
  }

  //! A territory in memory: base layers given by the test, plugin output collected.
  class MemoryContext : public DemoContext
  {
  public:
    QString name = QStringLiteral( "montpellier" );
    QString source = test::demoSourcePath();
    QMap<QString, QList<Feature>> layers;
    QString demoName() const override { return name; }
    QString sourceDirectory() const override { return source; }
    QString crs() const override { return QStringLiteral( "EPSG:2154" ); }
    QList<Feature> features( const QString &qualifiedLayer ) const override { return layers.value( qualifiedLayer ); }
    bool addFeatures( const QString &qualifiedLayer, const QList<Feature> &features, QString * ) override
    {
      layers[qualifiedLayer] += features;
      return true;
    }
    int count( const QString &layer ) const { return layers.value( layer ).size(); }
  };

  //! A 4 km × 4 km commune with a 20 × 20 grid of 200 m streets of alternating types.
  void syntheticTown( MemoryContext &context, double x0 = 770000, double y0 = 6278000 )
  {
    context.layers[QStringLiteral( "territory:communes" )] = { { square( x0, y0, 4000 ),
                                                                 { { QStringLiteral( "insee_code" ), QStringLiteral( "99001" ) },
                                                                   { QStringLiteral( "name" ), QStringLiteral( "Testville" ) } } } };
    QList<Feature> streets;
    int id = 1;
    for ( int i = 1; i < 20; ++i )
    {
      const QString type = i % 5 == 0 ? QStringLiteral( "AV" ) : i % 3 == 0 ? QStringLiteral( "IMP" ) : QStringLiteral( "RUE" );
      for ( int j = 0; j < 20; ++j )
      {
        streets.append( { line( x0 + i * 200, y0 + j * 200, x0 + i * 200, y0 + ( j + 1 ) * 200 ),
                          { { QStringLiteral( "street_id" ), id++ },
                            { QStringLiteral( "name" ), QStringLiteral( "Rue %1" ).arg( i ) },
                            { QStringLiteral( "road_type" ), type } } } );
        streets.append( { line( x0 + j * 200, y0 + i * 200, x0 + ( j + 1 ) * 200, y0 + i * 200 ),
                          { { QStringLiteral( "street_id" ), id++ },
                            { QStringLiteral( "name" ), QStringLiteral( "Avenue %1" ).arg( i ) },
                            { QStringLiteral( "road_type" ), type } } } );
      }
    }
    context.layers[QStringLiteral( "territory:streets" )] = streets;
  }
} // namespace

class TestPluginDemo : public test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase();
  void waterPlacedInsideCommune();
  void waterErrors();
  void nothingForOtherDemos_data();
  void nothingForOtherDemos();
  void lightingMissingSource();
  void streetAssetsDeterministic_data();
  void streetAssetsDeterministic();
  void oneTownHallPerCommune();
  void roundsFollowStreets();
  void roundsAcrossUnconnectedStreets();

private:
  PluginManager mManager;
};

void TestPluginDemo::initTestCase()
{
  setLogToStderr( false );
  QCOMPARE( mManager.loadFrom( { test::pluginDirectory() } ), 4 );
}

void TestPluginDemo::waterPlacedInsideCommune()
{
  MemoryContext context;
  syntheticTown( context );
  QString error;
  QVERIFY2( mManager.plugin( QStringLiteral( "water" ) )->buildDemo( context, &error ), qPrintable( error ) );
  QCOMPARE( context.count( QStringLiteral( "water:junctions" ) ), 782 );
  QCOMPARE( context.count( QStringLiteral( "water:pipes" ) ), 905 );
  QCOMPARE( context.count( QStringLiteral( "water:valves" ) ), 3 );
  // translated, not scaled: every node inside the 4 km square, extent still ~2.97 km wide
  double minX = 1e12, maxX = -1e12;
  for ( const char *layer : { "water:junctions", "water:reservoirs", "water:tanks" } )
  {
    for ( const Feature &f : context.layers.value( QLatin1String( layer ) ) )
    {
      const QPointF p = pointOf( f.wkb );
      QVERIFY( p.x() > 770000 && p.x() < 774000 && p.y() > 6278000 && p.y() < 6282000 );
      minX = std::min( minX, p.x() );
      maxX = std::max( maxX, p.x() );
      QCOMPARE( f.attributes.value( QStringLiteral( "network" ) ).toString(), QStringLiteral( "L-TOWN" ) );
      QVERIFY( f.attributes.value( QStringLiteral( "benchmark" ) ).toBool() );
    }
  }
  QVERIFY2( std::abs( ( maxX - minX ) - ( 2760.32 - 0.0 ) ) < 300, qPrintable( QString::number( maxX - minX ) ) );
}

void TestPluginDemo::waterErrors()
{
  DomainPlugin *water = mManager.plugin( QStringLiteral( "water" ) );
  QString error;
  {
    // a commune too small for the network
    MemoryContext context;
    context.layers[QStringLiteral( "territory:communes" )] = { { square( 0, 0, 500 ), {} } };
    QVERIFY( !water->buildDemo( context, &error ) );
    QVERIFY2( error.contains( QLatin1String( "cannot place" ) ), qPrintable( error ) );
    QCOMPARE( context.count( QStringLiteral( "water:pipes" ) ), 0 );
  }
  {
    // no commune at all
    MemoryContext context;
    QVERIFY( !water->buildDemo( context, &error ) );
    QVERIFY2( error.contains( QLatin1String( "commune" ) ), qPrintable( error ) );
  }
  {
    // the model file is missing: the message names it
    MemoryContext context;
    syntheticTown( context );
    context.source = tempPath( QStringLiteral( "no demo data" ) );
    QVERIFY( !water->buildDemo( context, &error ) );
    QVERIFY2( error.contains( QLatin1String( "L-TOWN.inp" ) ), qPrintable( error ) );
  }
}

void TestPluginDemo::nothingForOtherDemos_data()
{
  QTest::addColumn<QString>( "id" );
  QTest::newRow( "water" ) << QStringLiteral( "water" );
  QTest::newRow( "lighting" ) << QStringLiteral( "lighting" );
}

void TestPluginDemo::nothingForOtherDemos()
{
  QFETCH( QString, id );
  MemoryContext context;
  context.name = QStringLiteral( "finistere" );
  syntheticTown( context );
  QString error;
  QVERIFY2( mManager.plugin( id )->buildDemo( context, &error ), qPrintable( error ) );
  for ( auto it = context.layers.constBegin(); it != context.layers.constEnd(); ++it )
    QVERIFY2( !it.key().startsWith( id + QLatin1Char( ':' ) ), qPrintable( it.key() ) );
}

void TestPluginDemo::lightingMissingSource()
{
  MemoryContext context;
  syntheticTown( context );
  context.source = tempPath( QStringLiteral( "empty é" ) );
  QString error;
  QVERIFY( !mManager.plugin( QStringLiteral( "lighting" ) )->buildDemo( context, &error ) );
  QVERIFY2( error.contains( QLatin1String( "eclairage_supports_montpellier.gpkg" ) ), qPrintable( error ) );
  QCOMPARE( context.count( QStringLiteral( "lighting:luminaires" ) ), 0 );
}

void TestPluginDemo::streetAssetsDeterministic_data()
{
  QTest::addColumn<QString>( "id" );
  QTest::addColumn<QString>( "layer" );
  QTest::addColumn<QString>( "idField" );
  QTest::newRow( "waste" ) << QStringLiteral( "waste" ) << QStringLiteral( "waste:containers" ) << QStringLiteral( "container_id" );
  QTest::newRow( "energy" ) << QStringLiteral( "energy" ) << QStringLiteral( "energy:buildings" ) << QStringLiteral( "building_id" );
}

void TestPluginDemo::streetAssetsDeterministic()
{
  QFETCH( QString, id );
  QFETCH( QString, layer );
  QFETCH( QString, idField );
  MemoryContext first, second;
  syntheticTown( first );
  syntheticTown( second );
  QString error;
  QVERIFY2( mManager.plugin( id )->buildDemo( first, &error ), qPrintable( error ) );
  QVERIFY2( mManager.plugin( id )->buildDemo( second, &error ), qPrintable( error ) );
  const QList<Feature> a = first.layers.value( layer );
  QVERIFY( !a.isEmpty() );
  QSet<QString> ids;
  for ( const Feature &f : a )
  {
    ids.insert( f.attributes.value( idField ).toString() );
    QVERIFY( !f.attributes.value( QStringLiteral( "simulated" ) ).toString().isEmpty() );
  }
  QCOMPARE( ids.size(), a.size() );
  for ( auto it = first.layers.constBegin(); it != first.layers.constEnd(); ++it )
  {
    const QList<Feature> b = second.layers.value( it.key() );
    QCOMPARE( it.value().size(), b.size() );
    for ( int i = 0; i < b.size(); ++i )
    {
      QVERIFY( it.value()[i].wkb == b[i].wkb );
      QVERIFY( it.value()[i].attributes == b[i].attributes );
    }
  }
}

void TestPluginDemo::oneTownHallPerCommune()
{
  MemoryContext context;
  context.name = QStringLiteral( "finistere" );
  QList<Feature> communes;
  for ( int i = 0; i < 12; ++i )
    communes.append( { square( 150000 + ( i % 4 ) * 3000, 6800000 + ( i / 4 ) * 3000, 2500 ),
                       { { QStringLiteral( "insee_code" ), QStringLiteral( "290%1" ).arg( i, 2, 10, QLatin1Char( '0' ) ) },
                         { QStringLiteral( "name" ), QStringLiteral( "Commune %1" ).arg( i ) } } } );
  context.layers[QStringLiteral( "territory:communes" )] = communes;
  QString error;
  QVERIFY2( mManager.plugin( QStringLiteral( "energy" ) )->buildDemo( context, &error ), qPrintable( error ) );
  QVERIFY2( mManager.plugin( QStringLiteral( "waste" ) )->buildDemo( context, &error ), qPrintable( error ) );
  const QList<Feature> halls = context.layers.value( QStringLiteral( "energy:buildings" ) );
  QCOMPARE( halls.size(), 12 );
  for ( const Feature &f : halls )
  {
    QCOMPARE( f.attributes.value( QStringLiteral( "use" ) ).toString(), QStringLiteral( "town hall" ) );
    QVERIFY( f.attributes.value( QStringLiteral( "name" ) ).toString().startsWith( QLatin1String( "Mairie de Commune " ) ) );
  }
  QVERIFY( context.count( QStringLiteral( "energy:meters" ) ) >= 12 );
  QCOMPARE( context.count( QStringLiteral( "waste:containers" ) ), 12 * 3 );
  QVERIFY( context.count( QStringLiteral( "waste:rounds" ) ) >= 3 );
}

void TestPluginDemo::roundsFollowStreets()
{
  // the synthetic town's streets run along a 200 m grid: a round driving on them has every
  // vertex on a grid line and only horizontal or vertical segments (no cut across a block)
  const double x0 = 770000, y0 = 6278000;
  MemoryContext context;
  syntheticTown( context, x0, y0 );
  QStringList messages;
  const int sink = addLogSink(
      [&messages]( LogLevel, const QString &topic, const QString &message )
      {
        if ( topic == QLatin1String( "waste" ) )
          messages << message;
      } );
  QString error;
  const bool built = mManager.plugin( QStringLiteral( "waste" ) )->buildDemo( context, &error );
  removeLogSink( sink );
  QVERIFY2( built, qPrintable( error ) );
  auto onGrid = []( double v ) { return std::abs( v / 200 - std::round( v / 200 ) ) < 1e-6; };
  const QList<Feature> rounds = context.layers.value( QStringLiteral( "waste:rounds" ) );
  QVERIFY( !rounds.isEmpty() );
  for ( const Feature &round : rounds )
  {
    const QVector<QPointF> points = linePoints( round.wkb );
    const QString id = round.attributes.value( QStringLiteral( "round_id" ) ).toString();
    QVERIFY2( points.size() >= 2, qPrintable( id ) );
    double length = 0;
    for ( int i = 0; i < points.size(); ++i )
    {
      const double x = points[i].x() - x0, y = points[i].y() - y0;
      QVERIFY2( onGrid( x ) || onGrid( y ), qPrintable( QStringLiteral( "%1: vertex %2 off the streets" ).arg( id ).arg( i ) ) );
      if ( i == 0 )
        continue;
      const QPointF d = points[i] - points[i - 1];
      QVERIFY2( std::abs( d.x() ) < 1e-6 || std::abs( d.y() ) < 1e-6,
                qPrintable( QStringLiteral( "%1: segment %2 cuts across a block" ).arg( id ).arg( i ) ) );
      QVERIFY2( d.x() != 0 || d.y() != 0, qPrintable( QStringLiteral( "%1: repeated vertex %2" ).arg( id ).arg( i ) ) );
      length += std::hypot( d.x(), d.y() );
    }
    // more than the straight distance between its ends, less than every street of the town
    QVERIFY( length >= std::hypot( points.constLast().x() - points.constFirst().x(), points.constLast().y() - points.constFirst().y() ) );
    QVERIFY( length < 2 * 19 * 4000 );
  }
  // every container of a round is beside its line: 4 m from the centre line, a few metres further along the kerb
  const QList<Feature> containers = context.layers.value( QStringLiteral( "waste:containers" ) );
  QMap<QString, QVector<QPointF>> roundPoints;
  for ( const Feature &round : rounds )
    roundPoints.insert( round.attributes.value( QStringLiteral( "round_id" ) ).toString(), linePoints( round.wkb ) );
  int checked = 0;
  for ( const Feature &c : containers )
  {
    const QString roundId = c.attributes.value( QStringLiteral( "round_id" ) ).toString();
    if ( roundId.isEmpty() )
      continue;
    QVERIFY2( roundPoints.contains( roundId ), qPrintable( roundId ) );
    const QPointF p = pointOf( c.wkb );
    const QVector<QPointF> &line = roundPoints[roundId];
    double nearest = 1e12;
    for ( int i = 1; i < line.size(); ++i )
    {
      const QPointF ab = line[i] - line[i - 1];
      const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
      const double t =
          len2 > 0 ? std::clamp( ( ( p.x() - line[i - 1].x() ) * ab.x() + ( p.y() - line[i - 1].y() ) * ab.y() ) / len2, 0.0, 1.0 ) : 0.0;
      const QPointF q = line[i - 1] + ab * t;
      nearest = std::min( nearest, std::hypot( p.x() - q.x(), p.y() - q.y() ) );
    }
    QVERIFY2( nearest < 15, qPrintable( QStringLiteral( "%1 is %2 m from its round" )
                                            .arg( c.attributes.value( QStringLiteral( "container_id" ) ).toString() )
                                            .arg( nearest ) ) );
    ++checked;
  }
  QVERIFY( checked > 100 );
  // one connected grid: every leg routed, none straight
  QVERIFY2( messages.size() == 1 && messages.constFirst().contains( QLatin1String( ", 0 straight" ) ),
            qPrintable( messages.join( QLatin1Char( '\n' ) ) ) );
}

void TestPluginDemo::roundsAcrossUnconnectedStreets()
{
  // a 1 km street 500 m away from the grid, touching nothing: its containers join the
  // town's rounds through straight legs, counted in the log line
  const double x0 = 770000, y0 = 6278000;
  MemoryContext context;
  syntheticTown( context, x0, y0 );
  context.layers[QStringLiteral( "territory:streets" )].append( { line( x0 + 4500, y0 + 1777, x0 + 4500, y0 + 2777 ),
                                                                  { { QStringLiteral( "street_id" ), 99999 },
                                                                    { QStringLiteral( "name" ), QStringLiteral( "Rue isolée" ) },
                                                                    { QStringLiteral( "road_type" ), QStringLiteral( "RUE" ) } } } );
  QStringList messages;
  const int sink = addLogSink(
      [&messages]( LogLevel, const QString &topic, const QString &message )
      {
        if ( topic == QLatin1String( "waste" ) )
          messages << message;
      } );
  QString error;
  const bool built = mManager.plugin( QStringLiteral( "waste" ) )->buildDemo( context, &error );
  removeLogSink( sink );
  QVERIFY2( built, qPrintable( error ) );
  QCOMPARE( messages.size(), 1 );
  const QRegularExpression straight( QStringLiteral( ", (\\d+) straight" ) );
  const QRegularExpressionMatch match = straight.match( messages.constFirst() );
  QVERIFY2( match.hasMatch(), qPrintable( messages.constFirst() ) );
  const int straightLegs = match.captured( 1 ).toInt();
  // into the isolated street and out of it, for each round that visits it (at least the household round)
  QVERIFY2( straightLegs >= 1, qPrintable( messages.constFirst() ) );
  int visits = 0;
  for ( const Feature &round : context.layers.value( QStringLiteral( "waste:rounds" ) ) )
  {
    const QVector<QPointF> points = linePoints( round.wkb );
    QVERIFY( points.size() >= 2 );
    for ( const QPointF &p : points )
      visits += std::abs( p.x() - ( x0 + 4500 ) ) < 1e-6 ? 1 : 0;
  }
  QVERIFY( visits > 0 );
}

QTEST_GUILESS_MAIN( TestPluginDemo )
#include "tst_plugindemo.moc"
