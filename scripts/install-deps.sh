#!/usr/bin/env bash
# Installs the Debian 12 packages Evidence Browser needs, and only those that are missing,
# so that a second run costs nothing and needs no network.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev libqt6opengl6-dev libxkbcommon-dev
  libsqlite3-dev libpng-dev libboost-math-dev libgtest-dev libgmock-dev libbenchmark-dev
  fonts-dejavu-core
  clang-format clang-tidy
  python3-bibtexparser python3-pybtex bibutils poppler-utils pandoc
  clang-14 libfuzzer-14-dev
  hyperfine gnuplot-nox
)
if [[ "${1:-}" == "--with-x" ]]; then
  packages+=(libqt6gui6 qt6-wayland)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
