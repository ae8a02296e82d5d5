-- Each policy clause declares what a ruling citing it may decide (DESIGN "Ruling", issue 16): the outcomes, the
-- responsible parties and the penalty grades it supports, and whether it requires a penalty. A ruling that does not
-- fit the clause it cites is refused. A change to a clause is a new version row; the old version is deactivated and
-- kept, so a ruling always names the version (and so the declaration) it cited.
ALTER TABLE policy_clauses
    ADD COLUMN outcomes            text[],
    ADD COLUMN responsible_parties text[],
    ADD COLUMN penalty_grades      text[],
    ADD COLUMN penalty_required    boolean NOT NULL DEFAULT false,
    ADD COLUMN written_by          text    NOT NULL DEFAULT 'policy',
    ADD COLUMN written_at          timestamptz NOT NULL DEFAULT now();

-- The first versions were written before clauses declared anything; what follows is what each of them always meant.
UPDATE policy_clauses SET outcomes = '{FULL_REFUND,PARTIAL_REFUND}', responsible_parties = '{SELLER}',
       penalty_grades = '{MINOR,GENERAL,SERIOUS}' WHERE code = 'DESC-1';
UPDATE policy_clauses SET outcomes = '{FULL_REFUND,PARTIAL_REFUND}', responsible_parties = '{SELLER,NEITHER}',
       penalty_grades = '{WARNING,MINOR,GENERAL,SERIOUS}' WHERE code = 'QUAL-1';
UPDATE policy_clauses SET outcomes = '{FULL_REFUND}', responsible_parties = '{SELLER,NEITHER}',
       penalty_grades = '{WARNING,MINOR,GENERAL}' WHERE code = 'DELIV-1';
UPDATE policy_clauses SET outcomes = '{FULL_REFUND,PARTIAL_REFUND}', responsible_parties = '{SELLER,NEITHER}',
       penalty_grades = '{WARNING,MINOR}' WHERE code = 'DMG-1';
UPDATE policy_clauses SET outcomes = '{FULL_REFUND}', responsible_parties = '{SELLER}',
       penalty_grades = '{SERIOUS,CRITICAL}', penalty_required = true WHERE code = 'FAKE-1';
UPDATE policy_clauses SET outcomes = '{FULL_REFUND,PARTIAL_REFUND}', responsible_parties = '{SELLER}',
       penalty_grades = '{WARNING,MINOR,GENERAL}' WHERE code IN ('PART-1', 'RET-1', 'NOEV-1');
UPDATE policy_clauses SET outcomes = '{REJECTED}', responsible_parties = '{BUYER}',
       penalty_grades = '{}' WHERE code IN ('BUY-1', 'BUY-2');
UPDATE policy_clauses SET outcomes = '{FULL_REFUND,PARTIAL_REFUND,REJECTED}',
       responsible_parties = '{BUYER,SELLER,NEITHER}', penalty_grades = '{WARNING,MINOR}' WHERE code = 'NOEV-2';
-- Any other clause a deployment added keeps working as before: everything, no penalty required.
UPDATE policy_clauses SET outcomes = '{FULL_REFUND,PARTIAL_REFUND,REJECTED}',
       responsible_parties = '{BUYER,SELLER,NEITHER}', penalty_grades = '{WARNING,MINOR,GENERAL,SERIOUS,CRITICAL}'
 WHERE outcomes IS NULL;

ALTER TABLE policy_clauses
    ALTER COLUMN outcomes SET NOT NULL,
    ALTER COLUMN responsible_parties SET NOT NULL,
    ALTER COLUMN penalty_grades SET NOT NULL,
    ALTER COLUMN written_by DROP DEFAULT,
    ADD CHECK (cardinality(outcomes) > 0 AND outcomes <@ '{FULL_REFUND,PARTIAL_REFUND,REJECTED}'::text[]),
    ADD CHECK (cardinality(responsible_parties) > 0
               AND responsible_parties <@ '{BUYER,SELLER,NEITHER}'::text[]),
    ADD CHECK (penalty_grades <@ '{WARNING,MINOR,GENERAL,SERIOUS,CRITICAL}'::text[]),
    -- Only a responsible seller can be penalised, and a required penalty needs a grade to choose from.
    ADD CHECK (cardinality(penalty_grades) = 0 OR 'SELLER' = ANY (responsible_parties)),
    ADD CHECK (NOT penalty_required OR (cardinality(penalty_grades) > 0 AND responsible_parties = '{SELLER}')),
    ADD CHECK (code ~ '^[A-Z][A-Z0-9]{0,9}-[0-9]{1,3}$'),
    ADD CHECK (version > 0);

-- One version of a clause is citable at a time.
CREATE UNIQUE INDEX policy_clauses_one_active_idx ON policy_clauses (code) WHERE active;
