#!/usr/bin/env bash
# Regenerates the Kubernetes manifests from the AppHost: publishes the Aspire manifest (offline, no Docker needed),
# then eng/Innominatus.Manifests turns it into Deployments, Services and a kustomization.
# Usage: eng/generate-manifests.sh [OUTPUT_DIR]   (default: manifests/). MANIFESTS_NO_BUILD=1 skips the two builds (eng/test.sh, after building the solution).
# Image tags are the chart's appVersion, so the manifests and the chart name the same images.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mkdir -p "${1:-$ROOT/manifests}" && cd "${1:-$ROOT/manifests}" && pwd)
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"

if [[ ${MANIFESTS_NO_BUILD:-0} != 1 ]]; then
  dotnet build src/AppHost -nologo -v quiet -clp:ErrorsOnly >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
  dotnet build eng/Innominatus.Manifests -nologo -v quiet -clp:ErrorsOnly >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
fi
# --output-path is relative to the AppHost's folder unless absolute.
dotnet run --project src/AppHost --no-build -- --publisher manifest --output-path "$WORK/aspire-manifest.json" >"$WORK/publish.log" 2>&1 \
  || { cat "$WORK/publish.log"; exit 1; }
TAG=$(sed -n 's/^appVersion: *"\{0,1\}\([^"]*\)"\{0,1\} *$/\1/p' charts/innominatus/Chart.yaml)
[[ -n $TAG ]] || { echo "[generate-manifests] no appVersion in charts/innominatus/Chart.yaml" >&2; exit 1; }
dotnet run --project eng/Innominatus.Manifests --no-build -- "$WORK/aspire-manifest.json" "$OUT" "$TAG"
