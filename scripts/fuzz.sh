#!/bin/sh
# Builds the libFuzzer targets in tests/fuzz with clang (Debian clang-14, libfuzzer-14-dev)
# under AddressSanitizer and UndefinedBehaviorSanitizer, and runs each for a bounded time on a
# copy of its committed seed corpus. Exits non-zero on a finding (libFuzzer writes the input
# as crash-*; add it to tests/fuzz/corpus/ once fixed).
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 30)
# CI runs a fixed seed and at most FUZZ_RUNS inputs per target, so that what CI tries is close
# to what a developer tried before pushing with the same command: the seed fixes the mutations'
# random choices (the walk still drifts by a few corpus units between runs, as comparison
# tracing and timing differ), and the run count bounds the walk. Exploration with fresh seeds is
# a separate, longer run: FUZZ_SEED=0 FUZZ_RUNS=-1 scripts/fuzz.sh 600 (seed 0 = random).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
seed=${FUZZ_SEED:-20261207}
runs=${FUZZ_RUNS:-200000}
cxx=${CXX_FUZZ:-clang++-14}
if ! command -v "$cxx" >/dev/null 2>&1; then
    echo "fuzz: $cxx not found (Debian clang-14 and libfuzzer-14-dev); skipped"
    exit 0
fi
out=${FUZZ_BUILD_DIR:-"$root/build/fuzz"}
mkdir -p "$out"
flags="-std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -I$root/core -I$root/app $(pkg-config --cflags Qt6Core)"
libs="$(pkg-config --libs Qt6Core)"
output="$root/core/output/messagetext.cpp $root/core/output/boundedread.cpp $root/core/output/textformats.cpp $root/core/output/csvreader.cpp"

build() { # name sources...
    name=$1
    shift
    echo "fuzz: building $name"
    # shellcheck disable=SC2086
    "$cxx" $flags -o "$out/$name" "$@" $libs
}
build csv_fuzz "$root/tests/fuzz/csv_fuzz.cpp" "$root/app/cli/common/csvtable.cpp" $output
build bibtex_fuzz "$root/tests/fuzz/bibtex_fuzz.cpp" "$root/core/export/citations.cpp" $output
build deck_fuzz "$root/tests/fuzz/deck_fuzz.cpp" "$root/core/lecture/deck.cpp" \
    "$root/core/lecture/resultkey.cpp" "$root/core/lecture/effectlab.cpp" "$root"/core/stats/*.cpp \
    "$root/core/model/vocabulary.cpp" "$root/core/evidence/format.cpp" \
    $output "$root/core/output/outputfile.cpp"

build search_fuzz "$root/tests/fuzz/search_fuzz.cpp" "$root/core/catalogue/searchquery.cpp" -lsqlite3
# interval_fuzz pins the number parsers together: the catalogue's (validation.cpp), the command
# line's parseNumber and the statistics commands' numberOption (both csvtable.cpp).
build interval_fuzz "$root/tests/fuzz/interval_fuzz.cpp" "$root/core/model/validation.cpp" \
    "$root/core/model/statementrules.cpp" \
    "$root/core/model/recordfields.cpp" "$root/core/model/vocabulary.cpp" "$root"/core/stats/*.cpp \
    "$root/app/cli/common/csvtable.cpp" $output

status=0
for target in csv bibtex deck search interval; do
    corpus="$out/corpus-$target"
    rm -rf "$corpus"
    cp -r "$root/tests/fuzz/corpus/$target" "$corpus"
    echo "fuzz: running ${target}_fuzz for $seconds s"
    if ! (cd "$out" && ASAN_OPTIONS=detect_leaks=0 "./${target}_fuzz" -max_total_time="$seconds" \
            -seed="$seed" -runs="$runs" -max_len=8192 -print_final_stats=1 "$corpus" 2>"$out/$target.log"); then
        status=1
        tail -40 "$out/$target.log"
    fi
    grep -E "stat::number_of_executed_units|stat::new_units_added" "$out/$target.log" || true
done
exit $status
