// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAP_ROADMAPSTORE_H
#define VIGIE_ROADMAP_ROADMAPSTORE_H

#include "prioritisation.h"
#include "roadmap.h"
#include "vigie_roadmap_export.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace vigie::roadmap
{
  /**
   * \brief The roadmap kept inside the territory GeoPackage.
   * Table roadmap_documents (name TEXT PRIMARY KEY, json TEXT, settings TEXT, updated TEXT):
   * json is the roadmap file content (roadmapfile.h), settings the planning settings below.
   * The table belongs to component "roadmap" of vigie_schema; it is created by the forward
   * migration to schema 1 on the first save. Every save is one SQLite transaction.
   */
  constexpr int kRoadmapStoreSchemaVersion = 1;

  //! Component name of the roadmap tables in vigie_schema.
  VIGIE_ROADMAP_EXPORT QString roadmapStoreComponent();
  //! Name of the territory's roadmap document ("main").
  VIGIE_ROADMAP_EXPORT QString defaultRoadmapName();

  //! What the planners set beside the projects: yearly caps, ranking weights, measured KPIs.
  struct VIGIE_ROADMAP_EXPORT RoadmapSettings
  {
    QMap<int, double> caps; //!< capex cap per year, euros
    Weights weights;
    //! Measured value of each KPI: project id -> KPI name -> value (same unit as the target).
    QMap<QString, QMap<QString, double>> kpiActuals;

    QJsonObject toJson() const;
    //! False with a message naming the key when a value is wrong.
    static bool fromJson( const QJsonObject &object, RoadmapSettings *settings, QString *errorMessage );
    bool operator==( const RoadmapSettings &o ) const { return toJson() == o.toJson(); }
  };

  struct VIGIE_ROADMAP_EXPORT StoredRoadmap
  {
    Roadmap roadmap;
    RoadmapSettings settings;
    QString updated; //!< ISO 8601 UTC of the last save
  };

  /**
   * Checks what a save requires: dependencies name projects of the roadmap and form no cycle,
   * and no capped year is below the capex of the committed (in progress, done) projects.
   * False with a message naming the project and the field (or the year and the projects).
   */
  VIGIE_ROADMAP_EXPORT bool checkRoadmapForStore( const Roadmap &roadmap, const RoadmapSettings &settings, QString *errorMessage );

  /**
   * Saves \a roadmap and \a settings as document \a name of the territory at \a territoryPath,
   * in one transaction (creating the table first when needed). Refuses what
   * checkRoadmapForStore() refuses, a file that is not a territory, and a territory whose
   * roadmap tables are newer than this build; nothing is changed then.
   */
  VIGIE_ROADMAP_EXPORT bool saveRoadmapToTerritory( const QString &territoryPath, const Roadmap &roadmap, const RoadmapSettings &settings,
                                                    QString *errorMessage, const QString &name = defaultRoadmapName() );
  /**
   * Reads document \a name. Returns false with a message when the file cannot be read or the
   * document is malformed; true with \a *found = false when the territory has no such document.
   */
  VIGIE_ROADMAP_EXPORT bool loadRoadmapFromTerritory( const QString &territoryPath, StoredRoadmap *stored, QString *errorMessage,
                                                      bool *found = nullptr, const QString &name = defaultRoadmapName() );
  //! Names of the roadmap documents of a territory (empty when it has none).
  VIGIE_ROADMAP_EXPORT QStringList storedRoadmapNames( const QString &territoryPath, QString *errorMessage );

  //! The settings of the demo roadmap: demoBudgetCaps(), default weights, a few measured KPIs.
  VIGIE_ROADMAP_EXPORT RoadmapSettings demoRoadmapSettings( const Roadmap &roadmap );
  /**
   * Links the projects of \a roadmap to features of the territory: a district named in the
   * title or description ("territory:districts/<fid>"), a street named there
   * ("territory:streets/<fid>", every section), else the domain's assets the project is about
   * (lighting cabinets, school buildings, water reservoirs, waste rounds, ...) when the territory
   * has them, else the commune ("territory:communes/<fid>").
   * Asset ids that name no feature of the territory are replaced.
   */
  VIGIE_ROADMAP_EXPORT bool linkRoadmapToTerritory( const QString &territoryPath, Roadmap &roadmap, QString *errorMessage );
  /**
   * Adds the demo roadmap to a demo territory just built (demo "montpellier"; other demos have
   * none and nothing is done). Called by the demo paths of vigie-cli and of the app, because the
   * store (which builds demos) does not depend on the roadmap module.
   */
  VIGIE_ROADMAP_EXPORT bool addDemoRoadmap( const QString &territoryPath, const QString &demoName, QString *errorMessage );

  /**
   * Splits a linked asset id "domain:layer/key" into the table ("domain_layer") and the
   * feature id. False when it is not of that form or the key is not a number.
   */
  VIGIE_ROADMAP_EXPORT bool parseAssetId( const QString &assetId, QString *table, qint64 *fid );
} // namespace vigie::roadmap

#endif
