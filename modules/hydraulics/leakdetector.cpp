// SPDX-License-Identifier: GPL-2.0-or-later
#include "leakdetector.h"

#include "solver.h"
#include "waternetworkgraph.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <thread>
#include <vector>

namespace vigie::hydraulics
{
  namespace
  {

    const QString kLeakPattern = QStringLiteral( "VIGIE_LEAK_CONSTANT" );

    double median( QVector<double> values )
    {
      if ( values.isEmpty() )
        return 0;
      const int mid = static_cast<int>( values.size() / 2 );
      std::nth_element( values.begin(), values.begin() + mid, values.end() );
      return values.at( mid );
    }

    //! Robust standard deviation (1.4826 x median absolute deviation).
    double robustSigma( const QVector<double> &values )
    {
      const double m = median( values );
      QVector<double> dev;
      dev.reserve( values.size() );
      for ( double v : values )
        dev.append( std::abs( v - m ) );
      return 1.4826 * median( dev );
    }

    //! Day of the week (0..6, 0 = Thursday) of UTC seconds.
    int weekdayOf( qint64 seconds )
    {
      const qint64 days = seconds >= 0 ? seconds / 86400 : ( seconds - 86399 ) / 86400;
      return static_cast<int>( ( ( days % 7 ) + 7 ) % 7 );
    }

    //! Per day of the week, the median of \a residuals minus their overall median (0 with fewer than 2 days).
    QVector<double> weekdayOffsets( const QVector<double> &residuals, const QVector<int> &weekdays )
    {
      QVector<double> offsets( 7, 0.0 );
      const double all = median( residuals );
      for ( int w = 0; w < 7; ++w )
      {
        QVector<double> values;
        for ( int i = 0; i < residuals.size(); ++i )
        {
          if ( weekdays.at( i ) == w )
            values.append( residuals.at( i ) );
        }
        if ( values.size() >= 2 )
          offsets[w] = median( values ) - all;
      }
      return offsets;
    }

    //! Least squares y = a + b x; false when x does not vary.
    bool fitLine( const QVector<double> &x, const QVector<double> &y, double *a, double *b )
    {
      const int n = static_cast<int>( x.size() );
      if ( n < 2 )
        return false;
      const double mx = std::accumulate( x.cbegin(), x.cend(), 0.0 ) / n;
      const double my = std::accumulate( y.cbegin(), y.cend(), 0.0 ) / n;
      double sxx = 0, sxy = 0;
      for ( int i = 0; i < n; ++i )
      {
        sxx += ( x.at( i ) - mx ) * ( x.at( i ) - mx );
        sxy += ( x.at( i ) - mx ) * ( y.at( i ) - my );
      }
      if ( sxx <= 1e-12 )
      {
        *b = 0;
        *a = my;
        return false;
      }
      *b = sxy / sxx;
      *a = my - *b * mx;
      return true;
    }

    //! Pressures (network units) of every node at each of \a seconds (increasing) in one extended-period run.
    bool snapshots( const Network &network, const QVector<long long> &seconds, QVector<QHash<QString, double>> *pressures,
                    QString *errorMessage )
    {
      pressures->clear();
      if ( seconds.isEmpty() )
        return true;
      HydraulicSimulation simulation( network );
      simulation.setDuration( seconds.last() );
      if ( !simulation.initialize( errorMessage ) )
        return false;
      int next = 0;
      while ( next < seconds.size() )
      {
        if ( !simulation.solve( errorMessage ) )
          return false;
        const bool atEnd = simulation.currentTime() >= seconds.last();
        if ( simulation.currentTime() >= seconds.at( next ) || atEnd )
        {
          QHash<QString, double> values;
          for ( int i = 0; i < simulation.nodeCount(); ++i )
            values.insert( simulation.nodeId( i ), simulation.nodePressure( i ) );
          while ( next < seconds.size() && ( simulation.currentTime() >= seconds.at( next ) || atEnd ) )
          {
            pressures->append( values );
            ++next;
          }
        }
        if ( next >= seconds.size() || simulation.advance() == 0 )
          break;
      }
      while ( pressures->size() < seconds.size() && !pressures->isEmpty() )
        pressures->append( pressures->last() );
      return true;
    }

    //! Quantile of the chi-square distribution with \a dof degrees of freedom at the standard normal
    //! quantile \a z (Wilson-Hilferty approximation: within 1 % for dof >= 10).
    double chiSquareQuantile( int dof, double z )
    {
      const double k = std::max( 1, dof );
      const double a = 2 / ( 9 * k );
      return k * std::pow( 1 - a + z * std::sqrt( a ), 3 );
    }

    //! "H:MM:SS" for a [TIMES] entry.
    QString clockText( long long seconds )
    {
      return QStringLiteral( "%1:%2:%3" )
          .arg( seconds / 3600 )
          .arg( ( seconds / 60 ) % 60, 2, 10, QLatin1Char( '0' ) )
          .arg( seconds % 60, 2, 10, QLatin1Char( '0' ) );
    }

    void setTime( Network *network, const QString &key, const QString &value )
    {
      for ( auto &entry : network->times )
      {
        if ( entry.first == key )
        {
          entry.second = value;
          return;
        }
      }
      network->times.append( { key, value } );
    }

    /**
     * The state of an extended-period run at \a seconds as a single-period network: tank levels and
     * pump statuses of that moment, patterns read from that time. Solving it once gives the
     * hydraulics of that moment, so that a perturbation needs one solution instead of a run.
     */
    bool steadyNetworkAt( const Network &network, long long seconds, Network *steady, QString *errorMessage )
    {
      HydraulicSimulation simulation( network );
      simulation.setDuration( seconds );
      if ( !simulation.initialize( errorMessage ) )
        return false;
      for ( ;; )
      {
        if ( !simulation.solve( errorMessage ) )
          return false;
        if ( simulation.currentTime() >= seconds || simulation.advance() == 0 )
          break;
      }
      *steady = network;
      for ( int i = 0; i < simulation.nodeCount(); ++i )
      {
        const auto where = steady->nodeIndex.value( simulation.nodeId( i ) );
        if ( where.first == NodeType::Tank )
        {
          Tank &tank = steady->tanks[where.second];
          tank.initLevel = std::clamp( simulation.nodePressure( i ), tank.minLevel, tank.maxLevel );
        }
      }
      for ( int i = 0; i < simulation.linkCount(); ++i )
      {
        const auto where = steady->linkIndex.value( simulation.linkId( i ) );
        if ( where.first != LinkType::Pump )
          continue;
        StatusEntry status;
        status.linkId = simulation.linkId( i );
        status.value = simulation.linkStatus( i ) ? QStringLiteral( "OPEN" ) : QStringLiteral( "CLOSED" );
        steady->statuses.append( status );
      }
      long long patternStart = 0;
      const QStringList parts =
          steady->time( QStringLiteral( "PATTERN START" ), QStringLiteral( "0" ) ).split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
      if ( !parts.isEmpty() )
        parseEpanetTime( parts.at( 0 ), parts.value( 1 ), &patternStart );
      setTime( steady, QStringLiteral( "PATTERN START" ), clockText( patternStart + simulation.currentTime() ) );
      long long clock = 0;
      const QStringList clockParts =
          steady->time( QStringLiteral( "START CLOCKTIME" ), QStringLiteral( "0" ) ).split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
      if ( !clockParts.isEmpty() )
        parseEpanetTime( clockParts.at( 0 ), clockParts.value( 1 ), &clock );
      setTime( steady, QStringLiteral( "START CLOCKTIME" ), clockText( ( clock + simulation.currentTime() ) % 86400 ) );
      setTime( steady, QStringLiteral( "DURATION" ), QStringLiteral( "0:00" ) );
      steady->controls.clear(); // the statuses above are those the controls had set
      return true;
    }

    //! Pressures (m) at \a nodes of a single-period solution of \a network.
    bool solveOnce( const Network &network, const QStringList &nodes, double toMetres, QVector<double> *pressures, QString *errorMessage )
    {
      HydraulicSimulation simulation( network );
      simulation.setDuration( 0 );
      if ( !simulation.initialize( errorMessage ) || !simulation.solve( errorMessage ) )
        return false;
      QHash<QString, int> index;
      for ( int i = 0; i < simulation.nodeCount(); ++i )
        index.insert( simulation.nodeId( i ), i );
      pressures->resize( nodes.size() );
      for ( int k = 0; k < nodes.size(); ++k )
        ( *pressures )[k] = simulation.nodePressure( index.value( nodes.at( k ) ) ) * toMetres;
      return true;
    }
  } // namespace

  //! Daily features of a SCADA record over the option's window.
  struct Day
  {
    qint64 day = 0;
    qint64 lastTime = 0;
    bool valid = false;
    QVector<double> inflow;                 // per area
    QVector<double> amr;                    // per area (the area's AMR, else all AMR)
    QVector<double> pressure;               // per sensor
    QVector<double> leakFlow;               // per area, known training outflows (m³/h), when given
    QVector<QPair<int, double>> leakByPipe; // (sensitivity row, m³/h) of each known training leak running
  };

  struct Area
  {
    Zone zone;
    QList<QPair<int, int>> meters;   // flow column, sign
    QList<QPair<int, double>> tanks; // level column, area m²
    QVector<int> amrColumns;         // demand columns inside, empty: all
    bool metered = false;
    double k = 0, c = 0, sigma = 1;
    QVector<double> weekday = QVector<double>( 7, 0.0 ); // consumption offset per day of the week, m³/h
    bool calibrated = false;
  };

  class LeakDetector::Private
  {
  public:
    Private( const Network &network, const LeakDetectorOptions &options ) : network( network ), options( options ), distances( network ) {}

    const Network &network;
    LeakDetectorOptions options;
    PipeDistance distances;
    QStringList sensors;  // pressure columns
    QStringList meterIds; // flow columns
    QVector<Area> areas;
    QStringList dmaNames;
    QHash<QString, int> pipeArea;
    QStringList pipes;                    // pipes with a sensitivity row
    QVector<QVector<double>> sensitivity; // per pipe, per sensor: pressure change (m) for options.sensitivityLeak
    QVector<double> pressureOffset, pressureSlope;
    double sensitivityGain = 1; // measured over modelled pressure response to the training leaks
    bool pressureModel = false;
    QVector<QPair<QString, QVector<ZoneDay>>> balances;
    QVector<QVector<double>> residuals; // per day of the last detect(), per sensor
    double pressureToMetres = 1;
    LeakLocaliser localiser;

    QVector<Day> days( const ScadaData &data, const QVector<KnownLeak> *known ) const;
    //! \a unknownLeaks: the record may hold leaks nobody listed (self-calibration): lower envelope.
    bool calibrate( const QVector<Day> &days, bool withLeakFlows, const QVector<KnownLeak> &leaks, bool unknownLeaks = false );
    double consumption( const Day &day ) const;
    QVector<double> residual( const Day &day ) const;
    QVector<LeakCandidate> localise( const QVector<double> &change, int area ) const;
    //! Hours of the daily pressure means (the balance window unless the options give another).
    int pressureWindowStart() const
    {
      return options.pressureWindowStartHour >= 0 && options.pressureWindowEndHour > options.pressureWindowStartHour
                 ? options.pressureWindowStartHour
                 : options.windowStartHour;
    }
    int pressureWindowEnd() const
    {
      return options.pressureWindowStartHour >= 0 && options.pressureWindowEndHour > options.pressureWindowStartHour
                 ? std::min( 24, options.pressureWindowEndHour )
                 : options.windowEndHour;
    }
  };

  LeakDetector::LeakDetector( const Network &network, const LeakDetectorOptions &options ) : d( new Private( network, options ) ) {}

  LeakDetector::~LeakDetector() = default;

  bool LeakDetector::prepare( const ScadaData &layout, QString *errorMessage )
  {
    auto fail = [errorMessage]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    const Network &net = d->network;
    d->pressureToMetres = lengthToMetres( net.flowUnits );
    d->sensors.clear();
    for ( const QString &column : layout.pressures.columns )
    {
      if ( !net.hasNode( column ) )
        return fail( QCoreApplication::translate( "vigie::hydraulics", "%1: pressure sensor \"%2\" is not a node of the network" )
                         .arg( QDir::toNativeSeparators( layout.pressures.fileName ), column ) );
      d->sensors << column;
    }
    d->meterIds.clear();
    QStringList meterLinks;
    for ( const QString &column : layout.flows.columns )
    {
      if ( !net.hasLink( column ) )
        return fail( QCoreApplication::translate( "vigie::hydraulics", "%1: flow sensor \"%2\" is not a link of the network" )
                         .arg( QDir::toNativeSeparators( layout.flows.fileName ), column ) );
      d->meterIds << column;
      meterLinks << column;
    }
    for ( const QString &column : layout.levels.columns )
    {
      NodeType type;
      if ( !net.hasNode( column, &type ) || type != NodeType::Tank )
        return fail( QCoreApplication::translate( "vigie::hydraulics", "%1: level sensor \"%2\" is not a tank of the network" )
                         .arg( QDir::toNativeSeparators( layout.levels.fileName ), column ) );
    }
    // DMAs (pumps and valves cut) name the metered areas
    const QVector<Zone> dmas = deriveZones( net );
    QHash<QString, QString> dmaOfNode;
    d->dmaNames.clear();
    for ( const Zone &z : dmas )
    {
      d->dmaNames << z.name;
      for ( const QString &n : z.nodes )
        dmaOfNode.insert( n, z.name );
    }
    const QVector<Zone> metered = deriveZones( net, meterLinks, false );
    d->areas.clear();
    d->pipeArea.clear();
    const double toMetres = lengthToMetres( net.flowUnits );
    for ( const Zone &z : metered )
    {
      Area area;
      area.zone = z;
      QStringList names;
      for ( const QString &n : z.nodes )
      {
        const QString dma = dmaOfNode.value( n );
        if ( !dma.isEmpty() && !names.contains( dma ) )
          names << dma;
      }
      std::sort( names.begin(), names.end() );
      area.zone.name = names.isEmpty() ? z.name : names.join( QLatin1Char( '+' ) );
      for ( const auto &b : z.boundary )
      {
        const int column = layout.flows.column( b.first );
        if ( column >= 0 )
        {
          area.meters.append( { column, b.second } );
          area.metered = true;
        }
      }
      for ( const QString &tank : z.tanks )
      {
        const int column = layout.levels.column( tank );
        NodeType type;
        if ( column < 0 || !net.hasNode( tank, &type ) )
          continue;
        const Tank &t = net.tanks.at( net.nodeIndex.value( tank ).second );
        const double diameter = t.diameter * toMetres;
        area.tanks.append( { column, 3.14159265358979 * diameter * diameter / 4 } );
      }
      const QSet<QString> nodes( z.nodes.cbegin(), z.nodes.cend() );
      for ( int c = 0; c < layout.demands.columns.size(); ++c )
      {
        if ( nodes.contains( layout.demands.columns.at( c ) ) )
          area.amrColumns.append( c );
      }
      for ( const QString &p : z.pipes )
        d->pipeArea.insert( p, static_cast<int>( d->areas.size() ) );
      d->areas.append( area );
    }
    if ( d->sensors.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::hydraulics", "%1: no pressure sensor" )
                       .arg( QDir::toNativeSeparators( layout.pressures.fileName ) ) );

    // sensitivity matrix by reciprocity: a leak at sensor s changes the pressure at node k as
    // a leak at node k changes the pressure at s (the linearised GGA system is symmetric)
    // several snapshots over the daily window when asked (the daily means mix every hour)
    QVector<long long> when;
    const int snapshotCount = std::max( 1, d->options.sensitivitySnapshots );
    if ( snapshotCount == 1 )
      when.append( static_cast<long long>( d->options.sensitivityHour ) * 3600 );
    else
    {
      // over the hours of the pressure means, which the sensitivities must represent
      const double span = d->pressureWindowEnd() - d->pressureWindowStart();
      for ( int k = 0; k < snapshotCount; ++k )
        when.append( static_cast<long long>(
            std::llround( ( d->pressureWindowStart() + span * ( k + 0.5 ) / snapshotCount ) * 3600 / 300 ) * 300 ) );
    }
    QString error;
    const double q = d->options.sensitivityLeak / flowToCubicMetresPerHour( net.flowUnits );
    d->pipes.clear();
    d->sensitivity.clear();
    if ( d->options.directSensitivity )
    {
      // direct: a leak at every junction of the metered areas, one single-period solution each at
      // every snapshot time (valid where reciprocity is not, e.g. behind pressure reducing valves)
      QVector<Network> steady( when.size() );
      QVector<QVector<double>> base( when.size() );
      for ( int k = 0; k < when.size(); ++k )
      {
        if ( !steadyNetworkAt( net, when.at( k ), &steady[k], &error ) ||
             !solveOnce( steady.at( k ), d->sensors, d->pressureToMetres, &base[k], &error ) )
          return fail(
              QCoreApplication::translate( "vigie::hydraulics", "sensitivity matrix: the network does not solve: %1" ).arg( error ) );
        Pattern constant;
        constant.id = kLeakPattern;
        constant.factors = { 1.0 };
        steady[k].patterns.append( constant );
        for ( Junction &j : steady[k].junctions )
        {
          if ( j.demands.isEmpty() )
          {
            Demand own;
            own.base = j.baseDemand;
            own.pattern = j.pattern;
            j.demands.append( own );
          }
        }
      }
      QStringList leakNodes;
      QSet<QString> seen;
      for ( const Pipe &p : net.pipes )
      {
        if ( !d->pipeArea.contains( p.id ) )
          continue;
        for ( const QString &node : { p.node1, p.node2 } )
        {
          NodeType type;
          if ( !seen.contains( node ) && net.hasNode( node, &type ) && type == NodeType::Junction )
            leakNodes << node;
          seen.insert( node );
        }
      }
      // one independent solution per node: shared between threads (each with its own networks)
      const int threadCount = static_cast<int>( std::clamp( std::thread::hardware_concurrency(), 1U, 4U ) );
      QVector<QVector<double>> rows( leakNodes.size() );
      QVector<QString> errors( threadCount );
      const QStringList &sensors = d->sensors;
      const double toMetres = d->pressureToMetres;
      auto work = [&]( int thread )
      {
        QVector<Network> own = steady; // the leak demand is added to and removed from these copies
        for ( int n = thread; n < leakNodes.size(); n += threadCount )
        {
          const int index = net.nodeIndex.value( leakNodes.at( n ) ).second;
          QVector<double> row( sensors.size(), 0.0 );
          for ( int k = 0; k < own.size(); ++k )
          {
            Junction &j = own[k].junctions[index];
            Demand leak;
            leak.base = q;
            leak.pattern = kLeakPattern;
            j.demands.append( leak );
            QVector<double> perturbed;
            QString message;
            const bool ok = solveOnce( own.at( k ), sensors, toMetres, &perturbed, &message );
            j.demands.removeLast();
            if ( !ok )
            {
              errors[thread] = QCoreApplication::translate( "vigie::hydraulics", "sensitivity matrix: leak at %1 does not solve: %2" )
                                   .arg( leakNodes.at( n ), message );
              return;
            }
            for ( int s = 0; s < row.size(); ++s )
              row[s] += ( perturbed.at( s ) - base.at( k ).at( s ) ) / own.size();
          }
          rows[n] = row;
        }
      };
      std::vector<std::thread> threads;
      for ( int t = 1; t < threadCount; ++t )
        threads.emplace_back( work, t );
      work( 0 );
      for ( std::thread &t : threads )
        t.join();
      for ( const QString &message : std::as_const( errors ) )
      {
        if ( !message.isEmpty() )
          return fail( message );
      }
      QHash<QString, QVector<double>> nodeRows;
      for ( int n = 0; n < leakNodes.size(); ++n )
        nodeRows.insert( leakNodes.at( n ), rows.at( n ) );
      for ( const Pipe &p : net.pipes )
      {
        if ( !d->pipeArea.contains( p.id ) )
          continue;
        const QVector<double> r1 = nodeRows.value( p.node1 ), r2 = nodeRows.value( p.node2 );
        if ( r1.isEmpty() && r2.isEmpty() )
          continue;
        QVector<double> row( d->sensors.size() );
        for ( int s = 0; s < row.size(); ++s )
          row[s] = r1.isEmpty() ? r2.at( s ) : r2.isEmpty() ? r1.at( s ) : 0.5 * ( r1.at( s ) + r2.at( s ) );
        d->pipes << p.id;
        d->sensitivity.append( row );
      }
    }
    else
    {
      // reciprocity: a leak at sensor s changes the pressure at node k as a leak at node k changes
      // the pressure at s (the linearised GGA system is symmetric without active control valves)
      QVector<QHash<QString, double>> base;
      if ( !snapshots( net, when, &base, &error ) )
        return fail(
            QCoreApplication::translate( "vigie::hydraulics", "sensitivity matrix: the network does not solve: %1" ).arg( error ) );
      QVector<QHash<QString, double>> changes;
      for ( const QString &sensor : std::as_const( d->sensors ) )
      {
        QHash<QString, double> change;
        NodeType type;
        net.hasNode( sensor, &type );
        if ( type == NodeType::Junction )
        {
          Network leaky = net;
          if ( leaky.patternIndex( kLeakPattern ) < 0 )
          {
            Pattern constant;
            constant.id = kLeakPattern;
            constant.factors = { 1.0 };
            leaky.patterns.append( constant );
          }
          Junction &j = leaky.junctions[leaky.nodeIndex.value( sensor ).second];
          if ( j.demands.isEmpty() )
          {
            Demand own;
            own.base = j.baseDemand;
            own.pattern = j.pattern;
            j.demands.append( own );
          }
          Demand leak;
          leak.base = q;
          leak.pattern = kLeakPattern;
          j.demands.append( leak );
          leaky.reindex();
          QVector<QHash<QString, double>> perturbed;
          if ( !snapshots( leaky, when, &perturbed, &error ) )
            return fail( QCoreApplication::translate( "vigie::hydraulics", "sensitivity matrix: leak at %1 does not solve: %2" )
                             .arg( sensor, error ) );
          for ( int k = 0; k < perturbed.size() && k < base.size(); ++k )
          {
            for ( auto it = perturbed.at( k ).constBegin(); it != perturbed.at( k ).constEnd(); ++it )
              change[it.key()] += ( it.value() - base.at( k ).value( it.key() ) ) * d->pressureToMetres / perturbed.size();
          }
        }
        changes.append( change );
      }
      for ( const Pipe &p : net.pipes )
      {
        if ( !d->pipeArea.contains( p.id ) )
          continue;
        QVector<double> row( d->sensors.size() );
        for ( int s = 0; s < d->sensors.size(); ++s )
          row[s] = 0.5 * ( changes.at( s ).value( p.node1 ) + changes.at( s ).value( p.node2 ) );
        d->pipes << p.id;
        d->sensitivity.append( row );
      }
    }
    QVector<QVector<double>> perCubicMetre;
    QVector<int> areaOfPipe;
    for ( int p = 0; p < d->pipes.size(); ++p )
    {
      QVector<double> row = d->sensitivity.at( p );
      for ( double &v : row )
        v /= d->options.sensitivityLeak;
      perCubicMetre.append( row );
      areaOfPipe.append( d->pipeArea.value( d->pipes.at( p ), -1 ) );
    }
    d->localiser.setSensitivity( d->pipes, perCubicMetre, areaOfPipe );
    d->localiser.setMethod( d->options.localiser );
    d->localiser.setFlowUncertainty( d->options.flowUncertainty );
    return true;
  }

  QVector<Day> LeakDetector::Private::days( const ScadaData &data, const QVector<KnownLeak> *known ) const
  {
    QVector<Day> result;
    const int rows = data.rowCount();
    const int nAreas = static_cast<int>( areas.size() );
    const int nSensors = static_cast<int>( sensors.size() );
    QVector<int> sensorColumn( nSensors );
    for ( int s = 0; s < nSensors; ++s )
      sensorColumn[s] = data.pressures.column( sensors.at( s ) );
    // leak outflow columns per area (training)
    QVector<QVector<int>> leakColumns( nAreas );
    if ( known && !data.leakages.isEmpty() )
    {
      for ( int c = 0; c < data.leakages.columns.size(); ++c )
      {
        const int a = pipeArea.value( data.leakages.columns.at( c ), -1 );
        if ( a >= 0 )
          leakColumns[a].append( c );
      }
    }
    const qint64 w0 = options.windowStartHour * 3600LL;
    const qint64 w1 = options.windowEndHour * 3600LL;
    const qint64 p0 = pressureWindowStart() * 3600LL;
    const qint64 p1 = pressureWindowEnd() * 3600LL;
    int row = 0;
    while ( row < rows )
    {
      const qint64 day = data.times.at( row ) - ( ( data.times.at( row ) % 86400 ) + 86400 ) % 86400;
      Day out;
      out.day = day;
      out.inflow.fill( 0, nAreas );
      out.amr.fill( 0, nAreas );
      out.leakFlow.fill( 0, nAreas );
      out.pressure.fill( 0, nSensors );
      QVector<double> columnFlow( data.leakages.columns.size(), 0.0 );
      int count = 0, first = -1, last = -1, pressureCount = 0;
      for ( ; row < rows && data.times.at( row ) < day + 86400; ++row )
      {
        const qint64 tod = data.times.at( row ) - day;
        if ( tod >= p0 && tod < p1 )
        {
          ++pressureCount;
          for ( int s = 0; s < nSensors; ++s )
            out.pressure[s] += data.pressures.value( row, sensorColumn.at( s ) );
        }
        if ( tod < w0 || tod >= w1 )
          continue;
        if ( first < 0 )
          first = row;
        last = row;
        ++count;
        for ( int a = 0; a < nAreas; ++a )
        {
          const Area &area = areas.at( a );
          for ( const auto &m : area.meters )
            out.inflow[a] += m.second * data.flows.value( row, m.first );
          if ( !data.demands.isEmpty() )
          {
            double sum = 0;
            if ( area.amrColumns.isEmpty() )
            {
              const int nc = static_cast<int>( data.demands.columns.size() );
              const double *v = data.demands.values.constData() + static_cast<qsizetype>( row ) * nc;
              for ( int c = 0; c < nc; ++c )
                sum += v[c];
            }
            else
            {
              for ( int c : area.amrColumns )
                sum += data.demands.value( row, c );
            }
            out.amr[a] += sum / 1000.0; // L/h -> m³/h
          }
          for ( int c : leakColumns.at( a ) )
          {
            const double value = data.leakages.value( row, c );
            out.leakFlow[a] += value;
            columnFlow[c] += value;
          }
        }
      }
      if ( count >= 3 && pressureCount >= 1 )
      {
        out.valid = true;
        out.lastTime = data.times.at( last );
        for ( int a = 0; a < nAreas; ++a )
        {
          out.inflow[a] /= count;
          out.amr[a] /= count;
          out.leakFlow[a] /= count;
          const double hours = ( data.times.at( last ) - data.times.at( first ) ) / 3600.0;
          if ( hours > 0 )
          {
            for ( const auto &t : areas.at( a ).tanks )
              out.inflow[a] -= ( data.levels.value( last, t.first ) - data.levels.value( first, t.first ) ) * t.second / hours;
          }
        }
        for ( int s = 0; s < nSensors; ++s )
          out.pressure[s] /= pressureCount;
        for ( int c = 0; c < columnFlow.size(); ++c )
        {
          const int pipe = pipes.indexOf( data.leakages.columns.at( c ) );
          if ( pipe >= 0 && columnFlow.at( c ) > 0 )
            out.leakByPipe.append( { pipe, columnFlow.at( c ) / count } );
        }
      }
      if ( known && data.leakages.isEmpty() )
      {
        // no outflows: mark areas with a known active leak as unusable for calibration (NaN)
        for ( const KnownLeak &leak : *known )
        {
          const int a = pipeArea.value( leak.pipe, -1 );
          if ( a >= 0 && leak.start < day + w1 && leak.end >= day + w0 )
            out.leakFlow[a] = std::numeric_limits<double>::quiet_NaN();
        }
      }
      result.append( out );
    }
    return result;
  }

  bool LeakDetector::Private::calibrate( const QVector<Day> &days, bool withLeakFlows, const QVector<KnownLeak> &leaks, bool unknownLeaks )
  {
    Q_UNUSED( leaks )
    for ( int a = 0; a < areas.size(); ++a )
    {
      Area &area = areas[a];
      if ( !area.metered )
        continue;
      QVector<double> x, y;
      QVector<int> weekdays;
      for ( const Day &day : days )
      {
        if ( !day.valid || std::isnan( day.leakFlow.at( a ) ) )
          continue;
        x.append( day.amr.at( a ) );
        y.append( day.inflow.at( a ) - ( withLeakFlows ? day.leakFlow.at( a ) : 0.0 ) );
        weekdays.append( weekdayOf( day.day ) );
      }
      bool lower = ( unknownLeaks && options.selfCalibrationEnvelope ) || ( !withLeakFlows && x.size() < 5 );
      if ( lower )
      {
        // no usable leak-free days: lower envelope of the whole record (leaks only add flow)
        x.clear();
        y.clear();
        weekdays.clear();
        for ( const Day &day : days )
        {
          if ( !day.valid )
            continue;
          x.append( day.amr.at( a ) );
          y.append( day.inflow.at( a ) );
          weekdays.append( weekdayOf( day.day ) );
        }
      }
      if ( x.size() < 2 )
        continue;
      double k = 0, c = 0;
      if ( !fitLine( x, y, &c, &k ) )
        k = 0;
      if ( lower )
      {
        for ( int iteration = 0; iteration < 6; ++iteration )
        {
          QVector<double> r;
          for ( int i = 0; i < x.size(); ++i )
            r.append( y.at( i ) - c - k * x.at( i ) );
          const double cut = median( r );
          QVector<double> xs, ys;
          for ( int i = 0; i < x.size(); ++i )
          {
            if ( r.at( i ) <= cut )
            {
              xs.append( x.at( i ) );
              ys.append( y.at( i ) );
            }
          }
          if ( xs.size() < 4 || !fitLine( xs, ys, &c, &k ) )
            break;
        }
      }
      // day-of-week offsets by backfitting (medians: robust to leaks, which add to every weekday alike)
      QVector<double> offsets( 7, 0.0 );
      // (not when self-calibrating: measured on 2018, the offsets then make the noise from day-to-day
      // differences too small and the false alarms rise from 3 to 7 over the year)
      if ( options.weekdayProfile && !unknownLeaks && x.size() >= 14 )
      {
        for ( int iteration = 0; iteration < 3; ++iteration )
        {
          QVector<double> r;
          for ( int i = 0; i < x.size(); ++i )
            r.append( y.at( i ) - c - k * x.at( i ) );
          offsets = weekdayOffsets( r, weekdays );
          if ( lower )
            break; // the envelope fit stays: only the weekly pattern around it
          QVector<double> adjusted = y;
          for ( int i = 0; i < x.size(); ++i )
            adjusted[i] -= offsets.at( weekdays.at( i ) );
          if ( !fitLine( x, adjusted, &c, &k ) )
            k = 0;
        }
      }
      area.weekday = offsets;
      QVector<double> residuals, steps;
      for ( int i = 0; i < x.size(); ++i )
        residuals.append( y.at( i ) - c - k * x.at( i ) - offsets.at( weekdays.at( i ) ) );
      for ( int i = 1; i < residuals.size(); ++i )
        steps.append( residuals.at( i ) - residuals.at( i - 1 ) );
      // day-to-day noise: robust, and from differences so that slow leaks do not inflate it
      area.sigma = std::max( 0.05, lower ? robustSigma( steps ) / std::sqrt( 2.0 ) : robustSigma( residuals ) );
      area.k = k;
      area.c = c;
      area.calibrated = true;
    }
    // leak-free pressure model: p = a + b X - (known leak effects), X = calibrated consumption
    const int nSensors = static_cast<int>( sensors.size() );
    pressureOffset.fill( 0, nSensors );
    pressureSlope.fill( 0, nSensors );
    QVector<QVector<double>> xs( nSensors ), ys( nSensors ), effects( nSensors );
    for ( const Day &day : days )
    {
      if ( !day.valid )
        continue;
      bool usable = true;
      for ( int a = 0; a < areas.size(); ++a )
      {
        if ( std::isnan( day.leakFlow.at( a ) ) )
          usable = false;
      }
      if ( !usable )
        continue;
      const double x = consumption( day );
      for ( int s = 0; s < nSensors; ++s )
      {
        // the pressure without the known training leaks (solver sensitivities times their outflows)
        double leakEffect = 0;
        if ( withLeakFlows && options.subtractKnownLeaks )
        {
          for ( const auto &known : day.leakByPipe )
            leakEffect += known.second * sensitivity.at( known.first ).at( s ) / options.sensitivityLeak;
        }
        xs[s].append( x );
        ys[s].append( day.pressure.at( s ) - leakEffect );
        effects[s].append( leakEffect );
      }
    }
    pressureModel = false;
    QVector<double> measuredGains;
    for ( int s = 0; s < nSensors; ++s )
    {
      if ( xs.at( s ).size() < 3 )
        continue;
      fitLine( xs.at( s ), ys.at( s ), &pressureOffset[s], &pressureSlope[s] );
      pressureModel = true;
      if ( !( withLeakFlows && options.subtractKnownLeaks && options.learnSensitivityGain ) )
        continue;
      // p = a + b X + g E, E the solver's effect of the known leaks: g measures how much the sensor
      // really responds to a leak compared with the model (the single snapshot misses the daily flows)
      const int n = static_cast<int>( xs.at( s ).size() );
      double mx = 0, me = 0, mp = 0;
      for ( int i = 0; i < n; ++i )
      {
        mx += xs.at( s ).at( i ) / n;
        me += effects.at( s ).at( i ) / n;
        mp += ( ys.at( s ).at( i ) + effects.at( s ).at( i ) ) / n;
      }
      double sxx = 0, see = 0, sxe = 0, sxp = 0, sep = 0;
      for ( int i = 0; i < n; ++i )
      {
        const double dx = xs.at( s ).at( i ) - mx, de = effects.at( s ).at( i ) - me;
        const double dp = ys.at( s ).at( i ) + effects.at( s ).at( i ) - mp;
        sxx += dx * dx;
        see += de * de;
        sxe += dx * de;
        sxp += dx * dp;
        sep += de * dp;
      }
      const double det = sxx * see - sxe * sxe;
      // only when the known leaks moved this sensor measurably (their effect varies by > 2 cm)
      if ( see < n * 0.02 * 0.02 || det <= 1e-12 * sxx * see )
        continue;
      const double b = ( sxp * see - sep * sxe ) / det;
      const double g = std::clamp( ( sep * sxx - sxp * sxe ) / det, 0.25, 4.0 );
      measuredGains.append( g );
      pressureSlope[s] = b;
      pressureOffset[s] = mp - b * mx - g * me;
    }
    // one gain for every sensor (the median of those the training leaks moved): the per-sensor
    // estimates scatter with the few leaks of a training record (2018 halves: 54 % instead of 60 %
    // of a perfect score), the common scale does not
    sensitivityGain = measuredGains.isEmpty() ? 1.0 : median( measuredGains );
    {
      QVector<QVector<double>> rows;
      QVector<int> areaOfPipe;
      for ( int p = 0; p < pipes.size(); ++p )
      {
        QVector<double> row = sensitivity.at( p );
        for ( int s = 0; s < row.size() && s < nSensors; ++s )
          row[s] *= sensitivityGain / options.sensitivityLeak;
        rows.append( row );
        areaOfPipe.append( pipeArea.value( pipes.at( p ), -1 ) );
      }
      localiser.setSensitivity( pipes, rows, areaOfPipe );
    }
    // day-to-day noise of each sensor's residual (differences: robust to slow leaks and to steps)
    QVector<double> noise( nSensors, 0.05 );
    QVector<QVector<double>> steps( nSensors );
    QVector<double> previous;
    for ( const Day &day : days )
    {
      if ( !day.valid )
      {
        previous.clear();
        continue;
      }
      const QVector<double> r = residual( day );
      if ( !previous.isEmpty() )
      {
        for ( int s = 0; s < nSensors; ++s )
          steps[s].append( r.at( s ) - previous.at( s ) );
      }
      previous = r;
    }
    for ( int s = 0; s < nSensors; ++s )
    {
      if ( steps.at( s ).size() >= 5 )
        noise[s] = std::max( 0.005, robustSigma( steps.at( s ) ) / std::sqrt( 2.0 ) );
    }
    localiser.setNoise( noise );
    localiser.setNuisance( options.nuisanceSigma > 0 ? pressureSlope : QVector<double>(), options.nuisanceSigma );
    return true;
  }

  double LeakDetector::Private::consumption( const Day &day ) const
  {
    double total = 0;
    for ( int a = 0; a < areas.size(); ++a )
    {
      if ( areas.at( a ).calibrated )
        total += areas.at( a ).k * day.amr.at( a ) + areas.at( a ).c + areas.at( a ).weekday.at( weekdayOf( day.day ) );
    }
    return total;
  }

  QVector<double> LeakDetector::Private::residual( const Day &day ) const
  {
    QVector<double> r( sensors.size() );
    const double x = consumption( day );
    for ( int s = 0; s < sensors.size(); ++s )
      r[s] = day.pressure.at( s ) - ( pressureModel ? pressureOffset.at( s ) + pressureSlope.at( s ) * x : 0.0 );
    return r;
  }

  QVector<LeakCandidate> LeakDetector::Private::localise( const QVector<double> &change, int area ) const
  {
    // cosine similarity, or Pearson correlation when centreSignatures (removes the common drop
    // of every sensor; worse on the 2018 halves, kept as an option)
    QVector<LeakCandidate> all;
    const int n = static_cast<int>( change.size() );
    const double meanChange = options.centreSignatures && n ? std::accumulate( change.cbegin(), change.cend(), 0.0 ) / n : 0;
    double norm = 0;
    for ( double v : change )
      norm += ( v - meanChange ) * ( v - meanChange );
    norm = std::sqrt( norm );
    for ( int p = 0; p < pipes.size(); ++p )
    {
      if ( area >= 0 && pipeArea.value( pipes.at( p ) ) != area )
        continue;
      const QVector<double> &row = sensitivity.at( p );
      const double meanRow = options.centreSignatures ? std::accumulate( row.cbegin(), row.cend(), 0.0 ) / n : 0.0;
      double dot = 0, rn = 0;
      for ( int s = 0; s < n; ++s )
      {
        dot += ( row.at( s ) - meanRow ) * ( change.at( s ) - meanChange );
        rn += ( row.at( s ) - meanRow ) * ( row.at( s ) - meanRow );
      }
      const double cosine = norm > 0 && rn > 0 ? dot / ( norm * std::sqrt( rn ) ) : 0;
      all.append( { pipes.at( p ), cosine } );
    }
    std::stable_sort( all.begin(), all.end(),
                      []( const LeakCandidate &a, const LeakCandidate &b ) { return a.similarity > b.similarity; } );
    if ( all.size() > options.candidateCount )
      all.resize( options.candidateCount );
    return all;
  }

  bool LeakDetector::train( const ScadaData &data, const QVector<KnownLeak> &leaks, QString *errorMessage )
  {
    if ( d->areas.isEmpty() && !prepare( data, errorMessage ) )
      return false;
    const QVector<Day> days = d->days( data, &leaks );
    return d->calibrate( days, !data.leakages.isEmpty(), leaks );
  }

  bool LeakDetector::detect( const ScadaData &data, QVector<DetectedLeak> *leaks, QString *errorMessage )
  {
    if ( d->areas.isEmpty() && !prepare( data, errorMessage ) )
      return false;
    const QVector<Day> days = d->days( data, nullptr );
    bool calibrated = false;
    for ( const Area &a : std::as_const( d->areas ) )
      calibrated = calibrated || a.calibrated;
    if ( !calibrated )
    {
      QVector<Day> unknown = days;
      for ( Day &day : unknown )
        day.leakFlow.fill( 0 );
      d->calibrate( unknown, false, {}, true );
      for ( Area &a : d->areas )
        a.calibrated = a.calibrated && a.metered;
    }
    const LeakDetectorOptions &o = d->options;
    QVector<DetectedLeak> found;
    QVector<QVector<double>> residuals;
    for ( const Day &day : days )
      residuals.append( day.valid ? d->residual( day ) : QVector<double>() );
    d->residuals = residuals;
    auto meanResidual = [&]( int from, int to ) // [from, to)
    {
      QVector<double> mean( d->sensors.size(), 0.0 );
      int n = 0;
      for ( int i = std::max( 0, from ); i < to && i < days.size(); ++i )
      {
        if ( !days.at( i ).valid )
          continue;
        for ( int s = 0; s < mean.size(); ++s )
          mean[s] += residuals.at( i ).at( s );
        ++n;
      }
      for ( double &v : mean )
        v = n ? v / n : 0;
      return qMakePair( mean, n );
    };
    struct Active
    {
      QString pipe;
      double flow;
      int area;
      double levelBefore; //!< balance level of the area before this leak
      int changeDay;      //!< day index of its estimated start
    };
    //! A repair to re-examine a few days later: the level left above the one before the repaired leak.
    struct HiddenCheck
    {
      int dueDay;
      int repairDay;
      double baseLevel;
      int baseEnd; //!< the reference window of the pressures ends here (the repaired leak's start)
    };
    //! An alarm the pressures did not confirm yet, re-assessed every day with the days since its change.
    struct Pending
    {
      int alarmDay;
      int dayIndex; //!< last day of the pressures it was assessed with
      int changeDay;
      int cusumStart;
      int regimeFirst;
      double flow;
      double levelBefore;
      bool growth;
      int referenceEnd;
    };
    enum class Outcome
    {
      None,        //!< no candidate pipe
      Unconfirmed, //!< a small alarm the pressures do not (yet) confirm
      Confirmed
    };
    QVector<Active> active;
    d->balances.clear();
    for ( int a = 0; a < d->areas.size(); ++a )
    {
      const Area &area = d->areas.at( a );
      QVector<ZoneDay> balance;
      QVector<double> leak( days.size(), 0.0 );
      for ( int i = 0; i < days.size(); ++i )
      {
        ZoneDay z;
        z.day = days.at( i ).day;
        if ( days.at( i ).valid )
        {
          z.inflow = days.at( i ).inflow.at( a );
          z.amr = days.at( i ).amr.at( a );
          z.consumption = area.k * z.amr + area.c + area.weekday.at( weekdayOf( z.day ) );
          z.leak = z.inflow - z.consumption;
        }
        leak[i] = z.leak;
        balance.append( z );
      }
      d->balances.append( { area.zone.name, balance } );
      if ( !area.calibrated || days.isEmpty() )
        continue;
      const double sigma = area.sigma;
      int regimeStart = 0;      // first day after the last report or repair of this area
      QVector<Pending> pending; // unconfirmed small alarms of this area (deferredConfirmationDays)
      // the pressure change of an alarm whose leak changed the balance from changeDay on, with the days up
      // to dayIndex (regimeFirst: first day of the area's regime at the alarm), its candidate pipes and
      // whether the pressures confirm it (\a leakFound gets the candidates and the evidence)
      auto assess = [&]( int changeDay, int dayIndex, int cusumStart, int regimeFirst, double flow, bool atStart, double levelBefore,
                         bool growth, int referenceEnd, DetectedLeak &leakFound ) -> Outcome
      {
        int daysAfter = 0;
        double windowFlow = 0;
        for ( int j = atStart ? 0 : std::max( 0, changeDay ); j <= dayIndex; ++j )
        {
          if ( days.at( j ).valid )
          {
            windowFlow += leak.at( j ) - levelBefore;
            ++daysAfter;
          }
        }
        windowFlow = daysAfter > 0 ? windowFlow / daysAfter : flow;
        QVector<double> change;
        double noiseScale = 1;
        if ( atStart || changeDay <= 0 )
        {
          change = meanResidual( 0, dayIndex + 1 ).first;
          noiseScale = 1 / std::sqrt( std::max( 1, daysAfter ) );
        }
        else
        {
          const auto after = meanResidual( changeDay, dayIndex + 1 );
          const int end = referenceEnd >= 0 ? referenceEnd : changeDay;
          const auto before = meanResidual( end - o.baselineDays, end );
          change = after.first;
          for ( int s = 0; s < change.size(); ++s )
            change[s] -= before.first.at( s );
          noiseScale = std::sqrt( 1.0 / std::max( 1, after.second ) + 1.0 / std::max( 1, before.second ) );
        }
        double priorFlow = windowFlow;
        if ( o.growthRegression && growth && !atStart && referenceEnd < 0 && changeDay > 0 && flow > 0 )
        {
          // a slow growth: residual_s(d) = a_s + b_s q(d) + noise over the quiet days before the change
          // and every day since (within the regime: no other report or repair of the area), q the
          // area's leak flow above its level before; the change for the leak's flow is then b · flow
          const int first = std::max( { 0, regimeFirst, std::min( cusumStart, changeDay ) - o.baselineDays } );
          QVector<int> used;
          for ( int j = first; j <= dayIndex; ++j )
          {
            if ( days.at( j ).valid )
              used.append( j );
          }
          // q smoothed over baselineDays: its daily error would shrink the slope (error in the
          // regressor) and carry the consumption error's pressure response into it
          const int half = std::max( 0, o.baselineDays / 2 );
          QVector<double> q;
          double meanQ = 0;
          for ( int j : std::as_const( used ) )
          {
            double sum = 0;
            int n = 0;
            for ( int k : std::as_const( used ) )
            {
              if ( std::abs( k - j ) <= half )
              {
                sum += leak.at( k ) - levelBefore;
                ++n;
              }
            }
            q.append( sum / n );
            meanQ += sum / n;
          }
          meanQ = used.isEmpty() ? 0 : meanQ / used.size();
          double sqq = 0;
          for ( double v : std::as_const( q ) )
            sqq += ( v - meanQ ) * ( v - meanQ );
          // the slope's standard error per m³/h is noise / √Σ(q - q̄)²; the difference's is
          // noise × noiseScale / windowFlow: keep the more precise of the two estimates
          if ( used.size() >= 3 && sqq > 0 && ( windowFlow <= 0 || 1 / std::sqrt( sqq ) < noiseScale / windowFlow ) )
          {
            const int nSensors = static_cast<int>( d->sensors.size() );
            change = QVector<double>( nSensors, 0.0 );
            for ( int s = 0; s < nSensors; ++s )
            {
              double meanR = 0;
              for ( int j : std::as_const( used ) )
                meanR += residuals.at( j ).at( s );
              meanR /= used.size();
              double sqr = 0;
              for ( int u = 0; u < used.size(); ++u )
                sqr += ( q.at( u ) - meanQ ) * ( residuals.at( used.at( u ) ).at( s ) - meanR );
              change[s] = sqr / sqq * flow;
            }
            noiseScale = flow / std::sqrt( sqq );
            priorFlow = flow;
          }
        }
        if ( o.localiser == LocaliserMethod::Cosine )
          leakFound.candidates = d->localise( change, a );
        else
          leakFound.candidates = d->localiser.rank( change, std::max( 0.0, priorFlow ), a, o.candidateCount, noiseScale );
        if ( leakFound.candidates.isEmpty() )
          return Outcome::None;
        {
          const QVector<LeakCandidate> free = d->localiser.rank( change, 0, a, 1, noiseScale );
          leakFound.pressureEvidence = free.isEmpty() ? 0 : d->localiser.misfitWithoutLeak( change, noiseScale ) - free.first().misfit;
        }
        leakFound.growth = growth;
        // a hidden growth is measured across another leak's life: always confirmed by the pressures
        const bool small = flow < o.confirmBelowSigmas * sigma || referenceEnd >= 0;
        if ( small && !atStart && leakFound.pressureEvidence < o.minimumEvidence )
          return Outcome::Unconfirmed; // small for the balance and not seen in the pressures
        if ( small && o.fitTestSigmas > 0 &&
             leakFound.candidates.first().misfit > chiSquareQuantile( static_cast<int>( change.size() ) - 2, o.fitTestSigmas ) )
          return Outcome::Unconfirmed; // no leak on a pipe of this area explains the pressures: drift, not a leak
        return Outcome::Confirmed;
      };
      auto accept = [&]( DetectedLeak leakFound, int dayIndex, int changeDay, double flow, bool atStart, double levelBefore )
      {
        leakFound.pipe = leakFound.candidates.first().pipe;
        leakFound.zone = area.zone.name;
        leakFound.flow = flow;
        leakFound.runningAtStart = atStart;
        leakFound.time = atStart ? data.times.first() : days.at( dayIndex ).lastTime;
        leakFound.changeTime = atStart ? data.times.first() : days.at( std::max( 0, changeDay ) ).day + o.windowStartHour * 3600LL;
        leakFound.confidence = std::clamp( leakFound.candidates.first().similarity, 0.0, 1.0 ) * ( 1 - std::exp( -flow / ( 2 * sigma ) ) );
        for ( const Active &other : std::as_const( active ) )
        {
          const double dist = d->distances.distance( other.pipe, leakFound.pipe );
          if ( other.area == a && dist >= 0 && dist < o.duplicateDistance )
            return; // growth of a leak already reported
        }
        active.append( { leakFound.pipe, flow, a, levelBefore, atStart ? 0 : std::max( 0, changeDay ) } );
        found.append( leakFound );
      };
      // \a referenceEnd >= 0: the pressures after cusumStart are compared with the baselineDays before
      // referenceEnd (a leak that grew while another ran: before that one) instead of before the change
      auto report =
          [&]( int alarmDay, int cusumStart, double flow, bool atStart, double levelBefore, bool growth = false, int referenceEnd = -1 )
      {
        // another alarm of the area starts a new regime: a pending alarm's window ends here
        pending.clear();
        // the CUSUM start is the last day its sum was zero, often days early (slow growth of another
        // leak): the change day is re-estimated as the most significant step of the balance
        int changeDay = cusumStart;
        if ( o.refineChangeDay && !atStart && referenceEnd < 0 )
        {
          double best = -1;
          for ( int c = std::max( { 1, cusumStart - 3, regimeStart } ); c <= alarmDay; ++c )
          {
            double after = 0, before = 0;
            int na = 0, nb = 0;
            for ( int j = c; j <= alarmDay; ++j )
            {
              if ( days.at( j ).valid )
              {
                after += leak.at( j );
                ++na;
              }
            }
            for ( int j = std::max( 0, c - o.baselineDays ); j < c; ++j )
            {
              if ( days.at( j ).valid )
              {
                before += leak.at( j );
                ++nb;
              }
            }
            if ( na == 0 || nb == 0 )
              continue;
            const double step = ( after / na - before / nb ) * std::sqrt( double( na ) * nb / ( na + nb ) );
            if ( step > best )
            {
              best = step;
              changeDay = c;
            }
          }
        }
        // waiting reportDelayDays after the alarm gives the localisation more days of data
        const int dayIndex = std::min<int>( alarmDay + std::max( 0, o.reportDelayDays ), static_cast<int>( days.size() ) - 1 );
        DetectedLeak leakFound;
        const Outcome outcome =
            assess( changeDay, dayIndex, cusumStart, regimeStart, flow, atStart, levelBefore, growth, referenceEnd, leakFound );
        if ( outcome == Outcome::Confirmed )
          accept( leakFound, dayIndex, changeDay, flow, atStart, levelBefore );
        else if ( outcome == Outcome::Unconfirmed && o.deferredConfirmationDays > 0 && !atStart )
          pending.append( { alarmDay, dayIndex, changeDay, cusumStart, regimeStart, flow, levelBefore, growth, referenceEnd } );
      };
      double level = 0;
      int start = 0;
      const int firstDays = std::min<int>( 3, static_cast<int>( days.size() ) );
      double m = 0;
      for ( int i = 0; i < firstDays; ++i )
        m += leak.at( i ) / firstDays;
      if ( m > std::max( o.startThreshold * sigma / std::sqrt( double( firstDays ) ), o.minimumLeak ) )
      {
        level = m;
        report( firstDays - 1, 0, m, true, 0.0 );
        start = firstDays;
      }
      double up = 0, down = 0;
      int upStart = start, downStart = start;
      // slow growth: the level after each day, and the first day of the current regime (after the
      // last report or repair); a rise of the level by minimumLeak within growthWindowDays is a leak
      QVector<double> levelAfter( days.size(), level );
      regimeStart = start;
      QVector<HiddenCheck> hidden;
      for ( int i = start; i < days.size(); ++i )
      {
        if ( i > 0 )
          levelAfter[i] = levelAfter.at( i - 1 );
        if ( !days.at( i ).valid )
          continue;
        // hidden growth: a repair that removed less than the leak it ended leaves a level above the
        // one before that leak; what remains (once the repair day is past) grew while it ran
        for ( int h = static_cast<int>( hidden.size() ) - 1; h >= 0; --h )
        {
          const HiddenCheck check = hidden.at( h );
          if ( i < check.dueDay )
            continue;
          hidden.removeAt( h );
          double after = 0;
          int n = 0;
          for ( int j = check.repairDay + 1; j <= i; ++j )
          {
            if ( days.at( j ).valid )
            {
              after += leak.at( j );
              ++n;
            }
          }
          if ( n == 0 )
            continue;
          after /= n;
          const double rise = after - check.baseLevel;
          if ( rise >= o.minimumLeak && rise >= o.hiddenGrowthSigmas * sigma )
          {
            report( i, check.repairDay + 1, rise, false, check.baseLevel, true, check.baseEnd );
            regimeStart = i + 1;
          }
        }
        const double r = ( leak.at( i ) - level ) / sigma;
        up = std::max( 0.0, up + r - o.cusumDrift );
        down = std::max( 0.0, down - r - o.cusumDrift );
        if ( up == 0 )
          upStart = i + 1;
        if ( down == 0 )
          downStart = i + 1;
        if ( up > o.cusumThreshold )
        {
          double size = 0;
          int n = 0;
          for ( int j = upStart; j <= i; ++j )
          {
            size += leak.at( j ) - level;
            ++n;
          }
          size = n ? size / n : 0;
          if ( size >= o.minimumLeak )
          {
            report( i, upStart, size, false, level );
            regimeStart = i + 1;
          }
          else if ( o.growthWindowDays > 0 )
          {
            // the lowest level of the window before this step: the rise since then is the growth
            int floorDay = -1;
            double floor = level;
            for ( int j = std::max( regimeStart, i - o.growthWindowDays ); j < i; ++j )
            {
              if ( levelAfter.at( j ) < floor )
              {
                floor = levelAfter.at( j );
                floorDay = j;
              }
            }
            if ( level + size - floor >= o.minimumLeak )
            {
              report( i, floorDay >= 0 ? floorDay + 1 : upStart, level + size - floor, false, floor, true );
              regimeStart = i + 1;
            }
          }
          level += size;
          levelAfter[i] = level;
          up = down = 0;
          upStart = downStart = i + 1;
        }
        else if ( down > o.cusumThreshold )
        {
          pending.clear(); // the balance fell back (e.g. a repair): it no longer shows the pending leak
          double size = 0;
          int n = 0;
          for ( int j = downStart; j <= i; ++j )
          {
            size += level - leak.at( j );
            ++n;
          }
          size = n ? size / n : 0;
          level -= size;
          // the repaired leak: the active one of this area whose flow is closest
          int best = -1;
          for ( int k = 0; k < active.size(); ++k )
          {
            if ( active.at( k ).area == a &&
                 ( best < 0 || std::abs( active.at( k ).flow - size ) < std::abs( active.at( best ).flow - size ) ) )
              best = k;
          }
          if ( best >= 0 )
          {
            // the level the area had before the repaired leak, plus the leaks reported since
            const Active repaired = active.at( best );
            active.removeAt( best );
            double base = repaired.levelBefore;
            for ( const Active &other : std::as_const( active ) )
            {
              if ( other.area == a && other.changeDay >= repaired.changeDay )
                base += other.flow;
            }
            if ( o.hiddenGrowthDays > 0 && size >= o.minimumLeak && repaired.changeDay > 0 )
              hidden.append( { i + o.hiddenGrowthDays, i, base, repaired.changeDay } );
          }
          levelAfter[i] = level;
          if ( size >= o.minimumLeak )
            regimeStart = i + 1;
          up = down = 0;
          upStart = downStart = i + 1;
        }
        // deferred confirmation: the pressure change of a pending alarm with every day since its change
        // (the noise of the mean after it falls as 1/√days), reported on the first day it passes
        for ( int p = static_cast<int>( pending.size() ) - 1; p >= 0; --p )
        {
          const Pending waiting = pending.at( p );
          if ( i <= waiting.dayIndex )
            continue;
          if ( i > waiting.alarmDay + o.deferredConfirmationDays )
          {
            pending.removeAt( p );
            continue;
          }
          DetectedLeak leakFound;
          const Outcome outcome = assess( waiting.changeDay, i, waiting.cusumStart, waiting.regimeFirst, waiting.flow, false,
                                          waiting.levelBefore, waiting.growth, waiting.referenceEnd, leakFound );
          if ( outcome == Outcome::Unconfirmed )
            continue;
          pending.removeAt( p );
          if ( outcome == Outcome::Confirmed )
            accept( leakFound, i, waiting.changeDay, waiting.flow, false, waiting.levelBefore );
        }
      }
    }
    std::stable_sort( found.begin(), found.end(), []( const DetectedLeak &x, const DetectedLeak &y ) { return x.time < y.time; } );
    *leaks = found;
    return true;
  }

  QVector<QPair<QString, QVector<ZoneDay>>> LeakDetector::zoneBalances() const
  {
    return d->balances;
  }

  QVector<QVector<double>> LeakDetector::pressureResiduals() const
  {
    return d->residuals;
  }

  QVector<Zone> LeakDetector::zones() const
  {
    QVector<Zone> result;
    for ( const Area &a : d->areas )
      result.append( a.zone );
    return result;
  }

  QStringList LeakDetector::zoneNames() const
  {
    QStringList names;
    for ( const Area &a : d->areas )
      names << a.zone.name;
    return names;
  }

  const LeakLocaliser &LeakDetector::localiser() const
  {
    return d->localiser;
  }

  QJsonObject LeakDetector::calibration() const
  {
    // offsets Monday first (weekdayOf() counts from Thursday, 1970-01-01)
    auto weekdayList = []( const QVector<double> &offsets )
    {
      QVariantList list;
      for ( int k = 0; k < 7; ++k )
        list.append( offsets.value( ( k + 4 ) % 7 ) );
      return list;
    };
    QJsonArray zones;
    for ( const Area &a : d->areas )
    {
      QJsonArray meters;
      for ( const auto &m : a.zone.boundary )
        meters.append( QStringLiteral( "%1%2" ).arg( m.second > 0 ? QStringLiteral( "+" ) : QStringLiteral( "-" ), m.first ) );
      zones.append( QJsonObject{ { QStringLiteral( "name" ), a.zone.name },
                                 { QStringLiteral( "boundary" ), meters },
                                 { QStringLiteral( "metered" ), a.metered },
                                 { QStringLiteral( "amr_meters" ), static_cast<int>( a.amrColumns.size() ) },
                                 { QStringLiteral( "k" ), a.k },
                                 { QStringLiteral( "c_m3h" ), a.c },
                                 { QStringLiteral( "weekday_m3h" ), QJsonArray::fromVariantList( weekdayList( a.weekday ) ) },
                                 { QStringLiteral( "noise_m3h" ), a.sigma },
                                 { QStringLiteral( "pipes" ), static_cast<int>( a.zone.pipes.size() ) } } );
    }
    return QJsonObject{ { QStringLiteral( "zones" ), zones },
                        { QStringLiteral( "dmas" ), QJsonArray::fromStringList( d->dmaNames ) },
                        { QStringLiteral( "pressure_sensors" ), static_cast<int>( d->sensors.size() ) },
                        { QStringLiteral( "sensitivity_gain" ), d->sensitivityGain },
                        { QStringLiteral( "window_hours" ), QJsonArray{ d->options.windowStartHour, d->options.windowEndHour } } };
  }
} // namespace vigie::hydraulics
