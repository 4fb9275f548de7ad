#!/usr/bin/env bash
# Tests the Linux .deb of 残疾人就业帮扶台账 without installing it:
#   1. builds it with installer/build-linux.sh, unless target/installer holds one newer than the sources
#   2. unpacks it (dpkg-deb -x) and checks the control file and the desktop entry
#   3. makes the start-up archive as the package's postinst does, and checks the JVM uses it
#   4. runs the unpacked launcher with --smoke under Xvfb: exit 0 and "shown after N ms"
#   5. starts it normally and takes a screenshot: target/installer/screenshot.png
#   6. with INSTALL=1, as root: installs it for real (dpkg -i), starts it from /opt with the default
#      data folder, installs it again (the upgrade path), removes it, and checks the data stayed
# Runs unattended as root on a fresh Debian machine (installs what it needs). Exits non-zero on any failure.
#
# Usage: installer/test-linux.sh        FORCE_BUILD=1 rebuilds the .deb first; INSTALL=1 adds step 6.
set -euo pipefail

cd "$(dirname "$0")/.."
# the --smoke starts open throwaway ledgers, whose administrator gets this password
export LEDGER_PASSWORD="${LEDGER_PASSWORD:-Smoke-Test-2026}"
# shellcheck source=linux/common.sh
. installer/linux/common.sh

NAME=yanshan-ledger
OUT=target/installer
FAILED=0
fail() { printf 'FAIL: %s\n' "$*" >&2; FAILED=1; }
pass() { printf 'ok:   %s\n' "$*"; }

# --- the .deb ----------------------------------------------------------------------------------
DEB=$(ls "$OUT/${NAME}_"*.deb 2>/dev/null | head -n1 || true)
if [ -z "$DEB" ] || [ "${FORCE_BUILD:-0}" = 1 ] \
    || [ -n "$(find pom.xml src db-migrations installer -newer "$DEB" -print -quit)" ]; then
  installer/build-linux.sh || die "installer/build-linux.sh failed"
  DEB=$(ls "$OUT/${NAME}_"*.deb)
else
  say "reusing $DEB (newer than the sources)"
fi
VERSION=$(sed -n 's:^ *<version>\(.*\)</version>.*:\1:p' pom.xml | head -n1)

# --- tools, and what the package depends on, as apt would install them --------------------------
need_cmd dpkg-deb dpkg
need_cmd Xvfb xvfb
need_cmd xwd x11-apps
need_cmd xwininfo x11-utils
need_cmd convert imagemagick
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  if ! apt-get satisfy -s "$DEPENDS" 2>/dev/null | grep -q '^0 upgraded, 0 newly installed'; then
    say "installing the package's dependencies"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get satisfy -y -qq "$DEPENDS" >/dev/null \
      || die "apt-get satisfy failed for: $DEPENDS"
  fi
fi

# --- unpack and look at the package ------------------------------------------------------------
temp_dir WORK
ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT" || die "dpkg-deb -x $DEB failed"
dpkg-deb -e "$DEB" "$WORK/control" || die "dpkg-deb -e $DEB failed"
say "unpacked $DEB ($(human "$(size_of "$DEB")")) into a temporary folder"

[ "$(dpkg-deb -f "$DEB" Package)" = "$NAME" ] && pass "Package: $NAME" || fail "Package is not $NAME"
case "$(dpkg-deb -f "$DEB" Version)" in
  "${VERSION//-/\~}"-*) pass "Version: $(dpkg-deb -f "$DEB" Version) (pom.xml $VERSION)" ;;
  *) fail "Version $(dpkg-deb -f "$DEB" Version) does not match pom.xml $VERSION" ;;
esac
for dep in libgtk-3-0 libgl1 libxtst6 libxxf86vm1 'libc6 (>= ' 'fonts-noto-cjk | '; do
  case ", $DEPENDS" in
    *", $dep"*) pass "Depends: $dep" ;;
    *) fail "Depends lacks $dep: $DEPENDS" ;;
  esac
done
grep -q 'ledger-cds.sh make' "$WORK/control/postinst" && pass "postinst makes the start-up archive" \
  || fail "postinst does not make the start-up archive"
grep -q 'ledger-cds.sh remove' "$WORK/control/prerm" && pass "prerm removes the start-up archive" \
  || fail "prerm does not remove the start-up archive"

APP="$ROOT/opt/$NAME"
LAUNCHER="$APP/bin/$NAME"
DESKTOP=$(find "$APP/lib" -maxdepth 1 -name '*.desktop' | head -n1)
[ -x "$LAUNCHER" ] && pass "launcher /opt/$NAME/bin/$NAME" || fail "no launcher at /opt/$NAME/bin/$NAME"
if [ -z "$DESKTOP" ]; then
  fail "no desktop entry in /opt/$NAME/lib"
else
  entry() { sed -n "s/^$1=//p" "$DESKTOP" | head -n1; }
  [ "$(entry 'Name\[zh_CN\]')" = 残疾人就业帮扶台账 ] && pass "desktop Name[zh_CN]=残疾人就业帮扶台账" \
    || fail "desktop Name[zh_CN] is '$(entry 'Name\[zh_CN\]')'"
  case "$(entry Comment)" in *残疾人就业帮扶*) pass "desktop Comment: $(entry Comment)" ;; *) fail "desktop Comment is not Chinese" ;; esac
  case "$(entry Categories)" in *Office*) pass "desktop Categories=$(entry Categories)" ;; *) fail "desktop Categories lacks Office" ;; esac
  [ "$(entry Exec)" = "/opt/$NAME/bin/$NAME" ] && pass "desktop Exec=$(entry Exec)" || fail "desktop Exec is '$(entry Exec)'"
  [ -f "$ROOT$(entry Icon)" ] && pass "desktop Icon=$(entry Icon)" || fail "desktop Icon '$(entry Icon)' is not in the package"
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$DESKTOP" && pass "desktop-file-validate" || fail "desktop-file-validate"
  fi
fi
if find "$ROOT" -name '*.mv.db' -o -name '*.jsa' -path '*/lib/app/*' | grep -q .; then
  fail "the package carries a database or a start-up archive"
fi
[ "$FAILED" = 0 ] || die "the package is not right (see FAIL above)"

# --- start-up archive, made as postinst does ----------------------------------------------------
if [ -f "$APP/lib/app/ledger.classlist" ]; then
  if grep -q '^org/apache/poi/xssf/streaming/SXSSFWorkbook$' "$APP/lib/app/ledger.classlist"; then
    pass "the class list has the exports' classes"
  else
    fail "the class list lacks the exports' classes (SXSSFWorkbook)"
  fi
  "$APP/lib/app/ledger-cds.sh" make
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$WORK/classload.txt" "$LAUNCHER" --version >/dev/null 2>&1 \
    || fail "the launcher's --version failed"
  if grep -q 'cn.yanshan.ledger.* source: shared objects file' "$WORK/classload.txt"; then
    pass "the launcher maps its classes from the start-up archive"
  else
    fail "the launcher does not use the start-up archive"
  fi
else
  warn "the package has no class list (built without a display): no start-up archive to test"
fi

# --- smoke start under X -----------------------------------------------------------------------
ensure_display || die "no DISPLAY and no Xvfb"
temp_dir DATA
touch "$WORK/before-start"
set +e
timeout 300 "$LAUNCHER" --data-dir "$DATA" --smoke >"$WORK/smoke.out" 2>"$WORK/smoke.err"
RC=$?
set -e
SHOWN=$(grep -E '^shown after [0-9]+ ms$' "$WORK/smoke.out" || true)
if [ "$RC" = 0 ] && [ -n "$SHOWN" ]; then
  pass "--smoke: exit 0, $SHOWN"
else
  cat "$WORK/smoke.out" "$WORK/smoke.err" >&2
  fail "--smoke: exit $RC, output above"
fi
[ -f "$DATA/ledger.mv.db" ] && pass "the ledger was created in --data-dir" || fail "no ledger.mv.db in --data-dir"
WROTE=$(find "$APP" -newer "$WORK/before-start" -type f | sed "s|^$ROOT||")
[ -z "$WROTE" ] && pass "nothing written into the install folder" || fail "the program wrote into its install folder: $WROTE"

# --- a normal start, and a screenshot -----------------------------------------------------------
say "normal start, screenshot on $DISPLAY"
"$LAUNCHER" --data-dir "$DATA" >"$WORK/run.out" 2>&1 &
APP_PID=$!
for _ in $(seq 120); do
  xwininfo -root -tree 2>/dev/null | grep -q '残疾人就业帮扶台账' && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.5
done
sleep 3   # the data is filled in after the window shows
SHOT="$OUT/screenshot.png"
if kill -0 "$APP_PID" 2>/dev/null; then
  xwd -root -display "$DISPLAY" | convert xwd:- "png:$SHOT" || fail "screenshot failed"
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  COLOURS=$(identify -format '%k' "$SHOT" 2>/dev/null || echo 0)
  [ "$COLOURS" -gt 50 ] && pass "screenshot $SHOT ($COLOURS colours)" || fail "screenshot $SHOT looks empty ($COLOURS colours)"
else
  cat "$WORK/run.out" >&2
  fail "the program ended before its window could be photographed"
fi

# --- a real install, upgrade and removal --------------------------------------------------------
if [ "${INSTALL:-0}" = 1 ]; then
  [ "$(id -u)" -eq 0 ] || die "INSTALL=1 needs root"
  deb_installed "$NAME" && die "$NAME is installed on this machine already: remove it first (dpkg -r $NAME)"
  say "installing $DEB"
  EXIT_COMMANDS+=("dpkg-query -W $NAME >/dev/null 2>&1 && dpkg --purge $NAME >/dev/null 2>&1")
  dpkg -i "$DEB" >"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log" >&2; die "dpkg -i failed"; }
  pass "dpkg -i"
  DESKTOP_FILE=$(ls /usr/share/applications/"$NAME"-*.desktop 2>/dev/null | head -n1 || true)
  [ -n "$DESKTOP_FILE" ] && pass "desktop entry $DESKTOP_FILE" || fail "no desktop entry in /usr/share/applications"
  [ -f "/opt/$NAME/lib/app/ledger.jsa" ] && pass "postinst made /opt/$NAME/lib/app/ledger.jsa" || fail "postinst made no start-up archive"
  XDG="$WORK/xdg"   # stands for the clerk's ~/.local/share
  set +e
  XDG_DATA_HOME="$XDG" JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$WORK/installed-classload.txt" \
    timeout 300 "/opt/$NAME/bin/$NAME" --smoke >"$WORK/installed.out" 2>"$WORK/installed.err"
  RC=$?
  set -e
  SHOWN=$(grep -E '^shown after [0-9]+ ms$' "$WORK/installed.out" || true)
  [ "$RC" = 0 ] && [ -n "$SHOWN" ] && pass "installed --smoke: $SHOWN" || fail "installed --smoke: exit $RC"
  grep -q 'cn.yanshan.ledger.* source: shared objects file' "$WORK/installed-classload.txt" \
    && pass "installed program uses the start-up archive" || fail "installed program does not use the start-up archive"
  [ -f "$XDG/$NAME/ledger.mv.db" ] && pass "data in the default folder \$XDG_DATA_HOME/$NAME" || fail "no ledger in \$XDG_DATA_HOME/$NAME"
  dpkg -i "$DEB" >"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log" >&2; die "dpkg -i over the installed package failed"; }
  [ -f "$XDG/$NAME/ledger.mv.db" ] && [ -f "/opt/$NAME/lib/app/ledger.jsa" ] \
    && pass "installed again over itself (upgrade path): data and start-up archive there" || fail "upgrade path lost data or archive"
  dpkg -r "$NAME" >"$WORK/dpkg.log" 2>&1 && dpkg --purge "$NAME" >>"$WORK/dpkg.log" 2>&1 \
    || { cat "$WORK/dpkg.log" >&2; die "dpkg -r / --purge failed"; }
  [ ! -e "/opt/$NAME" ] && pass "dpkg -r and --purge removed /opt/$NAME" || fail "dpkg -r left /opt/$NAME: $(find "/opt/$NAME" | head -5)"
  [ -z "$(ls /usr/share/applications/"$NAME"-*.desktop 2>/dev/null)" ] && pass "dpkg -r removed the desktop entry" || fail "desktop entry left behind"
  [ -f "$XDG/$NAME/ledger.mv.db" ] && pass "data kept after removal and purge" || fail "data gone after removal"
fi

[ "$FAILED" = 0 ] || die "installer test failed"
say "installer test passed"
