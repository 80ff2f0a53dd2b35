#!/usr/bin/env bash
# What the server leaves to the product's kind of WAR, with no code of ours in the path (issue 16):
# the bare endpoint's one resource in four WARs side by side in one Payara Micro started as
# production starts it (bench/lib.sh): bench/bare (JAX-RS alone), bench/ceiling (with CDI, Faces and
# a signed-in page area, as any WAR with staff pages), bench/pages-open (CDI and Faces, nothing
# signed in) and bench/api-only (CDI only, as an API split off into a WAR of its own). Each address warmed up WARM_SECONDS (default 60), then ROUNDS
# (default 8) interleaved SECONDS_PER_RUN-long runs (default 5); prints each round and the medians
# of the ratios to the bare endpoint.
#   bench/ceilings.sh        (build with mvn -DskipTests package first)
# Needs: wrk, a JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
trap bench_stop EXIT
rounds=${ROUNDS:-8}; seconds=${SECONDS_PER_RUN:-5}; warm=${WARM_SECONDS:-60}
work="$BENCH_DIR/ceilings"; rm -rf "$work"; mkdir -p "$work"
bench_bare_war "$work"
bench_ceiling_war "$work"
bench_pages_open_war "$work"
bench_api_only_war "$work"
bench_start_apart --deploy "$work/bare.war" --deploy "$work/ceiling.war" \
  --deploy "$work/pages-open.war" --deploy "$work/api-only.war"
base="http://127.0.0.1:$BENCH_PORT"
for path in bare/ping ceiling/api/ping pages-open/api/ping api-only/api/ping; do
  BENCH_SECONDS=$warm wrk_rps "$base/$path" > /dev/null
done
: > "$work/rounds"
for round in $(seq 1 "$rounds"); do
  read -r bare _ < <(BENCH_SECONDS=$seconds wrk_rps "$base/bare/ping")
  read -r ceiling _ < <(BENCH_SECONDS=$seconds wrk_rps "$base/ceiling/api/ping")
  read -r open _ < <(BENCH_SECONDS=$seconds wrk_rps "$base/pages-open/api/ping")
  read -r api_only _ < <(BENCH_SECONDS=$seconds wrk_rps "$base/api-only/api/ping")
  echo "$round $bare $ceiling $open $api_only" | tee -a "$work/rounds" | awk '{
    printf "round %d: bare %d/s, ceiling %d/s (%.2f), pages-open %d/s (%.2f), API-only %d/s (%.2f)\n",
      $1, $2, $3, $3 / $2, $4, $4 / $2, $5, $5 / $2 }'
done
c=$(awk '{printf "%.3f\n", $3 / $2}' "$work/rounds" | median)
o=$(awk '{printf "%.3f\n", $4 / $2}' "$work/rounds" | median)
a=$(awk '{printf "%.3f\n", $5 / $2}' "$work/rounds" | median)
printf 'medians over %d rounds: ceiling %.2f, pages-open %.2f, API-only %.2f (ping goal >= 0.9)\n' \
  "$rounds" "$c" "$o" "$a"
