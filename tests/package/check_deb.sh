#!/usr/bin/env bash
# The Debian package as the desktop sees it (ctest: package.deb_layout, label package).
#
#   tests/package/check_deb.sh BUILD_DIR
#
# Builds the .deb with scripts/package.sh from BUILD_DIR (reusing what is built), unpacks
# it with dpkg-deb -x into a temporary root and checks that every file is where the
# freedesktop specifications look for it, that desktop-file-validate and appstreamcli
# validate pass, that the *.ardesk glob reaches the MIME database, that the man page has
# every command of `ardesk-cli --help`, that the dependencies name the runtime libraries,
# and that the unpacked ardesk-cli runs. Exits 77 (skipped) where there is no dpkg.
set -euo pipefail

repoRoot="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
buildDir="${1:?usage: check_deb.sh BUILD_DIR}"
appId=io.ardesk.Ardesk

command -v dpkg-deb >/dev/null || { echo "SKIP: no dpkg-deb here"; exit 77; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    printf 'FAIL: %s\n' "$*"
    failures=$((failures + 1))
}
need() {
    [[ -e "$root/$1" ]] || fail "missing /$1"
}

deb="$("$repoRoot/scripts/package.sh" --build-dir "$buildDir" --out "$work/out" 2>"$work/package.log")" ||
    { cat "$work/package.log"; echo "FAIL: scripts/package.sh"; exit 1; }
[[ -f "$deb" ]] || { echo "FAIL: scripts/package.sh printed '$deb', which is not a file"; exit 1; }
echo "package: $deb"
root="$work/root"
dpkg-deb -x "$deb" "$root"

# Executables on PATH.
for program in ardesk ardesk-cli; do
    [[ -x "$root/usr/bin/$program" ]] || fail "/usr/bin/$program is missing or not executable"
done

# The launcher: validated, naming an executable, icon and MIME type that the package has.
desktop="usr/share/applications/$appId.desktop"
need "$desktop"
if [[ -f "$root/$desktop" ]]; then
    desktop-file-validate "$root/$desktop" || fail "desktop-file-validate $desktop"
    exec="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/$desktop")"
    [[ -x "$root/usr/bin/$exec" ]] || fail "Exec=$exec is not in /usr/bin"
    icon="$(sed -n 's/^Icon=//p' "$root/$desktop")"
    need "usr/share/icons/hicolor/scalable/apps/$icon.svg"
    for size in 16 22 24 32 48 64 128 256; do
        png="usr/share/icons/hicolor/${size}x${size}/apps/$icon.png"
        need "$png"
        if [[ -f "$root/$png" ]]; then
            # PNG header: width and height are big-endian at bytes 16..23.
            read -r width height < <(od -An -tu1 -j16 -N8 "$root/$png" |
                awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
            [[ "$width" == "$size" && "$height" == "$size" ]] || fail "$png is ${width}x${height}"
        fi
    done
    grep -q '^MimeType=.*application/x-ardesk-book;' "$root/$desktop" || fail "the launcher does not take *.ardesk"
fi

# The MIME type: the package file, and the glob after update-mime-database (what a file
# manager asks when a book is double-clicked).
mime="usr/share/mime/packages/$appId.xml"
need "$mime"
if [[ -f "$root/$mime" ]] && command -v update-mime-database >/dev/null; then
    mkdir -p "$work/mime/packages"
    cp "$root/$mime" "$work/mime/packages/"
    update-mime-database "$work/mime" >/dev/null 2>&1 || fail "update-mime-database rejects $mime"
    grep -q 'application/x-ardesk-book:\*\.ardesk' "$work/mime/globs2" || fail "*.ardesk is not in the MIME globs"
fi

# AppStream.
metainfo="usr/share/metainfo/$appId.metainfo.xml"
need "$metainfo"
if [[ -f "$root/$metainfo" ]]; then
    appstreamcli validate --no-net "$root/$metainfo" || fail "appstreamcli validate $metainfo"
    grep -q "<launchable type=\"desktop-id\">$appId.desktop</launchable>" "$root/$metainfo" ||
        fail "the metainfo does not launch $appId.desktop"
fi

# The man page: every command of the usage text is in it.
man="usr/share/man/man1/ardesk-cli.1.gz"
need "$man"
if [[ -f "$root/$man" ]]; then
    zcat "$root/$man" | sed 's/\\-/-/g; s/\\f[BIR]//g' >"$work/man.txt"
    "$buildDir/src/cli/ardesk-cli" --lang en --help >"$work/help.txt"
    while read -r command; do
        grep -q -- "^$command\b" "$work/man.txt" || fail "ardesk-cli($command) is not in the man page"
    done < <(sed -n '/^Commands:/,/^Exit codes:/p' "$work/help.txt" | grep -E '^  [a-z]' | awk '{print $1}' | sort -u)
    grep -q '^\.SH SYNOPSIS' "$work/man.txt" || fail "the man page has no SYNOPSIS"
fi

# Documents.
need usr/share/doc/ardesk/copyright
if [[ -f "$repoRoot/docs/user-guide.md" ]]; then
    need usr/share/doc/ardesk/user-guide.md
fi

# Dependencies: the runtime libraries and the plug-ins Qt loads.
depends="$(dpkg-deb -f "$deb" Depends)"
for library in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins libsodium libspdlog; do
    [[ "$depends" == *"$library"* ]] || fail "Depends does not name $library: $depends"
done
if ldd "$buildDir/src/cli/ardesk-cli" "$buildDir/src/app/ardesk" | grep -q libxlsxwriter; then
    [[ "$depends" == *libxlsxwriter* ]] || fail "Depends does not name libxlsxwriter: $depends"
fi

# The unpacked programs run with the system's libraries.
version="$("$root/usr/bin/ardesk-cli" --version)" || fail "the packaged ardesk-cli --version failed"
[[ "$version" == "ardesk-cli "* ]] || fail "ardesk-cli --version said '$version'"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/ardesk" --version >/dev/null || fail "the packaged ardesk --version failed"

if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "the package is laid out as the desktop expects"
