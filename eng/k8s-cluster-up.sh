#!/usr/bin/env bash
# Starts a real single-node Kubernetes cluster (v1.20.2 from Debian bookworm's `kubernetes` source package, built
# once per machine by eng/k8s-build.sh): etcd, kube-apiserver (--authorization-mode=Node,RBAC), kube-controller-manager,
# kube-scheduler, kubelet on Debian's containerd + runc, CNI bridge networking, kube-proxy (iptables), Service names
# from Debian's dnsmasq, and a local-path volume provisioner. Nothing is pulled: import images with
#   ctr --address STATE/containerd/containerd.sock -n k8s.io images import IMAGE.tar
# Usage: sudo eng/k8s-cluster-up.sh [STATE_DIR]  -> STATE_DIR/kubeconfig; stop with eng/k8s-cluster-down.sh STATE_DIR.
# Env: K8S_CACHE (~/.cache/k8s-local), K8S_PORT (6443), ETCD_PORT (23800). One cluster per machine (bridge cni0).
# Addresses stay in 198.18.0.0/15 (reserved for benchmarks): node and DNS 198.18.0.1, pods 198.18.0.0/16,
# Services 198.19.0.0/16. docs/kubernetes.md, "A real cluster on your machine", says why each piece is as it is.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STATE=${1:-$PWD/.k8s-cluster}; STATE=$(mkdir -p "$STATE" && cd "$STATE" && pwd)
CACHE=${K8S_CACHE:-$HOME/.cache/k8s-local}
K8S_PORT=${K8S_PORT:-6443}; ETCD_PORT=${ETCD_PORT:-23800}
NODE_IP=198.18.0.1; POD_CIDR=198.18.0.0/16; SERVICE_CIDR=198.19.0.0/16; NODE=innominatus-node
log() { echo "[k8s-cluster] $*"; }
[[ $(id -u) == 0 ]] || { echo "[k8s-cluster] needs root (containerd, mounts, iptables): run it with sudo" >&2; exit 1; }
if ip link show cni0 >/dev/null 2>&1; then echo "[k8s-cluster] a cluster already runs on this machine (bridge cni0); stop it with eng/k8s-cluster-down.sh" >&2; exit 1; fi

export DEBIAN_FRONTEND=noninteractive
need=(containerd runc containernetworking-plugins dnsmasq-base iptables conntrack busybox-static etcd-server openssl curl)
missing=(); for p in "${need[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then log "installing ${missing[*]}"; apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }; fi
"$ROOT/eng/k8s-build.sh" kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy
KUBECTL=$(command -v kubectl || true); [[ -n $KUBECTL ]] || { "$ROOT/eng/install-tools.sh" >/dev/null; KUBECTL=$ROOT/.tools/kubectl/kubectl; }
B=$CACHE/bin

# Started processes are recorded by name; eng/k8s-cluster-down.sh stops them in reverse order.
start() { # name command...
  local name=$1; shift
  setsid "$@" >"$STATE/$name.log" 2>&1 < /dev/null &
  echo $! > "$STATE/$name.pid"; echo "$name" >> "$STATE/started"
}
: > "$STATE/started"
cat /proc/sys/net/ipv4/ip_forward > "$STATE/ip_forward.before"

# Network: the bridge exists before anything binds the node address; the CNI bridge plugin adopts it.
"$ROOT/eng/k8s-cluster/network.sh" up "$STATE" "$NODE_IP" "$POD_CIDR"
"$ROOT/eng/k8s-cluster/pki.sh" "$STATE/pki" "$NODE" "$NODE_IP"
P=$STATE/pki
"$ROOT/eng/k8s-cluster/kubeconfigs.sh" "$STATE" "$NODE_IP" "$K8S_PORT"

rm -rf "$STATE/etcd-data"
start etcd etcd --name k8s-cluster --data-dir "$STATE/etcd-data" \
  --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
  --listen-peer-urls "http://127.0.0.1:$((ETCD_PORT + 10))" --initial-advertise-peer-urls "http://127.0.0.1:$((ETCD_PORT + 10))" \
  --initial-cluster "k8s-cluster=http://127.0.0.1:$((ETCD_PORT + 10))" --unsafe-no-fsync=true

start apiserver "$B/kube-apiserver" \
  --etcd-servers="http://127.0.0.1:$ETCD_PORT" \
  --bind-address="$NODE_IP" --advertise-address="$NODE_IP" --secure-port="$K8S_PORT" \
  --tls-cert-file="$P/apiserver.crt" --tls-private-key-file="$P/apiserver.key" \
  --client-ca-file="$P/ca.crt" --token-auth-file="$P/tokens.csv" \
  --kubelet-client-certificate="$P/apiserver-kubelet.crt" --kubelet-client-key="$P/apiserver-kubelet.key" \
  --kubelet-preferred-address-types=InternalIP \
  --authorization-mode=Node,RBAC --enable-admission-plugins=NodeRestriction \
  --service-account-issuer=https://kubernetes.default.svc.cluster.local \
  --service-account-key-file="$P/sa.pub" --service-account-signing-key-file="$P/sa.key" \
  --service-cluster-ip-range="$SERVICE_CIDR" --allow-privileged=true --cert-dir="$STATE/certs"

curl_api() { curl -s --cacert "$P/ca.crt" -H "Authorization: Bearer $(cut -d, -f1 "$P/tokens.csv")" "https://$NODE_IP:$K8S_PORT$1"; }
for _ in $(seq 1 120); do
  [[ $(curl_api /readyz 2>/dev/null) == ok ]] && break
  kill -0 "$(cat "$STATE/apiserver.pid")" 2>/dev/null || { tail -30 "$STATE/apiserver.log"; exit 1; }
  sleep 0.5
done
[[ $(curl_api /readyz) == ok ]] || { echo "[k8s-cluster] the API server is not ready" >&2; exit 1; }

start controller-manager "$B/kube-controller-manager" --kubeconfig="$STATE/kubeconfig" \
  --bind-address=127.0.0.1 --secure-port=0 --port=0 --leader-elect=false \
  --controllers='*,-nodeipam,-cloud-node-lifecycle,-route,-service,-csrsigning,-csrapproving,-bootstrapsigner,-tokencleaner' \
  --service-account-private-key-file="$P/sa.key" --root-ca-file="$P/ca.crt" --use-service-account-credentials=false
start scheduler "$B/kube-scheduler" --kubeconfig="$STATE/kubeconfig" \
  --bind-address=127.0.0.1 --secure-port=0 --port=0 --leader-elect=false

"$ROOT/eng/k8s-cluster/containerd.sh" "$STATE" "$NODE_IP" "$POD_CIDR"
start containerd containerd --config "$STATE/containerd/config.toml"
SOCK=$STATE/containerd/containerd.sock
for _ in $(seq 1 100); do [[ -S $SOCK ]] && break; sleep 0.1; done
"$ROOT/eng/k8s-cluster/pause-image.sh" "$STATE/pause.tar"
ctr --address "$SOCK" -n k8s.io images import "$STATE/pause.tar" >/dev/null

"$ROOT/eng/k8s-cluster/kubelet-config.sh" "$STATE" "$NODE_IP"
start kubelet "$B/kubelet" --config="$STATE/kubelet/config.yaml" --kubeconfig="$STATE/kubelet/kubeconfig" \
  --container-runtime=remote --container-runtime-endpoint="unix://$SOCK" --root-dir="$STATE/kubelet/root" \
  --hostname-override="$NODE" --node-ip="$NODE_IP" --cert-dir="$STATE/kubelet/pki"
start proxy "$B/kube-proxy" --kubeconfig="$STATE/kubeconfig" --hostname-override="$NODE" \
  --proxy-mode=iptables --cluster-cidr="$POD_CIDR" --masquerade-all --conntrack-max-per-core=0 \
  --bind-address="$NODE_IP" --healthz-bind-address=127.0.0.1:10256 --metrics-bind-address=127.0.0.1:10249

export KUBECONFIG=$STATE/kubeconfig
for _ in $(seq 1 120); do
  [[ $("$KUBECTL" get node "$NODE" -o 'jsonpath={.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null) == True ]] && break
  kill -0 "$(cat "$STATE/kubelet.pid")" 2>/dev/null || { tail -30 "$STATE/kubelet.log"; exit 1; }
  sleep 0.5
done
[[ $("$KUBECTL" get node "$NODE" -o 'jsonpath={.status.conditions[?(@.type=="Ready")].status}') == True ]] \
  || { echo "[k8s-cluster] the node did not become Ready" >&2; tail -30 "$STATE/kubelet.log" >&2; exit 1; }

"$KUBECTL" apply -f "$ROOT/eng/k8s-cluster/storageclass.yaml" >/dev/null
start dnsmasq dnsmasq --keep-in-foreground --no-resolv --no-hosts --listen-address="$NODE_IP" --bind-interfaces \
  --hostsdir="$STATE/dns" --local=/cluster.local/ --log-facility=- --pid-file=
start feeder "$ROOT/eng/k8s-cluster/feeder.sh" "$STATE" "$KUBECTL"
for name in $(cat "$STATE/started"); do   # a daemon that refused its flags exits at once
  kill -0 "$(cat "$STATE/$name.pid")" 2>/dev/null || { echo "[k8s-cluster] $name exited:" >&2; tail -5 "$STATE/$name.log" >&2; exit 1; }
done
log "ready in $SECONDS s: KUBECONFIG=$STATE/kubeconfig (node $NODE at $NODE_IP)"
