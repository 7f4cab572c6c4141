// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_WATERTOOLS_H
#define VIGIE_HYDRAULICS_WATERTOOLS_H

#include "vigie_hydraulics_export.h"

#include <QString>
#include <QStringList>

class QTextStream;

namespace vigie::hydraulics
{
  //! True for the subcommands below (`vigie-cli water detect|score|balance|isolate|import|export`).
  VIGIE_HYDRAULICS_EXPORT bool isWaterToolCommand( const QString &name );
  //! Usage lines of those subcommands, appended to `vigie-cli water --help`.
  VIGIE_HYDRAULICS_EXPORT QString waterToolUsage();
  //! Runs one of them; \a args start after the subcommand name. Returns a WaterExitCode.
  VIGIE_HYDRAULICS_EXPORT int runWaterToolCommand( const QString &name, const QStringList &args, QTextStream &out, QTextStream &err );
} // namespace vigie::hydraulics

#endif
