#pragma once

#include "stats/effectsize.h"
#include "stats/result.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

// Pooling 2x2 tables without study weights from a variance: Mantel-Haenszel (RR, OR, RD)
// and Peto's one-step OR, matching metafor 3.8 rma.mh() and rma.peto() with their defaults
// (the pooled estimate from the raw counts; the heterogeneity Q from escalc's per-table
// yi, vi, which add 1/2 to a table with a zero cell). Formulas: docs/statistics.md.
namespace eb::stats {

struct MhResult
{
    EffectMeasure measure = EffectMeasure::OR; // RR, OR or RD (MH) or PETO
    std::size_t k = 0;
    double level = 0.95;
    double estimate = 0.0; // log RR, log OR or RD
    double se = 0.0;
    double z = 0.0;
    double p = 1.0;
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double q = 0.0; // test for heterogeneity
    double qDf = 0.0;
    double qP = 1.0;
    double i2 = 0.0; // percent
    double h2 = 1.0;
    // OR only (metafor's print): the Cochran-Mantel-Haenszel test with continuity
    // correction, and Tarone's test for heterogeneity (df = tables with information - 1).
    std::optional<double> cmh;
    std::optional<double> cmhP;
    std::optional<double> tarone;
    std::optional<double> taroneDf;
    std::optional<double> taroneP;
    // Each table's share of the pooled estimate, as metafor's weights(): MH RR c·n1/n,
    // MH OR b·c/n, MH RD n1·n2/n, Peto the hypergeometric variance V; in input order, sum 100.
    std::vector<double> weightsPercent;
};

// measure: RR, OR or RD. Refused (Error.field "row N, ai" ...) for a bad table; with no
// events in one arm across all tables (RR, OR) the estimate does not exist and is refused.
Result<MhResult> mantelHaenszel(EffectMeasure measure, std::span<const TwoByTwo> tables,
                                double level = 0.95);

// Peto's pooled log OR: sum(a - E) / sum(V), se = 1 / sqrt(sum V);
// Q = sum (a - E)^2 / V - (sum (a - E))^2 / sum V over tables with V > 0.
Result<MhResult> petoPool(std::span<const TwoByTwo> tables, double level = 0.95);

} // namespace eb::stats
