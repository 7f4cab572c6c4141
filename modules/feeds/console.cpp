// SPDX-License-Identifier: GPL-2.0-or-later
#include "console.h"

#include <QtGlobal>

#include <atomic>
#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace vigie::feeds
{
  namespace
  {
    std::atomic<bool> sStopRequested{ false };
    std::atomic<bool> sInstalled{ false };

#ifdef Q_OS_WIN
    BOOL WINAPI consoleHandler( DWORD type )
    {
      switch ( type )
      {
      case CTRL_C_EVENT:
      case CTRL_BREAK_EVENT:
      case CTRL_CLOSE_EVENT:
      case CTRL_SHUTDOWN_EVENT:
        sStopRequested = true;
        return TRUE;
      default:
        return FALSE;
      }
    }
#else
    void signalHandler( int )
    {
      sStopRequested = true; // lock-free atomic store: async-signal-safe
    }
#endif
  } // namespace

  void Console::installStopHandlers()
  {
    sStopRequested = false;
    if ( sInstalled.exchange( true ) )
      return;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler( consoleHandler, TRUE );
#else
    struct sigaction action = {};
    action.sa_handler = signalHandler;
    sigemptyset( &action.sa_mask );
    action.sa_flags = SA_RESTART;
    sigaction( SIGINT, &action, nullptr );
    sigaction( SIGTERM, &action, nullptr );
#endif
  }

  bool Console::stopRequested()
  {
    return sStopRequested;
  }

  void Console::requestStop()
  {
    sStopRequested = true;
  }

  bool Console::isInteractive()
  {
#ifdef Q_OS_WIN
    return _isatty( _fileno( stdin ) ) != 0;
#else
    return isatty( STDIN_FILENO ) != 0;
#endif
  }

  bool Console::readPassword( const QString &prompt, QString *password )
  {
    if ( !isInteractive() )
      return false;
    fputs( prompt.toLocal8Bit().constData(), stderr );
    fflush( stderr );
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle( STD_INPUT_HANDLE );
    DWORD mode = 0;
    GetConsoleMode( input, &mode );
    SetConsoleMode( input, mode & ~ENABLE_ECHO_INPUT );
#else
    termios saved{};
    tcgetattr( STDIN_FILENO, &saved );
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t( ECHO );
    tcsetattr( STDIN_FILENO, TCSAFLUSH, &silent );
#endif
    std::string line;
    int c = 0;
    while ( ( c = fgetc( stdin ) ) != EOF && c != '\n' )
      if ( c != '\r' )
        line.push_back( char( c ) );
#ifdef Q_OS_WIN
    SetConsoleMode( input, mode );
#else
    tcsetattr( STDIN_FILENO, TCSAFLUSH, &saved );
#endif
    fputs( "\n", stderr );
    *password = QString::fromLocal8Bit( line.c_str() );
    std::fill( line.begin(), line.end(), '\0' );
    return true;
  }
} // namespace vigie::feeds
