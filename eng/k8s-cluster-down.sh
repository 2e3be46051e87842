#!/usr/bin/env bash
# Stops the local cluster eng/k8s-cluster-up.sh started and leaves nothing behind: every pod's processes, every
# process it started, every mount under STATE_DIR, the pods' network namespaces, the bridge and the iptables chains
# (KUBE-*, CNI-*), the cgroups the kubelet made, and the sysctls it changed. Usage: sudo eng/k8s-cluster-down.sh [STATE_DIR]
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STATE=${1:-$PWD/.k8s-cluster}; [[ -d $STATE ]] || exit 0; STATE=$(cd "$STATE" && pwd)
[[ -f $STATE/started ]] || { echo "[k8s-cluster] $STATE holds no cluster" >&2; exit 0; }
SOCK=$STATE/containerd/containerd.sock
stop() { # name
  local f=$STATE/$1.pid; [[ -f $f ]] || return 0
  local pid; pid=$(cat "$f")
  kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 -- "-$pid" 2>/dev/null; kill -9 "$pid" 2>/dev/null; rm -f "$f"
}
# The kubelet first, so that it restarts nothing; then every pod's containers through containerd, while it runs.
for n in feeder dnsmasq kubelet proxy; do stop "$n"; done
if [[ -S $SOCK ]]; then
  ctr=(ctr --address "$SOCK" -n k8s.io)
  for t in $("${ctr[@]}" tasks ls -q 2>/dev/null); do "${ctr[@]}" tasks kill -s SIGKILL "$t" >/dev/null 2>&1; done
  sleep 0.5
  for t in $("${ctr[@]}" tasks ls -q 2>/dev/null); do "${ctr[@]}" tasks delete -f "$t" >/dev/null 2>&1; done
  for c in $("${ctr[@]}" containers ls -q 2>/dev/null); do "${ctr[@]}" containers delete "$c" >/dev/null 2>&1; done
fi
stop containerd
pkill -9 -f "containerd-shim-runc-v2 .*-address $SOCK" 2>/dev/null
for n in scheduler controller-manager apiserver etcd; do stop "$n"; done
# Mounts under the state folder (pod volumes, overlay snapshots, shm), deepest first.
findmnt -rn -o TARGET | awk -v s="$STATE/" 'index($0, s) == 1' | sort -r | while read -r m; do umount -l "$m" 2>/dev/null; done
"$ROOT/eng/k8s-cluster/network.sh" down "$STATE"
# Cgroups of the pods, deepest first (empty once their processes are gone).
for d in /sys/fs/cgroup/*/kubepods; do [[ -d $d ]] && find "$d" -depth -type d -exec rmdir {} + 2>/dev/null; done
for d in /sys/fs/cgroup/*/kubepods.slice /sys/fs/cgroup/*/podruntime; do [[ -d $d ]] && find "$d" -depth -type d -exec rmdir {} + 2>/dev/null; done
[[ -f $STATE/started ]] && rm -rf "$STATE"   # only a folder the up script made
echo "[k8s-cluster] stopped; nothing left under $STATE"
