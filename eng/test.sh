#!/usr/bin/env bash
# Runs every test of the solution: installs what is missing (RabbitMQ, from Debian's packages), starts a scratch
# PostgreSQL and RabbitMQ for the service tests, builds with warnings as errors, runs each test project and ends
# with one summary line. Extra arguments go to 'dotnet test' (for example --filter Name~Gateway).
set -euo pipefail
cd "$(dirname "$0")/.."

require() { # binary package
  [[ -x $1 ]] && return 0
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "[test] installing $2"
    (apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; })
  else
    echo "[test] $2 is missing: run 'sudo apt-get install -y $2'" >&2; exit 1
  fi
}
export DEBIAN_FRONTEND=noninteractive
require /usr/lib/rabbitmq/bin/rabbitmq-server rabbitmq-server
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || require /usr/lib/postgresql/15/bin/postgres postgresql

STATE=$(mktemp -d /tmp/innominatus-test.XXXXXX)
cleanup() { eng/test-infra.sh down "$STATE" || true; rm -rf "$STATE"; }
trap cleanup EXIT
echo "[test] starting PostgreSQL and RabbitMQ for the service tests"
infra=$(eng/test-infra.sh up "$STATE") || { echo "[test] could not start PostgreSQL and RabbitMQ" >&2; exit 1; }
eval "$infra"

echo "[test] building"
dotnet build Innominatus.sln -warnaserror -nologo -v quiet -clp:ErrorsOnly

rc=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "[test] $name"
  dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$STATE/results" "$@" || rc=1
done

read -r passed failed skipped < <(cat "$STATE"/results/*.trx 2>/dev/null | grep -o '<Counters [^>]*' | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]);
      if (kv[1] == "passed") p += kv[2]; else if (kv[1] == "failed") f += kv[2]; else if (kv[1] == "notExecuted") s += kv[2]; } }
  END { print p + 0, f + 0, s + 0 }')
echo "$passed passed, $failed failed, $skipped skipped"
if [[ $rc == 0 && $passed == 0 ]]; then echo "[test] no test ran" >&2; rc=1; fi
exit $rc
