// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_QGIS_TEST_H
#define VIGIE_QGIS_TEST_H

// Main macro for tests that need QGIS (after QGIS's QGSTEST_MAIN): a headless
// QgsApplication, initQgis() before the test object exists, exitQgis() after it is
// destroyed and before the application goes away.

#include "qgisinit.h"
#include "vigietest.h"

#include <qgsapplication.h>

#include <QtTest>

#include <cstdio>

/**
 * VIGIE_QGIS_TEST_MAIN( TestClass ): like QTEST_MAIN for QGIS-based tests. Uses a
 * private QGIS profile in a temporary folder so tests never touch the user's settings.
 */
#define VIGIE_QGIS_TEST_MAIN( TestObject )                                                        \
  int main( int argc, char *argv[] )                                                              \
  {                                                                                               \
    vigie::QgisInit::ensureQtPlatform();                                                          \
    QCoreApplication::setAttribute( Qt::AA_Use96Dpi, true ); /* same pixels on every screen */    \
    QTemporaryDir profile;                                                                        \
    int result = 1;                                                                               \
    {                                                                                             \
      QgsApplication app( argc, argv, true, profile.path(), QStringLiteral( "vigie-test" ) );     \
      QString error;                                                                              \
      if ( !vigie::QgisInit::initQgis( &error ) )                                                 \
      {                                                                                           \
        std::fprintf( stderr, "QGIS did not start: %s\n", qPrintable( error ) );                  \
        vigie::QgisInit::exitQgis();                                                              \
        return 1;                                                                                 \
      }                                                                                           \
      {                                                                                           \
        TestObject testObject;                                                                    \
        QTEST_SET_MAIN_SOURCE_PATH                                                                \
        result = QTest::qExec( &testObject, argc, argv );                                         \
      }                                                                                           \
      vigie::QgisInit::exitQgis();                                                                \
    }                                                                                             \
    return result;                                                                                \
  }

#endif
