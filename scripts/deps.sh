#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages of scripts/packages.txt that are missing.
#
#   scripts/deps.sh                  check, and install what is missing
#   source scripts/deps.sh; ardesk_install_deps
#
# - Checks each package with dpkg-query; when all are installed it does nothing else.
# - Runs `apt-get update` and `apt-get install` only when something is missing, never
#   prompting (DEBIAN_FRONTEND=noninteractive, -y, keeps existing config files).
# - As root it calls apt-get directly, otherwise through sudo (`sudo -n` when there is
#   no terminal, so that CI fails with a message instead of waiting for a password).
# - On a system without apt-get/dpkg-query it prints where the manual steps are
#   (README.md, "Other platforms") and carries on: the build then says what is missing.
# - ARDESK_SKIP_DEPS=1 skips the whole check.

ardesk_deps_log() {
    printf 'deps: %s\n' "$*" >&2
}

# Prints the package names of packages.txt, one per line, without comments.
ardesk_package_list() {
    local scriptDir
    scriptDir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    local listFile="${ARDESK_PACKAGES_FILE:-$scriptDir/packages.txt}"
    if [[ ! -r "$listFile" ]]; then
        ardesk_deps_log "cannot read the package list $listFile"
        return 1
    fi
    sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$listFile" | grep -v '^$'
}

# Prints the packages of the list that are not installed, one per line.
ardesk_missing_packages() {
    local packages package status
    packages="$(ardesk_package_list)" || return 1
    for package in $packages; do
        status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
        if [[ "$status" != "install ok installed" ]]; then
            printf '%s\n' "$package"
        fi
    done
}

ardesk_install_deps() {
    if [[ "${ARDESK_SKIP_DEPS:-0}" == 1 ]]; then
        ardesk_deps_log "ARDESK_SKIP_DEPS=1: not checking system packages"
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        ardesk_deps_log "no apt-get/dpkg-query here: this is not Debian or Ubuntu."
        ardesk_deps_log "Install the equivalents of scripts/packages.txt by hand (README.md, \"Other platforms\");"
        ardesk_deps_log "continuing: CMake will name anything still missing."
        return 0
    fi

    local missing
    missing="$(ardesk_missing_packages)" || return 1
    if [[ -z "$missing" ]]; then
        ardesk_deps_log "all $(ardesk_package_list | wc -l) packages of scripts/packages.txt are installed; nothing to do"
        return 0
    fi
    # shellcheck disable=SC2086 # one word per package
    set -- $missing
    ardesk_deps_log "missing $#: $*"

    local -a asRoot=()
    if [[ "$(id -u)" -ne 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1; then
            ardesk_deps_log "not root and sudo is not installed: run as root: apt-get install $*"
            return 1
        fi
        if [[ -t 0 ]]; then
            asRoot=(sudo)
        else
            asRoot=(sudo -n) # no terminal: never wait for a password
        fi
    fi
    local -a aptGet=("${asRoot[@]}" env DEBIAN_FRONTEND=noninteractive NEEDRESTART_MODE=a
                     apt-get -y -q -o DPkg::Lock::Timeout=600
                     -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

    ardesk_deps_log "apt-get update"
    if ! "${aptGet[@]}" update; then
        ardesk_deps_log "apt-get update failed"
        return 1
    fi
    ardesk_deps_log "apt-get install $*"
    if ! "${aptGet[@]}" install "$@"; then
        ardesk_deps_log "apt-get install failed for: $*"
        return 1
    fi

    missing="$(ardesk_missing_packages)" || return 1
    if [[ -n "$missing" ]]; then
        ardesk_deps_log "still missing after apt-get install: ${missing//$'\n'/ }"
        return 1
    fi
    ardesk_deps_log "installed $#: $*"
}

# Run directly (not sourced): do the work and exit with its status.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    ardesk_install_deps "$@"
fi
