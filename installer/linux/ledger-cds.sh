#!/bin/sh
# Makes or removes the start-up archive (AppCDS) of 残疾人就业帮扶台账.
#
# The archive lets the JVM map the program's classes instead of loading them one by one. It records
# the path of ledger.jar, so it is made where the program lies: the .deb's postinst runs
# `ledger-cds.sh make`, its prerm `ledger-cds.sh remove`. The class list beside this script was recorded
# at build time from a real start of the program. The launcher passes -Xshare:auto, so a missing or
# stale archive only costs start-up time, never a failed start.
set -eu

app=$(cd "$(dirname "$0")" && pwd -P)   # lib/app, as the launcher's $APPDIR resolves it
java="$app/../runtime/bin/java"

case "${1:-make}" in
  make)
    if [ ! -f "$app/ledger.classlist" ]; then
      echo "ledger-cds: no class list, no start-up archive (the program starts a little slower)"
      exit 0
    fi
    rm -f "$app/ledger.jsa"
    if "$java" -Xshare:dump -XX:SharedClassListFile="$app/ledger.classlist" \
        -XX:SharedArchiveFile="$app/ledger.jsa" -Dfile.encoding=UTF-8 \
        -cp "$app/ledger.jar" >"$app/ledger-cds.log" 2>&1; then
      echo "ledger-cds: start-up archive written to $app/ledger.jsa"
    else
      rm -f "$app/ledger.jsa"
      echo "ledger-cds: could not write the start-up archive, see $app/ledger-cds.log (the program still works)"
    fi
    ;;
  remove)
    rm -f "$app/ledger.jsa" "$app/ledger-cds.log"
    ;;
  *)
    echo "usage: ledger-cds.sh [make|remove]" >&2
    exit 2
    ;;
esac
