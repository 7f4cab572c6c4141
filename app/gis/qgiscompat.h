// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_QGISCOMPAT_H
#define VIGIE_QGISCOMPAT_H

// The ONE place where differences between QGIS versions (3.22 LTR on Qt 5.15 here,
// 3.28+/3.34 LTR, QGIS 4 on Qt 6) are handled. Code elsewhere uses these names and
// never tests _QGIS_VERSION_INT itself, so this file can shrink when old versions go.

#include <qgis.h>
#include <qgsconfig.h>
#include <qgsvectorlayer.h>
#include <qgswkbtypes.h>

#include <QByteArray>
#include <QDomDocument>
#include <QString>

//! True when the QGIS headers are at least version \a v (e.g. 32800 for 3.28).
#define VIGIE_QGIS_VERSION_AT_LEAST( v ) ( _QGIS_VERSION_INT >= ( v ) )

namespace vigie::compat
{
  //! Geometry kind of a layer: QgsWkbTypes::GeometryType before 3.30, Qgis::GeometryType after.
#if VIGIE_QGIS_VERSION_AT_LEAST( 33000 )
  using GeometryType = Qgis::GeometryType;
  constexpr GeometryType PointGeometry = Qgis::GeometryType::Point;
  constexpr GeometryType LineGeometry = Qgis::GeometryType::Line;
  constexpr GeometryType PolygonGeometry = Qgis::GeometryType::Polygon;
  //! WKB type enum: QgsWkbTypes::Type before 3.30, Qgis::WkbType after.
  using WkbType = Qgis::WkbType;
#else
  using GeometryType = QgsWkbTypes::GeometryType;
  constexpr GeometryType PointGeometry = QgsWkbTypes::PointGeometry;
  constexpr GeometryType LineGeometry = QgsWkbTypes::LineGeometry;
  constexpr GeometryType PolygonGeometry = QgsWkbTypes::PolygonGeometry;
  using WkbType = QgsWkbTypes::Type;
#endif

  //! The geometry kind of \a layer, whatever the QGIS version calls it.
  inline GeometryType geometryType( const QgsVectorLayer *layer )
  {
    return layer->geometryType();
  }

  /**
   * Parses a QML style: QDomDocument::setContent returns a ParseResult from Qt 6.5
   * (the bool overload is deprecated there), a bool with Qt 5 (QGIS 3.x).
   */
  inline bool setDomContent( QDomDocument &document, const QString &text, QString *errorMessage, int *errorLine )
  {
#if QT_VERSION >= QT_VERSION_CHECK( 6, 5, 0 )
    const QDomDocument::ParseResult result = document.setContent( text );
    if ( !result )
    {
      *errorMessage = result.errorMessage;
      *errorLine = static_cast<int>( result.errorLine );
    }
    return static_cast<bool>( result );
#else
    int column = 0;
    return document.setContent( text, errorMessage, errorLine, &column );
#endif
  }

  /**
   * QgsRenderChecker::controlImagePath() is built from TEST_DATA_DIR of the QGIS build
   * (a path of the packager's machine in 3.22), so Vigie always passes explicit expected
   * images through compareImages( name, expected, rendered, tolerance ), which exists
   * from 3.22 to 4.x with the same meaning. Nothing to adapt today; kept here as a note.
   */
} // namespace vigie::compat

#endif
