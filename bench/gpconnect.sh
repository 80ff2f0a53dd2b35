#!/usr/bin/env bash
# Self-booking through GP Connect under load (issue 15): booking.sh's measurement for the demo's
# GP Connect practice, Parkside (A81003), against the provider stand-in, with 50 ms injected on
# every call to every stand-in provider (PUT /sandbox/gpconnect/admin/v1/providers/{ods}/faults):
#  1. slot search  GET /api/v1/practices/A81003/slots for 7 days, wrk 2 threads x 20 connections,
#     20 s after a 10 s warm-up. Goal: p95 <= latency + 50 ms.
#  2. booking      POST /api/v1/practices/A81003/bookings, each for its own free slot and one of
#     300 patients registered at the stand-in, wrk 2 x 4, 10 s. Goal: p95 <= 2 x latency + 100 ms.
# Then: the bookings that landed at the stand-in against the 201s and Practice Connect's confirmed
# bookings (must agree: nothing lost, nothing twice), and the FHIR calls each step cost by
# interaction (the stand-in's counter), which says where the time goes.
# PROFILE=1 records the booking run with Java Flight Recorder (bench/jfr-inclusive.py's table).
# Needs: mvn -DskipTests package, wrk, curl, python3 (and jcmd for PROFILE=1).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
trap bench_stop EXIT
trap 'echo "gpconnect.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR
ods=A81003
# the demo links A81003 to the stand-in on this server's port, over plain HTTP (stand-in only)
export GPCONNECT_ALLOW_PLAIN_HTTP=true
export DEMO_GP_CONNECT_ENDPOINT="http://127.0.0.1:$BENCH_PORT/sandbox/gpconnect/$ods/STU3/1/gpconnect"
bench_start
base="http://127.0.0.1:$BENCH_PORT"
key="demo-platform-key"
auth="Authorization: Bearer $key"
gpc="$base/sandbox/gpconnect/admin/v1"
latency=${PARTNER_LATENCY_MS:-50}
# shorter runs only to try the script out (SMOKE=1: 2 s each, figures meaningless)
if [ "${SMOKE:-0}" = 1 ]; then warm=1 search_s=2 whole_s=1 warm_book_s=1 book_s=2; else warm=10 search_s=20 whole_s=10 warm_book_s=3 book_s=10; fi
work="$BENCH_DIR/gpconnect"; rm -rf "$work"; mkdir -p "$work"
load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }

# the stand-in deploys beside the application; A81003's slots answer once both are up
for _ in $(seq 1 60); do
  curl -sf -H "$auth" "$base/api/v1/practices/$ods/slots?from=$(date -u -d '+1 day' +%Y-%m-%d)" \
    >/dev/null && curl -sf "$gpc/providers" >/dev/null && break
  sleep 1
done

# 300 patients the provider knows (its own five allow 5 x 20 future bookings at most)
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
  curl -sSf -X PUT -H 'Content-Type: application/json' \
    -d "{\"given\":\"Pat\",\"family\":\"Bench\",\"birthDate\":\"$dob\",\"postcode\":\"LS6 1AB\"}" \
    "$gpc/providers/$ods/patients/$nhs" >/dev/null
done < "$work/patients.txt"
# A81003 takes bookings over the API (not the open page: GP Connect keeps it off), 20 per patient
curl -sSf -X PUT -H "$auth" -H 'Content-Type: application/json' \
  -d '{"enabled":true,"openBooking":false,"weeksAhead":12,"minimumNoticeMinutes":120,"maxFutureBookings":20,"cancelCutoffMinutes":60,"showClinician":true,"slotTypes":[{"name":"Routine GP appointment","bookable":true},{"name":"Nurse appointment","bookable":true}]}' \
  "$base/api/v1/practices/$ods/booking-settings" >/dev/null
providers=$(curl -sSf "$gpc/providers" | json 'print(" ".join(p["odsCode"] for p in d["providers"]))')
for p in $providers; do
  curl -sSf -X PUT -H 'Content-Type: application/json' -d "{\"latencyMs\":$latency}" \
    "$gpc/providers/$p/faults" >/dev/null
done
calls() { curl -sSf "$gpc/providers/$ods/calls" | json 'print(json.dumps(d["calls"]))' > "$1"; }
# the calls between two snapshots, by interaction, and per unit of work
calls_between() {
  python3 - "$1" "$2" "$3" "$4" <<'PY'
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])); per, what = int(sys.argv[3]), sys.argv[4]
diff = {k: b.get(k, 0) - a.get(k, 0) for k in b if b.get(k, 0) != a.get(k, 0)}
total = sum(diff.values())
print(f"  provider calls: {total} ({', '.join(f'{k} {v}' for k, v in sorted(diff.items()))})"
      + (f"; {total / per:.3g} per {what}, {per} in all" if per else ""))
PY
}

week="from=$(date -u -d '+1 day' +%Y-%m-%d)&to=$(date -u -d '+8 days' +%Y-%m-%d)"
wrk -t2 -c20 -d${warm}s -H "$auth" "$base/api/v1/practices/$ods/slots?$week" >/dev/null   # warm up
calls "$work/c0"
search=$(wrk -t2 -c20 -d${search_s}s -H "$auth" -s bench/latency.lua "$base/api/v1/practices/$ods/slots?$week" | tail -1)
calls "$work/c1"
echo "slot search, 7 days (provider latency ${latency} ms, 20 connections): $search; $(load)"
calls_between "$work/c0" "$work/c1" "$(sed -E 's/.*requests ([0-9]+).*/\1/' <<< "$search")" search
whole=$(wrk -t2 -c20 -d${whole_s}s -H "$auth" -s bench/latency.lua "$base/api/v1/practices/$ods/slots" | tail -1)
echo "slot search, whole 12-week window (20 connections): $whole; $(load)"

appointments() {   # the stand-in's booked appointments: "id slotIds" a line
  curl -sSf "$gpc/providers/$ods/appointments" \
    | json '[print(a["id"], ",".join(a["slotIds"])) for a in d["appointments"] if a["status"] == "BOOKED"]'
}
curl -sSf -H "$auth" "$base/api/v1/practices/$ods/slots" \
  | json '[print(s["slotId"]) for s in d]' > "$work/slots.txt"
echo "free slots listed for booking: $(wc -l < "$work/slots.txt")"
# warm-up: 3 s of bookings with slots and patients of their own (the first slots, the last 20
# patients), so the measured run does not pay for the first bookings' class loading and compiling
head -n 60 "$work/slots.txt" > "$work/warm-slots.txt"
tail -n +61 "$work/slots.txt" > "$work/run-slots.txt"
tail -n 20 "$work/patients.txt" > "$work/warm-patients.txt"
BOOK_SLOTS="$work/warm-slots.txt" BOOK_PATIENTS="$work/warm-patients.txt" BOOK_KEY="$key" BOOK_THREADS=2 \
  wrk -t2 -c4 -d${warm_book_s}s -s bench/booking-post.lua "$base/api/v1/practices/$ods/bookings" >/dev/null
sleep 2
appointments > "$work/before.txt"
confirmed() {   # Practice Connect's confirmed bookings: "appointment id, slot id" a line
  curl -sSf -H "$auth" "$base/api/v1/practices/$ods/bookings?status=CONFIRMED&to=$(date -u -d '+90 days' +%Y-%m-%d)" \
    | json '[print(b["emisAppointmentId"], b["slot"]["slotId"]) for b in d]'
}
confirmed > "$work/confirmed-before.txt"
calls "$work/c2"
# PROFILE=1: Java Flight Recorder during the booking run, then where its samples went
[ "${PROFILE:-0}" = 1 ] && jcmd "$BENCH_PID" JFR.start name=b settings=profile filename="$PWD/$work/booking.jfr" >/dev/null
booking=$(BOOK_SLOTS="$work/run-slots.txt" BOOK_PATIENTS="$work/patients.txt" BOOK_KEY="$key" BOOK_THREADS=2 \
  wrk -t2 -c4 -d${book_s}s -s bench/booking-post.lua "$base/api/v1/practices/$ods/bookings" | tail -1)
if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$BENCH_PID" JFR.stop name=b >/dev/null
  python3 bench/jfr-inclusive.py "$work/booking.jfr" "${PATTERN:-}" "${TOP:-40}" > "$work/booking-profile.txt"
  echo "booking profile: $work/booking-profile.txt"
fi
echo "booking (provider latency ${latency} ms, 4 connections): $booking; $(load)"
sleep 3   # the requests still in flight when wrk stopped are bookings too
calls "$work/c3"
appointments > "$work/after.txt"
# the run's own: those confirmed now that were not before it (the warm-up's are left out)
confirmed | grep -vxF -f "$work/confirmed-before.txt" > "$work/confirmed.txt" || true
created=$(sed -nE 's/.*statuses .*201=([0-9]+).*/\1/p' <<< "$booking"); created=${created:-0}
# wrk drops the requests still in flight when it stops: the server finishes them unseen
unseen=$(( $(sed -E 's/.*sent ([0-9]+).*/\1/' <<< "$booking") - $(sed -E 's/.*requests ([0-9]+).*/\1/' <<< "$booking") ))
python3 - "$work/before.txt" "$work/after.txt" "$work/confirmed.txt" "$created" "$unseen" <<'PY'
import sys, collections
rows = lambda f: [l.split() for l in open(f) if l.strip()]
before = {r[0] for r in rows(sys.argv[1])}
landed = [r for r in rows(sys.argv[2]) if r[0] not in before]
confirmed = rows(sys.argv[3]); created = int(sys.argv[4]); unseen = int(sys.argv[5])
held = collections.Counter(s for r in rows(sys.argv[2]) for s in r[1].split(","))
twice = [s for s, n in held.items() if n > 1]
ours = {r[0] for r in confirmed}; theirs = {r[0] for r in landed}
print(f"bookings landed at the stand-in: {len(landed)}; 201 answers: {created}"
      f" (+ {unseen} requests in flight when wrk stopped); confirmed in Practice Connect: {len(confirmed)}")
print(f"  confirmed here but not at the stand-in (lost): {len(ours - theirs)};"
      f" at the stand-in but not confirmed here: {len(theirs - ours)}; slots held twice: {len(twice)}")
same = len(landed) == len(confirmed) and ours == theirs and not twice
print("  " + ("no lost or double bookings" if same else "MISMATCH: see above")
      + (f"; every 201 landed" if created <= len(landed) <= created + unseen else "; 201s and landed DIFFER"))
PY
calls_between "$work/c2" "$work/c3" "$(( $(wc -l < "$work/after.txt") - $(wc -l < "$work/before.txt") ))" booking
# one booking at a time (slots from the end of the list, patients next to the warm-up's, unused above): what a
# booking costs without the others queueing beside it, against its floor of calls x latency
calls "$work/c4"
paste -d, <(tail -20 "$work/slots.txt") <(tail -40 "$work/patients.txt" | head -20) | while IFS=, read -r slot nhs dob; do
  curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -X POST -H "$auth" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: bench-alone-$slot" \
    -d "{\"slotId\":\"$slot\",\"nhsNumber\":\"$nhs\",\"dateOfBirth\":\"$dob\",\"surname\":\"Bench\"}" \
    "$base/api/v1/practices/$ods/bookings"
done > "$work/alone.txt"
calls "$work/c5"
python3 - "$work/alone.txt" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]; ms = sorted(float(t) * 1000 for _, t in rows)
codes = sorted({c for c, _ in rows})
print(f"bookings one at a time: {len(ms)} ({','.join(codes)}), p50 {ms[len(ms) // 2]:.0f} ms, max {ms[-1]:.0f} ms")
PY
calls_between "$work/c4" "$work/c5" "$(wc -l < "$work/alone.txt")" booking
echo "  ($(load))"
for p in $providers; do curl -sSf -X DELETE "$gpc/providers/$p/faults" >/dev/null; done
load
