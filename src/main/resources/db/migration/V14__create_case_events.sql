-- What the order platform must know of a case, as it happens (issue 15, DESIGN "Case events"): one row per
-- change, written in the change's transaction, then pushed to the platform's webhook (the delivery columns, as
-- refund_instructions has them) and read from the feed GET /api/v1/events.
CREATE TABLE case_events (
    id              uuid        PRIMARY KEY,
    -- The feed's order: the writing transaction, then the row's place in it. The feed serves only events of
    -- transactions older than every transaction still running (pg_snapshot_xmin), so an event can never appear
    -- behind a cursor a reader already holds, whatever order the writers commit in.
    tx              xid8        NOT NULL DEFAULT pg_current_xact_id(),
    position        bigserial   NOT NULL UNIQUE,
    dispute_id      bigint      NOT NULL REFERENCES disputes (id),
    external_id     text        NOT NULL,
    -- 1, 2, 3 … within the case: its events are delivered in this order.
    sequence        integer     NOT NULL CHECK (sequence > 0),
    type            text        NOT NULL CHECK (type IN ('CASE_CLAIMED', 'EVIDENCE_REQUESTED', 'EVIDENCE_RECEIVED',
                        'EVIDENCE_DEADLINE_PASSED', 'RULING_PENDING_APPROVAL', 'RULED', 'RULING_SENT_BACK',
                        'REFUND_CONFIRMED', 'REFUND_FAILED', 'APPEAL_FILED', 'APPEAL_DECIDED', 'WITHDRAWN')),
    occurred_at     timestamptz NOT NULL,
    data            jsonb       NOT NULL,
    delivery        text        NOT NULL CHECK (delivery IN ('PENDING', 'SENT', 'DELIVERED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_error      text,
    delivered_at    timestamptz,
    UNIQUE (dispute_id, sequence)
);
CREATE INDEX case_events_feed_idx ON case_events (tx, position);
CREATE INDEX case_events_due_idx ON case_events (next_attempt_at) WHERE delivery IN ('PENDING', 'SENT');
-- An event waits while an earlier one of its case is not delivered: this finds such an earlier one.
CREATE INDEX case_events_undelivered_idx ON case_events (dispute_id, sequence) WHERE delivery <> 'DELIVERED';
CREATE INDEX case_events_failed_idx ON case_events (occurred_at) WHERE delivery = 'FAILED';
