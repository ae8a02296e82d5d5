-- Fair clocks (issue 15, DESIGN "Dispute lifecycle"): the SLA pauses while a case waits on a party, stops when the
-- case is ruled or withdrawn, and a due time that falls on a day off moves to the next working day; a party that let
-- its evidence period pass is named on the case; an open evidence request is reminded once.

-- sla_paused_at: when the case began to wait on a party (AWAITING_EVIDENCE); on resuming, sla_due_at moves later
--   by the time paused. Null while the clock runs.
-- sla_stopped_at: when the clock ended: the arbitrator ruled (kept while the ruling awaits approval), or the
--   platform withdrew the case. Null while the case is open and unruled.
-- sla_due_moved_from: the due time before the business calendar moved it past days off; null when not moved.
-- no_answer_from_seller / _buyer: that party let an evidence period pass without answering; cleared when it answers
--   a later request.
ALTER TABLE disputes
    ADD COLUMN sla_paused_at timestamptz,
    ADD COLUMN sla_stopped_at timestamptz,
    ADD COLUMN sla_due_moved_from timestamptz,
    ADD COLUMN no_answer_from_seller boolean NOT NULL DEFAULT false,
    ADD COLUMN no_answer_from_buyer boolean NOT NULL DEFAULT false;

-- Cases already waiting: paused since their latest open request was made.
UPDATE disputes d SET sla_paused_at = coalesce(
        (SELECT max(r.requested_at) FROM evidence_requests r WHERE r.dispute_id = d.id AND r.closed_at IS NULL), now())
WHERE d.status = 'AWAITING_EVIDENCE';
-- Cases already ruled or waiting for approval: stopped when the arbitrator ruled; withdrawn ones when withdrawn.
UPDATE disputes d SET sla_stopped_at = r.ruled_at
FROM rulings r
WHERE r.dispute_id = d.id AND r.state <> 'SENT_BACK' AND d.status IN ('RULED', 'PENDING_APPROVAL');
UPDATE disputes SET sla_stopped_at = withdrawn_at WHERE status = 'WITHDRAWN';

ALTER TABLE disputes ADD CONSTRAINT disputes_paused_only_awaiting_check
    CHECK (sla_paused_at IS NULL OR status = 'AWAITING_EVIDENCE');

-- The reminder mailed before an evidence deadline: when it was queued (once per request).
ALTER TABLE evidence_requests ADD COLUMN reminded_at timestamptz;

-- A clause may say that it fits a party that did not answer within its evidence period: the ruling form offers it
-- first on a case flagged "no answer from" that party.
ALTER TABLE policy_clauses ADD COLUMN for_no_answer_from text CHECK (for_no_answer_from IN ('BUYER', 'SELLER'));
INSERT INTO policy_clauses (code, version, title_en, title_zh, for_no_answer_from) VALUES
    ('NOEV-1', 1, 'Seller gave no evidence within the evidence period to justify refusing the return; the buyer''s evidence stands',
                  '卖家未在举证期内提供拒绝退换货的证据，以买家提交的证据为准', 'SELLER'),
    ('NOEV-2', 1, 'Buyer gave no further evidence within the evidence period; the claim is decided on the evidence held',
                  '买家未在举证期内补充证据，依据案件现有证据处理', 'BUYER');
UPDATE policy_clauses SET for_no_answer_from = 'BUYER' WHERE code = 'BUY-1' AND version = 1;
