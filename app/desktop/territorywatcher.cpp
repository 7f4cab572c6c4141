// SPDX-License-Identifier: GPL-2.0-or-later
#include "territorywatcher.h"

#include "log.h"
#include "territory.h"
#include "territorylayers.h"
#include "territorynotify.h"

#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QTimer>

namespace vigie
{
  namespace
  {
    const QString kTopic = QStringLiteral( "app" );

    QString tableOf( const QgsMapLayer *layer )
    {
      return layer->customProperty( TerritoryLayers::qualifiedNameProperty() ).toString().replace( QLatin1Char( ':' ), QLatin1Char( '_' ) );
    }
  } // namespace

  TerritoryWatcher::TerritoryWatcher( QgsProject *project, QObject *parent ) : QObject( parent ), mProject( project )
  {
    mNotify = new TerritoryNotify( this );
    mTimer = new QTimer( this );
    mTimer->setSingleShot( true );
    mTimer->setInterval( 150 );
    connect( mTimer, &QTimer::timeout, this, &TerritoryWatcher::flush );
    connect( mNotify, &TerritoryNotify::changed, this, [this]( const QString &table, const QString &, qint64 ) { changed( table ); } );
    // changes made while the connection was down were not notified: reload everything
    connect( mNotify, &TerritoryNotify::reconnected, this, &TerritoryWatcher::reloadAll );
  }

  TerritoryWatcher::~TerritoryWatcher() = default;

  bool TerritoryWatcher::start( const QString &connectionPath, QString *errorMessage )
  {
    stop();
    QString error;
    if ( !TerritoryNotify::isInstalled( connectionPath, &error ) )
    {
      QStringList tables;
      if ( TerritoryNotify::install( connectionPath, &tables, &error ) )
        logMessage( LogLevel::Info, kTopic, tr( "Change notifications installed on %n table(s)", nullptr, tables.size() ) );
      else
        logMessage( LogLevel::Warning, kTopic,
                    tr( "%1: edits made on other desktops appear only after reopening: the change notifications are not installed and "
                        "this role may not install them (run vigie-cli territory notify as the tables' owner). %2" )
                        .arg( Territory::displayPath( connectionPath ), error ) );
    }
    return mNotify->start( connectionPath, errorMessage );
  }

  void TerritoryWatcher::stop()
  {
    mTimer->stop();
    mPending.clear();
    mNotify->stop();
  }

  bool TerritoryWatcher::isListening() const
  {
    return mNotify->isListening();
  }

  void TerritoryWatcher::setReloadDelay( int milliseconds )
  {
    mTimer->setInterval( milliseconds );
  }

  QgsVectorLayer *TerritoryWatcher::layerForTable( const QString &table ) const
  {
    if ( !mProject )
      return nullptr;
    const QMap<QString, QgsMapLayer *> layers = mProject->mapLayers();
    for ( QgsMapLayer *layer : layers )
    {
      if ( tableOf( layer ) == table )
        return qobject_cast<QgsVectorLayer *>( layer );
    }
    return nullptr;
  }

  void TerritoryWatcher::changed( const QString &table )
  {
    mPending.insert( table );
    if ( !mTimer->isActive() )
      mTimer->start();
  }

  void TerritoryWatcher::flush()
  {
    QStringList reloaded;
    QStringList tables;
    for ( const QString &table : std::as_const( mPending ) )
    {
      if ( QgsVectorLayer *layer = layerForTable( table ) )
      {
        // reload(): the provider forgets its cached count and extent; triggerRepaint(): the canvas redraws it
        layer->reload();
        layer->triggerRepaint();
        reloaded << layer->customProperty( TerritoryLayers::qualifiedNameProperty() ).toString();
      }
      else
        tables << table;
    }
    mPending.clear();
    reloaded.sort();
    tables.sort();
    if ( !reloaded.isEmpty() )
    {
      logMessage( LogLevel::Debug, kTopic,
                  QStringLiteral( "reloaded after changes elsewhere: %1" ).arg( reloaded.join( QStringLiteral( ", " ) ) ) );
      emit layersReloaded( reloaded );
    }
    if ( !tables.isEmpty() )
      emit tablesChanged( tables );
  }

  void TerritoryWatcher::reloadAll()
  {
    if ( !mProject )
      return;
    const QMap<QString, QgsMapLayer *> layers = mProject->mapLayers();
    for ( QgsMapLayer *layer : layers )
    {
      const QString table = tableOf( layer );
      if ( !table.isEmpty() )
        mPending.insert( table );
    }
    mPending.insert( QStringLiteral( "feeds_alarms" ) );
    flush();
  }
} // namespace vigie
