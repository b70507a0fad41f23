#!/usr/bin/env bash
# Local PostgreSQL 15 for the services: a private cluster in $WS_HOME/postgres/data, on 127.0.0.1:$WS_PG_PORT,
# with the role worksafety, one database per service and one for the gateway's rate-limit counters.  Usage: dev/postgres.sh {start|stop|status}
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_BIN=/usr/lib/postgresql/15/bin
PORT="${WS_PG_PORT:-15432}"
DATA="$WS_HOME/postgres/data"
SOCK="$WS_HOME/postgres/socket"
LOG_FILE="$WS_HOME/logs/postgres.log"
DATABASES=(enterprise hazard enforcement training gateway)

# initdb and the server refuse root: as root, drop to the postgres user (from / so no unreadable cwd gets in the way).
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && setpriv --reuid=postgres --regid=postgres --init-groups -- "$@")
  else "$@"; fi
}

# Fail with the first directory on the way to $1 that user $2 cannot enter, rather than with a server's riddle.
check_reachable() {
  local dir="$1" user="$2" d=""
  setpriv --reuid="$user" --regid="$user" --clear-groups -- test -x "$dir" 2>/dev/null && return 0
  for part in $(tr / ' ' <<<"$dir"); do
    d="$d/$part"
    setpriv --reuid="$user" --regid="$user" --clear-groups -- test -x "$d" 2>/dev/null ||
      die "user $user cannot enter $d (on the way to $dir): set WS_HOME to a directory outside it, e.g. WS_HOME=/tmp/ws"
  done
}

install_postgres() {
  [ -x "$PG_BIN/initdb" ] && return 0
  log "installing postgresql-15"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q postgresql-15 >/dev/null
}

init_cluster() {
  [ -s "$DATA/PG_VERSION" ] && return 0
  log "initdb $DATA"
  mkdir -p "$DATA"
  chown postgres:postgres "$DATA"
  chmod 700 "$DATA"
  # Local socket stays trust (this script administers through it); TCP asks for the password, as in production.
  as_pg "$PG_BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >>"$LOG_FILE" 2>&1 || die "initdb failed: see $LOG_FILE"
}

provision() {
  psql -q -X -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" -U postgres -d postgres >/dev/null <<SQL
SELECT 'CREATE ROLE worksafety LOGIN PASSWORD ''worksafety'''
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'worksafety')\gexec
SELECT format('CREATE DATABASE %I OWNER worksafety', d)
  FROM unnest(string_to_array('${DATABASES[*]}', ' ')) AS d
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d)\gexec
SQL
}

start() {
  if running_pid postgres >/dev/null; then
    log "postgres already running on $(cat "$(port_file postgres)")"
    return 0
  fi
  port_in_use "$PORT" && die "port $PORT is taken: set WS_PG_PORT"
  install_postgres
  mkdir -p "$SOCK"
  touch "$LOG_FILE"
  if [ "$(id -u)" -eq 0 ]; then
    chmod 755 "$WS_HOME"
    check_reachable "$WS_HOME" postgres
    # The server writes the socket and the log, not us.
    chown postgres:postgres "$SOCK" "$LOG_FILE"
  fi
  init_cluster

  local t0=$SECONDS
  # 300 connections: five applications' pools, and in the tests every cached Spring context keeps its own pool
  # open until its module ends (the default 100 ran out in enforcement-service's integration tests).
  as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOG_FILE" -w -t 60 \
    -o "-p $PORT -k '$SOCK' -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300" start >/dev/null ||
    die "postgres did not start: see $LOG_FILE"
  head -1 "$DATA/postmaster.pid" >"$(pid_file postgres)"
  echo "$PORT" >"$(port_file postgres)"
  provision || die "creating role/databases failed"
  log "postgres running on 127.0.0.1:$PORT (pid $(cat "$(pid_file postgres)"), $((SECONDS - t0)) s), databases: ${DATABASES[*]}"
}

stop() {
  if ! running_pid postgres >/dev/null; then
    log "postgres not running"
  elif ! as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop >/dev/null 2>&1; then
    stop_pid postgres
  else
    log "postgres stopped"
  fi
  rm -f "$(pid_file postgres)" "$(port_file postgres)"
}

status() {
  local pid
  if pid="$(running_pid postgres)"; then
    echo "postgres running on 127.0.0.1:$(cat "$(port_file postgres)") (pid $pid)"
  else
    echo "postgres stopped"
    return 3
  fi
}

case "${1:-}" in
  start | stop | status) "$1" ;;
  *) die "usage: $0 {start|stop|status}" ;;
esac
