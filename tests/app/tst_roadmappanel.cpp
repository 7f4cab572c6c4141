// SPDX-License-Identifier: GPL-2.0-or-later
// The roadmap panel offscreen: Gantt drag with the dependency order kept, refused edits with
// their message, matrix classes and budget chart against modules/roadmap, the merge dialog,
// the roadmap stored in the territory and shown on the map, the PDF report in the background.

#include "demobuilder.h"
#include "demoroadmap.h"
#include "merge.h"
#include "prioritisation.h"
#include "roadmapcharts.h"
#include "roadmapfile.h"
#include "roadmapgantt.h"
#include "roadmapmergedialog.h"
#include "roadmappanel.h"
#include "roadmapprojectdialog.h"
#include "roadmapreport.h"
#include "roadmapstore.h"
#include "scheduling.h"
#include "territory.h"
#include "vigieqgistest.h"

#include <qgsmapcanvas.h>

#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>

using namespace vigie;
using namespace vigie::roadmap;

namespace
{
  Project project( const QString &id, const QString &start, int months, double capex, const QStringList &dependencies = {},
                   Status status = Status::Approved )
  {
    Project p;
    p.id = id;
    p.title = QStringLiteral( "Projet %1" ).arg( id );
    p.domain = Domain::Energy;
    p.start = YearMonth::fromString( start );
    p.durationMonths = months;
    p.capex = capex;
    p.dependencies = dependencies;
    p.status = status;
    if ( p.isCommitted() )
      p.actualStart = p.start;
    p.benefits << Benefit{ QStringLiteral( "kWh" ), 1000, QStringLiteral( "kWh/an" ) };
    return p;
  }

  //! a -> b -> c, d committed (in progress), e independent.
  Roadmap chain()
  {
    Roadmap r;
    r.name = QStringLiteral( "Chaîne" );
    r.projects << project( QStringLiteral( "a" ), QStringLiteral( "2026-01" ), 6, 100000 )
               << project( QStringLiteral( "b" ), QStringLiteral( "2026-07" ), 6, 100000, { QStringLiteral( "a" ) } )
               << project( QStringLiteral( "c" ), QStringLiteral( "2027-01" ), 12, 300000, { QStringLiteral( "b" ) } )
               << project( QStringLiteral( "d" ), QStringLiteral( "2026-01" ), 12, 240000, {}, Status::InProgress )
               << project( QStringLiteral( "e" ), QStringLiteral( "2026-03" ), 3, 20000 );
    r.normalise();
    return r;
  }

  RoadmapSettings chainSettings()
  {
    RoadmapSettings s;
    s.caps = { { 2026, 1000000 }, { 2027, 1000000 } };
    return s;
  }

  QByteArray digest( const QString &path )
  {
    QFile file( path );
    return file.open( QIODevice::ReadOnly ) ? QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 ) : QByteArray();
  }

  void checkOrder( const Roadmap &r )
  {
    for ( const Project &p : r.projects )
      for ( const QString &d : p.dependencies )
        QVERIFY2( p.start.monthIndex() >= r.project( d )->end().monthIndex(),
                  qPrintable( QStringLiteral( "%1 starts %2 before %3 ends %4" ).arg( p.id, p.start.toString(), d, r.project( d )->end().toString() ) ) );
  }
} // namespace

class TestRoadmapPanel : public test::Test
{
  Q_OBJECT

private slots:
  void ganttDrawsTheRoadmap()
  {
    RoadmapPanel panel;
    panel.setRoadmap( chain(), chainSettings() );
    RoadmapGanttView *gantt = panel.ganttView();
    QCOMPARE( gantt->arrowCount(), 2 );
    CriticalPath cp;
    QString error;
    QVERIFY( computeCriticalPath( chain(), &cp, &error ) );
    QCOMPARE( gantt->criticalProjects(), QSet<QString>( cp.path.begin(), cp.path.end() ) );
    QVERIFY( !cp.path.isEmpty() );
    // bar geometry: start and duration
    for ( const Project &p : chain().projects )
    {
      const QRectF bar = gantt->barRect( p.id );
      QVERIFY( !bar.isNull() );
      QCOMPARE( bar.width(), p.durationMonths * RoadmapGanttView::kMonthWidth );
      QCOMPARE( bar.left(), RoadmapGanttView::kLabelWidth + ( p.start.monthIndex() - gantt->firstMonth().monthIndex() ) * RoadmapGanttView::kMonthWidth );
    }
  }

  void dragMovesAndKeepsTheDependencyOrder()
  {
    RoadmapPanel panel;
    panel.setRoadmap( chain(), chainSettings() );
    RoadmapGanttView *gantt = panel.ganttView();
    QSignalSpy changed( &panel, &RoadmapPanel::roadmapChanged );
    const double left = gantt->barRect( QStringLiteral( "a" ) ).left();

    // a moved 4 months later (a drag of 4.3 months snaps to 4): b and c follow, the order holds
    QVERIFY( gantt->dragBar( QStringLiteral( "a" ), 4.3 * RoadmapGanttView::kMonthWidth ) );
    QCOMPARE( changed.count(), 1 );
    QCOMPARE( panel.roadmap().project( QStringLiteral( "a" ) )->start, ( YearMonth{ 2026, 5 } ) );
    QCOMPARE( panel.roadmap().project( QStringLiteral( "b" ) )->start, ( YearMonth{ 2026, 11 } ) );
    QCOMPARE( panel.roadmap().project( QStringLiteral( "c" ) )->start, ( YearMonth{ 2027, 5 } ) );
    QCOMPARE( panel.roadmap().project( QStringLiteral( "e" ) )->start, ( YearMonth{ 2026, 3 } ) ); // untouched
    checkOrder( panel.roadmap() );
    QCOMPARE( gantt->barRect( QStringLiteral( "a" ) ).left(), left + 4 * RoadmapGanttView::kMonthWidth ); // redrawn
    // the change log says who moved what
    bool logged = false;
    for ( const ChangeLogEntry &e : panel.roadmap().changes )
      logged = logged || ( e.projectId == QLatin1String( "a" ) && e.field == QLatin1String( "start" ) );
    QVERIFY( logged );

    // c dragged later, then back before b ends: it starts when b ends
    QVERIFY( gantt->dragBar( QStringLiteral( "c" ), 6 * RoadmapGanttView::kMonthWidth ) );
    QCOMPARE( panel.roadmap().project( QStringLiteral( "c" ) )->start, ( YearMonth{ 2027, 11 } ) );
    QVERIFY( gantt->dragBar( QStringLiteral( "c" ), -14 * RoadmapGanttView::kMonthWidth ) );
    QCOMPARE( panel.roadmap().project( QStringLiteral( "c" ) )->start, panel.roadmap().project( QStringLiteral( "b" ) )->end() );
    checkOrder( panel.roadmap() );
    // a committed project does not move
    QVERIFY( !gantt->dragBar( QStringLiteral( "d" ), 3 * RoadmapGanttView::kMonthWidth ) );
    QString error;
    QVERIFY( !panel.moveProject( QStringLiteral( "d" ), YearMonth{ 2026, 6 }, &error ) );
    QVERIFY2( error.contains( QLatin1String( "Projet d" ) ) && error.contains( QLatin1String( "start" ) ), qPrintable( error ) );
    QCOMPARE( panel.roadmap().project( QStringLiteral( "d" ) )->start, ( YearMonth{ 2026, 1 } ) );
    // the budget chart follows the plan
    QCOMPARE( panel.shownBudgets().size(), planBudgets( panel.roadmap(), chainSettings().caps ).size() );
    QCOMPARE( panel.budgetChart()->plannedValues().value( 0 ), planBudgets( panel.roadmap(), chainSettings().caps ).value( 0 ).planned );
  }

  void cycleAndCapRefused()
  {
    RoadmapPanel panel;
    panel.setRoadmap( chain(), chainSettings() );
    const Roadmap before = panel.roadmap();

    // the edit form of a: a depends on c closes the cycle a -> b -> c -> a
    RoadmapProjectDialog dialog( *panel.roadmap().project( QStringLiteral( "a" ) ), panel.roadmap(),
                                 [&panel]( const Project &p, QString *error ) { return panel.validateProject( p, error ); } );
    QListWidget *dependencies = dialog.dependencyList();
    for ( int i = 0; i < dependencies->count(); ++i )
      if ( dependencies->item( i )->data( Qt::UserRole ).toString() == QLatin1String( "c" ) )
        dependencies->item( i )->setCheckState( Qt::Checked );
    QVERIFY( !dialog.tryAccept() );
    const QString message = dialog.errorText();
    QVERIFY2( message.contains( QLatin1String( "Projet a" ) ) && message.contains( QLatin1String( "\"dependencies\"" ) ) && message.contains( QLatin1String( "cycle" ) ),
              qPrintable( message ) );
    QCOMPARE( dialog.result(), int( QDialog::Rejected ) );
    QVERIFY( panel.roadmap() == before );

    // a field that does not parse names the field
    dependencies->item( 0 )->setCheckState( Qt::Unchecked );
    for ( int i = 0; i < dependencies->count(); ++i )
      dependencies->item( i )->setCheckState( Qt::Unchecked );
    dialog.fundingEdit()->setText( QStringLiteral( "DSIL=beaucoup" ) );
    QVERIFY( !dialog.tryAccept() );
    QVERIFY2( dialog.errorText().contains( QLatin1String( "funding" ) ) && dialog.errorText().contains( QLatin1String( "Projet a" ) ), qPrintable( dialog.errorText() ) );
    // corrected: accepted, applied
    dialog.fundingEdit()->setText( QStringLiteral( "DSIL=30000; FEDER=20000" ) );
    dialog.titleEdit()->setText( QStringLiteral( "Projet a renommé" ) );
    QVERIFY2( dialog.tryAccept(), qPrintable( dialog.errorText() ) );
    QString error;
    QVERIFY2( panel.updateProject( dialog.project(), &error ), qPrintable( error ) );
    QCOMPARE( panel.roadmap().project( QStringLiteral( "a" ) )->funding.size(), 2 );

    // a cap below the spending committed that year (d spends 240 000 in 2026)
    QVERIFY( !panel.setCap( 2026, 100000, &error ) );
    QVERIFY2( error.contains( QLatin1String( "2026" ) ) && error.contains( QLatin1String( "Projet d" ) ), qPrintable( error ) );
    QCOMPARE( panel.settings().caps.value( 2026 ), 1000000.0 );
    // the same through the caps table: refused, the table shows the stored cap again
    QTableWidget *caps = panel.capsTable();
    int row = -1;
    for ( int i = 0; i < caps->rowCount(); ++i )
      if ( caps->item( i, 0 )->text() == QLatin1String( "2026" ) )
        row = i;
    QVERIFY( row >= 0 );
    caps->item( row, 1 )->setText( QStringLiteral( "1000" ) );
    QVERIFY2( panel.lastError().contains( QLatin1String( "2026" ) ), qPrintable( panel.lastError() ) );
    QCOMPARE( panel.settings().caps.value( 2026 ), 1000000.0 );
    QCOMPARE( QLocale().toDouble( panel.capsTable()->item( row, 1 )->text() ), 1000000.0 );
    // a cap above it is accepted
    QVERIFY2( panel.setCap( 2026, 900000, &error ), qPrintable( error ) );
    QCOMPARE( panel.settings().caps.value( 2026 ), 900000.0 );
  }

  void matrixAndRankingFollowTheWeights()
  {
    RoadmapPanel panel;
    const Roadmap demo = demoRoadmap();
    panel.setRoadmap( demo, demoRoadmapSettings( demo ) );
    for ( const Weights &weights : { Weights(), Weights{ 0.1, 0.7, 0.1, 0.1 } } )
    {
      QString error;
      QVERIFY2( panel.setWeights( weights, &error ), qPrintable( error ) );
      QList<RankedProject> expected;
      QVERIFY( rankProjects( demo, weights, &expected, &error ) );
      QCOMPARE( panel.ranking().size(), expected.size() );
      for ( MatrixClass c : { MatrixClass::QuickWin, MatrixClass::Structural, MatrixClass::FillIn, MatrixClass::Questionable } )
      {
        QStringList ids;
        for ( const RankedProject &r : expected )
          if ( r.matrixClass == c )
            ids << r.id;
        QCOMPARE( panel.matrixChart()->projectsOf( c ), ids );
      }
      QVERIFY( !panel.matrixChart()->projectsOf( MatrixClass::QuickWin ).isEmpty() );
      QVERIFY( !panel.matrixChart()->projectsOf( MatrixClass::Structural ).isEmpty() );
      for ( int i = 0; i < expected.size(); ++i )
        QCOMPARE( panel.rankingTable()->item( i, 1 )->text(), expected.at( i ).title );
      // the ranking explained for the selected project
      panel.selectProject( expected.first().id );
      QCOMPARE( panel.explanationText(), expected.first().explanation );
    }
    // negative weights refused, nothing changes
    QString error;
    QVERIFY( !panel.setWeights( Weights{ -1, 0, 0, 0 }, &error ) );
    QVERIFY( !error.isEmpty() );
    QCOMPARE( panel.settings().weights.cost, 0.7 );
  }

  void budgetChartEqualsScheduling()
  {
    RoadmapPanel panel;
    const Roadmap demo = demoRoadmap();
    const RoadmapSettings settings = demoRoadmapSettings( demo );
    panel.setRoadmap( demo, settings );
    // before scheduling: the plan as it stands
    const QList<YearBudget> current = planBudgets( demo, settings.caps );
    QCOMPARE( panel.budgetChart()->years().size(), current.size() );
    for ( int i = 0; i < current.size(); ++i )
    {
      QCOMPARE( panel.budgetChart()->committedValues().at( i ), current.at( i ).committed );
      QCOMPARE( panel.budgetChart()->plannedValues().at( i ), current.at( i ).planned );
    }
    // scheduling in the background: the chart shows the scheduler's own figures
    QSignalSpy done( &panel, &RoadmapPanel::scheduleFinished );
    panel.runSchedule();
    QVERIFY( panel.isBusy() );
    QVERIFY( done.wait( 120000 ) );
    QVERIFY2( done.first().at( 0 ).toBool(), qPrintable( done.first().at( 1 ).toString() ) );
    ScheduleOptions options;
    options.caps = settings.caps;
    options.weights = settings.weights;
    Schedule expected;
    QString error;
    QVERIFY2( scheduleRoadmap( demo, options, &expected, &error ), qPrintable( error ) );
    RoadmapBudgetChart *chart = panel.budgetChart();
    QCOMPARE( chart->years().size(), expected.years.size() );
    for ( int i = 0; i < expected.years.size(); ++i )
    {
      const YearBudget &y = expected.years.at( i );
      QCOMPARE( chart->years().at( i ), y.year );
      QVERIFY( qAbs( chart->committedValues().at( i ) - y.committed ) < 0.5 );
      QVERIFY( qAbs( chart->plannedValues().at( i ) - y.planned ) < 0.5 );
      QCOMPARE( chart->capValues().at( i ), y.capped ? y.cap : -1.0 );
      if ( y.capped )
        QVERIFY( chart->committedValues().at( i ) + chart->plannedValues().at( i ) <= y.cap + 0.5 );
    }
    // the plan is applied to the roadmap
    for ( const ScheduledProject &s : expected.projects )
      if ( s.scheduled && !s.committed )
        QCOMPARE( panel.roadmap().project( s.id )->start, s.start );
    checkOrder( panel.roadmap() );
  }

  void kpiChartShowsMeasuredAgainstTarget()
  {
    RoadmapPanel panel;
    panel.setRoadmap( chain(), chainSettings() );
    panel.selectProject( QStringLiteral( "a" ) );
    QVERIFY( std::isnan( panel.kpiChart()->percentages().value( 0 ) ) );
    QString error;
    QVERIFY2( panel.setKpiActual( QStringLiteral( "a" ), QStringLiteral( "kWh" ), 750, &error ), qPrintable( error ) );
    QCOMPARE( panel.kpiChart()->percentages(), QList<double>{ 75.0 } );
    QVERIFY( !panel.setKpiActual( QStringLiteral( "a" ), QStringLiteral( "litres" ), 1, &error ) );
    QVERIFY2( error.contains( QLatin1String( "litres" ) ), qPrintable( error ) );
  }

  void mergeDialogResolvesAndSaves()
  {
    Roadmap base = chain();
    Roadmap ours = base;
    Roadmap theirs = base;
    ours.project( QStringLiteral( "a" ) )->title = QStringLiteral( "Titre à nous" );
    theirs.project( QStringLiteral( "a" ) )->title = QStringLiteral( "Titre à eux" );
    theirs.project( QStringLiteral( "e" ) )->capex = 25000; // not a conflict
    ours.project( QStringLiteral( "b" ) )->durationMonths = 8;
    theirs.projects.removeAt( theirs.indexOf( QStringLiteral( "c" ) ) ); // deleted there ...
    ours.project( QStringLiteral( "c" ) )->capex = 310000;               // ... edited here: conflict, not a loss
    QString error;
    const QString basePath = tempPath( QStringLiteral( "base.json" ) );
    const QString oursPath = tempPath( QStringLiteral( "ours.json" ) );
    const QString theirsPath = tempPath( QStringLiteral( "theirs.json" ) );
    QVERIFY( writeRoadmap( basePath, base, &error ) && writeRoadmap( oursPath, ours, &error ) && writeRoadmap( theirsPath, theirs, &error ) );
    const QByteArray oursDigest = digest( oursPath );

    RoadmapMergeDialog dialog;
    dialog.setPaths( basePath, oursPath, theirsPath );
    QVERIFY2( dialog.merge( &error ), qPrintable( error ) );
    QCOMPARE( dialog.conflictTable()->rowCount(), 2 );
    QCOMPARE( dialog.merged().project( QStringLiteral( "e" ) )->capex, 25000.0 );
    QCOMPARE( dialog.merged().project( QStringLiteral( "b" ) )->durationMonths, 8 );
    QVERIFY( dialog.merged().project( QStringLiteral( "c" ) ) ); // kept until resolved
    int titleRow = -1;
    int deleteRow = -1;
    for ( int i = 0; i < dialog.merged().conflicts.size(); ++i )
      ( dialog.merged().conflicts.at( i ).kind == Conflict::Kind::Field ? titleRow : deleteRow ) = i;
    QVERIFY( titleRow >= 0 && deleteRow >= 0 );
    QCOMPARE( dialog.conflictTable()->item( titleRow, 1 )->text(), QStringLiteral( "title" ) );
    QVERIFY( dialog.conflictTable()->item( titleRow, 4 )->text().contains( QStringLiteral( "Titre à nous" ) ) );
    QVERIFY( dialog.conflictTable()->item( titleRow, 5 )->text().contains( QStringLiteral( "Titre à eux" ) ) );

    // keep theirs for the title; then keep mine (the edited project) for the delete/edit conflict
    QVERIFY2( dialog.resolve( titleRow, Resolution::KeepTheirs, QJsonValue(), &error ), qPrintable( error ) );
    QCOMPARE( dialog.merged().project( QStringLiteral( "a" ) )->title, QStringLiteral( "Titre à eux" ) );
    QCOMPARE( dialog.conflictTable()->rowCount(), 1 );
    const bool cDeletedByTheirs = dialog.merged().conflicts.first().theirs.isUndefined();
    QVERIFY( cDeletedByTheirs );
    QVERIFY2( dialog.resolve( 0, Resolution::KeepMine, QJsonValue(), &error ), qPrintable( error ) );
    QCOMPARE( dialog.merged().project( QStringLiteral( "c" ) )->capex, 310000.0 );
    QCOMPARE( dialog.conflictTable()->rowCount(), 0 );
    // edit: an invalid value is refused with the reason, nothing changes
    QVERIFY( !dialog.resolve( 0, Resolution::Edit, QJsonValue( 3 ), &error ) );

    // never over an input; a new file atomically
    QVERIFY( !dialog.save( oursPath, &error ) );
    QVERIFY2( error.contains( QLatin1String( "ours.json" ) ), qPrintable( error ) );
    QCOMPARE( digest( oursPath ), oursDigest );
    const QString mergedPath = tempPath( QStringLiteral( "fusion é.json" ) );
    QVERIFY2( dialog.save( mergedPath, &error ), qPrintable( error ) );
    Roadmap saved;
    QVERIFY2( readRoadmap( mergedPath, &saved, &error ), qPrintable( error ) );
    QVERIFY( saved == dialog.merged() );
    QVERIFY( saved.conflicts.isEmpty() );
    QVERIFY( dialog.summaryText().contains( QLatin1String( "fusion" ) ) );
  }

  void territoryMapAndReport()
  {
    const QString path = tempPath( QStringLiteral( "montpellier démo.gpkg" ) );
    QString error;
    QVERIFY2( DemoBuilder::build( QStringLiteral( "montpellier" ), path, {}, QStringLiteral( VIGIE_SOURCE_DIR "/resources/demo" ), &error ), qPrintable( error ) );
    QVERIFY2( addDemoRoadmap( path, QStringLiteral( "montpellier" ), &error ), qPrintable( error ) );

    QgsMapCanvas canvas;
    canvas.setDestinationCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:2154" ) ) );
    canvas.resize( 400, 300 );
    RoadmapPanel panel;
    panel.setMapCanvas( &canvas );
    QVERIFY2( panel.setTerritory( path, &error ), qPrintable( error ) );
    QVERIFY( panel.roadmap().projects.size() >= 30 );

    // the selected project's districts are highlighted, the map zooms to them
    QString croix;
    for ( const Project &p : panel.roadmap().projects )
      if ( p.title.contains( QLatin1String( "Croix d'Argent" ) ) )
        croix = p.id;
    QVERIFY( !croix.isEmpty() );
    panel.selectProject( croix );
    QCOMPARE( panel.highlightedFeatureCount(), panel.roadmap().project( croix )->assetIds.size() );
    QVERIFY( panel.highlightedFeatureCount() >= 1 );
    QVERIFY( canvas.extent().width() < 20000 ); // zoomed to the district, not the whole commune

    // an edit is saved to the territory at once
    const Project *movable = nullptr;
    for ( const Project &p : panel.roadmap().projects )
      if ( !p.isCommitted() && p.status != Status::Cancelled && p.dependencies.isEmpty() )
      {
        bool hasSuccessor = false;
        for ( const Project &other : panel.roadmap().projects )
          hasSuccessor = hasSuccessor || other.dependencies.contains( p.id );
        if ( !hasSuccessor )
          movable = &p;
      }
    QVERIFY( movable );
    const QString id = movable->id;
    const YearMonth target = movable->start.addMonths( 2 );
    QVERIFY2( panel.moveProject( id, target, &error ), qPrintable( error ) );
    StoredRoadmap stored;
    QVERIFY( loadRoadmapFromTerritory( path, &stored, &error ) );
    QCOMPARE( stored.roadmap.project( id )->start, target );

    // the PDF report in the background
    const QString pdf = tempPath( QStringLiteral( "rapport.pdf" ) );
    QSignalSpy done( &panel, &RoadmapPanel::reportFinished );
    panel.exportReport( pdf );
    QVERIFY( panel.isBusy() );
    QVERIFY( done.wait( 60000 ) );
    QVERIFY2( done.first().at( 0 ).toBool(), qPrintable( done.first().at( 1 ).toString() ) );
    QFile file( pdf );
    QVERIFY( file.open( QIODevice::ReadOnly ) );
    const QByteArray bytes = file.readAll();
    QVERIFY( bytes.startsWith( "%PDF" ) );
    QCOMPARE( int( bytes.count( "/Type /Page" ) - bytes.count( "/Type /Pages" ) ), reportSectionTitles().size() ); // one page per section

    // a territory whose stored roadmap is malformed: a clear error, an empty panel
    sqlite3Corrupt( path );
    QVERIFY( !panel.setTerritory( path, &error ) );
    QVERIFY2( error.contains( QLatin1String( "montpellier" ) ), qPrintable( error ) );
    QVERIFY( panel.roadmap().projects.isEmpty() );
    QVERIFY( !panel.saveToTerritory( &error ) ); // nothing written over it
  }

private:
  void sqlite3Corrupt( const QString &path )
  {
    // through the store's own API: a raw statement in one transaction
    QString error;
    std::unique_ptr<Territory> territory = Territory::open( path, {}, Territory::Mode::ReadWrite, &error );
    QVERIFY2( territory, qPrintable( error ) );
    QVERIFY2( territory->executeInTransaction( { QStringLiteral( "UPDATE roadmap_documents SET json = '{ broken'" ) }, &error ), qPrintable( error ) );
  }
};

VIGIE_QGIS_TEST_MAIN( TestRoadmapPanel )
#include "tst_roadmappanel.moc"
