// SPDX-License-Identifier: GPL-2.0-or-later
#include "feedsargs.h"

#include <QCoreApplication>

namespace vigie::feeds
{
  bool parseCliArgs( const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions, CliArgs *a, QString *error )
  {
    for ( int i = 0; i < args.size(); ++i )
    {
      const QString &arg = args.at( i );
      if ( arg == QLatin1String( "-h" ) || arg == QLatin1String( "--help" ) )
      {
        a->help = true;
        continue;
      }
      if ( !arg.startsWith( QLatin1String( "--" ) ) )
      {
        a->positional << arg;
        continue;
      }
      const QString name = arg.mid( 2 ).section( QLatin1Char( '=' ), 0, 0 );
      if ( flagOptions.contains( name ) )
      {
        a->flags.insert( name );
        continue;
      }
      if ( !valueOptions.contains( name ) )
      {
        *error = QCoreApplication::translate( "vigie::feeds", "unknown option %1" ).arg( arg );
        return false;
      }
      const int eq = arg.indexOf( QLatin1Char( '=' ) );
      if ( eq > 0 )
        a->values.insert( name, arg.mid( eq + 1 ) );
      else if ( i + 1 < args.size() )
        a->values.insert( name, args.at( ++i ) );
      else
      {
        *error = QCoreApplication::translate( "vigie::feeds", "option %1 needs a value" ).arg( arg );
        return false;
      }
    }
    return true;
  }
} // namespace vigie::feeds
