#pragma once

#include "stats/result.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

// Inverse-variance meta-analysis of k estimates yi with sampling variances vi, matching
// metafor 3.8 rma() / predict() for an intercept-only model (formulas: docs/statistics.md).
// Memory is O(k) and each pass is O(k): the intercept-only projection matrix P of metafor is
// never formed; its traces and quadratic forms are written out as sums.
namespace eb::stats {

enum class PoolMethod
{
    FixedEffect,      // "FE": inverse variance, tau^2 = 0
    DerSimonianLaird, // "DL"
    Reml,             // "REML": Fisher scoring as metafor (start: Hedges' estimator)
    PauleMandel,      // "PM": root of the generalized Q statistic = k - 1
};

std::string_view poolMethodKey(PoolMethod method);                 // "FE", "DL", "REML", "PM"
std::optional<PoolMethod> poolMethodFromKey(std::string_view key); // case-insensitive

struct PoolOptions
{
    PoolMethod method = PoolMethod::Reml; // metafor's default
    bool knappHartung = false; // metafor test = "knha": t with k - 1 df, SE scaled, not truncated
    double level = 0.95;       // in (0, 1)
    double threshold = 1e-10;  // REML: stop when |tau^2 change| < threshold * max(1, tau^2)
    int maxIterations = 1000;
};

struct PoolResult
{
    std::size_t k = 0;
    PoolMethod method = PoolMethod::Reml;
    bool knappHartung = false;
    double level = 0.95;
    double estimate = 0.0;
    double se = 0.0;
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double statistic = 0.0;   // z, or t when knappHartung
    std::optional<double> df; // t degrees of freedom (k - 1) when knappHartung
    double p = 1.0;
    double tau2 = 0.0;
    double tau = 0.0;
    double i2 = 0.0; // percent
    double h2 = 1.0;
    double q = 0.0;
    double qDf = 0.0;
    double qP = 1.0;
    double piLow = 0.0; // prediction interval (metafor predict(), default pi.type)
    double piHigh = 0.0;
    std::vector<double> weightsPercent; // in input order, sum 100
    int iterations = 0;                 // REML Fisher scoring steps / PM root-finder steps
};

// Refused (Error.field names the row as "row N" 1-based, or the option): sizes differing,
// k = 0, a non-finite yi or vi, vi <= 0, k = 1 for DL/REML/PM or with Knapp-Hartung, a level
// outside (0, 1), Knapp-Hartung when every residual is 0 (its SE would be 0), no convergence.
Result<PoolResult> pool(std::span<const double> yi, std::span<const double> vi,
                        const PoolOptions &options = {});

// vi from standard errors: sei^2 (sei > 0 and finite, else the Error names the row).
Result<std::vector<double>> variancesFromStandardErrors(std::span<const double> sei);

} // namespace eb::stats
