# Shared by the cluster bench scripts (cluster.sh, cluster-planning.sh): three instances of the
# production WAR (the stand-ins beside each, as in the demo) on one fresh PostgreSQL database,
# clustered by Payara's data grid (explicit TCP members on loopback, never multicast), behind
# HAProxy (server-config/haproxy.cfg). Source it after setting `work` (a directory for the logs)
# and exporting any settings the instances should see, then:
#   cluster_init               creates the database and removes it (and stops everything) on exit
#   start N / ready N          starts node N (port 820N, data grid port 591N) / waits until ready
#   cluster_up                 starts the three and waits for them (READY_SECONDS each, 240)
#   haproxy_up [CONFIG]        starts HAProxy on $LB (default server-config/haproxy.cfg)
#   lb COMMAND / drain N       HAProxy's runtime API / an upgrade's first step for node N
# Needs: PostgreSQL on 127.0.0.1:5432 (postgres, trust), haproxy, socat,
# mvn -DskipTests package. CLUSTER_JAVA_OPTS: each instance's JVM options (default -Xmx700m).
DB=pc_cluster_$$
LB=http://127.0.0.1:8300
export DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
export DB_USER=postgres DB_PASSWORD=
# the stand-ins keep their state in the same database, so EMIS and Notify look the same from every
# instance (as the real services would)
export SANDBOX_DB_URL="$DB_URL" SANDBOX_DB_DATASOURCE_CLASS="$DB_DATASOURCE_CLASS" SANDBOX_DB_USER=postgres SANDBOX_DB_PASSWORD=
export API_RATE_LIMIT_REQUESTS=100000000 GPCONNECT_ALLOW_PLAIN_HTTP=true HTTP_TRUSTED_PROXIES=127.0.0.1
MEMBERS=127.0.0.1:5911,127.0.0.1:5912,127.0.0.1:5913
declare -A PID

cluster_init() {
  createdb -h 127.0.0.1 -U postgres "$DB"
  trap cleanup EXIT
}
start() { # n: node n on port 820n, data grid port 591n
  java ${CLUSTER_JAVA_OPTS:--Xmx700m} -jar target/payara-micro.jar --deploy target/practice-connect.war --contextroot / \
    --deploy target/practice-connect-sandbox.war --prebootcommandfile server-config/pre-boot-commands.txt \
    --port "820$1" --clustermode "tcpip:$MEMBERS" --startport "591$1" --interfaces 127.0.0.1 \
    --hzpublicaddress 127.0.0.1 --name "node$1" --nohostaware >> "$work/node$1.log" 2>&1 &
  PID[$1]=$!
}
ready() { for _ in $(seq 1 "${READY_SECONDS:-240}"); do curl -sf -o /dev/null "http://127.0.0.1:820$1/health/ready" && return 0; sleep 1; done; echo "node$1 not ready" >&2; return 1; }
cluster_up() {
  local t0; t0=$(date +%s)
  start 1; ready 1          # the first seeds the demo data and migrates; the others join it
  start 2; start 3; ready 2; ready 3
  echo "three instances ready in $(( $(date +%s) - t0 )) s; data grid: $(grep -ho 'DG Size: [0-9]*' "$work/node3.log" | tail -1)"
}
haproxy_up() {
  haproxy -f "${1:-server-config/haproxy.cfg}" > "$work/haproxy.log" 2>&1 &
  HAPROXY=$!
  for _ in $(seq 1 30); do curl -sf -o /dev/null "$LB/api/v1/ping" && break; sleep 1; done
}
cleanup() {
  for p in "${PID[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "${HAPROXY:-}" ] && kill "$HAPROXY" 2>/dev/null || true
  wait 2>/dev/null || true
  dropdb -h 127.0.0.1 -U postgres --if-exists "$DB" || true
}
# HAProxy's runtime API (the stats socket in server-config/haproxy.cfg)
lb() { echo "$1" | socat stdio UNIX-CONNECT:/tmp/practice-connect-haproxy.sock; }
# an upgrade's first step for an instance: no new requests (staff sessions move too: they live in
# the data grid), then wait up to 10 s for those it is still answering
drain() {
  lb "set server instances/node$1 state maint" >/dev/null
  for _ in $(seq 1 50); do
    [ "$(lb "show stat" | awk -F, -v s="node$1" '$1 == "instances" && $2 == s {print $5}')" = 0 ] && return 0
    sleep 0.2
  done
}
