// SPDX-License-Identifier: GPL-2.0-or-later
#include "pabulib.h"

#include "atomicfile.h"
#include "rational.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#if ( defined( __GNUC__ ) || defined( __clang__ ) ) && defined( __SSE2__ )
#include <emmintrin.h>
#define VIGIE_BUDGET_SSE2 1 // 16 bytes at a time in the line scan (the scalar loop does the rest)
#endif

namespace vigie::budget
{
  namespace
  {
    bool isSpace( char c )
    {
      return c == ' ' || ( c >= '\t' && c <= '\r' ); // ' ', \t, \n, \v, \f, \r
    }

    std::string_view trimmed( std::string_view s )
    {
      if ( s.empty() || ( !isSpace( s.front() ) && !isSpace( s.back() ) ) )
        return s; // the usual case, without the loops
      size_t b = 0;
      size_t e = s.size();
      while ( b < e && isSpace( s[b] ) )
        ++b;
      while ( e > b && isSpace( s[e - 1] ) )
        --e;
      return s.substr( b, e - b );
    }

    bool equalsIgnoreCase( std::string_view s, const char *word )
    {
      const size_t n = std::strlen( word );
      if ( s.size() != n )
        return false;
      for ( size_t i = 0; i < n; ++i )
      {
        char c = s[i];
        if ( c >= 'A' && c <= 'Z' )
          c = static_cast<char>( c - 'A' + 'a' );
        if ( c != word[i] )
          return false;
      }
      return true;
    }

    //! A cell equal to "none" (any case, trimmed) counts as missing, as in pabutools.
    bool isNone( std::string_view cell )
    {
      if ( cell.size() < 4 || ( cell.size() > 4 && !isSpace( cell.front() ) && !isSpace( cell.back() ) ) )
        return false; // too short, or too long without spaces to trim
      return equalsIgnoreCase( trimmed( cell ), "none" );
    }

    QString text( std::string_view s )
    {
      return QString::fromUtf8( s.data(), static_cast<int>( s.size() ) );
    }

    //! An exact decimal: mantissa / 10^decimals.
    struct Decimal
    {
      std::int64_t mantissa = 0;
      int decimals = 0;
    };

    constexpr int kMaxDecimals = 6;

    //! Parses "123", "-4", "7000.0", "804828.79" (and "12,5" when \a commaIsDot); exponents and fractions are refused.
    std::optional<Decimal> parseDecimal( std::string_view s, bool commaIsDot )
    {
      s = trimmed( s );
      Decimal d;
      size_t i = 0;
      bool negative = false;
      if ( i < s.size() && ( s[i] == '-' || s[i] == '+' ) )
      {
        negative = s[i] == '-';
        ++i;
      }
      bool digits = false;
      bool point = false;
      for ( ; i < s.size(); ++i )
      {
        const char c = s[i];
        if ( c >= '0' && c <= '9' )
        {
          if ( d.mantissa > ( INT64_MAX - 9 ) / 10 )
            return std::nullopt;
          d.mantissa = d.mantissa * 10 + ( c - '0' );
          digits = true;
          if ( point )
            ++d.decimals;
        }
        else if ( ( c == '.' || ( commaIsDot && c == ',' ) ) && !point )
          point = true;
        else
          return std::nullopt;
      }
      if ( !digits )
        return std::nullopt;
      // trailing zeros after the point carry no value: 7000.0 is 7000
      while ( d.decimals > 0 && d.mantissa % 10 == 0 )
      {
        d.mantissa /= 10;
        --d.decimals;
      }
      if ( d.decimals > kMaxDecimals )
        return std::nullopt;
      if ( negative )
        d.mantissa = -d.mantissa;
      return d;
    }

    std::int64_t power10( int n )
    {
      std::int64_t r = 1;
      while ( n-- > 0 )
        r *= 10;
      return r;
    }

    //! mantissa * 10^(scaleDecimals - decimals), false on overflow.
    bool scaled( const Decimal &d, int scaleDecimals, std::int64_t &out )
    {
      const std::int64_t factor = power10( scaleDecimals - d.decimals );
      const Int128 v = static_cast<Int128>( d.mantissa ) * factor;
      if ( v > INT64_MAX / 1024 || v < -( INT64_MAX / 1024 ) )
        return false;
      out = static_cast<std::int64_t>( v );
      return true;
    }

    //! Splits one line as CSV with ';' and double quotes; quoted cells are decoded into \a storage.
    void splitCells( std::string_view line, std::vector<std::string_view> &cells, std::deque<std::string> &storage )
    {
      cells.clear();
      if ( std::memchr( line.data(), '"', line.size() ) == nullptr )
      {
        size_t start = 0;
        while ( true )
        {
          const void *hit = std::memchr( line.data() + start, ';', line.size() - start );
          if ( !hit )
          {
            cells.push_back( line.substr( start ) );
            return;
          }
          const size_t pos = static_cast<size_t>( static_cast<const char *>( hit ) - line.data() );
          cells.push_back( line.substr( start, pos - start ) );
          start = pos + 1;
        }
      }
      // Python csv: a quote opens a quoted field only at the start of a field; "" inside stands for "
      size_t i = 0;
      while ( true )
      {
        std::string cell;
        bool quoted = false;
        if ( i < line.size() && line[i] == '"' )
        {
          quoted = true;
          ++i;
        }
        while ( i < line.size() )
        {
          const char c = line[i];
          if ( quoted )
          {
            if ( c == '"' )
            {
              if ( i + 1 < line.size() && line[i + 1] == '"' )
              {
                cell.push_back( '"' );
                i += 2;
                continue;
              }
              quoted = false;
              ++i;
              continue;
            }
            cell.push_back( c );
            ++i;
          }
          else
          {
            if ( c == ';' )
              break;
            cell.push_back( c );
            ++i;
          }
        }
        storage.push_back( std::move( cell ) );
        cells.push_back( storage.back() );
        if ( i >= line.size() )
          return;
        ++i; // the ';'
      }
    }

    constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
    constexpr std::uint64_t kFnvPrime = 1099511628211ull;
    constexpr std::uint64_t kTagMask = ~std::uint64_t( 0xffffffffu );

    //! FNV-1a: ids are short, a plain std::hash of std::string was a tenth of the parse time.
    std::uint64_t hashBytes( std::string_view s )
    {
      std::uint64_t h = kFnvOffset;
      for ( const char c : s )
      {
        h ^= static_cast<unsigned char>( c );
        h *= kFnvPrime;
      }
      return h;
    }

    //! Asks the CPU to start loading \a address (a hash-table slot needed a little later).
    inline void prefetch( const void *address )
    {
#if defined( __GNUC__ ) || defined( __clang__ )
      __builtin_prefetch( address );
#else
      (void)address;
#endif
    }

    //! Same bytes (ids are short: a plain loop beats a call to memcmp).
    inline bool sameBytes( std::string_view a, std::string_view b )
    {
      if ( a.size() != b.size() )
        return false;
      for ( size_t i = 0; i < a.size(); ++i )
      {
        if ( a[i] != b[i] )
          return false;
      }
      return true;
    }

    //! Open-addressing table from project id to index, filled once PROJECTS is read.
    class ProjectTable
    {
    public:
      void build( const std::vector<Project> &projects )
      {
        size_t capacity = 16;
        while ( capacity < projects.size() * 4 )
          capacity *= 2;
        mMask = capacity - 1;
        mSlots.assign( capacity, -1 );
        mProjects = &projects;
        for ( size_t p = 0; p < projects.size(); ++p )
        {
          size_t i = hashBytes( projects[p].id ) & mMask;
          while ( mSlots[i] >= 0 )
            i = ( i + 1 ) & mMask;
          mSlots[i] = static_cast<int>( p );
        }
      }
      //! Index of the project \a id, whose hashBytes() is \a hash, or -1.
      int find( std::string_view id, std::uint64_t hash ) const
      {
        size_t i = hash & mMask;
        while ( mSlots[i] >= 0 )
        {
          if ( sameBytes( ( *mProjects )[static_cast<size_t>( mSlots[i] )].id, id ) )
            return mSlots[i];
          i = ( i + 1 ) & mMask;
        }
        return -1;
      }

    private:
      std::vector<int> mSlots;
      size_t mMask = 0;
      const std::vector<Project> *mProjects = nullptr;
    };

    /**
     * Flat open-addressing set of string views (voter ids): no allocation per id. A slot holds the
     * upper 32 bits of the hash and the view's index + 1, so a probe compares bytes only when those
     * bits match; the table is larger than the caches, so the caller prefetches a slot (prefetch())
     * and inserts once the rest of the row is read.
     */
    class ViewSet
    {
    public:
      void reserve( size_t count )
      {
        size_t capacity = 16;
        while ( capacity < count * 2 )
          capacity *= 2;
        mSlots.assign( capacity, 0 );
        mMask = capacity - 1;
        mViews.reserve( count );
        for ( size_t k = 0; k < mViews.size(); ++k )
          place( hashBytes( mViews[k] ), k + 1 );
      }
      void prefetch( std::uint64_t hash ) const
      {
        if ( !mSlots.empty() )
          budget::prefetch( &mSlots[hash & mMask] );
      }
      //! False when \a v (whose hashBytes() is \a hash) was already there.
      bool insert( std::string_view v, std::uint64_t hash )
      {
        if ( ( mViews.size() + 1 ) * 2 > mSlots.size() )
          reserve( std::max<size_t>( 16, mSlots.size() ) );
        size_t i = hash & mMask;
        while ( mSlots[i] != 0 )
        {
          if ( ( mSlots[i] & kTagMask ) == ( hash & kTagMask ) && sameBytes( mViews[( mSlots[i] & ~kTagMask ) - 1], v ) )
            return false;
          i = ( i + 1 ) & mMask;
        }
        mViews.push_back( v );
        mSlots[i] = ( hash & kTagMask ) | mViews.size();
        return true;
      }

    private:
      void place( std::uint64_t hash, size_t index )
      {
        size_t i = hash & mMask;
        while ( mSlots[i] != 0 )
          i = ( i + 1 ) & mMask;
        mSlots[i] = ( hash & kTagMask ) | index;
      }
      std::vector<std::uint64_t> mSlots;
      std::vector<std::string_view> mViews;
      size_t mMask = 0;
    };

    enum class Section
    {
      None,
      Meta,
      Projects,
      Votes,
    };

    //! A META constraint on ballots and the line it came from.
    struct Limit
    {
      bool set = false;
      Decimal value;
      std::int64_t scaledValue = 0;
      int line = 0;
    };

    class Parser
    {
    public:
      Parser( const QByteArray &data, const QString &source, const ReadOptions &options )
          : mData( data ), mSource( source ), mOptions( options )
      {
      }

      bool parse( Election &e, QString *errorMessage );

    private:
      bool fail( int line, const QString &reason )
      {
        mError = line > 0 ? QCoreApplication::translate( "vigie::budget", "%1:%2: %3" )
                                .arg( QDir::toNativeSeparators( mSource ) )
                                .arg( line )
                                .arg( reason )
                          : QCoreApplication::translate( "vigie::budget", "%1: %2" ).arg( QDir::toNativeSeparators( mSource ), reason );
        return false;
      }
      bool metaRow( Election &e, int line, const std::vector<std::string_view> &cells );
      bool endMeta( Election &e, int line );
      bool projectHeader( Election &e, int line, const std::vector<std::string_view> &cells );
      bool projectRow( Election &e, int line, const std::vector<std::string_view> &cells );
      bool endProjects( Election &e, int line );
      bool voteHeader( Election &e, int line, const std::vector<std::string_view> &cells );
      bool voteRow( Election &e, int line, const std::vector<std::string_view> &cells );
      bool checkBallot( const Election &e, int line, size_t begin );

      const QByteArray &mData;
      size_t mDataPos = 0; // where the line being read ends
      QString mSource;
      ReadOptions mOptions;
      QString mError;

      std::unordered_map<std::string, int> mMetaLines;
      Decimal mBudget;
      int mBudgetLine = 0;
      Limit mMinLength, mMaxLength, mMinSumCost, mMaxSumCost, mMinPoints, mMaxPoints, mMinSumPoints, mMaxSumPoints;

      std::vector<Decimal> mCosts;
      int mCostColumn = -1;
      std::unordered_map<std::string, int> mProjectIndex;

      int mVoterIdColumn = -1;
      int mVoteColumn = -1;
      int mPointsColumn = -1;
      std::vector<int> mExtraColumnIndex;
      ProjectTable mProjectTable;
      ViewSet mSeenVoters;          // views into the file data
      std::vector<Decimal> mPoints; // per ballot item, rescaled at the end
      int mPointsDecimals = 0;
      std::deque<std::string> mQuotedIds;
      std::vector<char> mInBallot; // per project, reset after each ballot
      std::unique_ptr<QMessageAuthenticationCode> mMac;
    };

    bool Parser::metaRow( Election &e, int line, const std::vector<std::string_view> &cells )
    {
      if ( cells.size() < 2 )
        return fail( line, QCoreApplication::translate( "vigie::budget", "META row needs a key and a value separated by ';'" ) );
      const std::string key( trimmed( cells[0] ) );
      const std::string value( trimmed( cells[1] ) );
      if ( key.empty() )
        return fail( line, QCoreApplication::translate( "vigie::budget", "META row has an empty key" ) );
      if ( mMetaLines.count( key ) )
        return fail( line, QCoreApplication::translate( "vigie::budget", "duplicate META key \"%1\" (first on line %2)" )
                               .arg( text( key ) )
                               .arg( mMetaLines[key] ) );
      mMetaLines[key] = line;
      e.meta.emplace_back( key, value );

      auto number = [&]( Limit &limit, bool commaIsDot, bool integer )
      {
        const std::optional<Decimal> d = parseDecimal( value, commaIsDot );
        if ( !d || d->mantissa < 0 || ( integer && d->decimals > 0 ) )
          return fail( line,
                       QCoreApplication::translate( "vigie::budget", "bad number \"%1\" for META %2" ).arg( text( value ), text( key ) ) );
        limit.set = true;
        limit.value = *d;
        limit.line = line;
        return true;
      };
      if ( key == "budget" )
      {
        const std::optional<Decimal> d = parseDecimal( value, true );
        if ( !d || d->mantissa < 0 )
          return fail( line, QCoreApplication::translate( "vigie::budget", "bad number \"%1\" for the budget" ).arg( text( value ) ) );
        mBudget = *d;
        mBudgetLine = line;
      }
      else if ( key == "vote_type" )
      {
        if ( value == "approval" )
          e.voteType = VoteType::Approval;
        else if ( value == "choose-1" )
          e.voteType = VoteType::ChooseOne;
        else if ( value == "cumulative" )
          e.voteType = VoteType::Cumulative;
        else if ( value == "scoring" )
          e.voteType = VoteType::Scoring;
        else if ( value == "ordinal" )
          e.voteType = VoteType::Ordinal;
        else
          return fail( line, QCoreApplication::translate( "vigie::budget",
                                                          "unknown vote_type \"%1\" (approval, choose-1, cumulative, scoring or ordinal)" )
                                 .arg( text( value ) ) );
      }
      else if ( key == "min_length" )
        return number( mMinLength, false, true );
      else if ( key == "max_length" )
        return number( mMaxLength, false, true );
      else if ( key == "min_sum_cost" )
        return number( mMinSumCost, true, false );
      else if ( key == "max_sum_cost" )
        return number( mMaxSumCost, true, false );
      else if ( key == "min_points" )
        return number( mMinPoints, false, false );
      else if ( key == "max_points" )
        return number( mMaxPoints, false, false );
      else if ( key == "min_sum_points" )
        return number( mMinSumPoints, false, false );
      else if ( key == "max_sum_points" )
        return number( mMaxSumPoints, false, false );
      return true;
    }

    bool Parser::endMeta( Election &, int line )
    {
      if ( mBudgetLine == 0 )
        return fail( line, QCoreApplication::translate( "vigie::budget", "META has no budget" ) );
      return true;
    }

    bool Parser::projectHeader( Election &e, int line, const std::vector<std::string_view> &cells )
    {
      for ( const std::string_view cell : cells )
      {
        const std::string name( trimmed( cell ) );
        if ( name == "cost" && mCostColumn < 0 )
          mCostColumn = static_cast<int>( e.projectColumns.size() );
        e.projectColumns.push_back( name );
      }
      if ( mCostColumn < 0 )
        return fail( line, QCoreApplication::translate( "vigie::budget", "PROJECTS header has no cost column" ) );
      if ( mCostColumn == 0 )
        return fail( line, QCoreApplication::translate( "vigie::budget", "PROJECTS header: the first column must be the project id" ) );
      return true;
    }

    bool Parser::projectRow( Election &e, int line, const std::vector<std::string_view> &cells )
    {
      if ( cells.size() > e.projectColumns.size() )
        return fail( line, QCoreApplication::translate( "vigie::budget", "%1 fields but the PROJECTS header has %2" )
                               .arg( cells.size() )
                               .arg( e.projectColumns.size() ) );
      Project p;
      p.line = line;
      p.id = std::string( trimmed( cells[0] ) );
      if ( p.id.empty() )
        return fail( line, QCoreApplication::translate( "vigie::budget", "empty project id" ) );
      const auto known = mProjectIndex.find( p.id );
      if ( known != mProjectIndex.end() )
        return fail( line, QCoreApplication::translate( "vigie::budget", "duplicate project id \"%1\" (first on line %2)" )
                               .arg( text( p.id ) )
                               .arg( e.projects[static_cast<size_t>( known->second )].line ) );
      if ( static_cast<size_t>( mCostColumn ) >= cells.size() || isNone( cells[static_cast<size_t>( mCostColumn )] ) ||
           trimmed( cells[static_cast<size_t>( mCostColumn )] ).empty() )
        return fail( line, QCoreApplication::translate( "vigie::budget", "project \"%1\" has no cost" ).arg( text( p.id ) ) );
      const std::string_view costText = cells[static_cast<size_t>( mCostColumn )];
      const std::optional<Decimal> cost = parseDecimal( costText, true );
      if ( !cost )
        return fail( line, QCoreApplication::translate( "vigie::budget", "bad number \"%1\" for the cost of project \"%2\"" )
                               .arg( text( trimmed( costText ) ), text( p.id ) ) );
      if ( cost->mantissa < 0 )
        return fail( line, QCoreApplication::translate( "vigie::budget", "negative cost %1 for project \"%2\"" )
                               .arg( text( trimmed( costText ) ), text( p.id ) ) );
      // paper_votes (aggregated paper counts, csvimport.h): whole numbers, 0 or more, or empty
      const int paperColumn = e.projectColumn( "paper_votes" );
      if ( paperColumn >= 0 && static_cast<size_t>( paperColumn ) < cells.size() &&
           !trimmed( cells[static_cast<size_t>( paperColumn )] ).empty() )
      {
        const std::optional<Decimal> paper = parseDecimal( cells[static_cast<size_t>( paperColumn )], false );
        if ( !paper || paper->mantissa < 0 || paper->decimals > 0 )
          return fail( line, QCoreApplication::translate( "vigie::budget", "bad number \"%1\" in paper_votes of project \"%2\"" )
                                 .arg( text( trimmed( cells[static_cast<size_t>( paperColumn )] ) ), text( p.id ) ) );
      }
      p.cells.reserve( cells.size() );
      for ( const std::string_view cell : cells )
        p.cells.emplace_back( cell );
      mProjectIndex.emplace( p.id, static_cast<int>( e.projects.size() ) );
      mCosts.push_back( *cost );
      e.projects.push_back( std::move( p ) );
      return true;
    }

    bool Parser::endProjects( Election &e, int line )
    {
      // one scale for every amount of money, so that costs, budget and cost limits compare as integers
      int decimals = mBudget.decimals;
      for ( const Decimal &d : mCosts )
        decimals = std::max( decimals, d.decimals );
      if ( mMinSumCost.set )
        decimals = std::max( decimals, mMinSumCost.value.decimals );
      if ( mMaxSumCost.set )
        decimals = std::max( decimals, mMaxSumCost.value.decimals );
      e.costScale = power10( decimals );
      if ( !scaled( mBudget, decimals, e.budget ) )
        return fail( mBudgetLine, QCoreApplication::translate( "vigie::budget", "budget too large" ) );
      for ( size_t p = 0; p < e.projects.size(); ++p )
      {
        if ( !scaled( mCosts[p], decimals, e.projects[p].cost ) )
          return fail( e.projects[p].line, QCoreApplication::translate( "vigie::budget", "cost too large" ) );
      }
      if ( ( mMinSumCost.set && !scaled( mMinSumCost.value, decimals, mMinSumCost.scaledValue ) ) ||
           ( mMaxSumCost.set && !scaled( mMaxSumCost.value, decimals, mMaxSumCost.scaledValue ) ) )
        return fail( line, QCoreApplication::translate( "vigie::budget", "cost limit too large" ) );
      mInBallot.assign( e.projects.size(), 0 );
      mProjectTable.build( e.projects );
      return true;
    }

    bool Parser::voteHeader( Election &e, int line, const std::vector<std::string_view> &cells )
    {
      for ( size_t i = 0; i < cells.size(); ++i )
      {
        const std::string name( trimmed( cells[i] ) );
        e.voteColumns.push_back( name );
        if ( name == "voter_id" && mVoterIdColumn < 0 )
          mVoterIdColumn = static_cast<int>( i );
        else if ( name == "vote" && mVoteColumn < 0 )
          mVoteColumn = static_cast<int>( i );
        else if ( name == "points" && mPointsColumn < 0 )
          mPointsColumn = static_cast<int>( i );
        else
        {
          mExtraColumnIndex.push_back( static_cast<int>( i ) );
          e.extraColumns.push_back( name );
        }
      }
      if ( mVoteColumn < 0 )
        return fail( line, QCoreApplication::translate( "vigie::budget", "VOTES header has no vote column" ) );
      if ( e.hasPoints() && mPointsColumn < 0 )
        return fail( line, QCoreApplication::translate( "vigie::budget", "VOTES header has no points column, needed by %1 ballots" )
                               .arg( voteTypeName( e.voteType ) ) );
      e.ballotStart.assign( 1, 0 );
      // size hint from the rest of the file: about one ballot per line
      size_t hint = 1;
      for ( const char *at = mData.constData() + mDataPos, *last = mData.constData() + mData.size();
            ( at = static_cast<const char *>( std::memchr( at, '\n', static_cast<size_t>( last - at ) ) ) ) != nullptr; ++at )
        ++hint;
      mSeenVoters.reserve( hint );
      e.voterIds.reserve( hint );
      e.voterLines.reserve( hint );
      e.ballotStart.reserve( hint + 1 );
      e.ballotProjects.reserve( hint * 4 );
      e.extraCells.reserve( hint * e.extraColumns.size() );
      if ( !mOptions.pseudonymKey.isEmpty() )
        mMac = std::make_unique<QMessageAuthenticationCode>( QCryptographicHash::Sha256, mOptions.pseudonymKey );
      return true;
    }

    bool Parser::voteRow( Election &e, int line, const std::vector<std::string_view> &cells )
    {
      if ( cells.size() > e.voteColumns.size() )
        return fail( line, QCoreApplication::translate( "vigie::budget", "%1 fields but the VOTES header has %2" )
                               .arg( cells.size() )
                               .arg( e.voteColumns.size() ) );
      auto cell = [&]( int column ) -> std::string_view
      {
        if ( column < 0 || static_cast<size_t>( column ) >= cells.size() || isNone( cells[static_cast<size_t>( column )] ) )
          return std::string_view();
        return cells[static_cast<size_t>( column )];
      };

      // voter id: duplicates refused (checked on the raw id, before pseudonymisation). The id's
      // slot in mSeenVoters is prefetched now and looked up once the ballot is read; a duplicate
      // is still the error reported when the ballot has one too, as when it was checked first.
      const std::string_view rawId = trimmed( cell( mVoterIdColumn ) );
      std::string id( rawId );
      std::string_view seenId;
      std::uint64_t seenHash = 0;
      if ( mVoterIdColumn >= 0 )
      {
        if ( id.empty() )
          return fail( line, QCoreApplication::translate( "vigie::budget", "empty voter id" ) );
        // quoted ids live in per-line storage: keep those (rare) as their own strings
        const bool inData = rawId.data() >= mData.constData() && rawId.data() < mData.constData() + mData.size();
        if ( !inData )
          mQuotedIds.push_back( id );
        seenId = inData ? rawId : std::string_view( mQuotedIds.back() );
        seenHash = hashBytes( seenId );
        mSeenVoters.prefetch( seenHash );
      }
      else
        id = std::to_string( e.voterIds.size() + 1 );
      if ( mMac )
      {
        mMac->reset();
        mMac->addData( id.data(), static_cast<int>( id.size() ) );
        id = mMac->result().left( 16 ).toHex().toStdString();
      }

      const size_t begin = e.ballotProjects.size();
      const std::string_view vote = cell( mVoteColumn );
      const std::string_view pointsCell = cell( mPointsColumn );
      // a cumulative or scoring row without points is an empty ballot (as pabutools reads it)
      const bool withItems = !e.hasPoints() || !pointsCell.empty();
      std::vector<std::string_view> pointItems;
      if ( e.hasPoints() && withItems )
      {
        size_t start = 0;
        while ( start <= pointsCell.size() )
        {
          size_t end = pointsCell.find( ',', start );
          if ( end == std::string_view::npos )
            end = pointsCell.size();
          if ( !trimmed( pointsCell.substr( start, end - start ) ).empty() )
            pointItems.push_back( pointsCell.substr( start, end - start ) );
          start = end + 1;
        }
      }
      size_t item = 0;
      bool ok = true;
      if ( withItems )
      {
        size_t start = 0;
        while ( start <= vote.size() )
        {
          // the project id up to the next ',' and its hash, in one pass
          size_t end = start;
          std::uint64_t hash = kFnvOffset;
          for ( ; end < vote.size() && vote[end] != ','; ++end )
            hash = ( hash ^ static_cast<unsigned char>( vote[end] ) ) * kFnvPrime;
          const std::string_view projectText = vote.substr( start, end - start );
          start = end + 1;
          if ( projectText.empty() )
            continue;
          const int p = mProjectTable.find( projectText, hash );
          if ( p < 0 )
          {
            ok = fail( line, QCoreApplication::translate( "vigie::budget", "vote for unknown project \"%1\"" ).arg( text( projectText ) ) );
            break;
          }
          if ( mInBallot[static_cast<size_t>( p )] )
          {
            if ( e.voteType == VoteType::Approval || e.voteType == VoteType::ChooseOne )
              continue; // an approval ballot is a set
            ok = fail(
                line,
                QCoreApplication::translate( "vigie::budget", "project \"%1\" appears twice in the ballot" ).arg( text( projectText ) ) );
            break;
          }
          mInBallot[static_cast<size_t>( p )] = 1;
          e.ballotProjects.push_back( p );
          if ( e.hasPoints() )
          {
            if ( item >= pointItems.size() )
            {
              ok = fail(
                  line,
                  QCoreApplication::translate( "vigie::budget", "%1 points for more projects in the vote" ).arg( pointItems.size() ) );
              break;
            }
            const std::optional<Decimal> d = parseDecimal( pointItems[item], false );
            if ( !d )
            {
              ok = fail( line, QCoreApplication::translate( "vigie::budget", "bad number \"%1\" in points" )
                                   .arg( text( trimmed( pointItems[item] ) ) ) );
              break;
            }
            if ( d->mantissa < 0 )
            {
              ok = fail( line,
                         QCoreApplication::translate( "vigie::budget", "negative points %1" ).arg( text( trimmed( pointItems[item] ) ) ) );
              break;
            }
            mPoints.push_back( *d );
            mPointsDecimals = std::max( mPointsDecimals, d->decimals );
          }
          ++item;
        }
        if ( ok && e.hasPoints() && item != pointItems.size() )
          ok = fail( line, QCoreApplication::translate( "vigie::budget", "%1 projects in the vote but %2 points" )
                               .arg( item )
                               .arg( pointItems.size() ) );
      }
      for ( size_t i = begin; i < e.ballotProjects.size(); ++i )
        mInBallot[static_cast<size_t>( e.ballotProjects[i] )] = 0;
      if ( mVoterIdColumn >= 0 && !mSeenVoters.insert( seenId, seenHash ) )
        return fail( line, QCoreApplication::translate( "vigie::budget", "duplicate voter id \"%1\"" ).arg( text( rawId ) ) );
      if ( !ok )
        return false;
      if ( mOptions.checkConstraints && !checkBallot( e, line, begin ) )
        return false;

      e.voterIds.push_back( std::move( id ) );
      e.voterLines.push_back( line );
      e.ballotStart.push_back( static_cast<int>( e.ballotProjects.size() ) );
      for ( const int column : mExtraColumnIndex )
        e.extraCells.emplace_back( cell( column ) );
      return true;
    }

    bool Parser::checkBallot( const Election &e, int line, size_t begin )
    {
      const std::int64_t length = static_cast<std::int64_t>( e.ballotProjects.size() - begin );
      if ( mMinLength.set && length < mMinLength.value.mantissa )
        return fail( line,
                     QCoreApplication::translate( "vigie::budget", "ballot lists %1 projects, fewer than min_length %2 (META line %3)" )
                         .arg( length )
                         .arg( mMinLength.value.mantissa )
                         .arg( mMinLength.line ) );
      if ( mMaxLength.set && length > mMaxLength.value.mantissa )
        return fail( line,
                     QCoreApplication::translate( "vigie::budget", "ballot lists %1 projects, more than max_length %2 (META line %3)" )
                         .arg( length )
                         .arg( mMaxLength.value.mantissa )
                         .arg( mMaxLength.line ) );
      if ( mMinSumCost.set || mMaxSumCost.set )
      {
        std::int64_t sum = 0;
        for ( size_t i = begin; i < e.ballotProjects.size(); ++i )
          sum += e.projects[static_cast<size_t>( e.ballotProjects[i] )].cost;
        if ( mMinSumCost.set && sum < mMinSumCost.scaledValue )
          return fail( line,
                       QCoreApplication::translate( "vigie::budget", "ballot costs %1 in total, less than min_sum_cost (META line %2)" )
                           .arg( e.formatMoney( sum ) )
                           .arg( mMinSumCost.line ) );
        if ( mMaxSumCost.set && sum > mMaxSumCost.scaledValue )
          return fail( line,
                       QCoreApplication::translate( "vigie::budget", "ballot costs %1 in total, more than max_sum_cost (META line %2)" )
                           .arg( e.formatMoney( sum ) )
                           .arg( mMaxSumCost.line ) );
      }
      if ( e.hasPoints() && length > 0 )
      {
        // compare exact decimals through a common scale of 10^kMaxDecimals: values below 10^12 cannot overflow
        auto atScale = []( const Decimal &d ) { return static_cast<Int128>( d.mantissa ) * power10( kMaxDecimals - d.decimals ); };
        Int128 sum = 0;
        const size_t first = mPoints.size() - static_cast<size_t>( length );
        for ( size_t i = first; i < mPoints.size(); ++i )
        {
          const Int128 v = atScale( mPoints[i] );
          sum += v;
          if ( mMinPoints.set && v < atScale( mMinPoints.value ) )
            return fail( line, QCoreApplication::translate( "vigie::budget", "a project gets fewer points than min_points (META line %1)" )
                                   .arg( mMinPoints.line ) );
          if ( mMaxPoints.set && v > atScale( mMaxPoints.value ) )
            return fail( line, QCoreApplication::translate( "vigie::budget", "a project gets more points than max_points (META line %1)" )
                                   .arg( mMaxPoints.line ) );
        }
        if ( mMinSumPoints.set && sum < atScale( mMinSumPoints.value ) )
          return fail(
              line, QCoreApplication::translate( "vigie::budget", "ballot gives fewer points in total than min_sum_points (META line %1)" )
                        .arg( mMinSumPoints.line ) );
        if ( mMaxSumPoints.set && sum > atScale( mMaxSumPoints.value ) )
          return fail(
              line, QCoreApplication::translate( "vigie::budget", "ballot gives more points in total than max_sum_points (META line %1)" )
                        .arg( mMaxSumPoints.line ) );
      }
      return true;
    }

    bool Parser::parse( Election &e, QString *errorMessage )
    {
      const char *data = mData.constData();
      size_t size = static_cast<size_t>( mData.size() );
      size_t pos = 0;
      if ( size >= 3 && static_cast<unsigned char>( data[0] ) == 0xEF && static_cast<unsigned char>( data[1] ) == 0xBB &&
           static_cast<unsigned char>( data[2] ) == 0xBF )
        pos = 3;
      e.sourceName = mSource;

      Section section = Section::None;
      bool needHeader = false;
      int sectionLine = 0;
      bool seen[4] = { false, false, false, false };
      int lineNumber = 0;
      std::vector<std::string_view> cells;
      std::deque<std::string> storage;
      bool ok = true;

      auto closeSection = [&]( int line )
      {
        if ( needHeader )
          return fail( sectionLine, QCoreApplication::translate( "vigie::budget", "section has no header row" ) );
        if ( section == Section::Meta )
          return endMeta( e, line );
        if ( section == Section::Projects )
          return endProjects( e, line );
        return true;
      };

      // bytes that end a line (universal newlines: LF, CRLF and CR) or a cell, or open a quote
      bool special[256] = {};
      special[static_cast<unsigned char>( '\n' )] = special[static_cast<unsigned char>( '\r' )] = true;
      special[static_cast<unsigned char>( ';' )] = special[static_cast<unsigned char>( '"' )] = true;
      while ( ok && pos < size )
      {
        // one pass over the line finds its end and, when it has no quote, its cells (split on ';')
        cells.clear();
        bool quoted = false;
        size_t cellStart = pos;
        size_t end = pos;
        bool stopped = false; // at the line's end
#ifdef VIGIE_BUDGET_SSE2
        const __m128i semicolons = _mm_set1_epi8( ';' );
        const __m128i lineFeeds = _mm_set1_epi8( '\n' );
        const __m128i carriageReturns = _mm_set1_epi8( '\r' );
        const __m128i quotes = _mm_set1_epi8( '"' );
        while ( !stopped && end + 16 <= size )
        {
          const __m128i block = _mm_loadu_si128( reinterpret_cast<const __m128i *>( data + end ) );
          unsigned cellEnds = static_cast<unsigned>( _mm_movemask_epi8( _mm_cmpeq_epi8( block, semicolons ) ) );
          unsigned quoteBits = static_cast<unsigned>( _mm_movemask_epi8( _mm_cmpeq_epi8( block, quotes ) ) );
          const unsigned lineEnds = static_cast<unsigned>(
              _mm_movemask_epi8( _mm_or_si128( _mm_cmpeq_epi8( block, lineFeeds ), _mm_cmpeq_epi8( block, carriageReturns ) ) ) );
          size_t advance = 16;
          if ( lineEnds != 0 )
          {
            advance = static_cast<size_t>( __builtin_ctz( lineEnds ) );
            const unsigned before = ( 1u << advance ) - 1;
            cellEnds &= before;
            quoteBits &= before;
            stopped = true;
          }
          quoted = quoted || quoteBits != 0;
          for ( ; cellEnds != 0; cellEnds &= cellEnds - 1 )
          {
            const size_t at = end + static_cast<size_t>( __builtin_ctz( cellEnds ) );
            cells.emplace_back( data + cellStart, at - cellStart );
            cellStart = at + 1;
          }
          end += advance;
        }
#endif
        for ( ; !stopped && end < size; ++end )
        {
          const char c = data[end];
          if ( !special[static_cast<unsigned char>( c )] )
            continue;
          if ( c == ';' )
          {
            cells.emplace_back( data + cellStart, end - cellStart );
            cellStart = end + 1;
          }
          else if ( c == '"' )
            quoted = true;
          else
            break;
        }
        const std::string_view line( data + pos, end - pos );
        ++lineNumber;
        pos = end;
        mDataPos = end;
        if ( pos < size )
        {
          if ( data[pos] == '\r' && pos + 1 < size && data[pos + 1] == '\n' )
            pos += 2;
          else
            ++pos;
        }
        if ( trimmed( line ).empty() )
          continue;
        if ( quoted )
        {
          storage.clear();
          splitCells( line, cells, storage );
        }
        else
          cells.emplace_back( data + cellStart, end - cellStart );

        const std::string_view first = trimmed( cells[0] );
        Section next = Section::None;
        if ( equalsIgnoreCase( first, "meta" ) )
          next = Section::Meta;
        else if ( equalsIgnoreCase( first, "projects" ) )
          next = Section::Projects;
        else if ( equalsIgnoreCase( first, "votes" ) )
          next = Section::Votes;
        if ( next != Section::None )
        {
          if ( seen[static_cast<int>( next )] )
          {
            ok = fail( lineNumber, QCoreApplication::translate( "vigie::budget", "section %1 appears twice" ).arg( text( first ) ) );
            break;
          }
          if ( static_cast<int>( next ) < static_cast<int>( section ) )
          {
            ok = fail( lineNumber, QCoreApplication::translate( "vigie::budget",
                                                                "section %1 out of order: META, PROJECTS and VOTES come in this order" )
                                       .arg( text( first ) ) );
            break;
          }
          if ( !( ok = closeSection( lineNumber ) ) )
            break;
          if ( next == Section::Projects && !seen[static_cast<int>( Section::Meta )] )
          {
            ok = fail( lineNumber, QCoreApplication::translate( "vigie::budget", "missing section META before PROJECTS" ) );
            break;
          }
          if ( next == Section::Votes && !seen[static_cast<int>( Section::Projects )] )
          {
            ok = fail( lineNumber, QCoreApplication::translate( "vigie::budget", "missing section PROJECTS before VOTES" ) );
            break;
          }
          seen[static_cast<int>( next )] = true;
          section = next;
          needHeader = true;
          sectionLine = lineNumber;
          continue;
        }
        switch ( section )
        {
        case Section::None:
          ok = fail( lineNumber, QCoreApplication::translate( "vigie::budget", "data before the META section" ) );
          break;
        case Section::Meta:
          ok = needHeader || metaRow( e, lineNumber, cells );
          break;
        case Section::Projects:
          ok = needHeader ? projectHeader( e, lineNumber, cells ) : projectRow( e, lineNumber, cells );
          break;
        case Section::Votes:
          ok = needHeader ? voteHeader( e, lineNumber, cells ) : voteRow( e, lineNumber, cells );
          break;
        }
        needHeader = false;
      }
      if ( ok )
        ok = closeSection( lineNumber );
      if ( ok )
      {
        const int last = std::max( lineNumber, 1 );
        if ( !seen[static_cast<int>( Section::Meta )] )
          ok = fail( last, QCoreApplication::translate( "vigie::budget", "missing section META" ) );
        else if ( !seen[static_cast<int>( Section::Projects )] )
          ok = fail( last, QCoreApplication::translate( "vigie::budget", "missing section PROJECTS" ) );
        else if ( !seen[static_cast<int>( Section::Votes )] )
          ok = fail( last, QCoreApplication::translate( "vigie::budget", "missing section VOTES" ) );
      }
      if ( ok && e.hasPoints() )
      {
        e.pointsScale = power10( mPointsDecimals );
        e.ballotPoints.resize( mPoints.size() );
        for ( size_t i = 0; i < mPoints.size(); ++i )
          scaled( mPoints[i], mPointsDecimals, e.ballotPoints[i] );
      }
      if ( !ok && errorMessage )
        *errorMessage = mError;
      return ok;
    }
  } // namespace

  bool PabulibReader::readFile( const QString &path, Election &election, QString *errorMessage, const ReadOptions &options )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie::budget", "%1: cannot open: %2" )
                            .arg( QDir::toNativeSeparators( path ), file.errorString() );
      return false;
    }
    const QByteArray data = file.readAll();
    return readData( data, path, election, errorMessage, options );
  }

  bool PabulibReader::readData( const QByteArray &data, const QString &sourceName, Election &election, QString *errorMessage,
                                const ReadOptions &options )
  {
    Election result;
    Parser parser( data, sourceName, options );
    if ( !parser.parse( result, errorMessage ) )
      return false;
    election = std::move( result );
    return true;
  }

  namespace
  {
    void appendCell( QByteArray &out, std::string_view cell )
    {
      bool quote = false;
      for ( const char c : cell )
      {
        if ( c == ';' || c == '"' || c == '\n' || c == '\r' )
        {
          quote = true;
          break;
        }
      }
      // a cell reading as a section name or starting with a quote must be quoted too
      if ( !quote )
      {
        out.append( cell.data(), static_cast<int>( cell.size() ) );
        return;
      }
      out.append( '"' );
      for ( const char c : cell )
      {
        if ( c == '"' )
          out.append( '"' );
        out.append( c );
      }
      out.append( '"' );
    }

    void appendRow( QByteArray &out, const std::vector<std::string> &cells )
    {
      for ( size_t i = 0; i < cells.size(); ++i )
      {
        if ( i > 0 )
          out.append( ';' );
        appendCell( out, cells[i] );
      }
      out.append( '\n' );
    }
  } // namespace

  QByteArray PabulibWriter::toData( const Election &e, const WriteOptions &options )
  {
    QByteArray out;
    out.reserve( options.exportBallots ? e.voterCount() * 48 + 4096 : 4096 );
    out.append( "META\nkey;value\n" );
    for ( const auto &entry : e.meta )
      appendRow( out, { entry.first, entry.second } );
    out.append( "PROJECTS\n" );
    appendRow( out, e.projectColumns );
    for ( const Project &p : e.projects )
      appendRow( out, p.cells );
    out.append( "VOTES\n" );
    std::vector<std::string> columns;
    std::vector<int> extraKept;
    for ( const std::string &column : e.voteColumns )
    {
      if ( column == "voter_id" || column == "vote" || column == "points" )
        columns.push_back( column );
      else if ( options.exportPersonalFields )
      {
        columns.push_back( column );
        extraKept.push_back( e.extraColumn( column ) );
      }
    }
    if ( columns.empty() )
      columns = { std::string( "voter_id" ), std::string( "vote" ) };
    appendRow( out, columns );
    if ( !options.exportBallots )
      return out;
    const size_t extraCount = e.extraColumns.size();
    std::vector<std::string> row;
    for ( int v = 0; v < e.voterCount(); ++v )
    {
      row.clear();
      size_t extra = 0;
      for ( const std::string &column : columns )
      {
        if ( column == "voter_id" )
          row.push_back( e.voterIds[static_cast<size_t>( v )] );
        else if ( column == "vote" || column == "points" )
        {
          std::string cell;
          for ( int i = e.ballotStart[static_cast<size_t>( v )]; i < e.ballotStart[static_cast<size_t>( v ) + 1]; ++i )
          {
            if ( !cell.empty() || i > e.ballotStart[static_cast<size_t>( v )] )
              cell.push_back( ',' );
            if ( column == "vote" )
              cell += e.projects[static_cast<size_t>( e.ballotProjects[static_cast<size_t>( i )] )].id;
            else
              cell += e.formatPoints( e.ballotPoints[static_cast<size_t>( i )] ).toStdString();
          }
          row.push_back( cell );
        }
        else
        {
          const int index = extraKept[extra++];
          row.push_back( index >= 0 ? e.extraCells[static_cast<size_t>( v ) * extraCount + static_cast<size_t>( index )] : std::string() );
        }
      }
      appendRow( out, row );
    }
    return out;
  }

  bool PabulibWriter::writeFile( const QString &path, const Election &election, QString *errorMessage, const WriteOptions &options )
  {
    return writeFileAtomically( path, toData( election, options ), errorMessage );
  }
} // namespace vigie::budget
