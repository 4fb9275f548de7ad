#!/usr/bin/env bash
# Makes the upgrade fixtures: small ledgers written by earlier releases of this program, each with the release's own
# jar, so that UpgradeTest can check that the current program opens and migrates them without losing a row.
# Generated demo persons only (`demo`), never real data.
# Usage: src/test/resources/upgrade/make-fixtures.sh   (from the project root; needs git, Maven, Java 17)
set -euo pipefail
cd "$(dirname "$0")/../../../.."
here=src/test/resources/upgrade
work=$(mktemp -d)
trap 'git worktree remove --force "$work/src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# v4-plain: release 0.1.0 (commit 17c225b), schema version 4, database not yet encrypted, no accounts.
git worktree add -q "$work/src" 17c225b
(cd "$work/src" && mvn -B -q -DskipTests package)
java -jar "$work/src/target/ledger.jar" --data-dir "$work/v4" demo --persons 30 --seed 7
mkdir -p "$here/v4-plain"
cp "$work/v4/ledger.mv.db" "$here/v4-plain/ledger.mv.db"
echo "made $here/v4-plain/ledger.mv.db"

# v6: schema version 6 (commit f619a76), encrypted, administrator 管理员 with the password Upgrade-Fixture-6;
# 30 demo persons and the LibreOffice-made unit file imported as batch 1 (20 new persons, 6 rows rejected).
git worktree remove --force "$work/src"
git worktree add -q "$work/src" f619a76
(cd "$work/src" && mvn -B -q -DskipTests package)
export LEDGER_PASSWORD=Upgrade-Fixture-6
java -jar "$work/src/target/ledger.jar" --data-dir "$work/v6" demo --persons 30 --seed 8
java -jar "$work/src/target/ledger.jar" --data-dir "$work/v6" import "$work/src/src/test/fixtures/import/unit-placements.xlsx" || true
mkdir -p "$here/v6"
cp "$work/v6/ledger.mv.db" "$work/v6/ledger.keys" "$here/v6/"
echo "made $here/v6"
