#!/usr/bin/env bash
# The pod sandbox image, docker.io/innominatus/pause:1: Debian's static busybox sleeping forever, written as a
# docker-archive by hand (a layer, a config, a manifest), so the cluster needs no image tooling to start.
# Usage: pause-image.sh OUT.tar
set -euo pipefail
OUT=$1; W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
mkdir -p "$W/rootfs/bin"; cp /bin/busybox "$W/rootfs/bin/busybox"
tar --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$W/rootfs" -cf "$W/layer.tar" bin
diff=$(sha256sum "$W/layer.tar" | cut -d' ' -f1)
cat > "$W/config.json" <<JSON
{"architecture":"amd64","os":"linux","config":{"Entrypoint":["/bin/busybox","sleep","2147483647"],"User":"65535"},"rootfs":{"type":"layers","diff_ids":["sha256:$diff"]}}
JSON
cfg=$(sha256sum "$W/config.json" | cut -d' ' -f1); mv "$W/config.json" "$W/$cfg.json"
echo "[{\"Config\":\"$cfg.json\",\"RepoTags\":[\"innominatus/pause:1\"],\"Layers\":[\"layer.tar\"]}]" > "$W/manifest.json"
tar -C "$W" -cf "$OUT" manifest.json "$cfg.json" layer.tar
