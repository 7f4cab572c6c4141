// SPDX-License-Identifier: GPL-2.0-or-later
#include "atomicfile.h"

#include <QDir>
#include <QSaveFile>

namespace vigie
{
  bool writeFileAtomically( const QString &path, const QByteArray &data, QString *errorMessage )
  {
    QSaveFile file( path );
    if ( !file.open( QIODevice::WriteOnly ) || file.write( data ) != data.size() || !file.commit() )
    {
      if ( errorMessage )
        *errorMessage = QStringLiteral( "%1: cannot write: %2" ).arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    return true;
  }
} // namespace vigie
