-- The statistics of any period without reading the period's rulings (issue 17). Every figure that adds up (rulings,
-- SLA met, refunds, the outcome mix, rulings overturned on appeal, QA reviews and agreements) is kept per
-- Asia/Shanghai day (the platform's zone, PlatformZone) and arbitrator of the ruling in effect it is about, as V5
-- keeps the dispute counts: each statement that inserts, deletes or changes rulings, appeals, the penalties appeals
-- hang on, or QA reviews adds, in its own transaction, what its rows count now less what they counted before. A
-- period of days is then a sum over at most days x arbitrators rows.
--
-- The median time to ruling stays exact (percentile_cont(0.5) of seconds_to_ruling): each row also counts its
-- rulings per duration bucket (d00..d31, see ruling_duration_bucket). Summed over a period they tell which bucket
-- holds the middle ruling (or the two middle ones) and at which rank; only that bucket's rulings of the period are
-- then read, in order, through rulings_duration_idx.
--
-- To count one more thing per ruling (a column of rulings), a migration adds a column here, replaces
-- ruling_day_counts_add (a line in its SELECT and in its ON CONFLICT), ruling_day_counts_of_rulings (the ruling's
-- figure) and the other ruling_day_counts_of_* (a 0 at the same place), runs ruling_day_counts_define_triggers(),
-- then fills the new column of rulings with an UPDATE, which the counts follow through the update trigger; and
-- Statistics reads one more sum.

-- 32 buckets: 0 is under 10 minutes, 31 a week or more; finer in the first hours, where rulings are many, and every
-- few hours around the 72 h SLA. Any split is exact; a bucket that holds many of a period's rulings only makes
-- reading its rulings slower.
CREATE FUNCTION ruling_duration_bucket(seconds bigint) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN width_bucket(seconds, ARRAY[
        600, 1200, 1800, 3600, 5400, 7200, 10800, 14400,                        -- 10 min .. 4 h
        21600, 28800, 36000, 43200, 54000, 64800, 75600, 86400,                 -- 6 h .. 24 h
        100800, 115200, 129600, 144000, 158400, 172800, 194400, 216000,         -- 28 h .. 60 h
        237600, 259200, 280800, 302400, 345600, 432000, 604800]::bigint[]);     -- 66 h .. 7 days

-- One row per Shanghai day and arbitrator that had rulings in effect (rows whose counts fell back to 0 stay).
CREATE TABLE ruling_day_counts (
    day              date   NOT NULL,
    arbitrator       text   NOT NULL,
    rulings          int    NOT NULL,
    sla_met          int    NOT NULL,
    refund_fen       bigint NOT NULL,
    full_refunds     int    NOT NULL,
    partial_refunds  int    NOT NULL,
    rejected         int    NOT NULL,
    -- Rulings with an appeal overturned; QA reviews with a verdict, and those that agree.
    overturned       int    NOT NULL,
    qa_reviewed      int    NOT NULL,
    qa_agreed        int    NOT NULL,
    -- Rulings per duration bucket: dNN counts those with ruling_duration_bucket(seconds_to_ruling) = NN.
    d00 int NOT NULL, d01 int NOT NULL, d02 int NOT NULL, d03 int NOT NULL,
    d04 int NOT NULL, d05 int NOT NULL, d06 int NOT NULL, d07 int NOT NULL,
    d08 int NOT NULL, d09 int NOT NULL, d10 int NOT NULL, d11 int NOT NULL,
    d12 int NOT NULL, d13 int NOT NULL, d14 int NOT NULL, d15 int NOT NULL,
    d16 int NOT NULL, d17 int NOT NULL, d18 int NOT NULL, d19 int NOT NULL,
    d20 int NOT NULL, d21 int NOT NULL, d22 int NOT NULL, d23 int NOT NULL,
    d24 int NOT NULL, d25 int NOT NULL, d26 int NOT NULL, d27 int NOT NULL,
    d28 int NOT NULL, d29 int NOT NULL, d30 int NOT NULL, d31 int NOT NULL,
    PRIMARY KEY (day, arbitrator)
) WITH (fillfactor = 70); -- today's rows change with every ruling: room to change them in place

-- The one statement that adds to the counts, given the text of a query of changes: rows (sign, ruled_at,
-- arbitrator, state, rulings, sla_met, refund_fen, full_refunds, partial_refunds, rejected, overturned, qa_reviewed,
-- qa_agreed, bucket), each what one row counts (its figures and duration bucket, NULL for none) for the ruling of
-- that time, arbitrator and state, with sign +1 as it is now and -1 as it was. Only rulings in effect count.
-- Transition tables can only be read by the trigger function's own statements, hence the text of a statement, which
-- ruling_day_counts_define_triggers writes into each trigger function. Rows are locked in (day, arbitrator) order,
-- the same in every statement, so that two statements never deadlock here.
CREATE FUNCTION ruling_day_counts_add(changes text) RETURNS text LANGUAGE sql STABLE
RETURN format($statement$
    INSERT INTO ruling_day_counts AS c (day, arbitrator, rulings, sla_met, refund_fen, full_refunds,
                                        partial_refunds, rejected, overturned, qa_reviewed, qa_agreed,
                                        d00, d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15,
                                        d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31)
    SELECT (r.ruled_at AT TIME ZONE 'Asia/Shanghai')::date, r.arbitrator,
           sum(r.sign * r.rulings), sum(r.sign * r.sla_met), sum(r.sign * r.refund_fen),
           sum(r.sign * r.full_refunds), sum(r.sign * r.partial_refunds), sum(r.sign * r.rejected),
           sum(r.sign * r.overturned), sum(r.sign * r.qa_reviewed), sum(r.sign * r.qa_agreed),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 0)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 1)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 2)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 3)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 4)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 5)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 6)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 7)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 8)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 9)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 10)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 11)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 12)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 13)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 14)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 15)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 16)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 17)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 18)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 19)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 20)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 21)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 22)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 23)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 24)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 25)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 26)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 27)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 28)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 29)::int),
           sum(r.sign * (r.bucket IS NOT DISTINCT FROM 30)::int), sum(r.sign * (r.bucket IS NOT DISTINCT FROM 31)::int)
    FROM (%s) r (sign, ruled_at, arbitrator, state, rulings, sla_met, refund_fen, full_refunds, partial_refunds,
                 rejected, overturned, qa_reviewed, qa_agreed, bucket)
    WHERE r.state = 'EFFECTIVE'
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (day, arbitrator) DO UPDATE SET
        rulings = c.rulings + EXCLUDED.rulings, sla_met = c.sla_met + EXCLUDED.sla_met,
        refund_fen = c.refund_fen + EXCLUDED.refund_fen, full_refunds = c.full_refunds + EXCLUDED.full_refunds,
        partial_refunds = c.partial_refunds + EXCLUDED.partial_refunds, rejected = c.rejected + EXCLUDED.rejected,
        overturned = c.overturned + EXCLUDED.overturned, qa_reviewed = c.qa_reviewed + EXCLUDED.qa_reviewed,
        qa_agreed = c.qa_agreed + EXCLUDED.qa_agreed,
        d00 = c.d00 + EXCLUDED.d00, d01 = c.d01 + EXCLUDED.d01, d02 = c.d02 + EXCLUDED.d02, d03 = c.d03 + EXCLUDED.d03,
        d04 = c.d04 + EXCLUDED.d04, d05 = c.d05 + EXCLUDED.d05, d06 = c.d06 + EXCLUDED.d06, d07 = c.d07 + EXCLUDED.d07,
        d08 = c.d08 + EXCLUDED.d08, d09 = c.d09 + EXCLUDED.d09, d10 = c.d10 + EXCLUDED.d10, d11 = c.d11 + EXCLUDED.d11,
        d12 = c.d12 + EXCLUDED.d12, d13 = c.d13 + EXCLUDED.d13, d14 = c.d14 + EXCLUDED.d14, d15 = c.d15 + EXCLUDED.d15,
        d16 = c.d16 + EXCLUDED.d16, d17 = c.d17 + EXCLUDED.d17, d18 = c.d18 + EXCLUDED.d18, d19 = c.d19 + EXCLUDED.d19,
        d20 = c.d20 + EXCLUDED.d20, d21 = c.d21 + EXCLUDED.d21, d22 = c.d22 + EXCLUDED.d22, d23 = c.d23 + EXCLUDED.d23,
        d24 = c.d24 + EXCLUDED.d24, d25 = c.d25 + EXCLUDED.d25, d26 = c.d26 + EXCLUDED.d26, d27 = c.d27 + EXCLUDED.d27,
        d28 = c.d28 + EXCLUDED.d28, d29 = c.d29 + EXCLUDED.d29, d30 = c.d30 + EXCLUDED.d30, d31 = c.d31 + EXCLUDED.d31
$statement$, changes);

-- What each kind of row counts, given the text of a query of such rows with their sign first (changes, as above).
-- A ruling: itself, and the appeals overturned and QA reviews about it by then.
CREATE FUNCTION ruling_day_counts_of_rulings(rulings text) RETURNS text LANGUAGE sql STABLE
RETURN format($changes$
    SELECT c.sign, c.ruled_at, c.arbitrator, c.state, 1, c.sla_met::int, c.refund_amount,
           (c.outcome = 'FULL_REFUND')::int, (c.outcome = 'PARTIAL_REFUND')::int, (c.outcome = 'REJECTED')::int,
           (SELECT count(*) FROM penalties p JOIN appeals a ON a.penalty_id = p.id
            WHERE p.ruling_id = c.id AND a.state = 'OVERTURNED'),
           (SELECT count(*) FROM qa_reviews q WHERE q.ruling_id = c.id AND q.verdict IS NOT NULL),
           (SELECT count(*) FROM qa_reviews q WHERE q.ruling_id = c.id AND q.verdict = 'AGREE'),
           ruling_duration_bucket(c.seconds_to_ruling)
    FROM (%s) c
$changes$, rulings);

-- An appeal overturned counts against the ruling of its penalty. The ruling (and penalty) an appeal or review is
-- about is locked (FOR SHARE) while it is counted, so that a change of that ruling at the same time waits, and then
-- finds the appeal or review where the ruling now is.
CREATE FUNCTION ruling_day_counts_of_appeals(appeals text) RETURNS text LANGUAGE sql STABLE
RETURN format($changes$
    SELECT a.sign, r.ruled_at, r.arbitrator, r.state, 0, 0, 0, 0, 0, 0, 1, 0, 0, NULL::int
    FROM (%s) a JOIN penalties p ON p.id = a.penalty_id JOIN rulings r ON r.id = p.ruling_id
    WHERE a.state = 'OVERTURNED'
    FOR SHARE OF p, r
$changes$, appeals);

-- A penalty moved to another ruling takes its overturned appeal along (the portal never moves one).
CREATE FUNCTION ruling_day_counts_of_penalties(penalties text) RETURNS text LANGUAGE sql STABLE
RETURN format($changes$
    SELECT p.sign, r.ruled_at, r.arbitrator, r.state, 0, 0, 0, 0, 0, 0, o.n, 0, 0, NULL::int
    FROM (%s) p
    JOIN rulings r ON r.id = p.ruling_id
    CROSS JOIN LATERAL (SELECT count(*) AS n FROM appeals a WHERE a.penalty_id = p.id AND a.state = 'OVERTURNED') o
    WHERE o.n > 0
    FOR SHARE OF r
$changes$, penalties);

-- A QA review counts once it has a verdict.
CREATE FUNCTION ruling_day_counts_of_qa_reviews(reviews text) RETURNS text LANGUAGE sql STABLE
RETURN format($changes$
    SELECT q.sign, r.ruled_at, r.arbitrator, r.state, 0, 0, 0, 0, 0, 0, 0, 1, (q.verdict = 'AGREE')::int, NULL::int
    FROM (%s) q JOIN rulings r ON r.id = q.ruling_id
    WHERE q.verdict IS NOT NULL
    FOR SHARE OF r
$changes$, reviews);

-- The rows of a statement of kind operation (TG_OP) on a table, with their sign: +1 as they are now, -1 as they were.
CREATE FUNCTION ruling_day_counts_changed(operation text) RETURNS text LANGUAGE sql IMMUTABLE
RETURN CASE operation
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, n.* FROM new_rows n'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, o.* FROM old_rows o'
    ELSE 'SELECT 1 AS sign, n.* FROM new_rows n UNION ALL SELECT -1, o.* FROM old_rows o' END;

-- The statement that counts what a statement of kind operation (TG_OP) changed in the table of that name.
CREATE FUNCTION ruling_day_counts_statement(counted text, operation text) RETURNS text LANGUAGE sql STABLE
RETURN ruling_day_counts_add(CASE counted
    WHEN 'rulings' THEN ruling_day_counts_of_rulings(ruling_day_counts_changed(operation))
    WHEN 'appeals' THEN ruling_day_counts_of_appeals(ruling_day_counts_changed(operation))
    WHEN 'penalties' THEN ruling_day_counts_of_penalties(ruling_day_counts_changed(operation))
    WHEN 'qa_reviews' THEN ruling_day_counts_of_qa_reviews(ruling_day_counts_changed(operation)) END);

-- (Re)writes the trigger function ruling_day_counts_<table>_changed of each counted table from the functions above,
-- with the statement of each kind of change written out: PostgreSQL plans it once per session, where a statement
-- run with EXECUTE would be planned at every change (some 2 ms a ruling). Run it again after replacing any of them.
CREATE FUNCTION ruling_day_counts_define_triggers() RETURNS void LANGUAGE plpgsql AS $define$
DECLARE
    counted text;
BEGIN
    FOREACH counted IN ARRAY ARRAY['rulings', 'appeals', 'penalties', 'qa_reviews'] LOOP
        EXECUTE format($function$
            CREATE OR REPLACE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    %s;
                ELSIF TG_OP = 'DELETE' THEN
                    %s;
                ELSE
                    %s;
                END IF;
                RETURN NULL;
            END;
            $body$
        $function$, 'ruling_day_counts_' || counted || '_changed', ruling_day_counts_statement(counted, 'INSERT'),
            ruling_day_counts_statement(counted, 'DELETE'), ruling_day_counts_statement(counted, 'UPDATE'));
    END LOOP;
END;
$define$;
SELECT ruling_day_counts_define_triggers();

-- No ruling, appeal, penalty or review changes between the backfill and the triggers.
LOCK TABLE rulings, penalties, appeals, qa_reviews IN SHARE ROW EXCLUSIVE MODE;
DO $$ BEGIN EXECUTE ruling_day_counts_add(ruling_day_counts_of_rulings('SELECT 1 AS sign, r.* FROM rulings r')); END $$;

CREATE TRIGGER ruling_day_counts_insert AFTER INSERT ON rulings REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ruling_day_counts_rulings_changed();
CREATE TRIGGER ruling_day_counts_delete AFTER DELETE ON rulings REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ruling_day_counts_rulings_changed();
CREATE TRIGGER ruling_day_counts_update AFTER UPDATE ON rulings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ruling_day_counts_rulings_changed();
CREATE TRIGGER ruling_day_counts_insert AFTER INSERT ON appeals REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ruling_day_counts_appeals_changed();
CREATE TRIGGER ruling_day_counts_delete AFTER DELETE ON appeals REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ruling_day_counts_appeals_changed();
CREATE TRIGGER ruling_day_counts_update AFTER UPDATE ON appeals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ruling_day_counts_appeals_changed();
-- A penalty is inserted before any appeal of it and cannot be deleted while one exists: only its updates can count.
CREATE TRIGGER ruling_day_counts_update AFTER UPDATE ON penalties
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ruling_day_counts_penalties_changed();
CREATE TRIGGER ruling_day_counts_insert AFTER INSERT ON qa_reviews REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ruling_day_counts_qa_reviews_changed();
CREATE TRIGGER ruling_day_counts_delete AFTER DELETE ON qa_reviews REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ruling_day_counts_qa_reviews_changed();
CREATE TRIGGER ruling_day_counts_update AFTER UPDATE ON qa_reviews
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ruling_day_counts_qa_reviews_changed();

-- The rulings of one bucket of one arbitrator's period, for the exact median: index-only, in the period's order.
CREATE INDEX rulings_duration_idx ON rulings (arbitrator, ruling_duration_bucket(seconds_to_ruling), ruled_at)
    INCLUDE (seconds_to_ruling) WHERE state = 'EFFECTIVE';
ANALYZE ruling_day_counts;
