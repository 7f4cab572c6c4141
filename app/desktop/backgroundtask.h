// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BACKGROUNDTASK_H
#define VIGIE_BACKGROUNDTASK_H

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>

class QProgressBar;
class QProgressDialog;

namespace vigie
{
  //! Shows \a done of \a total on \a bar (per mille: counts may pass the range of an int; busy
  //! while the total is unknown) with \a format (e.g. "%p% — step").
  void showProgress( QProgressBar *bar, qint64 done, qint64 total, const QString &format );

  /**
   * Gives \a dialog a progress bar of its own (same range) and returns it: connect a background
   * job's progress to the returned bar, never to QProgressDialog::setValue. Once a modal
   * progress dialog is shown, its setValue runs a nested event loop; the job's finished signal
   * can arrive there, and the dialog deleted by the finishing code is then used again by setValue
   * when the loop returns (a crash). The bar's setValue never runs the event loop. The dialog still
   * appears after its minimum duration: call dialog->setValue( minimum ) once before the job starts.
   */
  QProgressBar *takeProgressBar( QProgressDialog *dialog );

  /**
   * \brief Runs one piece of work (building a demo, exporting a layer) on a worker
   * thread so the GUI never freezes; finished() arrives on the GUI thread.
   * The work must not touch widgets nor objects owned by the GUI thread.
   */
  class BackgroundTask : public QObject
  {
      Q_OBJECT
    public:
      //! The work: true on success, else false with a message.
      using Work = std::function<bool( QString *errorMessage )>;

      explicit BackgroundTask( Work work, QObject *parent = nullptr );
      ~BackgroundTask() override;

      void start();
      bool isRunning() const;
      //! Blocks until the work is over (used on close and in tests).
      void waitForFinished();

    signals:
      void finished( bool ok, const QString &errorMessage );

    private:
      struct Outcome
      {
        bool ok = false;
        QString errorMessage;
      };
      Work mWork;
      QFutureWatcher<Outcome> mWatcher;
  };
} // namespace vigie

#endif
