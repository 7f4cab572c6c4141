// SPDX-License-Identifier: GPL-2.0-or-later
// `vigie-cli lighting` end to end, in process (tests/common/clitest.h): a small territory
// GeoPackage written here, then optimise / classes / maintenance with their JSON output, the
// usage errors and the infeasible budget (clear message, non-zero exit, nothing written).
#include "clitest.h"
#include "en13201.h"
#include "lightingcli.h"
#include "vigietest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace vigie::lighting;
using vigie::test::runCliCommand;

namespace
{
  struct Lamp
  {
    const char *id;
    const char *technology;
    double power;
    const char *control;
    const char *cabinet;
    const char *street;
  };

  /**
   * Three streets (an avenue, a residential street, a square) near Montpellier in
   * Lambert-93, eight luminaires on two cabinets: discharge lamps to convert, and LEDs.
   */
  QString writeTerritory( const QString &path )
  {
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
    GDALDataset *ds = driver->Create( path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr );
    if ( !ds )
      qFatal( "cannot create the test territory" );
    OGRSpatialReference srs;
    srs.importFromEPSG( 2154 );
    OGRLayer *streets = ds->CreateLayer( "territory_streets", &srs, wkbMultiLineString, nullptr );
    for ( const char *name : { "street_id", "name", "road_type" } )
    {
      OGRFieldDefn f( name, OFTString );
      streets->CreateField( &f );
    }
    OGRFieldDefn speed( "speed_limit_kmh", OFTInteger );
    streets->CreateField( &speed );
    OGRFieldDefn aadt( "traffic_aadt", OFTInteger );
    streets->CreateField( &aadt );
    const struct
    {
      const char *id, *name, *type;
      int speed, aadt;
      double y;
    } streetRows[] = { { "A1", "Avenue de test", "AV", 50, 18000, 0 },
                       { "R1", "Impasse de test", "IMP", 30, 0, 200 },
                       { "P1", "Place de test", "PL", 30, 0, 400 } };
    for ( const auto &s : streetRows )
    {
      OGRFeature f( streets->GetLayerDefn() );
      f.SetField( "street_id", s.id );
      f.SetField( "name", s.name );
      f.SetField( "road_type", s.type );
      f.SetField( "speed_limit_kmh", s.speed );
      if ( s.aadt > 0 )
        f.SetField( "traffic_aadt", s.aadt );
      OGRMultiLineString multi;
      OGRLineString line;
      line.addPoint( 770000, 6280000 + s.y );
      line.addPoint( 770200, 6280000 + s.y );
      multi.addGeometry( &line );
      f.SetGeometry( &multi );
      if ( streets->CreateFeature( &f ) != OGRERR_NONE )
        qFatal( "cannot write a test street" );
    }
    OGRLayer *lum = ds->CreateLayer( "lighting_luminaires", &srs, wkbPoint, nullptr );
    for ( const char *name : { "support_id", "technology", "control", "cabinet_id", "street_id" } )
    {
      OGRFieldDefn f( name, OFTString );
      lum->CreateField( &f );
    }
    OGRFieldDefn power( "power_w", OFTReal );
    lum->CreateField( &power );
    const Lamp lamps[] = { { "L1", "HPS", 150, "none", "CAB-1", "A1" },        { "L2", "HPS", 150, "1-10V", "CAB-1", "A1" },
                           { "L3", "LED", 60, "DALI", "CAB-1", "A1" },         { "L4", "mercury", 125, "none", "CAB-2", "R1" },
                           { "L5", "mercury", 125, "none", "CAB-2", "R1" },    { "L6", "MH", 70, "none", "CAB-2", "P1" },
                           { "L7", "fluorescent", 36, "none", "CAB-2", "P1" }, { "L8", "LED", 30, "DALI", "CAB-2", "P1" } };
    int n = 0;
    for ( const Lamp &l : lamps )
    {
      OGRFeature f( lum->GetLayerDefn() );
      f.SetField( "support_id", l.id );
      f.SetField( "technology", l.technology );
      f.SetField( "control", l.control );
      f.SetField( "cabinet_id", l.cabinet );
      f.SetField( "street_id", l.street );
      f.SetField( "power_w", l.power );
      const double y = QByteArray( l.street ) == "A1" ? 5 : QByteArray( l.street ) == "R1" ? 205 : 405;
      OGRPoint p( 770010 + 40 * ( n++ % 4 ), 6280000 + y );
      f.SetGeometry( &p );
      if ( lum->CreateFeature( &f ) != OGRERR_NONE )
        qFatal( "cannot write a test luminaire" );
    }
    GDALClose( ds );
    return path;
  }

  QByteArray digest( const QString &path )
  {
    QFile f( path );
    if ( !f.open( QIODevice::ReadOnly ) )
      return QByteArray();
    return QCryptographicHash::hash( f.readAll(), QCryptographicHash::Sha256 );
  }

  QJsonObject parseJson( const QString &text )
  {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson( text.toUtf8(), &error );
    if ( error.error != QJsonParseError::NoError || !doc.isObject() )
      qWarning( "not a JSON object: %s", qPrintable( error.errorString() ) );
    return doc.object();
  }
} // namespace

class TestLightingCli : public vigie::test::Test
{
  Q_OBJECT
private:
  QString mTerritory;

private Q_SLOTS:
  void initTestCase() { mTerritory = writeTerritory( tempPath( QStringLiteral( "petite commune éclairée.gpkg" ) ) ); }

  void optimiseJson()
  {
    const QByteArray before = digest( mTerritory );
    const QString csv = tempPath( QStringLiteral( "conformité.csv" ) );
    const vigie::test::CliResult r = runCliCommand(
        lightingCliCommand(), { QStringLiteral( "optimise" ), mTerritory, QStringLiteral( "--budget" ), QStringLiteral( "1500" ),
                                QStringLiteral( "--years" ), QStringLiteral( "3" ), QStringLiteral( "--unit" ),
                                QStringLiteral( "luminaire" ), QStringLiteral( "--compliance" ), csv, QStringLiteral( "--json" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QJsonObject j = parseJson( r.out );
    for ( const char *key : { "baseline_kwh", "optimised_kwh", "saving_ratio", "compliance_ratio", "seconds" } )
      QVERIFY2( j.value( QLatin1String( key ) ).isDouble(), key );
    const double baseline = j.value( QStringLiteral( "baseline_kwh" ) ).toDouble();
    const double optimised = j.value( QStringLiteral( "optimised_kwh" ) ).toDouble();
    QVERIFY( baseline > 0 );
    QVERIFY2( optimised > 0 && optimised < j.value( QStringLiteral( "dimming_only_kwh" ) ).toDouble(), qPrintable( r.out ) );
    QVERIFY( std::fabs( j.value( QStringLiteral( "saving_ratio" ) ).toDouble() - ( 1 - optimised / baseline ) ) < 1e-9 );
    QCOMPARE( j.value( QStringLiteral( "compliance_ratio" ) ).toDouble(), 1.0 );
    QCOMPARE( j.value( QStringLiteral( "luminaires" ) ).toInt(), 8 );
    QCOMPARE( j.value( QStringLiteral( "lit_streets" ) ).toInt(), 3 );
    QVERIFY( j.value( QStringLiteral( "seconds" ) ).toDouble() > 0 );
    QVERIFY( j.value( QStringLiteral( "npv_eur" ) ).toDouble() <= j.value( QStringLiteral( "lp_bound_eur" ) ).toDouble() + 1e-6 );
    // the plan: 3 years, each within the budget (650 € a luminaire: two a year); luminaires converted at most once
    const QJsonArray plan = j.value( QStringLiteral( "plan" ) ).toArray();
    QCOMPARE( plan.size(), 3 );
    QStringList converted;
    for ( const QJsonValue &v : plan )
    {
      QVERIFY( v.toObject().value( QStringLiteral( "cost_eur" ) ).toDouble() <= 1500 + 1e-6 );
      for ( const QJsonValue &id : v.toObject().value( QStringLiteral( "unit_ids" ) ).toArray() )
      {
        QVERIFY( !converted.contains( id.toString() ) );
        QVERIFY( !QStringList( { QStringLiteral( "L3" ), QStringLiteral( "L8" ) } ).contains( id.toString() ) ); // LEDs already
        converted << id.toString();
      }
    }
    QVERIFY( !converted.isEmpty() );
    // derived figures printed by the module: conversions per year add up to the total, running totals to date
    int luminaires = 0;
    double saved = j.value( QStringLiteral( "baseline_eur" ) ).toDouble() - j.value( QStringLiteral( "dimming_only_eur" ) ).toDouble();
    for ( const QJsonValue &v : plan )
    {
      const QJsonObject y = v.toObject();
      for ( const char *key :
            { "luminaires_to_date", "net_investment_to_date_eur", "eur_saved_per_year_to_date", "kwh_saved_per_year_to_date" } )
        QVERIFY2( y.value( QLatin1String( key ) ).isDouble(), key );
      luminaires += y.value( QStringLiteral( "luminaires" ) ).toInt();
      saved += y.value( QStringLiteral( "eur_saved_per_year" ) ).toDouble();
      QCOMPARE( y.value( QStringLiteral( "luminaires_to_date" ) ).toInt(), luminaires );
      QCOMPARE( y.value( QStringLiteral( "unit_ids" ) ).toArray().size(), y.value( QStringLiteral( "units" ) ).toInt() );
      QVERIFY( std::fabs( y.value( QStringLiteral( "eur_saved_per_year_to_date" ) ).toDouble() - saved ) < 1e-6 );
    }
    QCOMPARE( luminaires, j.value( QStringLiteral( "converted_luminaires" ) ).toInt() );
    QCOMPARE( luminaires, converted.size() ); // --unit luminaire: one luminaire per unit
    QVERIFY( std::fabs( plan.last().toObject().value( QStringLiteral( "net_investment_to_date_eur" ) ).toDouble() -
                        ( j.value( QStringLiteral( "investment_eur" ) ).toDouble() -
                          j.value( QStringLiteral( "subsidies_eur" ) ).toDouble() ) ) < 1e-6 );
    // power over the night: one entry per band; × hours it integrates to the kWh figures (0.5 %)
    const QJsonArray night = j.value( QStringLiteral( "night_profile" ) ).toArray();
    const QJsonArray bands = j.value( QStringLiteral( "bands" ) ).toArray();
    QCOMPARE( night.size(), bands.size() );
    QVERIFY( !night.isEmpty() );
    double fullPower = 0, dimming = 0, after = 0;
    for ( int b = 0; b < night.size(); ++b )
    {
      const QJsonObject n = night.at( b ).toObject();
      QCOMPARE( n.value( QStringLiteral( "band" ) ).toString(), bands.at( b ).toObject().value( QStringLiteral( "band" ) ).toString() );
      const double hours = n.value( QStringLiteral( "hours" ) ).toDouble();
      QVERIFY( hours > 0 );
      fullPower += n.value( QStringLiteral( "before_kw" ) ).toDouble() * hours;
      dimming += n.value( QStringLiteral( "dimming_only_kw" ) ).toDouble() * hours;
      after += n.value( QStringLiteral( "after_kw" ) ).toDouble() * hours;
    }
    auto close = []( double a, double b ) { return std::fabs( a - b ) <= 0.005 * std::fabs( b ); };
    QVERIFY2( close( fullPower, baseline ), qPrintable( QStringLiteral( "%1 vs %2" ).arg( fullPower ).arg( baseline ) ) );
    QVERIFY2( close( dimming, j.value( QStringLiteral( "dimming_only_kwh" ) ).toDouble() ), qPrintable( QString::number( dimming ) ) );
    QVERIFY2( close( after, optimised ), qPrintable( QStringLiteral( "%1 vs %2" ).arg( after ).arg( optimised ) ) );
    QVERIFY( after < fullPower );
    // investment against savings, year by year over the NPV horizon (20 years by default)
    const QJsonArray cashFlow = j.value( QStringLiteral( "cash_flow" ) ).toArray();
    QCOMPARE( cashFlow.size(), 20 );
    QVERIFY( std::fabs( cashFlow.last().toObject().value( QStringLiteral( "net_investment_eur" ) ).toDouble() -
                        plan.last().toObject().value( QStringLiteral( "net_investment_to_date_eur" ) ).toDouble() ) < 1e-6 );
    QVERIFY( cashFlow.last().toObject().value( QStringLiteral( "savings_eur" ) ).toDouble() > 0 );
    // compliance table: one row per lit street and band, all compliant
    QFile file( csv );
    QVERIFY( file.open( QIODevice::ReadOnly | QIODevice::Text ) );
    const QStringList lines = QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    QCOMPARE( lines.size(), 1 + 3 * j.value( QStringLiteral( "bands" ) ).toArray().size() );
    for ( int i = 1; i < lines.size(); ++i )
      QVERIFY2( lines.at( i ).endsWith( QLatin1String( ",1" ) ), qPrintable( lines.at( i ) ) );
    QCOMPARE( digest( mTerritory ), before ); // read-only
  }

  void optimiseText()
  {
    const vigie::test::CliResult r =
        runCliCommand( lightingCliCommand(), { QStringLiteral( "optimise" ), mTerritory, QStringLiteral( "--switch-off" ),
                                               QStringLiteral( "01:00-05:00" ), QStringLiteral( "--budget" ), QStringLiteral( "0" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    QVERIFY2( r.out.contains( QStringLiteral( "Energy saved:" ) ) && r.out.contains( QStringLiteral( "compliance: 100.00 %" ) ),
              qPrintable( r.out ) );
  }

  void classesJson()
  {
    const vigie::test::CliResult r =
        runCliCommand( lightingCliCommand(), { QStringLiteral( "classes" ), mTerritory, QStringLiteral( "--json" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QJsonObject j = parseJson( r.out );
    const int bands = j.value( QStringLiteral( "bands" ) ).toArray().size();
    QVERIFY( bands > 8 );
    const QJsonArray streets = j.value( QStringLiteral( "streets" ) ).toArray();
    QCOMPARE( streets.size(), 3 );
    for ( const QJsonValue &v : streets )
    {
      const QJsonObject s = v.toObject();
      LightingClass design;
      QVERIFY( parseClass( s.value( QStringLiteral( "class" ) ).toString(), &design ) );
      QVERIFY( !s.value( QStringLiteral( "explanation" ) ).toString().isEmpty() );
      const QJsonArray perBand = s.value( QStringLiteral( "band_classes" ) ).toArray();
      QCOMPARE( perBand.size(), bands );
      for ( const QJsonValue &c : perBand )
      {
        LightingClass bandClass;
        QVERIFY( parseClass( c.toString(), &bandClass ) );
        QCOMPARE( bandClass.family, design.family );
        QVERIFY( bandClass.number >= design.number ); // never more light than the design
      }
      // squares and impasses are P classes, the avenue an M class
      const QString id = s.value( QStringLiteral( "street_id" ) ).toString();
      QCOMPARE( design.family, id == QLatin1String( "A1" ) ? ClassFamily::M : ClassFamily::P );
    }
  }

  void maintenanceJson()
  {
    const QString csv = tempPath( QStringLiteral( "telemetry.csv" ) );
    QFile f( csv );
    QVERIFY( f.open( QIODevice::WriteOnly | QIODevice::Text ) );
    QTextStream out( &f );
    out << "lamp_id,time,power_w,current_a,status,burning_hours,level\n";
    for ( int d = 1; d <= 20; ++d )
    {
      const QString day = QDate( 2025, 1, d ).toString( Qt::ISODate );
      out << "L1," << day << "T23:00:00Z," << ( d <= 18 ? 165 : 2 ) << ",,,5000,\n"; // failed in the last two nights
      out << "L4," << day << "T23:00:00Z,137,,,5000,\n";
      out << "L4," << day << "T12:00:00Z,137,,,5000,\n"; // lit at noon
    }
    out.flush();
    f.close();
    const vigie::test::CliResult r =
        runCliCommand( lightingCliCommand(),
                       { QStringLiteral( "maintenance" ), mTerritory, QStringLiteral( "--telemetry" ), csv, QStringLiteral( "--json" ) } );
    QVERIFY2( r.code == 0, qPrintable( r.err ) );
    const QJsonObject j = parseJson( r.out );
    QCOMPARE( j.value( QStringLiteral( "samples" ) ).toInt(), 60 );
    QCOMPARE( j.value( QStringLiteral( "lamps_with_telemetry" ) ).toInt(), 2 );
    QStringList found;
    for ( const QJsonValue &v : j.value( QStringLiteral( "maintenance" ) ).toArray() )
      found << v.toObject().value( QStringLiteral( "lamp_id" ) ).toString() + QLatin1Char( ' ' ) +
                   v.toObject().value( QStringLiteral( "issue" ) ).toString();
    QVERIFY2( found.contains( QStringLiteral( "L1 failed" ) ), qPrintable( found.join( QStringLiteral( ", " ) ) ) );
    QVERIFY2( found.contains( QStringLiteral( "L4 burning by day" ) ), qPrintable( found.join( QStringLiteral( ", " ) ) ) );
  }

  void usageErrors_data()
  {
    QTest::addColumn<QStringList>( "args" );
    QTest::addColumn<int>( "code" );
    QTest::addColumn<QString>( "expected" );
    const QString t = QStringLiteral( "TERRITORY" ); // replaced by the test territory
    QTest::newRow( "no subcommand" ) << QStringList() << 2 << "Usage:";
    QTest::newRow( "unknown subcommand" ) << QStringList{ QStringLiteral( "paint" ), t } << 2 << "unknown subcommand \"paint\"";
    QTest::newRow( "unknown option" ) << QStringList{ QStringLiteral( "optimise" ), t, QStringLiteral( "--fast" ) } << 2
                                      << "unknown option \"--fast\"";
    QTest::newRow( "negative budget" ) << QStringList{ QStringLiteral( "optimise" ), t, QStringLiteral( "--budget" ),
                                                       QStringLiteral( "-5" ) }
                                       << 2 << "--budget needs an amount of euros per year >= 0, not \"-5\"";
    QTest::newRow( "budget not a number" ) << QStringList{ QStringLiteral( "optimise" ), t, QStringLiteral( "--budget" ),
                                                           QStringLiteral( "lots" ) }
                                           << 2 << "not \"lots\"";
    QTest::newRow( "budget without value" ) << QStringList{ QStringLiteral( "optimise" ), t, QStringLiteral( "--budget" ) } << 2
                                            << "--budget needs a value";
    QTest::newRow( "zero years" ) << QStringList{ QStringLiteral( "optimise" ), t, QStringLiteral( "--years" ), QStringLiteral( "0" ) } << 2
                                  << "--years needs a number of years from 1 to 50, not \"0\"";
    QTest::newRow( "bad window" ) << QStringList{ QStringLiteral( "optimise" ), t, QStringLiteral( "--switch-off" ),
                                                  QStringLiteral( "25:00-05:00" ) }
                                  << 2 << "--switch-off needs a window HH:MM-HH:MM";
    QTest::newRow( "bad unit" ) << QStringList{ QStringLiteral( "optimise" ), t, QStringLiteral( "--unit" ), QStringLiteral( "street" ) }
                                << 2 << "--unit is cabinet or luminaire, not \"street\"";
    QTest::newRow( "option of another subcommand" )
        << QStringList{ QStringLiteral( "classes" ), t, QStringLiteral( "--budget" ), QStringLiteral( "5" ) } << 2
        << "unknown option \"--budget\"";
    QTest::newRow( "no territory" ) << QStringList{ QStringLiteral( "classes" ) } << 2 << "the territory file is missing";
    QTest::newRow( "two territories" ) << QStringList{ QStringLiteral( "classes" ), t, QStringLiteral( "other.gpkg" ) } << 2
                                       << "one territory only";
    QTest::newRow( "missing territory file" ) << QStringList{ QStringLiteral( "optimise" ), QStringLiteral( "/nonexistent/nowhere.gpkg" ) }
                                              << 3 << "nowhere.gpkg";
  }

  void usageErrors()
  {
    QFETCH( QStringList, args );
    QFETCH( int, code );
    QFETCH( QString, expected );
    args.replaceInStrings( QStringLiteral( "TERRITORY" ), mTerritory );
    const QByteArray before = digest( mTerritory );
    const vigie::test::CliResult r = runCliCommand( lightingCliCommand(), args );
    QCOMPARE( r.code, code );
    QVERIFY2( r.err.contains( expected ), qPrintable( r.err ) );
    QVERIFY( r.out.isEmpty() );
    QCOMPARE( digest( mTerritory ), before );
  }

  void infeasibleBudget()
  {
    const QByteArray before = digest( mTerritory );
    const QString csv = tempPath( QStringLiteral( "never.csv" ) );
    // a cabinet costs 2,000 € plus 650 € per luminaire: 100 € a year buys nothing
    const vigie::test::CliResult r = runCliCommand(
        lightingCliCommand(), { QStringLiteral( "optimise" ), mTerritory, QStringLiteral( "--budget" ), QStringLiteral( "100" ),
                                QStringLiteral( "--compliance" ), csv, QStringLiteral( "--json" ) } );
    QCOMPARE( r.code, 1 );
    QVERIFY2( r.err.contains( QStringLiteral( "infeasible budget" ) ) && r.err.contains( QStringLiteral( "CAB-" ) ), qPrintable( r.err ) );
    QVERIFY( r.out.isEmpty() );
    QVERIFY( !QFile::exists( csv ) );
    QCOMPARE( digest( mTerritory ), before );
  }
};

QTEST_GUILESS_MAIN( TestLightingCli )
#include "tst_lightingcli.moc"
