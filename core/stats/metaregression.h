#pragma once

#include "stats/metaanalysis.h"
#include "stats/result.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

// Mixed-effects meta-regression yi = X b + u + e, matching metafor 3.8
// rma(yi, vi, mods = ~ ..., method = "FE" | "DL" | "REML", test = "z" | "knha")
// (formulas: docs/statistics.md). The design matrix is small (p columns) and dense; the
// k x k projection matrix P is formed, so the cost is O(k^2 p) per REML step.
namespace eb::stats {

// A design matrix: `columns[j]` holds the k values of column j; names label them.
struct DesignMatrix
{
    std::vector<std::string> names;
    std::vector<std::vector<double>> columns;
};

struct Coefficient
{
    std::string name;
    double estimate = 0.0;
    double se = 0.0;
    double statistic = 0.0; // z, or t with k - p df under Knapp-Hartung
    double p = 1.0;
    double ciLow = 0.0;
    double ciHigh = 0.0;
};

struct MetaRegressionResult
{
    std::size_t k = 0;
    std::size_t p = 0; // columns of X, intercept included
    PoolMethod method = PoolMethod::Reml;
    bool knappHartung = false;
    double level = 0.95;
    std::vector<Coefficient> coefficients;
    std::vector<double> vb; // p x p covariance of the coefficients, row-major
    double tau2 = 0.0;
    double i2 = 0.0; // percent (residual heterogeneity)
    double h2 = 1.0;
    double qe = 0.0; // test of residual heterogeneity, chi^2 with k - p df
    double qeDf = 0.0;
    double qeP = 1.0;
    double qm = 0.0;                 // omnibus test of the moderators (all but the intercept)
    double qmDf = 0.0;               // numerator df (p - 1)
    std::optional<double> qmDfDenom; // k - p under Knapp-Hartung (QM is then an F statistic)
    double qmP = 1.0;                // 1 when there is no moderator
    std::optional<double> r2;        // percent; models with moderators and an intercept only
    double s2w = 1.0;                // Knapp-Hartung scale (1 for z tests)
    std::vector<double> hat;         // diag of X (X'WX)^-1 X'W
    std::vector<double> fitted;      // X b
    std::vector<double> weights;     // 1 / (vi + tau^2)
    int iterations = 0;
};

// The model with the given design matrix, used as it is (give the intercept column
// yourself). Refused (Error.field names the row or column): sizes differing, non-finite
// values, vi <= 0, a design matrix not of full rank, k < p (FE) or k < p + 1 (DL, REML),
// Paule-Mandel (not offered with moderators), no REML convergence. R^2 is not computed here.
Result<MetaRegressionResult> fitMetaRegression(std::span<const double> yi,
                                               std::span<const double> vi, const DesignMatrix &x,
                                               const PoolOptions &options = {});

// rma(yi, vi, mods = ~ m1 + m2 + ...): an intercept plus the moderators, with metafor's
// pseudo-R^2 = max(0, 100 (tau^2_0 - tau^2) / tau^2_0) against the model without moderators
// (0 when tau^2_0 = 0); for FE the adjusted R^2 of the weighted least-squares fit.
Result<MetaRegressionResult> metaRegression(std::span<const double> yi, std::span<const double> vi,
                                            const DesignMatrix &moderators,
                                            const PoolOptions &options = {});

} // namespace eb::stats
