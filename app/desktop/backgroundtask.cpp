// SPDX-License-Identifier: GPL-2.0-or-later
#include "backgroundtask.h"

#include <QProgressBar>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace vigie
{
  void showProgress( QProgressBar *bar, qint64 done, qint64 total, const QString &format )
  {
    bar->setRange( 0, total > 0 ? 1000 : 0 );
    bar->setValue( total > 0 ? static_cast<int>( 1000 * done / total ) : 0 );
    bar->setFormat( format );
  }

  QProgressBar *takeProgressBar( QProgressDialog *dialog )
  {
    QProgressBar *bar = new QProgressBar( dialog );
    bar->setRange( dialog->minimum(), dialog->maximum() );
    bar->setValue( dialog->value() );
    dialog->setBar( bar ); // the dialog owns it
    return bar;
  }

  BackgroundTask::BackgroundTask( Work work, QObject *parent )
    : QObject( parent )
    , mWork( std::move( work ) )
  {
    connect( &mWatcher, &QFutureWatcher<Outcome>::finished, this, [this] {
      const Outcome outcome = mWatcher.result();
      emit finished( outcome.ok, outcome.errorMessage );
    } );
  }

  BackgroundTask::~BackgroundTask()
  {
    mWatcher.waitForFinished();
  }

  void BackgroundTask::start()
  {
    Work work = mWork;
    mWatcher.setFuture( QtConcurrent::run( [work]() {
      Outcome outcome;
      outcome.ok = work( &outcome.errorMessage );
      return outcome;
    } ) );
  }

  bool BackgroundTask::isRunning() const
  {
    return mWatcher.isRunning();
  }

  void BackgroundTask::waitForFinished()
  {
    mWatcher.waitForFinished();
  }
} // namespace vigie
