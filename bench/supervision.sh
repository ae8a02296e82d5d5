#!/usr/bin/env bash
# The supervisors' heavy pages over big tables: the audit page over 5,000,000 events with filters (latency at a
# fixed rate, HdrHistogram), and the statistics page over 1,000,000 rulings (target: under 1 s for any period),
# each beside the baseline page of bench/queue.sh in the same run. Uses bench/queue.sh's database (a million
# disputes), seeding it first when needed, then adds the rulings and events once (bench/supervision-seed.sql), and
# the penalties, appeals and QA reviews the statistics count (bench/supervision-appeals-seed.sql).
# Loopback only.
#   bench/supervision.sh [AUDIT_RATE] [SECONDS] [CONNECTIONS]   (default 50 req/s, 20 s a page, 4 connections)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rate=${1:-50}
seconds=${2:-20}
connections=${3:-4}
# Every statistics page of a period of one's own choosing computes its report (see below).
portal_log=bench-supervision-portal.log
portal_opts="-Darbiter.statistics.report-kept-for=0s"
. bench/million-disputes.sh

if [ "$(psql_db -tAc 'SELECT count(*) FROM rulings')" -lt 1000000 ]; then
  echo "Seeding a million rulings and five million audit events (once)..."
  start=$(date +%s)
  psql_db -q -f bench/supervision-seed.sql
  echo "seeded in $(( $(date +%s) - start )) s"
fi
if [ "$(psql_db -tAc 'SELECT count(*) FROM appeals')" -eq 0 ]; then
  echo "Seeding penalties, appeals and QA reviews of the rulings (once)..."
  start=$(date +%s)
  psql_db -q -f bench/supervision-appeals-seed.sql
  echo "seeded in $(( $(date +%s) - start )) s"
fi
echo "rulings: $(psql_db -tAc 'SELECT count(*) FROM rulings'), audit events: $(psql_db -tAc 'SELECT count(*) FROM audit_events')"
echo "appeals overturned: $(psql_db -tAc "SELECT count(*) FROM appeals WHERE state = 'OVERTURNED'"),"\
  "QA reviews: $(psql_db -tAc 'SELECT count(*) FROM qa_reviews WHERE verdict IS NOT NULL')"

case_no=$(psql_db -tAc "SELECT case_no FROM disputes WHERE id = 424242")
year_ago=$(date -u -d '365 days ago' +%F)
today=$(date -u +%F)
quarter_from=$(date -u -d '300 days ago' +%F)
quarter_to=$(date -u -d '210 days ago' +%F)
# A page deep in the past: the one that starts at event 1,000,000 (of 5,000,000; about 19 months back).
deep=$(psql_db -tAc "SELECT (extract(epoch FROM occurred_at) * 1000000)::bigint || '_' || id FROM audit_events
                     WHERE id = 1000000")

echo "== Audit page over 5,000,000 events"
java -cp "$classpath" arbiter.bench.PageBenchmark "$portal" "$cookie_header" "$rate" "$seconds" "$connections" \
  baseline /baseline \
  audit-newest "/supervision/audit" \
  audit-action "/supervision/audit?action=APPEAL_OVERTURNED" \
  audit-actor-quarter "/supervision/audit?actor=arbiter7&from=$quarter_from&to=$quarter_to" \
  audit-shop "/supervision/audit?shop=bench-shop-77" \
  audit-case "/supervision/audit?case=$case_no" \
  audit-deep "/supervision/audit?action=CLAIMED&before=$deep"

# The portal runs with arbiter.statistics.report-kept-for=0s: a period of one's own choosing is computed for
# every request. The periods the page offers (here the last 730 days, all the million rulings, and the last 365)
# are computed ahead in the background and served as they stand: "prepared" below.
shanghai_today=$(TZ=Asia/Shanghai date +%F)
echo "== Statistics page over 1,000,000 rulings"
java -cp "$classpath" arbiter.bench.PageBenchmark "$portal" "$cookie_header" 1 "$seconds" 2 \
  baseline /baseline \
  stats-prepared-730d "/supervision/statistics?from=$(TZ=Asia/Shanghai date -d '729 days ago' +%F)&to=$shanghai_today" \
  stats-prepared-365d "/supervision/statistics?from=$(TZ=Asia/Shanghai date -d '364 days ago' +%F)&to=$shanghai_today" \
  stats-computed-2-years "/supervision/statistics?from=$(date -u -d '731 days ago' +%F)&to=$today" \
  stats-computed-quarter "/supervision/statistics?from=$quarter_from&to=$quarter_to" \
  stats-computed-month "/supervision/statistics?from=$(date -u -d '400 days ago' +%F)&to=$(date -u -d '370 days ago' +%F)"
