// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_STOREUTIL_H
#define VIGIE_STOREUTIL_H

// Store-internal helpers shared by the territory, the importer and the demo builder:
// GDAL set-up and error capture, schema <-> OGR mapping, value conversion. Not installed.

#include "schema.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <ogr_core.h>

#include <memory>

class GDALDataset;
class OGRFeature;
class OGRFieldDefn;
class OGRGeometry;
class OGRLayer;
class OGRSpatialReference;

namespace vigie::store
{
  //! Registers the GDAL drivers once.
  void ensureGdal();

  //! Path as GDAL and SQLite expect it (UTF-8).
  QByteArray gdalPath( const QString &path );

  //! Path for messages.
  QString displayPath( const QString &path );

  /**
   * Collects the GDAL errors raised in its scope instead of printing them,
   * so they can be put in the error message of the call that failed.
   */
  class GdalErrorCapture
  {
  public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture( const GdalErrorCapture & ) = delete;
    GdalErrorCapture &operator=( const GdalErrorCapture & ) = delete;

    //! True when a failure was raised since construction or the last clear().
    bool hasFailure() const { return mFailure; }
    //! The last failure message (or the last message at all).
    QString lastMessage() const;
    QStringList messages() const { return mMessages; }
    void clear();

  private:
    QStringList mMessages;
    bool mFailure = false;
    QString mLastFailure;
  };

  struct GdalDatasetCloser
  {
    void operator()( GDALDataset *dataset ) const;
  };
  using DatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

  struct OgrFeatureDeleter
  {
    void operator()( OGRFeature *feature ) const;
  };
  using FeaturePtr = std::unique_ptr<OGRFeature, OgrFeatureDeleter>;

  struct OgrGeometryDeleter
  {
    void operator()( OGRGeometry *geometry ) const;
  };
  using GeometryPtr = std::unique_ptr<OGRGeometry, OgrGeometryDeleter>;

  //! Parses a CRS (authority id or WKT) through PROJ, without file or network access; false with the reason.
  bool parseCrs( const QString &crs, OGRSpatialReference &srs, QString *errorMessage );

  OGRwkbGeometryType toOgrGeometryType( GeometryType type );
  //! The Vigie name of an OGR geometry type ("MultiPolygon"), else OGR's own name.
  QString ogrGeometryTypeName( OGRwkbGeometryType type );
  OGRFieldType toOgrFieldType( FieldType type );
  OGRFieldSubType toOgrFieldSubType( FieldType type );
  /**
   * The schema of a stored field: the declared one of \a schema when it has the field,
   * else typed from the file (a column a migration added).
   */
  FieldSchema storedFieldSchema( const LayerSchema &schema, const OGRFieldDefn &defn );
  //! The schema type a stored OGR field corresponds to (for validation).
  bool fieldMatches( const FieldSchema &field, const OGRFieldDefn &defn );

  //! True when \a dataset is a PostGIS database (GDAL's PostgreSQL driver).
  bool isPostgresDataset( GDALDataset *dataset );

  //! Creates a layer of \a dataset from \a schema; false with a message naming the layer.
  bool createLayer( GDALDataset *dataset, const LayerSchema &schema, const OGRSpatialReference &srs, QString *errorMessage );

  /**
   * Converts \a geometry to the layer type \a target: drops Z/M, promotes single to
   * multi. nullptr with the reason when the types are incompatible.
   */
  GeometryPtr conformGeometry( GeometryPtr geometry, GeometryType target, QString *reason );

  //! Parses \a value for \a field and sets it on \a feature; false with the reason ("'abc' is not a number").
  bool setFieldValue( OGRFeature &feature, int index, const FieldSchema &field, const QVariant &value, QString *reason );

  //! The value of field \a index of \a feature as a QVariant (null QVariant when unset or null).
  QVariant fieldValue( const OGRFeature &feature, int index );

  //! Quotes a string for an SQL literal.
  QString sqlQuote( const QString &value );
} // namespace vigie::store

#endif
