// SPDX-License-Identifier: GPL-2.0-or-later
// The domain-plugin loader: good, broken, incompatible, foreign and duplicate plugins,
// missing folders, the real plugin folder and any subset of it.
#include "log.h"
#include "pluginmanager.h"
#include "vigietest.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QtTest>

using namespace vigie;

namespace
{
  QString libraryName( const QString &baseName )
  {
#if defined( Q_OS_WIN )
    return baseName + QStringLiteral( ".dll" );
#elif defined( Q_OS_MACOS )
    return QStringLiteral( "lib" ) + baseName + QStringLiteral( ".so" );
#else
    return QStringLiteral( "lib" ) + baseName + QStringLiteral( ".so" );
#endif
  }

  QString testPlugin( const QString &name )
  {
    return QDir( QStringLiteral( VIGIE_TEST_PLUGIN_DIR ) ).filePath( libraryName( QStringLiteral( "vigie_test_" ) + name ) );
  }

  QString realPlugin( const QString &id )
  {
    return QDir( test::pluginDirectory() ).filePath( libraryName( QStringLiteral( "vigie_" ) + id ) );
  }

  QStringList ids( const PluginManager &manager )
  {
    QStringList result;
    for ( DomainPlugin *plugin : manager.plugins() )
      result << plugin->id();
    return result;
  }

  //! Collects the warnings the loader logs while it is alive.
  class LogCapture
  {
  public:
    LogCapture()
    {
      mId = addLogSink(
          [this]( LogLevel level, const QString &topic, const QString &message )
          {
            if ( level >= LogLevel::Warning && topic == QLatin1String( "plugins" ) )
              mWarnings << message;
          } );
    }
    ~LogCapture() { removeLogSink( mId ); }
    QStringList warnings() const { return mWarnings; }

  private:
    int mId = 0;
    QStringList mWarnings;
  };
} // namespace

class TestPluginManager : public test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase();
  void goodPlugin();
  void skipped_data();
  void skipped();
  void brokenFileInFolder();
  void duplicateId();
  void missingOrEmptyFolder();
  void realPluginsLoad();
  void subsetOfPlugins();
};

void TestPluginManager::initTestCase()
{
  setLogToStderr( false );
  QVERIFY2( QFile::exists( testPlugin( QStringLiteral( "good" ) ) ), qPrintable( testPlugin( QStringLiteral( "good" ) ) ) );
}

void TestPluginManager::goodPlugin()
{
  PluginManager manager;
  QVERIFY( manager.loadFile( testPlugin( QStringLiteral( "good" ) ) ) );
  QCOMPARE( ids( manager ), QStringList{ QStringLiteral( "testgood" ) } );
  DomainPlugin *plugin = manager.plugin( QStringLiteral( "testgood" ) );
  QVERIFY( plugin );
  QCOMPARE( plugin->layers().size(), 1 );
  QCOMPARE( manager.layers().first().tableName(), QStringLiteral( "testgood_things" ) );
  const PluginRecord record = manager.records().first();
  QVERIFY( record.loaded );
  QVERIFY( record.error.isEmpty() );
  QCOMPARE( record.version, QStringLiteral( "1.0.0" ) );
  QCOMPARE( record.interfaceVersion, kDomainPluginInterfaceVersion );
  QCOMPARE( record.metaData.value( QStringLiteral( "vendor" ) ).toString(), QStringLiteral( "Vigie tests" ) );
}

void TestPluginManager::skipped_data()
{
  QTest::addColumn<QString>( "file" );
  QTest::addColumn<QString>( "reason" );
  QTest::newRow( "interface version 999" ) << testPlugin( QStringLiteral( "incompatible" ) ) << QStringLiteral( "interface version 999" );
  QTest::newRow( "interface version 1 (before review slides)" )
      << testPlugin( QStringLiteral( "interface1" ) ) << QStringLiteral( "built for interface version 1, this Vigie provides version 2" );
  QTest::newRow( "other Qt interface" ) << testPlugin( QStringLiteral( "otheriid" ) ) << QStringLiteral( "not a Vigie domain plugin" );
  QTest::newRow( "id differs from metadata" ) << testPlugin( QStringLiteral( "idmismatch" ) )
                                              << QStringLiteral( "differs from its metadata id" );
  QTest::newRow( "no id" ) << testPlugin( QStringLiteral( "noid" ) ) << QStringLiteral( "no \"id\"" );
  QTest::newRow( "missing file" ) << tempPath( libraryName( QStringLiteral( "absent" ) ) ) << QStringLiteral( "not a Qt plugin" );
}

void TestPluginManager::skipped()
{
  QFETCH( QString, file );
  QFETCH( QString, reason );
  LogCapture log;
  PluginManager manager;
  QVERIFY( !manager.loadFile( file ) );
  QVERIFY( manager.plugins().isEmpty() );
  QCOMPARE( manager.records().size(), 1 );
  const PluginRecord record = manager.records().first();
  QVERIFY( !record.loaded );
  QVERIFY2( record.error.contains( reason ), qPrintable( record.error ) );
  // the reason is logged with the file name
  QCOMPARE( log.warnings().size(), 1 );
  QVERIFY2( log.warnings().first().contains( QDir::toNativeSeparators( file ) ), qPrintable( log.warnings().first() ) );
  QVERIFY2( log.warnings().first().contains( reason ), qPrintable( log.warnings().first() ) );
}

void TestPluginManager::brokenFileInFolder()
{
  // garbage bytes named like a library, next to a good plugin: skipped, the good one loads
  QDir dir( tempPath( QStringLiteral( "broken dir é" ) ) );
  QVERIFY( dir.mkpath( QStringLiteral( "." ) ) );
  QFile garbage( dir.filePath( libraryName( QStringLiteral( "vigie_broken" ) ) ) );
  QVERIFY( garbage.open( QIODevice::WriteOnly ) );
  QByteArray bytes;
  for ( int i = 0; i < 4096; ++i )
    bytes.append( static_cast<char>( ( i * 131 + 7 ) & 0xFF ) );
  garbage.write( bytes );
  garbage.close();
  // a truncated copy of a real plugin: an ELF header with nothing behind it
  QFile good( testPlugin( QStringLiteral( "good" ) ) );
  QVERIFY( good.open( QIODevice::ReadOnly ) );
  QFile truncated( dir.filePath( libraryName( QStringLiteral( "vigie_truncated" ) ) ) );
  QVERIFY( truncated.open( QIODevice::WriteOnly ) );
  truncated.write( good.read( 200 ) );
  truncated.close();
  QVERIFY( QFile::copy( testPlugin( QStringLiteral( "good" ) ), dir.filePath( libraryName( QStringLiteral( "vigie_good" ) ) ) ) );
  // a file that is not named like a library is not even examined
  QFile notes( dir.filePath( QStringLiteral( "README.txt" ) ) );
  QVERIFY( notes.open( QIODevice::WriteOnly ) );
  notes.write( "not a plugin" );
  notes.close();

  LogCapture log;
  PluginManager manager;
  QCOMPARE( manager.loadFrom( { dir.path() } ), 1 );
  QCOMPARE( ids( manager ), QStringList{ QStringLiteral( "testgood" ) } );
  QCOMPARE( manager.records().size(), 3 );
  int skipped = 0;
  for ( const PluginRecord &record : manager.records() )
  {
    if ( record.loaded )
      continue;
    ++skipped;
    QVERIFY2( record.error.contains( QLatin1String( "not a Qt plugin" ) ), qPrintable( record.error ) );
  }
  QCOMPARE( skipped, 2 );
  QCOMPARE( log.warnings().size(), 2 );
}

void TestPluginManager::duplicateId()
{
  QDir dir( tempPath( QStringLiteral( "duplicates" ) ) );
  QVERIFY( dir.mkpath( QStringLiteral( "." ) ) );
  QVERIFY( QFile::copy( testPlugin( QStringLiteral( "good" ) ), dir.filePath( libraryName( QStringLiteral( "a_good" ) ) ) ) );
  QVERIFY( QFile::copy( testPlugin( QStringLiteral( "good" ) ), dir.filePath( libraryName( QStringLiteral( "b_good" ) ) ) ) );
  LogCapture log;
  PluginManager manager;
  QCOMPARE( manager.loadFrom( { dir.path() } ), 1 );
  QCOMPARE( ids( manager ), QStringList{ QStringLiteral( "testgood" ) } );
  QCOMPARE( manager.records().size(), 2 );
  QVERIFY( manager.records().at( 0 ).loaded );
  QVERIFY( !manager.records().at( 1 ).loaded );
  QVERIFY2( manager.records().at( 1 ).error.contains( QLatin1String( "already loaded" ) ), qPrintable( manager.records().at( 1 ).error ) );
  QCOMPARE( log.warnings().size(), 1 );
}

void TestPluginManager::missingOrEmptyFolder()
{
  PluginManager manager;
  QCOMPARE( manager.loadFrom( { tempPath( QStringLiteral( "does not exist" ) ) } ), 0 );
  QDir dir( tempPath( QStringLiteral( "empty" ) ) );
  QVERIFY( dir.mkpath( QStringLiteral( "." ) ) );
  QCOMPARE( manager.loadFrom( { dir.path() } ), 0 );
  QCOMPARE( manager.loadFrom( {} ), 0 );
  QVERIFY( manager.plugins().isEmpty() );
  QVERIFY( manager.records().isEmpty() );
  QVERIFY( manager.layers().isEmpty() );
  QVERIFY( !manager.plugin( QStringLiteral( "water" ) ) );
}

void TestPluginManager::realPluginsLoad()
{
  LogCapture log;
  PluginManager manager;
  QCOMPARE( manager.loadFrom( { test::pluginDirectory() } ), 4 );
  // sorted by id
  QCOMPARE( ids( manager ), ( QStringList{ QStringLiteral( "energy" ), QStringLiteral( "lighting" ), QStringLiteral( "waste" ),
                                           QStringLiteral( "water" ) } ) );
  QVERIFY2( log.warnings().isEmpty(), qPrintable( log.warnings().join( QLatin1Char( '\n' ) ) ) );
  for ( const PluginRecord &record : manager.records() )
  {
    QVERIFY( record.loaded );
    QCOMPARE( record.metaData.value( QStringLiteral( "vendor" ) ).toString(), QStringLiteral( "Vigie" ) );
  }
  QSet<QString> tables;
  for ( const LayerSchema &layer : manager.layers() )
    tables.insert( layer.tableName() );
  QVERIFY( tables.contains( QStringLiteral( "water_pipes" ) ) );
  QVERIFY( tables.contains( QStringLiteral( "lighting_luminaires" ) ) );
  QVERIFY( tables.contains( QStringLiteral( "waste_containers" ) ) );
  QVERIFY( tables.contains( QStringLiteral( "energy_buildings" ) ) );
}

void TestPluginManager::subsetOfPlugins()
{
  // any subset works: only two plugin files in a folder
  QDir dir( tempPath( QStringLiteral( "subset" ) ) );
  QVERIFY( dir.mkpath( QStringLiteral( "." ) ) );
  for ( const QString &id : { QStringLiteral( "water" ), QStringLiteral( "energy" ) } )
    QVERIFY( QFile::copy( realPlugin( id ), dir.filePath( QFileInfo( realPlugin( id ) ).fileName() ) ) );
  PluginManager manager;
  QCOMPARE( manager.loadFrom( { dir.path() } ), 2 );
  QCOMPARE( ids( manager ), ( QStringList{ QStringLiteral( "energy" ), QStringLiteral( "water" ) } ) );
  QVERIFY( !manager.plugin( QStringLiteral( "lighting" ) ) );
  for ( const LayerSchema &layer : manager.layers() )
    QVERIFY( layer.domain == QLatin1String( "water" ) || layer.domain == QLatin1String( "energy" ) );
}

QTEST_GUILESS_MAIN( TestPluginManager )
#include "tst_pluginmanager.moc"
