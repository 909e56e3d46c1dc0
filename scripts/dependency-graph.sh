#!/bin/sh
# Writes the link graph of the program's libraries, as CMake configured it, into
# docs/architecture.md between the dependency-graph markers. The test architecture_graph_current
# fails when the committed graph differs from this output.
#   scripts/dependency-graph.sh [BUILD_DIR]   (default: build/dev, configured if missing)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build/dev"}
if [ ! -f "$build/eb-link-graph.cmake" ]; then
    (cd "$root" && cmake --preset dev >/dev/null)
fi
cmake -DGRAPH="$build/eb-link-graph.cmake" -DMODE=write -DDOC="$root/docs/architecture.md" \
      -P "$root/scripts/dependency-graph.cmake"
echo "docs/architecture.md: dependency graph written from $build"
