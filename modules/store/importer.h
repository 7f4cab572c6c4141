// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_IMPORTER_H
#define VIGIE_IMPORTER_H

#include "vigie_store_export.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace vigie
{
  class Territory;

  //! Options of one import into a territory layer.
  struct VIGIE_STORE_EXPORT ImportOptions
  {
    QString targetLayer;              //!< "domain:layer"
    QString sourceLayer;              //!< layer inside the source (default: the first one)
    QMap<QString, QString> fieldMap;  //!< source field -> target field; unmapped fields with the target's name map by name (case-insensitive)
    bool skipInvalid = false;         //!< skip and list bad features instead of rolling back
    QString sourceCrs;                //!< override or supply the source CRS (CSV without .prj); default: the source's own, else EPSG:4326
  };

  //! One rejected feature: where in the source and why.
  struct VIGIE_STORE_EXPORT ImportIssue
  {
    qint64 row = 0;     //!< 1-based feature row in the source layer (CSV: data line number, header excluded)
    QString field;      //!< source field (or "geometry"); empty when the whole feature is concerned
    QString reason;
    QString toString() const;  //!< "row 12, field 'power_w': 'abc' is not a number"
  };

  struct VIGIE_STORE_EXPORT ImportResult
  {
    bool ok = false;
    bool cancelled = false;
    qint64 imported = 0;
    QList<ImportIssue> issues;  //!< rejected features (all of them, also when rolled back)
    QString error;              //!< the reason when !ok
    QStringList unmappedSourceFields;
  };

  /**
   * \brief Imports any vector source GDAL reads (GeoPackage, GeoJSON, Shapefile, CSV with
   * coordinates, FlatGeobuf, ...) into a territory layer: reprojection with PROJ, field
   * mapping and value checks, all in one transaction. A bad feature rolls the whole import
   * back, or with skipInvalid is skipped and listed.
   */
  class VIGIE_STORE_EXPORT Importer
  {
    public:
      //! Progress in [0, 1]; return false to cancel (the import is rolled back).
      using Progress = std::function<bool( double fraction )>;

      //! Layers and fields of a source, for the field-mapping dialog: layer name -> field names.
      static QMap<QString, QStringList> inspect( const QString &source, QString *errorMessage = nullptr );

      static ImportResult run( Territory &territory, const QString &source, const ImportOptions &options, const Progress &progress = Progress() );
  };

  //! Exports a territory layer to GeoPackage, GeoJSON (EPSG:4326) or Shapefile, chosen by extension.
  VIGIE_STORE_EXPORT bool exportLayer( const Territory &territory, const QString &qualifiedLayer, const QString &destination,
                                       QString *errorMessage = nullptr );
} // namespace vigie

#endif
