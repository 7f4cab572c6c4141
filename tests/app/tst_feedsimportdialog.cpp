// SPDX-License-Identifier: GPL-2.0-or-later
// Feeds ▸ Import history… offscreen: a CSV file and a SensorThings service (local HTTP server served by
// this thread's event loop while the import runs on a worker thread), a bad line, Cancel.
#include "../modules/feeds/feedstestutil.h"
#include "../modules/feeds/testhttpserver.h"
#include "feedsimportdialog.h"
#include "observationstore.h"
#include "vigieqgistest.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace vigie;

class TestFeedsImportDialog : public vigie::test::Test
{
  Q_OBJECT

private:
  int mFiles = 0;
  static constexpr int kPage = 100;
  static constexpr int kTotal = 5000;

  QString territory()
  {
    const QString path = tempPath( QStringLiteral( "dialog territory %1 é.gpkg" ).arg( ++mFiles ) );
    const QString error = vigie::test::createFeedsTerritory( path );
    if ( !error.isEmpty() )
      qFatal( "%s", qPrintable( error ) );
    return path;
  }

  static qint64 storedCount( const QString &path )
  {
    QString error;
    std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::openReadOnly( path, &error );
    return store ? store->count() : -1;
  }

  QString writeFile( const QString &name, const QByteArray &content )
  {
    const QString path = tempPath( name );
    QFile file( path );
    if ( !file.open( QIODevice::WriteOnly ) || file.write( content ) != content.size() )
      qFatal( "cannot write %s", qPrintable( path ) );
    return path;
  }

  static void choose( FeedsImportDialog &dialog, feeds::HistorySource source, const QString &location )
  {
    QComboBox *combo = dialog.findChild<QComboBox *>( QStringLiteral( "source" ) );
    combo->setCurrentIndex( combo->findData( static_cast<int>( source ) ) );
    dialog.findChild<QLineEdit *>( QStringLiteral( "location" ) )->setText( location );
  }

private Q_SLOTS:
  void csvFileInTheBackground()
  {
    const QString path = territory();
    const QString csv = writeFile( QStringLiteral( "relevés é.csv" ), "sensor,time,value,unit\n"
                                                                      "P-1,2024-05-01T00:00:00Z,1.5,bar\n"
                                                                      "P-1,2024-05-01T00:15:00Z,1.6,bar\n"
                                                                      "L-1,2024-05-01T00:00:00Z,60,W\n" );
    FeedsImportDialog dialog( path );
    QSignalSpy imported( &dialog, &FeedsImportDialog::imported );
    QSignalSpy finished( &dialog, &FeedsImportDialog::finished );
    choose( dialog, feeds::HistorySource::Csv, QDir::toNativeSeparators( csv ) );
    dialog.findChild<QPushButton *>( QStringLiteral( "importButton" ) )->click();
    QVERIFY( finished.wait( 20000 ) || finished.size() == 1 );
    QCOMPARE( finished.at( 0 ).at( 0 ).toBool(), true );
    QCOMPARE( imported.size(), 1 );
    QCOMPARE( imported.at( 0 ).at( 0 ).toLongLong(), 3 );
    QCOMPARE( dialog.result().stored, 3 );
    QCOMPARE( dialog.result().unboundRegistered, 2 );
    QCOMPARE( storedCount( path ), 3 );
    QVERIFY2( dialog.findChild<QLabel *>( QStringLiteral( "status" ) )->text().contains( QStringLiteral( "Import finished" ) ),
              qPrintable( dialog.summary() ) );

    // again: nothing new, imported() not emitted
    dialog.findChild<QPushButton *>( QStringLiteral( "importButton" ) )->click();
    QVERIFY( finished.wait( 20000 ) || finished.size() == 2 );
    QCOMPARE( dialog.result().duplicates, 3 );
    QCOMPARE( imported.size(), 1 );
  }

  void badCsvLineNamesFileAndLine()
  {
    const QString path = territory();
    const QString csv = writeFile( QStringLiteral( "bad.csv" ), "P-1,2024-05-01T00:00:00Z,1.5\nP-1,2024-05-01T00:15:00Z,n/a\n" );
    FeedsImportDialog dialog( path );
    QSignalSpy finished( &dialog, &FeedsImportDialog::finished );
    choose( dialog, feeds::HistorySource::Csv, csv );
    QVERIFY( dialog.startImport() );
    QVERIFY( finished.wait( 20000 ) || finished.size() == 1 );
    QCOMPARE( finished.at( 0 ).at( 0 ).toBool(), false );
    const QString error = finished.at( 0 ).at( 1 ).toString();
    QVERIFY2( error.contains( QDir::toNativeSeparators( csv ) + QStringLiteral( ":2:" ) ) && error.contains( QStringLiteral( "n/a" ) ),
              qPrintable( error ) );
    QVERIFY( dialog.summary().contains( error ) );
    QCOMPARE( storedCount( path ), 0 );
  }

  void incompleteForm()
  {
    FeedsImportDialog dialog( territory() );
    choose( dialog, feeds::HistorySource::SensorThings, QString() );
    QVERIFY( !dialog.startImport() );
    QVERIFY( !dialog.findChild<QLabel *>( QStringLiteral( "status" ) )->text().isEmpty() );
    choose( dialog, feeds::HistorySource::NgsiLd, QStringLiteral( "ftp://broker" ) );
    QVERIFY( !dialog.startImport() );
    QVERIFY( dialog.findChild<QLabel *>( QStringLiteral( "status" ) )->text().contains( QStringLiteral( "ftp://broker" ) ) );
  }

  void sensorThingsCancel()
  {
    // 50 pages of 100 observations; Cancel right away stops after the first stored page
    TestHttpServer server(
        [&server]( const QUrl &url )
        {
          const QString path = url.path( QUrl::FullyDecoded );
          const int skip = QUrlQuery( url ).queryItemValue( QStringLiteral( "$skip" ) ).toInt();
          if ( path == QLatin1String( "/v1.1/Datastreams(7)" ) )
            return TestHttpServer::Response{ 200, QByteArrayLiteral( "{\"@iot.id\": 7, \"unitOfMeasurement\": {\"symbol\": \"m3/h\"}}" ) };
          if ( path != QLatin1String( "/v1.1/Datastreams(7)/Observations" ) )
            return TestHttpServer::Response{ 404, QByteArrayLiteral( "{}" ) };
          QJsonArray values;
          const QDateTime start( QDate( 2024, 5, 1 ), QTime( 0, 0 ), Qt::UTC );
          for ( int i = skip; i < std::min( skip + kPage, kTotal ); ++i )
            values.append( QJsonObject{ { QStringLiteral( "phenomenonTime" ), start.addSecs( 60 * i ).toString( Qt::ISODate ) },
                                        { QStringLiteral( "result" ), 1.0 + i % 10 } } );
          QJsonObject page{ { QStringLiteral( "value" ), values } };
          if ( skip + kPage < kTotal )
            page.insert( QStringLiteral( "@iot.nextLink" ),
                         QString( server.root() + path + QStringLiteral( "?$skip=%1" ).arg( skip + kPage ) ) );
          return TestHttpServer::Response{ 200, QJsonDocument( page ).toJson( QJsonDocument::Compact ) };
        } );
    const QString path = territory();
    FeedsImportDialog dialog( path );
    QSignalSpy finished( &dialog, &FeedsImportDialog::finished );
    QSignalSpy imported( &dialog, &FeedsImportDialog::imported );
    choose( dialog, feeds::HistorySource::SensorThings, server.root() + QStringLiteral( "/v1.1" ) );
    dialog.findChild<QLineEdit *>( QStringLiteral( "datastreams" ) )->setText( QStringLiteral( "7" ) );
    QVERIFY( dialog.startImport() );
    QVERIFY( dialog.isRunning() );
    QVERIFY( !dialog.findChild<QPushButton *>( QStringLiteral( "importButton" ) )->isEnabled() );
    dialog.findChild<QPushButton *>( QStringLiteral( "cancelButton" ) )->click();
    QVERIFY( finished.wait( 20000 ) || finished.size() == 1 );
    QCOMPARE( finished.at( 0 ).at( 0 ).toBool(), false );
    QVERIFY( dialog.result().cancelled );
    QCOMPARE( dialog.result().stored, kPage );
    QCOMPARE( storedCount( path ), static_cast<qint64>( kPage ) );
    QCOMPARE( imported.size(), 1 );
    QVERIFY2( dialog.summary().contains( QStringLiteral( "cancelled" ) ), qPrintable( dialog.summary() ) );

    // run to the end: the rest is stored, the first page counted as already there
    QVERIFY( dialog.startImport() );
    QVERIFY( finished.wait( 60000 ) || finished.size() == 2 );
    QCOMPARE( finished.at( 1 ).at( 0 ).toBool(), true );
    QCOMPARE( dialog.result().duplicates, kPage );
    QCOMPARE( dialog.result().stored, kTotal - kPage );
    QCOMPARE( storedCount( path ), static_cast<qint64>( kTotal ) );
  }
};

VIGIE_QGIS_TEST_MAIN( TestFeedsImportDialog )
#include "tst_feedsimportdialog.moc"
