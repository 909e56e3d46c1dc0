#include "stats/benchmarks.h"

#include <array>
#include <cmath>

namespace eb::stats {
namespace {

constexpr std::array<Benchmark, 7> kMw{{
    {0.29, "large inferiority"},
    {0.36, "medium inferiority"},
    {0.44, "small inferiority"},
    {0.50, "equality"},
    {0.56, "small superiority"},
    {0.64, "medium superiority"},
    {0.71, "large superiority"},
}};

constexpr std::array<Benchmark, 7> kD{{
    {-0.8, "large inferiority"},
    {-0.5, "medium inferiority"},
    {-0.2, "small inferiority"},
    {0.0, "equality"},
    {0.2, "small superiority"},
    {0.5, "medium superiority"},
    {0.8, "large superiority"},
}};

const BenchmarkTable kMwTable{"mw", kMw,
                              "Biometrical Journal 2019;61(4):973-982, "
                              "DOI 10.1002/bimj.201800107, Table 1"};
const BenchmarkTable kDTable{"d", kD,
                             "Cohen J. Statistical power analysis for the behavioral "
                             "sciences, 2nd ed. 1988"};

// Shared by both tables: `small`, `medium`, `large` are the distances from no effect.
std::string band(double distance, double small, double medium, double large, bool superior)
{
    const std::string side = superior ? " superiority" : " inferiority";
    if (distance >= large) {
        return "large" + side;
    }
    if (distance >= medium) {
        return "medium-to-large" + side;
    }
    if (distance >= small) {
        return "small-to-medium" + side;
    }
    return "equality-to-small" + side;
}

} // namespace

const BenchmarkTable &mwBenchmarks()
{
    return kMwTable;
}

const BenchmarkTable &cohensDBenchmarks()
{
    return kDTable;
}

std::string benchmarkBand(double mw)
{
    if (mw == 0.5) {
        return "equality";
    }
    // Compare against the tabulated values themselves (not 0.5 +/- distance) so that a value
    // typed as 0.56 is exactly on the benchmark.
    if (mw > 0.5) {
        if (mw >= 0.71) {
            return "large superiority";
        }
        if (mw >= 0.64) {
            return "medium-to-large superiority";
        }
        if (mw >= 0.56) {
            return "small-to-medium superiority";
        }
        return "equality-to-small superiority";
    }
    if (mw <= 0.29) {
        return "large inferiority";
    }
    if (mw <= 0.36) {
        return "medium-to-large inferiority";
    }
    if (mw <= 0.44) {
        return "small-to-medium inferiority";
    }
    return "equality-to-small inferiority";
}

std::string cohensDBand(double d)
{
    if (d == 0.0) {
        return "equality";
    }
    return band(std::abs(d), 0.2, 0.5, 0.8, d > 0.0);
}

std::optional<std::string> benchmarkBand(Metric metric, double value)
{
    if (!std::isfinite(value)) {
        return std::nullopt;
    }
    switch (metric) {
    case Metric::MannWhitney:
        return benchmarkBand(value);
    case Metric::CohensD:
    case Metric::HedgesG:
    case Metric::Smd:
        return cohensDBand(value);
    default:
        return std::nullopt;
    }
}

} // namespace eb::stats
