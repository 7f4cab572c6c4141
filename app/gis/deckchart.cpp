// SPDX-License-Identifier: GPL-2.0-or-later
#include "deckchart.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie
{
  namespace
  {
    //! SVG units per millimetre (1 unit = 0.1 mm) and the matching resolution.
    constexpr double kUnitsPerMm = 10.0;
    constexpr int kResolution = 254;

    QFont chartFont( const DeckChartStyle &style, double pt, bool bold = false )
    {
      QFont font( style.fontFamily );
      font.setStyleHint( QFont::SansSerif );
      font.setPixelSize( std::max( 1, static_cast<int>( std::lround( pt / 72.0 * kResolution ) ) ) );
      font.setBold( bold );
      return font;
    }

    int decimalsFor( double step )
    {
      if ( step <= 0 || step >= 1 )
        return 0;
      return std::min( 6, static_cast<int>( std::ceil( -std::log10( step ) - 1e-9 ) ) );
    }

    //! Value range of the chart's y axis: the data, plus 0 for bars.
    bool valueRange( const review::Chart &chart, int categoryCount, double *low, double *high )
    {
      double minimum = std::numeric_limits<double>::max();
      double maximum = std::numeric_limits<double>::lowest();
      bool any = false;
      if ( chart.kind == review::Chart::Kind::StackedBar )
      {
        QVector<double> positive( categoryCount, 0.0 ), negative( categoryCount, 0.0 );
        for ( const review::ChartSeries &series : chart.series )
        {
          for ( const QPointF &point : series.points )
          {
            const int index = static_cast<int>( std::lround( point.x() ) );
            if ( index < 0 || index >= categoryCount || !std::isfinite( point.y() ) )
              continue;
            ( point.y() >= 0 ? positive : negative )[index] += point.y();
            any = true;
          }
        }
        for ( int i = 0; i < categoryCount; ++i )
        {
          minimum = std::min( minimum, negative.at( i ) );
          maximum = std::max( maximum, positive.at( i ) );
        }
      }
      else
      {
        for ( const review::ChartSeries &series : chart.series )
        {
          for ( const QPointF &point : series.points )
          {
            if ( !std::isfinite( point.y() ) )
              continue;
            minimum = std::min( minimum, point.y() );
            maximum = std::max( maximum, point.y() );
            any = true;
          }
        }
      }
      if ( !any )
        return false;
      if ( chart.kind != review::Chart::Kind::Line )
      {
        minimum = std::min( minimum, 0.0 );
        maximum = std::max( maximum, 0.0 );
      }
      if ( maximum - minimum < 1e-12 )
      {
        const double pad = std::abs( maximum ) > 0 ? std::abs( maximum ) * 0.1 : 1.0;
        maximum += pad;
        if ( chart.kind == review::Chart::Kind::Line || minimum < 0 )
          minimum -= pad;
      }
      *low = minimum;
      *high = maximum;
      return true;
    }
  } // namespace

  QList<QColor> DeckChart::defaultPalette()
  {
    // Okabe-Ito, black replaced by a grey that shows on dark pages too
    return { QColor( 0, 114, 178 ),  QColor( 230, 159, 0 ), QColor( 0, 158, 115 ),  QColor( 204, 121, 167 ),
             QColor( 86, 180, 233 ), QColor( 213, 94, 0 ),  QColor( 240, 228, 66 ), QColor( 150, 150, 150 ) };
  }

  double DeckChart::niceStep( double span, int ticks )
  {
    if ( !( span > 0 ) || !std::isfinite( span ) || ticks < 1 )
      return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow( 10.0, std::floor( std::log10( raw ) ) );
    const double fraction = raw / magnitude;
    double nice = 10;
    if ( fraction <= 1 )
      nice = 1;
    else if ( fraction <= 2 )
      nice = 2;
    else if ( fraction <= 2.5 )
      nice = 2.5;
    else if ( fraction <= 5 )
      nice = 5;
    return nice * magnitude;
  }

  QByteArray DeckChart::svg( const review::Chart &chart, const QSizeF &sizeMm, const DeckChartStyle &style )
  {
    const double width = std::max( 10.0, sizeMm.width() * kUnitsPerMm );
    const double height = std::max( 10.0, sizeMm.height() * kUnitsPerMm );
    QBuffer buffer;
    buffer.open( QIODevice::WriteOnly );
    QSvgGenerator generator;
    generator.setOutputDevice( &buffer );
    generator.setSize( QSize( static_cast<int>( width ), static_cast<int>( height ) ) );
    generator.setViewBox( QRectF( 0, 0, width, height ) );
    generator.setResolution( kResolution );
    generator.setTitle( chart.title );

    QPainter painter;
    if ( !painter.begin( &generator ) )
      return QByteArray();
    paint( &painter, chart, sizeMm, style );
    painter.end();
    return buffer.data();
  }

  double DeckChart::unitsPerMm()
  {
    return kUnitsPerMm;
  }

  void DeckChart::paint( QPainter *target, const review::Chart &chart, const QSizeF &sizeMm, const DeckChartStyle &style )
  {
    const double width = std::max( 10.0, sizeMm.width() * kUnitsPerMm );
    const double height = std::max( 10.0, sizeMm.height() * kUnitsPerMm );
    QPainter &painter = *target;
    painter.save();
    painter.setRenderHint( QPainter::Antialiasing );
    if ( style.background.alpha() > 0 )
      painter.fillRect( QRectF( 0, 0, width, height ), style.background );

    const QList<QColor> palette = style.palette.isEmpty() ? defaultPalette() : style.palette;
    const QFont titleFont = chartFont( style, style.fontPt * 1.3, true );
    const QFont textFont = chartFont( style, style.fontPt );
    const QFont smallFont = chartFont( style, style.fontPt * 0.85 );
    const QFontMetricsF titleMetrics( titleFont );
    const QFontMetricsF textMetrics( textFont );
    const QFontMetricsF smallMetrics( smallFont );
    const double gap = textMetrics.height() * 0.4;

    QRectF area( gap, gap, width - 2 * gap, height - 2 * gap );

    // title
    if ( !chart.title.isEmpty() )
    {
      painter.setFont( titleFont );
      painter.setPen( style.text );
      const QRectF titleRect( area.left(), area.top(), area.width(), titleMetrics.height() * 1.15 );
      painter.drawText( titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                        titleMetrics.elidedText( chart.title, Qt::ElideRight, titleRect.width() ) );
      area.setTop( titleRect.bottom() + gap * 0.5 );
    }

    // legend: one swatch and name per series, wrapped on as many lines as needed
    const bool legend = chart.series.size() > 1 || ( chart.series.size() == 1 && !chart.series.constFirst().name.isEmpty() );
    if ( legend )
    {
      painter.setFont( textFont );
      const double swatch = textMetrics.height() * 0.7;
      double x = area.left();
      double y = area.top();
      const double lineHeight = textMetrics.height() * 1.2;
      for ( int s = 0; s < chart.series.size(); ++s )
      {
        const QString name = chart.series.at( s ).name;
        const double itemWidth = swatch + gap * 0.5 + textMetrics.horizontalAdvance( name ) + gap * 1.5;
        if ( x > area.left() && x + itemWidth > area.right() )
        {
          x = area.left();
          y += lineHeight;
        }
        const QColor colour = palette.at( s % palette.size() );
        painter.setPen( Qt::NoPen );
        painter.setBrush( colour );
        painter.drawRect( QRectF( x, y + ( lineHeight - swatch ) / 2, swatch, swatch ) );
        painter.setPen( style.text );
        painter.drawText( QRectF( x + swatch + gap * 0.5, y, area.right() - x, lineHeight ), Qt::AlignLeft | Qt::AlignVCenter,
                          textMetrics.elidedText( name, Qt::ElideRight, area.right() - x - swatch - gap ) );
        x += itemWidth;
      }
      area.setTop( y + lineHeight + gap * 0.5 );
    }

    int categoryCount = chart.categories.size();
    if ( chart.kind != review::Chart::Kind::Line )
    {
      for ( const review::ChartSeries &series : chart.series )
        for ( const QPointF &point : series.points )
          categoryCount = std::max( categoryCount, static_cast<int>( std::lround( point.x() ) ) + 1 );
    }

    double low = 0;
    double high = 0;
    if ( !valueRange( chart, categoryCount, &low, &high ) )
    {
      painter.setFont( textFont );
      painter.setPen( style.axis );
      painter.drawText( area, Qt::AlignCenter | Qt::TextWordWrap, style.noDataText );
      painter.restore();
      return;
    }
    const double step = niceStep( high - low );
    const double axisLow = std::floor( low / step + 1e-9 ) * step;
    const double axisHigh = std::ceil( high / step - 1e-9 ) * step;
    const int decimals = decimalsFor( step );
    QStringList tickLabels;
    QList<double> ticks;
    for ( double v = axisLow; v <= axisHigh + step * 1e-6; v += step )
    {
      const double value = std::abs( v ) < step * 1e-9 ? 0.0 : v;
      ticks << value;
      tickLabels << style.locale.toString( value, 'f', decimals );
    }
    double tickWidth = 0;
    for ( const QString &label : std::as_const( tickLabels ) )
      tickWidth = std::max( tickWidth, textMetrics.horizontalAdvance( label ) );

    // x positions: categories for bars, numbers or categories for lines
    bool categoricalX = chart.kind != review::Chart::Kind::Line;
    double xLow = 0;
    double xHigh = std::max( 1, categoryCount );
    if ( chart.kind == review::Chart::Kind::Line )
    {
      xLow = std::numeric_limits<double>::max();
      xHigh = std::numeric_limits<double>::lowest();
      bool integral = !chart.categories.isEmpty();
      for ( const review::ChartSeries &series : chart.series )
        for ( const QPointF &point : series.points )
        {
          xLow = std::min( xLow, point.x() );
          xHigh = std::max( xHigh, point.x() );
          if ( point.x() != std::round( point.x() ) || point.x() < 0 || point.x() >= chart.categories.size() )
            integral = false;
        }
      if ( integral )
      {
        categoricalX = true;
        categoryCount = chart.categories.size();
      }
      else if ( xHigh - xLow < 1e-12 )
      {
        xLow -= 1;
        xHigh += 1;
      }
    }

    const double yLabelWidth = chart.yLabel.isEmpty() ? 0 : textMetrics.height() * 1.2;
    const double xLabelHeight = chart.xLabel.isEmpty() ? 0 : textMetrics.height() * 1.2;
    const QRectF plot( area.left() + yLabelWidth + tickWidth + gap, area.top() + textMetrics.height() * 0.5,
                       area.width() - yLabelWidth - tickWidth - gap - gap * 0.5,
                       area.height() - textMetrics.height() * 0.5 - textMetrics.height() * ( categoricalX ? 2.3 : 1.3 ) - xLabelHeight );
    if ( plot.width() <= 0 || plot.height() <= 0 )
    {
      painter.restore();
      return;
    }
    auto yOf = [&]( double value ) { return plot.bottom() - ( value - axisLow ) / ( axisHigh - axisLow ) * plot.height(); };
    auto slotCentre = [&]( int index ) { return plot.left() + ( index + 0.5 ) * plot.width() / std::max( 1, categoryCount ); };
    auto xOf = [&]( double x )
    {
      if ( categoricalX )
        return slotCentre( static_cast<int>( std::lround( x ) ) );
      return plot.left() + ( x - xLow ) / ( xHigh - xLow ) * plot.width();
    };

    // grid and y ticks
    painter.setFont( textFont );
    const double hairline = 2.5; // 0.25 mm
    for ( int i = 0; i < ticks.size(); ++i )
    {
      const double y = yOf( ticks.at( i ) );
      painter.setPen( QPen( ticks.at( i ) == 0.0 ? style.axis : style.grid, hairline ) );
      painter.drawLine( QPointF( plot.left(), y ), QPointF( plot.right(), y ) );
      painter.setPen( style.text );
      painter.drawText( QRectF( plot.left() - gap - tickWidth, y - textMetrics.height() / 2, tickWidth, textMetrics.height() ),
                        Qt::AlignRight | Qt::AlignVCenter, tickLabels.at( i ) );
    }
    painter.setPen( QPen( style.axis, hairline * 1.5 ) );
    painter.drawLine( plot.bottomLeft(), plot.bottomRight() );
    painter.drawLine( plot.bottomLeft(), plot.topLeft() );

    // x labels
    const QRectF xTickBand( plot.left(), plot.bottom() + gap * 0.3, plot.width(), textMetrics.height() * ( categoricalX ? 2.2 : 1.2 ) );
    painter.setPen( style.text );
    if ( categoricalX )
    {
      const double slot = plot.width() / std::max( 1, categoryCount );
      // labels wrap on two lines; thin them out (every n-th category) when a word is wider than its slot
      double widest = 0;
      for ( const QString &category : chart.categories )
      {
        const QStringList words = category.split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
        for ( const QString &word : words )
          widest = std::max( widest, textMetrics.horizontalAdvance( word ) );
      }
      const int every =
          widest > slot * 0.95 && slot > 0 ? std::max( 1, static_cast<int>( std::ceil( std::min( widest, slot * 4 ) / slot ) ) ) : 1;
      for ( int i = 0; i < categoryCount; ++i )
      {
        if ( i % every )
          continue;
        const QString label = i < chart.categories.size() ? chart.categories.at( i ) : style.locale.toString( i + 1 );
        const double available = slot * every * 0.95;
        painter.drawText( QRectF( slotCentre( i ) - available / 2, xTickBand.top(), available, xTickBand.height() ),
                          Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label );
      }
    }
    else
    {
      const double xStep =
          niceStep( xHigh - xLow,
                    std::max( 2, static_cast<int>( plot.width() / ( textMetrics.horizontalAdvance( QStringLiteral( "00000000" ) ) ) ) ) );
      const int xDecimals = decimalsFor( xStep );
      for ( double x = std::ceil( xLow / xStep - 1e-9 ) * xStep; x <= xHigh + xStep * 1e-6; x += xStep )
      {
        const QString label = style.locale.toString( x, 'f', xDecimals );
        const double w = textMetrics.horizontalAdvance( label ) + gap;
        painter.drawText( QRectF( xOf( x ) - w / 2, xTickBand.top(), w, xTickBand.height() ), Qt::AlignHCenter | Qt::AlignTop, label );
      }
    }
    if ( !chart.xLabel.isEmpty() )
      painter.drawText( QRectF( plot.left(), xTickBand.bottom(), plot.width(), xLabelHeight ), Qt::AlignHCenter | Qt::AlignVCenter,
                        textMetrics.elidedText( chart.xLabel, Qt::ElideRight, plot.width() ) );
    if ( !chart.yLabel.isEmpty() )
    {
      painter.save();
      painter.translate( area.left(), plot.center().y() );
      painter.rotate( -90 );
      painter.drawText( QRectF( -plot.height() / 2, 0, plot.height(), yLabelWidth ), Qt::AlignHCenter | Qt::AlignTop,
                        textMetrics.elidedText( chart.yLabel, Qt::ElideRight, plot.height() ) );
      painter.restore();
    }

    // data
    const int seriesCount = std::max( 1, static_cast<int>( chart.series.size() ) );
    const double slot = plot.width() / std::max( 1, categoryCount );
    if ( chart.kind == review::Chart::Kind::Line )
    {
      for ( int s = 0; s < chart.series.size(); ++s )
      {
        QList<QPointF> points = chart.series.at( s ).points;
        std::sort( points.begin(), points.end(), []( const QPointF &a, const QPointF &b ) { return a.x() < b.x(); } );
        const QColor colour = palette.at( s % palette.size() );
        QPainterPath path;
        bool first = true;
        for ( const QPointF &point : std::as_const( points ) )
        {
          if ( !std::isfinite( point.y() ) )
          {
            first = true;
            continue;
          }
          const QPointF at( xOf( point.x() ), yOf( point.y() ) );
          if ( first )
            path.moveTo( at );
          else
            path.lineTo( at );
          first = false;
        }
        painter.setBrush( Qt::NoBrush );
        painter.setPen( QPen( colour, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin ) );
        painter.drawPath( path );
        if ( points.size() <= 40 )
        {
          painter.setPen( Qt::NoPen );
          painter.setBrush( colour );
          for ( const QPointF &point : std::as_const( points ) )
            if ( std::isfinite( point.y() ) )
              painter.drawEllipse( QPointF( xOf( point.x() ), yOf( point.y() ) ), 10, 10 );
        }
      }
    }
    else
    {
      const bool stacked = chart.kind == review::Chart::Kind::StackedBar;
      const double groupWidth = slot * 0.7;
      const double barWidth = stacked ? groupWidth : groupWidth / seriesCount;
      int barCount = 0;
      for ( const review::ChartSeries &series : chart.series )
        barCount += series.points.size();
      const bool valueLabels = !stacked && barCount <= 16 && barWidth >= smallMetrics.horizontalAdvance( QStringLiteral( "0000" ) );
      QVector<double> positive( categoryCount, 0.0 ), negative( categoryCount, 0.0 );
      painter.setFont( smallFont );
      for ( int s = 0; s < chart.series.size(); ++s )
      {
        const QColor colour = palette.at( s % palette.size() );
        for ( const QPointF &point : chart.series.at( s ).points )
        {
          const int index = static_cast<int>( std::lround( point.x() ) );
          if ( index < 0 || index >= categoryCount || !std::isfinite( point.y() ) )
            continue;
          double base = 0;
          double left = slotCentre( index ) - groupWidth / 2;
          if ( stacked )
          {
            double &accumulated = point.y() >= 0 ? positive[index] : negative[index];
            base = accumulated;
            accumulated += point.y();
          }
          else
            left += s * barWidth;
          const double top = yOf( base + point.y() );
          const double bottom = yOf( base );
          painter.setPen( Qt::NoPen );
          painter.setBrush( colour );
          painter.drawRect( QRectF( QPointF( left, std::min( top, bottom ) ),
                                    QPointF( left + barWidth * ( stacked ? 1.0 : 0.92 ), std::max( top, bottom ) ) ) );
          if ( valueLabels )
          {
            const QString label =
                style.locale.toString( point.y(), 'f', std::max( decimals, point.y() == std::round( point.y() ) ? 0 : 1 ) );
            const double labelHeight = smallMetrics.height();
            const double y = point.y() >= 0 ? top - labelHeight : top;
            painter.setPen( style.text );
            painter.drawText( QRectF( left - barWidth, y, barWidth * 3, labelHeight ), Qt::AlignHCenter | Qt::AlignVCenter, label );
          }
        }
      }
    }
    painter.restore();
  }
} // namespace vigie
