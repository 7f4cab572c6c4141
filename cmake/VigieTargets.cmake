# SPDX-License-Identifier: GPL-2.0-or-later
# Target helpers: warnings and the Qt defines, applied the same way everywhere.

function(vigie_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-deprecated-declarations)
  if(VIGIE_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

#! A library or executable that never sees QGIS: every strict Qt define.
function(vigie_strict_target target)
  target_compile_definitions(${target} PRIVATE ${VIGIE_QT_STRICT_DEFINES})
  vigie_target_warnings(${target})
endfunction()

#! A target that includes QGIS headers: the defines QGIS 3.22 tolerates.
function(vigie_qgis_target target)
  target_compile_definitions(${target} PRIVATE ${VIGIE_QT_DEFINES})
  vigie_target_warnings(${target})
  # QGIS headers trigger many warnings of their own: take them as system headers
  target_include_directories(${target} SYSTEM PRIVATE ${QGIS_INCLUDE_DIR})
endfunction()

#! A module library under modules/: one shared library with a generated export header.
function(vigie_add_module name)
  cmake_parse_arguments(M "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  add_library(vigie_${name} SHARED ${M_SOURCES})
  add_library(Vigie::${name} ALIAS vigie_${name})
  include(GenerateExportHeader)
  generate_export_header(vigie_${name} BASE_NAME vigie_${name}
    EXPORT_FILE_NAME ${CMAKE_CURRENT_BINARY_DIR}/vigie_${name}_export.h)
  target_include_directories(vigie_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR})
  target_link_libraries(vigie_${name} PUBLIC ${M_PUBLIC_LIBS} PRIVATE ${M_PRIVATE_LIBS})
  set_target_properties(vigie_${name} PROPERTIES VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR}
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  vigie_strict_target(vigie_${name})
  install(TARGETS vigie_${name} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endfunction()

#! A domain plugin: a Qt plugin with JSON metadata, no QGIS, built with Qt 5 and Qt 6.
function(vigie_add_domain_plugin name)
  cmake_parse_arguments(P "" "" "SOURCES;LIBS" ${ARGN})
  add_library(vigie_plugin_${name} MODULE ${P_SOURCES})
  target_link_libraries(vigie_plugin_${name} PRIVATE Vigie::core ${P_LIBS})
  set_target_properties(vigie_plugin_${name} PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY ${VIGIE_PLUGIN_OUTPUT_DIR}
    OUTPUT_NAME vigie_${name} PREFIX "lib"
    CXX_VISIBILITY_PRESET hidden)
  vigie_strict_target(vigie_plugin_${name})
  install(TARGETS vigie_plugin_${name} LIBRARY DESTINATION ${VIGIE_INSTALL_PLUGIN_DIR})
endfunction()

#! A Qt Test executable, one per test file, registered with CTest and run headless.
function(vigie_add_test name)
  cmake_parse_arguments(T "QGIS" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt::Test ${T_LIBS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
  target_compile_definitions(${name} PRIVATE
    VIGIE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    VIGIE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    VIGIE_SHARED_DATA_DIR="${PROJECT_SOURCE_DIR}/../shared/data"
    VIGIE_PLUGIN_DIR="${VIGIE_PLUGIN_OUTPUT_DIR}"
    VIGIE_BINARY_DIR="${CMAKE_BINARY_DIR}")
  if(T_QGIS)
    vigie_qgis_target(${name})
  else()
    vigie_strict_target(${name})
  endif()
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;VIGIE_LOG_LEVEL=warning"
    LABELS "${T_LABELS}" TIMEOUT 600)
endfunction()
