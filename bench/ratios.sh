#!/usr/bin/env bash
# The two ratios of issue 16 for comparing one build with another (A/B): starts the benchmark server
# (the bare and the ceiling WARs beside the product, bench/lib.sh), warms each address up
# (WARM_SECONDS each, default 90: with 30 s the settings read was still climbing, 3,000 to 6,300/s,
# through the rounds), then ROUNDS rounds (default 8) of SECONDS_PER_RUN-long runs (default 5) of
# the four addresses one after the other, printing each round's requests/s and ratios to the bare
# endpoint, then the median of each ratio over the rounds. Short interleaved rounds and the median,
# because this machine's speed drifts from one minute to the next (one server's ratios spread by
# 10-30 points between 15 s rounds, bench/README.md). The ceiling: what a WAR with pages gets with
# no code of ours.
#   bench/ratios.sh          (build with mvn -DskipTests package first; run once per build)
# Needs: wrk, a JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
trap bench_stop EXIT
rounds=${ROUNDS:-8}; seconds=${SECONDS_PER_RUN:-5}; warm=${WARM_SECONDS:-90}
work="$BENCH_DIR/ratios"; rm -rf "$work"; mkdir -p "$work"
bench_bare_war "$work"
bench_ceiling_war "$work"
bench_start_apart --deploy "$work/bare.war" --deploy "$work/ceiling.war"
base="http://127.0.0.1:$BENCH_PORT"
key="Authorization: Bearer demo-a81001-key"
settings_url="$base/api/v1/practices/A81001/emis-settings"
BENCH_SECONDS=$warm wrk_rps "$base/bare/ping" > /dev/null
BENCH_SECONDS=$warm wrk_rps "$base/ceiling/api/ping" > /dev/null
BENCH_SECONDS=$warm wrk_rps "$base/api/v1/ping" > /dev/null
BENCH_SECONDS=$warm wrk_rps "$settings_url" "$key" > /dev/null
: > "$work/rounds"
for round in $(seq 1 "$rounds"); do
  read -r bare _ < <(BENCH_SECONDS=$seconds wrk_rps "$base/bare/ping")
  read -r ceiling _ < <(BENCH_SECONDS=$seconds wrk_rps "$base/ceiling/api/ping")
  read -r ping _ < <(BENCH_SECONDS=$seconds wrk_rps "$base/api/v1/ping")
  read -r settings _ < <(BENCH_SECONDS=$seconds wrk_rps "$settings_url" "$key")
  echo "$round $bare $ceiling $ping $settings" | tee -a "$work/rounds" | awk '{
    printf "round %d: bare %d/s, ceiling %d/s (%.2f), ping %d/s (%.2f), settings read %d/s (%.2f)\n",
      $1, $2, $3, $3 / $2, $4, $4 / $2, $5, $5 / $2 }'
done
c=$(awk '{printf "%.3f\n", $3 / $2}' "$work/rounds" | median)
p=$(awk '{printf "%.3f\n", $4 / $2}' "$work/rounds" | median)
s=$(awk '{printf "%.3f\n", $5 / $2}' "$work/rounds" | median)
printf 'medians over %d rounds: ceiling %.2f, ping %.2f (goal >= 0.9), settings read %.2f (goal >= 0.7)\n' \
  "$rounds" "$c" "$p" "$s"
