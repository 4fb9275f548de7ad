# Helpers shared by installer/build-linux.sh and installer/test-linux.sh. Sourced, not run.

say()  { printf '==> %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die()  { printf 'error: %s\n' "$*" >&2; exit 1; }

# When the script ends, however it ends: commands run, paths removed, the Xvfb we started stopped.
EXIT_COMMANDS=()
CLEANUP_PATHS=()
XVFB_PID=
on_exit() {
  local cmd
  for cmd in "${EXIT_COMMANDS[@]}"; do eval "$cmd" || true; done
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  if [ ${#CLEANUP_PATHS[@]} -gt 0 ]; then rm -rf "${CLEANUP_PATHS[@]}"; fi
}
trap on_exit EXIT

# temp_dir VAR: makes a temporary folder, removed at exit, and stores its path in VAR.
temp_dir() {
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/yanshan-ledger.XXXXXX")
  CLEANUP_PATHS+=("$dir")
  printf -v "$1" '%s' "$dir"
}

deb_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

# need_debs PACKAGE...: installs the missing Debian packages when running as root,
# otherwise stops and says what to install.
need_debs() {
  command -v dpkg-query >/dev/null 2>&1 || die "this script needs a Debian-based system (dpkg)"
  local missing=() pkg
  for pkg in "$@"; do
    deb_installed "$pkg" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${missing[*]}"
    apt-get update -qq || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || die "apt-get install ${missing[*]} failed"
  else
    die "missing packages; install them with: sudo apt-get install ${missing[*]}"
  fi
}

# ensure_display: keeps the caller's DISPLAY, else starts Xvfb on a free display (stopped at exit).
# Returns 1 when there is neither a display nor Xvfb.
ensure_display() {
  if [ -n "${DISPLAY:-}" ]; then
    return 0
  fi
  command -v Xvfb >/dev/null 2>&1 || return 1
  local numfile n
  temp_dir numfile
  numfile="$numfile/display"
  # -displayfd: Xvfb picks a free display itself and writes its number, so two runs never collide
  Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$numfile" >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 100); do
    n=$(head -n1 "$numfile" 2>/dev/null || true)
    [ -n "$n" ] && break
    kill -0 "$XVFB_PID" 2>/dev/null || die "Xvfb did not start"
    sleep 0.1
  done
  [ -n "$n" ] || die "Xvfb did not report its display within 10 s"
  export DISPLAY=":$n"
  say "started Xvfb on $DISPLAY"
}

# human SIZE_IN_BYTES: prints the size in MiB with one decimal
human() {
  awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'
}

# size_of PATH: bytes used by a file or a folder (apparent size, as in a download or a package)
size_of() {
  du -sb "$1" | cut -f1
}

# need_cmd COMMAND PACKAGE: like need_debs, for a tool that may also come from elsewhere
need_cmd() {
  command -v "$1" >/dev/null 2>&1 || need_debs "$2"
}
