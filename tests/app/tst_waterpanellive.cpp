// SPDX-License-Identifier: GPL-2.0-or-later
// The water panel's leak inputs and live leaks offscreen: the training folder and leak list
// (remembered in the settings, used by "Detect leaks" like `water detect --train --train-leaks`),
// and the live monitor on a territory holding the replay week (L-TOWN and the replay feed's
// observations): it runs in the background, lists the live leaks and raises their alarms in the
// territory, once.
#include "alarms.h"
#include "decoder.h"
#include "leakdetector.h"
#include "leakscore.h"
#include "observationstore.h"
#include "pluginmanager.h"
#include "replayfeed.h"
#include "scada.h"
#include "territory.h"
#include "vigieqgistest.h"
#include "waterpanel.h"
#include "waterterritory.h"

#include <qgsproject.h>

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>

using namespace vigie;

class TestWaterPanelLive : public test::Test
{
  Q_OBJECT

private:
  std::unique_ptr<PluginManager> mPlugins;
  QgsProject mProject;
  QString mTrainingDir;

  bool haveTraining() const { return QFileInfo::exists( QDir( mTrainingDir ).filePath( QStringLiteral( "Pressures.csv.gz" ) ) ); }

private Q_SLOTS:
  void initTestCase()
  {
    qputenv( "VIGIE_PLUGIN_PATH", vigie::test::pluginDirectory().toUtf8() );
    QCoreApplication::setOrganizationName( QStringLiteral( "vigie-test" ) );
    QSettings::setPath( QSettings::NativeFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
    mPlugins = std::make_unique<PluginManager>();
    mPlugins->loadFrom( { vigie::test::pluginDirectory() } );
    QVERIFY2( mPlugins->plugin( QStringLiteral( "water" ) ), "the water plugin is built" );
    mTrainingDir = vigie::test::sharedDataPath( QStringLiteral( "water/battledim-sim/2018" ) );
  }

  void trainingInputsRemembered()
  {
    const QString dir = tempPath( QStringLiteral( "année d'entraînement" ) );
    const QString leaks = QDir( dir ).filePath( QStringLiteral( "fuites 2018.csv" ) );
    {
      WaterPanel panel( &mProject );
      QLineEdit *edit = panel.findChild<QLineEdit *>( QStringLiteral( "waterTrainDirectory" ) );
      QLineEdit *leakEdit = panel.findChild<QLineEdit *>( QStringLiteral( "waterTrainLeaks" ) );
      QVERIFY( edit && leakEdit );
      panel.setTraining( dir, leaks );
      QCOMPARE( edit->text(), dir );
      QCOMPARE( leakEdit->text(), leaks );
      QCOMPARE( QSettings().value( QStringLiteral( "water/trainDirectory" ) ).toString(), dir );
    }
    {
      WaterPanel panel( &mProject ); // a new session: the same inputs
      QCOMPARE( panel.trainingDirectory(), dir );
      QCOMPARE( panel.trainingLeaks(), leaks );
      // typed in the line edit
      QLineEdit *edit = panel.findChild<QLineEdit *>( QStringLiteral( "waterTrainDirectory" ) );
      edit->setText( QString() );
      Q_EMIT edit->editingFinished();
      QCOMPARE( panel.trainingDirectory(), QString() );
      QCOMPARE( QSettings().value( QStringLiteral( "water/trainDirectory" ) ).toString(), QString() );
    }
  }

  void liveLeaksOnTheReplayWeek()
  {
    if ( !haveTraining() )
      QSKIP( "the 2018 BattLeDIM-like data (shared/data/water/battledim-sim/2018) is not here" );
    // L-TOWN and the replay week, as the demo stores it
    const QString path = tempPath( QStringLiteral( "semaine rejouée.gpkg" ) );
    TerritoryInfo info;
    info.name = QStringLiteral( "L-Town" );
    QString error, summary;
    QVERIFY2( Territory::create( path, info, mPlugins->plugins(), &error ), qPrintable( error ) );
    hydraulics::WaterImportOptions options;
    options.benchmark = true;
    QVERIFY2( hydraulics::importInpIntoTerritory( path, vigie::test::demoSourcePath( QStringLiteral( "water/L-TOWN.inp" ) ), options,
                                                  &summary, &error ),
              qPrintable( error ) );
    {
      std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( path, &error );
      QVERIFY2( store, qPrintable( error ) );
      feeds::ReplayFeed feed;
      std::unique_ptr<feeds::Decoder> decoder = feeds::createDecoder( QStringLiteral( "json" ), &error );
      feeds::ReplayStats stats;
      const QDateTime start( QDate( 2018, 1, 22 ), QTime( 0, 0 ), Qt::UTC );
      QVERIFY2( decoder && feed.prepare( *store, &error ) && feed.run( *store, *decoder, start, start.addDays( 7 ), &stats, &error ),
                qPrintable( error ) );
    }

    WaterPanel panel( &mProject );
    panel.setTraining( mTrainingDir, QDir( mTrainingDir ).filePath( QStringLiteral( "leaks_2018.csv" ) ) );
    QSignalSpy updated( &panel, &WaterPanel::liveUpdated );
    panel.setLiveTerritory( path );
    QVERIFY( updated.wait( 300000 ) );
    QVERIFY2( updated.at( 0 ).at( 0 ).toBool(), qPrintable( updated.at( 0 ).at( 2 ).toString() ) );
    const int raised = updated.at( 0 ).at( 1 ).toInt();
    qInfo( "%s; %s", qPrintable( updated.at( 0 ).at( 2 ).toString() ),
           qPrintable( panel.findChild<QLabel *>( QStringLiteral( "waterLiveStatus" ) )->text() ) );
    QVERIFY( !panel.liveLeaks().isEmpty() ); // p257, running since 2018-01-08
    QVERIFY( panel.findChild<QLabel *>( QStringLiteral( "waterLiveStatus" ) )->text().contains( QStringLiteral( "2018-01-28 23:55" ) ) );
    QCOMPARE( raised, panel.liveLeaks().size() );
    QCOMPARE( panel.leakTable()->rowCount(), panel.liveLeaks().size() );
    if ( !panel.liveLeaks().isEmpty() )
      QCOMPARE( panel.leakTable()->item( 0, 0 )->text(), panel.liveLeaks().constFirst().pipe );
    auto leakAlarms = [&path]()
    {
      QString e;
      QList<feeds::Alarm> out;
      std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( path, &e );
      for ( const feeds::Alarm &a : store->alarms()->alarms( true ) )
        if ( a.ruleId == 0 )
          out << a;
      return out;
    };
    const QList<feeds::Alarm> alarms = leakAlarms();
    QCOMPARE( alarms.size(), raised );
    for ( const feeds::Alarm &a : alarms )
      QCOMPARE( a.layer, QStringLiteral( "water_pipes" ) );

    // nothing new stored: a further update raises nothing; the same territory opened again: no duplicate
    panel.updateLive();
    panel.waitForLive();
    panel.setLiveTerritory( QString() );
    panel.setLiveTerritory( path );
    QVERIFY( updated.wait( 300000 ) );
    QCOMPARE( updated.constLast().at( 1 ).toInt(), 0 );
    QCOMPARE( leakAlarms().size(), alarms.size() );
    QCOMPARE( panel.liveLeaks().size(), raised );
  }
};

VIGIE_QGIS_TEST_MAIN( TestWaterPanelLive )
#include "tst_waterpanellive.moc"
