// Benchmarks of the statistics engine (docs/performance.md records the figures).
#include "benchsizes.h"
#include "stats/conversions.h"
#include "stats/metaanalysis.h"

#include <benchmark/benchmark.h>
#include <cmath>
#include <random>
#include <vector>

namespace {

struct Data
{
    std::vector<double> yi;
    std::vector<double> vi;
};

// Heterogeneous data (tau^2 = 0.08) so that REML and PM iterate as on real data.
const Data &dataOfSize(std::size_t k)
{
    static std::vector<std::pair<std::size_t, Data>> cache;
    for (const auto &[size, data] : cache) {
        if (size == k) {
            return data;
        }
    }
    std::mt19937 rng(static_cast<unsigned>(k));
    std::uniform_real_distribution<double> v(0.01, 0.5);
    std::normal_distribution<double> z(0.0, 1.0);
    Data d;
    d.yi.reserve(k);
    d.vi.reserve(k);
    for (std::size_t i = 0; i < k; ++i) {
        d.vi.push_back(v(rng));
        d.yi.push_back(0.3 + std::sqrt(0.08 + d.vi.back()) * z(rng));
    }
    cache.emplace_back(k, std::move(d));
    return cache.back().second;
}

void poolBenchmark(benchmark::State &state, eb::stats::PoolMethod method)
{
    const Data &data = dataOfSize(static_cast<std::size_t>(state.range(0)));
    eb::stats::PoolOptions options;
    options.method = method;
    int iterations = 0;
    for (auto _ : state) {
        auto result = eb::stats::pool(data.yi, data.vi, options);
        if (!result) {
            state.SkipWithError(result.error().message.c_str());
            break;
        }
        iterations = result->iterations;
        benchmark::DoNotOptimize(result->estimate);
    }
    state.counters["tau2_iterations"] = iterations;
    state.SetComplexityN(state.range(0));
}

void BM_PoolFE(benchmark::State &state)
{
    poolBenchmark(state, eb::stats::PoolMethod::FixedEffect);
}
void BM_PoolDL(benchmark::State &state)
{
    poolBenchmark(state, eb::stats::PoolMethod::DerSimonianLaird);
}
void BM_PoolREML(benchmark::State &state)
{
    poolBenchmark(state, eb::stats::PoolMethod::Reml);
}
void BM_PoolPM(benchmark::State &state)
{
    poolBenchmark(state, eb::stats::PoolMethod::PauleMandel);
}

void BM_PoolREMLKnha(benchmark::State &state)
{
    const Data &data = dataOfSize(static_cast<std::size_t>(state.range(0)));
    eb::stats::PoolOptions options;
    options.knappHartung = true;
    for (auto _ : state) {
        auto result = eb::stats::pool(data.yi, data.vi, options);
        benchmark::DoNotOptimize(result.ok());
    }
}

// One full conversion report (six metrics with CI and two NNTs).
void BM_ConvertEffectMwWithCi(benchmark::State &state)
{
    const eb::stats::EffectInput input{eb::stats::Scale::MannWhitney, 0.59, 0.52, 0.66, 0.3};
    for (auto _ : state) {
        auto report = eb::stats::convertEffect(input);
        benchmark::DoNotOptimize(report.ok());
    }
}

void BM_ConvertEffectD(benchmark::State &state)
{
    const eb::stats::EffectInput input{eb::stats::Scale::CohensD, 0.43, std::nullopt, std::nullopt,
                                       std::nullopt};
    for (auto _ : state) {
        auto report = eb::stats::convertEffect(input);
        benchmark::DoNotOptimize(report.ok());
    }
}

// The elementary transforms, as a chart converting many rows would call them.
void BM_MwToDToMw(benchmark::State &state)
{
    double mw = 0.59;
    for (auto _ : state) {
        const double d = eb::stats::dFromMw(mw);
        benchmark::DoNotOptimize(mw = eb::stats::mwFromD(d));
    }
}

} // namespace

BENCHMARK(BM_ConvertEffectMwWithCi);
BENCHMARK(BM_ConvertEffectD);
BENCHMARK(BM_MwToDToMw);
BENCHMARK(BM_PoolFE)->Apply(eb::bench::sizesOf<10, 1000, 100000>)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PoolDL)->Apply(eb::bench::sizesOf<10, 1000, 100000>)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PoolREML)->Apply(eb::bench::sizesOf<10, 1000, 100000>)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PoolPM)->Apply(eb::bench::sizesOf<10, 1000, 100000>)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PoolREMLKnha)->Apply(eb::bench::sizesOf<100000>)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
