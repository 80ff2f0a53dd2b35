#!/usr/bin/env bash
# The connection test's latency with 50 ms injected into every partner call (sandbox faults).
# One test = a fresh logon, then the seven API-call probes in parallel: 8 partner calls, about two
# round trips of waiting. Goal: p95 <= 10 x 50 ms + 100 ms = 600 ms. Also the test of A81002
# (Allow Login unticked: it stops after the logon) and, for reference, the same without latency.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
trap bench_stop EXIT
EMIS_STATUS_CHECK_ENABLED=false bench_start
base="http://127.0.0.1:$BENCH_PORT"
auth="Authorization: Bearer demo-platform-key"
runs=${RUNS:-40}

# times (ms) of $runs connection tests of practice $1, after 15 warm-up runs (JIT)
measure() {
  local ods=$1 i
  for i in $(seq 1 $((runs + 15))); do
    curl -s -o /dev/null -w '%{time_total}\n' -X POST -H "$auth" \
      "$base/api/v1/practices/$ods/emis-settings/connection-test"
  done | tail -n "$runs" | awk '{printf "%d\n", $1 * 1000}' | sort -n | awk '
    {v[NR] = $1; s += $1}
    END {printf "%d %d %d %d %d\n", v[int(NR * .5 + .5)], v[int(NR * .95 + .5)], v[NR], s / NR, NR}'
}

faults() { curl -sf -X PUT -H 'Content-Type: application/json' -d "$1" \
  "$base/sandbox/emis/admin/v1/faults" >/dev/null; }

curl -sf -X DELETE "$base/sandbox/emis/admin/v1/faults" >/dev/null
read -r n_p50 n_p95 n_max n_avg n < <(measure A81001)
faults '{"call":"*","latencyMs":50}'
read -r p50 p95 max avg n < <(measure A81001)
read -r b_p50 b_p95 b_max b_avg n < <(measure A81002)
curl -sf -X DELETE "$base/sandbox/emis/admin/v1/faults" >/dev/null

printf '| practice | partner latency | runs | p50 ms | p95 ms | max ms | mean ms |\n|---|---|---|---|---|---|---|\n'
printf '| A81001 (passes: 8 calls) | none | %s | %s | %s | %s | %s |\n' "$runs" "$n_p50" "$n_p95" "$n_max" "$n_avg"
printf '| A81001 (passes: 8 calls) | 50 ms | %s | %s | %s | %s | %s |\n' "$runs" "$p50" "$p95" "$max" "$avg"
printf '| A81002 (fails at logon: 1 call) | 50 ms | %s | %s | %s | %s | %s |\n' "$runs" "$b_p50" "$b_p95" "$b_max" "$b_avg"
echo "goal: p95 <= 600 ms with 50 ms partner latency; measured p95 $p95 ms"
[ "$p95" -le 600 ]
