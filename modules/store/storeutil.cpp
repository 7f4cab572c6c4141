// SPDX-License-Identifier: GPL-2.0-or-later
#include "storeutil.h"

#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <limits>
#include <mutex>

namespace vigie::store
{
  void ensureGdal()
  {
    static std::once_flag once;
    std::call_once( once, [] { GDALAllRegister(); } );
  }

  QByteArray gdalPath( const QString &path )
  {
    if ( SqlConnection::isPostgres( path ) )
      return path.toUtf8();
    return QDir::cleanPath( path ).toUtf8();
  }

  QString displayPath( const QString &path )
  {
    if ( SqlConnection::isPostgres( path ) )
    {
      // a password in the connection string never goes into a message or a log
      static const QRegularExpression password( QStringLiteral( "password\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S+)" ) );
      QString shown = path;
      shown.replace( password, QStringLiteral( "password=***" ) );
      return shown;
    }
    return QDir::toNativeSeparators( path );
  }

  // ---- error capture

  GdalErrorCapture::GdalErrorCapture()
  {
    CPLErrorReset();
    CPLPushErrorHandlerEx(
        []( CPLErr errorClass, CPLErrorNum number, const char *message )
        {
          GdalErrorCapture *self = static_cast<GdalErrorCapture *>( CPLGetErrorHandlerUserData() );
          if ( !self )
            return;
          const QString text = QString::fromUtf8( message ).trimmed();
          if ( errorClass == CE_Debug )
          {
            self->mMessages << text;
            return;
          }
          Q_UNUSED( number )
          self->mMessages << text;
          if ( errorClass == CE_Failure || errorClass == CE_Fatal )
          {
            self->mFailure = true;
            self->mLastFailure = text;
          }
        },
        this );
  }

  GdalErrorCapture::~GdalErrorCapture()
  {
    CPLPopErrorHandler();
  }

  QString GdalErrorCapture::lastMessage() const
  {
    if ( !mLastFailure.isEmpty() )
      return mLastFailure;
    if ( !mMessages.isEmpty() )
      return mMessages.constLast();
    const QString cpl = QString::fromUtf8( CPLGetLastErrorMsg() );
    return cpl.isEmpty() ? QCoreApplication::translate( "vigie", "unknown GDAL error" ) : cpl;
  }

  void GdalErrorCapture::clear()
  {
    mMessages.clear();
    mFailure = false;
    mLastFailure.clear();
    CPLErrorReset();
  }

  void GdalDatasetCloser::operator()( GDALDataset *dataset ) const
  {
    if ( dataset )
      GDALClose( GDALDataset::ToHandle( dataset ) );
  }

  void OgrFeatureDeleter::operator()( OGRFeature *feature ) const
  {
    OGRFeature::DestroyFeature( feature );
  }

  void OgrGeometryDeleter::operator()( OGRGeometry *geometry ) const
  {
    OGRGeometryFactory::destroyGeometry( geometry );
  }

  // ---- CRS and schema mapping

  bool parseCrs( const QString &crs, OGRSpatialReference &srs, QString *errorMessage )
  {
    ensureGdal();
    if ( crs.trimmed().isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "no CRS given" );
      return false;
    }
    GdalErrorCapture capture;
    const char *options[] = { "ALLOW_NETWORK_ACCESS=NO", "ALLOW_FILE_ACCESS=NO", nullptr };
    const OGRErr err = srs.SetFromUserInput( crs.trimmed().toUtf8().constData(), options );
    if ( err != OGRERR_NONE || srs.IsEmpty() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "invalid CRS '%1': %2" ).arg( crs, capture.lastMessage() );
      return false;
    }
    srs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    return true;
  }

  OGRwkbGeometryType toOgrGeometryType( GeometryType type )
  {
    switch ( type )
    {
    case GeometryType::None:
      return wkbNone;
    case GeometryType::Point:
      return wkbPoint;
    case GeometryType::LineString:
      return wkbLineString;
    case GeometryType::Polygon:
      return wkbPolygon;
    case GeometryType::MultiPoint:
      return wkbMultiPoint;
    case GeometryType::MultiLineString:
      return wkbMultiLineString;
    case GeometryType::MultiPolygon:
      return wkbMultiPolygon;
    }
    return wkbUnknown;
  }

  OGRFieldType toOgrFieldType( FieldType type )
  {
    switch ( type )
    {
    case FieldType::Integer:
    case FieldType::Boolean:
      return OFTInteger;
    case FieldType::Integer64:
      return OFTInteger64;
    case FieldType::Real:
      return OFTReal;
    case FieldType::String:
      return OFTString;
    case FieldType::Date:
      return OFTDate;
    case FieldType::DateTime:
      return OFTDateTime;
    }
    return OFTString;
  }

  FieldSchema storedFieldSchema( const LayerSchema &schema, const OGRFieldDefn &defn )
  {
    const QString name = QString::fromUtf8( defn.GetNameRef() );
    if ( const FieldSchema *declared = schema.field( name ) )
      return *declared;
    FieldSchema field;
    field.name = name;
    switch ( defn.GetType() )
    {
    case OFTInteger:
      field.type = defn.GetSubType() == OFSTBoolean ? FieldType::Boolean : FieldType::Integer;
      break;
    case OFTInteger64:
      field.type = FieldType::Integer64;
      break;
    case OFTReal:
      field.type = FieldType::Real;
      break;
    case OFTDate:
      field.type = FieldType::Date;
      break;
    case OFTDateTime:
      field.type = FieldType::DateTime;
      break;
    default:
      field.type = FieldType::String;
    }
    field.notNull = !defn.IsNullable();
    return field;
  }

  OGRFieldSubType toOgrFieldSubType( FieldType type )
  {
    return type == FieldType::Boolean ? OFSTBoolean : OFSTNone;
  }

  bool fieldMatches( const FieldSchema &field, const OGRFieldDefn &defn )
  {
    if ( defn.GetType() != toOgrFieldType( field.type ) )
    {
      // a 64-bit column may be read back as 32-bit when its values fit: both are INTEGER in SQLite
      const bool integers = ( defn.GetType() == OFTInteger || defn.GetType() == OFTInteger64 ) &&
                            ( field.type == FieldType::Integer || field.type == FieldType::Integer64 );
      if ( !integers )
        return false;
    }
    return ( defn.GetSubType() == OFSTBoolean ) == ( field.type == FieldType::Boolean );
  }

  bool isPostgresDataset( GDALDataset *dataset )
  {
    return dataset && dataset->GetDriver() && qstrcmp( dataset->GetDriver()->GetDescription(), "PostgreSQL" ) == 0;
  }

  bool createLayer( GDALDataset *dataset, const LayerSchema &schema, const OGRSpatialReference &srs, QString *errorMessage )
  {
    GdalErrorCapture capture;
    const QByteArray table = schema.tableName().toUtf8();
    // gpkg_contents identifiers must be unique: the qualified name; the title goes into the description
    QList<QByteArray> optionStorage{ QByteArrayLiteral( "GEOMETRY_NAME=geom" ), QByteArrayLiteral( "FID=fid" ) };
    if ( isPostgresDataset( dataset ) )
      // same names and 64-bit fids as the GeoPackage, so that copies keep them
      optionStorage << QByteArrayLiteral( "FID64=YES" ) << QByteArrayLiteral( "LAUNDER=NO" );
    else
      optionStorage << "IDENTIFIER=" + schema.qualifiedName().toUtf8();
    if ( !schema.title.isEmpty() )
      optionStorage << "DESCRIPTION=" + schema.title.toUtf8();
    std::vector<char *> options;
    for ( QByteArray &option : optionStorage )
      options.push_back( option.data() );
    options.push_back( nullptr );

    OGRSpatialReference *layerSrs = nullptr;
    if ( schema.geometry != GeometryType::None )
      layerSrs = srs.Clone();
    OGRLayer *layer = dataset->CreateLayer( table.constData(), layerSrs, toOgrGeometryType( schema.geometry ), options.data() );
    if ( layerSrs )
      layerSrs->Release();
    if ( !layer )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "cannot create layer %1: %2" ).arg( schema.qualifiedName(), capture.lastMessage() );
      return false;
    }
    for ( const FieldSchema &field : schema.fields )
    {
      OGRFieldDefn defn( field.name.toUtf8().constData(), toOgrFieldType( field.type ) );
      defn.SetSubType( toOgrFieldSubType( field.type ) );
      if ( field.type == FieldType::String && field.width > 0 )
        defn.SetWidth( field.width );
      if ( field.notNull )
        defn.SetNullable( FALSE );
      if ( !field.title.isEmpty() )
        defn.SetAlternativeName( field.title.toUtf8().constData() );
      if ( layer->CreateField( &defn ) != OGRERR_NONE )
      {
        if ( errorMessage )
          *errorMessage = QCoreApplication::translate( "vigie", "cannot create field %1 of layer %2: %3" )
                              .arg( field.name, schema.qualifiedName(), capture.lastMessage() );
        return false;
      }
    }
    return true;
  }

  QString ogrGeometryTypeName( OGRwkbGeometryType type )
  {
    for ( GeometryType known : { GeometryType::None, GeometryType::Point, GeometryType::LineString, GeometryType::Polygon,
                                 GeometryType::MultiPoint, GeometryType::MultiLineString, GeometryType::MultiPolygon } )
    {
      if ( toOgrGeometryType( known ) == wkbFlatten( type ) )
        return geometryTypeName( known );
    }
    return QString::fromUtf8( OGRGeometryTypeToName( type ) );
  }

  GeometryPtr conformGeometry( GeometryPtr geometry, GeometryType target, QString *reason )
  {
    if ( !geometry )
      return geometry;
    geometry->flattenTo2D();
    const OGRwkbGeometryType source = wkbFlatten( geometry->getGeometryType() );
    const OGRwkbGeometryType wanted = toOgrGeometryType( target );
    if ( source == wanted )
      return geometry;
    const bool promotable = ( wanted == wkbMultiPoint && source == wkbPoint ) ||
                            ( wanted == wkbMultiLineString && source == wkbLineString ) ||
                            ( wanted == wkbMultiPolygon && source == wkbPolygon );
    if ( !promotable )
    {
      if ( reason )
        *reason = QCoreApplication::translate( "vigie", "geometry type %1 does not fit a %2 layer" )
                      .arg( ogrGeometryTypeName( source ), geometryTypeName( target ) );
      return GeometryPtr();
    }
    return GeometryPtr( OGRGeometryFactory::forceTo( geometry.release(), wanted ) );
  }

  // ---- values

  namespace
  {
    bool isNullValue( const QVariant &value )
    {
      if ( !value.isValid() || value.isNull() )
        return true;
      if ( value.userType() == QMetaType::QString )
        return value.toString().isNull();
      return false;
    }

    QString shown( const QVariant &value )
    {
      QString text = value.toString();
      if ( text.size() > 40 )
        text = text.left( 37 ) + QStringLiteral( "..." );
      return text;
    }

    bool isNumericType( int type )
    {
      switch ( type )
      {
      case QMetaType::Int:
      case QMetaType::UInt:
      case QMetaType::LongLong:
      case QMetaType::ULongLong:
      case QMetaType::Double:
      case QMetaType::Float:
      case QMetaType::Short:
      case QMetaType::UShort:
      case QMetaType::Long:
      case QMetaType::ULong:
        return true;
      default:
        return false;
      }
    }

    bool parseInteger( const QVariant &value, qint64 *result )
    {
      const int type = value.userType();
      if ( type == QMetaType::Bool )
      {
        *result = value.toBool() ? 1 : 0;
        return true;
      }
      if ( type == QMetaType::Double || type == QMetaType::Float )
      {
        const double d = value.toDouble();
        if ( !std::isfinite( d ) || std::floor( d ) != d || std::fabs( d ) > 9.0e18 )
          return false;
        *result = static_cast<qint64>( d );
        return true;
      }
      if ( isNumericType( type ) )
      {
        bool ok = false;
        *result = value.toLongLong( &ok );
        return ok;
      }
      const QString text = value.toString().trimmed();
      bool ok = false;
      *result = text.toLongLong( &ok );
      if ( ok )
        return true;
      // "12.0" as written by spreadsheets
      const double d = text.toDouble( &ok );
      if ( !ok || !std::isfinite( d ) || std::floor( d ) != d || std::fabs( d ) > 9.0e18 )
        return false;
      *result = static_cast<qint64>( d );
      return true;
    }

    bool parseDate( const QVariant &value, QDate *date )
    {
      if ( value.userType() == QMetaType::QDate )
        *date = value.toDate();
      else if ( value.userType() == QMetaType::QDateTime )
        *date = value.toDateTime().date();
      else
      {
        const QString text = value.toString().trimmed();
        for ( const QString &format : { QStringLiteral( "yyyy-MM-dd" ), QStringLiteral( "yyyy/MM/dd" ), QStringLiteral( "dd/MM/yyyy" ) } )
        {
          *date = QDate::fromString( text, format );
          if ( date->isValid() )
            break;
        }
        if ( !date->isValid() )
          *date = QDateTime::fromString( text, Qt::ISODate ).date();
      }
      return date->isValid();
    }

    bool parseDateTime( const QVariant &value, QDateTime *dateTime )
    {
      if ( value.userType() == QMetaType::QDateTime )
        *dateTime = value.toDateTime();
      else if ( value.userType() == QMetaType::QDate )
        *dateTime = QDateTime( value.toDate(), QTime( 0, 0 ) );
      else
      {
        const QString text = value.toString().trimmed();
        *dateTime = QDateTime::fromString( text, Qt::ISODateWithMs );
        if ( !dateTime->isValid() )
          *dateTime = QDateTime::fromString( text, Qt::ISODate );
        if ( !dateTime->isValid() )
          *dateTime = QDateTime::fromString( text, QStringLiteral( "yyyy/MM/dd hh:mm:ss" ) );
        if ( !dateTime->isValid() )
          *dateTime = QDateTime::fromString( text, QStringLiteral( "yyyy-MM-dd hh:mm:ss" ) );
        if ( !dateTime->isValid() )
        {
          const QDate date = QDate::fromString( text, QStringLiteral( "yyyy-MM-dd" ) );
          if ( date.isValid() )
            *dateTime = QDateTime( date, QTime( 0, 0 ) );
        }
      }
      return dateTime->isValid();
    }
  } // namespace

  bool setFieldValue( OGRFeature &feature, int index, const FieldSchema &field, const QVariant &value, QString *reason )
  {
    const bool emptyText = value.userType() == QMetaType::QString && value.toString().trimmed().isEmpty();
    if ( isNullValue( value ) || ( emptyText && field.type != FieldType::String ) )
    {
      if ( field.notNull )
      {
        if ( reason )
          *reason = QCoreApplication::translate( "vigie", "a value is required" );
        return false;
      }
      feature.SetFieldNull( index );
      return true;
    }

    switch ( field.type )
    {
    case FieldType::Integer:
    case FieldType::Integer64:
    {
      qint64 number = 0;
      if ( !parseInteger( value, &number ) )
      {
        if ( reason )
          *reason = QCoreApplication::translate( "vigie", "'%1' is not an integer" ).arg( shown( value ) );
        return false;
      }
      if ( field.type == FieldType::Integer )
      {
        if ( number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max() )
        {
          if ( reason )
            *reason = QCoreApplication::translate( "vigie", "'%1' is out of the 32-bit integer range" ).arg( shown( value ) );
          return false;
        }
        feature.SetField( index, static_cast<int>( number ) );
      }
      else
        feature.SetField( index, static_cast<GIntBig>( number ) );
      return true;
    }
    case FieldType::Real:
    {
      bool ok = false;
      double number = 0;
      if ( isNumericType( value.userType() ) )
        number = value.toDouble( &ok );
      else
        number = value.toString().trimmed().toDouble( &ok );
      if ( !ok || !std::isfinite( number ) )
      {
        if ( reason )
          *reason = QCoreApplication::translate( "vigie", "'%1' is not a number" ).arg( shown( value ) );
        return false;
      }
      feature.SetField( index, number );
      return true;
    }
    case FieldType::Boolean:
    {
      int flag = -1;
      if ( value.userType() == QMetaType::Bool )
        flag = value.toBool() ? 1 : 0;
      else
      {
        const QString text = value.toString().trimmed().toLower();
        static const QStringList yes{ QStringLiteral( "1" ), QStringLiteral( "true" ), QStringLiteral( "t" ), QStringLiteral( "yes" ),
                                      QStringLiteral( "y" ), QStringLiteral( "oui" ),  QStringLiteral( "o" ) };
        static const QStringList no{ QStringLiteral( "0" ),  QStringLiteral( "false" ), QStringLiteral( "f" ),
                                     QStringLiteral( "no" ), QStringLiteral( "n" ),     QStringLiteral( "non" ) };
        if ( yes.contains( text ) )
          flag = 1;
        else if ( no.contains( text ) )
          flag = 0;
      }
      if ( flag < 0 )
      {
        if ( reason )
          *reason = QCoreApplication::translate( "vigie", "'%1' is not a boolean (true/false, yes/no, 1/0)" ).arg( shown( value ) );
        return false;
      }
      feature.SetField( index, flag );
      return true;
    }
    case FieldType::Date:
    {
      QDate date;
      if ( !parseDate( value, &date ) )
      {
        if ( reason )
          *reason = QCoreApplication::translate( "vigie", "'%1' is not a date (YYYY-MM-DD)" ).arg( shown( value ) );
        return false;
      }
      feature.SetField( index, date.year(), date.month(), date.day(), 0, 0, 0.0f, 0 );
      return true;
    }
    case FieldType::DateTime:
    {
      QDateTime dateTime;
      if ( !parseDateTime( value, &dateTime ) )
      {
        if ( reason )
          *reason = QCoreApplication::translate( "vigie", "'%1' is not a date and time (ISO 8601)" ).arg( shown( value ) );
        return false;
      }
      int tzFlag = 0;
      if ( dateTime.timeSpec() == Qt::UTC )
        tzFlag = 100;
      else if ( dateTime.timeSpec() == Qt::OffsetFromUTC )
        tzFlag = 100 + dateTime.offsetFromUtc() / 900;
      const QDate d = dateTime.date();
      const QTime t = dateTime.time();
      feature.SetField( index, d.year(), d.month(), d.day(), t.hour(), t.minute(), static_cast<float>( t.second() + t.msec() / 1000.0 ),
                        tzFlag );
      return true;
    }
    case FieldType::String:
    {
      const QString text = value.toString();
      if ( field.width > 0 && text.size() > field.width )
      {
        if ( reason )
          *reason = QCoreApplication::translate( "vigie", "'%1' is longer than %2 characters" ).arg( shown( value ) ).arg( field.width );
        return false;
      }
      if ( field.notNull && text.isEmpty() )
      {
        if ( reason )
          *reason = QCoreApplication::translate( "vigie", "a value is required" );
        return false;
      }
      feature.SetField( index, text.toUtf8().constData() );
      return true;
    }
    }
    return false;
  }

  QVariant fieldValue( const OGRFeature &feature, int index )
  {
    if ( !feature.IsFieldSetAndNotNull( index ) )
      return QVariant();
    const OGRFieldDefn *defn = feature.GetFieldDefnRef( index );
    switch ( defn->GetType() )
    {
    case OFTInteger:
      if ( defn->GetSubType() == OFSTBoolean )
        return QVariant( feature.GetFieldAsInteger( index ) != 0 );
      return QVariant( feature.GetFieldAsInteger( index ) );
    case OFTInteger64:
      return QVariant( static_cast<qlonglong>( feature.GetFieldAsInteger64( index ) ) );
    case OFTReal:
      return QVariant( feature.GetFieldAsDouble( index ) );
    case OFTDate:
    case OFTDateTime:
    {
      int year = 0, month = 0, day = 0, hour = 0, minute = 0, tzFlag = 0;
      float second = 0;
      feature.GetFieldAsDateTime( index, &year, &month, &day, &hour, &minute, &second, &tzFlag );
      if ( defn->GetType() == OFTDate )
        return QVariant( QDate( year, month, day ) );
      const int wholeSeconds = static_cast<int>( second );
      const QTime time( hour, minute, wholeSeconds, static_cast<int>( std::lround( ( second - wholeSeconds ) * 1000 ) ) % 1000 );
      if ( tzFlag == 100 )
        return QVariant( QDateTime( QDate( year, month, day ), time, Qt::UTC ) );
      if ( tzFlag > 1 )
        return QVariant( QDateTime( QDate( year, month, day ), time, Qt::OffsetFromUTC, ( tzFlag - 100 ) * 900 ) );
      return QVariant( QDateTime( QDate( year, month, day ), time ) );
    }
    default:
      return QVariant( QString::fromUtf8( feature.GetFieldAsString( index ) ) );
    }
  }

  QString sqlQuote( const QString &value )
  {
    QString quoted = value;
    quoted.replace( QLatin1Char( '\'' ), QStringLiteral( "''" ) );
    return QLatin1Char( '\'' ) + quoted + QLatin1Char( '\'' );
  }
} // namespace vigie::store
