// SPDX-License-Identifier: GPL-2.0-or-later
#include "feedsimportdialog.h"

#include "log.h"
#include "observationstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie
{
  FeedsImportDialog::FeedsImportDialog( const QString &territoryPath, QWidget *parent ) : QDialog( parent ), mTerritoryPath( territoryPath )
  {
    setWindowTitle( tr( "Import history" ) );
    setObjectName( QStringLiteral( "feedsImportDialog" ) );

    mSource = new QComboBox;
    mSource->setObjectName( QStringLiteral( "source" ) );
    mSource->addItem( tr( "OGC SensorThings service" ), static_cast<int>( feeds::HistorySource::SensorThings ) );
    mSource->addItem( tr( "FIWARE NGSI-LD broker" ), static_cast<int>( feeds::HistorySource::NgsiLd ) );
    mSource->addItem( tr( "CSV file" ), static_cast<int>( feeds::HistorySource::Csv ) );

    mLocation = new QLineEdit;
    mLocation->setObjectName( QStringLiteral( "location" ) );
    mBrowse = new QPushButton( tr( "Browse…" ) );
    QHBoxLayout *locationRow = new QHBoxLayout;
    locationRow->setContentsMargins( 0, 0, 0, 0 );
    locationRow->addWidget( mLocation, 1 );
    locationRow->addWidget( mBrowse );

    // per-source options
    mOptions = new QStackedWidget;
    QWidget *sta = new QWidget;
    QFormLayout *staForm = new QFormLayout( sta );
    staForm->setContentsMargins( 0, 0, 0, 0 );
    mDatastreams = new QLineEdit;
    mDatastreams->setObjectName( QStringLiteral( "datastreams" ) );
    mDatastreams->setPlaceholderText( tr( "every Datastream of the service" ) );
    staForm->addRow( tr( "Datastreams (ids, comma-separated):" ), mDatastreams );
    mOptions->addWidget( sta );

    QWidget *ngsi = new QWidget;
    QFormLayout *ngsiForm = new QFormLayout( ngsi );
    ngsiForm->setContentsMargins( 0, 0, 0, 0 );
    mNgsiType = new QComboBox;
    mNgsiType->setObjectName( QStringLiteral( "ngsiType" ) );
    mNgsiType->addItem( tr( "All four Smart Data Models" ), QString() );
    const QStringList types = feeds::ngsiSmartDataModelTypes();
    for ( const QString &type : types )
      mNgsiType->addItem( type, type );
    mTemporal = new QCheckBox( tr( "Temporal query (history), not only the current values" ) );
    mTemporal->setObjectName( QStringLiteral( "temporal" ) );
    mTemporal->setChecked( true );
    mTenant = new QLineEdit;
    mTenant->setObjectName( QStringLiteral( "tenant" ) );
    mTenant->setPlaceholderText( tr( "default tenant" ) );
    ngsiForm->addRow( tr( "Entity type:" ), mNgsiType );
    ngsiForm->addRow( QString(), mTemporal );
    ngsiForm->addRow( tr( "Tenant:" ), mTenant );
    mOptions->addWidget( ngsi );

    QWidget *csv = new QWidget;
    QFormLayout *csvForm = new QFormLayout( csv );
    csvForm->setContentsMargins( 0, 0, 0, 0 );
    mDelimiter = new QComboBox;
    mDelimiter->setObjectName( QStringLiteral( "delimiter" ) );
    mDelimiter->addItem( tr( "Comma (,)" ), QStringLiteral( "," ) );
    mDelimiter->addItem( tr( "Semicolon (;)" ), QStringLiteral( ";" ) );
    mDelimiter->addItem( tr( "Tab" ), QStringLiteral( "\t" ) );
    mCsvSensor = new QLineEdit;
    mCsvSensor->setObjectName( QStringLiteral( "csvSensor" ) );
    mCsvSensor->setPlaceholderText( tr( "from the \"sensor\" column" ) );
    mCsvUnit = new QLineEdit;
    mCsvUnit->setObjectName( QStringLiteral( "csvUnit" ) );
    mCsvUnit->setPlaceholderText( tr( "from the \"unit\" column" ) );
    csvForm->addRow( tr( "Delimiter:" ), mDelimiter );
    csvForm->addRow( tr( "Sensor (file of one sensor):" ), mCsvSensor );
    csvForm->addRow( tr( "Unit:" ), mCsvUnit );
    csvForm->addRow( new QLabel( tr( "Columns: sensor, time (ISO 8601), value, unit; a header line is optional." ) ) );
    mOptions->addWidget( csv );

    mRange = new QCheckBox( tr( "Only this time range (UTC):" ) );
    mRange->setObjectName( QStringLiteral( "range" ) );
    const QDateTime now = QDateTime::currentDateTimeUtc();
    mFrom = new QDateTimeEdit( now.addDays( -7 ) );
    mTo = new QDateTimeEdit( now );
    for ( QDateTimeEdit *edit : { mFrom, mTo } )
    {
      edit->setTimeSpec( Qt::UTC );
      edit->setCalendarPopup( true );
      edit->setDisplayFormat( QStringLiteral( "yyyy-MM-dd HH:mm" ) );
      edit->setEnabled( false );
      connect( mRange, &QCheckBox::toggled, edit, &QWidget::setEnabled );
    }
    mFrom->setObjectName( QStringLiteral( "from" ) );
    mTo->setObjectName( QStringLiteral( "to" ) );
    QHBoxLayout *rangeRow = new QHBoxLayout;
    rangeRow->addWidget( mRange );
    rangeRow->addWidget( mFrom );
    rangeRow->addWidget( new QLabel( tr( "to" ) ) );
    rangeRow->addWidget( mTo );
    rangeRow->addStretch( 1 );

    mProgress = new QProgressBar;
    mProgress->setObjectName( QStringLiteral( "progress" ) );
    mProgress->setVisible( false );
    mStatus = new QLabel;
    mStatus->setObjectName( QStringLiteral( "status" ) );
    mStatus->setWordWrap( true );
    mStatus->setTextInteractionFlags( Qt::TextSelectableByMouse );

    QDialogButtonBox *buttons = new QDialogButtonBox;
    mImportButton = buttons->addButton( tr( "&Import" ), QDialogButtonBox::AcceptRole );
    mImportButton->setObjectName( QStringLiteral( "importButton" ) );
    mCancelButton = buttons->addButton( QDialogButtonBox::Cancel );
    mCancelButton->setObjectName( QStringLiteral( "cancelButton" ) );
    mCancelButton->setEnabled( false );
    mCloseButton = buttons->addButton( QDialogButtonBox::Close );
    connect( mImportButton, &QPushButton::clicked, this, &FeedsImportDialog::startImport );
    connect( mCancelButton, &QPushButton::clicked, this, &FeedsImportDialog::cancel );
    connect( mCloseButton, &QPushButton::clicked, this, &FeedsImportDialog::reject );

    QFormLayout *form = new QFormLayout;
    form->addRow( tr( "Source:" ), mSource );
    form->addRow( tr( "URL or file:" ), locationRow );
    QVBoxLayout *layout = new QVBoxLayout( this );
    layout->addLayout( form );
    layout->addWidget( mOptions );
    layout->addLayout( rangeRow );
    layout->addWidget( new QLabel( tr( "Stored like live data: units converted, unknown sensors registered unbound (bind them on the "
                                       "map), values already stored skipped, so importing again adds only what is missing." ) ) );
    layout->itemAt( layout->count() - 1 )->widget()->setProperty( "wordWrap", true );
    layout->addWidget( mProgress );
    layout->addWidget( mStatus );
    layout->addWidget( buttons );

    mTimer = new QTimer( this );
    mTimer->setInterval( 200 );
    connect( mTimer, &QTimer::timeout, this, &FeedsImportDialog::showProgress );
    connect( &mWatcher, &QFutureWatcher<Outcome>::finished, this, [this] { done( mWatcher.result() ); } );
    connect( mSource, qOverload<int>( &QComboBox::currentIndexChanged ), this, &FeedsImportDialog::sourceChanged );
    connect( mBrowse, &QPushButton::clicked, this, &FeedsImportDialog::browse );
    sourceChanged();
    resize( 620, sizeHint().height() );
  }

  FeedsImportDialog::~FeedsImportDialog()
  {
    if ( mShared )
      mShared->cancel = true;
    mWatcher.waitForFinished();
  }

  void FeedsImportDialog::sourceChanged()
  {
    const auto source = static_cast<feeds::HistorySource>( mSource->currentData().toInt() );
    mOptions->setCurrentIndex( mSource->currentIndex() );
    mBrowse->setVisible( source == feeds::HistorySource::Csv );
    mLocation->setPlaceholderText( source == feeds::HistorySource::SensorThings ? QStringLiteral( "https://example.org/FROST-Server/v1.1" )
                                   : source == feeds::HistorySource::NgsiLd     ? QStringLiteral( "http://localhost:1026" )
                                                                                : tr( "history.csv" ) );
  }

  void FeedsImportDialog::browse()
  {
    const QString file = QFileDialog::getOpenFileName( this, tr( "CSV file of observations" ), mLocation->text(),
                                                       tr( "CSV files (*.csv *.txt);;All files (*)" ) );
    if ( !file.isEmpty() )
      mLocation->setText( QDir::toNativeSeparators( file ) );
  }

  bool FeedsImportDialog::request( feeds::HistoryImportRequest *request, QString *errorMessage ) const
  {
    feeds::HistoryImportRequest r;
    r.source = static_cast<feeds::HistorySource>( mSource->currentData().toInt() );
    const QString location = mLocation->text().trimmed();
    if ( location.isEmpty() )
    {
      *errorMessage =
          r.source == feeds::HistorySource::Csv ? tr( "Choose the CSV file to import." ) : tr( "Enter the URL of the service." );
      return false;
    }
    if ( r.source == feeds::HistorySource::Csv )
    {
      r.file = QDir::fromNativeSeparators( location );
      r.csv.delimiter = mDelimiter->currentData().toString().at( 0 );
      r.csv.sensorId = mCsvSensor->text().trimmed();
      r.csv.unit = mCsvUnit->text().trimmed();
    }
    else
    {
      r.url = QUrl::fromUserInput( location );
      if ( !r.url.isValid() || ( r.url.scheme() != QLatin1String( "http" ) && r.url.scheme() != QLatin1String( "https" ) ) )
      {
        *errorMessage = tr( "\"%1\" is not an http(s) URL." ).arg( location );
        return false;
      }
      r.datastreams = feeds::splitIdList( mDatastreams->text() );
      if ( !mNgsiType->currentData().toString().isEmpty() )
        r.ngsiTypes = QStringList{ mNgsiType->currentData().toString() };
      r.temporal = mTemporal->isChecked();
      r.tenant = mTenant->text().trimmed();
    }
    if ( mRange->isChecked() )
    {
      r.from = mFrom->dateTime().toUTC();
      r.to = mTo->dateTime().toUTC();
      if ( r.to <= r.from )
      {
        *errorMessage = tr( "The end of the time range must come after its start." );
        return false;
      }
    }
    *request = r;
    return true;
  }

  bool FeedsImportDialog::startImport()
  {
    if ( isRunning() )
      return false;
    feeds::HistoryImportRequest r;
    QString error;
    if ( !request( &r, &error ) )
    {
      mStatus->setText( error );
      return false;
    }
    mShared = std::make_shared<Shared>();
    std::shared_ptr<Shared> shared = mShared;
    const QString territory = mTerritoryPath;
    mWatcher.setFuture( QtConcurrent::run(
        [shared, territory, r]()
        {
          Outcome outcome;
          // a connection of this thread: the feeds worker keeps its own, SQLite (WAL) or PostgreSQL serialise the writes
          std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( territory, &outcome.error );
          if ( !store )
            return outcome;
          outcome.ok = feeds::importHistory( *store, r, &outcome.result, &outcome.error,
                                             [shared]( const feeds::HistoryImportProgress &p )
                                             {
                                               {
                                                 QMutexLocker lock( &shared->mutex );
                                                 shared->progress = p;
                                               }
                                               return !shared->cancel.load();
                                             } );
          return outcome;
        } ) );
    for ( QWidget *w : std::initializer_list<QWidget *>{ mSource, mLocation, mBrowse, mOptions, mRange, mFrom, mTo, mImportButton } )
      w->setEnabled( false );
    mCancelButton->setEnabled( true );
    mProgress->setVisible( true );
    mProgress->setRange( 0, 0 );
    mStatus->setText( tr( "Importing…" ) );
    mTimer->start();
    return true;
  }

  bool FeedsImportDialog::isRunning() const
  {
    return mWatcher.isRunning();
  }

  void FeedsImportDialog::cancel()
  {
    if ( !mShared || !isRunning() )
      return;
    mShared->cancel = true;
    mCancelButton->setEnabled( false );
    mStatus->setText( tr( "Cancelling after the current page…" ) );
  }

  void FeedsImportDialog::waitForFinished()
  {
    mWatcher.waitForFinished();
  }

  void FeedsImportDialog::showProgress()
  {
    if ( !mShared || mShared->cancel )
      return;
    feeds::HistoryImportProgress p;
    {
      QMutexLocker lock( &mShared->mutex );
      p = mShared->progress;
    }
    if ( p.steps > 1 )
    {
      mProgress->setRange( 0, p.steps );
      mProgress->setValue( p.step );
    }
    mStatus->setText( tr( "%1 pages read, %2 observations, %3 stored — %4" )
                          .arg( p.pages )
                          .arg( QLocale().toString( p.received ) )
                          .arg( QLocale().toString( p.stored ) )
                          .arg( p.place ) );
  }

  QString FeedsImportDialog::summary() const
  {
    return mSummary;
  }

  void FeedsImportDialog::done( const Outcome &outcome )
  {
    mTimer->stop();
    mResult = outcome.result;
    for ( QWidget *w : std::initializer_list<QWidget *>{ mSource, mLocation, mBrowse, mOptions, mRange, mImportButton } )
      w->setEnabled( true );
    mFrom->setEnabled( mRange->isChecked() );
    mTo->setEnabled( mRange->isChecked() );
    mCancelButton->setEnabled( false );
    mProgress->setVisible( false );
    const feeds::HistoryImportResult &r = outcome.result;
    const QLocale locale;
    QString counts = tr( "%1 observations read in %2 pages: %3 stored, %4 already there, %5 new sensors (unbound: bind them on the map), "
                         "%6 out of range, %7 rejected." )
                         .arg( locale.toString( r.received ) )
                         .arg( r.pages )
                         .arg( locale.toString( r.stored ) )
                         .arg( locale.toString( r.duplicates ) )
                         .arg( locale.toString( r.unboundRegistered ) )
                         .arg( locale.toString( r.outOfRange ) )
                         .arg( locale.toString( r.rejected ) );
    if ( !r.warnings.isEmpty() )
      counts += QLatin1Char( '\n' ) + r.warnings.mid( 0, 5 ).join( QLatin1Char( '\n' ) );
    if ( outcome.ok )
      mSummary = tr( "Import finished. %1" ).arg( counts );
    else if ( r.cancelled )
      mSummary = tr( "Import cancelled; what was stored stays (importing again adds only what is missing). %1" ).arg( counts );
    else
      mSummary =
          tr( "Import stopped: %1\nStored before the error: %2 Importing again adds only what is missing." ).arg( outcome.error, counts );
    mStatus->setText( mSummary );
    logMessage( outcome.ok ? LogLevel::Info : LogLevel::Warning, QStringLiteral( "feeds" ),
                outcome.ok ? QStringLiteral( "history import into %1: %2" ).arg( mTerritoryPath, counts )
                           : QStringLiteral( "history import into %1: %2" ).arg( mTerritoryPath, outcome.error ) );
    if ( r.stored > 0 )
      Q_EMIT imported( r.stored );
    Q_EMIT finished( outcome.ok, outcome.error );
  }

  void FeedsImportDialog::reject()
  {
    if ( isRunning() )
    {
      // closing cancels: the import stops after its current page
      cancel();
      return;
    }
    QDialog::reject();
  }
} // namespace vigie
