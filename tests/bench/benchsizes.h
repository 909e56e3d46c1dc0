#pragma once

// The sizes a benchmark runs at, and where the generated catalogues are kept. With
// EB_BENCH_SMOKE set (the CTest smoke run, tests/bench/CMakeLists.txt) every benchmark runs at
// its smallest size only, once: it proves the benchmark works, not how fast it is.
#include <benchmark/benchmark.h>
#include <cstdlib>
#include <initializer_list>

namespace eb::bench {

inline bool smokeRun()
{
    return std::getenv("EB_BENCH_SMOKE") != nullptr;
}

// Registers the sizes of a benchmark: all of them, or the first for a smoke run.
inline void sizes(benchmark::internal::Benchmark *b, std::initializer_list<int> all)
{
    for (int n : all) {
        b->Arg(n);
        if (smokeRun()) {
            break;
        }
    }
}

// The same as a function Apply() takes: ->Apply(eb::bench::sizesOf<1000, 100000>).
template <int... N> void sizesOf(benchmark::internal::Benchmark *b)
{
    sizes(b, {N...});
}

} // namespace eb::bench
