// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_REVIEWTESTUTIL_H
#define VIGIE_REVIEWTESTUTIL_H

// The Montpellier demo territory with every built plugin, its demo roadmap, one bookmark and
// a few alarms (two critical, one warning): what the review tests build decks from.

#include "alarms.h"
#include "demobuilder.h"
#include "observationstore.h"
#include "pluginmanager.h"
#include "roadmapstore.h"
#include "territory.h"
#include "vigietest.h"

#include <QtTest>

namespace vigie::test
{
  inline bool buildReviewTerritory( const QString &path, const PluginManager &plugins, QString *error )
  {
    if ( !DemoBuilder::build( QStringLiteral( "montpellier" ), path, plugins.plugins(), demoSourcePath(), error ) )
      return false;
    if ( !roadmap::addDemoRoadmap( path, QStringLiteral( "montpellier" ), error ) )
      return false;
    {
      std::unique_ptr<Territory> territory = Territory::open( path, plugins.plugins(), Territory::Mode::ReadWrite, error );
      if ( !territory )
        return false;
      Bookmark centre;
      centre.name = QStringLiteral( "Écusson" );
      centre.extent = QRectF( QPointF( 770000, 6279000 ), QPointF( 771500, 6280200 ) );
      if ( !territory->addBookmark( centre, error ) )
        return false;
    }
    std::unique_ptr<feeds::ObservationStore> store = feeds::ObservationStore::open( path, error );
    if ( !store )
      return false;
    feeds::AlarmRule high;
    high.name = QStringLiteral( "high" );
    high.type = feeds::AlarmRuleType::Above;
    high.threshold = 100;
    high.severity = feeds::AlarmSeverity::Critical;
    feeds::AlarmRule low;
    low.name = QStringLiteral( "low" );
    low.type = feeds::AlarmRuleType::Below;
    low.threshold = -100;
    low.severity = feeds::AlarmSeverity::Warning;
    if ( !store->alarms()->addRule( high, error ) || !store->alarms()->addRule( low, error ) )
      return false;
    const QDateTime t0( QDate( 2026, 11, 20 ), QTime( 8, 0 ), Qt::UTC );
    QList<feeds::Observation> observations;
    auto add = [&]( const char *sensor, int minutes, double value )
    {
      feeds::Observation o;
      o.sensorId = QString::fromLatin1( sensor );
      o.time = t0.addSecs( minutes * 60 );
      o.value = value;
      observations << o;
    };
    add( "s1", 0, 10 );
    add( "s1", 5, 150 );  // critical
    add( "s2", 0, 200 );  // critical
    add( "s3", 0, -150 ); // warning
    add( "s3", 10, 5 );
    feeds::StoreResult result;
    return store->store( observations, &result, error );
  }
} // namespace vigie::test

#endif
