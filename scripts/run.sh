#!/usr/bin/env bash
# Installs what is missing, builds ardesk in Release and opens the demo book in the GUI.
#
#   scripts/run.sh [ARGUMENTS FOR ardesk...]
#
# The demo book is created on the first run at
#   ${XDG_DATA_HOME:-$HOME/.local/share}/ardesk/demo.ardesk
# (2,000 customers, seed 1) and reused afterwards; delete it to get a fresh one.
# ARDESK_JOBS sets the number of compile jobs (default: all cores).
set -euo pipefail

repoRoot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repoRoot"

case "${1:-}" in
    -h | --help)
        sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
esac

log() {
    printf 'run: %s\n' "$*" >&2
}

scripts/deps.sh

buildDir=build
jobs="${ARDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}"

log "configuring $buildDir (Release, Ninja)"
cmake -S . -B "$buildDir" -G Ninja -DCMAKE_BUILD_TYPE=Release
# Only what this script runs; scripts/test.sh builds the rest in the same folder.
log "building ardesk and ardesk-cli with $jobs jobs"
cmake --build "$buildDir" -j"$jobs" --target ardesk ardesk-cli

cli="$buildDir/src/cli/ardesk-cli"
app="$buildDir/src/app/ardesk"

dataDir="${XDG_DATA_HOME:-$HOME/.local/share}/ardesk"
book="$dataDir/demo.ardesk"
if [[ ! -e "$book" ]]; then
    log "first run: creating the demo book $book (2000 customers)"
    mkdir -p "$dataDir"
    # Built under a temporary name and moved into place only when complete, so that an
    # interrupted first run is simply repeated instead of leaving a half-filled book.
    partial="$dataDir/.demo-$$.ardesk"
    removePartial() {
        rm -f "$partial" "$partial-wal" "$partial-shm" "$partial-journal"
    }
    trap removePartial EXIT
    "$cli" --book "$partial" init
    "$cli" --book "$partial" demo --customers 2000 --seed 1
    for suffix in -wal -shm; do # normally gone once the CLI has closed the book
        if [[ -e "$partial$suffix" ]]; then mv "$partial$suffix" "$book$suffix"; fi
    done
    mv "$partial" "$book"
    removePartial
    trap - EXIT
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    log "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set): the window may not open."
    log "  on a machine without a screen use:  xvfb-run -a scripts/run.sh"
    log "  or, to start without any window:    QT_QPA_PLATFORM=offscreen scripts/run.sh"
fi

log "opening $book"
exec "$app" "$book" "$@"
