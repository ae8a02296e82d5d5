-- The queue shows how many disputes are in each status. Counting a million rows on every page view is too
-- slow, so the counts are kept as they change: each statement that inserts, deletes or changes the status
-- of disputes adds its difference to one of 16 slots per status (a random one, so that concurrent claims
-- rarely wait for each other); a status's count is the sum of its slots.
CREATE TABLE dispute_status_counts (
    status  text   NOT NULL,
    slot    int    NOT NULL CHECK (slot BETWEEN 0 AND 15),
    n       bigint NOT NULL,
    PRIMARY KEY (status, slot)
);

INSERT INTO dispute_status_counts (status, slot, n)
SELECT status, 0, count(*) FROM disputes GROUP BY status;

-- Rows are locked in status order, the same in every transaction, so two statements never deadlock here.
CREATE FUNCTION dispute_status_counts_apply(deltas jsonb) RETURNS void LANGUAGE sql AS $$
    INSERT INTO dispute_status_counts AS c (status, slot, n)
    SELECT d.key, floor(random() * 16)::int, d.value::bigint
    FROM jsonb_each_text(deltas) d
    WHERE d.value::bigint <> 0
    ORDER BY d.key
    ON CONFLICT (status, slot) DO UPDATE SET n = c.n + EXCLUDED.n;
$$;

CREATE FUNCTION dispute_status_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dispute_status_counts_apply(
        (SELECT coalesce(jsonb_object_agg(status, n), '{}') FROM
            (SELECT status, count(*) AS n FROM new_rows GROUP BY status) s));
    RETURN NULL;
END;
$$;

CREATE FUNCTION dispute_status_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dispute_status_counts_apply(
        (SELECT coalesce(jsonb_object_agg(status, -n), '{}') FROM
            (SELECT status, count(*) AS n FROM old_rows GROUP BY status) s));
    RETURN NULL;
END;
$$;

CREATE FUNCTION dispute_status_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dispute_status_counts_apply(
        (SELECT coalesce(jsonb_object_agg(status, n), '{}') FROM
            (SELECT status, sum(delta) AS n FROM (
                 SELECT n.status, 1 AS delta FROM new_rows n JOIN old_rows o USING (id) WHERE n.status <> o.status
                 UNION ALL
                 SELECT o.status, -1 FROM new_rows n JOIN old_rows o USING (id) WHERE n.status <> o.status) changes
             GROUP BY status) s));
    RETURN NULL;
END;
$$;

CREATE TRIGGER dispute_status_counts_insert AFTER INSERT ON disputes
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dispute_status_counts_on_insert();
CREATE TRIGGER dispute_status_counts_delete AFTER DELETE ON disputes
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dispute_status_counts_on_delete();
CREATE TRIGGER dispute_status_counts_update AFTER UPDATE ON disputes
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dispute_status_counts_on_update();

-- Keyset paging in each sort order, over any set of statuses: the index walks the order and the status is
-- checked row by row; the open statuses (the default view) have their own smaller index.
CREATE INDEX disputes_sla_order_idx ON disputes (sla_due_at, id);
CREATE INDEX disputes_open_sla_order_idx ON disputes (sla_due_at, id)
    WHERE status IN ('ESCALATED', 'IN_REVIEW', 'AWAITING_EVIDENCE', 'PENDING_APPROVAL');
CREATE INDEX disputes_amount_order_idx ON disputes (amount_paid, id);
CREATE INDEX disputes_escalated_order_idx ON disputes (escalated_at, id);
