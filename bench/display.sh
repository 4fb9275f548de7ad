# Sourced by the window benchmarks: uses DISPLAY, or starts Xvfb on :77 or the next free display (sets $xvfb to
# its pid, killed on exit) and waits until it takes connections.
if [ -z "${DISPLAY:-}" ]; then
  n=77
  while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done   # a server of an earlier run may still be going away
  Xvfb ":$n" -screen 0 1366x850x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=":$n"
  for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi
