#!/usr/bin/env bash
# Renders resources/desktop/ardesk.svg to the PNG icon set of resources/desktop/hicolor/
# (16, 22, 24, 32, 48, 64, 128 and 256 pixels), which is committed so that building and
# packaging need no SVG renderer. Run it after changing the SVG (needs rsvg-convert, Debian
# package librsvg2-bin).
set -euo pipefail
repoRoot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source="$repoRoot/resources/desktop/ardesk.svg"
for size in 16 22 24 32 48 64 128 256; do
    folder="$repoRoot/resources/desktop/hicolor/${size}x${size}/apps"
    mkdir -p "$folder"
    rsvg-convert --width "$size" --height "$size" --output "$folder/ardesk.png" "$source"
    printf '%s\n' "$folder/ardesk.png"
done
