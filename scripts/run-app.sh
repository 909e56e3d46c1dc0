#!/usr/bin/env bash
# Installs what is missing, builds the desktop application and starts it on its bundled catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-x
cmake --preset dev >/dev/null
cmake --build --preset dev --target evidence-browser evidence
exec build/dev/bin/evidence-browser "$@"
