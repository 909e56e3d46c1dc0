#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite (offscreen, no
# network, no display server). Exit status is ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev
export QT_QPA_PLATFORM=offscreen
ctest --preset dev --no-tests=error -j "$(nproc)"
