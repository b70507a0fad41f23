# Shared helpers for the local-stack scripts. Sourced, never run.
# Layout: everything a run keeps lives under $WS_HOME (default: <repo>/.local):
#   $WS_HOME/<component>/   data     $WS_HOME/logs/<component>.log   logs
#   $WS_HOME/run/<component>.pid     $WS_HOME/run/<component>.port

WS_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WS_HOME="${WS_HOME:-$WS_REPO/.local}"
mkdir -p "$WS_HOME/logs" "$WS_HOME/run"
WS_HOME="$(cd "$WS_HOME" && pwd)"
export WS_HOME WS_REPO

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

pid_file() { echo "$WS_HOME/run/$1.pid"; }
port_file() { echo "$WS_HOME/run/$1.port"; }

# The pid recorded for a component, printed only if that process is alive.
running_pid() {
  local f pid
  f="$(pid_file "$1")"
  [ -s "$f" ] || return 1
  pid="$(cat "$f")"
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# A TCP port nobody listens on (the kernel picks it).
free_port() {
  python3 - <<'PY' 2>/dev/null || java_free_port
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}
java_free_port() { echo $(( 20000 + RANDOM % 20000 )); }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_http URL SECONDS [PID]: wait until URL answers 2xx; fail early if PID dies.
wait_http() {
  local url="$1" secs="$2" pid="${3:-}" i
  for ((i = 0; i < secs * 5; i++)); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 0.2
  done
  return 1
}

# stop_pid NAME: end the process recorded for NAME (TERM, then KILL after a grace period).
stop_pid() {
  local name="$1" pid i
  pid="$(running_pid "$name")" || { rm -f "$(pid_file "$name")"; return 0; }
  log "stopping $name (pid $pid)"
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 150; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  rm -f "$(pid_file "$name")"
}

# Maven, quiet and batch, from the repository root.
mvn_repo() { (cd "$WS_REPO" && mvn -B -q "$@"); }

# The applications' JVM options, the same for all five (WS_APP_JAVA_OPTS replaces them). Five JVMs share two cores
# and must each stay under 400 MB resident: small heaps and the serial collector (GC was ~1% of the gateway's CPU in
# the bench).
# The code cache is reserved at 128 MB (only what is used is resident): at 64 MB a full cache stops the JIT and
# leaves hot code interpreted. Every application keeps the JVM's tiered compilation: on a quiet machine the
# gateway's request path costs 2.4 ms of CPU with C1 alone and 1 ms once C2 has compiled it, about a minute into
# the load (bench/results/2026-12-03-gateway-profile.md); C1 alone only won on a machine so overloaded that C2
# never finished.
app_java_opts() {
  if [ -n "${WS_APP_JAVA_OPTS:-}" ]; then echo "$WS_APP_JAVA_OPTS"; return; fi
  echo "-Xms64m -Xmx256m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=128m -XX:MaxDirectMemorySize=64m -XX:+ExitOnOutOfMemoryError"
}
