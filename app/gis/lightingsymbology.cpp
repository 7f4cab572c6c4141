// SPDX-License-Identifier: GPL-2.0-or-later
#include "lightingsymbology.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgslinesymbol.h>
#include <qgsmarkersymbol.h>

#include <QMap>

#include <algorithm>

namespace vigie
{
  QgsLineSymbol *LightingSymbology::line( const QString &colour, double width )
  {
    return QgsLineSymbol::createSimple( { { QStringLiteral( "line_color" ), colour },
                                          { QStringLiteral( "line_width" ), QString::number( width ) },
                                          { QStringLiteral( "capstyle" ), QStringLiteral( "round" ) } } );
  }

  QgsMarkerSymbol *LightingSymbology::marker( const QString &colour, double size, bool outline )
  {
    return QgsMarkerSymbol::createSimple(
        { { QStringLiteral( "name" ), QStringLiteral( "circle" ) },
          { QStringLiteral( "color" ), colour },
          { QStringLiteral( "size" ), QString::number( size ) },
          { QStringLiteral( "outline_style" ), outline ? QStringLiteral( "solid" ) : QStringLiteral( "no" ) },
          { QStringLiteral( "outline_color" ), QStringLiteral( "#404040" ) },
          { QStringLiteral( "outline_width" ), QStringLiteral( "0.1" ) } } );
  }

  QString LightingSymbology::classColour( const QString &name )
  {
    static const QMap<QString, QString> colours = {
        { QStringLiteral( "M1" ), QStringLiteral( "#a50026" ) }, { QStringLiteral( "M2" ), QStringLiteral( "#d73027" ) },
        { QStringLiteral( "M3" ), QStringLiteral( "#f46d43" ) }, { QStringLiteral( "M4" ), QStringLiteral( "#fdae61" ) },
        { QStringLiteral( "M5" ), QStringLiteral( "#74add1" ) }, { QStringLiteral( "M6" ), QStringLiteral( "#4575b4" ) },
        { QStringLiteral( "C0" ), QStringLiteral( "#40004b" ) }, { QStringLiteral( "C1" ), QStringLiteral( "#762a83" ) },
        { QStringLiteral( "C2" ), QStringLiteral( "#9970ab" ) }, { QStringLiteral( "C3" ), QStringLiteral( "#c2a5cf" ) },
        { QStringLiteral( "C4" ), QStringLiteral( "#5aae61" ) }, { QStringLiteral( "C5" ), QStringLiteral( "#1b7837" ) },
        { QStringLiteral( "P1" ), QStringLiteral( "#543005" ) }, { QStringLiteral( "P2" ), QStringLiteral( "#8c510a" ) },
        { QStringLiteral( "P3" ), QStringLiteral( "#bf812d" ) }, { QStringLiteral( "P4" ), QStringLiteral( "#c7a25a" ) },
        { QStringLiteral( "P5" ), QStringLiteral( "#35978f" ) }, { QStringLiteral( "P6" ), QStringLiteral( "#01665e" ) } };
    return colours.value( name, QStringLiteral( "#808080" ) );
  }

  QStringList LightingSymbology::sortedClasses( QStringList names )
  {
    const QString order = QStringLiteral( "MCP" );
    std::sort( names.begin(), names.end(),
               [&order]( const QString &a, const QString &b )
               {
                 return order.indexOf( a.left( 1 ) ) != order.indexOf( b.left( 1 ) )
                            ? order.indexOf( a.left( 1 ) ) < order.indexOf( b.left( 1 ) )
                            : a < b;
               } );
    return names;
  }

  QgsCategorizedSymbolRenderer *LightingSymbology::classRenderer( const QString &field, const QStringList &names, double width )
  {
    QgsCategoryList categories;
    for ( const QString &name : sortedClasses( names ) )
      categories << QgsRendererCategory( name, line( classColour( name ), width ), name );
    return new QgsCategorizedSymbolRenderer( field, categories );
  }

  QgsCategorizedSymbolRenderer *LightingSymbology::faintPointRenderer( const QString &label )
  {
    return new QgsCategorizedSymbolRenderer(
        QStringLiteral( "'all'" ),
        { QgsRendererCategory( QStringLiteral( "all" ), marker( QStringLiteral( "#60606060" ), 0.5, false ), label ) } );
  }

  QgsCategorizedSymbolRenderer *LightingSymbology::greyLineRenderer( const QString &label, double width )
  {
    return new QgsCategorizedSymbolRenderer(
        QStringLiteral( "'all'" ), { QgsRendererCategory( QStringLiteral( "all" ), line( QStringLiteral( "#c8c8c8" ), width ), label ) } );
  }

  QList<double> LightingSymbology::powerBounds()
  {
    return { 0, 60, 120, 180, 300, 100000 };
  }

  QgsGraduatedSymbolRenderer *LightingSymbology::powerRenderer( const QString &field, const QStringList &labels, double size )
  {
    static const char *const colours[] = { "#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027" };
    const QList<double> bounds = powerBounds();
    QgsRangeList list;
    for ( int i = 0; i + 1 < bounds.size(); ++i )
      list << QgsRendererRange( bounds.at( i ), bounds.at( i + 1 ), marker( QString::fromLatin1( colours[i] ), size ), labels.value( i ) );
    return new QgsGraduatedSymbolRenderer( field, list );
  }
} // namespace vigie
