// SPDX-License-Identifier: GPL-2.0-or-later
#include "rules.h"

#include "log.h"
#include "rational.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <unordered_map>

namespace vigie::budget
{
  namespace
  {
    /**
     * Supporters of each project (voters with u_i(p) > 0) and their utilities, transposed from
     * the ballots. Voters whose ballots give the same utilities are merged into one weighted
     * "type": they are treated alike by every rule (a city-wide vote has 2 to 25 times fewer
     * types than voters), and the rules work on types.
     */
    struct SatProfile
    {
      std::vector<int> start;  // per project, into voters/utilities
      std::vector<int> voters; // voter types
      std::vector<std::int64_t> utilities;
      std::vector<std::int64_t> typeWeight; // voters of each type
      std::vector<std::int64_t> supporters; // per project, weighted
      std::vector<char> uniform;            // all supporters of p have the same utility
      std::vector<Int128> total;            // S(p) = sum of utilities

      int typeCount() const { return static_cast<int>( typeWeight.size() ); }
      std::int64_t supporterCount( int p ) const { return supporters[static_cast<size_t>( p )]; }
    };

    //! Hash of a voter type's sorted items (FNV-1a over projects and, when they vary, utilities).
    std::uint64_t typeHash( const int *projects, const std::int64_t *utilities, size_t size )
    {
      std::uint64_t h = 1469598103934665603ull;
      for ( size_t i = 0; i < size; ++i )
      {
        h = ( h ^ static_cast<std::uint64_t>( projects[i] ) ) * 1099511628211ull;
        if ( utilities )
          h = ( h ^ static_cast<std::uint64_t>( utilities[i] ) ) * 1099511628211ull;
      }
      return h;
    }

    SatProfile buildProfile( const Election &e, Satisfaction sat, bool mergeTypes )
    {
      SatProfile profile;
      const size_t m = e.projects.size();
      const int n = e.voterCount();

      // Pass 1: each ballot's items with u > 0, sorted by (project, utility), flat (keys), and its hash.
      // With cost or cardinality satisfaction (and points satisfaction on ballots without points) the
      // utility is a function of the project: the items are then just the sorted projects.
      const bool perProject = sat != Satisfaction::Points || !e.hasPoints();
      std::vector<std::int64_t> projectUtility;
      if ( perProject )
      {
        projectUtility.resize( m );
        for ( size_t p = 0; p < m; ++p )
          projectUtility[p] = sat == Satisfaction::Cost ? e.projects[p].cost : 1;
      }
      std::vector<int> keyStart( static_cast<size_t>( n ) + 1, 0 );
      std::vector<int> keyProjects;
      std::vector<std::int64_t> keyUtilities; // only when !perProject
      std::vector<std::uint64_t> hashes( mergeTypes ? static_cast<size_t>( n ) : 0 );
      keyProjects.reserve( e.ballotProjects.size() );
      if ( !perProject )
        keyUtilities.reserve( e.ballotProjects.size() );
      std::vector<std::pair<int, std::int64_t>> items;
      for ( int v = 0; v < n; ++v )
      {
        const int begin = e.ballotStart[static_cast<size_t>( v )];
        const int end = e.ballotStart[static_cast<size_t>( v ) + 1];
        const size_t first = keyProjects.size();
        if ( perProject )
        {
          for ( int item = begin; item < end; ++item )
          {
            const int p = e.ballotProjects[static_cast<size_t>( item )];
            if ( projectUtility[static_cast<size_t>( p )] > 0 )
              keyProjects.push_back( p );
          }
          // ballots are short: insertion sort
          int *const b = keyProjects.data() + first;
          const size_t size = keyProjects.size() - first;
          for ( size_t i = 1; i < size; ++i )
          {
            const int x = b[i];
            size_t j = i;
            for ( ; j > 0 && b[j - 1] > x; --j )
              b[j] = b[j - 1];
            b[j] = x;
          }
        }
        else
        {
          items.clear();
          for ( int item = begin; item < end; ++item )
          {
            const std::int64_t u = utility( e, sat, item );
            if ( u > 0 )
              items.emplace_back( e.ballotProjects[static_cast<size_t>( item )], u );
          }
          std::sort( items.begin(), items.end() );
          for ( const auto &it : items )
          {
            keyProjects.push_back( it.first );
            keyUtilities.push_back( it.second );
          }
        }
        keyStart[static_cast<size_t>( v ) + 1] = static_cast<int>( keyProjects.size() );
        if ( mergeTypes )
          hashes[static_cast<size_t>( v )] =
              typeHash( keyProjects.data() + first, perProject ? nullptr : keyUtilities.data() + first, keyProjects.size() - first );
      }

      // Pass 2: voter types, numbered in order of first appearance, through an open-addressing
      // table of (hash tag, type + 1) slots; the slot of a later voter is prefetched (the table is
      // larger than the caches and each lookup would otherwise wait for memory). A type's items
      // are those of its first voter.
      std::vector<int> typeVoter; // first voter of each type
      if ( !mergeTypes )
      {
        // greedy only needs totals: one type per voter, no hashing
        typeVoter.resize( static_cast<size_t>( n ) );
        std::iota( typeVoter.begin(), typeVoter.end(), 0 );
        profile.typeWeight.assign( static_cast<size_t>( n ), 1 );
      }
      else
      {
        size_t capacity = 16;
        while ( capacity < static_cast<size_t>( n ) * 2 )
          capacity *= 2;
        const size_t mask = capacity - 1;
        std::vector<std::uint64_t> slots( capacity, 0 );
        constexpr int kAhead = 8;
        for ( int v = 0; v < n; ++v )
        {
#if defined( __GNUC__ ) || defined( __clang__ )
          if ( v + kAhead < n )
            __builtin_prefetch( &slots[hashes[static_cast<size_t>( v + kAhead )] & mask] );
#endif
          const std::uint64_t h = hashes[static_cast<size_t>( v )];
          const std::uint64_t tag = h & ~std::uint64_t( 0xffffffffu );
          const int vb = keyStart[static_cast<size_t>( v )];
          const int ve = keyStart[static_cast<size_t>( v ) + 1];
          size_t slot = h & mask;
          int type = -1;
          while ( slots[slot] != 0 )
          {
            if ( ( slots[slot] & ~std::uint64_t( 0xffffffffu ) ) == tag )
            {
              const int t = static_cast<int>( slots[slot] & 0xffffffffu ) - 1;
              const int w = typeVoter[static_cast<size_t>( t )];
              const int wb = keyStart[static_cast<size_t>( w )];
              const int we = keyStart[static_cast<size_t>( w ) + 1];
              if ( we - wb == ve - vb && std::equal( keyProjects.begin() + vb, keyProjects.begin() + ve, keyProjects.begin() + wb ) &&
                   ( perProject || std::equal( keyUtilities.begin() + vb, keyUtilities.begin() + ve, keyUtilities.begin() + wb ) ) )
              {
                type = t;
                break;
              }
            }
            slot = ( slot + 1 ) & mask;
          }
          if ( type < 0 )
          {
            type = static_cast<int>( typeVoter.size() );
            slots[slot] = tag | static_cast<std::uint64_t>( type + 1 );
            typeVoter.push_back( v );
            profile.typeWeight.push_back( 0 );
          }
          ++profile.typeWeight[static_cast<size_t>( type )];
        }
      }

      std::vector<int> count( m + 1, 0 );
      size_t typeItemCount = 0;
      for ( const int v : typeVoter )
      {
        for ( int k = keyStart[static_cast<size_t>( v )]; k < keyStart[static_cast<size_t>( v ) + 1]; ++k )
          ++count[static_cast<size_t>( keyProjects[static_cast<size_t>( k )] ) + 1];
        typeItemCount += static_cast<size_t>( keyStart[static_cast<size_t>( v ) + 1] - keyStart[static_cast<size_t>( v )] );
      }
      profile.start.assign( m + 1, 0 );
      for ( size_t p = 0; p < m; ++p )
        profile.start[p + 1] = profile.start[p] + count[p + 1];
      profile.voters.resize( typeItemCount );
      profile.utilities.resize( typeItemCount );
      profile.supporters.assign( m, 0 );
      profile.total.assign( m, 0 );
      std::vector<int> fill( profile.start.begin(), profile.start.end() - 1 );
      for ( int t = 0; t < profile.typeCount(); ++t )
      {
        const int v = typeVoter[static_cast<size_t>( t )];
        for ( int k = keyStart[static_cast<size_t>( v )]; k < keyStart[static_cast<size_t>( v ) + 1]; ++k )
        {
          const size_t p = static_cast<size_t>( keyProjects[static_cast<size_t>( k )] );
          const int at = fill[p]++;
          profile.voters[static_cast<size_t>( at )] = t;
          profile.utilities[static_cast<size_t>( at )] = perProject ? projectUtility[p] : keyUtilities[static_cast<size_t>( k )];
        }
      }
      // supporters and S(p), one project at a time (sums of integers: the order does not matter)
      for ( size_t p = 0; p < m; ++p )
      {
        std::int64_t supporters = 0;
        Int128 total = 0;
        for ( int k = profile.start[p]; k < profile.start[p + 1]; ++k )
        {
          const std::int64_t w = profile.typeWeight[static_cast<size_t>( profile.voters[static_cast<size_t>( k )] )];
          supporters += w;
          total += static_cast<Int128>( profile.utilities[static_cast<size_t>( k )] ) * w;
        }
        profile.supporters[p] = supporters;
        profile.total[p] = total;
      }
      profile.uniform.assign( m, 1 );
      for ( size_t p = 0; p < m; ++p )
      {
        for ( int k = profile.start[p]; k < profile.start[p + 1]; ++k )
        {
          if ( profile.utilities[static_cast<size_t>( k )] != profile.utilities[static_cast<size_t>( profile.start[p] )] )
            profile.uniform[p] = 0;
        }
      }
      return profile;
    }

    Rational toRational( Int128 v )
    {
      // values here are sums of int64 utilities over at most 2^31 voters: below 2^95
      const bool negative = v < 0;
      if ( negative )
        v = -v;
      Rational r( static_cast<std::int64_t>( v >> 62 ) );
      r *= Rational( std::int64_t( 1 ) << 62 );
      r += Rational( static_cast<std::int64_t>( v & ( ( Int128( 1 ) << 62 ) - 1 ) ) );
      return negative ? Rational( 0 ) - r : r;
    }

    bool idLess( const Election &e, int a, int b )
    {
      return e.projects[static_cast<size_t>( a )].id < e.projects[static_cast<size_t>( b )].id;
    }

    /**
     * Greedy order (FORMAT.md 2.3): density S(p)/c(p) descending, +inf for free projects with
     * support, 0 for projects without support; ties by id.
     * Overflow: a density is kept as num/den with num, den < 2^63 (Cost_Sat: num = supporter
     * count, den = 1, since S/c = count; Cardinality_Sat: count / c; points: S / c with S checked
     * below 2^63), so the cross products num1*den2 are below 2^126 and fit in a signed 128-bit
     * integer. A points total of 2^63 or more falls back to exact rationals.
     */
    std::vector<int> greedyOrder( const Election &e, const SatProfile &profile, Satisfaction sat )
    {
      const int m = e.projectCount();
      struct Density
      {
        int category = 0; // 0: no support, 1: finite, 2: infinite
        Int128 num = 0;
        Int128 den = 1;
        bool big = false;
      };
      std::vector<Density> density( static_cast<size_t>( m ) );
      for ( int p = 0; p < m; ++p )
      {
        Density &d = density[static_cast<size_t>( p )];
        const Int128 s = profile.total[static_cast<size_t>( p )];
        const std::int64_t c = e.projects[static_cast<size_t>( p )].cost;
        if ( s == 0 )
          d.category = 0;
        else if ( c == 0 )
          d.category = 2;
        else
        {
          d.category = 1;
          if ( sat == Satisfaction::Cost )
          {
            d.num = profile.supporterCount( p );
            d.den = 1;
          }
          else
          {
            d.num = s;
            d.den = c;
            d.big = s >= ( Int128( 1 ) << 63 );
          }
        }
      }
      std::vector<int> order( static_cast<size_t>( m ) );
      std::iota( order.begin(), order.end(), 0 );
      std::sort( order.begin(), order.end(),
                 [&]( int a, int b )
                 {
                   const Density &x = density[static_cast<size_t>( a )];
                   const Density &y = density[static_cast<size_t>( b )];
                   if ( x.category != y.category )
                     return x.category > y.category;
                   if ( x.category == 1 )
                   {
                     int cmp;
                     if ( x.big || y.big )
                       cmp = ( toRational( x.num ) * toRational( y.den ) ).compare( toRational( y.num ) * toRational( x.den ) );
                     else
                     {
                       const Int128 l = x.num * y.den;
                       const Int128 r = y.num * x.den;
                       cmp = l < r ? -1 : ( l > r ? 1 : 0 );
                     }
                     if ( cmp != 0 )
                       return cmp > 0;
                   }
                   return idLess( e, a, b );
                 } );
      return order;
    }

    //! Goes once through \a order, taking what fits (or stopping at the first misfit when \a noSkip).
    void runGreedy( const Election &e, const std::vector<int> &order, Outcome &outcome, std::vector<char> &chosen, bool noSkip,
                    ProjectTrace::Status addedStatus )
    {
      std::int64_t remaining = e.budget - outcome.cost;
      bool stopped = false;
      int position = 0;
      for ( const int p : order )
      {
        ++position;
        if ( chosen[static_cast<size_t>( p )] )
          continue;
        ProjectTrace &trace = outcome.traces[static_cast<size_t>( p )];
        if ( trace.status == ProjectTrace::Status::BelowThreshold )
          continue;
        const std::int64_t cost = e.projects[static_cast<size_t>( p )].cost;
        if ( stopped )
        {
          trace.status = ProjectTrace::Status::NotReached;
          continue;
        }
        trace.step = position;
        trace.budgetLeft = remaining;
        if ( cost <= remaining )
        {
          chosen[static_cast<size_t>( p )] = 1;
          outcome.selected.push_back( p );
          outcome.cost += cost;
          remaining -= cost;
          trace.status = addedStatus;
        }
        else
        {
          if ( trace.status != ProjectTrace::Status::NoSupport )
            trace.status = ProjectTrace::Status::DidNotFit;
          if ( noSkip )
            stopped = true;
        }
      }
    }

    //! City rules: order by score (votes, or points on cumulative and scoring ballots), ties by id.
    std::vector<int> scoreOrder( const Election &e, const std::vector<std::int64_t> &score )
    {
      std::vector<int> order( static_cast<size_t>( e.projectCount() ) );
      std::iota( order.begin(), order.end(), 0 );
      std::sort( order.begin(), order.end(),
                 [&]( int a, int b )
                 {
                   if ( score[static_cast<size_t>( a )] != score[static_cast<size_t>( b )] )
                     return score[static_cast<size_t>( a )] > score[static_cast<size_t>( b )];
                   return idLess( e, a, b );
                 } );
      return order;
    }

    /**
     * Method of Equal Shares (FORMAT.md 2.4), exact. Voters are grouped into classes of equal
     * remaining money: a class splits only when some of its members pay for a project, so a
     * city-wide vote has a few thousand classes instead of 60,000 voters, and each round works
     * on (class, utility) groups. Every amount of money is an integer numerator over one common
     * denominator D (exact, and no gcd per operation as with canonical rationals); D grows by
     * the new payment's denominator at each purchase. Projects are scanned in increasing price
     * from the previous round and the scan stops once that lower bound exceeds the best price
     * (prices only grow), as pabutools does.
     */
    class EqualShares
    {
    public:
      EqualShares( const Election &e, const SatProfile &profile ) : mE( e ), mProfile( profile )
      {
        const int m = e.projectCount();
        for ( int p = 0; p < m; ++p )
        {
          if ( profile.total[static_cast<size_t>( p )] > 0 )
          {
            if ( e.projects[static_cast<size_t>( p )].cost > 0 )
              mCandidates.push_back( p );
            else
              mFree.push_back( p );
          }
        }
        std::sort( mFree.begin(), mFree.end(), [&]( int a, int b ) { return idLess( e, a, b ); } );
        for ( const std::int64_t w : profile.typeWeight )
          mVoterWeight += w;
      }

      const std::vector<int> &candidates() const { return mCandidates; }

      //! Runs MES with \a perVoter money for each voter; fills outcome.selected/cost/traces.
      void run( const Rational &perVoter, Outcome &outcome );

    private:
      struct Group
      {
        int cls;
        std::int64_t u; // 1 for projects whose supporters all have the same utility
        std::int64_t weight;
      };
      //! A price rho = num / den, den > 0.
      struct Price
      {
        BigInt num;
        BigInt den;
      };
      struct Candidate
      {
        int project;
        Price price;
      };

      int comparePrice( const Price &a, const Price &b )
      {
        mpz_mul( mT1.raw(), a.num.raw(), b.den.raw() );
        mpz_mul( mT2.raw(), b.num.raw(), a.den.raw() );
        return mpz_cmp( mT1.raw(), mT2.raw() );
      }
      static double ratio( mpz_srcptr num, mpz_srcptr den )
      {
        mpq_t q;
        mpq_init( q );
        mpq_set_num( q, num );
        mpq_set_den( q, den );
        mpq_canonicalize( q );
        const double d = mpq_get_d( q );
        mpq_clear( q );
        return d;
      }
      static QString ratioText( mpz_srcptr num, mpz_srcptr den )
      {
        Rational r;
        mpq_set_num( r.raw(), num );
        mpq_set_den( r.raw(), den );
        mpq_canonicalize( r.raw() );
        return r.toString();
      }
      void collectGroups( int p, std::vector<Group> &groups );
      void compactClasses();

      const Election &mE;
      const SatProfile &mProfile;
      std::vector<int> mCandidates;
      std::vector<int> mFree;

      std::vector<int> mVoterClass;
      std::vector<int> mNewClass;
      size_t mLiveClasses = 1;
      std::vector<BigInt> mClassMoney;        // numerators over mDen
      std::vector<std::int64_t> mClassWeight; // voters in each class (0: a dead class, its money set to 0)
      std::int64_t mVoterWeight = 0;          // all voters
      BigInt mDen;
      std::vector<std::int64_t> mStampWeight;
      std::vector<int> mStamp;
      int mStampRound = 0;
      BigInt mT1, mT2;
    };

    void EqualShares::collectGroups( int p, std::vector<Group> &groups )
    {
      groups.clear();
      const int begin = mProfile.start[static_cast<size_t>( p )];
      const int end = mProfile.start[static_cast<size_t>( p ) + 1];
      if ( mProfile.uniform[static_cast<size_t>( p )] )
      {
        ++mStampRound;
        if ( mStamp.size() < mClassMoney.size() )
        {
          mStamp.resize( mClassMoney.size(), 0 );
          mStampWeight.resize( mClassMoney.size(), 0 );
        }
        for ( int k = begin; k < end; ++k )
        {
          const int type = mProfile.voters[static_cast<size_t>( k )];
          const int c = mVoterClass[static_cast<size_t>( type )];
          if ( mStamp[static_cast<size_t>( c )] != mStampRound )
          {
            mStamp[static_cast<size_t>( c )] = mStampRound;
            mStampWeight[static_cast<size_t>( c )] = 0;
            groups.push_back( { c, 1, 0 } );
          }
          mStampWeight[static_cast<size_t>( c )] += mProfile.typeWeight[static_cast<size_t>( type )];
        }
        for ( Group &g : groups )
          g.weight = mStampWeight[static_cast<size_t>( g.cls )];
        return;
      }
      std::vector<Group> keys;
      keys.reserve( static_cast<size_t>( end - begin ) );
      for ( int k = begin; k < end; ++k )
      {
        const int type = mProfile.voters[static_cast<size_t>( k )];
        keys.push_back( { mVoterClass[static_cast<size_t>( type )], mProfile.utilities[static_cast<size_t>( k )],
                          mProfile.typeWeight[static_cast<size_t>( type )] } );
      }
      std::sort( keys.begin(), keys.end(), []( const Group &a, const Group &b ) { return a.cls != b.cls ? a.cls < b.cls : a.u < b.u; } );
      for ( const Group &key : keys )
      {
        if ( !groups.empty() && groups.back().cls == key.cls && groups.back().u == key.u )
          groups.back().weight += key.weight;
        else
          groups.push_back( key );
      }
    }

    void EqualShares::compactClasses()
    {
      // drop the classes no voter is in any more, so that rescaling touches live money only
      std::vector<int> renumber( mClassMoney.size(), -1 );
      std::vector<BigInt> live;
      std::vector<std::int64_t> liveWeight;
      for ( int &c : mVoterClass )
      {
        int &target = renumber[static_cast<size_t>( c )];
        if ( target < 0 )
        {
          target = static_cast<int>( live.size() );
          live.push_back( std::move( mClassMoney[static_cast<size_t>( c )] ) );
          liveWeight.push_back( mClassWeight[static_cast<size_t>( c )] );
        }
        c = target;
      }
      mClassMoney.swap( live );
      mClassWeight.swap( liveWeight );
      mLiveClasses = mClassMoney.size();
    }

    void EqualShares::run( const Rational &perVoter, Outcome &outcome )
    {
      const Election &e = mE;
      mVoterClass.assign( static_cast<size_t>( mProfile.typeCount() ), 0 );
      mClassMoney.assign( 1, BigInt() );
      mClassWeight.assign( 1, mVoterWeight );
      mLiveClasses = 1;
      mpz_set( mClassMoney[0].raw(), mpq_numref( perVoter.raw() ) );
      mpz_set( mDen.raw(), mpq_denref( perVoter.raw() ) );
      mStamp.assign( 1, 0 );
      mStampWeight.assign( 1, 0 );
      mStampRound = 0;
      outcome.selected.clear();
      outcome.cost = 0;
      for ( const int p : mFree )
      {
        outcome.selected.push_back( p );
        outcome.traces[static_cast<size_t>( p )].status = ProjectTrace::Status::Selected;
        outcome.traces[static_cast<size_t>( p )].step = 0;
      }

      std::vector<Candidate> active;
      for ( const int p : mCandidates )
      {
        // initial price c / S(p): a lower bound of every later price
        Candidate c{ p, Price() };
        c.price.num.set( e.projects[static_cast<size_t>( p )].cost );
        const Int128 total = mProfile.total[static_cast<size_t>( p )];
        const std::uint64_t low = static_cast<std::uint64_t>( total & ( ( Int128( 1 ) << 62 ) - 1 ) );
        BigInt::setInt64( c.price.den.raw(), static_cast<std::int64_t>( total >> 62 ) );
        mpz_mul_2exp( c.price.den.raw(), c.price.den.raw(), 62 );
        const BigInt lowPart( static_cast<std::int64_t>( low ) );
        mpz_add( c.price.den.raw(), c.price.den.raw(), lowPart.raw() );
        active.push_back( std::move( c ) );
      }

      std::vector<Group> groups;
      std::vector<size_t> index;
      struct MoneyKey
      {
        size_t limbs;
        mp_limb_t top;
        mpz_srcptr money;
        size_t group;
      };
      std::vector<MoneyKey> moneyKeys;
      BigInt cD, money, paid, remaining, x, lhs, rhs, bestX, bestU;
      std::vector<Group> bestGroups;
      std::vector<size_t> bestIndex;
      size_t bestFirstRich = 0;
      int round = 0;
      while ( !active.empty() )
      {
        ++round;
        std::sort( active.begin(), active.end(),
                   [&]( const Candidate &a, const Candidate &b )
                   {
                     const int cmp = comparePrice( a.price, b.price );
                     return cmp != 0 ? cmp < 0 : idLess( e, a.project, b.project );
                   } );
        int best = -1;
        std::vector<char> dropped( active.size(), 0 );
        for ( size_t k = 0; k < active.size(); ++k )
        {
          Candidate &cand = active[k];
          const int p = cand.project;
          if ( best >= 0 && comparePrice( cand.price, active[static_cast<size_t>( best )].price ) > 0 )
            break;
          collectGroups( p, groups );
          const bool uniform = mProfile.uniform[static_cast<size_t>( p )];
          const std::int64_t trueU = mProfile.utilities[static_cast<size_t>( mProfile.start[static_cast<size_t>( p )] )];
          BigInt::mulInt64( cD.raw(), mDen.raw(), e.projects[static_cast<size_t>( p )].cost );
          mpz_set_ui( money.raw(), 0 );
          for ( const Group &g : groups )
          {
            mpz_addmul_ui( money.raw(), mClassMoney[static_cast<size_t>( g.cls )].raw(), static_cast<unsigned long>( g.weight ) );
          }
          ProjectTrace &trace = outcome.traces[static_cast<size_t>( p )];
          trace.supportersMoney = ratio( money.raw(), mDen.raw() );
          mpz_sub( x.raw(), money.raw(), cD.raw() );
          if ( mpz_sgn( x.raw() ) < 0 )
          {
            dropped[k] = 1;
            trace.status = ProjectTrace::Status::Unaffordable;
            trace.step = round;
            continue;
          }
          // supporters from the poorest (money / utility) up: who pays all they have, and the price
          index.resize( groups.size() );
          std::iota( index.begin(), index.end(), 0 );
          if ( uniform )
          {
            // by money (numerators over the same D, never negative): the number of limbs and the top
            // limb decide almost every comparison without touching the numbers, mpz_cmp the rest
            moneyKeys.resize( groups.size() );
            for ( size_t i = 0; i < groups.size(); ++i )
            {
              mpz_srcptr z = mClassMoney[static_cast<size_t>( groups[i].cls )].raw();
              const size_t limbs = mpz_size( z );
              moneyKeys[i] = { limbs, limbs > 0 ? mpz_getlimbn( z, static_cast<mp_size_t>( limbs - 1 ) ) : 0, z, i };
            }
            std::sort( moneyKeys.begin(), moneyKeys.end(),
                       []( const MoneyKey &a, const MoneyKey &b )
                       {
                         if ( a.limbs != b.limbs )
                           return a.limbs < b.limbs;
                         if ( a.top != b.top )
                           return a.top < b.top;
                         return mpz_cmp( a.money, b.money ) < 0;
                       } );
            for ( size_t i = 0; i < groups.size(); ++i )
              index[i] = moneyKeys[i].group;
          }
          else
            std::sort( index.begin(), index.end(),
                       [&]( size_t a, size_t b )
                       {
                         BigInt::mulInt64( mT1.raw(), mClassMoney[static_cast<size_t>( groups[a].cls )].raw(), groups[b].u );
                         BigInt::mulInt64( mT2.raw(), mClassMoney[static_cast<size_t>( groups[b].cls )].raw(), groups[a].u );
                         return mpz_cmp( mT1.raw(), mT2.raw() ) < 0;
                       } );
          // remaining utility U (1 per supporter on uniform projects), paid money P; the price
          // is (cD - P) / (U D): a group can pay its share when (cD - P) u <= money U
          mpz_set_ui( remaining.raw(), 0 );
          for ( const Group &g : groups )
          {
            mpz_set_si( mT1.raw(), static_cast<long>( g.weight ) );
            BigInt::mulInt64( mT1.raw(), mT1.raw(), g.u );
            mpz_add( remaining.raw(), remaining.raw(), mT1.raw() );
          }
          mpz_set_ui( paid.raw(), 0 );
          size_t firstRich = groups.size();
          for ( size_t i = 0; i < index.size(); ++i )
          {
            const Group &g = groups[index[i]];
            mpz_sub( x.raw(), cD.raw(), paid.raw() );
            BigInt::mulInt64( lhs.raw(), x.raw(), g.u );
            mpz_mul( rhs.raw(), mClassMoney[static_cast<size_t>( g.cls )].raw(), remaining.raw() );
            if ( mpz_cmp( lhs.raw(), rhs.raw() ) <= 0 )
            {
              firstRich = i;
              break;
            }
            mpz_addmul_ui( paid.raw(), mClassMoney[static_cast<size_t>( g.cls )].raw(), static_cast<unsigned long>( g.weight ) );
            mpz_set_si( mT1.raw(), static_cast<long>( g.weight ) );
            BigInt::mulInt64( mT1.raw(), mT1.raw(), g.u );
            mpz_sub( remaining.raw(), remaining.raw(), mT1.raw() );
          }
          // money >= cost guarantees a rich group exists (the last one pays at most what it has)
          mpz_sub( x.raw(), cD.raw(), paid.raw() ); // price numerator X
          mpz_set( cand.price.num.raw(), x.raw() );
          mpz_mul( cand.price.den.raw(), remaining.raw(), mDen.raw() );
          if ( uniform )
            BigInt::mulInt64( cand.price.den.raw(), cand.price.den.raw(), trueU );
          bool better = best < 0;
          if ( !better )
          {
            const int cmp = comparePrice( cand.price, active[static_cast<size_t>( best )].price );
            better = cmp < 0 || ( cmp == 0 && idLess( e, p, active[static_cast<size_t>( best )].project ) );
          }
          if ( better )
          {
            best = static_cast<int>( k );
            bestGroups = groups;
            bestIndex = index;
            bestFirstRich = firstRich;
            bestX = x;
            bestU = remaining;
          }
        }
        if ( best < 0 )
        {
          // every scanned candidate was dropped; the scan only stops early once a best exists
          active.clear();
          break;
        }
        const int chosen = active[static_cast<size_t>( best )].project;
        ProjectTrace &trace = outcome.traces[static_cast<size_t>( chosen )];
        trace.status = ProjectTrace::Status::Selected;
        trace.step = round;
        trace.rho = ratio( active[static_cast<size_t>( best )].price.num.raw(), active[static_cast<size_t>( best )].price.den.raw() );
        trace.rhoExact =
            ratioText( active[static_cast<size_t>( best )].price.num.raw(), active[static_cast<size_t>( best )].price.den.raw() );
        outcome.selected.push_back( chosen );
        outcome.cost += e.projects[static_cast<size_t>( chosen )].cost;

        // payments: a rich group pays X u / U each, a poor one all it has. With g = gcd(X, U),
        // the new common denominator is D U/g and the payment (X/g) u.
        mpz_gcd( mT1.raw(), bestX.raw(), bestU.raw() );
        mpz_divexact( bestX.raw(), bestX.raw(), mT1.raw() );
        mpz_divexact( bestU.raw(), bestU.raw(), mT1.raw() );
        if ( mpz_cmp_ui( bestU.raw(), 1 ) != 0 )
        {
          mpz_mul( mDen.raw(), mDen.raw(), bestU.raw() );
          // U/g is usually a supporter count: one limb, multiplied in by mpz_mul_ui
          const bool small = mpz_fits_ulong_p( bestU.raw() );
          const unsigned long u = small ? mpz_get_ui( bestU.raw() ) : 0;
          for ( BigInt &m : mClassMoney )
          {
            if ( mpz_sgn( m.raw() ) == 0 )
              continue; // dead classes and the voters who paid all they had
            if ( small )
              mpz_mul_ui( m.raw(), m.raw(), u );
            else
              mpz_mul( m.raw(), m.raw(), bestU.raw() );
          }
        }
        const int zeroClass = static_cast<int>( mClassMoney.size() );
        mClassMoney.emplace_back( 0 );
        mClassWeight.push_back( 0 );
        const bool chosenUniform = mProfile.uniform[static_cast<size_t>( chosen )];
        std::map<std::pair<int, std::int64_t>, int> moved; // (class, utility) -> new class, points projects
        mNewClass.assign( mClassMoney.size(), -1 );        // class -> new class, uniform projects
        for ( size_t i = 0; i < bestIndex.size(); ++i )
        {
          const Group &g = bestGroups[bestIndex[i]];
          int target = zeroClass;
          if ( i >= bestFirstRich )
          {
            BigInt left;
            BigInt::mulInt64( left.raw(), bestX.raw(), g.u );
            mpz_sub( left.raw(), mClassMoney[static_cast<size_t>( g.cls )].raw(), left.raw() );
            target = static_cast<int>( mClassMoney.size() );
            mClassMoney.push_back( std::move( left ) );
            mClassWeight.push_back( 0 );
          }
          mClassWeight[static_cast<size_t>( g.cls )] -= g.weight;
          mClassWeight[static_cast<size_t>( target )] += g.weight;
          if ( chosenUniform )
            mNewClass[static_cast<size_t>( g.cls )] = target;
          else
            moved[{ g.cls, g.u }] = target;
        }
        for ( int k = mProfile.start[static_cast<size_t>( chosen )]; k < mProfile.start[static_cast<size_t>( chosen ) + 1]; ++k )
        {
          const int v = mProfile.voters[static_cast<size_t>( k )];
          int &c = mVoterClass[static_cast<size_t>( v )];
          c = chosenUniform ? mNewClass[static_cast<size_t>( c )] : moved.at( { c, mProfile.utilities[static_cast<size_t>( k )] } );
        }
        // the classes all of whose voters paid are dead: no rescaling of their money from now on
        for ( const Group &g : bestGroups )
        {
          if ( mClassWeight[static_cast<size_t>( g.cls )] == 0 )
            mpz_set_ui( mClassMoney[static_cast<size_t>( g.cls )].raw(), 0 );
        }
        // drop dead classes now and then (an O(voters) pass), not at every round
        if ( mClassMoney.size() > 2 * mLiveClasses + 64 )
          compactClasses();
        std::vector<Candidate> next;
        next.reserve( active.size() );
        for ( size_t k = 0; k < active.size(); ++k )
        {
          if ( !dropped[k] && static_cast<int>( k ) != best )
            next.push_back( std::move( active[k] ) );
        }
        active.swap( next );
      }
      outcome.rounds = round;
    }

    /**
     * MES in double precision with a certified result, for Add1 (one MES run per budget step).
     *
     * Exactness: every computed amount x~ carries a bound E with |x~ - x| <= E, x being the exact
     * rational the exact run (EqualShares) computes. The bounds follow the standard model of IEEE
     * arithmetic, fl(a op b) = (a op b)(1 + d) with |d| <= eps = 2^-53, applied to each operation
     * (running error analysis): a sum of k non-negative terms adds (k + 2) eps times the sum, a
     * product or a quotient 2 eps times its value, the inputs' bounds propagate linearly, and the
     * integers involved (costs, utilities, supporter counts, U) are below 2^53 so they are exact.
     * The sign of a computed difference fl(a~ - b~) is the sign of a~ - b~, so a decision (a project
     * dropped, a supporter paying all it has, one price below another) is certified when the
     * difference exceeds twice the sum of the bounds (the factor 2 covers the rounding of the
     * bounds themselves, whose relative error is far below 1). Any closer call makes run() return
     * false and the caller runs the exact MES: a floating-point tie is never decided by rounding.
     * Exact ties do occur between projects whose supporters all pay their share (all "rich"):
     * their price is then c / U with integers c and U, so those are compared exactly by 128-bit
     * cross-products and decided by id, as pabutools does.
     *
     * Speed: a voter's money is max(0, b - sum of rho u over the projects bought on its ballot),
     * so voters who supported the same bought projects (with the same utilities) always hold
     * the same money, whoever was poor: classes of voters depend only on the sequence of bought
     * projects, not on the money. Successive Add1 steps mostly buy the same projects in the same
     * order for many rounds, so the classes of each round, and each project's supporters grouped
     * by class, are kept from one run to the next while the runs share that prefix: a round
     * found there costs one pass over the groups (a few hundred) instead of over the supporters
     * (thousands of voter types).
     */
    class FastEqualShares
    {
    public:
      FastEqualShares( const Election &e, const SatProfile &profile ) : mE( e ), mProfile( profile )
      {
        const int m = e.projectCount();
        const double limit = 9007199254740992.0; // 2^53: integers below are exact doubles
        mUsable = static_cast<double>( e.budget ) < limit;
        std::vector<int> order( static_cast<size_t>( m ) );
        std::iota( order.begin(), order.end(), 0 );
        std::sort( order.begin(), order.end(), [&]( int a, int b ) { return idLess( e, a, b ); } );
        mIdRank.assign( static_cast<size_t>( m ), 0 );
        for ( int r = 0; r < m; ++r )
          mIdRank[static_cast<size_t>( order[static_cast<size_t>( r )] )] = r;
        for ( const int p : order )
        {
          const Int128 total = profile.total[static_cast<size_t>( p )];
          if ( total <= 0 )
            continue;
          const std::int64_t cost = e.projects[static_cast<size_t>( p )].cost;
          if ( cost == 0 )
          {
            mFree.push_back( p );
            continue;
          }
          mCandidates.push_back( p );
          if ( total >= ( Int128( 1 ) << 53 ) || static_cast<double>( cost ) >= limit )
            mUsable = false;
        }
      }

      //! False when some cost, total utility or the budget is too large for exact doubles (or the
      //! classes kept for every round would take more than 128 MB).
      bool usable() const { return mUsable; }

      /**
       * MES with \a perVoter money for each voter: the selected projects in order and their
       * cost, or false when a decision is too close to call.
       */
      bool run( const Rational &perVoter, std::vector<int> &selected, std::int64_t &cost );

    private:
      static constexpr double kEps = 1.0 / 9007199254740992.0; // 2^-53
      struct Group
      {
        int cls;
        bool poor; // pays all it has for the project, in the current evaluation
        double u;
        double weight;
      };
      struct Candidate
      {
        int project;
        double price; // lower bound of the current price (the price itself once evaluated this round)
        double error;
      };
      //! The state at the start of one round, shared by the runs that bought the same projects before it.
      struct Round
      {
        int chosen = -1;                        // project bought in this round by the last run that got here (-1: none yet)
        int classCount = 1;                     // classes at the start of the round
        std::vector<int> voterClass;            // class of each voter type
        std::vector<char> have;                 // per project: groups collected
        std::vector<std::vector<Group>> groups; // per project: its supporters by class (and utility)
      };
      //! a > b certified (a~ - b~ beyond twice the bounds)
      static bool surelyGreater( double a, double ea, double b, double eb ) { return a - b > 2 * ( ea + eb ); }

      std::vector<Group> &groupsOf( size_t round, int p );
      void resetRound( size_t round );
      bool buildNextRound( size_t round );

      const Election &mE;
      const SatProfile &mProfile;
      bool mUsable = true;
      std::vector<int> mIdRank;
      std::vector<int> mCandidates;
      std::vector<int> mFree;
      std::vector<Round> mRounds;
      size_t mValidRounds = 0; // mRounds[0 .. mValidRounds) follow the bought sequence of their chosen
      struct Money
      {
        double value;
        double error;
      };
      std::vector<Money> mMoney; // per class, this run
      std::vector<int> mStamp;
      std::vector<double> mStampWeight;
      int mStampRound = 0;
      std::vector<int> mNewClass;
      std::vector<Candidate> mActive;
    };

    void FastEqualShares::resetRound( size_t round )
    {
      if ( mRounds.size() <= round )
        mRounds.resize( round + 1 );
      Round &r = mRounds[round];
      r.chosen = -1;
      r.have.assign( static_cast<size_t>( mE.projectCount() ), 0 );
      r.groups.resize( static_cast<size_t>( mE.projectCount() ) );
    }

    std::vector<FastEqualShares::Group> &FastEqualShares::groupsOf( size_t round, int p )
    {
      Round &r = mRounds[round];
      std::vector<Group> &groups = r.groups[static_cast<size_t>( p )];
      if ( r.have[static_cast<size_t>( p )] )
        return groups;
      r.have[static_cast<size_t>( p )] = 1;
      groups.clear();
      const int begin = mProfile.start[static_cast<size_t>( p )];
      const int end = mProfile.start[static_cast<size_t>( p ) + 1];
      if ( mProfile.uniform[static_cast<size_t>( p )] )
      {
        const double u = static_cast<double>( mProfile.utilities[static_cast<size_t>( begin )] );
        ++mStampRound;
        if ( mStamp.size() < static_cast<size_t>( r.classCount ) )
        {
          mStamp.resize( static_cast<size_t>( r.classCount ), 0 );
          mStampWeight.resize( static_cast<size_t>( r.classCount ), 0 );
        }
        for ( int k = begin; k < end; ++k )
        {
          const int type = mProfile.voters[static_cast<size_t>( k )];
          const int c = r.voterClass[static_cast<size_t>( type )];
          if ( mStamp[static_cast<size_t>( c )] != mStampRound )
          {
            mStamp[static_cast<size_t>( c )] = mStampRound;
            mStampWeight[static_cast<size_t>( c )] = 0;
            groups.push_back( { c, false, u, 0 } );
          }
          mStampWeight[static_cast<size_t>( c )] += static_cast<double>( mProfile.typeWeight[static_cast<size_t>( type )] );
        }
        for ( Group &g : groups )
          g.weight = mStampWeight[static_cast<size_t>( g.cls )];
        return groups;
      }
      for ( int k = begin; k < end; ++k )
      {
        const int type = mProfile.voters[static_cast<size_t>( k )];
        groups.push_back( { r.voterClass[static_cast<size_t>( type )], false,
                            static_cast<double>( mProfile.utilities[static_cast<size_t>( k )] ),
                            static_cast<double>( mProfile.typeWeight[static_cast<size_t>( type )] ) } );
      }
      std::sort( groups.begin(), groups.end(),
                 []( const Group &a, const Group &b ) { return a.cls != b.cls ? a.cls < b.cls : a.u < b.u; } );
      size_t out = 0;
      for ( size_t k = 0; k < groups.size(); ++k )
      {
        if ( out > 0 && groups[out - 1].cls == groups[k].cls && groups[out - 1].u == groups[k].u )
          groups[out - 1].weight += groups[k].weight;
        else
          groups[out++] = groups[k];
      }
      groups.resize( out );
      return groups;
    }

    bool FastEqualShares::buildNextRound( size_t round )
    {
      // one class per voter type and round are kept: past 2^25 of them (128 MB), the exact run decides
      if ( static_cast<double>( round + 2 ) * mProfile.typeCount() > 33554432.0 )
        return false;
      // the supporters of the bought project move, group by group, to new classes numbered
      // classCount, classCount + 1, ... in the order of its groups
      resetRound( round + 1 );
      Round &r = mRounds[round];
      Round &next = mRounds[round + 1];
      const int chosen = r.chosen;
      const std::vector<Group> &groups = r.groups[static_cast<size_t>( chosen )];
      next.classCount = r.classCount + static_cast<int>( groups.size() );
      next.voterClass = r.voterClass;
      const int begin = mProfile.start[static_cast<size_t>( chosen )];
      const int end = mProfile.start[static_cast<size_t>( chosen ) + 1];
      if ( mProfile.uniform[static_cast<size_t>( chosen )] )
      {
        mNewClass.assign( static_cast<size_t>( r.classCount ), -1 );
        for ( size_t i = 0; i < groups.size(); ++i )
          mNewClass[static_cast<size_t>( groups[i].cls )] = r.classCount + static_cast<int>( i );
        for ( int k = begin; k < end; ++k )
        {
          int &c = next.voterClass[static_cast<size_t>( mProfile.voters[static_cast<size_t>( k )] )];
          c = mNewClass[static_cast<size_t>( c )];
        }
      }
      else
      {
        std::map<std::pair<int, double>, int> moved;
        for ( size_t i = 0; i < groups.size(); ++i )
          moved[{ groups[i].cls, groups[i].u }] = r.classCount + static_cast<int>( i );
        for ( int k = begin; k < end; ++k )
        {
          int &c = next.voterClass[static_cast<size_t>( mProfile.voters[static_cast<size_t>( k )] )];
          c = moved.at( { c, static_cast<double>( mProfile.utilities[static_cast<size_t>( k )] ) } );
        }
      }
      mValidRounds = round + 2;
      return true;
    }

    bool FastEqualShares::run( const Rational &perVoterExact, std::vector<int> &selected, std::int64_t &cost )
    {
      if ( !mUsable )
        return false;
      const Election &e = mE;
      if ( mValidRounds == 0 )
      {
        resetRound( 0 );
        mRounds[0].classCount = 1;
        mRounds[0].voterClass.assign( static_cast<size_t>( mProfile.typeCount() ), 0 );
        mValidRounds = 1;
      }
      // mpq_get_d truncates: within one ulp, 2 eps relative
      const double perVoter = perVoterExact.toDouble();
      mMoney.assign( 1, { perVoter, 2 * kEps * std::abs( perVoter ) } );
      selected = mFree;
      cost = 0;
      mActive.clear();
      for ( const int p : mCandidates )
      {
        // initial price c / S(p), a lower bound of every later price
        const double price = static_cast<double>( e.projects[static_cast<size_t>( p )].cost ) /
                             static_cast<double>( mProfile.total[static_cast<size_t>( p )] );
        mActive.push_back( { p, price, 2 * kEps * price } );
      }
      struct Evaluated
      {
        size_t k;
        double price;
        double error;
        bool clean; // every supporter rich: price = cost / U exactly
        std::int64_t u;
      };
      std::vector<Evaluated> evaluated;
      std::vector<char> dropped;
      for ( size_t round = 0; !mActive.empty(); ++round )
      {
        // by certain lower bound (price - 2 E): once one is certainly above the best price, all the next ones are
        std::sort( mActive.begin(), mActive.end(),
                   [&]( const Candidate &a, const Candidate &b )
                   {
                     const double la = a.price - 2 * a.error;
                     const double lb = b.price - 2 * b.error;
                     return la != lb ? la < lb : mIdRank[static_cast<size_t>( a.project )] < mIdRank[static_cast<size_t>( b.project )];
                   } );
        dropped.assign( mActive.size(), 0 );
        evaluated.clear();
        int best = -1; // into evaluated
        for ( size_t k = 0; k < mActive.size(); ++k )
        {
          Candidate &cand = mActive[k];
          const int p = cand.project;
          if ( best >= 0 )
          {
            const Evaluated &b = evaluated[static_cast<size_t>( best )];
            if ( cand.price - 2 * cand.error > b.price + 2 * b.error )
              break; // prices only grow: no later candidate can beat the best
          }
          std::vector<Group> &groups = groupsOf( round, p );
          const double c = static_cast<double>( e.projects[static_cast<size_t>( p )].cost );
          const double total = static_cast<double>( mProfile.total[static_cast<size_t>( p )] ); // exact: below 2^53
          const bool uniform = mProfile.uniform[static_cast<size_t>( p )];
          // One pass: the supporters' money, the poorest group's certain money per unit of utility
          // ((money - 2 E) / u), and a first split. Who pays all they have: the groups with money / u
          // below the price. The groups under r = (cost - paid) / U move to the poor side: r never
          // exceeds the price (while the poor side holds only truly poor groups, the others could
          // pay at most r u each) and stops growing exactly at it, without sorting the groups.
          double money = 0;
          double moneyError = 0;
          double lowest = std::numeric_limits<double>::infinity();
          double remaining = total;
          double paid = 0;
          double paidError = 0;
          size_t poorCount = 0;
          bool exhausted = false;
          double r = c / total;
          for ( Group &g : groups )
          {
            const Money &cm = mMoney[static_cast<size_t>( g.cls )];
            money += g.weight * cm.value;
            moneyError += g.weight * cm.error;
            lowest = std::min( lowest, uniform ? cm.value - 2 * cm.error : ( cm.value - 2 * cm.error ) / g.u );
            g.poor = !exhausted && cm.value < r * g.u;
            if ( g.poor )
            {
              ++poorCount;
              paid += g.weight * cm.value;
              paidError += g.weight * cm.error;
              remaining -= g.weight * g.u;
              if ( remaining <= 0 )
                exhausted = true;
              else
                r = ( c - paid ) / remaining;
            }
          }
          if ( uniform && !groups.empty() )
            lowest /= groups.front().u;
          moneyError += static_cast<double>( groups.size() + 2 ) * kEps * money;
          if ( surelyGreater( c, 0, money, moneyError ) )
          {
            dropped[k] = 1; // the supporters hold less than the cost
            continue;
          }
          if ( !surelyGreater( money, moneyError, c, 0 ) || exhausted )
            return false; // too close to call (or an exact tie: money = cost keeps the project)
          double price = c / total;
          double priceError = 2 * kEps * price;
          // every group rich (the common case): price c / U, certified at once when even the poorest
          // group's certain money covers its share with the price's bound (the test below divided
          // by u, with 8 eps for the roundings of this shortcut)
          const bool clean = poorCount == 0 && lowest * ( 1 - 8 * kEps ) > price + 2 * priceError + 4 * kEps * price;
          for ( int pass = 0; !clean; ++pass )
          {
            price = ( c - paid ) / remaining;
            priceError = ( paidError + static_cast<double>( poorCount + 2 ) * kEps * paid + kEps * std::abs( c - paid ) ) / remaining +
                         2 * kEps * price;
            // certify the split: poor groups below their share, rich ones at or above (strictly here);
            // a rich group found below its share moves to the poor side and the price is recomputed
            bool moved = false;
            bool certain = true;
            for ( Group &g : groups )
            {
              const Money &cm = mMoney[static_cast<size_t>( g.cls )];
              const double share = price * g.u;
              if ( !g.poor && cm.value < share )
              {
                g.poor = true;
                moved = true;
                ++poorCount;
                paid += g.weight * cm.value;
                paidError += g.weight * cm.error;
                remaining -= g.weight * g.u;
                if ( remaining <= 0 )
                  return false; // rounding made everyone poor: the exact run decides
                continue;
              }
              const double bound = cm.error + g.u * priceError + 2 * kEps * share;
              if ( g.poor ? !surelyGreater( share, bound, cm.value, 0 ) : !surelyGreater( cm.value, bound, share, 0 ) )
                certain = false;
            }
            if ( !moved )
            {
              if ( !certain )
                return false;
              break;
            }
            if ( pass == 64 )
              return false; // pathological: leave it to the exact run
          }
          cand.price = price;
          cand.error = priceError;
          evaluated.push_back( { k, price, priceError, poorCount == 0, static_cast<std::int64_t>( remaining ) } );
          bool better = best < 0;
          if ( !better )
          {
            const Evaluated &b = evaluated[static_cast<size_t>( best )];
            better = price < b.price ||
                     ( price == b.price && mIdRank[static_cast<size_t>( p )] < mIdRank[static_cast<size_t>( mActive[b.k].project )] );
          }
          if ( better )
            best = static_cast<int>( evaluated.size() ) - 1;
        }
        if ( best < 0 )
          break; // every candidate left was dropped
        // certify that the chosen price is the smallest (ties: smaller id) among the evaluated ones
        const Evaluated b = evaluated[static_cast<size_t>( best )];
        const int chosen = mActive[b.k].project;
        for ( const Evaluated &o : evaluated )
        {
          if ( o.k == b.k || surelyGreater( o.price, o.error, b.price, b.error ) )
            continue;
          if ( !o.clean || !b.clean )
            return false;
          const std::int64_t oc = e.projects[static_cast<size_t>( mActive[o.k].project )].cost;
          const std::int64_t bc = e.projects[static_cast<size_t>( chosen )].cost;
          const Int128 lhs = Int128( oc ) * Int128( b.u );
          const Int128 rhs = Int128( bc ) * Int128( o.u );
          if ( lhs < rhs ||
               ( lhs == rhs && mIdRank[static_cast<size_t>( mActive[o.k].project )] < mIdRank[static_cast<size_t>( chosen )] ) )
            return false; // the float order was wrong: leave it to the exact run
        }
        selected.push_back( chosen );
        cost += e.projects[static_cast<size_t>( chosen )].cost;

        // payments: the poor pay all they have, the rich price * u; each group becomes a new class
        for ( const Group &g : mRounds[round].groups[static_cast<size_t>( chosen )] )
        {
          if ( g.poor )
          {
            mMoney.push_back( { 0, 0 } );
            continue;
          }
          const Money &cm = mMoney[static_cast<size_t>( g.cls )];
          const double share = b.price * g.u;
          const double left = cm.value - share;
          mMoney.push_back( { left, cm.error + g.u * b.error + 2 * kEps * share + kEps * std::abs( left ) } );
        }
        if ( round + 1 >= mValidRounds || mRounds[round].chosen != chosen )
        {
          // a new sequence of bought projects from here: the later rounds kept are not this run's
          mRounds[round].chosen = chosen;
          if ( !buildNextRound( round ) )
          {
            mUsable = false; // too large to keep: the exact MES takes every step from now on
            return false;
          }
        }
        size_t out = 0;
        for ( size_t k = 0; k < mActive.size(); ++k )
        {
          if ( !dropped[k] && k != b.k )
            mActive[out++] = mActive[k];
        }
        mActive.resize( out );
      }
      return true;
    }

    /**
     * Sequential Phragmén as pabutools runs it: each round, the project whose cost, added to the
     * loads its supporters already carry, gives the smallest new maximal load (ties by id) is
     * bought and its supporters' loads set to that value; the rule stops when a project tied
     * for the minimum does not fit in the budget. Loads are exact; voters are grouped by load.
     */
    void runPhragmen( const Election &e, const SatProfile &profile, Outcome &outcome )
    {
      const int m = e.projectCount();
      std::vector<int> remaining;
      for ( int p = 0; p < m; ++p )
      {
        if ( e.projects[static_cast<size_t>( p )].cost <= e.budget )
          remaining.push_back( p );
        else
          outcome.traces[static_cast<size_t>( p )].status = ProjectTrace::Status::DidNotFit;
      }
      std::vector<int> voterClass( static_cast<size_t>( profile.typeCount() ), 0 );
      std::vector<Rational> classLoad( 1, Rational( 0 ) );
      std::vector<std::int64_t> weight;
      std::vector<int> stamp;
      int stampRound = 0;
      int round = 0;
      while ( !remaining.empty() )
      {
        ++round;
        bool haveMin = false;
        bool minInfinite = false;
        Rational minLoad;
        std::vector<int> tied;
        if ( weight.size() < classLoad.size() )
        {
          weight.resize( classLoad.size(), 0 );
          stamp.resize( classLoad.size(), 0 );
        }
        for ( const int p : remaining )
        {
          const std::int64_t count = profile.supporterCount( p );
          bool infinite = count == 0;
          Rational load;
          if ( !infinite )
          {
            ++stampRound;
            std::vector<int> touched;
            for ( int k = profile.start[static_cast<size_t>( p )]; k < profile.start[static_cast<size_t>( p ) + 1]; ++k )
            {
              const int type = profile.voters[static_cast<size_t>( k )];
              const int c = voterClass[static_cast<size_t>( type )];
              if ( stamp[static_cast<size_t>( c )] != stampRound )
              {
                stamp[static_cast<size_t>( c )] = stampRound;
                weight[static_cast<size_t>( c )] = 0;
                touched.push_back( c );
              }
              weight[static_cast<size_t>( c )] += profile.typeWeight[static_cast<size_t>( type )];
            }
            for ( const int c : touched )
            {
              if ( !classLoad[static_cast<size_t>( c )].isZero() )
                load += Rational( weight[static_cast<size_t>( c )] ) * classLoad[static_cast<size_t>( c )];
            }
            load += Rational( e.projects[static_cast<size_t>( p )].cost );
            load /= Rational( count );
          }
          int cmp;
          if ( !haveMin )
            cmp = -1;
          else if ( infinite || minInfinite )
            cmp = infinite == minInfinite ? 0 : ( infinite ? 1 : -1 );
          else
            cmp = load.compare( minLoad );
          if ( cmp < 0 )
          {
            haveMin = true;
            minInfinite = infinite;
            minLoad = load;
            tied.assign( 1, p );
          }
          else if ( cmp == 0 )
            tied.push_back( p );
        }
        for ( const int p : tied )
        {
          if ( outcome.cost + e.projects[static_cast<size_t>( p )].cost > e.budget )
          {
            for ( const int q : remaining )
            {
              ProjectTrace &trace = outcome.traces[static_cast<size_t>( q )];
              trace.status = q == p ? ProjectTrace::Status::DidNotFit : ProjectTrace::Status::NotReached;
              trace.step = round;
              trace.budgetLeft = e.budget - outcome.cost;
            }
            outcome.rounds = round;
            return;
          }
        }
        const int chosen = *std::min_element( tied.begin(), tied.end(), [&]( int a, int b ) { return idLess( e, a, b ); } );
        ProjectTrace &trace = outcome.traces[static_cast<size_t>( chosen )];
        trace.status = ProjectTrace::Status::Selected;
        trace.step = round;
        trace.budgetLeft = e.budget - outcome.cost;
        if ( !minInfinite )
        {
          trace.rho = minLoad.toDouble();
          trace.rhoExact = minLoad.toString();
          classLoad.push_back( minLoad );
          const int newClass = static_cast<int>( classLoad.size() ) - 1;
          for ( int k = profile.start[static_cast<size_t>( chosen )]; k < profile.start[static_cast<size_t>( chosen ) + 1]; ++k )
            voterClass[static_cast<size_t>( profile.voters[static_cast<size_t>( k )] )] = newClass;
        }
        outcome.selected.push_back( chosen );
        outcome.cost += e.projects[static_cast<size_t>( chosen )].cost;
        remaining.erase( std::find( remaining.begin(), remaining.end(), chosen ) );
      }
      outcome.rounds = round;
    }

    //! True when no MES candidate outside \a chosen fits in the money left.
    bool exhaustive( const Election &e, const std::vector<int> &candidates, const std::vector<char> &chosen, std::int64_t cost )
    {
      for ( const int p : candidates )
      {
        if ( !chosen[static_cast<size_t>( p )] && e.projects[static_cast<size_t>( p )].cost <= e.budget - cost )
          return false;
      }
      return true;
    }

    /**
     * Add1 (FORMAT.md 2.5): MES with B/n, then one currency unit more per voter at each step,
     * until the outcome is exhaustive; an outcome over the budget gives back the previous one.
     * With \a fast, each step is first run in certified double precision (FastEqualShares) and
     * by the exact MES only when that run cannot decide; the outcome returned (with its traces)
     * comes from an exact run at the final money, which must select what the fast run selected
     * (otherwise, which would be a bug, every step is recomputed exactly). Without \a fast every
     * step is an exact run from scratch, as pabutools does. With \a verify (tests) the exact MES
     * also runs at each step the fast run settled, and disagreements are counted. \a perVoter: the
     * starting money, then the final one.
     */
    void runAdd1( const Election &e, const SatProfile &profile, EqualShares &mes, bool fast, bool verify, Outcome &outcome,
                  Rational &perVoter )
    {
      const Outcome blank = outcome;
      const Rational unit( e.costScale );
      FastEqualShares fastMes( e, profile );
      fast = fast && fastMes.usable();
      Rational money = perVoter;
      Rational previousMoney = money;
      std::vector<int> selected;
      std::vector<int> previousSelected;
      std::int64_t cost = 0;
      Outcome exact;
      Outcome previousExact;
      bool haveExact = false;
      bool previousHaveExact = false;
      bool havePrevious = false;
      bool overBudget = false;
      int steps = 0;
      int exactRuns = 0;
      int fastRuns = 0;
      int mismatches = 0;
      std::vector<char> in( static_cast<size_t>( e.projectCount() ), 0 );
      while ( true )
      {
        ++steps;
        haveExact = !( fast && fastMes.run( money, selected, cost ) );
        if ( haveExact )
        {
          exact = blank;
          mes.run( money, exact );
          ++exactRuns;
          selected = exact.selected;
          cost = exact.cost;
        }
        else
        {
          ++fastRuns;
          if ( verify )
          {
            Outcome check = blank;
            mes.run( money, check );
            if ( check.selected != selected || check.cost != cost )
              ++mismatches;
          }
        }
        if ( cost > e.budget )
        {
          overBudget = true;
          break;
        }
        std::fill( in.begin(), in.end(), 0 );
        for ( const int p : selected )
          in[static_cast<size_t>( p )] = 1;
        if ( exhaustive( e, mes.candidates(), in, cost ) )
          break;
        previousSelected.swap( selected );
        previousMoney = money;
        std::swap( previousExact, exact );
        previousHaveExact = haveExact;
        havePrevious = true;
        money += unit;
      }
      if ( overBudget )
      {
        if ( !havePrevious )
        {
          // cannot happen (MES never spends more than B at B/n each); kept as pabutools would do
          outcome = blank;
          outcome.add1Steps = steps;
          outcome.add1Runs = exactRuns;
          outcome.add1FastRuns = fastRuns;
          outcome.add1Mismatches = mismatches;
          return;
        }
        selected.swap( previousSelected );
        money = previousMoney;
        std::swap( exact, previousExact );
        haveExact = previousHaveExact;
      }
      if ( !haveExact )
      {
        exact = blank;
        mes.run( money, exact );
        ++exactRuns;
        if ( exact.selected != selected )
        {
          logMessage( LogLevel::Warning, QStringLiteral( "budget" ),
                      QCoreApplication::translate( "vigie::budget",
                                                   "Add1: the double-precision MES disagrees with the exact one at %1 per voter; "
                                                   "recomputing every step exactly" )
                          .arg( money.toString() ) );
          runAdd1( e, profile, mes, false, false, outcome, perVoter );
          return;
        }
      }
      outcome = exact;
      outcome.add1Steps = steps;
      outcome.add1Runs = exactRuns;
      outcome.add1FastRuns = fastRuns;
      outcome.add1Mismatches = mismatches;
      perVoter = money;
    }
  } // namespace

  std::int64_t utility( const Election &e, Satisfaction satisfaction, int item )
  {
    switch ( satisfaction )
    {
    case Satisfaction::Cost:
      return e.projects[static_cast<size_t>( e.ballotProjects[static_cast<size_t>( item )] )].cost;
    case Satisfaction::Cardinality:
      return 1;
    case Satisfaction::Points:
      return e.hasPoints() ? e.ballotPoints[static_cast<size_t>( item )] : 1;
    }
    return 0;
  }

  bool Outcome::contains( int project ) const
  {
    return std::find( selected.begin(), selected.end(), project ) != selected.end();
  }

  QStringList Outcome::sortedIds( const Election &election ) const
  {
    std::vector<std::string> ids;
    for ( const int p : selected )
      ids.push_back( election.projects[static_cast<size_t>( p )].id );
    std::sort( ids.begin(), ids.end() );
    QStringList result;
    for ( const std::string &id : ids )
      result.append( QString::fromStdString( id ) );
    return result;
  }

  QString RuleSpec::name() const
  {
    const QString suffix = satisfaction == Satisfaction::Cost          ? QStringLiteral( "cost" )
                           : satisfaction == Satisfaction::Cardinality ? QStringLiteral( "cardinality" )
                                                                       : QStringLiteral( "points" );
    switch ( kind )
    {
    case RuleKind::Greedy:
      return QStringLiteral( "greedy-" ) + suffix;
    case RuleKind::EqualShares:
      return QStringLiteral( "mes-" ) + suffix;
    case RuleKind::Phragmen:
      return QStringLiteral( "phragmen" );
    case RuleKind::GreedyThreshold:
      return QStringLiteral( "greedy-threshold" );
    case RuleKind::GreedyNoSkip:
      return QStringLiteral( "greedy-no-skip" );
    case RuleKind::GreedyByScore:
      return QStringLiteral( "greedy-score" );
    }
    return QString();
  }

  QString RuleSpec::fullName() const
  {
    if ( kind != RuleKind::EqualShares || completion == Completion::None )
      return name();
    return name() + ( completion == Completion::Greedy ? QStringLiteral( "+greedy" ) : QStringLiteral( "+add1-greedy" ) );
  }

  QStringList RuleSpec::ruleNames()
  {
    return { QStringLiteral( "greedy-cost" ),
             QStringLiteral( "greedy-cardinality" ),
             QStringLiteral( "greedy-points" ),
             QStringLiteral( "mes-cost" ),
             QStringLiteral( "mes-cardinality" ),
             QStringLiteral( "mes-points" ),
             QStringLiteral( "phragmen" ),
             QStringLiteral( "greedy-threshold" ),
             QStringLiteral( "greedy-no-skip" ),
             QStringLiteral( "greedy-score" ),
             QStringLiteral( "city" ) };
  }

  QStringList RuleSpec::completionNames()
  {
    return { QStringLiteral( "none" ), QStringLiteral( "greedy" ), QStringLiteral( "add1-greedy" ) };
  }

  bool RuleSpec::parse( const QString &rule, const QString &completion, const Election &election, RuleSpec &spec, QString *errorMessage )
  {
    RuleSpec result;
    QString name = rule.trimmed();
    if ( name == QLatin1String( "city" ) )
    {
      const QString city = election.metaText( QStringLiteral( "rule" ) );
      if ( city == QLatin1String( "greedy-threshold" ) || city == QLatin1String( "greedy-no-skip" ) )
        name = city;
      else if ( city == QLatin1String( "greedy" ) )
        name = QStringLiteral( "greedy-score" );
      else
      {
        if ( errorMessage )
          *errorMessage =
              QCoreApplication::translate(
                  "vigie::budget", "the file's META rule \"%1\" is not one Vigie reproduces (greedy, greedy-threshold, greedy-no-skip)" )
                  .arg( city );
        return false;
      }
    }
    auto satisfactionOf = []( const QString &suffix, Satisfaction &s )
    {
      if ( suffix == QLatin1String( "cost" ) )
        s = Satisfaction::Cost;
      else if ( suffix == QLatin1String( "cardinality" ) )
        s = Satisfaction::Cardinality;
      else if ( suffix == QLatin1String( "points" ) )
        s = Satisfaction::Points;
      else
        return false;
      return true;
    };
    bool ok = true;
    if ( name == QLatin1String( "phragmen" ) )
      result.kind = RuleKind::Phragmen;
    else if ( name == QLatin1String( "greedy-threshold" ) )
      result.kind = RuleKind::GreedyThreshold;
    else if ( name == QLatin1String( "greedy-no-skip" ) )
      result.kind = RuleKind::GreedyNoSkip;
    else if ( name == QLatin1String( "greedy-score" ) )
      result.kind = RuleKind::GreedyByScore;
    else if ( name.startsWith( QLatin1String( "greedy-" ) ) )
    {
      result.kind = RuleKind::Greedy;
      ok = satisfactionOf( name.mid( 7 ), result.satisfaction );
    }
    else if ( name.startsWith( QLatin1String( "mes-" ) ) )
    {
      result.kind = RuleKind::EqualShares;
      ok = satisfactionOf( name.mid( 4 ), result.satisfaction );
    }
    else
      ok = false;
    if ( !ok )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::budget", "unknown rule \"%1\" (one of: %2)" )
                            .arg( rule, ruleNames().join( QStringLiteral( ", " ) ) );
      return false;
    }
    const QString c = completion.trimmed();
    if ( c.isEmpty() || c == QLatin1String( "none" ) )
      result.completion = Completion::None;
    else if ( c == QLatin1String( "greedy" ) )
      result.completion = Completion::Greedy;
    else if ( c == QLatin1String( "add1-greedy" ) )
      result.completion = Completion::Add1Greedy;
    else
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::budget", "unknown completion \"%1\" (none, greedy or add1-greedy)" ).arg( completion );
      return false;
    }
    if ( election.hasPaperVotes() && ( result.kind == RuleKind::EqualShares || result.kind == RuleKind::Phragmen ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie::budget", "%1 needs individual ballots, but this vote holds aggregated paper counts: "
                                                          "only the greedy rules can count them" )
                .arg( name );
      return false;
    }
    if ( result.completion != Completion::None && result.kind != RuleKind::EqualShares )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::budget", "a completion applies to the mes-* rules only" );
      return false;
    }
    spec = result;
    return true;
  }

  Outcome allocate( const Election &e, const RuleSpec &spec )
  {
    Outcome outcome;
    outcome.spec = spec;
    const int m = e.projectCount();
    outcome.traces.assign( static_cast<size_t>( m ), ProjectTrace() );
    const Satisfaction sat = spec.kind == RuleKind::Phragmen ? Satisfaction::Cardinality : spec.satisfaction;
    const bool greedyOnly = spec.kind != RuleKind::EqualShares && spec.kind != RuleKind::Phragmen;
    SatProfile profile = buildProfile( e, sat, !greedyOnly );

    // score as the city counts it (the PROJECTS "score" column): votes on approval ballots, points on
    // cumulative and scoring ballots, and on ordinal ballots length - rank (3, 2, 1 for three ranks)
    std::vector<std::int64_t> score( static_cast<size_t>( m ), 0 );
    for ( int v = 0; v < e.voterCount(); ++v )
    {
      const int begin = e.ballotStart[static_cast<size_t>( v )];
      const int end = e.ballotStart[static_cast<size_t>( v ) + 1];
      for ( int item = begin; item < end; ++item )
      {
        std::int64_t s = 1;
        if ( e.hasPoints() )
          s = e.ballotPoints[static_cast<size_t>( item )];
        else if ( e.voteType == VoteType::Ordinal )
          s = end - item;
        score[static_cast<size_t>( e.ballotProjects[static_cast<size_t>( item )] )] += s;
      }
    }
    // aggregated paper counts (csvimport.h): approvals whose ballots are unknown, so they only
    // enter the per-project totals the greedy rules use; parse() refuses MES and Phragmén on them
    const std::vector<std::int64_t> paper = e.paperVotes();
    if ( !paper.empty() && greedyOnly && ( e.voteType == VoteType::Approval || e.voteType == VoteType::ChooseOne ) )
    {
      for ( int p = 0; p < m; ++p )
      {
        const std::int64_t k = paper[static_cast<size_t>( p )];
        if ( k <= 0 )
          continue;
        score[static_cast<size_t>( p )] += k;
        const std::int64_t u = sat == Satisfaction::Cost ? e.projects[static_cast<size_t>( p )].cost : 1;
        if ( u <= 0 )
          continue; // as buildProfile: a zero utility makes no supporter
        profile.supporters[static_cast<size_t>( p )] += k;
        profile.total[static_cast<size_t>( p )] += static_cast<Int128>( u ) * k;
      }
    }
    for ( int p = 0; p < m; ++p )
    {
      ProjectTrace &trace = outcome.traces[static_cast<size_t>( p )];
      trace.supporters = static_cast<int>( profile.supporterCount( p ) );
      trace.score = e.hasPoints() ? score[static_cast<size_t>( p )] / e.pointsScale : score[static_cast<size_t>( p )];
      if ( profile.total[static_cast<size_t>( p )] == 0 )
        trace.status = ProjectTrace::Status::NoSupport;
    }
    std::vector<char> chosen( static_cast<size_t>( m ), 0 );

    switch ( spec.kind )
    {
    case RuleKind::Greedy:
      runGreedy( e, greedyOrder( e, profile, sat ), outcome, chosen, false, ProjectTrace::Status::Selected );
      break;
    case RuleKind::GreedyByScore:
    case RuleKind::GreedyNoSkip:
    case RuleKind::GreedyThreshold:
    {
      if ( spec.kind == RuleKind::GreedyThreshold )
      {
        const QString thresholdText = e.metaText( QStringLiteral( "min_project_score_threshold" ) );
        bool ok = false;
        const double threshold = thresholdText.toDouble( &ok );
        for ( int p = 0; ok && p < m; ++p )
        {
          if ( static_cast<double>( score[static_cast<size_t>( p )] ) / static_cast<double>( e.hasPoints() ? e.pointsScale : 1 ) <
               threshold )
            outcome.traces[static_cast<size_t>( p )].status = ProjectTrace::Status::BelowThreshold;
        }
      }
      runGreedy( e, scoreOrder( e, score ), outcome, chosen, spec.kind == RuleKind::GreedyNoSkip, ProjectTrace::Status::Selected );
      break;
    }
    case RuleKind::Phragmen:
      runPhragmen( e, profile, outcome );
      break;
    case RuleKind::EqualShares:
    {
      EqualShares mes( e, profile );
      const int n = std::max( 1, e.voterCount() );
      Rational perVoter = Rational( e.budget ) / Rational( n );
      if ( spec.completion != Completion::Add1Greedy )
        mes.run( perVoter, outcome );
      else
        runAdd1( e, profile, mes, spec.add1Incremental, spec.add1Verify, outcome, perVoter );
      outcome.voterBudget = perVoter.toString();
      for ( const int p : outcome.selected )
        chosen[static_cast<size_t>( p )] = 1;
      outcome.ruleSelectedCount = static_cast<int>( outcome.selected.size() );
      if ( spec.completion != Completion::None )
      {
        // projects MES did not pick get their greedy trace on top of the MES one
        std::vector<int> order = greedyOrder( e, profile, sat );
        std::vector<ProjectTrace> mesTraces = outcome.traces;
        runGreedy( e, order, outcome, chosen, false, ProjectTrace::Status::Completion );
        for ( int p = 0; p < m; ++p )
        {
          ProjectTrace &trace = outcome.traces[static_cast<size_t>( p )];
          if ( trace.status == ProjectTrace::Status::DidNotFit &&
               mesTraces[static_cast<size_t>( p )].status == ProjectTrace::Status::Unaffordable )
            trace.status = ProjectTrace::Status::Unaffordable;
        }
      }
      break;
    }
    }
    if ( spec.kind != RuleKind::EqualShares )
      outcome.ruleSelectedCount = static_cast<int>( outcome.selected.size() );
    return outcome;
  }
} // namespace vigie::budget
