// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target for the EPANET .inp reader: any bytes must give a Network or an error, never a crash,
// a hang or a sanitizer report; a network that reads must survive write -> read and the solver's
// model building. Built two ways (tests/fuzz/CMakeLists.txt):
//  - with clang -fsanitize=fuzzer,address (libFuzzer's main): fuzz_inpreader CORPUS -max_total_time=30;
//  - with the project's compiler and VIGIE_FUZZ_REPLAY: a deterministic driver that feeds every seed
//    file and a fixed number of mutations of each (byte flips, deleted / duplicated / swapped lines,
//    numbers replaced by extreme values) through the same function.
#include "inpreader.h"
#include "inpwriter.h"
#include "solver.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace
{
  void fuzzOne( const QByteArray &bytes )
  {
    using namespace vigie::hydraulics;
    Network network;
    QString error;
    const QString text = QString::fromUtf8( bytes );
    if ( !InpReader::readText( text, QStringLiteral( "fuzz.inp" ), network, &error ) )
    {
      if ( error.isEmpty() )
        std::abort(); // a refusal must say why
      return;
    }
    // what reads must write and read again
    Network again;
    if ( !InpReader::readText( InpWriter::toText( network ), QStringLiteral( "fuzz-rewritten.inp" ), again, &error ) )
      std::abort();
    if ( again.nodeCount() != network.nodeCount() || again.linkCount() != network.linkCount() )
      std::abort();
    // the solver's checks of the model must not crash either (no solve: random models may be huge)
    HydraulicSimulation simulation( network );
    simulation.setDuration( 0 );
    simulation.initialize( &error );
  }
} // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  if ( size > 1 << 20 )
    return 0;
  fuzzOne( QByteArray( reinterpret_cast<const char *>( data ), static_cast<int>( size ) ) );
  return 0;
}

#ifdef VIGIE_FUZZ_REPLAY
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QTextStream>

namespace
{
  //! Small deterministic generator (xorshift): the replay gives the same inputs on every machine.
  quint64 nextRandom( quint64 &state )
  {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }

  QByteArray mutate( const QByteArray &seed, quint64 &state )
  {
    QList<QByteArray> lines = seed.split( '\n' );
    QByteArray out;
    const int kind = static_cast<int>( nextRandom( state ) % 6 );
    const int n = static_cast<int>( lines.size() );
    const int at = n > 0 ? static_cast<int>( nextRandom( state ) % static_cast<quint64>( n ) ) : 0;
    switch ( kind )
    {
    case 0: // delete a line
      if ( n > 0 )
        lines.removeAt( at );
      break;
    case 1: // duplicate a line
      if ( n > 0 )
        lines.insert( at, lines.at( at ) );
      break;
    case 2: // swap two lines
      if ( n > 1 )
        lines.swapItemsAt( at, static_cast<int>( nextRandom( state ) % static_cast<quint64>( n ) ) );
      break;
    case 3: // replace a token by an extreme or malformed value
    {
      if ( n == 0 )
        break;
      static const char *values[] = { "0",       "-1", "1e308", "-1e308", "nan", "inf", "", ";", "[", "]", "99999999999999999999",
                                      "1:99:99", "CV", "PRV",   "x" };
      QList<QByteArray> tokens = lines.at( at ).split( ' ' );
      const int t = static_cast<int>( nextRandom( state ) % static_cast<quint64>( tokens.size() ) );
      tokens[t] = values[nextRandom( state ) % ( sizeof( values ) / sizeof( values[0] ) )];
      lines[at] = tokens.join( ' ' );
      break;
    }
    case 4: // truncate
      return seed.left( static_cast<int>( nextRandom( state ) % static_cast<quint64>( seed.size() + 1 ) ) );
    default: // flip a few bytes
    {
      out = seed;
      for ( int k = 0; k < 4 && !out.isEmpty(); ++k )
        out[static_cast<int>( nextRandom( state ) % static_cast<quint64>( out.size() ) )] = static_cast<char>( nextRandom( state ) & 0xff );
      return out;
    }
    }
    return lines.join( '\n' );
  }
} // namespace

//! Usage: fuzz_inpreader_replay MUTATIONS_PER_SEED FILE_OR_DIR...
int main( int argc, char **argv )
{
  QTextStream out( stdout );
  if ( argc < 3 )
  {
    out << "usage: fuzz_inpreader_replay MUTATIONS_PER_SEED FILE_OR_DIR...\n";
    return 2;
  }
  const int mutations = std::atoi( argv[1] );
  QStringList files;
  for ( int k = 2; k < argc; ++k )
  {
    const QFileInfo info( QString::fromLocal8Bit( argv[k] ) );
    if ( info.isDir() )
    {
      for ( const QFileInfo &f : QDir( info.filePath() ).entryInfoList( { QStringLiteral( "*.inp" ) }, QDir::Files, QDir::Name ) )
        files << f.filePath();
    }
    else if ( info.exists() )
      files << info.filePath();
  }
  int inputs = 0;
  quint64 state = 0x9E3779B97F4A7C15ULL;
  for ( const QString &path : std::as_const( files ) )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      continue;
    const QByteArray seed = file.readAll();
    // large seeds cost a lot per input: fewer mutations for them
    const int count = seed.size() > 200000 ? mutations / 20 : mutations;
    fuzzOne( seed );
    ++inputs;
    for ( int m = 0; m < count; ++m )
    {
      QByteArray input = mutate( seed, state );
      if ( m % 3 == 0 )
        input = mutate( input, state );
      fuzzOne( input );
      ++inputs;
    }
  }
  out << QStringLiteral( "fuzz_inpreader_replay: %1 inputs from %2 seed files, no crash\n" ).arg( inputs ).arg( files.size() );
  return files.isEmpty() ? 1 : 0;
}
#endif
