#!/usr/bin/env bash
# Guard for eng/test.sh: a test run must write nothing into the repository (a crash dump, a server log, a
# terraform state...). .gitignore would hide such a file from 'git status', so the listing includes ignored paths.
# Build output is allowed: bin/, obj/ and TestResults/ folders anywhere, and .tools/ (eng/install-tools.sh).
# Usage: eng/repo-guard.sh snapshot FILE   records the repository's untracked, ignored and modified paths
#        eng/repo-guard.sh check FILE      exit 1 with one line naming every path that is new since the snapshot
set -euo pipefail
cmd=${1:?snapshot|check}; file=${2:?snapshot file}
cd "$(dirname "$0")/.."
listing() {
  # --ignored=matching names an ignored folder once (bin/) instead of every file in it; -uall names every new
  # file, also inside a folder that was already untracked.
  git status --porcelain=v1 --ignored=matching -uall | cut -c4- \
    | grep -Ev '(^|/)(bin|obj|TestResults)/$|(^|/)(bin|obj|TestResults)/|^\.tools/' | LC_ALL=C sort || true
}
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  [[ $cmd == check ]] && echo "[test] not a git checkout: the check that the run wrote nothing into it was skipped"
  exit 0
fi
case $cmd in
snapshot) listing > "$file" ;;
check)
  new=$(LC_ALL=C comm -13 "$file" <(listing) | tr '\n' ' ')
  if [[ -n $new ]]; then
    echo "[test] the run wrote into the repository (test infrastructure must write into its state folder): ${new% }" >&2
    exit 1
  fi
  ;;
*) echo "usage: $0 snapshot|check FILE" >&2; exit 2 ;;
esac
