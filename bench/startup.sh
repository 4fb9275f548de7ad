#!/usr/bin/env bash
# Start-up benchmark: the program's `--smoke` time (JVM start → main window shown with its data) against a bare
# JavaFX window, interleaved, N runs each (default 7), on an existing ledger. Needs a display (DISPLAY, or Xvfb).
# Variants:
#   bare        bench/BareWindow.java with the JVM's defaults (the yardstick of issue 2)
#   bare-opts   the same with the program's JVM options
#   plain       java -jar target/ledger.jar --smoke: the JVM's defaults
#   ledger      java $OPTS -jar target/ledger.jar --smoke, no class archive besides the JDK's
#   ledger+cds  the same with a dynamic class-data archive (AppCDS) made once from a --smoke start
# OPTS are the options the installed program gets (docs/decisions/0008-jvm-options.md), or $LEDGER_JAVA_OPTS.
# "cpu" is user + sys of the whole process (GNU time): less sensitive than wall time to other jobs on the machine.
# Usage: bench/startup.sh [N] [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
# the benchmark ledger's password (its administrator is made with it on the first run)
export LEDGER_PASSWORD="${LEDGER_PASSWORD:-Bench-Ledger-2026}"
runs=${1:-7}
data=${2:-$(mktemp -d)}
read -r -a opts <<<"${LEDGER_JAVA_OPTS:--Xms32m -Xmx256m -XX:MinHeapFreeRatio=70 -XX:MaxHeapFreeRatio=90 -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

[ -f target/ledger.jar ] || mvn -B -q -DskipTests package
mkdir -p target/bench
javac -cp target/ledger.jar -d target/bench bench/BareWindow.java

. bench/display.sh

# first start creates and migrates the ledger: not measured; the second records the archive
java -jar target/ledger.jar --data-dir "$data" --smoke >/dev/null 2>&1
rm -f target/bench/ledger.jsa
java "${opts[@]}" -XX:ArchiveClassesAtExit=target/bench/ledger.jsa -jar target/ledger.jar --data-dir "$data" --smoke \
  >/dev/null 2>&1

variants=(bare bare-opts plain ledger ledger+cds)
out=$(mktemp -d)
run() {
  local -a cmd
  case "$1" in
    bare)       cmd=(java -cp target/ledger.jar:target/bench BareWindow) ;;
    bare-opts)  cmd=(java "${opts[@]}" -cp target/ledger.jar:target/bench BareWindow) ;;
    plain)      cmd=(java -jar target/ledger.jar --data-dir "$data" --smoke) ;;
    ledger)     cmd=(java "${opts[@]}" -jar target/ledger.jar --data-dir "$data" --smoke) ;;
    ledger+cds) cmd=(java "${opts[@]}" -XX:SharedArchiveFile=target/bench/ledger.jsa -jar target/ledger.jar
                     --data-dir "$data" --smoke) ;;
  esac
  /usr/bin/time -f '%U %S' -o "$out/time" "${cmd[@]}" >"$out/stdout" 2>/dev/null
  local shown
  shown=$(sed -n 's/.*shown after \([0-9]*\) ms/\1/p' "$out/stdout")
  echo "$shown $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$out/time")" >>"$out/$1"
}
echo "JVM options: ${opts[*]}; $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  for v in "${variants[@]}"; do run "$v"; done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
for v in "${variants[@]}"; do
  printf '%-11s shown %6s ms  cpu %6s ms   runs: %s\n' "$v" "$(cut -d' ' -f1 "$out/$v" | median)" \
    "$(cut -d' ' -f2 "$out/$v" | median)" "$(cut -d' ' -f1 "$out/$v" | tr '\n' ' ')"
done
bare=$(cut -d' ' -f1 "$out/bare" | median); bare_cpu=$(cut -d' ' -f2 "$out/bare" | median)
for v in plain ledger ledger+cds; do
  awk -v v="$v" -v a="$(cut -d' ' -f1 "$out/$v" | median)" -v c="$(cut -d' ' -f2 "$out/$v" | median)" \
    -v b="$bare" -v bc="$bare_cpu" 'BEGIN { printf "%-11s / bare: shown %.2f, cpu %.2f\n", v, a / b, c / bc }'
done
rm -rf "$out"
