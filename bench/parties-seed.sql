-- For bench/queue.sh, on top of bench/queue-seed.sql's million disputes: a long history for both parties of the
-- measured case (AR-B-BIG, shop bench-big, buyer b-big), so that the case page's record of the parties (issue 17)
-- is read at its worst. The queue seed gives every buyer one dispute and every shop 500 over two years; here
-- shop bench-big gets 36,500 more over two years (50 a day: about 4,500 in the last 90 days) and buyer b-big 400
-- more over two years across 200 shops (about 200 in the last 365 days), each decided one with its ruling in
-- effect. Their ids start at 3,000,001 (disputes and rulings), clear of the queue seed's and of
-- bench/supervision-seed.sql's (which gives a ruling to each dispute that has none). Run once; all or nothing.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
BEGIN;

INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title, amount_paid, currency,
                      paid_at, buyer_id, buyer_nick, reason, requested_refund, buyer_statement, escalated_by,
                      escalated_at, sla_due_at, status, withdrawn_at, withdrawal_reason, withdrawal_note)
SELECT 3000000 + g,
       'AR-P-' || lpad(g::text, 7, '0'),
       'BENCH-P-' || g,
       md5('p' || g),
       CASE WHEN g <= 36500 THEN 'bench-big' ELSE 'bench-shop-' || (1 + g % 200) END,
       (5000000000000000 + g)::text,
       'Item P' || g,
       amount,
       'CNY',
       escalated - interval '10 days',
       CASE WHEN g <= 36500 THEN 'b-p-' || g ELSE 'b-big' END,
       CASE WHEN g <= 36500 THEN 'buyer p' || g ELSE 'buyer big' END,
       (ARRAY['NOT_AS_DESCRIBED', 'QUALITY', 'NOT_RECEIVED', 'DAMAGED', 'COUNTERFEIT', 'MISSING_PARTS',
              'RETURN_REFUSED'])[1 + (g * 7) % 11 % 7],
       amount,
       'The buyer explains what went wrong with order P' || g || '.',
       'BUYER',
       escalated,
       escalated + interval '72 hours',
       status,
       CASE WHEN status = 'WITHDRAWN' THEN escalated + interval '1 day' END,
       CASE WHEN status = 'WITHDRAWN' THEN (ARRAY['SETTLED', 'BUYER_CANCELLED', 'DUPLICATE'])[1 + g % 3] END,
       CASE WHEN status = 'WITHDRAWN' THEN 'Seeded withdrawal' END
FROM (SELECT g,
             1000 + (g::bigint * 7919) % 2000000 AS amount,
             -- Decided over two years, except the last three days' cases, which are still escalated.
             date_trunc('second', now()) - CASE WHEN g <= 36500 THEN (36501 - g) * interval '1728 seconds'
                                                ELSE (36901 - g) * interval '43 hours' END AS escalated
      FROM generate_series(1, 36900) g) s,
     LATERAL (SELECT CASE WHEN s.escalated > now() - interval '3 days' THEN 'ESCALATED'
                          WHEN g % 20 = 0 THEN 'WITHDRAWN' ELSE 'RULED' END AS status) st;

-- A ruling in effect for each ruled one: the shop's refunded two times in five, the buyer's four times in five.
INSERT INTO rulings (id, dispute_id, outcome, refund_amount, currency, responsible_party, clause_code,
                     clause_version, rationale, arbitrator, ruled_at, evidence_hashes, state, seconds_to_ruling,
                     sla_met)
SELECT d.id, d.id, o.outcome,
       CASE o.outcome WHEN 'FULL_REFUND' THEN d.amount_paid WHEN 'PARTIAL_REFUND' THEN d.amount_paid / 2 ELSE 0 END,
       'CNY', CASE WHEN o.outcome = 'REJECTED' THEN 'BUYER' ELSE 'SELLER' END, 'QUAL-1', 1,
       'A seeded ruling for the parties'' record benchmark.', 'arbiter' || (1 + d.id % 40),
       d.escalated_at + interval '30 hours', '{}', 'EFFECTIVE', 108000, true
FROM disputes d,
     LATERAL (SELECT CASE WHEN d.buyer_id = 'b-big'
                          THEN (ARRAY['FULL_REFUND', 'FULL_REFUND', 'PARTIAL_REFUND', 'FULL_REFUND', 'REJECTED'])[1 + d.id % 5]
                          ELSE (ARRAY['FULL_REFUND', 'REJECTED', 'PARTIAL_REFUND', 'REJECTED', 'REJECTED'])[1 + d.id % 5]
                     END AS outcome) o
WHERE d.id > 3000000 AND d.status = 'RULED';
SELECT setval('ruling_seq', greatest((SELECT max(id) FROM rulings) + 100, nextval('ruling_seq')));

COMMIT;
-- As autovacuum would soon after: the visibility map lets the parties' record read the shop's disputes from
-- disputes_shop_record_idx alone (index-only); without it every one of them is also read from the table.
VACUUM (ANALYZE) disputes;
VACUUM (ANALYZE) rulings;
