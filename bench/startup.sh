#!/usr/bin/env bash
# Start-up benchmark: the program's `--smoke` time (JVM start → main window shown with its data) against a bare
# JavaFX window, alternating, N runs each (default 7), on an existing ledger. Needs a display (DISPLAY, or Xvfb).
# Usage: bench/startup.sh [N] [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
# the benchmark ledger's password (its administrator is made with it on the first run)
export LEDGER_PASSWORD="${LEDGER_PASSWORD:-Bench-Ledger-2026}"
runs=${1:-7}
data=${2:-$(mktemp -d)}

[ -f target/ledger.jar ] || mvn -B -q -DskipTests package
mkdir -p target/bench
javac -cp target/ledger.jar -d target/bench bench/BareWindow.java

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :77 -screen 0 1366x850x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:77
  sleep 1
fi

# first start creates and migrates the ledger: not measured
java -jar target/ledger.jar --data-dir "$data" --smoke >/dev/null 2>&1

bare=(); app=()
for _ in $(seq "$runs"); do
  bare+=("$(java -cp target/ledger.jar:target/bench BareWindow 2>/dev/null | sed -n 's/.*after \([0-9]*\) ms/\1/p')")
  app+=("$(java -jar target/ledger.jar --data-dir "$data" --smoke 2>/dev/null | sed -n 's/.*after \([0-9]*\) ms/\1/p')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mb=$(median "${bare[@]}"); ma=$(median "${app[@]}")
echo "bare window:  ${bare[*]}  median ${mb} ms"
echo "ledger smoke: ${app[*]}  median ${ma} ms"
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "ratio: %.2f\n", a / b }'
