# Shared by the bench scripts: start the demo on a port of its own, wait for it, stop it.
# Needs: mvn -DskipTests package (target/practice-connect.war, target/practice-connect-sandbox.war,
# target/payara-micro.jar), wrk, curl.
BENCH_PORT=${BENCH_PORT:-8099}
# the server's JVM options (BENCH_JAVA_OPTS): bench_start's default -Xmx1g, bench_start_apart's
# production's (server-config/java-options)
BENCH_DIR=${BENCH_DIR:-target/bench}

# bench_ports_free PORT...: stops the run when something already listens on a port the benchmark
# server needs (a server left from an earlier run would answer in its place and be measured)
bench_ports_free() {
  local port
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is already in use (a server left from an earlier run?): stop it first" >&2
      return 1
    fi
  done
}

# bench_start [payara args]: the application and the stand-ins in one Payara Micro (the latency
# benchmarks: measured this way since they were written; a second JVM for the stand-ins on the
# same two cores made the booking run slower, see bench/README.md)
bench_start() {
  bench_ports_free "$BENCH_PORT" || return 1
  mkdir -p "$BENCH_DIR"; rm -rf "$BENCH_DIR/db"
  # the benchmarks measure throughput, far past a key's request limit (a script that measures the
  # limit itself sets API_RATE_LIMIT_REQUESTS before calling this)
  API_RATE_LIMIT_REQUESTS=${API_RATE_LIMIT_REQUESTS:-100000000} WEBHOOKS_ALLOW_HTTP_LOOPBACK=true \
  DB_URL="jdbc:h2:file:$PWD/$BENCH_DIR/db/pc;DB_CLOSE_ON_EXIT=FALSE" \
  SANDBOX_DB_URL="jdbc:h2:file:$PWD/$BENCH_DIR/db/sandbox;DB_CLOSE_ON_EXIT=FALSE" \
    java ${BENCH_JAVA_OPTS:--Xmx1g} -jar target/payara-micro.jar --deploy target/practice-connect.war \
      --contextroot / --deploy target/practice-connect-sandbox.war --prebootcommandfile server-config/pre-boot-commands.txt \
      --port "$BENCH_PORT" --nocluster "$@" > "$BENCH_DIR/server.log" 2>&1 &
  BENCH_PID=$!
  bench_wait "http://127.0.0.1:$BENCH_PORT/sandbox"
}

# bench_start_apart [payara args]: the application as production runs one instance (the image's
# start script, server-config/docker-start.sh: its JVM options, no data grid) on BENCH_PORT, and
# the stand-ins in a JVM of their own on BENCH_PORT + 10, so that bench_rss is the application
# server's memory alone
bench_start_apart() {
  local sandbox="http://127.0.0.1:$((BENCH_PORT + 10))/sandbox"
  bench_ports_free "$BENCH_PORT" "$((BENCH_PORT + 10))" || return 1
  mkdir -p "$BENCH_DIR"; rm -rf "$BENCH_DIR/db"
  SANDBOX_DB_URL="jdbc:h2:file:$PWD/$BENCH_DIR/db/sandbox;DB_CLOSE_ON_EXIT=FALSE" \
    java -Xmx384m -XX:+UseSerialGC -jar target/payara-micro.jar --deploy target/practice-connect-sandbox.war \
      --prebootcommandfile server-config/pre-boot-commands.txt --port "$((BENCH_PORT + 10))" --nocluster \
      > "$BENCH_DIR/sandbox.log" 2>&1 &
  BENCH_SANDBOX_PID=$!
  API_RATE_LIMIT_REQUESTS=${API_RATE_LIMIT_REQUESTS:-100000000} WEBHOOKS_ALLOW_HTTP_LOOPBACK=true \
  DEMO_GP_CONNECT_ENDPOINT="$sandbox/gpconnect/A81003/STU3/1/gpconnect" \
  EMIS_PARTNER_BASE_URL="$sandbox/emis/partner/v1" SMS_NOTIFY_BASE_URL="$sandbox/notify" \
  DB_URL="jdbc:h2:file:$PWD/$BENCH_DIR/db/pc;DB_CLOSE_ON_EXIT=FALSE" \
  DEPLOY_DIR=target PAYARA_MICRO_JAR=target/payara-micro.jar JAVA_OPTIONS="${BENCH_JAVA_OPTS:-}" \
    server-config/docker-start.sh --port "$BENCH_PORT" "$@" > "$BENCH_DIR/server.log" 2>&1 &
  BENCH_PID=$!
  bench_wait "$sandbox"
}

# bench_wait SANDBOX: until the application and the stand-ins both answer (the application answers
# before the stand-ins have finished deploying)
bench_wait() {
  for _ in $(seq 1 180); do
    if curl -sf "http://127.0.0.1:$BENCH_PORT/api/v1/ping" >/dev/null && curl -sf "$1/emis/admin/v1/faults" >/dev/null; then
      return 0
    fi
    sleep 1
  done
  echo "the server did not start; see $BENCH_DIR/server.log (and sandbox.log)" >&2; return 1
}

# bench_rss: the application server's resident memory now, printed against the goal
bench_rss() {
  echo "resident memory of the application server after the run: $(( $(ps -o rss= -p "$BENCH_PID") / 1024 )) MB (goal <= 700 MB)"
}

bench_stop() {
  local pid
  for pid in ${BENCH_PID:-} ${BENCH_SANDBOX_PID:-}; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; done
}

# wrk_rps URL [header] -> prints "requests/s p50 p99"
wrk_rps() {
  local url=$1 header=${2:-}
  local args=(-t2 -c32 -d"${BENCH_SECONDS:-20}"s --latency)
  [ -n "$header" ] && args+=(-H "$header")
  wrk "${args[@]}" "$url" | awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2}
    /^ +99%/ {p99=$2}
    /Non-2xx/ {bad=$NF}
    END {print rps, p50, p99, (bad==""?0:bad)}'
}

# bench_small_war DIR NAME: the WAR in bench/NAME built as DIR/NAME.war: its Java sources compiled
# against the platform API the product uses into WEB-INF/classes, every other file copied as it lies
bench_small_war() {
  local dir=$1 name=$2 api_jar war
  rm -rf "${dir:?}/$name"
  mkdir -p "$dir/$name/WEB-INF/classes"
  war=$(cd "$dir/$name" && pwd)
  api_jar=$(find ~/.m2/repository/jakarta/platform/jakarta.jakartaee-api -name 'jakarta.jakartaee-api-*.jar' | sort | tail -1)
  javac -d "$war/WEB-INF/classes" -cp "$api_jar" bench/"$name"/*.java
  (cd bench/"$name" && find . -type f ! -name '*.java' -exec cp --parents {} "$war/" \;)
  (cd "$war" && jar cf ../"$name".war .)
}

# bench_bare_war DIR: the one-class JAX-RS WAR (bench/bare) as DIR/bare.war; the speed figures are
# compared with it
bench_bare_war() { bench_small_war "$1" bare; }

# bench_ceiling_war DIR: the same resource in a WAR with CDI, Faces and a signed-in page area
# (bench/ceiling) as DIR/ceiling.war: what the container costs any WAR that also has pages
bench_ceiling_war() { bench_small_war "$1" ceiling; }

# bench_pages_open_war DIR: the same resource in a WAR with CDI and Faces, no signed-in area
# (bench/pages-open) as DIR/pages-open.war
bench_pages_open_war() { bench_small_war "$1" pages-open; }

# bench_api_only_war DIR: the same resource in a WAR with CDI and nothing else (bench/api-only) as
# DIR/api-only.war: what an API in a WAR of its own could reach
bench_api_only_war() { bench_small_war "$1" api-only; }

# median: the median of the numbers on standard input, one per line
median() {
  sort -g | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

# bench_interleaved FILE NAME=URL[|HEADER]...: warms each address up for WARM_SECONDS (default
# 60), then ROUNDS rounds (default 8) of SECONDS_PER_RUN-long runs (default 5) of the addresses one
# after the other (short interleaved rounds: this machine's speed drifts by the minute), printing
# each round with every figure's ratio to the first address's and writing the round's requests/s
# to FILE, one line per round ("round rps1 rps2 ...")
bench_interleaved() {
  local file=$1 round entry name url header rps bad line text; shift
  for entry in "$@"; do
    IFS='|' read -r url header <<< "${entry#*=}"
    BENCH_SECONDS=${WARM_SECONDS:-60} wrk_rps "$url" "$header" > /dev/null
  done
  : > "$file"
  for round in $(seq 1 "${ROUNDS:-8}"); do
    line=$round; text="round $round:"
    for entry in "$@"; do
      name=${entry%%=*}
      IFS='|' read -r url header <<< "${entry#*=}"
      read -r rps _ _ bad < <(BENCH_SECONDS=${SECONDS_PER_RUN:-5} wrk_rps "$url" "$header")
      [ "$bad" = 0 ] || echo "$name: $bad answers were not 2xx; the figure is not one of $name" >&2
      line+=" $rps"
      text+=" $name ${rps%.*}/s"
      [ "$entry" != "$1" ] && text+=" ($(awk -v a="$rps" -v b="${line#* }" 'BEGIN {split(b, f, " "); printf "%.2f", a / f[1]}'))"
      text+=","
    done
    echo "$line" >> "$file"
    echo "${text%,}"
  done
}

# bench_median_ratio FILE N: the median over FILE's rounds of the Nth address's ratio to the first's
bench_median_ratio() {
  awk -v n="$2" '{printf "%.3f\n", $(n + 1) / $2}' "$1" | median
}
