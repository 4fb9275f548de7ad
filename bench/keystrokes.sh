#!/usr/bin/env bash
# Many search keystrokes in 残疾人台账 (issue 3), typed like a clerk with xdotool under Xvfb (or the current
# DISPLAY): for each of 11 initials X, the keys X, s, BackSpace, BackSpace, half a second apart, twice over; that is
# 88 searches of four kinds: one initial (X), two initials (Xs), back to one (X again) and back to everyone ("").
# Each search is timed from the search box's change ("search N asked") to the end of the pulse that laid out its
# rows ("rows laid out, pulse done" after "search N first page shown"), from the program's trace marks. The first
# search after the screen opens is left out of the figures (bench/window.sh measures first times). The figures are
# given per kind, in all, and per round: the second round asks the first round's searches again, whose counts the
# screen knows by then; in the first they are read, as for a clerk's first searches after the screen comes on.
#
# Usage: bench/keystrokes.sh DATA_DIR [JVM options...]   e.g. with -XX:SharedArchiveFile=target/bench/ledger.jsa
# LEDGER_PASSWORD is the ledger's password (default: the benchmark ledger's). KEY_GAP is the time between two keys in
# seconds (default 0.5; 0.15 types as fast as a clerk who knows the initials, so that a search's count is often still
# being read when the next key comes).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?usage: bench/keystrokes.sh DATA_DIR [JVM options...]}
shift
. bench/ledger-window.sh
sleep 3
click 57 208                       # 残疾人台账
sleep 2
click 617 76                       # the search box
sleep 1
first=$(grep -c "search [0-9]* asked" "$log")
for _ in 1 2; do
  for k in z l w c h y d g m s t; do
    for key in "$k" s BackSpace BackSpace; do
      case $key in BackSpace) xdotool key BackSpace ;; *) xdotool type "$key" ;; esac
      sleep "${KEY_GAP:-0.5}"
    done
  done
done
sleep 1

# per search after the first: its kind (position in the cycle of four) and its time in ms
awk -v first="$first" '
  /search [0-9]+ asked/ { match($0, /search [0-9]+ asked/); n = substr($0, RSTART + 7, RLENGTH - 13) + 0; asked[n] = $2 }
  /search [0-9]+ first page shown/ { match($0, /search [0-9]+ first/); cur = substr($0, RSTART + 7, RLENGTH - 13) + 0 }
  /rows laid out, pulse done/ && cur != "" { if (cur > first) print (cur - first - 1) % 4, $2 - asked[cur], int((cur - first - 1) / 44) + 1; cur = "" }
' "$log" >"$log.times"
echo "load $(cut -d' ' -f1-3 /proc/loadavg), JVM options: ${*:-(none)}"
stats() { sort -n | awk '{ a[NR] = $1 } END { if (NR) printf "n %d, median %d, 90th percentile %d, max %d", NR, a[int((NR + 1) / 2)], a[int(NR * 0.9 + 0.5)], a[NR] }'; }
for kind in 0 1 2 3; do
  name=$(echo "one initial|two initials|back to one|back to everyone" | cut -d'|' -f$((kind + 1)))
  echo "$name: $(awk -v k="$kind" '$1 == k { print $2 }' "$log.times" | stats) ms"
done
echo "all: $(awk '{ print $2 }' "$log.times" | stats) ms"
# the second round asks the first round's searches again: their counts are known already (PersonsViewModel)
for round in 1 2; do
  echo "round $round: $(awk -v r="$round" '$3 == r { print $2 }' "$log.times" | stats) ms"
done
rm -f "$log.times"
