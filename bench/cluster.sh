#!/usr/bin/env bash
# Three instances of the production WAR (the stand-ins beside each, as in the demo) on one
# PostgreSQL, clustered by Payara's data grid (explicit TCP members on loopback, never multicast),
# behind HAProxy (server-config/haproxy.cfg: health checks on /health/ready, sticky staff sessions).
# Under a mixed load through HAProxy (REST reads, page views, bookings racing for slots, reminder
# texts being sent) it:
#   1. at ~20 s: signs a practice manager in on node1, fills a form, kills node1 with SIGKILL and
#      sends the form to node2 (bench/cluster-session.py: no new sign-in, nothing lost);
#   2. at ~40 s: brings node1 back;
#   3. then restarts all three one at a time as an upgrade would: out of HAProxy (runtime API),
#      its requests finished, SIGTERM, start, wait for ready, back in;
#   4. keeps the load on AFTER_SECONDS (20) more, then stops it.
# Then prints: requests and failed requests (goal <= 0.1 %), lost writes (bookings answered 201 but
# not confirmed here or not in the EMIS stand-in), double bookings (here and in the stand-in),
# texts sent twice and texts lost (outbox rows that never reached the Notify stand-in).
# Set-up shared with bench/cluster-planning.sh: bench/cluster-lib.sh.
# Needs: PostgreSQL on 127.0.0.1:5432 (postgres, trust), haproxy, socat, wrk, python3 with requests,
# mvn -DskipTests package. Usage: bench/cluster.sh   (the load lasts as long as the faults take)
set -euo pipefail
cd "$(dirname "$0")/.."
AFTER=${AFTER_SECONDS:-20}
work=target/bench/cluster; rm -rf "$work"; mkdir -p "$work"
# the database, the three instances, HAProxy, lb and drain (the runtime API), cleanup on exit
. bench/cluster-lib.sh
cluster_init
cluster_up
haproxy_up

# data for the load: booking patients and slots in the EMIS stand-in, reminders due now
. bench/reminders-data.sh
BENCH_PORT=8201
admin="http://127.0.0.1:8201/sandbox/emis/admin/v1"
python3 - "$work/patients.txt" <<'PY'
import sys, datetime
out = open(sys.argv[1], "w"); n = 999400000; found = 0
while found < 200:
    s = sum(int(d) * (10 - i) for i, d in enumerate(str(n))); c = 11 - s % 11; c = 0 if c == 11 else c
    if c != 10:
        out.write(f"{n}{c},{datetime.date(1960, 1, 1) + datetime.timedelta(days=41 * found)}\n"); found += 1
    n += 1
PY
while IFS=, read -r nhs dob; do
  curl -sf -o /dev/null -X PUT -H "$JSON" -d "{\"surname\":\"Bench\",\"forenames\":\"Pat\",\"dateOfBirth\":\"$dob\",\"postcode\":\"LS6 1AB\",\"mobile\":\"07700900999\",\"smsConsent\":false}" \
    "$admin/organisations/50001/patients/$nhs"
done < "$work/patients.txt"
curl -sf -o /dev/null -X PUT -H "$KEY" -H "$JSON" \
  -d '{"enabled":true,"openBooking":true,"weeksAhead":12,"minimumNoticeMinutes":120,"maxFutureBookings":20,"cancelCutoffMinutes":60,"showClinician":true,"slotTypes":[{"name":"Routine GP appointment","bookable":true},{"name":"Nurse appointment","bookable":true},{"name":"Telephone consultation","bookable":true}]}' \
  "$LB/api/v1/practices/A81001/booking-settings"
MAKE_PARALLEL=3 make_practices 1 12 2 40 '["P2D"]'
texts_before=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from sbx_notify_message")

echo "load through HAProxy until the faults are over: REST reads, page views, bookings racing, reminder texts"
load_start=$(date +%s)
# wrk runs until interrupted (it prints its figures on SIGINT); the booking racer until the stop file
wrk -t1 -c4 -d3600s -H "$KEY" "$LB/api/v1/practices/A81001/emis-settings" > "$work/reads.txt" 2>&1 &
W1=$!
wrk -t1 -c4 -d3600s "$LB/book/A81001" > "$work/pages.txt" 2>&1 &
W2=$!
python3 bench/cluster-bookings.py "$LB" demo-a81001-key "$work/patients.txt" "$work/stop" 6 "$work/created.txt" > "$work/bookings.json" 2> "$work/bookings.err" &
W3=$!
curl -sf -o /dev/null -X POST -H "$KEY" "$LB/api/v1/reminders/run" || echo "reminder run refused"
sleep 20
echo "-- $(date +%T) session check: sign in on node1, fill a form, SIGKILL node1, send the form to node2"
session=$(python3 bench/cluster-session.py http://127.0.0.1:8201 http://127.0.0.1:8202 kill -9 "${PID[1]}" 2>&1) && session_ok=yes || session_ok=NO
echo "$session" | sed 's/^/   /'
sleep 20
echo "-- $(date +%T) node1 back"
start 1; ready 1
for n in 1 2 3; do
  echo "-- $(date +%T) rolling restart: node$n (taken out of HAProxy, its requests finished, stopped, started, put back)"
  drain "$n"
  kill "${PID[$n]}"; wait "${PID[$n]}" 2>/dev/null || true
  start "$n"; ready "$n"
  lb "set server instances/node$n state ready" >/dev/null
done
echo "-- $(date +%T) restarts done; load goes on for $AFTER s"
sleep "$AFTER"
kill -INT "$W1" "$W2"; touch "$work/stop"
wait "$W1" "$W2" "$W3" || true
LOAD=$(( $(date +%s) - load_start ))
sleep 15   # texts in flight settle

reqs() { awk '/requests in/ {r=$1} /Non-2xx/ {b=$NF} /Socket errors/ {gsub(",",""); e=$4+$6+$8+$10} END {print r+0, b+e+0}' "$1"; }
read -r r_reads f_reads < <(reqs "$work/reads.txt")
read -r r_pages f_pages < <(reqs "$work/pages.txt")
b=$(cat "$work/bookings.json")
r_book=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['requests'])" "$b")
f_book=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['failed'])" "$b")
created=$(grep -c . "$work/created.txt" || true)
q() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }
ids=$(sed "s/.*/'&'/" "$work/created.txt" | paste -sd, -)
lost_here=0; [ -n "$ids" ] && lost_here=$(q "select $created - count(*) from booking where booking_ref in ($ids) and status = 'CONFIRMED'")
double_here=$(q "select count(*) from (select practice_id, slot_id from booking where status = 'CONFIRMED' group by 1, 2 having count(*) > 1) d")
double_emis=$(q "select count(*) from (select slot_id from sbx_emis_appointment where status = 'BOOKED' group by 1 having count(*) > 1) d")
not_in_emis=$(q "select count(*) from booking b where b.status = 'CONFIRMED' and b.channel = 'API' and not exists (select 1 from sbx_emis_appointment a where a.id::text = b.appointment_id and a.status = 'BOOKED')")
texts=$(( $(q "select count(*) from sbx_notify_message") - texts_before ))
dup_texts=$(q "select count(*) from (select reference from sbx_notify_message group by reference having count(*) > 1) d")
lost_texts=$(q "select count(*) from sms_message m where m.state in ('SENT','DELIVERED') and not exists (select 1 from sbx_notify_message n where n.reference = m.reference)")
total=$((r_reads + r_pages + r_book)); failed=$((f_reads + f_pages + f_book))
echo
printf '| load | requests | failed | failed %% | bookings 201 | lost writes | double bookings (here / EMIS stand-in) | confirmed not in EMIS | texts sent | texts twice | texts lost | session survived SIGKILL |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n'
printf '| %s s | %s | %s | %s | %s | %s | %s / %s | %s | %s | %s | %s | %s |\n' "$LOAD" "$total" "$failed" \
  "$(python3 -c "print(round(100*$failed/max(1,$total),3))")" "$created" "$lost_here" "$double_here" "$double_emis" \
  "$not_in_emis" "$texts" "$dup_texts" "$lost_texts" "$session_ok"
echo "(reads $r_reads/$f_reads failed, pages $r_pages/$f_pages, booking calls $r_book/$f_book; bookings: $b)"
echo "(HAProxy: $(lb "show stat" | awk -F, '$1 == "instances" && $2 == "BACKEND" {print $16 " requests sent again after a connection failure, " $17 " to another instance"}'))"
