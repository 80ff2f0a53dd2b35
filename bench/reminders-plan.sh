#!/usr/bin/env bash
# Planning: N practices x about 100 booked appointments each, EMIS answering every call 50 ms late
# (sandbox fault injection), the sender off (planning only). Goal: 1,000 practices in <= 60 s on one
# node, heap after GC flat from 100 to 1,000 practices. Usage: bench/reminders-plan.sh [N...]
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_PORT=${BENCH_PORT:-8491} # not 8099: other benches may run at the same time
. bench/lib.sh
. bench/reminders-data.sh
trap bench_stop EXIT
export REMINDERS_SCHEDULER_ENABLED=false SMS_SENDER_ENABLED=false
export REMINDERS_PLAN_THREADS=${PLAN_THREADS:-16}
SIZES=("${@:-100 1000}")
printf '| practices | practices planned | reminders planned | not planned (with reason) | planning s (server) | run s (wall, incl. hand-over) | heap after GC before / after (MB) |\n|---|---|---|---|---|---|---|\n'
for n in ${SIZES[@]}; do
  bench_start
  b="http://127.0.0.1:$BENCH_PORT"
  make_practices 1 "$n" 8 50 '["P1D"]'
  curl -sf -o /dev/null -X PUT -H "$JSON" "$b/sandbox/emis/admin/v1/faults" \
    -d '{"call":"*","latencyMs":50,"errorRate":0,"timeoutRate":0}'
  heap0=$(heap_after_gc)
  t0=$(now_s)
  out=$(curl -sf -X POST -H "$KEY" -H "Prefer: wait=600" "$b/api/v1/reminders/run")
  t1=$(now_s)
  field() { echo "$out" | sed "s/.*\"$1\":\([0-9]*\).*/\1/"; }
  heap=$(heap_after_gc)
  # HISTO=1: what the heap holds after the run (largest classes), to tell caches from leaks
  [ -n "${HISTO:-}" ] && jcmd "$BENCH_PID" GC.class_histogram | head -14 >&2
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')
  echo "run: $out" >&2
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$(field planned)" "$(field remindersPlanned)" \
    "$(field remindersNotPlanned)" "$(awk -v m="$(field millis)" 'BEGIN {printf "%.1f", m / 1000}')" "$secs" "$heap0 / $heap"
  bench_stop
done
