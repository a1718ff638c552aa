#!/usr/bin/env bash
# A local PostgreSQL cluster for trying ardesk's team mode (and for the test suite).
#
#   scripts/team-server.sh start DIR [--port N] [--db NAME]
#   scripts/team-server.sh stop DIR
#   scripts/team-server.sh status DIR
#
# start  makes a cluster in DIR/data when DIR holds none yet (initdb), starts it on
#        127.0.0.1 only (port N, or the port it had last time, or a free one), creates
#        the database NAME (default: ardesk) and prints its book URL on stdout:
#            postgresql://ardesk@127.0.0.1:PORT/NAME
#        then returns; the server keeps running. Starting a running cluster only
#        prints the URL again (and creates NAME when missing).
# stop   stops the cluster of DIR (fast shutdown); stopping a stopped one is not an error.
#
# Authentication: the cluster's superuser is "ardesk". Without ARDESK_PASSWORD the
# cluster trusts every connection from 127.0.0.1 (a try-out or test cluster on your own
# machine: anyone who can open a socket to 127.0.0.1 on this machine is "ardesk").
# With ARDESK_PASSWORD set when the cluster is created, the superuser gets that password
# and connections need it (scram-sha-256); ardesk reads it from ARDESK_PASSWORD or
# ~/.pgpass. See docs/team-mode.md for a real server.
#
# Run as root, the server runs as the unprivileged user "postgres" (created when missing)
# and DIR is given to that user: PostgreSQL refuses to run as root.
# ARDESK_TEAM_FAST=1 starts it without fsync (throw-away clusters of the test suite only).
# Messages go to stderr; DIR/server.log holds the server's log.
set -euo pipefail

log() { printf 'team-server: %s\n' "$*" >&2; }
die() {
    log "$*"
    exit 1
}
usage() { sed -n '2,26p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

(($# >= 2)) || {
    usage >&2
    exit 2
}
command="$1"
dir="$2"
shift 2
port=""
dbName="ardesk"
while (($# > 0)); do
    case "$1" in
        --port)
            (($# >= 2)) || die "--port needs a number"
            port="$2"
            shift
            ;;
        --db)
            (($# >= 2)) || die "--db needs a name"
            dbName="$2"
            shift
            ;;
        *) die "unknown argument: $1" ;;
    esac
    shift
done
[[ -z "$port" || "$port" =~ ^[0-9]+$ ]] || die "--port must be a number: $port"
[[ "$dbName" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "--db must be a plain name: $dbName"

# PostgreSQL's server programs: Debian keeps them out of PATH.
binDir=""
for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [[ -x "$candidate/pg_ctl" ]]; then
        binDir="$candidate"
        break
    fi
done
if [[ -z "$binDir" ]] && command -v pg_ctl >/dev/null; then
    binDir="$(dirname "$(command -v pg_ctl)")"
fi
[[ -n "$binDir" ]] || die "no PostgreSQL server found (install the postgresql package; see docs/team-mode.md)"

superuser="ardesk"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
data="$dir/data"
portFile="$dir/port"

# The user the server runs as.
asUser=()
if ((EUID == 0)); then
    serverUser="postgres"
    if ! id "$serverUser" >/dev/null 2>&1; then
        log "creating the system user $serverUser to run the server"
        useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin "$serverUser"
    fi
    chown -R "$serverUser" "$dir"
    # Every folder above DIR must let that user in.
    if ! runuser -u "$serverUser" -- test -w "$dir"; then
        die "$dir is not reachable for the user $serverUser (choose a folder such as /tmp/... or /srv/...)"
    fi
    asUser=(runuser -u "$serverUser" --)
fi
run() { "${asUser[@]}" "$@"; }

isRunning() { [[ -f "$data/PG_VERSION" ]] && run "$binDir/pg_ctl" status -D "$data" >/dev/null 2>&1; }

freePort() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
portIsFree() {
    python3 -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1]))); s.close()' "$1" \
        2>/dev/null
}

psqlAdmin() {
    PGPASSWORD="${ARDESK_PASSWORD:-}" run "$binDir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" \
        -U "$superuser" -d postgres "${@:2}"
}

case "$command" in
    start)
        if [[ ! -f "$data/PG_VERSION" ]]; then
            log "creating a cluster in $data"
            run mkdir -p "$data"
            initArguments=(-D "$data" -U "$superuser" -E UTF8 --locale=C.UTF-8)
            if [[ -n "${ARDESK_PASSWORD:-}" ]]; then
                pwFile="$dir/.pw"
                (umask 077 && printf '%s\n' "$ARDESK_PASSWORD" >"$pwFile")
                ((EUID == 0)) && chown "$serverUser" "$pwFile"
                initArguments+=(--pwfile="$pwFile" --auth-host=scram-sha-256 --auth-local=scram-sha-256)
            else
                initArguments+=(--auth-host=trust --auth-local=trust)
            fi
            status=0
            run "$binDir/initdb" "${initArguments[@]}" >"$dir/initdb.log" 2>&1 || status=$?
            rm -f "$dir/.pw"
            ((status == 0)) || die "initdb failed (see $dir/initdb.log)"
            {
                echo "# scripts/team-server.sh: 127.0.0.1 only, socket in the cluster's folder"
                echo "listen_addresses = '127.0.0.1'"
                echo "unix_socket_directories = '$dir'"
                echo "max_connections = 200"
            } | run tee -a "$data/postgresql.conf" >/dev/null
        fi
        if isRunning; then
            port="$(cat "$portFile")"
            log "already running on port $port"
        else
            if [[ -z "$port" && -f "$portFile" ]] && portIsFree "$(cat "$portFile")"; then
                port="$(cat "$portFile")"
            fi
            [[ -n "$port" ]] || port="$(freePort)"
            portIsFree "$port" || die "port $port on 127.0.0.1 is taken"
            echo "$port" | run tee "$portFile" >/dev/null
            options="-p $port"
            if [[ "${ARDESK_TEAM_FAST:-0}" == 1 ]]; then
                options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            fi
            run "$binDir/pg_ctl" start -D "$data" -l "$dir/server.log" -w -t 60 -o "$options" >/dev/null ||
                die "the server did not start (see $dir/server.log)"
            log "started on 127.0.0.1:$port"
        fi
        exists="$(psqlAdmin "$port" -tA -c "SELECT 1 FROM pg_database WHERE datname = '$dbName'")"
        if [[ "$exists" != 1 ]]; then
            psqlAdmin "$port" -c "CREATE DATABASE \"$dbName\""
            log "created the database $dbName"
        fi
        echo "postgresql://$superuser@127.0.0.1:$port/$dbName"
        ;;
    stop)
        if isRunning; then
            run "$binDir/pg_ctl" stop -D "$data" -m fast -w -t 60 >/dev/null
            log "stopped"
        else
            log "not running"
        fi
        ;;
    status)
        if isRunning; then
            echo "running on 127.0.0.1:$(cat "$portFile")"
        else
            echo "stopped"
            exit 3
        fi
        ;;
    *)
        usage >&2
        exit 2
        ;;
esac
