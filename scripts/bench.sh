#!/usr/bin/env bash
# The performance harness of issue 8: builds Release with the Google Benchmark targets,
# makes the books and CSV files of a scale, runs every measurement several times beside
# the sqlite3 floor, and writes the scale's table into docs/performance.md.
#
#   scripts/bench.sh [--scale 10k|100k|1m] [--runs N] [--build-dir DIR] [--work DIR]
#   scripts/bench.sh --smoke [--build-dir DIR]
#
#   --scale S       10k (500 customers), 100k (5,000) or 1m (50,000 customers, about a
#                   million invoices); default 10k
#   --runs N        runs per measurement (default 5; 3 at 1m)
#   --build-dir DIR the Release build to use (default: build); configured with
#                   -DARDESK_BUILD_BENCHMARKS=ON
#   --work DIR      where the books and CSV files are kept between runs
#                   (default: /tmp/ardesk-bench-SCALE; made once, reused)
#   --smoke         a tiny book, one run of each measurement and of each micro benchmark,
#                   nothing written (scripts/test.sh runs this; it never asserts a time)
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
        --scale | --runs | --work) passOn+=("$1" "$2"); shift ;;
        --smoke) passOn+=("$1") ;;
        -h | --help) sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
log "building ardesk, ardesk-cli and ardesk_bench in $buildDir"
cmake --build "$buildDir" -j"$jobs" --target ardesk-cli ardesk ardesk_bench >&2

exec python3 scripts/bench.py --build-dir "$buildDir" "${passOn[@]}"
