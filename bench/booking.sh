#!/usr/bin/env bash
# Self-booking under load, with 50 ms injected partner latency (every EMIS sandbox call):
#  1. slot search  GET /api/v1/practices/A81001/slots, wrk 2 threads x 20 connections, 20 s.
#     Goal: p95 <= partner latency + 50 ms (the per-practice slot list is cached for a few seconds).
#  2. booking      POST /api/v1/practices/A81001/bookings, each for its own free slot, wrk 2 x 4,
#     10 s. Goal: p95 <= 2 x partner latency + 100 ms (a patient match and a booking in EMIS).
#  3. with WEBHOOK_ENDPOINTS=5: after one more booking run to warm up, ROUNDS (3) rounds of a run
#     without endpoints and a run with 5 endpoints registered for booking.confirmed (a local
#     receiver), so the difference can be read against the spread of the runs without; each round
#     says how long after its run the receiver had every event. Goal: booking p95 unchanged within
#     noise; delivery keeps up.
# Needs: mvn -DskipTests package, wrk, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
trap bench_stop EXIT
bench_start
base="http://127.0.0.1:$BENCH_PORT"
key="demo-a81001-key"
auth="Authorization: Bearer $key"
admin="$base/sandbox/emis/admin/v1"
latency=${PARTNER_LATENCY_MS:-50}
work="$BENCH_DIR/booking"; mkdir -p "$work"

# patients of the demo organisation (CDB 50001) for the booking run, and more free slots
python3 - "$work/patients.txt" <<'PY'
import sys, datetime
out = open(sys.argv[1], "w"); n = 999300000; found = 0
while found < 300:
    s = sum(int(d) * (10 - i) for i, d in enumerate(str(n))); c = 11 - s % 11; c = 0 if c == 11 else c
    if c != 10:
        out.write(f"{n}{c},{datetime.date(1960, 1, 1) + datetime.timedelta(days=37 * found)}\n"); found += 1
    n += 1
PY
while IFS=, read -r nhs dob; do
  curl -sf -X PUT -H 'Content-Type: application/json' \
    -d "{\"surname\":\"Bench\",\"forenames\":\"Pat\",\"dateOfBirth\":\"$dob\",\"postcode\":\"LS6 1AB\",\"mobile\":\"07700900999\",\"smsConsent\":false}" \
    "$admin/organisations/50001/patients/$nhs" >/dev/null
done < "$work/patients.txt"
python3 - "$work/new-slots.txt" <<'PY'
import sys, datetime
out = open(sys.argv[1], "w"); today = datetime.datetime.utcnow().date()
for day in range(22, 51):   # days beyond the demo book: 100 five-minute GP slots a day
    d = datetime.datetime.combine(today + datetime.timedelta(days=day), datetime.time(8, 0))
    for m in range(100):
        t = (d + datetime.timedelta(minutes=5 * m)).strftime("%Y-%m-%dT%H:%M:00Z")
        out.write(f'{{"start":"{t}","durationMinutes":5,"slotType":"Routine GP appointment","clinician":"Dr Bench {m % 4}"}}\n')
PY
while read -r slot; do
  curl -sf -X POST -H 'Content-Type: application/json' -d "$slot" "$admin/organisations/50001/slots" >/dev/null
done < "$work/new-slots.txt"
# the practice allows plenty of bookings per patient for the run
curl -sf -X PUT -H "$auth" -H 'Content-Type: application/json' \
  -d '{"enabled":true,"openBooking":true,"weeksAhead":12,"minimumNoticeMinutes":120,"maxFutureBookings":20,"cancelCutoffMinutes":60,"showClinician":true,"slotTypes":[{"name":"Routine GP appointment","bookable":true},{"name":"Nurse appointment","bookable":true},{"name":"Telephone consultation","bookable":true}]}' \
  "$base/api/v1/practices/A81001/booking-settings" >/dev/null

curl -sf -X PUT -H 'Content-Type: application/json' -d "{\"call\":\"*\",\"latencyMs\":$latency}" "$admin/faults" >/dev/null
# a patient-sized search: the next 7 days (GP Connect caps a slot search at 14 days)
week="from=$(date -u -d '+1 day' +%Y-%m-%d)&to=$(date -u -d '+8 days' +%Y-%m-%d)"
wrk -t2 -c20 -d10s -H "$auth" "$base/api/v1/practices/A81001/slots?$week" >/dev/null   # warm up
search=$(wrk -t2 -c20 -d20s -H "$auth" -s bench/latency.lua "$base/api/v1/practices/A81001/slots?$week" | tail -1)
echo "slot search, 7 days (partner latency ${latency} ms, 20 connections): $search"
whole=$(wrk -t2 -c20 -d10s -H "$auth" -s bench/latency.lua "$base/api/v1/practices/A81001/slots" | tail -1)
echo "slot search, whole 12-week window, ~2,000 slots (20 connections): $whole"

book_run() {
  curl -sf -H "$auth" "$base/api/v1/practices/A81001/slots" \
    | python3 -c 'import json,sys; [print(s["slotId"]) for s in json.load(sys.stdin)]' > "$work/slots.txt"
  BOOK_SLOTS="$work/slots.txt" BOOK_PATIENTS="$work/patients.txt" BOOK_KEY="$key" BOOK_THREADS=2 \
    wrk -t2 -c4 -d10s -s bench/booking-post.lua "$base/api/v1/practices/A81001/bookings" | tail -1
}
echo "booking (partner latency ${latency} ms, 4 connections): $(book_run)"
count_bookings() {
  curl -sf -H "$auth" "$base/api/v1/practices/A81001/bookings?to=$(date -u -d '+90 days' +%Y-%m-%d)" \
    | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'
}
endpoints=${WEBHOOK_ENDPOINTS:-0}
rounds=${ROUNDS:-3}
if [ "$endpoints" -gt 0 ]; then
  receiver_port=$((BENCH_PORT + 1))
  python3 bench/receiver.py "$receiver_port" > "$work/receiver.log" 2>&1 &
  receiver_pid=$!
  trap 'kill $receiver_pid 2>/dev/null; bench_stop' EXIT
  sleep 1
  hooks="$base/api/v1/practices/A81001/webhook-endpoints"
  p95() { sed -E 's/.*p95 ([0-9.]+) ms.*/\1/' <<< "$1"; }
  book_run > /dev/null   # one more run to warm up, so the rounds compare like with like
  without_p95=(); with_p95=()
  for round in $(seq 1 "$rounds"); do
    off=$(book_run)
    ids=()
    for i in $(seq 1 "$endpoints"); do
      out=$(curl -sf -X POST -H "Authorization: Bearer demo-platform-key" -H 'Content-Type: application/json' \
        -d "{\"url\":\"http://127.0.0.1:$receiver_port/hook-$i\",\"events\":[\"booking.confirmed\"]}" "$hooks")
      ids+=("$(echo "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')")
    done
    received=$(curl -sf "http://127.0.0.1:$receiver_port/count")
    before=$(count_bookings)
    on=$(book_run)
    end_ms=$(date +%s%3N)
    sleep 1   # the requests still in flight when wrk stopped are bookings too
    made=$(( $(count_bookings) - before ))
    want=$((received + made * endpoints))
    while [ "$(curl -sf "http://127.0.0.1:$receiver_port/count")" -lt "$want" ]; do
      sleep 0.1
      [ $(( $(date +%s%3N) - end_ms )) -gt 300000 ] && break
    done
    lag_ms=$(( $(curl -sf "http://127.0.0.1:$receiver_port/last") - end_ms ))
    got=$(( $(curl -sf "http://127.0.0.1:$receiver_port/count") - received ))
    for id in "${ids[@]}"; do
      curl -sf -X DELETE -H "Authorization: Bearer demo-platform-key" "$hooks/$id" >/dev/null
    done
    echo "round $round without endpoints: $off"
    echo "round $round with $endpoints endpoints:  $on"
    echo "round $round deliveries: $got of $((made * endpoints)) ($made bookings x $endpoints endpoints), the last ${lag_ms} ms after the run ended (negative: before it)"
    without_p95+=("$(p95 "$off")"); with_p95+=("$(p95 "$on")")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  echo "booking p95 without endpoints: ${without_p95[*]} ms (median $(median "${without_p95[@]}"))"
  echo "booking p95 with $endpoints endpoints: ${with_p95[*]} ms (median $(median "${with_p95[@]}"))"
fi
curl -sf -X DELETE "$admin/faults" >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "bookings in EMIS from this run: $(count_bookings)"
