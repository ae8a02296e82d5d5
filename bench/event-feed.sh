#!/usr/bin/env bash
# The case events feed (issue 15) over a million events: latency at a fixed request rate (wrk2-style,
# HdrHistogram) for the feed's first page, a page half-way through and its tail, beside GET /api/v1/disputes/{id}
# (one indexed row, the simplest API read) as the baseline in the same run; then throughput of each against the
# baseline's. Runs on the million disputes of bench/million-disputes.sh (database arbiter_bench_queue, seeded once)
# and adds a million events to them once (one per dispute, in ten transactions). Loopback only.
#   bench/event-feed.sh [RATE] [SECONDS] [CONNECTIONS]     (default 100 req/s, 20 s a page, 8 connections)
# The platform's token lives 5 minutes (the realm's access token lifespan): keep SECONDS at 30 or below.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rate=${1:-100}
seconds=${2:-20}
connections=${3:-8}
portal_log=bench-event-feed-portal.log
. bench/million-disputes.sh

if [ "$(psql_db -tAc 'SELECT count(*) FROM case_events')" -lt 1000000 ]; then
  echo "Adding a million case events (once)..."
  start=$(date +%s)
  psql_db -qc "TRUNCATE case_events"
  for part in $(seq 0 9); do
    psql_db -qc "INSERT INTO case_events (id, dispute_id, external_id, sequence, type, occurred_at, data, delivery)
                 SELECT gen_random_uuid(), id, external_id, 1, 'CASE_CLAIMED', escalated_at, '{}', 'DELIVERED'
                 FROM disputes WHERE id % 10 = $part ORDER BY id LIMIT 100000"
  done
  psql_db -qc "VACUUM ANALYZE case_events"
  echo "added in $(( $(date +%s) - start )) s"
fi
echo "case events: $(psql_db -tAc 'SELECT count(*) FROM case_events')"
middle=$(psql_db -tAc "SELECT tx::text || '-' || position FROM case_events ORDER BY tx, position OFFSET 499999 LIMIT 1")
tail=$(psql_db -tAc "SELECT tx::text || '-' || position FROM case_events ORDER BY tx DESC, position DESC LIMIT 1 OFFSET 50")
some_case=$(psql_db -tAc "SELECT id FROM disputes ORDER BY id LIMIT 1 OFFSET 500000")

token=$(curl -fsS -d grant_type=client_credentials -d client_id=order-platform \
  -d client_secret=order-platform-demo-secret \
  http://localhost:8180/realms/arbitration/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')

java -cp "$classpath" arbiter.bench.PageBenchmark \
  "$portal" "Bearer $token" "$rate" "$seconds" "$connections" \
  baseline-dispute-state "/api/v1/disputes/$some_case" \
  feed-first-100 "/api/v1/events?limit=100" \
  feed-middle-100 "/api/v1/events?after=$middle&limit=100" \
  feed-tail "/api/v1/events?after=$tail&limit=100"
