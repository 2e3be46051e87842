#!/usr/bin/env bash
# CI gate: regenerates the manifests into a temporary folder and compares them with the committed manifests/.
# Exit 1 with the diff when they differ (run eng/generate-manifests.sh and commit the result).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
"$ROOT/eng/generate-manifests.sh" "$TMP/manifests" >/dev/null
if ! diff -ru "$ROOT/manifests" "$TMP/manifests"; then
  echo "[check-manifests] manifests/ is out of date: run eng/generate-manifests.sh and commit the result" >&2
  exit 1
fi
echo "[check-manifests] manifests/ matches the AppHost"
