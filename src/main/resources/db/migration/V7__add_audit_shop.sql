-- The shop an audit event concerns, so that a supervisor can read one shop's history without joining every
-- event to its case. Part of the event's hash when set; events recorded before this column stay as hashed.
-- The trigger refuses UPDATE on every row, so the column is only ever filled by new events.
ALTER TABLE audit_events ADD COLUMN shop_id text;
CREATE INDEX audit_events_shop_idx ON audit_events (shop_id, id) WHERE shop_id IS NOT NULL;

-- QA: the rulings a supervisor has reviewed, by ruling, for the statistics.
CREATE INDEX qa_reviews_ruling_idx ON qa_reviews (ruling_id) WHERE verdict IS NOT NULL;
-- Appeals decided, for the statistics' overturn rate.
CREATE INDEX appeals_decided_idx ON appeals (decided_at) WHERE state <> 'PENDING';

-- What the statistics read of a ruling, kept on it when it is made so that a period's figures are one scan of
-- one index: seconds from escalation to the ruling, and whether that was within the case's SLA.
ALTER TABLE rulings ADD COLUMN seconds_to_ruling bigint;
ALTER TABLE rulings ADD COLUMN sla_met boolean;
UPDATE rulings r SET seconds_to_ruling = extract(epoch FROM r.ruled_at - d.escalated_at)::bigint,
                     sla_met = r.ruled_at <= d.sla_due_at
FROM disputes d WHERE d.id = r.dispute_id;
ALTER TABLE rulings ALTER COLUMN seconds_to_ruling SET NOT NULL;
ALTER TABLE rulings ALTER COLUMN sla_met SET NOT NULL;
CREATE INDEX rulings_effective_stats_idx ON rulings (ruled_at)
    INCLUDE (arbitrator, outcome, refund_amount, currency, seconds_to_ruling, sla_met)
    WHERE state = 'EFFECTIVE';
