-- The audit trail, QA sampling, and the signed-out sessions.

CREATE TABLE audit_events (
    id              bigserial PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    actor           text        NOT NULL,
    actor_role      text        NOT NULL,
    action          text        NOT NULL,
    target_type     text        NOT NULL,
    target_id       text        NOT NULL,
    before_state    jsonb,
    after_state     jsonb,
    client_address  text,
    request_id      text,
    -- Hash chain: each event stores the SHA-256 of the previous one and its own.
    prev_hash       text    NOT NULL,
    hash            text    NOT NULL UNIQUE
);
CREATE INDEX audit_events_actor_idx ON audit_events (actor, id);
CREATE INDEX audit_events_target_idx ON audit_events (target_type, target_id, id);
CREATE INDEX audit_events_action_idx ON audit_events (action, id);
CREATE INDEX audit_events_time_idx ON audit_events (occurred_at, id);

-- History is not rewritten: the database itself refuses to change or remove an event.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_events_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate
    BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

CREATE SEQUENCE qa_sample_seq INCREMENT BY 50;

CREATE TABLE qa_samples (
    id           bigint PRIMARY KEY,
    drawn_by     text        NOT NULL,
    drawn_at     timestamptz NOT NULL,
    period_from  timestamptz NOT NULL,
    period_to    timestamptz NOT NULL,
    arbitrator   text,
    size         int         NOT NULL CHECK (size > 0)
);

CREATE SEQUENCE qa_review_seq INCREMENT BY 50;

CREATE TABLE qa_reviews (
    id           bigint PRIMARY KEY,
    sample_id    bigint      NOT NULL REFERENCES qa_samples (id),
    ruling_id    bigint      NOT NULL REFERENCES rulings (id),
    reviewer     text,
    verdict      text        CHECK (verdict IN ('AGREE', 'DISAGREE')),
    comment      text,
    reviewed_at  timestamptz,
    UNIQUE (sample_id, ruling_id)
);

-- Keycloak sessions that were signed out: a session cookie that still names one is refused, on every
-- portal instance alike.
CREATE TABLE ended_sessions (
    sid       text PRIMARY KEY,
    ended_at  timestamptz NOT NULL
);
CREATE INDEX ended_sessions_ended_at_idx ON ended_sessions (ended_at);
