#!/usr/bin/env bash
# The two ratios of issue 16 for comparing one build with another (A/B): starts the benchmark server
# (the bare WAR beside the product, bench/lib.sh), warms each address up for 30 s, then three
# rounds of 15 s runs, printing each round's requests/s and ratios to the bare endpoint:
#   bench/ratios.sh          (build with mvn -DskipTests package first; run once per build)
# Needs: wrk, a JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
trap bench_stop EXIT
work="$BENCH_DIR/ratios"; rm -rf "$work"; mkdir -p "$work"
bench_bare_war "$work"
bench_start_apart --deploy "$work/bare.war"
base="http://127.0.0.1:$BENCH_PORT"
key="Authorization: Bearer demo-a81001-key"
rps() { wrk -t2 -c32 -d"$1"s ${3:+-H "$3"} "$2" | awk '/Requests\/sec/ {print $2}'; }
for url in "$base/bare/ping" "$base/api/v1/ping"; do rps 30 "$url" > /dev/null; done
rps 30 "$base/api/v1/practices/A81001/emis-settings" "$key" > /dev/null
for round in 1 2 3; do
  bare=$(rps 15 "$base/bare/ping")
  ping=$(rps 15 "$base/api/v1/ping")
  settings=$(rps 15 "$base/api/v1/practices/A81001/emis-settings" "$key")
  awk -v r="$round" -v b="$bare" -v p="$ping" -v s="$settings" 'BEGIN {
    printf "round %d: bare %d/s, ping %d/s (%.2f, goal >= 0.9), settings read %d/s (%.2f, goal >= 0.7)\n", r, b, p, p / b, s, s / b }'
done
