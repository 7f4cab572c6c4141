// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_COMPONENTVERSION_H
#define VIGIE_COMPONENTVERSION_H

#include "vigie_store_export.h"

#include <QString>

namespace vigie
{
  class SqlConnection;

  //! The statement componentVersion() runs, for the messages that quote a failing statement.
  VIGIE_STORE_EXPORT QString componentVersionQuery();

  /**
   * The schema version of \a component in the territory's vigie_schema table, 0 when the component
   * has no row yet (its tables were never created): the stores that keep their own tables beside the
   * layers (agendas, roadmap, budget, feeds) read it before they migrate or refuse the file.
   * False with the connection's reason in \a error when the query fails.
   */
  VIGIE_STORE_EXPORT bool componentVersion( SqlConnection &db, const QString &component, int *version, QString *error );

  /**
   * Whether this Vigie reads the \a stored schema version of a component: at most \a supported.
   * False when the territory was written by a newer Vigie, with \a error set to \a newerMessage
   * (the store's own translated message, territory and component already filled in) completed with
   * the stored and the supported version, in that order.
   */
  VIGIE_STORE_EXPORT bool supportedComponentVersion( int stored, int supported, const QString &newerMessage, QString *error );

  /**
   * Records \a to as the schema version of \a component once its tables were migrated from version
   * \a from, in the caller's transaction: a new vigie_schema row from 0, the row updated from an older
   * version, nothing when \a from is already \a to (or newer). False with the connection's reason in \a error
   * (and the failing statement in \a statement when given) when the write fails.
   */
  VIGIE_STORE_EXPORT bool writeComponentVersion( SqlConnection &db, const QString &component, int from, int to, QString *error,
                                                 QString *statement = nullptr );
} // namespace vigie

#endif // VIGIE_COMPONENTVERSION_H
