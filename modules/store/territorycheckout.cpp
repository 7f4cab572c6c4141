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
#include <QElapsedTimer>
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

    //! A "PG:" path without the keywords only QGIS knows (authcfg=ID: libpq refuses it; the app resolves it first).
    QString withoutQgisKeywords( const QString &path )
    {
      if ( !SqlConnection::isPostgres( path ) )
        return path;
      static const QRegularExpression authcfg( QStringLiteral( "\\s*authcfg\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S+)" ) );
      QString copy = path;
      return copy.remove( authcfg );
    }

    //! Progress reports of one call: done never goes back, total stays once known, a false answer is remembered.
    class ProgressReporter
    {
    public:
      explicit ProgressReporter( const CheckoutProgress &callback ) : mCallback( callback ) {}
      void setTotal( qint64 total )
      {
        if ( mTotal == 0 )
          mTotal = total;
      }
      qint64 total() const { return mTotal; }
      //! False when the callback asked to cancel (now or before), unless \a cancellable is false.
      bool report( const QString &step, qint64 done, bool cancellable = true )
      {
        if ( mCancelled && cancellable )
          return false;
        if ( !mCallback )
          return true;
        done = qMax( mDone, mTotal > 0 ? qMin( done, mTotal ) : done );
        mDone = done;
        const bool go = mCallback( step, done, mTotal );
        if ( !go && cancellable )
          mCancelled = true;
        return go || !cancellable;
      }
      bool isCancelled() const { return mCancelled; }

    private:
      CheckoutProgress mCallback;
      qint64 mTotal = 0;
      qint64 mDone = 0;
      bool mCancelled = false;
    };

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
    bool readTable( SqlConnection &db, const QString &table, const QStringList &key, Rows *rows, QString *error,
                    const QString &where = QString() )
    {
      QList<SqlConnection::Row> result;
      QStringList columns;
      QString sql = QStringLiteral( "SELECT * FROM %1" ).arg( SqlConnection::quoteIdentifier( table ) );
      if ( !where.isEmpty() )
        sql += QStringLiteral( " WHERE " ) + where;
      if ( !db.query( sql, QVariantList(), &result, error, &columns ) )
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
          // the server's own columns (tenant trigger) are not ours to write: left unset, the
          // driver leaves them out of the UPDATE
          for ( const QString &column : kServerColumns )
          {
            const int index = feature->GetFieldIndex( column.toUtf8().constData() );
            if ( index >= 0 )
              feature->UnsetField( index );
          }
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

    // ---- the checkout's area

    //! The area of a checkout's filter ({"extent": [xmin, ymin, xmax, ymax]} or {"commune": code}), null for no filter;
    //! false when the commune is not in \a dataset's territory:communes.
    bool filterArea( GDALDataset *dataset, const QJsonObject &filter, std::unique_ptr<OGRGeometry> *area )
    {
      const QJsonArray extent = filter.value( QStringLiteral( "extent" ) ).toArray();
      if ( extent.size() == 4 )
      {
        const double xMin = extent.at( 0 ).toDouble(), yMin = extent.at( 1 ).toDouble();
        const double xMax = extent.at( 2 ).toDouble(), yMax = extent.at( 3 ).toDouble();
        auto ring = std::make_unique<OGRLinearRing>();
        ring->addPoint( xMin, yMin );
        ring->addPoint( xMax, yMin );
        ring->addPoint( xMax, yMax );
        ring->addPoint( xMin, yMax );
        ring->addPoint( xMin, yMin );
        auto polygon = std::make_unique<OGRPolygon>();
        polygon->addRingDirectly( ring.release() );
        *area = std::move( polygon );
        return true;
      }
      const QString commune = filter.value( QStringLiteral( "commune" ) ).toString();
      if ( commune.isEmpty() )
        return true;
      OGRLayer *communes = dataset ? dataset->GetLayerByName( "territory_communes" ) : nullptr;
      if ( !communes )
        return false;
      communes->ResetReading();
      while ( store::FeaturePtr feature{ communes->GetNextFeature() } )
      {
        for ( const char *field : { "insee_code", "code", "insee" } )
        {
          const int index = feature->GetFieldIndex( field );
          if ( index >= 0 && feature->IsFieldSetAndNotNull( index ) && QString::fromUtf8( feature->GetFieldAsString( index ) ) == commune &&
               feature->GetGeometryRef() )
          {
            area->reset( feature->GetGeometryRef()->clone() );
            communes->ResetReading();
            return true;
          }
        }
      }
      return false;
    }

    //! Whether a geometry meets an area: the boxes first, then a prepared geometry (a commune's outline has thousands of vertices).
    class AreaTest
    {
    public:
      explicit AreaTest( std::unique_ptr<OGRGeometry> area )
          : mArea( std::move( area ) ),
            mPrepared( mArea ? OGRCreatePreparedGeometry( OGRGeometry::ToHandle( mArea.get() ) ) : nullptr, &OGRDestroyPreparedGeometry )
      {
        if ( mArea )
          mArea->getEnvelope( &mBox );
      }
      bool isSet() const { return mArea != nullptr; }
      const OGREnvelope &box() const { return mBox; }
      bool inside( OGRGeometry *geometry ) const
      {
        if ( !mArea )
          return true;
        if ( !geometry )
          return false;
        OGREnvelope box;
        geometry->getEnvelope( &box );
        if ( !box.Intersects( mBox ) )
          return false;
        return mPrepared ? OGRPreparedGeometryIntersects( mPrepared.get(), OGRGeometry::ToHandle( geometry ) ) != 0
                         : geometry->Intersects( mArea.get() ) != FALSE;
      }

    private:
      std::unique_ptr<OGRGeometry> mArea;
      std::unique_ptr<_OGRPreparedGeometry, void ( * )( OGRPreparedGeometryH )> mPrepared;
      OGREnvelope mBox;
    };

    // ---- reading the server's features

    //! Features \a fids of \a layer, by chunks of 1000 fids (one round trip per chunk, by the key's index).
    bool readFeatures( OGRLayer *layer, const QList<qint64> &fids, QMap<qint64, QJsonObject> *rows, QString *error,
                       const std::function<bool( int read, int count )> &chunkRead = std::function<bool( int, int )>() )
    {
      const QString fidColumn = QString::fromUtf8( layer->GetFIDColumn() );
      const QString quotedFid = SqlConnection::quoteIdentifier( fidColumn.isEmpty() ? QStringLiteral( "fid" ) : fidColumn );
      bool ok = true;
      for ( int start = 0; ok && start < fids.size(); start += 1000 )
      {
        QStringList chunk;
        for ( int i = start; i < qMin( start + 1000, static_cast<int>( fids.size() ) ); ++i )
          chunk << QString::number( fids.at( i ) );
        GdalErrorCapture capture;
        const QByteArray where = QStringLiteral( "%1 IN (%2)" ).arg( quotedFid, chunk.join( QLatin1Char( ',' ) ) ).toUtf8();
        if ( layer->SetAttributeFilter( where.constData() ) != OGRERR_NONE )
        {
          *error = capture.lastMessage();
          ok = false;
          break;
        }
        layer->ResetReading();
        while ( store::FeaturePtr feature{ layer->GetNextFeature() } )
          rows->insert( feature->GetFID(), canonicalFeature( feature.get() ) );
        if ( capture.hasFailure() )
        {
          *error = capture.lastMessage();
          ok = false;
        }
        if ( ok && chunkRead && !chunkRead( qMin( start + 1000, static_cast<int>( fids.size() ) ), static_cast<int>( fids.size() ) ) )
        {
          *error = tr( "cancelled" );
          ok = false;
        }
      }
      layer->SetAttributeFilter( nullptr );
      return ok;
    }

    //! Fids of \a layer's features not in \a known that meet \a area (all of them without an area or a geometry), read with
    //! their fid and geometry only.
    bool unknownFeatureIds( OGRLayer *layer, const AreaTest &area, const Rows &known, QList<qint64> *fids, QString *error )
    {
      GdalErrorCapture capture;
      OGRFeatureDefn *defn = layer->GetLayerDefn();
      QList<QByteArray> names;
      for ( int i = 0; i < defn->GetFieldCount(); ++i )
        names << QByteArray( defn->GetFieldDefn( i )->GetNameRef() );
      std::vector<const char *> ignored;
      for ( const QByteArray &name : std::as_const( names ) )
        ignored.push_back( name.constData() );
      ignored.push_back( "OGR_STYLE" );
      ignored.push_back( nullptr );
      layer->SetIgnoredFields( ignored.data() );
      const bool spatial = area.isSet() && layer->GetGeomType() != wkbNone;
      if ( spatial )
        layer->SetSpatialFilterRect( area.box().MinX, area.box().MinY, area.box().MaxX, area.box().MaxY );
      layer->ResetReading();
      while ( store::FeaturePtr feature{ layer->GetNextFeature() } )
      {
        if ( known.contains( QString::number( feature->GetFID() ) ) )
          continue;
        if ( spatial && !area.inside( feature->GetGeometryRef() ) )
          continue;
        fids->append( feature->GetFID() );
      }
      layer->SetSpatialFilter( nullptr );
      layer->SetIgnoredFields( nullptr );
      if ( capture.hasFailure() )
      {
        *error = capture.lastMessage();
        return false;
      }
      return true;
    }

    // ---- no lost update: the rows to write, locked and read again inside the server transaction

    //! A row the plan read on the server and will write (absent: a key the plan inserts).
    struct Expectation
    {
      QString table;
      bool layer = false;
      qint64 fid = -1;
      QJsonArray key;
      QStringList keyNames;
      bool present = true;
      QJsonObject row;
    };

    /**
     * Inside the server's write transaction: locks the rows to write (PostgreSQL: SELECT ... FOR UPDATE, in a DO block so
     * that every row is locked; GeoPackage: a write statement takes the file's write lock, as BEGIN IMMEDIATE) and reads
     * them again; \a unchanged false when one differs from what the plan read. \a names is another connection to the
     * server (plain tables: it sees the last committed rows, which the lock keeps as they are).
     */
    bool lockAndRecheck( GDALDataset *serverSet, SqlConnection &names, const QList<Expectation> &expectations, bool *unchanged,
                         QString *error )
    {
      *unchanged = true;
      const SqlConnection::Dialect dialect = names.dialect();
      if ( dialect == SqlConnection::Dialect::Sqlite &&
           !executeSql( serverSet, QStringLiteral( "UPDATE vigie_schema SET version = version WHERE 0" ), error ) )
        return false;
      QMap<QString, QList<qint64>> layerFids;
      QMap<QString, QList<const Expectation *>> plainRows;
      for ( const Expectation &expectation : expectations )
      {
        if ( expectation.layer )
          layerFids[expectation.table] << expectation.fid;
        else
          plainRows[expectation.table] << &expectation;
      }
      auto lockRows = [&]( const QString &table, const QStringList &terms )
      {
        for ( int start = 0; start < terms.size(); start += 500 )
        {
          const QString sql = QStringLiteral( "DO $vigie$BEGIN PERFORM 1 FROM %1 WHERE %2 FOR UPDATE; END$vigie$" )
                                  .arg( SqlConnection::quoteIdentifier( table ), terms.mid( start, 500 ).join( QStringLiteral( " OR " ) ) );
          if ( !executeSql( serverSet, sql, error ) )
            return false;
        }
        return true;
      };
      for ( auto it = layerFids.constBegin(); it != layerFids.constEnd(); ++it )
      {
        OGRLayer *layer = serverSet->GetLayerByName( it.key().toUtf8().constData() );
        if ( !layer )
        {
          *error = tr( "layer table %1 is missing" ).arg( it.key() );
          return false;
        }
        if ( dialect == SqlConnection::Dialect::Postgres )
        {
          const QString fidColumn = QString::fromUtf8( layer->GetFIDColumn() );
          const QString quotedFid = SqlConnection::quoteIdentifier( fidColumn.isEmpty() ? QStringLiteral( "fid" ) : fidColumn );
          QStringList terms; // "fid IN (...)" by 1000 fids
          for ( int start = 0; start < it.value().size(); start += 1000 )
          {
            QStringList chunk;
            for ( const qint64 fid : it.value().mid( start, 1000 ) )
              chunk << QString::number( fid );
            terms << QStringLiteral( "%1 IN (%2)" ).arg( quotedFid, chunk.join( QLatin1Char( ',' ) ) );
          }
          if ( !lockRows( it.key(), terms ) )
            return false;
        }
        QMap<qint64, QJsonObject> now;
        if ( !readFeatures( layer, it.value(), &now, error ) )
          return false;
        for ( const Expectation &expectation : expectations )
        {
          if ( expectation.layer && expectation.table == it.key() &&
               ( now.contains( expectation.fid ) != expectation.present ||
                 ( expectation.present && now.value( expectation.fid ) != expectation.row ) ) )
            *unchanged = false;
        }
      }
      for ( auto it = plainRows.constBegin(); it != plainRows.constEnd(); ++it )
      {
        if ( dialect == SqlConnection::Dialect::Postgres )
        {
          QStringList terms;
          for ( const Expectation *expectation : it.value() )
            terms << QStringLiteral( "(%1)" ).arg( whereKey( expectation->keyNames, expectation->key, dialect, names ) );
          if ( !lockRows( it.key(), terms ) )
            return false;
        }
        for ( const Expectation *expectation : it.value() )
        {
          Rows now;
          if ( !readTable( names, it.key(), expectation->keyNames, &now, error,
                           whereKey( expectation->keyNames, expectation->key, dialect, names ) ) )
            return false;
          if ( now.isEmpty() == expectation->present || ( expectation->present && now.first() != expectation->row ) )
            *unchanged = false;
        }
      }
      return true;
    }

    // ---- the checkout's update, written as "pending" before the server commit

    const QString kPendingTable = QStringLiteral( "vigie_checkout_pending" );
    const QString kMarkerPrefix = QStringLiteral( "checkout_sync:" );

    //! What the checkout must become once the server committed: features renumbered (key [old fid], fid the server's),
    //! operations, base changes.
    struct LocalPlan
    {
      QList<Operation> renumber;
      QList<Operation> operations;
      QList<BaseChange> base;
    };

    QJsonObject operationJson( const Operation &operation )
    {
      static const char *kinds[] = { "update", "insert", "delete" };
      QJsonObject object;
      object.insert( QStringLiteral( "kind" ), QLatin1String( kinds[operation.kind] ) );
      object.insert( QStringLiteral( "table" ), operation.table );
      object.insert( QStringLiteral( "layer" ), operation.layer );
      object.insert( QStringLiteral( "fid" ), QString::number( operation.fid ) );
      object.insert( QStringLiteral( "key" ), operation.key );
      object.insert( QStringLiteral( "key_names" ), QJsonArray::fromStringList( operation.keyNames ) );
      object.insert( QStringLiteral( "values" ), operation.values );
      return object;
    }

    Operation operationFromJson( const QJsonObject &object )
    {
      Operation operation;
      const QString kind = object.value( QStringLiteral( "kind" ) ).toString();
      operation.kind = kind == QLatin1String( "insert" )   ? Operation::Insert
                       : kind == QLatin1String( "delete" ) ? Operation::Delete
                                                           : Operation::Update;
      operation.table = object.value( QStringLiteral( "table" ) ).toString();
      operation.layer = object.value( QStringLiteral( "layer" ) ).toBool();
      operation.fid = object.value( QStringLiteral( "fid" ) ).toString().toLongLong();
      operation.key = object.value( QStringLiteral( "key" ) ).toArray();
      for ( const QJsonValue &name : object.value( QStringLiteral( "key_names" ) ).toArray() )
        operation.keyNames << name.toString();
      operation.values = object.value( QStringLiteral( "values" ) ).toObject();
      return operation;
    }

    QByteArray planJson( const LocalPlan &plan )
    {
      QJsonArray renumber, operations, base;
      for ( const Operation &operation : plan.renumber )
        renumber.append( operationJson( operation ) );
      for ( const Operation &operation : plan.operations )
        operations.append( operationJson( operation ) );
      for ( const BaseChange &change : plan.base )
      {
        QJsonObject object;
        object.insert( QStringLiteral( "table" ), change.table );
        object.insert( QStringLiteral( "key" ), change.key );
        object.insert( QStringLiteral( "remove" ), change.remove );
        object.insert( QStringLiteral( "row" ), change.row );
        base.append( object );
      }
      QJsonObject object;
      object.insert( QStringLiteral( "renumber" ), renumber );
      object.insert( QStringLiteral( "operations" ), operations );
      object.insert( QStringLiteral( "base" ), base );
      return QJsonDocument( object ).toJson( QJsonDocument::Compact );
    }

    bool planFromJson( const QByteArray &json, LocalPlan *plan )
    {
      QJsonParseError parseError;
      const QJsonObject object = QJsonDocument::fromJson( json, &parseError ).object();
      if ( parseError.error != QJsonParseError::NoError )
        return false;
      for ( const QJsonValue &value : object.value( QStringLiteral( "renumber" ) ).toArray() )
        plan->renumber << operationFromJson( value.toObject() );
      for ( const QJsonValue &value : object.value( QStringLiteral( "operations" ) ).toArray() )
        plan->operations << operationFromJson( value.toObject() );
      for ( const QJsonValue &value : object.value( QStringLiteral( "base" ) ).toArray() )
      {
        const QJsonObject change = value.toObject();
        plan->base << BaseChange{ change.value( QStringLiteral( "table" ) ).toString(), change.value( QStringLiteral( "key" ) ).toString(),
                                  change.value( QStringLiteral( "remove" ) ).toBool(), change.value( QStringLiteral( "row" ) ).toObject() };
      }
      return true;
    }

    /**
     * Applies \a plan to the checkout in ONE transaction, and removes the pending record \a syncId in it. A renumbered
     * feature keeps its current offline values (an edit made after an interrupted sync is not lost: the next sync sends it).
     */
    bool applyLocalPlan( GDALDataset *localSet, SqlConnection &names, const LocalPlan &plan, const QString &syncId,
                         const std::function<bool()> &beforeCommit, QString *error )
    {
      if ( localSet->StartTransaction() != OGRERR_NONE )
      {
        *error = tr( "cannot start a transaction" );
        return false;
      }
      auto failed = [&]()
      {
        localSet->RollbackTransaction();
        return false;
      };
      QList<Operation> inserts;
      for ( const Operation &renumber : plan.renumber )
      {
        const qint64 oldFid = static_cast<qint64>( renumber.key.at( 0 ).toDouble() );
        OGRLayer *layer = localSet->GetLayerByName( renumber.table.toUtf8().constData() );
        store::FeaturePtr feature( layer ? layer->GetFeature( oldFid ) : nullptr );
        if ( !feature )
          continue; // deleted offline since: the base keeps the server's row, the next sync deletes it there
        inserts << Operation{ Operation::Insert, renumber.table, true, renumber.fid, {}, {}, canonicalFeature( feature.get() ) };
        if ( !apply( localSet, SqlConnection::Dialect::Sqlite, names,
                     Operation{ Operation::Delete, renumber.table, true, oldFid, {}, {}, {} }, nullptr, error ) )
          return failed();
      }
      for ( const Operation &operation : plan.operations )
      {
        if ( !apply( localSet, SqlConnection::Dialect::Sqlite, names, operation, nullptr, error ) )
          return failed();
      }
      for ( const Operation &operation : std::as_const( inserts ) )
      {
        if ( !apply( localSet, SqlConnection::Dialect::Sqlite, names, operation, nullptr, error ) )
          return failed();
      }
      auto text = []( const QString &value )
      { return sqlLiteral( QString( QStringLiteral( "t:" ) + value ), SqlConnection::Dialect::Sqlite ); };
      for ( const BaseChange &change : plan.base )
      {
        if ( !executeSql( localSet,
                          QStringLiteral( "DELETE FROM %1 WHERE table_name = %2 AND row_key = %3" )
                              .arg( kBaseTable, text( change.table ), text( change.key ) ),
                          error ) )
          return failed();
        if ( change.remove )
          continue;
        if ( !executeSql( localSet,
                          QStringLiteral( "INSERT INTO %1 (table_name, row_key, row) VALUES (%2, %3, %4)" )
                              .arg( kBaseTable, text( change.table ), text( change.key ),
                                    text( QString::fromUtf8( QJsonDocument( change.row ).toJson( QJsonDocument::Compact ) ) ) ),
                          error ) )
          return failed();
      }
      if ( !syncId.isEmpty() &&
           !executeSql( localSet, QStringLiteral( "DELETE FROM %1 WHERE sync_id = %2" ).arg( kPendingTable, text( syncId ) ), error ) )
        return failed();
      if ( beforeCommit && !beforeCommit() )
      {
        *error = tr( "stopped by the test hook" );
        return failed();
      }
      if ( localSet->CommitTransaction() != OGRERR_NONE )
      {
        *error = tr( "cannot commit" );
        return failed();
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
    object.insert( QStringLiteral( "pulled" ), pulled );
    object.insert( QStringLiteral( "retries" ), retries );
    object.insert( QStringLiteral( "finished_interrupted_sync" ), finishedPending );
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
    CheckoutOptions options;
    options.filter = filter;
    return checkout( source, checkoutPath, plugins, options, result, errorMessage );
  }

  bool TerritoryCheckout::checkout( const QString &source, const QString &checkoutPath, const QList<DomainPlugin *> &plugins,
                                    const CheckoutOptions &options, CheckoutResult *result, QString *errorMessage )
  {
    store::ensureGdal();
    const CheckoutFilter &filter = options.filter;
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

    if ( !options.recordedSource.isEmpty() && SqlConnection::isPostgres( options.recordedSource ) != SqlConnection::isPostgres( source ) )
      return fail( tr( "the source to record, %1, is not the same kind of territory as %2 (a PostGIS connection and a file)" )
                       .arg( displayPath( options.recordedSource ), displayPath( source ) ) );

    // the progress: the copy (its features and rows), then as much again for the filter and the base snapshot
    ProgressReporter progress( options.progress );
    const QString cancelled = tr( "cancelled: no checkout was written" );
    qint64 copyTotal = 0;
    qint64 scanned = 0; //!< features filtered and base rows written, twice the work of the second pass at most
    auto secondPass = [&]( const QString &step ) { return progress.report( step, copyTotal + scanned / 2 ); };

    QString error;
    TerritoryCopy::Progress copyProgress;
    if ( options.progress )
      copyProgress = [&]( const TerritoryCopyProgress &step )
      {
        if ( copyTotal == 0 && step.total > 0 )
        {
          copyTotal = step.total;
          progress.setTotal( 2 * copyTotal );
        }
        return progress.report( step.step, step.done );
      };
    if ( !TerritoryCopy::copy( source, checkoutPath, plugins, nullptr, &error, copyProgress ) )
    {
      if ( progress.isCancelled() )
      {
        removeFile( checkoutPath ); // the copy removes its own file; nothing else can be there (checked above)
        return fail( cancelled );
      }
      return fail( error );
    }
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
      QJsonObject filterJson;
      if ( filter.hasExtent )
        filterJson.insert( QStringLiteral( "extent" ), QJsonArray{ filter.xMin, filter.yMin, filter.xMax, filter.yMax } );
      if ( !filter.commune.isEmpty() )
        filterJson.insert( QStringLiteral( "commune" ), filter.commune );
      std::unique_ptr<OGRGeometry> areaGeometry;
      if ( !filterArea( dataset, filterJson, &areaGeometry ) )
        return abort( tr( "%1: no commune with code %2 in territory:communes" ).arg( displayPath( source ), filter.commune ) );
      const AreaTest area( std::move( areaGeometry ) );
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
        const QString step = tr( "filtering layer %1" ).arg( table );
        if ( !secondPass( step ) )
        {
          dataset->RollbackTransaction();
          return abort( cancelled );
        }
        layer->ResetReading();
        while ( store::FeaturePtr feature{ layer->GetNextFeature() } )
        {
          if ( ++scanned % 1000 == 0 && !secondPass( step ) )
          {
            dataset->RollbackTransaction();
            return abort( cancelled );
          }
          // a layer without geometry (tables of a model) cannot be filtered: it goes whole
          if ( area.isSet() && spatial && !area.inside( feature->GetGeometryRef() ) )
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
        if ( !secondPass( tr( "reading table %1" ).arg( table ) ) )
          return abort( cancelled );
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
        if ( ++scanned % 1000 == 0 && !secondPass( tr( "recording the values at checkout" ) ) )
          return abort( cancelled );
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
      const QString recorded = options.recordedSource.isEmpty() ? source : options.recordedSource;
      const QString storedSource =
          SqlConnection::isPostgres( recorded ) ? withoutPasswordKeyword( recorded ) : QFileInfo( recorded ).absoluteFilePath();
      const QString insertMeta = QStringLiteral( "INSERT INTO %1 (key, value) VALUES (?, ?)" ).arg( kMetaTable );
      // the role that read the server: with communes as tenants another role sees other rows
      QString role;
      if ( SqlConnection::isPostgres( source ) )
      {
        std::unique_ptr<SqlConnection> server = SqlConnection::open( source, SqlConnection::Mode::ReadOnlyShared, &error );
        if ( !server )
          return abort( error );
        role = server->roleName();
      }
      if ( !role.isEmpty() && !db->execute( insertMeta, { QStringLiteral( "role" ), role }, &error ) )
        return abort( error );
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
    if ( !secondPass( tr( "compacting" ) ) )
    {
      db.reset();
      return abort( cancelled );
    }
    db->execute( QStringLiteral( "VACUUM" ) );
    db.reset();
    progress.report( tr( "done" ), progress.total(), false );
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

  bool TerritoryCheckout::resolveConflict( const QString &checkoutPath, const QString &table, const QString &key, const QString &field,
                                           ConflictSide side, QString *errorMessage, const QString &sourceOverride )
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
    const QString source = sourceOverride.isEmpty() ? withoutQgisKeywords( storedSource ) : sourceOverride;
    if ( !SqlConnection::isPostgres( source ) && !QFileInfo::exists( source ) )
      return fail( tr( "the source of the checkout, %1, is gone (moved or deleted); nothing was changed" ).arg( displayPath( source ) ) );
    std::unique_ptr<SqlConnection> localDb = SqlConnection::open( checkoutPath, SqlConnection::Mode::ReadOnlyShared, &error );
    if ( !localDb )
      return fail( error );
    std::unique_ptr<SqlConnection> serverDb = SqlConnection::open( source, SqlConnection::Mode::ReadOnlyShared, &error );
    if ( !serverDb )
      return fail( tr( "cannot open the source of the checkout, %1: %2; nothing was changed" ).arg( displayPath( source ), error ) );
    const QString place = tr( "%1, table %2, key %3" ).arg( QDir::toNativeSeparators( checkoutPath ), table, key );

    // a layer (registered as such in the GeoPackage) or a synchronised plain table
    QList<SqlConnection::Row> rows;
    if ( !localDb->query( QStringLiteral( "SELECT count(*) FROM gpkg_contents WHERE table_name = ?" ), { table }, &rows, &error ) )
      return fail( tr( "%1: %2" ).arg( QDir::toNativeSeparators( checkoutPath ), error ) );
    const bool layer = !rows.isEmpty() && rows.constFirst().value( 0 ).toLongLong() > 0 && !isSyncedTable( table );
    const bool plain = !layer && isSyncedTable( table ) && localDb->hasTable( table );
    if ( !layer && !plain )
      return fail( tr( "%1: no layer or synchronised table %2 in this offline copy; nothing was changed" )
                       .arg( QDir::toNativeSeparators( checkoutPath ), table ) );

    store::DatasetPtr localSet( GDALDataset::FromHandle(
        GDALOpenEx( store::gdalPath( checkoutPath ).constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr ) ) );
    if ( !localSet )
      return fail( tr( "cannot open %1 for writing; nothing was changed" ).arg( QDir::toNativeSeparators( checkoutPath ) ) );

    // the row on the three sides: at checkout (base), offline, on the server
    QString rowKey;
    QJsonArray keyValues;
    QStringList keyNames;
    qint64 fid = -1;
    bool hasBase = false, hasLocal = false, hasServer = false;
    QJsonObject b, l, s;
    auto readBase = [&]( const QString &candidate, QJsonObject *row )
    {
      QList<SqlConnection::Row> found;
      if ( !localDb->query( QStringLiteral( "SELECT row FROM %1 WHERE table_name = ? AND row_key = ?" ).arg( kBaseTable ),
                            { table, candidate }, &found, &error ) )
        return false;
      if ( !found.isEmpty() )
      {
        *row = QJsonDocument::fromJson( found.constFirst().value( 0 ).toString().toUtf8() ).object();
        hasBase = true;
      }
      return true;
    };
    if ( layer )
    {
      bool ok = false;
      fid = key.trimmed().toLongLong( &ok );
      if ( !ok )
        return fail( tr( "%1: a feature of a layer is named by its fid (an integer); nothing was changed" ).arg( place ) );
      rowKey = QString::number( fid );
      if ( !readBase( rowKey, &b ) )
        return fail( tr( "%1: %2" ).arg( place, error ) );
      OGRLayer *localLayer = localSet->GetLayerByName( table.toUtf8().constData() );
      if ( !localLayer )
        return fail( tr( "%1: the layer cannot be opened; nothing was changed" ).arg( place ) );
      if ( store::FeaturePtr feature{ localLayer->GetFeature( fid ) } )
      {
        l = canonicalFeature( feature.get() );
        hasLocal = true;
      }
      store::DatasetPtr serverSet( GDALDataset::FromHandle(
          GDALOpenEx( store::gdalPath( source ).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) ) );
      OGRLayer *serverLayer = serverSet ? serverSet->GetLayerByName( table.toUtf8().constData() ) : nullptr;
      if ( !serverLayer )
        return fail( tr( "%1: cannot read layer %2 on %3; nothing was changed" ).arg( place, table, displayPath( source ) ) );
      QMap<qint64, QJsonObject> serverRows;
      if ( !readFeatures( serverLayer, { fid }, &serverRows, &error ) )
        return fail( tr( "%1: %2; nothing was changed" ).arg( place, error ) );
      hasServer = serverRows.contains( fid );
      s = serverRows.value( fid );
    }
    else
    {
      if ( !primaryKey( *localDb, table, &keyNames, &error ) || keyNames.isEmpty() )
        return fail( tr( "%1: the table has no primary key%2; nothing was changed" )
                         .arg( place, error.isEmpty() ? QString() : QStringLiteral( " (%1)" ).arg( error ) ) );
      // the key as typed: one value, or a JSON array of values for a key of several columns
      QStringList wanted;
      const QJsonDocument parsed = QJsonDocument::fromJson( key.toUtf8() );
      if ( key.trimmed().startsWith( QLatin1Char( '[' ) ) && parsed.isArray() )
      {
        for ( const QJsonValue &value : parsed.array() )
          wanted << ( value.isDouble() ? QString::number( value.toDouble(), 'g', 17 ) : value.toString() );
      }
      else
        wanted << key;
      if ( wanted.size() != keyNames.size() )
        return fail( tr( "%1: the key of %2 has %3 columns (%4): give a JSON array of %3 values; nothing was changed" )
                         .arg( place, table )
                         .arg( keyNames.size() )
                         .arg( keyNames.join( QStringLiteral( ", " ) ) ) );
      Rows localRows, serverRows;
      if ( !readTable( *localDb, table, keyNames, &localRows, &error ) || !readTable( *serverDb, table, keyNames, &serverRows, &error ) )
        return fail( tr( "%1: %2; nothing was changed" ).arg( place, error ) );
      QStringList candidates = localRows.keys() + serverRows.keys();
      if ( !localDb->query( QStringLiteral( "SELECT row_key FROM %1 WHERE table_name = ?" ).arg( kBaseTable ), { table }, &rows, &error ) )
        return fail( tr( "%1: %2" ).arg( place, error ) );
      for ( const SqlConnection::Row &row : std::as_const( rows ) )
        candidates << row.value( 0 ).toString();
      auto matches = [&]( const QString &candidate )
      {
        const QJsonArray values = QJsonDocument::fromJson( candidate.toUtf8() ).array();
        if ( values.size() != wanted.size() )
          return false;
        for ( int i = 0; i < values.size(); ++i )
        {
          const QString text = values.at( i ).toString();
          const QString payload = text.mid( 2 );
          bool numberOk = false, wantedOk = false;
          const double number = payload.toDouble( &numberOk );
          const double wantedNumber = wanted.at( i ).toDouble( &wantedOk );
          if ( !( payload == wanted.at( i ) ||
                  ( text.startsWith( QLatin1String( "n:" ) ) && numberOk && wantedOk && number == wantedNumber ) ) )
            return false;
        }
        return true;
      };
      for ( const QString &candidate : std::as_const( candidates ) )
      {
        if ( matches( candidate ) )
        {
          rowKey = candidate;
          break;
        }
      }
      if ( rowKey.isEmpty() )
        return fail( tr( "%1: no such row offline, on the server or at checkout; nothing was changed" ).arg( place ) );
      keyValues = QJsonDocument::fromJson( rowKey.toUtf8() ).array();
      hasLocal = localRows.contains( rowKey );
      l = localRows.value( rowKey );
      hasServer = serverRows.contains( rowKey );
      s = serverRows.value( rowKey );
      if ( !readBase( rowKey, &b ) )
        return fail( tr( "%1: %2" ).arg( place, error ) );
    }
    if ( !hasBase && !hasLocal && !hasServer )
      return fail( tr( "%1: no such feature offline, on the server or at checkout; nothing was changed" ).arg( place ) );

    auto makeOperation = [&]( Operation::Kind kind, const QJsonObject &values ) {
      return layer ? Operation{ kind, table, true, fid, {}, {}, values } : Operation{ kind, table, false, -1, keyValues, keyNames, values };
    };
    LocalPlan plan;
    if ( !field.isEmpty() )
    {
      // one field of a row on the three sides
      const QString column =
          field == QLatin1String( "geometry" ) && ( b.contains( kGeometryKey ) || l.contains( kGeometryKey ) ) ? kGeometryKey : field;
      if ( !hasBase || !hasLocal || !hasServer )
        return fail( tr( "%1: the row is not offline, on the server and at checkout all three: resolve the whole row (no field); "
                         "nothing was changed" )
                         .arg( place ) );
      if ( !b.contains( column ) && !l.contains( column ) && !s.contains( column ) )
        return fail( tr( "%1: no field %2; nothing was changed" ).arg( place, field ) );
      QJsonObject newBase = b;
      newBase.insert( column, s.value( column ) );
      if ( side == ConflictSide::Server )
        plan.operations << makeOperation( Operation::Update, QJsonObject{ { column, s.value( column ) } } );
      plan.base << BaseChange{ table, rowKey, false, newBase };
    }
    else
    {
      // the whole row: the base becomes the server's row (or its absence)
      plan.base << BaseChange{ table, rowKey, !hasServer, hasServer ? s : QJsonObject() };
      if ( side == ConflictSide::Server )
      {
        if ( hasServer )
          plan.operations << makeOperation( hasLocal ? Operation::Update : Operation::Insert, s );
        else if ( hasLocal )
          plan.operations << makeOperation( Operation::Delete, QJsonObject() );
      }
    }
    if ( !applyLocalPlan( localSet.get(), *localDb, plan, QString(), std::function<bool()>(), &error ) )
      return fail( tr( "%1: %2; nothing was changed" ).arg( place, error ) );
    logMessage( LogLevel::Info, kTopic,
                side == ConflictSide::Offline ? tr( "%1%2: the offline value is kept, the next sync sends it" )
                                                    .arg( place, field.isEmpty() ? QString() : QStringLiteral( ", %1" ).arg( field ) )
                                              : tr( "%1%2: the server's value was written offline" )
                                                    .arg( place, field.isEmpty() ? QString() : QStringLiteral( ", %1" ).arg( field ) ) );
    return true;
  }

  bool TerritoryCheckout::hasPendingSync( const QString &checkoutPath )
  {
    std::unique_ptr<SqlConnection> db =
        QFileInfo::exists( checkoutPath ) ? SqlConnection::open( checkoutPath, SqlConnection::Mode::ReadOnlyShared ) : nullptr;
    if ( !db || !db->hasTable( kPendingTable ) )
      return false;
    QList<SqlConnection::Row> rows;
    return db->query( QStringLiteral( "SELECT count(*) FROM %1" ).arg( kPendingTable ), QVariantList(), &rows ) && !rows.isEmpty() &&
           rows.constFirst().value( 0 ).toLongLong() > 0;
  }

  bool TerritoryCheckout::sync( const QString &checkoutPath, const QList<DomainPlugin *> &plugins, bool dryRun, SyncReport *report,
                                QString *errorMessage, const QMap<QString, RowMerger> &mergers, const QString &sourceOverride )
  {
    SyncOptions options;
    options.dryRun = dryRun;
    options.mergers = mergers;
    options.sourceOverride = sourceOverride;
    return sync( checkoutPath, plugins, options, report, errorMessage );
  }

  bool TerritoryCheckout::sync( const QString &checkoutPath, const QList<DomainPlugin *> &plugins, const SyncOptions &options,
                                SyncReport *report, QString *errorMessage )
  {
    store::ensureGdal();
    const bool dryRun = options.dryRun;
    const QMap<QString, RowMerger> &mergers = options.mergers;
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
    const QString source = options.sourceOverride.isEmpty() ? withoutQgisKeywords( storedSource ) : options.sourceOverride;
    const bool postgres = SqlConnection::isPostgres( source );
    SyncReport start;
    start.source = displayPath( source );
    start.dryRun = dryRun;

    // ---- both sides: the server read-write (it must be there), the checkout read-write
    if ( !postgres && !QFileInfo::exists( source ) )
      return fail( tr( "the source of the checkout, %1, is gone (moved or deleted); nothing was changed" ).arg( displayPath( source ) ) );
    // schemas first, read-only: opening read-write would migrate either side. These two connections hold no lock; they read
    // the plain tables, and the server's one reads them again during the write (it sees the last committed rows).
    std::unique_ptr<SqlConnection> localDb = SqlConnection::open( checkoutPath, SqlConnection::Mode::ReadOnlyShared, &error );
    if ( !localDb )
      return fail( error );
    std::unique_ptr<SqlConnection> serverDb = SqlConnection::open( source, SqlConnection::Mode::ReadOnlyShared, &error );
    if ( !serverDb )
      return fail( tr( "cannot open the source of the checkout, %1: %2; nothing was changed" ).arg( displayPath( source ), error ) );
    {
      // the sync takes the server's rows it reads for the truth: a role that sees other rows (row-level
      // security of communes as tenants) would take the features it cannot see as deleted on the server
      QMap<QString, QString> meta;
      if ( !readMeta( *localDb, checkoutPath, &meta, &error ) )
        return fail( error );
      const QString takenAs = meta.value( QStringLiteral( "role" ) );
      const QString role = serverDb->roleName();
      if ( !takenAs.isEmpty() && !role.isEmpty() && role != takenAs )
        return fail( tr( "the checkout was taken as role %1 and this connection acts as role %2: another role may see other "
                         "features of the server (communes as tenants), so synchronise as %1; nothing was changed" )
                         .arg( takenAs, role ) );
    }
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
    QMap<QString, QString> meta;
    if ( !readMeta( *localDb, checkoutPath, &meta, &error ) )
      return fail( error );
    const QJsonObject filterJson = QJsonDocument::fromJson( meta.value( QStringLiteral( "filter" ) ).toUtf8() ).object();
    std::unique_ptr<Territory> server = Territory::open( source, plugins, Territory::Mode::ReadWrite, &error );
    if ( !server )
      return fail( tr( "cannot open the source of the checkout, %1: %2; nothing was changed" ).arg( displayPath( source ), error ) );
    std::unique_ptr<Territory> local = Territory::open( checkoutPath, plugins, Territory::Mode::ReadWrite, &error );
    if ( !local )
      return fail( error );
    GDALDataset *serverSet = server->dataset();
    GDALDataset *localSet = local->dataset();

    // ---- an interrupted sync first: the server says whether it committed; finished if so, dropped if not
    if ( localDb->hasTable( kPendingTable ) )
    {
      QList<SqlConnection::Row> pending;
      if ( !localDb->query( QStringLiteral( "SELECT sync_id, server_txid, plan FROM %1 ORDER BY created" ).arg( kPendingTable ),
                            QVariantList(), &pending, &error ) )
        return fail( tr( "%1: %2" ).arg( QDir::toNativeSeparators( checkoutPath ), error ) );
      for ( const SqlConnection::Row &row : std::as_const( pending ) )
      {
        const QString syncId = row.value( 0 ).toString();
        bool committed = false;
        QList<SqlConnection::Row> status;
        if ( postgres )
        {
          if ( !serverDb->query( QStringLiteral( "SELECT txid_status(?::bigint)" ), { row.value( 1 ).toString() }, &status, &error ) ||
               status.isEmpty() )
            return fail( tr( "%1: cannot tell whether the interrupted sync %2 reached the server: %3; nothing was changed" )
                             .arg( displayPath( source ), syncId, error ) );
          const QVariant state = status.constFirst().value( 0 );
          if ( state.isNull() )
            return fail( tr( "%1 no longer knows whether the interrupted sync %2 was committed (too old): check out again; "
                             "nothing was changed" )
                             .arg( displayPath( source ), syncId ) );
          if ( state.toString() == QLatin1String( "in progress" ) )
            return fail( tr( "an earlier sync of this checkout (%1) is still being committed on %2: try again in a moment; "
                             "nothing was changed" )
                             .arg( syncId, displayPath( source ) ) );
          committed = state.toString() == QLatin1String( "committed" );
        }
        else
        {
          if ( !serverDb->query( QStringLiteral( "SELECT value FROM vigie_territory WHERE key = ?" ), { QString( kMarkerPrefix + syncId ) },
                                 &status, &error ) )
            return fail( tr( "%1: %2; nothing was changed" ).arg( displayPath( source ), error ) );
          committed = !status.isEmpty();
        }
        if ( committed )
        {
          LocalPlan plan;
          if ( !planFromJson( row.value( 2 ).toString().toUtf8(), &plan ) )
            return fail( tr( "%1: the interrupted sync %2 cannot be read: check out again" )
                             .arg( QDir::toNativeSeparators( checkoutPath ), syncId ) );
          if ( !applyLocalPlan( localSet, *localDb, plan, syncId, std::function<bool()>(), &error ) )
            return fail(
                tr( "%1: cannot finish the interrupted sync %2: %3" ).arg( QDir::toNativeSeparators( checkoutPath ), syncId, error ) );
          start.finishedPending = true;
          logMessage( LogLevel::Info, kTopic,
                      tr( "%1: finished the interrupted sync %2 (committed on %3)" )
                          .arg( QDir::toNativeSeparators( checkoutPath ), syncId, displayPath( source ) ) );
          if ( !postgres )
            executeSql(
                serverSet,
                QStringLiteral( "DELETE FROM vigie_territory WHERE key = %1" )
                    .arg( sqlLiteral( QString( QStringLiteral( "t:" ) + kMarkerPrefix + syncId ), SqlConnection::Dialect::Sqlite ) ),
                &error );
        }
        else if ( !executeSql(
                      localSet,
                      QStringLiteral( "DELETE FROM %1 WHERE sync_id = %2" )
                          .arg( kPendingTable, sqlLiteral( QString( QStringLiteral( "t:" ) + syncId ), SqlConnection::Dialect::Sqlite ) ),
                      &error ) )
          return fail( tr( "%1: %2" ).arg( QDir::toNativeSeparators( checkoutPath ), error ) );
      }
    }

    // the checkout's area: the features new on the server that meet it are brought in
    std::unique_ptr<OGRGeometry> areaGeometry;
    if ( !filterArea( localSet, filterJson, &areaGeometry ) && !filterArea( serverSet, filterJson, &areaGeometry ) )
      return fail( tr( "%1: no commune with code %2 in territory:communes; nothing was changed" )
                       .arg( displayPath( source ), filterJson.value( QStringLiteral( "commune" ) ).toString() ) );
    const AreaTest area( std::move( areaGeometry ) );

    // the progress: 1000 units per layer and per plain table read, 1000 for the writes
    ProgressReporter progress( options.progress );
    const QString cancelled = tr( "cancelled; nothing was changed" );
    {
      QSet<QString> tables;
      for ( const LayerSchema &schema : local->layers() )
        tables.insert( schema.tableName() );
      progress.setTotal( 1000 * ( tables.size() + plainSyncedTables( *localDb, tables ).size() + 1 ) );
    }
    qint64 tablesRead = 0;
    if ( !progress.report( tr( "reading the values at checkout" ), 0 ) )
      return fail( cancelled );

    for ( int attempt = 0;; ++attempt )
    {
      tablesRead = 0;
      SyncReport done = start;
      done.retries = attempt;

      // ---- the base snapshot
      QMap<QString, Rows> base;
      {
        QList<SqlConnection::Row> rows;
        if ( !localDb->query( QStringLiteral( "SELECT table_name, row_key, row FROM %1" ).arg( kBaseTable ), QVariantList(), &rows,
                              &error ) )
          return fail( error );
        for ( const SqlConnection::Row &row : std::as_const( rows ) )
          base[row.value( 0 ).toString()].insert( row.value( 1 ).toString(),
                                                  QJsonDocument::fromJson( row.value( 2 ).toString().toUtf8() ).object() );
      }

      QList<Operation> serverOps;
      QList<Operation> localOps;
      QList<BaseChange> baseChanges;
      QList<int> insertOps; //!< indexes in serverOps of new layer features (fid mapping)
      QList<Expectation> expectations;

      // ---- asset layers
      QElapsedTimer planTimer;
      planTimer.start();
      QElapsedTimer scanTimer;
      qint64 scanMs = 0; //!< the search for features new on the server
      QSet<QString> layerTables;
      for ( const LayerSchema &schema : local->layers() )
      {
        const QString table = schema.tableName();
        layerTables.insert( table );
        OGRLayer *localLayer = localSet->GetLayerByName( table.toUtf8().constData() );
        OGRLayer *serverLayer = serverSet->GetLayerByName( table.toUtf8().constData() );
        if ( !localLayer )
          continue;
        if ( !serverLayer )
          return fail( tr( "%1 has no layer table %2; nothing was changed" ).arg( displayPath( source ), table ) );
        const Rows &baseRows = base.value( table );
        const QString step = tr( "comparing layer %1" ).arg( table );
        const qint64 unit = 1000 * tablesRead++;
        if ( !progress.report( step, unit ) )
          return fail( cancelled );
        QMap<qint64, QJsonObject> localRows;
        localLayer->ResetReading();
        while ( store::FeaturePtr feature{ localLayer->GetNextFeature() } )
          localRows.insert( feature->GetFID(), canonicalFeature( feature.get() ) );
        // the server's rows of the base, and those new in the area (or moved into it) since
        QMap<qint64, QJsonObject> serverRows;
        QList<qint64> baseFids;
        for ( auto it = baseRows.constBegin(); it != baseRows.constEnd(); ++it )
          baseFids << it.key().toLongLong();
        QList<qint64> newFids;
        QMap<qint64, QJsonObject> newRows;
        if ( !readFeatures( serverLayer, baseFids, &serverRows, &error,
                            [&]( int read, int count ) { return progress.report( step, unit + 100 + 500LL * read / qMax( count, 1 ) ); } ) )
          return fail( progress.isCancelled() ? cancelled
                                              : tr( "%1, layer %2: %3; nothing was changed" ).arg( displayPath( source ), table, error ) );
        if ( !progress.report( step, unit + 600 ) )
          return fail( cancelled );
        scanTimer.start();
        if ( !unknownFeatureIds( serverLayer, area, baseRows, &newFids, &error ) ||
             !readFeatures( serverLayer, newFids, &newRows, &error,
                            [&]( int read, int count ) { return progress.report( step, unit + 900 + 100LL * read / qMax( count, 1 ) ); } ) )
          return fail( progress.isCancelled() ? cancelled
                                              : tr( "%1, layer %2: %3; nothing was changed" ).arg( displayPath( source ), table, error ) );
        scanMs += scanTimer.elapsed();
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
          {
            deletedOnOneSide( serverEdited, QStringLiteral( "deleted-locally-edited-on-server" ), QStringLiteral( "server" ), serverRow,
                              serverOps, done.deleted );
            if ( !serverEdited )
              expectations << Expectation{ table, true, fid, {}, {}, true, serverRow };
          }
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
              expectations << Expectation{ table, true, fid, {}, {}, true, serverRow };
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
        // new on the server inside the area: added offline with the server's fid (a new offline feature holding that fid
        // is renumbered first: it gets the fid the server gives it when it is inserted there)
        for ( auto it = newRows.constBegin(); it != newRows.constEnd(); ++it )
        {
          localOps << Operation{ Operation::Insert, table, true, it.key(), {}, {}, it.value() };
          baseChanges << BaseChange{ table, QString::number( it.key() ), false, it.value() };
          ++done.pulled;
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
        if ( !progress.report( tr( "comparing table %1" ).arg( table ), 1000 * tablesRead++ ) )
          return fail( cancelled );
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
          {
            // what the server's row must still be when it is written (absent for an insert)
            expectations << Expectation{ table, false, -1, keyValues, key, kind != Operation::Insert, s };
            return Operation{ kind, table, false, -1, keyValues, key, values };
          };
          auto localOp = [&]( Operation::Kind kind, const QJsonObject &values )
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
              localOps << localOp( Operation::Insert, s );
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
              localOps << localOp( Operation::Delete, {} );
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
              localOps << localOp( Operation::Update, toLocal );
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
              localOps << localOp( Operation::Update, merge.toLocal );
              ++done.refreshed;
            }
            if ( merge.newBase != b )
              baseChanges << BaseChange{ table, rowKey, false, merge.newBase };
          }
        }
      }
      logMessage( LogLevel::Debug, kTopic,
                  QStringLiteral( "sync %1: plan in %2 ms, of which %3 ms to find the features new on the server" )
                      .arg( QDir::toNativeSeparators( checkoutPath ) )
                      .arg( planTimer.elapsed() )
                      .arg( scanMs ) );
      if ( options.afterServerRead )
        options.afterServerRead( attempt );
      const QString writing = tr( "writing" );
      const qint64 writeUnit = progress.total() - 1000;
      if ( !progress.report( writing, writeUnit ) )
        return fail( cancelled );

      if ( dryRun || ( serverOps.isEmpty() && localOps.isEmpty() && baseChanges.isEmpty() ) )
      {
        progress.report( tr( "done" ), progress.total(), false );
        if ( report )
          *report = done;
        return true;
      }

      // ---- the server: ONE transaction, all or nothing; the rows to write locked and read again first
      LocalPlan plan;
      plan.operations = localOps;
      plan.base = baseChanges;
      if ( serverOps.isEmpty() )
      {
        // the checkout alone changes: no server transaction, nothing pending
        if ( !applyLocalPlan( localSet, *localDb, plan, QString(), options.beforeLocalCommit, &error ) )
          return fail( tr( "%1 could not be updated: %2" ).arg( QDir::toNativeSeparators( checkoutPath ), error ) );
        progress.report( tr( "done" ), progress.total(), false );
        if ( report )
          *report = done;
        return true;
      }
      if ( serverSet->StartTransaction() != OGRERR_NONE )
        return fail( tr( "%1: cannot start a transaction; nothing was changed" ).arg( displayPath( source ) ) );
      auto serverFail = [&]( const QString &message )
      {
        serverSet->RollbackTransaction();
        return fail( tr( "%1: %2; nothing was changed" ).arg( displayPath( source ), message ) );
      };
      bool unchanged = true;
      if ( !lockAndRecheck( serverSet, *serverDb, expectations, &unchanged, &error ) )
        return serverFail( error );
      if ( !unchanged )
      {
        serverSet->RollbackTransaction();
        if ( attempt >= 4 )
          return fail( tr( "%1: the rows to write kept changing on the server during the sync; nothing was changed; try again" )
                           .arg( displayPath( source ) ) );
        logMessage( LogLevel::Info, kTopic,
                    tr( "%1: rows changed on the server while synchronising %2; planning again" )
                        .arg( displayPath( source ), QDir::toNativeSeparators( checkoutPath ) ) );
        continue;
      }
      QMap<QPair<QString, qint64>, qint64> fidMap;
      int applied = 0;
      for ( const Operation &operation : std::as_const( serverOps ) )
      {
        if ( ++applied % 500 == 0 && !progress.report( writing, writeUnit + 800LL * applied / serverOps.size() ) )
        {
          serverSet->RollbackTransaction();
          return fail( cancelled );
        }
        qint64 newFid = -1;
        if ( !apply( serverSet, serverDb->dialect(), *serverDb, operation, &newFid, &error ) )
          return serverFail( error );
        if ( operation.kind == Operation::Insert && operation.layer )
          fidMap.insert( { operation.table, static_cast<qint64>( operation.key.at( 0 ).toDouble() ) }, newFid );
      }
      for ( int index : std::as_const( insertOps ) )
      {
        const Operation &inserted = serverOps.at( index );
        const qint64 newFid = fidMap.value( { inserted.table, static_cast<qint64>( inserted.key.at( 0 ).toDouble() ) } );
        plan.renumber << Operation{ Operation::Insert, inserted.table, true, newFid, inserted.key, {}, inserted.values };
        plan.base << BaseChange{ inserted.table, QString::number( newFid ), false, inserted.values };
      }
      for ( auto it = fidMap.constBegin(); it != fidMap.constEnd(); ++it )
      {
        QJsonObject mapping;
        mapping.insert( QStringLiteral( "table" ), it.key().first );
        mapping.insert( QStringLiteral( "local" ), it.key().second );
        mapping.insert( QStringLiteral( "server" ), it.value() );
        done.newIds.append( mapping );
      }

      // what tells the next sync whether this transaction committed: its id (PostgreSQL), a marker row (GeoPackage)
      const QString syncId = QStringLiteral( "%1-%2" )
                                 .arg( QDateTime::currentDateTimeUtc().toString( QStringLiteral( "yyyyMMddThhmmsszzz" ) ) )
                                 .arg( QCoreApplication::applicationPid() );
      QString serverTxid;
      if ( postgres )
      {
        GdalErrorCapture capture;
        OGRLayer *result = serverSet->ExecuteSQL( "SELECT txid_current()::text AS xid", nullptr, nullptr );
        if ( result )
        {
          store::FeaturePtr feature( result->GetNextFeature() );
          if ( feature )
            serverTxid = QString::fromUtf8( feature->GetFieldAsString( 0 ) );
          feature.reset();
          serverSet->ReleaseResultSet( result );
        }
        if ( serverTxid.isEmpty() )
          return serverFail( tr( "cannot read the transaction id: %1" ).arg( capture.lastMessage() ) );
      }
      else if ( !executeSql(
                    serverSet,
                    QStringLiteral( "INSERT INTO vigie_territory (key, value) VALUES (%1, %2)" )
                        .arg( sqlLiteral( QString( QStringLiteral( "t:" ) + kMarkerPrefix + syncId ), SqlConnection::Dialect::Sqlite ),
                              sqlLiteral( QString( QStringLiteral( "t:" ) + QDir::toNativeSeparators( checkoutPath ) ),
                                          SqlConnection::Dialect::Sqlite ) ),
                    &error ) )
        return serverFail( error );

      // the last moment to cancel: after this, the sync goes on to its end
      if ( !progress.report( writing, writeUnit + 850 ) )
      {
        serverSet->RollbackTransaction();
        return fail( cancelled );
      }
      // the checkout's update, pending, in the checkout's own transaction BEFORE the server commit
      {
        std::unique_ptr<SqlConnection> pendingDb = SqlConnection::open( checkoutPath, SqlConnection::Mode::ReadWrite, &error );
        if ( !pendingDb )
          return serverFail( error );
        SqlTransaction transaction( *pendingDb );
        if ( !transaction.begin( &error ) ||
             !pendingDb->execute( QStringLiteral( "CREATE TABLE IF NOT EXISTS %1 (sync_id TEXT PRIMARY KEY NOT NULL, server_txid TEXT, "
                                                  "plan TEXT NOT NULL, created TEXT NOT NULL)" )
                                      .arg( kPendingTable ),
                                  QVariantList(), &error ) ||
             !pendingDb->execute(
                 QStringLiteral( "INSERT INTO %1 (sync_id, server_txid, plan, created) VALUES (?, ?, ?, ?)" ).arg( kPendingTable ),
                 { syncId, serverTxid, QString::fromUtf8( planJson( plan ) ),
                   QDateTime::currentDateTimeUtc().toString( Qt::ISODateWithMs ) },
                 &error ) ||
             !transaction.commit( &error ) )
          return serverFail( tr( "cannot record the sync in the checkout %1: %2" ).arg( QDir::toNativeSeparators( checkoutPath ), error ) );
      }
      if ( ( options.beforeServerCommit && !options.beforeServerCommit() ) || serverSet->CommitTransaction() != OGRERR_NONE )
      {
        // the pending record stays: the next sync asks the server whether this transaction committed, and drops it if not
        serverSet->RollbackTransaction();
        return fail( tr( "%1: cannot commit; nothing was changed" ).arg( displayPath( source ) ) );
      }

      // ---- the checkout: refreshed, new features renumbered, base moved on, the pending record removed: one transaction
      if ( !applyLocalPlan( localSet, *localDb, plan, syncId, options.beforeLocalCommit, &error ) )
        return fail( tr( "%1 was updated, but the checkout %2 not yet (%3): the next territory sync finishes it, with nothing applied "
                         "twice" )
                         .arg( displayPath( source ), QDir::toNativeSeparators( checkoutPath ), error ) );
      if ( !postgres )
        executeSql( serverSet,
                    QStringLiteral( "DELETE FROM vigie_territory WHERE key = %1" )
                        .arg( sqlLiteral( QString( QStringLiteral( "t:" ) + kMarkerPrefix + syncId ), SqlConnection::Dialect::Sqlite ) ),
                    &error );
      logMessage( LogLevel::Info, kTopic,
                  tr( "synchronised %1 with %2: %3 updated, %4 inserted, %5 deleted, %6 refreshed, %7 added from the server, %8 conflicts" )
                      .arg( QDir::toNativeSeparators( checkoutPath ), displayPath( source ) )
                      .arg( done.updated )
                      .arg( done.inserted )
                      .arg( done.deleted )
                      .arg( done.refreshed )
                      .arg( done.pulled )
                      .arg( done.conflicts.size() ) );
      progress.report( tr( "done" ), progress.total(), false );
      if ( report )
        *report = done;
      return true;
    }
  }
} // namespace vigie
