// SPDX-License-Identifier: GPL-2.0-or-later
// Translation unit that builds the precompiled QGIS headers (see CMakeLists.txt).
