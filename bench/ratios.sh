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
WARM_SECONDS=${WARM_SECONDS:-90}
work="$BENCH_DIR/ratios"; rm -rf "$work"; mkdir -p "$work"
bench_bare_war "$work"
bench_ceiling_war "$work"
bench_start_apart --deploy "$work/bare.war" --deploy "$work/ceiling.war"
base="http://127.0.0.1:$BENCH_PORT"
bench_interleaved "$work/rounds" "bare=$base/bare/ping" "ceiling=$base/ceiling/api/ping" \
  "ping=$base/api/v1/ping" \
  "settings read=$base/api/v1/practices/A81001/emis-settings|Authorization: Bearer demo-a81001-key"
printf 'medians over %d rounds: ceiling %.2f, ping %.2f (goal >= 0.9), settings read %.2f (goal >= 0.7)\n' \
  "${ROUNDS:-8}" "$(bench_median_ratio "$work/rounds" 2)" "$(bench_median_ratio "$work/rounds" 3)" \
  "$(bench_median_ratio "$work/rounds" 4)"
