// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LOG_H
#define VIGIE_LOG_H

#include "vigie_core_export.h"

#include <QString>

#include <functional>

namespace vigie
{
  //! Severity of a log message.
  enum class LogLevel
  {
    Debug,
    Info,
    Warning,
    Critical
  };

  /**
   * \brief The one function all logging goes through, with a topic ("store", "plugins", ...).
   * Messages at or above VIGIE_LOG_LEVEL (debug|info|warning|critical, default info) go to
   * stderr; every message also goes to the installed sinks (e.g. the app's log panel).
   */
  VIGIE_CORE_EXPORT void logMessage( LogLevel level, const QString &topic, const QString &message );

  using LogSink = std::function<void( LogLevel, const QString &topic, const QString &message )>;

  //! Adds a sink that receives every message; returns an id for removeLogSink().
  VIGIE_CORE_EXPORT int addLogSink( LogSink sink );
  VIGIE_CORE_EXPORT void removeLogSink( int id );
  //! When false, nothing is written to stderr (sinks still receive messages).
  VIGIE_CORE_EXPORT void setLogToStderr( bool enabled );
} // namespace vigie

#endif
