-- Rulings, the refund outbox, penalties with the points ledger and measures, notices and appeals.

-- The policy clauses a ruling may cite, versioned: a ruling keeps the version it cited.
CREATE TABLE policy_clauses (
    code        text NOT NULL,
    version     int  NOT NULL,
    title_en    text NOT NULL,
    title_zh    text NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    PRIMARY KEY (code, version)
);

CREATE SEQUENCE ruling_seq INCREMENT BY 50;

CREATE TABLE rulings (
    id                 bigint PRIMARY KEY,
    dispute_id         bigint      NOT NULL REFERENCES disputes (id),
    outcome            text        NOT NULL CHECK (outcome IN ('FULL_REFUND', 'PARTIAL_REFUND', 'REJECTED')),
    refund_amount      bigint      NOT NULL CHECK (refund_amount >= 0),
    currency           text     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    responsible_party  text        NOT NULL CHECK (responsible_party IN ('BUYER', 'SELLER', 'NEITHER')),
    penalty_grade      text        CHECK (penalty_grade IN ('WARNING', 'MINOR', 'GENERAL', 'SERIOUS', 'CRITICAL')),
    clause_code        text        NOT NULL,
    clause_version     int         NOT NULL,
    rationale          text        NOT NULL CHECK (char_length(rationale) >= 20),
    arbitrator         text        NOT NULL,
    ruled_at           timestamptz NOT NULL,
    -- The content hashes of the evidence that was in the case when it was ruled.
    evidence_hashes    text[]      NOT NULL,
    state              text        NOT NULL CHECK (state IN ('PENDING_APPROVAL', 'EFFECTIVE', 'SENT_BACK')),
    reviewed_by        text,
    reviewed_at        timestamptz,
    review_reason      text,
    FOREIGN KEY (clause_code, clause_version) REFERENCES policy_clauses (code, version),
    CHECK (penalty_grade IS NULL OR responsible_party = 'SELLER'),
    CHECK (reviewed_by IS NULL OR reviewed_by <> arbitrator)
);
-- At most one ruling in force or waiting per dispute; sent-back ones stay as history.
CREATE UNIQUE INDEX rulings_one_live_idx ON rulings (dispute_id) WHERE state <> 'SENT_BACK';
CREATE INDEX rulings_ruled_at_idx ON rulings (ruled_at);
CREATE INDEX rulings_arbitrator_idx ON rulings (arbitrator, ruled_at);

-- The outbox: written in the ruling's transaction, delivered by the relay. Its id is the idempotency key.
CREATE TABLE refund_instructions (
    id               uuid PRIMARY KEY,
    ruling_id        bigint      NOT NULL UNIQUE REFERENCES rulings (id),
    -- At most one refund per dispute, whatever happens.
    dispute_id       bigint      NOT NULL UNIQUE REFERENCES disputes (id),
    amount           bigint      NOT NULL CHECK (amount > 0),
    currency         text     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    state            text        NOT NULL CHECK (state IN ('PENDING', 'SENT', 'CONFIRMED', 'FAILED')),
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    last_error       text,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    confirmed_at     timestamptz
);
CREATE INDEX refund_instructions_due_idx ON refund_instructions (next_attempt_at) WHERE state IN ('PENDING', 'SENT');
CREATE INDEX refund_instructions_failed_idx ON refund_instructions (created_at) WHERE state = 'FAILED';

CREATE SEQUENCE penalty_seq INCREMENT BY 50;

CREATE TABLE penalties (
    id             bigint PRIMARY KEY,
    ruling_id      bigint      NOT NULL UNIQUE REFERENCES rulings (id),
    shop_id        text        NOT NULL REFERENCES shops (id),
    grade          text        NOT NULL CHECK (grade IN ('WARNING', 'MINOR', 'GENERAL', 'SERIOUS', 'CRITICAL')),
    points         int         NOT NULL CHECK (points >= 0),
    -- The calendar year (Asia/Shanghai) whose points it counts towards.
    points_year    int         NOT NULL,
    points_before  int         NOT NULL,
    points_after   int         NOT NULL,
    effective_at   timestamptz NOT NULL,
    reversed_at    timestamptz
);
CREATE INDEX penalties_shop_idx ON penalties (shop_id, points_year);

CREATE SEQUENCE points_entry_seq INCREMENT BY 50;

-- Append-only: a reversal is a negative entry, never an edit.
CREATE TABLE points_ledger (
    id           bigint PRIMARY KEY,
    shop_id      text        NOT NULL REFERENCES shops (id),
    points_year  int         NOT NULL,
    delta        int         NOT NULL,
    penalty_id   bigint      NOT NULL REFERENCES penalties (id),
    kind         text        NOT NULL CHECK (kind IN ('PENALTY', 'REVERSAL')),
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX points_ledger_shop_year_idx ON points_ledger (shop_id, points_year);

CREATE SEQUENCE shop_measure_seq INCREMENT BY 50;

CREATE TABLE shop_measures (
    id          bigint PRIMARY KEY,
    shop_id     text        NOT NULL REFERENCES shops (id),
    penalty_id  bigint      NOT NULL REFERENCES penalties (id),
    threshold   int         NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('RESTRICTION', 'CLOSURE', 'SEAL')),
    starts_at   timestamptz NOT NULL,
    -- NULL: permanent until lifted.
    ends_at     timestamptz,
    lifted_at   timestamptz,
    lifted_by   text
);
CREATE INDEX shop_measures_shop_idx ON shop_measures (shop_id, starts_at);

CREATE SEQUENCE penalty_notice_seq INCREMENT BY 50;

CREATE TABLE penalty_notices (
    id               bigint PRIMARY KEY,
    penalty_id       bigint      NOT NULL REFERENCES penalties (id),
    shop_id          text        NOT NULL REFERENCES shops (id),
    kind             text        NOT NULL CHECK (kind IN ('PENALTY', 'OVERTURN')),
    created_at       timestamptz NOT NULL,
    appeal_deadline  timestamptz,
    first_read_at    timestamptz,
    emailed_at       timestamptz,
    UNIQUE (penalty_id, kind)
);
CREATE INDEX penalty_notices_shop_idx ON penalty_notices (shop_id, created_at);

CREATE SEQUENCE appeal_seq INCREMENT BY 50;

CREATE TABLE appeals (
    id               bigint PRIMARY KEY,
    -- One appeal per penalty.
    penalty_id       bigint      NOT NULL UNIQUE REFERENCES penalties (id),
    shop_id          text        NOT NULL REFERENCES shops (id),
    statement        text        NOT NULL,
    filed_at         timestamptz NOT NULL,
    state            text        NOT NULL CHECK (state IN ('PENDING', 'UPHELD', 'OVERTURNED')),
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text
);
CREATE INDEX appeals_pending_idx ON appeals (filed_at) WHERE state = 'PENDING';

CREATE TABLE appeal_photos (
    appeal_id     bigint   NOT NULL REFERENCES appeals (id),
    position      int      NOT NULL,
    photo_sha256  text NOT NULL REFERENCES photos (sha256),
    caption       text,
    PRIMARY KEY (appeal_id, position)
);
