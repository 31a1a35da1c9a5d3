#!/usr/bin/env bash
# Services the full test suite needs beyond Node: a throwaway PostgreSQL 15 + PostGIS cluster and Chromium.
#
#   eval "$(scripts/test-services.sh)"           # installs if needed, starts a cluster, prints the exports
#   scripts/test-services.sh stop "$PGDATA_DIR"  # stops that cluster and deletes its directory
#
# Debian 12, run as root (apt-get, runuser). Progress goes to stderr; stdout carries only the `export` lines,
# so the output can be eval'd. The cluster lives in a fresh temp dir, listens on 127.0.0.1 only, on a free
# port, and trusts every local connection: it holds nothing but test data and dies with the run.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
PACKAGES=(postgresql-15 postgresql-15-postgis-3 chromium)
TMP_PREFIX=hatang-pg.

log() { printf 'test-services: %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

stop_cluster() {
  local pgdata=$1
  local dir
  dir=$(dirname "$pgdata")
  # Only ever delete a directory this script made.
  case "$(basename "$dir")" in
    "$TMP_PREFIX"*) ;;
    *) die "refusing to stop/remove $pgdata: not a directory made by test-services.sh" ;;
  esac
  if [[ -f "$pgdata/postmaster.pid" ]]; then
    log "stopping the cluster in $pgdata"
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$pgdata" -m immediate -w stop >&2 || true
  fi
  rm -rf -- "$dir"
}

if [[ ${1:-} == stop ]]; then
  [[ -n ${2:-} ]] || die "usage: $0 stop PGDATA_DIR"
  stop_cluster "$2"
  exit 0
fi

[[ $(id -u) -eq 0 ]] || die "must run as root (it uses apt-get and runuser)"

installed() {
  local status
  status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) || return 1
  [[ $status == "install ok installed" ]]
}

missing=()
for pkg in "${PACKAGES[@]}"; do
  installed "$pkg" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -q update >&2
  apt-get -q install -y --no-install-recommends "${PACKAGES[@]}" >&2
else
  log "packages already installed: ${PACKAGES[*]}"
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is missing after install"
[[ -x $PG_BIN/initdb ]] || die "$PG_BIN/initdb is missing after install"

# A free port: bind to port 0 and let the kernel choose. Another process could take it before postgres
# does; the window is a few hundred milliseconds on a machine that runs one test suite.
port=$(node -e "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });")
[[ $port =~ ^[0-9]+$ ]] || die "could not find a free port (got '$port')"

dir=$(mktemp -d "${TMPDIR:-/tmp}/${TMP_PREFIX}XXXXXX")
pgdata=$dir/data
mkdir "$dir/socket"
chown -R postgres:postgres "$dir"
# If anything below fails, leave no cluster running and no directory behind.
trap 'status=$?; if ((status != 0)); then log "failed; cleaning up $dir"; stop_cluster "$pgdata"; fi' EXIT

log "initdb in $pgdata"
# Its chatter goes to a log, shown only if it fails.
runuser -u postgres -- "$PG_BIN/initdb" -D "$pgdata" -U postgres --auth=trust --encoding=UTF8 \
  --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
  {
    cat "$dir/initdb.log" >&2 || true
    die "initdb failed"
  }

# Durability is pointless for a cluster that is deleted after the run, and fsync is most of the cost of
# the migrations and fixture loads the tests do.
log "starting postgres on 127.0.0.1:$port"
# pg_ctl hands -o to a shell as one line: keep it on one line.
pg_options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/socket"
pg_options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$pgdata" -l "$dir/postgres.log" -w -t 60 -o "$pg_options" start >&2 ||
  {
    cat "$dir/postgres.log" >&2 || true
    die "postgres did not start"
  }

psql_as_postgres() {
  runuser -u postgres -- "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@" >&2
}
log "creating database hatang_test with PostGIS"
psql_as_postgres -d postgres -c 'CREATE DATABASE hatang_test'
psql_as_postgres -d hatang_test -c 'CREATE EXTENSION postgis'

trap - EXIT
log "ready: postgres://postgres@127.0.0.1:$port/hatang_test (stop with: $0 stop $pgdata)"
echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$port/hatang_test"
echo "export PGDATA_DIR=$pgdata"
