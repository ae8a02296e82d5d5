#!/usr/bin/env bash
# What V21's word index costs a write of chat lines, measured in one run on copies of chat_messages (same columns,
# primary key and (dispute_id, position) key; one of them also with chat_messages_words_idx's GIN index on
# search_tokens(body)), fed with the real lines of the database given:
#   bulk        one INSERT … SELECT of 300,000 lines (rows/s)
#   one a time  pgbench, one line a transaction, 1 client, 15 s, with synchronous_commit off (the CPU's share) and on
# Each measurement alternates the two tables twice and reports both rounds. Loopback only; the copies are dropped.
#   bench/search-write-cost.sh [DATABASE]     (default arbiter_bench_search, seeded by bench/search.sh)
set -euo pipefail
db=${1:-arbiter_bench_search}
psql_db() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 "$@"; }
script=$(mktemp)
trap 'rm -f "$script"; psql_db -qc "DROP TABLE IF EXISTS bench_chat_plain, bench_chat_indexed; DROP SEQUENCE IF EXISTS bench_chat_seq" >/dev/null 2>&1 || true' EXIT

fresh() {
  psql_db -q <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_chat_plain, bench_chat_indexed;
DROP SEQUENCE IF EXISTS bench_chat_seq;
CREATE SEQUENCE bench_chat_seq;
CREATE TABLE bench_chat_plain (LIKE chat_messages INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE bench_chat_plain ADD PRIMARY KEY (id), ADD UNIQUE (dispute_id, position);
CREATE TABLE bench_chat_indexed (LIKE chat_messages INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE bench_chat_indexed ADD PRIMARY KEY (id), ADD UNIQUE (dispute_id, position);
CREATE INDEX bench_chat_indexed_words_idx ON bench_chat_indexed USING gin (search_tokens(body));
SQL
}

bulk() {
  local table=$1
  psql_db -tA <<SQL
SET synchronous_commit = off;
SELECT set_config('bench.start', clock_timestamp()::text, false);
INSERT INTO $table (id, dispute_id, position, sent_at, sender, body)
SELECT id, dispute_id, position, sent_at, sender, body FROM chat_messages WHERE id <= 300000;
SELECT round(300000 / extract(epoch FROM clock_timestamp() - current_setting('bench.start')::timestamptz)) || ' rows/s';
SQL
}

one_at_a_time() {
  local table=$1 sync=$2
  cat >"$script" <<SQL
\set line random(1, 2999999)
INSERT INTO $table (id, dispute_id, position, sent_at, sender, body)
SELECT nextval('bench_chat_seq'), nextval('bench_chat_seq'), 1, sent_at, sender, body FROM chat_messages WHERE id = :line;
SQL
  PGOPTIONS="-c synchronous_commit=$sync" pgbench -h 127.0.0.1 -U postgres -n -c 1 -T 15 -f "$script" "$db" 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1 lines\/s/p'
}

echo "bulk insert of 300,000 chat lines"
for round in 1 2; do
  fresh
  echo "  round $round: without the word index $(bulk bench_chat_plain | tail -1), with it $(bulk bench_chat_indexed | tail -1)"
done
for sync in off on; do
  echo "one line a transaction (pgbench, 1 client, 15 s, synchronous_commit=$sync)"
  for round in 1 2; do
    fresh
    echo "  round $round: without the word index $(one_at_a_time bench_chat_plain "$sync"), with it $(one_at_a_time bench_chat_indexed "$sync")"
  done
done
psql_db -tAc "SELECT 'the GIN index of the 300,000 bulk lines would be about ' || pg_size_pretty(pg_relation_size('chat_messages_words_idx') / 10) || ' (a tenth of the 3,000,000 lines'' index)'"
