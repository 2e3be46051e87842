#!/usr/bin/env bash
# Builds (once) and starts a real Kubernetes API server (kube-apiserver v1.20.2 from Debian bookworm's
# `kubernetes` source package) backed by Debian's etcd-server 3.4, on 127.0.0.1 only.
# Everything comes from Debian packages by name; no other download.
# Usage: k8s-local-up.sh [STATE_DIR]   -> writes STATE_DIR/kubeconfig, STATE_DIR/*.pid, logs
# Env: K8S_CACHE (where built binaries are kept, default ~/.cache/k8s-local), K8S_PORT (6443),
#      ETCD_PORT (23790), WITH_KCM=1 to also build+run kube-controller-manager (namespace deletion, GC, ReplicaSets).
set -euo pipefail
STATE=${1:-$PWD/.k8s-local}; STATE=$(mkdir -p "$STATE" && cd "$STATE" && pwd)
CACHE=${K8S_CACHE:-$HOME/.cache/k8s-local}; mkdir -p "$CACHE"
K8S_PORT=${K8S_PORT:-6443}; ETCD_PORT=${ETCD_PORT:-23790}; ETCD_PEER=$((ETCD_PORT+10))
WITH_KCM=${WITH_KCM:-0}
export DEBIAN_FRONTEND=noninteractive

bins=(kube-apiserver); [[ $WITH_KCM == 1 ]] && bins+=(kube-controller-manager)
# Built once per machine into the cache (eng/k8s-build.sh installs etcd, Go and the vendored-library swap it needs).
"$(dirname "$0")/k8s-build.sh" "${bins[@]}"

# throwaway PKI: CA, serving cert for 127.0.0.1, service-account keys, static admin token
P=$STATE/pki; if [[ ! -f $P/apiserver.crt ]]; then
  mkdir -p "$P"; cd "$P"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 3650 -subj "/CN=k8s-local-ca" 2>/dev/null
  printf '[req]\ndistinguished_name=dn\n[dn]\n[ext]\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n' > san.cnf
  openssl req -newkey rsa:2048 -nodes -keyout apiserver.key -out apiserver.csr -subj "/CN=kube-apiserver" 2>/dev/null
  openssl x509 -req -in apiserver.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out apiserver.crt -days 3650 -extfile san.cnf -extensions ext 2>/dev/null
  openssl genrsa -out sa.key 2048 2>/dev/null; openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
  echo "k8s-local-admin-token,admin,admin-uid,system:masters" > tokens.csv
  cd - >/dev/null
fi

rm -rf "$STATE/etcd-data"
etcd --name k8s-local --data-dir "$STATE/etcd-data" \
  --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
  --listen-peer-urls "http://127.0.0.1:$ETCD_PEER" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER" \
  --initial-cluster "k8s-local=http://127.0.0.1:$ETCD_PEER" --unsafe-no-fsync=true >"$STATE/etcd.log" 2>&1 &
echo $! > "$STATE/etcd.pid"

"$CACHE/bin/kube-apiserver" \
  --etcd-servers="http://127.0.0.1:$ETCD_PORT" \
  --bind-address=127.0.0.1 --advertise-address=127.0.0.1 --secure-port="$K8S_PORT" \
  --tls-cert-file="$P/apiserver.crt" --tls-private-key-file="$P/apiserver.key" \
  --client-ca-file="$P/ca.crt" --token-auth-file="$P/tokens.csv" \
  --authorization-mode=RBAC \
  --service-account-issuer=https://kubernetes.default.svc \
  --service-account-key-file="$P/sa.pub" --service-account-signing-key-file="$P/sa.key" \
  --service-cluster-ip-range=10.0.0.0/24 \
  --disable-admission-plugins=ServiceAccount \
  --allow-privileged=true --cert-dir="$STATE/certs" >"$STATE/apiserver.log" 2>&1 &
echo $! > "$STATE/apiserver.pid"

cat > "$STATE/kubeconfig" <<KC
apiVersion: v1
kind: Config
clusters:
- name: k8s-local
  cluster:
    server: https://127.0.0.1:$K8S_PORT
    certificate-authority-data: $(base64 -w0 "$P/ca.crt")
users:
- name: admin
  user:
    token: k8s-local-admin-token
contexts:
- name: k8s-local
  context: {cluster: k8s-local, user: admin}
current-context: k8s-local
KC

for i in $(seq 1 120); do
  if curl -s --cacert "$P/ca.crt" -H "Authorization: Bearer k8s-local-admin-token" "https://127.0.0.1:$K8S_PORT/readyz" 2>/dev/null | grep -qx ok; then break; fi
  kill -0 "$(cat "$STATE/apiserver.pid")" 2>/dev/null || { tail -30 "$STATE/apiserver.log"; exit 1; }
  sleep 0.5
done
curl -s --cacert "$P/ca.crt" -H "Authorization: Bearer k8s-local-admin-token" "https://127.0.0.1:$K8S_PORT/readyz" | grep -qx ok || { echo "apiserver not ready"; exit 1; }

if [[ $WITH_KCM == 1 ]]; then
  "$CACHE/bin/kube-controller-manager" --kubeconfig="$STATE/kubeconfig" \
    --bind-address=127.0.0.1 --secure-port=0 --port=0 --leader-elect=false \
    --controllers='*,-nodeipam,-nodelifecycle,-attachdetach,-persistentvolume-binder,-persistentvolume-expander,-cloud-node-lifecycle,-route,-service,-csrsigning,-csrapproving,-csrcleaner,-ttl,-bootstrapsigner,-tokencleaner,-pvc-protection,-pv-protection,-ephemeral-volume' \
    --service-account-private-key-file="$P/sa.key" --root-ca-file="$P/ca.crt" \
    --use-service-account-credentials=false >"$STATE/controller-manager.log" 2>&1 &
  echo $! > "$STATE/controller-manager.pid"
fi
echo "[k8s-local] ready: KUBECONFIG=$STATE/kubeconfig"
