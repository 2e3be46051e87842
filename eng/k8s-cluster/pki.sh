#!/usr/bin/env bash
# A throwaway PKI for the local cluster: CA, API server serving certificate (node address, loopback and the
# kubernetes Service names), service-account keys, the kubelet's client certificate (system:node:NODE, which the Node
# authorizer needs) and serving certificate, the API server's client certificate for the kubelet, and a static admin
# token. Usage: pki.sh DIR NODE NODE_IP
set -euo pipefail
P=$1; NODE=$2; NODE_IP=$3
[[ -f $P/done ]] && exit 0
mkdir -p "$P"; cd "$P"
q() { "$@" 2>/dev/null; }
q openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 3650 -subj "/CN=innominatus-local-ca"
sign() { # name subject extendedKeyUsage [subjectAltName]
  printf '[ext]\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=%s\n%s' "$3" "${4:+subjectAltName=$4}" > "$1.cnf"
  q openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "$2"
  q openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -out "$1.crt" -days 3650 -extfile "$1.cnf" -extensions ext
  rm -f "$1.csr" "$1.cnf"
}
sign apiserver "/CN=kube-apiserver" serverAuth \
  "IP:$NODE_IP,IP:127.0.0.1,IP:198.19.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local"
sign apiserver-kubelet "/O=system:masters/CN=kube-apiserver-kubelet-client" clientAuth
sign kubelet-client "/O=system:nodes/CN=system:node:$NODE" clientAuth
sign kubelet "/CN=$NODE" serverAuth "IP:$NODE_IP,DNS:$NODE"
q openssl genrsa -out sa.key 2048; q openssl rsa -in sa.key -pubout -out sa.pub
echo "$(openssl rand -hex 24),admin,admin-uid,system:masters" > tokens.csv
chmod 600 ./*.key tokens.csv
touch done
