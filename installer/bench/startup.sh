#!/usr/bin/env bash
# Start-up of the installed program against a bare JavaFX window, for docs/benchmarks.md.
# Unpacks target/installer/yanshan-ledger_*.deb (build it first with installer/build-linux.sh),
# makes the start-up archive as the package's postinst does, then runs, interleaved, RUNS times each:
#   ledger+cds  the installed launcher with --smoke, with the start-up archive (AppCDS)
#   ledger      the same launcher without the archive (then the JVM shares no classes at all)
#   ledger-jdk  the same program started by the runtime's java, with the JDK's own class archive only
#   bare        an empty JavaFX window (bench/BareWindow.java) on the same runtime and the same JavaFX
# "shown" is what the program prints (JVM start to the window painted with its data, two pulses
# after show); "cpu" is user+sys of the whole process. Medians at the end.
#
# Usage: installer/bench/startup.sh          RUNS=5 by default; uses DISPLAY or starts Xvfb.
set -euo pipefail

cd "$(dirname "$0")/../.."
# shellcheck source=../linux/common.sh
. installer/linux/common.sh

RUNS=${RUNS:-5}
DEB=$(ls target/installer/yanshan-ledger_*.deb 2>/dev/null | head -n1) \
  || die "no .deb in target/installer: run installer/build-linux.sh first"
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
command -v "$JAVAC" >/dev/null 2>&1 || die "javac not found: set JAVA_HOME to a JDK 17"

temp_dir WORK
dpkg-deb -x "$DEB" "$WORK/root" || die "dpkg-deb -x $DEB failed"
APP="$WORK/root/opt/yanshan-ledger"
[ -f "$APP/lib/app/ledger.classlist" ] || die "the package has no class list: build it with a display or Xvfb"
"$APP/lib/app/ledger-cds.sh" make >/dev/null
mv "$APP/lib/app/ledger.jsa" "$WORK/ledger.jsa"
"$JAVAC" -d "$WORK/bare" -cp "$APP/lib/app/ledger.jar" bench/BareWindow.java || die "javac BareWindow failed"
ensure_display || die "no DISPLAY and no Xvfb"
DATA="$WORK/data"

# run VARIANT: one start; appends "shown cpu" to $WORK/VARIANT.txt
run() {
  local variant=$1 out="$WORK/out" shown cpu
  local -a cmd
  case "$variant" in
    ledger+cds) cp "$WORK/ledger.jsa" "$APP/lib/app/ledger.jsa"; cmd=("$APP/bin/yanshan-ledger" --data-dir "$DATA" --smoke) ;;
    ledger)     rm -f "$APP/lib/app/ledger.jsa";                 cmd=("$APP/bin/yanshan-ledger" --data-dir "$DATA" --smoke) ;;
    ledger-jdk) cmd=("$APP/lib/runtime/bin/java" -Dfile.encoding=UTF-8 -cp "$APP/lib/app/ledger.jar"
                     cn.yanshan.ledger.Launcher --data-dir "$DATA" --smoke) ;;
    bare)       cmd=("$APP/lib/runtime/bin/java" -cp "$APP/lib/app/ledger.jar:$WORK/bare" BareWindow) ;;
  esac
  local TIMEFORMAT='%U %S'
  { time "${cmd[@]}" >"$out" 2>/dev/null; } 2>"$WORK/time" || die "$variant failed: $(cat "$out")"
  shown=$(sed -n 's/^.*shown after \([0-9]*\) ms$/\1/p' "$out")
  [ -n "$shown" ] || die "$variant printed no 'shown after': $(cat "$out")"
  cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$WORK/time")
  echo "$shown $cpu" >>"$WORK/$variant.txt"
  printf '%-11s shown %6s ms   cpu %6s ms\n' "$variant" "$shown" "$cpu"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

say "warm-up (creates the ledger, fills the page cache)"
for variant in ledger+cds ledger ledger-jdk bare; do run "$variant" >/dev/null; done
rm -f "$WORK"/*.txt
say "$RUNS runs each on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$RUNS"); do
  for variant in ledger+cds ledger ledger-jdk bare; do run "$variant"; done
done
say "medians of $RUNS runs"
for variant in ledger+cds ledger ledger-jdk bare; do
  printf '%-11s shown %6s ms   cpu %6s ms   (shown: %s)\n' "$variant" \
    "$(cut -d' ' -f1 "$WORK/$variant.txt" | median)" "$(cut -d' ' -f2 "$WORK/$variant.txt" | median)" \
    "$(cut -d' ' -f1 "$WORK/$variant.txt" | tr '\n' ' ')"
done
