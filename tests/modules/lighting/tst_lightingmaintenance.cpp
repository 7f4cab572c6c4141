// SPDX-License-Identifier: GPL-2.0-or-later
// Failure anticipation from per-lamp telemetry samples.
#include "maintenance.h"

#include <QtTest>

using namespace vigie::lighting;

namespace
{
  Inventory lamps( int count )
  {
    Inventory inventory; // Montpellier position by default
    for ( int i = 0; i < count; ++i )
    {
      Luminaire l;
      l.id = QStringLiteral( "L%1" ).arg( i + 1 );
      l.technology = Technology::Hps;
      l.powerW = 100;
      l.driverLossW = 10;
      l.cabinet = i < 4 ? QStringLiteral( "C1" ) : QStringLiteral( "C2" );
      inventory.luminaires << l;
    }
    return inventory;
  }
  TelemetrySample sample( const QString &lamp, const QDateTime &time, double power, double hours = std::numeric_limits<double>::quiet_NaN() )
  {
    TelemetrySample s;
    s.lampId = lamp;
    s.time = time;
    s.powerW = power;
    s.burningHours = hours;
    return s;
  }
} // namespace

class TestLightingMaintenance : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void issues()
    {
      const Inventory inventory = lamps( 6 );
      QList<TelemetrySample> samples;
      // Montpellier, January: 23:00 UTC is night, 12:00 UTC is day
      for ( int d = 0; d < 30; ++d )
      {
        const QDateTime night( QDate( 2025, 1, 1 ).addDays( d ), QTime( 23, 0 ), Qt::UTC );
        const QDateTime day( QDate( 2025, 1, 1 ).addDays( d ), QTime( 12, 0 ), Qt::UTC );
        samples << sample( QStringLiteral( "L1" ), night, 110, 5000 );                          // healthy
        samples << sample( QStringLiteral( "L2" ), night, d < 28 ? 110 : 2, 5000 );             // failed in the last two nights
        samples << sample( QStringLiteral( "L3" ), night, 110 ) << sample( QStringLiteral( "L3" ), day, 108 ); // lit by day
        samples << sample( QStringLiteral( "L4" ), night, 110 * ( 1.0 - 0.006 * d ), 23000 );  // drifting, worn
        samples << sample( QStringLiteral( "L5" ), night, 110, 22500 );                        // end of life
        samples << sample( QStringLiteral( "L6" ), night, 110, 1000 );
      }
      samples << sample( QStringLiteral( "ghost" ), QDateTime( QDate( 2025, 1, 1 ), QTime( 23, 0 ), Qt::UTC ), 50 );
      const MaintenanceReport report = analyseTelemetry( inventory, samples );
      QCOMPARE( report.lampsWithTelemetry, 6 );
      QCOMPARE( report.unknownLamps, 1 );
      QMultiHash<QString, MaintenanceIssue> found;
      for ( const MaintenanceItem &i : report.items )
        found.insert( i.lampId, i.issue );
      QVERIFY( !found.contains( QStringLiteral( "L1" ) ) );
      QVERIFY( !found.contains( QStringLiteral( "L6" ) ) );
      QCOMPARE( found.values( QStringLiteral( "L2" ) ), QList<MaintenanceIssue>{ MaintenanceIssue::Failed } );
      QVERIFY( found.values( QStringLiteral( "L3" ) ).contains( MaintenanceIssue::BurningByDay ) );
      QVERIFY( found.values( QStringLiteral( "L4" ) ).contains( MaintenanceIssue::Drifting ) );
      QVERIFY( found.values( QStringLiteral( "L5" ) ).contains( MaintenanceIssue::EndOfLife ) );
      // ranked: the failed lamp first
      QCOMPARE( report.items.constFirst().lampId, QStringLiteral( "L2" ) );
      for ( int i = 1; i < report.items.size(); ++i )
        QVERIFY( report.items.at( i - 1 ).urgency >= report.items.at( i ).urgency );
      // C1 (L1-L4): L4 worn of 3 with hours (L1 5000, L2 5000, L4 23000) → no; C2: L5 22500 of L5, L6 → 1 of 2 → yes (≥ 50 %)
      QCOMPARE( report.groups.size(), 1 );
      QCOMPARE( report.groups.constFirst().cabinet, QStringLiteral( "C2" ) );
    }
    void csvErrors()
    {
      QTemporaryDir dir;
      const QString path = dir.filePath( QStringLiteral( "t.csv" ) );
      QFile f( path );
      QVERIFY( f.open( QIODevice::WriteOnly ) );
      f.write( "lamp_id,time,power_w,current_a,status,burning_hours,level\nL1,2025-01-01T23:00:00Z,110,,1,100,1\nL1,yesterday,1,,,,\n" );
      f.close();
      QList<TelemetrySample> samples;
      QString error;
      QVERIFY( !readTelemetryCsv( path, &samples, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "line 3" ) ) && error.contains( QStringLiteral( "time" ) ), qPrintable( error ) );
      QVERIFY( samples.isEmpty() );
    }
};

QTEST_GUILESS_MAIN( TestLightingMaintenance )
#include "tst_lightingmaintenance.moc"
