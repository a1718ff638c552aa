#!/usr/bin/env bash
# Writes pictures of ardesk's views to docs/screenshots/ by running the GUI offscreen: the
# whole set in English (main-window.png, customers.png, ..., dashboard.png, ...), then the
# dashboard, the payment dialog and the credit-control screens (settings-credit-policies,
# settings-strategies, settings-interest, settings-letter-templates, letter-run,
# account-hold, release-hold, approval-queue, payment-plan, account-plans,
# payment-discount, credit-reviews, credit-review-dialog and plan-agreement) in each
# language to docs/screenshots/LANG/ (en, de, fr, sv, cs), so that long words can be
# checked in every language.
#
#   scripts/screenshots.sh [--lang xx] [BOOK]
#
# --lang xx: only the per-language pictures in language xx (docs/screenshots/xx/).
# With BOOK, that book is pictured. Otherwise a demo book is made in a temporary folder:
# by `ardesk-cli demo` when this build has it, else by the UI tests' fixture book.
# Builds what it needs in ARDESK_BUILD_DIR (default: build, as scripts/run.sh);
# ARDESK_JOBS sets the number of compile jobs (default: all cores).
set -euo pipefail

repoRoot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repoRoot"

languages=(en de fr sv cs)
onlyLanguage=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        -h | --help)
            sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        --lang)
            onlyLanguage="${2:?--lang needs a language code (en, de, fr, sv, cs)}"
            shift 2
            ;;
        --lang=*)
            onlyLanguage="${1#--lang=}"
            shift
            ;;
        *)
            break
            ;;
    esac
done

log() {
    printf 'screenshots: %s\n' "$*" >&2
}

buildDir="${ARDESK_BUILD_DIR:-build}"
jobs="${ARDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}"
outDir="$repoRoot/docs/screenshots"

if [[ ! -f "$buildDir/build.ninja" && ! -f "$buildDir/Makefile" ]]; then
    log "configuring $buildDir (Release, Ninja)"
    cmake -S . -B "$buildDir" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
log "building ardesk"
cmake --build "$buildDir" -j"$jobs" --target ardesk

app="$buildDir/src/app/ardesk"
cli="$buildDir/src/cli/ardesk-cli"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

book="${1:-}"
if [[ -z "$book" ]]; then
    book="$work/demo.ardesk"
    if cmake --build "$buildDir" -j"$jobs" --target ardesk-cli >"$work/cli-build.log" 2>&1 &&
        "$cli" --book "$book" init >/dev/null 2>"$work/init.log" &&
        "$cli" --book "$book" demo --customers 500 --seed 1 >/dev/null 2>"$work/demo.log"; then
        log "demo book made by ardesk-cli demo (500 customers, seed 1)"
    else
        reason="$(head -n 1 "$work/demo.log" 2>/dev/null || head -n 1 "$work/init.log" 2>/dev/null || true)"
        log "no demo from ardesk-cli (${reason:-it did not build}); using the UI tests' fixture book"
        rm -f "$book" "$book-wal" "$book-shm"
        cmake --build "$buildDir" -j"$jobs" --target ardesk_ui_tests
        ARDESK_UI_FIXTURE_BOOK="$book" QT_QPA_PLATFORM=offscreen \
            "$buildDir/tests/ardesk_ui_tests" --gtest_filter='UiFixtureBook.*' >"$work/fixture.log" 2>&1 ||
            { cat "$work/fixture.log" >&2; exit 1; }
    fi
fi

if [[ -z "$onlyLanguage" ]]; then
    mkdir -p "$outDir"
    log "writing $outDir"
    QT_QPA_PLATFORM=offscreen "$app" --lang en_US --screenshots "$outDir" "$book"
else
    languages=("$onlyLanguage")
fi
for language in "${languages[@]}"; do
    mkdir -p "$outDir/$language"
    log "writing $outDir/$language"
    QT_QPA_PLATFORM=offscreen "$app" --lang "$language" --language-screenshots "$outDir/$language" "$book"
done
