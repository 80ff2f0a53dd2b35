#!/usr/bin/env bash
# Speed next to the bare server, all in one run, each figure printed:
#  1. start-up: the production WAR alone in production mode (fresh H2) from launch to the API's
#     first answer and to /health/ready answering 200, as the image starts it (a root directory
#     prepared when the image is built) and from the bare jar and WAR. Goal: <= 15 s.
#  2. in one Payara Micro with the product, a one-class JAX-RS WAR (bench/bare) and the same class in
#     a WAR with CDI, Faces and signed-in pages (bench/ceiling), started as in 1 (the stand-ins in
#     a JVM of their own, bench/lib.sh):
#     wrk 2 threads x 32 connections, 20 s each after all five were warmed up for 10 s, two rounds
#     (each figure the better of its two runs), requests/s of
#       GET /bare/ping (the bare endpoint), GET /ceiling/api/ping (what the container leaves to
#       any WAR with pages), GET /api/v1/ping (goal >= 0.9 of the bare endpoint),
#       GET /api/v1/practices/A81001/emis-settings (goal >= 0.7 of it),
#       GET /book/A81001, the patient landing page (16 connections; goal >= 2,000/s, and no session).
#  3. 100,000 anonymous visits to the landing page: heap used after a full GC before and after.
#  4. resident memory of the application's server after all that (goal <= 700 MB).
#  5. the weight of a staff page's first load and of a repeat load, in a real browser
#     (bench/page-weight.py; needs python3 selenium and chromium). Goal: first load <= 200 KB.
# Needs: mvn -DskipTests package, wrk, curl, a JDK (javac, jar, jcmd).
# ONLY_STARTUP=1 stops after the start-up figures.
# PROFILE=1 also records the two ping runs with Java Flight Recorder and prints the layers
# they spent their time in (bench/jfr-inclusive.py).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
trap bench_stop EXIT
work="$BENCH_DIR/speed"; rm -rf "$work"; mkdir -p "$work"
bench_bare_war "$work"
bench_ceiling_war "$work"

# 1. start-up: the production WAR alone, as production runs one instance (the image's start
#    script with its JVM options and no data grid, demo off, keys of its own, EMIS and Notify at
#    outside addresses, which readiness does not call), fresh H2; when the API first answers, and
#    when /health/ready first says UP. Twice: from the root directory the image prepares when it is
#    built (server-config/split-war.sh, prepare-instance.sh: Payara and the WAR unpacked, Hibernate,
#    the JDBC drivers and FHIR libraries on the server's class path, a class archive), and
#    from the bare payara-micro.jar and WAR (what a start outside the image does)
port=$((BENCH_PORT + 2))
prepare_t0=$(date +%s)
server-config/split-war.sh target/practice-connect.war "$work/split"
SERVER_LIBS="$work/split/lib" server-config/prepare-instance.sh "$work/instance" target/payara-micro.jar "$work/split/practice-connect.war"
echo "(preparing the root directory, a step of the image's build: $(( $(date +%s) - prepare_t0 )) s)"
starts=0
time_start() { # label root-dir-or-empty
  rm -rf "$work/startup-db"
  starts=$((starts + 1))
  local t0 answered_ms="" startup_pid
  t0=$(date +%s%3N)
  DEMO_ENABLED=false HTTP_SECURE_COOKIES=true \
  CREDENTIALS_KEYS="bench:$(head -c32 /dev/urandom | base64)" CREDENTIALS_ACTIVE_KEY=bench \
  PLATFORM_FIRST_ADMIN_USERNAME=support.lead PLATFORM_FIRST_ADMIN_PASSWORD="$(head -c24 /dev/urandom | base64)" \
  EMIS_PARTNER_BASE_URL=https://partner.emis.invalid/api \
  SMS_NOTIFY_BASE_URL=https://notify.invalid SMS_NOTIFY_API_KEY="bench-$(cat /proc/sys/kernel/random/uuid)-$(cat /proc/sys/kernel/random/uuid)" \
  DB_URL="jdbc:h2:file:$PWD/$work/startup-db/pc;DB_CLOSE_ON_EXIT=FALSE" PAYARA_ROOT_DIR="$2" \
  DEPLOY_DIR=target PAYARA_MICRO_JAR=target/payara-micro.jar JAVA_OPTIONS="${BENCH_JAVA_OPTS:-}" \
    server-config/docker-start.sh --port "$port" > "$work/startup-$starts.log" 2>&1 &
  startup_pid=$!
  # asked four times a second: fewer processes beside the starting server on two cores (the
  # figure's resolution is a quarter of a second)
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    if [ -z "$answered_ms" ] && curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/ping"; then
      answered_ms=$(( $(date +%s%3N) - t0 ))
    fi
    sleep 0.25
    [ $(( $(date +%s%3N) - t0 )) -gt 180000 ] && { echo "not ready within 3 minutes" >&2; break; }
  done
  startup_ms=$(( $(date +%s%3N) - t0 ))
  startup_rss=$(( $(ps -o rss= -p "$startup_pid") / 1024 ))
  kill "$startup_pid"; wait "$startup_pid" 2>/dev/null || true
  awk -v l="$1" -v a="${answered_ms:-$startup_ms}" -v r="$startup_ms" -v m="$startup_rss" 'BEGIN {
    printf "start-up (%s): the API answers after %.1f s, /health/ready after %.1f s (goal <= 15 s); %d MB resident when ready\n", l, a / 1000, r / 1000, m }'
}
# single starts vary by 2-4 s on two cores: the prepared start three times, and its median
prepared_ms=()
for n in 1 2 3; do
  time_start "the image's way, prepared root directory, start $n" "$PWD/$work/instance"
  prepared_ms+=("$startup_ms")
done
median_ms=$(printf '%s\n' "${prepared_ms[@]}" | sort -n | sed -n 2p)
awk -v m="$median_ms" 'BEGIN { printf "start-up from the prepared root directory, median of three: %.1f s (goal <= 15 s)\n", m / 1000 }'
time_start "from payara-micro.jar and the WAR" ""
if [ -n "${ONLY_STARTUP:-}" ]; then
  exit 0
fi

# 2. the endpoints, next to the bare one
bench_start_apart --deploy "$work/bare.war" --deploy "$work/ceiling.war"
base="http://127.0.0.1:$BENCH_PORT"
key="Authorization: Bearer demo-a81001-key"
measure() { # name url [header] [connections]
  local conns=${4:-32} args
  args=(-t2 -c"$conns" --latency)
  [ -n "${3:-}" ] && args+=(-H "$3")
  wrk "${args[@]}" -d"${BENCH_SECONDS:-20}"s "$2" | awk '/Requests\/sec/ {print $2} /Non-2xx/ {print "non-2xx:" $NF > "/dev/stderr"}'
}
# every address warmed up first (10 s each), so none is measured while the JIT still works on the
# server's shared code
warm() { wrk -t2 -c"${3:-32}" -d10s ${2:+-H "$2"} "$1" > /dev/null; }
warm "$base/bare/ping"; warm "$base/ceiling/api/ping"; warm "$base/api/v1/ping"
warm "$base/api/v1/practices/A81001/emis-settings" "$key"; warm "$base/book/A81001" "" 16
if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$BENCH_PID" JFR.start name=ping settings=profile filename="$PWD/$work/ping.jfr" > /dev/null
fi
best() { echo "$1 $2" | awk '{print ($1 > $2 ? $1 : $2)}'; }
# two rounds over the four addresses; each figure is the better of its two runs (the JIT keeps
# improving the server's shared code for minutes, and the bare endpoint gains from it as ours do)
round() {
  r_bare=$(measure bare "$base/bare/ping")
  r_ceiling=$(measure ceiling "$base/ceiling/api/ping")
  r_ping=$(measure ping "$base/api/v1/ping")
  r_settings=$(measure settings "$base/api/v1/practices/A81001/emis-settings" "$key")
  r_landing=$(measure landing "$base/book/A81001" "" 16)
}
round
bare=$r_bare; ceiling=$r_ceiling; ping=$r_ping; settings=$r_settings; landing=$r_landing
if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$BENCH_PID" JFR.stop name=ping > /dev/null
  echo "where the time went in the first round (bench/profile.sh profiles one address):"
  python3 bench/jfr-inclusive.py "$work/ping.jfr" "" 30
fi
round
echo "first round: bare $bare, ceiling $ceiling, ping $ping, settings $settings, landing $landing; second: bare $r_bare, ceiling $r_ceiling, ping $r_ping, settings $r_settings, landing $r_landing"
bare=$(best "$bare" "$r_bare"); ceiling=$(best "$ceiling" "$r_ceiling"); ping=$(best "$ping" "$r_ping")
settings=$(best "$settings" "$r_settings"); landing=$(best "$landing" "$r_landing")
cookie=$(curl -s -D - -o /dev/null "$base/book/A81001" | grep -ci '^set-cookie' || true)
ratio() { echo "$1 $2" | awk '{printf "%.2f", $1 / $2}'; }
echo "| endpoint | requests/s | vs the bare endpoint | goal |"
echo "| --- | --- | --- | --- |"
echo "| bare JAX-RS GET /bare/ping | $bare | 1 | |"
echo "| the bare resource in a WAR with CDI, Faces and signed-in pages, GET /ceiling/api/ping (bench/ceiling) | $ceiling | $(ratio "$ceiling" "$bare") | |"
echo "| GET /api/v1/ping | $ping | $(ratio "$ping" "$bare") | >= 0.9 |"
echo "| GET /api/v1/practices/A81001/emis-settings | $settings | $(ratio "$settings" "$bare") | >= 0.7 |"
echo "| patient landing page GET /book/A81001 (16 connections) | $landing | $(ratio "$landing" "$bare") | >= 2,000/s |"
echo "session cookies set by a plain visit to the landing page: $cookie (goal 0)"

# 3. heap before and after 100,000 anonymous visits
heap_used() { # heap in use after a full collection, in MB
  jcmd "$BENCH_PID" GC.run > /dev/null
  sleep 1
  # the Java heap's generations (G1: one line; serial: young and tenured), summed; awk reads to the
  # end (no early exit): jcmd must not die of a closed pipe under pipefail
  jcmd "$BENCH_PID" GC.heap_info | awk '/(heap|generation) +total/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); kb += v}} END {print int(kb / 1024)}'
}
before=$(heap_used)
t0=$(date +%s%3N)
visits=0
while [ "$visits" -lt "${VISITS:-100000}" ]; do   # wrk runs for a time, not a count: 10 s at a time
  made=$(wrk -t2 -c16 -d10s "$base/book/A81001" | awk '/requests in/ {print $1}')
  visits=$((visits + made))
done
visits_s=$(( ($(date +%s%3N) - t0) / 1000 ))
# resident memory under load (before the full GC below, which lets the heap shrink if the JVM options
# allow it) and after it
loaded_rss=$(( $(ps -o rss= -p "$BENCH_PID") / 1024 ))
after=$(heap_used)
echo "heap in use after a full GC: $before MB before, $after MB after $visits anonymous visits to the landing page (in ${visits_s} s)"

# 4. resident memory
echo "resident memory of the application server at the end of the load: $loaded_rss MB"
bench_rss

if [[ "${BENCH_JAVA_OPTS:-}" == *NativeMemoryTracking* ]]; then
  echo "where the resident memory is (Native Memory Tracking, committed):"
  jcmd "$BENCH_PID" VM.native_memory summary | awk '/^-/ && /committed=/ {sub(/^- */, ""); print "  " $0}'
fi

# 5. page weight in a real browser
if python3 -c 'import selenium' 2>/dev/null && [ -x /usr/bin/chromium ]; then
  python3 bench/page-weight.py "$base"
else
  echo "page weight: skipped (needs python3 selenium and /usr/bin/chromium)"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
