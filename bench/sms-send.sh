#!/usr/bin/env bash
# Sending: thousands of reminders due at once, sent through GOV.UK Notify's client to the Notify
# sandbox. Goal: a sustained rate >= 95 % of sms.rate-per-minute (default 3,000/min, so >= 2,850)
# and no 429 reaching the log as a failure. LIMIT=raised (default) lifts the sandbox's own limit out
# of the way; LIMIT=notify keeps Notify's 3,000/min, burst 1,000. Usage: bench/sms-send.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_PORT=${BENCH_PORT:-8491} # not 8099: other benches may run at the same time
. bench/lib.sh
. bench/reminders-data.sh
trap bench_stop EXIT
RATE=${RATE:-3000}
PRACTICES=${PRACTICES:-100}
WINDOW=${WINDOW:-120}
export REMINDERS_SCHEDULER_ENABLED=false SMS_RATE_PER_MINUTE=$RATE
bench_start
b="http://127.0.0.1:$BENCH_PORT"
if [ "${LIMIT:-raised}" = raised ]; then
  curl -sf -o /dev/null -X PUT -H "$JSON" "$b/sandbox/notify/admin/v1/settings" \
    -d '{"ratePerMinute":1000000,"burst":100000,"dailyLimit":100000000}'
fi
# every appointment of the coming week is due a reminder now ("7 days before" has passed)
make_practices 1 "$PRACTICES" 7 50 '["P7D"]'
health() { curl -sf "$b/health/ready" | sed "s/.*\"$1\":\"\([0-9]*\)\".*/\1/"; }
run=$(curl -sf -X POST -H "$KEY" -H "Prefer: wait=600" "$b/api/v1/reminders/run")
echo "run: $run" >&2
queued=$(health queued)
s0=$(health sent); t0=$(now_s)
sleep "$WINDOW"
s1=$(health sent); t1=$(now_s)
left=$(health queued)
rate=$(awk -v a="$s0" -v b="$s1" -v x="$t0" -v y="$t1" 'BEGIN {printf "%.0f", (b - a) * 60 / (y - x)}')
pct=$(awk -v r="$rate" -v c="$RATE" 'BEGIN {printf "%.1f", 100 * r / c}')
printf '| configured rate | sandbox limit | texts queued at start | sent in %ss | rate (per min) | %% of configured | still queued | 429s seen | failed |\n' "$WINDOW"
printf '|---|---|---|---|---|---|---|---|---|\n'
printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$RATE" "${LIMIT:-raised}" "$queued" "$((s1 - s0))" \
  "$rate" "$pct" "$left" "$(health throttledByNotify)" "$(health failed)"
[ "$left" -gt 0 ] || echo "the queue ran dry during the window: raise PRACTICES" >&2
awk -v p="$pct" 'BEGIN {exit !(p >= 95)}'
