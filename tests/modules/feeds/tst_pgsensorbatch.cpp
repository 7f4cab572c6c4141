// SPDX-License-Identifier: GPL-2.0-or-later
// PostGIS ingest (issue 8 item 2): the new sensors of a batch and their last values are written
// by COPY into a temporary table and one upsert / UPDATE ... FROM (not one statement per row);
// what a new connection reads back must be what the GeoPackage path writes, row for row.

#include "../store/pgtestcluster.h"
#include "feedstestutil.h"
#include "observationstore.h"
#include "vigietest.h"

#include <cmath>

using namespace vigie::feeds;

class TestPgSensorBatch : public vigie::test::Test
{
  Q_OBJECT

private:
  vigie::test::PgTestCluster mCluster;
  QString mSkip;

  //! \a sensors sensors of several kinds (one with an odd id), \a seconds values each; some out of range.
  static QList<Observation> batch( int sensors, int fromSecond, int seconds )
  {
    QList<Observation> list;
    const QDateTime t0( QDate( 2026, 3, 1 ), QTime( 8, 0 ), Qt::UTC );
    for ( int s = 0; s < seconds; ++s )
    {
      for ( int i = 0; i < sensors; ++i )
      {
        Observation o;
        o.sensorId = i == 0 ? QStringLiteral( "odd\tid\\é %1" ).arg( i ) : QStringLiteral( "s%1" ).arg( i );
        o.time = t0.addSecs( fromSecond + s * 61 );
        switch ( i % 3 )
        {
        case 0:
          o.quantity = QStringLiteral( "pressure" );
          o.unit = QStringLiteral( "bar" );
          o.value = 3.0 + i * 0.01 + s;
          break;
        case 1:
          o.quantity = QStringLiteral( "temperature" );
          o.unit = QStringLiteral( "°C" );
          o.value = 12.5 + s;
          break;
        default:
          o.quantity = QStringLiteral( "something" ); // unknown kind: no unit, no range
          o.unit = QStringLiteral( "zz" );
          o.value = i + 0.25;
        }
        list << o;
      }
    }
    return list;
  }

  static QString key( const SensorInfo &s )
  {
    auto number = []( double v ) { return std::isfinite( v ) ? QString::number( v, 'g', 15 ) : QStringLiteral( "-" ); };
    return QStringList{ s.id,
                        sensorKindName( s.kind ),
                        s.unit,
                        s.layer,
                        QString::number( s.fid ),
                        number( s.minimum ),
                        number( s.maximum ),
                        s.hasLastValue ? number( s.lastValue ) : QStringLiteral( "none" ),
                        s.lastTime.toString( Qt::ISODateWithMs ),
                        sensorStateName( s.state ) }
        .join( QLatin1Char( '|' ) );
  }

  //! Stores the same batches into \a path and returns the sensors a new connection reads.
  static QStringList storeAndRead( const QString &path, QString *error )
  {
    {
      std::unique_ptr<ObservationStore> store = ObservationStore::open( path, error );
      if ( !store )
        return {};
      StoreResult result;
      // 1 new sensor (per-row path), then 40 (COPY path), then newer values of all (last values batched)
      if ( !store->store( batch( 1, 0, 1 ), &result, error ) || !store->store( batch( 41, 0, 2 ), &result, error ) ||
           !store->store( batch( 41, 200, 3 ), &result, error ) )
        return {};
      if ( result.stored != 41 * 3 )
      {
        *error = QStringLiteral( "stored %1 of %2" ).arg( result.stored ).arg( 41 * 3 );
        return {};
      }
    }
    std::unique_ptr<ObservationStore> reader = ObservationStore::openReadOnly( path, error );
    if ( !reader )
      return {};
    QStringList keys;
    for ( const SensorInfo &s : reader->sensors() )
      keys << key( s );
    keys.sort();
    return keys;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QString error;
    if ( !mCluster.start( &mSkip, &error ) )
    {
      if ( !mSkip.isEmpty() )
        QSKIP( qPrintable( mSkip ) );
      QFAIL( qPrintable( error ) );
    }
  }

  void sameSensorRowsAsGeoPackage()
  {
    QString error;
    const QString gpkg = tempPath( QStringLiteral( "batch.gpkg" ) );
    QVERIFY2( vigie::test::createFeedsTerritory( gpkg ).isEmpty(), "territory" );
    const QString pg = mCluster.newDatabase( QStringLiteral( "sensorbatch" ), &error );
    QVERIFY2( !pg.isEmpty(), qPrintable( error ) );
    error = vigie::test::createFeedsTerritory( pg );
    QVERIFY2( error.isEmpty(), qPrintable( error ) );

    const QStringList expected = storeAndRead( gpkg, &error );
    QVERIFY2( !expected.isEmpty(), qPrintable( error ) );
    QCOMPARE( expected.size(), 41 );
    const QStringList actual = storeAndRead( pg, &error );
    QVERIFY2( !actual.isEmpty(), qPrintable( error ) );
    QCOMPARE( actual, expected );
    // the last values are the newest ones (third batch), written although less than a minute apart from nothing
    QVERIFY2( actual.filter( QStringLiteral( "s1|" ) ).first().contains( QStringLiteral( "2026-03-01T08:05:22" ) ),
              qPrintable( actual.filter( QStringLiteral( "s1|" ) ).first() ) );
  }
};

QTEST_GUILESS_MAIN( TestPgSensorBatch )
#include "tst_pgsensorbatch.moc"
