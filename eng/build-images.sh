#!/usr/bin/env bash
# Builds every image the chart and the in-cluster tests need, from Debian packages, without Docker:
#   innominatus/{gateway,workflow,identity,demo,web}:TAG  dotnet publish /t:PublishContainer on a local Debian base
#                                                       (with helm from .tools/ in /usr/local/bin: the engine's helm steps)
#   innominatus/postgres:15 rabbitmq:3 redis:7          Debian packages, entrypoints compatible with the official images
#   innominatus/test-http:1 pause:1                     busybox-static (nginx stand-in with /cgi-bin/env; sandbox)
#   innominatus/tools:1                                 bash, coreutils, curl, jq, kubectl, ansible-core, and terraform when
#                                                       this machine has one (workflow process steps as Jobs)
# Usage: eng/build-images.sh [--tag TAG] [OUT_DIR]   (docs/kubernetes.md, "Images built here")
# Writes OUT_DIR/<name>-<tag>.tar (docker-archive, for `ctr -n k8s.io images import`) and OUT_DIR/images.txt
# (ref<TAB>tarball). Debootstrapped images are cached in $IMAGES_CACHE keyed by their recipe, so a warm run
# only re-publishes the services and the web UI. Needs root (debootstrap, podman); podman's storage is a temp folder.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TAG=local
while [[ $# -gt 0 ]]; do
  case $1 in
    --tag) TAG=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) OUT=$1; shift ;;
  esac
done
CACHE=${IMAGES_CACHE:-$HOME/.cache/innominatus-images}
OUT=${OUT:-${IMAGES_DIR:-$CACHE/out}}
case $(realpath -m "$OUT")/ in "$ROOT"/*) echo "[images] OUT_DIR must be outside the repository" >&2; exit 1 ;; esac
mkdir -p "$OUT" "$CACHE/images" "$CACHE/debs"
OUT=$(realpath "$OUT")
log() { echo "[images] $*" >&2; }

require() { # binary package
  [[ -x $1 ]] && return 0
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "installing $2"
    (apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; })
  else
    log "$2 is missing: run 'sudo apt-get install -y $2'"; exit 1
  fi
}
export DEBIAN_FRONTEND=noninteractive
[[ $(id -u) == 0 ]] || { log "needs root (debootstrap, podman)"; exit 1; }
require /usr/sbin/debootstrap debootstrap
require /usr/bin/podman podman
require /usr/sbin/runc runc
require /usr/bin/docker-registry docker-registry
require /bin/busybox busybox-static

MIRROR=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
MIRROR=${MIRROR:-http://deb.debian.org/debian}

WORK=$(mktemp -d /tmp/innominatus-images.XXXXXX)
REG_PID=
cleanup() {
  # The registry ends by our TERM (status 143): under set -e that status must not become the script's.
  if [[ -n $REG_PID ]]; then kill "$REG_PID" 2>/dev/null || true; wait "$REG_PID" 2>/dev/null || true; fi
  podman "${PODMAN_ARGS[@]}" system reset -f >/dev/null 2>&1 || true
  # an interrupted debootstrap leaves proc/sys mounted in its target
  awk -v w="$WORK" 'index($2, w) == 1 {print $2}' /proc/mounts | sort -r | xargs -r -n1 umount -l
  # vfs layers may hold read-only folders
  chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # so that an interrupted build still cleans up
cat > "$WORK/containers.conf" <<'CONF'
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]
[engine]
runtime = "runc"
CONF
export CONTAINERS_CONF=$WORK/containers.conf
PODMAN_ARGS=(--root "$WORK/storage" --runroot "$WORK/run" --storage-driver vfs)
pm() { podman "${PODMAN_ARGS[@]}" "$@"; }
: > "$WORK/images.txt"
record() { printf '%s\t%s\n' "$1" "$2" >> "$WORK/images.txt"; }

# Fills $2 with Debian bookworm minbase plus packages $1 (comma-separated), stripped of what a container never reads.
debootstrap_rootfs() {
  log "debootstrap $1"
  debootstrap --variant=minbase --cache-dir="$CACHE/debs" --include="$1" bookworm "$2" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
  rm -rf "$2"/var/lib/apt/lists/* "$2"/var/cache/apt/* "$2"/var/cache/debconf/*-old "$2"/usr/share/doc/* \
    "$2"/usr/share/man/* "$2"/usr/share/info/* "$2"/usr/share/locale/* "$2"/var/log/* "$2"/var/lib/dpkg/*-old
  chmod 1777 "$2/tmp"
}
# users(rootfs, "uid:name" ...): passwd/group entries for the numeric users the manifests run as.
users() {
  local dir=$1; shift
  for u in "$@"; do
    local uid=${u%%:*} name=${u#*:}
    grep -q "^[^:]*:x:$uid:" "$dir/etc/passwd" && continue
    echo "$name:x:$uid:$uid::/tmp:/usr/sbin/nologin" >> "$dir/etc/passwd"
    grep -q "^[^:]*:x:$uid:" "$dir/etc/group" || echo "$name:x:$uid:" >> "$dir/etc/group"
  done
}
# set_uid(rootfs, user, uid): gives a package's system user the uid the official image uses.
set_uid() {
  local dir=$1 name=$2 uid=$3 old oldg
  old=$(awk -F: -v n="$name" '$1==n {print $3}' "$dir/etc/passwd"); oldg=$(awk -F: -v n="$name" '$1==n {print $4}' "$dir/etc/passwd")
  sed -i "s/^$name:x:$old:$oldg:/$name:x:$uid:$uid:/" "$dir/etc/passwd"
  sed -i "s/^$name:x:$oldg:/$name:x:$uid:/" "$dir/etc/group"
  find "$dir" -xdev -uid "$old" -exec chown -h "$uid" {} +
  find "$dir" -xdev -gid "$oldg" -exec chgrp -h "$uid" {} +
}
# save(rootfs, ref, tarball, podman-import --change args...)
save() {
  local dir=$1 ref=$2 tar=$3; shift 3
  local changes=() c; for c in "$@"; do changes+=(--change "$c"); done
  tar --numeric-owner -C "$dir" -c . | pm import -q "${changes[@]}" - "docker.io/$ref" >/dev/null
  rm -f "$tar.tmp"; pm save -q --format docker-archive -o "$tar.tmp" "docker.io/$ref" >/dev/null; mv "$tar.tmp" "$tar"
}
# cached(name, ref, recipe-function): runs the recipe only when its text (and so its package list) changed.
cached() {
  local name=$1 ref=$2 fn=$3 key tar
  key=$( { declare -f "$fn" debootstrap_rootfs users set_uid save; echo "$MIRROR ${4:-}"; } | sha256sum | cut -c1-16)
  tar=$CACHE/images/$name-$key.tar
  if [[ ! -s $tar ]]; then
    local t0=$SECONDS; rm -f "$CACHE/images/$name-"*.tar
    "$fn" "$WORK/rootfs-$name" "$ref" "$tar"; log "$ref built in $((SECONDS - t0)) s"
    chmod -R u+w "$WORK/rootfs-$name"; rm -rf "$WORK/rootfs-$name"
  else log "$ref cached"; fi
  local out=$OUT/${name}.tar
  cp "$tar" "$out"; record "$ref" "$out"
}

# ---- busybox images ----
busybox_rootfs() {
  mkdir -p "$1"/{bin,tmp,etc,www/cgi-bin}; chmod 1777 "$1/tmp"
  cp /bin/busybox "$1/bin/busybox"
  for a in sh sleep env cat echo ls wget; do ln -s busybox "$1/bin/$a"; done
  printf 'root:x:0:0::/root:/bin/sh\napp:x:65532:65532::/tmp:/bin/sh\n' > "$1/etc/passwd"
  printf 'root:x:0:\napp:x:65532:\n' > "$1/etc/group"
}
build_pause() {
  busybox_rootfs "$1"
  # Reaps children and leaves on TERM/INT like the real pause.
  save "$1" "$2" "$3" 'USER 65532' \
    'ENTRYPOINT ["/bin/sh", "-c", "trap \"exit 0\" TERM INT; while :; do sleep 3600 & wait $!; done"]'
}
build_test_http() {
  busybox_rootfs "$1"
  echo '<html><body><h1>innominatus test-http</h1></body></html>' > "$1/www/index.html"
  printf '#!/bin/sh\necho "Content-Type: text/plain"\necho\nenv | sort\n' > "$1/www/cgi-bin/env"
  chmod 755 "$1/www/cgi-bin/env"
  save "$1" "$2" "$3" 'USER 65532' 'EXPOSE 8080' 'WORKDIR /www' \
    'ENTRYPOINT ["/bin/busybox", "httpd", "-f", "-v", "-p", "8080", "-h", "/www"]'
}

# ---- Debian images ----
build_postgres() {
  debootstrap_rootfs postgresql-15 "$1"
  rm -rf "$1"/var/lib/postgresql/15 "$1"/etc/postgresql/15
  set_uid "$1" postgres 999; users "$1" 1000:app
  mkdir -p "$1/var/lib/postgresql/data" "$1/run/postgresql" "$1/docker-entrypoint-initdb.d"
  chmod 3777 "$1/run/postgresql"; chmod 1777 "$1/var/lib/postgresql" "$1/var/lib/postgresql/data"
  install -m 755 /dev/stdin "$1/usr/local/bin/docker-entrypoint.sh" <<'SH'
#!/bin/bash
# The official postgres image's contract: POSTGRES_USER/PASSWORD/DB, PGDATA, /docker-entrypoint-initdb.d.
set -euo pipefail
[[ ${1:-} == -* || $# == 0 ]] && set -- postgres "$@"
if [[ $1 == postgres && ! -s $PGDATA/PG_VERSION ]]; then
  : "${POSTGRES_USER:=postgres}" "${POSTGRES_DB:=$POSTGRES_USER}"
  if [[ -z ${POSTGRES_PASSWORD:-} && ${POSTGRES_HOST_AUTH_METHOD:-} != trust ]]; then
    echo "POSTGRES_PASSWORD is required" >&2; exit 1; fi
  mkdir -p "$PGDATA"; chmod 700 "$PGDATA"
  pw=$(mktemp /tmp/pgpw.XXXXXX); printf '%s\n' "${POSTGRES_PASSWORD:-}" > "$pw"
  initdb -D "$PGDATA" --username="$POSTGRES_USER" --pwfile="$pw" --auth-local=trust \
    --auth-host="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}" -E UTF8 ${POSTGRES_INITDB_ARGS:-}
  rm -f "$pw"
  echo "host all all all ${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}" >> "$PGDATA/pg_hba.conf"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start
  export PGUSER=$POSTGRES_USER
  [[ $POSTGRES_DB != postgres ]] && psql -v ON_ERROR_STOP=1 -d postgres --set db="$POSTGRES_DB" <<<'CREATE DATABASE :"db";'
  for f in /docker-entrypoint-initdb.d/*; do
    case $f in
      *.sh) if [[ -x $f ]]; then "$f"; else . "$f"; fi ;;
      *.sql) psql -v ON_ERROR_STOP=1 -d "$POSTGRES_DB" -f "$f" ;;
      *.sql.gz) gunzip -c "$f" | psql -v ON_ERROR_STOP=1 -d "$POSTGRES_DB" ;;
    esac
  done
  unset PGUSER
  pg_ctl -D "$PGDATA" -m fast -w stop
fi
[[ $1 == postgres ]] && { shift; exec postgres -c listen_addresses='*' "$@"; }
exec "$@"
SH
  save "$1" "$2" "$3" 'USER 999' 'EXPOSE 5432' 'STOPSIGNAL SIGINT' 'ENV LANG=C.UTF-8' \
    'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    'ENV PGDATA=/var/lib/postgresql/data' \
    'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' 'CMD ["postgres"]'
}
build_rabbitmq() {
  debootstrap_rootfs rabbitmq-server "$1"
  rm -rf "$1"/var/lib/rabbitmq/* "$1"/etc/rabbitmq/rabbitmq-env.conf
  set_uid "$1" rabbitmq 999; users "$1" 1000:app
  chmod 1777 "$1/var/lib/rabbitmq"
  install -m 755 /dev/stdin "$1/usr/local/bin/docker-entrypoint.sh" <<'SH'
#!/bin/bash
# Like the official image: RABBITMQ_DEFAULT_USER/PASS/VHOST, data in /var/lib/rabbitmq, logs on stdout.
# The configuration is written to /tmp, so the root file system may be read-only.
set -euo pipefail
conf=/tmp/rabbitmq; mkdir -p "$conf"
{
  echo "loopback_users.guest = false"
  echo "listeners.tcp.default = ${RABBITMQ_NODE_PORT:-5672}"
  echo "default_user = ${RABBITMQ_DEFAULT_USER:-guest}"
  echo "default_pass = ${RABBITMQ_DEFAULT_PASS:-guest}"
  echo "default_vhost = ${RABBITMQ_DEFAULT_VHOST:-/}"
} > "$conf/rabbitmq.conf"
[[ -f /etc/rabbitmq/conf.d/custom.conf ]] && cat /etc/rabbitmq/conf.d/custom.conf >> "$conf/rabbitmq.conf"
echo '[].' > "$conf/enabled_plugins"
export HOME=/var/lib/rabbitmq RABBITMQ_CONFIG_FILE=$conf/rabbitmq.conf RABBITMQ_ENABLED_PLUGINS_FILE=$conf/enabled_plugins \
  RABBITMQ_LOGS=- RABBITMQ_LOG_BASE=/tmp/rabbitmq/log RABBITMQ_MNESIA_BASE=/var/lib/rabbitmq/mnesia ERL_CRASH_DUMP=/tmp/erl_crash.dump
unset RABBITMQ_DEFAULT_USER RABBITMQ_DEFAULT_PASS RABBITMQ_DEFAULT_VHOST
[[ $# == 0 ]] && set -- rabbitmq-server
exec "$@"
SH
  save "$1" "$2" "$3" 'USER 999' 'EXPOSE 5672' 'ENV LANG=C.UTF-8' \
    'ENV PATH=/usr/lib/rabbitmq/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' 'CMD ["rabbitmq-server"]'
}
build_redis() {
  debootstrap_rootfs redis-server "$1"
  users "$1" 999:redis999 1000:app
  mkdir -p "$1/data"; chmod 1777 "$1/data"
  save "$1" "$2" "$3" 'USER 1000' 'EXPOSE 6379' 'WORKDIR /data' 'CMD ["redis-server", "--protected-mode", "no"]'
}
build_tools() {
  # python3-cffi-backend: python3-cryptography (for ansible-core) needs it through a virtual package debootstrap does not resolve.
  debootstrap_rootfs curl,jq,ca-certificates,ansible-core,python3-cffi-backend "$1"
  install -m 755 "$KUBECTL" "$1/usr/local/bin/kubectl"
  # Terraform is not in Debian: the build machine's own, when it has one (terraform steps fail clearly without it).
  if [[ -n $TERRAFORM ]]; then install -m 755 "$TERRAFORM" "$1/usr/local/bin/terraform"; else log "no terraform on this machine: innominatus/tools has none"; fi
  users "$1" 65532:app
  save "$1" "$2" "$3" 'USER 65532' 'ENV HOME=/tmp' 'WORKDIR /tmp' 'CMD ["/bin/bash"]'
}
build_dotnet_base() {
  debootstrap_rootfs libicu72,libssl3,ca-certificates,zlib1g,tzdata "$1"
  users "$1" 65532:app
  local d=$1/usr/share/dotnet; mkdir -p "$d/shared"
  cp -a "$DOTNET_HOME/dotnet" "$DOTNET_HOME/host" "$DOTNET_HOME/LICENSE.txt" "$d/" 2>/dev/null || cp -a "$DOTNET_HOME/dotnet" "$DOTNET_HOME/host" "$d/"
  for fw in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
    mkdir -p "$d/shared/$fw"; cp -a "$DOTNET_HOME/shared/$fw/$RUNTIME" "$d/shared/$fw/"
  done
  ln -sf /usr/share/dotnet/dotnet "$1/usr/bin/dotnet"
  # The engine's helm steps run this binary (Workflows:Helm:Path defaults to helm on PATH).
  install -m 755 "$HELM" "$1/usr/local/bin/helm"
  save "$1" "$2" "$3" 'USER 65532' 'ENV DOTNET_ROOT=/usr/share/dotnet' 'ENV DOTNET_RUNNING_IN_CONTAINER=true' \
    'ENV PATH=/usr/share/dotnet:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' 'ENV LANG=C.UTF-8'
}

t0=$SECONDS
KUBECTL=$ROOT/.tools/kubectl/kubectl HELM=$ROOT/.tools/helm/helm
[[ -x $KUBECTL && -x $HELM ]] || "$ROOT/eng/install-tools.sh" >/dev/null
TERRAFORM=$(command -v terraform || true)
DOTNET_HOME=$(dirname "$(readlink -f "$(command -v dotnet)")")
RUNTIME=$(dotnet --list-runtimes | awk '$1=="Microsoft.AspNetCore.App" && $2 ~ /^10\./ {v=$2} END {print v}')
[[ -n $RUNTIME ]] || { log "no ASP.NET Core 10 runtime in $DOTNET_HOME"; exit 1; }

cached pause-1 innominatus/pause:1 build_pause
cached test-http-1 innominatus/test-http:1 build_test_http
cached dotnet-base innominatus/aspnet-base:$RUNTIME build_dotnet_base "$RUNTIME $(sha256sum "$HELM")"
sed -i '/aspnet-base/d' "$WORK/images.txt"; rm -f "$OUT/dotnet-base.tar"

# ---- the services: the SDK's own container settings, on the local base from a registry on 127.0.0.1 ----
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$WORK/registry.yml" <<YML
version: 0.1
storage: {filesystem: {rootdirectory: $WORK/registry}}
http: {addr: 127.0.0.1:$PORT}
YML
docker-registry serve "$WORK/registry.yml" >"$WORK/registry.log" 2>&1 & REG_PID=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/v2/" >/dev/null && break; sleep 0.2; done
BASE=127.0.0.1:$PORT/innominatus/aspnet-base:$RUNTIME
pm load -q -i "$(ls "$CACHE"/images/dotnet-base-*.tar)" >/dev/null
pm push --tls-verify=false "docker.io/innominatus/aspnet-base:$RUNTIME" "$BASE" >/dev/null 2>&1
export DOTNET_CONTAINER_INSECURE_REGISTRIES=127.0.0.1:$PORT DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for svc in gateway:ApiGateway workflow:WorkflowService identity:IdentityService demo:DemoService web:Web; do
  name=${svc%%:*} project=${svc#*:}; t1=$SECONDS
  log "publishing innominatus/$name:$TAG"
  dotnet publish "$ROOT/src/$project" -c Release -v q -clp:ErrorsOnly /t:PublishContainer \
    -p:ContainerBaseImage="$BASE" -p:ContainerRuntimeIdentifier=linux-x64 -p:ContainerImageTag="$TAG" \
    -p:ContainerArchiveOutputPath="$WORK/$name.tar.gz" >"$WORK/publish-$name.log" 2>&1 \
    || { cat "$WORK/publish-$name.log" >&2; exit 1; }
  # The SDK's archive may be gzipped: podman re-saves it as a plain docker-archive, as ctr imports it.
  pm load -q -i "$WORK/$name.tar.gz" >/dev/null
  # podman names what it loads localhost/...; the cluster asks for docker.io/innominatus/NAME (the short name).
  pm tag "innominatus/$name:$TAG" "docker.io/innominatus/$name:$TAG"
  rm -f "$OUT/$name-$TAG.tar"; pm save -q --format docker-archive -o "$OUT/$name-$TAG.tar" "docker.io/innominatus/$name:$TAG" >/dev/null
  record "innominatus/$name:$TAG" "$OUT/$name-$TAG.tar"; log "innominatus/$name:$TAG in $((SECONDS - t1)) s"
done
# Every service image carries the CLI: the guide's `kubectl exec` runs it in whichever service pod comes first.
for name in gateway workflow identity demo web; do
  if ! tar -xOf "$OUT/$name-$TAG.tar" --wildcards '*.tar' '*/layer.tar' 2>/dev/null | tar -t 2>/dev/null | grep -qx 'app/innominatus-ctl'; then
    pm create --name ctl-check "innominatus/$name:$TAG" >/dev/null
    pm export ctl-check | tar -t | grep -x 'app/innominatus-ctl' >/dev/null || { log "$name image lacks /app/innominatus-ctl"; exit 1; }
    pm rm ctl-check >/dev/null
  fi
done
cached postgres-15 innominatus/postgres:15 build_postgres
cached rabbitmq-3 innominatus/rabbitmq:3 build_rabbitmq
cached redis-7 innominatus/redis:7 build_redis
cached tools-1 innominatus/tools:1 build_tools "$(sha256sum "$KUBECTL") ${TERRAFORM:+$(sha256sum "$TERRAFORM")}"
cp "$WORK/images.txt" "$OUT/images.txt"
log "done in $((SECONDS - t0)) s: $OUT/images.txt"
