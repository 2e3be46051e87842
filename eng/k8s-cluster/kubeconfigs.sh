#!/usr/bin/env bash
# The admin kubeconfig (STATE/kubeconfig: static token, system:masters; used by you, the tests, the controller
# manager, the scheduler and kube-proxy) and the kubelet's (client certificate as system:node:NODE).
# Usage: kubeconfigs.sh STATE NODE_IP PORT
set -euo pipefail
STATE=$1; NODE_IP=$2; PORT=$3; P=$STATE/pki
cluster() {
  printf 'apiVersion: v1\nkind: Config\nclusters:\n- name: innominatus-local\n  cluster:\n    server: https://%s:%s\n    certificate-authority-data: %s\n' \
    "$NODE_IP" "$PORT" "$(base64 -w0 "$P/ca.crt")"
  printf 'contexts:\n- name: innominatus-local\n  context: {cluster: innominatus-local, user: %s}\ncurrent-context: innominatus-local\nusers:\n- name: %s\n  user:\n' "$1" "$1"
}
{ cluster admin; printf '    token: %s\n' "$(cut -d, -f1 "$P/tokens.csv")"; } > "$STATE/kubeconfig"
mkdir -p "$STATE/kubelet"
{ cluster kubelet; printf '    client-certificate: %s\n    client-key: %s\n' "$P/kubelet-client.crt" "$P/kubelet-client.key"; } > "$STATE/kubelet/kubeconfig"
chmod 600 "$STATE/kubeconfig" "$STATE/kubelet/kubeconfig"
