#!/usr/bin/env bash
# The style the developers' guide asks for, checked rather than remembered: clang-format
# (.clang-format) over app/, core/ and tests/, and clang-tidy (.clang-tidy: braces on every
# statement, bugprone-*) over app/ and core/, with the compile commands of the dev preset (run
# after `cmake --preset dev`; scripts/run-tests.sh calls this after the build). Exit status 1
# names each file and line at fault.
#   scripts/check-style.sh            both checks
#   scripts/check-style.sh --format   formatting only (seconds)
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=${EB_STYLE_JOBS:-2}
mapfile -t sources < <(git ls-files -- 'app/*.cpp' 'app/*.h' 'core/*.cpp' 'core/*.h' \
                                       'tests/*.cpp' 'tests/*.h')
if [[ ${#sources[@]} -eq 0 ]]; then
  echo "check-style: no sources found (not a git checkout?)" >&2
  exit 1
fi

status=0
echo "check-style: clang-format over ${#sources[@]} files"
if ! clang-format --dry-run -Werror "${sources[@]}"; then
  echo "check-style: run clang-format -i on the files above" >&2
  status=1
fi
[[ "${1:-}" == "--format" ]] && exit "$status"

database=build/dev/compile_commands.json
if [[ ! -f "$database" ]]; then
  echo "check-style: $database is missing: run cmake --preset dev first" >&2
  exit 1
fi
# Translation units only (headers are checked through them, see HeaderFilterRegex).
mapfile -t units < <(printf '%s\n' "${sources[@]}" | grep -E '^(app|core)/.*\.cpp$')
echo "check-style: clang-tidy over ${#units[@]} translation units (-j$jobs)"
if command -v run-clang-tidy >/dev/null; then
  # run-clang-tidy takes regular expressions; each file is anchored to its full path.
  if ! run-clang-tidy -quiet -p build/dev -j "$jobs" \
      "${units[@]/#/$PWD/}" >build/dev/clang-tidy.log 2>&1; then
    grep -E 'error:|warning:' build/dev/clang-tidy.log | sort -u >&2 || true
    echo "check-style: clang-tidy found the above (full log: build/dev/clang-tidy.log)" >&2
    status=1
  fi
else
  printf '%s\n' "${units[@]}" | xargs -P "$jobs" -n 8 clang-tidy --quiet -p build/dev || status=1
fi
exit "$status"
