#pragma once

#include "stats/metaanalysis.h"
#include "stats/result.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

// Small-study effects, matching metafor 3.8 regtest() (model "rma", predictor "sei"),
// ranktest() and trimfill() on an intercept-only rma() fit; and the funnel plot's geometry.
// Formulas and references: docs/statistics.md. With fewer than 10 studies these tests have
// little power (Cochrane Handbook 10.4.3.1); callers must say so (kFewStudiesForBiasTests).
namespace eb::stats {

inline constexpr std::size_t kFewStudiesForBiasTests = 10;

struct RegTestResult
{
    double statistic = 0.0;   // z (or t) of the coefficient of sei
    std::optional<double> df; // k - 2 under Knapp-Hartung
    double p = 1.0;
    double slope = 0.0;         // coefficient of sei
    double limitEstimate = 0.0; // intercept: the estimate as sei -> 0
    double limitCiLow = 0.0;
    double limitCiHigh = 0.0;
    double tau2 = 0.0; // residual tau^2 of the regression
};

// Egger's test as metafor's default: rma(yi, vi, mods = ~ sqrt(vi)) with the pooling
// options (method, Knapp-Hartung). Needs k >= 3 (k >= 2 for FE).
Result<RegTestResult> regTest(std::span<const double> yi, std::span<const double> vi,
                              const PoolOptions &options = {});

struct RankTestResult
{
    double tau = 0.0; // Kendall's tau-b between standardized deviates and vi
    double p = 1.0;
    bool exact = true; // exact null distribution (k < 50, no ties); else normal approximation
};

// Begg and Mazumdar: deviates (yi - theta_FE) / sqrt(vi - 1/sum(1/vi)) against vi,
// cor.test(method = "kendall") as R computes it. Needs k >= 3.
Result<RankTestResult> rankTest(std::span<const double> yi, std::span<const double> vi);

enum class TrimFillEstimator
{
    L0,
    R0,
};

struct TrimFillResult
{
    TrimFillEstimator estimator = TrimFillEstimator::L0;
    bool rightSide = false; // side on which studies are imputed ("right" / "left")
    std::size_t k0 = 0;     // studies filled
    double seK0 = 0.0;
    std::optional<double> pK0;    // R0 only: P(k0 or more) under no asymmetry
    std::vector<double> filledYi; // the imputed studies (mirror images)
    std::vector<double> filledVi;
    PoolResult adjusted; // the model on observed + filled studies (z test, as metafor)
};

// Duval and Tweedie, as metafor's trimfill(): the side from the sign of the slope of sei in
// rma(yi, vi, mods = ~ sqrt(vi)) (negative: studies missing on the right), then trim and
// re-estimate until k0 settles (at most 100 rounds). Needs k >= 2.
Result<TrimFillResult> trimFill(std::span<const double> yi, std::span<const double> vi,
                                TrimFillEstimator estimator = TrimFillEstimator::L0,
                                const PoolOptions &options = {});

// The funnel plot: studies at (yi, sei); the pseudo confidence region
// estimate -/+ z_level * se for se in [0, max sei]; contours around 0 at the given levels.
struct FunnelContour
{
    double level = 0.95;
    double z = 0.0; // the region is 0 -/+ z * se
};

struct FunnelData
{
    std::vector<double> yi;
    std::vector<double> sei;
    double estimate = 0.0; // the pooled estimate (centre of the pseudo region)
    double level = 0.95;
    double z = 0.0; // pseudo region: estimate -/+ z * se
    double maxSe = 0.0;
    std::vector<FunnelContour> contours; // 0.90, 0.95, 0.99
};

Result<FunnelData> funnelData(std::span<const double> yi, std::span<const double> vi,
                              const PoolOptions &options = {});

} // namespace eb::stats
