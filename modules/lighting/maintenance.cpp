// SPDX-License-Identifier: GPL-2.0-or-later
#include "maintenance.h"

#include "solar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTextStream>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace vigie::lighting
{
  namespace
  {
    constexpr double kVoltage = 230.0;
    constexpr double kPowerFactor = 0.9;

    struct GdalCloser
    {
      void operator()( GDALDataset *d ) const { GDALClose( d ); }
    };
  } // namespace

  QString maintenanceIssueName( MaintenanceIssue issue )
  {
    switch ( issue )
    {
    case MaintenanceIssue::Failed:
      return QCoreApplication::translate( "vigie::lighting", "failed" );
    case MaintenanceIssue::BurningByDay:
      return QCoreApplication::translate( "vigie::lighting", "burning by day" );
    case MaintenanceIssue::Drifting:
      return QCoreApplication::translate( "vigie::lighting", "drifting" );
    case MaintenanceIssue::EndOfLife:
      return QCoreApplication::translate( "vigie::lighting", "end of life" );
    }
    return QString();
  }

  MaintenanceReport analyseTelemetry( const Inventory &inventory, const QList<TelemetrySample> &samples, const MaintenanceParameters &p )
  {
    MaintenanceReport report;
    QHash<QString, int> lampIndex;
    for ( int i = 0; i < inventory.luminaires.size(); ++i )
      lampIndex.insert( inventory.luminaires.at( i ).id, i );
    QMap<int, QList<TelemetrySample>> perLamp;
    QSet<QString> unknown;
    for ( const TelemetrySample &s : samples )
    {
      const auto it = lampIndex.constFind( s.lampId );
      if ( it == lampIndex.constEnd() )
      {
        unknown.insert( s.lampId );
        continue;
      }
      perLamp[*it].append( s );
    }
    report.unknownLamps = unknown.size();
    report.lampsWithTelemetry = perLamp.size();
    QHash<int, double> lifeUsed; // luminaire -> share of rated life

    for ( auto it = perLamp.begin(); it != perLamp.end(); ++it )
    {
      const Luminaire &l = inventory.luminaires.at( it.key() );
      QList<TelemetrySample> &list = it.value();
      std::sort( list.begin(), list.end(), []( const TelemetrySample &a, const TelemetrySample &b ) { return a.time < b.time; } );
      const double rated = l.systemPowerW();
      auto power = [&]( const TelemetrySample &s )
      {
        if ( std::isfinite( s.powerW ) )
          return s.powerW;
        if ( std::isfinite( s.currentA ) )
          return s.currentA * kVoltage * kPowerFactor;
        return std::numeric_limits<double>::quiet_NaN();
      };
      int darkNights = 0, dayLit = 0;
      bool failureStatus = false;
      QVector<double> t, v; // days, normalised power at night
      double lastBurning = std::numeric_limits<double>::quiet_NaN();
      double wastedWh = 0;
      for ( const TelemetrySample &s : list )
      {
        if ( std::isfinite( s.burningHours ) )
          lastBurning = s.burningHours;
        if ( s.status == 2 )
          failureStatus = true;
        double elevation = 0;
        solar::position( s.time, inventory.latitude, inventory.longitude, &elevation );
        const double w = power( s );
        if ( elevation <= p.nightElevation )
        {
          const double level = std::isfinite( s.level ) ? std::clamp( s.level, 0.0, 1.0 ) : 1.0;
          if ( level <= 0 )
            continue; // switched off on purpose
          const double expected = rated * ( l.powerFloor() + ( 1.0 - l.powerFloor() ) * level );
          if ( ( std::isfinite( w ) && w < p.failedPowerShare * expected ) || s.status == 0 )
            ++darkNights;
          else if ( std::isfinite( w ) && expected > 0 )
          {
            darkNights = 0; // only the latest night samples count for a failure
            t.append( s.time.toMSecsSinceEpoch() / 86400000.0 );
            v.append( w / expected );
          }
        }
        else if ( elevation >= p.dayElevation )
        {
          if ( ( std::isfinite( w ) && w > p.dayPowerShare * rated ) || s.status == 1 )
          {
            ++dayLit;
            wastedWh += std::isfinite( w ) ? w : rated;
          }
        }
      }
      if ( std::isfinite( lastBurning ) )
        lifeUsed.insert( it.key(), lastBurning / ratedLifeHours( l.technology ) );
      if ( failureStatus || darkNights >= 2 )
      {
        report.items.append(
            { l.id, l.cabinet, MaintenanceIssue::Failed, 100,
              failureStatus
                  ? QCoreApplication::translate( "vigie::lighting", "the controller reports a lamp or driver failure" )
                  : QCoreApplication::translate( "vigie::lighting", "dark at night in the last %1 samples" ).arg( darkNights ) } );
        continue;
      }
      if ( dayLit >= 2 )
        report.items.append(
            { l.id, l.cabinet, MaintenanceIssue::BurningByDay, std::min( 90.0, 60.0 + dayLit ),
              QCoreApplication::translate( "vigie::lighting", "lit by day in %1 samples (photocell or clock fault)" ).arg( dayLit ) } );
      if ( t.size() >= 4 )
      {
        // least-squares trend of the normalised power
        double mt = 0, mv = 0;
        for ( int k = 0; k < t.size(); ++k )
        {
          mt += t.at( k );
          mv += v.at( k );
        }
        mt /= t.size();
        mv /= v.size();
        double sxy = 0, sxx = 0;
        for ( int k = 0; k < t.size(); ++k )
        {
          sxy += ( t.at( k ) - mt ) * ( v.at( k ) - mv );
          sxx += ( t.at( k ) - mt ) * ( t.at( k ) - mt );
        }
        const double slope = sxx > 0 ? sxy / sxx : 0; // per day
        const double span = t.constLast() - t.constFirst();
        const double now = mv + slope * ( t.constLast() - mt );
        const double change = slope * span;
        if ( std::fabs( change ) >= p.driftThreshold || std::fabs( now - 1.0 ) >= p.driftThreshold )
        {
          const double remaining = p.failureDeviation - std::fabs( now - 1.0 );
          const double days = std::fabs( slope ) > 1e-12 ? std::max( 0.0, remaining / std::fabs( slope ) ) : 1e9;
          const double urgency = 40.0 + 40.0 * ( 1.0 - std::min( 1.0, days / 180.0 ) );
          report.items.append( { l.id, l.cabinet, MaintenanceIssue::Drifting, urgency,
                                 QCoreApplication::translate(
                                     "vigie::lighting", "power %1 % of rated, %2 % over %3 days; a %4 % deviation expected in %5 days" )
                                     .arg( std::round( now * 100 ) )
                                     .arg( change * 100, 0, 'f', 1 )
                                     .arg( std::round( span ) )
                                     .arg( std::round( p.failureDeviation * 100 ) )
                                     .arg( days > 1e6 ? QCoreApplication::translate( "vigie::lighting", "many" )
                                                      : QString::number( std::round( days ) ) ) } );
        }
      }
      if ( std::isfinite( lastBurning ) )
      {
        const double share = lastBurning / ratedLifeHours( l.technology );
        if ( share >= p.endOfLifeShare )
          report.items.append( { l.id, l.cabinet, MaintenanceIssue::EndOfLife, std::min( 39.0, 20.0 + 15.0 * share ),
                                 QCoreApplication::translate( "vigie::lighting", "%1 burning hours, %2 % of the rated life of a %3 lamp" )
                                     .arg( std::round( lastBurning ) )
                                     .arg( std::round( share * 100 ) )
                                     .arg( technologyName( l.technology ) ) } );
      }
    }
    std::stable_sort( report.items.begin(), report.items.end(),
                      []( const MaintenanceItem &a, const MaintenanceItem &b )
                      { return a.urgency > b.urgency || ( a.urgency == b.urgency && a.lampId < b.lampId ); } );

    // group re-lamping: cabinets where most discharge lamps with known hours are worn
    QMap<QString, GroupRelamping> cabinets;
    for ( auto it = lifeUsed.constBegin(); it != lifeUsed.constEnd(); ++it )
    {
      const Luminaire &l = inventory.luminaires.at( it.key() );
      if ( l.cabinet.isEmpty() || l.technology == Technology::Led )
        continue;
      GroupRelamping &g = cabinets[l.cabinet];
      g.cabinet = l.cabinet;
      ++g.lamps;
      g.meanLifeUsed += it.value();
      if ( it.value() >= p.wornShare )
        ++g.worn;
    }
    for ( GroupRelamping g : std::as_const( cabinets ) )
    {
      g.meanLifeUsed /= std::max( 1, g.lamps );
      if ( g.lamps > 0 && g.worn >= p.groupShare * g.lamps )
      {
        g.reason = QCoreApplication::translate(
                       "vigie::lighting", "%1 of %2 lamps past %3 % of their rated life (mean %4 %): re-lamp the cabinet in one visit" )
                       .arg( g.worn )
                       .arg( g.lamps )
                       .arg( std::round( p.wornShare * 100 ) )
                       .arg( std::round( g.meanLifeUsed * 100 ) );
        report.groups.append( g );
      }
    }
    std::sort( report.groups.begin(), report.groups.end(),
               []( const GroupRelamping &a, const GroupRelamping &b )
               {
                 const double sa = static_cast<double>( a.worn ) / a.lamps, sb = static_cast<double>( b.worn ) / b.lamps;
                 return sa > sb || ( sa == sb && a.cabinet < b.cabinet );
               } );
    return report;
  }

  bool readTerritoryTelemetry( const QString &territoryPath, QList<TelemetrySample> *samples, QString *errorMessage )
  {
    GDALAllRegister();
    const char *drivers[] = { "GPKG", nullptr };
    std::unique_ptr<GDALDataset, GdalCloser> dataset( static_cast<GDALDataset *>(
        GDALOpenEx( territoryPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr ) ) );
    if ( !dataset )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::lighting", "%1: cannot open as a territory GeoPackage" )
                            .arg( QDir::toNativeSeparators( territoryPath ) );
      return false;
    }
    OGRLayer *table = dataset->GetLayerByName( "feeds_observations" );
    if ( !table )
      return true;
    OGRFeatureDefn *defn = table->GetLayerDefn();
    const int fSensor = defn->GetFieldIndex( "sensor" ), fTime = defn->GetFieldIndex( "t" ), fValue = defn->GetFieldIndex( "value" );
    if ( fSensor < 0 || fTime < 0 || fValue < 0 )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::lighting", "%1: table feeds_observations lacks the columns sensor, t or value" )
                .arg( QDir::toNativeSeparators( territoryPath ) );
      return false;
    }
    QMap<QPair<QString, qint64>, TelemetrySample> merged;
    table->ResetReading();
    for ( auto &feature : *table )
    {
      const QString sensor = QString::fromUtf8( feature->GetFieldAsString( fSensor ) );
      const int slash = sensor.lastIndexOf( QLatin1Char( '/' ) );
      if ( slash <= 0 )
        continue;
      const QString lamp = sensor.left( slash ), quantity = sensor.mid( slash + 1 ).toLower();
      QDateTime time;
      const OGRFieldType type = defn->GetFieldDefn( fTime )->GetType();
      if ( type == OFTInteger || type == OFTInteger64 || type == OFTReal )
        time = QDateTime::fromMSecsSinceEpoch( feature->GetFieldAsInteger64( fTime ), Qt::UTC );
      else
        time = QDateTime::fromString( QString::fromUtf8( feature->GetFieldAsString( fTime ) ), Qt::ISODateWithMs ).toUTC();
      if ( !time.isValid() )
        continue;
      TelemetrySample &s = merged[qMakePair( lamp, time.toMSecsSinceEpoch() )];
      s.lampId = lamp;
      s.time = time;
      const double value = feature->GetFieldAsDouble( fValue );
      if ( quantity == QLatin1String( "power" ) )
        s.powerW = value;
      else if ( quantity == QLatin1String( "current" ) )
        s.currentA = value;
      else if ( quantity == QLatin1String( "status" ) )
        s.status = static_cast<int>( value );
      else if ( quantity == QLatin1String( "burning_hours" ) )
        s.burningHours = value;
      else if ( quantity == QLatin1String( "level" ) )
        s.level = value > 1.0 ? value / 100.0 : value;
    }
    for ( const TelemetrySample &s : std::as_const( merged ) )
      samples->append( s );
    return true;
  }

  bool readTelemetryCsv( const QString &path, QList<TelemetrySample> *samples, QString *errorMessage )
  {
    const QString shown = QDir::toNativeSeparators( path );
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly | QIODevice::Text ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::lighting", "%1: cannot read: %2" ).arg( shown, file.errorString() );
      return false;
    }
    QTextStream in( &file );
    const QStringList header = in.readLine().trimmed().split( QLatin1Char( ',' ) );
    const QStringList expected = { QStringLiteral( "lamp_id" ),   QStringLiteral( "time" ),   QStringLiteral( "power_w" ),
                                   QStringLiteral( "current_a" ), QStringLiteral( "status" ), QStringLiteral( "burning_hours" ),
                                   QStringLiteral( "level" ) };
    if ( header != expected )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::lighting", "%1: line 1: the header must be %2" )
                            .arg( shown, expected.join( QLatin1Char( ',' ) ) );
      return false;
    }
    QList<TelemetrySample> out;
    int line = 1;
    while ( !in.atEnd() )
    {
      ++line;
      const QString text = in.readLine().trimmed();
      if ( text.isEmpty() )
        continue;
      const QStringList cells = text.split( QLatin1Char( ',' ) );
      auto bad = [&]( int column, const QString &why )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie::lighting", "%1: line %2, column %3: %4" )
                              .arg( shown )
                              .arg( line )
                              .arg( expected.value( column ), why );
        return false;
      };
      if ( cells.size() != expected.size() )
        return bad( 0,
                    QCoreApplication::translate( "vigie::lighting", "%1 cells instead of %2" ).arg( cells.size() ).arg( expected.size() ) );
      TelemetrySample s;
      s.lampId = cells.at( 0 ).trimmed();
      if ( s.lampId.isEmpty() )
        return bad( 0, QCoreApplication::translate( "vigie::lighting", "empty lamp id" ) );
      s.time = QDateTime::fromString( cells.at( 1 ).trimmed(), Qt::ISODate );
      if ( !s.time.isValid() )
        return bad( 1, QCoreApplication::translate( "vigie::lighting", "\"%1\" is not an ISO 8601 time" ).arg( cells.at( 1 ) ) );
      s.time = s.time.toUTC();
      double *targets[] = { &s.powerW, &s.currentA, nullptr, &s.burningHours, &s.level };
      for ( int c = 2; c < 7; ++c )
      {
        const QString cell = cells.at( c ).trimmed();
        if ( cell.isEmpty() )
          continue;
        bool ok = false;
        const double value = cell.toDouble( &ok );
        if ( !ok || !std::isfinite( value ) || value < 0 )
          return bad( c, QCoreApplication::translate( "vigie::lighting", "\"%1\" is not a number >= 0" ).arg( cell ) );
        if ( c == 4 )
          s.status = static_cast<int>( value );
        else
          *targets[c - 2] = value;
      }
      out.append( s );
    }
    samples->append( out );
    return true;
  }
} // namespace vigie::lighting
