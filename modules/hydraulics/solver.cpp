// SPDX-License-Identifier: GPL-2.0-or-later
// Global Gradient Algorithm, written from the published method (Todini & Pilati 1988;
// Rossman, EPANET 2.2 user manual, chapter "Analysis Algorithms" and the [OPTIONS] /
// [TIMES] / [CONTROLS] definitions). Internal units: feet, cubic feet per second, seconds.
#include "solver.h"

#include <QCoreApplication>
#include <QHash>

#include <Eigen/OrderingMethods>
#include <Eigen/SparseCholesky>
#include <Eigen/SparseCore>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie::hydraulics
{
  namespace
  {
    constexpr double kPi = 3.14159265358979323846;
    constexpr double kFeetPerMetre = 1.0 / 0.3048;
    constexpr double kPsiPerFoot = 0.4333;
    constexpr double kBig = 1e8;              //!< resistance of a closed link (ft per cfs)
    constexpr double kSmall = 1e-6;           //!< resistance of a loss-free open valve (ft per cfs)
    constexpr double kMinGradient = 1e-7;     //!< smallest head-loss gradient (ft per cfs): keeps 1/gradient finite at zero flow
    constexpr double kFixHead = 1e10;         //!< diagonal weight that pins a node head (active PRV / PSV)
    constexpr double kHeadTolerance = 0.0005; //!< ft, for status changes
    constexpr double kFlowTolerance = 0.0001; //!< cfs, for status changes
    constexpr double kZeroFlow = 1e-6;        //!< cfs, flow given to a link that opens
    //! Status changes of a check valve by status checks after which its status is held for the rest of a
    //! solution. Our safeguard, not from the manual: in Richmond a check valve feeding a demand zone
    //! closes on a transient reverse flow, the zone is cut off (heads near -1e6 ft, an ill-conditioned
    //! system), the valve reopens, and so on until TRIALS.
    constexpr int kMaxFlips = 2;

    //! Flow units per cfs (EPANET manual, units of measurement).
    double flowFactor( FlowUnits units )
    {
      switch ( units )
      {
      case FlowUnits::Cfs:
        return 1.0;
      case FlowUnits::Gpm:
        return 448.831;
      case FlowUnits::Mgd:
        return 0.64632;
      case FlowUnits::Imgd:
        return 0.5382;
      case FlowUnits::Afd:
        return 1.9837;
      case FlowUnits::Lps:
        return 28.317;
      case FlowUnits::Lpm:
        return 1699.0;
      case FlowUnits::Mld:
        return 2.4466;
      case FlowUnits::Cmh:
        return 101.94;
      case FlowUnits::Cmd:
        return 2446.6;
      }
      return 1.0;
    }

    enum class Kind
    {
      Pipe,
      CvPipe,
      Pump,
      Prv,
      Psv,
      Pbv,
      Fcv,
      Tcv,
      Gpv
    };

    //! Hydraulic state of a link during a solution.
    enum class State
    {
      Open,
      Closed,    //!< closed by the user, a control or a status check
      Active,    //!< control valve regulating
      TempClosed //!< closed by a status check (pump head, full/empty tank, CV)
    };

    enum class PumpModel
    {
      PowerLaw, //!< h = h0 - r q^n (single- or three-point curve)
      Table,    //!< piecewise-linear multi-point curve
      Power     //!< constant horsepower
    };

    struct Link
    {
      Kind kind = Kind::Pipe;
      int n1 = 0;
      int n2 = 0;
      double length = 0;   // ft
      double diameter = 0; // ft
      double roughness = 0;
      double resistance = 0; // friction coefficient r (ft, cfs)
      double minorLoss = 0;  // m in h = m q|q|
      // user state
      bool userOpen = true;    // open/closed by the user or a control
      bool fixedValve = false; // valve forced OPEN/CLOSED (no regulation)
      double setting = 0;      // pump speed; valve setting in internal units
      // pump
      PumpModel pumpModel = PumpModel::PowerLaw;
      double h0 = 0, r = 0, n = 1; // power law
      QVector<QPointF> curve;      // table pump (cfs, ft) or GPV (cfs, ft)
      double power = 0;            // ft * cfs
      int pattern = -1;
      // solution
      State state = State::Open;
      double q = 0;
      double p = 0;
      double y = 0;
      int offDiagonal = -1; // position in the matrix values, -1 when not between two junctions
      int flips = 0;        // status changes by status checks during the current solution
      // pump energy ([ENERGY])
      QVector<QPointF> efficiencyCurve; // flow (cfs), efficiency (%)
      double price = -1;                // -1: the global price
      int pricePattern = -2;            // -2: the global pattern
      double kw = 0;                    // power at the current solution
      double efficiency = 0;            // at the current solution (fraction)
      double onlineSeconds = 0, kwh = 0, cost = 0, peakKw = 0, efficiencySeconds = 0, volume = 0;
    };

    struct Node
    {
      QString id;
      double elevation = 0; // ft
      // junction
      QVector<QPair<double, int>> demands; // base (cfs), pattern index (-1 none)
      double emitter = 0;                  // cfs / ft^gamma
      double demand = 0;                   // current demand (cfs); served demand under pressure-driven analysis
      double required = 0;                 // demand the patterns ask for (cfs)
      double emitterFlow = 0;
      // reservoir
      double baseHead = 0;
      int pattern = -1;
      // tank
      bool isTank = false;
      double minLevel = 0, maxLevel = 0, area = 0, minVolume = 0, volume = 0;
      QVector<QPointF> volumeCurve; // level (ft), volume (ft3)
      double head = 0;
      double netInflow = 0; // tanks and reservoirs (cfs)
      int diagonal = -1;
    };

    //! Gradient g and head loss h of an emitter's pseudo-link, h = (q / C)^(1 / gamma), g = dh/dq (floored).
    void emitterLoss( const Node &n, double emitterExponent, double &g, double &h )
    {
      const double expo = 1.0 / emitterExponent;
      const double re = std::pow( n.emitter, -expo );
      const double aq = std::abs( n.emitterFlow );
      g = expo * re * std::pow( aq, expo - 1 );
      h = re * std::pow( aq, expo - 1 ) * n.emitterFlow;
      if ( g < kMinGradient || !std::isfinite( g ) )
      {
        g = kMinGradient;
        h = g * n.emitterFlow;
      }
    }

    double interpolate( const QVector<QPointF> &curve, double x )
    {
      if ( curve.size() == 1 )
        return curve.first().y();
      int k = 1;
      while ( k < curve.size() - 1 && x > curve.at( k ).x() )
        ++k;
      const QPointF &a = curve.at( k - 1 );
      const QPointF &b = curve.at( k );
      return a.y() + ( x - a.x() ) * ( b.y() - a.y() ) / ( b.x() - a.x() );
    }

    double inverseInterpolate( const QVector<QPointF> &curve, double y )
    {
      if ( curve.size() == 1 )
        return curve.first().x();
      int k = 1;
      while ( k < curve.size() - 1 && y > curve.at( k ).y() )
        ++k;
      const QPointF &a = curve.at( k - 1 );
      const QPointF &b = curve.at( k );
      if ( b.y() == a.y() )
        return a.x();
      return a.x() + ( y - a.y() ) * ( b.x() - a.x() ) / ( b.y() - a.y() );
    }
  } // namespace

  class HydraulicSimulation::Private
  {
  public:
    explicit Private( const Network &network ) : net( network ) {}

    const Network &net;
    QString error;
    // units
    double qf = 1; // flow units per cfs
    double hf = 1; // head units per ft
    double pf = 1; // pressure units per ft of head
    double df = 1; // diameter units per ft
    bool metric = false;
    // options
    QString headloss;
    int formula = 0;           // 0 H-W, 1 D-W, 2 C-M (compared per link and trial)
    double viscosity = 1.1e-5; // ft2/s
    double demandMultiplier = 1;
    double emitterExponent = 0.5;
    double specificGravity = 1;
    int trials = 200;
    double accuracy = 0.001;
    int checkFreq = 2;
    int maxCheck = 10;
    double dampLimit = 0;
    int extraTrials = -1; // -1: UNBALANCED STOP
    int defaultPattern = -1;
    // pressure-driven analysis (Wagner): served = required * ((p - pmin) / (preq - pmin))^pdaExponent
    bool pda = false;
    double pdaMin = 0;      // ft
    double pdaRequired = 0; // ft
    double pdaExponent = 0.5;
    // energy ([ENERGY])
    double globalEfficiency = 75; // %
    double globalPrice = 0;
    int globalPricePattern = -1;
    double demandCharge = 0;
    double peakTotalKw = 0;
    long long energyTime = 0; // seconds accounted
    // times
    long long duration = 0;
    long long durationOverride = -1;
    long long hydStep = 3600;
    long long patternStep = 3600;
    long long patternStart = 0;
    long long reportStep = 3600;
    long long reportStart = 0;
    long long startClock = 0;
    long long time = 0;
    long long lastPatternPeriod = -1;
    // model
    int nJunctions = 0;
    QVector<Node> nodes;
    QVector<Link> links;
    QVector<QVector<double>> patterns;
    QVector<QVector<int>> nodeLinks; // links at each node
    struct SimpleControl
    {
      int link = -1;
      Control::Action action = Control::Action::Open;
      double setting = 0; // internal units
      Control::Condition condition = Control::Condition::Time;
      int node = -1;
      double head = 0; // internal head threshold (ft)
      long long seconds = 0;
    };
    QVector<SimpleControl> controls;
    //! [RULES] compiled: premises and actions refer to node / link indexes, values in internal units.
    struct RulePremise
    {
      enum Object
      {
        NodeObject,
        LinkObject,
        SystemObject
      } object = SystemObject;
      enum Attribute
      {
        Demand,
        Head,
        Pressure,
        Level,
        FillTime,
        DrainTime,
        Flow,
        Status,
        Setting,
        Time,
        ClockTime,
        SystemDemand
      } attribute = Time;
      enum Relation
      {
        Eq,
        Ne,
        Lt,
        Le,
        Gt,
        Ge
      } relation = Eq;
      bool orLogic = false;
      int index = -1;
      double value = 0; //!< internal units; seconds for times; for Status 0 closed, 1 open, 2 active
    };
    struct RuleAction
    {
      int link = -1;
      Control::Action action = Control::Action::Open; //!< Setting for SETTING = v; Open also stands for ACTIVE
      bool active = false;                            //!< STATUS = ACTIVE
      double setting = 0;
    };
    struct CompiledRule
    {
      QString id;
      QVector<RulePremise> premises;
      QVector<RuleAction> thenActions;
      QVector<RuleAction> elseActions;
      double priority = 0;
    };
    QVector<CompiledRule> rules;
    long long ruleStep = 360;
    // linear algebra
    Eigen::SparseMatrix<double> matrix;
    //! The matrix is stored already in the fill-reducing (AMD) order, upper triangle: the factorisation
    //! then reads it in place (no permuted copy per trial); rowOf maps a junction to its row.
    Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>, Eigen::Upper, Eigen::NaturalOrdering<int>> ldlt;
    std::vector<int> rowOf;
    std::vector<double> factors; //!< pattern factors of the current period (setDemands)
    // index lists built once so the per-trial loops skip what cannot apply
    std::vector<int> emitterNodes;   //!< junctions with an emitter
    std::vector<int> pressureValves; //!< PRV and PSV links
    std::vector<int> statusLinks;    //!< links a status check may change (not plain pipes between junctions)
    //! Junctions cut off from every tank and reservoir by closed links, found before each trial: their
    //! demand cannot be served and they get no pressure (head pinned at the elevation, no flow in their
    //! links). Our choice, not the manual's: left in the equations, their heads go to about
    //! -demand / 1e-8 ft, the system is ill-conditioned and check valves around them flip for ever.
    std::vector<char> cutOff;
    std::vector<int> queue;
    std::vector<char> closedLast; //!< link closed at the last search (findCutOff runs again on a change)
    bool anyCutOff = false;
    Eigen::VectorXd rhs;
    Eigen::VectorXd rhsOrdered;
    Eigen::VectorXd headsOrdered;
    StepInfo last;

    bool fail( const QString &message )
    {
      error = message;
      return false;
    }

    double patternFactor( int pattern, long long t ) const
    {
      if ( pattern < 0 || patterns.at( pattern ).isEmpty() )
        return 1.0;
      const QVector<double> &f = patterns.at( pattern );
      const long long period = ( t + patternStart ) / std::max( 1LL, patternStep );
      return f.at( static_cast<int>( period % f.size() ) );
    }

    double tankVolume( const Node &n, double level ) const
    {
      if ( !n.volumeCurve.isEmpty() )
        return interpolate( n.volumeCurve, level );
      return n.minVolume + n.area * ( level - n.minLevel );
    }

    double tankLevel( const Node &n, double volume ) const
    {
      if ( !n.volumeCurve.isEmpty() )
        return inverseInterpolate( n.volumeCurve, volume );
      return n.minLevel + ( volume - n.minVolume ) / n.area;
    }

    bool build();
    void applyUserStatus( Link &link, const QString &value, int lineNumber );
    double valveSettingToInternal( const Link &link, double value ) const;
    void setDemands();
    void evaluateControls( long long previousTime );
    //! Applies a control or rule action to a link; true when its status or setting changed.
    bool applyAction( Link &l, Control::Action action, double setting, bool active );
    bool compileRules();
    void findCutOff();
    //! Demand a junction receives: none when it is cut off (demand-driven analysis).
    double servedDemand( int i ) const
    {
      return anyCutOff && cutOff[i] && !( pda && nodes.at( i ).required > 0 ) ? 0.0 : nodes.at( i ).demand;
    }
    bool readEnergy();
    //! Power drawn by every pump at the current solution (Link::kw, Link::efficiency).
    void pumpPowers();
    void accumulateEnergy( long long step );
    //! Pressure-driven demand of a junction at its current served flow: -1 no supply, 1 full demand,
    //! 0 partial with the pseudo-link's gradient \a g and head loss \a h (above elevation + pmin).
    int pdaLoss( const Node &n, double &g, double &h ) const;
    bool premiseTrue( const RulePremise &premise ) const;
    //! Evaluates every rule at the current time; true when an action changed a link.
    bool evaluateRules();
    void moveTanks( long long step );
    void linkCoefficients( Link &link );
    bool solveNetwork( QString *errorMessage );
    bool checkStatus( bool valvesOnly );
    void updateTankFlows();
    double imbalance( int *worst ) const;
  };

  double HydraulicSimulation::Private::valveSettingToInternal( const Link &link, double value ) const
  {
    switch ( link.kind )
    {
    case Kind::Prv:
    case Kind::Psv:
    case Kind::Pbv:
      return value / pf; // pressure -> ft
    case Kind::Fcv:
      return value / qf;
    case Kind::Tcv:
    case Kind::Pipe:
    case Kind::CvPipe:
    case Kind::Pump:
    case Kind::Gpv:
      return value;
    }
    return value;
  }

  void HydraulicSimulation::Private::applyUserStatus( Link &link, const QString &value, int lineNumber )
  {
    Q_UNUSED( lineNumber )
    const QString upper = value.toUpper();
    const bool isValve = link.kind != Kind::Pipe && link.kind != Kind::CvPipe && link.kind != Kind::Pump;
    if ( upper == QLatin1String( "OPEN" ) || upper == QLatin1String( "CLOSED" ) )
    {
      link.userOpen = upper == QLatin1String( "OPEN" );
      if ( isValve )
        link.fixedValve = true;
      if ( link.kind == Kind::Pump && link.userOpen && link.setting == 0 )
        link.setting = 1;
      return;
    }
    if ( upper == QLatin1String( "ACTIVE" ) )
    {
      link.fixedValve = false;
      link.userOpen = true;
      return;
    }
    const double v = value.toDouble();
    if ( link.kind == Kind::Pump )
    {
      link.setting = v;
      link.userOpen = v > 0;
    }
    else if ( isValve )
    {
      link.setting = valveSettingToInternal( link, v );
      link.fixedValve = false;
      link.userOpen = true;
    }
  }

  bool HydraulicSimulation::Private::build()
  {
    metric = isMetric( net.flowUnits );
    qf = flowFactor( net.flowUnits );
    hf = metric ? 0.3048 : 1.0;
    df = metric ? 304.8 : 12.0;
    specificGravity = net.option( QStringLiteral( "SPECIFIC GRAVITY" ), QStringLiteral( "1" ) ).toDouble();
    if ( specificGravity <= 0 )
      specificGravity = 1;
    pf = ( metric ? 0.3048 : kPsiPerFoot ) * ( specificGravity > 0 ? specificGravity : 1.0 );
    headloss = net.headloss.toUpper();
    const double relViscosity = net.option( QStringLiteral( "VISCOSITY" ), QStringLiteral( "1" ) ).toDouble();
    viscosity = 1.1e-5 * ( relViscosity > 0 ? relViscosity : 1.0 );
    demandMultiplier = net.option( QStringLiteral( "DEMAND MULTIPLIER" ), QStringLiteral( "1" ) ).toDouble();
    emitterExponent = net.option( QStringLiteral( "EMITTER EXPONENT" ), QStringLiteral( "0.5" ) ).toDouble();
    if ( emitterExponent <= 0 )
      emitterExponent = 0.5;
    trials = std::max( 1, net.option( QStringLiteral( "TRIALS" ), QStringLiteral( "200" ) ).toInt() );
    accuracy = net.option( QStringLiteral( "ACCURACY" ), QStringLiteral( "0.001" ) ).toDouble();
    if ( accuracy <= 0 )
      accuracy = 0.001;
    checkFreq = std::max( 1, net.option( QStringLiteral( "CHECKFREQ" ), QStringLiteral( "2" ) ).toInt() );
    maxCheck = std::max( 0, net.option( QStringLiteral( "MAXCHECK" ), QStringLiteral( "10" ) ).toInt() );
    dampLimit = net.option( QStringLiteral( "DAMPLIMIT" ), QStringLiteral( "0" ) ).toDouble();
    const QStringList unbalanced =
        net.option( QStringLiteral( "UNBALANCED" ), QStringLiteral( "STOP" ) ).toUpper().split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
    if ( !unbalanced.isEmpty() && unbalanced.first() == QLatin1String( "CONTINUE" ) )
      extraTrials = unbalanced.size() > 1 ? std::max( 0, unbalanced.at( 1 ).toInt() ) : 0;
    pda = net.option( QStringLiteral( "DEMAND MODEL" ), QStringLiteral( "DDA" ) ).toUpper() == QLatin1String( "PDA" );
    pdaMin = net.option( QStringLiteral( "MINIMUM PRESSURE" ), QStringLiteral( "0" ) ).toDouble() / pf;
    pdaRequired = net.option( QStringLiteral( "REQUIRED PRESSURE" ), QStringLiteral( "0.1" ) ).toDouble() / pf;
    pdaExponent = net.option( QStringLiteral( "PRESSURE EXPONENT" ), QStringLiteral( "0.5" ) ).toDouble();
    if ( pda && ( pdaRequired - pdaMin < 0.1 / pf || pdaExponent <= 0 ) )
      return fail( QCoreApplication::translate( "vigie", "pressure-driven analysis needs REQUIRED PRESSURE above MINIMUM PRESSURE "
                                                         "(by 0.1 at least) and a positive PRESSURE EXPONENT" ) );
    formula = headloss == QLatin1String( "D-W" ) ? 1 : headloss == QLatin1String( "C-M" ) ? 2 : 0;
    if ( headloss != QLatin1String( "H-W" ) && headloss != QLatin1String( "D-W" ) && headloss != QLatin1String( "C-M" ) )
      return fail( QCoreApplication::translate( "vigie", "unknown head-loss formula \"%1\"" ).arg( headloss ) );

    // times
    auto timeOf = [this]( const char *key, long long fallback )
    {
      const QString text = net.time( QLatin1String( key ) );
      if ( text.isEmpty() )
        return fallback;
      const QStringList parts = text.split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
      long long seconds = fallback;
      if ( parts.isEmpty() || !parseEpanetTime( parts.at( 0 ), parts.value( 1 ), &seconds ) )
        return fallback;
      return seconds;
    };
    duration = durationOverride >= 0 ? durationOverride : timeOf( "DURATION", 0 );
    hydStep = std::max( 1LL, timeOf( "HYDRAULIC TIMESTEP", 3600 ) );
    patternStep = std::max( 1LL, timeOf( "PATTERN TIMESTEP", 3600 ) );
    patternStart = timeOf( "PATTERN START", 0 );
    reportStep = std::max( 1LL, timeOf( "REPORT TIMESTEP", 3600 ) );
    reportStart = timeOf( "REPORT START", 0 );
    startClock = timeOf( "START CLOCKTIME", 0 );
    hydStep = std::min( { hydStep, patternStep, reportStep } );
    ruleStep = std::max( 1LL, std::min( timeOf( "RULE TIMESTEP", std::max( 1LL, hydStep / 10 ) ), hydStep ) );

    // patterns
    for ( const Pattern &pattern : net.patterns )
      patterns.append( pattern.factors );
    const QString defaultId = net.option( QStringLiteral( "PATTERN" ) );
    defaultPattern = net.patternIndex( defaultId.isEmpty() ? QStringLiteral( "1" ) : defaultId );

    // nodes: junctions, reservoirs, tanks
    nJunctions = net.junctions.size();
    QHash<QString, int> nodeIds;
    const double emitterUnit = std::pow( pf, emitterExponent ) / qf; // C (flow units / pressure^g) -> cfs / ft^g
    for ( const Junction &j : net.junctions )
    {
      Node n;
      n.id = j.id;
      n.elevation = j.elevation / hf;
      if ( j.demands.isEmpty() )
      {
        const int pattern = j.pattern.isEmpty() ? defaultPattern : net.patternIndex( j.pattern );
        n.demands.append( qMakePair( j.baseDemand / qf, pattern ) );
      }
      for ( const Demand &dm : j.demands )
        n.demands.append( qMakePair( dm.base / qf, dm.pattern.isEmpty() ? defaultPattern : net.patternIndex( dm.pattern ) ) );
      n.emitter = j.emitterCoefficient * emitterUnit;
      nodeIds.insert( n.id, nodes.size() );
      nodes.append( n );
    }
    for ( const Reservoir &r : net.reservoirs )
    {
      Node n;
      n.id = r.id;
      n.baseHead = r.head / hf;
      n.elevation = n.baseHead;
      n.pattern = r.pattern.isEmpty() ? -1 : net.patternIndex( r.pattern );
      n.head = n.baseHead;
      nodeIds.insert( n.id, nodes.size() );
      nodes.append( n );
    }
    for ( const Tank &t : net.tanks )
    {
      Node n;
      n.id = t.id;
      n.isTank = true;
      n.elevation = t.elevation / hf;
      n.minLevel = t.minLevel / hf;
      n.maxLevel = t.maxLevel / hf;
      const double diameter = t.diameter / hf;
      n.area = kPi * diameter * diameter / 4;
      if ( !t.volumeCurve.isEmpty() )
      {
        const Curve &c = net.curves.at( net.curveIndex( t.volumeCurve ) );
        const double vf = metric ? std::pow( kFeetPerMetre, 3 ) : 1.0;
        for ( const QPointF &p : c.points )
          n.volumeCurve.append( QPointF( p.x() / hf, p.y() * vf ) );
        n.minVolume = interpolate( n.volumeCurve, n.minLevel );
      }
      else
      {
        if ( n.area <= 0 )
          return fail( QCoreApplication::translate( "vigie", "tank \"%1\" has no diameter and no volume curve" ).arg( t.id ) );
        const double minVolume = t.minVolume * ( metric ? std::pow( kFeetPerMetre, 3 ) : 1.0 );
        n.minVolume = minVolume > 0 ? minVolume : n.area * n.minLevel;
      }
      const double level = t.initLevel / hf;
      n.volume = tankVolume( n, level );
      n.head = n.elevation + level;
      nodeIds.insert( n.id, nodes.size() );
      nodes.append( n );
    }

    // links
    auto addLinkNodes = [&nodeIds]( Link &l, const LinkBase &b )
    {
      l.n1 = nodeIds.value( b.node1 );
      l.n2 = nodeIds.value( b.node2 );
    };
    for ( const Pipe &p : net.pipes )
    {
      Link l;
      addLinkNodes( l, p );
      l.kind = p.status == PipeStatus::CheckValve ? Kind::CvPipe : Kind::Pipe;
      l.length = p.length / hf;
      l.diameter = p.diameter / df;
      l.userOpen = p.status != PipeStatus::Closed;
      const double d = l.diameter;
      if ( headloss == QLatin1String( "H-W" ) )
        l.resistance = 4.727 * std::pow( p.roughness, -1.852 ) * std::pow( d, -4.871 ) * l.length;
      else if ( headloss == QLatin1String( "C-M" ) )
        l.resistance = 4.66 * p.roughness * p.roughness * std::pow( d, -5.33 ) * l.length;
      else
      {
        l.roughness = p.roughness / ( metric ? 304.8 : 1000.0 ); // mm or millifeet -> ft
        l.resistance = 0.0252 * l.length / std::pow( d, 5 );     // times f(Re, e/d)
      }
      l.minorLoss = 0.02517 * p.minorLoss / std::pow( d, 4 );
      l.q = kPi * d * d / 4; // 1 ft/s
      links.append( l );
    }
    for ( const Pump &p : net.pumps )
    {
      Link l;
      addLinkNodes( l, p );
      l.kind = Kind::Pump;
      l.setting = p.speed;
      l.pattern = p.pattern.isEmpty() ? -1 : net.patternIndex( p.pattern );
      if ( !p.headCurve.isEmpty() )
      {
        const Curve &c = net.curves.at( net.curveIndex( p.headCurve ) );
        QVector<QPointF> pts;
        for ( const QPointF &pt : c.points )
          pts.append( QPointF( pt.x() / qf, pt.y() / hf ) );
        if ( pts.size() == 1 )
        {
          l.pumpModel = PumpModel::PowerLaw;
          l.h0 = 4.0 / 3.0 * pts.at( 0 ).y();
          l.n = 2;
          l.r = ( l.h0 - pts.at( 0 ).y() ) / ( pts.at( 0 ).x() * pts.at( 0 ).x() );
          l.q = pts.at( 0 ).x();
        }
        else if ( pts.size() == 3 && pts.at( 0 ).x() == 0 && pts.at( 0 ).y() > pts.at( 1 ).y() && pts.at( 1 ).y() > pts.at( 2 ).y() )
        {
          l.pumpModel = PumpModel::PowerLaw;
          l.h0 = pts.at( 0 ).y();
          const double h1 = l.h0 - pts.at( 1 ).y();
          const double h2 = l.h0 - pts.at( 2 ).y();
          l.n = std::log( h2 / h1 ) / std::log( pts.at( 2 ).x() / pts.at( 1 ).x() );
          l.r = h1 / std::pow( pts.at( 1 ).x(), l.n );
          l.q = pts.at( 1 ).x();
          if ( !( l.n > 0 && l.n <= 20 && l.r > 0 ) )
          {
            l.pumpModel = PumpModel::Table;
            l.curve = pts;
          }
        }
        else
        {
          l.pumpModel = PumpModel::Table;
          l.curve = pts;
          l.q = ( pts.first().x() + pts.last().x() ) / 2;
        }
        if ( l.pumpModel == PumpModel::Table )
        {
          for ( int k = 1; k < pts.size(); ++k )
          {
            if ( pts.at( k ).y() >= pts.at( k - 1 ).y() )
              return fail( QCoreApplication::translate( "vigie", "pump \"%1\": head curve \"%2\" must decrease with flow" )
                               .arg( p.id, p.headCurve ) );
          }
          if ( l.q <= 0 )
            l.q = pts.last().x() / 2;
        }
      }
      else
      {
        l.pumpModel = PumpModel::Power;
        const double horsepower = metric ? p.power / 0.7457 : p.power;
        l.power = horsepower * 550.0 / 62.4 / ( specificGravity > 0 ? specificGravity : 1.0 ); // ft * cfs
        l.q = 1;
      }
      links.append( l );
    }
    for ( const Valve &v : net.valves )
    {
      Link l;
      addLinkNodes( l, v );
      switch ( v.type )
      {
      case ValveType::Prv:
        l.kind = Kind::Prv;
        break;
      case ValveType::Psv:
        l.kind = Kind::Psv;
        break;
      case ValveType::Pbv:
        l.kind = Kind::Pbv;
        break;
      case ValveType::Fcv:
        l.kind = Kind::Fcv;
        break;
      case ValveType::Tcv:
        l.kind = Kind::Tcv;
        break;
      case ValveType::Gpv:
        l.kind = Kind::Gpv;
        break;
      }
      l.diameter = v.diameter / df;
      l.minorLoss = 0.02517 * v.minorLoss / std::pow( l.diameter, 4 );
      if ( l.kind == Kind::Gpv )
      {
        const Curve &c = net.curves.at( net.curveIndex( v.setting ) );
        for ( const QPointF &pt : c.points )
          l.curve.append( QPointF( pt.x() / qf, pt.y() / hf ) );
      }
      else
        l.setting = valveSettingToInternal( l, v.setting.toDouble() );
      l.q = kPi * l.diameter * l.diameter / 4;
      if ( ( l.kind == Kind::Prv || l.kind == Kind::Psv || l.kind == Kind::Fcv ) && ( l.n1 >= nJunctions || l.n2 >= nJunctions ) )
        return fail( QCoreApplication::translate( "vigie", "valve \"%1\": a PRV, PSV or FCV cannot join a tank or reservoir directly" )
                         .arg( v.id ) );
      links.append( l );
    }
    // [STATUS] overrides
    for ( const StatusEntry &s : net.statuses )
    {
      const auto ref = net.linkIndex.value( s.linkId );
      const int index = ref.first == LinkType::Pipe   ? ref.second
                        : ref.first == LinkType::Pump ? net.pipes.size() + ref.second
                                                      : net.pipes.size() + net.pumps.size() + ref.second;
      applyUserStatus( links[index], s.value, s.line );
    }
    for ( Link &l : links )
    {
      if ( l.kind == Kind::Pump && l.setting <= 0 )
        l.userOpen = false;
      l.state = l.userOpen ? ( ( l.kind == Kind::Prv || l.kind == Kind::Psv || l.kind == Kind::Fcv ) && !l.fixedValve ? State::Active
                                                                                                                      : State::Open )
                           : State::Closed;
      if ( l.state == State::Closed )
        l.q = kZeroFlow;
    }

    // controls
    auto linkNumber = [this]( const QString &id )
    {
      const auto ref = net.linkIndex.value( id );
      return ref.first == LinkType::Pipe   ? ref.second
             : ref.first == LinkType::Pump ? net.pipes.size() + ref.second
                                           : net.pipes.size() + net.pumps.size() + ref.second;
    };
    for ( const Control &c : net.controls )
    {
      SimpleControl sc;
      sc.link = linkNumber( c.linkId );
      sc.action = c.action;
      sc.setting = c.action == Control::Action::Setting
                       ? ( links.at( sc.link ).kind == Kind::Pump ? c.setting : valveSettingToInternal( links.at( sc.link ), c.setting ) )
                       : 0;
      sc.condition = c.condition;
      sc.seconds = c.seconds;
      if ( c.condition == Control::Condition::NodeAbove || c.condition == Control::Condition::NodeBelow )
      {
        sc.node = nodeIds.value( c.nodeId );
        const Node &n = nodes.at( sc.node );
        // tanks: level above the bottom; junctions: pressure; reservoirs: head
        if ( n.isTank )
          sc.head = n.elevation + c.value / hf;
        else if ( sc.node < nJunctions )
          sc.head = n.elevation + c.value / pf;
        else
          sc.head = c.value / hf;
      }
      controls.append( sc );
    }

    if ( !compileRules() || !readEnergy() )
      return false;

    // adjacency, connectivity and the sparse pattern (junction unknowns only)
    nodeLinks.resize( nodes.size() );
    for ( int k = 0; k < links.size(); ++k )
    {
      nodeLinks[links.at( k ).n1].append( k );
      nodeLinks[links.at( k ).n2].append( k );
    }
    for ( int i = 0; i < nJunctions; ++i )
    {
      if ( nodeLinks.at( i ).isEmpty() )
        return fail( QCoreApplication::translate( "vigie", "junction \"%1\" is not connected to any link" ).arg( nodes.at( i ).id ) );
    }
    if ( nJunctions > 0 && net.reservoirs.isEmpty() && net.tanks.isEmpty() )
      return fail( QCoreApplication::translate( "vigie", "the network has no tank or reservoir: heads are undetermined" ) );
    // fill-reducing order from the full symmetric pattern (AMD), computed once
    rowOf.resize( nJunctions );
    {
      std::vector<Eigen::Triplet<double>> full;
      for ( int i = 0; i < nJunctions; ++i )
        full.emplace_back( i, i, 1.0 );
      for ( const Link &l : links )
      {
        if ( l.n1 < nJunctions && l.n2 < nJunctions && l.n1 != l.n2 )
        {
          full.emplace_back( l.n1, l.n2, 1.0 );
          full.emplace_back( l.n2, l.n1, 1.0 );
        }
      }
      Eigen::SparseMatrix<double> pattern( nJunctions, nJunctions );
      pattern.setFromTriplets( full.begin(), full.end() );
      Eigen::PermutationMatrix<Eigen::Dynamic, Eigen::Dynamic, int> inverse;
      Eigen::AMDOrdering<int> amd;
      amd( pattern, inverse );
      const Eigen::PermutationMatrix<Eigen::Dynamic, Eigen::Dynamic, int> order = inverse.inverse();
      for ( int i = 0; i < nJunctions; ++i )
        rowOf[i] = nJunctions > 0 ? order.indices()[i] : i;
    }
    std::vector<Eigen::Triplet<double>> triplets;
    for ( int i = 0; i < nJunctions; ++i )
      triplets.emplace_back( rowOf[i], rowOf[i], 1.0 );
    for ( const Link &l : links )
    {
      if ( l.n1 < nJunctions && l.n2 < nJunctions )
        triplets.emplace_back( std::min( rowOf[l.n1], rowOf[l.n2] ), std::max( rowOf[l.n1], rowOf[l.n2] ), 1.0 );
    }
    matrix.resize( nJunctions, nJunctions );
    matrix.setFromTriplets( triplets.begin(), triplets.end() );
    matrix.makeCompressed();
    auto position = [this]( int row, int col )
    {
      for ( Eigen::SparseMatrix<double>::InnerIterator it( matrix, col ); it; ++it )
      {
        if ( it.row() == row )
          return static_cast<int>( &it.valueRef() - matrix.valuePtr() );
      }
      return -1;
    };
    for ( int i = 0; i < nJunctions; ++i )
      nodes[i].diagonal = position( rowOf[i], rowOf[i] );
    for ( Link &l : links )
    {
      if ( l.n1 < nJunctions && l.n2 < nJunctions )
        l.offDiagonal = position( std::min( rowOf[l.n1], rowOf[l.n2] ), std::max( rowOf[l.n1], rowOf[l.n2] ) );
    }
    if ( nJunctions > 0 )
      ldlt.analyzePattern( matrix );
    rhsOrdered.resize( nJunctions );
    headsOrdered.resize( nJunctions );
    for ( int i = 0; i < nJunctions; ++i )
    {
      if ( nodes.at( i ).emitter > 0 )
        emitterNodes.push_back( i );
    }
    for ( int k = 0; k < links.size(); ++k )
    {
      const Link &l = links.at( k );
      if ( l.kind == Kind::Prv || l.kind == Kind::Psv )
        pressureValves.push_back( k );
      if ( l.kind != Kind::Pipe || nodes.at( l.n1 ).isTank || nodes.at( l.n2 ).isTank )
        statusLinks.push_back( k );
    }
    rhs.resize( nJunctions );
    for ( int i = 0; i < nJunctions; ++i )
      nodes[i].head = nodes.at( i ).elevation;
    return true;
  }

  void HydraulicSimulation::Private::setDemands()
  {
    // demands, reservoir heads and pump speeds only change with the pattern period
    const long long period = ( time + patternStart ) / std::max( 1LL, patternStep );
    if ( period == lastPatternPeriod )
      return;
    lastPatternPeriod = period;
    // every pattern's factor once (index 0: no pattern), then the junctions
    factors.resize( patterns.size() + 1 );
    factors[0] = 1.0;
    for ( int k = 0; k < patterns.size(); ++k )
      factors[k + 1] = patternFactor( k, time );
    for ( int i = 0; i < nJunctions; ++i )
    {
      Node &n = nodes[i];
      double demand = 0;
      for ( const auto &dm : std::as_const( n.demands ) )
        demand += dm.first * factors[dm.second + 1];
      n.required = demand * demandMultiplier;
      // pressure-driven analysis: the served demand is solved for; it starts from the required one
      n.demand = pda && n.required > 0 ? std::clamp( n.demand > 0 ? n.demand : n.required, 0.0, n.required ) : n.required;
    }
    for ( int i = nJunctions; i < nodes.size(); ++i )
    {
      Node &n = nodes[i];
      if ( !n.isTank )
        n.head = n.baseHead * ( n.pattern >= 0 ? patternFactor( n.pattern, time ) : 1.0 );
    }
    for ( Link &l : links )
    {
      if ( l.kind == Kind::Pump && l.pattern >= 0 )
      {
        l.setting = patternFactor( l.pattern, time );
        l.userOpen = l.setting > 0;
        if ( !l.userOpen )
          l.state = State::Closed;
        else if ( l.state == State::Closed )
        {
          l.state = State::Open;
          l.q = std::max( l.q, kZeroFlow );
        }
      }
    }
  }

  void HydraulicSimulation::Private::evaluateControls( long long previousTime )
  {
    for ( const SimpleControl &c : std::as_const( controls ) )
    {
      bool fire = false;
      switch ( c.condition )
      {
      case Control::Condition::Time:
        fire = c.seconds == time;
        break;
      case Control::Condition::ClockTime:
      {
        const long long day = 86400;
        // fires when the clock passed the control time since the last evaluation
        const long long from = ( startClock + previousTime ), to = ( startClock + time );
        if ( time == previousTime )
          fire = ( ( startClock + time ) % day ) == c.seconds % day;
        else
        {
          long long k = ( from - c.seconds ) / day;
          for ( long long candidate = c.seconds + k * day; candidate <= to; candidate += day )
          {
            if ( candidate > from && candidate <= to )
              fire = true;
          }
        }
        break;
      }
      case Control::Condition::NodeAbove:
      case Control::Condition::NodeBelow:
      {
        const Node &n = nodes.at( c.node );
        // a tank level reached by a shortened step is within one second of its rate of change
        double tolerance = 1e-6;
        if ( n.isTank && n.area > 0 )
          tolerance += std::abs( n.netInflow ) / n.area;
        fire = c.condition == Control::Condition::NodeAbove ? n.head >= c.head - tolerance : n.head <= c.head + tolerance;
        break;
      }
      }
      if ( !fire )
        continue;
      applyAction( links[c.link], c.action, c.setting, false );
    }
  }

  bool HydraulicSimulation::Private::applyAction( Link &l, Control::Action action, double setting, bool active )
  {
    const State stateBefore = l.state;
    const double settingBefore = l.setting;
    const bool openBefore = l.userOpen;
    const bool fixedBefore = l.fixedValve;
    const bool isValve = l.kind != Kind::Pipe && l.kind != Kind::CvPipe && l.kind != Kind::Pump;
    const bool regulating = l.kind == Kind::Prv || l.kind == Kind::Psv || l.kind == Kind::Fcv;
    if ( active && isValve )
    {
      // STATUS = ACTIVE: the valve regulates again at its current setting
      l.userOpen = true;
      l.fixedValve = false;
      if ( l.state == State::Closed || l.state == State::TempClosed || l.state == State::Open )
      {
        l.state = regulating ? State::Active : State::Open;
        l.q = std::max( l.q, kZeroFlow );
      }
      return l.fixedValve != fixedBefore || l.userOpen != openBefore;
    }
    switch ( action )
    {
    case Control::Action::Open:
      l.userOpen = true;
      if ( isValve )
        l.fixedValve = true;
      if ( l.kind == Kind::Pump && l.setting <= 0 )
        l.setting = 1;
      if ( l.state == State::Closed || l.state == State::TempClosed || ( isValve && l.state == State::Active ) )
      {
        l.state = State::Open;
        l.q = std::max( l.q, kZeroFlow );
      }
      break;
    case Control::Action::Closed:
      l.userOpen = false;
      if ( isValve )
        l.fixedValve = true;
      l.state = State::Closed;
      break;
    case Control::Action::Setting:
      if ( l.kind == Kind::Pump )
      {
        l.setting = setting;
        l.userOpen = setting > 0;
        if ( !l.userOpen )
          l.state = State::Closed;
        else if ( l.state == State::Closed )
        {
          l.state = State::Open;
          l.q = std::max( l.q, kZeroFlow );
        }
      }
      else if ( isValve )
      {
        l.setting = setting;
        l.fixedValve = false;
        l.userOpen = true;
        if ( regulating )
          l.state = State::Active;
        else
          l.state = State::Open;
      }
      break;
    }
    // as in EPANET, an action that asks for the status and setting the link already has changes nothing
    // (a pump closed by a status check stays so; a regulating valve keeps its state)
    const bool changed = l.userOpen != openBefore || l.fixedValve != fixedBefore || l.setting != settingBefore;
    if ( !changed )
      l.state = stateBefore;
    return changed;
  }

  bool HydraulicSimulation::Private::compileRules()
  {
    auto linkNumber = [this]( const QString &id )
    {
      const auto ref = net.linkIndex.value( id );
      return ref.first == LinkType::Pipe   ? ref.second
             : ref.first == LinkType::Pump ? net.pipes.size() + ref.second
                                           : net.pipes.size() + net.pumps.size() + ref.second;
    };
    auto nodeNumber = [this]( const QString &id ) -> int
    {
      const auto ref = net.nodeIndex.value( id );
      return ref.first == NodeType::Junction    ? ref.second
             : ref.first == NodeType::Reservoir ? net.junctions.size() + ref.second
                                                : net.junctions.size() + net.reservoirs.size() + ref.second;
    };
    auto ruleError = [this]( const Rule &rule, const QString &reason )
    { return fail( QCoreApplication::translate( "vigie", "line %1: rule \"%2\": %3" ).arg( rule.line ).arg( rule.id, reason ) ); };
    for ( const Rule &rule : net.rules )
    {
      CompiledRule compiled;
      compiled.id = rule.id;
      compiled.priority = rule.priority;
      for ( const Rule::Premise &in : rule.premises )
      {
        RulePremise out;
        out.orLogic = in.logic == QLatin1String( "OR" );
        const QString &a = in.attribute;
        const QString &r = in.relation;
        if ( r == QLatin1String( "=" ) || r == QLatin1String( "IS" ) )
          out.relation = RulePremise::Eq;
        else if ( r == QLatin1String( "<>" ) || r == QLatin1String( "NOT" ) )
          out.relation = RulePremise::Ne;
        else if ( r == QLatin1String( "<" ) || r == QLatin1String( "BELOW" ) )
          out.relation = RulePremise::Lt;
        else if ( r == QLatin1String( "<=" ) )
          out.relation = RulePremise::Le;
        else if ( r == QLatin1String( ">" ) || r == QLatin1String( "ABOVE" ) )
          out.relation = RulePremise::Gt;
        else if ( r == QLatin1String( ">=" ) )
          out.relation = RulePremise::Ge;
        else
          return ruleError( rule, QCoreApplication::translate( "vigie", "unknown relation \"%1\"" ).arg( r ) );
        const QStringList valueParts = in.value.split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
        bool numeric = false;
        const double number = in.value.toDouble( &numeric );
        auto needNumber = [&]()
        {
          if ( !numeric )
            return ruleError( rule, QCoreApplication::translate( "vigie", "\"%1\" is not a number" ).arg( in.value ) );
          return true;
        };
        if ( in.object == QLatin1String( "SYSTEM" ) )
        {
          out.object = RulePremise::SystemObject;
          if ( a == QLatin1String( "TIME" ) || a == QLatin1String( "CLOCKTIME" ) )
          {
            long long seconds = 0;
            if ( valueParts.isEmpty() || !parseEpanetTime( valueParts.at( 0 ), valueParts.value( 1 ), &seconds ) )
              return ruleError( rule, QCoreApplication::translate( "vigie", "\"%1\" is not a time" ).arg( in.value ) );
            out.attribute = a == QLatin1String( "TIME" ) ? RulePremise::Time : RulePremise::ClockTime;
            out.value = static_cast<double>( seconds );
          }
          else if ( a == QLatin1String( "DEMAND" ) )
          {
            if ( !needNumber() )
              return false;
            out.attribute = RulePremise::SystemDemand;
            out.value = number / qf;
          }
          else
            return ruleError( rule, QCoreApplication::translate( "vigie", "unknown system attribute \"%1\"" ).arg( a ) );
        }
        else if ( net.nodeIndex.contains( in.id ) && in.object != QLatin1String( "LINK" ) && in.object != QLatin1String( "PIPE" ) &&
                  in.object != QLatin1String( "PUMP" ) && in.object != QLatin1String( "VALVE" ) )
        {
          out.object = RulePremise::NodeObject;
          out.index = nodeNumber( in.id );
          const Node &n = nodes.at( out.index );
          if ( !needNumber() )
            return false;
          if ( a == QLatin1String( "DEMAND" ) )
          {
            out.attribute = RulePremise::Demand;
            out.value = number / qf;
          }
          else if ( a == QLatin1String( "HEAD" ) )
          {
            out.attribute = RulePremise::Head;
            out.value = number / hf;
          }
          else if ( a == QLatin1String( "PRESSURE" ) )
          {
            out.attribute = RulePremise::Pressure;
            out.value = number / pf;
          }
          else if ( a == QLatin1String( "LEVEL" ) && n.isTank )
          {
            out.attribute = RulePremise::Level;
            out.value = number / hf;
          }
          else if ( ( a == QLatin1String( "FILLTIME" ) || a == QLatin1String( "DRAINTIME" ) ) && n.isTank )
          {
            out.attribute = a == QLatin1String( "FILLTIME" ) ? RulePremise::FillTime : RulePremise::DrainTime;
            out.value = number * 3600;
          }
          else
            return ruleError( rule,
                              QCoreApplication::translate( "vigie", "attribute \"%1\" does not apply to node \"%2\"" ).arg( a, in.id ) );
        }
        else if ( net.linkIndex.contains( in.id ) )
        {
          out.object = RulePremise::LinkObject;
          out.index = linkNumber( in.id );
          if ( a == QLatin1String( "STATUS" ) )
          {
            out.attribute = RulePremise::Status;
            const QString v = in.value.toUpper();
            if ( v == QLatin1String( "OPEN" ) )
              out.value = 1;
            else if ( v == QLatin1String( "CLOSED" ) )
              out.value = 0;
            else if ( v == QLatin1String( "ACTIVE" ) )
              out.value = 2;
            else
              return ruleError(
                  rule, QCoreApplication::translate( "vigie", "status must be OPEN, CLOSED or ACTIVE, not \"%1\"" ).arg( in.value ) );
            if ( out.relation != RulePremise::Eq && out.relation != RulePremise::Ne )
              return ruleError( rule, QCoreApplication::translate( "vigie", "a status is compared with IS or NOT only" ) );
          }
          else if ( a == QLatin1String( "FLOW" ) )
          {
            if ( !needNumber() )
              return false;
            out.attribute = RulePremise::Flow;
            out.value = number / qf;
          }
          else if ( a == QLatin1String( "SETTING" ) )
          {
            if ( !needNumber() )
              return false;
            out.attribute = RulePremise::Setting;
            const Link &l = links.at( out.index );
            out.value = l.kind == Kind::Pump ? number : valveSettingToInternal( l, number );
          }
          else
            return ruleError( rule,
                              QCoreApplication::translate( "vigie", "attribute \"%1\" does not apply to link \"%2\"" ).arg( a, in.id ) );
        }
        else
          return ruleError( rule, QCoreApplication::translate( "vigie", "unknown object \"%1\"" ).arg( in.id ) );
        compiled.premises.append( out );
      }
      for ( int side = 0; side < 2; ++side )
      {
        for ( const Rule::Action &in : side == 0 ? rule.thenActions : rule.elseActions )
        {
          RuleAction out;
          out.link = linkNumber( in.id );
          const Link &l = links.at( out.link );
          const QString v = in.value.toUpper();
          if ( in.attribute == QLatin1String( "STATUS" ) )
          {
            if ( v == QLatin1String( "OPEN" ) )
              out.action = Control::Action::Open;
            else if ( v == QLatin1String( "CLOSED" ) )
              out.action = Control::Action::Closed;
            else if ( v == QLatin1String( "ACTIVE" ) )
              out.active = true;
            else
              return ruleError(
                  rule, QCoreApplication::translate( "vigie", "status must be OPEN, CLOSED or ACTIVE, not \"%1\"" ).arg( in.value ) );
          }
          else
          {
            bool ok = false;
            const double number = in.value.toDouble( &ok );
            if ( !ok )
              return ruleError( rule, QCoreApplication::translate( "vigie", "\"%1\" is not a number" ).arg( in.value ) );
            if ( l.kind == Kind::Pipe || l.kind == Kind::CvPipe || l.kind == Kind::Gpv )
              return ruleError( rule, QCoreApplication::translate( "vigie", "link \"%1\" has no numeric setting" ).arg( in.id ) );
            out.action = Control::Action::Setting;
            out.setting = l.kind == Kind::Pump ? number : valveSettingToInternal( l, number );
          }
          ( side == 0 ? compiled.thenActions : compiled.elseActions ).append( out );
        }
      }
      rules.append( compiled );
    }
    return true;
  }

  int HydraulicSimulation::Private::pdaLoss( const Node &n, double &g, double &h ) const
  {
    if ( n.demand >= n.required )
      return 1;
    if ( n.demand <= 0 )
      return -1;
    const double expo = 1.0 / pdaExponent;
    const double range = pdaRequired - pdaMin;
    const double x = n.demand / n.required;
    h = range * std::pow( x, expo );
    g = std::max( expo * range * std::pow( x, expo - 1 ) / n.required, kMinGradient );
    return 0;
  }

  bool HydraulicSimulation::Private::readEnergy()
  {
    for ( const RawSection &section : net.rawSections )
    {
      if ( section.name != QLatin1String( "ENERGY" ) )
        continue;
      for ( int k = 0; k < section.lines.size(); ++k )
      {
        QString text = section.lines.at( k );
        const int comment = text.indexOf( QLatin1Char( ';' ) );
        if ( comment >= 0 )
          text.truncate( comment );
        const QStringList t = text.simplified().split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
        if ( t.isEmpty() )
          continue;
        const int lineNumber = section.line + 1 + k;
        auto bad = [&]( const QString &reason )
        { return fail( QCoreApplication::translate( "vigie", "line %1: [ENERGY]: %2" ).arg( lineNumber ).arg( reason ) ); };
        const QString key = t.at( 0 ).toUpper();
        const QString what = t.value( t.size() > 3 && key == QLatin1String( "PUMP" ) ? 2 : 1 ).toUpper().left( 4 );
        const QString value = t.size() > 2 ? t.last() : QString();
        bool ok = false;
        const double number = value.toDouble( &ok );
        if ( key == QLatin1String( "GLOBAL" ) || key == QLatin1String( "PUMP" ) )
        {
          Link *pump = nullptr;
          if ( key == QLatin1String( "PUMP" ) )
          {
            const auto ref = net.linkIndex.value( t.value( 1 ), qMakePair( LinkType::Pipe, -1 ) );
            if ( ref.first != LinkType::Pump || ref.second < 0 )
              return bad( QCoreApplication::translate( "vigie", "unknown pump \"%1\"" ).arg( t.value( 1 ) ) );
            pump = &links[net.pipes.size() + ref.second];
            if ( t.size() < 4 )
              return bad( QCoreApplication::translate( "vigie", "expected \"PUMP id EFFIC|PRICE|PATTERN value\"" ) );
          }
          if ( what == QLatin1String( "EFFI" ) )
          {
            if ( pump )
            {
              const int curve = net.curveIndex( value );
              if ( curve < 0 )
                return bad( QCoreApplication::translate( "vigie", "unknown efficiency curve \"%1\"" ).arg( value ) );
              pump->efficiencyCurve.clear();
              for ( const QPointF &pt : net.curves.at( curve ).points )
                pump->efficiencyCurve.append( QPointF( pt.x() / qf, pt.y() ) );
              if ( pump->efficiencyCurve.isEmpty() )
                return bad( QCoreApplication::translate( "vigie", "efficiency curve \"%1\" has no point" ).arg( value ) );
            }
            else if ( !ok || number <= 0 || number > 100 )
              return bad( QCoreApplication::translate( "vigie", "efficiency must be a percentage, not \"%1\"" ).arg( value ) );
            else
              globalEfficiency = number;
          }
          else if ( what == QLatin1String( "PRIC" ) )
          {
            if ( !ok || number < 0 )
              return bad( QCoreApplication::translate( "vigie", "price must be a number >= 0, not \"%1\"" ).arg( value ) );
            ( pump ? pump->price : globalPrice ) = number;
          }
          else if ( what == QLatin1String( "PATT" ) )
          {
            const int pattern = net.patternIndex( value );
            if ( pattern < 0 )
              return bad( QCoreApplication::translate( "vigie", "unknown pattern \"%1\"" ).arg( value ) );
            ( pump ? pump->pricePattern : globalPricePattern ) = pattern;
          }
          else
            return bad( QCoreApplication::translate( "vigie", "unknown keyword \"%1\"" ).arg( t.value( pump ? 2 : 1 ) ) );
        }
        else if ( key == QLatin1String( "DEMAND" ) )
        {
          if ( !ok || number < 0 )
            return bad( QCoreApplication::translate( "vigie", "demand charge must be a number >= 0, not \"%1\"" ).arg( value ) );
          demandCharge = number;
        }
        else
          return bad( QCoreApplication::translate( "vigie", "unknown keyword \"%1\"" ).arg( t.at( 0 ) ) );
      }
    }
    return true;
  }

  void HydraulicSimulation::Private::pumpPowers()
  {
    for ( Link &l : links )
    {
      if ( l.kind != Kind::Pump )
        continue;
      l.kw = 0;
      l.efficiency = 0;
      if ( l.state == State::Closed || l.state == State::TempClosed || l.q <= 0 )
        continue;
      const double gain = std::max( 0.0, nodes.at( l.n2 ).head - nodes.at( l.n1 ).head ); // ft
      double e = globalEfficiency;
      if ( !l.efficiencyCurve.isEmpty() )
        e = interpolate( l.efficiencyCurve, l.q );
      e = std::clamp( e, 1.0, 100.0 ) / 100.0;
      // water power: q (cfs) * h (ft) * 62.4 lb/ft3 * SG -> ft.lb/s; 550 ft.lb/s per hp; 0.7457 kW per hp
      l.kw = l.q * gain * 62.4 * specificGravity / 550.0 * 0.7457 / e;
      l.efficiency = e;
    }
  }

  void HydraulicSimulation::Private::accumulateEnergy( long long step )
  {
    if ( step <= 0 )
      return;
    const double dt = static_cast<double>( step );
    double total = 0;
    for ( Link &l : links )
    {
      if ( l.kind != Kind::Pump || l.kw <= 0 )
        continue;
      const double kwh = l.kw * dt / 3600.0;
      const double price = l.price >= 0 ? l.price : globalPrice;
      const int pattern = l.pricePattern >= -1 ? l.pricePattern : globalPricePattern;
      l.onlineSeconds += dt;
      l.kwh += kwh;
      l.cost += kwh * price * patternFactor( pattern, energyTime );
      l.peakKw = std::max( l.peakKw, l.kw );
      l.efficiencySeconds += l.efficiency * dt;
      l.volume += l.q * dt;
      total += l.kw;
    }
    peakTotalKw = std::max( peakTotalKw, total );
    energyTime += step;
  }

  void HydraulicSimulation::Private::findCutOff()
  {
    // only when a link opened or closed since the last search
    const int nLinks = links.size();
    bool same = static_cast<int>( closedLast.size() ) == nLinks;
    closedLast.resize( nLinks );
    for ( int k = 0; k < nLinks; ++k )
    {
      const State st = links[k].state;
      const char closed = st == State::Closed || st == State::TempClosed;
      if ( closedLast[k] != closed )
      {
        closedLast[k] = closed;
        same = false;
      }
    }
    if ( same )
      return;
    cutOff.assign( nJunctions, 1 );
    queue.clear();
    for ( int i = nJunctions; i < nodes.size(); ++i )
      queue.push_back( i );
    for ( size_t head = 0; head < queue.size(); ++head )
    {
      const int node = queue[head];
      for ( const int k : nodeLinks.at( node ) )
      {
        if ( closedLast[k] )
          continue;
        const Link &l = links.at( k );
        const int other = l.n1 == node ? l.n2 : l.n1;
        if ( other < nJunctions && cutOff[other] )
        {
          cutOff[other] = 0;
          queue.push_back( other );
        }
      }
    }
    anyCutOff = std::find( cutOff.begin(), cutOff.end(), 1 ) != cutOff.end();
    if ( !anyCutOff )
      return;
    // no water reaches a cut-off part: its links carry none (else the first trial after the cut
    // still moves the previous flows through it, with huge head differences across closed links)
    for ( Link &l : links )
    {
      if ( ( l.n1 < nJunctions && cutOff[l.n1] ) || ( l.n2 < nJunctions && cutOff[l.n2] ) )
        l.q = 0;
    }
  }

  bool HydraulicSimulation::Private::premiseTrue( const RulePremise &premise ) const
  {
    double value = 0;
    double tolerance = 0;
    switch ( premise.attribute )
    {
    case RulePremise::Time:
    case RulePremise::ClockTime:
    {
      // a time condition "=" holds during the rule step that reaches it
      long long now = time;
      long long target = static_cast<long long>( premise.value );
      if ( premise.attribute == RulePremise::ClockTime )
      {
        now = ( startClock + time ) % 86400;
        target %= 86400;
      }
      if ( premise.relation == RulePremise::Eq || premise.relation == RulePremise::Ne )
      {
        long long since = now - target;
        if ( premise.attribute == RulePremise::ClockTime )
          since = ( since + 86400 ) % 86400;
        const bool at = since >= 0 && since < ruleStep;
        return premise.relation == RulePremise::Eq ? at : !at;
      }
      value = static_cast<double>( now );
      break;
    }
    case RulePremise::SystemDemand:
      value = 0;
      for ( int i = 0; i < nJunctions; ++i )
        value += servedDemand( i ) + nodes.at( i ).emitterFlow;
      tolerance = 1e-6;
      break;
    case RulePremise::Demand:
    {
      const Node &n = nodes.at( premise.index );
      value = premise.index < nJunctions ? servedDemand( premise.index ) + n.emitterFlow : n.netInflow;
      tolerance = 1e-6;
      break;
    }
    case RulePremise::Head:
      value = nodes.at( premise.index ).head;
      tolerance = 0.001;
      break;
    case RulePremise::Pressure:
    case RulePremise::Level:
      value = nodes.at( premise.index ).head - nodes.at( premise.index ).elevation;
      tolerance = 0.001;
      break;
    case RulePremise::FillTime:
    case RulePremise::DrainTime:
    {
      // hours to fill (drain) at the current net inflow; never when it flows the other way
      const Node &n = nodes.at( premise.index );
      const bool fill = premise.attribute == RulePremise::FillTime;
      if ( ( fill && n.netInflow <= 0 ) || ( !fill && n.netInflow >= 0 ) )
        return false;
      const double target = tankVolume( n, fill ? n.maxLevel : n.minLevel );
      value = ( target - n.volume ) / n.netInflow;
      tolerance = 1;
      break;
    }
    case RulePremise::Flow:
    {
      const Link &l = links.at( premise.index );
      value = l.state == State::Closed || l.state == State::TempClosed ? 0 : l.q;
      tolerance = 1e-6;
      break;
    }
    case RulePremise::Setting:
      value = links.at( premise.index ).setting;
      tolerance = 1e-6;
      break;
    case RulePremise::Status:
    {
      const Link &l = links.at( premise.index );
      const int status = l.state == State::Closed || l.state == State::TempClosed ? 0 : l.state == State::Active ? 2 : 1;
      const bool equal = status == static_cast<int>( premise.value );
      return premise.relation == RulePremise::Eq ? equal : !equal;
    }
    }
    switch ( premise.relation )
    {
    case RulePremise::Eq:
      return std::abs( value - premise.value ) <= tolerance;
    case RulePremise::Ne:
      return std::abs( value - premise.value ) > tolerance;
    case RulePremise::Lt:
      return value < premise.value - tolerance;
    case RulePremise::Le:
      return value <= premise.value + tolerance;
    case RulePremise::Gt:
      return value > premise.value + tolerance;
    case RulePremise::Ge:
      return value >= premise.value - tolerance;
    }
    return false;
  }

  bool HydraulicSimulation::Private::evaluateRules()
  {
    if ( rules.isEmpty() )
      return false;
    // per link, the action of the rule with the highest priority (the first listed among equals)
    QHash<int, QPair<double, const RuleAction *>> chosen;
    for ( const CompiledRule &rule : std::as_const( rules ) )
    {
      // OR binds tighter than AND: "A OR B AND C" is "(A OR B) AND C"
      bool result = true;
      bool group = false;
      for ( int k = 0; k < rule.premises.size(); ++k )
      {
        const RulePremise &premise = rule.premises.at( k );
        const bool value = premiseTrue( premise );
        if ( k == 0 || !premise.orLogic )
        {
          if ( k > 0 )
            result = result && group;
          group = value;
        }
        else
          group = group || value;
      }
      result = result && group;
      for ( const RuleAction &action : result ? rule.thenActions : rule.elseActions )
      {
        const auto it = chosen.constFind( action.link );
        if ( it == chosen.constEnd() || rule.priority > it->first )
          chosen.insert( action.link, qMakePair( rule.priority, &action ) );
      }
    }
    bool changed = false;
    for ( auto it = chosen.constBegin(); it != chosen.constEnd(); ++it )
    {
      const RuleAction &action = *it.value().second;
      if ( applyAction( links[action.link], action.action, action.setting, action.active ) )
        changed = true;
    }
    return changed;
  }

  void HydraulicSimulation::Private::moveTanks( long long step )
  {
    for ( int i = nJunctions; i < nodes.size(); ++i )
    {
      Node &n = nodes[i];
      if ( !n.isTank )
        continue;
      const double maxVolume = tankVolume( n, n.maxLevel );
      n.volume = std::clamp( n.volume + n.netInflow * static_cast<double>( step ), n.minVolume, maxVolume );
      n.head = n.elevation + std::clamp( tankLevel( n, n.volume ), n.minLevel, n.maxLevel );
    }
  }

  //! Head loss and its gradient for the link's current flow and state; sets p and y.
  void HydraulicSimulation::Private::linkCoefficients( Link &l )
  {
    double h = 0, g = 0;
    const double q = l.q;
    const double aq = std::abs( q );
    auto minorAndOpenValve = [&]( double k )
    {
      // minor loss m q|q|, or a tiny linear loss when it vanishes
      g = 2 * k * aq;
      if ( g < kSmall )
      {
        g = kSmall;
        h = kSmall * q;
      }
      else
        h = k * aq * q;
    };
    if ( l.state == State::Closed || l.state == State::TempClosed )
    {
      g = kBig;
      h = kBig * q;
    }
    else
    {
      switch ( l.kind )
      {
      case Kind::Pipe:
      case Kind::CvPipe:
      {
        if ( formula == 0 )
        {
          const double rq = l.resistance * std::pow( aq, 0.852 );
          g = 1.852 * rq;
          h = rq * q;
        }
        else if ( formula == 2 )
        {
          g = 2 * l.resistance * aq;
          h = l.resistance * aq * q;
        }
        else
        {
          // Darcy-Weisbach: f from Hagen-Poiseuille (Re < 2000), Swamee-Jain (Re > 4000),
          // and a cubic interpolation of the Moody diagram in between (Dunlop 1991).
          const double d = l.diameter;
          const double re = aq * 4 / ( kPi * d * viscosity );
          double f = 0, dfdq = 0;
          if ( re < 2000 )
          {
            // laminar: h = 0.0252 * 64/Re * L/d^5 q^2 is linear in q
            const double c = 0.0252 * l.length / std::pow( d, 5 ) * 64 * kPi * d * viscosity / 4;
            g = c;
            h = c * q;
            g += 2 * l.minorLoss * aq;
            h += l.minorLoss * aq * q;
            break;
          }
          const double e = l.roughness / d;
          auto swameeJain = []( double rel, double reynolds )
          {
            const double a = std::log10( rel / 3.7 + 5.74 / std::pow( reynolds, 0.9 ) );
            return 0.25 / ( a * a );
          };
          if ( re > 4000 )
          {
            f = swameeJain( e, re );
            const double step = std::max( re * 1e-6, 1e-3 );
            dfdq = ( swameeJain( e, re + step ) - f ) / step * re / aq;
          }
          else
          {
            // cubic through f(2000) = 0.032 with slope of 64/Re and the Swamee-Jain f(4000) with its slope
            const double x1 = 2000, x2 = 4000;
            const double f1 = 64.0 / x1, s1 = -64.0 / ( x1 * x1 );
            const double f2 = swameeJain( e, x2 );
            const double s2 = ( swameeJain( e, x2 + 1 ) - f2 );
            const double t = ( re - x1 ) / ( x2 - x1 );
            const double hlen = x2 - x1;
            const double h00 = 2 * t * t * t - 3 * t * t + 1, h10 = t * t * t - 2 * t * t + t, h01 = -2 * t * t * t + 3 * t * t,
                         h11 = t * t * t - t * t;
            f = h00 * f1 + h10 * hlen * s1 + h01 * f2 + h11 * hlen * s2;
            const double dh00 = ( 6 * t * t - 6 * t ) / hlen, dh10 = ( 3 * t * t - 4 * t + 1 ) / hlen, dh01 = ( -6 * t * t + 6 * t ) / hlen,
                         dh11 = ( 3 * t * t - 2 * t ) / hlen;
            dfdq = ( dh00 * f1 + dh10 * hlen * s1 + dh01 * f2 + dh11 * hlen * s2 ) * re / aq;
          }
          h = l.resistance * f * aq * q;
          g = l.resistance * ( 2 * f * aq + dfdq * aq * aq );
        }
        g += 2 * l.minorLoss * aq;
        h += l.minorLoss * aq * q;
        if ( g < kMinGradient )
        {
          g = kMinGradient;
          h = g * q;
        }
        break;
      }
      case Kind::Pump:
      {
        const double s = l.setting;
        const double qq = std::max( q, 0.0 );
        if ( l.pumpModel == PumpModel::PowerLaw )
        {
          h = -s * s * l.h0 + l.r * std::pow( s, 2 - l.n ) * std::pow( qq, l.n );
          // at zero flow the gradient is 0 (n > 1) or infinite (n < 1): evaluate it at a tiny flow
          g = l.n * l.r * std::pow( s, 2 - l.n ) * std::pow( std::max( qq, kZeroFlow ), l.n - 1 );
          if ( g < kMinGradient )
          {
            // nearly flat curve at zero flow: linearise from the shutoff head
            g = kMinGradient;
          }
          if ( q < 0 )
            h = -s * s * l.h0 + g * q;
        }
        else if ( l.pumpModel == PumpModel::Table )
        {
          // h_gain(q, s) = s^2 * H(q / s) with H piecewise linear (extended from its end segments)
          const double x = s > 0 ? qq / s : 0;
          int k = 1;
          while ( k < l.curve.size() - 1 && x > l.curve.at( k ).x() )
            ++k;
          const QPointF &a = l.curve.at( k - 1 );
          const QPointF &b = l.curve.at( k );
          const double slope = ( b.y() - a.y() ) / ( b.x() - a.x() ); // negative
          const double intercept = a.y() - slope * a.x();
          g = std::max( -slope * s, kMinGradient );
          h = -( s * s * intercept + s * slope * q );
        }
        else
        {
          const double qq2 = std::max( qq, 1e-3 );
          h = -l.power / qq2;
          g = l.power / ( qq2 * qq2 );
        }
        break;
      }
      case Kind::Tcv:
        minorAndOpenValve( l.state == State::Open && !l.fixedValve ? 0.02517 * l.setting / std::pow( l.diameter, 4 ) : l.minorLoss );
        break;
      case Kind::Gpv:
      {
        if ( l.fixedValve )
        {
          minorAndOpenValve( l.minorLoss );
          break;
        }
        int k = 1;
        while ( k < l.curve.size() - 1 && aq > l.curve.at( k ).x() )
          ++k;
        if ( l.curve.size() < 2 )
        {
          g = kSmall;
          h = kSmall * q + ( l.curve.isEmpty() ? 0 : l.curve.first().y() * ( q < 0 ? -1 : 1 ) );
          break;
        }
        const QPointF &a = l.curve.at( k - 1 );
        const QPointF &b = l.curve.at( k );
        const double slope = ( b.y() - a.y() ) / ( b.x() - a.x() );
        const double intercept = a.y() - slope * a.x();
        g = std::max( slope, kSmall );
        h = ( intercept + slope * aq ) * ( q < 0 ? -1 : 1 );
        break;
      }
      case Kind::Pbv:
        if ( !l.fixedValve && l.state == State::Open && l.setting > l.minorLoss * aq * aq )
        {
          g = 1.0 / kBig;
          h = l.setting;
          break;
        }
        minorAndOpenValve( l.minorLoss );
        break;
      case Kind::Prv:
      case Kind::Psv:
      case Kind::Fcv:
        minorAndOpenValve( l.minorLoss );
        break;
      }
    }
    l.p = 1.0 / g;
    l.y = l.p * h;
  }

  double HydraulicSimulation::Private::imbalance( int *worst ) const
  {
    QVector<double> excess( nJunctions );
    for ( int i = 0; i < nJunctions; ++i )
      excess[i] = -servedDemand( i ) - nodes.at( i ).emitterFlow;
    for ( const Link &l : links )
    {
      if ( l.n1 < nJunctions )
        excess[l.n1] -= l.q;
      if ( l.n2 < nJunctions )
        excess[l.n2] += l.q;
    }
    double maxError = 0;
    int where = -1;
    for ( int i = 0; i < nJunctions; ++i )
    {
      if ( std::abs( excess.at( i ) ) > maxError )
      {
        maxError = std::abs( excess.at( i ) );
        where = i;
      }
    }
    if ( worst )
      *worst = where;
    return maxError;
  }

  //! Status checks; returns true when a status changed. \a valvesOnly: PRV / PSV only.
  bool HydraulicSimulation::Private::checkStatus( bool valvesOnly )
  {
    bool changed = false;
    for ( const int k : valvesOnly ? pressureValves : statusLinks )
    {
      Link &l = links[k];
      const double h1 = nodes.at( l.n1 ).head;
      const double h2 = nodes.at( l.n2 ).head;
      const State before = l.state;
      if ( !l.userOpen || ( l.kind == Kind::CvPipe && l.flips >= kMaxFlips ) )
        continue;
      if ( l.kind == Kind::Prv && !l.fixedValve )
      {
        const double hset = nodes.at( l.n2 ).elevation + l.setting;
        if ( l.state == State::Active )
        {
          if ( l.q < -kFlowTolerance )
            l.state = State::Closed;
          else if ( h1 < hset - kHeadTolerance )
            l.state = State::Open;
        }
        else if ( l.state == State::Open )
        {
          if ( l.q < -kFlowTolerance )
            l.state = State::Closed;
          else if ( h2 >= hset + kHeadTolerance )
            l.state = State::Active;
        }
        else if ( l.state == State::Closed )
        {
          if ( h1 >= hset + kHeadTolerance && h2 < hset - kHeadTolerance )
            l.state = State::Active;
          else if ( h1 < hset - kHeadTolerance && h1 > h2 + kHeadTolerance )
            l.state = State::Open;
        }
      }
      else if ( l.kind == Kind::Psv && !l.fixedValve )
      {
        const double hset = nodes.at( l.n1 ).elevation + l.setting;
        if ( l.state == State::Active )
        {
          if ( l.q < -kFlowTolerance )
            l.state = State::Closed;
          else if ( h2 > hset + kHeadTolerance )
            l.state = State::Open;
        }
        else if ( l.state == State::Open )
        {
          if ( l.q < -kFlowTolerance )
            l.state = State::Closed;
          else if ( h1 < hset - kHeadTolerance )
            l.state = State::Active;
        }
        else if ( l.state == State::Closed )
        {
          if ( h2 > hset + kHeadTolerance && h1 > h2 + kHeadTolerance )
            l.state = State::Open;
          else if ( h1 >= hset + kHeadTolerance && h1 > h2 + kHeadTolerance )
            l.state = State::Active;
        }
      }
      else if ( valvesOnly )
        continue;
      else if ( l.kind == Kind::Fcv && !l.fixedValve )
      {
        if ( l.state == State::Active && h1 - h2 < -kHeadTolerance )
          l.state = State::Open;
        else if ( l.state == State::Open && l.q > l.setting )
          l.state = State::Active;
      }
      else if ( l.kind == Kind::CvPipe )
      {
        const double dh = h1 - h2;
        if ( l.state == State::Open && ( dh < -kHeadTolerance || l.q < -kFlowTolerance ) )
          l.state = State::TempClosed;
        else if ( l.state == State::TempClosed && dh > kHeadTolerance )
          l.state = State::Open;
      }
      else if ( l.kind == Kind::Pump )
      {
        double shutoff = 0;
        const double s = l.setting;
        if ( l.pumpModel == PumpModel::PowerLaw )
          shutoff = s * s * l.h0;
        else if ( l.pumpModel == PumpModel::Table )
        {
          const QPointF &a = l.curve.at( 0 );
          const QPointF &b = l.curve.at( 1 );
          shutoff = s * s * ( a.y() - a.x() * ( b.y() - a.y() ) / ( b.x() - a.x() ) );
        }
        else
          shutoff = std::numeric_limits<double>::max();
        const double gain = h2 - h1;
        if ( l.state == State::Open && gain > shutoff + kHeadTolerance )
          l.state = State::TempClosed;
        else if ( l.state == State::TempClosed && gain < shutoff - kHeadTolerance )
          l.state = State::Open;
      }
      // links into a full tank or out of an empty one
      if ( !valvesOnly && ( l.state == State::Open || l.state == State::Active || l.state == State::TempClosed ) && l.kind != Kind::Pump )
      {
        for ( int end = 0; end < 2; ++end )
        {
          const Node &t = nodes.at( end == 0 ? l.n1 : l.n2 );
          if ( !t.isTank )
            continue;
          const double level = t.head - t.elevation;
          const double other = nodes.at( end == 0 ? l.n2 : l.n1 ).head;
          const double intoTank = end == 0 ? -l.q : l.q;
          const bool full = level >= t.maxLevel - 1e-9;
          const bool empty = level <= t.minLevel + 1e-9;
          if ( l.state != State::TempClosed && ( ( full && intoTank > 0 ) || ( empty && intoTank < 0 ) ) )
            l.state = State::TempClosed;
          else if ( l.state == State::TempClosed && l.kind != Kind::CvPipe &&
                    ( ( full && other < t.head ) || ( empty && other > t.head ) ) )
            l.state = l.kind == Kind::Prv || l.kind == Kind::Psv || l.kind == Kind::Fcv ? State::Active : State::Open;
        }
      }
      if ( l.state != before )
      {
        ++l.flips;
        changed = true;
        if ( l.state == State::Open || l.state == State::Active )
        {
          if ( std::abs( l.q ) < kZeroFlow )
            l.q = kZeroFlow;
        }
      }
    }
    return changed;
  }

  bool HydraulicSimulation::Private::solveNetwork( QString *errorMessage )
  {
    const int nLinks = links.size();
    double relativeError = 0;
    int iteration = 0;
    int extra = 0;
    bool converged = false;
    double *values = matrix.valuePtr();
    for ( Link &l : links )
      l.flips = 0;
    for ( iteration = 1;; ++iteration )
    {
      // 1. coefficients
      findCutOff();
      for ( int k = 0; k < matrix.nonZeros(); ++k )
        values[k] = 0;
      rhs.setZero();
      for ( int i = 0; i < nJunctions; ++i )
      {
        const Node &n = nodes.at( i );
        if ( pda && n.required > 0 )
        {
          // pressure-driven demand: a pseudo-link to a reservoir at elevation + pmin,
          // h(q) = (preq - pmin) (q / D)^(1 / e) for 0 < q < D; full and zero demand are fixed flows
          double g = 0, h = 0;
          const int region = pdaLoss( n, g, h );
          if ( region > 0 )
            rhs[i] = -n.required;
          else if ( region == 0 )
          {
            const double pp = 1.0 / g;
            values[n.diagonal] += pp;
            rhs[i] = -( n.demand - pp * h ) + pp * ( n.elevation + pdaMin );
          }
          else
            rhs[i] = 0;
          continue;
        }
        rhs[i] = -servedDemand( i );
      }
      for ( Link &l : links )
      {
        const bool activeHead = l.state == State::Active && ( l.kind == Kind::Prv || l.kind == Kind::Psv );
        const bool activeFlow = l.state == State::Active && l.kind == Kind::Fcv;
        if ( activeHead )
        {
          l.p = 0;
          l.y = 0;
        }
        else if ( activeFlow )
        {
          l.p = 1.0 / kBig;
          l.y = l.q - l.setting; // Q - y = setting
        }
        else
          linkCoefficients( l );
        const double flowTerm = l.q - l.y;
        const int i = l.n1, j = l.n2;
        if ( i < nJunctions )
        {
          values[nodes.at( i ).diagonal] += l.p;
          rhs[i] -= flowTerm;
          if ( j >= nJunctions )
            rhs[i] += l.p * nodes.at( j ).head;
        }
        if ( j < nJunctions )
        {
          values[nodes.at( j ).diagonal] += l.p;
          rhs[j] += flowTerm;
          if ( i >= nJunctions )
            rhs[j] += l.p * nodes.at( i ).head;
        }
        if ( l.offDiagonal >= 0 )
          values[l.offDiagonal] -= l.p;
      }
      // emitters: a pseudo-link from the junction to its elevation, h = (q / C)^(1 / gamma)
      for ( const int i : emitterNodes )
      {
        Node &n = nodes[i];
        double g = 0;
        double h = 0;
        emitterLoss( n, emitterExponent, g, h );
        const double p = 1.0 / g;
        values[n.diagonal] += p;
        rhs[i] += -( n.emitterFlow - p * h ) + p * n.elevation;
      }
      // cut-off junctions: no water, no pressure (head pinned at the elevation)
      if ( anyCutOff )
      {
        for ( int i = 0; i < nJunctions; ++i )
        {
          if ( cutOff[i] )
          {
            values[nodes.at( i ).diagonal] += kFixHead;
            rhs[i] += kFixHead * nodes.at( i ).elevation;
          }
        }
      }
      // active PRV / PSV: pin the controlled node's head
      for ( const int k : pressureValves )
      {
        const Link &l = links.at( k );
        if ( l.state != State::Active || ( l.kind != Kind::Prv && l.kind != Kind::Psv ) )
          continue;
        const int node = l.kind == Kind::Prv ? l.n2 : l.n1;
        const double hset = nodes.at( node ).elevation + l.setting;
        values[nodes.at( node ).diagonal] += kFixHead;
        rhs[node] += kFixHead * hset;
      }
      // 2. heads
      if ( nJunctions > 0 )
      {
        ldlt.factorize( matrix );
        if ( ldlt.info() != Eigen::Success )
        {
          if ( errorMessage )
            *errorMessage =
                QCoreApplication::translate(
                    "vigie",
                    "time %1 s: the head equations are singular (a part of the network is cut off from every tank and reservoir?)" )
                    .arg( time );
          return false;
        }
        for ( int i = 0; i < nJunctions; ++i )
          rhsOrdered[rowOf[i]] = rhs[i];
        headsOrdered = ldlt.solve( rhsOrdered );
        for ( int i = 0; i < nJunctions; ++i )
          nodes[i].head = headsOrdered[rowOf[i]];
      }
      // 3. flows
      double sumChange = 0, sumFlow = 0;
      bool valveFlowSettled = true;
      const bool damp = dampLimit > 0 && relativeError < dampLimit && iteration > 1;
      for ( Link &l : links )
      {
        if ( l.state == State::Active && ( l.kind == Kind::Prv || l.kind == Kind::Psv ) )
          continue;
        if ( anyCutOff && ( ( l.n1 < nJunctions && cutOff[l.n1] ) || ( l.n2 < nJunctions && cutOff[l.n2] ) ) )
        {
          l.q = 0;
          continue;
        }
        double dq = l.y - l.p * ( nodes.at( l.n1 ).head - nodes.at( l.n2 ).head );
        if ( damp )
          dq *= 0.6;
        l.q -= dq;
        sumChange += std::abs( dq );
        sumFlow += std::abs( l.q );
      }
      for ( const int i : emitterNodes )
      {
        Node &n = nodes[i];
        double g = 0;
        double h = 0;
        emitterLoss( n, emitterExponent, g, h );
        const double dq = ( h - ( n.head - n.elevation ) ) / g;
        n.emitterFlow -= dq;
        sumChange += std::abs( dq );
        sumFlow += std::abs( n.emitterFlow );
      }
      if ( pda )
      {
        for ( int i = 0; i < nJunctions; ++i )
        {
          Node &n = nodes[i];
          if ( n.required <= 0 )
            continue;
          const double pressure = n.head - n.elevation;
          double g = 0, h = 0;
          const int region = pdaLoss( n, g, h );
          double q = n.demand;
          if ( region == 0 )
            q -= ( h - ( pressure - pdaMin ) ) / g;
          else if ( ( region > 0 && pressure < pdaRequired ) || ( region < 0 && pressure > pdaMin ) )
          {
            // back into the partial range: restart from Wagner's relation at the current pressure
            const double x = std::clamp( ( pressure - pdaMin ) / ( pdaRequired - pdaMin ), 0.0, 1.0 );
            q = std::clamp( n.required * std::pow( x, pdaExponent ), n.required * 1e-6, n.required * ( 1 - 1e-6 ) );
          }
          q = std::clamp( q, 0.0, n.required );
          sumChange += std::abs( q - n.demand );
          sumFlow += std::abs( q );
          n.demand = q;
        }
      }
      // flows of active PRV / PSV from the continuity of the node they control
      for ( const int k : pressureValves )
      {
        Link &l = links[k];
        if ( l.state != State::Active || ( l.kind != Kind::Prv && l.kind != Kind::Psv ) )
          continue;
        const int node = l.kind == Kind::Prv ? l.n2 : l.n1;
        double excess = -nodes.at( node ).demand - nodes.at( node ).emitterFlow;
        for ( int m : nodeLinks.at( node ) )
        {
          if ( m == k )
            continue;
          const Link &o = links.at( m );
          excess += o.n2 == node ? o.q : -o.q;
        }
        const double q = l.kind == Kind::Prv ? -excess : excess;
        sumChange += std::abs( q - l.q );
        // the upstream node's continuity used the valve's previous flow: it is exact only once the
        // valve's flow settles, so a solution is not accepted while it moves by more than ACCURACY
        valveFlowSettled = valveFlowSettled && std::abs( q - l.q ) <= std::max( kFlowTolerance, accuracy * std::abs( q ) );
        l.q = q;
        sumFlow += std::abs( q );
      }
      relativeError = sumFlow > 0 ? sumChange / sumFlow : sumChange;
      if ( !std::isfinite( relativeError ) )
      {
        if ( errorMessage )
        {
          QString where;
          for ( int k = 0; k < nLinks && where.isEmpty(); ++k )
          {
            if ( !std::isfinite( links.at( k ).q ) )
              where = QString::number( k );
          }
          *errorMessage =
              QCoreApplication::translate( "vigie", "time %1 s: the solution diverged (not a number, link #%2)" ).arg( time ).arg( where );
        }
        return false;
      }
      // 4. status checks and convergence
      bool valveChange = false;
      if ( dampLimit <= 0 || relativeError < dampLimit )
        valveChange = checkStatus( true );
      // EPANET accepts a solution after a single trial when flows barely moved (Net1: 69 trials, as EPANET)
      if ( relativeError <= accuracy && valveFlowSettled )
      {
        const bool changed = checkStatus( false ) || valveChange;
        if ( !changed )
        {
          converged = true;
          break;
        }
      }
      else if ( iteration <= maxCheck && iteration % checkFreq == 0 )
        checkStatus( false );
      if ( iteration >= trials )
      {
        if ( extraTrials < 0 )
          break;
        if ( extra++ >= extraTrials )
          break;
      }
    }
    last.warning.clear();
    for ( int k = 0; k < nLinks; ++k )
    {
      const Link &l = links.at( k );
      if ( l.kind != Kind::CvPipe || l.flips < kMaxFlips )
        continue;
      const double dh = nodes.at( l.n1 ).head - nodes.at( l.n2 ).head;
      const bool open = l.state == State::Open;
      if ( ( open && l.q < -kFlowTolerance ) || ( !open && dh > kHeadTolerance ) )
      {
        last.warning = QCoreApplication::translate( "vigie", "check valve \"%1\" kept changing status and was held %2 (flow %3)" )
                           .arg( net.pipes.at( k ).id,
                                 open ? QCoreApplication::translate( "vigie", "open" ) : QCoreApplication::translate( "vigie", "closed" ) )
                           .arg( ( open ? l.q : 0.0 ) * qf, 0, 'g', 4 );
        break;
      }
    }
    last.time = time;
    last.iterations = iteration;
    last.relativeError = relativeError;
    last.converged = converged;
    if ( !converged && extraTrials < 0 )
    {
      int worst = -1;
      const double error = imbalance( &worst );
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "time %1 s (%2): the hydraulic equations did not converge in %3 trials "
                                                              "(relative flow change %4); worst-balanced node \"%5\" (flow error %6)" )
                            .arg( time )
                            .arg( QStringLiteral( "%1:%2" ).arg( time / 3600 ).arg( ( time / 60 ) % 60, 2, 10, QLatin1Char( '0' ) ) )
                            .arg( iteration )
                            .arg( relativeError, 0, 'g', 3 )
                            .arg( worst >= 0 ? nodes.at( worst ).id : QString() )
                            .arg( error * qf, 0, 'g', 4 );
      return false;
    }
    updateTankFlows();
    return true;
  }

  void HydraulicSimulation::Private::updateTankFlows()
  {
    for ( int i = nJunctions; i < nodes.size(); ++i )
      nodes[i].netInflow = 0;
    for ( const Link &l : std::as_const( links ) )
    {
      if ( l.n1 >= nJunctions )
        nodes[l.n1].netInflow -= l.q;
      if ( l.n2 >= nJunctions )
        nodes[l.n2].netInflow += l.q;
    }
  }

  HydraulicSimulation::HydraulicSimulation( const Network &network ) : d( std::make_unique<Private>( network ) ) {}

  HydraulicSimulation::~HydraulicSimulation() = default;

  bool HydraulicSimulation::initialize( QString *errorMessage )
  {
    if ( !d->build() )
    {
      if ( errorMessage )
        *errorMessage = d->error;
      return false;
    }
    d->time = 0;
    d->setDemands();
    d->evaluateControls( 0 );
    return true;
  }

  void HydraulicSimulation::setDuration( long long seconds )
  {
    d->durationOverride = seconds;
  }

  long long HydraulicSimulation::duration() const
  {
    return d->durationOverride >= 0 ? d->durationOverride : d->duration;
  }

  bool HydraulicSimulation::solve( QString *errorMessage )
  {
    d->setDemands();
    const bool ok = d->solveNetwork( errorMessage );
    d->last.reportPeriod = isReportTime();
    return ok;
  }

  long long HydraulicSimulation::advance()
  {
    Private &p = *d;
    if ( p.time >= p.duration )
      return 0;
    long long step = std::min( p.hydStep, p.duration - p.time );
    // next pattern period and report time
    const long long nextPattern = ( ( p.time + p.patternStart ) / p.patternStep + 1 ) * p.patternStep - p.patternStart;
    step = std::min( step, nextPattern - p.time );
    if ( p.time < p.reportStart )
      step = std::min( step, p.reportStart - p.time );
    else
    {
      const long long nextReport = p.reportStart + ( ( p.time - p.reportStart ) / p.reportStep + 1 ) * p.reportStep;
      step = std::min( step, nextReport - p.time );
    }
    // time controls
    for ( const auto &c : std::as_const( p.controls ) )
    {
      if ( c.condition == Control::Condition::Time && c.seconds > p.time )
        step = std::min( step, c.seconds - p.time );
      else if ( c.condition == Control::Condition::ClockTime )
      {
        const long long clock = ( p.startClock + p.time ) % 86400;
        long long wait = ( c.seconds % 86400 - clock + 86400 ) % 86400;
        if ( wait == 0 )
          wait = 86400;
        step = std::min( step, wait );
      }
    }
    // tanks: time to fill, to empty, or to reach a control level
    for ( int i = p.nJunctions; i < p.nodes.size(); ++i )
    {
      const Node &n = p.nodes.at( i );
      if ( !n.isTank || std::abs( n.netInflow ) < 1e-10 )
        continue;
      auto limitTo = [&]( double level )
      {
        const double target = p.tankVolume( n, level );
        // whole seconds, as EPANET's clock; a level already reached (within the rounding) sets no limit
        const long long t = std::llround( ( target - n.volume ) / n.netInflow );
        if ( t > 0 && t < step )
          step = t;
      };
      limitTo( n.netInflow > 0 ? n.maxLevel : n.minLevel );
      for ( const auto &c : std::as_const( p.controls ) )
      {
        if ( c.node == i && ( c.condition == Control::Condition::NodeAbove || c.condition == Control::Condition::NodeBelow ) )
        {
          const double level = c.head - n.elevation;
          if ( ( n.netInflow > 0 && level > n.head - n.elevation ) || ( n.netInflow < 0 && level < n.head - n.elevation ) )
            limitTo( level );
        }
      }
    }
    const long long previous = p.time;
    p.pumpPowers();
    if ( p.rules.isEmpty() )
    {
      // move: tank volumes by the net inflows of the solution just computed
      p.moveTanks( step );
      p.time += step;
    }
    else
    {
      // rule-based controls: checked at every rule time step within the hydraulic step, tanks moved
      // by the current flows; an action that changes a link ends the step there
      const long long end = p.time + step;
      while ( p.time < end )
      {
        const long long next = std::min( end, ( p.time / p.ruleStep + 1 ) * p.ruleStep );
        p.moveTanks( next - p.time );
        p.time = next;
        if ( p.evaluateRules() )
          break;
      }
      step = p.time - previous;
    }
    p.accumulateEnergy( step );
    p.setDemands();
    p.evaluateControls( previous );
    return step;
  }

  long long HydraulicSimulation::currentTime() const
  {
    return d->time;
  }

  bool HydraulicSimulation::isReportTime() const
  {
    return d->time >= d->reportStart && ( d->time - d->reportStart ) % d->reportStep == 0;
  }

  const StepInfo &HydraulicSimulation::lastStep() const
  {
    return d->last;
  }

  int HydraulicSimulation::nodeCount() const
  {
    return d->nodes.size();
  }

  int HydraulicSimulation::linkCount() const
  {
    return d->links.size();
  }

  QString HydraulicSimulation::nodeId( int index ) const
  {
    return d->nodes.at( index ).id;
  }

  QString HydraulicSimulation::linkId( int index ) const
  {
    const Network &net = d->net;
    if ( index < net.pipes.size() )
      return net.pipes.at( index ).id;
    index -= net.pipes.size();
    if ( index < net.pumps.size() )
      return net.pumps.at( index ).id;
    return net.valves.at( index - net.pumps.size() ).id;
  }

  double HydraulicSimulation::nodeDemand( int index ) const
  {
    const Node &n = d->nodes.at( index );
    if ( index < d->nJunctions )
      return ( d->servedDemand( index ) + n.emitterFlow ) * d->qf;
    return n.netInflow * d->qf;
  }

  double HydraulicSimulation::nodeHead( int index ) const
  {
    return d->nodes.at( index ).head * d->hf;
  }

  double HydraulicSimulation::nodePressure( int index ) const
  {
    const Node &n = d->nodes.at( index );
    if ( index >= d->nJunctions && !n.isTank )
      return 0;
    return ( n.head - n.elevation ) * d->pf;
  }

  double HydraulicSimulation::linkFlow( int index ) const
  {
    const Link &l = d->links.at( index );
    if ( l.state == State::Closed || l.state == State::TempClosed )
      return 0;
    return l.q * d->qf;
  }

  double HydraulicSimulation::linkVelocity( int index ) const
  {
    const Link &l = d->links.at( index );
    if ( l.kind == Kind::Pump || l.state == State::Closed || l.state == State::TempClosed || l.diameter <= 0 )
      return 0;
    return std::abs( l.q ) / ( kPi * l.diameter * l.diameter / 4 ) * d->hf;
  }

  double HydraulicSimulation::linkHeadloss( int index ) const
  {
    const Link &l = d->links.at( index );
    const double dh = d->nodes.at( l.n1 ).head - d->nodes.at( l.n2 ).head;
    if ( l.kind == Kind::Pipe || l.kind == Kind::CvPipe )
    {
      if ( l.state == State::Closed || l.state == State::TempClosed )
        return 0;
      return std::abs( dh ) / l.length * 1000.0;
    }
    if ( l.state == State::Closed || l.state == State::TempClosed )
      return 0;
    return dh * d->hf;
  }

  int HydraulicSimulation::linkStatus( int index ) const
  {
    const State s = d->links.at( index ).state;
    return s == State::Closed || s == State::TempClosed ? 0 : 1;
  }

  QVector<PumpEnergy> HydraulicSimulation::pumpEnergy() const
  {
    QVector<PumpEnergy> result;
    const Private &p = *d;
    const double total = static_cast<double>( p.energyTime );
    for ( int k = 0; k < p.net.pumps.size(); ++k )
    {
      const Link &l = p.links.at( p.net.pipes.size() + k );
      PumpEnergy e;
      e.pumpId = p.net.pumps.at( k ).id;
      e.kwh = l.kwh;
      e.cost = l.cost;
      e.peakKw = l.peakKw;
      if ( total > 0 )
      {
        e.utilization = 100.0 * l.onlineSeconds / total;
        e.costPerDay = l.cost * 86400.0 / total;
      }
      if ( l.onlineSeconds > 0 )
      {
        e.efficiency = 100.0 * l.efficiencySeconds / l.onlineSeconds;
        e.averageKw = l.kwh / ( l.onlineSeconds / 3600.0 );
      }
      if ( l.volume > 0 )
      {
        // ft3 -> million US gallons (7.48052 gal per ft3) or m3
        const double volume = p.metric ? l.volume * std::pow( 0.3048, 3 ) : l.volume * 7.48052 / 1e6;
        e.kwhPerVolume = l.kwh / volume;
      }
      result.append( e );
    }
    return result;
  }

  double HydraulicSimulation::demandCharge() const
  {
    return d->demandCharge * d->peakTotalKw;
  }

  double HydraulicSimulation::maxImbalance( QString *nodeId ) const
  {
    int worst = -1;
    const double error = d->imbalance( &worst );
    if ( nodeId )
      *nodeId = worst >= 0 ? d->nodes.at( worst ).id : QString();
    return error * d->qf;
  }
} // namespace vigie::hydraulics
