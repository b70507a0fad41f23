# Helpers of bench/run.sh and bench/footprint.sh. Sourced after dev/lib.sh, never run.

# A port P whose neighbours P+offsets are free too (as in dev/test.sh: Nacos binds P-1000, P+1000, P+1001;
# each service's gRPC port is its HTTP port + 1000; Elasticsearch's transport port is its HTTP port + 100).
port_with() {
  local p o ok
  for _ in $(seq 50); do
    p=$((21000 + RANDOM % 30000)); ok=1
    for o in 0 "$@"; do port_in_use $((p + o)) && { ok=0; break; }; done
    [ "$ok" = 1 ] && { echo "$p"; return 0; }
  done
  die "no free port found"
}

# Free ports for the whole stack, exported for dev/suite.sh.
pick_ports() {
  export WS_PG_PORT WS_ES_PORT WS_NACOS_PORT
  WS_PG_PORT="$(port_with)"
  WS_ES_PORT="$(port_with 100)"
  WS_NACOS_PORT="$(port_with -1000 1000 1001)"
  export WS_AUTH_PORT; WS_AUTH_PORT="$(port_with)"
  local app
  for app in GATEWAY ENTERPRISE HAZARD ENFORCEMENT TRAINING; do
    export "WS_${app}_PORT=$(port_with 1000)"
  done
}

# snapshot_suite DIR: a copy of dev/ and of the built artifacts the suite runs from. A Spring Boot jar is read
# lazily while its JVM runs, so a rebuild in the working tree (someone's `mvn install`) would pull classes out
# from under a running suite (NoClassDefFoundError in the middle of a measurement). The suite is started from
# DIR/dev/suite.sh (its WS_REPO is DIR) with WS_SKIP_BUILD=1.
snapshot_suite() {
  local dst="$1" app f
  mkdir -p "$dst"
  (cd "$WS_REPO" && tar -cf - --exclude='dev/*/target' --exclude='dev/*/src' dev) | tar -xf - -C "$dst"
  for f in dev/nacos-launcher/target/nacos-launcher.jar dev/auth-server/target/auth-server.jar dev/elasticsearch-smartcn/target/elasticsearch-smartcn.zip \
    dev/elasticsearch-smartcn/target/elasticsearch-[0-9]*.zip enterprise-service/target/enterprise-service.jar \
    hazard-service/target/hazard-service.jar enforcement-service/target/enforcement-service.jar \
    training-service/target/training-service.jar gateway/target/gateway.jar bench/target/bench.jar \
    bench/reference-gateway/target/reference-gateway.jar; do
    [ -f "$WS_REPO/$f" ] || continue
    mkdir -p "$dst/$(dirname "$f")"
    # A jar being rewritten right now copies torn: check its directory, wait for the writer (bounded).
    for i in 1 2 3 4 5 6; do
      cp "$WS_REPO/$f" "$dst/$f"
      unzip -qql "$dst/$f" >/dev/null 2>&1 && break
      [ "$i" = 6 ] && die "$WS_REPO/$f stays unreadable (being rebuilt?)"
      log "$f is being rewritten; copying again in 10 s"
      sleep 10
    done
  done
  for app in enterprise-service hazard-service enforcement-service training-service gateway; do
    [ -f "$dst/$app/target/$app.jar" ] || die "$WS_REPO/$app/target/$app.jar is missing: build first (mvn -B -q -DskipTests install)"
  done
}

# start_nginx NAME PORT UPSTREAM_PORT: nginx as a plain reverse proxy on PORT with keep-alive connections to
# 127.0.0.1:UPSTREAM_PORT, no security, the yardstick outside the JVM: what proxying one request costs on this
# machine at all (the kernel's share above all). One process (master_process off, which nginx meant for
# development; here it keeps the whole proxy in the one pid recorded for NAME, whose CPU /proc gives), no access
# log, as the stock gateways keep none. Installs Debian's nginx-light when missing and run as root; returns 1 (the
# yardstick left out, with a message) where there is no nginx or it does not start.
start_nginx() {
  local name="$1" port="$2" upstream="$3" dir="$WS_HOME/$1" i
  [ -x /usr/sbin/nginx ] && PATH="$PATH:/usr/sbin"
  if ! command -v nginx >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing nginx-light (the nginx yardstick)"
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light ||
      { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light; }; } \
      >"$WS_HOME/logs/nginx-install.log" 2>&1 || true
    [ -x /usr/sbin/nginx ] && PATH="$PATH:/usr/sbin"
  fi
  command -v nginx >/dev/null || { log "no nginx here and it cannot be installed: the nginx yardstick is left out"; return 1; }
  mkdir -p "$dir"
  cat >"$dir/nginx.conf" <<CONF
daemon off;
master_process off;
worker_processes 1;
error_log $dir/error.log warn;
pid $dir/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  upstream service { server 127.0.0.1:$upstream; keepalive 32; }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
CONF
  setsid nohup nginx -p "$dir" -c "$dir/nginx.conf" >"$WS_HOME/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$(pid_file "$name")"
  # Ready when it answers at all (the service's 401 without a token).
  for ((i = 0; i < 100; i++)); do
    [ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "http://127.0.0.1:$port/" || true)" != 000 ] && return 0
    running_pid "$name" >/dev/null || break
    sleep 0.2
  done
  cat "$dir/error.log" "$WS_HOME/logs/$name.log" >&2 2>/dev/null || true
  stop_pid "$name" >/dev/null 2>&1 || true
  log "nginx did not start: the nginx yardstick is left out"
  return 1
}

# Markdown lines describing the machine and the code measured.
machine_info() {
  local dirty=""
  [ -n "$(cd "$WS_REPO" && git status --porcelain 2>/dev/null)" ] && dirty=" + uncommitted changes"
  echo "- Machine: $(nproc) CPUs (nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory"
  echo "- Java: $(java -version 2>&1 | head -1)"
  echo "- Load average (1/5/15 min) when written: $(cut -d' ' -f1-3 /proc/loadavg) — anything else running on the machine shows here"
  echo "- Suite: commit $(cd "$WS_REPO" && git rev-parse --short HEAD 2>/dev/null || echo '?')$dirty; applications' JVM options: ${WS_APP_JAVA_OPTS:-the defaults of dev/lib.sh (app_java_opts)}"
}
