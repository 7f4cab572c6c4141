// SPDX-License-Identifier: GPL-2.0-or-later
// `vigie-cli water balance --territory`: the stored observations of a territory (L-TOWN imported
// with the real water plugin, sensors bound to its assets) as the SCADA input of the balance:
// values and units as stored, customer meters (flow at a junction) as AMR in L/h, time steps
// missing a value left out, the default period, losses and NRW only with customer meters (measured:
// inflow minus what the meters read, per area; the areas with meters when others have none), errors.
#include "clitest.h"
#include "inpreader.h"
#include "observationstore.h"
#include "pluginmanager.h"
#include "sqlconnection.h"
#include "territory.h"
#include "vigietest.h"
#include "waterbalance.h"
#include "waternetworkgraph.h"
#include "waterterritory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace vigie;
using namespace vigie::hydraulics;

class TestWaterBalanceTerritory : public test::Test
{
  Q_OBJECT

private:
  PluginManager mManager;
  CliCommand mCommand;
  QString mInp;
  QDateTime mStart = QDateTime( QDate( 2018, 3, 5 ), QTime( 0, 0 ), Qt::UTC );
  static constexpr int kSteps = 2 * 288; //!< two days at 5 minutes

  enum class Customers
  {
    None,
    OnePerArea, //!< one customer meter in each metered area, reading 4 m³/h
    AllOfAreaC, //!< a meter at every customer (junction with a demand) of the area behind PUMP_1, 1 m³/h each
  };

  //! A territory with L-TOWN, the sensors bound to it and two days of readings, with customer meters as asked.
  QString buildTerritory( const QString &name, Customers customers, QStringList *customerNodes = nullptr )
  {
    const QString path = tempPath( name );
    TerritoryInfo info;
    info.name = QStringLiteral( "L-Town" );
    QString error, summary;
    if ( !Territory::create( path, info, mManager.plugins(), &error ) )
      qFatal( "%s", qPrintable( error ) );
    WaterImportOptions options;
    options.benchmark = true;
    if ( !importInpIntoTerritory( path, mInp, options, &summary, &error ) )
      qFatal( "%s", qPrintable( error ) );
    std::unique_ptr<SqlConnection> db = SqlConnection::open( path, SqlConnection::Mode::ReadOnly, &error );
    auto fid = [&]( const QString &table, const QString &column, const QString &id )
    {
      QList<SqlConnection::Row> rows;
      db->query( QStringLiteral( "SELECT fid FROM %1 WHERE %2 = ?" ).arg( table, column ), { id }, &rows, &error );
      return rows.isEmpty() ? qint64( -1 ) : rows.constFirst().value( 0 ).toLongLong();
    };
    struct Sensor
    {
      const char *id;
      feeds::SensorKind kind;
      const char *table;
      const char *column;
      QString element;
      double value;
    };
    QList<Sensor> sensors = {
        { "f-pump", feeds::SensorKind::Flow, "water_pumps", "pump_id", QStringLiteral( "PUMP_1" ), 60 },
        { "f-p227", feeds::SensorKind::Flow, "water_pipes", "pipe_id", QStringLiteral( "p227" ), 110 },
        { "f-p235", feeds::SensorKind::Flow, "water_pipes", "pipe_id", QStringLiteral( "p235" ), 120 },
        { "l-t1", feeds::SensorKind::Level, "water_tanks", "node_id", QStringLiteral( "T1" ), 3 },
        { "p-n1", feeds::SensorKind::Pressure, "water_junctions", "node_id", QStringLiteral( "n1" ), 30 },
        { "p-n4", feeds::SensorKind::Pressure, "water_junctions", "node_id", QStringLiteral( "n4" ), 35 },
        { "p-idle", feeds::SensorKind::Pressure, "water_junctions", "node_id", QStringLiteral( "n31" ), 0 },
    };
    QList<QByteArray> ids; // the customer meters' sensor ids (Sensor holds a pointer)
    if ( customers == Customers::AllOfAreaC )
    {
      Network network;
      InpReader::readFile( mInp, network, &error );
      for ( const Zone &zone :
            deriveZones( network, { QStringLiteral( "p227" ), QStringLiteral( "p235" ), QStringLiteral( "PUMP_1" ) }, false ) )
      {
        if ( !zone.tanks.contains( QStringLiteral( "T1" ) ) )
          continue;
        const QSet<QString> nodes( zone.nodes.cbegin(), zone.nodes.cend() );
        for ( const Junction &j : std::as_const( network.junctions ) )
        {
          double demand = j.demands.isEmpty() ? j.baseDemand : 0;
          for ( const Demand &d : j.demands )
            demand += d.base;
          if ( nodes.contains( j.id ) && demand > 0 )
          {
            ids << QStringLiteral( "amr-%1" ).arg( j.id ).toLatin1();
            *customerNodes << j.id;
          }
        }
      }
      for ( int i = 0; i < ids.size(); ++i )
        sensors.append( { ids.at( i ).constData(), feeds::SensorKind::Flow, "water_junctions", "node_id", customerNodes->at( i ), 1 } );
    }
    if ( customers == Customers::OnePerArea )
    {
      // one customer meter in each metered area (the areas behind the three flow meters)
      Network network;
      InpReader::readFile( mInp, network, &error );
      for ( const Zone &zone :
            deriveZones( network, { QStringLiteral( "p227" ), QStringLiteral( "p235" ), QStringLiteral( "PUMP_1" ) }, false ) )
      {
        for ( const QString &node : zone.nodes )
          if ( node.startsWith( QLatin1Char( 'n' ) ) )
          {
            sensors.append(
                { customerNodes->isEmpty() ? "amr-1" : "amr-2", feeds::SensorKind::Flow, "water_junctions", "node_id", node, 4 } );
            *customerNodes << node;
            break;
          }
      }
    }
    QList<feeds::SensorInfo> infos;
    for ( const Sensor &s : std::as_const( sensors ) )
    {
      feeds::SensorInfo i;
      i.id = QString::fromLatin1( s.id );
      i.kind = s.kind;
      i.layer = QString::fromLatin1( s.table );
      i.fid = fid( i.layer, QString::fromLatin1( s.column ), s.element );
      if ( i.fid < 0 )
        qFatal( "no %s %s", s.table, qPrintable( s.element ) );
      infos << i;
    }
    db.reset();
    std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( path, &error );
    if ( !store || !store->registerSensors( infos, &error ) )
      qFatal( "%s", qPrintable( error ) );
    QList<feeds::Observation> observations;
    for ( int step = 0; step < kSteps; ++step )
      for ( const Sensor &s : std::as_const( sensors ) )
      {
        if ( QLatin1String( s.id ) == QLatin1String( "p-idle" ) || ( step == 100 && QLatin1String( s.id ) == QLatin1String( "p-n4" ) ) )
          continue; // an idle sensor, and one missing reading
        feeds::Observation o;
        o.sensorId = QString::fromLatin1( s.id );
        o.time = mStart.addSecs( step * 300LL );
        o.value = s.value + ( o.sensorId.startsWith( QLatin1String( "f-" ) ) ? 0.01 * ( step % 7 ) : 0.0 );
        observations << o;
      }
    feeds::StoreResult result;
    if ( !store->store( observations, &result, &error ) )
      qFatal( "%s", qPrintable( error ) );
    return path;
  }

  static QJsonObject parse( const QString &text ) { return QJsonDocument::fromJson( text.toUtf8() ).object(); }

private Q_SLOTS:
  void initTestCase()
  {
    qputenv( "VIGIE_PLUGIN_PATH", QFile::encodeName( test::pluginDirectory() ) );
    QVERIFY( mManager.loadFrom( { test::pluginDirectory() } ) >= 1 );
    DomainPlugin *plugin = mManager.plugin( QStringLiteral( "water" ) );
    QVERIFY( plugin );
    for ( const CliCommand &c : plugin->cliCommands() )
      if ( c.name == QLatin1String( "water" ) )
        mCommand = c;
    QVERIFY( mCommand.run );
    mInp = test::demoSourcePath( QStringLiteral( "water/L-TOWN.inp" ) );
    QVERIFY( QFileInfo::exists( mInp ) );
  }

  void storedObservationsAsScada()
  {
    const QString path = buildTerritory( QStringLiteral( "inflows only.gpkg" ), Customers::None );
    TerritoryScada scada;
    QString error;
    bool noData = true;
    QVERIFY2( territoryScada( path, QDateTime(), QDateTime(), &scada, &error, &noData ), qPrintable( error ) );
    QVERIFY( !noData );
    // default period: the 7 days up to the end of the last day with data
    QCOMPARE( scada.to, mStart.addDays( 2 ) );
    QCOMPARE( scada.from, mStart.addDays( -5 ) );
    QCOMPARE( scada.data.rowCount(), kSteps - 1 ); // the step without p-n4 is left out
    QCOMPARE( scada.droppedSteps, 1 );
    QCOMPARE( scada.idle, QStringList{ QStringLiteral( "p-idle" ) } );
    QCOMPARE( scada.data.flows.columns.size(), 3 );
    QCOMPARE( scada.data.levels.columns, QStringList{ QStringLiteral( "T1" ) } );
    QVERIFY( scada.data.demands.isEmpty() );
    const int c = scada.data.flows.column( QStringLiteral( "p227" ) );
    QVERIFY( c >= 0 );
    QCOMPARE( scada.data.flows.value( 3, c ), 110.03 );
    QCOMPARE( scada.data.times.constFirst(), mStart.toSecsSinceEpoch() );

    // without customer meters: inflows and night flow, no losses
    TerritoryBalance balance;
    QVERIFY2( computeTerritoryBalance( path, QDateTime(), QDateTime(), &balance, &error ), qPrintable( error ) );
    QVERIFY( !balance.hasConsumption );
    QVERIFY( balance.inflow > 0 );
    QVERIFY( balance.minimumNightFlow > 0 );
    const QJsonObject json = balance.toJson();
    QVERIFY( json.value( QStringLiteral( "total" ) ).toObject().value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).isNull() );
    QVERIFY( json.value( QStringLiteral( "total" ) ).toObject().value( QStringLiteral( "ili" ) ).isNull() );
    for ( const QJsonValue &zone : json.value( QStringLiteral( "zones" ) ).toArray() )
      QVERIFY( zone.toObject().value( QStringLiteral( "non_revenue_percent" ) ).isNull() );

    // a period with nothing in it
    QVERIFY( !territoryScada( path, mStart.addDays( 10 ), mStart.addDays( 11 ), &scada, &error, &noData ) );
    QVERIFY( noData );
  }

  void customerMeters()
  {
    QStringList nodes;
    const QString path = buildTerritory( QStringLiteral( "compteurs.gpkg" ), Customers::OnePerArea, &nodes );
    QCOMPARE( nodes.size(), 2 );
    TerritoryScada scada;
    QString error;
    QVERIFY2( territoryScada( path, QDateTime(), QDateTime(), &scada, &error ), qPrintable( error ) );
    QCOMPARE( scada.data.demands.columns, nodes );
    QCOMPARE( scada.data.demands.value( 0, 0 ), 4000.0 ); // 4 m³/h read as 4,000 L/h
    const test::CliResult r = test::runCliCommand( mCommand, { QStringLiteral( "balance" ), QStringLiteral( "--territory" ), path,
                                                               QStringLiteral( "--json" ), QStringLiteral( "-" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QJsonObject json = parse( r.out );
    const QJsonObject total = json.value( QStringLiteral( "total" ) ).toObject();
    QVERIFY( total.value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).isDouble() );
    // NRW of the whole: inflow minus the customer meters' volume (4 m³/h each, over the day), over inflow
    double inflow = 0;
    for ( const QJsonValue &zone : json.value( QStringLiteral( "zones" ) ).toArray() )
    {
      QCOMPARE( zone.toObject().value( QStringLiteral( "amr_meters" ) ).toInt(), 1 );
      inflow += zone.toObject().value( QStringLiteral( "mean_inflow_m3_per_day" ) ).toDouble();
    }
    QVERIFY( inflow > 0 );
    QCOMPARE( total.value( QStringLiteral( "mean_inflow_m3_per_day" ) ).toDouble(), inflow );
    QVERIFY( std::abs( total.value( QStringLiteral( "non_revenue_percent" ) ).toDouble() - 100 * ( inflow - 2 * 4 * 24 ) / inflow ) <
             1e-6 );
    // every area has meters: the part with customer meters is the whole network
    const QJsonObject metered = json.value( QStringLiteral( "with_customer_meters" ) ).toObject();
    QCOMPARE( metered.value( QStringLiteral( "zones" ) ).toArray().size(), 2 );
    QCOMPARE( metered.value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).toDouble(),
              total.value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).toDouble() );
  }

  void customerMetersInOneArea()
  {
    // a meter at every customer of area C (the replay's AMR), none in A+B
    QStringList nodes;
    const QString path = buildTerritory( QStringLiteral( "secteur C.gpkg" ), Customers::AllOfAreaC, &nodes );
    QVERIFY( nodes.size() > 10 );
    const test::CliResult r = test::runCliCommand( mCommand, { QStringLiteral( "balance" ), QStringLiteral( "--territory" ), path,
                                                               QStringLiteral( "--json" ), QStringLiteral( "-" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QJsonObject json = parse( r.out );
    QJsonObject c, ab;
    for ( const QJsonValue &zone : json.value( QStringLiteral( "zones" ) ).toArray() )
      ( zone.toObject().value( QStringLiteral( "name" ) ).toString() == QLatin1String( "C" ) ? c : ab ) = zone.toObject();
    QCOMPARE( c.value( QStringLiteral( "amr_meters" ) ).toInt(), static_cast<int>( nodes.size() ) );
    QCOMPARE( c.value( QStringLiteral( "connections" ) ).toInt(), static_cast<int>( nodes.size() ) );
    QCOMPARE( c.value( QStringLiteral( "metered_share" ) ).toDouble(), 1.0 );
    // measured, not fitted: losses = inflow (PUMP_1, tank level constant) - what the meters read (1 m³/h each)
    const double inflow = c.value( QStringLiteral( "mean_inflow_m3_per_day" ) ).toDouble();
    QVERIFY( std::abs( inflow - 24 * ( 60 + 0.01 * 3 ) ) < 0.05 ); // PUMP_1 reads 60 + 0.01 (step % 7)
    const double consumption = 24.0 * nodes.size();
    const double losses = c.value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).toDouble();
    QVERIFY2( std::abs( losses - ( inflow - consumption ) ) < 1e-6, qPrintable( QString::number( losses ) ) );
    QVERIFY( std::abs( c.value( QStringLiteral( "non_revenue_percent" ) ).toDouble() - 100 * ( inflow - consumption ) / inflow ) < 1e-6 );
    const double uarl = c.value( QStringLiteral( "uarl_m3_per_day" ) ).toDouble();
    QVERIFY( uarl > 0 );
    QVERIFY( std::abs( c.value( QStringLiteral( "ili" ) ).toDouble() - losses / uarl ) < 1e-9 );
    for ( const QJsonValue &day : c.value( QStringLiteral( "days" ) ).toArray() )
      QVERIFY( std::abs( day.toObject().value( QStringLiteral( "metered_m3" ) ).toDouble() - consumption ) < 1e-6 );
    // A+B: null with the reason
    QCOMPARE( ab.value( QStringLiteral( "amr_meters" ) ).toInt(), 0 );
    QVERIFY( ab.value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).isNull() );
    QVERIFY( ab.value( QStringLiteral( "losses_unavailable_reason" ) ).toString().contains( QLatin1String( "in this area" ) ) );
    // the whole network: null, and the part with customer meters is area C
    const QJsonObject total = json.value( QStringLiteral( "total" ) ).toObject();
    QVERIFY( total.value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).isNull() );
    QVERIFY2( total.value( QStringLiteral( "losses_unavailable_reason" ) ).toString().contains( QLatin1String( "in A+B" ) ),
              qPrintable( total.value( QStringLiteral( "losses_unavailable_reason" ) ).toString() ) );
    const QJsonObject metered = json.value( QStringLiteral( "with_customer_meters" ) ).toObject();
    QCOMPARE( metered.value( QStringLiteral( "zones" ) ).toArray(), QJsonArray{ QStringLiteral( "C" ) } );
    QCOMPARE( metered.value( QStringLiteral( "mean_real_losses_m3_per_day" ) ).toDouble(), losses );
    QCOMPARE( metered.value( QStringLiteral( "ili" ) ).toDouble(), c.value( QStringLiteral( "ili" ) ).toDouble() );
    // the text output says which areas
    const test::CliResult text = test::runCliCommand( mCommand, { QStringLiteral( "balance" ), QStringLiteral( "--territory" ), path } );
    QCOMPARE( text.code, 0 );
    QVERIFY2( text.out.contains( QLatin1String( "Areas with customer meter readings (C)" ) ), qPrintable( text.out ) );
    // no customer meter anywhere: no part to show
    const QString none = buildTerritory( QStringLiteral( "sans compteurs.gpkg" ), Customers::None );
    TerritoryBalance balance;
    QString error;
    QVERIFY2( computeTerritoryBalance( none, QDateTime(), QDateTime(), &balance, &error ), qPrintable( error ) );
    QVERIFY( balance.meteredZones.isEmpty() );
    QVERIFY( balance.toJson().value( QStringLiteral( "with_customer_meters" ) ).isNull() );
  }

  void errors_data()
  {
    QTest::addColumn<QStringList>( "args" );
    QTest::addColumn<int>( "code" );
    QTest::addColumn<QString>( "message" );
    QTest::newRow( "bad date" ) << QStringList{ QStringLiteral( "--from" ), QStringLiteral( "5 mars" ) } << 2 << "not a date";
    QTest::newRow( "unknown option" ) << QStringList{ QStringLiteral( "--scada" ), QStringLiteral( "DIR" ) } << 2 << "unexpected argument";
    QTest::newRow( "no value" ) << QStringList{ QStringLiteral( "--to" ) } << 2 << "needs a value";
    QTest::newRow( "empty period" ) << QStringList{ QStringLiteral( "--from" ), QStringLiteral( "2018-03-06" ), QStringLiteral( "--to" ),
                                                    QStringLiteral( "2018-03-01" ) }
                                    << 3 << "the period is empty";
  }

  void errors()
  {
    QFETCH( QStringList, args );
    QFETCH( int, code );
    QFETCH( QString, message );
    TerritoryInfo info;
    info.name = QStringLiteral( "Vide" );
    const QString path = tempPath( QStringLiteral( "vide %1.gpkg" ).arg( QString::fromUtf8( QTest::currentDataTag() ) ) );
    QString error;
    QVERIFY2( Territory::create( path, info, mManager.plugins(), &error ), qPrintable( error ) );
    const test::CliResult r =
        test::runCliCommand( mCommand, QStringList{ QStringLiteral( "balance" ), QStringLiteral( "--territory" ), path } + args );
    QCOMPARE( r.code, code );
    QVERIFY2( r.err.contains( message ), qPrintable( r.err ) );
  }
};

QTEST_GUILESS_MAIN( TestWaterBalanceTerritory )
#include "tst_waterbalanceterritory.moc"
