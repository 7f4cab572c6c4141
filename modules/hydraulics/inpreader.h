// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_INPREADER_H
#define VIGIE_HYDRAULICS_INPREADER_H

#include "network.h"
#include "vigie_hydraulics_export.h"

#include <QString>

namespace vigie::hydraulics
{
  /**
   * \brief Reads EPANET 2.2 input files (.inp) into a Network.
   * Interprets the topology now: [TITLE], [JUNCTIONS], [RESERVOIRS], [TANKS], [PIPES],
   * [PUMPS], [VALVES], [COORDINATES], [VERTICES] and [OPTIONS]; every other section is
   * kept verbatim in Network::rawSections so a later reader (demands, patterns, curves,
   * controls for the solver) can parse it without re-reading the file. Sections may come
   * in any order, as in EPANET: nodes are read before the links that reference them.
   * Errors name the file, the line and the reason; the network is left unchanged.
   */
  class VIGIE_HYDRAULICS_EXPORT InpReader
  {
  public:
    //! Reads \a path; false with "file:line: reason" in \a errorMessage.
    static bool readFile( const QString &path, Network &network, QString *errorMessage = nullptr );
    //! Reads .inp \a text; \a sourceName names it in messages (a file name, "<string>").
    static bool readText( const QString &text, const QString &sourceName, Network &network, QString *errorMessage = nullptr );
  };
} // namespace vigie::hydraulics

#endif
