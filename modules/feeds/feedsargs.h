// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_FEEDSARGS_H
#define VIGIE_FEEDS_FEEDSARGS_H

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vigie::feeds
{
  //! Parsed arguments of a feeds command (internal to the feeds CLI commands).
  struct CliArgs
  {
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
    bool help = false;

    QString value( const char *name ) const { return values.value( QLatin1String( name ) ); }
    bool has( const char *name ) const { return values.contains( QLatin1String( name ) ) || flags.contains( QLatin1String( name ) ); }
  };

  //! Options may come before or after the positional arguments; "--name=value" or "--name value";
  //! an unknown option or a missing value gives the error naming it.
  bool parseCliArgs( const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions, CliArgs *a, QString *error );
} // namespace vigie::feeds

#endif
