#!/usr/bin/env bash
# 残疾人台账 benchmark: opening the screen with its first page, search keystrokes and deep pages, through the
# view-model and the services (no window), on a demo ledger of N persons (default 200000, made once, kept in DATA_DIR).
# Usage: bench/persons.sh [DATA_DIR] [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
# the benchmark ledger's password (its administrator is made with it on the first run)
export LEDGER_PASSWORD="${LEDGER_PASSWORD:-Bench-Ledger-2026}"
data=${1:-target/bench/persons-ledger}
persons=${2:-200000}
runs=${3:-15}

[ -f target/ledger.jar ] || mvn -B -q -DskipTests package
mkdir -p target/bench
javac -cp target/ledger.jar -d target/bench bench/PersonsBench.java

if [ ! -f "$data/ledger.mv.db" ]; then
  java -jar target/ledger.jar --data-dir "$data" demo --persons "$persons" --seed 1
fi
echo "== without warm-up (first open in a fresh JVM is cold)"
java -Xmx400m -cp target/ledger.jar:target/bench PersonsBench "$data" "$runs"
echo "== after the program's warm-up"
java -Xmx400m -cp target/ledger.jar:target/bench PersonsBench "$data" "$runs" --warm-up
