#!/usr/bin/env bash
# The node's network: bridge cni0 holding the node address, forwarding on, bridged traffic through iptables (so
# kube-proxy's Service rules see pod-to-pod replies). `up` remembers what it changed; `down` undoes all of it:
# the bridge, leftover pod network namespaces, and every KUBE-*/CNI-* iptables chain and rule.
# Usage: network.sh up STATE NODE_IP POD_CIDR | network.sh down STATE
set -euo pipefail
cmd=$1; STATE=$2
case $cmd in
up)
  NODE_IP=$3; POD_CIDR=$4
  ip link add cni0 type bridge
  ip addr add "$NODE_IP/${POD_CIDR#*/}" dev cni0
  ip link set cni0 up
  echo 1 > /proc/sys/net/ipv4/ip_forward
  [[ -e /proc/sys/net/bridge/bridge-nf-call-iptables ]] || modprobe br_netfilter 2>/dev/null || true
  if [[ -e /proc/sys/net/bridge/bridge-nf-call-iptables ]]; then
    cat /proc/sys/net/bridge/bridge-nf-call-iptables > "$STATE/bridge-nf.before"
    echo 1 > /proc/sys/net/bridge/bridge-nf-call-iptables
  fi
  ;;
down)
  for ns in $(ip netns list 2>/dev/null | awk '$1 ~ /^cni-/ {print $1}'); do ip netns delete "$ns" 2>/dev/null || true; done
  ip link delete cni0 2>/dev/null || true
  for tool in iptables ip6tables; do
    command -v "$tool-save" >/dev/null || continue
    if "$tool-save" | grep -qE 'KUBE-|CNI-'; then
      "$tool-save" | grep -vE -- '-j (KUBE|CNI)-|^:(KUBE|CNI)-|-A (KUBE|CNI)-|cni0|198\.1[89]\.' | "$tool-restore"
    fi
  done
  [[ -f $STATE/ip_forward.before ]] && cat "$STATE/ip_forward.before" > /proc/sys/net/ipv4/ip_forward
  [[ -f $STATE/bridge-nf.before ]] && cat "$STATE/bridge-nf.before" > /proc/sys/net/bridge/bridge-nf-call-iptables
  rm -f "$STATE/ip_forward.before" "$STATE/bridge-nf.before"
  ;;
esac
