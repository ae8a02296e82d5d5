#!/usr/bin/env bash
# The queue and case pages with a million disputes: latency at a fixed request rate (wrk2-style, HdrHistogram)
# for queue page 1 and page 10,000 and a case with 300 messages and 30 photos, beside a baseline page of 50
# rows from one indexed query (TechEmpower "Fortunes" style) in the same run; then throughput of each page
# against the baseline's. The million disputes are seeded once into the database arbiter_bench_queue
# (a few minutes) and kept for later runs. Loopback only.
#   bench/queue.sh [RATE] [SECONDS] [CONNECTIONS]     (default 100 req/s, 30 s a page, 8 connections)
# BENCH_WRITES_PER_S=N changes one dispute N times a second while the pages are measured, as claims and rulings
# would: every change makes each queue view read the database again (queue pages are kept only while nothing
# they show has changed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rate=${1:-100}
seconds=${2:-30}
connections=${3:-8}
db=arbiter_bench_queue
port=8083
portal="http://localhost:$port"
jar=target/quarkus-app/quarkus-run.jar
cookies=$(mktemp)
trap 'rm -f "$cookies"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
psql_db() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 "$@"; }

bin/postgres "$db" >/dev/null
bin/keycloak start >/dev/null
[ -f "$jar" ] && [ -f target/test-classes/arbiter/bench/PageBenchmark.class ] || ./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

ARBITER_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db \
  java ${BENCH_JAVA_OPTS:-} -Dquarkus.http.port=$port -Dquarkus.mailer.mock=true -Darbiter.bench.baseline-page=true \
  -jar "$jar" >target/bench-queue-portal.log 2>&1 & pid=$!
until curl -fsS -o /dev/null --max-time 2 "$portal/q/health/ready" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "the portal did not start; see target/bench-queue-portal.log" >&2; exit 1; }
  sleep 0.5
done

if [ "$(psql_db -tAc 'SELECT count(*) FROM disputes')" -lt 1000000 ]; then
  echo "Seeding a million disputes with their chat (once)..."
  start=$(date +%s)
  psql_db -q -f bench/queue-seed.sql
  echo "seeded in $(( $(date +%s) - start )) s"
fi
echo "disputes: $(psql_db -tAc 'SELECT count(*) FROM disputes'), chat messages: $(psql_db -tAc 'SELECT count(*) FROM chat_messages')"

bench/signin-cookie.sh super1 "$cookies" "$portal"
cookie_header=$(bench/cookie-header.sh "$cookies")

# Every status: a million rows in SLA order. Page 10,000 starts after the 499,950th row (50 a page).
all="status=ESCALATED&status=IN_REVIEW&status=AWAITING_EVIDENCE&status=PENDING_APPROVAL&status=RULED&status=WITHDRAWN"
cursor=$(psql_db -tAc "SELECT (extract(epoch FROM sla_due_at) * 1000)::bigint || '_' || id FROM disputes
                       ORDER BY sla_due_at, id OFFSET 499949 LIMIT 1")

if [ "${BENCH_WRITES_PER_S:-0}" -gt 0 ]; then
  echo "Changing a dispute ${BENCH_WRITES_PER_S} times a second during the run"
  (while true; do echo "UPDATE disputes SET version = version + 1 WHERE id = 1;"
                  echo "SELECT pg_sleep(1.0 / ${BENCH_WRITES_PER_S});"; done | psql_db -q >/dev/null 2>&1) & writer=$!
  # The writer is a subshell running a loop piped into psql: its children go with it.
  trap 'rm -f "$cookies"; pkill -P "$writer" 2>/dev/null; kill "$writer" 2>/dev/null
        [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
fi

java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" arbiter.bench.PageBenchmark \
  "$portal" "$cookie_header" "$rate" "$seconds" "$connections" \
  baseline /baseline \
  queue-page-1 "/disputes?$all" \
  queue-page-10000 "/disputes?$all&after=$cursor" \
  queue-open-page-1 "/disputes" \
  case-300-msgs-30-photos "/disputes/2000000"
