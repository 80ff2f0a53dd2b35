#!/usr/bin/env bash
# Webhook delivery rate: N events queued at once (written straight into the outbox tables, as the
# features' transactions write them) for E endpoints on a local receiver (python3, 204 to every
# POST), timed until the receiver has them all. E=1 measures one endpoint's in-order stream (one
# event at a time, each waiting for the answer to the one before); E=8 lets the sender's threads
# work side by side. On PostgreSQL (a database of its own, dropped afterwards).
# Usage: bench/webhooks.sh            (N=2000 per endpoint; E=1 then E=8)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-8492}
RECEIVER_PORT=${RECEIVER_PORT:-8493}
N=${N:-2000}
DIR=target/bench-webhooks
mkdir -p "$DIR"
db="bench_webhooks_$$"
createdb -h 127.0.0.1 -U postgres "$db"
psql_q() { psql -h 127.0.0.1 -U postgres -d "$db" -qtAc "$1"; }

python3 bench/receiver.py "$RECEIVER_PORT" > "$DIR/receiver.log" 2>&1 &
RECEIVER_PID=$!

DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
DB_USER=postgres DB_PASSWORD= WEBHOOKS_ALLOW_HTTP_LOOPBACK=true REMINDERS_SCHEDULER_ENABLED=false \
BOOKING_RECONCILE_ENABLED=false \
  java -Xmx1g -jar target/payara-micro.jar --deploy target/practice-connect.war --contextroot / \
    --deploy target/practice-connect-sandbox.war --prebootcommandfile server-config/pre-boot-commands.txt \
    --port "$PORT" --nocluster > "$DIR/server.log" 2>&1 &
SERVER_PID=$!
cleanup() {
  kill "$SERVER_PID" "$RECEIVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  dropdb -h 127.0.0.1 -U postgres --if-exists "$db" || true
}
trap cleanup EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/api/v1/ping" >/dev/null && break
  sleep 1
done
b="http://127.0.0.1:$PORT/api/v1/practices/A81001/webhook-endpoints"
KEY="Authorization: Bearer demo-platform-key"
practice=$(psql_q "select id from practice where ods_code = 'A81001'")
received() { curl -sf "http://127.0.0.1:$RECEIVER_PORT/count"; }
now_ms() { date +%s%3N; }

printf '| endpoints | events each | delivered | seconds | deliveries/s | failed tries |\n|---|---|---|---|---|---|\n'
for E in ${ENDPOINTS:-1 8}; do
  ids=()
  for i in $(seq 1 "$E"); do
    out=$(curl -sf -X POST -H "$KEY" -H "Content-Type: application/json" "$b" \
      -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/e$E-$i\",\"events\":[\"booking.confirmed\"]}")
    ids+=("$(echo "$out" | sed 's/.*"id":"\([^"]*\)".*/\1/')")
  done
  in_list=$(printf "'%s'," "${ids[@]}"); in_list=${in_list%,}
  before=$(received)
  t0=$(now_ms)
  psql_q "
    insert into webhook_event (message_id, practice_id, type, occurred_at, body)
      select 'msg_bench_${E}_' || g, $practice, 'BOOKING_CONFIRMED', now(),
        '{\"type\":\"booking.confirmed\",\"timestamp\":\"2026-12-02T09:00:00Z\",\"data\":{\"bookingId\":\"bk_' || g || '\"}}'
      from generate_series(1, $N) g;
    insert into webhook_delivery (event_id, endpoint_id, state, tries, queued_at, next_try_at)
      select ev.id, ep.id, 'PENDING', 0, now(), now()
      from webhook_event ev cross join webhook_endpoint ep
      where ev.message_id like 'msg_bench_${E}_%' and ep.public_id in ($in_list)
      order by ev.id, ep.id;"
  want=$((before + N * E))
  while [ "$(received)" -lt "$want" ]; do
    sleep 0.2
    if [ $(( $(now_ms) - t0 )) -gt 600000 ]; then echo "gave up after 10 minutes" >&2; break; fi
  done
  t1=$(now_ms)
  got=$(( $(received) - before ))
  failed=$(psql_q "select coalesce(sum(tries - 1), 0) from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id where e.public_id in ($in_list) and d.state = 'DELIVERED'")
  awk -v e="$E" -v n="$N" -v g="$got" -v ms="$((t1 - t0))" -v f="$failed" \
    'BEGIN {printf "| %d | %d | %d | %.1f | %.0f | %s |\n", e, n, g, ms / 1000, g * 1000 / ms, f}'
done
