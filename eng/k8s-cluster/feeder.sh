#!/usr/bin/env bash
# Runs beside the local cluster, every second:
# - DNS: writes the Services (and the pods behind headless ones) as a hosts file that dnsmasq re-reads, in the
#   names pods ask for (NAME.NS.svc.cluster.local; kubelet's search domains make NAME and NAME.NS work too).
#   CoreDNS is neither packaged in Debian nor fetchable here; dnsmasq with --hostsdir is.
# - Volumes: binds each Pending claim of StorageClass "local" to a new hostPath volume under STATE/volumes, and
#   deletes Released volumes with their folders (what local-path-provisioner does, for one node).
# Usage: feeder.sh STATE KUBECTL
set -uo pipefail
STATE=$1; KUBECTL=$2; export KUBECONFIG=$STATE/kubeconfig
mkdir -p "$STATE/dns" "$STATE/volumes"
hosts=$STATE/dns/services; : > "$hosts"
k() { "$KUBECTL" "$@" 2>/dev/null; }
services='{range .items[?(@.spec.clusterIP!="None")]}{.spec.clusterIP} {.metadata.name}.{.metadata.namespace}.svc.cluster.local{"\n"}{end}'
pending='{range .items[?(@.status.phase=="Pending")]}{.metadata.namespace} {.metadata.name} {.spec.storageClassName} {.spec.resources.requests.storage} {.spec.accessModes[0]}{"\n"}{end}'
released='{range .items[?(@.status.phase=="Released")]}{.metadata.name} {.spec.hostPath.path}{"\n"}{end}'
while sleep 1; do
  {
    k get services -A -o "jsonpath=$services"
    for ep in $(k get services -A -o 'jsonpath={range .items[?(@.spec.clusterIP=="None")]}{.metadata.namespace}/{.metadata.name}{" "}{end}'); do
      ns=${ep%/*}; svc=${ep#*/}
      k get endpoints -n "$ns" "$svc" -o 'jsonpath={range .subsets[*].addresses[*]}{.ip} {.hostname}{"\n"}{end}' |
        while read -r ip host; do
          echo "$ip $svc.$ns.svc.cluster.local"
          [[ -n $host ]] && echo "$ip $host.$svc.$ns.svc.cluster.local"
        done
    done
  } > "$hosts.new"
  cmp -s "$hosts.new" "$hosts" || mv "$hosts.new" "$hosts"

  k get pvc -A -o "jsonpath=$pending" | while read -r ns name class size mode; do
    [[ $class == local ]] || continue
    dir=$STATE/volumes/$ns-$name; mkdir -p "$dir"; chmod 0777 "$dir"
    k apply -f - >/dev/null <<YAML
apiVersion: v1
kind: PersistentVolume
metadata: {name: local-$ns-$name, labels: {innominatus.dev/local-path: "true"}}
spec:
  capacity: {storage: ${size:-1Gi}}
  accessModes: [${mode:-ReadWriteOnce}]
  persistentVolumeReclaimPolicy: Delete
  storageClassName: local
  claimRef: {namespace: $ns, name: $name}
  hostPath: {path: $dir, type: DirectoryOrCreate}
YAML
  done
  k get pv -l innominatus.dev/local-path=true -o "jsonpath=$released" | while read -r pv dir; do
    k delete pv "$pv" --wait=false >/dev/null && [[ $dir == "$STATE/volumes/"* ]] && rm -rf "$dir"
  done
done
