#!/usr/bin/env bash
# GET .../emis-settings (API key check, two queries, JSON) against the bare GET /api/v1/ping on the
# same server, with wrk (2 threads, 32 connections). Goal: settings >= 0.7 x bare requests/s.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
trap bench_stop EXIT
bench_start
base="http://127.0.0.1:$BENCH_PORT"
auth="Authorization: Bearer demo-a81001-key"
BENCH_SECONDS=10 wrk_rps "$base/api/v1/ping" >/dev/null          # warm up the JIT
BENCH_SECONDS=10 wrk_rps "$base/api/v1/practices/A81001/emis-settings" "$auth" >/dev/null
read -r bare_rps bare_p50 bare_p99 bare_bad < <(wrk_rps "$base/api/v1/ping")
read -r set_rps set_p50 set_p99 set_bad < <(wrk_rps "$base/api/v1/practices/A81001/emis-settings" "$auth")
ratio=$(awk -v a="$set_rps" -v b="$bare_rps" 'BEGIN {printf "%.2f", a / b}')
printf '| endpoint | requests/s | p50 | p99 | non-2xx |\n|---|---|---|---|---|\n'
printf '| GET /api/v1/ping (bare) | %s | %s | %s | %s |\n' "$bare_rps" "$bare_p50" "$bare_p99" "$bare_bad"
printf '| GET /api/v1/practices/A81001/emis-settings | %s | %s | %s | %s |\n' "$set_rps" "$set_p50" "$set_p99" "$set_bad"
echo "ratio settings/bare: $ratio (goal >= 0.70)"
awk -v r="$ratio" 'BEGIN {exit !(r >= 0.70)}'
