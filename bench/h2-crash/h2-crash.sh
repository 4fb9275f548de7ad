#!/usr/bin/env bash
# Kills a program in the middle of one large H2 transaction, again and again, and checks after each kill that the
# database holds the transaction whole or not at all (decision 0011). Run from the project root:
#   bench/h2-crash/h2-crash.sh VERSION [KILLS] [ROWS] [URL_OPTIONS]
# e.g. bench/h2-crash/h2-crash.sh 2.5.252 40. Leaks show more often on a loaded machine; run two busy loops
# (`sh -c 'while :; do :; done' &`) beside it to see them.
set -euo pipefail
version=${1:?H2 version, e.g. 2.4.240}
kills=${2:-30}
rows=${3:-20000}
options=${4:-";CIPHER=AES;FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"}
work=target/h2-crash/$version
rm -rf "$work" && mkdir -p "$work/db"
mvn -B -q dependency:copy -Dartifact=com.h2database:h2:"$version" -DoutputDirectory="$work" > /dev/null
jar="$work/h2-$version.jar"
javac -d "$work" -cp "$jar" bench/h2-crash/CrashWriter.java bench/h2-crash/CrashCheck.java
cp="$jar:$work"
db="$(pwd)/$work/db/t"

start=$(date +%s%N)
java -cp "$cp" CrashWriter "$db" "$rows" "$options" > /dev/null
full=$(( ($(date +%s%N) - start) / 1000000 ))
echo "H2 $version: one transaction of $rows rows takes $full ms here"
bad=0
for i in $(seq 1 "$kills"); do
  at=$(( full * (30 + RANDOM % 90) / 100 ))   # 0.3 to 1.2 times the full run
  java -cp "$cp" CrashWriter "$db" "$rows" "$options" > /dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((at / 1000)) $((at % 1000)))"
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  result=$(java -cp "$cp" CrashCheck "$db" "$options")
  echo "kill $i after $at ms: $result"
  if [[ $result == BAD* ]]; then
    bad=$((bad + 1))
    rm -rf "$work/db" && mkdir -p "$work/db"   # start again from a sound database
    java -cp "$cp" CrashWriter "$db" "$rows" "$options" > /dev/null
  fi
done
echo "H2 $version: $bad of $kills kills left a part of a transaction behind"
