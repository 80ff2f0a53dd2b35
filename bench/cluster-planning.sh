#!/usr/bin/env bash
# Reminder planning at national size across the cluster (issue 13): three instances on one
# PostgreSQL behind HAProxy (bench/cluster-lib.sh, as bench/cluster.sh), PRACTICES practices (6,500)
# each with about APPOINTMENTS (300) booked appointments in the planning window (the next 8 days) in
# the EMIS stand-in, every EMIS call 50 ms late (the stand-in's fault injection, set on every
# instance: the faults live in each instance's memory), the reminder schedule and the text sender off
# so that only the measured run plans. One planning run is asked for through HAProxy
# (POST /api/v1/reminders/run, the platform key), as the support desk would; the schedule starts the
# same run on one instance at a time (Jobs.everyOnceShared). Either way the other instances join the
# run within 5 s (Jobs.helpWith) and each practice is planned once, by whichever instance takes its
# lease first: the EMIS calls per instance show the split. RUNS=3 asks three at once (HAProxy sends
# them to the three instances): they all join one run, and each answers with the whole run's figures.
# Prints one markdown table row: practices, practices planned, reminders planned, EMIS calls (per
# instance: which instance did the work), wall time of the run, database size and the reminder
# table's size before / after, each instance's heap after GC and RSS after the run; and the set-up
# time per practice (to predict the full run's set-up).
# Needs: PostgreSQL on 127.0.0.1:5432 (postgres, trust), haproxy, socat, python3,
# mvn -DskipTests package. Usage: PRACTICES=60 bench/cluster-planning.sh
#   PRACTICES (6500), APPOINTMENTS (300), OFFSETS ('["PT2H"]'), PLAN_THREADS (16),
#   BOOKS (sql: see "The appointment books" below; rest: the stand-in's demo-data call),
#   MAKE_PARALLEL (12 practices set up at a time, spread over the three instances), RUNS (1)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${PRACTICES:-6500}
APPTS=${APPOINTMENTS:-300}
OFFSETS=${OFFSETS:-'["PT2H"]'}
BOOKS=${BOOKS:-sql}
RUNS=${RUNS:-1}
work=target/bench/cluster-planning; rm -rf "$work"; mkdir -p "$work"
export REMINDERS_SCHEDULER_ENABLED=false SMS_SENDER_ENABLED=false
export REMINDERS_PLAN_THREADS=${PLAN_THREADS:-16}
# the EMIS status check (every instance, each practice every 15 minutes: about 7 checks a second at
# 6,500 practices) is on in production; off here unless STATUS_CHECK=on, so that the EMIS calls
# counted are planning's own (the practices stay healthy: the state of their last check is stored)
[ "${STATUS_CHECK:-off}" = on ] || export EMIS_STATUS_CHECK_ENABLED=false
# 6,500 practices x 300 appointments take one instance minutes: more heap than cluster.sh's
export CLUSTER_JAVA_OPTS=${CLUSTER_JAVA_OPTS:--Xmx1g}
# a loaded shared machine has taken over 4 minutes to start an instance
export READY_SECONDS=${READY_SECONDS:-900}
. bench/cluster-lib.sh
. bench/reminders-data.sh
q() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }
cluster_init
cluster_up
haproxy_up server-config/haproxy.cfg

# Slots per working day so that about APPTS are booked in the window: the stand-in books about a
# third of its slots, on working days only; the window (now to now + 8 days) holds the working days
# from tomorrow to a week today, plus parts of today and of the eighth day (about one day between).
workdays=$(python3 -c "
import datetime; t = datetime.date.today()
print(max(1, sum((t + datetime.timedelta(d)).weekday() < 5 for d in range(0, 9)) - 1))")
SLOTS=$(python3 -c "import math; print(min(336, math.ceil($APPTS / 0.33 / $workdays)))")
echo "set-up: $N practices, $SLOTS slots a working day over 9 days ($workdays working days in the window), offsets $OFFSETS, books by $BOOKS"

# The appointment books. BOOKS=rest: the stand-in's demo-data call makes each book (a practice's
# ~1,000 slots and ~330 appointments inserted by JPA on the instance that received the call).
# BOOKS=sql (the default): the demo-data call makes only each organisation's patients, clinicians
# and slot types (one day of one slot), then one INSERT ... SELECT over generate_series writes every
# organisation's sessions, slots and appointments straight into the stand-in's tables (same
# timetable shape as DemoBooks: four clinicians, a morning and an afternoon session each, about a
# third of slots booked). Measured here with PRACTICES=60: see the set-up rate printed below, and
# bench/README.md for why the default is sql.
# The practices themselves (practice, EMIS organisation id and user, connection test, reminder
# settings) go through the product's REST API in both cases, MAKE_PARALLEL at a time spread over
# the three instances: the connection test is what makes a practice "healthy" for planning, and the
# REST route keeps the product's own rules (encrypted EMIS password, settings validation).
make_one() { # i days slots
  BENCH_PORT=$((8201 + $1 % 3)) make_practice "$1" "$2" "$3" "$OFFSETS"
}
export -f make_one; export OFFSETS
t_setup=$(date +%s.%N)
if [ "$BOOKS" = rest ]; then
  seq 1 "$N" | xargs -P "${MAKE_PARALLEL:-12}" -I{} bash -c "make_one {} 9 $SLOTS"
else
  seq 1 "$N" | xargs -P "${MAKE_PARALLEL:-12}" -I{} bash -c "make_one {} 1 1"
  t_books=$(date +%s.%N)
  # ids far above the stand-in's sequences (which Hibernate takes 50 at a time), so the stand-in's
  # own inserts never meet them
  bench_orgs="select id from sbx_emis_organisation where cdb in (select (700000000 + g)::text from generate_series(1, $N) g)"
  # the one-slot day the demo-data call made goes, so every day of the window has the same shape
  q "delete from sbx_emis_appointment where organisation_id in ($bench_orgs);
     delete from sbx_emis_slot where organisation_id in ($bench_orgs);
     delete from sbx_emis_session where organisation_id in ($bench_orgs)" > /dev/null
  q "
  with org as (
    select o.id, (select array_agg(p.id order by p.id) from sbx_emis_patient p where p.organisation_id = o.id) pats,
           (select array_agg(c.id order by c.id) from sbx_emis_clinician c where c.organisation_id = o.id) cls,
           (select array_agg(t.id order by t.id) from sbx_emis_slot_type t where t.organisation_id = o.id) types
    from sbx_emis_organisation o where o.id in ($bench_orgs)),
  day as (
    select (current_date + d)::date d from generate_series(0, 8) d
    where extract(isodow from current_date + d) < 6),
  ses as (
    insert into sbx_emis_session (id, organisation_id, clinician_id, session_date, starts_at, ends_at, site, slot_length_minutes)
    select 100000000000 + row_number() over (), org.id, org.cls[1 + c], day.d,
           (day.d + s.starts) at time zone 'Europe/London', (day.d + s.starts + interval '210 minutes') at time zone 'Europe/London',
           'Main surgery', greatest(5, 210 / greatest(1, ceil($SLOTS / 8.0)::int))
    from org cross join day cross join generate_series(0, 3) c
         cross join (values (time '08:30'), (time '13:30')) s(starts)
    where cardinality(org.cls) >= 4
    returning id, organisation_id, starts_at, slot_length_minutes),
  slot as (
    insert into sbx_emis_slot (id, organisation_id, session_id, slot_type_id, starts_at, duration_minutes, status)
    select 100000000000 + row_number() over (), ses.organisation_id, ses.id, org.types[1 + i % cardinality(org.types)],
           ses.starts_at + make_interval(mins => i * ses.slot_length_minutes), ses.slot_length_minutes,
           case when random() < 0.33 then 'BOOKED' else 'FREE' end
    from ses join org on org.id = ses.organisation_id
         cross join generate_series(0, greatest(1, ceil($SLOTS / 8.0)::int) - 1) i
    returning id, organisation_id, starts_at, status)
  insert into sbx_emis_appointment (id, organisation_id, slot_id, patient_id, status, reason, booked_at)
  select 100000000000 + row_number() over (), slot.organisation_id, slot.id,
         org.pats[1 + (slot.id % cardinality(org.pats))], 'BOOKED', 'Medication review',
         least(now(), slot.starts_at) - interval '3 days'
  from slot join org on org.id = slot.organisation_id
  where slot.status = 'BOOKED'" > /dev/null
  books_s=$(awk -v a="$t_books" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
fi
setup_s=$(awk -v a="$t_setup" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
in_window=$(q "select round(count(*)::numeric / greatest(1, count(distinct a.organisation_id)), 0) from sbx_emis_appointment a
  join sbx_emis_slot s on s.id = a.slot_id join sbx_emis_organisation o on o.id = a.organisation_id
  where a.status = 'BOOKED' and o.cdb like '7000%' and s.starts_at between now() and now() + interval '8 days'")
healthy=$(q "select count(*) from reminder_settings where enabled")
echo "set-up: ${setup_s} s ($(awk -v s="$setup_s" -v n="$N" 'BEGIN {printf "%.3f", s / n}') s a practice${books_s:+; the SQL books ${books_s} s of it}); ~$in_window booked appointments a bench practice in the window; $healthy practices with reminders on"

for p in 8201 8202 8203; do
  curl -sf -o /dev/null -X PUT -H "$JSON" "http://127.0.0.1:$p/sandbox/emis/admin/v1/faults" \
    -d '{"call":"*","latencyMs":50,"errorRate":0,"timeoutRate":0}'
done
# EMIS calls each instance's stand-in has answered since its fault was set (each instance calls the
# stand-in beside it, emis.partner.base-url): so also which instance planned
emis_calls() {
  curl -sf "http://127.0.0.1:$1/sandbox/emis/admin/v1/faults" |
    python3 -c "import json,sys; print(sum(f.get('applied', 0) for f in json.load(sys.stdin)['faults']))"
}
db_size() { q "select pg_database_size(current_database()) / 1048576 || ' / ' || pg_total_relation_size('reminder') / 1048576"; }
size0=$(db_size)
heap() { jcmd "${PID[$1]}" GC.class_histogram | awk '/^Total/ {print int($3 / 1048576)}'; }
rss() { echo $(( $(ps -o rss= -p "${PID[$1]}") / 1024 )); }
heap0="$(heap 1) / $(heap 2) / $(heap 3)"

# requests each instance has answered through HAProxy (stot): the run's goes to one of them
served() { lb "show stat" | awk -F, '$1 == "instances" && $2 ~ /^node/ {print $8}' | paste -sd' '; }
read -r -a served0 <<< "$(served)"
t0=$(date +%s.%N)
runs=()
# a run: POST (waiting 30 s at most, under HAProxy's timeout), then, while it answers 202, read the
# run again by its start (any instance, through HAProxy) until it is over
run_one() {
  local r=$1 started
  curl -s -X POST -H "$KEY" -H "Prefer: wait=30" -o "$work/run$r.json" -w '%{http_code}\n' \
    "$LB/api/v1/reminders/run" > "$work/run$r.code"
  started=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1])).get('startedAt', ''))" "$work/run$r.json" 2>/dev/null || true)
  # until it says DONE: a 503 from HAProxy (every instance's health check slow under the run's load
  # on this one machine) or any other error is asked again, for an hour at most
  local until=$(( $(date +%s) + 3600 ))
  while ! grep -q '"state":"DONE"' "$work/run$r.json" && [ "$(date +%s)" -lt "$until" ] && [ -n "$started" ]; do
    sleep 5
    curl -s -H "$KEY" -o "$work/run$r.poll" -w '%{http_code}\n' "$LB/api/v1/reminders/runs/$started" > "$work/run$r.pollcode" || true
    if [ "$(cat "$work/run$r.pollcode")" = 200 ]; then
      cp "$work/run$r.poll" "$work/run$r.json"; echo 200 > "$work/run$r.code"
    else
      echo "run $r: read again, HTTP $(cat "$work/run$r.pollcode")" >&2
    fi
  done
}
for r in $(seq 1 "$RUNS"); do
  run_one "$r" &
  runs+=($!)
done
wait "${runs[@]}"
secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
read -r -a served1 <<< "$(served)"
for n in 0 1 2; do
  d=$(( served1[n] - served0[n] )); [ "$d" -gt 0 ] && echo "node$((n + 1)) answered $d run request(s) (HAProxy)" >&2
done
for r in $(seq 1 "$RUNS"); do echo "run $r: HTTP $(cat "$work/run$r.code") $(cat "$work/run$r.json")" >&2; done
# each answer counts the whole run (every instance's share): the largest, should runs overlap
sum() { python3 -c "
import json, sys
t = 0
for f in sys.argv[2:]:
    try: t = max(t, json.load(open(f)).get(sys.argv[1], 0))
    except Exception: pass
print(t)" "$1" "$work"/run*.json; }
calls="$(emis_calls 8201) / $(emis_calls 8202) / $(emis_calls 8203)"
size1=$(db_size)
heaps="$(heap 1) / $(heap 2) / $(heap 3)"
rsss="$(rss 1) / $(rss 2) / $(rss 3)"
echo
printf '| practices (bench + demo) | appointments a practice | runs | practices planned | skipped / failed | reminders planned | not planned | EMIS calls node1 / 2 / 3 | run s (wall, through HAProxy) | planning s (server) | DB MB before / after | reminder table MB before / after | heap after GC MB node1 / 2 / 3 (before -> after) | RSS MB node1 / 2 / 3 | set-up s a practice |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'
printf '| %s | ~%s | %s | %s | %s / %s | %s | %s | %s | %s | %s | %s / %s | %s / %s | %s -> %s | %s | %s |\n' \
  "$(sum practices)" "$in_window" "$RUNS" "$(sum planned)" "$(sum skipped)" "$(sum failed)" "$(sum remindersPlanned)" \
  "$(sum remindersNotPlanned)" "$calls" "$secs" "$(awk -v m="$(sum millis)" 'BEGIN {printf "%.1f", m / 1000}')" \
  "${size0% / *}" "${size1% / *}" "${size0#* / }" "${size1#* / }" "$heap0" "$heaps" "$rsss" \
  "$(awk -v s="$setup_s" -v n="$N" 'BEGIN {printf "%.3f", s / n}')"
