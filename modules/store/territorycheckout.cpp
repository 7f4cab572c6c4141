// SPDX-License-Identifier: GPL-2.0-or-later
#include "territorycheckout.h"

#include "log.h"
#include "sqlconnection.h"
#include "storeutil.h"
#include "territory.h"
#include "territorycopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <vector>

namespace vigie
{
  using store::displayPath;
  using store::GdalErrorCapture;

  namespace
  {
    const QString kTopic = QStringLiteral( "store" );
    const QString kMetaTable = QStringLiteral( "vigie_checkout" );
    const QString kBaseTable = QStringLiteral( "vigie_checkout_base" );
    const QString kGeometryKey = QStringLiteral( "@geom" );
    //! Columns kept by the server alone (tenants: filled by a trigger), never synchronised.
    const QStringList kServerColumns{ QStringLiteral( "vigie_commune" ) };

    QString tr( const char *text )
    {
      return QCoreApplication::translate( "vigie::store", text );
    }

    using Rows = QMap<QString, QJsonObject>; //!< row key text -> canonical values

    //! A "PG:" path without its password keyword (the checkout never stores one).
    QString withoutPasswordKeyword( const QString &path )
    {
      static const QRegularExpression password( QStringLiteral( "\\s*password\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S+)" ) );
      QString copy = path;
      return copy.remove( password );
    }

    // ---- canonical values: "n:" number, "t:" text, "d:" date/time, "b:" hex bytes, "g:" hex WKB, null

    QJsonValue canonicalNumber( double value )
    {
      if ( value == static_cast<double>( static_cast<qint64>( value ) ) && qAbs( value ) < 1e15 )
        return QStringLiteral( "n:%1" ).arg( static_cast<qint64>( value ) );
      return QStringLiteral( "n:%1" ).arg( QString::number( value, 'g', 17 ) );
    }

    QJsonValue canonicalVariant( const QVariant &value )
    {
      if ( value.isNull() )
        return QJsonValue( QJsonValue::Null );
      switch ( static_cast<QMetaType::Type>( value.userType() ) )
      {
      case QMetaType::LongLong:
      case QMetaType::Int:
      case QMetaType::Bool:
        return QStringLiteral( "n:%1" ).arg( value.toLongLong() );
      case QMetaType::Double:
        return canonicalNumber( value.toDouble() );
      case QMetaType::QByteArray:
        return QString( QStringLiteral( "b:" ) + QString::fromLatin1( value.toByteArray().toHex() ) );
      default:
        return QString( QStringLiteral( "t:" ) + value.toString() );
      }
    }

    QJsonObject canonicalFeature( OGRFeature *feature )
    {
      QJsonObject values;
      OGRFeatureDefn *defn = feature->GetDefnRef();
      for ( int i = 0; i < defn->GetFieldCount(); ++i )
      {
        OGRFieldDefn *field = defn->GetFieldDefn( i );
        const QString name = QString::fromUtf8( field->GetNameRef() );
        if ( kServerColumns.contains( name ) )
          continue;
        if ( !feature->IsFieldSetAndNotNull( i ) )
        {
          values.insert( name, QJsonValue( QJsonValue::Null ) );
          continue;
        }
        switch ( field->GetType() )
        {
        case OFTInteger:
        case OFTInteger64:
          values.insert( name, QStringLiteral( "n:%1" ).arg( feature->GetFieldAsInteger64( i ) ) );
          break;
        case OFTReal:
          values.insert( name, canonicalNumber( feature->GetFieldAsDouble( i ) ) );
          break;
        case OFTBinary:
        {
          int size = 0;
          const GByte *bytes = feature->GetFieldAsBinary( i, &size );
          values.insert( name, QString( QStringLiteral( "b:" ) +
                                        QString::fromLatin1( QByteArray( reinterpret_cast<const char *>( bytes ), size ).toHex() ) ) );
          break;
        }
        case OFTDate:
        case OFTDateTime:
        {
          int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
          float s = 0;
          feature->GetFieldAsDateTime( i, &y, &m, &d, &h, &mi, &s, &tz );
          QString text = QStringLiteral( "%1-%2-%3" )
                             .arg( y, 4, 10, QLatin1Char( '0' ) )
                             .arg( m, 2, 10, QLatin1Char( '0' ) )
                             .arg( d, 2, 10, QLatin1Char( '0' ) );
          if ( field->GetType() == OFTDateTime )
          {
            text += QStringLiteral( "T%1:%2:%3" )
                        .arg( h, 2, 10, QLatin1Char( '0' ) )
                        .arg( mi, 2, 10, QLatin1Char( '0' ) )
                        .arg( static_cast<double>( s ), 6, 'f', 3, QLatin1Char( '0' ) );
            if ( tz > 1 )
            {
              const int minutes = ( tz - 100 ) * 15;
              text += QStringLiteral( "%1%2:%3" )
                          .arg( minutes < 0 ? QLatin1Char( '-' ) : QLatin1Char( '+' ) )
                          .arg( qAbs( minutes ) / 60, 2, 10, QLatin1Char( '0' ) )
                          .arg( qAbs( minutes ) % 60, 2, 10, QLatin1Char( '0' ) );
            }
          }
          values.insert( name, QString( QStringLiteral( "d:" ) + text ) );
          break;
        }
        default:
          values.insert( name, QString( QStringLiteral( "t:" ) + QString::fromUtf8( feature->GetFieldAsString( i ) ) ) );
          break;
        }
      }
      OGRGeometry *geometry = feature->GetGeometryRef();
      if ( !geometry )
        values.insert( kGeometryKey, QJsonValue( QJsonValue::Null ) );
      else
      {
        QByteArray wkb( static_cast<int>( geometry->WkbSize() ), Qt::Uninitialized );
        geometry->exportToWkb( wkbNDR, reinterpret_cast<unsigned char *>( wkb.data() ), wkbVariantIso );
        values.insert( kGeometryKey, QString( QStringLiteral( "g:" ) + QString::fromLatin1( wkb.toHex() ) ) );
      }
      return values;
    }

    //! Sets the fields (and geometry) of \a values on \a feature; fields the layer lacks are ignored.
    bool setFeatureValues( OGRFeature *feature, OGRLayer *layer, const QJsonObject &values, QString *error )
    {
      OGRFeatureDefn *defn = feature->GetDefnRef();
      for ( auto it = values.constBegin(); it != values.constEnd(); ++it )
      {
        if ( it.key() == kGeometryKey )
        {
          if ( it.value().isNull() )
          {
            feature->SetGeometryDirectly( nullptr );
            continue;
          }
          const QByteArray wkb = QByteArray::fromHex( it.value().toString().mid( 2 ).toLatin1() );
          OGRGeometry *geometry = nullptr;
          if ( OGRGeometryFactory::createFromWkb( wkb.constData(), layer->GetSpatialRef(), &geometry, wkb.size() ) != OGRERR_NONE )
          {
            *error = tr( "fid %1: invalid geometry" ).arg( feature->GetFID() );
            return false;
          }
          feature->SetGeometryDirectly( geometry );
          continue;
        }
        const int index = defn->GetFieldIndex( it.key().toUtf8().constData() );
        if ( index < 0 )
          continue;
        if ( it.value().isNull() )
        {
          feature->SetFieldNull( index );
          continue;
        }
        const QString text = it.value().toString();
        const QString payload = text.mid( 2 );
        switch ( defn->GetFieldDefn( index )->GetType() )
        {
        case OFTInteger:
        case OFTInteger64:
          feature->SetField( index, static_cast<GIntBig>( payload.toLongLong() ) );
          break;
        case OFTReal:
          feature->SetField( index, payload.toDouble() );
          break;
        case OFTBinary:
        {
          const QByteArray bytes = QByteArray::fromHex( payload.toLatin1() );
          feature->SetField( index, bytes.size(), bytes.constData() );
          break;
        }
        default:
          feature->SetField( index, payload.toUtf8().constData() );
          break;
        }
      }
      return true;
    }

    //! \a value (canonical) as a SQL literal of \a dialect.
    QString sqlLiteral( const QJsonValue &value, SqlConnection::Dialect dialect )
    {
      if ( value.isNull() || value.isUndefined() )
        return QStringLiteral( "NULL" );
      const QString text = value.toString();
      const QString payload = text.mid( 2 );
      if ( text.startsWith( QLatin1String( "n:" ) ) )
      {
        bool ok = false;
        payload.toDouble( &ok );
        if ( ok )
          return payload;
      }
      if ( text.startsWith( QLatin1String( "b:" ) ) )
        return dialect == SqlConnection::Dialect::Sqlite ? QStringLiteral( "X'%1'" ).arg( payload )
                                                         : QStringLiteral( "'\\x%1'::bytea" ).arg( payload );
      QString quoted = payload;
      quoted.replace( QLatin1Char( '\'' ), QLatin1String( "''" ) );
      return QLatin1Char( '\'' ) + quoted + QLatin1Char( '\'' );
    }

    //! A canonical value for the report (text without its type tag).
    QJsonValue reportValue( const QJsonValue &value )
    {
      if ( value.isNull() || value.isUndefined() )
        return QJsonValue( QJsonValue::Null );
      const QString text = value.toString();
      if ( text.startsWith( QLatin1String( "t:" ) ) || text.startsWith( QLatin1String( "d:" ) ) )
        return text.mid( 2 );
      if ( text.startsWith( QLatin1String( "n:" ) ) )
        return text.mid( 2 ).toDouble();
      return text; // bytes and geometries keep their tag (hex)
    }

    QString keyText( const QJsonArray &key )
    {
      return QString::fromUtf8( QJsonDocument( key ).toJson( QJsonDocument::Compact ) );
    }

    // ---- plain tables

    bool primaryKey( SqlConnection &db, const QString &table, QStringList *key, QString *error )
    {
      QList<SqlConnection::Row> rows;
      const QString quoted = SqlConnection::quoteIdentifier( table );
      if ( db.dialect() == SqlConnection::Dialect::Sqlite )
      {
        if ( !db.query( QStringLiteral( "PRAGMA table_info(%1)" ).arg( quoted ), QVariantList(), &rows, error ) )
          return false;
        QMap<qint64, QString> columns;
        for ( const SqlConnection::Row &row : std::as_const( rows ) )
        {
          if ( row.value( 5 ).toLongLong() > 0 )
            columns.insert( row.value( 5 ).toLongLong(), row.value( 1 ).toString() );
        }
        *key = columns.values();
        return true;
      }
      if ( !db.query( QStringLiteral( "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                                      "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = ?::regclass AND i.indisprimary "
                                      "ORDER BY array_position(i.indkey::int2[], a.attnum)" ),
                      { quoted }, &rows, error ) )
        return false;
      for ( const SqlConnection::Row &row : std::as_const( rows ) )
        key->append( db.portableColumnName( row.value( 0 ).toString() ) );
      return true;
    }

    //! Every row of \a table by key text ("[...]" of the key's canonical values).
    bool readTable( SqlConnection &db, const QString &table, const QStringList &key, Rows *rows, QString *error )
    {
      QList<SqlConnection::Row> result;
      QStringList columns;
      if ( !db.query( QStringLiteral( "SELECT * FROM %1" ).arg( SqlConnection::quoteIdentifier( table ) ), QVariantList(), &result, error,
                      &columns ) )
        return false;
      for ( QString &column : columns )
        column = db.portableColumnName( column );
      for ( const SqlConnection::Row &row : std::as_const( result ) )
      {
        QJsonObject values;
        for ( int i = 0; i < columns.size(); ++i )
          values.insert( columns.at( i ), canonicalVariant( row.value( i ) ) );
        QJsonArray keyValues;
        for ( const QString &column : key )
          keyValues.append( values.value( column ) );
        rows->insert( keyText( keyValues ), values );
      }
      return true;
    }

    bool isSyncedTable( const QString &table )
    {
      for ( const QString &prefix : TerritoryCheckout::syncedTablePrefixes() )
      {
        if ( table.startsWith( prefix ) )
          return true;
      }
      return false;
    }

    QStringList plainSyncedTables( SqlConnection &db, const QSet<QString> &layerTables )
    {
      QStringList tables;
      const QStringList all = db.tables();
      for ( const QString &table : all )
      {
        if ( isSyncedTable( table ) && !layerTables.contains( table ) )
          tables << table;
      }
      tables.sort();
      return tables;
    }

    QString whereKey( const QStringList &key, const QJsonArray &values, SqlConnection::Dialect dialect, SqlConnection &names )
    {
      QStringList terms;
      for ( int i = 0; i < key.size(); ++i )
        terms << QStringLiteral( "%1 = %2" )
                     .arg( SqlConnection::quoteIdentifier( names.columnName( key.at( i ) ) ), sqlLiteral( values.at( i ), dialect ) );
      return terms.join( QStringLiteral( " AND " ) );
    }

    // ---- the three-way merge of one row

    struct RowMerge
    {
      QJsonObject toServer; //!< fields changed locally only
      QJsonObject toLocal;  //!< fields changed on the server only
      QJsonObject newBase;
      QJsonArray conflictFields;
    };

    void mergeRow( const QJsonObject &base, const QJsonObject &local, const QJsonObject &server, RowMerge *merge )
    {
      merge->newBase = base;
      for ( auto it = base.constBegin(); it != base.constEnd(); ++it )
      {
        const QJsonValue b = it.value();
        const QJsonValue l = local.contains( it.key() ) ? local.value( it.key() ) : b;
        const QJsonValue s = server.contains( it.key() ) ? server.value( it.key() ) : b;
        const bool localChanged = l != b;
        const bool serverChanged = s != b;
        if ( localChanged && serverChanged && l != s )
        {
          QJsonObject conflict;
          conflict.insert( QStringLiteral( "field" ), it.key() == kGeometryKey ? QStringLiteral( "geometry" ) : it.key() );
          conflict.insert( QStringLiteral( "base" ), reportValue( b ) );
          conflict.insert( QStringLiteral( "local" ), reportValue( l ) );
          conflict.insert( QStringLiteral( "server" ), reportValue( s ) );
          merge->conflictFields.append( conflict );
        }
        else if ( localChanged && !serverChanged )
        {
          merge->toServer.insert( it.key(), l );
          merge->newBase.insert( it.key(), l );
        }
        else if ( serverChanged && !localChanged )
        {
          merge->toLocal.insert( it.key(), s );
          merge->newBase.insert( it.key(), s );
        }
        else if ( localChanged )
          merge->newBase.insert( it.key(), l );
      }
    }

    QJsonObject reportRow( const QJsonObject &values )
    {
      QJsonObject out;
      for ( auto it = values.constBegin(); it != values.constEnd(); ++it )
        out.insert( it.key() == kGeometryKey ? QStringLiteral( "geometry" ) : it.key(), reportValue( it.value() ) );
      return out;
    }

    // ---- what a sync does, planned before anything is written

    struct Operation
    {
      enum Kind
      {
        Update,
        Insert,
        Delete
      } kind = Update;
      QString table;
      bool layer = false;
      qint64 fid = -1;      //!< layers
      QJsonArray key;       //!< plain tables
      QStringList keyNames; //!< plain tables
      QJsonObject values;
    };

    struct BaseChange
    {
      QString table;
      QString key;
      bool remove = false;
      QJsonObject row;
    };

    bool executeSql( GDALDataset *dataset, const QString &sql, QString *error )
    {
      GdalErrorCapture capture;
      OGRLayer *result = dataset->ExecuteSQL( sql.toUtf8().constData(), nullptr, nullptr );
      if ( result )
        dataset->ReleaseResultSet( result );
      if ( capture.hasFailure() )
      {
        *error = capture.lastMessage();
        return false;
      }
      return true;
    }

    //! Applies \a operation through \a dataset (inside its transaction); \a newFid receives an inserted feature's fid.
    bool apply( GDALDataset *dataset, SqlConnection::Dialect dialect, SqlConnection &names, const Operation &operation, qint64 *newFid,
                QString *error )
    {
      GdalErrorCapture capture;
      if ( operation.layer )
      {
        OGRLayer *layer = dataset->GetLayerByName( operation.table.toUtf8().constData() );
        if ( !layer )
        {
          *error = tr( "layer table %1 is missing" ).arg( operation.table );
          return false;
        }
        OGRErr err = OGRERR_NONE;
        if ( operation.kind == Operation::Delete )
          err = layer->DeleteFeature( operation.fid );
        else if ( operation.kind == Operation::Update )
        {
          store::FeaturePtr feature( layer->GetFeature( operation.fid ) );
          if ( !feature )
          {
            *error = tr( "table %1, fid %2: the feature is gone" ).arg( operation.table ).arg( operation.fid );
            return false;
          }
          if ( !setFeatureValues( feature.get(), layer, operation.values, error ) )
            return false;
          err = layer->SetFeature( feature.get() );
        }
        else
        {
          store::FeaturePtr feature( OGRFeature::CreateFeature( layer->GetLayerDefn() ) );
          if ( !setFeatureValues( feature.get(), layer, operation.values, error ) )
            return false;
          feature->SetFID( operation.fid );
          err = layer->CreateFeature( feature.get() );
          if ( newFid )
            *newFid = feature->GetFID();
        }
        if ( err != OGRERR_NONE || capture.hasFailure() )
        {
          *error = tr( "table %1, fid %2: %3" ).arg( operation.table ).arg( operation.fid ).arg( capture.lastMessage() );
          return false;
        }
        return true;
      }
      const QString table = SqlConnection::quoteIdentifier( operation.table );
      QString sql;
      if ( operation.kind == Operation::Delete )
        sql = QStringLiteral( "DELETE FROM %1 WHERE %2" ).arg( table, whereKey( operation.keyNames, operation.key, dialect, names ) );
      else if ( operation.kind == Operation::Update )
      {
        QStringList assignments;
        for ( auto it = operation.values.constBegin(); it != operation.values.constEnd(); ++it )
          assignments << QStringLiteral( "%1 = %2" )
                             .arg( SqlConnection::quoteIdentifier( names.columnName( it.key() ) ), sqlLiteral( it.value(), dialect ) );
        sql = QStringLiteral( "UPDATE %1 SET %2 WHERE %3" )
                  .arg( table, assignments.join( QStringLiteral( ", " ) ), whereKey( operation.keyNames, operation.key, dialect, names ) );
      }
      else
      {
        QStringList columns;
        QStringList values;
        for ( auto it = operation.values.constBegin(); it != operation.values.constEnd(); ++it )
        {
          columns << SqlConnection::quoteIdentifier( names.columnName( it.key() ) );
          values << sqlLiteral( it.value(), dialect );
        }
        sql = QStringLiteral( "INSERT INTO %1 (%2) VALUES (%3)" )
                  .arg( table, columns.join( QStringLiteral( ", " ) ), values.join( QStringLiteral( ", " ) ) );
      }
      if ( !executeSql( dataset, sql, error ) )
      {
        *error = tr( "table %1, key %2: %3" ).arg( operation.table, keyText( operation.key ), *error );
        return false;
      }
      return true;
    }

    QJsonObject conflictEntry( const QString &table, const QJsonValue &key, const QString &kind )
    {
      QJsonObject conflict;
      conflict.insert( QStringLiteral( "table" ), table );
      conflict.insert( QStringLiteral( "key" ), key );
      conflict.insert( QStringLiteral( "kind" ), kind );
      return conflict;
    }

    //! The checkout's metadata (vigie_checkout) or false when the file is no checkout.
    bool readMeta( SqlConnection &db, const QString &path, QMap<QString, QString> *meta, QString *error )
    {
      if ( !db.hasTable( kMetaTable ) || !db.hasTable( kBaseTable ) )
      {
        *error = tr( "%1 is not an offline checkout (no %2 table): create one with vigie-cli territory checkout" )
                     .arg( QDir::toNativeSeparators( path ), kMetaTable );
        return false;
      }
      QList<SqlConnection::Row> rows;
      if ( !db.query( QStringLiteral( "SELECT key, value FROM %1" ).arg( kMetaTable ), QVariantList(), &rows, error ) )
        return false;
      for ( const SqlConnection::Row &row : std::as_const( rows ) )
        meta->insert( row.value( 0 ).toString(), row.value( 1 ).toString() );
      if ( meta->value( QStringLiteral( "source" ) ).isEmpty() )
      {
        *error = tr( "%1: the checkout names no source" ).arg( QDir::toNativeSeparators( path ) );
        return false;
      }
      return true;
    }

    void removeFile( const QString &path )
    {
      for ( const QString &suffix : { QString(), QStringLiteral( "-wal" ), QStringLiteral( "-shm" ), QStringLiteral( "-journal" ) } )
        QFile::remove( path + suffix );
    }
  } // namespace

  QJsonObject SyncReport::toJson() const
  {
    QJsonObject object;
    object.insert( QStringLiteral( "source" ), source );
    object.insert( QStringLiteral( "dry_run" ), dryRun );
    object.insert( QStringLiteral( "updated" ), updated );
    object.insert( QStringLiteral( "inserted" ), inserted );
    object.insert( QStringLiteral( "deleted" ), deleted );
    object.insert( QStringLiteral( "refreshed" ), refreshed );
    object.insert( QStringLiteral( "new_ids" ), newIds );
    object.insert( QStringLiteral( "conflicts" ), conflicts );
    return object;
  }

  QStringList TerritoryCheckout::syncedTablePrefixes()
  {
    return { QStringLiteral( "roadmap_" ), QStringLiteral( "budget_" ), QStringLiteral( "review_" ), QStringLiteral( "vigie_bookmarks" ) };
  }

  bool TerritoryCheckout::checkout( const QString &source, const QString &checkoutPath, const QList<DomainPlugin *> &plugins,
                                    const CheckoutFilter &filter, CheckoutResult *result, QString *errorMessage )
  {
    store::ensureGdal();
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    if ( SqlConnection::isPostgres( checkoutPath ) )
      return fail( tr( "%1: a checkout is a GeoPackage file, not a PostGIS database" ).arg( displayPath( checkoutPath ) ) );
    if ( QFileInfo::exists( checkoutPath ) )
      return fail( tr( "%1 already exists: a checkout never overwrites a file" ).arg( QDir::toNativeSeparators( checkoutPath ) ) );
    if ( filter.hasExtent && ( !( filter.xMin < filter.xMax ) || !( filter.yMin < filter.yMax ) ) )
      return fail( tr( "extent %1,%2,%3,%4: xmin must be below xmax and ymin below ymax" )
                       .arg( filter.xMin )
                       .arg( filter.yMin )
                       .arg( filter.xMax )
                       .arg( filter.yMax ) );
    if ( filter.hasExtent && !filter.commune.isEmpty() )
      return fail( tr( "give an extent or a commune, not both" ) );

    QString error;
    if ( !TerritoryCopy::copy( source, checkoutPath, plugins, nullptr, &error ) )
      return fail( error );
    auto abort = [&]( const QString &message )
    {
      removeFile( checkoutPath );
      return fail( message );
    };

    CheckoutResult done;
    QList<BaseChange> baseRows;
    QSet<QString> layerTables;
    {
      std::unique_ptr<Territory> local = Territory::open( checkoutPath, plugins, Territory::Mode::ReadWrite, &error );
      if ( !local )
        return abort( error );
      GDALDataset *dataset = local->dataset();
      std::unique_ptr<OGRGeometry> area;
      if ( filter.hasExtent )
      {
        auto ring = std::make_unique<OGRLinearRing>();
        ring->addPoint( filter.xMin, filter.yMin );
        ring->addPoint( filter.xMax, filter.yMin );
        ring->addPoint( filter.xMax, filter.yMax );
        ring->addPoint( filter.xMin, filter.yMax );
        ring->addPoint( filter.xMin, filter.yMin );
        auto polygon = std::make_unique<OGRPolygon>();
        polygon->addRingDirectly( ring.release() );
        area = std::move( polygon );
      }
      else if ( !filter.commune.isEmpty() )
      {
        OGRLayer *communes = dataset->GetLayerByName( "territory_communes" );
        if ( communes )
        {
          communes->ResetReading();
          while ( store::FeaturePtr feature{ communes->GetNextFeature() } )
          {
            for ( const char *field : { "insee_code", "code", "insee" } )
            {
              const int index = feature->GetFieldIndex( field );
              if ( index >= 0 && feature->IsFieldSetAndNotNull( index ) &&
                   QString::fromUtf8( feature->GetFieldAsString( index ) ) == filter.commune && feature->GetGeometryRef() )
                area.reset( feature->GetGeometryRef()->clone() );
            }
            if ( area )
              break;
          }
        }
        if ( !area )
          return abort( tr( "%1: no commune with code %2 in territory:communes" ).arg( displayPath( source ), filter.commune ) );
      }
      // a commune's outline has thousands of vertices: a prepared geometry, after a test of the boxes
      OGREnvelope areaBox;
      if ( area )
        area->getEnvelope( &areaBox );
      std::unique_ptr<_OGRPreparedGeometry, void ( * )( OGRPreparedGeometryH )> prepared(
          area ? OGRCreatePreparedGeometry( OGRGeometry::ToHandle( area.get() ) ) : nullptr, &OGRDestroyPreparedGeometry );
      auto inside = [&]( OGRGeometry *geometry )
      {
        if ( !geometry )
          return false;
        OGREnvelope box;
        geometry->getEnvelope( &box );
        if ( !box.Intersects( areaBox ) )
          return false;
        return prepared ? OGRPreparedGeometryIntersects( prepared.get(), OGRGeometry::ToHandle( geometry ) ) != 0
                        : geometry->Intersects( area.get() ) != FALSE;
      };
      if ( dataset->StartTransaction() != OGRERR_NONE )
        return abort( tr( "%1: cannot start a transaction" ).arg( QDir::toNativeSeparators( checkoutPath ) ) );
      for ( const LayerSchema &schema : local->layers() )
      {
        const QString table = schema.tableName();
        layerTables.insert( table );
        OGRLayer *layer = dataset->GetLayerByName( table.toUtf8().constData() );
        if ( !layer )
          continue;
        QList<qint64> outside;
        const bool spatial = layer->GetGeomType() != wkbNone;
        layer->ResetReading();
        while ( store::FeaturePtr feature{ layer->GetNextFeature() } )
        {
          // a layer without geometry (tables of a model) cannot be filtered: it goes whole
          if ( area && spatial && !inside( feature->GetGeometryRef() ) )
          {
            outside << feature->GetFID();
            continue;
          }
          baseRows << BaseChange{ table, QString::number( feature->GetFID() ), false, canonicalFeature( feature.get() ) };
          ++done.features;
        }
        for ( const qint64 fid : std::as_const( outside ) )
        {
          if ( layer->DeleteFeature( fid ) != OGRERR_NONE )
          {
            dataset->RollbackTransaction();
            return abort(
                tr( "%1: cannot leave out fid %2 of %3" ).arg( QDir::toNativeSeparators( checkoutPath ) ).arg( fid ).arg( table ) );
          }
          ++done.removed;
        }
      }
      if ( dataset->CommitTransaction() != OGRERR_NONE )
        return abort( tr( "%1: cannot commit the filtered layers" ).arg( QDir::toNativeSeparators( checkoutPath ) ) );
    }

    std::unique_ptr<SqlConnection> db = SqlConnection::open( checkoutPath, SqlConnection::Mode::ReadWrite, &error );
    if ( !db )
      return abort( error );
    {
      SqlTransaction transaction( *db );
      if ( !transaction.begin( &error ) ||
           !db->execute( QStringLiteral( "CREATE TABLE %1 (key TEXT PRIMARY KEY NOT NULL, value TEXT)" ).arg( kMetaTable ), QVariantList(),
                         &error ) ||
           !db->execute( QStringLiteral( "CREATE TABLE %1 (table_name TEXT NOT NULL, row_key TEXT NOT NULL, row TEXT NOT NULL, "
                                         "PRIMARY KEY (table_name, row_key))" )
                             .arg( kBaseTable ),
                         QVariantList(), &error ) )
        return abort( error );
      // plain tables go whole; the observations stay on the server (they are not edited offline)
      for ( const QString &table : plainSyncedTables( *db, layerTables ) )
      {
        QStringList key;
        Rows rows;
        if ( !primaryKey( *db, table, &key, &error ) || !readTable( *db, table, key, &rows, &error ) )
          return abort( tr( "table %1: %2" ).arg( table, error ) );
        if ( key.isEmpty() )
          continue;
        for ( auto it = rows.constBegin(); it != rows.constEnd(); ++it )
          baseRows << BaseChange{ table, it.key(), false, it.value() };
        done.rows += rows.size();
      }
      for ( const QString &table : db->tables() )
      {
        if ( table.startsWith( QLatin1String( "feeds_" ) ) &&
             !db->execute( QStringLiteral( "DELETE FROM %1" ).arg( SqlConnection::quoteIdentifier( table ) ), QVariantList(), &error ) )
          return abort( error );
      }
      const QString insertBase = QStringLiteral( "INSERT INTO %1 (table_name, row_key, row) VALUES (?, ?, ?)" ).arg( kBaseTable );
      for ( const BaseChange &row : std::as_const( baseRows ) )
      {
        if ( !db->execute( insertBase,
                           { row.table, row.key, QString::fromUtf8( QJsonDocument( row.row ).toJson( QJsonDocument::Compact ) ) },
                           &error ) )
          return abort( error );
      }
      QJsonObject filterJson;
      if ( filter.hasExtent )
        filterJson.insert( QStringLiteral( "extent" ), QJsonArray{ filter.xMin, filter.yMin, filter.xMax, filter.yMax } );
      if ( !filter.commune.isEmpty() )
        filterJson.insert( QStringLiteral( "commune" ), filter.commune );
      const QString storedSource =
          SqlConnection::isPostgres( source ) ? withoutPasswordKeyword( source ) : QFileInfo( source ).absoluteFilePath();
      const QString insertMeta = QStringLiteral( "INSERT INTO %1 (key, value) VALUES (?, ?)" ).arg( kMetaTable );
      if ( !db->execute( insertMeta, { QStringLiteral( "source" ), storedSource }, &error ) ||
           !db->execute( insertMeta, { QStringLiteral( "checked_out" ), QDateTime::currentDateTimeUtc().toString( Qt::ISODate ) },
                         &error ) ||
           !db->execute( insertMeta,
                         { QStringLiteral( "filter" ), QString::fromUtf8( QJsonDocument( filterJson ).toJson( QJsonDocument::Compact ) ) },
                         &error ) ||
           !transaction.commit( &error ) )
        return abort( error );
    }
    // the pages of the features left out and of the observations are given back
    db->execute( QStringLiteral( "VACUUM" ) );
    db.reset();
    logMessage( LogLevel::Info, kTopic,
                tr( "checked out %1 to %2: %3 features kept, %4 left out, %5 rows" )
                    .arg( displayPath( source ), QDir::toNativeSeparators( checkoutPath ) )
                    .arg( done.features )
                    .arg( done.removed )
                    .arg( done.rows ) );
    if ( result )
      *result = done;
    return true;
  }

  QString TerritoryCheckout::sourceOf( const QString &checkoutPath, QString *errorMessage )
  {
    QString error;
    if ( !QFileInfo::exists( checkoutPath ) )
      error = tr( "%1: no such file" ).arg( QDir::toNativeSeparators( checkoutPath ) );
    std::unique_ptr<SqlConnection> db =
        error.isEmpty() ? SqlConnection::open( checkoutPath, SqlConnection::Mode::ReadOnlyShared, &error ) : nullptr;
    QMap<QString, QString> meta;
    if ( db && readMeta( *db, checkoutPath, &meta, &error ) )
      return meta.value( QStringLiteral( "source" ) );
    if ( errorMessage )
      *errorMessage = error;
    return QString();
  }

  bool TerritoryCheckout::sync( const QString &checkoutPath, const QList<DomainPlugin *> &plugins, bool dryRun, SyncReport *report,
                                QString *errorMessage, const QMap<QString, RowMerger> &mergers, const QString &sourceOverride )
  {
    store::ensureGdal();
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    QString error;
    const QString storedSource = sourceOf( checkoutPath, &error );
    if ( storedSource.isEmpty() )
      return fail( error );
    const QString source = sourceOverride.isEmpty() ? storedSource : sourceOverride;
    SyncReport done;
    done.source = displayPath( source );
    done.dryRun = dryRun;

    // ---- both sides: the server read-write (it must be there), the checkout read-write
    if ( !SqlConnection::isPostgres( source ) && !QFileInfo::exists( source ) )
      return fail( tr( "the source of the checkout, %1, is gone (moved or deleted); nothing was changed" ).arg( displayPath( source ) ) );
    // schemas first, read-only: opening read-write would migrate either side
    std::unique_ptr<SqlConnection> localDb = SqlConnection::open( checkoutPath, SqlConnection::Mode::ReadOnlyShared, &error );
    if ( !localDb )
      return fail( error );
    std::unique_ptr<SqlConnection> serverDb = SqlConnection::open( source, SqlConnection::Mode::ReadOnlyShared, &error );
    if ( !serverDb )
      return fail( tr( "cannot open the source of the checkout, %1: %2; nothing was changed" ).arg( displayPath( source ), error ) );
    auto versions = [&]( SqlConnection &db, QMap<QString, int> *out )
    {
      QList<SqlConnection::Row> rows;
      if ( !db.query( QStringLiteral( "SELECT component, version FROM vigie_schema" ), QVariantList(), &rows, &error ) )
        return false;
      for ( const SqlConnection::Row &row : std::as_const( rows ) )
        out->insert( row.value( 0 ).toString(), static_cast<int>( row.value( 1 ).toLongLong() ) );
      return true;
    };
    QMap<QString, int> localVersions;
    QMap<QString, int> serverVersions;
    if ( !versions( *localDb, &localVersions ) )
      return fail( tr( "%1: %2" ).arg( QDir::toNativeSeparators( checkoutPath ), error ) );
    if ( !versions( *serverDb, &serverVersions ) )
      return fail( tr( "%1: %2; nothing was changed" ).arg( displayPath( source ), error ) );
    for ( auto it = localVersions.constBegin(); it != localVersions.constEnd(); ++it )
    {
      if ( serverVersions.value( it.key(), -1 ) != it.value() )
        return fail( tr( "component %1 is at schema %2 in the checkout but %3 on %4: synchronise with a server at the same schema "
                         "(check out again after a migration); nothing was changed" )
                         .arg( it.key() )
                         .arg( it.value() )
                         .arg( serverVersions.value( it.key(), -1 ) )
                         .arg( displayPath( source ) ) );
    }
    for ( DomainPlugin *plugin : plugins )
    {
      if ( localVersions.contains( plugin->id() ) && localVersions.value( plugin->id() ) != plugin->schemaVersion() )
        return fail( tr( "component %1 is at schema %2 in the checkout and on the server, but this build's plugin is at %3; "
                         "nothing was changed" )
                         .arg( plugin->id() )
                         .arg( localVersions.value( plugin->id() ) )
                         .arg( plugin->schemaVersion() ) );
    }
    std::unique_ptr<Territory> server = Territory::open( source, plugins, Territory::Mode::ReadWrite, &error );
    if ( !server )
      return fail( tr( "cannot open the source of the checkout, %1: %2; nothing was changed" ).arg( displayPath( source ), error ) );
    std::unique_ptr<Territory> local = Territory::open( checkoutPath, plugins, Territory::Mode::ReadWrite, &error );
    if ( !local )
      return fail( error );

    // ---- the base snapshot
    QMap<QString, Rows> base;
    {
      QList<SqlConnection::Row> rows;
      if ( !localDb->query( QStringLiteral( "SELECT table_name, row_key, row FROM %1" ).arg( kBaseTable ), QVariantList(), &rows, &error ) )
        return fail( error );
      for ( const SqlConnection::Row &row : std::as_const( rows ) )
        base[row.value( 0 ).toString()].insert( row.value( 1 ).toString(),
                                                QJsonDocument::fromJson( row.value( 2 ).toString().toUtf8() ).object() );
    }

    QList<Operation> serverOps;
    QList<Operation> localOps;
    QList<BaseChange> baseChanges;
    QList<int> insertOps; //!< indexes in serverOps of new layer features (fid mapping)

    // ---- asset layers
    QSet<QString> layerTables;
    for ( const LayerSchema &schema : local->layers() )
    {
      const QString table = schema.tableName();
      layerTables.insert( table );
      OGRLayer *localLayer = local->dataset()->GetLayerByName( table.toUtf8().constData() );
      OGRLayer *serverLayer = server->dataset()->GetLayerByName( table.toUtf8().constData() );
      if ( !localLayer )
        continue;
      if ( !serverLayer )
        return fail( tr( "%1 has no layer table %2; nothing was changed" ).arg( displayPath( source ), table ) );
      const Rows &baseRows = base.value( table );
      QMap<qint64, QJsonObject> localRows;
      localLayer->ResetReading();
      while ( store::FeaturePtr feature{ localLayer->GetNextFeature() } )
        localRows.insert( feature->GetFID(), canonicalFeature( feature.get() ) );
      // the server's rows of the base, read by chunks of fids (one round trip per chunk, by the key's index)
      QMap<qint64, QJsonObject> serverRows;
      {
        const QString fidColumn = QString::fromUtf8( serverLayer->GetFIDColumn() );
        QStringList chunk;
        auto readChunk = [&]()
        {
          if ( chunk.isEmpty() )
            return true;
          GdalErrorCapture capture;
          const QByteArray where = QStringLiteral( "%1 IN (%2)" )
                                       .arg( SqlConnection::quoteIdentifier( fidColumn.isEmpty() ? QStringLiteral( "fid" ) : fidColumn ),
                                             chunk.join( QLatin1Char( ',' ) ) )
                                       .toUtf8();
          if ( serverLayer->SetAttributeFilter( where.constData() ) != OGRERR_NONE )
          {
            error = tr( "%1, layer %2: %3" ).arg( displayPath( source ), table, capture.lastMessage() );
            return false;
          }
          serverLayer->ResetReading();
          while ( store::FeaturePtr feature{ serverLayer->GetNextFeature() } )
            serverRows.insert( feature->GetFID(), canonicalFeature( feature.get() ) );
          chunk.clear();
          if ( capture.hasFailure() )
          {
            error = tr( "%1, layer %2: %3" ).arg( displayPath( source ), table, capture.lastMessage() );
            return false;
          }
          return true;
        };
        for ( auto it = baseRows.constBegin(); it != baseRows.constEnd(); ++it )
        {
          chunk << QString::number( it.key().toLongLong() );
          if ( chunk.size() >= 1000 && !readChunk() )
            return fail( error );
        }
        if ( !readChunk() )
          return fail( error );
        serverLayer->SetAttributeFilter( nullptr );
      }
      for ( auto it = baseRows.constBegin(); it != baseRows.constEnd(); ++it )
      {
        const qint64 fid = it.key().toLongLong();
        const bool onServer = serverRows.contains( fid );
        const QJsonObject serverRow = serverRows.value( fid );
        const bool onLocal = localRows.contains( fid );
        const QJsonObject localRow = localRows.value( fid );
        const bool serverEdited = onServer && serverRow != it.value();
        const bool localEdited = onLocal && localRow != it.value();
        // a row deleted on one side: deleted on the other too unless edited there (a conflict)
        auto deletedOnOneSide = [&]( bool editedOnOtherSide, const QString &conflictKind, const QString &otherSide,
                                     const QJsonObject &otherRow, QList<Operation> &ops, int &counter )
        {
          if ( editedOnOtherSide )
          {
            QJsonObject conflict = conflictEntry( table, fid, conflictKind );
            conflict.insert( otherSide, reportRow( otherRow ) );
            done.conflicts.append( conflict );
            return;
          }
          Operation op;
          op.kind = Operation::Delete;
          op.table = table;
          op.layer = true;
          op.fid = fid;
          ops << op;
          baseChanges << BaseChange{ table, it.key(), true, {} };
          ++counter;
        };
        if ( !onLocal && !onServer )
          baseChanges << BaseChange{ table, it.key(), true, {} };
        else if ( !onLocal )
          deletedOnOneSide( serverEdited, QStringLiteral( "deleted-locally-edited-on-server" ), QStringLiteral( "server" ), serverRow,
                            serverOps, done.deleted );
        else if ( !onServer )
          deletedOnOneSide( localEdited, QStringLiteral( "edited-locally-deleted-on-server" ), QStringLiteral( "local" ), localRow,
                            localOps, done.refreshed );
        else if ( localEdited || serverEdited )
        {
          RowMerge merge;
          mergeRow( it.value(), localRow, serverRow, &merge );
          if ( !merge.conflictFields.isEmpty() )
          {
            QJsonObject conflict = conflictEntry( table, fid, QStringLiteral( "field" ) );
            conflict.insert( QStringLiteral( "fields" ), merge.conflictFields );
            done.conflicts.append( conflict );
          }
          if ( !merge.toServer.isEmpty() )
          {
            serverOps << Operation{ Operation::Update, table, true, fid, {}, {}, merge.toServer };
            ++done.updated;
          }
          if ( !merge.toLocal.isEmpty() )
          {
            localOps << Operation{ Operation::Update, table, true, fid, {}, {}, merge.toLocal };
            ++done.refreshed;
          }
          if ( merge.newBase != it.value() )
            baseChanges << BaseChange{ table, it.key(), false, merge.newBase };
        }
      }
      // new local features: inserted with the fid the server gives them
      for ( auto it = localRows.constBegin(); it != localRows.constEnd(); ++it )
      {
        if ( baseRows.contains( QString::number( it.key() ) ) )
          continue;
        Operation op{ Operation::Insert, table, true, OGRNullFID, {}, {}, it.value() };
        op.key = QJsonArray{ it.key() }; // the local fid, for the mapping
        insertOps << static_cast<int>( serverOps.size() );
        serverOps << op;
        ++done.inserted;
      }
    }

    // ---- plain tables (roadmap, budget, agendas, bookmarks)
    const QStringList plainTables = plainSyncedTables( *localDb, layerTables );
    for ( const QString &table : plainTables )
    {
      QStringList key;
      if ( !primaryKey( *localDb, table, &key, &error ) )
        return fail( tr( "table %1: %2" ).arg( table, error ) );
      if ( key.isEmpty() )
        continue;
      if ( !serverDb->hasTable( table ) )
        return fail( tr( "%1 has no table %2; nothing was changed" ).arg( displayPath( source ), table ) );
      Rows localRows;
      Rows serverRows;
      if ( !readTable( *localDb, table, key, &localRows, &error ) || !readTable( *serverDb, table, key, &serverRows, &error ) )
        return fail( tr( "table %1: %2" ).arg( table, error ) );
      const Rows &baseRows = base.value( table );
      QSet<QString> keys;
      for ( const Rows *rows : std::initializer_list<const Rows *>{ &baseRows, &localRows, &serverRows } )
      {
        for ( auto it = rows->constBegin(); it != rows->constEnd(); ++it )
          keys.insert( it.key() );
      }
      QStringList sortedKeys( keys.begin(), keys.end() );
      sortedKeys.sort();
      for ( const QString &rowKey : std::as_const( sortedKeys ) )
      {
        const QJsonArray keyValues = QJsonDocument::fromJson( rowKey.toUtf8() ).array();
        const bool inBase = baseRows.contains( rowKey );
        const bool onLocal = localRows.contains( rowKey );
        const bool onServer = serverRows.contains( rowKey );
        const QJsonObject b = baseRows.value( rowKey );
        const QJsonObject l = localRows.value( rowKey );
        const QJsonObject s = serverRows.value( rowKey );
        auto op = [&]( Operation::Kind kind, const QJsonObject &values )
        { return Operation{ kind, table, false, -1, keyValues, key, values }; };
        QJsonArray reportKey;
        for ( const QJsonValue &value : keyValues )
          reportKey.append( reportValue( value ) );
        const QJsonValue shownKey = reportKey.size() == 1 ? reportKey.at( 0 ) : QJsonValue( reportKey );
        if ( !inBase )
        {
          if ( onLocal && !onServer )
          {
            serverOps << op( Operation::Insert, l );
            baseChanges << BaseChange{ table, rowKey, false, l };
            ++done.inserted;
          }
          else if ( onServer && !onLocal )
          {
            localOps << op( Operation::Insert, s );
            baseChanges << BaseChange{ table, rowKey, false, s };
            ++done.refreshed;
          }
          else if ( l == s )
            baseChanges << BaseChange{ table, rowKey, false, l };
          else
          {
            QJsonObject conflict = conflictEntry( table, shownKey, QStringLiteral( "added-on-both-sides" ) );
            conflict.insert( QStringLiteral( "local" ), reportRow( l ) );
            conflict.insert( QStringLiteral( "server" ), reportRow( s ) );
            done.conflicts.append( conflict );
          }
          continue;
        }
        const bool localEdited = onLocal && l != b;
        const bool serverEdited = onServer && s != b;
        if ( !onLocal && !onServer )
          baseChanges << BaseChange{ table, rowKey, true, {} };
        else if ( !onLocal )
        {
          if ( serverEdited )
          {
            QJsonObject conflict = conflictEntry( table, shownKey, QStringLiteral( "deleted-locally-edited-on-server" ) );
            conflict.insert( QStringLiteral( "server" ), reportRow( s ) );
            done.conflicts.append( conflict );
          }
          else
          {
            serverOps << op( Operation::Delete, {} );
            baseChanges << BaseChange{ table, rowKey, true, {} };
            ++done.deleted;
          }
        }
        else if ( !onServer )
        {
          if ( localEdited )
          {
            QJsonObject conflict = conflictEntry( table, shownKey, QStringLiteral( "edited-locally-deleted-on-server" ) );
            conflict.insert( QStringLiteral( "local" ), reportRow( l ) );
            done.conflicts.append( conflict );
          }
          else
          {
            localOps << op( Operation::Delete, {} );
            baseChanges << BaseChange{ table, rowKey, true, {} };
            ++done.refreshed;
          }
        }
        else if ( localEdited && serverEdited && mergers.contains( table ) )
        {
          // a document with merge rules of its own (the roadmap): merged, its conflicts kept inside it
          QJsonObject merged;
          QJsonArray documentConflicts;
          if ( !mergers.value( table )( b, l, s, &merged, &documentConflicts, &error ) )
            return fail( tr( "table %1, key %2: %3; nothing was changed" ).arg( table, rowKey, error ) );
          QJsonObject toServer;
          QJsonObject toLocal;
          for ( auto it = merged.constBegin(); it != merged.constEnd(); ++it )
          {
            if ( s.value( it.key() ) != it.value() )
              toServer.insert( it.key(), it.value() );
            if ( l.value( it.key() ) != it.value() )
              toLocal.insert( it.key(), it.value() );
          }
          if ( !toServer.isEmpty() )
          {
            serverOps << op( Operation::Update, toServer );
            ++done.updated;
          }
          if ( !toLocal.isEmpty() )
          {
            localOps << op( Operation::Update, toLocal );
            ++done.refreshed;
          }
          baseChanges << BaseChange{ table, rowKey, false, merged };
          for ( const QJsonValue &value : std::as_const( documentConflicts ) )
          {
            QJsonObject conflict = conflictEntry( table, shownKey, QStringLiteral( "document" ) );
            conflict.insert( QStringLiteral( "conflict" ), value );
            done.conflicts.append( conflict );
          }
        }
        else if ( localEdited || serverEdited )
        {
          RowMerge merge;
          mergeRow( b, l, s, &merge );
          if ( !merge.conflictFields.isEmpty() )
          {
            QJsonObject conflict = conflictEntry( table, shownKey, QStringLiteral( "field" ) );
            conflict.insert( QStringLiteral( "fields" ), merge.conflictFields );
            done.conflicts.append( conflict );
          }
          if ( !merge.toServer.isEmpty() )
          {
            serverOps << op( Operation::Update, merge.toServer );
            ++done.updated;
          }
          if ( !merge.toLocal.isEmpty() )
          {
            localOps << op( Operation::Update, merge.toLocal );
            ++done.refreshed;
          }
          if ( merge.newBase != b )
            baseChanges << BaseChange{ table, rowKey, false, merge.newBase };
        }
      }
    }
    localDb.reset();
    serverDb.reset();

    if ( dryRun || ( serverOps.isEmpty() && localOps.isEmpty() && baseChanges.isEmpty() ) )
    {
      if ( report )
        *report = done;
      return true;
    }

    // ---- the server: ONE transaction, all or nothing
    // plain tables' column names: PostgreSQL renames its reserved ones (xmin -> xmin_); no lock is held by these
    std::unique_ptr<SqlConnection> serverNames = SqlConnection::open( source, SqlConnection::Mode::ReadOnlyShared, &error );
    std::unique_ptr<SqlConnection> localNames =
        serverNames ? SqlConnection::open( checkoutPath, SqlConnection::Mode::ReadOnlyShared, &error ) : nullptr;
    if ( !serverNames || !localNames )
      return fail( tr( "%1; nothing was changed" ).arg( error ) );
    const SqlConnection::Dialect serverDialect = serverNames->dialect();
    GDALDataset *serverSet = server->dataset();
    if ( serverSet->StartTransaction() != OGRERR_NONE )
      return fail( tr( "%1: cannot start a transaction; nothing was changed" ).arg( displayPath( source ) ) );
    QMap<QPair<QString, qint64>, qint64> fidMap;
    for ( const Operation &operation : std::as_const( serverOps ) )
    {
      qint64 newFid = -1;
      if ( !apply( serverSet, serverDialect, *serverNames, operation, &newFid, &error ) )
      {
        serverSet->RollbackTransaction();
        return fail( tr( "%1: %2; nothing was changed" ).arg( displayPath( source ), error ) );
      }
      if ( operation.kind == Operation::Insert && operation.layer )
        fidMap.insert( { operation.table, static_cast<qint64>( operation.key.at( 0 ).toDouble() ) }, newFid );
    }
    if ( serverSet->CommitTransaction() != OGRERR_NONE )
    {
      serverSet->RollbackTransaction();
      return fail( tr( "%1: cannot commit; nothing was changed" ).arg( displayPath( source ) ) );
    }
    server.reset();
    serverNames.reset();

    // ---- the checkout: refreshed, new features renumbered, base moved on
    for ( auto it = fidMap.constBegin(); it != fidMap.constEnd(); ++it )
    {
      QJsonObject mapping;
      mapping.insert( QStringLiteral( "table" ), it.key().first );
      mapping.insert( QStringLiteral( "local" ), it.key().second );
      mapping.insert( QStringLiteral( "server" ), it.value() );
      done.newIds.append( mapping );
    }
    GDALDataset *localSet = local->dataset();
    auto localFail = [&]( const QString &message )
    {
      localSet->RollbackTransaction();
      return fail( tr( "%1 was updated, but the checkout %2 could not be: %3; check out again" )
                       .arg( displayPath( source ), QDir::toNativeSeparators( checkoutPath ), message ) );
    };
    if ( localSet->StartTransaction() != OGRERR_NONE )
      return localFail( tr( "cannot start a transaction" ) );
    for ( int index : std::as_const( insertOps ) )
    {
      const Operation &inserted = serverOps.at( index );
      Operation remove{ Operation::Delete, inserted.table, true, static_cast<qint64>( inserted.key.at( 0 ).toDouble() ), {}, {}, {} };
      if ( !apply( localSet, SqlConnection::Dialect::Sqlite, *localNames, remove, nullptr, &error ) )
        return localFail( error );
    }
    for ( const Operation &operation : std::as_const( localOps ) )
    {
      if ( !apply( localSet, SqlConnection::Dialect::Sqlite, *localNames, operation, nullptr, &error ) )
        return localFail( error );
    }
    for ( int index : std::as_const( insertOps ) )
    {
      const Operation &inserted = serverOps.at( index );
      const qint64 newFid = fidMap.value( { inserted.table, static_cast<qint64>( inserted.key.at( 0 ).toDouble() ) } );
      Operation add{ Operation::Insert, inserted.table, true, newFid, {}, {}, inserted.values };
      if ( !apply( localSet, SqlConnection::Dialect::Sqlite, *localNames, add, nullptr, &error ) )
        return localFail( error );
      baseChanges << BaseChange{ inserted.table, QString::number( newFid ), false, inserted.values };
    }
    for ( const BaseChange &change : std::as_const( baseChanges ) )
    {
      QString sql = QStringLiteral( "DELETE FROM %1 WHERE table_name = %2 AND row_key = %3" )
                        .arg( kBaseTable, sqlLiteral( QString( QStringLiteral( "t:" ) + change.table ), SqlConnection::Dialect::Sqlite ),
                              sqlLiteral( QString( QStringLiteral( "t:" ) + change.key ), SqlConnection::Dialect::Sqlite ) );
      if ( !executeSql( localSet, sql, &error ) )
        return localFail( error );
      if ( change.remove )
        continue;
      sql = QStringLiteral( "INSERT INTO %1 (table_name, row_key, row) VALUES (%2, %3, %4)" )
                .arg( kBaseTable, sqlLiteral( QString( QStringLiteral( "t:" ) + change.table ), SqlConnection::Dialect::Sqlite ),
                      sqlLiteral( QString( QStringLiteral( "t:" ) + change.key ), SqlConnection::Dialect::Sqlite ),
                      sqlLiteral( QString( QStringLiteral( "t:" ) +
                                           QString::fromUtf8( QJsonDocument( change.row ).toJson( QJsonDocument::Compact ) ) ),
                                  SqlConnection::Dialect::Sqlite ) );
      if ( !executeSql( localSet, sql, &error ) )
        return localFail( error );
    }
    if ( localSet->CommitTransaction() != OGRERR_NONE )
      return localFail( tr( "cannot commit" ) );
    logMessage( LogLevel::Info, kTopic,
                tr( "synchronised %1 with %2: %3 updated, %4 inserted, %5 deleted, %6 refreshed, %7 conflicts" )
                    .arg( QDir::toNativeSeparators( checkoutPath ), displayPath( source ) )
                    .arg( done.updated )
                    .arg( done.inserted )
                    .arg( done.deleted )
                    .arg( done.refreshed )
                    .arg( done.conflicts.size() ) );
    if ( report )
      *report = done;
    return true;
  }
} // namespace vigie
