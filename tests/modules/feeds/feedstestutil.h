// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDSTESTUTIL_H
#define VIGIE_FEEDSTESTUTIL_H

// A small real territory for the feeds tests: Territory::create without plugins, and a few
// districts (no geometry) that sensors can be bound to.

#include "observation.h"
#include "territory.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace vigie::test
{
  //! Creates a territory at \a path with \a districts district features (fids 1..n); empty string on success.
  inline QString createFeedsTerritory( const QString &path, int districts = 3 )
  {
    TerritoryInfo info;
    info.name = QStringLiteral( "Feeds test" );
    info.communes = QStringList{ QStringLiteral( "34172" ) };
    QString error;
    std::unique_ptr<Territory> territory = Territory::create( path, info, {}, &error );
    if ( !territory )
      return error;
    QList<Feature> features;
    for ( int i = 1; i <= districts; ++i )
      features << Feature{ QByteArray(),
                           { { QStringLiteral( "code" ), QStringLiteral( "D%1" ).arg( i ) },
                             { QStringLiteral( "name" ), QStringLiteral( "District %1" ).arg( i ) } } };
    if ( !territory->addFeatures( QStringLiteral( "territory:districts" ), features, &error ) )
      return error;
    return QString();
  }

  /**
   * \brief Adds to the territory at \a path a few assets named like the Montpellier demo's: L-Town
   * junctions n1, n4, n31, n2 (fids 1-4), pipe p227 (fid 7), pump PUMP_1, tank T1, luminaires S1 (DALI),
   * S2 (1-10V), S3 (none), containers C1 and C3 with a fill sensor, C2 without. Empty string on success.
   */
  inline QString addDemoLikeAssets( const QString &path )
  {
    sqlite3 *db = nullptr;
    if ( sqlite3_open( path.toUtf8().constData(), &db ) != SQLITE_OK )
      return QStringLiteral( "cannot open %1" ).arg( path );
    const char *sql =
        "BEGIN;"
        "CREATE TABLE water_junctions (fid INTEGER PRIMARY KEY, node_id TEXT);"
        "INSERT INTO water_junctions VALUES (1, 'n1'), (2, 'n4'), (3, 'n31'), (4, 'n2');"
        "CREATE TABLE water_pipes (fid INTEGER PRIMARY KEY, pipe_id TEXT);"
        "INSERT INTO water_pipes VALUES (7, 'p227');"
        "CREATE TABLE water_pumps (fid INTEGER PRIMARY KEY, pump_id TEXT);"
        "INSERT INTO water_pumps VALUES (1, 'PUMP_1');"
        "CREATE TABLE water_tanks (fid INTEGER PRIMARY KEY, node_id TEXT);"
        "INSERT INTO water_tanks VALUES (1, 'T1');"
        "CREATE TABLE lighting_luminaires (fid INTEGER PRIMARY KEY, support_id TEXT, power_w REAL, control TEXT);"
        "INSERT INTO lighting_luminaires VALUES (1, 'S1', 100, 'DALI'), (2, 'S2', 50, '1-10V'), (3, 'S3', 150, 'none');"
        "CREATE TABLE waste_containers (fid INTEGER PRIMARY KEY, container_id TEXT, fill_sensor INTEGER);"
        "INSERT INTO waste_containers VALUES (1, 'C1', 1), (2, 'C2', 0), (3, 'C3', 1);"
        "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES"
        " ('water_junctions', 'features', 'wj'), ('water_pipes', 'features', 'wp'), ('water_pumps', 'features', 'wu'),"
        " ('water_tanks', 'features', 'wt'), ('lighting_luminaires', 'features', 'll'), ('waste_containers', 'features', 'wc');"
        "COMMIT;";
    char *message = nullptr;
    QString error;
    if ( sqlite3_exec( db, sql, nullptr, nullptr, &message ) != SQLITE_OK )
      error = QString::fromUtf8( message );
    sqlite3_free( message );
    sqlite3_close( db );
    return error;
  }

  inline feeds::Observation observation( const QString &sensor, const QDateTime &time, double value, const QString &unit = QString(),
                                         const QString &quantity = QString() )
  {
    feeds::Observation o;
    o.sensorId = sensor;
    o.time = time;
    o.value = value;
    o.unit = unit;
    o.quantity = quantity;
    return o;
  }
} // namespace vigie::test

#endif
