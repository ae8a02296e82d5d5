#!/usr/bin/env bash
# The queue and case pages with a million disputes: latency at a fixed request rate (wrk2-style, HdrHistogram)
# for queue page 1 and page 10,000 and a case with 300 messages and 30 photos, beside a baseline page of 50
# rows from one indexed query (TechEmpower "Fortunes" style) in the same run; then throughput of each page
# against the baseline's. The million disputes are seeded once into the database arbiter_bench_queue
# (a few minutes) and kept for later runs; so is the long history of both parties of the measured case
# (bench/parties-seed.sql: its shop 36,500 more disputes over two years, its buyer 400), so that the case page's
# record of the parties (issue 17) is read at its worst. Loopback only.
#   bench/queue.sh [RATE] [SECONDS] [CONNECTIONS]     (default 100 req/s, 30 s a page, 8 connections)
# The case page (300 messages, 30 photos, 131 KB) serves about 140-160 req/s in a closed loop on 2 cores; at a
# fixed rate of 60 req/s or more its latency is erratic (a run may back up to seconds and the next not), so its
# figures are taken at 20 or 40 req/s: bench/queue.sh 20 20 4 (issue 17: p99 under 50 ms).
# BENCH_WRITES_PER_S=N changes one dispute N times a second while the pages are measured, as claims and rulings
# would: every change makes each queue view read the database again (queue pages are kept only while nothing
# they show has changed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rate=${1:-100}
seconds=${2:-30}
connections=${3:-8}
portal_log=bench-queue-portal.log
. bench/million-disputes.sh

if [ "$(psql_db -tAc "SELECT count(*) FROM disputes WHERE buyer_id = 'b-big'")" -lt 2 ]; then
  echo "Seeding the history of the measured case's buyer and shop (once)..."
  psql_db -q -f bench/parties-seed.sql
fi

# Every status: a million rows in SLA order. Page 10,000 starts after the 499,950th row (50 a page).
all="status=ESCALATED&status=IN_REVIEW&status=AWAITING_EVIDENCE&status=PENDING_APPROVAL&status=RULED&status=WITHDRAWN"
cursor=$(psql_db -tAc "SELECT (extract(epoch FROM sla_due_at) * 1000000)::bigint || '_' || id FROM disputes
                       ORDER BY sla_due_at, id OFFSET 499949 LIMIT 1")

if [ "${BENCH_WRITES_PER_S:-0}" -gt 0 ]; then
  echo "Changing a dispute ${BENCH_WRITES_PER_S} times a second during the run"
  (while true; do echo "UPDATE disputes SET version = version + 1 WHERE id = 1;"
                  echo "SELECT pg_sleep(1.0 / ${BENCH_WRITES_PER_S});"; done | psql_db -q >/dev/null 2>&1) & writer=$!
  # The writer is a subshell running a loop piped into psql: its children go with it.
  trap 'rm -f "$cookies"; pkill -P "$writer" 2>/dev/null; kill "$writer" 2>/dev/null; portal_stop' EXIT
fi

java -cp "$classpath" arbiter.bench.PageBenchmark \
  "$portal" "$cookie_header" "$rate" "$seconds" "$connections" \
  baseline /baseline \
  queue-page-1 "/disputes?$all" \
  queue-page-10000 "/disputes?$all&after=$cursor" \
  queue-open-page-1 "/disputes" \
  case-300-msgs-30-photos "/disputes/2000000"
