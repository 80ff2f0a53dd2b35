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
work="$BENCH_DIR/ceilings"; rm -rf "$work"; mkdir -p "$work"
bench_bare_war "$work"
bench_ceiling_war "$work"
bench_pages_open_war "$work"
bench_api_only_war "$work"
bench_start_apart --deploy "$work/bare.war" --deploy "$work/ceiling.war" \
  --deploy "$work/pages-open.war" --deploy "$work/api-only.war"
base="http://127.0.0.1:$BENCH_PORT"
bench_interleaved "$work/rounds" "bare=$base/bare/ping" "ceiling=$base/ceiling/api/ping" \
  "pages-open=$base/pages-open/api/ping" "API-only=$base/api-only/api/ping"
printf 'medians over %d rounds: ceiling %.2f, pages-open %.2f, API-only %.2f (ping goal >= 0.9)\n' \
  "${ROUNDS:-8}" "$(bench_median_ratio "$work/rounds" 2)" "$(bench_median_ratio "$work/rounds" 3)" \
  "$(bench_median_ratio "$work/rounds" 4)"
