// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainplugin.h"

namespace vigie
{
  DemoContext::~DemoContext() = default;
  DomainPlugin::~DomainPlugin() = default;
} // namespace vigie
