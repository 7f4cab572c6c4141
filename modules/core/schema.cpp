// SPDX-License-Identifier: GPL-2.0-or-later
#include "schema.h"

namespace vigie
{
  QString geometryTypeName( GeometryType type )
  {
    switch ( type )
    {
      case GeometryType::None:
        return QStringLiteral( "None" );
      case GeometryType::Point:
        return QStringLiteral( "Point" );
      case GeometryType::LineString:
        return QStringLiteral( "LineString" );
      case GeometryType::Polygon:
        return QStringLiteral( "Polygon" );
      case GeometryType::MultiPoint:
        return QStringLiteral( "MultiPoint" );
      case GeometryType::MultiLineString:
        return QStringLiteral( "MultiLineString" );
      case GeometryType::MultiPolygon:
        return QStringLiteral( "MultiPolygon" );
    }
    return QString();
  }

  QString fieldTypeName( FieldType type )
  {
    switch ( type )
    {
      case FieldType::Integer:
        return QStringLiteral( "integer" );
      case FieldType::Integer64:
        return QStringLiteral( "integer64" );
      case FieldType::Real:
        return QStringLiteral( "real" );
      case FieldType::String:
        return QStringLiteral( "string" );
      case FieldType::Boolean:
        return QStringLiteral( "boolean" );
      case FieldType::Date:
        return QStringLiteral( "date" );
      case FieldType::DateTime:
        return QStringLiteral( "datetime" );
    }
    return QString();
  }

  QString LayerSchema::tableName() const
  {
    return domain + QLatin1Char( '_' ) + name;
  }

  QString LayerSchema::qualifiedName() const
  {
    return domain + QLatin1Char( ':' ) + name;
  }

  const FieldSchema *LayerSchema::field( const QString &fieldName ) const
  {
    for ( const FieldSchema &f : fields )
    {
      if ( f.name == fieldName )
        return &f;
    }
    return nullptr;
  }
} // namespace vigie
