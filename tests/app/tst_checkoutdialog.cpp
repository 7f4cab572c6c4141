// SPDX-License-Identifier: GPL-2.0-or-later
// Offline work from the desktop (issue 8, item 5), offscreen: an offline copy taken through the
// checkout dialog (commune picked by name, map extent), cancelled with nothing left on disk, an
// offline edit synchronised through the sync dialog (dry run, then apply), a conflict shown with
// its base, offline and server values and resolved by taking the server's value, errors named,
// and the Territory menu entries of the main window. Territory built in the test: two communes
// and four districts, no domain plugin.
#include "checkoutdialog.h"
#include "log.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "syncdialog.h"
#include "territory.h"
#include "territorycheckout.h"
#include "vigieqgistest.h"

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <qgsmapcanvas.h>
#include <qgsrectangle.h>

#include <QAction>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace vigie;

namespace
{
  const QString kDistricts = QStringLiteral( "territory_districts" );

  QByteArray squareWkb( double x0, double y0, double x1, double y1 )
  {
    OGRLinearRing ring;
    ring.addPoint( x0, y0 );
    ring.addPoint( x1, y0 );
    ring.addPoint( x1, y1 );
    ring.addPoint( x0, y1 );
    ring.addPoint( x0, y0 );
    OGRPolygon polygon;
    polygon.addRing( &ring );
    OGRMultiPolygon multi;
    multi.addGeometry( &polygon );
    QByteArray wkb( static_cast<int>( multi.WkbSize() ), Qt::Uninitialized );
    multi.exportToWkb( wkbNDR, reinterpret_cast<unsigned char *>( wkb.data() ), wkbVariantIso );
    return wkb;
  }

  std::unique_ptr<GDALDataset> openDataset( const QString &path )
  {
    const char *drivers[] = { "GPKG", nullptr };
    return std::unique_ptr<GDALDataset>(
        GDALDataset::FromHandle( GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr ) ) );
  }

  //! The name of district \a fid; "<gone>" when there is none.
  QString districtName( const QString &path, qint64 fid )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kDistricts.toUtf8().constData() ) : nullptr;
    std::unique_ptr<OGRFeature> feature( layer ? layer->GetFeature( fid ) : nullptr );
    return feature ? QString::fromUtf8( feature->GetFieldAsString( "name" ) ) : QStringLiteral( "<gone>" );
  }

  bool setDistrictName( const QString &path, qint64 fid, const QString &name )
  {
    std::unique_ptr<GDALDataset> dataset = openDataset( path );
    OGRLayer *layer = dataset ? dataset->GetLayerByName( kDistricts.toUtf8().constData() ) : nullptr;
    std::unique_ptr<OGRFeature> feature( layer ? layer->GetFeature( fid ) : nullptr );
    if ( !feature )
      return false;
    feature->SetField( "name", name.toUtf8().constData() );
    return layer->SetFeature( feature.get() ) == OGRERR_NONE;
  }

  //! The bytes of a file, hashed: "nothing was changed" is checked on them.
  QByteArray fileChecksum( const QString &path )
  {
    QFile file( path );
    return file.open( QIODevice::ReadOnly ) ? QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 ) : QByteArray();
  }

  bool anyFileStartingWith( const QString &folder, const QString &prefix )
  {
    return !QDir( folder ).entryList( { prefix + QLatin1Char( '*' ) }, QDir::Files | QDir::Hidden ).isEmpty();
  }
} // namespace

class TestCheckoutDialog : public vigie::test::Test
{
  Q_OBJECT

private:
  int mCounter = 0;
  QList<QImage> mShots;

  /**
   * A territory (no domain plugin) with communes Alpha (34001, x 0..900) and Beta (34002,
   * x 1100..2000), and districts D1, D2 in Alpha and D3, D4 in Beta (fids 1..4).
   */
  QString makeSource( QString *error )
  {
    const QString path = tempPath( QStringLiteral( "territoire %1 été.gpkg" ).arg( ++mCounter ) );
    TerritoryInfo info;
    info.name = QStringLiteral( "Checkout dialog" );
    std::unique_ptr<Territory> territory = Territory::create( path, info, {}, error );
    if ( !territory )
      return QString();
    QList<Feature> communes;
    communes << Feature{ squareWkb( 0, 0, 900, 1000 ),
                         { { QStringLiteral( "insee_code" ), QStringLiteral( "34001" ) },
                           { QStringLiteral( "name" ), QStringLiteral( "Alpha" ) } } }
             << Feature{ squareWkb( 1100, 0, 2000, 1000 ),
                         { { QStringLiteral( "insee_code" ), QStringLiteral( "34002" ) },
                           { QStringLiteral( "name" ), QStringLiteral( "Beta" ) } } };
    QList<Feature> districts;
    for ( int i = 0; i < 4; ++i )
    {
      const double x = i < 2 ? 100 + 400 * i : 1200 + 400 * ( i - 2 );
      districts << Feature{ squareWkb( x, 100, x + 200, 300 ),
                            { { QStringLiteral( "code" ), QStringLiteral( "D%1" ).arg( i + 1 ) },
                              { QStringLiteral( "name" ), QStringLiteral( "District %1" ).arg( i + 1 ) } } };
    }
    if ( !territory->addFeatures( QStringLiteral( "territory:communes" ), communes, error ) ||
         !territory->addFeatures( QStringLiteral( "territory:districts" ), districts, error ) )
      return QString();
    return path;
  }

  QList<CommuneChoice> communes() const
  {
    return { { QStringLiteral( "34001" ), QStringLiteral( "Alpha" ) }, { QStringLiteral( "34002" ), QStringLiteral( "Beta" ) } };
  }

  //! A checkout of commune Alpha taken through the dialog; empty with a failure otherwise.
  QString checkoutAlpha( const QString &source, CheckoutResult *result = nullptr )
  {
    CheckoutDialog dialog( source, {} );
    dialog.setErrorDialogsEnabled( false );
    dialog.setCommunes( communes() );
    dialog.setCommuneText( QStringLiteral( "alpha" ) );
    const QString out = tempPath( QStringLiteral( "copie hors ligne %1.gpkg" ).arg( mCounter ) );
    dialog.setDestination( out );
    QSignalSpy finished( &dialog, &CheckoutDialog::checkoutFinished );
    if ( !dialog.startCheckout() )
    {
      qWarning() << dialog.lastError();
      return QString();
    }
    if ( !finished.wait( 60000 ) || !finished.first().at( 0 ).toBool() )
    {
      qWarning() << finished;
      return QString();
    }
    if ( result )
      *result = dialog.job()->result();
    return out;
  }

private slots:
  void initTestCase()
  {
    QSettings::setPath( QSettings::NativeFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
    QSettings::setPath( QSettings::IniFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
  }

  void filterFromTheChoices_data()
  {
    QTest::addColumn<QString>( "text" );
    QTest::addColumn<QString>( "code" );    // empty: refused
    QTest::addColumn<QString>( "message" ); // part of the refusal
    QTest::newRow( "label" ) << QStringLiteral( "Beta (34002)" ) << QStringLiteral( "34002" ) << QString();
    QTest::newRow( "name, any case" ) << QStringLiteral( "bEtA" ) << QStringLiteral( "34002" ) << QString();
    QTest::newRow( "code" ) << QStringLiteral( "34001" ) << QStringLiteral( "34001" ) << QString();
    QTest::newRow( "unknown" ) << QStringLiteral( "Gamma" ) << QString() << QStringLiteral( "No commune named or coded \"Gamma\"" );
    QTest::newRow( "two of that name" ) << QStringLiteral( "Saint-Jean" ) << QString() << QStringLiteral( "34003, 34004" );
    QTest::newRow( "empty" ) << QString() << QString() << QStringLiteral( "Type the name" );
  }
  void filterFromTheChoices()
  {
    QFETCH( QString, text );
    QFETCH( QString, code );
    QFETCH( QString, message );
    CheckoutDialog dialog( tempPath( QStringLiteral( "none.gpkg" ) ), {} );
    QList<CommuneChoice> choices = communes();
    choices << CommuneChoice{ QStringLiteral( "34003" ), QStringLiteral( "Saint-Jean" ) }
            << CommuneChoice{ QStringLiteral( "34004" ), QStringLiteral( "Saint-Jean" ) };
    dialog.setCommunes( choices );
    dialog.setCommuneText( text );
    QCOMPARE( dialog.area(), CheckoutDialog::Area::Commune );
    CheckoutFilter filter;
    QString error;
    QCOMPARE( dialog.filter( &filter, &error ), !code.isEmpty() );
    QCOMPARE( filter.commune, code );
    QVERIFY2( message.isEmpty() ? error.isEmpty() : error.contains( message ), qPrintable( error ) );

    // the map extent, in the territory's CRS
    dialog.setMapExtent( QgsRectangle( 10, 20, 30, 40 ) );
    QCOMPARE( dialog.area(), CheckoutDialog::Area::MapExtent );
    QVERIFY( dialog.filter( &filter, &error ) );
    QVERIFY( filter.hasExtent && filter.commune.isEmpty() );
    QCOMPARE( filter.xMin, 10.0 );
    QCOMPARE( filter.yMax, 40.0 );
  }

  void checkoutThroughTheDialog()
  {
    QString error;
    const QString source = makeSource( &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    CheckoutDialog dialog( source, {} );
    dialog.setErrorDialogsEnabled( false );
    dialog.setCommunes( communes() );
    dialog.setCommuneText( QStringLiteral( "Alpha (34001)" ) );
    const QString out = tempPath( QStringLiteral( "alpha offline.gpkg" ) );
    dialog.setDestination( out );
    QSignalSpy finished( &dialog, &CheckoutDialog::checkoutFinished );
    QSignalSpy open( &dialog, &CheckoutDialog::openRequested );
    QVERIFY2( dialog.startCheckout(), qPrintable( dialog.lastError() ) );
    QVERIFY( dialog.progressBar()->isVisibleTo( &dialog ) );
    QVERIFY( !dialog.openButton()->isVisibleTo( &dialog ) );
    QVERIFY( !dialog.startCheckout() ); // one at a time
    QVERIFY( finished.wait( 60000 ) );
    QVERIFY2( finished.first().at( 0 ).toBool(), qPrintable( finished.first().at( 1 ).toString() ) );
    QVERIFY( !dialog.progressBar()->isVisibleTo( &dialog ) );
    // Alpha and its two districts; Beta and its districts left out
    QCOMPARE( dialog.job()->result().features, qint64( 3 ) );
    QCOMPARE( dialog.job()->result().removed, qint64( 3 ) );
    QCOMPARE( TerritoryCheckout::sourceOf( out ), QFileInfo( source ).absoluteFilePath() );
    QCOMPARE( districtName( out, 1 ), QStringLiteral( "District 1" ) );
    QCOMPARE( districtName( out, 3 ), QStringLiteral( "<gone>" ) );
    QVERIFY( !anyFileStartingWith( QFileInfo( out ).absolutePath(), QStringLiteral( ".alpha offline.gpkg.partial" ) ) );
    // offered to open it
    QVERIFY( dialog.openButton()->isVisibleTo( &dialog ) );
    dialog.openButton()->click();
    QCOMPARE( open.count(), 1 );
    QCOMPARE( open.first().at( 0 ).toString(), QFileInfo( out ).absoluteFilePath() );

    // the destination exists now: refused, named, the file untouched
    const QDateTime modified = QFileInfo( out ).lastModified();
    CheckoutDialog again( source, {} );
    again.setErrorDialogsEnabled( false );
    again.setDestination( out );
    QVERIFY( !again.startCheckout() );
    QVERIFY2( again.lastError().contains( QStringLiteral( "already exists" ) ), qPrintable( again.lastError() ) );
    QCOMPARE( QFileInfo( out ).lastModified(), modified );
  }

  void cancelLeavesNoFile()
  {
    QString error;
    const QString source = makeSource( &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString folder = tempPath( QStringLiteral( "cancel" ) );
    QVERIFY( QDir().mkpath( folder ) );

    // cancelled while the copy runs: finished at once, and nothing on disk once the worker is over
    {
      CheckoutDialog dialog( source, {} );
      dialog.setErrorDialogsEnabled( false );
      const QString out = QDir( folder ).filePath( QStringLiteral( "cancelled.gpkg" ) );
      dialog.setDestination( out );
      QSignalSpy finished( &dialog, &CheckoutDialog::checkoutFinished );
      QVERIFY( dialog.startCheckout() );
      dialog.reject(); // the Cancel button
      QCOMPARE( finished.count(), 1 );
      QCOMPARE( finished.first().at( 0 ).toBool(), false );
      QVERIFY( dialog.job()->wasCancelled() );
      QVERIFY( !dialog.job()->isRunning() );
      dialog.job()->waitForFinished();
      QCoreApplication::processEvents();
      QVERIFY( !QFileInfo::exists( out ) );
      QVERIFY2( QDir( folder ).entryList( QDir::Files | QDir::Hidden ).isEmpty(),
                qPrintable( QDir( folder ).entryList( QDir::Files | QDir::Hidden ).join( ", " ) ) );
      QCOMPARE( finished.count(), 1 ); // no second report when the worker ends
    }

    // cancelled after the copy was complete but before it was reported: removed too
    {
      CheckoutJob job;
      QSignalSpy finished( &job, &CheckoutJob::finished );
      const QString out = QDir( folder ).filePath( QStringLiteral( "late cancel.gpkg" ) );
      QVERIFY( job.start( source, out, {}, CheckoutFilter(), &error ) );
      job.waitForFinished(); // the worker is over, its report not delivered yet
      QVERIFY( QFileInfo::exists( out ) );
      QVERIFY( job.isRunning() );
      job.cancel();
      QVERIFY( !QFileInfo::exists( out ) );
      QCoreApplication::processEvents();
      QCOMPARE( finished.count(), 1 );
      QCOMPARE( finished.first().at( 0 ).toBool(), false );
    }

    // a dialog closed while a cancelled copy still runs: the GUI does not wait, the file goes anyway
    {
      QWidget parent;
      const QString out = QDir( folder ).filePath( QStringLiteral( "closed.gpkg" ) );
      QPointer<CheckoutJob> job;
      {
        auto *dialog = new CheckoutDialog( source, {}, &parent );
        dialog->setErrorDialogsEnabled( false );
        dialog->setDestination( out );
        QVERIFY( dialog->startCheckout() );
        job = dialog->job();
        delete dialog;
      }
      QVERIFY( job );
      QTRY_VERIFY_WITH_TIMEOUT( !job, 60000 ); // deleted once its worker is over
      QVERIFY( !QFileInfo::exists( out ) );
    }
    QVERIFY2( QDir( folder ).entryList( QDir::Files | QDir::Hidden ).isEmpty(),
              qPrintable( QDir( folder ).entryList( QDir::Files | QDir::Hidden ).join( ", " ) ) );
  }

  void syncThroughTheDialog()
  {
    QString error;
    const QString source = makeSource( &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = checkoutAlpha( source );
    QVERIFY( !out.isEmpty() );

    // offline: D1 renamed (server untouched) and D2 renamed; on the server: D2 renamed otherwise
    QVERIFY( setDistrictName( out, 1, QStringLiteral( "Écusson" ) ) );
    QVERIFY( setDistrictName( out, 2, QStringLiteral( "Offline two" ) ) );
    QVERIFY( setDistrictName( source, 2, QStringLiteral( "Server two" ) ) );

    SyncDialog dialog( out, {} );
    dialog.setErrorDialogsEnabled( false );
    QSignalSpy dryRun( &dialog, &SyncDialog::dryRunFinished );
    QSignalSpy synced( &dialog, &SyncDialog::syncFinished );
    QSignalSpy synchronised( &dialog, &SyncDialog::synchronised );
    QVERIFY( !dialog.syncButton()->isEnabled() ); // not before the dry run
    QVERIFY( dialog.startDryRun() );
    QVERIFY( dryRun.wait( 60000 ) );
    QVERIFY2( dryRun.first().at( 0 ).toBool(), qPrintable( dialog.lastError() ) );
    QVERIFY( dialog.lastReport().dryRun );
    QCOMPARE( dialog.lastReport().updated, 1 );
    QCOMPARE( districtName( source, 1 ), QStringLiteral( "District 1" ) ); // a dry run writes nothing
    QVERIFY2( dialog.summaryLabel()->text().contains( QStringLiteral( "on the server 1 updated, 0 inserted, 0 deleted" ) ),
              qPrintable( dialog.summaryLabel()->text() ) );

    // the conflict with its three values
    SyncConflictModel *model = dialog.conflictModel();
    QCOMPARE( model->rowCount(), 1 );
    const SyncConflictModel::Conflict &conflict = model->conflict( 0 );
    QCOMPARE( conflict.table, kDistricts );
    QCOMPARE( conflict.key.toInt(), 2 );
    QCOMPARE( model->data( model->index( 0, SyncConflictModel::FieldColumn ) ).toString(), QStringLiteral( "name" ) );
    QCOMPARE( model->data( model->index( 0, SyncConflictModel::BaseColumn ) ).toString(), QStringLiteral( "District 2" ) );
    QCOMPARE( model->data( model->index( 0, SyncConflictModel::OfflineColumn ) ).toString(), QStringLiteral( "Offline two" ) );
    QCOMPARE( model->data( model->index( 0, SyncConflictModel::ServerColumn ) ).toString(), QStringLiteral( "Server two" ) );
    QVERIFY( conflict.serverSideTakeable() );

    // applied: D1 reaches the server, the conflict stays (nothing lost on either side)
    QVERIFY( dialog.syncButton()->isEnabled() );
    dialog.syncButton()->click();
    QVERIFY( synced.wait( 60000 ) );
    QVERIFY2( synced.first().at( 0 ).toBool(), qPrintable( dialog.lastError() ) );
    QCOMPARE( synchronised.count(), 1 );
    QVERIFY( !dialog.lastReport().dryRun );
    QCOMPARE( districtName( source, 1 ), QStringLiteral( "Écusson" ) );
    QCOMPARE( districtName( source, 2 ), QStringLiteral( "Server two" ) );
    QCOMPARE( districtName( out, 2 ), QStringLiteral( "Offline two" ) );
    QCOMPARE( model->rowCount(), 1 );

    if ( !qEnvironmentVariableIsEmpty( "VIGIE_CHECKOUT_SCREENSHOT" ) )
    {
      dialog.resize( 900, 420 );
      dialog.show();
      QVERIFY( QTest::qWaitForWindowExposed( &dialog ) );
      dialog.conflictView()->selectRow( 0 );
      QCoreApplication::processEvents();
      mShots << dialog.grab().toImage();
    }

    // resolved by taking the server's value into the offline copy: the next dry run has no conflict
    dryRun.clear();
    QVERIFY2( dialog.takeServerValue( 0, &error ), qPrintable( error ) );
    QCOMPARE( districtName( out, 2 ), QStringLiteral( "Server two" ) );
    QVERIFY( dryRun.wait( 60000 ) );
    QVERIFY( dryRun.first().at( 0 ).toBool() );
    QCOMPARE( model->rowCount(), 0 );
    QVERIFY( dialog.lastReport().isNoOp() );
    QVERIFY( !dialog.syncButton()->isEnabled() ); // nothing left to do
  }

  void serverSideOfWholeRowConflicts()
  {
    QString error;
    const QString source = makeSource( &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = checkoutAlpha( source );
    QVERIFY( !out.isEmpty() );
    // D1 deleted offline and edited on the server; D2 edited offline and deleted on the server
    {
      std::unique_ptr<GDALDataset> offline = openDataset( out );
      QVERIFY( offline->GetLayerByName( kDistricts.toUtf8().constData() )->DeleteFeature( 1 ) == OGRERR_NONE );
    }
    QVERIFY( setDistrictName( source, 1, QStringLiteral( "Renamed on the server" ) ) );
    QVERIFY( setDistrictName( out, 2, QStringLiteral( "Renamed offline" ) ) );
    {
      std::unique_ptr<GDALDataset> server = openDataset( source );
      QVERIFY( server->GetLayerByName( kDistricts.toUtf8().constData() )->DeleteFeature( 2 ) == OGRERR_NONE );
    }
    SyncDialog dialog( out, {} );
    dialog.setErrorDialogsEnabled( false );
    QSignalSpy dryRun( &dialog, &SyncDialog::dryRunFinished );
    QVERIFY( dialog.startDryRun() );
    QVERIFY( dryRun.wait( 60000 ) );
    QVERIFY2( dryRun.first().at( 0 ).toBool(), qPrintable( dialog.lastError() ) );
    SyncConflictModel *model = dialog.conflictModel();
    QCOMPARE( model->rowCount(), 2 );
    for ( int i = 0; i < 2; ++i )
    {
      const SyncConflictModel::Conflict &conflict = model->conflict( i );
      const bool deletedOffline = conflict.kind == QLatin1String( "deleted-locally-edited-on-server" );
      QCOMPARE( model->data( model->index( i, SyncConflictModel::OfflineColumn ) ).toString().contains( QStringLiteral( "deleted" ) ),
                deletedOffline );
      QCOMPARE( model->data( model->index( i, SyncConflictModel::ServerColumn ) ).toString().contains( QStringLiteral( "deleted" ) ),
                !deletedOffline );
      QVERIFY( SyncDialog::takeServerValue( out, conflict, &error ) );
    }
    QCOMPARE( districtName( out, 1 ), QStringLiteral( "Renamed on the server" ) ); // back from the server
    QCOMPARE( districtName( out, 2 ), QStringLiteral( "<gone>" ) );                // gone as on the server
    dryRun.clear();
    QVERIFY( dialog.startDryRun() );
    QVERIFY( dryRun.wait( 60000 ) );
    QVERIFY2( dryRun.first().at( 0 ).toBool(), qPrintable( dialog.lastError() ) );
    QCOMPARE( model->rowCount(), 0 );
  }

  void checkoutShowsRealProgress()
  {
    QString error;
    const QString source = makeSource( &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    CheckoutDialog dialog( source, {} );
    dialog.setErrorDialogsEnabled( false );
    const QString out = tempPath( QStringLiteral( "progress %1.gpkg" ).arg( mCounter ) );
    dialog.setDestination( out );
    QSignalSpy finished( &dialog, &CheckoutDialog::checkoutFinished );
    QVERIFY2( dialog.startCheckout(), qPrintable( dialog.lastError() ) );
    QList<int> values;
    QStringList texts;
    // connected after the dialog's own slot: reads the bar as the user sees it after each report
    connect( dialog.job(), &CheckoutJob::progress, &dialog,
             [&]
             {
               if ( dialog.progressBar()->maximum() > 0 )
                 values << dialog.progressBar()->value();
               texts << dialog.progressBar()->text();
             } );
    QVERIFY( finished.wait( 60000 ) );
    QVERIFY2( finished.first().at( 0 ).toBool(), qPrintable( finished.first().at( 1 ).toString() ) );
    QVERIFY2( values.size() >= 3, qPrintable( QString::number( values.size() ) ) );
    for ( int i = 1; i < values.size(); ++i )
      QVERIFY2( values.at( i ) >= values.at( i - 1 ),
                qPrintable( QStringLiteral( "%1 after %2" ).arg( values.at( i ) ).arg( values.at( i - 1 ) ) ) );
    QCOMPARE( values.constLast(), dialog.progressBar()->maximum() );                                                 // 100 % at the end
    QVERIFY( std::any_of( values.cbegin(), values.cend(), []( int value ) { return value > 0 && value < 1000; } ) ); // in between
    QVERIFY2( texts.join( QLatin1Char( '\n' ) ).contains( kDistricts ), qPrintable( texts.join( QLatin1Char( '\n' ) ) ) ); // the step shown
  }

  void cancelStopsTheWorker()
  {
    QString error;
    const QString source = makeSource( &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString folder = tempPath( QStringLiteral( "cancel worker" ) );
    QVERIFY( QDir().mkpath( folder ) );
    const QString out = QDir( folder ).filePath( QStringLiteral( "stopped.gpkg" ) );
    // the store logs a complete checkout: a cancel must stop the work, not only hide its result
    QMutex mutex;
    QStringList completed;
    const int sink = addLogSink(
        [&]( LogLevel, const QString &, const QString &message )
        {
          QMutexLocker lock( &mutex );
          if ( message.startsWith( QLatin1String( "checked out" ) ) )
            completed << message;
        } );
    CheckoutDialog dialog( source, {} );
    dialog.setErrorDialogsEnabled( false );
    dialog.setDestination( out );
    QVERIFY( dialog.startCheckout() );
    dialog.reject(); // the Cancel button
    dialog.job()->waitForFinished();
    QCoreApplication::processEvents();
    removeLogSink( sink );
    QVERIFY( dialog.job()->wasCancelled() );
    QVERIFY2( completed.isEmpty(), qPrintable( completed.join( QLatin1Char( '\n' ) ) ) );
    QVERIFY2( QDir( folder ).entryList( QDir::Files | QDir::Hidden ).isEmpty(),
              qPrintable( QDir( folder ).entryList( QDir::Files | QDir::Hidden ).join( ", " ) ) );

    // a synchronisation cancelled from the dialog: nothing changed on either side, and it can run again
    const QString offline = checkoutAlpha( source );
    QVERIFY( !offline.isEmpty() );
    QVERIFY( setDistrictName( offline, 1, QStringLiteral( "Offline one" ) ) );
    SyncDialog sync( offline, {} );
    sync.setErrorDialogsEnabled( false );
    QSignalSpy dryRun( &sync, &SyncDialog::dryRunFinished );
    QSignalSpy synced( &sync, &SyncDialog::syncFinished );
    QVERIFY( sync.startDryRun() );
    QVERIFY( dryRun.wait( 60000 ) );
    QVERIFY( dryRun.first().at( 0 ).toBool() );
    const QByteArray before = fileChecksum( offline );
    QVERIFY( sync.startSync() );
    QPushButton *close = sync.findChild<QDialogButtonBox *>()->button( QDialogButtonBox::Close );
    QCOMPARE( close->text(), QStringLiteral( "Cancel" ) );
    close->click(); // the dialog stays open, the sync stops
    QVERIFY( synced.wait( 60000 ) );
    QCOMPARE( synced.first().at( 0 ).toBool(), false );
    QVERIFY( sync.job()->wasCancelled() );
    QVERIFY2( sync.summaryLabel()->text().contains( QStringLiteral( "cancelled" ) ), qPrintable( sync.summaryLabel()->text() ) );
    QCOMPARE( districtName( source, 1 ), QStringLiteral( "District 1" ) );
    QCOMPARE( fileChecksum( offline ), before );
    QVERIFY( !TerritoryCheckout::hasPendingSync( offline ) );
    QCOMPARE( close->text(), QStringLiteral( "Close" ) );
    QVERIFY( !sync.syncButton()->isEnabled() ); // checked again before a new try
    dryRun.clear();
    synced.clear();
    QVERIFY( sync.startDryRun() );
    QVERIFY( dryRun.wait( 60000 ) );
    QVERIFY( sync.startSync() );
    QVERIFY( synced.wait( 60000 ) );
    QVERIFY2( synced.first().at( 0 ).toBool(), qPrintable( sync.lastError() ) );
    QCOMPARE( districtName( source, 1 ), QStringLiteral( "Offline one" ) );
  }

  void keepTheOfflineValue()
  {
    QString error;
    const QString source = makeSource( &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    const QString out = checkoutAlpha( source );
    QVERIFY( !out.isEmpty() );
    QVERIFY( setDistrictName( out, 2, QStringLiteral( "Offline two" ) ) );
    QVERIFY( setDistrictName( source, 2, QStringLiteral( "Server two" ) ) );
    SyncDialog dialog( out, {} );
    dialog.setErrorDialogsEnabled( false );
    QSignalSpy dryRun( &dialog, &SyncDialog::dryRunFinished );
    QSignalSpy synced( &dialog, &SyncDialog::syncFinished );
    QVERIFY( dialog.startDryRun() );
    QVERIFY( dryRun.wait( 60000 ) );
    QVERIFY2( dryRun.first().at( 0 ).toBool(), qPrintable( dialog.lastError() ) );
    QCOMPARE( dialog.conflictModel()->rowCount(), 1 );
    QVERIFY( !dialog.keepOfflineButton()->isEnabled() ); // nothing selected
    dialog.conflictView()->selectRow( 0 );
    QVERIFY( dialog.keepOfflineButton()->isEnabled() );
    QVERIFY( dialog.takeServerButton()->isEnabled() );
    dryRun.clear();
    dialog.keepOfflineButton()->click();
    QVERIFY2( dialog.lastError().isEmpty(), qPrintable( dialog.lastError() ) );
    QVERIFY( dryRun.wait( 60000 ) ); // checked again at once
    QVERIFY2( dryRun.first().at( 0 ).toBool(), qPrintable( dialog.lastError() ) );
    QCOMPARE( dialog.conflictModel()->rowCount(), 0 );
    QCOMPARE( dialog.lastReport().updated, 1 ); // the offline value goes to the server
    QCOMPARE( districtName( source, 2 ), QStringLiteral( "Server two" ) );
    QVERIFY( dialog.syncButton()->isEnabled() );
    dialog.syncButton()->click();
    QVERIFY( synced.wait( 60000 ) );
    QVERIFY2( synced.first().at( 0 ).toBool(), qPrintable( dialog.lastError() ) );
    QCOMPARE( districtName( source, 2 ), QStringLiteral( "Offline two" ) );
    QCOMPARE( districtName( out, 2 ), QStringLiteral( "Offline two" ) );
  }

  void errorsAreNamedAndChangeNothing()
  {
    QString error;
    const QString source = makeSource( &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );

    // no checkout: the territory itself
    {
      SyncDialog dialog( source, {} );
      dialog.setErrorDialogsEnabled( false );
      QSignalSpy dryRun( &dialog, &SyncDialog::dryRunFinished );
      QVERIFY( dialog.startDryRun() );
      QVERIFY( dryRun.wait( 60000 ) );
      QCOMPARE( dryRun.first().at( 0 ).toBool(), false );
      QVERIFY2( dialog.lastError().contains( QDir::toNativeSeparators( source ) ), qPrintable( dialog.lastError() ) );
      QVERIFY( !dialog.syncButton()->isEnabled() );
    }

    // the server is gone: named, the offline copy untouched
    const QString out = checkoutAlpha( source );
    QVERIFY( !out.isEmpty() );
    QVERIFY( setDistrictName( out, 1, QStringLiteral( "Kept offline" ) ) );
    const QString moved = source + QStringLiteral( ".away" );
    QVERIFY( QFile::rename( source, moved ) );
    {
      SyncDialog dialog( out, {} );
      dialog.setErrorDialogsEnabled( false );
      QSignalSpy dryRun( &dialog, &SyncDialog::dryRunFinished );
      QVERIFY( dialog.startDryRun() );
      QVERIFY( dryRun.wait( 60000 ) );
      QCOMPARE( dryRun.first().at( 0 ).toBool(), false );
      QVERIFY2( dialog.lastError().contains( QFileInfo( source ).fileName() ), qPrintable( dialog.lastError() ) );
      QCOMPARE( dialog.conflictModel()->rowCount(), 0 );
    }
    QCOMPARE( districtName( out, 1 ), QStringLiteral( "Kept offline" ) );
    QVERIFY( !QFileInfo::exists( source ) ); // not recreated
    QVERIFY( QFile::rename( moved, source ) );

    // no commune of that name: refused before anything is written
    CheckoutDialog dialog( source, {} );
    dialog.setErrorDialogsEnabled( false );
    dialog.setCommunes( communes() );
    dialog.setCommuneText( QStringLiteral( "Nowhere" ) );
    const QString target = tempPath( QStringLiteral( "nowhere.gpkg" ) );
    dialog.setDestination( target );
    QVERIFY( !dialog.startCheckout() );
    QVERIFY2( dialog.lastError().contains( QStringLiteral( "Nowhere" ) ), qPrintable( dialog.lastError() ) );
    QVERIFY( !QFileInfo::exists( target ) );
  }

  void territoryMenu()
  {
    QString error;
    const QString source = makeSource( &error );
    QVERIFY2( !source.isEmpty(), qPrintable( error ) );
    PluginManager plugins; // no domain: the territory's own layers
    MainWindow window( plugins );
    window.setErrorDialogsEnabled( false );
    window.setPersistSettings( false );
    window.resize( 1000, 700 );
    QAction *checkoutAction = window.findChild<QAction *>( QStringLiteral( "actionTakeOfflineCopy" ) );
    QAction *syncAction = window.findChild<QAction *>( QStringLiteral( "actionSynchronise" ) );
    QVERIFY( checkoutAction && syncAction );
    QVERIFY( !checkoutAction->isEnabled() );
    QVERIFY( !syncAction->isEnabled() );

    QVERIFY( window.openTerritory( source ) );
    QVERIFY( checkoutAction->isEnabled() );
    QVERIFY( !syncAction->isEnabled() ); // no checkout
    window.show();
    QVERIFY( QTest::qWaitForWindowExposed( &window ) );
    window.mapCanvas()->setExtent( QgsRectangle( 0, 0, 950, 1000 ) );
    const QgsRectangle shown = window.mapCanvas()->extent(); // widened to the canvas's shape

    // the dialog of the menu: the communes of the territory, the map extent, a destination
    CheckoutDialog *dialog = CheckoutDialog::showFor( &window );
    QVERIFY( dialog );
    dialog->setErrorDialogsEnabled( false );
    QCOMPARE( dialog->area(), CheckoutDialog::Area::MapExtent );
    CheckoutFilter filter;
    QVERIFY( dialog->filter( &filter, &error ) );
    QVERIFY( filter.hasExtent );
    QVERIFY2( qgsDoubleNear( filter.xMin, shown.xMinimum(), 1e-6 ) && qgsDoubleNear( filter.yMin, shown.yMinimum(), 1e-6 ) &&
                  qgsDoubleNear( filter.xMax, shown.xMaximum(), 1e-6 ) && qgsDoubleNear( filter.yMax, shown.yMaximum(), 1e-6 ),
              qPrintable( QStringLiteral( "%1,%2,%3,%4 against %5" )
                              .arg( filter.xMin )
                              .arg( filter.yMin )
                              .arg( filter.xMax )
                              .arg( filter.yMax )
                              .arg( shown.toString() ) ) );
    QVERIFY( filter.xMin <= 0 && filter.xMax >= 950 );
    dialog->setCommuneText( QStringLiteral( "Beta" ) );
    QVERIFY( dialog->filter( &filter, &error ) );
    QCOMPARE( filter.commune, QStringLiteral( "34002" ) ); // found in territory:communes
    QVERIFY( dialog->destination().endsWith( QStringLiteral( ".gpkg" ) ) );
    const QString out = tempPath( QStringLiteral( "menu copy.gpkg" ) );
    dialog->setDestination( out );
    QSignalSpy finished( dialog, &CheckoutDialog::checkoutFinished );
    QVERIFY( dialog->startCheckout() );
    QVERIFY( finished.wait( 60000 ) );
    QVERIFY( finished.first().at( 0 ).toBool() );
    if ( !qEnvironmentVariableIsEmpty( "VIGIE_CHECKOUT_SCREENSHOT" ) )
    {
      QVERIFY( QTest::qWaitForWindowExposed( dialog ) );
      mShots.prepend( dialog->grab().toImage() );
    }
    QSignalSpy opened( &window, &MainWindow::territoryOpened );
    dialog->openButton()->click(); // opens the copy in the window
    QCOMPARE( opened.count(), 1 );
    QCOMPARE( window.territory()->path(), QFileInfo( out ).absoluteFilePath() );
    QVERIFY( syncAction->isEnabled() );
    QTRY_VERIFY( !window.findChild<CheckoutDialog *>() ); // closed and deleted
  }

  void cleanupTestCase()
  {
    const QString target = qEnvironmentVariable( "VIGIE_CHECKOUT_SCREENSHOT" );
    if ( target.isEmpty() || mShots.isEmpty() )
      return;
    // both dialogs side by side, on one picture for the README
    int width = 0;
    int height = 0;
    for ( const QImage &shot : std::as_const( mShots ) )
    {
      width += shot.width() + 16;
      height = std::max( height, shot.height() );
    }
    QImage picture( width + 16, height + 32, QImage::Format_ARGB32 );
    picture.fill( QColor( 0x5a, 0x6b, 0x7c ) );
    QPainter painter( &picture );
    int x = 16;
    for ( const QImage &shot : std::as_const( mShots ) )
    {
      painter.drawImage( x, 16, shot );
      x += shot.width() + 16;
    }
    painter.end();
    QVERIFY( picture.save( target ) );
  }
};

VIGIE_QGIS_TEST_MAIN( TestCheckoutDialog )
#include "tst_checkoutdialog.moc"
