-- A change counter for what the queue page shows (disputes, their shops, the shops' points), so that a portal
-- instance can keep a queue page it has read and serve it again for as long as nothing it shows has changed:
-- each statement that changes those tables adds one to one of 16 slots (a random one, so that concurrent
-- writers rarely wait for each other), in its own transaction; the counter is the sum of the slots, and it
-- only grows. A page read after the counter stood at N reflects every change counted in N.
CREATE TABLE queue_changes (
    slot  int    PRIMARY KEY CHECK (slot BETWEEN 0 AND 15),
    n     bigint NOT NULL
);
INSERT INTO queue_changes (slot, n) SELECT s, 0 FROM generate_series(0, 15) s;

-- Statements that touch no row (a lease sweep that finds nothing to release) change nothing and count nothing.
CREATE FUNCTION queue_changes_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed) THEN
        -- The slot is drawn once (a sub-select), not once per row of the table.
        UPDATE queue_changes SET n = n + 1 WHERE slot = (SELECT floor(random() * 16)::int);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER queue_changes_disputes_insert AFTER INSERT ON disputes
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION queue_changes_count();
CREATE TRIGGER queue_changes_disputes_update AFTER UPDATE ON disputes
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION queue_changes_count();
CREATE TRIGGER queue_changes_disputes_delete AFTER DELETE ON disputes
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION queue_changes_count();
CREATE TRIGGER queue_changes_shops_insert AFTER INSERT ON shops
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION queue_changes_count();
CREATE TRIGGER queue_changes_shops_update AFTER UPDATE ON shops
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION queue_changes_count();
CREATE TRIGGER queue_changes_points_insert AFTER INSERT ON points_ledger
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION queue_changes_count();
