// SPDX-License-Identifier: GPL-2.0-or-later
#include "territorycopy.h"

#include "log.h"
#include "sqlconnection.h"
#include "storeutil.h"
#include "territory.h"
#include "territorytenants.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace vigie
{
  using store::displayPath;
  using store::GdalErrorCapture;

  namespace
  {
    const QString kTopic = QStringLiteral( "store" );

    //! Tables of the GeoPackage, SQLite, GDAL or PostGIS machinery: never copied as data.
    bool isSystemTable( const QString &name )
    {
      static const QStringList prefixes{ QStringLiteral( "gpkg_" ), QStringLiteral( "rtree_" ), QStringLiteral( "sqlite_" ),
                                         QStringLiteral( "ogr_" ) };
      static const QStringList names{ QStringLiteral( "spatial_ref_sys" ), QStringLiteral( "geometry_columns" ),
                                      QStringLiteral( "geography_columns" ), QStringLiteral( "raster_columns" ),
                                      QStringLiteral( "raster_overviews" ) };
      for ( const QString &prefix : prefixes )
      {
        if ( name.startsWith( prefix ) )
          return true;
      }
      return names.contains( name );
    }

    enum class ColumnKind
    {
      Integer,
      Real,
      Text,
      Blob
    };

    struct Column
    {
      QString name;
      ColumnKind kind = ColumnKind::Text;
      bool notNull = false;
      QString defaultValue; //!< a literal (number or quoted string), else empty
    };

    //! A plain table, described in dialect-neutral terms.
    struct TableDefinition
    {
      QString name;
      QList<Column> columns;
      QStringList primaryKey;
      bool autoKey = false; //!< the single integer key is filled by the database
      QStringList indexes;  //!< CREATE INDEX statements, in the destination dialect
    };

    ColumnKind sqliteKind( const QString &declared )
    {
      // SQLite's affinity rules (section 3.1 of "Datatypes In SQLite")
      const QString type = declared.toUpper();
      if ( type.contains( QLatin1String( "INT" ) ) )
        return ColumnKind::Integer;
      if ( type.contains( QLatin1String( "CHAR" ) ) || type.contains( QLatin1String( "CLOB" ) ) ||
           type.contains( QLatin1String( "TEXT" ) ) )
        return ColumnKind::Text;
      if ( type.isEmpty() || type.contains( QLatin1String( "BLOB" ) ) )
        return ColumnKind::Blob;
      if ( type.contains( QLatin1String( "REAL" ) ) || type.contains( QLatin1String( "FLOA" ) ) ||
           type.contains( QLatin1String( "DOUB" ) ) )
        return ColumnKind::Real;
      return ColumnKind::Text;
    }

    ColumnKind postgresKind( const QString &dataType )
    {
      static const QStringList integers{ QStringLiteral( "bigint" ), QStringLiteral( "integer" ), QStringLiteral( "smallint" ),
                                         QStringLiteral( "boolean" ) };
      static const QStringList reals{ QStringLiteral( "double precision" ), QStringLiteral( "real" ), QStringLiteral( "numeric" ) };
      if ( integers.contains( dataType ) )
        return ColumnKind::Integer;
      if ( reals.contains( dataType ) )
        return ColumnKind::Real;
      if ( dataType == QLatin1String( "bytea" ) )
        return ColumnKind::Blob;
      return ColumnKind::Text;
    }

    //! A default that is a plain literal (kept), else empty (expressions and sequences are not copied).
    QString literalDefault( const QString &value )
    {
      static const QRegularExpression literal( QStringLiteral( "^(-?[0-9]+(\\.[0-9]+)?|'([^']|'')*')(::[a-z ]+)?$" ) );
      const QRegularExpressionMatch match = literal.match( value.trimmed() );
      return match.hasMatch() ? match.captured( 1 ) : QString();
    }

    //! Rewrites an index definition of \a from for \a to; empty when it cannot be expressed there.
    QString translateIndex( const QString &sql, SqlConnection::Dialect from, SqlConnection::Dialect to )
    {
      if ( from == to )
        return sql;
      if ( from == SqlConnection::Dialect::Sqlite )
        return sql.contains( QLatin1String( " WHERE " ), Qt::CaseInsensitive ) ? QString() : sql;
      // "CREATE [UNIQUE] INDEX name ON public.t USING btree (a, b)"
      static const QRegularExpression definition(
          QStringLiteral( "^CREATE (UNIQUE )?INDEX (\\S+) ON (\\S+\\.)?(\\S+) USING btree \\(([^()]*)\\)$" ) );
      const QRegularExpressionMatch match = definition.match( sql.trimmed() );
      if ( !match.hasMatch() )
        return QString();
      return QStringLiteral( "CREATE %1INDEX %2 ON %3 (%4)" )
          .arg( match.captured( 1 ), match.captured( 2 ), match.captured( 4 ), match.captured( 5 ) );
    }

    bool describeTable( SqlConnection &db, const QString &table, SqlConnection::Dialect target, TableDefinition *definition,
                        QString *error )
    {
      definition->name = table;
      QList<SqlConnection::Row> rows;
      const QString quoted = SqlConnection::quoteIdentifier( table );
      if ( db.dialect() == SqlConnection::Dialect::Sqlite )
      {
        if ( !db.query( QStringLiteral( "PRAGMA table_info(%1)" ).arg( quoted ), QVariantList(), &rows, error ) )
          return false;
        QMap<int, QString> key;
        QString keyType;
        for ( const SqlConnection::Row &row : std::as_const( rows ) )
        {
          Column column;
          column.name = row.value( 1 ).toString();
          column.kind = sqliteKind( row.value( 2 ).toString() );
          column.notNull = row.value( 3 ).toLongLong() != 0;
          column.defaultValue = literalDefault( row.value( 4 ).toString() );
          definition->columns << column;
          if ( row.value( 5 ).toLongLong() > 0 )
          {
            key.insert( static_cast<int>( row.value( 5 ).toLongLong() ), column.name );
            keyType = row.value( 2 ).toString();
          }
        }
        definition->primaryKey = key.values();
        // only "INTEGER PRIMARY KEY" is an alias of the rowid, filled by SQLite
        definition->autoKey = key.size() == 1 && keyType.compare( QLatin1String( "INTEGER" ), Qt::CaseInsensitive ) == 0;
        rows.clear();
        if ( !db.query( QStringLiteral( "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL" ),
                        { table }, &rows, error ) )
          return false;
      }
      else
      {
        if ( !db.query( QStringLiteral( "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns "
                                        "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position" ),
                        { table }, &rows, error ) )
          return false;
        bool sequence = false;
        for ( const SqlConnection::Row &row : std::as_const( rows ) )
        {
          Column column;
          column.name = db.portableColumnName( row.value( 0 ).toString() );
          column.kind = postgresKind( row.value( 1 ).toString() );
          column.notNull = row.value( 2 ).toString() == QLatin1String( "NO" );
          const QString defaultValue = row.value( 3 ).toString();
          sequence = sequence || defaultValue.startsWith( QLatin1String( "nextval(" ) );
          column.defaultValue = literalDefault( defaultValue );
          definition->columns << column;
        }
        rows.clear();
        if ( !db.query( QStringLiteral( "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                                        "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = ?::regclass AND i.indisprimary "
                                        "ORDER BY array_position(i.indkey::int2[], a.attnum)" ),
                        { quoted }, &rows, error ) )
          return false;
        for ( const SqlConnection::Row &row : std::as_const( rows ) )
          definition->primaryKey << db.portableColumnName( row.value( 0 ).toString() );
        definition->autoKey = sequence && definition->primaryKey.size() == 1;
        rows.clear();
        if ( !db.query( QStringLiteral( "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = ?::regclass "
                                        "AND NOT i.indisprimary" ),
                        { quoted }, &rows, error ) )
          return false;
      }
      for ( const SqlConnection::Row &row : std::as_const( rows ) )
      {
        const QString index = translateIndex( row.value( 0 ).toString(), db.dialect(), target );
        if ( index.isEmpty() )
          logMessage( LogLevel::Warning, kTopic,
                      QCoreApplication::translate( "vigie::store", "table %1: index not copied (no equivalent): %2" )
                          .arg( table, row.value( 0 ).toString() ) );
        else
          definition->indexes << index;
      }
      return true;
    }

    QString createTableSql( const TableDefinition &definition, SqlConnection &target )
    {
      const bool postgres = target.dialect() == SqlConnection::Dialect::Postgres;
      QStringList columns;
      for ( const Column &column : definition.columns )
      {
        QString type;
        const bool autoKey = definition.autoKey && definition.primaryKey.constFirst() == column.name;
        if ( autoKey )
          type = target.autoIncrementKey();
        else
        {
          switch ( column.kind )
          {
          case ColumnKind::Integer:
            type = postgres ? QStringLiteral( "BIGINT" ) : QStringLiteral( "INTEGER" );
            break;
          case ColumnKind::Real:
            type = target.realType();
            break;
          case ColumnKind::Text:
            type = QStringLiteral( "TEXT" );
            break;
          case ColumnKind::Blob:
            type = target.blobType();
            break;
          }
          if ( column.notNull )
            type += QStringLiteral( " NOT NULL" );
          if ( !column.defaultValue.isEmpty() )
            type += QStringLiteral( " DEFAULT " ) + column.defaultValue;
        }
        columns << SqlConnection::quoteIdentifier( target.columnName( column.name ) ) + QLatin1Char( ' ' ) + type;
      }
      if ( !definition.primaryKey.isEmpty() && !definition.autoKey )
      {
        QStringList key;
        for ( const QString &name : definition.primaryKey )
          key << SqlConnection::quoteIdentifier( target.columnName( name ) );
        columns << QStringLiteral( "PRIMARY KEY (%1)" ).arg( key.join( QStringLiteral( ", " ) ) );
      }
      return QStringLiteral( "CREATE TABLE %1 (%2)" )
          .arg( SqlConnection::quoteIdentifier( definition.name ), columns.join( QStringLiteral( ", " ) ) );
    }

    //! Base tables of the database (no views).
    bool baseTables( SqlConnection &db, QStringList *tables, QString *error )
    {
      const QString sql = db.dialect() == SqlConnection::Dialect::Sqlite
                              ? QStringLiteral( "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name" )
                              : QStringLiteral( "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                                "AND table_type = 'BASE TABLE' ORDER BY table_name" );
      QList<SqlConnection::Row> rows;
      if ( !db.query( sql, QVariantList(), &rows, error ) )
        return false;
      for ( const SqlConnection::Row &row : std::as_const( rows ) )
        tables->append( row.value( 0 ).toString() );
      return true;
    }

    //! Tables GDAL or the GeoPackage register as layers (with or without geometry).
    bool spatialTables( SqlConnection &db, QSet<QString> *tables, QString *error )
    {
      const QString sql = db.dialect() == SqlConnection::Dialect::Sqlite
                              ? QStringLiteral( "SELECT table_name FROM gpkg_contents WHERE data_type <> 'attributes'" )
                              : QStringLiteral( "SELECT f_table_name FROM geometry_columns WHERE f_table_schema = current_schema()" );
      QList<SqlConnection::Row> rows;
      if ( !db.query( sql, QVariantList(), &rows, error ) )
        return false;
      for ( const SqlConnection::Row &row : std::as_const( rows ) )
        tables->insert( row.value( 0 ).toString() );
      return true;
    }

    constexpr int kChunkRows = 10000;

    //! Reports progress; false when the caller cancels.
    class ProgressReporter
    {
    public:
      explicit ProgressReporter( const TerritoryCopy::Progress &callback ) : mCallback( callback ) {}
      bool step( const QString &text )
      {
        mState.step = text;
        return report();
      }
      bool advance( qint64 count )
      {
        mState.done += count;
        return report();
      }
      void setTotal( qint64 total ) { mState.total = total; }

    private:
      bool report()
      {
        if ( mCallback && !mCallback( mState ) )
          mCancelled = true;
        return !mCancelled;
      }
      TerritoryCopy::Progress mCallback;
      TerritoryCopyProgress mState;
      bool mCancelled = false;
    };

    QString cancelledMessage()
    {
      return QCoreApplication::translate( "vigie::store", "the copy was cancelled" );
    }

    //! Sets a GDAL configuration option for this thread while in scope (the previous value back after).
    class ScopedGdalOption
    {
    public:
      ScopedGdalOption( const char *key, const char *value ) : mKey( key )
      {
        const char *previous = CPLGetThreadLocalConfigOption( key, nullptr );
        mHadPrevious = previous != nullptr;
        if ( previous )
          mPrevious = previous;
        CPLSetThreadLocalConfigOption( key, value );
      }
      ~ScopedGdalOption() { CPLSetThreadLocalConfigOption( mKey, mHadPrevious ? mPrevious.constData() : nullptr ); }
      ScopedGdalOption( const ScopedGdalOption & ) = delete;
      ScopedGdalOption &operator=( const ScopedGdalOption & ) = delete;

    private:
      const char *mKey;
      QByteArray mPrevious;
      bool mHadPrevious = false;
    };

    //! Copies the features of one layer, fids included, in one transaction of \a to (COPY into PostgreSQL).
    bool copyLayer( GDALDataset *from, GDALDataset *to, const LayerSchema &schema, ProgressReporter &progress, qint64 *count,
                    QString *error )
    {
      GdalErrorCapture capture;
      const QByteArray table = schema.tableName().toUtf8();
      OGRLayer *in = from->GetLayerByName( table.constData() );
      OGRLayer *out = to->GetLayerByName( table.constData() );
      if ( !in || !out )
      {
        *error = QCoreApplication::translate( "vigie::store", "layer %1: table %2 is missing" )
                     .arg( schema.qualifiedName(), schema.tableName() );
        return false;
      }
      OGRFeatureDefn *inDefn = in->GetLayerDefn();
      OGRFeatureDefn *outDefn = out->GetLayerDefn();
      std::vector<int> map( static_cast<size_t>( inDefn->GetFieldCount() ), -1 );
      for ( int i = 0; i < inDefn->GetFieldCount(); ++i )
      {
        const char *name = inDefn->GetFieldDefn( i )->GetNameRef();
        // the tenant column of a PostGIS territory is derived from the geometry by the server's
        // trigger (`territory tenants`), not data: left out, set again where tenants are enabled
        if ( QString::fromUtf8( name ) == TerritoryTenants::communeColumn() && outDefn->GetFieldIndex( name ) < 0 )
          continue;
        map[static_cast<size_t>( i )] = outDefn->GetFieldIndex( name );
        if ( map[static_cast<size_t>( i )] < 0 )
        {
          *error = QCoreApplication::translate( "vigie::store", "layer %1: the destination has no field '%2'" )
                       .arg( schema.qualifiedName(), QString::fromUtf8( inDefn->GetFieldDefn( i )->GetNameRef() ) );
          return false;
        }
      }
      if ( to->StartTransaction() != OGRERR_NONE )
      {
        *error = QCoreApplication::translate( "vigie::store", "layer %1: cannot start a transaction: %2" )
                     .arg( schema.qualifiedName(), capture.lastMessage() );
        return false;
      }
      in->ResetReading();
      qint64 pending = 0;
      while ( store::FeaturePtr feature{ in->GetNextFeature() } )
      {
        store::FeaturePtr copy( OGRFeature::CreateFeature( outDefn ) );
        OGRGeometry *geometry = feature->StealGeometry(); // moved, not cloned
        copy->SetFrom( feature.get(), map.data(), TRUE );
        copy->SetFID( feature->GetFID() );
        copy->SetGeometryDirectly( geometry );
        if ( out->CreateFeature( copy.get() ) != OGRERR_NONE )
        {
          *error = QCoreApplication::translate( "vigie::store", "layer %1, fid %2: %3" )
                       .arg( schema.qualifiedName() )
                       .arg( feature->GetFID() )
                       .arg( capture.lastMessage() );
          to->RollbackTransaction();
          return false;
        }
        ++*count;
        if ( ++pending == kChunkRows )
        {
          if ( !progress.advance( pending ) )
          {
            *error = cancelledMessage();
            to->RollbackTransaction();
            return false;
          }
          pending = 0;
        }
      }
      if ( capture.hasFailure() || to->CommitTransaction() != OGRERR_NONE )
      {
        *error = QCoreApplication::translate( "vigie::store", "layer %1: %2" ).arg( schema.qualifiedName(), capture.lastMessage() );
        to->RollbackTransaction();
        return false;
      }
      if ( !progress.advance( pending ) )
      {
        *error = cancelledMessage();
        return false;
      }
      return true;
    }

    //! One value as a field of COPY text format; doubles in their shortest exact form.
    void appendCopyField( QByteArray &line, const QVariant &value )
    {
      if ( value.isNull() )
        line += "\\N";
      else if ( isSqlInteger( value ) )
        line += QByteArray::number( value.toLongLong() );
      else if ( isSqlReal( value ) )
      {
        const double number = value.toDouble();
        if ( std::isnan( number ) )
          line += "NaN";
        else if ( std::isinf( number ) )
          line += number > 0 ? "Infinity" : "-Infinity";
        else
          line += QString::number( number, 'g', QLocale::FloatingPointShortest ).toLatin1();
      }
      else if ( value.userType() == QMetaType::QByteArray )
        line += "\\\\x" + value.toByteArray().toHex(); // bytea hex input, its backslash escaped for COPY
      else
        line += SqlConnection::copyText( value.toString().toUtf8() );
    }

    void bindValue( SqlStatement &statement, int index, const QVariant &value )
    {
      if ( value.isNull() )
        statement.bindNull( index );
      else if ( isSqlInteger( value ) )
        statement.bind( index, static_cast<qint64>( value.toLongLong() ) );
      else if ( isSqlReal( value ) )
        statement.bind( index, value.toDouble() );
      else if ( value.userType() == QMetaType::QByteArray )
        statement.bindBlob( index, value.toByteArray() );
      else
        statement.bindText( index, value.toString().toUtf8() );
    }

    //! A PostgreSQL double precision from its text output (shortest exact digits, Infinity, -Infinity, NaN).
    QVariant postgresReal( const QString &text )
    {
      if ( text == QLatin1String( "Infinity" ) )
        return std::numeric_limits<double>::infinity();
      if ( text == QLatin1String( "-Infinity" ) )
        return -std::numeric_limits<double>::infinity();
      if ( text == QLatin1String( "NaN" ) )
        return std::numeric_limits<double>::quiet_NaN();
      return text.toDouble();
    }

    /**
     * Reads a plain table chunk by chunk in key order, inside the caller's read transaction of
     * \a db: a cursor on PostgreSQL; pages after the last key read on SQLite (the key, or the rowid
     * of a table without one), so that no page costs more than its rows.
     */
    class ChunkReader
    {
    public:
      ChunkReader( SqlConnection &db, const TableDefinition &definition ) : mDb( db ), mDefinition( definition )
      {
        const bool postgres = db.dialect() == SqlConnection::Dialect::Postgres;
        for ( const Column &column : definition.columns )
        {
          const QString name = SqlConnection::quoteIdentifier( db.columnName( column.name ) );
          // PostgreSQL reals as their exact text, parsed here with Infinity and NaN
          const bool real = postgres && column.kind == ColumnKind::Real;
          mNames << ( real ? QStringLiteral( "%1::text" ).arg( name ) : name );
          if ( real )
            mRealIndexes << mNames.size() - 1;
        }
        mTable = SqlConnection::quoteIdentifier( definition.name );
        if ( db.dialect() == SqlConnection::Dialect::Sqlite && definition.primaryKey.isEmpty() )
          mKey << QStringLiteral( "rowid" ); // tables without a key always have a rowid
        for ( const QString &name : definition.primaryKey )
        {
          mKey << SqlConnection::quoteIdentifier( db.columnName( name ) );
          for ( int i = 0; i < definition.columns.size(); ++i )
          {
            if ( definition.columns.at( i ).name == name )
              mKeyIndexes << i;
          }
        }
      }
      ~ChunkReader()
      {
        if ( mCursorOpen )
          mDb.execute( QStringLiteral( "CLOSE vigie_copy_rows" ) );
      }
      ChunkReader( const ChunkReader & ) = delete;
      ChunkReader &operator=( const ChunkReader & ) = delete;

      //! The next rows (up to kChunkRows), empty at the end.
      bool next( QList<SqlConnection::Row> *rows, QString *error )
      {
        rows->clear();
        if ( mDone )
          return true;
        const QString order = mKey.isEmpty() ? QString() : QStringLiteral( " ORDER BY " ) + mKey.join( QStringLiteral( ", " ) );
        if ( mDb.dialect() == SqlConnection::Dialect::Postgres )
        {
          if ( !mCursorOpen )
          {
            if ( !mDb.execute( QStringLiteral( "DECLARE vigie_copy_rows NO SCROLL CURSOR FOR SELECT %1 FROM %2%3" )
                                   .arg( mNames.join( QStringLiteral( ", " ) ), mTable, order ),
                               QVariantList(), error ) )
              return false;
            mCursorOpen = true;
          }
          if ( !mDb.query( QStringLiteral( "FETCH %1 FROM vigie_copy_rows" ).arg( kChunkRows ), QVariantList(), rows, error ) )
            return false;
          for ( SqlConnection::Row &row : *rows )
          {
            for ( const int index : std::as_const( mRealIndexes ) )
            {
              if ( !row.at( index ).isNull() )
                row[index] = postgresReal( row.at( index ).toString() );
            }
          }
        }
        else
        {
          const bool rowid = mDefinition.primaryKey.isEmpty();
          QString where;
          if ( !mLast.isEmpty() )
          {
            QStringList placeholders;
            for ( int i = 0; i < mLast.size(); ++i )
              placeholders << QStringLiteral( "?" );
            where = mKey.size() == 1 ? QStringLiteral( " WHERE %1 > ?" ).arg( mKey.constFirst() )
                                     : QStringLiteral( " WHERE (%1) > (%2)" )
                                           .arg( mKey.join( QStringLiteral( ", " ) ), placeholders.join( QStringLiteral( ", " ) ) );
          }
          const QString columns = mNames.join( QStringLiteral( ", " ) ) + ( rowid ? QStringLiteral( ", rowid" ) : QString() );
          if ( !mDb.query( QStringLiteral( "SELECT %1 FROM %2%3%4 LIMIT %5" ).arg( columns, mTable, where, order ).arg( kChunkRows ), mLast,
                           rows, error ) )
            return false;
          if ( !rows->isEmpty() )
          {
            mLast.clear();
            const SqlConnection::Row &last = rows->constLast();
            if ( rowid )
              mLast << last.constLast();
            for ( const int index : std::as_const( mKeyIndexes ) )
              mLast << last.value( index );
            if ( rowid )
            {
              for ( SqlConnection::Row &row : *rows )
                row.removeLast();
            }
          }
        }
        mDone = rows->size() < kChunkRows;
        return true;
      }

    private:
      SqlConnection &mDb;
      const TableDefinition &mDefinition;
      QStringList mNames;
      QString mTable;
      QStringList mKey;
      QList<int> mKeyIndexes;
      QList<int> mRealIndexes; //!< PostgreSQL: columns read as text
      QVariantList mLast;
      bool mCursorOpen = false;
      bool mDone = false;
    };

    //! Copies the rows of \a definition from \a from to \a to chunk by chunk (inside the caller's transactions).
    bool copyRows( SqlConnection &from, SqlConnection &to, const TableDefinition &definition, qint64 expected, ProgressReporter &progress,
                   qint64 *count, QString *error )
    {
      QStringList targetNames;
      QStringList placeholders;
      for ( const Column &column : definition.columns )
      {
        targetNames << SqlConnection::quoteIdentifier( to.columnName( column.name ) );
        placeholders << QStringLiteral( "?" );
      }
      const QString table = SqlConnection::quoteIdentifier( definition.name );
      const bool postgres = to.dialect() == SqlConnection::Dialect::Postgres;
      const QString copySql = QStringLiteral( "COPY %1 (%2) FROM STDIN" ).arg( table, targetNames.join( QStringLiteral( ", " ) ) );
      std::unique_ptr<SqlStatement> insert;
      if ( !postgres )
      {
        insert = to.prepare( QStringLiteral( "INSERT INTO %1 (%2) VALUES (%3)" )
                                 .arg( table, targetNames.join( QStringLiteral( ", " ) ), placeholders.join( QStringLiteral( ", " ) ) ),
                             error );
        if ( !insert )
          return false;
      }
      ChunkReader reader( from, definition );
      QList<SqlConnection::Row> rows;
      QByteArray data;
      qint64 copied = 0;
      for ( ;; )
      {
        if ( !reader.next( &rows, error ) )
        {
          *error = QCoreApplication::translate( "vigie::store", "table %1, reading after row %2: %3" )
                       .arg( definition.name )
                       .arg( copied )
                       .arg( *error );
          return false;
        }
        if ( rows.isEmpty() )
          break;
        if ( postgres )
        {
          data.clear();
          for ( const SqlConnection::Row &row : std::as_const( rows ) )
          {
            for ( int c = 0; c < row.size(); ++c )
            {
              if ( c > 0 )
                data += '\t';
              appendCopyField( data, row.at( c ) );
            }
            data += '\n';
          }
          QString reason;
          if ( !to.copyIn( copySql, data, &reason ) )
          {
            // the server names the line of the chunk ("COPY t, line 12")
            *error = QCoreApplication::translate( "vigie::store", "table %1, rows %2 to %3: %4" )
                         .arg( definition.name )
                         .arg( copied + 1 )
                         .arg( copied + rows.size() )
                         .arg( reason );
            return false;
          }
        }
        else
        {
          for ( int i = 0; i < rows.size(); ++i )
          {
            const SqlConnection::Row &row = rows.at( i );
            for ( int c = 0; c < row.size(); ++c )
              bindValue( *insert, c + 1, row.at( c ) );
            if ( insert->step() == SqlStatement::Step::Error )
            {
              *error = QCoreApplication::translate( "vigie::store", "table %1, row %2: %3" )
                           .arg( definition.name )
                           .arg( copied + i + 1 )
                           .arg( insert->error() );
              return false;
            }
            insert->reset();
          }
        }
        copied += rows.size();
        if ( !progress.advance( rows.size() ) )
        {
          *error = cancelledMessage();
          return false;
        }
      }
      if ( copied != expected )
      {
        *error = QCoreApplication::translate( "vigie::store", "table %1: %2 rows read of %3 (keys that cannot be ordered?)" )
                     .arg( definition.name )
                     .arg( copied )
                     .arg( expected );
        return false;
      }
      *count += copied;
      if ( postgres && definition.autoKey )
      {
        // the sequence continues after the copied keys
        const QString column = to.columnName( definition.primaryKey.constFirst() );
        if ( !to.execute( QStringLiteral( "SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX(%1), 0) + 1, false) FROM %2" )
                              .arg( SqlConnection::quoteIdentifier( column ), table ),
                          { table, column }, error ) )
          return false;
      }
      return true;
    }

    bool countRows( SqlConnection &db, const QString &table, qint64 *count, QString *error )
    {
      QList<SqlConnection::Row> rows;
      if ( !db.query( QStringLiteral( "SELECT COUNT(*) FROM %1" ).arg( SqlConnection::quoteIdentifier( table ) ), QVariantList(), &rows,
                      error ) )
        return false;
      *count = rows.value( 0 ).value( 0 ).toLongLong();
      return true;
    }

    //! The name a GeoPackage is written under until it is complete: next to \a destination, same extension.
    QString partialPath( const QString &destination )
    {
      const QFileInfo info( destination );
      const QString suffix = info.suffix().isEmpty() ? QStringLiteral( "gpkg" ) : info.suffix();
      return info.dir().filePath(
          QStringLiteral( "%1.copying-%2.%3" ).arg( info.completeBaseName() ).arg( QCoreApplication::applicationPid() ).arg( suffix ) );
    }

    const QStringList &databaseFileSuffixes()
    {
      static const QStringList suffixes{ QString(), QStringLiteral( "-wal" ), QStringLiteral( "-shm" ), QStringLiteral( "-journal" ) };
      return suffixes;
    }

    //! Removes what a failed copy wrote into \a target: the (partial) file, or the tables it created.
    void removeDestination( const QString &target, const QSet<QString> &tablesBefore )
    {
      if ( !SqlConnection::isPostgres( target ) )
      {
        for ( const QString &suffix : databaseFileSuffixes() )
          QFile::remove( target + suffix );
        return;
      }
      std::unique_ptr<SqlConnection> db = SqlConnection::open( target, SqlConnection::Mode::ReadWrite );
      QStringList tables;
      QString error;
      if ( !db || !baseTables( *db, &tables, &error ) )
        return;
      SqlTransaction transaction( *db );
      if ( !transaction.begin() )
        return;
      for ( const QString &table : std::as_const( tables ) )
      {
        if ( !tablesBefore.contains( table ) &&
             !db->execute( QStringLiteral( "DROP TABLE IF EXISTS %1 CASCADE" ).arg( SqlConnection::quoteIdentifier( table ) ) ) )
          return;
      }
      transaction.commit();
    }
  } // namespace

  int TerritoryCopy::chunkRows()
  {
    return kChunkRows;
  }

  bool TerritoryCopy::copy( const QString &source, const QString &destination, const QList<DomainPlugin *> &plugins,
                            TerritoryCopyResult *result, QString *errorMessage, const Progress &progress )
  {
    store::ensureGdal();
    TerritoryCopyResult done;
    QString error;
    ProgressReporter reporter( progress );
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };

    // ---- the source, read-only, at the schema of the loaded plugins
    std::unique_ptr<Territory> from = Territory::open( source, plugins, Territory::Mode::ReadOnly, &error );
    if ( !from )
      return fail( error );
    const QMap<QString, int> versions = from->schemaVersions();
    QList<DomainPlugin *> used;
    for ( DomainPlugin *plugin : plugins )
    {
      if ( !versions.contains( plugin->id() ) )
        continue;
      if ( versions.value( plugin->id() ) != plugin->schemaVersion() )
        return fail( QCoreApplication::translate( "vigie::store",
                                                  "%1: component %2 is at schema %3, the loaded plugin at %4; open the territory "
                                                  "read-write once to migrate it, then copy it" )
                         .arg( displayPath( source ), plugin->id() )
                         .arg( versions.value( plugin->id() ) )
                         .arg( plugin->schemaVersion() ) );
      used << plugin;
    }
    std::unique_ptr<SqlConnection> in = SqlConnection::open( source, SqlConnection::Mode::ReadOnly, &error );
    if ( !in )
      return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( displayPath( source ), error ) );
    QSet<QString> layerTables;
    for ( const LayerSchema &layer : from->layers() )
      layerTables.insert( layer.tableName() );
    QSet<QString> registered;
    QStringList sourceTables;
    if ( !spatialTables( *in, &registered, &error ) || !baseTables( *in, &sourceTables, &error ) )
      return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( displayPath( source ), error ) );
    QStringList plainTables;
    for ( const QString &table : std::as_const( sourceTables ) )
    {
      if ( isSystemTable( table ) || layerTables.contains( table ) )
        continue;
      if ( registered.contains( table ) )
        return fail(
            QCoreApplication::translate( "vigie::store", "%1: layer %2 belongs to no loaded plugin; load its plugin to copy the territory" )
                .arg( displayPath( source ), table ) );
      plainTables << table;
    }

    // ---- the plain tables are read in one snapshot of the source; their sizes and the layers' for the progress
    SqlTransaction reading( *in );
    if ( !reading.begin( &error ) ||
         ( in->dialect() == SqlConnection::Dialect::Postgres &&
           !in->execute( QStringLiteral( "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY" ), QVariantList(), &error ) ) )
      return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( displayPath( source ), error ) );
    QMap<QString, qint64> tableRows;
    qint64 total = 0;
    for ( const QString &table : std::as_const( plainTables ) )
    {
      qint64 count = 0;
      if ( !countRows( *in, table, &count, &error ) )
        return fail( QCoreApplication::translate( "vigie::store", "%1: table %2: %3" ).arg( displayPath( source ), table, error ) );
      tableRows.insert( table, count );
      total += count;
    }
    for ( const LayerSchema &layer : from->layers() )
    {
      OGRLayer *ogrLayer = from->dataset()->GetLayerByName( layer.tableName().toUtf8().constData() );
      total += ogrLayer ? std::max<qint64>( 0, ogrLayer->GetFeatureCount() ) : 0;
    }

    // ---- the destination: created empty with the source's metadata and components (a GeoPackage under a temporary name)
    const bool postgres = SqlConnection::isPostgres( destination );
    QSet<QString> tablesBefore;
    if ( postgres )
    {
      std::unique_ptr<SqlConnection> db = SqlConnection::open( destination, SqlConnection::Mode::ReadOnly, &error );
      if ( !db )
        return fail( QCoreApplication::translate( "vigie::store", "%1: cannot connect to PostgreSQL: %2" )
                         .arg( displayPath( destination ), error ) );
      QStringList tables;
      if ( !baseTables( *db, &tables, &error ) )
        return fail( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( displayPath( destination ), error ) );
      for ( const QString &table : std::as_const( tables ) )
        tablesBefore.insert( table );
    }
    else if ( QFileInfo::exists( destination ) )
      return fail(
          QCoreApplication::translate( "vigie", "%1 already exists; a territory is never overwritten" ).arg( displayPath( destination ) ) );
    const QString target = postgres ? destination : partialPath( destination );
    if ( !reporter.step( QCoreApplication::translate( "vigie::store", "creating %1" ).arg( displayPath( destination ) ) ) )
      return fail( cancelledMessage() );
    reporter.setTotal( total );
    std::unique_ptr<Territory> to = Territory::create( target, from->info(), used, &error );
    if ( !to )
      return fail( error.replace( displayPath( target ), displayPath( destination ) ) );
    std::unique_ptr<SqlConnection> out;
    std::unique_ptr<SqlTransaction> writing;
    auto abort = [&]( const QString &message )
    {
      writing.reset(); // rolled back
      to.reset();
      out.reset();
      removeDestination( target, tablesBefore );
      return fail( message );
    };

    // ---- asset layers through GDAL, fids kept; COPY into PostgreSQL
    {
      ScopedGdalOption useCopy( "PG_USE_COPY", "YES" );
      for ( const LayerSchema &layer : from->layers() )
      {
        if ( !reporter.step( QCoreApplication::translate( "vigie::store", "layer %1" ).arg( layer.qualifiedName() ) ) )
          return abort( cancelledMessage() );
        if ( !copyLayer( from->dataset(), to->dataset(), layer, reporter, &done.features, &error ) )
          return abort( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( displayPath( destination ), error ) );
        done.layers << layer.tableName();
      }
    }
    to.reset();

    // ---- plain tables in one transaction
    out = SqlConnection::open( target, SqlConnection::Mode::ReadWrite, &error );
    if ( !out )
      return abort( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( displayPath( destination ), error ) );
    {
      writing = std::make_unique<SqlTransaction>( *out );
      if ( !writing->begin( &error ) )
        return abort( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( displayPath( destination ), error ) );
      const QStringList existing = out->tables();
      for ( const QString &table : std::as_const( plainTables ) )
      {
        if ( !reporter.step( QCoreApplication::translate( "vigie::store", "table %1" ).arg( table ) ) )
          return abort( cancelledMessage() );
        TableDefinition definition;
        if ( !describeTable( *in, table, out->dialect(), &definition, &error ) )
          return abort( QCoreApplication::translate( "vigie::store", "%1: table %2: %3" ).arg( displayPath( source ), table, error ) );
        QStringList statements;
        if ( existing.contains( table ) )
          statements << QStringLiteral( "DELETE FROM %1" ).arg( SqlConnection::quoteIdentifier( table ) );
        else
          statements << createTableSql( definition, *out ) << definition.indexes;
        for ( const QString &sql : std::as_const( statements ) )
        {
          if ( !out->execute( sql, QVariantList(), &error ) )
            return abort(
                QCoreApplication::translate( "vigie::store", "%1: table %2: %3" ).arg( displayPath( destination ), table, error ) );
        }
        if ( !copyRows( *in, *out, definition, tableRows.value( table ), reporter, &done.rows, &error ) )
          return abort( QCoreApplication::translate( "vigie::store", "%1: %2" ).arg( displayPath( destination ), error ) );
        done.tables << table;
      }
      if ( out->dialect() == SqlConnection::Dialect::Postgres )
      {
        // the fid sequences continue after the copied fids
        for ( const QString &table : std::as_const( done.layers ) )
        {
          const QString quoted = SqlConnection::quoteIdentifier( table );
          if ( !out->execute( QStringLiteral( "SELECT setval(pg_get_serial_sequence(?, 'fid'), COALESCE(MAX(fid), 0) + 1, false) FROM %1" )
                                  .arg( quoted ),
                              { quoted }, &error ) )
            return abort(
                QCoreApplication::translate( "vigie::store", "%1: table %2: %3" ).arg( displayPath( destination ), table, error ) );
        }
      }
      if ( !writing->commit( &error ) )
        return abort( QCoreApplication::translate( "vigie::store", "%1: cannot commit: %2" ).arg( displayPath( destination ), error ) );
    }
    writing.reset();
    out.reset();
    if ( !postgres )
    {
      // complete: the GeoPackage takes its name (rename never replaces an existing file)
      for ( const QString &suffix : { QStringLiteral( "-shm" ), QStringLiteral( "-journal" ) } )
        QFile::remove( target + suffix );
      if ( QFileInfo::exists( target + QStringLiteral( "-wal" ) ) &&
           !QFile::rename( target + QStringLiteral( "-wal" ), destination + QStringLiteral( "-wal" ) ) )
        return abort( QCoreApplication::translate( "vigie::store", "%1: cannot rename %2" )
                          .arg( displayPath( destination ), displayPath( target + QStringLiteral( "-wal" ) ) ) );
      if ( !QFile::rename( target, destination ) )
      {
        QFile::remove( destination + QStringLiteral( "-wal" ) );
        return abort( QCoreApplication::translate( "vigie::store", "%1: cannot rename %2" )
                          .arg( displayPath( destination ), displayPath( target ) ) );
      }
    }
    logMessage( LogLevel::Info, kTopic,
                QCoreApplication::translate( "vigie::store", "copied %1 to %2: %3 features, %4 rows" )
                    .arg( displayPath( source ), displayPath( destination ) )
                    .arg( done.features )
                    .arg( done.rows ) );
    if ( result )
      *result = done;
    return true;
  }
} // namespace vigie
