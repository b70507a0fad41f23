#!/usr/bin/env bash
# Builds a JRE base image here, with no registry: a Debian rootfs from debootstrap with the JRE and tzdata,
# saved as a docker-save style archive (manifest.json, config, one gzip layer) that Jib takes as
# -Djib.from.image=tar://<archive>. Real builds use ${image.base} (eclipse-temurin:17-jre) instead.
#
#   dev/images/base-image.sh     prints the archive's path (building it on the first call)
#
# The archive is cached under $WS_IMAGE_CACHE (default ~/.cache/worksafety/images), keyed by this script and
# its inputs, so a second run returns at once. Needs root (debootstrap, chroot); installs debootstrap with
# apt-get when it is missing. Env: WS_DEBIAN_SUITE (bookworm), WS_DEBIAN_MIRROR (deb.debian.org).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

SUITE="${WS_DEBIAN_SUITE:-bookworm}"
MIRROR="${WS_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
PACKAGES="openjdk-17-jre-headless,tzdata"
CACHE="${WS_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/worksafety/images}"

key="$( (cat "${BASH_SOURCE[0]}"; echo "$SUITE $MIRROR $PACKAGES") | sha256sum | cut -c1-16)"
archive="$CACHE/base-jre17-$SUITE-$key.tar"
if [ -s "$archive" ]; then
  echo "$archive"
  exit 0
fi

[ "$(id -u)" = 0 ] || die "building the base image needs root (debootstrap)"
command -v debootstrap >/dev/null || {
  log "installing debootstrap"
  apt-get install -y -qq debootstrap >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }
}

mkdir -p "$CACHE"
work="$(mktemp -d "$CACHE/build.XXXXXX")"
root="$work/rootfs"
# debootstrap mounts proc and sys (and may bind /dev) inside the rootfs; a failed run can leave them
# mounted, and deleting through a bind mount of /dev would delete the host's devices.
unmount_all() {
  local m
  for m in $(awk -v r="$root" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r); do umount -l "$m" || true; done
}
cleanup() {
  unmount_all
  if awk -v r="$root" 'index($2, r) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
    log "mounts remain under $root: left in place"
  else
    rm -rf --one-file-system "$work"
  fi
}
trap cleanup EXIT

t0=$SECONDS
log "building the base image ($SUITE, $PACKAGES; a few minutes, once)"
debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$root" "$MIRROR" >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log" >&2; cp "$work/debootstrap.log" "$CACHE/debootstrap-failed.log"; die "debootstrap failed: see $CACHE/debootstrap-failed.log"; }
unmount_all

# The JVM needs /proc: its own, in a mount namespace that ends with the check
unshare --mount --pid --fork --mount-proc="$root/proc" chroot "$root" java -version >"$work/java.log" 2>&1 ||
  { cat "$work/java.log" >&2; die "the rootfs has no working java"; }
java_home="$(chroot "$root" readlink -f /usr/bin/java)"
java_home="${java_home%/bin/java}"
# What an image does not need: package caches and indexes, documentation, device nodes (the runtime
# provides /dev, /proc and /sys).
rm -rf --one-file-system "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* \
  "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/* "$root"/var/log/* \
  "$root"/dev/* "$root"/proc/* "$root"/sys/*

tar -C "$root" --numeric-owner --sort=name -cf "$work/layer.tar" .
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
# Compressed once here, so Jib does not compress the base again for every application
gzip -1 -n "$work/layer.tar"
cat >"$work/config.json" <<JSON
{"architecture":"$(dpkg --print-architecture)","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created_by":"dev/images/base-image.sh: debootstrap $SUITE minbase + $PACKAGES"}]}
JSON
echo "[{\"Config\":\"config.json\",\"RepoTags\":[\"worksafety/base-jre17:$key\"],\"Layers\":[\"layer.tar.gz\"]}]" >"$work/manifest.json"
tar -C "$work" -cf "$work/image.tar" manifest.json config.json layer.tar.gz
mv "$work/image.tar" "$archive"
log "base image $archive ($(du -h "$archive" | cut -f1)) in $((SECONDS - t0)) s"
echo "$archive"
