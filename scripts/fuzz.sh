#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang 19, AddressSanitizer and
# UndefinedBehaviorSanitizer, in build-fuzz/) and runs them.
#
#   scripts/fuzz.sh [--time SECONDS] [--seed N] [--merge] [TARGET...]
#   scripts/fuzz.sh --replay [TARGET...]
#   scripts/fuzz.sh --list
#
#   (default)     fuzz each target for SECONDS (default 60), starting from its seeds in
#                 tests/fuzz/corpus/TARGET; new inputs go to build-fuzz/corpus/TARGET
#                 (not into the repository), crashes to build-fuzz/artifacts/TARGET/
#   --seed N      libFuzzer's random seed (default: a new one each run)
#   --merge       afterwards, add the new inputs that reach new coverage to
#                 tests/fuzz/corpus/TARGET (to review and commit)
#   --replay      run every seed of each corpus once (-runs=0) and stop: the quick,
#                 deterministic check that scripts/test.sh runs
#   --list        print the target names
#   TARGET        csv_reader, import_rows, camt053, bank_csv (default: all)
#
# Exits 1 when a target crashes or a sanitizer reports (the input is in
# build-fuzz/artifacts/TARGET/; rerun it with build-fuzz/tests/fuzz/fuzz_TARGET FILE),
# 77 when clang 19 with libFuzzer is not available (install clang-19 and
# libclang-rt-19-dev: they are in scripts/packages.txt), 2 on a usage error.
# ARDESK_FUZZ_CXX names another clang++ (default clang++-19); ARDESK_JOBS the compile jobs.
set -euo pipefail

repoRoot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repoRoot"

log() {
    printf 'fuzz: %s\n' "$*" >&2
}

usage() {
    sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

allTargets=()
for source in tests/fuzz/*_fuzz.cpp; do
    name="$(basename "$source" _fuzz.cpp)"
    allTargets+=("$name")
done

seconds=60
seed=""
merge=0
replay=0
targets=()
while (($# > 0)); do
    case "$1" in
        --time)
            [[ $# -ge 2 && "$2" =~ ^[0-9]+$ && "$2" -gt 0 ]] || { log "--time needs a number of seconds"; exit 2; }
            seconds="$2"
            shift
            ;;
        --seed)
            [[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || { log "--seed needs a number"; exit 2; }
            seed="$2"
            shift
            ;;
        --merge) merge=1 ;;
        --replay) replay=1 ;;
        --list)
            printf '%s\n' "${allTargets[@]}"
            exit 0
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        -*)
            log "unknown option: $1"
            usage >&2
            exit 2
            ;;
        *)
            if [[ ! -f "tests/fuzz/$1_fuzz.cpp" ]]; then
                log "unknown target '$1' (targets: ${allTargets[*]})"
                exit 2
            fi
            targets+=("$1")
            ;;
    esac
    shift
done
((${#targets[@]} > 0)) || targets=("${allTargets[@]}")

# --- the toolchain ------------------------------------------------------------------------
cxx="${ARDESK_FUZZ_CXX:-clang++-19}"
if ! command -v "$cxx" >/dev/null 2>&1; then
    log "$cxx not found: install clang-19 and libclang-rt-19-dev (scripts/deps.sh does, from scripts/packages.txt)"
    exit 77
fi
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
# ardesk needs std::expected from libstdc++ (clang 14 cannot compile it) and libFuzzer.
cat >"$probe/probe.cpp" <<'PROBE'
#include <expected>
extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long size)
{
    std::expected<int, int> value = static_cast<int>(size);
    return value ? 0 : 1;
}
PROBE
if ! "$cxx" -std=c++2b -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" >"$probe/log" 2>&1; then
    log "$cxx cannot build a libFuzzer target with std::expected, ASan and UBSan (clang 19 with libclang-rt-19-dev is needed):"
    sed 's/^/fuzz:   /' "$probe/log" >&2
    exit 77
fi

# --- build ---------------------------------------------------------------------------------
buildDir=build-fuzz
jobs="${ARDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}"
log "configuring $buildDir ($cxx, ASan + UBSan + libFuzzer)"
if [[ -f "$buildDir/CMakeCache.txt" ]] &&
    ! grep -qx "CMAKE_CXX_COMPILER:[A-Z]*=$(command -v "$cxx")" "$buildDir/CMakeCache.txt" &&
    ! grep -qx "CMAKE_CXX_COMPILER:[A-Z]*=$cxx" "$buildDir/CMakeCache.txt"; then
    log "$buildDir was configured with another compiler: starting it afresh"
    rm -rf "$buildDir"
fi
mkdir -p "$buildDir"
cmake -S . -B "$buildDir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
    -DARDESK_FUZZ=ON -DARDESK_BUILD_TESTS=OFF >"$buildDir/configure.log" 2>&1 || {
    cat "$buildDir/configure.log" >&2
    exit 1
}
buildTargets=()
for target in "${targets[@]}"; do
    buildTargets+=("fuzz_$target")
done
log "building ${buildTargets[*]} with $jobs jobs"
cmake --build "$buildDir" -j"$jobs" --target "${buildTargets[@]}"

# --- run -----------------------------------------------------------------------------------
# Leaks of libraries that are not ours (Qt, fontconfig) are suppressed, as in the
# sanitizer build of the test suite; any other report fails the run.
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$repoRoot/tests/sanitizers/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

failed=()
summary=()
for target in "${targets[@]}"; do
    binary="$buildDir/tests/fuzz/fuzz_$target"
    seeds="tests/fuzz/corpus/$target"
    artifacts="$buildDir/artifacts/$target"
    workCorpus="$buildDir/corpus/$target"
    mkdir -p "$artifacts" "$workCorpus" "$seeds"
    logFile="$buildDir/fuzz_$target.log"
    ((replay)) && logFile="$buildDir/fuzz_$target.replay.log"
    options=(-print_final_stats=1 -timeout=20 -rss_limit_mb=2560 -artifact_prefix="$artifacts/")
    if ((replay)); then
        log "replaying $seeds ($(find "$seeds" -type f | wc -l) inputs) through fuzz_$target"
        run=("$binary" "${options[@]}" -runs=0 "$seeds")
    else
        log "fuzzing fuzz_$target for $seconds s (new inputs in $workCorpus)"
        [[ -n "$seed" ]] && options+=(-seed="$seed")
        run=("$binary" "${options[@]}" -max_total_time="$seconds" "$workCorpus" "$seeds")
    fi
    status=0
    "${run[@]}" >"$logFile" 2>&1 || status=$?
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$logFile" | tail -1)"
    coverage="$(grep -aEo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' "$logFile" | tail -1 || true)"
    line="fuzz_$target: ${execs:-?} runs, ${coverage:-no coverage line}"
    if ((status != 0)); then
        failed+=("$target")
        crash="$(grep -aEo "Test unit written to [^ ]+" "$logFile" | tail -1 | sed 's/Test unit written to //' || true)"
        line+=", FAILED (exit $status)${crash:+: $crash}"
        log "fuzz_$target failed; the end of $logFile:"
        tail -40 "$logFile" | sed 's/^/fuzz:   /' >&2
        [[ -n "$crash" ]] && log "reproduce: $binary $crash"
    elif ((merge && !replay)); then
        before="$(find "$seeds" -type f | wc -l)"
        "$binary" -merge=1 "$seeds" "$workCorpus" >>"$logFile" 2>&1
        line+=", merged $(($(find "$seeds" -type f | wc -l) - before)) new seeds into $seeds"
    fi
    summary+=("$line")
done

for line in "${summary[@]}"; do
    log "$line"
done
if ((${#failed[@]} > 0)); then
    log "FAILED: ${failed[*]} (inputs in $buildDir/artifacts/)"
    exit 1
fi
log "all ${#targets[@]} targets ok"
