#!/usr/bin/env bash
# The local cluster in the foreground (for the AppHost's --local-cluster and for a terminal): starts it with
# eng/k8s-cluster-up.sh, stays until interrupted or terminated, then stops it with eng/k8s-cluster-down.sh.
# Usage: sudo eng/k8s-cluster-run.sh [STATE_DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STATE=${1:-$PWD/.k8s-cluster}
"$ROOT/eng/k8s-cluster-down.sh" "$STATE" >/dev/null 2>&1 || true   # a previous run that was killed
trap '"$ROOT/eng/k8s-cluster-down.sh" "$STATE"; exit 0' TERM INT
trap '"$ROOT/eng/k8s-cluster-down.sh" "$STATE"' EXIT
"$ROOT/eng/k8s-cluster-up.sh" "$STATE"
while :; do sleep 3600 & wait $!; done
