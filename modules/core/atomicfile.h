// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ATOMICFILE_H
#define VIGIE_ATOMICFILE_H

#include "vigie_core_export.h"

#include <QByteArray>
#include <QString>

namespace vigie
{
  /**
   * Writes \a data to \a path atomically (QSaveFile: temporary file, flush, rename):
   * readers see the old content or the new one, never a mix. False with a message
   * naming the file on failure.
   */
  VIGIE_CORE_EXPORT bool writeFileAtomically( const QString &path, const QByteArray &data, QString *errorMessage = nullptr );
} // namespace vigie

#endif
