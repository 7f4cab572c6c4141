// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_HYDRAULICS_LEAKLOCALISER_H
#define VIGIE_HYDRAULICS_LEAKLOCALISER_H

#include "vigie_hydraulics_export.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace vigie::hydraulics
{
  //! How candidate pipes are ranked against an observed change of the sensor pressures.
  enum class LocaliserMethod
  {
    Cosine,      //!< cosine similarity of shapes only (the first version; ignores the leak size)
    LeastSquares //!< weighted least squares with the leak size as a prior (see LeakLocaliser)
  };

  //! A candidate pipe for a leak, with its fit to the observed pressure change.
  struct VIGIE_HYDRAULICS_EXPORT LeakCandidate
  {
    QString pipe;
    double similarity = 0; //!< cosine between observed and simulated sensor pressure changes, -1..1
    double misfit = 0;     //!< weighted squared residual of the fit (least squares), lower is better
    double flow = 0;       //!< m³/h: the leak size the fit gives (least squares), else the prior
  };

  /**
   * \brief Ranks the pipes of a network as the place of a leak from the change of the sensor pressures.
   *
   * Each pipe has a row of sensitivities: the pressure change (m) at every sensor for a leak
   * of 1 m³/h at its middle, computed with the solver. With LeastSquares, the observed change r
   * is explained for each pipe j as r ≈ q S_j + β D + e: q the leak flow, with a Gaussian
   * prior around the flow the water balance estimated (\a flow, relative uncertainty
   * flowUncertainty); D an optional nuisance direction (the pressure response to the
   * consumption, whose estimate is never exact) with a ridge prior; e the sensor noise, weighted
   * by 1/σ². The pipes are ranked by the weighted squared residual (minus log-likelihood up to a
   * constant): unlike the cosine, a pipe whose predicted drop is much larger or smaller than what
   * the known leak size would produce is penalised, which is what separates pipes with the same
   * pressure "shape" at different distances from the sensors.
   */
  class VIGIE_HYDRAULICS_EXPORT LeakLocaliser
  {
  public:
    //! \a rows: per pipe, per sensor, pressure change (m) for 1 m³/h; \a areas: per pipe, its metered area.
    void setSensitivity( const QStringList &pipes, const QVector<QVector<double>> &rows, const QVector<int> &areas );
    //! Per-sensor noise standard deviation (m) of a daily mean residual; empty: every sensor weighs 1 (σ = 0.05 m).
    void setNoise( const QVector<double> &sigma );
    //! Nuisance direction (per sensor, m per unit); empty: none.
    void setNuisance( const QVector<double> &direction, double sigma );
    void setMethod( LocaliserMethod method ) { mMethod = method; }
    void setFlowUncertainty( double relative ) { mFlowUncertainty = relative; }

    const QStringList &pipes() const { return mPipes; }
    const QVector<double> &row( int pipe ) const { return mRows.at( pipe ); }

    /**
     * Ranks the pipes of \a area (-1: all) for the observed \a change (m per sensor), whose noise
     * is the daily noise times \a noiseScale (e.g. √(1/days after + 1/days before)); \a flow the
     * leak size (m³/h) estimated by the water balance, 0 when unknown. Best first, at most \a count.
     */
    QVector<LeakCandidate> rank( const QVector<double> &change, double flow, int area, int count, double noiseScale = 1 ) const;

    /**
     * Weighted squared residual of \a change explained without any leak (the nuisance direction
     * only). Minus the best misfit of rank() with no flow prior, it is the pressure evidence for a
     * leak: a likelihood-ratio statistic (chi-square with one degree of freedom per pipe tried).
     */
    double misfitWithoutLeak( const QVector<double> &change, double noiseScale = 1 ) const;

  private:
    QVector<double> weights( int n, double noiseScale ) const;

    LocaliserMethod mMethod = LocaliserMethod::LeastSquares;
    QStringList mPipes;
    QVector<QVector<double>> mRows;
    QVector<int> mAreas;
    QVector<double> mSigma;
    QVector<double> mNuisance;
    double mNuisanceSigma = 0;
    double mFlowUncertainty = 0.3;
  };
} // namespace vigie::hydraulics

#endif
