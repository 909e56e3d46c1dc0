#!/bin/sh
# Builds the benchmarks in the release preset, runs them and prints one table: benchmark,
# size, median CPU time and median wall time over REPS repetitions (default 3), then the
# start-up comparison. Figures and how they grow with size: docs/performance.md.
#
#   scripts/bench.sh [--build-dir DIR] [--reps N] [--filter REGEX] [BENCH...]
#
# BENCH: stats_bench catalogue_bench browse_bench cli_bench charts_bench lab_bench (default:
# all) and startup_compare. The generated catalogues (up to 100,000 studies, about a minute
# each to write the first time) are kept in EB_BENCH_DATA (default: the temporary folder).
set -eu
cd "$(dirname "$0")/.."
build=build/release
reps=3
filter=.
benches=""
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build=$2; shift 2 ;;
        --reps) reps=$2; shift 2 ;;
        --filter) filter=$2; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) benches="$benches $1"; shift ;;
    esac
done
[ -n "$benches" ] || benches="stats_bench catalogue_bench browse_bench cli_bench charts_bench lab_bench startup_compare"

if [ "$build" = build/release ]; then
    cmake --preset release >/dev/null
fi
# shellcheck disable=SC2086
cmake --build "$build" --target $benches >/dev/null

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for bench in $benches; do
    [ "$bench" = startup_compare ] && continue
    "$build/bin/$bench" --benchmark_filter="$filter" --benchmark_repetitions="$reps" \
        --benchmark_report_aggregates_only=true --benchmark_format=json \
        >"$out/$bench.json" 2>"$out/$bench.err" || { cat "$out/$bench.err" >&2; exit 1; }
done

python3 - "$out" <<'PY'
import glob, json, os, sys
rows = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    with open(path) as f:
        data = json.load(f)
    for b in data["benchmarks"]:
        if b.get("aggregate_name") != "median":
            continue
        name = b["run_name"]
        rows.append((os.path.basename(path)[:-5], name, b["cpu_time"], b["real_time"], b["time_unit"]))
if rows:
    width = max(len(r[1]) for r in rows)
    print(f"{'target':<16} {'benchmark':<{width}} {'CPU (median)':>14} {'wall (median)':>14}")
    for target, name, cpu, wall, unit in rows:
        print(f"{target:<16} {name:<{width}} {cpu:>11.3f} {unit:<2} {wall:>11.3f} {unit:<2}")
PY

case " $benches " in
    *" startup_compare "*) echo; "$build/bin/startup_compare" --runs 9 ;;
esac
