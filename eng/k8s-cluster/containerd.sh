#!/usr/bin/env bash
# containerd's configuration, all of its state under STATE/containerd, and the CNI network (bridge cni0, host-local
# addresses from the pod range, portmap, loopback). restrict_oom_score_adj: the VM withholds CAP_SYS_RESOURCE and
# without it every pod sandbox fails ("can't get final child's PID from pipe").
# Usage: containerd.sh STATE NODE_IP POD_CIDR
set -euo pipefail
STATE=$1; NODE_IP=$2; POD_CIDR=$3; C=$STATE/containerd
mkdir -p "$C/root" "$C/state" "$STATE/cni/conf" "$STATE/cni/ipam"
cat > "$C/config.toml" <<TOML
version = 2
root = "$C/root"
state = "$C/state"
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]
[grpc]
  address = "$C/containerd.sock"
[ttrpc]
  address = "$C/containerd.sock.ttrpc"
[plugins."io.containerd.internal.v1.opt"]
  path = "$C/opt"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "docker.io/innominatus/pause:1"
  restrict_oom_score_adj = true
  [plugins."io.containerd.grpc.v1.cri".containerd]
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "/usr/lib/cni"
    conf_dir = "$STATE/cni/conf"
TOML
cat > "$STATE/cni/conf/10-innominatus.conflist" <<JSON
{
  "cniVersion": "0.4.0",
  "name": "innominatus",
  "plugins": [
    {
      "type": "bridge", "bridge": "cni0", "isGateway": true, "ipMasq": false, "hairpinMode": true,
      "ipam": { "type": "host-local", "dataDir": "$STATE/cni/ipam", "ranges": [[{ "subnet": "$POD_CIDR", "gateway": "$NODE_IP" }]],
                "routes": [{ "dst": "0.0.0.0/0" }] }
    },
    { "type": "portmap", "capabilities": { "portMappings": true } },
    { "type": "loopback" }
  ]
}
JSON
