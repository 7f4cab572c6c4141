// SPDX-License-Identifier: GPL-2.0-or-later
// What each real domain plugin declares: metadata, layers, fields, QML styles, migrations.
#include "pluginmanager.h"
#include "vigietest.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>
#include <QXmlStreamReader>

using namespace vigie;

namespace
{
  const QStringList kExpectedPlugins = { QStringLiteral( "energy" ), QStringLiteral( "lighting" ), QStringLiteral( "waste" ),
                                         QStringLiteral( "water" ) };

  //! What a QML style says, read with QXmlStreamReader (QtCore: also in the Qt 6 modules build).
  struct StyleSummary
  {
    QString root;
    QString version;
    QString rendererType;
    QString rendererAttribute;
    int symbols = 0;
    int geometryType = -1;
    QStringList labelFields; //!< plain field names used by labels (expressions excluded)
    QString error;
  };

  StyleSummary readStyle( const QString &text )
  {
    StyleSummary s;
    QXmlStreamReader xml( text );
    bool inGeometryType = false;
    while ( !xml.atEnd() )
    {
      const QXmlStreamReader::TokenType token = xml.readNext();
      if ( token == QXmlStreamReader::StartElement )
      {
        const QStringView name = xml.name();
        if ( s.root.isEmpty() )
        {
          s.root = name.toString();
          s.version = xml.attributes().value( QLatin1String( "version" ) ).toString();
        }
        if ( name == QLatin1String( "renderer-v2" ) && s.rendererType.isEmpty() )
        {
          s.rendererType = xml.attributes().value( QLatin1String( "type" ) ).toString();
          s.rendererAttribute = xml.attributes().value( QLatin1String( "attr" ) ).toString();
        }
        else if ( name == QLatin1String( "symbol" ) )
          ++s.symbols;
        else if ( name == QLatin1String( "text-style" ) &&
                  xml.attributes().value( QLatin1String( "isExpression" ) ) != QLatin1String( "1" ) )
          s.labelFields << xml.attributes().value( QLatin1String( "fieldName" ) ).toString();
        inGeometryType = name == QLatin1String( "layerGeometryType" );
      }
      else if ( token == QXmlStreamReader::Characters && inGeometryType )
      {
        s.geometryType = xml.text().toString().trimmed().toInt();
        inGeometryType = false;
      }
    }
    if ( xml.hasError() )
      s.error = QStringLiteral( "line %1: %2" ).arg( xml.lineNumber() ).arg( xml.errorString() );
    return s;
  }

  //! QGIS layerGeometryType: 0 point, 1 line, 2 polygon.
  int qgisGeometryType( GeometryType type )
  {
    switch ( type )
    {
    case GeometryType::Point:
    case GeometryType::MultiPoint:
      return 0;
    case GeometryType::LineString:
    case GeometryType::MultiLineString:
      return 1;
    case GeometryType::Polygon:
    case GeometryType::MultiPolygon:
      return 2;
    case GeometryType::None:
      break;
    }
    return 4;
  }
} // namespace

class TestDomainPlugins : public test::Test
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase();
  void uniqueIds();
  void metadata_data();
  void metadata();
  void layers_data();
  void layers();
  void styles_data();
  void styles();
  void migrations_data();
  void migrations();

private:
  void pluginRows();
  PluginManager mManager;
};

void TestDomainPlugins::initTestCase()
{
  mManager.loadFrom( { test::pluginDirectory() } );
  QStringList ids;
  for ( DomainPlugin *p : mManager.plugins() )
    ids << p->id();
  QCOMPARE( ids, kExpectedPlugins );
}

void TestDomainPlugins::pluginRows()
{
  QTest::addColumn<QString>( "id" );
  for ( const QString &id : kExpectedPlugins )
    QTest::newRow( qPrintable( id ) ) << id;
}

void TestDomainPlugins::uniqueIds()
{
  QSet<QString> ids, tables;
  int layerCount = 0;
  for ( const PluginRecord &r : mManager.records() )
    ids.insert( r.id );
  QCOMPARE( ids.size(), mManager.records().size() );
  for ( const LayerSchema &layer : mManager.layers() )
  {
    tables.insert( layer.tableName() );
    ++layerCount;
  }
  QCOMPARE( tables.size(), layerCount );
}

void TestDomainPlugins::metadata_data()
{
  pluginRows();
}

void TestDomainPlugins::metadata()
{
  QFETCH( QString, id );
  const QList<PluginRecord> records = mManager.records();
  const auto record = std::find_if( records.begin(), records.end(), [&id]( const PluginRecord &r ) { return r.id == id; } );
  QVERIFY( record != records.end() );
  for ( const char *key : { "id", "name", "name_fr", "version", "description", "vendor" } )
    QVERIFY2( !record->metaData.value( QLatin1String( key ) ).toString().trimmed().isEmpty(), key );
  QCOMPARE( record->metaData.value( QStringLiteral( "interfaceVersion" ) ).toInt(), kDomainPluginInterfaceVersion );
  QCOMPARE( record->metaData.value( QStringLiteral( "vendor" ) ).toString(), QStringLiteral( "Vigie" ) );
  QVERIFY( QRegularExpression( QStringLiteral( "^\\d+\\.\\d+\\.\\d+$" ) ).match( record->version ).hasMatch() );
  DomainPlugin *plugin = mManager.plugin( id );
  QCOMPARE( plugin->id(), id );
  QVERIFY( !plugin->displayName().isEmpty() );
  QVERIFY( plugin->schemaVersion() >= 1 );
}

void TestDomainPlugins::layers_data()
{
  pluginRows();
}

void TestDomainPlugins::layers()
{
  QFETCH( QString, id );
  const QRegularExpression identifier( QStringLiteral( "^[a-z][a-z0-9_]*$" ) );
  const QList<LayerSchema> layers = mManager.plugin( id )->layers();
  QVERIFY( layers.size() >= 2 );
  QSet<QString> names;
  for ( const LayerSchema &layer : layers )
  {
    QCOMPARE( layer.domain, id );
    QVERIFY2( identifier.match( layer.name ).hasMatch(), qPrintable( layer.name ) );
    QVERIFY( !layer.title.isEmpty() );
    // a layer without geometry is a table (e.g. water:model_sections); it has no style
    QVERIFY( layer.geometry != GeometryType::None || !layer.fields.isEmpty() );
    QVERIFY2( !names.contains( layer.name ), qPrintable( layer.name ) );
    names.insert( layer.name );
    QVERIFY( !layer.fields.isEmpty() );
    QSet<QString> fields;
    for ( const FieldSchema &field : layer.fields )
    {
      QVERIFY2( identifier.match( field.name ).hasMatch(), qPrintable( layer.tableName() + QLatin1Char( '.' ) + field.name ) );
      QVERIFY2( field.name != QLatin1String( "fid" ) && field.name != QLatin1String( "geom" ),
                qPrintable( field.name ) ); // GeoPackage columns
      QVERIFY2( !fields.contains( field.name ), qPrintable( field.name ) );
      QVERIFY( !field.title.isEmpty() );
      fields.insert( field.name );
    }
    // the first field identifies the asset
    QVERIFY2( layer.fields.first().notNull, qPrintable( layer.tableName() ) );
    // generated demo data says which attributes are simulated (water: a labelled benchmark model instead)
    if ( id != QLatin1String( "water" ) )
      QVERIFY2( fields.contains( QStringLiteral( "simulated" ) ), qPrintable( layer.tableName() ) );
    else
      QVERIFY( fields.contains( QStringLiteral( "network" ) ) && fields.contains( QStringLiteral( "benchmark" ) ) );
  }
}

void TestDomainPlugins::styles_data()
{
  pluginRows();
}

void TestDomainPlugins::styles()
{
  QFETCH( QString, id );
  for ( const LayerSchema &layer : mManager.plugin( id )->layers() )
  {
    const QString where = layer.tableName();
    if ( layer.geometry == GeometryType::None )
      continue;
    QVERIFY2( !layer.style.isEmpty(), qPrintable( where ) );
    const StyleSummary style = readStyle( layer.style );
    QVERIFY2( style.error.isEmpty(), qPrintable( where + QStringLiteral( ": " ) + style.error ) );
    QCOMPARE( style.root, QStringLiteral( "qgis" ) );
    QVERIFY2( style.version.startsWith( QLatin1String( "3." ) ), qPrintable( style.version ) );
    QVERIFY2( !style.rendererType.isEmpty(), qPrintable( where ) );
    QVERIFY( style.symbols >= 1 );
    QCOMPARE( style.geometryType, qgisGeometryType( layer.geometry ) );
    // a classified renderer must classify on a real field of the layer
    if ( style.rendererType == QLatin1String( "categorizedSymbol" ) || style.rendererType == QLatin1String( "graduatedSymbol" ) )
      QVERIFY2( layer.field( style.rendererAttribute ), qPrintable( where + QStringLiteral( ": " ) + style.rendererAttribute ) );
    for ( const QString &labelField : style.labelFields )
      QVERIFY2( layer.field( labelField ), qPrintable( where + QStringLiteral( " label: " ) + labelField ) );
  }
}

void TestDomainPlugins::migrations_data()
{
  pluginRows();
}

void TestDomainPlugins::migrations()
{
  QFETCH( QString, id );
  DomainPlugin *plugin = mManager.plugin( id );
  const QList<Migration> migrations = plugin->migrations();
  QCOMPARE( migrations.size(), plugin->schemaVersion() - 1 );
  const QRegularExpression addColumn( QStringLiteral( "ALTER TABLE \"([a-z0-9_]+)\" ADD COLUMN \"([a-z0-9_]+)\"" ) );
  for ( int i = 0; i < migrations.size(); ++i )
  {
    const Migration &m = migrations.at( i );
    QCOMPARE( m.version, i + 2 ); // 2 .. schemaVersion, contiguous
    QVERIFY( !m.description.isEmpty() );
    QVERIFY( !m.sql.isEmpty() );
    for ( const QString &statement : m.sql )
    {
      // a migration touches only this plugin's tables, and what it adds is in the current layout
      QVERIFY2( statement.contains( QStringLiteral( "\"%1_" ).arg( id ) ), qPrintable( statement ) );
      const QRegularExpressionMatch match = addColumn.match( statement );
      if ( !match.hasMatch() )
        continue;
      const LayerSchema *layer = nullptr;
      const QList<LayerSchema> layers = plugin->layers();
      for ( const LayerSchema &l : layers )
      {
        if ( l.tableName() == match.captured( 1 ) )
          layer = &l;
      }
      QVERIFY2( layer, qPrintable( statement ) );
      QVERIFY2( layer->field( match.captured( 2 ) ), qPrintable( statement ) );
    }
  }
}

QTEST_GUILESS_MAIN( TestDomainPlugins )
#include "tst_domainplugins.moc"
