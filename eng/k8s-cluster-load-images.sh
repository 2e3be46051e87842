#!/usr/bin/env bash
# Imports the images eng/build-images.sh built into the local cluster's containerd (nothing can be pulled here), and
# names the Debian-built stand-ins after the public images the shipped provider workflows ask for, so that their pods
# start unchanged (imagePullPolicy IfNotPresent finds them).
# Usage: sudo eng/k8s-cluster-load-images.sh STATE_DIR [IMAGES_DIR]   (IMAGES_DIR: eng/build-images.sh's output folder)
set -euo pipefail
STATE=${1:?state dir of eng/k8s-cluster-up.sh}
IMAGES=${2:-${IMAGES_DIR:-$HOME/.cache/innominatus-images/out}}
ctr=(ctr --address "$STATE/containerd/containerd.sock" -n k8s.io)
[[ -f $IMAGES/images.txt ]] || { echo "[k8s-cluster] $IMAGES/images.txt is missing: run eng/build-images.sh first" >&2; exit 1; }
while IFS=$'\t' read -r ref tarball; do
  "${ctr[@]}" images import "$tarball" >/dev/null
  echo "[k8s-cluster] imported $ref"
done < "$IMAGES/images.txt"
alias_image() { # local-ref public-ref...
  local source=docker.io/$1; shift
  for target in "$@"; do "${ctr[@]}" images tag --force "$source" "$target" >/dev/null; done
}
alias_image innominatus/postgres:15 mirror.gcr.io/postgres:15-alpine mirror.gcr.io/postgres:16-alpine mirror.gcr.io/postgres:17-alpine
alias_image innominatus/redis:7 mirror.gcr.io/redis:7-alpine mirror.gcr.io/redis:8-alpine
