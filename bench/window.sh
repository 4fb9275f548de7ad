#!/usr/bin/env bash
# The real window on a large ledger, driven like a clerk with xdotool under Xvfb (or the current DISPLAY):
# start, wait for the read-ahead, open 残疾人台账, type a search, go back to 总览 and to 残疾人台账 again, then read
# the process's memory. Times come from the program's trace marks (-Dledger.trace=true, milliseconds since the JVM's
# start): from the navigation click's handler ("area persons asked") or the search box's change ("search N asked")
# to the end of the pulse that laid out the new rows ("rows laid out, pulse done"). Memory: VmRSS and, from
# smaps_rollup, Pss of the whole process, after the steps; the heap in use after a full GC from jcmd. In brackets
# the CPU time the whole process used in the same span (all threads): other jobs on the machine inflate the wall
# time, much less this.
#
# Usage: bench/window.sh DATA_DIR [JVM options...]     e.g. bench/window.sh target/bench/persons-ledger -Xmx256m
# The ledger must exist (bench/persons.sh makes one). Needs xdotool; starts Xvfb on :77 when DISPLAY is unset.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?usage: bench/window.sh DATA_DIR [JVM options...]}
shift
. bench/ledger-window.sh

laid="persons: rows laid out"
await "$laid" 1                    # the prepared screen's first rows, behind the overview
sleep 2

click 57 208                       # 残疾人台账
await "$laid" 2; sleep 2
click 617 76                       # the search box
searches=$(grep -c "search [0-9]* asked" "$log")
for keys in z s; do                # each key waits for the rows of the one before
  n=$(grep -cF -- "$laid" "$log")
  xdotool type "$keys"
  await "$laid" $((n + 1)); sleep 1.5
done
xdotool key ctrl+a BackSpace
sleep 2
xdotool type "张"
sleep 3
click 57 79                        # 总览
await "overview: figures read" 2; sleep 2
n=$(grep -cF -- "$laid" "$log")
click 57 208                       # 残疾人台账 again
await "$laid" $((n + 1)); sleep 3

rss=$(awk '/^VmRSS/ { print int($2 / 1024) }' /proc/$app/status)
pss=$(awk '/^Pss:/ { print int($2 / 1024) }' /proc/$app/smaps_rollup 2>/dev/null || echo "?")
# the generations' "used" figures (K), Metaspace's left out
heap=$(jcmd "$app" GC.run >/dev/null 2>&1; jcmd "$app" GC.heap_info 2>/dev/null | awk '!/Metaspace|class space/ {
  for (i = 1; i < NF; i++) if ($i == "used") { sub(/K.*/, "", $(i + 1)); kb += $(i + 1) } } END { printf "%d MB", kb / 1024 }')

# the time from each start mark to the next end mark (regular expressions), in ms, and the CPU time the whole
# process used meanwhile (Linux)
between() {
  awk -v a="$1" -v b="$2" '$0 ~ a { t = $2; c = $4 == "cpu" ? $5 : "" }
    $0 ~ b && t != "" { printf "%d", $2 - t; if (c != "" && $4 == "cpu") printf " (cpu %d)", $5 - c; print ""; t = "" }' "$log"
}
mkdir -p target/bench; cp "$log" target/bench/window-trace.log   # the marks, for a closer look
echo "load $(cut -d' ' -f1-3 /proc/loadavg), JVM options: ${*:-(none)}"
echo "残疾人台账 opened (click → first rows laid out), ms: $(between 'area persons asked' "$laid" | paste -sd ';' -)"
echo "search keystrokes z, zs (change → rows laid out), ms: $(between 'search [0-9]+ asked' "$laid" | sed -n "$((searches + 1)),$((searches + 2))p" | paste -sd ';' -)"
echo "总览 (click → figures read from the database), ms: $(between 'area overview asked' 'overview: figures read' | tail -n 1)"
echo "memory with the ledger open: VmRSS ${rss} MB, Pss ${pss} MB, heap used after GC ${heap:-?}"
