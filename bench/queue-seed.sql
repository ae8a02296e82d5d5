-- A million disputes with their chat, for bench/queue.sh; run once on an empty, migrated database.
-- Times are whole seconds (as they come from the platform). Most cases are decided history; the open ones
-- are spread over the next three days of SLA. One case (external id BENCH-BIG) has 300 messages and
-- 30 photos; its photo bytes are placeholders, as the benchmark reads pages, not images.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
-- All or nothing: a failed seed leaves the database as it was.
BEGIN;

INSERT INTO shops (id, name, contact_email)
SELECT 'bench-shop-' || s, 'Bench shop ' || s, 'service@bench-shop-' || s || '.example'
FROM generate_series(1, 2000) s;

INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title, amount_paid, currency,
                      paid_at, buyer_id, buyer_nick, reason, requested_refund, buyer_statement, escalated_by,
                      escalated_at, sla_due_at, status, assignee, claimed_at, lease_expires_at)
SELECT g,
       'AR-B-' || lpad(g::text, 7, '0'),
       'BENCH-' || g,
       md5(g::text),
       'bench-shop-' || (1 + g % 2000),
       (4000000000000000 + g)::text,
       'Item ' || g,
       amount,
       'CNY',
       escalated - interval '10 days',
       'b-' || g,
       'buyer ' || g,
       (ARRAY['NOT_AS_DESCRIBED', 'QUALITY', 'NOT_RECEIVED', 'DAMAGED', 'COUNTERFEIT', 'MISSING_PARTS',
              'RETURN_REFUSED'])[1 + g % 7],
       amount,
       'The buyer explains what went wrong with order ' || g || '.',
       CASE WHEN g % 5 = 0 THEN 'SELLER' ELSE 'BUYER' END,
       escalated,
       escalated + interval '72 hours',
       status,
       CASE WHEN status IN ('IN_REVIEW', 'AWAITING_EVIDENCE', 'PENDING_APPROVAL') THEN 'arbiter' || (1 + g % 2) END,
       CASE WHEN status IN ('IN_REVIEW', 'AWAITING_EVIDENCE', 'PENDING_APPROVAL') THEN escalated END,
       CASE WHEN status IN ('IN_REVIEW', 'AWAITING_EVIDENCE', 'PENDING_APPROVAL')
            THEN date_trunc('second', now()) + interval '1 day' END
FROM (SELECT g,
             1000 + (g::bigint * 7919) % 2000000 AS amount,
             CASE WHEN g % 100 < 85 THEN 'RULED'
                  WHEN g % 100 < 87 THEN 'WITHDRAWN'
                  WHEN g % 100 < 95 THEN 'ESCALATED'
                  WHEN g % 100 < 98 THEN 'IN_REVIEW'
                  WHEN g % 100 < 99 THEN 'AWAITING_EVIDENCE'
                  ELSE 'PENDING_APPROVAL' END AS status,
             -- Decided cases escalated over the last two years; open ones within the last three days.
             CASE WHEN g % 100 < 87 THEN date_trunc('second', now()) - interval '730 days' + (g % 63000000) * interval '1 second'
                  ELSE date_trunc('second', now()) - interval '70 hours' + (g % 250000) * interval '1 second' END
                 AS escalated
      FROM generate_series(1, 1000000) g) d;

INSERT INTO chat_messages (id, dispute_id, position, sent_at, sender, body)
SELECT (d - 1) * 3 + p, d, p, now() - interval '20 days' + p * interval '10 minutes',
       (ARRAY['BUYER', 'SELLER', 'BUYER'])[p],
       'Message ' || p || ' about order ' || d
FROM generate_series(1, 1000000) d, generate_series(1, 3) p;

-- The big case: 300 messages, 30 photos (15 sent in the chat, 15 submitted as evidence).
INSERT INTO shops (id, name, contact_email) VALUES ('bench-big', 'Big case shop', 'service@bench-big.example');
INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title, amount_paid, currency,
                      paid_at, buyer_id, buyer_nick, reason, requested_refund, buyer_statement, escalated_by,
                      escalated_at, sla_due_at, status)
VALUES (2000000, 'AR-B-BIG', 'BENCH-BIG', 'big', 'bench-big', '4999999999999999', 'A long story', 59900, 'CNY',
        date_trunc('second', now()) - interval '20 days', 'b-big', 'buyer big', 'QUALITY', 59900,
        'A statement for a long case.', 'BUYER', date_trunc('second', now()) - interval '1 hour',
        date_trunc('second', now()) + interval '71 hours', 'ESCALATED');
INSERT INTO chat_messages (id, dispute_id, position, sent_at, sender, body)
SELECT 10000000 + p, 2000000, p, date_trunc('second', now()) - interval '10 days' + p * interval '1 minute',
       (ARRAY['BUYER', 'SELLER', 'PLATFORM'])[1 + p % 3], 'Message ' || p || ' of the long conversation.'
FROM generate_series(1, 300) p;
INSERT INTO photos (sha256, width, height)
SELECT md5('big-' || i) || md5('photo-' || i), 1600, 1200 FROM generate_series(1, 30) i;
INSERT INTO photo_variants (sha256, variant, content_type, width, height, data)
SELECT md5('big-' || i) || md5('photo-' || i), v, 'image/jpeg', 160, 120, decode('ffd8ffd9', 'hex')
FROM generate_series(1, 30) i, unnest(ARRAY['THUMBNAIL', 'DISPLAY']) v;
INSERT INTO evidence_items (id, dispute_id, party, photo_sha256, chat_message_id, caption, submitted_at)
SELECT 20000000 + i, 2000000, CASE WHEN i % 2 = 0 THEN 'SELLER' ELSE 'BUYER' END,
       md5('big-' || i) || md5('photo-' || i),
       CASE WHEN i <= 15 THEN 10000000 + i * 20 END,
       CASE WHEN i > 15 THEN 'Photo ' || i END,
       date_trunc('second', now()) - interval '2 days' + i * interval '1 minute'
FROM generate_series(1, 30) i;

COMMIT;
ANALYZE;
