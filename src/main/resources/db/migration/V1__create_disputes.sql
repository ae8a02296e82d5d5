-- Shops, disputes with their order snapshot, the chat log and the evidence photos.
-- Money is integer minor units (fen) beside an ISO 4217 currency code; times are timestamptz.

CREATE TABLE shops (
    id             text PRIMARY KEY,
    name           text        NOT NULL,
    contact_email  text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE dispute_seq INCREMENT BY 50;
-- Case numbers are dense and human-facing, apart from the ids.
CREATE SEQUENCE case_number_seq;

CREATE TABLE disputes (
    id                bigint PRIMARY KEY,
    case_no           text        NOT NULL UNIQUE,
    external_id       text        NOT NULL UNIQUE,
    -- SHA-256 of the intake request's canonical content: the same externalId with other content is a conflict.
    content_hash      text        NOT NULL,
    shop_id           text        NOT NULL REFERENCES shops (id),
    order_no          text        NOT NULL,
    item_title        text        NOT NULL,
    amount_paid       bigint      NOT NULL CHECK (amount_paid > 0),
    currency          text     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    paid_at           timestamptz NOT NULL,
    shipped_at        timestamptz,
    delivered_at      timestamptz,
    buyer_id          text        NOT NULL,
    buyer_nick        text        NOT NULL,
    reason            text        NOT NULL CHECK (reason IN ('NOT_AS_DESCRIBED', 'QUALITY', 'NOT_RECEIVED', 'DAMAGED',
                                                             'COUNTERFEIT', 'MISSING_PARTS', 'RETURN_REFUSED')),
    requested_refund  bigint      NOT NULL CHECK (requested_refund > 0 AND requested_refund <= amount_paid),
    buyer_statement   text        NOT NULL,
    escalated_by      text        NOT NULL CHECK (escalated_by IN ('BUYER', 'SELLER')),
    escalated_at      timestamptz NOT NULL,
    sla_due_at        timestamptz NOT NULL,
    status            text        NOT NULL CHECK (status IN ('ESCALATED', 'IN_REVIEW', 'AWAITING_EVIDENCE',
                                                             'PENDING_APPROVAL', 'RULED', 'WITHDRAWN')),
    assignee          text,
    claimed_at        timestamptz,
    lease_expires_at  timestamptz,
    version           bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((assignee IS NULL) = (lease_expires_at IS NULL))
);

-- The queue: by status, most urgent first, id as the keyset tie-breaker.
CREATE INDEX disputes_queue_idx ON disputes (status, sla_due_at, id);
-- "Take next": the most urgent unclaimed case.
CREATE INDEX disputes_unclaimed_idx ON disputes (sla_due_at, id) WHERE status = 'ESCALATED' AND assignee IS NULL;
CREATE INDEX disputes_assignee_idx ON disputes (assignee, sla_due_at, id) WHERE assignee IS NOT NULL;
CREATE INDEX disputes_shop_idx ON disputes (shop_id, escalated_at);

CREATE SEQUENCE chat_message_seq INCREMENT BY 50;

CREATE TABLE chat_messages (
    id          bigint PRIMARY KEY,
    dispute_id  bigint      NOT NULL REFERENCES disputes (id),
    position    int         NOT NULL,
    sent_at     timestamptz NOT NULL,
    sender      text        NOT NULL CHECK (sender IN ('BUYER', 'SELLER', 'PLATFORM')),
    body        text        NOT NULL,
    UNIQUE (dispute_id, position)
);

-- A photo is stored once, under the SHA-256 of the bytes it arrived as; only re-encoded variants
-- (no metadata) are kept, so nothing that came with the upload can leak out again.
CREATE TABLE photos (
    sha256      text PRIMARY KEY,
    width       int         NOT NULL CHECK (width > 0),
    height      int         NOT NULL CHECK (height > 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE photo_variants (
    sha256        text NOT NULL REFERENCES photos (sha256),
    variant       text     NOT NULL CHECK (variant IN ('THUMBNAIL', 'DISPLAY')),
    content_type  text     NOT NULL,
    width         int      NOT NULL,
    height        int      NOT NULL,
    data          bytea    NOT NULL,
    PRIMARY KEY (sha256, variant)
);

CREATE SEQUENCE evidence_item_seq INCREMENT BY 50;

-- Every photo in a case: sent in the chat (chat_message_id set) or submitted as evidence.
CREATE TABLE evidence_items (
    id               bigint PRIMARY KEY,
    dispute_id       bigint      NOT NULL REFERENCES disputes (id),
    party            text        NOT NULL CHECK (party IN ('BUYER', 'SELLER', 'PLATFORM')),
    photo_sha256     text    NOT NULL REFERENCES photos (sha256),
    chat_message_id  bigint      REFERENCES chat_messages (id),
    caption          text,
    submitted_at     timestamptz NOT NULL
);
CREATE INDEX evidence_items_dispute_idx ON evidence_items (dispute_id, submitted_at);
CREATE INDEX evidence_items_photo_idx ON evidence_items (photo_sha256);

CREATE SEQUENCE party_statement_seq INCREMENT BY 50;

-- Written statements a party adds after escalation (counter-evidence, answers to evidence requests).
CREATE TABLE party_statements (
    id            bigint PRIMARY KEY,
    dispute_id    bigint      NOT NULL REFERENCES disputes (id),
    party         text        NOT NULL CHECK (party IN ('BUYER', 'SELLER')),
    body          text        NOT NULL,
    submitted_at  timestamptz NOT NULL
);
CREATE INDEX party_statements_dispute_idx ON party_statements (dispute_id, submitted_at);

CREATE SEQUENCE evidence_request_seq INCREMENT BY 50;

CREATE TABLE evidence_requests (
    id            bigint PRIMARY KEY,
    dispute_id    bigint      NOT NULL REFERENCES disputes (id),
    party         text        NOT NULL CHECK (party IN ('BUYER', 'SELLER')),
    requested_by  text        NOT NULL,
    requested_at  timestamptz NOT NULL,
    due_at        timestamptz NOT NULL,
    note          text        NOT NULL,
    answered_at   timestamptz,
    closed_at     timestamptz
);
CREATE INDEX evidence_requests_open_idx ON evidence_requests (due_at) WHERE closed_at IS NULL;
CREATE INDEX evidence_requests_dispute_idx ON evidence_requests (dispute_id);

CREATE SEQUENCE case_note_seq INCREMENT BY 50;

-- Staff-only notes; never shown to a seller.
CREATE TABLE case_notes (
    id          bigint PRIMARY KEY,
    dispute_id  bigint      NOT NULL REFERENCES disputes (id),
    author      text        NOT NULL,
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX case_notes_dispute_idx ON case_notes (dispute_id, created_at);
