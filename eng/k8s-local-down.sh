#!/usr/bin/env bash
# Stops what k8s-local-up.sh started (by the PIDs it recorded).
STATE=${1:-$PWD/.k8s-local}
for n in controller-manager apiserver etcd; do
  f=$STATE/$n.pid; [[ -f $f ]] || continue
  pid=$(cat "$f"); kill "$pid" 2>/dev/null && for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null; rm -f "$f"
done
