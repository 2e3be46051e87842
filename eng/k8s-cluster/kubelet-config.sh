#!/usr/bin/env bash
# The kubelet's configuration: cgroupfs (cgroup v1 here), swap allowed, low eviction thresholds (a developer's disk),
# clients authenticated by the cluster CA only (the API server's certificate for logs and exec), the node address as
# the pods' DNS server (dnsmasq, fed from the Services), and a resolv.conf of its own so pods never inherit the
# machine's search domains. Usage: kubelet-config.sh STATE NODE_IP
set -euo pipefail
STATE=$1; NODE_IP=$2; K=$STATE/kubelet; P=$STATE/pki
mkdir -p "$K/root" "$K/pki" "$STATE/dns"
echo "nameserver $NODE_IP" > "$K/resolv.conf"
cat > "$K/config.yaml" <<YAML
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: $NODE_IP
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
healthzPort: 0
cgroupDriver: cgroupfs
failSwapOn: false
tlsCertFile: $P/kubelet.crt
tlsPrivateKeyFile: $P/kubelet.key
authentication:
  anonymous: {enabled: false}
  webhook: {enabled: false}
  x509: {clientCAFile: $P/ca.crt}
authorization: {mode: AlwaysAllow}
clusterDNS: [$NODE_IP]
clusterDomain: cluster.local
resolvConf: $K/resolv.conf
serializeImagePulls: false
imageGCHighThresholdPercent: 100
evictionHard: {memory.available: 100Mi, nodefs.available: 1%, imagefs.available: 1%, nodefs.inodesFree: 1%}
maxPods: 110
YAML
