#!/usr/bin/env bash
# Installs what is missing, builds everything, checks the style (scripts/check-style.sh) and
# runs the whole test suite (offscreen, no network, no display server). Exit status is ctest's,
# or the style check's when it fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev
scripts/check-style.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset dev --no-tests=error -j "$(nproc)"
