-- For bench/supervision.sh, on top of bench/supervision-seed.sql's million rulings: what the statistics count
-- besides the rulings themselves, so that the overturned and QA figures are measured over real rows. A penalty on
-- every third ruling (about 333,000, all of rulings holding the seller responsible), an appeal of one penalty in
-- ten (about 33,000: half of them overturned, four in ten upheld, the rest pending), and QA: one sample a week of
-- 200 rulings of that week, three quarters of them reviewed (about 15,600 reviews, nine in ten agreeing). The
-- rulings keep their seeded penalty grade (none): the statistics read penalties only to reach the appeals.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
BEGIN;

INSERT INTO penalties (id, ruling_id, shop_id, grade, points, points_year, points_before, points_after,
                       effective_at)
SELECT r.id, r.id, d.shop_id, 'MINOR', 2, extract(year FROM r.ruled_at)::int, 0, 2, r.ruled_at
FROM rulings r JOIN disputes d ON d.id = r.dispute_id
WHERE r.state = 'EFFECTIVE' AND r.responsible_party = 'SELLER' AND r.id % 3 = 0;
SELECT setval('penalty_seq', (SELECT max(id) FROM penalties) + 100);

INSERT INTO appeals (id, penalty_id, shop_id, statement, filed_at, state, decided_by, decided_at, decision_reason)
SELECT p.id, p.id, p.shop_id, 'A seeded appeal for the statistics benchmark.', p.effective_at + interval '2 days',
       s.state,
       CASE WHEN s.state <> 'PENDING' THEN 'super' || (1 + p.id % 5) END,
       CASE WHEN s.state <> 'PENDING' THEN least(p.effective_at + interval '5 days', now()) END,
       CASE WHEN s.state <> 'PENDING' THEN 'A seeded decision of an appeal.' END
FROM penalties p
CROSS JOIN LATERAL (SELECT CASE WHEN p.id % 100 < 45 THEN 'OVERTURNED'
                                WHEN p.id % 100 < 90 THEN 'UPHELD' ELSE 'PENDING' END AS state) s
WHERE (p.id / 3) % 10 = 0;
SELECT setval('appeal_seq', (SELECT max(id) FROM appeals) + 100);

INSERT INTO qa_samples (id, drawn_by, drawn_at, period_from, period_to, size)
SELECT w, 'super' || (1 + w % 5), now() - interval '730 days' + w * interval '7 days' + interval '7 days',
       now() - interval '730 days' + w * interval '7 days', now() - interval '730 days' + (w + 1) * interval '7 days',
       200
FROM generate_series(0, 103) w;
SELECT setval('qa_sample_seq', 1000);

-- 200 rulings of each week, spread over it (the seeded rulings are 63 s apart, their ids in the order of time).
INSERT INTO qa_reviews (id, sample_id, ruling_id, reviewer, verdict, comment, reviewed_at)
SELECT s.id * 1000 + k, s.id, s.first_ruling + k * 48,
       CASE WHEN k % 4 <> 3 THEN 'super' || (1 + (s.id + 1) % 5) END,
       CASE WHEN k % 4 = 3 THEN NULL WHEN k % 10 = 0 THEN 'DISAGREE' ELSE 'AGREE' END,
       CASE WHEN k % 4 <> 3 AND k % 10 = 0 THEN 'A seeded disagreement.' END,
       CASE WHEN k % 4 <> 3 THEN s.drawn_at + interval '1 day' END
FROM (SELECT q.id, q.drawn_at,
             (SELECT r.id FROM rulings r WHERE r.ruled_at >= q.period_from ORDER BY r.ruled_at LIMIT 1) AS first_ruling
      FROM qa_samples q) s
CROSS JOIN generate_series(0, 199) k
WHERE EXISTS (SELECT 1 FROM rulings r WHERE r.id = s.first_ruling + k * 48);
SELECT setval('qa_review_seq', (SELECT max(id) FROM qa_reviews) + 100);

COMMIT;
-- As autovacuum would have by the time a million rulings were made: statistics, and the visibility map that lets the
-- statistics read the rulings of a duration bucket from the index alone.
VACUUM (ANALYZE) rulings, penalties, appeals, qa_samples, qa_reviews;
