#!/usr/bin/env bash
# The per-key request limit, shown on a running server: with a limit of 50 requests a minute, 80
# requests of one key in a row get 50 answers and then 429s with Retry-After, every answer with the
# RateLimit-* headers; another key is not affected. Prints the counts and one 429 answer.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export API_RATE_LIMIT_REQUESTS=50
trap bench_stop EXIT
bench_start
url="http://127.0.0.1:$BENCH_PORT/api/v1/practices/A81001/emis-settings"
ok=0; limited=0
for _ in $(seq 1 80); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer demo-a81001-key' "$url")
  case "$code" in 200) ok=$((ok + 1));; 429) limited=$((limited + 1));; *) echo "unexpected $code";; esac
done
other=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer demo-platform-key' "$url")
echo "demo-a81001-key: $ok answered, $limited refused with 429; demo-platform-key then: $other"
echo "--- one refused answer:"
curl -s -D - -H 'Authorization: Bearer demo-a81001-key' "$url" | grep -iE '^(HTTP|retry-after|ratelimit|content-type)|"code"'
echo
