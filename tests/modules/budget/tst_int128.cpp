// SPDX-License-Identifier: GPL-2.0-or-later
// The portable 128-bit integer (the path MSVC takes, which has no __int128) against the
// compiler's __int128 on random and edge values; tst_rules_portable runs the rules with it.

#include "int128.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstdint>
#include <limits>

using namespace vigie::budget;

#if defined( __SIZEOF_INT128__ )
__extension__ typedef __int128 Native;
__extension__ typedef unsigned __int128 NativeU;

namespace
{
  Native toNative( PortableInt128 v )
  {
    return static_cast<Native>( ( static_cast<NativeU>( v.high() ) << 64 ) | v.low() );
  }
  PortableInt128 fromNative( Native v )
  {
    const auto u = static_cast<NativeU>( v );
    return PortableInt128::fromWords( static_cast<std::uint64_t>( u >> 64 ), static_cast<std::uint64_t>( u ) );
  }
} // namespace
#endif

class TestInt128 : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void randomValues();
  void edges_data();
  void edges();
  void compareProducts_data();
  void compareProducts();
};

void TestInt128::randomValues()
{
#if !defined( __SIZEOF_INT128__ )
  QSKIP( "no native __int128 to compare with" );
#else
  QRandomGenerator random( 20240611 );
  const std::int64_t interesting[] = { 0, 1, -1, 2, -2, std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min(),
                                       std::int64_t( 1 ) << 32, -( std::int64_t( 1 ) << 32 ), 0xffffffffLL };
  for ( int i = 0; i < 200000; ++i )
  {
    // 64-bit operands (as the rules use it), random 128-bit ones, and edge values
    std::int64_t a64, b64;
    if ( i % 10 == 0 )
    {
      a64 = interesting[random.bounded( 10 )];
      b64 = interesting[random.bounded( 10 )];
    }
    else
    {
      a64 = static_cast<std::int64_t>( random.generate64() ) >> random.bounded( 63 );
      b64 = static_cast<std::int64_t>( random.generate64() ) >> random.bounded( 63 );
    }
    const PortableInt128 a( a64 ), b( b64 );
    const Native na = a64, nb = b64;
    QCOMPARE( toNative( a ), na );
    QCOMPARE( toNative( a * b ), na * nb );
    QCOMPARE( toNative( a + b ), na + nb );
    QCOMPARE( toNative( a - b ), na - nb );
    QCOMPARE( toNative( -a ), -na );
    QCOMPARE( a < b, na < nb );
    QCOMPARE( a == b, na == nb );
    QCOMPARE( a >= b, na >= nb );

    const PortableInt128 c = PortableInt128::fromWords( random.generate64(), random.generate64() );
    const PortableInt128 d = PortableInt128::fromWords( random.generate64(), random.generate64() );
    const Native nc = toNative( c ), nd = toNative( d );
    // wrapping products and sums, as the built-in type (unsigned arithmetic avoids signed overflow UB in the reference)
    const auto wrap = []( NativeU v ) { return static_cast<Native>( v ); };
    QCOMPARE( toNative( c * d ), wrap( static_cast<NativeU>( nc ) * static_cast<NativeU>( nd ) ) );
    QCOMPARE( toNative( c + d ), wrap( static_cast<NativeU>( nc ) + static_cast<NativeU>( nd ) ) );
    QCOMPARE( c < d, nc < nd );
    QCOMPARE( c > d, nc > nd );
    QCOMPARE( c <= d, nc <= nd );
    const int n = static_cast<int>( random.bounded( 128 ) );
    QCOMPARE( toNative( c >> n ), nc >> n );
    QCOMPARE( toNative( c << n ), wrap( static_cast<NativeU>( nc ) << n ) );
    QCOMPARE( toNative( c & d ), nc & nd );
    QCOMPARE( static_cast<std::int64_t>( c ), static_cast<std::int64_t>( nc ) );
    QCOMPARE( fromNative( nc ), c );
    std::uint64_t high = 0;
    const std::uint64_t x = random.generate64(), y = random.generate64();
    const std::uint64_t low = PortableInt128::multiplyWords( x, y, high );
    const NativeU full = static_cast<NativeU>( x ) * y;
    QCOMPARE( low, static_cast<std::uint64_t>( full ) );
    QCOMPARE( high, static_cast<std::uint64_t>( full >> 64 ) );
  }
#endif
}

void TestInt128::edges_data()
{
  QTest::addColumn<qint64>( "value" );
  QTest::addColumn<int>( "shift" );
  QTest::newRow( "2^62 split" ) << qint64( 1 ) << 62;
  QTest::newRow( "2^63" ) << qint64( 1 ) << 63;
  QTest::newRow( "2^64" ) << qint64( 1 ) << 64;
  QTest::newRow( "negative 2^100" ) << qint64( -1 ) << 100;
  QTest::newRow( "large" ) << qint64( 123456789012345 ) << 60;
}

void TestInt128::edges()
{
  // the splits rules.cpp does: v >> 62 and v & (2^62 - 1) rebuild v
  QFETCH( qint64, value );
  QFETCH( int, shift );
  const PortableInt128 v = PortableInt128( static_cast<std::int64_t>( value ) ) << shift;
  const PortableInt128 mask = ( PortableInt128( 1 ) << 62 ) - 1;
  const PortableInt128 rebuilt = ( ( v >> 62 ) << 62 ) + ( v & mask );
  QCOMPARE( rebuilt, v );
  QCOMPARE( v < 0, value < 0 );
  QCOMPARE( -( -v ), v );
  QVERIFY( std::abs( static_cast<double>( v ) - static_cast<double>( value ) * std::ldexp( 1.0, shift ) ) <=
           std::ldexp( std::abs( static_cast<double>( value ) ), shift ) * 1e-15 );
}

void TestInt128::compareProducts_data()
{
  QTest::addColumn<qint64>( "a" );
  QTest::addColumn<qint64>( "b" );
  QTest::addColumn<qint64>( "c" );
  QTest::addColumn<qint64>( "d" );
  QTest::addColumn<int>( "expected" );
  const qint64 max = std::numeric_limits<qint64>::max();
  QTest::newRow( "equal" ) << qint64( 6 ) << qint64( 4 ) << qint64( 8 ) << qint64( 3 ) << 0;
  QTest::newRow( "less" ) << qint64( 5 ) << qint64( 4 ) << qint64( 7 ) << qint64( 3 ) << -1;
  // beyond 64 bits: (2^63 - 1)^2 against (2^63 - 2)(2^63)
  QTest::newRow( "overflowing 64 bits" ) << max << max << max - 1 << max << 1;
  QTest::newRow( "signs" ) << qint64( -max ) << max << max << qint64( 1 ) << -1;
}

void TestInt128::compareProducts()
{
  QFETCH( qint64, a );
  QFETCH( qint64, b );
  QFETCH( qint64, c );
  QFETCH( qint64, d );
  QFETCH( int, expected );
  QCOMPARE( vigie::budget::compareProducts( a, b, c, d ), expected );
  // and through the portable type whatever Int128 is here
  const PortableInt128 l = PortableInt128( static_cast<std::int64_t>( a ) ) * PortableInt128( static_cast<std::int64_t>( b ) );
  const PortableInt128 r = PortableInt128( static_cast<std::int64_t>( c ) ) * PortableInt128( static_cast<std::int64_t>( d ) );
  QCOMPARE( l < r ? -1 : ( r < l ? 1 : 0 ), expected );
}

QTEST_GUILESS_MAIN( TestInt128 )
#include "tst_int128.moc"
