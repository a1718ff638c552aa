#!/usr/bin/env bash
# Installs what is missing, builds ardesk with its tests and runs the whole suite.
#
#   scripts/test.sh [--sanitize] [-- CTEST ARGUMENTS...]
#
#   (default)    Release build in build/
#   --sanitize   Debug build with AddressSanitizer and UBSan (ARDESK_SANITIZE=ON)
#                in build-sanitize/
#   -- ARGS      passed on to ctest, e.g.  scripts/test.sh -- -R Money
#
# After the suite, a smoke run of the benchmark harness (scripts/bench.sh --smoke).
# The suite includes the Debian package (ctest label package: scripts/package.sh from the
# same Release build, unpacked and checked by tests/package/check_deb.sh).
# Then the storage, services and CLI suites once more on a throw-away PostgreSQL cluster,
# and the full-size concurrency run (8 x 200 payments) on both engines.
# After the suite the fuzz corpora are replayed through their targets (scripts/fuzz.sh
# --replay, clang 19 in build-fuzz/; skipped with a message when clang 19 is missing).
# Exits non-zero when anything fails: packages, configuration, build or any test.
# Never prompts; works as root with CI=true and no terminal.
# ARDESK_JOBS sets the number of compile jobs (default: all cores).
set -euo pipefail

repoRoot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repoRoot"

usage() {
    sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

log() {
    printf 'test: %s\n' "$*" >&2
}

sanitize=0
ctestArguments=()
while (($# > 0)); do
    case "$1" in
        --sanitize)
            sanitize=1
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        --)
            shift
            ctestArguments=("$@")
            break
            ;;
        *)
            log "unknown argument: $1"
            usage >&2
            exit 2
            ;;
    esac
    shift
done

if ((sanitize)); then
    buildDir=build-sanitize
    configureArguments=(-DCMAKE_BUILD_TYPE=Debug -DARDESK_SANITIZE=ON)
    # Make UBSan findings fail the test instead of only printing them.
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0:detect_stack_use_after_return=1}"
    # Leaks of libraries that are not ours (tests/sanitizers/lsan.supp says which and why).
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$repoRoot/tests/sanitizers/lsan.supp:print_suppressions=0}"
else
    buildDir=build
    # With the Google Benchmark targets, for the bench smoke run after the suite.
    configureArguments=(-DCMAKE_BUILD_TYPE=Release -DARDESK_BUILD_BENCHMARKS=ON)
fi
jobs="${ARDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}"
# Widget tests never need a screen; each test also sets this itself through ctest.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

scripts/deps.sh

log "configuring $buildDir (${configureArguments[*]})"
cmake -S . -B "$buildDir" -G Ninja -DARDESK_BUILD_TESTS=ON "${configureArguments[@]}"
log "building with $jobs jobs"
cmake --build "$buildDir" -j"$jobs"

log "running the test suite"
ctest --test-dir "$buildDir" --output-on-failure --no-tests=error -j2 "${ctestArguments[@]}"

# ---------------------------------------------------------------------------------------
# HOOK: later steps of the suite go here, in this order, each failing the script
# (set -e) when it fails.

# Fuzz corpus replay: every seed of tests/fuzz/corpus once through its libFuzzer target
# (ASan + UBSan, built in build-fuzz/ by clang 19). Deterministic: no new inputs are made.
# Skipped, saying so, only when clang 19 with libFuzzer is not there (deps.sh installs it
# from packages.txt on Debian and Ubuntu).
log "replaying the fuzz corpora (scripts/fuzz.sh --replay)"
fuzzStatus=0
scripts/fuzz.sh --replay || fuzzStatus=$?
if ((fuzzStatus == 77)); then
    log "SKIPPED the fuzz corpus replay: no clang++-19 with libFuzzer here (install clang-19 and libclang-rt-19-dev)"
elif ((fuzzStatus != 0)); then
    log "the fuzz corpus replay failed"
    exit "$fuzzStatus"
fi

# Bench smoke run: the harness of scripts/bench.sh on a tiny book, one run of each
# measurement and of each Google Benchmark; proves it runs, never asserts a time (Release
# build only: the sanitizer build's figures would mean nothing).
if ((!sanitize)); then
    log "bench smoke run (scripts/bench.sh --smoke)"
    scripts/bench.sh --smoke --build-dir "$buildDir" >/dev/null
fi

# PostgreSQL team mode: the storage, services and CLI suites (ctest labels) once
# more against a throw-away cluster (scripts/team-server.sh in a temporary folder, no
# fsync), stopped and removed on exit whatever happens. Every book those tests make is a
# fresh database on it (tests/support/test_book.h). Skipped, saying so, only when no
# PostgreSQL server is installed (deps.sh installs it from packages.txt).
if ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null; then
    pgDir="$(mktemp -d /tmp/ardesk-test-pg.XXXXXX)"
    chmod 755 "$pgDir"
    pgPasswordDir=""
    cleanupPg() {
        scripts/team-server.sh stop "$pgDir" || true
        rm -rf "$pgDir"
        if [[ -n "$pgPasswordDir" ]]; then
            scripts/team-server.sh stop "$pgPasswordDir" || true
            rm -rf "$pgPasswordDir"
        fi
    }
    trap cleanupPg EXIT
    pgUrl="$(ARDESK_TEAM_FAST=1 scripts/team-server.sh start "$pgDir")"
    log "running the storage, services and CLI suites on PostgreSQL ($pgUrl)"
    ARDESK_TEST_PG_URL="$pgUrl" ctest --test-dir "$buildDir" --output-on-failure --no-tests=error -j2 -L '^(storage|services|cli)$' \
        "${ctestArguments[@]}"
    # The GUI's database password prompt, against a second throw-away cluster that wants a
    # password (scram-sha-256): asked, asked again after a refusal, never stored.
    pgPasswordDir="$(mktemp -d /tmp/ardesk-test-pgpw.XXXXXX)"
    chmod 755 "$pgPasswordDir"
    pgPasswordUrl="$(ARDESK_PASSWORD=ardesk-test-secret ARDESK_TEAM_FAST=1 scripts/team-server.sh start "$pgPasswordDir")"
    log "the GUI's database password prompt ($pgPasswordUrl wants a password)"
    env -u ARDESK_PASSWORD ARDESK_TEST_PG_PASSWORD_URL="$pgPasswordUrl" ARDESK_TEST_PG_PASSWORD=ardesk-test-secret \
        "$buildDir/tests/ardesk_ui_tests" --gtest_filter='DatabasePassword.*'
    # The issue's full-size concurrency run (8 processes x 200 payments with --auto-apply
    # against the same 50 invoices; ctest runs it with 12 each): too slow for ctest, so a
    # step of its own, on both engines (Release build only).
    if ((!sanitize)); then
        log "full-size concurrency run on SQLite: 8 processes x 200 payments"
        ARDESK_CONCURRENCY_PAYMENTS=200 "$buildDir/tests/ardesk_cli_tests" \
            --gtest_filter='TeamMode.eightProcessesPostingAtOnce*'
        log "full-size concurrency run on PostgreSQL: 8 processes x 200 payments"
        ARDESK_TEST_PG_URL="$pgUrl" ARDESK_CONCURRENCY_PAYMENTS=200 "$buildDir/tests/ardesk_cli_tests" \
            --gtest_filter='TeamMode.eightProcessesPostingAtOnce*'
    fi
    cleanupPg
    trap - EXIT
else
    log "SKIPPED the PostgreSQL suites: no PostgreSQL server here (install postgresql)"
fi
# ---------------------------------------------------------------------------------------

log "all tests passed ($buildDir)"
