# SPDX-License-Identifier: GPL-2.0-or-later
# Finds the QGIS libraries (Debian libqgis-dev ships no CMake package; the OSGeo4W
# QGIS SDK on Windows neither). Set QGIS_PREFIX_PATH (e.g. C:/OSGeo4W/apps/qgis-ltr)
# when QGIS is not in a standard place.
#   QGIS_FOUND, QGIS_VERSION, QGIS_VERSION_INT, QGIS_INCLUDE_DIR, QGIS_PLUGIN_DIR
#   imported targets QGIS::Core, QGIS::Gui
set(_qgis_hints ${QGIS_PREFIX_PATH} $ENV{QGIS_PREFIX_PATH} $ENV{OSGEO4W_ROOT}/apps/qgis-ltr $ENV{OSGEO4W_ROOT}/apps/qgis)
find_path(QGIS_INCLUDE_DIR qgsconfig.h HINTS ${_qgis_hints} PATH_SUFFIXES include/qgis include qgis)
find_library(QGIS_CORE_LIBRARY NAMES qgis_core HINTS ${_qgis_hints} PATH_SUFFIXES lib)
find_library(QGIS_GUI_LIBRARY NAMES qgis_gui HINTS ${_qgis_hints} PATH_SUFFIXES lib)
find_path(QGIS_PLUGIN_DIR NAMES libprovider_postgres.so provider_postgres.dll
  HINTS ${_qgis_hints} PATHS /usr/lib/qgis/plugins /usr/lib64/qgis/plugins PATH_SUFFIXES lib/qgis/plugins plugins)

if(QGIS_INCLUDE_DIR)
  file(STRINGS ${QGIS_INCLUDE_DIR}/qgsconfig.h _qgis_version_line REGEX "#define _QGIS_VERSION_INT")
  string(REGEX MATCH "[0-9]+" QGIS_VERSION_INT "${_qgis_version_line}")
  math(EXPR _major "${QGIS_VERSION_INT} / 10000")
  math(EXPR _minor "(${QGIS_VERSION_INT} / 100) % 100")
  math(EXPR _patch "${QGIS_VERSION_INT} % 100")
  set(QGIS_VERSION "${_major}.${_minor}.${_patch}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QGIS REQUIRED_VARS QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_INCLUDE_DIR VERSION_VAR QGIS_VERSION)

if(QGIS_FOUND AND NOT TARGET QGIS::Core)
  add_library(QGIS::Core UNKNOWN IMPORTED)
  set_target_properties(QGIS::Core PROPERTIES IMPORTED_LOCATION ${QGIS_CORE_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${QGIS_INCLUDE_DIR})
  add_library(QGIS::Gui UNKNOWN IMPORTED)
  set_target_properties(QGIS::Gui PROPERTIES IMPORTED_LOCATION ${QGIS_GUI_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${QGIS_INCLUDE_DIR} INTERFACE_LINK_LIBRARIES QGIS::Core)
  if(WIN32)
    # QGIS headers need M_PI and friends on MSVC
    set_property(TARGET QGIS::Core APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS _USE_MATH_DEFINES NOMINMAX)
  endif()
endif()
mark_as_advanced(QGIS_INCLUDE_DIR QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_PLUGIN_DIR)
