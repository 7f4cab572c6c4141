// SPDX-License-Identifier: GPL-2.0-or-later
#include "reviewslide.h"

#include "translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>
#include <QTranslator>

#include <algorithm>
#include <cmath>

namespace vigie
{
  namespace review
  {
    namespace
    {
      //! The deck's label in its language. lupdate does not look inside tr( QT_TRANSLATE_NOOP( ... ) ),
      //! so the labels reach DeckLanguage::tr() through this function.
      QString deckText( const DeckLanguage &language, const char *source )
      {
        return language.tr( source );
      }

      QString chartKindName( Chart::Kind kind )
      {
        switch ( kind )
        {
        case Chart::Kind::Bar:
          return QStringLiteral( "bar" );
        case Chart::Kind::StackedBar:
          return QStringLiteral( "stacked-bar" );
        case Chart::Kind::Line:
          return QStringLiteral( "line" );
        }
        return QString();
      }

      QString slideKindName( Slide::Kind kind )
      {
        switch ( kind )
        {
        case Slide::Kind::Title:
          return QStringLiteral( "title" );
        case Slide::Kind::Overview:
          return QStringLiteral( "overview" );
        case Slide::Kind::Figures:
          return QStringLiteral( "figures" );
        case Slide::Kind::Chart:
          return QStringLiteral( "chart" );
        case Slide::Kind::Table:
          return QStringLiteral( "table" );
        case Slide::Kind::Map:
          return QStringLiteral( "map" );
        case Slide::Kind::BeforeAfter:
          return QStringLiteral( "before-after" );
        case Slide::Kind::Missing:
          return QStringLiteral( "missing" );
        }
        return QString();
      }

      QString isoUtc( const QDateTime &dateTime )
      {
        return dateTime.isValid() ? dateTime.toUTC().toString( Qt::ISODate ) : QString();
      }

      //! A number in the JSON as close as possible to what the CLI prints (integers stay integers).
      QJsonValue valueToJson( const QVariant &value )
      {
        if ( !value.isValid() || value.isNull() )
          return QJsonValue( QJsonValue::Null );
        switch ( static_cast<QMetaType::Type>( value.userType() ) )
        {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
          return QJsonValue( value.toLongLong() );
        case QMetaType::Double:
        case QMetaType::Float:
          return QJsonValue( value.toDouble() );
        case QMetaType::Bool:
          return QJsonValue( value.toBool() );
        default:
          return QJsonValue( value.toString() );
        }
      }

      QString formatCell( double value )
      {
        // Tables keep the numbers readable and exact enough for the appendix
        return QString::number( value, 'g', 10 );
      }
    } // namespace

    QJsonObject Figure::toJson() const
    {
      QJsonObject object;
      object.insert( QStringLiteral( "id" ), id );
      object.insert( QStringLiteral( "label" ), label );
      object.insert( QStringLiteral( "value" ), isAvailable() ? valueToJson( value ) : QJsonValue( QJsonValue::Null ) );
      object.insert( QStringLiteral( "unit" ), unit );
      object.insert( QStringLiteral( "text" ), text );
      object.insert( QStringLiteral( "source" ), source );
      object.insert( QStringLiteral( "data_date" ),
                     dataDate.isValid() ? QJsonValue( isoUtc( dataDate ) ) : QJsonValue( QJsonValue::Null ) );
      object.insert( QStringLiteral( "available" ), isAvailable() );
      if ( !unavailableReason.isEmpty() )
        object.insert( QStringLiteral( "unavailable_reason" ), unavailableReason );
      object.insert( QStringLiteral( "key" ), key );
      return object;
    }

    QJsonObject Table::toJson() const
    {
      QJsonObject object;
      object.insert( QStringLiteral( "title" ), title );
      object.insert( QStringLiteral( "columns" ), QJsonArray::fromStringList( columns ) );
      QJsonArray rowArray;
      for ( const QStringList &row : rows )
        rowArray.append( QJsonArray::fromStringList( row ) );
      object.insert( QStringLiteral( "rows" ), rowArray );
      return object;
    }

    QJsonObject Chart::toJson() const
    {
      QJsonObject object;
      object.insert( QStringLiteral( "kind" ), chartKindName( kind ) );
      object.insert( QStringLiteral( "title" ), title );
      object.insert( QStringLiteral( "categories" ), QJsonArray::fromStringList( categories ) );
      object.insert( QStringLiteral( "x_label" ), xLabel );
      object.insert( QStringLiteral( "y_label" ), yLabel );
      QJsonArray seriesArray;
      for ( const ChartSeries &s : series )
      {
        QJsonObject seriesObject;
        seriesObject.insert( QStringLiteral( "name" ), s.name );
        QJsonArray points;
        for ( const QPointF &p : s.points )
          points.append( QJsonArray{ p.x(), p.y() } );
        seriesObject.insert( QStringLiteral( "points" ), points );
        seriesArray.append( seriesObject );
      }
      object.insert( QStringLiteral( "series" ), seriesArray );
      return object;
    }

    Table Chart::toTable() const
    {
      Table table;
      table.title = title;
      if ( kind == Kind::Line )
      {
        // One row per x (sorted, union over the series), one column per series
        table.columns << ( xLabel.isEmpty() ? QStringLiteral( "x" ) : xLabel );
        QList<double> xs;
        for ( const ChartSeries &s : series )
        {
          table.columns << s.name;
          for ( const QPointF &p : s.points )
            if ( !xs.contains( p.x() ) )
              xs << p.x();
        }
        std::sort( xs.begin(), xs.end() );
        for ( double x : xs )
        {
          QStringList row{ formatCell( x ) };
          for ( const ChartSeries &s : series )
          {
            QString cell;
            for ( const QPointF &p : s.points )
              if ( p.x() == x )
              {
                cell = formatCell( p.y() );
                break;
              }
            row << cell;
          }
          table.rows << row;
        }
        return table;
      }
      // Bar charts: one row per category, one column per series; x is the category index
      table.columns << ( xLabel.isEmpty() ? QString() : xLabel );
      for ( const ChartSeries &s : series )
        table.columns << s.name;
      int count = categories.size();
      for ( const ChartSeries &s : series )
        for ( const QPointF &p : s.points )
          count = std::max( count, static_cast<int>( p.x() ) + 1 );
      for ( int i = 0; i < count; ++i )
      {
        QStringList row{ i < categories.size() ? categories.at( i ) : QString::number( i ) };
        for ( const ChartSeries &s : series )
        {
          QString cell;
          for ( const QPointF &p : s.points )
            if ( static_cast<int>( p.x() ) == i )
            {
              cell = formatCell( p.y() );
              break;
            }
          row << cell;
        }
        table.rows << row;
      }
      return table;
    }

    QJsonObject MapView::toJson() const
    {
      QJsonObject object;
      object.insert( QStringLiteral( "title" ), title );
      object.insert( QStringLiteral( "layers" ), QJsonArray::fromStringList( layers ) );
      object.insert( QStringLiteral( "bookmark" ), bookmark );
      if ( extent.isNull() )
        object.insert( QStringLiteral( "extent" ), QJsonValue( QJsonValue::Null ) );
      else
        object.insert( QStringLiteral( "extent" ), QJsonArray{ extent.left(), extent.top(), extent.right(), extent.bottom() } );
      object.insert( QStringLiteral( "style_hint" ), styleHint );
      return object;
    }

    QJsonObject Slide::toJson() const
    {
      QJsonObject object;
      object.insert( QStringLiteral( "id" ), id );
      object.insert( QStringLiteral( "domain" ), domain );
      object.insert( QStringLiteral( "kind" ), slideKindName( kind ) );
      object.insert( QStringLiteral( "title" ), title );
      object.insert( QStringLiteral( "subtitle" ), subtitle );
      QJsonArray figureArray;
      for ( const Figure &f : figures )
        figureArray.append( f.toJson() );
      object.insert( QStringLiteral( "figures" ), figureArray );
      QJsonArray chartArray;
      for ( const Chart &c : charts )
        chartArray.append( c.toJson() );
      object.insert( QStringLiteral( "charts" ), chartArray );
      QJsonArray tableArray;
      for ( const Table &t : tables )
        tableArray.append( t.toJson() );
      object.insert( QStringLiteral( "tables" ), tableArray );
      QJsonArray mapArray;
      for ( const MapView &m : maps )
        mapArray.append( m.toJson() );
      object.insert( QStringLiteral( "maps" ), mapArray );
      object.insert( QStringLiteral( "notes" ), notes );
      if ( !unavailableReason.isEmpty() )
        object.insert( QStringLiteral( "unavailable_reason" ), unavailableReason );
      return object;
    }

    QJsonObject Agenda::toJson() const
    {
      QJsonObject object;
      object.insert( QStringLiteral( "name" ), name );
      object.insert( QStringLiteral( "title" ), title );
      QJsonArray itemArray;
      for ( const AgendaItem &item : items )
      {
        QJsonObject itemObject;
        itemObject.insert( QStringLiteral( "slide" ), item.slideId );
        if ( !item.title.isEmpty() )
          itemObject.insert( QStringLiteral( "title" ), item.title );
        itemArray.append( itemObject );
      }
      object.insert( QStringLiteral( "items" ), itemArray );
      return object;
    }

    Agenda Agenda::fromJson( const QJsonObject &object, QString *errorMessage )
    {
      auto fail = [errorMessage]( const QString &message )
      {
        if ( errorMessage )
          *errorMessage = message;
        return Agenda();
      };
      const QJsonValue nameValue = object.value( QStringLiteral( "name" ) );
      if ( !nameValue.isString() || nameValue.toString().trimmed().isEmpty() )
        return fail( QCoreApplication::translate( "vigie::review", "agenda: field \"name\" is missing or not a non-empty string" ) );
      Agenda agenda;
      agenda.name = nameValue.toString().trimmed();
      const QJsonValue titleValue = object.value( QStringLiteral( "title" ) );
      if ( !titleValue.isUndefined() && !titleValue.isString() )
        return fail( QCoreApplication::translate( "vigie::review", "agenda \"%1\": field \"title\" is not a string" ).arg( agenda.name ) );
      agenda.title = titleValue.toString();
      const QJsonValue itemsValue = object.value( QStringLiteral( "items" ) );
      if ( !itemsValue.isArray() )
        return fail( QCoreApplication::translate( "vigie::review", "agenda \"%1\": field \"items\" is missing or not an array" )
                         .arg( agenda.name ) );
      const QJsonArray items = itemsValue.toArray();
      for ( int i = 0; i < items.size(); ++i )
      {
        const QJsonValue itemValue = items.at( i );
        AgendaItem item;
        if ( itemValue.isString() )
          item.slideId = itemValue.toString();
        else if ( itemValue.isObject() )
        {
          const QJsonObject itemObject = itemValue.toObject();
          const QJsonValue slideValue = itemObject.value( QStringLiteral( "slide" ) );
          if ( !slideValue.isString() )
            return fail(
                QCoreApplication::translate( "vigie::review", "agenda \"%1\": items[%2]: field \"slide\" is missing or not a string" )
                    .arg( agenda.name )
                    .arg( i ) );
          item.slideId = slideValue.toString();
          const QJsonValue itemTitle = itemObject.value( QStringLiteral( "title" ) );
          if ( !itemTitle.isUndefined() && !itemTitle.isString() )
            return fail( QCoreApplication::translate( "vigie::review", "agenda \"%1\": items[%2]: field \"title\" is not a string" )
                             .arg( agenda.name )
                             .arg( i ) );
          item.title = itemTitle.toString();
        }
        else
          return fail( QCoreApplication::translate( "vigie::review", "agenda \"%1\": items[%2] is neither a slide id nor an object" )
                           .arg( agenda.name )
                           .arg( i ) );
        item.slideId = item.slideId.trimmed();
        if ( item.slideId.isEmpty() )
          return fail(
              QCoreApplication::translate( "vigie::review", "agenda \"%1\": items[%2]: empty slide id" ).arg( agenda.name ).arg( i ) );
        agenda.items << item;
      }
      if ( errorMessage )
        errorMessage->clear();
      return agenda;
    }

    QJsonObject Deck::toJson() const
    {
      QJsonObject object;
      object.insert( QStringLiteral( "territory" ), territoryName );
      object.insert( QStringLiteral( "agenda" ), agendaName );
      object.insert( QStringLiteral( "title" ), title );
      object.insert( QStringLiteral( "language" ), language );
      object.insert( QStringLiteral( "date" ),
                     date.isValid() ? QJsonValue( date.toString( Qt::ISODate ) ) : QJsonValue( QJsonValue::Null ) );
      object.insert( QStringLiteral( "built_at" ), builtAt.isValid() ? QJsonValue( isoUtc( builtAt ) ) : QJsonValue( QJsonValue::Null ) );
      QJsonArray slideArray;
      // Flat figure map by id (first occurrence wins: the overview repeats the key figures)
      QJsonObject figureMap;
      for ( const Slide &slide : slides )
      {
        slideArray.append( slide.toJson() );
        for ( const Figure &f : slide.figures )
          if ( !figureMap.contains( f.id ) )
            figureMap.insert( f.id, f.toJson() );
      }
      object.insert( QStringLiteral( "slide_count" ), slides.size() );
      object.insert( QStringLiteral( "slides" ), slideArray );
      object.insert( QStringLiteral( "figures" ), figureMap );
      object.insert( QStringLiteral( "missing" ), QJsonArray::fromStringList( missing ) );
      return object;
    }

    DeckLanguage::DeckLanguage( const QString &language )
        : mLanguage( language == QLatin1String( "fr" ) ? QStringLiteral( "fr" ) : QStringLiteral( "en" ) ),
          mLocale( mLanguage == QLatin1String( "fr" ) ? QLocale( QLocale::French, QLocale::France )
                                                      : QLocale( QLocale::English, QLocale::UnitedKingdom ) )
    {
      mLocale.setNumberOptions( QLocale::DefaultNumberOptions );
      if ( mLanguage == QLatin1String( "en" ) )
        return; // source strings are English
      for ( const QString &dir : translationSearchPaths() )
      {
        auto translator = std::make_unique<QTranslator>();
        if ( translator->load( QStringLiteral( "vigie_" ) + mLanguage, dir ) )
        {
          mTranslator = std::move( translator );
          break;
        }
      }
    }

    DeckLanguage::~DeckLanguage() = default;

    QString DeckLanguage::tr( const char *sourceText ) const
    {
      if ( mTranslator )
      {
        const QString translated = mTranslator->translate( "vigie::review", sourceText );
        if ( !translated.isEmpty() )
          return translated;
      }
      return QString::fromUtf8( sourceText );
    }

    QString DeckLanguage::number( double value, int decimals ) const
    {
      QString text = mLocale.toString( value, 'f', decimals );
      // French groups with a narrow no-break space in recent CLDR data; keep one no-break space everywhere
      text.replace( QChar( 0x202F ), QChar( 0x00A0 ) );
      return text;
    }

    QString DeckLanguage::withUnit( double value, int decimals, const QString &unit ) const
    {
      const QString n = number( value, decimals );
      if ( unit.isEmpty() )
        return n;
      if ( unit == QLatin1String( "%" ) && mLanguage == QLatin1String( "en" ) )
        return n + unit;
      return n + QChar( 0x00A0 ) + unit;
    }

    QString DeckLanguage::date( const QDate &date ) const
    {
      return mLocale.toString( date, QLocale::LongFormat );
    }

    Figure numberFigure( const DeckLanguage &language, const QString &id, const QString &label, double value, int decimals,
                         const QString &unit, const QString &source, const QDateTime &dataDate, bool key )
    {
      Figure figure;
      figure.id = id;
      figure.label = label;
      figure.unit = unit;
      figure.source = source;
      figure.dataDate = dataDate;
      figure.key = key;
      if ( !std::isfinite( value ) )
      {
        figure.unavailableReason = deckText( language, QT_TRANSLATE_NOOP( "vigie::review", "not a finite number" ) );
        return figure;
      }
      figure.value = value;
      figure.text = language.withUnit( value, decimals, unit );
      return figure;
    }

    Figure ratioFigure( const DeckLanguage &language, const QString &id, const QString &label, double ratio, int decimals,
                        const QString &source, const QDateTime &dataDate, bool key )
    {
      Figure figure = numberFigure( language, id, label, ratio * 100.0, decimals, QStringLiteral( "%" ), source, dataDate, key );
      if ( figure.value.isValid() )
        figure.value = ratio;
      return figure;
    }

    Figure countFigure( const DeckLanguage &language, const QString &id, const QString &label, qlonglong value, const QString &source,
                        const QDateTime &dataDate, bool key )
    {
      Figure figure;
      figure.id = id;
      figure.label = label;
      figure.value = value;
      figure.text = language.number( static_cast<double>( value ), 0 );
      figure.source = source;
      figure.dataDate = dataDate;
      figure.key = key;
      return figure;
    }

    Figure unavailableFigure( const QString &id, const QString &label, const QString &reason, const QString &source, bool key )
    {
      Figure figure;
      figure.id = id;
      figure.label = label;
      figure.source = source;
      figure.unavailableReason = reason;
      figure.text = reason;
      figure.key = key;
      return figure;
    }

    QString pluginMissingReason( const DeckLanguage &language, const QString &pluginId )
    {
      return deckText( language, QT_TRANSLATE_NOOP( "vigie::review", "the « %1 » plugin is not installed" ) ).arg( pluginId );
    }
  } // namespace review
} // namespace vigie
