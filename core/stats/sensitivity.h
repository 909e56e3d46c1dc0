#pragma once

#include "stats/metaanalysis.h"
#include "stats/result.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

// Is one trial driving the result? metafor 3.8 leave1out(), influence() and cumul() for an
// intercept-only rma() fit (formulas: docs/statistics.md). A fit of a single study, as in
// the first cumulative step, is metafor's k = 1 fit: tau^2 = 0 and a z test.
namespace eb::stats {

// One refit: of all studies but one (leave-one-out) or of the first j (cumulative).
struct RefitRow
{
    std::size_t study = 0; // index into the input: the study left out, or the one added
    std::size_t k = 0;
    double estimate = 0.0;
    double se = 0.0;
    double statistic = 0.0; // z, or t under Knapp-Hartung
    double p = 1.0;
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double q = 0.0;
    double qP = 1.0;
    double tau2 = 0.0;
    double i2 = 0.0;
    double h2 = 1.0;
};

// Needs k >= 2. Row i leaves out study i.
Result<std::vector<RefitRow>> leaveOneOut(std::span<const double> yi, std::span<const double> vi,
                                          const PoolOptions &options = {});

// `order`: the study indices in the order they enter (a permutation of 0..k-1). Row j pools
// the first j + 1 of them.
Result<std::vector<RefitRow>> cumulative(std::span<const double> yi, std::span<const double> vi,
                                         std::span<const std::size_t> order,
                                         const PoolOptions &options = {});

struct InfluenceRow
{
    double rstudent = 0.0; // externally studentized residual
    double dffits = 0.0;
    double cookD = 0.0;
    double covR = 0.0;
    double tau2Del = 0.0;
    double qeDel = 0.0;
    double hat = 0.0;
    double weight = 0.0;      // percent
    double dfbeta = 0.0;      // DFBETAS of the intercept
    bool influential = false; // metafor's "*"
};

// metafor influence(): a study is flagged when |DFFITS| > 3 sqrt(p / (k - p)), or
// pchisq(Cook's D, 1) > 0.5, or hat > 3 p / k, or |DFBETAS| > 1 (p = 1). Needs k >= 2.
Result<std::vector<InfluenceRow>> influence(std::span<const double> yi, std::span<const double> vi,
                                            const PoolOptions &options = {});

// pool() that also takes one study, as metafor does (tau^2 = 0, z test).
Result<PoolResult> poolAllowingOne(std::span<const double> yi, std::span<const double> vi,
                                   const PoolOptions &options);

} // namespace eb::stats
