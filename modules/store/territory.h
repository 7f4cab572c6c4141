// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TERRITORY_H
#define VIGIE_TERRITORY_H

#include "domainplugin.h"
#include "schema.h"
#include "vigie_store_export.h"

#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class GDALDataset;

namespace vigie
{
  //! Territory metadata, stored in the file's vigie_territory table.
  struct VIGIE_STORE_EXPORT TerritoryInfo
  {
    QString name;                                //!< "Montpellier"
    QStringList communes;                        //!< INSEE codes of the communes covered
    QString crs = QStringLiteral( "EPSG:2154" ); //!< authority id ("EPSG:2154") or WKT; checked by PROJ
    QString description;
    QString demo; //!< demo name when built by --demo, else empty
  };

  //! A saved map view.
  struct VIGIE_STORE_EXPORT Bookmark
  {
    qint64 id = 0;
    QString name;
    QRectF extent; //!< in the territory CRS
  };

  /**
   * \brief A territory: one GeoPackage file (SQLite, WAL), or a PostGIS database named
   * "PG:CONNINFO" (the same tables; GDAL's PostgreSQL driver for the layers), with the base layers
   * (communes, districts, streets), each domain's asset layers, the territory
   * metadata and one schema version per component ("territory" and each plugin id).
   *
   * Opening checks everything read-only first: a file from a newer Vigie or plugin,
   * a corrupt file or a GeoPackage that is not a territory gives an error naming the
   * file and the reason, and the file is left untouched. Every write is a transaction.
   */
  class VIGIE_STORE_EXPORT Territory
  {
  public:
    //! Schema version of the territory's own tables and base layers.
    static constexpr int kSchemaVersion = 1;
    //! Component name of the territory's own schema in vigie_schema.
    static QString coreComponent() { return QStringLiteral( "territory" ); }
    //! The base layers every territory has (domain "territory").
    static QList<LayerSchema> baseLayers();
    /**
     * Declares a component of a Vigie module that keeps plain tables in the territory
     * (e.g. "roadmap"), so that opening knows its schema version: no "no loaded plugin"
     * warning, and a file written by a newer version of the module is refused like a
     * newer plugin's. The module migrates its own tables when it first writes them.
     */
    static void registerModuleComponent( const QString &component, int schemaVersion );

    ~Territory();
    Territory( const Territory & ) = delete;
    Territory &operator=( const Territory & ) = delete;

    //! Creates a new territory file (refuses to overwrite an existing file).
    static std::unique_ptr<Territory> create( const QString &path, const TerritoryInfo &info, const QList<DomainPlugin *> &plugins,
                                              QString *errorMessage = nullptr );

    enum class Mode
    {
      ReadOnly,
      ReadWrite //!< also applies pending forward migrations and adds new plugins' layers
    };

    //! Opens an existing territory; nullptr with a message when it cannot be opened.
    static std::unique_ptr<Territory> open( const QString &path, const QList<DomainPlugin *> &plugins, Mode mode = Mode::ReadWrite,
                                            QString *errorMessage = nullptr );

    /**
     * Checks a territory without changing it: metadata, schema versions, every layer's
     * table and fields, geometry validity, SQLite integrity. Each problem is one line
     * naming the layer/feature and the reason. True when there is none.
     */
    static bool validate( const QString &path, const QList<DomainPlugin *> &plugins, QStringList *problems );

    //! \a path for messages: native separators, or a "PG:" connection string without its password.
    static QString displayPath( const QString &path );
    //! True when \a path names a PostGIS territory ("PG:CONNINFO", GDAL's convention).
    static bool isPostgres( const QString &path );

    QString path() const;
    TerritoryInfo info() const;
    bool setInfo( const TerritoryInfo &info, QString *errorMessage = nullptr );
    //! Component -> schema version, as stored.
    QMap<QString, int> schemaVersions() const;

    //! Layers present in the file: the base layers, then each plugin's, in plugin order.
    QList<LayerSchema> layers() const;
    //! The layer named "domain:name" (or "domain_name"); nullptr when absent.
    const LayerSchema *layer( const QString &qualifiedName ) const;
    //! Number of features of a layer (-1 when the layer is absent).
    qint64 featureCount( const QString &qualifiedName ) const;
    //! Extent of a layer, or of all layers when \a qualifiedName is empty, in the territory CRS.
    QRectF extent( const QString &qualifiedName = QString() ) const;

    //! Features of a layer (for small layers and tests; the map reads the file directly).
    QList<Feature> features( const QString &qualifiedName, QString *errorMessage = nullptr ) const;
    //! Appends features in one transaction.
    bool addFeatures( const QString &qualifiedName, const QList<Feature> &features, QString *errorMessage = nullptr );

    QList<Bookmark> bookmarks() const;
    bool addBookmark( Bookmark &bookmark, QString *errorMessage = nullptr );
    bool removeBookmark( qint64 id, QString *errorMessage = nullptr );
    //! Renames bookmark \a id in place (its id and extent kept); false with the reason when the
    //! name is empty or no bookmark has that id.
    bool renameBookmark( qint64 id, const QString &name, QString *errorMessage = nullptr );

    //! Runs \a sql statements in one transaction (used by migrations and tests).
    bool executeInTransaction( const QStringList &sql, QString *errorMessage = nullptr );

    //! The underlying GDAL dataset (store-internal use: import, export).
    GDALDataset *dataset() const;
    bool isReadOnly() const;

  private:
    Territory();
    struct Private;
    std::unique_ptr<Private> d;
  };
} // namespace vigie

#endif
