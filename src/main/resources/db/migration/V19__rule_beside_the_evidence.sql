-- The ruling form sits on the case page beside the chat and photos (issue 16, "Rule beside the evidence").

-- The chat messages (by id) and photos (by SHA-256) the arbitrator marked as relied on; the seller's notice and the
-- supervisor's appeal page show them. Every id and hash is of the ruled case (checked by the ruling desk).
ALTER TABLE rulings
    ADD COLUMN relied_on_messages bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN relied_on_photos   text[]   NOT NULL DEFAULT '{}',
    ADD CHECK (cardinality(relied_on_messages) <= 200 AND cardinality(relied_on_photos) <= 200);

-- What the holder has written in the ruling form of a case but not yet submitted: kept so that a preview can follow
-- post/redirect/get without JavaScript, and so that nothing typed is lost on leaving the page. One per case and
-- arbitrator; deleted when the ruling is made. The form's fields as typed, in JSON.
CREATE TABLE ruling_drafts (
    dispute_id  bigint      NOT NULL REFERENCES disputes (id),
    arbitrator  text        NOT NULL,
    form        jsonb       NOT NULL,
    saved_at    timestamptz NOT NULL,
    PRIMARY KEY (dispute_id, arbitrator)
);
