// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGET_BUDGETCLI_H
#define VIGIE_BUDGET_BUDGETCLI_H

#include "domainplugin.h"
#include "vigie_budget_export.h"

namespace vigie::budget
{
  /**
   * \brief The `vigie-cli budget` command: allocate, explain, compare, import.
   *   budget allocate FILE.pb --rule R [--completion none|greedy|add1-greedy] [--json]
   *   budget explain FILE.pb --rule R [--completion C] [--json]
   *   budget compare FILE.pb --rules A,B [--completion C] [--json]
   *   budget import --projects P.csv --votes V.csv --budget N --out FILE.pb [--paper PAPER.csv] [--key-env VAR]
   *                 [--personal-fields]   (CsvImporter; key from $VAR, default VIGIE_BUDGET_KEY, required)
   * Exit codes: 0 done, 1 failure, 2 usage error, 3 the file cannot be read.
   */
  VIGIE_BUDGET_EXPORT vigie::CliCommand budgetCliCommand();
} // namespace vigie::budget

#endif
