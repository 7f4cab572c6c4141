// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_SCHEMA_H
#define VIGIE_SCHEMA_H

#include "vigie_core_export.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace vigie
{
  //! Geometry type of an asset layer (single or multi, 2D).
  enum class GeometryType
  {
    None,
    Point,
    LineString,
    Polygon,
    MultiPoint,
    MultiLineString,
    MultiPolygon
  };

  //! Attribute type of a layer field; maps onto GeoPackage column types.
  enum class FieldType
  {
    Integer,
    Integer64,
    Real,
    String,
    Boolean,
    Date,
    DateTime
  };

  VIGIE_CORE_EXPORT QString geometryTypeName( GeometryType type );
  VIGIE_CORE_EXPORT QString fieldTypeName( FieldType type );

  //! One attribute of an asset layer.
  struct VIGIE_CORE_EXPORT FieldSchema
  {
    QString name;        //!< column name (ASCII, lower case)
    FieldType type = FieldType::String;
    QString title;       //!< user-visible label (English; translated by the plugin)
    bool notNull = false;
    int width = 0;       //!< string width, 0: unlimited
  };

  /**
   * \brief An asset layer declared by a domain (or by the territory itself).
   * Stored as the GeoPackage feature table "<domain>_<name>".
   */
  struct VIGIE_CORE_EXPORT LayerSchema
  {
    QString domain;      //!< "water", "lighting", ... or "territory" for base layers
    QString name;        //!< "pipes", "luminaires", ...
    QString title;       //!< user-visible name
    GeometryType geometry = GeometryType::Point;
    QList<FieldSchema> fields;
    QString style;       //!< QGIS QML style (XML text); empty: QGIS default style

    //! "domain_name": the table name in the territory file.
    QString tableName() const;
    //! "domain:name": how the CLI names the layer.
    QString qualifiedName() const;
    //! The field named \a name, or nullptr.
    const FieldSchema *field( const QString &name ) const;
  };

  /**
   * \brief One forward migration of a component's schema, from version - 1 to version.
   * The SQL statements run inside the territory's write transaction.
   */
  struct VIGIE_CORE_EXPORT Migration
  {
    int version = 0;
    QString description;
    QStringList sql;
  };

  //! A feature as exchanged between plugins and the store: WKB geometry and attributes.
  struct VIGIE_CORE_EXPORT Feature
  {
    QByteArray wkb;          //!< ISO WKB in the territory CRS; empty for no geometry
    QVariantMap attributes;  //!< field name -> value
  };
} // namespace vigie

#endif
