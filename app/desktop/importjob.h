// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_IMPORTJOB_H
#define VIGIE_IMPORTJOB_H

#include "domainplugin.h"
#include "importer.h"

#include <QFutureWatcher>
#include <QList>
#include <QMetaType>
#include <QObject>

#include <atomic>

Q_DECLARE_METATYPE( vigie::ImportResult )

namespace vigie
{
  /**
   * \brief One import into a territory layer, run on a worker thread with its own
   * connection to the territory file. Progress and the end arrive as signals on the
   * GUI thread; cancel() makes the importer's progress callback return false, and the
   * importer rolls everything back.
   */
  class ImportJob : public QObject
  {
      Q_OBJECT
    public:
      ImportJob( const QString &territoryPath, const QList<DomainPlugin *> &plugins, const QString &source, const ImportOptions &options,
                 QObject *parent = nullptr );
      //! Cancels a running import and waits for the rollback.
      ~ImportJob() override;

      void start();
      bool isRunning() const;
      //! Asks the import to stop; finished() follows with result().cancelled.
      void cancel();
      bool isCancelRequested() const { return mCancel.load(); }
      //! The result, once finished() was emitted.
      ImportResult result() const { return mResult; }
      QString source() const { return mSource; }
      ImportOptions options() const { return mOptions; }
      void waitForFinished();

    signals:
      void progressChanged( int percent );
      void finished( const vigie::ImportResult &result );

    private:
      QString mTerritoryPath;
      QList<DomainPlugin *> mPlugins;
      QString mSource;
      ImportOptions mOptions;
      std::atomic<bool> mCancel { false };
      std::atomic<int> mLastPercent { -1 };
      ImportResult mResult;
      QFutureWatcher<ImportResult> mWatcher;
  };
} // namespace vigie

#endif
