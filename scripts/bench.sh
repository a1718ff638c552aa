#!/usr/bin/env bash
# The performance harness of issue 8: builds Release with the Google Benchmark targets,
# makes the books and CSV files of a scale, runs every measurement several times beside
# the sqlite3 floor, and writes the scale's table into docs/performance.md.
#
#   scripts/bench.sh [--scale 10k|100k|1m] [--runs N] [--import-runs N] [--build-dir DIR] [--work DIR]
#                    [--demo-book FILE --today YYYY-MM-DD] [--csv DIR]
#   scripts/bench.sh --smoke [--build-dir DIR]
#   scripts/bench.sh --growth
#
#   --scale S       10k (500 customers), 100k (5,000) or 1m (50,000 customers, about a
#                   million invoices); default 10k
#   --runs N        runs per measurement (default 5; 3 at 1m)
#   --import-runs N runs of the CSV import, the longest measurement (default: --runs)
#   --build-dir DIR the Release build to use (default: build); configured with
#                   -DARDESK_BUILD_BENCHMARKS=ON
#   --work DIR      where the books and CSV files are kept between runs
#                   (default: /tmp/ardesk-bench-SCALE; made once, reused)
#   --demo-book F   use a copy of the existing demo book F instead of making one (F is
#                   never written; e.g. /work/bench/demo1m-v11.ardesk at 1m)
#   --today D       the day that book was made for (`ardesk-cli demo --today`; default
#                   2026-06-30); the aging and queue "as of a past date" is the end of the
#                   month six months before
#   --csv DIR       read customers.csv, invoices.csv and payments.csv from DIR in place
#                   (e.g. /work/bench/csv50k at 1m) instead of making them
#   --smoke         a tiny book, one run of each measurement and of each micro benchmark,
#                   nothing written (scripts/test.sh runs this; it never asserts a time)
#   --growth        only recompute the growth table from the tables in docs/performance.md
#
# The measurements and the floor are described in scripts/bench.py and docs/performance.md.
# ARDESK_JOBS sets the number of compile jobs (default: all cores).
set -euo pipefail

repoRoot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repoRoot"

log() {
    printf 'bench: %s\n' "$*" >&2
}

buildDir=build
passOn=()
while (($# > 0)); do
    case "$1" in
        --build-dir) buildDir="$2"; shift ;;
        --scale | --runs | --import-runs | --work | --demo-book | --today | --csv) passOn+=("$1" "$2"); shift ;;
        --smoke) passOn+=("$1") ;;
        --growth) exec python3 scripts/bench.py --growth ;;
        -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) log "unknown argument: $1"; exit 2 ;;
    esac
    shift
done
jobs="${ARDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}"

for tool in sqlite3 /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { log "$tool is missing (Debian: sqlite3, time, python3)"; exit 1; }
done

if [[ ! -f "$buildDir/build.ninja" && ! -f "$buildDir/Makefile" ]]; then
    log "configuring $buildDir (Release, Ninja, benchmarks)"
    cmake -S . -B "$buildDir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DARDESK_BUILD_BENCHMARKS=ON >&2
elif ! grep -q '^ARDESK_BUILD_BENCHMARKS:BOOL=ON' "$buildDir/CMakeCache.txt"; then
    log "turning on the benchmarks in $buildDir"
    cmake -S . -B "$buildDir" -DARDESK_BUILD_BENCHMARKS=ON >&2
fi
if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release' "$buildDir/CMakeCache.txt"; then
    log "warning: $buildDir is not a Release build; the figures will not be representative"
fi
targets=(ardesk-cli ardesk ardesk_bench)
# The dashboard in the running GUI is measured by the UI tests' ManagerDeskMeasure, when the
# build has the tests.
# (The list is read whole first: grep -q would end the pipe early, and pipefail fail it.)
targetList="$(cmake --build "$buildDir" --target help 2>/dev/null || true)"
if grep -qE '(^|\.\.\. )ardesk_ui_tests(:|$)' <<<"$targetList"; then
    targets+=(ardesk_ui_tests)
fi
log "building ${targets[*]} in $buildDir"
cmake --build "$buildDir" -j"$jobs" --target "${targets[@]}" >&2

exec python3 scripts/bench.py --build-dir "$buildDir" "${passOn[@]}"
