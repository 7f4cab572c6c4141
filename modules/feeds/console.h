// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_CONSOLE_H
#define VIGIE_FEEDS_CONSOLE_H

#include "vigie_feeds_export.h"

#include <QString>

namespace vigie::feeds
{
  /**
   * \brief The platform-specific bits of long-running console commands (`vigie-cli ingest`):
   * SIGINT/SIGTERM (POSIX sigaction) or Ctrl+C / close / shutdown (Windows SetConsoleCtrlHandler)
   * turned into a polled flag, and reading a password without echo. The only platform code of
   * the feeds module.
   */
  class VIGIE_FEEDS_EXPORT Console
  {
  public:
    //! Installs the stop handlers (idempotent) and clears the flag.
    static void installStopHandlers();
    //! True once a stop was requested.
    static bool stopRequested();
    //! Sets the flag (tests, or a command that wants to stop itself).
    static void requestStop();

    //! True when standard input is an interactive terminal.
    static bool isInteractive();
    //! Prints \a prompt on stderr and reads one line from the terminal without echo; false when not interactive.
    static bool readPassword( const QString &prompt, QString *password );
  };
} // namespace vigie::feeds

#endif
