# Sourced by the window benchmarks (window.sh, keystrokes.sh) after they have set $data and left the JVM options in
# "$@": starts the program on the ledger in $data with those options and its trace marks (in $log), under Xvfb or
# the current DISPLAY (display.sh), signs in with LEDGER_PASSWORD as a clerk types it, and waits until 残疾人台账 has
# been prepared behind the overview. Gives $app (the program's pid), X and Y (the window's place), and:
#   await MARK [N]   waits until the trace mark MARK (a fixed string) has appeared N times (default 1), at most 120 s
#   click DX DY      clicks at DX, DY inside the window
# On exit the program is stopped, $log removed and Xvfb ended.
# the benchmark ledger's password, typed into the sign-in pane as a clerk would
export LEDGER_PASSWORD="${LEDGER_PASSWORD:-Bench-Ledger-2026}"
[ -f target/ledger.jar ] || mvn -B -q -DskipTests package
[ -f "$data/ledger.mv.db" ] || { echo "no ledger in $data" >&2; exit 1; }

. bench/display.sh

log=$(mktemp)
java "$@" -Dledger.trace=true -jar target/ledger.jar --data-dir "$data" >"$log" 2>&1 &
app=$!
stop() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap 'stop; rm -f "$log"; [ -n "${xvfb:-}" ] && kill "$xvfb"' EXIT

await() {
  local n=${2:-1}
  for _ in $(seq 1200); do
    [ "$(grep -cF -- "$1" "$log" || true)" -ge "$n" ] && return 0
    kill -0 "$app" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "timed out waiting for: $1" >&2; cat "$log" >&2; exit 1
}
await "shell shown"
sleep 2
xdotool type --delay 20 "$LEDGER_PASSWORD"   # the sign-in pane has the focus in its password field
xdotool key Return
await "persons prepared"
win=$(xdotool search --sync --name "残疾人就业帮扶台账" | head -n1)
eval "$(xdotool getwindowgeometry --shell "$win")"   # X, Y of the window
click() { xdotool mousemove $((X + $1)) $((Y + $2)) click 1; }
