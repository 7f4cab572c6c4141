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
      static const QSet<QString> keys = {
          QStringLiteral( "SPECIFIC GRAVITY" ),  QStringLiteral( "DEMAND CHARGE" ),     QStringLiteral( "HYDRAULIC TIMESTEP" ),
          QStringLiteral( "QUALITY TIMESTEP" ),  QStringLiteral( "RULE TIMESTEP" ),     QStringLiteral( "PATTERN TIMESTEP" ),
          QStringLiteral( "PATTERN START" ),     QStringLiteral( "REPORT TIMESTEP" ),   QStringLiteral( "REPORT START" ),
          QStringLiteral( "START CLOCKTIME" ),   QStringLiteral( "DEMAND MULTIPLIER" ), QStringLiteral( "EMITTER EXPONENT" ),
          QStringLiteral( "DEMAND MODEL" ),      QStringLiteral( "MINIMUM PRESSURE" ),  QStringLiteral( "REQUIRED PRESSURE" ),
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
      bool readTime( const DataLine &line );
      bool readPattern( const DataLine &line );
      bool readCurve( const DataLine &line );
      bool readDemand( const DataLine &line );
      bool readEmitter( const DataLine &line );
      bool readStatus( const DataLine &line );
      bool readControl( const DataLine &line );
      bool readRule( const DataLine &line );
      bool checkReferences();

      //! Junction index of \a id or -1 after an error naming \a what.
      int junctionOf( const DataLine &line, const QString &what )
      {
        const auto it = mNetwork.nodeIndex.constFind( line.tokens.at( 0 ) );
        if ( it == mNetwork.nodeIndex.constEnd() || it->first != NodeType::Junction )
        {
          fail( line.number,
                QCoreApplication::translate( "vigie", "%1 given for unknown junction \"%2\"" ).arg( what, line.tokens.at( 0 ) ) );
          return -1;
        }
        return it->second;
      }
      //! Parses a rule action "object id STATUS|SETTING = value" starting at token \a from.
      bool ruleAction( const DataLine &line, int from, Rule::Action *action );

      QHash<QString, int> mPatternIds;
      QHash<QString, int> mCurveIds;
      QString mPendingCurveType;
      bool mInRule = false;
      int mRuleSection = 0; //!< 0 premises, 1 THEN, 2 ELSE

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

    bool Parser::readTime( const DataLine &line )
    {
      QString key = line.tokens.at( 0 ).toUpper();
      int valueStart = 1;
      if ( line.tokens.size() > 1 && twoWordOptions().contains( key + QLatin1Char( ' ' ) + line.tokens.at( 1 ).toUpper() ) )
      {
        key += QLatin1Char( ' ' ) + line.tokens.at( 1 ).toUpper();
        valueStart = 2;
      }
      const QString value = line.tokens.mid( valueStart ).join( QLatin1Char( ' ' ) );
      static const QSet<QString> timeKeys = {
          QStringLiteral( "DURATION" ),        QStringLiteral( "HYDRAULIC TIMESTEP" ), QStringLiteral( "QUALITY TIMESTEP" ),
          QStringLiteral( "RULE TIMESTEP" ),   QStringLiteral( "PATTERN TIMESTEP" ),   QStringLiteral( "PATTERN START" ),
          QStringLiteral( "REPORT TIMESTEP" ), QStringLiteral( "REPORT START" ),       QStringLiteral( "START CLOCKTIME" ) };
      if ( timeKeys.contains( key ) )
      {
        long long seconds = 0;
        if ( !parseEpanetTime( line.tokens.value( valueStart ), line.tokens.value( valueStart + 1 ), &seconds ) )
          return fail( line.number, QCoreApplication::translate( "vigie", "bad time \"%1\" for %2" ).arg( value, key ) );
      }
      else if ( key != QLatin1String( "STATISTIC" ) )
        return fail( line.number, QCoreApplication::translate( "vigie", "unknown [TIMES] keyword \"%1\"" ).arg( key ) );
      mNetwork.times.append( qMakePair( key, value ) );
      return true;
    }

    bool Parser::readPattern( const DataLine &line )
    {
      const QString &id = line.tokens.at( 0 );
      const QString key = id.toUpper();
      auto it = mPatternIds.find( key );
      if ( it == mPatternIds.end() )
      {
        it = mPatternIds.insert( key, mNetwork.patterns.size() );
        Pattern pattern;
        pattern.id = id;
        pattern.line = line.number;
        mNetwork.patterns.append( pattern );
      }
      Pattern &pattern = mNetwork.patterns[*it];
      for ( int i = 1; i < line.tokens.size(); ++i )
      {
        double factor = 0;
        if ( !number( line, i, QStringLiteral( "multiplier" ), &factor ) )
          return false;
        pattern.factors.append( factor );
      }
      return true;
    }

    bool Parser::readCurve( const DataLine &line )
    {
      if ( line.tokens.isEmpty() )
      {
        // EPANET writes the curve type as a comment line before the points: ";PUMP: ..."
        const QString type = line.comment.section( QLatin1Char( ':' ), 0, 0 ).trimmed().toUpper();
        static const QSet<QString> types = { QStringLiteral( "PUMP" ), QStringLiteral( "EFFICIENCY" ), QStringLiteral( "VOLUME" ),
                                             QStringLiteral( "HEADLOSS" ) };
        mPendingCurveType = line.comment.contains( QLatin1Char( ':' ) ) && types.contains( type ) ? type : QString();
        return true;
      }
      if ( !need( line, 3, QCoreApplication::translate( "vigie", "a curve point" ) ) )
        return false;
      double x = 0, y = 0;
      if ( !number( line, 1, QStringLiteral( "x" ), &x ) || !number( line, 2, QStringLiteral( "y" ), &y ) )
        return false;
      const QString &id = line.tokens.at( 0 );
      const QString key = id.toUpper();
      auto it = mCurveIds.find( key );
      if ( it == mCurveIds.end() )
      {
        it = mCurveIds.insert( key, mNetwork.curves.size() );
        Curve curve;
        curve.id = id;
        curve.type = mPendingCurveType;
        curve.line = line.number;
        mNetwork.curves.append( curve );
      }
      Curve &curve = mNetwork.curves[*it];
      if ( !curve.points.isEmpty() && x <= curve.points.last().x() )
        return fail( line.number, QCoreApplication::translate( "vigie", "curve \"%1\": x values must increase (%2 after %3)" )
                                      .arg( id )
                                      .arg( x )
                                      .arg( curve.points.last().x() ) );
      curve.points.append( QPointF( x, y ) );
      return true;
    }

    bool Parser::readDemand( const DataLine &line )
    {
      if ( !need( line, 2, QCoreApplication::translate( "vigie", "a demand" ) ) )
        return false;
      const int index = junctionOf( line, QCoreApplication::translate( "vigie", "demand" ) );
      if ( index < 0 )
        return false;
      Demand demand;
      if ( !number( line, 1, QStringLiteral( "demand" ), &demand.base ) )
        return false;
      demand.pattern = line.tokens.value( 2 );
      demand.category = line.comment;
      mNetwork.junctions[index].demands.append( demand );
      return true;
    }

    bool Parser::readEmitter( const DataLine &line )
    {
      if ( !need( line, 2, QCoreApplication::translate( "vigie", "an emitter" ) ) )
        return false;
      const int index = junctionOf( line, QCoreApplication::translate( "vigie", "emitter" ) );
      if ( index < 0 )
        return false;
      double coefficient = 0;
      if ( !number( line, 1, QStringLiteral( "coefficient" ), &coefficient ) )
        return false;
      if ( coefficient < 0 )
        return fail( line.number,
                     QCoreApplication::translate( "vigie", "emitter coefficient of \"%1\" is negative" ).arg( line.tokens.at( 0 ) ) );
      mNetwork.junctions[index].emitterCoefficient = coefficient;
      return true;
    }

    bool Parser::readStatus( const DataLine &line )
    {
      if ( !need( line, 2, QCoreApplication::translate( "vigie", "a status" ) ) )
        return false;
      const QString &id = line.tokens.at( 0 );
      if ( !mNetwork.linkIndex.contains( id ) )
        return fail( line.number, QCoreApplication::translate( "vigie", "status given for unknown link \"%1\"" ).arg( id ) );
      QString value = line.tokens.at( 1 );
      const QString upper = value.toUpper();
      if ( upper == QLatin1String( "OPEN" ) || upper == QLatin1String( "CLOSED" ) || upper == QLatin1String( "ACTIVE" ) )
        value = upper;
      else
      {
        double v = 0;
        if ( !number( line, 1, QStringLiteral( "status" ), &v ) )
          return false;
      }
      mNetwork.statuses.append( StatusEntry{ id, value, line.number } );
      return true;
    }

    bool Parser::readControl( const DataLine &line )
    {
      // LINK id action IF NODE id ABOVE|BELOW value | LINK id action AT TIME t | LINK id action AT CLOCKTIME t AM|PM
      const QString syntax = QCoreApplication::translate(
          "vigie", "control must read \"LINK id status IF NODE id ABOVE|BELOW value\" or \"LINK id status AT TIME|CLOCKTIME time\"" );
      if ( line.tokens.size() < 6 || line.tokens.at( 0 ).toUpper() != QLatin1String( "LINK" ) )
        return fail( line.number, syntax );
      Control control;
      control.line = line.number;
      control.linkId = line.tokens.at( 1 );
      if ( !mNetwork.linkIndex.contains( control.linkId ) )
        return fail( line.number, QCoreApplication::translate( "vigie", "control refers to unknown link \"%1\"" ).arg( control.linkId ) );
      const QString action = line.tokens.at( 2 ).toUpper();
      if ( action == QLatin1String( "OPEN" ) )
        control.action = Control::Action::Open;
      else if ( action == QLatin1String( "CLOSED" ) )
        control.action = Control::Action::Closed;
      else
      {
        control.action = Control::Action::Setting;
        if ( !number( line, 2, QStringLiteral( "setting" ), &control.setting ) )
          return false;
      }
      const QString word = line.tokens.at( 3 ).toUpper();
      if ( word == QLatin1String( "IF" ) )
      {
        if ( line.tokens.size() < 7 || line.tokens.at( 4 ).toUpper() != QLatin1String( "NODE" ) )
          return fail( line.number, syntax );
        control.nodeId = line.tokens.at( 5 );
        if ( !mNetwork.nodeIndex.contains( control.nodeId ) )
          return fail( line.number, QCoreApplication::translate( "vigie", "control refers to unknown node \"%1\"" ).arg( control.nodeId ) );
        const QString relation = line.tokens.at( 6 ).toUpper();
        if ( relation == QLatin1String( "ABOVE" ) )
          control.condition = Control::Condition::NodeAbove;
        else if ( relation == QLatin1String( "BELOW" ) )
          control.condition = Control::Condition::NodeBelow;
        else
          return fail( line.number, syntax );
        if ( line.tokens.size() < 8 )
          return fail( line.number, syntax );
        return number( line, 7, QStringLiteral( "level" ), &control.value ) && ( mNetwork.controls.append( control ), true );
      }
      if ( word != QLatin1String( "AT" ) )
        return fail( line.number, syntax );
      const QString kind = line.tokens.at( 4 ).toUpper();
      if ( kind == QLatin1String( "TIME" ) )
        control.condition = Control::Condition::Time;
      else if ( kind == QLatin1String( "CLOCKTIME" ) )
        control.condition = Control::Condition::ClockTime;
      else
        return fail( line.number, syntax );
      if ( !parseEpanetTime( line.tokens.at( 5 ), line.tokens.value( 6 ), &control.seconds ) )
        return fail(
            line.number,
            QCoreApplication::translate( "vigie", "bad control time \"%1\"" ).arg( line.tokens.mid( 5 ).join( QLatin1Char( ' ' ) ) ) );
      mNetwork.controls.append( control );
      return true;
    }

    bool Parser::ruleAction( const DataLine &line, int from, Rule::Action *action )
    {
      // object id STATUS|SETTING = value
      if ( line.tokens.size() < from + 5 || line.tokens.at( from + 3 ) != QLatin1String( "=" ) )
        return fail( line.number, QCoreApplication::translate( "vigie", "rule action must read \"LINK id STATUS|SETTING = value\"" ) );
      action->object = line.tokens.at( from ).toUpper();
      action->id = line.tokens.at( from + 1 );
      action->attribute = line.tokens.at( from + 2 ).toUpper();
      action->value = line.tokens.at( from + 4 );
      if ( !mNetwork.linkIndex.contains( action->id ) )
        return fail( line.number, QCoreApplication::translate( "vigie", "rule refers to unknown link \"%1\"" ).arg( action->id ) );
      if ( action->attribute != QLatin1String( "STATUS" ) && action->attribute != QLatin1String( "SETTING" ) )
        return fail( line.number, QCoreApplication::translate( "vigie", "rule action attribute must be STATUS or SETTING, not \"%1\"" )
                                      .arg( action->attribute ) );
      return true;
    }

    bool Parser::readRule( const DataLine &line )
    {
      const QString keyword = line.tokens.at( 0 ).toUpper();
      if ( keyword == QLatin1String( "RULE" ) )
      {
        if ( line.tokens.size() < 2 )
          return fail( line.number, QCoreApplication::translate( "vigie", "RULE needs an id" ) );
        Rule rule;
        rule.id = line.tokens.at( 1 );
        rule.line = line.number;
        mNetwork.rules.append( rule );
        mRuleSection = 0;
        mInRule = true;
        return true;
      }
      if ( !mInRule )
        return fail( line.number, QCoreApplication::translate( "vigie", "rule clause \"%1\" before any RULE" ).arg( keyword ) );
      Rule &rule = mNetwork.rules.last();
      if ( keyword == QLatin1String( "PRIORITY" ) )
        return number( line, 1, QStringLiteral( "priority" ), &rule.priority );
      if ( keyword == QLatin1String( "THEN" ) || keyword == QLatin1String( "ELSE" ) ||
           ( keyword == QLatin1String( "AND" ) && mRuleSection > 0 ) )
      {
        if ( keyword == QLatin1String( "THEN" ) )
          mRuleSection = 1;
        else if ( keyword == QLatin1String( "ELSE" ) )
          mRuleSection = 2;
        Rule::Action action;
        if ( !ruleAction( line, 1, &action ) )
          return false;
        ( mRuleSection == 2 ? rule.elseActions : rule.thenActions ).append( action );
        return true;
      }
      if ( keyword == QLatin1String( "IF" ) || keyword == QLatin1String( "AND" ) || keyword == QLatin1String( "OR" ) )
      {
        if ( ( keyword == QLatin1String( "IF" ) ) != rule.premises.isEmpty() )
          return fail( line.number, QCoreApplication::translate( "vigie", "rule \"%1\": IF must start the premises" ).arg( rule.id ) );
        Rule::Premise premise;
        premise.logic = keyword;
        premise.object = line.tokens.value( 1 ).toUpper();
        int next = 2;
        if ( premise.object != QLatin1String( "SYSTEM" ) )
          premise.id = line.tokens.value( next++ );
        premise.attribute = line.tokens.value( next++ ).toUpper();
        premise.relation = line.tokens.value( next++ ).toUpper();
        premise.value = line.tokens.mid( next ).join( QLatin1Char( ' ' ) );
        if ( premise.attribute.isEmpty() || premise.relation.isEmpty() || premise.value.isEmpty() )
          return fail( line.number,
                       QCoreApplication::translate( "vigie", "rule condition must read \"IF object id attribute relation value\"" ) );
        static const QSet<QString> nodeObjects = { QStringLiteral( "NODE" ), QStringLiteral( "JUNCTION" ), QStringLiteral( "RESERVOIR" ),
                                                   QStringLiteral( "TANK" ) };
        static const QSet<QString> linkObjects = { QStringLiteral( "LINK" ), QStringLiteral( "PIPE" ), QStringLiteral( "PUMP" ),
                                                   QStringLiteral( "VALVE" ) };
        if ( nodeObjects.contains( premise.object ) ? !mNetwork.nodeIndex.contains( premise.id )
                                                    : linkObjects.contains( premise.object ) && !mNetwork.linkIndex.contains( premise.id ) )
          return fail(
              line.number,
              QCoreApplication::translate( "vigie", "rule refers to unknown %1 \"%2\"" ).arg( premise.object.toLower(), premise.id ) );
        if ( !nodeObjects.contains( premise.object ) && !linkObjects.contains( premise.object ) &&
             premise.object != QLatin1String( "SYSTEM" ) )
          return fail( line.number, QCoreApplication::translate( "vigie", "unknown rule object \"%1\"" ).arg( premise.object ) );
        rule.premises.append( premise );
        return true;
      }
      return fail( line.number, QCoreApplication::translate( "vigie", "unknown rule keyword \"%1\"" ).arg( keyword ) );
    }

    bool Parser::checkReferences()
    {
      auto patternMissing = [this]( const QString &id ) { return !id.isEmpty() && !mPatternIds.contains( id.toUpper() ); };
      auto curveMissing = [this]( const QString &id ) { return !id.isEmpty() && !mCurveIds.contains( id.toUpper() ); };
      const QString patternError = QCoreApplication::translate( "vigie", "%1 \"%2\" refers to undefined pattern \"%3\"" );
      for ( const Junction &j : std::as_const( mNetwork.junctions ) )
      {
        if ( patternMissing( j.pattern ) )
          return fail( j.line, patternError.arg( QCoreApplication::translate( "vigie", "junction" ), j.id, j.pattern ) );
        for ( const Demand &d : j.demands )
        {
          if ( patternMissing( d.pattern ) )
            return fail( j.line, patternError.arg( QCoreApplication::translate( "vigie", "demand of junction" ), j.id, d.pattern ) );
        }
      }
      for ( const Reservoir &r : std::as_const( mNetwork.reservoirs ) )
      {
        if ( patternMissing( r.pattern ) )
          return fail( r.line, patternError.arg( QCoreApplication::translate( "vigie", "reservoir" ), r.id, r.pattern ) );
      }
      for ( const Pump &p : std::as_const( mNetwork.pumps ) )
      {
        if ( patternMissing( p.pattern ) )
          return fail( p.line, patternError.arg( QCoreApplication::translate( "vigie", "pump" ), p.id, p.pattern ) );
        if ( curveMissing( p.headCurve ) )
          return fail( p.line,
                       QCoreApplication::translate( "vigie", "pump \"%1\" refers to undefined curve \"%2\"" ).arg( p.id, p.headCurve ) );
      }
      for ( const Tank &t : std::as_const( mNetwork.tanks ) )
      {
        if ( curveMissing( t.volumeCurve ) )
          return fail( t.line,
                       QCoreApplication::translate( "vigie", "tank \"%1\" refers to undefined curve \"%2\"" ).arg( t.id, t.volumeCurve ) );
      }
      for ( const Valve &v : std::as_const( mNetwork.valves ) )
      {
        if ( v.type == ValveType::Gpv && curveMissing( v.setting ) )
          return fail( v.line,
                       QCoreApplication::translate( "vigie", "valve \"%1\" refers to undefined curve \"%2\"" ).arg( v.id, v.setting ) );
      }
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
        Times,
        Patterns,
        Curves,
        Demands,
        Emitters,
        Status,
        Controls,
        Rules,
        Raw,
        KindCount
      };
      static const QHash<QString, int> kinds = {
          { QStringLiteral( "TITLE" ), Title },           { QStringLiteral( "JUNCTIONS" ), Junctions },
          { QStringLiteral( "RESERVOIRS" ), Reservoirs }, { QStringLiteral( "TANKS" ), Tanks },
          { QStringLiteral( "PIPES" ), Pipes },           { QStringLiteral( "PUMPS" ), Pumps },
          { QStringLiteral( "VALVES" ), Valves },         { QStringLiteral( "COORDINATES" ), Coordinates },
          { QStringLiteral( "VERTICES" ), Vertices },     { QStringLiteral( "OPTIONS" ), Options },
          { QStringLiteral( "TIMES" ), Times },           { QStringLiteral( "PATTERNS" ), Patterns },
          { QStringLiteral( "CURVES" ), Curves },         { QStringLiteral( "DEMANDS" ), Demands },
          { QStringLiteral( "EMITTERS" ), Emitters },     { QStringLiteral( "STATUS" ), Status },
          { QStringLiteral( "CONTROLS" ), Controls },     { QStringLiteral( "RULES" ), Rules } };
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
        if ( current == Curves && trimmed.startsWith( QLatin1Char( ';' ) ) )
        {
          lines[current].append( tokenize( raw, number ) ); // a curve type comment
          continue;
        }
        if ( trimmed.isEmpty() || trimmed.startsWith( QLatin1Char( ';' ) ) )
          continue;
        if ( current < 0 )
          return fail( number, QCoreApplication::translate( "vigie", "data outside of any section: \"%1\"" ).arg( trimmed ) );
        lines[current].append( tokenize( raw, number ) );
      }
      // blank lines between sections belong to no section: drop them so a rewrite is identical
      for ( RawSection &section : mNetwork.rawSections )
      {
        while ( !section.lines.isEmpty() && section.lines.last().trimmed().isEmpty() )
          section.lines.removeLast();
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
      const QPair<int, Reader> steps[] = { { Options, &Parser::readOption },     { Times, &Parser::readTime },
                                           { Patterns, &Parser::readPattern },   { Curves, &Parser::readCurve },
                                           { Junctions, &Parser::readJunction }, { Reservoirs, &Parser::readReservoir },
                                           { Tanks, &Parser::readTank },         { Pipes, &Parser::readPipe },
                                           { Pumps, &Parser::readPump },         { Valves, &Parser::readValve },
                                           { Demands, &Parser::readDemand },     { Emitters, &Parser::readEmitter },
                                           { Status, &Parser::readStatus },      { Controls, &Parser::readControl },
                                           { Rules, &Parser::readRule },         { Coordinates, &Parser::readCoordinate },
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
      if ( !checkReferences() )
        return false;
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
