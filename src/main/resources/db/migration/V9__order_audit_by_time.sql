-- The audit page lists events newest first by time (then id), each filter through an index in that order: a
-- period long ago is found by the index, not by walking every event after it. Replaces V3's and V7's id-ordered
-- filter indexes.
CREATE INDEX audit_events_actor_time_idx ON audit_events (actor, occurred_at, id);
CREATE INDEX audit_events_action_time_idx ON audit_events (action, occurred_at, id);
CREATE INDEX audit_events_shop_time_idx ON audit_events (shop_id, occurred_at, id) WHERE shop_id IS NOT NULL;
DROP INDEX audit_events_actor_idx;
DROP INDEX audit_events_action_idx;
DROP INDEX audit_events_shop_idx;
