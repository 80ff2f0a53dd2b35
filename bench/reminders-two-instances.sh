#!/usr/bin/env bash
# Two instances on one PostgreSQL (both --nocluster: the database alone coordinates them) send the
# same queue of reminders at once; halfway through one is killed with SIGKILL. Then every reminder
# must be in the Notify sandbox (its outbox is the same database) exactly once, and the two together
# must have kept to the one rate limit (they split sms.rate-per-minute). Needs PostgreSQL on
# 127.0.0.1:5432 (user postgres). Usage: bench/reminders-two-instances.sh [practices]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
. bench/reminders-data.sh
PRACTICES=${1:-40}
DB=remind_two_$$
createdb -h 127.0.0.1 -U postgres "$DB"
export DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
export DB_USER=postgres DB_PASSWORD= REMINDERS_SCHEDULER_ENABLED=false SMS_LEASE_SECONDS=30
# both instances' Notify sandboxes keep one record of what was sent, as the real Notify would
export SANDBOX_DB_URL="$DB_URL" SANDBOX_DB_DATASOURCE_CLASS="$DB_DATASOURCE_CLASS"
export SANDBOX_DB_USER=postgres SANDBOX_DB_PASSWORD=
export SMS_NOTIFY_CONNECT_TIMEOUT_MS=2000 SMS_NOTIFY_READ_TIMEOUT_MS=5000 SMS_RATE_PER_MINUTE=3000
mkdir -p target/bench
start() { # port log -> pid
  java -Xmx768m -jar target/payara-micro.jar --deploy target/practice-connect.war --contextroot / \
    --deploy target/practice-connect-sandbox.war --prebootcommandfile server-config/pre-boot-commands.txt --port "$1" --nocluster > "target/bench/$2" 2>&1 &
  echo $!
}
up() { for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$1/api/v1/ping" >/dev/null && return 0; sleep 1; done; return 1; }
A=$(start 8196 two-a.log); up 8196
B=$(start 8197 two-b.log); up 8197
cleanup() { kill "$A" "$B" 2>/dev/null || true; wait 2>/dev/null || true; dropdb -h 127.0.0.1 -U postgres "$DB" || true; }
trap cleanup EXIT
for p in 8196 8197; do
  curl -sf -o /dev/null -X PUT -H "$JSON" "http://127.0.0.1:$p/sandbox/notify/admin/v1/settings" \
    -d '{"ratePerMinute":1000000,"burst":100000}'
done
BENCH_PORT=8196 make_practices 1 "$PRACTICES" 7 50 '["P7D"]'
run=$(curl -sf -X POST -H "$KEY" -H "Prefer: wait=600" "http://127.0.0.1:8196/api/v1/reminders/run")
echo "run on A: $run"
total=$(echo "$run" | sed 's/.*"handedToOutbox":\([0-9]*\).*/\1/')
count() { curl -sf "http://127.0.0.1:8197/sandbox/notify/admin/v1/messages/count" | sed 's/.*"count":\([0-9]*\).*/\1/'; }
while [ "$(count)" -lt $((total / 2)) ]; do sleep 1; done
echo "killing A (pid $A) with SIGKILL at $(count) of $total texts"; kill -9 "$A"
for _ in $(seq 1 300); do [ "$(count)" -ge "$total" ] && break; sleep 1; done
sleep 10
dups=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc \
  "select count(*) from (select reference from sbx_notify_message group by reference having count(*) > 1) d")
lost=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc \
  "select count(*) from sms_message m where not exists (select 1 from sbx_notify_message n where n.reference = m.reference)")
bysender=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select state, count(*) from sms_message group by state order by 1" | tr '\n' ' ')
# texts a minute reaching Notify from both instances together, over 20 s from 5 s after the first
both=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc \
  "select count(*) * 3 from sbx_notify_message, (select min(created_at) t0 from sbx_notify_message) f
   where created_at >= t0 + interval '5 seconds' and created_at < t0 + interval '25 seconds'")
printf '| texts | at Notify | references twice | outbox rows not at Notify | outbox states | both instances, texts a minute (limit 3,000) |\n|---|---|---|---|---|---|\n'
printf '| %s | %s | %s | %s | %s | %s |\n' "$total" "$(count)" "$dups" "$lost" "$bysender" "$both"
grep -h "left mid-send" target/bench/two-b.log | sed 's/.*\] //' | head -3 || true
[ "$dups" = 0 ] && [ "$lost" = 0 ]
