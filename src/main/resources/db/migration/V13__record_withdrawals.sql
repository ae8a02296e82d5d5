-- A case the platform withdrew (DESIGN "Lifecycle": the seller settled, the buyer cancelled...): when, why, and the
-- platform's note, shown on the case. Set together, once, when the status becomes WITHDRAWN.
ALTER TABLE disputes
    ADD COLUMN withdrawn_at timestamptz,
    ADD COLUMN withdrawal_reason text
        CHECK (withdrawal_reason IN ('SETTLED', 'BUYER_CANCELLED', 'DUPLICATE', 'OTHER')),
    ADD COLUMN withdrawal_note text;
