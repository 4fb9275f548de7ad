# Sourced by the window benchmarks: uses DISPLAY, or starts Xvfb on :77 (sets $xvfb to its pid, killed on exit).
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :77 -screen 0 1366x850x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:77
  sleep 1
fi
