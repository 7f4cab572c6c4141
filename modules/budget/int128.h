// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGET_INT128_H
#define VIGIE_BUDGET_INT128_H

#include <cstdint>

#if defined( _MSC_VER ) && defined( _M_X64 )
#include <intrin.h>
#endif

namespace vigie::budget
{
  /**
   * \brief Signed 128-bit integer in two 64-bit words (two's complement), for compilers without
   * __int128 (MSVC). Only what the budget code needs: +, -, *, shifts, &, comparisons; every
   * operation wraps modulo 2^128 like the built-in type. The products the rules form are proven
   * below 2^126 where they are used (see rules.cpp), so wrapping never happens there.
   */
  class PortableInt128
  {
  public:
    constexpr PortableInt128() = default;
    // implicit, as the built-in type converts from the 64-bit integers
    constexpr PortableInt128( std::int64_t v ) // NOLINT(google-explicit-constructor)
      : mLow( static_cast<std::uint64_t>( v ) )
      , mHigh( v < 0 ? ~std::uint64_t( 0 ) : 0 )
    {
    }
    constexpr PortableInt128( int v ) // NOLINT(google-explicit-constructor)
      : PortableInt128( static_cast<std::int64_t>( v ) )
    {
    }
    static constexpr PortableInt128 fromWords( std::uint64_t high, std::uint64_t low )
    {
      PortableInt128 r;
      r.mHigh = high;
      r.mLow = low;
      return r;
    }
    constexpr std::uint64_t low() const { return mLow; }
    constexpr std::uint64_t high() const { return mHigh; }

    explicit constexpr operator std::int64_t() const { return static_cast<std::int64_t>( mLow ); }
    explicit constexpr operator std::uint64_t() const { return mLow; }
    explicit operator double() const
    {
      const bool negative = isNegative();
      const PortableInt128 m = negative ? -*this : *this;
      const double v = static_cast<double>( m.mHigh ) * 18446744073709551616.0 + static_cast<double>( m.mLow );
      return negative ? -v : v;
    }

    constexpr bool isNegative() const { return ( mHigh >> 63 ) != 0; }

    friend constexpr PortableInt128 operator+( PortableInt128 a, PortableInt128 b )
    {
      const std::uint64_t low = a.mLow + b.mLow;
      return fromWords( a.mHigh + b.mHigh + ( low < a.mLow ? 1 : 0 ), low );
    }
    friend constexpr PortableInt128 operator-( PortableInt128 a, PortableInt128 b )
    {
      const std::uint64_t low = a.mLow - b.mLow;
      return fromWords( a.mHigh - b.mHigh - ( a.mLow < b.mLow ? 1 : 0 ), low );
    }
    constexpr PortableInt128 operator-() const { return PortableInt128() - *this; }
    friend PortableInt128 operator*( PortableInt128 a, PortableInt128 b )
    {
      std::uint64_t high = 0;
      const std::uint64_t low = multiplyWords( a.mLow, b.mLow, high );
      return fromWords( high + a.mHigh * b.mLow + a.mLow * b.mHigh, low );
    }
    PortableInt128 &operator+=( PortableInt128 o ) { return *this = *this + o; }
    PortableInt128 &operator-=( PortableInt128 o ) { return *this = *this - o; }
    PortableInt128 &operator*=( PortableInt128 o ) { return *this = *this * o; }

    friend constexpr PortableInt128 operator&( PortableInt128 a, PortableInt128 b ) { return fromWords( a.mHigh & b.mHigh, a.mLow & b.mLow ); }
    //! Left shift by 0..127.
    friend constexpr PortableInt128 operator<<( PortableInt128 a, int n )
    {
      return n == 0    ? a
             : n < 64 ? fromWords( ( a.mHigh << n ) | ( a.mLow >> ( 64 - n ) ), a.mLow << n )
                      : fromWords( a.mLow << ( n - 64 ), 0 );
    }
    //! Arithmetic right shift by 0..127 (the sign is kept, as GCC and Clang do for __int128).
    friend constexpr PortableInt128 operator>>( PortableInt128 a, int n )
    {
      const std::uint64_t fill = a.isNegative() ? ~std::uint64_t( 0 ) : 0;
      return n == 0    ? a
             : n < 64 ? fromWords( ( a.mHigh >> n ) | ( fill << ( 64 - n ) ), ( a.mLow >> n ) | ( a.mHigh << ( 64 - n ) ) )
                      : fromWords( fill, n == 64 ? a.mHigh : ( a.mHigh >> ( n - 64 ) ) | ( fill << ( 128 - n ) ) );
    }

    friend constexpr bool operator==( PortableInt128 a, PortableInt128 b ) { return a.mHigh == b.mHigh && a.mLow == b.mLow; }
    friend constexpr bool operator!=( PortableInt128 a, PortableInt128 b ) { return !( a == b ); }
    friend constexpr bool operator<( PortableInt128 a, PortableInt128 b )
    {
      // signed on the high word, unsigned on the low one
      return a.mHigh != b.mHigh ? static_cast<std::int64_t>( a.mHigh ) < static_cast<std::int64_t>( b.mHigh ) : a.mLow < b.mLow;
    }
    friend constexpr bool operator>( PortableInt128 a, PortableInt128 b ) { return b < a; }
    friend constexpr bool operator<=( PortableInt128 a, PortableInt128 b ) { return !( b < a ); }
    friend constexpr bool operator>=( PortableInt128 a, PortableInt128 b ) { return !( a < b ); }

    //! Full 64 x 64 -> 128-bit unsigned product: the low word returned, the high one in \a high.
    static std::uint64_t multiplyWords( std::uint64_t a, std::uint64_t b, std::uint64_t &high )
    {
#if defined( _MSC_VER ) && defined( _M_X64 )
      unsigned __int64 h = 0;
      const unsigned __int64 l = _umul128( a, b, &h );
      high = h;
      return l;
#else
      // schoolbook on 32-bit halves: no partial sum overflows 64 bits
      const std::uint64_t a0 = a & 0xffffffffu, a1 = a >> 32;
      const std::uint64_t b0 = b & 0xffffffffu, b1 = b >> 32;
      const std::uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
      const std::uint64_t middle = ( p00 >> 32 ) + ( p01 & 0xffffffffu ) + ( p10 & 0xffffffffu );
      high = p11 + ( p01 >> 32 ) + ( p10 >> 32 ) + ( middle >> 32 );
      return ( middle << 32 ) | ( p00 & 0xffffffffu );
#endif
    }

  private:
    std::uint64_t mLow = 0;
    std::uint64_t mHigh = 0;
  };

#if defined( __SIZEOF_INT128__ ) && !defined( VIGIE_PORTABLE_INT128 )
  //! 128-bit integer: the compiler's (GCC, Clang); __extension__ keeps -Wpedantic quiet.
  __extension__ typedef __int128 Int128;
#else
  //! 128-bit integer: MSVC has none, so two 64-bit words (also forced by VIGIE_PORTABLE_INT128 in a test).
  typedef PortableInt128 Int128;
#endif

  //! Sign of a * b - c * d for 64-bit integers, exact (the products need up to 126 bits).
  inline int compareProducts( std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d )
  {
    const Int128 l = static_cast<Int128>( a ) * static_cast<Int128>( b );
    const Int128 r = static_cast<Int128>( c ) * static_cast<Int128>( d );
    return l < r ? -1 : ( r < l ? 1 : 0 );
  }
} // namespace vigie::budget

#endif
