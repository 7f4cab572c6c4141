// SPDX-License-Identifier: GPL-2.0-or-later
#include "log.h"

#include <QDateTime>
#include <QMap>
#include <QMutex>

#include <cstdio>

namespace vigie
{
  namespace
  {
    struct LogState
    {
      QMutex mutex;
      QMap<int, LogSink> sinks;
      int nextId = 1;
      bool toStderr = true;
    };

    LogState &state()
    {
      static LogState s;
      return s;
    }

    LogLevel thresholdFromEnvironment()
    {
      const QByteArray level = qgetenv( "VIGIE_LOG_LEVEL" ).toLower();
      if ( level == "debug" )
        return LogLevel::Debug;
      if ( level == "warning" )
        return LogLevel::Warning;
      if ( level == "critical" )
        return LogLevel::Critical;
      return LogLevel::Info;
    }

    const char *levelName( LogLevel level )
    {
      switch ( level )
      {
        case LogLevel::Debug:
          return "debug";
        case LogLevel::Info:
          return "info";
        case LogLevel::Warning:
          return "warning";
        case LogLevel::Critical:
          return "critical";
      }
      return "";
    }
  } // namespace

  void logMessage( LogLevel level, const QString &topic, const QString &message )
  {
    static const LogLevel threshold = thresholdFromEnvironment();
    QMap<int, LogSink> sinks;
    bool toStderr = false;
    {
      QMutexLocker locker( &state().mutex );
      sinks = state().sinks;
      toStderr = state().toStderr;
    }
    if ( toStderr && level >= threshold )
    {
      const QByteArray line = QStringLiteral( "vigie [%1] %2: %3\n" )
                                .arg( QString::fromLatin1( levelName( level ) ), topic, message )
                                .toLocal8Bit();
      std::fputs( line.constData(), stderr );
    }
    for ( const LogSink &sink : std::as_const( sinks ) )
      sink( level, topic, message );
  }

  int addLogSink( LogSink sink )
  {
    QMutexLocker locker( &state().mutex );
    const int id = state().nextId++;
    state().sinks.insert( id, std::move( sink ) );
    return id;
  }

  void removeLogSink( int id )
  {
    QMutexLocker locker( &state().mutex );
    state().sinks.remove( id );
  }

  void setLogToStderr( bool enabled )
  {
    QMutexLocker locker( &state().mutex );
    state().toStderr = enabled;
  }
} // namespace vigie
