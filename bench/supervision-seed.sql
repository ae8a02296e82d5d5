-- For bench/supervision.sh, on top of bench/queue-seed.sql's million disputes: one ruling in effect for each
-- dispute without one (1,000,000 rulings over two years, 40 arbitrators), and 5,000,000 audit events over the same two
-- years (45 staff and the system, every action, events of the seeded disputes with their shops). The events'
-- hashes are placeholders (64 hex digits, not a chain): this seed measures reading the trail, not verifying it.
-- The statuses of the disputes are left as the queue seed made them; the statistics read the rulings alone.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
BEGIN;

INSERT INTO rulings (id, dispute_id, outcome, refund_amount, currency, responsible_party, penalty_grade,
                     clause_code, clause_version, rationale, arbitrator, ruled_at, evidence_hashes, state,
                     seconds_to_ruling, sla_met)
SELECT d.id,
       d.id,
       (ARRAY['FULL_REFUND', 'PARTIAL_REFUND', 'REJECTED'])[1 + d.id % 3],
       CASE d.id % 3 WHEN 0 THEN d.amount_paid WHEN 1 THEN d.amount_paid / 2 ELSE 0 END,
       'CNY',
       CASE WHEN d.id % 3 = 2 THEN 'BUYER' ELSE 'SELLER' END,
       NULL,
       'QUAL-1', 1,
       'A seeded ruling for the statistics benchmark.',
       'arbiter' || (1 + d.id % 40),
       -- Spread evenly over the last two years (the disputes' own times bunch up), newest last.
       least(now() - interval '730 days' + d.id * interval '63 seconds', now()),
       '{}',
       'EFFECTIVE',
       (d.id * 7919) % 300000,
       (d.id * 7919) % 300000 <= 259200
FROM disputes d
-- bench/parties-seed.sql may have ruled some already.
WHERE NOT EXISTS (SELECT 1 FROM rulings r WHERE r.dispute_id = d.id);
SELECT setval('ruling_seq', (SELECT max(id) FROM rulings) + 100);

INSERT INTO audit_events (id, occurred_at, actor, actor_role, action, target_type, target_id, before_state,
                          after_state, client_address, request_id, prev_hash, hash, shop_id)
SELECT g,
       now() - interval '730 days' + g * interval '12.6 seconds',
       CASE WHEN g % 10 = 0 THEN 'system' WHEN g % 10 = 1 THEN 'super' || (1 + g % 5) ELSE 'arbiter' || (1 + g % 40) END,
       CASE WHEN g % 10 = 0 THEN 'system' WHEN g % 10 = 1 THEN 'supervisor' ELSE 'arbitrator' END,
       (ARRAY['ESCALATED', 'CLAIMED', 'RELEASED', 'LEASE_EXPIRED', 'UNLOCKED', 'REASSIGNED', 'NOTE_ADDED',
              'EVIDENCE_REQUESTED', 'EVIDENCE_SUBMITTED', 'EVIDENCE_DEADLINE_PASSED', 'RULED', 'RULING_APPROVED',
              'RULING_REJECTED', 'REFUND_DELIVERED', 'APPEAL_FILED', 'APPEAL_UPHELD', 'APPEAL_OVERTURNED'])[1 + g % 17],
       'dispute',
       (1 + (g::bigint * 7919) % 1000000)::text,
       CASE WHEN g % 2 = 0 THEN jsonb_build_object('status', 'ESCALATED') END,
       jsonb_build_object('assignee', 'arbiter' || (1 + g % 40), 'note', 'Seeded event ' || g),
       '127.0.0.1',
       md5(g::text),
       md5((g - 1)::text) || md5((g - 1)::text || 'x'),
       md5(g::text) || md5(g::text || 'x'),
       'bench-shop-' || (1 + ((1 + (g::bigint * 7919) % 1000000) % 2000))
FROM generate_series(1, 5000000) g;
SELECT setval('audit_events_id_seq', 5000000);

COMMIT;
ANALYZE rulings;
ANALYZE audit_events;
