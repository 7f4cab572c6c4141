// SPDX-License-Identifier: GPL-2.0-or-later
#include "optimiser.h"

#include "solar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <vector>

// The model.
//
// Dimming. A street is designed for its class in its busiest lit band: at level 1 its
// luminaires deliver exactly that class's maintained level (a conservative assumption:
// real installations are often over-lit). In band b the street needs class c_b, i.e. the
// share r_b = level(c_b) / level(design) of the design flux. Luminaires of a street are
// grouped by control gear (non-dimmable, dimmable discharge, dimmable LED); group g has
// flux F_g, power P_g, lowest level m_g and power floor a_g (power at level x is
// P_g (a_g + (1 − a_g) x)). The LP of a band is separable by street; for one street:
//   min  Σ_g hours_b P_g (1 − a_g) x_g
//   s.t. Σ_dimmable F_g x_g ≥ r_b Σ_all F − Σ_non-dimmable F          (average level)
//        x_g − ρ x_h ≥ 0 for dimmable groups g ≠ h of the street         (uniformity guard)
//        max(m_g, ρ if the street has non-dimmable luminaires) ≤ x_g ≤ 1
// Its data depend on the band only through r_b, so each street solves it once per distinct
// class ratio: closed form for one dimmable group, exact vertex enumeration for two (LED and
// dimmable discharge: the usual case; checked against GLPK in tst_lightingoptimiser), GLPK's
// simplex for more. A class may drop several steps when the band's traffic is low.
// Streets in P classes inside the switch-off window are off (level 0) when the commune
// chooses a window. Every solution is checked afterwards (compliance table).
//
// Retrofit. Units (cabinets, or single luminaires) u have a yearly saving S_u (€, from the
// dimming LPs of today's and of the all-LED inventory), a cost C_u and CEE subsidies E_u.
//   max  Σ_u Σ_y x_uy [ S_u Σ_{t=y+1..H} δ^t − (C_u − E_u) δ^y ]
//   s.t. Σ_y x_uy ≤ 1;  Σ_u C_u x_uy ≤ budget (each year y);  x_uy ∈ {0, 1}
// solved by GLPK's branch and cut after its LP relaxation, whose value bounds the optimum.
// The LP relaxation is warm-started from the basis of the greedy plan (NPV per euro), and a
// rounding heuristic gives branch and cut its incumbent. Converted luminaires are DALI LEDs:
// they are dimmed from the year after their conversion (the savings S_u include it).

namespace vigie::lighting
{
  namespace
  {

    struct GlpDeleter
    {
      void operator()( glp_prob *p ) const { glp_delete_prob( p ); }
    };

    //! Streets between two cancellation polls and progress reports (a poll costs a function call).
    constexpr int kPollStreets = 64;
    constexpr int kPollLuminaires = 4096;
    //! Simplex iterations between two cancellation polls: GLPK's simplex has no callback, so the
    //! retrofit LP runs in chunks, each from the basis the previous one ended with (an iteration
    //! of the 300,000-point bench LP takes about 3 ms). Fixed, so that a run with a control and
    //! one without take the same path and give the same plan.
    constexpr int kSimplexChunk = 25;

    /**
     * Cancellation polls and progress reports of one run. The run is cut into stages, each
     * covering a share of the whole; a stage reports its own fraction done.
     */
    class Tracker
    {
    public:
      explicit Tracker( const OptimisationControl *control ) : mControl( control ) {}

      //! True once the control said so, and from then on.
      bool cancelled()
      {
        if ( !mCancelled && mControl && mControl->isCancelled )
          mCancelled = mControl->isCancelled();
        return mCancelled;
      }
      bool wasCancelled() const { return mCancelled; }

      //! The next stage ends at \a end (fraction of the whole run).
      void stage( double end, const QString &step )
      {
        mFrom = mDone;
        mTo = std::max( mFrom, end );
        mStep = step;
        report( 0 );
      }

      void finish()
      {
        mFrom = mTo = 1.0;
        report( 1.0 );
      }

      //! Fraction done of the current stage.
      void report( double fraction )
      {
        mDone = std::max( mDone, mFrom + ( mTo - mFrom ) * std::clamp( fraction, 0.0, 1.0 ) );
        if ( !mControl || !mControl->progress )
          return;
        if ( mStep == mReportedStep && mDone < mReported + 0.005 && !( mDone >= 1.0 && mReported < 1.0 ) )
          return;
        mReported = mDone;
        mReportedStep = mStep;
        mControl->progress( mDone, mStep );
      }

    private:
      const OptimisationControl *mControl = nullptr;
      bool mCancelled = false;
      double mFrom = 0, mTo = 0, mDone = 0, mReported = -1;
      QString mStep, mReportedStep;
    };

    //! glp_simplex in chunks of kSimplexChunk iterations with a cancellation poll between them; GLP_ESTOP when cancelled.
    int chunkedSimplex( glp_prob *lp, glp_smcp *parm, Tracker *tracker )
    {
      parm->it_lim = kSimplexChunk;
      for ( ;; )
      {
        const int ret = glp_simplex( lp, parm );
        if ( ret != GLP_EITLIM )
          return ret;
        if ( tracker->cancelled() )
          return GLP_ESTOP;
      }
    }

    bool inWindow( int minuteAfterNoon, int start, int end )
    {
      // start/end are local minutes after midnight; the window may cross midnight
      const int local = ( minuteAfterNoon + 720 ) % 1440;
      return start < end ? ( local >= start && local < end ) : ( local >= start || local < end );
    }

    int afterNoon( int localMinute )
    {
      return ( ( localMinute - 720 ) % 1440 + 1440 ) % 1440;
    }

    double bandTraffic( const RoadSegment &segment, const TimeBand &band )
    {
      double vehicles = 0;
      for ( int m = band.start; m < band.end; )
      {
        const int hour = ( ( m + 720 ) / 60 ) % 24;
        const int next = std::min( band.end, ( m / 60 + 1 ) * 60 );
        vehicles += segment.hourlyTraffic.value( hour ) * ( next - m ) / 60.0;
        m = next;
      }
      return band.end > band.start ? vehicles * 60.0 / ( band.end - band.start ) : 0;
    }

    //! A group of luminaires of one street with the same control gear behaviour.
    struct Group
    {
      int segment = -1;
      bool dimmable = false;
      double minimum = 1;
      double floor = 0;
      double flux = 0;
      double power = 0; //!< W at full level
      QVector<int> luminaires;
    };

    struct DimmingOutput
    {
      QVector<double> kwh; //!< per luminaire per year
      QVector<double> eur;
      QVector<ComplianceCell> compliance;
      QVector<float> levels;
      QVector<double> bandKw; //!< power of all luminaires per band
      int lpCount = 0;
    };

    //! Groups per street; luminaires without a street are left out (full power all night).
    QVector<QVector<Group>> buildGroups( const Inventory &inventory, Tracker *tracker )
    {
      QVector<QVector<Group>> groups( inventory.segments.size() );
      for ( int i = 0; i < inventory.luminaires.size(); ++i )
      {
        if ( tracker && i % kPollLuminaires == 0 && tracker->cancelled() )
          return {};
        const Luminaire &l = inventory.luminaires.at( i );
        if ( l.segment < 0 )
          continue;
        QVector<Group> &street = groups[l.segment];
        const bool dimmable = l.dimmable();
        const double minimum = l.minimumLevel(), floor = l.powerFloor();
        auto it = std::find_if( street.begin(), street.end(),
                                [&]( const Group &g ) { return g.dimmable == dimmable && g.minimum == minimum && g.floor == floor; } );
        if ( it == street.end() )
        {
          Group g;
          g.segment = l.segment;
          g.dimmable = dimmable;
          g.minimum = minimum;
          g.floor = floor;
          street.append( g );
          it = street.end() - 1;
        }
        it->flux += l.flux();
        it->power += l.systemPowerW();
        it->luminaires.append( i );
      }
      return groups;
    }

    //! Levels of the dimmable groups of one street for one required ratio.
    struct StreetLevels
    {
      double ratio = -1;
      QVector<double> levels; //!< per dimmable group, in the order of the street's groups
    };

    //! One dimmable group in the street LP: flux share, cost per unit of level, bounds.
    struct LpGroup
    {
      double share = 0; //!< flux / street flux
      double cost = 0;  //!< W saved per unit of level (power × (1 − floor))
      double lower = 0;
    };

    /**
     * The street's LP for one required ratio: min Σ cost_g x_g s.t. Σ share_g x_g ≥ need,
     * x_g ≥ ρ x_h (g ≠ h), lower_g ≤ x_g ≤ 1. One group: the closed form. Two groups (the
     * usual case: dimmable discharge and LED on one street): the optimum is a vertex of a
     * polygon in the plane, found by enumerating the intersections of its 7 edge lines (exact,
     * checked against GLPK in tst_lightingoptimiser). Three or more groups: GLPK's simplex.
     */
    bool solveStreet( const QVector<LpGroup> &groups, double need, double rho, QVector<double> *levels, int *lpCount )
    {
      const int n = groups.size();
      levels->fill( 1.0, n );
      if ( n == 1 )
      {
        const LpGroup &g = groups.at( 0 );
        ( *levels )[0] = std::clamp( g.share > 0 ? need / g.share : 1.0, g.lower, 1.0 );
        return true;
      }
      if ( n == 2 )
      {
        // rows a·x ≥ c
        struct Row
        {
          double a1, a2, c;
        };
        const LpGroup &g = groups.at( 0 ), &h = groups.at( 1 );
        const Row rows[] = { { g.share, h.share, need }, { 1, -rho, 0 }, { -rho, 1, 0 }, { 1, 0, g.lower }, { -1, 0, -1 },
                             { 0, 1, h.lower },          { 0, -1, -1 } };
        constexpr int kRows = sizeof( rows ) / sizeof( rows[0] );
        auto feasible = [&]( double x1, double x2 )
        {
          for ( const Row &r : rows )
          {
            if ( r.a1 * x1 + r.a2 * x2 < r.c - 1e-12 )
              return false;
          }
          return true;
        };
        double best = std::numeric_limits<double>::max();
        bool found = false;
        for ( int i = 0; i < kRows; ++i )
        {
          for ( int j = i + 1; j < kRows; ++j )
          {
            const Row &p = rows[i], &q = rows[j];
            const double det = p.a1 * q.a2 - p.a2 * q.a1;
            if ( std::fabs( det ) < 1e-14 )
              continue;
            const double x1 = ( p.c * q.a2 - p.a2 * q.c ) / det, x2 = ( p.a1 * q.c - p.c * q.a1 ) / det;
            if ( !feasible( x1, x2 ) )
              continue;
            const double cost = g.cost * x1 + h.cost * x2;
            if ( cost < best - 1e-15 )
            {
              best = cost;
              ( *levels )[0] = std::clamp( x1, g.lower, 1.0 );
              ( *levels )[1] = std::clamp( x2, h.lower, 1.0 );
              found = true;
            }
          }
        }
        return found || need > g.share + h.share; // not found only when even full power misses (levels stay at 1)
      }
      std::unique_ptr<glp_prob, GlpDeleter> lp( glp_create_prob() );
      glp_set_obj_dir( lp.get(), GLP_MIN );
      glp_add_cols( lp.get(), n );
      QVector<int> ia( 1, 0 ), ja( 1, 0 );
      QVector<double> ar( 1, 0.0 );
      glp_add_rows( lp.get(), 1 );
      glp_set_row_bnds( lp.get(), 1, GLP_LO, need, 0 );
      for ( int c = 0; c < n; ++c )
      {
        glp_set_col_bnds( lp.get(), c + 1, groups.at( c ).lower < 1.0 ? GLP_DB : GLP_FX, groups.at( c ).lower, 1.0 );
        glp_set_obj_coef( lp.get(), c + 1, groups.at( c ).cost );
        ia << 1;
        ja << c + 1;
        ar << groups.at( c ).share;
      }
      for ( int c = 0; c < n && rho > 0; ++c )
      {
        for ( int d = 0; d < n; ++d )
        {
          if ( c == d )
            continue;
          const int row = glp_add_rows( lp.get(), 1 );
          glp_set_row_bnds( lp.get(), row, GLP_LO, 0, 0 );
          ia << row << row;
          ja << c + 1 << d + 1;
          ar << 1.0 << -rho;
        }
      }
      glp_load_matrix( lp.get(), ia.size() - 1, ia.data(), ja.data(), ar.data() );
      glp_smcp parm;
      glp_init_smcp( &parm );
      parm.msg_lev = GLP_MSG_OFF;
      parm.meth = GLP_DUALP;
      const int ret = glp_simplex( lp.get(), &parm );
      ++*lpCount;
      if ( ret != 0 || glp_get_status( lp.get() ) != GLP_OPT )
        return false;
      for ( int c = 0; c < n; ++c )
        ( *levels )[c] = std::clamp( glp_get_col_prim( lp.get(), c + 1 ), groups.at( c ).lower, 1.0 );
      return true;
    }

    /**
     * Adaptive dimming of every lit street in every band. The LP is separable by street and
     * its data depend on the band only through the required ratio, so each street solves one
     * small LP per distinct ratio (a handful of classes), shared by the bands that need it.
     */
    bool runDimming( const Inventory &inventory, const QVector<TimeBand> &bands, const QVector<SegmentClasses> &classes,
                     const OptimisationParameters &parameters, DimmingOutput *out, QString *error, Tracker *tracker,
                     bool withCompliance = true )
    {
      const int bandCount = bands.size();
      out->bandKw.fill( 0.0, bandCount );
      auto cancelled = [&]
      {
        if ( !tracker || !tracker->cancelled() )
          return false;
        if ( error )
          *error = QCoreApplication::translate( "vigie::lighting", "optimisation cancelled" );
        return true;
      };
      const QVector<QVector<Group>> groups = buildGroups( inventory, tracker );
      if ( cancelled() )
        return false;
      out->kwh.fill( 0.0, inventory.luminaires.size() );
      out->eur.fill( 0.0, inventory.luminaires.size() );
      if ( withCompliance )
        out->levels.fill( 1.0f, inventory.luminaires.size() * bandCount );
      out->compliance.clear();
      const double rho = std::clamp( parameters.uniformityGuard, 0.0, 1.0 );

      // luminaires linked to no street: full power whenever lit
      double fullKwh = 0, fullEur = 0; // per W
      for ( const TimeBand &band : bands )
      {
        fullKwh += band.hours / 1000.0;
        fullEur += band.hours / 1000.0 * band.price;
      }
      for ( int i = 0; i < inventory.luminaires.size(); ++i )
      {
        const Luminaire &l = inventory.luminaires.at( i );
        if ( l.segment >= 0 )
          continue;
        out->kwh[i] = fullKwh * l.systemPowerW();
        out->eur[i] = fullEur * l.systemPowerW();
        for ( double &kw : out->bandKw )
          kw += l.systemPowerW() / 1000.0;
      }

      // compliance table: band by band, lit streets in inventory order
      int litStreets = 0;
      for ( const QVector<Group> &street : groups )
        litStreets += street.isEmpty() ? 0 : 1;
      if ( cancelled() )
        return false;
      if ( withCompliance )
        out->compliance.resize( litStreets * bandCount );
      int litIndex = -1;
      QVector<double> required( bandCount );
      QVector<StreetLevels> solved;
      QVector<LpGroup> lpGroups;
      QVector<double> x;
      QVector<double> groupKwh, groupEur; // per W of the group
      for ( int s = 0; s < inventory.segments.size(); ++s )
      {
        if ( tracker && s % kPollStreets == 0 )
        {
          if ( cancelled() )
            return false;
          tracker->report( static_cast<double>( s ) / inventory.segments.size() );
        }
        const QVector<Group> &street = groups.at( s );
        if ( street.isEmpty() )
          continue;
        ++litIndex;
        const SegmentClasses &c = classes.at( s );
        const ClassRequirement *design = classRequirement( c.design.lightingClass );
        double total = 0, fixed = 0;
        bool hasFixed = false;
        lpGroups.clear();
        for ( const Group &g : street )
        {
          total += g.flux;
          if ( !g.dimmable )
          {
            fixed += g.flux;
            hasFixed = true;
          }
        }
        for ( const Group &g : street )
        {
          if ( g.dimmable )
            lpGroups.append( { total > 0 ? g.flux / total : 0.0, g.power * ( 1.0 - g.floor ), g.minimum } );
        }
        for ( LpGroup &g : lpGroups )
          g.lower = std::max( g.lower, hasFixed ? rho : 0.0 );
        solved.clear();
        groupKwh.fill( 0.0, street.size() );
        groupEur.fill( 0.0, street.size() );
        for ( int b = 0; b < bandCount; ++b )
        {
          const TimeBand &band = bands.at( b );
          const ClassRequirement *now = classRequirement( c.bandClass.at( b ) );
          required[b] = design && now && design->average > 0 ? std::min( 1.0, now->average / design->average ) : 1.0;
          const bool off = band.switchOff && c.design.lightingClass.family == ClassFamily::P;
          // levels of the street's groups in this band
          x.fill( off ? 0.0 : 1.0, street.size() );
          if ( !off && !lpGroups.isEmpty() )
          {
            auto it = std::find_if( solved.begin(), solved.end(), [&]( const StreetLevels &l ) { return l.ratio == required[b]; } );
            if ( it == solved.end() )
            {
              StreetLevels l;
              l.ratio = required[b];
              if ( !solveStreet( lpGroups, required[b] - ( total > 0 ? fixed / total : 0.0 ), rho, &l.levels, &out->lpCount ) )
              {
                if ( error )
                  *error = QCoreApplication::translate( "vigie::lighting", "dimming LP of street %1 in band %2 not solved" )
                               .arg( inventory.segments.at( s ).id, band.label() );
                return false;
              }
              // rounding: lift the street when its average misses by a rounding error (the same lift keeps x_g ≥ ρ x_h)
              double delivered = total > 0 ? fixed / total : 1.0, dimmableShare = 0;
              for ( int k = 0; k < lpGroups.size(); ++k )
              {
                delivered += lpGroups.at( k ).share * l.levels.at( k );
                dimmableShare += lpGroups.at( k ).share;
              }
              const double missing = required[b] - delivered;
              if ( missing > 0 && dimmableShare > 0 )
              {
                for ( double &v : l.levels )
                  v = std::min( 1.0, v + missing / dimmableShare + 1e-12 );
              }
              solved.append( l );
              it = solved.end() - 1;
            }
            int k = 0;
            for ( int g = 0; g < street.size(); ++g )
            {
              if ( street.at( g ).dimmable )
                x[g] = it->levels.at( k++ );
            }
          }
          double delivered = 0, lowest = 1, highest = 0;
          for ( int g = 0; g < street.size(); ++g )
          {
            const Group &group = street.at( g );
            const double perW = x.at( g ) > 0 ? ( group.floor + ( 1.0 - group.floor ) * x.at( g ) ) * band.hours / 1000.0 : 0.0;
            groupKwh[g] += perW;
            groupEur[g] += perW * band.price;
            out->bandKw[b] += x.at( g ) > 0 ? group.power / 1000.0 * ( group.floor + ( 1.0 - group.floor ) * x.at( g ) ) : 0.0;
            delivered += group.flux * x.at( g );
            lowest = std::min( lowest, x.at( g ) );
            highest = std::max( highest, x.at( g ) );
            if ( withCompliance )
            {
              for ( const int i : group.luminaires )
                out->levels[i * bandCount + b] = static_cast<float>( x.at( g ) );
            }
          }
          if ( withCompliance )
          {
            ComplianceCell &cell = out->compliance[b * litStreets + litIndex];
            cell.segment = s;
            cell.band = b;
            cell.required = c.bandClass.at( b );
            cell.requiredRatio = required.at( b );
            cell.switchedOff = off;
            cell.deliveredRatio = total > 0 ? delivered / total : 1.0;
            cell.uniformityRatio = highest > 0 ? lowest / highest : 1.0;
            const double tolerance = 1e-7;
            cell.compliant = off || ( cell.deliveredRatio >= cell.requiredRatio - tolerance && cell.uniformityRatio >= rho - tolerance );
          }
        }
        for ( int g = 0; g < street.size(); ++g )
        {
          for ( const int i : street.at( g ).luminaires )
          {
            const double w = inventory.luminaires.at( i ).systemPowerW();
            out->kwh[i] = groupKwh.at( g ) * w;
            out->eur[i] = groupEur.at( g ) * w;
          }
        }
      }
      return true;
    }

    //! The inventory with the luminaires of \a convert (all non-LED when empty and \a all) turned into dimmable LED.
    Inventory converted( const Inventory &inventory, const RetrofitParameters &retrofit, const QVector<bool> &convert )
    {
      Inventory out = inventory;
      for ( int i = 0; i < out.luminaires.size(); ++i )
      {
        Luminaire &l = out.luminaires[i];
        if ( !convert.at( i ) )
          continue;
        const double flux = l.flux();
        l.technology = Technology::Led;
        l.powerW = flux / retrofit.ledEfficacy;
        l.driverLossW = l.powerW * retrofit.ledDriverLoss;
        l.control = Control::Dali;
      }
      return out;
    }

    Figures figures( const QVector<double> &kwh, const QVector<double> &eur, double co2 )
    {
      Figures f;
      for ( const double v : kwh )
        f.kwh += v;
      for ( const double v : eur )
        f.eur += v;
      f.tco2 = f.kwh * co2 / 1000.0;
      return f;
    }

    //! What the MILP rounding heuristic needs to know about the columns.
    struct RetrofitColumns
    {
      QVector<int> unit;
      QVector<int> year;
      QVector<double> cost;
      QVector<double> npv;
      QVector<int> order; //!< columns by NPV per euro, best first (sorted once)
      int units = 0;
      int years = 0;
      double budget = 0;
      Tracker *tracker = nullptr;
    };

    /**
     * GLPK callback: at each node, round the LP relaxation down (a multi-knapsack LP has at
     * most one fractional column per budget row) and fill what budget is left greedily by
     * NPV per euro. This gives branch and cut an incumbent within a few units of the LP
     * bound at the root, so it can stop as soon as the gap is below mip_gap.
     */
    void roundingHeuristic( glp_tree *tree, void *info )
    {
      const RetrofitColumns &data = *static_cast<const RetrofitColumns *>( info );
      // every call (several per node) is a chance to stop branch and cut
      if ( data.tracker && data.tracker->cancelled() )
      {
        glp_ios_terminate( tree );
        return;
      }
      if ( glp_ios_reason( tree ) != GLP_IHEUR )
        return;
      glp_prob *lp = glp_ios_get_prob( tree );
      const int n = glp_get_num_cols( lp );
      std::vector<double> x( n + 1, 0.0 );
      QVector<double> spent( data.years, 0.0 );
      QVector<bool> used( data.units, false );
      for ( int j = 1; j <= n; ++j )
      {
        if ( glp_get_col_prim( lp, j ) > 1.0 - 1e-9 )
        {
          x[j] = 1.0;
          spent[data.year.at( j - 1 )] += data.cost.at( j - 1 );
          used[data.unit.at( j - 1 )] = true;
        }
      }
      for ( const int j : data.order )
      {
        if ( x[j + 1] > 0.5 || used.at( data.unit.at( j ) ) || spent.at( data.year.at( j ) ) + data.cost.at( j ) > data.budget + 1e-6 )
          continue;
        x[j + 1] = 1.0;
        spent[data.year.at( j )] += data.cost.at( j );
        used[data.unit.at( j )] = true;
      }
      glp_ios_heur_sol( tree, x.data() );
    }

    struct Unit
    {
      QString id;
      QVector<int> luminaires; //!< non-LED luminaires converted with the unit
      double cost = 0;
      double subsidy = 0;
      double eurSaving = 0;
      double kwhSaving = 0;
    };
  } // namespace

  QString TimeBand::label() const
  {
    auto clock = []( int minutesAfterNoon )
    {
      const int m = ( minutesAfterNoon + 720 ) % 1440;
      return QStringLiteral( "%1:%2" ).arg( m / 60, 2, 10, QLatin1Char( '0' ) ).arg( m % 60, 2, 10, QLatin1Char( '0' ) );
    };
    return clock( start ) + QLatin1Char( '-' ) + clock( end );
  }

  QVector<TimeBand> nightBands( const Inventory &inventory, const OptimisationParameters &parameters )
  {
    std::set<int> cuts;
    for ( int m = 0; m <= 1440; m += 60 )
      cuts.insert( m );
    cuts.insert( afterNoon( parameters.energy.offPeakStart ) );
    cuts.insert( afterNoon( parameters.energy.offPeakEnd ) );
    if ( parameters.hasSwitchOff() )
    {
      cuts.insert( afterNoon( parameters.switchOffStart ) );
      cuts.insert( afterNoon( parameters.switchOffEnd ) );
    }
    const QVector<int> boundaries( cuts.begin(), cuts.end() );
    const OperatingCalendar calendar =
        OperatingCalendar::compute( inventory.latitude, inventory.longitude, parameters.energy.year, parameters.energy.timeZone,
                                    parameters.energy.switchZenith, parameters.energy.switchOffsetMinutes );
    const QVector<double> hours = calendar.bandHours( boundaries );
    QVector<TimeBand> bands;
    for ( int i = 0; i + 1 < boundaries.size(); ++i )
    {
      if ( hours.at( i ) <= 0 )
        continue;
      TimeBand band;
      band.start = boundaries.at( i );
      band.end = boundaries.at( i + 1 );
      band.hours = hours.at( i );
      const bool offPeak = inWindow( band.start, parameters.energy.offPeakStart, parameters.energy.offPeakEnd );
      band.price = offPeak ? parameters.energy.offPeakPrice : parameters.energy.peakPrice;
      band.switchOff = parameters.hasSwitchOff() && inWindow( band.start, parameters.switchOffStart, parameters.switchOffEnd );
      bands.append( band );
    }
    return bands;
  }

  namespace
  {
    //! segmentClasses() with cancellation polls and progress: empty when cancelled.
    QVector<SegmentClasses> classesOf( const Inventory &inventory, const QVector<TimeBand> &bands, Tracker *tracker )
    {
      QVector<SegmentClasses> result( inventory.segments.size() );
      // the explained selection depends on a few parameters only: streets with default traffic share it
      std::map<std::tuple<int, double, double, double, int, int, int, int, int>, ClassChoice> explained;
      // translated once, filled with one multi-argument arg() per street
      const QString format = QCoreApplication::translate( "vigie::lighting", "%1 %2, %3 km/h, %4 veh/day (%5), busiest lit band %6: %7" );
      const QString measured = QCoreApplication::translate( "vigie::lighting", "measured count" ),
                    street = QCoreApplication::translate( "vigie::lighting", "street" );
      QHash<int, QString> defaults;
      QStringList labels;
      for ( const TimeBand &band : bands )
        labels << band.label();
      for ( int s = 0; s < inventory.segments.size(); ++s )
      {
        if ( tracker && s % kPollStreets == 0 )
        {
          if ( tracker->cancelled() )
            return {};
          tracker->report( static_cast<double>( s ) / inventory.segments.size() );
        }
        const RoadSegment &segment = inventory.segments.at( s );
        SegmentClasses &c = result[s];
        RoadParameters parameters = RoadParameters::forCategory( segment.category, segment.speedKmh );
        int designBand = -1;
        QVector<ClassChoice> choices;
        for ( int b = 0; b < bands.size(); ++b )
        {
          parameters.trafficPerHour = bandTraffic( segment, bands.at( b ) );
          choices.append( selectClass( parameters, false ) );
          if ( designBand < 0 || choices.constLast().lightingClass.number < choices.at( designBand ).lightingClass.number )
            designBand = b;
        }
        if ( designBand < 0 )
        {
          parameters.trafficPerHour = segment.hourlyTraffic.value( 18 );
          choices.append( selectClass( parameters ) );
          designBand = 0;
        }
        if ( !bands.isEmpty() )
          parameters.trafficPerHour = bandTraffic( segment, bands.at( designBand ) );
        {
          // the explanation shows the traffic rounded to a vehicle: the key has the rounded value and the exact weight sum
          const double weightSum = selectClass( parameters, false ).weightSum;
          const auto key = std::make_tuple(
              static_cast<int>( parameters.family ), parameters.speedKmh, std::round( parameters.trafficPerHour ), weightSum,
              static_cast<int>( parameters.composition ), parameters.separatedCarriageways ? 1 : 0, parameters.highJunctionDensity ? 1 : 0,
              parameters.parkedVehicles ? 1 : 0, static_cast<int>( parameters.ambient ) * 4 + parameters.navigation );
          auto it = explained.find( key );
          if ( it == explained.end() )
            it = explained.emplace( key, selectClass( parameters ) ).first;
          c.design = it->second; // with its explanation
        }
        auto source = defaults.find( static_cast<int>( segment.category ) );
        if ( source == defaults.end() )
          source = defaults.insert(
              static_cast<int>( segment.category ),
              QCoreApplication::translate( "vigie::lighting", "default for a %1" ).arg( roadCategoryName( segment.category ) ) );
        c.design.explanation =
            format.arg( segment.roadType.isEmpty() ? street : segment.roadType, segment.name, QString::number( segment.speedKmh ),
                        QString::number( std::round( segment.dailyTraffic ) ), segment.measuredTraffic ? measured : *source,
                        labels.isEmpty() ? QString() : labels.at( std::min<int>( designBand, labels.size() - 1 ) ), c.design.explanation );
        const QVector<ClassRequirement> &table = classRequirements( parameters.family );
        const int best = table.constFirst().lightingClass.number, worst = table.constLast().lightingClass.number;
        for ( int b = 0; b < bands.size(); ++b )
        {
          LightingClass bandClass = choices.at( b ).lightingClass;
          if ( segment.classOverride )
          {
            // the user's class at design, lowered by the same number of steps as the selection
            bandClass.family = segment.overrideClass.family;
            bandClass.number =
                segment.overrideClass.number + ( choices.at( b ).lightingClass.number - choices.at( designBand ).lightingClass.number );
            const QVector<ClassRequirement> &own = classRequirements( bandClass.family );
            bandClass.number = std::clamp( bandClass.number, own.constFirst().lightingClass.number, own.constLast().lightingClass.number );
          }
          else
            bandClass.number = std::clamp( bandClass.number, best, worst );
          c.bandClass.append( bandClass );
        }
        if ( segment.classOverride )
        {
          c.design.lightingClass = segment.overrideClass;
          c.design.explanation =
              QCoreApplication::translate( "vigie::lighting", "%1: set by the user (field lighting_class); selection would give %2" )
                  .arg( segment.overrideClass.name(), c.design.explanation );
        }
      }
      return result;
    }
  } // namespace

  QVector<SegmentClasses> segmentClasses( const Inventory &inventory, const QVector<TimeBand> &bands )
  {
    return classesOf( inventory, bands, nullptr );
  }

  bool optimise( const Inventory &inventory, const OptimisationParameters &parameters, OptimisationResult *result, QString *errorMessage )
  {
    return optimise( inventory, parameters, OptimisationControl(), result, errorMessage ) == OptimisationStatus::Done;
  }

  OptimisationStatus optimise( const Inventory &inventory, const OptimisationParameters &parameters, const OptimisationControl &control,
                               OptimisationResult *result, QString *errorMessage )
  {
    QElapsedTimer timer;
    timer.start();
    Tracker tracker( &control );
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = tracker.wasCancelled() ? QCoreApplication::translate( "vigie::lighting", "optimisation cancelled" ) : message;
      return tracker.wasCancelled() ? OptimisationStatus::Cancelled : OptimisationStatus::Failed;
    };
    auto stop = [&]() { return tracker.cancelled(); };
    const RetrofitParameters &rp = parameters.retrofit;
    if ( !( rp.budgetPerYear >= 0 ) || !std::isfinite( rp.budgetPerYear ) )
      return fail( QCoreApplication::translate( "vigie::lighting", "the yearly budget must be a positive amount of euros, not %1" )
                       .arg( rp.budgetPerYear ) );
    if ( rp.years < 1 || rp.years > 50 )
      return fail( QCoreApplication::translate( "vigie::lighting", "the plan must last 1 to 50 years, not %1" ).arg( rp.years ) );
    if ( rp.ledEfficacy <= 0 || rp.costPerLuminaire < 0 || rp.costPerCabinet < 0 || rp.ceePerLuminaire < 0 || rp.discountRate <= -1 )
      return fail( QCoreApplication::translate( "vigie::lighting",
                                                "invalid retrofit parameters (LED efficacy, costs, subsidies or discount rate)" ) );
    if ( parameters.energy.peakPrice < 0 || parameters.energy.offPeakPrice < 0 || parameters.energy.co2KgPerKwh < 0 )
      return fail( QCoreApplication::translate( "vigie::lighting", "tariffs and the CO₂ factor must not be negative" ) );
    if ( inventory.luminaires.isEmpty() )
      return fail( QCoreApplication::translate( "vigie::lighting", "the inventory has no luminaire" ) );

    // shares of the run's time (measured on the 300,000-point bench inventory), for the progress fraction
    const bool retrofit = rp.budgetPerYear > 0;
    const double weights[] = { 0.3, 0.2, retrofit ? 0.15 : 0.0, retrofit ? 0.1 : 0.0, retrofit ? 0.25 : 0.0 };
    double total = 0;
    for ( const double w : weights )
      total += w;
    double end = 0;
    auto nextStage = [&]( int index, const QString &step )
    {
      end += weights[index] / total;
      tracker.stage( std::min( 1.0, end ), step );
    };

    OptimisationResult r;
    nextStage( 0, QCoreApplication::translate( "vigie::lighting", "lighting classes" ) );
    if ( stop() )
      return fail( QString() );
    r.bands = nightBands( inventory, parameters );
    for ( const TimeBand &b : std::as_const( r.bands ) )
      r.yearlyHours += b.hours;
    r.classes = classesOf( inventory, r.bands, &tracker );
    if ( stop() )
      return fail( QString() );
    const double co2 = parameters.energy.co2KgPerKwh;

    // baseline: full power all night
    {
      double hours = 0, hoursPrice = 0; // per kW
      for ( const TimeBand &b : std::as_const( r.bands ) )
      {
        hours += b.hours;
        hoursPrice += b.hours * b.price;
      }
      double kw = 0;
      for ( const Luminaire &l : inventory.luminaires )
        kw += l.systemPowerW() / 1000.0;
      r.baseline.kwh = kw * hours;
      r.baseline.eur = kw * hoursPrice;
      r.baseline.tco2 = r.baseline.kwh * co2 / 1000.0;
      r.nightProfile.fill( BandPower(), r.bands.size() );
      for ( BandPower &p : r.nightProfile )
        p.beforeKw = kw;
    }

    QString error;
    DimmingOutput today;
    QElapsedTimer dimmingTimer;
    dimmingTimer.start();
    nextStage( 1, QCoreApplication::translate( "vigie::lighting", "dimming of today's luminaires" ) );
    if ( !runDimming( inventory, r.bands, r.classes, parameters, &today, &error, &tracker ) )
      return fail( error );
    r.dimmingSeconds += dimmingTimer.nsecsElapsed() / 1e9;
    r.lpCount += today.lpCount;
    r.dimmingOnly = figures( today.kwh, today.eur, co2 );
    for ( int b = 0; b < r.nightProfile.size(); ++b )
      r.nightProfile[b].dimmingOnlyKw = today.bandKw.value( b );
    const double dimmingSaving = r.baseline.eur - r.dimmingOnly.eur;
    const double dimmingKwhSaving = r.baseline.kwh - r.dimmingOnly.kwh;

    QVector<bool> chosen( inventory.luminaires.size(), false );
    r.retrofitYear.fill( 0, inventory.luminaires.size() );
    if ( retrofit )
    {
      // savings of every luminaire if it were LED: the dimming LPs of the all-LED inventory
      QVector<bool> all( inventory.luminaires.size() );
      for ( int i = 0; i < inventory.luminaires.size(); ++i )
        all[i] = inventory.luminaires.at( i ).technology != Technology::Led;
      DimmingOutput allLed;
      dimmingTimer.restart();
      nextStage( 2, QCoreApplication::translate( "vigie::lighting", "dimming of an all-LED inventory" ) );
      {
        const Inventory led = converted( inventory, rp, all );
        if ( stop() || !runDimming( led, r.bands, r.classes, parameters, &allLed, &error, &tracker, false ) )
          return fail( error );
      }
      r.dimmingSeconds += dimmingTimer.nsecsElapsed() / 1e9;
      r.lpCount += allLed.lpCount;

      QElapsedTimer retrofitTimer;
      retrofitTimer.start();
      nextStage( 3, QCoreApplication::translate( "vigie::lighting", "retrofit plan (GLPK)" ) );
      QVector<Unit> units;
      QHash<QString, int> unitIndex;
      for ( int i = 0; i < inventory.luminaires.size(); ++i )
      {
        if ( i % kPollLuminaires == 0 && stop() )
          return fail( QString() );
        if ( !all.at( i ) )
          continue;
        const Luminaire &l = inventory.luminaires.at( i );
        QString id;
        if ( !rp.byCabinet )
          id = l.id;
        else if ( !l.cabinet.isEmpty() )
          id = l.cabinet;
        else
          id =
              QCoreApplication::translate( "vigie::lighting", "street %1" )
                  .arg( l.segment >= 0 ? inventory.segments.at( l.segment ).id : QCoreApplication::translate( "vigie::lighting", "none" ) );
        auto it = unitIndex.find( id );
        if ( it == unitIndex.end() )
        {
          it = unitIndex.insert( id, units.size() );
          Unit u;
          u.id = id;
          u.cost = rp.byCabinet ? rp.costPerCabinet : 0;
          units.append( u );
        }
        Unit &u = units[*it];
        u.luminaires.append( i );
        u.cost += rp.costPerLuminaire;
        u.subsidy += rp.ceePerLuminaire;
        u.eurSaving += today.eur.at( i ) - allLed.eur.at( i );
        u.kwhSaving += today.kwh.at( i ) - allLed.kwh.at( i );
      }
      r.unitsConsidered = units.size();
      double cheapest = std::numeric_limits<double>::max();
      for ( const Unit &u : std::as_const( units ) )
        cheapest = std::min( cheapest, u.cost );
      if ( !units.isEmpty() && cheapest > rp.budgetPerYear )
        return fail(
            QCoreApplication::translate( "vigie::lighting",
                                         "infeasible budget: %1 € per year cannot convert even the cheapest %2 (%3 €, %4)" )
                .arg( rp.budgetPerYear, 0, 'f', 0 )
                .arg( rp.byCabinet ? QCoreApplication::translate( "vigie::lighting", "cabinet" )
                                   : QCoreApplication::translate( "vigie::lighting", "luminaire" ) )
                .arg( cheapest, 0, 'f', 0 )
                .arg( units
                          .at( static_cast<int>( std::min_element( units.cbegin(), units.cend(),
                                                                   []( const Unit &a, const Unit &b ) { return a.cost < b.cost; } ) -
                                                 units.cbegin() ) )
                          .id ) );

      // columns x_uy with a positive NPV
      const double delta = 1.0 / ( 1.0 + rp.discountRate );
      QVector<double> discount( rp.horizonYears + 2 );
      for ( int t = 0; t < discount.size(); ++t )
        discount[t] = std::pow( delta, t );
      struct Column
      {
        int unit;
        int year;
        double npv;
      };
      QVector<Column> columns;
      for ( int u = 0; u < units.size(); ++u )
      {
        for ( int y = 0; y < rp.years; ++y )
        {
          double annuity = 0;
          for ( int t = y + 1; t <= rp.horizonYears; ++t )
            annuity += discount.value( t );
          const double npv = units.at( u ).eurSaving * annuity - ( units.at( u ).cost - units.at( u ).subsidy ) * discount.value( y );
          if ( npv > 1e-6 )
            columns.append( { u, y, npv } );
        }
      }
      if ( stop() )
        return fail( QString() );
      if ( !columns.isEmpty() )
      {
        std::unique_ptr<glp_prob, GlpDeleter> mip( glp_create_prob() );
        glp_set_obj_dir( mip.get(), GLP_MAX );
        glp_add_cols( mip.get(), columns.size() );
        for ( int c = 0; c < columns.size(); ++c )
        {
          glp_set_col_bnds( mip.get(), c + 1, GLP_DB, 0.0, 1.0 );
          glp_set_obj_coef( mip.get(), c + 1, columns.at( c ).npv );
        }
        QVector<int> ia( 1, 0 ), ja( 1, 0 );
        QVector<double> ar( 1, 0.0 );
        // each unit at most once
        QVector<QVector<int>> unitColumns( units.size() );
        QVector<int> unitRow( units.size(), 0 );
        for ( int c = 0; c < columns.size(); ++c )
          unitColumns[columns.at( c ).unit].append( c );
        for ( int u = 0; u < units.size(); ++u )
        {
          if ( unitColumns.at( u ).size() < 2 )
            continue;
          const int row = glp_add_rows( mip.get(), 1 );
          unitRow[u] = row;
          glp_set_row_bnds( mip.get(), row, GLP_UP, 0, 1 );
          for ( const int c : unitColumns.at( u ) )
          {
            ia << row;
            ja << c + 1;
            ar << 1.0;
          }
        }
        // yearly budget
        for ( int y = 0; y < rp.years; ++y )
        {
          const int row = glp_add_rows( mip.get(), 1 );
          glp_set_row_bnds( mip.get(), row, GLP_UP, 0, rp.budgetPerYear );
          for ( int c = 0; c < columns.size(); ++c )
          {
            if ( columns.at( c ).year != y )
              continue;
            ia << row;
            ja << c + 1;
            ar << units.at( columns.at( c ).unit ).cost;
          }
        }
        glp_load_matrix( mip.get(), ia.size() - 1, ia.data(), ja.data(), ar.data() );
        // warm start: the basis of the greedy plan (best NPV per euro first, while the year's
        // budget lasts) is primal feasible; from the all-slack basis the simplex needs about
        // one pivot per unit, from this one only the exchanges that improve the NPV
        QVector<int> greedyOrder( columns.size() );
        for ( int c = 0; c < columns.size(); ++c )
          greedyOrder[c] = c;
        std::sort( greedyOrder.begin(), greedyOrder.end(),
                   [&]( int a, int b )
                   {
                     return columns.at( a ).npv / std::max( 1.0, units.at( columns.at( a ).unit ).cost ) >
                            columns.at( b ).npv / std::max( 1.0, units.at( columns.at( b ).unit ).cost );
                   } );
        {
          QVector<double> spent( rp.years, 0.0 );
          QVector<bool> used( units.size(), false );
          for ( int row = 1; row <= glp_get_num_rows( mip.get() ); ++row )
            glp_set_row_stat( mip.get(), row, GLP_BS );
          for ( int c = 0; c < columns.size(); ++c )
            glp_set_col_stat( mip.get(), c + 1, GLP_NL );
          for ( const int c : std::as_const( greedyOrder ) )
          {
            const Column &col = columns.at( c );
            const double cost = units.at( col.unit ).cost;
            if ( used.at( col.unit ) || spent.at( col.year ) + cost > rp.budgetPerYear )
              continue;
            used[col.unit] = true;
            spent[col.year] += cost;
            if ( unitRow.at( col.unit ) > 0 )
            {
              // x = 1 basic, the unit's row at its bound 1
              glp_set_col_stat( mip.get(), c + 1, GLP_BS );
              glp_set_row_stat( mip.get(), unitRow.at( col.unit ), GLP_NU );
            }
            else
              glp_set_col_stat( mip.get(), c + 1, GLP_NU ); // a single column: at its upper bound
          }
        }
        if ( stop() )
          return fail( QString() );
        glp_smcp smcp;
        glp_init_smcp( &smcp );
        smcp.msg_lev = GLP_MSG_OFF;
        int lpRet = chunkedSimplex( mip.get(), &smcp, &tracker );
        if ( lpRet == GLP_EBADB || lpRet == GLP_ESING || lpRet == GLP_ECOND )
        {
          glp_std_basis( mip.get() ); // the warm start was refused: from the standard basis
          lpRet = chunkedSimplex( mip.get(), &smcp, &tracker );
        }
        if ( stop() )
          return fail( QString() );
        if ( lpRet != 0 || glp_get_status( mip.get() ) != GLP_OPT )
          return fail( QCoreApplication::translate( "vigie::lighting", "the LP relaxation of the retrofit plan was not solved" ) );
        r.lpBound = glp_get_obj_val( mip.get() );
        tracker.report( 0.5 );
        for ( int c = 0; c < columns.size(); ++c )
          glp_set_col_kind( mip.get(), c + 1, GLP_BV );
        glp_iocp iocp;
        glp_init_iocp( &iocp );
        iocp.msg_lev = GLP_MSG_OFF;
        iocp.mip_gap = rp.mipGap;
        iocp.tm_lim = static_cast<int>( rp.timeLimitSeconds * 1000 );
        iocp.br_tech = GLP_BR_DTH;
        iocp.bt_tech = GLP_BT_BLB;
        RetrofitColumns data;
        data.units = units.size();
        data.years = rp.years;
        data.budget = rp.budgetPerYear;
        for ( const Column &c : std::as_const( columns ) )
        {
          data.unit.append( c.unit );
          data.year.append( c.year );
          data.cost.append( units.at( c.unit ).cost );
          data.npv.append( c.npv );
        }
        data.order = greedyOrder;
        data.tracker = &tracker;
        iocp.cb_func = roundingHeuristic;
        iocp.cb_info = &data;
        const int ret = glp_intopt( mip.get(), &iocp );
        if ( ret == GLP_ESTOP || stop() )
          return fail( QString() );
        const int status = glp_mip_status( mip.get() );
        if ( status != GLP_OPT && status != GLP_FEAS )
          return fail( QCoreApplication::translate( "vigie::lighting", "the retrofit MILP found no plan (GLPK code %1, status %2)" )
                           .arg( ret )
                           .arg( status ) );
        r.retrofitOptimal = ( status == GLP_OPT && ret == 0 ) || ret == GLP_EMIPGAP;
        r.npv = glp_mip_obj_val( mip.get() );
        r.gap = r.lpBound > 0 ? ( r.lpBound - r.npv ) / r.lpBound : 0;
        r.plan.resize( rp.years );
        for ( int y = 0; y < rp.years; ++y )
          r.plan[y].year = parameters.energy.year + y;
        for ( int c = 0; c < columns.size(); ++c )
        {
          if ( glp_mip_col_val( mip.get(), c + 1 ) < 0.5 )
            continue;
          const Unit &u = units.at( columns.at( c ).unit );
          PlanYear &p = r.plan[columns.at( c ).year];
          ++p.units;
          p.luminaires += u.luminaires.size();
          p.cost += u.cost;
          p.subsidies += u.subsidy;
          p.kwhSaved += u.kwhSaving;
          p.eurSaved += u.eurSaving;
          p.unitIds << u.id;
          for ( const int i : u.luminaires )
          {
            chosen[i] = true;
            r.retrofitYear[i] = p.year;
          }
        }
        int luminaires = 0;
        double net = 0, eur = dimmingSaving, kwh = dimmingKwhSaving;
        for ( PlanYear &p : r.plan )
        {
          p.unitIds.sort();
          r.investment += p.cost;
          r.subsidies += p.subsidies;
          luminaires += p.luminaires;
          net += p.cost - p.subsidies;
          eur += p.eurSaved;
          kwh += p.kwhSaved;
          p.luminairesToDate = luminaires;
          p.netInvestmentToDate = net;
          p.eurSavedPerYearToDate = eur;
          p.kwhSavedPerYearToDate = kwh;
        }
        r.convertedLuminaires = luminaires;
      }
      r.retrofitSeconds = retrofitTimer.nsecsElapsed() / 1e9;
    }

    // after the plan: converted luminaires with today's others, dimmed (today's figures when nothing is converted)
    DimmingOutput after;
    if ( r.convertedLuminaires > 0 )
    {
      dimmingTimer.restart();
      nextStage( 4, QCoreApplication::translate( "vigie::lighting", "dimming after the plan" ) );
      const Inventory planned = converted( inventory, rp, chosen );
      if ( stop() || !runDimming( planned, r.bands, r.classes, parameters, &after, &error, &tracker ) )
        return fail( error );
      r.dimmingSeconds += dimmingTimer.nsecsElapsed() / 1e9;
      r.lpCount += after.lpCount;
    }
    else
      after = today;
    r.optimised = figures( after.kwh, after.eur, co2 );
    for ( int b = 0; b < r.nightProfile.size(); ++b )
      r.nightProfile[b].afterKw = after.bandKw.value( b );
    r.savingRatio = r.baseline.kwh > 0 ? 1.0 - r.optimised.kwh / r.baseline.kwh : 0;
    r.compliance = after.compliance;
    r.levels = after.levels;
    // both schedules must be compliant: today's luminaires dimmed, and after the plan
    for ( const ComplianceCell &cell : std::as_const( today.compliance ) )
    {
      if ( !cell.compliant )
        return fail(
            QCoreApplication::translate(
                "vigie::lighting",
                "internal error: the dimming of today's luminaires breaks the class of street %1 in band %2 (%3 < %4 or uniformity %5)" )
                .arg( inventory.segments.at( cell.segment ).id, r.bands.at( cell.band ).label() )
                .arg( cell.deliveredRatio, 0, 'g', 12 )
                .arg( cell.requiredRatio, 0, 'g', 12 )
                .arg( cell.uniformityRatio, 0, 'g', 12 ) );
    }
    for ( const ComplianceCell &cell : std::as_const( r.compliance ) )
      r.compliantCells += cell.compliant ? 1 : 0;
    r.complianceRatio = r.compliance.isEmpty() ? 1.0 : static_cast<double>( r.compliantCells ) / r.compliance.size();
    const double retrofitSaving = r.dimmingOnly.eur - r.optimised.eur;
    r.paybackYears = retrofitSaving > 0 ? ( r.investment - r.subsidies ) / retrofitSaving : 0;
    // investment against savings: dimming saves from the first year, a conversion from the year after it
    {
      const int planYears = r.plan.size();
      const int horizon = std::max( planYears, rp.horizonYears );
      double invested = 0, saved = 0;
      for ( int y = 0; y < horizon; ++y )
      {
        if ( y < planYears )
          invested += r.plan.at( y ).cost - r.plan.at( y ).subsidies;
        saved += y == 0 || planYears == 0 ? dimmingSaving : r.plan.at( std::min( y - 1, planYears - 1 ) ).eurSavedPerYearToDate;
        r.cashFlow.append( { parameters.energy.year + y, invested, saved } );
      }
    }
    if ( stop() )
      return fail( QString() );
    tracker.finish();
    r.seconds = timer.nsecsElapsed() / 1e9;
    *result = std::move( r );
    return OptimisationStatus::Done;
  }

  void meanLuminairePower( const Inventory &inventory, const OptimisationParameters &parameters, const OptimisationResult &result,
                           QVector<double> *before, QVector<double> *after )
  {
    const int count = inventory.luminaires.size();
    QVector<bool> convert( count, false );
    for ( int i = 0; i < count; ++i )
      convert[i] = result.retrofitYear.value( i ) > 0;
    const Inventory planned = converted( inventory, parameters.retrofit, convert );
    const int bandCount = result.bands.size();
    double hours = 0;
    for ( const TimeBand &band : result.bands )
      hours += band.hours;
    if ( before )
      before->resize( count );
    if ( after )
      after->resize( count );
    for ( int i = 0; i < count; ++i )
    {
      if ( before )
        ( *before )[i] = inventory.luminaires.at( i ).systemPowerW();
      if ( !after )
        continue;
      const Luminaire &l = planned.luminaires.at( i );
      if ( hours <= 0 )
      {
        ( *after )[i] = l.systemPowerW();
        continue;
      }
      // power at level x: P (a + (1 - a) x), nothing when switched off (as in the dimming energy sums)
      const double floor = l.powerFloor();
      double energy = 0;
      for ( int b = 0; b < bandCount; ++b )
      {
        const int index = i * bandCount + b;
        const double x = index < result.levels.size() ? static_cast<double>( result.levels.at( index ) ) : 1.0;
        energy += result.bands.at( b ).hours * ( x > 0 ? l.systemPowerW() * ( floor + ( 1.0 - floor ) * x ) : 0.0 );
      }
      ( *after )[i] = energy / hours;
    }
  }
} // namespace vigie::lighting
