#!/usr/bin/env bash
# The search (issue 16) over a million disputes and 3,000,000 chat lines: latency at a fixed request rate
# (HdrHistogram, from each request's intended start) of /search for a case number and an order number (each opens
# its case: 303), a shop id, a two-character Chinese word and an English word of the chat (both common: about
# 200,000 and 280,000 lines hold them), a rare Chinese word (200 lines), the second page of the common Chinese word
# and a seller's search, beside the baseline page of bench/queue.sh in the same run; then throughput against the
# baseline. Target: p99 under 100 ms at 20 req/s. Then the word indexes' sizes and what they cost writes
# (bench/search-write-cost.sh). The data is seeded once into the database arbiter_bench_search
# (bench/search-seed.sql: bench/queue-seed.sql's cases with texts as real disputes read; a few minutes) and kept.
# Loopback only.
#   bench/search.sh [RATE] [SECONDS] [CONNECTIONS]     (default 20 req/s, 30 s a page, 4 connections)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rate=${1:-20}
seconds=${2:-30}
connections=${3:-4}
portal_log=bench-search-portal.log
bench_db=arbiter_bench_search
bench_port=8084
bench_seed=bench/search-seed.sql
. bench/million-disputes.sh

case_no=$(psql_db -tAc "SELECT case_no FROM disputes WHERE id = 424242")
order_no=$(psql_db -tAc "SELECT order_no FROM disputes WHERE id = 424243")
zh_common=%E8%89%B2%E5%B7%AE # 色差 (colour difference)
zh_rare=%E5%B0%8F%E7%A5%A8   # 小票 (receipt)
echo "chat lines holding 色差: $(psql_db -tAc "SELECT count(*) FROM chat_messages WHERE search_tokens(body) @@ search_query('色差')")," \
  "parcel: $(psql_db -tAc "SELECT count(*) FROM chat_messages WHERE search_tokens(body) @@ search_query('parcel')")," \
  "小票: $(psql_db -tAc "SELECT count(*) FROM chat_messages WHERE search_tokens(body) @@ search_query('小票')")"
# The second page of the common word: after the last case of the first page.
second=$(curl -fsS -H "Cookie: $cookie_header" "$portal/search?q=$zh_common" | sed -n 's/.*after=\([0-9]*\)".*/\1/p' | head -1)

seller_cookies=$(mktemp)
trap 'rm -f "$cookies" "$seller_cookies"; portal_stop' EXIT
portal_sign_in seller1 "$seller_cookies" "$portal"
# seller1's shop (the realm's shop-1) gets one case in 1,999 (a prime, so they hold every kind of chat): 500.
psql_db -qc "INSERT INTO shops (id, name, contact_email) VALUES ('shop-1', '暖冬服饰旗舰店', 's@shop-1.example')
             ON CONFLICT DO NOTHING"
psql_db -qc "UPDATE disputes SET shop_id = 'shop-1' WHERE id % 1999 = 0 AND id <= 1000000 AND shop_id <> 'shop-1'"
echo "shop-1: $(psql_db -tAc "SELECT count(*) FROM disputes WHERE shop_id = 'shop-1'") cases," \
  "$(psql_db -tAc "SELECT count(DISTINCT m.dispute_id) FROM chat_messages m JOIN disputes d ON d.id = m.dispute_id
                   WHERE d.shop_id = 'shop-1' AND strpos(m.body, '色差') > 0") with 色差 in their chat"

java -cp "$classpath" arbiter.bench.PageBenchmark \
  "$portal" "$cookie_header" "$rate" "$seconds" "$connections" \
  baseline /baseline \
  "case-number@303" "/search?q=$case_no" \
  "order-number@303" "/search?q=$order_no" \
  shop-id "/search?q=bench-shop-77" \
  chat-zh-2-chars "/search?q=$zh_common" \
  chat-en-word "/search?q=parcel" \
  chat-zh-rare "/search?q=$zh_rare" \
  chat-zh-page-2 "/search?q=$zh_common&after=$second"

echo
echo "== A seller's search (shop-1's cases)"
java -cp "$classpath" arbiter.bench.PageBenchmark \
  "$portal" "$(bench/cookie-header.sh "$seller_cookies")" "$rate" "$seconds" "$connections" \
  seller-list /seller \
  seller-chat-zh "/seller/search?q=$zh_common"

echo
echo "== The indexes (V21) and their tables"
psql_db -c "SELECT c.relname AS index, t.relname AS \"table\", pg_size_pretty(pg_relation_size(c.oid)) AS size,
                   pg_size_pretty(pg_relation_size(t.oid)) AS table_size
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
            WHERE c.relname IN ('disputes_words_idx', 'shops_words_idx', 'chat_messages_words_idx',
                                'evidence_items_words_idx', 'party_statements_words_idx', 'case_notes_words_idx',
                                'disputes_order_no_idx', 'disputes_buyer_idx', 'disputes_shop_id_idx')
            ORDER BY pg_relation_size(c.oid) DESC"

echo
echo "== What the chat's word index costs writes"
bench/search-write-cost.sh "$db"
