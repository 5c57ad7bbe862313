#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: trust authentication, 127.0.0.1 only, its data
# in a folder of its own.
#
#   scripts/test-postgres.sh start DIR [PID]   # prints the cluster's URL on stdout
#   scripts/test-postgres.sh stop DIR
#
# With PID, the cluster stops and DIR is removed once that process exits (the test binary that
# started it). Needs PostgreSQL's server binaries (Debian: apt-get install postgresql); as root,
# the cluster runs as the `postgres` user, since PostgreSQL refuses to run as root.
set -euo pipefail

bindir() {
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(command -v pg_ctl)"
        return
    fi
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] || {
        echo "no PostgreSQL server binaries (initdb, pg_ctl) found; install PostgreSQL" >&2
        exit 3
    }
    echo "$dir"
}

# Runs a PostgreSQL binary as the cluster's owner.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR [PID]" >&2; exit 2; }

case "$cmd" in
start)
    bin=$(bindir)
    mkdir -p "$dir"
    # As root, DIR and the folders above it must let the postgres user in.
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
    started=
    for _ in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 40000))
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" \
            start >/dev/null 2>&1; then
            started=1
            break
        fi
    done
    [ -n "$started" ] || { cat "$dir/server.log" >&2; rm -rf "$dir"; exit 1; }
    if [ -n "${3:-}" ]; then
        watched=$3
        # Detached from the caller's pipes, so that the caller's reader sees end of file.
        nohup bash -c "
            while kill -0 $watched 2>/dev/null; do sleep 1; done
            $(declare -f as_owner)
            as_owner '$bin/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null 2>&1
            rm -rf '$dir'
        " >/dev/null 2>&1 </dev/null &
    fi
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    bin=$(bindir)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR [PID]" >&2
    exit 2
    ;;
esac
