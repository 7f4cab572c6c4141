// SPDX-License-Identifier: GPL-2.0-or-later
#include "leaklocaliser.h"

#include <algorithm>
#include <cmath>

namespace vigie::hydraulics
{
  void LeakLocaliser::setSensitivity( const QStringList &pipes, const QVector<QVector<double>> &rows, const QVector<int> &areas )
  {
    mPipes = pipes;
    mRows = rows;
    mAreas = areas;
  }

  void LeakLocaliser::setNoise( const QVector<double> &sigma )
  {
    mSigma = sigma;
  }

  void LeakLocaliser::setNuisance( const QVector<double> &direction, double sigma )
  {
    mNuisance = direction;
    mNuisanceSigma = sigma;
  }

  QVector<double> LeakLocaliser::weights( int n, double noiseScale ) const
  {
    QVector<double> w( n, 1.0 / ( 0.05 * 0.05 ) );
    for ( int s = 0; s < n && s < mSigma.size(); ++s )
    {
      const double sigma = std::max( 1e-3, mSigma.at( s ) * noiseScale );
      w[s] = 1 / ( sigma * sigma );
    }
    return w;
  }

  double LeakLocaliser::misfitWithoutLeak( const QVector<double> &change, double noiseScale ) const
  {
    const int n = static_cast<int>( change.size() );
    const QVector<double> w = weights( n, noiseScale );
    const bool nuisance = mNuisance.size() == n && mNuisanceSigma > 0;
    double rr = 0, dd = nuisance ? 1 / ( mNuisanceSigma * mNuisanceSigma ) : 0, dr = 0;
    for ( int s = 0; s < n; ++s )
    {
      rr += w.at( s ) * change.at( s ) * change.at( s );
      if ( nuisance )
      {
        dd += w.at( s ) * mNuisance.at( s ) * mNuisance.at( s );
        dr += w.at( s ) * mNuisance.at( s ) * change.at( s );
      }
    }
    return dd > 0 ? std::max( 0.0, rr - dr * dr / dd ) : rr;
  }

  QVector<LeakCandidate> LeakLocaliser::rank( const QVector<double> &change, double flow, int area, int count, double noiseScale ) const
  {
    const int n = static_cast<int>( change.size() );
    const QVector<double> w = weights( n, noiseScale );
    const bool nuisance = mNuisance.size() == n && mNuisanceSigma > 0;
    double changeNorm = 0;
    for ( double v : change )
      changeNorm += v * v;
    changeNorm = std::sqrt( changeNorm );
    // prior on the flow: the balance estimate, with a relative uncertainty (absent when unknown)
    const double flowSigma = mFlowUncertainty * flow + 0.5;
    const double flowPrecision = flow > 0 ? 1 / ( flowSigma * flowSigma ) : 0;
    const double nuisancePrecision = nuisance ? 1 / ( mNuisanceSigma * mNuisanceSigma ) : 0;
    double dd = 0, dr = 0, rr = 0;
    for ( int s = 0; s < n; ++s )
    {
      rr += w.at( s ) * change.at( s ) * change.at( s );
      if ( nuisance )
      {
        dd += w.at( s ) * mNuisance.at( s ) * mNuisance.at( s );
        dr += w.at( s ) * mNuisance.at( s ) * change.at( s );
      }
    }
    QVector<LeakCandidate> all;
    for ( int p = 0; p < mPipes.size(); ++p )
    {
      if ( area >= 0 && mAreas.value( p, -1 ) != area )
        continue;
      const QVector<double> &row = mRows.at( p );
      double ss = 0, sr = 0, sd = 0, dot = 0, rn = 0;
      for ( int s = 0; s < n && s < row.size(); ++s )
      {
        ss += w.at( s ) * row.at( s ) * row.at( s );
        sr += w.at( s ) * row.at( s ) * change.at( s );
        if ( nuisance )
          sd += w.at( s ) * row.at( s ) * mNuisance.at( s );
        dot += row.at( s ) * change.at( s );
        rn += row.at( s ) * row.at( s );
      }
      LeakCandidate c;
      c.pipe = mPipes.at( p );
      c.similarity = changeNorm > 0 && rn > 0 ? dot / ( changeNorm * std::sqrt( rn ) ) : 0;
      // minimise sum w (r - q S - b D)^2 + (q - flow)^2 fp + b^2 np over q >= 0 and b
      const double a11 = ss + flowPrecision, a12 = sd, a22 = dd + nuisancePrecision;
      const double b1 = sr + flowPrecision * flow, b2 = dr;
      double q = 0, b = 0;
      if ( nuisance )
      {
        const double det = a11 * a22 - a12 * a12;
        if ( det > 0 )
        {
          q = ( b1 * a22 - a12 * b2 ) / det;
          b = ( a11 * b2 - a12 * b1 ) / det;
        }
      }
      else if ( a11 > 0 )
        q = b1 / a11;
      if ( q < 0 )
      {
        q = 0;
        b = nuisance && a22 > 0 ? b2 / a22 : 0;
      }
      // F = rr - 2 q sr - 2 b dr + q^2 ss + 2 q b sd + b^2 dd + priors
      double misfit = rr - 2 * q * sr - 2 * b * dr + q * q * ss + 2 * q * b * sd + b * b * dd;
      misfit += flowPrecision * ( q - flow ) * ( q - flow ) + nuisancePrecision * b * b;
      c.misfit = std::max( 0.0, misfit );
      c.flow = q;
      all.append( c );
    }
    if ( mMethod == LocaliserMethod::Cosine )
      std::stable_sort( all.begin(), all.end(),
                        []( const LeakCandidate &x, const LeakCandidate &y ) { return x.similarity > y.similarity; } );
    else
      std::stable_sort( all.begin(), all.end(), []( const LeakCandidate &x, const LeakCandidate &y ) { return x.misfit < y.misfit; } );
    if ( count >= 0 && all.size() > count )
      all.resize( count );
    return all;
  }
} // namespace vigie::hydraulics
