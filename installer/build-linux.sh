#!/usr/bin/env bash
# Builds the Linux installers of 残疾人就业帮扶台账 into target/installer/:
#   runtime/                              the jlink-trimmed Java runtime
#   image/yanshan-ledger/                 the app image (bin/yanshan-ledger starts it in place)
#   yanshan-ledger_<version>-1_amd64.deb  the package for Debian, 统信UOS, 麒麟
#
# Needs JDK 17 (JAVA_HOME, or java on the PATH) and Maven; installs fakeroot and binutils when
# run as root, else says so. Xvfb (or a DISPLAY) is used to record the class list for the
# start-up archive; without either the build goes on without it.
#
# Usage: installer/build-linux.sh
# Environment: MVN_ARGS (extra Maven arguments, e.g. -o), DEB_MAINTAINER (e-mail for the package).
set -euo pipefail

cd "$(dirname "$0")/.."
# the --smoke starts open throwaway ledgers, whose administrator gets this password
export LEDGER_PASSWORD="${LEDGER_PASSWORD:-Smoke-Test-2026}"
# shellcheck source=linux/common.sh
. installer/linux/common.sh

NAME=yanshan-ledger
VENDOR="Yanshan Ledger"
DESCRIPTION="砚山县残疾人就业帮扶台账 (Yanshan County disabled persons' employment ledger)"
MAIN_CLASS=cn.yanshan.ledger.Launcher
MAINTAINER=${DEB_MAINTAINER:-ledger@yanshan.invalid}
OUT=target/installer
JAR=target/ledger.jar

# Modules the program needs (installer/jlink-modules.txt); jdeps confirms them below and adds any
# that a new library brings.
MODULES=$(grep -v -e '^#' -e '^ *$' installer/jlink-modules.txt | paste -sd, -)
# Modules jdeps finds but the program never uses, so they stay out of the runtime:
#   java.compiler, java.instrument, java.scripting (H2: Java-source and script triggers, profiler agent),
#   java.security.jgss, java.xml.crypto (POI: signing documents), jdk.jfr (JavaFX: flight recorder
#   logging), jdk.net (H2: socket options of its TCP server)
UNUSED_MODULES="java.compiler java.instrument java.scripting java.security.jgss java.xml.crypto jdk.jfr jdk.net"

# Libraries the JavaFX natives inside ledger.jar load (jpackage only sees the runtime's), and a
# Chinese font, without which every character is a box.
FX_DEPENDS="libgtk-3-0, libgl1, libxtst6, libxxf86vm1, libx11-6, libglib2.0-0, libpango-1.0-0, libpangoft2-1.0-0, libcairo2, libfontconfig1, libfreetype6"
FONT_DEPENDS="fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"

# --- tools -----------------------------------------------------------------------------------
if [ -n "${JAVA_HOME:-}" ]; then
  JBIN="$JAVA_HOME/bin"
else
  command -v java >/dev/null 2>&1 || die "no java: install JDK 17 (apt-get install openjdk-17-jdk) or set JAVA_HOME"
  JBIN=$(dirname "$(readlink -f "$(command -v java)")")
fi
for tool in java jlink jpackage jdeps; do
  [ -x "$JBIN/$tool" ] || die "$JBIN/$tool not found: JAVA_HOME must point to a full JDK 17"
done
JAVA_FEATURE=$("$JBIN/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "$JAVA_FEATURE" = 17 ] || warn "this is JDK $JAVA_FEATURE; the installers are made and tested with JDK 17"
need_debs fakeroot binutils dpkg

# --- the jar ---------------------------------------------------------------------------------
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src db-migrations -newer "$JAR" -print -quit)" ]; then
  say "building $JAR (mvn -DskipTests package)"
  command -v mvn >/dev/null 2>&1 || die "no mvn: install Maven (apt-get install maven)"
  # shellcheck disable=SC2086
  mvn -B -q -Dstyle.color=never -DskipTests ${MVN_ARGS:-} package || die "mvn package failed"
else
  say "reusing $JAR (newer than the sources)"
fi

# The project's own version is the first <version> in pom.xml (there is no parent).
VERSION=$(sed -n 's:^ *<version>\(.*\)</version>.*:\1:p' pom.xml | head -n1)
[ -n "$VERSION" ] || die "no <version> found in pom.xml"
APP_VERSION=${VERSION//-/\~}   # 0.2.0-SNAPSHOT -> 0.2.0~SNAPSHOT, which Debian sorts before 0.2.0
say "version $APP_VERSION"

mkdir -p "$OUT"

# --- modules: ask jdeps (slow on a 40 MB jar, so cached until the jar changes) ----------------
DEPS_CACHE="$OUT/jdeps-modules.txt"
if [ ! -f "$DEPS_CACHE" ] || [ "$JAR" -nt "$DEPS_CACHE" ]; then
  say "finding the modules the jar uses (jdeps, about a minute)"
  "$JBIN/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$JAR" 2>/dev/null \
    | tail -n1 >"$DEPS_CACHE.tmp" || die "jdeps failed on $JAR"
  mv "$DEPS_CACHE.tmp" "$DEPS_CACHE"
fi
for module in $(tr ',' ' ' <"$DEPS_CACHE"); do
  case ",$MODULES," in *",$module,"*) continue ;; esac
  case " $UNUSED_MODULES " in *" $module "*) continue ;; esac
  warn "jdeps says the jar also uses $module: added (list it in installer/jlink-modules.txt or UNUSED_MODULES)"
  MODULES="$MODULES,$module"
done

# --- runtime ---------------------------------------------------------------------------------
say "jlink: $MODULES"
rm -rf "$OUT/runtime"
"$JBIN/jlink" --add-modules "$MODULES" --include-locales=en,zh \
  --strip-debug --strip-native-debug-symbols exclude-debuginfo-files \
  --no-header-files --no-man-pages --generate-cds-archive \
  --output "$OUT/runtime" >/dev/null || die "jlink failed"
# the JDK's own class archive for heaps over 32 GB: never used on a clerk's PC
rm -f "$OUT/runtime/lib/server/classes_nocoops.jsa"

# --- app image -------------------------------------------------------------------------------
say "jpackage: app image"
rm -rf "$OUT/input" "$OUT/image"
mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/ledger.jar"
cp installer/linux/ledger-cds.sh "$OUT/input/ledger-cds.sh"
# JVM options for a one-user desktop program: small heap that grows as needed, serial GC, C1 only
# (docs/decisions/0008-jvm-options.md)
"$JBIN/jpackage" --type app-image --dest "$OUT/image" \
  --name "$NAME" --app-version "$APP_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --icon installer/icons/ledger-256.png \
  --input "$OUT/input" --main-jar ledger.jar --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/ledger.jsa' \
  --java-options -Xshare:auto \
  --java-options -Dfile.encoding=UTF-8 \
  --java-options -Xms32m --java-options -Xmx256m \
  --java-options -XX:MinHeapFreeRatio=70 --java-options -XX:MaxHeapFreeRatio=90 \
  --java-options -XX:+UseSerialGC --java-options -XX:TieredStopAtLevel=1 \
  || die "jpackage (app image) failed"
IMAGE="$OUT/image/$NAME"
APPDIR="$(cd "$IMAGE/lib/app" && pwd -P)"

# --- class list for the start-up archive -----------------------------------------------------
# A start of the program under X records which classes it loads; ledger-cds.sh turns the list into
# the archive where the program is installed (an archive names the jar's path, so it can't be made here).
# The quarterly summary and report of a small demo ledger add the export's classes (POI's among them):
# the first 季度汇总表 of a session then maps them too instead of loading them one by one.
record_exports() {
  local java="$IMAGE/lib/runtime/bin/java" lists=$1 data=$2 files
  temp_dir files
  "$java" -Dfile.encoding=UTF-8 -cp "$APPDIR/ledger.jar" "$MAIN_CLASS" --data-dir "$data" \
    demo --persons 300 --seed 1 >>"$OUT/classlist-run.log" 2>&1 || return 1
  "$java" -XX:DumpLoadedClassList="$lists/quarterly.classlist" -Dfile.encoding=UTF-8 -cp "$APPDIR/ledger.jar" \
    "$MAIN_CLASS" --data-dir "$data" export quarterly --year 2024 --quarter 2 -o "$files/q.xlsx" \
    >>"$OUT/classlist-run.log" 2>&1 || return 1
  "$java" -XX:DumpLoadedClassList="$lists/report.classlist" -Dfile.encoding=UTF-8 -cp "$APPDIR/ledger.jar" \
    "$MAIN_CLASS" --data-dir "$data" export report --year 2024 --quarter 2 -o "$files/r.docx" \
    >>"$OUT/classlist-run.log" 2>&1
}
if ensure_display; then
  say "recording the class list on a --smoke start (DISPLAY=$DISPLAY) and two exports"
  temp_dir SMOKE_DATA
  temp_dir CLASS_LISTS
  if timeout 300 "$IMAGE/lib/runtime/bin/java" -XX:DumpLoadedClassList="$CLASS_LISTS/smoke.classlist" \
      -Dfile.encoding=UTF-8 -cp "$APPDIR/ledger.jar" "$MAIN_CLASS" --data-dir "$SMOKE_DATA" --smoke \
      >"$OUT/classlist-run.log" 2>&1 && grep -q '^shown after' "$OUT/classlist-run.log"; then
    if ! record_exports "$CLASS_LISTS" "$SMOKE_DATA"; then
      warn "recording the exports' classes failed (see $OUT/classlist-run.log): the archive has the start's only"
      rm -f "$CLASS_LISTS/quarterly.classlist" "$CLASS_LISTS/report.classlist"
    fi
    # one list, each line once, in the order first met (the start's classes first)
    cat "$CLASS_LISTS"/smoke.classlist "$CLASS_LISTS"/quarterly.classlist "$CLASS_LISTS"/report.classlist \
      2>/dev/null | awk '!seen[$0]++' >"$APPDIR/ledger.classlist"
    say "class list: $(grep -vc '^#' "$APPDIR/ledger.classlist") classes"
  else
    rm -f "$APPDIR/ledger.classlist"
    warn "the --smoke start failed (see $OUT/classlist-run.log): no start-up archive"
  fi
else
  warn "no DISPLAY and no Xvfb: building without the start-up archive (apt-get install xvfb to have it)"
fi

# --- .deb ------------------------------------------------------------------------------------
# Depends: jpackage adds the packages of the runtime's libraries; we add JavaFX's, a Chinese font,
# and the C library version the runtime was linked against.
GLIBC=$(find "$IMAGE" -name '*.so' -o -path '*/bin/*' -type f | while read -r f; do
  objdump -T "$f" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' || true; done | sed 's/GLIBC_//' | sort -uV | tail -n1)
DEPENDS="$FX_DEPENDS, $FONT_DEPENDS"
if [ -n "$GLIBC" ]; then
  DEPENDS="libc6 (>= $GLIBC), $DEPENDS"
fi

say "jpackage: .deb"
rm -f "$OUT/${NAME}_"*.deb
"$JBIN/jpackage" --type deb --dest "$OUT" \
  --app-image "$IMAGE" --name "$NAME" --app-version "$APP_VERSION" \
  --vendor "$VENDOR" --description "$DESCRIPTION" \
  --resource-dir installer/linux/resources \
  --linux-package-name "$NAME" --linux-deb-maintainer "$MAINTAINER" \
  --linux-menu-group Office --linux-app-category misc --linux-shortcut \
  --linux-package-deps "$DEPENDS" \
  || die "jpackage (.deb) failed"
DEB=$(ls "$OUT/${NAME}_"*.deb)

# --- summary ---------------------------------------------------------------------------------
say "done:"
printf '  %-34s %s\n' \
  "$DEB" "$(human "$(size_of "$DEB")")" \
  "$IMAGE/" "$(human "$(size_of "$IMAGE")")" \
  "$OUT/runtime/" "$(human "$(size_of "$OUT/runtime")")"
[ -n "$GLIBC" ] && echo "  the runtime needs glibc $GLIBC or newer (the C library of the machine that built it)"
[ -f "$APPDIR/ledger.classlist" ] || echo "  built without the start-up archive's class list"
echo "  test it: installer/test-linux.sh"
