#!/usr/bin/env bash
# Starts an application image built by `jib:buildTar` without a container engine, to show it runs: its
# layers unpacked into a rootfs, its entrypoint and environment read from the image config, run in a chroot
# as the image's user, in private mount and pid namespaces (its own /proc; the host's /dev and network, as a
# container with host networking), until /actuator/health/liveness answers; then stopped by pid.
#
#   dev/images/run-image.sh IMAGE_TAR [APPLICATION_ARG...]     e.g. gateway/target/jib-image.tar --server.port=18080
#
# The port to wait on is taken from --server.port=… among the arguments. Needs root (chroot, unshare).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

image_tar="$(readlink -f "${1:?usage: run-image.sh IMAGE_TAR [APPLICATION_ARG...]}")"
shift
port=""
for a in "$@"; do [[ "$a" == --server.port=* ]] && port="${a#--server.port=}"; done
[ -n "$port" ] || die "give the application --server.port=PORT"
[ "$(id -u)" = 0 ] || die "starting an image needs root (chroot, unshare)"

work="$(mktemp -d "$WS_HOME/image-run.XXXXXX")"
root="$work/rootfs"
name="image-$(basename "$(dirname "$(dirname "$image_tar")")")"
app_log="$WS_HOME/logs/$name.log"
upid=""
stop() {
  local i java_pid
  java_pid="$(cat "$work/java.pid" 2>/dev/null || true)"
  if [ -n "$upid" ] && kill -0 "$upid" 2>/dev/null; then
    log "stopping $name (pid ${java_pid:-$upid})"
    # The application is its namespace's init and takes SIGTERM (its JVM handles it) for a graceful
    # shutdown; unshare waits for it and ends with it. KILL only if that takes longer than 30 s.
    if [ -n "$java_pid" ]; then kill "$java_pid" 2>/dev/null || true; fi
    for ((i = 0; i < 150; i++)); do
      kill -0 "$upid" 2>/dev/null || break
      sleep 0.2
    done
    if [ -n "$java_pid" ]; then kill -9 "$java_pid" 2>/dev/null || true; fi
    kill -9 "$upid" 2>/dev/null || true
    wait "$upid" 2>/dev/null || true
  fi
  # The mounts lived in the stopped process's own namespace: nothing is mounted here
  rm -rf --one-file-system "$work"
}
trap stop EXIT

mkdir -p "$work/image" "$root"
tar -xf "$image_tar" -C "$work/image"
config="$work/image/$(jq -r '.[0].Config' "$work/image/manifest.json")"
for layer in $(jq -r '.[0].Layers[]' "$work/image/manifest.json"); do
  tar -xzf "$work/image/$layer" -C "$root" --numeric-owner --warning=no-unknown-keyword
done
# Deleted paths (whiteouts) would need an overlay-aware unpack; neither Jib nor the base image writes them
[ -z "$(find "$root" -name '.wh.*' -print -quit)" ] || die "the image has whiteout files: not supported here"

mapfile -t entrypoint < <(jq -r '(.config.Entrypoint // [])[], (.config.Cmd // [])[]' "$config")
mapfile -t env < <(jq -r '(.config.Env // [])[]' "$config")
user="$(jq -r '.config.User // "0:0"' "$config")"
[[ "$user" =~ ^[0-9]+:[0-9]+$ ]] || die "image user $user: only numeric uid:gid is supported here"
[ "$(jq -r '.config.WorkingDir // "/"' "$config")" = / ] || die "a WorkingDir other than / is not supported here"
[ "${#entrypoint[@]}" -gt 0 ] || die "the image has no entrypoint"
# What a runtime provides
cp /etc/hosts /etc/resolv.conf "$root/etc/"

log "starting $name as $user: ${entrypoint[*]} $*"
# Inside the new namespaces: the host's /dev, then the image's environment only, then the entrypoint in the
# rootfs as the image's user (--kill-child: if unshare is killed, the application goes with it).
# Arguments: rootfs, user, the number of environment entries, those entries, then the command line.
# shellcheck disable=SC2016
setsid unshare --mount --pid --fork --kill-child --mount-proc="$root/proc" \
  bash -c 'root="$0" user="$1" n="$2"; shift 2; env=("${@:1:n}"); shift "$n"
    mount --rbind /dev "$root/dev" && exec env -i "${env[@]}" chroot --userspec="$user" "$root" "$@"' \
  "$root" "$user" "${#env[@]}" "${env[@]}" "${entrypoint[@]}" "$@" >"$app_log" 2>&1 </dev/null &
upid=$!
java_pid=""
for ((i = 0; i < 100; i++)); do
  java_pid="$(tr -d ' ' <"/proc/$upid/task/$upid/children" 2>/dev/null)" || true
  [ -z "$java_pid" ] || break
  sleep 0.1
done
[ -n "$java_pid" ] || die "$name did not start: see $app_log"
echo "$java_pid" >"$work/java.pid"

t0=$SECONDS
wait_http "http://127.0.0.1:$port/actuator/health/liveness" 180 "$upid" ||
  { tail -40 "$app_log" >&2; die "$name did not answer /actuator/health/liveness within 180 s: see $app_log"; }
uid="$(awk '/^Uid:/ { print $2 }' "/proc/$java_pid/status")"
exe="$(readlink "/proc/$java_pid/exe")"
[ "$uid:$(awk '/^Gid:/ { print $2 }' "/proc/$java_pid/status")" = "$user" ] ||
  die "$name runs as uid $uid, not as the image's user $user"
case "$exe" in "$root"/*) ;; *) die "$name runs $exe, not a program of the image" ;; esac
log "$name is live after $((SECONDS - t0)) s: $(curl -s "http://127.0.0.1:$port/actuator/health/liveness"), running ${exe#"$root"} as $user (pid $java_pid)"
