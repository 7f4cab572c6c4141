// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_CLITEST_H
#define VIGIE_CLITEST_H

// Runs a vigie-cli command contributed as a vigie::CliCommand (modules, plugins) in
// process, with its standard output and error captured.

#include "domainplugin.h"

#include <QStringList>
#include <QTextStream>

namespace vigie::test
{
  struct CliResult
  {
    int code = -1;
    QString out;
    QString err;
  };

  inline CliResult runCliCommand( const CliCommand &command, const QStringList &args )
  {
    CliResult r;
    QTextStream out( &r.out );
    QTextStream err( &r.err );
    r.code = command.run( args, out, err );
    out.flush();
    err.flush();
    return r;
  }
} // namespace vigie::test

#endif
