#!/usr/bin/env bash
# The status check of 1,000 practices in one sweep with 50 ms injected into every partner call.
# Creates the practices (REST API) and their sandbox organisations (sandbox admin face), one in ten
# with Allow Login unticked, then times POST /api/v1/integration-status/sweep, which checks every
# practice (a full connection test each: logon + 7 calls), emis.status-check.concurrency at a time.
# Goal: <= 60 s. The periodic check is switched off so that it does not run alongside.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
trap bench_stop EXIT
EMIS_STATUS_CHECK_ENABLED=false bench_start
base="http://127.0.0.1:$BENCH_PORT"
auth="Authorization: Bearer demo-platform-key"
count=${PRACTICES:-1000}
parallel=${PARALLEL:-16}
export base auth

make_one() {
  local i=$1 ods cdb allow
  ods=$(printf 'B%05d' "$i"); cdb=$((700000000 + i)); allow=true
  [ $((i % 10)) -eq 0 ] && allow=false
  curl -sf -o /dev/null -X PUT -H 'Content-Type: application/json' \
    -d '{"password":"Bench-Emis-Pass-1","rbacRole":"Clinical Practitioner Access Role","defaultRole":true}' \
    "$base/sandbox/emis/admin/v1/organisations/$cdb/users/practiceconnect"
  [ "$allow" = false ] && curl -sf -o /dev/null -X PUT -H 'Content-Type: application/json' \
    -d '{"allowLogin":false,"autoLogin":true}' \
    "$base/sandbox/emis/admin/v1/organisations/$cdb/users/practiceconnect/login-access"
  curl -sf -o /dev/null -X POST -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"odsCode\":\"$ods\",\"name\":\"Bench Practice $i\"}" "$base/api/v1/practices"
  curl -sf -o /dev/null -X PUT -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"organisationId\":\"$cdb\"}" "$base/api/v1/practices/$ods/emis-settings/organisation-id"
  curl -sf -o /dev/null -X PUT -H "$auth" -H 'Content-Type: application/json' \
    -d '{"username":"practiceconnect","password":"Bench-Emis-Pass-1"}' \
    "$base/api/v1/practices/$ods/emis-settings/api-user"
}
export -f make_one

start=$(date +%s)
seq 1 "$count" | xargs -P "$parallel" -I{} bash -c 'make_one {}'
echo "set up $count practices and organisations in $(( $(date +%s) - start )) s"

curl -sf -X PUT -H 'Content-Type: application/json' -d '{"call":"*","latencyMs":50}' \
  "$base/sandbox/emis/admin/v1/faults" >/dev/null
sweep() { curl -sf -X POST -H "$auth" --max-time 900 -w ' %{time_total}' "$base/api/v1/integration-status/sweep"; }
# the first sweep finds every practice changed (stores each test, audits, writes inbox notices);
# the second is the steady state (nothing changed: no test stored)
first=$(sweep)
second=$(sweep)
curl -sf -X DELETE "$base/sandbox/emis/admin/v1/faults" >/dev/null
echo "first sweep:  $first"
echo "second sweep: $second"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
seconds=$(echo "$first" | awk '{print $NF}')
echo "goal: <= 60 s for $((count + 2)) practices with 50 ms partner latency; first sweep took $seconds s"
awk -v s="$seconds" 'BEGIN {exit !(s <= 60)}'
