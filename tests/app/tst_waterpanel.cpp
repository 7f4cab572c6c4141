// SPDX-License-Identifier: GPL-2.0-or-later
// The water panel offscreen on the Montpellier demo (its L-TOWN network): the simulation in
// the background against vigie::hydraulics::HydraulicSimulation, the time slider, cancel, the
// DMA balance against computeWaterBalance, isolation against isolatePipe, leak detection
// against LeakDetector.

#include "demobuilder.h"
#include "leakdetector.h"
#include "pluginmanager.h"
#include "scada.h"
#include "solver.h"
#include "vigieqgistest.h"
#include "waterbalance.h"
#include "waterisolation.h"
#include "waterpanel.h"
#include "waterterritory.h"

#include <qgsgraduatedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QtCharts/QChartView>
#include <QtCharts/QXYSeries>
#include <QThreadPool>

#include <cmath>
#include <set>

using namespace vigie;

#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
using TestXYSeries = QtCharts::QXYSeries;
using TestChartView = QtCharts::QChartView;
#else
using TestXYSeries = QXYSeries;
using TestChartView = QChartView;
#endif

class TestWaterPanel : public test::Test
{
  Q_OBJECT

private:
  std::unique_ptr<PluginManager> mPlugins;
  QgsProject mProject;
  QString mDemoPath;
  hydraulics::Network mNetwork; //!< the territory's network as vigie-cli reads it
  QString mScada;

  bool loadAndWait( WaterPanel &panel )
  {
    QSignalSpy loaded( &panel, &WaterPanel::territoryLoaded );
    panel.setTerritory( mDemoPath );
    return loaded.wait( 60000 ) && loaded.at( 0 ).at( 0 ).toBool();
  }

  bool simulateAndWait( WaterPanel &panel, double hours )
  {
    QSignalSpy finished( &panel, &WaterPanel::simulationFinished );
    if ( !panel.runSimulation( hours ) )
      return false;
    return finished.wait( 120000 ) && finished.at( 0 ).at( 0 ).toBool();
  }

  //! Node \a id's attribute \a field on layer \a layer, or an invalid variant.
  static QVariant attribute( QgsVectorLayer *layer, const QString &idField, const QString &id, const QString &field )
  {
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures(
        QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"%1\" = %2" ).arg( idField, QgsExpression::quotedString( id ) ) ) );
    return it.nextFeature( f ) ? f.attribute( field ) : QVariant();
  }

  static std::set<QString> roleIds( QgsVectorLayer *layer, const QString &role )
  {
    std::set<QString> ids;
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures();
    while ( it.nextFeature( f ) )
    {
      if ( f.attribute( QStringLiteral( "role" ) ).toString() == role )
        ids.insert( f.attribute( QStringLiteral( "id" ) ).toString() );
    }
    return ids;
  }

private slots:
  void initTestCase()
  {
    // hydraulics::territoryNetwork() finds the water plugin through the default search paths
    qputenv( "VIGIE_PLUGIN_PATH", vigie::test::pluginDirectory().toUtf8() );
    QCoreApplication::setOrganizationName( QStringLiteral( "vigie-test" ) );
    QSettings::setPath( QSettings::NativeFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
    mPlugins = std::make_unique<PluginManager>();
    mPlugins->loadFrom( { vigie::test::pluginDirectory() } );
    QVERIFY2( mPlugins->plugin( QStringLiteral( "water" ) ), "the water plugin is built" );
    mDemoPath = tempPath( QStringLiteral( "démo eau.gpkg" ) ); // accents and spaces on purpose
    QString error;
    QVERIFY2( DemoBuilder::build( QStringLiteral( "montpellier" ), mDemoPath, mPlugins->plugins(), vigie::test::demoSourcePath(), &error ),
              qPrintable( error ) );
    QVERIFY2( hydraulics::territoryNetwork( mDemoPath, QString(), &mNetwork, &error ), qPrintable( error ) );
    QVERIFY( mNetwork.pipes.size() > 800 ); // L-TOWN
    mProject.setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:2154" ) ) );
    mScada = vigie::test::sharedDataPath( QStringLiteral( "water/battledim-sim/2018" ) );
  }

  void simulationShowsTheSolverResults()
  {
    WaterPanel panel( &mProject );
    QVERIFY( loadAndWait( panel ) );
    QVERIFY( panel.network() );
    QCOMPARE( panel.network()->junctions.size(), mNetwork.junctions.size() );
    QVERIFY( panel.linkLayer() && panel.nodeLayer() );
    QCOMPARE( panel.linkLayer()->featureCount(), static_cast<long long>( mNetwork.linkCount() ) );
    // the layers are in the "Water analysis" group, the territory's own layers untouched
    QgsLayerTreeGroup *group = mProject.layerTreeRoot()->findGroup( WaterPanel::tr( "Water analysis" ) );
    QVERIFY( group && group->findLayer( panel.nodeLayer()->id() ) && group->findLayer( panel.linkLayer()->id() ) );

    QSignalSpy finished( &panel, &WaterPanel::simulationFinished );
    QVERIFY( panel.runSimulation( 6 ) );
    QVERIFY( panel.isBusy() );
    QVERIFY( panel.progressBar()->isVisibleTo( &panel ) );
    QVERIFY( !panel.runSimulation( 6 ) ); // one job at a time
    QVERIFY( finished.wait( 120000 ) );
    QVERIFY2( finished.at( 0 ).at( 0 ).toBool(), qPrintable( finished.at( 0 ).at( 1 ).toString() ) );
    QVERIFY( !panel.isBusy() );
    const WaterSimulationResult *result = panel.simulation();
    QVERIFY( result );

    // the module, as vigie-cli water simulate runs it, at the step shown
    const int target = 30; // 02:30 with L-TOWN's 5-minute reporting step
    QString error;
    hydraulics::HydraulicSimulation simulation( mNetwork );
    simulation.setDuration( 6 * 3600 );
    QVERIFY2( simulation.initialize( &error ), qPrintable( error ) );
    int reports = 0;
    QVector<double> pressure, head;
    QVector<double> velocity;
    long long targetTime = -1;
    for ( ;; )
    {
      QVERIFY2( simulation.solve( &error ), qPrintable( error ) );
      if ( simulation.isReportTime() )
      {
        if ( reports == target )
        {
          targetTime = simulation.currentTime();
          for ( int i = 0; i < simulation.nodeCount(); ++i )
          {
            pressure << simulation.nodePressure( i );
            head << simulation.nodeHead( i );
          }
          for ( int i = 0; i < simulation.linkCount(); ++i )
            velocity << simulation.linkVelocity( i );
        }
        ++reports;
      }
      if ( simulation.advance() == 0 )
        break;
    }
    QCOMPARE( result->stepCount(), reports );
    QCOMPARE( panel.timeSlider()->maximum(), reports - 1 );
    QCOMPARE( result->times.at( target ), targetTime );

    panel.timeSlider()->setValue( target ); // as a user drags the slider
    QCOMPARE( panel.step(), target );
    // the junction with the lowest pressure at that step, and an ordinary one
    int lowest = 0;
    for ( int i = 1; i < mNetwork.junctions.size(); ++i )
      lowest = pressure.at( i ) < pressure.at( lowest ) ? i : lowest;
    for ( const int node : { lowest, 100 } )
    {
      const QString id = simulation.nodeId( node );
      QCOMPARE( attribute( panel.nodeLayer(), QStringLiteral( "node_id" ), id, QStringLiteral( "pressure" ) ).toDouble(),
                pressure.at( node ) );
      QCOMPARE( attribute( panel.nodeLayer(), QStringLiteral( "node_id" ), id, QStringLiteral( "head" ) ).toDouble(), head.at( node ) );
      // the chart of the selected node: head and pressure at every step, the marker at the step shown
      panel.selectNode( id );
      QCOMPARE( panel.selectedNode(), id );
      TestChartView *view = qobject_cast<TestChartView *>( panel.nodeChartView() );
      QVERIFY( view );
      const auto series = view->chart()->series();
      QCOMPARE( series.size(), 3 );
      const TestXYSeries *headSeries = static_cast<const TestXYSeries *>( series.at( 0 ) );
      const TestXYSeries *pressureSeries = static_cast<const TestXYSeries *>( series.at( 1 ) );
      const TestXYSeries *marker = static_cast<const TestXYSeries *>( series.at( 2 ) );
      QCOMPARE( pressureSeries->count(), reports );
      QCOMPARE( pressureSeries->at( target ).y(), pressure.at( node ) );
      QCOMPARE( headSeries->at( target ).y(), head.at( node ) );
      QCOMPARE( marker->at( 0 ).y(), pressure.at( node ) );
      QCOMPARE( pressureSeries->at( target ).x(), targetTime / 3600.0 );
    }
    // pipes carry the step's velocities
    const QString pipe = simulation.linkId( 10 );
    QCOMPARE( attribute( panel.linkLayer(), QStringLiteral( "link_id" ), pipe, QStringLiteral( "velocity" ) ).toDouble(),
              velocity.at( 10 ) );
    QCOMPARE( panel.linkLayer()->renderer()->type(), QStringLiteral( "graduatedSymbol" ) );
    QCOMPARE( static_cast<QgsGraduatedSymbolRenderer *>( panel.nodeLayer()->renderer() )->classAttribute(), QStringLiteral( "pressure" ) );

    // low-pressure list: exactly the junctions below the threshold, with the module's pressure
    const double threshold = pressure.at( lowest ) + 2;
    panel.setLowPressure( threshold );
    std::set<QString> expectedLow, shownLow;
    for ( int i = 0; i < mNetwork.junctions.size(); ++i )
    {
      if ( pressure.at( i ) < threshold )
        expectedLow.insert( simulation.nodeId( i ) );
    }
    QTableWidget *low = panel.lowPressureTable();
    for ( int r = 0; r < low->rowCount(); ++r )
      shownLow.insert( low->item( r, 0 )->text() );
    QCOMPARE( shownLow, expectedLow );
    QCOMPARE( low->item( 0, 0 )->text(), simulation.nodeId( lowest ) );
    QCOMPARE( low->item( 0, 1 )->data( Qt::UserRole ).toDouble(), pressure.at( lowest ) );

    // another step changes what the map shows
    panel.setStep( 0 );
    QCOMPARE(
        attribute( panel.nodeLayer(), QStringLiteral( "node_id" ), simulation.nodeId( 100 ), QStringLiteral( "pressure" ) ).toDouble(),
        result->pressure.at( 0 ).at( 100 ) );
  }

  void cancelStopsTheSimulation()
  {
    WaterPanel panel( &mProject );
    QVERIFY( loadAndWait( panel ) );
    QSignalSpy finished( &panel, &WaterPanel::simulationFinished );
    QSignalSpy cancelled( &panel, &WaterPanel::cancelled );
    QVERIFY( panel.runSimulation( 168 ) );
    panel.cancel();
    QCOMPARE( cancelled.count(), 1 );
    QVERIFY( !panel.isBusy() );
    QVERIFY( !panel.progressBar()->isVisibleTo( &panel ) );
    // the solver stops between two solutions: the worker ends well before a week is simulated
    QElapsedTimer timer;
    timer.start();
    QVERIFY( QThreadPool::globalInstance()->waitForDone( 60000 ) );
    QCoreApplication::processEvents();
    QTest::qWait( 50 );
    QCOMPARE( finished.count(), 0 );
    QVERIFY( !panel.simulation() );
    QVERIFY( !panel.timeSlider()->isEnabled() );
    // and a new run works
    QVERIFY( simulateAndWait( panel, 1 ) );
    QCOMPARE( panel.simulation()->stepCount(), 13 );
  }

  void isolationEqualsTheModule_data()
  {
    QTest::addColumn<QString>( "pipe" );
    QTest::addColumn<bool>( "valvesAtPipeEnds" );
    QTest::newRow( "p100" ) << QStringLiteral( "p100" ) << false;
    QTest::newRow( "p227 (a meter pipe)" ) << QStringLiteral( "p227" ) << false;
    QTest::newRow( "p800" ) << QStringLiteral( "p800" ) << false;
    QTest::newRow( "p100, N rule" ) << QStringLiteral( "p100" ) << true;
    QTest::newRow( "p800, N rule" ) << QStringLiteral( "p800" ) << true;
  }

  void isolationEqualsTheModule()
  {
    QFETCH( QString, pipe );
    QFETCH( bool, valvesAtPipeEnds );
    WaterPanel panel( &mProject );
    QVERIFY( loadAndWait( panel ) );
    panel.setValvesAtPipeEnds( valvesAtPipeEnds );
    QString error;
    QVERIFY2( panel.isolate( pipe, &error ), qPrintable( error ) );
    // what vigie-cli water isolate TERRITORY --pipe ID [--valves-on-pipes] computes
    hydraulics::IsolationValves valves = hydraulics::IsolationValves::fromNetwork( mNetwork );
    valves.everyPipeEnd = valvesAtPipeEnds;
    hydraulics::IsolationResult expected;
    QVERIFY( hydraulics::isolatePipe( mNetwork, pipe, valves, &expected, &error ) );
    if ( valvesAtPipeEnds )
      QVERIFY( !expected.valvesToClose.isEmpty() ); // at least the burst pipe's own end valves
    QCOMPARE( panel.isolation().valvesToClose, expected.valvesToClose );
    QCOMPARE( panel.isolation().cutOffJunctions, expected.cutOffJunctions );
    QCOMPARE( panel.isolation().customers, expected.customers );
    QStringList listed;
    for ( int i = 0; i < panel.valveList()->count(); ++i )
      listed << panel.valveList()->item( i )->text();
    QCOMPARE( listed, expected.valvesToClose );
    // highlighted on the map: valves (links or end points), the burst pipe, the cut-off junctions
    QVERIFY( panel.isolationLines() && panel.isolationPoints() );
    std::set<QString> shownValves = roleIds( panel.isolationLines(), QStringLiteral( "valve" ) );
    const std::set<QString> pointValves = roleIds( panel.isolationPoints(), QStringLiteral( "valve" ) );
    shownValves.insert( pointValves.cbegin(), pointValves.cend() );
    QCOMPARE( shownValves, std::set<QString>( expected.valvesToClose.cbegin(), expected.valvesToClose.cend() ) );
    QCOMPARE( roleIds( panel.isolationLines(), QStringLiteral( "burst" ) ), std::set<QString>{ pipe } );
    QCOMPARE( roleIds( panel.isolationPoints(), QStringLiteral( "cut_off_junction" ) ),
              std::set<QString>( expected.cutOffJunctions.cbegin(), expected.cutOffJunctions.cend() ) );
  }

  void isolationOfAnUnknownPipe()
  {
    WaterPanel panel( &mProject );
    QVERIFY( loadAndWait( panel ) );
    QString error;
    QVERIFY( panel.isolate( QStringLiteral( "p100" ), &error ) );
    const QStringList before = panel.isolation().valvesToClose;
    QVERIFY( !panel.isolate( QStringLiteral( "no-such-pipe" ), &error ) );
    QVERIFY2( error.contains( QLatin1String( "no-such-pipe" ) ), qPrintable( error ) );
    QCOMPARE( panel.isolation().valvesToClose, before ); // nothing changed
    QCOMPARE( panel.valveList()->count(), before.size() );
  }

  void balanceAndLeaksEqualTheModule()
  {
    if ( !QFileInfo( mScada ).isDir() )
      QSKIP( "the BattLeDIM 2018 SCADA data is not here" );
    WaterPanel panel( &mProject );
    QVERIFY( loadAndWait( panel ) );
    panel.setScadaDirectory( mScada );
    QCOMPARE( panel.scadaDirectory(), mScada );

    QSignalSpy balanceDone( &panel, &WaterPanel::balanceFinished );
    QVERIFY( panel.runBalance() );
    QVERIFY( panel.isBusy() );
    QVERIFY( balanceDone.wait( 600000 ) );
    QVERIFY2( balanceDone.at( 0 ).at( 0 ).toBool(), qPrintable( balanceDone.at( 0 ).at( 1 ).toString() ) );
    qInfo( "%s", qPrintable( panel.statusText() ) );

    // the module, as vigie-cli water balance --network --scada computes it
    QString error;
    hydraulics::ScadaData data;
    QVERIFY2( data.read( mScada, true, &error ), qPrintable( error ) );
    QVector<hydraulics::ZoneBalance> expected;
    QVERIFY2( hydraulics::computeWaterBalance( mNetwork, data, nullptr, {}, -1, &expected, &error ), qPrintable( error ) );
    QVERIFY( !expected.isEmpty() );
    QTableWidget *table = panel.balanceTable();
    QCOMPARE( table->rowCount(), expected.size() );
    for ( int r = 0; r < expected.size(); ++r )
    {
      const hydraulics::BalanceSummary &s = expected.at( r ).summary;
      QCOMPARE( table->item( r, 0 )->text(), s.name );
      QCOMPARE( table->item( r, 1 )->data( Qt::UserRole ).toDouble(), s.inflow );
      QCOMPARE( table->item( r, 2 )->data( Qt::UserRole ).toDouble(), s.consumption );
      QCOMPARE( table->item( r, 3 )->data( Qt::UserRole ).toDouble(), s.realLosses );
      QCOMPARE( table->item( r, 4 )->data( Qt::UserRole ).toDouble(), s.nonRevenuePercent );
      QCOMPARE( table->item( r, 5 )->data( Qt::UserRole ).toDouble(), s.ili );
      QCOMPARE( table->item( r, 1 )->text(), QLocale().toString( s.inflow, 'f', 0 ) );
      QCOMPARE( table->item( r, 3 )->text(), QLocale().toString( s.realLosses, 'f', 0 ) );
      // the area's pipes on the map carry its losses
      QVERIFY( panel.balanceLayer() );
      const QString somePipe = expected.at( r ).pipes.first();
      QCOMPARE( attribute( panel.balanceLayer(), QStringLiteral( "link_id" ), somePipe, QStringLiteral( "real_losses" ) ).toDouble(),
                s.realLosses );
    }

    // leaks: vigie-cli water detect --network --scada without training
    QSignalSpy detectDone( &panel, &WaterPanel::detectionFinished );
    QVERIFY( panel.runDetection() );
    QVERIFY( detectDone.wait( 600000 ) );
    QVERIFY2( detectDone.at( 0 ).at( 0 ).toBool(), qPrintable( detectDone.at( 0 ).at( 1 ).toString() ) );
    qInfo( "%s", qPrintable( panel.statusText() ) );
    hydraulics::LeakDetector detector( mNetwork );
    QVector<hydraulics::DetectedLeak> leaks;
    QVERIFY2( detector.prepare( data, &error ) && detector.detect( data, &leaks, &error ), qPrintable( error ) );
    QCOMPARE( panel.leaks().size(), leaks.size() );
    QCOMPARE( panel.leakTable()->rowCount(), leaks.size() );
    for ( int i = 0; i < leaks.size(); ++i )
    {
      QCOMPARE( panel.leakTable()->item( i, 0 )->text(), leaks.at( i ).pipe );
      QCOMPARE( panel.leakTable()->item( i, 1 )->text(), hydraulics::formatScadaTime( leaks.at( i ).time ) );
    }
    if ( !leaks.isEmpty() )
    {
      const int last = leaks.size() - 1;
      panel.selectLeak( last );
      QCOMPARE( panel.candidateTable()->rowCount(), leaks.at( last ).candidates.size() );
      for ( int r = 0; r < leaks.at( last ).candidates.size(); ++r )
        QCOMPARE( panel.candidateTable()->item( r, 1 )->text(), leaks.at( last ).candidates.at( r ).pipe );
      // ranked candidates on the map
      QVERIFY( panel.leakLayer() );
      if ( !leaks.at( last ).candidates.isEmpty() )
        QCOMPARE(
            attribute( panel.leakLayer(), QStringLiteral( "pipe" ), leaks.at( last ).candidates.first().pipe, QStringLiteral( "rank" ) )
                    .toInt() <= 1,
            true );
    }
  }

  void noTerritory()
  {
    WaterPanel panel( &mProject );
    QVERIFY( !panel.runSimulation( 1 ) );
    QString error;
    QVERIFY( !panel.isolate( QStringLiteral( "p1" ), &error ) );
    QVERIFY( !error.isEmpty() );
    QVERIFY( !panel.linkLayer() );
  }
};

VIGIE_QGIS_TEST_MAIN( TestWaterPanel )
#include "tst_waterpanel.moc"
