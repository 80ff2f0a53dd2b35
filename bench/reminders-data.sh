# Shared by the reminder bench scripts: practices linked to fresh EMIS sandbox organisations with
# generated appointment books. Source after lib.sh; needs BENCH_PORT set and the server up.
#   make_practices FROM TO DAYS SLOTS OFFSETS   (practices B<FROM>..B<TO>, reminders on)
KEY='Authorization: Bearer demo-platform-key'
JSON='Content-Type: application/json'

make_practice() {
  local i=$1 days=$2 slots=$3 offsets=$4 b="http://127.0.0.1:$BENCH_PORT"
  local cdb=$((700000000 + i)) ods
  ods=$(printf 'B%05d' "$i")
  local a="$b/sandbox/emis/admin/v1/organisations/$cdb"
  curl -sf -o /dev/null -X PUT -H "$JSON" "$a/users/practiceconnect" \
    -d '{"password":"Bench-Emis-Pass-1","rbacRole":"Clinical Practitioner Access Role","defaultRole":true,"enabled":true}'
  curl -sf -o /dev/null -X POST -H "$JSON" "$a/demo-data" \
    -d "{\"days\":$days,\"slotsPerDay\":$slots,\"patients\":120}"
  curl -sf -o /dev/null -X POST -H "$KEY" -H "$JSON" "$b/api/v1/practices" \
    -d "{\"odsCode\":\"$ods\",\"name\":\"Bench Surgery $i\"}"
  curl -sf -o /dev/null -X PUT -H "$KEY" -H "$JSON" "$b/api/v1/practices/$ods/emis-settings/organisation-id" \
    -d "{\"organisationId\":\"$cdb\"}"
  curl -sf -o /dev/null -X PUT -H "$KEY" -H "$JSON" "$b/api/v1/practices/$ods/emis-settings/api-user" \
    -d '{"username":"practiceconnect","password":"Bench-Emis-Pass-1"}'
  # a connection test makes the practice "healthy" for planning (the REST call, on a request
  # thread: the status sweep's own threads lost some checks under load at the time of writing)
  curl -sf -o /dev/null -X POST -H "$KEY" "$b/api/v1/practices/$ods/emis-settings/connection-test"
  curl -sf -o /dev/null -X PUT -H "$KEY" -H "$JSON" "$b/api/v1/practices/$ods/reminder-settings" \
    -d "{\"enabled\":true,\"offsets\":$offsets,\"windowStart\":\"00:00\",\"windowEnd\":\"23:59\",\"template\":\"Reminder from ((practice name)): ((date)) at ((time)) with ((clinician)). Cancel: ((cancel link))\",\"cancellationCutoff\":\"PT1H\"}"
}
export -f make_practice
export KEY JSON BENCH_PORT

make_practices() {
  local from=$1 to=$2 days=$3 slots=$4 offsets=$5
  seq "$from" "$to" | xargs -P "${MAKE_PARALLEL:-6}" -I{} bash -c "make_practice {} $days $slots '$offsets'"
}

# live heap in MB: the total of a class histogram, which runs a full GC first (more exact than
# G1's "used" after GC.run, which counts whole regions)
heap_after_gc() {
  jcmd "$BENCH_PID" GC.class_histogram | awk '/^Total/ {print int($3 / 1048576)}'
}

# seconds since the epoch with milliseconds
now_s() { date +%s.%N; }
