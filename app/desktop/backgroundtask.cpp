// SPDX-License-Identifier: GPL-2.0-or-later
#include "backgroundtask.h"

#include <QtConcurrent/QtConcurrentRun>

namespace vigie
{
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
