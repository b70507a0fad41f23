#!/usr/bin/env bash
# Local Elasticsearch 8.19.21 (Elastic's integ-test distribution from Maven Central) with the smartcn plugin,
# single node on 127.0.0.1:$WS_ES_PORT, data under $WS_HOME/elasticsearch.  Usage: dev/elasticsearch.sh {start|stop|status}
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ES_VERSION=8.19.21
PORT="${WS_ES_PORT:-9200}"
# Derived from the HTTP port (9200 -> 9300) so two stacks with different ports never share a transport port.
TRANSPORT_PORT="${WS_ES_TRANSPORT_PORT:-$((PORT + 100))}"
HEAP="${WS_ES_HEAP:-512m}"
ES_USER=65534 # nobody: ES refuses to run as root
MODULE="$WS_REPO/dev/elasticsearch-smartcn"
DIST_ZIP="$MODULE/target/elasticsearch-$ES_VERSION.zip"
PLUGIN_ZIP="$MODULE/target/elasticsearch-smartcn.zip"
ES_DIR="$WS_HOME/elasticsearch"
ES_HOME="$ES_DIR/elasticsearch-$ES_VERSION"
ES_LOGS="$WS_HOME/logs/elasticsearch"
CLUSTER=worksafety-local
URL="http://127.0.0.1:$PORT"
# The integ-test distribution bundles no JDK.
ES_JAVA_HOME="${ES_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"
export ES_JAVA_HOME

as_es() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && setpriv --reuid=$ES_USER --regid=$ES_USER --clear-groups -- "$@")
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

install_es() {
  if [ ! -s "$DIST_ZIP" ] || [ ! -s "$PLUGIN_ZIP" ]; then
    log "building dev/elasticsearch-smartcn (plugin + ES distribution)"
    # Into a log: Maven 3.8 prints stray colour codes even with -q -B.
    mvn_repo -f dev/elasticsearch-smartcn/pom.xml package -DskipTests >"$WS_HOME/logs/elasticsearch-build.log" 2>&1 ||
      die "building dev/elasticsearch-smartcn failed: see $WS_HOME/logs/elasticsearch-build.log"
  fi
  if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
    log "unpacking Elasticsearch $ES_VERSION into $ES_DIR"
    mkdir -p "$ES_DIR"
    unzip -q -o "$DIST_ZIP" -d "$ES_DIR"
  fi
  # Reinstall when the plugin zip was rebuilt after the last install.
  if [ ! -d "$ES_HOME/plugins/analysis-smartcn" ] || [ "$PLUGIN_ZIP" -nt "$ES_HOME/plugins/analysis-smartcn" ]; then
    log "installing the smartcn plugin"
    rm -rf "$ES_HOME/plugins/analysis-smartcn"
    "$ES_HOME/bin/elasticsearch-plugin" install --batch --silent "file://$PLUGIN_ZIP"
  fi
}

configure() {
  mkdir -p "$ES_DIR/data" "$ES_DIR/run" "$ES_LOGS" "$ES_HOME/config/jvm.options.d"
  cat >"$ES_HOME/config/elasticsearch.yml" <<EOF
# Written by dev/elasticsearch.sh on every start.
cluster.name: $CLUSTER
node.name: local
path.data: $ES_DIR/data
path.logs: $ES_LOGS
network.host: 127.0.0.1
http.port: $PORT
transport.port: $TRANSPORT_PORT
discovery.type: single-node
xpack.security.enabled: false
# A full developer disk must not turn indices read-only.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  printf -- '-Xms%s\n-Xmx%s\n' "$HEAP" "$HEAP" >"$ES_HOME/config/jvm.options.d/heap.options"
  ln -sfn "elasticsearch/$CLUSTER.log" "$WS_HOME/logs/elasticsearch.log"
  if [ "$(id -u)" -eq 0 ]; then chown -R $ES_USER:$ES_USER "$ES_DIR" "$ES_LOGS"; fi
}

start() {
  if running_pid elasticsearch >/dev/null; then
    log "elasticsearch already running on $(cat "$(port_file elasticsearch)")"
    return 0
  fi
  port_in_use "$PORT" && die "port $PORT is taken: set WS_ES_PORT"
  port_in_use "$TRANSPORT_PORT" && die "transport port $TRANSPORT_PORT is taken: set WS_ES_TRANSPORT_PORT"
  if [ "$(id -u)" -eq 0 ]; then
    chmod 755 "$WS_HOME"
    check_reachable "$WS_HOME" $ES_USER
  fi
  install_es
  configure

  local t0=$SECONDS es_pid_file="$ES_DIR/run/elasticsearch.pid" console="$WS_HOME/logs/elasticsearch-console.log"
  # -d returns once the node is up or has failed; ES writes its pid file into a directory it owns.
  # The console log catches what fails before ES's own logging starts (bad config, JVM errors).
  as_es "$ES_HOME/bin/elasticsearch" -d -p "$es_pid_file" >"$console" 2>&1 ||
    die "elasticsearch did not start: see $console and $WS_HOME/logs/elasticsearch.log"
  cp "$es_pid_file" "$(pid_file elasticsearch)"
  echo "$PORT" >"$(port_file elasticsearch)"
  wait_http "$URL/_cluster/health?wait_for_status=yellow&timeout=1s" 90 "$(cat "$(pid_file elasticsearch)")" ||
    die "elasticsearch not healthy within 90 s: see $WS_HOME/logs/elasticsearch.log"
  # Without the plugin, Chinese would be split into single characters: check a real word comes out.
  curl -fsS -H 'Content-Type: application/json' "$URL/_analyze" \
    -d '{"analyzer":"smartcn","text":"重大事故隐患"}' | grep -q '"token":"事故"' ||
    die "the smartcn analyzer does not segment Chinese: see $WS_HOME/logs/elasticsearch.log"
  log "elasticsearch running on $URL (pid $(cat "$(pid_file elasticsearch)"), transport $TRANSPORT_PORT, heap $HEAP, $((SECONDS - t0)) s)"
}

stop() {
  if running_pid elasticsearch >/dev/null; then stop_pid elasticsearch; else log "elasticsearch not running"; fi
  rm -f "$(pid_file elasticsearch)" "$(port_file elasticsearch)"
}

status() {
  local pid
  if pid="$(running_pid elasticsearch)"; then
    echo "elasticsearch running on 127.0.0.1:$(cat "$(port_file elasticsearch)") (pid $pid)"
  else
    echo "elasticsearch stopped"
    return 3
  fi
}

case "${1:-}" in
  start | stop | status) "$1" ;;
  *) die "usage: $0 {start|stop|status}" ;;
esac
