#!/usr/bin/env bash
# The whole suite on one machine: PostgreSQL, Elasticsearch and Nacos (dev/*.sh), then the four services and
# the gateway, each a JVM of its own with its pid, port and log under $WS_HOME.
#
#   dev/suite.sh up       build, start everything, wait until ready, load demo data, print how to call it
#   dev/suite.sh down     stop the applications and the stack started under $WS_HOME
#   dev/suite.sh status   what runs, on which port
#   dev/suite.sh test     unit, integration and end-to-end tests on a private stack (free ports, own WS_HOME)
#   dev/suite.sh stop-app NAME / start-app NAME   one application (used by the end-to-end tests)
#
# Ports (env): WS_GATEWAY_PORT 8080; WS_ENTERPRISE_PORT 8081, WS_HAZARD_PORT 8082, WS_ENFORCEMENT_PORT 8083,
# WS_TRAINING_PORT 8084 (each service's gRPC port is WS_<NAME>_GRPC_PORT, default HTTP port + 1000);
# WS_PG_PORT 15432, WS_ES_PORT 9200, WS_NACOS_PORT 8848, WS_AUTH_PORT 9000 (the local OAuth2 issuer, dev/auth.sh). WS_SKIP_BUILD=1 uses the jars already built;
# WS_SEED=0 skips the demo data; WS_APP_JAVA_OPTS replaces the applications' JVM options.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

APPS=(enterprise-service hazard-service enforcement-service training-service gateway)

export WS_PG_PORT="${WS_PG_PORT:-15432}" WS_ES_PORT="${WS_ES_PORT:-9200}" WS_NACOS_PORT="${WS_NACOS_PORT:-8848}"
export WS_GATEWAY_PORT="${WS_GATEWAY_PORT:-8080}" WS_AUTH_PORT="${WS_AUTH_PORT:-9000}"
export WS_ENTERPRISE_PORT="${WS_ENTERPRISE_PORT:-8081}" WS_HAZARD_PORT="${WS_HAZARD_PORT:-8082}"
export WS_ENFORCEMENT_PORT="${WS_ENFORCEMENT_PORT:-8083}" WS_TRAINING_PORT="${WS_TRAINING_PORT:-8084}"

upper() { local n="${1%-service}"; echo "${n^^}"; }
http_port() { local v="WS_$(upper "$1")_PORT"; echo "${!v}"; }
grpc_port() {
  local v="WS_$(upper "$1")_GRPC_PORT"
  echo "${!v:-$(($(http_port "$1") + 1000))}"
}
jar_of() { echo "$WS_REPO/$1/target/$1.jar"; }

build() {
  if [ "${WS_SKIP_BUILD:-0}" = 1 ]; then
    for app in "${APPS[@]}"; do [ -f "$(jar_of "$app")" ] || die "$(jar_of "$app") is missing: build first (mvn -DskipTests install)"; done
    return 0
  fi
  log "building the suite (mvn -DskipTests install; first run downloads dependencies)"
  mvn_repo -DskipTests install >"$WS_HOME/logs/build.log" 2>&1 || { tail -40 "$WS_HOME/logs/build.log"; die "build failed: see $WS_HOME/logs/build.log"; }
}

stack() {
  local action="$1" failed=0 pids=()
  for part in postgres elasticsearch nacos auth; do
    bash "$WS_REPO/dev/$part.sh" "$action" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  [ "$failed" = 0 ] || die "the local stack did not $action"
}

start_app() {
  local app="$1" port grpc pid
  port="$(http_port "$app")"
  if pid="$(running_pid "$app")"; then
    log "$app already running on $port (pid $pid)"
    return 0
  fi
  port_in_use "$port" && die "port $port for $app is taken: set WS_$(upper "$app")_PORT"
  # One machine: register and listen on loopback only. The applications' defaults listen on every interface
  # and register the detected address, as a cluster needs.
  local args=(--server.port="$port" --spring.cloud.nacos.server-addr="127.0.0.1:$WS_NACOS_PORT"
    --spring.cloud.nacos.discovery.ip=127.0.0.1)
  if [ "$app" != gateway ]; then
    grpc="$(grpc_port "$app")"
    port_in_use "$grpc" && die "gRPC port $grpc for $app is taken: set WS_$(upper "$app")_GRPC_PORT"
    args+=(--spring.grpc.server.port="$grpc" --spring.grpc.server.host=127.0.0.1)
  else
    # The audit record of who called what, beside the applications' logs.
    args+=(--worksafety.gateway.access-log.file="$WS_HOME/logs/gateway-access.jsonl")
  fi
  # The Nacos client keeps its caches under user.home/nacos: one per WS_HOME, so runs never share them.
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX=2 setsid nohup java $(app_java_opts) -Duser.home="$WS_HOME/nacos-client/$app" \
    -DJM.LOG.PATH="$WS_HOME/logs/nacos-client" -jar "$(jar_of "$app")" "${args[@]}" \
    >"$WS_HOME/logs/$app.log" 2>&1 </dev/null &
  echo $! >"$(pid_file "$app")"
  echo "$port" >"$(port_file "$app")"
  log "started $app on $port (pid $!)"
}

wait_app() {
  local app="$1" port pid
  port="$(http_port "$app")"
  pid="$(running_pid "$app")" || { tail -30 "$WS_HOME/logs/$app.log" >&2; die "$app is not running"; }
  wait_http "http://127.0.0.1:$port/actuator/health/readiness" 120 "$pid" ||
    { tail -40 "$WS_HOME/logs/$app.log" >&2; die "$app not ready within 120 s: see $WS_HOME/logs/$app.log"; }
}

# Ready means reachable from outside: every service answers through the gateway (found through Nacos), and
# the gateway's first merged OpenAPI document holds every service's contract. That document is asked for
# once, not until it happens to be complete: the gateway itself waits for a service still building its own.
wait_routes() {
  local gw="http://127.0.0.1:$WS_GATEWAY_PORT" zero=00000000-0000-0000-0000-000000000000 path code i doc token
  token="$(client_token seed "${WS_SEED_CLIENT_SECRET:-seed-dev-secret}" \
    "enterprise:read hazard:read enforcement:read training:read")"
  # One path each of enterprise, hazard, enforcement and training: the owning service's 404 shows the route works.
  for path in /api/v1/enterprises/$zero /api/v1/hazards/$zero /api/v1/cases/$zero /api/v1/trainees/$zero; do
    for ((i = 0; i < 150; i++)); do
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 -H "Authorization: Bearer $token" "$gw$path" || true)"
      [ "$code" = 404 ] && break
      sleep 0.2
    done
    [ "$code" = 404 ] || die "the gateway does not reach $path (last answer $code): see $WS_HOME/logs/gateway.log"
  done
  doc="$WS_HOME/run/api-docs.json"
  code="$(curl -s -o "$doc" -w '%{http_code}' --max-time 90 "$gw/v3/api-docs" || true)"
  [ "$code" = 200 ] || die "the gateway's /v3/api-docs answered $code: see $WS_HOME/logs/gateway.log"
  # Compact JSON, written by the gateway: every service's document is in, and the running ones have paths.
  grep -q '"x-unavailable-services":\[\]' "$doc" ||
    die "the gateway's /v3/api-docs misses services, $(grep -o '"x-unavailable-services":\[[^]]*\]' "$doc"): see $WS_HOME/logs/gateway.log"
  for path in /api/v1/enterprises /api/v1/hazards; do
    grep -q "\"$path\":" "$doc" || die "the gateway's /v3/api-docs has no $path: see $doc"
  done
}

# An access token from the local issuer (dev/auth.sh) for CLIENT with SCOPES.
client_token() { bash "$WS_REPO/dev/auth.sh" token "$@"; }

seed() {
  [ "${WS_SEED:-1}" = 1 ] || return 0
  log "loading demo data through the gateway"
  local program t0 classes="$WS_HOME/seed-classes"
  # The programs share dev/seed/Gateway.java, which a single-file launch (java X.java) cannot see: compile them
  # together once, afresh (no class of a removed source lingers), as UTF-8 whatever the locale (Chinese literals).
  rm -rf "$classes"
  javac -encoding UTF-8 -d "$classes" "$WS_REPO"/dev/seed/*.java >"$WS_HOME/logs/seed-javac.log" 2>&1 ||
    { cat "$WS_HOME/logs/seed-javac.log"; die "the demo-data programs do not compile: see $WS_HOME/logs/seed-javac.log"; }
  for program in DemoData:seed HazardDemoData:seed-hazard TrainingDemoData:seed-training EnforcementDemoData:seed-enforcement; do
    # A fresh token for each program (sent as Authorization: Bearer; the seeding client may read and write every
    # domain): the issuer's tokens live 10 minutes, and on a busy machine the whole seeding takes longer.
    WS_TOKEN="$(client_token seed "${WS_SEED_CLIENT_SECRET:-seed-dev-secret}" \
      "enterprise:read enterprise:write hazard:read hazard:write enforcement:read enforcement:write training:read training:write")"
    export WS_TOKEN
    t0=$SECONDS
    java -cp "$classes" "${program%%:*}" "http://127.0.0.1:$WS_GATEWAY_PORT" >"$WS_HOME/logs/${program#*:}.log" 2>&1 ||
      { tail -20 "$WS_HOME/logs/${program#*:}.log"; die "${program%%:*} failed: see $WS_HOME/logs/${program#*:}.log"; }
    log "$(tail -1 "$WS_HOME/logs/${program#*:}.log") ($((SECONDS - t0)) s)"
  done
}

up() {
  local t0=$SECONDS
  build
  stack start
  for app in "${APPS[@]}"; do start_app "$app"; done
  for app in "${APPS[@]}"; do wait_app "$app"; done
  wait_routes
  log "suite ready in $((SECONDS - t0)) s"
  seed
  local gw="http://127.0.0.1:$WS_GATEWAY_PORT"
  cat <<MSG

The work-safety suite is up.
  Gateway:  $gw
  OpenAPI:  $gw/v3/api-docs   (Swagger UI: $gw/swagger-ui.html)
  Logs:     $WS_HOME/logs
  Stop:     dev/suite.sh down

Try it (every call but health, the disclosures and the OpenAPI document needs a token):
  TOKEN=\$(dev/auth.sh token seed seed-dev-secret "enterprise:read enterprise:write")
  curl -s -X POST $gw/api/v1/enterprises -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
    -d '{"creditCode":"91310110666007217T","name":"宿迁市宿城区示例化工有限公司","town":"耿车镇","industryArea":"HAZARDOUS_CHEMICALS","latitude":33.95,"longitude":118.21}'
MSG
}

down() {
  local app i
  for ((i = ${#APPS[@]} - 1; i >= 0; i--)); do stop_pid "${APPS[$i]}"; done
  stack stop
}

status() {
  local rc=0 app pid
  for part in postgres elasticsearch nacos auth; do bash "$WS_REPO/dev/$part.sh" status || rc=3; done
  for app in "${APPS[@]}"; do
    if pid="$(running_pid "$app")"; then echo "$app running on $(cat "$(port_file "$app")") (pid $pid)"
    else echo "$app stopped"; rc=3; fi
  done
  return $rc
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  start-app) start_app "${2:?app name}"; wait_app "$2" ;;
  stop-app) stop_pid "${2:?app name}" ;;
  test) shift; exec bash "$WS_REPO/dev/test.sh" "$@" ;;
  *) echo "usage: $0 {up|down|status|test|start-app NAME|stop-app NAME}" >&2; exit 2 ;;
esac
