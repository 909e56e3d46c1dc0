#pragma once

#include "stats/metaanalysis.h"
#include "stats/result.h"

#include <span>
#include <string>
#include <vector>

// Subgroup analysis with the test for subgroup differences as the Cochrane Handbook
// (10.11.3.1) and RevMan compute it: each subgroup pooled on its own (its own tau^2), then
// Q between = the heterogeneity Q of a fixed-effect meta-analysis of the subgroup
// estimates with their standard errors, chi^2 with (groups - 1) df. In metafor:
// rma(estimates, sei = ses, method = "FE")$QE. Formulas: docs/statistics.md.
namespace eb::stats {

struct SubgroupPool
{
    std::string label;
    std::vector<std::size_t> studies; // input indices
    PoolResult result;                // a single-study subgroup: tau^2 = 0, z test
};

struct SubgroupResult
{
    std::vector<SubgroupPool> groups; // in order of first appearance
    double qBetween = 0.0;
    double df = 0.0;
    double p = 1.0;
};

// labels[i] is the subgroup of study i. Needs at least 2 subgroups; an empty label is
// refused (Error.field "row N").
Result<SubgroupResult> subgroupAnalysis(std::span<const double> yi, std::span<const double> vi,
                                        std::span<const std::string> labels,
                                        const PoolOptions &options = {});

} // namespace eb::stats
