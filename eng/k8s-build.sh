#!/usr/bin/env bash
# Builds (once per machine) Kubernetes binaries from Debian bookworm's `kubernetes` source package (v1.20.2) into
# the cache, K8S_CACHE (default ~/.cache/k8s-local)/bin. Everything comes from Debian packages by name.
# Usage: k8s-build.sh BINARY...   (kube-apiserver, kube-controller-manager, kube-scheduler, kubelet, kube-proxy)
# Each binary missing from the cache is built; a machine's first build takes ~6-8 min for the API server alone and
# ~12-15 min for all five on 2 cores.
set -euo pipefail
CACHE=${K8S_CACHE:-$HOME/.cache/k8s-local}; mkdir -p "$CACHE"
export DEBIAN_FRONTEND=noninteractive

need_pkgs=(golang-go etcd-server rsync dpkg-dev make openssl curl golang-github-modern-go-reflect2-dev golang-github-json-iterator-go-dev)
missing=(); for p in "${need_pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; fi

bins=(); for b in "$@"; do [[ -x $CACHE/bin/$b ]] || bins+=("$b"); done
((${#bins[@]})) || exit 0
# One build at a time per cache: parallel test jobs on one machine would otherwise compile twice into one folder.
exec 9>"$CACHE/.build.lock"; flock 9
bins=(); for b in "$@"; do [[ -x $CACHE/bin/$b ]] || bins+=("$b"); done
((${#bins[@]})) || exit 0

echo "[k8s-build] building ${bins[*]} from Debian source"
W=$CACHE/work; rm -rf "$W"; mkdir -p "$W/apt/lists/partial" "$W/apt/parts"
# private deb-src config derived from the machine's own Debian sources (system apt config is left untouched)
sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > "$W/apt/parts/src.sources"
APTO=(-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$W/apt/parts" -o Dir::State::Lists="$W/apt/lists")
apt-get "${APTO[@]}" update -qq
(cd "$W" && apt-get "${APTO[@]}" source --download-only -qq kubernetes >/dev/null 2>&1 && dpkg-source -x kubernetes_*.dsc src >/dev/null)
S=$W/src
# kubernetes 1.20 vendors reflect2 1.0.1 / json-iterator 1.1.10, which crash (SIGSEGV in mapiterinit) when built
# with Go >= 1.18; swap in Debian's reflect2 1.0.2 and json-iterator 1.1.12 (the pair upstream moved to in 1.23).
for d in github.com/modern-go/reflect2 github.com/json-iterator/go; do
  rm -rf "$S/vendor/$d"; rsync -a --exclude '*_test.go' --exclude '*_tests' --exclude extra --exclude skip_tests --exclude benchmarks "/usr/share/gocode/src/$d/" "$S/vendor/$d/"
done
what=""; for b in "${bins[@]}"; do what+=" cmd/$b"; done
(cd "$S" && env HOME="$W" make WHAT="${what# }" >"$W/build.log" 2>&1) || { tail -40 "$W/build.log"; exit 1; }
mkdir -p "$CACHE/bin"; for b in "${bins[@]}"; do install -m 0755 "$S/_output/bin/$b" "$CACHE/bin/$b"; done
rm -rf "$W"   # ~2 GB of sources + go cache
