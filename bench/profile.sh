#!/usr/bin/env bash
# Where a request's time goes: starts the demo server (the bare and ceiling WARs beside it), warms
# the address up with wrk (30 s, WARM_SECONDS; the JIT's second tier comes late with production's
# options), then records Java Flight Recorder's profile settings during a second wrk run and
# prints the share of samples in each layer a request passes through (bench/jfr-inclusive.py).
#   bench/profile.sh /api/v1/ping
#   bench/profile.sh /api/v1/practices/A81001/emis-settings "Authorization: Bearer demo-a81001-key"
#   bench/profile.sh /book/A81001 "" 16
# Several addresses in one go: PATHS="/bare/ping /ceiling/api/ping /api/v1/ping" bench/profile.sh
# Needs: mvn -DskipTests package, wrk, a JDK (javac, jar, jcmd, jfr), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
trap bench_stop EXIT
work="$BENCH_DIR/profile"; rm -rf "$work"; mkdir -p "$work"
bench_bare_war "$work"
bench_ceiling_war "$work"
bench_start_apart --deploy "$work/bare.war" --deploy "$work/ceiling.war"
base="http://127.0.0.1:$BENCH_PORT"
header=${2:-}
conns=${3:-32}
for path in ${PATHS:-$1}; do
  args=(-t2 -c"$conns")
  [ -n "$header" ] && args+=(-H "$header")
  wrk "${args[@]}" -d"${WARM_SECONDS:-30}"s "$base$path" > /dev/null
  name=$(echo "$path" | tr -c 'a-zA-Z0-9\n' '_')
  jcmd "$BENCH_PID" JFR.start name=p settings=profile filename="$PWD/$work/$name.jfr" > /dev/null
  rps=$(wrk "${args[@]}" -d20s "$base$path" | awk '/Requests\/sec/ {print $2}')
  jcmd "$BENCH_PID" JFR.stop name=p > /dev/null
  echo "== $path: $rps requests/s while recording ($work/$name.jfr)"
  python3 bench/jfr-inclusive.py "$work/$name.jfr" "${PATTERN:-}" "${TOP:-40}"
done
