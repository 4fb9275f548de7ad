#!/usr/bin/env bash
# Import benchmark: a generated placements .xlsx of N rows (default 100000, made-up people), previewed and committed
# at -Xmx256m into a fresh ledger, side by side with LibreOffice converting the same file to CSV.
# Usage: bench/import.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
# the benchmark ledger's password (its administrator is made with it on the first run)
export LEDGER_PASSWORD="${LEDGER_PASSWORD:-Bench-Ledger-2026}"
rows=${1:-100000}
file=target/bench/placements-$rows.xlsx
data=target/bench/import-ledger

[ -f target/ledger.jar ] || mvn -B -q -DskipTests package
mkdir -p target/bench
javac -cp target/ledger.jar -d target/bench bench/ImportBench.java
[ -f "$file" ] || java -cp target/ledger.jar:target/bench ImportBench generate "$file" "$rows"
ls -l "$file"

echo "== ledger: preview only, at -Xmx256m (fresh ledger)"
rm -rf "$data"
/usr/bin/time -f "   wall %e s, CPU %U+%S s, max RSS %M KB" java -Xmx256m -cp target/ledger.jar:target/bench ImportBench run "$data" "$file" --preview-only
echo "== ledger: preview, then commit, at -Xmx256m (fresh ledger)"
rm -rf "$data"
/usr/bin/time -f "   wall %e s, CPU %U+%S s, max RSS %M KB" java -Xmx256m -cp target/ledger.jar:target/bench ImportBench run "$data" "$file"

echo "== LibreOffice: soffice --headless --convert-to csv"
profile=$(mktemp -d)
rm -rf target/bench/soffice
/usr/bin/time -f "   wall %e s, CPU %U+%S s, max RSS %M KB" soffice -env:UserInstallation=file://"$profile" --headless \
  --convert-to csv --outdir target/bench/soffice "$file" >/dev/null
rm -rf "$profile"
wc -l target/bench/soffice/*.csv
