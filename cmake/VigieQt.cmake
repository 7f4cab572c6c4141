# SPDX-License-Identifier: GPL-2.0-or-later
# The one place where the Qt major version is chosen. Everything else links the
# versionless Qt:: targets. QGIS 3.x is built on Qt 5.15, QGIS 4 on Qt 6: the full
# build follows QGIS; the modules-only build (VIGIE_WITH_QGIS=OFF) prefers Qt 6.
if(VIGIE_WITH_QGIS)
  find_package(QGIS REQUIRED)
  # QGIS 3.x is built on Qt 5.15, QGIS 4 (3.99 development versions included) on Qt 6
  if(QGIS_VERSION_INT LESS 39900)
    set(_vigie_qgis_qt 5)
  else()
    set(_vigie_qgis_qt 6)
  endif()
  if(VIGIE_QT_MAJOR AND NOT VIGIE_QT_MAJOR EQUAL _vigie_qgis_qt)
    message(FATAL_ERROR "VIGIE_QT_MAJOR=${VIGIE_QT_MAJOR} contradicts QGIS ${QGIS_VERSION}, which is built on Qt ${_vigie_qgis_qt}: "
                        "one process cannot hold both. Use VIGIE_WITH_QGIS=OFF for a Qt ${VIGIE_QT_MAJOR} modules-only build.")
  endif()
  set(_vigie_qt_names Qt${_vigie_qgis_qt})
elseif(VIGIE_QT_MAJOR)
  set(_vigie_qt_names Qt${VIGIE_QT_MAJOR})
else()
  set(_vigie_qt_names Qt6 Qt5)
endif()
set(_vigie_qt_components Core Gui Network Sql Concurrent)
if(VIGIE_WITH_TESTS)
  list(APPEND _vigie_qt_components Test)
endif()
if(VIGIE_WITH_QGIS)
  list(APPEND _vigie_qt_components Gui Widgets Xml Svg LinguistTools)
endif()
find_package(QT NAMES ${_vigie_qt_names} REQUIRED COMPONENTS Core)
find_package(Qt${QT_VERSION_MAJOR} 5.15 REQUIRED COMPONENTS ${_vigie_qt_components})
if(NOT VIGIE_WITH_QGIS)
  # translations of modules are still compiled in the Qt 6 build when available
  find_package(Qt${QT_VERSION_MAJOR} QUIET COMPONENTS LinguistTools)
endif()
message(STATUS "Qt: ${QT_VERSION} (major ${QT_VERSION_MAJOR})")

# Strict Qt defines (STYLE.md 6): the Qt 5.15 build refuses what Qt 6 removed.
set(VIGIE_QT_DEFINES QT_DISABLE_DEPRECATED_BEFORE=0x050F00 QT_NO_FOREACH QT_USE_QSTRINGBUILDER)
# QGIS 3.22's own headers use signals/slots and implicit ASCII casts, so these two
# are for targets that never include QGIS headers (modules/, the data plugins).
set(VIGIE_QT_STRICT_DEFINES ${VIGIE_QT_DEFINES} QT_NO_CAST_FROM_ASCII QT_NO_KEYWORDS)

# One helper for translations across Qt 5 and Qt 6.
function(vigie_add_translations out_var)
  if(QT_VERSION_MAJOR EQUAL 5)
    qt5_add_translation(_qm ${ARGN})
  else()
    qt_add_translation(_qm ${ARGN})
  endif()
  set(${out_var} ${_qm} PARENT_SCOPE)
endfunction()
