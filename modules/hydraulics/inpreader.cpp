// SPDX-License-Identifier: GPL-2.0-or-later
#include "inpreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <cmath>

namespace vigie::hydraulics
{
  namespace
  {
    //! One data line of a section: its tokens, the comment after ';' and its line number.
    struct DataLine
    {
      int number = 0;
      QStringList tokens;
      QString comment;
    };

    //! Splits a line into whitespace-separated tokens (double quotes group words) and its comment.
    DataLine tokenize( const QString &text, int number )
    {
      DataLine line;
      line.number = number;
      QString current;
      bool inQuotes = false;
      bool hasToken = false;
      for ( int i = 0; i < text.size(); ++i )
      {
        const QChar c = text.at( i );
        if ( c == QLatin1Char( '"' ) )
        {
          inQuotes = !inQuotes;
          hasToken = true;
          continue;
        }
        if ( !inQuotes && c == QLatin1Char( ';' ) )
        {
          line.comment = text.mid( i + 1 ).trimmed();
          break;
        }
        if ( !inQuotes && c.isSpace() )
        {
          if ( hasToken )
            line.tokens << current;
          current.clear();
          hasToken = false;
          continue;
        }
        current += c;
        hasToken = true;
      }
      if ( hasToken )
        line.tokens << current;
      return line;
    }

    //! Two-word [OPTIONS] keys; any other key is one word.
    const QSet<QString> &twoWordOptions()
    {
      static const QSet<QString> keys = { QStringLiteral( "SPECIFIC GRAVITY" ),  QStringLiteral( "DEMAND MULTIPLIER" ),
                                          QStringLiteral( "EMITTER EXPONENT" ),  QStringLiteral( "DEMAND MODEL" ),
                                          QStringLiteral( "MINIMUM PRESSURE" ),  QStringLiteral( "REQUIRED PRESSURE" ),
                                          QStringLiteral( "PRESSURE EXPONENT" ), QStringLiteral( "EMITTER BACKFLOW" ) };
      return keys;
    }

    //! The parse state: collects lines per section, then interprets them in dependency order.
    class Parser
    {
    public:
      Parser( const QString &sourceName, QString *errorMessage ) : mSource( sourceName ), mErrorMessage( errorMessage ) {}

      bool parse( const QString &text, Network &network );

    private:
      bool fail( int line, const QString &reason )
      {
        if ( mErrorMessage )
        {
          *mErrorMessage =
              line > 0
                  ? QCoreApplication::translate( "vigie", "%1:%2: %3" ).arg( QDir::toNativeSeparators( mSource ) ).arg( line ).arg( reason )
                  : QCoreApplication::translate( "vigie", "%1: %2" ).arg( QDir::toNativeSeparators( mSource ), reason );
        }
        return false;
      }

      //! Fails unless \a line has at least \a count values.
      bool need( const DataLine &line, int count, const QString &what )
      {
        if ( line.tokens.size() >= count )
          return true;
        return fail( line.number, QCoreApplication::translate( "vigie", "%1 needs at least %2 values, found %3" )
                                      .arg( what )
                                      .arg( count )
                                      .arg( line.tokens.size() ) );
      }

      //! Token \a index of \a line as a finite number; \a fallback when the token is absent.
      bool number( const DataLine &line, int index, const QString &field, double *value, double fallback = 0 )
      {
        if ( index >= line.tokens.size() )
        {
          *value = fallback;
          return true;
        }
        bool ok = false;
        const double v = line.tokens.at( index ).toDouble( &ok );
        if ( !ok || !std::isfinite( v ) )
          return fail( line.number, QCoreApplication::translate( "vigie", "bad number \"%1\" for %2 of %3" )
                                        .arg( line.tokens.at( index ), field, line.tokens.at( 0 ) ) );
        *value = v;
        return true;
      }

      bool addNode( const QString &id, NodeType type, int index, int lineNumber )
      {
        if ( mNetwork.nodeIndex.contains( id ) )
          return fail( lineNumber, QCoreApplication::translate( "vigie", "duplicate node id \"%1\"" ).arg( id ) );
        mNetwork.nodeIndex.insert( id, qMakePair( type, index ) );
        return true;
      }

      //! Checks a link's id is new and both its nodes exist.
      bool addLink( const LinkBase &link, LinkType type, int index )
      {
        if ( mNetwork.linkIndex.contains( link.id ) )
          return fail( link.line, QCoreApplication::translate( "vigie", "duplicate link id \"%1\"" ).arg( link.id ) );
        for ( const QString &node : { link.node1, link.node2 } )
        {
          if ( !mNetwork.nodeIndex.contains( node ) )
            return fail( link.line,
                         QCoreApplication::translate( "vigie", "link \"%1\" refers to unknown node \"%2\"" ).arg( link.id, node ) );
        }
        if ( link.node1 == link.node2 )
          return fail(
              link.line,
              QCoreApplication::translate( "vigie", "link \"%1\" starts and ends at the same node \"%2\"" ).arg( link.id, link.node1 ) );
        mNetwork.linkIndex.insert( link.id, qMakePair( type, index ) );
        return true;
      }

      bool readJunction( const DataLine &line );
      bool readReservoir( const DataLine &line );
      bool readTank( const DataLine &line );
      bool readPipe( const DataLine &line );
      bool readPump( const DataLine &line );
      bool readValve( const DataLine &line );
      bool readCoordinate( const DataLine &line );
      bool readVertex( const DataLine &line );
      bool readOption( const DataLine &line );

      QString mSource;
      QString *mErrorMessage = nullptr;
      Network mNetwork;
    };

    template <typename T> void fillBase( T &item, const DataLine &line )
    {
      item.id = line.tokens.at( 0 );
      item.comment = line.comment;
      item.line = line.number;
    }

    bool Parser::readJunction( const DataLine &line )
    {
      if ( !need( line, 2, QCoreApplication::translate( "vigie", "a junction" ) ) )
        return false;
      Junction j;
      fillBase( j, line );
      if ( !number( line, 1, QStringLiteral( "elevation" ), &j.elevation ) ||
           !number( line, 2, QStringLiteral( "demand" ), &j.baseDemand ) )
        return false;
      j.pattern = line.tokens.value( 3 );
      if ( !addNode( j.id, NodeType::Junction, mNetwork.junctions.size(), line.number ) )
        return false;
      mNetwork.junctions.append( j );
      return true;
    }

    bool Parser::readReservoir( const DataLine &line )
    {
      if ( !need( line, 2, QCoreApplication::translate( "vigie", "a reservoir" ) ) )
        return false;
      Reservoir r;
      fillBase( r, line );
      if ( !number( line, 1, QStringLiteral( "head" ), &r.head ) )
        return false;
      r.pattern = line.tokens.value( 2 );
      if ( !addNode( r.id, NodeType::Reservoir, mNetwork.reservoirs.size(), line.number ) )
        return false;
      mNetwork.reservoirs.append( r );
      return true;
    }

    bool Parser::readTank( const DataLine &line )
    {
      if ( !need( line, 6, QCoreApplication::translate( "vigie", "a tank" ) ) )
        return false;
      Tank t;
      fillBase( t, line );
      if ( !number( line, 1, QStringLiteral( "elevation" ), &t.elevation ) ||
           !number( line, 2, QStringLiteral( "initial level" ), &t.initLevel ) ||
           !number( line, 3, QStringLiteral( "minimum level" ), &t.minLevel ) ||
           !number( line, 4, QStringLiteral( "maximum level" ), &t.maxLevel ) ||
           !number( line, 5, QStringLiteral( "diameter" ), &t.diameter ) ||
           !number( line, 6, QStringLiteral( "minimum volume" ), &t.minVolume ) )
        return false;
      const QString curve = line.tokens.value( 7 );
      t.volumeCurve = curve == QLatin1String( "*" ) ? QString() : curve;
      const QString overflow = line.tokens.value( 8 );
      if ( !overflow.isEmpty() )
      {
        if ( overflow.compare( QLatin1String( "YES" ), Qt::CaseInsensitive ) == 0 )
          t.overflow = true;
        else if ( overflow.compare( QLatin1String( "NO" ), Qt::CaseInsensitive ) != 0 )
          return fail(
              line.number,
              QCoreApplication::translate( "vigie", "tank \"%1\": overflow must be YES or NO, not \"%2\"" ).arg( t.id, overflow ) );
      }
      if ( t.minLevel > t.maxLevel || t.initLevel < t.minLevel || t.initLevel > t.maxLevel )
        return fail( line.number,
                     QCoreApplication::translate( "vigie", "tank \"%1\": levels must satisfy minimum <= initial <= maximum" ).arg( t.id ) );
      if ( !addNode( t.id, NodeType::Tank, mNetwork.tanks.size(), line.number ) )
        return false;
      mNetwork.tanks.append( t );
      return true;
    }

    bool Parser::readPipe( const DataLine &line )
    {
      if ( !need( line, 6, QCoreApplication::translate( "vigie", "a pipe" ) ) )
        return false;
      Pipe p;
      fillBase( p, line );
      p.node1 = line.tokens.at( 1 );
      p.node2 = line.tokens.at( 2 );
      if ( !number( line, 3, QStringLiteral( "length" ), &p.length ) || !number( line, 4, QStringLiteral( "diameter" ), &p.diameter ) ||
           !number( line, 5, QStringLiteral( "roughness" ), &p.roughness ) )
        return false;
      // EPANET allows the status in place of the minor loss ("p1 a b 10 100 130 CV")
      int statusIndex = 7;
      if ( line.tokens.size() == 7 && !line.tokens.at( 6 ).isEmpty() && line.tokens.at( 6 ).at( 0 ).isLetter() )
        statusIndex = 6;
      else if ( !number( line, 6, QStringLiteral( "minor loss" ), &p.minorLoss ) )
        return false;
      const QString status = line.tokens.value( statusIndex );
      if ( status.isEmpty() || status.compare( QLatin1String( "OPEN" ), Qt::CaseInsensitive ) == 0 )
        p.status = PipeStatus::Open;
      else if ( status.compare( QLatin1String( "CLOSED" ), Qt::CaseInsensitive ) == 0 )
        p.status = PipeStatus::Closed;
      else if ( status.compare( QLatin1String( "CV" ), Qt::CaseInsensitive ) == 0 )
        p.status = PipeStatus::CheckValve;
      else
        return fail( line.number, QCoreApplication::translate( "vigie", "pipe \"%1\": unknown status \"%2\" (expected OPEN, CLOSED or CV)" )
                                      .arg( p.id, status ) );
      if ( p.length <= 0 || p.diameter <= 0 || p.roughness <= 0 )
        return fail( line.number,
                     QCoreApplication::translate( "vigie", "pipe \"%1\": length, diameter and roughness must be positive" ).arg( p.id ) );
      if ( !addLink( p, LinkType::Pipe, mNetwork.pipes.size() ) )
        return false;
      mNetwork.pipes.append( p );
      return true;
    }

    bool Parser::readPump( const DataLine &line )
    {
      if ( !need( line, 4, QCoreApplication::translate( "vigie", "a pump" ) ) )
        return false;
      Pump p;
      fillBase( p, line );
      p.node1 = line.tokens.at( 1 );
      p.node2 = line.tokens.at( 2 );
      // keyword/value pairs: HEAD curve, POWER kw, SPEED s, PATTERN id
      for ( int i = 3; i < line.tokens.size(); i += 2 )
      {
        const QString keyword = line.tokens.at( i ).toUpper();
        if ( i + 1 >= line.tokens.size() )
          return fail( line.number, QCoreApplication::translate( "vigie", "pump \"%1\": keyword %2 has no value" ).arg( p.id, keyword ) );
        const QString value = line.tokens.at( i + 1 );
        if ( keyword == QLatin1String( "HEAD" ) )
          p.headCurve = value;
        else if ( keyword == QLatin1String( "POWER" ) )
        {
          if ( !number( line, i + 1, QStringLiteral( "power" ), &p.power ) )
            return false;
        }
        else if ( keyword == QLatin1String( "SPEED" ) )
        {
          if ( !number( line, i + 1, QStringLiteral( "speed" ), &p.speed ) )
            return false;
        }
        else if ( keyword == QLatin1String( "PATTERN" ) )
          p.pattern = value;
        else
          return fail( line.number, QCoreApplication::translate(
                                        "vigie", "pump \"%1\": unknown keyword \"%2\" (expected HEAD, POWER, SPEED or PATTERN)" )
                                        .arg( p.id, keyword ) );
      }
      if ( p.headCurve.isEmpty() && p.power <= 0 )
        return fail( line.number, QCoreApplication::translate( "vigie", "pump \"%1\" has neither a HEAD curve nor a POWER" ).arg( p.id ) );
      if ( !addLink( p, LinkType::Pump, mNetwork.pumps.size() ) )
        return false;
      mNetwork.pumps.append( p );
      return true;
    }

    bool Parser::readValve( const DataLine &line )
    {
      if ( !need( line, 6, QCoreApplication::translate( "vigie", "a valve" ) ) )
        return false;
      Valve v;
      fillBase( v, line );
      v.node1 = line.tokens.at( 1 );
      v.node2 = line.tokens.at( 2 );
      if ( !number( line, 3, QStringLiteral( "diameter" ), &v.diameter ) )
        return false;
      if ( !parseValveType( line.tokens.at( 4 ), &v.type ) )
        return fail( line.number,
                     QCoreApplication::translate( "vigie", "valve \"%1\": unknown type \"%2\" (expected PRV, PSV, PBV, FCV, TCV or GPV)" )
                         .arg( v.id, line.tokens.at( 4 ) ) );
      v.setting = line.tokens.at( 5 );
      double setting = 0;
      if ( v.type != ValveType::Gpv && !number( line, 5, QStringLiteral( "setting" ), &setting ) )
        return false;
      if ( !number( line, 6, QStringLiteral( "minor loss" ), &v.minorLoss ) )
        return false;
      if ( !addLink( v, LinkType::Valve, mNetwork.valves.size() ) )
        return false;
      mNetwork.valves.append( v );
      return true;
    }

    bool Parser::readCoordinate( const DataLine &line )
    {
      if ( !need( line, 3, QCoreApplication::translate( "vigie", "a coordinate" ) ) )
        return false;
      const QString &id = line.tokens.at( 0 );
      if ( !mNetwork.nodeIndex.contains( id ) )
        return fail( line.number, QCoreApplication::translate( "vigie", "coordinates given for unknown node \"%1\"" ).arg( id ) );
      if ( mNetwork.coordinates.contains( id ) )
        return fail( line.number, QCoreApplication::translate( "vigie", "duplicate coordinates for node \"%1\"" ).arg( id ) );
      double x = 0, y = 0;
      if ( !number( line, 1, QStringLiteral( "x" ), &x ) || !number( line, 2, QStringLiteral( "y" ), &y ) )
        return false;
      mNetwork.coordinates.insert( id, QPointF( x, y ) );
      return true;
    }

    bool Parser::readVertex( const DataLine &line )
    {
      if ( !need( line, 3, QCoreApplication::translate( "vigie", "a vertex" ) ) )
        return false;
      const QString &id = line.tokens.at( 0 );
      if ( !mNetwork.linkIndex.contains( id ) )
        return fail( line.number, QCoreApplication::translate( "vigie", "vertex given for unknown link \"%1\"" ).arg( id ) );
      double x = 0, y = 0;
      if ( !number( line, 1, QStringLiteral( "x" ), &x ) || !number( line, 2, QStringLiteral( "y" ), &y ) )
        return false;
      mNetwork.vertices[id].append( QPointF( x, y ) );
      return true;
    }

    bool Parser::readOption( const DataLine &line )
    {
      if ( line.tokens.isEmpty() )
        return true;
      QString key = line.tokens.at( 0 ).toUpper();
      int valueStart = 1;
      if ( line.tokens.size() > 1 && twoWordOptions().contains( key + QLatin1Char( ' ' ) + line.tokens.at( 1 ).toUpper() ) )
      {
        key += QLatin1Char( ' ' ) + line.tokens.at( 1 ).toUpper();
        valueStart = 2;
      }
      const QString value = line.tokens.mid( valueStart ).join( QLatin1Char( ' ' ) );
      if ( key == QLatin1String( "UNITS" ) )
      {
        if ( !parseFlowUnits( value, &mNetwork.flowUnits ) )
          return fail( line.number,
                       QCoreApplication::translate(
                           "vigie", "unknown flow units \"%1\" (expected CFS, GPM, MGD, IMGD, AFD, LPS, LPM, MLD, CMH or CMD)" )
                           .arg( value ) );
      }
      else if ( key == QLatin1String( "HEADLOSS" ) )
      {
        const QString formula = value.toUpper();
        if ( formula != QLatin1String( "H-W" ) && formula != QLatin1String( "D-W" ) && formula != QLatin1String( "C-M" ) )
          return fail( line.number,
                       QCoreApplication::translate( "vigie", "unknown head-loss formula \"%1\" (expected H-W, D-W or C-M)" ).arg( value ) );
        mNetwork.headloss = formula;
      }
      mNetwork.options.append( qMakePair( key, value ) );
      return true;
    }

    bool Parser::parse( const QString &text, Network &network )
    {
      // 1. split the file into sections, remembering line numbers
      enum Kind
      {
        Title,
        Junctions,
        Reservoirs,
        Tanks,
        Pipes,
        Pumps,
        Valves,
        Coordinates,
        Vertices,
        Options,
        Raw,
        KindCount
      };
      static const QHash<QString, int> kinds = {
          { QStringLiteral( "TITLE" ), Title },           { QStringLiteral( "JUNCTIONS" ), Junctions },
          { QStringLiteral( "RESERVOIRS" ), Reservoirs }, { QStringLiteral( "TANKS" ), Tanks },
          { QStringLiteral( "PIPES" ), Pipes },           { QStringLiteral( "PUMPS" ), Pumps },
          { QStringLiteral( "VALVES" ), Valves },         { QStringLiteral( "COORDINATES" ), Coordinates },
          { QStringLiteral( "VERTICES" ), Vertices },     { QStringLiteral( "OPTIONS" ), Options } };
      QVector<DataLine> lines[KindCount];
      bool seen[KindCount] = {};
      QStringList titleLines;
      int current = -1;
      bool ended = false;
      const QStringList rawLines = text.split( QLatin1Char( '\n' ) );
      for ( int i = 0; i < rawLines.size() && !ended; ++i )
      {
        QString raw = rawLines.at( i );
        if ( raw.endsWith( QLatin1Char( '\r' ) ) )
          raw.chop( 1 );
        const int number = i + 1;
        const QString trimmed = raw.trimmed();
        if ( trimmed.startsWith( QLatin1Char( '[' ) ) )
        {
          const int close = trimmed.indexOf( QLatin1Char( ']' ) );
          if ( close < 0 )
            return fail( number, QCoreApplication::translate( "vigie", "section header \"%1\" has no closing bracket" ).arg( trimmed ) );
          const QString name = trimmed.mid( 1, close - 1 ).trimmed().toUpper();
          if ( name == QLatin1String( "END" ) )
          {
            ended = true;
            continue;
          }
          current = kinds.value( name, Raw );
          seen[current] = true;
          if ( current == Raw )
            mNetwork.rawSections.append( RawSection{ name, number, {} } );
          continue;
        }
        if ( current == Raw )
        {
          mNetwork.rawSections.last().lines.append( raw );
          continue;
        }
        if ( current == Title )
        {
          titleLines << raw;
          continue;
        }
        if ( trimmed.isEmpty() || trimmed.startsWith( QLatin1Char( ';' ) ) )
          continue;
        if ( current < 0 )
          return fail( number, QCoreApplication::translate( "vigie", "data outside of any section: \"%1\"" ).arg( trimmed ) );
        lines[current].append( tokenize( raw, number ) );
      }
      while ( !titleLines.isEmpty() && titleLines.last().trimmed().isEmpty() )
        titleLines.removeLast();
      mNetwork.title = titleLines.join( QLatin1Char( '\n' ) ).trimmed();

      if ( !seen[Junctions] && !seen[Reservoirs] && !seen[Tanks] )
        return fail( 0, QCoreApplication::translate(
                            "vigie", "missing section [JUNCTIONS] (no [JUNCTIONS], [RESERVOIRS] or [TANKS]: the network has no node)" ) );
      if ( !seen[Pipes] && !seen[Pumps] && !seen[Valves] )
        return fail( 0, QCoreApplication::translate(
                            "vigie", "missing section [PIPES] (no [PIPES], [PUMPS] or [VALVES]: the network has no link)" ) );

      // 2. interpret in dependency order: options, nodes, links, then geometry
      using Reader = bool ( Parser::* )( const DataLine & );
      const QPair<int, Reader> steps[] = { { Options, &Parser::readOption },       { Junctions, &Parser::readJunction },
                                           { Reservoirs, &Parser::readReservoir }, { Tanks, &Parser::readTank },
                                           { Pipes, &Parser::readPipe },           { Pumps, &Parser::readPump },
                                           { Valves, &Parser::readValve },         { Coordinates, &Parser::readCoordinate },
                                           { Vertices, &Parser::readVertex } };
      for ( const auto &step : steps )
      {
        for ( const DataLine &line : lines[step.first] )
        {
          if ( !( this->*step.second )( line ) )
            return false;
        }
      }
      if ( mNetwork.nodeCount() == 0 )
        return fail( 0, QCoreApplication::translate( "vigie", "the network has no node" ) );
      network = std::move( mNetwork );
      return true;
    }
  } // namespace

  bool InpReader::readFile( const QString &path, Network &network, QString *errorMessage )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "%1: cannot open: %2" ).arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    const QByteArray data = file.readAll();
    if ( data.contains( '\0' ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "%1: not an EPANET input file (binary content)" ).arg( QDir::toNativeSeparators( path ) );
      return false;
    }
    return readText( QString::fromUtf8( data ), path, network, errorMessage );
  }

  bool InpReader::readText( const QString &text, const QString &sourceName, Network &network, QString *errorMessage )
  {
    Parser parser( sourceName, errorMessage );
    return parser.parse( text, network );
  }
} // namespace vigie::hydraulics
