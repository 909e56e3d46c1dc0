#pragma once

#include "stats/metric.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

// Effect-size benchmarks as data, with their source, and the band a value falls in.
//
// MW (probability of superiority): 0.29 / 0.36 / 0.44 / 0.50 / 0.56 / 0.64 / 0.71 for large /
// medium / small inferiority, equality, small / medium / large superiority. Source: Biometrical
// Journal 2019;61(4):973-982, DOI 10.1002/bimj.201800107, Table 1 (used by the CARS and CAPTAIN
// papers). Cohen's d: 0.2 / 0.5 / 0.8 small / medium / large (Cohen 1988, Statistical power
// analysis for the behavioral sciences, 2nd ed.). MW 0.56/0.64/0.71 are Phi(d/sqrt 2) of d
// 0.2/0.5/0.8, rounded.
//
// Band edges (exact, as implemented; a value on a benchmark belongs to the band above it in
// magnitude, i.e. it has reached that benchmark):
//   MW >= 0.71          large superiority
//   0.64 <= MW < 0.71   medium-to-large superiority
//   0.56 <= MW < 0.64   small-to-medium superiority
//   0.50 <  MW < 0.56   equality-to-small superiority
//   MW == 0.50          equality
//   0.44 <  MW < 0.50   equality-to-small inferiority
//   0.36 <  MW <= 0.44  small-to-medium inferiority
//   0.29 <  MW <= 0.36  medium-to-large inferiority
//   MW <= 0.29          large inferiority
// Cohen's d uses the same names with |d| edges 0.2 / 0.5 / 0.8 ("superiority" for d > 0,
// "inferiority" for d < 0; d == 0 is "equality").
namespace eb::stats {

struct Benchmark
{
    double value;
    std::string_view label; // "small superiority", ...
};

struct BenchmarkTable
{
    std::string_view metricKey;        // "mw" or "d"
    std::span<const Benchmark> points; // ascending
    std::string_view source;
};

const BenchmarkTable &mwBenchmarks();
const BenchmarkTable &cohensDBenchmarks();

// The band of an MW value in (0, 1) (values outside are clamped to the end bands).
std::string benchmarkBand(double mw);
// The band of Cohen's d (or g).
std::string cohensDBand(double d);
// The band for a value on a catalogue metric: MW by the MW table; d, g and smd by Cohen's
// table; nothing for other metrics (no benchmarks of their own).
std::optional<std::string> benchmarkBand(Metric metric, double value);

} // namespace eb::stats
