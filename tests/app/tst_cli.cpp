// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli as a user runs it: the built executable through QProcess, exit codes,
// messages and --json output checked against the files it reads and writes.
#include "vigietest.h"

#include <ogrsf_frmts.h>

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <memory>

namespace
{
  struct Run
  {
    int exitCode = -1;
    QString out;
    QString err;
  };

  //! Number of features of the first layer of a vector file, read with OGR (-1 when unreadable).
  qint64 ogrFeatureCount( const QString &path )
  {
    std::unique_ptr<GDALDataset> dataset( GDALDataset::Open( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY ) );
    if ( !dataset || dataset->GetLayerCount() < 1 )
      return -1;
    return dataset->GetLayer( 0 )->GetFeatureCount();
  }
} // namespace

class TestCli : public vigie::test::Test
{
    Q_OBJECT

  private:
    QString mCli;
    QString mDemo;  //!< the Montpellier demo, built once by initTestCase
    QProcessEnvironment mEnvironment;

    Run cli( const QStringList &arguments, int timeoutMs = 300000 ) const
    {
      QProcess process;
      process.setProcessEnvironment( mEnvironment );
      process.start( mCli, arguments );
      Run run;
      if ( !process.waitForFinished( timeoutMs ) )
      {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral( "timeout" );
        return run;
      }
      run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
      run.out = QString::fromUtf8( process.readAllStandardOutput() );
      run.err = QString::fromUtf8( process.readAllStandardError() );
      return run;
    }

    QJsonObject json( const Run &run ) const
    {
      QJsonParseError error;
      const QJsonDocument document = QJsonDocument::fromJson( run.out.toUtf8(), &error );
      if ( error.error != QJsonParseError::NoError )
        qWarning( "not JSON (%s): %s", qPrintable( error.errorString() ), qPrintable( run.out.left( 500 ) ) );
      return document.object();
    }

    //! A new empty territory (no demo) in the temporary directory.
    QString emptyTerritory( const QString &fileName )
    {
      const QString path = tempPath( fileName );
      const Run run = cli( { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--name" ), QStringLiteral( "Test" ), path } );
      if ( run.exitCode != 0 )
        qWarning( "create failed: %s", qPrintable( run.err ) );
      return path;
    }

    //! A GeoJSON of 3 street segments in EPSG:4326 inside Montpellier; row 2 has a bad speed limit.
    QString streetsSource( const QString &fileName, bool withBadRow )
    {
      const QString badSpeed = withBadRow ? QStringLiteral( "\"fast\"" ) : QStringLiteral( "30" );
      const QString text = QStringLiteral(
                             "{\"type\":\"FeatureCollection\",\"features\":["
                             "{\"type\":\"Feature\",\"properties\":{\"name\":\"Rue A\",\"vitesse\":50},"
                             "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[3.876,43.610],[3.878,43.611]]}},"
                             "{\"type\":\"Feature\",\"properties\":{\"name\":\"Rue B\",\"vitesse\":%1},"
                             "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[3.880,43.612],[3.882,43.613]]}},"
                             "{\"type\":\"Feature\",\"properties\":{\"name\":\"Rue C\",\"vitesse\":30},"
                             "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[3.884,43.614],[3.886,43.615]]}}]}" )
                             .arg( badSpeed );
      const QString path = tempPath( fileName );
      QFile file( path );
      if ( !file.open( QIODevice::WriteOnly ) )
        qFatal( "cannot write %s", qPrintable( path ) );
      file.write( text.toUtf8() );
      return path;
    }

    qint64 featureCount( const QString &territory, const QString &layer )
    {
      const Run run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "info" ), territory } );
      const QJsonObject counts = json( run ).value( QStringLiteral( "featureCounts" ) ).toObject();
      return counts.contains( layer ) ? static_cast<qint64>( counts.value( layer ).toDouble() ) : -1;
    }

  private Q_SLOTS:
    void initTestCase()
    {
      GDALAllRegister();
      mCli = QStringLiteral( VIGIE_BINARY_DIR "/bin/vigie-cli" );
      QVERIFY2( QFileInfo( mCli ).isExecutable(), qPrintable( mCli ) );
      mEnvironment = QProcessEnvironment::systemEnvironment();
      mEnvironment.insert( QStringLiteral( "QT_QPA_PLATFORM" ), QStringLiteral( "offscreen" ) );
      mEnvironment.insert( QStringLiteral( "VIGIE_QGIS_PROFILE" ), tempPath( QStringLiteral( "qgis-profile" ) ) );
      mEnvironment.insert( QStringLiteral( "VIGIE_LOG_LEVEL" ), QStringLiteral( "warning" ) );
      mEnvironment.insert( QStringLiteral( "LC_ALL" ), QStringLiteral( "C.UTF-8" ) );
      mEnvironment.remove( QStringLiteral( "VIGIE_PLUGIN_PATH" ) );

      mDemo = tempPath( QStringLiteral( "démo montpellier.gpkg" ) );  // accents and spaces on purpose
      const Run run = cli( { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--demo" ), QStringLiteral( "montpellier" ), mDemo } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      QVERIFY( QFileInfo::exists( mDemo ) );
    }

    void helpExitsZero_data()
    {
      QTest::addColumn<QStringList>( "arguments" );
      QTest::addColumn<QString>( "expected" );
      QTest::newRow( "global" ) << QStringList { QStringLiteral( "--help" ) } << QStringLiteral( "territory create" );
      QTest::newRow( "help" ) << QStringList { QStringLiteral( "help" ) } << QStringLiteral( "Exit codes" );
      const QStringList commands = { QStringLiteral( "territory create" ), QStringLiteral( "territory info" ), QStringLiteral( "territory validate" ),
                                     QStringLiteral( "import" ),           QStringLiteral( "export" ),         QStringLiteral( "render" ),
                                     QStringLiteral( "plugins" ) };
      for ( const QString &command : commands )
      {
        const QStringList words = command.split( QLatin1Char( ' ' ) );
        QTest::newRow( qPrintable( command + QStringLiteral( " --help" ) ) ) << ( words + QStringList { QStringLiteral( "--help" ) } ) << command;
        QTest::newRow( qPrintable( QStringLiteral( "help " ) + command ) ) << ( QStringList { QStringLiteral( "help" ) } + words ) << command;
      }
    }

    void helpExitsZero()
    {
      QFETCH( QStringList, arguments );
      QFETCH( QString, expected );
      const Run run = cli( arguments );
      QCOMPARE( run.exitCode, 0 );
      QVERIFY2( run.out.contains( expected ), qPrintable( run.out ) );
      QVERIFY2( run.out.contains( QStringLiteral( "Usage:" ) ), qPrintable( run.out ) );
      // every help shows the exit-code table
      QVERIFY2( run.out.contains( QStringLiteral( "3  an input file cannot be opened" ) ), qPrintable( run.out ) );
    }

    void version()
    {
      const Run run = cli( { QStringLiteral( "--version" ) } );
      QCOMPARE( run.exitCode, 0 );
      QVERIFY2( run.out.startsWith( QStringLiteral( "vigie-cli " ) ), qPrintable( run.out ) );
      QVERIFY( run.out.contains( QRegularExpression( QStringLiteral( "\\d+\\.\\d+\\.\\d+" ) ) ) );
    }

    void usageErrors_data()
    {
      QTest::addColumn<QStringList>( "arguments" );
      QTest::addColumn<QString>( "named" );  // what the message must name
      const QString demo = QStringLiteral( "DEMO" );
      QTest::newRow( "no command" ) << QStringList() << QStringLiteral( "Usage:" );
      QTest::newRow( "unknown command" ) << QStringList { QStringLiteral( "frobnicate" ) } << QStringLiteral( "frobnicate" );
      QTest::newRow( "territory alone" ) << QStringList { QStringLiteral( "territory" ) } << QStringLiteral( "create" );
      const QList<QStringList> commands = { { QStringLiteral( "territory" ), QStringLiteral( "create" ) },
                                            { QStringLiteral( "territory" ), QStringLiteral( "info" ), demo },
                                            { QStringLiteral( "territory" ), QStringLiteral( "validate" ), demo },
                                            { QStringLiteral( "import" ), demo, demo },
                                            { QStringLiteral( "export" ), demo },
                                            { QStringLiteral( "render" ), demo },
                                            { QStringLiteral( "plugins" ) } };
      for ( const QStringList &command : commands )
        QTest::newRow( qPrintable( command.mid( 0, 2 ).join( QLatin1Char( ' ' ) ) + QStringLiteral( " --bogus-option" ) ) )
          << ( command + QStringList { QStringLiteral( "--bogus-option" ) } ) << QStringLiteral( "bogus-option" );
      QTest::newRow( "global bogus" ) << QStringList { QStringLiteral( "--bogus-option" ), QStringLiteral( "plugins" ) } << QStringLiteral( "bogus-option" );
      QTest::newRow( "lang" ) << QStringList { QStringLiteral( "--lang" ), QStringLiteral( "xx" ), QStringLiteral( "plugins" ) } << QStringLiteral( "--lang" );
      QTest::newRow( "info missing" ) << QStringList { QStringLiteral( "territory" ), QStringLiteral( "info" ) } << QStringLiteral( "TERRITORY" );
      QTest::newRow( "info extra" ) << QStringList { QStringLiteral( "territory" ), QStringLiteral( "info" ), demo, QStringLiteral( "extra" ) } << QStringLiteral( "extra" );
      QTest::newRow( "create no name" ) << QStringList { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "x.gpkg" ) } << QStringLiteral( "--name" );
      QTest::newRow( "create bad demo" ) << QStringList { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--demo" ), QStringLiteral( "atlantis" ), QStringLiteral( "x.gpkg" ) }
                                         << QStringLiteral( "atlantis" );
      QTest::newRow( "create bad crs" ) << QStringList { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--name" ), QStringLiteral( "T" ), QStringLiteral( "--crs" ), QStringLiteral( "EPSG:999999" ), QStringLiteral( "x.gpkg" ) }
                                        << QStringLiteral( "--crs" );
      QTest::newRow( "create bad commune" ) << QStringList { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--name" ), QStringLiteral( "T" ), QStringLiteral( "--communes" ), QStringLiteral( "34172,abc" ), QStringLiteral( "x.gpkg" ) }
                                            << QStringLiteral( "abc" );
      QTest::newRow( "import no layer" ) << QStringList { QStringLiteral( "import" ), demo, demo } << QStringLiteral( "--layer" );
      QTest::newRow( "import bad layer form" ) << QStringList { QStringLiteral( "import" ), demo, demo, QStringLiteral( "--layer" ), QStringLiteral( "streets" ) }
                                               << QStringLiteral( "DOMAIN:LAYER" );
      QTest::newRow( "import bad field map" ) << QStringList { QStringLiteral( "import" ), demo, demo, QStringLiteral( "--layer" ), QStringLiteral( "territory:streets" ), QStringLiteral( "--field-map" ), QStringLiteral( "a=b,c" ) }
                                              << QStringLiteral( "--field-map" );
      QTest::newRow( "export bad format" ) << QStringList { QStringLiteral( "export" ), demo, QStringLiteral( "out.xyz" ), QStringLiteral( "--layer" ), QStringLiteral( "territory:streets" ) }
                                           << QStringLiteral( "xyz" );
      QTest::newRow( "render no out" ) << QStringList { QStringLiteral( "render" ), demo } << QStringLiteral( "--out" );
      QTest::newRow( "render bad size" ) << QStringList { QStringLiteral( "render" ), demo, QStringLiteral( "--out" ), QStringLiteral( "x.png" ), QStringLiteral( "--size" ), QStringLiteral( "big" ) }
                                         << QStringLiteral( "--size" );
      QTest::newRow( "render bad extent" ) << QStringList { QStringLiteral( "render" ), demo, QStringLiteral( "--out" ), QStringLiteral( "x.png" ), QStringLiteral( "--extent" ), QStringLiteral( "1,2,3" ) }
                                           << QStringLiteral( "--extent" );
      QTest::newRow( "render inverted extent" ) << QStringList { QStringLiteral( "render" ), demo, QStringLiteral( "--out" ), QStringLiteral( "x.png" ), QStringLiteral( "--extent" ), QStringLiteral( "5,2,3,4" ) }
                                                << QStringLiteral( "XMIN" );
      QTest::newRow( "render bad dpi" ) << QStringList { QStringLiteral( "render" ), demo, QStringLiteral( "--out" ), QStringLiteral( "x.png" ), QStringLiteral( "--dpi" ), QStringLiteral( "-3" ) }
                                        << QStringLiteral( "--dpi" );
      QTest::newRow( "help unknown" ) << QStringList { QStringLiteral( "help" ), QStringLiteral( "frobnicate" ) } << QStringLiteral( "frobnicate" );
      QTest::newRow( "plugins folder" ) << QStringList { QStringLiteral( "--plugins" ), QStringLiteral( "/nonexistent/folder" ), QStringLiteral( "plugins" ) }
                                        << QStringLiteral( "nonexistent" );
    }

    void usageErrors()
    {
      QFETCH( QStringList, arguments );
      QFETCH( QString, named );
      // usage errors are found before any file is touched: DEMO stands for the real demo
      arguments.replaceInStrings( QRegularExpression( QStringLiteral( "^DEMO$" ) ), mDemo );
      const Run run = cli( arguments );
      QCOMPARE( run.exitCode, 2 );
      QVERIFY2( QString( run.err + run.out ).contains( named ), qPrintable( run.err + run.out ) );
      QVERIFY( !QFileInfo::exists( QStringLiteral( "x.gpkg" ) ) );
    }

    void infoJson()
    {
      const Run run = cli( { QStringLiteral( "territory" ), QStringLiteral( "info" ), mDemo, QStringLiteral( "--json" ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      const QJsonObject info = json( run );
      QCOMPARE( info.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "Montpellier" ) );
      QCOMPARE( info.value( QStringLiteral( "crs" ) ).toString(), QStringLiteral( "EPSG:2154" ) );
      QCOMPARE( info.value( QStringLiteral( "demo" ) ).toString(), QStringLiteral( "montpellier" ) );
      const QJsonObject counts = info.value( QStringLiteral( "featureCounts" ) ).toObject();
      QCOMPARE( counts.value( QStringLiteral( "territory:communes" ) ).toInt(), 1 );
      QCOMPARE( counts.value( QStringLiteral( "territory:districts" ) ).toInt(), 7 );
      QCOMPARE( counts.value( QStringLiteral( "territory:streets" ) ).toInt(), 8011 );
      QCOMPARE( counts.value( QStringLiteral( "lighting:luminaires" ) ).toInt(), 29969 );
      // every declared layer is listed with its count; the domains of the four plugins are there
      const QJsonArray layers = info.value( QStringLiteral( "layers" ) ).toArray();
      QCOMPARE( layers.size(), counts.size() );
      QSet<QString> domains;
      for ( const QJsonValue &layer : layers )
        domains.insert( layer.toObject().value( QStringLiteral( "domain" ) ).toString() );
      for ( const QString &domain : { QStringLiteral( "territory" ), QStringLiteral( "water" ), QStringLiteral( "lighting" ), QStringLiteral( "waste" ), QStringLiteral( "energy" ) } )
        QVERIFY2( domains.contains( domain ), qPrintable( domain ) );
      const QJsonArray extent = info.value( QStringLiteral( "extent" ) ).toArray();
      QCOMPARE( extent.size(), 4 );
      // Montpellier in Lambert-93: around x 770,000, y 6,280,000
      QVERIFY( extent.at( 0 ).toDouble() > 750000 && extent.at( 2 ).toDouble() < 790000 );
      QVERIFY( extent.at( 1 ).toDouble() > 6260000 && extent.at( 3 ).toDouble() < 6300000 );

      // the text form shows the same numbers
      const Run text = cli( { QStringLiteral( "territory" ), QStringLiteral( "info" ), mDemo } );
      QCOMPARE( text.exitCode, 0 );
      QVERIFY( text.out.contains( QStringLiteral( "Montpellier" ) ) );
      QVERIFY( text.out.contains( QRegularExpression( QStringLiteral( "territory:streets\\s+8011" ) ) ) );
    }

    void validate()
    {
      const Run run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "validate" ), mDemo } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.out + run.err ) );
      const QJsonObject result = json( run );
      QCOMPARE( result.value( QStringLiteral( "valid" ) ).toBool(), true );
      QVERIFY( result.value( QStringLiteral( "problems" ) ).toArray().isEmpty() );
    }

    void createPlain()
    {
      const QString path = tempPath( QStringLiteral( "plain.gpkg" ) );
      Run run = cli( { QStringLiteral( "--json" ), QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--name" ), QStringLiteral( "Sète" ),
                       QStringLiteral( "--communes" ), QStringLiteral( "34301" ), QStringLiteral( "--crs" ), QStringLiteral( "EPSG:3857" ), path } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      const QJsonObject info = json( run );
      QCOMPARE( info.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "Sète" ) );
      QCOMPARE( info.value( QStringLiteral( "crs" ) ).toString(), QStringLiteral( "EPSG:3857" ) );
      QCOMPARE( info.value( QStringLiteral( "communes" ) ).toArray(), QJsonArray { QStringLiteral( "34301" ) } );
      QCOMPARE( info.value( QStringLiteral( "featureCounts" ) ).toObject().value( QStringLiteral( "territory:streets" ) ).toInt(), 0 );
      // never overwritten: exit 1 and the file is unchanged
      const qint64 size = QFileInfo( path ).size();
      run = cli( { QStringLiteral( "territory" ), QStringLiteral( "create" ), QStringLiteral( "--name" ), QStringLiteral( "Other" ), path } );
      QCOMPARE( run.exitCode, 1 );
      QVERIFY2( run.err.contains( QStringLiteral( "plain.gpkg" ) ), qPrintable( run.err ) );
      QCOMPARE( QFileInfo( path ).size(), size );
    }

    void importRollbackAndSkip()
    {
      const QString territory = emptyTerritory( QStringLiteral( "import.gpkg" ) );
      const QString source = streetsSource( QStringLiteral( "streets bad.geojson" ), true );
      const QStringList common = { QStringLiteral( "import" ), territory, source, QStringLiteral( "--layer" ), QStringLiteral( "territory:streets" ),
                                   QStringLiteral( "--field-map" ), QStringLiteral( "vitesse=speed_limit_kmh" ) };

      // a bad row rolls everything back and is reported with its row and field
      Run run = cli( common );
      QCOMPARE( run.exitCode, 1 );
      QVERIFY2( run.err.contains( QStringLiteral( "row 2" ) ), qPrintable( run.err ) );
      QVERIFY2( run.err.contains( QStringLiteral( "vitesse" ) ) || run.err.contains( QStringLiteral( "speed_limit_kmh" ) ), qPrintable( run.err ) );
      QCOMPARE( featureCount( territory, QStringLiteral( "territory:streets" ) ), 0 );

      // --skip-invalid: the two good rows go in, the bad one is listed, exit code 4
      run = cli( common + QStringList { QStringLiteral( "--skip-invalid" ), QStringLiteral( "--json" ) } );
      QCOMPARE( run.exitCode, 4 );
      const QJsonObject result = json( run );
      QCOMPARE( result.value( QStringLiteral( "ok" ) ).toBool(), true );
      QCOMPARE( result.value( QStringLiteral( "imported" ) ).toInt(), 2 );
      QCOMPARE( result.value( QStringLiteral( "skipped" ) ).toInt(), 1 );
      const QJsonArray issues = result.value( QStringLiteral( "issues" ) ).toArray();
      QCOMPARE( issues.size(), 1 );
      QCOMPARE( issues.at( 0 ).toObject().value( QStringLiteral( "row" ) ).toInt(), 2 );
      QVERIFY( !issues.at( 0 ).toObject().value( QStringLiteral( "reason" ) ).toString().isEmpty() );
      QVERIFY2( run.err.contains( QStringLiteral( "100%" ) ), qPrintable( run.err ) );  // progress on stderr
      QCOMPARE( featureCount( territory, QStringLiteral( "territory:streets" ) ), 2 );

      // a clean source: exit 0, all rows
      const QString good = streetsSource( QStringLiteral( "streets good.geojson" ), false );
      run = cli( { QStringLiteral( "import" ), territory, good, QStringLiteral( "--layer" ), QStringLiteral( "territory:streets" ), QStringLiteral( "--field-map" ),
                   QStringLiteral( "vitesse=speed_limit_kmh" ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      QVERIFY( run.out.contains( QStringLiteral( "3" ) ) );
      QCOMPARE( featureCount( territory, QStringLiteral( "territory:streets" ) ), 5 );
    }

    void importErrors_data()
    {
      QTest::addColumn<QString>( "what" );
      QTest::addColumn<int>( "exitCode" );
      QTest::addColumn<QString>( "named" );
      QTest::newRow( "missing source" ) << QStringLiteral( "missing-source" ) << 3 << QStringLiteral( "nothere.geojson" );
      QTest::newRow( "missing territory" ) << QStringLiteral( "missing-territory" ) << 3 << QStringLiteral( "nothere.gpkg" );
      QTest::newRow( "unknown layer" ) << QStringLiteral( "unknown-layer" ) << 2 << QStringLiteral( "water:nothing" );
      QTest::newRow( "unknown target field" ) << QStringLiteral( "unknown-field" ) << 2 << QStringLiteral( "no_such_field" );
      QTest::newRow( "unknown source layer" ) << QStringLiteral( "unknown-source-layer" ) << 2 << QStringLiteral( "--source-layer" );
      QTest::newRow( "bad source crs" ) << QStringLiteral( "bad-source-crs" ) << 2 << QStringLiteral( "--source-crs" );
    }

    void importErrors()
    {
      QFETCH( QString, what );
      QFETCH( int, exitCode );
      QFETCH( QString, named );
      const QString territory = emptyTerritory( QStringLiteral( "errors-%1.gpkg" ).arg( what ) );
      const QString source = streetsSource( QStringLiteral( "ok.geojson" ), false );
      QStringList arguments = { QStringLiteral( "import" ), territory, source, QStringLiteral( "--layer" ), QStringLiteral( "territory:streets" ) };
      if ( what == QLatin1String( "missing-source" ) )
        arguments[2] = tempPath( QStringLiteral( "nothere.geojson" ) );
      else if ( what == QLatin1String( "missing-territory" ) )
        arguments[1] = tempPath( QStringLiteral( "nothere.gpkg" ) );
      else if ( what == QLatin1String( "unknown-layer" ) )
        arguments[4] = QStringLiteral( "water:nothing" );
      else if ( what == QLatin1String( "unknown-field" ) )
        arguments << QStringLiteral( "--field-map" ) << QStringLiteral( "vitesse=no_such_field" );
      else if ( what == QLatin1String( "unknown-source-layer" ) )
        arguments << QStringLiteral( "--source-layer" ) << QStringLiteral( "elsewhere" );
      else if ( what == QLatin1String( "bad-source-crs" ) )
        arguments << QStringLiteral( "--source-crs" ) << QStringLiteral( "EPSG:0" );
      const Run run = cli( arguments );
      QCOMPARE( run.exitCode, exitCode );
      QVERIFY2( run.err.contains( named ), qPrintable( run.err ) );
      if ( QFileInfo::exists( territory ) )
        QCOMPARE( featureCount( territory, QStringLiteral( "territory:streets" ) ), 0 );
      QVERIFY( !QFileInfo::exists( tempPath( QStringLiteral( "nothere.gpkg" ) ) ) );  // never created by a failed import
    }

    void exportFormats_data()
    {
      QTest::addColumn<QString>( "fileName" );
      QTest::newRow( "gpkg" ) << QStringLiteral( "districts.gpkg" );
      QTest::newRow( "geojson" ) << QStringLiteral( "districts.geojson" );
      QTest::newRow( "shp" ) << QStringLiteral( "districts.shp" );
    }

    void exportFormats()
    {
      QFETCH( QString, fileName );
      const QString out = tempPath( QStringLiteral( "export é/" ) + fileName );
      QDir().mkpath( QFileInfo( out ).path() );
      const Run run = cli( { QStringLiteral( "export" ), mDemo, QStringLiteral( "--layer" ), QStringLiteral( "territory:districts" ), out, QStringLiteral( "--json" ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      QCOMPARE( json( run ).value( QStringLiteral( "features" ) ).toInt(), 7 );
      QCOMPARE( ogrFeatureCount( out ), 7 );
    }

    void render()
    {
      const QString out = tempPath( QStringLiteral( "carte é.png" ) );
      const Run run = cli( { QStringLiteral( "render" ), mDemo, QStringLiteral( "--out" ), out, QStringLiteral( "--size" ), QStringLiteral( "640x400" ),
                             QStringLiteral( "--dpi" ), QStringLiteral( "96" ), QStringLiteral( "--json" ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      QCOMPARE( json( run ).value( QStringLiteral( "width" ) ).toInt(), 640 );
      QImage image( out );
      QVERIFY( !image.isNull() );
      QCOMPARE( image.size(), QSize( 640, 400 ) );
      // not blank: many pixels differ from the white background, in several colours
      image = image.convertToFormat( QImage::Format_RGB32 );
      int drawn = 0;
      QSet<QRgb> colours;
      for ( int y = 0; y < image.height(); ++y )
      {
        const QRgb *line = reinterpret_cast<const QRgb *>( image.constScanLine( y ) );
        for ( int x = 0; x < image.width(); ++x )
        {
          if ( ( line[x] & 0xffffff ) != 0xffffff )
            ++drawn;
          colours.insert( line[x] );
        }
      }
      QVERIFY2( drawn > image.width() * image.height() / 20, qPrintable( QString::number( drawn ) ) );
      QVERIFY2( colours.size() > 10, qPrintable( QString::number( colours.size() ) ) );

      // an extent: a small window at the centre of Montpellier, still drawn
      const QString zoom = tempPath( QStringLiteral( "zoom.png" ) );
      const Run zoomed = cli( { QStringLiteral( "render" ), mDemo, QStringLiteral( "--out" ), zoom, QStringLiteral( "--size" ), QStringLiteral( "300x200" ),
                                QStringLiteral( "--extent" ), QStringLiteral( "769000,6278000,772000,6280000" ) } );
      QVERIFY2( zoomed.exitCode == 0, qPrintable( zoomed.err ) );
      QCOMPARE( QImage( zoom ).size(), QSize( 300, 200 ) );
    }

    void badInputs_data()
    {
      QTest::addColumn<QString>( "kind" );
      QTest::addColumn<QString>( "command" );
      for ( const QString &command : { QStringLiteral( "info" ), QStringLiteral( "validate" ), QStringLiteral( "render" ), QStringLiteral( "export" ) } )
      {
        QTest::newRow( qPrintable( QStringLiteral( "corrupt " ) + command ) ) << QStringLiteral( "corrupt" ) << command;
        QTest::newRow( qPrintable( QStringLiteral( "missing " ) + command ) ) << QStringLiteral( "missing" ) << command;
        QTest::newRow( qPrintable( QStringLiteral( "not a territory " ) + command ) ) << QStringLiteral( "plain-gpkg" ) << command;
      }
    }

    void badInputs()
    {
      QFETCH( QString, kind );
      QFETCH( QString, command );
      QString path;
      if ( kind == QLatin1String( "corrupt" ) )
      {
        // the first 4 kB of the demo, then garbage: SQLite sees a damaged database
        path = tempPath( QStringLiteral( "corrupt.gpkg" ) );
        QFile demo( mDemo );
        QVERIFY( demo.open( QIODevice::ReadOnly ) );
        QFile file( path );
        QVERIFY( file.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
        file.write( demo.read( 4096 ) );
        file.write( QByteArray( 65536, '\x5a' ) );
      }
      else if ( kind == QLatin1String( "missing" ) )
      {
        path = tempPath( QStringLiteral( "missing.gpkg" ) );
      }
      else
      {
        // a valid GeoPackage that is not a territory (an export)
        path = tempPath( QStringLiteral( "plain export.gpkg" ) );
        if ( !QFileInfo::exists( path ) )
        {
          const Run run = cli( { QStringLiteral( "export" ), mDemo, QStringLiteral( "--layer" ), QStringLiteral( "territory:districts" ), path } );
          QCOMPARE( run.exitCode, 0 );
        }
      }
      const QByteArray before = QFileInfo::exists( path ) ? [&] { QFile f( path ); f.open( QIODevice::ReadOnly ); return f.readAll(); }() : QByteArray();

      QStringList arguments;
      if ( command == QLatin1String( "render" ) )
        arguments = QStringList { QStringLiteral( "render" ), path, QStringLiteral( "--out" ), tempPath( QStringLiteral( "never.png" ) ) };
      else if ( command == QLatin1String( "export" ) )
        arguments = QStringList { QStringLiteral( "export" ), path, QStringLiteral( "--layer" ), QStringLiteral( "territory:districts" ), tempPath( QStringLiteral( "never.geojson" ) ) };
      else
        arguments = QStringList { QStringLiteral( "territory" ), command, path };
      const Run run = cli( arguments );
      QCOMPARE( run.exitCode, 3 );
      // the message names the file
      QVERIFY2( run.err.contains( QFileInfo( path ).fileName() ), qPrintable( run.err ) );
      QVERIFY( !QFileInfo::exists( tempPath( QStringLiteral( "never.png" ) ) ) );
      QVERIFY( !QFileInfo::exists( tempPath( QStringLiteral( "never.geojson" ) ) ) );
      // the input is left untouched
      if ( !before.isEmpty() )
      {
        QFile after( path );
        QVERIFY( after.open( QIODevice::ReadOnly ) );
        QVERIFY( after.readAll() == before );
      }
      else
      {
        QVERIFY( !QFileInfo::exists( path ) );
      }
    }

    void plugins()
    {
      // a broken plugin in an extra folder is listed as skipped with a reason; the real ones load
      const QString folder = tempPath( QStringLiteral( "extra plugins" ) );
      QDir().mkpath( folder );
      QFile broken( QDir( folder ).filePath( QStringLiteral( "libvigie_broken.so" ) ) );
      QVERIFY( broken.open( QIODevice::WriteOnly ) );
      broken.write( "not a shared library" );
      broken.close();
      const Run run = cli( { QStringLiteral( "--json" ), QStringLiteral( "--plugins" ), folder, QStringLiteral( "plugins" ) } );
      QVERIFY2( run.exitCode == 0, qPrintable( run.err ) );
      const QJsonArray records = QJsonDocument::fromJson( run.out.toUtf8() ).array();
      QSet<QString> loaded;
      bool brokenSkipped = false;
      for ( const QJsonValue &value : records )
      {
        const QJsonObject record = value.toObject();
        if ( record.value( QStringLiteral( "loaded" ) ).toBool() )
          loaded.insert( record.value( QStringLiteral( "id" ) ).toString() );
        else if ( record.value( QStringLiteral( "file" ) ).toString().endsWith( QLatin1String( "libvigie_broken.so" ) ) )
          brokenSkipped = !record.value( QStringLiteral( "error" ) ).toString().isEmpty();
      }
      QVERIFY( brokenSkipped );
      for ( const QString &id : { QStringLiteral( "water" ), QStringLiteral( "lighting" ), QStringLiteral( "waste" ), QStringLiteral( "energy" ) } )
        QVERIFY2( loaded.contains( id ), qPrintable( id ) );

      const Run text = cli( { QStringLiteral( "--plugins" ), folder, QStringLiteral( "plugins" ) } );
      QCOMPARE( text.exitCode, 0 );
      QVERIFY( text.out.contains( QStringLiteral( "skipped" ) ) );
      QVERIFY( text.out.contains( QStringLiteral( "libvigie_broken.so" ) ) );
    }
};

QTEST_GUILESS_MAIN( TestCli )
#include "tst_cli.moc"
