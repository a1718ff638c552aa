#!/usr/bin/env bash
# Builds the Debian package of ardesk (CPack) and prints its path.
#
#   scripts/package.sh [--build-dir DIR] [--out DIR]
#
#   --build-dir DIR   the build to package (default: build, configured as Release when it
#                     is not configured yet); what is already built is reused
#   --out DIR         where the .deb goes (default: DIR of the build, packages/)
#
# The package installs under /usr: bin/ardesk and bin/ardesk-cli, the launcher, icons, the
# *.ardesk MIME type, the AppStream metainfo, ardesk-cli(1) and the user guide
# (cmake/packaging.cmake, resources/desktop/CMakeLists.txt). Needs dpkg-deb and
# dpkg-shlibdeps (Debian's dpkg and dpkg-dev). ARDESK_JOBS sets the compile jobs.
set -euo pipefail

repoRoot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repoRoot"

log() {
    printf 'package: %s\n' "$*" >&2
}

buildDir=build
outDir=
while (($# > 0)); do
    case "$1" in
        --build-dir) buildDir="$2"; shift ;;
        --out) outDir="$2"; shift ;;
        -h | --help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) log "unknown argument: $1"; exit 2 ;;
    esac
    shift
done
buildDir="$(cd "$(dirname "$buildDir")" && pwd)/$(basename "$buildDir")"
outDir="${outDir:-$buildDir/packages}"
jobs="${ARDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}"

for tool in cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { log "$tool is missing (Debian: cmake, dpkg, dpkg-dev)"; exit 1; }
done
if [[ ! -f "$buildDir/build.ninja" && ! -f "$buildDir/Makefile" ]]; then
    log "configuring $buildDir (Release, Ninja)"
    cmake -S . -B "$buildDir" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
fi
log "building in $buildDir"
cmake --build "$buildDir" -j"$jobs" >&2
mkdir -p "$outDir"
log "running cpack"
(cd "$buildDir" && cpack -G DEB -B "$outDir" >"$outDir/cpack.log" 2>&1) || { cat "$outDir/cpack.log" >&2; exit 1; }
deb="$(ls -t "$outDir"/ardesk_*.deb | head -n 1)"
rm -rf "$outDir/_CPack_Packages"
printf '%s\n' "$deb"
