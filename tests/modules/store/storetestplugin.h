// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_STORETESTPLUGIN_H
#define VIGIE_STORETESTPLUGIN_H

// A small in-test domain (not a Qt plugin) for the store tests: one point layer
// "<id>:assets", and at schema 2 a "height_m" column added by a migration.

#include "domainplugin.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPointF>

namespace vigie::test
{
  class StoreTestPlugin : public DomainPlugin
  {
  public:
    explicit StoreTestPlugin( const QString &id = QStringLiteral( "water" ), int version = 1,
                              const QStringList &migrationSql = QStringList() )
        : mId( id ), mVersion( version ), mMigrationSql( migrationSql )
    {
      if ( mMigrationSql.isEmpty() )
        mMigrationSql << QStringLiteral( "ALTER TABLE %1_assets ADD COLUMN height_m REAL" ).arg( id );
    }

    QString id() const override { return mId; }
    QString displayName() const override { return mId; }
    int schemaVersion() const override { return mVersion; }

    QList<LayerSchema> layers() const override
    {
      LayerSchema layer;
      layer.domain = mId;
      layer.name = QStringLiteral( "assets" );
      layer.title = QStringLiteral( "Assets" );
      layer.geometry = GeometryType::Point;
      FieldSchema name;
      name.name = QStringLiteral( "name" );
      name.type = FieldType::String;
      name.notNull = true;
      name.width = 20;
      FieldSchema power;
      power.name = QStringLiteral( "power_w" );
      power.type = FieldType::Integer;
      FieldSchema installed;
      installed.name = QStringLiteral( "installed" );
      installed.type = FieldType::Date;
      FieldSchema active;
      active.name = QStringLiteral( "active" );
      active.type = FieldType::Boolean;
      FieldSchema seen;
      seen.name = QStringLiteral( "last_seen" );
      seen.type = FieldType::DateTime;
      layer.fields = { name, power, installed, active, seen };
      if ( mVersion >= 2 )
      {
        FieldSchema height;
        height.name = QStringLiteral( "height_m" );
        height.type = FieldType::Real;
        layer.fields << height;
      }
      return { layer };
    }

    QList<Migration> migrations() const override
    {
      if ( mVersion < 2 )
        return {};
      Migration migration;
      migration.version = 2;
      migration.description = QStringLiteral( "asset height" );
      migration.sql = mMigrationSql;
      return { migration };
    }

    bool buildDemo( DemoContext &context, QString *errorMessage ) override
    {
      ++demoCalls;
      if ( failDemo )
      {
        *errorMessage = QStringLiteral( "demo failure on purpose" );
        return false;
      }
      demoStreets = context.features( QStringLiteral( "territory:streets" ) ).size();
      Feature feature;
      feature.attributes.insert( QStringLiteral( "name" ), QStringLiteral( "demo asset" ) );
      return context.addFeatures( mId + QStringLiteral( ":assets" ), { feature }, errorMessage );
    }

    bool failDemo = false;
    int demoCalls = 0;
    int demoStreets = -1;

  private:
    QString mId;
    int mVersion = 1;
    QStringList mMigrationSql;
  };

  //! SHA-256 of a file's bytes (empty when it cannot be read).
  inline QByteArray fileChecksum( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return QByteArray();
    QCryptographicHash hash( QCryptographicHash::Sha256 );
    hash.addData( file.readAll() );
    return hash.result().toHex();
  }

  //! WKB of a point, little endian.
  inline QByteArray pointWkb( double x, double y )
  {
    QByteArray wkb;
    wkb.append( char( 1 ) );
    const quint32 type = 1;
    wkb.append( reinterpret_cast<const char *>( &type ), 4 );
    wkb.append( reinterpret_cast<const char *>( &x ), 8 );
    wkb.append( reinterpret_cast<const char *>( &y ), 8 );
    return wkb;
  }

  //! WKB of a one-ring polygon, little endian.
  inline QByteArray polygonWkb( const QList<QPointF> &ring )
  {
    QByteArray wkb;
    wkb.append( char( 1 ) );
    const quint32 type = 3;
    const quint32 rings = 1;
    const quint32 points = static_cast<quint32>( ring.size() );
    wkb.append( reinterpret_cast<const char *>( &type ), 4 );
    wkb.append( reinterpret_cast<const char *>( &rings ), 4 );
    wkb.append( reinterpret_cast<const char *>( &points ), 4 );
    for ( const QPointF &p : ring )
    {
      const double x = p.x();
      const double y = p.y();
      wkb.append( reinterpret_cast<const char *>( &x ), 8 );
      wkb.append( reinterpret_cast<const char *>( &y ), 8 );
    }
    return wkb;
  }
} // namespace vigie::test

#endif
