#!/usr/bin/env bash
# Starts (up) or stops (down) a scratch PostgreSQL and RabbitMQ for the service tests, from Debian's packages,
# on loopback ports of their own so they never meet a developer's AppHost. Prints the environment to export.
# Usage: eng/test-infra.sh up|down STATE_DIR
#        eng/test-infra.sh pg-stop|pg-start|rabbit-restart STATE_DIR   (the fault tests' outages, on a pair of their own)
# TEST_RABBITMQ_CONSUMER_TIMEOUT_MS (at 'up', optional): RabbitMQ's delivery acknowledgement timeout, 30 minutes if unset.
set -euo pipefail
cmd=${1:?up|down}; STATE=${2:?state dir}
# Free ports are picked at 'up' and remembered in the state folder, so parallel runs never collide.
# Below 32768: Linux hands out ephemeral ports above it, which a server may then fail to bind.
free_port() { for p in $(shuf -i 20000-32000 -n 100); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; exit 1; }
if [[ $cmd == up ]]; then
  mkdir -p "$STATE"
  printf 'PG_PORT=%s\nAMQP_PORT=%s\nEPMD_PORT=%s\nDIST_PORT=%s\n' "${TEST_PG_PORT:-$(free_port)}" "${TEST_AMQP_PORT:-$(free_port)}" \
    "${TEST_EPMD_PORT:-$(free_port)}" "${TEST_DIST_PORT:-$(free_port)}" > "$STATE/ports.env"
fi
[[ -f $STATE/ports.env ]] || exit 0
# shellcheck disable=SC1091
source "$STATE/ports.env"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
R=$STATE/rabbitmq
rabbit_env() {
  export HOME=$R RABBITMQ_NODENAME=innominatus-test@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$AMQP_PORT \
    RABBITMQ_DIST_PORT=$DIST_PORT ERL_EPMD_ADDRESS=127.0.0.1 ERL_EPMD_PORT=$EPMD_PORT \
    RABBITMQ_MNESIA_BASE=$R/mnesia RABBITMQ_LOG_BASE=$R/log ERL_CRASH_DUMP=$R/erl_crash.dump RABBITMQ_CONFIG_FILE=$R/rabbitmq.conf RABBITMQ_ADVANCED_CONFIG_FILE=$R/advanced.config \
    RABBITMQ_ENABLED_PLUGINS_FILE=$R/enabled_plugins RABBITMQ_PLUGINS_EXPAND_DIR=$R/plugins-expand RABBITMQ_PID_FILE=$R/rabbit.pid \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_start() {
  as_postgres "$PG_BIN/pg_ctl" -D "$STATE/pg/data" -l "$STATE/pg/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $STATE/pg -c fsync=off -c max_connections=400" -w start >/dev/null
}
rabbit_start() {
  (rabbit_env; /usr/lib/rabbitmq/bin/rabbitmq-server >"$R/server.out" 2>&1 &)
  # await_startup gives up at once while the node has not registered with epmd yet, hence the loop.
  for i in $(seq 1 90); do
    (rabbit_env; /usr/lib/rabbitmq/bin/rabbitmqctl await_startup --timeout 60 >/dev/null 2>&1) && break
    if [[ $i == 90 ]] || grep -q "init terminating" "$R/server.out"; then tail -5 "$R/server.out" >&2; exit 1; fi
    sleep 1
  done
}

case $cmd in
up)
  mkdir -p "$STATE/pg" "$R/mnesia" "$R/log"; chmod 755 "$STATE"
  [[ $(id -u) == 0 ]] && chown postgres:postgres "$STATE/pg"
  as_postgres "$PG_BIN/initdb" -D "$STATE/pg/data" -U postgres --auth=trust -E UTF8 --no-sync >"$STATE/pg-init.log"
  pg_start
  printf 'loopback_users = none\n' > "$R/rabbitmq.conf"; echo '[].' > "$R/enabled_plugins"
  if [[ -n ${TEST_RABBITMQ_CONSUMER_TIMEOUT_MS:-} ]]; then
    printf 'consumer_timeout = %d\n' "$TEST_RABBITMQ_CONSUMER_TIMEOUT_MS" >> "$R/rabbitmq.conf"
    # A channel checks the timeout on its tick, every 60 s unless told otherwise (channel_tick_interval, which
    # rabbitmq.conf has no key for): a short timeout needs a tick as short, or it acts up to a minute late.
    printf '[{rabbit, [{channel_tick_interval, %d}]}].\n' $(( TEST_RABBITMQ_CONSUMER_TIMEOUT_MS / 4 > 100 ? TEST_RABBITMQ_CONSUMER_TIMEOUT_MS / 4 : 100 )) > "$R/advanced.config"
  fi
  rabbit_start
  echo "export INNOMINATUS_TEST_POSTGRES='Host=127.0.0.1;Port=$PG_PORT;Username=postgres'"
  echo "export INNOMINATUS_TEST_RABBITMQ='amqp://guest:guest@127.0.0.1:$AMQP_PORT/'"
  ;;
down)
  if [[ -f $STATE/pg/data/postmaster.pid ]]; then as_postgres "$PG_BIN/pg_ctl" -D "$STATE/pg/data" -m immediate stop >/dev/null 2>&1 || true; fi
  if [[ -d $R ]]; then (rabbit_env; /usr/lib/rabbitmq/bin/rabbitmqctl stop >/dev/null 2>&1 || true); fi
  ERL_EPMD_PORT=$EPMD_PORT /usr/lib/erlang/bin/epmd -kill >/dev/null 2>&1 || true
  ;;
pg-stop)
  # Immediate: as a crash or a failover looks to the clients, connections cut mid-transaction.
  as_postgres "$PG_BIN/pg_ctl" -D "$STATE/pg/data" -m immediate stop >/dev/null
  ;;
pg-start) pg_start ;;
rabbit-restart)
  (rabbit_env; /usr/lib/rabbitmq/bin/rabbitmqctl stop >/dev/null 2>&1)
  rabbit_start
  ;;
*) echo "usage: $0 up|down|pg-stop|pg-start|rabbit-restart STATE_DIR" >&2; exit 2 ;;
esac
