// SPDX-License-Identifier: GPL-2.0-or-later
// The street-lighting panel offscreen: optimisation in the background against
// vigie::lighting::optimise, cancel, map styles, per-street profile, PDF report.

#include "inventory.h"
#include "lightinganalysis.h"
#include "lightingcharts.h"
#include "lightingmap.h"
#include "lightingpanel.h"
#include "optimiser.h"
#include "vigieqgistest.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QLocale>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <set>

using namespace vigie;

namespace
{
  struct Street
  {
    const char *id;
    const char *name;
    const char *roadType;
    double speed;
    double y; //!< the street runs along this line, from x = 770000 to 770400
  };

  struct Lamp
  {
    const char *technology;
    double power;
    const char *control;
    const char *cabinet;
    int street; //!< index in kStreets
    double x;
  };

  const Street kStreets[] = { { "S1", "Avenue de Test", "AV", 50, 6280000 },
                              { "S2", "Rue des Essais", "RUE", 30, 6280100 },
                              { "S3", "Place du Marché", "PL", 20, 6280200 },
                              { "S4", "Impasse Calme", "IMP", 30, 6280300 } };

  //! Two cabinets; old discharge lamps and a few LEDs, some dimmable.
  const Lamp kLamps[] = {
      { "HPS", 150, "none", "C1", 0, 20 }, { "HPS", 150, "none", "C1", 0, 120 },    { "HPS", 150, "1-10V", "C1", 0, 220 },
      { "MH", 100, "none", "C1", 0, 320 }, { "HPS", 100, "none", "C1", 1, 50 },     { "HPS", 100, "none", "C1", 1, 150 },
      { "LED", 40, "DALI", "C2", 1, 250 }, { "mercury", 125, "none", "C2", 2, 60 }, { "mercury", 125, "none", "C2", 2, 160 },
      { "LED", 30, "DALI", "C2", 2, 260 }, { "HPS", 70, "none", "C2", 3, 80 },      { "fluorescent", 36, "none", "C2", 3, 200 } };

  //! A small territory GeoPackage written with GDAL (the layers and fields the lighting plugin declares).
  QString writeTerritory( const QString &path )
  {
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
    GDALDataset *ds = driver->Create( path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr );
    if ( !ds )
      qFatal( "cannot create %s", qPrintable( path ) );
    OGRSpatialReference srs;
    srs.importFromEPSG( 2154 );
    OGRLayer *streets = ds->CreateLayer( "territory_streets", &srs, wkbMultiLineString, nullptr );
    for ( const char *name : { "street_id", "name", "road_type" } )
    {
      OGRFieldDefn f( name, OFTString );
      streets->CreateField( &f );
    }
    OGRFieldDefn speed( "speed_limit_kmh", OFTReal );
    streets->CreateField( &speed );
    for ( const Street &s : kStreets )
    {
      OGRFeature f( streets->GetLayerDefn() );
      f.SetField( "street_id", s.id );
      f.SetField( "name", s.name );
      f.SetField( "road_type", s.roadType );
      f.SetField( "speed_limit_kmh", s.speed );
      OGRMultiLineString multi;
      OGRLineString line;
      line.addPoint( 770000, s.y );
      line.addPoint( 770400, s.y );
      multi.addGeometry( &line );
      f.SetGeometry( &multi );
      if ( streets->CreateFeature( &f ) != OGRERR_NONE )
        qFatal( "cannot write a test street" );
    }
    OGRLayer *cabinets = ds->CreateLayer( "lighting_cabinets", &srs, wkbPoint, nullptr );
    OGRFieldDefn cabinetId( "cabinet_id", OFTString );
    cabinets->CreateField( &cabinetId );
    for ( const char *id : { "C1", "C2" } )
    {
      OGRFeature f( cabinets->GetLayerDefn() );
      f.SetField( "cabinet_id", id );
      OGRPoint p( 769990, 6280000 );
      f.SetGeometry( &p );
      if ( cabinets->CreateFeature( &f ) != OGRERR_NONE )
        qFatal( "cannot write a test cabinet" );
    }
    OGRLayer *lum = ds->CreateLayer( "lighting_luminaires", &srs, wkbPoint, nullptr );
    for ( const char *name : { "support_id", "technology", "street_id", "control", "cabinet_id" } )
    {
      OGRFieldDefn f( name, OFTString );
      lum->CreateField( &f );
    }
    OGRFieldDefn power( "power_w", OFTReal );
    lum->CreateField( &power );
    int n = 0;
    for ( const Lamp &l : kLamps )
    {
      OGRFeature f( lum->GetLayerDefn() );
      f.SetField( "support_id", QStringLiteral( "L%1" ).arg( ++n ).toUtf8().constData() );
      f.SetField( "technology", l.technology );
      f.SetField( "power_w", l.power );
      f.SetField( "control", l.control );
      f.SetField( "cabinet_id", l.cabinet );
      f.SetField( "street_id", kStreets[l.street].id );
      OGRPoint p( 770000 + l.x, kStreets[l.street].y + 5 );
      f.SetGeometry( &p );
      if ( lum->CreateFeature( &f ) != OGRERR_NONE )
        qFatal( "cannot write a test luminaire" );
    }
    GDALClose( ds );
    return path;
  }

  lighting::OptimisationParameters smallParameters()
  {
    lighting::OptimisationParameters p;
    p.retrofit.budgetPerYear = 8000; // one cabinet a year at most
    p.retrofit.years = 3;
    p.switchOffStart = 60;
    p.switchOffEnd = 5 * 60;
    return p;
  }

  QString number( double value, int decimals = 0 )
  {
    return QLocale().toString( value, 'f', decimals );
  }

  //! Pages of a PDF: pdfinfo (poppler-utils) when installed, else the page objects in the file.
  int pdfPages( const QString &path )
  {
    const QString pdfinfo = QStandardPaths::findExecutable( QStringLiteral( "pdfinfo" ) );
    if ( !pdfinfo.isEmpty() )
    {
      QProcess process;
      process.start( pdfinfo, { path } );
      process.waitForFinished( 20000 );
      const QRegularExpressionMatch m =
          QRegularExpression( QStringLiteral( "Pages:\\s+(\\d+)" ) ).match( QString::fromUtf8( process.readAllStandardOutput() ) );
      return m.hasMatch() ? m.captured( 1 ).toInt() : -1;
    }
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return -1;
    return QString::fromLatin1( file.readAll() ).count( QRegularExpression( QStringLiteral( "/Type\\s*/Page[^s]" ) ) );
  }
} // namespace

class TestLightingPanel : public test::Test
{
  Q_OBJECT

private:
  QgsProject mProject;
  QString mTerritory;

  bool loadAndWait( LightingPanel &panel, const QString &path )
  {
    QSignalSpy loaded( &panel, &LightingPanel::territoryLoaded );
    panel.setTerritory( path );
    return loaded.wait( 30000 ) && loaded.at( 0 ).at( 0 ).toBool();
  }

  bool runAndWait( LightingPanel &panel )
  {
    QSignalSpy finished( &panel, &LightingPanel::optimisationFinished );
    if ( !panel.run() )
      return false;
    return finished.wait( 60000 ) && finished.at( 0 ).at( 0 ).toBool();
  }

private slots:
  void initTestCase()
  {
    mProject.setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:2154" ) ) );
    mTerritory = writeTerritory( tempPath( QStringLiteral( "éclairage de test.gpkg" ) ) );
  }

  void showsTheModuleNumbers()
  {
    LightingPanel panel( &mProject );
    QVERIFY( loadAndWait( panel, mTerritory ) );
    QVERIFY( panel.streetLayer() && panel.luminaireLayer() );
    QCOMPARE( panel.luminaireLayer()->featureCount(), static_cast<long long>( std::size( kLamps ) ) );
    QCOMPARE( panel.streetLayer()->featureCount(), static_cast<long long>( std::size( kStreets ) ) );
    panel.setParameters( smallParameters() );

    QSignalSpy finished( &panel, &LightingPanel::optimisationFinished );
    QVERIFY( panel.run() );
    // the work is on another thread: the panel says so and stays usable
    QVERIFY( panel.isRunning() );
    QVERIFY( panel.progressBar()->isVisibleTo( &panel ) );
    QVERIFY( !panel.run() ); // one at a time
    QVERIFY( finished.wait( 60000 ) );
    QVERIFY2( finished.at( 0 ).at( 0 ).toBool(), qPrintable( finished.at( 0 ).at( 1 ).toString() ) );
    QVERIFY( !panel.isRunning() );

    // the same computation through the module, as vigie-cli lighting optimise does it
    lighting::Inventory inventory;
    QString error;
    QVERIFY2( lighting::loadInventory( mTerritory, &inventory, &error ), qPrintable( error ) );
    lighting::OptimisationResult expected;
    QVERIFY2( lighting::optimise( inventory, smallParameters(), &expected, &error ), qPrintable( error ) );

    const LightingAnalysis *a = panel.analysis();
    QVERIFY( a && a->optimised );
    QCOMPARE( a->result.baseline.kwh, expected.baseline.kwh );
    QCOMPARE( a->result.optimised.kwh, expected.optimised.kwh );
    QCOMPARE( a->result.investment, expected.investment );
    QVERIFY( expected.optimised.kwh < expected.baseline.kwh );
    // the table shows exactly those numbers
    QTableWidget *results = panel.resultsTable();
    QCOMPARE( results->item( 0, 0 )->text(), number( expected.baseline.kwh ) );
    QCOMPARE( results->item( 0, 1 )->text(), number( expected.dimmingOnly.kwh ) );
    QCOMPARE( results->item( 0, 2 )->text(), number( expected.optimised.kwh ) );
    QCOMPARE( results->item( 1, 2 )->text(), number( expected.optimised.eur ) );
    QCOMPARE( results->item( 2, 0 )->text(), number( expected.baseline.tco2, 1 ) );
    QCOMPARE( results->item( 0, 3 )->text(), number( 100 * expected.savingRatio, 1 ) + QStringLiteral( " %" ) );
    QCOMPARE( panel.planTable()->rowCount(), expected.plan.size() );
    for ( int y = 0; y < expected.plan.size(); ++y )
    {
      QCOMPARE( panel.planTable()->item( y, 0 )->text(), QString::number( expected.plan.at( y ).year ) );
      QCOMPARE( panel.planTable()->item( y, 3 )->text(), number( expected.plan.at( y ).cost ) );
    }
    // compliance table: every lit street, every band, the required class of the module
    QAbstractTableModel *compliance = panel.complianceModel();
    QCOMPARE( compliance->rowCount() * ( compliance->columnCount() - 2 ), expected.compliance.size() );
    int compliant = 0;
    for ( int r = 0; r < compliance->rowCount(); ++r )
      for ( int c = 2; c < compliance->columnCount(); ++c )
        compliant += compliance->index( r, c ).data( Qt::UserRole ).toBool() ? 1 : 0;
    QCOMPARE( compliant, expected.compliantCells );
    // the chart's power per band integrates to the module's energy after the plan
    const QVector<double> after = a->bandPowerAfterKw(), before = a->bandPowerBeforeKw();
    double kwhAfter = 0, kwhBefore = 0;
    for ( int b = 0; b < a->bands.size(); ++b )
    {
      kwhAfter += after.at( b ) * a->bands.at( b ).hours;
      kwhBefore += before.at( b ) * a->bands.at( b ).hours;
    }
    QVERIFY2( std::abs( kwhAfter - expected.optimised.kwh ) < 1e-6 * expected.optimised.kwh,
              qPrintable( QStringLiteral( "%1 vs %2" ).arg( kwhAfter ).arg( expected.optimised.kwh ) ) );
    QVERIFY( std::abs( kwhBefore - expected.baseline.kwh ) < 1e-6 * expected.baseline.kwh );
    // the map carries the proposed levels
    double lowest = 100;
    QgsFeature f;
    QgsFeatureIterator it = panel.luminaireLayer()->getFeatures();
    while ( it.nextFeature( f ) )
      lowest = std::min( lowest, f.attribute( QStringLiteral( "mean_level" ) ).toDouble() );
    QVERIFY( lowest < 100 );
    // and the year each luminaire is converted in, as the module's plan has it
    QHash<int, int> perYear;
    it = panel.luminaireLayer()->getFeatures();
    while ( it.nextFeature( f ) )
      ++perYear[f.attribute( QStringLiteral( "retrofit_year" ) ).toInt()];
    int converted = 0;
    for ( const lighting::PlanYear &y : expected.plan )
    {
      QCOMPARE( perYear.value( y.year ), y.luminaires );
      converted += y.luminaires;
    }
    QCOMPARE( converted, expected.convertedLuminaires );
    QCOMPARE( perYear.value( 0 ), static_cast<int>( panel.luminaireLayer()->featureCount() ) - converted ); // the others: not converted
  }

  void cancelDropsTheRun()
  {
    LightingPanel panel( &mProject );
    QVERIFY( loadAndWait( panel, mTerritory ) );
    panel.setParameters( smallParameters() );
    QSignalSpy finished( &panel, &LightingPanel::optimisationFinished );
    QSignalSpy cancelled( &panel, &LightingPanel::optimisationCancelled );
    QVERIFY( panel.run() );
    panel.cancel();
    QCOMPARE( cancelled.count(), 1 );
    QVERIFY( !panel.isRunning() );
    QVERIFY( !panel.progressBar()->isVisibleTo( &panel ) );
    // let the worker end, then deliver its signal: the result is dropped
    QThreadPool::globalInstance()->waitForDone( 60000 );
    QCoreApplication::processEvents();
    QTest::qWait( 50 );
    QCOMPARE( finished.count(), 0 );
    QVERIFY( !panel.analysis()->optimised );
    QVERIFY( panel.resultsTable()->item( 0, 0 )->text().isEmpty() );
    // and a new run works
    QVERIFY( runAndWait( panel ) );
    QVERIFY( panel.analysis()->optimised );
  }

  void cancelStopsTheWorker()
  {
    // a generated inventory big enough for a run of a few seconds
    lighting::OptimisationParameters p;
    p.retrofit.budgetPerYear = 2'000'000;
    LightingPanel panel( &mProject );
    panel.setAnalysis( LightingAnalysis::fromInventory( lighting::syntheticInventory( 120000, 9 ), p ) );
    panel.setParameters( p );
    QSignalSpy finished( &panel, &LightingPanel::optimisationFinished );
    QSignalSpy cancelled( &panel, &LightingPanel::optimisationCancelled );
    // the GUI thread keeps running its event loop while the worker optimises
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval( 10 );
    connect( &ticker, &QTimer::timeout, this, [&ticks] { ++ticks; } );
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    const int before = ticks;
    QVERIFY( panel.run() );
    QCOMPARE( panel.progressBar()->maximum(), 1000 ); // a real fraction, not a busy indicator
    // the progress bar follows the module's progress reports, and the GUI thread's timer kept ticking meanwhile;
    // cancel as soon as the run is well under way (waiting longer lets a fast machine finish the run first)
    QTRY_VERIFY_WITH_TIMEOUT( panel.progressBar()->value() >= 200 && ticks - before >= 3, 60000 );
    QVERIFY2( panel.isRunning(), "the run ended before the cancel: the test inventory is too small for this machine" );
    QVERIFY2( panel.statusText().contains( QStringLiteral( "%" ) ), qPrintable( panel.statusText() ) );
    const double runningFor = clock.elapsed() / 1000.0;
    panel.cancel();
    QCOMPARE( cancelled.count(), 1 );
    QVERIFY( !panel.isRunning() );
    QVERIFY( !panel.progressBar()->isVisibleTo( &panel ) );
    QVERIFY( panel.statusText().contains( QStringLiteral( "cancelled" ) ) );
    // the worker itself stops: the thread pool is free long before the run would have ended
    QElapsedTimer stopping;
    stopping.start();
    QVERIFY( QThreadPool::globalInstance()->waitForDone( 30000 ) );
    const double stopSeconds = stopping.elapsed() / 1000.0;
    qInfo( "cancelled after %.2f s of optimisation; the worker stopped %.3f s later", runningFor, stopSeconds );
    QVERIFY2( stopSeconds < 1.0, qPrintable( QString::number( stopSeconds ) ) );
    QCoreApplication::processEvents();
    QTest::qWait( 50 );
    QCOMPARE( finished.count(), 0 );
    QVERIFY( !panel.analysis()->optimised );
    QVERIFY( panel.resultsTable()->item( 0, 0 )->text().isEmpty() );
  }

  void styleSwitchChangesTheRenderer_data()
  {
    QTest::addColumn<int>( "style" );
    QTest::addColumn<bool>( "onStreets" );
    QTest::addColumn<QString>( "type" );
    QTest::addColumn<QString>( "attribute" );
    QTest::newRow( "class" ) << static_cast<int>( LightingMap::Style::Class ) << true << QStringLiteral( "categorizedSymbol" )
                             << QStringLiteral( "class" );
    QTest::newRow( "power" ) << static_cast<int>( LightingMap::Style::Power ) << false << QStringLiteral( "graduatedSymbol" )
                             << QStringLiteral( "system_w" );
    QTest::newRow( "technology" ) << static_cast<int>( LightingMap::Style::Technology ) << false << QStringLiteral( "categorizedSymbol" )
                                  << QStringLiteral( "technology" );
    QTest::newRow( "dimming" ) << static_cast<int>( LightingMap::Style::Dimming ) << false << QStringLiteral( "graduatedSymbol" )
                               << QStringLiteral( "mean_level" );
  }

  void styleSwitchChangesTheRenderer()
  {
    QFETCH( int, style );
    QFETCH( bool, onStreets );
    QFETCH( QString, type );
    QFETCH( QString, attribute );
    LightingPanel panel( &mProject );
    QVERIFY( loadAndWait( panel, mTerritory ) );
    // start from another style so that the switch is a change
    panel.setMapStyle( style == static_cast<int>( LightingMap::Style::Class ) ? LightingMap::Style::Power : LightingMap::Style::Class );
    QgsVectorLayer *layer = onStreets ? panel.streetLayer() : panel.luminaireLayer();
    const QgsFeatureRenderer *previous = layer->renderer();
    const QString previousAttribute = previous->type() == QLatin1String( "graduatedSymbol" )
                                          ? static_cast<const QgsGraduatedSymbolRenderer *>( previous )->classAttribute()
                                          : static_cast<const QgsCategorizedSymbolRenderer *>( previous )->classAttribute();
    panel.setMapStyle( static_cast<LightingMap::Style>( style ) );
    QCOMPARE( static_cast<int>( panel.mapStyle() ), style );
    const QgsFeatureRenderer *renderer = layer->renderer();
    QCOMPARE( renderer->type(), type );
    const QString shown = type == QLatin1String( "graduatedSymbol" )
                              ? static_cast<const QgsGraduatedSymbolRenderer *>( renderer )->classAttribute()
                              : static_cast<const QgsCategorizedSymbolRenderer *>( renderer )->classAttribute();
    QCOMPARE( shown, attribute );
    QVERIFY( shown != previousAttribute );
    if ( style == static_cast<int>( LightingMap::Style::Class ) )
    {
      // one category per class the module selected
      std::set<QString> expected, shownClasses;
      for ( int s = 0; s < panel.analysis()->classes.size(); ++s )
        expected.insert( panel.analysis()->classes.at( s ).design.lightingClass.name() );
      for ( const QgsRendererCategory &c : static_cast<const QgsCategorizedSymbolRenderer *>( renderer )->categories() )
        shownClasses.insert( c.value().toString() );
      QCOMPARE( shownClasses, expected );
    }
  }

  void streetProfileExplainsTheClass()
  {
    LightingPanel panel( &mProject );
    QVERIFY( loadAndWait( panel, mTerritory ) );
    const LightingAnalysis *a = panel.analysis();
    panel.selectStreet( 0 );
    QCOMPARE( panel.selectedStreet(), 0 );
    const QString text = panel.explanationText();
    QVERIFY2( text.contains( a->classes.at( 0 ).design.lightingClass.name() ), qPrintable( text ) );
    QVERIFY( !a->classes.at( 0 ).design.explanation.isEmpty() );
    QVERIFY2( text.contains( a->classes.at( 0 ).design.explanation.section( QLatin1Char( '\n' ), 0, 0 ).left( 20 ) ), qPrintable( text ) );
    QCOMPARE( panel.streetLayer()->selectedFeatureCount(), 1 );
    // the profile chart has one bar per band
    std::unique_ptr<Chart> chart( lightingcharts::streetProfile( *a, 0 ) );
    QVERIFY( !lightingcharts::render( chart.get(), QSize( 400, 300 ) ).isNull() );
    QVERIFY( runAndWait( panel ) );
    // the run replaces the analysis: \a a points to the old one, freed
    const LightingAnalysis *optimised = panel.analysis();
    QVERIFY( optimised );
    QVERIFY( panel.explanationText().contains( optimised->streetProfileText( 0 ).left( 5 ) ) );
  }

  void pdfReport()
  {
    LightingPanel panel( &mProject );
    QVERIFY( loadAndWait( panel, mTerritory ) );
    QString error;
    QVERIFY( !panel.exportPdf( tempPath( QStringLiteral( "early.pdf" ) ), nullptr, &error ) ); // nothing optimised yet
    QVERIFY( !error.isEmpty() );
    QVERIFY( !QFile::exists( tempPath( QStringLiteral( "early.pdf" ) ) ) );
    panel.setParameters( smallParameters() );
    QVERIFY( runAndWait( panel ) );
    const QString path = tempPath( QStringLiteral( "rapport éclairage.pdf" ) );
    int pages = 0;
    QVERIFY2( panel.exportPdf( path, &pages, &error ), qPrintable( error ) );
    QCOMPARE( pages, 2 );
    QVERIFY( QFileInfo( path ).size() > 10000 );
    QCOMPARE( pdfPages( path ), 2 );
  }

  void badTerritory()
  {
    LightingPanel panel( &mProject );
    QSignalSpy loaded( &panel, &LightingPanel::territoryLoaded );
    const QString missing = tempPath( QStringLiteral( "absent.gpkg" ) );
    panel.setTerritory( missing );
    QVERIFY( loaded.wait( 30000 ) );
    QVERIFY( !loaded.at( 0 ).at( 0 ).toBool() );
    QVERIFY2( loaded.at( 0 ).at( 1 ).toString().contains( QStringLiteral( "absent.gpkg" ) ),
              qPrintable( loaded.at( 0 ).at( 1 ).toString() ) );
    QVERIFY( !panel.streetLayer() );
    QVERIFY( !panel.run() );
  }
};

VIGIE_QGIS_TEST_MAIN( TestLightingPanel )
#include "tst_lightingpanel.moc"
