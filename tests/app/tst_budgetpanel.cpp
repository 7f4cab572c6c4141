// SPDX-License-Identifier: GPL-2.0-or-later
// The participatory-budget panel offscreen: reading in the background, two rules side by
// side against vigie::budget::allocate, overrides with their audit log, exports.

#include "audit.h"
#include "budgetchart.h"
#include "budgetmap.h"
#include "budgetmodel.h"
#include "budgetoverridedialog.h"
#include "budgetpanel.h"
#include "budgetstore.h"
#include "explanation.h"
#include "pabulib.h"
#include "rules.h"
#include "territory.h"
#include "territorylayers.h"
#include "vigieqgistest.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <set>

using namespace vigie;

namespace
{
  // Greedy by cost funds p1 and p2 (the two most approved big projects); equal shares give the
  // lone voter of p4 their share, so p4 replaces p2.
  const char *const kSmallPb = "META\n"
                               "key;value\n"
                               "description;Quartiers test\n"
                               "budget;100\n"
                               "vote_type;approval\n"
                               "PROJECTS\n"
                               "project_id;cost;name;category;district\n"
                               "p1;50;Parc;green;Nord\n"
                               "p2;50;Piste;mobility;Nord\n"
                               "p3;50;Skate;sport;Sud\n"
                               "p4;20;Bancs;green;Sud\n"
                               "VOTES\n"
                               "voter_id;vote\n"
                               "1;p1,p2\n"
                               "2;p1,p2\n"
                               "3;p1,p2\n"
                               "4;p4,p3\n";

  // kSmallPb with places: p1..p4 in districts named as in the territory but for case and
  // accents, p5 at coordinates, p6 in a district the territory does not have.
  const char *const kPlacedPb = "META\n"
                                "key;value\n"
                                "description;Quartiers test\n"
                                "budget;100\n"
                                "vote_type;approval\n"
                                "PROJECTS\n"
                                "project_id;cost;name;category;district;latitude;longitude\n"
                                "p1;50;Parc;green;nord;;\n"
                                "p2;50;Piste;mobility;NORD;;\n"
                                "p3;50;Skate;sport;Sud-Est;;\n"
                                "p4;20;Bancs;green;sud est;;\n"
                                "p5;200;Pont;mobility;;43.6108;3.8767\n"
                                "p6;10;Fresque;culture;Ouest;;\n"
                                "VOTES\n"
                                "voter_id;vote\n"
                                "1;p1,p2\n"
                                "2;p1,p2\n"
                                "3;p1,p2\n"
                                "4;p4,p3\n";

  //! A territory "districts" layer (Lambert-93) as TerritoryLayers puts it on a project.
  QgsVectorLayer *addDistricts( QgsProject *project )
  {
    auto *layer = new QgsVectorLayer( QStringLiteral( "MultiPolygon?crs=EPSG:2154&field=code:string&field=name:string" ),
                                      QStringLiteral( "Districts" ), QStringLiteral( "memory" ) );
    layer->setCustomProperty( TerritoryLayers::qualifiedNameProperty(), QStringLiteral( "territory:districts" ) );
    QgsFeature north( layer->fields() );
    north.setAttributes( QgsAttributes() << QStringLiteral( "N" ) << QStringLiteral( "Nord" ) );
    north.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "MultiPolygon(((770000 6280000, 772000 6280000, 772000 6282000, 770000 6282000, 770000 6280000)))" ) ) );
    QgsFeature south( layer->fields() );
    south.setAttributes( QgsAttributes() << QStringLiteral( "SE" ) << QStringLiteral( "Sud-Est" ) );
    south.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "MultiPolygon(((770000 6276000, 772000 6276000, 772000 6278000, 770000 6278000, 770000 6276000)))" ) ) );
    layer->dataProvider()->addFeatures( QgsFeatureList() << north << south );
    project->addMapLayer( layer );
    return layer;
  }
} // namespace

class TestBudgetPanel : public test::Test
{
  Q_OBJECT

private:
  QString writeSmall( const QString &name )
  {
    const QString path = tempPath( name );
    QFile file( path );
    if ( !file.open( QIODevice::WriteOnly ) )
      qFatal( "cannot write %s", qPrintable( path ) );
    file.write( kSmallPb );
    return path;
  }

  //! Opens \a path and waits for the file and the default rules.
  bool openAndWait( BudgetPanel &panel, const QString &path )
  {
    QSignalSpy opened( &panel, &BudgetPanel::fileOpened );
    QSignalSpy computed( &panel, &BudgetPanel::rulesComputed );
    panel.openFile( path );
    if ( !opened.wait( 20000 ) || !opened.at( 0 ).at( 0 ).toBool() )
      return false;
    return computed.count() > 0 || computed.wait( 20000 );
  }

private slots:
  void rulesSideBySide_data()
  {
    QTest::addColumn<QString>( "file" );
    QTest::addColumn<QString>( "ruleA" );
    QTest::addColumn<QString>( "ruleB" );
    QTest::addColumn<QString>( "completionB" );
    QTest::addColumn<bool>( "expectDifference" );
    QTest::newRow( "small greedy-cost vs mes-cost" ) << QString() << "greedy-cost"
                                                     << "mes-cost"
                                                     << "none" << true;
    QTest::newRow( "small greedy-cost vs mes-cost+greedy" ) << QString() << "greedy-cost"
                                                            << "mes-cost"
                                                            << "greedy" << true;
    QTest::newRow( "small same rule" ) << QString() << "greedy-cost"
                                       << "greedy-cost"
                                       << "none" << false;
    QTest::newRow( "cumulative greedy-points vs mes-points" ) << "budget/cumulative.pb"
                                                              << "greedy-points"
                                                              << "mes-points"
                                                              << "none" << false;
  }

  void rulesSideBySide()
  {
    QFETCH( QString, file );
    QFETCH( QString, ruleA );
    QFETCH( QString, ruleB );
    QFETCH( QString, completionB );
    QFETCH( bool, expectDifference );
    const QString path = file.isEmpty() ? writeSmall( QStringLiteral( "small.pb" ) ) : copyFixture( file );

    BudgetPanel panel;
    QVERIFY( openAndWait( panel, path ) );
    QVERIFY( !panel.isBusy() );
    QSignalSpy computed( &panel, &BudgetPanel::rulesComputed );
    QString error;
    QVERIFY2( panel.setRules( ruleA, ruleB, QString(), completionB, &error ), qPrintable( error ) );
    QVERIFY( panel.isBusy() );
    QVERIFY( computed.wait( 20000 ) );
    QVERIFY( computed.last().at( 0 ).toBool() );
    QVERIFY( !panel.isBusy() );

    // the same outcomes as the module, computed independently here
    budget::Election election;
    QVERIFY2( budget::PabulibReader::readFile( path, election, &error ), qPrintable( error ) );
    budget::RuleSpec specA;
    budget::RuleSpec specB;
    QVERIFY( budget::RuleSpec::parse( ruleA, QString(), election, specA, &error ) );
    QVERIFY( budget::RuleSpec::parse( ruleB, completionB, election, specB, &error ) );
    const budget::Outcome expectedA = budget::allocate( election, specA );
    const budget::Outcome expectedB = budget::allocate( election, specB );
    QVERIFY( panel.outcomeA() && panel.outcomeB() );
    QCOMPARE( panel.outcomeA()->sortedIds( election ), expectedA.sortedIds( election ) );
    QCOMPARE( panel.outcomeB()->sortedIds( election ), expectedB.sortedIds( election ) );
    QCOMPARE( panel.outcomeB()->spec.fullName(), specB.fullName() );

    // the table says the same, and highlights exactly the differing projects
    const QAbstractItemModel *view = panel.projectView()->model();
    QCOMPARE( view->rowCount(), election.projectCount() );
    const std::set<int> selectedA( expectedA.selected.begin(), expectedA.selected.end() );
    const std::set<int> selectedB( expectedB.selected.begin(), expectedB.selected.end() );
    int highlighted = 0;
    for ( int row = 0; row < view->rowCount(); ++row )
    {
      const int p = view->index( row, 0 ).data( BudgetProjectModel::ProjectIndexRole ).toInt();
      QCOMPARE( view->index( row, BudgetProjectModel::IdColumn ).data().toString(), election.projectId( p ) );
      const bool inA = selectedA.count( p ) > 0;
      const bool inB = selectedB.count( p ) > 0;
      QCOMPARE( view->index( row, BudgetProjectModel::FundedAColumn ).data().toString(),
                inA ? QStringLiteral( "yes" ) : QStringLiteral( "no" ) );
      QCOMPARE( view->index( row, BudgetProjectModel::FundedBColumn ).data().toString(),
                inB ? QStringLiteral( "yes" ) : QStringLiteral( "no" ) );
      QCOMPARE( view->index( row, 0 ).data( BudgetProjectModel::DifferRole ).toBool(), inA != inB );
      QCOMPARE( view->index( row, BudgetProjectModel::CostColumn ).data( Qt::BackgroundRole ).isValid(), inA != inB );
      highlighted += inA != inB ? 1 : 0;
    }
    QCOMPARE( highlighted > 0, expectDifference );
    QVERIFY( panel.totalsText().contains( election.formatMoney( expectedA.cost ) ) );
    QVERIFY( panel.totalsText().contains( QStringLiteral( "only one of the two rules (highlighted): %1" ).arg( highlighted ) ) );

    // explanation of a project: the module's reason for rule A
    const budget::Explanation explanation = budget::explain( election, expectedA );
    const budget::ProjectExplanation &last = explanation.projects.back();
    panel.selectProject( last.project );
    QVERIFY( panel.explanationText().contains( last.reason ) );

    // charts from the module's aggregates
    QCOMPARE( panel.satisfactionChart()->bars().size(), static_cast<int>( explanation.satisfaction.fundedCountHistogram.size() ) );
    for ( int k = 0; k < panel.satisfactionChart()->bars().size(); ++k )
      QCOMPARE( panel.satisfactionChart()->bars().at( k ).value,
                static_cast<double>( explanation.satisfaction.fundedCountHistogram[static_cast<size_t>( k )] ) );
    QCOMPARE( panel.fundingChart()->bars().size(), static_cast<int>( explanation.byCategory.size() ) );
    // the bars are painted: pixels of the bar colour in a rendering of the chart
    BudgetBarChart standalone; // the panel's own chart sits in a hidden tab, which render() skips
    standalone.setTitle( panel.fundingChart()->title() );
    standalone.setBars( panel.fundingChart()->bars() );
    BudgetBarChart *chart = &standalone;
    chart->resize( 400, chart->sizeHint().height() );
    QImage image( chart->size(), QImage::Format_ARGB32 );
    image.fill( Qt::white );
    chart->render( &image );
    const QRgb barColour = chart->palette().color( QPalette::Highlight ).rgb();
    int barPixels = 0;
    for ( int y = 0; y < image.height(); ++y )
      for ( int x = 0; x < image.width(); ++x )
        barPixels += image.pixel( x, y ) == barColour ? 1 : 0;
    const bool anyFunded = std::any_of( explanation.byCategory.begin(), explanation.byCategory.end(),
                                        []( const budget::ProjectGroup &g ) { return g.fundedCost > 0; } );
    QCOMPARE( barPixels > 0, anyFunded );
  }

  void sortable()
  {
    BudgetPanel panel;
    QVERIFY( openAndWait( panel, writeSmall( QStringLiteral( "sort.pb" ) ) ) );
    QTableView *view = panel.projectView();
    view->sortByColumn( BudgetProjectModel::CostColumn, Qt::AscendingOrder );
    QCOMPARE( view->model()->index( 0, BudgetProjectModel::IdColumn ).data().toString(), QStringLiteral( "p4" ) );
    view->sortByColumn( BudgetProjectModel::ScoreColumn, Qt::DescendingOrder );
    const QString top = view->model()->index( 0, BudgetProjectModel::ScoreColumn ).data().toString();
    QCOMPARE( top, QStringLiteral( "3" ) );
  }

  void badFileNamesLine()
  {
    const QString path = copyFixture( QStringLiteral( "budget/bad-vote.pb" ) );
    budget::Election election;
    QString expected;
    QVERIFY( !budget::PabulibReader::readFile( path, election, &expected ) );

    BudgetPanel panel;
    QSignalSpy opened( &panel, &BudgetPanel::fileOpened );
    QSignalSpy errors( &panel, &BudgetPanel::errorOccurred );
    panel.openFile( path );
    QVERIFY( opened.wait( 20000 ) );
    QVERIFY( !opened.at( 0 ).at( 0 ).toBool() );
    QCOMPARE( opened.at( 0 ).at( 1 ).toString(), expected );
    QVERIFY( expected.contains( QStringLiteral( "bad-vote.pb:" ) ) );
    QVERIFY( expected.contains( QRegularExpression( QStringLiteral( ":\\d+:" ) ) ) );
    QCOMPARE( errors.count(), 1 );
    QVERIFY( !panel.election() );
    QVERIFY( !panel.isBusy() );
  }

  void overrideNeedsReason()
  {
    BudgetOverrideDialog dialog( QStringLiteral( "p1" ), true );
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button( QDialogButtonBox::Ok );
    QVERIFY( !ok->isEnabled() );
    dialog.setReason( QStringLiteral( "   " ) );
    QVERIFY( !ok->isEnabled() );
    dialog.accept();
    QCOMPARE( dialog.result(), static_cast<int>( QDialog::Rejected ) );
    QVERIFY( !dialog.include() ); // funded project: the dialog proposes to exclude it
    dialog.setReason( QStringLiteral( "Land not available" ) );
    QVERIFY( ok->isEnabled() );
    dialog.accept();
    QCOMPARE( dialog.result(), static_cast<int>( QDialog::Accepted ) );

    const QString path = writeSmall( QStringLiteral( "override.pb" ) );
    BudgetPanel panel;
    QVERIFY( openAndWait( panel, path ) );
    QString error;
    QVERIFY( !panel.addOverride( QStringLiteral( "p3" ), true, QStringLiteral( "  " ), &error ) );
    QVERIFY( error.contains( QStringLiteral( "reason" ) ) );
    QVERIFY( !panel.addOverride( QStringLiteral( "nope" ), true, QStringLiteral( "x" ), &error ) );
    QVERIFY( error.contains( QStringLiteral( "nope" ) ) );
    QVERIFY( panel.auditLog().entries().isEmpty() );
    QVERIFY( !QFile::exists( panel.auditPath() ) );

    const std::vector<int> before = panel.finalSelection();
    const int p3 = panel.election()->projectIndex( "p3" );
    QVERIFY( std::find( before.begin(), before.end(), p3 ) == before.end() );
    QVERIFY2( panel.addOverride( QStringLiteral( "p3" ), true, QStringLiteral( "Council vote of 12 May" ), &error ), qPrintable( error ) );
    const std::vector<int> after = panel.finalSelection();
    QVERIFY( std::find( after.begin(), after.end(), p3 ) != after.end() );
    QCOMPARE( after.size(), before.size() + 1 );
    QCOMPARE( panel.auditLog().entries().size(), 1 );
    const BudgetAuditEntry entry = panel.auditLog().entries().at( 0 );
    QCOMPARE( entry.user, BudgetAuditLog::currentUser() );
    QVERIFY( qAbs( entry.when.secsTo( QDateTime::currentDateTimeUtc() ) ) < 60 );
    QCOMPARE( entry.projectId, QStringLiteral( "p3" ) );
    QVERIFY( entry.include );
    QCOMPARE( panel.projectModel()->index( p3, BudgetProjectModel::OverrideColumn ).data().toString(), QStringLiteral( "included" ) );
    QVERIFY( panel.totalsText().contains( QStringLiteral( "After the overrides" ) ) );

    // saved next to the .pb, and read back when the file is opened again
    QCOMPARE( panel.auditPath(), path + QStringLiteral( ".audit.json" ) );
    QFile saved( panel.auditPath() );
    QVERIFY( saved.open( QIODevice::ReadOnly ) );
    const QJsonArray overrides = QJsonDocument::fromJson( saved.readAll() ).object().value( QStringLiteral( "overrides" ) ).toArray();
    QCOMPARE( overrides.size(), 1 );
    QCOMPARE( overrides.at( 0 ).toObject().value( QStringLiteral( "reason" ) ).toString(), QStringLiteral( "Council vote of 12 May" ) );
    QCOMPARE( overrides.at( 0 ).toObject().value( QStringLiteral( "action" ) ).toString(), QStringLiteral( "include" ) );
    QCOMPARE( overrides.at( 0 ).toObject().value( QStringLiteral( "user" ) ).toString(), entry.user );

    BudgetPanel reopened;
    QVERIFY( openAndWait( reopened, path ) );
    QCOMPARE( reopened.auditLog().entries().size(), 1 );
    QCOMPARE( reopened.auditLog().entries().at( 0 ).reason, QStringLiteral( "Council vote of 12 May" ) );
  }

  void projectsOnMap()
  {
    const QString path = tempPath( QStringLiteral( "placed.pb" ) );
    {
      QFile file( path );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( kPlacedPb );
    }
    QgsProject project;
    QgsMapCanvas canvas;
    QgsVectorLayer *districts = addDistricts( &project );

    BudgetPanel panel;
    panel.setMap( &canvas, &project );
    QVERIFY( openAndWait( panel, path ) );
    QSignalSpy computed( &panel, &BudgetPanel::rulesComputed );
    QString error;
    QVERIFY2( panel.setRules( QStringLiteral( "greedy-cost" ), QStringLiteral( "mes-cost" ), QString(), QStringLiteral( "none" ), &error ),
              qPrintable( error ) );
    QVERIFY( computed.wait( 20000 ) );

    BudgetMap *map = panel.map();
    QVERIFY( map && map->layer() );
    QCOMPARE( map->placedByLocation(), 1 );
    QCOMPARE( map->placedByDistrict(), 4 );
    QCOMPARE( map->unplaced(), 1 );
    QCOMPARE( map->layer()->featureCount(), 5L );
    QVERIFY( project.layerTreeRoot()->findGroup( BudgetMap::layerName() ) );
    QVERIFY( panel.totalsText().contains( QStringLiteral( "1 projects have neither" ) ) );

    // status of each point = what the two rules decide, computed here independently
    const budget::Election &election = *panel.election();
    budget::RuleSpec specA;
    budget::RuleSpec specB;
    QVERIFY( budget::RuleSpec::parse( QStringLiteral( "greedy-cost" ), QString(), election, specA, &error ) );
    QVERIFY( budget::RuleSpec::parse( QStringLiteral( "mes-cost" ), QStringLiteral( "none" ), election, specB, &error ) );
    const budget::Outcome a = budget::allocate( election, specA );
    const budget::Outcome b = budget::allocate( election, specB );
    QVERIFY( a.sortedIds( election ) != b.sortedIds( election ) ); // the map has something to show
    const QgsCoordinateTransform toLambert( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), districts->crs(), &project );
    QHash<QString, QgsFeature> byId;
    QgsFeatureIterator it = map->layer()->getFeatures();
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
      byId.insert( feature.attribute( QStringLiteral( "project_id" ) ).toString(), feature );
    QCOMPARE( byId.size(), 5 );
    QVERIFY( !byId.contains( QStringLiteral( "p6" ) ) );
    for ( auto i = byId.constBegin(); i != byId.constEnd(); ++i )
    {
      const int p = election.projectIndex( i.key().toStdString() );
      const bool inA = a.contains( p );
      const bool inB = b.contains( p );
      const int expected = inA && inB ? BudgetMap::FundedByBoth : inA ? BudgetMap::FundedByAOnly : inB ? BudgetMap::FundedByBOnly : BudgetMap::NotFunded;
      QCOMPARE( i.value().attribute( QStringLiteral( "status" ) ).toInt(), expected );
    }
    // district projects inside their district, two in one district not on the same spot; p5 at its coordinates
    auto lambert = [&]( const QString &id ) { return QgsGeometry::fromPointXY( toLambert.transform( byId.value( id ).geometry().asPoint() ) ); };
    const QgsGeometry north = districts->getFeature( 1 ).geometry();
    const QgsGeometry south = districts->getFeature( 2 ).geometry();
    QVERIFY( north.contains( lambert( QStringLiteral( "p1" ) ) ) );
    QVERIFY( north.contains( lambert( QStringLiteral( "p2" ) ) ) );
    QVERIFY( south.contains( lambert( QStringLiteral( "p3" ) ) ) );
    QVERIFY( south.contains( lambert( QStringLiteral( "p4" ) ) ) );
    QVERIFY( lambert( QStringLiteral( "p1" ) ).distance( lambert( QStringLiteral( "p2" ) ) ) > 100 );
    QCOMPARE( byId.value( QStringLiteral( "p5" ) ).attribute( QStringLiteral( "placement" ) ).toString(), QStringLiteral( "location" ) );
    QVERIFY( qAbs( byId.value( QStringLiteral( "p5" ) ).geometry().asPoint().y() - 43.6108 ) < 1e-9 );
    QVERIFY( qAbs( byId.value( QStringLiteral( "p5" ) ).geometry().asPoint().x() - 3.8767 ) < 1e-9 );

    // table -> map
    const int p3 = election.projectIndex( "p3" );
    panel.selectProject( p3 );
    QCOMPARE( map->layer()->selectedFeatureIds(), QgsFeatureIds() << byId.value( QStringLiteral( "p3" ) ).id() );
    // map -> table
    map->layer()->selectByIds( QgsFeatureIds() << byId.value( QStringLiteral( "p4" ) ).id() );
    const QModelIndex current = panel.projectView()->selectionModel()->currentIndex();
    QCOMPARE( current.sibling( current.row(), BudgetProjectModel::IdColumn ).data().toString(), QStringLiteral( "p4" ) );

    // an override changes the colour: p3 included by the administrator is funded by rule A
    QVERIFY( !a.contains( p3 ) );
    QVERIFY2( panel.addOverride( QStringLiteral( "p3" ), true, QStringLiteral( "Council vote" ), &error ), qPrintable( error ) );
    QgsFeatureIterator after = map->layer()->getFeatures();
    bool seen = false;
    while ( after.nextFeature( feature ) )
    {
      if ( feature.attribute( QStringLiteral( "project_id" ) ).toString() != QLatin1String( "p3" ) )
        continue;
      seen = true;
      QCOMPARE( feature.attribute( QStringLiteral( "status" ) ).toInt(), b.contains( p3 ) ? int( BudgetMap::FundedByBoth ) : int( BudgetMap::FundedByAOnly ) );
    }
    QVERIFY( seen );

    // another territory opened: the project is cleared, the layer comes back on refresh
    project.clear();
    QVERIFY( !map->layer() );
    addDistricts( &project );
    panel.refreshMap();
    QVERIFY( map->layer() );
    QCOMPARE( map->layer()->featureCount(), 5L );
    // without districts only the project with coordinates is placed
    project.clear();
    panel.refreshMap();
    QVERIFY( map->layer() );
    QCOMPARE( map->placedByLocation(), 1 );
    QCOMPARE( map->unplaced(), 5 );
  }

  void attachToTerritory()
  {
    // "Attach to territory": the module function of `vigie-cli budget attach`, with rule A
    BudgetPanel panel;
    QPushButton *attach = nullptr;
    for ( QPushButton *button : panel.findChildren<QPushButton *>() )
      if ( button->text() == QLatin1String( "Attach to territory" ) )
        attach = button;
    QVERIFY( attach );
    QVERIFY( !attach->isEnabled() );
    QString error;
    QVERIFY( !panel.attachToTerritory( &error ) );
    QVERIFY( !error.isEmpty() );
    const QString path = writeSmall( QStringLiteral( "attach.pb" ) );
    QVERIFY( openAndWait( panel, path ) );
    QVERIFY( !attach->isEnabled() ); // no territory open yet
    const QString territory = tempPath( QStringLiteral( "budget territory.gpkg" ) );
    TerritoryInfo info;
    info.name = QStringLiteral( "Budget" );
    QVERIFY2( Territory::create( territory, info, {}, &error ), qPrintable( error ) );
    panel.setTerritory( territory );
    QVERIFY( attach->isEnabled() );
    QSignalSpy attached( &panel, &BudgetPanel::attachedToTerritory );
    attach->click();
    QVERIFY( attached.wait( 20000 ) );
    QVERIFY2( attached.first().at( 0 ).toBool(), qPrintable( attached.first().at( 1 ).toString() ) );
    budget::AttachedElection stored;
    budget::AllocationResult result;
    bool found = false;
    QVERIFY2( budget::attachedAllocation( territory, &stored, &result, &found, &error ), qPrintable( error ) );
    QCOMPARE( stored.name, QStringLiteral( "attach.pb" ) );
    QCOMPARE( stored.rule, panel.outcomeA()->spec.name() );
    QCOMPARE( result.outcome.sortedIds( result.election ), panel.outcomeA()->sortedIds( *panel.election() ) );
  }

  void exports()
  {
    const QString path = writeSmall( QStringLiteral( "export é.pb" ) );
    BudgetPanel panel;
    QVERIFY( openAndWait( panel, path ) );
    QString error;
    QVERIFY2( panel.addOverride( QStringLiteral( "p2" ), false, QStringLiteral( "Duplicate of a regional project" ), &error ),
              qPrintable( error ) );

    const QString csv = tempPath( QStringLiteral( "table é.csv" ) );
    QVERIFY2( panel.exportCsv( csv, &error ), qPrintable( error ) );
    QFile csvFile( csv );
    QVERIFY( csvFile.open( QIODevice::ReadOnly ) );
    const QStringList lines = QString::fromUtf8( csvFile.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    QCOMPARE( lines.size(), panel.election()->projectCount() + 1 );
    QVERIFY( lines.at( 0 ).startsWith( QStringLiteral( "Id,Title,Cost" ) ) );
    QVERIFY( lines.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "Parc" ) ) );

    const QString pb = tempPath( QStringLiteral( "export.pb" ) );
    QVERIFY2( panel.exportPb( pb, &error ), qPrintable( error ) );
    budget::Election back;
    QVERIFY2( budget::PabulibReader::readFile( pb, back, &error ), qPrintable( error ) );
    QCOMPARE( back.projectCount(), panel.election()->projectCount() );
    QCOMPARE( back.budget, panel.election()->budget );

    const QString pdf = tempPath( QStringLiteral( "council.pdf" ) );
    QVERIFY2( panel.exportPdf( pdf, &error ), qPrintable( error ) );
    QFile pdfFile( pdf );
    QVERIFY( pdfFile.open( QIODevice::ReadOnly ) );
    QVERIFY( pdfFile.size() > 1000 );
    QVERIFY( pdfFile.read( 4 ) == "%PDF" );

    // a destination that cannot be written: clear error, nothing written
    const QString bad = tempPath( QStringLiteral( "missing/dir/table.csv" ) );
    QVERIFY( !panel.exportCsv( bad, &error ) );
    QVERIFY( !error.isEmpty() );
    QVERIFY( !QFile::exists( bad ) );
  }
};

VIGIE_QGIS_TEST_MAIN( TestBudgetPanel )
#include "tst_budgetpanel.moc"
