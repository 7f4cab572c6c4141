// SPDX-License-Identifier: GPL-2.0-or-later
#include "inpwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace vigie::hydraulics
{
  namespace
  {
    //! Shortest text that reads back to the same double.
    QString num( double value )
    {
      return QString::number( value, 'g', QLocale::FloatingPointShortest );
    }

    //! An id as a token: quoted when it holds spaces or a ';'.
    QString id( const QString &text )
    {
      if ( text.isEmpty() || text.contains( QLatin1Char( ' ' ) ) || text.contains( QLatin1Char( '\t' ) ) ||
           text.contains( QLatin1Char( ';' ) ) )
        return QLatin1Char( '"' ) + text + QLatin1Char( '"' );
      return text;
    }

    //! Joins tokens with a tab and appends the comment.
    QString row( const QStringList &tokens, const QString &comment = QString() )
    {
      QString line = QLatin1Char( ' ' ) + tokens.join( QLatin1Char( '\t' ) );
      if ( !comment.isEmpty() )
        line += QStringLiteral( "\t;" ) + comment;
      return line + QLatin1Char( '\n' );
    }

    QString timeText( long long seconds )
    {
      return QStringLiteral( "%1:%2:%3" )
          .arg( seconds / 3600 )
          .arg( ( seconds / 60 ) % 60, 2, 10, QLatin1Char( '0' ) )
          .arg( seconds % 60, 2, 10, QLatin1Char( '0' ) );
    }
  } // namespace

  QString InpWriter::toText( const Network &network )
  {
    QString out;
    out += QStringLiteral( "[TITLE]\n" );
    if ( !network.title.isEmpty() )
      out += network.title + QLatin1Char( '\n' );

    out += QStringLiteral( "\n[JUNCTIONS]\n;ID\tElev\tDemand\tPattern\n" );
    for ( const Junction &j : network.junctions )
    {
      QStringList t = { id( j.id ), num( j.elevation ), num( j.baseDemand ) };
      if ( !j.pattern.isEmpty() )
        t << id( j.pattern );
      out += row( t, j.comment );
    }
    out += QStringLiteral( "\n[RESERVOIRS]\n;ID\tHead\tPattern\n" );
    for ( const Reservoir &r : network.reservoirs )
    {
      QStringList t = { id( r.id ), num( r.head ) };
      if ( !r.pattern.isEmpty() )
        t << id( r.pattern );
      out += row( t, r.comment );
    }
    out += QStringLiteral( "\n[TANKS]\n;ID\tElevation\tInitLevel\tMinLevel\tMaxLevel\tDiameter\tMinVol\tVolCurve\tOverflow\n" );
    for ( const Tank &tk : network.tanks )
    {
      QStringList t = { id( tk.id ),        num( tk.elevation ), num( tk.initLevel ), num( tk.minLevel ),
                        num( tk.maxLevel ), num( tk.diameter ),  num( tk.minVolume ) };
      if ( !tk.volumeCurve.isEmpty() || tk.overflow )
        t << ( tk.volumeCurve.isEmpty() ? QStringLiteral( "*" ) : id( tk.volumeCurve ) );
      if ( tk.overflow )
        t << QStringLiteral( "YES" );
      out += row( t, tk.comment );
    }
    out += QStringLiteral( "\n[PIPES]\n;ID\tNode1\tNode2\tLength\tDiameter\tRoughness\tMinorLoss\tStatus\n" );
    for ( const Pipe &p : network.pipes )
    {
      const QString status = p.status == PipeStatus::Closed       ? QStringLiteral( "Closed" )
                             : p.status == PipeStatus::CheckValve ? QStringLiteral( "CV" )
                                                                  : QStringLiteral( "Open" );
      out += row(
          { id( p.id ), id( p.node1 ), id( p.node2 ), num( p.length ), num( p.diameter ), num( p.roughness ), num( p.minorLoss ), status },
          p.comment );
    }
    out += QStringLiteral( "\n[PUMPS]\n;ID\tNode1\tNode2\tParameters\n" );
    for ( const Pump &p : network.pumps )
    {
      QStringList t = { id( p.id ), id( p.node1 ), id( p.node2 ) };
      if ( !p.headCurve.isEmpty() )
        t << QStringLiteral( "HEAD" ) << id( p.headCurve );
      if ( p.power > 0 )
        t << QStringLiteral( "POWER" ) << num( p.power );
      if ( p.speed != 1 )
        t << QStringLiteral( "SPEED" ) << num( p.speed );
      if ( !p.pattern.isEmpty() )
        t << QStringLiteral( "PATTERN" ) << id( p.pattern );
      out += row( t, p.comment );
    }
    out += QStringLiteral( "\n[VALVES]\n;ID\tNode1\tNode2\tDiameter\tType\tSetting\tMinorLoss\n" );
    for ( const Valve &v : network.valves )
      out += row(
          { id( v.id ), id( v.node1 ), id( v.node2 ), num( v.diameter ), valveTypeName( v.type ), id( v.setting ), num( v.minorLoss ) },
          v.comment );

    out += QStringLiteral( "\n[DEMANDS]\n;Junction\tDemand\tPattern\tCategory\n" );
    for ( const Junction &j : network.junctions )
    {
      for ( const Demand &d : j.demands )
      {
        QStringList t = { id( j.id ), num( d.base ) };
        if ( !d.pattern.isEmpty() )
          t << id( d.pattern );
        out += row( t, d.category );
      }
    }
    out += QStringLiteral( "\n[EMITTERS]\n;Junction\tCoefficient\n" );
    for ( const Junction &j : network.junctions )
    {
      if ( j.emitterCoefficient > 0 )
        out += row( { id( j.id ), num( j.emitterCoefficient ) } );
    }
    out += QStringLiteral( "\n[STATUS]\n;ID\tStatus/Setting\n" );
    for ( const StatusEntry &s : network.statuses )
      out += row( { id( s.linkId ), s.value } );

    out += QStringLiteral( "\n[PATTERNS]\n;ID\tMultipliers\n" );
    for ( const Pattern &p : network.patterns )
    {
      if ( p.factors.isEmpty() )
        out += row( { id( p.id ) } );
      for ( int i = 0; i < p.factors.size(); i += 6 )
      {
        QStringList t = { id( p.id ) };
        for ( int k = i; k < std::min( i + 6, static_cast<int>( p.factors.size() ) ); ++k )
          t << num( p.factors.at( k ) );
        out += row( t );
      }
    }
    out += QStringLiteral( "\n[CURVES]\n;ID\tX-Value\tY-Value\n" );
    for ( const Curve &c : network.curves )
    {
      if ( !c.type.isEmpty() )
        out += QStringLiteral( ";%1:\n" ).arg( c.type );
      for ( const QPointF &p : c.points )
        out += row( { id( c.id ), num( p.x() ), num( p.y() ) } );
      if ( !c.type.isEmpty() )
        out += QStringLiteral( ";\n" ); // ends the type comment's scope for the next curve
    }

    out += QStringLiteral( "\n[CONTROLS]\n" );
    for ( const Control &c : network.controls )
    {
      QStringList t = { QStringLiteral( "LINK" ), id( c.linkId ) };
      t << ( c.action == Control::Action::Open     ? QStringLiteral( "OPEN" )
             : c.action == Control::Action::Closed ? QStringLiteral( "CLOSED" )
                                                   : num( c.setting ) );
      switch ( c.condition )
      {
      case Control::Condition::NodeAbove:
      case Control::Condition::NodeBelow:
        t << QStringLiteral( "IF" ) << QStringLiteral( "NODE" ) << id( c.nodeId )
          << ( c.condition == Control::Condition::NodeAbove ? QStringLiteral( "ABOVE" ) : QStringLiteral( "BELOW" ) ) << num( c.value );
        break;
      case Control::Condition::Time:
        t << QStringLiteral( "AT" ) << QStringLiteral( "TIME" ) << timeText( c.seconds );
        break;
      case Control::Condition::ClockTime:
        t << QStringLiteral( "AT" ) << QStringLiteral( "CLOCKTIME" ) << timeText( c.seconds );
        break;
      }
      out += row( t );
    }
    out += QStringLiteral( "\n[RULES]\n" );
    for ( const Rule &r : network.rules )
    {
      out += QStringLiteral( "RULE %1\n" ).arg( id( r.id ) );
      for ( const Rule::Premise &p : r.premises )
      {
        QStringList t = { p.logic, p.object };
        if ( !p.id.isEmpty() )
          t << id( p.id );
        t << p.attribute << p.relation << p.value;
        out += t.join( QLatin1Char( ' ' ) ) + QLatin1Char( '\n' );
      }
      for ( int i = 0; i < r.thenActions.size(); ++i )
      {
        const Rule::Action &a = r.thenActions.at( i );
        out += QStringLiteral( "%1 %2 %3 %4 = %5\n" )
                   .arg( i == 0 ? QStringLiteral( "THEN" ) : QStringLiteral( "AND" ), a.object, id( a.id ), a.attribute, a.value );
      }
      for ( int i = 0; i < r.elseActions.size(); ++i )
      {
        const Rule::Action &a = r.elseActions.at( i );
        out += QStringLiteral( "%1 %2 %3 %4 = %5\n" )
                   .arg( i == 0 ? QStringLiteral( "ELSE" ) : QStringLiteral( "AND" ), a.object, id( a.id ), a.attribute, a.value );
      }
      if ( r.priority != 0 )
        out += QStringLiteral( "PRIORITY %1\n" ).arg( num( r.priority ) );
      out += QLatin1Char( '\n' );
    }

    for ( const RawSection &s : network.rawSections )
    {
      out += QStringLiteral( "\n[%1]\n" ).arg( s.name );
      for ( const QString &line : s.lines )
        out += line + QLatin1Char( '\n' );
    }

    out += QStringLiteral( "\n[TIMES]\n" );
    for ( const auto &entry : network.times )
      out += row( { entry.first, entry.second } );
    out += QStringLiteral( "\n[OPTIONS]\n" );
    for ( const auto &entry : network.options )
      out += row( { entry.first, entry.second } );

    out += QStringLiteral( "\n[COORDINATES]\n;Node\tX-Coord\tY-Coord\n" );
    auto writeCoordinate = [&out, &network]( const QString &node )
    {
      const auto it = network.coordinates.constFind( node );
      if ( it != network.coordinates.constEnd() )
        out += row( { id( node ), num( it->x() ), num( it->y() ) } );
    };
    for ( const Junction &j : network.junctions )
      writeCoordinate( j.id );
    for ( const Reservoir &r : network.reservoirs )
      writeCoordinate( r.id );
    for ( const Tank &t : network.tanks )
      writeCoordinate( t.id );
    out += QStringLiteral( "\n[VERTICES]\n;Link\tX-Coord\tY-Coord\n" );
    auto writeVertices = [&out, &network]( const QString &link )
    {
      const auto it = network.vertices.constFind( link );
      if ( it == network.vertices.constEnd() )
        return;
      for ( const QPointF &p : *it )
        out += row( { id( link ), num( p.x() ), num( p.y() ) } );
    };
    for ( const Pipe &p : network.pipes )
      writeVertices( p.id );
    for ( const Pump &p : network.pumps )
      writeVertices( p.id );
    for ( const Valve &v : network.valves )
      writeVertices( v.id );
    out += QStringLiteral( "\n[END]\n" );
    return out;
  }

  bool InpWriter::writeFile( const Network &network, const QString &path, QString *errorMessage )
  {
    QSaveFile file( path );
    if ( !file.open( QIODevice::WriteOnly ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "%1: cannot write: %2" ).arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    file.write( toText( network ).toUtf8() );
    if ( !file.commit() )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "%1: cannot write: %2" ).arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    return true;
  }
} // namespace vigie::hydraulics
