// SPDX-License-Identifier: GPL-2.0-or-later
#include "importjob.h"

#include "territory.h"

#include <QCoreApplication>
#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

namespace vigie
{
  ImportJob::ImportJob( const QString &territoryPath, const QList<DomainPlugin *> &plugins, const QString &source, const ImportOptions &options,
                        QObject *parent )
    : QObject( parent )
    , mTerritoryPath( territoryPath )
    , mPlugins( plugins )
    , mSource( source )
    , mOptions( options )
  {
    qRegisterMetaType<vigie::ImportResult>();
    connect( &mWatcher, &QFutureWatcher<ImportResult>::finished, this, [this] {
      mResult = mWatcher.result();
      emit finished( mResult );
    } );
  }

  ImportJob::~ImportJob()
  {
    mCancel = true;
    mWatcher.waitForFinished();
  }

  void ImportJob::start()
  {
    mWatcher.setFuture( QtConcurrent::run( [this]() {
      ImportResult result;
      if ( mCancel )
      {
        result.cancelled = true;
        result.error = QCoreApplication::translate( "vigie", "Import cancelled" );
        return result;
      }
      QString error;
      // a connection of its own: the GUI keeps reading the file meanwhile (WAL)
      std::unique_ptr<Territory> territory = Territory::open( mTerritoryPath, mPlugins, Territory::Mode::ReadWrite, &error );
      if ( !territory )
      {
        result.error = error;
        return result;
      }
      result = Importer::run( *territory, mSource, mOptions, [this]( double fraction ) {
        const int percent = qBound( 0, static_cast<int>( fraction * 100.0 ), 100 );
        if ( mLastPercent.exchange( percent ) != percent )
          emit progressChanged( percent );  // queued to the GUI thread
        return !mCancel.load();
      } );
      if ( mCancel && !result.ok )
        result.cancelled = true;
      return result;
    } ) );
  }

  bool ImportJob::isRunning() const
  {
    return mWatcher.isRunning();
  }

  void ImportJob::cancel()
  {
    mCancel = true;
  }

  void ImportJob::waitForFinished()
  {
    mWatcher.waitForFinished();
  }
} // namespace vigie
