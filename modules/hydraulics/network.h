// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_NETWORK_H
#define VIGIE_HYDRAULICS_NETWORK_H

#include "vigie_hydraulics_export.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace vigie::hydraulics
{
  //! EPANET flow units ([OPTIONS] Units); they also fix the unit system of every other quantity.
  enum class FlowUnits
  {
    Cfs,  //!< cubic feet per second
    Gpm,  //!< US gallons per minute (EPANET default)
    Mgd,  //!< million US gallons per day
    Imgd, //!< million imperial gallons per day
    Afd,  //!< acre-feet per day
    Lps,  //!< litres per second
    Lpm,  //!< litres per minute
    Mld,  //!< million litres per day
    Cmh,  //!< cubic metres per hour
    Cmd   //!< cubic metres per day
  };

  //! "GPM", "CMH", ... as written in an .inp file.
  VIGIE_HYDRAULICS_EXPORT QString flowUnitsName( FlowUnits units );
  //! Parses an .inp units keyword (case-insensitive); false when unknown.
  VIGIE_HYDRAULICS_EXPORT bool parseFlowUnits( const QString &text, FlowUnits *units );
  //! SI flow units mean metres and millimetres elsewhere; US units mean feet and inches.
  VIGIE_HYDRAULICS_EXPORT bool isMetric( FlowUnits units );

  //! Initial status of a pipe.
  enum class PipeStatus
  {
    Open,
    Closed,
    CheckValve //!< "CV": flow only from node1 to node2
  };

  enum class ValveType
  {
    Prv, //!< pressure reducing
    Psv, //!< pressure sustaining
    Pbv, //!< pressure breaker
    Fcv, //!< flow control
    Tcv, //!< throttle control
    Gpv  //!< general purpose (setting is a head-loss curve id)
  };

  VIGIE_HYDRAULICS_EXPORT QString valveTypeName( ValveType type );
  VIGIE_HYDRAULICS_EXPORT bool parseValveType( const QString &text, ValveType *type );

  enum class NodeType
  {
    Junction,
    Reservoir,
    Tank
  };

  enum class LinkType
  {
    Pipe,
    Pump,
    Valve
  };

  //! Fields common to every node. Quantities are in the file's units (see Network::flowUnits).
  struct VIGIE_HYDRAULICS_EXPORT NodeBase
  {
    QString id;
    QString comment; //!< text after ';' on the node's line (L-TOWN marks its sensors there)
    int line = 0;    //!< line of the definition in the source file, for later messages
  };

  //! One demand category of a junction ([DEMANDS]).
  struct VIGIE_HYDRAULICS_EXPORT Demand
  {
    double base = 0;
    QString pattern;  //!< empty: the default pattern ([OPTIONS] Pattern, else "1", else none)
    QString category; //!< the text after ';' on the [DEMANDS] line
  };

  struct VIGIE_HYDRAULICS_EXPORT Junction : NodeBase
  {
    double elevation = 0;
    double baseDemand = 0; //!< the [JUNCTIONS] demand, replaced by \a demands when [DEMANDS] lists the junction
    QString pattern;
    QVector<Demand> demands;       //!< [DEMANDS] categories in file order
    double emitterCoefficient = 0; //!< [EMITTERS]; 0 = no emitter
  };

  struct VIGIE_HYDRAULICS_EXPORT Reservoir : NodeBase
  {
    double head = 0;
    QString pattern;
  };

  struct VIGIE_HYDRAULICS_EXPORT Tank : NodeBase
  {
    double elevation = 0;
    double initLevel = 0;
    double minLevel = 0;
    double maxLevel = 0;
    double diameter = 0;
    double minVolume = 0;
    QString volumeCurve; //!< empty when the tank is cylindrical
    bool overflow = false;
  };

  struct VIGIE_HYDRAULICS_EXPORT LinkBase
  {
    QString id;
    QString node1;
    QString node2;
    QString comment;
    int line = 0;
  };

  struct VIGIE_HYDRAULICS_EXPORT Pipe : LinkBase
  {
    double length = 0;
    double diameter = 0;
    double roughness = 0;
    double minorLoss = 0;
    PipeStatus status = PipeStatus::Open;
  };

  struct VIGIE_HYDRAULICS_EXPORT Pump : LinkBase
  {
    QString headCurve; //!< HEAD curve id; empty for a constant-power pump
    double power = 0;  //!< POWER (kW or hp); 0 when a head curve is given
    double speed = 1;  //!< SPEED relative setting
    QString pattern;   //!< PATTERN of speed settings
  };

  struct VIGIE_HYDRAULICS_EXPORT Valve : LinkBase
  {
    double diameter = 0;
    ValveType type = ValveType::Prv;
    QString setting; //!< a number, or a curve id for a GPV
    double minorLoss = 0;
  };

  //! A section kept verbatim (lines without the header): [ENERGY], [QUALITY], [REACTIONS], [SOURCES],
  //! [MIXING], [REPORT], [LABELS], [BACKDROP], [TAGS] and unknown ones; the solver does not use them.
  struct VIGIE_HYDRAULICS_EXPORT RawSection
  {
    QString name; //!< upper case, without brackets: "ENERGY"
    int line = 0; //!< line of the [header]
    QStringList lines;
  };

  //! [PATTERNS]: multipliers, one per pattern time step, repeated cyclically.
  struct VIGIE_HYDRAULICS_EXPORT Pattern
  {
    QString id;
    QVector<double> factors;
    int line = 0;
  };

  //! [CURVES]: x-y points in increasing x; the type comes from EPANET's ";PUMP:" style comment.
  struct VIGIE_HYDRAULICS_EXPORT Curve
  {
    QString id;
    QString type; //!< PUMP, EFFICIENCY, VOLUME, HEADLOSS or empty
    QVector<QPointF> points;
    int line = 0;
  };

  //! [STATUS] entry: OPEN / CLOSED, or a numeric setting (pump speed, valve setting).
  struct VIGIE_HYDRAULICS_EXPORT StatusEntry
  {
    QString linkId;
    QString value; //!< "OPEN", "CLOSED" or a number as written
    int line = 0;
  };

  //! [CONTROLS] simple control: LINK id OPEN|CLOSED|setting IF NODE id ABOVE|BELOW v / AT TIME t / AT CLOCKTIME t.
  struct VIGIE_HYDRAULICS_EXPORT Control
  {
    enum class Action
    {
      Open,
      Closed,
      Setting
    };
    enum class Condition
    {
      NodeAbove,
      NodeBelow,
      Time,     //!< elapsed simulation time
      ClockTime //!< time of day
    };
    QString linkId;
    Action action = Action::Open;
    double setting = 0;
    Condition condition = Condition::Time;
    QString nodeId;
    double value = 0;      //!< level (tank) or pressure (junction) or head (reservoir), in file units
    long long seconds = 0; //!< for Time and ClockTime
    int line = 0;
  };

  //! [RULES] rule-based control, parsed clause by clause (tokens upper-cased except ids and values).
  struct VIGIE_HYDRAULICS_EXPORT Rule
  {
    //! "IF/AND/OR object id attribute relation value", e.g. {AND, TANK, 1, LEVEL, ABOVE, 19.1}.
    struct Premise
    {
      QString logic;
      QString object;
      QString id; //!< empty for SYSTEM
      QString attribute;
      QString relation;
      QString value;
    };
    //! "THEN/ELSE/AND object id STATUS|SETTING = value".
    struct Action
    {
      QString object;
      QString id;
      QString attribute;
      QString value;
    };
    QString id;
    QVector<Premise> premises;
    QVector<Action> thenActions;
    QVector<Action> elseActions;
    double priority = 0;
    int line = 0;
  };

  /**
   * \brief A water network as described by an EPANET input file.
   * Plain data, in the file's units; the topology is checked by the reader (every link
   * joins two known nodes, ids are unique among nodes and among links).
   */
  struct VIGIE_HYDRAULICS_EXPORT Network
  {
    QString title;
    FlowUnits flowUnits = FlowUnits::Gpm;
    QString headloss = QStringLiteral( "H-W" );
    //! Every [OPTIONS] entry in file order, keys upper case ("DEMAND MULTIPLIER" -> "1.0").
    QList<QPair<QString, QString>> options;

    QVector<Junction> junctions;
    QVector<Reservoir> reservoirs;
    QVector<Tank> tanks;
    QVector<Pipe> pipes;
    QVector<Pump> pumps;
    QVector<Valve> valves;

    //! Node id -> map coordinates ([COORDINATES]); nodes without coordinates are absent.
    QHash<QString, QPointF> coordinates;
    //! Link id -> intermediate points ([VERTICES]) in file order.
    QHash<QString, QVector<QPointF>> vertices;
    QVector<Pattern> patterns;
    QVector<Curve> curves;
    QVector<StatusEntry> statuses;
    QVector<Control> controls;
    QVector<Rule> rules;
    //! Every [TIMES] entry in file order, keys upper case ("HYDRAULIC TIMESTEP" -> "1:00").
    QList<QPair<QString, QString>> times;
    //! Sections kept verbatim (see RawSection), in file order.
    QList<RawSection> rawSections;

    int nodeCount() const { return junctions.size() + reservoirs.size() + tanks.size(); }
    int linkCount() const { return pipes.size() + pumps.size() + valves.size(); }
    //! True when a node with this id exists; its type in \a type.
    bool hasNode( const QString &id, NodeType *type = nullptr ) const;
    bool hasLink( const QString &id, LinkType *type = nullptr ) const;
    //! The value of an [OPTIONS] key (upper case), or \a defaultValue.
    QString option( const QString &key, const QString &defaultValue = QString() ) const;
    //! Polyline of a link: node1, its vertices, node2; empty when a node has no coordinates.
    QVector<QPointF> linkPath( const LinkBase &link ) const;
    //! The value of a [TIMES] key (upper case), or \a defaultValue.
    QString time( const QString &key, const QString &defaultValue = QString() ) const;
    //! Index of a pattern / curve by id, -1 when absent.
    int patternIndex( const QString &id ) const;
    int curveIndex( const QString &id ) const;
    //! Rebuilds the id indexes; call after editing the vectors by hand.
    void reindex();

    //! Node id -> (type, index in its vector); maintained by the reader and reindex().
    QHash<QString, QPair<NodeType, int>> nodeIndex;
    QHash<QString, QPair<LinkType, int>> linkIndex;
  };

  /**
   * \brief Parses an EPANET time value: "1:30", "1:30:15", "2.5" (hours), "90 MIN", "3 PM", "12 am".
   * \a unit is an optional second token (HOURS, MIN, SEC, DAYS, AM, PM). False when malformed.
   */
  VIGIE_HYDRAULICS_EXPORT bool parseEpanetTime( const QString &text, const QString &unit, long long *seconds );
} // namespace vigie::hydraulics

#endif
