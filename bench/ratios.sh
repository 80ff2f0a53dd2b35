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
settings_url="$base/api/v1/practices/A81001/emis-settings"
BENCH_SECONDS=30 wrk_rps "$base/bare/ping" > /dev/null
BENCH_SECONDS=30 wrk_rps "$base/api/v1/ping" > /dev/null
BENCH_SECONDS=30 wrk_rps "$settings_url" "$key" > /dev/null
for round in 1 2 3; do
  read -r bare _ < <(BENCH_SECONDS=15 wrk_rps "$base/bare/ping")
  read -r ping _ < <(BENCH_SECONDS=15 wrk_rps "$base/api/v1/ping")
  read -r settings _ < <(BENCH_SECONDS=15 wrk_rps "$settings_url" "$key")
  awk -v r="$round" -v b="$bare" -v p="$ping" -v s="$settings" 'BEGIN {
    printf "round %d: bare %d/s, ping %d/s (%.2f, goal >= 0.9), settings read %d/s (%.2f, goal >= 0.7)\n", r, b, p, p / b, s, s / b }'
done
