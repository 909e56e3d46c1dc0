#!/usr/bin/env bash
# Builds the `asan` preset (Debug, AddressSanitizer + UndefinedBehaviorSanitizer, no
# benchmarks) and runs the whole test suite under it, offscreen. Any sanitizer report fails
# its test: UBSan is built with -fno-sanitize-recover, ASan stops at its first error, and
# LeakSanitizer reports leaks except those listed in scripts/sanitizers/lsan.supp (third-party
# libraries only, each with the reason). CI (.ci/run) runs it after scripts/run-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset asan
cmake --build --preset asan
export QT_QPA_PLATFORM=offscreen
ctest --preset asan --no-tests=error -j "$(nproc)"
