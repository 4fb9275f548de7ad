#!/usr/bin/env bash
# The first 季度汇总表 of a session (issue 5) with a start-up archive made as the installed program makes its own
# (installer/build-linux.sh, ledger-cds.sh: class lists recorded by real runs, then -Xshare:dump): once with the
# classes of a --smoke start only, once with those of the quarterly summary and report added. Each run is a fresh
# process: ExportBench opens the ledger, reads the figures of 2024Q2 and writes the summary once (its first call).
#
# Usage: bench/export-first.sh DATA_DIR [RUNS]    (RUNS per archive, default 3, interleaved)
# DATA_DIR holds a ledger filled with `demo --persons 200000`; LEDGER_PASSWORD is its password. Needs a display
# for the --smoke start (DISPLAY, or Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?usage: bench/export-first.sh DATA_DIR [RUNS]}
runs=${2:-3}
: "${LEDGER_PASSWORD:?LEDGER_PASSWORD: the password of that ledger}"
read -r -a opts <<<"${LEDGER_JAVA_OPTS:--Xms32m -Xmx256m -XX:MinHeapFreeRatio=70 -XX:MaxHeapFreeRatio=90 -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
[ -f target/ledger.jar ] || mvn -B -q -DskipTests package
[ -f target/test-classes/cn/yanshan/ledger/bench/ExportBench.class ] || mvn -B -q test-compile

. bench/display.sh

work=target/bench/export-first
rm -rf "$work"; mkdir -p "$work"
main=cn.yanshan.ledger.Launcher
record() {   # record NAME ARGS...: the classes one run of the program loads
  local name=$1; shift
  java -XX:DumpLoadedClassList="$work/$name.classlist" -Dfile.encoding=UTF-8 -cp target/ledger.jar "$main" \
    --data-dir "$data" "$@" >>"$work/record.log" 2>&1
}
record smoke --smoke
record quarterly export quarterly --year 2024 --quarter 2 -o "$work/q.xlsx"
record report export report --year 2024 --quarter 2 -o "$work/r.docx"
cp "$work/smoke.classlist" "$work/start.classlist"
cat "$work/smoke.classlist" "$work/quarterly.classlist" "$work/report.classlist" | awk '!seen[$0]++' \
  >"$work/exports.classlist"
for v in start exports; do
  java -Xshare:dump -XX:SharedClassListFile="$work/$v.classlist" -XX:SharedArchiveFile="$work/$v.jsa" \
    -Dfile.encoding=UTF-8 -cp target/ledger.jar >"$work/dump-$v.log" 2>&1
  echo "archive $v: $(grep -vc '^#' "$work/$v.classlist") lines, $(($(stat -c %s "$work/$v.jsa") / 1048576)) MB"
done

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); JVM options: ${opts[*]}"
for _ in $(seq "$runs"); do
  for v in start exports; do
    java "${opts[@]}" -XX:SharedArchiveFile="$work/$v.jsa" -Xshare:auto -cp target/ledger.jar:target/test-classes \
      cn.yanshan.ledger.bench.ExportBench --data-dir "$data" --out "$work/out" --runs 1 --whole false 2>/dev/null \
      | awk -v v="$v" '/^季度汇总表/ { print v, $(NF - 1) }' >>"$work/times"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for v in start exports; do
  times=$(awk -v v="$v" '$1 == v { print $2 }' "$work/times" | paste -sd ' ' -)
  echo "first 季度汇总表 of the session, archive $v, ms: $times"
done
