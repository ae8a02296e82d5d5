-- Word left for a member of staff, shown once on their next page (issue 15: the arbitrator who held a case that the
-- platform withdrew learns of it in a flash). The case is named by its id and number as words: a notice outlives
-- nothing and is owned by identity, below the disputes.
CREATE TABLE staff_notices (
    id          bigserial   PRIMARY KEY,
    username    text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('CASE_WITHDRAWN')),
    dispute_id  bigint      NOT NULL,
    case_no     text        NOT NULL,
    created_at  timestamptz NOT NULL,
    shown_at    timestamptz
);
CREATE INDEX staff_notices_unshown_idx ON staff_notices (username) WHERE shown_at IS NULL;
