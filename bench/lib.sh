# Shared by the bench scripts: start the demo WAR on a port of its own, wait for it, stop it.
# Needs: mvn -DskipTests package (target/practice-connect.war, target/practice-connect-sandbox.war,
# target/payara-micro.jar), wrk, curl.
BENCH_PORT=${BENCH_PORT:-8099}
# the server's JVM options (BENCH_JAVA_OPTS, default -Xmx1g)
BENCH_DIR=${BENCH_DIR:-target/bench}

bench_start() {
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
  for _ in $(seq 1 180); do
    # both WARs: the application answers before the stand-ins beside it have finished deploying
    if curl -sf "http://127.0.0.1:$BENCH_PORT/api/v1/ping" >/dev/null \
        && curl -sf "http://127.0.0.1:$BENCH_PORT/sandbox/emis/admin/v1/faults" >/dev/null; then
      return 0
    fi
    sleep 1
  done
  echo "the server did not start; see $BENCH_DIR/server.log" >&2; return 1
}

bench_stop() { [ -n "${BENCH_PID:-}" ] && kill "$BENCH_PID" 2>/dev/null; wait "$BENCH_PID" 2>/dev/null || true; }

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

# bench_bare_war DIR: the one-class JAX-RS WAR (bench/bare) built as DIR/bare.war, compiled against
# the platform API the product uses; the speed figures are compared with it
bench_bare_war() {
  local dir=$1 api_jar
  mkdir -p "$dir/bare/WEB-INF/classes"
  api_jar=$(find ~/.m2/repository/jakarta/platform/jakarta.jakartaee-api -name 'jakarta.jakartaee-api-*.jar' | sort | tail -1)
  javac -d "$dir/bare/WEB-INF/classes" -cp "$api_jar" bench/bare/BarePing.java
  cp bench/bare/WEB-INF/web.xml "$dir/bare/WEB-INF/"
  (cd "$dir/bare" && jar cf ../bare.war .)
}
