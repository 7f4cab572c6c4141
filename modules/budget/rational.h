// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_BUDGET_RATIONAL_H
#define VIGIE_BUDGET_RATIONAL_H

#include "int128.h"

#include <QString>

#include <gmp.h>

#include <climits>
#include <cstdint>
#include <string>

namespace vigie::budget
{
  /**
   * \brief Arbitrary-precision integer (GMP mpz_t). MES keeps every amount of money as an
   * integer numerator over one common denominator, which avoids a gcd after each operation.
   */
  class BigInt
  {
  public:
    BigInt() { mpz_init( mValue ); }
    explicit BigInt( std::int64_t v )
    {
      mpz_init( mValue );
      set( v );
    }
    BigInt( const BigInt &other ) { mpz_init_set( mValue, other.mValue ); }
    BigInt( BigInt &&other ) noexcept
    {
      mpz_init( mValue );
      mpz_swap( mValue, other.mValue );
    }
    ~BigInt() { mpz_clear( mValue ); }
    BigInt &operator=( const BigInt &other )
    {
      if ( this != &other )
        mpz_set( mValue, other.mValue );
      return *this;
    }
    BigInt &operator=( BigInt &&other ) noexcept
    {
      mpz_swap( mValue, other.mValue );
      return *this;
    }
    void set( std::int64_t v ) { setInt64( mValue, v ); }
    int compare( const BigInt &o ) const { return mpz_cmp( mValue, o.mValue ); }
    int sign() const { return mpz_sgn( mValue ); }
    mpz_ptr raw() { return mValue; }
    mpz_srcptr raw() const { return mValue; }

    //! z = v for any 64-bit value (mpz_set_si takes a long, 32 bits on Windows).
    static void setInt64( mpz_ptr z, std::int64_t v )
    {
      if ( v >= LONG_MIN && v <= LONG_MAX )
      {
        mpz_set_si( z, static_cast<long>( v ) );
        return;
      }
      const bool negative = v < 0;
      const std::uint64_t magnitude = negative ? ( ~static_cast<std::uint64_t>( v ) + 1 ) : static_cast<std::uint64_t>( v );
      mpz_set_ui( z, static_cast<unsigned long>( magnitude >> 32 ) );
      mpz_mul_2exp( z, z, 32 );
      mpz_add_ui( z, z, static_cast<unsigned long>( magnitude & 0xffffffffu ) );
      if ( negative )
        mpz_neg( z, z );
    }
    //! r = a * v for a 64-bit v.
    static void mulInt64( mpz_ptr r, mpz_srcptr a, std::int64_t v )
    {
      if ( v >= LONG_MIN && v <= LONG_MAX )
      {
        mpz_mul_si( r, a, static_cast<long>( v ) );
        return;
      }
      mpz_t t;
      mpz_init( t );
      setInt64( t, v );
      mpz_mul( r, a, t );
      mpz_clear( t );
    }

  private:
    mpz_t mValue;
  };

  /**
   * \brief Exact rational number (GMP mpq_t), as pabutools computes with gmpy2.
   * Why not 128-bit integers: in MES each round divides the remaining cost among the
   * supporters still holding money, so a voter's budget gets a denominator that is the
   * product of one supporter count per round (about 17 bits each on a city-wide vote):
   * after 10 rounds it no longer fits in 128 bits. Greedy does not need this (see greedy.cpp).
   */
  class Rational
  {
  public:
    Rational() { mpq_init( mValue ); }
    Rational( std::int64_t numerator, std::int64_t denominator = 1 )
    {
      mpq_init( mValue );
      set( numerator, denominator );
    }
    Rational( const Rational &other )
    {
      mpq_init( mValue );
      mpq_set( mValue, other.mValue );
    }
    Rational( Rational &&other ) noexcept
    {
      mpq_init( mValue );
      mpq_swap( mValue, other.mValue );
    }
    ~Rational() { mpq_clear( mValue ); }
    Rational &operator=( const Rational &other )
    {
      if ( this != &other )
        mpq_set( mValue, other.mValue );
      return *this;
    }
    Rational &operator=( Rational &&other ) noexcept
    {
      mpq_swap( mValue, other.mValue );
      return *this;
    }

    //! Sets numerator / denominator (denominator > 0), canonicalised.
    void set( std::int64_t numerator, std::int64_t denominator = 1 )
    {
      setInteger( mpq_numref( mValue ), numerator );
      setInteger( mpq_denref( mValue ), denominator );
      mpq_canonicalize( mValue );
    }

    Rational &operator+=( const Rational &o )
    {
      mpq_add( mValue, mValue, o.mValue );
      return *this;
    }
    Rational &operator-=( const Rational &o )
    {
      mpq_sub( mValue, mValue, o.mValue );
      return *this;
    }
    Rational &operator*=( const Rational &o )
    {
      mpq_mul( mValue, mValue, o.mValue );
      return *this;
    }
    Rational &operator/=( const Rational &o )
    {
      mpq_div( mValue, mValue, o.mValue );
      return *this;
    }
    friend Rational operator+( Rational a, const Rational &b ) { return a += b; }
    friend Rational operator-( Rational a, const Rational &b ) { return a -= b; }
    friend Rational operator*( Rational a, const Rational &b ) { return a *= b; }
    friend Rational operator/( Rational a, const Rational &b ) { return a /= b; }

    int compare( const Rational &o ) const { return mpq_cmp( mValue, o.mValue ); }
    friend bool operator<( const Rational &a, const Rational &b ) { return a.compare( b ) < 0; }
    friend bool operator>( const Rational &a, const Rational &b ) { return a.compare( b ) > 0; }
    friend bool operator<=( const Rational &a, const Rational &b ) { return a.compare( b ) <= 0; }
    friend bool operator>=( const Rational &a, const Rational &b ) { return a.compare( b ) >= 0; }
    friend bool operator==( const Rational &a, const Rational &b ) { return mpq_equal( a.mValue, b.mValue ) != 0; }
    friend bool operator!=( const Rational &a, const Rational &b ) { return !( a == b ); }

    int sign() const { return mpq_sgn( mValue ); }
    bool isZero() const { return sign() == 0; }
    double toDouble() const { return mpq_get_d( mValue ); }
    //! "p/q" or "p".
    QString toString() const
    {
      char *text = mpq_get_str( nullptr, 10, mValue );
      const QString result = QString::fromLatin1( text );
      void ( *freeFunction )( void *, size_t ) = nullptr;
      mp_get_memory_functions( nullptr, nullptr, &freeFunction );
      freeFunction( text, std::char_traits<char>::length( text ) + 1 );
      return result;
    }

    mpq_t &raw() { return mValue; }
    const mpq_t &raw() const { return mValue; }

  private:
    static void setInteger( mpz_ptr z, std::int64_t v )
    {
      // mpz_set_si takes a long: 64 bits on LP64, 32 on LLP64 (Windows), so go through 32-bit halves
      const bool negative = v < 0;
      const std::uint64_t magnitude = negative ? ( ~static_cast<std::uint64_t>( v ) + 1 ) : static_cast<std::uint64_t>( v );
      mpz_set_ui( z, static_cast<unsigned long>( magnitude >> 32 ) );
      mpz_mul_2exp( z, z, 32 );
      mpz_add_ui( z, z, static_cast<unsigned long>( magnitude & 0xffffffffu ) );
      if ( negative )
        mpz_neg( z, z );
    }

    mpq_t mValue;
  };
} // namespace vigie::budget

#endif
