// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_INPWRITER_H
#define VIGIE_HYDRAULICS_INPWRITER_H

#include "network.h"
#include "vigie_hydraulics_export.h"

#include <QString>

namespace vigie::hydraulics
{
  /**
   * \brief Writes a Network as an EPANET 2.2 input file that InpReader reads back identically.
   * Numbers are written with the shortest text that reads back to the same double, so
   * read -> write -> read is lossless; sections kept verbatim are written back as they were.
   */
  class VIGIE_HYDRAULICS_EXPORT InpWriter
  {
  public:
    //! The .inp text of \a network.
    static QString toText( const Network &network );
    //! Writes \a network to \a path atomically; false with the file and the reason in \a errorMessage.
    static bool writeFile( const Network &network, const QString &path, QString *errorMessage = nullptr );
  };
} // namespace vigie::hydraulics

#endif
