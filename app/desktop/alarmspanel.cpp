// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarmspanel.h"

#include "feedsservice.h"
#include "livelayer.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie
{
  namespace
  {
    enum Column
    {
      SeverityColumn,
      TimeColumn,
      AssetColumn,
      SensorColumn,
      RuleColumn,
      StateColumn,
      ByColumn,
      ColumnCount
    };

    QString severityText( feeds::AlarmSeverity severity )
    {
      switch ( severity )
      {
        case feeds::AlarmSeverity::Info:
          return AlarmsPanel::tr( "Info" );
        case feeds::AlarmSeverity::Warning:
          return AlarmsPanel::tr( "Warning" );
        case feeds::AlarmSeverity::Critical:
          return AlarmsPanel::tr( "Critical" );
      }
      return QString();
    }

    QString stateText( const feeds::Alarm &alarm )
    {
      QString text;
      switch ( alarm.state )
      {
        case feeds::AlarmState::Raised:
          text = AlarmsPanel::tr( "Raised" );
          break;
        case feeds::AlarmState::Acknowledged:
          text = AlarmsPanel::tr( "Acknowledged" );
          break;
        case feeds::AlarmState::Cleared:
          text = AlarmsPanel::tr( "Cleared" );
          break;
      }
      if ( alarm.state != feeds::AlarmState::Cleared && !alarm.active )
        text = AlarmsPanel::tr( "%1 (back to normal)" ).arg( text );
      return text;
    }

    QString timeText( const QDateTime &time )
    {
      return time.isValid() ? QLocale().toString( time.toLocalTime(), QStringLiteral( "yyyy-MM-dd HH:mm:ss" ) ) : QString();
    }
  } // namespace

  AlarmsPanel::AlarmsPanel( FeedsService *service, QgsMapCanvas *canvas, QgsProject *project, QWidget *parent )
    : QWidget( parent )
    , mService( service )
    , mCanvas( canvas )
    , mProject( project )
  {
    QVBoxLayout *layout = new QVBoxLayout( this );
    layout->setContentsMargins( 4, 4, 4, 4 );
    mTable = new QTableWidget( 0, ColumnCount, this );
    mTable->setHorizontalHeaderLabels( { tr( "Severity" ), tr( "Raised" ), tr( "Asset" ), tr( "Sensor" ), tr( "Rule" ), tr( "State" ), tr( "By" ) } );
    mTable->setSelectionBehavior( QAbstractItemView::SelectRows );
    mTable->setSelectionMode( QAbstractItemView::SingleSelection );
    mTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection( true );
    mTable->setWordWrap( false );
    layout->addWidget( mTable, 1 );

    QHBoxLayout *actions = new QHBoxLayout;
    actions->addWidget( new QLabel( tr( "Operator:" ), this ) );
    mUser = new QLineEdit( feeds::AlarmEngine::systemUserName(), this );
    mUser->setToolTip( tr( "Name recorded with acknowledge and clear (your session's user name by default)" ) );
    mUser->setMaximumWidth( 140 );
    actions->addWidget( mUser );
    mAcknowledge = new QPushButton( tr( "&Acknowledge" ), this );
    mClear = new QPushButton( tr( "C&lear" ), this );
    actions->addWidget( mAcknowledge );
    actions->addWidget( mClear );
    mShowCleared = new QCheckBox( tr( "Show cleared" ), this );
    actions->addWidget( mShowCleared );
    actions->addStretch( 1 );
    mSummary = new QLabel( this );
    actions->addWidget( mSummary );
    layout->addLayout( actions );

    connect( mService, &FeedsService::alarmsChanged, this, &AlarmsPanel::refresh );
    connect( mService, &FeedsService::closed, this, &AlarmsPanel::refresh );
    connect( mShowCleared, &QCheckBox::toggled, this, &AlarmsPanel::refresh );
    connect( mAcknowledge, &QPushButton::clicked, this, &AlarmsPanel::acknowledgeSelected );
    connect( mClear, &QPushButton::clicked, this, &AlarmsPanel::clearSelected );
    connect( mTable, &QTableWidget::itemSelectionChanged, this, &AlarmsPanel::updateButtons );
    connect( mTable, &QTableWidget::cellClicked, this, [this]( int row, int ) {
      if ( QTableWidgetItem *item = mTable->item( row, 0 ) )
        activateAlarm( item->data( Qt::UserRole ).toLongLong() );
    } );
    connect( mService, &FeedsService::actionFinished, this, [this]( const QString &action, bool ok, const QString &message ) {
      if ( !ok && ( action == QLatin1String( "acknowledge" ) || action == QLatin1String( "clear" ) ) )
        Q_EMIT errorOccurred( message );
    } );
    refresh();
  }

  QString AlarmsPanel::userName() const
  {
    return mUser->text().trimmed();
  }

  void AlarmsPanel::setUserName( const QString &name )
  {
    mUser->setText( name );
  }

  void AlarmsPanel::setShowCleared( bool show )
  {
    mShowCleared->setChecked( show );
  }

  int AlarmsPanel::rowOf( qint64 id ) const
  {
    for ( int row = 0; row < mTable->rowCount(); ++row )
    {
      if ( mTable->item( row, 0 )->data( Qt::UserRole ).toLongLong() == id )
        return row;
    }
    return -1;
  }

  void AlarmsPanel::refresh()
  {
    const qint64 selected = selectedAlarm();
    const QList<feeds::Alarm> &alarms = mService->alarms();
    QList<feeds::Alarm> shown;
    int open = 0;
    for ( const feeds::Alarm &alarm : alarms )
    {
      if ( alarm.state != feeds::AlarmState::Cleared )
        ++open;
      if ( alarm.state != feeds::AlarmState::Cleared || mShowCleared->isChecked() )
        shown << alarm;
    }
    mTable->setUpdatesEnabled( false );
    mTable->setRowCount( static_cast<int>( shown.size() ) );
    for ( int row = 0; row < shown.size(); ++row )
    {
      const feeds::Alarm &alarm = shown.at( row );
      const QString asset = alarm.layer.isEmpty() ? tr( "(unbound)" ) : QStringLiteral( "%1 #%2" ).arg( alarm.layer ).arg( alarm.fid );
      const QString by = alarm.state == feeds::AlarmState::Cleared ? alarm.clearedBy : alarm.acknowledgedBy;
      const QStringList texts = { severityText( alarm.severity ), timeText( alarm.raisedAt ), asset, alarm.sensorId,
                                  alarm.ruleName.isEmpty() ? alarm.message : alarm.ruleName, stateText( alarm ), by };
      for ( int column = 0; column < ColumnCount; ++column )
      {
        QTableWidgetItem *item = mTable->item( row, column );
        if ( !item )
        {
          item = new QTableWidgetItem;
          mTable->setItem( row, column, item );
        }
        item->setText( texts.at( column ) );
        item->setData( Qt::UserRole, alarm.id );
        item->setToolTip( alarm.message );
        QFont font = item->font();
        font.setBold( alarm.state == feeds::AlarmState::Raised );
        item->setFont( font );
      }
      QColor severityColor = alarm.severity == feeds::AlarmSeverity::Critical  ? QColor( 213, 94, 0 )
                             : alarm.severity == feeds::AlarmSeverity::Warning ? QColor( 230, 159, 0 )
                                                                               : QColor( 0, 114, 178 );
      mTable->item( row, SeverityColumn )->setForeground( QBrush( severityColor.darker( 120 ) ) );
      mTable->item( row, StateColumn )->setForeground( alarm.state == feeds::AlarmState::Cleared ? QBrush( Qt::gray ) : QBrush( palette().text() ) );
    }
    mTable->setUpdatesEnabled( true );
    if ( mTable->columnWidth( TimeColumn ) < 100 && !shown.isEmpty() )
      mTable->resizeColumnsToContents();
    const int row = rowOf( selected );
    if ( row >= 0 )
      mTable->selectRow( row );
    mSummary->setText( tr( "%n open alarm(s)", nullptr, open ) );
    updateButtons();
  }

  qint64 AlarmsPanel::selectedAlarm() const
  {
    const QList<QTableWidgetItem *> items = mTable->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data( Qt::UserRole ).toLongLong();
  }

  void AlarmsPanel::updateButtons()
  {
    const qint64 id = selectedAlarm();
    feeds::AlarmState state = feeds::AlarmState::Cleared;
    for ( const feeds::Alarm &alarm : mService->alarms() )
    {
      if ( alarm.id == id )
        state = alarm.state;
    }
    mAcknowledge->setEnabled( id > 0 && state == feeds::AlarmState::Raised );
    mClear->setEnabled( id > 0 && state != feeds::AlarmState::Cleared );
  }

  bool AlarmsPanel::activateAlarm( qint64 id )
  {
    for ( const feeds::Alarm &alarm : mService->alarms() )
    {
      if ( alarm.id != id )
        continue;
      const int row = rowOf( id );
      if ( row >= 0 && selectedAlarm() != id )
        mTable->selectRow( row );
      Q_EMIT sensorSelected( alarm.sensorId );
      QString layer = alarm.layer;
      qint64 fid = alarm.fid;
      if ( layer.isEmpty() )
      {
        // bound since the alarm was raised?
        const feeds::SensorInfo info = mService->sensors().value( alarm.sensorId );
        layer = info.layer;
        fid = info.fid;
      }
      return LivePositions::zoomToAsset( mCanvas, mProject, layer, fid );
    }
    return false;
  }

  bool AlarmsPanel::acknowledgeSelected()
  {
    const qint64 id = selectedAlarm();
    if ( id <= 0 )
      return false;
    if ( userName().isEmpty() )
    {
      Q_EMIT errorOccurred( tr( "Give the operator's name before acknowledging an alarm." ) );
      return false;
    }
    mService->acknowledgeAlarm( id, userName() );
    return true;
  }

  bool AlarmsPanel::clearSelected()
  {
    const qint64 id = selectedAlarm();
    if ( id <= 0 )
      return false;
    if ( userName().isEmpty() )
    {
      Q_EMIT errorOccurred( tr( "Give the operator's name before clearing an alarm." ) );
      return false;
    }
    mService->clearAlarm( id, userName() );
    return true;
  }
} // namespace vigie
